"""Reading inputs safely and writing outputs atomically."""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import secrets
import stat as stat_mod
import threading
import warnings
from pathlib import Path
from typing import Iterable

from . import config
from .models import RawDocument

# A text file with more than this share of control characters is binary, not a page.
MAX_CONTROL_RATIO = 0.01
HTML_SNIFF_BYTES = 2048
# Control characters other than \t \n \f \r (what a text page may hold).
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# UTF-16 without a BOM: in Latin-script text nearly every other byte is NUL.
UTF16_NUL_SHARE = 0.7
# UTF-8 with a few broken bytes (a bad paste, a truncated multi-byte character) is still
# UTF-8: decoded with U+FFFD and a warning when at most this share of its non-ASCII
# sequences is invalid, instead of being re-guessed as a code page ("Banten" -> "тАЬBanten").
MAX_BAD_UTF8_SHARE = 0.5
# A file that changes while it is read is read again at most this many times.
READ_RETRIES = 3


class DecodeWarning(UserWarning):
    """Bytes decoded with replacement characters (the text is kept, a few characters lost)."""


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


def display_path(path: str | os.PathLike) -> str:
    """A path as printable UTF-8 text: undecodable bytes of a file name (kept by Python as
    surrogates) become U+FFFD and control characters (a newline in a name) are escaped, so
    the path can be written to JSON and printed on one line."""
    s = os.fspath(path)
    if isinstance(s, bytes):
        s = os.fsdecode(s)
    s = s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in s)


def stat_key(st: os.stat_result) -> tuple[int, int]:
    """What says a file is unchanged since a read: (size, mtime_ns)."""
    return (st.st_size, st.st_mtime_ns)


def read_stable(path: str | os.PathLike, max_bytes: int) -> tuple[bytes, os.stat_result]:
    """A regular file's bytes and the stat they were read under: fstat of the open file
    before and after the read must agree (else it is read again), so a cache keyed on size
    and mtime never pairs a new mtime with the hash of old bytes. Never blocks on a FIFO."""
    path = Path(path)
    for _ in range(READ_RETRIES):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            raise InputError(path, "file not found") from None
        except OSError as exc:
            raise InputError(path, f"unreadable ({exc.strerror or exc})") from None
        with os.fdopen(fd, "rb") as fh:
            before = os.fstat(fd)
            if not stat_mod.S_ISREG(before.st_mode):
                raise InputError(path, f"not a regular file ({file_kind(before.st_mode)})")
            if before.st_size == 0:
                raise InputError(path, "empty file")
            if before.st_size > max_bytes:
                raise InputError(path, f"file too large ({before.st_size / 1e6:.1f} MB > "
                                       f"{max_bytes / 1e6:.0f} MB limit)")
            try:
                # one byte more than the size: a file that grew meanwhile reads longer (and
                # is read again); asking for max_bytes would allocate that much every time
                data = fh.read(before.st_size + 1)
            except OSError as exc:
                raise InputError(path, f"unreadable ({exc.strerror or exc})") from None
            after = os.fstat(fd)
        if stat_key(before) == stat_key(after) and len(data) == before.st_size:
            return data, before
    raise InputError(path, "file changed while it was read (still being written?); run again")


def file_kind(mode: int) -> str:
    for test, name in ((stat_mod.S_ISDIR, "a folder"), (stat_mod.S_ISFIFO, "a FIFO"),
                       (stat_mod.S_ISCHR, "a character device"), (stat_mod.S_ISBLK, "a block device"),
                       (stat_mod.S_ISSOCK, "a socket"), (stat_mod.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a regular file"


def read_input(path: str | os.PathLike, doc_id: str | None = None,
               max_bytes: int = config.MAX_INPUT_BYTES) -> RawDocument:
    """Read one input file as bytes, refusing what no article can be."""
    return read_input_stat(path, doc_id, max_bytes)[0]


def read_input_stat(path: str | os.PathLike, doc_id: str | None = None,
                    max_bytes: int = config.MAX_INPUT_BYTES) -> tuple[RawDocument, os.stat_result]:
    """read_input, and the stat of the file as it was read (see read_stable)."""
    path = Path(path)
    data, st = read_stable(path, max_bytes)
    return _raw(path, doc_id, data), st


def _raw(path: Path, doc_id: str | None, data: bytes) -> RawDocument:
    if not data.strip():
        raise InputError(path, "file contains only whitespace")
    if b"\x00" in data[:65536] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            and not utf16_without_bom(data):
        raise InputError(path, "binary file (NUL bytes), not a text or HTML page")
    from .provenance import lookup
    return RawDocument(doc_id=doc_id or path.stem, path=str(path), data=data,
                       format=sniff_format(path, data), sha256=hashlib.sha256(data).hexdigest(),
                       provenance=lookup(path))


def mostly_utf8(data: bytes) -> int | None:
    """The number of invalid UTF-8 bytes when the bytes are UTF-8 with a few broken
    sequences (at most MAX_BAD_UTF8_SHARE of the non-ASCII sequences), else None."""
    good = bad = 0
    for m in _UTF8_SEQ.finditer(data):
        if m.lastgroup == "good":
            good += 1
        else:
            bad += 1
    if bad and good and bad <= MAX_BAD_UTF8_SHARE * (good + bad):
        return bad
    return None


# A well-formed multi-byte UTF-8 sequence, or any other byte >= 0x80 (a broken one).
_UTF8_SEQ = re.compile(rb"(?P<good>[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                       rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
                       rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})"
                       rb"|(?P<bad>[\x80-\xff])")


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
        bad = mostly_utf8(data)
        if bad:
            warnings.warn(DecodeWarning(f"{display_path(raw.path)}: {bad} invalid UTF-8 byte(s) "
                                        "replaced by U+FFFD"), stacklevel=2)
            return data.decode("utf-8", errors="replace"), "utf-8"
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


class OutputError(OSError):
    """An output that cannot be written (no such folder, no permission, disk full); the
    message is one line naming the path."""

    def __init__(self, path: str | os.PathLike, exc: BaseException | str):
        reason = exc if isinstance(exc, str) else (getattr(exc, "strerror", None) or str(exc))
        super().__init__(getattr(exc, "errno", None), f"{display_path(path)}: cannot write ({reason})")
        self.path = str(path)

    def __str__(self) -> str:
        return self.strerror


_umask_lock = threading.Lock()


def file_mode() -> int:
    """0o666 less the process umask: what open() would give a new file (mkstemp gives 0600)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def temp_name(directory: Path) -> Path:
    """A short hidden temp name in ``directory``: never derived from the target's name,
    whose length or bytes could make it too long or unwritable."""
    return directory / f".tmp-{secrets.token_hex(8)}.tmp"


def atomic_write(path: str | os.PathLike, data: str | bytes | Iterable[str | bytes], *,
                 fsync: bool = True) -> None:
    """Write via a temp file in the same directory + rename: readers never see half a file.
    The file gets the user's umask; a failure is an OutputError naming ``path``. ``data``
    may be an iterable of pieces (a large file is then never held whole in memory)."""
    path = Path(path)
    chunks = [data] if isinstance(data, (str, bytes)) else data
    # one try from the temp name on: an interrupt (SIGINT) that lands right after
    # os.open must still remove the temp file
    tmp = fd = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = temp_name(path.parent)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), file_mode())
        with os.fdopen(fd, "wb") as fh:
            fd = None                                  # the file object owns it now
            for chunk in chunks:
                fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
            fh.flush()
            if fsync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise OutputError(path, exc) from None
        raise


def dumps(obj) -> str:
    """Deterministic JSON: UTF-8 text, fixed indentation, insertion-ordered keys.

    The text is exactly ``json.dumps(obj, ensure_ascii=False, indent=2)``: with an indent
    the standard library takes its pure-Python encoder (about 1 ms for a document), so
    plain dicts, lists, strings, ints, finite floats, booleans and None are written here
    in one recursive pass over C-level string escapes; anything else (another type, a
    non-string key, NaN, a cycle) goes to json.dumps itself, errors included."""
    out: list[str] = []
    try:
        _dump(obj, out, "\n")
    except (_NotPlain, RecursionError):
        return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    out.append("\n")
    return "".join(out)


class _NotPlain(Exception):
    """A value that dumps leaves to json.dumps."""


_json_str = json.encoder.encode_basestring      # the C escape when _json is built (as json uses it)
_INFINITIES = (float("inf"), float("-inf"))


def _dump(obj, out: list, nl: str) -> None:
    """Append obj's indent=2 JSON to out; ``nl`` is a newline and the current indentation."""
    t = type(obj)
    if t is str:
        out.append(_json_str(obj))
    elif t is dict:
        if not obj:
            out.append("{}")
            return
        inner = nl + "  "
        sep = "," + inner
        out.append("{" + inner)
        first = True
        for key, value in obj.items():
            if type(key) is not str:
                raise _NotPlain
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_json_str(key) + ": ")
            _dump(value, out, inner)
        out.append(nl + "}")
    elif t is list or t is tuple:
        if not obj:
            out.append("[]")
            return
        inner = nl + "  "
        sep = "," + inner
        out.append("[" + inner)
        first = True
        for value in obj:
            if first:
                first = False
            else:
                out.append(sep)
            _dump(value, out, inner)
        out.append(nl + "]")
    elif obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif t is int:
        out.append(int.__repr__(obj))
    elif t is float:
        if obj != obj or obj in _INFINITIES:
            raise _NotPlain
        out.append(float.__repr__(obj))
    else:
        raise _NotPlain
