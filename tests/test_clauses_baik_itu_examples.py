"""'..., baik itu meliputi A, B, atau C' after an act (session 12, real3 probe): 'baik itu'
with a verb opens no new subject, and an example marker inside the 'baik ...' phrase
makes a list of the act's examples (nouns stay in the head act), not alternative ways of
it. 'baik itu dilakukan di A maupun di B' stays the act's alternatives. All texts are
invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text,expected", [
    ("Pegawai dilarang mengadakan kegiatan yang mengarah kepada keberpihakan, baik itu meliputi pertemuan, "
     "ajakan, seruan, atau pemberian barang kepada warga.",
     [("prohibition", "Pegawai dilarang mengadakan kegiatan yang mengarah kepada keberpihakan, baik itu meliputi "
                      "pertemuan, ajakan, seruan, atau pemberian barang kepada warga")]),
    ("Kepala desa tidak boleh menggelar acara untuk pasangan calon, baik itu meliputi pengajian, arisan, "
     "atau jalan sehat di balai desa.",
     [("prohibition", "Kepala desa tidak boleh menggelar acara untuk pasangan calon, baik itu meliputi pengajian, "
                      "arisan, atau jalan sehat di balai desa")]),
])
def test_baik_itu_meliputi_nouns_stay_in_the_act(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Guru tidak boleh mengajak murid memilih calon, baik itu dilakukan di kelas maupun di luar sekolah.",
     [("prohibition", "Guru tidak boleh mengajak murid memilih calon, baik itu dilakukan di kelas maupun di luar "
                      "sekolah")]),
    ("Lurah dilarang memasang atribut calon, baik di kantor maupun di rumah dinas.",
     [("prohibition", "Lurah dilarang memasang atribut calon, baik di kantor maupun di rumah dinas")]),
])
def test_baik_alternatives_stay_one_act(text, expected):
    assert kinds(text) == expected
