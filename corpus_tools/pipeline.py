"""The extraction chain for one document, and loaders for its outputs.

    extract_file(path)          one input -> document dict (with its clauses)
    (readers of stored outputs: corpus_tools.outputs)

Many documents (parallel, incremental, atomic) are batch.extract_dir's job.
"""
from __future__ import annotations

import os
from typing import Optional

from . import config
from .clauses import extract_clauses
from .clean import clean
from .io import InputError, read_input
from .metadata import document_metadata
from .models import as_record
from .provenance import UNKNOWN
from .segment import segment
from .settings import Settings


# Fields of a document that the clean stage produces (reused when only analysis is stale).
CLEAN_FIELDS = ("source", "title", "outlet", "author", "editor", "published", "dateline", "text", "removed")


def clean_stage(raw) -> dict:
    """RawDocument -> the clean stage's fields of its document."""
    cdoc = clean(raw)
    return {"source": {"path": raw.path, "sha256": raw.sha256, "format": raw.format,
                       "encoding": cdoc.encoding, "bytes": len(raw.data),
                       **(raw.provenance or UNKNOWN).fields()},
            "title": cdoc.title, "outlet": cdoc.outlet, "author": cdoc.author, "editor": cdoc.editor,
            "published": cdoc.published, "dateline": cdoc.dateline,
            "text": cdoc.text, "removed": [as_record(r) for r in cdoc.removed]}


def analyse(doc_id: str, cleaned: dict, *, settings: Optional[Settings] = None) -> dict:
    """Clean-stage fields -> the whole document (segment -> clauses -> normalise -> metadata)."""
    text = cleaned["text"]
    paras, sents = segment(text, settings=settings)
    clauses = extract_clauses(doc_id, text, paras, sents, settings=settings)
    meta = document_metadata(text, cleaned["published"], settings=settings)
    circulars = meta["circulars"]
    main_key = circulars[0].key if circulars else None
    for c in clauses:
        c.text = text[c.start:c.end]
        if c.source == "circular":
            c.circular = main_key
    fmt = cleaned["source"]["format"]
    return {
        "doc_id": doc_id,
        "schema_version": config.SCHEMA_VERSION,
        "pipeline_version": config.pipeline_version(fmt),
        "stages": config.stage_versions(fmt),
        "source": cleaned["source"],
        "title": cleaned["title"], "outlet": cleaned["outlet"], "author": cleaned["author"],
        "editor": cleaned["editor"], "published": cleaned["published"], "dateline": cleaned["dateline"],
        "issuer": meta["issuer"], "issuer_source": meta["issuer_source"],
        "region": meta["region"], "region_code": meta["region_code"], "date_mismatch": meta["date_mismatch"],
        "circulars": [as_record(c) for c in circulars],
        "text": text,
        "removed": cleaned["removed"],
        "clauses": [as_record(c) for c in clauses],
    }


def process_raw(raw) -> dict:
    """RawDocument -> document dict (clean -> segment -> clauses -> normalise -> metadata)."""
    return analyse(raw.doc_id, clean_stage(raw))


def extract_file(path: str | os.PathLike, doc_id: Optional[str] = None,
                 reuse: Optional[dict] = None) -> dict:
    """One input file -> its document dict. Raises InputError naming the file.

    ``reuse``: an earlier document of the same input bytes whose clean stage is current;
    its cleaned text and metadata are kept and only the analysis runs again."""
    try:
        if reuse is not None:
            return analyse(reuse["doc_id"], {k: reuse[k] for k in CLEAN_FIELDS})
        return process_raw(read_input(path, doc_id))
    except InputError:
        raise
    except Exception as exc:  # a bug or hostile input: report it against the file, never crash the run
        raise InputError(path, f"{type(exc).__name__}: {exc}") from exc
