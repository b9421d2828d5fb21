"""A caption printed with its label ("Keterangan foto: ...", "Ket. gambar : ...") is the
page's, not the text's, wherever it stands (boilerplate.json photo-credit)."""
from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page


def test_labelled_caption_between_paragraphs_goes():
    body = kept(page(LEAD_A, "Keterangan foto : Rapat koordinasi camat dengan kepala desa di aula kantor bupati.",
                     PARA_A, PARA_B))
    assert body == [LEAD_A, PARA_A, PARA_B]


def test_abbreviated_label_goes_too():
    body = kept(page(LEAD_B, PARA_A, "Ket. gambar: Bupati memimpin apel netralitas pegawai, Senin pagi.", PARA_B))
    assert body == [LEAD_B, PARA_A, PARA_B]


def test_sentence_mentioning_a_caption_stays():
    line = "Keterangan foto yang beredar di grup warga itu ternyata keliru, kata petugas Bawaslu setempat."
    assert line in kept(page(LEAD_A, line, PARA_A))
