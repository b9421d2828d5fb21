"""clean.py on text dumps: a template's slot marker printed between paragraphs, a short label alone
in square brackets or between dashes (found on the session-10 dumps, tests/unseen/dumps/503, 506).
Invented wordings unlike the dumps'."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("slot", ["[Iklan]", "[ PARIWARA ]", "[Jeda Komersial]", "[Gambar: ilustrasi]",
                                  "— Gulir untuk melanjutkan —", "-- Konten Berbayar --", "- 2 -"])
def test_a_bracketed_or_dash_framed_label_between_paragraphs_goes(slot):
    out = kept(page(LEAD_A, PARA_A, slot, PARA_B))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", [
    "\"Kami tidak [akan] memberi toleransi kepada pegawai yang ikut kampanye,\" kata bupati.",
    "Pegawai dilarang memasang [stiker] calon di kendaraan dinas.",
    "- dilarang memakai atribut calon;",
])
def test_a_sentence_with_brackets_or_a_dashed_item_stays(line):
    assert line in kept(page(LEAD_A, "Edaran itu memuat larangan berikut:", line, PARA_B))


# --- an outlet's correction note under the story -------------------------------------------------

@pytest.mark.parametrize("note", [
    "Ralat: Sebelumnya tertulis rapat digelar Senin, yang benar Selasa. Mohon maaf atas kekeliruan ini.",
    "(Koreksi: nama sekretaris daerah pada paragraf kedua semula salah eja dan telah diperbaiki)",
    "Artikel ini telah diperbaiki pada Rabu pukul 10.15 WIB untuk meluruskan jumlah pegawai yang diperiksa.",
])
def test_a_correction_note_under_the_story_goes(note):
    out = kept(page(LEAD_A, PARA_A, PARA_B, note, "Editor: Sri Wahyuni"))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", [
    "Koreksi atas data pegawai itu dilakukan inspektorat setelah ada laporan warga.",
    "Ralat surat edaran dikirim ke semua kecamatan dua hari kemudian, kata sekda.",
])
def test_a_sentence_about_a_correction_stays(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


@pytest.mark.parametrize("note", [
    "Artikel ini diperbarui pada Kamis, 17 Oktober 2024 pukul 09.40 WIB.",
    "(Berita ini telah diperbarui pukul 16.05 WITA dengan tanggapan sekretaris daerah)",
    "Artikel ini dibuat dengan bantuan AI dan telah disunting oleh redaksi.",
    "Konten ini disusun menggunakan kecerdasan buatan, lalu diperiksa editor kami.",
    "Artikel ini telah diperbarui dengan menambahkan tanggapan kepala dinas pendidikan.",
    "Berita ini sudah diperbarui setelah redaksi menerima data terbaru dari Bawaslu.",
    "Catatan redaksi: Judul berita ini telah diubah pada Jumat (18/10/2024) pukul 14.00 WIB.",
    "Catatan Editor: tulisan ini semula menyebut jumlah camat yang diperiksa empat orang.",
])
def test_an_update_stamp_or_ai_note_under_the_story_goes(note):
    out = kept(page(LEAD_A, PARA_A, PARA_B, note, "Editor: Sri Wahyuni"))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", ["Catatan: pegawai yang sedang cuti tetap dilarang menghadiri kampanye.",
                                  "Catatan redaksi daerah itu menunjukkan dua kepala desa sudah ditegur camat."])
def test_a_note_of_the_text_stays(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


@pytest.mark.parametrize("line", ["Berita ini akan terus diperbarui.", "Informasi ini akan diperbarui sesuai perkembangan."])
def test_the_storys_own_still_updating_line_stays(line):
    assert kept(page(LEAD_A, PARA_A, PARA_B, line))[-1] == line


@pytest.mark.parametrize("promo", ["Follow akun Instagram kami untuk kabar terbaru dari Lembah Hijau.",
                                  "Ikuti TikTok kami, ada video singkat setiap hari!",
                                  "Daftar newsletter kami dan dapatkan ringkasan berita tiap pagi.",
                                  "Gabung newsletter kami, ringkasan berita pilihan tiba setiap pagi.",
                                  "Bergabung dengan newsletter Warta Lembah untuk kabar pilihan sepekan."])
def test_a_follow_or_newsletter_prompt_goes(promo):
    assert promo not in kept(page(LEAD_A, PARA_A, PARA_B, promo))


# --- an expander's label between paragraphs ----------------------------------------------------

@pytest.mark.parametrize("label", ["Lanjutkan Membaca ↓", "Lihat Selengkapnya ▼", "Lanjut membaca »"])
def test_an_expanders_label_between_paragraphs_goes(label):
    assert kept(page(LEAD_A, PARA_A, label, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", ["Lanjutkan membaca surat edaran itu sampai selesai, pesan sekda kepada camat.",
                                  "Lihat selengkapnya daftar larangan di papan pengumuman kantor, kata camat."])
def test_a_sentence_opening_with_an_expanders_words_stays(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


@pytest.mark.parametrize("label", ["Scroll untuk melanjutkan membaca", "SCROLL UNTUK MELANJUTKAN"])
def test_a_scroll_prompt_between_paragraphs_goes(label):
    assert kept(page(LEAD_A, PARA_A, label, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", ["Scroll media sosial pegawai dipantau tim inspektorat setiap hari, kata sekda.",
                                  "Scroll berita hoaks juga diawasi dinas kominfo selama masa kampanye."])
def test_a_sentence_opening_with_scroll_stays(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))
