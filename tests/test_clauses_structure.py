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
     "Jawaban: Tentu saja boleh.",
     [("permission", "menghadiri deklarasi pasangan calon di luar jam dinas")]),
])
def test_a_bare_verdict_gives_the_questions_act_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pertanyaan: Bolehkah pegawai honorer menghadiri deklarasi calon?\n\nJawaban: Boleh, asalkan tidak memakai seragam.",
    "Apakah ASN boleh menonton kampanye?\n\nBoleh, sepanjang hanya mendengarkan visi dan misi calon.",
])
def test_a_verdict_with_conditions_is_a_clause_as_it_stands(text):
    out = kinds(text)
    assert [k for k, _ in out] == ["permission"]
    assert out[0][1] == text.split("\n\n")[1].split(": ")[-1].rstrip(".")


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


@pytest.mark.parametrize("text", [
    "Setiap personel dilarang:\n\n➤ Berfoto bersama caleg dengan pose jari\n\n➤ Memakai mobil dinas untuk acara partai"
    "\n\nSementara dua butir berikutnya ditujukan kepada para pimpinan satuan.\n\n➤ Para kapolsek memastikan markas "
    "bebas dari alat peraga kampanye\n\n➤ Kasi Propam menindak anggota yang berpihak",
    "Guru dilarang:\n\n- Memasang stiker calon di kelas\n\n- Mengajak murid ke lokasi kampanye\n\nAdapun poin "
    "selanjutnya berlaku bagi kepala sekolah.\n\n- Kepala sekolah mengawasi guru honorer\n\n- Kepala sekolah melapor "
    "ke dinas",
])
def test_a_sentence_about_the_items_after_it_ends_the_list_before_it(text):
    found = kinds(text)
    assert [k for k, _ in found[:2]] == ["prohibition", "prohibition"]
    assert not any(k == "prohibition" for k, _ in found[2:])     # the heads' duties are not forbidden


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


# -- a lead-in whose colon is missing or a semicolon ------------------------------------------
@pytest.mark.parametrize("text,actor", [
    ("Menurut edaran itu, ada tujuh larangan yang tidak boleh dilakukan pegawai selama masa kampanye, antara lain;\n"
     "- Mendekati partai politik untuk pencalonan;\n- Memasang atribut calon kepala daerah;\n"
     "- Menghadiri deklarasi calon dengan atau tanpa atribut partai.", None),
    ("Beberapa larangan bagi pegawai di Kabupaten Sukamaju yakni\n\n- Memasang baliho calon\n\n- Menghadiri deklarasi "
     "calon\n\n- Mengunggah foto bersama calon", "pegawai"),
])
def test_a_lead_in_ending_in_an_enumerator_or_semicolon_opens_its_list(text, actor):
    out = clauses_of(text)
    assert [c.kind for c in out] == ["prohibition"] * 3
    assert {c.actor for c in out} == {actor}


def test_an_enumerator_at_a_sentence_end_before_unrelated_bullets_names_no_kind():
    text = "Warga datang dari berbagai desa, antara lain;\n- Desa Sukamaju\n- Desa Wanareja"
    assert kinds(text) == []


# -- a circular's sections: "A. Dasar" / "B. Larangan" above numbered items -------------------
@pytest.mark.parametrize("text,expected", [
    ("Dengan ini disampaikan kepada seluruh pegawai hal-hal sebagai berikut:\n\nA. Dasar:\n\n1. Undang-Undang Nomor 5 "
     "Tahun 2014 tentang Aparatur Sipil Negara;\n\n2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS;\n\n"
     "B. Larangan:\n\n1. Memasang spanduk bakal calon di kantor;\n\n2. Menghadiri deklarasi pasangan calon;\n\n"
     "C. Kewajiban:\n\n1. Menjaga netralitas;\n\n2. Melaporkan pelanggaran kepada atasan.\n\nDemikian untuk dilaksanakan.",
     [("prohibition", "Memasang spanduk bakal calon di kantor"), ("prohibition", "Menghadiri deklarasi pasangan calon"),
      ("obligation", "Menjaga netralitas"), ("obligation", "Melaporkan pelanggaran kepada atasan")]),
    ("Surat Edaran Wali Kota Tirtajaya itu memuat:\nA. Ketentuan umum\n1. Netralitas merupakan asas manajemen ASN.\n"
     "B. Larangan bagi ASN\n1. Menjadi anggota partai politik;\n2. Memberikan dukungan kepada calon;\nC. Sanksi\n"
     "1. Hukuman disiplin sedang;\n2. Hukuman disiplin berat.",
     [("prohibition", "Menjadi anggota partai politik"), ("prohibition", "Memberikan dukungan kepada calon")]),
])
def test_section_headings_of_a_circular_give_their_items_a_kind_and_cited_laws_none(text, expected):
    assert kinds(text) == expected


def test_a_section_heading_names_the_party_of_its_items():
    text = "Isi edaran:\nA. Larangan bagi kepala desa\n1. Memakai mobil desa untuk kampanye;\n2. Mengumpulkan KTP warga."
    assert {c.actor for c in clauses_of(text)} == {"kepala desa"}


# -- a listicle heading that names the kind by a noun of rule ---------------------------------
@pytest.mark.parametrize("text,expected", [
    ("12 Poin Larangan bagi Pegawai dalam Pilkada Tirtajaya 2024\n\n1. Menjadi narasumber dalam kegiatan partai\n\n"
     "2. Mendekati partai politik untuk memperoleh dukungan",
     [("prohibition", "Menjadi narasumber dalam kegiatan partai"),
      ("prohibition", "Mendekati partai politik untuk memperoleh dukungan")]),
    ("Kewajiban Kepala Desa Selama Masa Kampanye\n\n- Menjaga netralitas perangkat desa\n\n"
     "- Tidak memakai dana desa untuk kegiatan calon",
     [("obligation", "Menjaga netralitas perangkat desa"), ("prohibition", "Tidak memakai dana desa untuk kegiatan calon")]),
])
def test_a_heading_with_a_noun_of_rule_opens_the_list_under_it(text, expected):
    assert kinds(text) == expected


def test_a_heading_over_other_stories_headlines_opens_no_list():
    text = ("Larangan Mudik Diperpanjang Lagi\n\n- Harga Cabai Naik Lagi Menjelang Akhir Tahun Ini\n\n"
            "- Pemkot Tambah Armada Sampah Untuk Kawasan Pasar")
    assert kinds(text) == []


# -- an instruction's diktum labels ---------------------------------------------------------
DIKTUM_1 = ("Instruksi itu ditujukan kepada camat dan kepala desa. Berikut bunyi diktumnya:\n\n"
            "KESATU: Kepala desa, perangkat desa dan anggota BPD tidak menjadi anggota tim kampanye.\n\n"
            "KEDUA: Camat melakukan pengawasan terhadap pemerintah desa.\n\n"
            "KETIGA: Instruksi ini mulai berlaku pada tanggal ditetapkan.\n\n"
            "Dikonfirmasi wartawan, Bupati Sukamaju membenarkan instruksi itu. Ia menyebut pengawasan dimulai pekan ini.")
DIKTUM_2 = ("Rektor Universitas Tirtajaya menerbitkan instruksi netralitas. Isinya sebagai berikut:\n\n"
            "PERTAMA: Dosen, tenaga kependidikan dan mahasiswa tidak memasang alat peraga kampanye di kampus.\n\n"
            "KEDUA: Dekan mengawasi kegiatan politik di fakultas.\n\n"
            "KETIGA: Instruksi ini berlaku sejak tanggal ditetapkan.\n\n"
            "Diketahui, kampus itu pernah didatangi tim kampanye pada pemilu lalu.")


@pytest.mark.parametrize("text,expected", [
    (DIKTUM_1, [("prohibition", "Kepala desa, perangkat desa dan anggota BPD tidak menjadi anggota tim kampanye"),
                ("obligation", "Camat melakukan pengawasan terhadap pemerintah desa")]),
    (DIKTUM_2, [("prohibition", "Dosen, tenaga kependidikan dan mahasiswa tidak memasang alat peraga kampanye di kampus"),
                ("obligation", "Dekan mengawasi kegiatan politik di fakultas")]),
])
def test_diktum_items_negated_after_a_list_of_subjects_closing_provision_and_list_end(text, expected):
    got = kinds(text)
    assert got[:2] == expected
    assert not any("berlaku" in t or "Dikonfirmasi" in t or "Diketahui" in t for _, t in got)


# -- an attribution that closes a clause's span -------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Anggota Linmas hanya boleh berjaga di luar TPS dan tidak ikut masuk ke area bilik suara, kata Kepala Satpol PP "
     "Sukamaju Hilir, Darius Manurung.", "tidak ikut masuk ke area bilik suara"),
    ("Pegawai dilarang memasang baliho calon di kantor dinas, tegas Sekda Tirtajaya.",
     "Pegawai dilarang memasang baliho calon di kantor dinas"),
    ("Pegawai dilarang memasang baliho calon di kantor dinas, ujarnya.",
     "Pegawai dilarang memasang baliho calon di kantor dinas"),
])
def test_a_closing_attribution_is_no_part_of_the_act(text, expected):
    assert kinds(text)[-1][1] == expected


def test_an_attribution_inside_the_act_keeps_what_follows_it():
    text = "Pegawai dilarang memasang baliho, kata dia, kecuali di rumah pribadi."
    assert kinds(text)[0][1].endswith("kecuali di rumah pribadi")


# -- a legal instrument's preamble ------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("BUPATI SUKAMAJU,\n\nMenimbang : a. bahwa pegawai wajib bersikap netral dalam pemilihan kepala daerah;\n\n"
     "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Instruksi Bupati;\n\n"
     "Mengingat : 1. Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;\n\n"
     "2. Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS;\n\nMENGINSTRUKSIKAN:\n\n"
     "Kepada : Seluruh Kepala Perangkat Daerah\n\nUntuk :\n\nKESATU : Tidak menghadiri deklarasi pasangan calon;\n\n"
     "KEDUA : Mengawasi pegawai di unit kerja masing-masing.",
     [("prohibition", "Tidak menghadiri deklarasi pasangan calon"),
      ("obligation", "Mengawasi pegawai di unit kerja masing-masing")]),
    ("Salinan keputusan itu berbunyi:\n\nMemperhatikan : 1. Surat Edaran Menteri tentang netralitas yang harus "
     "dipatuhi pegawai;\n\n2. Hasil rapat koordinasi yang wajib ditindaklanjuti;\n\nMEMUTUSKAN:\n\n"
     "Dosen dilarang berkampanye di lingkungan kampus.",
     [("prohibition", "Dosen dilarang berkampanye di lingkungan kampus")]),
])
def test_considerations_and_legal_bases_of_an_instrument_state_no_rule(text, expected):
    assert kinds(text) == expected


def test_mengingat_without_a_colon_is_running_text():
    text = "Mengingat pentingnya netralitas, pegawai dilarang memasang baliho calon di kantor."
    assert [k for k, _ in kinds(text)] == ["prohibition"]


@pytest.mark.parametrize("text,expected", [
    ("BUPATI TIRTAJAYA,\n\nMenimbang\n\n:\n\na. bahwa dalam rangka pemilihan kepala daerah perlu pengaturan tentang "
     "netralitas\n\npegawai;\n\nb. bahwa berdasarkan pertimbangan tersebut, perlu menetapkan Peraturan Bupati;\n\n"
     "Mengingat : 1. Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil\n\nNegara;\n\nMEMUTUSKAN:\n\n"
     "Pegawai dilarang menjadi anggota tim kampanye.",
     [("prohibition", "Pegawai dilarang menjadi anggota tim kampanye")]),
    ("Menimbang : bahwa dalam rangka melaksanakan amanat Pasal 31 ayat (2)\n\nUndang-Undang Nomor 6 Tahun 2014 tentang "
     "Desa, maka perlu menyusun\n\nPeraturan Bupati tentang Netralitas Perangkat Desa;\n\nMengingat : 1. Undang-Undang "
     "Nomor 6 Tahun 2014 tentang Desa;\n\nMEMUTUSKAN:\n\nPerangkat desa wajib bersikap netral.",
     [("obligation", "Perangkat desa wajib bersikap netral")]),
])
def test_a_wrapped_preamble_with_its_label_on_a_line_of_its_own_states_no_rule(text, expected):
    assert kinds(text) == expected


# -- a law's letters cited as sub-items ("b)", "g)") under "a. Pasal 29: ... dilarang:" ------------
@pytest.mark.parametrize("text,actors", [
    ("Dalam rangka menjaga netralitas, berdasarkan:\n\n1. Undang-Undang Nomor 6 Tahun 2014 tentang Desa.\n\n"
     "a. Pasal 29: Kepala Desa dilarang:\nb) membuat keputusan yang menguntungkan golongan tertentu;\n"
     "g) menjadi pengurus partai politik;\nc. Pasal 51: Perangkat Desa dilarang:\ng) menjadi pengurus partai politik;\n"
     "j) ikut serta dalam kampanye pemilihan kepala daerah.",
     ["Kepala Desa", "Kepala Desa", "Perangkat Desa", "Perangkat Desa"]),
    ("Isi surat imbauan itu:\n\na. Menurut undang-undang, kepala kampung dilarang:\nc) menyalahgunakan wewenang;\n"
     "j) terlibat dalam kampanye;\nb. Menurut undang-undang yang sama, anggota BPD dilarang:\nf) menjadi pengurus "
     "partai politik;\ng) menjadi tim kampanye.",
     ["kepala kampung", "kepala kampung", "anggota BPD", "anggota BPD"]),
])
def test_sub_items_with_a_closing_bracket_belong_to_the_lettered_lead_above_them(text, actors):
    out = clauses_of(text)
    assert [c.kind for c in out] == ["prohibition"] * 4
    assert [c.actor for c in out] == actors


@pytest.mark.parametrize("text,expected", [
    ("Berikut ini sepuluh pose yang dilarang bagi pegawai saat berfoto menjelang pemilu.\n\n"
     "1. Berfoto dengan satu jempol ke atas\n\n2. Berfoto dengan dua jari membentuk huruf V",
     [("prohibition", "Berfoto dengan satu jempol ke atas"), ("prohibition", "Berfoto dengan dua jari membentuk huruf V")]),
    ("Menurut Sekda, ada tiga kegiatan yang wajib dilakukan camat. Pertama, mendata perangkat desa. "
     "Kedua, melapor setiap pekan.",
     [("obligation", "mendata perangkat desa"), ("obligation", "melapor setiap pekan")]),
])
def test_a_counted_noun_with_a_relative_cue_announces_the_items(text, expected):
    assert kinds(text) == expected


def test_a_counted_noun_without_a_following_list_states_nothing():
    assert kinds("Panitia menyiapkan sepuluh kursi yang boleh dipakai tamu undangan.") == []


@pytest.mark.parametrize("text", [
    "Menurut dia, ada dua hal yang tidak boleh dilupakan warga. Pertama, membawa KTP ke TPS. "
    "Kedua, datang sebelum pukul 13.00.",
    "Kepala sekolah menyebut tiga perkara yang tidak boleh dilalaikan guru PPPK.\n\n"
    "- Mengisi daftar hadir pada hari pemungutan suara\n\n- Melapor kepada kepala sekolah bila menjadi anggota KPPS",
])
def test_things_that_must_not_be_forgotten_are_duties(text):
    assert [k for k, _ in kinds(text)] == ["obligation", "obligation"]


def test_causes_announced_without_a_cue_give_no_ordinal_clauses():
    text = ("Ketua Bawaslu Sukamaju menyebut ada tiga pemicu yang membuat pegawai tidak netral. Pertama, adanya "
            "hubungan kekerabatan dengan calon. Kedua, keinginan mendapat promosi jabatan.")
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Pegawai dilarang melakukan hal berikut:\n\n1. Memberikan dukungan kepada calon dalam bentuk:\n\n- ikut kampanye;\n\n"
    "- memakai atribut partai;\n\n2. Membuat keputusan yang menguntungkan calon.",
    "Edaran itu melarang kepala desa untuk:\n\n1. Mengerahkan perangkat desa, misalnya dengan cara:\n\na) mengumpulkan KTP "
    "warga;\n\nb) menggelar rapat di balai desa;\n\n2. Memasang baliho di kantor desa.",
])
def test_an_item_that_is_an_act_keeps_its_forms_as_its_children(text):
    out = clauses_of(text)
    assert [c.kind for c in out] == ["prohibition"] * 4
    assert out[0].list_marker == "1." and [c.parent for c in out[1:3]] == [out[0].clause_id] * 2
