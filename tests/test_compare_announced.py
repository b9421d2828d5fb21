"""Announced counts: an article that says how many items the circular's list has decides
whether its quote is whole. More announced than quoted: the absent baseline items are
`not reported` (the article shows part of the list), never `omitted`; as many as quoted:
the list is whole, bullets included; a lead-in sentence saying it picks some items
("beberapa poin yang paling sering dilanggar:") quotes a part. Invented wording."""
from __future__ import annotations

import pytest

from corpus_tools.compare import compare_documents
from tests.test_compare import clause, document, rows_of

SKB_ITEMS = [
    "memasang spanduk atau baliho bakal calon di kantor",
    "menjadi anggota atau pengurus partai politik",
    "menjadi anggota tim pemenangan pasangan calon",
    "menghadiri deklarasi bakal pasangan calon",
]


def article(doc_id, intro, items, markers, outro="", number="800/77/BKPSDM/2024"):
    """A document whose text holds the intro, the marked items and an outro, with offsets."""
    lines = [f"{m} {t};" for m, t in zip(markers, items)]
    text = intro + "\n\n" + "\n\n".join(lines) + ("\n\n" + outro if outro else "")
    lead = clause(doc_id, 1, "ASN dilarang:", cue="dilarang")
    lead["start"], lead["end"] = len(intro) - len("ASN dilarang:"), len(intro)
    cs = [lead]
    for i, (m, t) in enumerate(zip(markers, items), start=2):
        c = clause(doc_id, i, t, parent=lead["clause_id"], marker=m)
        c["start"] = text.index(t)
        c["end"] = c["start"] + len(t)
        cs.append(c)
    return document(doc_id, cs, number=number, text=text)


def skb_rows(doc):
    [circ] = compare_documents([doc])["circulars"]
    fam = next(f for f in circ["families"] if f["family"] == "SKB")
    return rows_of(circ), fam


@pytest.mark.parametrize("intro", [
    "Bupati Lembah Jati menerbitkan surat edaran yang memuat dua belas poin larangan. Dalam edaran itu, ASN dilarang:",
    "Edaran Wali Kota Tanjung Seruni itu berisi 9 butir ketentuan, namun berikut yang paling sering disorot. ASN dilarang:",
])
def test_more_items_announced_than_quoted_is_not_an_omission(intro):
    rows, fam = skb_rows(article("n1", intro, SKB_ITEMS, ["a.", "b.", "c.", "d."]))
    assert rows["SKB-1"]["status"] == "modified" or rows["SKB-1"]["status"] == "identical"
    assert rows["SKB-6"]["status"] == "not reported" and rows["SKB-2"]["status"] == "not reported"
    assert fam["omission_basis"] is None and fam["list_complete"] is False
    said = fam["announced"]["n1"]
    assert said["announced"] in (12, 9) and said["quoted"] == 4


@pytest.mark.parametrize("intro", [
    "Surat edaran itu memuat empat poin larangan. Dalam edaran itu, ASN dilarang:",
    "Ada 4 hal yang tidak boleh dilakukan menurut edaran Bupati Lembah Jati. ASN dilarang:",
])
def test_as_many_announced_as_quoted_keeps_the_omission(intro):
    rows, fam = skb_rows(article("n2", intro, SKB_ITEMS, ["1.", "2.", "3.", "4."]))
    assert rows["SKB-6"]["status"] == "omitted" and fam["omission_basis"] == "complete list"
    assert fam["announced"]["n2"] == {"announced": 4, "quoted": 4, "partial": False}


@pytest.mark.parametrize("intro, status", [
    ("Edaran tersebut memuat empat hal yang dilarang, yakni ASN dilarang:", "omitted"),
    ("Sesuai edaran, ada empat poin yang harus dihindari pegawai. ASN dilarang:", "omitted"),
    ("Edaran tersebut memuat larangan bagi pegawai. ASN dilarang:", "not reported"),
])
def test_bullets_are_whole_only_when_their_number_is_announced(intro, status):
    rows, fam = skb_rows(article("n3", intro, SKB_ITEMS, ["-", "-", "-", "-"]))
    assert rows["SKB-6"]["status"] == status


@pytest.mark.parametrize("intro", [
    "Kepala BKPSDM menyebut beberapa poin yang paling sering dilanggar. ASN dilarang:",
    "Poin larangan dalam edaran itu di antaranya sebagai berikut. ASN dilarang:",
])
def test_a_lead_in_sentence_that_picks_some_items_quotes_a_part(intro):
    intro = intro.replace(". ASN dilarang:", ", yaitu ASN dilarang:")
    rows, fam = skb_rows(article("n4", intro, SKB_ITEMS, ["1)", "2)", "3)", "4)"]))
    assert rows["SKB-6"]["status"] == "not reported"
    assert fam["announced"]["n4"]["partial"] is True


def test_a_count_before_an_earlier_list_does_not_size_a_later_one():
    # "enam kewajiban" sizes the duties' list, not the prohibitions quoted after it
    intro = ("Edaran itu memuat enam kewajiban bagi kepala perangkat daerah.\n\n1. menyosialisasikan edaran;\n\n"
             "2. mengawasi bawahan;\n\n3. melaporkan pelanggaran.\n\nSelain itu, ASN dilarang:")
    doc = article("n5", intro, SKB_ITEMS, ["1.", "2.", "3.", "4."])
    for i, t in enumerate(["menyosialisasikan edaran", "mengawasi bawahan", "melaporkan pelanggaran"], start=10):
        c = clause("n5", i, t, kind="obligation", cue="wajib", actor="kepala perangkat daerah", marker=f"{i - 9}.")
        c["start"] = doc["text"].index(t)
        c["end"] = c["start"] + len(t)
        c["parent"] = "n5:099"
        doc["clauses"].append(c)
    rows, fam = skb_rows(doc)
    assert rows["SKB-6"]["status"] == "omitted"
    assert "n5" not in fam["announced"]
