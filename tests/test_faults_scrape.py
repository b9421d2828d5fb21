"""Fault injection for `scrape` against hostile servers on 127.0.0.1 (issue 12): stacked
Content-Encodings, header and body drip, redirects to data:/javascript:/mailto:, to other
ports and to user:password@ URLs, and two scrapes sharing one raw/. Memory is measured on
a scraper subprocess (wait4's peak RSS); each URL's time against its deadline."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from corpus_tools.scrape import Manifest, Settings, redirect_problem, scrape_urls
from hostile_server import ROUTES, HostileServer, bomb

PY = sys.executable
MEMORY_LIMIT_MB = 200
# Decoded sizes of the compression bombs: large enough that decoding one fully would pass
# the memory limit, small enough to build in a second.
BOMB_BYTES = 400 << 20


@pytest.fixture(scope="module")
def hostile():
    with HostileServer() as srv:
        srv.payloads["double-gzip"] = bomb(["gzip", "gzip"], BOMB_BYTES)
        srv.payloads["double-deflate"] = bomb(["deflate", "deflate"], BOMB_BYTES)
        srv.payloads["gzip-bomb"] = bomb(["gzip"], BOMB_BYTES)
        yield srv


def settings(**kw) -> Settings:
    base = dict(per_host_delay=0.0, connect_timeout=2.0, read_timeout=2.0, total_timeout=2.0, retries=2,
                backoff_base=0.05, backoff_jitter=0.0, max_redirects=5)
    base.update(kw)
    return Settings.load(**base)


def rows(raw: Path) -> dict[str, dict]:
    with open(raw / "sources.csv", newline="", encoding="utf-8") as fh:
        return {r["url"]: r for r in csv.DictReader(fh)}


# Runs the command as its child and prints the child's peak RSS (kB). The measured process
# must not be forked from pytest itself: Linux carries a forked process's pre-exec peak
# (pytest with spaCy loaded, ~200 MB) into ru_maxrss after exec.
_MEASURE = ("import os, subprocess, sys\n"
            "p = subprocess.Popen(sys.argv[1:])\n"
            "_, status, usage = os.wait4(p.pid, 0)\n"
            "print(usage.ru_maxrss, os.waitstatus_to_exitcode(status))\n")


def peak_rss_mb(cmd: list[str], timeout: float = 120) -> tuple[int, float, float, str]:
    """Run ``cmd``: (exit code, peak RSS in MB, seconds, stderr)."""
    started = time.monotonic()
    res = subprocess.run([PY, "-c", _MEASURE, *cmd], capture_output=True, text=True, timeout=timeout)
    kb, code = res.stdout.split()[-2:]
    return int(code), int(kb) / 1024, time.monotonic() - started, res.stderr


def scrape_cmd(urls: list[str], raw: Path, deadline: float) -> list[str]:
    raw.parent.mkdir(parents=True, exist_ok=True)
    urls_file = raw.parent / f"urls-{time.monotonic_ns()}.txt"
    urls_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    return [PY, "-m", "corpus_tools.cli", "scrape", str(urls_file), "--raw", str(raw), "-q",
            "--delay", "0", "--retries", "1", "--timeout", "2", "--deadline", str(deadline)]


# ------------------------------------------------------------------ decompression

@pytest.mark.parametrize("route", ["/double-gzip", "/double-deflate", "/gzip-bomb"])
def test_compression_bombs_stay_under_the_memory_limit(hostile, tmp_path, route):
    raw = tmp_path / "raw"
    code, mb, seconds, err = peak_rss_mb(scrape_cmd([hostile.url(route), hostile.url("/ok")], raw, 5.0))
    print(f"{route}: peak RSS {mb:.0f} MB, {seconds:.1f} s")
    assert code == 1 and "Traceback" not in err, err
    assert mb < MEMORY_LIMIT_MB, f"{route}: {mb:.0f} MB"
    got = rows(raw)
    bad, ok = got[hostile.url(route)], got[hostile.url("/ok")]
    assert ok["error"] == "" and ok["file"]                      # the next URL was fetched
    if route == "/gzip-bomb":
        assert "too large" in bad["error"] and "after gzip decoding" in bad["error"]
    else:
        assert "unsupported Content-Encoding" in bad["error"]
    assert not list(raw.glob(f"{bad['doc_id']}.*"))


def test_hostile_robots_txt_is_bounded_too(tmp_path):
    def robots(srv, conn):
        from hostile_server import send
        send(conn, "200 OK", {"Content-Type": "text/plain", "Content-Encoding": "gzip, gzip"},
             srv.payloads["double-gzip"])
    with HostileServer({"/robots.txt": robots}) as srv:
        srv.payloads["double-gzip"] = bomb(["gzip", "gzip"], BOMB_BYTES)
        code, mb, seconds, err = peak_rss_mb(scrape_cmd([srv.url("/ok")], tmp_path / "raw", 5.0))
    print(f"robots.txt double gzip: peak RSS {mb:.0f} MB, {seconds:.1f} s")
    assert code == 0 and mb < MEMORY_LIMIT_MB, (mb, err)


def test_single_gzip_is_still_undone(hostile, tmp_path):
    import gzip

    def page(srv, conn):
        from hostile_server import PAGE, send
        send(conn, "200 OK", {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(PAGE))

    def raw_deflate(srv, conn):
        import zlib
        from hostile_server import PAGE, send
        c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)    # "deflate" sent without its zlib header
        send(conn, "200 OK", {"Content-Type": "text/html", "Content-Encoding": "deflate"},
             c.compress(PAGE) + c.flush())

    with HostileServer({"/gz": page, "/raw-deflate": raw_deflate}) as srv:
        report = scrape_urls([srv.url("/gz"), srv.url("/raw-deflate")], tmp_path / "raw",
                             settings=settings(), progress=False)
    from hostile_server import PAGE
    assert [r.outcome for r in report.results] == ["fetched", "fetched"]
    assert all((tmp_path / "raw" / r.file).read_bytes() == PAGE for r in report.results)


# ------------------------------------------------------------------ one deadline per URL

@pytest.mark.parametrize("route", ["/header-drip", "/body-drip"])
def test_drip_is_cut_at_the_urls_deadline_retries_included(hostile, tmp_path, route):
    started = time.monotonic()
    report = scrape_urls([hostile.url(route), hostile.url("/ok")], tmp_path / "raw",
                         settings=settings(total_timeout=1.5, retries=3), progress=False)
    elapsed = time.monotonic() - started
    print(f"{route}: {elapsed:.2f} s for the dripped URL and one good one (deadline 1.5 s)")
    dripped, ok = report.results
    assert dripped.outcome == "failed" and "total_timeout" in dripped.error, dripped
    assert ok.outcome == "fetched"
    assert elapsed < 1.5 + 1.5          # the deadline plus the good URL and slack, never per retry


# ------------------------------------------------------------------ redirects

def test_bad_redirects_fail_their_url_only(hostile, tmp_path):
    bad = ["/to-data", "/to-javascript", "/to-mailto", "/to-garbage", "/to-credentials"]
    urls = [hostile.url(p) for p in bad] + [hostile.url("/ok")]
    raw = tmp_path / "raw"
    report = scrape_urls(urls, raw, settings=settings(), progress=False)
    outcomes = {r.url.rsplit("/", 1)[1]: r for r in report.results}
    assert outcomes["ok"].outcome == "fetched"
    for p in bad:
        r = outcomes[p[1:]]
        assert r.outcome == "failed" and r.attempts == 1, r
    for p in ("to-data", "to-javascript", "to-mailto"):
        assert "non-http" in outcomes[p].error or "unusable URL" in outcomes[p].error, outcomes[p]
    assert "credentials" in outcomes["to-credentials"].error
    stored = (raw / "sources.csv").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in raw.glob("*.fetch.json"))
    assert "rahasia123" not in stored and "admin:" not in stored


def test_redirect_to_another_port_is_not_followed(hostile, tmp_path):
    with HostileServer() as other:
        def to_other(srv, conn):
            from hostile_server import send
            send(conn, "302 Found", {"Location": other.url("/ok")})
        with HostileServer({"/hop": to_other}) as srv:
            [r] = scrape_urls([srv.url("/hop")], tmp_path / "raw", settings=settings(), progress=False).results
        assert r.outcome == "failed" and "another port" in r.error
        assert other.hits == []


def test_redirect_rules():
    assert redirect_problem("http://a.example/x", "https://b.example/y") is None         # default port
    assert redirect_problem("http://a.example:8080/x", "http://a.example:8080/y") is None  # same port
    assert "another port" in redirect_problem("http://a.example/x", "http://a.example:6379/")
    assert "credentials" in redirect_problem("http://a.example/x", "http://u:p@a.example/")
    assert "non-http" in redirect_problem("http://a.example/x", "javascript:alert(1)")


def test_urls_with_credentials_are_neither_fetched_nor_stored(hostile, tmp_path):
    raw = tmp_path / "raw"
    url = f"http://redaksi:sandi-rahasia@127.0.0.1:{hostile.port}/ok"
    [r] = scrape_urls([url], raw, settings=settings(), progress=False).results
    assert r.outcome == "failed" and "credentials" in r.error
    assert "sandi-rahasia" not in (raw / "sources.csv").read_text(encoding="utf-8")
    assert "sandi-rahasia" not in r.url


# ------------------------------------------------------------------ two scrapes, one raw/

def test_two_scrapes_into_one_raw_dir_keep_each_others_rows(hostile, tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    first = Manifest(raw / "sources.csv")
    second = Manifest(raw / "sources.csv")
    first.update("a", {"url": "http://a.example/1"})
    second.update("b", {"url": "http://b.example/2"})
    first.save()
    second.save()
    first.update("a", {"status": 200})
    first.save()
    with open(raw / "sources.csv", newline="", encoding="utf-8") as fh:
        got = {r["doc_id"]: r for r in csv.DictReader(fh)}
    assert set(got) == {"a", "b"} and got["a"]["status"] == "200"
    # and two real runs at once, in threads of one process and in two processes
    lists = [[hostile.url("/ok") + f"?n={i}" for i in range(k, k + 6)] for k in (0, 100)]
    threads = [threading.Thread(target=scrape_urls, args=(urls, raw),
                                kwargs={"settings": settings(), "progress": False}) for urls in lists]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    procs = [subprocess.Popen(scrape_cmd([hostile.url("/ok") + f"?p={k}-{i}" for i in range(5)], raw, 3.0),
                              stderr=subprocess.PIPE) for k in range(2)]
    for p in procs:
        p.communicate(timeout=120)
    with open(raw / "sources.csv", newline="", encoding="utf-8") as fh:
        urls = {r["url"] for r in csv.DictReader(fh)}
    assert len(urls) == 2 + 12 + 10


def test_scraped_files_follow_the_users_umask(hostile, tmp_path):
    old = os.umask(0o022)
    try:
        [r] = scrape_urls([hostile.url("/ok")], tmp_path / "raw", settings=settings(), progress=False).results
    finally:
        os.umask(old)
    for name in (r.file, f"{r.doc_id}.fetch.json", "sources.csv"):
        assert (tmp_path / "raw" / name).stat().st_mode & 0o777 == 0o644, name


@pytest.mark.parametrize("text", ["“Banten” café: ASN dilarang berpihak.",
                                  "Sekda Sukamaju: ‘netral’ itu wajib… kata dia"])
def test_scraper_reads_mostly_valid_utf8_as_utf8(text):
    from corpus_tools.scrape import detect_encoding
    data = f"<html><body><p>{text}</p></body></html>".encode("utf-8")
    data = data[:20] + b"\x81\xfe" + data[20:40] + b"\xff" + data[40:]
    enc = detect_encoding(data, "text/html")
    assert enc["detected"] == "utf-8" and enc["method"] == "utf-8-mostly"


# ------------------------------------------------------------------ issue 12's done-when, every hostile server

HOSTILE_ROUTES = sorted(p for p in ROUTES if p not in ("/ok", "/robots.txt"))


def test_every_hostile_server_in_one_scraper_process_stays_under_200_mb(hostile, tmp_path):
    """All hostile routes, then a good page, in one `corpus-tools scrape` process: its peak
    RSS (wait4) stays under the limit, each hostile URL fails on its own row, the good
    page is fetched, and the whole list takes at most one deadline per URL (+ start-up)."""
    raw = tmp_path / "raw"
    urls = [hostile.url(p) for p in HOSTILE_ROUTES] + [hostile.url("/ok")]
    deadline = 2.0
    code, mb, seconds, err = peak_rss_mb(scrape_cmd(urls, raw, deadline), timeout=240)
    print(f"{len(urls)} URLs: peak RSS {mb:.0f} MB, {seconds:.1f} s")
    assert code == 1 and "Traceback" not in err, err
    assert mb < MEMORY_LIMIT_MB, f"{mb:.0f} MB"
    got = rows(raw)
    assert got[hostile.url("/ok")]["error"] == "" and got[hostile.url("/ok")]["file"]
    for p in HOSTILE_ROUTES:
        if p == "/to-credentials":
            continue                              # its row is stored redacted
        assert got[hostile.url(p)]["error"], p
    assert seconds < len(urls) * deadline + 30


@pytest.mark.parametrize("route", HOSTILE_ROUTES)
def test_each_hostile_url_ends_within_its_deadline(hostile, tmp_path, route):
    started = time.monotonic()
    [r] = scrape_urls([hostile.url(route)], tmp_path / "raw",
                      settings=settings(total_timeout=1.5, retries=3), progress=False).results
    elapsed = time.monotonic() - started
    assert r.outcome == "failed", r
    assert elapsed < 1.5 + 1.0, f"{route}: {elapsed:.2f} s"
