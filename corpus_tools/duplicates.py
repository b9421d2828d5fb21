"""Near-duplicate articles: the same press release republished by several outlets.

    sketch(text)                   -> Sketch (computed by each worker while the text is in memory)
    cluster_texts({doc_id: text})  -> {doc_id: cluster_id}
    cluster_sketches({doc_id: Sketch}) -> the same from sketches (no text needed)
    write_duplicates(out_dir, rows, sketches=...) -> OUT_DIR/duplicates.json (end of `extract`)

Stages:

1. **shingles** — the text's words (lower-cased, ``\\w+``) in overlapping runs of
   ``shingle_words``, each run hashed to 32 bits (the crc32 of each word, combined in order):
   an outlet's own sign-off or "Baca juga" line changes few of them, a rewritten sentence
   changes a handful, a different article on the same circular shares little more than the
   circular's number and the list it quotes;
2. **signature** — a MinHash signature of ``num_perm`` 32-bit values (multiply-shift hash
   functions drawn from a fixed seed, computed with numpy). Stages 1-2 run per document in
   the extract workers; batch keeps the result (a ``Sketch``) in its cache, so the end of a
   run reads no document text;
3. **candidates** — LSH banding of the signatures: ``bands`` x ``rows`` chosen for
   ``threshold`` as the classic MinHash LSH does (the split that minimises the integrated
   false positive and false negative probabilities, equal weights); two documents are
   candidates when one band is identical, so a corpus of thousands of articles is not
   compared pair by pair;
4. **verify** — the exact Jaccard similarity of the candidates' shingle sets must reach
   ``threshold`` (MinHash is an estimate; a false candidate is dropped here); a pair whose
   documents are already in one cluster needs no check;
5. **clusters** — connected components of the verified pairs (union-find). A cluster's id
   is its smallest doc_id; an article with no near-duplicate is its own cluster, so
   "one witness per cluster" counts every article once and each release once.

Knobs (named defaults below) come from ``settings.section("duplicates")``. numpy is
imported by the functions that need it, never by compare or export (they only read
``duplicates.json``).

    >>> release = ("Bupati Sukamaju menerbitkan surat edaran tentang netralitas aparatur sipil "
    ...            "negara menjelang pilkada. Setiap pegawai dilarang memasang baliho calon dan "
    ...            "menghadiri deklarasi pasangan calon. ")
    >>> cluster_texts({"a": release + "Baca juga: jadwal debat.",
    ...                "b": release.replace("menerbitkan", "mengeluarkan") + "Penulis: Dimas.",
    ...                "c": "Harga cabai rawit di pasar induk naik menjelang akhir tahun karena hujan."})
    {'a': 'a', 'b': 'a', 'c': 'c'}
"""
from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping, MutableMapping, Optional

from .settings import Settings, resolve

SHINGLE_WORDS_DEFAULT = 4      # words per shingle
THRESHOLD_DEFAULT = 0.4        # Jaccard similarity of shingle sets: a lightly rewritten release is 0.45-0.7
NUM_PERM_DEFAULT = 128         # MinHash permutations (estimate error ~ 1/sqrt(num_perm))
MIN_SHINGLES_DEFAULT = 8       # texts shorter than this are never clustered (too little evidence)
SEED = 1                       # fixed: the same corpus gives the same clusters
WORD_RE = re.compile(r"\w+")
METHOD = "minhash-lsh (numpy) + exact Jaccard of word shingles"
SKETCH_VERSION = 1             # bump when shingling or hashing changes: cached sketches are then recomputed
CHUNK = 2048                   # shingles hashed at once (bounds memory on a huge text: CHUNK x num_perm x 8 B)
# A candidate whose MinHash estimate is this many standard deviations below the threshold
# is not checked exactly. A pair at the threshold is lost here about once in a thousand
# (0 of 2,745 such pairs on the 10k bench corpus), against 44% lost by banding itself
# (32 bands of 4 rows at 0.4: a pair at 0.4 shares a band with probability 0.56, one at 0.6
# with 0.99); it spares 70% of the exact checks on the bench corpus.
ESTIMATE_SIGMAS = 3
INTEGRATION_POINTS = 201       # grid of the LSH parameter choice's integrals
# Odd 64-bit constants (from splitmix64) that combine word hashes into a shingle hash.
_MIX = 0x9E3779B97F4A7C15
_FOLD = 0xBF58476D1CE4E5B9


def _knobs(settings: Optional[Settings]) -> dict:
    sec = resolve(settings).section("duplicates")
    return {"shingle_words": int(sec.get("shingle_words", SHINGLE_WORDS_DEFAULT)),
            "threshold": float(sec.get("threshold", THRESHOLD_DEFAULT)),
            "num_perm": int(sec.get("num_perm", NUM_PERM_DEFAULT)),
            "min_shingles": int(sec.get("min_shingles", MIN_SHINGLES_DEFAULT))}


def shingles(text: str, k: int = SHINGLE_WORDS_DEFAULT) -> set[str]:
    """Overlapping runs of ``k`` lower-cased words (what stage 1 hashes).

    >>> sorted(shingles("ASN dilarang ikut kampanye", 3))
    ['asn dilarang ikut', 'dilarang ikut kampanye']
    """
    words = WORD_RE.findall(text.lower())
    if len(words) < k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def shingle_hashes(text: str, k: int = SHINGLE_WORDS_DEFAULT):
    """The text's shingles (as ``shingles``) hashed to 32 bits: a sorted array of unique
    uint32, one per distinct shingle (up to hash collisions, about 1 in 4 billion pairs)."""
    import numpy as np
    words = WORD_RE.findall(text.lower())
    if not words:
        return np.zeros(0, dtype=np.uint32)
    w = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    k = max(1, min(k, len(w)))              # fewer words than k: the whole text is one shingle
    n = len(w) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):                   # h = (((w0 * M + w1) * M + w2) * M + w3), mod 2**64
            h = h * np.uint64(_MIX) + w[j:j + n]
        h = (h * np.uint64(_FOLD)) >> np.uint64(32)
    return np.unique(h.astype(np.uint32))


@lru_cache(maxsize=8)
def _hash_functions(num_perm: int):
    """The ``num_perm`` multiply-shift hash functions (a odd, b): fixed by SEED."""
    import numpy as np
    rng = np.random.default_rng(SEED)
    a = rng.integers(0, 2 ** 63, size=num_perm, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.integers(0, 2 ** 63, size=num_perm, dtype=np.uint64)
    return a, b


def signature(hashes, num_perm: int = NUM_PERM_DEFAULT):
    """MinHash signature (uint32 x num_perm) of a shingle-hash array; all ones when empty."""
    import numpy as np
    a, b = _hash_functions(num_perm)
    sig = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    x = hashes.astype(np.uint64)
    with np.errstate(over="ignore"):
        for i in range(0, len(x), CHUNK):
            v = np.multiply.outer(x[i:i + CHUNK], a)
            v += b
            # the high 32 bits of the smallest value: the smallest high half (the shift keeps order)
            np.minimum(sig, (v.min(axis=0) >> np.uint64(32)).astype(np.uint32), out=sig)
    return sig


@dataclass(frozen=True)
class Sketch:
    """What clustering needs of one document: its shingle hashes and their signature."""
    hashes: Any          # numpy uint32, sorted, unique
    signature: Any       # numpy uint32, num_perm values

    def encode(self, settings: Optional[Settings] = None) -> str:
        """A compact string (kept in batch's cache), tagged with the knobs it depends on."""
        import numpy as np
        payload = np.concatenate([self.signature, self.hashes]).astype("<u4").tobytes()
        return f"{_sketch_tag(settings)}:{base64.b64encode(payload).decode('ascii')}"

    @staticmethod
    def decode(value: Any, settings: Optional[Settings] = None) -> Optional["Sketch"]:
        """The Sketch of ``encode``'s string, or None when it was made under other knobs or
        an older SKETCH_VERSION, or is not one."""
        import numpy as np
        tag = _sketch_tag(settings)
        if not isinstance(value, str) or not value.startswith(tag + ":"):
            return None
        try:
            arr = np.frombuffer(base64.b64decode(value[len(tag) + 1:], validate=True), dtype="<u4")
        except (ValueError, TypeError):
            return None
        n = _knobs(settings)["num_perm"]
        if len(arr) < n:
            return None
        return Sketch(arr[n:].astype(np.uint32), arr[:n].astype(np.uint32))


def _sketch_tag(settings: Optional[Settings]) -> str:
    k = _knobs(settings)
    return f"v{SKETCH_VERSION}.{k['shingle_words']}.{k['num_perm']}.{SEED}"


def sketch(text: str, *, settings: Optional[Settings] = None) -> Sketch:
    """Stages 1-2 for one text."""
    k = _knobs(settings)
    hashes = shingle_hashes(text or "", k["shingle_words"])
    return Sketch(hashes, signature(hashes, k["num_perm"]))


@lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows), bands x rows <= num_perm, minimising the false positive probability
    (pairs below ``threshold`` that share a band) plus the false negative one (pairs above
    it that share none), each integrated over the similarity."""
    import numpy as np
    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    b, r = pairs[:, :1], pairs[:, 1:]
    lo = np.linspace(0.0, threshold, INTEGRATION_POINTS)[None, :]
    hi = np.linspace(threshold, 1.0, INTEGRATION_POINTS)[None, :]
    trapezoid = getattr(np, "trapezoid", None) or np.trapz
    fp = trapezoid(1 - (1 - lo ** r) ** b, lo, axis=1)
    fn = trapezoid((1 - hi ** r) ** b, hi, axis=1)
    best = int(np.argmin(0.5 * fp + 0.5 * fn))           # the first of equal errors: fewest bands
    return int(pairs[best, 0]), int(pairs[best, 1])


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


class _Overlap:
    """|a & o| for a sorted array ``a`` against many arrays ``others`` in one vectorised pass:
    ``a`` goes into a direct-mapped table (slot = low bits of the hash), each element of the
    others is looked up by its own slot. An empty slot k holds k ^ 1, which no value of
    slot k equals, so a lookup is exact. When two values of ``a`` share a slot (about 2% of
    documents), binary search over ``a`` instead."""

    SLOT_BITS = 20

    def __init__(self):
        import numpy as np
        self.np = np
        self.mask = np.uint32((1 << self.SLOT_BITS) - 1)
        self.table = np.arange(1 << self.SLOT_BITS, dtype=np.uint32) ^ np.uint32(1)

    def counts(self, a, others):
        np = self.np
        lens = np.fromiter(map(len, others), dtype=np.intp, count=len(others))
        if not len(a) or not lens.sum():
            return np.zeros(len(others), dtype=np.intp), lens
        cat = np.concatenate(others)
        slots = a & self.mask
        self.table[slots] = a
        if (self.table[slots] == a).all():          # no two values of ``a`` in one slot
            hit = self.table[cat & self.mask] == cat
        else:
            hit = a[np.minimum(np.searchsorted(a, cat), len(a) - 1)] == cat
        self.table[slots] = slots ^ np.uint32(1)
        ends = np.cumsum(lens)
        cum = np.concatenate([[0], np.cumsum(hit)])
        return cum[ends] - cum[ends - lens], lens


def estimate_margin(num_perm: int) -> float:
    """How far below ``threshold`` a candidate's MinHash estimate may be and still get the
    exact check: ESTIMATE_SIGMAS standard deviations of the estimate at its widest
    (similarity 0.5), 0.13 with 128 permutations."""
    return ESTIMATE_SIGMAS * (0.25 / num_perm) ** 0.5


def cluster_texts(texts: Mapping[str, str], *, settings: Optional[Settings] = None) -> dict[str, str]:
    """{doc_id: text} -> {doc_id: cluster id} (see the module docstring), in doc_id order."""
    return cluster_sketches({d: sketch(t or "", settings=settings) for d, t in texts.items()}, settings=settings)


def cluster_sketches(sketches: Mapping[str, Sketch], *, settings: Optional[Settings] = None) -> dict[str, str]:
    """{doc_id: Sketch} -> {doc_id: cluster id}: stages 3-5."""
    import numpy as np
    k = _knobs(settings)
    bands, rows = lsh_params(k["threshold"], k["num_perm"])
    floor = (k["threshold"] - estimate_margin(k["num_perm"])) * k["num_perm"]
    ids = sorted(sketches)               # documents by index: a smaller index is a smaller doc_id
    if not ids:
        return {}
    hashes = [sketches[d].hashes for d in ids]
    sigs = np.stack([sketches[d].signature for d in ids])
    parent = list(range(len(ids)))
    overlap = _Overlap()

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    tables: list[dict[bytes, list[int]]] = [{} for _ in range(bands)]
    for i in range(len(ids)):          # each document against those before it
        if len(hashes[i]) < k["min_shingles"]:
            continue
        keys = [band.tobytes() for band in sigs[i, :bands * rows].reshape(bands, rows)]
        candidates: set[int] = set()
        for table, key in zip(tables, keys):
            members = table.get(key)
            if members:
                candidates.update(members)
        if candidates:
            cand = np.fromiter(candidates, dtype=np.intp, count=len(candidates))
            agree = np.count_nonzero(sigs[cand] == sigs[i], axis=1)       # the MinHash estimate x num_perm
            root = find(i)
            others = [j for j in cand[agree >= floor].tolist() if find(j) != root]  # one cluster: no check
            if others:
                inter, lens = overlap.counts(hashes[i], [hashes[j] for j in others])
                similar = inter / (len(hashes[i]) + lens - inter) >= k["threshold"]   # exact Jaccard
                for j, ok in zip(others, similar.tolist()):
                    ra, rb = find(i), find(j)
                    if ok and ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)    # the smallest doc_id names the cluster
        for table, key in zip(tables, keys):
            table.setdefault(key, []).append(i)
    return {d: ids[find(i)] for i, d in enumerate(ids)}


def groups(clusters: Mapping[str, str]) -> list[list[str]]:
    """Clusters with more than one member, each sorted, in order of their id."""
    by: dict[str, list[str]] = {}
    for d, c in clusters.items():
        by.setdefault(c, []).append(d)
    return [sorted(v) for _, v in sorted(by.items()) if len(v) > 1]


def write_duplicates(out_dir: str | os.PathLike, inputs: Optional[list[dict]] = None, *,
                     settings: Optional[Settings] = None,
                     sketches: Optional[MutableMapping[str, Optional[str]]] = None) -> dict:
    """Cluster the documents of an extraction and write ``OUT_DIR/duplicates.json``:
    ``{"method", "settings", "inputs", "clusters": {doc_id: cluster_id}, "groups": [[doc_id, ...]]}``.

    ``inputs``: the run's manifest rows (doc_id, sha256, pipeline_version); when they and
    the knobs are those the file was made from, it is kept as it is (a rerun with nothing
    changed reads no document). Without ``inputs`` every stored document is clustered.
    ``sketches``: {doc_id: Sketch.encode() string or None}, what the workers computed or
    the cache kept; a document whose sketch is missing or stale is read and sketched, and
    its new string is put in ``sketches`` (for the caller's cache)."""
    from . import outputs
    from .io import atomic_write, dumps

    layout = outputs.Layout(out_dir)
    path = layout.duplicates
    fingerprint = None
    if inputs is not None:
        key = sorted((r["doc_id"], r["sha256"], r.get("pipeline_version", "")) for r in inputs)
        fingerprint = hashlib.sha256(json.dumps([METHOD, SKETCH_VERSION, _knobs(settings), key])
                                     .encode()).hexdigest()[:16]
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
            if old.get("inputs") == fingerprint:
                return old
        except (OSError, ValueError, AttributeError):
            pass
    if sketches is None:
        sketches = {}
    found: dict[str, Sketch] = {}
    if inputs is None:
        for doc in outputs.iter_documents(out_dir):
            found[doc["doc_id"]] = sketch(doc.get("text") or "", settings=settings)
    else:
        for r in inputs:
            d = r["doc_id"]
            sk = Sketch.decode(sketches.get(d), settings)
            if sk is None:               # not cached (an older run, a lost cache): read the document
                with open(layout.documents / f"{d}.json", encoding="utf-8") as fh:
                    sk = sketch(json.load(fh).get("text") or "", settings=settings)
                sketches[d] = sk.encode(settings)
            found[d] = sk
    clusters = cluster_sketches(found, settings=settings)
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
