"""clean.py on text dumps: links to other stories printed in the same bullets right under a bulleted
list of the text (found on the session-10 dumps, tests/unseen/dumps/504). Invented wordings."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page

ITEMS_A = ["• ikut konvoi pasangan calon;", "• memasang stiker calon di kendaraan dinas;",
           "• mengunggah foto bersama calon di media sosial."]
ITEMS_B = ["- hadir dalam rapat tim pemenangan", "- membagikan bahan kampanye kepada warga",
           "- memberi sambutan di acara relawan."]


@pytest.mark.parametrize("items,links", [
    (ITEMS_A, ["• Jalan Lintas Kecamatan Rusak Parah Jelang Musim Hujan",
               "• Harga Beras Premium Turun di Pasar Induk"]),
    (ITEMS_B, ["- Festival Kopi Dataran Tinggi Kembali Digelar Bulan Depan"]),
])
def test_bulleted_headlines_under_the_texts_items_are_a_rail(items, links):
    out = kept(page(LEAD_A, "Dalam edaran itu pegawai dilarang:", *items, *links, PARA_B))
    assert out == [LEAD_A, "Dalam edaran itu pegawai dilarang:", *items, PARA_B]


@pytest.mark.parametrize("items", [
    ["1. pegawai dilarang ikut kampanye;", "2. Memasang Spanduk Pasangan Calon", "3. Menghadiri Deklarasi Pasangan Calon"],
    ["a) tidak memakai fasilitas kantor;", "b) Menjadi Anggota Tim Sukses Calon", "c) Mengikuti Pawai Kemenangan Calon"],
])
def test_title_case_items_numbered_in_order_stay_items(items):
    out = kept(page(LEAD_A, "Larangan itu meliputi:", *items, PARA_A))
    assert all(item in out for item in items)


@pytest.mark.parametrize("items", [
    ["• pegawai dilarang ikut kampanye;", "• Memasang Spanduk dan Baliho Calon", "• Menghadiri Deklarasi Pasangan Calon"],
    ["- tidak boleh hadir di rapat relawan", "- Membagikan Sembako Atas Nama Calon", "- Mengunggah Foto Dukungan di Media Sosial"],
])
def test_bulleted_items_that_mix_their_case_stay_items(items):
    out = kept(page(LEAD_A, "Larangan dalam edaran itu:", *items, PARA_B))
    assert all(item in out for item in items)


@pytest.mark.parametrize("links", [
    ["• Debat Kedua Calon Bupati Digelar di Gedung Serbaguna, Akankah Lebih Panas?",
     "• Harga Cabai Merah Naik Lagi di Pasar Raya Jelang Akhir Tahun"],
    ["• Siapa Pengganti Sekda Kabupaten Lembah Hijau Tahun Depan?",
     "• Jembatan Gantung Desa Sungai Rampah Akhirnya Diresmikan Bupati",
     "• Tiga Sekolah Terendam Banjir, Murid Belajar di Balai Desa"],
])
def test_bulleted_headlines_between_paragraphs_are_a_rail_even_when_one_asks(links):
    assert kept(page(LEAD_A, PARA_A, *links, PARA_B)) == [LEAD_A, PARA_A, PARA_B]
