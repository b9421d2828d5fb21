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


@pytest.mark.parametrize("items", [
    ["menjaga netralitas", "harus bebas dari pengaruh dan intervensi semua golongan dan partai politik",
     "menghindari konflik kepentingan pribadi, kelompok maupun golongan"],
    ["wajib menjaga netralitas dalam pelayanan", "menghindari konflik kepentingan pribadi maupun golongan",
     "tidak memihak kepada kepentingan siapa pun"],
])
def test_a_complete_list_omits_nothing_of_a_collection_family(items):
    lead = clause("c", 1, "ASN wajib:", kind="obligation", cue="wajib")
    doc = document("c", [lead] + [clause("c", n, t, kind="obligation", cue="wajib", parent="c:001",
                                         marker=f"{n - 1}.") for n, t in enumerate(items, 2)], number="800/3/BKD/2024")
    circ = compare_documents([doc])["circulars"][0]
    rows = rows_of(circ)
    principle = {b: r["status"] for b, r in rows.items() if r["family"] == "PRINCIPLE"}
    assert sum(s in ("modified", "identical") for s in principle.values()) >= 2, principle
    assert "omitted" not in principle.values(), principle


def test_a_list_family_still_omits_from_a_complete_list():
    items = ["menjadi pengurus partai politik", "menjadi anggota tim sukses pasangan calon",
             "memasang baliho bakal calon"]
    lead = clause("l", 1, "ASN dilarang:")
    doc = document("l", [lead] + [clause("l", n, t, parent="l:001", marker=f"{n - 1}.")
                                  for n, t in enumerate(items, 2)], number="800/4/BKD/2024")
    rows = rows_of(compare_documents([doc])["circulars"][0])
    assert rows["SKB-13"]["status"] == "omitted"


# --- one issuer's unnumbered circulars signed by different offices --------------------------------

def unnumbered(doc_id, published, text, title="", issuer="Pemerintah Kota Sukamaju"):
    doc = document(doc_id, [clause(doc_id, 1, "ASN dilarang ikut kampanye")], issuer=issuer)
    return {**doc, "published": published, "text": text, "title": title}


@pytest.mark.parametrize("a, b", [
    (("2024-08-08", "Wali Kota Sukamaju meneken surat edaran netralitas menjelang Pilkada 2024.", ""),
     ("2024-11-20", "Sekretaris Daerah Kota Sukamaju menerbitkan surat edaran menjelang pemungutan suara. "
                    "Edaran ini melengkapi surat edaran wali kota yang terbit Agustus lalu.", "")),
    (("2024-09-02", "Isinya dibacakan dalam apel pagi.", "Isi SE Pj Wali Kota Sukamaju soal Netralitas"),
     ("2024-10-15", "Edaran itu dibacakan di depan camat.", "Sekda Sukamaju Keluarkan Edaran Larangan bagi ASN")),
])
def test_circulars_signed_by_different_offices_are_two(a, b):
    docs = [unnumbered("s1", *a), unnumbered("s2", *b)]
    ids = sorted(c["id"] for c in compare_documents(docs)["circulars"])
    assert len(ids) == 2 and all(i.startswith("Pemerintah Kota Sukamaju (unnumbered") for i in ids), ids
    assert any("Sekda" in i for i in ids) and any("Wali Kota" in i for i in ids), ids


@pytest.mark.parametrize("a, b", [
    (("2024-08-08", "Pj Wali Kota Sukamaju menerbitkan SE netralitas ASN.", ""),
     ("2024-08-10", "Isi lengkap surat edaran itu sebagai berikut.", "SE Wali Kota Sukamaju Larang ASN Pasang Baliho")),
    (("2024-08-08", "Wali Kota Sukamaju mengeluarkan edaran netralitas.", ""),
     ("2024-08-12", "Pegawai diminta mematuhi edaran tersebut.", "")),
])
def test_articles_on_one_signer_or_unsaid_stay_one_circular(a, b):
    docs = [unnumbered("s1", *a), unnumbered("s2", *b)]
    circs = compare_documents(docs)["circulars"]
    assert [c["id"] for c in circs] == ["Pemerintah Kota Sukamaju (unnumbered)"]
    assert sorted(circs[0]["witnesses"]) == ["s1", "s2"]
