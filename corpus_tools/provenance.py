"""Where an input page came from: the URL a clause can be cited by.

Two sources, read in this order for an input file ``RAW/<name>``:

1. ``RAW/<stem>.fetch.json`` — the sidecar ``corpus-tools scrape`` writes next to every
   page it fetched: URL, final URL after redirects, fetch time, and the encoding it
   detected from the HTTP header, ``<meta charset>`` or the bytes;
2. ``RAW/sources.csv`` — one row per page (columns ``file`` or ``doc_id``, ``url`` and
   optionally ``final_url``, ``fetched_at``, ``encoding``): what a researcher fills in for
   pages saved by hand (scrape writes the same file, so both kinds mix in one folder).

:func:`lookup` returns a :class:`Provenance`; the pipeline stores :meth:`Provenance.fields`
in ``document.source`` and decodes the page with :attr:`Provenance.encoding` when the bytes
are not UTF-8 (a page declared as, say, ISO-8859-15 is not read as windows-1252).

    >>> import json, tempfile, pathlib
    >>> raw = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (raw / "a.html").write_text("<p>x</p>")
    >>> _ = (raw / "a.fetch.json").write_text(json.dumps({"file": "a.html",
    ...     "url": "http://berita.test/a", "final_url": "https://berita.test/a",
    ...     "fetched_at": "2024-01-05T03:00:00+00:00", "encoding": {"detected": "utf-8"}}))
    >>> p = lookup(raw / "a.html")
    >>> (p.url, p.final_url, p.via, p.encoding)
    ('http://berita.test/a', 'https://berita.test/a', 'fetch.json', 'utf-8')
    >>> lookup(raw / "b.txt").fields()["url"] is None
    True
"""
from __future__ import annotations

import csv
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

SIDECAR_SUFFIX = ".fetch.json"      # as corpus_tools.scrape writes it
SOURCES_CSV = "sources.csv"
VIA_SIDECAR, VIA_SOURCES = "fetch.json", "sources.csv"
# document.source keys this module fills (docs/contract.md)
FIELDS = ("url", "final_url", "fetched_at", "provenance")


@dataclass(frozen=True)
class Provenance:
    url: Optional[str] = None
    final_url: Optional[str] = None
    fetched_at: Optional[str] = None
    encoding: Optional[str] = None       # the scraper's decision (a codec name), a decoding hint
    via: Optional[str] = None            # "fetch.json" | "sources.csv" | None (unknown)

    def fields(self) -> dict:
        """The keys stored in ``document.source`` (None when unknown)."""
        return {"url": self.url, "final_url": self.final_url or self.url,
                "fetched_at": self.fetched_at, "provenance": self.via}


UNKNOWN = Provenance()


def lookup(path: str | os.PathLike) -> Provenance:
    """Provenance of the input file ``path`` (sidecar, else sources.csv, else UNKNOWN).
    Never raises: a damaged sidecar or manifest only means the URL is unknown."""
    path = Path(path)
    return _from_sidecar(path) or _from_sources(path) or UNKNOWN


def _clean(value) -> Optional[str]:
    value = (str(value).strip() if value is not None else "")
    return value or None


def _from_sidecar(path: Path) -> Optional[Provenance]:
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    # the sidecar of another page with the same stem (a .txt replaced by .html) is not this one's
    if not isinstance(meta, dict) or meta.get("file") not in (None, path.name) or not _clean(meta.get("url")):
        return None
    enc = meta.get("encoding")
    enc = enc.get("detected") if isinstance(enc, dict) else enc
    return Provenance(url=_clean(meta.get("url")), final_url=_clean(meta.get("final_url")),
                      fetched_at=_clean(meta.get("fetched_at")), encoding=_clean(enc), via=VIA_SIDECAR)


# sources.csv is read once per (path, size, mtime) in a process, not once per page
_SOURCES_CACHE: dict[tuple, dict[str, dict]] = {}
_SOURCES_LOCK = threading.Lock()


def _sources_index(csv_path: Path) -> dict[str, dict]:
    try:
        st = csv_path.stat()
    except OSError:
        return {}
    key = (str(csv_path), st.st_size, st.st_mtime_ns)
    with _SOURCES_LOCK:
        if key in _SOURCES_CACHE:
            return _SOURCES_CACHE[key]
    index: dict[str, dict] = {}
    try:
        with open(csv_path, newline="", encoding="utf-8-sig") as fh:
            for row in csv.DictReader(fh):
                row = {(k or "").strip().lower(): v for k, v in row.items()}
                for k in (_clean(row.get("file")), _clean(row.get("doc_id"))):
                    if k:
                        index.setdefault(k, row)
    except (OSError, UnicodeDecodeError, csv.Error):
        index = {}
    with _SOURCES_LOCK:
        _SOURCES_CACHE.clear()           # one manifest per run in practice
        _SOURCES_CACHE[key] = index
    return index


def _from_sources(path: Path) -> Optional[Provenance]:
    index = _sources_index(path.parent / SOURCES_CSV)
    row = index.get(path.name) or index.get(path.stem)
    if not row or not _clean(row.get("url")):
        return None
    return Provenance(url=_clean(row.get("url")), final_url=_clean(row.get("final_url")),
                      fetched_at=_clean(row.get("fetched_at")), encoding=_clean(row.get("encoding")),
                      via=VIA_SOURCES)
