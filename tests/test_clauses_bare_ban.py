"""A forbidding verb with no addressee names the act or the thing forbidden itself:
"melarang berfoto dengan calon", "melarang balai desa dijadikan posko", "melarang adanya
atribut partai di kelas" (session 11, real probe). Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Kepala dinas melarang berswafoto dengan pasangan calon di kantor.",
     [("prohibition", "melarang berswafoto dengan pasangan calon di kantor")]),
    ("Peraturan KPU melarang memasang alat peraga di jembatan.",
     [("prohibition", "melarang memasang alat peraga di jembatan")]),
    ("Camat Tanjung Batu melarang balai desa dijadikan posko pemenangan.",
     [("prohibition", "melarang balai desa dijadikan posko pemenangan")]),
    ("Kami dengan tegas melarang aula kantor dipakai untuk rapat tim sukses.",
     [("prohibition", "melarang aula kantor dipakai untuk rapat tim sukses")]),
    ("Yayasan juga melarang adanya atribut partai di ruang kelas.",
     [("prohibition", "melarang adanya atribut partai di ruang kelas")]),
])
def test_a_ban_without_addressee_is_a_clause(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # not forbidding is no prohibition; a ban on a person still binds the person
    "Kepala dinas tidak melarang berfoto dengan pasangan calon.",
    "Bupati melarang para camat ikut berkampanye.",
])
def test_negated_or_addressed_bans_keep_their_reading(text):
    out = kinds(text)
    assert out and all(k != "prohibition" or "camat" in t for k, t in out)
