"""A judgement whose subject only refers back is no clause (session 15; all texts invented):
a linking word and a comma before it ("Pastinya, ...", "Namun, ...") and a reason after the
verdict (", karena ...") do not make it one. A subject that names a doer or an act keeps
the clause."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Kepala sekolah bertanya soal rapat komite. Pastinya, hal itu diperbolehkan.",
    "Penyuluh sempat menanyakan soal itu. Namun, hal tersebut tidak diperbolehkan, karena melanggar kode etik.",
    "Ada juga perangkat yang menjadi saksi. Tentunya, hal itu dilarang.",
])
def test_back_reference_judged_is_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pastinya, guru honorer diperbolehkan hadir di TPS.",
     [("permission", "guru honorer diperbolehkan hadir di TPS")]),
    ("Namun, memasang baliho calon di balai desa tidak diperbolehkan, karena melanggar aturan.",
     [("prohibition", "memasang baliho calon di balai desa tidak diperbolehkan")]),
])
def test_a_named_doer_or_act_keeps_the_clause(text, expected):
    assert kinds(text) == expected
