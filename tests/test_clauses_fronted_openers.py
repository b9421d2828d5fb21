"""A paragraph opened by a fronted participle phrase ("Merujuk Pasal 70 ..., sekolah
menjadi ...", "Memasuki masa tenang, ...") frames what follows; it is no act that goes on
the rule of the paragraph before it (session 11, real probe). Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Guru honorer harus netral, kata Kepala Dinas Marlina.\n"
    "Merujuk Pasal 70 UU Pilkada, balai desa menjadi salah satu tempat yang ramai dipakai warga.",
    "Pegawai kelurahan dilarang memasang stiker calon.\n"
    "Mengacu pada jadwal KPU, lapangan kota menjadi lokasi kampanye akbar pekan depan.",
    "Perangkat nagari wajib menjaga netralitas, ujar Wali Nagari.\n"
    "Memasuki masa tenang, jalan protokol sudah bersih dari baliho.",
    "Camat dilarang ikut tim sukses.\n"
    "Menyambut hari pencoblosan, warga Desa Lubuk Raya menggelar kerja bakti.",
])
def test_a_fronted_participle_does_not_continue_the_rule(text):
    first = text.split("\n")[0]
    out = kinds(text)
    assert len(out) == 1 and out[0][1] in first


@pytest.mark.parametrize("text,n", [
    # a list of acts that goes on in a sentence of its own still does
    ("ASN dilarang memasang baliho calon.\nMembuat unggahan, komentar, atau tanda suka pada akun calon.", 2),
    ("Kepala desa dilarang menjadi tim kampanye.\nMenggunakan mobil dinas untuk kegiatan calon.", 2),
])
def test_an_act_sentence_still_continues(text, n):
    assert len(kinds(text)) == n
