"""Shapes found on real news articles that the extractor failed (issue 9, session 7,
clauses10). Each shape is a general mechanism tested on two or more invented wordings with
different actors and regions; no sentence of a real article is copied here."""
import pytest

from clause_helpers import clauses_of, kinds


# -- 1. a reduplicated plural noun of rule in a lead-in ------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Berikut ini larangan-larangan bagi pegawai selama masa kampanye:\n"
     "1. Memasang alat peraga kampanye di kantor.\n2. Menghadiri deklarasi pasangan calon.",
     [("prohibition", "Memasang alat peraga kampanye di kantor"),
      ("prohibition", "Menghadiri deklarasi pasangan calon")]),
    ("Larangan-larangan untuk perangkat desa di Kabupaten Sukamaju antara lain:\n"
     "a. Berfoto dengan gaya jari calon.\nb. Menjadi pembicara di acara partai.",
     [("prohibition", "Berfoto dengan gaya jari calon"),
      ("prohibition", "Menjadi pembicara di acara partai")]),
    ("Inilah kewajiban-kewajiban ASN Pemkot Tirtajaya menjelang pilkada:\n"
     "1. Menjaga netralitas.\n2. Melaporkan pelanggaran kepada atasan.",
     [("obligation", "Menjaga netralitas"), ("obligation", "Melaporkan pelanggaran kepada atasan")]),
])
def test_a_reduplicated_noun_of_rule_gives_the_items_its_kind(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,actor", [
    ("Ada beberapa hal yang dilarang bagi kepala desa:\n1. Ikut kampanye.\n"
     "2. Membagikan sembako atas nama calon.", "kepala desa"),
    ("Ada sejumlah hal-hal yang tidak boleh dilakukan guru honorer di Kecamatan Lembah Hijau:\n"
     "1. Mengajak murid memilih calon.\n2. Memakai kaos partai di sekolah.", "guru honorer"),
])
def test_the_noun_of_the_items_before_yang_is_no_party(text, actor):
    out = clauses_of(text)
    assert [c.kind for c in out] == ["prohibition", "prohibition"]
    assert all(c.actor and c.actor.startswith(actor) for c in out)


def test_a_plural_back_reference_names_the_items_kind():
    text = ("Camat Sukamaju menyebut sejumlah perbuatan pegawai menjelang pemilihan:\n"
            "1. Memasang stiker calon di mobil dinas.\n2. Ikut konvoi pendukung.\n"
            "Hal-hal tersebut dilarang.")
    plural = text.replace("Hal-hal tersebut dilarang.", "Perbuatan-perbuatan tersebut dilarang.")
    assert [k for k, _ in kinds(text)] == ["prohibition", "prohibition"]
    assert [k for k, _ in kinds(plural)] == ["prohibition", "prohibition"]


# -- 2. a permission stated as a judgement of a fronted act --------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Untuk jadi anggota KPPS kami bolehkan.", "Untuk jadi anggota KPPS kami bolehkan"),
    ("Menonton debat calon di rumah kami izinkan.", "Menonton debat calon di rumah kami izinkan"),
    ("Guru menjadi saksi di TPS kita perbolehkan, asalkan di luar jam mengajar.",
     "Guru menjadi saksi di TPS kita perbolehkan"),
    ("Datang ke lokasi kampanye itu boleh.", "Datang ke lokasi kampanye itu boleh"),
    ("Boleh saja kok untuk menonton debat kandidat.", "Boleh saja kok untuk menonton debat kandidat"),
])
def test_a_fronted_act_judged_allowed_is_a_permission(text, expected):
    assert kinds(text) == [("permission", expected)]


@pytest.mark.parametrize("text,expected,actor", [
    ("Dinas tidak melarang jika ada guru yang mau mendaftar sebagai petugas PPS.",
     "tidak melarang jika ada guru yang mau mendaftar sebagai petugas PPS", "guru"),
    ("Kami tidak melarang kalau pegawai ingin menonton debat calon di rumah.",
     "tidak melarang kalau pegawai ingin menonton debat calon di rumah", "pegawai"),
    ("Pemkot Sukamaju mengizinkan jika ada lurah yang hendak menghadiri kampanye di hari Minggu.",
     "mengizinkan jika ada lurah yang hendak menghadiri kampanye di hari Minggu", "lurah"),
])
def test_a_permitting_directive_over_a_condition_permits_its_act(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [("permission", expected)]
    assert out[0].actor == actor


@pytest.mark.parametrize("text", [
    # the permitting directive over a condition that names no doer and act
    "Dinas tidak melarang jika cuaca buruk.",
    "Sekolah tidak melarang bila hujan turun deras.",
    # "kami izinkan" that closes no clause judges no act before it
    "Kami izinkan dia pulang lebih awal karena sakit.",
])
def test_no_permission_without_an_act(text):
    assert kinds(text) == []
