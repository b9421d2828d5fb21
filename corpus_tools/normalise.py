"""Normalise clause text so that clauses from different circulars compare on content.

normalize_text: lower-case, repaired spacing and broken hyphens, spelling variants
folded, abbreviations expanded, obvious typos fixed against a lexicon (spaCy's
Indonesian lookup tables + the baseline's own words). strip_lead drops a list
marker and a leading actor + cue ("ASN dilarang ikut kampanye" -> "ikut kampanye").

Everything derived from data files (the lexicon, its length index and letter masks,
spelling variants, abbreviations, the cue patterns of strip_lead, repaired words) is
kept on a :class:`Normaliser` built once per Settings (component ``normalise``); the
functions take ``settings=None`` for the shipped data.
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from pathlib import Path

from rapidfuzz.distance import OSA
from rapidfuzz import process

from .lang import rules as lang_rules
from .settings import Settings, register, resolve

WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})", re.UNICODE)   # text between words, word, ...
DOUBLE_QUOTES = '"“”„«»'      # the marks that open or close a quotation
QUOTES = str.maketrans({**{q: '"' for q in DOUBLE_QUOTES[1:]}, "‘": "'", "’": "'", "`": "'"})
BROKEN_HYPHEN_RE = re.compile(r"\b([^\W\d_]+)- +([^\W\d_]+)\b")
SLASH_SPACE_RE = re.compile(r"\s*/\s*")
PAREN_ABBR_RE = re.compile(r"\s*\(([^\W\d_]{2,10})\)")
INVISIBLE_RE = re.compile(r"[\u00ad\u200b-\u200f\ufeff]")
SPACES_RE = re.compile(r"\s+")
SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([,.;:])")


class Normaliser:
    """The data-derived tables of this module for one Settings (see module doc)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.list_marker = lang_rules(settings).list_marker     # one home: lang.json via Settings
        self.words = _build_lexicon(settings)
        by_len: dict[int, list[str]] = {}
        for w in self.words:
            by_len.setdefault(len(w), []).append(w)
        for v in by_len.values():
            v.sort()
        self.by_len = by_len
        self.masks: dict[int, object] = {}
        self.domain_words = frozenset(w for line in settings.lines("lexicon_extra.txt") for w in line.lower().split())
        pairs = settings.data("spelling.json")["variants"]
        # (variant, its pattern, replacement): a pattern runs only where its literal occurs
        self.variants = [(k, re.compile(VARIANT_TEMPLATE.format(re.escape(k))), v)
                         for k, v in sorted(pairs.items(), key=lambda kv: -len(kv[0]))]
        self.abbreviations = {k: v for k, v in settings.data("abbreviations.json").items() if not k.startswith("_")}
        cues = settings.data("cues.json")
        self.lead_re = _build_lead_re(cues)
        self.cue_start_re = re.compile(rf"^(?:{_cue_alternation(cues)})\b", re.IGNORECASE)
        self.corrected: dict[str, str] = {}


@register("normalise")
def build_normaliser(settings: Settings) -> Normaliser:
    return Normaliser(settings)


def _n(settings: Settings | None) -> Normaliser:
    return resolve(settings).component("normalise")


def lexicon(settings: Settings | None = None) -> frozenset[str]:
    """Known Indonesian word forms: spaCy lookups (forms and lemmas) + data/lexicon_*.txt."""
    return _n(settings).words


def _build_lexicon(settings: Settings) -> frozenset[str]:
    import spacy_lookups_data
    words: set[str] = set()
    table = Path(spacy_lookups_data.__file__).parent / "data" / "id_lemma_lookup.json.gz"
    with gzip.open(table, "rt", encoding="utf-8") as fh:
        for form, lemma in json.load(fh).items():
            words.add(form.lower())
            words.add(lemma.lower())
    for name in ("lexicon_extra.txt", "lexicon_legal.txt"):
        for line in settings.lines(name):
            words.update(line.lower().split())
    from spacy.lang.id.stop_words import STOP_WORDS   # function words ("bahkan") are words too
    words.update(STOP_WORDS)
    abbr = settings.data("abbreviations.json")
    for k, v in abbr.items():
        if not k.startswith("_"):
            words.add(k)
            words.update(v.split())
    return frozenset(words)


def _lexicon_by_len(settings: Settings | None = None) -> dict[int, list[str]]:
    return _n(settings).by_len


PREFIXES = ("memper", "diper", "mem", "men", "meng", "meny", "ber", "ter", "per", "di", "ke", "se", "me", "be")
SUFFIXES = ("kannya", "annya", "kan", "nya", "an", "i")


def _domain_words(settings: Settings | None = None) -> frozenset[str]:
    return _n(settings).domain_words


def is_known(word: str, *, settings: Settings | None = None) -> bool:
    """In the lexicon as it stands, or after removing one prefix and/or one suffix."""
    lex = lexicon(settings)
    if word in lex:
        return True
    for p in ("",) + PREFIXES:
        if not word.startswith(p):
            continue
        stem = word[len(p):]
        for s in ("",) + SUFFIXES:
            if (p or s) and stem.endswith(s) and len(stem) - len(s) >= 3 and stem[:len(stem) - len(s)] in lex:
                return True
    return False


# A word's letters as a 64-bit set (bit ord(ch) % 64). One edit changes at most two
# bits (a substitution drops a letter and adds one; an insertion or deletion one; a
# swap none), so a word within k edits differs from the query in at most 2k bits: a
# vectorised necessary test that spares the exact distance for most of the lexicon.
MASK_BITS = 64
BITS_PER_EDIT = 2


def _letter_mask(word: str) -> int:
    m = 0
    for ch in word:
        m |= 1 << (ord(ch) % MASK_BITS)
    return m


def _masks_of_len(n: int, settings: Settings | None = None):
    import numpy as np
    norm = _n(settings)
    if n not in norm.masks:
        norm.masks[n] = np.array([_letter_mask(w) for w in norm.by_len.get(n, ())], dtype=np.uint64)
    return norm.masks[n]


def _popcount(a):
    import numpy as np
    if hasattr(np, "bitwise_count"):                  # numpy >= 2
        return np.bitwise_count(a)
    return np.unpackbits(a.view(np.uint8)).reshape(len(a), -1).sum(axis=1)


def _nearest(word: str, max_edits: int, settings: Settings | None = None) -> str | None:
    import numpy as np
    by_len = _lexicon_by_len(settings)
    query = np.uint64(_letter_mask(word))
    candidates = []       # in the order of the full length-window list (ties keep their order)
    for n in range(len(word) - max_edits, len(word) + max_edits + 1):
        words = by_len.get(n)
        if words:
            near = np.flatnonzero(_popcount(_masks_of_len(n, settings) ^ query) <= BITS_PER_EDIT * max_edits)
            candidates.extend(words[i] for i in near)
    found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=max_edits, limit=10)
    if not found:
        return None
    best = [w for w, d, _ in found if d == found[0][1]]
    if len(best) > 1:   # a tie: prefer a swap of letters, then a domain word; else give up
        best = [w for w in best if sorted(w) == sorted(word)] or [w for w in best if w in _domain_words(settings)]
    return best[0] if len(best) == 1 else None


def correct_word(word: str, *, settings: Settings | None = None) -> str:
    """The lexicon word nearest to an unknown ``word`` (lower-case), or ``word`` itself.

    Only unambiguous repairs that a slip explains (see ``_slip``: 'kampannye' ->
    'kampanye'); for a derived form the stem is repaired ('dikampamye' -> di +
    'kampanye'). Names and words with no single near word stay."""
    norm = _n(settings)
    hit = norm.corrected.get(word)
    if hit is None:
        hit = norm.corrected[word] = _correct(word, norm.settings)
    return hit


def _correct(word: str, s: Settings) -> str:
    if len(word) < s.typo_min_len or "-" in word or is_known(word, settings=s):
        return word
    max_edits = s.typo_max_edits_long if len(word) >= s.typo_long_len else s.typo_max_edits_short
    fixed = _nearest(word, max_edits, s)
    if fixed and _slip(word, fixed, s):
        return fixed
    for p in PREFIXES:
        stem = word[len(p):]
        if word.startswith(p) and len(stem) >= s.typo_min_len:
            fixed = _nearest(stem, s.typo_max_edits_short, s)
            if fixed:
                return p + fixed if _slip(stem, fixed, s) else word
    return word


DOUBLED_RE = re.compile(r"(.)\1+")


def _slip(word: str, fixed: str, s: Settings) -> bool:
    """Whether a typist's slip explains ``word`` for ``fixed``, not just their nearness.

    The lexicon (spaCy's lookup forms) lacks many correct words of news ('siswa',
    'massa', 'polri', 'admin', 'distrik'), and one edit turns them into other words
    ('sisa', 'masa', 'pori', 'amin', 'listrik'); short words swap letters into other
    words too ('pakta' -> 'pakat'). So a repair needs the shape of a slip: two letters
    swapped toward a word of the domain lexicon ('wakli' -> 'wakil'); or, in a word of
    ``typo_slip_min_len`` letters or more, any swap ('kampnaye'), a letter doubled or
    dropped from a double ('kampannye'), or one edit toward a domain word
    ('netralitsa' -> 'netralitas')."""
    swap = len(word) == len(fixed) and sorted(word) == sorted(fixed)
    domain = fixed in _domain_words(s)
    if len(word) < s.typo_slip_min_len:
        return swap and domain
    return swap or domain or DOUBLED_RE.sub(r"\1", word) == DOUBLED_RE.sub(r"\1", fixed)


VARIANT_TEMPLATE = r"(?<![\w/]){}(?![\w/])"


def _fold_variants(text: str, norm: Normaliser) -> str:
    # most clauses hold no variant: a substring test per variant (every match of its
    # pattern holds it as written) instead of a sub per variant
    for literal, pattern, repl in norm.variants:
        if literal in text:
            text = pattern.sub(repl, text)
    return text


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


def _drop_redundant_parenthesis(text: str, abbreviations: dict[str, str]) -> str:
    """'Kartu Tanda Penduduk (KTP)' -> 'Kartu Tanda Penduduk': the abbreviation repeats the words."""
    def repl(m: re.Match) -> str:
        abbr = m.group(1).lower()
        before = WORD_RE.findall(text[:m.start()])[-len(abbr):]
        expansion = abbreviations.get(abbr, "").split()
        if _initials([w.lower() for w in before]) == abbr or expansion == [w.lower() for w in before[-len(expansion):]]:
            return ""
        return m.group(0)
    return PAREN_ABBR_RE.sub(repl, text)


def repair_spacing(text: str, *, settings: Settings | None = None) -> str:
    """Whitespace, quotes, slashes and broken hyphens ('perundang- undangan')."""
    return _repair_spacing(text, lexicon(settings))


def _repair_spacing(text: str, words: frozenset[str]) -> str:
    text = unicodedata.normalize("NFKC", text).translate(QUOTES)
    text = INVISIBLE_RE.sub("", text)

    def join(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        hyphenated = f"{left}-{right}"
        if hyphenated.lower() in words or left.lower() == right.lower() or right.lower().startswith(left.lower()[:4]):
            return hyphenated
        if (left + right).lower() in words:
            return left + right
        return hyphenated
    if "- " in text:             # every broken hyphen holds it
        text = BROKEN_HYPHEN_RE.sub(join, text)
    if "/" in text:
        text = SLASH_SPACE_RE.sub("/", text)
    return SPACES_RE.sub(" ", text).strip()


def normalize_text(text: str, *, settings: Settings | None = None) -> str:
    """Lower-cased, comparable form of a clause (see module doc)."""
    norm = _n(settings)
    abbr = norm.abbreviations
    text = _drop_redundant_parenthesis(_repair_spacing(text, norm.words), abbr)
    text = _fold_variants(text.lower(), norm)

    # each word expanded or repaired (one pass over the split text: the same words as a
    # sub with WORD_RE, without a Python call per match)
    corrected = norm.corrected
    parts = WORD_SPLIT_RE.split(text)
    for i in range(1, len(parts), 2):
        w = parts[i]
        if w in abbr:
            parts[i] = abbr[w]
            continue
        hit = corrected.get(w)
        if hit is None:
            hit = corrected[w] = _correct(w, norm.settings)
        parts[i] = hit
    text = _fold_variants("".join(parts), norm)   # expansions may create new variant spellings
    text = SPACE_BEFORE_PUNCT_RE.sub(r"\1", text)
    return SPACES_RE.sub(" ", text).strip(" .;:,")


def _cue_alternation(cues_data: dict) -> str:
    cue_words = set()
    for c in cues_data["cues"]:
        if c["role"] in ("modal", "passive"):
            cue_words.add(c["cue"])
            cue_words.update(c.get("variants", []))
    return _longest_first(cue_words)


def _longest_first(words) -> str:
    """A case-insensitive pattern for "any of ``words``, the longest that fits first": the
    alternation ``"|".join(sorted(words, key=len, reverse=True))`` written as a trie of
    lower-cased letters ("di(?:larang|wajibkan)"), which the engine tries letter by letter
    instead of word by word (strip_lead runs it at every space of a clause's start). The
    same matches in the same order of preference: words that match at one position are
    prefixes of one another (case aside), and at each letter the longer continuation is
    tried before the word that ends there. Non-ASCII words keep the plain alternation
    (lower-casing them may change their length)."""
    words = set(words)
    if not all(w.isascii() for w in words):
        return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}                       # a word ends here

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:                      # the longer words first, then the one ending here
            return (body if len(alts) > 1 else "(?:" + body + ")") + "?"
        return body
    return emit(trie)


def _build_lead_re(cues_data: dict) -> re.Pattern:
    neg = "|".join(cues_data["negators"])
    cues = _cue_alternation(cues_data)
    comp = "|".join(cues_data["complementizers"])
    adverbs = "|".join(re.escape(a) for a in cues_data["adverbs"])
    return re.compile(
        rf"^(?:[^,;:]{{0,120}}?\s)?(?:(?:{adverbs})\s+)*(?:(?:{neg})\s+)?(?:{cues})\b"
        rf"(?:\s+(?:{adverbs}))*(?:\s+(?:{comp})\b)?(?:\s+(?:{neg})\b)?\s*", re.IGNORECASE)


LEAD_WORDS_RE = re.compile(r"^(?:(?:untuk|agar|supaya|hendaknya)\s+)?(?:(?:tidak|tak|jangan)\s+)?", re.IGNORECASE)


def strip_lead(text: str, negated: bool = False, *, settings: Settings | None = None) -> str:
    """Drop a list marker and a leading actor + cue (+ complementizer, + the negator of a
    prohibition given as 'agar tidak ...' when ``negated``).

    Only when the cue is in the first clause-part (no comma before it), so that a
    cue deep inside the content is never cut."""
    norm = _n(settings)
    text = norm.list_marker.sub("", text, count=1)
    m = norm.lead_re.match(text)
    if m and m.end() < len(text):
        text = text[m.end():]
    m = LEAD_WORDS_RE.match(text)
    if m and m.end() < len(text) and (negated or not re.match(r"(?i)(tidak|tak|jangan)\b", m.group(0).split()[-1] if m.group(0).strip() else "")) \
            and not norm.cue_start_re.match(text[m.end():]):
        # a negator before a cue with nothing after it ("tidak di perbolehkan") is the
        # clause's meaning: dropping it would reverse it
        text = text[m.end():]
    return text
