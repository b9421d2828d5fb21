"""Run the shape grid and print the pass rate per shape family and the failures.

    .venv/bin/python -m tests.shapes.run [--size 3000] [--show 40] [--family form=noun]
"""
from __future__ import annotations

import argparse
import collections
import time

from corpus_tools.clauses import extract_clauses
from corpus_tools.segment import segment
from corpus_tools.settings import Settings

from .grammar import DIMENSIONS, check, grid


def run(size: int = 3000, settings: Settings | None = None):
    """(snippet, problems) for every snippet of the grid."""
    settings = settings or Settings()
    out = []
    for sn in grid(size):
        paras, sents = segment(sn.text, settings=settings)
        out.append((sn, check(sn, extract_clauses("g", sn.text, paras, sents, settings=settings))))
    return out


def rates(results) -> dict[tuple[str, str], tuple[int, int]]:
    """(dimension, value) -> (passed, total)."""
    tally = collections.defaultdict(lambda: [0, 0])
    for sn, problems in results:
        for dim in DIMENSIONS:
            t = tally[(dim, str(sn.family[dim]))]
            t[0] += not problems
            t[1] += 1
    return {k: tuple(v) for k, v in tally.items()}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=3000)
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--family", action="append", default=[], help="dim=value: show only these failures")
    a = ap.parse_args()
    t0 = time.perf_counter()
    res = run(a.size)
    took = time.perf_counter() - t0
    ok = sum(not p for _, p in res)
    print(f"{ok}/{len(res)} snippets pass ({ok / len(res):.3f}) in {took:.1f} s")
    for (dim, val), (p, n) in sorted(rates(res).items()):
        print(f"  {dim:8} {val:22} {p:5}/{n:<5} {p / n:.3f}")
    want = [f.split("=", 1) for f in a.family]
    shown = 0
    for sn, problems in res:
        if problems and all(str(sn.family[d]) == v for d, v in want) and shown < a.show:
            shown += 1
            print("\n---", sn.name(), "\n" + sn.text, "\n  => " + "; ".join(problems))


if __name__ == "__main__":
    main()
