"""The one local HTTP server setup of the test suites (127.0.0.1, an ephemeral port).

``LocalHTTPServer`` serves from a daemon thread, records every request (``hits``,
``user_agents``, per-path ``counters``) and hands it to ``respond(handler, path, n)``
(``n``: how many times this path has been asked for, this request included), which
subclasses implement: ``scrape_server.LocalServer`` (scrape's routes) and
``news_site.NewsSite`` (invented outlets for discover). ``stop`` is set when the server
closes, so a slow route that waits on it ends at once. The raw-socket hostile servers
(``hostile_server``) control every byte and do not use this.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOOPBACK = "127.0.0.1"


class Handler(BaseHTTPRequestHandler):
    """Quiet, with the two answers every route builds on."""

    def log_message(self, *args):      # keep pytest output clean
        pass

    def do_GET(self):
        owner: LocalHTTPServer = self.server.owner      # type: ignore[attr-defined]
        path = self.path.split("?")[0]
        with owner._lock:
            owner.hits.append(path)
            owner.user_agents.append(self.headers.get("User-Agent", ""))
            owner.counters[path] = owner.counters.get(path, 0) + 1
            n = owner.counters[path]
        owner.respond(self, path, n)

    def send_page(self, status: int, body: str | bytes, ctype: str = "text/html; charset=utf-8",
                  headers: dict | None = None, length: bool = True) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass                        # the client gave up (a size cap): expected

    def redirect(self, status: int, location: str) -> None:
        self.send_page(status, "", headers={"Location": location})


class LocalHTTPServer:
    """``with Sub() as srv: srv.url("/path")``; ``host`` is the name put in URLs."""

    def __init__(self, host: str = LOOPBACK):
        self.host = host
        self.hits: list[str] = []
        self.user_agents: list[str] = []
        self.counters: dict[str, int] = {}
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
        self._server.owner = self                   # type: ignore[attr-defined]
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)

    def respond(self, handler: Handler, path: str, n: int) -> None:
        raise NotImplementedError

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def count(self, path: str) -> int:
        with self._lock:
            return self.hits.count(path)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
