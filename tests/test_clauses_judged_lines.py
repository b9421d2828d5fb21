"""A short line that names an act, over a line that opens with a bare ruling (a definition
list's <dt> / <dd>, an infographic's "act / verdict" pairs): one clause from the act to the
ruling, of the ruling's kind. A bare cue with no full stop over acts is their heading instead
(tests/test_clauses_structure.py)."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Status tiap kegiatan menurut edaran:\n\nMenjadi juru kampanye pasangan calon\n\nDilarang.\n\n"
     "Menonton debat kandidat dari rumah\n\nBoleh, di luar jam kerja.",
     [("prohibition", "Menjadi juru kampanye pasangan calon\n\nDilarang"),
      ("permission", "Menonton debat kandidat dari rumah\n\nBoleh")]),
    ("Berikut ringkasannya.\n\nMemasang foto calon di ruang guru\n\nTetap dilarang, meski hanya sehari.\n\n"
     "Hadir di kampanye suami atau istri\n\nDiperbolehkan setelah mengambil cuti di luar tanggungan negara.",
     [("prohibition", "Memasang foto calon di ruang guru\n\nTetap dilarang"),
      ("permission", "Hadir di kampanye suami atau istri\n\nDiperbolehkan setelah mengambil cuti di luar tanggungan "
                     "negara")]),
])
def test_an_act_line_over_a_bare_ruling_is_one_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Rapat koordinasi pengamanan logistik\n\nDitunda.",
    "Pemasangan tenda di halaman kantor camat\n\nSelesai pukul sembilan malam.",
])
def test_an_act_line_over_a_report_is_no_rule(text):
    assert kinds(text) == []
