"""A rule whose subject only refers back ('Ini', 'Hal tersebut') and whose content is only
a passive verb of avoiding or obeying with its agent ('Ini harus dihindari oleh ASN', 'Hal
tersebut harus dipatuhi oleh seluruh pegawai') judges the act named before: no clause
(docs/evaluate.md, a judgement whose subject only refers back). Session 12, real3 probe.
All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    '"Ini harus dihindari oleh para guru, karena merusak netralitas," kata Kepala Dinas Pendidikan Sukamaju.',
    "Hal tersebut wajib dipatuhi oleh seluruh pegawai di lingkungan Pemkot Tirtajaya.",
    "Hal itu harus ditaati setiap perangkat desa di Lembah Hijau.",
])
def test_obeying_what_was_named_before_is_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pegawai harus mematuhi hal tersebut selama masa kampanye.",
     [("obligation", "Pegawai harus mematuhi hal tersebut selama masa kampanye")]),
    ("Hal tersebut wajib dipatuhi, yakni tidak memasang baliho calon di kantor.",
     [("obligation", "Hal tersebut wajib dipatuhi"), ("prohibition", "tidak memasang baliho calon di kantor")]),
])
def test_a_named_act_keeps_its_rule(text, expected):
    assert kinds(text) == expected
