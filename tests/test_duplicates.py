"""Near-duplicate clusters on an invented set of republished articles (tests/republished/):
one press release rewritten lightly by three outlets, and articles on the same circular that
must not join it (an interview, a commentary quoting the same list of prohibitions)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from corpus_tools import duplicates
from corpus_tools.batch import extract_dir
from corpus_tools.settings import Settings

HERE = Path(__file__).parent / "republished"
RELEASE = {"rilis_sukamajupos", "rilis_kabartirta", "rilis_warta"}


def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*.txt"))}


def test_republished_release_clusters_and_others_do_not():
    clusters = duplicates.cluster_texts(texts())
    assert {d for d, c in clusters.items() if c == clusters["rilis_sukamajupos"]} == RELEASE
    assert clusters["rilis_sukamajupos"] == min(RELEASE)          # the smallest doc_id names it
    for other in ("wawancara_sekda", "ulasan_daftar_larangan", "edaran_tirtajaya", "harga_cabai"):
        assert clusters[other] == other, other
    assert duplicates.groups(clusters) == [sorted(RELEASE)]


def test_more_rewriting_of_the_release_still_clusters():
    """A fourth outlet rewords every paragraph's opening and drops the quote."""
    src = texts()["rilis_sukamajupos"]
    rewritten = (src.replace("menerbitkan", "mengeluarkan").replace("menjelaskan bahwa", "mengatakan")
                 .replace("Menurutnya,", "Ia menambahkan,").replace("Selain itu,", "Di samping itu,"))
    rewritten = re.sub(r'"Kami minta.*?\n', "", rewritten)
    clusters = duplicates.cluster_texts({**texts(), "rilis_lain": rewritten})
    assert clusters["rilis_lain"] == clusters["rilis_warta"]


def test_threshold_is_a_knob():
    strict = Settings(sections={"duplicates": {"threshold": 0.9}})
    clusters = duplicates.cluster_texts(texts(), settings=strict)
    assert len(set(clusters.values())) == len(clusters)           # nothing is that similar
    assert duplicates.cluster_texts({"a": "ASN netral", "b": "ASN netral"}) == {"a": "a", "b": "b"}  # too short


def test_same_corpus_same_clusters_whatever_the_order():
    t = texts()
    a = duplicates.cluster_texts(t)
    b = duplicates.cluster_texts(dict(reversed(list(t.items()))))
    assert a == b


@pytest.mark.slow
def test_extract_writes_duplicates_json(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in texts().items():
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    extract_dir(raw, out, jobs=1)
    data = json.loads((out / "duplicates.json").read_text(encoding="utf-8"))
    assert data["groups"] == [sorted(RELEASE)]
    assert set(data["clusters"]) == set(texts())
    assert duplicates.load_clusters(out) == data["clusters"]
    assert duplicates.load_clusters(tmp_path / "nowhere") == {}

    # a rerun with nothing changed keeps the file without reading a document
    def no_reading(*a, **k):
        raise AssertionError("documents read again")
    from corpus_tools import outputs
    monkeypatch.setattr(outputs, "iter_documents", no_reading)
    extract_dir(raw, out, jobs=1)
    # a changed article is clustered again
    (raw / "harga_cabai.txt").write_text(texts()["rilis_warta"].replace("Dimas", "Rudi"), encoding="utf-8")
    monkeypatch.undo()
    extract_dir(raw, out, jobs=1)
    data = json.loads((out / "duplicates.json").read_text(encoding="utf-8"))
    assert data["groups"] == [sorted(RELEASE | {"harga_cabai"})]
