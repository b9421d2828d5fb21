"""Follow-on sentences: after "Dalam edaran itu, ..." the next sentences that go on with the
circular's content are the circular's, though extraction read them as statements said by no
one; a journalist's or an official's sentence between breaks the run, and a sentence naming
the circular ("Edaran yang sama juga ...") introduces the next one. Invented wording."""
from __future__ import annotations

import pytest

from corpus_tools.compare import compare_documents
from tests.test_compare import clause, document


def article(doc_id, text, clauses, number="800/31/BKPSDM/2024"):
    """A document with ``text``; ``clauses``: (clause text, source, speaker), located in it."""
    cs = []
    for n, (t, source, speaker) in enumerate(clauses, start=1):
        c = clause(doc_id, n, t, source=source)
        c["speaker"] = speaker
        c["start"] = text.index(t)
        c["end"] = c["start"] + len(t)
        cs.append(c)
    return document(doc_id, cs, number=number, text=text)


def compared(doc):
    result = compare_documents([doc])
    [circ] = result["circulars"]
    aligned = {r["baseline_id"] for r in circ["alignment"] if r["status"] in ("identical", "modified", "covered")
               and r.get("how") != "implied by its items"}
    texts = {c["text"] for c in circ["clauses"]}
    return aligned, texts, result["warnings"]


@pytest.mark.parametrize("text, first, second, item", [
    ("Bupati Sungai Mas menerbitkan edaran netralitas pada Senin. Dalam edaran itu, ASN dilarang menghadiri "
     "deklarasi bakal pasangan calon. Pegawai juga dilarang menjadi anggota atau pengurus partai politik.",
     "ASN dilarang menghadiri deklarasi bakal pasangan calon", "Pegawai juga dilarang menjadi anggota atau "
     "pengurus partai politik", "SKB-5"),
    ("Wali Kota Teluk Damar meneken surat edaran baru.\n\nEdaran tersebut melarang ASN memasang baliho bakal "
     "calon di kantor.\n\nSelain itu, ASN tidak boleh menjadi anggota tim pemenangan pasangan calon.",
     "melarang ASN memasang baliho bakal calon di kantor", "ASN tidak boleh menjadi anggota tim pemenangan "
     "pasangan calon", "SKB-9"),
])
def test_a_sentence_running_on_from_the_circular_is_its_content(text, first, second, item):
    doc = article("f1", text, [(first, "circular", None), (second, "statement", None)])
    aligned, texts, warnings = compared(doc)
    assert second in texts and item in aligned
    assert any("run on" in w for w in warnings)


@pytest.mark.parametrize("text, first, second", [
    ("Dalam edaran itu, ASN dilarang menghadiri deklarasi bakal pasangan calon. \"Kami serius soal ini,\" kata "
     "Kepala BKD, Rahmat. Pegawai juga dilarang menjadi anggota atau pengurus partai politik.",
     "ASN dilarang menghadiri deklarasi bakal pasangan calon", "Pegawai juga dilarang menjadi anggota atau "
     "pengurus partai politik"),
    ("Edaran tersebut melarang ASN memasang baliho bakal calon di kantor. Menurut pengamat politik dari kampus "
     "setempat, aturan itu sudah lama ditunggu warga yang resah. Tahun lalu banyak keluhan serupa di kecamatan. "
     "ASN tidak boleh menjadi anggota tim pemenangan pasangan calon.",
     "melarang ASN memasang baliho bakal calon di kantor", "ASN tidak boleh menjadi anggota tim pemenangan "
     "pasangan calon"),
])
def test_a_sentence_between_breaks_the_run(text, first, second):
    doc = article("f2", text, [(first, "circular", None), (second, "statement", None)])
    aligned, texts, _ = compared(doc)
    assert second not in texts


@pytest.mark.parametrize("text, first, second, item", [
    ("Dalam edaran itu, ASN dilarang menghadiri deklarasi bakal pasangan calon. \"Itu jelas,\" ujar Sekda. "
     "Edaran yang sama juga menyasar tenaga kontrak daerah. Meski bukan ASN, mereka diminta tidak menjadi "
     "anggota tim pemenangan pasangan calon.",
     "ASN dilarang menghadiri deklarasi bakal pasangan calon", "mereka diminta tidak menjadi anggota tim "
     "pemenangan pasangan calon", "SKB-9"),
    ("Edaran tersebut melarang ASN memasang baliho bakal calon di kantor. Pelanggar akan diperiksa inspektorat, "
     "tegas Bupati. Surat edaran itu pun mengatur pegawai honorer. Mereka dilarang menjadi anggota atau "
     "pengurus partai politik.",
     "melarang ASN memasang baliho bakal calon di kantor", "Mereka dilarang menjadi anggota atau pengurus "
     "partai politik", "SKB-5"),
])
def test_a_sentence_naming_the_circular_introduces_the_next(text, first, second, item):
    doc = article("f3", text, [(first, "circular", None), (second, "statement", None)])
    aligned, texts, _ = compared(doc)
    assert second in texts and item in aligned


@pytest.mark.parametrize("speaker", ["Rahmat", "Kepala BKPSDM"])
def test_a_statement_with_a_speaker_never_runs_on(speaker):
    text = ("Dalam edaran itu, ASN dilarang menghadiri deklarasi bakal pasangan calon. Pegawai juga dilarang "
            "menjadi anggota atau pengurus partai politik.")
    doc = article("f4", text, [("ASN dilarang menghadiri deklarasi bakal pasangan calon", "circular", None),
                               ("Pegawai juga dilarang menjadi anggota atau pengurus partai politik", "statement",
                                speaker)])
    _, texts, _ = compared(doc)
    assert "Pegawai juga dilarang menjadi anggota atau pengurus partai politik" not in texts
