"""A count written with a thousands separator before an addressee ("mengingatkan 2.140
pegawai ... agar tidak ...") is one token, not a number and a full stop that end the
addressee. All texts are invented."""
import pytest

from clause_helpers import clauses_of
from corpus_tools.clauses.lexicon import tokenize


@pytest.mark.parametrize("text,actor", [
    ("Bupati mengingatkan 2.140 pegawai pemerintah dengan perjanjian kerja (PPPK) dan 1.300 tenaga honorer "
     "agar tidak terlibat kampanye.", "pegawai pemerintah dengan perjanjian kerja (PPPK) dan 1.300 tenaga honorer"),
    ("Kepala Dinas meminta 1.250 guru honorer untuk tidak memasang stiker calon di sekolah.", "guru honorer"),
])
def test_a_counted_addressee_is_bound(text, actor):
    got = clauses_of(text)
    assert [(c.kind, c.actor) for c in got] == [("prohibition", actor)]


@pytest.mark.parametrize("text,tokens", [
    ("pukul 10.00 WIB.", ["pukul", "10.00", "WIB", "."]),
    ("jumlahnya 1.300.", ["jumlahnya", "1.300", "."]),
    ("SE 800.1.3/412/BKPSDM/2024 itu", ["SE", "800", ".", "1", ".", "3/412/BKPSDM/2024", "itu"]),
    ("1. Memasang baliho", ["1", ".", "Memasang", "baliho"]),
])
def test_grouped_digits_are_one_token_but_numbers_of_circulars_and_markers_are_not(text, tokens):
    assert [t.text for t in tokenize(text)] == tokens
