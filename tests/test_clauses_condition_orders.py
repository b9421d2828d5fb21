"""Orders given after a condition in an official's speech: a bare root imperative ("ambil
cuti dulu", "urus dulu surat pengunduran diri") is the clause, the condition before it is
not; "ambil contoh" is a figure of speech, no order. Two orders joined by "dan" are two
clauses when the first has its own object ("tegur dengan sopan dan minta ..."), one when
they share it ("segera panggil dan laporkan ..."). All texts are invented."""
import pytest

from clause_helpers import kinds, only_clause


@pytest.mark.parametrize("text,expected", [
    ('"Kalau mau menonton rapat umum calon, ambil cuti dulu," kata Sekda Tanjung Harapan.',
     [("obligation", "ambil cuti dulu")]),
    ("“Jika ingin maju sebagai caleg, urus dulu surat pengunduran diri ke BKPSDM,” ujar Kepala BKD Sungai Limau.",
     [("obligation", "urus dulu surat pengunduran diri ke BKPSDM")]),
    ('"Kalau diundang ke syukuran pemenangan, ambil surat tugas dari atasan," kata Camat.',
     [("obligation", "ambil surat tugas dari atasan")]),
])
def test_a_root_imperative_after_a_condition_in_speech_is_an_order(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    '"Ambil contoh kecamatan sebelah, semua kepala dusun hadir di rapat itu," kata Camat.',
    "Ambil cuti dulu sebelum liburan, begitu kebiasaan para pegawai di kantor itu.",
])
def test_a_root_imperative_in_a_figure_of_speech_or_in_narration_is_no_order(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ('"Kalau ada orang tua siswa datang memakai kaus calon, tegur dengan sopan dan minta kausnya ditutup," kata Kepala Sekolah.',
     [("obligation", "tegur dengan sopan"), ("obligation", "minta kausnya ditutup")]),
    ("“Jika ada tim sukses datang ke puskesmas, catat nama mereka dan laporkan ke panwascam,” ujar Kepala Dinas Kesehatan.",
     [("obligation", "catat nama mereka"), ("obligation", "laporkan ke panwascam")]),
])
def test_orders_joined_by_dan_are_one_clause_each(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ('"Kalau ada kepala dusun yang memasang baliho calon, segera panggil dan laporkan ke camat," kata Bupati.',
     [("obligation", "segera panggil dan laporkan ke camat")]),
    ('"Jika menemukan amplop berisi uang, tegur dan laporkan ke pengawas," ujar Ketua Panwascam.',
     [("obligation", "tegur dan laporkan ke pengawas")]),
])
def test_orders_sharing_one_object_stay_one_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kalau mau berpartai harus mundur dari PNS.", ("obligation", "harus mundur dari PNS")),
    ("Jika ingin jadi tim sukses wajib mundur dari PNS terlebih dahulu.",
     ("obligation", "wajib mundur dari PNS terlebih dahulu")),
    ("Kalau kepala desa hendak berkampanye tidak boleh memakai fasilitas desa.",
     ("prohibition", "tidak boleh memakai fasilitas desa")),
])
def test_rule_answering_a_wish_without_a_comma(text, expected):
    # the wish (conditional, volition verb, act) is complete before the cue: the cue opens the rule
    assert only_clause(text) == expected


@pytest.mark.parametrize("text", [
    "Jika ASN harus memilih, ia memilih dengan hati nurani.",
    "Kalau tidak bisa hadir harus memberi kabar ke panitia arisan.",
])
def test_modal_inside_a_condition_without_a_wish_stays_a_condition(text):
    assert kinds(text) == []
