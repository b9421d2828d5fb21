"""After a cue's act, a semicolon may open a run of phrases that open with one and the same
word ("dilarang memasang stiker calon; stiker bergambar partai, stiker nomor urut"): each
phrase is an item of the act list, a clause of the cue's kind. A semicolon before a single
phrase, or before a sentence about the thing, opens no items."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai kelurahan di Sleman dilarang memasang stiker calon di mobil dinas; stiker bergambar "
     "partai, stiker berisi nomor urut kandidat.",
     [("prohibition", "Pegawai kelurahan di Sleman dilarang memasang stiker calon di mobil dinas"),
      ("prohibition", "stiker bergambar partai"),
      ("prohibition", "stiker berisi nomor urut kandidat")]),
    ("Guru honorer di Kupang juga dilarang berfoto sambil mengacungkan dua jari; gaya tangan membentuk "
     "huruf V, gaya jempol terangkat, dan gaya jari menunjuk nomor.",
     [("prohibition", "Guru honorer di Kupang juga dilarang berfoto sambil mengacungkan dua jari"),
      ("prohibition", "gaya tangan membentuk huruf V"),
      ("prohibition", "gaya jempol terangkat"),
      ("prohibition", "gaya jari menunjuk nomor")]),
])
def test_a_semicolon_run_of_same_head_phrases_gives_one_clause_each(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kepala desa di Garut dilarang hadir di kampanye; kampanye terbuka tetap diawasi Bawaslu.",
     [("prohibition", "Kepala desa di Garut dilarang hadir di kampanye; kampanye terbuka tetap diawasi Bawaslu")]),
    ("Pegawai puskesmas di Tegal dilarang memakai atribut calon; atribut tersebut mudah dilihat warga.",
     [("prohibition", "Pegawai puskesmas di Tegal dilarang memakai atribut calon; atribut tersebut mudah dilihat warga")]),
])
def test_a_semicolon_before_one_phrase_opens_no_items(text, expected):
    assert kinds(text) == expected
