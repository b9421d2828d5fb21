"""Provenance: a document records where its page came from (scrape's sidecar, else
raw/sources.csv) and is decoded with the encoding the scraper detected."""
from __future__ import annotations

import json

from corpus_tools import provenance
from corpus_tools.pipeline import extract_file

BODY = ("Bupati Sukamaju menerbitkan surat edaran tentang netralitas ASN. Dalam edaran itu, "
        "setiap ASN dilarang memasang baliho bakal calon dan dilarang menghadiri deklarasi pasangan calon.")


def page(extra: str = "") -> str:
    return (f"<!doctype html><html><head><title>Edaran netralitas ASN</title></head><body><article>"
            f"<h1>Edaran netralitas ASN Sukamaju</h1><p>{BODY}</p><p>{BODY} {extra}</p></article></body></html>")


def sidecar(raw, name, **meta):
    stem = name.rsplit(".", 1)[0]
    data = {"file": name, "url": f"http://kabar.test/{stem}", "final_url": f"https://kabar.test/{stem}",
            "fetched_at": "2024-09-05T01:02:03+00:00", "encoding": {"detected": "utf-8", "method": "http"}}
    data.update(meta)
    (raw / f"{stem}.fetch.json").write_text(json.dumps(data), encoding="utf-8")


def test_sidecar_gives_url_final_url_and_fetch_time(tmp_path):
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    sidecar(tmp_path, "a.html")
    src = extract_file(tmp_path / "a.html")["source"]
    assert (src["url"], src["final_url"], src["fetched_at"], src["provenance"]) == (
        "http://kabar.test/a", "https://kabar.test/a", "2024-09-05T01:02:03+00:00", "fetch.json")


def test_scraper_encoding_decodes_non_utf8_pages(tmp_path):
    """ISO-8859-15 puts € at 0xA4 where windows-1252 has ¤; the sidecar's decision wins."""
    (tmp_path / "b.html").write_bytes(page("Anggaran pengawasan € 5.000 disiapkan.").encode("iso-8859-15"))
    sidecar(tmp_path, "b.html", encoding={"detected": "iso8859-15", "method": "meta"})
    doc = extract_file(tmp_path / "b.html")
    assert "€ 5.000" in doc["text"] and doc["source"]["encoding"] == "iso8859-15"
    # the same bytes without a sidecar fall back to windows-1252, as before
    (tmp_path / "c.html").write_bytes(page("Anggaran pengawasan € 5.000 disiapkan.").encode("iso-8859-15"))
    assert "¤ 5.000" in extract_file(tmp_path / "c.html")["text"]


def test_sources_csv_for_pages_saved_by_hand(tmp_path):
    (tmp_path / "tangan1.txt").write_text(f"Edaran netralitas ASN\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "tangan2.txt").write_bytes(f"Edaran netralitas ASN\n\n{BODY} Łódź.\n".encode("iso-8859-2"))
    (tmp_path / "sources.csv").write_text(
        "file,doc_id,url,encoding\n"
        "tangan1.txt,,https://warta.test/berita/tangan-satu,\n"
        ",tangan2,https://warta.test/berita/tangan-dua,iso-8859-2\n", encoding="utf-8")
    one = extract_file(tmp_path / "tangan1.txt")["source"]
    assert (one["url"], one["final_url"], one["provenance"]) == (
        "https://warta.test/berita/tangan-satu", "https://warta.test/berita/tangan-satu", "sources.csv")
    two = extract_file(tmp_path / "tangan2.txt")
    assert two["source"]["url"] == "https://warta.test/berita/tangan-dua" and "Łódź" in two["text"]


def test_unknown_or_damaged_provenance_is_null_not_an_error(tmp_path):
    (tmp_path / "d.html").write_text(page(), encoding="utf-8")
    (tmp_path / "d.fetch.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "sources.csv").write_bytes(b"\xff\xfe garbage")
    src = extract_file(tmp_path / "d.html")["source"]
    assert (src["url"], src["provenance"]) == (None, None)


def test_a_sidecar_for_another_file_is_not_used(tmp_path):
    """scrape replaced e.txt by e.html: the old sidecar names e.txt."""
    (tmp_path / "e.html").write_text(page(), encoding="utf-8")
    sidecar(tmp_path, "e.txt")
    (tmp_path / "sources.csv").write_text("file,url\ne.html,https://kabar.test/e-baru\n", encoding="utf-8")
    p = provenance.lookup(tmp_path / "e.html")
    assert (p.url, p.via) == ("https://kabar.test/e-baru", "sources.csv")


def test_sources_csv_edits_are_seen(tmp_path):
    (tmp_path / "f.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,url\nf.txt,https://a.test/1\n", encoding="utf-8")
    assert provenance.lookup(tmp_path / "f.txt").url == "https://a.test/1"
    (tmp_path / "sources.csv").write_text("file,url\nf.txt,https://a.test/2-diperbaiki\n", encoding="utf-8")
    assert provenance.lookup(tmp_path / "f.txt").url == "https://a.test/2-diperbaiki"
