"""Document gate: an article that states no rule gives no clause.

Election news is full of bare modals that describe the story, not a rule:
"petugas harus menunggu hingga kabut menipis", "rekap wajib sampai malam itu juga".
One sentence cannot tell such a modal from a rule, but the document can: an article
that reports a rule names a circular or regulation, binds the rule to an addressee
(ASN, kepala desa, prajurit ...), quotes it as a list, or uses a noun of rule or a
command verb ("larangan", "menginstruksikan"), or names the rule's topic ("netralitas",
cues.json "rule_topics"). When no clause of a document shows one of these, and neither the
text nor its headline names a circular or the topic, the clauses are taken as description
and dropped (a headline counts because a speech quoted in full often names its subject only
there: "Kadis Titip Pesan Netralitas" over an address that never says the word).
Parties outside the administration ("warga", "suporter", actors.json "public_roles") and
advisory command verbs to them are civic advice, no sign of a rule. A text that names no
election at all (cues.json "election_words": "pemilu", "kampanye", "calon", "TPS" ...) is
no election news: the rules it does state (a sports meet's dress code, a clinic's check-up)
are not the rules this tool collects, so it gives no clause either.

Knob: ``settings.section("clauses")["rule_context_gate"]`` (default
:data:`RULE_CONTEXT_GATE_DEFAULT`); set it to false to keep every clause.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..models import Clause
from ..settings import Settings
from .lexicon import Lexicon, first_mention_end, tokenize

RULE_CONTEXT_GATE_DEFAULT = True

ELECTION_WORD_RE = re.compile(r"\w+")
# election words this long also count inside another word
ELECTION_WORD_INSIDE_MIN = 5

# cue roles (data/cues.json "role") that are evidence of a rule by themselves
_RULE_ROLES = frozenset({"lead", "directive", "passive"})


# A numbered rule source names its number within this many words ("Peraturan KPU Nomor 15",
# "pasal 64", "UU No 7").
NUMBERED_SOURCE_REACH = 4


def _numbered_source(lx: Lexicon, toks) -> bool:
    """Whether a rule source (cues.json "rule_sources": "peraturan", "pasal", "UU" ...) is
    cited by its number: a regulation named, a sign that the text reports a rule."""
    for k, t in enumerate(toks):
        if t.low in lx.rule_sources and any(
                n.low in lx.circular_number_words or n.text.isdigit()   # lang.json circulars.number_words
                for n in toks[k + 1:k + 1 + NUMBERED_SOURCE_REACH]):
            return True
    return False


def _names_a_rule(lx: Lexicon, text: str, low: str) -> bool:
    """Whether the text (``low``: lowercased) names a circular, a numbered regulation
    ("Peraturan KPU Nomor 15", "pasal 64") or the rule's topic ("netralitas")."""
    toks = tokenize(text)
    if _numbered_source(lx, toks):
        return True
    if not any(w in low for w in lx.rule_topics) and not any(w in low for w in lx.circular_terms_by_first):
        return False                  # neither word occurs even inside another
    if any(t.low in lx.rule_topics for t in toks):
        return True
    return first_mention_end(toks, lx.circular_terms_by_first) is not None


def _named_group(lx: Lexicon, actor: Optional[str]) -> bool:
    """Whether an actor phrase names a group of some trade by a group determiner ("para
    penyuluh", "segenap operator"; actors.json "group_determiners"), not a crowd or the
    parties a story advises ("para pihak", "para pengendara": "generic_group_heads")."""
    toks = tokenize(actor or "")
    return len(toks) >= 2 and toks[0].low in lx.group_determiners and toks[1].low not in lx.generic_group_heads \
        and toks[1].text[:1].isalpha()


def _rule_evidence(lx: Lexicon, c: Clause, text: str) -> bool:
    """Whether one clause is a sign of a rule by itself: it binds a named party other than
    the general public ("warga", "pemilih": actors.json "general_public_roles"), is a list
    item, uses a noun of rule, or a command verb addresses a named group of any trade
    ("meminta para operator ...", see :func:`_named_group`); a command verb with no named addressee counts when it is
    mandatory ("mengimbau suporter agar ...", "Puskesmas diminta aktif ..." are civic
    advice in a sports or health story); a mandatory ban that names a party of the
    administration among its words (``text``: the document, for the clause's span)."""
    public = c.actor_normalized in lx.general_public_roles
    if (c.actor_normalized and not public) or c.list_marker:
        return True
    role = lx.cue_roles.get((c.cue_canonical or "").lower().removeprefix("tidak ").strip())
    if role == "lead":
        return True
    if role in _RULE_ROLES and c.actor_normalized is None and _named_group(lx, c.actor):
        return True                   # "mewanti-wanti para penyuluh agar tidak ...": a trade named as addressee
    if role in _RULE_ROLES and not public and c.actor is None and c.force == "mandatory":
        return True
    if c.force == "mandatory" and c.kind == "prohibition" \
            and _names_an_election(lx, text[c.start:c.end].lower()):
        return True                   # "dilarang berkampanye di tempat pendidikan": a rule of the election itself
    # "kampanye dilarang mengerahkan guru honorer dan pegawai kelurahan": a mandatory ban that names a
    # party of the administration anywhere in its words, not only as its actor
    if c.kind != "prohibition" or c.force != "mandatory":
        return False
    named = lx.actor_role(text[c.start:c.end])      # (clauses get their text after the gate)
    return named is not None and named not in lx.public_roles


@lru_cache(maxsize=8)
def _election_word_forms(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words that count inside another word, words that only open one): the longer ones
    ("berkampanye", "pencalonan", "mencoblos") and the short ones ("https" holds "tps")."""
    return (tuple(w for w in words if len(w) >= ELECTION_WORD_INSIDE_MIN),
            tuple(w for w in words if len(w) < ELECTION_WORD_INSIDE_MIN))


def _names_an_election(lx: Lexicon, low: str) -> bool:
    """Whether the lowercased text names one of cues.json "election_words"."""
    if not lx.election_words:
        return True                   # no list given: every text counts as election news
    inside, opening = _election_word_forms(lx.election_words)
    if any(w in low for w in inside):
        return True
    return bool(opening) and any(w.startswith(opening) for w in set(ELECTION_WORD_RE.findall(low)))


def bare_description(lx: Lexicon, text: str, clauses: list[Clause], title: Optional[str] = None) -> bool:
    """Whether ``clauses`` carry no sign of a rule (see :func:`_rule_evidence`), in a text
    that names no circular and not the topic; or the text is no election news at all (it
    names no word of cues.json "election_words"): a sports meet's or a clinic's rules.
    ``title`` (the headline, when known) is read with the text."""
    if not clauses:
        return False
    body = text
    if title:
        text = f"{title}\n\n{text}"
    low = text.lower()
    if not _names_an_election(lx, low):
        return True
    if any(_rule_evidence(lx, c, body) for c in clauses):
        return False
    return not _names_a_rule(lx, text, low)


def gate(lx: Lexicon, text: str, clauses: list[Clause], settings: Optional[Settings] = None,
         title: Optional[str] = None) -> list[Clause]:
    """``clauses``, or none when the document states no rule (see the module doc)."""
    enabled = RULE_CONTEXT_GATE_DEFAULT
    if settings is not None:
        enabled = bool(settings.section("clauses").get("rule_context_gate", RULE_CONTEXT_GATE_DEFAULT))
    if enabled and bare_description(lx, text, clauses, title):
        return []
    return clauses
