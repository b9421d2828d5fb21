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
    for sent in list(doc.sents):
        if sent.end >= len(doc):
            continue
        nxt = doc[sent.end]
        if BARE_MARKER_RE.match(sent.text.strip()):
            doc[sent.end].is_sent_start = False
        # "... Tahun 2022. Nomor 246 Tahun 2022": a stray dot inside a list of decree numbers
        elif nxt.text in NUMBER_WORDS and sent.end + 1 < len(doc) and doc[sent.end + 1].text[:1].isdigit():
            doc[sent.end].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The segmentation pipeline (blank id + sentencizer + fixes); built once per process."""
    nlp = spacy.blank("id")
    nlp.max_length = config.MAX_INPUT_BYTES + 1   # no parser here: a one-line page of any accepted size is fine
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
    sentences = []
    for i, (doc, (offset, _)) in enumerate(zip(nlp.pipe(b for _, b in bodies), bodies)):
        for s in doc.sents:
            stext = s.text.strip()
            if not stext:
                continue
            start = offset + s.start_char + (len(s.text) - len(s.text.lstrip()))
            sentences.append(Sentence(start=start, end=start + len(stext), text=stext, paragraph=i))
    return paras, sentences
