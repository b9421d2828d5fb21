"""Indonesian and English dates in page text -> ISO dates.

Month names and date patterns come from ``lang.py`` (one home, ``data/lang.json``).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from .lang import rules
from .settings import Settings

# Texts at least this long are searched only before their year tokens (see _scan); shorter
# ones (spans of a few words) by the patterns over the whole text.
WINDOW_MIN_TEXT = 400
# Before a year, the stretch searched for a date that ends with it: three gaps of at most
# WINDOW_SPACE whitespace characters, the longest month name and WINDOW_SLACK characters
# more ("12", ".", ",", a little to spare). Where a longer whitespace run stands in the
# stretch the search goes back to the end of the last date found.
WINDOW_SPACE = 8
WINDOW_SLACK = 12
# Every date pattern of lang.py ends with its year: four digits standing alone (after a
# space or "/.-", before a non-word character); a pattern that does not is run over the
# whole text.
YEAR_END = r"(\d{4})\b"
YEAR_RE = re.compile(r"\d{4}(?!\w)")
WORD_RE = re.compile(r"\w")
LONG_SPACE_RE = re.compile(rf"\s{{{WINDOW_SPACE + 1}}}")


def month_number(months: dict, name: str) -> int:
    """Month number of a matched name, 0 if unknown. The patterns match case-insensitively,
    which also lets the long s and the Kelvin sign through ("Auguſt"): casefold maps them."""
    return months.get(name.lower()) or months.get(name.casefold(), 0)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, *, settings: Optional[Settings] = None) -> list[tuple[int, int, str]]:
    """All (start, end, iso) dates in ``text``, in text order."""
    lang = rules(settings)
    months = lang.months
    found = []
    back = _window(text, lang)
    years = _year_tokens(text) if back is not None else None
    for m in _scan(lang.date_dmy, text, back, years):
        iso = _iso(int(m.group(3)), month_number(months, m.group(2)), int(m.group(1)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _scan(lang.date_mdy, text, back, years):
        iso = _iso(int(m.group(3)), month_number(months, m.group(1)), int(m.group(2)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _scan(lang.date_num, text, back, years):   # Indonesian order: day/month/year
        iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append((m.start(), m.end(), iso))
    found.sort()
    out, last_end = [], -1
    for s, e, iso in found:
        if s >= last_end:
            out.append((s, e, iso))
            last_end = e
    return out


def _window(text: str, lang) -> Optional[int]:
    """How far before its year a date in ``text`` may start (see _scan), or None to run
    the patterns over the whole text (a short text, a pattern not ending with its year, a
    month name that is not one word)."""
    if len(text) < WINDOW_MIN_TEXT or not all(k.isalpha() for k in lang.months):
        return None
    for p in (lang.date_dmy, lang.date_mdy, lang.date_num):
        if not p.pattern.endswith(YEAR_END) or p.flags & re.ASCII:
            return None
    return 3 * WINDOW_SPACE + max(map(len, lang.months), default=0) + WINDOW_SLACK


def _year_tokens(text: str) -> list[tuple[int, int]]:
    """Spans of four digits with no word character on either side."""
    return [(m.start(), m.end()) for m in YEAR_RE.finditer(text)
            if not (m.start() and WORD_RE.match(text, m.start() - 1))]


def _scan(pattern: re.Pattern, text: str, back: Optional[int], years: Optional[list[tuple[int, int]]]):
    """``pattern.finditer(text)`` for a date pattern: the same matches in the same order.

    With ``back``, only the ``back`` characters before each year token (``years``) and the
    token itself are searched. Exact, because:
    - every match ends with a year token, and holds no other one (a day, a month name and
      separators before it), so each is found in its own year's stretch and none straddles
      a stretch's end; where a match starts decides where it ends, so cutting the text
      after the year cannot shorten one;
    - a match that starts more than ``back`` characters before its year has a whitespace
      run longer than WINDOW_SPACE reaching into the stretch: then the stretch starts
      where the last match ended (where finditer itself goes on);
    - ``pos`` leaves the text before it visible to ``\\b``; the year token's own check (a
      non-word character next) is what ``\\b`` at ``endpos`` sees."""
    if back is None:
        yield from pattern.finditer(text)
        return
    last = 0
    for start, end in years:
        lo = start - back
        if lo <= last or LONG_SPACE_RE.search(text, max(last, lo - WINDOW_SPACE - 1), start):
            lo = last
        for m in pattern.finditer(text, lo, end):
            last = m.end()
            yield m


def parse_date(text: str, *, settings: Optional[Settings] = None) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    found = find_dates(text, settings=settings)
    return found[0][2] if found else None
