"""Bare imperatives in an official's speech are orders: inside a quote (straight or curly,
over several sentences and paragraphs), with an attribution, in a transcript turn, in an
answer to a question. The same words in narration, a favour asked of the speaker, an
outlet's call to its readers, and an option offered after the order are no rule. All
texts are invented."""
import pytest

from clause_helpers import kinds, only_clause


@pytest.mark.parametrize("text,expected", [
    ('"Jangan ikut kampanye. Sertakan surat tugas kalau hadir di acara partai," kata Bupati Sukamaju.',
     [("prohibition", "Jangan ikut kampanye"), ("obligation", "Sertakan surat tugas kalau hadir di acara partai")]),
    ("“Simpan tangkapan layar setiap ajakan memilih calon,” ujar Kepala BKPSDM Lembah Hijau, Rina Wati.",
     [("obligation", "Simpan tangkapan layar setiap ajakan memilih calon")]),
    ("Camat Pesisir Timur juga berpesan, “Lepaskan stiker calon dari mobil dinas sebelum apel pagi.”",
     [("obligation", "Lepaskan stiker calon dari mobil dinas sebelum apel pagi")]),
])
def test_a_bare_imperative_in_a_quote_is_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bupati mengumpulkan para lurah di pendapa.\n\n"
     "“Kalian punya perangkat di setiap RT. Awasi mereka selama masa tenang.\n\n"
     "“Copot baliho calon dari pagar kantor kelurahan,” katanya.",
     [("obligation", "Awasi mereka selama masa tenang"),
      ("obligation", "Copot baliho calon dari pagar kantor kelurahan")]),
    ('Sekda menutup rapat dengan pesan.\n\n"Pegawai punya hak pilih. Tinggalkan grup percakapan yang dipakai tim '
     'sukses.\n\n"Lampirkan bukti kalau ada atasan yang memaksa," ujarnya.',
     [("obligation", "Tinggalkan grup percakapan yang dipakai tim sukses"),
      ("obligation", "Lampirkan bukti kalau ada atasan yang memaksa")]),
])
def test_a_quote_goes_on_over_paragraphs(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("SEKDA: Jangan like dan komentar unggahan calon. Simpan tangkapan layar kalau ada ajakan.",
     [("prohibition", "Jangan like dan komentar unggahan calon"),
      ("obligation", "Simpan tangkapan layar kalau ada ajakan")]),
    ("Kepala BKD: Kirimkan daftar pegawai yang cuti kampanye paling lambat Jumat.",
     [("obligation", "Kirimkan daftar pegawai yang cuti kampanye paling lambat Jumat")]),
])
def test_a_transcript_turn_is_speech(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Apa yang harus dilakukan guru yang diajak ke posko pemenangan?\n\n"
     "Tolak dengan sopan. Catat nama orang yang mengajak dan tanggalnya.",
     [("obligation", "Tolak dengan sopan"), ("obligation", "Catat nama orang yang mengajak dan tanggalnya")]),
    ("Bagaimana jika kepala desa menerima kiriman kaus calon?\n\n"
     "Kembalikan kausnya, lalu beri tahu panwascam.",
     [("obligation", "Kembalikan kausnya"), ("obligation", "beri tahu panwascam")]),
])
def test_an_answer_after_a_question_is_speech(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Catat nama orang yang mengajak dan tanggalnya, lalu pulang ke rumah.",
    "Simpan tangkapan layar itu di folder yang aman agar mudah dicari.",
])
def test_the_same_words_in_narration_are_no_order(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    '"Ingatkan saya kalau ada pegawai yang melanggar," kata Bupati.',
    "“Doakan kami supaya pilkada berjalan damai,” ujar Wali Kota.",
    "“Punya pertanyaan soal pilkada? Kirimkan ke rubrik Tanya Pakar,” tulis redaksi.",
])
def test_a_favour_or_a_call_to_readers_is_no_order(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Copot baliho di kantor, bisa datang ke kantor camat untuk minta bantuan," ujarnya.',
     [("obligation", "Copot baliho di kantor")]),
    ("“Turunkan spanduk calon dari pagar sekolah, dapat juga minta tolong penjaga sekolah,” kata Kadis.",
     [("obligation", "Turunkan spanduk calon dari pagar sekolah")]),
])
def test_an_option_after_the_order_ends_it(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kalau mereka memaksa, telepon saya," kata Camat.', [("obligation", "telepon saya")]),
    ("“Tolong awasi anggota sampai ke pos jaga,” kata Kapolres.", [("obligation", "awasi anggota sampai ke pos jaga")]),
    ("“Bapak-Ibu kepala sekolah, pastikan tidak ada guru yang memakai atribut calon,” ujarnya.",
     [("obligation", "pastikan tidak ada guru yang memakai atribut calon")]),
])
def test_an_order_to_report_to_the_speaker_and_after_openers(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Perhatikan hal ini sungguh-sungguh," tambahnya.',
    "“Laksanakan itu semua,” kata Bupati.",
    "“Bicarakan baik-baik,” ujar Camat.",
])
def test_an_order_that_names_no_act_is_no_rule(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Kapolsek tolong awasi betul anggota di desa," ujarnya.', "awasi betul anggota di desa"),
    ('"Para camat, pastikan tidak ada baliho calon di kantor kecamatan," ujarnya.',
     "pastikan tidak ada baliho calon di kantor kecamatan"),
    ("“Pak Lurah mohon sertakan daftar hadir rapat,” kata Camat.", "sertakan daftar hadir rapat"),
])
def test_an_addressee_named_before_the_order(text, expected):
    assert kinds(text) == [("obligation", expected)]


def test_the_last_paragraph_of_a_quote_without_its_opening_mark_is_speech():
    text = ("Direktur rumah sakit mengumpulkan kepala ruangan.\n\n"
            "“Pelayanan pasien tidak boleh terganggu oleh urusan pilkada.\n\n"
            "Simpan atribut calon di luar bangsal. Pasien datang untuk berobat,” tegasnya.")
    assert ("obligation", "Simpan atribut calon di luar bangsal") in kinds(text)


@pytest.mark.parametrize("text,expected", [
    ('"Kirim staf untuk mencatat saja juga tidak boleh," ujar Kadis.',
     [("prohibition", "Kirim staf untuk mencatat saja juga tidak boleh")]),
    ("“Pasang foto calon di grup kantor itu dilarang,” kata Camat.",
     [("prohibition", "Pasang foto calon di grup kantor itu dilarang")]),
])
def test_an_act_judged_at_the_end_is_no_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Ajak masyarakat supaya tidak mudah percaya kabar bohong soal calon," kata Kapolres Teluk Dalam.',
     ("obligation", "Ajak masyarakat supaya tidak mudah percaya kabar bohong soal calon")),
    ('"Waspadai ajakan dari tim sukses yang menjanjikan jabatan," ujar Sekda Bukit Jaya.',
     ("obligation", "Waspadai ajakan dari tim sukses yang menjanjikan jabatan")),
])
def test_root_orders_to_enlist_and_to_beware(text, expected):
    assert only_clause(text) == expected


def test_the_same_root_in_a_bystanders_quote_is_no_order():
    assert kinds('"Ajak saja dia ngopi di warung," kata seorang warga.') == []


@pytest.mark.parametrize("text, orders", [
    ("\"Mari kita jaga pilkada yang sejuk, hati-hati kampanye hitam, hati-hati isu SARA,\" kata Kapolsek.",
     ["jaga pilkada yang sejuk", "hati-hati kampanye hitam", "hati-hati isu SARA"]),
    ("\"Jadilah pemilih yang cerdas. Hati-hati dengan kabar bohong di grup keluarga,\" ujar Kasat Binmas.",
     ["Jadilah pemilih yang cerdas", "Hati-hati dengan kabar bohong di grup keluarga"]),
])
def test_warnings_and_jadilah_are_orders_in_speech(text, orders):
    assert kinds(text) == [("obligation", o) for o in orders]


def test_jadilah_in_narration_is_no_order():
    assert kinds("Jadilah ia juara kelas tahun itu, dan kepala sekolah memberinya hadiah.") == []


@pytest.mark.parametrize("text, order", [
    ("\"Tahan diri dulu sampai pencoblosan selesai,\" kata Kepala Kesbangpol.", "Tahan diri dulu sampai pencoblosan selesai"),
    ("\"Kalau ada yang mengajak ke posko pemenangan, tahan diri,\" ujar camat.", "tahan diri"),
])
def test_tahan_diri_is_an_order_in_speech(text, order):
    assert kinds(text) == [("obligation", order)]
