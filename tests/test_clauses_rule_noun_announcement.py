"""Ordinal paragraphs announced by a sentence that names a noun of rule as the object of a
verb, without a colon and without a rule of its own ('Surat edaran itu menginstruksikan
larangan setiap pegawai ... . Pertama, memberikan dukungan ...'), take that noun's kind; an
ordinal may follow a sequence word and 'yang' ('Selanjutnya yang ketiga, ...'). A rule
spread or discussed, or a noun that is the subject, announces nothing. Session 12, real3
probe. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Surat wali kota itu tegaskan larangan bagi seluruh pegawai di jajaran Pemkab Sukamaju. Pertama, memberikan "
     "dukungan kepada calon bupati.\n\nKedua, membuat keputusan yang menguntungkan salah satu pasangan calon.\n\n"
     "Selanjutnya yang ketiga, mengadakan pertemuan yang mengarah kepada keberpihakan.",
     [("prohibition", "memberikan dukungan kepada calon bupati"),
      ("prohibition", "membuat keputusan yang menguntungkan salah satu pasangan calon"),
      ("prohibition", "mengadakan pertemuan yang mengarah kepada keberpihakan")]),
    ("Instruksi wali kota Tirtajaya memuat kewajiban bagi para lurah. Pertama, mendata baliho di wilayahnya. "
     "Lalu kedua, melaporkan pegawai yang ikut kampanye kepada camat.",
     [("obligation", "mendata baliho di wilayahnya"),
      ("obligation", "melaporkan pegawai yang ikut kampanye kepada camat")]),
])
def test_rule_noun_object_announces_ordinals(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Bawaslu Sukamaju menyosialisasikan larangan itu. Pertama, Bawaslu mengundang para camat ke aula.",
    "Panwaslu menilai larangan tersebut terlambat. Pertama, menurut mereka, baliho sudah terpasang sebulan.",
])
def test_talk_about_a_rule_announces_nothing(text):
    assert kinds(text) == []
