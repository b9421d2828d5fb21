"""General causes of the misses of hold-out sets x and y (issue 9, session 7, clauses11),
each built as a mechanism and tested on invented wordings (none is a sentence of the
sets): table rows whose first cell is the row number, a kind named in the sentence before
"Berikut daftarnya:" through a framed relative cue, regional negators, bare imperative
verbs after a condition, and "Larangan tersebut meliputi A dan B". All texts are invented."""
import pytest

from clause_helpers import clauses_of, kinds


# -- a table whose rows open with the row number as a cell -------------------------------------
TABLE_NUMBER_CELLS_A = """Dinas Kesehatan Kabupaten Sukamaju merinci isi edaran bupati.

Lampiran edaran memuat tabel berikut:

No | Larangan | Dasar
1 | Memasang stiker calon di ambulans | PP 94/2021
2 | Menghadiri rapat tim pemenangan pada jam kerja | SKB 2022
3 | Membagikan kaus calon kepada pasien | PP 94/2021

Kepala dinas meminta semua puskesmas menempel tabel itu."""

TABLE_NUMBER_CELLS_B = """Rincian kewajiban pegawai kecamatan, menurut camat, tercantum dalam tabel.

Nomor | Kewajiban pegawai | Keterangan
1 | Menjaga jarak yang sama dengan semua pasangan calon | wajib
2 | Melaporkan ajakan berkampanye kepada atasan | wajib

Tabel itu dibagikan kepada semua kepala seksi."""


@pytest.mark.parametrize("text,expected", [
    (TABLE_NUMBER_CELLS_A, [("prohibition", "Memasang stiker calon di ambulans"),
                            ("prohibition", "Menghadiri rapat tim pemenangan pada jam kerja"),
                            ("prohibition", "Membagikan kaus calon kepada pasien")]),
    (TABLE_NUMBER_CELLS_B, [("obligation", "Menjaga jarak yang sama dengan semua pasangan calon"),
                            ("obligation", "Melaporkan ajakan berkampanye kepada atasan")]),
])
def test_rows_numbered_in_their_first_cell_are_items_without_the_number_and_other_cells(text, expected):
    assert [k for k in kinds(text) if k[1] in {e[1] for e in expected}] == expected
    assert not any("|" in t for _, t in kinds(text))


def test_number_cells_out_of_sequence_make_no_table():
    text = ("Skor pertandingan voli antarkecamatan pekan lalu:\n\nTim | Skor | Catatan\n"
            "3 | Kecamatan Lembah Hijau | menang\n1 | Kecamatan Sukamaju | kalah\n")
    assert kinds(text) == []


# -- the kind named before a bare "Berikut daftarnya:" -------------------------------------------
@pytest.mark.parametrize("lead,kind", [
    ("Surat itu menyebut beberapa kegiatan yang disebut terlarang bagi guru. Berikut rinciannya:", "prohibition"),
    ("Ada sejumlah perbuatan yang dianggap tidak boleh dilakukan lurah. Daftarnya sebagai berikut:", "prohibition"),
    ("Edaran memuat beberapa tindakan yang dinyatakan wajib bagi camat. Berikut daftarnya:", "obligation"),
])
def test_a_framed_relative_cue_before_a_bare_lead_in_gives_the_noun_items_their_kind(lead, kind):
    text = f"{lead}\n\n- Pemasangan bendera partai di sekolah\n- Kehadiran dalam rapat pemenangan calon\n"
    got = kinds(text)
    assert (kind, "Pemasangan bendera partai di sekolah") in got
    assert (kind, "Kehadiran dalam rapat pemenangan calon") in got


def test_a_lead_in_after_a_sentence_without_a_rule_passes_no_kind():
    text = ("Ada sejumlah kegiatan yang disebut meriah oleh warga. Berikut daftarnya:\n\n"
            "- Pemasangan bendera di jalan desa\n- Kehadiran dalam lomba perahu\n")
    assert kinds(text) == []


# -- regional negators: Papuan "tra", Kupang "sonde", "jang" for "jangan" ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala distrik bilang pegawai tra boleh pakai mobil dinas untuk antar tim kampanye.",
     ("prohibition", "pegawai tra boleh pakai mobil dinas untuk antar tim kampanye")),
    ("Guru sonde boleh ajak murid pilih calon tertentu.",
     ("prohibition", "Guru sonde boleh ajak murid pilih calon tertentu")),
    ("\"Bapa ibu guru jang pasang foto calon di kelas,\" kata kepala sekolah.",
     ("prohibition", "jang pasang foto calon di kelas")),
])
def test_regional_negators_forbid(text, expected):
    got = kinds(text)
    assert len(got) == 1 and got[0][0] == expected[0]
    assert expected[1] in got[0][1] or got[0][1] in expected[1]


def test_a_regional_negator_does_not_make_a_permission():
    assert kinds("Pegawai tra boleh ikut deklarasi calon.")[0][0] == "prohibition"
    assert kinds("Pegawai boleh ikut nonton debat calon.")[0][0] == "permission"


# -- a bare imperative verb after a condition ---------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("\"Kalau ada camat yang ikut konvoi, panggil dan beri surat teguran,\" kata Sekda.",
     ("obligation", "panggil dan beri surat teguran")),
    ("\"Jika tim calon memaksa memakai aula, hubungi kantor kecamatan,\" ujarnya.",
     ("obligation", "hubungi kantor kecamatan")),
    ("\"Bila menemukan stiker calon di mobil dinas, catat nomor polisinya,\" kata Inspektur.",
     ("obligation", "catat nomor polisinya")),
])
def test_a_bare_imperative_after_a_condition_is_an_instruction(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text", [
    "Hubungi redaksi kami untuk pemasangan iklan.",
    "Catat tanggalnya: festival kuliner digelar Sabtu depan.",
])
def test_a_bare_imperative_at_a_sentence_head_is_a_call_to_readers(text):
    assert kinds(text) == []


# -- a noun of rule named before, and the acts it covers -----------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Bupati melarang guru berkampanye. Larangan tersebut meliputi pula memasang iklan calon.",
     ("prohibition", "memasang iklan calon")),
    ("Sekda mewajibkan lurah hadir di apel. Kewajiban itu juga meliputi mengisi daftar hadir di kantor camat.",
     ("obligation", "mengisi daftar hadir di kantor camat")),
])
def test_a_rule_noun_subject_passes_its_kind_to_the_acts_it_covers(text, expected):
    got = kinds(text)
    assert any(k == expected[0] and expected[1] in t for k, t in got)


def test_a_rule_noun_subject_without_an_enumeration_gives_no_act():
    assert kinds("Larangan ini berlaku sejak Senin pekan lalu.") == []


@pytest.mark.parametrize("text,acts", [
    ("Edaran memuat larangan bagi guru untuk berkampanye. Larangan itu meliputi banyak bentuk, mulai dari "
     "memakai kaus calon di sekolah, ikut arak-arakan pendukung, hingga menyumbang dana pemenangan.",
     ["memakai kaus calon di sekolah", "menyumbang dana pemenangan"]),
    ("Camat wajib netral. Kewajiban tersebut meliputi beberapa hal, mulai dari menjaga jarak dengan semua "
     "calon sampai menolak undangan rapat tim sukses.",
     ["menjaga jarak dengan semua calon"]),
])
def test_a_range_after_the_rule_noun_gives_acts_without_its_opener(text, acts):
    got = kinds(text)
    for act in acts:
        assert any(t.startswith(act) for _, t in got), (act, got)
    assert not any("mulai dari" in t for _, t in got)


# -- a noun of rule inside an act does not swallow the negated cue after "dan" -----------------------
@pytest.mark.parametrize("text,expected", [
    ("Petugas penertiban wajib membawa surat tugas dan tidak boleh memilih-milih baliho yang diturunkan.",
     [("obligation", "wajib membawa surat tugas"),
      ("prohibition", "tidak boleh memilih-milih baliho yang diturunkan")]),
    ("Panitia wajib mengantongi izin keramaian dan tidak boleh memasang bendera partai di lapangan.",
     [("obligation", "wajib mengantongi izin keramaian"),
      ("prohibition", "tidak boleh memasang bendera partai di lapangan")]),
])
def test_an_obligation_then_a_negated_cue_after_a_rule_noun_are_two_clauses(text, expected):
    assert kinds(text) == expected


# -- a short relative clause on the object ends before "dan" and the next act ---------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala bidang wajib menegur pegawai yang melanggar dan melapor ke inspektorat.",
     [("obligation", "Kepala bidang wajib menegur pegawai yang melanggar"), ("obligation", "melapor ke inspektorat")]),
    ("Camat wajib mengawasi lurah yang terbukti memihak dan melaporkannya ke bupati.",
     [("obligation", "Camat wajib mengawasi lurah yang terbukti memihak"), ("obligation", "melaporkannya ke bupati")]),
])
def test_a_relative_clause_before_dan_does_not_join_the_next_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Pegawai dilarang memasang spanduk yang dicetak dan dibagikan tim calon.",
    "Guru dilarang mengajak murid yang sudah punya hak pilih dan memberi mereka kaus calon.",
    "Camat dilarang membuat kebijakan yang menguntungkan atau merugikan salah satu calon bupati.",
])
def test_a_relative_clause_with_two_verbs_stays_one_act(text):
    assert len(kinds(text)) == 1


# -- a condition judged by a closing cue, then a contrasting rule ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kalau mau menonton debat di lapangan, boleh saja, tapi jangan pakai kaus calon.",
     [("permission", "Kalau mau menonton debat di lapangan, boleh"), ("prohibition", "jangan pakai kaus calon")]),
    ("Kalau cuma datang ke pasar murah calon, silakan, namun tidak boleh ikut membagikan kupon.",
     [("permission", "Kalau cuma datang ke pasar murah calon, silakan"),
      ("prohibition", "tidak boleh ikut membagikan kupon")]),
])
def test_a_judged_condition_then_a_contrasting_rule_gives_both(text, expected):
    assert kinds(text) == expected


# -- an attribution set off by commas between the actor and the cue ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Kepala sekolah, kata Kadisdik, diminta memantau grup percakapan guru setiap pekan.",
     ("obligation", "Kepala sekolah, kata Kadisdik, diminta memantau grup percakapan guru setiap pekan")),
    ("Para lurah, ujar Sekda, dilarang menghadiri deklarasi bakal calon.",
     ("prohibition", "Para lurah, ujar Sekda, dilarang menghadiri deklarasi bakal calon")),
])
def test_an_attribution_inside_commas_keeps_the_actor_before_it(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Edaran itu bukan hanya ditekankan kepada guru, melainkan para tenaga honorer juga tidak diperbolehkan "
     "mendukung calon.",
     ("prohibition", "para tenaga honorer juga tidak diperbolehkan mendukung calon")),
    ("Aturan ini tidak hanya ditujukan kepada camat, tetapi para lurah juga dilarang memasang baliho calon.",
     ("prohibition", "para lurah juga dilarang memasang baliho calon")),
])
def test_a_contrast_without_a_cue_right_after_it_does_not_close_the_first_cue(text, expected):
    assert expected in kinds(text)
