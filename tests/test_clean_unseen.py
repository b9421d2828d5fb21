"""clean.py on text dumps: the causes found on batch 12 (tests/dumps/80-90, session 6; its first
run is recorded in tests/dumps/README.md). Each rule is tested on invented pages worded unlike
the batch's dumps, at least two wordings each."""
import pytest

from corpus_tools.clean import clean_text_dump
from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page


def wrapped_page(*head: str, lead: str) -> str:
    """A printed page copied line by line: a header, then paragraphs wrapped at about 50 letters."""
    body = [lead,
            "kepala desa dan perangkat desa agar tidak terlibat",
            "dalam kegiatan kampanye pasangan calon bupati.",
            "Permintaan itu disampaikan dalam rapat koordina-",
            "si di ruang pola kantor bupati pada pekan lalu.",
            "Menurut dia, pegawai yang terbukti melanggar akan",
            "diperiksa oleh inspektorat dan dapat dijatuhi hu-",
            "kuman disiplin sesuai peraturan yang berlaku."]
    return "\n".join([*head, *body]) + "\n"


# --- a printed page's wrapped lines -----------------------------------------------------------

@pytest.mark.parametrize("title,lead,place", [
    ("Camat Diminta Awasi Kades", "SUNGAI JERNIH – Bupati Sungai Jernih meminta", "SUNGAI JERNIH"),
    ("Pegawai Dilarang Ikut Konvoi", "BUKIT TINGGI RAYA – Wali Kota Bukit Tinggi meminta", "BUKIT TINGGI RAYA"),
])
def test_a_title_short_of_the_column_does_not_run_on_into_the_lead(title, lead, place):
    """(a lead whose words are all capitalised but a function word reads like a title too: it
    opens with its dateline)"""
    doc = clean_text_dump(wrapped_page("RADAR SELATAN", "HALAMAN 5", title, lead=lead), "t")
    assert doc.text.startswith(lead + " kepala desa") and title not in doc.text
    assert doc.dateline == place


@pytest.mark.parametrize("header", [
    ["Unduh sebagai pdf atau txt", "Anda di halaman 1dari 3", "Sukamaju, 5 September 2024"],
    ["Download as PDF or TXT", "You are on page 1of 4", "Batu Aji, 12 Oktober 2024"],
])
def test_a_letterheads_short_lines_do_not_run_on_and_the_viewer_chrome_goes(header):
    lead = "Dalam rangka menjaga netralitas pegawai kabupaten pada"
    doc = clean_text_dump(wrapped_page(*header, lead=lead), "t")
    assert doc.text.startswith(lead + " kepala desa")
    assert not any(h in doc.text for h in header)
    place, date = header[-1].split(", ")
    assert (doc.dateline, str(doc.published)[-2:]) == (place, f"{int(date.split()[0]):02d}")


# --- where the body opens ----------------------------------------------------------------------

@pytest.mark.parametrize("head,lead,outlet,place", [
    ("GUNUNG SARI, SUARAGUNUNGSARI", "— Apel pagi pegawai di gedung terpadu berlangsung tertib dan pembina apel "
     "mengingatkan pegawai agar netral.", "SUARAGUNUNGSARI", "GUNUNG SARI"),
    ("BATU AJI, KABARBATUAJI.COM", "- Pemerintah Kota Batu Aji meminta seluruh pegawai tidak menghadiri "
     "deklarasi bakal calon wali kota.", "KABARBATUAJI.COM", "BATU AJI"),
])
def test_a_dateline_split_before_the_dash_opens_the_body(head, lead, outlet, place):
    deck = "Pegawai harus netral jelang pilkada, pesan pembina apel di halaman kantor"
    doc = clean_text_dump(page("Judul Berita Tentang Netralitas Pegawai Daerah", deck, head, lead, PARA_A), "t")
    assert doc.text.split("\n\n") == [head, lead, PARA_A]
    assert (doc.outlet, doc.dateline) == (outlet, place)


@pytest.mark.parametrize("heading", ["Sanksi Tegas", "Pegawai Kontrak"])
def test_a_title_case_heading_over_a_dashed_item_is_no_dateline(heading):
    item = "- Pegawai yang melanggar akan diperiksa inspektorat dan dijatuhi hukuman disiplin berat."
    doc = clean_text_dump(page(LEAD_B, PARA_A, heading, item), "t")
    assert doc.dateline == "TANJUNG HARAPAN" and item in doc.text


@pytest.mark.parametrize("box", [
    ["Headline", "Jembatan Gantung Desa Tepian Akhirnya Diperbaiki.", "Harga beras di pasar induk turun menjelang akhir pekan.",
     "Politik", "Bawaslu Minta Pegawai Tolak Ajakan Tim Sukses Calon", "Rudi Hartawan", "17/10/2024 14:20"],
    ["Sorotan", "Nelayan mengeluhkan solar langka di dermaga timur sejak awal bulan.",
     "Daerah", "Pegawai Kecamatan Dilarang Pasang Stiker Calon di Mobil Dinas", "Penulis: Sari Wulandari",
     "Kamis, 17 Oktober 2024 10:05 WIB"],
])
def test_a_teaser_above_the_title_and_byline_is_no_lead(box):
    lead = "Badan Pengawas Pemilu kabupaten meminta aparatur sipil negara menolak ajakan tim sukses untuk berkampanye."
    doc = clean_text_dump(page(*box, lead, PARA_A, pre=()), "t")
    assert doc.text.split("\n\n") == [lead, PARA_A]
    assert str(doc.published) == "2024-10-17"


# --- inserted lines and short lines ----------------------------------------------------------

@pytest.mark.parametrize("insert,heading", [
    ("Pegawai kecamatan membacakan ikrar netralitas. (Foto: Humas Pemkot)", "apa yang dilarang"),
    ("Baca juga: Dua Kapal Nelayan Hilang Kontak di Perairan Selatan", "sanksi bagi pelanggar"),
])
def test_a_short_heading_after_an_inserted_line_opens_the_next_section(insert, heading):
    assert kept(page(LEAD_A, PARA_A, insert, heading, PARA_B)) == [LEAD_A, PARA_A, heading, PARA_B]


@pytest.mark.parametrize("slot", ["banner 300x600", "Iklan 728 x 90", "ads 970x250"])
def test_an_ad_slots_name_is_removed(slot):
    assert kept(page(LEAD_A, slot, PARA_A)) == [LEAD_A, PARA_A]


@pytest.mark.parametrize("caption,inside", [
    ("Tangkapan layar pesan berantai yang beredar di grup pegawai. (Istimewa)",
     "Suasana apel pagi pegawai di halaman kantor bupati. (IST)"),
    ("Unggahan akun pegawai yang dilaporkan warga ke pengawas. (Tangkapan Layar)",
     "Kepala dinas memimpin rapat koordinasi pengawasan pegawai (Screenshot)"),
])
def test_a_caption_closed_by_a_credit_word_is_no_lead_and_no_paragraph(caption, inside):
    lead = "Sebuah pesan berantai beredar di grup percakapan pegawai kabupaten sejak Kamis pekan lalu."
    assert kept(page(caption, lead, PARA_A, inside, PARA_B)) == [lead, PARA_A, PARA_B]


@pytest.mark.parametrize("para", [
    '"Kami minta pegawai menjaga netralitas sampai hari pemungutan suara," pungkasnya. (ist)',
    "Pegawai yang melanggar akan diproses sesuai aturan disiplin pegawai negeri sipil. (ist/red)",
])
def test_a_lower_case_sign_off_closing_a_paragraph_is_no_credit(para):
    assert kept(page(LEAD_A, PARA_A, para)) == [LEAD_A, PARA_A, para]


@pytest.mark.parametrize("line", [
    "Punya informasi yang perlu dicek? Kirim ke nomor aduan kami",
    "Punya cerita menarik dari daerahmu? Hubungi redaksi lewat WhatsApp",
])
def test_a_call_for_readers_tips_is_removed(line):
    assert kept(page(LEAD_B, PARA_A, line, PARA_B)) == [LEAD_B, PARA_A, PARA_B]


@pytest.mark.parametrize("tail", [
    ["0/Post a Comment/Comments", "Lebih baru Lebih lama", "🌐 Dibaca :"],
    ["2/Kirim Komentar", "Newer Older", "👁 Dilihat : 1.204"],
])
def test_a_blogs_comment_counter_pager_and_view_counter_are_removed(tail):
    assert kept(page(LEAD_B, PARA_A, *tail, post=("Populer",))) == [LEAD_B, PARA_A]


# --- a letter quoted in full -----------------------------------------------------------------------

@pytest.mark.parametrize("copy", [
    ["Tembusan:", "1. Bupati Sukamaju (sebagai laporan);", "2. Ketua Bawaslu Kabupaten Sukamaju."],
    ["Tembusan Yth.:", "a. Gubernur di ibu kota provinsi;", "b. Inspektur Daerah;", "c. Arsip."],
])
def test_a_letters_copy_list_goes_and_the_text_after_it_stays(copy):
    item = "1. Pegawai dilarang menjadi anggota tim kampanye pasangan calon."
    lead_in = "Dengan ini disampaikan kepada seluruh pegawai hal-hal sebagai berikut:"
    paragraphs = kept(page(LEAD_A, lead_in, item, *copy, PARA_B))
    assert paragraphs == [LEAD_A, lead_in, item, PARA_B]


# --- after the sign-off --------------------------------------------------------------------------

@pytest.mark.parametrize("promo", [
    ["Festival Kuliner Nusantara 2024", "Daftarkan usahamu dan menangkan hadiah jutaan rupiah di sini"],
    ["Lomba Foto Pilkada Damai", "Kirim karyamu sekarang dan raih hadiah total puluhan juta rupiah"],
])
def test_unpunctuated_lines_after_a_sign_off_line_are_no_text(promo):
    assert kept(page(LEAD_A, PARA_A, "(yhs/nus)", "ADVERTISEMENT", *promo)) == [LEAD_A, PARA_A]


@pytest.mark.parametrize("mark", ["(yhs/nus)", "***"])
def test_a_paragraph_after_a_sign_off_line_stays(mark):
    after = "Sementara itu, Bawaslu membuka posko pengaduan di setiap kecamatan sampai akhir masa kampanye."
    assert kept(page(LEAD_A, PARA_A, mark, after)) == [LEAD_A, PARA_A, after]


# --- metadata ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,author", [
    ("Dimas Prasetyo by Dimas Prasetyo", "Dimas Prasetyo"),
    ("Rahmawati Lubis oleh Rahmawati Lubis", "Rahmawati Lubis"),
])
def test_an_avatars_name_then_the_byline_gives_the_author(line, author):
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=("Kabar Daerah", "Judul Berita Tentang Pegawai Daerah", line)), "t")
    assert doc.author == author


@pytest.mark.parametrize("line,author,day", [
    ("Dedi Kurniawan - Sabtu, 19 Oktober 2024 | 09:12 WIB", "Dedi Kurniawan", 19),
    ("Oleh Maria Ulfa - 2 Oktober 2024, 13:48", "Maria Ulfa", 2),
])
def test_a_name_and_a_date_joined_by_a_dash_give_author_and_date(line, author, day):
    doc = clean_text_dump(page(LEAD_B, PARA_A, pre=("Judul Berita Tentang Pegawai Daerah", line)), "t")
    assert (doc.author, str(doc.published)) == (author, f"2024-10-{day:02d}")


@pytest.mark.parametrize("stamp,byline,author", [
    ("Kabar Raya - Rabu, 14 Agustus 2024 | 09:12 WIB", "Penulis: Dimas Prakoso", "Dimas Prakoso"),
    ("Wartanusantara.id - 15/10/2024, 19:42 WIB", None, None),
])
def test_the_outlets_name_before_the_date_is_no_author(stamp, byline, author):
    pre = ("Kabar Raya", "Judul Berita Tentang Pegawai Daerah", stamp) + ((byline,) if byline else ())
    assert clean_text_dump(page(LEAD_B, PARA_A, pre=pre), "t").author == author


@pytest.mark.parametrize("time", ["4–5 minutes", "3 minutes"])
def test_a_reader_views_reading_time_in_english_marks_the_name_above_it(time):
    pre = ("kabarpesisir.id", "Judul Berita Tentang Pegawai Daerah Pesisir", "Arief Rahman", time)
    assert clean_text_dump(page(LEAD_B, PARA_A, pre=pre), "t").author == "Arief Rahman"


@pytest.mark.parametrize("address", [
    "Jalan Merdeka Nomor 14 Telepon Kantor Bupati (0741) 551203",
    "Jalan Pemuda Raya Tiga Puluh Dua Kode Pos 36211 Kabupaten Sukamaju",
])
def test_a_letterheads_address_is_no_title(address):
    title = "Surat Edaran Netralitas Pegawai Daerah Tahun 2024"
    doc = clean_text_dump(page(LEAD_A, PARA_A, pre=(title, address)), "t")
    assert doc.title == title


# --- found on batches 8 and 11 (held out; their first runs stay the honest numbers) --------------

@pytest.mark.parametrize("tail", [
    ["Lihat Artikel Asli", "Disclaimer: Artikel ini dimuat otomatis dari mitra penerbit dan menjadi tanggung jawab mitra."],
    ["Baca berita aslinya", "Disclaimer: Konten ini disalin dari sumber mitra tanpa penyuntingan."],
])
def test_an_aggregators_source_link_and_disclaimer_are_removed(tail):
    assert kept(page(LEAD_B, PARA_A, PARA_B, *tail)) == [LEAD_B, PARA_A, PARA_B]


@pytest.mark.parametrize("note", [
    "Redaksi menerima tulisan pegawai untuk edisi berikutnya melalui surel redaksi kantor.",
    "Redaksi menerima kiriman opini dan foto kegiatan dari seluruh perangkat daerah.",
])
def test_a_publications_house_note_is_removed(note):
    assert kept(page(LEAD_A, PARA_A, PARA_B, note)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("teasers", [
    ["Headline", "Ribuan Warga Ikuti Jalan Sehat Hari Jadi Kabupaten."],
    ["Sorotan", "Pasar Murah Digelar di Lima Kecamatan.", "Nelayan Tepian Dapat Bantuan Mesin Kapal."],
])
def test_headlines_printed_with_a_full_stop_above_the_title_are_no_lead(teasers):
    lead = "BADAN Pengawas Pemilu provinsi meminta aparatur sipil negara bijak menggunakan media sosial menjelang pemungutan suara."
    title = "Bawaslu Minta Pegawai Bijak Bermedia Sosial"
    assert kept(page(*teasers, title, lead, PARA_A, pre=())) == [lead, PARA_A]


# --- probed after batch 12: body shapes no batch had -------------------------------------------

@pytest.mark.parametrize("items,bar", [
    (["Larangan itu meliputi:", "Ikut kampanye terbuka", "Memasang atribut calon", "Mengunggah dukungan"],
     ["Bagikan", "Facebook", "WhatsApp"]),
    (["Jadwal apel:", "Senin, 21 Oktober 2024", "Kecamatan Utara", "Selasa, 22 Oktober 2024", "Kecamatan Selatan"],
     ["Share", "Twitter", "Telegram"]),
])
def test_an_unmarked_list_ending_the_text_stops_at_the_share_bar(items, bar):
    assert kept(page(LEAD_A, PARA_A, *items, *bar, post=("Berita Terkait",))) == [LEAD_A, PARA_A, *items]


@pytest.mark.parametrize("platforms", [["Facebook", "Instagram", "TikTok"], ["WhatsApp", "Telegram", "X"]])
def test_a_list_of_platforms_is_still_a_list(platforms):
    lead_in = "Pegawai dilarang mengunggah dukungan kepada calon di akun media sosial berikut:"
    assert kept(page(LEAD_B, lead_in, *platforms, PARA_A)) == [LEAD_B, lead_in, *platforms, PARA_A]


@pytest.mark.parametrize("closing", ['"Netral!"', "“Sepakat!”"])
def test_a_quoted_one_word_exclamation_closing_the_text_stays(closing):
    assert kept(page(LEAD_A, PARA_A, closing, "Bagikan", "Berita Lainnya")) == [LEAD_A, PARA_A, closing]


# Template lines a page inserts between two paragraphs, each in two wordings: a short line there
# takes its neighbours' class (a subheading), so these need their own shape.
INSERTED_TEMPLATE_LINES = [
    ("Breaking News", "Trending Now"),
    ("light_mode", "expand_more"),
    ("Saat ini belum ada komentar", "Saat ini tidak ada komentar untuk berita ini"),
    ("Silahkan tulis komentar Anda", "Silakan tinggalkan komentar di bawah"),
    ("Email Anda tidak akan dipublikasikan. Kolom yang bertanda bintang (*) wajib diisi",
     "Alamat email Anda tidak akan ditampilkan kepada pembaca lain."),
    ("• comment 0 komentar", "• 12 komentar"),
    ("Follow Instagram @kabarku juga Tiktok @kabarku biar nggak ketinggalan info seru",
     "Ikuti akun resmi kami @suaralembah untuk kabar terbaru setiap hari"),
    ("Tim Redaksi", "Hubungi Kami"),
    ("in Nasional", "in Daerah Istimewa"),
    ("Posted in Berita | Tagged ASN, Pilkada", "Filed under Pemerintahan, Pilkada 2024"),
    ("Klik untuk baca", "Klik di sini untuk melanjutkan membaca"),
    ("Redaksi | Pedoman Media Siber | Kebijakan Privasi", "Tentang Kami • Kontak • Info Iklan"),
    ("ADVERTISEMENT - SCROLL TO CONTINUE", "Iklan - Scroll untuk lanjut membaca"),
    ("Baca Lainnya", "Baca Berikutnya"),
    ("Mau tahu berita lainnya? Klik di sini", "Ingin tahu informasi terbaru? Kunjungi kanal kami"),
    ("Ayo baca berita lainnya", "Yuk simak artikel menarik lainnya"),
    ("Bersambung ke halaman 2", "Lanjut baca ke halaman 3..."),
    ("Kirim berita ke redaksi@kabarku.com", "Hubungi kami lewat surel iklan@suaralembah.id"),
    ("Video Pilihan", "Foto Terkait"),
    ("Tweet", "Cetak"),
    ("A+", "Ukuran Font"),
    ("Kabarku.com", "www.suaralembah.co.id"),
    ("Baca selengkapnya di sini", "Lihat selengkapnya klik"),
    ("Berita ini telah terbit di kabarku.com dengan judul Bupati Minta ASN Netral",
     "Tulisan ini telah dimuat di suaralembah.id"),
    ("Kategori: Berita Daerah", "Rubrik: Pemerintahan"),
    ("Waktu baca 3 menit", "Waktu baca: 5 min"),
    ("Link copied!", "Tautan berhasil disalin"),
    # second round: galleries, audio players, credits, WordPress meta, counters, labelled dates
    ("1/5", "Foto 2 dari 6"),
    ("Geser untuk melihat foto lainnya", "Swipe to see more"),
    ("Dengarkan Artikel", "Putar Audio"),
    ("Artikel ini sudah dibaca 123 kali", "Berita ini telah dilihat 2.045 kali"),
    ("Foto/Istimewa", "Dok/Humas Pemkab"),
    ("Gambar oleh Pixabay", "Image: Shutterstock"),
    ("tangkapan layar", "Screenshot Instagram @bkpsdm"),
    ("Laporkan Konten", "Report"),
    ("Mohon tunggu...", "Sedang memuat"),
    ("Sembunyikan", "Tampilkan"),
    ("Selengkapnya >>", "Lihat Semua »"),
    ("Konten Promosi", "Advertorial"),
    ("Posted on Oktober 5, 2024 by admin", "Posted on 12 September 2024 by Redaksi"),
    ("Update terakhir: 12 Okt 2024", "Terakhir diperbarui: 3 September 2024"),
]


@pytest.mark.parametrize("line", [line for pair in INSERTED_TEMPLATE_LINES for line in pair])
def test_a_template_line_between_paragraphs_is_removed(line):
    assert kept(page(LEAD_A, PARA_A, line, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("heading", ["Topik Terkait:", "Editor's Pick", "Related", "Most Read", "Lainnya dari Kabarku",
                                     "Bacaan Lainnya"])
def test_a_related_topics_or_editors_picks_heading_takes_the_headlines_under_it(heading):
    rail = ["Jalan Lingkar Timur Rampung Akhir Tahun", "Dua Puskesmas Baru Siap Beroperasi"]
    assert kept(page(LEAD_B, PARA_A, PARA_B, heading, *rail, post=())) == [LEAD_B, PARA_A, PARA_B]


# --- batch 11's metadata misses (held out; fixed in session 6 as general shapes) ---------------

@pytest.mark.parametrize("line,author,date", [
    ("oleh Dewi Anjani diperbarui 14 Sep 2024, 11:20 WIB", "Dewi Anjani", "2024-09-14"),
    ("Oleh: Rina Amelia, diperbarui 5 Okt 2024 - 08:15 WIB", "Rina Amelia", "2024-10-05"),
])
def test_a_clocks_colon_does_not_stop_a_byline(line, author, date):
    doc = clean_text_dump(page(LEAD_B, PARA_A, pre=("Judul Berita Tentang Pegawai Daerah", line)), "t")
    assert (doc.author, str(doc.published)) == (author, date)


@pytest.mark.parametrize("line,outlet", [("Sumber: suarabatuhitam.com", "suarabatuhitam.com"),
                                         ("kabarlembah.co.id", "kabarlembah.co.id")])
def test_an_aggregators_source_domain_above_the_story_is_the_outlet(line, outlet):
    lead = "Pemerintah kota mengingatkan pegawainya tentang larangan selama masa tenang pemilihan wali kota."
    doc = clean_text_dump(page(lead, PARA_A, pre=("BeritaKita", "Terpopuler", line, "Judul Berita Tentang Pegawai")), "t")
    assert doc.outlet == outlet


@pytest.mark.parametrize("byline", [["Penulis: Rina Sari", "Editor: Budi Santoso"],
                                    ["Reporter: Andi Mappasomba | Editor: La Ode Hamzah"]])
def test_a_byline_block_under_the_lead_does_not_end_the_text(byline):
    para = "Ia menambahkan, pegawai yang ragu dapat bertanya langsung kepada bagian kepegawaian di kantornya."
    doc = clean_text_dump(page(LEAD_A, *byline, PARA_A, PARA_B, para), "t")
    assert doc.text.split("\n\n") == [LEAD_A, PARA_A, PARA_B, para]
    assert doc.author in ("Rina Sari", "Andi Mappasomba")


@pytest.mark.parametrize("tail", [
    ["Penulis: Rina Sari", "Rina Sari adalah jurnalis yang meliput isu pemerintahan daerah di Sukamaju sejak 2019."],
    ["Editor: Budi Santoso", "Artikel ini telah tayang di Kabarsukamaju.com dengan judul Bupati Minta ASN Netral.",
     "Simak berita terbaru lainnya di kanal WhatsApp Kabar Sukamaju setiap hari."],
])
def test_a_byline_closing_the_text_still_ends_it(tail):
    """(a short story: its byline stands near the start, but no two paragraphs of text follow)"""
    assert kept(page(LEAD_A, PARA_A, *tail)) == [LEAD_A, PARA_A]


@pytest.mark.parametrize("date", ["Jumat, 20 September 2024", "Senin, 7 Oktober 2024"])
def test_a_bare_date_between_paragraphs_is_still_the_texts(date):
    assert kept(page(LEAD_A, PARA_A, date, PARA_B)) == [LEAD_A, PARA_A, date, PARA_B]


@pytest.mark.parametrize("head,place", [("Lasolo Jaya, 14 Oktober 2024", "Lasolo Jaya"), ("SUKAMAJU, 12/8", "SUKAMAJU")])
def test_a_date_inside_the_dateline_leaves_the_place(head, place):
    lead = f"{head} – Pemerintah kabupaten meminta seluruh pegawai menjaga netralitas selama masa kampanye pemilihan."
    doc = clean_text_dump(page(lead, PARA_A), "t")
    assert doc.dateline == place and doc.text.startswith(lead)


@pytest.mark.parametrize("lead_in,items", [
    ("Berikut larangannya.", ["Memasang Spanduk Calon", "Menghadiri Deklarasi", "Mengunggah Foto Bersama"]),
    ("Inilah daftarnya.", ["Ikut Konvoi Kampanye", "Memakai Atribut Partai", "Menjadi Admin Grup Pendukung"]),
])
def test_a_short_sentence_announcing_title_case_items_keeps_them(lead_in, items):
    assert kept(page(LEAD_A, PARA_A, lead_in, *items, PARA_B)) == [LEAD_A, PARA_A, lead_in, *items, PARA_B]


@pytest.mark.parametrize("title,opening", [
    (["Inspektorat Periksa Tujuh Lurah yang", "Diduga Tidak Netral"], "Inspektorat Daerah Kabupaten Tepian Raya"),
    (["Pemkot Tepian Raya Larang Pegawai Ikut", "Konvoi Kampanye"], "Sekretaris Daerah Kota Tepian Raya"),
])
def test_a_two_line_titles_short_last_line_does_not_run_on(title, opening):
    """The column test reads the last printed line, not the text joined so far: the title's
    short second line stops there."""
    doc = clean_text_dump(wrapped_page("SIARAN PERS", "Tepian Raya, 8 Oktober 2024", *title, opening,
                                       lead="memeriksa pegawai yang diduga mengajak"), "t")
    assert doc.title == " ".join(title)


# --- speed: the line patterns tried by a line's first letter ------------------------------------

def _all_dump_lines():
    from pathlib import Path
    root = Path(__file__).resolve().parent
    files = [*root.glob("dumps/*.txt"), *root.glob("dumps/heldout/*.txt"), *root.glob("articles/*.txt"),
             *(root.parent / "raw").glob("*.txt")]
    return sorted({ln.strip() for f in files for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()})


def test_the_first_letter_dispatch_finds_the_reason_the_whole_alternation_finds():
    """Only patterns that cannot match a line are left out: every dump line (and lines opening
    with letters the engine folds, symbols, digits) gets the same reason as from all patterns."""
    from corpus_tools.clean import _rules, _reason
    r = _rules(None)
    lines = _all_dump_lines()
    lines += [c + rest for c in ("\u212a", "\u017f", "\u0130", "\u0131", "K", "k", "S", "I", "©", "•", "1", "(", "#", "")
              for rest in ("omentar", "hare", "klan", "ndeks", "opyright", " Beranda", " menit baca", "c) 2024 Kabar",
                           "ASN", "eranda")]
    assert len(lines) > 2000
    for ln in lines:
        m = r.line_any.fullmatch(ln)
        want = r.line[int((m.lastgroup or next(k for k, v in m.groupdict().items() if v is not None))[1:])][0] if m else None
        got = _reason(ln, r)
        assert got == want or (want is None and got == "photo-credit"), ln


@pytest.mark.parametrize("credits", [["kabarlembah.com, rina sari", "pemilu netralitas asn bawaslu"],
                                     ["Foto: dok humas pemkab", "tag: pilkada sukamaju"],
                                     ["Kabarlembah.com/Dewi Anggraini", "Budi Hartono."]])
def test_a_byline_with_credit_lines_under_the_lead_does_not_end_the_text(credits):
    """(session 20: a page dump with the editor's line, a credit and tag words under the lead lost
    its whole story; a short line inside the story after them does not stop it)"""
    para = "Ia menambahkan, pegawai yang ragu dapat bertanya langsung kepada bagian kepegawaian di kantornya."
    short = "Sedangkan, larangan lainnya,"
    doc = clean_text_dump(page(LEAD_A, "Editor: Budi Santoso", *credits, PARA_A, short, PARA_B, para), "t")
    assert [p for p in doc.text.split("\n\n") if p != short] == [LEAD_A, PARA_A, PARA_B, para]


@pytest.mark.parametrize("tail", [
    ["Editor: Budi Santoso", "kabarlembah.com", "Artikel ini telah tayang di Kabarsukamaju.com dengan judul Bupati "
     "Minta ASN Netral.", "Simak berita terbaru lainnya di kanal WhatsApp Kabar Sukamaju setiap hari."],
    ["Penulis: Rina Sari", "tag: pilkada sukamaju", "Baca juga: Bupati Lantik Pejabat Eselon Dua di Kantor Gubernur"],
])
def test_a_byline_with_credit_lines_closing_the_text_still_ends_it(tail):
    assert kept(page(LEAD_A, PARA_A, *tail)) == [LEAD_A, PARA_A]
