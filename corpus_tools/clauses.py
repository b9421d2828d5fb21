"""Clauses stage: sentences -> prohibition / obligation / permission clauses.

A chain of small pure steps over word tokens:
  find_cues       deontic cues from the lexicon (data/cues.json), with negation,
                  conditionals and relative clauses handled;
  actor_before / addressee
                  who is bound, from the actor lexicon (data/actors.json);
  split_acts      one clause per act in "dilarang A, B, sebagai C" and per cue in
                  "boleh A, namun tidak boleh B";
  lists           items under a lead-in ("... sebagai berikut:") take its kind and
                  actor; sub-items under a sub-lead get ``parent``;
  continuations   a cue-less sentence that carries on the act list of the sentence
                  before it ("Sebagai peserta kampanye ...", "Tidak terpengaruh ...");
  context         ``source`` (circular vs statement) and ``speaker``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, Optional

from . import config
from .models import Clause, Paragraph, Sentence
from .normalise import normalize_text, strip_lead

TOKEN_RE = re.compile(r"[^\W_]+(?:[-/'][^\W_]+)*|[^\w\s]", re.UNICODE)
# A directive verb must meet its complementizer ("meminta ... agar") within this many tokens.
DIRECTIVE_WINDOW = 18
# A conditional word this close before a cue makes it a condition, not a rule.
CONDITIONAL_WINDOW = 4
# Addressee phrases longer than this are not actors but content.
MAX_ACTOR_TOKENS = 16
# An actor phrase before a modal cue is looked for at most this many tokens back
# (unbounded, a long run of cues without a boundary made extraction quadratic).
ACTOR_LOOKBACK = 64
CLOSE_QUOTES = ('"', "”", "’", "'", "»")
# Words that end the actor of a lead-in ("larangan bagi setiap pegawai sebagai berikut:")
LEAD_TAIL = frozenset({"berikut", "antara", "yaitu", "yakni", "diantaranya", "meliputi", "dalam", "seperti"})
# Distinct (text, offset) tokenisations kept: a document tokenises each sentence several
# times (cues, lead-ins, speakers, continuations). The cache is emptied per document.
TOKEN_CACHE_SIZE = 1024
QUOTE_ATTRIBUTION_RE = re.compile(r"[”\"]\s*,?\s*(?P<verb>[a-z]+?)(?P<nya>nya)?\s+(?P<name>(?:[A-Z][\w'.-]*\s*){1,4})")


class Tok(NamedTuple):
    """A word or punctuation token; a tuple, so that making ~400 a page is cheap."""
    text: str
    low: str
    start: int
    end: int


_new_tok = tuple.__new__     # Tok's own __new__ is a Python function; this is the C one


@dataclass
class CueMatch:
    first: int                 # token index of the cue's first token (negator included)
    last: int                  # token index after the cue
    entry: dict
    kind: str
    force: str
    negated: bool
    content: int               # token index where the content starts
    actor: Optional[tuple[int, int]] = None      # token span of the actor
    speaker_span: Optional[tuple[int, int]] = None


@dataclass
class Draft:
    """A clause before ids are assigned."""
    start: int
    end: int
    kind: str
    force: str
    cue: str
    cue_canonical: str
    actor: Optional[str]
    list_marker: Optional[str] = None
    parent_key: Optional[int] = None           # index into drafts of the parent list item
    paragraph: int = 0
    sentence: int = 0
    source: str = "statement"
    speaker: Optional[str] = None
    extra: dict = field(default_factory=dict)


# --- lexicons -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def lex() -> dict:
    cues = config.load_data("cues.json")
    actors = config.load_data("actors.json")
    entries = []
    for e in cues["cues"]:
        for form in [e["cue"]] + e.get("variants", []):
            entries.append((tuple(form.lower().split()), e))
    entries.sort(key=lambda fe: -len(fe[0]))
    terms = []
    for role, words in actors["roles"].items():
        for w in words:
            terms.append((tuple(TOKEN_RE.findall(w.lower())), role))
    terms.sort(key=lambda tr: -len(tr[0]))
    modal = [(seq, e) for seq, e in entries if e["role"] == "modal"]
    return {
        # first token -> candidates in lexicon order (longest first): a token that starts
        # no entry costs one dict lookup instead of a pass over every cue form
        "entries_by_first": _by_first(entries),
        "modal_by_first": _by_first(modal),
        "actor_by_first": _by_first(terms),
        "negators": set(cues["negators"]),
        "complementizers": set(cues["complementizers"]),
        "conditionals": set(cues["conditionals"]),
        "skip_after": set(cues["skip_after"]),
        "negating_frames": [tuple(f.split()) for f in cues["negating_frames"]],
        "adverbs": set(cues["adverbs"]),
        "boundaries": set(cues["boundaries"]),
        "examples": set(cues["example_markers"]),
        "verb_re": re.compile(cues["verb_prefix_re"]),
        "verb_starters": set(cues["verb_starters"]),
        "non_verbs": set(cues["non_verbs"]),
        "connectives": [tuple(c.split()) for c in cues["continuation_connectives"]],
        "speech_verbs": set(cues["speech_verbs"]),
        "attribution": set(cues["attribution_verbs"]),
        "circular_terms_by_first": _by_first([(tuple(c.split()), None) for c in cues["circular_terms"]]),
        "circular_intro_by_first": _by_first([(tuple(c.split()), None) for c in cues["circular_intro"]]),
        "determiners": set(actors["determiners"]),
        "pronouns": set(actors["pronouns"]),
        "qualifier_stop": set(actors["qualifier_stop"]),
    }


def _by_first(pairs: list[tuple[tuple[str, ...], object]]) -> dict[str, list]:
    """Index (token sequence, value) pairs by their first token, keeping list order."""
    out: dict[str, list] = {}
    for seq, value in pairs:
        if not seq:
            raise ValueError("empty lexicon entry")
        out.setdefault(seq[0], []).append((seq, value))
    return out


def _first_seq_at(toks: list[Tok], i: int, index: dict[str, list]):
    """The first (seq, value) of ``index`` whose sequence starts at token i, or None."""
    for seq, value in index.get(toks[i].low, ()):
        if _seq_at(toks, i, seq):
            return seq, value
    return None


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    # Toks are immutable and shared between calls; the list is the caller's own
    return list(_tokenize(text, offset))


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _tokenize(text: str, offset: int) -> tuple[Tok, ...]:
    out = []
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(_new_tok(Tok, (word, word.lower(), offset + start, offset + end)))
    return tuple(out)


def is_verb(tok: Tok) -> bool:
    return _is_verb_word(tok.low)


@lru_cache(maxsize=65536)
def _is_verb_word(low: str) -> bool:
    L = lex()
    return low in L["verb_starters"] or (low not in L["non_verbs"] and bool(L["verb_re"].match(low)))


def _seq_at(toks: list[Tok], i: int, seq: tuple[str, ...]) -> bool:
    return 0 <= i and i + len(seq) <= len(toks) and all(toks[i + k].low == seq[k] for k in range(len(seq)))


def actor_term_at(toks: list[Tok], i: int) -> Optional[tuple[int, str]]:
    """(length, role) of the longest actor term starting at token i."""
    hit = _first_seq_at(toks, i, lex()["actor_by_first"])
    return (len(hit[0]), hit[1]) if hit else None


def actor_role(text: Optional[str]) -> Optional[str]:
    """Canonical role of an actor phrase: the role of its first actor term."""
    if not text:
        return None
    toks = tokenize(text)
    for i in range(len(toks)):
        hit = actor_term_at(toks, i)
        if hit:
            return hit[1]
    return None


# --- cues ------------------------------------------------------------------------------

def _skip(toks: list[Tok], i: int, words: set[str], step: int = 1) -> int:
    while 0 <= i < len(toks) and toks[i].low in words:
        i += step
    return i


def _is_lead_in(toks: list[Tok]) -> bool:
    return bool(toks) and toks[-1].text == ":"


def find_cues(toks: list[Tok]) -> list[CueMatch]:
    """Deontic cues in a sentence, left to right, non-overlapping, longest first."""
    L = lex()
    found: list[CueMatch] = []
    i = 0
    lead_in = _is_lead_in(toks)
    while i < len(toks):
        hit = _first_seq_at(toks, i, L["entries_by_first"])
        if not hit:
            i += 1
            continue
        seq, e = hit
        m = _qualify(toks, i, i + len(seq), e, lead_in)
        if m:
            found.append(m)
            i = i + len(seq) if e["role"] == "directive" else max(m.content, i + len(seq))
        else:
            i += len(seq)
    # A directive whose complementizer lies beyond a later directive yields to it
    # ("Surat Edaran ... untuk menghimbau agar ...").
    kept = []
    for k, m in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if m.entry["role"] == "directive" and nxt and nxt.first < m.content and nxt.entry["role"] == "directive":
            continue
        kept.append(m)
    return kept


def _qualify(toks: list[Tok], i: int, j: int, e: dict, lead_in: bool) -> Optional[CueMatch]:
    L = lex()
    role, kind, force = e["role"], e["kind"], e["force"]
    prev = _skip(toks, i - 1, L["adverbs"], -1)
    negated = prev >= 0 and toks[prev].low in L["negators"] and toks[i].low not in L["negators"]
    first = prev if negated else i
    before = first - 1
    if before >= 0 and toks[before].low in L["skip_after"] and not lead_in:
        return None                                   # "... yang dapat diakses": a description
    window = [t.low for t in toks[max(0, first - CONDITIONAL_WINDOW):first]]
    if "," not in window and any(w in L["conditionals"] for w in window):
        return None                                   # "apabila tidak bisa ...": a condition
    if e.get("negated_only") and not negated:
        return None
    if e.get("requires_actor") and actor_before(toks, first) is None:
        return None
    if role == "lead" and not lead_in:
        return None
    if negated and role in ("modal", "passive"):
        kind = {"permission": "prohibition", "prohibition": "permission", "obligation": "permission"}[kind]
    content = _skip(toks, j, L["adverbs"])
    if role == "passive":
        if content < len(toks) and toks[content].low in L["complementizers"]:
            content += 1
        elif not (content < len(toks) and (is_verb(toks[content]) or toks[content].text == ":")) and not lead_in:
            return None
    m = CueMatch(first=first, last=j, entry=e, kind=kind, force=force, negated=negated, content=content)
    if role == "directive":
        comp = _find_complementizer(toks, j)
        direct = _subject_after(toks, j) if comp is None and e.get("binds_without_complementizer") else (None, j)
        if comp is None and direct[0] is not None and direct[1] < len(toks) and is_verb(toks[direct[1]]):
            m.actor, m.content = direct                # "mewajibkan setiap ASN melaporkan ..."
        elif comp is None:
            if not lead_in:
                return None
            m.content = len(toks)
            m.actor = _addressee(toks, j, len(toks) - 1)
        else:
            m.actor = _addressee(toks, j, comp)
            m.content = comp + 1
            if m.actor is None:                        # "agar seluruh ASN ... bersikap netral"
                m.actor, m.content = _subject_after(toks, comp + 1)
        m.speaker_span = (0, first)
    if m.content < len(toks) and toks[m.content].low in L["negators"] and m.kind == "obligation" and role != "modal":
        m.kind = "prohibition"                         # "diminta agar tidak ..."
    if role in ("modal", "passive"):
        m.actor = actor_before(toks, first)
        frame_end = m.actor[0] if m.actor else first
        if not negated and any(_seq_at(toks, frame_end - len(f), f) for f in L["negating_frames"]):
            # "status cuti tidak membuat ASN boleh ikut berkampanye"
            m.kind = {"permission": "prohibition", "prohibition": "permission"}.get(m.kind, m.kind)
            m.negated = True
    return m


def _find_complementizer(toks: list[Tok], j: int) -> Optional[int]:
    L = lex()
    for k in range(j, min(len(toks), j + DIRECTIVE_WINDOW)):
        low = toks[k].low
        if low in ("bahwa", ".", ":"):
            return None
        if low in L["complementizers"]:
            return k
        if k > j and _first_seq_at(toks, k, L["modal_by_first"]):
            return None
    return None


def _trim_span(toks: list[Tok], s: int, e: int) -> Optional[tuple[int, int]]:
    L = lex()
    while s < e and (toks[s].low in ("kepada", "pada", "bagi", "terhadap", ",", ")") or toks[s].text in CLOSE_QUOTES):
        s += 1
    while e > s and (toks[e - 1].low in L["qualifier_stop"] or toks[e - 1].low in L["adverbs"]
                     or toks[e - 1].text in (",", "(", "-", "–") or toks[e - 1].low in L["negators"]):
        e -= 1
    return (s, e) if e > s else None


def _addressee(toks: list[Tok], j: int, comp: int) -> Optional[tuple[int, int]]:
    """The actor between a directive verb and its complementizer ('mengimbau ASN untuk')."""
    span = _trim_span(toks, j, comp)
    if not span:
        return None
    s, e = span
    for k in range(s, e):
        if actor_term_at(toks, k) or toks[k].low in lex()["pronouns"]:
            d = k
            while d > s and toks[d - 1].low in lex()["determiners"]:
                d -= 1
            return (d, e) if e - d <= MAX_ACTOR_TOKENS else None
    return span if e - s <= 6 and not is_verb(toks[s]) else None


def _subject_after(toks: list[Tok], k: int) -> tuple[Optional[tuple[int, int]], int]:
    """'agar seluruh ASN di lingkungan X bersikap netral' -> (actor span, content index)."""
    L = lex()
    s = k
    d = _skip(toks, s, L["determiners"])
    if d < len(toks) and (actor_term_at(toks, d) or toks[d].low in L["pronouns"]):
        e = d + 1
        while e < len(toks) and not is_verb(toks[e]) and toks[e].low not in L["adverbs"] and e - s < MAX_ACTOR_TOKENS:
            e += 1
        return (s, e), _skip(toks, e, L["adverbs"])
    return None, k


def actor_before(toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """The actor phrase right before a modal cue: from the first actor term (with its
    determiners) after the last clause boundary, up to the cue."""
    L = lex()
    e = first
    # a comma right before the cue belongs to the actor's qualifier ("ASN yang ..., diimbau")
    k = e - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    s = k
    while s >= 0 and k - s < ACTOR_LOOKBACK:
        t = toks[s]
        if t.text in (",", ";", ":", "–", "—", "-", '"', "“", "”"):
            break
        if t.low in L["boundaries"] and (t.low not in ("dan", "atau", "serta", "maupun") or (
                s + 1 < len(toks) and (toks[s + 1].low in L["negators"] or is_verb(toks[s + 1])))):
            break
        s -= 1
    s += 1
    span = _trim_span(toks, s, e)
    if not span:
        return None
    s, e = span
    for a in range(s, e):
        if actor_term_at(toks, a) or toks[a].low in L["pronouns"]:
            # a verb after the head, outside a "yang" clause, means the head is the subject
            # of another predicate ("ASN juga mengatur hal-hal yang dilarang")
            for k in range(a + 1, e):
                if toks[k].low == "yang":
                    break
                if is_verb(toks[k]) and toks[k].low not in L["negators"] and toks[k].low not in ("sebagai", "termasuk"):
                    return None
            d = a
            while d > s and toks[d - 1].low in L["determiners"] and toks[d - 1].low != "sebagai":
                d -= 1
            return d, e
    return None


# --- splitting acts ---------------------------------------------------------------------

def split_points(toks: list[Tok], start: int, end: int, kind: str) -> list[int]:
    """Token indices inside [start, end) where a new act begins: after a comma (or a
    comma + conjunction) when the act list is made of verb phrases, and before
    'dan tidak ...' in a prohibition. Example lists ("seperti A, B") are never split."""
    L = lex()
    if start >= end or not is_verb(toks[start]):
        return []
    points, depth = [], 0
    for k in range(start + 1, end):
        t = toks[k]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if depth:
            continue
        if t.low in L["examples"]:
            break
        if t.text in (",", ";"):
            n = k + 1
            if n < end and toks[n].low in ("dan", "atau", "serta", "maupun"):
                n += 1
            if n < end and is_verb(toks[n]) and toks[n].low not in ("termasuk",):
                points.append(n)
        elif t.low in ("dan", "serta") and kind == "prohibition" and k + 2 < end \
                and toks[k + 1].low in L["negators"] and is_verb(toks[k + 2]) and toks[k + 2].low not in L["negators"]:
            points.append(k + 1)
    return points


def _strip_end(text: str, toks: list[Tok], end_tok: int, hard_end: int) -> int:
    """Character end of a clause that stops before token ``end_tok`` (drop separators)."""
    k = end_tok - 1
    while k >= 0 and (toks[k].text in (",", ";", "-", "–") or toks[k].low in ("dan", "atau", "serta", "namun", "tetapi", "tapi", "maupun", "melainkan", "sedangkan")):
        k -= 1
    return min(hard_end, toks[k].end) if k >= 0 else hard_end


def _sentence_end(sent: Sentence, text: str) -> int:
    """End of a sentence without its closing punctuation and quotes."""
    e = sent.end
    while e > sent.start and text[e - 1] in ' .,;:!?"”’\'»)':
        if text[e - 1] == ")" and "(" in text[sent.start:e - 1]:
            break
        e -= 1
    return e


def _quote_end(sent: Sentence, text: str) -> int:
    """A quoted sentence ends at its closing quote, before the attribution ("..., jelasnya")."""
    body = text[sent.start:sent.end]
    m = re.search(r"[,.!?]?\s*[”\"]\s*,?\s*\w+(?:nya)?\b[^”\"]*$", body)
    if m and (body.lstrip().startswith(("“", '"')) or "“" not in body):
        return sent.start + m.start()
    return _sentence_end(sent, text)


# --- per-sentence extraction -----------------------------------------------------------

def sentence_drafts(text: str, sent: Sentence, content_start: int | None = None) -> list[Draft]:
    """All clauses a sentence states by its own cues."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    if _is_lead_in(toks):
        return []
    cues = find_cues(toks)
    if not cues:
        return []
    hard_end = min(_quote_end(sent, text), _sentence_end(sent, text))
    drafts: list[Draft] = []
    for n, m in enumerate(cues):
        nxt = cues[n + 1] if n + 1 < len(cues) else None
        stop_tok = len(toks)
        if nxt:
            stop_tok = nxt.actor[0] if nxt.actor and nxt.actor[0] > m.content and nxt.entry["role"] != "directive" else nxt.first
        clause_first = m.actor[0] if (m.actor and m.entry["role"] in ("modal", "passive")) else m.first
        if m.entry["role"] == "directive":
            clause_first = m.content if m.actor is None or m.actor[0] < m.content else m.actor[0]
            if m.actor and m.actor[0] >= m.last and m.actor[1] <= m.content:
                clause_first = m.first
        actor_txt = text[toks[m.actor[0]].start:toks[m.actor[1] - 1].end] if m.actor else None
        cue_txt = text[toks[m.first].start:toks[m.last - 1].end]
        canonical = (("tidak " if m.negated else "") + m.entry["cue"]).strip()
        ends = [tok for tok in split_points(toks, m.content, stop_tok, m.kind)] + [stop_tok]
        seg_first = clause_first
        for end_tok in ends:
            if seg_first >= len(toks) or seg_first >= end_tok:
                break
            start_c = toks[seg_first].start
            end_c = _strip_end(text, toks, end_tok, hard_end)
            if end_c > start_c:
                content_c = toks[m.content].start if seg_first < m.content < len(toks) and toks[m.content].start < end_c else start_c
                drafts.append(Draft(start=start_c, end=end_c, kind=m.kind, force=m.force, cue=cue_txt,
                                    cue_canonical=canonical, actor=actor_txt, paragraph=sent.paragraph,
                                    extra={"content": content_c, "role": m.entry["role"], "speaker_span": (toks[m.speaker_span[0]].start, toks[m.speaker_span[1] - 1].end)
                                           if m.speaker_span and m.speaker_span[1] > m.speaker_span[0] else None}))
            seg_first = end_tok
    return drafts


def lead_in(text: str, sent: Sentence) -> Optional[dict]:
    """Kind, cue and actor a lead-in ("... sebagai berikut:") passes to its list items."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    if not _is_lead_in(toks):
        return None
    cues = find_cues(toks)
    if not cues:
        return {"kind": None}
    order = {"lead": 0, "modal": 1, "passive": 1, "directive": 2}
    m = sorted(cues, key=lambda c: (order[c.entry["role"]], c.first))[0]
    actor = m.actor
    if actor is None or m.entry["role"] == "lead":
        # the bound party usually follows the cue: "larangan setiap pegawai di X, sebagai berikut:"
        for k in range(m.last, len(toks)):
            if actor_term_at(toks, k) or toks[k].low in lex()["pronouns"]:
                d = k
                while d > m.last and toks[d - 1].low in lex()["determiners"]:
                    d -= 1
                e = k + 1
                while e < len(toks) and toks[e].text not in (",", ":") and toks[e].low not in lex()["complementizers"] \
                        and toks[e].low not in LEAD_TAIL and not _seq_at(toks, e, ("sebagai", "berikut")):
                    e += 1
                actor = (d, e)
                break
        else:
            actor = actor or actor_before(toks, m.first)
    return {"kind": m.kind, "force": m.force,
            "cue": text[toks[m.first].start:toks[m.last - 1].end],
            "cue_canonical": (("tidak " if m.negated else "") + m.entry["cue"]).strip(),
            "actor": text[toks[actor[0]].start:toks[actor[1] - 1].end] if actor else None,
            "speaker_span": (toks[0].start, toks[m.first - 1].end) if m.entry["role"] == "directive" and m.first > 0 else None}


def continuation_start(text: str, sent: Sentence) -> Optional[int]:
    """Token char offset where a cue-less continuation's act begins, or None.

    'Sebagai peserta kampanye ...' / 'Untuk itu pihaknya juga mengupayakan ...' /
    '"Tidak terpengaruh ...' / '"Termasuk kegiatan ...'."""
    L = lex()
    toks = [t for t in tokenize(text[sent.start:sent.end], sent.start) if t.text not in ('"', "“", "'", "‘")]
    if not toks:
        return None
    i = 0
    for seq in L["connectives"]:
        if _seq_at(toks, 0, seq):
            i = len(seq)
            if i < len(toks) and toks[i].text == ",":
                i += 1
            break
    juga = False
    if i + 1 < len(toks) and toks[i].low in L["pronouns"] | {"dirinya"} and toks[i + 1].low == "juga":
        i, juga = i + 2, True
    if i >= len(toks) or not is_verb(toks[i]):
        return None
    if toks[i].low in L["speech_verbs"] or _first_seq_at(toks, i, L["entries_by_first"]):
        return None                                   # "Ia juga meminta ...": a new speech act, not the list going on
    if i + 1 < len(toks) and toks[i + 1].text == ",":
        return None                                   # "Diketahui, ..." is a discourse marker
    if i == 0 and toks[i].text[0].islower():
        return None
    return toks[i].start if (juga or i == 0 or i <= 3) else None


# --- speakers -------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from .regions import region_words
    return frozenset(config.load_data("speakers.json")["titles"]) | region_words()


def clean_name(span: str) -> Optional[str]:
    """'Ketua Bawaslu Provinsi Banten, Ali Faisal' -> 'Ali Faisal'."""
    span = re.sub(r"\([^)]*\)", " ", span)
    parts = [p.strip() for p in span.split(",") if p.strip()]
    if not parts:
        return None
    words = parts[-1].split()
    titles = _title_words()
    k = 0
    while k < len(words) - 1 and (words[k].lower().strip(".") in titles or (words[k].isupper() and len(words[k]) > 1)):
        k += 1
    name = " ".join(words[k:]).strip(" .")
    return name or None


def _capitalised_span_before(text: str, end: int, floor: int) -> Optional[str]:
    """The run of capitalised words (with commas and parentheses) ending at ``end``."""
    toks = tokenize(text[floor:end], floor)
    k = len(toks)
    while k > 0 and (toks[k - 1].text[0].isupper() or toks[k - 1].text in (",", "(", ")")):
        k -= 1
    while k < len(toks) and toks[k].text in (",", ")"):
        k += 1
    if k >= len(toks):
        return None
    return text[toks[k].start:toks[-1].end]


class SpeakerTracker:
    """Who is speaking, carried through an article: explicit names update it, pronoun
    attributions ('tegasnya', 'Menurutnya', 'Dirinya') reuse it."""

    def __init__(self) -> None:
        self.current: Optional[str] = None
        self.full_names: list[str] = []

    def _resolve(self, name: str) -> str:
        for full in self.full_names:
            if full != name and full.split()[-1] == name.split()[-1]:
                return full
            if full != name and full.split()[0] == name.split()[0] and len(name.split()) == 1:
                return full
        if len(name.split()) >= 2 or not self.full_names:
            self.full_names.append(name)
        return name

    def see(self, text: str, sent: Sentence) -> Optional[str]:
        """Update from a sentence; return the speaker it attributes (or None)."""
        L = lex()
        stext = text[sent.start:sent.end]
        found = None
        m = QUOTE_ATTRIBUTION_RE.search(stext)
        if m and m.group("verb") in L["attribution"] and not m.group("nya"):
            name = m.group("name").strip(" .")
            if name.lower() not in L["pronouns"] | {"dirinya", "menurutnya"}:
                found = self._resolve(name)
        if not found:
            toks = tokenize(stext, sent.start)
            for k, t in enumerate(toks):
                if t.low in L["speech_verbs"] or (t.low == "disampaikan" and k + 1 < len(toks) and toks[k + 1].low == "oleh"):
                    if t.low == "disampaikan":
                        tail = text[toks[k + 1].end:sent.end].strip(" .")
                        name = clean_name(tail)
                    else:
                        j = k - 1
                        while j >= 0 and toks[j].low in ("juga", "pun", "telah", "sudah", "kembali", "berupaya", "pun"):
                            j -= 1
                        span = _capitalised_span_before(text, toks[j].end, sent.start) if j >= 0 else None
                        name = clean_name(span) if span else None
                    if name and name[0].isupper() and name.lower() not in L["pronouns"] | {"dirinya", "menurutnya"}:
                        found = self._resolve(name)
                    break
        if self.current:                       # an alias only extends a known speaker's names
            for pattern in _alias_res():
                a = pattern.search(stext)
                if a:
                    self.full_names.append(a.group(1).strip())
        if found:
            self.current = found
        return found


@lru_cache(maxsize=1)
def _alias_res() -> tuple[re.Pattern, ...]:
    """'akrab disapa Ali' patterns, one per alias cue, in data order."""
    return tuple(re.compile(rf"\b{cue}\s+((?:[A-Z][\w'-]*\s?)+)")
                 for cue in config.load_data("speakers.json")["alias_cues"])


def attribution_speaker(text: str, sent: Sentence, tracker: SpeakerTracker, explicit: Optional[str]) -> Optional[str]:
    """The speaker of a clause in this sentence: named here, or a pronoun attribution."""
    if explicit:
        return explicit
    stext = text[sent.start:sent.end]
    if re.search(r"[”\"]\s*,?\s*[a-z]+nya\b", stext) or re.match(r"^(menurutnya|dirinya|dia|ia|beliau|pihaknya)\b", stext, re.I) \
            or re.search(r"\b(dirinya|pihaknya)\b", stext):
        return tracker.current
    return None


# --- the whole document ------------------------------------------------------------------

def _mentions(toks: list[Tok], index: dict[str, list]) -> bool:
    """Whether any sequence of ``index`` (see _by_first) occurs."""
    return _first_mention_end(toks, index) is not None


def _first_mention_end(toks: list[Tok], index: dict[str, list]) -> Optional[int]:
    """Character end of the first occurrence of any sequence of ``index``; the bare
    abbreviation "se" counts only as upper-case "SE"."""
    for k in range(len(toks)):
        for seq, _ in index.get(toks[k].low, ()):
            if _seq_at(toks, k, seq) and not (seq == ("se",) and toks[k].text != "SE"):
                return toks[k + len(seq) - 1].end
    return None


def extract_clauses(doc_id: str, text: str, paragraphs: list[Paragraph], sentences: list[Sentence]) -> list[Clause]:
    """All deontic clauses of a cleaned article, in text order (see module doc)."""
    L = lex()
    _tokenize.cache_clear()      # token reuse is within a document: keep memory flat
    by_para: dict[int, list[int]] = {}
    for idx, s in enumerate(sentences):
        by_para.setdefault(s.paragraph, []).append(idx)

    drafts: list[Draft] = []
    tracker = SpeakerTracker()
    lead: Optional[dict] = None          # active list lead-in
    sublead: Optional[dict] = None
    top_marker_style: Optional[str] = None
    last_top_item: Optional[int] = None  # draft index of the last level-1 item
    context_open = False                 # inside an announced account of a circular's content
    prev_para_had_clause = False

    def marker_style(marker: str) -> str:
        if marker[0].isdigit() or marker.lstrip("(")[0].isdigit():
            return "num"
        if marker[0].isalpha() or marker.lstrip("(")[0].isalpha():
            return "alpha"
        return "bullet"

    for pi, para in enumerate(paragraphs):
        sidx = by_para.get(pi, [])
        para_drafts_before = len(drafts)
        ptoks = tokenize(para.text, para.start)
        mentions_circular = _mentions(ptoks, L["circular_terms_by_first"])
        intro = mentions_circular and _mentions(ptoks, L["circular_intro_by_first"])

        if para.list_marker and lead is not None:
            style = marker_style(para.list_marker)
            if top_marker_style is None:
                top_marker_style = style
            level2 = sublead is not None and style != top_marker_style or (style != top_marker_style)
            src = sublead if (level2 and sublead) else lead
            if not level2:
                sublead = None
            first_sent = sentences[sidx[0]] if sidx else None
            own = []
            for si in sidx:
                tracker.see(text, sentences[si])
                own += sentence_drafts(text, sentences[si])
            item_start = first_sent.start if first_sent else para.start
            item_end = _sentence_end(sentences[sidx[-1]], text) if sidx else para.end
            own = [d for d in own if d.extra.get("role") != "directive"]
            if own and own[0].start == item_start:
                for d in own:
                    d.list_marker = para.list_marker
                    d.source = lead.get("source", "statement")
                    d.speaker = lead.get("speaker")
                    if level2 and last_top_item is not None:
                        d.parent_key = last_top_item
                drafts += own
            elif src.get("kind"):
                kind = src["kind"]
                if text[item_start:item_start + 6].lower().startswith(("tidak ", "jangan")) and kind == "obligation":
                    kind = "prohibition"
                d = Draft(start=item_start, end=item_end, kind=kind, force=src["force"], cue=src["cue"],
                          cue_canonical=src["cue_canonical"], actor=src.get("actor") or lead.get("actor"),
                          list_marker=para.list_marker, paragraph=pi, source=lead.get("source", "statement"),
                          speaker=lead.get("speaker"))
                if level2 and last_top_item is not None:
                    d.parent_key = last_top_item
                drafts.append(d)
            if not level2 and len(drafts) > para_drafts_before:
                last_top_item = para_drafts_before
            prev_para_had_clause = len(drafts) > para_drafts_before
            continue

        # not a list item: a lead-in, a sub-lead, or running text
        last_sent = sentences[sidx[-1]] if sidx else None
        li = lead_in(text, last_sent) if last_sent else None
        for si in sidx:
            tracker.see(text, sentences[si])
        if li is not None:
            li["source"] = "circular" if (mentions_circular or context_open) else "statement"
            li["speaker"] = tracker.current if li.get("speaker_span") else None
            if lead is not None and last_top_item is not None and not mentions_circular and \
                    paragraphs[pi - 1].list_marker and _is_sub_lead(paragraphs, pi, top_marker_style, marker_style):
                parent = drafts[last_top_item]
                li["actor"] = li.get("actor") or parent.actor
                if not li["kind"]:           # "... itu meliputi:": the sub-items share the item's kind
                    li.update(kind=parent.kind, force=parent.force, cue=parent.cue, cue_canonical=parent.cue_canonical)
                sublead = li
            else:
                if lead is not None and not li.get("actor"):
                    li["actor"] = lead.get("actor")       # "Selain itu, edaran juga memuat larangan ...:" goes on
                lead, sublead, top_marker_style, last_top_item = li, None, None, None
            if li["source"] == "circular":
                context_open = True
            prev_para_had_clause = False
            for si in sidx[:-1]:
                drafts += sentence_drafts(text, sentences[si])
            continue
        lead, sublead, top_marker_style, last_top_item = None, None, None, None

        found = [tracker.see(text, sentences[si]) for si in sidx]
        # a quote paragraph's attribution ("..., jelasnya") covers all of its sentences
        para_speaker = None
        if para.quote:
            for si, f in zip(sidx, found):
                para_speaker = para_speaker or attribution_speaker(text, sentences[si], tracker, f)
        chain = prev_para_had_clause
        for n, si in enumerate(sidx):
            sent = sentences[si]
            own = sentence_drafts(text, sent)
            speaker = attribution_speaker(text, sent, tracker, found[n]) or para_speaker
            if not own and chain and drafts and (n > 0 or para.quote or _has_juga(text, sent)):
                own = _continuation(text, sent, drafts[-1], pi)
            stoks = tokenize(sent.text, sent.start)
            # end of the sentence's first circular term: found once, not once per clause
            # (re-scanning the prefix per clause was quadratic in a long sentence)
            mention_end = _first_mention_end(stoks, L["circular_terms_by_first"])
            sent_mentions = mention_end is not None
            prev_actor = None
            for d in own:
                if d.actor is None and prev_actor and not d.extra.get("continuation"):
                    d.actor = prev_actor          # "ASN tidak boleh A dan tidak boleh B"
                prev_actor = d.actor or prev_actor
                if d.extra.get("continuation"):
                    d.speaker = speaker or d.speaker
                    continue
                before = (mention_end is not None and mention_end <= d.start) \
                    or _mentions(tokenize(d.cue), L["circular_terms_by_first"])
                d.source = "circular" if (context_open or before) else "statement"
                d.speaker = speaker
                if d.extra.get("speaker_span") and not speaker:
                    d.speaker = tracker.current
            drafts += own
            chain = bool(own)
            if sent_mentions and _mentions(stoks, L["circular_intro_by_first"]):
                context_open = True
        prev_para_had_clause = len(drafts) > para_drafts_before
        if len(drafts) == para_drafts_before and not intro and not mentions_circular:
            context_open = False
        elif intro:
            context_open = True
    return _finalise(doc_id, text, drafts)


def _is_sub_lead(paragraphs: list[Paragraph], pi: int, top_style, marker_style) -> bool:
    """A lead-in between two items of a list introduces sub-items (a different marker)."""
    nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
    return bool(nxt and nxt.list_marker and top_style and marker_style(nxt.list_marker) != top_style)


def _has_juga(text: str, sent: Sentence) -> bool:
    return bool(re.search(r"\bjuga\b", text[sent.start:sent.end][:60]))


def _continuation(text: str, sent: Sentence, base: Draft, pi: int) -> list[Draft]:
    """A cue-less sentence that goes on with the previous clause's act list."""
    cstart = continuation_start(text, sent)
    if cstart is None:
        return []
    kind = base.kind
    if text[cstart:cstart + 7].lower().startswith(("tidak ", "jangan ")) and kind == "obligation":
        kind = "prohibition"
    end = min(_quote_end(sent, text), _sentence_end(sent, text))
    if end <= cstart:
        return []
    return [Draft(start=cstart, end=end, kind=kind, force=base.force, cue=base.cue,
                  cue_canonical=base.cue_canonical, actor=base.actor, paragraph=pi,
                  source=base.source, speaker=base.speaker, extra={"continuation": True})]


def _finalise(doc_id: str, text: str, drafts: list[Draft]) -> list[Clause]:
    """Order, de-duplicate identical spans, assign ids, resolve pronoun actors and parents."""
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k].start, drafts[k].end))
    seen, ids, clauses = set(), {}, []
    prev_role = None
    for k in order:
        d = drafts[k]
        if (d.start, d.end) in seen or d.end <= d.start:   # an item of nothing but punctuation has no span
            continue
        seen.add((d.start, d.end))
        cid = f"{doc_id}:{len(clauses) + 1:03d}"
        ids[k] = cid
        role = actor_role(d.actor)
        if d.actor and role is None and d.actor.lower().split()[0] in lex()["pronouns"]:
            role = prev_role
        prev_role = role or prev_role
        clauses.append(Clause(doc_id=doc_id, clause_id=cid, kind=d.kind, force=d.force, text="", start=d.start,
                              end=d.end, cue=d.cue, cue_canonical=d.cue_canonical, actor=d.actor,
                              actor_normalized=role, parent=None, source=d.source, speaker=d.speaker,
                              list_marker=d.list_marker, circular=None,
                              normalized=normalize_text(strip_lead(text[d.extra.get("content", d.start):d.end],
                                                                    negated=d.kind == "prohibition"))))
        clauses[-1].parent = d.parent_key  # type: ignore[assignment]  (draft index, mapped below)
    for c in clauses:
        if c.parent is not None:
            c.parent = ids.get(c.parent)  # type: ignore[arg-type]
    return clauses
