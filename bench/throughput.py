"""Throughput, memory and scaling of extract and compare on a generated corpus.

``python -m bench throughput [--docs N] [--quick] [--full] [--jobs 1,2,N] [--seed S]``

1. Generates (or reuses, keyed by its parameters, under ``bench/out/``) a corpus of
   N articles with ``bench.corpus`` (default 10,000; ``--quick`` 300).
2. Extraction as the user runs it, in a subprocess
   (``python -m corpus_tools.cli extract DIR --out OUT -j J -q --force``) for J in
   1, 2 and ``os.cpu_count()`` (duplicates dropped): wall time, documents/second and
   peak memory. Memory: the process tree is sampled every 50 ms with psutil (peak
   of the summed RSS of the tree, and the largest single process); forked workers
   share pages with their parent, so the sum over-counts. Without psutil only the
   largest single process (``wait4`` ru_maxrss) is reported.
3. A rerun with nothing changed (incremental, no ``--force``): time and how many
   documents were written again (should be 0).
4. Scaling of extract time with corpus size (prefixes of the corpus, ``-j`` fixed,
   plus an empty directory for the fixed start-up cost) and of compare time
   (``corpus_tools.compare.compare_dir`` in-process, after a warm-up) with the number
   of circulars (the documents of the first K circulars of the extraction): a
   least-squares line ``t = a + b*x`` and the exponent of a log-log fit (linear:
   about 1.0; the extract exponent is also given net of the start-up cost).
5. Per-page cost against bare trafilatura, in-process after a warm-up, on the same
   HTML pages (a sample of the generated pages plus ``tests/pages``):
   ``corpus_tools.pipeline.extract_file(path)`` (the whole per-document pipeline)
   over ``trafilatura.extract(html)``; target <= 2.0, printed as PASS/MISS.
   ``corpus_tools.html.clean_html`` alone is timed too, and a cProfile of
   extract_file is folded by package to show where the time goes.

Prints Markdown tables ready to paste into the README, headed by the machine
(CPU model, cores, RAM, Python). Outputs stay under ``bench/out/`` (gitignored).
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import json
import math
import os
import platform
import pstats
import random
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from . import corpus as gen

ROOT = Path(__file__).resolve().parent.parent
OUT_ROOT = gen.OUT_ROOT
PAGES_DIR = ROOT / "tests" / "pages"
RATIO_TARGET = 2.0
SAMPLE_SECONDS = 0.05

PRESETS = {
    # docs, extract scaling sizes, compare scaling sizes (circulars), generated pages for the ratio
    # (the extract series also gets the whole corpus at the same -j from step 2 as its last point)
    "quick": dict(docs=200, extract_sizes=[50, 100], compare_sizes=[10, 20, 40], ratio_pages=12, ratio_rounds=3),
    "default": dict(docs=10_000, extract_sizes=[500, 1000, 2000], compare_sizes=[25, 50, 100, 200, 400, 800],
                    ratio_pages=60, ratio_rounds=5),
}


# --- machine --------------------------------------------------------------------------------

def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = int(line.split()[1]) * 1024
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count() or 1, "ram_gb": round(ram / 2**30, 1) if ram else None,
            "python": platform.python_version(), "os": f"{platform.system()} {platform.release()}",
            "load_start": _load()}


def _load() -> Optional[float]:
    """1-minute load average: other work on the machine disturbs every figure."""
    try:
        return os.getloadavg()[0]
    except OSError:
        return None


# --- running a command and watching its memory -----------------------------------------------

@dataclass
class Run:
    argv: list[str]
    wall: float = 0.0
    rc: int = 0
    tree_rss_peak: Optional[int] = None      # bytes, summed over the process tree (psutil)
    proc_rss_peak: Optional[int] = None      # bytes, largest single process
    max_procs: int = 1
    stderr: str = ""
    cpu: float = 0.0                          # user + system seconds of the process and its children


def _have_psutil() -> bool:
    try:
        import psutil  # noqa: F401
        return True
    except ImportError:
        return False


def run_watched(argv: list[str], cwd: Path = ROOT, env: Optional[dict] = None) -> Run:
    """Run argv; wall time, CPU time and peak memory of its process tree."""
    run = Run(argv)
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=env)
    stop = threading.Event()
    peaks = {"tree": 0, "proc": 0, "n": 1}
    err_chunks: list[str] = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()

    def sample():
        import psutil
        try:
            root = psutil.Process(proc.pid)
        except psutil.Error:
            return
        while not stop.is_set():
            total, n = 0, 0
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            for p in procs:
                try:
                    rss = p.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                n += 1
                peaks["proc"] = max(peaks["proc"], rss)
            peaks["tree"] = max(peaks["tree"], total)
            peaks["n"] = max(peaks["n"], n)
            stop.wait(SAMPLE_SECONDS)

    watcher = threading.Thread(target=sample, daemon=True) if _have_psutil() else None
    if watcher:
        watcher.start()
    _, status, usage = os.wait4(proc.pid, 0)
    run.wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    stop.set()
    if watcher:
        watcher.join()
    reader.join(timeout=5)
    run.rc = proc.returncode
    run.stderr = "".join(err_chunks)
    run.cpu = usage.ru_utime + usage.ru_stime      # the driver and the workers it waited for
    # ru_maxrss (KiB on Linux): the largest single process among the child and its waited-for children
    run.proc_rss_peak = max(peaks["proc"], usage.ru_maxrss * 1024)
    if watcher:
        run.tree_rss_peak = peaks["tree"]
        run.max_procs = peaks["n"]
    return run


def extract_cmd(raw: Path, out: Path, jobs: int, force: bool = True) -> list[str]:
    argv = [sys.executable, "-m", "corpus_tools.cli", "extract", str(raw), "--out", str(out), "-j", str(jobs), "-q"]
    return argv + (["--force"] if force else [])


# --- fits -------------------------------------------------------------------------------------------

def linfit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """(intercept, slope, R^2) of the least-squares line."""
    n = len(xs)
    if n == 0:
        return 0.0, 0.0, 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    b = sxy / sxx if sxx else 0.0
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys))
    return a, b, (1 - ss_res / ss_tot) if ss_tot else 1.0


def loglog_exponent(xs: list[float], ys: list[float]) -> Optional[float]:
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys) if x > 0 and y > 0]
    if len(pts) < 2:
        return None
    return linfit([p[0] for p in pts], [p[1] for p in pts])[1]


# --- the parts ----------------------------------------------------------------------------------------

def _f(x: Optional[float]) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def _mb(b: Optional[int]) -> str:
    return f"{b / 2**20:,.0f}" if b else "n/a"


def _count_errors(out: Path) -> int:
    try:
        return len(json.loads((out / "errors.json").read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return -1


def _mtimes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (out / "documents").glob("*.json")}


def link_subset(files: list[Path], dest: Path) -> Path:
    """dest holds exactly ``files`` (hard links, copies across file systems)."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for f in files:
        try:
            os.link(f, dest / f.name)
        except OSError:
            shutil.copy2(f, dest / f.name)
    return dest


def corpus_files(raw: Path) -> list[Path]:
    return sorted(p for p in raw.iterdir() if p.suffix in (".html", ".txt") and not p.name.startswith("."))


@dataclass
class Results:
    machine: dict
    docs: int
    circulars: int
    corpus_dir: str
    corpus_bytes: int = 0
    gen_seconds: Optional[float] = None
    extract: list[dict] = field(default_factory=list)
    rerun: dict = field(default_factory=dict)
    extract_scaling: dict = field(default_factory=dict)
    compare_full: dict = field(default_factory=dict)
    compare_scaling: dict = field(default_factory=dict)
    ratio: dict = field(default_factory=dict)
    profile: list = field(default_factory=list)
    stages: list = field(default_factory=list)
    quality: dict = field(default_factory=dict)
    side_by_side: list = field(default_factory=list)


def bench_baseline(res: Results, raw: Path, jobs_list: list[int], work: Path, log,
                   baseline: Path, rounds: int) -> None:
    """The same extraction by another checkout of the code (e.g. ``git worktree add /tmp/orig
    374cd90``) and by this one, alternately, ``rounds`` times per -j: on a shared machine only
    runs made side by side compare. Both run from a neutral directory, each with its own code
    first on PYTHONPATH."""
    neutral = work / "neutral-cwd"
    neutral.mkdir(parents=True, exist_ok=True)
    for j in jobs_list:
        for k in range(rounds):
            for code, root in (("baseline", baseline.resolve()), ("current", ROOT)):
                out = work / f"side-{code}-j{j}"
                shutil.rmtree(out, ignore_errors=True)
                env = {**os.environ, "PYTHONPATH": str(root)}
                log(f"side by side, round {k + 1}: {code} code, extract -j {j} ...")
                r = run_watched(extract_cmd(raw, out, j), cwd=neutral, env=env)
                if r.rc != 0:
                    raise SystemExit(f"bench throughput: {code} extract failed (rc {r.rc}):\n{r.stderr[-2000:]}")
                res.side_by_side.append({"code": code, "root": str(root), "jobs": j, "round": k + 1,
                                         "wall": r.wall, "cpu": r.cpu, "tree_rss": r.tree_rss_peak,
                                         "proc_rss": r.proc_rss_peak, "load": _load()})
                log(f"  {r.wall:.1f} s wall, {r.cpu:.1f} s CPU, tree RSS {_mb(r.tree_rss_peak)} MB")
                shutil.rmtree(out, ignore_errors=True)


def bench_extract(res: Results, raw: Path, jobs_list: list[int], work: Path, log) -> Path:
    out = None
    for j in jobs_list:
        if out is not None:
            shutil.rmtree(out)                 # keep one extraction on disk (10,000 documents: ~ 100s of MB)
        out = work / f"extract-j{j}"
        if out.exists():
            shutil.rmtree(out)
        log(f"extract -j {j} on {res.docs} documents ...")
        r = run_watched(extract_cmd(raw, out, j))
        if r.rc != 0:
            raise SystemExit(f"bench throughput: extract failed (rc {r.rc}):\n{r.stderr[-2000:]}")
        res.extract.append({"jobs": j, "wall": r.wall, "docs_per_s": res.docs / r.wall,
                            "tree_rss": r.tree_rss_peak, "proc_rss": r.proc_rss_peak, "procs": r.max_procs,
                            "errors": _count_errors(out)})
        log(f"  {r.wall:.1f} s, {res.docs / r.wall:.1f} docs/s, tree RSS {_mb(r.tree_rss_peak)} MB, "
            f"max process {_mb(r.proc_rss_peak)} MB, {res.extract[-1]['errors']} input errors")
    assert out is not None
    before = _mtimes(out)
    j = jobs_list[-1]
    log(f"rerun -j {j} with nothing changed ...")
    r = run_watched(extract_cmd(raw, out, j, force=False))
    after = _mtimes(out)
    res.rerun = {"jobs": j, "wall": r.wall, "rewritten": sum(1 for k, v in after.items() if before.get(k) != v),
                 "tree_rss": r.tree_rss_peak, "proc_rss": r.proc_rss_peak}
    log(f"  {r.wall:.1f} s, {res.rerun['rewritten']} documents written again")
    return out


def bench_extract_scaling(res: Results, raw: Path, sizes: list[int], jobs: int, work: Path, log,
                          extra_point: Optional[tuple[int, float]] = None) -> None:
    files = corpus_files(raw)
    sizes = [n for n in sizes if n <= len(files)]
    points: list[tuple[int, float]] = []          # (documents, seconds); the whole corpus from step 2 is the last
    # fixed cost: interpreter, imports and one document per worker (each worker builds its pipeline)
    tiny = link_subset(files[:jobs], work / "subset-startup")
    r0 = run_watched(extract_cmd(tiny, work / "subset-startup-out", jobs))
    startup = r0.wall
    shutil.rmtree(tiny)
    shutil.rmtree(work / "subset-startup-out", ignore_errors=True)
    log(f"extract scaling (-j {jobs}): start-up ({jobs} document(s), one per worker) {startup:.1f} s")
    for n in sizes:
        d = link_subset(files[:n], work / f"subset-{n}")
        r = run_watched(extract_cmd(d, work / f"subset-{n}-out", jobs))
        points.append((n, r.wall))
        log(f"  {n} documents: {r.wall:.1f} s")
        shutil.rmtree(d)
        shutil.rmtree(work / f"subset-{n}-out")
    if extra_point and extra_point[0] not in sizes:
        points.append(extra_point)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    a, b, r2 = linfit(xs, ys)
    res.extract_scaling = {"jobs": jobs, "startup": startup, "points": points, "intercept": a, "slope": b, "r2": r2,
                           "exponent": loglog_exponent(xs, ys),
                           "exponent_net": loglog_exponent(xs, [y - startup for y in ys])}


def bench_compare(res: Results, extracted: Path, manifest: dict, sizes: list[int], work: Path, log) -> None:
    from corpus_tools.compare import compare_dir
    # scaling: documents of the first K circulars (by generator index) with a witness
    docs = manifest["documents"]
    by_circ: dict[int, list[str]] = {}
    for doc_id, d in docs.items():
        if d["circular"] is not None:
            by_circ.setdefault(d["circular"], []).append(doc_id)
    order = sorted(by_circ)
    sizes = [k for k in sizes if k <= len(order)] or [len(order)]
    points = []
    for i, k in enumerate([sizes[0]] + sizes):            # the first run warms up caches, untimed
        dest = work / f"compare-{k}"
        docs_dir = dest / "documents"
        ids = [doc_id for c in order[:k] for doc_id in by_circ[c]]
        link_subset([extracted / "documents" / f"{d}.json" for d in ids
                     if (extracted / "documents" / f"{d}.json").exists()], docs_dir)
        best, result = float("inf"), None
        for _ in range(1 if i == 0 else 3):
            gc.collect()
            t0 = time.perf_counter()
            result = compare_dir(dest, dest / "comparison")
            best = min(best, time.perf_counter() - t0)
            if best > 2.0:
                break
        shutil.rmtree(dest)
        if i == 0:
            continue
        points.append({"circulars": k, "groups": len(result["circulars"]), "documents": len(ids), "wall": best})
        log(f"  compare {k} circulars ({len(result['circulars'])} groups, {len(ids)} documents): {best:.2f} s")
    log("compare on the whole extraction (warm) ...")
    gc.collect()
    t0 = time.perf_counter()
    full = compare_dir(extracted, work / "compare-full")
    res.compare_full = {"wall": time.perf_counter() - t0, "groups": len(full["circulars"]),
                        "witnessed": sum(len(c["witnesses"]) for c in full["circulars"]),
                        "without_circular": len(full["documents_without_circular"])}
    log(f"  {res.compare_full['wall']:.1f} s, {res.compare_full['groups']} circular groups")
    # quality sanity: did the pipeline find what the generator put in?
    expected = {d["circular"] for d in docs.values() if d["circular"] is not None}
    from corpus_tools.metadata import circular_key
    keys = {circular_key(d["number"]) for d in docs.values() if d["number"]}
    found = {c["key"] for c in full["circulars"]}
    res.quality = {"circulars_generated": len(expected), "circulars_found": len(keys & found),
                   "groups_not_generated": len(found - keys)}
    if res.compare_full["groups"] > max((p["groups"] for p in points), default=0):
        points.append({"circulars": len(expected), "groups": res.compare_full["groups"],
                       "documents": len(docs), "wall": res.compare_full["wall"], "whole": True})
    res.compare_scaling = compare_fit(points)


def compare_fit(points: list[dict]) -> dict:
    xs, ys = [p["groups"] for p in points], [p["wall"] for p in points]
    a, b, r2 = linfit(xs, ys)
    return {"points": points, "intercept": a, "slope": b, "r2": r2, "exponent": loglog_exponent(xs, ys)}


def _time_rounds(funcs: dict[str, Callable], items: list, rounds: int) -> dict[str, list[float]]:
    """Per item, the best seconds of each function over ``rounds`` shuffled round-robin rounds
    (after a warm-up round): the least disturbed measurement of each page on a shared machine."""
    for f in funcs.values():
        for it in items:
            f(it)
    best = {name: [float("inf")] * len(items) for name in funcs}
    order = list(funcs)
    rng = random.Random(0)
    for _ in range(rounds):
        rng.shuffle(order)
        for name in order:
            f, b = funcs[name], best[name]
            gc.collect()
            for i, it in enumerate(items):
                t0 = time.perf_counter()
                f(it)
                b[i] = min(b[i], time.perf_counter() - t0)
    return best


def bench_ratio(res: Results, raw: Path, n_pages: int, rounds: int, log) -> None:
    import trafilatura
    from corpus_tools.html import clean_html
    from corpus_tools.pipeline import extract_file
    gen_pages = [p for p in corpus_files(raw) if p.suffix == ".html"]
    rng = random.Random(1)
    sample = sorted(rng.sample(gen_pages, min(n_pages, len(gen_pages))))
    test_pages = sorted(PAGES_DIR.glob("*.html"))
    items = [(p, p.read_text(encoding="utf-8")) for p in sample + test_pages]
    log(f"per-page cost on {len(sample)} generated + {len(test_pages)} tests/pages HTML pages ...")
    funcs = {
        "extract_file": lambda it: extract_file(it[0]),
        "clean_html": lambda it: clean_html(it[1], "bench"),
        "trafilatura": lambda it: trafilatura.extract(it[1]),
    }
    per_item = _time_rounds(funcs, items, rounds)
    sets = {"all": range(len(items)), "generated": range(len(sample)), "tests/pages": range(len(sample), len(items))}
    per_set = {}
    for name, idx in sets.items():
        if len(idx):
            per_set[name] = {"pages": len(idx), **{k: sum(v[i] for i in idx) / len(idx) for k, v in per_item.items()}}
    best = per_set["all"]
    r = best["extract_file"] / best["trafilatura"]
    res.ratio = {"pages": len(items), "per_set": per_set, "ratio": r, "clean_ratio": best["clean_html"] / best["trafilatura"],
                 "pass": r <= RATIO_TARGET}
    log(f"  extract_file {best['extract_file'] * 1000:.1f} ms/page, clean_html {best['clean_html'] * 1000:.1f}, "
        f"trafilatura {best['trafilatura'] * 1000:.1f} -> ratio {r:.2f} ({'PASS' if r <= RATIO_TARGET else 'MISS'})")
    # where the time goes: cProfile of extract_file, own time folded by package / corpus_tools module
    prof = cProfile.Profile()
    mixed = sample[:30] + [p for p in corpus_files(raw) if p.suffix == ".txt"][:10]
    prof.enable()
    for p in mixed:
        extract_file(p)
    prof.disable()
    stats = pstats.Stats(prof)
    buckets: dict[str, float] = {}
    total = 0.0
    for (filename, _, func), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        buckets[_bucket(filename, func)] = buckets.get(_bucket(filename, func), 0.0) + tottime
    res.profile = sorted(((k, v / total) for k, v in buckets.items()), key=lambda kv: -kv[1])[:10]
    # the pipeline's stages, by cumulative time (a stage renamed by a refactoring is just left out)
    whole = sum(ct for (fn, _, func), (_, _, _, ct, _) in stats.stats.items()  # type: ignore[attr-defined]
                if fn.endswith("pipeline.py") and func == "extract_file")
    stages = []
    for mod, func in STAGES:
        ct = sum(c for (fn, _, f), (_, _, _, c, _) in stats.stats.items()  # type: ignore[attr-defined]
                 if f == func and fn.replace("\\", "/").endswith("corpus_tools/" + mod))
        if ct and whole:
            stages.append((f"{mod.removesuffix('.py')}.{func}", ct / whole))
    res.stages = stages


STAGES = [("clean.py", "clean"), ("html.py", "clean_html"), ("clean.py", "clean_text_dump"), ("segment.py", "segment"),
          ("clauses.py", "extract_clauses"), ("metadata.py", "find_circulars"), ("metadata.py", "issuer_and_region")]


def _bucket(filename: str, func: str) -> str:
    f = filename.replace("\\", "/")
    if "/corpus_tools/" in f:
        return "corpus_tools." + Path(f).stem
    if "site-packages/" in f:
        return f.split("site-packages/", 1)[1].split("/", 1)[0].split(".")[0]
    if f.startswith("~") or f == "~":
        return f"builtins ({func.strip('<>')[:40]})" if "method" in func or "built-in" in func else "builtins"
    if "/lib/python" in f:
        return "stdlib." + Path(f).stem
    return Path(f).stem


# --- report ----------------------------------------------------------------------------------------------

def markdown(res: Results) -> str:
    m = res.machine
    load = (f" Load average (1 min) {m['load_start']:.1f} at start, {m['load_end']:.1f} at end."
            if m.get("load_start") is not None and m.get("load_end") is not None else "")
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, Python {m['python']} ({m['os']}).{load} "
             f"Corpus: {res.docs:,} generated articles ({res.circulars:,} circulars, "
             f"{res.corpus_bytes / 2**20:,.0f} MB; `python -m bench corpus`).", ""]
    lines += ["| extract | wall (s) | docs/s | peak RSS, process tree (MB) | peak RSS, largest process (MB) |",
              "|---|---|---|---|---|"]
    for e in res.extract:
        n_all = " = all cores" if e["jobs"] == m["cores"] else ""
        lines.append(f"| `-j {e['jobs']}`{n_all} ({e['procs']} process{'es' if e['procs'] > 1 else ''}) | {e['wall']:.1f} | {e['docs_per_s']:.1f} | "
                     f"{_mb(e['tree_rss'])} | {_mb(e['proc_rss'])} |")
    if res.rerun:
        rr = res.rerun
        lines.append(f"| rerun, nothing changed (`-j {rr['jobs']}`) | {rr['wall']:.1f} | "
                     f"{res.docs / rr['wall']:.0f} checked/s, {rr['rewritten']} rewritten | {_mb(rr['tree_rss'])} | "
                     f"{_mb(rr['proc_rss'])} |")
    lines.append("")
    if res.side_by_side:
        lines += ["| side by side | -j | round | wall (s) | CPU (s) | peak RSS, tree (MB) | load (1 min) |",
                  "|---|---|---|---|---|---|---|"]
        for e in res.side_by_side:
            load = f"{e['load']:.1f}" if e.get("load") is not None else ""
            lines.append(f"| {e['code']} (`{e['root']}`) | {e['jobs']} | {e['round']} | {e['wall']:.1f} | "
                         f"{e['cpu']:.1f} | {_mb(e['tree_rss'])} | {load} |")
        for j in sorted({e["jobs"] for e in res.side_by_side}):
            best = {c: min((e for e in res.side_by_side if e["jobs"] == j and e["code"] == c),
                           key=lambda e: e["wall"], default=None) for c in ("baseline", "current")}
            if best["baseline"] and best["current"]:
                lines.append(f"| current / baseline, `-j {j}`, best of rounds | | | "
                             f"{best['current']['wall'] / best['baseline']['wall']:.2f}x | "
                             f"{best['current']['cpu'] / best['baseline']['cpu']:.2f}x | | |")
        lines.append("")
    es = res.extract_scaling
    if es:
        lines += [f"| extract, `-j {es['jobs']}`: documents | " + " | ".join(f"{n:,}" for n, _ in es["points"]) + " |",
                  "|---|" + "---|" * len(es["points"]),
                  "| wall (s) | " + " | ".join(f"{t:.1f}" for _, t in es["points"]) + " |", ""]
        lines.append(f"Extract: t = {es['intercept']:.1f} s + {es['slope'] * 1000:.1f} ms x documents "
                     f"(R² {es['r2']:.3f}); log-log exponent {_f(es['exponent'])}, "
                     f"{_f(es['exponent_net'])} net of the {es['startup']:.1f} s start-up (linear = 1.0).")
        lines.append("")
    cs = res.compare_scaling
    if cs:
        lines += ["| compare: circulars (groups) | " + " | ".join(f"{p['groups']:,}" + (" (all)" if p.get("whole") else "")
                                                                for p in cs["points"]) + " |",
                  "|---|" + "---|" * len(cs["points"]),
                  "| documents | " + " | ".join(f"{p['documents']:,}" for p in cs["points"]) + " |",
                  "| wall (s) | " + " | ".join(f"{p['wall']:.2f}" for p in cs["points"]) + " |", ""]
        lines.append(f"Compare: t = {cs['intercept']:.2f} s + {cs['slope'] * 1000:.1f} ms x circulars "
                     f"(R² {cs['r2']:.3f}); log-log exponent {_f(cs['exponent'])} (linear = 1.0). Subsets are the documents "
                     f"of the first K circulars, best of up to 3 runs after a warm-up; (all) is the whole extraction, once.")
        q = res.quality
        lines.append(f"Sanity: {q['circulars_found']:,} of {q['circulars_generated']:,} generated circulars found "
                     f"by number; {q['groups_not_generated']:,} other groups (unnumbered or misread).")
        lines.append("")
    ra = res.ratio
    if ra:
        lines += ["| per HTML page (in-process, best round) | pages | extract_file (ms) | clean_html (ms) | "
                  "bare trafilatura (ms) | extract_file / trafilatura |", "|---|---|---|---|---|---|"]
        for name, s in ra["per_set"].items():
            lines.append(f"| {name} | {s['pages']} | {s['extract_file'] * 1000:.1f} | {s['clean_html'] * 1000:.1f} | "
                         f"{s['trafilatura'] * 1000:.1f} | {s['extract_file'] / s['trafilatura']:.2f} |")
        lines.append("")
        lines.append(f"Target extract_file <= {RATIO_TARGET:.1f} x trafilatura: {ra['ratio']:.2f} -> "
                     f"**{'PASS' if ra['pass'] else 'MISS'}** (clean_html alone {ra['clean_ratio']:.2f}).")
        lines.append("")
    if res.stages:
        lines.append("extract_file by stage (cProfile, cumulative, share of extract_file; clean includes "
                     "clean_html/clean_text_dump): "
                     + ", ".join(f"{k} {v:.0%}" for k, v in res.stages) + ".")
    if res.profile:
        lines.append("Own time by module (cProfile): "
                     + ", ".join(f"{k} {v:.0%}" for k, v in res.profile[:8]) + ".")
    return "\n".join(lines)


def parse_jobs(spec: Optional[str]) -> list[int]:
    n = os.cpu_count() or 1
    if not spec:
        vals = [1, 2, n]
    else:
        vals = [n if s.strip().upper() == "N" else int(s) for s in spec.split(",") if s.strip()]
    out: list[int] = []
    for v in vals:
        if v >= 1 and v not in out:
            out.append(v)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench throughput", description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=None, help="corpus size (default 10000; --quick 300)")
    ap.add_argument("--circulars", type=int, default=None, help="distinct circulars (default docs/4)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--quick", action="store_true", help="smoke run: 300 documents, small scaling series (~2 min)")
    ap.add_argument("--full", action="store_true", help="the issue's run (the default): 10,000 documents")
    ap.add_argument("--jobs", default=None, help="comma-separated worker counts, N = all cores (default 1,2,N)")
    ap.add_argument("--scaling-jobs", type=int, default=None, help="-j of the scaling series (default min(2, cores))")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: extract,scaling,compare,ratio")
    ap.add_argument("--json", type=Path, default=None, help="also write the results as JSON here (after each part)")
    ap.add_argument("--report", type=Path, default=None, help="only print the tables of a saved --json file")
    ap.add_argument("--baseline-code", type=Path, default=None,
                    help="a checkout of other code (git worktree add DIR REV): its extract and this one's, "
                         "alternately, on the same corpus (part 'side'; with --jobs)")
    ap.add_argument("--rounds", type=int, default=1, help="rounds of the side-by-side part (default 1)")
    args = ap.parse_args(argv)
    if args.report:
        print(markdown(Results(**json.loads(args.report.read_text(encoding="utf-8")))))
        return 0
    preset = dict(PRESETS["quick" if args.quick and not args.full else "default"])
    docs = args.docs or preset["docs"]
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    jobs_list = parse_jobs(args.jobs)
    scaling_jobs = args.scaling_jobs or min(2, os.cpu_count() or 1)

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    t_all = time.perf_counter()
    t0 = time.perf_counter()
    raw, manifest = gen.ensure(docs, args.seed, args.circulars, log=log)
    gen_s = time.perf_counter() - t0
    res = Results(machine(), docs, manifest["circulars"], str(raw))
    res.corpus_bytes = sum(p.stat().st_size for p in corpus_files(raw))
    res.gen_seconds = gen_s
    work = OUT_ROOT / f"work-{raw.name}"
    work.mkdir(parents=True, exist_ok=True)
    extracted = None
    failed = []

    def part(name: str, fn: Callable[[], None]) -> None:
        """Run one part; a failure is reported and the other parts still run (long runs keep their figures)."""
        if name in skip:
            return
        try:
            fn()
        except Exception:                                   # noqa: BLE001
            import traceback
            failed.append(name)
            log(f"part {name} failed:\n{traceback.format_exc()}")
        if args.json:
            args.json.write_text(json.dumps(res.__dict__, indent=1, default=str), encoding="utf-8")

    def do_extract() -> None:
        nonlocal extracted
        extracted = bench_extract(res, raw, jobs_list, work, log)

    def do_scaling() -> None:
        extra = next(((docs, e["wall"]) for e in res.extract if e["jobs"] == scaling_jobs), None)
        bench_extract_scaling(res, raw, preset["extract_sizes"], scaling_jobs, work, log, extra)

    def do_compare() -> None:
        nonlocal extracted
        if extracted is None:
            extracted = work / "extract-compare"
            log("extracting once for compare ...")
            run_watched(extract_cmd(raw, extracted, scaling_jobs, force=False))
        bench_compare(res, extracted, manifest, preset["compare_sizes"], work, log)

    if args.baseline_code:
        part("side", lambda: bench_baseline(res, raw, jobs_list, work, log, args.baseline_code, args.rounds))
    part("extract", do_extract)
    part("scaling", do_scaling)
    part("compare", do_compare)
    part("ratio", lambda: bench_ratio(res, raw, preset["ratio_pages"], preset["ratio_rounds"], log))
    res.machine["load_end"] = _load()
    log(f"done in {time.perf_counter() - t_all:.0f} s")
    print(markdown(res))
    if args.json:
        args.json.write_text(json.dumps(res.__dict__, indent=1, default=str), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
