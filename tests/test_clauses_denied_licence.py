"""What a duty or a permission does not license (session 18; all texts invented): a sentence
that opens with a contrast and a negating frame before a bare act ("Namun bukan berarti ikut
terlibat aktif, misal ikut membagikan kaus ...") forbids that act, and each example after
"misal"; without the contrast, or before no act ("bukan berarti pemilu tanpa masalah"), it
states no rule."""
import pytest

from tests.clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Memang polisi memiliki kewajiban menjaga keamanan saat kampanye. Namun bukan berarti ikut terlibat aktif "
     "misal ikut membantu membagikan kaus saat kampanye.",
     [("prohibition", "ikut terlibat aktif"), ("prohibition", "ikut membantu membagikan kaus saat kampanye")]),
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
