"""A proviso of several words ("dengan catatan", "dengan syarat", "dengan ketentuan") ends the
act it grants, with or without a comma, and the "izin" inside it is a condition, not a
permission of its own."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Guru honorer diperkenankan menjadi anggota KPPS, dengan catatan mendapat izin kepala sekolah.",
     [("permission", "Guru honorer diperkenankan menjadi anggota KPPS")]),
    ("Perawat boleh menjadi saksi di TPS dengan syarat mendapat izin kepala puskesmas.",
     [("permission", "Perawat boleh menjadi saksi di TPS")]),
    ("Pegawai boleh menonton debat kandidat dengan ketentuan tidak memakai seragam dinas.",
     [("permission", "Pegawai boleh menonton debat kandidat")]),
])
def test_a_proviso_of_several_words_ends_the_granted_act(text, expected):
    assert kinds(text) == expected


def test_with_as_a_plain_preposition_stays_in_the_act():
    assert kinds("Pegawai dilarang berfoto dengan calon di kantor.") == [
        ("prohibition", "Pegawai dilarang berfoto dengan calon di kantor")]
