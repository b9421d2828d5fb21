"""Who says a clause: named officials ("tegas Kepala BKPSDM Ani"), pronoun
attributions ("ujarnya", "Menurutnya") carried through the article.
"""
from __future__ import annotations

import re
from typing import Optional

from ..models import Sentence
from .lexicon import Lexicon, tokenize

# "..." , kata Bupati Ani | "...", ujarnya
PRONOUN_ATTRIBUTION_RE = re.compile(r"[”\"]\s*,?\s*[a-z]+nya\b")
QUOTE_ATTRIBUTION_RE = re.compile(r"[”\"]\s*,?\s*(?P<verb>[a-z]+?)(?P<nya>nya)?\s+(?P<name>(?:[A-Z][\w'.-]*\s*){1,4})")


def clean_name(lx: Lexicon, span: str) -> Optional[str]:
    """'Ketua Bawaslu Provinsi Banten, Ali Faisal' -> 'Ali Faisal'."""
    span = re.sub(r"\([^)]*\)", " ", span)
    parts = [p.strip() for p in span.split(",") if p.strip()]
    if not parts:
        return None
    words = parts[-1].split()
    titles = lx.titles
    k = 0
    while k < len(words) - 1 and (words[k].lower().strip(".") in titles or (words[k].isupper() and len(words[k]) > 1)):
        k += 1
    name = " ".join(words[k:]).strip(" .")
    return name or None


def _capitalised_span_before(text: str, end: int, floor: int) -> Optional[str]:
    """The run of capitalised words (with commas and parentheses) ending at ``end``."""
    toks = tokenize(text[floor:end], floor)
    k = len(toks)
    while k > 0 and (toks[k - 1].text[0].isupper() or toks[k - 1].text in (",", "(", ")")):
        k -= 1
    while k < len(toks) and toks[k].text in (",", ")"):
        k += 1
    if k >= len(toks):
        return None
    return text[toks[k].start:toks[-1].end]


class SpeakerTracker:
    """Who is speaking, carried through an article: explicit names update it, pronoun
    attributions ('tegasnya', 'Menurutnya', 'Dirinya') reuse it."""

    def __init__(self, lx: Lexicon) -> None:
        self.lx = lx
        self.current: Optional[str] = None
        self.full_names: list[str] = []

    def _resolve(self, name: str) -> str:
        for full in self.full_names:
            if full != name and full.split()[-1] == name.split()[-1]:
                return full
            if full != name and full.split()[0] == name.split()[0] and len(name.split()) == 1:
                return full
        if len(name.split()) >= 2 or not self.full_names:
            self.full_names.append(name)
        return name

    def see(self, text: str, sent: Sentence) -> Optional[str]:
        """Update from a sentence; return the speaker it attributes (or None)."""
        lx = self.lx
        stext = text[sent.start:sent.end]
        found = None
        m = QUOTE_ATTRIBUTION_RE.search(stext)
        if m and m.group("verb") in lx.attribution and not m.group("nya"):
            # "tegas Kepala BKPSDM Sukamaju, Rina Wati": the name after the titles
            name = clean_name(lx, stext[m.start("name"):].strip(" .")) or m.group("name").strip(" .")
            if name.lower() not in lx.self_pronouns:
                found = self._resolve(name)
        if not found:
            toks = tokenize(stext, sent.start)
            for k, t in enumerate(toks):
                if t.low in lx.speech_verbs or (t.low == "disampaikan" and k + 1 < len(toks) and toks[k + 1].low == "oleh"):
                    if t.low == "disampaikan":
                        tail = text[toks[k + 1].end:sent.end].strip(" .")
                        name = clean_name(lx, tail)
                    else:
                        j = k - 1
                        while j >= 0 and toks[j].low in lx.speaker_fillers:
                            j -= 1
                        span = _capitalised_span_before(text, toks[j].end, sent.start) if j >= 0 else None
                        name = clean_name(lx, span) if span else None
                    if name and name[0].isupper() and name.lower() not in lx.self_pronouns:
                        found = self._resolve(name)
                    break
        if self.current:                       # an alias only extends a known speaker's names
            for pattern in lx.alias_res:
                a = pattern.search(stext)
                if a:
                    self.full_names.append(a.group(1).strip())
        if found:
            self.current = found
        return found


def attribution_speaker(text: str, sent: Sentence, tracker: SpeakerTracker, explicit: Optional[str]) -> Optional[str]:
    """The speaker of a clause in this sentence: named here, or a pronoun attribution."""
    if explicit:
        return explicit
    stext = text[sent.start:sent.end]
    if PRONOUN_ATTRIBUTION_RE.search(stext) or tracker.lx.pronoun_attribution_re.search(stext):
        return tracker.current
    return None




# An attribution that closes a clause's span is at most this many words after its verb
# ("..., kata Kepala Satpol PP Sesayap Hilir, Hendrik Lumbantobing").
MAX_ATTRIBUTION_WORDS = 12


def attribution_tail(lx: Lexicon, text: str, start: int, end: int) -> int:
    """Where a clause ends when its span closes with an attribution set off by a comma
    ("tidak ikut masuk ke bilik suara, kata Kepala Satpol PP X" -> before the comma): an
    attribution verb, then only capitalised words, commas and brackets up to the end (or
    the verb with "-nya"). ``end`` when there is none."""
    toks = tokenize(text[start:end], start)
    for k in range(len(toks) - 2, 0, -1):
        if toks[k].text != ",":
            continue
        verb = toks[k + 1].low
        if verb not in lx.attribution and not (verb.endswith("nya") and verb[:-3] in lx.attribution):
            continue
        tail = toks[k + 2:]
        if len(tail) <= MAX_ATTRIBUTION_WORDS and all(t.text[0].isupper() or t.text in (",", "(", ")", ".")
                                                      or t.low in lx.titles for t in tail) \
                and (tail or verb.endswith("nya")):
            return toks[k].start
        return end
    return end


# -- an official's speech ------------------------------------------------------------------
# A transcript turn's label ("SEKDA:", "Bupati Ani:") has at most this many words.
MAX_TURN_LABEL_WORDS = 4
# A vocative ("Bapak-Ibu kepala sekolah"), opening an order or closing a clause, has at most
# this many words after its address term.
MAX_VOCATIVE_WORDS = 4
TURN_LABEL_RE = re.compile(r"\s*[\"“]?((?:[A-Z][\w.'’-]*\s+){0,%d}[A-Z][\w.'’-]*)\s*:\s+\S" % (MAX_TURN_LABEL_WORDS - 1))
OPEN_MARKS = ("“", "«")
CLOSE_MARKS = ("”", "»")
MARK_RE = re.compile('[“«”»"]')
WORD_CHAR_RE = re.compile(r"[^\W_]")          # str.isalnum, as a pattern


def _turn_label(lx: Lexicon, text: str) -> Optional[str]:
    """The speaker label of a transcript turn ("SEKDA: ...", "Kepala BKD: ..."), or None."""
    m = TURN_LABEL_RE.match(text)
    return m.group(1) if m else None


class SpeechTracker:
    """Which sentences an official speaks, not the narrator: inside a quote (straight or
    curly marks, tracked through a paragraph and on into the next paragraph that opens
    with a mark while the quote is still open), with an attribution ("..., kata Bupati",
    "ujarnya", "Menurutnya"), in a transcript turn ("SEKDA: ..."), or in an answer: the
    paragraph after one that ends with a question, or an "JAWAB:" block. A bare imperative
    there gives an order (see ``cues.speech_heads``)."""

    def __init__(self, lx: Lexicon, text: str, paragraphs) -> None:
        self.lx, self.text = lx, text
        self.quote_open = False
        self.prev_asked = False
        # a label in capitals counts as a turn only when the document has two of them (a
        # dialogue), or when it names an office ("Bupati:", "Kepala BKD Rina:")
        self.labels = {p.start: _turn_label(lx, p.text) for p in paragraphs}
        capitals = [b for b in self.labels.values() if b and b.isupper()]
        self.dialogue = len(capitals) >= 2

    def _is_turn(self, para) -> bool:
        label = self.labels[para.start] if para.start in self.labels else _turn_label(self.lx, para.text)
        if label is None or self.lx.is_cue_token(label.split()[0].lower()):
            return False
        words = [w.lower().strip(".") for w in label.split()]
        return any(w in self.lx.titles for w in words) or (label.isupper() and self.dialogue)

    def _attributed(self, sent: Sentence) -> bool:
        """The sentence names its speaker ("..., kata Bupati", "ujarnya", "Menurutnya")."""
        stext = self.text[sent.start:sent.end]
        return bool(PRONOUN_ATTRIBUTION_RE.search(stext)
                    or self.lx.pronoun_attribution_re.search(stext)
                    or attribution_tail(self.lx, self.text, sent.start, sent.end) < sent.end
                    or QUOTE_ATTRIBUTION_RE.search(stext))

    def paragraph(self, para, sentences: list[Sentence], answer: bool = False) -> list[bool]:
        """Whether each sentence of a paragraph is speech; carries the quote state on."""
        text = self.text
        turn = self._is_turn(para)
        spoken_para = turn or answer or self.prev_asked
        state = False
        k = para.start
        while k < para.end and text[k] in " \t":
            k += 1
        if self.quote_open and k < para.end and text[k] in OPEN_MARKS + ('"',):
            state, k = True, k + 1                    # a quote going on over paragraphs, its mark repeated
        else:
            # the quote's last paragraph, without its opening mark repeated: its first mark closes
            mark = MARK_RE.search(para.text)
            first_mark = mark.group() if mark else None
            state = first_mark in CLOSE_MARKS or (first_mark == '"' and self.quote_open)
        out = []
        for sent in sentences:
            # the marks up to the sentence's end, in order; ``inside``: the state at its
            # first letter or digit (regex scans, not a loop over every character)
            inside = opened = False
            word = WORD_CHAR_RE.search(text, max(k, sent.start), sent.end)
            first = word.start() if word else sent.end
            for m in MARK_RE.finditer(text, k, sent.end):
                if word is not None and m.start() > first:
                    inside, word = state, None
                ch = m.group()
                if ch in OPEN_MARKS:
                    state = opened = True
                elif ch in CLOSE_MARKS:
                    state = False
                else:
                    state = not state
                    opened = opened or state
            if word is not None:
                inside = state
            k = max(k, sent.end)
            out.append(spoken_para or inside or opened or state or self._attributed(sent))
        self.quote_open = state
        stripped = para.text.rstrip(" \"”’'»")
        self.prev_asked = stripped.endswith("?")
        return out


def _comment(lx: Lexicon, words: list) -> bool:
    """Whether the words after a clause's last comma are the speaker's comment or a
    vocative, no part of the act: a closing comment ("itu saja", "sekian"), answer
    particles ("ya"), or an address term and a few words without a verb ("Bapak-Ibu")."""
    if not words:
        return False
    low = " ".join(t.low for t in words)
    if low in lx.closing_comments or all(t.low in lx.answer_particles for t in words):
        return True
    k = 1 if words[0].low in lx.answer_particles and len(words) > 1 else 0
    return words[k].low in lx.address_terms and len(words) - k <= 1 + MAX_VOCATIVE_WORDS \
        and not any(lx.is_verb(t) for t in words[k:])


def comment_tail(lx: Lexicon, text: str, start: int, end: int) -> int:
    """Where a clause ends once comments and vocatives after its commas are cut ("ASN
    dilarang berfoto dengan calon, ya, Bapak-Ibu" -> "... calon"); ``end`` when none."""
    toks = tokenize(text[start:end], start)
    k = len(toks)
    while k > 0 and not toks[k - 1].text[0].isalnum():
        k -= 1
    cut = end
    for _ in range(3):
        comma = next((c for c in range(k - 1, max(-1, k - 2 - MAX_VOCATIVE_WORDS - 1), -1)
                      if toks[c].text == ","), None)
        if comma is None or comma == 0 or not _comment(lx, [t for t in toks[comma + 1:k] if t.text[0].isalnum()]):
            break
        cut, k = toks[comma].start, comma
    while cut > start and text[cut - 1] == " ":
        cut -= 1
    return cut
