"""clean.py on text dumps: two byline shapes found on the session-10 dumps (tests/unseen/dumps/506,
511): a name with its role after a comma alone under the title, and a byline split over two lines
with the editor's on a line opening with a bar. Invented wordings."""
import pytest

from corpus_tools.clean import clean_text_dump
from dump_helpers import LEAD_B, PARA_A, PARA_B


@pytest.mark.parametrize("line,name", [("Sri Mulyani Harahap, Jurnalis", "Sri Mulyani Harahap"),
                                       ("Yohanes Bria , Kontributor", "Yohanes Bria")])
def test_a_name_with_its_role_under_the_title_is_the_author(line, name):
    dump = "\n".join(["Warta Lembah", "Berita", "Pegawai Tanjung Harapan Diminta Tidak Ikut Konvoi Calon", line,
                      "Selasa, 8 Oktober 2024 |10:05 WIB", LEAD_B, PARA_A, PARA_B]) + "\n"
    assert clean_text_dump(dump, "t").author == name


@pytest.mark.parametrize("author_line,editor_line,editor", [
    ("Penulis Kontributor Kayu Agung, Rahmat Hidayat", "| Editor Sri Wahyuni", "Sri Wahyuni"),
    ("Penulis Tim Redaksi", "• Penyunting: Yoga Pratama", "Yoga Pratama"),
])
def test_an_editor_on_the_line_under_the_byline_opening_with_a_bar(author_line, editor_line, editor):
    dump = "\n".join(["Warta Lembah", "Pegawai Tanjung Harapan Diminta Tidak Ikut Konvoi Calon",
                      "Warta Lembah - 08/10/2024, 10:05 WIB", author_line, editor_line, LEAD_B, PARA_A,
                      PARA_B]) + "\n"
    assert clean_text_dump(dump, "t").editor == editor
