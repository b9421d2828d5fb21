"""A preposition written joined to its noun ("dibidang" = "di bidang") is no passive verb:
an actor phrase holding one, joined by "atau" to another actor ("pegawai dibidang kesehatan
atau perawat dilarang ..."), is read whole before the cue."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dibidang kesehatan atau perawat di Sumedang dilarang ikut kampanye.",
     [("prohibition", "Pegawai dibidang kesehatan atau perawat di Sumedang dilarang ikut kampanye")]),
    ("Menurut Bupati, aparatur sipil negara dibidang pendidikan atau guru dilarang menjadi juru kampanye.",
     [("prohibition", "aparatur sipil negara dibidang pendidikan atau guru dilarang menjadi juru kampanye")]),
])
def test_a_joined_field_preposition_keeps_the_actor_whole(text, expected):
    assert kinds(text) == expected


def test_a_report_with_a_joined_field_preposition_is_no_rule():
    assert kinds("Program dibidang pendidikan di Gowa sudah berjalan baik.") == []
