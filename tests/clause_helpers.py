"""Shared helper of the test_clauses_* modules: extract the clauses of an invented text."""
from corpus_tools.clauses import extract_clauses
from corpus_tools.segment import segment
from corpus_tools.settings import Settings

# these helpers test sentence mechanisms on one or two sentences, which carry none of
# the document-level signs of a rule the gate looks for (tests/test_clauses_gate.py)
NO_GATE = Settings(sections={"clauses": {"rule_context_gate": False}})


def clauses_of(text, settings=None):
    settings = NO_GATE if settings is None else settings
    paras, sents = segment(text, settings=settings)
    out = extract_clauses("t", text, paras, sents, settings=settings)
    for c in out:
        c.text = text[c.start:c.end]
    return out


def kinds(text, settings=None):
    return [(c.kind, c.text) for c in clauses_of(text, settings)]


def only_clause(text, settings=None):
    """(kind, text) of the one clause a text gives; fails when it gives none or several."""
    found = kinds(text, settings)
    assert len(found) == 1, found
    return found[0]
