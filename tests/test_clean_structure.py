"""clean.py on text dumps: the causes found on the fifth batch of dumps (tests/dumps/32-41),
each rule with two differently worded pages, and the metadata every dump with a
NAME.meta.json must give (invented outlets and regions)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tools.clean import clean_text_dump

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page  # noqa: F401  (shared page builders)

DUMPS = Path(__file__).parent / "dumps"


# --- body lines that look like boilerplate -------------------------------------------------

@pytest.mark.parametrize("lead,items", [
    ("Tim memantau akun pegawai di platform berikut:", ["Facebook", "Instagram", "TikTok", "YouTube"]),
    ("Pengawasan siber mencakup akun di:", ["WhatsApp", "Telegram", "X"]),
])
def test_platform_names_announced_by_a_lead_in_are_items(lead, items):
    out = kept(page(LEAD_A, lead, *items, PARA_A))
    assert all(it in out for it in items) and PARA_A in out


@pytest.mark.parametrize("lead,items", [
    ("Sosialisasi digelar di tiap kecamatan:", ["Selasa, 3 September 2024", "Kecamatan Hilir",
                                                 "Kamis, 5 September 2024", "Kecamatan Hulu"]),
    ("Jadwal apel netralitas sebagai berikut:", ["Senin, 7 Oktober 2024", "Halaman kantor bupati"]),
])
def test_dates_and_places_in_an_announced_schedule_are_items(lead, items):
    out = kept(page(LEAD_B, lead, *items, PARA_B))
    assert all(it in out for it in items)


@pytest.mark.parametrize("bar", [
    ["Bagikan:", "Facebook", "WhatsApp"],
    ["Share this:", "Twitter", "Telegram", "Line"],
])
def test_a_share_bar_is_still_removed(bar):
    out = kept(page(LEAD_A, PARA_A, *bar, PARA_B))
    assert not set(bar) & set(out) and PARA_B in out


@pytest.mark.parametrize("line", [
    "Pose foto: semua gaya jari yang menyerupai nomor urut calon.",
    "Larangan berfoto: ASN tidak boleh berpose dengan simbol partai di kantor.",
])
def test_a_label_ending_in_foto_is_body(line):
    assert line in kept(page(LEAD_A, line, PARA_A))


@pytest.mark.parametrize("line", [
    "Ilustrasi pegawai saat apel pagi. Foto: Istimewa",
    "Suasana rapat koordinasi - Foto: Dok. Humas Sukamaju",
])
def test_a_caption_with_a_foto_credit_is_removed(line):
    assert line not in kept(page(LEAD_A, line, PARA_A))


@pytest.mark.parametrize("line", [
    "Ikuti juga sosialisasi netralitas yang digelar BKPSDM pekan depan.",
    "Ikuti terus arahan pimpinan unit kerja selama masa kampanye.",
])
def test_body_sentences_opening_with_ikuti_stay(line):
    assert line in kept(page(LEAD_B, PARA_B, line))


@pytest.mark.parametrize("line", [
    "Ikuti juga kami di Instagram @kabarsukamaju untuk berita terbaru.",
    "Ikuti berita terkini lainnya di Google News.",
])
def test_follow_prompts_are_still_removed(line):
    assert line not in kept(page(LEAD_B, PARA_B, line))


@pytest.mark.parametrize("items", [
    ["Menolak ajakan menjadi tim sukses.", "Tidak memakai mobil dinas untuk kampanye.",
     "Tidak mengunggah foto bersama calon."],
    ["Keluar dari grup pemenangan.", "Melapor kepada atasan bila diajak berkampanye."],
])
def test_items_that_are_sentences_go_on_after_the_first(items):
    out = kept(page(LEAD_A, "Pegawai diminta melakukan beberapa hal:", *items, PARA_A))
    assert all(it in out for it in items)


@pytest.mark.parametrize("line", ["Namun,", "Selain itu,"])
def test_a_wrapped_fragment_between_paragraphs_is_kept(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


# --- boilerplate --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Baca: Banjir Rendam Dua Desa di Pesisir Utara, Warga Mengungsi",
    "(Baca Juga: Pemprov Siapkan Posko Pengaduan di Semua Kabupaten)",
    "Lihat: Jadwal Kapal Feri Hari Ini dan Harga Tiketnya",
])
def test_read_also_links_without_juga_or_in_parentheses_are_removed(line):
    out = kept(page(LEAD_A, PARA_A, line, PARA_B))
    assert line not in out and PARA_B in out


@pytest.mark.parametrize("title,alt,caption", [
    ("Pegawai Kecamatan Hilir Deklarasi Netralitas Jelang Pilkada",
     "Pegawai Kecamatan Hilir Deklarasi Netralitas Jelang Pilkada 2", "Penandatanganan naskah deklarasi."),
    ("Guru Honorer Diminta Tidak Ikut Kampanye Pasangan Calon",
     "Guru Honorer Diminta Tidak Ikut Kampanye Pasangan Calon", "Suasana rapat di aula dinas pendidikan."),
])
def test_a_title_repeated_as_alt_text_goes_with_its_caption(title, alt, caption):
    out = kept(page(LEAD_B, PARA_B, alt, caption, PARA_A, pre=("Beranda", title)))
    assert alt not in out and caption not in out and PARA_A in out


@pytest.mark.parametrize("tail", [
    ["Label: Berita Desa, Pilkada", "Posting Lebih Baru", "► 2024 (12)", "► 2023 (31)"],
    ["Label: Pengumuman", "Arsip Blog", "▼ Agustus 2024 (4)"],
])
def test_a_blog_label_line_ends_the_body_with_its_archive(tail):
    out = kept(page(LEAD_A, PARA_A, *tail))
    assert not set(tail) & set(out)


# --- metadata ------------------------------------------------------------------------------

@pytest.mark.parametrize("lead,outlet,place", [
    ("Tanjung Selor (ANTARA) - Penjabat bupati meminta pegawai tidak menghadiri deklarasi calon kepala daerah.",
     "ANTARA", "Tanjung Selor"),
    ("KUTA HILIR (Warta Gayo): Pemerintah kabupaten menerbitkan edaran larangan bagi pegawai selama pilkada.",
     "Warta Gayo", "KUTA HILIR"),
])
def test_a_dateline_with_the_outlet_in_parentheses(lead, outlet, place):
    doc = clean_text_dump(page(lead, PARA_A), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place) and doc.text.startswith(lead)


@pytest.mark.parametrize("lead,outlet,place", [
    ("SUKAMAJU, Suara Cikaret – Kecamatan Cikaret menggelar deklarasi netralitas pegawai dan perangkat desa.",
     "Suara Cikaret", "SUKAMAJU"),
    ("Sungai Lama, Media Center – Dinas Kominfo menggelar apel pembacaan ikrar netralitas seluruh pegawai.",
     "Media Center", "Sungai Lama"),
])
def test_a_dateline_naming_the_outlet_without_a_domain(lead, outlet, place):
    doc = clean_text_dump(page(lead, PARA_B), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place)


def test_a_sentence_with_a_dash_is_no_dateline():
    lead = "Menurut Bupati, Pak Darmo – yang baru dilantik – pegawai harus netral selama kampanye berlangsung."
    assert clean_text_dump(page(LEAD_B, lead), "t").outlet != "Pak Darmo"


@pytest.mark.parametrize("pre,author,editor", [
    (("Oleh", "RUSDI HAMZAH", "· 3 menit baca"), "RUSDI HAMZAH", None),
    (("By", "Redaksi", "Editor:", "Wulan Sari"), "Redaksi", "Wulan Sari"),
])
def test_a_byline_label_alone_takes_the_name_on_the_next_line(pre, author, editor):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=pre), "t")
    assert (doc.author, doc.editor) == (author, editor)


@pytest.mark.parametrize("line,author,date", [
    ("Yusuf Ramadhan , Jurnalis-Senin, 12 Februari 2024 |09:15 WIB", "Yusuf Ramadhan", "2024-02-12"),
    ("Dewi Anggraini, Kontributor - Rabu, 3 Juli 2024 10:02 WIB", "Dewi Anggraini", "2024-07-03"),
])
def test_name_role_and_date_on_one_line(line, author, date):
    doc = clean_text_dump(page(LEAD_B, PARA_B, pre=("Beranda", line)), "t")
    assert (doc.author, str(doc.published)) == (author, date)


@pytest.mark.parametrize("line,author", [
    ("Laporan: Andika Pratama", "Andika Pratama"),
    ("Diposting oleh Kabar Hilir di 10.15", "Kabar Hilir"),
])
def test_colon_only_labels_and_blog_post_times(line, author):
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=("Beranda", line)), "t").author == author


def test_a_heading_starting_with_a_colon_only_label_is_body():
    line = "Laporan Keuangan Daerah"
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


@pytest.mark.parametrize("tail,author,date", [
    (["Pewarta: Fadli Rahman", "Selasa, 15 Oktober 2024 14:20 WIB"], "Fadli Rahman", "2024-10-15"),
    (["Penulis: Maria Anindita", "Kamis, 4 April 2024"], "Maria Anindita", "2024-04-04"),
])
def test_bylines_dropped_inside_the_body_range_give_metadata(tail, author, date):
    doc = clean_text_dump(page(LEAD_B, *tail, PARA_B), "t")
    assert (doc.author, str(doc.published)) == (author, date)


@pytest.mark.parametrize("line,outlet", [
    ("Copyright © 2024 Kabarhilir.com. All rights reserved", "Kabarhilir.com"),
    ("COPYRIGHT © WARTA GAYO 2024", "WARTA GAYO"),
    ("© 2023 - 2024 Suara Lembah | Dikelola oleh PT Lembah Media", "Suara Lembah"),
])
def test_the_outlet_from_a_copyright_line(line, outlet):
    lead = "Pemerintah kabupaten meminta seluruh pegawai menjaga netralitas selama masa kampanye pilkada."
    assert clean_text_dump(page(lead, PARA_A, post=(line,)), "t").outlet == outlet


# Held-out dumps (batches 6, 8 and 9, README.md) whose metadata the first run got wrong; no rule was
# fitted to them. Strict: a dump that starts passing must leave this list.
METADATA_MISSES = {
    "45_radio_portal": "a dateline ending in ':' without an outlet",
    # batch 9, held out, written last
    "61_epaper_hyphenated": "a paper's name before the edition date read as the author",
    # batch 10, development (session 5): shapes of one kind of site each, left
    "66_blog_platform_disclaimer": "a blog platform's profile box: the author's name above the title",
    "68_paywall_reversed_dateline": "an opinion's 'Name | Role' line gives no author",
    # batch 14, development (session 7): an Instagram copy's account name printed alone at the top
    "99_instagram_emoji_announcement": "an Instagram account's name alone at the top gives no author",
}


def _meta_files():
    return [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=METADATA_MISSES[p.name.split(".")[0]]))
            if p.name.split(".")[0] in METADATA_MISSES else p
            for p in sorted(DUMPS.glob("*.meta.json")) + sorted((DUMPS / "heldout").glob("*.meta.json"))]


@pytest.mark.parametrize("meta", _meta_files(), ids=lambda p: p.name.split(".")[0])
def test_dump_metadata(meta):
    """Every dump with NAME.meta.json gives the outlet, dateline, author, editor and date a
    reader sees on the page."""
    want = json.loads(meta.read_text(encoding="utf-8"))
    doc = clean_text_dump(meta.with_name(meta.name.replace(".meta.json", ".txt")).read_text(encoding="utf-8"), "t")
    got = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
           for k, v in ((k, getattr(doc, k)) for k in want)}
    assert got == want


def test_meta_files_exist():
    assert len(_meta_files()) >= 10


# --- found on batches 6 and 7 (batch 6 was scored first; see tests/dumps/README.md) -----------

@pytest.mark.parametrize("lead,place", [
    ("Kediri Barat – Badan Pengawas Pemilu meminta aparatur sipil negara tidak menghadiri kampanye terbuka.",
     "Kediri Barat"),
    ("Sungai Lama - Dinas pendidikan melarang kepala sekolah mengumpulkan guru untuk mendukung calon tertentu.",
     "Sungai Lama"),
])
def test_a_lone_title_case_place_before_the_dash_is_the_dateline(lead, place):
    doc = clean_text_dump(page(lead, PARA_A), "t")
    assert (doc.outlet, doc.dateline) == (None, place) and doc.text.startswith(lead)


@pytest.mark.parametrize("lead", [
    "Pilkada Serentak – Ini Daftar Larangan bagi Pegawai yang Harus Dipatuhi Selama Masa Kampanye",
    "Menurut Bawaslu – yang menerima laporan warga – pegawai tidak boleh hadir di acara deklarasi calon.",
])
def test_a_headline_or_sentence_with_a_dash_gives_no_dateline(lead):
    assert clean_text_dump(page(LEAD_A, lead), "t").dateline != lead.split(" –")[0]


@pytest.mark.parametrize("lead,outlet,place", [
    ("Kabarhilir.com, Ternate (Maluku Utara) – Menteri meminta pegawai daerah menjaga netralitas pada pemilihan.",
     "Kabarhilir.com", "Ternate (Maluku Utara)"),
    ("Wartasatu.id, Sorong (Papua Barat Daya) - Bawaslu meminta aparatur sipil negara tidak ikut kampanye.",
     "Wartasatu.id", "Sorong (Papua Barat Daya)"),
])
def test_a_place_with_its_province_in_parentheses(lead, outlet, place):
    doc = clean_text_dump(page(lead, PARA_B), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place)


@pytest.mark.parametrize("line", [
    "Pj Bupati Paku Jaya saat memimpin apel gabungan.(WARTAHILIR.com/M. Sholeh).",
    "Suasana penandatanganan pakta integritas di aula kantor bupati. (Foto: Dok. Humas).",
])
def test_a_caption_whose_credit_ends_with_a_full_stop_is_removed(line):
    assert line not in kept(page(LEAD_B, PARA_B, line, PARA_A))


@pytest.mark.parametrize("byline,note,author", [
    ("Oleh: Fitri Handayani *)", "*) Penulis adalah pegawai di salah satu dinas di Kabupaten Lembah Sari",
     "Fitri Handayani"),
    ("Oleh : Sabar Nugroho )*", "*) Penulis adalah pemerhati kebijakan publik di Kota Tanjung Harapan",
     "Sabar Nugroho"),
])
def test_an_opinion_authors_note_mark_and_footnote(byline, note, author):
    doc = clean_text_dump(page(PARA_A + " Itu sebabnya aturan dibuat.", PARA_B, note, pre=("Opini", byline)), "t")
    assert doc.author == author and note not in doc.text.split("\n\n")


@pytest.mark.parametrize("line", [
    "Simak berita selengkapnya hanya di aplikasi KabarHilir.",
    "Simak informasi lainnya melalui kanal YouTube Radio Suara Lembah.",
])
def test_read_more_in_the_app_prompts_are_removed(line):
    assert line not in kept(page(LEAD_A, PARA_A, line))


@pytest.mark.parametrize("pre,date", [
    (("Senin, 7 Oktober 2024", "Daerah", "Daerah - - Jumat, 04/10/2024 - 14:12:05 WIB"), "2024-10-04"),
    (("Rabu, 2 Oktober 2024", "Kabarhilir.com - 30/09/2024, 09:40 WIB"), "2024-09-30"),
])
def test_a_dated_and_timed_line_wins_over_the_sites_today(pre, date):
    assert str(clean_text_dump(page(LEAD_B, PARA_B, pre=pre), "t").published) == date


@pytest.mark.parametrize("line,author", [("Jurnalis: M. Solihin", "M. Solihin"), ("Jurnalis : Rina Oktavia", "Rina Oktavia")])
def test_jurnalis_is_an_author_label(line, author):
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=(line,)), "t").author == author


# --- body shapes probed after batch 7 ----------------------------------------------------------

@pytest.mark.parametrize("lead,items", [
    ("Berikut lima larangan bagi ASN selama masa kampanye.",
     ["Memasang Spanduk Calon", "Menghadiri Deklarasi Pasangan Calon", "Mengunggah Foto Bersama Calon"]),
    ("Adapun hal yang dilarang bagi kepala desa adalah sebagai berikut.",
     ["Menjadi Tim Kampanye", "Memakai Mobil Dinas Desa"]),
])
def test_title_case_items_after_a_sentence_lead_in_are_kept(lead, items):
    out = kept(page(LEAD_A, lead, *items, PARA_A))
    assert all(it in out for it in items)


@pytest.mark.parametrize("rail", [
    ["Harga Cabai di Pasar Induk Turun Tajam Pekan Ini", "Dua Sekolah Rusak Diterjang Angin Kencang"],
    ["Banjir Rendam Ratusan Rumah di Kecamatan Hilir", "Pemuda Desa Juara Lomba Perahu Naga Tingkat Provinsi"],
])
def test_a_rail_after_a_sentence_lead_in_is_still_a_rail(rail):
    out = kept(page(LEAD_A, PARA_A, "Berikut berita lain yang banyak dibaca hari ini.", *rail, PARA_B))
    assert not set(rail) & set(out)


@pytest.mark.parametrize("heads", [
    ["Sanksi Bagi Pelanggar", "Hukuman Disiplin Berat"],
    ["Larangan di Media Sosial", "Berlaku Sejak Penetapan"],
])
def test_a_heading_and_subheading_between_paragraphs_are_kept(heads):
    out = kept(page(LEAD_B, PARA_B, *heads, PARA_A))
    assert all(h in out for h in heads)


@pytest.mark.parametrize("lead,items", [
    ("Pegawai diminta:", ["Bagikan informasi resmi dari KPU saja", "Laporkan ajakan kampanye kepada atasan"]),
    ("ASN dilarang:", ["Share unggahan pasangan calon", "Memasang stiker calon di kendaraan dinas"]),
])
def test_a_two_word_lead_in_and_its_share_like_items_are_kept(lead, items):
    out = kept(page(LEAD_A, lead, *items, PARA_B))
    assert lead in out and all(it in out for it in items)


@pytest.mark.parametrize("line", [
    "Topik: netralitas ASN menjadi bahasan utama dalam rapat itu, ujar sekda.",
    "Label: pegawai yang melanggar akan dicatat dalam sistem kepegawaian daerah.",
])
def test_a_sentence_after_a_tag_word_is_body_and_does_not_end_it(line):
    out = kept(page(LEAD_B, line, PARA_A))
    assert line in out and PARA_A in out


@pytest.mark.parametrize("line", ["Tags: netralitas, pilkada, ASN", "Topik: Pemilu 2024, Bawaslu"])
def test_a_tag_list_is_still_removed(line):
    assert line not in kept(page(LEAD_B, PARA_A, line))


@pytest.mark.parametrize("line", [
    "Pemuda Desa Cikaret Juara Lomba Perahu Naga Tingkat Provinsi Tahun Ini",
    "Harga Gabah Kering di Tingkat Petani Naik Tipis Menjelang Musim Tanam",
])
def test_a_lone_long_headline_between_paragraphs_is_another_story(line):
    out = kept(page(LEAD_A, PARA_A, line, PARA_B))
    assert line not in out and PARA_B in out


@pytest.mark.parametrize("line", ["Larangan di Media Sosial", "Sanksi Bagi Pegawai yang Melanggar"])
def test_a_short_heading_between_paragraphs_stays(line):
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


@pytest.mark.parametrize("widget", [
    ["Bagaimana pendapat Anda tentang berita ini?", "Senang", "Sedih", "Marah"],
    ["Reaksi Anda", "0 Suka", "2 Terinspirasi", "Bagaimana perasaanmu setelah membaca artikel ini?"],
])
def test_reader_polls_and_reactions_are_removed(widget):
    out = kept(page(LEAD_B, PARA_B, *widget, PARA_A))
    assert not set(widget) & set(out)


@pytest.mark.parametrize("line", ["Halaman: 1 2 3 Selanjutnya", "Halaman 1 2 Berikutnya »"])
def test_page_links_with_a_next_word_are_removed(line):
    assert line not in kept(page(LEAD_B, PARA_B, line, PARA_A))


@pytest.mark.parametrize("alone,lead,outlet,place", [
    ("Sungai Lama -", "Wali kota mengeluarkan surat edaran tentang netralitas pegawai menjelang pemilihan wali kota.",
     None, "Sungai Lama"),
    ("Penajam Hulu (ANTARA) -", "Pemerintah kabupaten menerbitkan surat edaran bupati untuk menjaga netralitas pegawai.",
     "ANTARA", "Penajam Hulu"),
])
def test_a_dateline_on_a_line_of_its_own_opens_the_body(alone, lead, outlet, place):
    doc = clean_text_dump(page(alone, lead, PARA_A, pre=("Beranda", "Judul Berita Tentang Netralitas Pegawai Daerah",
                                                         "Selasa, 04 Jun 2024 15:55 WIB")), "t")
    assert doc.text.split("\n\n")[:2] == [alone, lead] and (doc.outlet, doc.dateline) == (outlet, place)


@pytest.mark.parametrize("teasers", [
    ["Ketua RT di Pinggir Kota Luncurkan Layanan Surat Pengantar Daring Bagi Seluruh Warganya.",
     "Ketua RT di Pinggir Kota Luncurkan Layanan Surat Pengantar Daring Bagi Seluruh Warganya."],
    ["Pasar Murah Digelar di Tujuh Kecamatan Selama Sepekan Menjelang Hari Raya.",
     "Pasar Murah Digelar di Tujuh Kecamatan Selama Sepekan Menjelang Hari Raya.",
     "Ribuan Warga Ikuti Jalan Sehat."],
])
def test_a_teaser_printed_twice_does_not_open_the_body(teasers):
    lead = "BADAN Pengawas Pemilu provinsi meminta aparatur sipil negara bijak menggunakan media sosial."
    out = kept(page(*teasers, lead, PARA_A, pre=("Headline",)))
    assert out[0] == lead and not set(teasers) & set(out)


@pytest.mark.parametrize("last,nxt", [
    ('"Jempol pegawai harus ditahan sampai hari pemungutan suara," ujarnya. (Z-7)',
     "BELUM lama publik membahas revisi undang-undang kepegawaian, kini muncul lagi usulan perubahan..."),
    ("Pegawai yang melanggar akan diperiksa inspektorat. (nzr/adv)",
     "Di tempat lain, warga desa menggelar musyawarah untuk membahas jalan rusak yang tak kunjung..."),
])
def test_the_next_storys_lead_after_a_sign_off_is_removed(last, nxt):
    out = kept(page(LEAD_A, PARA_A, last, nxt))
    assert last in out and nxt not in out



@pytest.mark.parametrize("line,author,outlet", [
    ("Devi Lestari - detikJabar", "Devi Lestari", "detikJabar"),
    ("Rina Sari Dewi - kabarhulu.com", "Rina Sari Dewi", "kabarhulu.com"),
])
def test_a_name_dash_outlet_byline(line, author, outlet):
    lead = "Sungai Lama - Dinas pendidikan melarang kepala sekolah mengumpulkan guru untuk mendukung calon tertentu."
    doc = clean_text_dump(page(lead, PARA_A, pre=("Beranda", line)), "t")
    assert (doc.author, doc.outlet) == (author, outlet)


@pytest.mark.parametrize("alone,outlet,place", [
    ("KUANTAN HILIR – jurnalsatu.id", "jurnalsatu.id", "KUANTAN HILIR"),
    ("TANJUNG BATU - beritabatu.co.id", "beritabatu.co.id", "TANJUNG BATU"),
])
def test_place_and_domain_alone_above_the_lead(alone, outlet, place):
    doc = clean_text_dump(page(alone, LEAD_B.split(" - ", 1)[1], PARA_A), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place)


@pytest.mark.parametrize("lead,first,copyright,outlet,place", [
    ("KUTA HULU – Pemerintah kabupaten meminta seluruh pegawai menjaga netralitas selama masa kampanye.",
     "Beranda", "© 2024 Kabar Gayo", "Kabar Gayo", "KUTA HULU"),
    ("SUARAGAYO – Pemerintah kabupaten meminta seluruh pegawai menjaga netralitas selama masa kampanye.",
     "Suara Gayo", "© 2024 Suara Gayo", "SUARAGAYO", None),
])
def test_an_upper_case_head_alone_is_a_place_unless_it_is_the_sites_name(lead, first, copyright, outlet, place):
    doc = clean_text_dump(page(lead, PARA_A, pre=(first, "Politik"), post=(copyright,)), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place)


# --- found on batch 9 (held out; its first run is recorded in tests/dumps/README.md) -----------

@pytest.mark.parametrize("lines", [
    ["Pemerintah Kota Lembah Hijau kembali me-", "ngingatkan seluruh pegawai agar tidak terlibat da-",
     "lam kegiatan kampanye pasangan calon wali kota."],
    ["Bawaslu kabupaten meminta pegawai tidak meng-", "unggah foto bersama calon di media sosial selama ma-",
     "sa kampanye berlangsung."],
])
def test_a_printed_page_hyphenated_across_lines_is_body_from_its_first_line(lines):
    out = kept(page(*lines, "Sekretaris daerah menegaskan, pegawai yang melanggar akan diperiksa.",
                    pre=("HALAMAN 5", "RADAR LEMBAH | SENIN, 9 SEPTEMBER 2024", "Pegawai Diminta Netral")))
    assert out[:len(lines)] == lines


@pytest.mark.parametrize("tail", [
    ["Saksikan Video Pilihan di Bawah Ini:", "Warga Pesisir Gelar Bakar Batu Sambut Tahun Baru Adat"],
    ["Tonton juga video berikut:", "Detik-detik Banjir Rendam Jalan Protokol di Pusat Kota"],
])
def test_video_prompts_after_the_body_are_removed(tail):
    out = kept(page(LEAD_A, PARA_A, *tail))
    assert not set(tail) & set(out)


@pytest.mark.parametrize("widget", [
    ["Share this:", "Click to share on Facebook (Opens in new window)", "Like this:", "Like Loading..."],
    ["Bagikan:", "WhatsApp", "Suka ini:", "Memuat..."],
])
def test_a_two_word_label_after_a_share_bar_is_no_lead_in(widget):
    out = kept(page(LEAD_A, PARA_A, *widget))
    assert not set(widget) & set(out)


# --- body sentences opening with a template's words (probed at the end of session 4) -----------

@pytest.mark.parametrize("line", [
    "Lihat juga aturan lengkapnya dalam lampiran surat edaran tersebut, kata sekda.",
    "Baca juga ketentuan dalam PP 94 Tahun 2021 agar tidak salah langkah, pesannya.",
    "Cek juga akun media sosial masing-masing sebelum masa kampanye dimulai, pintanya.",
    "Dapatkan informasi resmi hanya dari laman KPU dan Bawaslu, imbau dia.",
    "Dokumentasi kegiatan kampanye oleh pegawai juga dilarang diunggah ke media sosial.",
    "Ilustrasi yang dipakai bupati adalah pegawai yang memakai kaus partai saat apel.",
    "Foto: pegawai dilarang berpose dengan simbol jari.",
])
def test_body_sentences_opening_like_template_lines_stay(line):
    out = kept(page(LEAD_A, PARA_A, line, PARA_B))
    assert line in out and PARA_B in out


@pytest.mark.parametrize("line", [
    "Baca juga: Pemkab Gelar Apel Netralitas di Halaman Kantor Bupati",
    "Baca Juga Pemkab Gelar Apel Netralitas di Halaman Kantor Bupati",
    "Simak juga video berikut",
    "Dapatkan update berita terbaru setiap hari di kanal Telegram kami.",
    "Dok. Humas Pemkab Sukamaju",
    "Foto: istimewa",
])
def test_the_template_lines_themselves_are_still_removed(line):
    assert line not in kept(page(LEAD_A, PARA_A, line, PARA_B))



@pytest.mark.parametrize("line,date", [
    ("Dibuat: 12 September 2024", "2024-09-12"),
    ("Diterbitkan 3 Mei 2024 10:00 WIB", "2024-05-03"),
])
def test_a_labelled_date_line(line, date):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=("Beranda", line)), "t")
    assert str(doc.published) == date and line not in doc.text


@pytest.mark.parametrize("line,author,date", [
    ("Senin, 08 Juli 2024 | Humas Setda", "Humas Setda", "2024-07-08"),
    ("Kamis, 3 Oktober 2024 10:15 WIB | Tim Liputan", "Tim Liputan", "2024-10-03"),
])
def test_a_date_then_author_line(line, author, date):
    doc = clean_text_dump(page(LEAD_B, PARA_B, pre=("Beranda", line, "Agenda", "Rabu, 10 Juli 2024")), "t")
    assert (doc.author, str(doc.published)) == (author, date)


# --- hard-wrapped print/e-paper dumps: lines rejoined, list items after "(b)" kept ----------

WRAPPED_A = """KORAN LEMBAH HIJAU - EDISI CETAK
Halaman 5 | Selasa, 9 April 2019
PEMERINTAHAN

Wali Kota Sukamaju Keluarkan Edaran Netralitas

SUKAMAJU (KLH) - Wali Kota Sukamaju, Hj. Ratna
Dewi Lestari, mengeluarkan surat edaran tentang sikap
pegawai selama masa kampanye pemilihan legislatif tahun
ini. Edaran itu dikirim ke semua kantor kelurahan dan
kepala sekolah negeri di kota itu.
Isinya memuat beberapa larangan. Pegawai dilarang:
(a) memasang stiker calon anggota dewan pada kendaraan
dinas maupun kendaraan pribadi;
(b) menghadiri pertemuan tertutup yang digelar oleh
partai politik peserta pemilu;
(c) meminta warga memilih calon tertentu saat memberi
layanan di kantor kelurahan;
(d) membagikan poster calon di grup WhatsApp keluarga
maupun kantor.
Sekretaris daerah mengatakan edaran itu berlaku sampai
hari pemungutan suara selesai dilaksanakan. (rdl)

BERSAMBUNG KE HAL 11
"""

WRAPPED_B = """WARTA TELUK BIRU - CETAK
Halaman 2 | Rabu, 3 Juli 2024
DAERAH

Camat Wajibkan Pegawai Jaga Sikap

TELUK BIRU (WTB) - Camat Teluk Biru, Drs. Anwar
Siregar, menyampaikan edaran kepada seluruh pegawai
kecamatan menjelang pemilihan bupati bulan depan. Edaran
ditandatangani pekan lalu di kantor camat.
Menurut edaran itu, pegawai wajib:
1. bersikap adil kepada setiap warga yang datang meminta
pelayanan administrasi;
2. menolak ajakan tim pemenangan untuk menjadi anggota
kelompok relawan;
3. melaporkan kepada camat bila ada pegawai yang me-
ngumpulkan warga untuk kampanye.
Camat menegaskan pegawai yang abai akan ditegur secara
tertulis oleh atasannya. (ans)
"""


@pytest.mark.parametrize("page_text, items", [
    (WRAPPED_A, ["(a) memasang stiker calon anggota dewan pada kendaraan dinas maupun kendaraan pribadi;",
                 "(c) meminta warga memilih calon tertentu saat memberi layanan di kantor kelurahan;",
                 "(d) membagikan poster calon di grup WhatsApp keluarga maupun kantor."]),
    (WRAPPED_B, ["1. bersikap adil kepada setiap warga yang datang meminta pelayanan administrasi;",
                 "3. melaporkan kepada camat bila ada pegawai yang mengumpulkan warga untuk kampanye."]),
])
def test_a_hard_wrapped_print_page_is_rejoined_into_items(page_text, items):
    paragraphs = kept(page_text)
    for item in items:
        assert item in paragraphs
    # the lead is found through its dateline, wrapped over two lines, and rejoined
    assert paragraphs[0].startswith(("SUKAMAJU (KLH) - Wali Kota Sukamaju, Hj. Ratna Dewi Lestari, mengeluarkan",
                                     "TELUK BIRU (WTB) - Camat Teluk Biru, Drs. Anwar Siregar, menyampaikan"))
    # the page's masthead and the headline stay out, and the last paragraph is kept
    text = clean_text_dump(page_text, "t").text
    assert "EDISI CETAK" not in text and "- CETAK" not in text and "BERSAMBUNG" not in text
    assert paragraphs[-1].endswith(("(rdl)", "(ans)"))


@pytest.mark.parametrize("third", ["(c) Melaporkan pelanggaran kepada inspektorat daerah.",
                                   "c) menolak ajakan kampanye dari tim pemenangan calon."])
def test_an_item_after_b_is_no_copyright_line(third):
    first, second = ("(a) Menjaga sikap netral di kantor.", "(b) Tidak memasang atribut calon.") \
        if third.startswith("(") else ("a) menjaga sikap netral di kantor;", "b) tidak memasang atribut calon;")
    paragraphs = kept(page(LEAD_A, "Pegawai diminta:", first, second, third, PARA_A))
    assert third in paragraphs and PARA_A in paragraphs


@pytest.mark.parametrize("line", ["(c) 2024 Kabar Sukamaju. Hak cipta dilindungi.", "(c) Warta Teluk Biru"])
def test_a_copyright_line_after_the_story_still_ends_it(line):
    paragraphs = kept(page(LEAD_A, PARA_A, line, "Berita Lain Hari Ini Di Sukamaju Raya", PARA_B))
    assert PARA_A in paragraphs and line not in paragraphs and PARA_B not in paragraphs


def test_a_web_dump_with_short_unmarked_items_is_not_rejoined():
    paragraphs = kept(page(LEAD_B, "ASN dilarang:", "ikut kampanye calon", "memasang spanduk partai",
                           "mengunggah foto bersama calon", PARA_B))
    assert {"ikut kampanye calon", "memasang spanduk partai", "mengunggah foto bersama calon"} <= set(paragraphs)


# --- found on batch 10 (session 5, development; first run in tests/dumps/README.md) ----------

@pytest.mark.parametrize("wall", [
    ["Ini Artikel Spesial", "Agar bisa lanjut membaca sampai tuntas artikel ini, pastikan Anda sudah berlangganan.",
     "Sudah Berlangganan?", "Gratis uji coba 7 hari pertama dan gunakan akun Google sebagai metode pembayaran."],
    ["Konten Premium", "Untuk melanjutkan membaca berita ini, silakan masuk atau daftar sebagai pelanggan digital kami.",
     "Paket tahunan hanya seharga secangkir kopi setiap bulan, lengkap dengan arsip koran cetak."],
])
def test_a_subscription_wall_ends_the_readable_body(wall):
    paragraphs = kept(page(LEAD_A, PARA_A, *wall, PARA_B))
    assert paragraphs == [LEAD_A, PARA_A]


@pytest.mark.parametrize("close", [
    ["-selesai-", "Narahubung:", "Dewi Anggraini (Subbagian Humas)", "0813-0000-1111", "Tentang Dinas Kominfo",
     "Dinas Kominfo Kabupaten Sukamaju adalah perangkat daerah yang mengelola informasi publik pemerintah kabupaten."],
    ["###", "Kontak media: Bagian Protokol dan Komunikasi Pimpinan",
     "Sekretariat Daerah Kota Teluk Biru melayani urusan pemerintahan umum dan komunikasi pimpinan daerah."],
])
def test_a_press_releases_closing_mark_ends_the_body(close):
    paragraphs = kept(page(LEAD_B, PARA_A, *close))
    assert paragraphs == [LEAD_B, PARA_A]


@pytest.mark.parametrize("actions", [["Quote", "Reply", "Laporkan"], ["Kutip", "Balas"]])
def test_a_forum_posts_actions_end_it_before_the_replies(actions):
    reply = "wah di kantor kami juga sudah ada edarannya, isinya kurang lebih sama dengan punya agan"
    paragraphs = kept(page(LEAD_B, PARA_A, *actions, "#1", "warga.biasa", "13-09-2024 10:40", reply))
    assert paragraphs == [LEAD_B, PARA_A]


@pytest.mark.parametrize("note", [
    "Ruang Tulis adalah platform blog. Konten ini menjadi tanggung jawab penulis dan tidak mewakili pandangan redaksi.",
    "Setiap tulisan di kanal warga sepenuhnya merupakan tanggung jawab pengirim dan tidak mencerminkan sikap redaksi.",
])
def test_a_platforms_disclaimer_above_the_post_is_no_lead(note):
    lead = "Setiap menjelang pilkada, kantor kami menerima surat edaran yang isinya hampir sama dari tahun ke tahun."
    paragraphs = kept(page(note, lead, PARA_A, pre=("Opini", "Catatan Pegawai Tentang Netralitas di Kantor")))
    assert paragraphs == [lead, PARA_A]


@pytest.mark.parametrize("head, para", [
    ("Bawaslu Akan Menelusuri Akun Media Sosial Pegawai yang Dilaporkan Warga",
     "Ketua Bawaslu mengatakan pihaknya akan menelusuri setiap akun media sosial pegawai yang dilaporkan warga."),
    ("Kepala Dinas Diminta Mengawasi Grup Percakapan Kantor Selama Masa Kampanye",
     "Selain itu, setiap kepala dinas diminta mengawasi grup percakapan kantor agar tidak dipakai untuk kampanye."),
])
def test_a_long_subheading_echoed_by_its_paragraph_stays(head, para):
    paragraphs = kept(page(LEAD_A, PARA_A, PARA_B, head, para))
    assert paragraphs == [LEAD_A, PARA_A, PARA_B, head, para]
    # the same title above a paragraph that does not speak of it is another story's headline
    assert head not in kept(page(LEAD_A, PARA_A, PARA_B, head, PARA_A.replace("Menurut", "Kata")))


@pytest.mark.parametrize("closing", ["Salam netral!", "Semoga bermanfaat."])
def test_a_short_closing_sentence_after_the_text_stays(closing):
    paragraphs = kept(page(LEAD_B, PARA_A, closing, "Bagikan", "Berita Lainnya"))
    assert paragraphs == [LEAD_B, PARA_A, closing]
    # not after a share bar
    assert closing not in kept(page(LEAD_B, PARA_A, "Bagikan", closing, "Tentang Kami"))


@pytest.mark.parametrize("rows,author,date", [
    (["person Redaksi Lintas Timur", "calendar_month Sel, 10 Sep 2024", "visibility 312 kali dibaca"],
     "Redaksi Lintas Timur", "2024-09-10"),
    (["account_circle Tim Liputan Daerah", "schedule Rab, 21 Agu 2024 09:00"], "Tim Liputan Daerah", "2024-08-21"),
])
def test_icon_font_names_printed_as_words(rows, author, date):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=("Beranda", "Judul Berita Tentang Netralitas Pegawai", *rows)), "t")
    assert (doc.author, str(doc.published)) == (author, date)
    assert not any(w in doc.text for w in ("calendar_month", "account_circle", "visibility"))


@pytest.mark.parametrize("line,date", [
    ("15 September 2024 20:41 Diperbarui: 15 September 2024 21:05 289", "2024-09-15"),
    ("03/10/2024 14:05 WIB | Updated 04/10/2024 16:00 WIB", "2024-10-03"),
])
def test_a_date_with_its_update_stamp(line, date):
    doc = clean_text_dump(page(LEAD_B, PARA_A, pre=("Beranda", "Judul Berita Tentang Netralitas Pegawai", line)), "t")
    assert str(doc.published) == date and line not in doc.text


@pytest.mark.parametrize("line,author,date", [
    ("JUMAT, 13 SEPTEMBER 2024 | 09:15 WIB | LAPORAN: ANDI MAPPASOMBA", "ANDI MAPPASOMBA", "2024-09-13"),
    ("Senin, 2 September 2024 | 10:00 WIB | Reporter: Sri Wahyuni", "Sri Wahyuni", "2024-09-02"),
])
def test_date_time_and_labelled_reporter_on_one_line(line, author, date):
    doc = clean_text_dump(page(LEAD_B, PARA_A, pre=("Politik", line)), "t")
    assert (doc.author, str(doc.published)) == (author, date)


@pytest.mark.parametrize("by,oleh,name,date", [
    ("By On Sabtu, September 14, 2024", "Oleh :", "HENDRA SAPUTRA, S.Sos *)", "2024-09-14"),
    ("Posted by On Kamis, Agustus 22, 2024", "Oleh:", "Siti Rahmawati *)", "2024-08-22"),
])
def test_a_blogs_empty_byline_gives_its_date_and_the_opinion_label_the_author(by, oleh, name, date):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=("Beranda", by, "OPINI", oleh, name)), "t")
    assert (doc.author, str(doc.published)) == (name[:-3], date)


@pytest.mark.parametrize("line,place,date", [
    ("Tanjung Mas, 14 September 2024", "Tanjung Mas", "2024-09-14"),
    ("Kota Baru Selatan, 3 Oktober 2024", "Kota Baru Selatan", "2024-10-03"),
])
def test_a_releases_place_and_date_above_its_first_paragraph(line, place, date):
    lead = "Badan Kepegawaian Daerah mengingatkan kembali ketentuan netralitas bagi pegawai menjelang pemilihan."
    doc = clean_text_dump(page(lead, PARA_A, pre=("SIARAN PERS", "Untuk segera dipublikasikan", line)), "t")
    assert (doc.dateline, str(doc.published)) == (place, date) and doc.text.startswith(lead)


@pytest.mark.parametrize("lead,outlet,place", [
    ("WARTAEKONOMI.CO.ID - SUKAMAJU. Setiap musim pilkada, surat edaran tentang netralitas pegawai kembali beredar.",
     "WARTAEKONOMI.CO.ID", "SUKAMAJU"),
    ("KABARTIMUR.COM – TELUK BIRU. Pemerintah kota kembali mengingatkan pegawai agar tidak ikut berkampanye.",
     "KABARTIMUR.COM", "TELUK BIRU"),
])
def test_a_dateline_printed_outlet_first(lead, outlet, place):
    doc = clean_text_dump(page(lead, PARA_A), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place)


@pytest.mark.parametrize("domain", ["kabarpesisir.id", "www.wartadesa.net"])
def test_a_bare_domain_at_the_top_names_the_outlet(domain):
    lead = "Teluk Damai — Penjabat wali kota mengumpulkan seluruh camat dan lurah untuk membahas netralitas."
    doc = clean_text_dump(page(lead, PARA_A, pre=(domain, "Camat Diminta Tak Jadi Tim Sukses Terselubung",
                                                  "Rina Amelia")), "t")
    assert doc.outlet == domain


@pytest.mark.parametrize("sidebar", [
    ["Agenda", "Senin, 16 September 2024", "Rapat Koordinasi Penanganan Stunting"],
    ["Berita Terbaru", "Kamis, 19 September 2024", "Harga Cabai Rawit Naik Lagi di Pasar Induk"],
])
def test_a_date_below_the_body_over_a_title_is_no_page_date(sidebar):
    doc = clean_text_dump(page(LEAD_A, PARA_A, post=tuple(sidebar)), "t")
    assert doc.published is None
    # a bare date under the story with no title after it is still the page's date
    doc = clean_text_dump(page(LEAD_A, PARA_A, post=(sidebar[1],)), "t")
    assert doc.published is not None


@pytest.mark.parametrize("pre,author", [
    (("Beranda", "Camat Diminta Tak Jadi Tim Sukses Terselubung", "Rina Amelia", "4–5 menit"), "Rina Amelia"),
    (("Berita", "Pegawai Dilarang Pakai Mobil Dinas ke Acara Relawan", "Yohanes Bataona",
      "Kamis, 03 Okt 2024 15:42 WIB"), "Yohanes Bataona"),
])
def test_an_authors_name_alone_beside_the_date_under_the_title(pre, author):
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=pre), "t").author == author


@pytest.mark.parametrize("line", ["Netralitas ASN", "Maria Goreti,", "Berita Daerah Terkini Hari Ini"])
def test_a_topic_a_list_of_names_or_a_long_line_under_the_title_is_no_author(line):
    pre = ("Beranda", "Pegawai Dilarang Pakai Mobil Dinas ke Acara Relawan", line, "Kamis, 03 Okt 2024 15:42 WIB")
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=pre), "t").author is None


# --- probed after batch 10: body shapes no batch had yet ---------------------------------------

@pytest.mark.parametrize("body", [
    ["Bupati Sukamaju menerbitkan edaran netralitas bagi pegawai daerah.", PARA_A, PARA_B],
    ["Sekda meminta camat mengawasi pegawai kecamatan selama kampanye.", PARA_B, PARA_A],
])
def test_a_short_web_page_is_not_taken_for_a_hard_wrapped_print_page(body):
    text = page(*body, pre=("Beranda", "Politik", "Judul Berita Tentang Netralitas Pegawai Daerah",
                            "Senin, 12 Agustus 2024 10:00 WIB"),
                post=("Bagikan", "Berita Terkait", "Harga Cabai Rawit Naik Lagi di Pasar Induk Kota", "Tentang Kami"))
    # the lines are not run together: the title and the date stay out of the text
    assert "Judul Berita" not in clean_text_dump(text, "t").text
    assert body[1] in kept(text) and body[2] in kept(text)


@pytest.mark.parametrize("items", [
    ["1. Memasang Spanduk Calon", "2. Menghadiri Deklarasi Pasangan Calon", "3. Mengunggah Foto Bersama Calon"],
    ["a. Menjadi Juru Kampanye", "b. Memakai Mobil Dinas untuk Kampanye"],
])
def test_title_case_items_numbered_in_order_between_paragraphs_are_a_list(items):
    paragraphs = kept(page(LEAD_A, "Ada beberapa larangan yang perlu diperhatikan pegawai.", *items, PARA_A))
    assert all(item in paragraphs for item in items)
    # bullets that are other stories' headlines between paragraphs are still a rail
    rail = ["• Harga Cabai Rawit Naik Lagi di Pasar Induk", "• Festival Danau Biru Hadirkan Lomba Perahu"]
    assert not set(rail) & set(kept(page(LEAD_A, PARA_B, *rail, PARA_A)))


@pytest.mark.parametrize("schedule", [
    ["07.30 WIB", "Pembacaan ikrar netralitas", "08.00 WIB", "Penandatanganan pakta integritas"],
    ["09:00", "Sosialisasi larangan kampanye", "10:30", "Tanya jawab bersama Bawaslu"],
])
def test_a_schedules_times_after_its_lead_in_are_items(schedule):
    lead_in = "Rangkaian apel netralitas dijadwalkan sebagai berikut:"
    assert kept(page(LEAD_A, lead_in, *schedule, PARA_A)) == [LEAD_A, lead_in, *schedule, PARA_A]


@pytest.mark.parametrize("fragment,date", [
    ("Batas waktu pelaporan jatuh pada", "Jumat, 20 September 2024"),
    ("Pemungutan suara dijadwalkan berlangsung", "Rabu, 27 November 2024"),
])
def test_a_bare_date_between_paragraphs_is_the_texts(fragment, date):
    assert kept(page(LEAD_A, PARA_A, fragment, date, PARA_B)) == [LEAD_A, PARA_A, fragment, date, PARA_B]
    # a date with its clock time between paragraphs is the page's stamp
    assert f"{date} 10:15 WIB" not in kept(page(LEAD_A, PARA_A, f"{date} 10:15 WIB", PARA_B))


@pytest.mark.parametrize("caption", [
    "Ketua Bawaslu Kabupaten Sukamaju saat memberi arahan di aula kantor bupati (Rina/kabarsukamaju).",
    "Pegawai Pemkot Teluk Biru mengikuti apel netralitas di halaman balai kota, Senin (16/9/2024).",
])
def test_a_caption_printed_twice_under_a_credit_label(caption):
    for pair in ([caption, f"Foto: {caption}"], [f"Foto: {caption}", caption]):
        assert kept(page(LEAD_A, *pair, PARA_A, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", [
    "Berita ini berlanjut ke halaman berikutnya.",
    "Artikel ini bersambung pada halaman dua.",
    "Konten ini merupakan kerja sama dengan Pemerintah Kabupaten Sukamaju.",
    "Artikel ini adalah advertorial Dinas Kominfo Kota Teluk Biru.",
    'Baca artikel kabarjateng, "ASN Dilarang Like Unggahan Calon" selengkapnya di sini.',
    "Baca berita lengkapnya tentang netralitas ASN selengkapnya di wartadesa.net",
])
def test_page_turns_sponsor_notes_and_read_more_links_between_paragraphs(line):
    assert kept(page(LEAD_A, PARA_A, line, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("bio", [
    "Rina Amelia adalah wartawan yang meliput isu pemerintahan daerah sejak 2015.",
    "Penulis merupakan peneliti kebijakan publik di sebuah universitas negeri di Sukamaju.",
])
def test_an_about_the_author_box_ends_the_body(bio):
    assert kept(page(LEAD_A, PARA_A, PARA_B, "Tentang Penulis", bio)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("credits", [
    ["Editorial Team", "Writer", "Yohana Lamuri", "Editor", "Benediktus Rua", "EXPLORE KABAR TIMUR",
     "Kunjungi Kabar Timur Komunitas untuk menulis dan berbagi cerita"],
    ["Pewarta", "Andi Rahmat", "Redaktur", "Siti Nurjanah", "Ikuti komunitas pembaca kami untuk berbagi kabar dari kampung halaman"],
])
def test_a_credits_block_with_labels_on_lines_of_their_own_ends_the_body(credits):
    # the labels stand alone over the names; a promotion under them reads as prose but is the page's
    assert kept(page(LEAD_A, PARA_A, PARA_B, *credits)) == [LEAD_A, PARA_A, PARA_B]


# --- where the body opens without a dateline (batch 8 and 9's losses were all there) ----------

NO_DATELINE_LEAD = ("Pemerintah Kabupaten Sukamaju meminta seluruh pegawai menjaga netralitas menjelang pemilihan "
                    "kepala daerah tahun ini.")
TITLE = "Bupati Minta ASN Tak Pasang Foto Profil Dukungan Calon"


@pytest.mark.parametrize("deck,header", [
    ("Pegawai diminta mengganti foto profil dan status yang menunjukkan dukungan kepada pasangan calon",
     ["Penulis: Dimas Prayoga | Editor: Teguh Santoso", "Selasa, 17 September 2024 08:12 WIB"]),
    ("Camat dan lurah juga diminta mengawasi grup percakapan kantor selama masa kampanye berlangsung.",
     ["Rabu, 18 September 2024 10:05 WIB"]),
])
def test_a_deck_over_the_byline_is_no_lead(deck, header):
    paragraphs = kept(page(deck, *header, NO_DATELINE_LEAD, PARA_A, pre=("Beranda", TITLE)))
    assert paragraphs == [NO_DATELINE_LEAD, PARA_A]


@pytest.mark.parametrize("rail", [
    ["Harga cabai rawit di pasar induk naik lagi menjelang akhir pekan ini.", "2 jam lalu",
     "Festival layang-layang digelar di pantai selatan kabupaten pekan depan.", "3 jam lalu"],
    ["Jembatan darurat di desa seberang akhirnya selesai dibangun oleh warga.", "10:15 WIB"],
])
def test_teasers_over_time_stamps_above_the_title_are_no_lead(rail):
    paragraphs = kept(page(NO_DATELINE_LEAD, PARA_A, PARA_B, pre=("Beranda", "Terbaru", *rail, TITLE)))
    assert paragraphs == [NO_DATELINE_LEAD, PARA_A, PARA_B]


@pytest.mark.parametrize("opening", ['"ASN harus netral."', "“Jangan coba-coba berpolitik!”",
                                     "Bupati Sukamaju menerbitkan edaran netralitas pegawai.",
                                     "Pegawai dilarang ikut berkampanye."])
def test_a_short_quote_or_lead_opening_the_body_is_kept(opening):
    lead = ("Penegasan itu disampaikan Bupati Sukamaju saat memimpin apel pegawai di halaman kantor bupati, "
            "Senin (16/9/2024).")
    paragraphs = kept(page(opening, lead, PARA_A, pre=("Beranda", TITLE, "Senin, 16 September 2024")))
    assert paragraphs == [opening, lead, PARA_A]


@pytest.mark.parametrize("page_text, title, lead_start", [
    (WRAPPED_A.replace("\n\n", "\n").replace("Wali Kota Sukamaju Keluarkan Edaran Netralitas",
                                             "Wali Kota Sukamaju Keluarkan\nEdaran Netralitas Pegawai"),
     "Edaran Netralitas Pegawai", "SUKAMAJU (KLH) - Wali Kota Sukamaju"),
    (WRAPPED_B.replace("\n\n", "\n").replace("Camat Wajibkan Pegawai Jaga Sikap",
                                             "Camat Wajibkan Pegawai Jaga\nSikap Selama Kampanye"),
     "Sikap Selama Kampanye", "TELUK BIRU (WTB) - Camat Teluk Biru"),
])
def test_a_print_pages_title_does_not_run_on_into_its_lead(page_text, title, lead_start):
    paragraphs = kept(page_text)
    assert paragraphs[0].startswith(lead_start) and not any(title in p for p in paragraphs)


@pytest.mark.parametrize("paras", [
    ["Bawaslu merekomendasikan agar pegawai yang terbukti berkampanye diperiksa oleh inspektorat daerah.",
     "Rekomendasi itu sudah dikirim kepada bupati selaku pejabat pembina kepegawaian pekan lalu."],
    ["Dalam rekomendasinya, Bawaslu meminta camat tidak lagi dilibatkan dalam kegiatan pasangan calon.",
     "Pemerintah kabupaten menyatakan akan menindaklanjuti rekomendasi itu paling lambat akhir bulan."],
])
def test_a_one_word_end_heading_over_two_paragraphs_opens_a_section(paras):
    paragraphs = kept(page(LEAD_A, PARA_A, "Rekomendasi", *paras))
    assert paragraphs[-2:] == paras
    # over other stories' headlines, or over a comment's name and date, it still ends the text
    rail = ["Harga Cabai Rawit Naik Lagi di Pasar Induk", "Festival Danau Biru Hadirkan Lomba Perahu"]
    assert kept(page(LEAD_A, PARA_A, "Rekomendasi", *rail, paras[0])) == [LEAD_A, PARA_A]
    assert kept(page(LEAD_A, PARA_A, "Komentar", "Budi Santoso", "12 Agustus 2024", paras[0])) == [LEAD_A, PARA_A]


@pytest.mark.parametrize("line,author", [("Admin", "Admin"), ("• admin kominfo", "admin kominfo"),
                                         ("Redaksi", "Redaksi")])
def test_a_sites_user_name_alone_under_the_title(line, author):
    pre = ("Pemerintah Kabupaten Kota Baru", "Berita", "Bupati Kota Baru Minta Pegawai Jaga Netralitas", line,
           "Senin, 15 Juli 2024")
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=pre), "t").author == author


@pytest.mark.parametrize("rows", [
    ["| Pelanggaran | Sanksi |", "|---|---|", "| Memasang spanduk calon | Hukuman disiplin berat |",
     "| Mengunggah dukungan | Hukuman disiplin sedang |"],
    ["| No | Larangan | Dasar |", "| --- | --- | --- |", "| 1 | Menghadiri deklarasi calon | SKB 2022 |",
     "| 2 | Menjadi juru kampanye | PP 94/2021 |"],
])
def test_a_markdown_table_in_the_body_is_text_and_does_not_end_it(rows):
    lead_in = "Jenis pelanggaran dan sanksinya dirinci dalam tabel berikut:"
    paragraphs = kept(page(LEAD_A, lead_in, *rows, PARA_A, PARA_B))
    assert paragraphs == [LEAD_A, lead_in, *(r for r in rows if "--" not in r), PARA_A, PARA_B]


@pytest.mark.parametrize("line", ["Beranda | Berita | Kontak | Indeks", "Home | Politik | Daerah | Olahraga"])
def test_a_menu_of_one_word_cells_is_removed(line):
    assert kept(page(LEAD_A, PARA_A, line, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line,author,date", [
    ("Oleh: Budi Santoso, 12 Agustus 2024", "Budi Santoso", "2024-08-12"),
    ("Oleh Redaksi pada Senin, 12 Agustus 2024", "Redaksi", "2024-08-12"),
    ("oleh Rina Sari diperbarui 20 Agu 2024", "Rina Sari", "2024-08-20"),
])
def test_a_byline_with_its_date_gives_both(line, author, date):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=("Beranda", line)), "t")
    assert (doc.author, str(doc.published)) == (author, date)


@pytest.mark.parametrize("caption", [
    "Suasana apel netralitas pegawai di halaman kantor bupati Foto: Humas Pemkab Sukamaju",
    "Anggota Bawaslu saat memaparkan jenis pelanggaran netralitas Foto: Dimas Prayoga/kabarsukamaju",
])
def test_a_caption_ending_in_its_photo_credit_between_paragraphs(caption):
    assert kept(page(LEAD_A, PARA_A, caption, PARA_B)) == [LEAD_A, PARA_A, PARA_B]
    # a sentence that speaks of a photo stays
    line = "Bawaslu menerima bukti foto: Pegawai kecamatan berpose dengan calon bupati di posko relawan."
    assert line in kept(page(LEAD_A, PARA_A, line, PARA_B))


STORY = ["SUKAMAJU, KABARSUKAMAJU.COM – Bupati Sukamaju menerbitkan surat edaran tentang netralitas pegawai "
         "menjelang pemilihan kepala daerah.",
         "Edaran itu melarang pegawai menghadiri kampanye dan memasang alat peraga pasangan calon."]
GOES_ON = ["Menurut bupati, pegawai yang melanggar edaran netralitas akan diperiksa inspektorat daerah.",
           "Edaran netralitas tersebut juga meminta camat mengawasi pegawai kecamatan selama masa kampanye."]
HEADLINES = ["Harga Cabai Rawit Naik Lagi di Pasar Induk", "Festival Danau Biru Hadirkan Lomba Perahu"]


@pytest.mark.parametrize("heading", ["Berita Terkait", "Artikel Terkait"])
def test_a_related_block_in_the_middle_of_the_story_does_not_end_it(heading):
    assert kept(page(*STORY, heading, *HEADLINES, *GOES_ON)) == STORY + GOES_ON


@pytest.mark.parametrize("after", [
    # other stories' teasers: title, summary, title, summary
    ["Bawaslu Sukamaju Temukan Pegawai Ikut Kampanye",
     "Bawaslu Kabupaten Sukamaju menemukan pegawai yang ikut kampanye pasangan calon.",
     "Camat Diminta Awasi Pegawai", "Bupati Sukamaju meminta camat mengawasi pegawai selama kampanye pemilihan."],
    # a footer about the site
    [*HEADLINES, "Kabar Sukamaju adalah media daring yang memberitakan pemerintahan Kabupaten Sukamaju sejak 2015.",
     "Redaksi menerima kiriman tulisan dari pembaca melalui surel yang tertera di bawah ini."],
])
def test_a_related_block_after_the_story_still_ends_it(after):
    assert kept(page(*STORY, "Berita Terkait", *after)) == STORY


@pytest.mark.parametrize("line,author", [("Ahmad Zaini - Lintas Nasional", "Ahmad Zaini"),
                                         ("Puji Lestari – Warta Selatan", "Puji Lestari")])
def test_a_name_and_outlet_alone_under_the_title(line, author):
    pre = ("Beranda", "KPU Tetapkan Jadwal Kampanye dan Debat Publik", line, "Rabu, 18 Sep 2024 09:15 WIB")
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=pre), "t").author == author


@pytest.mark.parametrize("site", ["Tirai Andalas", "Kabar Lembah Hijau"])
def test_the_sites_name_where_a_byline_would_be_is_no_author(site):
    pre = (site.upper(), "Beranda", "Sekda Ingatkan ASN Jangan Asal Bagikan Konten Calon", site, "22/01/2024")
    assert clean_text_dump(page(LEAD_A, PARA_A, pre=pre), "t").author is None


@pytest.mark.parametrize("line,author", [("admin September 30, 2024 Leave a comment", "admin"),
                                         ("redaksi October 8, 2024", "redaksi")])
def test_a_wordpress_user_name_before_the_date(line, author):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=("Beranda", "Posted by " + line)), "t")
    assert doc.author == author and doc.published is not None


@pytest.mark.parametrize("ad", ["IKLAN - Promo Akhir Tahun Toko Bangunan Sinar Jaya, Diskon Semen hingga 15 Persen",
                                "ADVERTISEMENT - Kredit Motor Tanpa DP untuk Warga Sukamaju, Cicilan Ringan"])
def test_an_ad_label_in_a_datelines_shape_does_not_open_the_body(ad):
    # above the title and a "Reporter: ... | Editor: ..." line that would end a body opened there
    pre = ("Beranda", ad, "Kampanye Akbar Paslon Nomor 2 Dipadati Warga", "Sabtu, 16 November 2024 | 19:47 WIB",
           "Reporter: Yohanes Dandan | Editor: Sri Wahyuni")
    assert kept(page(LEAD_A, PARA_A, PARA_B, pre=pre)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("false_head", ["CEK FAKTA - Pesan Berantai Soal Pemilu Ulang di Tiga Kecamatan",
                                        "LIPUTAN KHUSUS - Jejak Logistik Pemilu dari Pelabuhan ke Pelosok Desa"])
def test_a_body_of_no_sentence_closed_by_the_byline_is_looked_for_again(false_head):
    # a rail's headline in a dateline's shape above the title: the lead's own dateline opens the text
    pre = ("Beranda", false_head, "Bupati Minta Camat Awasi Netralitas Lurah", "Reporter: Dedi Kurnia | Editor: Sri Wahyuni")
    assert kept(page(LEAD_A, PARA_A, PARA_B, pre=pre)) == [LEAD_A, PARA_A, PARA_B]
