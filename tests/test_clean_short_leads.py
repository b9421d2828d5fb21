"""clean.py on text dumps: a lead that opens with one short sentence (found on the session-10
dumps, tests/unseen/dumps/501-512). Each behaviour is tested on two or more wordings unlike the
dumps'."""
import pytest

from corpus_tools.clean import clean_text_dump
from dump_helpers import PARA_A, PARA_B, kept, page

HEADER = ("Portal Warta Hulu", "Beranda", "Daerah", "Pegawai Kayu Agung Dilarang Ikut Konvoi Calon",
          "Ringkasan: edaran bupati melarang pegawai ikut konvoi maupun pawai pasangan calon.",
          "Penulis: Rahmat Hidayat | Editor: Sri Wahyuni", "Kamis, 10 Oktober 2024 09:12 WIB")


# --- a dateline over one short sentence ----------------------------------------------------------

@pytest.mark.parametrize("lead,place", [
    ("WARTAHULU.ID, KAYU AGUNG – Pegawai wajib netral.", "KAYU AGUNG"),
    ("KAYU AGUNG, KABARHULU.COM - Tidak ada kompromi.", "KAYU AGUNG"),
    ("Batu Licin (ANTARA) - Konvoi dilarang.", "Batu Licin"),
])
def test_a_dateline_over_one_short_sentence_opens_the_body(lead, place):
    second = "Kalimat itu disampaikan bupati saat membuka rapat koordinasi pegawai di aula kantor bupati, Rabu."
    doc = clean_text_dump(page(*HEADER, lead, second, PARA_A, PARA_B, pre=()), "t")
    assert doc.text.split("\n\n")[:3] == [lead, second, PARA_A]
    assert doc.dateline == place


@pytest.mark.parametrize("title", ["Pilkada Serentak – Bupati Mundur.", "Netralitas ASN - Ini Kata Bupati."])
def test_a_title_case_headline_with_a_dash_is_no_short_dated_lead(title):
    lead = "Bupati Kayu Agung meminta seluruh pegawai tidak menghadiri deklarasi pasangan calon mana pun."
    assert kept(page(title, lead, PARA_A))[0] == lead


# --- a two-word lead-in after a block of other stories' links -------------------------------------

@pytest.mark.parametrize("lead_in,items", [
    ("Berikut rinciannya:", ["Pelanggaran", "Hukuman", "Hadir di deklarasi calon", "Teguran tertulis",
                             "Menjadi juru kampanye", "Penurunan pangkat"]),
    ("Adapun larangannya:", ["memasang stiker calon di mobil dinas", "ikut pawai kemenangan",
                             "membagikan kalender bergambar calon"]),
])
def test_a_two_word_lead_in_under_a_read_also_block_keeps_its_items(lead_in, items):
    dump = page(PARA_A, "Baca Juga:", "Warga Kayu Agung Gelar Festival Layang-layang",
                "Harga Gabah di Tingkat Petani Mulai Naik", lead_in, *items, PARA_B)
    out = kept(dump)
    assert out == [PARA_A, lead_in, *items, PARA_B]


# --- a first line of two or three words that the first paragraph points back to -------------------

RELEASE = ("Pemkab Kayu Agung", "Siaran Pers", "SIARAN PERS", "Nomor: 07/SP/Humas/X/2024",
           "Bupati Kayu Agung Teken Edaran Netralitas", "Kayu Agung, 9 Oktober 2024")


@pytest.mark.parametrize("first,second", [
    ("Jangan memihak.", "Pesan tersebut menjadi inti surat edaran bupati yang dibagikan kepada semua kepala dinas pagi ini."),
    ("Pegawai harus netral.", "Kalimat singkat itu dibacakan sekretaris daerah di depan ratusan pegawai saat apel gabungan."),
    ("Tidak ada pengecualian.", "Itu jawaban kepala inspektorat ketika ditanya soal pegawai yang keluarganya maju sebagai calon."),
])
def test_a_short_first_line_the_paragraph_points_back_to_opens_the_body(first, second):
    assert kept(page(*RELEASE, first, second, PARA_A, pre=()))[:3] == [first, second, PARA_A]


@pytest.mark.parametrize("line", ["Dibaca 312 kali.", "Klik untuk memperbesar.", "Dengarkan berita ini."])
def test_a_short_template_line_above_a_lead_that_points_nowhere_stays_out(line):
    lead = "Bupati Kayu Agung meminta seluruh pegawai tidak menghadiri deklarasi pasangan calon mana pun."
    assert kept(page(*RELEASE, line, lead, PARA_A, pre=()))[0] == lead


@pytest.mark.parametrize("title", ["Bupati Larang Konvoi.", "Pegawai Wajib Netral!"])
def test_a_short_title_over_a_pointing_paragraph_is_no_short_lead(title):
    second = "Larangan itu tertuang dalam surat edaran bupati yang dibagikan kepada semua kepala dinas pagi ini."
    assert kept(page("Beranda", title, second, PARA_A))[0] == second
