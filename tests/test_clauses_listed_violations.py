"""Acts listed as violations after a sentence that announces them (session 18; all texts
invented): "Surat itu merinci berbagai tindakan yang dianggap sebagai pelanggaran netralitas.
Beberapa contohnya adalah A, B, serta C." gives one prohibition per act. The relative frames its
noun as a violation (`cues.json` announce_framers, announce_links: "yang tergolong / dianggap
sebagai / termasuk / masuk kategori pelanggaran"); the next sentence may open with a quantifier
before its marker (`enumeration_quantifiers`: "Beberapa contohnya", "Salah satu contohnya",
"Sebagian di antaranya")."""
import pytest

from corpus_tools.settings import Settings
from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Surat itu juga merinci sejumlah perbuatan yang tergolong pelanggaran netralitas pegawai. Beberapa "
     "contohnya adalah menempel stiker yang mengajak memilih calon, berkampanye lewat media sosial, serta "
     "menjadi pengurus partai politik.",
     ["menempel stiker yang mengajak memilih calon", "berkampanye lewat media sosial",
      "menjadi pengurus partai politik"]),
    ("Edaran wali kota memuat berbagai tindakan yang dianggap sebagai pelanggaran disiplin. Sebagian di "
     "antaranya mengunggah foto bersama kandidat dan ikut konvoi kampanye.",
     ["mengunggah foto bersama kandidat", "ikut konvoi kampanye"]),
    ("Panduan itu menyebut perbuatan yang masuk kategori pelanggaran kode etik. Salah satu contohnya ialah "
     "memberi komentar dukungan di akun kandidat.",
     ["memberi komentar dukungan di akun kandidat"]),
])
def test_examples_of_announced_violations_are_prohibitions(text, expected):
    assert kinds(text, Settings()) == [("prohibition", t) for t in expected]


@pytest.mark.parametrize("text", [
    "Bawaslu mencatat sejumlah kejadian yang dianggap sebagai kemajuan pengawasan. Beberapa contohnya "
    "adalah menambah posko pengaduan dan melatih relawan.",
    "Rapat itu membahas beberapa kegiatan yang termasuk program unggulan desa. Salah satu contohnya adalah "
    "membangun jalan usaha tani.",
])
def test_examples_of_things_that_are_no_violations_give_nothing(text):
    assert kinds(text, Settings()) == []


@pytest.mark.parametrize("text,expected", [
    ("Imbauan itu salah satunya melarang guru mendatangi rapat akbar calon atau pun menyumbang dana ke tim "
     "pemenangan.",
     [("prohibition", "melarang guru mendatangi rapat akbar calon"),
      ("prohibition", "menyumbang dana ke tim pemenangan")]),
    ("Imbauan bupati antara lain mengizinkan guru menghadiri debat calon atau pun menonton kampanye di "
     "luar jam kerja.",
     [("permission", "mengizinkan guru menghadiri debat calon"),
      ("permission", "menonton kampanye di luar jam kerja")]),
])
def test_a_listed_act_with_its_own_directive_cue_takes_that_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Sejumlah contoh keberpihakan yang tidak boleh dilakukan perangkat desa adalah, mendekati partai "
     "politik terkait pencalonan dirinya, memasang spanduk yang mempromosikan dirinya, menghadiri deklarasi calon.",
     [("prohibition", "mendekati partai politik terkait pencalonan dirinya"),
      ("prohibition", "memasang spanduk yang mempromosikan dirinya"),
      ("prohibition", "menghadiri deklarasi calon")]),
    ("Ada sejumlah hal yang wajib dilakukan kepala desa adalah menjaga ketertiban dan melaporkan pelanggaran.",
     [("obligation", "menjaga ketertiban"), ("obligation", "melaporkan pelanggaran")]),
])
def test_acts_after_the_copula_of_an_announcing_relative(text, expected):
    # session 18: "contoh ... yang tidak boleh dilakukan adalah, A, B, C" in one sentence
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Menurut Kepala Dinas Komunikasi dan Informatika (Diskominfo) Provinsi Sunda Raya Budi Hartanto, larangan "
     "itu bisa berupa menyimpan poster kandidat hingga meneruskan pesan berantai tim sukses.",
     ["menyimpan poster kandidat", "meneruskan pesan berantai tim sukses"]),
    ("Larangan bagi perangkat desa itu mencakup memasang bendera partai sampai mengantar calon berkeliling desa.",
     ["memasang bendera partai", "mengantar calon berkeliling desa"]),
])
def test_a_rule_noun_after_a_long_source_frame_and_a_range_of_acts(text, expected):
    # session 18: "Menurut <title and name>, larangan itu berupa A hingga B"
    assert kinds(text) == [("prohibition", t) for t in expected]


@pytest.mark.parametrize("text, items", [
    ("Kepala BKPSDM menyebut tujuh pose yang dilarang itu meliputi, pose dua jari, pose jempol ke atas, "
     "dan pose tangan membentuk hati.",
     ["pose dua jari", "pose jempol ke atas", "pose tangan membentuk hati"]),
    ("Menurut panwascam, gaya yang dilarang antara lain gaya salam tiga jari, gaya kepalan tangan di dada, "
     "serta gaya jari membentuk huruf L.",
     ["gaya salam tiga jari", "gaya kepalan tangan di dada", "gaya jari membentuk huruf L"]),
])
def test_items_named_by_the_sets_own_noun_are_one_clause_each(text, items):
    # no verb opens the items: each repeats the noun that names the set before "yang"
    assert kinds(text) == [("prohibition", i) for i in items]


@pytest.mark.parametrize("text, later", [
    ("Kasi Intel kejari menuturkan, delapan pose yang dilarang itu meliputi, pose tangan berbentuk hati, pose "
     "ibu jari terangkat.\n\nLalu pose tiga jari terbuka, pose salam rock, dan pose lingkaran jari.",
     ["pose tiga jari terbuka", "pose salam rock", "pose lingkaran jari"]),
    ("Ketua panwascam menyebut gaya yang dilarang antara lain gaya salam dua jari, gaya kepalan tangan. "
     "Kemudian gaya jempol terbalik, serta gaya jari membentuk huruf L.",
     ["gaya jempol terbalik", "gaya jari membentuk huruf L"]),
])
def test_items_of_the_set_go_on_in_the_next_sentence(text, later):
    out = kinds(text)
    assert out[-len(later):] == [("prohibition", i) for i in later] and len(out) == len(later) + 2


def test_a_sentence_repeating_a_noun_after_a_verb_rule_is_no_item():
    text = ("Camat menegaskan, pegawai dilarang memasang baliho calon.\n\nLalu pose bersama warga di pasar juga "
            "ramai, pose bersama pedagang, dan pose di depan kantor camat.")
    assert kinds(text) == [("prohibition", "pegawai dilarang memasang baliho calon")]
