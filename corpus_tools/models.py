"""Plain dataclasses passed between pipeline stages.

scrape -> RawDocument -> clean -> CleanDocument -> segment -> [Paragraph/Sentence]
-> clauses -> [Clause] -> normalise -> Clause.normalized -> Document (JSON).
Every field of Clause/Document is JSON-ready so ``as_record`` (a flat asdict) is the
serialisation; the JSON Schemas in ``corpus_tools/data/schemas`` describe it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Optional

KINDS = ("prohibition", "obligation", "permission")
SOURCES = ("circular", "statement")


@dataclass
class RawDocument:
    """An input file as bytes, before any decoding."""
    doc_id: str
    path: str
    data: bytes
    format: str            # "html" | "text"
    sha256: str
    provenance: object = None  # provenance.Provenance: URL, fetch time, the scraper's encoding


@dataclass
class Removed:
    """A piece of the page that cleaning dropped, and why (for debugging)."""
    text: str
    reason: str


@dataclass
class CleanDocument:
    """The article body and what the page says about it."""
    doc_id: str
    text: str                                  # body paragraphs joined by "\n\n"
    encoding: str = "utf-8"
    title: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    editor: Optional[str] = None
    published: Optional[str] = None            # ISO date YYYY-MM-DD
    dateline: Optional[str] = None             # place in the lead ("SERANG")
    removed: list[Removed] = field(default_factory=list)


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    list_marker: Optional[str] = None          # "1.", "-", "a." ...
    quote: bool = False                        # paragraph opens with a quote mark


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int                             # index into paragraphs


@dataclass
class Circular:
    """A circular (Surat Edaran) number mentioned in an article."""
    number: str                                # verbatim
    key: str                                   # normalised for grouping
    date: Optional[str] = None                 # ISO date of the circular if stated
    start: Optional[int] = 0                   # offsets in the text; None for a removed header
    end: Optional[int] = 0
    issuer: Optional[str] = None               # a national body named with it ("SE Komisi ASN Nomor ...")


@dataclass
class Clause:
    doc_id: str
    clause_id: str
    kind: str                                  # prohibition | obligation | permission
    force: str                                 # mandatory | advisory
    text: str                                  # == document.text[start:end]
    start: int
    end: int
    cue: str                                   # verbatim cue, e.g. "tidak di perbolehkan"
    cue_canonical: str                         # lexicon entry, e.g. "tidak diperbolehkan"
    actor: Optional[str]                       # verbatim, as bound by the clause
    actor_normalized: Optional[str]            # canonical role, e.g. "ASN"
    parent: Optional[str]                      # clause_id of the list item above
    source: str                                # circular | statement
    speaker: Optional[str]
    list_marker: Optional[str]
    circular: Optional[str]                    # Circular.key this clause belongs to
    normalized: str = ""


def as_record(obj) -> dict:
    """A flat dataclass of this module as a dict: like ``dataclasses.asdict`` without its
    recursive deep copy (these records hold only strings, numbers and None), which
    took ~5% of extraction time."""
    return {name: getattr(obj, name) for name in _field_names(type(obj))}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    return names
