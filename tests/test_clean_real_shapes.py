"""clean.py on text dumps: shapes found on real news pages (session 12, a set of real page texts
kept outside the repository). Each behaviour is tested on two or more invented wordings."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page


# --- a line in title case opens no body (a title, a second title, a caption naming people) --------

@pytest.mark.parametrize("header", [
    # a caption naming the people in the photo, with a full stop, under the title
    ("Gubernur Minta Pegawai Tak Ikut Kampanye", "Gubernur Sulawesi Timur, Andi Mappanyukki bersama Kapolda, Irjen Samsul Bahri."),
    # a second title, asking, under the first
    ("Badan Dibubarkan, Siapa Awasi Pegawai Saat Pilkada", "Badan Dibubarkan, Siapa Yang Mengawasi Netralitas Pegawai saat Pilkada?"),
    # a title printed with a full stop and a comma, the date and the section under it
    ("Apel Netralitas Menjelang Pilkada 2024, Pegawai di Kota Baru Harus Netral.", "12 September 2024 Admin 2,140", "Pemerintahan"),
])
@pytest.mark.parametrize("lead", [
    "Seluruh pegawai di lingkungan pemerintah kabupaten diminta tidak menghadiri deklarasi pasangan calon mana pun.",
    "\"Saya minta semua pegawai fokus melayani masyarakat dan tidak ikut berpolitik praktis,\" kata kepala badan kepegawaian.",
])
def test_a_title_cased_line_above_the_lead_is_not_the_lead(header, lead):
    assert kept(page(*header, lead, PARA_A, PARA_B, pre=())) == [lead, PARA_A, PARA_B]


@pytest.mark.parametrize("lead", [
    "Bupati Sukamaju Ahmad Yani melantik Dua Puluh Kepala Desa Hasil Pilkades Serentak di Pendopo Kabupaten, Senin.",
    "Ketua Bawaslu Kota Baru Rina Marlina Bersama Kapolres Dan Dandim menandatangani Pakta Integritas Netralitas.",
])
def test_a_lead_dense_in_names_with_a_verb_in_lower_case_still_opens(lead):
    assert kept(page("Pelantikan Kepala Desa", lead, PARA_A, PARA_B, pre=())) == [lead, PARA_A, PARA_B]


# --- lines of the page the rules did not know yet ---------------------------------------------------

@pytest.mark.parametrize("line", [
    # a syndication note with "lebih dulu" / "pertama kali" before the verb
    "Artikel ini telah lebih dulu tayang di: wartahulu.id",
    "Berita ini pertama kali terbit di Kabar Pesisir dengan judul Camat Diminta Netral",
    # an ad slot's label
    "SCROLL TO RESUME CONTENT",
    "Scroll to resume content",
    # a video's credits: names between slashes in parentheses
    "(Rudi Hartono/Siti Aminah/Made Wirawan)",
    "(Yoga Pratama / Dewi Lestari)",
    # a video page's prompt and back link
    "Simak selengkapnya dalam video berikut.",
    "Saksikan penjelasan lengkapnya di tayangan berikut ini.",
    "Kembali ke video...",
    "Kembali ke artikel",
    # a comment box's rules and its confirmation of a reported comment
    "Berkomentarlah dengan santun. Isi komentar menjadi tanggung jawab komentator sesuai UU ITE.",
    "Komentar yang Anda tulis sepenuhnya menjadi tanggung jawab pemberi komentar.",
    "Terima kasih. Kami sudah menerima laporan Anda dan akan meninjau komentar tersebut.",
    "Kami telah menerima laporan Anda.",
])
def test_page_lines_between_and_after_the_paragraphs_go(line):
    assert kept(page(LEAD_A, line, PARA_A, PARA_B, line)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("para", [
    "Berita ini pertama kali disampaikan bupati dalam rapat koordinasi dengan para camat di aula kantor bupati.",
    "Menurut camat, warga yang ingin melapor dapat mendatangi kantor Bawaslu (Jalan Merdeka/Gedung Serbaguna).",
    "Kembali ke kantor, para pegawai diminta langsung menandatangani pakta integritas netralitas.",
    "Kami sudah menerima laporan warga soal baliho di kantor desa, kata ketua Bawaslu.",
])
def test_paragraphs_in_the_same_words_stay(para):
    assert kept(page(LEAD_A, para, PARA_A)) == [LEAD_A, para, PARA_A]


# --- a hyphenated compound word is no dateline's dash --------------------------------------------

LEAD_PLAIN = ("Ratusan pegawai pemerintah kabupaten mengikuti apel netralitas di halaman kantor bupati "
              "menjelang masa kampanye pemilihan kepala daerah.")


@pytest.mark.parametrize("para", [
    "Berdasarkan Undang-Undang Pemilihan, setiap pegawai dilarang memihak kepada salah satu pasangan calon selama kampanye.",
    "Pasangan Suryo-Lestari sendiri belum menanggapi laporan warga soal pegawai yang ikut dalam rombongan kampanye mereka.",
    "Relawan Merah-Putih mengaku tidak pernah mengajak pegawai kecamatan bergabung dalam kegiatan kampanye pasangan calon.",
])
def test_a_paragraph_opening_with_a_hyphenated_compound_is_no_dateline(para):
    assert kept(page(LEAD_PLAIN, PARA_A, para, PARA_B, pre=("Apel Netralitas Pegawai Digelar",))) == [
        LEAD_PLAIN, PARA_A, para, PARA_B]


@pytest.mark.parametrize("lead", [
    "Kediri - Badan Pengawas Pemilu setempat mengingatkan seluruh pegawai agar tidak memihak selama kampanye.",
    "Muara Tiga- Pemerintah kabupaten menerbitkan edaran tentang netralitas pegawai menjelang pemungutan suara.",
])
def test_a_place_before_a_spaced_dash_is_still_a_dateline(lead):
    out = kept(page("Pegawai Diminta Netral", "Senin, 14 Oktober 2024", lead, PARA_A, pre=()))
    assert out == [lead, PARA_A]


# --- captions: a portrait's "Name, Post" between paragraphs, a credit glued on with dashes ---------

@pytest.mark.parametrize("caption", [
    "Rina Marlina, Ketua Bawaslu Kota Baru",
    "Hendra Saputra Nasution, Koordinator Divisi Penanganan Pelanggaran Panwascam Sei Lepan",
    "Yohanes Bria, Camat Insana Tengah",
])
def test_a_portraits_caption_between_paragraphs_is_no_heading(caption):
    assert kept(page(LEAD_A, PARA_A, caption, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("heading", ["Sanksi Bagi Pegawai", "Larangan Selama Kampanye"])
def test_a_short_heading_between_paragraphs_stays(heading):
    assert kept(page(LEAD_A, PARA_A, heading, PARA_B)) == [LEAD_A, PARA_A, heading, PARA_B]


@pytest.mark.parametrize("caption", [
    "Unggahan akun kepala desa yang memuat foto pasangan calon di grup warga-Tangkapan Layar-Facebook",
    "Spanduk bergambar calon terpasang di pagar kantor kelurahan Sungai Raya-Istimewa-wartahulu.id",
    "Pegawai kecamatan menandatangani pakta integritas di aula kantor camat -Dok. Humas Pemkab",
])
def test_a_caption_with_a_credit_glued_on_with_a_dash_goes(caption):
    lead = "Camat diminta mengawasi kepala desa yang mengunggah dukungan kepada pasangan calon di media sosial."
    # above a lead without a dateline (a caption long enough to read as prose), and between paragraphs
    assert kept(page("Camat Diminta Awasi Kepala Desa", caption, lead, PARA_A, PARA_B, pre=())) == [lead, PARA_A, PARA_B]
    assert kept(page(LEAD_A, PARA_A, caption, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


# --- two byline labels for one name end the text ----------------------------------------------------

@pytest.mark.parametrize("credit", ["Redaktur & Reporter : Tim Redaksi", "Penulis dan Editor: Yohana Saragih",
                                    "Reporter/Editor : Made Ariawan"])
def test_a_credit_line_with_two_labels_ends_the_text(credit):
    # (other stories' headlines as dashed items, the last one cut short)
    rail = ["- Harga Cabai di Pasar Induk Turun Tajam", "- Wali Kota: Kenapa Kami Tidak Diundang?",
            "- Ini Respons Ketua Dewan atas Kebijakan Tarif Parkir", "- Fes"]
    assert kept(page(LEAD_A, PARA_A, PARA_B, credit, *rail, post=())) == [LEAD_A, PARA_A, PARA_B]


# --- the page's repeats: the lead's first words as a teaser, the title and its stamp under the text --

@pytest.mark.parametrize("cut", [len(LEAD_A) * 2 // 3, len(LEAD_A) - 30])
def test_the_leads_first_words_repeated_under_the_text_go(cut):
    teaser = LEAD_A[:cut].rsplit(" ", 1)[0]
    assert kept(page(LEAD_A, PARA_A, PARA_B, teaser)) == [LEAD_A, PARA_A, PARA_B]


def test_a_pull_quote_inside_a_paragraph_goes_and_the_paragraph_stays():
    para = ("\"Pegawai yang terbukti ikut kampanye akan kami periksa tanpa pandang bulu,\" kata kepala inspektorat "
            "di kantornya, Selasa.")
    quote = "Pegawai yang terbukti ikut kampanye akan kami periksa tanpa pandang bulu"
    assert kept(page(LEAD_A, quote, para, PARA_A)) == [LEAD_A, para, PARA_A]


@pytest.mark.parametrize("title,stamp", [
    ("Kepala dinas imbau guru jangan jadi corong politik", "Jumat, 28 Agustus 2020 13:49 WIB"),
    ("Camat Lubuk Raya minta kades tak pasang baliho calon", "Senin, 14 Oktober 2024 08:05 WITA"),
])
def test_the_title_and_its_stamp_under_the_text_go(title, stamp):
    assert kept(page(LEAD_A, PARA_A, PARA_B, title, stamp, post=())) == [LEAD_A, PARA_A, PARA_B]


def test_a_last_paragraph_without_a_full_stop_over_a_stamp_stays_when_long():
    last = ("Bawaslu juga meminta warga melapor bila menemukan pegawai yang memasang atribut calon di rumah dinas "
            "atau kendaraan dinas selama masa kampanye berlangsung")
    assert kept(page(LEAD_A, PARA_A, last, "Jumat, 28 Agustus 2020 13:49 WIB", post=())) == [LEAD_A, PARA_A, last]


# --- a credit word alone ("istimewa", "Ist") over a caption in a dateline's shape ------------------

@pytest.mark.parametrize("credit,caption", [
    ("istimewa", "PAKTA NETRALITAS – Pegawai Kabupaten Lembah Biru menandatangani pakta netralitas di aula kantor bupati, Senin (7/10/2024)."),
    ("Ist", "APEL IKRAR - Camat dan lurah se-Kota Tanjung Permai mengikuti apel ikrar netralitas di halaman balai kota, Rabu (9/10/2024)."),
])
def test_a_caption_under_a_lone_credit_word_is_no_dateline(credit, caption):
    lead = ("WARTAHULU.COM, LEMBAH BIRU - Pemerintah kabupaten meminta seluruh pegawai tidak menghadiri "
            "kampanye pasangan calon selama masa kampanye.")
    out = kept(page("Pegawai Diminta Netral", "Penulis: Rina Sari | Editor: Joko Susilo", credit, caption,
                    lead, PARA_A, PARA_B, pre=()))
    assert out == [lead, PARA_A, PARA_B]


@pytest.mark.parametrize("credit", ["Istimewa", "(Ist)", "Dok."])
def test_a_lone_credit_word_between_paragraphs_goes(credit):
    assert kept(page(LEAD_A, PARA_A, credit, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


# --- a promotion glued to the reporter's sign-off ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "(rdk/ans)Coba Fitur Baru Kami, Berita yang kamu suka ada di sini,",
    "(hrs/fin) Baca berita tanpa gangguan, semua kabar pilihanmu ada di aplikasi kami,",
])
def test_a_promotion_glued_to_the_sign_off_goes(line):
    assert kept(page(LEAD_A, PARA_A, PARA_B, line, "lihat isinya", post=())) == [LEAD_A, PARA_A, PARA_B]


def test_a_paragraph_closed_by_the_sign_off_stays():
    last = "Bawaslu meminta warga melapor bila menemukan pegawai yang ikut berkampanye. (rdk/ans)"
    assert kept(page(LEAD_A, PARA_A, last)) == [LEAD_A, PARA_A, last]
