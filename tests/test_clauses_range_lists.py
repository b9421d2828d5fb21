"""A list of nouns between commas that opens its sentence and ends with "hingga" / "sampai"
and an actor ("Komisaris, direksi, staf ahli hingga karyawan BUMD dilarang ...") is the actor
as a whole (actors.json list_range_joiners). Invented texts."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Komisaris, direksi, staf ahli hingga karyawan Badan Usaha Milik Daerah (BUMD) dilarang ikut "
     "dalam kampanye pilkada.",
     [("prohibition", "Komisaris, direksi, staf ahli hingga karyawan Badan Usaha Milik Daerah (BUMD) dilarang "
                      "ikut dalam kampanye pilkada")]),
    ("Kepala sekolah, guru, sampai tenaga honorer dinas pendidikan dilarang memasang atribut calon.",
     [("prohibition", "Kepala sekolah, guru, sampai tenaga honorer dinas pendidikan dilarang memasang "
                      "atribut calon")]),
    ("TANJUNG RAWA - Bidan, perawat hingga tenaga honorer puskesmas dilarang memakai kaos calon.",
     [("prohibition", "Bidan, perawat hingga tenaga honorer puskesmas dilarang memakai kaos calon")]),
    ("Camat, lurah hingga kepala lingkungan wajib menjaga netralitas.",
     [("obligation", "Camat, lurah hingga kepala lingkungan wajib menjaga netralitas")]),
])
def test_a_list_ending_in_a_range_joiner_is_the_actor(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a time or a place set off by a comma is no part of the list
    ("Selama masa tenang, lurah hingga kepala lingkungan wajib menjaga netralitas.",
     [("obligation", "lurah hingga kepala lingkungan wajib menjaga netralitas")]),
    ("Menurut bupati, camat hingga lurah wajib netral.",
     [("obligation", "camat hingga lurah wajib netral")]),
])
def test_a_frame_before_the_range_stays_outside(text, expected):
    assert kinds(text) == expected
