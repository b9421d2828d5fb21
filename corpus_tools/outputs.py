"""The output layout of an extraction and its readers: the one module that knows file names.

    OUT_DIR/
      documents/<doc_id>.json     one document (cleaned text, metadata, clauses)
      clauses.jsonl               every clause, one per line, sorted by (doc_id, start)
      errors.json                 inputs that could not be processed
      manifest.json               stage versions and one row per input
      .state.json                 cache of sizes, mtimes, hashes (deleting it costs re-hashing)
      .lock                       held by `extract` (exclusive) and by readers (shared)
      duplicates.json             near-duplicate clusters {doc_id: cluster_id}
      comparison/                 what `corpus-tools compare` writes

    1. lock            one writer or many readers per OUT_DIR (fcntl.flock; released by the
                       kernel when a process dies, so a killed run never leaves it held)
    2. stored reads    a stored document as plan() and the index files need it
    3. index switch    clauses.jsonl and errors.json first, then manifest.json naming their
                       hashes: the manifest is the switch, and an index step cut short (kill -9,
                       full disk) is seen by `validate` as files that do not match it
    4. readers         iter_documents, load_documents, load_clauses

Compare, validate, export and report read outputs through this module only, so they never
import the spaCy pipeline.
"""
from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Iterator, Optional, TypedDict

from .io import InputError, OutputError, atomic_write, display_path, dumps, file_mode

DOCUMENTS = "documents"
CLAUSES = "clauses.jsonl"
ERRORS = "errors.json"
MANIFEST = "manifest.json"
STATE = ".state.json"
COMPARISON = "comparison"
COMPARISON_JSON = "comparison.json"
LOCK = ".lock"
# Files the manifest names with their hashes (written before it, in this order).
INDEX_FILES = (CLAUSES, ERRORS)


class Source(TypedDict):
    path: str
    sha256: str
    format: str
    encoding: str
    bytes: int


class Document(TypedDict, total=False):
    """A stored document (docs/contract.md; schemas/document.schema.json)."""
    doc_id: str
    schema_version: int
    pipeline_version: str
    stages: dict[str, str]
    source: Source
    title: Optional[str]
    outlet: Optional[str]
    author: Optional[str]
    editor: Optional[str]
    published: Optional[str]
    dateline: Optional[str]
    issuer: Optional[str]
    region: Optional[str]
    region_code: Optional[str]
    circulars: list[dict]
    text: str
    removed: list[dict]
    clauses: list[dict]
DUPLICATES = "duplicates.json"        # near-duplicate clusters (corpus_tools.duplicates)


class Layout:
    """Paths of one output directory."""

    def __init__(self, out_dir: str | os.PathLike):
        self.root = Path(out_dir)

    @property
    def documents(self) -> Path:
        return self.root / DOCUMENTS

    def document(self, doc_id: str) -> Path:
        return self.documents / f"{doc_id}.json"

    @property
    def clauses(self) -> Path:
        return self.root / CLAUSES

    @property
    def errors(self) -> Path:
        return self.root / ERRORS

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST

    @property
    def state(self) -> Path:
        return self.root / STATE

    @property
    def comparison(self) -> Path:
        return self.root / COMPARISON

    @property
    def lock(self) -> Path:
        return self.root / LOCK

    @property
    def duplicates(self) -> Path:
        return self.root / DUPLICATES

    def document_paths(self) -> list[Path]:
        return sorted(self.documents.glob("*.json"))


# ------------------------------------------------------------------ 1. lock

class OutputLocked(InputError):
    """Another run holds OUT_DIR's lock."""


@contextlib.contextmanager
def lock(out_dir: str | os.PathLike, exclusive: bool = True) -> Iterator[None]:
    """Hold OUT_DIR's lock: ``exclusive`` for a writer (extract), shared for readers
    (compare, validate, export). Never waits: a held lock is an OutputLocked error naming
    the folder. A reader of a folder it cannot write (read-only media) reads unlocked."""
    import fcntl
    path = Layout(out_dir).lock
    try:
        if exclusive:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), file_mode())
    except OSError as exc:
        if exclusive:
            raise OutputError(out_dir if not Path(out_dir).is_dir() else path, exc) from None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            yield                # nothing there, or unreadable: no writer can be using it
            return
    try:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise
            who = ("another corpus-tools run is using it" if exclusive
                   else "corpus-tools extract is writing it")
            raise OutputLocked(out_dir, f"{who} (lock {LOCK} held); wait for it to finish") from None
        try:
            yield
        finally:
            # LOCK_UN, not only close: forked worker processes share the descriptor
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


# ------------------------------------------------------------------ 2. stored reads

def stored_document(path: str | os.PathLike) -> Optional[Document]:
    """A stored document with what an incremental run and its index entries read, or None
    when it is missing, broken or lacks them (then its input is extracted again)."""
    try:
        with open(path, encoding="utf-8") as fh:
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


def clause_line(clause: dict, url: Optional[str]) -> dict:
    """A document clause as its clauses.jsonl record: the clause with the document's
    ``source.url`` after ``doc_id``, so a line can be cited without its document."""
    return {"doc_id": clause.get("doc_id"), "url": url, **clause}


def clause_lines(doc: Document) -> list[str]:
    """A document's clauses as clauses.jsonl lines."""
    url = (doc.get("source") or {}).get("url")
    return [json.dumps(clause_line(c, url), ensure_ascii=False) for c in doc["clauses"]]


def manifest_row(doc: Document, path: str, n_clauses: int) -> dict:
    """A document's row of manifest.json."""
    return {"path": display_path(path), "doc_id": doc["doc_id"], "sha256": doc["source"]["sha256"],
            "format": doc["source"]["format"], "pipeline_version": doc["pipeline_version"],
            "clauses": n_clauses}


# ------------------------------------------------------------------ 3. index switch

def _sha(text: bytes) -> str:
    return hashlib.sha256(text).hexdigest()


def write_index(out_dir: str | os.PathLike, clause_text: str, errors: list[dict], manifest: dict) -> None:
    """Write clauses.jsonl, errors.json, then manifest.json naming their hashes (the switch).
    Documents no longer listed are removed by the caller only after this returns."""
    layout = Layout(out_dir)
    payloads = {CLAUSES: clause_text.encode("utf-8"), ERRORS: dumps(errors).encode("utf-8")}
    for name in INDEX_FILES:
        atomic_write(layout.root / name, payloads[name])
    atomic_write(layout.manifest, dumps({**manifest, "index": {n: _sha(payloads[n]) for n in INDEX_FILES}}))


def resume_command(out_dir: str | os.PathLike, manifest: Any = None,
                   documents: Optional[dict[str, dict]] = None) -> str:
    """The command that brings OUT_DIR's index up to date: the extract that made it, with
    the input folder taken from manifest.json's rows, else from the documents' source
    paths (a first run cut short), else RAW_DIR."""
    layout = Layout(out_dir)
    if manifest is None:
        try:
            manifest = json.loads(layout.manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            manifest = None
    rows = manifest.get("inputs") if isinstance(manifest, dict) else None
    if not rows:
        rows = [d.get("source") for d in (documents or {}).values() if isinstance(d, dict)]
    folders = [str(Path(r["path"]).parent) for r in rows or []
               if isinstance(r, dict) and isinstance(r.get("path"), str)]
    raw = max(sorted(set(folders)), key=folders.count) if folders else "RAW_DIR"
    return f"corpus-tools extract {_shell_word(raw)} --out {_shell_word(str(layout.root))}"


def _shell_word(word: str) -> str:
    import shlex
    return shlex.quote(word)


def index_problems(out_dir: str | os.PathLike, documents: Optional[dict[str, dict]] = None) -> list[str]:
    """Why the index files are not one corpus with the documents: a file that is not the one
    manifest.json names (an index step cut short), a row whose document is missing or is
    not the row's (another sha256: an interrupted run re-extracted it), a document no row
    names (an interrupted run wrote it), an input listed both as a document and as an
    error. Each problem says the command that repairs it. Empty when consistent or when
    there is no manifest. ``documents``: the parsed documents by doc_id, when the caller
    has read them (then rows are checked against them)."""
    layout = Layout(out_dir)
    try:
        manifest = json.loads(layout.manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []        # missing or broken: validate reports the file itself
    if not isinstance(manifest, dict):
        return []
    fix = f"run `{resume_command(out_dir, manifest)}` again"
    problems = []
    index = manifest.get("index")
    if isinstance(index, dict):
        for name in INDEX_FILES:
            try:
                digest = _sha((layout.root / name).read_bytes())
            except OSError:
                continue          # validate reports a missing file
            if index.get(name) != digest:
                problems.append(f"{layout.root / name}: not the file {MANIFEST} names (an index step was "
                                f"cut short); {fix}")
    rows = manifest.get("inputs")
    if isinstance(rows, list):
        rows = [r for r in rows if isinstance(r, dict)]
        named = {r.get("doc_id") for r in rows}
        for r in rows:
            doc_id = r.get("doc_id")
            if not isinstance(doc_id, str):
                continue
            if not layout.document(doc_id).is_file():
                problems.append(f"{layout.manifest}: row {r.get('path')!r} names {DOCUMENTS}/{doc_id}.json, "
                                f"which is missing; {fix}")
                continue
            doc = (documents or {}).get(doc_id)
            source = doc.get("source") if isinstance(doc, dict) else None
            if isinstance(source, dict) and source.get("sha256") != r.get("sha256"):
                problems.append(f"{layout.document(doc_id)}: not the document {MANIFEST} names (written by a "
                                f"run that did not finish); {fix}")
        for p in layout.document_paths():
            if p.stem not in named:
                problems.append(f"{p}: not in {MANIFEST} (written by a run that did not finish); {fix}")
        try:
            errors = json.loads(layout.errors.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            errors = None         # validate reports the file itself
        failed = {e.get("path") for e in errors if isinstance(e, dict)} if isinstance(errors, list) else set()
        for r in rows:
            if r.get("path") in failed:
                problems.append(f"{layout.errors}: {r['path']} is both an error and a document in {MANIFEST} "
                                "(an input ends with one or the other)")
    return problems


# ------------------------------------------------------------------ 4. readers

def read_document(path: str | os.PathLike) -> dict:
    """One stored document; a damaged file is an InputError naming it."""
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, ValueError) as exc:
        raise InputError(path, f"unreadable document ({exc}); run `corpus-tools extract` again") from exc
    if not isinstance(doc, dict):
        raise InputError(path, "not a document (a JSON object was expected); run `corpus-tools extract` again")
    return doc


def iter_documents(out_dir: str | os.PathLike = "extracted") -> Iterator[dict]:
    """Documents of an extraction one at a time, in doc_id order (memory: one document)."""
    for p in Layout(out_dir).document_paths():
        yield read_document(p)


# ---------------------------------------------------------------- notebook readers
# Always DataFrames (``records=True``: lists of dicts), each row carrying its article's URL.

def load_documents(out_dir: str | os.PathLike = "extracted", *, records: bool = False):
    """One row per document: URL, outlet, title, published date, region name and code,
    issuer, the circular's number and date, duplicate cluster and text (columns:
    ``corpus_tools.export.DOCUMENT_COLUMNS``). ``records=True``: the stored document dicts
    themselves (docs/contract.md), with their clauses.

    >>> import corpus_tools as ct
    >>> docs = ct.load_documents(SEEDS_OUT)                              # doctest: +SKIP
    >>> docs[["doc_id", "region", "region_code", "url"]].head(2)         # doctest: +SKIP
    """
    if records:
        return list(iter_documents(out_dir))
    from .export import DOCUMENT_COLUMNS, frame, tables
    return frame(tables(out_dir, need=("documents",))["documents"], DOCUMENT_COLUMNS)


def load_clauses(out_dir: str | os.PathLike = "extracted", *, records: bool = False):
    """One row per clause (docs/contract.md fields) with its document's URL, outlet,
    published date, region, issuer, circular date and cluster joined in.
    ``records=True``: the same rows as a list of dicts."""
    from .export import CLAUSE_COLUMNS, frame, tables
    rows = tables(out_dir, need=("clauses",))["clauses"]
    return rows if records else frame(rows, CLAUSE_COLUMNS)


def load_alignments(out_dir: str | os.PathLike = "extracted", *, comparison: str | os.PathLike | None = None,
                    records: bool = False):
    """One row per circular x baseline clause (status, score, changes) and per added
    regional clause, with region, issuer, witnesses, clusters and URLs. Reads
    ``OUT_DIR/comparison/comparison.json`` (or ``comparison``): run compare first."""
    from .export import ALIGNMENT_COLUMNS, frame, tables
    path = Path(comparison) if comparison else Layout(out_dir).comparison / COMPARISON_JSON
    if not path.is_file():
        raise InputError(path, "no comparison here: run `corpus-tools compare` first")
    rows = tables(out_dir, path, need=("alignments",))["alignments"]
    return rows if records else frame(rows, ALIGNMENT_COLUMNS)
