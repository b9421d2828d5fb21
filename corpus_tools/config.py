"""Settings in one place: data-file locations, thresholds, versions."""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

SCHEMA_VERSION = 1
DATA_DIR = Path(str(resources.files("corpus_tools") / "data"))

# Inputs larger than this are refused (a news page is < 2 MB; 50 MB is a dump or a mistake).
MAX_INPUT_BYTES = 20 * 1024 * 1024
# Input suffixes read by `extract`; anything else in RAW_DIR is ignored.
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")

# Typo repair: only words unknown to the lexicon and at least this long are corrected,
# by at most this many edits (optimal string alignment: a swap counts once).
TYPO_MIN_LEN = 5
TYPO_MAX_EDITS_SHORT = 1   # words of TYPO_MIN_LEN..TYPO_LONG_LEN-1 letters
TYPO_LONG_LEN = 12
TYPO_MAX_EDITS_LONG = 2


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """A JSON data file shipped in corpus_tools/data (cached: data files are read-only)."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


def _code_and_data_digest() -> str:
    """Pipeline version = package version + hash of code and data, so that a change in a
    cue lexicon or a rule invalidates earlier outputs (incremental runs)."""
    from . import __version__
    h = hashlib.sha256(__version__.encode())
    root = Path(__file__).parent
    for path in sorted(list(root.glob("*.py")) + list((root / "data").rglob("*.json"))):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


@lru_cache(maxsize=None)
def pipeline_version() -> str:
    return _code_and_data_digest()
