"""Metadata from the article text: circular numbers and dates, issuing authority, region,
and whether the page's date fits the article.

1. circulars   numbers after "Surat Edaran" / "SE" / "edaran" (patterns in ``lang.py``),
               a key that normalises them for grouping, and the circular's own date when
               stated near its number or one sentence later ("Surat edaran tertanggal ...
               itu", "yang ditandatangani pada ...")
2. issuer      the government nearest to a circular mention: from the gazetteer when the
               region is known (``issuer_source = "gazetteer"``), else as the text names
               it ("Pemerintah Kabupaten Tanjung Harapan", ``issuer_source = "text"``)
3. dates       the page's published date against the article's own dates: flagged when
               they disagree by more than ``DATE_MARGIN_DAYS`` (an article about Pilkada
               2024 dated 2022)
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .dates import find_dates
from .fastscan import finditer
from .lang import rules
from .models import Circular
from .regions import LEVEL_PREFIX, main_region
from .settings import Settings

# How far after a number its date ("tertanggal 17 November 2023") may stand in the same sentence.
DATE_WINDOW = 80
# How far a date cue may stand before the date ("ditandatangani oleh Bupati pada 3 Januari 2024").
CUE_GAP = 40
# The sentence after a number is searched for the circular's date up to this many characters.
NEXT_SENTENCE_CHARS = 240
# A page date and the article's own dates disagree when they are this many days apart.
DATE_MARGIN_DAYS = 365
# An election named with a year ("Pilkada 2024") lies at most this many years after the page
# date (a 2023 article on Pemilu 2024 is usual, a 2022 one on Pilkada 2024 is not) ...
EVENT_YEAR_LEAD = 1
# ... and, in a text without full dates, the latest one named at most this many years before it.
EVENT_YEAR_LAG = 1
# A number ends with a year; anything after the year is not part of it.
YEAR_TAIL_RE = re.compile(r"^(.*?/(?:19|20)\d{2})\b")
YEAR_FORM_RE = re.compile(r"^(\d{1,4})\s+\S+\s+((?:19|20)\d{2})$")
SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[\"“A-Z(]|\s*$)|\n")


# --- 1. circulars ------------------------------------------------------------------

def circular_key(number: str) -> str:
    """Normalise a circular number for grouping: '100 3.4.4/4811/BKPSDM/2023' ->
    '100.3.4.4/4811/BKPSDM/2023', '1 Tahun 2024' -> '1/2024', 'SE/5/2023' -> '5/2023'."""
    n = re.sub(r"\s+", " ", number.strip())
    m = YEAR_FORM_RE.match(n)
    if m:
        return f"{int(m.group(1))}/{m.group(2)}"
    n = re.sub(r"\s*/\s*", "/", n.upper())
    n = re.sub(r"(?<=\d)\s+(?=\d)", ".", n)
    n = re.sub(r"\s+", "", n)
    n = re.sub(r"^SE/", "", n)
    return n.strip(".-/")


def _clean_number(raw: str) -> str:
    number = raw.rstrip(".,;:)")
    tail = YEAR_TAIL_RE.match(number)
    return tail.group(1) if tail else number


def _sentence_end(text: str, pos: int) -> int:
    m = SENTENCE_END_RE.search(text, pos)
    return m.end() if m else len(text)


def _cued_date(span: str, lang, settings) -> Optional[str]:
    """The first date in ``span`` that a date cue ("tertanggal", "ditandatangani pada")
    announces within CUE_GAP characters."""
    for m in lang.circular_date_cue.finditer(span):
        dates = find_dates(span[m.start("date"):m.start("date") + 40], settings=settings)
        if dates and dates[0][0] == 0:
            return dates[0][2]
    # a cue, a few words, then the date ("ditandatangani Bupati pada 3 Januari 2024")
    for s, _, iso in find_dates(span, settings=settings):
        before = span[max(0, s - CUE_GAP):s]
        if lang.date_cue_word.search(before):
            return iso
    return None


def _circular_date(text: str, start: int, end: int, lang, settings) -> Optional[str]:
    """The circular's own date: after its number in the same sentence, else in the next
    sentence when that sentence speaks of the circular ("Surat edaran tertanggal ... itu")."""
    stop = _sentence_end(text, end)
    date = _cued_date(text[end:min(stop, end + DATE_WINDOW)], lang, settings)
    if date:
        return date
    nxt = text[stop:min(len(text), stop + NEXT_SENTENCE_CHARS)].lstrip()
    nxt = nxt[:_sentence_end(nxt, 0)]
    if lang.anaphor.search(nxt) or re.match(r"\s*yang\b", nxt, re.IGNORECASE):
        return _cued_date(nxt, lang, settings)
    return None


def find_circulars(text: str, *, settings: Optional[Settings] = None) -> list[Circular]:
    """Circular numbers mentioned after 'Surat Edaran'/'SE', with their date if stated
    nearby, first mention first, one entry per key."""
    lang = rules(settings)
    found: list[tuple[int, str, Optional[str]]] = []
    for m in finditer(lang.circular_number, text):
        if lang.decree_words.search(m.group("gap")):
            continue                              # "SE ... Keputusan Bersama Nomor": the decree's number
        number = _clean_number(m.group("number"))
        found.append((m.start("number"), number, _national_issuer(m.group("gap"), number, lang)))
    for m in finditer(lang.circular_bare, text):
        if m.group("gap") and lang.decree_words.search(m.group("gap")):
            continue
        if not any(s <= m.start("number") < s + len(n) for s, n, _ in found):
            number = _clean_number(m.group("number"))
            found.append((m.start("number"), number, _national_issuer(m.group("gap") or "", number, lang)))
    out: dict[str, Circular] = {}
    for start, number, issuer in sorted(found, key=lambda f: f[:2]):
        key = circular_key(number)
        end = start + len(number)
        date = _circular_date(text, start, end, lang, settings)
        if key not in out:
            out[key] = Circular(number=number, key=key, date=date, start=start, end=end, issuer=issuer)
        else:
            if date and not out[key].date:
                out[key].date = date
            out[key].issuer = out[key].issuer or issuer
    return list(out.values())


# A circular letter's head line ("SURAT EDARAN BUPATI MUARA SENTOSA") has at most this many words.
HEADER_MAX_WORDS = 8


def removed_header_circulars(removed: list[dict], *, settings: Optional[Settings] = None) -> list[Circular]:
    """Circulars named in a header the cleaner removed as a page's head, not article body (a
    circular letter's "SURAT EDARAN / NOMOR 800/12/BKD/2024 / TENTANG ..." block): read when
    the body names none. Their ``start`` and ``end`` are None, as they stand outside ``text``."""
    lang = rules(settings)
    lines = [r.get("text", "") for r in removed]
    # only a head line of a few words with the number on the next line: a removed "Baca
    # juga: Bupati Terbitkan Surat Edaran Nomor 5 ..." is another story's circular
    pairs = [f"{a}\n{b}" for a, b in zip(lines, lines[1:])
             if len(a.split()) <= HEADER_MAX_WORDS and lang.circular_mention.match(a.strip())
             and lang.circular_number.match(f"{a.strip()}\n{b.strip()}")]
    found = find_circulars("\n\n".join(pairs), settings=settings) if pairs else []
    for c in found:
        c.start = c.end = None
    return found


def _national_issuer(gap: str, number: str, lang) -> Optional[str]:
    """The national body a circular is from when the text names it between "Surat Edaran"
    and the number ("SE Komisi ASN Nomor ...", "Surat Edaran MenPANRB Nomor ...") or its
    number carries the body's code ("B.2900/KASN/11/2017"): such a circular is the
    national rule a region restates, not a region's own circular."""
    if lang.national_issuer is None:
        return None
    m = lang.national_issuer.search(gap) or lang.national_issuer.search(number.replace("/", " ").replace(".", " "))
    return lang.national_issuers[re.sub(r"\s+", " ", m.group(0).lower())] if m else None


def circular_mentions(text: str, *, settings: Optional[Settings] = None) -> list[int]:
    """Offsets of 'Surat Edaran' / 'SE' / 'edaran' (not the prefix 'se' of 'se-kecamatan')."""
    return [m.start() for m in rules(settings).circular_mention.finditer(text) if m.group(0) != "se"]


# --- 2. issuer -----------------------------------------------------------------------

LEVEL_MENTION_RE = re.compile(r"\b(?P<level>(?i:kabupaten|kab\.|kota|provinsi))\s+(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


def _name_words(name: str, lang) -> list[str]:
    """An issuer's name up to the first word of a citation ("Sukamaju Nomor" -> ["Sukamaju"],
    "Tahun" -> [], "Bukit Jaya Tentang Netralitas" -> ["Bukit", "Jaya"]): capitalised in a
    headline, "Nomor", "Tahun" and "Tentang" are no part of a region's name."""
    words = []
    for w in name.split():
        if w.lower() in lang.issuer_name_stops:
            break
        words.append(w)
    return words


def _text_issuer(text: str, near: list[int], lang, places: tuple[str, ...] = (),
                 confirmed: bool = False) -> Optional[str]:
    """'Pemerintah Kabupaten Tanjung Harapan' / 'Bupati Sukamaju' nearest to a circular
    mention, as the government it names. Where the name ends is read from the other
    mentions: 'Bupati Sukamaju Dedi Mulyana' is Sukamaju when 'Kabupaten Sukamaju', another
    mention or the dateline ('SUKAMAJU –', in ``places``) names only that much; a name seen
    once is taken whole (unless ``confirmed`` asks for a name seen at least twice)."""
    found = []
    spans = []
    for m in finditer(lang.issuer_re, text):
        title = re.sub(r"\s+", " ", m.group("title").lower())
        level = lang.issuer_titles.get(title) or lang.issuer_governments.get(title)
        words = _name_words(m.group("name"), lang)
        spans.append((m.start(), m.end()))
        if level and words:
            found.append((m.start(), level, words, m.end()))
    # bare "Kota X" mentions name a region too (each mention once: the "Kota X" inside
    # "Wali Kota X" is the same mention)
    for m in finditer(LEVEL_MENTION_RE, text):
        words = _name_words(m.group("name"), lang)
        if words and not any(s <= m.start() < e for s, e in spans):
            level = {"kab.": "kabupaten"}.get(m.group("level").lower(), m.group("level").lower())
            found.append((m.start(), level, words, m.end()))
    if not found:
        return None
    names = [words for _, _, words, _ in found] + [p.split() for p in places]
    names = [[w.lower() for w in words] for words in names]

    def support(prefix: list[str]) -> int:
        low = [w.lower() for w in prefix]
        return sum(1 for words in names if words[:len(low)] == low)

    _, level, words, _ = min(found, key=lambda f: min(abs(f[0] - n) for n in near))
    name = None if confirmed else words
    for k in range(len(words), 0, -1):
        if support(words[:k]) >= 2:
            name = words[:k]
            break
    if name is None:
        return None
    return f"Pemerintah {LEVEL_PREFIX[level]} {' '.join(name)}"


NEXT_NAME_WORD_RE = re.compile(r"\s+[A-Z]")


def _may_name_longer(text: str, name: str) -> bool:
    """Whether a region's official name may stand in ``text`` as the start of a longer
    name ("Batu Ampar" for Kota Batu), as _text_issuer reads names (capitalised words with
    whitespace between them): its last word followed by whitespace and a capital."""
    last = name.split()[-1]
    i = text.find(last)
    while i >= 0:
        if NEXT_NAME_WORD_RE.match(text, i + len(last)):
            return True
        i = text.find(last, i + 1)
    return False


def issuer_and_region(text: str, *, settings: Optional[Settings] = None
                      ) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(issuer government, region official name, region code). The issuer is only named
    when the article mentions a circular."""
    meta = document_metadata(text, settings=settings)
    return meta["issuer"], meta["region"], meta["region_code"]


def _issuer(text: str, settings) -> dict:
    # the dateline names where the story was filed, not what it is about: mask it
    from .clean import dateline_head
    head = dateline_head(text.split("\n", 1)[0], settings=settings)
    places: tuple[str, ...] = ()
    if head:
        text = " " * len(head) + text[len(head):]
        places = tuple(p.strip() for p in head.split(",") if p.strip())
    near = circular_mentions(text, settings=settings)
    issuer, region = main_region(text, near or None, settings=settings)
    source = "gazetteer" if issuer else None
    name = issuer.government if issuer else None
    if not issuer and near:
        name = _text_issuer(text, near, rules(settings), places)
        source = "text" if name else None
    elif issuer and _may_name_longer(text, issuer.name):
        # "Kota Batu Ampar" is not Kota Batu: a longer name the text repeats wins over the
        # gazetteer region it starts with (only a text with the name and a capitalised
        # word after it can name one)
        longer = _text_issuer(text, near, rules(settings), places, confirmed=True)
        if longer and longer.startswith(issuer.government + " "):
            name, source, region = longer, "text", None
    return {"issuer": name, "issuer_source": source,
            "region": region.official if region else None, "region_code": region.code if region else None}


# --- 3. dates --------------------------------------------------------------------------

def date_mismatch(text: str, published: Optional[str], *, settings: Optional[Settings] = None,
                  margin_days: int = DATE_MARGIN_DAYS) -> Optional[bool]:
    """Whether the page's date and the article's own dates disagree by more than
    ``margin_days``: an election the text names by year ("Pilkada 2024") lies more than
    EVENT_YEAR_LEAD years after the page date, or no full date in the text lies within the
    margin of it (old dates of cited regulations alone do not count when an election year
    it names fits the page date). None when there is no page date or no date of its own."""
    if not published:
        return None
    try:
        page = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    years = [int(m.group(1)) for m in finditer(rules(settings).election_year, text)]
    if years and max(years) > page.year + EVENT_YEAR_LEAD:
        return True
    if any(page.year - EVENT_YEAR_LAG <= y <= page.year + EVENT_YEAR_LEAD for y in years):
        return False          # an election year that fits the page date: its full dates need no search
    own = [dt.date.fromisoformat(iso) for _, _, iso in find_dates(text, settings=settings)]
    if not own:
        return True if years else None
    return min(abs((d - page).days) for d in own) > margin_days


def document_metadata(text: str, published: Optional[str] = None, *,
                      settings: Optional[Settings] = None) -> dict:
    """Every metadata field the analysis adds to a document from its text."""
    out = _issuer(text, settings)
    out["circulars"] = find_circulars(text, settings=settings)
    out["date_mismatch"] = date_mismatch(text, published, settings=settings)
    return out
