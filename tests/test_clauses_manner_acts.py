"""Manner acts of a duty (session 15; all texts invented): "dengan V" after an obligation
names how the duty is kept; a negated act joined by "dan" / "serta" inside that positive manner
adjunct is no prohibition of its own ("harus dijaga, dengan bersikap netral dan tidak terlibat
..."). A manner that opens with a negator ("dengan tidak V") is read as real labellers read it
since session 18: each negated act is a prohibition of its own
(tests/test_clauses_negated_means.py). Without "dengan", "dan tidak V" after a duty still gives a
prohibition (tests/test_clauses_split_rules.py)."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepercayaan warga itu harus dirawat, dengan bersikap adil dan tidak ikut dalam kampanye calon.",
     [("obligation", "Kepercayaan warga itu harus dirawat, dengan bersikap adil dan tidak ikut dalam kampanye calon")]),
    ("Nama baik korps harus dijaga dengan bekerja jujur serta tidak memakai mobil dinas untuk acara partai.",
     [("obligation", "Nama baik korps harus dijaga dengan bekerja jujur serta tidak memakai mobil dinas untuk acara partai")]),
])
def test_negated_acts_inside_a_positive_manner_stay_in_the_duty(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bidan desa wajib menjaga kode etik dan tidak memakai atribut partai.",
     [("obligation", "Bidan desa wajib menjaga kode etik"), ("prohibition", "tidak memakai atribut partai")]),
    ("Penyuluh harus bekerja dengan jujur tetapi tidak boleh ikut kampanye.",
     [("obligation", "harus bekerja dengan jujur"), ("prohibition", "tidak boleh ikut kampanye")]),
])
def test_negated_act_without_manner_is_its_own_rule(text, expected):
    assert kinds(text) == expected
