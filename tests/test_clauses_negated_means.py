"""A duty kept by not doing something (session 18; all texts invented): "harus patuh pada asas
netralitas dengan tidak A dan tidak B" is read by real labellers as a duty (an obligation) and one
prohibition per negated act, the statutory wording of neutrality above all. `cues.json`
negated_means_heads ("dengan cara", "dengan"); a place or status after the negator ("dengan tidak
dalam status cuti") is a condition, no act."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Wali Kota menegaskan setiap pegawai harus taat pada asas netralitas dengan tidak berpihak kepada "
     "golongan mana pun dan tidak memihak kepentingan kelompok tertentu.",
     [("obligation", "setiap pegawai harus taat pada asas netralitas"),
      ("prohibition", "tidak berpihak kepada golongan mana pun"),
      ("prohibition", "tidak memihak kepentingan kelompok tertentu")]),
    ("Bidan desa wajib menjaga kode etik dengan tidak hadir di kampanye dan tidak memakai atribut partai.",
     [("obligation", "Bidan desa wajib menjaga kode etik"),
      ("prohibition", "tidak hadir di kampanye"),
      ("prohibition", "tidak memakai atribut partai")]),
    ("Penyuluh harus taat pada sumpah jabatan dengan tidak menerima hadiah serta tidak mengarahkan petani.",
     [("obligation", "harus taat pada sumpah jabatan"),
      ("prohibition", "tidak menerima hadiah"),
      ("prohibition", "tidak mengarahkan petani")]),
])
def test_each_negated_means_of_a_duty_is_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Gubernur meminta seluruh pegawai untuk menjaga marwah korps dengan tidak melakukan tindakan yang "
     "mengarah pada dukungan kepada partai.",
     [("obligation", "meminta seluruh pegawai untuk menjaga marwah korps"),
      ("prohibition", "tidak melakukan tindakan yang mengarah pada dukungan kepada partai")]),
    ("Pegawai harus menjaga nama baik dengan cara tidak mengunggah dukungan kepada calon.",
     [("obligation", "Pegawai harus menjaga nama baik"),
      ("prohibition", "tidak mengunggah dukungan kepada calon")]),
])
def test_a_directive_or_a_manner_marker_before_the_means(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Suami atau istri calon boleh ikut kampanye dengan tidak dalam status cuti.",
     [("permission", "boleh ikut kampanye dengan tidak dalam status cuti")]),
    ("Guru wajib hadir di sekolah dengan membawa surat tugas.",
     [("obligation", "Guru wajib hadir di sekolah dengan membawa surat tugas")]),
])
def test_a_condition_or_a_positive_manner_stays_in_the_rule(text, expected):
    assert kinds(text) == expected
