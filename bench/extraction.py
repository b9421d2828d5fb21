"""Clause extraction quality on the invented development articles (tests/articles).

``python -m bench extraction [DIR ...] [--jobs N] [--json FILE] [--show N]``

Every article of ``tests/articles`` (and of each DIR: ``<doc_id>.txt|.html`` with
``<doc_id>.gold.jsonl`` beside it) is extracted into a temporary directory and scored with
``corpus_tools.evaluate`` (docs/evaluate.md): precision, recall and F1 per kind and
overall, and the number of clauses found in articles whose gold is empty (no rule at all:
the target is zero). The same scoring is applied to a cue-grep baseline: every sentence of
the cleaned text that holds a cue word of ``data/cues.json`` is one predicted clause of
that cue's kind (a negator right before a permission cue makes it a prohibition), so the
README can show how far above grep the extractor is.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "tests" / "articles"
GOLD_SUFFIX = ".gold.jsonl"
INPUT_SUFFIXES = (".txt", ".html", ".htm")

# A sentence for the grep baseline: a run up to ., ! or ? (or the end of the line).
SENTENCE_RE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)", re.M)
NEGATORS = ("tidak", "tak", "jangan", "bukan", "nggak", "gak")


def article_inputs(dirs: list[Path]) -> list[Path]:
    """The article files of ``dirs`` that have a gold file (body/gold sidecars excluded)."""
    out = []
    for d in dirs:
        if not d.is_dir():
            raise SystemExit(f"bench extraction: {d} is not a directory")
        for gold in sorted(d.glob(f"*{GOLD_SUFFIX}")):
            stem = gold.name[:-len(GOLD_SUFFIX)]
            found = [d / f"{stem}{s}" for s in INPUT_SUFFIXES if (d / f"{stem}{s}").exists()]
            if not found:
                raise SystemExit(f"bench extraction: {gold} has no article beside it ({stem}.txt or .html)")
            out.append(found[0])
    return out


def load_all_gold(dirs: list[Path]) -> dict:
    from corpus_tools.evaluate import load_gold
    gold: dict = {}
    for d in dirs:
        gold.update(load_gold(d))
    return gold


def extract(inputs: list[Path], out_dir: Path, jobs: int) -> float:
    """Copy the inputs into one raw dir and extract it; returns seconds spent."""
    from corpus_tools.batch import extract_dir
    raw = out_dir / "raw"
    raw.mkdir(parents=True)
    for p in inputs:
        shutil.copy2(p, raw / p.name)
    t0 = time.perf_counter()
    extract_dir(raw, out_dir / "out", jobs=jobs, progress=False)
    return time.perf_counter() - t0


# ------------------------------------------------------------------ the grep baseline
def cue_pattern(settings=None) -> tuple[re.Pattern, dict[str, str]]:
    """One regex over every cue word (and its variants) of the lexicon, longest first."""
    from corpus_tools.settings import resolve
    kinds: dict[str, str] = {}
    for entry in _cue_entries(resolve(settings).data("cues.json")):
        for form in [entry["cue"], *entry.get("variants", [])]:
            if isinstance(form, str) and form.strip():
                kinds.setdefault(form.lower(), entry["kind"])
    if not kinds:
        raise SystemExit("bench extraction: data/cues.json holds no entry with a 'cue' and a 'kind'")
    alts = "|".join(re.escape(c) for c in sorted(kinds, key=len, reverse=True))
    neg = "|".join(NEGATORS)
    return re.compile(rf"\b(?:(?P<neg>{neg})\s+)?(?P<cue>{alts})\b", re.I), kinds


def _cue_entries(node):
    """Every object holding a string ``cue`` and a known ``kind``, wherever the lexicon keeps it."""
    from corpus_tools.models import KINDS
    if isinstance(node, dict):
        if isinstance(node.get("cue"), str) and node.get("kind") in KINDS:
            yield node
        for value in node.values():
            yield from _cue_entries(value)
    elif isinstance(node, list):
        for value in node:
            yield from _cue_entries(value)


def grep_clauses(text: str, pattern: re.Pattern, kinds: dict[str, str]) -> list[dict]:
    """Every sentence holding a cue word -> one clause of the first cue's kind."""
    clauses = []
    for m in SENTENCE_RE.finditer(text):
        sentence = m.group(0)
        hit = pattern.search(sentence)
        if not hit:
            continue
        kind = kinds[hit.group("cue").lower()]
        if hit.group("neg") and kind == "permission":
            kind = "prohibition"
        lead = len(sentence) - len(sentence.lstrip())
        clauses.append({"kind": kind, "start": m.start() + lead, "end": m.start() + len(sentence.rstrip())})
    return clauses


def grep_documents(documents: list[dict]) -> list[dict]:
    pattern, kinds = cue_pattern()
    return [{"doc_id": d["doc_id"], "text": d["text"], "clauses": grep_clauses(d["text"], pattern, kinds)}
            for d in documents]


# ------------------------------------------------------------------ report
def index_groups(dirs: list[Path]) -> dict[str, dict[str, list[str]]]:
    """doc_ids by format and by pattern number, from each directory's index.csv (when present)."""
    groups: dict[str, dict[str, list[str]]] = {"format": {}, "pattern": {}}
    for d in dirs:
        index = d / "index.csv"
        if not index.exists():
            continue
        with open(index, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                groups["format"].setdefault(row.get("format") or "?", []).append(row["doc_id"])
                for n in (row.get("patterns") or "").split():
                    groups["pattern"].setdefault(n, []).append(row["doc_id"])
    return groups


def group_rows(result: dict, groups: dict[str, dict[str, list[str]]]) -> list[str]:
    """P/R/F1 summed over the documents of each format and each catalogued pattern."""
    from corpus_tools.evaluate import _prf
    rows = []
    for kind, members in groups.items():
        for name in sorted(members, key=lambda k: (len(k), k)):
            docs = [result["per_document"][d] for d in members[name] if d in result["per_document"]]
            r = _prf(*(sum(x[f] for x in docs) for f in ("tp", "fp", "fn")))
            rows.append(f"  {kind} {name:6} {len(docs):4} docs  P {r['precision']:.3f}  R {r['recall']:.3f}  "
                        f"F1 {r['f1']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
    return rows


def table(name: str, result: dict) -> list[str]:
    rows = [f"{name:11} {kind:12} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:7.3f} {r['tp']:5} {r['fp']:5} {r['fn']:5}"
            for kind, r in list(result["by_kind"].items()) + [("overall", result["overall"])]]
    nr = result["no_rule"]
    rows.append(f"{name:11} no-rule articles with clauses: {len(nr['with_clauses'])}/{nr['documents']} "
                f"({nr['clauses']} clauses; target 0)")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench extraction", description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more article directories (default: tests/articles only)")
    ap.add_argument("--jobs", type=int, default=1, help="extraction worker processes (default 1)")
    ap.add_argument("--json", type=Path, help="write both full results here")
    ap.add_argument("--show", type=int, default=0, help="print this many misses and spurious clauses of the extractor")
    ap.add_argument("--groups", action="store_true",
                    help="also print the extractor's scores per page format and per pattern of patterns.md (index.csv)")
    ap.add_argument("--quick", action="store_true", help="accepted for `python -m bench --quick` (the run is already short)")
    ap.add_argument("--full", action="store_true", help="accepted for `python -m bench --full`")
    args = ap.parse_args(argv)

    from corpus_tools.evaluate import format_report, score
    from corpus_tools.outputs import load_documents
    dirs = [DEFAULT_DIR] + args.dirs
    inputs = article_inputs(dirs)
    gold = load_all_gold(dirs)
    with tempfile.TemporaryDirectory(prefix="bench-extraction-") as tmp:
        seconds = extract(inputs, Path(tmp), args.jobs)
        documents = load_documents(Path(tmp) / "out", records=True)
    extractor = score(gold, documents)
    grep = score(gold, grep_documents(documents))
    n_gold = sum(not g.optional for gs in gold.values() for g in gs)
    print(f"{len(inputs)} articles, {n_gold} required gold clauses, {extractor['no_rule']['documents']} without any rule; "
          f"extraction {seconds:.1f} s")
    print(f"{'method':11} {'kind':12} {'precision':>9} {'recall':>7} {'F1':>7} {'tp':>5} {'fp':>5} {'fn':>5}")
    for line in table("extractor", extractor) + table("cue-grep", grep):
        print(line)
    if args.groups:
        print("extractor by group (articles tagged with a pattern hold other clauses too):")
        for line in group_rows(extractor, index_groups(dirs)):
            print(line)
    if extractor["lost_in_cleaning"]:
        print(f"extractor: {extractor['lost_in_cleaning']} gold clause(s) lost in cleaning")
    if args.show:
        print()
        print(format_report(extractor, show=args.show).split("\n\n", 3)[-1])
    if args.json:
        args.json.write_text(json.dumps({"extractor": extractor, "cue_grep": grep}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
