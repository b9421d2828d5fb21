"""Questions and their answers: reader Q&A columns ("TANYA:" / "JAWAB:"), interviews
and explainers whose headings ask ("Bolehkah kepala desa ikut pawai?").

A question asks about a rule; it states none. Its act ("ikut pawai calon") is what a
bare verdict in the answer ("Jawabannya tidak boleh.", "Boleh, asalkan ...") rules on:
when the answer states no rule of its own, the verdict's kind and the question's act make
the clause. An answer with conditions ("Boleh, asalkan ...") is a clause as it stands. A
bare order answering what to do ("Apa yang harus dilakukan ASN jika ...?" / "Laporkan.")
is an order of its own, addressed to the party the question names. The words are in
``cues.json`` (``qa``).
"""
from __future__ import annotations

from typing import Optional

from ..models import Sentence
from .cues import negated_kind
from .lexicon import Lexicon, Tok, first_seq_at, seq_at, tokenize

# The act a verdict rules on stands in the question at most this many paragraphs before it.
MAX_QUESTION_GAP = 2
# A verdict opens the answer: it is one of its first this many sentences (a greeting may
# come first: "Waalaikumsalam, Pak Keuchik. Jawabannya tidak boleh.").
VERDICT_SENTENCES = 2
# The party a question asks about runs at most this many words past its actor term
# ("pegawai honorer", "kepala sekolah negeri").
MAX_ACTOR_TAIL = 3


class QAWords:
    """The words of ``cues.json`` ``qa``, read once per lexicon."""

    def __init__(self, lx: Lexicon):
        qa = lx.settings.data("cues.json").get("qa", {})
        self.labels = {w.lower(): role for role, words in qa.get("labels", {}).items() for w in words}
        self.fillers = frozenset(w.lower() for w in qa.get("verdict_fillers", []))
        self.particles = tuple(qa.get("question_particles", []))
        # a ruling's condition may follow it without a comma ("Boleh setelah mengambil cuti")
        self.conditions = tuple(tuple(w.lower().split()) for w in qa.get("verdict_conditions", []))
        self.alternatives = frozenset(w.lower() for w in qa.get("alternatives", []))


def qa_words(lx: Lexicon) -> QAWords:
    words = getattr(lx, "_qa_words", None)
    if words is None:
        words = QAWords(lx)
        lx._qa_words = words          # per lexicon, so per Settings
    return words


def qa_label(lx: Lexicon, text: str, letters: Optional[frozenset] = None) -> Optional[tuple[str, int]]:
    """("question" | "answer", length of the label and its colon) of a paragraph that opens
    with a Q&A label ("TANYA:", "Jawab :", "T:"); None otherwise. A one-letter label
    ("T:", "P:", "J:") counts only when it is in ``letters`` (see :func:`letter_labels`;
    None: any): a lone "T: 0812 ..." is a telephone number, not a question."""
    head = text[:24]
    colon = head.find(":")
    if colon <= 0:
        return None
    word = head[:colon].strip()
    role = qa_words(lx).labels.get(word.lower())
    if role is None or (len(word) == 1 and letters is not None and word not in letters):
        return None
    k = colon + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    return role, k


def letter_labels(lx: Lexicon, texts) -> frozenset:
    """The one-letter Q&A labels of a document ("T:" / "J:", "P:" / "J:", "Q:" / "A:"):
    capital letters before a colon at a paragraph's start, kept only when the document has
    one for a question and one for an answer."""
    labels, found = qa_words(lx).labels, set()
    for text in texts:
        if len(text) > 2 and text[1] == ":" and text[0].isupper() and text[0].lower() in labels:
            found.add(text[0])
    roles = {labels[c.lower()] for c in found}
    return frozenset(found) if {"question", "answer"} <= roles else frozenset()


def _modal_at(lx: Lexicon, toks: list[Tok], k: int, particles: tuple) -> Optional[tuple[int, dict]]:
    """(length, entry) of a modal cue at token k, also with a question particle ("bolehkah")."""
    hit = first_seq_at(toks, k, lx.modal_by_first)
    if hit is not None:
        return len(hit[0]), hit[1]
    low = toks[k].low
    for p in particles:
        if low.endswith(p) and len(low) > len(p):
            hit = first_seq_at([toks[k]._replace(low=low[:-len(p)])], 0, lx.modal_by_first)
            if hit is not None and len(hit[0]) == 1:
                return 1, hit[1]
    return None


def asks(toks: list[Tok]) -> bool:
    """A question: its last "?" is followed by nothing but closing marks or a
    parenthetical signature ("... ikut pawai? (Nurhayati, Peudada)")."""
    q = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].text == "?"), None)
    if q is None:
        return False
    rest = toks[q + 1:]
    if len(rest) > 1 and rest[0].text == "(" and rest[-1].text == ")":
        return True
    # (the sentence splitter may cut "? (Nurhayati, ...)" after its opening bracket)
    return all(t.text in ('"', "”", "’", "'", ")", "(") for t in rest)


def question_act(lx: Lexicon, text: str, sent: Sentence) -> Optional[dict]:
    """The act a question asks a rule about ("Apakah saya boleh ikut membantu kampanyenya?"
    -> "ikut membantu kampanyenya"; "boleh tidak kami ikut pawai calon?" -> "ikut pawai
    calon"), with its actor when one is named; None for other sentences."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    if not asks(toks):
        return None
    words = qa_words(lx)
    q = max(k for k, t in enumerate(toks) if t.text == "?")
    for k in range(q):
        hit = _modal_at(lx, toks, k, words.particles)
        if hit is None:
            continue
        actor = None
        a = k - 1
        while a >= 0 and toks[a].low in lx.determiners:
            a -= 1
        for b in range(max(0, k - 4), k):
            h = lx.actor_term_at(toks, b)
            if h and b + h[0] <= k:
                actor = text[toks[b].start:toks[b + h[0] - 1].end]
                break
        c = k + hit[0]
        # "boleh tidak kami ...", "boleh atau tidak ASN ...": the alternative and the asker
        while c < q and (toks[c].low in lx.negators or toks[c].low in words.alternatives or toks[c].low in lx.pronouns
                         or toks[c].low in lx.subject_pronouns or toks[c].low in lx.determiners):
            c += 1
        h = lx.actor_term_at(toks, c) if c < q else None
        if h:
            # the party asked about runs to its verb ("pegawai honorer menghadiri ...")
            e = c + h[0]
            while e < min(q, c + h[0] + MAX_ACTOR_TAIL) and toks[e].text[0].isalnum() and not lx.is_verb(toks[e]) \
                    and toks[e].low not in lx.negators:
                e += 1
            actor = text[toks[c].start:toks[e - 1].end]
            c = e
        end = q
        while end > c and toks[end - 1].text in (",", ";"):
            end -= 1
        if c >= end or not (lx.is_verb(toks[c]) or toks[c].low in lx.negators):
            return None
        return {"start": toks[c].start, "end": toks[end - 1].end, "actor": actor, "party": actor or _party(lx, text, toks, q),
                "entry": hit[1], "mark": toks[q].end}
    return None


def _party(lx: Lexicon, text: str, toks: list[Tok], q: int) -> Optional[str]:
    """The first actor term a question names anywhere before its mark ("Apa yang harus
    dilakukan ASN jika ...?" -> "ASN"): whom an order answering it addresses."""
    for b in range(q):
        h = lx.actor_term_at(toks, b)
        if h and b + h[0] <= q:
            return text[toks[b].start:toks[b + h[0] - 1].end]
    return None


def bare_answer(lx: Lexicon, text: str, sent: Sentence, asked: dict) -> Optional[dict]:
    """A one-word answer right after a question on a rule, in the same paragraph ("Boleh
    atau tidak hadir di kampanye? Tidak!", "... boleh memakai kaos calon? Ya."): the
    question's modal, negated by a negator, affirmed by an answer particle. None for
    any other sentence, and when the negated modal states no rule ("harus atau tidak?
    Tidak.")."""
    toks = [t for t in tokenize(text[sent.start:sent.end], sent.start) if t.text[0].isalnum()]
    if len(toks) != 1:
        return None
    low, e = toks[0].low, asked["entry"]
    if low in lx.negators:
        kind = negated_kind(e, e["kind"])
    elif low in lx.answer_particles:
        kind = e["kind"]
    else:
        return None
    if kind == "none" or e["role"] != "modal" or e["kind"] != "permission":
        return None
    return {"kind": kind, "force": e["force"], "cue": toks[0].text,
            "cue_canonical": (("tidak " if low in lx.negators else "") + e["cue"]).strip(),
            "start": toks[0].start, "end": toks[0].end, "conditions": False, "imperative": False}


def verdict(lx: Lexicon, text: str, sent: Sentence) -> Optional[dict]:
    """A ruling that answers a question ("Tidak boleh.", "Jawabannya tidak boleh.",
    "Tentu saja boleh, Pak.", or with conditions after a comma: "Boleh, asalkan ..."): its
    kind, force, cue, where it starts and ends, and whether conditions follow; None for a
    sentence with an act of its own ("Boleh hadir ...")."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    words = qa_words(lx)
    k = 0
    label = qa_label(lx, sent.text)
    if label is not None:                             # "Jawab: Tidak boleh."
        k = next((j for j, t in enumerate(toks) if t.start >= sent.start + label[1]), len(toks))
    while k < len(toks) and (toks[k].low in words.fillers or not toks[k].text[0].isalnum()):
        k += 1
    negated = k < len(toks) and toks[k].low in lx.negators
    c = k + 1 if negated else k
    hit = _modal_at(lx, toks, c, ()) if c < len(toks) else None
    if hit is None:
        return None
    e = hit[1]
    after = c + hit[0]
    while after < len(toks) and (toks[after].low in words.fillers or toks[after].low in lx.titles):
        after += 1
    rest = after
    comma = after < len(toks) and toks[after].text == ","
    if comma:
        after += 1
        while after < len(toks) and (toks[after].low in words.fillers or toks[after].low in lx.titles):
            after += 1
    tail = after < len(toks) and toks[after].text[0].isalnum()
    if tail and not comma and not any(seq_at(toks, after, w) for w in words.conditions):
        return None                                   # "Boleh hadir ...": the verdict has its own act
    kind = negated_kind(e, e["kind"]) if negated else e["kind"]
    if kind == "none" or e["role"] != "modal":
        return None
    return {"kind": kind, "force": e["force"], "cue": text[toks[k].start:toks[c + hit[0] - 1].end],
            "cue_canonical": (("tidak " if negated else "") + e["cue"]).strip(),
            "start": toks[k].start, "end": toks[rest - 1].end, "conditions": tail,
            "imperative": bool(e.get("imperative"))}
