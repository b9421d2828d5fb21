"""scrape: real HTTP against a local server on 127.0.0.1 (never the internet).

Waits go through an injected clock/sleep pair, so the per-host delay, back-off and
Retry-After are asserted exactly and the suite does not actually wait for them.
"""
from __future__ import annotations

import csv
import hashlib
import json
import random
import shutil
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from scrape_server import CP1252_TEXT, MOJIBAKE_PRONE_TEXT, UTF8_TEXT, LocalServer, html  # noqa: E402

from corpus_tools import cli  # noqa: E402
from corpus_tools.scrape import (  # noqa: E402
    MANIFEST_COLUMNS, Settings, backoff_delay, canonical_url, detect_encoding, doc_id_for,
    read_url_file,
    scrape_urls,
)

REPO = Path(__file__).resolve().parents[1]
CAP = 64 * 1024


class FakeTime:
    """A clock that only moves when slept on."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def fast_settings(**kw) -> Settings:
    base = dict(per_host_delay=0.0, connect_timeout=3.0, read_timeout=3.0, total_timeout=4.0,
                retries=2, backoff_base=1.0, backoff_jitter=0.0, max_bytes=CAP, max_redirects=5)
    base.update(kw)
    return Settings.load(**base)


def run(urls, raw, t=None, **kw):
    t = t or FakeTime()
    force = kw.pop("force", False)
    return scrape_urls(urls, raw, settings=fast_settings(**kw), force=force, sleep=t.sleep,
                       clock=t.clock, rng=random.Random(0), progress=False)


def manifest(raw: Path) -> dict[str, dict]:
    with open(raw / "sources.csv", newline="", encoding="utf-8") as fh:
        return {r["doc_id"]: r for r in csv.DictReader(fh)}


def sidecar(raw: Path, doc_id: str) -> dict:
    return json.loads((raw / f"{doc_id}.fetch.json").read_text(encoding="utf-8"))


@pytest.fixture
def srv():
    with LocalServer(big_bytes=CAP + 1) as s:
        yield s


@pytest.fixture
def raw(tmp_path):
    return tmp_path / "raw"


# ---------------------------------------------------------------- storing a page

def test_page_stored_unchanged_with_sidecar_and_manifest_row(srv, raw):
    url = srv.url("/ok")
    report = run([url], raw)
    [r] = report.results
    assert (r.outcome, r.status, r.attempts) == ("fetched", 200, 1)
    body = html(UTF8_TEXT).encode("utf-8")
    page = raw / r.file
    assert page.suffix == ".html" and page.read_bytes() == body
    meta = sidecar(raw, r.doc_id)
    assert meta["url"] == meta["final_url"] == url
    assert meta["status"] == 200 and meta["redirects"] == []
    assert meta["sha256"] == hashlib.sha256(body).hexdigest() and meta["bytes"] == len(body)
    assert meta["headers"]["content-type"] == "text/html; charset=utf-8"
    assert meta["encoding"]["detected"] == "utf-8" and meta["encoding"]["method"] == "http"
    assert not meta["encoding"]["mismatch"]
    assert meta["fetched_at"].endswith("+00:00")
    row = manifest(raw)[r.doc_id]
    assert row["url"] == url and row["file"] == r.file and row["status"] == "200"
    assert row["sha256"] == meta["sha256"] and row["error"] == ""
    assert srv.user_agents[-1] == Settings.load().user_agent
    # Only the page, its sidecar and the manifest: no temp files, no .txt/.html sidecars.
    assert sorted(p.name for p in raw.iterdir()) == sorted([r.file, f"{r.doc_id}.fetch.json", "sources.csv"])


def test_doc_id_is_stable_readable_and_ignores_fragment():
    a = doc_id_for("https://www.tangerangnews.com/banten/read/1")
    assert a.startswith("tangerangnews-com_") and len(a) == len("tangerangnews-com_") + 12
    assert a == doc_id_for("https://www.tangerangnews.com/banten/read/1#comments")
    assert a != doc_id_for("https://www.tangerangnews.com/banten/read/2")


def test_plain_text_saved_as_txt_and_other_types_refused(srv, raw):
    report = run([srv.url("/plain"), srv.url("/pdf"), srv.url("/empty")], raw)
    plain, pdf, empty = report.results
    assert plain.outcome == "fetched" and plain.file.endswith(".txt")
    assert (raw / plain.file).read_bytes() == UTF8_TEXT.encode()
    assert pdf.outcome == "failed" and "application/pdf" in pdf.error
    assert empty.outcome == "failed" and "empty" in empty.error
    assert not list(raw.glob(f"{pdf.doc_id}.*")) and not list(raw.glob(f"{empty.doc_id}.*"))


# ---------------------------------------------------------------- encodings

def test_utf8_bytes_declared_latin1_detected_as_utf8(srv, raw):
    [r] = run([srv.url("/latin1-label-utf8-bytes")], raw).results
    enc = sidecar(raw, r.doc_id)["encoding"]
    assert enc["http"] == "iso-8859-1" and enc["declared"] == "cp1252"
    assert enc["detected"] == "utf-8" and enc["mismatch"] is True
    # bytes are stored as sent, not transcoded
    data = (raw / r.file).read_bytes()
    assert data == html(MOJIBAKE_PRONE_TEXT).encode("utf-8")
    assert data.decode("cp1252") != html(MOJIBAKE_PRONE_TEXT)     # the label would garble it


def test_cp1252_bytes_declared_utf8_detected_by_content(srv, raw):
    [r] = run([srv.url("/utf8-label-cp1252-bytes")], raw).results
    enc = sidecar(raw, r.doc_id)["encoding"]
    assert enc["declared"] == "utf-8" and enc["method"] == "charset-normalizer"
    assert enc["mismatch"] is True
    data = (raw / r.file).read_bytes()
    assert data == html(CP1252_TEXT).encode("cp1252")
    assert data.decode(enc["detected"]) == html(CP1252_TEXT)


def test_meta_charset_used_when_header_has_none(srv, raw):
    [r] = run([srv.url("/meta-cp1252")], raw).results
    enc = sidecar(raw, r.doc_id)["encoding"]
    assert (enc["http"], enc["meta"], enc["method"], enc["detected"]) == (None, "windows-1252", "meta", "cp1252")
    assert not enc["mismatch"]


@pytest.mark.parametrize("data, ctype, detected, method", [
    (b"\xef\xbb\xbf<p>caf\xc3\xa9</p>", "text/html; charset=iso-8859-1", "utf-8", "bom"),
    ("<p>café</p>".encode("utf-16-le"), "text/html", "utf-8", "charset-normalizer"),
    ("\ufeff<p>café</p>".encode("utf-16-le"), "text/html", "utf-16-le", "bom"),
    (b"<p>plain ascii</p>", "text/html", "utf-8", "utf-8-valid"),
    (b"<p>plain ascii</p>", "text/html; charset=iso-8859-1", "cp1252", "http"),
    ("<p>café</p>".encode("utf-8"), "text/html; charset=latin1", "utf-8", "utf-8-valid"),
    ("<p>café</p>".encode("cp1252"), "text/html; charset=latin1", "cp1252", "http"),
    (b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>caf\xe9</p>',
     None, "cp1252", "meta"),
])
def test_detect_encoding_order(data, ctype, detected, method):
    enc = detect_encoding(data, ctype)
    if method == "charset-normalizer":      # BOM-less UTF-16 is not valid UTF-8: falls through
        assert enc["method"] == method and enc["detected"] != "utf-8"
        assert data.decode(enc["detected"]) == "<p>café</p>"
    else:
        assert (enc["detected"], enc["method"]) == (detected, method)


# ---------------------------------------------------------------- transfer

def test_gzip_body_stored_decompressed(srv, raw):
    [r] = run([srv.url("/gzip")], raw).results
    assert r.outcome == "fetched"
    assert (raw / r.file).read_bytes() == html(UTF8_TEXT).encode()
    assert sidecar(raw, r.doc_id)["headers"]["content-encoding"] == "gzip"


def test_size_cap_refuses_large_bodies_and_gzip_bombs(srv, raw):
    report = run([srv.url("/big"), srv.url("/big-no-length"), srv.url("/gzip-bomb")], raw)
    for r in report.results:
        assert r.outcome == "failed" and "too large" in r.error, r
        assert r.attempts == 1                                  # not worth retrying
        assert not list(raw.glob(f"{r.doc_id}.*"))
    assert "Content-Length" in report.results[0].error          # refused before reading


def test_redirect_chain_followed_and_final_url_recorded(srv, raw):
    [r] = run([srv.url("/r1")], raw).results
    assert r.outcome == "fetched" and r.final_url == srv.url("/ok")
    meta = sidecar(raw, r.doc_id)
    assert meta["url"] == srv.url("/r1")
    assert [(h["url"], h["status"]) for h in meta["redirects"]] == [(srv.url("/r1"), 301), (srv.url("/r2"), 302)]
    assert manifest(raw)[r.doc_id]["final_url"] == srv.url("/ok")
    assert r.doc_id == doc_id_for(srv.url("/r1"))               # id from the URL asked for


def test_redirect_loop_and_too_many_redirects_fail_bounded(srv, raw):
    loop, chain = run([srv.url("/loop-a"), srv.url("/chain/9")], raw, retries=0, max_redirects=5).results
    assert loop.outcome == "failed" and "redirect loop" in loop.error
    assert srv.count("/loop-a") == 1 and srv.count("/loop-b") == 1
    assert chain.outcome == "failed" and "more than 5 redirects" in chain.error
    assert sum(1 for h in srv.hits if h.startswith("/chain/")) == 6


def test_invalid_urls_and_non_http_redirects_fail_with_a_row(srv, raw):
    report = run(["ftp://files.invalid/a.pdf", "http://", "not a url", srv.url("/to-ftp")], raw)
    assert [r.outcome for r in report.results] == ["failed"] * 4
    assert [r.error for r in report.results[:3]] == ["not an http(s) URL"] * 3
    assert "non-http" in report.results[3].error and report.results[3].attempts == 1
    rows = manifest(raw)
    assert all(rows[r.doc_id]["error"] == r.error for r in report.results)


def test_canonical_url_lowercases_scheme_and_host_only():
    assert canonical_url(" HTTPS://WWW.Example.COM/Path?Q=A#frag ") == "https://www.example.com/Path?Q=A"
    assert doc_id_for("https://Example.com/A") == doc_id_for("https://example.com/A")
    assert doc_id_for("https://example.com/A") != doc_id_for("https://example.com/a")


def test_bad_settings_and_unreadable_manifest_are_refused(tmp_path, capsys):
    with pytest.raises(ValueError, match="per_host_delay"):
        Settings.load(per_host_delay=-1)
    with pytest.raises(ValueError, match="unknown scrape setting"):
        Settings.load(delay=1)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "sources.csv").write_bytes(b"doc_id,url\n\xff\xfe\x00\x81\n")
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/x\n", encoding="utf-8")
    assert cli.main(["scrape", str(urls), "--raw", str(raw), "-q"]) == 2
    assert "sources.csv" in capsys.readouterr().err
    assert cli.main(["scrape", str(urls), "--raw", str(raw), "-q", "--delay", "-2"]) == 2
    assert "per_host_delay" in capsys.readouterr().err


def test_redirect_into_robots_disallowed_path_is_not_followed(srv, raw):
    [r] = run([srv.url("/to-private")], raw).results
    assert r.outcome == "failed" and "robots.txt" in r.error
    assert srv.count("/private/page") == 0


def test_slow_response_times_out_and_is_retried_with_backoff(srv, raw):
    t = FakeTime()
    [r] = run([srv.url("/slow")], raw, t, retries=1, read_timeout=0.4).results
    assert r.outcome == "failed" and "ReadTimeout" in r.error and r.attempts == 2
    assert t.sleeps == [1.0]
    assert not list(raw.glob(f"{r.doc_id}.*"))


def test_trickling_body_hits_total_timeout(srv, raw):
    [r] = run([srv.url("/trickle")], raw, retries=0, read_timeout=1.0, total_timeout=0.3).results
    assert r.outcome == "failed" and "total_timeout" in r.error


# ---------------------------------------------------------------- status codes and retries

def test_404_fails_without_retry(srv, raw):
    t = FakeTime()
    [r] = run([srv.url("/missing")], raw, t).results
    assert (r.outcome, r.status, r.attempts, r.error) == ("failed", 404, 1, "HTTP 404")
    assert srv.count("/missing") == 1 and t.sleeps == []
    row = manifest(raw)[r.doc_id]
    assert (row["status"], row["error"], row["file"], row["sha256"]) == ("404", "HTTP 404", "", "")


def test_500_then_200_succeeds_after_one_backoff(srv, raw):
    t = FakeTime()
    [r] = run([srv.url("/flaky")], raw, t).results
    assert (r.outcome, r.attempts) == ("fetched", 2)
    assert t.sleeps == [1.0]
    assert manifest(raw)[r.doc_id]["error"] == ""


def test_persistent_500_backs_off_exponentially_then_fails(srv, raw):
    t = FakeTime()
    [r] = run([srv.url("/always-500")], raw, t, retries=3, total_timeout=30).results
    assert (r.outcome, r.status, r.attempts) == ("failed", 500, 4)
    assert t.sleeps == [1.0, 2.0, 4.0]
    assert srv.count("/always-500") == 4


def test_retries_stop_at_the_urls_deadline(srv, raw):
    """One deadline per URL covers the waits between retries: a back-off that would end
    after it is not waited for."""
    t = FakeTime()
    [r] = run([srv.url("/always-500")], raw, t, retries=3, total_timeout=3.5).results
    assert (r.outcome, r.attempts) == ("failed", 3) and "total_timeout" in r.error
    assert t.sleeps == [1.0, 2.0]                  # the next back-off, 4 s, would pass 3.5 s
    [r] = run([srv.url("/busy")], raw, FakeTime(), total_timeout=5).results    # Retry-After 7 > 5
    assert (r.outcome, r.attempts) == ("failed", 1) and "would pass the URL's total_timeout" in r.error


def test_429_retry_after_is_honoured(srv, raw):
    t = FakeTime()
    [r] = run([srv.url("/busy")], raw, t, total_timeout=30).results
    assert (r.outcome, r.attempts) == ("fetched", 2)
    assert t.sleeps == [7.0]                       # Retry-After beats the 1 s back-off


def test_429_retry_after_beyond_limit_gives_up(srv, raw):
    t = FakeTime()
    [r] = run([srv.url("/busy-long")], raw, t, max_retry_after=60).results
    assert r.outcome == "failed" and "Retry-After 86400" in r.error and r.attempts == 1
    assert t.sleeps == []


def test_backoff_jitter_is_bounded_and_seedable():
    s = fast_settings(backoff_base=2.0, backoff_max=10.0, backoff_jitter=0.5)
    waits = [backoff_delay(a, s, random.Random(7)) for a in (1, 2, 3, 4)]
    assert waits == [backoff_delay(a, s, random.Random(7)) for a in (1, 2, 3, 4)]
    for a, w in zip((1, 2, 3, 4), waits):
        base = min(10.0, 2.0 * 2 ** (a - 1))
        assert base <= w <= base * 1.5


def test_unreachable_host_fails_after_retries(raw):
    with socket.socket() as sock:                    # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    t = FakeTime()
    [r] = run([f"http://127.0.0.1:{port}/x"], raw, t, retries=1).results
    assert r.outcome == "failed" and "ConnectError" in r.error and r.attempts == 2
    assert t.sleeps == [1.0]


# ---------------------------------------------------------------- robots and pacing

def test_robots_disallowed_path_never_requested(srv, raw):
    ok, private = run([srv.url("/ok"), srv.url("/private/page")], raw).results
    assert ok.outcome == "fetched"
    assert private.outcome == "failed" and "disallowed" in private.error
    assert srv.count("/private/page") == 0 and srv.count("/robots.txt") == 1   # cached per host
    assert manifest(raw)[private.doc_id]["error"].startswith("disallowed")


@pytest.mark.parametrize("robots, outcome", [(None, "fetched"), (403, "fetched"), (503, "failed")])
def test_robots_status_rules(raw, robots, outcome):
    with LocalServer(robots=robots) as s:
        [r] = run([s.url("/private/page")], raw).results
        assert r.outcome == outcome
        assert s.count("/private/page") == (1 if outcome == "fetched" else 0)


def test_robots_group_for_our_user_agent_wins_over_star(raw):
    robots = "User-agent: *\nDisallow:\n\nUser-agent: corpus-tools\nDisallow: /ok2\n"
    with LocalServer(robots=robots) as s:
        ok, ok2 = run([s.url("/ok"), s.url("/ok2")], raw).results
        assert ok.outcome == "fetched" and ok2.outcome == "failed" and s.count("/ok2") == 0


def test_per_host_delay_between_requests_to_one_host(srv, raw):
    t = FakeTime()
    report = run([srv.url("/ok"), srv.url("/ok2"), srv.url("/ok3")], raw, t, per_host_delay=3.0)
    assert [r.outcome for r in report.results] == ["fetched"] * 3
    # robots.txt, then three pages: each request waits 3 s after the previous one
    assert t.sleeps == [3.0, 3.0, 3.0]


def test_hosts_are_paced_independently_and_interleaved(srv, raw):
    t = FakeTime()
    a1, a2 = srv.url("/ok"), srv.url("/ok2")
    b1, b2 = srv.url("/ok", host="localhost"), srv.url("/ok2", host="localhost")
    report = run([a1, a2, b1, b2], raw, t, per_host_delay=3.0, respect_robots=False)
    assert [r.url for r in report.results] == [a1, a2, b1, b2]     # input order kept
    assert srv.hits == ["/ok", "/ok", "/ok2", "/ok2"]              # but fetched round-robin
    assert t.sleeps == [3.0]       # a2 waits for host a; b2's wait already passed meanwhile


def test_robots_crawl_delay_raises_the_host_delay(raw):
    t = FakeTime()
    with LocalServer(robots="User-agent: *\nCrawl-delay: 5\nDisallow: /private/\n") as s:
        run([s.url("/ok"), s.url("/ok2")], raw, t, per_host_delay=1.0)
    assert t.sleeps == [5.0, 5.0]


# ---------------------------------------------------------------- re-runs and the manifest

def test_already_fetched_is_skipped_and_force_refetches(srv, raw):
    url = srv.url("/toggle")
    first = run([url], raw).results[0]
    before = (raw / first.file).read_bytes()
    again = run([url], raw).results[0]
    assert again.outcome == "skipped" and srv.count("/toggle") == 1
    forced = run([url], raw, force=True).results[0]
    assert forced.outcome == "fetched" and srv.count("/toggle") == 2
    after = (raw / forced.file).read_bytes()
    assert before != after and b"version 2" in after
    assert manifest(raw)[first.doc_id]["sha256"] == hashlib.sha256(after).hexdigest()


def test_failed_refetch_keeps_earlier_page_and_row(srv, raw):
    url = srv.url("/toggle")
    first = run([url], raw).results[0]
    page_before = (raw / first.file).read_bytes()
    meta_before = (raw / f"{first.doc_id}.fetch.json").read_bytes()
    srv.toggle_status = 500
    failed = run([url], raw, force=True, retries=0).results[0]
    assert failed.outcome == "failed" and failed.file == first.file
    assert (raw / first.file).read_bytes() == page_before
    assert (raw / f"{first.doc_id}.fetch.json").read_bytes() == meta_before
    row = manifest(raw)[first.doc_id]
    assert row["sha256"] == hashlib.sha256(page_before).hexdigest() and row["status"] == "200"
    assert row["error"] == "refetch failed: HTTP 500"
    # the next successful run clears the error
    srv.toggle_status = 200
    assert run([url], raw, force=True).results[0].outcome == "fetched"
    assert manifest(raw)[first.doc_id]["error"] == ""


def test_seed_manifest_rows_and_columns_survive_failures(srv, raw):
    raw.mkdir()
    seed = REPO / "raw" / "sources.csv"
    shutil.copy(seed, raw / "sources.csv")
    seed_rows = list(csv.DictReader(seed.open(encoding="utf-8")))
    report = run([srv.url("/ok"), srv.url("/missing"), srv.url("/always-500")], raw, retries=0)
    assert [r.outcome for r in report.results] == ["fetched", "failed", "failed"]
    with open(raw / "sources.csv", newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        cols, rows = reader.fieldnames, list(reader)
    # existing columns first, in their order, then the ones this stage adds
    assert cols[:len(seed_rows[0])] == list(seed_rows[0])
    assert set(MANIFEST_COLUMNS) <= set(cols)
    for old, new in zip(seed_rows, rows):
        assert {k: new[k] for k in old} == old
    assert [r["doc_id"] for r in rows[len(seed_rows):]] == [r.doc_id for r in report.results]
    assert [r["error"] for r in rows[len(seed_rows):]] == ["", "HTTP 404", "HTTP 500"]


def test_interrupted_run_still_writes_the_manifest(srv, raw):
    def interrupt(seconds):
        raise KeyboardInterrupt
    settings = fast_settings(per_host_delay=3.0, respect_robots=False)
    with pytest.raises(KeyboardInterrupt):       # the 2nd URL's pacing wait is "Ctrl-C"
        scrape_urls([srv.url("/ok"), srv.url("/ok2")], raw, settings=settings,
                    sleep=interrupt, progress=False)
    rows = manifest(raw)
    assert [r["url"] for r in rows.values()] == [srv.url("/ok")]
    assert rows[doc_id_for(srv.url("/ok"))]["sha256"]
    assert not list(raw.glob(".*.tmp"))


def test_lost_manifest_row_is_rebuilt_from_sidecar(srv, raw):
    [r] = run([srv.url("/ok")], raw).results
    (raw / "sources.csv").unlink()
    [again] = run([srv.url("/ok")], raw).results
    assert again.outcome == "skipped" and srv.count("/ok") == 1
    assert manifest(raw)[r.doc_id]["sha256"] == sidecar(raw, r.doc_id)["sha256"]


def test_duplicate_urls_fetched_once(srv, raw):
    report = run([srv.url("/ok"), srv.url("/ok") + "#top", " " + srv.url("/ok")], raw)
    assert len(report.results) == 1 and srv.count("/ok") == 1


# ---------------------------------------------------------------- URL files and CLI

def test_read_url_file_text_and_csv(tmp_path):
    txt = tmp_path / "urls.txt"
    txt.write_text("# seeds\n\nhttps://a.example/1\n  https://b.example/2  \n# end\n", encoding="utf-8")
    assert read_url_file(txt) == ["https://a.example/1", "https://b.example/2"]
    table = tmp_path / "urls.csv"
    table.write_text("outlet,URL\nA,https://a.example/1\nB,\nC,\"https://c.example/x,y\"\n", encoding="utf-8")
    assert read_url_file(table) == ["https://a.example/1", "https://c.example/x,y"]


@pytest.mark.parametrize("content, message", [(None, "no such file"), ("# only a comment\n\n", "no URLs"),
                                              (b"\xff\xfe\x00bad", "not UTF-8")])
def test_read_url_file_errors_name_the_file(tmp_path, content, message):
    path = tmp_path / "urls.txt"
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif content is not None:
        path.write_bytes(content)
    with pytest.raises(ValueError, match=message) as exc:
        read_url_file(path)
    assert str(path) in str(exc.value)


def test_cli_exit_codes_and_failure_summary(srv, tmp_path, capsys):
    raw = tmp_path / "raw"
    urls = tmp_path / "urls.txt"
    opts = ["--raw", str(raw), "--quiet", "--delay", "0", "--retries", "0", "--timeout", "2"]
    urls.write_text(f"{srv.url('/ok')}\n{srv.url('/missing')}\n", encoding="utf-8")
    assert cli.main(["scrape", str(urls), *opts]) == 1
    err = capsys.readouterr().err
    assert "1 fetched, 0 skipped, 1 failed" in err
    assert f"FAILED {srv.url('/missing')}: HTTP 404" in err
    urls.write_text(f"{srv.url('/ok')}\n", encoding="utf-8")
    assert cli.main(["scrape", str(urls), *opts]) == 0
    assert "0 fetched, 1 skipped, 0 failed" in capsys.readouterr().err
    assert cli.main(["scrape", str(tmp_path / "nope.txt"), *opts]) == 2
    assert "nope.txt" in capsys.readouterr().err


def test_scrape_settings_come_from_the_run_settings(tmp_path):
    """scrape.json is read through the one Settings object: a user's replacement file and a
    ``scrape`` section both reach the scraper; explicit overrides still win."""
    from corpus_tools.settings import Settings as RunSettings
    shipped = json.loads((RunSettings().path("scrape.json")).read_text(encoding="utf-8"))
    mine = tmp_path / "scrape.json"
    mine.write_text(json.dumps({**shipped, "per_host_delay": 7.5, "user_agent": "kajian-asn/1.0"}), encoding="utf-8")
    base = RunSettings().with_data(**{"scrape.json": mine})
    assert Settings.load(base).per_host_delay == 7.5 and Settings.load(base).user_agent == "kajian-asn/1.0"
    sectioned = base.replace(sections={"scrape": {"total_timeout": 33.0}})
    assert Settings.load(sectioned).total_timeout == 33.0 and Settings.load(sectioned).per_host_delay == 7.5
    assert Settings.load(sectioned, per_host_delay=1.0).per_host_delay == 1.0
    assert Settings.load().per_host_delay == shipped["per_host_delay"]
