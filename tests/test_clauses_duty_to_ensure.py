"""A list item whose active verb asks someone to ensure a thing is not done ("memastikan
fasilitas kantor tidak digunakan ...", "menjamin kendaraan tidak dipinjamkan ...") states
a duty: an obligation, under an obligation's lead-in and in a circular's list without a
kind. An item whose own predicate is negated ("Balai desa tidak dipakai ...", "tidak
mengizinkan ...") stays a prohibition. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Isi edaran itu antara lain sebagai berikut:\n\n1. Para lurah agar:\n"
     "a. memastikan aula kelurahan tidak dipakai untuk pertemuan tim kampanye;\n"
     "b. melaporkan pelanggaran kepada Wali Kota.",
     [("obligation", "memastikan aula kelurahan tidak dipakai untuk pertemuan tim kampanye"),
      ("obligation", "melaporkan pelanggaran kepada Wali Kota")]),
    ("Para kepala puskesmas diminta:\n\na. menjamin ambulans tidak dipakai mengangkut massa kampanye;\n"
     "b. tidak mengizinkan spanduk calon dipasang di pagar puskesmas.",
     [("obligation", "menjamin ambulans tidak dipakai mengangkut massa kampanye"),
      ("prohibition", "tidak mengizinkan spanduk calon dipasang di pagar puskesmas")]),
])
def test_a_duty_to_ensure_under_an_obligation_is_an_obligation(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Surat Edaran Bupati Nomor 100/22/2024 memuat hal-hal berikut:\n\n"
     "1. Kepala OPD menjamin kendaraan operasional tidak dipinjamkan kepada tim kampanye;\n"
     "2. Balai desa tidak dipakai untuk posko pemenangan;\n"
     "3. Pegawai tidak memasang alat peraga kampanye di kantor.",
     [("obligation", "Kepala OPD menjamin kendaraan operasional tidak dipinjamkan kepada tim kampanye"),
      ("prohibition", "Balai desa tidak dipakai untuk posko pemenangan"),
      ("prohibition", "Pegawai tidak memasang alat peraga kampanye di kantor")]),
    ("Edaran Sekda Nomor 7 Tahun 2024 berisi ketentuan sebagai berikut:\n\n"
     "1. Memastikan gedung kecamatan tidak disewakan untuk rapat umum calon;\n"
     "2. Mobil dinas tidak dibawa pulang selama masa kampanye.",
     [("obligation", "Memastikan gedung kecamatan tidak disewakan untuk rapat umum calon"),
      ("prohibition", "Mobil dinas tidak dibawa pulang selama masa kampanye")]),
])
def test_a_duty_to_ensure_in_a_circular_list_is_an_obligation(text, expected):
    assert kinds(text) == expected
