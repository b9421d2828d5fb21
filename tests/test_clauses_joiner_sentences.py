"""A sentence that opens with a bare joiner ("Ataupun", "Maupun", "Atau", "Serta") and an act
goes on with the previous clause's act list: its acts take that clause's kind."""
from clause_helpers import kinds


def test_ataupun_sentence_continues_prohibition():
    found = kinds("Pegawai kelurahan dilarang memasang spanduk calon. Ataupun ikut kegiatan "
                  "kampanye, memakai kendaraan dinas untuk calon.")
    assert ("prohibition", "ikut kegiatan kampanye") in found
    assert ("prohibition", "memakai kendaraan dinas untuk calon") in found


def test_maupun_sentence_in_next_paragraph():
    found = kinds("Kepala sekolah tidak boleh mengarahkan murid memilih calon tertentu.\n\n"
                  "Maupun membagikan stiker pasangan calon di ruang kelas.")
    assert ("prohibition", "membagikan stiker pasangan calon di ruang kelas") in found


def test_joiner_sentence_without_act_adds_nothing():
    found = kinds("Pegawai dilarang memasang baliho calon. Atau mungkin warga sudah bosan "
                  "dengan aturan itu.")
    assert found == [("prohibition", "Pegawai dilarang memasang baliho calon")]


def test_joiner_sentence_with_attribution_adds_nothing():
    found = kinds("Perangkat desa dilarang menjadi juru kampanye.\n\n"
                  "Atau menurut Panwascam Lembah Hijau, aturan itu sudah lama berlaku.")
    assert found == [("prohibition", "Perangkat desa dilarang menjadi juru kampanye")]
