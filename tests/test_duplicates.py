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


def test_sketch_round_trip_and_knobs():
    sk = duplicates.sketch(texts()["rilis_warta"])
    back = duplicates.Sketch.decode(sk.encode())
    assert (back.hashes == sk.hashes).all() and (back.signature == sk.signature).all()
    other = Settings(sections={"duplicates": {"num_perm": 64}})
    assert duplicates.Sketch.decode(sk.encode(), other) is None          # made under other knobs
    assert duplicates.Sketch.decode("v1.4.128.1:not base64!") is None
    assert duplicates.Sketch.decode(None) is None


def test_minhash_estimate_follows_exact_jaccard():
    """The numpy MinHash estimates the shingle Jaccard within a few standard deviations,
    on a lightly and a heavily rewritten copy of the release."""
    t = texts()
    src = t["rilis_sukamajupos"]
    light = src.replace("menerbitkan", "mengeluarkan")
    heavy = t["ulasan_daftar_larangan"]
    for other in (light, heavy, t["rilis_warta"]):
        a, b = duplicates.sketch(src), duplicates.sketch(other)
        inter = len(set(a.hashes.tolist()) & set(b.hashes.tolist()))
        exact = inter / (len(a.hashes) + len(b.hashes) - inter)
        sa, sb = duplicates.shingles(src), duplicates.shingles(other)
        assert abs(exact - duplicates.jaccard(sa, sb)) < 0.01                 # 32-bit hashes: no collision
        estimate = float((a.signature == b.signature).mean())
        assert abs(estimate - exact) < 0.15, (estimate, exact)


def test_lsh_bands_are_the_classic_choice():
    # the split that minimises the integrated false positive + false negative probability
    assert duplicates.lsh_params(0.4, 128) == (32, 4)
    assert duplicates.lsh_params(0.9, 128) == (5, 25)
    assert duplicates.lsh_params(0.5, 64) == (14, 4)


def test_clustering_imports_no_scipy():
    import subprocess
    import sys
    code = ("import sys; from corpus_tools import duplicates; "
            "duplicates.cluster_texts({'a': 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh'}); "
            "print('scipy' in sys.modules, 'datasketch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.slow
def test_sketches_are_made_once_and_kept(tmp_path, monkeypatch):
    """Workers sketch each text once; a rerun after one input changed sketches only that
    one; without the cache (.state.json lost) the documents are read and the clusters match."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in texts().items():
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    made = []
    real = duplicates.sketch
    monkeypatch.setattr(duplicates, "sketch", lambda text, **kw: made.append(text) or real(text, **kw))
    extract_dir(raw, out, jobs=1)
    assert len(made) == len(texts())
    state = json.loads((out / ".state.json").read_text(encoding="utf-8"))
    assert all(e["sketch"].startswith("v") for e in state["inputs"].values())
    first = json.loads((out / "duplicates.json").read_text(encoding="utf-8"))

    made.clear()
    (raw / "harga_cabai.txt").write_text(texts()["harga_cabai"] + "\nHarga bawang juga naik.", encoding="utf-8")
    extract_dir(raw, out, jobs=1)
    assert len(made) == 1 and made[0].endswith("Harga bawang juga naik.")

    made.clear()
    (out / ".state.json").unlink()
    (out / "duplicates.json").unlink()
    extract_dir(raw, out, jobs=1)
    assert len(made) == len(texts())                  # read back from the documents
    again = json.loads((out / "duplicates.json").read_text(encoding="utf-8"))
    assert again["groups"] == first["groups"] == [sorted(RELEASE)]
    state = json.loads((out / ".state.json").read_text(encoding="utf-8"))
    assert all("sketch" in e for e in state["inputs"].values())    # and cached again
