"""Compare stage: align each circular's clauses with the national baseline and show
word-level differences (diff-match-patch in word mode, semantic clean-up).

    compare(groups, baseline) -> list of circular comparisons (dicts, JSON-ready)
    compare_dir(extracted, out) -> writes comparison.json, matrix.csv, report.html, report.md

Per baseline clause and circular the status is ``identical`` (same after
normalisation), ``modified`` (with the kinds of change: actor substituted,
orthographic, content added, content removed, modality changed), ``covered`` (by a
regional clause aligned to another baseline clause: a grouped item) or ``omitted``;
regional clauses aligned to nothing are ``added``.
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from diff_match_patch import diff_match_patch
from rapidfuzz import fuzz

from . import config
from .circulars import CircularGroup, RegionalClause, content_words, group_documents, similarity
from .io import InputError, atomic_write, dumps
from .normalise import normalize_text, strip_lead

WORD_RE = re.compile(r"\S+\s*")


# --- baseline -----------------------------------------------------------------------------

@dataclass
class BaselineClause:
    id: str
    family: str
    kind: str
    text: str
    normalized: list[str]            # normalised text, then normalised variants
    meta: dict


def load_baseline(path: str | Path) -> tuple[str, list[BaselineClause]]:
    """(name, clauses) of a baseline file (raw/baseline/*.json)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        name = data.get("name") or path.stem
        out = []
        for c in data["clauses"]:
            forms = [c["text"]] + list(c.get("variants", []))
            out.append(BaselineClause(id=c["id"], family=c.get("family", name), kind=c["kind"], text=c["text"],
                                      normalized=[normalize_text(strip_lead(f)) for f in forms], meta=c))
    except FileNotFoundError:
        raise InputError(path, "baseline file not found") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(path, f"not a baseline file ({type(exc).__name__}: {exc})") from None
    return name, out


# --- similarity --------------------------------------------------------------------------

def coverage(baseline: str, regional: str) -> float:
    """Share of the baseline clause's content words found in the regional clause."""
    b = set(content_words(baseline))
    return len(b & set(content_words(regional))) / len(b) if b else 0.0


# --- word diff -------------------------------------------------------------------------

def word_diff(a: str, b: str) -> list[list]:
    """[[op, text], ...] with op -1 (only in baseline), 0 (both), 1 (only regional):
    diff-match-patch over words (each word mapped to one character, as its line mode)."""
    vocab: dict[str, str] = {}
    words: list[str] = []

    def encode(s: str) -> str:
        out = []
        # punctuation is not a word difference: "selama," and "selama" are the same word
        for w in WORD_RE.findall(re.sub(r"[,.;:]+(?=\s|$)", "", s).strip() + " "):
            w = w.rstrip() + " "
            if w not in vocab:
                vocab[w] = chr(0xE000 + len(words)) if len(words) < 6400 else chr(0xF0000 + len(words))
                words.append(w)
            out.append(vocab[w])
        return "".join(out)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(encode(a), encode(b), False)
    dmp.diff_cleanupSemantic(diffs)
    inverse = {v: k for k, v in vocab.items()}
    out = []
    for op, chars in diffs:
        text = "".join(inverse[ch] for ch in chars).strip()
        if text:
            out.append([op, text])
    return out


@lru_cache(maxsize=1)
def _actor_words() -> frozenset[str]:
    actors = config.load_data("actors.json")
    return frozenset(w for terms in actors["roles"].values() for t in terms for w in t.split())


def classify_changes(ops: list[list], base: BaselineClause, reg: RegionalClause,
                     raw_regional: str) -> list[str]:
    """Kinds of change between an aligned baseline and regional clause."""
    changes: list[str] = []
    actor = _actor_words()
    has_actor = lambda s: any(w in actor for w in s.split())  # noqa: E731
    i = 0
    while i < len(ops):
        op, text = ops[i]
        nxt = ops[i + 1] if i + 1 < len(ops) else None
        if op == -1 and nxt and nxt[0] == 1:
            if has_actor(text) and has_actor(nxt[1]):
                changes.append("actor substituted")
            elif fuzz.ratio(text, nxt[1]) >= settings()["orthographic_ratio"]:
                changes.append("orthographic")
            else:
                changes += ["content removed", "content added"]
            i += 2
            continue
        if op == -1:
            changes.append("actor removed" if has_actor(text) and len(text.split()) <= 2 else "content removed")
        elif op == 1:
            changes.append("actor added" if has_actor(text) and len(text.split()) <= 2 else "content added")
        i += 1
    if reg.kind != base.kind:
        changes.append(f"modality changed: {base.kind} -> {reg.kind}")
    elif reg.force == "advisory":
        changes.append(f"modality changed: mandatory -> advisory ({reg.cue_canonical})")
    if not ops or all(op == 0 for op, _ in ops):
        if re.sub(r"\W+", " ", strip_lead(raw_regional).lower()).strip() != \
                re.sub(r"\W+", " ", base.text.lower()).strip():
            changes.append("orthographic")
    return sorted(set(changes), key=changes.index)


@lru_cache(maxsize=1)
def settings() -> dict:
    return config.load_data("compare.json")


# --- alignment -------------------------------------------------------------------------

def align(clauses: list[RegionalClause], baseline: list[BaselineClause], threshold: Optional[float] = None) -> dict:
    """Assignment of regional clauses to baseline clauses, regardless of order.

    One-to-one first (greedy on the best remaining score), then one-to-many: a
    regional clause already used may also cover a further baseline clause whose
    content it contains (a grouped list item)."""
    s = settings()
    threshold = s["align_threshold"] if threshold is None else threshold
    scores: dict[tuple[int, int], tuple[float, int]] = {}
    for r, reg in enumerate(clauses):
        for b, base in enumerate(baseline):
            best = max(((similarity(form, reg.normalized), k) for k, form in enumerate(base.normalized)), key=lambda x: x[0])
            scores[(r, b)] = best
    pairs = sorted(((sc, r, b) for (r, b), (sc, _) in scores.items() if sc >= threshold), key=lambda x: (-x[0], x[1], x[2]))
    reg_used: dict[int, int] = {}
    base_match: dict[int, tuple[int, str]] = {}
    for sc, r, b in pairs:
        if r in reg_used or b in base_match:
            continue
        reg_used[r], base_match[b] = b, (r, "aligned")
    for b, base in enumerate(baseline):
        if b in base_match:
            continue
        cands = [(scores[(r, b)][0], r) for r in reg_used
                 if scores[(r, b)][0] >= s["cover_threshold"]
                 and max(coverage(form, clauses[r].normalized) for form in base.normalized) >= s["cover_share"]]
        if cands:
            base_match[b] = (max(cands)[1], "covered")
    return {"scores": scores, "base_match": base_match, "reg_used": set(reg_used) | {r for r, _ in base_match.values()}}


def compare_group(group: CircularGroup, baseline: list[BaselineClause], raw_text: dict[str, str],
                  threshold: Optional[float] = None) -> dict:
    """One circular against the baseline: per baseline clause status, matches, score, diff."""
    al = align(group.clauses, baseline, threshold)
    rows = []
    for b, base in enumerate(baseline):
        m = al["base_match"].get(b)
        if m is None:
            best = max((al["scores"][(r, b)] for r in range(len(group.clauses))), default=(0.0, 0))
            rows.append({"baseline_id": base.id, "family": base.family, "status": "omitted", "matched": [],
                         "score": best[0], "changes": [], "diff": []})
            continue
        r, how = m
        reg = group.clauses[r]
        score, form = al["scores"][(r, b)]
        ops = word_diff(base.normalized[form], reg.normalized)
        changes = classify_changes(ops, base, reg, raw_text.get(reg.attested_by[0], reg.text))
        if how == "covered":
            status = "covered"
        elif all(op == 0 for op, _ in ops) and not any(c.startswith("modality") for c in changes):
            status = "identical"
        else:
            status = "modified"
        rows.append({"baseline_id": base.id, "family": base.family, "status": status, "matched": [reg.id],
                     "score": score, "against": "text" if form == 0 else f"variant {form}",
                     "changes": changes, "diff": ops})
    added = [c.id for r, c in enumerate(group.clauses) if r not in al["reg_used"]]
    return {
        "key": group.key, "number": group.number, "issuer": group.issuer, "region": group.region,
        "region_code": group.region_code, "date": group.date, "witnesses": group.witnesses,
        "clauses": [dataclasses.asdict(c) for c in group.clauses],
        "statements": [{"clause_id": c["clause_id"], "kind": c["kind"], "speaker": c["speaker"], "text": c["text"]}
                       for c in group.statements],
        "alignment": rows, "added": added,
    }


def compare_dir(extracted: str | Path = "extracted", out: str | Path | None = None,
                baselines: Optional[list] = None, threshold: Optional[float] = None) -> dict:
    """Compare every circular of an extraction with the baseline(s); write the outputs."""
    from .outputs import iter_documents
    from .report import render_html, render_markdown
    extracted = Path(extracted)
    out = Path(out) if out else extracted / "comparison"
    if not (extracted / "documents").is_dir():
        raise InputError(extracted / "documents", "no extraction here: run `corpus-tools extract` first")
    # Article texts are not needed to compare clauses: dropping them keeps memory to the clauses.
    docs = [{k: v for k, v in d.items() if k not in ("text", "removed")} for d in iter_documents(extracted)]
    raw_text = {c["clause_id"]: c["text"] for d in docs for c in d["clauses"]}
    paths = baselines or [Path(settings()["default_baseline"])]
    base_names, baseline = [], []
    for p in paths:
        name, clauses = load_baseline(p)
        base_names.append({"name": name, "path": str(p), "clauses": len(clauses)})
        baseline += clauses
    groups = group_documents(docs)
    witnesses = {w for g in groups for w in g.witnesses}
    result = {
        "schema_version": config.SCHEMA_VERSION,
        "threshold": settings()["align_threshold"] if threshold is None else threshold,
        "baselines": base_names,
        "baseline_clauses": [{"id": b.id, "family": b.family, "kind": b.kind, "text": b.text,
                              "confidence": b.meta.get("confidence"), "secondary": b.meta.get("secondary", False),
                              "instrument": b.meta.get("instrument"), "article": b.meta.get("article")}
                             for b in baseline],
        "circulars": [compare_group(g, baseline, raw_text, threshold) for g in groups],
        "documents_without_circular": sorted(d["doc_id"] for d in docs if d["doc_id"] not in witnesses),
    }
    atomic_write(out / "comparison.json", dumps(result))
    atomic_write(out / "matrix.csv", matrix_csv(result))
    atomic_write(out / "report.md", render_markdown(result))
    atomic_write(out / "report.html", render_html(result))
    return result


def matrix_csv(result: dict) -> str:
    """Circulars x baseline clauses, status in each cell (one row per circular)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    ids = [b["id"] for b in result["baseline_clauses"]]
    w.writerow(["circular", "issuer", "witnesses", "added"] + ids)
    for c in result["circulars"]:
        status = {row["baseline_id"]: row["status"] for row in c["alignment"]}
        w.writerow([c["key"], c["issuer"] or "", " ".join(c["witnesses"]), len(c["added"])] + [status[i] for i in ids])
    return buf.getvalue()
