"""Shared helper of the test_clauses_* modules: extract the clauses of an invented text."""
from corpus_tools.clauses import extract_clauses
from corpus_tools.segment import segment


def clauses_of(text, settings=None):
    paras, sents = segment(text, settings=settings)
    out = extract_clauses("t", text, paras, sents, settings=settings)
    for c in out:
        c.text = text[c.start:c.end]
    return out


def kinds(text, settings=None):
    return [(c.kind, c.text) for c in clauses_of(text, settings)]
