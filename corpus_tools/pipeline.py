"""The extraction pipeline: raw files -> documents/*.json + clauses.jsonl.

    extract_file(path)          one input -> document dict (with its clauses)
    extract_dir(raw, out)       every input, in parallel, incremental, atomic
    load_clauses(out)           clauses as a list of dicts, or a DataFrame with pandas
"""
from __future__ import annotations

import dataclasses
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from . import config
from .clauses import extract_clauses
from .clean import clean
from .io import InputError, atomic_write, dumps, read_input
from .metadata import find_circulars, issuer_and_region
from .segment import segment


def process_raw(raw) -> dict:
    """RawDocument -> document dict (clean -> segment -> clauses -> normalise -> metadata)."""
    cdoc = clean(raw)
    text = cdoc.text
    paras, sents = segment(text)
    clauses = extract_clauses(raw.doc_id, text, paras, sents)
    circulars = find_circulars(text)
    issuer, region, region_code = issuer_and_region(text)
    main_key = circulars[0].key if circulars else None
    for c in clauses:
        c.text = text[c.start:c.end]
        if c.source == "circular":
            c.circular = main_key
    return {
        "doc_id": raw.doc_id,
        "schema_version": config.SCHEMA_VERSION,
        "pipeline_version": config.pipeline_version(),
        "source": {"path": raw.path, "sha256": raw.sha256, "format": raw.format,
                   "encoding": cdoc.encoding, "bytes": len(raw.data)},
        "title": cdoc.title, "outlet": cdoc.outlet, "author": cdoc.author, "editor": cdoc.editor,
        "published": cdoc.published, "dateline": cdoc.dateline,
        "issuer": issuer, "region": region, "region_code": region_code,
        "circulars": [dataclasses.asdict(c) for c in circulars],
        "text": text,
        "removed": [dataclasses.asdict(r) for r in cdoc.removed],
        "clauses": [dataclasses.asdict(c) for c in clauses],
    }


def extract_file(path: str | os.PathLike, doc_id: Optional[str] = None) -> dict:
    """One input file -> its document dict. Raises InputError naming the file."""
    raw = read_input(path, doc_id)
    try:
        return process_raw(raw)
    except InputError:
        raise
    except Exception as exc:  # a bug or hostile input: report it against the file, never crash the run
        raise InputError(path, f"{type(exc).__name__}: {exc}") from exc


def find_inputs(raw_dir: str | os.PathLike) -> list[Path]:
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise InputError(raw_dir, "input directory not found")
    suffixes = config.TEXT_SUFFIXES + config.HTML_SUFFIXES
    return sorted(p for p in raw_dir.iterdir() if p.is_file() and p.suffix.lower() in suffixes
                  and not p.name.startswith("."))


@dataclass
class RunReport:
    processed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _work(path: str) -> tuple[str, Optional[dict], Optional[str]]:
    try:
        return path, extract_file(path), None
    except InputError as exc:
        return path, None, str(exc)


def _unchanged(doc_path: Path, sha: str) -> bool:
    try:
        with open(doc_path, encoding="utf-8") as fh:
            old = json.load(fh)
        return old["source"]["sha256"] == sha and old["pipeline_version"] == config.pipeline_version()
    except (OSError, ValueError, KeyError):
        return False


def extract_dir(raw_dir: str | os.PathLike = "raw", out_dir: str | os.PathLike = "extracted", *,
                jobs: int = 0, force: bool = False, scheduler: Optional[str] = None,
                progress: bool = False) -> RunReport:
    """Extract every input of ``raw_dir`` into ``out_dir`` (see docs/contract.md).

    Inputs whose bytes and pipeline version are unchanged are not processed again
    (unless ``force``); per-file errors go to errors.json and the run goes on."""
    import hashlib
    out_dir = Path(out_dir)
    docs_dir = out_dir / "documents"
    docs_dir.mkdir(parents=True, exist_ok=True)
    inputs = find_inputs(raw_dir)
    report = RunReport()
    stems = {}
    for p in inputs:
        stems.setdefault(p.stem, []).append(p)
    for p in inputs:   # a.txt and a.html would both write documents/a.json: neither is taken
        if len(stems[p.stem]) > 1:
            others = ", ".join(q.name for q in stems[p.stem] if q != p)
            report.errors.append({"path": str(p), "error": str(InputError(p, f"doc_id {p.stem!r} is also that of {others}: rename one"))})
    inputs = [p for p in inputs if len(stems[p.stem]) == 1]
    todo = []
    for p in inputs:
        doc_path = docs_dir / f"{p.stem}.json"
        if not force and doc_path.exists() and p.stat().st_size <= config.MAX_INPUT_BYTES \
                and _unchanged(doc_path, hashlib.sha256(p.read_bytes()).hexdigest()):
            report.skipped.append(str(p))
        else:
            todo.append(str(p))
    for path, doc, err in _run(todo, jobs, scheduler, progress):
        if err:
            report.errors.append({"path": path, "error": err})
            print(f"error: {err}", file=sys.stderr)
            continue
        atomic_write(docs_dir / f"{doc['doc_id']}.json", dumps(doc))
        report.processed.append(path)
    # Outputs of inputs that are gone are stale: remove them so clauses.jsonl mirrors raw/.
    live = {p.stem for p in inputs}
    for stale in docs_dir.glob("*.json"):
        if stale.stem not in live:
            stale.unlink()
    failed = {Path(e["path"]).stem for e in report.errors}
    lines = []
    for p in inputs:
        doc_path = docs_dir / f"{p.stem}.json"
        if p.stem in failed or not doc_path.exists():
            if doc_path.exists():
                doc_path.unlink()
            continue
        with open(doc_path, encoding="utf-8") as fh:
            for c in json.load(fh)["clauses"]:
                lines.append(json.dumps(c, ensure_ascii=False))
    atomic_write(out_dir / "clauses.jsonl", "\n".join(lines) + ("\n" if lines else ""))
    atomic_write(out_dir / "errors.json", dumps(sorted(report.errors, key=lambda e: e["path"])))
    atomic_write(out_dir / "manifest.json", dumps({
        "pipeline_version": config.pipeline_version(), "schema_version": config.SCHEMA_VERSION,
        "inputs": [{"path": str(p), "doc_id": p.stem} for p in inputs if p.stem not in failed]}))
    if progress:
        print(f"extract: {len(report.processed)} processed, {len(report.skipped)} unchanged, "
              f"{len(report.errors)} failed -> {out_dir}", file=sys.stderr)
    return report


def _run(paths: list[str], jobs: int, scheduler: Optional[str], progress: bool) -> Iterable[tuple]:
    """Map _work over paths: a dask.distributed cluster, a process pool, or in-process."""
    if not paths:
        return []
    if scheduler:
        from dask.distributed import Client
        with Client(scheduler) as client:
            with client.get_executor() as ex:
                return list(_progress(ex.map(_work, paths), len(paths), progress))
    n = jobs or os.cpu_count() or 1
    if n == 1 or len(paths) == 1:
        return list(_progress(map(_work, paths), len(paths), progress))
    with ProcessPoolExecutor(max_workers=min(n, len(paths))) as ex:
        return list(_progress(ex.map(_work, paths, chunksize=8), len(paths), progress))


def _progress(it, total: int, enabled: bool):
    if enabled and sys.stderr.isatty():
        from tqdm import tqdm
        return tqdm(it, total=total, unit="doc", desc="extract")
    return it


def load_documents(out_dir: str | os.PathLike = "extracted") -> list[dict]:
    docs_dir = Path(out_dir) / "documents"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(docs_dir.glob("*.json"))]


def load_clauses(out_dir: str | os.PathLike = "extracted", as_frame: Optional[bool] = None):
    """Clauses of an extraction as a list of dicts, or a pandas DataFrame when pandas is
    installed (``as_frame=None``) or asked for (``as_frame=True``)."""
    path = Path(out_dir) / "clauses.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if as_frame is False:
        return rows
    try:
        import pandas as pd
    except ImportError:
        if as_frame:
            raise
        return rows
    return pd.DataFrame(rows)
