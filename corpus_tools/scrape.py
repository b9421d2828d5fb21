"""Fetch article URLs into RAW_DIR, politely and faithfully.

Polite: robots.txt per origin, a per-host delay (raised by robots Crawl-delay and by
Retry-After), exponential back-off with jitter on 429/5xx and network errors.
Bounded: connect/read timeouts and one deadline per URL (``total_timeout``) that covers
headers, body, robots.txt and retries (enforced at the socket, so a server dripping one
byte a second is cut off too); the body is streamed raw and decompressed here under the
size cap (one known Content-Encoding: ``gzip, gzip`` is refused, never inflated); a
redirect cap; redirects only to http(s) on the same or a default port, never to a URL
carrying credentials (and none are ever stored). Every error is caught per URL: one bad
URL never stops the list.
Faithful: the page bytes are stored unchanged (only the transfer encoding, e.g. gzip, is
undone) as ``<doc_id>.html``; ``<doc_id>.fetch.json`` says where they came from and how
to decode them; ``sources.csv`` gets one row per URL, also when the fetch failed.

Public API: :func:`scrape_urls` (fetch a list into RAW_DIR), :class:`Session` (the polite
client alone, for other stages such as ``discover``: ``Session(settings).get(url)``),
:class:`Page`, :class:`FetchError`, :class:`Settings`, :func:`detect_encoding`,
:func:`canonical_url`, :func:`doc_id_for`. :func:`scrape_urls` runs the stages per URL:
robots check -> pace -> request (following redirects by hand) -> stream body under the
cap -> detect encoding -> write page, sidecar, manifest row. Settings live in
``corpus_tools/data/scrape.json``.
"""
from __future__ import annotations

import argparse
import codecs
import csv
import email.utils
import hashlib
import io
import json
import logging
import os
import random
import re
import sys
import threading
import time
import zlib
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from .settings import Settings as RunSettings
from .settings import resolve
from .io import atomic_write, mostly_utf8

log = logging.getLogger(__name__)

SETTINGS_FILE = "scrape.json"
MANIFEST_NAME = "sources.csv"
SIDECAR_SUFFIX = ".fetch.json"       # not .html/.txt: the extractor reads those
# Columns this stage fills; others already in the manifest are kept as they are.
MANIFEST_COLUMNS = ("doc_id", "file", "outlet", "url", "final_url", "status",
                    "fetched_at", "sha256", "error")
DOC_ID_HASH_CHARS = 12
HOST_SLUG_MAX = 40

FETCHED, SKIPPED, FAILED = "fetched", "skipped", "failed"
# The manifest is rewritten at most this often (and at the end of a run, also on error or
# Ctrl-C): rewriting it after each URL made a 2000-URL local run twice as slow. A hard kill
# loses at most this much of it, and the next run rebuilds those rows from the sidecars.
MANIFEST_FLUSH_SECONDS = 2.0

# WHATWG Encoding Standard: these labels decode as windows-1252 in every browser.
_WHATWG_AS_CP1252 = {"ascii", "iso8859-1", "latin-1"}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# charset-normalizer often ranks a Baltic or Central-European code page first on short
# Latin text; windows-1252 (browsers' fallback for Indonesian) wins when it is this close.
FALLBACK_ENCODING = "cp1252"
FALLBACK_CHAOS_MARGIN = 0.1
# Content-Encodings this scraper undoes itself (one per response), with zlib's wbits.
CONTENT_DECODERS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
ACCEPT_ENCODING = "gzip, deflate"
RAW_CHUNK = 64 * 1024
DEFAULT_PORTS = {"http": 80, "https": 443}


# ---------------------------------------------------------------- settings and results

@dataclass(frozen=True)
class Settings:
    user_agent: str
    accept: str
    accept_language: str
    per_host_delay: float
    connect_timeout: float
    read_timeout: float
    total_timeout: float
    max_bytes: int
    max_redirects: int
    retries: int
    retry_statuses: tuple[int, ...]
    backoff_base: float
    backoff_max: float
    backoff_jitter: float
    max_retry_after: float
    respect_robots: bool
    robots_max_bytes: int
    max_crawl_delay: float
    meta_scan_bytes: int
    content_types: dict

    @classmethod
    def load(cls, base: Optional[RunSettings] = None, **overrides) -> "Settings":
        """scrape.json as ``base`` reads it (the shipped file or a user's replacement), its
        ``scrape`` section on top, then ``overrides`` (None values ignored)."""
        base = resolve(base)
        data = {k: v for k, v in base.data(SETTINGS_FILE).items() if not k.startswith("_")}
        data.update(base.section("scrape"))
        unknown = set(overrides) - {f.name for f in fields(cls)}
        if unknown:
            raise ValueError(f"unknown scrape setting(s): {', '.join(sorted(unknown))}")
        data.update({k: v for k, v in overrides.items() if v is not None})
        data["retry_statuses"] = tuple(data["retry_statuses"])
        data["content_types"] = dict(data["content_types"])
        return cls(**data)

    def __post_init__(self) -> None:
        for name in ("per_host_delay", "retries", "backoff_base", "backoff_max", "backoff_jitter",
                     "max_retry_after", "max_crawl_delay", "max_redirects"):
            if getattr(self, name) < 0:
                raise ValueError(f"scrape setting {name} must be >= 0, got {getattr(self, name)}")
        for name in ("connect_timeout", "read_timeout", "total_timeout", "max_bytes",
                     "robots_max_bytes", "meta_scan_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"scrape setting {name} must be > 0, got {getattr(self, name)}")


@dataclass
class FetchResult:
    """What happened to one URL."""
    url: str
    doc_id: str
    outcome: str                      # fetched | skipped | failed
    file: Optional[str] = None        # name inside raw_dir, when there is a page on disk
    status: Optional[int] = None      # last HTTP status seen
    final_url: Optional[str] = None
    error: Optional[str] = None
    attempts: int = 0


@dataclass
class ScrapeReport:
    results: list[FetchResult] = field(default_factory=list)

    def _with(self, outcome: str) -> list[FetchResult]:
        return [r for r in self.results if r.outcome == outcome]

    @property
    def fetched(self) -> list[FetchResult]:
        return self._with(FETCHED)

    @property
    def skipped(self) -> list[FetchResult]:
        return self._with(SKIPPED)

    @property
    def failed(self) -> list[FetchResult]:
        return self._with(FAILED)

    @property
    def ok(self) -> bool:
        return not self.failed


class FetchError(Exception):
    """A fetch that did not give a page; ``retryable`` says whether trying again may help."""

    def __init__(self, message: str, *, status: int | None = None, retryable: bool = False,
                 retry_after: float | None = None):
        super().__init__(message)
        self.attempts = 1
        self.host: str | None = None        # the host that answered (may be a redirect target)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass
class Page:
    """A fetched page: ``body`` as received (only its Content-Encoding undone)."""
    url: str
    final_url: str
    status: int
    headers: dict
    body: bytes
    suffix: str
    content_type: str
    redirects: list[dict]


_Page = Page          # the name of earlier versions


# ---------------------------------------------------------------- small pure helpers

def doc_id_for(url: str) -> str:
    """Stable, readable id: ``<host-slug>_<sha1(url)[:12]>`` of the canonical URL."""
    url = canonical_url(url)
    host = (urlsplit(url).hostname or "invalid").lower()
    host = host[4:] if host.startswith("www.") else host
    slug = re.sub(r"[^a-z0-9]+", "-", host).strip("-")[:HOST_SLUG_MAX] or "invalid"
    return f"{slug}_{hashlib.sha1(url.encode('utf-8')).hexdigest()[:DOC_ID_HASH_CHARS]}"


def canonical_url(url: str) -> str:
    """Spaces trimmed, scheme and host lower-cased, fragment dropped (never sent to the
    server, so "a#x" and "a" are the same page). Path and query are kept as given."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc if "@" in parts.netloc else parts.netloc.lower()
    return urlunsplit(parts._replace(scheme=parts.scheme.lower(), netloc=netloc, fragment=""))


def _host(url: str) -> str:
    """Key for pacing: the host name (http and https of one host share a delay)."""
    return urlsplit(url).hostname or ""


def read_url_file(path: str | os.PathLike) -> list[str]:
    """URLs from a text file (one per line, ``#`` comments and blank lines ignored) or a
    CSV file with a ``url`` column. Raises ValueError naming the file when it has none."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    if lines and _is_csv_header(lines[0]):
        rows = csv.DictReader(io.StringIO("\n".join(lines)))
        col = next(c for c in rows.fieldnames if c.strip().lower() == "url")
        urls = [(row.get(col) or "").strip() for row in rows]
        urls = [u for u in urls if u]
    else:
        urls = lines
    if not urls:
        raise ValueError(f"{path}: no URLs found")
    return urls


def _is_csv_header(line: str) -> bool:
    return any(c.strip().lower() == "url" for c in next(csv.reader([line])))


def _codec_name(label: str | None) -> str | None:
    """A charset label as a Python codec name, WHATWG aliases applied; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except LookupError:
        return None
    return "cp1252" if name in _WHATWG_AS_CP1252 else name


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _fits(data: bytes, encoding: str, utf8_valid: bool) -> bool:
    """Whether ``data`` plausibly is in ``encoding``. Single-byte charsets decode any
    bytes, so a declaration of one on non-ASCII bytes that are valid UTF-8 is taken as a
    mislabelled UTF-8 page (real Latin text is almost never valid multi-byte UTF-8)."""
    if not _decodes(data, encoding):
        return False
    single_byte = codecs.lookup(encoding).name not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be",
                                                       "utf-32", "utf-32-le", "utf-32-be")
    return not (single_byte and utf8_valid and not data.isascii())


def detect_encoding(data: bytes, content_type: str | None, scan_bytes: int = 8192) -> dict:
    """How to decode the page: BOM, then the HTTP charset, then ``<meta charset>`` (each
    only when the bytes fit it), then valid UTF-8, then charset-normalizer's guess.
    Returns the declarations as found and the decision, for the sidecar."""
    http_label = (m.group(1) if (m := _CT_CHARSET.search(content_type or "")) else None)
    meta_match = _META_CHARSET.search(data[:scan_bytes])
    meta_label = meta_match.group(1).decode("ascii", "replace") if meta_match else None
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    declared = _codec_name(http_label) or _codec_name(meta_label)
    utf8_valid = _decodes(data, "utf-8")
    detected, method = None, "undetected"
    if bom:
        detected, method = bom, "bom"
    else:
        for source, label in (("http", http_label), ("meta", meta_label)):
            enc = _codec_name(label)
            if enc and _fits(data, enc, utf8_valid):
                detected, method = enc, source
                break
        else:
            if utf8_valid:
                detected, method = "utf-8", "utf-8-valid"
            elif mostly_utf8(data):
                # a few broken bytes in a UTF-8 page: decode with U+FFFD, never re-guess a code page
                detected, method = "utf-8", "utf-8-mostly"
                log.warning("page is UTF-8 with %d invalid byte(s): decode with replacement", mostly_utf8(data))
            else:
                detected = _guess_encoding(data)
                method = "charset-normalizer" if detected else "undetected"
    return {"http": http_label, "meta": meta_label, "bom": bom, "declared": declared,
            "detected": detected, "method": method,
            "mismatch": bool(declared and detected and declared != detected)}


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    for m in matches:
        if (_codec_name(m.encoding) == FALLBACK_ENCODING
                and m.chaos <= best.chaos + FALLBACK_CHAOS_MARGIN):
            return FALLBACK_ENCODING
    return _codec_name(best.encoding)


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def backoff_delay(attempt: int, settings: Settings, rng: random.Random) -> float:
    """Wait before retry number ``attempt`` (1-based): base * 2^(attempt-1), capped,
    plus up to ``backoff_jitter`` of itself so that clients do not retry in lockstep."""
    delay = min(settings.backoff_max, settings.backoff_base * 2 ** (attempt - 1))
    return delay * (1.0 + settings.backoff_jitter * rng.random())


def _interleave_by_host(urls: list[str]) -> list[int]:
    """Indices of ``urls`` in round-robin order over hosts, so one slow host's delay
    overlaps with fetches from the others."""
    queues: dict[str, list[int]] = {}
    for i, url in enumerate(urls):
        queues.setdefault(_host(url), []).append(i)
    order: list[int] = []
    while queues:
        for host in list(queues):
            order.append(queues[host].pop(0))
            if not queues[host]:
                del queues[host]
    return order


def _atomic_write(path: Path, data: bytes) -> None:
    atomic_write(path, data, fsync=False)     # the user's umask, a short temp name


def redact(url: str) -> str:
    """A URL without user:password@ (never stored, never printed)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _port(parts) -> Optional[int]:
    try:
        return parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:
        return -1


def redirect_problem(origin: str, target: str) -> Optional[str]:
    """Why a redirect from ``origin`` to ``target`` is not followed (None: it is)."""
    t, o = urlsplit(target), urlsplit(origin)
    if t.scheme not in ("http", "https"):
        return f"redirect to a non-http URL: {t.scheme or '?'}:"
    if "@" in t.netloc:
        return "redirect to a URL carrying credentials (user:password@): not followed"
    port = _port(t)
    if port not in (DEFAULT_PORTS[t.scheme], _port(o)):
        return f"redirect to another port ({port}): not followed"
    return None


# ---------------------------------------------------------------- one deadline per URL

class _Deadline:
    """The deadline of the URL being fetched (monotonic seconds), read by every socket
    operation of the client: a connect, a TLS handshake, each read and write gets at most
    what is left, so headers or a body sent one byte at a time end at the deadline."""

    def __init__(self):
        self._local = threading.local()

    @property
    def at(self) -> Optional[float]:
        return getattr(self._local, "at", None)

    @at.setter
    def at(self, value: Optional[float]) -> None:
        self._local.at = value

    def bound(self, timeout: Optional[float], exc: type) -> Optional[float]:
        at = self.at
        if at is None:
            return timeout
        left = at - time.monotonic()
        if left <= 0:
            raise exc("past the URL's total_timeout")
        return left if timeout is None else min(timeout, left)


_DEADLINE = _Deadline()


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, deadline: _Deadline):
        self._inner, self._deadline = inner, deadline

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        return self._inner.read(max_bytes, self._deadline.bound(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        return self._inner.write(buffer, self._deadline.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     self._deadline.bound(timeout, httpcore.ConnectTimeout)),
                               self._deadline)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, deadline: _Deadline):
        self._inner, self._deadline = inner, deadline

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        stream = self._inner.connect_tcp(host, port, self._deadline.bound(timeout, httpcore.ConnectTimeout),
                                         local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        stream = self._inner.connect_unix_socket(path, self._deadline.bound(timeout, httpcore.ConnectTimeout),
                                                 socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- pacing and robots

class Pacer:
    """Per-host politeness: a request to a host waits until ``delay(host)`` has passed since
    the previous one ended, and longer when the host asked for it (Retry-After, back-off)."""

    def __init__(self, default_delay: float, sleep: Callable[[float], None],
                 clock: Callable[[], float]):
        self.default_delay = default_delay
        self._sleep, self._clock = sleep, clock
        self._delay: dict[str, float] = {}
        self._next: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        self._delay[host] = max(self.default_delay, seconds)

    def wait(self, host: str) -> None:
        pause = self._next.get(host, float("-inf")) - self._clock()
        if pause > 0:
            self._sleep(pause)

    def done(self, host: str) -> None:
        self._next[host] = self._clock() + self._delay.get(host, self.default_delay)

    def defer(self, host: str, seconds: float) -> None:
        self._next[host] = max(self._next.get(host, float("-inf")), self._clock() + seconds)


class RobotsCache:
    """robots.txt per origin (RFC 9309): 2xx -> its rules, 4xx -> allow all, 5xx -> disallow
    all, unreachable -> allow (the page fetch itself will then fail or succeed on its own)."""

    def __init__(self, client: httpx.Client, settings: Settings, pacer: Pacer):
        self.client, self.settings, self.pacer = client, settings, pacer
        self._parsers: dict[str, tuple[RobotFileParser, str]] = {}

    def check(self, url: str) -> None:
        """Raise FetchError when robots.txt forbids ``url``."""
        if not self.settings.respect_robots:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self._parsers:
            self._parsers[origin] = self._load(origin, _host(url))
        parser, note = self._parsers[origin]
        if not parser.can_fetch(self.settings.user_agent, url):
            raise FetchError(f"disallowed by {origin}/robots.txt{note}")

    def _load(self, origin: str, host: str) -> tuple[RobotFileParser, str]:
        parser = RobotFileParser(origin + "/robots.txt")
        self.pacer.wait(host)
        try:
            with self.client.stream("GET", origin + "/robots.txt", follow_redirects=False) as resp:
                status = resp.status_code
                if resp.next_request is not None:       # robots.txt moved: only within the origin
                    target = str(resp.next_request.url)
                    if urlsplit(target)[:2] != urlsplit(origin)[:2]:
                        raise FetchError(f"robots.txt redirects off its origin to {redact(target)}")
                    with self.client.stream("GET", target, follow_redirects=False) as moved:
                        status = moved.status_code
                        body = _read_capped(moved, self.settings.robots_max_bytes, truncate=True,
                                            deadline=time.monotonic() + self.settings.total_timeout)
                else:
                    body = _read_capped(resp, self.settings.robots_max_bytes, truncate=True,
                                        deadline=time.monotonic() + self.settings.total_timeout)
        except (httpx.HTTPError, httpx.InvalidURL, FetchError, ValueError) as exc:
            self.pacer.done(host)
            log.info("robots.txt of %s unreachable (%s): allowing", origin, exc)
            parser.allow_all = True
            return parser, ""
        if 200 <= status < 300:
            parser.parse(body.decode("utf-8", "replace").splitlines())
            crawl_delay = parser.crawl_delay(self.settings.user_agent)
            if crawl_delay:
                self.pacer.set_delay(host, min(float(crawl_delay), self.settings.max_crawl_delay))
            self.pacer.done(host)          # after set_delay: Crawl-delay counts from here
            return parser, ""
        self.pacer.done(host)
        if 500 <= status:
            parser.disallow_all = True
            return parser, f" (HTTP {status} for robots.txt: server error means disallow)"
        parser.allow_all = True
        return parser, ""


# ---------------------------------------------------------------- fetching

def _decoder(resp: httpx.Response):
    """A zlib decompressor for the response's one Content-Encoding, or None for identity.
    Stacked encodings ("gzip, gzip") and unknown ones are refused: each layer could
    multiply the size again, and httpx would undo them all before any cap applies."""
    tokens = [t.strip().lower() for t in resp.headers.get_list("content-encoding", split_commas=True)]
    tokens = [t for t in tokens if t and t != "identity"]
    if not tokens:
        return None
    if len(tokens) > 1 or tokens[0] not in CONTENT_DECODERS:
        raise FetchError(f"unsupported Content-Encoding {', '.join(tokens)!r} (one of gzip, deflate expected)",
                         status=resp.status_code)
    return tokens[0]


class _Inflater:
    """Streams a gzip/deflate body with zlib, never producing more than asked for."""

    def __init__(self, encoding: str):
        self.encoding = encoding
        self._wbits = CONTENT_DECODERS[encoding]
        self._d = zlib.decompressobj(self._wbits)
        self._started = False

    def feed(self, chunk: bytes, limit: int) -> bytes:
        """Up to ``limit`` bytes inflated from what has been fed (the rest stays pending)."""
        try:
            out = self._d.decompress(chunk, limit)
        except zlib.error:
            if self._started or self.encoding != "deflate":
                raise
            # "deflate" is sometimes sent raw, without the zlib header
            self._wbits = -zlib.MAX_WBITS
            self._d = zlib.decompressobj(self._wbits)
            out = self._d.decompress(chunk, limit)
        self._started = True
        if self._d.eof and self._d.unused_data and len(out) < limit:   # a multi-member gzip
            rest = self._d.unused_data
            self._d = zlib.decompressobj(self._wbits)
            out += self.feed(rest, limit - len(out))
        return out

    def pending(self) -> bool:
        return bool(self._d.unconsumed_tail)

    def drain(self, limit: int) -> bytes:
        return self.feed(b"", limit) if self.pending() else b""


def _read_capped(resp: httpx.Response, cap: int, *, truncate: bool = False,
                 deadline: float) -> bytes:
    """The body, its Content-Encoding undone here with a length cap: refused past ``cap``
    bytes — counted after decoding, so a small gzip bomb is caught after reading at most
    ``cap`` + one chunk — or past the total-time ``deadline``."""
    length = resp.headers.get("content-length", "")
    encoding = _decoder(resp)
    if not truncate and not encoding and length.isdigit() and int(length) > cap:
        raise FetchError(f"body too large: Content-Length {length} > max_bytes {cap}",
                         status=resp.status_code)
    inflater = _Inflater(encoding) if encoding else None
    buf = bytearray()

    def add(data: bytes) -> bool:
        buf.extend(data)
        return len(buf) > cap

    try:
        for chunk in resp.iter_raw():     # no chunk_size: it would buffer past the deadline
            if time.monotonic() > deadline:
                raise FetchError("timed out reading the body (total_timeout)",
                                 status=resp.status_code, retryable=True)
            over = add(inflater.feed(chunk, cap + 1 - len(buf)) if inflater else chunk)
            while not over and inflater and inflater.pending():
                over = add(inflater.drain(cap + 1 - len(buf)))
            if over:
                if truncate:
                    return bytes(buf[:cap])
                raise FetchError(f"body too large: more than max_bytes {cap}"
                                 + (f" after {encoding} decoding" if encoding else ""), status=resp.status_code)
    except zlib.error as exc:
        raise FetchError(f"undecodable Content-Encoding {encoding}: {exc}", status=resp.status_code) from None
    return bytes(buf)


def _request_once(client: httpx.Client, url: str, settings: Settings, pacer: Pacer,
                  robots: RobotsCache) -> _Page:
    """One attempt: follow redirects by hand (robots and pacing apply to every hop)."""
    redirects: list[dict] = []
    try:
        request = client.build_request("GET", url)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"invalid URL: {exc}") from None
    seen = {str(request.url)}
    while True:
        hop_url = str(request.url)
        host = _host(hop_url)
        try:
            outcome = _one_hop(client, request, hop_url, host, settings, pacer, robots)
        except FetchError as exc:
            exc.host = exc.host or host
            raise
        if isinstance(outcome, _Page):
            outcome.url, outcome.redirects = url, redirects
            return outcome
        status, request = outcome
        redirects.append({"url": hop_url, "status": status})
        target = str(request.url)
        why = redirect_problem(hop_url, target)
        if why:
            raise FetchError(why, status=status)
        if target in seen:
            raise FetchError(f"redirect loop: {hop_url} -> {target}", status=status)
        if len(redirects) > settings.max_redirects:
            raise FetchError(f"more than {settings.max_redirects} redirects", status=status)
        seen.add(target)


def _one_hop(client: httpx.Client, request: httpx.Request, hop_url: str, host: str,
             settings: Settings, pacer: Pacer, robots: RobotsCache) -> _Page | tuple[int, httpx.Request]:
    """One request: the page, or (status, next request) for a redirect."""
    robots.check(hop_url)
    pacer.wait(host)
    deadline = time.monotonic() + settings.total_timeout
    try:
        resp = client.send(request, stream=True, follow_redirects=False)
    except httpx.UnsupportedProtocol as exc:
        pacer.done(host)
        raise FetchError(f"unsupported URL: {exc}") from None
    except httpx.TimeoutException as exc:
        pacer.done(host)
        raise FetchError(f"{type(exc).__name__}: {exc or 'no detail'}", retryable=True) from None
    except httpx.RemoteProtocolError as exc:
        pacer.done(host)
        # a Location that is no URL will be no URL next time either
        retry = "location" not in str(exc).lower()
        raise FetchError(f"{type(exc).__name__}: {exc or 'no detail'}", retryable=retry) from None
    except httpx.TransportError as exc:
        pacer.done(host)
        raise FetchError(f"{type(exc).__name__}: {exc or 'no detail'}", retryable=True) from None
    except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
        # a Location that is no URL (data:, javascript:, mailto:, garbage) and the like
        pacer.done(host)
        raise FetchError(f"redirect to an unusable URL or a bad response: {type(exc).__name__}: {exc}") from None
    try:
        status = resp.status_code
        if resp.next_request is not None:            # a redirect with a Location
            return status, resp.next_request
        if not 200 <= status < 300:
            retry_after = _retry_after_seconds(resp.headers.get("retry-after"))
            raise FetchError(f"HTTP {status}", status=status,
                             retryable=status in settings.retry_statuses,
                             retry_after=retry_after)
        mime = resp.headers.get("content-type", "").split(";")[0].strip().lower()
        suffix = settings.content_types.get(mime or "text/html")
        if suffix is None:
            raise FetchError(f"unsupported content type {mime!r}", status=status)
        try:
            body = _read_capped(resp, settings.max_bytes, deadline=deadline)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{type(exc).__name__} while reading the body: {exc or 'no detail'} (total_timeout)",
                             status=status, retryable=True) from None
        except httpx.DecodingError as exc:
            raise FetchError(f"undecodable Content-Encoding: {exc}", status=status) from None
        except httpx.TransportError as exc:
            raise FetchError(f"{type(exc).__name__} while reading the body: {exc or 'no detail'}",
                             status=status, retryable=True) from None
        if not body.strip():
            raise FetchError("empty body", status=status)
        headers: dict[str, str] = {}
        for name, value in resp.headers.multi_items():
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        return _Page(url=hop_url, final_url=hop_url, status=status, headers=headers, body=body,
                     suffix=suffix, content_type=mime, redirects=[])
    finally:
        resp.close()
        pacer.done(host)


def _fetch(client: httpx.Client, url: str, settings: Settings, pacer: Pacer,
           robots: RobotsCache, rng: random.Random) -> tuple[_Page, int]:
    """Try up to 1 + retries times; between tries wait the back-off or Retry-After,
    whichever is longer, all within one deadline (total_timeout). Returns the page and the
    number of attempts."""
    attempts = 1 + max(0, settings.retries)
    deadline = time.monotonic() + settings.total_timeout
    for attempt in range(1, attempts + 1):
        try:
            _DEADLINE.at = deadline
            return _request_once(client, url, settings, pacer, robots), attempt
        except FetchError as exc:
            _DEADLINE.at = None
            exc.attempts = attempt
            if not exc.retryable or attempt == attempts:
                raise
            if time.monotonic() >= deadline:
                note = "spent" if "total_timeout" in str(exc) else f"total_timeout {settings.total_timeout:g}s spent"
                exc.args = (f"{exc} ({note}: no more retries)",)
                raise
            wait = backoff_delay(attempt, settings, rng)
            if exc.retry_after is not None:
                if exc.retry_after > settings.max_retry_after:
                    refused = FetchError(f"{exc} with Retry-After {exc.retry_after:.0f}s "
                                         f"(> max_retry_after {settings.max_retry_after:.0f}s)",
                                         status=exc.status)
                    refused.attempts = attempt
                    raise refused from None
                wait = max(wait, exc.retry_after)
            if wait > deadline - time.monotonic():
                exc.args = (f"{exc}; a retry in {wait:.0f}s would pass the URL's total_timeout "
                            f"{settings.total_timeout:g}s",)
                raise
            log.info("%s: %s; retry %d/%d in %.1fs", url, exc, attempt, attempts - 1, wait)
            pacer.defer(exc.host or _host(url), wait)
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- manifest

class Manifest:
    """``sources.csv``: rows keyed by doc_id, unknown columns and row order kept,
    rewritten atomically (temp file + rename) every MANIFEST_FLUSH_SECONDS and on close."""

    def __init__(self, path: Path):
        self.path = path
        self._dirty = False
        self._saved_at = time.monotonic()
        self._mine: set[str] = set()      # doc_ids this run wrote: another run's rows are kept
        self.columns, self.rows = self._read()
        self.columns += [c for c in MANIFEST_COLUMNS if c not in self.columns]
        self._index = {r.get("doc_id", ""): r for r in self.rows}

    def _read(self) -> tuple[list[str], list[dict[str, str]]]:
        if not self.path.exists():
            return [], []
        try:
            with open(self.path, newline="", encoding="utf-8-sig") as fh:
                reader = csv.DictReader(fh)
                columns = list(reader.fieldnames or [])
                rows = [dict(r) for r in reader]
        except (UnicodeDecodeError, csv.Error) as exc:
            raise ValueError(f"{self.path}: unreadable manifest ({exc})") from None
        if "doc_id" not in columns:
            raise ValueError(f"{self.path}: manifest has no doc_id column")
        return columns, rows

    def get(self, doc_id: str) -> dict[str, str] | None:
        return self._index.get(doc_id)

    def update(self, doc_id: str, values: dict) -> None:
        row = self._index.get(doc_id)
        if row is None:
            row = {c: "" for c in self.columns}
            row["doc_id"] = doc_id
            self.rows.append(row)
            self._index[doc_id] = row
        row.update({k: "" if v is None else str(v) for k, v in values.items()})
        self._mine.add(doc_id)
        self._dirty = True
        if time.monotonic() - self._saved_at >= MANIFEST_FLUSH_SECONDS:
            self.save()

    def close(self) -> None:
        if self._dirty:
            self.save()

    def save(self) -> None:
        """Merge with the file as it is now (another scrape into the same folder may have
        added rows), under a lock, then replace it atomically."""
        import fcntl
        # the folder itself is locked (flock on a directory): no lock file left in RAW_DIR
        fd = os.open(self.path.parent, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            columns, rows = self._read()
            self.columns += [c for c in columns if c not in self.columns]
            on_disk = {r.get("doc_id", ""): r for r in rows}
            for doc_id, row in on_disk.items():
                if doc_id not in self._mine:
                    if doc_id in self._index:
                        self._index[doc_id].update(row)
                    else:
                        self._index[doc_id] = row
                        self.rows.append(row)
            out = io.StringIO()
            writer = csv.DictWriter(out, fieldnames=self.columns, lineterminator="\n",
                                    extrasaction="ignore", restval="")
            writer.writeheader()
            writer.writerows(self.rows)
            _atomic_write(self.path, out.getvalue().encode("utf-8"))
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
        self._dirty, self._saved_at = False, time.monotonic()


# ---------------------------------------------------------------- one URL, all URLs

def _stored_sidecar(raw_dir: Path, doc_id: str) -> dict | None:
    """The sidecar of an earlier successful fetch whose page is still on disk."""
    path = raw_dir / f"{doc_id}{SIDECAR_SUFFIX}"
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if (raw_dir / str(meta.get("file", ""))).is_file() else None


def _success_row(meta: dict, url: str) -> dict:
    return {"file": meta["file"], "url": redact(url), "final_url": redact(meta["final_url"]),
            "status": meta["status"], "fetched_at": meta["fetched_at"],
            "sha256": meta["sha256"], "error": ""}


def _store(page: _Page, raw_dir: Path, doc_id: str, attempts: int, settings: Settings) -> dict:
    """Write page then sidecar (both atomically); returns the sidecar."""
    name = f"{doc_id}{page.suffix}"
    meta = {
        "doc_id": doc_id, "file": name, "url": redact(page.url), "final_url": redact(page.final_url),
        "status": page.status, "redirects": page.redirects, "headers": page.headers,
        "content_type": page.content_type, "fetched_at": _now_iso(),
        "sha256": hashlib.sha256(page.body).hexdigest(), "bytes": len(page.body),
        "encoding": detect_encoding(page.body, page.headers.get("content-type"),
                                    settings.meta_scan_bytes),
        "attempts": attempts, "user_agent": settings.user_agent,
    }
    _atomic_write(raw_dir / name, page.body)
    # A page type change (.txt -> .html) must not leave the old file for the extractor.
    for other in set(settings.content_types.values()) - {page.suffix}:
        (raw_dir / f"{doc_id}{other}").unlink(missing_ok=True)
    _atomic_write(raw_dir / f"{doc_id}{SIDECAR_SUFFIX}",
                  (json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return meta


def _scrape_one(url: str, raw_dir: Path, manifest: Manifest, session: "Session", force: bool) -> FetchResult:
    result = _scrape_url(url, raw_dir, manifest, session, force)
    result.url = redact(result.url)
    return result


def _scrape_url(url: str, raw_dir: Path, manifest: Manifest, session: "Session", force: bool) -> FetchResult:
    settings = session.settings
    doc_id = doc_id_for(url)
    shown = redact(url)
    outlet = _host(url)
    row = manifest.get(doc_id) or {}
    previous = _stored_sidecar(raw_dir, doc_id)
    if previous and not force:
        if row.get("sha256") != previous["sha256"] or row.get("error"):
            manifest.update(doc_id, {**_success_row(previous, url), "outlet": row.get("outlet") or outlet})
        return FetchResult(url, doc_id, SKIPPED, file=previous["file"], status=previous["status"],
                           final_url=previous["final_url"])
    try:
        valid = urlsplit(url).scheme in ("http", "https") and bool(_host(url))
    except ValueError:      # an unparseable port, a bad IPv6 literal
        valid = False
    if not valid:
        error, status, attempts = "not an http(s) URL", None, 0
    elif "@" in urlsplit(url).netloc:
        error, status, attempts = "URL carries credentials (user:password@): not fetched, not stored", None, 0
    else:
        try:
            page, attempts = session.get(url)
        except FetchError as exc:
            error, status, attempts = str(exc), exc.status, exc.attempts
        except Exception as exc:      # never let one URL stop the list
            log.warning("%s: unexpected %s: %s", redact(url), type(exc).__name__, exc)
            error, status, attempts = f"unexpected error: {type(exc).__name__}: {exc}", None, 1
        else:
            meta = _store(page, raw_dir, doc_id, attempts, settings)
            manifest.update(doc_id, {**_success_row(meta, url), "outlet": row.get("outlet") or outlet})
            return FetchResult(url, doc_id, FETCHED, file=meta["file"], status=page.status,
                               final_url=page.final_url, attempts=attempts)
    if previous:
        # The earlier page stays on disk and in the row; only the error is new.
        manifest.update(doc_id, {**_success_row(previous, url), "outlet": row.get("outlet") or outlet,
                                 "error": f"refetch failed: {error}"})
        file = previous["file"]
    else:
        manifest.update(doc_id, {"url": shown, "outlet": row.get("outlet") or outlet, "file": "",
                                 "final_url": "", "status": status, "fetched_at": "",
                                 "sha256": "", "error": error})
        file = None
    return FetchResult(url, doc_id, FAILED, file=file, status=status, error=error, attempts=attempts)


_HTTPCORE_ERRORS = (   # most specific first (httpx.HTTPTransport maps them the same way)
    (httpcore.ConnectTimeout, httpx.ConnectTimeout), (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout), (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException), (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError), (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError), (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError), (httpcore.ProtocolError, httpx.ProtocolError),
)


def _as_httpx_error(exc: Exception) -> Exception:
    for core, mapped in _HTTPCORE_ERRORS:
        if isinstance(exc, core):
            return mapped(str(exc))
    return exc


class _Body(httpx.SyncByteStream):
    def __init__(self, stream):
        self._stream = stream

    def __iter__(self):
        try:
            yield from self._stream
        except Exception as exc:
            mapped = _as_httpx_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class _DeadlineTransport(httpx.BaseTransport):
    """An httpx transport over an httpcore connection pool whose network backend bounds
    every socket operation by the URL's deadline. Public API only: httpx's custom
    transports (``httpx.BaseTransport``) and httpcore's ``ConnectionPool(network_backend=)``
    (httpcore's documented custom network backends), as httpx.HTTPTransport itself is
    built, so no private attribute of either library is touched."""

    def __init__(self, deadline: _Deadline):
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), max_connections=100,
            max_keepalive_connections=20, keepalive_expiry=5.0, http1=True, http2=False,
            network_backend=_DeadlineBackend(httpcore.SyncBackend(), deadline))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        req = httpcore.Request(
            method=request.method,
            url=httpcore.URL(scheme=request.url.raw_scheme, host=request.url.raw_host,
                             port=request.url.port, target=request.url.raw_path),
            headers=request.headers.raw, content=request.stream, extensions=request.extensions)
        try:
            resp = self._pool.handle_request(req)
        except Exception as exc:
            mapped = _as_httpx_error(exc)
            if mapped is exc:
                raise
            raise mapped from exc
        return httpx.Response(status_code=resp.status, headers=resp.headers, stream=_Body(resp.stream),
                              extensions=resp.extensions)

    def close(self) -> None:
        self._pool.close()


def _client(settings: Settings) -> httpx.Client:
    timeout = httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                            write=settings.read_timeout, pool=settings.connect_timeout)
    return httpx.Client(
        headers={"User-Agent": settings.user_agent, "Accept": settings.accept,
                 "Accept-Language": settings.accept_language, "Accept-Encoding": ACCEPT_ENCODING},
        timeout=timeout, follow_redirects=False, max_redirects=settings.max_redirects,
        transport=_DeadlineTransport(_DEADLINE), trust_env=False)


class Session:
    """scrape's polite HTTP client as one object, for other stages (``discover``): robots.txt
    per origin, per-host pacing, retries with back-off, the size cap, one deadline per URL
    and the redirect rules, exactly as ``scrape_urls`` fetches.

        with Session(Settings.load()) as s:
            page, attempts = s.get("https://berita.test/a")     # FetchError when no page

    ``sleep``/``clock``/``rng`` are injectable so tests can check the waits without waiting."""

    def __init__(self, settings: Optional[Settings] = None, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, rng: Optional[random.Random] = None):
        self.settings = settings or Settings.load()
        self.pacer = Pacer(self.settings.per_host_delay, sleep, clock)
        self.client = _client(self.settings)
        self.robots = RobotsCache(self.client, self.settings, self.pacer)
        self.rng = rng or random.Random()

    def get(self, url: str) -> tuple[Page, int]:
        """The page at ``url`` and the number of attempts it took; raises FetchError."""
        try:
            return _fetch(self.client, url, self.settings, self.pacer, self.robots, self.rng)
        finally:
            _DEADLINE.at = None        # waits and other URLs are not this URL's deadline

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this client fetch ``url`` (fetching robots.txt once per origin)."""
        _DEADLINE.at = time.monotonic() + self.settings.total_timeout     # robots.txt within one deadline
        try:
            self.robots.check(url)
        except FetchError:
            return False
        finally:
            _DEADLINE.at = None
        return True

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def scrape_urls(urls: Iterable[str], raw_dir: str | os.PathLike, *,
                settings: Settings | None = None, force: bool = False,
                sleep: Callable[[float], None] = time.sleep,
                clock: Callable[[], float] = time.monotonic,
                rng: random.Random | None = None, progress: bool = True) -> ScrapeReport:
    """Fetch ``urls`` into ``raw_dir`` (see the module docstring). Already fetched pages are
    skipped unless ``force``. ``sleep``/``clock``/``rng`` are injectable so tests can check
    the waits without waiting. Results are in input order; duplicates are fetched once."""
    from tqdm import tqdm

    settings = settings or Settings.load()
    raw_dir = Path(raw_dir)
    raw_dir.mkdir(parents=True, exist_ok=True)
    unique = list(dict.fromkeys(canonical_url(u) for u in urls if u.strip()))
    manifest = Manifest(raw_dir / MANIFEST_NAME)
    results: dict[int, FetchResult] = {}
    with Session(settings, sleep=sleep, clock=clock, rng=rng) as session, \
            tqdm(total=len(unique), unit="url", disable=None if progress else True,
                 file=sys.stderr) as bar:
        try:
            for i in _interleave_by_host(unique):
                bar.set_postfix_str(_host(unique[i]), refresh=False)
                results[i] = _scrape_one(unique[i], raw_dir, manifest, session, force)
                bar.update()
        finally:
            manifest.close()
    return ScrapeReport([results[i] for i in range(len(unique))])


# ---------------------------------------------------------------- CLI

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``corpus-tools scrape`` (defaults come from data/scrape.json)."""
    parser.add_argument("--force", action="store_true", help="refetch pages already in RAW")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--delay", type=float, default=None, help="seconds between requests to one host")
    parser.add_argument("--timeout", type=float, default=None, help="connect/read timeout in seconds")
    parser.add_argument("--deadline", type=float, default=None,
                        help="seconds one URL may take in all: headers, body, redirects and retries")
    parser.add_argument("--retries", type=int, default=None, help="retries on 429/5xx/network errors")
    parser.add_argument("--max-bytes", type=int, default=None, help="refuse pages larger than this")
    parser.add_argument("--user-agent", default=None)


def scrape_cli(args: argparse.Namespace) -> int:
    """``corpus-tools scrape URLS_FILE --raw RAW``: 0 when every URL was fetched or skipped,
    1 when some failed (listed on stderr), 2 on unusable input."""
    timeout = getattr(args, "timeout", None)
    try:
        urls = read_url_file(args.urls_file)
        settings = Settings.load(per_host_delay=getattr(args, "delay", None),
                                 connect_timeout=timeout, read_timeout=timeout,
                                 total_timeout=getattr(args, "deadline", None),
                                 retries=getattr(args, "retries", None),
                                 max_bytes=getattr(args, "max_bytes", None),
                                 user_agent=getattr(args, "user_agent", None))
        report = scrape_urls(urls, args.raw, settings=settings,
                             force=getattr(args, "force", False),
                             progress=not getattr(args, "quiet", False))
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(report.fetched)} fetched, {len(report.skipped)} skipped, "
          f"{len(report.failed)} failed -> {args.raw}", file=sys.stderr)
    for r in report.failed:
        print(f"  FAILED {r.url}: {r.error}", file=sys.stderr)
    return 0 if report.ok else 1
