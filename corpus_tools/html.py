"""HTML page -> article body: trafilatura, then Indonesian news rules.

One public function, :func:`clean_html`, over a chain of small stages:

1. ``_check_input``   refuse binary garbage, treat empty pages as "no body".
2. ``_apply_profile`` optional site profile (CSS selectors from
   ``data/html_rules.json``): prune known boilerplate, pin the body container.
3. ``_segment``       one pass over the DOM into text segments (one per block
   element or ``<br>`` line), each with its list marker (``1.``, ``a.``, ``-``
   from ``<ol start type>``/``<ul>``), link share and owning element. Text comes
   from the DOM, so inline spacing and list numbering survive.
4. ``_match``         trafilatura (fast mode) decides what is body; its text is
   aligned with the segments in document order on letters and digits only.
5. ``_select``        keep the body container (the deepest element holding most
   of the kept text), recover what trafilatura drops there: list items between
   kept paragraphs and the lead paragraph.
6. ``_paragraphs``    join ``<br>``-continued lines, one paragraph per block.
7. ``_apply_rules``   "Baca juga", teaser lists, credits, share bars, comment
   blocks, copyright footers ... each removal is recorded with its reason.

Metadata (title, author, date, site name) comes from trafilatura's metadata
readers and htmldate, with fixes for Indonesian pages (site-name suffixes in
titles, "Diposting oleh" bylines, Indonesian month names).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from lxml import etree
from lxml.html import HtmlElement

from .lang import SHIPPED as _LANG
from .models import CleanDocument, Removed

# --- thresholds (named, like jusText's) ------------------------------------
MAX_BINARY_SHARE = 0.01      # control characters in the first 64 KiB above this -> binary
MAX_REPLACEMENT_SHARE = 0.05  # U+FFFD share above this -> wrongly decoded binary
MIN_KEY_CHARS = 12           # shorter segments must follow the previous match directly
SHORT_KEY_SLACK = 2          # ... within this many characters
PARTIAL_KEY_CHARS = 24       # long segments may match on their first/last N characters
ANCHOR_KEY_CHARS = 40        # a segment this long matches in one place only: an anchor of order
ANCHOR_LOOKAHEAD = 60        # segments searched for that anchor
CONTAINER_SHARE = 0.6        # the body container holds at least this share of kept text
LINK_DENSITY_MAX = 0.6       # paragraphs with more link text than this are teasers
PROSE_MIN_WORDS = 8          # a "prose" line has at least this many words ...
LEAD_MIN_WORDS = 10          # ... a recovered lead paragraph at least this many
TAIL_CUT_MIN_SHARE = 0.5     # "cut-tail" rules fire only after this share of the text ...
TAIL_CUT_MIN_CHARS = 500     # ... or after this much of it (a long comment thread follows)
MAX_REMOVED_TEXT = 300       # removed text is kept for debugging, cut to this length
MAX_SEGMENT_CHARS = 200_000  # guard against pathological single-line pages
RULES_PATH = Path(__file__).parent / "data" / "html_rules.json"

BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html "
    "li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul "
    "amp-sidebar caption legend".split())
SKIP_TAGS = frozenset(
    "script style noscript template svg iframe textarea select option button input "
    "head object embed canvas math video audio map amp-ad amp-analytics "
    "amp-social-share".split())
CAPTION_TAGS = frozenset(("figcaption", "figure", "caption"))
LIST_TAGS = frozenset(("ol", "ul", "menu", "dir"))

_WS = re.compile(r"\s+")
_NON_KEY = re.compile(r"[\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_TERMINAL = re.compile(r"[.:;!?\"”’)]\s*$")
# list markers, month names, bylines: one home, lang.py
_TEXT_MARKER = _LANG.list_marker
_ID_MONTHS = _LANG.months
_ID_DATE = _LANG.date_dmy
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—:•»]|::)\s+|:\s+")


@dataclass(frozen=True)
class HtmlSettings:
    """Knobs of the HTML cleaner (one place, like trafilatura's settings)."""
    fast: bool = True              # skip trafilatura's fallback extractors (list recovery compensates)
    use_profiles: bool = True      # apply matching site profiles from the rules file
    recover_lists: bool = True     # re-add list items trafilatura dropped inside the body
    recover_lead: bool = True      # re-add a dropped lead paragraph
    rules_path: Optional[Path] = None


@dataclass
class _Segment:
    """One line of text from the DOM: a block element's text or a <br> line."""
    text: str
    owner: HtmlElement             # innermost block element
    marker: Optional[str]          # list marker from <ol>/<ul>, e.g. "3. ", "- "
    link_chars: int
    links: list[str]
    in_li: bool
    in_caption: bool
    br_before: bool                # separated from the previous segment only by <br>
    key: str = ""
    kept: bool = False
    why: str = ""                  # reason when not kept


@dataclass
class _Para:
    text: str
    link_chars: int
    links: list[str]
    marker: Optional[str]
    in_li: bool = False

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1 if self.text else 0

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


@dataclass
class _Rules:
    rules: list[tuple[str, str, int, bool, re.Pattern[str]]]
    inline_read_also: re.Pattern[str]
    title_selectors: list[Any]
    author_prefixes: re.Pattern[str]
    profiles: list[dict[str, Any]] = field(default_factory=list)
    any_start: Optional[re.Pattern[str]] = None   # all anchored patterns in one: a quick "no rule"
    any_search: Optional[re.Pattern[str]] = None  # all unanchored patterns in one


# --- public API --------------------------------------------------------------

def clean_html(html: str | bytes, doc_id: str, *, url: str | None = None,
               settings: Any = None) -> CleanDocument:
    """Return the article body of an HTML page and what the page says about it.

    ``text`` holds the body paragraphs joined by blank lines; list items keep a
    marker ("1. ", "- ", or the page's own "a.", "1)", "•"). ``removed`` records
    what was dropped and why. A page without a body gives empty ``text`` and a
    ``Removed`` entry saying so. Raises ``BinaryInput`` (a ``ValueError``) for binary data.
    """
    opts = _settings(settings)
    rules = load_rules(str(opts.rules_path or RULES_PATH))
    html = _check_input(html, doc_id)
    doc = CleanDocument(doc_id=doc_id, text="")
    if not html.strip():
        doc.removed.append(Removed("", "no-body: empty page"))
        return doc
    tree = _parse(html)
    if tree is None:
        doc.removed.append(Removed(html[:MAX_REMOVED_TEXT], "no-body: not HTML (no document tree could be built)"))
        return doc

    _read_metadata(tree, url, rules, doc)
    body_el = _apply_profile(tree, url, rules, doc.removed) if opts.use_profiles else None
    segments = _segment(tree)
    matched = _match(tree, segments, url, opts)
    paras = _select(segments, body_el, matched, opts, doc.removed)
    paras = _apply_rules(paras, rules, doc.title, doc.removed)
    doc.text = "\n\n".join(p.text for p in paras)
    if not doc.text:
        doc.removed.append(Removed("", "no-body: no article text found on the page"))
    if not doc.published:
        doc.published = _indonesian_date(segments)
    if not doc.author:
        doc.author = _credit_author(segments)
    return doc


def load_rules(path: str = str(RULES_PATH)) -> _Rules:
    """Compile the rules file once per path."""
    return _load_rules(path)


# --- stage 1: input checks and parsing --------------------------------------

def _settings(settings: Any) -> HtmlSettings:
    if settings is None:
        return HtmlSettings()
    if isinstance(settings, HtmlSettings):
        return settings
    nested = getattr(settings, "html", None)
    return nested if isinstance(nested, HtmlSettings) else HtmlSettings()


class BinaryInput(ValueError):
    """clean_html was given binary data (or text decoded with the wrong encoding)."""

    def __init__(self, doc_id: str, reason: str):
        self.reason = reason
        super().__init__(f"{doc_id}: {reason}")


def _check_input(html: str | bytes, doc_id: str) -> str:
    if isinstance(html, bytes):
        if b"\x00" in html[:65536]:
            raise BinaryInput(doc_id, "input looks like binary data, not HTML (NUL bytes)")
        html = html.decode("utf-8", errors="replace")
    if not isinstance(html, str):
        raise TypeError(f"{doc_id}: clean_html expects str, got {type(html).__name__}")
    head = html[:65536]
    if head:
        if "\x00" in head or len(_CONTROL.findall(head)) > MAX_BINARY_SHARE * len(head):
            raise BinaryInput(doc_id, "input looks like binary data, not HTML (control characters)")
        if head.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(head):
            raise BinaryInput(doc_id, "input looks like binary data or a wrong encoding "
                                      "(too many U+FFFD replacement characters)")
    return html


def _parse(html: str) -> Optional[HtmlElement]:
    from trafilatura.utils import load_html
    try:
        tree = load_html(re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1))   # lxml refuses a str with an encoding declaration
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):
        return None
    return tree if tree is not None and len(tree) else None


# --- stage 2: site profiles ---------------------------------------------------

def _apply_profile(tree: HtmlElement, url: Optional[str], rules: _Rules,
                   removed: list[Removed]) -> Optional[HtmlElement]:
    """Prune a matching profile's boilerplate; return its body element if found."""
    host = _host(url)
    for prof in rules.profiles:
        hit = any(host == h or host.endswith("." + h) for h in prof["hosts"]) if host else False
        if not hit and (prof["detect"] is None or not prof["detect"](tree)):
            continue
        for sel in prof["remove"]:
            for el in sel(tree):
                text = _norm(" ".join(el.itertext()))
                if text:
                    removed.append(Removed(text[:MAX_REMOVED_TEXT], f"profile:{prof['name']}"))
                if el.getparent() is not None:
                    el.drop_tree()
        bodies = prof["body"](tree) if prof["body"] is not None else []
        return bodies[0] if bodies else None
    return None


def _host(url: Optional[str]) -> str:
    if not url:
        return ""
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url.strip(), re.IGNORECASE)
    return m.group(1).lower().removeprefix("www.") if m else ""


# --- stage 3: DOM -> segments -------------------------------------------------

class _ListFrame:
    __slots__ = ("ordered", "count", "kind")

    def __init__(self, el: HtmlElement) -> None:
        self.ordered = el.tag == "ol"
        self.kind = (el.get("type") or "1").strip()[:1] or "1"
        try:
            self.count = int(el.get("start", "1")) - 1
        except ValueError:
            self.count = 0


def _ol_marker(n: int, kind: str) -> str:
    if kind in "aA" and 1 <= n <= 26:
        ch = chr(ord("a") + n - 1)
        return (ch.upper() if kind == "A" else ch) + ". "
    if kind in "iI" and 1 <= n < 40:
        roman = _roman(n)
        return (roman.upper() if kind == "I" else roman) + ". "
    return f"{n}. "


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += sym
            n -= value
    return out


def _segment(tree: HtmlElement) -> list[_Segment]:
    """Walk the DOM once (iteratively: deep nesting is fine) into text segments."""
    segments: list[_Segment] = []
    blocks: list[HtmlElement] = []          # open block elements
    lists: list[_ListFrame] = []            # open <ol>/<ul>
    li_marker: list[Optional[str]] = []     # pending marker per open <li>
    buf: list[str] = []
    link_buf: list[str] = []
    state = {"link": 0, "caption": 0, "br": 0}   # br: <br>s since the last text

    def flush(br_after: bool = False) -> None:
        text = _norm("".join(buf))[:MAX_SEGMENT_CHARS] if buf else ""
        if text:
            marker = None
            if li_marker and li_marker[-1] is not None:
                marker, li_marker[-1] = li_marker[-1], None
            links = [t for t in (_norm(x) for x in link_buf) if t]
            segments.append(_Segment(
                text=text, owner=blocks[-1] if blocks else tree, marker=marker,
                link_chars=min(len(text), sum(len(t) for t in links)), links=links,
                in_li=bool(li_marker), in_caption=state["caption"] > 0,
                br_before=state["br"] == 1))
            state["br"] = 1 if br_after else 0
        elif br_after:
            state["br"] += 1                 # <br><br> is a paragraph break
        else:
            state["br"] = 0
        buf.clear()
        link_buf.clear()

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else None
        if event == "start":
            if tag is None or tag in SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag == "br":
                flush(br_after=True)
                continue
            if tag in BLOCK_TAGS:
                flush()
                blocks.append(el)
                if tag in LIST_TAGS:
                    lists.append(_ListFrame(el))
                elif tag == "li":
                    frame = lists[-1] if lists else None
                    if frame is not None and frame.ordered:
                        try:
                            frame.count = int(el.get("value")) if el.get("value") else frame.count + 1
                        except ValueError:
                            frame.count += 1
                        li_marker.append(_ol_marker(frame.count, frame.kind))
                    else:
                        li_marker.append("- ")
                if tag in CAPTION_TAGS:
                    state["caption"] += 1
            elif tag == "a":
                state["link"] += 1
            if el.text:
                buf.append(el.text)
                if state["link"]:
                    link_buf.append(el.text)
        else:  # end
            if tag is not None and tag not in SKIP_TAGS and tag != "br":
                if tag in BLOCK_TAGS:
                    flush()
                    if blocks and blocks[-1] is el:
                        blocks.pop()
                    if tag in LIST_TAGS and lists:
                        lists.pop()
                    elif tag == "li" and li_marker:
                        li_marker.pop()
                    if tag in CAPTION_TAGS:
                        state["caption"] -= 1
                elif tag == "a":
                    state["link"] = max(0, state["link"] - 1)
            if el.tail:
                buf.append(el.tail)
                if state["link"]:
                    link_buf.append(el.tail)
    flush()
    return segments


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _key(text: str) -> str:
    return _NON_KEY.sub("", text.lower())


# --- stage 4: align trafilatura's body with the segments ---------------------

def _match(tree: HtmlElement, segments: list[_Segment], url: Optional[str],
           opts: HtmlSettings) -> bool:
    """Mark the segments trafilatura keeps. False when trafilatura found nothing."""
    from trafilatura import bare_extraction
    try:
        result = bare_extraction(tree, options=_extractor(opts.fast, url))
    except Exception:  # trafilatura bugs on odd trees must not lose the page: fall back
        result = None
    body_key = _key(result.text) if result is not None and result.text else ""
    if not body_key:
        return False
    cursor = 0
    for i, seg in enumerate(segments):
        seg.key = seg.key or _key(seg.text)
        k = seg.key
        if not k:
            continue
        if len(k) < MIN_KEY_CHARS:
            pos = body_key.find(k, cursor, cursor + len(k) + SHORT_KEY_SLACK)
            if pos != -1 and not _next_starts_at(body_key, segments[i + 1:i + 1 + ANCHOR_LOOKAHEAD], k, pos):
                seg.kept, cursor = True, pos + len(k)
            continue
        pos = body_key.find(k, cursor)
        if pos != -1 and pos > cursor + SHORT_KEY_SLACK and _anchor_before(body_key, segments[i + 1:i + 1 + ANCHOR_LOOKAHEAD], cursor, pos):
            continue   # a header line ("Radar Jayapura") found inside a later paragraph: not the body
        if pos != -1:
            seg.kept, cursor = True, pos + len(k)
            continue
        if len(k) >= 2 * PARTIAL_KEY_CHARS:   # trafilatura trimmed something inside
            head = body_key.find(k[:PARTIAL_KEY_CHARS], cursor)
            if head != -1:
                tail = body_key.find(k[-PARTIAL_KEY_CHARS:], head, head + len(k) + 200)
                if tail != -1:
                    seg.kept, cursor = True, tail + PARTIAL_KEY_CHARS
    return any(s.kept for s in segments)


def _next_starts_at(body_key: str, following: list[_Segment], k: str, pos: int) -> bool:
    """True when the next segment with text starts at ``pos`` too and is longer: a short
    header ("Radar Sragen") is then only the start of the lead ("RADARSRAGEN.NET, SRAGEN - ...")."""
    for nxt in following:
        nxt.key = nxt.key or _key(nxt.text)
        if nxt.key:
            return len(nxt.key) > len(k) and body_key.startswith(nxt.key[:PARTIAL_KEY_CHARS], pos)
    return False


def _anchor_before(body_key: str, following: list[_Segment], cursor: int, pos: int) -> bool:
    """True when the next long segment that trafilatura kept occurs in the body before
    ``pos``: then the segment found at ``pos`` matched out of order, and taking it would
    skip the body up to there."""
    for nxt in following:
        nxt.key = nxt.key or _key(nxt.text)
        if len(nxt.key) >= ANCHOR_KEY_CHARS:
            at = body_key.find(nxt.key, cursor)
            if at != -1:
                return at < pos
    return False


@lru_cache(maxsize=8)
def _extractor(fast: bool, url: Optional[str]):
    """trafilatura's options for _match, built once: bare_extraction would build (and
    parse its config for) a new Extractor per page. Read-only during extraction."""
    from trafilatura.settings import Extractor
    return Extractor(output_format="python", fast=fast, comments=False, tables=True,
                     formatting=False, url=url)


# --- stage 5: body container and recovery -------------------------------------

def _container(segments: list[_Segment]) -> Optional[HtmlElement]:
    """Deepest element holding at least CONTAINER_SHARE of the kept text."""
    weight: dict[HtmlElement, int] = {}
    total = 0
    for seg in segments:
        if not seg.kept:
            continue
        n = len(seg.key)
        total += n
        el: Optional[HtmlElement] = seg.owner
        while el is not None:
            weight[el] = weight.get(el, 0) + n
            el = el.getparent()
    if not total:
        return None
    best, best_w, best_depth = None, 0, -1
    for el, w in weight.items():
        if w < CONTAINER_SHARE * total:
            continue
        if best is None or w < best_w or (w == best_w and _depth(el) > best_depth):
            best, best_w, best_depth = el, w, _depth(el)
    # A long list can hold most of an article's text, but it is a part of the body, not
    # the body: the lead and the closing paragraphs are its siblings.
    while best is not None and (best.tag in LIST_TAGS or best.tag == "li") and best.getparent() is not None:
        best = best.getparent()
    return best


def _depth(el: HtmlElement) -> int:
    return sum(1 for _ in el.iterancestors())


def _body_parts(container: HtmlElement) -> set[HtmlElement]:
    """The container plus same-tag, same-class siblings: templates often split a
    body into several chunks (around an ad or a "Baca juga" box)."""
    cls = container.get("class")
    parent = container.getparent()
    if not cls or parent is None:
        return {container}
    return {el for el in parent if el.tag == container.tag and el.get("class") == cls}


def _inside(el: HtmlElement, parts: set[HtmlElement]) -> bool:
    while el is not None:
        if el in parts:
            return True
        el = el.getparent()
    return False


def _is_prose(seg: _Segment, min_words: int) -> bool:
    words = seg.text.count(" ") + 1
    return (words >= min_words and not seg.in_caption
            and seg.link_chars <= LINK_DENSITY_MAX * len(seg.text))


def _is_lead(seg: _Segment) -> bool:
    """A lead is prose ending a sentence (headlines and date lines do not)."""
    return _is_prose(seg, LEAD_MIN_WORDS) and bool(_TERMINAL.search(seg.text))


def _select(segments: list[_Segment], body_el: Optional[HtmlElement], matched: bool,
            opts: HtmlSettings, removed: list[Removed]) -> list[_Para]:
    """Keep the body container's segments; recover lists and the lead."""
    if not matched and body_el is None:
        # trafilatura found nothing: fall back to prose lines (jusText-like)
        for seg in segments:
            seg.kept = _is_prose(seg, PROSE_MIN_WORDS)   # list items come back via recovery
    container = body_el if body_el is not None else _container(segments)
    if container is None:
        return []
    parts = _body_parts(container)
    owner_inside: dict[HtmlElement, bool] = {}
    inside = []
    for seg in segments:
        flag = owner_inside.get(seg.owner)
        if flag is None:
            flag = owner_inside[seg.owner] = _inside(seg.owner, parts)
        inside.append(flag)
    kept_idx = [i for i, s in enumerate(segments) if s.kept and inside[i]]
    if body_el is not None:
        # a profile pins the body: everything in it is a candidate, rules decide
        for i, seg in enumerate(segments):
            if inside[i] and not seg.in_caption:
                seg.kept = True
        kept_idx = [i for i, s in enumerate(segments) if s.kept and inside[i]]
    if not kept_idx:
        return []
    first, last = kept_idx[0], kept_idx[-1]

    for i, seg in enumerate(segments):
        if not inside[i]:
            if seg.kept and not (i < first and _lead_run(segments, inside, i, first)):
                seg.kept, seg.why = False, "outside-body"
            continue
        if seg.kept:
            continue
        if opts.recover_lists and first < i < last and seg.in_li \
                and seg.link_chars <= LINK_DENSITY_MAX * len(seg.text) and not seg.in_caption:
            seg.kept = True                  # list item trafilatura dropped
        elif opts.recover_lead and i < first and _is_lead(seg):
            seg.kept = True                  # lead paragraph trafilatura dropped
        elif first < i < last:
            seg.why = "not-body"
    for seg in segments:
        if seg.why:
            removed.append(Removed(seg.text[:MAX_REMOVED_TEXT], seg.why))
    return _paragraphs([s for s in segments if s.kept])


def _lead_run(segments: list[_Segment], inside: list[bool], i: int, first: int) -> bool:
    """Kept prose just before the container (a lead set apart by the template)."""
    for j in range(i, first):
        seg = segments[j]
        if seg.kept and not inside[j] and not _is_lead(seg):
            return False
    return _is_lead(segments[i])


# --- stage 6: segments -> paragraphs ---------------------------------------------

def _paragraphs(segments: list[_Segment]) -> list[_Para]:
    paras: list[_Para] = []
    prev: Optional[_Segment] = None
    for seg in segments:
        text = (seg.marker or "") + seg.text
        joinable = (prev is not None and seg.br_before and seg.owner is prev.owner
                    and seg.marker is None and not _TEXT_MARKER.match(seg.text)
                    and not _TERMINAL.search(paras[-1].text))
        if joinable:
            last = paras[-1]
            last.text = f"{last.text} {seg.text}"
            last.link_chars += seg.link_chars
            last.links.extend(seg.links)
        else:
            paras.append(_Para(text, seg.link_chars, list(seg.links), seg.marker, seg.in_li))
        prev = seg
    return paras


# --- stage 7: Indonesian news rules ----------------------------------------------

def _apply_rules(paras: list[_Para], rules: _Rules, title: Optional[str],
                 removed: list[Removed]) -> list[_Para]:
    title_key = _key(title) if title else ""
    total = sum(len(p.text) for p in paras) or 1
    out: list[_Para] = []
    seen = 0
    in_section = False
    for n, para in enumerate(paras):
        seen_before, seen = seen, seen + len(para.text)
        reason, action = _rule_for(para, rules)
        if reason is None:
            if title_key and len(para.text) < 2 * len(title_key) and _key(para.text) == title_key:
                reason, action = "title", "drop"
            elif para.link_density > LINK_DENSITY_MAX:
                reason, action = "boilerplate:link-list", "drop"
        if reason is None and in_section:
            if _looks_like_teaser(para):
                removed.append(Removed(para.text[:MAX_REMOVED_TEXT], "boilerplate:related-teaser"))
                continue
            in_section = False
        if reason is None:
            para.text = _strip_inline_read_also(para, rules, removed)
            if para.text:
                out.append(para)
            continue
        if action == "cut-tail" and seen_before >= min(TAIL_CUT_MIN_SHARE * total, TAIL_CUT_MIN_CHARS):
            for rest in paras[n:]:
                removed.append(Removed(rest.text[:MAX_REMOVED_TEXT], f"boilerplate:{reason}"))
            break
        removed.append(Removed(para.text[:MAX_REMOVED_TEXT],
                               reason if reason == "title" else f"boilerplate:{reason}"))
        in_section = action == "drop-section"
    return out


def _rule_for(para: _Para, rules: _Rules) -> tuple[Optional[str], Optional[str]]:
    text = para.text[len(para.marker):] if para.marker else para.text
    if not ((rules.any_start and rules.any_start.match(text))
            or (rules.any_search and rules.any_search.search(text))):
        return None, None                    # most body paragraphs: one or two regex calls
    words = para.words
    for name, action, max_words, search, pattern in rules.rules:
        if words > max_words:
            continue
        if (pattern.search(text) if search else pattern.match(text)):
            if action == "cut-tail" and para.marker is not None:
                continue                     # a list item never ends the article
            return name, action
    return None, None


def _looks_like_teaser(para: _Para) -> bool:
    """A line under a related-news heading: a link or a short headline."""
    return (para.link_density > LINK_DENSITY_MAX
            or (para.words < PROSE_MIN_WORDS * 2 and not _TERMINAL.search(para.text)))


def _strip_inline_read_also(para: _Para, rules: _Rules, removed: list[Removed]) -> str:
    """Cut "Baca juga: <linked headline>" out of the middle of a paragraph."""
    text = para.text
    if not para.links:
        return text
    for m in rules.inline_read_also.finditer(text):
        after = text[m.end():]
        for link in para.links:
            if after.startswith(link):
                removed.append(Removed(text[m.start():m.end() + len(link)].strip(),
                                       "boilerplate:read-also"))
                return _norm(text[:m.start()] + " " + after[len(link):])
    return text


# --- metadata ------------------------------------------------------------------

def _read_metadata(tree: HtmlElement, url: Optional[str], rules: _Rules,
                   doc: CleanDocument) -> None:
    """Title, author, date and outlet via trafilatura's metadata readers."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
    try:
        meta = examine_meta(tree)
        meta = extract_meta_json(tree, meta)
    except Exception:  # trafilatura's JSON-LD reader has known bugs on odd input
        meta = examine_meta(tree)
    outlet = meta.sitename or _first_meta(tree)
    doc.outlet = _norm(outlet) if outlet else None
    title = meta.title or extract_title(tree)
    doc.title = _clean_title(title, doc.outlet, tree, rules)
    # trafilatura's extract_author costs ~1 ms a page: one XPath for bylines instead
    doc.author = _clean_author(meta.author, rules) or _byline(tree, rules)
    try:
        found = find_date(tree, url=url, extensive_search=False, original_date=True)
    except Exception:  # htmldate raises on exotic markup; the text fallback remains
        found = None
    doc.published = found if found and _plausible(found) else None


_BYLINE = etree.XPath(
    '//*[@itemprop="author" or @rel="author" or contains(@class, "author") or '
    'contains(@class, "byline") or contains(@class, "penulis") or contains(@class, "reporter")]')
_CREDIT = _LANG.inline_byline

MAX_AUTHOR_WORDS = 6


def _clean_author(name: Optional[str], rules: _Rules) -> Optional[str]:
    if not name:
        return None
    name = rules.author_prefixes.sub("", _norm(name)).strip(" |:-,")
    if not name or len(name.split()) > MAX_AUTHOR_WORDS or any(c.isdigit() for c in name):
        return None
    return name


def _byline(tree: HtmlElement, rules: _Rules) -> Optional[str]:
    for el in _BYLINE(tree):
        if el.tag in ("meta", "link", "body", "html", "article"):
            continue
        name = _clean_author(" ".join(el.itertext()), rules)
        if name:
            return name
    return None


def _credit_author(segments: list[_Segment]) -> Optional[str]:
    """"Penulis: X | Editor: Y" / "Oleh: X" lines before the body."""
    for seg in segments:
        if seg.kept:
            break
        m = _CREDIT.search(seg.text)
        if m and len(m.group(1).split()) <= MAX_AUTHOR_WORDS:
            return m.group(1).strip()
    return None


_SITE_META = etree.XPath('//meta[@property="og:site_name" or @name="og:site_name" '
                         'or @name="application-name"]/@content')


def _first_meta(tree: HtmlElement) -> Optional[str]:
    """Site name from meta tags trafilatura skips (name="og:site_name")."""
    for value in _SITE_META(tree):
        if value.strip():
            return value.strip()
    return None


def _clean_title(title: Optional[str], outlet: Optional[str], tree: HtmlElement,
                 rules: _Rules) -> Optional[str]:
    title = _norm(title) if title else ""
    outlet_key = _key(outlet) if outlet else ""
    if outlet_key and title:
        seps = list(_TITLE_SEPARATORS.finditer(title))
        if seps:
            head, tail = title[:seps[-1].start()], title[seps[-1].end():]
            first, rest = title[:seps[0].start()], title[seps[0].end():]
            if _same_site(tail, outlet_key):
                title = head
            elif _same_site(first, outlet_key):
                title = rest
    if not title or (outlet_key and _key(title) == outlet_key):
        for sel in rules.title_selectors:
            for el in sel(tree):
                text = _norm(el.text_content())
                if text and _key(text) != outlet_key:
                    return text
    return title or None


def _same_site(part: str, outlet_key: str) -> bool:
    key = _key(part)
    return bool(key) and (outlet_key in key or key in outlet_key)


def _plausible(iso: str) -> bool:
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return 1995 <= d.year <= date.today().year + 1


def _indonesian_date(segments: list[_Segment]) -> Optional[str]:
    """First "7 Desember 2023"-style date before the body (htmldate misses these)."""
    for seg in segments:
        if seg.kept:
            break
        m = _ID_DATE.search(seg.text)
        if m:
            try:
                iso = date(int(m.group(3)), _ID_MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
            except ValueError:
                continue
            if _plausible(iso):
                return iso
    return None


# --- rules file -------------------------------------------------------------------

@lru_cache(maxsize=8)
def _load_rules(path: str) -> _Rules:
    from lxml.cssselect import CSSSelector
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    compiled = [
        (r["name"], r["action"], int(r.get("max_words", 40)), bool(r.get("search", False)),
         re.compile(r["pattern"], re.IGNORECASE))
        for r in data["rules"]]
    for name, action, *_ in compiled:
        if action not in ("drop", "drop-section", "cut-tail"):
            raise ValueError(f"{path}: rule {name!r} has unknown action {action!r}")
    profiles = []
    for prof in data.get("profiles", []):
        profiles.append({
            "name": prof["name"],
            "hosts": [h.lower().removeprefix("www.") for h in prof.get("hosts", [])],
            "detect": CSSSelector(prof["detect"]) if prof.get("detect") else None,
            "body": CSSSelector(prof["body"]) if prof.get("body") else None,
            "remove": [CSSSelector(s) for s in prof.get("remove", [])],
        })
    def union(search: bool) -> Optional[re.Pattern[str]]:
        pats = [r["pattern"] for r in data["rules"] if bool(r.get("search", False)) is search]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None

    return _Rules(
        any_start=union(False), any_search=union(True),
        rules=compiled,
        inline_read_also=re.compile(data["inline_read_also"], re.IGNORECASE),
        title_selectors=[CSSSelector(s) for s in data.get("title_selectors", [])],
        author_prefixes=re.compile(data.get("author_prefixes", "^$"), re.IGNORECASE),
        profiles=profiles)
