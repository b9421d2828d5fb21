"""Manner acts of a duty stay inside it (session 15; all texts invented): "dengan (tidak) V"
after an obligation names how the duty is kept; a negated act joined by "dan" / "serta"
inside that manner adjunct is no prohibition of its own ("harus dijaga, dengan bersikap
netral dan tidak terlibat ..."). Without "dengan", "dan tidak V" after a duty still gives a
prohibition (tests/test_clauses_split_rules.py)."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepercayaan warga itu harus dirawat, dengan bersikap adil dan tidak ikut dalam kampanye calon.",
     [("obligation", "Kepercayaan warga itu harus dirawat, dengan bersikap adil dan tidak ikut dalam kampanye calon")]),
    ("Bidan desa wajib menjaga kode etik dengan tidak hadir di kampanye dan tidak memakai atribut partai.",
     [("obligation", "Bidan desa wajib menjaga kode etik dengan tidak hadir di kampanye dan tidak memakai atribut partai")]),
    ("Penyuluh harus taat pada sumpah jabatan dengan tidak menerima hadiah serta tidak mengarahkan petani.",
     [("obligation", "harus taat pada sumpah jabatan dengan tidak menerima hadiah serta tidak mengarahkan petani")]),
])
def test_negated_manner_acts_stay_in_the_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bidan desa wajib menjaga kode etik dan tidak memakai atribut partai.",
     [("obligation", "Bidan desa wajib menjaga kode etik"), ("prohibition", "tidak memakai atribut partai")]),
    ("Penyuluh harus bekerja dengan jujur tetapi tidak boleh ikut kampanye.",
     [("obligation", "harus bekerja dengan jujur"), ("prohibition", "tidak boleh ikut kampanye")]),
])
def test_negated_act_without_manner_is_its_own_rule(text, expected):
    assert kinds(text) == expected
