"""clean.py on text dumps: a photo credit printed as a bare label ("Foto :", "Sumber :") with its
value on the next line, and the photo's caption above the label. Wordings invented."""
import pytest

from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("caption,label,value", [
    ("Para camat mengikuti apel netralitas di halaman kantor bupati", "Foto :", "• Warta Hulu Sukamaju (Rina Sari/Sukamaju)"),
    ("Petugas menata kotak suara di gudang logistik Rawa Indah", "Sumber :", "• Kabar Pesisir (Dodi/Tanjung Harapan)"),
    ("Kepala desa mendampingi pasangan calon mendaftar", "Photo :", "Lensa Timur Biro Kuala Senja"),
])
def test_a_caption_over_a_bare_credit_label_and_its_value_are_removed(caption, label, value):
    assert kept(page(LEAD_A, caption, label, value, PARA_A, PARA_B)) == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("before,label", [
    ("Camat Rawa Indah menyebut larangan itu sudah disampaikan ke semua lurah.", "Foto :"),
    ("Surat edaran itu berlaku untuk seluruh pegawai di lingkungan pemerintah kota.", "Sumber :"),
])
def test_a_paragraph_over_a_credit_label_stays(before, label):
    out = kept(page(LEAD_B, before, label, "• Kabar Pesisir (Dodi/Tanjung Harapan)", PARA_A, PARA_B))
    assert out == [LEAD_B, before, PARA_A, PARA_B]


def test_a_labelled_list_is_not_a_credit():
    lead_in = "Pegawai dilarang melakukan hal berikut:"
    items = ["• hadir di deklarasi calon", "• memasang atribut calon"]
    out = kept(page(LEAD_A, lead_in, *items, PARA_A))
    assert out == [LEAD_A, lead_in, *items, PARA_A]
