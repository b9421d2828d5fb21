"""Compare stage: what each circular kept, changed, dropped and added against the national
baselines, and for whom.

    compare(groups, baselines) -> list of circular comparisons (dicts, JSON-ready)
    compare_dir(extracted, out) -> comparison.json, matrix.csv, alignments.csv, added.csv,
                                   report.md, report.html (written all or nothing)
    alignment_rows(comparison) -> the tidy rows of alignments.csv (also used by export)

Stages, in the order of the code below:

1. Settings. Thresholds are named constants, overridable per call through
   ``settings.section("compare")`` (a frozen :class:`CompareSettings`).
2. Baselines. Shipped in ``corpus_tools/data/baselines/`` (national rules; the MenPANRB
   guidance circular SE 18/2023 on spouses who run), each validated against
   ``schemas/baseline.schema.json`` on load; ``--baseline`` adds files. A variant wording
   is used only when it is national (``origin: national``) and is reported openly
   (``against: variant 1 (source)``); variants taken from regional circulars are never used.
3. Roles. ``roles.json``: who a clause binds (ASN = PNS + PPPK, ...). The baseline
   clause's addressee is compared with the regional clause's actor: ``addressee widened``
   / ``narrowed`` / ``changed``. Actor phrases inside a clause are matched as whole phrases.
4. Alignment, family by family. A regional clause competes only in the families where
   it scores within ``family_margin`` of its best; inside a family it is aligned one to
   one (score >= ``align_threshold`` and at least ``align_min_distinct`` of the baseline
   item's distinctive content), may cover a further item of the same family whose
   distinctive content it holds (``merged``), and a further regional clause wholly inside
   an aligned item is a ``split``. A list lead-in stands for the umbrella item. A clause
   left over that names the head act of one left-over item for that item's addressee
   aligns with it (``same act``: duties stated in prose). Scores use the texts' matching
   keys (``compare.json`` key stop words and concepts); a compound item is also scored
   through its ``parts``; a clause and an item must share their act, a permission never
   restates a prohibition (below 85), and items binding a part of a role ("ASN yang
   pasangannya mencalonkan diri") are preferred only by clauses that name it.
5. Change types with their evidence (diff ops): substantive addition (new act or duty,
   sanction), citation expansion, content removed / replaced, orthographic variation
   (spelling, morphology "kerja"/"kerjanya", "dan"/"atau"), actor substituted, addressee
   widened / narrowed / changed, modality weakened (mandatory -> advisory) or changed
   (kind), merged, split. Order is no change of wording: a row says ``reordered`` and
   its ``position`` apart from its changes.
6. Statuses with evidence. ``identical`` / ``modified`` / ``covered`` for matched items;
   an unmatched item is ``omitted`` only when the articles quote the circular's list for
   that family as a whole and the quote can be seen to be whole: a numbered or lettered
   list without a gap (no missing position, no "antara lain" lead-in, no last item still
   ending in "; dan"), or two witnesses quoting it; otherwise ``not reported``. An
   extraction miss inside a list therefore never reads as an omission.
7. Outputs, written atomically (all files or none), with ``datapackage.json`` giving the
   tables' column types (``read_table``).
"""
from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional

from diff_match_patch import diff_match_patch
from rapidfuzz import fuzz

from .circulars import CircularGroup, RegionalClause, Vocabulary, group_documents, similarity, stem
from .io import InputError, dumps
from .settings import DATA_DIR, Settings, SettingsError, register, resolve

SCHEMA_VERSION = 2

# --- 1. settings ----------------------------------------------------------------------------
ALIGN_THRESHOLD_DEFAULT = 55.0     # similarity (0-100) at which a regional clause may align with a baseline item
ALIGN_MIN_DISTINCT_DEFAULT = 0.34  # ... and holds at least this share of the item's distinctive content
COVER_SHARE_DEFAULT = 0.8          # an aligned clause covers another item of its family holding this share
COVER_THRESHOLD_DEFAULT = 40.0     # ... at this similarity at least
CONTAIN_SHARE_DEFAULT = 0.75       # a short clause this much inside an item aligns with it (at the threshold)
SPLIT_SHARE_DEFAULT = 0.8          # an extra clause is a split part when this share of its content is in the item
FAMILY_MARGIN_DEFAULT = 2.0        # a clause competes in families scoring within this of its best family
RESIDUAL_THRESHOLD_DEFAULT = 25.0  # left-over list items naming the same act pair at this score
COMMON_SHARE_DEFAULT = 0.34        # a word in this share of a family's items is not distinctive of one
ENUMERATION_MIN_DEFAULT = 3        # an article's prose restating this many items of a family ...
ENUMERATION_SHARE_DEFAULT = 0.75   # ... and this share of them reports the family's list as a whole
LIST_MIN_DEFAULT = 3               # a marked list quotes a family's list when it restates this many of its items
ORTHOGRAPHIC_RATIO_DEFAULT = 80.0  # rapidfuzz ratio of a replaced word pair read as a spelling variant
WITNESS_MERGE_SCORE_DEFAULT = 85.0
KIND_PENALTY = 10.0                # choosing a family: a clause of another kind scores this much less there
ACTS_PENALTY = 10.0                # a clause listing acts, for an item naming fewer of them than another
SUBGROUP_PENALTY = 10.0            # ... and one that does not name the part of a role an item binds
HIGH_CONFIDENCE_SCORE = 85.0       # row confidence: high at or above, medium above the threshold + 10
BASELINES_DIR = DATA_DIR / "baselines"

STATUSES = ("identical", "modified", "covered", "omitted", "not reported")
CHANGE_TYPES = ("substantive addition", "citation expansion", "citation shortened", "content removed",
                "content replaced", "orthographic variation", "actor substituted", "actor added", "actor removed",
                "addressee widened", "addressee narrowed", "addressee changed", "modality weakened",
                "modality strengthened", "modality changed", "merged", "split")


@dataclass(frozen=True)
class CompareSettings:
    align_threshold: float = ALIGN_THRESHOLD_DEFAULT
    align_min_distinct: float = ALIGN_MIN_DISTINCT_DEFAULT
    cover_share: float = COVER_SHARE_DEFAULT
    cover_threshold: float = COVER_THRESHOLD_DEFAULT
    split_share: float = SPLIT_SHARE_DEFAULT
    contain_share: float = CONTAIN_SHARE_DEFAULT
    family_margin: float = FAMILY_MARGIN_DEFAULT
    residual_threshold: float = RESIDUAL_THRESHOLD_DEFAULT
    common_share: float = COMMON_SHARE_DEFAULT
    enumeration_min: int = ENUMERATION_MIN_DEFAULT
    enumeration_share: float = ENUMERATION_SHARE_DEFAULT
    list_min: int = LIST_MIN_DEFAULT
    orthographic_ratio: float = ORTHOGRAPHIC_RATIO_DEFAULT
    witness_merge_score: float = WITNESS_MERGE_SCORE_DEFAULT

    @classmethod
    def from_settings(cls, settings: Optional[Settings] = None, **overrides) -> "CompareSettings":
        """The ``compare`` section of the shared settings ("threshold" = align_threshold), then overrides."""
        section = dict(resolve(settings).section("compare"))
        if "threshold" in section:
            section["align_threshold"] = section.pop("threshold")
        section.update({k: v for k, v in overrides.items() if v is not None})
        names = {f.name: f for f in dataclasses.fields(cls)}
        unknown = set(section) - set(names)
        if unknown:
            raise SettingsError(f"compare: unknown setting(s): {', '.join(sorted(unknown))}")
        try:
            return cls(**{k: (int(v) if names[k].type == "int" else float(v)) for k, v in section.items()})
        except (TypeError, ValueError) as exc:
            raise SettingsError(f"compare: a setting is not a number ({exc})") from None


# --- 2. baselines ---------------------------------------------------------------------------

@dataclass
class BaselineClause:
    id: str
    family: str
    kind: str
    text: str
    actor: Optional[str]
    parent: Optional[str]
    forms: list[tuple[str, str]]      # (label, folded text): "text", then national variants
    meta: dict


@dataclass
class Baseline:
    name: str
    path: str
    families: dict                    # family -> {"label", "ordered"}
    clauses: list[BaselineClause]


def shipped_baselines() -> list[Path]:
    """The baselines shipped with the package (found from any working directory)."""
    return sorted(BASELINES_DIR.glob("*.json"))


def _schema_error(path: Path, data) -> Optional[str]:
    from jsonschema import Draft202012Validator
    schema = json.loads((DATA_DIR / "schemas" / "baseline.schema.json").read_text(encoding="utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        return None
    e = errors[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e.absolute_path).lstrip(".") or "(top level)"
    if e.validator == "required":
        missing = e.message.split("'")[1] if "'" in e.message else e.message
        where = f"{where}.{missing}" if where != "(top level)" else missing
        return f"{where}: missing"
    return f"{where}: {e.message[:160]}"


def load_baseline(path: str | Path, settings: Optional[Settings] = None) -> Baseline:
    """A baseline file, validated against its schema; an InputError names the file and the field."""
    path = Path(path)
    vocab = resolve(settings).component("compare.vocabulary")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "baseline file not found") from None
    except (OSError, ValueError) as exc:
        raise InputError(path, f"not a baseline file (unreadable JSON: {exc})") from None
    problem = _schema_error(path, data)
    if problem:
        raise InputError(path, f"invalid baseline: {problem}")
    ids = [c["id"] for c in data["clauses"]]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise InputError(path, f"invalid baseline: clauses: id {dup!r} is used twice")
    parents = set(ids)
    for n, c in enumerate(data["clauses"]):
        if c.get("parent") and c["parent"] not in parents:
            raise InputError(path, f"invalid baseline: clauses[{n}].parent: no clause {c['parent']!r}")
    out = []
    for c in data["clauses"]:
        forms = [("text", vocab.fold(c["text"]))]
        for k, v in enumerate(c.get("variants", []), 1):
            v = {"text": v, "origin": "national"} if isinstance(v, str) else v
            if v.get("origin", "national") == "national":
                label = f"variant {k}" + (f" ({v['source']})" if v.get("source") else "")
                forms.append((label, vocab.fold(v["text"])))
        # the acts a compound item lists ("membuat posting, comment, share, like, bergabung/follow
        # dalam grup/akun pemenangan ..."), each in the item's own words: a circular that
        # restates one of them restates the item (the diff is then against the whole text)
        for k, part in enumerate(c.get("parts", []), 1):
            forms.append((f"part {k}: {part}", vocab.fold(part)))
        out.append(BaselineClause(id=c["id"], family=c["family"], kind=c["kind"], text=c["text"],
                                  actor=c.get("actor"), parent=c.get("parent"), forms=forms, meta=c))
    families = {f: {"label": f, "ordered": False} for f in dict.fromkeys(c.family for c in out)}
    for f, info in (data.get("families") or {}).items():
        families.setdefault(f, {"label": f, "ordered": False}).update(info)
    return Baseline(name=data["name"], path=str(path), families=families, clauses=out)


def load_baselines(paths: Iterable[str | Path] = (), shipped: bool = True,
                   settings: Optional[Settings] = None) -> list[Baseline]:
    """The shipped baselines (unless ``shipped=False``) plus ``paths``; ids must be unique."""
    files = (shipped_baselines() if shipped else []) + [Path(p) for p in paths]
    if not files:
        raise InputError(BASELINES_DIR, "no baseline to compare with")
    seen: dict[str, str] = {}
    out = []
    for p in dict.fromkeys(Path(f).resolve() for f in files):
        b = load_baseline(p, settings)
        for c in b.clauses:
            if c.id in seen:
                raise InputError(p, f"invalid baseline: clause id {c.id!r} is also in {seen[c.id]}")
            seen[c.id] = p.name
        out.append(b)
    return out


# --- 3. roles -------------------------------------------------------------------------------

class Roles:
    """Role phrases -> roles, and the subset relation between roles (see roles.json)."""

    def __init__(self, data: dict):
        self.roles = data["roles"]
        pats = []
        for rid, r in self.roles.items():
            for ph in r["phrases"]:
                pats.append((rid, ph))
        self._re = [(rid, re.compile(rf"(?<![\w/-])(?:{ph})(?![\w-])")) for rid, ph in pats]
        # one pass tells whether any phrase can occur at all (most texts name no role twice)
        self._any = re.compile("|".join(f"(?:{ph})" for _, ph in pats))
        self._memo: dict = {}

    def find(self, text: Optional[str]) -> list[tuple[str, str]]:
        """(role, matched phrase) of the whole role phrases in ``text``, longest first, no overlaps."""
        if not text:
            return []
        if text not in self._memo:
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[text] = self._find(text)
        return self._memo[text]

    def _find(self, text: str) -> list[tuple[str, str]]:
        low = text.lower()
        if not self._any.search(low):
            return []
        hits = []
        for rid, rx in self._re:
            for m in rx.finditer(low):
                hits.append((m.start(), m.end(), rid))
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
        taken: list[tuple[int, int]] = []
        out = []
        for s, e, rid in hits:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append((s, rid, low[s:e]))
        return [(rid, ph) for _, rid, ph in sorted(out)]

    def mask(self, text: str) -> str:
        return _masked(text, self)

    def _atoms(self, rid: str) -> set[str]:
        members = self.roles[rid].get("members") or []
        return set().union(*(self._atoms(m) for m in members)) if members else {rid}

    def _ancestors(self, rid: str) -> set[str]:
        out = set()
        for p in self.roles[rid].get("part_of") or []:
            out |= {p} | self._ancestors(p)
        for other, r in self.roles.items():          # a member of a role lies within it
            if rid in (r.get("members") or []):
                out |= {other} | self._ancestors(other)
        return out

    def _within(self, inner: set[str], outer: set[str]) -> bool:
        outer_all = set(outer) | set().union(*(self._atoms(o) for o in outer)) if outer else set()
        return all(a in outer_all or self._ancestors(a) & outer_all for a in
                   set().union(*(self._atoms(i) for i in inner)))

    def compare(self, base: list[str], reg: list[str]) -> Optional[str]:
        """None (same addressee), "widened", "narrowed" or "changed"."""
        b, r = set(base), set(reg)
        if not b or not r or b == r:
            return None
        wider, narrower = self._within(b, r), self._within(r, b)
        if wider and narrower:
            return None
        return "widened" if wider else "narrowed" if narrower else "changed"

    def label(self, rids: list[str]) -> str:
        return " + ".join(self.roles[r].get("label", r) for r in rids)


@register("compare.roles")
def build_roles(settings: Settings) -> Roles:
    return Roles(settings.data("roles.json"))


# --- 4. alignment ---------------------------------------------------------------------------

def _masked(text: str, roles: Roles) -> str:
    """Text with role phrases cut out: actors are compared as addressees, not as content."""
    found = roles.find(text)
    if not found:
        return re.sub(r"\s+", " ", text).strip()
    key = ("masked", text)
    if key not in roles._memo:
        out = text
        for _, ph in found:
            out = re.sub(rf"(?<![\w/-]){re.escape(ph)}(?![\w-])", " ", out)
        roles._memo[key] = re.sub(r"\s+", " ", out).strip()
    return roles._memo[key]


@dataclass
class _Prepared:
    clause: RegionalClause
    text: str                         # folded, negation of a prohibition dropped
    masked: str
    stems: frozenset
    kind: str
    force: str
    cue: Optional[str]
    core: str = ""                    # the act without a circumstance ("... waktu ikut kampanye"), when cut
    core_stems: frozenset = frozenset()


# words that open a circumstance of the act (time, condition, concession, exception): what
# follows is no part of the act ("jangan pakai seragam waktu ikut kampanye" is no "ikut kampanye")
CIRCUMSTANCE_WORDS = frozenset({"waktu", "saat", "ketika", "sewaktu", "tatkala", "apabila", "jika", "jikalau",
                                "kalau", "bila", "manakala", "sekalipun", "meskipun", "walaupun", "walau", "meski",
                                "kendati", "kecuali", "sepanjang", "asalkan", "asal", "karena", "sehingga",
                                "padahal", "termasuk", "misalnya"})


def _core(masked: str, vocab: Vocabulary) -> str:
    """The act of a clause without a trailing circumstance: its words before the first
    word that opens one (after at least two words of the act); the whole text when none."""
    words = vocab.words(masked)
    for k, w in enumerate(words):
        if k >= 2 and w in CIRCUMSTANCE_WORDS and len(vocab.stems(" ".join(words[:k]))) >= 2:
            return " ".join(words[:k])
    return masked


def _prepare(c: RegionalClause, vocab: Vocabulary, roles: Roles) -> _Prepared:
    text = c.normalized
    kind, force, cue = c.kind, c.force, c.cue_canonical
    raw = vocab.fold(c.text or "")
    words = vocab.words(text)
    # the words before the clause's content (in the raw text), and an actor + cue + negator
    # still at the start of the normalised text: where the clause's force and negation are
    idx = raw.find(" ".join(words[:2])) if words else -1
    lead = vocab.words(raw[:idx]) if idx > 0 else []
    cut = _lead_length(words, vocab, roles, cue)
    lead += words[:cut]
    words = words[cut:]
    advisory = [w for w in lead if w in vocab.advisory]
    negated = any(w in vocab.negators for w in lead)
    if words and words[0] in vocab.negators:
        negated, words = True, words[1:]
    if advisory:
        force, cue = "advisory", advisory[0]
        if negated:
            kind = "prohibition"       # "sebaiknya tidak", "diimbau agar tidak", "tidak dianjurkan"
    if cut or (negated and kind == "prohibition"):
        text = " ".join(words) if words else text
    masked = _masked(text, roles)
    stems = frozenset(vocab.stems(masked))
    core = _core(masked, vocab)
    core_stems = frozenset(vocab.stems(core)) if core != masked else stems
    return _Prepared(c, text, masked, stems, kind, force, cue, core if core != masked else "", core_stems)


def _lead_length(words: list[str], vocab: Vocabulary, roles: Roles, cue: Optional[str] = None) -> int:
    """Words of an actor + advisory cue (+ negator) left at the start of a normalised clause
    ("pns sebaiknya tidak ..."): 0 when the clause starts with its content. A list item's
    first word is its act when the clause's cue is another word ("Mengajak rekan kerja ..."
    under "ASN dilarang:" is no exhortation)."""
    for k, w in enumerate(words[:8]):
        if w in vocab.advisory:
            if k == 0 and cue and vocab.fold(cue) not in vocab.advisory and vocab.fold(cue) != w:
                return 0
            head = _masked(" ".join(words[:k]), roles).split()
            if all(x in vocab.stop or x in vocab.negators for x in head):
                k += 1
                while k < len(words) and (words[k] in vocab.negators or words[k] in ("agar", "untuk", "supaya")):
                    k += 1
                return k
            return 0
    return 0


def _distinctive(baseline: list[BaselineClause], vocab: Vocabulary, roles: Roles, common_share: float) -> dict:
    """Per baseline item: the stems of its content that its family's other items do not share."""
    stems = {b.id: [frozenset(vocab.stems(_masked(t, roles))) for _, t in b.forms] for b in baseline}
    out = {}
    for b in baseline:
        fam = [x for x in baseline if x.family == b.family]
        counts: dict[str, int] = {}
        for x in fam:
            for s in stems[x.id][0]:
                counts[s] = counts.get(s, 0) + 1
        common = {s for s, n in counts.items() if len(fam) >= 3 and n / len(fam) >= common_share and n > 1}
        common |= {stem(w) for w in vocab.generic}
        out[b.id] = [(s - common) or s for s in stems[b.id]]
    return out


def _head(text: str, vocab: Vocabulary, roles: Optional[Roles] = None) -> Optional[str]:
    """The first word of the matching key: the act a list item names."""
    return _key_head(_masked(text, roles) if roles else text, vocab)


def _share(part: frozenset, whole: frozenset) -> float:
    return len(part & whole) / len(part) if part else 0.0


def _key_head(text: str, vocab: Vocabulary) -> Optional[str]:
    """The first word of a text's matching key (concepts read, key stop words dropped): its act."""
    key = vocab.stems(text)
    return key[0] if key else None


ITEM_ACT_LINKS = ("/", ",")
# a clause lists its acts with conjunctions too ("mengunggah, membagikan, atau mengomentari")
CLAUSE_ACT_LINKS = ("/", ",", "atau", "dan", "dan/atau", "maupun", "serta", ", atau", ", dan", ", maupun",
                    ", serta")


def _head_alternatives(text: str, vocab: Vocabulary, links: tuple = ITEM_ACT_LINKS) -> frozenset:
    """The acts a text opens with: its key's first word and the words listed with it by "/"
    or "," ("bergabung/follow dalam grup" opens with two; "posting, comment, share, like pada
    akun" with four; a clause's ``links`` add conjunctions)."""
    text = vocab.conceptual(text)
    out: list[str] = []
    end = 0
    conjunction = False
    for m in _TOKEN.finditer(text):
        key = vocab.stems(m.group(0))
        if not out:
            if key:
                out.append(key[0])
                end = m.end()
            continue
        gap = " ".join(text[end:m.start()].split())
        if gap not in links and not (gap == "" and conjunction):
            break
        end = m.end()
        conjunction = m.group(0) in links           # "..., atau | mengomentari"
        if key and not conjunction:
            out.append(key[0])
    return frozenset(out)


def _may_cross(p: "_Prepared", head: Optional[str], form: frozenset, form_head: frozenset, base_kind: str,
               score: float, cs: CompareSettings) -> bool:
    """May a clause of another kind restate this item (a modality change)? A permission
    restating a prohibition says the opposite of the rule, so only a near-verbatim one
    (score >= HIGH_CONFIDENCE_SCORE); a duty restates a prohibition only from inside it ("wajib
    mengambil cuti di luar tanggungan negara" inside "... dengan tidak dalam status cuti di luar
    tanggungan negara"); a duty and a permission, also by naming the same act first ("wajib
    menggunakan hak pilih" for "menggunakan hak pilih")."""
    if {p.kind, base_kind} == {"permission", "prohibition"}:
        return score >= HIGH_CONFIDENCE_SCORE
    inside = _share(p.stems, form) >= cs.contain_share
    if {p.kind, base_kind} == {"obligation", "prohibition"}:
        return inside                  # "wajib memasang spanduk imbauan" is no "dilarang memasang spanduk"
    return (head is not None and head in form_head) or inside


def _baseline_view(baseline: list[BaselineClause], vocab: Vocabulary, roles: Roles) -> tuple:
    """Per baseline item and form: its masked text, matching key, whether it is a part, the
    acts it opens with; and per family the acts that open one item and stand in another."""
    masked = {b.id: [_masked(form, roles) for _, form in b.forms] for b in baseline}
    content = {b.id: [frozenset(vocab.stems(m)) for m in masked[b.id]] for b in baseline}
    parts = {b.id: [k for k, (label, _) in enumerate(b.forms) if k == 0 or label.startswith("part ")] for b in baseline}
    part_of = {b.id: [label.startswith("part ") for label, _ in b.forms] for b in baseline}
    # the act each form opens with; a part may open with several ("bergabung/follow dalam grup")
    heads = {b.id: [_head_alternatives(m, vocab) if part_of[b.id][k] else frozenset({_key_head(m, vocab)}) - {None}
                    for k, m in enumerate(masked[b.id])] for b in baseline}
    # a part's first word that other items of its family also hold ("ikut" in SKB-12 and SKB-13)
    # names no act alone: the clause then holds another distinctive word of the part
    shared_heads: dict[str, set] = {}
    for b in baseline:
        for h in set().union(*heads[b.id]):
            if any(h in content[o.id][0] for o in baseline if o.family == b.family and o.id != b.id):
                shared_heads.setdefault(b.family, set()).add(h)
    shared_heads = {f: shared_heads.get(f, set()) for f in {b.family for b in baseline}}
    # what each form does its act to: its key without the act and, for a part, without the place
    # it names ("mengunggah pada media sosial foto bersama ...": "foto bersama ... calon"); read
    # for parts, and for two-word items ("menjaga netralitas") against a clause naming an object
    objects = {b.id: [frozenset(content[b.id][k] - heads[b.id][k]
                                - (_place_stems(m, vocab) if part_of[b.id][k] else frozenset()))
                      for k, m in enumerate(masked[b.id])] for b in baseline}
    # the acts an item joins to its first one with "dan" ("menghadiri deklarasi ... dan memberikan
    # dukungan secara aktif"): both are the item; the later one alone is not
    later = {b.id: [_later_acts(m, vocab) for m in masked[b.id]] for b in baseline}
    return masked, content, parts, part_of, heads, shared_heads, objects, later


def _later_acts(text: str, vocab: Vocabulary) -> frozenset:
    """Keys of the verbs that open a conjunct after "dan" in an item's text."""
    words = vocab.words(vocab.conceptual(text))
    return frozenset(k for i, w in enumerate(words[1:], 1) if words[i - 1] == "dan" and w.startswith(("me", "ber"))
                     for k in vocab.stems(w)[:1])


PLACE_PREPOSITIONS = frozenset({"di", "ke", "pada", "melalui", "lewat", "via", "dalam"})


def _place_stems(text: str, vocab: Vocabulary) -> frozenset:
    """The keys of the (up to two) words after a preposition of place ("pada media sosial")."""
    words = vocab.words(vocab.conceptual(text))
    out = set()
    for k, w in enumerate(words):
        if w in PLACE_PREPOSITIONS:
            out.update(vocab.stems(" ".join(words[k + 1:k + 3])))
    return frozenset(out)


def align(prepared: list[_Prepared], baseline: list[BaselineClause], distinct: dict, cs: CompareSettings,
          vocab: Vocabulary, roles: Roles) -> dict:
    """Assignment of regional clauses to baseline items, family by family (see module doc)."""
    scores: dict[tuple[int, int], tuple[float, int, float]] = {}   # (r, b) -> (score, form, distinctive share)
    # the baseline's side depends on its forms only: read once per run, not once per circular
    key = ("baseline view", tuple((b.id, b.family, tuple(b.forms)) for b in baseline))
    if key not in vocab.memo:
        vocab.memo[key] = _baseline_view(baseline, vocab, roles)
    masked, content, parts, part_of, heads, shared_heads, objects, later = vocab.memo[key]
    for r, p in enumerate(prepared):
        head = _key_head(p.masked, vocab)
        # the acts the clause opens with ("mempromosikan, menanggapi, atau menyebarluaskan foto")
        acts = _head_alternatives(p.masked, vocab, CLAUSE_ACT_LINKS) | ({head} if head else set())
        for b, base in enumerate(baseline):
            best = (0.0, 0, 0.0)
            crossed = p.kind != base.kind
            for k, form in enumerate(masked[base.id]):
                # a part names one act of a compound item: the clause names it, and starts with
                # one of the part's words ("menerima uang dari tim pemenangan" is no "menjadi
                # tim pemenangan")
                named = heads[base.id][k] & p.core_stems
                if part_of[base.id][k] and (not acts & content[base.id][k] or not named
                                            or (named <= shared_heads[base.family]
                                                and not (distinct[base.id][k] & p.stems) - heads[base.id][k])):
                    continue
                # the clause and the item share their act: the first word of one is in the other,
                # or the clause lies inside the item ("menghadiri pertemuan partai politik" is no
                # "menjadi anggota ... partai politik")
                # (the item's act named in a circumstance of the clause is not its act)
                if head not in content[base.id][k] and not named \
                        and _share(p.stems, content[base.id][k]) < cs.contain_share:
                    continue
                # an act the item only joins to its first ("... dan memberikan dukungan secara aktif"),
                # named without that first act, is not the item's ("memberikan dukungan kepada calon")
                if head in later[base.id][k] and not (p.stems & heads[base.id][k]):
                    continue
                # two words or fewer ("di media sosial", "ikut kampanye"): only the item's own act
                if len(p.stems) <= 2 and head not in heads[base.id][k]:
                    continue
                # the act done to something of the item's object: "menjaga ketenteraman warga" is
                # no "menjaga netralitas", "mengunggah data pemilih ke media sosial" no photo posting
                # (a clause naming two or more of a part's listed acts names the part whatever its object)
                if objects[base.id][k] and not p.stems & objects[base.id][k] and (
                        (part_of[base.id][k] and len(p.stems & heads[base.id][k]) < 2)
                        or (len(content[base.id][k]) == 2 and len(p.stems - {head}) >= 2)):
                    continue
                sc = whole = similarity(form, p.masked, vocab) if p.masked else 0.0
                if p.core:             # the act alone, without its circumstance
                    sc = max(sc, similarity(form, p.core, vocab))
                # a permission says a prohibited act is allowed under its circumstance ("berfoto
                # dengan calon karena kebetulan bertemu di acara resmi boleh"): judged on its whole text
                if crossed and not _may_cross(p, head, content[base.id][k], heads[base.id][k], base.kind,
                                              whole if {p.kind, base.kind} == {"permission", "prohibition"} else sc,
                                              cs):
                    continue
                dist = _share(distinct[base.id][k], p.stems)
                if k == 0 and sc >= cs.align_threshold and dist >= cs.align_min_distinct:
                    best = (sc, 0, dist)
                    break          # the baseline's own wording first: a variant only where it fails
                if (sc, dist) > best[::2]:
                    best = (sc, k, dist)
            if (best[0] < cs.align_threshold or best[2] < cs.align_min_distinct) and not crossed \
                    and len(p.stems) >= 2:
                for k in parts[base.id]:          # the text, then each part of a compound item
                    if head in later[base.id][k] and not (p.stems & heads[base.id][k]):
                        continue
                    dk = distinct[base.id][k]
                    # a shortened restatement ("menjadi anggota tim ahli atau tim pemenangan"): its
                    # content lies inside the item and names the item's own acts
                    inside = (len(p.stems) >= 3 and head in content[base.id][k]
                              and _share(p.stems, content[base.id][k]) > cs.contain_share
                              and len(p.stems & dk) >= min(2, len(dk)))
                    # a longer one: the whole item, starting with its act, inside the clause
                    # ("menjaga netralitas dan profesionalitas dalam melayani masyarakat ...")
                    whole = (len(content[base.id][k]) >= 2 and content[base.id][k] <= p.stems
                             and head in heads[base.id][k])
                    if inside or whole:
                        best = (max(best[0], cs.align_threshold), k, max(best[2], cs.align_min_distinct))
                        break
            scores[(r, b)] = best
        # a clause listing several acts restates the item that names most of them: "mengunggah,
        # membagikan, atau mengomentari konten" is SKB-6's part, not SKB-7's "mengunggah ... foto"
        if len(acts) >= 2:
            cover = {b: len(acts & content[base.id][scores[(r, b)][1]]) for b, base in enumerate(baseline)
                     if scores[(r, b)][0] > 0}
            most = max(cover.values(), default=0)
            for b, n in cover.items():
                if most >= 2 and n < most:
                    sc, k, dist = scores[(r, b)]
                    scores[(r, b)] = (sc - ACTS_PENALTY, k, dist)
    fam_of = {b: base.family for b, base in enumerate(baseline)}
    families = list(dict.fromkeys(fam_of.values()))
    ok = lambda r, b: scores[(r, b)][0] >= cs.align_threshold and scores[(r, b)][2] >= cs.align_min_distinct  # noqa: E731
    # families a regional clause competes in: its best, and those within the margin
    eligible: dict[int, set[str]] = {}
    by_clause = {p.clause.id: p for p in prepared}
    # items that bind a part of a wider role ("ASN yang pasangannya mencalonkan diri", "kepala
    # perangkat daerah"): a clause that does not name that part prefers another family
    narrow = {b: {x for x, _ in roles.find(base.actor)} for b, base in enumerate(baseline)}
    narrow = {b: rs for b, rs in narrow.items() if rs and all(roles.roles[x].get("part_of") for x in rs)}
    narrow_roles = set().union(*narrow.values()) if narrow else set()
    # items for a part of a role that their own words do not name (SE 18/2023's bans for the
    # spouses of candidates): only for a clause that names that part
    # (the item's words that say who, when it has them: "menghadiri kegiatan kampanye yang
    # diadakan oleh suami atau istri" restates no general "boleh menghadiri kampanye")
    exclusive: dict[int, frozenset] = {}
    for b, rs in narrow.items():
        says_who = {w for x in rs for w in roles.roles[x].get("words", ())}
        own = set(vocab.words(vocab.fold(baseline[b].text)))
        if any(roles.roles[x].get("exclusive") for x in rs):
            exclusive[b] = frozenset(says_who) if says_who & own else frozenset()
    for r in range(len(prepared)):
        per_fam = {}
        named = None
        for b in range(len(baseline)):
            if ok(r, b):
                # a family whose item has the clause's kind is preferred (a duty to a duty list)
                sc = scores[(r, b)][0] - (KIND_PENALTY if prepared[r].kind != baseline[b].kind else 0.0)
                if narrow:
                    if named is None:
                        c = prepared[r].clause
                        named = set(_clause_roles(prepared[r], by_clause, roles)[0]) | {
                            x for x, _ in roles.find(vocab.fold(c.text))}
                    # and a clause that names such a part prefers the items that bind it
                    if (b in narrow and not narrow[b] & named) or (named & narrow_roles and b not in narrow):
                        if b in exclusive and not (exclusive[b] and _says(prepared[r], by_clause, exclusive[b],
                                                                          vocab, roles)):
                            scores[(r, b)] = (scores[(r, b)][0], scores[(r, b)][1], 0.0)   # never aligns
                            continue
                        sc -= SUBGROUP_PENALTY
                per_fam[fam_of[b]] = max(per_fam.get(fam_of[b], -1.0), sc)
        if per_fam:
            top = max(per_fam.values())
            eligible[r] = {f for f, s in per_fam.items() if s >= top - cs.family_margin}
    base_match: dict[int, dict] = {}
    reg_used: dict[int, set[int]] = {}
    for fam in families:
        bs = [b for b in range(len(baseline)) if fam_of[b] == fam]
        rs = [r for r in eligible if fam in eligible[r]]
        pairs = sorted(((scores[(r, b)][0], scores[(r, b)][2], r, b) for r in rs for b in bs if ok(r, b)),
                       key=lambda x: (-x[0], -x[1], x[2], x[3]))
        used_r: dict[int, int] = {}
        for sc, _, r, b in pairs:
            if r in used_r:
                continue
            if b in base_match:
                # the same rule said twice in the circular's articles (a lead repeated in the
                # body, a quote after the list): one restatement, not a second item
                first = prepared[base_match[b]["regs"][0]]
                if prepared[r].stems == first.stems and prepared[r].kind == first.kind:
                    used_r[r] = b
                    base_match[b]["regs"].append(r)
                continue
            used_r[r] = b
            base_match[b] = {"how": "aligned", "regs": [r]}
        # merged items: an aligned clause holding another item's distinctive content
        for b in bs:
            if b in base_match:
                continue
            cands = [(scores[(r, b)][2], scores[(r, b)][0], r) for r in used_r
                     if scores[(r, b)][2] >= cs.cover_share and scores[(r, b)][0] >= cs.cover_threshold]
            if cands:
                r = max(cands)[2]
                base_match[b] = {"how": "covered", "regs": [r], "with": used_r[r]}
        # split items: a further clause whose content lies inside an aligned item
        for r in range(len(prepared)):
            if r in used_r or r in reg_used or not prepared[r].stems:
                continue
            cands = []
            for b in bs:
                m = base_match.get(b)
                if not m or m["how"] != "aligned":
                    continue
                # inside the item's text or one of its parts ("berfoto bersama bakal calon" beside
                # "mengunggah foto ... ke media sosial": two acts of one compound item)
                inside = max(_share(prepared[r].stems, content[baseline[b].id][k]) for k in parts[baseline[b].id])
                # or aligned through another part of a compound item than the first clause ("mengunggah,
                # menyukai konten calon" and "bergabung dalam grup pemenangan": two parts of SKB-6)
                k, first = scores[(r, b)][1], scores[(m["regs"][0], b)][1]
                # (by its score: a short clause lifted to the threshold by lying inside the item is not)
                other_part = (ok(r, b) and scores[(r, b)][0] > cs.align_threshold and fam in eligible.get(r, ())
                              and k != first and (part_of[baseline[b].id][k] or part_of[baseline[b].id][first]))
                if other_part or (inside >= cs.split_share and scores[(r, b)][0] >= cs.cover_threshold):
                    cands.append((scores[(r, b)][0], b))
            if cands:
                b = max(cands)[1]
                base_match[b]["regs"].append(r)
                base_match[b]["split"] = True
                used_r[r] = b
        # the rest of a quoted list: an item left over pairs with a left-over baseline item of the
        # family when both name the same act (same head word) and the score is not negligible
        listed = lambda r: bool(prepared[r].clause.list_marker or prepared[r].clause.parent)  # noqa: E731
        if sum(listed(r) for r in used_r) >= 2:
            docs = {a.rsplit(":", 1)[0] for r in used_r if listed(r) for a in prepared[r].clause.attested_by}
            rest = [r for r in range(len(prepared)) if r not in used_r and r not in reg_used and listed(r)
                    and {a.rsplit(":", 1)[0] for a in prepared[r].clause.attested_by} & docs]
            pairs = sorted(((scores[(r, b)][0], r, b) for r in rest for b in bs
                            if b not in base_match and prepared[r].kind == baseline[b].kind
                            and scores[(r, b)][0] >= cs.residual_threshold
                            and _head(prepared[r].masked, vocab) == _head(baseline[b].forms[0][1], vocab, roles)
                            # the act and something of its object ("menjadi anggota tim ahli" is no
                            # "menjadi anggota partai politik")
                            and (distinct[baseline[b].id][0] & prepared[r].stems)
                            - {_head(prepared[r].masked, vocab)}),
                           key=lambda x: (-x[0], x[1], x[2]))
            for sc, r, b in pairs:
                if r in used_r or b in base_match:
                    continue
                used_r[r] = b
                base_match[b] = {"how": "aligned", "regs": [r], "residual": True}
        # prose that names an item's act for the item's own addressee ("setiap kepala perangkat
        # daerah wajib melakukan pengawasan ..."): a clause left over whose head act is the head
        # act of one left-over item of its kind, and no other item's, binding the same people
        # (or some of them), aligns with it at the residual score
        heads = {b: _head(baseline[b].forms[0][1], vocab, roles) for b in bs}
        for r in range(len(prepared)):
            p = prepared[r]
            if r in used_r or r in reg_used or not p.stems:
                continue
            h = _head(p.masked, vocab)
            if not h:
                continue
            same = [b for b in bs if heads[b] == h]
            if len(same) != 1 or same[0] in base_match:
                continue
            b = same[0]
            base_roles = [x for x, _ in roles.find(baseline[b].actor)]
            reg_roles = _clause_roles(p, by_clause, roles)[0]
            if not reg_roles and not (p.clause.actor or "").strip():
                # no actor phrase: whom the clause's own words name first, its subject ("Kepala OPD
                # mengawasi bawahan"; "... terhadap pegawainya" is the object)
                reg_roles = [x for x, _ in roles.find(vocab.fold(p.clause.text or ""))][:1]
            # a duty may name only its act; a prohibition or permission shares more of the item,
            # unless both bind an exclusive role whose own rules these are: "pegawai yang
            # pasangannya menjadi calon boleh mendampingi setelah mengambil cuti" is PERM-18a
            own_role = bool(set(base_roles) & set(reg_roles)
                            and any(roles.roles[x].get("exclusive") for x in set(base_roles) & set(reg_roles)))
            if p.kind != "obligation" and not own_role and not (distinct[baseline[b].id][0] & p.stems) - {h}:
                continue
            if (baseline[b].kind == p.kind and base_roles and reg_roles and scores[(r, b)][0] >= cs.residual_threshold
                    and roles.compare(base_roles, reg_roles) in (None, "narrowed")):
                used_r[r] = b
                base_match[b] = {"how": "same act", "regs": [r], "residual": True}
        for r, b in used_r.items():
            reg_used.setdefault(r, set()).add(b)
    # an umbrella item (a parent in the baseline) stands for the lead-in of the regional list
    by_id = {c.clause.id: i for i, c in enumerate(prepared)}
    for b, base in enumerate(baseline):
        children = [x for x, other in enumerate(baseline) if other.parent == base.id]
        if b in base_match or not children:
            continue
        kids = [base_match[x] for x in children if x in base_match]
        if not kids:
            continue
        parents = [by_id.get(prepared[m["regs"][0]].clause.parent) for m in kids]
        parents = [p for p in parents if p is not None and prepared[p].stems]   # a bare "dilarang:" says nothing
        if parents:
            p = max(set(parents), key=parents.count)
            base_match[b] = {"how": "lead-in", "regs": [p]}
            reg_used.setdefault(p, set()).add(b)
        else:
            base_match[b] = {"how": "implied", "regs": []}
    return {"scores": scores, "base_match": base_match, "reg_used": reg_used}


# --- 5. change types ------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def word_diff(a: str, b: str) -> list[list]:
    """[[op, text], ...] with op -1 (only in baseline), 0 (both), 1 (only regional):
    diff-match-patch over words (each word mapped to one character, as its line mode);
    words compare on their stems, so "kerja"/"kerjanya" is no difference here (it is
    reported as an orthographic variation)."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    vocab: dict[str, str] = {}

    def encode(tokens):
        out = []
        for w in tokens:
            k = stem(w)
            if k not in vocab:
                n = len(vocab)
                vocab[k] = chr(0xE000 + n) if n < 6400 else chr(0xF0000 + n)
            out.append(vocab[k])
        return "".join(out)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(encode(ta), encode(tb), False)
    out, ia, ib = [], 0, 0
    for op, chars in diffs:
        n = len(chars)
        if op == 0:
            out.append([0, " ".join(ta[ia:ia + n])])
            ia, ib = ia + n, ib + n
        elif op == -1:
            out.append([-1, " ".join(ta[ia:ia + n])])
            ia += n
        else:
            out.append([1, " ".join(tb[ib:ib + n])])
            ib += n
    return [o for o in out if o[1]]


def _morphology(a: str, b: str) -> list[list[str]]:
    """Word pairs that differ only by affixes in the equal runs of a diff."""
    ta, tb = _TOKEN.findall(a), _TOKEN.findall(b)
    out = []
    i = j = 0
    for op, text in word_diff(a, b):
        n = len(text.split())
        if op == 0:
            for x, y in zip(ta[i:i + n], tb[j:j + n]):
                if x != y:
                    out.append([x, y])
            i, j = i + n, j + n
        elif op == -1:
            i += n
        else:
            j += n
    return out


def _respelled(base_text: str, raw_regional: str, cs: CompareSettings, vocab: Vocabulary) -> list[list[str]]:
    """Words spelled otherwise in the article than in the baseline ("himbauan"/"imbauan",
    "fotokopi"/"fotocopy", "tanggung jawab"/"tanggungjawab"): the folding that makes them
    compare equal also hides them, so they are looked for in the texts as written.
    Abbreviations ("KTP") and case are no re-spelling."""
    import difflib
    a = [w.lower() for w in _TOKEN.findall(base_text)]
    b = [w.lower() for w in _TOKEN.findall(raw_regional or "")]
    if not a or not b:
        return []
    # where the regional text's content starts: its first word shared with the baseline
    start = next((k for k, w in enumerate(b) if w == a[0] or fuzz.ratio(w, a[0]) >= cs.orthographic_ratio), 0)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b[start:], autojunk=False).get_opcodes():
        if op != "replace":
            continue
        da, db = a[i1:i2], b[start + j1:start + j2]
        if "".join(da) == "".join(db) or "".join(da).replace("-", "") == "".join(db).replace("-", ""):
            out.append([" ".join(da), " ".join(db)])
        elif len(da) == len(db):
            for x, y in zip(da, db):
                if x != y and stem(x) != stem(y) and len(x) >= 4 and (
                        fuzz.ratio(x, y) >= cs.orthographic_ratio or vocab.fold(x) == vocab.fold(y)):
                    out.append([x, y])
    return out


def _citation_spans(text: str, vocab: Vocabulary) -> set[int]:
    """Word indices of ``text`` inside a citation: from a citation head ("keputusan bersama",
    "peraturan", "nomor", "tentang" ...) through the citation vocabulary and the title after
    "tentang"."""
    words = _TOKEN.findall(text)
    heads = {h.split()[0] for h in vocab.citation_heads}
    inside: set[int] = set()
    i = 0
    while i < len(words):
        if words[i] in heads and (words[i] != "tahun" or i + 1 < len(words) and words[i + 1].isdigit()):
            j, title = i, False
            while j < len(words) and (title or words[j] in vocab.citation_words or words[j] in heads
                                      or re.fullmatch(r"[\d./-]+", words[j])):
                title = title or words[j] == "tentang"
                j += 1
            if j - i >= 2:
                inside.update(range(i, j))
            i = max(j, i + 1)
        else:
            i += 1
    return inside


def _word_positions(ops: list[list]) -> list[tuple[int, list[int]]]:
    """For each op, the word indices it covers on its side (baseline for -1/0, regional for 1/0)."""
    out, ia, ib = [], 0, 0
    for op, text in ops:
        n = len(text.split())
        if op == 0:
            out.append((op, list(range(ib, ib + n))))
            ia, ib = ia + n, ib + n
        elif op == -1:
            out.append((op, list(range(ia, ia + n))))
            ia += n
        else:
            out.append((op, list(range(ib, ib + n))))
            ib += n
    return out


def classify_changes(ops: list[list], base_text: str, reg: _Prepared, base: BaselineClause,
                     vocab: Vocabulary, roles: Roles, cs: CompareSettings) -> list[dict]:
    """The change types of an aligned pair, each with its evidence (see module doc)."""
    changes: list[dict] = []
    add = lambda t, **ev: changes.append({"type": t, **ev})  # noqa: E731
    reg_cites = _citation_spans(reg.text, vocab)
    base_cites = _citation_spans(base_text, vocab)
    positions = _word_positions(ops)
    i = 0
    while i < len(ops):
        if ops[i][0] == 0:
            i += 1
            continue
        j = i
        while j < len(ops) and ops[j][0] != 0:
            j += 1
        hunk = ops[i:j]
        D = " ".join(t for op, t in hunk if op == -1)
        I_ = " ".join(t for op, t in hunk if op == 1)
        ins_pos = [p for (op, ps) in positions[i:j] if op == 1 for p in ps]
        del_pos = [p for (op, ps) in positions[i:j] if op == -1 for p in ps]
        ev = {"ops": [list(o) for o in hunk]}
        cited_ins = bool(ins_pos) and sum(p in reg_cites for p in ins_pos) / len(ins_pos) >= 0.7
        cited_del = bool(del_pos) and sum(p in base_cites for p in del_pos) / len(del_pos) >= 0.7
        # an office inside a citation ("Menteri Pendayagunaan Aparatur Negara") is no actor
        d_roles = [] if cited_del else roles.find(D)
        i_roles = [] if cited_ins else roles.find(I_)
        d_rest, i_rest = _masked(D, roles), _masked(I_, roles)
        d_content = [w for w in d_rest.split() if w not in vocab.stop and w not in vocab.list_conjunctions]
        i_content = [w for w in i_rest.split() if w not in vocab.stop and w not in vocab.list_conjunctions]
        dw, iw = D.split(), I_.split()
        if dw and iw and (D.replace(" ", "").replace("-", "") == I_.replace(" ", "").replace("-", "")
                          or (len(dw) == len(iw) and all(fuzz.ratio(x, y) >= cs.orthographic_ratio
                                                         for x, y in zip(dw, iw)))):
            add("orthographic variation", detail="spelling", **ev)
            i = j
            continue
        if not d_content and not i_content and not d_roles and not i_roles:
            if any(w in vocab.list_conjunctions for w in dw + iw):
                add("orthographic variation", detail="list conjunction", **ev)
            i = j                      # function words alone ("melakukan", "yang") change nothing
            continue
        if d_roles and i_roles:
            add("actor substituted", baseline_roles=[r for r, _ in d_roles], regional_roles=[r for r, _ in i_roles],
                **ev)
            if len(d_content) <= 1 and len(i_content) <= 1:
                i = j
                continue
        elif i_roles and len(i_content) <= 1 and not d_content:
            add("actor added", regional_roles=[r for r, _ in i_roles], **ev)
            i = j
            continue
        elif d_roles and len(d_content) <= 1 and not i_content:
            add("actor removed", baseline_roles=[r for r, _ in d_roles], **ev)
            i = j
            continue
        i_context = all(w in vocab.generic for w in i_content)
        d_context = all(w in vocab.generic for w in d_content)
        sanction = [s for s in vocab.sanction if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", I_)]
        replaced = False
        if i_content and not i_context:
            if sanction:
                add("substantive addition", detail="sanction", words=sanction, **ev)
            elif cited_ins:
                add("citation expansion", **ev)
            elif d_content and not d_context and not cited_del:
                add("content replaced", **ev)
                replaced = True
            else:
                add("substantive addition", detail="new duty" if reg.kind == "obligation" else
                    "new act" if reg.kind == "prohibition" else "new permission", **ev)
        if d_content and not d_context and not replaced:
            add("citation shortened" if cited_del else "content removed", **ev)
        i = j
    morph = _morphology(base_text, reg.text)
    if morph:
        add("orthographic variation", detail="morphology", pairs=morph)
    spelled = _respelled(base.text, reg.clause.text, cs, vocab)
    if spelled:
        add("orthographic variation", detail="spelling as written", pairs=spelled)
    # modality: kind, then force
    if reg.kind != base.kind:
        add("modality changed", baseline=base.kind, regional=reg.kind, cue=reg.cue)
    elif reg.force == "advisory" and base.meta.get("force", "mandatory") == "mandatory":
        add("modality weakened", baseline="mandatory", regional="advisory", cue=reg.cue)
    elif reg.force == "mandatory" and base.meta.get("force") == "advisory":
        add("modality strengthened", baseline="advisory", regional="mandatory", cue=reg.cue)
    return changes


def _says(reg: _Prepared, by_id: dict, words: frozenset, vocab: Vocabulary, roles: Roles) -> bool:
    """Does a clause (its text or its actor phrase, or its lead-in's) hold one of ``words``?"""
    phrase = _clause_roles(reg, by_id, roles)[1]
    return bool(words & set(vocab.words(vocab.fold(reg.clause.text or "") + " " + vocab.fold(phrase or ""))))


def _clause_roles(reg: _Prepared, by_id: dict, roles: Roles) -> tuple[list[str], Optional[str]]:
    """The roles a regional clause binds (from its actor, else its lead-in's), and the phrase."""
    c = reg.clause
    phrase = c.actor
    found = roles.find(phrase)
    seen = {c.id}
    while not found and c.parent and c.parent in by_id and c.parent not in seen:   # a cycle ends the walk
        c = by_id[c.parent].clause
        seen.add(c.id)
        phrase = c.actor
        found = roles.find(phrase)
    return list(dict.fromkeys(x for x, _ in found)), phrase


def _addressee(base: BaselineClause, reg: _Prepared, by_id: dict, roles: Roles) -> Optional[dict]:
    b = [r for r, _ in roles.find(base.actor)]
    r, phrase = _clause_roles(reg, by_id, roles)
    how = roles.compare(b, r)
    if how is None:
        return None
    # an item for a part of a role that its clause's own words name ("Pegawai tersebut diizinkan
    # mendampingi pasangannya ..."): the actor phrase points back to that part, it widens nothing
    says_who = {w for x in b if roles.roles[x].get("part_of") for w in roles.roles[x].get("words", ())}
    if how == "widened" and says_who and says_who & set(re.findall(r"\w+", (reg.clause.text or "").lower())):
        return None
    return {"type": f"addressee {how}", "baseline": roles.label(b), "regional": roles.label(r),
            "baseline_roles": b, "regional_roles": r, "phrase": phrase}


def _lis(seq: list[int]) -> set[int]:
    """Indices that lie on every longest increasing subsequence of ``seq``: the items in
    order. An item moved far is off the only one; two swapped neighbours are each off one
    of two, so both count as reordered (which of them moved is not knowable)."""
    n = len(seq)
    if not n:
        return set()
    f, cf = [1] * n, [1] * n               # longest run ending at i, and how many
    for i in range(n):
        for j in range(i):
            if seq[j] < seq[i]:
                if f[j] + 1 > f[i]:
                    f[i], cf[i] = f[j] + 1, cf[j]
                elif f[j] + 1 == f[i]:
                    cf[i] += cf[j]
    g, cg = [1] * n, [1] * n               # longest run starting at i, and how many
    for i in reversed(range(n)):
        for j in range(i + 1, n):
            if seq[i] < seq[j]:
                if g[j] + 1 > g[i]:
                    g[i], cg[i] = g[j] + 1, cg[j]
                elif g[j] + 1 == g[i]:
                    cg[i] += cg[j]
    length = max(f)
    total = sum(cf[i] for i in range(n) if f[i] == length)
    return {i for i in range(n) if f[i] + g[i] - 1 == length and cf[i] * cg[i] == total}


# --- 6. statuses ----------------------------------------------------------------------------

_MARKER_PARTS = re.compile(r"^\s*(\(?)\s*(\d{1,3}|[a-zA-Z])\s*([.)]?)\s*$")


def _ordinal(marker: Optional[str]) -> Optional[tuple[tuple, int]]:
    """A list marker's (style, position): "3." -> (("num", "", "."), 3), "(b)" -> (("let", "(", ")"), 2);
    None for a bullet or no marker (their order tells nothing)."""
    m = _MARKER_PARTS.match(marker or "")
    if not m:
        return None
    opener, body, closer = m.groups()
    if body.isdigit():
        return ("num", opener, closer), int(body)
    return ("let", opener, closer), ord(body.lower()) - ord("a") + 1


def list_gaps(clauses: list[dict], family_ids: set[str], partial_cues: Iterable[str] = (),
              conjunctions: Iterable[str] = ()) -> Optional[list[str]]:
    """The positions missing from the numbered or lettered lists of an article that hold the
    family's clauses ("3" when the article's list runs 1, 2, 4): [] for lists that run
    from their first position without a gap, None when the family's items carry no
    ordered marker (bullets, prose: completeness cannot be seen). A gap is an item the
    extraction did not return (or one that states no rule): an unmatched baseline item may
    be that item, so the list does not count as quoted whole. Two more signs of a list
    quoted in part: a lead-in that says so ("antara lain", "di antaranya", "beberapa":
    ``partial_cues``; gap "…"), and a last item that still ends with a list conjunction
    ("...; dan": ``conjunctions``), whose next item is missing (gap: the next position).
    A list cut after an item ending with a full stop cannot be seen."""
    by_id = {c["clause_id"]: c for c in clauses}
    cue_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in partial_cues) + r")(?!\w)") \
        if partial_cues else None
    conj_re = re.compile(r"[;,]?\s+(?:" + "|".join(re.escape(c) for c in conjunctions) + r")\s*$") \
        if conjunctions else None
    seqs: dict[tuple, list[int]] = {}
    touched: set[tuple] = set()
    for c in clauses:
        o = _ordinal(c.get("list_marker"))
        if o is None:
            continue
        key = (c.get("parent"), o[0])
        seqs.setdefault(key, []).append(o[1])
        if c["clause_id"] in family_ids:
            touched.add(key)
    if not touched:
        return None
    gaps = []
    label = lambda key, n: str(n) if key[1][0] == "num" else chr(ord("a") + n - 1)  # noqa: E731
    for key in touched:
        have = set(seqs[key])
        gaps += [label(key, n) for n in range(1, max(have) + 1) if n not in have]
        lead = by_id.get(key[0]) if key[0] else None
        if cue_re and lead and cue_re.search((lead.get("text") or "").lower()):
            gaps.append("…")
        last = max((c for c in clauses if c.get("parent") == key[0] and (_ordinal(c.get("list_marker")) or
                                                                           (None,))[0] == key[1]),
                   key=lambda c: _ordinal(c.get("list_marker"))[1])
        if conj_re and conj_re.search((last.get("text") or "").lower().rstrip()):
            gaps.append(label(key, max(have) + 1))
    return gaps


def _announcement(context: dict, clauses: list[dict], mine: list[dict], here: str,
                  vocab: Vocabulary) -> Optional[dict]:
    """What an article says of the size of the list it quotes for a family (``context``:
    ``circulars.list_context``): the count it announces nearest before the list, with no other
    list between ("memuat delapan poin", "lima hal yang tidak boleh dilakukan, yakni:"), and
    the items it quotes (``announced``, ``quoted``); and whether the sentence that leads into
    the list says it quotes a part ("beberapa poin yang paling sering dilanggar:",
    ``partial``). None when the clauses carry no offsets or the article announces nothing."""
    starts = [c.get("start") or 0 for c in mine]
    if not context or not any(starts):
        return None
    if here == "list":
        parents = {c.get("parent") for c in mine if c.get("list_marker") or c.get("parent")}
        items = [c for c in clauses if (c.get("list_marker") or c.get("parent")) and c.get("parent") in parents]
        ords = [_ordinal(c.get("list_marker")) for c in items]
        quoted = max((o[1] for o in ords if o), default=0) if all(ords) else len(items)
        first_item = min(items, key=lambda c: c.get("start") or 0)
        first = first_item.get("start") or 0
        intro = context.get("intros", {}).get(first_item["clause_id"], "")
    else:
        first = min(starts)
        items, quoted, intro = [], None, ""
    ids = {c["clause_id"] for c in items}
    since = max((c.get("end") or 0 for c in clauses if c.get("list_marker") and c["clause_id"] not in ids
                 and (c.get("end") or 0) <= first), default=0)
    n = next((k for end, k in reversed(context.get("counts", [])) if since < end <= first), None)
    if quoted is None and n is not None:        # prose: the circular's clauses from there on
        quoted = sum(1 for c in clauses if (c.get("start") or 0) >= first)
    cue = bool(vocab.partial_list_cues and intro and re.search(
        r"(?<!\w)(?:" + "|".join(re.escape(c) for c in vocab.partial_list_cues) + r")(?!\w)", intro))
    if n is None and not cue:
        return None
    return {"announced": n, "quoted": quoted, "partial": cue}


def _attestation(group: CircularGroup, prepared: list[_Prepared], baseline: list[BaselineClause],
                 base_match: dict, cs: CompareSettings, vocab: Vocabulary) -> dict:
    """Per family: how the articles report the circular's list for it, which articles, and
    whether that supports an omission (``omission_basis``): a numbered/lettered list that
    runs without a gap (``complete list``), or two or more witnesses quoting the list as a
    whole (``witnesses agree``); otherwise an unmatched item is ``not reported``."""
    reg_of_clause = {cid: i for i, p in enumerate(prepared) for cid in p.clause.attested_by}
    fam_regs: dict[str, set[int]] = {}
    for b, m in base_match.items():
        fam_regs.setdefault(baseline[b].family, set()).update(m["regs"])
    out = {}
    rank = {"none": 0, "mention": 1, "enumeration": 2, "list": 3}
    for fam in dict.fromkeys(x.family for x in baseline):
        regs = fam_regs.get(fam, set())
        items = sum(1 for x in baseline if x.family == fam)
        articles, evidence, whole, complete, gaps, announced = [], "none", [], [], {}, {}
        for doc_id, clauses in group.documents.items():
            mine = [c for c in clauses if reg_of_clause.get(c["clause_id"]) in regs]
            if not mine:
                continue
            articles.append(doc_id)
            marked = [c for c in mine if c.get("list_marker") or c.get("parent")]
            # a list quotes a family's list as a whole when it restates enough of it or is mostly
            # made of it: two SKB rows among a company's own five rules say nothing of the eleven
            # other rows; a thin run still implies the umbrella item
            parents = {c.get("parent") for c in marked}
            listed = [c for c in clauses if (c.get("list_marker") or c.get("parent")) and c.get("parent") in parents]
            thin = len(marked) < min(cs.list_min, max(2, items // 2)) and 2 * len(marked) < len(listed)
            covered = len({b for b, m in base_match.items() if baseline[b].family == fam
                           and {reg_of_clause.get(c["clause_id"]) for c in mine} & set(m["regs"])})
            if len(marked) >= 2:
                here = "list"
            elif covered >= max(cs.enumeration_min, cs.enumeration_share * items):
                here = "enumeration"   # prose that walks through (nearly) the whole list
            else:
                here = "mention"
            evidence = max(evidence, here, key=rank.get)
            if here == "enumeration" or (here == "list" and not thin):
                # an announced count says whether the quote is whole: "memuat 12 poin larangan"
                # over five quoted items is a part (absent items not reported), "lima hal ...,
                # yakni:" over five items the whole list, bullets included
                said = _announcement((group.contexts or {}).get(doc_id), clauses, mine, here, vocab)
                if said:
                    announced[doc_id] = said
                short = bool(said and (said["partial"] or (said["announced"] or 0) > (said["quoted"] or 0)))
                if short:
                    gaps[doc_id] = [f"announced {said['announced']}, quoted {said['quoted']}"
                                    if said["announced"] else "…"]
                    continue
                whole.append(doc_id)
                g = list_gaps(clauses, {c["clause_id"] for c in mine}, vocab.partial_list_cues,
                              vocab.list_conjunctions) if here == "list" else None
                if g is None and here == "list" and said and said["announced"] == said["quoted"]:
                    g = []                      # bullets whose number the article announces
                if g is not None:
                    gaps[doc_id] = g
                    if not g:
                        complete.append(doc_id)
        basis = "complete list" if complete else "witnesses agree" if len(whole) >= 2 else None
        out[fam] = {"family": fam, "evidence": evidence, "articles": articles,
                    "matched": sum(1 for b, m in base_match.items() if baseline[b].family == fam), "items": items,
                    "witnesses_whole": whole, "complete_in": complete,
                    "list_complete": True if complete else False if any(gaps.values()) else None,
                    "gaps": {d: g for d, g in gaps.items() if g}, "announced": announced, "omission_basis": basis}
    return out


def _confidence(score: float, cs: CompareSettings, disputed: bool) -> str:
    levels = ["low", "medium", "high"]
    k = 2 if score >= HIGH_CONFIDENCE_SCORE else 1 if score >= cs.align_threshold + 10 else 0
    return levels[max(0, k - disputed)]


def compare_group(group: CircularGroup, baseline: list[BaselineClause], families: dict,
                  settings: Optional[Settings] = None, cs: Optional[CompareSettings] = None) -> dict:
    """One circular against the baselines: per baseline item status, evidence, changes, diff."""
    settings = resolve(settings)
    cs = cs or CompareSettings.from_settings(settings)
    vocab = settings.component("compare.vocabulary")
    roles = settings.component("compare.roles")
    # never compare a circular with a variant derived from it
    own = {group.key, group.id, group.issuer, group.region} - {None}
    base_view = [dataclasses.replace(b, forms=[b.forms[0]] + [f for f in b.forms[1:]
                                                             if not any(o and o in f[0] for o in own)])
                 for b in baseline]
    prepared = [_prepare(c, vocab, roles) for c in group.clauses]
    key = ("distinct", cs.common_share, tuple((b.id, tuple(f for f in b.forms)) for b in base_view))
    if key not in vocab.memo:
        vocab.memo[key] = _distinctive(base_view, vocab, roles, cs.common_share)
    distinct = vocab.memo[key]
    al = align(prepared, base_view, distinct, cs, vocab, roles)
    by_id = {p.clause.id: p for p in prepared}
    attest = _attestation(group, prepared, base_view, al["base_match"], cs, vocab)
    # a list that binds other people (village heads restating the ASN rules) says nothing about
    # what the circular drops for the baseline's addressees: no omission from it
    for fam, fa in attest.items():
        found = [_addressee(base_view[b], prepared[m["regs"][0]], by_id, roles) for b, m in al["base_match"].items()
                 if base_view[b].family == fam and m["regs"] and m["how"] == "aligned"]
        fa["other_addressee"] = bool(found) and all(a and a["type"] == "addressee changed" for a in found)
        if fa["other_addressee"]:
            fa["omission_basis"] = None
        # a family that is no list of one instrument (statutory principles from several laws,
        # permissions): a circular quoting its own list whole drops nothing of it
        if families.get(fam, {}).get("list") is False:
            fa["omission_basis"] = None
    rows = []
    for b, base in enumerate(base_view):
        m = al["base_match"].get(b)
        row = {"baseline_id": base.id, "family": base.family, "status": None, "matched": [], "witness_clauses": [],
               "score": 0.0, "against": None, "how": None, "changes": [], "change_details": [], "diff": [],
               "confidence": None, "reconstructed": bool(base.meta.get("secondary")), "articles": [],
               "reordered": False, "position": None}
        if m is not None and not m["regs"] and attest[base.family]["evidence"] not in ("list", "enumeration"):
            m = None                     # an umbrella is implied only by its items quoted as a list
        if m is None or not m["regs"]:
            if m is not None:            # an umbrella implied by its items
                row.update(status="covered", how="implied by its items", confidence="medium",
                           articles=attest[base.family]["witnesses_whole"] or attest[base.family]["articles"])
            else:
                fa = attest[base.family]
                row["status"] = "omitted" if fa["omission_basis"] else "not reported"
                # an item of the quoted list that aligned with nothing but names this item's act
                # may restate it in words the matcher missed ("Mengajak rekan kerja atau bawahan
                # ..." for PP94-5n6's "ajakan ... kepada PNS dalam lingkungan unit kerjanya"):
                # the item is then not reported, and the row names the candidates
                near = [prepared[r].clause.id for r in range(len(prepared))
                        if r not in al["reg_used"] and al["scores"][(r, b)][0] >= cs.residual_threshold
                        and (prepared[r].clause.list_marker or prepared[r].clause.parent)
                        and {a.rsplit(":", 1)[0] for a in prepared[r].clause.attested_by} & set(fa["witnesses_whole"])]
                # a clause of the circular aligned with another family's item that says the same
                # (SKB-10 and PP94-5n7: a KTP copy as support) and scores as a restatement of this
                # item too: the circular states the rule, it only counts once
                near += [prepared[r].clause.id for r in range(len(prepared))
                         if r in al["reg_used"] and al["scores"][(r, b)][0] >= cs.align_threshold
                         and any(base_view[x].family != base.family for x in al["reg_used"][r])]
                if row["status"] == "omitted" and near:
                    row.update(status="not reported", omission_basis=None, possibly_restated_by=near)
                if row["status"] == "omitted":
                    # high: a gap-free list and a second witness; medium: one of the two
                    strong = bool(fa["complete_in"]) and len(fa["witnesses_whole"]) >= 2
                    row["confidence"] = "high" if strong else "medium"
                    row["articles"] = fa["witnesses_whole"]
                best = max((al["scores"][(r, b)][0] for r in range(len(prepared))), default=0.0)
                row["score"] = best
            rows.append(row)
            continue
        regs = [prepared[r] for r in m["regs"]]
        primary = max(regs, key=lambda p: al["scores"][(prepared.index(p), b)][0])
        score, form, _ = al["scores"][(prepared.index(primary), b)]
        form = min(form, len(base.forms) - 1)
        # a variant is a wording of its own; a part is a piece of the text: the diff is
        # against the whole text, so what the circular leaves out of the item shows
        base_text = base.forms[0 if base.forms[form][0].startswith("part ") else form][1]
        ops = word_diff(base_text, primary.text)
        details = classify_changes(ops, base_text, primary, base, vocab, roles, cs)
        if m["how"] == "lead-in":
            details = [d for d in details if d["type"] not in ("content removed", "citation shortened")
                       or len(primary.stems) >= 6]
        addressee = _addressee(base, primary, by_id, roles)
        if addressee:
            details.append(addressee)
        if m.get("split"):
            others = [p for p in regs if p is not primary]
            other_words = {w for p in others for w in _TOKEN.findall(p.text)}
            details = [d for d in details if not (d["type"] in ("content removed", "content replaced", "actor removed") and
                                                  {w for op, t in d.get("ops", []) if op == -1 for w in t.split()}
                                                  <= other_words | vocab.stop | vocab.list_conjunctions)]
            details.append({"type": "split", "parts": [p.clause.id for p in regs]})
        if m["how"] == "covered":
            details = [d for d in details if d["type"] not in ("substantive addition", "content replaced",
                                                               "citation expansion", "content removed")]
            details.append({"type": "merged", "with": base_view[m["with"]].id, "clause": primary.clause.id})
        status = "covered" if m["how"] == "covered" else "modified" if details else "identical"
        wit = [cid for p in regs for cid in p.clause.attested_by]
        row.update(status=status, matched=[p.clause.id for p in regs], witness_clauses=wit, score=score,
                   against=base.forms[form][0], how=m["how"], change_details=details, diff=ops,
                   confidence=_confidence(score, cs, any(p.clause.disagreement for p in regs)),
                   articles=list(dict.fromkeys(c.rsplit(":", 1)[0] for c in wit)))
        rows.append(row)
    # merged: the item whose clause also covers another is merged too, and what the clause
    # adds for the other item is no addition
    by_base = {r["baseline_id"]: r for r in rows}
    base_words = {b.id: set(_TOKEN.findall(b.forms[0][1])) for b in base_view}
    for r in rows:
        for d in r["change_details"]:
            if d["type"] == "merged":
                other = by_base[d["with"]]
                if not any(x["type"] == "merged" for x in other["change_details"]):
                    partner = base_words[r["baseline_id"]] | vocab.stop | vocab.list_conjunctions
                    other["change_details"] = [
                        x for x in other["change_details"]
                        if not (x["type"] in ("substantive addition", "content replaced") and
                                {w for op, t in x.get("ops", []) if op == 1 for w in t.split()} <= partner)]
                    other["change_details"].append({"type": "merged", "with": r["baseline_id"], "clause": d["clause"]})
                    other["status"] = "modified"
    # reordered: items of an ordered family out of the family's order in the circular's list
    for fam, info in families.items():
        if not info.get("ordered") or attest.get(fam, {}).get("evidence") != "list":
            continue
        items = [(prepared.index(by_id[r["matched"][0]]) if r["matched"] else None, k, r)
                 for k, r in enumerate(rows) if r["family"] == fam and r["how"] == "aligned"]
        items = [x for x in items if x[0] is not None]
        items.sort()
        keep = _lis([k for _, k, _ in items])
        ranks = sorted(x[1] for x in items)
        for n, (_, k, r) in enumerate(items):
            # order is not content: a moved item keeps its status and says where it stands
            r["position"] = {"circular": n + 1, "baseline": ranks.index(k) + 1}
            r["reordered"] = n not in keep
    for r in rows:
        r["changes"] = list(dict.fromkeys(d["type"] for d in r["change_details"]))
    added = []
    for i, p in enumerate(prepared):
        if i in al["reg_used"] or not p.stems:      # a bare lead-in ("PNS dilarang:") adds nothing
            continue
        added.append({"id": p.clause.id, "kind": p.kind, "force": p.force, "text": p.clause.text,
                      "type": _added_type(p, vocab), "witness_clauses": p.clause.attested_by})
    return {
        "id": group.id, "key": group.key, "number": group.number, "issuer": group.issuer, "region": group.region,
        "region_code": group.region_code, "date": group.date, "witnesses": group.witnesses,
        "duplicates": group.duplicates, "urls": group.urls,
        "families": list(attest.values()),
        "clauses": [dataclasses.asdict(c) for c in group.clauses],
        "statements": [{"clause_id": c["clause_id"], "kind": c["kind"], "speaker": c.get("speaker"), "text": c["text"]}
                       for c in group.statements],
        "alignment": rows, "added": [a["id"] for a in added], "added_details": added,
    }


def _added_type(p: _Prepared, vocab: Vocabulary) -> str:
    if any(re.search(rf"(?<!\w){re.escape(s)}(?!\w)", p.text) for s in vocab.sanction):
        return "sanction"
    return {"obligation": "new duty", "prohibition": "new act", "permission": "new permission"}.get(p.kind, "new")


# --- 7. outputs -----------------------------------------------------------------------------

def compare(groups: list[CircularGroup], baselines: list[Baseline], settings: Optional[Settings] = None,
            cs: Optional[CompareSettings] = None) -> list[dict]:
    clauses = [c for b in baselines for c in b.clauses]
    families = {f: info for b in baselines for f, info in b.families.items()}
    return [compare_group(g, clauses, families, settings, cs) for g in groups]


def compare_documents(docs: list[dict], baselines: Optional[list[Baseline]] = None,
                      settings: Optional[Settings] = None, threshold: Optional[float] = None,
                      clusters: Optional[Mapping[str, str]] = None, count_duplicates: bool = False) -> dict:
    """The comparison (a JSON-ready dict) of extracted documents with baselines."""
    if hasattr(docs, "to_dict"):
        raise TypeError("compare_documents takes the stored document dicts: load_documents(out, records=True)")
    settings = resolve(settings)
    cs = CompareSettings.from_settings(settings, align_threshold=threshold)
    baselines = baselines if baselines is not None else load_baselines(settings=settings)
    warnings: list[str] = []
    groups = group_documents(docs, settings, clusters=clusters, count_duplicates=count_duplicates, warnings=warnings)
    witnesses = {w for g in groups for w in g.witnesses} | {d for g in groups for d in g.duplicates}
    families = {}
    for b in baselines:
        for f, info in b.families.items():
            families[f] = {"family": f, "baseline": b.name, **info}
    return {
        "schema_version": SCHEMA_VERSION,
        "threshold": cs.align_threshold,
        "settings": dataclasses.asdict(cs),
        "baselines": [{"name": b.name, "path": Path(b.path).name, "clauses": len(b.clauses)} for b in baselines],
        "families": list(families.values()),
        "baseline_clauses": [{"id": c.id, "family": c.family, "kind": c.kind, "text": c.text, "actor": c.actor,
                              "parent": c.parent, "confidence": c.meta.get("confidence"),
                              "secondary": c.meta.get("secondary", False), "instrument": c.meta.get("instrument"),
                              "article": c.meta.get("article"), "baseline": b.name}
                             for b in baselines for c in b.clauses],
        "circulars": compare(groups, baselines, settings, cs),
        "documents_without_circular": sorted(d["doc_id"] for d in docs if d["doc_id"] not in witnesses),
        # what the comparison leaves aside: rules in articles that name no circular and no issuer,
        # and officials' statements (they say what a speaker said, not what a circular says)
        "not_compared": {
            "statements": sum(len(g.statements) for g in groups) + sum(
                1 for d in docs if d["doc_id"] not in witnesses for c in d.get("clauses") or []
                if c.get("source") == "statement"),
            "clauses_without_circular": sum(1 for d in docs if d["doc_id"] not in witnesses
                                            for c in d.get("clauses") or [] if c.get("source") != "statement")},
        "warnings": warnings,
    }


def _read_clusters(path: Optional[str | Path]) -> Optional[dict]:
    """doc_id -> cluster id from a JSON object or a CSV with columns doc_id,cluster."""
    if path is None:
        return None
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot read the duplicate clusters ({exc.strerror or exc})") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise InputError(path, f"not a JSON object of doc_id -> cluster ({exc})") from None
        if not isinstance(data, dict):
            raise InputError(path, "not a JSON object of doc_id -> cluster")
        return {str(k): str(v) for k, v in data.items()}
    rows = list(csv.DictReader(io.StringIO(text)))
    if not rows or not {"doc_id", "cluster"} <= set(rows[0]):
        raise InputError(path, "a CSV of duplicate clusters needs the columns doc_id,cluster")
    return {r["doc_id"]: r["cluster"] for r in rows}


def compare_dir(extracted: str | Path = "extracted", out: str | Path | None = None,
                baselines: Optional[list] = None, threshold: Optional[float] = None, shipped: bool = True,
                settings: Optional[Settings] = None, clusters: Optional[Mapping[str, str] | str | Path] = None,
                count_duplicates: bool = False) -> dict:
    """Compare every circular of an extraction with the baselines; write the outputs.

    ``baselines`` adds files to the shipped baselines (``shipped=False``: only these).
    Nothing is written unless everything could be computed; the files then replace the
    previous comparison together."""
    from .outputs import lock
    with lock(extracted, exclusive=False):        # never a corpus that extract is writing
        return _compare_dir(extracted, out, baselines, threshold, shipped, settings, clusters, count_duplicates)


def _compare_dir(extracted, out, baselines, threshold, shipped, settings, clusters, count_duplicates) -> dict:
    from .outputs import Layout, iter_documents
    from .report import render_html, render_markdown
    settings = resolve(settings)
    layout = Layout(extracted)
    out = Path(out) if out else layout.comparison
    if not layout.documents.is_dir():
        raise InputError(layout.documents, "no extraction here: run `corpus-tools extract` first")
    loaded = load_baselines(baselines or [], shipped=shipped, settings=settings)
    if clusters is None:
        try:                                   # the clusters `extract` found (duplicates.json)
            from .duplicates import load_clusters
            clusters = load_clusters(extracted) or None
        except ImportError:
            clusters = None
    elif not isinstance(clusters, Mapping):
        clusters = _read_clusters(clusters)
    # article texts are not needed to compare clauses: dropping them keeps memory to the clauses
    # (only the elections an article names and the office that signed its circular are kept
    # from its text: they tell apart one issuer's circulars that cite no number)
    from .circulars import circular_signer, election_mentions, list_context
    docs = [{**{k: v for k, v in d.items() if k not in ("text", "removed")}, "election": election_mentions(d, settings),
             "signer": circular_signer(d), "list_context": list_context(d, settings)}
            for d in iter_documents(extracted)]
    result = compare_documents(docs, loaded, settings, threshold, clusters, count_duplicates)
    files = {"comparison.json": dumps(result), "matrix.csv": matrix_csv(result),
             "alignments.csv": alignments_csv(result), "added.csv": added_csv(result),
             "datapackage.json": datapackage(result),
             "report.md": render_markdown(result), "report.html": render_html(result)}
    write_all(out, files)
    return result


def write_all(out: Path, files: dict[str, str]) -> None:
    """Write every file to a temporary folder beside ``out``, then move them in: a failure
    before the moves leaves the previous outputs as they were."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".compare-", dir=out))
    try:
        for name, text in files.items():
            with open(tmp / name, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
        for name in files:
            os.replace(tmp / name, out / name)
    finally:
        for p in tmp.glob("*"):
            p.unlink()
        tmp.rmdir()


# --- tables ---------------------------------------------------------------------------------

_FORMULA = ("=", "+", "-", "@", "\t", "\r")

# The column dictionary of the three CSV tables: (name, Table Schema type, meaning). It is
# written beside the tables as ``datapackage.json`` (Frictionless Data: frictionless-py and
# the R package ``frictionless`` read the types from it), ``read_table`` uses it, and
# docs/compare.md prints it. Lists inside a cell are joined with "; ".
_CIRCULAR_COLUMNS = [
    ("circular", "string", "circular id: its normalised number, or '<issuer> (unnumbered)'; "
                           "'<number> (<issuer>)' when two issuers cite one number"),
    ("number", "string", "the circular's number as the articles give it; empty when none does"),
    ("region", "string", "the issuing region (e.g. 'Kabupaten Sukamaju')"),
    ("region_code", "string", "the region's official code (Kemendagri), e.g. '36.74': read it as text"),
    ("issuer", "string", "the issuing government"),
    ("date", "date", "the circular's own date (ISO YYYY-MM-DD) where an article gives it; empty otherwise"),
]
TABLE_COLUMNS = {
    "alignments.csv": _CIRCULAR_COLUMNS + [
        ("baseline", "string", "the baseline file's name (e.g. 'national-2022')"),
        ("baseline_id", "string", "the baseline clause (e.g. 'PP94-5n3'); see the report's last table"),
        ("family", "string", "the baseline family (PP94-5n, SKB, DUTY, PRINCIPLE, PERM, SE18, ...)"),
        ("baseline_kind", "string", "prohibition / obligation / permission"),
        ("reconstructed", "boolean", "the baseline wording comes from secondary sources"),
        ("status", "string", "identical / modified / covered / omitted / not reported"),
        ("change_types", "string", "the change types of a modified or covered row"),
        ("reordered", "boolean", "the item stands elsewhere in the circular's list than in the baseline's "
                                 "order (not a change of wording)"),
        ("position_in_circular", "integer", "its place among the family's items in the circular (ordered "
                                            "families quoted as a list); empty otherwise"),
        ("position_in_baseline", "integer", "the same items' place in the baseline order"),
        ("score", "number", "similarity 0-100 of the aligned text (for an unmatched item: the best score seen)"),
        ("confidence", "string", "high / medium / low; empty for 'not reported'"),
        ("against", "string", "'text', the national variant wording used ('variant N (source)'), or the part of "
                              "a compound item the clause restates ('part N: ...'; the diff is then against the "
                              "whole text)"),
        ("how", "string", "aligned / same act / covered / lead-in / implied by its items; empty when unmatched"),
        ("matched_clause_ids", "string", "the regional clause ids (doc_id:n) attesting the row"),
        ("regional_text", "string", "the regional clause text(s), ' | ' between parts"),
        ("family_evidence", "string", "how the articles report the family: list / enumeration / mention / none"),
        ("list_check", "string", "the quoted list's markers: complete (run without a gap) / gap (a position is "
                                 "missing: an extraction miss or an item stating no rule) / unordered "
                                 "(bullets or prose) / none"),
        ("omission_basis", "string", "why an unmatched item may be omitted: complete list / witnesses agree; "
                                     "empty when it is only not reported (also when a left-over list item may "
                                     "restate it: `possibly_restated_by` in comparison.json)"),
        ("family_addressee", "string", "whom the articles' list for the family binds: same (the baseline items' "
                                       "addressees or some of them) / other (other people, e.g. village heads: "
                                       "no omission from it); empty when no article reports the family"),
        ("n_witnesses", "integer", "articles counted as witnesses of the circular"),
        ("family_witnesses", "integer", "witnesses quoting the family's list as a whole"),
        ("articles", "string", "doc_ids of the articles behind the row"),
        ("article_urls", "string", "their URLs"),
    ],
    "matrix.csv": _CIRCULAR_COLUMNS + [
        ("n_witnesses", "integer", "articles counted as witnesses"),
        ("witnesses", "string", "their doc_ids"),
        ("article_urls", "string", "their URLs"),
        ("added", "integer", "regional clauses aligned with no baseline clause"),
        ("<baseline_id>", "string", "one column per baseline clause: its status for the circular"),
    ],
    "added.csv": _CIRCULAR_COLUMNS + [
        ("clause_id", "string", "the merged regional clause id"),
        ("kind", "string", "prohibition / obligation / permission"),
        ("force", "string", "mandatory / advisory"),
        ("type", "string", "sanction / new act / new duty / new permission"),
        ("text", "string", "the clause as the first witness quotes it"),
        ("witness_clauses", "string", "the clause ids (doc_id:n) attesting it"),
        ("articles", "string", "doc_ids of those articles"),
        ("article_urls", "string", "their URLs"),
    ],
}


def safe_cell(value) -> str:
    """A CSV cell that a spreadsheet shows as text: a leading = + - @ is neutralised;
    booleans are written true / false."""
    if isinstance(value, bool):
        return "true" if value else "false"
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA) else s


def _csv(header: list[str], rows: Iterable[list]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([safe_cell(h) for h in header])
    for r in rows:
        w.writerow([safe_cell(x) for x in r])
    return buf.getvalue()


def datapackage(result: dict) -> str:
    """datapackage.json: the tables' fields and types (Frictionless Table Schema)."""
    ids = [b["id"] for b in result["baseline_clauses"]]
    resources = []
    for name, cols in TABLE_COLUMNS.items():
        fields = []
        for col, typ, desc in cols:
            if col == "<baseline_id>":
                fields += [{"name": i, "type": "string", "description": f"status for {i}"} for i in ids]
            else:
                fields.append({"name": col, "type": typ, "description": desc,
                               **({"trueValues": ["true"], "falseValues": ["false"]} if typ == "boolean" else {})})
        resources.append({"name": name.split(".")[0], "path": name, "profile": "tabular-data-resource",
                          "format": "csv", "encoding": "utf-8", "schema": {"fields": fields, "missingValues": [""]}})
    return dumps({"profile": "tabular-data-package", "name": "corpus-tools-comparison", "resources": resources})


def read_table(path: str | Path):
    """A CSV table of ``compare`` or ``export`` as a pandas DataFrame with its documented
    types (from the ``datapackage.json`` beside it): text stays text (``region_code``
    "36.10" is not the number 36.1), integers are nullable Int64, booleans boolean, dates
    ISO strings."""
    import pandas as pd
    path = Path(path)
    cols = {c: t for c, t, _ in TABLE_COLUMNS.get(path.name, []) if c != "<baseline_id>"}
    package = path.with_name("datapackage.json")
    if package.is_file():                     # the types written beside the table (compare or export)
        try:
            res = [r for r in json.loads(package.read_text(encoding="utf-8"))["resources"] if r["path"] == path.name]
            cols = {f["name"]: f["type"] for r in res for f in r["schema"]["fields"]} or cols
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(package, f"unreadable table description ({exc})") from None
    if not cols:
        raise InputError(path, "not a corpus_tools table (no datapackage.json beside it)")
    dtype = {c: {"integer": "Int64", "number": "float64", "boolean": "boolean"}.get(t, "string")
             for c, t in cols.items()}
    try:
        df = pd.read_csv(path, dtype="string", keep_default_na=False, na_values=[""])
    except (OSError, ValueError) as exc:
        raise InputError(path, f"unreadable table ({exc})") from None
    for c in df.columns:
        t = dtype.get(c, "string")
        if t == "boolean":
            df[c] = df[c].map({"true": True, "false": False}).astype("boolean")
        elif t != "string":
            df[c] = pd.to_numeric(df[c]).astype(t)
    return df


def _urls(c: dict, doc_ids: Iterable[str]) -> str:
    urls = c.get("urls") or {}
    return "; ".join(u for u in (urls.get(a) for a in doc_ids) if u)


def matrix_csv(result: dict) -> str:
    """Circulars x baseline clauses, the status in each cell (one row per circular)."""
    ids = [b["id"] for b in result["baseline_clauses"]]
    header = [c for c, _, _ in TABLE_COLUMNS["matrix.csv"] if c != "<baseline_id>"] + ids
    rows = []
    for c in result["circulars"]:
        status = {row["baseline_id"]: row["status"] for row in c["alignment"]}
        rows.append([c["id"], c["number"], c["region"], c["region_code"], c["issuer"], c["date"],
                     len(c["witnesses"]), "; ".join(c["witnesses"]), _urls(c, c["witnesses"]), len(c["added"])]
                    + [status[i] for i in ids])
    return _csv(header, rows)


ALIGNMENT_COLUMNS = [c for c, _, _ in TABLE_COLUMNS["alignments.csv"]]


def alignment_rows(comparison: dict, include_added: bool = True) -> list[dict]:
    """Tidy rows of a comparison: one per circular x baseline clause (alignments.csv), then,
    with ``include_added``, one per regional clause aligned with nothing (status "added").

    Lists stay lists (``changes``, ``matched``, ``witnesses``: every article of the circular,
    republished copies included; ``articles``: those attesting the row); alignments.csv
    joins them. ``export`` uses the same rows."""
    base = {b["id"]: b for b in comparison["baseline_clauses"]}
    out = []
    for c in comparison["circulars"]:
        clause_text = {x["id"]: x["text"] for x in c["clauses"]}
        fams = {f["family"]: f for f in c.get("families", [])}
        head = {"circular": c.get("id", c["key"]), "number": c["number"], "circular_number": c["number"],
                "region": c["region"], "region_code": c["region_code"], "issuer": c["issuer"], "date": c["date"],
                "circular_date": c["date"], "witnesses": list(c["witnesses"]) + list(c.get("duplicates") or {}),
                "n_witnesses": len(c["witnesses"])}
        for r in c["alignment"]:
            b = base.get(r["baseline_id"], {})
            arts = list(r.get("articles") or [])
            f = fams.get(r["family"], {})
            check = {True: "complete", False: "gap"}.get(f.get("list_complete"),
                                                          "unordered" if f.get("evidence") in ("list", "enumeration")
                                                          else "none")
            pos = r.get("position") or {}
            out.append({
                **head, "baseline": b.get("baseline"), "baseline_id": r["baseline_id"], "family": r["family"],
                "baseline_kind": b.get("kind"), "instrument": b.get("instrument"), "article": b.get("article"),
                "baseline_text": b.get("text"), "reconstructed": bool(r.get("reconstructed")),
                "status": r["status"], "changes": list(r["changes"]), "change_types": "; ".join(r["changes"]),
                "reordered": bool(r.get("reordered")), "position_in_circular": pos.get("circular"),
                "position_in_baseline": pos.get("baseline"),
                "score": r["score"], "confidence": r.get("confidence"), "against": r.get("against"), "how": r.get("how"),
                "matched": list(r["matched"]), "matched_clause_ids": "; ".join(r.get("witness_clauses") or r["matched"]),
                "regional_text": " | ".join(clause_text.get(m, "") for m in r["matched"]) or None,
                "family_evidence": f.get("evidence"), "list_check": check,
                "omission_basis": r.get("omission_basis", f.get("omission_basis")),
                "family_witnesses": len(f.get("witnesses_whole") or []),
                "family_addressee": ("other" if f.get("other_addressee") else "same") if f.get("articles") else None,
                "article_urls": _urls(c, arts), "articles": "; ".join(arts),
            })
        if include_added:
            for a in c.get("added_details", []):
                arts = list(dict.fromkeys(w.rsplit(":", 1)[0] for w in a.get("witness_clauses", [])))
                out.append({
                    **head, "baseline": None, "baseline_id": None, "family": None, "baseline_kind": a["kind"],
                    "instrument": None, "article": None, "baseline_text": None, "reconstructed": False,
                    "status": "added", "changes": [a["type"]], "change_types": a["type"], "reordered": False,
                    "position_in_circular": None, "position_in_baseline": None, "score": None,
                    "confidence": None, "against": None, "how": None, "matched": [a["id"]],
                    "matched_clause_ids": "; ".join(a.get("witness_clauses", [])), "regional_text": a["text"],
                    "family_evidence": None, "list_check": None, "omission_basis": None, "family_witnesses": None,
                    "family_addressee": None,
                    "article_urls": _urls(c, arts), "articles": "; ".join(arts)})
    return out


def alignments_csv(result: dict) -> str:
    """One row per circular x baseline clause (regional additions are in added.csv)."""
    rows = alignment_rows(result, include_added=False)
    return _csv(ALIGNMENT_COLUMNS, ([r[k] for k in ALIGNMENT_COLUMNS] for r in rows))


def added_csv(result: dict) -> str:
    """Regional clauses aligned with no baseline clause: what circulars add."""
    header = [c for c, _, _ in TABLE_COLUMNS["added.csv"]]
    rows = []
    for c in result["circulars"]:
        for a in c.get("added_details", []):
            arts = list(dict.fromkeys(w.rsplit(":", 1)[0] for w in a["witness_clauses"]))
            rows.append([c["id"], c["number"], c["region"], c["region_code"], c["issuer"], c["date"], a["id"],
                         a["kind"], a["force"], a["type"], a["text"], "; ".join(a["witness_clauses"]),
                         "; ".join(arts), _urls(c, arts)])
    return _csv(header, rows)
