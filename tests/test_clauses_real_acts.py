"""Act splitting on shapes of real news articles (session 10, real probe). Invented
wordings with other actors, regions and objects; no sentence of a real article is copied."""
import pytest

from clause_helpers import kinds


# -- a noun-verb homograph after a joiner is a thing unless an act's word follows it ------------
@pytest.mark.parametrize("text,expected", [
    ("Anggota satpol PP dilarang menanggapi dan menyebarkan gambar atau foto partai politik di grup percakapan.",
     [("prohibition", "Anggota satpol PP dilarang menanggapi dan menyebarkan gambar atau foto partai politik di grup percakapan")]),
    ("Perawat dilarang mengunggah poster dan foto kegiatan pasangan calon.",
     [("prohibition", "Perawat dilarang mengunggah poster dan foto kegiatan pasangan calon")]),
])
def test_a_homograph_after_a_joiner_is_part_of_the_object(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lurah dilarang memasang spanduk atau foto bersama calon wali kota di kantor kelurahan.",
     [("prohibition", "Lurah dilarang memasang spanduk"),
      ("prohibition", "foto bersama calon wali kota di kantor kelurahan")]),
    ("Bidan desa dilarang menghadiri deklarasi dan foto dengan pasangan calon bupati.",
     [("prohibition", "Bidan desa dilarang menghadiri deklarasi"),
      ("prohibition", "foto dengan pasangan calon bupati")]),
])
def test_a_homograph_with_its_act_word_is_an_act(text, expected):
    assert kinds(text) == expected


# -- examples after a marker: a joiner between two acts with objects splits them too ------------
@pytest.mark.parametrize("text,expected", [
    ("Prajurit tidak boleh mendukung calon dengan cara mengerahkan massa, berjaga di posko ataupun memakai kendaraan militer.",
     ["mengerahkan massa", "berjaga di posko", "memakai kendaraan militer"]),
    ("Penyuluh pertanian dilarang berpihak, misalnya memasang umbul-umbul atau membagikan kalender calon.",
     ["memasang umbul-umbul", "membagikan kalender calon"]),
])
def test_joined_examples_are_acts_of_their_own(text, expected):
    got = [t for k, t in kinds(text)]
    assert got[1:] == expected and all(k == "prohibition" for k, _ in kinds(text))


# -- 'atau' inside a relative clause joins alternatives, not acts --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Pegawai puskesmas dilarang membuat unggahan yang cenderung memuji satu calon atau menjelekkan calon lainnya.",
     [("prohibition", "Pegawai puskesmas dilarang membuat unggahan yang cenderung memuji satu calon atau menjelekkan calon lainnya")]),
    ("Guru dilarang berbuat hal kecil, seperti menulis komentar yang membela satu pasangan atau menghina pasangan lain.",
     [("prohibition", "Guru dilarang berbuat hal kecil"),
      ("prohibition", "menulis komentar yang membela satu pasangan atau menghina pasangan lain")]),
])
def test_atau_inside_a_relative_clause_keeps_one_act(text, expected):
    assert kinds(text) == expected


def test_dan_after_a_short_relative_clause_still_opens_an_act():
    assert kinds("Kepala dinas wajib menegur staf yang melanggar dan melapor ke sekretaris daerah.") == [
        ("obligation", "Kepala dinas wajib menegur staf yang melanggar"),
        ("obligation", "melapor ke sekretaris daerah")]
