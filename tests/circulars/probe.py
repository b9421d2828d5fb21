"""A reviewable sample of compare's published rows, and the tally of hand labels on it.

    .venv/bin/python -m tests.circulars.probe OUT/comparison ... [--n 150] [--seed 10]
    .venv/bin/python -m tests.circulars.probe OUT/comparison ... --labels labels.json

Without ``--labels`` it prints a fixed-seed sample of the published rows (one JSON line
each): rows of ``alignments.csv`` that say something (identical, modified, covered,
omitted; about 45% aligned, 25% omitted) and clauses of ``added.csv`` (30%), each with the
baseline item's text, for a reviewer to judge. A row's key is
``<run>:<circular>|<baseline_id>``, an added clause's ``<run>:<circular>|<text>|added``.

Labels (a JSON object key -> list of acceptable answers) say what is right: for a row, the
statuses a careful reader would accept (``["modified"]``, ``["not reported"]``, ...); for an
added clause, ``"added"`` or the baseline ids it restates. With ``--labels`` the tool reads
the current outputs, finds each labelled key's current answer (a row's status; for an
added clause "added" when it is still in added.csv, else the baseline ids whose row quotes
it) and counts the keys whose answer is not acceptable, so labels given on one run judge
the next. Rows that say something now but carry no label are listed to be judged.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

from corpus_tools.compare import load_baselines


def _read(path: Path) -> list[dict]:
    return list(csv.DictReader(open(path, encoding="utf-8")))


def rows(comparison_dir: Path, run: str) -> list[dict]:
    base = {c.id: c for b in load_baselines() for c in b.clauses}
    out = []
    for r in _read(comparison_dir / "alignments.csv"):
        b = base.get(r["baseline_id"])
        out.append({"key": f"{run}:{r['circular']}|{r['baseline_id']}", "kind": "row", "status": r["status"],
                    "baseline": b.text[:140] if b else "", "regional": r["regional_text"][:300],
                    "changes": r["change_types"], "basis": r["omission_basis"], "evidence": r["family_evidence"],
                    "articles": r["articles"]})
    for r in _read(comparison_dir / "added.csv"):
        out.append({"key": f"{run}:{r['circular']}|{r['text']}|added", "kind": "added", "status": "added",
                    "type": r["type"], "articles": r["articles"]})
    return out


def answers(comparison_dir: Path, run: str) -> dict[str, set]:
    """key -> the current answer(s): a row's status, an added clause's 'added' or its items."""
    out: dict[str, set] = {}
    al = _read(comparison_dir / "alignments.csv")
    for r in al:
        out[f"{run}:{r['circular']}|{r['baseline_id']}"] = {r["status"]}
    for r in _read(comparison_dir / "added.csv"):
        out[f"{run}:{r['circular']}|{r['text']}|added"] = {"added"}
    quoted: dict[tuple, set] = {}
    for r in al:
        for t in r["regional_text"].split(" | "):
            quoted.setdefault((r["circular"], t), set()).add(r["baseline_id"])
    return out, quoted


def sample(all_rows: list[dict], n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    by = {"aligned": [r for r in all_rows if r["status"] in ("identical", "modified", "covered")],
          "omitted": [r for r in all_rows if r["status"] == "omitted"],
          "added": [r for r in all_rows if r["status"] == "added"]}
    want = {"aligned": round(n * 0.45), "omitted": round(n * 0.25)}
    want["added"] = n - want["aligned"] - want["omitted"]
    out = []
    for k, rs in by.items():
        rs = sorted(rs, key=lambda r: r["key"])
        out += rng.sample(rs, min(want[k], len(rs)))
    return out


def tally(dirs: list[tuple[str, Path]], labels: dict) -> dict:
    current, quoted = {}, {}
    for run, d in dirs:
        a, q = answers(d, run)
        current.update(a)
        quoted.update({(f"{run}:{c}", t): v for (c, t), v in q.items()})
    wrong, judged = [], 0
    for key, ok in labels.items():
        if key.endswith("|added"):
            circ, text = key[:-len("|added")].split("|", 1)
            got = current.get(key) or quoted.get((circ, text)) or {"absent"}
        else:
            got = current.get(key, {"absent"})
        judged += 1
        if not got & set(ok):
            wrong.append((key, sorted(got), ok))
    return {"judged": judged, "wrong": wrong}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("comparison", nargs="+", type=Path)
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--labels", type=Path, default=None)
    a = ap.parse_args(argv)
    dirs = [(d.name, d) for d in a.comparison]   # run name: the folder's name (H, A)
    if a.labels:
        labels = json.loads(a.labels.read_text(encoding="utf-8"))
        t = tally(dirs, labels)
        print(f"labelled {t['judged']}, wrong {len(t['wrong'])}")
        for w in t["wrong"]:
            print("  WRONG", w)
        unl = [r for run, d in dirs for r in rows(d, run)
               if r["status"] != "not reported" and r["key"] not in labels]
        print(f"rows saying something without a label: {len(unl)}")
        return 0
    all_rows = [r for run, d in dirs for r in rows(d, run) if r["status"] != "not reported"]
    for r in sample(all_rows, a.n, a.seed):
        print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
