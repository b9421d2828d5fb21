"""An act judged 'jelas(-jelas) melanggar' at the end of its sentence is a prohibition from
the act to the judgement, like 'merupakan pelanggaran' (session 11, real probe). Invented
wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Berswafoto dengan pasangan calon sambil mengacungkan jari jelas-jelas melanggar.",
     [("prohibition", "Berswafoto dengan pasangan calon sambil mengacungkan jari jelas-jelas melanggar")]),
    ("Membagikan brosur calon di ruang pelayanan itu jelas melanggar.",
     [("prohibition", "Membagikan brosur calon di ruang pelayanan itu jelas melanggar")]),
])
def test_an_act_judged_clearly_violating(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pegawai yang jelas melanggar akan dikenai sanksi disiplin.",
    "Panwascam masih menelusuri apakah kepala dusun itu jelas-jelas melanggar atau tidak.",
])
def test_talk_about_who_violates_is_no_rule(text):
    assert kinds(text) == []
