"""Segment stage: cleaned text -> paragraphs (with list markers, quotes) -> sentences.

spaCy's blank ``id`` pipeline with its rule-based sentencizer, plus what it lacks
for news text: abbreviations such as "Kab." and "Sdr." stay one token (no break
after them), and a bare list number ("2.") is joined to the item it numbers.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from . import config
from .models import Paragraph, Sentence

LIST_MARKER_RE = re.compile(r"^(?P<marker>\(?\d{1,2}[.)]|\(?[a-zA-Z][.)](?=\s)|[-–—•*·▪●])\s*(?=\S)")
BARE_MARKER_RE = re.compile(r"^\(?(?:\d{1,2}|[a-zA-Z])[.)]$")
NUMBER_WORDS = ("Nomor", "No.", "Nomer")
QUOTE_OPEN = ('"', "“", "'", "‘", "«")


@Language.component("ct_join_list_numbers")
def join_list_numbers(doc):
    """Undo a sentence break after a bare list number or letter ("2." | "b)")."""
    text = doc.text
    for sent in list(doc.sents):
        if sent.end >= len(doc):
            continue
        nxt = doc[sent.end]
        # slicing doc.text is Span.text without building a Token per token
        if BARE_MARKER_RE.match(text[sent.start_char:sent.end_char].strip()):
            doc[sent.end].is_sent_start = False
        # "... Tahun 2022. Nomor 246 Tahun 2022": a stray dot inside a list of decree numbers
        elif nxt.text in NUMBER_WORDS and sent.end + 1 < len(doc) and doc[sent.end + 1].text[:1].isdigit():
            doc[sent.end].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _sentence_punct_re() -> re.Pattern:
    """Any character the sentencizer may end a sentence on."""
    chars = get_nlp().get_pipe("sentencizer").punct_chars
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The segmentation pipeline (blank id + sentencizer + fixes); built once per process."""
    nlp = spacy.blank("id")
    for abbr in config.load_data("segment.json")["abbreviations"]:
        for form in {abbr, abbr.upper(), abbr.lower(), abbr.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ct_join_list_numbers")
    return nlp


def paragraphs(text: str) -> list[Paragraph]:
    """Blank-line separated blocks with their offsets; list markers split off."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        block = m.group(0)
        lead = len(block) - len(block.lstrip())
        start, end = m.start() + lead, m.start() + len(block.rstrip())
        content = text[start:end]
        marker = LIST_MARKER_RE.match(content)
        out.append(Paragraph(start=start, end=end, text=content,
                             list_marker=marker.group("marker") if marker else None,
                             quote=content.startswith(QUOTE_OPEN)))
    return out


def segment(text: str) -> tuple[list[Paragraph], list[Sentence]]:
    """Paragraphs and sentences of a cleaned text; offsets index into ``text``."""
    paras = paragraphs(text)
    nlp = get_nlp()
    bodies = []
    for p in paras:
        skip = LIST_MARKER_RE.match(p.text).end() if p.list_marker else 0
        bodies.append((p.start + skip, text[p.start + skip:p.end]))
    # A body without any sentence-final character is one sentence (the sentencizer only
    # splits after such a token, and the list-number fix only joins sentences): spaCy
    # is run on the others only.
    punct = _sentence_punct_re()
    spans: list[list[tuple[int, int]]] = [[(0, len(b))] for _, b in bodies]
    need = [i for i, (_, b) in enumerate(bodies) if punct.search(b)]
    for i, doc in zip(need, nlp.pipe(bodies[i][1] for i in need)):
        spans[i] = [(s.start_char, s.end_char) for s in doc.sents]
    sentences = []
    for i, ((offset, body), bounds) in enumerate(zip(bodies, spans)):
        for a, b in bounds:
            stext = body[a:b]           # == Span.text: tokens tile doc.text
            lead = len(stext) - len(stext.lstrip())
            stext = stext.strip()
            if not stext:
                continue
            start = offset + a + lead
            sentences.append(Sentence(start=start, end=start + len(stext), text=stext, paragraph=i))
    return paras, sentences
