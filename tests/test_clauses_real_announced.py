"""Items announced without a colon on real news (session 10, real probe): after a sentence
that announces items by a noun and a relative cue ('... berbagai hal yang dilarang dilakukan
pegawai'), a sentence opening with 'Di antaranya (adalah)' names acts of that kind. Invented
wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Peraturan bupati itu mengatur berbagai hal yang dilarang dilakukan oleh tenaga kesehatan. "
     "Di antaranya adalah memakai seragam dinas saat menghadiri rapat umum calon.",
     [("prohibition", "memakai seragam dinas saat menghadiri rapat umum calon")]),
    ("Edaran wali kota memuat sejumlah hal yang wajib dilakukan lurah. "
     "Diantaranya memantau grup percakapan warga dan melaporkan pelanggaran.",
     [("obligation", "memantau grup percakapan warga"), ("obligation", "melaporkan pelanggaran")]),
])
def test_di_antaranya_after_an_announcement_names_its_acts(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # no act after the marker: a report, not an item
    "Ada beberapa hal yang dilarang bagi guru. Di antaranya, dinas pendidikan sudah menyurati sekolah.",
    # no announcement before it
    "Warga memadati alun-alun kota. Di antaranya membawa anak-anak mereka.",
])
def test_di_antaranya_without_an_act_or_announcement_is_no_rule(text):
    assert kinds(text) == []
