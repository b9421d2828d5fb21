"""Excerpts and pages cut anywhere (session 18): a text that stops after any word or mark --
mid-sentence, after a directive's addressee and a comma ("mengajak seluruh ASN,"), after a
colon or a semicolon of a run -- must extract without error, and the rules before the cut stay
(all texts invented). A crash here cost a whole document in a real probe."""
import re

import pytest

from corpus_tools.settings import Settings
from tests.clause_helpers import kinds

TEXTS = [
    'Wali Kota Tanjung Seruni menerbitkan surat edaran netralitas. "Jangan berpihak. Hindari membuat '
    'unggahan dukungan," tegasnya.\nLebih lanjut, ia mengajak seluruh pegawai, camat dan lurah, untuk '
    'menjaga pelayanan.',
    "Peraturan itu memuat tujuh larangan bagi pegawai, yaitu: kampanye lewat media sosial; menghadiri "
    "pengukuhan tim pemenangan; serta ikut sebagai juru kampanye.",
    "Bupati meminta para kepala dinas, sekretaris camat dan lurah agar tidak memakai mobil dinas, tidak "
    "memasang baliho calon (termasuk di pagar kantor), dan melaporkan pelanggaran kepada inspektorat.",
    "Selain itu, pegawai juga tidak melakukan pertemuan dengan pengurus partai, tidak ikut mencalonkan "
    "diri, dan tidak menjadi juru bicara partai. Beberapa contohnya adalah menempel stiker calon.",
    "Ikrar itu memuat dua poin penting:\n- Mencegah benturan kepentingan, tidak menekan warga.\n- \u201c",
]


def _cuts(text):
    return sorted({m.end() for m in re.finditer(r"\S+", text)})


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_cut_after_any_word_extracts_without_error(text):
    settings = Settings()
    for end in _cuts(text):
        kinds(text[:end], settings)          # raises on a bug


def test_the_rules_before_a_cut_stay():
    text = TEXTS[0]
    cut = text.index("Lebih lanjut") + len("Lebih lanjut, ia mengajak seluruh pegawai,")
    whole = kinds(text[:cut], Settings())
    assert ("prohibition", "Jangan berpihak") in whole
    assert any(t.startswith("Hindari membuat unggahan") for _, t in whole)
