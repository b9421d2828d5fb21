"""clean.py keeps body that looked like boilerplate: a list printed above the dateline (an
infographic's items, a summary box) when a prose paragraph announces it, symbol and emoji
bullets as list markers, prose that names a WhatsApp group. Pages invented."""
from __future__ import annotations

import pytest

from corpus_tools.clean import clean_text_dump
from corpus_tools.lang import rules
from corpus_tools.settings import Settings

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page

INFOGRAPHIC_A = [
    "Pemkab Sukamaju menerbitkan edaran netralitas pegawai. Berikut isi pokoknya.",
    "DILARANG ❌",
    "▶ Memasang baliho bakal calon di kantor",
    "▶ Menjadi juru bicara tim pemenangan",
    "▶ Mengunggah foto bersama calon di media sosial",
    "WAJIB ✅",
    "▶ Melapor ke atasan bila diajak berkampanye",
]
INFOGRAPHIC_B = [
    "Ringkasan surat edaran wali kota tentang sikap pegawai selama pilkada adalah sebagai berikut:",
    "Yang tidak boleh",
    "➡️ Ikut deklarasi pasangan calon",
    "➡️ Memakai kendaraan dinas untuk acara calon",
    "➡️ Membagikan bahan kampanye kepada warga",
]


@pytest.mark.parametrize("box,lead", [(INFOGRAPHIC_A, LEAD_A), (INFOGRAPHIC_B, LEAD_B)])
def test_an_announced_list_above_the_dateline_is_body(box, lead):
    doc = clean_text_dump(page("Infografis Pilkada Serentak Kabupaten Sukamaju Tahun Ini", *box, lead, PARA_A), "t")
    out = doc.text.split("\n\n")
    items = [ln for ln in box if ln[0] in "▶➡"]
    assert all(it in out for it in items)
    assert out.index(items[0]) < out.index(lead)        # in page order
    assert doc.dateline is not None                      # the dateline still read from the lead


@pytest.mark.parametrize("rail", [
    ["Simak berita populer hari ini di bawah ini.",
     "▶ Banjir Rendam Tiga Kecamatan di Hilir Sungai", "▶ Harga Cabai Naik Jelang Akhir Tahun",
     "▶ Festival Budaya Pesisir Dibuka Gubernur"],
    ["Berikut artikel yang paling banyak dibaca:",
     "• Jalan Provinsi Rusak Parah Dikeluhkan Warga", "• Pasar Murah Digelar di Lima Kecamatan",
     "• Tim Sepak Bola Daerah Lolos ke Babak Final"],
])
def test_a_rail_of_headlines_above_the_dateline_stays_out(rail):
    out = kept(page(*rail, LEAD_B, PARA_B))
    assert not any(ln in out for ln in rail[1:])
    assert LEAD_B in out


@pytest.mark.parametrize("short", [
    ["Catatan redaksi singkat.", "▶ Satu", "▶ Dua"],            # two items: no list
    ["Menu", "▶ Beranda", "▶ Politik", "▶ Ekonomi"],            # no prose lead-in
])
def test_too_little_above_the_dateline_stays_out(short):
    out = kept(page(*short, LEAD_A, PARA_A))
    assert out[0] == LEAD_A


@pytest.mark.parametrize("line,marker", [
    ("▶ Memasang spanduk calon", "▶"), ("✅ Menjaga sikap netral", "✅"), ("➡️ Melapor ke atasan", "➡️"),
    ("🔹 Tidak ikut kampanye", "🔹"), ("1️⃣ Hadir tepat waktu", "1️⃣"),
])
def test_symbol_and_emoji_bullets_are_list_markers(line, marker):
    m = rules(Settings()).list_marker.match(line)
    assert m is not None and m.group("marker") == marker


@pytest.mark.parametrize("line", ["10.000 pegawai hadir", "Pukul 08.00 apel dimulai", "ASN dilarang berkampanye"])
def test_plain_lines_have_no_marker(line):
    assert rules(Settings()).list_marker.match(line) is None


@pytest.mark.parametrize("para", [
    "Soal media sosial, kepala dinas meminta guru tidak ikut berdebat soal calon di grup WhatsApp wali murid.",
    "Camat mengingatkan perangkat desa agar tidak membagikan poster calon di grup Telegram warga kampung.",
])
def test_prose_naming_a_chat_group_is_body(para):
    assert para in kept(page(LEAD_A, para, PARA_A))


@pytest.mark.parametrize("para", [
    "\"Jangan menekan tombol suka, subscribe, atau bagikan untuk konten calon di grup WhatsApp kantor. Jangan "
    "pula membalas pesan berantai soal kandidat,\" tegas Sekda.",
    "Jangan ikut bergabung dalam grup WhatsApp tim pemenangan calon, kata kepala dinas kepada para guru.",
])
def test_a_ban_that_names_a_chat_group_and_its_buttons_is_body(para):
    # session 18: a real quote of this shape was dropped as a "join our channel" promo
    assert para in kept(page(LEAD_A, para, PARA_A))


@pytest.mark.parametrize("promo", [
    "Gabung di saluran WhatsApp Kabar Sukamaju untuk berita terkini setiap hari.",
    "Dapatkan update berita pilihan setiap hari, ikuti kanal Telegram kami.",
])
def test_a_chat_channel_promo_is_boilerplate(promo):
    assert promo not in kept(page(LEAD_A, PARA_A, promo, PARA_B))


@pytest.mark.parametrize("entries", [
    [("17.05 WIB", "Apel ditutup oleh sekretaris daerah dengan pembacaan ikrar netralitas bersama para pegawai."),
     ("16.20 WIB", "Inspektur daerah mengingatkan bahwa pegawai tidak boleh ikut kampanye dalam bentuk apa pun."),
     ("15.45 WIB", "Peserta apel mulai berdatangan ke halaman kantor bupati sejak siang hari tadi.")],
    [("pukul 21:30 WITA", "Rapat koordinasi berakhir dan camat diminta melapor setiap pekan kepada bupati."),
     ("pukul 20:10 WITA", "Kepala desa dilarang memasang baliho calon di balai desa selama masa kampanye.")],
])
def test_live_blog_entries_under_clock_times_are_body(entries):
    intro = "Pemerintah Kabupaten Sukamaju menggelar apel netralitas pegawai hari ini. Ikuti perkembangannya di sini."
    flat = [x for pair in entries for x in pair]
    out = kept(page("Live Update Apel Netralitas Pegawai Kabupaten Sukamaju", "Tim Liputan Kabar", intro, *flat,
                    pre=("Beranda", "Live")))
    assert all(text in out for _, text in entries)
