"""Who a clause binds, for the actors news reports of circulars name: professions of any
status (guru, kepala sekolah, tenaga kesehatan) and the same qualified by status ("guru yang
berstatus ASN maupun PPPK"), contract staff (PTT, guru honorer), family members bound beside
the ASN, and ASN whose spouse or family member runs (the SKB's spouse row, SE 18/2023).
Invented wording, two wordings per rule."""
from __future__ import annotations

import pytest

from corpus_tools.compare import compare_documents
from corpus_tools.settings import resolve
from tests.test_compare import clause, document


def rows(actor, text, kind="prohibition", cue="dilarang"):
    doc = document("r1", [clause("r1", 1, f"{actor} {cue} {text}", kind=kind, cue=cue, actor=actor)],
                   number="800/12/BKPSDM/2024")
    [circ] = compare_documents([doc])["circulars"]
    return {r["baseline_id"]: r for r in circ["alignment"] if r["status"] not in ("not reported", "omitted")}


def roles_of(phrase):
    return [r for r, _ in resolve(None).component("compare.roles").find(phrase)]


@pytest.mark.parametrize("actor", ["guru yang berstatus ASN maupun PPPK", "dosen PNS",
                                   "tenaga kesehatan berstatus ASN"])
def test_a_profession_qualified_by_status_narrows_the_addressee(actor):
    got = rows(actor, "menjaga netralitas", kind="obligation", cue="wajib")
    row = got["UU20-24(1)d"]
    assert row["status"] == "modified" and "addressee narrowed" in row["changes"]


@pytest.mark.parametrize("actor", ["guru", "kepala sekolah", "tenaga kesehatan"])
def test_a_profession_of_any_status_changes_the_addressee(actor):
    row = rows(actor, "menjadi anggota tim sukses pasangan calon")["SKB-9"]
    assert "addressee changed" in row["changes"]


@pytest.mark.parametrize("actor", ["Pegawai Tidak Tetap (PTT)", "guru honorer", "tenaga kontrak daerah"])
def test_contract_staff_are_not_asn(actor):
    assert "non-ASN" in roles_of(actor.lower())
    row = rows(actor, "menjadi anggota tim sukses pasangan calon")["SKB-9"]
    assert "addressee changed" in row["changes"]


@pytest.mark.parametrize("actor", ["ASN beserta keluarganya", "Seluruh ASN serta keluarganya"])
def test_family_members_bound_beside_the_asn_widen_the_addressee(actor):
    row = rows(actor, "memasang spanduk bakal calon di rumah dinas")["SKB-1"]
    assert "addressee widened" in row["changes"]


@pytest.mark.parametrize("phrase", ["pegawai yang punya keluarga mencalonkan diri",
                                    "asn yang kerabatnya maju dalam pilkada",
                                    "pns yang istrinya menjadi calon bupati"])
def test_asn_whose_spouse_or_family_runs_is_the_spouse_role(phrase):
    assert roles_of(phrase) == ["ASN yang pasangannya mencalonkan diri"]


@pytest.mark.parametrize("actor, text", [
    ("ASN yang suaminya maju sebagai calon", "mengikuti kampanye suaminya tanpa cuti di luar tanggungan negara"),
    ("pegawai yang istrinya mencalonkan diri", "ikut deklarasi istrinya kecuali sudah mengambil cuti di luar "
                                                "tanggungan negara"),
])
def test_the_spouse_campaign_row_is_found(actor, text):
    assert "SKB-13" in rows(actor, text)


@pytest.mark.parametrize("actor, text", [
    ("pegawai yang pasangannya menjadi calon", "mendampingi setelah mengambil cuti di luar tanggungan negara"),
    ("ASN yang istrinya maju dalam pilkada", "mendampingi selama masa kampanye asalkan cuti"),
])
def test_a_spouse_permission_naming_only_its_act_is_the_spouse_item(actor, text):
    got = rows(actor, text, kind="permission", cue="boleh")
    assert got["PERM-18a"]["how"] == "same act"


@pytest.mark.parametrize("actor, text", [
    ("ASN", "mendampingi tamu dari luar daerah"),
    ("pegawai", "mendampingi kunjungan kerja pejabat provinsi"),
])
def test_the_same_act_for_all_asn_is_no_spouse_permission(actor, text):
    assert "PERM-18a" not in rows(actor, text, kind="permission", cue="boleh")
