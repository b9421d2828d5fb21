"""A committer who signs or reads out a pledge before the commitment verb ("ASN telah
menandatangani pakta integritas (dan) berkomitmen untuk ...") is still the commitment's actor
(cues.json pledge_signing_verbs, clauses/cues.py _signed_pledge_start)."""
from clause_helpers import kinds


def test_signed_integrity_pact_then_commitment_with_negated_acts():
    text = ("Pegawai kelurahan se-Kecamatan Toboali sudah meneken pakta integritas berkomitmen untuk "
            "menjaga jarak dari calon, tidak ikut rapat umum, tidak memasang atribut calon.")
    assert kinds(text) == [("obligation", "berkomitmen untuk menjaga jarak dari calon"),
                           ("prohibition", "tidak ikut rapat umum"),
                           ("prohibition", "tidak memasang atribut calon")]


def test_second_wording_joined_by_dan_and_a_negated_commitment():
    text = "Para kepala desa meneken pakta integritas dan berkomitmen untuk tidak mengikuti kampanye."
    assert kinds(text) == [("prohibition", "berkomitmen untuk tidak mengikuti kampanye")]


def test_residents_signing_give_no_rule():
    text = "Warga menandatangani pakta integritas berkomitmen untuk tidak golput."
    assert kinds(text) == []


def test_a_commitment_without_a_committer_stays_none():
    text = "Usai menandatangani pakta integritas berkomitmen untuk tidak berkampanye."
    assert kinds(text) == []
