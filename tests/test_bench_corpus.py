"""The benchmark corpus generator (bench/corpus.py): deterministic, and its documents go
through extract and compare as real articles do."""
from __future__ import annotations

import json

from bench import corpus as gen
from corpus_tools.compare import compare_dir
from corpus_tools import extract_dir

DOCS, SEED, CIRCULARS = 30, 7, 6


def _files(d):
    return {p.name: p.read_bytes() for p in sorted(d.iterdir())}


def test_generation_is_deterministic(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    gen.generate(a, DOCS, SEED, CIRCULARS)
    gen.generate(b, DOCS, SEED, CIRCULARS)
    files = _files(a)
    assert files == _files(b)
    inputs = [n for n in files if n.endswith((".html", ".txt"))]
    assert len(inputs) == DOCS
    assert any(n.endswith(".html") for n in inputs)
    gen.generate(b, DOCS, SEED + 1, CIRCULARS)           # another seed, other content
    assert _files(b) != files


def test_generated_documents_extract_and_compare(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    manifest = gen.generate(raw, DOCS, SEED, CIRCULARS)
    report = extract_dir(raw, out, jobs=1)
    assert not report.errors
    assert len(report.processed) == DOCS
    clauses = (out / "clauses.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(clauses) >= DOCS                          # several rules per article that reports a circular
    result = compare_dir(out)
    groups = [c for c in result["circulars"] if len(c["witnesses"]) >= 1]
    assert len(groups) >= 2
    assert any(len(c["witnesses"]) >= 2 for c in result["circulars"])      # witnesses merged
    numbers = {d["number"] for d in manifest["documents"].values() if d["number"]}
    from corpus_tools.metadata import circular_key
    assert {circular_key(n) for n in numbers} & {c["key"] for c in result["circulars"]}
    assert json.loads((raw / ".corpus.json").read_text(encoding="utf-8"))["docs"] == DOCS
