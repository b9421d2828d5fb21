"""clean.py on text dumps: datelines whose place opens with a count word, and a caption printed in
a dateline's shape under its photo credit above the lead (found on the session-10 dumps,
tests/unseen/dumps/401, and the session-11 batch, 703). Invented wordings."""
import pytest

from corpus_tools.clean import clean_text_dump
from dump_helpers import PARA_A, PARA_B, kept, page

LEAD = ("Pemerintah kabupaten meminta seluruh camat dan lurah tidak menghadiri deklarasi relawan "
        "pasangan calon selama tahapan pilkada berlangsung.")


@pytest.mark.parametrize("place", ["Lima Puluh Raya", "Empat Lawang Ilir"])
def test_a_place_opening_with_a_count_word_on_its_own_line_is_the_leads_dateline(place):
    out = kept(page("Judul Berita Tentang Camat Dilarang Hadir", "Foto: ilustrasi kantor camat",
                    f"{place} -", LEAD, PARA_A, PARA_B))
    assert out[:2] == [f"{place} -", LEAD] and PARA_B in out
    assert clean_text_dump(page(f"{place} -", LEAD, PARA_A), "t").dateline == place


@pytest.mark.parametrize("place", ["Tiga Raksa", "Dua Sungai"])
def test_a_place_opening_with_a_count_word_opens_an_inline_dateline(place):
    doc = clean_text_dump(page("Beranda", "Camat Dilarang Hadiri Deklarasi", f"{place} - {LEAD}", PARA_A), "t")
    assert doc.dateline == place and doc.text.split("\n\n")[0] == f"{place} - {LEAD}"


@pytest.mark.parametrize("head", ["Menurut Bupati", "Dalam Rapat"])
def test_a_sentence_opening_with_a_function_word_is_still_no_dateline(head):
    doc = clean_text_dump(page("Beranda", f"{head} - {LEAD}", PARA_A), "t")
    assert doc.dateline is None


@pytest.mark.parametrize("credit,caption,lead", [
    ("KABARLEMBAH.COM/RINA SARI",
     "APEL PAGI - Suasana apel pagi di halaman kantor bupati, Senin (7/10/2024). Pegawai diminta menjaga netralitas.",
     "KABARLEMBAH.COM, LEMBAH HIJAU - Badan Kepegawaian daerah meminta pegawai tidak mengunggah dukungan "
     "kepada pasangan calon di media sosial."),
    ("WARTAPESISIR.ID/DODI",
     "BALAI DESA - Warga menunggu layanan di balai desa, Selasa (8/10/2024). Kades dilarang memasang baliho calon.",
     "WARTAPESISIR.ID, TANJUNG GADING - Dinas desa mengingatkan kepala desa agar balai desa bersih dari "
     "atribut pasangan calon."),
])
def test_a_caption_in_a_datelines_shape_under_its_credit_is_no_lead(credit, caption, lead):
    out = kept(page("Judul Berita di Sini Ya", credit, caption, "Laporan Wartawan Kabarlembah.com, Rina Sari",
                    lead, PARA_A, PARA_B))
    assert out == [lead, PARA_A, PARA_B]


@pytest.mark.parametrize("lead", [
    "SUKAMAJU - Bupati Sukamaju meminta seluruh aparatur sipil negara menjaga netralitas menjelang pilkada.",
    "LEMBAH HIJAU, KABARLEMBAH.COM - Sekda melarang pegawai memakai mobil dinas untuk acara pasangan calon.",
])
def test_a_lead_under_a_photo_credit_with_no_dateline_below_stays_the_lead(lead):
    out = kept(page("Judul Berita di Sini Ya", "Foto: Dok. Humas", lead, PARA_A, PARA_B))
    assert out == [lead, PARA_A, PARA_B]


@pytest.mark.parametrize("line", ["Laporan Wartawan Suarapesisir.com, Dedi Kurniawan",
                                  "Laporan wartawan Harian Lembah, Siti Aminah"])
def test_a_reporters_line_naming_the_outlet_is_a_byline(line):
    out = kept(page(line, LEAD, PARA_A, PARA_B))
    assert line not in out and PARA_A in out
    assert clean_text_dump(page("Beranda", line, "SUKAMAJU - " + LEAD, PARA_A), "t").author == line.split(", ")[-1]


@pytest.mark.parametrize("head,short", [("MUARA TIGA -", "Camat dilarang hadir."),
                                        ("TELUK RAYA, WARTATELUK.ID –", "Netral itu wajib.")])
def test_a_dateline_on_its_own_line_over_a_short_one_sentence_lead(head, short):
    out = kept(page("Camat Dilarang Hadiri Deklarasi Relawan", "Senin, 07 Okt 2024 14:22 WIB", head, short,
                    PARA_A, PARA_B))
    assert out == [head, short, PARA_A, PARA_B]


@pytest.mark.parametrize("lead,second", [
    ("SUKAMAJU - Bupati Sukamaju meminta seluruh aparatur sipil negara menjaga netralitas menjelang pilkada.",
     "Kepala BKPSDM - Rina Sari - mengatakan pegawai yang melanggar akan diperiksa inspektorat daerah."),
    ("Lembah Hijau - Sekda melarang pegawai memakai mobil dinas untuk acara pasangan calon di desa.",
     "Ketua Bawaslu - yang hadir di rapat itu - meminta camat melapor setiap pekan kepada panwascam."),
])
def test_a_lead_under_a_photo_credit_stays_the_lead_with_a_dashed_paragraph_below(lead, second):
    out = kept(page("Judul Berita di Sini Ya", "Foto: Dok. Humas", lead, second, PARA_B))
    assert out == [lead, second, PARA_B]
