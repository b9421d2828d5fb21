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


# --- session 11 (dumps 406, 711, 704, 710): a label and a name parted by a middle dot; an outlet in
# parentheses after a comma in the dateline

@pytest.mark.parametrize("line,name", [("Jurnalis · Rahmat Fauzi", "Rahmat Fauzi"),
                                       ("Reporter • Siti Nurhaliza Putri", "Siti Nurhaliza Putri")])
def test_a_label_and_name_parted_by_a_dot_is_the_author(line, name):
    dump = "\n".join(["Warta Lembah", "Berita", "Pegawai Tanjung Harapan Diminta Tidak Ikut Konvoi Calon", line,
                      "Rabu, 16 Oktober 2024 - 15:40 WIB", LEAD_B, PARA_A, PARA_B]) + "\n"
    doc = clean_text_dump(dump, "t")
    assert doc.author == name and line not in doc.text


@pytest.mark.parametrize("head,place,outlet", [("Sungai Tenang, (Diskominfo) –", "Sungai Tenang", "Diskominfo"),
                                               ("Pesisir Kidul, (Pantura Pos) -", "Pesisir Kidul", "Pantura Pos")])
def test_an_outlet_in_parentheses_after_a_comma_is_the_outlet(head, place, outlet):
    lead = "Sekretaris daerah mengingatkan seluruh pegawai agar tidak ikut kampanye terselubung menjelang pilkada."
    for dump in ("\n".join(["Berita", head, lead, PARA_A]), "\n".join(["Berita", f"{head} {lead}", PARA_A])):
        doc = clean_text_dump(dump + "\n", "t")
        assert (doc.dateline, doc.outlet) == (place, outlet)
