"""The extraction chain for one document, and loaders for its outputs.

    extract_file(path, settings=...)        one input -> document dict (with its clauses)
    extract_file_stat(path, settings=...)   the same and the stat the input was read under
                                            (what batch's cache may pair with its hash)

``settings`` (corpus_tools.settings.Settings) is passed to every stage that takes the
keyword; the document's stage versions are those of the settings used.

A text in which no clause trigger occurs (``may_hold_clauses``: no cue form, no circular
term) skips segmenting and clause finding, which could find nothing in it: an exact
shortcut (tests/test_pipeline_prefilter.py proves identical documents with and without it).
A new way for the clause stage to start a clause without a cue or a circular term must
add its words to ``clause_triggers``.
    (readers of stored outputs: corpus_tools.outputs)

Many documents (parallel, incremental, atomic) are batch.extract_dir's job.
"""
from __future__ import annotations

import inspect
import os
import re
from functools import lru_cache
from typing import Any, Callable, Optional

from . import config
from .clauses import extract_clauses
from .clean import clean
from .io import InputError, display_path, read_input_stat
from .metadata import document_metadata, removed_header_circulars
from .models import as_record
from .provenance import UNKNOWN
from .segment import segment
from .settings import Settings, register, resolve


@lru_cache(maxsize=None)
def _takes_settings(fn: Callable) -> bool:
    try:
        return "settings" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _call(fn: Callable, *args, settings: Optional[Settings], **kw) -> Any:
    """``fn(*args, settings=settings)`` once the stage takes the keyword (stage owners add it
    one by one); until then the stage reads the shipped defaults."""
    if settings is not None and _takes_settings(fn):
        kw["settings"] = settings
    return fn(*args, **kw)


# Fields of a document that the clean stage produces (reused when only analysis is stale).
CLEAN_FIELDS = ("source", "title", "outlet", "author", "editor", "published", "dateline", "text", "removed")


def clean_stage(raw, *, settings: Optional[Settings] = None) -> dict:
    """RawDocument -> the clean stage's fields of its document."""
    cdoc = _call(clean, raw, settings=settings)
    return {"source": {"path": raw.path, "sha256": raw.sha256, "format": raw.format,
                       "encoding": cdoc.encoding, "bytes": len(raw.data),
                       **(raw.provenance or UNKNOWN).fields()},
            "title": cdoc.title, "outlet": cdoc.outlet, "author": cdoc.author, "editor": cdoc.editor,
            "published": cdoc.published, "dateline": cdoc.dateline,
            "text": cdoc.text, "removed": [as_record(r) for r in cdoc.removed]}


@register("pipeline.clause_triggers")
def clause_triggers(settings: Settings) -> dict[str, list[tuple[str, ...]]]:
    """Token sequences one of which a text must hold for the clause stage to find anything,
    by their first token: every cue form of the lexicon (nominal cues such as "larangan"
    among them) and every circular term (a list led in by a circular's name takes the kind
    of its negated items). Every clause the stage makes starts from one of these, or from a
    clause before it."""
    lx = settings.component("clauses.lexicon")
    out: dict[str, list[tuple[str, ...]]] = {}
    for index in (lx.entries_by_first, lx.circular_terms_by_first):
        for first, pairs in index.items():
            out.setdefault(first, []).extend(seq for seq, _ in pairs)
    return out


def may_hold_clauses(text: str, *, settings: Optional[Settings] = None) -> bool:
    """False when no trigger sequence occurs in ``text`` tokenised as the clause stage
    tokenises its sentences (lower-cased, OCR noise repaired; the stage's sentences are
    substrings of the text cut between tokens, so what occurs in one occurs here): then
    segmenting and clause finding would give no clause and are skipped, and a long page
    without a rule (an English page, a weather report) never reaches spaCy."""
    triggers = resolve(settings).component("pipeline.clause_triggers")
    # most texts with a rule name a trigger in their first lines: the head first, cut
    # after a whitespace character (no token spans one, and the head's tokens and noise
    # repairs are the whole text's first ones), then the whole text
    cut = _head_end(text, PREFILTER_HEAD_CHARS)
    if cut < len(text) and _holds_trigger(text[:cut], triggers):
        return True
    return _holds_trigger(text, triggers)


# Characters of a text's head that may_hold_clauses reads before the whole text.
PREFILTER_HEAD_CHARS = 400


def _head_end(text: str, n: int) -> int:
    """The end of the first ``n`` characters of ``text`` extended through the next
    whitespace character (len(text) when there is none)."""
    if len(text) <= n:
        return len(text)
    m = _WHITESPACE_RE.search(text, n)
    return m.end() if m else len(text)


_WHITESPACE_RE = re.compile(r"\s")


def _holds_trigger(text: str, triggers: dict[str, list[tuple[str, ...]]]) -> bool:
    from .clauses.lexicon import NOISE_CHARS, NOISE_RE, TOKEN_RE
    if NOISE_RE.search(text):
        text = NOISE_RE.sub(lambda m: NOISE_CHARS.get(m.group(), m.group()), text)
    low = TOKEN_RE.findall(text.lower())
    for i, word in enumerate(low):
        for seq in triggers.get(word, ()):
            if len(seq) == 1 or tuple(low[i:i + len(seq)]) == seq:
                return True
    return False


def analyse(doc_id: str, cleaned: dict, *, settings: Optional[Settings] = None) -> dict:
    """Clean-stage fields -> the whole document (segment -> clauses -> normalise -> metadata)."""
    text = cleaned["text"]
    clauses = []
    if may_hold_clauses(text, settings=settings):
        paras, sents = segment(text, settings=settings)
        clauses = extract_clauses(doc_id, text, paras, sents, settings=settings, title=cleaned.get("title"))
    meta = document_metadata(text, cleaned["published"], settings=settings)
    circulars = meta["circulars"] or removed_header_circulars(cleaned["removed"], settings=settings)
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


def process_raw(raw, *, settings: Optional[Settings] = None) -> dict:
    """RawDocument -> document dict (clean -> segment -> clauses -> normalise -> metadata)."""
    return _versioned(_call(analyse, raw.doc_id, clean_stage(raw, settings=settings), settings=settings), settings)


def _versioned(doc: dict, settings: Optional[Settings]) -> dict:
    """The stage versions of ``settings`` (a user's data files and knobs), whatever the
    analysis stage wrote: an incremental run compares them with these."""
    if settings is not None:
        fmt = doc["source"]["format"]
        doc["stages"] = config.stage_versions(fmt, settings)
        doc["pipeline_version"] = config.pipeline_version(fmt, settings)
    return doc


def extract_file(path: str | os.PathLike, doc_id: Optional[str] = None,
                 reuse: Optional[dict] = None, *, settings: Optional[Settings] = None) -> dict:
    """One input file -> its document dict. Raises InputError naming the file.

    ``reuse``: an earlier document of the same input bytes whose clean stage is current;
    its cleaned text and metadata are kept and only the analysis runs again."""
    return extract_file_stat(path, doc_id, reuse, settings=settings)[0]


def extract_file_stat(path: str | os.PathLike, doc_id: Optional[str] = None,
                      reuse: Optional[dict] = None, *,
                      settings: Optional[Settings] = None) -> tuple[dict, Optional[os.stat_result]]:
    """extract_file, and the stat the input was read under (None when it was not read):
    what the batch's cache may pair with the document's hash."""
    try:
        if reuse is not None:
            cleaned = {k: reuse[k] for k in CLEAN_FIELDS}
            return _versioned(_call(analyse, reuse["doc_id"], cleaned, settings=settings), settings), None
        raw, st = read_input_stat(path, doc_id, resolve(settings).max_input_bytes)
        return process_raw(raw, settings=settings), st
    except InputError:
        raise
    except Exception as exc:  # a bug or hostile input: report it against the file, never crash the run
        raise InputError(display_path(path), f"{type(exc).__name__}: {exc}") from exc
