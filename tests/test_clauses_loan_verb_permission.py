"""A permitting directive right before a borrowed verb of social media ('membolehkan like
kepada calon ...', 'mengizinkan share unggahan ...') allows that act (cues.json
loan_verbs), as it does an Indonesian verb. A permitting verb before no act gives
nothing. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Ketua KPU Sukamaju membolehkan like pada unggahan debat kandidat di akun resmi KPU.",
     [("permission", "membolehkan like pada unggahan debat kandidat di akun resmi KPU")]),
    ("Bawaslu Tirtajaya mengizinkan share unggahan sosialisasi KPU oleh pegawai.",
     [("permission", "mengizinkan share unggahan sosialisasi KPU oleh pegawai")]),
])
def test_a_borrowed_verb_is_the_act_allowed(text, expected):
    assert kinds(text) == expected


def test_a_permitting_verb_before_no_act_gives_nothing():
    assert kinds("Bupati Sukamaju membolehkan hal itu.") == []
