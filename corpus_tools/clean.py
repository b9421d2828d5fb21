"""Clean stage: a raw page -> the article body and the page's own metadata.

HTML goes through trafilatura plus Indonesian news rules (``html.py``). Plain-text
page dumps (one line per block, no markup) go through the line classifier below,
in the manner of jusText but for lines: make lines -> find the body (from the
dateline to the first end marker) -> classify each line -> revise with context.
jusText itself, wrapped over lines, drops lead paragraphs and short list items
("-Ikut kampanye"); the dateline anchor and the list/lead-in rules keep them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import config
from .dates import find_dates, parse_date
from .io import InputError, decode
from .models import CleanDocument, RawDocument, Removed

# A line of at least this many words that reads like prose is body text.
MIN_PROSE_WORDS = 8
# Share of Indonesian stop words in prose (headlines and menus have fewer).
MIN_STOPWORD_RATIO = 0.12
# A title has between these many words.
TITLE_WORDS = (4, 30)
# Headline-like: this share of words capitalised.
HEADLINE_CAPS_RATIO = 0.6
# The dateline head ("CIPUTAT, TANGERANGEKSPRES.CO.ID") is at most this long.
DATELINE_MAX_HEAD = 70
# A line longer than this is no paragraph of an article (a minified blob, a dump without
# newlines): it is cut here, as the HTML cleaner cuts its segments (html.MAX_SEGMENT_CHARS),
# so that no later stage spends minutes on it.
MAX_LINE_CHARS = 200_000

TERMINAL = tuple('.!?:;"”\')…')
LIST_ITEM_RE = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[-–—•*·▪●])\s*\S")
DATELINE_RE = re.compile(r"^(?P<head>[^\s–—-][^–—]{0,%d}?)\s*[–—-]+\s*(?=[\"“A-Z(])" % DATELINE_MAX_HEAD)
DOMAIN_RE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|or\.id|go\.id|news|tv|co)\b", re.IGNORECASE)
BYLINE_RE = re.compile(
    r"^(?:(?:penulis|reporter|pewarta|oleh|laporan wartawan\s+[\w.]+,?)\s*:?\s*(?P<author>[^|:]+?))"
    r"(?:\s*\|\s*editor\s*:?\s*(?P<editor>.+?))?\s*$", re.IGNORECASE)
EDITOR_RE = re.compile(r"^(?:editor|penyunting|redaktur)\s*:?\s*(?P<editor>.+?)\s*$", re.IGNORECASE)
NAME_DATE_RE = re.compile(r"^(?P<author>[A-Z][\w.'’ ]{2,60}?)\s*\|\s*(?P<rest>.*\d{4}.*)$")


@dataclass
class Line:
    index: int
    text: str
    klass: str = "unknown"        # good | list | lead | boilerplate:<reason> | pre-body | post-body | headline
    words: int = 0


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = config.load_data("boilerplate.json")
    flags = re.IGNORECASE
    return {
        "line": [(reason, re.compile(p, flags)) for reason, pats in data["line"].items() for p in pats],
        "end": [re.compile(p, flags) for p in data["end"]],
        "block_start": [re.compile(p, flags) for p in data["block_start"]],
    }


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.id.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", text)


def boilerplate_reason(text: str) -> str | None:
    for reason, pattern in _rules()["line"]:
        if pattern.fullmatch(text):
            return reason
    return None


def is_prose(text: str) -> bool:
    words = _words(text)
    if len(words) < MIN_PROSE_WORDS:
        return False
    stops = sum(1 for w in words if w.lower() in _stop_words())
    # A long headline (every word capitalised, no full stop) is not prose.
    return stops / len(words) >= MIN_STOPWORD_RATIO and not is_headline_like(text)


def is_headline_like(text: str) -> bool:
    words = [w for w in _words(text) if not w.isdigit()]
    if not words or text.rstrip().endswith(TERMINAL):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= HEADLINE_CAPS_RATIO


def dateline_head(text: str) -> str | None:
    """'CIPUTAT, TANGERANGEKSPRES.CO.ID – Saat ...' -> 'CIPUTAT, TANGERANGEKSPRES.CO.ID'."""
    m = DATELINE_RE.match(text)
    if not m:
        return None
    head = m.group("head").strip(" ,")
    parts = [p.strip() for p in head.split(",") if p.strip()]
    # Every part is an upper-case place or outlet name (a domain may end in lower case).
    for part in parts:
        core = DOMAIN_RE.sub(lambda d: d.group(0).upper(), part)
        letters = [c for c in core if c.isalpha()]
        if not letters or sum(c.isupper() for c in letters) / len(letters) < 0.8:
            return None
    return head if parts and len(text) > len(head) + 40 else None


def split_dateline(head: str) -> tuple[str | None, str | None]:
    """(outlet, place) from a dateline head; the outlet is the part with a domain or the last part."""
    from .regions import is_place
    parts = [p.strip() for p in head.split(",") if p.strip()]
    outlet = next((p for p in parts if DOMAIN_RE.search(p)), None) or \
        next((p for p in reversed(parts) if not is_place(p)), None)
    places = [p for p in parts if p is not outlet]
    return outlet, (", ".join(places) or None)


def make_lines(text: str) -> list[Line]:
    lines = []
    for raw in text.split("\n"):
        stripped = re.sub(r"[ \t\u00a0\u200b]+", " ", raw).strip()[:MAX_LINE_CHARS].rstrip()
        if stripped:
            lines.append(Line(index=len(lines), text=stripped, words=len(_words(stripped))))
    return lines


def find_body(lines: list[Line]) -> tuple[int, int]:
    """[start, end) of the article body: from the dateline (or the first prose line)
    to the first end marker after it."""
    start = next((ln.index for ln in lines if dateline_head(ln.text)), None)
    if start is None:
        start = next((ln.index for ln in lines if is_prose(ln.text) and not boilerplate_reason(ln.text)), len(lines))
    end = len(lines)
    for ln in lines[start + 1:]:
        if any(p.fullmatch(ln.text) for p in _rules()["end"]):
            end = ln.index
            break
        # An all-caps section label (1-3 words) followed by a repeated headline: the
        # outlet's "more stories" rail.
        if (ln.words <= 3 and ln.text.isupper() and not ln.text.endswith(TERMINAL)
                and ln.index + 2 < len(lines) and lines[ln.index + 1].text == lines[ln.index + 2].text):
            end = ln.index
            break
    return start, end


def classify(lines: list[Line], start: int, end: int) -> None:
    """Label body lines: list items and lead-ins are kept even when short; a 'Baca juga'
    block takes the headline-like lines after it with it."""
    in_block = False
    for ln in lines[start:end]:
        reason = boilerplate_reason(ln.text)
        if any(p.fullmatch(ln.text) for p in _rules()["block_start"]):
            ln.klass, in_block = f"boilerplate:{reason or 'read-also'}", True
            continue
        if reason:
            ln.klass = f"boilerplate:{reason}"
            continue
        if LIST_ITEM_RE.match(ln.text):
            ln.klass, in_block = "list", False
        elif ln.text.endswith(":"):
            ln.klass, in_block = "lead", False
        elif is_prose(ln.text) or (ln.text.endswith(TERMINAL) and ln.words >= 3):
            ln.klass, in_block = "good", False
        elif in_block or is_headline_like(ln.text):
            ln.klass = "boilerplate:read-also" if in_block else "headline"
        else:
            ln.klass = "short"
    _revise(lines[start:end])


def _revise(body: list[Line]) -> None:
    """Short lines take the class of their neighbours, as in jusText: kept between
    kept lines, dropped next to dropped ones."""
    kept = {"good", "list", "lead"}
    for i, ln in enumerate(body):
        if ln.klass != "short":
            continue
        prev_k = next((b.klass for b in reversed(body[:i]) if b.klass != "short"), "boilerplate")
        next_k = next((b.klass for b in body[i + 1:] if b.klass != "short"), "boilerplate")
        ln.klass = "good" if (prev_k in kept and next_k in kept) else "headline"


def _title(pre: list[Line]) -> str | None:
    for ln in pre:
        if boilerplate_reason(ln.text) or BYLINE_RE.match(ln.text) or NAME_DATE_RE.match(ln.text):
            continue
        if TITLE_WORDS[0] <= ln.words <= TITLE_WORDS[1] and not ln.text.endswith((".", ":")) and is_headline_like(ln.text):
            return ln.text
    return None


def _byline(lines: list[Line]) -> tuple[str | None, str | None, str | None]:
    """(author, editor, published) from byline/date lines anywhere outside the body."""
    author = editor = published = None
    for ln in lines:
        m = NAME_DATE_RE.match(ln.text)
        if m and not author and find_dates(m.group("rest")):
            author = m.group("author").strip()
            published = published or parse_date(m.group("rest"))
            continue
        m = BYLINE_RE.match(ln.text)
        if m and not author:
            author = m.group("author").strip(" .")
            editor = editor or (m.group("editor") or "").strip(" .") or None
            continue
        m = EDITOR_RE.match(ln.text)
        if m and not editor:
            editor = m.group("editor").strip(" .")
            continue
        if not published and boilerplate_reason(ln.text) == "date":
            published = parse_date(ln.text)
    return author, editor, published


def _copyright_outlet(lines: list[Line]) -> str | None:
    for ln in lines:
        m = re.match(r"^(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<name>[^-–|.]+?)(?:\s*[-–|.].*)?$", ln.text, re.IGNORECASE)
        if m and m.group("name").strip():
            return m.group("name").strip()
    return None


def clean_text_dump(text: str, doc_id: str) -> CleanDocument:
    """A plain-text page dump -> CleanDocument (body, title, outlet, author, date)."""
    lines = make_lines(text)
    start, end = find_body(lines)
    classify(lines, start, end)
    removed: list[Removed] = []
    body: list[str] = []
    for ln in lines:
        if ln.index < start:
            removed.append(Removed(ln.text, "pre-body"))
        elif ln.index >= end:
            removed.append(Removed(ln.text, "post-body"))
        elif ln.klass in ("good", "list", "lead"):
            body.append(ln.text)
        else:
            removed.append(Removed(ln.text, ln.klass))
    doc = CleanDocument(doc_id=doc_id, text="\n\n".join(body), removed=removed)
    pre, post = lines[:start], lines[end:]
    doc.title = _title(pre)
    doc.author, doc.editor, doc.published = _byline(pre + post)
    if body:
        head = dateline_head(body[0])
        if head:
            doc.outlet, doc.dateline = split_dateline(head)
    doc.outlet = doc.outlet or _copyright_outlet(post + pre)
    return doc


def clean(raw: RawDocument) -> CleanDocument:
    """Dispatch on format; an input that yields no body is an error naming the file."""
    text, encoding = decode(raw)
    if raw.format == "html":
        from .html import BinaryInput, clean_html
        try:
            doc = clean_html(text, raw.doc_id)
        except BinaryInput as exc:
            # clean_html's own binary test is stricter than decode's on short pages
            raise InputError(raw.path, exc.reason) from None
    else:
        doc = clean_text_dump(text, raw.doc_id)
    doc.encoding = encoding
    if not doc.text.strip():
        raise InputError(raw.path, "no article body found")
    return doc
