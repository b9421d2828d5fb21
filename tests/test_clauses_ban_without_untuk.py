"""A noun of rule given by a light verb ('mengeluarkan larangan', 'memberi larangan',
'menerbitkan larangan') binds the addressee after 'kepada' / 'bagi' / 'terhadap' and the
act right after it, without 'untuk': a prohibition whose actor is the addressee. A ban
lifted or spread by others states none. All texts are invented (this already worked in
session 12; the tests keep it)."""
import pytest

from clause_helpers import clauses_of


def _got(text):
    return [(c.kind, c.text, c.actor) for c in clauses_of(text)]


@pytest.mark.parametrize("text,expected", [
    ("Bupati Sukamaju mengeluarkan larangan kepada seluruh ASN terlibat kampanye pasangan calon.",
     [("prohibition", "larangan kepada seluruh ASN terlibat kampanye pasangan calon", "seluruh ASN")]),
    ("Wali Kota Tirtajaya memberi larangan bagi pegawai kontrak ikut deklarasi bakal calon.",
     [("prohibition", "larangan bagi pegawai kontrak ikut deklarasi bakal calon", "pegawai kontrak")]),
    ("Camat Rantau Baru menerbitkan larangan terhadap kepala desa menghadiri konsolidasi partai.",
     [("prohibition", "larangan terhadap kepala desa menghadiri konsolidasi partai", "kepala desa")]),
])
def test_a_ban_given_to_an_addressee_without_untuk(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "Pemkot Tirtajaya mencabut larangan bagi pedagang kaki lima berjualan di alun-alun.",
    "Bawaslu Lembah Hijau menyosialisasikan larangan kepada ASN terlibat kampanye.",
])
def test_a_ban_lifted_or_spread_states_none(text):
    assert _got(text) == []
