"""clean.py on text dumps: a page (or a saved excerpt) cut off in mid-sentence keeps its last,
unfinished line when it runs on from the text. Wordings invented."""
import pytest

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("lead,tail", [
    (LEAD_A, "Namun, sekretaris daerah menegaskan bahwa pegawai yang terbukti hadir akan dip"),
    (LEAD_B, "Serta memerintahkan"),
    (LEAD_A, "“Kalau ada warga Kampung Baru yang melihat pegawai ikut konvoi, silakan lap"),
    (LEAD_B, "Dinas pendidikan setempat gencar menyosia"),
])
def test_a_last_line_cut_mid_sentence_stays_body(lead, tail):
    assert kept(page(lead, PARA_A, PARA_B, tail, post=())) == [lead, PARA_A, PARA_B, tail]


@pytest.mark.parametrize("tail", [
    "Sebelumnya, Kepala Dinas Kominfo Rawa Indah, Budi",
    "Pegawai yang melanggar dikenai sanksi disip",
])
def test_a_cut_line_after_an_inserted_link_stays_body(tail):
    link = "Baca juga: Lima Kades di Rawa Indah Dipanggil Panwascam"
    assert kept(page(LEAD_A, PARA_A, PARA_B, link, tail, post=())) == [LEAD_A, PARA_A, PARA_B, tail]


@pytest.mark.parametrize("tail", [
    "Distribusi Logistik Pemilu Memakai Perahu Motor",     # another story's title
    "Telusuri berita daerah lainnya",                       # the template's prompt
    "PEGAWAI RAWA INDAH IKUT APEL",                        # capitals
    "Selasa, 8 Oktober 2024",                               # the page's date
])
def test_a_title_or_template_line_at_the_end_is_no_cut_sentence(tail):
    assert kept(page(LEAD_A, PARA_A, PARA_B, tail, post=())) == [LEAD_A, PARA_A, PARA_B]


def test_a_cut_line_not_at_the_page_end_is_not_kept_by_this_rule():
    tail = "Serta memerintahkan"
    assert tail not in kept(page(LEAD_A, PARA_A, PARA_B, tail, "Tentang Kami", "Redaksi", post=()))
