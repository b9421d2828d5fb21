"""Helpers of the fault-injection suites: small invented articles and output snapshots."""
from __future__ import annotations

import json
from pathlib import Path

REGIONS = ["Sukamaju", "Tanjung Harapan", "Bukit Permai", "Lembah Hijau", "Pantai Indah",
           "Sungai Rejo", "Karang Sari", "Mekar Jaya"]
ITEMS = ["memasang spanduk atau baliho calon", "menghadiri deklarasi pasangan calon",
         "mengunggah foto bersama calon di media sosial", "menjadi anggota tim kampanye",
         "memberikan dukungan dengan memakai atribut partai", "mengikuti rapat tim pemenangan"]


def article(i: int) -> str:
    """An invented news report of a regional circular (text dump), different per ``i``."""
    region = REGIONS[i % len(REGIONS)]
    a, b = ITEMS[i % len(ITEMS)], ITEMS[(i + 2) % len(ITEMS)]
    return (f"{region.upper()} - Bupati {region} menerbitkan Surat Edaran Nomor "
            f"800.1.4/{100 + i}/BKPSDM/2024 tentang netralitas aparatur sipil negara.\n\n"
            f"Dalam surat edaran itu, ASN di lingkungan Pemerintah Kabupaten {region} dilarang:\n\n"
            f"1. {a};\n\n2. {b}.\n\n"
            f"Kepala perangkat daerah wajib mengawasi pegawai di unitnya, kata Sekda {region} "
            f"pada rapat ke-{i}.\n")


def write_corpus(raw: Path, n: int, start: int = 0, prefix: str = "art") -> list[Path]:
    raw.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = raw / f"{prefix}{i:03d}.txt"
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    return paths


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file except hidden ones (state cache, lock) -> its bytes."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def doc_ids(out: Path) -> set[str]:
    return {p.stem for p in (out / "documents").glob("*.json")}


def manifest_ids(out: Path) -> set[str]:
    return {r["doc_id"] for r in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"]}


def error_paths(out: Path) -> list[str]:
    return [e["path"] for e in json.loads((out / "errors.json").read_text(encoding="utf-8"))]


def slow_analysis(monkeypatch, doc_id: str, seconds: float):
    """Make pipeline.analyse hang for ``seconds`` on one document (forked workers inherit
    the patch); returns the real function so a test can restore it."""
    import time

    from corpus_tools import pipeline
    real = pipeline.analyse

    def slow(did, cleaned, **kw):
        if did == doc_id:
            time.sleep(seconds)
        return real(did, cleaned, **kw)

    monkeypatch.setattr(pipeline, "analyse", slow)
    return real
