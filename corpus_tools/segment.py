"""Segment stage: cleaned text -> paragraphs (with list markers, quotes) -> sentences.

spaCy's blank ``id`` pipeline with its rule-based sentencizer, plus what it lacks
for news text: abbreviations such as "Kab." and "Sdr." stay one token (no break
after them), and a bare list number ("2.") is joined to the item it numbers.
"""
from __future__ import annotations

import re
import threading
from typing import Callable, Optional

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from .lang import Lang
from .lang import rules as lang_rules
from .models import Paragraph, Sentence
from .settings import Settings, register, resolve

# List markers and circular number words come from the run's language rules (lang.json
# through Settings: one home), never from a module-level copy, so that a user's lang.json
# reaches segmentation too.
QUOTE_OPEN = ('"', "“", "'", "‘", "«")


# A sentence never ends with one of these: it opens what follows.
OPENING_BRACKETS = ("(", "[")


class JoinListNumbers:
    """Undo a sentence break after a bare list number or letter ("2." | "b)") and before a
    circular's number word followed by digits; the patterns are the run's (``build_nlp``
    sets them from lang.json)."""

    def __init__(self, bare_marker: Optional[re.Pattern] = None, number_words: Optional[frozenset] = None):
        self.bare_marker = bare_marker
        self.number_words = number_words

    def __call__(self, doc):
        if self.bare_marker is None or self.number_words is None:
            self.configure(resolve(None))
        return join_list_numbers(doc, self.bare_marker, self.number_words)

    def configure(self, settings: Settings) -> "JoinListNumbers":
        self.bare_marker = lang_rules(settings).bare_marker
        self.number_words = number_words(settings)
        return self


def number_words(settings: Optional[Settings] = None) -> frozenset:
    """The words that announce a circular's number ("Nomor", "No.", "Nmr"), lower-cased."""
    return frozenset(w.lower() for w in resolve(settings).data("lang.json")["circulars"]["number_words"])


@Language.factory("ct_join_list_numbers")
def _join_list_numbers_factory(nlp: Language, name: str) -> JoinListNumbers:
    return JoinListNumbers()


def join_list_numbers(doc, bare_marker: re.Pattern, numbers: frozenset = frozenset()):
    """Undo a sentence break after a bare list number or letter ("2." | "b)")."""
    text = doc.text
    for sent in list(doc.sents):
        if sent.end >= len(doc):
            continue
        if sent.end - 1 > sent.start and doc[sent.end - 1].text in OPENING_BRACKETS:
            # "... calon lain. (B) Merusak ...": the sentencizer keeps the bracket that opens
            # the next item's marker with the sentence before; it opens the next one
            doc[sent.end - 1].is_sent_start = True
            doc[sent.end].is_sent_start = False
        nxt = doc[sent.end]
        # slicing doc.text is Span.text without building a Token per token
        if bare_marker.match(text[sent.start_char:sent.end_char].strip()):
            doc[sent.end].is_sent_start = False
        # "... Tahun 2022. Nomor 246 Tahun 2022": a stray dot inside a list of decree numbers
        elif nxt.lower_ in numbers and sent.end + 1 < len(doc) and doc[sent.end + 1].text[:1].isdigit():
            doc[sent.end].is_sent_start = False
    return doc


def _sentence_punct(nlp: Language) -> Callable[[str], bool]:
    """Whether a text holds any character the sentencizer may end a sentence on: a set
    test over the text's characters (a regex class of the ~130 characters costs ten
    times more per paragraph)."""
    chars = frozenset(nlp.get_pipe("sentencizer").punct_chars)
    if all(len(c) == 1 for c in chars):
        return lambda text: not chars.isdisjoint(text)
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
    return lambda text: pattern.search(text) is not None


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
        # set (per thread) while the parts of a text ensured as a whole are tokenised:
        # what occurs in a part occurs in the whole, so they need no scan of their own
        self.local = threading.local()
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
        """Add the exceptions that may act on ``text`` (once per process)."""
        if not self.automaton.kind:            # empty automaton: no exceptions
            return
        new = {s for _, strings in self.automaton.iter("".join(text.split()))
               for s in strings if s not in self.loaded}
        for string in sorted(new):
            self._add(string)

    def __call__(self, text: str):
        with self.lock:
            if not getattr(self.local, "covered", False):
                self.ensure(text)
            return self.tokenizer(text)

    def covering(self, text: str) -> "_Covered":
        """``with tok.covering(doc_text): ...`` ensures the document once; parts of it
        tokenised inside the block are not scanned again (a per-part containment test
        was quadratic in the document's length)."""
        return _Covered(self, text)


class _Covered:
    def __init__(self, tok: LazyExceptionsTokenizer, text: str):
        self.tok, self.text = tok, text

    def __enter__(self):
        with self.tok.lock:
            self.tok.ensure(self.text)
        self.tok.local.covered = True
        return self.tok

    def __exit__(self, *exc):
        self.tok.local.covered = False
        return False


def get_nlp(settings: Optional[Settings] = None) -> Language:
    """The segmentation pipeline (blank id + sentencizer + fixes); built once per Settings."""
    return resolve(settings).component("segment.nlp")


@register("segment.nlp")
def build_nlp(settings: Settings) -> Language:
    """The segmentation pipeline (blank id + sentencizer + fixes).

    Its tokenizer is the blank id tokenizer plus our abbreviations (which win over
    spaCy's exceptions of the same string), with exceptions loaded on demand."""
    from spacy.tokenizer import Tokenizer
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "ct_id_tokenizer_without_exceptions"}}})
    nlp.max_length = settings.max_input_bytes + 1   # no parser here: a one-line page of any accepted size is fine
    rules = {string: list(tokens) for string, tokens in nlp.Defaults.tokenizer_exceptions.items()}
    for abbr in settings.data("segment.json")["abbreviations"]:
        for form in {abbr, abbr.upper(), abbr.lower(), abbr.capitalize()}:
            rules[form] = [{ORTH: form}]
    assert isinstance(nlp.tokenizer, Tokenizer)
    nlp.tokenizer = LazyExceptionsTokenizer(nlp.tokenizer, rules)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ct_join_list_numbers").configure(settings)
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


def paragraphs(text: str, *, settings: Optional[Settings] = None) -> list[Paragraph]:
    """Blank-line separated blocks with their offsets; list markers split off.

    A block whose lines form a list (a line ending in ":" followed by more lines, or
    lines after the first opening with a marker) is one paragraph per line: unmarked
    items are often plain lines under their lead-in. Markers are those of ``settings``'
    lang.json."""
    lang = lang_rules(settings)
    out = []
    parts = [p for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text)
             for p in _block_parts(text, m.start(), m.end(), lang)]
    merged: list[tuple[int, int]] = []
    for start, end in parts:
        # "1." alone on its line, the item in the next paragraph (a page's table or <ol>)
        if merged and lang.bare_marker.match(text[merged[-1][0]:merged[-1][1]]) and merged[-1][1] - merged[-1][0] <= 4:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    for start, end in merged:
        content = text[start:end]
        marker = lang.list_marker.match(content)
        out.append(Paragraph(start=start, end=end, text=content,
                             list_marker=marker.group("marker") if marker else None,
                             quote=content.startswith(QUOTE_OPEN)))
    return out


def _block_parts(text: str, start: int, end: int, lang: Lang) -> list[tuple[int, int]]:
    """(start, end) of a block, or of each of its lines when they form a list."""
    block = text[start:end]
    if "\n" not in block:                   # most blocks are one line
        lead = len(block) - len(block.lstrip())
        return [(start + lead, start + len(block.rstrip()))]
    lines = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    lines = [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in lines]
    lines = [(a, b) for a, b in lines if b > a]
    if not lines:
        return []
    listy = len(lines) > 1 and (any(text[b - 1] == ":" for a, b in lines[:-1])
                                or any(lang.list_marker.match(text[a:b]) for a, b in lines[1:])
                                or sum(" | " in text[a:b] for a, b in lines) >= 2)   # table rows, one a line
    return lines if listy else [(lines[0][0], lines[-1][1])]


def segment(text: str, *, settings: Optional[Settings] = None) -> tuple[list[Paragraph], list[Sentence]]:
    """Paragraphs and sentences of a cleaned text; offsets index into ``text``."""
    paras = paragraphs(text, settings=settings)
    nlp = get_nlp(settings)
    list_marker = lang_rules(settings).list_marker
    bodies = []
    for p in paras:
        skip = list_marker.match(p.text).end() if p.list_marker else 0
        bodies.append((p.start + skip, text[p.start + skip:p.end]))
    # A body without any sentence-final character is one sentence (the sentencizer only
    # splits after such a token, and the list-number fix only joins sentences): spaCy
    # is run on the others only.
    has_punct = _sentence_punct(nlp)
    spans: list[list[tuple[int, int]]] = [[(0, len(b))] for _, b in bodies]
    need = [i for i, (_, b) in enumerate(bodies) if has_punct(b)]
    with nlp.tokenizer.covering(text):      # one scan for the document, not one per paragraph
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
