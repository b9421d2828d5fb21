"""Two passive verbs joined by "dan" inside a relative clause describe one thing ("spanduk
yang ditempel di mobil dinas dan dipasang di kantor"): no act of their own, also when the act
opens with that noun ("meminta agar spanduk yang ... dan ... dicopot"). An active verb after a
relative clause of one verb is a new act ("menegur staf yang melanggar dan melaporkannya").
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kapolres meminta agar spanduk yang ditempel di mobil dinas dan dipasang di kantor kecamatan dicopot.",
     [("obligation", "spanduk yang ditempel di mobil dinas dan dipasang di kantor kecamatan dicopot")]),
    ("Pegawai dilarang membagikan brosur yang dicetak tim sukses dan disebar di pasar.",
     [("prohibition", "Pegawai dilarang membagikan brosur yang dicetak tim sukses dan disebar di pasar")]),
])
def test_two_passives_in_a_relative_clause_are_one_thing(text, expected):
    assert kinds(text) == expected


def test_an_active_verb_after_a_short_relative_is_a_new_act():
    assert kinds("Kepala dinas wajib menegur staf yang melanggar dan melaporkannya ke inspektorat.") == [
        ("obligation", "Kepala dinas wajib menegur staf yang melanggar"),
        ("obligation", "melaporkannya ke inspektorat")]
