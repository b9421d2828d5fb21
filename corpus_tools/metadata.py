"""Metadata from the article text: circular numbers and dates, issuing authority, region."""
from __future__ import annotations

import re
from typing import Optional

from .dates import find_dates
from .models import Circular
from .regions import main_region

# "Surat Edaran (SE) Gubernur Banten Nomor: 800.1.6.1/4063-BKD/2023", "SE bernomor 100 3.4.4/4811/BKPSDM/2023"
CIRCULAR_RE = re.compile(
    r"(?P<head>\bSurat\s+Edaran\b|\bSE\b|\bedaran\b)(?P<gap>[^.\n]{0,80}?)"
    r"\b(?:Nomor|No\.|Nmr\.?|bernomor|nomor)\s*:?\s*"
    r"(?P<number>\d[\w.\-]*(?:\s\d[\w.\-]*)?(?:\s?/\s?[\w.\-]+)+)", re.IGNORECASE)
# How far after a number its date ("tertanggal 17 November 2023") may stand.
DATE_WINDOW = 60
# A number ends with a year; anything after the year is not part of it.
YEAR_TAIL_RE = re.compile(r"^(.*?/(?:19|20)\d{2})\b")


def circular_key(number: str) -> str:
    """Normalise a circular number for grouping: '100 3.4.4/4811/BKPSDM/2023' -> '100.3.4.4/4811/BKPSDM/2023'."""
    n = re.sub(r"\s*/\s*", "/", number.strip().upper())
    n = re.sub(r"(?<=\d)\s+(?=\d)", ".", n)
    n = re.sub(r"\s+", "", n)
    return n.strip(".-/")


def find_circulars(text: str) -> list[Circular]:
    """Circular numbers mentioned after 'Surat Edaran'/'SE', with their date if stated
    nearby, first mention first, one entry per key."""
    out: dict[str, Circular] = {}
    for m in CIRCULAR_RE.finditer(text):
        if "keputusan" in m.group("gap").lower():
            continue                              # "SE ... Keputusan Bersama Nomor": the decree's number
        number = m.group("number").rstrip(".,")
        tail = YEAR_TAIL_RE.match(number)
        if tail:
            number = tail.group(1)
        key = circular_key(number)
        start = m.start("number")
        date = None
        after = text[start + len(number):start + len(number) + DATE_WINDOW]
        if re.search(r"\b(tertanggal|tanggal|tgl\.?)\b", after, re.IGNORECASE):
            dates = find_dates(after)
            date = dates[0][2] if dates else None
        if key not in out:
            out[key] = Circular(number=number, key=key, date=date, start=start, end=start + len(number))
        elif date and not out[key].date:
            out[key].date = date
    return list(out.values())


def circular_mentions(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\bSurat\s+Edaran\b|\bSE\b|\bedaran\b", text, re.IGNORECASE)
            if m.group(0) != "se"]


def issuer_and_region(text: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(issuer government, region official name, region code). The issuer is only named
    when the article mentions a circular."""
    # the dateline names where the story was filed, not what it is about: mask it
    from .clean import dateline_head
    head = dateline_head(text.split("\n", 1)[0])
    if head:
        text = " " * len(head) + text[len(head):]
    near = circular_mentions(text)
    issuer, region = main_region(text, near or None)
    return (issuer.government if issuer else None,
            region.official if region else None,
            region.code if region else None)
