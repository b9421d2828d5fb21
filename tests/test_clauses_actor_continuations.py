"""A rule list that goes on in a sentence with no cue (session 18; all texts invented): after a
paragraph with a rule, "Selain itu, pegawai juga tidak A, tidak B, dan tidak C." names its actor
again and forbids each act; a quote that opens with "Juga tidak A, serta tidak B" does the same
without the actor. Without "juga", or with a description after the negator ("juga tidak
mengetahui"), the sentence is narration."""
import pytest

from corpus_tools.settings import Settings
from tests.clause_helpers import kinds, clauses_of

RULE = "Bupati Sinar Laut menerbitkan surat edaran tentang netralitas pegawai. Pegawai dilarang menjadi " \
       "anggota partai politik.\n\n"
DUTY = "Camat meminta lurah mengawasi pegawainya selama masa kampanye.\n\n"


@pytest.mark.parametrize("before,text,expected", [
    (RULE, "Selain itu, pegawai juga tidak melakukan pertemuan dengan pengurus partai, tidak ikut "
           "mencalonkan diri sebagai kepala daerah, dan tidak menjadi juru bicara dalam acara partai.",
     ["pegawai juga tidak melakukan pertemuan dengan pengurus partai",
      "tidak ikut mencalonkan diri sebagai kepala daerah", "tidak menjadi juru bicara dalam acara partai"]),
    (DUTY, "Lurah juga tidak menggunakan kendaraan dinas untuk mengantar tim kampanye, serta tidak memberi "
           "izin pemakaian balai warga.",
     ["Lurah juga tidak menggunakan kendaraan dinas untuk mengantar tim kampanye",
      "tidak memberi izin pemakaian balai warga"]),
    (RULE, '"Juga tidak menggelar acara yang mengarah kepada dukungan, serta tidak ikut sebagai panitia '
           'kampanye," katanya.',
     ["tidak menggelar acara yang mengarah kepada dukungan", "tidak ikut sebagai panitia kampanye"]),
])
def test_a_negated_list_going_on_after_a_rule_is_prohibitions(before, text, expected):
    found = kinds(before + text, Settings())
    assert found[-len(expected):] == [("prohibition", t) for t in expected]


def test_the_actor_named_again_is_the_clause_actor():
    found = clauses_of(DUTY + "Lurah juga tidak menggunakan kendaraan dinas untuk kampanye.", Settings())
    assert found[-1].kind == "prohibition" and found[-1].actor == "Lurah"


@pytest.mark.parametrize("text", [
    "Kepala desa juga tidak mengetahui siapa yang memasang spanduk itu.",
    "Pegawai tidak menghadiri rapat itu karena sedang bertugas di luar kota.",
])
def test_narration_after_a_rule_gives_nothing(text):
    assert kinds(RULE + text, Settings()) == kinds(RULE, Settings())


# -- the same party named again with no "juga" (session 18) --
@pytest.mark.parametrize("text,expected", [
    ("Kepala BKD meminta seluruh pegawai untuk menahan diri di grup percakapan. Pegawai tidak like, "
     "repost, dan mengomentari unggahan tim kandidat.",
     ["Pegawai tidak like, repost, dan mengomentari unggahan tim kandidat"]),
    ("Wali Kota menyatakan para guru sudah menandatangani pakta integritas dan berkomitmen untuk menjaga "
     "netralitas, tidak ikut berkampanye.\nSelanjutnya guru tidak mendukung pasangan calon, tidak memakai rumah "
     "ibadah untuk kampanye, serta siap menerima sanksi jika melanggar.",
     ["guru tidak mendukung pasangan calon", "tidak memakai rumah ibadah untuk kampanye"]),
])
def test_the_party_of_the_rule_named_again_goes_on_with_it(text, expected):
    found = kinds(text, Settings())
    assert found[-len(expected):] == [("prohibition", t) for t in expected]
    assert not any("sanksi" in t for _, t in found)       # accepting a sanction is no act


@pytest.mark.parametrize("text", [
    "Kepala BKD meminta seluruh pegawai untuk tidak ikut kampanye. Warga tidak menghadiri acara itu.",
    "Kepala BKD meminta seluruh pegawai untuk tidak ikut kampanye. Pegawai tidak mengetahui aturan itu.",
])
def test_another_party_or_a_description_is_narration(text):
    assert len(kinds(text, Settings())) == 1


@pytest.mark.parametrize("text,expected", [
    ("Bidan desa dilarang memasang poster calon. Kemudian yang berikutnya memakai kaus partai saat bertugas.",
     [("prohibition", "Bidan desa dilarang memasang poster calon"),
      ("prohibition", "memakai kaus partai saat bertugas")]),
    ("Perangkat desa dilarang memasang baliho calon. Lalu yang selanjutnya menghadiri deklarasi pasangan calon.",
     [("prohibition", "Perangkat desa dilarang memasang baliho calon"),
      ("prohibition", "menghadiri deklarasi pasangan calon")]),
])
def test_the_next_one_opens_an_act_of_the_list(text, expected):
    # (session 22) "yang berikutnya" after a sequence word: the list's next act
    from clause_helpers import kinds
    assert kinds(text) == expected
