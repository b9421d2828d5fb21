"""Proof that a speed change changed no output: snapshots of extract's outputs, and their diff.

    python -m bench identical snapshot DEST [--code DIR] [--docs N] [-j J]
    python -m bench identical diff A B

``snapshot`` runs ``corpus-tools extract`` with the code of ``--code`` (a checkout, e.g.
``git worktree add /tmp/before HEAD``; default this one) first on PYTHONPATH over
``tests/articles``, ``tests/holdout``, ``raw/`` and the first N (default 1,000) inputs of the
generated bench corpus, and keeps for each set its documents (without ``pipeline_version``
and ``stages``, which hash the code itself), ``clauses.jsonl`` (without ``pipeline_version``)
and ``errors.json``, under ``DEST/<set>/``. ``diff`` compares two snapshots file by file and
names the fields that differ; exit 1 when anything does.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import corpus as gen

ROOT = Path(__file__).resolve().parent.parent
VOLATILE_DOC = ("pipeline_version", "stages")
VOLATILE_LINE = ("pipeline_version", "stages")


def input_sets(docs: int) -> dict[str, Path]:
    sets = {"articles": ROOT / "tests" / "articles", "holdout": ROOT / "tests" / "holdout", "raw": ROOT / "raw"}
    if docs:
        corpus = gen.ensure(10_000)[0]
        files = sorted(p for p in corpus.iterdir() if p.suffix in (".html", ".txt"))[:docs]
        sub = Path(tempfile.mkdtemp(prefix="identical-bench-")) / "bench"
        sub.mkdir()
        for f in files:
            os.link(f, sub / f.name)
        sets["bench"] = sub
    return sets


def _normal_doc(text: str) -> str:
    doc = json.loads(text)
    for k in VOLATILE_DOC:
        doc.pop(k, None)
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _normal_lines(text: str) -> str:
    out = []
    for line in text.splitlines():
        rec = json.loads(line)
        for k in VOLATILE_LINE:
            rec.pop(k, None)
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return "\n".join(out) + "\n"


def snapshot(dest: Path, code: Path, docs: int, jobs: int) -> int:
    if dest.exists():
        shutil.rmtree(dest)
    env = {**os.environ, "PYTHONPATH": str(code.resolve())}
    for name, raw in input_sets(docs).items():
        with tempfile.TemporaryDirectory(prefix="identical-out-") as tmp:
            out = Path(tmp) / "out"
            argv = [sys.executable, "-m", "corpus_tools.cli", "extract", raw.name, "--out", str(out),
                    "-j", str(jobs), "-q", "--force"]
            # from the raw folder's parent, so that source paths read the same for both checkouts
            r = subprocess.run(argv, cwd=raw.parent, env=env, capture_output=True, text=True)
            if r.returncode not in (0, 1):
                print(f"bench identical: extract of {raw} failed:\n{r.stderr[-2000:]}", file=sys.stderr)
                return 2
            d = dest / name / "documents"
            d.mkdir(parents=True)
            for p in sorted((out / "documents").glob("*.json")):
                (d / p.name).write_text(_normal_doc(p.read_text(encoding="utf-8")), encoding="utf-8")
            clauses = out / "clauses.jsonl"
            (dest / name / "clauses.jsonl").write_text(
                _normal_lines(clauses.read_text(encoding="utf-8")) if clauses.exists() else "", encoding="utf-8")
            errors = out / "errors.json"
            shutil.copy(errors, dest / name / "errors.json") if errors.exists() else None
            print(f"{name}: {len(list(d.iterdir()))} documents", file=sys.stderr)
    return 0


def diff(a: Path, b: Path) -> int:
    names = sorted({p.relative_to(a).as_posix() for p in a.rglob("*") if p.is_file()}
                   | {p.relative_to(b).as_posix() for p in b.rglob("*") if p.is_file()})
    bad = 0
    for name in names:
        pa, pb = a / name, b / name
        if not pa.exists() or not pb.exists():
            print(f"only in {'B' if not pa.exists() else 'A'}: {name}")
            bad += 1
            continue
        ta, tb = pa.read_bytes(), pb.read_bytes()
        if ta == tb:
            continue
        bad += 1
        if name.endswith(".json") and "/documents/" in name:
            da, db = json.loads(ta), json.loads(tb)
            fields = sorted(k for k in set(da) | set(db) if da.get(k) != db.get(k))
            print(f"differs: {name}: {', '.join(fields)}")
        else:
            print(f"differs: {name}")
    print(f"{len(names)} files, {bad} differ")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench identical", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("dest", type=Path)
    s.add_argument("--code", type=Path, default=ROOT)
    s.add_argument("--docs", type=int, default=1000)
    s.add_argument("-j", "--jobs", type=int, default=2)
    d = sub.add_parser("diff")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "snapshot":
        return snapshot(args.dest, args.code, args.docs, args.jobs)
    return diff(args.a, args.b)


if __name__ == "__main__":
    raise SystemExit(main())
