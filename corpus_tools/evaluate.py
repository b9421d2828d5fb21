"""Score an extraction against hand-labelled gold clauses: precision, recall, F1.

    evaluate(gold, out_dir)      gold directory or file + an extraction -> result dict
    format_report(result)        that result as a readable table

Gold (docs/evaluate.md, schema ``data/schemas/gold.schema.json``): a directory of
``<doc_id>.gold.jsonl`` files, or one JSONL file whose lines carry ``doc_id``; each line
``{"kind", "text", "optional", "actor", "note"}``. An empty gold file declares a document
with no clause at all.

Stages (the sections below):
1. Read gold: every line checked against the schema; a bad line is an InputError naming
   file and line.
2. Locate: each gold text is searched in the document's cleaned ``text``, insensitive to
   whitespace, case, quote and dash style (``_fold``). Not found -> a miss "lost in
   cleaning" (the cleaner dropped or changed it; no prediction can match it). Repeated
   text takes the first occurrence no earlier gold clause of the document took.
3. Pair: a gold and a predicted span are candidates when their overlap covers at least
   ``GOLD_MIN_COVERAGE`` of the gold span and ``PRED_MIN_COVERAGE`` of the predicted
   span. Candidates are taken best-first (highest overlap / union) and each gold clause
   and each prediction is used once (one-to-one).
4. Count: a pair of the same kind is a true positive; a pair of different kinds is a kind
   confusion (a miss of the gold kind and a spurious clause of the predicted kind, and a
   cell of the confusion matrix). An unpaired required gold clause is a miss, an unpaired
   prediction is spurious. An optional gold clause is never a miss, and the prediction
   paired with it (of any kind) is not counted at all.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .io import InputError
from .models import KINDS
from .settings import Settings, register, resolve

# A gold and a predicted span match when the overlap covers this share of the gold span ...
GOLD_MIN_COVERAGE = 0.5
# ... and this share of the predicted span: a prediction that runs over more than about two
# acts (a whole enumeration in one clause) matches none of them.
PRED_MIN_COVERAGE = 0.4

GOLD_SUFFIX = ".gold.jsonl"
GOLD_SCHEMA = "schemas/gold.schema.json"   # a data file: users may replace it like any other
SECTION = "evaluate"                      # settings section: {"gold_min": ..., "pred_min": ...}
LOST = "lost in cleaning"
NOT_EXTRACTED = "document not extracted"
NONE = "none"          # the confusion matrix's row/column for "no counterpart"

# Characters folded for locating gold text (quote and dash styles differ between the page and the cleaned text).
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
                       "‘": "'", "’": "'", "‚": "'", "`": "'", "′": "'",
                       "–": "-", "—": "-", "‒": "-", "−": "-", "\u00ad": None})


@dataclass
class Gold:
    doc_id: str
    kind: str
    text: str
    optional: bool = False
    actor: Optional[str] = None
    note: Optional[str] = None
    source: str = ""          # "file:line", for messages
    start: int = -1           # located span in the document's text (-1: not found)
    end: int = -1


# ------------------------------------------------------------------ 1. read gold
@register("evaluate.gold_validator")
def _build_validator(settings: Settings):
    from jsonschema import Draft202012Validator
    return Draft202012Validator(settings.data(GOLD_SCHEMA))


def _parse_line(path: Path, lineno: int, line: str, doc_id: Optional[str], validator) -> Gold:
    where = f"line {lineno}"
    try:
        rec = json.loads(line)
    except ValueError as exc:
        raise InputError(path, f"{where}: not JSON ({exc.msg})") from None
    errors = sorted(validator.iter_errors(rec), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        field = ".".join(str(p) for p in e.absolute_path)
        raise InputError(path, f"{where}: {field + ': ' if field else ''}{e.message}")
    if doc_id is None:
        if "doc_id" not in rec:
            raise InputError(path, f"{where}: 'doc_id' is required when all gold is in one file")
        doc_id = rec["doc_id"]
    elif rec.get("doc_id", doc_id) != doc_id:
        raise InputError(path, f"{where}: doc_id {rec['doc_id']!r} differs from the file's {doc_id!r}")
    return Gold(doc_id=doc_id, kind=rec["kind"], text=rec["text"], optional=rec.get("optional", False),
                actor=rec.get("actor"), note=rec.get("note"), source=f"{path.name}:{lineno}")


def _read_jsonl(path: Path, doc_id: Optional[str], validator) -> list[Gold]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read gold ({getattr(exc, 'strerror', None) or exc})") from None
    return [_parse_line(path, n, line, doc_id, validator) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def load_gold(gold: str | os.PathLike, *, settings: Optional[Settings] = None) -> dict[str, list[Gold]]:
    """Gold clauses by doc_id, from a directory of ``<doc_id>.gold.jsonl`` or one JSONL file.
    Every document of a directory is present, even with no clause (a no-rule document)."""
    validator = resolve(settings).component("evaluate.gold_validator")
    path = Path(gold)
    out: dict[str, list[Gold]] = {}
    if path.is_dir():
        files = sorted(path.glob(f"*{GOLD_SUFFIX}"))
        if not files:
            raise InputError(path, f"no *{GOLD_SUFFIX} files in this directory")
        for f in files:
            out[f.name[:-len(GOLD_SUFFIX)]] = _read_jsonl(f, f.name[:-len(GOLD_SUFFIX)], validator)
        return out
    if not path.exists():
        raise InputError(path, "gold not found (a directory of *.gold.jsonl or one .jsonl file)")
    for g in _read_jsonl(path, None, validator):
        out.setdefault(g.doc_id, []).append(g)
    return out


# ------------------------------------------------------------------ 2. locate
def _fold(text: str) -> tuple[str, list[int]]:
    """``text`` with whitespace runs as one space, case, quotes and dashes folded, and for
    every character of the result its offset in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    space = True                     # drop leading whitespace
    for i, ch in enumerate(text):
        if ch.isspace():
            if not space:
                chars.append(" ")
                index.append(i)
                space = True
            continue
        folded = ch.translate(_FOLD).lower()[:1]
        if not folded:
            continue
        chars.append(folded)
        index.append(i)
        space = False
    if chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


def locate(golds: list[Gold], text: str) -> None:
    """Set each gold clause's span in ``text`` (start = end = -1 when it is not there)."""
    folded, index = _fold(text)
    taken: set[int] = set()
    for g in golds:
        needle = _fold(g.text)[0]
        g.start = g.end = -1
        pos, first = folded.find(needle), None
        while pos >= 0 and needle:
            if first is None:
                first = pos
            if pos not in taken:
                break
            pos = folded.find(needle, pos + 1)
        if pos < 0:
            pos = first if first is not None else -1
        if pos >= 0:
            taken.add(pos)
            g.start, g.end = index[pos], index[pos + len(needle) - 1] + 1


# ------------------------------------------------------------------ 3. pair
def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def pair(golds: list[Gold], preds: list[dict], gold_min: float = GOLD_MIN_COVERAGE,
         pred_min: float = PRED_MIN_COVERAGE) -> list[tuple[int, int]]:
    """One-to-one best-first pairs (gold index, prediction index) of overlapping spans."""
    cands = []
    for gi, g in enumerate(golds):
        if g.start < 0:
            continue
        glen = g.end - g.start
        for pi, p in enumerate(preds):
            plen = p["end"] - p["start"]
            ov = _overlap(g.start, g.end, p["start"], p["end"])
            if ov and plen > 0 and ov / glen >= gold_min and ov / plen >= pred_min:
                # best first; at equal overlap a required clause before an optional one
                cands.append((-ov / (glen + plen - ov), g.optional, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# ------------------------------------------------------------------ 4. count
def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _clip(s: str, n: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 1] + "…"


def score(gold: dict[str, list[Gold]], documents: Iterable[dict], *, gold_min: float = GOLD_MIN_COVERAGE,
          pred_min: float = PRED_MIN_COVERAGE) -> dict:
    """Score documents (dicts with ``doc_id``, ``text`` and ``clauses`` of ``kind``/``start``/
    ``end``) against gold by doc_id; documents without gold are listed, not scored."""
    counts = {k: {"tp": 0, "fp": 0, "fn": 0} for k in KINDS}
    confusion = {g: {p: 0 for p in KINDS + (NONE,)} for g in KINDS + (NONE,)}
    per_doc, misses, spurious = {}, [], []
    unscored, seen = [], set()
    optional_matched = 0
    span_disagreements = {"misses": 0, "spurious": 0}

    def doc_result(doc_id: str, golds: list[Gold], preds: list[dict], text: Optional[str]) -> None:
        nonlocal optional_matched
        d = {"tp": 0, "fp": 0, "fn": 0}
        if text is None:
            for g in golds:
                if not g.optional:
                    counts[g.kind]["fn"] += 1
                    d["fn"] += 1
                    confusion[g.kind][NONE] += 1
                    misses.append({"doc_id": doc_id, "kind": g.kind, "text": g.text, "reason": NOT_EXTRACTED, "gold": g.source})
        else:
            locate(golds, text)
            pairs = dict(pair(golds, preds, gold_min, pred_min))
            paired_p = set(pairs.values())
            for gi, g in enumerate(golds):
                pi = pairs.get(gi)
                if g.optional:
                    optional_matched += pi is not None
                    continue
                if pi is None:
                    counts[g.kind]["fn"] += 1
                    d["fn"] += 1
                    confusion[g.kind][NONE] += 1
                    misses.append({"doc_id": doc_id, "kind": g.kind, "text": g.text, "gold": g.source,
                                   "reason": LOST if g.start < 0 else "no matching prediction"})
                    continue
                pk = preds[pi]["kind"]
                confusion[g.kind][pk] += 1
                if pk == g.kind:
                    counts[g.kind]["tp"] += 1
                    d["tp"] += 1
                else:
                    counts[g.kind]["fn"] += 1
                    counts[pk]["fp"] += 1
                    d["fn"] += 1
                    d["fp"] += 1
                    misses.append({"doc_id": doc_id, "kind": g.kind, "text": g.text, "gold": g.source,
                                   "reason": f"kind confusion (predicted {pk})"})
                    spurious.append({"doc_id": doc_id, "kind": pk, "text": _clip(text[preds[pi]["start"]:preds[pi]["end"]]),
                                     "start": preds[pi]["start"], "reason": f"kind confusion (gold {g.kind})"})
            for pi, p in enumerate(preds):
                if pi not in paired_p:
                    counts[p["kind"]]["fp"] += 1
                    d["fp"] += 1
                    confusion[NONE][p["kind"]] += 1
                    spurious.append({"doc_id": doc_id, "kind": p["kind"], "text": _clip(text[p["start"]:p["end"]]),
                                     "start": p["start"], "reason": "no matching gold clause"})
            # a miss and a spurious clause of the same kind that overlap below the thresholds are
            # most likely one rule read with other boundaries: counted apart, so a paper can say
            # how much of its error is span convention rather than rules not found
            loose_g = [g for gi, g in enumerate(golds) if gi not in pairs and not g.optional and g.start >= 0]
            loose_p = [p for pi, p in enumerate(preds) if pi not in paired_p]
            span_disagreements["misses"] += sum(any(p["kind"] == g.kind and _overlap(g.start, g.end, p["start"], p["end"])
                                                    for p in loose_p) for g in loose_g)
            span_disagreements["spurious"] += sum(any(p["kind"] == g.kind and _overlap(g.start, g.end, p["start"], p["end"])
                                                      for g in loose_g) for p in loose_p)
        r = _prf(d["tp"], d["fp"], d["fn"])
        r.update(gold=sum(not g.optional for g in golds), optional=sum(g.optional for g in golds),
                 predicted=len(preds), no_rule=not golds, extracted=text is not None)
        per_doc[doc_id] = r

    for doc in documents:
        doc_id = doc.get("doc_id")
        if doc_id not in gold:
            unscored.append(doc_id)
            continue
        seen.add(doc_id)
        doc_result(doc_id, gold[doc_id], list(doc.get("clauses") or []), doc.get("text") or "")
    for doc_id in sorted(set(gold) - seen):
        doc_result(doc_id, gold[doc_id], [], None)

    by_kind = {k: _prf(**counts[k]) for k in KINDS}
    overall = _prf(*(sum(counts[k][f] for k in KINDS) for f in ("tp", "fp", "fn")))
    no_rule = {doc_id: r["predicted"] for doc_id, r in per_doc.items() if r["no_rule"] and r["extracted"]}
    return {
        "matching": {"gold_min_coverage": gold_min, "pred_min_coverage": pred_min},
        "documents": len(per_doc),
        "overall": overall,
        "by_kind": by_kind,
        "confusion": confusion,
        "no_rule": {"documents": len(no_rule), "with_clauses": sorted(d for d, n in no_rule.items() if n),
                    "clauses": sum(no_rule.values())},
        "lost_in_cleaning": sum(m["reason"] == LOST for m in misses),
        "optional_matched": optional_matched,
        "span_disagreements": span_disagreements,
        "per_document": dict(sorted(per_doc.items())),
        "misses": sorted(misses, key=lambda m: (m["doc_id"], m["gold"])),
        "spurious": sorted(spurious, key=lambda s: (s["doc_id"], s["start"])),
        "unscored_documents": sorted(d for d in unscored if d is not None),
    }


def thresholds(settings: Optional[Settings] = None, gold_min: Optional[float] = None,
               pred_min: Optional[float] = None) -> tuple[float, float]:
    """The span-match thresholds: explicit values, else the settings' "evaluate" section,
    else GOLD_MIN_COVERAGE / PRED_MIN_COVERAGE."""
    section = resolve(settings).section(SECTION)
    return (float(gold_min if gold_min is not None else section.get("gold_min", GOLD_MIN_COVERAGE)),
            float(pred_min if pred_min is not None else section.get("pred_min", PRED_MIN_COVERAGE)))


def evaluate(gold: str | os.PathLike, out_dir: str | os.PathLike, *, gold_min: Optional[float] = None,
             pred_min: Optional[float] = None, settings: Optional[Settings] = None) -> dict:
    """Score the extraction in ``out_dir`` (``corpus-tools extract`` output) against ``gold``
    (a directory of ``<doc_id>.gold.jsonl`` or one JSONL file with ``doc_id`` on each line).

    Returns a JSON-ready dict: ``overall`` and ``by_kind`` precision/recall/F1 (with tp, fp,
    fn), ``per_document``, ``confusion`` (gold kind -> predicted kind -> count, ``none`` for
    a miss or a spurious clause), ``misses`` and ``spurious`` with their text, ``no_rule``
    (documents whose gold is empty and the clauses found in them) and the matching
    thresholds used (``gold_min``/``pred_min``, else the settings' ``evaluate`` section, else
    the module constants). Raises InputError naming the file for bad gold or a missing
    extraction.
    """
    from .outputs import Layout, iter_documents
    gold_min, pred_min = thresholds(settings, gold_min, pred_min)
    golds = load_gold(gold, settings=settings)
    if not Layout(out_dir).documents.is_dir():
        raise InputError(Layout(out_dir).documents, "no extracted documents here; run `corpus-tools extract` first")
    return score(golds, iter_documents(out_dir), gold_min=gold_min, pred_min=pred_min)


# ------------------------------------------------------------------ report
def format_report(result: dict, *, per_document: bool = False, show: int = 20) -> str:
    """The result as a plain-text table (what ``corpus-tools evaluate`` prints)."""
    m = result["matching"]
    lines = [f"{result['documents']} documents; span match: overlap >= {m['gold_min_coverage']:.0%} of gold "
             f"and >= {m['pred_min_coverage']:.0%} of prediction, one-to-one",
             "", f"{'kind':13} {'precision':>9} {'recall':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for name, r in list(result["by_kind"].items()) + [("overall", result["overall"])]:
        lines.append(f"{name:13} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:7.3f} {r['tp']:5} {r['fp']:5} {r['fn']:5}")
    kinds = list(result["confusion"])
    lines += ["", "confusion (rows gold, columns predicted; none = miss / spurious)",
              f"{'':13}" + "".join(f"{k:>13}" for k in kinds)]
    for g in kinds:
        lines.append(f"{g:13}" + "".join(f"{result['confusion'][g][p]:13}" for p in kinds))
    nr = result["no_rule"]
    lines += ["", f"no-rule documents: {nr['documents']}, with clauses: {len(nr['with_clauses'])} "
                  f"({nr['clauses']} clauses){': ' + ', '.join(nr['with_clauses']) if nr['with_clauses'] else ''}",
              f"lost in cleaning: {result['lost_in_cleaning']}; optional clauses matched: {result['optional_matched']}",
              f"span disagreements (a miss and a spurious clause of its kind overlap below the thresholds): "
              f"{result['span_disagreements']['misses']} misses, {result['span_disagreements']['spurious']} spurious"]
    if result["unscored_documents"]:
        lines.append(f"documents without gold (not scored): {len(result['unscored_documents'])}")
    if per_document:
        lines += ["", f"{'document':40} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
        for doc_id, r in result["per_document"].items():
            lines.append(f"{doc_id[:40]:40} {r['precision']:6.2f} {r['recall']:6.2f} {r['f1']:6.2f} {r['gold']:5} {r['predicted']:5}")
    for title, rows in (("misses", result["misses"]), ("spurious", result["spurious"])):
        if rows and show:
            lines += ["", f"{title} ({len(rows)}{', first ' + str(show) if len(rows) > show else ''}):"]
            for row in rows[:show]:
                lines.append(f"  {row['doc_id']} [{row['kind']}] {row['reason']}: {_clip(row['text'], 110)}")
    return "\n".join(lines)
