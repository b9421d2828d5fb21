"""Indonesian and English dates in page text -> ISO dates.

Month names and date patterns come from ``lang.py`` (one home, ``data/lang.json``).
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .lang import rules
from .settings import Settings


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
    for m in lang.date_dmy.finditer(text):
        iso = _iso(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in lang.date_mdy.finditer(text):
        iso = _iso(int(m.group(3)), months[m.group(1).lower()], int(m.group(2)))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in lang.date_num.finditer(text):   # Indonesian order: day/month/year
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


def parse_date(text: str, *, settings: Optional[Settings] = None) -> str | None:
    """The first date in ``text`` as YYYY-MM-DD, or None."""
    found = find_dates(text, settings=settings)
    return found[0][2] if found else None
