"""Reading inputs safely and writing outputs atomically."""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from . import config
from .models import RawDocument

# A text file with more than this share of control characters is binary, not a page.
MAX_CONTROL_RATIO = 0.01
HTML_SNIFF_BYTES = 2048
# Control characters other than \t \n \f \r (what a text page may hold).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# UTF-16 without a BOM: in Latin-script text nearly every other byte is NUL.
UTF16_NUL_SHARE = 0.7


class InputError(Exception):
    """An input file that cannot be processed; the message names the file."""

    def __init__(self, path: str | os.PathLike, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def sniff_format(path: Path, data: bytes) -> str:
    if path.suffix.lower() in config.HTML_SUFFIXES:
        return "html"
    head = data[:HTML_SNIFF_BYTES].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or (b"<body" in head and b"</" in head):
        return "html"
    return "text"


def read_input(path: str | os.PathLike, doc_id: str | None = None,
               max_bytes: int = config.MAX_INPUT_BYTES) -> RawDocument:
    """Read one input file as bytes, refusing what no article can be."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    size = path.stat().st_size
    if size == 0:
        raise InputError(path, "empty file")
    if size > max_bytes:
        raise InputError(path, f"file too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB limit)")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(path, "file contains only whitespace")
    if b"\x00" in data[:65536] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and not utf16_without_bom(data):
        raise InputError(path, "binary file (NUL bytes), not a text or HTML page")
    from .provenance import lookup
    return RawDocument(doc_id=doc_id or path.stem, path=str(path), data=data,
                       format=sniff_format(path, data), sha256=hashlib.sha256(data).hexdigest(),
                       provenance=lookup(path))


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the bytes are Latin-script UTF-16 saved without a BOM
    (NULs in every other byte, on one side only, and a strict decode succeeds), else None."""
    sample = data[:65536]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    enc = "utf-16-le" if odd >= UTF16_NUL_SHARE and even < 0.05 else \
        "utf-16-be" if even >= UTF16_NUL_SHARE and odd < 0.05 else None
    if enc is None:
        return None
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return None
    return enc


def decode(raw: RawDocument, declared: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, encoding). BOM, then UTF-16 without BOM, then strict UTF-8, then a
    declared charset, then windows-1252 / charset-normalizer's guess (an old CMS). Every
    path ends in the same binary check and newline normalisation."""
    data = raw.data
    # the encoding the scraper detected (HTTP header, <meta>, bytes) when no caller names one
    declared = declared or getattr(raw.provenance, "encoding", None)
    bom = next((enc for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                                     (codecs.BOM_UTF16_BE, "utf-16")) if data.startswith(bom)), None)
    no_bom = utf16_without_bom(data) if bom is None and b"\x00" in data[:65536] else None
    if bom:
        text, enc = data.decode(bom, errors="replace"), bom
    elif no_bom:
        text, enc = data.decode(no_bom), no_bom
    else:
        text, enc = _decode_8bit(raw, declared)
    controls = len(CONTROL_RE.findall(text))   # a regex scan, not a Python loop per character
    if controls > max(3, MAX_CONTROL_RATIO * len(text)):
        raise InputError(raw.path, f"binary content ({controls} control characters), not a text or HTML page")
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def _decode_8bit(raw: RawDocument, declared: str | None) -> tuple[str, str]:
    data = raw.data
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = enc = None
        if declared:
            try:
                text, enc = data.decode(declared), declared.lower()
            except (UnicodeDecodeError, LookupError):
                pass
        if text is None:
            # Indonesian pages are in Latin script: a legacy single-byte page is windows-1252
            # in practice, and detectors guess Baltic or Cyrillic pages on short texts.
            try:
                text, enc = data.decode("windows-1252"), "windows-1252"
            except UnicodeDecodeError:
                pass
        if text is None:
            from charset_normalizer import from_bytes
            best = from_bytes(data).best()
            if best is None:
                raise InputError(raw.path, "undecodable bytes: no text encoding fits")
            text, enc = str(best), best.encoding
    return text, enc


def atomic_write(path: str | os.PathLike, data: str | bytes) -> None:
    """Write via a temp file in the same directory + rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def dumps(obj) -> str:
    """Deterministic JSON: UTF-8 text, fixed indentation, insertion-ordered keys."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
