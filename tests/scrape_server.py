"""A local HTTP server (127.0.0.1, ephemeral port) with the pages scrape tests need.

Every route answers from in-process state; the server (``local_http.LocalHTTPServer``)
records the requests it saw, and any slow route waits on ``stop`` so that closing the
server ends it at once.
"""
from __future__ import annotations

import gzip
import time

from local_http import LocalHTTPServer

UTF8_TEXT = ("Pj. Gubernur Banten menerbitkan Surat Edaran — ASN “dilarang” berpihak; "
             "café naïve résumé.")
CP1252_TEXT = ("Surat Edaran Bupati: pegawai “tidak boleh” memasang atribut partai – "
               "termasuk di kafe dan kantor… ‘Netral’ itu wajib, kata Sekda. "
               "Pukul 10.00 WIB di Café Serang. ")
# UTF-8 bytes of this also decode as windows-1252 (no 0x81/0x8D/0x8F/0x90/0x9D), so only
# the "valid multi-byte UTF-8" rule can reject a latin-1 label on it.
MOJIBAKE_PRONE_TEXT = "ASN dilarang berpose — café, naïve, résumé, Pj. Gubernur"
SLOW_SECONDS = 5.0            # longer than any test's read timeout
TRICKLE_INTERVAL = 0.05


def html(body: str, head: str = "") -> str:
    return f"<!doctype html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


class LocalServer(LocalHTTPServer):
    """``with LocalServer() as srv: srv.url("/ok")``. ``robots`` is the robots.txt body,
    None for a 404, or an int for that status."""

    def __init__(self, robots: str | int | None = "User-agent: *\nDisallow: /private/\n",
                 big_bytes: int = 200_000, host: str = "127.0.0.1"):
        super().__init__(host)
        self.robots = robots
        self.big_bytes = big_bytes
        self.toggle_status = 200

    def respond(self, h, path: str, n: int) -> None:
        route = ROUTES.get(path)
        if route is None and path.startswith("/chain/"):
            route = _chain
        if route is None:
            return h.send_page(404, "not found", "text/plain")
        route(self, h, n)


def _robots(srv, h, n):
    if srv.robots is None:
        h.send_page(404, "no robots", "text/plain")
    elif isinstance(srv.robots, int):
        h.send_page(srv.robots, "error", "text/plain")
    else:
        h.send_page(200, srv.robots, "text/plain")


def _slow(srv, h, n):
    srv.stop.wait(SLOW_SECONDS)
    h.send_page(200, html("late"))


def _trickle(srv, h, n):
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.end_headers()
    try:
        h.wfile.write(b"<html><body>")
        h.wfile.flush()
        deadline = time.monotonic() + SLOW_SECONDS
        while time.monotonic() < deadline and not srv.stop.wait(TRICKLE_INTERVAL):
            h.wfile.write(b"x")
            h.wfile.flush()
    except (BrokenPipeError, ConnectionResetError):
        pass


def _chain(srv, h, n):
    left = int(h.path.rsplit("/", 1)[1])
    if left == 0:
        return h.send_page(200, html("end of chain"))
    h.redirect(302, f"/chain/{left - 1}")


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


ROUTES = {
    "/robots.txt": _robots,
    "/ok": lambda srv, h, n: h.send_page(200, html(UTF8_TEXT)),
    "/ok2": lambda srv, h, n: h.send_page(200, html(UTF8_TEXT + " 2")),
    "/ok3": lambda srv, h, n: h.send_page(200, html(UTF8_TEXT + " 3")),
    "/private/page": lambda srv, h, n: h.send_page(200, html("secret")),
    # declared iso-8859-1, sent utf-8
    "/latin1-label-utf8-bytes": lambda srv, h, n: h.send_page(
        200, html(MOJIBAKE_PRONE_TEXT).encode("utf-8"), "text/html; charset=iso-8859-1"),
    # declared utf-8, sent windows-1252
    "/utf8-label-cp1252-bytes": lambda srv, h, n: h.send_page(
        200, html(CP1252_TEXT).encode("cp1252"), "text/html; charset=utf-8"),
    # no HTTP charset; a correct <meta charset>
    "/meta-cp1252": lambda srv, h, n: h.send_page(
        200, html(CP1252_TEXT, '<meta charset="windows-1252">').encode("cp1252"), "text/html"),
    "/gzip": lambda srv, h, n: h.send_page(
        200, _gzip(html(UTF8_TEXT).encode()), headers={"Content-Encoding": "gzip"}),
    "/gzip-bomb": lambda srv, h, n: h.send_page(
        200, _gzip(b"<html>" + b" " * (srv.big_bytes * 4)), headers={"Content-Encoding": "gzip"}),
    "/r1": lambda srv, h, n: h.redirect(301, "/r2"),
    "/r2": lambda srv, h, n: h.redirect(302, srv.url("/ok")),
    "/to-private": lambda srv, h, n: h.redirect(302, "/private/page"),
    "/to-ftp": lambda srv, h, n: h.redirect(302, "ftp://files.invalid/circular.pdf"),
    "/loop-a": lambda srv, h, n: h.redirect(302, "/loop-b"),
    "/loop-b": lambda srv, h, n: h.redirect(302, "/loop-a"),
    "/slow": _slow,
    "/trickle": _trickle,
    "/missing": lambda srv, h, n: h.send_page(404, "gone", "text/plain"),
    "/flaky": lambda srv, h, n: (h.send_page(500, "oops", "text/plain") if n == 1
                                 else h.send_page(200, html("recovered"))),
    "/always-500": lambda srv, h, n: h.send_page(500, "oops", "text/plain"),
    "/busy": lambda srv, h, n: (h.send_page(429, "slow down", "text/plain", {"Retry-After": "7"})
                                if n == 1 else h.send_page(200, html("served after waiting"))),
    "/busy-long": lambda srv, h, n: h.send_page(429, "come back tomorrow", "text/plain",
                                                {"Retry-After": "86400"}),
    "/big": lambda srv, h, n: h.send_page(200, b"<html>" + b"a" * srv.big_bytes),
    "/big-no-length": lambda srv, h, n: h.send_page(200, b"<html>" + b"a" * srv.big_bytes, length=False),
    "/toggle": lambda srv, h, n: h.send_page(srv.toggle_status, html(f"version {n}")),
    "/pdf": lambda srv, h, n: h.send_page(200, b"%PDF-1.4 ...", "application/pdf"),
    "/plain": lambda srv, h, n: h.send_page(200, UTF8_TEXT, "text/plain; charset=utf-8"),
    "/empty": lambda srv, h, n: h.send_page(200, b""),
}
