"""clean.py on text dumps: a subheading printed right after an inserted block ("Baca juga:" and its
headline, ads; a video prompt and its video's title) is the story's, not the block's (found on the
session-10 dumps, tests/unseen/dumps/404, and the session-11 batch, 701). Invented wordings."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("heading,lead_in,items", [
    ("Tiga Hal yang Wajib Dijaga Camat", "Bupati merinci tiga hal yang wajib dijaga camat hingga hari pemungutan suara:",
     ["1. Tidak memasang atribut calon di kantor.", "2. Tidak memfasilitasi pertemuan calon."]),
    ("Pengawasan Lewat Media Sosial",
     "Pengawasan lewat media sosial dilakukan tim gabungan inspektorat dan dinas kominfo setiap hari kerja.", []),
])
def test_a_heading_the_next_line_echoes_after_a_read_also_block_stays(heading, lead_in, items):
    out = kept(page(LEAD_A, PARA_A, "Baca juga:", "Jembatan Gantung di Desa Hulu Putus Diterjang Banjir",
                    "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", heading, lead_in, *items, PARA_B))
    assert out == [LEAD_A, PARA_A, heading, lead_in, *items, PARA_B]


@pytest.mark.parametrize("other", ["Harga Cabai Rawit di Pasar Induk Kembali Naik",
                                   "Dua Nelayan Hilang Saat Melaut di Perairan Selatan"])
def test_a_second_headline_of_a_read_also_block_the_paragraph_does_not_echo_goes(other):
    out = kept(page(LEAD_A, PARA_A, "Baca juga:", "Jembatan Gantung di Desa Hulu Putus Diterjang Banjir",
                    other, PARA_B))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("prompt,video,heading", [
    ("Simak Video Pilihan Ini:", "Festival Layang-Layang Meriahkan Pantai Timur", "Sanksi Bagi Guru yang Melanggar"),
    ("Tonton Video Berikut:", "Pasar Terapung Kembali Ramai Dikunjungi Wisatawan", "Pengawasan di Tingkat Sekolah"),
])
def test_a_subheading_after_a_video_prompts_title_stays(prompt, video, heading):
    out = kept(page(LEAD_A, PARA_A, prompt, video, heading, PARA_B))
    assert out == [LEAD_A, PARA_A, heading, PARA_B]


@pytest.mark.parametrize("prompt,videos", [
    ("Simak Video Pilihan Ini:", ["Festival Layang-Layang Meriahkan Pantai Timur",
                                  "Pasar Terapung Kembali Ramai Dikunjungi Wisatawan Lokal Maupun Asing"]),
    ("Tonton Video Berikut:", ["Detik-detik Kapal Nelayan Terbalik Dihantam Ombak Besar di Selat",
                               "Harga Ikan Asin Naik Jelang Musim Angin Barat", "Banjir Rob Genangi Pesisir"]),
])
def test_other_videos_titles_under_a_prompt_still_go(prompt, videos):
    out = kept(page(LEAD_A, PARA_A, prompt, *videos, PARA_B))
    assert out == [LEAD_A, PARA_A, PARA_B]


# --- a line the page inserted between a subheading and its paragraph -------------------------------

@pytest.mark.parametrize("heading", ["Sanksi Disiplin Menanti", "Pengawasan Sampai ke Tingkat Desa Setempat"])
@pytest.mark.parametrize("inserted", ["ADVERTISEMENT", "Baca juga: Harga Karet Turun Lagi di Pasar Lelang Hulu",
                                      "Foto: Dok. Humas Pemkab"])
def test_a_subheading_over_an_inserted_line_stays(heading, inserted):
    out = kept(page(LEAD_A, PARA_A, heading, inserted, PARA_B))
    assert out == [LEAD_A, PARA_A, heading, PARA_B]


@pytest.mark.parametrize("heading", ["Camat Wajib Melapor Tiap Pekan", "Sanksi bagi Kades yang Membandel"])
def test_a_subheading_after_a_read_also_block_and_an_ad_stays(heading):
    out = kept(page(LEAD_A, PARA_A, "Baca juga:", "Jembatan Gantung di Desa Hulu Putus Diterjang Banjir",
                    "ADVERTISEMENT", heading, PARA_B))
    assert out == [LEAD_A, PARA_A, heading, PARA_B]


@pytest.mark.parametrize("others", [
    ["Harga Cabai Rawit di Pasar Induk Kembali Naik Tajam", "Dua Nelayan Hilang Saat Melaut di Perairan Selatan"],
    ["Festival Perahu Hias Digelar Akhir Pekan Ini di Teluk", "Jalan Provinsi Ambles, Truk Dialihkan ke Jalur Lama"],
])
def test_other_stories_headlines_over_an_ad_still_go(others):
    out = kept(page(LEAD_A, PARA_A, *others, "ADVERTISEMENT", PARA_B))
    assert out == [LEAD_A, PARA_A, PARA_B]
