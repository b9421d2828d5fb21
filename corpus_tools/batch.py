"""Many documents: `corpus-tools extract RAW_DIR --out OUT_DIR`.

Parallel (worker processes by default, a dask.distributed cluster with ``scheduler``),
incremental (an input whose bytes and stage versions are unchanged is not processed
again; a stale analysis re-runs on the stored cleaned text), resumable (every document
is written atomically as soon as it is done, so an interrupted run loses only the
documents in flight) and deterministic (outputs do not depend on completion order).

    plan      inputs + what is on disk -> one Task per input (skip | relocate | analyse | extract)
    execute   tasks -> documents/*.json as they complete (pebble pool, Dask, or in-process)
    finish    documents -> clauses.jsonl, errors.json, manifest.json (input order), duplicates.json
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

from . import config
from .io import InputError, atomic_write, dumps

# Tasks in flight per worker: enough to keep workers busy, few enough that memory stays
# flat on corpora of any size (results are written as they arrive).
IN_FLIGHT_PER_WORKER = 4
# A worker process is replaced after this many documents, bounding slow leaks (lxml, caches).
WORKER_MAX_TASKS = 2000
# A document that takes longer than this (seconds) is reported as an error and its worker
# replaced: one pathological page must not stall a run of ten thousand.
DOC_TIMEOUT = 120.0
# Errors that may not recur on a rerun (not a property of the input) are not remembered.
TRANSIENT_ERRORS = ("timed out", "worker died")
# At most this many per-file errors are printed; errors.json has them all.
MAX_ERRORS_SHOWN = 10
STATE_FILE = ".state.json"   # cache of what is on disk; the documents are the truth


def find_inputs(raw_dir: str | os.PathLike) -> list[Path]:
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise InputError(raw_dir, "input directory not found")
    suffixes = config.TEXT_SUFFIXES + config.HTML_SUFFIXES
    return sorted(p for p in raw_dir.iterdir() if p.is_file() and p.suffix.lower() in suffixes
                  and not p.name.startswith("."))


@dataclass
class RunReport:
    processed: list[str] = field(default_factory=list)   # extracted or re-analysed now
    skipped: list[str] = field(default_factory=list)     # unchanged: outputs kept
    errors: list[dict] = field(default_factory=list)     # {"path", "error"}, this run's and remembered
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Task:
    path: str
    doc_id: str
    action: str                      # skip | relocate | analyse | extract | fail
    sha256: Optional[str] = None
    error: Optional[str] = None      # for action "fail": a remembered or planning error
    read_path: Optional[str] = None  # where a worker reads the input (absolute for a cluster)
    indexed: Optional[Done] = None   # skip | relocate: the stored document's index entries


# ------------------------------------------------------------------ plan

def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _read_state(out_dir: Path) -> dict:
    try:
        with open(out_dir / STATE_FILE, encoding="utf-8") as fh:
            state = json.load(fh)
        return state if isinstance(state, dict) and isinstance(state.get("inputs"), dict) else {"inputs": {}}
    except (OSError, ValueError):
        return {"inputs": {}}


def _stored(doc_path: Path) -> Optional[dict]:
    """An existing document, or None when it is missing, broken, or lacks what plan() and
    its index entries read (then the input is extracted again)."""
    try:
        with open(doc_path, encoding="utf-8") as fh:
            doc = json.load(fh)
        for key in ("doc_id", "pipeline_version", "clauses"):
            doc[key]
        for key in ("sha256", "format", "path"):
            doc["source"][key]
        for key in ("clean", "analysis"):
            doc["stages"][key]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return doc


def plan(inputs: list[Path], docs_dir: Path, state: dict, force: bool) -> list[Task]:
    """Decide per input what must be done, from its bytes and the stage versions on disk."""
    tasks: list[Task] = []
    stems: dict[str, list[Path]] = {}
    for p in inputs:
        stems.setdefault(p.stem, []).append(p)
    for p in inputs:
        doc_id, path = p.stem, str(p)
        if len(stems[doc_id]) > 1:   # raw/a.html and raw/a.txt would both be documents/a.json: neither is
            others = ", ".join(q.name for q in stems[doc_id] if q != p)
            tasks.append(Task(path, doc_id, "fail", error=f"{p}: doc_id {doc_id!r} is also that of {others}: rename one"))
            continue
        try:
            st = p.stat()
        except OSError as exc:
            tasks.append(Task(path, doc_id, "fail", error=f"{p}: unreadable ({exc.strerror})"))
            continue
        if force or st.st_size > config.MAX_INPUT_BYTES or st.st_size == 0:
            tasks.append(Task(path, doc_id, "extract"))   # read_input reports the size problem
            continue
        cached = state["inputs"].get(path)
        if cached and cached.get("size") == st.st_size and cached.get("mtime_ns") == st.st_mtime_ns:
            sha = cached["sha256"]      # same size and mtime as when hashed: trust the hash
        else:
            try:
                sha = _sha256(p)
            except OSError as exc:
                tasks.append(Task(path, doc_id, "fail", error=f"{p}: unreadable ({exc.strerror})"))
                continue
        failed = cached.get("failed") if cached else None
        if failed and cached.get("sha256") == sha and failed["stages"] == config.stage_versions(failed["format"]):
            tasks.append(Task(path, doc_id, "fail", sha, error=failed["error"]))   # same bytes, same code
            continue
        stored = _stored(docs_dir / f"{doc_id}.json")
        if stored is None or stored["source"]["sha256"] != sha:
            tasks.append(Task(path, doc_id, "extract", sha))
            continue
        current = config.stage_versions(stored["source"]["format"])
        if stored["stages"]["clean"] != current["clean"]:
            action = "extract"
        elif stored["stages"]["analysis"] != current["analysis"]:
            action = "analyse"
        elif stored["source"]["path"] != path:
            action = "relocate"          # same bytes elsewhere (raw/ moved): only the path changes
        else:
            action = "skip"
        # An unchanged document's index entries are taken now, while it is parsed anyway.
        indexed = _done(stored, path, serialise=False) if action in ("skip", "relocate") else None
        tasks.append(Task(path, doc_id, action, sha, indexed=indexed))
    return tasks


# ------------------------------------------------------------------ execute

@dataclass
class Done:
    """A finished document as the driver needs it: serialised in the worker, so the
    driver process (which shares the cores) only writes bytes."""
    json: str                        # the document file's text
    clause_lines: list[str]          # its clauses as clauses.jsonl lines
    row: dict                        # its manifest row


def _done(doc: dict, path: str, serialise: bool = True) -> Done:
    lines = [json.dumps(c, ensure_ascii=False) for c in doc["clauses"]]
    return Done(dumps(doc) if serialise else "", lines, {
        "path": path, "doc_id": doc["doc_id"], "sha256": doc["source"]["sha256"],
        "format": doc["source"]["format"], "pipeline_version": doc["pipeline_version"],
        "clauses": len(lines)})


def work(task: Task, docs_dir: str) -> tuple[Optional[Done], Optional[str]]:
    """Run in a worker: one task -> (Done, None) or (None, error naming the file)."""
    from .pipeline import extract_file
    try:
        reuse = None
        if task.action == "analyse":
            with open(Path(docs_dir) / f"{task.doc_id}.json", encoding="utf-8") as fh:
                reuse = json.load(fh)
        doc = extract_file(task.read_path or task.path, task.doc_id, reuse=reuse)
        doc["source"]["path"] = task.path      # as the user named it, wherever the worker ran
        return _done(doc, task.path), None
    except InputError as exc:
        return None, str(exc)
    except (OSError, ValueError) as exc:     # the stored document vanished or broke meanwhile
        return None, f"{task.path}: {type(exc).__name__}: {exc}"


Submit = Callable[[Task], Future]


def _bounded(tasks: list[Task], submit: Submit, in_flight: int) -> Iterator[tuple[Task, Future]]:
    """Submit tasks keeping at most ``in_flight`` pending; yield them as they complete."""
    queue = iter(tasks)
    pending: dict[Future, Task] = {}
    for task in queue:
        pending[submit(task)] = task
        if len(pending) >= in_flight:
            break
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for fut in done:
            yield pending.pop(fut), fut
        for task in queue:
            pending[submit(task)] = task
            if len(pending) >= in_flight:
                break


def _outcome(task: Task, fut: Future) -> tuple[Optional[Done], Optional[str]]:
    """A future's result, with pool-level failures turned into per-file errors."""
    try:
        return fut.result()
    except FutureTimeout:
        return None, f"{task.path}: timed out after {DOC_TIMEOUT:.0f} s"
    except Exception as exc:   # pebble.ProcessExpired, a Dask worker lost, pickling ...
        kind = "worker died" if type(exc).__name__ in ("ProcessExpired", "KilledWorker") else type(exc).__name__
        return None, f"{task.path}: {kind}: {exc}"


def execute(tasks: list[Task], docs_dir: Path, jobs: int, scheduler: Optional[str],
            timeout: Optional[float]) -> Iterator[tuple[Task, Optional[Done], Optional[str]]]:
    """Yield (task, document, error) as tasks complete, on the chosen executor."""
    if not tasks:
        return
    d = str(docs_dir)
    if scheduler:
        # Workers run elsewhere (another directory, another machine with the same mounts):
        # give them absolute paths.
        from dataclasses import replace
        d = str(docs_dir.resolve())
        tasks = [replace(t, read_path=str(Path(t.path).resolve())) for t in tasks]
        from dask.distributed import Client
        with Client(scheduler) as client, client.get_executor(pure=False) as ex:
            n = max(1, sum(client.nthreads().values()))
            for task, fut in _bounded(tasks, lambda t: ex.submit(work, t, d), n * IN_FLIGHT_PER_WORKER):
                yield (task, *_outcome(task, fut))
        return
    n = min(jobs or os.cpu_count() or 1, len(tasks))
    if n == 1:
        for task in tasks:     # in-process: no start-up cost, easy to debug; no timeout
            yield (task, *work(task, d))
        return
    import multiprocessing
    from pebble import ProcessPool
    context = None
    if "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit the loaded spaCy pipeline and lexicons: load them once here
        # rather than once per worker (and again whenever a worker is replaced).
        context = multiprocessing.get_context("fork")
        _warm_up()
    pool = ProcessPool(max_workers=n, max_tasks=WORKER_MAX_TASKS, context=context)
    try:
        submit = lambda t: pool.schedule(work, args=(t, d), timeout=timeout)  # noqa: E731
        for task, fut in _bounded(tasks, submit, n * IN_FLIGHT_PER_WORKER):
            yield (task, *_outcome(task, fut))
    except BaseException:
        pool.stop()    # interrupted: kill the workers now rather than finish the queue
        raise
    finally:
        pool.close()
        pool.join()


def _warm_up() -> None:
    """Fill the lazy caches of every stage with a tiny document."""
    from .models import RawDocument
    from .pipeline import process_raw
    text = ("SERANG - Surat Edaran Nomor 800/1/BKD/2023 menyebutkan ASN dilarang sebagai berikut:"
            "\n\n1. memasang spanduk calon;\n\n2. wajib netral.")
    process_raw(RawDocument(doc_id="warm-up", path="", data=text.encode(), format="text", sha256="0" * 64))


# ------------------------------------------------------------------ finish

def _remove_temp_files(*dirs: Path) -> None:
    """Temp files of a run killed mid-write (atomic_write's '.NAME.*.tmp')."""
    for d in dirs:
        for tmp in d.glob(".*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass


def _finish(tasks: list[Task], out_dir: Path, docs_dir: Path, errors: dict[str, str],
            done: dict[str, Done], state: dict) -> None:
    live = {t.doc_id for t in tasks if t.path not in errors}
    for doc_path in docs_dir.glob("*.json"):     # inputs gone or failed: their outputs are stale
        if doc_path.stem not in live:
            doc_path.unlink()
    lines, rows = [], []
    for t in tasks:
        if t.path in errors:
            continue
        d = done.get(t.path) or t.indexed     # done by this run, or unchanged since an earlier one
        lines += d.clause_lines
        rows.append(d.row)
    atomic_write(out_dir / "clauses.jsonl", "\n".join(lines) + ("\n" if lines else ""))
    atomic_write(out_dir / "errors.json", dumps([{"path": p, "error": e} for p, e in sorted(errors.items())]))
    atomic_write(out_dir / "manifest.json", dumps({
        "schema_version": config.SCHEMA_VERSION,
        "stages": {fmt: config.stage_versions(fmt) for fmt in ("text", "html")},
        "inputs": rows}))
    from .duplicates import write_duplicates      # near-duplicate clusters of the documents kept
    write_duplicates(out_dir, rows)
    atomic_write(out_dir / STATE_FILE, json.dumps(state, sort_keys=True))


def extract_dir(raw_dir: str | os.PathLike = "raw", out_dir: str | os.PathLike = "extracted", *,
                jobs: int = 0, force: bool = False, scheduler: Optional[str] = None,
                progress: bool = False, timeout: Optional[float] = DOC_TIMEOUT) -> RunReport:
    """Extract every input of ``raw_dir`` into ``out_dir`` (see docs/contract.md).

    ``jobs``: worker processes (0 = one per core, 1 = in this process); ``scheduler``: a
    dask.distributed address such as ``tcp://10.0.0.5:8786`` (workers must see raw_dir);
    ``force``: process unchanged inputs again; ``timeout``: seconds per document (pool
    only). Per-file errors go to errors.json and the run goes on."""
    out_dir, docs_dir = Path(out_dir), Path(out_dir) / "documents"
    inputs = find_inputs(raw_dir)
    docs_dir.mkdir(parents=True, exist_ok=True)
    _remove_temp_files(out_dir, docs_dir)
    old_state = _read_state(out_dir)
    tasks = plan(inputs, docs_dir, old_state, force)
    state: dict = {"inputs": {}}
    errors: dict[str, str] = {}
    done: dict[str, Done] = {}          # this run's documents: clause lines and manifest rows
    report = RunReport()

    def remember(task: Task, error: Optional[str] = None, fmt: Optional[str] = None,
                 sha256: Optional[str] = None) -> None:
        sha256 = sha256 or task.sha256
        try:
            st = os.stat(task.path)
        except OSError:
            return
        if sha256 is None:
            return
        entry = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sha256}
        if error and fmt and not any(w in error for w in TRANSIENT_ERRORS):
            entry["failed"] = {"error": error, "format": fmt, "stages": config.stage_versions(fmt)}
        state["inputs"][task.path] = entry

    todo = []
    for t in tasks:
        if t.action == "fail":
            errors[t.path] = t.error
            old = old_state["inputs"].get(t.path, {}).get("failed")
            remember(t, t.error, old and old["format"])
        elif t.action == "skip":
            report.skipped.append(t.path)
            remember(t)
        elif t.action == "relocate":
            doc_path = docs_dir / f"{t.doc_id}.json"
            doc = json.loads(doc_path.read_text(encoding="utf-8"))
            doc["source"]["path"] = t.path
            atomic_write(doc_path, dumps(doc))
            report.skipped.append(t.path)
            remember(t)
        else:
            todo.append(t)

    bar = _progress_bar(len(todo), progress)
    try:
        for task, doc, err in execute(todo, docs_dir, jobs, scheduler, timeout):
            if err:
                errors[task.path] = err
                remember(task, err, _format_of(task.path))
            else:
                atomic_write(docs_dir / f"{task.doc_id}.json", doc.json)
                doc.json = ""                   # written: keep only what the index files need
                done[task.path] = doc
                report.processed.append(task.path)
                remember(task, sha256=doc.row["sha256"])
            if bar:
                bar.update(1)
    except KeyboardInterrupt:
        # The documents written so far stay (each one whole); clauses.jsonl and the
        # manifest stay those of the last complete run; the next run resumes.
        report.interrupted = True
    finally:
        if bar:
            bar.close()
    if report.interrupted:
        atomic_write(out_dir / STATE_FILE, json.dumps(state, sort_keys=True))
    else:
        _finish(tasks, out_dir, docs_dir, errors, done, state)
    report.errors = [{"path": p, "error": e} for p, e in sorted(errors.items())]
    report.processed.sort()
    if progress:
        _summary(report, out_dir)
    if report.interrupted:
        raise KeyboardInterrupt
    return report


def _format_of(path: str) -> str:
    return "html" if Path(path).suffix.lower() in config.HTML_SUFFIXES else "text"


def _progress_bar(total: int, enabled: bool):
    if not (enabled and total):
        return None
    from tqdm import tqdm
    tqdm.monitor_interval = 0    # no monitor thread: worker processes are forked after this
    return tqdm(total=total, unit="doc", desc="extract", file=sys.stderr,
                disable=not sys.stderr.isatty(), mininterval=0.5)


def _summary(report: RunReport, out_dir: Path) -> None:
    for e in report.errors[:MAX_ERRORS_SHOWN]:
        print(f"error: {e['error']}", file=sys.stderr)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        print(f"... and {len(report.errors) - MAX_ERRORS_SHOWN} more in {out_dir / 'errors.json'}", file=sys.stderr)
    what = "interrupted" if report.interrupted else "extract"
    print(f"{what}: {len(report.processed)} processed, {len(report.skipped)} unchanged, "
          f"{len(report.errors)} failed -> {out_dir}", file=sys.stderr)
    if report.interrupted:
        print("run the same command again to resume", file=sys.stderr)
