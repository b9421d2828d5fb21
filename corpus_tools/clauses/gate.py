"""Document gate: an article that states no rule gives no clause.

Election news is full of bare modals that describe the story, not a rule:
"petugas harus menunggu hingga kabut menipis", "rekap wajib sampai malam itu juga".
One sentence cannot tell such a modal from a rule, but the document can: an article
that reports a rule names a circular or regulation, binds the rule to an addressee
(ASN, kepala desa, prajurit ...), quotes it as a list, or uses a noun of rule or a
command verb ("larangan", "menginstruksikan"), or names the rule's topic ("netralitas",
cues.json "rule_topics"). When no clause of a document shows one of these, and the text
names neither a circular nor the topic, the clauses are taken as description and dropped.
Parties outside the administration ("warga", "suporter", actors.json "public_roles") and
advisory command verbs to them are civic advice, no sign of a rule.

Knob: ``settings.section("clauses")["rule_context_gate"]`` (default
:data:`RULE_CONTEXT_GATE_DEFAULT`); set it to false to keep every clause.
"""
from __future__ import annotations

from typing import Optional

from ..models import Clause
from ..settings import Settings
from .lexicon import Lexicon, first_mention_end, tokenize

RULE_CONTEXT_GATE_DEFAULT = True

# cue roles (data/cues.json "role") that are evidence of a rule by themselves
_RULE_ROLES = frozenset({"lead", "directive", "passive"})


def _names_a_rule(lx: Lexicon, text: str) -> bool:
    """Whether the text names a circular or the rule's topic ("netralitas")."""
    low = text.lower()
    if not any(w in low for w in lx.rule_topics) and not any(w in low for w in lx.circular_terms_by_first):
        return False                  # neither word occurs even inside another: no need to tokenise the text
    toks = tokenize(text)
    if any(t.low in lx.rule_topics for t in toks):
        return True
    return first_mention_end(toks, lx.circular_terms_by_first) is not None


def _rule_evidence(lx: Lexicon, c: Clause) -> bool:
    """Whether one clause is a sign of a rule by itself: it binds a named party other than
    the general public ("warga", "pemilih": actors.json "general_public_roles"), is a list
    item, or uses a noun of rule; a command verb with no named addressee counts when it is
    mandatory ("mengimbau suporter agar ...", "Puskesmas diminta aktif ..." are civic
    advice in a sports or health story)."""
    public = c.actor_normalized in lx.general_public_roles
    if (c.actor_normalized and not public) or c.list_marker:
        return True
    role = lx.cue_roles.get((c.cue_canonical or "").lower().removeprefix("tidak ").strip())
    if role == "lead":
        return True
    return role in _RULE_ROLES and not public and c.actor is None and c.force == "mandatory"


def bare_description(lx: Lexicon, text: str, clauses: list[Clause]) -> bool:
    """Whether ``clauses`` carry no sign of a rule (see :func:`_rule_evidence`), in a text
    that names no circular and not the topic."""
    if not clauses:
        return False
    if any(_rule_evidence(lx, c) for c in clauses):
        return False
    return not _names_a_rule(lx, text)


def gate(lx: Lexicon, text: str, clauses: list[Clause], settings: Optional[Settings] = None) -> list[Clause]:
    """``clauses``, or none when the document states no rule (see the module doc)."""
    enabled = RULE_CONTEXT_GATE_DEFAULT
    if settings is not None:
        enabled = bool(settings.section("clauses").get("rule_context_gate", RULE_CONTEXT_GATE_DEFAULT))
    if enabled and bare_description(lx, text, clauses):
        return []
    return clauses
