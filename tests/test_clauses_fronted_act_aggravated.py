"""An act named before its judgement, with a worse act after an aggravator ('Mendekati
saja tidak boleh, apalagi terlibat langsung'): the act before the cue and the worse act are
each a clause of the cue's kind (session 12, real3 probe; docs/evaluate.md, an act named
before its judgement). A cue with its own act keeps reading as before. All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ('"Membagikan brosur calon saja tidak boleh, apalagi ikut rapat pemenangan," kata Sekda Sukamaju.',
     [("prohibition", "Membagikan brosur calon saja tidak boleh"), ("prohibition", "ikut rapat pemenangan")]),
    ("Hadir di deklarasi saja dilarang, apa lagi menjadi juru kampanye pasangan calon.",
     [("prohibition", "Hadir di deklarasi saja dilarang"),
      ("prohibition", "menjadi juru kampanye pasangan calon")]),
])
def test_fronted_act_and_worse_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lurah dilarang ikut kampanye, apalagi menjadi juru kampanye.",
     [("prohibition", "Lurah dilarang ikut kampanye"), ("prohibition", "menjadi juru kampanye")]),
    ("Guru tidak boleh berfoto dengan calon, apalagi menjelang hari pemungutan suara.",
     [("prohibition", "Guru tidak boleh berfoto dengan calon, apalagi menjelang hari pemungutan suara")]),
])
def test_a_cue_with_its_own_act_is_unchanged(text, expected):
    assert kinds(text) == expected
