"""Indonesian and English dates in page text -> ISO dates."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import config


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, dict[str, int]]:
    months = config.load_data("dates.json")["months"]
    names = "|".join(sorted(months, key=len, reverse=True))
    dmy = re.compile(rf"\b(\d{{1,2}})\s+({names})\.?\s+(\d{{4}})\b", re.IGNORECASE)
    mdy = re.compile(rf"\b({names})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
    num = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
    return dmy, mdy, num, months


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """All (start, end, iso) dates in ``text``, in text order."""
    dmy, mdy, num, months = _patterns()
    found = []
    for m in dmy.finditer(text):
        iso = _iso(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in mdy.finditer(text):
        iso = _iso(int(m.group(3)), months[m.group(1).lower()], int(m.group(2)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in num.finditer(text):   # Indonesian order: day/month/year
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


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    found = find_dates(text)
    return found[0][2] if found else None
