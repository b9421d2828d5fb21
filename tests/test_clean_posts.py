"""clean.py on text dumps: the causes found on batch 14 (tests/dumps/99-108, session 7; its first
run is recorded in tests/dumps/README.md) and the two lost lines of batch 13. Each rule is tested on
invented pages worded unlike the batch's dumps, at least two wordings each."""
import pytest

from corpus_tools.clean import clean_text_dump
from dump_helpers import PARA_A, PARA_B, kept, page

POST_A = ("Menjelang masa tenang, Wali Kota Batu Aji mengingatkan seluruh pegawai agar tidak ikut "
          "dalam kegiatan kampanye pasangan calon.")
POST_B = ("Sekretaris Daerah Kabupaten Lembah Sari meminta kepala dinas memastikan tidak ada pegawai yang "
          "memasang alat peraga kampanye di kantor.")


# --- a post's decorated heading ----------------------------------------------------------------

@pytest.mark.parametrize("opener", ["📣 INFO PENTING UNTUK PEGAWAI", "*HIMBAUAN NETRALITAS*",
                                    "🚨 WASPADA PELANGGARAN NETRALITAS 🚨", "_Pemberitahuan_"])
@pytest.mark.parametrize("text", [POST_A, POST_B])
def test_a_posts_decorated_heading_above_its_text_is_kept(opener, text):
    dump = "\n".join(["diskominfo.batuaji", "Ikuti", opener, text, PARA_A, "Lihat terjemahan", "2 hari"]) + "\n"
    assert kept(dump)[:2] == [opener, text]


@pytest.mark.parametrize("title", ["Bupati Minta Pegawai Tidak Ikut Konvoi Calon",
                                   "PEGAWAI DILARANG HADIRI DEKLARASI"])
def test_an_undecorated_title_above_the_lead_is_still_no_heading_of_the_text(title):
    assert title not in kept(page(title, POST_A, PARA_A))


# --- sentences closed by emoji ------------------------------------------------------------------

@pytest.mark.parametrize("closing", ["Mari jaga netralitas bersama! 🙌", "Terima kasih atas perhatiannya. 🙏🙏",
                                     "Demikian disampaikan. Salam sehat 💪", "Semoga bermanfaat. 😊"])
def test_a_closing_sentence_that_ends_with_emoji_stays(closing):
    dump = "\n".join(["Pemkab Lembah Sari", "3 jam", POST_B, PARA_A, closing, "Suka", "Komentari", "Bagikan"]) + "\n"
    assert kept(dump)[-1] == closing


@pytest.mark.parametrize("line", ["Pegawai diminta melapor bila melihat pelanggaran di lingkungan kerja! 👮",
                                  "Netralitas adalah harga mati bagi aparatur negara. ✅"])
def test_a_sentence_between_paragraphs_that_ends_with_emoji_stays(line):
    assert line in kept(page(POST_A, line, PARA_B))


# --- a post's reaction count and counters -------------------------------------------------------

@pytest.mark.parametrize("count", ["👍❤️ 87", "❤️😮 1,2 rb", "👍 15"])
def test_a_reaction_count_after_its_emoji_is_no_list_item(count):
    dump = "\n".join(["Humas Kota Batu Aji", POST_A, "ASN dilarang:", "✅ ikut konvoi", "✅ memasang stiker calon",
                      PARA_B, count, "4 komentar"]) + "\n"
    out = kept(dump)
    assert count not in out and "✅ memasang stiker calon" in out


@pytest.mark.parametrize("tail", [["0", "Kirim Hadiah"], ["3", "Beri Poin"]])
def test_a_bare_counter_under_unmarked_items_ends_the_list(tail):
    items = ["pegawai wajib netral", "pegawai dilarang ikut kampanye"]
    dump = "\n".join(["pakde.tani", "12-10-2024 08:10", POST_A, "Isi edarannya begini:", *items, *tail,
                      "Balas"]) + "\n"
    out = kept(dump)
    assert items[-1] in out and not set(tail) & set(out)


# --- a forum post that quotes a story -----------------------------------------------------------

@pytest.mark.parametrize("own,label", [
    ("Selamat malam agan semua, ini ada kabar soal edaran netralitas dari kabupaten sebelah.", "Quote:"),
    ("Numpang share berita dari kampung halaman saya tentang pegawai yang ditegur bupati.", "Kutipan:"),
])
def test_a_posts_own_paragraph_above_a_quoted_story_opens_the_text(own, label):
    lead = ("LEMBAH SARI – Bupati Lembah Sari menegur seorang kepala sekolah yang ikut berfoto dengan "
            "simbol jari bersama pasangan calon.")
    dump = "\n".join(["Forum Warga", "Pilkada", "kang.ujang", "Posts: 88", "11-10-2024 21:05",
                      own, label, lead, PARA_A, "Balas"]) + "\n"
    assert kept(dump)[:2] == [own, lead]


# --- a printed page's furniture -----------------------------------------------------------------

def printed(*lines: str) -> str:
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("footer", [["Jl. Merdeka No. 3 Batu Aji | www.batuajikota.go.id", "Halaman 1 dari 3"],
                                    ["Kantor Bawaslu Lembah Sari | bawaslu-lembahsari.go.id", "Hal. 2/4"]])
def test_a_running_footer_between_wrapped_lines_joins_nothing(footer):
    dump = printed(
        "Pemerintah Kabupaten Lembah Sari kembali meng-",
        "ingatkan seluruh pegawai agar tidak ikut dalam",
        "kegiatan kampanye pasangan calon bupati dan",
        "wakil bupati selama masa kampanye berlangsung.",
        "Kepala Badan Kepegawaian Daerah menjelaskan,",
        "pelanggaran yang paling sering ditemukan adalah",
        *footer,
        "unggahan dukungan di media sosial milik pegawai.",
        "Pegawai yang melanggar akan diperiksa inspek-",
        "torat dalam waktu paling lama tujuh hari kerja.",
        *footer)
    out = kept(dump)
    assert ("Kepala Badan Kepegawaian Daerah menjelaskan, pelanggaran yang paling sering ditemukan adalah "
            "unggahan dukungan di media sosial milik pegawai.") in out
    assert not any(f in p for p in out for f in footer)


@pytest.mark.parametrize("caption", [
    ["TERTIB - Pegawai mengikuti apel pagi di halaman", "kantor camat, Senin (7/10). FOTO: DEDI/RADAR LEMBAH"],
    ["APEL - Kepala dinas memberi arahan kepada staf", "di aula utama, Selasa (8/10). FOTO: NINA/WARTA BATU AJI"],
])
def test_a_wrapped_caption_closed_by_its_credit_does_not_run_on(caption):
    quote = '"Tidak ada tempat bagi pegawai yang berpihak," tegasnya.'
    dump = printed(
        "RADAR LEMBAH", "KAMIS, 10 OKTOBER 2024",
        "Pemerintah Kabupaten Lembah Sari kembali meng-",
        "ingatkan seluruh pegawai agar tidak ikut dalam",
        "kegiatan kampanye pasangan calon bupati dan",
        "wakil bupati selama masa kampanye berlangsung.",
        *caption,
        quote,
        "Kepala Badan Kepegawaian Daerah menjelaskan,",
        "pelanggaran yang paling sering ditemukan adalah",
        "unggahan dukungan di media sosial milik pegawai.")
    out = kept(dump)
    assert quote in out and not any(caption[0] in p for p in out)


@pytest.mark.parametrize("name,rest", [
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "kembali mengingatkan pegawai agar tidak ikut dalam"),
    ("Dinas Komunikasi dan Informatika Kota Batu Aji", "menerbitkan imbauan netralitas bagi seluruh pegawai di"),
])
def test_a_wrapped_lead_opening_with_a_capitalised_name_is_not_cut_from_it(name, rest):
    dump = printed(
        "SIARAN PERS", "Batu Aji, 9 Oktober 2024", "Pegawai Diminta Tak Ikut Kampanye",
        name, rest,
        "lingkungan pemerintah daerah selama masa kam-",
        "panye pemilihan kepala daerah berlangsung.",
        "Kepala dinas menjelaskan, pegawai yang terbukti",
        "melanggar akan diperiksa oleh inspektorat dan",
        "dapat dijatuhi hukuman disiplin sesuai aturan.")
    assert kept(dump)[0].startswith(f"{name} {rest}")


@pytest.mark.parametrize("title,jump", [
    (["Bupati Larang Kades", "Pasang Baliho Calon"], "Bupati Larang Kades ..."),
    (["Pegawai Diminta Jaga", "Netralitas di Kantor"], "Pegawai Diminta Jaga…"),
])
def test_a_title_cut_with_an_ellipsis_over_a_continuation_is_a_jump_head(title, jump):
    dump = printed(
        "WARTA LEMBAH", "RABU, 9 OKTOBER 2024", *title,
        "LEMBAH SARI – Pemerintah Kabupaten Lembah Sari",
        "meminta seluruh pegawai tidak terlibat dalam ke-",
        "giatan kampanye pasangan calon bupati tahun ini.",
        "(Bersambung ke Hal 7)",
        "Sambungan dari Hal 1",
        jump,
        "Kepala dinas menjelaskan, pegawai yang terbukti",
        "melanggar akan diperiksa oleh inspektorat dan",
        "dapat dijatuhi hukuman disiplin sesuai aturan.")
    out = kept(dump)
    assert jump not in out and not any("ersambung" in p or "Sambungan" in p for p in out)
    assert out[-1].startswith("Kepala dinas menjelaskan")


@pytest.mark.parametrize("footer", ["Jl. Ahmad Yani 12 Lembah Sari | www.lembahsari.go.id",
                                    "Redaksi Warta Batu Aji | wartabatuaji.id"])
def test_a_line_printed_again_under_each_page_is_a_running_footer(footer):
    assert footer not in kept(page(POST_A, footer, PARA_A, PARA_B, footer))


# --- replies and widgets after the text ---------------------------------------------------------

@pytest.mark.parametrize("replies", [
    [("Bu Sari Kasubag", "Siap, laksanakan pak."), ("Pak Joko", "Apakah berlaku untuk tenaga kontrak juga?")],
    [("+62 811-0000-2233", "Izin pak, bagaimana dengan guru honorer?"), ("Sekdis", "Berlaku untuk semua pegawai.")],
])
def test_chat_replies_between_senders_and_times_are_not_the_text(replies):
    lines = ["GRUP PEGAWAI DINAS", "Sekdis", "*PENGUMUMAN*", POST_B, PARA_A, "07.45"]
    for who, said in replies:
        lines += [who, said, "07.5" + str(len(lines) % 10)]
    out = kept("\n".join(lines) + "\n")
    assert out[-1] == PARA_A and not any(said in out for _, said in replies)


@pytest.mark.parametrize("rail", [["- Harga Gabah Naik di Tingkat Petani", "- Jalan Desa Rusak Diperbaiki Pekan Ini"],
                                  ["BACA JUGA: Pasar Murah Digelar di Lima Kecamatan"]])
def test_a_last_paragraph_after_an_inserted_rail_stays(rail):
    last = '"Pegawai harus netral sampai akhir," ujarnya.'
    out = kept(page(POST_A, PARA_A, *rail, "Baca Juga", last, post=("Berita Terkait:", "Tag")))
    assert out[-1] == last


@pytest.mark.parametrize("widget", [["Apakah informasi ini membantu?", "Ya", "Tidak"],
                                    ["Apakah artikel ini bermanfaat bagi Anda?", "Ya", "Tidak"],
                                    ["Tanggapan", "Belum ada tanggapan."],
                                    ["Komentar", "Tidak ada komentar."]])
def test_a_feedback_widget_or_an_empty_comment_note_goes(widget):
    out = kept(page(POST_A, PARA_A, PARA_B, *widget))
    assert out[-1] == PARA_B


# --- probed after batch 14: shapes no batch had --------------------------------------------------

@pytest.mark.parametrize("lead,entries", [
    ("Berikut jadwal apel netralitas bagi pegawai kecamatan.",
     ["Senin, 21 Oktober 2024", "Pukul 07.30 WIB: Kecamatan Hilir", "Pukul 10.00 WIB: Kecamatan Hulu",
      "Selasa, 22 Oktober 2024", "Pukul 07.30 WIB: Kecamatan Tengah"]),
    ("Berikut susunan acara sosialisasi netralitas di aula dinas.",
     ["08.00 – 08.30 WIB Registrasi peserta", "08.30 – 09.00 WIB Sambutan kepala dinas",
      "09.00 – 10.30 WIB Paparan narasumber Bawaslu"]),
])
def test_a_schedule_announced_by_a_sentence_is_body(lead, entries):
    out = kept(page(POST_A, lead, *entries, PARA_B))
    assert all(e in out for e in entries) and out[-1] == PARA_B


@pytest.mark.parametrize("line", ["(Penulis: Rina Sari/Editor: Joko Susilo)", "(Reporter: Dedi | Editor: Lina Marpaung)"])
def test_a_byline_in_parentheses_under_the_text_goes(line):
    assert kept(page(POST_A, PARA_A, line, "Bagikan")) == [POST_A, PARA_A]


@pytest.mark.parametrize("caption", [
    "pemkablembahsari Halo pegawai Pemkab Lembah Sari, yuk jaga netralitas selama masa kampanye Pilkada! 👇",
    "Sobat ASN Kota Batu Aji, netralitas itu wajib hukumnya selama masa pemilihan kepala daerah ya 🙏"])
def test_a_post_whose_only_sentences_close_with_emoji_has_a_body(caption):
    items = ["1. Tidak ikut kampanye", "2. Tidak memasang foto bersama calon"]
    closing = "Info lengkap ada di tautan pada bio ya 🙌"
    dump = "\n".join(["pemkablembahsari", caption, *items, closing, "#netralitasasn", "2 mgg",
                      "Lihat semua 8 komentar"]) + "\n"
    assert kept(dump) == [caption, *items, closing]


@pytest.mark.parametrize("title", ["Guru Honorer Juga Wajib Netral?", "Kepala Desa Boleh Jadi Tim Sukses?"])
def test_a_question_title_above_the_first_paragraph_is_no_short_lead(title):
    lead = "Banyak pembaca bertanya apakah aturan netralitas juga berlaku bagi mereka yang bukan PNS."
    assert kept(page("Senin, 14 Oktober 2024", title, lead, PARA_A)) == [lead, PARA_A]


@pytest.mark.parametrize("short_lead", ["Bupati Lembah Sari menerbitkan edaran netralitas.",
                                        "Pegawai kecamatan wajib menjaga netralitas."])
def test_a_short_lead_that_is_a_sentence_still_opens_the_text(short_lead):
    lead = "Edaran itu dikirim ke seluruh kantor kecamatan dan dinas sejak pekan lalu oleh sekretariat daerah."
    assert kept(page("Senin, 14 Oktober 2024", "Judul Berita Soal Netralitas Pegawai", short_lead, lead))[0] == short_lead


# --- metadata of posts and of a bar-parted dateline ---------------------------------------------

@pytest.mark.parametrize("head,outlet,place", [("SIAK HULU | METROKITA", "METROKITA", "SIAK HULU"),
                                               ("BATU AJI | KABAR TIMUR", "KABAR TIMUR", "BATU AJI")])
def test_a_dateline_parted_by_a_bar_without_a_dash(head, outlet, place):
    lead = f"{head} Pemerintah daerah meminta seluruh pegawai menjaga netralitas selama masa kampanye pilkada."
    doc = clean_text_dump(page("Judul Berita Tentang Netralitas Pegawai", lead, PARA_A), "t")
    assert (doc.outlet, doc.dateline) == (outlet, place) and doc.text.startswith(lead)


@pytest.mark.parametrize("line", ["POLITIK | EKONOMI | OLAHRAGA", "BERANDA | DAERAH Berita Pilihan Hari Ini Untuk Anda"])
def test_a_menu_parted_by_bars_is_no_dateline(line):
    doc = clean_text_dump(page(line, POST_A, PARA_A), "t")
    assert doc.dateline is None and doc.text.startswith(POST_A)


@pytest.mark.parametrize("name,stamp", [("Humas Pemkot Batu Aji", "3 Oktober pukul 14.20 ·"),
                                        ("Diskominfo Kabupaten Lembah Sari", "21 September pukul 07.05")])
def test_a_pages_name_over_its_posts_stamp_is_the_author(name, stamp):
    dump = "\n".join(["Facebook", "Grup Info Warga", "Budi Santoso", "Kontributor teratas", "5 j", name, stamp,
                      POST_A, PARA_A, "Suka", "Komentari"]) + "\n"
    assert clean_text_dump(dump, "t").author == name


@pytest.mark.parametrize("user", ["mas.bro_88", "bunda.rina"])
def test_a_forum_users_name_over_the_posts_date_is_the_author(user):
    dump = "\n".join(["Forum Warga", "Pilkada", "Boleh Gak PNS Datang ke Kampanye Akbar?", user, "Kaskuser",
                      "Posts: 312", "14-10-2024 20:15", POST_A, PARA_A, "Balas"]) + "\n"
    doc = clean_text_dump(dump, "t")
    assert doc.author == user and str(doc.published) == "2024-10-14"


@pytest.mark.parametrize("pre", [("Suara Lembah Sari", "Pemerintahan", "Pegawai Diminta Tak Unggah Foto Calon",
                                  "Kamis, 17 Oktober 2024 10:00 WIB"),
                                 ("Warta Batu Aji", "Bupati Minta Camat Awasi Pegawai", "Rabu, 16/10/2024 08:30 WIB")])
def test_a_news_pages_site_name_over_its_title_and_date_is_no_author(pre):
    assert clean_text_dump(page(POST_A, PARA_A, pre=pre), "t").author is None


# --- where the text opens and where the next story begins ---------------------------------------

@pytest.mark.parametrize("label,question", [
    ("Tanya:", "Saya perangkat desa di Kecamatan Hilir. Apakah saya boleh menjadi saksi pasangan calon di TPS?"),
    ("Pertanyaan:", "Bolehkah pegawai kontrak ikut rapat tim pemenangan pada malam hari di luar jam kerja?"),
])
def test_a_label_over_the_first_paragraph_opens_the_text(label, question):
    answer = "Jawab: Perangkat desa tidak boleh menjadi saksi pasangan calon karena wajib bersikap netral."
    assert kept(page("Rubrik Konsultasi", label, question, answer)) == [label, question, answer]


@pytest.mark.parametrize("head,rest", [("Pemprov Tanjung Permai", "mengingatkan pegawai agar netral."),
                                       ("Bupati Lembah Sari", "menerbitkan edaran netralitas pegawai.")])
def test_a_first_paragraph_opening_in_lower_case_takes_its_broken_off_start(head, rest):
    out = kept(page("Siaran Pers", "Judul Siaran Pers Soal Netralitas", head, rest, POST_A, PARA_A))
    assert out[:3] == [head, rest, POST_A]


@pytest.mark.parametrize("title,date,lead", [
    ("Bawaslu Temukan Baliho Calon di Halaman Kantor Desa", "Senin, 14 Oktober 2024 07:45 WIB",
     "HULU SUNGAI, KABARHULU.COM – Bawaslu menemukan baliho pasangan calon terpasang di halaman kantor desa."),
    ("Pj Wali Kota Lantik Pejabat Baru di Lingkungan Pemkot", "Oleh Rina Sari",
     "BATU AJI – Penjabat Wali Kota Batu Aji melantik sebelas pejabat administrator di aula balai kota, Selasa pagi."),
])
def test_the_next_story_of_an_endless_page_is_not_the_text(title, date, lead):
    first = "SUKAMAJU – Bupati Sukamaju meminta para camat mengawasi kepala desa selama masa kampanye pilkada."
    out = kept(page("Judul Berita Pertama Tentang Camat", first, PARA_A, PARA_B, title, date, lead,
                    "Baliho itu langsung diturunkan petugas bersama perangkat desa setempat."))
    assert out == [first, PARA_A, PARA_B]


# --- lines inside the text that look like other stories' headlines ------------------------------

@pytest.mark.parametrize("lead,items", [
    ("Berikut lima larangan tersebut.",
     ["Menjadi Anggota Tim Kampanye Pasangan Calon Kepala Daerah", "Menghadiri Deklarasi Bakal Calon dengan Atribut Partai",
      "Mengunggah Foto Bersama Calon di Media Sosial Pribadi", "Memakai Mobil Dinas untuk Mengantar Tim Pemenangan",
      "Mengajak Keluarga dan Tetangga Memilih Calon Tertentu"]),
    ("Adapun 3 kewajiban kepala dinas dalam edaran itu.",
     ["Mengawasi Pegawai di Lingkungan Kerja Selama Masa Kampanye", "Melaporkan Dugaan Pelanggaran kepada Inspektorat Daerah",
      "Memberi Contoh Sikap Netral dalam Setiap Kegiatan Dinas"]),
])
def test_items_a_lead_in_counts_are_kept_however_long(lead, items):
    out = kept(page(POST_A, lead, *items, PARA_B))
    assert all(item in out for item in items) and out[-1] == PARA_B


def test_a_count_that_does_not_match_the_lines_makes_no_list():
    rail = ["Pemuda Desa Cikaret Juara Lomba Perahu Naga Tingkat Provinsi", "Harga Gabah Kering Naik Tipis Menjelang Musim Tanam"]
    out = kept(page(POST_A, "Berikut lima larangan tersebut.", *rail, PARA_B))
    assert not any(line in out for line in rail)


@pytest.mark.parametrize("head,para", [
    ("Pegawai Dilarang Mengunggah Foto Bersama Calon di Media Sosial",
     "Larangan itu, kata dia, juga berlaku untuk status WhatsApp dan cerita Instagram milik pegawai."),
    ("Kepala Dinas Wajib Melaporkan Pegawai yang Ikut Kampanye",
     "Laporan itu dikirim paling lambat tiga hari setelah kejadian diketahui oleh atasan langsung."),
])
def test_a_long_subheading_on_the_storys_topic_stays(head, para):
    lead = ("LEMBAH SARI – Bupati Lembah Sari meminta kepala dinas mengawasi pegawai agar tidak ikut kampanye dan tidak "
            "mengunggah foto bersama calon di media sosial.")
    out = kept(page(lead, PARA_A, head, para))
    assert head in out and para in out


@pytest.mark.parametrize("block,heading", [
    (["Baca Juga:", "Pasar Murah Digelar di Alun-alun Kota"], "Larangan Lain"),
    (["Lihat Juga", "Harga Cabai Turun Jelang Akhir Pekan", "Jalan Desa Diperbaiki Tahun Depan"], "Sanksi"),
])
def test_a_subheading_right_after_a_block_of_other_headlines_stays(block, heading):
    out = kept(page(POST_A, *block, heading, PARA_A, PARA_B))
    assert heading in out and not any(b in out for b in block)


@pytest.mark.parametrize("line,outlet", [("© 2024 Instagram from Meta", "Instagram"), ("© 2024 Threads from Meta", "Threads")])
def test_a_platforms_copyright_line_names_the_platform(line, outlet):
    dump = "\n".join(["pemkot.batuaji", "Ikuti", POST_A, PARA_A, "2 hari", line]) + "\n"
    assert clean_text_dump(dump, "t").outlet == outlet


@pytest.mark.parametrize("domain", ["kabarpesisir.id", "wartalembah.co.id"])
def test_a_domain_over_a_timed_date_is_no_posters_name(domain):
    dump = "\n".join([domain, "Menu", domain, "Senin, 14/10/2024 09:10 WIB", POST_A, PARA_A]) + "\n"
    assert clean_text_dump(dump, "t").author is None


@pytest.mark.parametrize("stamp,heading", [("2 hari ·", "PENGUMUMAN"), ("14 Oktober pukul 08.30", "INFO PENTING")])
def test_an_upper_case_heading_under_a_posts_stamp_is_the_texts(stamp, heading):
    dump = "\n".join(["Facebook", "Pemerintah Kota Batu Aji", stamp, heading, POST_A, PARA_A, "Suka", "Bagikan"]) + "\n"
    assert kept(dump)[:2] == [heading, POST_A]


@pytest.mark.parametrize("label", ["PEMERINTAHAN", "BERITA UTAMA"])
def test_an_upper_case_category_over_a_news_lead_stays_out(label):
    pre = ("Beranda", "Bupati Minta Pegawai Tidak Ikut Konvoi Calon", "Kamis, 10 Oktober 2024", label)
    assert label not in kept(page(POST_A, PARA_A, pre=pre))
