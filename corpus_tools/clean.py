"""Clean stage: a raw page -> the article body and the page's own metadata.

HTML goes through trafilatura plus Indonesian news rules (``html.py``). Plain-text
page dumps (one line per block, no markup) go through the line classifier below,
in the manner of jusText but for lines:

1. make lines      markup left in the text ends lines (block tags) or goes (inline tags);
                   normalise spaces, cut absurdly long lines; rejoin a hard-wrapped (printed)
                   page's lines into paragraphs, a line short of the column ending one
2. find the body   from the dateline (also split over two lines, or printed on its own) or the
                   first prose line (past a deck, or a teaser above the title and byline) to
                   the first end marker (not a byline block under the lead, not an inserted
                   block the story goes on after)
3. classify        each line by its own shape: boilerplate by pattern (``boilerplate.json``,
                   bylines and dates from ``lang.py``; tried by the line's first letter), list
                   item, lead-in, prose, headline
4. structure       what a line's neighbours say: items of a list after a lead-in ending in
                   ":" (marked or not), a letter's copy list, blocks after "Baca juga"/rail
                   headings, rails of other stories' headlines (two or more title-like lines,
                   often with times and categories), a lone short heading between paragraphs
5. revise          short lines take the class of their neighbours, as in jusText (looking past
                   a caption, ad or link the page inserted); nothing unpunctuated after a
                   sign-off printed on its own line

jusText itself, wrapped over lines, drops lead paragraphs and short list items
("-Ikut kampanye"); the dateline anchor and the list/lead-in rules keep them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape as html_unescape
from itertools import islice
from typing import Optional

from .dates import find_dates, parse_date
from .io import InputError, decode
from .lang import roman_value, rules as lang_rules
from .models import CleanDocument, RawDocument, Removed
from .settings import Settings, register, resolve

# A list announced above the dateline (an infographic's items) is body from this many items;
# headings of at most this many words may split it ("DILARANG", "Yang wajib").
PRE_BODY_LIST_ITEMS = 3
PRE_BODY_HEADING_WORDS = 3
# A line of at least this many words that reads like prose is body text.
MIN_PROSE_WORDS = 8
# Share of Indonesian stop words in prose (headlines and menus have fewer).
MIN_STOPWORD_RATIO = 0.12
# A title has between these many words.
TITLE_WORDS = (4, 30)
# A line in title case that opens no body has at least this many words that are no function words.
TITLE_CONTENT_WORDS = 3
# Headline-like: this share of words capitalised.
HEADLINE_CAPS_RATIO = 0.6
# The dateline head ("CIPUTAT, TANGERANGEKSPRES.CO.ID") is at most this long.
DATELINE_MAX_HEAD = 70
# A title-case place in a dateline has at most this many words ("Kota Tanjung Harapan").
DATELINE_MAX_WORDS = 4
# A block of other stories' headlines inserted in the middle of a story has at most this many
# lines; the paragraph after it shares at least this many (and this share) of its content words
# with the story above.
INSERTED_BLOCK_LINES = 8
INSERTED_MIN_SHARED = 3
INSERTED_SHARE = 0.3
# (the story's words: those of the lines just above the block)
INSERTED_CONTEXT_LINES = 30
# A deck (the summary under the title) is followed by at most this many byline and date lines.
DECK_HEADER_LINES = 3
# A short lead ("Bupati Sukamaju menerbitkan edaran netralitas pegawai.") has at least this many words.
SHORT_LEAD_WORDS = 4
# A line longer than this is no paragraph of an article (a minified blob, a dump without
# newlines): it is cut here, as the HTML cleaner cuts its segments (html.MAX_SEGMENT_CHARS),
# so that no later stage spends minutes on it.
MAX_LINE_CHARS = 200_000
# An item of a list without markers (lines after a lead-in ending in ":") has at most
# this many words, and a list has at most this many such items.
ITEM_MAX_WORDS = 30
LIST_MAX_ITEMS = 20
# A title-like line of other stories has at least this many words ...
RAIL_TITLE_WORDS = (3, 20)
# ... and this many of them in a row (with or without times/categories) make a rail.
RAIL_MIN_TITLES = 2
# A lone title-like line between paragraphs of this many words at most is a section heading.
HEADING_MAX_WORDS = 7
# Two or more title-like lines in a row, each of at most this many words, between paragraphs
# are a heading and its subheading; other stories' headlines are longer.
SUBHEADING_MAX_WORDS = 4
# A title-like line longer than a heading is still a subheading when the paragraph after it
# repeats this share of its content words (at least ECHO_MIN_WORDS of them, compared on their
# first ECHO_PREFIX letters: "Menelusuri" / "menelusuri", "Dilaporkan" / "melaporkan" do not
# match, "Pelaporan" / "pelapor" do): a subheading announces the section it opens, another
# story's headline does not.
ECHO_MIN_SHARE = 0.5
ECHO_MIN_WORDS = 2
ECHO_PREFIX = 5
# ... and when it follows at least this many kept lines (a page's title stands above the lead,
# which echoes it too, when the body was taken to start early).
ECHO_AFTER_KEPT = 2
# Items announced by a sentence ("Berikut lima larangan bagi ASN.") rather than a colon are
# short fragments ("Memasang Spanduk Calon"); other stories' headlines are longer.
SENTENCE_LIST_ITEM_WORDS = 6
# A live report's entry under its clock stamp is a paragraph of at least this many words (a
# schedule's entry under its time is a few words: "Apel netralitas di halaman kantor bupati").
LIVE_ENTRY_WORDS = 16
# A caption under a repeated title (an image's alt text, "Judul Berita 2") has at most this many words.
CAPTION_MAX_WORDS = 15
# Boilerplate reasons given by a line's words alone ("Facebook", "Beranda", "Senin, 12 Agustus
# 2024"): after a lead-in ending in ":" such a short line is an item of the list it announces.
ITEM_REASONS = frozenset(("share", "navigation", "date"))
ITEM_REASON_MAX_WORDS = 8
# An ad slot's label printed between a list's items ("ADVERTISEMENT", "SCROLL TO CONTINUE WITH
# CONTENT", "[Iklan]") has at most this many words.
AD_SLOT_WORDS = 5

# A hard-wrapped page (print/e-paper dump): at least WRAP_MIN_LINES lines of WRAP_MIN_WORDS
# words or more, none longer than WRAP_MAX_CHARS, and this share of them stopping mid-sentence.
WRAP_MIN_WORDS = 5
WRAP_MIN_LINES = 6
WRAP_MAX_CHARS = 100
WRAP_OPEN_SHARE = 0.5
# ... and this share of them run on into a next line that opens in lower case ("sikap" /
# "pegawai selama ..."): a web page's short paragraphs, titles and headlines stop mid-sentence
# too, but the line after them opens a new block with a capital.
WRAP_CONTINUED_SHARE = 0.25
# A wrapped line runs on into the next only if it has at least this many words (a lone
# "DAERAH" or "Halaman 3" is a label of the page, no wrapped text) ...
WRAP_JOIN_MIN_WORDS = 4
# ... and fills at least this share of the column (the length most of the page's long lines
# reach, their WRAP_COLUMN_QUANTILE): a wrapped line stops where the next word no longer fits,
# a title ("Camat Diminta Awasi Kades"), a letter's "Muara Kelam, 5 September 2024" or a
# viewer's "Unduh sebagai pdf" stops well short of it.
WRAP_RUN_ON_SHARE = 0.6
WRAP_COLUMN_QUANTILE = 0.75

# A sentence of this many words or more closing the text after a kept line stays ("Salam netral!").
CLOSING_MIN_WORDS = 2
# ... and a line of this many words closed by emoji instead of a full stop.
CLOSING_EMOJI_WORDS = 3
SENTENCE_END = (".", "!", "?")
CLOCK_RE = re.compile(r"\d[:.]\d\d")
TERMINAL = tuple('.!?:;"”\')…')
DATELINE_RE = re.compile(r"^(?P<head>[^\s–—-][^–—]{0,%d}?)\s*[–—-]+\s*(?=[\"“A-Z(])" % DATELINE_MAX_HEAD)
# "SIAK | METROKITA Pemerintah ...": an upper-case place and outlet parted by a bar, no dash, the
# lead going on in sentence case
PIPE_DATELINE_RE = re.compile(r"^(?P<head>[A-Z][A-Z'’.-]*(?:\s[A-Z][A-Z'’.-]*){0,3}\s*\|\s*"
                              r"[A-Z0-9][A-Z0-9.-]*(?:\s[A-Z0-9][A-Z0-9.-]*){0,2})\s*[–—:-]?\s+(?=[\"“]?[A-Z][a-z])")
# "Tanjung Selor (ANTARA) - ...", "KUTACANE (Waspada): ...": a place, the outlet in parentheses
PAREN_DATELINE_RE = re.compile(r"^(?P<place>[^\W\d][^()–—:,]{1,40}?)\s*\((?P<outlet>[^()]{2,30})\)\s*(?:[–—-]+|:)\s*(?=[\"“A-Z])")
DOMAIN_RE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|or\.id|go\.id|news|tv|co)\b", re.IGNORECASE)
# "Kantor Bupati.(NUSAPEDIA.COM/MARIA ANINDITA)", "... apel pegawai. ANTARANUSA/Bayu Saputra":
# a photo credit (an upper-case outlet, a slash, a name) ending a caption line
CREDIT_TAIL_RE = re.compile(r"(?:\(\s*(?:[A-Z][A-Z0-9.\-]{2,}|[A-Za-z][\w\-]*\.(?:com|co\.id|id|net|co))(?:\s[A-Z0-9.\-]+)?\s*/\s*[^\W\d][^/()\d]{1,40}\)"
                            r"|\b[A-Z][A-Z0-9.\-]{3,}/(?:[A-Z][\w.'’]*\s?){1,4})\.?\s*$")
WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
KEPT = frozenset(("good", "list", "lead", "heading"))
# A teaser of another story: prose cut off with an ellipsis ("Warga berharap pemerintah ...").
TEASER_END = ("…", "...")
TEASER_MIN_WORDS = 5


@dataclass
class Line:
    index: int
    text: str
    klass: str = "unknown"    # good | list | lead | heading | short | headline | meta | boilerplate:<reason>
    words: int = 0
    gap: bool = False         # a blank line stands before it in the dump
    icon: str | None = None   # an icon font's name stood before it ("author" for "person X")
    opener: bool = False      # a post's decorated heading right above its text ("📢 PENGUMUMAN")


@dataclass(frozen=True)
class CleanRules:
    """The line rules of ``boilerplate.json`` and ``lang.json``, compiled (component ``clean.rules``)."""
    line: tuple[tuple[str, re.Pattern], ...]
    line_any: re.Pattern           # the same patterns as one alternation (group gN = line[N])
    end: tuple[re.Pattern, ...]
    block_start: tuple[re.Pattern, ...]
    meta: tuple[re.Pattern, ...]
    copy_list: tuple[re.Pattern, ...]
    quote_label: tuple[re.Pattern, ...]
    person_caption: tuple[re.Pattern, ...]
    stop_words: frozenset[str]
    lang: object
    # a "Baca juga" marker opening a line (its headline may have the next paragraph glued on)
    glued_marker: Optional[re.Pattern] = None
    # the stop words that cannot open a place's name in a dateline head: a sentence's subject
    # opens with them ("Menurut Bupati – ..."), a place's name with a count word only as a numeral
    # of the name ("Lima Koto Raya –", "Empat Lawang –"), so the count words are left out
    place_stop_words: frozenset[str] = frozenset()
    # line_any per first letter of a line: the alternation of only those patterns that can match a
    # line starting with it (those that open with words starting otherwise left out; "" for a line
    # opening with no such letter)
    line_by_first: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    # boilerplate_reason per line text: find_body, the shape pass and the title look at the
    # same lines, and templates repeat their lines from page to page
    reasons: dict = field(default_factory=dict, compare=False, hash=False, repr=False)


@register("clean.rules")
def build_rules(settings: Settings) -> CleanRules:
    from spacy.lang.id.stop_words import STOP_WORDS
    data = settings.data("boilerplate.json")
    lang = lang_rules(settings)
    flags = re.IGNORECASE
    line = [(reason, re.compile(p, flags)) for reason, pats in data["line"].items() for p in pats]
    line += [("byline", lang.credit_line), ("date", lang.date_line), ("date", lang.stamp_line),
             ("byline", lang.date_author)]
    line += [("quote-label", re.compile(p, flags)) for p in data.get("quote_label", [])]
    # one alternation instead of ~150 calls a line; the first alternative that matches
    # the whole line wins, as in the list
    line_any = re.compile("|".join(f"(?P<g{i}>{p.pattern})" for i, (_, p) in enumerate(line)), flags)
    firsts = [_first_letters(p) for _, p in line]
    letters = sorted(set().union(*(f for f in firsts if f)))
    line_by_first = {c: re.compile("|".join(f"(?P<g{i}>{p.pattern})" for i, (_, p) in enumerate(line)
                                            if firsts[i] is None or c in firsts[i]), flags) for c in letters}
    line_by_first[""] = re.compile("|".join(f"(?P<g{i}>{p.pattern})" for i, (_, p) in enumerate(line)
                                            if firsts[i] is None), flags)
    def one(pats):      # several patterns as one (matched against whole lines)
        return (re.compile("|".join(f"(?:{p})" for p in pats), flags),) if pats else ()
    return CleanRules(line=tuple(line), line_any=line_any, line_by_first=line_by_first, end=one(data["end"]),
                      block_start=one(data["block_start"]), meta=one(data.get("meta", [])),
                      copy_list=one(data.get("copy_list", [])), quote_label=one(data.get("quote_label", [])),
                      person_caption=one(data.get("person_caption", [])),
                      glued_marker=re.compile(data["glued_marker"], flags) if data.get("glued_marker") else None,

                      stop_words=frozenset(STOP_WORDS), lang=lang,
                      place_stop_words=frozenset(STOP_WORDS) - frozenset(
                          w for w, n in lang.cardinals.items() if " " not in w and n >= 2))


# Characters the engine matches case-insensitively against ASCII letters that str.lower leaves
# unlike them (fastscan.UNSAFE_CHARS and the Kelvin sign): a line opening with one tries every pattern.
FOLDED_FIRST = frozenset("\u0130\u0131\u017f\u212a")


def _first_letters(pattern: re.Pattern) -> frozenset[str] | None:
    """The lower-cased ASCII letters a line must start with for ``pattern`` to match it (it opens
    with words: "^(beranda|home|index)"), or None when it may start with anything."""
    from .fastscan import _p, _prefixes
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags | re.IGNORECASE)
        found = None if parsed.getwidth()[0] == 0 else _prefixes(list(parsed))
    except Exception:                   # an unfamiliar parse tree: no shortcut
        return None
    prefixes = {p.lower() for p, _ in found or ()}
    if not prefixes or "" in prefixes or not all(p[0].isascii() and p[0].isalpha() for p in prefixes):
        return None
    return frozenset(p[0] for p in prefixes)


def _rules(settings: Optional[Settings]) -> CleanRules:
    return resolve(settings).component("clean.rules")


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text)


REASON_CACHE_SIZE = 50_000
CACHED_LINE_CHARS = 400


def boilerplate_reason(text: str, *, settings: Optional[Settings] = None) -> str | None:
    r = _rules(settings)
    try:
        return r.reasons[text]
    except KeyError:
        pass
    reason = _reason(text, r)
    if len(text) <= CACHED_LINE_CHARS:
        if len(r.reasons) >= REASON_CACHE_SIZE:
            r.reasons.clear()
        r.reasons[text] = reason
    return reason


def _reason(text: str, r: CleanRules) -> str | None:
    first = text[:1]
    pattern = r.line_any if first in FOLDED_FIRST else \
        r.line_by_first.get(first.lower()) or r.line_by_first[""]
    m = pattern.fullmatch(text)
    if m:
        # the outer group closes last; a pattern's own unnamed group never hides it
        name = m.lastgroup or next(k for k, v in m.groupdict().items() if v is not None)
        return r.line[int(name[1:])][0]
    if CREDIT_TAIL_RE.search(text) and len(_words(text)) <= ITEM_MAX_WORDS and first not in "\"“":
        return "photo-credit"                          # (a quote that ends on a gloss "(BPD/Tuha Peut)" is speech)
    return None


def is_prose(text: str, *, settings: Optional[Settings] = None) -> bool:
    words = _words(text)
    if len(words) < MIN_PROSE_WORDS:
        return False
    stop = _rules(settings).stop_words
    stops = sum(1 for w in words if w.lower() in stop)
    # A long headline (every word capitalised, no full stop) is not prose.
    return stops / len(words) >= MIN_STOPWORD_RATIO and not is_headline_like(text)


# What a post prints after a sentence's closing mark: emoji, their modifiers and joiners
# ("Terima kasih 🙏", "... profesional! 💪"); the sentence ends before them.
TRAILING_SYMBOLS_RE = re.compile(r"[\s\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\u2190-\u21ff\u2300-\u27bf"
                                 r"\u2b00-\u2bff\U0001f000-\U0001faff]+$")


def _bare(text: str) -> str:
    """The text without the emoji a post prints after its last sentence."""
    last = text[-1:]
    if not last or (last < "\u2190" and not last.isspace()):
        return text                     # (most lines end in a letter or a mark: nothing to strip)
    return TRAILING_SYMBOLS_RE.sub("", text) or text


def is_headline_like(text: str) -> bool:
    words = [w for w in _words(text) if not w.isdigit()]
    if not words or _bare(text.rstrip()).endswith(TERMINAL):
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= HEADLINE_CAPS_RATIO


def dateline_head(text: str, *, settings: Optional[Settings] = None) -> str | None:
    """'CIPUTAT, TANGERANGEKSPRES.CO.ID – Saat ...' -> 'CIPUTAT, TANGERANGEKSPRES.CO.ID';
    also 'Jakarta, beritakita.id - ...' (title-case places beside an outlet's domain)."""
    m = PAREN_DATELINE_RE.match(text)
    if m and len(text) > m.end() + 40:
        place, outlet = m.group("place").strip(" ,"), m.group("outlet").strip()
        words = place.split()
        if (len(words) <= DATELINE_MAX_WORDS and all(w[0].isupper() for w in words)
                and (outlet[0].isupper() or DOMAIN_RE.fullmatch(outlet))):
            return f"{place} ({outlet})"
    m = PIPE_DATELINE_RE.match(text)
    if m and len(text) > m.end() + 40 and _sentence(text[m.end():], settings):
        return m.group("head")          # "TELUK AMAN | WARTASELATAN Pemerintah Kota ..."
    m = DATELINE_RE.match(text)
    if not m:
        return None
    head = m.group("head").strip(" ,")
    if boilerplate_reason(head, settings=settings) == "promo":
        return None                     # "IKLAN - Promo Akhir Tahun ...": an ad's label, no place
    if boilerplate_reason(text, settings=settings) == "read-also":
        return None                     # "BACA JUGA:UKPM-F Pilar ...": a link to another story, its title
        #                                 in a dateline's shape
    parts = [p.strip() for p in head.split(",") if p.strip()]
    # "Sukamaju, 12 Agustus 2024 – ...", "SUKAMAJU, 12/8 – ...": the date is no part of the head
    dated = [p for p in parts[1:] if DATELINE_DATE_RE.fullmatch(p) or lang_rules(settings).date_line.fullmatch(p)]
    if dated and len(dated) < len(parts):
        parts = [p for p in parts if p not in dated]
        head = ", ".join(parts)
    upper = True
    upper_parts = 0
    for part in parts:
        core = DOMAIN_RE.sub(lambda d: d.group(0).upper(), part)
        letters = [c for c in core if c.isalpha()]
        if not letters:
            return None
        if _mostly_capitals(letters):
            upper_parts += 1
        else:
            upper = False
            # a title-case place ("Sungai Lama") or an outlet's domain ("Kabarselatan.co")
            words = re.sub(r"[()]", "", part).split()
            if DOMAIN_RE.fullmatch(part) is None and not (
                    len(words) <= DATELINE_MAX_WORDS and all(w[0].isupper() for w in words)):
                return None
    # a lone title-case place before the dash ("Kediri – Badan Pengawas ..."): short, no
    # function word, and prose after the dash
    if not upper and len(parts) == 1 and not DOMAIN_RE.fullmatch(parts[0]):
        stop = _rules(settings).place_stop_words
        words = _words(parts[0])
        rest = text[m.end():]
        # (a hyphen between two letters joins a compound word: "Berdasarkan Undang-Undang ...",
        # "Pasangan Budi-Sari ..." is a sentence, no place before a dash)
        glued = text[len(m.group("head")) - 1:m.end() + 1]
        if (words and len(words) <= 3 and words[0].lower() not in stop and not COMPOUND_DASH_RE.fullmatch(glued)
                and _sentence(rest, settings) and len(text) > len(head) + 40):
            return head
        return None
    # every part upper-case, or title case beside a domain ("Jakarta, beritakita.id"), or a
    # place and an outlet's name without a domain: "SUKAMAJU, Suara Cikaret", "Sukamaju, Media
    # Center" (two parts; a title-case head opens with no function word and its outlet holds
    # none, unlike a sentence's subject: "Menurut Bupati, Pak Darmo – ...")
    if not upper and not any(DOMAIN_RE.fullmatch(p) for p in parts):
        stop = _rules(settings).place_stop_words
        place_words, label_words = _words(parts[0]), _words(parts[-1])
        plain = (place_words and place_words[0].lower() not in stop
                 and not any(w.lower() in stop for w in label_words))
        if len(parts) != 2 or not (upper_parts or plain):
            return None
    return head if parts and len(text) > len(head) + 40 else None


# a hyphen printed between two letters, no space on either side: a compound word
COMPOUND_DASH_RE = re.compile(r"[^\W\d_]-[^\W\d_]")
DATELINE_DATE_RE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")


def split_dateline(head: str, *, settings: Optional[Settings] = None) -> tuple[str | None, str | None]:
    """(outlet, place) from a dateline head; the outlet is the part with a domain or the last part."""
    from .regions import is_place
    m = re.fullmatch(r"(?P<place>[^(),]+?)\s*,?\s*\((?P<outlet>[^()]+)\)", head)    # (also "Place, (Outlet)")
    if m:
        return m.group("outlet"), m.group("place")
    parts = [p.strip() for p in re.split(r"[,|]", head) if p.strip()]
    if len(parts) == 1 and not DOMAIN_RE.search(parts[0]):
        # "Kediri – ...", "KUTACANE – ...": a head alone is a place (the caller takes it for
        # the outlet when it is the site's own name)
        return None, parts[0]
    outlet = next((p for p in parts if DOMAIN_RE.search(p)), None) or \
        next((p for p in reversed(parts) if not is_place(p, settings=settings)), None)
    places = [p for p in parts if p is not outlet]
    return outlet, (", ".join(places) or None)


# --- 1. lines ------------------------------------------------------------------------

# Mojibake: a page's UTF-8 read as windows-1252 (or latin-1, for the five bytes cp1252 leaves
# undefined) prints each multi-byte character as two or three ("“" -> "â€œ", a no-break space ->
# "Â "). A run of a lead byte's character and its continuation bytes' characters is mended back
# when its bytes decode as UTF-8; text without such a run is left alone.
def _byte_char(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


MOJIBAKE_BYTE = {_byte_char(b): b for b in range(0x80, 0x100)}
_LEADS = "".join(re.escape(_byte_char(b)) for b in range(0xC2, 0xF5))
_CONTINUATIONS = "".join(re.escape(_byte_char(b)) for b in range(0x80, 0xC0))
MOJIBAKE_RE = re.compile(f"[{_LEADS}][{_CONTINUATIONS}]{{1,3}}")
# what is left of a no-break space whose second byte was lost with the spacing: a lone "Â"
# before a space or at the line's end (no Indonesian or English word holds it)
STRAY_A_RE = re.compile(r"\u00c2+(?=[ \t\u00a0]|$)", re.MULTILINE)


# a closing quote's three bytes with the last one lost or replaced (cp1252 leaves 0x9D undefined:
# "â€" or "â€\ufffd" where "”" stood)
LOST_QUOTE_RE = re.compile(f"\u00e2\u20ac(?:\ufffd|(?![{_CONTINUATIONS}]))")


def _mend(m: re.Match) -> str:
    run = m.group()
    try:
        return bytes(MOJIBAKE_BYTE[c] if c in MOJIBAKE_BYTE else ord(c) for c in run).decode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return run


def repair_mojibake(text: str) -> str:
    """UTF-8 read as cp1252/latin-1, mended: "â€œNetral" -> "“Netral", "TNIÂ sesuai" ->
    "TNI sesuai". Runs that do not decode stay as they are."""
    if "\u00c2" not in text and not MOJIBAKE_RE.search(text):
        return text
    return STRAY_A_RE.sub("", LOST_QUOTE_RE.sub("\u201d", MOJIBAKE_RE.sub(_mend, text)))



# Markup that a page's text extraction left in the text ("<p>...</p><p>...<br />"): block tags
# end a line, inline tags go; entities are read only in such a text ("&nbsp;", "&amp;").
_TAG_ATTRS = r"""(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"<>]{0,200}"|'[^'<>]{0,200}'|[^\s"'<>]{1,200}))?){0,12}\s*/?>"""
BLOCK_TAG_RE = re.compile(r"</?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|figure"
                          r"|figcaption)" + _TAG_ATTRS, re.I)
INLINE_TAG_RE = re.compile(r"</?(?:span|strong|b|i|em|a|u|font|sup|sub|small|mark)" + _TAG_ATTRS, re.I)
ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


def strip_markup(text: str) -> str:
    """Tags a text dump kept from its page: a block tag ends the line ("...bupati.</p><p>Ia
    ..." -> two lines), an inline tag is dropped, entities are read. A text with no tag of
    these names is returned as it is (a "<" in prose stays)."""
    if "<" not in text or not (BLOCK_TAG_RE.search(text) or INLINE_TAG_RE.search(text)):
        return text
    text = INLINE_TAG_RE.sub("", BLOCK_TAG_RE.sub("\n", text))
    return ENTITY_RE.sub(lambda m: html_unescape(m.group()), text)


def make_lines(text: str, *, unwrap: bool = True) -> list[Line]:
    lines = []
    gap = False
    icon_word = lang_rules().icon_word
    for raw in text.split("\n"):
        stripped = re.sub(r"[ \t\u00a0\u200b]+", " ", raw).strip()[:MAX_LINE_CHARS].rstrip()
        # an icon font's name printed as text ("calendar_month Sel, 10 Sep 2024") is no part of the line
        icon = icon_word.match(stripped) if stripped[:1].islower() else None
        if icon:
            stripped = stripped[icon.end():]
        if stripped:
            lines.append(Line(index=len(lines), text=stripped, words=len(_words(stripped)), gap=gap,
                              icon=icon and ("author" if icon.group("author") else "other")))
        gap = not stripped
    return _unwrap(lines) if unwrap else lines


# where a page's text extraction glued two blocks together with no space: a lower-case letter,
# digit or closing mark right before a capital that opens a word ("... PasanganTerkait dugaan")
GLUE_RE = re.compile(r"(?<=[a-z0-9”\"')\]])(?=[A-Z][a-z])")


def unglue(lines: list[Line], r: CleanRules) -> list[Line]:
    """Split a "Baca juga: <headline>" line that has the story's next paragraph glued to it
    into the link and the paragraph: the paragraph is prose of at least ``MIN_PROSE_WORDS``
    words ending a sentence, the headline at least ``TITLE_WORDS[0]`` words. Otherwise the
    whole line would go as a link, and the paragraph with it."""
    if r.glued_marker is None:
        return lines
    out: list[Line] = []
    for ln in lines:
        m = r.glued_marker.match(ln.text) if ln.words > MIN_PROSE_WORDS else None
        cut = None
        if m:
            for g in GLUE_RE.finditer(ln.text, m.end()):
                head, tail = ln.text[:g.start()], ln.text[g.start():]
                if (len(_words(head[m.end():])) >= TITLE_WORDS[0] and len(_words(tail)) >= MIN_PROSE_WORDS
                        and tail.rstrip().endswith(TERMINAL)):
                    cut = g.start()
                    break
        if cut is None:
            out.append(ln)
            continue
        out.append(Line(index=0, text=ln.text[:cut], words=len(_words(ln.text[:cut])), gap=ln.gap, icon=ln.icon))
        out.append(Line(index=0, text=ln.text[cut:], words=len(_words(ln.text[cut:]))))
    if len(out) != len(lines):
        for i, ln in enumerate(out):
            ln.index = i
    return out


def _hard_wrapped(lines: list[Line]) -> bool:
    """A page printed in a narrow column (an e-paper or print dump): its long lines are all
    short of a web paragraph and most of them stop mid-sentence."""
    long = [ln for ln in lines if ln.words >= WRAP_MIN_WORDS]
    if len(long) < WRAP_MIN_LINES or max(len(ln.text) for ln in long) > WRAP_MAX_CHARS:
        return False
    open_ends = sum(not ln.text.endswith(TERMINAL) for ln in long)
    continued = sum(1 for ln, nxt in zip(lines, lines[1:]) if ln.words >= WRAP_MIN_WORDS
                    and not ln.text.endswith(TERMINAL) and nxt.text[:1].islower())
    return open_ends / len(long) >= WRAP_OPEN_SHARE and continued / len(long) >= WRAP_CONTINUED_SHARE


def _unwrap(lines: list[Line]) -> list[Line]:
    """Rejoin the lines of a hard-wrapped page into its paragraphs and list items: a line
    that stops mid-sentence runs on into the next unless the next opens a list item; a word
    broken with a hyphen ("me-" / "ngingatkan") is mended. Other pages keep their lines."""
    if not _hard_wrapped(lines):
        return lines
    marker = lang_rules().list_marker
    stop = _rules(None).stop_words
    widths = sorted(len(ln.text) for ln in lines if ln.words >= WRAP_MIN_WORDS)
    column = widths[min(len(widths) - 1, int(len(widths) * WRAP_COLUMN_QUANTILE))]
    out: list[Line] = []
    told = False        # a sentence has ended: the page's header (masthead, title) is behind
    last = None         # the last printed line of prev (its length and words decide a run-on)
    prev = None         # the paragraph a next line may run on into
    counts: dict[str, int] = {}
    for ln in lines:
        counts[ln.text] = counts.get(ln.text, 0) + 1
    for i, ln in enumerate(lines):
        # a running head or footer ("Jl. Pahlawan 8 | www.situs.go.id", "Halaman 1 dari 2", the
        # paper's name and date printed again over a later page) stands between the lines of a
        # paragraph the page break cut: it joins nothing, and the paragraph goes on after it
        running = (counts[ln.text] > 1 and not _twice(lines, i)) or boilerplate_reason(ln.text) in PAGE_FURNITURE
        if running and prev is not None and not ln.gap:
            out.append(Line(index=len(out), text=ln.text, words=ln.words, gap=ln.gap, icon=ln.icon))
            continue
        # in the header, a title (every word capitalised) does not run on into the lead under it;
        # a lead that opens with its dateline ("SUNGAI JERNIH – Bupati ... meminta") is no title;
        # a line that opens in lower case goes on with the sentence above it, whatever its shape
        # (a capitalised name opening the lead, "Badan Pengawas Pemilihan Umum Kabupaten X" / "menemukan
        # ...", is no second line of the title: the line under it goes on in lower case)
        opens_lead = i + 1 < len(lines) and lines[i + 1].text[:1].islower() and not lines[i + 1].gap
        title_ends = (not told and prev is not None and _strict_title(prev.text, stop)
                      and (not _strict_title(ln.text, stop) or opens_lead) and not DATELINE_RE.match(prev.text)
                      and not ln.text[:1].islower())
        if (prev is not None and not ln.gap and last.words >= WRAP_JOIN_MIN_WORDS and not title_ends
                and len(last.text) >= WRAP_RUN_ON_SHARE * column
                and not prev.text.endswith(TERMINAL) and not prev.text.isupper()
                and not CREDIT_TAIL_RE.search(prev.text)    # a caption closed by its photo credit
                and not marker.match(ln.text) and not ln.text.isupper()):
            if HYPHEN_BREAK_RE.search(prev.text) and ln.text[:1].islower():
                prev.text = prev.text[:-1] + ln.text
            else:
                prev.text = f"{prev.text} {ln.text}"
            prev.words = len(_words(prev.text))
            told = told or bool(SENTENCE_STOP_RE.search(prev.text))
            last = ln
            continue
        prev = Line(index=len(out), text=ln.text, words=ln.words, gap=ln.gap, icon=ln.icon)
        out.append(prev)
        told = told or bool(SENTENCE_STOP_RE.search(ln.text))
        last = ln
    return out


# Boilerplate reasons of a printed page's own furniture (page numbers and counters, a running
# "Halaman 1 dari 2"), which a page break prints between the lines of a paragraph.
PAGE_FURNITURE = frozenset(("navigation", "share"))
SENTENCE_STOP_RE = re.compile(r"[.!?][\"”')]*(?:\s|$)")


def _strict_title(text: str, stop) -> bool:
    """Every word capitalised but function words, no comma: a headline's line."""
    words = [w for w in _words(text) if not w.isdigit() and w.lower() not in stop]
    return bool(words) and "," not in text and all(w[0].isupper() for w in words)


# --- 2. body -------------------------------------------------------------------------

def _title_cased(text: str, stop) -> bool:
    """Every word but function words and numbers capitalised, in mixed case: a title, a second
    title under it, or a caption naming people ("Gubernur Sukamaju, Budi Santoso bersama Kapolda,
    Irjen Rahmat Hidayat."), even when it ends with a full stop or a question mark. A paragraph of the
    text has verbs and nouns in lower case. (A line in capitals is left to the other tests.)"""
    words = [w for w in _words(text) if not w.isdigit()]
    content = [w for w in words if w.lower() not in stop]
    return (len(words) >= TITLE_WORDS[0] and len(content) >= TITLE_CONTENT_WORDS and not text.isupper()
            and all(w[0].isupper() for w in content))


def _sentence(text: str, settings) -> bool:
    """Prose, or a long sentence dense in names (few stop words) that ends with a full stop."""
    text = _bare(text)      # (a post's sentence closed by emoji: "... selama Pilkada! 👇")
    return is_prose(text, settings=settings) or (
        len(_words(text)) >= MIN_PROSE_WORDS and text.endswith((".", '."', '.”', "!", "?"))
        and not is_headline_like(text))


def _opens_body(ln: Line, settings) -> bool:
    """A paragraph that can open an article without a dateline: prose, or a long sentence
    (a lead dense in names has few stop words: "Sekretaris Daerah Kabupaten X membuka ...")."""
    if boilerplate_reason(ln.text, settings=settings):
        return False
    return _sentence(ln.text, settings)


LONE_DATELINE_RE = re.compile(r"^[^\W\d].{0,60}?\s*[–—-]+$")
LONE_DATELINE_DOMAIN_RE = re.compile(r"^(?P<place>[^\W\d][^–—,]{0,40}?)\s*[–—-]+\s*(?P<outlet>[\w-]+(?:\.[\w-]+)*"
                                     r"\.(?:com|co\.id|id|net|org|news|tv|co))$", re.IGNORECASE)


def _lone_dateline(lines: list[Line], i: int, settings) -> str | None:
    """'Jakarta -' or 'Penajam (ANTARA) -' on a line of its own, the lead on the next: the
    head of the dateline the two lines make together."""
    if i + 1 >= len(lines):
        return None
    m = LONE_DATELINE_DOMAIN_RE.match(lines[i].text)
    if m and m.group("place").isupper():    # "KUANTAN HILIR – jurnalsatu.id" above the lead
        # (a title-case name before a domain is a byline: "Rina Sari - kabarhulu.com")
        return f"{m.group('place')}, {m.group('outlet')}" if _opens_body(lines[i + 1], settings) else None
    nxt = lines[i + 1].text
    short = _short_dated_lead(lines[i].text, settings)
    if short is not None:
        # "TRIBUNX.COM, PLACE - Camat dilarang." / "Itu pesan pertama ...": a lead of one short
        # sentence under its dateline, the story going on in prose on the next line
        return dateline_head(f"{lines[i].text} {nxt}", settings=settings) if _opens_body(lines[i + 1], settings) \
            else None
    if LONE_DATELINE_RE.match(lines[i].text):
        if not _opens_body(lines[i + 1], settings):
            # "MUARA TIGA -" / "Camat dilarang hadir." / the story in prose: a lead of one short
            # sentence under a dateline printed on its own line
            if (i + 2 < len(lines) and _short_dated_lead(f"{lines[i].text} {nxt}", settings) is not None
                    and _opens_body(lines[i + 2], settings)):
                return dateline_head(f"{lines[i].text} {lines[i + 2].text}", settings=settings)
            return None
    # "GUNUNG SARI, SUARAGUNUNGSARI" / "— Apel pagi ...": the dash opens the lead's line (the
    # head in capitals or with a domain: a title-case heading over a dashed item is no dateline)
    elif not (DASH_OPENED_RE.match(nxt) and len(lines[i].text) <= DATELINE_MAX_HEAD
              and (lines[i].text.isupper() or DOMAIN_RE.search(lines[i].text))
              and not lines[i].text.endswith(TERMINAL)
              and _opens_body(Line(i + 1, DASH_OPENED_RE.sub("", nxt), len(_words(nxt))), settings)):
        return None
    return dateline_head(f"{lines[i].text} {nxt}", settings=settings)


# A dateline's head "in capitals" ("SUKAMAJU", "KABARHULU.COM") has at least this share of
# capital letters (a stray lower-case letter of an abbreviation or a domain allowed).
CAPITALS_SHARE = 0.8


def _mostly_capitals(letters: list[str]) -> bool:
    """Whether a non-empty run of letters is written in capitals (see CAPITALS_SHARE)."""
    return sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


DASH_OPENED_RE = re.compile(r"^[–—-]+\s*(?=[\"“A-Z])")
# A lead of one short sentence after its dateline has at most this many words ("Camat dilarang.").
SHORT_DATED_LEAD_WORDS = 7


def _short_dated_lead(text: str, settings=None) -> str | None:
    """'PLACE, OUTLET.COM - Netral itu wajib.': the sentence after a dateline's dash when it is a
    short sentence of its own (too short for the dateline test, which wants a paragraph)."""
    m = PAREN_DATELINE_RE.match(text)
    if not m:
        m = DATELINE_RE.match(text)
        # (the head in capitals or naming a site: a title-case head is a headline's topic,
        # "Pilkada Serentak – Bupati Mundur.")
        head = m.group("head") if m else ""
        letters = [c for c in DOMAIN_RE.sub("", head) if c.isalpha()]
        if not m or not (DOMAIN_RE.search(head) or (letters and _mostly_capitals(letters))):
            return None
    rest = text[m.end():].strip()
    words = _words(rest)
    if not (1 <= len(words) <= SHORT_DATED_LEAD_WORDS and rest.rstrip("\"”'’").endswith(SENTENCE_END)):
        return None
    stop = _rules(settings).stop_words
    return None if _strict_title(rest.rstrip("\"”'’.!?"), stop) and len(words) > 1 else rest


HYPHEN_BREAK_RE = re.compile(r"[^\W\d_]-$")


def _broken(lines: list[Line], i: int) -> bool:
    """The line breaks a word with a hyphen and the next line goes on with it ("kembali me-"
    / "ngingatkan ..."): a paragraph of a printed page wrapped into lines."""
    return (i + 1 < len(lines) and HYPHEN_BREAK_RE.search(lines[i].text) is not None
            and lines[i + 1].text[:1].islower())


def _paragraph(lines: list[Line], i: int) -> str:
    """The text of line i joined with the lines its hyphenated words run into."""
    text = lines[i].text
    while _broken(lines, i):
        i += 1
        text = text[:-1] + lines[i].text
    return text


def _twice(lines: list[Line], i: int) -> bool:
    """The line is printed twice in a row (a title and its summary, an image's alt and caption)."""
    return any(0 <= j < len(lines) and lines[j].text == lines[i].text for j in (i - 1, i + 1))


LIST_ITEM_LOOKBACK = 6


def _marker_key(marker: str) -> tuple[str, int] | None:
    """'(c)' -> ('(x)', 3), 'b.' -> ('x.', 2), '2)' -> ('n)', 2): a list marker's style and place."""
    m = re.fullmatch(r"(\(?)([a-zA-Z]|\d{1,2}|[ivx]{2,4}|[IVX]{2,4})([.)]?)", marker.strip())
    if not m:
        return None
    core = m.group(2)
    if len(core) > 1 and not core.isdigit():          # "(ii)": a roman numeral's place
        return f"{m.group(1)}r{m.group(3)}", roman_value(core) or 0
    place = int(core) if core.isdigit() else ord(core.lower()) - ord("a") + 1
    return f"{m.group(1)}{'n' if core.isdigit() else 'x'}{m.group(3)}", place


def _consecutive(a: tuple[str, int], b: tuple[str, int]) -> bool:
    """Marker key ``b`` is the one after ``a``: the next place of one style, or "(ii)" after
    "(i)" (a letter's key: the ninth)."""
    return b == (a[0], a[1] + 1) or (a[1] == 9 and b == (a[0].replace("x", "r"), 2))


def _continues_list(lines: list[Line], i: int, r: CleanRules) -> bool:
    """Line i is the next item of a list above it ("(c) ..." after "(a) ..." and "(b) ..."),
    however its marker reads elsewhere (a copyright "(c)")."""
    m = r.lang.list_marker.match(lines[i].text)
    key = _marker_key(m.group("marker")) if m else None
    if key is None or key[1] < 2:
        return False
    for ln in reversed(lines[max(0, i - LIST_ITEM_LOOKBACK):i]):
        pm = r.lang.list_marker.match(ln.text)
        if pm and (prev := _marker_key(pm.group("marker"))) is not None and _consecutive(prev, key):
            return True
    return False


def _is_meta(lines: list[Line], i: int, r: CleanRules) -> bool:
    """Line i exists and is a page-meta line (a time stamp, a view count)."""
    return i < len(lines) and any(p.fullmatch(lines[i].text) for p in r.meta)


def _stamped(lines: list[Line], i: int, r: CleanRules, settings=None) -> bool:
    """A time stamp ("2 jam lalu", "10:15 WIB") stands under the line: a rail's teaser. Not
    so in a live blog, where each clock time stands above its entry: follow the run of
    sentence / clock / sentence; a rail's last teaser has a stamp under it too, a live
    blog's last entry does not."""
    if not _is_meta(lines, i + 1, r):
        return False
    j = i
    while (j + 2 < len(lines) and r.lang.clock_line.match(lines[j + 1].text)
           and _sentence(lines[j + 2].text, settings)):
        j += 2
    return j == i or _is_meta(lines, j + 1, r)


def _header(ln: Line, settings) -> bool:
    return boilerplate_reason(ln.text, settings=settings) in ("byline", "date")


def _past_deck(lines: list[Line], i: int, settings) -> int:
    """Line i opens the body, there being no dateline. A summary sentence right under the
    title with the byline or the date under it is the deck: the body opens after them."""
    if not 0 < i < len(lines) - 1:
        return i
    above = lines[i - 1]
    if not (TITLE_WORDS[0] <= above.words <= TITLE_WORDS[1] and is_headline_like(above.text)):
        return i
    j = i + 1
    while j < len(lines) and j <= i + DECK_HEADER_LINES and _header(lines[j], settings):
        j += 1
    return j if j > i + 1 and j < len(lines) and _opens_body(lines[j], settings) else i


# The page's title, byline and date stand within this many lines under a teaser taken for the
# lead; a teaser in a "Headline" box has at most TEASER_LEAD_WORDS words.
HEADER_LOOKAHEAD = 6
TEASER_LEAD_WORDS = 15


def _past_header(lines: list[Line], i: int, settings) -> int:
    """Line i opens the body, there being no dateline. When the page's title (with a category
    or the author's name) and its byline or timed date stand right under it, line i is another
    story's teaser in a box above the article ("Headline"): the body opens under the header."""
    if not 0 <= i < len(lines) or lines[i].words > TEASER_LEAD_WORDS:
        return i
    stop = _rules(settings).stop_words
    if _strict_title(lines[i].text.rstrip(".!"), stop):
        # a headline printed with a full stop ("Ribuan Warga Ikuti Jalan Sehat.") over the page's
        # title: the lead is the first sentence under them that is no headline
        for j in range(i + 1, min(len(lines), i + HEADER_LOOKAHEAD + 1)):
            if _strict_title(lines[j].text.rstrip(".!"), stop):
                continue
            return j if _opens_body(lines[j], settings) else i
        return i
    j, titles = i + 1, 0
    while j < len(lines) and j <= i + HEADER_LOOKAHEAD and not _header(lines[j], settings):
        ln = lines[j]
        if ln.text.endswith(TERMINAL) or _sentence(ln.text, settings):
            return i
        titles += TITLE_WORDS[0] <= ln.words <= TITLE_WORDS[1] and is_headline_like(ln.text)
        j += 1
    timed = False
    k = j
    while k < len(lines) and _header(lines[k], settings):
        timed = timed or boilerplate_reason(lines[k].text, settings=settings) == "byline" \
            or bool(CLOCK_RE.search(lines[k].text))
        k += 1
    if titles and timed and k < len(lines) and _opens_body(lines[k], settings):
        return k
    return i


def _short_opening(lines: list[Line], i: int, settings) -> int:
    """A short sentence right above the first prose line, under the header, opens the body
    too: a quote ('"ASN harus netral."') or a short lead ("Bupati X menerbitkan edaran netralitas.")."""
    if not 0 < i < len(lines):
        return i
    ln = lines[i - 1]
    # a one- or two-word label over the first paragraph ("Tanya:", "Pertanyaan:") opens it with it
    if (ln.words <= 2 and ln.text.endswith(":") and not ln.text.isupper() and not boilerplate_reason(ln.text, settings=settings)
            and not _rules(settings).lang.label_only.fullmatch(ln.text) and not CAPTION_LABEL_RE.match(ln.text)):
        ln.opener = True
        return i - 1
    core = ln.text.rstrip("\"”'’")
    quoted = ln.text[0] in "\"“" and ln.words >= 2 and core.endswith(SENTENCE_END)
    short = SHORT_LEAD_WORDS <= ln.words < MIN_PROSE_WORDS and ln.text.endswith(SENTENCE_END)
    # (shorter still, a sentence the first paragraph points back to: "Netral itu wajib." / "Kalimat
    # pendek itu dibacakan ...")
    pointed = (0 < ln.words < SHORT_LEAD_WORDS and ln.text.endswith(SENTENCE_END)
               and _rules(settings).lang.back_reference.match(lines[i].text) is not None)
    header_above = i < 2 or not _sentence(lines[i - 2].text, settings)
    # (a title that asks or exclaims, "Guru Honorer Juga Wajib Netral?", is no short lead)
    titled = _strict_title(core.rstrip(".!?"), _rules(settings).stop_words)
    if (quoted or short or pointed) and header_above and not _twice(lines, i - 1) and not ((short or pointed) and titled) \
            and not boilerplate_reason(ln.text, settings=settings):
        ln.opener = ln.opener or pointed    # (too short to stand by its shape)
        return i - 1
    return i


def _section_heading(lines: list[Line], i: int, settings) -> bool:
    """A one-word end heading ("Rekomendasi") with two paragraphs under it opens a section of
    the text; over a rail of other stories it ends the text."""
    after = lines[i + 1:i + 3]
    return lines[i].words == 1 and not lines[i].text.endswith(":") and len(after) == 2 and all(
        ln.text.endswith(SENTENCE_END) and is_prose(ln.text, settings=settings) for ln in after)


def _inserted_block(lines: list[Line], start: int, i: int, r: CleanRules, settings) -> bool:
    """An end heading that opens a block ("Berita Terkait" and other stories' headlines) in
    the middle of the story: after the headlines, two paragraphs in a row go on with the
    story (they repeat its words). Other stories' teasers alternate title and summary; a
    footer speaks of the site."""
    if not any(p.fullmatch(lines[i].text) for p in r.block_start):
        return False
    j = i + 1
    while j < len(lines) and j <= i + INSERTED_BLOCK_LINES and not lines[j].text.endswith(SENTENCE_END):
        j += 1
    after = lines[j:j + 2]
    if j == i + 1 or len(after) < 2 or not all(_sentence(ln.text, settings) for ln in after):
        return False
    told = {w.lower()[:ECHO_PREFIX] for ln in lines[max(start, i - INSERTED_CONTEXT_LINES):i] for w in _words(ln.text)
            if w.lower() not in r.stop_words and not w.isdigit()}
    words = {w.lower()[:ECHO_PREFIX] for w in _words(after[0].text) if w.lower() not in r.stop_words and not w.isdigit()}
    return len(words & told) >= INSERTED_MIN_SHARED and len(words & told) >= INSERTED_SHARE * len(words)


# A byline block printed under the lead stands within this many lines of the body's start.
BYLINE_INSIDE_LINES = 3


def _byline_inside(lines: list[Line], start: int, i: int, settings) -> Optional[int]:
    """A byline block printed under the lead ("Penulis: X" / "Editor: Y" after the first
    paragraph, as some templates place the lead above it), with the story going on in two
    paragraphs under it: dropped lines, not the end of the text; the line where the story goes
    on, or None. A byline closing the text stands far below the start, or has no two paragraphs
    under it."""
    if i - start > BYLINE_INSIDE_LINES or not _header(lines[i], settings):
        return None
    j = i + 1
    while j < len(lines) and j <= i + DECK_HEADER_LINES and (
            _header(lines[j], settings) or (lines[i].text.rstrip().endswith(":") and _label_value(lines[j]))):
        j += 1                                        # "Editor:" / "Dimas Prayoga" / "WartaTekno": a label
        #                                               alone on its line, its value and the desk on the next ones
    after = lines[j:j + 2]
    if len(after) == 2 and all(_opens_body(ln, settings) for ln in after):
        return j
    # "Editor: X" / "outlet.com, reporter" / "tag words": short credit or tag lines may stand
    # between the byline and the story going on; the story is then most of the lines after them
    k = j
    while k < len(lines) and k < j + BYLINE_CREDIT_LINES \
            and (_label_value(lines[k], max_words=CREDIT_LINE_WORDS) or _name_line(lines[k])):
        k += 1
    window = lines[k:k + BYLINE_BODY_WINDOW]
    if k < len(lines) and _opens_body(lines[k], settings) \
            and sum(_opens_body(ln, settings) for ln in window) >= BYLINE_BODY_MIN:
        return k
    return None


def _name_line(ln: Line) -> bool:
    """A person's name alone on a line, closed by a period ("Budi Hartono."): a photo's
    subject or a reporter's name under a byline, no sentence."""
    words = ln.text.rstrip(".").split()
    return 0 < len(words) <= NAME_LINE_WORDS and all(w[:1].isupper() for w in words)


# A name alone on a line is at most this many words.
NAME_LINE_WORDS = 3
# A byline label's value printed on a line of its own is at most this many words.
LABEL_VALUE_WORDS = 4
# Short credit or tag lines under a byline inside the body ("outlet.com, reporter name"): at most
# this many, of at most CREDIT_LINE_WORDS words and no sentence's end
BYLINE_CREDIT_LINES = 3
CREDIT_LINE_WORDS = 6
# ... then of this many lines after them, at least BYLINE_BODY_MIN open a paragraph of the story
BYLINE_BODY_WINDOW = 4
BYLINE_BODY_MIN = 3


def _label_value(ln: Line, max_words: int = LABEL_VALUE_WORDS) -> bool:
    """A short line without a sentence's end: a name or a desk under a label ("Editor:"), or
    (``max_words`` CREDIT_LINE_WORDS) a credit or tag line under a byline."""
    return 0 < ln.words <= max_words and not ln.text.rstrip().endswith(TERMINAL)


def _announces_list(ln: Line, r: CleanRules, settings) -> bool:
    """A prose paragraph whose last sentence announces a list ("... Berikut isi pokoknya.",
    "Isi edaran itu antara lain:")."""
    if not _opens_body(ln, settings):
        return False
    last = re.split(r"(?<=[.!?])\s+", ln.text.rstrip())[-1]
    return (ln.text.endswith(":") or r.lang.lead_in_start.match(last) is not None
            or r.lang.lead_in_end.search(ln.text) is not None)


def _list_above(lines: list[Line], start: int, r: CleanRules, settings) -> int:
    """Where the body starts once a list printed above the dateline is counted in: an
    infographic's or a summary box's items ("▶ Memasang spanduk ...") after a prose lead-in
    that announces them. Short headings may split the list ("DILARANG", "WAJIB"); a rail of
    other stories' headlines is not a list of acts (its items read as titles)."""
    for i in range(start):
        if not _announces_list(lines[i], r, settings):
            continue
        items = titles = 0
        for ln in lines[i + 1:start]:
            marked = r.lang.list_marker.match(ln.text)
            if marked:
                items += 1
                titles += is_headline_like(ln.text[marked.end():])
            elif not (ln.words <= PRE_BODY_HEADING_WORDS and not ln.text.endswith(TERMINAL)):
                break
        if items >= PRE_BODY_LIST_ITEMS and titles * 2 < items:
            return i
    return start


# A post's heading above its text has at most this many words ("📢 PENGUMUMAN", "*INFO PENTING*").
OPENER_MAX_WORDS = 8
SYMBOL_CHARS_RE = re.compile(r"[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
# WhatsApp's bold, italic and strike marks around a whole line ("*PENGUMUMAN*", "_Info_")
CHAT_MARKED_RE = re.compile(r"^([*_~])[^*_~].*\1$")


def _decorated(text: str) -> bool:
    """A line that opens or closes with an emoji or symbol, or stands between chat marks."""
    return bool(SYMBOL_CHARS_RE.match(text) or SYMBOL_CHARS_RE.search(text[-2:]) or CHAT_MARKED_RE.match(text))


def _sentence_head(lines: list[Line], start: int, settings) -> int:
    """A first paragraph that opens in lower case ("mengingatkan ASN agar netral.") goes on from the
    line above it, its sentence's start broken off ("Pemprov Tanjung Permai"): the text opens there."""
    if 0 < start < len(lines) and lines[start].text[:1].islower() and not lines[start].gap:
        ln = lines[start - 1]
        if (ln.text[:1].isupper() and not ln.text.endswith((*TERMINAL, ","))
                and not boilerplate_reason(ln.text, settings=settings) and not _header(ln, settings)):
            ln.opener = True
            return start - 1
    return start


def _opener(lines: list[Line], start: int, settings) -> int:
    """A social post, chat message or announcement opens its text with a short heading marked
    with an emoji or chat marks ("📢 PENGUMUMAN", "⚠️ PERHATIAN ASN ⚠️", "*PENGUMUMAN*") right
    above the first paragraph: the heading is the text's. A page's title or menu is not printed so."""
    if not 0 < start < len(lines):
        return start
    ln = lines[start - 1]
    # (the last of a run of bulleted lines, "▶ Politik" under "▶ Beranda", is a menu's or a rail's)
    marker = _rules(settings).lang.list_marker
    if start >= 2 and marker.match(lines[start - 2].text) and marker.match(ln.text):
        return start
    # (undecorated, an upper-case heading of a few words right under a post's time stamp: "2 hari ·"
    # / "PENGUMUMAN" / the text)
    stamped = start >= 2 and _post_stamp(lines[start - 2].text, settings)
    if (ln.words and ln.words <= OPENER_MAX_WORDS and not ln.text.endswith(":")
            and (_decorated(ln.text) or (stamped and ln.text.isupper() and ln.words <= SUBHEADING_MAX_WORDS))
            and not boilerplate_reason(ln.text, settings=settings) and not _twice(lines, start - 1)):
        ln.opener = True
        return start - 1
    return start


def _post_stamp(text: str, settings) -> bool:
    """A social post's time stamp: "2 hari ·", "14 Oktober pukul 08.30 ·", "3 j"."""
    r = _rules(settings)
    return (text.endswith(("·", "•")) and len(text) <= 40) or r.lang.posted_at.match(text) is not None \
        or any(p.fullmatch(text) for p in r.meta) and not text.isdigit()


def _quoting(lines: list[Line], start: int, r: CleanRules, settings) -> int:
    """A post that quotes a story ("Quote:" above the story's dateline) opens with the poster's own
    paragraph above the label: the text starts there."""
    if (start >= 2 and any(p.fullmatch(lines[start - 1].text) for p in r.quote_label)
            and _opens_body(lines[start - 2], settings) and not _twice(lines, start - 2)):
        return start - 2
    return start


# The next story on an endless page: its title, with at most this many byline and date lines
# under it, over its own dateline.
NEXT_STORY_HEADER_LINES = 3


def _next_story_head(lines: list[Line], start: int, i: int, settings) -> int | None:
    """Line i opens with a dateline under a title and its date ("Bawaslu Temukan Baliho di Kantor
    Desa" / "Senin, 14 Oktober 2024 07:45 WIB" / "HULU SUNGAI – ..."), after the story's own text:
    the next story of an endless page begins at the title."""
    text = lines[i].text
    if i - start < 3 or not (DATELINE_RE.match(text) or PAREN_DATELINE_RE.match(text) or PIPE_DATELINE_RE.match(text)) \
            or not _header(lines[i - 1], settings) or not dateline_head(text, settings=settings):
        return None
    k = i - 1
    while k > start and i - k <= NEXT_STORY_HEADER_LINES and _header(lines[k], settings):
        k -= 1
    ln = lines[k]
    if k > start and k < i - 1 and TITLE_WORDS[0] <= ln.words <= TITLE_WORDS[1] and is_headline_like(ln.text):
        return k
    return None


def find_body(lines: list[Line], *, settings: Optional[Settings] = None) -> tuple[int, int]:
    """[start, end) of the article body: from the dateline (or the first prose line)
    to the first end marker after it."""
    r = _rules(settings)
    dated = ((ln.index, head) for ln in lines
             if (head := dateline_head(ln.text) or _lone_dateline(lines, ln.index, settings)))
    start, head = next(dated, (None, None))
    if start is not None and _captioned(lines, start, settings) and split_dateline(head, settings=settings)[0] is None:
        # a photo's caption under its credit, in a dateline's shape ("BALAI DESA - Suasana ...",
        # under "OUTLET.COM/NAME"), with the lead's own dateline naming the outlet a few lines below
        following, head = next(dated, (None, None))
        if following is not None and following - start <= CAPTION_DATELINE_GAP \
                and split_dateline(head, settings=settings)[0] is not None:
            start = following
    if start is not None:
        start = _quoting(lines, start, r, settings)
    if start is None:
        # a line printed twice in a row is a teaser (a rail's title and summary), no lead;
        # so is a sentence over a time stamp ("2 jam lalu")
        start = next((ln.index for ln in lines if not _twice(lines, ln.index) and not _stamped(lines, ln.index, r, settings)
                      and not _title_cased(ln.text, r.stop_words) and (
            _opens_body(ln, settings) or (_broken(lines, ln.index) and not boilerplate_reason(ln.text, settings=settings)
                                          and _sentence(_paragraph(lines, ln.index), settings)))),
                     len(lines))
        start = _short_opening(lines, _past_header(lines, _past_deck(lines, start, settings), settings), settings)
    end = _body_end(lines, start, r, settings)
    if sum(ln.words for ln in lines[start:end]) < MIN_BODY_WORDS \
            and not any(ln.text.rstrip("\"”'’)").endswith(SENTENCE_END) for ln in lines[start:end]):
        # a false dateline above the text ("IKLAN - Promo ...") closed by the byline under the
        # title: the next dateline that opens a body of some length is the article's
        for following, _ in dated:
            later = _body_end(lines, following, r, settings)
            if sum(ln.words for ln in lines[following:later]) >= MIN_BODY_WORDS:
                return following, later
    return start, end


# A body shorter than this many words, with no full sentence, is looked for again from the
# next dateline.
MIN_BODY_WORDS = 40


def _body_end(lines: list[Line], start: int, r: CleanRules, settings) -> int:
    """The first end marker after the body's start (or the end of the page)."""
    resume = 0                   # under a byline block inside the body, where the story goes on
    for ln in lines[start + 1:]:
        head = _next_story_head(lines, start, ln.index, settings)
        if head is not None:
            return head
        if ln.index < resume:
            continue             # the byline's credit and tag lines ("tag: pilkada"): no end
        if any(p.fullmatch(ln.text) for p in r.end) and not _continues_list(lines, ln.index, r) \
                and not _section_heading(lines, ln.index, settings) \
                and not _inserted_block(lines, start, ln.index, r, settings):
            resume = _byline_inside(lines, start, ln.index, settings) or 0
            if not resume:
                return ln.index
        # An all-caps section label (1-3 words) followed by a repeated headline: the
        # outlet's "more stories" rail.
        if (ln.words <= 3 and ln.text.isupper() and not ln.text.endswith(TERMINAL)
                and ln.index + 2 < len(lines) and lines[ln.index + 1].text == lines[ln.index + 2].text):
            return ln.index
    return len(lines)


# A caption in a dateline's shape stands at most this many lines above the lead's dateline (a
# reporter's "Laporan Wartawan ..." line may stand between).
CAPTION_DATELINE_GAP = 3


def _captioned(lines: list[Line], i: int, settings) -> bool:
    """The line right above is a photo credit ("TRIBUNX.COM/NAME", "Foto: ...")."""
    return i > 0 and boilerplate_reason(lines[i - 1].text, settings=settings) == "photo-credit"


# --- 3. each line by its shape ---------------------------------------------------------

# A reaction count printed after its emoji ("👍❤️ 87", "❤️ 1,2 rb"): the emoji read as a bullet.
REACTION_COUNT_RE = re.compile(r"(?:[\u200d\ufe0f\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]\s*)*"
                               r"\d[\d.,]*\s*(?:rb|ribu|k|jt)?", re.IGNORECASE)

# A line in a chat app's bold ("*PENGUMUMAN PENTING*"): a heading of a forwarded message, never a
# bulleted item or another story's headline (menus and rails carry no asterisks).
EMPHASIS_RE = re.compile(r"\*[^*\s](?:[^*]*[^*\s])?\*")

# Reasons that keep a bulleted line boilerplate (its words are the template's, never an item's).
BULLETED_TEMPLATE = frozenset(("byline", "comments", "media", "copyright", "promo"))


def _shape(ln: Line, r: CleanRules, settings) -> str:
    if any(p.fullmatch(ln.text) for p in r.meta):
        return "meta"
    reason = boilerplate_reason(ln.text, settings=settings)
    marked = r.lang.list_marker.match(ln.text)
    if reason and not (reason == "navigation" and marked):
        return f"boilerplate:{reason}"
    inner = boilerplate_reason(ln.text[marked.end():], settings=settings) if marked else None
    if inner in BULLETED_TEMPLATE:
        # "- Editor : Sahril Hakim", "• comment 0 komentar": a template's line printed as a bullet
        # (a share word or a date is an item when a lead-in announces them: "• Facebook")
        return f"boilerplate:{inner}"
    if marked and not marked.group("marker")[:1].isalnum() \
            and REACTION_COUNT_RE.fullmatch(ln.text[marked.end():].strip()):
        return "boilerplate:reaction"   # "👍❤️ 87", "❤️ 1,2 rb": a post's reaction count, no item
    if marked and EMPHASIS_RE.fullmatch(ln.text):
        return "heading"            # "*PENGUMUMAN PENTING*": a chat message's bold heading, no bullet
    if marked:
        return "list"               # a short bulleted line: menu or list item, as its neighbours say
    if ln.text.endswith(TEASER_END) and ln.words >= TEASER_MIN_WORDS and not ln.text[0] in "\"“":
        return "teaser"
    if (ln.words >= 2 and ln.text.endswith(":")) or (ln.words >= 3 and r.lang.lead_in_end.search(ln.text)):
        return "lead"                   # "ASN dilarang:", "Larangan itu antara lain"
    if is_prose(ln.text, settings=settings) or (_bare(ln.text).endswith(TERMINAL) and ln.words >= 3):
        return "good"
    if is_headline_like(ln.text) and RAIL_TITLE_WORDS[0] <= ln.words <= RAIL_TITLE_WORDS[1]:
        return "headline"
    return "short"


def classify(lines: list[Line], start: int, end: int, *, settings: Optional[Settings] = None) -> None:
    """Label body lines by shape, then by structure (lists, blocks, rails), then revise."""
    r = _rules(settings)
    body = lines[start:end]
    for ln in body:
        if any(p.fullmatch(ln.text) for p in r.block_start):
            ln.klass = "block"
        else:
            ln.klass = _shape(ln, r, settings)
            if ln.klass.startswith("boilerplate") and ln.klass != "boilerplate:byline" \
                    and _continues_list(lines, ln.index, r):
                ln.klass = "list"   # "(c) melaporkan ..." after "(b)": an item, not a copyright line
    _running(lines, body)
    titles = _title_texts(lines[:start])
    if any(ln.text.endswith(TEASER_END) for ln in body):       # (a jump head may repeat a split title)
        titles |= _split_titles(lines[:start])
    _title_repeats(body, titles)
    _captions_twice(body)
    _hyphenated(body)
    _lists(body, r)
    _copy_lists(body, r)
    _blocks(body, r)
    _rails(body, r)
    for ln in body:
        if ln.klass == "boilerplate:date" and not CLOCK_RE.search(ln.text) and ":" not in ln.text:
            # a bare date between paragraphs is the text's ("Jumat, 20 September 2024"); a labelled
            # one is the page's ("Update terakhir: 12 Okt 2024")
            ln.klass = "short"
    _revise(body, r)
    _contained_repeats(body)
    _prompted_titles(body)
    _author_box(body, r, [ln.text for ln in lines[:start] + lines[end:]], settings)
    _next_story(body)
    _after_sign_off(body)
    _stray_tail(body, r)
    _title_over_stamp(body, r)
    _split_credits(body)
    if end == len(lines):
        _cut_tail(body, r)
    for ln in body[:1]:
        if ln.opener:
            ln.klass = "heading"


# A photo's credit printed as a bare label ("Foto :", "Sumber :") with its value on the next line
# ("• Warta Hulu Lembah (Rina/Sukamaju)") and the photo's caption, a short unpunctuated line, above.
CREDIT_LABELS = frozenset(("boilerplate:photo-credit", "boilerplate:republished"))
CREDIT_LABEL_WORDS = 2


def _split_credits(body: list[Line]) -> None:
    """A bare credit label between the lines of the text: the short unpunctuated line under it
    is the credit's value, the short unpunctuated line over it the photo's caption."""
    for i, ln in enumerate(body):
        if ln.klass not in CREDIT_LABELS or not ln.text.endswith(":") or ln.words > CREDIT_LABEL_WORDS:
            continue
        if i + 1 < len(body):
            nxt = body[i + 1]
            if nxt.klass in ("list", "short", "headline", "heading", "good") and nxt.words <= ITEM_REASON_MAX_WORDS \
                    and not _bare(nxt.text).endswith(SENTENCE_END):
                nxt.klass = "boilerplate:photo-credit"
        if i > 0:
            above = body[i - 1]
            if above.klass in ("good", "short", "headline", "heading") and above.words <= CAPTION_MAX_WORDS \
                    and not _bare(above.text).endswith(SENTENCE_END):
                above.klass = "boilerplate:caption"


# A page (or a saved excerpt of it) cut off in mid-sentence: its last line runs on from the
# paragraph above it with no sentence end ("Namun, ia menegaskan bahwa peg").
CUT_TAIL_MIN_WORDS = 2


def _cut_tail(body: list[Line], r: CleanRules) -> None:
    """The page's last line, under a paragraph of the text (past an inserted link), that reads as running text
    (it opens a sentence, has a comma or a word in lower case, so it is no other story's title)
    and ends without a sentence's closing mark: the text cut short, kept with the body. A line of
    the template (a byline, a footer) has its own class and stays out."""
    k = len(body) - 2
    while k >= 0 and body[k].klass in INSERTED:
        k -= 1          # (a "Baca juga" link the page inserted stands between)
    if k < 0:
        return
    ln, above = body[-1], body[k]
    text = ln.text
    if ln.klass not in ("short", "headline") or above.klass != "good" or ln.words < CUT_TAIL_MIN_WORDS \
            or _bare(text).endswith(TERMINAL) or not (text[:1].isupper() or text[:1] in "\"“'‘") \
            or text.isupper() or _strict_title(text, r.stop_words) or boilerplate_reason(text):
        return          # (a bare date there was made "short": it is still the page's date)
    ln.klass = "good"


# --- 4. structure ------------------------------------------------------------------------

def _running(lines: list[Line], body: list[Line]) -> None:
    """A printed page's running head or footer ("Jl. Pahlawan 8 | www.situs.go.id") stands
    again over or under each page: a line printed more than once, apart, that joins parts
    with a separator or names a domain and is no sentence. (A pull quote repeats a sentence.)"""
    candidates = [i for i, ln in enumerate(body) if ln.klass in ("short", "headline")
                  and (MENU_SEPARATOR_RE.search(ln.text) or DOMAIN_RE.search(ln.text))]
    if not candidates:
        return
    seen: dict[str, int] = {}
    for ln in lines:
        seen[ln.text] = seen.get(ln.text, 0) + 1
    for i in candidates:
        if seen[body[i].text] > 1 and not _twice(body, i):
            body[i].klass = "boilerplate:running"


def _hyphenated(body: list[Line]) -> None:
    """The lines of a paragraph wrapped with hyphenated words are body together."""
    for i in range(len(body) - 1):
        if _broken(body, i) and not body[i].klass.startswith("boilerplate") \
                and not body[i + 1].klass.startswith("boilerplate"):
            body[i].klass = "good" if body[i].klass in ("short", "headline", "teaser") else body[i].klass
            if body[i + 1].klass in ("short", "headline", "teaser"):
                body[i + 1].klass = "good"


CAPTION_LABEL_RE = re.compile(r"^(?:foto|photo|ilustrasi|dok\.?|dokumentasi|keterangan foto)\s*:\s*", re.IGNORECASE)


def _captions_twice(body: list[Line]) -> None:
    """A caption printed twice in a row, once under a credit label ("Ketua Bawaslu saat
    apel (Aris/detik)." / "Foto: Ketua Bawaslu saat apel (Aris/detik)."): both are the image's."""
    for a, b in zip(body, body[1:]):
        for plain, labelled in ((a, b), (b, a)):
            m = CAPTION_LABEL_RE.match(labelled.text)
            if m and labelled.text[m.end():].strip() == plain.text.strip():
                plain.klass = labelled.klass = "boilerplate:caption"


TITLE_NUMBER_RE = re.compile(r"\s+\d{1,2}$")


def _title_texts(pre: list[Line]) -> set[str]:
    """The headline-shaped lines before the body: the page's title (and its repeats)."""
    return {ln.text.lower() for ln in pre
            if TITLE_WORDS[0] <= ln.words <= TITLE_WORDS[1] and not ln.text.endswith((".", ":"))}


def _split_titles(pre: list[Line]) -> set[str]:
    """A title printed over two lines ("Bupati Larang Camat" / "Ikut Kampanye"), joined."""
    return {f"{a.text} {b.text}".lower() for a, b in zip(pre, pre[1:])
            if TITLE_WORDS[0] <= a.words + b.words <= TITLE_WORDS[1] and is_headline_like(a.text)
            and is_headline_like(b.text)}


# A title cut with an ellipsis over the rest of a story on a later page ("Bupati Larang Camat
# ...") repeats at least this many of its first words.
JUMP_HEAD_WORDS = 2


def _jump_head(text: str, titles: set[str]) -> bool:
    """'Bupati Larang Camat ...': the title's first words cut with an ellipsis (a printed page's
    jump head over a story's continuation, a teaser of the page's own story)."""
    if not text.endswith(TEASER_END):
        return False
    cut = text.rstrip(".… ").lower()
    return len(_words(cut)) >= JUMP_HEAD_WORDS and any(t.startswith(cut + " ") for t in titles)


def _title_repeats(body: list[Line], titles: set[str]) -> None:
    """The title printed again inside the body is an image's alt text ("Judul Berita 3"); the
    short line under it is the image's caption. A title cut with an ellipsis is a jump head."""
    if not titles:
        return
    for i, ln in enumerate(body):
        if _jump_head(ln.text, titles):
            ln.klass = "boilerplate:title"
            continue
        if TITLE_NUMBER_RE.sub("", ln.text).lower() not in titles:
            continue
        ln.klass = "boilerplate:title"
        nxt = body[i + 1] if i + 1 < len(body) else None
        if (nxt is not None and nxt.klass in ("good", "short", "headline") and nxt.words <= CAPTION_MAX_WORDS
                and nxt.text[0] not in "\"“'‘"):
            nxt.klass = "boilerplate:caption"

def _in_order(items: list[Line], r: CleanRules) -> bool:
    """The items' markers count up one by one ("1." "2." "3.", "a)" "b)")."""
    keys = [_marker_key(m.group("marker")) if (m := r.lang.list_marker.match(ln.text)) else None for ln in items]
    return len(keys) >= 2 and all(k is not None for k in keys) and all(
        _consecutive(a, b) for a, b in zip(keys, keys[1:]))


# A lead-in that counts its items ("Berikut lima larangan tersebut.") counts at most this many.
COUNTED_ITEMS = (2, 12)
CARDINAL_RE = re.compile(r"\b(\d{1,2}|[^\W\d_]+)\b")


def _counted_items(body: list[Line], i: int, r: CleanRules) -> int:
    """How many items the lead-in at i announces by number, when exactly that many item-shaped
    lines (no sentence, no boilerplate) follow it and a paragraph or the end comes after them;
    else 0."""
    numbers = {w: n for w, n in r.lang.cardinals.items() if n >= COUNTED_ITEMS[0]}
    n = next((int(w) if w.isdigit() else numbers[w.lower()] for w in CARDINAL_RE.findall(body[i].text)
              if (w.isdigit() or w.lower() in numbers)), 0)
    if not COUNTED_ITEMS[0] <= n <= COUNTED_ITEMS[1]:
        return 0
    items = body[i + 1:i + 1 + n]
    after = body[i + 1 + n] if i + 1 + n < len(body) else None
    if len(items) == n and all(ln.klass in ("headline", "short") and ln.words <= ITEM_MAX_WORDS
                               and not ln.text.endswith(SENTENCE_END) for ln in items) \
            and (after is None or after.klass not in ("headline", "short")):
        return n
    return 0


def _lists(body: list[Line], r: CleanRules) -> None:
    """Items after a lead-in ending in ":". The first item decides the list's shape: marked
    items ("1.", "a)", "-") are lists already and the list goes on while they do; unmarked
    items are the short lines that follow until one closes with a full stop. Marked items
    that are all headlines ("• Pasar Murah Digelar di Lima Kecamatan") with no lead-in
    before them are a bulleted rail of other stories."""
    i = 0
    while i < len(body):
        if body[i].klass == "list":
            j = i
            while j < len(body) and body[j].klass == "list":
                j += 1
            # (an ad slot between items is no neighbour: "1. Ikut Kampanye" / ADVERTISEMENT / "2. ...")
            p = i - 1
            while p >= 0 and _ad_slot(body[p]):
                p -= 1
            prev = body[p] if p >= 0 else None
            continued = prev is not None and p < i - 1 and prev.klass == "list"
            # (also a label of one word or in capitals over them: "BOLEH:" / "✓ Datang ke TPS")
            announced = prev is not None and (prev.klass == "lead" or continued or r.lang.lead_in_start.match(prev.text)
                                              or (prev.text.endswith(":") and not prev.klass.startswith("boilerplate")
                                                  and (prev.words == 1 or prev.text.isupper())))
            q = j
            while q < len(body) and _ad_slot(body[q]):
                q += 1
            alone = (prev is None or prev.klass not in KEPT) and (q == len(body) or body[q].klass not in KEPT)
            # items numbered in order between two paragraphs ("1. Memasang Spanduk Calon",
            # "2. Menghadiri Deklarasi") are a list of the text, whatever their case
            # (above them a short sentence too: "Ini larangannya." / "1. Ikut Kampanye" / ...)
            framed = prev is not None and (prev.klass in KEPT or (prev.klass == "short" and prev.text.endswith(SENTENCE_END))) \
                and j < len(body) and body[j].klass in KEPT
            # (a headline may ask: "..., Akankah Tercapai?")
            if (j - i >= RAIL_MIN_TITLES or alone) and not announced and not (framed and _in_order(body[i:j], r)) and all(
                    is_headline_like(r.lang.list_marker.sub("", ln.text, count=1).rstrip("?!")) for ln in body[i:j]):
                for ln in body[i:j]:
                    ln.klass = "boilerplate:rail"
            else:
                _rail_after_items(body[i:j], r)
            i = j
            continue
        # "Berikut lima larangan bagi ASN." announces items too when what follows is
        # item-shaped (short lines without a full stop)
        # ("Berikut rinciannya:", "Adapun sanksinya:" open with a lead-in's word: lead-ins wherever)
        if body[i].klass == "lead" and body[i].words < 3 and not (i and body[i - 1].klass in KEPT) \
                and not r.lang.lead_in_start.match(body[i].text):
            body[i].klass = "short"             # "Like this:" after a share bar is no lead-in
        # (also a short one: "Berikut larangannya.")
        announced_sentence = ((body[i].klass == "good" or (body[i].klass == "short" and body[i].text.endswith(SENTENCE_END)))
                              and r.lang.lead_in_start.match(body[i].text)
                              and body[i].words <= ITEM_MAX_WORDS and i + 1 < len(body)
                              and (body[i + 1].klass in ("headline", "short", "boilerplate:date")
                                   or r.lang.schedule_entry.match(body[i + 1].text) is not None))
        if body[i].klass != "lead" and not announced_sentence:
            i += 1
            continue
        n_items = _counted_items(body, i, r)
        if n_items:
            # "Berikut lima larangan tersebut." over five title-like lines: the items it counts,
            # however long ("Menjadi Anggota Tim Kampanye Pasangan Calon Kepala Daerah")
            for ln in body[i + 1:i + 1 + n_items]:
                ln.klass = "list"
            i += 1 + n_items
            continue
        j = i + 1
        marked = j < len(body) and body[j].klass == "list"
        n = 0
        sentences = None        # the first item decides: items that are sentences, or fragments
        plain_words = False     # ... and items that are a share bar's or a menu's words ("Facebook")
        while j < len(body) and n < LIST_MAX_ITEMS and not marked:
            ln = body[j]
            if ln.klass == "boilerplate:table" or _ad_slot(ln):
                j += 1                          # a table's rule ("|---|---|") between its rows, an ad
                continue                        # slot between items ("ADVERTISEMENT", "[Iklan]")
            if n and ln.klass in LINE_INSERTS and j + 1 < len(body) and body[j + 1].klass in ("headline", "short") \
                    and body[j + 1].words <= ITEM_MAX_WORDS:
                j += 1                          # a link or a caption the page inserted between two
                continue                        # items ("Baca juga: ...", "Foto: ...")
            if n and ln.klass == "block" and j + 2 < len(body) and body[j + 1].klass == "headline" \
                    and body[j + 2].klass in ("headline", "short") and body[j + 2].words <= ITEM_MAX_WORDS:
                # "Baca Juga:" over one headline between two items: the block is the page's, the
                # items go on under it
                ln.klass = body[j + 1].klass = "boilerplate:read-also"
                j += 2
                continue
            # (a schedule's times are items too: "07.30 WIB" / "Pembacaan ikrar"; a bare counter
            # under the items, a post's "0" likes, is none)
            reason = ln.klass.split(":", 1)[-1]
            worded = reason in ITEM_REASONS and ln.words <= ITEM_REASON_MAX_WORDS
            # a list of acts ("Ikut kampanye", "Memasang atribut") ends at a share bar or a menu
            # under it ("Bagikan", "Facebook"); a list of platforms or pages is made of such words
            # from its first item (a schedule's dates stand among either)
            if worded and reason != "date" and n and not plain_words:
                # ... unless the word stands between two items ("Kaos", "Pin", "Stiker"): a share
                # bar is a run of such words, or the page's end
                nxt = body[j + 1] if j + 1 < len(body) else None
                worded = nxt is not None and nxt.klass in ("headline", "short") and nxt.words <= ITEM_MAX_WORDS
            if n == 0 and ln.klass.startswith("boilerplate") and worded:
                plain_words = reason != "date"
            clock = r.lang.clock_line.match(ln.text) is not None
            # (a live report's entry stamp over its paragraph is no schedule's time: "07.35 WIB" / "Petugas
            # membuka kotak suara dan ...")
            stamp = (clock and j + 1 < len(body) and body[j + 1].words >= LIVE_ENTRY_WORDS
                     and body[j + 1].text.rstrip("\"”'’)").endswith(SENTENCE_END))
            if (ln.klass.startswith("boilerplate") and not worded) or ln.klass in ("block", "lead", "list") or stamp \
                    or (ln.klass == "meta" and ((announced_sentence and not clock)
                                                or (ln.text.isdigit() and not _number_column(body, j)))) \
                    or ln.words > ITEM_MAX_WORDS:
                break
            closed = ln.text.endswith((".", "!", "?"))
            # (a schedule's entry counts the words after its time: "Pukul 08.00 WIB: Desa Mekar Sari")
            entry = r.lang.schedule_entry.match(ln.text)
            words = len(_words(ln.text[entry.end():])) if entry else ln.words
            dated = (worded and reason == "date") or clock
            if announced_sentence and not dated and (closed or ln.klass not in ("headline", "short")
                                                     or words > SENTENCE_LIST_ITEM_WORDS):
                break                           # after a sentence lead-in, items are fragments
            if sentences is None:
                sentences = closed
            elif sentences and not closed:
                break                           # items that were sentences end at a fragment
            ln.klass = "list"
            n += 1
            j += 1
            if closed and not sentences:
                break                           # "... dan menyumbangkan dana kampanye." closes it
        i = max(j, i + 1)


# Lines a page inserts into the text on a line of their own: a link to another story with its
# headline ("Baca juga: ..."), a photo's credit or caption.
LINE_INSERTS = frozenset(("boilerplate:read-also", "boilerplate:photo-credit", "boilerplate:caption"))


def _ad_slot(ln: Line) -> bool:
    """An ad slot's label printed between a list's items ("ADVERTISEMENT", "[Iklan]")."""
    return ln.klass in ("boilerplate:promo", "boilerplate:slot") and ln.words <= AD_SLOT_WORDS


# A table flattened one cell a line has at most this many columns.
TABLE_MAX_COLUMNS = 6


def _number_column(body: list[Line], j: int) -> bool:
    """Line j is a bare number ("1") that a table's number column continues: the next number
    ("2") stands a row's width (2 to TABLE_MAX_COLUMNS lines) further on, the lines between
    short cells, no number among them. A bare counter under a list ("0" likes) has none."""
    n = int(body[j].text)
    for width in range(2, TABLE_MAX_COLUMNS + 1):
        k = j + width
        if k < len(body) and body[k].text == str(n + 1) and all(
                not ln.text.isdigit() and ln.words <= ITEM_MAX_WORDS and not ln.klass.startswith("boilerplate")
                for ln in body[j + 1:k]):
            return True
    # (the last row: the number before it stands a row's width above)
    for width in range(2, TABLE_MAX_COLUMNS + 1):
        k = j - width
        if k >= 0 and body[k].text == str(n - 1) and n > 1:
            return True
    return False


def _rail_after_items(run: list[Line], r: CleanRules) -> None:
    """Bulleted links to other stories printed right under a bulleted list of the text, in the same
    bullets ("• memasang alat peraga di kantor;" ... "• Harga Sawit Naik Rp 150 per Kilogram"): the
    run's last lines, headlines of a rail's length after items that are no headlines and that the
    full stop of the last closed, are a rail (a list may mix its case: "• dilarang ikut kampanye;"
    / "• Memasang Spanduk Calon" are both the text's)."""
    def title(ln: Line) -> bool:
        text = r.lang.list_marker.sub("", ln.text, count=1)
        return is_headline_like(text) and RAIL_TITLE_WORDS[0] <= len(_words(text)) <= RAIL_TITLE_WORDS[1]
    k = len(run)
    while k > 0 and title(run[k - 1]):
        k -= 1
    # (items numbered in order are the text's whatever their case: "3. Menghadiri Deklarasi Calon")
    if k == len(run) or k == 0 or _in_order(run, r) \
            or any(is_headline_like(r.lang.list_marker.sub("", ln.text, count=1)) for ln in run[:k]):
        return
    if run[k - 1].text.rstrip("\"”'’)").endswith("."):
        for ln in run[k:]:
            ln.klass = "boilerplate:rail"


def _copy_lists(body: list[Line], r: CleanRules) -> None:
    """A letter's copy list ("Tembusan:" and the offices under it) is the letter's furniture,
    not its text: the heading and its items go; a paragraph after them is the text again."""
    for i, ln in enumerate(body):
        if any(p.fullmatch(ln.text) for p in r.copy_list):
            ln.klass = "boilerplate:copy-list"
            for item in body[i + 1:]:
                if item.klass != "list":
                    break
                item.klass = "boilerplate:copy-list"


def _blocks(body: list[Line], r: CleanRules) -> None:
    """A block heading ("Baca juga", "Berita Terkini", "Tag") takes the headline-like,
    short and meta lines after it, bulleted headlines too, up to the next paragraph, list
    or lead-in, or up to a line of another shape (an unbulleted line after bulleted ones)."""
    in_block = False
    bulleted = None
    taken = 0
    for k, ln in enumerate(body):
        marker = r.lang.list_marker.match(ln.text)
        if ln.klass == "block":
            ln.klass, in_block, bulleted, taken = "boilerplate:read-also", True, None, 0
            continue
        # a word or two right over a paragraph, after the block's headlines, is the story's next
        # subheading ("Larangan Lain"), no headline of another story
        if (in_block and taken and ln.klass == "short" and ln.words < RAIL_TITLE_WORDS[0]
                and not marker and k + 1 < len(body) and body[k + 1].klass == "good"):
            in_block = False
            continue
        # ... and so is a heading-length title the paragraph or lead-in under it echoes ("Tiga
        # Hal yang Wajib Dijaga Camat" / "Rahmat merinci tiga hal yang wajib dijaga camat:"):
        # another story's headline speaks of its own story, not of the next paragraph's words
        if (in_block and taken and ln.klass in ("short", "headline") and ln.words <= HEADING_MAX_WORDS
                and not marker and k + 1 < len(body) and body[k + 1].klass in ("good", "lead")
                and _echoed(ln.text, body[k + 1].text, r)):
            ln.klass, in_block = "heading", False
            continue
        if in_block and bulleted is not None and bool(marker) != bulleted:
            in_block = False
        if in_block and taken and _ad_slot(ln):
            in_block = False        # an ad slot under the block's headlines: the page's text goes on
        if ln.klass == "list" and in_block and is_headline_like(ln.text[marker.end():] if marker else ln.text):
            ln.klass, bulleted = "boilerplate:read-also", True
        elif ln.klass in ("good", "list", "lead") or ln.klass.startswith("boilerplate"):
            in_block = ln.klass.startswith("boilerplate") and in_block
            if in_block and bulleted is None and ln.klass == "boilerplate:rail":
                bulleted = bool(marker)
        elif in_block:
            ln.klass = "boilerplate:read-also"
            bulleted = bool(marker) if bulleted is None else bulleted
        taken += in_block and ln.klass == "boilerplate:read-also"


def _echoed(head: str, para: str, r: CleanRules) -> bool:
    """The paragraph repeats most of the title's content words: the title is its subheading."""
    words = [w.lower() for w in _words(head) if not w.isdigit() and w.lower() not in r.stop_words]
    stems = {w[:ECHO_PREFIX] for w in _words(para.lower())}
    hits = sum(1 for w in words if w[:ECHO_PREFIX] in stems)
    return hits >= ECHO_MIN_WORDS and hits >= ECHO_MIN_SHARE * len(words)


# A long title-like line between paragraphs is a subheading of the story when at least this many of
# its content words (and this share of them) stand in the story's paragraphs: another story's headline
# speaks of other things ("Pemuda Desa Cikaret Juara Lomba Perahu Naga").
TOPICAL_MIN_WORDS = 3
TOPICAL_SHARE = 0.6


def _topical(head: str, body: list[Line], i: int, r: CleanRules) -> bool:
    words = [w.lower() for w in _words(head) if not w.isdigit() and w.lower() not in r.stop_words]
    story = {w.lower()[:ECHO_PREFIX] for k, ln in enumerate(body) if k != i and ln.klass in ("good", "lead", "list")
             for w in _words(ln.text)}
    hits = sum(1 for w in words if w[:ECHO_PREFIX] in story)
    return hits >= TOPICAL_MIN_WORDS and hits >= TOPICAL_SHARE * len(words)


# A live report's entries: a time stamp, a short title, then a paragraph; this many of them
# make the shape certain (one alone needs its paragraph to echo the title).
LIVE_MIN_ENTRIES = 2


def _stamped_entries(body: list[Line], r: CleanRules) -> set[int]:
    """The lines that are a live report's entry titles: a short title right under a time
    stamp, with a kept paragraph right after it (see :func:`_rails`)."""
    stamps = ("meta", "boilerplate:meta")
    found = [t for t in range(1, len(body) - 1)
             if body[t].klass in ("headline", "short") and body[t].words <= HEADING_MAX_WORDS
             and not body[t].text.endswith((".", "?", "!", ":"))
             and body[t - 1].klass in stamps and body[t + 1].klass in KEPT
             and body[t + 1].words >= MIN_PROSE_WORDS]       # a paragraph, not a chat's short reply
    if len(found) >= LIVE_MIN_ENTRIES:
        return set(found)
    return {t for t in found if _echoed(body[t].text, body[t + 1].text, r)}


def _past_inserted(body: list[Line], k: int, step: int) -> str:
    """The class of body[k], or of the first line from k on (step 1) or back (step -1) that the page
    did not insert into the text (INSERTED: captions, ads, links to other stories)."""
    while 0 <= k < len(body) and body[k].klass in INSERTED:
        k += step
    return body[k].klass if 0 <= k < len(body) else "boilerplate"


def _rails(body: list[Line], r: CleanRules) -> None:
    """Runs of title-like lines (with their times and categories) or of teasers cut off
    with an ellipsis: two or more are other stories; a lone short title between kept
    lines is a section heading, a lone teaser a paragraph; a lone longer title is a
    subheading when the paragraph after it echoes it, else another story's headline. A
    short title right under a time stamp with a paragraph under it is a live report's entry
    heading when the page has two or more such entries or the paragraph echoes it (a rail's
    titles follow one another, never a paragraph)."""
    entries = _stamped_entries(body, r)
    lone_rail = False       # a lone title between paragraphs was judged another story's headline
    unechoed: list[Line] = []   # lone headings longer than a subheading that no paragraph echoes
    i = 0
    while i < len(body):
        if body[i].klass not in ("headline", "meta", "teaser"):
            i += 1
            continue
        if (body[i].klass == "headline" and i and _prompt(body[i - 1]) and i + 1 < len(body)
                and body[i + 1].klass == "headline"):
            # a video prompt ("Simak Video Pilihan Ini:") announces one video: the first title under
            # it is the video's; the title after that is judged on its own (a subheading when
            # a paragraph follows it)
            body[i].klass = "boilerplate:media"
            i += 1
            continue
        j = i
        while j < len(body) and body[j].klass in ("headline", "meta", "short", "teaser"):
            j += 1
        run = body[i:j]
        titles = sum(1 for ln in run if ln.klass in ("headline", "teaser"))
        metas = sum(1 for ln in run if ln.klass == "meta")
        prev_k = body[i - 1].klass if i else "boilerplate"
        # (the line after the run looked for past a caption, an ad or a link the page inserted
        # under a subheading: "Sanksi Menanti" / "ADVERTISEMENT" / the section's paragraph)
        next_k = _past_inserted(body, j, 1)
        # a heading and its subheading between paragraphs ("Sanksi Bagi Pelanggar" /
        # "Hukuman Disiplin Berat"): titles this short are no other stories' headlines
        headings = (not metas and all(ln.words <= SUBHEADING_MAX_WORDS for ln in run if ln.klass != "short")
                    and not any(ln.klass == "teaser" for ln in run) and prev_k in KEPT and next_k in KEPT)
        entry = any(k in entries for k in range(i, j))
        if headings or entry:
            for ln in run:
                ln.klass = "boilerplate:meta" if ln.klass == "meta" else "heading"
        elif titles >= RAIL_MIN_TITLES or (titles and metas):
            for ln in run:
                ln.klass = "boilerplate:rail"
        else:
            for ln in run:
                if ln.klass == "meta":
                    ln.klass = "boilerplate:meta"
                elif ln.klass == "teaser":
                    ln.klass = "good"
                elif ln.klass == "headline":
                    # a heading stands between paragraphs, or opens a section after an
                    # inserted block ("Baca juga: ..." then "Sanksi Bagi Pelanggar"); a lone
                    # title longer than a heading there is another story's headline
                    short = ln.words <= HEADING_MAX_WORDS
                    after = prev_k in KEPT or prev_k in ("boilerplate:read-also", "boilerplate:rail",
                                                         "boilerplate:media") or _past_inserted(body, i - 1, -1) in KEPT
                    if not short and len(run) == 1 and next_k in KEPT and \
                            len(list(islice((b for b in body[:i] if b.klass in KEPT), ECHO_AFTER_KEPT))) >= ECHO_AFTER_KEPT:
                        short = _echoed(ln.text, body[j].text, r) or _topical(ln.text, body, i, r)
                    if short and after and next_k in KEPT:
                        # (a portrait's caption, "Rina Marlina, Ketua Bawaslu Kota Baru", is no heading)
                        ln.klass = "boilerplate:caption" if any(p.fullmatch(ln.text) for p in r.person_caption) \
                            else "heading"
                        if ln.klass == "heading" and len(run) == 1 and ln.words > SUBHEADING_MAX_WORDS \
                                and j < len(body) and not (_echoed(ln.text, body[j].text, r) or _topical(ln.text, body, i, r)):
                            unechoed.append(ln)
                    elif not short and len(run) == 1 and next_k in KEPT and (
                            prev_k in KEPT or (prev_k == "boilerplate:media" and not _prompt(body[i - 1]))):
                        # (a long title under a video's title is another video's)
                        ln.klass = "boilerplate:rail"
                        lone_rail = True
                    else:
                        ln.klass = "short"
        i = j
    if lone_rail:
        # the page inserts other stories' titles between paragraphs: a lone title of a
        # subheading's length that the paragraph under it does not echo is one more of them
        for ln in unechoed:
            ln.klass = "boilerplate:rail"


# --- 5. revise ------------------------------------------------------------------------------

SIGN_OFF_END_RE = re.compile(r"\((?:\*|[A-Za-z]{1,8}(?:[-/;,.]\s?[A-Za-z0-9]{1,8}){0,3})\)\.?\s*$")


def _next_story(body: list[Line]) -> None:
    """After the last paragraph closes with the reporter's sign-off ("... ujarnya. (Z-7)"),
    a teaser cut with "..." is the lead of the next story in the feed."""
    kept_idx = [i for i, ln in enumerate(body) if ln.klass in KEPT]
    if len(kept_idx) >= 2:
        last, before = body[kept_idx[-1]], body[kept_idx[-2]]
        if last.text.endswith(TEASER_END) and SIGN_OFF_END_RE.search(before.text):
            last.klass = "boilerplate:rail"


# Lines a page inserts into the text (captions, ads, links to other stories, an image's alt text).
INSERTED = frozenset(("boilerplate:read-also", "boilerplate:photo-credit", "boilerplate:caption",
                      "boilerplate:promo", "boilerplate:media", "boilerplate:title"))


# Lines a page inserts between a subheading and its section: ads, links to other stories, captions.
INSERTED_UNDER = frozenset(("boilerplate:read-also", "boilerplate:promo", "boilerplate:slot",
                            "boilerplate:photo-credit", "boilerplate:caption"))


def _prompt(ln: Line) -> bool:
    """A video prompt ending in a colon ("Simak Video Pilihan Ini:", "Tonton juga:")."""
    return ln.klass == "boilerplate:media" and ln.text.rstrip().endswith(":")


def _prompted_titles(body: list[Line]) -> None:
    """A video prompt ending in a colon ("Simak Video Pilihan Ini:") has the video's title under
    it: a headline-shaped line the prompt's, not the text's, unless a paragraph follows it (a
    subheading opening the next section)."""
    for i in range(1, len(body)):
        prompt, ln = body[i - 1], body[i]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if (_prompt(prompt) and ln.klass in KEPT
                and not ln.text.endswith(TERMINAL) and is_headline_like(ln.text)
                and (nxt is None or nxt.klass != "good" or not nxt.text.endswith(SENTENCE_END))):
            ln.klass = "boilerplate:media"


# An author's name in an author box has at most this many words.
AUTHOR_BOX_NAME_WORDS = 4


def _author_box(body: list[Line], r: CleanRules, outside: list[str], settings=None) -> None:
    """An author box after the text: the author's name alone, then the bio that opens with the
    name and says what the author is ("Rina Sari" / "Rina Sari adalah wartawan ..."), with no
    paragraph of the text after it, and the name printed as a byline or alone elsewhere on the
    page (a heading and its definition closing an explainer are the text's)."""
    def byline_of(name: str) -> bool:
        return any(t == name or (boilerplate_reason(t, settings=settings) == "byline"
                                 and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", t)) for t in outside)
    for i in range(len(body) - 1):
        name, bio = body[i], body[i + 1]
        if not (0 < name.words <= AUTHOR_BOX_NAME_WORDS and name.klass in KEPT and bio.klass in KEPT
                and name.text[:1].isupper() and not name.text.endswith(TERMINAL)
                and bio.text.startswith(name.text + " ")
                and r.lang.copula.match(bio.text[len(name.text) + 1:]) is not None):
            continue
        if any(ln.klass in KEPT and ln.klass != "list" and _words(ln.text) and ln.text.endswith(SENTENCE_END)
               for ln in body[i + 2:]):
            continue        # (the text goes on: "Bawaslu" / "Bawaslu adalah lembaga ..." in an explainer)
        if byline_of(name.text):
            name.klass = bio.klass = "boilerplate:about"


def _after_sign_off(body: list[Line]) -> None:
    """The reporter's sign-off printed on a line of its own ("(yhs/nus)", "***") closes the
    story: what follows it is the story's only if a sentence is among it (a paragraph the page
    printed after the mark); short unpunctuated lines there are an ad's or a promotion's
    ("Daftarkan usahamu dan menangkan hadiah di sini")."""
    first = next((i for i, ln in enumerate(body) if ln.klass in KEPT), len(body))
    mark = next((i for i in range(len(body) - 1, first, -1) if body[i].klass == "boilerplate:sign-off"), None)
    if mark is None:
        return
    after = [ln for ln in body[mark + 1:] if ln.klass in KEPT]
    if after and not any(ln.text.rstrip("\"”'’)").endswith(SENTENCE_END) for ln in after):
        for ln in after:
            ln.klass = "boilerplate:after-sign-off"


# Past the text's last paragraph, a kept line alone after at least this many dropped lines of
# the page (not counting captions, ads and links the page inserts into a text), of at most
# STRAY_MAX_WORDS words and with a time stamp under it, is a reply or a comment, not the text's.
STRAY_GAP = 2
STRAY_MAX_WORDS = 25


def _stray_tail(body: list[Line], r: CleanRules) -> None:
    """Lines kept one by one at the end, each after a run of dropped lines and over its time
    stamp (a chat's replies between their senders and times, "08.02"; a comment over "2 j"):
    the text ended above them. A last paragraph after a rail or a caption has no stamp under it."""
    kept = [i for i, ln in enumerate(body) if ln.klass in KEPT]
    while len(kept) >= 2:
        i, before = kept[-1], kept[-2]
        gap = [ln for ln in body[before + 1:i] if ln.klass not in INSERTED]
        stamped = i + 1 < len(body) and (any(p.fullmatch(body[i + 1].text) for p in r.meta)
                                          or r.lang.clock_line.match(body[i + 1].text) is not None)
        if i - 1 == before or len(gap) < STRAY_GAP or body[i].words > STRAY_MAX_WORDS \
                or body[i].klass not in ("good", "heading") or not stamped:
            return
        body[i].klass = "boilerplate:stray"
        kept.pop()


# A kept line of at least this many words printed again inside a longer kept paragraph is the page's
# repeat of it (a teaser cut from the lead, a pull quote), in bodies of at most REPEAT_MAX_LINES lines.
REPEAT_MIN_WORDS = 8
REPEAT_MAX_LINES = 300


def _contained_repeats(body: list[Line]) -> None:
    """A kept line that stands, word for word, inside a longer kept paragraph is a repeat the page
    printed (the lead's first words as a teaser under the text, "SAMPIT--Pemilihan ... tetap
    menjaga"; a pull quote): the paragraph holding it is the text's. A line printed twice whole is
    left to the other tests."""
    kept = [ln for ln in body if ln.klass in KEPT]
    if len(kept) > REPEAT_MAX_LINES:
        return
    for ln in kept:
        if ln.words >= REPEAT_MIN_WORDS and any(len(o.text) > len(ln.text) and ln.text in o.text
                                                for o in kept if o is not ln):
            ln.klass = "boilerplate:repeat"


def _title_over_stamp(body: list[Line], r: CleanRules) -> None:
    """The text's last kept line, unpunctuated and of a title's length, right over a date with a
    clock time that closes the page ("Camat minta lurah tak ikut konvoi calon" / "Jumat,
    28 Agustus 2020 13:49 WIB"): the page's title and stamp printed under the story, no paragraph."""
    kept = [i for i, ln in enumerate(body) if ln.klass in KEPT]
    if len(kept) < 2:
        return
    i = kept[-1]
    ln = body[i]
    if (i + 1 < len(body) and r.lang.stamp_line.match(body[i + 1].text) and ln.klass == "good"
            and not _bare(ln.text).endswith(TERMINAL) and ln.words <= RAIL_TITLE_WORDS[1]):
        ln.klass = "boilerplate:title"


def _revise(body: list[Line], r: CleanRules) -> None:
    """Short lines take the class of their neighbours, as in jusText: kept between
    kept lines, dropped next to dropped ones. A short sentence right after a kept line
    closes the text ("Salam netral!", "Semoga bermanfaat.") and stays; so does a lower-case
    line under a kept line that ends on a word no paragraph ends with ("... dan atau" /
    "membagikan bahan kampanye ..."): the paragraph runs on into it."""
    for i, ln in enumerate(body):
        if ln.klass != "short":
            continue
        if i and body[i - 1].klass in KEPT and ln.text[:1].islower() and r.lang.run_on_end.search(body[i - 1].text):
            ln.klass = "good"
            continue
        # (a table's rule between its rows is no neighbour: "|---|---|"; nor is a line inserted
        # into the text above, a caption, an ad or a link to another story: a subheading under
        # it opens the next section)
        prev_k = next((b.klass for b in reversed(body[:i]) if b.klass not in ("short", "boilerplate:table")
                       and b.klass not in INSERTED), "boilerplate")
        # (nor, below it, an ad or a link to another story inserted under a subheading)
        next_k = next((b.klass for b in body[i + 1:] if b.klass not in ("short", "boilerplate:table")
                       and b.klass not in INSERTED_UNDER), "boilerplate")
        # (a quoted exclamation of one word too: '"Netral!"')
        # (and a closing that ends with an emoji, or holds a sentence before one: "Demikian untuk
        # dilaksanakan. Terima kasih 🙏")
        core = _bare(ln.text).rstrip("\"”'’")
        # (a post's last line may close with emoji alone: "Info lengkap cek link di bio ya 🙌")
        emoji_closed = _bare(ln.text) != ln.text and ln.words >= CLOSING_EMOJI_WORDS and not is_headline_like(ln.text)
        closing = ((ln.words >= CLOSING_MIN_WORDS or core != ln.text)
                   and (core.endswith(SENTENCE_END) or SENTENCE_STOP_RE.search(core) is not None or emoji_closed)
                   and i and body[i - 1].klass in KEPT)
        ln.klass = "good" if (prev_k in KEPT and (next_k in KEPT or closing)) else "headline"


# A menu or a site header joins short parts with separators ("Mamuju | Polewali | Indeks").
MENU_SEPARATOR_RE = re.compile(r"\s[|/•·]\s|\s{2,}")
# An all-caps line with none of these words is a site or section name, not a headline.
CAPS_TITLE_WORDS = frozenset({"di", "dan", "yang", "ke", "dari", "untuk", "jadi", "bagi", "tak", "tidak"})


# A telephone, postal or staff number: no headline prints one.
LONG_NUMBER_RE = re.compile(r"\d{5,}")


def _title(pre: list[Line], settings) -> str | None:
    """The page's headline: the longest headline-shaped line above the body (the first of
    equals). Site names, taglines and menus above it are shorter, or read as menus (separators,
    all capitals with no function word), or carry a date (a byline)."""
    lang = _rules(settings).lang
    best = None
    for ln in pre:
        t = ln.text
        if boilerplate_reason(t, settings=settings) or lang.byline.match(t) or lang.name_date.match(t):
            continue
        if not (TITLE_WORDS[0] <= ln.words <= TITLE_WORDS[1]) or t.endswith((".", ":")) or not is_headline_like(t):
            continue
        if MENU_SEPARATOR_RE.search(t) or t[0] in "[(" or find_dates(t, settings=settings) or LONG_NUMBER_RE.search(t):
            continue                    # (a letterhead's address: "Jalan Merdeka 14 Telp. (0741) 551203")
        if t.isupper() and not CAPS_TITLE_WORDS & {w.lower() for w in _words(t)}:
            continue
        size = len(_words(TITLE_NUMBER_RE.sub("", t)))     # "Judul Berita 3": an image's alt text
        if best is None or size > best[0]:
            best = (size, t)
    return best[1] if best else None


NAME_OUTLET_RE = re.compile(r"\s+[-–—]\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}$")
# A name printed alone under the title stands within this many lines of it.
NAME_UNDER_TITLE = 4
NAME_WORDS = (2, 4)
READING_TIME_RE = re.compile(r"^(?:waktu baca\s*)?\d+(?:\s*[–-]\s*\d+)?\s*(?:menit|minutes?|min)(?:\s*(?:baca|membaca|read))?$",
                             re.IGNORECASE)


def _lone_name(pre: list[Line], settings) -> str | None:
    """An author's name printed alone, without a label, a few lines under the title: a site's
    user name ("Admin", "• admin kominfo"), or two to four capitalised words with no function
    word, no digit and no acronym among them, beside the page's date or reading time
    ("Agustinus Wenda" / "03 Okt 2024, 15:42 WIB")."""
    r = _rules(settings)
    # under the title: any headline-shaped line (a site's name may come first)
    for t, ln in enumerate(pre):
        if TITLE_WORDS[0] <= ln.words <= TITLE_WORDS[1] and is_headline_like(ln.text):
            name = _name_under(pre, t, r, settings)
            if name:
                return name
    return None


def _name_under(pre: list[Line], t: int, r: CleanRules, settings) -> str | None:
    def dated(ln: Line) -> bool:
        return bool(r.lang.date_line.fullmatch(ln.text) or r.lang.stamp_line.fullmatch(ln.text)
                    or r.lang.updated_line.match(ln.text) or READING_TIME_RE.match(ln.text))
    site = re.sub(r"\W+", "", pre[0].text).lower() if pre else ""
    for k in range(t + 1, min(len(pre), t + 1 + NAME_UNDER_TITLE)):
        ln = pre[k]
        handle = r.lang.list_marker.sub("", ln.text, count=1)
        if r.lang.handle.fullmatch(handle):
            return handle               # a site's user name: "Admin", "• admin kominfo"
        # "Ahmad Zaini - Lintas Nasional": the name before the outlet's; "Dedi Irawan, Jurnalis":
        # the name before its role
        text = r.lang.role_tail.sub("", NAME_OUTLET_RE.sub("", ln.text))
        words = _words(text)
        if re.sub(r"\W+", "", text).lower() == site:
            continue                    # the site's own name printed where a byline would be
        if (not NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] or text.endswith((*TERMINAL, ","))
                or any(c.isdigit() for c in text) or not all(w[0].isupper() for w in words)
                or any(w.lower() in r.stop_words for w in words)
                or (any(w.isupper() and len(w) <= 4 for w in words) and not all(w.isupper() for w in words))
                or boilerplate_reason(ln.text, settings=settings)):
            continue
        if any(dated(pre[j]) for j in (k - 1, k + 1) if 0 <= j < len(pre) and j != t):
            return text
    return None


# A social post's or a forum post's time stamp ("12 Oktober pukul 09.15 ·", "23-10-2024 19:40")
# stands within this many lines above its text, its poster's name within POSTER_LOOKUP lines above it.
POSTER_STAMP_LINES = 2
POSTER_LOOKUP = 3
# a platform's user name: lower case with a dot, an underscore or a digit ("pakde.birokrat", "budi_88")
USER_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:[._][a-z0-9]+)+$|^[a-z]+\d+$")


def _poster(pre: list[Line], title: str | None, settings) -> str | None:
    """Who posted a social or forum post: the name or user name a few lines above the post's
    time stamp, right above its text ("Humas Pemkab Lembah Raya" / "12 Oktober pukul 09.15 ·";
    "pakde.birokrat" / "Kaskuser" / "13-09-2024 10:12"): capitalised words (not the page's
    title or site name) or a platform's user name."""
    r = _rules(settings)
    site = pre[0].text if pre else None
    for k in range(len(pre) - 1, max(-1, len(pre) - 1 - POSTER_STAMP_LINES), -1):
        t = pre[k].text
        social = r.lang.posted_at.match(t) is not None     # (no year within the year: "12 Oktober pukul 09.15 ·")
        if not (social or (r.lang.stamp_line.fullmatch(t) and CLOCK_RE.search(t))):
            continue
        window = pre[max(0, k - POSTER_LOOKUP):k]
        if not social and any(ln.text == title for ln in window):
            return None                 # a news page's title over its date: no post
        for ln in reversed(window):
            words = _words(ln.text)
            if USER_NAME_RE.match(ln.text) and not DOMAIN_RE.fullmatch(ln.text):   # (a site's domain is none)
                return ln.text
            # (the page's first line names its site, unless a post's stamp stands right under it:
            # a page's own post, "Humas Pemkab X" / "12 Oktober pukul 09.15 ·")
            if (NAME_WORDS[0] <= len(words) <= NAME_WORDS[1] and all(w[0].isupper() for w in words)
                    and not ln.text.isupper() and not any(c.isdigit() for c in ln.text)
                    and not any(w.lower() in CAPS_TITLE_WORDS for w in words)      # (a phrase, no name)
                    and not any(w.isupper() and len(w) <= 4 for w in words)        # (a topic: "Netralitas ASN")
                    and (ln.text != site or ln.index == k - 1) and not ln.text.endswith((*TERMINAL, ","))
                    and not boilerplate_reason(ln.text, settings=settings)):
                return ln.text
        return None
    return None


def _byline(lines: list[Line], settings, end: int | None = None) -> tuple[str | None, str | None, str | None]:
    """(author, editor, published) from byline/date lines anywhere outside the body; a bare
    date below ``end`` (the body's last line) over a title is an agenda's or a rail's item."""
    from .regions import is_place
    lang = _rules(settings).lang
    author = editor = published = stamped = dated = outlet = dashed = None
    site = re.sub(r"\W+", "", lines[0].text).lower() if lines else ""
    for i, ln in enumerate(lines):
        m = lang.label_only.fullmatch(ln.text)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        name = FOOTNOTE_RE.sub("", nxt.text) if nxt is not None else ""     # "HENDRA SAPUTRA, S.Sos *)"
        if m and nxt is not None and nxt.index == ln.index + 1 and 1 <= nxt.words <= 6 \
                and name and not name.endswith(TERMINAL) and name[0].isupper():
            # the label alone, the name on the next line ("Oleh" / "RUSDI HAMZAH")
            if m.group("editor"):
                editor = editor or name
            else:
                author = author or name
            continue
        if ln.icon == "author" and not author and 1 <= ln.words <= 6 and not ln.text.endswith(TERMINAL):
            author = ln.text            # "person Redaksi Lintas Timur": the icon is the label
            continue
        m = lang.date_author.match(ln.text)
        if m and not author:
            author = m.group("author")
            published = published or parse_date(m.group("date"), settings=settings)
            continue
        m = lang.name_by_name.match(ln.text)
        if m and not author:
            author = m.group("author")      # "Dimas Prasetyo by Dimas Prasetyo"
            continue
        m = lang.name_outlet.match(ln.text)
        if m and not author:
            author, outlet = m.group("author"), outlet or m.group("outlet")
            continue
        m = lang.name_date.match(ln.text)
        if m and not author and find_dates(m.group("rest"), settings=settings) \
                and not is_place(m.group("author").strip(), settings=settings) \
                and not DOMAIN_RE.search(m.group("author")):    # "Jakarta - Senin, ...", "Situs.id - 15/10/2024"
            if DASH_RE.match(ln.text, m.end("author")):
                # "Dedi Kurniawan - Sabtu, 19 Oktober 2024": a name or the outlet's ("Kabar Raya -
                # Rabu, ..."): the author only when no byline names one ("Oleh X - Senin, ...")
                dashed = dashed or (lang.author_prefix.sub("", m.group("author").strip()),
                                    parse_date(m.group("rest"), settings=settings))
            else:
                author = m.group("author").strip()
                published = published or parse_date(m.group("rest"), settings=settings)
                continue
        m = lang.byline.match(ln.text)
        dates = find_dates(m.group("author"), settings=settings) if m else []
        if dates:
            # "Oleh Rina Sari diperbarui 20 Agu 2024, 15:35 WIB": the name, then the date; a
            # blog's "By On Sabtu, September 14, 2024" leaves the name empty
            published = published or parse_date(m.group("author"), settings=settings)
            name = m.group("author")[:dates[0][0]]
            name = re.sub(rf"(?i)\b(?:{lang.weekday_names})\s*,?\s*$", "", name)
            name = BYLINE_DATE_TAIL_RE.sub("", name).strip(" ,.-|")
            if not author and (name[:1].isupper() or lang.handle.fullmatch(name)) \
                    and len(_words(name)) <= NAME_WORDS[1] + 2:
                author = name
            continue
        if m and not author and _words(m.group("author")) and (
                m.group("author")[:1].isupper() or ":" in ln.text[:m.start("author")]):
            # a blog's "Diposting oleh X di 10.15": the time is no part of the name (a label
            # word before a lower-case word is no byline: a group's "Kontributor teratas" badge)
            author = FOOTNOTE_RE.sub("", POSTED_TIME_RE.sub("", m.group("author"))).strip(" .")
            editor = editor or (m.group("editor") or "").strip(" .") or None
            continue
        m = lang.editor_line.match(ln.text)
        if m and not editor and _words(m.group("editor")):
            editor = m.group("editor").strip(" .")
            continue
        m = lang.updated_line.match(ln.text)
        if not stamped and (m or lang.stamp_line.fullmatch(ln.text)):
            stamped = parse_date(m.group("date") if m else ln.text, settings=settings)
        elif not dated and lang.date_line.fullmatch(ln.text) and not (
                end is not None and ln.index >= end and nxt is not None and nxt.index == ln.index + 1
                and is_headline_like(nxt.text)):
            dated = parse_date(ln.text, settings=settings)
    if dashed and not author and re.sub(r"\W+", "", dashed[0]).lower() != site:
        author, published = dashed[0], published or dashed[1]
    # an article's own date carries its time ("Jumat, 04/10/2024 - 14:12 WIB"); a bare date
    # is often the site's "today" in the header or an agenda item in the sidebar
    return author, editor, published or stamped or dated, outlet


DASH_RE = re.compile(r"\s*[-–—]")


# what stands between a byline's name and its date ("diperbarui", "On Sabtu,", "pada")
BYLINE_DATE_TAIL_RE = re.compile(r"(?:^|\s+)(?:on|pada|diperbarui|diterbitkan|diposting|updated|posted)\s*$",
                                 re.IGNORECASE)
FOOTNOTE_RE = re.compile(r"\s*(?:\*+\)|\)\*+|\(\*+\))\s*$")   # "Fitri Handayani *)": the author's note mark
POSTED_TIME_RE = re.compile(r"\s+(?:di|pada|at|on)\s+\d{1,2}[.:]\d{2}\b.*$", re.IGNORECASE)
COPYRIGHT_RE = re.compile(r"^(?:(?:©|\(c\)|copyright|hak cipta)\s*|(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)+"
                          r"(?P<name>.+?)(?:\s+(?:19|20)\d{2})?(?:\s*(?:[-–|,]|\.\s|\.$|\ball rights?\b|\bhak cipta\b)"
                          r".*|\s+from\s+\S.*)?$", re.IGNORECASE)      # ("© 2024 Instagram from Meta")


def _copyright_outlet(lines: list[Line]) -> str | None:
    """'Copyright © 2024 Cahayanews.com. All rights reserved' -> 'Cahayanews.com'."""
    for ln in lines:
        m = COPYRIGHT_RE.match(ln.text)
        if m and _words(m.group("name")):
            return m.group("name").strip(" .")
    return None


# after an outlet's domain and its dash, an upper-case place closed by a full stop: the
# dateline printed outlet first ("WARTAEKONOMI.CO.ID - SUKAMAJU. Setiap musim ...")
REVERSED_PLACE_RE = re.compile(r"\s*[–—-]+\s*(?P<place>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3})\.\s+(?=[\"“A-Z])")


def clean_text_dump(text: str, doc_id: str, *, settings: Optional[Settings] = None) -> CleanDocument:
    """A plain-text page dump -> CleanDocument (body, title, outlet, author, date)."""
    lines = unglue(make_lines(repair_mojibake(strip_markup(text))), _rules(settings))
    lead, end = find_body(lines, settings=settings)
    start = _opener(lines, _sentence_head(lines, _list_above(lines, lead, _rules(settings), settings), settings),
                    settings)
    classify(lines, start, end, settings=settings)
    lone_head = _lone_dateline(lines, lead, settings) if lead < len(lines) else None
    if lone_head:
        lines[lead].klass = "good"      # the lead's dateline, printed on a line of its own
    removed: list[Removed] = []
    body: list[str] = []
    last_kept = start
    for ln in lines:
        if ln.index < start:
            removed.append(Removed(ln.text, "pre-body"))
        elif ln.index >= end:
            removed.append(Removed(ln.text, "post-body"))
        elif ln.klass in KEPT:
            body.append(ln.text)
            last_kept = ln.index
        else:
            removed.append(Removed(ln.text, ln.klass))
    doc = CleanDocument(doc_id=doc_id, text="\n\n".join(body), removed=removed)
    pre, post = lines[:start], lines[end:]
    doc.title = _title(pre, settings)
    # bylines and dates stand before or after the body, or inside it as dropped lines
    doc.author, doc.editor, doc.published, byline_outlet = _byline([ln for ln in lines if ln.klass not in KEPT
                                                     or not start <= ln.index < end], settings,
                                                    last_kept + 1)
    doc.author = doc.author or _lone_name(pre, settings) or _poster(pre, doc.title, settings)
    if lead < end:
        head = lone_head or dateline_head(lines[lead].text, settings=settings)
        if head:
            doc.outlet, doc.dateline = split_dateline(head, settings=settings)
            squash = lambda t: re.sub(r"\W+", "", t).lower()  # noqa: E731
            site = {squash(lines[0].text), squash(_copyright_outlet(post + pre) or "")}
            if doc.outlet is None and doc.dateline and squash(doc.dateline) in site:
                # the site's name (the page's first line, its copyright line) is no place
                doc.outlet, doc.dateline = doc.dateline, None
            m = REVERSED_PLACE_RE.match(lines[lead].text, len(head)) if doc.dateline is None else None
            if m:
                doc.dateline = m.group("place")     # "WARTAEKONOMI.CO.ID - SUKAMAJU. Setiap ..."
        else:
            # "Tanjung Mas, 14 September 2024" above a release's first paragraph; a letter prints
            # it above the addressee ("Muara Kelam, 5 September 2024" / "Kepada" / "Yth. ...")
            place_date = _rules(settings).lang.place_date
            m = place_date.match(lines[lead - 1].text) if lead else None
            if m is None and doc.published is None:
                m = next((m for ln in pre if (m := place_date.match(ln.text))), None)
            if m:
                doc.dateline = m.group("place")
                doc.published = doc.published or parse_date(m.group("date"), settings=settings)
    # the site's name: a dateline's outlet, a byline's, the copyright line's, or a bare domain
    # printed alone at the top (a browser's reader view: "kabarpesisir.id"), or an aggregator's
    # source above the copied story ("Sumber: suarabatuhitam.com")
    doc.outlet = doc.outlet or byline_outlet or _copyright_outlet(post + pre) or next(
        (m.group("domain") for ln in pre if (m := SOURCE_DOMAIN_RE.match(ln.text))), None)
    return doc


SOURCE_DOMAIN_RE = re.compile(r"^(?:(?:sumber|source)\s*:\s*)?(?P<domain>[\w-]+(?:\.[\w-]+)*"
                              r"\.(?:com|co\.id|id|net|org|or\.id|go\.id|news|tv|co))$", re.IGNORECASE)


def clean(raw: RawDocument, *, settings: Optional[Settings] = None) -> CleanDocument:
    """Dispatch on format; an input that yields no body is an error naming the file."""
    text, encoding = decode(raw)
    if raw.format == "html":
        from .html import BinaryInput, clean_html
        try:
            doc = clean_html(text, raw.doc_id, settings=settings)
        except BinaryInput as exc:
            # clean_html's own binary test is stricter than decode's on short pages
            raise InputError(raw.path, exc.reason) from None
    else:
        doc = clean_text_dump(text, raw.doc_id, settings=settings)
    doc.encoding = encoding
    if not doc.text.strip():
        raise InputError(raw.path, "no article body found")
    return doc
