"""clean.py on text dumps: an author box after the text, the author's name alone and a bio opening
with it (found on the session-10 dumps, tests/unseen/dumps/510). Invented wordings."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("name,bio", [
    ("Rina Kartikasari", "Rina Kartikasari adalah jurnalis lepas yang menulis soal birokrasi daerah sejak 2019."),
    ("Yosua Manurung", "Yosua Manurung merupakan redaktur pelaksana. Ia pernah bekerja di dua harian regional."),
])
def test_an_author_box_after_the_text_goes(name, bio):
    out = kept(page(LEAD_A, PARA_A, PARA_B, name, bio, "Bagikan:", "Facebook", pre=("Beranda", name, "Kamis, 10 Oktober 2024"),
                    post=("Tentang Kami",)))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("head,para", [
    ("Bawaslu", "Bawaslu adalah lembaga yang mengawasi jalannya pemilihan, termasuk sikap pegawai pemerintah."),
    ("Komisi ASN", "Komisi ASN merupakan lembaga yang dulu menerima laporan pelanggaran netralitas pegawai."),
])
def test_a_heading_and_its_definition_inside_the_text_stay(head, para):
    out = kept(page(LEAD_A, PARA_A, head, para, PARA_B))
    assert head in out and para in out


@pytest.mark.parametrize("head,para", [
    ("Sanksi", "Sanksi adalah hukuman disiplin yang dijatuhkan pejabat pembina kepegawaian kepada pegawai yang melanggar."),
    ("Komisi ASN", "Komisi ASN merupakan lembaga yang dulu menerima laporan pelanggaran netralitas pegawai."),
])
def test_a_heading_and_its_definition_closing_the_text_stay(head, para):
    out = kept(page(LEAD_A, PARA_A, head, para, "Bagikan:", post=("Tentang Kami",)))
    assert head in out and para in out


def test_an_author_box_with_the_name_in_the_byline_goes():
    bio = "Rina Kartikasari adalah jurnalis lepas yang menulis soal birokrasi daerah sejak 2019."
    dump = "\n".join(["Warta Lembah", "Pegawai Dilarang Ikut Konvoi Calon", "Penulis: Rina Kartikasari",
                      LEAD_A, PARA_A, "Rina Kartikasari", bio, "Bagikan:"]) + "\n"
    assert kept(dump) == [LEAD_A, PARA_A]
