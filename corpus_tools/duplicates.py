"""Near-duplicate articles: the same press release republished by several outlets.

    cluster_texts({doc_id: text}) -> {doc_id: cluster_id}
    write_duplicates(out_dir)      -> OUT_DIR/duplicates.json (run at the end of `extract`)

Stages:

1. **shingles** — the text's words (lower-cased, ``\\w+``) in overlapping runs of
   ``shingle_words``; an outlet's own sign-off or "Baca juga" line changes few of them, a
   rewritten sentence changes a handful, a different article on the same circular shares
   little more than the circular's number and the list it quotes;
2. **candidates** — MinHash signatures (``num_perm`` permutations) in a datasketch LSH
   index tuned to ``threshold``: only pairs likely above it are compared, so a corpus of
   thousands of articles is not compared pair by pair;
3. **verify** — the exact Jaccard similarity of the candidates' shingle sets must reach
   ``threshold`` (MinHash is an estimate; a false candidate is dropped here);
4. **clusters** — connected components of the verified pairs (union-find). A cluster's id
   is its smallest doc_id; an article with no near-duplicate is its own cluster, so
   "one witness per cluster" counts every article once and each release once.

Knobs (named defaults below) come from ``settings.section("duplicates")``.

    >>> release = ("Bupati Sukamaju menerbitkan surat edaran tentang netralitas aparatur sipil "
    ...            "negara menjelang pilkada. Setiap pegawai dilarang memasang baliho calon dan "
    ...            "menghadiri deklarasi pasangan calon. ")
    >>> cluster_texts({"a": release + "Baca juga: jadwal debat.",
    ...                "b": release.replace("menerbitkan", "mengeluarkan") + "Penulis: Dimas.",
    ...                "c": "Harga cabai rawit di pasar induk naik menjelang akhir tahun karena hujan."})
    {'a': 'a', 'b': 'a', 'c': 'c'}
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from pathlib import Path
from typing import Mapping, Optional

from .settings import Settings, resolve

SHINGLE_WORDS_DEFAULT = 4      # words per shingle
THRESHOLD_DEFAULT = 0.4        # Jaccard similarity of shingle sets: a lightly rewritten release is 0.45-0.7
NUM_PERM_DEFAULT = 128         # MinHash permutations (estimate error ~ 1/sqrt(num_perm))
MIN_SHINGLES_DEFAULT = 8       # texts shorter than this are never clustered (too little evidence)
SEED = 1                       # fixed: the same corpus gives the same clusters
WORD_RE = re.compile(r"\w+")
METHOD = "minhash-lsh (datasketch) + exact Jaccard of word shingles"


def _knobs(settings: Optional[Settings]) -> dict:
    sec = resolve(settings).section("duplicates")
    return {"shingle_words": int(sec.get("shingle_words", SHINGLE_WORDS_DEFAULT)),
            "threshold": float(sec.get("threshold", THRESHOLD_DEFAULT)),
            "num_perm": int(sec.get("num_perm", NUM_PERM_DEFAULT)),
            "min_shingles": int(sec.get("min_shingles", MIN_SHINGLES_DEFAULT))}


def shingles(text: str, k: int = SHINGLE_WORDS_DEFAULT) -> set[str]:
    """Overlapping runs of ``k`` lower-cased words.

    >>> sorted(shingles("ASN dilarang ikut kampanye", 3))
    ['asn dilarang ikut', 'dilarang ikut kampanye']
    """
    words = WORD_RE.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def _identity(x: int) -> int:
    return x


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def cluster_texts(texts: Mapping[str, str], *, settings: Optional[Settings] = None) -> dict[str, str]:
    """{doc_id: text} -> {doc_id: cluster id} (see the module docstring), in doc_id order."""
    from datasketch import MinHash, MinHashLSH

    k = _knobs(settings)
    ids = sorted(texts)
    # each shingle as its crc32 (deterministic across processes, unlike hash(); C-fast, unlike
    # datasketch's default sha1): the MinHash input and the exact Jaccard's sets at once
    sets = {d: {zlib.crc32(s.encode("utf-8")) for s in shingles(texts[d] or "", k["shingle_words"])}
            for d in ids}
    lsh = MinHashLSH(threshold=k["threshold"], num_perm=k["num_perm"])
    parent = {d: d for d in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    # the permutations are drawn once, not per document
    base = MinHash(num_perm=k["num_perm"], seed=SEED)
    for d in ids:
        if len(sets[d]) < k["min_shingles"]:
            continue
        m = MinHash(num_perm=k["num_perm"], seed=SEED, hashfunc=_identity,
                    permutations=base.permutations, scheme=base.scheme)
        m.update_batch(list(sets[d]))
        for other in lsh.query(m):
            if jaccard(sets[d], sets[other]) >= k["threshold"]:
                ra, rb = find(d), find(other)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)      # the smallest doc_id names the cluster
        lsh.insert(d, m)
    return {d: find(d) for d in ids}


def groups(clusters: Mapping[str, str]) -> list[list[str]]:
    """Clusters with more than one member, each sorted, in order of their id."""
    by: dict[str, list[str]] = {}
    for d, c in clusters.items():
        by.setdefault(c, []).append(d)
    return [sorted(v) for _, v in sorted(by.items()) if len(v) > 1]


def write_duplicates(out_dir: str | os.PathLike, inputs: Optional[list[dict]] = None, *,
                     settings: Optional[Settings] = None) -> dict:
    """Cluster the documents of an extraction and write ``OUT_DIR/duplicates.json``:
    ``{"method", "settings", "inputs", "clusters": {doc_id: cluster_id}, "groups": [[doc_id, ...]]}``.

    ``inputs``: the run's manifest rows (doc_id, sha256, pipeline_version); when they and
    the knobs are those the file was made from, it is kept as it is (a rerun with nothing
    changed reads no document)."""
    from . import outputs
    from .io import atomic_write, dumps

    path = outputs.Layout(out_dir).duplicates
    fingerprint = None
    if inputs is not None:
        key = sorted((r["doc_id"], r["sha256"], r.get("pipeline_version", "")) for r in inputs)
        fingerprint = hashlib.sha256(json.dumps([METHOD, _knobs(settings), key]).encode()).hexdigest()[:16]
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
            if old.get("inputs") == fingerprint:
                return old
        except (OSError, ValueError, AttributeError):
            pass
    texts = {doc["doc_id"]: doc.get("text") or "" for doc in outputs.iter_documents(out_dir)}
    clusters = cluster_texts(texts, settings=settings)
    result = {"method": METHOD, "settings": _knobs(settings), "inputs": fingerprint,
              "clusters": clusters, "groups": groups(clusters)}
    atomic_write(path, dumps(result))
    return result


def load_clusters(out_dir: str | os.PathLike) -> dict[str, str]:
    """{doc_id: cluster_id} from ``OUT_DIR/duplicates.json``; {} when it is missing (an
    extraction made before duplicates were found: every document is then its own cluster)."""
    from . import outputs
    path = outputs.Layout(out_dir).duplicates
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        from .io import InputError
        raise InputError(path, f"unreadable ({exc}); run `corpus-tools extract` again") from exc
    return dict(data.get("clusters") or {})
