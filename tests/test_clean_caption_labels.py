"""A caption printed with its label ("Keterangan foto: ...", "Ket. gambar : ...") is the
page's, not the text's, wherever it stands (boilerplate.json photo-credit)."""
import pytest

from corpus_tools.clean import boilerplate_reason
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


@pytest.mark.parametrize("line", [
    "“Pasal itu menyebutkan, pelaksana kampanye dilarang mengikutsertakan perangkat desa, termasuk anggota "
    "lembaga adat (LAD/Majelis Adat Gampong).",
    "\"Kami minta seluruh pegawai tetap netral, termasuk tenaga kontrak di rumah sakit daerah (RSUD/Unit Layanan).",
])
def test_quoted_speech_ending_on_a_bracketed_gloss_is_no_caption(line):
    # a gloss "(ABC/Name)" has a photo credit's shape; a line that opens a quote is speech
    assert boilerplate_reason(line) is None
