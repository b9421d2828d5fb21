"""What a duty or a permission does not license (session 18; all texts invented): a sentence
that opens with a contrast and a negating frame before a bare act ("Namun bukan berarti ikut
boleh ikut berkampanye, misal menyebar selebaran ...") forbids that act, and each example after
"misal"; without the contrast, or before no act ("bukan berarti pemilu tanpa masalah"), it
states no rule."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Prajurit Koramil bertugas mengamankan jalannya rapat umum calon. Tapi bukan berarti turut berorasi di "
     "panggung misal ikut menyebar selebaran calon kepada penonton.",
     [("prohibition", "turut berorasi di panggung"), ("prohibition", "ikut menyebar selebaran calon kepada penonton")]),
    ("Pegawai boleh menonton debat. Tapi tidak berarti pegawai bebas memasang baliho calon di kantor.",
     [("prohibition", "pegawai bebas memasang baliho calon di kantor")]),
])
def test_an_act_a_licence_does_not_cover_is_forbidden(text, expected):
    assert kinds(text)[-len(expected):] == expected


@pytest.mark.parametrize("text", [
    "Namun bukan berarti pemilu kali ini tanpa masalah.",
    "Bukan berarti kepala desa itu menolak program pemerintah, katanya.",
])
def test_a_frame_before_no_act_or_without_contrast_is_no_rule(text):
    assert kinds(text) == []
