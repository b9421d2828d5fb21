"""The incremental cache's key includes where a page came from (issue 12 leftover): editing
a row of ``RAW/sources.csv`` or a ``.fetch.json`` sidecar reaches that page's document on
the next run without ``--force``; the other documents are not touched, and a changed
decoding hint re-reads the page."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from corpus_tools.batch import extract_dir
from corpus_tools.validate import validate_dir
from faults_util import snapshot

PAGE = ("<html><head><title>{title}</title></head><body><article><p>{region} - Bupati {region} "
        "menerbitkan surat edaran tentang netralitas pegawai. ASN di lingkungan pemerintah daerah "
        "dilarang memasang {thing} calon di kantor.</p><p>Kepala dinas wajib mengawasi bawahannya, "
        "kata sekretaris daerah.</p></article></body></html>")


def page(i: int) -> str:
    regions = ["Sukamaju", "Tanjung Mekar", "Bukit Lestari"]
    things = ["spanduk", "baliho", "stiker"]
    return PAGE.format(title=f"Edaran {regions[i]}", region=regions[i], thing=things[i])


def write_sources(raw: Path, rows: list[dict]) -> None:
    with open(raw / "sources.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def source(out: Path, doc_id: str) -> dict:
    return json.loads((out / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))["source"]


def test_an_edited_sources_csv_row_updates_only_its_document(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    rows = []
    for i, name in enumerate(["berita_a", "berita_b", "berita_c"]):
        (raw / f"{name}.html").write_text(page(i), encoding="utf-8")
        rows.append({"file": f"{name}.html", "url": f"https://kabar-sukamaju.test/{name}",
                     "fetched_at": "2024-10-01T08:00:00+00:00"})
    write_sources(raw, rows)
    assert extract_dir(raw, out, jobs=1).ok
    before = snapshot(out)
    rows[1]["url"] = "https://kabar-sukamaju.test/2024/10/01/berita-b-diperbaiki"     # a fixed URL
    rows[1]["fetched_at"] = "2024-10-02T09:30:00+00:00"                               # and date
    write_sources(raw, rows)
    report = extract_dir(raw, out, jobs=1)                                             # no --force
    assert report.ok and report.processed == []
    assert source(out, "berita_b")["url"] == rows[1]["url"]
    assert source(out, "berita_b")["fetched_at"] == rows[1]["fetched_at"]
    after = snapshot(out)
    assert after["documents/berita_a.json"] == before["documents/berita_a.json"]
    assert after["documents/berita_c.json"] == before["documents/berita_c.json"]
    assert after["clauses.jsonl"] == before["clauses.jsonl"].replace(
        b"https://kabar-sukamaju.test/berita_b", rows[1]["url"].encode())
    assert validate_dir(out) == []
    extract_dir(raw, out, jobs=1)
    assert snapshot(out) == after                                                      # settled


def test_an_edited_sidecar_reaches_its_document_too(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i, name in enumerate(["kabar1", "kabar2"]):
        (raw / f"{name}.html").write_text(page(i), encoding="utf-8")
        (raw / f"{name}.fetch.json").write_text(json.dumps(
            {"file": f"{name}.html", "url": f"http://warta-lestari.test/{name}",
             "final_url": f"https://warta-lestari.test/{name}", "fetched_at": "2024-09-09T01:00:00+00:00",
             "encoding": {"detected": "utf-8"}}), encoding="utf-8")
    assert extract_dir(raw, out, jobs=1).ok
    meta = json.loads((raw / "kabar2.fetch.json").read_text(encoding="utf-8"))
    meta["final_url"] = "https://warta-lestari.test/daerah/kabar2"
    (raw / "kabar2.fetch.json").write_text(json.dumps(meta), encoding="utf-8")
    before = snapshot(out)
    report = extract_dir(raw, out, jobs=1)
    assert report.ok and report.processed == []
    assert source(out, "kabar2")["final_url"] == "https://warta-lestari.test/daerah/kabar2"
    assert snapshot(out)["documents/kabar1.json"] == before["documents/kabar1.json"]
    assert validate_dir(out) == []


def test_a_changed_encoding_column_reads_the_page_again(tmp_path):
    """0xA4 is '¤' in windows-1252 and '€' in ISO-8859-15: the hint decides the text."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    body = page(0).replace("kantor.", "kantor (denda \u20ac 50).")
    (raw / "lama.html").write_bytes(body.encode("iso-8859-15"))
    (raw / "baru.html").write_text(page(1), encoding="utf-8")
    rows = [{"file": "lama.html", "url": "https://koran-lama.test/1", "encoding": "windows-1252"},
            {"file": "baru.html", "url": "https://koran-lama.test/2", "encoding": ""}]
    write_sources(raw, rows)
    extract_dir(raw, out, jobs=1)
    text = json.loads((out / "documents" / "lama.json").read_text(encoding="utf-8"))["text"]
    assert "denda ¤ 50" in text
    rows[0]["encoding"] = "iso-8859-15"
    write_sources(raw, rows)
    report = extract_dir(raw, out, jobs=1)
    assert [Path(p).name for p in report.processed] == ["lama.html"]
    text = json.loads((out / "documents" / "lama.json").read_text(encoding="utf-8"))["text"]
    assert "denda € 50" in text
    assert validate_dir(out) == []
