"""'tidak ada yang boleh ...', 'tak seorang pun yang diizinkan ...': no one may do the act,
a prohibition (cues.json nobody_heads). A free relative without the negated existential
stays what it was. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Di lingkungan pemkot, tidak ada yang boleh ikut berpolitik aktif.",
     [("prohibition", "tidak ada yang boleh ikut berpolitik aktif")]),
    ("Tak seorang pun yang diizinkan memasang atribut calon di kantor kecamatan.",
     [("prohibition", "Tak seorang pun yang diizinkan memasang atribut calon di kantor kecamatan")]),
])
def test_no_one_may_is_a_prohibition(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Yang boleh hanya datang dan mendengar.", [("permission", "Yang boleh hanya datang dan mendengar")]),
    ("Tidak ada yang boleh jadi alasan untuk golput.", []),
])
def test_without_a_negated_existential_or_an_act_nothing_changes(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\"Tidak ada yang boleh upload swafoto bergaya nomor urut calon di akun pribadi.",
     [("prohibition", "Tidak ada yang boleh upload swafoto bergaya nomor urut calon di akun pribadi")]),
    ("Di kantor kecamatan, tidak ada yang boleh share unggahan tim sukses ke grup dinas.",
     [("prohibition", "tidak ada yang boleh share unggahan tim sukses ke grup dinas")]),
])
def test_no_one_may_do_a_borrowed_verb(text, expected):
    assert kinds(text) == expected
