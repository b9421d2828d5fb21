"""clean.py on text dumps: the title printed under a video prompt inside the page, with more of the
page after it (found on the session-10 dumps, tests/unseen/dumps/512). Invented wordings."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("prompt,title,after", [
    ("Simak Video Pilihan Berikut Ini:", "Festival Perahu Hias Meriahkan Hari Jadi Kabupaten",
     ["* Punya kabar dari daerahmu? Tulis ke redaksi kami.", "Berita Terkait"]),
    ("Saksikan Video Menarik Berikut:", "Detik-detik Kapal Nelayan Terbalik Dihantam Ombak",
     ["- Kirim tulisanmu lewat formulir di halaman kontak.", "Tentang Kami"]),
])
def test_a_video_title_under_its_prompt_goes_even_with_lines_after_it(prompt, title, after):
    out = kept(page(LEAD_A, PARA_A, PARA_B, prompt, title, *after, post=()))
    assert title not in out and out[:3] == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("heading", ["Sanksi bagi Pegawai yang Melanggar", "Pengawasan di Tingkat Desa"])
def test_a_subheading_with_a_paragraph_under_it_after_a_video_prompt_stays(heading):
    out = kept(page(LEAD_A, PARA_A, "Simak Video Pilihan Ini:", heading, PARA_B))
    assert heading in out and PARA_B in out


# --- a station's or channel's own programme promotion ----------------------------------------------

@pytest.mark.parametrize("promo", ["Dengarkan Kabar Desa setiap Sabtu pukul 16.00 WIB hanya di 101.7 FM.",
                                   "Saksikan Bincang Daerah tiap Rabu malam hanya di Lembah TV"])
def test_a_programme_promotion_after_the_text_goes(promo):
    out = kept(page(LEAD_A, PARA_A, PARA_B, promo, "Bagikan:"))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", ["\"Simpan nomor pengaduan itu, jangan hanya di kepala,\" pesan ketua Bawaslu.",
                                  "Ikuti apel netralitas setiap Senin di halaman kantor bupati, bunyi edaran itu."])
def test_a_sentence_with_the_same_words_stays(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))
