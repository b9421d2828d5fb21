"""HTML page -> article body: trafilatura, then Indonesian news rules.

One public function, :func:`clean_html`, over a chain of small stages:

1. ``_check_input``   refuse binary garbage, treat empty pages as "no body";
   ``_cap``           bound the cost of hostile pages: past ``max_nodes`` elements or
   ``max_links`` links, link-only list items and link-farm blocks are pruned before
   anything else reads the tree (trafilatura is quadratic in links).
   ``_unwrap_embedded`` (after the first DOM walk met one) an article only in
   ``<noscript>`` or ``<iframe srcdoc>`` joins the tree, which is walked again.
2. ``_apply_profile`` optional site profile (CSS selectors from
   ``data/html_rules.json``): prune known boilerplate, pin the body container; a
   pinned body holding an article is used without asking trafilatura.
3. ``_segment``       one pass over the DOM into text segments (one per block
   element or ``<br>`` line), each with its list marker (``1.``, ``a.``, ``-``
   from ``<ol start type>``/``<ul>``), link share, heading flag and owning
   element. Text comes from the DOM, so inline spacing and list numbering survive;
   a data row of inline cells is one line ("1. cell | cell").
4. ``_match``         trafilatura (fast mode) decides what is body; its text is
   aligned with the segments in document order on letters and digits only.
5. ``_select``        keep the body container (the deepest element holding most
   of the kept text), recover what trafilatura drops there: list items between
   kept paragraphs and items continuing a kept numbering ("8.", "9."), marked
   blocks starting a list, accordion/spoiler panels, section headings, the lead
   paragraph, a prose block or announced list right after the container (a
   transcript); drop teaser lists (items that are a link, or a link and a time) by
   structure.
6. ``_paragraphs``    join ``<br>``-continued lines, one paragraph per block.
7. ``_apply_rules``   "Baca juga", teaser lists, credits, share bars, comment
   blocks, copyright footers ... each removal is recorded with one reason.
8. ``_guard``         the result must hold most of what trafilatura found: when it
   keeps less than ``fallback_share`` of trafilatura's words (the container was an
   address block, an author bio, sidebar teasers), the cleaner falls back to
   trafilatura's own paragraphs (rules still applied) and records why.

Metadata (title, author, editor, date, outlet, dateline) comes from trafilatura's
metadata readers and htmldate, with fixes for Indonesian pages (site-name suffixes in
titles, "Diposting oleh" bylines, "Editor: ..." lines, "JAKARTA, KOMPAS.com -"
datelines, Indonesian month names).

Knobs live in :class:`HtmlSettings`, the ``html`` section of the shared
:class:`~corpus_tools.settings.Settings`; the compiled rules file is the
``html.rules`` component of the same settings.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping, Optional

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from . import lang as _lang
from .dates import month_number
from .models import CleanDocument, Removed
from .settings import Settings, SettingsError, register, resolve

# --- thresholds (named, like jusText's) ------------------------------------
MAX_BINARY_SHARE = 0.01      # control characters in the first 64 KiB above this -> binary
MAX_REPLACEMENT_SHARE = 0.05  # U+FFFD share above this -> wrongly decoded binary
MIN_KEY_CHARS = 12           # shorter segments must follow the previous match directly
SHORT_KEY_SLACK = 2          # ... within this many characters
PARTIAL_KEY_CHARS = 24       # long segments may match on their first/last N characters
ANCHOR_KEY_CHARS = 40        # a segment this long matches in one place only: an anchor of order
ANCHOR_LOOKAHEAD = 60        # segments searched for that anchor
CONTAINER_SHARE = 0.6        # the body container holds at least this share of kept prose ...
CONTAINER_MIN_PROSE_CHARS = 400  # ... when there is this much of it (else of all kept text)
PRE_BODY_SHARE = 0.25        # kept prose before the container past this share ...
PRE_BODY_MIN_PARAS = 3       # ... in this many paragraphs: the container is widened to hold it
LINK_DENSITY_MAX = 0.6       # paragraphs with more link text than this are teasers ...
INLINE_FREE_WORDS = 3        # ... unless they read as a sentence with this many unlinked words
INLINE_FREE_SHARE = 0.2      # ... (or this share of them) around inline links (hover cards, tags)
CONTINUATION_MIN_PARAS = 3   # a block right after the body with this many prose lines ...
CONTINUATION_PROSE_SHARE = 0.8  # ... making this share of its text, no links, goes on the body
CONTINUATION_TAGS = frozenset(("div", "section", "article", "ol", "ul", "table"))
TEASER_LIST_SHARE = 0.6      # a list whose items are mostly "a link (+ a time)" is a teaser list
TEASER_ITEM_MAX_WORDS = 25   # ... items longer than this are content, linked or not
SLIDE_FIGURE_DEPTH = 3       # a slide's caption sits at most this deep in its <figure>
HEADING_MAX_WORDS = 20       # a section heading inside the body is at most this long
PROSE_MIN_WORDS = 8          # a "prose" line has at least this many words ...
LEAD_MIN_WORDS = 10          # ... a recovered lead paragraph at least this many
TAIL_CUT_MIN_SHARE = 0.5     # "cut-tail" rules fire only after this share of the text ...
TAIL_CUT_MIN_CHARS = 500     # ... or after this much of it (a long comment thread follows)
DATELINE_STUB_MAX_WORDS = 8  # a dateline on a line of its own is at most this long
MAX_REMOVED_TEXT = 300       # removed text is kept for debugging, cut to this length
REPEAT_MIN_KEY = 40          # a paragraph this long (letters and digits) held whole by a longer one ...
REPEAT_WINDOW = 8            # ... at most this many paragraphs away is a repeat (a pull quote) ...
QUOTE_BOX_DEPTH = 4          # ... when it sits this deep at most in a quote box (blockquote, aside, figure)
MAX_SEGMENT_CHARS = 200_000  # guard against pathological single-line pages
ALIGNED_MIN_SHARE = 0.5     # the alignment "holds" when it places this share of trafilatura's text
CAP_BLOCK_LINKS = 50         # past the cap, a block with this many links, mostly link text, goes
JSON_BODY_SHARE = 0.8        # a JSON-LD articleBody holding this share of trafilatura's words is its source
FULL_RETRY_SHARE = 0.25      # fast trafilatura found less than this share of the page's prose: retry in full mode
# defaults of the knobs in HtmlSettings
FALLBACK_SHARE_DEFAULT = 0.5  # keep at least this share of trafilatura's words, else fall back
MAX_NODES_DEFAULT = 60_000   # elements in a page before link lists are pruned (cost bound) ...
MAX_LINKS_DEFAULT = 5_000    # ... or links (trafilatura's link handling is quadratic)
RULES_FILE = "html_rules.json"
RULES_PATH = Path(__file__).parent / "data" / RULES_FILE

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
HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
TIME_TAGS = frozenset(("time",))
CELL_TAGS = frozenset(("td", "th"))
CELL_BLOCK_TAGS = frozenset(("p", "div", "center"))  # one of these in a cell still makes a data row
NESTED_INDENT = "  "               # before the marker of a nested list's item, per level ("  - sub-item")
CELL_SEP = "\x1f"                  # between the cells of a row while its text is gathered
ROW_JOIN = " | "                   # ... and in the row's line

_NON_KEY = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0e, 0x20))
_TERMINAL = re.compile(r"[.:;!?\"”’)]\s*$")
# list markers, month names, bylines: one home, lang.py, read from the Settings (rules.lang)
# a numbered/lettered item written in the text: "8. ...", "b) ...", "(c) ..."
_SEQ_MARKER = re.compile(r"^\(?(\d{1,3}|[a-zA-Z])[.)]\s")
# a table row's first cell that only numbers the row: "1", "2.", "b", "(c)", "4)"
_CELL_NUMBER = re.compile(r"^\(?(\d{1,3}|[a-zA-Z])[.)]?$")
# a photo credit in a caption: "(Foto: Dok. X)", "(ANTARA/Y)", "Foto: Z", "(Ist)", "REUTERS/..."
_PHOTO_CREDIT = re.compile(
    r"\((?:foto|photo|dok|ist|istimewa|sumber|antara|reuters|ap|afp|getty|file)\b"
    r"|\b(?:foto|photo|dok|sumber|kredit|credit|image)\s*[:.]|\b\w+\.(?:com|co\.id|id|net)\s*/\s*\w|(?-i:\b[A-Z]{2,}(?:\s+FOTO)?\s*/\s*[A-Z])", re.IGNORECASE)
_HTML_TAG = re.compile(r"<(?:p|br|div|ul|ol|li|h[2-6])\b[^>]*>", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d{2}\b")
# an editor's or agency's code closing the article's last paragraph after its sentence:
# "... ujar Umar. (Z-7)", "... katanya. (ant/rzp)", "... said. [AP]"
_TRAILING_CODE = re.compile(r"(?<=[.!?\"”’])\s+[\[(](?:\*|[A-Za-z]{1,5}(?:\s*[-/]\s*[A-Za-z0-9]{1,5}){0,3})[)\]]$")
# what a teaser line carries beside its linked headline: a time, a date, a channel name
_TEASER_EXTRA = re.compile(
    r"\d{1,2}[:.]\d{2}|\b\d+\s+(?:menit|jam|hari|minggu|bulan|detik|min|mins|hours?|days?|weeks?)\b"
    r"|\b(?:lalu|ago|wib|wita|wit)\b|\d{4}", re.IGNORECASE)
# "Sukamaju -", "JAKARTA, KOMPAS.com -", "Kuala Jernih (ANTARA) -", "jpnn.com, BATU -": a
# dateline alone, without sentence punctuation, ending in a dash
_DATELINE_STUB = re.compile(r"^\w[^!?;:\"“”]*?[^\W_]\)?\s+[-–—]+$")
_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—:•»]|::)\s+|:\s+")


@dataclass(frozen=True)
class HtmlSettings:
    """Knobs of the HTML cleaner: the ``html`` section of :class:`Settings`
    (``Settings(sections={"html": {"use_profiles": False}})``)."""
    fast: bool = True              # skip trafilatura's fallback extractors (list recovery compensates)
    use_profiles: bool = True      # apply matching site profiles from the rules file
    trust_profile_body: bool = True  # a profile's body holding an article is used without trafilatura
    recover_lists: bool = True     # re-add list items trafilatura dropped inside the body
    recover_lead: bool = True      # re-add a dropped lead paragraph
    recover_headings: bool = True  # re-add section headings between body paragraphs
    recover_continuation: bool = True  # re-add a block of prose right after the body (a transcript)
    fallback_share: float = FALLBACK_SHARE_DEFAULT
    max_nodes: int = MAX_NODES_DEFAULT
    max_links: int = MAX_LINKS_DEFAULT

    @classmethod
    def from_section(cls, section: Mapping[str, Any]) -> "HtmlSettings":
        known = {f.name: f for f in fields(cls)}
        unknown = set(section) - set(known)
        if unknown:
            raise SettingsError(f"html: unknown setting(s): {', '.join(sorted(unknown))}")
        values = {}
        for name, value in section.items():
            kind = type(getattr(cls, name))
            if kind is bool and not isinstance(value, bool):
                raise SettingsError(f"html.{name}: expected true or false, got {value!r}")
            try:
                values[name] = kind(value)
            except (TypeError, ValueError):
                raise SettingsError(f"html.{name}: expected a {kind.__name__}, got {value!r}") from None
        return cls(**values)


@dataclass(slots=True)
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
    heading: bool = False          # text of an <h2>..<h6>
    li: Optional[HtmlElement] = None  # innermost open <li>
    row: bool = False              # a table row of inline cells, joined into one line
    time_chars: int = 0            # text inside <time>
    key: str = ""
    kept: bool = False
    traf: bool = False             # matched in trafilatura's body
    teaser: bool = False           # item of a teaser list (related news)
    why: str = ""                  # reason when not kept


@dataclass(slots=True)
class _Para:
    text: str
    link_chars: int
    links: list[str]
    marker: Optional[str]
    in_li: bool = False
    heading: bool = False
    owner: Optional[HtmlElement] = None   # block element of its first segment

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
    editor_line: re.Pattern[str]
    generic_author: re.Pattern[str]
    author_line: Optional[re.Pattern[str]] = None   # "Rep: X/ Red: Y", "Wartawan: X"
    profiles: list[dict[str, Any]] = field(default_factory=list)
    any_start: Optional[re.Pattern[str]] = None   # all anchored patterns in one: a quick "no rule"
    # unanchored patterns as (max_words, pattern), compiled to run on lower-cased text
    # (case-insensitive matching in Python's re costs twice as much); longest guard first
    any_search: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)
    search_max_words: int = 0                     # no unanchored rule applies to longer paragraphs
    # list markers, months, bylines: lang.py's rules of the same Settings (a user's
    # lang.json reaches the cleaner); the shipped ones for a rules file compiled alone
    lang: Any = None


# --- public API --------------------------------------------------------------

def clean_html(html: str | bytes, doc_id: str, *, url: str | None = None,
               settings: Settings | HtmlSettings | None = None) -> CleanDocument:
    """Return the article body of an HTML page and what the page says about it.

    ``text`` holds the body paragraphs joined by blank lines; list items keep a
    marker ("1. ", "- ", or the page's own "a.", "1)", "•"). ``removed`` records
    what was dropped and why (one reason per piece). A page without a body gives
    empty ``text`` and a ``Removed`` entry saying so. Raises ``BinaryInput`` (a
    ``ValueError``) for binary data. ``settings``: the shared :class:`Settings`
    (its ``html`` section and ``html_rules.json``); an :class:`HtmlSettings` alone
    is taken as that section over the shipped data.
    """
    if isinstance(settings, HtmlSettings):
        opts, settings = settings, resolve(None)
    else:
        settings = resolve(settings)
        opts = settings.component("html.settings")
    rules = settings.component("html.rules")
    html = _check_input(html, doc_id)
    doc = CleanDocument(doc_id=doc_id, text="")
    if not html.strip():
        doc.removed.append(Removed("", "no-body: empty page"))
        return doc
    tree = _parse(html)
    if tree is None:
        doc.removed.append(Removed(html[:MAX_REMOVED_TEXT], "no-body: not HTML (no document tree could be built)"))
        return doc

    _cap(tree, opts, doc.removed)
    _read_metadata(tree, url, rules, doc)
    body_el = _apply_profile(tree, html, url, rules, doc.removed) if opts.use_profiles else None
    embedded: list[HtmlElement] = []
    segments = _segment(tree, embedded)
    if embedded and _unwrap_embedded(tree, embedded):
        segments = _segment(tree)            # rare: an article only in <noscript> / <iframe srcdoc>
    if body_el is not None and opts.trust_profile_body and _profile_body_holds_article(segments, body_el):
        traf_text, body_len = "", 0          # a profile pins the body: trafilatura adds nothing
    else:
        traf_text, body_len = _match(tree, segments, url, opts)
    mark = len(doc.removed)
    paras = _select(segments, body_el, bool(traf_text), opts, doc.removed, rules.lang)
    paras = _apply_rules(paras, rules, doc.title, doc.removed)
    paras = _drop_repeats(paras, doc.removed)
    paras = _guard(paras, segments, traf_text, body_len, rules, doc, opts, mark, tree)
    doc.text = "\n\n".join(p.text for p in paras)
    if not doc.text:
        doc.removed.append(Removed("", "no-body: no article text found on the page"))
    if not doc.published:
        doc.published = _indonesian_date(segments, rules.lang)
    if not doc.author:
        doc.author = _credit_author(segments, rules.lang)
    _read_credits(segments, doc, rules)
    _read_dateline(paras, doc)
    return doc


def load_rules(settings: Settings | None = None) -> _Rules:
    """The compiled rules file of ``settings`` (built once per Settings)."""
    return resolve(settings).component("html.rules")


@register("html.settings")
def _build_settings(settings: Settings) -> HtmlSettings:
    return HtmlSettings.from_section(settings.section("html"))


@register("html.rules")
def _build_rules(settings: Settings) -> _Rules:
    rules = compile_rules(settings.data(RULES_FILE), settings.path(RULES_FILE))
    rules.lang = _lang.rules(settings)
    return rules


# --- stage 1: input checks and parsing --------------------------------------

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
        raw = head.encode("utf-8", "surrogatepass")    # a byte scan at C speed; the regex only on a hit
        if "\x00" in head or (len(raw.translate(None, _CONTROL_BYTES)) != len(raw)
                               and len(_CONTROL.findall(head)) > MAX_BINARY_SHARE * len(head)):
            raise BinaryInput(doc_id, "input looks like binary data, not HTML (control characters)")
        if head.count("\ufffd") > MAX_REPLACEMENT_SHARE * len(head):
            raise BinaryInput(doc_id, "input looks like binary data or a wrong encoding "
                                      "(too many U+FFFD replacement characters)")
    return html


# bytes libxml2 cannot keep in a tree (trafilatura's INVALID_XML_CHARS, as UTF-8)
_XML_INVALID_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))
_DOCTYPE_TAG = re.compile("^< ?! ?DOCTYPE[^>]*/[^<>]*>", re.IGNORECASE)


def _parse(html: str) -> Optional[HtmlElement]:
    """The page's tree, as trafilatura's ``load_html`` builds it. Most pages take a
    quicker road: UTF-8 bytes straight to the same parser, once a scan of the bytes
    (C speed) shows none of the characters ``load_html`` strips with a regex over the
    whole page (its costliest step); pages that need a repair go through ``load_html``."""
    from trafilatura.utils import HTML_PARSER, load_html
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html, count=1)   # lxml refuses a str with an encoding declaration
    low = html[:50].lower()
    if "doctype" in low:                 # load_html's repair of a doctype with a "/" (libxml2 bug)
        first, nl, rest = html.partition("\n")
        html = _DOCTYPE_TAG.sub("", first, count=1) + nl + rest
    data = html.encode("utf-8", "surrogatepass")
    quick = ("html" in low
             and not any("<html" in ln and ln.endswith("/>") for ln in html[:4096].splitlines()[:4])
             and len(data.translate(None, _XML_INVALID_BYTES)) == len(data)
             and b"\xef\xbf\xbe" not in data and b"\xef\xbf\xbf" not in data)
    tree = None
    if quick:
        try:
            tree = lxml.html.fromstring(data, parser=_fast_parser(HTML_PARSER))
        except (ValueError, etree.ParserError, etree.XMLSyntaxError):
            tree = None
    if tree is None or not len(tree):
        try:
            tree = load_html(html)
        except (ValueError, etree.ParserError, etree.XMLSyntaxError):
            return None
    return tree if tree is not None and len(tree) else None


@lru_cache(maxsize=1)
def _fast_parser(template: Any) -> Any:
    """trafilatura's HTML parser with lxml's C-level element class lookup: every element
    an ``HtmlElement`` (lxml.html's Python-level lookup, called for each element proxy,
    tells form elements apart, which nothing here uses), comments and PIs their HTML
    classes. Walking the tree (here and in trafilatura) no longer calls Python per element."""
    parser = template.copy()                  # the same options
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_COUNT_NODES = etree.XPath("count(//*)")
_COUNT_LINKS = etree.XPath("count(//a)")


def _cap(tree: HtmlElement, opts: HtmlSettings, removed: list[Removed]) -> None:
    """Bound the cost of a hostile page: past ``max_nodes`` elements or ``max_links``
    links, drop list items that are only a link, then blocks holding many links and
    mostly link text (menus, link farms), then, if still over, the links past the cap.
    (Unwrapping links instead would join their texts one by one: quadratic.)"""
    n_nodes, n_links = int(_COUNT_NODES(tree)), int(_COUNT_LINKS(tree))
    if n_nodes <= opts.max_nodes and n_links <= opts.max_links:
        return
    dropped = 0
    for a in list(tree.iter("a")):
        li = a.getparent()
        while li is not None and li.tag not in ("li", "dd", "dt", "td"):
            li = li.getparent() if li.tag in ("span", "strong", "b", "em", "i", "div") else None
        if li is not None and li.getparent() is not None and \
                _norm(li.text_content()) == _norm(a.text_content()):
            li.drop_tree()
            dropped += 1
    if int(_COUNT_LINKS(tree)) > opts.max_links:
        per_parent: dict[HtmlElement, int] = {}
        for a in tree.iter("a"):
            parent = a.getparent()
            if parent is not None:
                per_parent[parent] = per_parent.get(parent, 0) + 1
        for parent, n in per_parent.items():
            if n >= CAP_BLOCK_LINKS and parent.getparent() is not None:
                text = len(_norm(parent.text_content())) or 1
                links = sum(len(_norm(a.text_content())) for a in parent.iter("a"))
                if links > LINK_DENSITY_MAX * text:
                    parent.drop_tree()
                    dropped += n
    rest = list(tree.iter("a"))
    for a in rest[opts.max_links:]:
        if a.getparent() is not None:
            a.drop_tree()
            dropped += 1
    removed.append(Removed("", f"capped: {n_nodes} elements, {n_links} links on the page; "
                               f"{dropped} links pruned before extraction"))


_EMBED_PROSE = etree.XPath(".//p | .//li | .//blockquote | .//dd")


def _unwrap_embedded(tree: HtmlElement, candidates: list[HtmlElement]) -> bool:
    """An article the page holds only in a ``<noscript>`` fallback (an app shell whose
    visible body is skeleton placeholders) or in an ``<iframe srcdoc="...">`` (a press
    release or a newsletter embedded as a document) becomes part of the page: the
    element is replaced by a ``<div>`` with its content, so that trafilatura and the DOM
    walk see it. Only when it holds an article (CONTAINER_MIN_PROSE_CHARS of prose
    blocks) that the visible page does not already print (a noscript copy of a rendered
    body would be read twice); a tracking pixel or an "enable JavaScript" line stays out.
    ``candidates``: the ``<noscript>`` elements with child elements and the ``<iframe
    srcdoc>`` elements the DOM walk met. True when the tree changed."""
    visible: Optional[str] = None
    changed = False
    for el in candidates:
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag == "iframe":
            src = el.get("srcdoc")
            if not src or len(src) < CONTAINER_MIN_PROSE_CHARS:
                continue
            try:
                doc = lxml.html.document_fromstring(src)
            except (ValueError, etree.ParserError, etree.XMLSyntaxError):
                continue
            inner = doc.find("body")
            if inner is None:
                continue
        else:
            inner = el
        prose = [t for t in (_norm(b.text_content()) for b in _EMBED_PROSE(inner))
                 if t.count(" ") + 1 >= PROSE_MIN_WORDS]
        if sum(len(t) for t in prose) < CONTAINER_MIN_PROSE_CHARS:
            continue
        if visible is None:                  # the page's own text, embedded copies aside
            visible = _norm(" ".join(t for t in tree.xpath(
                "//body//text()[not(ancestor::noscript) and not(ancestor::script) "
                "and not(ancestor::style)]")))
        longest = max(prose, key=len)
        if longest in visible:
            continue                         # the page prints it already
        div = lxml.html.Element("div")
        div.set("class", "embedded-" + el.tag)
        div.text = inner.text
        div.extend(list(inner))
        div.tail = el.tail
        parent.replace(el, div)
        changed = True
    return changed


# --- stage 2: site profiles ---------------------------------------------------

def _apply_profile(tree: HtmlElement, html: str, url: Optional[str], rules: _Rules,
                   removed: list[Removed]) -> Optional[HtmlElement]:
    """Prune a matching profile's boilerplate; return its body element if found."""
    host = _host(url)
    for prof in rules.profiles:
        hit = any(host == h or host.endswith("." + h) for h in prof["hosts"]) if host else False
        if not hit and (prof["detect"] is None
                        # the class names of its detect selector are all in the page's text:
                        # a substring test spares a tree search on most pages
                        or not all(n in html for n in prof["needles"])
                        or not prof["detect"](tree)):
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


def _profile_body_holds_article(segments: list[_Segment], body_el: HtmlElement) -> bool:
    """The body a profile pinned holds an article: CONTAINER_MIN_PROSE_CHARS of prose
    sentences. Then trafilatura (most of the cleaning's cost) is not asked: everything in
    that body is a candidate and the rules decide, as they would after trafilatura."""
    within = set(body_el.iter())
    chars = 0
    for seg in segments:
        if seg.owner in within and _is_prose(seg, PROSE_MIN_WORDS) and _TERMINAL.search(seg.text):
            chars += len(seg.text)
            if chars >= CONTAINER_MIN_PROSE_CHARS:
                return True
    return False


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


def _segment(tree: HtmlElement, embedded: Optional[list[HtmlElement]] = None) -> list[_Segment]:
    """Walk the DOM once (iteratively: deep nesting is fine) into text segments. When
    ``embedded`` is a list, the skipped ``<noscript>`` elements holding elements and the
    ``<iframe srcdoc>`` elements are added to it (see :func:`_unwrap_embedded`)."""
    segments: list[_Segment] = []
    blocks: list[HtmlElement] = []          # open block elements
    lists: list[_ListFrame] = []            # open <ol>/<ul>
    li_marker: list[Optional[str]] = []     # pending marker per open <li>
    li_open: list[HtmlElement] = []         # open <li> elements
    buf: list[str] = []
    link_buf: list[str] = []
    time_buf: list[str] = []
    row_open: list[HtmlElement] = []        # the open <tr> whose inline cells make one line
    tables: list[int] = []                  # caption depth outside each open <table>
    # open <a>, <figure>/<figcaption>/<caption>, <h2>..<h6>, <time>; <br>s since the last text
    link = caption = heading = timed = br = 0

    def flush(br_after: bool = False) -> None:
        nonlocal br
        if not buf:                          # most calls: a block starts or ends with no text
            br = br + 1 if br_after else 0
            if link_buf:
                link_buf.clear()
            if time_buf:
                time_buf.clear()
            return
        raw = "".join(buf)
        marker = None
        if row_open and CELL_SEP in raw:
            marker, text = _row_line(raw)
        else:
            text = "" if raw.isspace() else _norm(raw)[:MAX_SEGMENT_CHARS]
        if text:
            if li_marker and li_marker[-1] is not None:
                marker, li_marker[-1] = li_marker[-1], None
            links = [t for t in (_norm(x) for x in link_buf) if t] if link_buf else []
            segments.append(_Segment(
                text=text, owner=blocks[-1] if blocks else tree, marker=marker,
                link_chars=min(len(text), sum(len(t) for t in links)), links=links,
                in_li=bool(li_marker), in_caption=caption > 0,
                br_before=br == 1, heading=heading > 0,
                li=li_open[-1] if li_open else None,
                time_chars=sum(len(t.strip()) for t in time_buf) if time_buf else 0,
                row=bool(row_open)))
            br = 1 if br_after else 0
        elif br_after:
            br += 1                          # <br><br> is a paragraph break
        else:
            br = 0
        buf.clear()
        link_buf.clear()
        time_buf.clear()

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if tag.__class__ is not str:         # a comment or processing instruction
            if event == "start":
                walker.skip_subtree()
            else:
                tail = el.tail
                if tail:
                    buf.append(tail)
                    if link:
                        link_buf.append(tail)
                    if timed:
                        time_buf.append(tail)
            continue
        if event == "start":
            if tag in SKIP_TAGS and not (heading and tag == "button"):
                walker.skip_subtree()        # (an accordion's question is a button in a heading)
                if embedded is not None and ((tag == "noscript" and len(el))
                                             or (tag == "iframe" and el.get("srcdoc"))):
                    embedded.append(el)
                continue
            if tag == "br":
                if row_open:
                    buf.append(" ")              # a line break inside a row's cell
                else:
                    flush(True)
                continue
            if tag in BLOCK_TAGS:
                if row_open and tag in CELL_TAGS:
                    buf.append(CELL_SEP)         # cells of one row: one line
                elif row_open and tag in CELL_BLOCK_TAGS:
                    buf.append(" ")              # a cell's own paragraph (a table pasted from a word processor)
                else:
                    flush()
                    blocks.append(el)
                    if tag == "tr" and _flat_row(el):
                        row_open.append(el)
                    if tag in LIST_TAGS:
                        lists.append(_ListFrame(el))
                    elif tag == "li":
                        frame = lists[-1] if lists else None
                        if frame is not None and frame.ordered:
                            try:
                                frame.count = int(el.get("value")) if el.get("value") else frame.count + 1
                            except ValueError:
                                frame.count += 1
                            mark = _ol_marker(frame.count, frame.kind)
                        else:
                            mark = "- "
                        # a sub-item keeps its level: NESTED_INDENT per list around its own
                        li_marker.append(NESTED_INDENT * (len(lists) - 1) + mark if len(lists) > 1 else mark)
                        li_open.append(el)
                    if tag in CAPTION_TAGS:
                        caption += 1
                    elif tag in HEADING_TAGS:
                        heading += 1
                    elif tag == "table":         # a table in a <figure> (WordPress's
                        tables.append(caption)   # wp-block-table) is content, not caption
                        caption = 0
            elif tag == "a":
                link += 1
            elif tag in TIME_TAGS:
                timed += 1
            text = el.text
            if text:
                buf.append(text)
                if link:
                    link_buf.append(text)
                if timed:
                    time_buf.append(text)
        else:  # end
            if tag in BLOCK_TAGS:
                if row_open and tag in CELL_BLOCK_TAGS:
                    buf.append(" ")
                elif not (row_open and tag in CELL_TAGS):
                    flush()
                    if row_open and row_open[-1] is el:
                        row_open.pop()
                    if blocks and blocks[-1] is el:
                        blocks.pop()
                    if tag in LIST_TAGS and lists:
                        lists.pop()
                    elif tag == "li" and li_marker:
                        li_marker.pop()
                        if li_open:
                            li_open.pop()
                    if tag in CAPTION_TAGS:
                        caption -= 1
                    elif tag in HEADING_TAGS:
                        heading = max(0, heading - 1)
                    elif tag == "table" and tables:
                        caption = tables.pop()
            elif tag == "a":
                link = max(0, link - 1)
            elif tag in TIME_TAGS:
                timed = max(0, timed - 1)
            tail = el.tail
            if tail:
                buf.append(tail)
                if link:
                    link_buf.append(tail)
                if timed:
                    time_buf.append(tail)
    flush()
    return segments


def _flat_row(tr: HtmlElement) -> bool:
    """A table row of two or more cells holding inline text, or one paragraph each (a
    table pasted from a word processor: ``<td><p class=MsoNormal>1.</p></td>``), and no
    lists, headings or nested tables: a data row ("1 | ASN dilarang ..."), read as one
    line. Rows of a layout table, whose cells hold several blocks, stay cell by cell."""
    cells = 0
    for child in tr:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag is None:
            continue                         # a comment
        if tag not in CELL_TAGS:
            return False
        cells += 1
        paras = 0
        for d in child.iterdescendants():
            if isinstance(d.tag, str) and d.tag in BLOCK_TAGS:
                if d.tag not in CELL_BLOCK_TAGS or paras:
                    return False
                paras += 1
    return cells >= 2


def _row_line(raw: str) -> tuple[Optional[str], str]:
    """(marker, text) of a table row's gathered text: cells joined by " | "; a first cell
    that only numbers the row ("1", "2.", "b") becomes the line's list marker ("1. "),
    so the rows of a "No | Larangan" table read as the items of a list."""
    cells = [c for c in (_norm(part) for part in raw.split(CELL_SEP)) if c]
    marker = None
    if len(cells) >= 2:
        m = _CELL_NUMBER.match(cells[0])
        if m:
            marker, cells = f"{m.group(1)}. ", cells[1:]
    return marker, ROW_JOIN.join(cells)[:MAX_SEGMENT_CHARS]


def _norm(text: str) -> str:
    return " ".join(text.split())            # str.split: unicode whitespace, faster than a regex


# ASCII letters and digits kept, everything else of ASCII deleted: str.translate's fast
# path, twice as quick as the regex on the (mostly ASCII) lines of a page
_ASCII_NON_KEY = {c: None for c in range(128) if not chr(c).isalnum()}


def _key(text: str) -> str:
    low = text.lower()
    return low.translate(_ASCII_NON_KEY) if low.isascii() else _NON_KEY.sub("", low)


# --- stage 4: align trafilatura's body with the segments ---------------------

def _match(tree: HtmlElement, segments: list[_Segment], url: Optional[str],
           opts: HtmlSettings) -> tuple[str, int]:
    """Mark the segments trafilatura keeps; return trafilatura's text ("" when it found
    nothing) and the length of its alignment key."""
    traf_text = _trafilatura(tree, url, opts.fast)
    if opts.fast:
        # fast mode misses some bodies outright; trafilatura's full mode (its own
        # readability/jusText comparison) finds them, at twice the cost: only then
        words = traf_text.count(" ") + 1 if traf_text else 0
        prose = sum(s.text.count(" ") + 1 for s in segments if _is_prose(s, PROSE_MIN_WORDS))
        if words < FULL_RETRY_SHARE * prose:
            full = _trafilatura(tree, url, False)
            if len(full) > len(traf_text):
                traf_text = full
    body_key = _key(traf_text)
    if not body_key:
        return "", 0
    for seg in segments:
        seg.key = seg.key or _key(seg.text)
    anchors = _anchors(segments, body_key)
    ends = sorted(anchors)                   # segment indexes of the anchors, in order
    nxt = 0
    cursor = 0
    for i, seg in enumerate(segments):
        k = seg.key
        if not k:
            continue
        if i in anchors:
            seg.kept, cursor = True, anchors[i] + len(k)
            nxt += 1
            continue
        # the next anchor bounds where this segment may match: a header line ("Radar
        # Jayapura") or a menu item found inside a later paragraph is not the body
        hi = anchors[ends[nxt]] if nxt < len(ends) else len(body_key)
        if len(k) < MIN_KEY_CHARS:
            pos = body_key.find(k, cursor, min(hi, cursor + len(k) + SHORT_KEY_SLACK))
            if pos != -1 and not _next_starts_at(body_key, segments[i + 1:i + 1 + ANCHOR_LOOKAHEAD], k, pos):
                seg.kept, cursor = True, pos + len(k)
            continue
        pos = body_key.find(k, cursor, hi)
        if pos != -1 and pos > cursor + SHORT_KEY_SLACK and _anchor_before(body_key, segments[i + 1:i + 1 + ANCHOR_LOOKAHEAD], cursor, pos):
            continue
        if pos != -1:
            seg.kept, cursor = True, pos + len(k)
            continue
        if len(k) >= 2 * PARTIAL_KEY_CHARS:   # trafilatura trimmed something inside
            head = body_key.find(k[:PARTIAL_KEY_CHARS], cursor, hi)
            if head != -1:
                tail = body_key.find(k[-PARTIAL_KEY_CHARS:], head, min(hi, head + len(k) + 200))
                if tail != -1:
                    seg.kept, cursor = True, tail + PARTIAL_KEY_CHARS
    for seg in segments:
        seg.traf = seg.kept
    return traf_text, len(body_key)


def _trafilatura(tree: HtmlElement, url: Optional[str], fast: bool) -> str:
    from trafilatura import bare_extraction
    try:
        # bare_extraction prunes its own copy of the tree
        result = bare_extraction(tree, options=_extractor(fast, url))
    except Exception:  # trafilatura bugs on odd trees must not lose the page: fall back
        return ""
    text = result.text if result is not None and result.text else ""
    if len(text) > MAX_SEGMENT_CHARS:       # lines cut as the segments are (a 3 MB paragraph)
        text = "\n".join(ln[:MAX_SEGMENT_CHARS] for ln in text.split("\n"))
    return text


def _anchors(segments: list[_Segment], body_key: str) -> dict[int, int]:
    """Long segments found in trafilatura's body, reduced to the longest chain whose
    positions increase with document order: {segment index: position}. They fix the
    alignment's order, so a short line cannot match far ahead and skip the body."""
    cand = [(i, body_key.find(seg.key)) for i, seg in enumerate(segments)
            if len(seg.key) >= ANCHOR_KEY_CHARS]
    # a text found twice (a repeated line, a quote in a teaser) fixes no order
    cand = [(i, pos) for i, pos in cand
            if pos != -1 and body_key.find(segments[i].key, pos + 1) == -1]
    cand = _outer_spans(cand, segments)
    if not cand:
        return {}
    # longest increasing subsequence of positions (patience sorting)
    tails: list[int] = []          # position at the end of the best chain of each length
    tail_idx: list[int] = []       # index into cand of that end
    back = [-1] * len(cand)
    for c, (_, pos) in enumerate(cand):
        n = bisect_left(tails, pos)
        if n == len(tails):
            tails.append(pos)
            tail_idx.append(c)
        else:
            tails[n], tail_idx[n] = pos, c
        back[c] = tail_idx[n - 1] if n else -1
    out: dict[int, int] = {}
    c = tail_idx[-1]
    while c != -1:
        out[cand[c][0]] = cand[c][1]
        c = back[c]
    return out


def _outer_spans(cand: list[tuple[int, int]], segments: list[_Segment]) -> list[tuple[int, int]]:
    """The candidates, less the quote boxes (see _in_quote_box) whose place in
    trafilatura's text lies inside a longer candidate's: a pull quote repeating a sentence
    of a paragraph is found where the paragraph is, and as an anchor it would take the
    paragraph's place (the paragraph, bounded by it, would then match nowhere).
    Candidates keep their document order."""
    if len(cand) < 2:
        return cand
    spans = sorted(cand, key=lambda c: (c[1], -len(segments[c[0]].key)))
    inner: set[int] = set()
    reach, start = -1, -1                    # the span reaching furthest so far
    for i, pos in spans:
        end = pos + len(segments[i].key)
        if end <= reach and (pos, end) != (start, reach) and _in_quote_box(segments[i].owner):
            inner.add(i)                     # (a line of a teaser list may hold a lead: not this)
        elif end > reach:
            reach, start = end, pos
    return [c for c in cand if c[0] not in inner] if inner else cand


def _next_starts_at(body_key: str, following: list[_Segment], k: str, pos: int) -> bool:
    """True when a segment soon after starts at ``pos`` too and is longer: a short header
    ("Radar Sragen") or a menu item ("Kuala Jernih") is then only the start of the lead
    ("RADARSRAGEN.NET, SRAGEN - ...", "Kuala Jernih (ANTARA) - ...")."""
    for nxt in following:
        nxt.key = nxt.key or _key(nxt.text)
        if len(nxt.key) > len(k) and nxt.key.startswith(k) \
                and body_key.startswith(nxt.key[:PARTIAL_KEY_CHARS], pos):
            return True
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
    """Deepest element holding at least CONTAINER_SHARE of the kept prose (sentences of
    PROSE_MIN_WORDS or more: a title, a byline or an address block weighs nothing), or of
    all kept text when there is too little prose to tell.

    A text repeated on the page (the same card or table twice, for desktop and mobile;
    placeholder blocks) weighs once: repetition is template, not evidence of the body.
    When the element found leaves out a run of kept prose before it (PRE_BODY_SHARE of
    the prose, in PRE_BODY_MIN_PARAS paragraphs or more: more than a lead), it is widened
    to hold that run too: trafilatura's body starts with the article, and what it keeps
    past the article (disclaimers, footnotes, a bio) is what a deepest-element pick lands
    on when the article itself is spread over many small blocks."""
    kept = [s for s in segments if s.kept]
    prose = [s for s in kept if _is_prose(s, PROSE_MIN_WORDS) and _TERMINAL.search(s.text)]
    if sum(len(s.text) for s in prose) >= CONTAINER_MIN_PROSE_CHARS:
        kept = prose
    weight: dict[HtmlElement, int] = {}
    total = 0
    seen: set[str] = set()
    for seg in kept:
        if seg.key in seen:
            continue
        seen.add(seg.key)
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
    if best is not None and kept is prose:
        best = _widen_to_earlier_prose(best, segments, prose, total)
    # A long list can hold most of an article's text, but it is a part of the body, not
    # the body: the lead and the closing paragraphs are its siblings.
    while best is not None and (best.tag in LIST_TAGS or best.tag == "li") and best.getparent() is not None:
        best = best.getparent()
    return best


def _widen_to_earlier_prose(best: HtmlElement, segments: list[_Segment], prose: list[_Segment],
                            total: int) -> HtmlElement:
    """The common ancestor of ``best`` and the kept prose before it, when that prose is a
    large run (see :func:`_container`) besides a lead set apart (kept lead paragraphs just
    before the container, which the lead recovery keeps anyway); else ``best``."""
    within = set(best.iter())
    first = next((i for i, seg in enumerate(segments) if seg.owner in within and seg.kept), None)
    if first is None:
        return best
    lead_run: set[int] = set()               # kept leads just before the container
    for seg in reversed(segments[:first]):
        if seg.kept:
            if not _is_lead(seg):
                break
            lead_run.add(id(seg))
    before: list[_Segment] = []
    for seg in prose:
        if seg.owner in within:
            break
        if id(seg) not in lead_run:
            before.append(seg)
    keys = {s.key for s in before}
    if len(keys) < PRE_BODY_MIN_PARAS or sum(len(k) for k in keys) < PRE_BODY_SHARE * total:
        return best
    ancestors = set(before[0].owner.iterancestors()) | {before[0].owner}
    el: Optional[HtmlElement] = best
    while el is not None and el not in ancestors:
        el = el.getparent()
    return el if el is not None else best


def _depth(el: HtmlElement) -> int:
    return sum(1 for _ in el.iterancestors())


_CLASS_USES = etree.XPath("count(//*[@class = $cls])")
CHUNK_CLASS_SPREAD = 2               # a chunk class used this many times more often elsewhere is a utility class


def _body_parts(container: HtmlElement) -> set[HtmlElement]:
    """The container plus same-tag, same-class siblings, and cousins when its parent has
    such siblings: templates often split a body into several chunks (around an ad or
    a "Baca juga" box, or one chunk per page of a paged article)."""
    cls = container.get("class")
    parent = container.getparent()
    if not cls or parent is None:
        return {container}
    parts = {el for el in parent if el.tag == container.tag and el.get("class") == cls}
    grand, pcls = parent.getparent(), parent.get("class")
    if grand is not None and pcls:
        for uncle in grand:
            if uncle is not parent and uncle.tag == parent.tag and uncle.get("class") == pcls:
                parts.update(el for el in uncle if el.tag == container.tag and el.get("class") == cls)
    if len(parts) > 1 and _CLASS_USES(container, cls=cls) > CHUNK_CLASS_SPREAD * len(parts):
        # a utility class (hashed CSS-in-JS names, "row", "mb-3") marks the byline, the
        # comments and the summary box too: no evidence of body chunks
        return {container}
    return parts


# a block named as what follows an article (comments, related posts, a bio, a sidebar)
_NOT_CONTINUATION = re.compile(
    r"comment|komentar|disqus|respon|reply|related|terkait|recommend|rekomendasi|sidebar|widget|"
    r"footer|share|author|penulis|bio|tags?\b|nav|menu|promo|iklan|\bads?\b|newsletter|subscribe|faq",
    re.IGNORECASE)


def _continuation(container: HtmlElement, segments: list[_Segment]) -> list:
    """[block, segment indexes...] of a block right after the body container (its next
    sibling, empty ones skipped) that goes on the body, or []. Either prose: a transcript
    under a TV page's summary, a second text box (CONTINUATION_MIN_PARAS prose lines making
    CONTINUATION_PROSE_SHARE of its text); or the list a body ending in a lead-in (":")
    announces, set after the text box by the template (2+ list items, table rows or marked
    lines). Never when a line holds a link (a teaser block, a comment thread with its names
    and "Balas" links), a time or a caption, nor when its class or id names what follows an
    article (comments, related posts, a bio, a sidebar)."""
    sib = container.getnext()
    for _ in range(3):
        if sib is None or not isinstance(sib.tag, str):
            if sib is None:
                return []
            sib = sib.getnext()
            continue
        if sib.tag in SKIP_TAGS or not _norm(sib.text_content()):
            sib = sib.getnext()
            continue
        break
    else:
        return []
    if sib is None or sib.tag not in CONTINUATION_TAGS \
            or _NOT_CONTINUATION.search(f"{sib.get('class', '')} {sib.get('id', '')}"):
        return []
    within = set(sib.iter())
    idx = [i for i, seg in enumerate(segments) if seg.owner in within]
    if not idx:
        return []
    total = prose = lines = items = 0
    for i in idx:
        seg = segments[i]
        if seg.link_chars or seg.in_caption or seg.time_chars:
            return []
        total += len(seg.text)
        if _is_prose(seg, PROSE_MIN_WORDS) and _TERMINAL.search(seg.text):
            prose += len(seg.text)
            lines += 1
        if seg.in_li or seg.row or _seq(seg):
            items += 1
    if lines >= CONTINUATION_MIN_PARAS and prose >= CONTINUATION_PROSE_SHARE * total:
        return [sib, *idx]
    if items >= 2 and items >= CONTINUATION_PROSE_SHARE * len(idx):
        body = set(container.iter())
        last = next((seg for seg in reversed(segments[:idx[0]]) if seg.kept and seg.owner in body), None)
        if last is not None and last.text.rstrip().endswith(":"):
            return [sib, *idx]
    return []


def _linky(text: str, link_chars: int, links: list[str]) -> bool:
    """Mostly link text, and not a sentence with inline links: a lead whose names are
    hover cards or whose words are tag links still has its own words between them."""
    if link_chars <= LINK_DENSITY_MAX * len(text):
        return False
    words = text.count(" ") + 1
    if words < PROSE_MIN_WORDS or not _TERMINAL.search(text):
        return True
    free = words - sum(link.count(" ") + 1 for link in links)
    return free < max(INLINE_FREE_WORDS, INLINE_FREE_SHARE * words) or len(links) < 2


def _is_prose(seg: _Segment, min_words: int) -> bool:
    words = seg.text.count(" ") + 1
    return (words >= min_words and not seg.in_caption
            and not _linky(seg.text, seg.link_chars, seg.links))


def _is_lead(seg: _Segment) -> bool:
    """A lead is prose ending a sentence (headlines and date lines do not), and not a
    heading: an <h2> sentence before the body is the deck under the headline."""
    return not seg.heading and _is_prose(seg, LEAD_MIN_WORDS) and bool(_TERMINAL.search(seg.text))


def _seq(seg: _Segment) -> Optional[tuple[str, int]]:
    """("num"|"lower"|"upper", n) of a numbered or lettered item, from the DOM or the text."""
    m = _SEQ_MARKER.match(seg.marker or seg.text)
    if not m:
        return None
    tok = m.group(1)
    if tok.isdigit():
        return "num", int(tok)
    return ("lower" if tok.islower() else "upper"), ord(tok.lower()) - ord("a") + 1


def _teaser_lists(segments: list[_Segment]) -> list[tuple[list[int], bool]]:
    """Teaser lists: lists (>= 2 items) whose items are mostly a link, or a linked headline
    with a time or date ("related news" beside the body). Each as (segment indexes,
    timed): timed lists are teasers wherever they stand; untimed ones are not when the
    article introduces them (a heading or a "...:" line before them) between its paragraphs:
    a reading list, the sources."""
    items: dict[HtmlElement, list[int]] = {}
    for i, seg in enumerate(segments):
        if seg.li is not None:
            items.setdefault(seg.li, []).append(i)
    lists: dict[HtmlElement, list[tuple[bool, str, list[int]]]] = {}
    for li, idx in items.items():
        parent = li.getparent()
        if parent is None:
            continue
        if len(idx) == 1:
            seg = segments[idx[0]]
            text, links = seg.text, seg.links
        else:
            text = " ".join(segments[i].text for i in idx)
            links = [link for i in idx for link in segments[i].links]
        if not links:                        # no link: not a teaser (its time is read if needed)
            lists.setdefault(parent, []).append((False, text, idx))
            continue
        if len(links) == 1 and links[0] == text:
            rest = ""                        # a menu or teaser item that is one link
        else:
            rest = text
            for link in links:
                rest = rest.replace(link, " ", 1)
        teaser = (text.count(" ") + 1 <= TEASER_ITEM_MAX_WORDS
                  and len(_WORD.findall(_TEASER_EXTRA.sub(" ", rest))) <= INLINE_FREE_WORDS)
        lists.setdefault(parent, []).append((teaser, rest, idx))
    out: list[tuple[list[int], bool]] = []
    for lst in lists.values():
        if len(lst) >= 2 and sum(t for t, _, _ in lst) >= TEASER_LIST_SHARE * len(lst):
            # timed: a time or date beside the links ("2 jam lalu", <time>, "21 Januari 2024")
            timed = sum(bool(_TEASER_EXTRA.search(rest)) or any(segments[i].time_chars for i in idx)
                        for _, rest, idx in lst) >= TEASER_LIST_SHARE * len(lst)
            out.append((sorted(i for _, _, idx in lst for i in idx), timed))
    return out


def _mark_teasers(segments: list[_Segment], inside: list[bool]) -> None:
    """Flag teaser-list items; drop the kept ones (reason ``related-list``)."""
    prose = [i for i, s in enumerate(segments) if s.kept and inside[i] and not s.in_li
             and _is_prose(s, PROSE_MIN_WORDS)]
    for idx, timed in _teaser_lists(segments):
        before = segments[idx[0] - 1] if idx[0] else None
        introduced = before is not None and (before.heading or before.text.endswith(":"))
        if not timed and introduced and prose and prose[0] < idx[0] and idx[-1] < prose[-1]:
            continue                 # links the article lists ("Sumber:", "Aturan yang menjadi dasar:")
        for i in idx:
            seg = segments[i]
            seg.teaser = True
            if inside[i] and seg.kept:
                seg.kept, seg.why = False, "related-list"
    cards = _teaser_cards(segments, inside)
    for i in cards:
        seg = segments[i]
        seg.teaser = True
        if seg.kept:
            seg.kept, seg.why = False, "related-list"
        label = segments[i - 1] if i else None   # the cards' label ("DON'T MISS", "Baca juga")
        if label is not None and inside[i - 1] and label.kept and i - 1 not in cards \
                and label.text.count(" ") < CARD_HEADLINE_WORDS and not _TERMINAL.search(label.text):
            label.kept, label.why = False, "related-list"


CARD_HEADLINE_WORDS = 4              # a card opens with a linked headline this long ...


def _teaser_cards(segments: list[_Segment], inside: list[bool]) -> list[int]:
    """Teaser cards inside the body: 2+ sibling blocks of one tag and class, each opening
    with a linked headline (CARD_HEADLINE_WORDS+ words) followed by its own unlinked
    excerpt ("<a>Bawaslu temukan tiga ASN ...</a> Pengawas pemilu menemukan ..."): a
    "Baca juga" box without a label, whose excerpts read as prose. A body paragraph may
    open with a linked name, but two sibling paragraphs opening with linked headlines and
    carrying one link each are cards."""
    groups: dict[tuple, list[int]] = {}
    for i, seg in enumerate(segments):
        if not inside[i] or seg.li is not None or len(seg.links) != 1:
            continue
        link = seg.links[0]
        if link.count(" ") + 1 < CARD_HEADLINE_WORDS or len(link) >= len(seg.text) \
                or not seg.text.startswith(link):
            continue
        owner = seg.owner
        parent = owner.getparent()
        if parent is None:
            continue
        groups.setdefault((parent, owner.tag, owner.get("class")), []).append(i)
    out: list[int] = []
    for (parent, tag, cls), idx in groups.items():
        if len(idx) < 2:
            continue
        siblings = sum(1 for el in parent if el.tag == tag and el.get("class") == cls)
        if len(idx) >= TEASER_LIST_SHARE * siblings:
            out.extend(idx)
    return out


def _select(segments: list[_Segment], body_el: Optional[HtmlElement], matched: bool,
            opts: HtmlSettings, removed: list[Removed], lang: Any = None) -> list[_Para]:
    """Keep the body container's segments; recover lists, headings and the lead."""
    if not matched and body_el is None:
        # trafilatura found nothing: fall back to prose lines (jusText-like)
        for seg in segments:
            seg.kept = _is_prose(seg, PROSE_MIN_WORDS)   # list items come back via recovery
    container = body_el if body_el is not None else _container(segments)
    if container is None:
        return []
    parts = _body_parts(container)
    more = _continuation(container, segments) if body_el is None and opts.recover_continuation else []
    if more:
        parts.add(more[0])
    within = {el for part in parts for el in part.iter()}
    inside = [seg.owner in within for seg in segments]
    for i in more[1:]:
        segments[i].kept = True
    if body_el is not None:
        # a profile pins the body: everything in it is a candidate, rules decide
        for i, seg in enumerate(segments):
            if inside[i] and not seg.in_caption:
                seg.kept = True
        if opts.recover_lead:
            _lead_above_pinned_body(segments, inside)
    _mark_teasers(segments, inside)
    kept_idx = [i for i, s in enumerate(segments) if s.kept and inside[i]]
    if not kept_idx:
        return []
    first, last = kept_idx[0], kept_idx[-1]
    slides = _slide_captions(segments, inside, first, last) if opts.recover_lists else set()

    prev_seq: Optional[tuple[str, int]] = None      # numbering of the last kept item
    toggles: dict[HtmlElement, bool] = {}           # elements seen by _toggled
    kept_keys: dict[str, set[str]] = {}             # built by _repeats_kept when needed
    dialogs: dict[HtmlElement, bool] = {}           # elements seen by _hidden_dialog
    folds: dict[HtmlElement, bool] = {}             # elements seen by _folded
    fold_open = True                                # no visible text yet after the body's last line
    for i, seg in enumerate(segments):
        if not inside[i]:
            if seg.kept and not (i < first and _lead_run(segments, inside, i, first)):
                seg.kept, seg.why = False, "outside-body"
            continue
        if seg.kept and _hidden_dialog(seg.owner, container, dialogs):
            seg.kept, seg.why = False, "hidden-dialog"
            continue
        if seg.kept:
            prev_seq = _seq(seg) or prev_seq
            continue
        if seg.teaser:
            if first < i < last:
                seg.why = "related-list"
            continue
        seq = _seq(seg)
        linky = _linky(seg.text, seg.link_chars, seg.links)
        if opts.recover_lists and first < i < last and seg.in_li and not linky and not seg.in_caption:
            seg.kept = True                  # list item trafilatura dropped
        elif opts.recover_lists and seq and prev_seq and seq[0] == prev_seq[0] \
                and seq[1] == prev_seq[1] + 1 and not linky and not seg.in_caption:
            seg.kept = True                  # "8." after a kept "7.": the list goes on
        elif opts.recover_lists and seq and seq[1] == 1 and not linky and not seg.in_caption \
                and _next_in_sequence(segments, i, seq) \
                and (first < i < last or _lead_in_before(segments, inside, i)):
            seg.kept = True                  # "a." then "b." in blocks of their own: a list starts
        elif opts.recover_lists and i in slides:
            seg.kept = True                  # a slide of an infographic carousel
        elif opts.recover_lists and first < i < last and not linky and not seg.in_caption \
                and _toggled(seg.owner, container, toggles):
            seg.kept = True                  # an accordion's or a tab's hidden panel
        elif opts.recover_lists and fold_open and i > last and not linky and not seg.in_caption \
                and not seg.time_chars and _body_line(seg) \
                and (_toggled(seg.owner, container, toggles) or _folded(seg.owner, container, folds)) \
                and not _repeats_kept(seg, segments, last, kept_keys):
            seg.kept = True                  # the rest of the article behind "Baca selengkapnya"
        elif opts.recover_headings and first < i < last and seg.heading and not linky \
                and seg.text.count(" ") < HEADING_MAX_WORDS:
            seg.kept = True                  # a section heading inside the body
        elif opts.recover_lead and i < first and _is_lead(seg):
            seg.kept = True                  # lead paragraph trafilatura dropped
        elif first < i < last:
            seg.why = "not-body"
        if seg.kept:
            prev_seq = seq or prev_seq
        elif i > last and seg.text.count(" ") >= FOLD_GAP_WORDS:
            fold_open = False                # visible text after the body: no folded rest past it
    for seg in segments:
        if seg.why:
            removed.append(Removed(seg.text[:MAX_REMOVED_TEXT], seg.why))
    return _paragraphs([s for s in segments if s.kept], lang)


PINNED_LEAD_MAX = 2                  # lead paragraphs set apart above a pinned body


def _lead_above_pinned_body(segments: list[_Segment], inside: list[bool]) -> None:
    """Keep the lead a template sets apart above the body a profile pins ("WAI KABU - ..."
    in a lead box of its own): the lead paragraphs right before the body's first segment,
    the first of them opening with a dateline none of the body's first paragraphs has (a
    dateline opens an article once: then the article starts above its body box). A photo
    credit ("OUTLET.COM/NAME - caption") is no lead."""
    body = [i for i, flag in enumerate(inside) if flag and segments[i].kept][:PINNED_LEAD_MAX + 1]
    if not body or any(_has_dateline(segments[i].text) for i in body):
        return
    first = body[0]
    run: list[int] = []
    for j in range(first - 1, max(-1, first - 1 - PINNED_LEAD_MAX), -1):
        seg = segments[j]
        if not _is_lead(seg) or _PHOTO_CREDIT.search(seg.text):
            break
        run.append(j)
    while run and not _has_dateline(segments[run[-1]].text):
        run.pop()                            # the run starts at its dateline
    for j in run:
        segments[j].kept = True


def _has_dateline(text: str) -> bool:
    from .clean import dateline_head
    return bool(_DOMAIN_DATELINE.match(text) or _AGENCY_DATELINE.match(text) or dateline_head(text))


# a widget that hides its content until clicked: accordions, collapsible panels, tabs
_TOGGLE_CLASS = re.compile(r"accordion|collaps|toggle|tab-pane|tabpanel|spoiler|faq", re.IGNORECASE)
TOGGLE_DEPTH = 6                     # ancestors searched for a toggle widget, up to the container


def _toggled(owner: HtmlElement, container: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    """The segment sits in a panel the reader opens by a click (an FAQ accordion's answer,
    a collapsible section, a tab): trafilatura drops such panels as hidden, though they
    hold the article's text ("Bolehkah ASN ...? Tidak, ASN dilarang ..."). ``seen``
    remembers the elements already tested (segments share their ancestors)."""
    return _ancestor(owner, container, seen, _toggle_box)


def _toggle_box(el: HtmlElement) -> bool:
    names = el.get("class")
    role = el.get("role")
    return bool(names and _TOGGLE_CLASS.search(names)) or bool(role and _TOGGLE_CLASS.search(role))


def _ancestor(owner: HtmlElement, container: HtmlElement, seen: dict[HtmlElement, bool],
              test: Callable[[HtmlElement], bool]) -> bool:
    """``test`` holds for ``owner`` or one of its TOGGLE_DEPTH nearest ancestors below
    ``container``; ``seen`` caches each element's answer (segments share ancestors)."""
    el: Optional[HtmlElement] = owner
    for _ in range(TOGGLE_DEPTH):
        if el is None or el is container:
            return False
        hit = seen.get(el)
        if hit is None:
            hit = seen[el] = test(el)
        if hit:
            return True
        el = el.getparent()
    return False


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# a hidden block that is not the article's folded text: dialogs, menus, comment and share boxes
_NOT_PANEL = re.compile(
    r"modal|popup|pop-up|dialog|overlay|login|masuk|paywall|subscri|langganan|newsletter|"
    r"comment|komentar|reply|share|related|terkait|menu|nav|sidebar|\bads?\b|iklan|promo|"
    r"video|player|media|gallery|galeri|caption",
    re.IGNORECASE)


def _hidden(el: HtmlElement) -> bool:
    """Hidden until the reader clicks: ``hidden`` or an inline ``display: none`` (a "Baca
    selengkapnya" expander's folded half, a collapsed panel)."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


FOLD_GAP_WORDS = 4                   # a visible line this long after the body ends any folded rest


def _body_line(seg: _Segment) -> bool:
    """A line an article's folded text is made of: a prose sentence or a list item."""
    return bool(seg.in_li or _seq(seg) or (_is_prose(seg, PROSE_MIN_WORDS) and _TERMINAL.search(seg.text)))


def _folded(owner: HtmlElement, container: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    """The segment sits in a block hidden by ``hidden`` or an inline ``display: none`` (a
    "Baca selengkapnya" expander's folded half), not named as a dialog or another box."""
    return _ancestor(owner, container, seen, lambda el: _hidden(el) and not _NOT_PANEL.search(_names(el)))


def _names(el: HtmlElement) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _hidden_dialog(owner: HtmlElement, container: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    """The segment sits in a hidden block named as a dialog, a login or newsletter box, a
    share or comment box (see _NOT_PANEL) inside the body box: not the article."""
    return _ancestor(owner, container, seen, lambda el: _hidden(el) and bool(_NOT_PANEL.search(_names(el))))


def _repeats_kept(seg: _Segment, segments: list[_Segment], upto: int, cache: dict[str, set[str]]) -> bool:
    """The segment's text is already kept up to ``upto`` (a hidden copy of the body's own
    text, e.g. for another screen size). ``cache`` holds the kept keys, built once."""
    keys = cache.get("kept")
    if keys is None:
        keys = cache["kept"] = {s.key or _key(s.text) for s in segments[:upto + 1] if s.kept}
    seg.key = seg.key or _key(seg.text)
    return seg.key in keys


def _next_in_sequence(segments: list[_Segment], i: int, seq: tuple[str, int]) -> bool:
    """The segment after ``i`` carries the next marker of ``seq`` ("b." after "a."): a
    list written as blocks of their own (``<div><span>a.</span> ...</div>``, ``<p>1. ...``)
    that trafilatura dropped, not a lone "A. Yani" or "1." in a sentence."""
    if i + 1 >= len(segments):
        return False
    nxt = segments[i + 1]
    follow = _seq(nxt)
    return (follow is not None and follow[0] == seq[0] and follow[1] == seq[1] + 1
            and not _linky(nxt.text, nxt.link_chars, nxt.links) and not nxt.in_caption)


def _lead_in_before(segments: list[_Segment], inside: list[bool], i: int) -> bool:
    """The kept segment before ``i`` in the body announces a list (ends with ":")."""
    for j in range(i - 1, -1, -1):
        if segments[j].kept and inside[j]:
            return segments[j].text.rstrip().endswith(":")
    return False


def _slide_captions(segments: list[_Segment], inside: list[bool], first: int, last: int) -> set[int]:
    """Captions of a slide set inside the body: 2+ sibling ``<figure>``s (an AMP
    ``<amp-carousel type=slides>``, a gallery) whose captions are mostly statements of
    their own (a sentence of PROSE_MIN_WORDS+ words, not a link, no photo credit): the
    slides of an infographic that carry the article's rules ("ASN dilarang ..."). Taken
    between kept body paragraphs, or after a kept lead-in ending in ":" ("Berikut isinya:").
    A lone photo's caption, a photo gallery's credited captions and a carousel of linked
    headlines stay out."""
    groups: dict[HtmlElement, dict[HtmlElement, list[int]]] = {}
    for i, seg in enumerate(segments):
        if not (seg.in_caption and inside[i] and i > first):
            continue
        fig: Optional[HtmlElement] = seg.owner
        for _ in range(SLIDE_FIGURE_DEPTH):
            if fig is None or fig.tag == "figure":
                break
            fig = fig.getparent()
        if fig is None or fig.tag != "figure" or fig.getparent() is None:
            continue
        groups.setdefault(fig.getparent(), {}).setdefault(fig, []).append(i)
    out: set[int] = set()
    for figs in groups.values():
        if len(figs) < 2:
            continue
        idx = sorted(i for ids in figs.values() for i in ids)
        statements = sum(1 for ids in figs.values() if any(_slide_statement(segments[i]) for i in ids))
        if statements < TEASER_LIST_SHARE * len(figs):
            continue
        before = next((segments[j] for j in range(idx[0] - 1, -1, -1) if segments[j].kept and inside[j]), None)
        if idx[-1] < last or (before is not None and before.text.rstrip().endswith(":")):
            out.update(i for i in idx if _slide_statement(segments[i]))
    return out


def _slide_statement(seg: _Segment) -> bool:
    text = seg.text
    return (text.count(" ") + 1 >= PROSE_MIN_WORDS and bool(_TERMINAL.search(text))
            and not _linky(text, seg.link_chars, seg.links) and not _PHOTO_CREDIT.search(text))


def _lead_run(segments: list[_Segment], inside: list[bool], i: int, first: int) -> bool:
    """Kept prose just before the container (a lead set apart by the template)."""
    for j in range(i, first):
        seg = segments[j]
        if seg.kept and not inside[j] and not _is_lead(seg):
            return False
    return _is_lead(segments[i])


# --- stage 6: segments -> paragraphs ---------------------------------------------

def _paragraphs(segments: list[_Segment], lang: Any = None) -> list[_Para]:
    return _join_dateline_stubs(_blocks(segments, (lang or _lang.SHIPPED).list_marker))


def _join_dateline_stubs(paras: list[_Para]) -> list[_Para]:
    """A dateline set apart from its lead ("Sukamaju -", "Kuala Jernih (ANTARA) -" in a
    block or line of its own) is joined to the paragraph after it: the first paragraph only."""
    out: list[_Para] = []
    for para in paras:
        prev = out[0] if len(out) == 1 else None
        if prev is not None and _is_dateline_stub(prev) and not (para.in_li or para.heading or para.marker):
            prev.text = f"{prev.text} {para.text}"
            prev.link_chars += para.link_chars
            prev.links.extend(para.links)
            continue
        out.append(para)
    return out


def _is_dateline_stub(para: _Para) -> bool:
    text = para.text
    return (bool(_DATELINE_STUB.match(text)) and ". " not in text and para.words <= DATELINE_STUB_MAX_WORDS
            and not (para.in_li or para.heading or para.marker))


def _blocks(segments: list[_Segment], text_marker: re.Pattern[str]) -> list[_Para]:
    paras: list[_Para] = []
    prev: Optional[_Segment] = None
    for seg in segments:
        text = (seg.marker or "") + seg.text
        joinable = (prev is not None and seg.br_before and seg.owner is prev.owner
                    and seg.marker is None and not text_marker.match(seg.text)
                    and not _TERMINAL.search(paras[-1].text))
        if joinable:
            last = paras[-1]
            last.text = f"{last.text} {seg.text}"
            last.link_chars += seg.link_chars
            last.links.extend(seg.links)
        else:
            paras.append(_Para(text, seg.link_chars, list(seg.links), seg.marker, seg.in_li, seg.heading,
                               seg.owner))
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
            elif not para.in_li and _linky(para.text, para.link_chars, para.links):
                reason, action = "link-list", "drop"   # list items: the teaser-list test decides
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
            if out and out[-1].heading:      # the heading over a paywall box, a comment form
                removed.append(Removed(out.pop().text[:MAX_REMOVED_TEXT], f"boilerplate:{reason}"))
            for rest in paras[n:]:
                removed.append(Removed(rest.text[:MAX_REMOVED_TEXT], f"boilerplate:{reason}"))
            break
        removed.append(Removed(para.text[:MAX_REMOVED_TEXT],
                               reason if reason == "title" else f"boilerplate:{reason}"))
        in_section = action == "drop-section"
    if out and not out[-1].marker:
        m = _TRAILING_CODE.search(out[-1].text)
        if m:
            removed.append(Removed(m.group().strip(), "boilerplate:editor-code"))
            out[-1].text = out[-1].text[:m.start()]
    return out


def _drop_repeats(paras: list[_Para], removed: list[Removed]) -> list[_Para]:
    """Drop a quote box's paragraph whose words a longer paragraph near it holds whole: a
    pull quote (``<blockquote>``, ``<aside>``, ``<figure>``, or a block named "quote")
    repeating a sentence the article says in full, kept by trafilatura as a block of its
    own. The paragraph saying it stays, so the body carries the words once. List items
    and headings are left alone."""
    if len(paras) < 2:
        return paras
    boxed = [not (p.in_li or p.heading or p.marker) and p.owner is not None and _in_quote_box(p.owner)
             for p in paras]
    if not any(boxed):
        return paras
    keys = [_key(p.text) for p in paras]
    out: list[_Para] = []
    for n, para in enumerate(paras):
        k = keys[n]
        if boxed[n] and len(k) >= REPEAT_MIN_KEY:
            lo, hi = max(0, n - REPEAT_WINDOW), min(len(paras), n + REPEAT_WINDOW + 1)
            if any(len(keys[m]) > len(k) and k in keys[m] for m in range(lo, hi)):
                removed.append(Removed(para.text[:MAX_REMOVED_TEXT], "repeated-quote"))
                continue
        out.append(para)
    return out


_QUOTE_BOX_TAGS = frozenset(("blockquote", "aside", "figure", "q"))
_QUOTE_BOX_NAME = re.compile(r"quote|kutipan", re.IGNORECASE)


def _in_quote_box(el: HtmlElement) -> bool:
    for _ in range(QUOTE_BOX_DEPTH):
        if el is None:
            return False
        if el.tag in _QUOTE_BOX_TAGS or _QUOTE_BOX_NAME.search(el.get("class") or ""):
            return True
        el = el.getparent()
    return False


def _rule_for(para: _Para, rules: _Rules) -> tuple[Optional[str], Optional[str]]:
    text = para.text[len(para.marker):] if para.marker else para.text
    words = para.words
    if not ((rules.any_start and rules.any_start.match(text))
            or (words <= rules.search_max_words and _any_search(rules, text.lower(), words))):
        return None, None                    # most body paragraphs: a few regex calls
    seq = _SEQ_MARKER.match(text)
    # "(c) ASN dilarang ..." is an item; "(c) 2024 PT ..." is a copyright line
    item = para.marker is not None or bool(seq and not _YEAR.match(text, seq.end()))
    for name, action, max_words, search, pattern in rules.rules:
        if words > max_words:
            continue
        if (pattern.search(text) if search else pattern.match(text)):
            if action == "cut-tail" and item:
                continue                     # a list item ("(c) ASN dilarang ...") never ends the article
            return name, action
    return None, None


def _any_search(rules: _Rules, low: str, words: int) -> bool:
    for max_words, pattern in rules.any_search:
        if words > max_words:
            return False                     # the guards are sorted, longest first
        if pattern.search(low):
            return True
    return False


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


# --- stage 8: never lose what trafilatura found -------------------------------------

def _share_kept(paras: list[_Para], traf_bag: Counter, traf_total: int) -> float:
    ours = Counter(_WORD.findall(" ".join(p.text for p in paras).lower()))
    return sum((traf_bag & ours).values()) / traf_total


def _guard(paras: list[_Para], segments: list[_Segment], traf_text: str, body_len: int,
           rules: _Rules, doc: CleanDocument, opts: HtmlSettings, mark: int,
           tree: Optional[HtmlElement] = None) -> list[_Para]:
    """Fall back to trafilatura's body when the selection kept less than ``fallback_share``
    of it: the container was another block (an address, an author bio, teasers, another
    post). Measured on the segments aligned with trafilatura's text (teaser lists aside),
    or, when the alignment itself failed, on word bags. The fallback goes through the same
    rules; what the abandoned attempt removed is replaced by the fallback's own removals
    (``doc.removed[mark:]``) and one ``fallback:`` entry saying why."""
    if not traf_text or opts.fallback_share <= 0:
        return paras
    aligned = [s for s in segments if s.traf]
    if sum(len(s.key) for s in aligned) >= ALIGNED_MIN_SHARE * body_len:
        content = [s for s in aligned if not s.teaser]
        total = sum(len(s.key) for s in content)
        if not total:
            return paras                     # trafilatura's pick was a teaser list
        share = sum(len(s.key) for s in content if s.kept) / total
        how = "trafilatura's paragraphs"

        def alternative() -> list[_Para]:
            return _paragraphs(content, rules.lang)
    else:
        traf_bag = Counter(_WORD.findall(traf_text.lower()))
        share = _share_kept(paras, traf_bag, sum(traf_bag.values()) or 1)
        how = "trafilatura's text"

        def alternative() -> list[_Para]:
            # trafilatura's text is not on the page's blocks: often the JSON-LD articleBody
            # of an app shell, whose paragraph breaks trafilatura flattens; use its own lines
            own = _json_body(tree, traf_bag, rules.lang) if tree is not None else None
            if own:
                return own
            return [_Para(_norm(ln), 0, [], None) for ln in traf_text.split("\n") if ln.strip()]
    if share >= opts.fallback_share:
        return paras
    removed: list[Removed] = []
    alt = _apply_rules(alternative(), rules, doc.title, removed)
    if sum(len(p.text) for p in alt) <= sum(len(p.text) for p in paras):
        return paras                         # the rules drop trafilatura's pick as well
    lost = "\n\n".join(p.text for p in paras)
    del doc.removed[mark:]
    doc.removed.append(Removed(lost[:MAX_REMOVED_TEXT],
                               f"fallback: the selected block held {share:.0%} of trafilatura's "
                               f"body; {how} used instead"))
    doc.removed.extend(removed)
    return alt


def _json_body(tree: HtmlElement, traf_bag: Counter, lang: Any) -> Optional[list[_Para]]:
    """The paragraphs of a JSON-LD ``articleBody`` holding trafilatura's text (JSON_BODY_SHARE
    of its words), one per line (or, when the body is HTML, per block), list markers kept;
    None when the page has none."""
    total = sum(traf_bag.values())
    if not total:
        return None
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or "") or not script.text or "articleBody" not in script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for body in _json_values(data, "articleBody"):
            bag = Counter(_WORD.findall(body.lower()))
            if sum((bag & traf_bag).values()) < JSON_BODY_SHARE * total:
                continue
            if _HTML_TAG.search(body):
                try:
                    frag = lxml.html.fragment_fromstring(body, create_parent="div")
                except (etree.ParserError, ValueError):
                    continue
                return _paragraphs(_segment(frag), lang)
            marker_re = (lang or _lang.SHIPPED).list_marker
            out = []
            for line in body.splitlines():
                text = _norm(line)
                if text:
                    m = marker_re.match(text)
                    out.append(_Para(text, 0, [], text[:m.end()] if m else None))
            return out
    return None


def _json_values(data: Any, key: str) -> list[str]:
    """Every string value of ``key`` in a parsed JSON document (objects, lists, @graph)."""
    out: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for k, v in item.items():
                if k == key and isinstance(v, str):
                    out.append(v)
                elif isinstance(v, (dict, list)):
                    stack.append(v)
        elif isinstance(item, list):
            stack.extend(item)
    return out


# --- metadata ------------------------------------------------------------------

def _read_metadata(tree: HtmlElement, url: Optional[str], rules: _Rules,
                   doc: CleanDocument) -> None:
    """Title, author, date and outlet via trafilatura's metadata readers."""
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
    meta = examine_meta(tree)
    if not (meta.sitename and meta.title and meta.author):
        # JSON-LD (~10 ms a page) only for what the meta tags did not say
        try:
            meta = extract_meta_json(tree, meta)
        except Exception:  # trafilatura's JSON-LD reader has known bugs on odd input
            meta = examine_meta(tree)
    outlet = meta.sitename or _first_meta(tree)
    doc.outlet = _norm(outlet) if outlet else None
    title = meta.title or extract_title(tree)
    doc.title = _clean_title(title, doc.outlet, tree, rules)
    # trafilatura's extract_author costs ~1 ms a page: one XPath for bylines instead
    author = _clean_author(meta.author, rules)
    if author and ((doc.outlet and _same_site(author, _key(doc.outlet)))
                   or rules.generic_author.fullmatch(author)):
        author = None                        # "Redaksi", or the outlet itself named as the author
    if author is None:
        byline = _byline(tree, rules)
        # a visible byline that is just as generic ("Tim Redaksi Nusa TV") adds nothing
        author = byline if byline and not rules.generic_author.fullmatch(byline) else _clean_author(meta.author, rules)
        if author and doc.outlet and _same_site(author, _key(doc.outlet)):
            author = byline
    doc.author = author
    # without a date in meta tags, JSON-LD or <time>, htmldate guesses from any text on the
    # page (a sidebar's teaser date): on a page with an Indonesian date line the header's
    # own date is read later instead, and htmldate (its costliest search) is not asked
    if _DATE_META(tree) or not _has_id_date(tree, rules.lang):
        try:
            found = find_date(tree, url=url, extensive_search=False, original_date=True)
        except Exception:  # htmldate raises on exotic markup; the text fallback remains
            found = None
        doc.published = found if found and _plausible(found) else None


_BYLINE = etree.XPath(   # class attributes searched as attributes: a third cheaper than //*[...]
    '//@class[contains(., "author") or contains(., "byline") or contains(., "penulis") or '
    'contains(., "reporter")]/.. | //@itemprop[. = "author"]/.. | //@rel[. = "author"]/..')

MAX_AUTHOR_WORDS = 6
MAX_BYLINE_CHILDREN = 6


def _clean_author(name: Optional[str], rules: _Rules) -> Optional[str]:
    if not name:
        return None
    name = rules.author_prefixes.sub("", _norm(name)).strip(" |:-,")
    if not name or len(name.split()) > MAX_AUTHOR_WORDS or any(c.isdigit() for c in name):
        return None
    return name


def _byline(tree: HtmlElement, rules: _Rules) -> Optional[str]:
    for el in _BYLINE(tree):
        if el.tag in ("meta", "link", "body", "html", "article") or len(el) > MAX_BYLINE_CHILDREN:
            continue                         # a container ("author-box" with a bio), not a byline
        name = _clean_author(" ".join(el.itertext()), rules)
        if name:
            return name
    return None


def _credit_author(segments: list[_Segment], lang: Any) -> Optional[str]:
    """"Penulis: X | Editor: Y" / "Oleh: X" lines before the body."""
    for seg in segments:
        if seg.kept:
            break
        m = lang.inline_byline.search(seg.text)
        if m and len(m.group(1).split()) <= MAX_AUTHOR_WORDS:
            return m.group(1).strip()
    return None


MAX_CREDIT_WORDS = 14        # an "Editor: ..." line is short; body sentences mentioning editors are not


def _read_credits(segments: list[_Segment], doc: CleanDocument, rules: _Rules) -> None:
    """Editor (and the author, when still unknown) from short "Editor: X", "Pewarta: X",
    "Penulis: X | Editor: Y" lines anywhere outside the body: the rules drop those lines
    from the body, and templates put them after it as often as before it."""
    for n, seg in enumerate(segments):
        if doc.editor and doc.author:
            return
        if seg.text.count(" ") >= MAX_CREDIT_WORDS or (seg.kept and seg.text in doc.text):
            continue
        text = seg.text
        if text.endswith(":") and text.count(" ") < 2 and n + 1 < len(segments):
            text = f"{text} {segments[n + 1].text}"   # "Editor:" and the name in two blocks
        if not doc.editor:
            m = rules.editor_line.search(text)
            name = _clean_author(m.group("name"), rules) if m else None
            if name:
                doc.editor = name
        if not doc.author:
            m = rules.lang.inline_byline.search(seg.text)
            if m and len(m.group(1).split()) <= MAX_AUTHOR_WORDS:
                doc.author = m.group(1).strip()
            elif rules.author_line is not None:
                m = rules.author_line.search(text)
                doc.author = _clean_author(m.group("name"), rules) if m else None


# "jpnn.com, SUKAMAJU -", "Liputan6.com, Sukamaju -", "Suara.com -": the outlet's domain first
_DOMAIN_DATELINE = re.compile(
    r"^(?P<outlet>[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|news|tv))\s*(?:,\s*(?P<place>[A-Z][\w .'-]{1,40}?))?\s*[-–—]+\s")
# "SUKAMAJU (ANTARA) -", "Kuala Jernih (ANTARA) -": the agency in parentheses after the place
_AGENCY_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .'-]{1,40}?)\s*\((?P<outlet>[A-Za-z][\w .]{1,20})\)\s*[-–—]+\s")


MIN_OUTLET_KEY = 4           # an outlet named by a prefix of the site's name has this many letters


def _read_dateline(paras: list[_Para], doc: CleanDocument) -> None:
    """Place and outlet of the lead's dateline ("JAKARTA, KOMPAS.com -", "jpnn.com,
    SUKAMAJU -", "SUKAMAJU (ANTARA) -"), as the plain-text cleaner reads them; the
    page's site name (meta, JSON-LD) stays the outlet when it has one."""
    if not paras:
        return
    lead = paras[0].text
    m = _DOMAIN_DATELINE.match(lead) or _AGENCY_DATELINE.match(lead)
    if m:
        outlet, place = m.group("outlet"), m.group("place")
    else:
        from .clean import DOMAIN_RE, dateline_head
        head = dateline_head(lead)
        if not head:
            return
        # "PLACE, OUTLET.com" / "PLACE": the outlet part has a domain or is the site's name
        site = _key(doc.outlet) if doc.outlet else ""
        parts = [p.strip() for p in head.split(",") if p.strip()]
        # (the site's name only in full: regional outlets are named after their place)
        outlets = [p for p in parts if DOMAIN_RE.search(p) or (site and _key(p) == site)]
        # "TELUK INDAH, KOMPAS" on Kompas.id: the last part, when the site's name starts with it
        if not outlets and len(parts) >= 2 and site and len(_key(parts[-1])) >= MIN_OUTLET_KEY \
                and site.startswith(_key(parts[-1])):
            outlets = [parts[-1]]
        outlet = outlets[0] if outlets else None
        place = ", ".join(p for p in parts if p not in outlets) or None
    doc.dateline = doc.dateline or (place.strip() if place else None)
    doc.outlet = doc.outlet or outlet


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
    elif _TITLE_SEPARATORS.search(title):
        # "Berita - HEADLINE | Pemerintah Kabupaten ...": the page's own heading, when the
        # <title> holds it with more around it, is the headline
        key = _key(title)
        for el in _HEADINGS(tree):
            text = _norm(el.text_content())
            hk = _key(text)
            if len(hk) >= MIN_KEY_CHARS and hk != key and hk in key:
                return text
    return title or None


_HEADINGS = etree.XPath("(//h1 | //h2)[position() <= 6]")


def _same_site(part: str, outlet_key: str) -> bool:
    key = _key(part)
    return bool(key) and (outlet_key in key or key in outlet_key)


def _plausible(iso: str) -> bool:
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return 1995 <= d.year <= date.today().year + 1


_DATE_META = etree.XPath(
    "boolean(//meta[contains(@property, 'time') or contains(@property, 'date') or contains(@name, 'date') "
    "or contains(@itemprop, 'date') or contains(@name, 'publish')] | //time[@datetime] "
    "| //script[@type='application/ld+json'][contains(., 'datePublished')])")


def _has_id_date(tree: HtmlElement, lang: Any) -> bool:
    """An Indonesian "12 Desember 2023" date written somewhere in the page's text."""
    body = tree.find("body")
    if body is None:
        return False
    parts, size = [], 0
    for text in body.itertext():             # the first 20,000 characters, not the whole page's text
        parts.append(text)
        size += len(text)
        if size >= 20000:
            break
    return bool(lang.date_dmy.search("".join(parts)[:20000]))


def _indonesian_date(segments: list[_Segment], lang: Any) -> Optional[str]:
    """First "7 Desember 2023"-style date before the body (htmldate misses these)."""
    for seg in segments:
        if seg.kept:
            break
        m = lang.date_dmy.search(seg.text)
        if m:
            try:
                iso = date(int(m.group(3)), month_number(lang.months, m.group(2)), int(m.group(1))).isoformat()
            except ValueError:
                continue
            if _plausible(iso):
                return iso
    return None


def _lower_compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` for lower-cased text: compiled without IGNORECASE when it has no
    upper-case letter of its own (escapes such as ``\\S`` aside), else with it."""
    bare = re.sub(r"\\.", "", pattern)
    return re.compile(pattern, 0 if bare == bare.lower() else re.IGNORECASE)


# --- rules file -------------------------------------------------------------------

def compile_rules(data: dict, path: Path | str = RULES_FILE) -> _Rules:
    """Compile a parsed rules file (``html_rules.json``); errors name the file."""
    try:
        return _compile_rules(data, path)
    except Exception as exc:  # KeyError, re.error, a CSS selector's syntax error ...
        raise SettingsError(f"{path}: bad HTML rules file ({type(exc).__name__}: {exc})") from None


def _compile_rules(data: dict, path: Path | str) -> _Rules:
    from lxml.cssselect import CSSSelector
    compiled = [
        (r["name"], r["action"], int(r.get("max_words", 40)), bool(r.get("search", False)),
         re.compile(r["pattern"], re.IGNORECASE))
        for r in data["rules"]]
    for name, action, *_ in compiled:
        if action not in ("drop", "drop-section", "cut-tail"):
            raise ValueError(f"rule {name!r} has unknown action {action!r}")
    profiles = []
    for prof in data.get("profiles", []):
        profiles.append({
            "name": prof["name"],
            "hosts": [h.lower().removeprefix("www.") for h in prof.get("hosts", [])],
            "detect": CSSSelector(prof["detect"]) if prof.get("detect") else None,
            "needles": re.findall(r"[.#]([\w-]+)", prof.get("detect") or ""),
            "body": CSSSelector(prof["body"]) if prof.get("body") else None,
            "remove": [CSSSelector(s) for s in prof.get("remove", [])],
        })
    starts = [r["pattern"] for r in data["rules"] if not r.get("search", False)]
    searches = sorted(((int(r.get("max_words", 40)), _lower_compiled(r["pattern"]))
                       for r in data["rules"] if r.get("search", False)), key=lambda mp: -mp[0])
    return _Rules(
        any_start=re.compile("|".join(f"(?:{p})" for p in starts), re.IGNORECASE) if starts else None,
        any_search=searches,
        search_max_words=max((int(r.get("max_words", 40)) for r in data["rules"] if r.get("search")), default=0),
        rules=compiled,
        inline_read_also=re.compile(data["inline_read_also"], re.IGNORECASE),
        title_selectors=[CSSSelector(s) for s in data.get("title_selectors", [])],
        author_prefixes=re.compile(data.get("author_prefixes", "^$"), re.IGNORECASE),
        editor_line=re.compile(data.get("editor_line", "(?!)"), re.IGNORECASE),
        author_line=re.compile(data.get("author_line", "(?!)"), re.IGNORECASE),
        generic_author=re.compile(data.get("generic_author", "(?!)"), re.IGNORECASE),
        profiles=profiles, lang=_lang.SHIPPED)
