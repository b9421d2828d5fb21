"""Hostile HTTP servers on 127.0.0.1 for the scraper's fault-injection suite.

A raw socket server (not http.server) so that a route controls every byte and its
timing: headers sent one byte at a time, a body that never ends, stacked
Content-Encodings whose decoded size is hundreds of megabytes, redirects to places a
crawler must not go. Every loop is bounded by ``stop`` and a wall-clock limit.
"""
from __future__ import annotations

import socket
import threading
import time
import zlib
from typing import Callable, Optional

DRIP_INTERVAL = 0.05        # seconds between bytes of a drip
DRIP_LIMIT = 60.0           # a drip never lasts longer than this, whatever the client does
PAGE = (b"<!doctype html><html><head><title>Berita</title></head><body><p>Bupati Sukamaju "
        b"melarang ASN memasang spanduk calon.</p></body></html>")


def bomb(layers: list[str], size: int) -> bytes:
    """``size`` zero bytes compressed once per layer (innermost first), streamed so that the
    server never holds the decoded bytes."""
    data: Optional[bytes] = None
    for i, enc in enumerate(layers):
        wbits = 16 + zlib.MAX_WBITS if enc == "gzip" else zlib.MAX_WBITS
        c = zlib.compressobj(9, zlib.DEFLATED, wbits)
        parts = []
        if i == 0:
            chunk = bytes(1 << 20)
            for _ in range(size >> 20):
                parts.append(c.compress(chunk))
        else:
            parts.append(c.compress(data))
        parts.append(c.flush())
        data = b"".join(parts)
    return data


class HostileServer:
    """``with HostileServer() as s: s.url("/header-drip")``. Routes are functions
    ``route(server, conn)`` writing raw HTTP to the socket; ``hits`` records paths."""

    def __init__(self, routes: dict[str, Callable] | None = None):
        self.routes = dict(ROUTES, **(routes or {}))
        self.hits: list[str] = []
        self.stop = threading.Event()
        self.payloads: dict[str, bytes] = {}
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(32)
        self._sock.settimeout(0.1)
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def port(self) -> int:
        return self._sock.getsockname()[1]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> "HostileServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except (socket.timeout, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            request = b""
            while b"\r\n\r\n" not in request and len(request) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            path = request.split(b" ", 2)[1].decode("ascii", "replace").split("?")[0]
            self.hits.append(path)
            route = self.routes.get(path, _not_found)
            route(self, conn)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


def send(conn: socket.socket, status: str, headers: dict, body: bytes = b"") -> None:
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    conn.sendall(head.encode("latin-1") + body)


def _not_found(srv, conn):
    send(conn, "404 Not Found", {"Content-Type": "text/plain"}, b"none")


def _ok(srv, conn):
    send(conn, "200 OK", {"Content-Type": "text/html; charset=utf-8"}, PAGE)


def _drip(srv, conn, data: bytes) -> None:
    end = time.monotonic() + DRIP_LIMIT
    for i in range(len(data)):
        if srv.stop.is_set() or time.monotonic() > end:
            return
        conn.sendall(data[i:i + 1])
        if srv.stop.wait(DRIP_INTERVAL):
            return


def _header_drip(srv, conn):
    # a header line that never ends: 1 byte per DRIP_INTERVAL
    _drip(srv, conn, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"a" * 100_000)


def _body_drip(srv, conn):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>")
    _drip(srv, conn, b"x" * 100_000)


def _encoded(name: str, encoding: str):
    def route(srv, conn):
        send(conn, "200 OK", {"Content-Type": "text/html", "Content-Encoding": encoding}, srv.payloads[name])
    return route


def _redirect(location: Callable[[HostileServer], str]):
    def route(srv, conn):
        send(conn, "302 Found", {"Location": location(srv), "Content-Type": "text/html"})
    return route


ROUTES = {
    "/ok": _ok,
    "/robots.txt": _not_found,
    "/header-drip": _header_drip,
    "/body-drip": _body_drip,
    "/double-gzip": _encoded("double-gzip", "gzip, gzip"),
    "/double-deflate": _encoded("double-deflate", "deflate, deflate"),
    "/gzip-bomb": _encoded("gzip-bomb", "gzip"),
    "/to-data": _redirect(lambda s: "data:text/html;base64,PGgxPmhhaTwvaDE+"),
    "/to-javascript": _redirect(lambda s: "javascript:alert(document.cookie)"),
    "/to-mailto": _redirect(lambda s: "mailto:redaksi@sukamaju.example"),
    "/to-garbage": _redirect(lambda s: "http://[::1"),
    "/to-credentials": _redirect(lambda s: f"http://admin:rahasia123@127.0.0.1:{s.port}/ok"),
}
