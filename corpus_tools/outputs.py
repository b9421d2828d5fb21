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
from typing import Iterator, Optional

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


def load_documents(out_dir: str | os.PathLike = "extracted") -> list[dict]:
    """Every document of an extraction (dicts as in docs/contract.md), in doc_id order."""
    return list(iter_documents(out_dir))


def load_clauses(out_dir: str | os.PathLike = "extracted", as_frame: Optional[bool] = None):
    """Clauses of an extraction as a list of dicts, or a pandas DataFrame when pandas is
    installed (``as_frame=None``) or asked for (``as_frame=True``)."""
    path = Layout(out_dir).clauses
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot read clauses ({exc.strerror or exc}); run `corpus-tools extract` first") from exc
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    if as_frame is False:
        return rows
    try:
        import pandas as pd
    except ImportError:
        if as_frame:
            raise
        return rows
    return pd.DataFrame(rows)
