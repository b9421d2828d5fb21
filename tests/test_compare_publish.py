"""What a researcher reads in the comparison: articles that report a circular only through
rules extraction read as statements, and lists that bind other people than the baseline's
addressees (company staff, soldiers). Invented regions and wording; two wordings each."""
from __future__ import annotations

import pytest

from corpus_tools.compare import compare_documents
from tests.test_compare import clause, document, rows_of


def statement(doc_id, n, text, speaker=None, **kw):
    c = clause(doc_id, n, text, source="statement", **kw)
    c["speaker"] = speaker
    return c


@pytest.mark.parametrize("texts", [
    ["ASN dilarang menjadi anggota tim sukses pasangan calon", "ASN dilarang memasang baliho bakal calon"],
    ["Pegawai tidak boleh menjadi pengurus partai politik", "Pegawai tidak boleh ikut kampanye"],
])
def test_an_article_citing_a_number_with_statements_only_reports_the_circular(texts):
    doc = document("w", [statement("w", n, t, speaker="Bupati" if n == 1 else None) for n, t in enumerate(texts, 1)],
                   number="800/77/BKPSDM/2024")
    result = compare_documents([doc])
    assert [c["id"] for c in result["circulars"]] == ["800/77/BKPSDM/2024"]
    circ = result["circulars"][0]
    assert sum(len(c["attested_by"]) for c in circ["clauses"]) == 2
    assert [r for r in circ["alignment"] if r["status"] == "modified" or r["status"] == "identical"]
    assert any(w.startswith("w: cites circular 800/77/BKPSDM/2024") and "read as statements" in w
               for w in result["warnings"]), result["warnings"]
    assert result["documents_without_circular"] == []


@pytest.mark.parametrize("issuer", [None, "Pemerintah Kabupaten Sukamaju"])
def test_statements_without_a_cited_number_stay_apart(issuer):
    doc = document("x", [statement("x", 1, "ASN dilarang ikut kampanye", speaker="Sekda"),
                         statement("x", 2, "ASN dilarang memasang baliho calon")], issuer=issuer)
    result = compare_documents([doc])
    assert result["circulars"] == [] and result["documents_without_circular"] == ["x"]
    assert result["not_compared"]["statements"] == 2


def test_an_article_with_circular_content_keeps_its_statements_apart():
    doc = document("y", [clause("y", 1, "ASN dilarang ikut kampanye"),
                         statement("y", 2, "ASN dilarang memasang baliho calon", speaker="Sekda")],
                   number="800/78/BKPSDM/2024")
    circ = compare_documents([doc])["circulars"][0]
    assert [c["attested_by"] for c in circ["clauses"]] == [["y:001"]]
    assert len(circ["statements"]) == 1


@pytest.mark.parametrize("actor", ["Seluruh insan perusahaan", "Karyawan Perumda Air Minum"])
def test_a_company_list_says_nothing_about_what_is_dropped_for_asn(actor):
    items = ["tidak ikut serta dalam kampanye pasangan calon", "tidak menggunakan kendaraan dinas untuk kampanye",
             "tidak memasang baliho bakal calon di kantor"]
    lead = clause("z", 1, f"{actor} diminta:", actor=actor, kind="prohibition", cue="diminta")
    doc = document("z", [lead] + [clause("z", n, t, actor=actor, parent="z:001", marker=f"{n - 1}.")
                                  for n, t in enumerate(items, 2)], number="500/9/DIR/2024")
    circ = compare_documents([doc])["circulars"][0]
    rows = rows_of(circ)
    assert "addressee changed" in rows["PP94-5n1"]["changes"], rows["PP94-5n1"]
    assert not [b for b, r in rows.items() if r["status"] == "omitted"], \
        sorted(b for b, r in rows.items() if r["status"] == "omitted")


@pytest.mark.parametrize("actor", ["Prajurit", "Babinsa"])
def test_soldiers_are_not_asn(actor):
    doc = document("t", [clause("t", 1, f"{actor} dilarang ikut kampanye", actor=actor)], number="B/12/2024")
    rows = rows_of(compare_documents([doc])["circulars"][0])
    row = rows["PP94-5n1"]
    assert "addressee changed" in row["changes"], row
