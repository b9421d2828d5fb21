"""Actor terms of real circular news (session 10, real probe): contract and non-permanent
staff ('pegawai tidak tetap', 'PTT', 'pegawai honor') are addressees, and the negator inside
'pegawai tidak tetap' negates no cue. Invented wordings only."""
import pytest

from clause_helpers import clauses_of, kinds


@pytest.mark.parametrize("text,expected,actor", [
    ("Pemkot Sumber Jaya mengimbau kepada seluruh Pegawai Tidak Tetap (PTT) di lingkungan Dinas Perhubungan "
     "untuk tidak ikut berkampanye pada pemilihan wali kota.",
     ("prohibition", "mengimbau kepada seluruh Pegawai Tidak Tetap (PTT) di lingkungan Dinas Perhubungan "
                     "untuk tidak ikut berkampanye pada pemilihan wali kota"), "honorer"),
    ("Pegawai tidak tetap di RSUD Lembah Hijau dilarang memakai kaos pasangan calon saat bertugas.",
     ("prohibition", "Pegawai tidak tetap di RSUD Lembah Hijau dilarang memakai kaos pasangan calon saat bertugas"), "honorer"),
    ("Sekda meminta pegawai honor untuk menjaga netralitas selama tahapan pilkada.",
     ("obligation", "meminta pegawai honor untuk menjaga netralitas selama tahapan pilkada"), "honorer"),
])
def test_non_permanent_staff_are_addressees(text, expected, actor):
    out = clauses_of(text)
    assert [(c.kind, c.text) for c in out] == [expected]
    assert out[0].actor_normalized == actor


@pytest.mark.parametrize("text,expected", [
    ("Pegawai tidak dilarang menonton debat calon di rumah.",
     [("permission", "Pegawai tidak dilarang menonton debat calon di rumah")]),
    ("Camat meminta lurah tidak memakai mobil dinas untuk acara pasangan calon.",
     [("prohibition", "meminta lurah tidak memakai mobil dinas untuk acara pasangan calon")]),
])
def test_a_negator_outside_an_actor_term_still_negates(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "Wali kota meminta aparat sipil negara di lingkup pemkot tidak terlibat dalam politik praktis.",
    "Aparat sipil negara dilarang menghadiri deklarasi bakal calon bupati.",
])
def test_aparat_sipil_negara_is_the_asn(text):
    [c] = clauses_of(text)
    assert c.kind == "prohibition" and c.actor_normalized == "ASN"
