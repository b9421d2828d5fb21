"""Segment stage: cleaned text -> paragraphs (with list markers, quotes) -> sentences.

spaCy's blank ``id`` pipeline with its rule-based sentencizer, plus what it lacks
for news text: abbreviations such as "Kab." and "Sdr." stay one token (no break
after them), and a bare list number ("2.") is joined to the item it numbers.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from . import config
from .lang import SHIPPED as _LANG
from .models import Paragraph, Sentence

LIST_MARKER_RE = _LANG.list_marker      # one home: lang.py
BARE_MARKER_RE = _LANG.bare_marker
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


class LazyExceptionsTokenizer:
    """spaCy's tokenizer that adds each tokenizer exception when a text first needs it.

    spaCy builds the Indonesian tokenizer with its ~16k exceptions ("abu-abu", "dll.")
    in ~4 s (each one is tokenised and added to a phrase matcher): a worker process
    would pay that before its first page. An exception can only act on a text in which
    its string occurs (spaCy looks special cases up by substring, and its phrase
    matcher by tokens, i.e. the string without whitespace), so adding, before each
    text, the exceptions whose whitespace-free string occurs in the whitespace-free
    text gives exactly the full tokenizer's tokens. Found with one Aho-Corasick scan.
    """

    def __init__(self, tokenizer, rules: dict[str, list[dict]]):
        import ahocorasick
        self.tokenizer = tokenizer          # spaCy Tokenizer built without exceptions
        self.rules = rules
        self.loaded: set[str] = set()
        self.covered = ""                   # last text ensured: its substrings need no scan
        groups: dict[str, list[str]] = {}
        for string in rules:
            groups.setdefault("".join(string.split()), []).append(string)
        self.automaton = ahocorasick.Automaton()
        for key, strings in groups.items():
            if key:
                self.automaton.add_word(key, tuple(strings))
        self.automaton.make_automaton()
        # adding a special case frees spaCy's token cache: never while another thread
        # tokenises with the same pipeline
        self.lock = threading.Lock()
        self.always = sorted(s for s in rules if not "".join(s.split()))  # whitespace-only cases
        for string in self.always:
            self._add(string)

    def _add(self, string: str) -> None:
        self.tokenizer.add_special_case(string, self.rules[string])
        self.loaded.add(string)

    def ensure(self, text: str) -> None:
        """Add the exceptions that may act on ``text`` (once per process). After a whole
        document, its paragraphs need no scan of their own (what occurs in a part
        occurs in the whole)."""
        if not self.automaton.kind or text in self.covered:   # empty automaton: no exceptions
            return
        self.covered = text
        new = {s for _, strings in self.automaton.iter("".join(text.split()))
               for s in strings if s not in self.loaded}
        for string in sorted(new):
            self._add(string)

    def __call__(self, text: str):
        with self.lock:
            self.ensure(text)
            return self.tokenizer(text)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The segmentation pipeline (blank id + sentencizer + fixes); built once per process.

    Its tokenizer is the blank id tokenizer plus our abbreviations (which win over
    spaCy's exceptions of the same string), with exceptions loaded on demand."""
    from spacy.tokenizer import Tokenizer
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "ct_id_tokenizer_without_exceptions"}}})
    nlp.max_length = config.MAX_INPUT_BYTES + 1   # no parser here: a one-line page of any accepted size is fine
    rules = {string: list(tokens) for string, tokens in nlp.Defaults.tokenizer_exceptions.items()}
    for abbr in config.load_data("segment.json")["abbreviations"]:
        for form in {abbr, abbr.upper(), abbr.lower(), abbr.capitalize()}:
            rules[form] = [{ORTH: form}]
    assert isinstance(nlp.tokenizer, Tokenizer)
    nlp.tokenizer = LazyExceptionsTokenizer(nlp.tokenizer, rules)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ct_join_list_numbers")
    return nlp


@spacy.registry.tokenizers("ct_id_tokenizer_without_exceptions")
def _tokenizer_without_exceptions():
    """spaCy's default tokenizer factory (spacy.language.create_tokenizer) with no rules:
    LazyExceptionsTokenizer adds them."""
    from spacy import util
    from spacy.tokenizer import Tokenizer

    def factory(nlp: Language) -> Tokenizer:
        d = nlp.Defaults
        return Tokenizer(
            nlp.vocab, rules={},
            prefix_search=util.compile_prefix_regex(d.prefixes).search if d.prefixes else None,
            suffix_search=util.compile_suffix_regex(d.suffixes).search if d.suffixes else None,
            infix_finditer=util.compile_infix_regex(d.infixes).finditer if d.infixes else None,
            token_match=d.token_match, url_match=d.url_match)
    return factory


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
    with nlp.tokenizer.lock:
        nlp.tokenizer.ensure(text)          # one scan for the document, not one per paragraph
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
