"""The output layout of an extraction and its readers: the one module that knows file names.

    OUT_DIR/
      documents/<doc_id>.json     one document (cleaned text, metadata, clauses)
      clauses.jsonl               every clause, one per line, sorted by (doc_id, start)
      errors.json                 inputs that could not be processed
      manifest.json               stage versions and one row per input
      .state.json                 cache of sizes, mtimes, hashes (deleting it costs re-hashing)
      duplicates.json             near-duplicate clusters {doc_id: cluster_id}
      comparison/                 what `corpus-tools compare` writes

Compare, validate, export and report read outputs through this module only, so they never
import the spaCy pipeline.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from .io import InputError

DOCUMENTS = "documents"
CLAUSES = "clauses.jsonl"
ERRORS = "errors.json"
MANIFEST = "manifest.json"
STATE = ".state.json"
COMPARISON = "comparison"
COMPARISON_JSON = "comparison.json"
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
    def duplicates(self) -> Path:
        return self.root / DUPLICATES

    def document_paths(self) -> list[Path]:
        return sorted(self.documents.glob("*.json"))


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
