"""An actor term that is the object of a preposition inside a noun phrase led by a determiner
("semua foto dengan calon bupati dilarang") is no actor: the phrase names the act judged, and
the clause starts at its determiner (cues.py _actor_before). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Semua foto dengan calon bupati dilarang, baik foto selfie maupun foto bersama.",
     [("prohibition", "Semua foto dengan calon bupati dilarang, baik foto selfie maupun foto bersama")]),
    ("Setiap unggahan bersama pasangan calon tidak diperbolehkan.",
     [("prohibition", "Setiap unggahan bersama pasangan calon tidak diperbolehkan")]),
])
def test_the_phrase_around_a_prepositional_term_is_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # no determiner leads the phrase: a source frame stays outside
    ("Sesuai aturan bagi ASN dilarang berkampanye.",
     [("prohibition", "ASN dilarang berkampanye")]),
    # the determiner's own head is an actor term: it is the actor, as before
    ("Semua guru dengan status PNS dilarang berkampanye.",
     [("prohibition", "Semua guru dengan status PNS dilarang berkampanye")]),
])
def test_other_phrases_are_left_alone(text, expected):
    assert kinds(text) == expected
