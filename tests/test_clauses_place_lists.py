"""A list of places after a preposition whose members repeat their head noun ("di ruang A,
ruang B, hingga ...") stays in one act, even when the repeated noun is followed by a word
that reads as a verb (clauses/acts.py _place_list_member). Invented texts."""
import pytest

from clause_helpers import kinds

PLACES = [
    "Bidan desa dilarang memajang kalender pasangan calon di ruang periksa, ruang tunggu pasien, maupun loket obat.",
    "Guru honorer dilarang menempel pamflet calon bupati di pos ronda, pos jaga sekolah, atau pagar kantor.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_list_of_places_is_one_act(text):
    out = kinds(text)
    assert len(out) == 1 and out[0][0] == "prohibition", out
    assert out[0][1].endswith(text.rstrip(".").split(", ")[-1])


def test_a_repeated_object_still_opens_an_act():
    out = kinds("Perangkat desa dilarang ikut kampanye, kampanye memakai seragam dinas.")
    assert [k for k, _ in out] == ["prohibition", "prohibition"], out
