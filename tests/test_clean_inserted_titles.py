"""clean.py on text dumps: a page that inserts other stories' titles between paragraphs (one of
them judged another story's headline by its length) inserts shorter ones too. Wordings invented."""
import pytest

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page

PARA_C = "Ia menambahkan, pegawai juga dilarang memberi tanda suka pada unggahan akun resmi pasangan calon."
PARA_D = "Pelanggaran itu, kata dia, akan dilaporkan kepada komisi yang mengawasi sistem merit pegawai."


@pytest.mark.parametrize("lead,long_title,short_title", [
    (LEAD_A, "Melihat Relawan Menyiapkan Tenda Posko Pemenangan di Lapangan Kecamatan Lembah Hijau",
     "Banjir Rendam Jalan Poros Desa"),
    (LEAD_B, "Warga Tanjung Harapan Antre Sejak Subuh untuk Mendapatkan Minyak Goreng Murah di Pasar",
     "Harga Cabai Rawit Naik Lagi Pekan Ini"),
])
def test_a_short_inserted_title_goes_with_a_long_one(lead, long_title, short_title):
    out = kept(page(lead, PARA_A, long_title, PARA_B, PARA_C, short_title, PARA_D))
    assert out == [lead, PARA_A, PARA_B, PARA_C, PARA_D]


@pytest.mark.parametrize("heading", ["Sanksi Bagi Pegawai Yang Melanggar Netralitas", "Komisi Pengawas Merit Pegawai Menerima Laporan"])
def test_a_heading_the_paragraph_echoes_stays(heading):
    long_title = "Melihat Relawan Menyiapkan Tenda Posko Pemenangan di Lapangan Kecamatan Lembah Hijau"
    out = kept(page(LEAD_A, PARA_A, long_title, PARA_B, PARA_C, heading, PARA_D))
    assert out == [LEAD_A, PARA_A, PARA_B, PARA_C, heading, PARA_D]


@pytest.mark.parametrize("heading", ["Banjir Rendam Jalan Poros Desa", "Harga Cabai Rawit Naik Lagi Pekan Ini"])
def test_without_an_inserted_title_a_lone_heading_stays(heading):
    out = kept(page(LEAD_B, PARA_A, PARA_B, PARA_C, heading, PARA_D))
    assert out == [LEAD_B, PARA_A, PARA_B, PARA_C, heading, PARA_D]
