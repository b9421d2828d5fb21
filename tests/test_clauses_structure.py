"""Document structure on unseen articles (issue 9, session 6): lists announced without a
colon, headings that give cue-less items their kind, hard-wrapped scanned letters,
reader Q&A columns, inline and nested enumerations. Every mechanism is tested on at
least two wordings; all texts are invented (regions, outlets and officials included)."""
import pytest

from clause_helpers import clauses_of, kinds


# -- a sentence that announces items without a colon -------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Menurut Dandim, ada lima hal yang tidak boleh dilakukan prajurit selama pilkada. Pertama, memberi "
     "komentar tentang calon kepada warga binaan. Kedua, hadir di lokasi kampanye tanpa surat perintah.\n\n"
     "Ketiga, menyimpan kalender calon di asrama dan kendaraan dinas.",
     [("prohibition", "memberi komentar tentang calon kepada warga binaan"),
      ("prohibition", "hadir di lokasi kampanye tanpa surat perintah"),
      ("prohibition", "menyimpan kalender calon di asrama dan kendaraan dinas")]),
    ("Kepala Dinas Kesehatan Sukamaju menyebut beberapa hal yang wajib dilakukan kepala puskesmas. "
     "Pertama, mendata pegawai yang menjadi anggota KPPS.\n\nKedua, mengatur jadwal jaga pada hari pencoblosan.",
     [("obligation", "mendata pegawai yang menjadi anggota KPPS"),
      ("obligation", "mengatur jadwal jaga pada hari pencoblosan")]),
])
def test_a_sentence_announcing_things_not_to_do_gives_ordinals_their_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ketua KPU mengingatkan anggota KPPS soal integritas.\n\n"
     "4 Hal yang Haram Dilakukan Petugas TPS\n\n"
     "1. Menjadi pengurus partai politik\n\n"
     "2. Menerima uang dari tim pasangan calon\n\n"
     "3. Mengarahkan pemilih di bilik suara\n\n"
     "Ketua KPU juga meminta petugas datang sebelum pukul 06.00.",
     ["prohibition"] * 3 + ["obligation"]),
    ("Berikut tiga perkara yang harus dihindari kepala desa menjelang pencoblosan\n\n"
     "- Mengumpulkan KTP warga untuk calon tertentu\n\n"
     "- Memakai balai desa untuk rapat tim pemenangan",
     ["prohibition"] * 2),
])
def test_an_announcing_heading_opens_a_list_without_colon(text, expected):
    assert [k for k, _ in kinds(text)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Kapolres membacakan lima hal yang wajib dipatuhi anggota. Pertama, tidak memihak calon mana pun. "
     "Kedua, melaporkan ajakan kampanye kepada atasan.",
     [("prohibition", "tidak memihak calon mana pun"), ("obligation", "melaporkan ajakan kampanye kepada atasan")]),
    ("Dandim membacakan lima penekanan pimpinan TNI yang wajib dipatuhi selama pilkada, yakni (1) tidak memberi "
     "dukungan kepada calon; (2) tidak memakai fasilitas TNI untuk kampanye; serta (3) menindak prajurit yang tidak netral.",
     [("prohibition", "tidak memberi dukungan kepada calon"), ("prohibition", "tidak memakai fasilitas TNI untuk kampanye"),
      ("obligation", "menindak prajurit yang tidak netral")]),
])
def test_items_that_must_be_followed_are_duties_and_negated_ones_prohibitions(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # a request to take note of the items names no kind
    "Kapolres membacakan lima hal yang perlu diketahui warga. Pertama, TPS dibuka pukul 07.00. Kedua, antrean diatur panitia.",
    # an announcing sentence followed by one heading-like line and prose is no list
    "Pedoman itu memuat tindakan yang tergolong pelanggaran disiplin.\n\nBentuk pelanggaran disiplin\n\n"
    "Berikut sebagian di antaranya, seperti dihimpun redaksi dari laman resmi.",
])
def test_an_announcement_that_names_no_kind_or_no_items_gives_nothing(text):
    assert kinds(text) == []


# -- a bare cue as a heading above plain items (<dt> / <dd>) ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Sekda menyampaikan isi edaran Bupati Sukamaju sebagai berikut.\n\nDilarang\n\n"
     "Menjadi pengurus partai politik\n\nMemasang baliho calon di kantor desa\n\n"
     "Diwajibkan\n\nMelaporkan kepada atasan bila keluarga inti menjadi calon\n\n"
     "Diperbolehkan\n\nMenghadiri kegiatan sosial partai tanpa atribut\n\n"
     "Rapat itu diikuti seluruh camat.",
     [("prohibition", "Menjadi pengurus partai politik"), ("prohibition", "Memasang baliho calon di kantor desa"),
      ("obligation", "Melaporkan kepada atasan bila keluarga inti menjadi calon"),
      ("permission", "Menghadiri kegiatan sosial partai tanpa atribut")]),
    ("Edaran Wali Kota Tirtajaya memuat dua daftar.\n\nYang wajib\n\nMenjaga kerahasiaan data pemilih\n\n"
     "Yang tidak boleh\n\nMengunggah foto bersama calon\n\nTidak menghadiri deklarasi pasangan calon",
     [("obligation", "Menjaga kerahasiaan data pemilih"), ("prohibition", "Mengunggah foto bersama calon"),
      ("prohibition", "Tidak menghadiri deklarasi pasangan calon")]),
])
def test_a_bare_cue_heading_gives_plain_items_under_it_their_kind(text, expected):
    assert kinds(text) == expected


# -- a hard-wrapped scanned circular pasted into a web page -------------------------------
WRAPPED_SCAN_1 = (
    "Berikut salinan edaran yang kami terima:\n\n"
    "Dengan ini disampaikan kepada seluruh pegawai di lingkungan Pemerintah\n\n"
    "Kabupaten Sukamaju hal-hal sebagai berikut :\n\n"
    "l. Tidak memasang baliho atau spanduk bakal calon di kantor dan\n\n"
    "kendaraan dinas;\n\n"
    "2. Tidak rnenghadiri deklarasi pasangan calon, baik memakai\n\n"
    "maupun tidak memakai atribut;\n\n"
    "3. Kepala perangkat daerah wajib mengawasi bawahannya dan melaporkan\n\n"
    "pelanggaran kepada Bupati melalui Kepala\n\n"
    "BKPSDM;\n\n"
    "Demikian untuk dilaksanakan.")
WRAPPED_SCAN_2 = (
    "Isi surat edaran Wali Kota Tirtajaya yang dipindai itu berbunyi:\n\n"
    "1. Pegawai tidak diperkenankan rnengunggah foto bersama calon di\n\n"
    "media sosial;\n\n"
    "2. Pegawai wajib menjaga netralitas sampai seluruh tahapan\n\n"
    "pemilihan selesai;\n\n"
    "3. Pegawai dilarang memakai mobil dinas untuk mengangkut massa\n\n"
    "kampanye.\n\n"
    "Surat itu ditandatangani Senin lalu.")


@pytest.mark.parametrize("text,expected", [
    (WRAPPED_SCAN_1, [("prohibition", "Tidak memasang baliho atau spanduk bakal calon di kantor dan\n\nkendaraan dinas"),
                      ("prohibition", "Tidak rnenghadiri deklarasi pasangan calon, baik memakai\n\nmaupun tidak memakai atribut"),
                      ("obligation", "Kepala perangkat daerah wajib mengawasi bawahannya"),
                      ("obligation", "melaporkan\n\npelanggaran kepada Bupati melalui Kepala\n\nBKPSDM")]),
    (WRAPPED_SCAN_2, [("prohibition", "Pegawai tidak diperkenankan rnengunggah foto bersama calon di\n\nmedia sosial"),
                      ("obligation", "Pegawai wajib menjaga netralitas sampai seluruh tahapan\n\npemilihan selesai"),
                      ("prohibition", "Pegawai dilarang memakai mobil dinas untuk mengangkut massa\n\nkampanye")]),
])
def test_lines_of_a_hard_wrapped_scan_are_read_as_whole_items(text, expected):
    assert kinds(text) == expected


def test_the_addressee_of_a_wrapped_lead_in_is_the_items_actor():
    actors = {c.actor for c in clauses_of(WRAPPED_SCAN_1) if c.kind == "prohibition"}
    assert actors == {"seluruh pegawai di lingkungan Pemerintah Kabupaten Sukamaju"}


@pytest.mark.parametrize("text", [
    # a caption without a full stop above a dateline lead stays apart
    "Bupati Sukamaju memberikan arahan kepada pegawai\n\nSUKAMAJU - Bupati meminta ASN tidak memasang baliho calon.",
    # one heading line that ends in a lower-case word, above a sentence that opens with a capital
    "Larangan bagi pegawai di media sosial\n\nPegawai tidak boleh membagikan unggahan calon.",
])
def test_lines_of_an_ordinary_page_are_not_joined(text):
    from corpus_tools.clauses.document import join_wrapped
    from corpus_tools.segment import segment
    paras, sents = segment(text)
    assert join_wrapped(text, paras, sents) == (paras, sents)


@pytest.mark.parametrize("word,meant", [("rnenjadi", "menjadi"), ("rnelarang", "melarang"), ("rnemasang", "memasang")])
def test_ocr_rn_for_m_at_a_word_start_is_matched_as_m_and_kept_verbatim(word, meant):
    from corpus_tools.clauses.lexicon import tokenize
    tok = tokenize(f"Pegawai {word} itu, kata gubernur yang modern.")[1]
    assert (tok.text, tok.low) == (word, meant)
    assert [t.low for t in tokenize("gubernur modern")] == ["gubernur", "modern"]


@pytest.mark.parametrize("text,expected", [
    # "l." is a misread "1." before "2.": one numbered list
    ("Pegawai dilarang melakukan hal berikut:\n\nl. Memasang baliho calon;\n\n2. Menghadiri deklarasi calon;",
     ["prohibition", "prohibition"]),
    ("Camat diminta untuk:\nl. Mendata perangkat desa yang ikut kampanye;\n2. Tidak memakai mobil dinas untuk kampanye;\n"
     "3. Melapor ke Bupati setiap pekan.",
     ["obligation", "prohibition", "obligation"]),
    # ... but the twelfth item of a lettered list stays lettered
    ("Pegawai dilarang melakukan hal berikut:\n\n" + "\n\n".join(
        f"{c}. Memasang stiker calon nomor {n} di kantor;" for n, c in enumerate("abcdefghijkl", 1)),
     ["prohibition"] * 12),
])
def test_an_ocr_l_marker_is_read_by_the_list_around_it(text, expected):
    out = clauses_of(text)
    assert [c.kind for c in out] == expected
    assert all(c.parent is None for c in out)


# -- reader Q&A columns ----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("TANYA:\nSaya camat di Sukamaju. Adik saya maju sebagai calon bupati. Apakah saya boleh ikut menjadi "
     "ketua tim di kecamatan? (Darmin, Sukamaju Hilir)\n\nJAWAB:\nSelamat siang, Pak Camat. Jawabannya tidak boleh. "
     "Camat dilarang menjadi anggota tim kampanye, meskipun calonnya keluarga sendiri.",
     [("prohibition", "Camat dilarang menjadi anggota tim kampanye, meskipun calonnya keluarga sendiri")]),
    ("Tanya: Kami guru PPPK. Kalau hari Minggu, boleh tidak kami ikut konvoi calon? (Sri, Tirtajaya)\n\n"
     "Jawab: Tentu saja tidak boleh. Guru PPPK tidak boleh ikut konvoi kapan pun.",
     [("prohibition", "Guru PPPK tidak boleh ikut konvoi kapan pun")]),
])
def test_a_question_is_no_rule_and_a_verdict_restated_gives_only_the_restatement(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("TANYA:\nKami perangkat desa. Malam hari di luar jam kerja, boleh tidak kami ikut pawai calon? (Nur, Wanareja)\n\n"
     "JAWAB:\nTidak boleh, Bu.",
     [("prohibition", "ikut pawai calon")]),
    ("Pertanyaan: Bolehkah pegawai honorer menghadiri deklarasi pasangan calon di luar jam dinas?\n\n"
     "Jawaban: Boleh, asalkan tidak memakai seragam dinas.",
     [("permission", "menghadiri deklarasi pasangan calon di luar jam dinas")]),
])
def test_a_bare_verdict_gives_the_questions_act_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Apakah camat boleh datang ke deklarasi calon? (Rina, Sukamaju)\n\n"
     "Jawabannya tidak boleh. Camat dilarang hadir dalam deklarasi pasangan calon.",
     [("prohibition", "Camat dilarang hadir dalam deklarasi pasangan calon")]),
    ("Bolehkah kepala sekolah memasang foto calon di ruang guru?\n\nSama sekali tidak boleh.",
     [("prohibition", "memasang foto calon di ruang guru")]),
])
def test_an_unlabelled_question_and_its_answer(text, expected):
    assert kinds(text) == expected


# -- nested lists: an item that is a lead-in above lettered sub-items ------------------------
@pytest.mark.parametrize("text,expected", [
    ("Isi edaran Bupati Sukamaju sebagai berikut:\n\n1. Larangan bagi ASN:\n\na. Memasang baliho calon;\n\n"
     "b. Menghadiri deklarasi calon;\n\n2. Kewajiban ASN:\n\na. Menjaga netralitas di media sosial;\n\n"
     "b. Melaporkan pelanggaran kepada atasan.",
     [("prohibition", "Memasang baliho calon"), ("prohibition", "Menghadiri deklarasi calon"),
      ("obligation", "Menjaga netralitas di media sosial"), ("obligation", "Melaporkan pelanggaran kepada atasan")]),
    ("Surat edaran Wali Kota Tirtajaya mengatur:\n1. Pegawai dilarang:\na) mengunggah foto bersama calon;\n"
     "b) ikut konvoi kampanye;\n2. Pegawai boleh:\na) menonton debat di rumah.\n3. Pegawai wajib melapor kepada atasan.",
     [("prohibition", "mengunggah foto bersama calon"), ("prohibition", "ikut konvoi kampanye"),
      ("permission", "menonton debat di rumah"), ("obligation", "Pegawai wajib melapor kepada atasan")]),
])
def test_sub_items_under_a_lead_in_item_take_its_kind(text, expected):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == expected
    assert all(c.parent is None for c in out)      # the lead-in item is no clause to hang them on


# -- a list interrupted by a "Baca juga" line or a photo caption ------------------------------
@pytest.mark.parametrize("text", [
    "ASN dilarang melakukan hal-hal berikut:\n\n1. Memasang baliho calon di kantor;\n\n2. Menghadiri deklarasi calon;"
    "\n\nBaca juga: Bupati Sukamaju Lantik 40 Pejabat Baru\n\n3. Mengunggah foto bersama calon;\n\n4. Menjadi juru kampanye.",
    "Perangkat desa tidak boleh melakukan hal berikut:\n\n- Memasang baliho calon di balai desa\n\n- Menghadiri "
    "deklarasi calon\n\nFoto: Camat Wanareja saat sosialisasi di balai desa, Senin (2/9/2024). (Dok. Humas)\n\n"
    "- Mengunggah foto bersama calon\n\n- Menjadi juru kampanye",
])
def test_a_list_goes_on_after_an_interrupting_line(text):
    assert [k for k, _ in kinds(text)] == ["prohibition"] * 4


def test_a_paragraph_before_an_unrelated_list_closes_the_list():
    text = ("ASN dilarang melakukan hal-hal berikut:\n\n1. Memasang baliho calon;\n\n2. Menghadiri deklarasi calon;\n\n"
            "Sementara itu, panitia merilis jadwal kegiatan.\n\n1. Senam pagi bersama warga;\n\n2. Lomba kebersihan kantor.")
    assert [k for k, _ in kinds(text)] == ["prohibition"] * 2


# -- a list inside one sentence ---------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Bupati Sukamaju meminta ASN memperhatikan lima hal, yaitu (1) tidak memasang baliho calon di kantor; "
     "(2) tidak menghadiri deklarasi; (3) menjaga netralitas di media sosial; dan (4) melaporkan pelanggaran kepada atasan.",
     [("prohibition", "tidak memasang baliho calon di kantor"), ("prohibition", "tidak menghadiri deklarasi"),
      ("obligation", "menjaga netralitas di media sosial"), ("obligation", "melaporkan pelanggaran kepada atasan")]),
    ("Ada dua kewajiban bagi kepala sekolah, yakni a) mendata guru yang menjadi anggota KPPS dan b) tidak memberi "
     "izin kampanye di sekolah.",
     [("obligation", "mendata guru yang menjadi anggota KPPS"), ("prohibition", "tidak memberi izin kampanye di sekolah")]),
])
def test_numbered_items_inside_a_sentence_are_items_of_the_head(text, expected):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == expected
    assert all(c.list_marker for c in out)


@pytest.mark.parametrize("text,expected", [
    ("Edaran itu memuat beberapa larangan. Pertama, ASN dilarang memasang baliho, kedua tidak boleh menghadiri "
     "deklarasi, dan ketiga tidak boleh mengunggah foto bersama calon.",
     [("prohibition", "ASN dilarang memasang baliho"), ("prohibition", "tidak boleh menghadiri deklarasi"),
      ("prohibition", "tidak boleh mengunggah foto bersama calon")]),
    ("Camat menyebut tiga larangan, pertama memasang baliho di kantor desa, kedua menghadiri deklarasi calon, "
     "dan ketiga memakai mobil desa untuk kampanye.",
     [("prohibition", "memasang baliho di kantor desa"), ("prohibition", "menghadiri deklarasi calon"),
      ("prohibition", "memakai mobil desa untuk kampanye")]),
])
def test_ordinals_inside_one_sentence_are_items(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Rapat pertama digelar Senin, kedua pada Kamis, dan ketiga pekan depan.",          # no cue anywhere
    "Pembagian tugas: 1) sekretariat, 2) logistik.",                                  # no rule in it
])
def test_inline_sequences_without_a_rule_give_nothing(text):
    assert kinds(text) == []
