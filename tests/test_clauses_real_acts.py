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
