"""Per-stage cost of one worker's documents, for this code or another checkout, side by side.

``python -m bench stages [--docs N] [--raw DIR] [--baseline-code DIR] [--rounds R] [--profile]``

Each checkout runs in its own subprocess (its code first on PYTHONPATH, as ``bench throughput
--baseline-code`` runs it) over the same first N inputs of the generated corpus (default 1,000),
in-process and single-threaded, after extract's warm-up (``batch._warm_up``: one text, one page) and
the first input, timed in CPU seconds of the
process (time.process_time: less disturbed by other work on a shared machine than wall time): what one worker of ``extract`` does
for each input (``batch.work``: read, clean, analyse, the near-duplicate sketch where the code
has one, the document's JSON and index lines). The top-level functions the pipeline module
calls are wrapped with timers, so the table gives milliseconds per page for each stage
(clean, prefilter, segment, clauses, metadata, sketch, serialise) and the rest of ``work``.
Rounds alternate between the checkouts; the best round of each is printed (the machine is
shared: the best round is the least disturbed one). ``--profile`` adds the top functions by
own time (cProfile) for each checkout.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from . import corpus as gen

ROOT = Path(__file__).resolve().parent.parent

# Runs inside the subprocess: only what both the old and the new code have.
CHILD = r"""
import cProfile, io, json, pstats, sys, tempfile, time
from pathlib import Path
files = json.loads(sys.argv[1]); want_profile = sys.argv[2] == "1"
from corpus_tools import batch, pipeline
totals = {}
def timed(mod, name, label):
    fn = getattr(mod, name, None)
    if fn is None:
        return
    def wrapper(*a, **kw):
        t = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            totals[label] = totals.get(label, 0.0) + time.process_time() - t
    setattr(mod, name, wrapper)
timed(pipeline, "read_input_stat", "read"); timed(pipeline, "read_input", "read")
timed(pipeline, "clean", "clean")
timed(pipeline, "may_hold_clauses", "prefilter")
timed(pipeline, "segment", "segment")
timed(pipeline, "extract_clauses", "clauses")
for name in ("document_metadata", "find_circulars", "issuer_and_region"):
    timed(pipeline, name, "metadata")
try:
    from corpus_tools import duplicates
    timed(duplicates, "sketch", "sketch")
except ImportError:
    pass
timed(batch, "_done", "serialise")
def task(p, i):
    return batch.Task(path=p, doc_id=Path(p).stem, action="extract", read_path=p)
docs = tempfile.mkdtemp()
if hasattr(batch, "_warm_up"):
    batch._warm_up()    # as extract's driver before its workers: a text and a page (the text cleaner's rules)
batch.work(task(files[0], 0), docs)          # warm-up: lazy loads, spaCy, gazetteer
totals.clear()
prof = cProfile.Profile() if want_profile else None
t0 = time.process_time()
if prof: prof.enable()
errors = 0
for i, p in enumerate(files):
    done, err = batch.work(task(p, i), docs)
    errors += err is not None
if prof: prof.disable()
total = time.process_time() - t0
top = ""
if prof:
    s = io.StringIO(); pstats.Stats(prof, stream=s).sort_stats("tottime").print_stats(25); top = s.getvalue()
print(json.dumps({"total": total, "stages": totals, "errors": errors, "top": top}))
"""

STAGES = ("read", "clean", "prefilter", "segment", "clauses", "metadata", "sketch", "serialise")


def run_child(root: Path, files: list[str], profile: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": "0"}
    out = subprocess.run([sys.executable, "-c", CHILD, json.dumps(files), "1" if profile else "0"],
                         cwd="/", env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"bench stages: {root} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench stages", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--raw", type=Path, default=None, help="input folder (default: the generated 10k corpus)")
    ap.add_argument("--baseline-code", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    raw = args.raw or gen.ensure(10_000)[0]
    files = sorted(str(p.resolve()) for p in Path(raw).iterdir()
                   if p.suffix in (".html", ".txt") and not p.name.startswith("."))[:args.docs]
    roots = [("current", ROOT)]
    if args.baseline_code:
        roots.insert(0, ("baseline", args.baseline_code.resolve()))
    best: dict[str, dict] = {}
    for k in range(args.rounds):
        for name, root in roots:
            r = run_child(root, files, args.profile)
            print(f"round {k + 1} {name}: {r['total']:.1f} s, {r['errors']} errors", file=sys.stderr)
            if name not in best or r["total"] < best[name]["total"]:
                best[name] = r
    n = len(files)
    names = [name for name, _ in roots]
    print(f"ms per page, {n} pages, best of {args.rounds} round(s), load {os.getloadavg()[0]:.1f}\n")
    print("| stage | " + " | ".join(names) + (" | ratio |" if len(names) == 2 else " |"))
    print("|---" * (len(names) + 1 + (len(names) == 2)) + "|")
    for stage in STAGES + ("other", "total"):
        vals = []
        for name in names:
            r = best[name]
            if stage == "total":
                v = r["total"]
            elif stage == "other":
                v = r["total"] - sum(r["stages"].values())
            else:
                v = r["stages"].get(stage, 0.0)
            vals.append(v * 1000 / n)
        ratio = f" | {vals[1] / vals[0]:.2f}x" if len(vals) == 2 and vals[0] else (" | " if len(vals) == 2 else "")
        print(f"| {stage} | " + " | ".join(f"{v:.2f}" for v in vals) + ratio + " |")
    if args.profile:
        for name in names:
            print(f"\n## {name}: top functions by own time\n```\n{best[name]['top']}\n```")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
