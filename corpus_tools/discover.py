"""Find candidate article URLs on the outlets a researcher names: `corpus-tools discover`.

    corpus-tools discover sukamajupos.test https://kabartirta.test/ --since 2023-10-01 --out urls.csv
    corpus-tools scrape urls.csv --raw raw

Stages, per outlet (a home page or a bare domain):

1. **sitemaps** — the ``Sitemap:`` lines of robots.txt (trafilatura's
   ``extract_robots_sitemaps``), else the usual names; sitemap indexes are followed (newest
   first, and a child sitemap last modified before ``since`` is skipped), gzip is undone,
   plain-text sitemaps are read with trafilatura's rules, and each ``<url>`` gives its
   ``lastmod`` and, in news sitemaps, ``news:title`` and ``news:publication_date``;
2. **feeds** — RSS/Atom/RDF feeds the home page links to (trafilatura's ``determine_feed``),
   else the usual feed paths; each item gives its link, title, date and description;
3. **crawl** — only when 1 and 2 found nothing: a bounded breadth-first walk of the
   outlet's own pages (at most ``crawl_max_pages`` fetches); a link whose last path segment
   reads like an article slug is a candidate (its anchor text the title, a date in its URL
   the date, via htmldate), any other same-site link is a page to walk;
4. **filter** — every keyword group (``data/discover.json``, or ``keywords=``) must match
   the start of a word in the URL path, title or description; ``since``/``until`` bound
   the date (undated candidates are kept unless ``require_date``);
5. **write** — a CSV list (``url,title,date,found_by,found_at,outlet,matched``) that
   ``corpus-tools scrape`` reads as it is (its ``url`` column).

Every request goes through scrape's polite client: robots.txt per origin, a per-host delay
(raised by Crawl-delay and Retry-After), retries with back-off, size and redirect caps.
A broken sitemap or feed is reported in ``DiscoverReport.problems`` and the walk goes on
(lxml's recovering parser keeps the entries before the damage).
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import email.utils
import io
import random
import re
import sys
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

from . import scrape
from .settings import Settings, resolve

DATA_FILE = "discover.json"
COLUMNS = ("url", "title", "date", "found_by", "found_at", "outlet", "matched")
SITEMAP, NEWS_SITEMAP, FEED, CRAWL = "sitemap", "news-sitemap", "feed", "crawl"
# Types a sitemap or feed is served as (scrape itself only takes pages).
XML_TYPES = {"application/xml": ".xml", "text/xml": ".xml", "application/rss+xml": ".xml",
             "application/atom+xml": ".xml", "application/rdf+xml": ".xml",
             "application/x-gzip": ".xml", "application/gzip": ".xml",
             "application/octet-stream": ".xml"}
GZIP_MAGIC = b"\x1f\x8b"
# A crawled link is an article when its last path segment has at least this many words
# (news slugs are headlines: "asn-dilarang-ikut-kampanye"); shorter ones are sections.
ARTICLE_SLUG_MIN_WORDS = 4
SLUG_WORD = re.compile(r"[^\W_]+")
ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
WORD_SEP = re.compile(r"[\W_]+")


@dataclass
class Candidate:
    url: str
    title: Optional[str] = None
    date: Optional[str] = None           # YYYY-MM-DD as the source wrote it
    description: Optional[str] = None
    found_by: str = SITEMAP              # sitemap | news-sitemap | feed | crawl
    found_at: str = ""                   # the sitemap, feed or page it was listed on
    outlet: str = ""                     # host name
    matched: tuple[str, ...] = ()        # keyword terms that matched

    def row(self) -> dict:
        return {"url": self.url, "title": _one_line(self.title), "date": self.date or "",
                "found_by": self.found_by, "found_at": self.found_at, "outlet": self.outlet,
                "matched": ";".join(self.matched)}


@dataclass
class DiscoverReport:
    found: list[Candidate] = field(default_factory=list)     # every distinct URL seen
    kept: list[Candidate] = field(default_factory=list)      # after keyword and date filters
    problems: list[str] = field(default_factory=list)        # "<url>: <what went wrong>"
    fetches: int = 0


# ---------------------------------------------------------------- small pure helpers

def _one_line(text: Optional[str]) -> str:
    return " ".join((text or "").split())


def day(value: Optional[str]) -> Optional[str]:
    """A sitemap/feed date as YYYY-MM-DD (ISO 8601 or RFC 822, the date as written).

    >>> day("2023-11-21T23:10:00+07:00"), day("Tue, 21 Nov 2023 08:00:00 +0700"), day("kemarin")
    ('2023-11-21', '2023-11-21', None)
    >>> day("Selasa, 21 November 2023 08:00 WIB"), day("Sel, 21 Nov 2023 08:00:00 +0700")
    ('2023-11-21', '2023-11-21')
    """
    if not value:
        return None
    m = ISO_DAY.match(value)
    if m:
        return "-".join(m.groups())
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    from .dates import parse_date        # a CMS writing the date in Indonesian ("Senin, 2 September 2024")
    return parse_date(value)


def outlet_url(name: str) -> str:
    """'sukamajupos.test' -> 'https://sukamajupos.test/'; a URL is kept (fragment dropped)."""
    name = name.strip()
    if not re.match(r"^[a-z][a-z0-9+.-]*://", name, re.I):
        name = "https://" + name
    parts = urlsplit(name)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{name!r} is not a home page or domain")
    return urlunsplit(parts._replace(path=parts.path or "/", fragment=""))


def _site(host: str) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


def same_site(url: str, host: str) -> bool:
    """Whether ``url`` is on ``host`` or one of its subdomains (www. ignored)."""
    h, base = _site(urlsplit(url).hostname or ""), _site(host)
    return bool(h) and (h == base or h.endswith("." + base))


def compile_groups(groups: Iterable[Iterable[str]]) -> list[list[tuple[str, re.Pattern]]]:
    """Keyword groups -> patterns matching a term at the start of a word."""
    out = []
    for group in groups:
        pats = []
        for term in group:
            words = WORD_SEP.sub(" ", term.lower()).split()
            if words:
                pats.append((term, re.compile(r"(?<![^\W_])" + r"\s+".join(map(re.escape, words)))))
        if pats:
            out.append(pats)
    return out


def matches(cand: Candidate, groups) -> Optional[tuple[str, ...]]:
    """The terms that matched when every group matched the candidate's URL path, title or
    description; None otherwise.

    >>> g = compile_groups([["asn", "pegawai"], ["netral"]])
    >>> matches(Candidate("https://x.test/berita/asn-wajib-netralitas"), g)
    ('asn', 'netral')
    >>> matches(Candidate("https://x.test/a/123", title="Harga cabai naik"), g) is None
    True
    """
    path = unquote(urlsplit(cand.url).path)
    text = " ".join(WORD_SEP.sub(" ", s).lower() for s in (path, cand.title or "", cand.description or ""))
    hit = []
    for group in groups:
        term = next((t for t, p in group if p.search(text)), None)
        if term is None:
            return None
        hit.append(term)
    return tuple(hit)


def in_range(date: Optional[str], since: Optional[str], until: Optional[str], require_date: bool) -> bool:
    if date is None:
        return not require_date
    return (since is None or date >= since) and (until is None or date <= until)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el, *names: str) -> Optional[str]:
    for child in el.iter():
        if child is not el and _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def _own_text(el, name: str) -> Optional[str]:
    """Text of a direct child (a <url>'s own <loc>, not an <image:loc> inside it)."""
    for child in el:
        if _local(child.tag) == name and (child.text or "").strip():
            return child.text.strip()
    return None


def gunzip(body: bytes, cap: int) -> bytes:
    """Undo gzip, refusing more than ``cap`` bytes of output (a gzip bomb stops there)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(body, cap + 1)
    if len(out) > cap:
        raise ValueError(f"gzip expands past {cap} bytes")
    return out


def _xml_root(body: bytes):
    from lxml import etree
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None


def _xml_damaged(body: bytes) -> Optional[str]:
    """The first well-formedness error of ``body``, or None."""
    from lxml import etree
    try:
        etree.fromstring(body, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        return str(exc).splitlines()[0]
    return None


# ---------------------------------------------------------------- parsing sitemaps and feeds

def parse_sitemap(body: bytes, url: str) -> tuple[list[tuple[str, Optional[str]]], list[Candidate]]:
    """A sitemap's (child sitemaps with their lastmod, page entries). Plain-text sitemaps
    (one URL a line) are read as trafilatura reads them."""
    from trafilatura.sitemaps import DETECT_LINKS, SITEMAP_FORMAT, is_plausible_sitemap
    text = body.decode("utf-8", "replace")
    if not SITEMAP_FORMAT.match(text):
        if not is_plausible_sitemap(url, text):
            return [], []
        return [], [Candidate(m.group(0), found_by=SITEMAP, found_at=url) for m in DETECT_LINKS.finditer(text)]
    root = _xml_root(body)
    if root is None:
        return [], []
    children, entries = [], []
    if _local(root.tag) == "sitemapindex":
        for sm in root:
            if _local(sm.tag) == "sitemap" and (loc := _own_text(sm, "loc")):
                children.append((urljoin(url, loc), day(_own_text(sm, "lastmod"))))
    elif _local(root.tag) == "urlset":
        for u in root:
            if _local(u.tag) != "url" or not (loc := _own_text(u, "loc")):
                continue
            news = next((c for c in u if _local(c.tag) == "news"), None)
            if news is not None:
                entries.append(Candidate(urljoin(url, loc), title=_child_text(news, "title"),
                                         date=day(_child_text(news, "publication_date")) or
                                         day(_own_text(u, "lastmod")),
                                         description=_child_text(news, "keywords"),
                                         found_by=NEWS_SITEMAP, found_at=url))
            else:
                entries.append(Candidate(urljoin(url, loc), date=day(_own_text(u, "lastmod")),
                                         found_by=SITEMAP, found_at=url))
    return children, entries


def parse_feed(body: bytes, url: str) -> Optional[list[Candidate]]:
    """Items of an RSS 2.0, RDF (RSS 1.0) or Atom feed; None when it is not a feed."""
    root = _xml_root(body)
    if root is None or _local(root.tag) not in ("rss", "rdf", "feed", "channel"):
        return None
    out = []
    for item in root.iter():
        if _local(item.tag) not in ("item", "entry"):
            continue
        link = None
        for c in item:
            if _local(c.tag) == "link":
                if c.get("href") and c.get("rel", "alternate") == "alternate":
                    link = c.get("href")
                    break
                if (c.text or "").strip():
                    link = c.text.strip()
                    break
        link = link or (item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about"))
        if not link:
            continue
        date = next((d for d in (day(_child_text(item, n)) for n in
                                 ("pubdate", "published", "date", "updated", "issued")) if d), None)
        desc = _child_text(item, "description", "summary")
        if desc and "<" in desc:
            desc = _strip_tags(desc)
        out.append(Candidate(urljoin(url, link), title=_child_text(item, "title"), date=date,
                             description=desc, found_by=FEED, found_at=url))
    return out


def _strip_tags(fragment: str) -> str:
    import lxml.html
    try:
        return lxml.html.fromstring(fragment).text_content()
    except Exception:       # lxml refuses empty or odd fragments: keep the text as it came
        return fragment


def is_article_slug(url: str) -> bool:
    segs = [s for s in urlsplit(url).path.split("/") if s]
    if not segs:
        return False
    last = re.sub(r"\.(s?html?|php|aspx?)$", "", unquote(segs[-1]), flags=re.I)
    return len(SLUG_WORD.findall(last)) >= ARTICLE_SLUG_MIN_WORDS


def url_date(url: str) -> Optional[str]:
    """A date written in a URL path (/2023/11/21/), via htmldate."""
    from htmldate import find_date
    try:
        return find_date("<html><body></body></html>", url=url, extensive_search=False)
    except (ValueError, TypeError):
        return None


# ---------------------------------------------------------------- polite fetching

class Fetcher:
    """scrape's polite client (robots.txt, pacing, retries, caps), taking XML too."""

    def __init__(self, settings: scrape.Settings, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, rng: Optional[random.Random] = None):
        self.settings = dataclasses.replace(settings, content_types={**settings.content_types, **XML_TYPES})
        self.session = scrape.Session(self.settings, sleep=sleep, clock=clock, rng=rng)
        self.count = 0

    def get(self, url: str) -> scrape.Page:
        """The page (body gunzipped); raises scrape.FetchError."""
        self.count += 1
        page, _ = self.session.get(url)
        if page.body[:2] == GZIP_MAGIC:
            try:
                page.body = gunzip(page.body, self.settings.max_bytes)
            except (ValueError, zlib.error) as exc:
                raise scrape.FetchError(f"bad gzip: {exc}") from None
        return page

    def close(self) -> None:
        self.session.close()


def _html_text(page) -> str:
    enc = scrape.detect_encoding(page.body, page.headers.get("content-type"))["detected"] or "utf-8"
    return page.body.decode(enc, "replace")


# ---------------------------------------------------------------- one outlet

@dataclass
class _Knobs:
    max_sitemaps: int
    max_feeds: int
    max_entries: int
    crawl_max_pages: int
    crawl_min_candidates: int
    feed_guesses: tuple[str, ...]
    sitemap_guesses: tuple[str, ...]


class _Outlet:
    def __init__(self, home: str, fetcher: Fetcher, knobs: _Knobs, report: DiscoverReport,
                 since: Optional[str], crawl: bool):
        self.home, self.fetcher, self.knobs, self.report = home, fetcher, knobs, report
        parts = urlsplit(home)
        self.host = parts.hostname or ""
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.since, self.crawl_allowed = since, crawl
        self.found: dict[str, Candidate] = {}
        self._home = None
        self._home_html: Optional[str] = None
        self.last_error: Optional[scrape.FetchError] = None

    def problem(self, url: str, what: str) -> None:
        self.report.problems.append(f"{url}: {what}")

    def get(self, url: str, quiet: bool = False):
        try:
            return self.fetcher.get(url)
        except scrape.FetchError as exc:
            self.last_error = exc
            if not quiet:
                self.problem(url, str(exc))
            return None

    def add(self, cands: Iterable[Candidate]) -> None:
        from courlan import is_not_crawlable
        for c in cands:
            c.url = scrape.canonical_url(c.url)
            if len(self.found) >= self.knobs.max_entries:
                return
            if urlsplit(c.url).scheme not in ("http", "https") or not same_site(c.url, self.host) \
                    or is_not_crawlable(c.url) or c.url.rstrip("/") == self.home.rstrip("/"):
                continue
            c.outlet = urlsplit(c.url).hostname or self.host
            old = self.found.get(c.url)
            if old is None:
                self.found[c.url] = c
            else:        # the same URL from a news sitemap and a feed: keep what each knows
                old.title = old.title or c.title
                old.date = old.date or c.date
                old.description = old.description or c.description

    def run(self) -> list[Candidate]:
        if self.home.rstrip("/").endswith((".xml", ".gz", ".rss", "/feed", "/rss", "/atom")):
            self.from_xml_url(self.home)
        else:
            self._home = self.get(self.home)
            if self._home is None and self.last_error is not None and self.last_error.status is None:
                self.problem(self.home, "outlet unreachable: skipped")   # not every guessed path again
                return []
            self.sitemaps()
            self.feeds()
            if len(self.found) < self.knobs.crawl_min_candidates and self.crawl_allowed:
                self.crawl()
        return list(self.found.values())

    def from_xml_url(self, url: str) -> None:
        page = self.get(url)
        if page is None:
            return
        feed = parse_feed(page.body, page.final_url)
        if feed is not None:
            self._note_damage(url, page.body)
            self.add(feed)
        else:
            self.walk_sitemaps([url], first=page)

    def _note_damage(self, url: str, body: bytes) -> None:
        err = _xml_damaged(body)
        if err:
            self.problem(url, f"broken XML, entries before the damage kept ({err})")

    # -- 1. sitemaps
    def sitemaps(self) -> None:
        from trafilatura.sitemaps import extract_robots_sitemaps
        robots = self.get(self.origin + "/robots.txt", quiet=True)
        listed = extract_robots_sitemaps(robots.body.decode("utf-8", "replace"), self.origin) if robots else []
        if listed:
            self.walk_sitemaps(listed)
        else:
            self.walk_sitemaps([self.origin + g for g in self.knobs.sitemap_guesses], guessed=True)

    def walk_sitemaps(self, urls: list[str], guessed: bool = False, first=None) -> None:
        queue, seen = deque(urls), set()
        while queue and len(seen) < self.knobs.max_sitemaps:
            url = queue.popleft()
            if url in seen:
                continue
            seen.add(url)
            page, first = (first, None) if first is not None else (self.get(url, quiet=guessed), None)
            if page is None:
                continue
            children, entries = parse_sitemap(page.body, page.final_url)
            if not children and not entries:
                if not guessed:
                    self.problem(url, "not a sitemap (no <urlset>, <sitemapindex> or URL lines)"
                                 + ("" if _xml_damaged(page.body) is None else "; broken XML"))
                continue
            self._note_damage(url, page.body)
            # newest child sitemaps first; one last changed before `since` holds nothing newer
            children.sort(key=lambda c: c[1] or "9999", reverse=True)
            queue.extend(u for u, mod in children
                         if same_site(u, self.host) and (self.since is None or mod is None or mod >= self.since))
            self.add(entries)
            if guessed and entries:
                return          # one guessed sitemap that works is the site's sitemap

    # -- 2. feeds
    def feeds(self) -> None:
        from trafilatura.feeds import FeedParameters, determine_feed
        home = self._home
        links: list[str] = []
        if home is not None:
            self._home_html = _html_text(home)
            params = FeedParameters(self.origin, self.host, self.host)
            try:
                # a feed hosted elsewhere (a feed service) is fine: its items are checked for the site
                links = determine_feed(self._home_html, params)[:self.knobs.max_feeds]
            except Exception as exc:    # trafilatura on a malformed page: fall back to guesses
                self.problem(self.home, f"feed links unreadable ({type(exc).__name__})")
        guessed = not links
        if guessed and self.found:     # the sitemaps answered; guessing feed paths costs requests
            return
        for url in links or [self.origin + g for g in self.knobs.feed_guesses]:
            page = self.get(url, quiet=guessed)
            if page is None:
                continue
            items = parse_feed(page.body, page.final_url)
            if items is None:
                if not guessed:
                    self.problem(url, "not an RSS/Atom feed")
                continue
            self._note_damage(url, page.body)
            self.add(items)
            if guessed and items:
                return

    def _allowed(self, url: str) -> bool:
        return self.fetcher.session.allowed(url)

    # -- 3. bounded crawl
    def crawl(self) -> None:
        import lxml.html
        from courlan import is_navigation_page
        queue, seen, pages = deque([self.home]), {self.home}, 0
        while queue and pages < self.knobs.crawl_max_pages:
            url = queue.popleft()
            if url == self.home and self._home_html is not None:
                html, base = self._home_html, self.home
            else:
                page = self.get(url)
                if page is None or page.content_type not in ("text/html", "application/xhtml+xml", ""):
                    continue
                html, base = _html_text(page), page.final_url
            pages += 1
            try:
                doc = lxml.html.document_fromstring(html)
            except Exception:      # an empty or undecodable page: nothing to walk
                continue
            nav, found = [], []
            for a in doc.iter("a"):
                href = a.get("href")
                if not href:
                    continue
                link = scrape.canonical_url(urljoin(base, href.strip()))
                if not same_site(link, self.host) or urlsplit(link).scheme not in ("http", "https"):
                    continue
                if is_article_slug(link):
                    found.append(Candidate(link, title=_one_line(a.text_content()) or None,
                                           date=url_date(link), found_by=CRAWL, found_at=base))
                elif link not in seen:
                    seen.add(link)
                    if self._allowed(link):
                        nav.append(link)
            self.add(found)
            # navigation pages (indexes, sections, page 2) first: they list the most articles
            nav.sort(key=lambda u: not is_navigation_page(u))
            queue.extend(nav)


# ---------------------------------------------------------------- all outlets

def discover(outlets: Iterable[str], *, keywords: Optional[list[str]] = None, match_all: bool = False,
             since: Optional[str] = None, until: Optional[str] = None, require_date: bool = False,
             crawl: bool = True, settings: Optional[Settings] = None,
             scrape_settings: Optional[scrape.Settings] = None,
             sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic,
             rng: Optional[random.Random] = None, progress: bool = False) -> DiscoverReport:
    """Candidate article URLs on ``outlets`` (see the module docstring).

    ``keywords``: one group of terms replacing the shipped groups; ``match_all``: no keyword
    filter; ``since``/``until``: YYYY-MM-DD bounds; ``settings``: data file and the
    ``discover`` section's knobs; ``scrape_settings``: the polite client's (delay, timeouts)."""
    settings = resolve(settings)
    data = {**settings.data(DATA_FILE), **settings.section("discover")}
    for name, value in (("since", since), ("until", until)):
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(f"--{name} {value!r}: expected YYYY-MM-DD")
    knobs = _Knobs(max_sitemaps=int(data["max_sitemaps"]), max_feeds=int(data["max_feeds"]), max_entries=int(data["max_entries"]),
                   crawl_max_pages=int(data["crawl_max_pages"]),
                   crawl_min_candidates=int(data["crawl_min_candidates"]),
                   feed_guesses=tuple(data["feed_guesses"]), sitemap_guesses=tuple(data["sitemap_guesses"]))
    groups = [] if match_all else compile_groups([keywords] if keywords else data["keyword_groups"])
    homes = list(dict.fromkeys(outlet_url(o) for o in outlets if o.strip()))
    if not homes:
        raise ValueError("no outlets given")
    report = DiscoverReport()
    fetcher = Fetcher(scrape_settings or scrape.Settings.load(), sleep=sleep, clock=clock, rng=rng)
    seen: dict[str, Candidate] = {}
    try:
        for home in homes:
            if progress:
                print(f"discover: {home}", file=sys.stderr)
            for c in _Outlet(home, fetcher, knobs, report, since, crawl).run():
                seen.setdefault(c.url, c)
    finally:
        report.fetches = fetcher.count
        fetcher.close()
    report.found = list(seen.values())
    for c in report.found:
        hit = matches(c, groups) if groups else ()
        if hit is not None and in_range(c.date, since, until, require_date):
            c.matched = hit
            report.kept.append(c)
    report.kept.sort(key=lambda c: (c.outlet, c.date or "", c.url))
    return report


def write_urls(cands: list[Candidate], path: str | Path) -> None:
    """The URL list as CSV (``url`` first: ``corpus-tools scrape`` reads that column)."""
    from .io import atomic_write
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in cands:
        w.writerow(c.row())
    atomic_write(path, buf.getvalue())


# ---------------------------------------------------------------- CLI

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("outlets", nargs="*", help="home pages or domains (or a sitemap/feed URL)")
    p.add_argument("--outlets-file", type=Path, help="a file of outlets, one per line (# comments)")
    p.add_argument("--out", type=Path, default=Path("urls.csv"), help="URL list to write (default urls.csv)")
    p.add_argument("--since", help="keep articles dated on or after YYYY-MM-DD")
    p.add_argument("--until", help="keep articles dated on or before YYYY-MM-DD")
    p.add_argument("--require-date", action="store_true", help="drop candidates with no date")
    p.add_argument("-k", "--keyword", action="append",
                   help="a term to match (repeatable; replaces the shipped ASN-neutrality groups)")
    p.add_argument("--all", action="store_true", help="no keyword filter")
    p.add_argument("--no-crawl", action="store_true", help="sitemaps and feeds only")
    p.add_argument("--delay", type=float, default=None, help="seconds between requests to one host")
    p.add_argument("--timeout", type=float, default=None, help="connect/read timeout in seconds")
    p.add_argument("-q", "--quiet", action="store_true")


def discover_cli(args: argparse.Namespace) -> int:
    """0: candidates written; 1: none found (nothing written); 2: unusable input."""
    try:
        outlets = list(args.outlets)
        if args.outlets_file:
            try:
                text = args.outlets_file.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise ValueError(f"{args.outlets_file}: cannot read outlets ({exc})") from None
            outlets += [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("#")]
        ss = scrape.Settings.load(per_host_delay=args.delay, connect_timeout=args.timeout,
                                  read_timeout=args.timeout)
        report = discover(outlets, keywords=args.keyword, match_all=args.all, since=args.since,
                          until=args.until, require_date=args.require_date, crawl=not args.no_crawl,
                          scrape_settings=ss, progress=not args.quiet)
    except ValueError as exc:
        print(f"corpus-tools discover: {exc}", file=sys.stderr)
        return 2
    for p in report.problems:
        print(f"  warning: {p}", file=sys.stderr)
    if not report.kept:
        print(f"discover: {len(report.found)} URL(s) found, none matched the keywords and dates; "
              f"{args.out} not written", file=sys.stderr)
        return 1
    write_urls(report.kept, args.out)
    by = {}
    for c in report.kept:
        by[c.found_by] = by.get(c.found_by, 0) + 1
    how = ", ".join(f"{n} {k}" for k, n in sorted(by.items()))
    print(f"discover: {len(report.kept)} of {len(report.found)} URL(s) kept ({how}) after "
          f"{report.fetches} request(s) -> {args.out}", file=sys.stderr)
    return 0
