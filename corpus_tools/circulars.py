"""Circulars stage: group extracted articles by the circular they report and merge
their clauses (articles are witnesses of one circular).

Grouping key: the normalised circular number; without a number, the issuer and the
circular's date (or, failing that, the issuer alone: "unnumbered"). A clause attested
by several witnesses is merged when their normalised texts are near-identical; the
merged clause keeps which articles attest it and is flagged when they disagree (in
kind or wording). Statements by officials stay apart from the circular's content.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import re
from functools import lru_cache

from rapidfuzz import fuzz

from . import config


@dataclass
class RegionalClause:
    id: str                          # "<circular key>#<n>"
    kind: str
    force: str
    text: str                        # from the first witness
    normalized: str
    cue_canonical: str
    actor: Optional[str]
    actor_normalized: Optional[str]
    parent: Optional[str]            # id of the merged parent clause
    attested_by: list[str]           # clause_ids of the witnesses' clauses
    disagreement: list[str] = field(default_factory=list)   # e.g. ["kind", "wording"]


@dataclass
class CircularGroup:
    key: str
    number: Optional[str]
    issuer: Optional[str]
    region: Optional[str]
    region_code: Optional[str]
    date: Optional[str]
    witnesses: list[str]             # doc_ids
    clauses: list[RegionalClause]
    statements: list[dict]           # statement clauses of the witnesses (not aligned)


@lru_cache(maxsize=1)
def _non_content() -> frozenset[str]:
    from spacy.lang.id.stop_words import STOP_WORDS
    actors = config.load_data("actors.json")
    words = set(STOP_WORDS)
    for terms in actors["roles"].values():
        for t in terms:
            words.update(t.split())
    # deontic words must count as content: "tidak" changes what a clause says
    return frozenset(words - {"tidak", "boleh", "harus", "wajib", "dapat"})


_WORD = re.compile(r"[^\W_]+(?:[-/][^\W_]+)*")


@lru_cache(maxsize=1 << 16)
def content_words(normalized: str) -> tuple[str, ...]:
    # cached: each baseline form is compared with every clause of every circular
    non_content = _non_content()
    return tuple(w for w in _WORD.findall(normalized) if w not in non_content)


def similarity(a: str, b: str) -> float:
    """0-100, inspectable: the mean of rapidfuzz's token_sort_ratio, token_set_ratio and
    the Dice coefficient (x100) of the content words of two normalised texts. The Dice
    term keeps a short clause ("menjaga netralitas") from matching every longer one
    that contains its words, which token_set_ratio alone would allow."""
    ca, cb = content_words(a), content_words(b)
    if not ca or not cb:
        return 0.0
    A, B = set(ca), set(cb)
    dice = 2 * len(A & B) / (len(A) + len(B))
    sa, sb = " ".join(ca), " ".join(cb)
    return round((fuzz.token_sort_ratio(sa, sb) + fuzz.token_set_ratio(sa, sb) + 100 * dice) / 3, 1)


def settings() -> dict:
    return config.load_data("compare.json")


def group_key(doc: dict) -> Optional[tuple[str, Optional[str], Optional[str]]]:
    """(key, number, date) of the circular an article reports, or None."""
    if doc.get("circulars"):
        c = doc["circulars"][0]
        return c["key"], c["number"], c.get("date")
    has_circular_content = any(c["source"] == "circular" for c in doc.get("clauses", []))
    if not has_circular_content:
        return None
    issuer = doc.get("issuer") or doc.get("region") or doc["doc_id"]
    return f"{issuer} (unnumbered)", None, None


def group_documents(docs: list[dict]) -> list[CircularGroup]:
    """One CircularGroup per circular, sorted by key; witnesses merged."""
    buckets: dict[str, list[dict]] = {}
    meta: dict[str, tuple] = {}
    for doc in sorted(docs, key=lambda d: d["doc_id"]):
        k = group_key(doc)
        if k is None:
            continue
        key, number, date = k
        buckets.setdefault(key, []).append(doc)
        old = meta.get(key, (None, None))
        meta[key] = (old[0] or number, old[1] or date)
    groups = []
    for key in sorted(buckets):
        docs_k = buckets[key]
        first = docs_k[0]
        number, date = meta[key]
        circ = [c for d in docs_k for c in d["clauses"] if c["source"] == "circular"]
        stmts = [c for d in docs_k for c in d["clauses"] if c["source"] == "statement"]
        groups.append(CircularGroup(
            key=key, number=number, issuer=first.get("issuer"), region=first.get("region"),
            region_code=first.get("region_code"), date=date or None,
            witnesses=[d["doc_id"] for d in docs_k], clauses=merge_witnesses(key, circ), statements=stmts))
    return groups


def merge_witnesses(key: str, clauses: list[dict]) -> list[RegionalClause]:
    """Merge the clauses of several articles about one circular (see module doc)."""
    same = settings()["witness_merge_score"]
    merged: list[RegionalClause] = []
    by_clause_id: dict[str, RegionalClause] = {}
    for c in clauses:
        match = None
        for m in merged:
            if c["doc_id"] in {a.split(":")[0] for a in m.attested_by}:
                continue                      # one article never witnesses the same clause twice
            if similarity(m.normalized, c["normalized"]) >= same:
                match = m
                break
        if match:
            match.attested_by.append(c["clause_id"])
            if c["kind"] != match.kind and "kind" not in match.disagreement:
                match.disagreement.append("kind")
            if c["normalized"] != match.normalized and "wording" not in match.disagreement:
                match.disagreement.append("wording")
        else:
            match = RegionalClause(
                id=f"{key}#{len(merged) + 1}", kind=c["kind"], force=c["force"], text=c["text"],
                normalized=c["normalized"], cue_canonical=c["cue_canonical"], actor=c["actor"],
                actor_normalized=c["actor_normalized"], parent=None, attested_by=[c["clause_id"]])
            merged.append(match)
        by_clause_id[c["clause_id"]] = match
    for c in clauses:
        if c.get("parent") and c["parent"] in by_clause_id:
            by_clause_id[c["clause_id"]].parent = by_clause_id[c["parent"]].id
    return merged
