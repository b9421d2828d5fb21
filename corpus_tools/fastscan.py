"""``finditer(pattern, text)``: the matches of ``pattern.finditer(text)``, found faster for
patterns that open with words ("Surat Edaran|SE|edaran", "Bupati|Wali Kota|...").

Python's regex engine skips ahead quickly only to a pattern's literal first character; a
pattern that opens with ``\\b`` and a case-insensitive alternation is tried at every
position of the text. Such patterns (lang.py builds many) are run here only where one of
their opening words occurs:

1. the literal prefixes every match must start with are read from the parsed pattern
   (``re``'s own parser: alternations, groups, a lookahead, a repeat of at least one);
   a pattern with an alternative that opens with anything else (a character class, an
   optional part) gets none and runs as it is;
2. the text is lower-cased and one case-sensitive scan, which the engine can skip through,
   finds every position where a lower-cased prefix starts (overlapping ones included);
3. ``pattern.match(text, position)`` at each such position from where the last match
   ended: the first that matches is what ``pattern.search`` would have found.

Exact: a case-insensitive (or exact) match of an ASCII prefix is equal, lower-cased, to
the prefix lower-cased, except for the four characters that the engine folds onto ASCII
letters without ``str.lower`` doing so (``İ ı ſ`` and the Kelvin sign, which lower-cases
to "k"): a text holding one of the first three, a text whose lower-cased form has another
length, a pattern with a non-ASCII prefix or one that can match the empty string is run
as it is. tests/test_perf.py checks the matches against ``pattern.finditer`` on random and
real texts.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

try:                                    # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:                     # pragma: no cover - older Pythons
    import sre_constants as _c          # type: ignore[no-redef]
    import sre_parse as _p              # type: ignore[no-redef]

# Texts shorter than this are scanned by the pattern itself (a sentence, a span).
MIN_TEXT = 200
# A pattern with more distinct prefixes than this is run as it is.
MAX_PREFIXES = 400
# Characters the engine matches case-insensitively against ASCII letters that str.lower
# leaves unlike them (the Kelvin sign lower-cases to "k" and needs no guard).
UNSAFE_CHARS = ("\u0130", "\u0131", "\u017f")

_PLANS: dict[re.Pattern, Optional[re.Pattern]] = {}


def finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of ``pattern.finditer(text)``, in order (see module doc)."""
    scan = prefix_scan(pattern)
    low = lowered(text) if scan is not None else None
    if low is None:
        return pattern.finditer(text)
    return _run(pattern, text, scan, low)


def _run(pattern: re.Pattern, text: str, scan: re.Pattern, low: str) -> Iterator[re.Match]:
    pos = 0
    match = pattern.match
    for c in scan.finditer(low):
        start = c.start()
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            yield m
            pos = m.end()


def _plan(pattern: re.Pattern) -> Optional[re.Pattern]:
    """The case-sensitive scan of lower-cased text for the pattern's prefixes, or None."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None
        found = _prefixes(list(parsed))
    except Exception:                   # an unfamiliar parse tree: no shortcut
        return None
    if found is None:
        return None
    prefixes = {p.lower() for p, _ in found}
    if not prefixes or "" in prefixes or len(prefixes) > MAX_PREFIXES \
            or not all(p.isascii() for p in prefixes):
        return None
    # one alternative per first character, the rest in a lookahead: every start is found,
    # overlapping ones too, and the engine skips to the first characters
    by_first: dict[str, set[str]] = {}
    for p in prefixes:
        by_first.setdefault(p[0], set()).add(p[1:])
    alts = []
    for first, rests in sorted(by_first.items()):
        if "" in rests:
            alts.append(re.escape(first))
        else:
            alts.append(re.escape(first) + "(?=" + "|".join(re.escape(r) for r in sorted(rests)) + ")")
    return re.compile("|".join(alts))


def _prefixes(seq) -> Optional[list[tuple[str, bool]]]:
    """(prefix, complete) pairs: every match of ``seq`` starts with one of the prefixes;
    ``complete`` when the prefix is all of that alternative (what follows ``seq`` may
    extend it). None when some alternative may start with something not literal."""
    out: list[tuple[str, bool]] = [("", True)]
    for op, av in seq:
        if not any(full for _, full in out):
            break
        if op is _c.AT:
            continue                    # \b, ^: zero-width
        if op is _c.LITERAL:
            out = [(p + chr(av), True) if full else (p, False) for p, full in out]
            continue
        if op is _c.SUBPATTERN:
            sub = _prefixes(list(av[-1]))
        elif op is _c.BRANCH:
            sub = []
            for alt in av[1]:
                part = _prefixes(list(alt))
                if part is None:
                    sub = None
                    break
                sub += part
        elif op is _c.ASSERT and av[0] == 1:          # a lookahead: its text starts here
            sub = _prefixes(list(av[1]))
            sub = None if sub is None else [(q, False) for q, _ in sub]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            sub = _prefixes(list(av[2]))
            sub = None if sub is None else [(q, False) for q, _ in sub]
        else:
            sub = None
        if sub is None:
            # nothing known from here on: what has been read is where the prefixes end
            out = [(p, False) for p, _ in out]
            break
        out = [(p + q, full and qfull) for p, full in out for q, qfull in (sub if full else [("", False)])]
        if len(out) > MAX_PREFIXES:
            return None
    return out


def lowered(text: str) -> Optional[str]:
    """``text.lower()`` when its characters map one to one onto the text's for the
    engine's case-insensitive matching of ASCII (see module doc), else None."""
    if len(text) < MIN_TEXT or any(ch in text for ch in UNSAFE_CHARS):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def prefix_scan(pattern: re.Pattern) -> Optional[re.Pattern]:
    """The scan of lower-cased text for where a match of ``pattern`` may start (None:
    no literal prefixes; see module doc)."""
    scan = _PLANS.get(pattern, False)
    if scan is False:
        scan = _PLANS[pattern] = _plan(pattern)
    return scan

