"""Requirements of a candidate's or party's registration ("Bakal calon wajib melampirkan
fotokopi KTP", "Syarat pendaftaran, harus ada SK DPP", "harus sehat jasmani") are no
neutrality rules: no clause (cues.json registration). The same duty of an official, and
a candidate's rule of conduct, stay. All texts are invented."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "KPU Kabupaten Sukamaju membuka pendaftaran bakal calon bupati pekan depan. Syarat pendaftaran, harus ada "
    "SK DPP partai pengusung. Bakal calon juga wajib melampirkan fotokopi KTP dan ijazah terakhir.",
    "Pendaftaran pasangan calon wali kota Tirtajaya dibuka Senin. Setiap bakal pasangan calon wajib menyerahkan "
    "surat keterangan sehat dari rumah sakit. Bakal calon harus memenuhi syarat dukungan minimal 20 persen kursi.",
    "Menurut Ketua KPU Rantau Baru, partai pengusung harus menyertakan dokumen persetujuan DPP, dan bakal calon "
    "harus sehat jasmani dan rohani.",
])
def test_registration_requirements_give_no_clause(text):
    assert kinds(text) == []


@pytest.mark.parametrize("text,expected", [
    ("Dalam syarat pendaftaran, ASN yang mencalonkan diri wajib melampirkan surat pengunduran diri.",
     [("obligation", "ASN yang mencalonkan diri wajib melampirkan surat pengunduran diri")]),
    ("Kepala desa di Lembah Hijau yang mendaftar sebagai calon anggota DPRD wajib menyerahkan SK pemberhentian.",
     [("obligation", "Kepala desa di Lembah Hijau yang mendaftar sebagai calon anggota DPRD wajib menyerahkan "
                     "SK pemberhentian")]),
    ("Saat pendaftaran, KPU mengingatkan pasangan calon dilarang melibatkan ASN dalam kampanye.",
     [("prohibition", "mengingatkan pasangan calon dilarang melibatkan ASN dalam kampanye")]),
])
def test_officials_duties_and_conduct_rules_stay(text, expected):
    assert kinds(text) == expected
