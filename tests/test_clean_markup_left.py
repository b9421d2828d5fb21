"""clean.py on text dumps that kept their page's markup ("<p>...</p><p>...<br />"): block tags
end lines, inline tags go, entities are read, and a "<" in prose stays. Wordings invented."""
import pytest

from corpus_tools.clean import strip_markup
from dump_helpers import LEAD_A, LEAD_B, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("lead,para", [(LEAD_A, PARA_A), (LEAD_B, PARA_B)])
def test_paragraph_tags_split_the_body_into_its_paragraphs(lead, para):
    raw = page(f"<p>{lead}</p><p>{para}<br />", "Tentang penulis</p>")
    assert kept(raw)[:2] == [lead, para]


@pytest.mark.parametrize("text,expected", [
    ("<p>Pegawai <strong>dilarang</strong> ikut kampanye.</p>", "\nPegawai dilarang ikut kampanye.\n"),
    ('Lurah&nbsp;wajib netral.<br/>Camat &amp; staf juga.', "Lurah\u00a0wajib netral.\nCamat & staf juga."),
])
def test_markup_is_read(text, expected):
    assert strip_markup(text) == expected


@pytest.mark.parametrize("text", [
    "Suara sah < 50 persen & ditunda, kata KPU.",
    "Syarat usia <= 17 tahun dan suara <50% tidak berlaku.",
])
def test_text_without_known_tags_stays_as_it_is(text):
    assert strip_markup(text) == text
