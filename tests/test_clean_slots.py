"""clean.py on text dumps: a template's slot marker printed between paragraphs, a short label alone
in square brackets or between dashes (found on the session-10 dumps, tests/unseen/dumps/503, 506).
Invented wordings unlike the dumps'."""
import pytest

from dump_helpers import LEAD_A, PARA_A, PARA_B, kept, page


@pytest.mark.parametrize("slot", ["[Iklan]", "[ PARIWARA ]", "[Jeda Komersial]", "[Gambar: ilustrasi]",
                                  "— Gulir untuk melanjutkan —", "-- Konten Berbayar --", "- 2 -"])
def test_a_bracketed_or_dash_framed_label_between_paragraphs_goes(slot):
    out = kept(page(LEAD_A, PARA_A, slot, PARA_B))
    assert out == [LEAD_A, PARA_A, PARA_B]


@pytest.mark.parametrize("line", [
    "\"Kami tidak [akan] memberi toleransi kepada pegawai yang ikut kampanye,\" kata bupati.",
    "Pegawai dilarang memasang [stiker] calon di kendaraan dinas.",
    "- dilarang memakai atribut calon;",
])
def test_a_sentence_with_brackets_or_a_dashed_item_stays(line):
    assert line in kept(page(LEAD_A, "Edaran itu memuat larangan berikut:", line, PARA_B))
