"""A sentence whose subject is a noun of rule and whose predicate lists acts after one or
two markers ('Larangan keberpihakan itu antara lain meliputi A, B, dan C', 'Larangan
itu meliputi A, B'): one clause per act, the noun and its markers no clause of their own
(session 12, real3 probe; docs/evaluate.md, acts named after a noun of rule). A list of
parties is no list of acts. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Larangan keberpihakan itu antara lain meliputi hadir di rapat umum calon, memakai kaus bergambar calon "
     "di kantor, dan meminjamkan aula dinas untuk tim pemenangan.",
     [("prohibition", "hadir di rapat umum calon"), ("prohibition", "memakai kaus bergambar calon di kantor"),
      ("prohibition", "meminjamkan aula dinas untuk tim pemenangan")]),
    ("Kewajiban camat itu meliputi mendata baliho di kantor kecamatan, menegur pegawai yang berpihak.",
     [("obligation", "mendata baliho di kantor kecamatan"), ("obligation", "menegur pegawai yang berpihak")]),
])
def test_rule_noun_with_markers_lists_only_acts(text, expected):
    assert kinds(text) == expected


def test_a_list_of_parties_is_no_list_of_acts():
    assert kinds("Larangan itu meliputi guru, bidan desa, dan perangkat desa di Sukamaju.") == []
