"""Many documents: `corpus-tools extract RAW_DIR --out OUT_DIR`.

Parallel (worker processes by default, a dask.distributed cluster with ``scheduler``),
incremental (an input whose bytes and stage versions are unchanged is not processed
again; a stale analysis re-runs on the stored cleaned text), resumable (every document
is written atomically as soon as it is done, so an interrupted run loses only the
documents in flight) and deterministic (outputs do not depend on completion order).

    scan      RAW_DIR -> inputs, and what is not one (folders, FIFOs, devices: reported)
    guard     refuse a run with no inputs, or one that would remove most documents (--prune)
    plan      inputs + what is on disk -> one Task per input (skip | relocate | analyse | extract)
    execute   tasks -> documents/*.json as they complete (pebble pool, Dask, or in-process);
              each worker also sketches its text for near-duplicates (kept in .state.json)
    finish    documents -> clauses.jsonl, errors.json, then manifest.json (outputs.write_index),
              duplicates.json (from the sketches: no document is read back), and only then
              stale documents removed

The whole run holds OUT_DIR's exclusive lock (outputs.lock). Every input ends with exactly
one document (a manifest row) or one errors.json entry, never both: a transient failure
(timeout, dead worker) of an input that has a document from an earlier run keeps that
document, and its manifest row says why (``kept``) instead of an errors.json entry.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import signal
import stat as stat_mod
import sys
import threading
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional

from . import config, duplicates
from .io import InputError, OutputError, atomic_write, display_path, dumps, file_kind, stat_key
from .provenance import lookup
from .outputs import (CLAUSES, DOCUMENTS, ERRORS, MANIFEST, STATE, Layout, clause_lines, lock,
                      manifest_row, stored_document, write_index)
from .settings import Settings, resolve

# Tasks in flight per worker: enough to keep workers busy, few enough that memory stays
# flat on corpora of any size (results are written as they arrive).
IN_FLIGHT_PER_WORKER = 4
# A worker process is replaced after this many documents, bounding slow leaks (lxml, caches).
WORKER_MAX_TASKS = 2000
# A document that takes longer than this (seconds) is reported as an error and its worker
# replaced: one pathological page must not stall a run of ten thousand.
DOC_TIMEOUT = config.DOC_TIMEOUT_DEFAULT
# Errors that may not recur on a rerun (not a property of the input) are not remembered,
# and the input's last good document is kept.
TRANSIENT_ERRORS = ("timed out", "worker died", "changed while it was read")
# At most this many per-file errors are printed; errors.json has them all.
MAX_ERRORS_SHOWN = 10
STATE_FILE = STATE          # cache of what is on disk; the documents are the truth
# Without --prune a run may remove at most this share of the documents already in OUT_DIR
# (inputs gone): more means a mistaken RAW_DIR or a half-copied one.
MAX_PRUNE_SHARE = 0.5
# A doc_id is a file name (documents/<doc_id>.json, NAME_MAX 255 bytes) and part of every
# clause_id (schema: one line of printable text).
MAX_DOC_ID_BYTES = 255 - len(".json")
# errno values that stop the whole run (no output can be written), not just one input.
FATAL_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EIO}


def scan_raw(raw_dir: str | os.PathLike) -> tuple[list[Path], list[tuple[Path, str, bool]]]:
    """RAW_DIR -> (inputs, notes). Inputs are the regular files (or links to them) with an
    input suffix; notes are what is not read, as (path, reason, is_error): a special file
    or broken link with an input suffix is an error (it looks like an input), folders and
    other special files are warnings. Never opens anything (a FIFO would block)."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise InputError(raw_dir, "input directory not found" if not raw_dir.exists() else "not a directory")
    suffixes = config.TEXT_SUFFIXES + config.HTML_SUFFIXES
    inputs, notes = [], []
    try:
        entries = sorted(raw_dir.iterdir())
    except OSError as exc:
        raise InputError(raw_dir, f"cannot list the input directory ({exc.strerror or exc})") from None
    for p in entries:
        if p.name.startswith("."):
            continue
        is_input = p.suffix.lower() in suffixes
        try:
            mode = p.stat().st_mode
        except OSError as exc:   # a dangling or looping symbolic link
            if is_input:
                notes.append((p, f"unreadable ({exc.strerror or exc}): a broken or looping link?", True))
            continue
        if stat_mod.S_ISREG(mode):
            if is_input:
                inputs.append(p)
        elif stat_mod.S_ISDIR(mode):
            notes.append((p, "a folder: not read (extract reads the files directly in RAW_DIR)", False))
        else:
            notes.append((p, f"{file_kind(mode)}: not read (only regular files are inputs)", is_input))
    return inputs, notes


def find_inputs(raw_dir: str | os.PathLike) -> list[Path]:
    return scan_raw(raw_dir)[0]


def doc_id_problem(doc_id: str) -> Optional[str]:
    """Why a file stem cannot be a doc_id (None when it can)."""
    try:
        size = len(doc_id.encode("utf-8"))
    except UnicodeEncodeError:
        return "its name is not valid UTF-8: rename the file"
    if not doc_id or not all(c.isprintable() for c in doc_id):
        return "its name holds control characters (a newline?): rename the file"
    if size > MAX_DOC_ID_BYTES:
        return f"its name is too long for a doc_id ({size} bytes > {MAX_DOC_ID_BYTES}): rename the file"
    return None


@dataclass
class RunReport:
    processed: list[str] = field(default_factory=list)   # extracted or re-analysed now
    skipped: list[str] = field(default_factory=list)     # unchanged: outputs kept
    errors: list[dict] = field(default_factory=list)     # {"path", "error"}, this run's and remembered
    warnings: list[str] = field(default_factory=list)    # RAW_DIR entries not read (folders ...)
    removed: list[str] = field(default_factory=list)     # doc_ids of stale documents removed
    kept: list[dict] = field(default_factory=list)       # {"path", "error"}: transient failure, earlier document kept
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.kept


@dataclass
class Task:
    path: str
    doc_id: str
    action: str                      # skip | relocate | analyse | extract | fail
    sha256: Optional[str] = None
    error: Optional[str] = None      # for action "fail": a remembered or planning error
    read_path: Optional[str] = None  # where a worker reads the input (absolute for a cluster)
    indexed: Optional[Done] = None   # skip | relocate: the stored document's index entries
    stat: Optional[tuple] = None     # (size, mtime_ns) the hash was computed under (None: unstable)
    # where the page came from as RAW_DIR says now (sidecar or sources.csv row): the
    # document.source fields and the decoding hint, part of the cache key
    origin: Optional[dict] = None
    encoding_hint: Optional[str] = None


# ------------------------------------------------------------------ plan

def _sha256(path: Path) -> tuple[str, Optional[tuple]]:
    """The file's hash and the (size, mtime_ns) it was read under, None for the latter when
    the file changed during the read (then the hash is not cached)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        before = os.fstat(fh.fileno())
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
        after = os.fstat(fh.fileno())
    return h.hexdigest(), (stat_key(before) if stat_key(before) == stat_key(after) else None)


def _read_state(out_dir: Path) -> dict:
    try:
        with open(out_dir / STATE_FILE, encoding="utf-8") as fh:
            state = json.load(fh)
        return state if isinstance(state, dict) and isinstance(state.get("inputs"), dict) else {"inputs": {}}
    except (OSError, ValueError):
        return {"inputs": {}}


_stored = stored_document


def plan(inputs: list[Path], docs_dir: Path, state: dict, force: bool,
         settings: Optional[Settings] = None) -> list[Task]:
    """Decide per input what must be done, from its bytes and the stage versions on disk."""
    tasks: list[Task] = []
    stems: dict[str, list[Path]] = {}
    for p in inputs:
        stems.setdefault(p.stem, []).append(p)
    for p in inputs:
        doc_id, path = p.stem, str(p)
        why = doc_id_problem(doc_id)
        if why:
            tasks.append(Task(path, doc_id, "fail", error=f"{display_path(p)}: {why}"))
            continue
        if len(stems[doc_id]) > 1:   # raw/a.html and raw/a.txt would both be documents/a.json: neither is
            others = ", ".join(q.name for q in stems[doc_id] if q != p)
            tasks.append(Task(path, doc_id, "fail", error=f"{p}: doc_id {doc_id!r} is also that of {others}: rename one"))
            continue
        try:
            st = p.stat()
        except OSError as exc:
            tasks.append(Task(path, doc_id, "fail", error=f"{p}: unreadable ({exc.strerror})"))
            continue
        # The cache key is the bytes, the stage versions and the page's provenance row: an
        # edited sources.csv row (a fixed URL or date) or sidecar reaches its document only.
        prov = lookup(p)
        origin, hint = prov.fields(), prov.encoding
        if force or st.st_size > resolve(settings).max_input_bytes or st.st_size == 0:
            tasks.append(Task(path, doc_id, "extract", encoding_hint=hint))   # read_input reports the size problem
            continue
        cached = state["inputs"].get(path)
        if cached and cached.get("size") == st.st_size and cached.get("mtime_ns") == st.st_mtime_ns:
            sha, key = cached["sha256"], stat_key(st)   # same size and mtime as when hashed: trust the hash
        else:
            try:
                sha, key = _sha256(p)
            except OSError as exc:
                tasks.append(Task(path, doc_id, "fail", error=f"{display_path(p)}: unreadable ({exc.strerror})"))
                continue
        hint_changed = bool(cached) and "encoding_hint" in cached and cached["encoding_hint"] != hint
        failed = cached.get("failed") if cached else None
        if failed and cached.get("sha256") == sha and not hint_changed \
                and failed["stages"] == config.stage_versions(failed["format"], settings):
            tasks.append(Task(path, doc_id, "fail", sha, error=failed["error"], stat=key,
                              encoding_hint=hint))   # same bytes, same code
            continue
        stored = _stored(docs_dir / f"{doc_id}.json")
        if stored is None or stored["source"]["sha256"] != sha:
            tasks.append(Task(path, doc_id, "extract", sha, stat=key, encoding_hint=hint))
            continue
        current = config.stage_versions(stored["source"]["format"], settings)
        if stored["stages"]["clean"] != current["clean"] or hint_changed:
            action = "extract"           # a new decoding hint may decode the bytes otherwise
        elif stored["stages"]["analysis"] != current["analysis"]:
            action = "analyse"
        elif stored["source"]["path"] != display_path(path) \
                or any(stored["source"].get(k) != v for k, v in origin.items()):
            action = "relocate"          # same bytes elsewhere (raw/ moved) or a new provenance row
        else:
            action = "skip"
        # An unchanged document's index entries are taken now, while it is parsed anyway.
        indexed = _done(stored, path, serialise=False) if action == "skip" else None
        tasks.append(Task(path, doc_id, action, sha, indexed=indexed, stat=key, origin=origin,
                          encoding_hint=hint))
    return tasks


# ------------------------------------------------------------------ execute

@dataclass
class Done:
    """A finished document as the driver needs it: serialised in the worker, so the
    driver process (which shares the cores) only writes bytes."""
    json: str                        # the document file's text
    clause_lines: list[str]          # its clauses as clauses.jsonl lines
    row: dict                        # its manifest row
    stat: Optional[tuple] = None     # (size, mtime_ns) the input was read under, when it was read
    sketch: Optional[str] = None     # its text's near-duplicate sketch (duplicates.Sketch.encode)


def _done(doc: dict, path: str, serialise: bool = True, st: Optional[tuple] = None,
          sketch: Optional[str] = None) -> Done:
    lines = clause_lines(doc)
    return Done(dumps(doc) if serialise else "", lines, manifest_row(doc, path, len(lines)), st, sketch)


# Worker processes: the run's settings, set once per process (fork: the driver's warm
# object itself) rather than pickled with every task; Dask tasks carry theirs, kept here
# by value so that a worker builds each component once.
_WORKER_SETTINGS: Optional[Settings] = None
_SETTINGS_SEEN: dict[str, Settings] = {}


def _init_worker(settings: Optional[Settings]) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    signal.signal(signal.SIGTERM, signal.SIG_DFL)   # the CLI's SIGTERM handler is the driver's


def _canonical(settings: Optional[Settings]) -> Optional[Settings]:
    if settings is None:
        return _WORKER_SETTINGS
    key = repr(sorted(settings._init_values().items()))
    return _SETTINGS_SEEN.setdefault(key, settings)


def work(task: Task, docs_dir: str, settings: Optional[Settings] = None) -> tuple[Optional[Done], Optional[str]]:
    """Run in a worker: one task -> (Done, None) or (None, error naming the file)."""
    from .pipeline import extract_file_stat
    settings = _canonical(settings)
    try:
        reuse = None
        if task.action == "analyse":
            with open(Path(docs_dir) / f"{task.doc_id}.json", encoding="utf-8") as fh:
                reuse = json.load(fh)
        doc, st = extract_file_stat(task.read_path or task.path, task.doc_id, reuse=reuse, settings=settings)
        doc["source"]["path"] = display_path(task.path)   # as the user named it, wherever the worker ran
        if reuse is not None and task.origin is not None:
            doc["source"].update(task.origin)             # the page's provenance row as it is now
        # the near-duplicate sketch while the text is in memory: the end of the run reads no text
        sketch = duplicates.sketch(doc["text"], settings=settings).encode(settings)
        return _done(doc, task.path, st=stat_key(st) if st is not None else None, sketch=sketch), None
    except InputError as exc:
        return None, display_path(str(exc))
    except Exception as exc:     # the stored document vanished or broke meanwhile, or a bug
        return None, f"{display_path(task.path)}: {type(exc).__name__}: {exc}"


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


def _timed_out(task: Task, timeout: Optional[float]) -> str:
    return f"{display_path(task.path)}: timed out after {timeout:g} s"


def _outcome(task: Task, fut: Future, timeout: Optional[float]) -> tuple[Optional[Done], Optional[str]]:
    """A future's result, with pool-level failures turned into per-file errors."""
    try:
        return fut.result()
    except FutureTimeout:
        return None, _timed_out(task, timeout)
    except Exception as exc:   # pebble.ProcessExpired, a Dask worker lost, pickling ...
        kind = "worker died" if type(exc).__name__ in ("ProcessExpired", "KilledWorker") else type(exc).__name__
        return None, f"{display_path(task.path)}: {kind}: {exc}"


class _DocTimeout(BaseException):
    """Raised by SIGALRM in an in-process run: not an Exception, so no stage catches it."""


_ALARM_ARMED = [False]      # only a document's own work is interrupted, never the driver


def _on_alarm(signum, frame):
    if _ALARM_ARMED[0]:
        _ALARM_ARMED[0] = False
        raise _DocTimeout()


def _alarm_available() -> bool:
    """A SIGALRM timer can interrupt this thread's work: POSIX, and the main thread (Python
    runs signal handlers there only)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _in_process(tasks: list[Task], d: str, settings: Optional[Settings],
                timeout: Optional[float]) -> Iterator[tuple[Task, Optional[Done], Optional[str]]]:
    """Tasks in this process (no start-up cost, easy to debug); the timeout is a SIGALRM
    timer, available on the main thread of a POSIX process (elsewhere ``execute`` runs
    the tasks in one worker process instead)."""
    alarm = bool(timeout) and _alarm_available()
    old = signal.signal(signal.SIGALRM, _on_alarm) if alarm else None
    try:
        for task in tasks:
            try:
                if alarm:
                    _ALARM_ARMED[0] = True
                    signal.setitimer(signal.ITIMER_REAL, timeout)
                result = work(task, d, settings)
                _ALARM_ARMED[0] = False
            except _DocTimeout:
                result = (None, _timed_out(task, timeout))
            finally:
                _ALARM_ARMED[0] = False
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            yield (task, *result)
    finally:
        if alarm:
            signal.signal(signal.SIGALRM, old)


def execute(tasks: list[Task], docs_dir: Path, jobs: int, scheduler: Optional[str],
            timeout: Optional[float], settings: Optional[Settings] = None
            ) -> Iterator[tuple[Task, Optional[Done], Optional[str]]]:
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
            for task, fut in _bounded(tasks, lambda t: ex.submit(work, t, d, settings), n * IN_FLIGHT_PER_WORKER):
                yield (task, *_outcome(task, fut, timeout))
        return
    n = min(jobs or os.cpu_count() or 1, len(tasks))
    if n == 1 and (not timeout or _alarm_available()):
        yield from _in_process(tasks, d, settings, timeout)
        return
    # Several workers, or one with a timeout that no SIGALRM can enforce here (extract_dir
    # called from a thread, e.g. a notebook's or a web app's): worker processes, which the
    # pool can stop at the deadline.
    import multiprocessing
    from pebble import ProcessPool
    context = None
    if "fork" in multiprocessing.get_all_start_methods():
        # Forked workers inherit the loaded spaCy pipeline and lexicons: load them once here
        # rather than once per worker (and again whenever a worker is replaced).
        context = multiprocessing.get_context("fork")
        _warm_up(settings)
    pool = ProcessPool(max_workers=n, max_tasks=WORKER_MAX_TASKS, context=context,
                       initializer=_init_worker, initargs=(settings,))
    try:
        submit = lambda t: pool.schedule(work, args=(t, d), timeout=timeout)  # noqa: E731
        for task, fut in _bounded(tasks, submit, n * IN_FLIGHT_PER_WORKER):
            yield (task, *_outcome(task, fut, timeout))
    except BaseException:
        pool.stop()    # interrupted: kill the workers now rather than finish the queue
        raise
    finally:
        pool.close()
        pool.join()


def _warm_up(settings: Optional[Settings] = None) -> None:
    """Fill the lazy caches of every stage with a tiny document."""
    from .models import RawDocument
    from .pipeline import process_raw
    text = ("SERANG - Surat Edaran Nomor 800/1/BKD/2023 menyebutkan ASN dilarang sebagai berikut:"
            "\n\n1. memasang spanduk calon;\n\n2. wajib netral.")
    doc = process_raw(RawDocument(doc_id="warm-up", path="", data=text.encode(), format="text", sha256="0" * 64),
                      settings=settings)
    # and a page: the HTML stage's rules and parsers, which every worker would build again
    page = (f"<html><head><title>Netralitas ASN</title></head><body><article><h1>Netralitas ASN</h1>"
            f"<p>{text.replace(chr(10), ' ')}</p></article></body></html>")
    process_raw(RawDocument(doc_id="warm-up", path="", data=page.encode(), format="html", sha256="0" * 64),
                settings=settings)
    duplicates.sketch(doc["text"], settings=settings)      # numpy and the hash functions, once


# ------------------------------------------------------------------ finish

def _remove_temp_files(*dirs: Path) -> None:
    """Temp files of a run killed mid-write (atomic_write's '.tmp-*.tmp', and the
    '.NAME.*.tmp' of earlier versions)."""
    for d in dirs:
        for tmp in d.glob(".*.tmp"):
            try:
                tmp.unlink()
            except OSError:
                pass


def _is_transient(error: str) -> bool:
    return any(w in error for w in TRANSIENT_ERRORS)


KEPT_NOTE = "the document of an earlier run is kept"


def _finish(tasks: list[Task], out_dir: Path, docs_dir: Path, errors: dict[str, str],
            done: dict[str, Done], state: dict, settings: Optional[Settings] = None,
            kept: Optional[dict[str, str]] = None) -> list[str]:
    """Index files (the manifest last), then stale documents removed; returns their ids.
    An input whose transient failure keeps an earlier document moves from ``errors`` to
    ``kept`` (one document or one error, never both)."""
    kept = {} if kept is None else kept
    lines, rows, live, live_rows = [], [], set(), {}
    for t in tasks:
        d = done.get(t.path) or t.indexed     # done by this run, or unchanged since an earlier one
        if t.path in errors:
            d = None
            if _is_transient(errors[t.path]):
                # a timeout or a dead worker says nothing about the input: keep its last good document
                stored = _stored(docs_dir / f"{t.doc_id}.json")
                if stored is not None:
                    d = _done(stored, t.path, serialise=False)
                    kept[t.path] = f"{errors.pop(t.path)}: {KEPT_NOTE}"
                    d.row = {**d.row, "kept": display_path(kept[t.path])}
        if d is None:
            continue
        live.add(t.doc_id)
        live_rows[t.path] = d.row
        lines += d.clause_lines
        rows.append(d.row)
    write_index(out_dir, "\n".join(lines) + ("\n" if lines else ""),
                [{"path": display_path(p), "error": display_path(e)} for p, e in sorted(errors.items())],
                {"schema_version": config.SCHEMA_VERSION,
                 "stages": {fmt: config.stage_versions(fmt, settings) for fmt in ("text", "html")},
                 "inputs": rows})
    # near-duplicate clusters of the documents kept, from the sketches the workers made or
    # the cache kept (a document without one is read and sketched, and the cache keeps it)
    # (an entry's sketch is that of its own bytes: kept only where they are the document's)
    cached = {p: e for p, e in state["inputs"].items() if p in live_rows and e["sha256"] == live_rows[p]["sha256"]}
    sketches = {live_rows[p]["doc_id"]: e.get("sketch") for p, e in cached.items()}
    duplicates.write_duplicates(out_dir, rows, settings=settings, sketches=sketches)
    for p, e in cached.items():
        if sketches.get(live_rows[p]["doc_id"]):
            e["sketch"] = sketches[live_rows[p]["doc_id"]]
    removed = []
    for doc_path in docs_dir.glob("*.json"):     # inputs gone or failed: their outputs are stale
        if doc_path.stem not in live:
            try:
                doc_path.unlink()
                removed.append(doc_path.stem)
            except FileNotFoundError:
                pass
    atomic_write(out_dir / STATE_FILE, _state_chunks(state))
    return sorted(removed)


_DEFAULT_TIMEOUT = object()


def _guard(inputs: list[Path], docs_dir: Path, raw_dir: Path, prune: bool) -> None:
    """Refuse a run that would empty or mostly empty OUT_DIR by mistake."""
    if prune:
        return
    if not inputs:
        raise InputError(raw_dir, "no inputs (.txt, .html or .htm files) in the input directory: "
                                  "nothing extracted, nothing removed (--prune empties OUT_DIR on purpose)")
    existing = {p.stem for p in docs_dir.glob("*.json")}
    gone = existing - {p.stem for p in inputs}
    if existing and len(gone) > MAX_PRUNE_SHARE * len(existing):
        raise InputError(raw_dir, f"would remove {len(gone)} of the {len(existing)} documents in {docs_dir} "
                                  "(their inputs are not in this directory): is it the right RAW_DIR? "
                                  "Nothing was changed; --prune removes them on purpose")


def extract_dir(raw_dir: str | os.PathLike = "raw", out_dir: str | os.PathLike = "extracted", *,
                jobs: int = 0, force: bool = False, scheduler: Optional[str] = None,
                progress: bool = False, timeout=_DEFAULT_TIMEOUT, prune: bool = False,
                settings: Optional[Settings] = None) -> RunReport:
    """Extract every input of ``raw_dir`` into ``out_dir`` (see docs/contract.md).

    ``jobs``: worker processes (0 = one per core, 1 = in this process); ``scheduler``: a
    dask.distributed address such as ``tcp://10.0.0.5:8786`` (workers must see raw_dir);
    ``force``: process unchanged inputs again; ``timeout``: seconds per document (default:
    ``settings.doc_timeout``; None or 0: none); ``prune``: allow removing most (or all)
    documents of ``out_dir`` whose inputs are gone; ``settings``: data files and knobs
    of every stage (default: shipped). Per-file errors go to errors.json and the run goes on.
    Holds ``out_dir``'s exclusive lock (outputs.lock) for the whole run."""
    settings = resolve(settings)
    if timeout is _DEFAULT_TIMEOUT:
        timeout = settings.doc_timeout
    timeout = timeout or None
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    docs_dir = Layout(out_dir).documents
    inputs, notes = scan_raw(raw_dir)
    with lock(out_dir, exclusive=True):
        _guard(inputs, docs_dir, raw_dir, prune)
        try:
            docs_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(docs_dir, exc) from None
        return _run(inputs, notes, out_dir, docs_dir, jobs, force, scheduler, progress, timeout, settings)


def _run(inputs, notes, out_dir: Path, docs_dir: Path, jobs: int, force: bool, scheduler: Optional[str],
         progress: bool, timeout: Optional[float], settings: Settings) -> RunReport:
    _remove_temp_files(out_dir, docs_dir)
    old_state = _read_state(out_dir)
    tasks = plan(inputs, docs_dir, old_state, force, settings)
    for path, reason, is_error in notes:
        if is_error:
            tasks.append(Task(str(path), path.stem, "fail", error=f"{display_path(path)}: {reason}"))
    tasks.sort(key=lambda t: t.path)
    state: dict = {"inputs": {}}
    errors: dict[str, str] = {}
    done: dict[str, Done] = {}          # this run's documents: clause lines and manifest rows
    report = RunReport(warnings=[f"{display_path(p)}: {r}" for p, r, e in notes if not e])

    def remember(task: Task, error: Optional[str] = None, fmt: Optional[str] = None,
                 sha256: Optional[str] = None, st: Optional[tuple] = None,
                 sketch: Optional[str] = None) -> None:
        # Cache only what was read: the (size, mtime) the bytes were hashed or read under.
        sha256 = sha256 or task.sha256
        st = st or task.stat
        if sha256 is None or st is None:
            return
        entry = {"size": st[0], "mtime_ns": st[1], "sha256": sha256, "encoding_hint": task.encoding_hint}
        if error and fmt and not _is_transient(error):
            entry["failed"] = {"error": error, "format": fmt, "stages": config.stage_versions(fmt, settings)}
        if sketch is None and not error:    # unchanged: the sketch the cache has for these bytes
            old = old_state["inputs"].get(task.path) or {}
            sketch = old.get("sketch") if old.get("sha256") == sha256 else None
        if sketch is not None:
            entry["sketch"] = sketch
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
            # only where the page lives or came from changed: rewrite those fields in place
            doc_path = docs_dir / f"{t.doc_id}.json"
            try:
                doc = json.loads(doc_path.read_text(encoding="utf-8"))
                doc["source"]["path"] = display_path(t.path)
                doc["source"].update(t.origin or {})
                atomic_write(doc_path, dumps(doc))
                t.indexed = _done(doc, t.path, serialise=False)
            except OutputError as exc:
                if exc.errno in FATAL_WRITE_ERRNOS:
                    raise
                errors[t.path] = str(exc)
                continue
            except (OSError, ValueError, KeyError, TypeError) as exc:
                errors[t.path] = f"{display_path(t.path)}: {type(exc).__name__}: {exc}"
                continue
            report.skipped.append(t.path)
            remember(t)
        else:
            todo.append(t)

    bar = _progress_bar(len(todo), progress)
    try:
        for task, doc, err in execute(todo, docs_dir, jobs, scheduler, timeout, settings):
            if not err:
                try:
                    atomic_write(docs_dir / f"{task.doc_id}.json", doc.json)
                except OutputError as exc:
                    if exc.errno in FATAL_WRITE_ERRNOS:
                        raise       # no output can be written: stop, keep what is on disk
                    err = str(exc)
            if err:
                errors[task.path] = err
                remember(task, err, _format_of(task.path))
            else:
                doc.json = ""                   # written: keep only what the index files need
                done[task.path] = doc
                report.processed.append(task.path)
                remember(task, sha256=doc.row["sha256"], st=doc.stat, sketch=doc.sketch)
            if bar:
                bar.update(1)
    except KeyboardInterrupt:
        # The documents written so far stay (each one whole); clauses.jsonl and the
        # manifest stay those of the last complete run; the next run resumes.
        report.interrupted = True
    except OutputError:
        _save_state(out_dir, state)
        raise
    finally:
        if bar:
            bar.close()
    if report.interrupted:
        _save_state(out_dir, state)
    else:
        kept: dict[str, str] = {}
        report.removed = _finish(tasks, out_dir, docs_dir, errors, done, state, settings, kept)
        report.kept = [{"path": display_path(p), "error": display_path(e)} for p, e in sorted(kept.items())]
    report.errors = [{"path": display_path(p), "error": display_path(e)} for p, e in sorted(errors.items())]
    report.processed.sort()
    if progress:
        _summary(report, out_dir)
    if report.interrupted:
        raise KeyboardInterrupt
    return report


def _save_state(out_dir: Path, state: dict) -> None:
    try:
        atomic_write(out_dir / STATE_FILE, _state_chunks(state))
    except OutputError:
        pass      # a cache: the next run re-hashes


def _state_chunks(state: dict) -> Iterator[str]:
    """``json.dumps(state, sort_keys=True)`` in pieces, one per input: the cache holds each
    input's near-duplicate sketch (~2 KB), and encoding 10,000 of them at once held the
    text three times over (pieces, joined string, bytes) at the end of a run."""
    inputs = state.get("inputs")
    if not isinstance(inputs, dict) or not all(isinstance(k, str) for k in state) \
            or not all(isinstance(k, str) for k in inputs):
        yield json.dumps(state, sort_keys=True)
        return
    yield "{"
    for n, key in enumerate(sorted(state)):
        yield (", " if n else "") + json.dumps(key) + ": "
        if key != "inputs":
            yield json.dumps(state[key], sort_keys=True)
            continue
        yield "{"
        for i, path in enumerate(sorted(inputs)):
            yield (", " if i else "") + json.dumps(path) + ": " + json.dumps(inputs[path], sort_keys=True)
        yield "}"
    yield "}"


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
    for w in report.warnings[:MAX_ERRORS_SHOWN]:
        print(f"warning: {w}", file=sys.stderr)
    for k in report.kept[:MAX_ERRORS_SHOWN]:
        print(f"warning: {k['error']}", file=sys.stderr)
    for e in report.errors[:MAX_ERRORS_SHOWN]:
        print(f"error: {e['error']}", file=sys.stderr)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        print(f"... and {len(report.errors) - MAX_ERRORS_SHOWN} more in {out_dir / 'errors.json'}", file=sys.stderr)
    what = "interrupted" if report.interrupted else "extract"
    print(f"{what}: {len(report.processed)} processed, {len(report.skipped)} unchanged, "
          + (f"{len(report.kept)} kept from an earlier run, " if report.kept else "")
          + f"{len(report.errors)} failed -> {out_dir}", file=sys.stderr)
    if report.interrupted:
        print("run the same command again to resume", file=sys.stderr)
