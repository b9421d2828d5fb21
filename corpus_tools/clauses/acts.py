"""Acts: the clauses one sentence states by its own cues, one per act.

A cue's content is cut into acts at commas between verb phrases ("dilarang A, B, dan
C"), at enumeration markers ("bersikap memihak, misalnya A, B, bahkan C": the head act
and each example), at a second cue ("boleh A, namun tidak boleh B"), and before negated
continuations ("serta tidak memihak ..."). A run of verbs sharing one object
("membuat, menyukai, membagikan konten") stays one act.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from ..models import Sentence
from .cues import (_skip_interposed_attribution, past_opening_quote, past_source_frame, source_within, cited_source_after, _accepts_sanction, _aggravated_verb, denied_purpose, nobody_acts, judged_example_verb, _warned_consequence, fronted_time_end, _modifier_actor, _opens_with_condition, act_after_condition, closes_sentence, complement_before_pair, find_cues, negated_kind,
                   opens_rule, past_sequence_word, skip_discourse_opener, skip_inline_marker, verdict_pair_after)
from .lexicon import (OPEN_QUOTES, Lexicon, Tok, first_seq_at, is_lead_in, matching_bracket, seq_at, skip, tokenize,
                      unquoted_tokens)

# A framing phrase before a sentence-closing cue's acts is at most this long ("Buat kami,").
MAX_PREFIX_TOKENS = 4
# A closing quote and the attribution after it ('...," ujarnya'): the quote mark follows
# a word or punctuation, never a space (a straight '"' after a space opens a quote).
CLOSING_QUOTE_RE = re.compile(r"[,.!?]?(?<=[^\s\"“])[”\"]\s*,?\s*\w+(?:nya)?\b[^”\"]*$")
# a closing quote mark right after the punctuation that ends the quoted words (a curly
# closing mark, which opens nothing, after a space too: '..., ” kata dia')
ATTRIBUTED_CLOSE_RE = re.compile(r"[,.!?](?:[”\"]|[ \u00a0]+(?=”))")


@dataclass
class Draft:
    """A clause before ids are assigned."""
    start: int
    end: int
    kind: str
    force: str
    cue: str
    cue_canonical: str
    actor: Optional[str]
    list_marker: Optional[str] = None
    parent_key: Optional[int] = None           # index into drafts of the parent list item
    paragraph: int = 0
    sentence: int = 0
    source: str = "statement"
    speaker: Optional[str] = None
    extra: dict = field(default_factory=dict)


# --- splitting acts ---------------------------------------------------------------------

def _acts_follow(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether a comma-separated act (a verb after the comma and any coordinator)
    follows the act starting at k."""
    for c in range(k + 1, end):
        if toks[c].text == ",":
            n = skip(toks, c + 1, lx.coordinators)
            if n < end and lx.is_verb(toks[n]):
                return True
    return False


# "menegur staf yang terbukti melanggar dan melapor ...": a relative clause of at most this
# many words ends right before "dan".
MAX_RELATIVE_WORDS = 2


def _relative_verb(lx: Lexicon, toks: list[Tok], start: int, k: int) -> bool:
    """The verb before the joiner at k closes a short relative clause on the act's object
    ("menegur staf yang melanggar dan melapor ..."): the next verb is a new act, not one
    more verb sharing an object."""
    if toks[k].low not in lx.relative_act_joiners:
        return False                                  # "keputusan yang menguntungkan atau merugikan ...": alternatives
    if not lx.is_verb(toks[k - 1]) or k + 1 >= len(toks) or toks[k + 1].low.startswith("di") or toks[k + 1].low.startswith(lx.intransitive_prefixes):
        return False                                  # "baliho yang dibuat dan dibagikan tim", "calon yang maju dan
        #                                               berkampanye": one relative clause
    for y in range(k - 2, max(start, k - 2 - MAX_RELATIVE_WORDS), -1):
        if toks[y].low == "yang":
            return y - 1 > start and toks[y - 1].text[0].isalpha() and not lx.is_verb(toks[y - 1])
    return False


def _time_clause_verb(lx: Lexicon, toks: list[Tok], start: int, k: int) -> bool:
    """The verb before the joiner at k ends a time clause of the act before ("mengajak
    guru saat mendaftar atau melibatkan mereka ..."): that act has its own object before
    the time word, so the verb after the joiner opens a new act, not one sharing an object."""
    return k - 2 > start and lx.is_verb(toks[k - 1]) and toks[k - 2].low in lx.time_openers \
        and _has_object(lx, toks, start, k - 2)


def _relative_alternative(lx: Lexicon, toks: list[Tok], a: int, k: int, v: int) -> bool:
    """Whether the joiner at k is an alternative inside a relative clause of the act that
    starts at a ("unggahan yang mendukung satu calon atau merendahkan calon lain"): a joiner
    other than relative_act_joiners (one of them only between two passives: "spanduk yang
    ditempel ... dan dipasang ...") after a 'yang' of that act, no separator between, and
    the verb after it (at v) in the voice of the relative clause's verb ("debat yang
    disiarkan televisi atau menonton kampanye ..." opens a new act)."""
    joined = toks[k].low in lx.relative_act_joiners
    for y in range(k - 1, a, -1):
        if toks[y].text in (",", ";"):
            return False
        if toks[y].low == "yang":
            rel = next((i for i in range(y + 1, k) if lx.is_verb(toks[i]) and toks[i].low not in lx.adverbs), None)
            if joined:         # "spanduk yang ditempel di mobil dinas dan dipasang di kantor": two passives
                return rel is not None and toks[rel].low.startswith("di") and toks[v].low.startswith("di")
            return rel is not None and toks[rel].low.startswith("di") == toks[v].low.startswith("di")
    return False


def split_points(lx: Lexicon, toks: list[Tok], start: int, end: int, kind: str, and_verbs: bool = True,
                 lead_words: bool = True) -> list[int]:
    """Token indices inside [start, end) where a new act begins.

    - after a comma (+ a coordinator or an opener like "apalagi") when a verb follows,
      or a noun and then a verb ("ikut kampanye, kampanye memakai atribut");
    - before "dan/serta tidak ..." in a prohibition;
    - at an enumeration marker ("misalnya", "seperti", "bahkan" ...) followed by a verb:
      the head act ends there and each comma-separated example after it is an act.
    A marker followed by nouns ("kegiatan seperti pertemuan, ajakan") is one act; so is
    a run of verbs sharing one object ("membuat unggahan, menyukai, membagikan konten")."""
    head = start
    while start < end and toks[start].text == ":":
        start += 1                                    # "diwajibkan: (a) menyampaikan ...; (b) ..."
    start = skip_inline_marker(toks, start)
    if (run := _repeated_head_run(lx, toks, start, end)) and not lx.act_noun_re.match(toks[start].low) \
            and len(run) - 1 == sum(1 for t in toks[start:end] if t.text == ","):
        return run[1:]                                # "pose dua jari, pose jempol, dan pose ...": one
        #                                               phrase per item of a set named by its noun
    if start < end and lx.act_noun_re.match(toks[start].low):
        return _act_noun_points(lx, toks, start, end)
    first = _first_verb(lx, toks, start, end if lead_words else start + 1)
    if first is None and start + 1 < end and toks[start].low in lx.complementizers \
            and toks[start + 1].text[0].isalpha() and _acts_follow(lx, toks, start + 1, end):
        first = start + 1             # "dilarang untuk kampanye lewat media sosial, menghadiri ...": a noun act first
    if first is None and start + 1 < end and toks[start].low in lx.existentials:
        first = start                 # "jangan ada spanduk calon di pagar, dan buka ...": a thing that must not be
    if (first is None or first > start) and 0 < start < end and toks[start].low in lx.modal_act_nouns \
            and (toks[start - 1].low in lx.negators or lx.is_cue_token(toks[start - 1].low)
                 or any((hit := first_seq_at(toks, c, lx.enumerators)) and c + len(hit[0]) == start
                        for c in range(max(0, start - 3), start))):
        first = start                 # "jangan kampanye lewat medsos atau ...", "yang dilarang yakni kampanye
        #                               lewat medsos, ...": a noun said as the act's verb
    if (first is None or first > start) and noun_act_run(lx, toks, start):
        first = start                 # "yaitu: kampanye lewat media sosial; menghadiri ...": a noun said as
        #                               the first act of a semicolon run
    if (first is None or first > start) and start + 1 < end and lx.is_speech_imperative(toks[start]) \
            and toks[start + 1].text[0].isalnum() and not lx.homograph_noun_at(toks, start):
        first = start                 # "harus waspadai perkembangan situasi serta melaksanakan ...": a bare
        #                               verb after the cue opens the act as its indicative form does
    if (neg := _negated_act_after_state(lx, toks, start, end)) is not None:
        # "tetap profesional dan tidak berpihak ...": a state with no verb, then a negated act of its own
        return [neg] + split_points(lx, toks, neg, end, kind, and_verbs, lead_words)
    if first is None and (neg := _late_negated_act(lx, toks, start, end)) is not None:
        # "taat pada kode etik dengan tidak hadir ... dan tidak ikut ...": the duty, then a
        # negated act of its own, though no verb opens the content
        return [neg] + split_points(lx, toks, neg, end, kind, and_verbs, lead_words)
    start = first
    if start is None:
        return []
    negated_head = any(toks[i].low in lx.negators for i in range(head, start))   # "tidak A dan B": one act
    ordered_neither = any(toks[i].low in lx.disjunction_negators for i in range(max(0, head - 1), start))
    points: list[int] = []
    depth, in_examples, noun_examples, in_alternatives, in_exception = 0, False, False, False, False

    def add(k: int) -> None:
        if not points or points[-1] < k:
            points.append(k)

    k = start + 1
    while k < end:
        t = toks[k]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        if depth:
            k += 1
            continue
        if in_exception:
            if t.text != ";":
                k += 1
                continue
            in_exception = False                 # the exception ends at the next semicolon
        if t.low in lx.exception_markers:
            in_exception = True                  # "..., kecuali untuk ..., disertai surat tugas": the act's scope
            k += 1
            continue
        if in_alternatives and t.low in lx.enumerators and first_seq_at(toks, k, lx.enumerators):
            in_alternatives = False              # "..., baik itu meliputi pertemuan, ajakan, ...": not ways of
            #                                      the act but its examples, read at the marker
        elif in_alternatives:
            if t.text not in (",", ";"):
                k += 1
                continue
            in_alternatives = False              # the alternatives end at the next separator
        elif t.text == "," and (n := skip(toks, k + 1, lx.coordinators)) < end \
                and toks[n].low in lx.alternative_openers:
            in_alternatives = True               # "dilarang dipakai ASN, entah di badan ataupun di motor":
            k = n + 1                            # the alternatives are ways of the one act, no act of their own
            continue
        enum = first_seq_at(toks, k, lx.enumerators) if t.low in lx.enumerators else None
        if enum is not None and enum[0] in lx.manner_markers and not _acts_follow(lx, toks, k + len(enum[0]), end):
            enum = None                          # "... dengan cara memasang baliho": the head act's manner
        if enum is not None:
            n = k + len(enum[0])
            while n < end and toks[n].text in (":", ","):
                n += 1
            if n < end and lx.is_verb(toks[n]):
                add(n)                           # the marker opens the first example
                in_examples = True
                k = n + 1
                continue
            if t.low in lx.examples:
                noun_examples = True             # an example list of nouns: one act ...
        if noun_examples and t.text == ";":
            noun_examples = False                # "..., termasuk tenaga kontrak; (b) memasang ...": the item ends
        if noun_examples:
            if t.text in (",", ";"):             # ... unless a negated act follows it
                n = k + 1
                while n < end and toks[n].low in lx.coordinators:
                    n += 1
                if n + 1 < end and toks[n].low in lx.negators and lx.is_verb(toks[n + 1]) \
                        and toks[n + 1].low not in lx.descriptive_after_negation:
                    add(n)
                    noun_examples = False
            k += 1
            continue
        if t.text == ";" and (run := _repeated_head_run(lx, toks, k + 1, end)):
            for i in run:                        # "dilarang memasang stiker calon; stiker bergambar A, stiker
                add(i)                           # nomor urut B": after a semicolon, phrases opening with one
            k = run[-1] + 1                      # word are items of the act list, one clause each
            continue
        if t.text in (",", ";"):
            n = k + 1
            while n < end and (toks[n].low in lx.coordinators or toks[n].low in lx.act_openers):
                n += 1
            if n + 1 < end and f"{toks[n].low} {toks[n + 1].low}" in lx.aggravators:
                n += 2                           # "..., apa lagi berfoto dengan calon": a two-word aggravator
            n = skip_inline_marker(toks, n)           # "; (2) membicarakan ...; dan (3) ..."
            if n < end and toks[n].low in lx.exception_markers:
                k = n                            # "..., kecuali ...": handled as an exception on the next step
                continue
            if n + 3 < end and toks[n].low in lx.stress_openers and toks[n + 1].low in lx.complementizers \
                    and toks[n + 2].low in lx.negators and lx.is_verb(toks[n + 3]):
                add(n + 2)                       # "Jaga netralitas, terutama untuk tidak terlibat politik
                k = n + 3                        # praktis": the stressed act is one of its own
                continue
            if n < end and toks[n].low in lx.closing_scopes and first_seq_at(toks, n, lx.closing_scopes):
                k += 1                           # "..., apa pun bentuknya": a scope of the act, no act
                continue
            if n < end and toks[n].low in lx.enumerators and first_seq_at(toks, n, lx.enumerators):
                k = n                            # handled as a marker on the next step
                continue
            order = skip(toks, n, lx.adverbs)            # "..., dan tetap laporkan ...": an order kept
            verb_next = n < end and (lx.is_verb(toks[n]) or (in_examples and _example_opens(lx, toks, n))
                                     or lx.is_bare_imperative(toks[n])
                                     or lx.is_speech_imperative(toks[n]) or _loan_act(lx, toks, start, k, n)
                                     or (order > n and order < end and (lx.is_bare_imperative(toks[order])
                                                                        or lx.is_speech_imperative(toks[order])))) \
                and not _loan_series(lx, toks, k, n) and toks[n].low != "termasuk" \
                and toks[n].low not in lx.non_act_openers and not lx.homograph_noun_at(toks, n) \
                and not _descriptive_negation(lx, toks, n)    # "..., tidak ada pengecualian": a comment
            noun_then_verb = n + 1 < end and not lx.is_verb(toks[n]) and toks[n].text[0].isalpha() \
                and toks[n].low not in lx.prepositions and toks[n].low not in lx.skip_after \
                and toks[n].low not in lx.non_act_openers and toks[n].low not in lx.concessive_tails \
                and toks[n].low not in lx.time_openers \
                and lx.is_verb(toks[n + 1]) and toks[n + 1].low not in lx.negators and toks[n + 1].low != "yang" \
                and not _noun_list_member(lx, toks, k, start) and not _place_list_member(lx, toks, k, n, start)
            if not (verb_next or noun_then_verb) and _act_noun_after_verb_acts(lx, toks, start, points, k, n, end):
                add(n)                           # "memasang spanduk, menghadiri kampanye, dan pemberian barang ...":
                #                                  a noun of an act closes a list of verb acts, an act of its own
            elif (verb_next or noun_then_verb) and not _shared_object_run(lx, toks, k, n, end) \
                    and not _motion_before(lx, toks, (points or [start])[-1], k) \
                    and not _sequel_on_same_object(lx, toks, k, n, end):
                add(n)
            elif n < end and k + 1 < n and toks[k + 1].low in lx.aggravators and toks[n].text[0].isalnum() \
                    and toks[n].low not in lx.time_openers \
                    and _aggravated_act(lx, toks, n, end):      # "..., apalagi menjelang pilkada": a time, no act
                add(n)                           # "jangan mengarahkan, apalagi dengan iming-iming": a worse case
        elif kind == "prohibition" and toks[k - 1].text[0].isalnum() \
                and (agg := _aggravated_verb(lx, toks, k, end)) is not None and toks[k - 1].low not in lx.aggravators:
            a = k + 1 if t.low in lx.aggravators else k + 2
            add(a + 1 if toks[a].low in lx.forced_markers else a)   # (its adverbs with it: "apalagi hingga
            #                                      secara terbuka menjadi ...")
            k = agg                              # "jangan kampanye ... apalagi berfoto dengan calon": a worse act,
            #                                      its own clause, with no comma before the aggravator too
        elif (t.low in lx.coordinators or t.low in lx.contrasts or t.low in lx.restating_joiners) and k + 2 < end \
                and toks[k - 1].text not in (",", ";") \
                and toks[k - 1].low not in lx.manner_heads \
                and toks[k + 1].low in lx.negators and ((lx.is_verb(toks[k + 2]) and toks[k + 2].low not in lx.negators
                                                          and toks[k + 2].low not in lx.descriptive_after_negation
                                                          and not (toks[k + 2].low in lx.consequence_verbs
                                                                   and toks[k + 2].low.startswith("ter")))
                                                         or toks[k + 2].low in lx.modal_act_nouns   # "dan tidak golput"
                                                         or nobody_acts(lx, toks, k + 2, end) is not None) \
                and not (t.low in lx.gloss_joiners and toks[k - 1].low in lx.positive_states) \
                and not (t.low in lx.coordinators and _in_negated_manner(lx, toks, (points or [start])[-1], k)):
            # ("netral atau tidak memihak": the negated verb glosses the state, one rule;
            #  "harus dirawat, dengan bersikap adil dan tidak ikut ...": the duty's manner acts)
            add(k + 1)                           # "... dan / tapi tidak memihak": a prohibition of its own;
            #                                      "... serta tidak ada yang menerima titipan": no one may
        elif kind == "permission" and t.low in lx.contrasts and k + 1 < end and toks[k - 1].text[0].isalnum() \
                and _duty_turn_at(lx, toks, k + 1, end):
            add(k + 1)                           # "boleh memilih tapi menjaga netralitas": the duty after the
            #                                      contrast is a rule of its own, an obligation
        elif (and_verbs or (k + 1 < end and toks[k + 1].low in lx.duty_after_negation_verbs)) and t.low in lx.act_joiners \
                and (v := skip(toks, (j2 := k + 1 + (k + 1 < end and toks[k + 1].low in lx.coordinators)), lx.adverbs)) < end \
                and (lx.is_verb(toks[v]) or _loan_act(lx, toks, start, k, v)) and not _loan_series(lx, toks, k, v) \
                and (toks[k - 1].text[0].isalnum() or toks[k - 1].text == ")") and toks[v].low not in lx.negators \
                and toks[k - 1].low not in lx.coordinators and toks[k - 1].low not in lx.aspect_markers \
                and not _motion_before(lx, toks, (points or [start])[-1], k) \
                and toks[v].low not in lx.non_verbs and not lx.homograph_noun_at(toks, v) \
                and (_intransitive_then_transitive(lx, toks, (points or [start])[-1], k, v, end)
                     or ((not lx.is_verb(toks[k - 1]) or (toks[k - 1].low.startswith("di")
                                                          and not toks[v].low.startswith("di") and k - 1 > start)
                          or _relative_verb(lx, toks, start, k) or _time_clause_verb(lx, toks, start, k))
                         and (_has_object(lx, toks, start, k)
                              or (toks[k - 1].low.startswith("di") and lx.is_verb(toks[k - 1]))
                              or _relative_verb(lx, toks, start, k) or _time_clause_verb(lx, toks, start, k)))) \
                and (toks[v].low in lx.duty_after_negation_verbs    # "tidak A dan menolak B": a duty of its own
                     or (toks[(points or [start])[-1]].low not in lx.negators
                         and (points or not negated_head
                              or (ordered_neither and kind == "prohibition" and t.low in lx.negated_disjunctions)))) \
                and not _in_manner(lx, toks, (points or [start])[-1], k) \
                and not _manner_pair(lx, toks, (points or [start])[-1], k, v) \
                and not _relative_alternative(lx, toks, (points or [head])[-1], k, v) \
                and not (t.low in lx.outcome_joiners and toks[v].low.startswith(lx.passive_prefixes)
                         and not (toks[k - 1].low.startswith(lx.passive_prefixes) and lx.is_verb(toks[k - 1]))):
            # ("wajib mundur dari jabatan atau diberhentikan oleh atasannya": the passive is
            #  the other way the same outcome comes about, no act of the actor's own; "yang akan dan
            #  telah bertarung": two aspects of one verb)
            add(j2)                              # "mengawasi bawahannya dan / ataupun melaporkan ...": two acts
            #                                      ("dan atau" is one joiner)
        k += 1
    return points


def _example_opens(lx: Lexicon, toks: list[Tok], n: int) -> bool:
    """Whether an example of acts may open at n, after a comma inside examples that opened with
    a verb: a verb (a borrowed one too), a negator or a noun of an act ("..., menghasut,
    mencaci, mengadu domba partai, tokoh, atau kelompok warga": the plain
    nouns after the last verb are its objects, no acts)."""
    t = toks[n]
    return lx.opens_act(t) or t.low in lx.negators or t.low in lx.modal_act_nouns \
        or (bool(lx.act_noun_re.match(t.low)) and t.low not in lx.imperative_non_verbs)


def _repeated_head_run(lx: Lexicon, toks: list[Tok], n: int, end: int) -> list[int]:
    """The starts of the phrases from ``n`` (after a semicolon, or an act's start) that open with
    the same word ("; pose tangan A, pose tangan B, serta pose C"): at least two, joined by commas (and a
    coordinator), outside brackets, up to the next semicolon; [] when there are fewer. The
    word is a noun, not a verb, a function word or a name."""
    n = skip_inline_marker(toks, n)
    if n >= end or not toks[n].text[0].isalpha() or toks[n].low in lx.negators \
            or (lx.is_verb(toks[n]) and toks[n].low not in lx.noun_verb_homographs) \
            or toks[n].low in lx.prepositions or toks[n].low in lx.determiners or toks[n].low in lx.coordinators \
            or toks[n].low in lx.anaphors or toks[n].text[0].isupper():
        return []
    head, run, depth = toks[n].low, [n], 0
    for k in range(n + 1, end):
        t = toks[k]
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif t.text == ";" and not depth:
            break
        elif t.text == "," and not depth:
            m = skip(toks, k + 1, lx.coordinators)
            if m < end and toks[m].low == head:
                run.append(m)
    return run if len(run) >= 2 else []


def _parties_listed(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether the words from k are a list of parties ("lurah, guru, penyuluh, dan anggota
    BPD"): the first comma-separated part and most of them open with an actor term."""
    parts, a = [], k
    for x in range(k, end + 1):
        if x == end or toks[x].text in (",", ";"):
            if x > a:
                parts.append(a)
            a = x + 1
    if not parts:
        return False
    def party(p: int) -> bool:
        p = skip(toks, skip(toks, p, lx.coordinators), lx.determiners)
        return p < end and bool(lx.actor_term_at(toks, p))
    named = [party(p) for p in parts]       # (a trade the actor list lacks, "hakim", among known ones)
    return named[0] and sum(named) * 2 > len(named)


def _intransitive_then_transitive(lx: Lexicon, toks: list[Tok], a: int, k: int, v: int, end: int) -> bool:
    """The act from ``a`` is one intransitive verb right before "dan / serta" at k, and the
    verb at v after it takes an object ("berpihak dan mengeluarkan keputusan ...", "berkampanye
    serta membagikan sembako"): two acts; an intransitive verb shares no object ("berkomentar
    atau membagikan unggahan": alternatives of one act)."""
    if k - 2 == a and toks[a].low in lx.reciprocals:
        a += 1
    if not (a > 0 and toks[a - 1].low in lx.reciprocals) \
            and not toks[a].low.startswith(lx.intransitive_prefixes + ("ter",)):
        return False                                   # ("saling mendukung dan melakukan sosialisasi": a
        #                                                reciprocal verb takes no object of its own)
    return k - 1 == a and toks[k].low in lx.relative_act_joiners and lx.is_verb(toks[a]) \
        and not toks[v].low.startswith(("di", "ter") + lx.intransitive_prefixes) and v + 1 < end \
        and toks[v + 1].text[0].isalnum() and not lx.is_verb(toks[v + 1])


# "..., lalu menyebarkan foto itu": the sequel's object is taken up by a demonstrative within
# this many tokens after its verb.
SEQUEL_OBJECT_WINDOW = 3


def _sequel_on_same_object(lx: Lexicon, toks: list[Tok], comma: int, n: int, end: int) -> bool:
    """Whether the act after a comma is a sequel of the act before it on the same thing
    ("berfoto dengan simbol jari, lalu menyebarkan foto itu ke media sosial"): a sequence
    word ("lalu") opens it and its object is taken up by a demonstrative."""
    if not any(toks[x].low in lx.sequence_words for x in range(comma + 1, n)):
        return False
    return any(toks[x].low in lx.clause_anaphors or toks[x].low == "tersebut"
               for x in range(n + 2, min(end, n + 2 + SEQUEL_OBJECT_WINDOW)))


def _act_noun_after_verb_acts(lx: Lexicon, toks: list[Tok], start: int, points: list[int], comma: int, n: int,
                              end: int) -> bool:
    """A noun of an act at n, after a comma and a joiner, that closes a list of acts opened
    by verbs ("memasang spanduk calon, menghadiri kampanye, dan pemberian barang kepada
    pemilih", "mengunggah foto calon, memberi komentar, serta penggunaan mobil dinas ..."):
    the list has two verb acts before it, and the noun has its complement after it. Nouns of
    things ("..., seperti kendaraan dan rumah dinas") are no act."""
    if not points or n + 1 >= end or n == comma + 1 or toks[comma + 1].low not in lx.coordinators:
        return False
    t = toks[n]
    return bool(lx.act_noun_re.match(t.low)) and t.low not in lx.imperative_non_verbs and toks[n + 1].text[0].isalnum() \
        and all(lx.is_verb(toks[p]) or lx.is_speech_imperative(toks[p]) for p in (start, points[-1]))


def _act_noun_points(lx: Lexicon, toks: list[Tok], start: int, end: int, verbs: bool = False) -> list[int]:
    """Acts named by nouns ("pemasangan stiker di ruang perawatan, pembagian bahan kampanye,
    dan penggunaan ambulans ..."): a new act at each comma or semicolon whose next word (past
    a coordinator) is an act noun again, or, with ``verbs``, an active verb ("pemasangan
    stiker ..., membagikan bahan ...": a list of noun acts that goes on in verbs)."""
    points = []
    for k in range(start + 1, end - 1):
        if toks[k].text in (",", ";"):
            n = skip(toks, k + 1, lx.coordinators)
            if n < end and toks[n].low.startswith("ke") and _active_relative(lx, toks, (points or [start])[-1], k):
                continue               # "kegiatan yang mengganggu keamanan, ketenteraman, dan ketertiban":
                #                        the relative verb's objects, states, no acts
            if n < end and ((lx.act_noun_re.match(toks[n].low) and toks[n].low not in lx.imperative_non_verbs)
                            or (verbs and lx.is_verb(toks[n]) and not toks[n].low.startswith("di"))):
                points.append(n)
        elif toks[k].low in lx.act_joiners and toks[k - 1].text[0].isalnum() and k - (points or [start])[-1] > 1 \
                and lx.act_noun_re.match(toks[k + 1].low) and toks[k + 1].low not in lx.imperative_non_verbs \
                and k + 2 < end and toks[k + 2].text[0].isalnum() \
                and toks[k + 1].low not in lx.election_words:   # ("... calon pemilu dan pemilihan": an event)
            points.append(k + 1)       # "keikutsertaan dalam kampanye dan pemasangan baliho": the act before
            #                            has its object ("pemasangan dan penyebaran baliho" shares one); a
            #                            last noun alone ("... calon pemilu dan pemilihan") is no act
    return points


def _active_relative(lx: Lexicon, toks: list[Tok], a: int, k: int) -> bool:
    """Whether the act [a, k) holds a relative "yang" with an active verb right after it
    ("kegiatan yang mengganggu keamanan"), whose object may run on past k."""
    return any(toks[x].low == "yang" and x + 1 < k and lx.is_verb(toks[x + 1]) and toks[x + 1].low.startswith("me")
               for x in range(a, k))


def _aggravated_act(lx: Lexicon, toks: list[Tok], n: int, end: int) -> bool:
    """Whether the part after an aggravator ("apalagi", "terlebih") names a worse case of the
    act: a verb, a negator or a preposition of its manner or place ("apalagi dengan iming-iming
    nilai", "terlebih di media sosial"), or a verb within it. A "yang" phrase or a bare noun
    phrase is a topic, no act ("jangan ikut berpolitik, apalagi yang paling rawan itu media sosial")."""
    t = toks[n]
    if t.low == "yang":
        return _relative_act(lx, toks, n)
    if lx.is_verb(t) or t.low in lx.negators or t.low in lx.prepositions or t.low in lx.manner_heads:
        return True
    for k in range(n + 1, end):
        if toks[k].text in (",", ";") or toks[k].low == "yang":
            return False
        if lx.is_verb(toks[k]):
            return True
    return False


def _relative_act(lx: Lexicon, toks: list[Tok], yang: int) -> bool:
    """A "yang" phrase after an aggravator that names doers of a worse act ("apalagi yang
    sampai memasang baliho"): an active verb within two words after "yang"."""
    for k in range(yang + 1, min(len(toks), yang + 3)):
        t = toks[k]
        if not t.text[0].isalnum():
            return False
        if lx.is_verb(t) and not t.low.startswith(("di", "ter")) and t.low not in lx.negators:
            return True
    return False


# A member of a list of things ("kaos, topi, atau masker bergambar calon") is at most this
# many words.
MAX_NOUN_MEMBER = 3


def _noun_list_member(lx: Lexicon, toks: list[Tok], comma: int, start: int) -> bool:
    """Whether the words before this comma are a short verb-free member of a list of things
    set off by a comma before them ("mengenakan kaos, topi, atau masker bergambar calon"):
    the noun after the comma continues that list; its verb ("bergambar") describes it and
    opens no act ("ikut kampanye, kampanye memakai atribut" opens one)."""
    a = comma - 1
    while a > start and toks[a].text[0].isalnum() and not lx.is_verb(toks[a]) and comma - a <= MAX_NOUN_MEMBER:
        a -= 1
    return a < comma - 1 and a >= start and toks[a].text == ","


def _place_list_member(lx: Lexicon, toks: list[Tok], comma: int, n: int, start: int) -> bool:
    """Whether the noun at ``n`` after this comma repeats the noun a preposition opened
    shortly before it ("di ruang pelayanan, ruang jaga perawat, hingga ..."): one more
    place of the act's list of places, not a new act ("ikut kampanye, kampanye memakai
    atribut" repeats an object, not a place, and opens one)."""
    return any(toks[x].low == toks[n].low and toks[x - 1].low in lx.prepositions
               for x in range(max(start + 1, comma - MAX_NOUN_MEMBER), comma))


# An act's verb stands at most this many words after the content's start ("aktif ikut
# mengatur ...", "ASN tidak menunjukkan ..." after "Yang penting,").
MAX_WORDS_BEFORE_VERB = 3


# A motion to a place before the act done there ("datang ke TPS dan mencoblos") names the
# place in at most this many words after the preposition.
MAX_MOTION_PLACE = 3


def _motion_before(lx: Lexicon, toks: list[Tok], a: int, k: int) -> bool:
    """Whether the act [a, k) is only a motion to a place ("datang ke TPS", "pergi ke
    TPS"): with the act after it, one act ("Silakan datang ke TPS, coblos sesuai hati")."""
    v = _first_verb(lx, toks, a, k)
    return v is not None and toks[v].low in lx.motion_verbs and v + 1 < k and toks[v + 1].low == "ke" \
        and k - (v + 2) <= MAX_MOTION_PLACE


# A state named before a negated act ("untuk tetap profesional dan tidak berpihak") has at
# most this many words.
MAX_STATE_WORDS = 4


def _negated_act_after_state(lx: Lexicon, toks: list[Tok], start: int, end: int) -> Optional[int]:
    """Index of the negator when an act's content is a state with no verb joined by a
    coordinator to a negated act ("tetap netral serta tidak memihak calon", "untuk tetap
    profesional dan tidak berpihak ..."), or of the coordinator when a state of positive_states
    is joined to an act ("netral dan tetap menaati aturan"): the state and the act are two clauses."""
    for c in range(start + 1, min(end - 2, start + MAX_STATE_WORDS + 1)):
        t = toks[c]
        if t.text == "," and toks[c - 1].low in lx.positive_states and (v := skip(toks, c + 2, lx.negation_bridges)) < end \
                and toks[c + 1].low in lx.negators and lx.is_verb(toks[v]) \
                and toks[v].low not in lx.negators and toks[v].low not in lx.descriptive_after_negation \
                and not lx.is_verb(toks[start]) and toks[start].low not in lx.negators \
                and not (v > c + 2 and toks[v].low.startswith(lx.passive_prefixes)):
            return c + 1                              # "netral, tidak memihak ..., dan tidak ...": a series;
            #                                           "netral, tidak bisa berpihak ...": its bridge too
            #                                           ("netral, tidak bisa ditawar": a comment on the duty)
        if not t.text[0].isalnum() or (lx.is_verb(t) and t.low not in lx.negators):
            return None
        if t.low in lx.coordinators or t.low in lx.restating_joiners:    # ("netral alias tidak memihak")
            n = toks[c + 1]
            if t.low in lx.gloss_joiners and toks[c - 1].low in lx.positive_states:
                return None                           # "netral atau tidak memihak": a gloss of the state
            if n.low in lx.negators and lx.is_verb(toks[c + 2]) and toks[c + 2].low not in lx.negators \
                    and toks[c + 2].low not in lx.descriptive_after_negation \
                    and not lx.is_verb(toks[start]) and toks[start].low not in lx.negators:
                return c + 1
            v = skip(toks, c + 1, lx.adverbs)
            if v < end and lx.is_verb(toks[v]) and toks[v].low not in lx.negators \
                    and toks[v].low not in lx.non_verbs and not lx.is_verb(toks[start]) \
                    and any(x.low in lx.positive_states for x in toks[start:c]):
                return c + 1                       # "diwajibkan netral dan tetap menaati aturan": a state, then an act
            return None
    return None


def _late_negated_act(lx: Lexicon, toks: list[Tok], start: int, end: int) -> Optional[int]:
    """Index of the negator of the first "dan / serta tidak V" in the content from start,
    before any separator, when no verb opens that content and no proviso or condition
    ("..., asalkan tidak A dan tidak B") comes first; None otherwise."""
    for c in range(start, end - 2):
        if not toks[c].text[0].isalnum() or toks[c].low in lx.provisos or toks[c].low in lx.conditionals \
                or toks[c].low in lx.concessives:
            return None
        if c == start:
            continue
        if toks[c].low in lx.manner_heads and (toks[c + 1].low in lx.negators or lx.is_verb(toks[c + 1])):
            return None                               # "taat pada kode etik dengan tidak A dan tidak B": the
            #                                           manner acts of the duty stay in it
        if toks[c].low in lx.relative_act_joiners and toks[c + 1].low in lx.negators and lx.is_verb(toks[c + 2]) \
                and toks[c + 2].low not in lx.negators and toks[c + 2].low not in lx.descriptive_after_negation \
                and toks[c - 1].text[0].isalnum() and toks[c - 1].low not in lx.manner_heads:
            return c + 1
    return None


def _first_verb(lx: Lexicon, toks: list[Tok], start: int, end: int) -> Optional[int]:
    """Index of the first verb of an act starting at ``start`` (words only before it), or None."""
    for k in range(start, min(end, start + MAX_WORDS_BEFORE_VERB + 1)):
        if lx.is_verb(toks[k]) and toks[k].low not in lx.negators:
            return k
        if k == start and lx.is_speech_imperative(toks[k]):
            return k                  # "Harus waspadai situasi serta melaksanakan ...": a bare verb opens the act
        if k == start and toks[k].low in lx.loan_verbs and k + 1 < end and toks[k + 1].text[0].isalnum():
            return k                  # "dilarang posting status dukungan, memberikan ...": a borrowed verb
            #                           right after the cue is the act's verb (lx.opens_act)
        if not toks[k].text[0].isalnum():
            return None
    return None


# a reason's subject before its copula is at most this many words ("karena kepala desa adalah ...")
MAX_REASON_SUBJECT = 4


def _stated_reason(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether a reason opener's clause from ``k`` states why with a subject of its own and a
    copula ("karena kepala desa adalah pemimpin semua warga", "sebab sekolah merupakan ruang
    netral"), or with a subject pointing back at the rule ("karena hal itu diatur undang-undang"),
    not the act's circumstance ("karena alasan apa pun", "karena diajak teman")."""
    if k + 1 < end and (toks[k].low in lx.copulas or toks[k].low in lx.classifying_verbs) \
            and toks[k + 1].text[0].isalnum():
        return True                  # "karena termasuk kategori politik praktis": the act is what it classes
    a = k + 1 if k < end and toks[k].low == "hal" else k
    if a + 1 < end and (toks[a].low in lx.clause_anaphors or (a > k and toks[a].low == "tersebut")) \
            and toks[a + 1].text[0].isalpha():
        return True
    for n in range(k + 1, min(end, k + MAX_REASON_SUBJECT + 1)):
        if toks[n].low in lx.copulas or (toks[n].low in lx.aspect_markers and n + 1 < end and lx.is_verb(toks[n + 1])):
            # ("karena regulasi sudah mengatur dengan jelas": a subject, an aspect and its verb)
            return all(toks[x].text[0].isalnum() and not lx.is_verb(toks[x]) for x in range(k, n))
        if not toks[n].text[0].isalnum():
            return False
    return False


# a purpose's own subject runs at most this many words before its predicate ("agar rumah dinas di
# asrama polisi tidak ...")
MAX_TAIL_SUBJECT = 6
# an act keeps its tail unless the clause before it has at least this many words
MIN_TAIL_HEAD = 3


# A named source after "sesuai" ("sesuai dengan draf Peraturan KPU Nomor 9") stands
# within this many words.
NAMED_SOURCE_REACH = 5


def _citation_tail(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether token k opens the citation of the act's source ("sebagaimana tertuang dalam UU
    Nomor 5", "yang sudah dimuat di Perbup", cues.json citation_verbs): no part
    of the act. Not after "hal" or a rule's noun ("menjalankan hal sebagaimana tercantum di
    peraturan", "mematuhi ketentuan yang tertuang dalam SE": the citation names the object); at the
    first of its fillers only, or at a reason opener before them ("karena sudah diatur di UU")."""
    if toks[k].low in lx.citation_heads and toks[k - 1].low not in lx.rule_sources and toks[k - 1].low not in lx.manner_heads:
        return source_within(lx, toks, skip(toks, k + 1, lx.citation_prepositions | lx.addressee_preps), end)
        #                                               "..., berdasarkan Surat Keputusan Bersama tentang ...",
        #                                               "mengacu pada UU ASN"
    if toks[k].low in lx.reference_heads and toks[k - 1].low not in lx.rule_sources \
            and toks[k - 1].low not in lx.manner_heads and toks[k - 1].low != "hal":
        a = skip(toks, k + 1, lx.prepositions)        # "sesuai dengan ...", "sebagaimana dalam ..."
        window = [t.low for t in toks[a:min(end, a + NAMED_SOURCE_REACH)]]
        if a < end and not lx.is_verb(toks[a]) and toks[a].low not in lx.aspect_markers \
                and (any(w in lx.named_rule_sources for w in window)
                     or (any(w in lx.rule_sources for w in window) and any(w in lx.source_number_words for w in window))):
            return True                               # "..., sesuai dengan PKPU Nomor 15", "sesuai Pasal 29":
            #                                           a named source; "sesuai aturan yang berlaku" stays, and
            #                                           so does "sebagaimana telah diubah dengan ..."
    if toks[k - 1].low == "hal" or toks[k - 1].low in lx.rule_sources or toks[k - 1].low in lx.citation_fillers \
            or toks[k - 1].low in lx.reason_openers or (toks[k].low not in lx.citation_fillers
                                                       and toks[k].low not in lx.citation_verbs
                                                       and toks[k].low not in lx.reason_openers):
        return False
    reason = toks[k].low in lx.reason_openers
    v = skip(toks, k + reason, lx.citation_fillers)
    if v + 1 >= end or not (toks[v].low in lx.citation_verbs or (reason and toks[v].low in lx.reason_rule_verbs)):
        return False                                  # ("karena dilarang oleh UU": the rule cited as the reason)
    return cited_source_after(lx, toks, v, end)


def _tail_stop(lx: Lexicon, toks: list[Tok], k: int, end: int, content: int) -> bool:
    """Whether token k (inside an act, before ``end``) opens a tail that is no part of the act:
    a result ("sehingga tidak salah mengunggah ..."), a citation of the act's source
    (:func:`_citation_tail`), a purpose with a subject and predicate of
    its own ("agar kegiatan sekolah tetap berjalan", "supaya warga bisa mengecek ...") or a
    purpose named by a noun ("demi kelancaran pemilu"), or any purpose after a passive act's
    agent ("harus ditelusuri oleh Panwascam agar tidak berlarut-larut": what becomes of the thing
    acted on). A purpose that goes on with the actor's
    act ("agar tidak berada di tempat kampanye", "demi menjaga keadilan") and one that is the
    object of the verb before it ("memastikan agar ...") stay in (docs: purpose_tails)."""
    low = toks[k].low
    prev = k - 1 if toks[k - 1].text != "," else k - 2
    if low in lx.result_links or _citation_tail(lx, toks, k, end):
        return True
    n = k + 1
    if n >= end or not toks[n].text[0].isalpha():
        return False
    if low in lx.occasion_tails and toks[prev].text[0].isalnum() and not lx.is_verb(toks[prev]) \
            and toks[prev].low not in lx.coordinators and toks[prev].low not in lx.complementizers:
        # "dilarang memengaruhi keluarganya menyusul bakal digelarnya pilkada": the occasion,
        # a noun or a verb made a noun by "-nya" ("menyusul ke lokasi": an act)
        o = n
        while o < end and (toks[o].low in lx.occasion_tail_fillers or toks[o].low in lx.aspect_markers):
            o += 1
        return o < end and toks[o].text[0].isalpha() and toks[o].low not in lx.negators \
            and toks[o].low not in lx.prepositions and (toks[o].low.endswith("nya") or not lx.is_verb(toks[o]))
    if low in lx.purpose_openers:
        # "demi terwujudnya pemerintahan ...", "demi berjalannya pemilu": a verb made a noun by "-nya"
        # names the purpose as a noun does ("demi menjaganya": the actor's own act)
        nominal = toks[n].low.endswith("nya") and not toks[n].low.startswith(("me", "di"))
        return (nominal or not lx.is_verb(toks[n])) and toks[n].low not in lx.negators \
            and toks[n].low not in lx.adverbs
    if low not in lx.purpose_links or not toks[prev].text[0].isalnum() or lx.is_verb(toks[prev]):
        return False
    if toks[content].low.startswith("di") and lx.is_verb(toks[content]) \
            and any(toks[x].low in lx.passive_agents for x in range(content + 1, k)):
        return True
    t = toks[n]
    if lx.is_verb(t) or t.low in lx.negators or t.low in lx.adverbs or t.low in lx.auxiliaries \
            or t.low in lx.aspect_markers or t.low in lx.prepositions or t.low in lx.complementizers \
            or t.low in lx.subject_pronouns or t.low in lx.coordinators or lx.is_cue_token(t.low):
        return False
    for c in range(n + 1, min(end, n + 1 + MAX_TAIL_SUBJECT)):
        u = toks[c]
        if not u.text[0].isalnum() or u.low == "yang" or lx.is_cue_token(u.low):
            return False
        if u.low in lx.negators or u.low in lx.auxiliaries or u.low in lx.aspect_markers or u.low in lx.adverbs \
                or lx.is_verb(u):
            return True
    return False


def _topic_question(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether an indirect question opens at ``k``: a question word ("apa", "mana"; cues.json
    "topic_questions"), "saja" at most, and "yang" ("apa saja yang boleh dilakukan ...")."""
    if k >= end or toks[k].low not in lx.topic_questions:
        return False
    n = k + 1
    if n < end and toks[n].low == "saja":
        n += 1
    return n < end and toks[n].low == "yang"


def _framed_object(lx: Lexicon, toks: list[Tok], a: int, first: int) -> bool:
    """Whether the words [a, first) before a cue over a passive verb hold a condition
    ("Bawaslu kalau ada informasi ... maka harus diusut") or a speaker's frame set off by a
    comma ("Terhadap laporan itu menurut Rahmat, harus ...", "Soal baliho itu, kata Camat,
    harus ..."): they are not the object the passive judges, and the clause opens at the cue."""
    if any(toks[x].low in lx.conditionals for x in range(a, first)):
        return True
    if first < 1 or toks[first - 1].text != ",":
        return False
    return any(toks[x].low in lx.topic_attribution_frames or toks[x].low in lx.attribution for x in range(a + 1, first - 1))


# a statement's subject before its copula is at most this many words ("tugas kita adalah ...")
MAX_STATEMENT_SUBJECT = 4


def _copular_statement(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether the words from k are a subject of their own and a defining copula ("tugas kita
    adalah menjaga keamanan", "netralitas merupakan amanat undang-undang"): a statement, no
    act. A relative clause ("yang merupakan ..."), a verb before the copula or a subordinate
    clause (", meski calon itu adalah kerabatnya", ", kecuali rapat itu adalah ...") is none."""
    joins = (lx.coordinators, lx.enumerators, lx.concessives, lx.concessive_tails, lx.conditionals,
             lx.exception_markers, lx.reason_openers, lx.time_openers, lx.contrasts, lx.complementizers,
             lx.provisos, lx.prepositions)
    for n in range(k + 1, min(end, k + MAX_STATEMENT_SUBJECT + 1)):
        if toks[n].low in lx.defining_copulas:
            return all(toks[x].text[0].isalnum() and toks[x].low != "yang" and not lx.is_verb(toks[x])
                       and not any(toks[x].low in j for j in joins) for x in range(k, n))
        if not toks[n].text[0].isalnum():
            return False
    return False


# A purpose fronted before a new clause's pronoun subject (", dan untuk itu kami ...") has at
# most this many words after its "untuk".
MAX_FRONTED_PURPOSE = 3


def _new_subject(lx: Lexicon, toks: list[Tok], a: int, b: int) -> int:
    """Index of the first comma in [a, b) after which a clause with its own pronoun
    subject begins (", namun mereka bisa ...", ", kami akan ..."), or of a spoken particle
    before "dan" and such a subject ("ya dan kita sudah ..."); else ``b``."""
    for k in range(a, b):
        if toks[k].low in lx.spoken_particles and k + 3 < b and toks[k + 1].low in lx.coordinators \
                and toks[k + 2].low in lx.subject_pronouns and toks[k + 3].text[0].isalpha() \
                and toks[k + 3].low not in lx.prepositions and toks[k + 3].low not in lx.determiners:
            return k                               # "wajib netral lho dan kami sudah menyiapkan ...": a spoken
            #                                        particle closes the act, a clause with its own subject follows
        if toks[k].text != ",":
            continue
        n = k + 1
        while n < b and (toks[n].low in lx.contrasts or toks[n].low in lx.coordinators):
            n += 1
        if n + 1 < len(toks) and toks[n].low in lx.subject_pronouns and toks[n + 1].text[0].isalnum() \
                and toks[n + 1].low not in lx.prepositions and toks[n + 1].low not in lx.determiners:
            return k
        if n < b and toks[n].low in lx.complementizers and any(
                toks[p].low in lx.subject_pronouns and p + 1 < b and lx.is_verb(toks[p + 1])
                and all(t.text[0].isalnum() for t in toks[n:p])
                for p in range(n + 1, min(b - 1, n + 1 + MAX_FRONTED_PURPOSE))):
            return k                               # "..., dan untuk keamanan kami menyiapkan ...": a purpose
            #                                        fronted before a clause with its own subject
        if n + 1 < len(toks) and toks[n].low in lx.clause_anaphors and toks[n + 1].low in lx.anaphor_predicates:
            return k                               # "..., itu bisa diviralkan": what the act may cause
        if n < b and toks[n].low in lx.consequence_openers:
            return k                               # "Jangan ditutup-tutupi, nanti malah ... ikut kena": the consequence
        if _speaker_noun_frame(lx, toks, n, b):
            return k                               # "..., harapan kami camat ikut meramaikan ...": the speaker's own
            #                                        word on what follows, a statement of its own
        if n + 2 < len(toks) and toks[n].text[0].isalpha() and not lx.is_verb(toks[n]) \
                and toks[n].low not in lx.prepositions and toks[n].low not in lx.coordinators \
                and toks[n].low not in lx.non_act_openers \
                and toks[n + 1].low in lx.clause_anaphors and lx.is_verb(toks[n + 2]) \
                and toks[n + 2].low not in lx.negators and not lx.is_cue_token(toks[n + 2].low):
            return k                               # "untuk tidak cawe-cawe, Pilkada ini berbeda ...": a new subject
        if n + 2 < len(toks) and toks[n].text[0].isalpha() and not lx.is_verb(toks[n]) \
                and toks[n].low not in lx.prepositions and toks[n].low not in lx.coordinators \
                and toks[n + 1].low in lx.demonstratives \
                and (toks[n + 2].low in lx.reason_openers or toks[n + 2].low in lx.anaphor_predicates):
            return k                               # "..., hal ini karena mereka ...": a reason; "..., dan pengawasan
            #                                        tersebut akan dilakukan ...": a new subject and what it will do
        d = next((x for x in range(n + 1, min(b, n + MAX_COMMENT_SUBJECT + 1)) if toks[x].low in lx.demonstratives), None)
        if d is not None and d + 1 < b and all(
                t.text[0].isalpha() and not lx.is_verb(t) and t.low not in lx.prepositions
                and t.low not in lx.coordinators and t.low not in lx.non_act_openers for t in toks[n:d]) \
                and toks[d + 1].text[0].isalpha() and not lx.is_verb(toks[d + 1]) \
                and toks[d + 1].low not in lx.prepositions and toks[d + 1].low not in lx.demonstratives \
                and not lx.is_cue_token(toks[d + 1].low) and (d + 2 >= b or not toks[d + 2].text[0].isalnum()):
            return k                               # "jaga nama baik korps, masa kampanye ini rawan": a comment,
            #                                        a subject and its predicate
    return b


# After a noun the speaker owns ("harapan kami"), its content's predicate comes within this many words.
MAX_FRAMED_SUBJECT = 4


def _speaker_noun_frame(lx: Lexicon, toks: list[Tok], n: int, b: int) -> bool:
    """Whether the words from n (after a comma) are a noun the speaker owns and its content
    ("harapan kami ASN ikut meramaikan ...", "pesan saya semua pegawai menjaga ..."): a noun, a
    speaker's pronoun, then a subject and its verb; a listed object ("kantor kami, dan ...")
    has no verb after it."""
    if n + 2 >= b or not toks[n].text[0].isalpha() or lx.is_verb(toks[n]) or toks[n].low in lx.prepositions \
            or toks[n].low in lx.coordinators or toks[n].low in lx.subject_pronouns \
            or toks[n].low in lx.non_act_openers or toks[n + 1].low not in lx.speaker_pronouns:
        return False
    for k in range(n + 2, min(b, n + 2 + MAX_FRAMED_SUBJECT)):
        t = toks[k]
        if not t.text[0].isalnum() or t.low in lx.prepositions or t.low in lx.coordinators:
            return False
        if lx.is_verb(t) or lx.is_cue_token(t.low) or t.low in lx.complementizers:
            return k > n + 2 or lx.is_cue_token(t.low) or t.low in lx.complementizers
    return False


# A subject after a sequence word ("lalu seluruh aparat keamanan juga ikut ...") has at most this many words.
MAX_SEQUEL_SUBJECT = 5


def _sequel_subject(lx: Lexicon, toks: list[Tok], n: int, end: int) -> bool:
    """Whether the words from n, right after a sequence word, are a subject of their own and its
    predicate ("lalu seluruh instansi keamanan juga ikut membantu", "kemudian para camat
    mengawasi"): a determiner, an actor term or a pronoun opens a short noun phrase with no
    verb, and a verb (after "juga" / "pun" or other adverbs) follows it."""
    if n >= end or not (toks[n].low in lx.determiners or lx.starts_actor(toks, n)):
        return False
    for k in range(n + 1, min(end, n + MAX_SEQUEL_SUBJECT + 1)):
        t = toks[k]
        if not t.text[0].isalnum() or t.low == "yang" or t.low in lx.negators or lx.is_cue_token(t.low):
            return False
        if t.low in lx.adverbs or lx.is_verb(t):
            v = skip(toks, k, lx.adverbs)
            return k > n and v < end and lx.is_verb(toks[v]) and not lx.is_cue_token(toks[v].low)
    return False


# A commented subject before its demonstrative ("masa kampanye ini rawan") has at most this many words.
MAX_COMMENT_SUBJECT = 3


def _in_manner(lx: Lexicon, toks: list[Tok], a: int, k: int) -> bool:
    """Whether token k stands inside a manner adjunct of the act [a, k) ("menghadiri
    kampanye dengan memakai seragam atau membawa fasilitas": both are the manner)."""
    return any(toks[i].low in lx.manner_heads and (lx.is_verb(toks[i + 1]) or (
        toks[i + 1].low in lx.manner_nouns and i + 2 < k and lx.is_verb(toks[i + 2])))   # "dengan pose mengacungkan ..."
        for i in range(a + 1, k - 1))


def noun_act_run(lx: Lexicon, toks: list[Tok], a: int) -> bool:
    """Whether a semicolon run of acts opens at a with a noun said as an act ("kampanye lewat
    media sosial; menghadiri ...", "larangan kampanye di media sosial; menghadiri ...", an act
    noun "pemasangan baliho; ..."), a later part of the run opening with a verb."""
    if a >= len(toks):
        return False
    k = a + 1 if lx.listing_noun(toks[a].low) is not None else a
    if k >= len(toks) or not (toks[k].low in lx.modal_act_nouns or lx.act_noun_re.match(toks[k].low)):
        return False
    semi = next((j for j in range(k + 1, len(toks)) if toks[j].text in (";", ".")), None)
    return semi is not None and toks[semi].text == ";" and semi + 1 < len(toks) \
        and (lx.is_verb(toks[semi + 1]) or toks[semi + 1].low in lx.negators)


def _in_negated_manner(lx: Lexicon, toks: list[Tok], a: int, k: int) -> bool:
    """Whether the coordinator at k joins acts inside a manner adjunct of the act [a, k)
    ("harus dijaga, dengan bersikap netral dan tidak terlibat ...", "taat pada kode etik dengan
    tidak hadir ... dan tidak ikut ..."): the negated act is one more manner of the duty."""
    return any(toks[i].low in lx.manner_heads and (toks[i + 1].low in lx.negators or lx.is_verb(toks[i + 1]))
               for i in range(a + 1, k - 1))


def _manner_pair(lx: Lexicon, toks: list[Tok], a: int, k: int, v: int) -> bool:
    """Whether the coordinator at k joins two words of one manner adverbial ("menjalankan tugas
    secara profesional dan bertanggung jawab", "secara demokratis, jujur, adil dan bermartabat"): a
    manner adverb with no verb after it before k (commas between its words), and an intransitive
    verb after the coordinator (a state, not a new act)."""
    if not toks[v].low.startswith(lx.intransitive_prefixes):
        return False
    def ends(i: int) -> bool:
        return i >= len(toks) or not toks[i].text[0].isalnum() or toks[i].low in lx.time_openers
    if not (ends(v + 1) or (toks[v + 1].low not in lx.prepositions and ends(v + 2))):
        return False                                  # "... dan berkoordinasi dengan Bawaslu": an act of its own
    for i in range(k - 1, a, -1):
        if toks[i].low in lx.manner_adverbs:
            return True
        if toks[i].text == "," and toks[i - 1].text[0].isalnum() and toks[i + 1].text[0].isalnum():
            continue                                  # "secara jujur, adil dan bermartabat": a list of manners
        if lx.is_verb(toks[i]) or not toks[i].text[0].isalnum():
            return False
    return False


def _last_verb(lx: Lexicon, toks: list[Tok], start: int, k: int) -> Optional[int]:
    """The last verb of the act in [start, k), a noun said as the act's verb at its start too
    ("jangan kampanye lewat medsos ..."); None when there is none."""
    return max((i for i in range(start, k) if lx.is_verb(toks[i]) or (i == start and (
        toks[i].low in lx.modal_act_nouns or lx.is_speech_imperative(toks[i])))), default=None)


def _has_object(lx: Lexicon, toks: list[Tok], start: int, k: int) -> bool:
    """Whether the act before token k is a verb with an object of its own (the last
    verb before k is followed by a word that is not a verb, past a bracketed gloss:
    "membagikan (share) unggahan calon")."""
    last = _last_verb(lx, toks, start, k)
    if last is not None and last + 1 < k and toks[last + 1].low in lx.verb_particles:
        last += 1                                     # "ikut serta": the particle is the verb's
    if last is None:
        return False
    nxt = _after_gloss(toks, last + 1, k)
    if nxt + 1 < k and toks[nxt].low in lx.coordinators and toks[nxt + 1].low in lx.non_act_openers:
        return False                                  # "mengomentari dan sejenisnya serta menyebarluaskan ...":
        #                                               "and the like" closes a row of verbs, no object
    return nxt < k and toks[nxt].text[0].isalnum()


def _bare_verb_at(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """A verb standing alone between separators: the "menyukai" of "membuat, menyukai, ..."."""
    if not (k < end and lx.is_verb(toks[k])) or toks[k].low.startswith(lx.intransitive_prefixes):
        return False                                  # "hadir secara aktif, bertanya, memobilisasi massa"
    if k + 1 < end and toks[k + 1].text == "(":
        k = _after_gloss(toks, k + 1, end) - 1        # "membagikan (share), ...": the gloss is no object
    if k + 1 >= end or toks[k + 1].text in (",", ";"):
        return True
    # "menyukai dan membagikan konten", but not "ikut serta dalam kampanye" / "ikut serta sebagai panitia"
    if toks[k + 1].low in lx.verb_particles and k + 2 < end and not lx.verb_re.match(toks[k + 2].low):
        return False
    return toks[k + 1].low in lx.coordinators and k + 2 < end and lx.is_verb(toks[k + 2])


# a gloss in brackets after a word ("membagikan (share)", 'menyukai ("like")') has at most
# this many tokens inside them
MAX_GLOSS_TOKENS = 4


def _before_gloss(toks: list[Tok], i: int) -> int:
    """Index of the word a short bracketed gloss ending at i follows ("membagikan (share)"
    → the verb); ``i`` itself when no gloss ends there."""
    if i < 0 or toks[i].text != ")":
        return i
    o = matching_bracket(toks, i, MAX_GLOSS_TOKENS, (")", ",", ";"))
    return o - 1 if o else i


def _after_gloss(toks: list[Tok], i: int, end: int) -> int:
    """Index after a short bracketed gloss that opens at i; ``i`` when none opens there."""
    if i >= end or toks[i].text != "(":
        return i
    c = matching_bracket(toks, i, MAX_GLOSS_TOKENS, ("(", ",", ";"), end)
    return i if c is None else c + 1


def _shared_object_run(lx: Lexicon, toks: list[Tok], comma: int, n: int, end: int) -> bool:
    """Verbs that share the object after the last of them ("membuat unggahan, menyukai,
    membagikan konten calon"): a bare verb on either side of the comma, a bracketed gloss
    after it too ("mengunggah (posting), membagikan (share), ..."). An active verb and
    its passive joined before the comma ("hak memilih dan dipilih, serta terlibat ...") is a
    closed pair, no verb waiting for an object."""
    prev = _before_gloss(toks, comma - 1)
    before_bare = prev >= 0 and lx.is_verb(toks[prev]) and not toks[prev].low.startswith(lx.intransitive_prefixes) \
        and not (toks[prev].low.startswith(lx.passive_prefixes) and prev > 1 and toks[prev - 1].low in lx.coordinators
                 and lx.is_verb(toks[prev - 2]) and not toks[prev - 2].low.startswith(lx.passive_prefixes)) \
        and (prev == 0 or toks[prev - 1].text in (",", ";") or toks[prev - 1].low in lx.coordinators
             or _one_word_modal(lx, toks, prev - 1))   # "dilarang membagikan, merespons ... atau meneruskan poster"
    if before_bare:
        return True
    if prev > 0 and toks[prev].low in lx.loan_verbs and toks[prev - 1].low in lx.light_verbs \
            and (prev == 1 or toks[prev - 2].text in (",", ";") or toks[prev - 2].low in lx.coordinators
                 or _one_word_modal(lx, toks, prev - 2)):
        return True                                   # "mengunggah, memberikan like, atau mengomentari ... gambar
        #                                               calon": a light verb and a borrowed word stand as one bare verb
    if toks[comma].text == ";":
        return False                                  # "foto bersama calon; mengunggah, menanggapi ... gambar calon":
        #                                               a semicolon after an act with its object closes that act
    if prev >= 0 and toks[prev].text[0].isalnum() and not lx.is_verb(toks[prev]) \
            and n + 1 < end and toks[n + 1].low in lx.coordinators:
        return False                                  # "menjadi pelaksana kampanye, menghina atau mengancam peserta":
        #                                               the pair shares its own object, the act before has one
    return _bare_verb_at(lx, toks, n, end)


def _loan_act(lx: Lexicon, toks: list[Tok], start: int, k: int, v: int) -> bool:
    """Whether the bare borrowed verb at v, after the separator or joiner at k, opens an act
    ("membuat status dukungan atau posting foto calon"): the act before it is a verb with
    its object, no preposition or example marker between them ("mengunggah foto dengan
    komentar maupun like": a thing of that act)."""
    if toks[v].low not in lx.loan_verbs:
        return False
    last = _last_verb(lx, toks, start, k)
    return last is not None and last + 1 < k and (toks[k - 1].text[0].isalnum() or toks[k - 1].text == ")") and not any(
        t.low in lx.prepositions or t.low in lx.enumerators or t.low in lx.examples for t in toks[last + 1:k])


def _loan_series(lx: Lexicon, toks: list[Tok], k: int, n: int) -> bool:
    """Borrowed verbs in a row ("like, komen, dan men-share postingan", "memberikan like,
    komen, atau share"): verbs sharing one object or things of one verb, one act either way."""
    return k > 0 and lx.is_loan_verb(toks[k - 1].low) and n < len(toks) and lx.is_loan_verb(toks[n].low)


def _one_word_modal(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """A one-word modal cue stands at k ("dilarang", "boleh", "jangan")."""
    hit = first_seq_at(toks, k, lx.modal_by_first) if k >= 0 and toks[k].low in lx.modal_by_first else None
    return hit is not None and len(hit[0]) == 1


def _skip_connectives(lx: Lexicon, toks: list[Tok], k: int, stop: int, contrasts: bool = False) -> int:
    """Past up to MAX_CHAINED_CONNECTIVES connectives from k, each with its comma ("Seperti
    misalnya, ...", "Selain itu, contohnya ..."); with ``contrasts`` a contrast counts too,
    with its "itu" ("Sementara itu", "Namun,")."""
    for _ in range(MAX_CHAINED_CONNECTIVES):
        seq = next((q for q in lx.connectives if seq_at(toks, k, q)), None)
        if seq is None and contrasts and k < stop and toks[k].low in lx.contrasts:
            seq = (toks[k].low, "itu") if k + 1 < stop and toks[k + 1].low == "itu" else (toks[k].low,)
        if seq is None:
            break
        k += len(seq)
        if k < stop and toks[k].text == ",":
            k += 1
    return k


def _past_connectives(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> int:
    """Past the connectives that link a sentence to the one before ("Selain itu", "Sementara
    itu", "Namun,"): no part of the clause that opens with the sentence."""
    after = _skip_connectives(lx, toks, k, stop, contrasts=True)
    return after if after < stop else k


def _first_word(toks: list[Tok]) -> int:
    """Index of the first token that is not an opening quote or list punctuation."""
    k = 0
    while k < len(toks) and not toks[k].text[0].isalnum():
        k += 1
    return k


def _strip_end(lx: Lexicon, text: str, toks: list[Tok], end_tok: int, hard_end: int) -> int:
    """Character end of a clause that stops before token ``end_tok`` (drop separators)."""
    k = end_tok - 1
    if k > 0 and toks[k].low in lx.attribution_fillers and toks[k - 1].text == ",":
        k -= 2                                        # "..., tegasnya": the attribution is no part of the act
    while k >= 0:
        if toks[k].low in lx.verb_particles and k > 0 and lx.is_verb(toks[k - 1]) \
                and not toks[k - 1].low.startswith(lx.intransitive_prefixes + ("me", "di")):
            break                                     # "ikut serta": part of the verb ("berkampanye serta": a joiner)
        if toks[k].low in lx.ordinal_words and k > 0 and (toks[k - 1].low in lx.skip_after
                                                           or toks[k - 1].low in lx.coordinators):
            k -= 2                                    # "... dan yang ketiga", "... dan keempat": the next item's ordinal
        elif k > 0 and f"{toks[k - 1].low} {toks[k].low}" in lx.aggravators:
            k -= 2                                    # "..., apa lagi": the next act's two-word aggravator
        elif k > 0 and toks[k].low in lx.additive_adverbs and toks[k - 1].low in lx.coordinators:
            k -= 2                                    # "..., dan juga": the next rule's joiner
        elif k > 0 and f"{toks[k - 1].low} {toks[k].low}" in lx.sequence_words:
            k -= 2                                    # "..., setelah itu": the next order's sequence word
        elif k > 0 and toks[k - 1].low in lx.enumerators and (hit := first_seq_at(toks, k - 1, lx.enumerators)) \
                and len(hit[0]) == 2:
            k -= 2                                    # "..., antara lain" / "..., salah satunya": the next acts' marker
        elif k > 1 and toks[k].low in lx.complementizers and toks[k - 1].low in lx.stress_openers \
                and toks[k - 2].text == ",":
            k -= 2                                    # "..., terutama untuk": the stressed act's opener
        elif toks[k].text in (",", ";", "-", "–", ":") or toks[k].text in OPEN_QUOTES or toks[k].low in lx.coordinators or toks[k].low in lx.act_joiners \
                or toks[k].low in lx.contrasts or toks[k].low in lx.act_openers or toks[k].low in lx.enumerators \
                or toks[k].low in lx.restating_joiners:
            k -= 1
        elif toks[k].text == ")" and k >= 1 and len(toks[k - 1].text) <= 2 and toks[k - 1].text[0].isalnum():
            k -= 3 if k >= 2 and toks[k - 2].text == "(" else 2     # an inline marker "(2)" / "b)"
        else:
            break
    return min(hard_end, toks[k].end) if k >= 0 else hard_end


def sentence_end(sent: Sentence, text: str) -> int:
    """End of a sentence without its closing punctuation and quotes."""
    e = sent.end
    while e > sent.start and text[e - 1] in ' .,;:!?"”’\'»)“‘«':
        if text[e - 1] == ")" and "(" in text[sent.start:e - 1]:
            break
        e -= 1
    return e


# A word or two in quote marks inside a sentence ('memberi "like"', '"ngonten" bersama calon')
# are set off, not quoted speech: at most this many words.
SCARE_QUOTE_WORDS = 3


def _scare_quoted(body: str, at: int) -> bool:
    """Whether the quote mark around ``at`` (the closing match) closes a few words set off
    inside the sentence: an opening mark after a space, a short span with no punctuation."""
    close = body.find('"', at) if body[at] != '"' else at
    if close < 0:
        close = body.find("”", at)
    if close < 0:
        return False
    mark = body[close]
    opener = body.rfind('"' if mark == '"' else "“", 0, close)
    if opener <= 0 or not body[opener - 1].isspace() or not body[:opener].strip():
        return False
    inner = body[opener + 1:close]
    return 0 < len(inner.split()) <= SCARE_QUOTE_WORDS and not re.search(r"[,.!?;:]", inner)


def _quote_end(sent: Sentence, text: str, lx: Optional[Lexicon] = None) -> int:
    """A quoted sentence ends at its closing quote, before the attribution ("..., jelasnya");
    so does a quote opened inside the sentence ('Bupati menegaskan, “ASN dilarang ...,”
    katanya') when punctuation closes it and a verb of saying follows the mark."""
    body = text[sent.start:sent.end]
    c = _attributed_close(lx, body) if lx is not None else None
    if c is not None:
        return sent.start + c.start()
    m = CLOSING_QUOTE_RE.search(body)
    if m and _scare_quoted(body, m.start()):
        return sentence_end(sent, text)               # 'memberi "like" di media sosial': a word set off, no quote
    if m and (body.lstrip().startswith(("“", '"')) or "“" not in body):
        return sent.start + m.start()
    return sentence_end(sent, text)


def _attributed_close(lx: Lexicon, body: str) -> Optional[re.Match]:
    """The first closing mark after punctuation that a verb of saying follows ('"ASN dilarang
    berkampanye," kata dia, "dan juga ...'): it ends the quote, whatever opens after it."""
    for c in ATTRIBUTED_CLOSE_RE.finditer(body):
        if lx.voice_quote_re.match(body, c.end() if body[c.end() - 1].isspace() else c.start() + 1) \
                and not _scare_quoted(body, c.start()):
            return c
    return None


def _resumed_quote(lx: Lexicon, text: str, sent: Sentence) -> Optional[int]:
    """Where a quote resumes after an attribution inside one sentence ('"A," kata dia, "dan
    B."'): the first word after the reopening mark, or None."""
    body = sent.text
    if body.count('"') + body.count("“") < 2:
        return None
    c = _attributed_close(lx, body)
    reopen = REOPEN_RE.search(body, c.end()) if c is not None else None
    return sent.start + reopen.end() if reopen else None


# a quote mark that opens words again after an attribution ('..., kata dia, "dan ...')
REOPEN_RE = re.compile(r"(?<=[\s,])[“\"](?=\w)")


def sentence_drafts(lx: Lexicon, text: str, sent: Sentence, in_item: bool = False, speech: bool = False) -> list[Draft]:
    """All clauses a sentence states by its own cues (``in_item``: the sentence is a list
    item's, whose label before a colon is no actor; ``speech``: an official says it, so a
    bare imperative gives an order). A quote resumed after an attribution inside the
    sentence is read as a sentence of its own."""
    resumed = _resumed_quote(lx, text, sent)
    if resumed is None:
        return _sentence_drafts(lx, text, sent, in_item, speech)
    head = Sentence(start=sent.start, end=resumed, text=text[sent.start:resumed], paragraph=sent.paragraph)
    tail = Sentence(start=resumed, end=sent.end, text=text[resumed:sent.end], paragraph=sent.paragraph)
    return _sentence_drafts(lx, text, head, in_item, speech) + _sentence_drafts(lx, text, tail, in_item, speech)


def _sentence_drafts(lx: Lexicon, text: str, sent: Sentence, in_item: bool, speech: bool) -> list[Draft]:
    toks = tokenize(text[sent.start:sent.end], sent.start)
    if not speech and not lx.holds_cue_word(toks):
        return []                    # no cue (find_cues's own test, before the shape tests)
    if is_lead_in(toks) or _is_question(toks) or headline_shaped(lx, toks):
        return []
    cues = find_cues(lx, toks, speech)
    if not cues and not speech:
        return []
    hard_end = min(_quote_end(sent, text, lx), sentence_end(sent, text))
    pair = _elliptic_pair(lx, text, toks, hard_end, sent, speech)
    if pair:
        return pair
    if not cues:
        return []                    # (in speech a judged act and an order may pair with no cue found)
    drafts: list[Draft] = []
    resume, boundary = 0, None
    anaphoric = _anaphoric_subject(lx, toks, cues[0].first)
    rule_subject = _rule_subject(lx, toks, cues[0].first)
    verdict_comma = None                              # where an act ended before a pair of verdicts
    for n, m in enumerate(cues):
        if verdict_comma is not None and m.first > verdict_comma:
            boundary, resume, verdict_comma = verdict_comma, n, None   # the verdict after it judges its act
        nxt = cues[n + 1] if n + 1 < len(cues) else None
        stop_tok = len(toks)
        if nxt:
            stop_tok = nxt.actor[0] if nxt.actor and nxt.actor[0] > m.content and nxt.entry["role"] != "directive" else nxt.first
            if nxt.given_in_act:
                stop_tok = nxt.actor[1]                # "... untuk memberikan surat imbauan kepada kades": the giving, to whom
            # "..., namun suara mereka tidak boleh ...": the act ends at the contrast
            stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                             if toks[k].text == "," and toks[k + 1].low in lx.contrasts), stop_tok)
            # "harus netral, memilih boleh, berpolitik tidak boleh": the next act has a verdict of its own
            paired = next((k for k in range(m.content + 1, stop_tok - 1)
                           if toks[k].text == "," and verdict_pair_after(lx, toks, k + 1, len(toks))), None)
            if paired is not None and n >= resume:
                stop_tok, verdict_comma = paired, paired
        # "... menjadi anggota KPPS dengan syarat mendapat izin ...": a proviso of several words
        # ends the act with or without a comma, before its words can read as a new subject
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                         if first_seq_at(toks, k, lx.proviso_seqs) and " " in " ".join(
                             first_seq_at(toks, k, lx.proviso_seqs)[0])), stop_tok)
        stop_tok = _new_subject(lx, toks, m.content + 1, stop_tok)
        # "... harus netral lalu seluruh aparat keamanan juga ikut menjaga ...": a sequence word and
        # a subject of its own with its predicate open another clause, no act of this actor
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].low in lx.sequence_words and _sequel_subject(lx, toks, k + 1, stop_tok)), stop_tok)
        # "..., jika ketahuan ... akan dikenai sanksi": the sanction of a breach is no part of the act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].text == "," and toks[k + 1].low in lx.conditionals
                         and any(_warned_consequence(lx, toks, x) and toks[x].low in lx.warning_modals
                                 for x in range(k + 2, stop_tok))), stop_tok)
        # "... dan jika ditemukan pelanggaran maka berpotensi dikenakan sanksi": a condition joined
        # by "dan" whose "maka" names a sanction is no part of the act, without a comma too
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 3)
                         if toks[k].low in lx.sanction_condition_joiners and toks[k - 1].text[0].isalnum()
                         and toks[k + 1].low in lx.conditionals
                         and any(toks[x].low in lx.consequence_links and _warned_consequence(lx, toks, x + 1)
                                 for x in range(k + 2, stop_tok - 1))), stop_tok)
        # "..., termasuk lurah, guru, penyuluh ...": the parties the rule covers, no part of the act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].text == "," and toks[k + 1].low in lx.examples
                         and _parties_listed(lx, toks, k + 2, stop_tok)), stop_tok)
        # "..., asalkan tidak ikut memberi komentar": the proviso is no part of the act, nor is
        # a reason ("..., karena kalau tidak akan merugikan ...") or a purpose ("..., guna
        # memastikan pemilu yang bersih"); "..., tidak ada pengecualian":
        # nor is a comment that negates no act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                         if toks[k].text == "," and (toks[k + 1].low in lx.provisos
                                                     or first_seq_at(toks, k + 1, lx.proviso_seqs)
                                                     or toks[k + 1].low in lx.reason_openers
                                                     or toks[k + 1].low in lx.purpose_openers
                                                     or _descriptive_negation(lx, toks, k + 1)
                                                     or _event_setting(lx, toks, k + 1, stop_tok))), stop_tok)
        # "... karena kepala desa adalah pemimpin semua warga": a reason with its own subject and
        # predicate is no part of the act, with or without a comma
        # ("diminta fokus mengingat ujian akan digelar": after an act of one word too)
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].low in lx.reason_openers and _stated_reason(lx, toks, k + 1, stop_tok)), stop_tok)
        # "... sehingga tidak salah mengunggah ...", "... agar kegiatan sekolah tetap berjalan": a result,
        # or a purpose with its own subject, after the act is no part of it
        # ("jaga kondusifitas agar Pilkada berjalan aman": an order of a verb and one word keeps its purpose)
        head = m.actor[0] if m.actor and m.actor[0] < m.first else m.first
        stop_tok = next((k for k in range(max(m.content + 2, head + MIN_TAIL_HEAD), stop_tok - 1)
                         if _tail_stop(lx, toks, k, stop_tok, m.content)), stop_tok)
        # "menggelar bimtek, apa saja yang boleh dan tidak boleh dikerjakan ...": an indirect
        # question after a comma names the act's topic; it is no part of the act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].text == "," and _topic_question(lx, toks, k + 1, stop_tok)), stop_tok)
        # "..., dan jika terbukti harus ditindak": a condition after a comma right before the next
        # cue is that rule's, no part of this act
        if nxt:
            stop_tok = next((k for k in range(m.content + 1, stop_tok - 1) if toks[k].text == ","
                             and toks[skip(toks, k + 1, lx.coordinators)].low in lx.conditionals
                             and all(t.text != "," for t in toks[k + 1:stop_tok])), stop_tok)
        # "..., apalagi yang paling rawan itu media sosial": a topic after an aggravator is no part of the act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].text == "," and toks[k + 1].low in lx.aggravators and toks[k + 2].low == "yang"
                         and not _relative_act(lx, toks, k + 2)),
                        stop_tok)
        # "..., terlebih jika ada aparat desa yang terlibat": a case stressed after an aggravator is no part of the act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].text == "," and toks[k + 1].low in lx.aggravators
                         and skip(toks, k + 2, lx.adverbs) < stop_tok
                         and toks[skip(toks, k + 2, lx.adverbs)].low in lx.conditionals),
                        stop_tok)
        # "..., tugas kita adalah menjaga keamanan": a statement with its own subject and copula
        # after a comma explains the rule and is no part of its act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 2)
                         if toks[k].text == "," and _copular_statement(lx, toks, k + 1, stop_tok)), stop_tok)
        # "..., kata Kepala Satpol PP Sesayap Hilir, Hendrik ...": the attribution ends the act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                         if toks[k].text == "," and toks[k + 1].low in lx.attribution
                         and _attribution_to_end(lx, toks, k + 2, stop_tok)), stop_tok)
        if m.entry.get("imperative"):
            # "Copot baliho itu, bisa datang ke kantor camat ...": an option offered ends the order
            stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                             if toks[k].text == "," and first_seq_at(toks, k + 1, lx.option_openers)), stop_tok)
        # "jagalah nama baik korps, jangan sampai tercoreng ...": a warning of an outcome after a
        # comma ends the order (a warning that is a rule of its own is the next cue anyway)
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                         if toks[k].text == "," and _warning_at(lx, toks, k + 1)), stop_tok)
        # "..., dan kalau melanggar bisa dipidana": the sanction after a condition is no act
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                         if toks[k].text == "," and _sanction_condition(lx, toks, k + 1, stop_tok)), stop_tok)
        # "... bersikap netral dan akan dikenai sanksi jika ...": a sanction joined to the act is no part of it
        stop_tok = next((k for k in range(m.content + 1, stop_tok - 1)
                         if _sanction_sequel(lx, toks, k, stop_tok)), stop_tok)
        if n == 0:
            quote_stop = next((k for k, t in enumerate(toks) if t.start >= hard_end), len(toks))
        if n < resume:
            continue
        judged_at = None
        if (n == 0 or (n == resume and boundary is not None)) and m.entry["role"] in ("modal", "passive") \
                and not m.entry.get("imperative") and (closes_sentence(lx, toks, m.content, quote_stop)
                                                       or (judged_at := _aggravation_after_judged_act(
                                                           lx, toks, m, quote_stop)) is not None):
            # "..., itu sah-sah saja dan boleh": later cues only repeat the judgement, unless
            # a new rule follows a comma ("Kalau hadir boleh, yang tidak boleh adalah ...",
            # "kalau hadir boleh, kalau ikut yel-yel tidak boleh")
            before = _acts_before_cue(lx, text, toks, m, hard_end, sent,
                                      after=boundary + 1 if n and boundary is not None else (judged_at or 0))
            if before is not None:
                drafts += before
                agg = (_aggravated_verb(lx, toks, m.content + 1, quote_stop)
                       or judged_example_verb(lx, toks, m.content + 1, quote_stop)) \
                    if before and m.content < quote_stop and toks[m.content].text == "," else \
                    (_aggravated_verb(lx, toks, m.content, quote_stop) if before and m.kind == "prohibition" else None)
                if agg is not None:
                    # "Menyapa saja jangan, apalagi ikut berkampanye": the worse act after
                    # the aggravator is judged too
                    stop_a = next((k for k in range(agg + 1, quote_stop) if toks[k].text in (",", ";")), quote_stop)
                    end_a = _strip_end(lx, text, toks, stop_a, hard_end)
                    if end_a > toks[agg].start:
                        drafts.append(replace(before[-1], start=toks[agg].start, end=end_a,
                                              extra={**before[-1].extra, "content": toks[agg].start}))
                denied = denied_purpose(lx, toks, m.content, quote_stop) \
                    if before and m.kind == "permission" else None
                if denied is not None:
                    # "Kalau diundang boleh saja tapi tidak untuk kampanye": the purpose denied
                    # after the contrast is forbidden
                    stop_d = next((k for k in range(denied + 2, quote_stop) if toks[k].text in (",", ";")), quote_stop)
                    end_d = _strip_end(lx, text, toks, stop_d, hard_end)
                    if end_d > toks[denied].start:
                        drafts.append(replace(before[-1], start=toks[denied].start, end=end_d, kind="prohibition",
                                              extra={**before[-1].extra, "content": toks[denied].start}))
                boundary = next((k for k in range(min(m.content, m.last), quote_stop) if toks[k].text == ","
                                 and (opens_rule(lx, toks, k + 1) or (k + 2 < quote_stop and toks[k + 1].low
                                                                     in lx.contrasts and (opens_rule(lx, toks, k + 2)
                                                                                          or any(c.first == k + 2 for c in cues)))
                                      or _subject_rule_after(lx, toks, k + 1, cues)
                                      or verdict_pair_after(lx, toks, k + 1, quote_stop)
                                      or ((inf := first_seq_at(toks, k + 1, lx.inference_openers)) is not None
                                          and any(c.first == k + 1 + len(inf[0]) for c in cues)))),
                                None)
                if boundary is None:
                    return drafts
                resume = next((c for c, later in enumerate(cues) if later.first > boundary), len(cues))
                continue
        # an actor after the cue ("hal yang wajib dilakukan kepala OPD, di antaranya ...")
        # does not open the clause
        clause_first = m.actor[0] if (m.actor and m.entry["role"] in ("modal", "passive", "lead")
                                      and m.actor[0] < m.first) else m.first
        if m.opens_at_content:
            clause_first = m.content
        if n == 0 and m.actor is None and m.entry["role"] == "modal" and m.content < len(toks) \
                and toks[m.content].low.startswith("di") and lx.is_verb(toks[m.content]) and m.first > _first_word(toks) \
                and not _opens_with_condition(lx, toks, m.first):
            # "foto yang telanjur diunggah sebaiknya dihapus": its object first, past a connective
            # ("Sementara itu kampanye di kampus hanya boleh dilaksanakan ...")
            clause_first = _past_connectives(lx, toks, _first_word(toks), m.first)
            if _framed_object(lx, toks, clause_first, m.first):
                clause_first = m.first             # "Bawaslu kalau ada informasi ... maka harus diusut", "Terhadap
                #                                    laporan itu menurut X, harus diusut": a condition or a speaker's
                #                                    frame stands before the cue, the object is not named there
        elif n == 0 and m.actor is None and m.entry["role"] == "modal" and m.first > _first_word(toks) \
                and _object_voice(lx, toks, m.content) and not _opens_with_condition(lx, toks, m.first):
            # "Jarak dengan lokasi kampanye harus kita jaga": a fronted object, the modal, a pronoun
            # agent and a bare verb; the act runs from the object (past a connective, after a comma)
            clause_first = skip(toks, _past_connectives(lx, toks, _first_word(toks), m.first), lx.discourse_openers)
            comma = max((k for k in range(clause_first, m.first) if toks[k].text in (",", ";", ":")), default=None)
            if comma is not None:
                clause_first = comma + 1
            if clause_first >= m.first or _framed_object(lx, toks, clause_first, m.first) \
                    or any(t.low in lx.conditionals for t in toks[clause_first:m.first]):
                clause_first = m.first
        if m.entry["role"] == "directive":
            clause_first = m.content if m.actor is None or m.actor[0] < m.content else m.actor[0]
            if (m.actor and m.actor[0] >= m.last and m.actor[1] <= m.content) or (m.actor is None and all(
                    t.low in lx.speech_imperative_openers for t in toks[m.last:m.content])) \
                    or (m.actor is None and m.content == m.last + 1 and m.content < len(toks)
                        and toks[m.last].low in lx.complementizers
                        and (c := skip(toks, m.content, lx.adverbs)) < len(toks)
                        and (lx.opens_act(toks[c]) or toks[c].low in lx.negators)):
                # "minta (tolong) awasi"; "menginstruksikan agar bersikap netral": no addressee, the
                # order with its verb and complementizer
                clause_first = m.first             # "mengizinkan gedung milik perusahaan disewa ...": with its verb
            elif m.actor and m.actor[1] <= m.first:
                clause_first = m.actor[0]          # "Kepada para kepala ruangan, saya minta awasi ...": the
                #                                    addressee fronted before the speaker opens it
            elif m.actor is None and m.last < m.content - 1 and toks[m.content - 1].low in lx.complementizers \
                    and (toks[m.last].low in lx.addressee_preps
                         or (toks[m.last].text == "," and toks[m.last + 1].text[0].isupper())
                         or any(lx.actor_term_at(toks, k) for k in range(m.last, m.content - 1))):
                clause_first = m.first             # "meminta kepada Komisi ... sebagai penyelenggara ... untuk
                #                                    berlaku adil", "Saya minta, KPU di ... untuk ...": an
                #                                    addressee too long to bind still opens the clause
            if m.content + 1 < len(toks) and toks[m.content].low in lx.negators \
                    and toks[m.content + 1].low in lx.existentials:
                clause_first = m.content           # "minta tidak ada lagi (ASN) yang ...": from the negator
        actor_span = m.actor
        if clause_first < m.first and m.entry["role"] in ("modal", "passive"):
            # "Ketua Bawaslu ... menegaskan, netralitas ASN harus tetap dijaga": the speaker's frame
            # is no part of the clause, nor of its actor
            clause_first, actor_span = _after_speech_frame(lx, toks, clause_first, m.first, actor_span)
        actor_txt = text[toks[actor_span[0]].start:toks[actor_span[1] - 1].end] if actor_span else None
        cue_txt = text[toks[m.first].start:toks[m.last - 1].end]
        canonical = (("tidak " if m.negated else "") + m.entry["cue"]).strip()
        # "Kalau ..., laporkan ke ...": the condition opens the clause, its acts start at the imperative
        split_from = m.first if m.entry.get("imperative") and m.content < m.first else m.content
        ends = (_act_noun_points(lx, toks, m.content, stop_tok, verbs=True) if m.nominal_acts
                else split_points(lx, toks, split_from, stop_tok, m.kind))
        if m.entry.get("imperative"):
            ends = sorted(set(ends) | set(_chained_orders(lx, toks, split_from, stop_tok)))
        if m.kind == "prohibition" and toks[m.first].low in lx.negators:
            ends = sorted(set(ends) | set(_positive_turns(lx, toks, split_from, stop_tok)))
        ends += [stop_tok]
        positive = _unmarked_in_negated_series(lx, toks, m, ends, repeated=n > 0 and _repeats_negator(lx, toks, cues[n - 1], m))
        seg_first = clause_first
        for end_tok in ends:
            if seg_first >= len(toks) or seg_first >= end_tok:
                break
            start_c = toks[seg_first].start
            end_c = _strip_end(lx, text, toks, end_tok, hard_end)
            seg_kind = "obligation" if seg_first in positive else m.kind
            if m.kind == "permission" and seg_first != clause_first and toks[seg_first - 1].low in lx.contrasts \
                    and _duty_turn_at(lx, toks, seg_first, end_tok):
                seg_kind = "obligation"            # "boleh memilih tapi menjaga netralitas"
            neg_at = skip_inline_marker(toks, seg_first)
            if m.kind in ("obligation", "permission") and (
                    (seg_first != clause_first and toks[seg_first].low in lx.negators)
                    or (seg_first == clause_first and m.opens_at_content and m.first < m.content
                        and neg_at + 1 < len(toks) and toks[neg_at].low in lx.negators and lx.is_verb(toks[neg_at + 1]))):
                # "wajib dipatuhi, yakni (1) tidak memberikan dukungan ...": the enumeration's first act negated
                seg_kind = "prohibition"           # "wajib menjaga netralitas dan tidak terlibat ...", "boleh A tapi tidak B"
            elif seg_first != clause_first and m.kind == "obligation" and m.content < len(toks) \
                    and toks[skip(toks, m.content, lx.complementizers)].low in lx.avoid_heads \
                    and any(toks[x].low in lx.enumerators and first_seq_at(toks, x, lx.enumerators)
                            for x in range(m.content, seg_first)):
                seg_kind = "prohibition"           # "harus menghindari hal-hal ..., seperti A, B": A and B are forbidden
            if seg_first == clause_first and m.content < len(toks) \
                    and toks[m.content].low in lx.obeying_verbs and any(
                        toks[x].low in lx.enumerators and (hit := first_seq_at(toks, x, lx.enumerators))
                        and _act_at(lx, toks, x + len(hit[0])) for x in range(m.content, end_tok)):
                end_c = start_c                    # "diharapkan menaati beberapa poin, di antaranya A, B":
                #                                    the acts listed are the rules, obeying them is none
            if anaphoric and m.actor is None and (
                    not _names_act(lx, toks, max(m.content, seg_first), min(end_tok, quote_stop))   # not '," ujarnya'
                    or _passive_on_anaphor(lx, toks, max(m.content, seg_first), min(end_tok, quote_stop))):
                end_c = start_c                    # "Perbuatan semacam itu jelas dilarang", "Hal tersebut harus
                #                                    dipatuhi oleh seluruh ASN": the act was named before
            if _rule_content_talked(lx, toks, m, seg_first, min(end_tok, quote_stop)):
                end_c = start_c                    # "ketentuan agar guru harus netral sudah diatur dalam UU ...":
                #                                    the rule's content named as the subject of talk about it
            if rule_subject and m.actor is None and n == 0 \
                    and _passive_on_anaphor(lx, toks, max(m.content, seg_first), min(end_tok, quote_stop), adjunct=True):
                end_c = start_c                    # "Aturan yang ditetapkan itu, kata Budi, tentunya harus ditaati",
                #                                    "Petunjuk-petunjuk ini harus ditindaklanjuti menjelang pilkada":
                #                                    a duty to follow the rule itself names no act
            if end_c > start_c:
                content_c = toks[m.content].start if seg_first < m.content < len(toks) and toks[m.content].start < end_c else start_c
                drafts.append(Draft(start=start_c, end=end_c, kind=seg_kind, force=m.force, cue=cue_txt,
                                    cue_canonical=canonical, actor=actor_txt, paragraph=sent.paragraph,
                                    extra={"content": content_c, "role": m.entry["role"],
                                           "cue_at_start": clause_first <= _first_word(toks),
                                           "speaker_span": (toks[m.speaker_span[0]].start, toks[m.speaker_span[1] - 1].end)
                                           if m.speaker_span and m.speaker_span[1] > m.speaker_span[0] else None}))
            seg_first = end_tok
    return drafts


def _chained_orders(lx: Lexicon, toks: list[Tok], start: int, end: int) -> list[int]:
    """Where each order of a chain of bare imperatives opens ("Datangi TPS, lalu catat
    ..., kemudian laporkan ...", "catat namanya dan laporkan ..."): after a comma and a
    sequence word or coordinator, or after "dan" / "serta" when the order before has its
    object, a bare imperative (a speech imperative or an imperative cue) with its object."""
    out = []
    for c in range(start + 1, end - 1):
        if toks[c].low in lx.relative_act_joiners and c - (out or [start])[-1] > 1 and toks[c - 1].text[0].isalnum() \
                and not lx.is_order_verb(toks[c - 1]):
            n = c + 1                  # "tegur dengan sopan dan minta ...": the order before has its object
            #                            ("segera panggil dan laporkan ...": one object for both)
        elif toks[c].text != ",":
            continue
        else:
            n = c + 1
        if toks[c].low in lx.relative_act_joiners and n + 1 < end and toks[n].low in lx.negators \
                and ((lx.is_verb(toks[n + 1]) and toks[n + 1].low not in lx.negators
                      and toks[n + 1].low not in lx.descriptive_after_negation) or nobody_acts(lx, toks, n + 1, end) is not None):
            out.append(n)              # "Jalankan tugas dengan tertib serta tidak ada yang menerima titipan":
            continue                   # a negated act after the order, a prohibition of its own
        n, seq = past_sequence_word(lx, toks, n)
        if n + 1 < end and toks[n + 1].text[0].isalnum() and (lx.is_order_verb(toks[n]) or (
                seq and toks[n].low in lx.chain_imperatives)) \
                and not (toks[n].low in lx.order_idioms and first_seq_at(toks, n, lx.order_idioms)):
            out.append(n)              # ("..., lalu buat berita acara": a root verb in a chain)
    return out


# An act in an elliptic pair ("Hadir boleh, ikut berjoget tidak") has at most this many words.
MAX_PAIR_ACT_WORDS = 8


def _before_closing_scope(lx: Lexicon, toks: list[Tok], a: int, b: int) -> int:
    """Where a part [a, b) ends once a closing scope that ends it is left off ("... tidak
    boleh sama sekali", "... dilarang apa pun alasannya"); b when none does."""
    for x in range(a + 1, b):
        if toks[x].low in lx.closing_scopes:
            hit = first_seq_at(toks, x, lx.closing_scopes)
            if hit is not None and x + len(hit[0]) == b:
                return x
    return b


def _elliptic_pair(lx: Lexicon, text: str, toks: list[Tok], hard_end: int, sent: Sentence,
                   speech: bool = False) -> list[Draft]:
    """Acts judged one by one in a contrast, each part an act then its verdict: "Hadir
    boleh, ikut berjoget tidak.", "Datang silakan, pakai atribut jangan." The verdict is a
    one-word modal cue (with its negator), or a bare negator that denies the cue of the
    part before ("tidak" after "boleh": a prohibition). Each act opens with a verb. [] when
    the sentence is not such a pair. In speech a later part may be a bare order instead
    ("Hadir silakan, simpan atribut di rumah": a permission, then an order)."""
    stop = next((k for k, t in enumerate(toks) if t.start >= hard_end), len(toks))
    k = _first_word(toks)
    parts, a = [], k
    for c in range(k, stop + 1):
        if c == stop or toks[c].text in (",", ";"):
            parts.append((a, c))
            a = c + 1
    if len(parts) < 2:
        return []
    out, prev = [], None
    for a, b in parts:
        a = skip(toks, a, lx.contrasts)                # "..., tapi ikut berjoget tidak"
        if speech and prev is not None and a + 1 < b and lx.is_order_verb(toks[a]) \
                and not any(t.low in lx.modal_by_first and first_seq_at(toks, x, lx.modal_by_first)
                            for x, t in enumerate(toks[a:b], a)):
            out.append(Draft(start=toks[a].start, end=min(hard_end, toks[b - 1].end), kind="obligation",
                             force="advisory", cue=toks[a].text, cue_canonical=toks[a].low, actor=None,
                             paragraph=sent.paragraph, extra={"content": toks[a].start, "role": "modal",
                                                              "cue_at_start": True, "speaker_span": None}))
            continue                                   # "..., simpan atribut di rumah": an order after the verdict
        if b - a < 2 or b - a > MAX_PAIR_ACT_WORDS + 2 or not (
                lx.is_verb(toks[a]) or toks[a].low in lx.verb_starters
                or (prev is not None and b - a == 2 and toks[a].text.isalpha() and toks[a].text.islower())):
            return []                                  # ("Datang boleh, pidato jangan": after a verb's part, one
            #                                            word names the act, a noun of an activity)
        b = _before_closing_scope(lx, toks, a, b)      # "..., itu yang tidak boleh sama sekali"
        last = toks[b - 1]
        hit = first_seq_at(toks, b - 1, lx.modal_by_first) if last.low in lx.modal_by_first else None
        negated = b - 2 > a and toks[b - 2].low in lx.negators
        if hit is not None and len(hit[0]) == 1:
            e = hit[1]
            kind = negated_kind(e, e["kind"]) if negated and last.low not in lx.negators else e["kind"]
            act_end = b - 2 if negated else b - 1
            prev = e
        elif last.low in lx.negators and prev is not None:
            e, kind, act_end = prev, negated_kind(prev, prev["kind"]), b - 1
        else:
            return []
        if act_end <= a or kind == "none" or any(t.low in lx.modal_by_first and first_seq_at(toks, x, lx.modal_by_first)
                                                  for x, t in enumerate(toks[a:act_end], a)):
            return []
        out.append(Draft(start=toks[a].start, end=min(hard_end, toks[b - 1].end), kind=kind, force=e["force"],
                         cue=text[toks[act_end].start:toks[b - 1].end],
                         cue_canonical=(("tidak " if kind != e["kind"] else "") + e["cue"]).strip(), actor=None,
                         paragraph=sent.paragraph, extra={"content": toks[a].start, "role": e["role"],
                                                          "cue_at_start": False, "speaker_span": None}))
    return out if len({d.kind for d in out}) > 1 else []


def _after_speech_frame(lx: Lexicon, toks: list[Tok], first: int, cue: int,
                        actor: Optional[tuple[int, int]]) -> tuple[int, Optional[tuple[int, int]]]:
    """(clause start, actor span) once a speech verb before the cue is left out ("Kepala BKD
    menegaskan aturan itu harus dipatuhi ...", "..., kembali menegaskan, netralitas ASN harus
    dijaga"): the clause starts after the verb, a comma or "bahwa"; an actor that held the
    verb keeps only its words after it."""
    sv = max((k for k in range(first, cue) if toks[k].low in lx.speech_verbs
              and (k == 0 or toks[k - 1].low != "yang")), default=None)
    if sv is None:
        return first, actor
    k = sv + 1
    while k < cue and (toks[k].text in (",", ":") or toks[k].low in lx.content_complementizers):
        k += 1
    if k >= cue or not toks[k].text[0].isalnum():
        return first, actor
    if actor is not None and actor[0] <= sv < actor[1]:
        actor = (k, actor[1]) if k < actor[1] else None
    return k, actor


def _object_voice(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """An object-voice act at k after a modal ("... harus kita jaga", "... wajib kalian
    pahami", "... tidak boleh kita pakai"): one of object_voice_agents and a bare verb with
    no active prefix, so the modal's object stands before it."""
    if k + 1 >= len(toks) or toks[k].low not in lx.object_voice_agents:
        return False
    v = toks[k + 1]
    return v.text.isalpha() and not v.low.startswith(lx.active_prefixes) and not v.low.startswith(("ber", "di", "ter")) \
        and (lx.is_verb(v) or lx.is_order_verb(v))


def _anaphoric_subject(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """The sentence's subject before its first cue refers back to an act named earlier
    ("Perbuatan semacam itu jelas dilarang", "Hal seperti itu tidak dibenarkan", "Tentu saja
    perbuatan tersebut begitu dilarang"): a noun of acts or an anaphor, no verb, and a
    demonstrative; subject_fillers ("saja", "begitu") do not count."""
    words = [t for t in toks[_first_word(toks):first] if t.text[0].isalnum()
             and t.low not in lx.adverbs and t.low not in lx.negators and t.low not in lx.subject_fillers]
    if not words or (words[0].low not in lx.announce_nouns and words[0].low not in lx.anaphors):
        return False
    return words[-1].low in lx.demonstratives and not any(lx.is_verb(t) for t in words)


def _passive_on_anaphor(lx: Lexicon, toks: list[Tok], a: int, b: int, adjunct: bool = False) -> bool:
    """Whether the content of a rule whose subject refers back is only a passive verb of
    avoiding or obeying and its agent ("Ini harus dihindari oleh ASN", "Hal tersebut harus
    dipatuhi oleh seluruh pegawai di lingkungan pemprov"): what is avoided or obeyed is the
    act named before, no act of its own. So is such a verb over a "bahwa" clause ("Itu harus
    dipahami bahwa ..."): the clause after it is read on its own. ``adjunct``: under a subject
    that is a rule itself, a prepositional adjunct may follow too ("... harus ditindaklanjuti
    dalam menghadapi pilkada")."""
    k = a
    while k < b and not toks[k].text[0].isalnum():
        k += 1
    if k >= b or (toks[k].low not in lx.avoid_verbs and toks[k].low not in lx.compliance_verbs):
        return False
    k += 1
    while k < b and not toks[k].text[0].isalnum():
        k += 1
    return k >= b or toks[k].low in lx.agent_markers or toks[k].low in lx.content_complementizers \
        or (adjunct and (toks[k].low in lx.prepositions or toks[k].low in lx.time_openers))


def _rule_content_talked(lx: Lexicon, toks: list[Tok], m, a: int, b: int) -> bool:
    """Whether the rule of cue m is the content of a noun of rule ("ketentuan agar ASN harus
    netral ...", "aturan bahwa lurah tidak boleh ...") whose own predicate, after the act, is
    an aspect marker and a word of rule talk ("... telah diatur dalam UU", "... sudah tertuang
    di PP"): the sentence says where the rule stands, it does not state it."""
    head = m.actor[0] if m.actor else m.first
    if head < 2 or (toks[head - 1].low not in lx.complementizers and toks[head - 1].low not in lx.content_complementizers):
        return False
    noun = toks[head - 2].low
    if noun not in lx.rule_sources and noun not in lx.announce_nouns:
        return False
    for k in range(max(a, m.content), b - 1):
        if toks[k].low in lx.aspect_markers:
            v = skip(toks, k + 1, lx.demonstratives)
            if v < b and toks[v].low in lx.rule_talk_predicates:
                return True
    return False


def _rule_subject(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the sentence's subject before its first cue is a rule itself: a noun of a
    law, a letter, a policy or a directive (cues.json rule_sources, announce_nouns; a plural
    "arahan-arahan" or "aturannya" too), past connectives and determiners ("Peraturan yang
    diberlakukan itu, kata Budi, tentunya harus ditaati")."""
    k = _past_connectives(lx, toks, _first_word(toks), first)
    k = skip(toks, k, lx.determiners)
    if k >= first:
        return False
    low = toks[k].low
    stem = low.split("-")[0] if "-" in low and low.split("-")[0] == low.split("-", 1)[1] else low
    if stem.endswith("nya") and stem[:-3] in lx.rule_sources:
        stem = stem[:-3]
    return stem in lx.rule_sources or stem in lx.announce_nouns


def _names_act(lx: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] holds a word of an act, not only cue words, fillers and adverbs
    ("dilarang dan tidak boleh dilakukan", "dilarang keras" hold none)."""
    for t in toks[a:b]:
        if not t.text[0].isalnum() or t.low in lx.post_fillers or t.low in lx.adverbs or t.low in lx.negators \
                or t.low in lx.coordinators or t.low in lx.entries_by_first or t.low in lx.determiners:
            continue
        return True
    return False


def _unmarked_in_negated_series(lx: Lexicon, toks: list[Tok], m, ends: list[int], repeated: bool = False) -> set[int]:
    """Acts of a prohibition said with a negator word ("jangan A, jaga B, dan jangan C")
    whose series repeats the negator on a later act: an act between them without it is
    asked for, not forbidden ("jaga netralitas" is an obligation). So is the last act of
    a series that repeated the negator (``repeated``: on the act before this cue; or on
    one of this cue's acts) when "dan" / "serta" joins it and it opens with an order
    ("Jangan A, jangan B, dan tetap laporkan ...": 'menghadiri ...' there stays forbidden).
    Returns their starts."""
    if m.kind != "prohibition" or len(ends) < 2:
        return set()
    c = skip(toks, m.content, lx.complementizers)     # "diimbau untuk tidak A, serta menjaga B"
    if not (c < len(toks) and toks[c].low in lx.negators) \
            and not any(toks[x].low in lx.negators for x in range(m.first, m.last)):
        return set()
    # the act after the last one may open the next cue ("..., dan jangan menjadi ...")
    marked = [x < len(toks) and toks[x].low in lx.negators for x in ends]
    x = ends[-1]
    if marked[-1] and x + 1 < len(toks) and first_seq_at(toks, x + 1, lx.modal_by_first) is not None:
        marked[-1] = False            # "..., dan juga tidak diperbolehkan B": a cue of its own, not the series'
        #                               negator said again
    out = {x for i, x in enumerate(ends[:-1]) if not marked[i] and any(marked[i + 1:])}
    last = ends[-2]
    if (repeated or any(marked[:-2])) and not marked[-2] and last > 0 and toks[last - 1].low in lx.relative_act_joiners:
        v = skip(toks, last, lx.adverbs)
        if v < len(toks) and (v > last or lx.is_order_verb(toks[v])):
            out.add(last)
    # one negator, then a turn to what to do: "jangan ikut rapat tim, dan tetap layani ...",
    # "jangan berangkat, tanyakan dulu ke kepala puskesmas"
    out |= set(_positive_turns(lx, toks, m.content, ends[-1])) & set(ends[:-1])
    # a duty act coordinated under the one negator ("jangan ikut mendukung calon dan menjaga
    # netralitas"): a positive duty is asked for, never forbidden (cues.json positive_duty_acts);
    # so is refusing or keeping after "dan" ("tidak A dan menolak B": duty_after_negation_verbs)
    out |= {x for i, x in enumerate(ends[:-1]) if not marked[i] and (
        _duty_act_at(lx, toks, x) or (x < len(toks) and toks[x].low in lx.duty_after_negation_verbs
                                      and x > 0 and toks[x - 1].low in lx.relative_act_joiners))}
    return out


def _duty_turn_at(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Whether a duty opens at k: one of positive_duty_acts ("menjaga netralitas"), or one of
    positive_turns and a verb or a state to keep ("tetap bersikap netral", "tetap netral")."""
    if k < end and first_seq_at(toks, k, lx.positive_duty_acts) is not None:
        return True
    return k + 1 < end and toks[k].low in lx.positive_turns and (
        toks[k + 1].low in lx.positive_states or lx.is_verb(toks[k + 1]) or lx.is_order_verb(toks[k + 1]))


def _duty_act_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether one of positive_duty_acts opens at k, past a comma, a joiner, a contrast and a
    positive turn ("..., dan tetap menjaga netralitas")."""
    while k < len(toks) and toks[k].text == ",":
        k += 1
    k = skip(toks, skip(toks, skip(toks, k, lx.relative_act_joiners), lx.contrasts), lx.positive_turns)
    return first_seq_at(toks, k, lx.positive_duty_acts) is not None


def _positive_turns(lx: Lexicon, toks: list[Tok], start: int, end: int) -> list[int]:
    """Where a prohibition's series turns to what to do: after a comma (and "dan", "tapi" ...)
    or after "dan" / "serta" alone, a positive turn and a verb or a state to keep ("..., dan
    tetap layani warga", "tidak boleh terlibat politik praktis dan tetap netral"); or, after a
    comma, an order and a sequence adverb ("..., tanyakan dulu ke kepala puskesmas")."""
    out = []
    for c in range(start + 1, end - 1):
        if toks[c].text == ",":
            k = skip(toks, skip(toks, c + 1, lx.contrasts), lx.relative_act_joiners)
        elif toks[c].low in lx.relative_act_joiners and toks[c - 1].text[0].isalnum():
            k = c + 1
        else:
            continue
        if k + 1 >= end:
            continue
        turn = toks[k].low in lx.positive_turns and (
            lx.is_verb(toks[k + 1]) or lx.is_order_verb(toks[k + 1]) or toks[k + 1].low in lx.positive_states)
        order = toks[c].text == "," and lx.is_order_verb(toks[k]) and first_seq_at(toks, k + 1, lx.sequence_adverbs)
        # "jangan unggah foto calon, hapus komentar dukungan": a remedy order (an imperative cue
        # of obligation) after a comma; "..., lalu keluar dari grup": an order in sequence after it
        remedy = toks[c].text == "," and _obligation_order_at(lx, toks, k)
        seq = first_seq_at(toks, k, lx.sequence_seqs) if toks[c].text == "," else None
        v = k + len(seq[0]) if seq else k
        sequel = bool(out) and seq is not None and v < end and (lx.is_verb(toks[v]) or lx.is_order_verb(toks[v])) \
            and toks[v].low not in lx.negators
        if turn or order or remedy or sequel:
            out += [k, v] if sequel else [k]          # (a split may fall after "lalu" or before it)
    return out


def _obligation_order_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether an imperative cue of obligation opens at k ("hapus", "laporkan", "tolak")."""
    hit = first_seq_at(toks, k, lx.entries_by_first) if toks[k].low in lx.imperative_firsts else None
    return hit is not None and hit[1].get("imperative") and hit[1]["kind"] == "obligation"


def _repeats_negator(lx: Lexicon, toks: list[Tok], prev, m) -> bool:
    """Whether the cue m repeats the negator word of the cue before it in one series
    ("Jangan A, jangan B, ..."): both open with it, only a comma between the first's
    act and the second."""
    return prev.kind == "prohibition" and m.kind == "prohibition" and toks[prev.first].low in lx.negators \
        and toks[m.first].low == toks[prev.first].low and m.first > 0 and toks[m.first - 1].text == "," \
        and not any(t.text in (";", ":", ".") for t in toks[prev.last:m.first])


def _act_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """An act opens at k (past a colon or comma): a verb, a negator or a cue."""
    while k < len(toks) and toks[k].text in (":", ","):
        k += 1
    return k < len(toks) and (lx.is_verb(toks[k]) or toks[k].low in lx.negators or lx.is_cue_token(toks[k].low))


def _attribution_to_end(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """After "kata" / "ujar": a speaker up to the end of the sentence (a title and a name,
    capitalised words, commas), no cue and no lower-case verb."""
    words = [t for t in toks[k:end] if t.text[0].isalnum()]
    if len(words) == 1 and words[0].low in lx.subject_pronouns:
        return True                                   # "..., kata dia."
    # "..., kata Budi saat sosialisasi di kantor camat, Kamis": after the speaker, the
    # occasion of the words (a time or place) may hold verbs of its own
    cut = next((x for x in range(1, len(words)) if words[x].low in lx.attribution_adjuncts
                and words[x - 1].text[0].isupper()), len(words))
    return bool(words) and words[0].text[0].isupper() and not any(
        lx.is_cue_token(t.low) or (lx.is_verb(t) and not t.text[0].isupper()) for t in words[:cut])


# A sanction condition names its breach within this many words after the conditional.
SANCTION_CONDITION_WINDOW = 4


def _sanction_condition(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """A condition after a comma that names a breach ("dan kalau melanggar bisa dipidana",
    "jika terbukti melanggar, ..."): the consequence of the rule, not one more act."""
    k = skip(toks, k, lx.coordinators)
    if k >= end or toks[k].low not in lx.conditionals:
        return False
    return any(t.low in lx.sanction_terms for t in toks[k + 1:min(end, k + 1 + SANCTION_CONDITION_WINDOW)])


def _warning_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a cue entry marked "warns" ("jangan sampai") starts at token k."""
    return any(v.get("warns") and seq_at(toks, k, seq) for seq, v in lx.entries_by_first.get(toks[k].low, ()))


def _sanction_sequel(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """A joiner at ``k`` ("dan", "serta", after an optional comma), a warning modal ("akan",
    "bisa") and a passive sanction verb or a consequence verb ("dan akan dikenai sanksi",
    "serta bisa diberhentikan", "dan bakal terancam sanksi"): what follows a breach of the
    rule, not one more act."""
    if toks[k].text == ",":
        k += 1
    if k >= end or toks[k].low not in lx.act_joiners:
        return False
    v = skip(toks, k + 1, lx.adverbs)
    if v >= end or toks[v].low not in lx.warning_modals:
        return False
    v = skip(toks, v + 1, lx.adverbs)
    return v < end and ((toks[v].low in lx.sanction_terms and toks[v].low.startswith(lx.passive_prefixes))
                        or toks[v].low in lx.consequence_verbs)


def headline_shaped(lx: Lexicon, toks: list[Tok]) -> bool:
    """A headline kept in the body (another story's title, a section title, a quote used as
    a title: "Truk Tambang Dilarang Melintas Malam Hari", "ASN Boleh Punya Pilihan"): no
    final full stop, and nearly every word that is not a short function word capitalised.
    It names a rule told elsewhere, or another story's; it states none."""
    k = len(toks) - 1
    while k >= 0 and toks[k].text in CLOSE_QUOTES_ALL:
        k -= 1
    if k < 0 or toks[k].text in (".", "!", "?", ":", ";", ","):
        return False
    words = [t.text for t in toks if t.text[0].isalpha() and t.low not in lx.headline_small_words]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= HEADLINE_CAPITAL_SHARE * len(words)


# A headline has at least this many words besides short function words, and at least this
# share of them capitalised.
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITAL_SHARE = 0.85


def _is_question(toks: list[Tok]) -> bool:
    """A question ("Apakah ASN boleh menghadiri kampanye?") asks about a rule, it states none."""
    k = len(toks) - 1
    while k >= 0 and (toks[k].text in CLOSE_QUOTES_ALL or toks[k].text == "("):
        if toks[k].text == ")":                       # "...? (Mukhlis, Krueng Baro)": the asker's name
            opening = next((o for o in range(k - 1, max(-1, k - MAX_ASKER_TOKENS), -1) if toks[o].text == "("), None)
            if opening is not None and opening > 0 and toks[opening - 1].text == "?":
                k = opening - 1
                break
        k -= 1
    return k >= 0 and toks[k].text == "?"


CLOSE_QUOTES_ALL = ('"', "”", "’", "'", "»", ")")
# The asker's name and place after a reader's question fit in this many tokens.
MAX_ASKER_TOKENS = 12


def _aggravation_after_judged_act(lx: Lexicon, toks: list[Tok], m, stop: int) -> Optional[int]:
    """Where the act starts that a passive ban judges with no comma before an aggravator
    ("..., memasang spanduk di kantor desa dilarang apalagi ikut menjadi juru kampanye"): an active verb
    opening the sentence or the clause after the last comma before the cue; the worse act
    after the aggravator is one of its own. None otherwise ("ASN dilarang apalagi ...")."""
    if m.kind != "prohibition" or m.content >= stop or not any(
            t.low.startswith("di") for t in toks[m.first:m.last]) or _aggravated_verb(lx, toks, m.content, stop) is None:
        return None
    v = max((k + 1 for k in range(m.first) if toks[k].text == ","), default=_first_word(toks))
    if v < m.first - 1 and lx.is_verb(toks[v]) and not toks[v].low.startswith(("di", "ter")) \
            and toks[v].low not in lx.negators and toks[v].low not in lx.speech_verbs:
        return v
    return None


def _subject_rule_after(lx: Lexicon, toks: list[Tok], k: int, cues) -> bool:
    """Whether a rule with its own subject pronoun opens at token k, after an optional
    contrast ("..., sah-sah saja, tapi dia harus menjaga jarak")."""
    k = skip(toks, k, lx.contrasts)
    j = skip(toks, k + 1, lx.adverbs)                 # "..., mereka juga tidak boleh ..."
    return j < len(toks) and toks[k].low in lx.subject_pronouns \
        and (opens_rule(lx, toks, j) or any(c.first == j for c in cues))


def _acts_before_cue(lx: Lexicon, text: str, toks: list[Tok], m, hard_end: int, sent: Sentence,
                     after: int = 0) -> Optional[list[Draft]]:
    """The acts a sentence-closing cue judges: the words before it (from token ``after``;
    an opening enumeration marker and a closing "itu semua" dropped), one per comma-joined
    act. None when the sentence opens with an anaphor: the act was named before."""
    s = past_opening_quote(toks, max(_first_word(toks), after), m.first)
    if s + 2 < m.first and toks[s].low in lx.answer_labels and toks[s + 1].text == ":":
        s += 2                                        # "Jawab: Kalau sekadar hadir, ya tidak masalah"
    hit = first_seq_at(toks, s, lx.enumerators) if s < len(toks) else None
    if hit:
        s += len(hit[0])
    while s < m.first and not toks[s].text[0].isalnum():
        s += 1
    fortiori = s if s < m.first and toks[s].low in lx.a_fortiori_openers else None
    while s < m.first and (toks[s].low in lx.coordinators or toks[s].low in lx.act_openers or toks[s].low in lx.contrasts
                           or (s == _first_word(toks) and toks[s].low in lx.concessives and s + 1 < m.first
                               and lx.is_verb(toks[s + 1]) and toks[s + 1].low not in lx.concessives)):
        s += 1                                        # "Dan apalagi memakai mobil dinas jelas tidak boleh",
        #                                               "Karena memihak calon tidak dibenarkan": a reason's link
    # "..., kalau ikut berkampanye jelas tidak boleh": the act is the condition's
    cond = max((k for k in range(s, m.first) if (toks[k].low in lx.conditionals or (k == s and toks[k].low in lx.provisos) or (
                    m.entry.get("judges_before") and toks[k].low in lx.judged_condition_openers))
                and (k == s or toks[k - 1].text == ",")
                and not any(t.text == "," for t in toks[k:m.first])), default=None)
    if cond is None and m.entry.get("judges_before"):
        k = skip_discourse_opener(lx, toks, s)
        if k < m.first and (toks[k].low in lx.conditionals or toks[k].low in lx.judged_condition_openers):
            cond = k                                  # "Jika pegawai hadir ..., hal itu termasuk pelanggaran"
    if cond is not None:
        s = cond + 1
        if m.entry.get("judges_before") and (act := act_after_condition(lx, toks, cond, m.first)) is not None:
            s = act                                   # "kalau acaranya arisan, ya hadir saja, tidak masalah"
    that = max((k for k in range(s, m.first) if toks[k].low in lx.content_complementizers), default=None)
    if that is not None and (m.entry.get("judges_before") and any(t.low in lx.speech_verbs for t in toks[s:that])
                             or (that > s and toks[that - 1].low in lx.speech_verbs)
                             or any(t.low in lx.rule_sources for t in toks[max(s, that - RULE_SOURCE_REACH):that])):
        s = that + 1                                  # "Ia mengingatkan bahwa mengajak ... terhitung pelanggaran";
        #                                               "sesuai aturan bahwa kampanye tidak boleh diikuti ASN": the content;
        #                                               "Ketua Bawaslu menjelaskan bahwa kampanye yang ... tidak diperbolehkan"
    s = fronted_time_end(lx, toks, s, m.first)       # "Selama kampanye, memasang baliho calon termasuk pelanggaran"
    if cond is not None and s + 1 < m.first and s == cond + 1 and toks[s].low in lx.clause_anaphors \
            and lx.is_verb(toks[s + 1]) and not toks[s + 1].low.startswith(("di", "ter")) \
            and toks[s + 1].low not in lx.negators:
        s += 1                                        # "Kalau itu menonton debat saja boleh": "itu" refers to
        #                                               the act that follows it
    if s < m.first and toks[s].low in lx.discourse_openers and s + 1 < m.first and toks[s + 1].text == ",":
        s += 2                                        # "Pastinya, hal itu diperbolehkan": a link to the sentence before
    if s < m.first and toks[s].low in lx.anaphors:
        return None                                   # "Itu sudah ada aturannya, ... tidak diperbolehkan": the act is elsewhere
    while True:
        comma = next((k for k in range(s, min(m.first, s + MAX_PREFIX_TOKENS + 1)) if toks[k].text == ","), None)
        if comma is None or comma + 1 >= m.first:
            break
        head = toks[s:comma]
        framing = any(t.low in lx.speech_verbs and not _speech_object(lx, toks, v, comma)
                      for v, t in enumerate(head, s)) or toks[s].low in lx.addressee_preps \
            or toks[s].low in lx.source_frames        # "Menurut dia, calon yang ingin ... boleh saja"
        named = comma + 2 < m.first and toks[comma + 1].low in lx.complementizers and lx.is_verb(toks[comma + 2]) \
            and not any(lx.is_verb(t) and t.low not in lx.subject_fillers for t in head) \
            and (any(t.low in lx.anaphors for t in head) or (s > 0 and toks[s - 1].low in lx.act_openers))
        if toks[comma + 1].low in lx.a_fortiori_openers:
            s = fortiori = comma + 1
            s += 1               # "Ingat aturan, jangankan berkampanye, memberi ... saja tidak boleh": the
            continue             # reminder before the frame is no act judged
        if all(t.low in lx.answer_particles or t.low in lx.adverbs for t in toks[comma + 1:m.first]):
            break                # "Menjelaskan capaian sekolah, ya wajib hukumnya": no act after the comma,
            #                      so the speech verb before it is the act judged, no frame
        if not framing and not named and any(toks[x].low == "yang" and lx.is_verb(toks[x + 1])
                                             for x in range(s, comma - 1)):
            break                # "kampanye yang menyebarkan hasutan, menghina lawan, atau mengadu domba warga
            #                      tidak dibolehkan": the relative's verbs go on past the comma, one act
        if framing or named or (lx.is_verb(toks[comma + 1]) and not lx.is_verb(toks[s])):
            s = comma + 1        # "Buat kami, memakai ...", "Ia menambahkan, bagi pegawai, menjaga ...",
            #                      "Jangankan begitu, untuk menyukai unggahan ...": no act before the comma
        else:
            break
    said = _speaker_after_frame(lx, toks, s, m.first)
    if said is not None and (m.actor is None or m.actor[0] > said):
        # "Menanggapi pertanyaan soal ..., Fitri menyebut hal itu tidak dilarang": the words
        # before the speaker frame the report; the act judged follows the speech verb
        s = said + 1
        if toks[s].low in lx.complementizers or toks[s].low in lx.content_complementizers:
            s += 1
        if any(t.low in lx.anaphors for t in toks[s:m.first]):
            return None                               # "... menyebut kegiatan itu dianjurkan": named before
    actor = m.actor
    if actor and actor[0] > s and _modifier_actor(lx, toks, actor[0]):
        actor = None                                  # "Berswafoto di acara pernikahan warga sah-sah saja": a modifier
    if actor and actor[0] > s and (toks[actor[0] - 1].low in lx.prepositions
                                   or any(t.low in lx.anaphors for t in toks[actor[1]:m.first])):
        actor = None                                  # "Like di akun kandidat itu tidak boleh": part of the act
    if actor and actor[0] > s + 1 and toks[actor[0] - 1].low in lx.coordinators \
            and any(lx.is_verb(t) and t.low not in lx.negators for t in toks[s:actor[0] - 1]) \
            and not lx.starts_actor(toks, actor[0] - 2):
        actor = None                                  # "menyukai unggahan partai atau calon saja dilarang": the
        #                                               act's object goes on after the joiner
    if actor and actor[0] - 1 == skip(toks, s, lx.restrictive_adverbs) and lx.is_verb(toks[actor[0] - 1]) \
            and toks[actor[0] - 1].low not in lx.negators and not toks[actor[0] - 1].low.startswith(("di", "ter")):
        actor = None                                  # "Mengajak warga (saya pikir) sah-sah saja": the object of the
        #                                               act named before, no actor
    if actor and _object_in_relative(lx, toks, s, actor[0]):
        actor = None                                  # "Debat yang mengundang semua pasangan calon tetap
        #                                               diperbolehkan": the object of the subject's relative clause
    if actor and actor[0] > s and toks[actor[0] - 1].text == "," and lx.actor_term_at(toks, actor[0]) is None \
            and not lx.starts_actor(toks, actor[0]):
        actor = None                                  # "menjelaskan program yang berhasil, pembangunan jalan yang
        #                                               berhasil, boleh": one more thing the judged act names
    if actor and actor[0] > s and toks[actor[0] - 1].text == "," \
            and any(t.low == "yang" for t in toks[actor[0]:m.first]):
        return None                                   # "Jadi kalau ada yang masuk, kepala sekolah yang harus
        #                                               bertanggung jawab": a cleft after a condition, no act before it
    e = actor[0] if actor else m.first
    while e > s and (toks[e - 1].low in lx.anaphors or toks[e - 1].low in lx.adverbs
                     or not toks[e - 1].text[0].isalnum()):
        if toks[e - 1].text == ")" and any(t.text == "(" for t in toks[s:e - 1]):
            break                                     # "datang (ke kampanye) boleh": the aside is the act's
        e -= 1
    if e <= s:
        return None                                   # "Tidak boleh." answering a question: the cue is the clause
    if toks[s].low in lx.prepositions and any(t.low in lx.anaphors for t in toks[e:m.first]):
        e = m.last                                    # "Di luar itu, dilarang keras": a scope, the cue is its rule
    cue_txt = text[toks[m.first].start:toks[m.last - 1].end]
    canonical = (("tidak " if m.negated else "") + m.entry["cue"]).strip()
    doer_span = actor
    if actor is None:
        # the act's own doer ("Kades naik panggung kampanye itu terlarang"): the rule's actor,
        # inside the act's span
        d = skip(toks, s, lx.determiners)
        doer = lx.actor_term_at(toks, d) if d < e else None
        if doer is not None and d + doer[0] < e and lx.is_verb(toks[d + doer[0]]) \
                and toks[d + doer[0]].low not in lx.negators:
            doer_span = (s, d + doer[0])
    actor_txt = text[toks[doer_span[0]].start:toks[doer_span[1] - 1].end] if doer_span else None
    out = []
    if e - s == 1 and toks[s].low in lx.answer_frames:
        return []                                     # "Jawabannya tidak boleh": the act is in the question
    if e - s == 1 and not lx.is_verb(toks[s]) and toks[s].text[0].isalpha():
        # a state, not an act ("Bagi ASN, netral itu wajib hukumnya"): the word alone says
        # nothing; the clause is the whole statement, cue and fillers included
        e = m.last
        while e < len(toks) and toks[e].low in lx.post_fillers and toks[e].low not in lx.coordinators:
            e += 1
        bounds = [s, e]
    else:
        bounds = [s] + split_points(lx, toks, s, e, m.kind, lead_words=False) + [e]
        close = next((k for k in range(s, e) if toks[k].text == ","), None) if fortiori is not None else None
        if close is not None and close + 1 < e and close + 1 not in bounds:
            # "jangankan A atau B, memberi tanda suka saja tidak boleh": the frame's comma ends its acts
            bounds = sorted(bounds + [close + 1])
    # the last act runs to the judgement after it ("membagikan kartu nama calon tetap
    # terlarang", "jadi juru kampanye, itu yang tidak boleh"): docs/evaluate.md
    if bounds[-1] < m.last and (actor is None or actor[0] < bounds[0]) \
            and not any(toks[k].low in lx.attribution_fillers or (toks[k].low in lx.attribution and toks[k - 1].text == ",")
                        for k in range(bounds[-2] + 1, m.first)):
        bounds[-1] = _passive_agent_end(lx, toks, m.last)
        if bounds[-1] == m.last and m.last < len(toks) and complement_before_pair(lx, toks, m.last, len(toks)):
            # "mengundang calon boleh semua pasangan, kalau ...": the verdict's complement is in
            bounds[-1] = next(k for k in range(m.last, len(toks)) if toks[k].text == ",")
    for a, b in zip(bounds, bounds[1:]):
        end_c = _strip_end(lx, text, toks, b, hard_end)
        if end_c > toks[a].start:
            out.append(Draft(start=toks[a].start, end=end_c, kind=m.kind, force=m.force, cue=cue_txt,
                             cue_canonical=canonical, actor=actor_txt, paragraph=sent.paragraph,
                             extra={"role": m.entry["role"], "cue_at_start": True}))
    return out


def _speech_object(lx: Lexicon, toks: list[Tok], v: int, comma: int) -> bool:
    """Whether the speech verb at v has a noun object before the comma ("menjelaskan program
    desa yang berhasil, ..."): an act named, which a closing verdict may judge, not a frame
    of speech ("Ia menambahkan, ...", "Ia mengatakan kepada wartawan, ...", "... bahwa ...")."""
    k = v + 1
    return k < comma and toks[k].text[0].isalnum() and toks[k].low not in lx.content_complementizers \
        and toks[k].low not in lx.prepositions and toks[k].low not in lx.addressee_preps \
        and not lx.is_verb(toks[comma + 1])


# a rule's source ("aturan undang-undang (UU) bahwa ...") stands at most this many tokens before "bahwa"
RULE_SOURCE_REACH = 5


def _passive_agent_end(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """End of a judged act's clause: after the cue, a passive filler verb and the actor who
    is its agent ("kampanye pemilu tidak boleh diikuti (oleh) ASN") belong to the rule, as the
    actor would before the cue; a filler alone ("... tidak boleh dilakukan") does not."""
    if k >= len(toks) or toks[k].low not in lx.post_fillers or not toks[k].low.startswith(lx.passive_prefixes) \
            or not lx.is_verb(toks[k]):
        return k
    a = skip(toks, skip(toks, k + 1, lx.passive_agents), lx.determiners)
    term = lx.actor_term_at(toks, a) if a < len(toks) else None
    return a + term[0] if term else k


# a speaker named after a frame's comma is at most this many words ("..., Kepala BKD mengatakan")
MAX_FRAMED_SPEAKER = 4


def _speaker_after_frame(lx: Lexicon, toks: list[Tok], s: int, cue: int) -> Optional[int]:
    """Index of the speech verb when the words before a closing cue are a frame, a comma, a
    speaker of a few words and a speech verb ("Menanggapi pertanyaan ..., Fitri menyebut
    ..."); None otherwise ("Jangankan mengunggah ..., mengajak murid ..." names acts)."""
    for c in range(s + 1, cue):
        if toks[c].text != ",":
            continue
        for k in range(c + 2, min(cue - 1, c + 2 + MAX_FRAMED_SPEAKER)):
            if toks[k].low in lx.speech_verbs:
                speaker = toks[c + 1:k]
                if all(t.text[:1].isupper() or t.low in lx.subject_pronouns for t in speaker) \
                        and not any(lx.is_verb(t) for t in speaker):
                    return k
                break
            if not toks[k].text[0].isalnum():
                break
    return None


def _object_in_relative(lx: Lexicon, toks: list[Tok], s: int, a: int) -> bool:
    """Whether the actor term at a is the object of a verb inside a "yang" clause that
    qualifies a subject opening at s ("Diskusi yang mengundang semua pasangan calon")."""
    v = a - 1
    while v > s and toks[v].low in lx.determiners:
        v -= 1
    return v > s and lx.is_verb(toks[v]) and not toks[v].low.startswith("di") \
        and any(t.low == "yang" for t in toks[s:v]) and not lx.starts_actor(toks, s)


# A continuation may open with this many connectives in a row ("Seperti misalnya, ...").
MAX_CHAINED_CONNECTIVES = 2


def continuation_start(lx: Lexicon, text: str, sent: Sentence, actor: Optional[str] = None) -> Optional[int]:
    """Token char offset where a cue-less continuation's act begins, or None.

    'Sebagai peserta kampanye ...' / 'Untuk itu pihaknya juga mengupayakan ...' /
    '"Tidak terpengaruh ...' / '"Termasuk kegiatan ...'."""
    toks = unquoted_tokens(text[sent.start:sent.end], sent.start)
    if not toks:
        return None
    i = _skip_connectives(lx, toks, 0, len(toks))    # "Seperti misalnya ...", "Selain itu, contohnya ..."
    a = i + (i < len(toks) and toks[i].low == "hal")
    if a + 1 < len(toks) and toks[a].low in lx.clause_anaphors and toks[a + 1].low in lx.examples:
        i = a + 2 + (a + 2 < len(toks) and toks[a + 2].low in lx.act_prepositions)
        #                                               "Ini termasuk (dalam) A, B, atau C": the rule before,
        #                                               its examples listed
    while i < len(toks) - 1 and (toks[i].low in lx.act_openers or toks[i].low in lx.act_joiners
                                 or (i > 0 and toks[i].low in lx.attribution_fillers)
                                 or (i > 0 and toks[i].text == "," and toks[i - 1].low in lx.act_joiners)):
        i += 1                                        # "Serta tidak ...", "Apalagi terlibat ...", "Atau, terlibat ...",
        #                                               "Ataupun ikut ..."
    if i + 2 < len(toks) and i > 0 and toks[i].low == "yang" and toks[i + 1].low in lx.ordinal_lead_words:
        i += 2                                        # "Kemudian yang berikutnya ikut ...": the next act
    juga = False
    if i + 1 < len(toks) and toks[i].low in lx.additive_adverbs and toks[i].text[0].isupper() \
            and toks[i + 1].low in lx.negators:
        i, juga = i + 1, True                         # '"Juga tidak menggelar acara ..., serta tidak ...': the
        #                                               list of what is forbidden goes on
    if i + 1 < len(toks) and toks[i].low in lx.self_pronouns and toks[i + 1].low == "juga":
        i, juga = i + 2, True
        if i < len(toks) and toks[i].low not in lx.negators and toks[i - 2].low not in lx.office_pronouns:
            return None                               # "Ia juga memastikan tim pengawas ...": the pronoun's
            #                                           own act narrated, not the rule's list going on
            #                                           ("Pihaknya juga ...": the office's duties go on)
    if not juga and (hit := lx.actor_term_at(toks, i)) is not None and hit[1] not in lx.public_roles:
        k = i + hit[0]
        again = toks[k].low == "juga" if k < len(toks) else False
        same = _same_actor(lx, toks[i:k], actor) if actor else i > 0   # (a rule with no actor: a connective
        #                                               "Selanjutnya" ties the sentence to it)
        n = k + 1 if again else k
        if (again or same) and n + 1 < len(toks) and toks[n].low in lx.negators \
                and (lx.is_verb(toks[n + 1]) or toks[n + 1].low in lx.loan_verbs) and toks[n + 1].low not in lx.negators \
                and not _descriptive_negation(lx, toks, n):
            return toks[i].start                      # "Selain itu, pegawai juga tidak A, tidak B ...", "ASN tidak
            #                                           like, share ...": the actor's rule list goes on from the actor
    if i + 2 < len(toks) and toks[i].low in lx.examples and toks[i + 1].low == "juga" and toks[i + 2].low in lx.negators:
        i, juga = i + 2, True                         # "Termasuk juga tidak menyebar ...": the negated act
    if i >= len(toks) or not (lx.is_verb(toks[i]) or (juga and toks[i].low in lx.negators)):
        return None
    if (hit := first_seq_at(toks, i, lx.likewise_openers)) is not None:
        k = i + len(hit[0])
        k += k < len(toks) and toks[k].low == "dengan"
        if k < len(toks) and toks[k].low in lx.rule_sources:
            return None                               # "Demikian pula dengan PP nomor 53 ...":
            #                                           another source of the rule named, no act
    if toks[i].low in lx.speech_verbs or toks[i].low in lx.topic_verbs or first_seq_at(toks, i, lx.entries_by_first):
        return None                                   # "Ia juga meminta / menyinggung ...": a new speech act or a
        #                                               topic, not the list going on
    if toks[i].low in lx.examples and (i + 1 >= len(toks) or toks[i + 1].low in lx.prepositions
                                       or not (lx.is_verb(toks[i + 1]) or toks[i + 1].low in lx.negators
                                               or lx.act_noun_re.match(toks[i + 1].low))):
        return None                                   # "Termasuk di media sosial.": where the rule holds, no act;
        #                                               "Termasuk grup percakapan.": a thing, no act ("Termasuk
        #                                               kegiatan kampanye ...", a noun of an act, goes on)
    if i + 1 < len(toks) and toks[i + 1].text == "," and not (
            (v := skip(toks, i + 2, lx.coordinators)) < len(toks) and lx.is_verb(toks[v])
            and not toks[i].low.startswith(lx.passive_prefixes) and not toks[v].low.startswith(lx.passive_prefixes)):
        return None                                   # "Diketahui, ..." is a discourse marker ("Seperti mengunggah,
        #                                               mengomentari, dan membagikan ...": a run of verbs)
    if toks[i].low in lx.discourse_passives:
        return None                                   # "Seperti diketahui ...", "Seperti dilansir dari ...": the
        #                                               writer's frame for a report, no act
    if _descriptive_negation(lx, toks, i):
        return None
    if i == 0 and (toks[i].text[0].islower() or toks[i].low in lx.item_non_heads):
        return None
    if _act_defined(lx, toks, i):
        return None                                   # "Mendatangi rapat umum adalah satu jalan untuk ...":
        #                                               the act is the subject of a description, not a rule's act
    if _fronted_adjunct(lx, toks, i):
        return None                                   # "Sebagai wujud dukungan kami, kami mengundang ...": the
        #                                               sentence has its own subject and verb after the comma
    return toks[i].start if (juga or i == 0 or i <= 3) else None


def _same_actor(lx: Lexicon, words: list[Tok], actor: str) -> bool:
    """Whether an actor named again (its words) is the party of the rule before ("ASN" after
    "seluruh ASN di Pemkot ..."): its last word stands in that actor."""
    return bool(words) and words[-1].low in {w.lower() for w in re.findall(r"[\w-]+", actor)}


def _fronted_adjunct(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Whether the phrase opened at i is a fronted adjunct of a sentence with its own
    subject: its first comma is followed by a subject pronoun (cues.json subject_pronouns)
    and a verb ("Sebagai bentuk tanggung jawab bersama, kami berupaya menghadirkan ...")."""
    c = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ".", ";", ":")), None)
    if c is None or toks[c].text != "," or c + 2 >= len(toks) or toks[c + 1].low not in lx.subject_pronouns:
        return False
    v = skip(toks, c + 2, lx.adverbs)
    return v < len(toks) and lx.is_verb(toks[v]) and toks[v].low not in lx.negators


# "Menghadiri kampanye adalah ...": a defining copula at most this many words after the act's verb.
DEFINED_ACT_REACH = 8


def _act_defined(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Whether the act opened at i is the subject of a defining copula (cues.json
    defining_copulas: "adalah", "merupakan") before any comma: a description of the act."""
    for c in range(i + 1, min(len(toks), i + 1 + DEFINED_ACT_REACH)):
        if not toks[c].text[0].isalnum():
            return False
        if toks[c].low in lx.defining_copulas:
            return True
    return False


def _descriptive_negation(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """'tidak dikenai pajak', 'tidak hadir': a negation that describes, not forbids; 'tidak hanya
    camat tapi ...', 'tidak cuma di kantor': the reach of a rule (not_only_words before a word that
    is no verb and no anaphor; 'Tidak hanya itu, ...' opens a sentence)."""
    if not (toks[i].low in lx.negators and i + 1 < len(toks)):
        return False
    if toks[i + 1].low in lx.not_only_words:
        return i + 2 < len(toks) and toks[i + 2].text[0].isalnum() and not lx.is_verb(toks[i + 2]) \
            and toks[i + 2].low not in lx.anaphors and toks[i + 2].low not in lx.demonstratives
    return toks[i + 1].low in lx.descriptive_after_negation or toks[i + 1].low in lx.negated_asides


# a passive's agent marker stands at most this many words after it when the passive tells how an
# event went ("dihadiri langsung oleh", "dibuka secara resmi oleh")
EVENT_AGENT_REACH = 3


def _event_setting(lx: Lexicon, toks: list[Tok], i: int, end: int) -> bool:
    """Whether token i (after a comma) tells how the event went: a word of event_settings
    ("bertempat di aula", "dihadiri wali kota") or a passive whose agent follows ("diserahkan
    langsung oleh Sekda"), no act of the rule's actor (cues.json event_settings)."""
    if toks[i].low in lx.event_settings:
        return True
    return toks[i].low.startswith("di") and lx.is_verb(toks[i]) \
        and any(toks[x].low in lx.passive_agents for x in range(i + 1, min(end, i + 1 + EVENT_AGENT_REACH)))


# An ordinal paragraph without a cue inherits the kind of a clause at most this many
# paragraphs before it ("Pertama, ASN dilarang ... Kedua, memasang ...").
MAX_ORDINAL_GAP = 3


def _joined_actors(lx: Lexicon, toks: list, v: int) -> int:
    """The token after a run of actors joined by ordinal_actor_joiners ("prajurit dan PNS
    TNI", "camat hingga lurah"), each one an actor term followed by its capitalised
    qualifiers ("PNS TNI", "ASN Pemkab"); v when no joiner and actor follow at v."""
    while v + 1 < len(toks) and toks[v].low in lx.ordinal_actor_joiners:
        term = lx.actor_term_at(toks, v + 1)
        if not term:
            break
        v += 1 + term[0]
        while v < len(toks) and toks[v].text[:1].isupper() and toks[v].text.isalpha() \
                and toks[v].low not in lx.negators:
            v += 1
    return v


def bracket_marker_at(toks: list, k: int) -> bool:
    """A letter or number marker in brackets ("(B)", "(4)", "(iv)") opens at token k."""
    return k + 2 < len(toks) and toks[k].text in ("(", "[") and toks[k + 2].text in (")", "]") \
        and bool(BRACKET_LABEL_RE.match(toks[k + 1].text))


# the label inside a bracketed item marker: one letter, a number of one or two digits, a roman numeral
BRACKET_LABEL_RE = re.compile(r"^(?:[A-Za-z]|\d{1,2}|[ivxIVX]{1,4})$")


# A manner phrase ("secara perorangan atau satuan") before an ordinal item's act has at most
# this many words.
ITEM_MANNER_WORDS = 5


def _interposed_attribution_end(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """The comma that closes an attribution set off by commas at k ("Kedua, kata Kapolres, ...",
    "Ketiga, lanjutnya, ..."), else k."""
    if k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].low.removesuffix("nya") in lx.attribution \
            and toks[k + 2].text == ",":
        return k + 2
    after = _skip_interposed_attribution(lx, toks, k)
    return after - 1 if after > k else k


def ordinal_item(lx: Lexicon, text: str, sent: Sentence, base: Draft, pi: int, skipped: int = 0,
                 marked: bool = False) -> list[Draft]:
    """'Kedua, menghadiri deklarasi ...' with no cue of its own: one more item of the
    ordinal list, of the kind of the clause before it (pattern 5). ``skipped``: paragraphs
    between the two that are other stories' headlines (a "related news" block), not
    counted in the gap. An item opened by a bracketed marker ("(B) Melakukan ..., (C)
    Menghina ...") is one too, in running text or on a line of its own (``marked``: the
    paragraph's marker, already cut off); inline markers after it cut it into items."""
    toks = unquoted_tokens(sent.text, sent.start)
    o = past_source_frame(lx, toks, 0, len(toks))   # "Menurut Kadis, yang kedua menolak ..."
    while o < len(toks) - 1 and toks[o].low in lx.ordinal_lead_words:
        o += 1                                        # "Selanjutnya yang ketiga, ...", "Dan keempat, ..."
    hit = first_seq_at(toks, o, lx.ordinals) if toks else None
    if hit is None and o + 2 < len(toks) and toks[o].text.isdigit() and toks[o + 1].text == ")":
        hit = ((toks[o].low, ")"), None)              # "2) Menolak ...": a numbered item run on in the text
    bracketed = marked or (hit is None and o == 0 and bracket_marker_at(toks, 0))
    if bracketed:
        hit = ((), None) if marked else ((toks[0].low, toks[1].low, toks[2].low), None)
    if hit is None or pi - base.paragraph - skipped > MAX_ORDINAL_GAP:
        return []
    k = o + len(hit[0])
    k = _interposed_attribution_end(lx, toks, k)      # "Kedua, kata Kapolres, tidak menghadiri ..."
    if k < len(toks) and toks[k].text in (",", ":", "."):
        k += 1
    if k + 1 < len(toks) and toks[k].low in lx.copulas and toks[k + 1].text not in (",", ":"):
        k += 1                                        # "Kedua yakni menghindari ...": the copula names the item
    if k >= len(toks) or _descriptive_negation(lx, toks, k):
        return []
    if o > 0 and toks[o - 1].low in lx.pledge_item_nouns and toks[k].low in lx.point_content_verbs:
        return []                                     # "Poin ketiga mengatur penggunaan kendaraan": what the
        #                                               point is about; its rule follows
    start = toks[k].start
    d = skip(toks, k, lx.determiners)
    if d < len(toks) and lx.actor_term_at(toks, d):
        # "Keempat, prajurit tidak memberikan tanggapan ...": the item's own actor, then its act
        v = d + lx.actor_term_at(toks, d)[0]
        v = _joined_actors(lx, toks, v)              # "prajurit dan PNS TNI tidak ...", "prajurit hingga PNS ..."
        if v < len(toks) and toks[v].low in lx.negators:
            k = v
        elif v < len(toks) and lx.is_verb(toks[v]) and not toks[v].low.startswith(lx.passive_prefixes):
            k = v                                     # "Keempat, pegawai menolak politik uang ...": its actor kept
    if toks[k].low in lx.manner_adverbs:
        # "Ketiga, secara sendiri-sendiri maupun bersama-sama ikut dalam kampanye": a manner before the act,
        # kept in the item
        v = next((j for j in range(k + 1, min(len(toks), k + 1 + ITEM_MANNER_WORDS))
                  if lx.is_verb(toks[j]) or toks[j].low in lx.negators or toks[j].text in (",", ".", ";", ":")), None)
        if v is None or toks[v].text in (",", ".", ";", ":"):
            return []
        k = v
    if not (lx.is_verb(toks[k]) or toks[k].low in lx.negators):
        return []                                     # "Keenam, pelanggaran ... akan diproses": no act of the list
    if k + 1 < len(toks) and toks[k].low.removesuffix("lah") in lx.favour_verbs and toks[k + 1].low in lx.speaker_objects:
        return []                                     # "Kelima, ingatkan saya kalau ...": a favour asked of the speaker
    end = min(_quote_end(sent, text, lx), sentence_end(sent, text))
    if end <= start:
        return []
    # "Ketiga, menghadiri pertemuan partai, mengikuti konvoi, atau menyumbangkan dana ...": one per act
    atoks = tokenize(text[start:end], start)
    # "... demikian ikrar ini kami buat dan ...": the pledge's closing formula ends its last item
    close = next((j for j in range(1, len(atoks)) if atoks[j].low in lx.pledge_closings
                  and first_seq_at(atoks, j, lx.pledge_closings)), None)
    if close is not None:
        end, atoks = atoks[close].start, atoks[:close]
    bounds = [0] + split_points(lx, atoks, 0, len(atoks), base.kind) + [len(atoks)]
    if bracketed:
        # "(B) Melakukan A, (C) Menghina B": each bracketed marker after a comma opens an item;
        marks = [j for j in range(1, len(atoks)) if atoks[j - 1].text in (",", ";") and bracket_marker_at(atoks, j)]
        # a marked item is the writer's unit, as a list item is: not cut at "atau" / "dan"
        bounds = sorted(set([0, len(atoks)] + marks + [m + 3 for m in marks]))
    # "... kabar palsu dan keempat menolak pemberian calon": an ordinal after a coordinator opens the next item
    # ("... dan kedua anaknya": "kedua" as "both", no verb or negator after it)
    nxt_items = [v for j in range(1, len(atoks) - 3)
                 if atoks[j].low in lx.coordinators and atoks[j + 1].low in lx.ordinal_words
                 and (v := j + 2 + (atoks[j + 2].text == ",")) < len(atoks)
                 and (lx.is_verb(atoks[v]) or atoks[v].low in lx.negators)]
    if nxt_items:
        bounds = sorted(set(bounds) | set(nxt_items))
    base_negated_duty = negated_duty(lx, text, base)
    out: list[Draft] = []
    for a, b in zip(bounds, bounds[1:]):
        if a >= b:
            continue
        if bracketed and b == a + 3 and bracket_marker_at(atoks, a):
            continue                                  # the marker between two items
        # "Pertama, mendukung suksesnya pemilu demi terwujudnya ...": a result or a purpose with a
        # subject of its own (or named by a noun) after the item's act is no part of it
        b = next((x for x in range(a + MIN_TAIL_HEAD, b - 1) if _tail_stop(lx, atoks, x, b, a)), b)
        e = _strip_end(lx, text, atoks, b, end)
        if e <= atoks[a].start:
            continue
        kind = base.kind
        negated = atoks[a].low in lx.negators or (a == 0 and toks[k].low in lx.negators)
        if negated and kind in ("obligation", "permission"):
            kind = "prohibition"
        elif not negated and kind == "prohibition" and base_negated_duty:
            kind = "obligation"                       # "Pertama, tidak memihak ... Kedua, menolak ...": a duty list
        out.append(Draft(start=atoks[a].start, end=e, kind=kind, force=base.force, cue=base.cue,
                         cue_canonical=base.cue_canonical, actor=base.actor, paragraph=pi,
                         source=base.source, speaker=base.speaker, extra={"continuation": True}))
    return out


def states_sanction(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """A cue-less item that states what follows a breach, not an act ("Pelanggaran atas
    edaran ini diproses ...", "ASN yang melanggar dikenai sanksi"): it opens with no
    verb and names a sanction within its first words."""
    toks = tokenize(text[start:end], start)
    if not toks or lx.is_verb(toks[0]) or toks[0].low in lx.negators:
        return False
    d = skip(toks, 0, lx.determiners)
    term = lx.actor_term_at(toks, d) if d < len(toks) else None
    if term:
        v = d + term[0]      # "Camat menyampaikan dugaan pelanggaran kepada bupati": the actor's own act
        if v < len(toks) and lx.is_verb(toks[v]) and not toks[v].low.startswith("di") \
                and toks[v].low not in lx.sanction_terms:
            return False
    return any(t.low in lx.sanction_terms for t in toks[:SANCTION_WINDOW])


# A sanction word counts within this many words of a cue-less item's start.
SANCTION_WINDOW = 6


def first_word(text: str) -> str:
    """The lower-cased first word of a text, quotes and punctuation around it dropped
    (a cheap test before tokenising)."""
    head = text.lstrip('"“‘\' (').split(None, 1)
    return head[0].rstrip(",.:;").lower() if head else ""


def opens_with_active_verb(lx: Lexicon, text: str, sent: Sentence) -> bool:
    """A sentence with no subject that opens with a capitalised active verb ("Membuat
    unggahan, ..."): in news text, the list of acts before it going on."""
    toks = tokenize(sent.text, sent.start)
    return bool(toks) and toks[0].text[0].isupper() and lx.is_verb(toks[0]) \
        and toks[0].low.startswith(("me", "ber")) and toks[0].low not in lx.item_non_heads \
        and toks[0].low not in lx.speech_verbs and not (len(toks) > 1 and toks[1].text == ",")


def opens_with_enumerator(lx: Lexicon, text: str, sent: Sentence) -> bool:
    """A sentence that opens with an enumeration marker ("Misalnya, ...", "Antara lain ...",
    after a quantifier: "Beberapa contohnya adalah ...")."""
    word = first_word(sent.text)
    if word not in lx.enumerators and word not in lx.enumeration_quantifiers:
        return False
    toks = unquoted_tokens(sent.text, sent.start)
    return enumerator_at_open(lx, toks) is not None


def enumerator_at_open(lx: Lexicon, toks: list[Tok]) -> Optional[tuple[int, int]]:
    """(start, end) of the enumeration marker that opens a sentence's tokens, past a
    quantifier (cues.json enumeration_quantifiers: "Salah satu contohnya ...", "Beberapa di
    antaranya ..."); None when the sentence opens with no marker."""
    q = first_seq_at(toks, 0, lx.enumeration_quantifiers) if toks else None
    k = len(q[0]) if q else 0
    hit = first_seq_at(toks, k, lx.enumerators)      # ("salah satunya" is a marker of its own)
    return (k, k + len(hit[0])) if hit else None


def has_juga(text: str, sent: Sentence) -> bool:
    return bool(re.search(r"\bjuga\b", text[sent.start:sent.end][:60]))


def negated_duty(lx: Lexicon, text: str, base: Draft) -> bool:
    """Whether ``base`` is a prohibition only through a negator under a cue of duty ("ASN
    diminta untuk tidak memposting ...", "Pertama, tidak memihak ..." in a pledge): an act after
    it with no negator ("Terakhir, menolak politik uang") is the duty itself. A duty to avoid
    ("pelanggaran yang harus dihindari") holds no negator: its examples stay forbidden."""
    return base.kind == "prohibition" and lx.cue_kinds.get((base.cue_canonical or "").lower()) == "obligation" \
        and any(t.low in lx.negators for t in tokenize(text[base.start:base.end], base.start))


def _same_head_items(lx: Lexicon, text: str, sent: Sentence, base: Draft) -> Optional[int]:
    """Char offset of a cue-less sentence's items that go on with the noun items before it
    ("... meliputi pose A, pose B. Lalu pose C, pose D, dan pose E."): past its connectives,
    a run of phrases opening with the noun that opens ``base``; else None."""
    head = tokenize(text[base.start:base.end], base.start)[:1]
    toks = unquoted_tokens(text[sent.start:sent.end], sent.start)
    i = _skip_connectives(lx, toks, 0, len(toks))
    if head and i < len(toks) and toks[i].low == head[0].low and not lx.is_verb(toks[i]) \
            and _repeated_head_run(lx, toks, i, len(toks)):
        return toks[i].start
    return None


def continuation(lx: Lexicon, text: str, sent: Sentence, base: Draft, pi: int,
                 start: Optional[int] = None) -> list[Draft]:
    """A cue-less sentence that goes on with the previous clause's act list, one draft
    per act ("Kemudian tidak berpihak ..., apalagi terlibat ..."). ``start``: the acts
    begin there (after "Larangan tersebut meliputi"), each act joined by "dan" its own."""
    cstart = continuation_start(lx, text, sent, base.actor) if start is None else start
    if cstart is None:
        cstart = _same_head_items(lx, text, sent, base)
    if cstart is None:
        return []
    end = min(_quote_end(sent, text, lx), sentence_end(sent, text))
    if end <= cstart:
        return []
    toks = tokenize(text[cstart:end], cstart)
    # a continuation is the speaker's own account: acts joined by "dan" stay one clause there
    points = split_points(lx, toks, 0, len(toks), base.kind, and_verbs=start is not None)
    if toks and (lx.is_order_verb(toks[0]) or lx.is_particle_order(toks[0])):
        points = sorted(set(points) | set(_chained_orders(lx, toks, 0, len(toks))))
        #                                              "Bekerjalah secara profesional dan jalankan tugas ...":
        #                                              a chain of orders, one clause per order
    bounds = [0] + points + [len(toks)]
    out: list[Draft] = []
    own = lx.actor_term_at(toks, 0) if toks else None    # "Pegawai juga tidak A, tidak B": the actor named again
    own_at = own[0] + (own[0] < len(toks) and toks[own[0]].low == "juga") if own else 0
    own_neg = own is not None and own_at < len(toks) and toks[own_at].low in lx.negators
    actor = text[toks[0].start:toks[own[0] - 1].end] if own_neg else base.actor
    base_negated_duty = negated_duty(lx, text, base)
    for a, b in zip(bounds, bounds[1:]):
        if a >= b or (a > 0 and _accepts_sanction(lx, toks, a)):
            continue                                   # "..., serta siap menerima sanksi jika melanggar": no act
        e = _strip_end(lx, text, toks, b, end)
        kind = base.kind
        if (toks[a].low in lx.negators or (a == 0 and own_neg)) and kind in ("obligation", "permission"):
            kind = "prohibition"
        elif out and a > 0 and toks[a - 1].low in lx.act_openers:
            kind = out[-1].kind                        # "tidak berpihak ..., apalagi terlibat ...": still forbidden
        elif base_negated_duty and (a == 0 or toks[a].low in lx.duty_after_negation_verbs) and not own_neg \
                and toks[a].low not in lx.negators \
                and lx.is_verb(toks[a]) and not toks[a].low.startswith(("di", "ter")) \
                and not any(t.low in lx.act_openers and t.low not in lx.ordinal_lead_words
                            for t in tokenize(text[sent.start:cstart], sent.start)):
            kind = "obligation"                        # ("Apalagi mengarahkan warga ...": still forbidden; "Kemudian
            #                                            memakai ...": the next duty)
        elif kind == "prohibition" and (lx.is_order_verb(toks[a]) or lx.is_particle_order(toks[a])):
            kind = "obligation"                        # "Jangan ikut berkomentar. Pegang teguh netralitas ...": a
            #                                            negator scopes over its own sentence; a bare order is asked for
        if e > toks[a].start:
            out.append(Draft(start=toks[a].start, end=e, kind=kind, force=base.force, cue=base.cue,
                             cue_canonical=base.cue_canonical, actor=actor, paragraph=pi,
                             source=base.source, speaker=base.speaker, extra={"continuation": True}))
    return out
