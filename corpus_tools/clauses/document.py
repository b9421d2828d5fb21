"""The document walk: paragraphs -> lists / items / sentences -> acts -> clauses.

Before the walk, the lines of a hard-wrapped passage (an OCR'd circular pasted into a
page) are rejoined (:func:`join_wrapped`). Each paragraph is then one of:
  0. a Q&A label or question ("TANYA:", a sentence ending in "?"), a legal instrument's
     preamble ("Menimbang :", "Mengingat :" and their items): no rule (see :mod:`.qa`);
  1. a list item (a marker, or an item-shaped paragraph inside an open list): its own
     cues decide its clauses; a cue-less item takes the list's kind and actor; an item
     that is itself a lead-in or a section heading ("1. Larangan bagi ASN:", "B.
     Larangan") leads the sub-items under it; a short paragraph between item n and n+1
     ("Baca juga", a caption) does not end the list;
  2. a lead-in: "... sebagai berikut:", a colon-less one ("..., antara lain;", "...
     yakni"), a heading with a cue ("Dilarang", "12 Poin Larangan bagi Pegawai"), or an
     announcement ("5 Hal yang Haram Dilakukan Petugas TPS"): opens a list;
  3. running text: the sentences' own cues, plus continuations of the clause before;
     a list inside one sentence ("yakni (1) ...; (2) ...", "Pertama, A, kedua B");
     ordinals after an announcing sentence ("ada tujuh hal yang tidak boleh ...");
     a bare verdict answering a question rules on the question's act.
The walk's state is named in :class:`WalkState`; the result is ordered and given ids
by :func:`finalise`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Optional

from ..models import Clause, Paragraph, Sentence
from ..lang import roman_value
from ..normalise import normalize_text, strip_lead
from ..settings import Settings
from .acts import (MAX_ORDINAL_GAP, Draft, _descriptive_negation, _past_connectives, bracket_marker_at, continuation, first_word, has_juga, opens_with_active_verb,
                   noun_act_run, opens_with_enumerator, enumerator_at_open, ordinal_item, sentence_drafts, sentence_end, source_within, split_points,
                   states_sanction)
from .cues import find_cues
from .gate import gate
from .cues import _sentence_head as sentence_head
from .lexicon import (QUOTE_MARKS, Lexicon, Tok, clear_token_cache, document_tokens, first_mention_end, first_seq_at,
                      seq_at, skip, token_low, tokenize, unquoted_tokens)
from .lists import LETTER_STYLES, ROW_SEPARATOR as ROW_SEP, row_number_cell
from .lists import (ListState, announcement, content_acts, back_reference, continues_list, heading_lead, inline_items, is_group_label,
                    is_headline, table_cells, is_item_shaped, item_style, ordinal_opener, opens_list,
                    is_sub_lead, lead_in, marker_style, nominal_lead, open_lead_in, pledge_announcement,
                    pledge_content_acts, pledge_marked_acts, pledge_point_act, violation_ordinal)
from .qa import MAX_QUESTION_GAP, VERDICT_SENTENCES, asks, bare_answer, letter_labels, qa_label, question_act, verdict
from .speakers import OTHER, SpeakerTracker, SpeechTracker, attribution_speaker, attribution_tail, comment_tail


def _mentions(toks: list[Tok], index: dict[str, list]) -> bool:
    """Whether any sequence of ``index`` occurs."""
    return first_mention_end(toks, index) is not None


# A kind-less lead-in takes the kind a noun of rule names in at most this many
# sentences of the paragraph before it.
# "Larangan itu meliputi banyak bentuk, mulai dari A": "mulai dari" within this many words of the marker.
RANGE_OPENER_GAP = 5
NOMINAL_CONTEXT_SENTENCES = 3


@dataclass
class WalkState:
    """What the walk carries from one paragraph to the next."""
    lst: Optional[ListState] = None      # the open list, if any
    context_open: bool = False           # inside an announced account of a circular's content
    prev_para_had_clause: bool = False
    drafts: list[Draft] = field(default_factory=list)
    # a sentence that announced items without a colon ("ada tujuh hal yang tidak boleh
    # dilakukan prajurit."): (number of drafts when it was read, the kind it passes on)
    announced: Optional[tuple[int, Draft]] = None
    qa: Optional[str] = None             # inside a "TANYA:" question block ("question")
    preamble: bool = False               # inside "Menimbang :" / "Mengingat :" items
    question: Optional[tuple[int, dict]] = None   # (paragraph, act) of the last question asked


class DocumentWalk:
    """One article's clauses (see module doc)."""

    def __init__(self, lx: Lexicon, text: str, paragraphs: list[Paragraph], sentences: list[Sentence]):
        paragraphs, sentences = join_wrapped(text, paragraphs, sentences, lx)
        self.lx, self.text, self.paragraphs, self.sentences = lx, text, paragraphs, sentences
        self.by_para: dict[int, list[int]] = {}
        for idx, s in enumerate(sentences):
            self.by_para.setdefault(s.paragraph, []).append(idx)
        self.tracker = SpeakerTracker(lx)
        self.speech = SpeechTracker(lx, text, paragraphs)
        self.spoken: dict[int, bool] = {}              # sentence index -> an official says it
        self.preamble_labels = frozenset(lx.settings.data("cues.json").get("preamble_labels", []))
        self.state = WalkState()
        self.judged: set[int] = set()                  # paragraphs whose first sentence judged the line before
        self.letters = letter_labels(lx, (p.text for p in self.paragraphs))   # "T:" / "J:" in pairs only
        self.read_also = _read_also(lx)
        self.table = table_cells(self.paragraphs)
        if self.table:
            self.paragraphs = [replace(p, list_marker=self.table[pi][1]) if self.table.get(pi, ("",))[0] == "item"
                               else p for pi, p in enumerate(self.paragraphs)]
        # who speaks is read before the walk: a quote's attribution may close it paragraphs later
        for pi, para in enumerate(self.paragraphs):
            if not self._skipped(pi, para):
                sidx = self.by_para.get(pi, [])
                self.spoken.update(zip(sidx, self.speech.paragraph(para, [self.sentences[si] for si in sidx])))
        self._orders_go_on()
        voices = self.speech.voices()
        self.voices = {si: voices.get(s.start) for si, s in enumerate(self.sentences)} if voices else {}

    def _orders_go_on(self) -> None:
        """A narrated sentence after one that opens with an imperative cue in the same
        paragraph ("Bersikaplah netral ... . Tentukan pilihan ...") is read as speech: a run
        of orders to the reader goes on in bare imperatives, while each sentence opens with
        an order. A question ends the run; a prohibition ("Jangan ...") opens none."""
        lx = self.lx
        for sidx in self.by_para.values():
            chained = False
            for a, b in zip(sidx, sidx[1:]):
                toks = tokenize(self.sentences[a].text, self.sentences[a].start)
                h = sentence_head(lx, toks)
                hit = first_seq_at(toks, h, lx.entries_by_first) if h < len(toks) else None
                opens = (hit is not None and hit[1].get("imperative") and hit[1]["kind"] != "prohibition"
                         and not hit[1].get("after_condition_only")) or (chained and h < len(toks)
                                                                          and lx.is_speech_imperative(toks[h]))
                chained = False
                if opens and not self.spoken.get(b) and not self.sentences[a].text.rstrip().endswith("?"):
                    self.spoken[b] = chained = True
        # an official's address reported as narration goes on in bare orders: a sentence that opens
        # with an order verb right after an attributed sentence ("..., ucap Danramil. / Pedomani buku
        # panduan ...") is speech too; an outlet's call to its readers ("Simak ...") is not
        prev = None
        for pi in sorted(self.by_para):
            for si in self.by_para[pi]:
                if prev is not None and not self.spoken.get(si) and self.speech._attributed(self.sentences[prev]) \
                        and not self.sentences[prev].text.rstrip().endswith("?"):
                    toks = tokenize(self.sentences[si].text, self.sentences[si].start)
                    h = sentence_head(lx, toks)
                    if h < len(toks) and lx.is_speech_imperative(toks[h]) and toks[h].low not in lx.narrated_order_stops \
                            and not (toks[h].low in lx.reader_calls and first_seq_at(toks, h, lx.reader_calls)):
                        self.spoken[si] = True
                prev = si

    def _skipped(self, pi: int, para: Paragraph) -> bool:
        """A table's row number or other cell, or a "Baca juga: ..." line: no text of the walk."""
        return (pi in self.table and self.table[pi][0] != "item") \
            or (self.read_also is not None and bool(self.read_also.match(para.text)))

    def run(self) -> list[Draft]:
        for pi, para in enumerate(self.paragraphs):
            if pi in self.table and self.table[pi][0] != "item":
                if self.table[pi][0] == "header":
                    self._table_header(pi, para)
                continue                 # a row number or another cell of a table row
            if self.read_also is not None and self.read_also.match(para.text):
                continue                 # "Baca juga: <another story's headline>": no rule, the list goes on
            sidx = self.by_para.get(pi, [])
            if pi in self.judged:
                sidx = sidx[1:]          # "Dilarang." under its act's line: read with that line
                if not sidx:
                    continue
            label = qa_label(self.lx, para.text, self.letters)
            if label is not None:
                self.state.qa = label[0]
            if self.state.qa == "answer":
                self.spoken.update((si, True) for si in sidx)    # an answer is speech
            if label is not None:
                if label[1] >= len(para.text.rstrip()):
                    self.state.lst = None     # "TANYA:" alone on its line: no lead-in of a list
                    continue
            if self.state.qa == "question":
                self._question(pi, sidx)
                continue
            if self._preamble(para):
                self.state.lst = None         # "Menimbang : a. bahwa ...": considerations, no rule
                continue
            if pi not in self.judged and self._judged_line(pi, sidx):
                continue
            before = len(self.state.drafts)
            ptoks = tokenize(para.text, para.start)
            mentions = _mentions(ptoks, self.lx.circular_terms_by_first)
            intro = mentions and _mentions(ptoks, self.lx.circular_intro_by_first)
            lst = self.state.lst
            nxt = self.paragraphs[pi + 1] if pi + 1 < len(self.paragraphs) else None
            heading = None if para.list_marker else heading_lead(self.lx, self.text, para, nxt)
            if lst is not None and heading is None and (
                    continues_list(self.lx, para, lst) if para.list_marker else
                    is_item_shaped(self.lx, self.text, para, sidx, self.sentences, lst, nxt)
                    and not self._label_missing(lst, para, sidx)):
                self._item(pi, para, sidx)
                self.state.prev_para_had_clause = len(self.state.drafts) > before
                continue
            if lst is not None and lst.pending and sidx and self._back_reference(lst, sidx[0]):
                sidx = sidx[1:]          # "Hal-hal tersebut dilarang ...": it named the items' kind
                self.state.prev_para_had_clause = True
                if not sidx:
                    self.state.lst = None
                    continue
            li = lead_in(self.lx, self.text, self.sentences[sidx[-1]]) if sidx else None
            if li is None:
                li = heading
            if li is None and sidx and nxt is not None and nxt.list_marker and not is_headline(nxt.text):
                # "... ada tujuh larangan, antara lain;" / "Beberapa larangan bagi pegawai yakni"
                li = open_lead_in(self.lx, self.text, self.sentences[sidx[-1]])
                if li is None and len(sidx) == 1 and para.text.rstrip()[-1:] not in ".;:!?\"”" \
                        and len(para.text.split()) <= MAX_LIST_HEADING_WORDS:
                    # a listicle's heading: "12 Poin Larangan bagi Pegawai dalam Pilkada 2024"
                    li = nominal_lead(self.lx, self.text, tokenize(para.text, para.start))
            if li is None and sidx:
                # "5 Hal yang Haram Dilakukan Anggota KPPS" above its items: a lead-in without a colon
                last = self.sentences[sidx[-1]]
                li = announcement(self.lx, self.text, tokenize(last.text, last.start))
                if li is not None and not opens_list(self.lx, self.paragraphs, pi + 1):
                    li = None
            if li is not None:
                self._lead_in(pi, sidx, li, mentions)
                continue
            if self._interrupts(pi, para, sidx):
                keep = self.state.lst         # "Baca juga: ..." or a photo caption between items 2 and 3
                self._running(pi, para, sidx)
                self.state.lst = keep
                continue
            self.state.lst = None
            if _subheading(self.lx, para.text) or is_headline(para.text):
                continue                 # "Dilarang Ikut Kampanye" between paragraphs, a story's title: no rule
            self._running(pi, para, sidx)
            if len(self.state.drafts) == before and not intro and not mentions:
                self.state.context_open = False
            elif intro:
                self.state.context_open = True
        for d in self.state.drafts:      # a joined table row: the item is its first cell
            cut = self.text.find(ROW_SEP, d.start, d.end)
            if cut >= 0 and self.table.get(d.paragraph, ("",))[0] == "item":
                if row_number_cell(self.text[d.start:d.end]) is not None:   # "2 | Memasang ... | PP"
                    d.start = cut + len(ROW_SEP)
                    cut = self.text.find(ROW_SEP, d.start, d.end)
                d.end = cut if cut >= 0 else d.end
            if "," in self.text[d.start:d.end]:  # "..., kata Kepala Satpol PP X": the speaker, not the act
                d.end = attribution_tail(self.lx, self.text, d.start, d.end)
                d.end = comment_tail(self.lx, self.text, d.start, d.end)   # "..., ya, Bapak-Ibu": a vocative
            d.end = _trim_joiner(self.lx, self.text, d.start, d.end)   # "...; serta" before the next item
        return self.state.drafts

    # -- 1. list items ---------------------------------------------------------------------
    def _item(self, pi: int, para: Paragraph, sidx: list[int]) -> None:
        st, lst, text = self.state, self.state.lst, self.text
        assert lst is not None
        marker = para.list_marker
        style = item_style(marker, lst) if marker else "plain"
        if lst.top_style is None:
            lst.top_style = style
        level2 = style != lst.top_style
        src = lst.sub if (level2 and lst.sub) else lst.lead
        if not level2:
            lst.sub = None
            if sidx and self._sub_lead_item(pi, para, sidx):
                return
        elif sidx and para.text.rstrip().endswith(":") \
                and not _opens_act(self.lx, text, self.sentences[sidx[0]].start, self.sentences[sidx[0]].end):
            # "c. Pasal 51: Perangkat Desa dilarang:" among sub-items: a new lead for those after it
            li = lead_in(self.lx, text, self.sentences[sidx[-1]])
            if li is not None:
                if not li.get("kind"):
                    li.update({k: src.get(k) for k in ("kind", "force", "cue", "cue_canonical")})
                li["actor"] = li.get("actor") or src.get("actor")
                li["source"], li["speaker"] = lst.lead.get("source", "statement"), lst.lead.get("speaker")
                lst.sub = li
                lst.items += 1
                return
        own: list[Draft] = []
        for si in sidx:
            self.tracker.see(text, self.sentences[si])
            got = sentence_drafts(self.lx, text, self.sentences[si], in_item=True)
            if not got and own and opens_with_active_verb(self.lx, text, self.sentences[si]):
                # "4. ASN dilarang memasang baliho. Menghadiri deklarasi, ...": the item's acts
                # go on past a full stop, under its cue
                got = continuation(self.lx, text, self.sentences[si], own[-1], pi)
            own += got
        item_start = self.sentences[sidx[0]].start if sidx else para.start
        labelled_at = item_start
        item_start = _skip_label(self.lx, text, item_start, self.sentences[sidx[0]].end if sidx else para.end)
        if item_start > labelled_at and not marker:
            lst.labelled += 1            # "KESATU: ...", "Foto bersama: ..."
        item_end = sentence_end(self.sentences[sidx[-1]], text) if sidx else para.end
        own = [d for d in own if d.extra.get("role") != "directive"]
        start_index = len(st.drafts)
        if own:
            # the item's own cues decide its kind; a lead part before its first cue
            # ("Foto bersama: ..." is cut as a label above) takes the list's kind only
            # when it is an act of its own, which an item with a cue at its start is not
            prev_actor = None
            for d in own:
                d.list_marker = marker
                d.source = lst.lead.get("source", "statement")
                d.speaker = lst.lead.get("speaker")
                d.actor = d.actor or prev_actor or src.get("actor") or lst.lead.get("actor")
                prev_actor = d.actor
                if level2 and lst.last_top is not None:
                    d.parent_key = lst.last_top
            if own[0].start > item_start and src.get("kind") and not own[0].extra.get("cue_at_start") \
                    and not _heading_sentence(self.lx, self.sentences, sidx, own[0]):
                head_end = _head_end(self.lx, text, item_start, own[0].start)
                if head_end > item_start:
                    st.drafts.append(self._inherited(src, lst, item_start, head_end, marker, pi, level2))
            st.drafts += own
        elif is_group_label(self.lx, text, item_start, item_end) and pi + 1 < len(self.paragraphs) \
                and self.paragraphs[pi + 1].list_marker:
            pass                       # "- Di media sosial" above its items (a nested list flattened)
        elif _subheading(self.lx, text[item_start:item_end]) and pi + 1 < len(self.paragraphs) \
                and not self.paragraphs[pi + 1].list_marker:
            pass                       # "3. Berfoto dengan Gaya Tertentu" above the paragraph that explains it
        elif src.get("kind") and not states_sanction(self.lx, text, item_start, item_end) \
                and not COUNT_ROW_RE.search(text[labelled_at:item_end]) \
                and not (src.get("acts_only") and not _opens_act(self.lx, text, item_start, item_end)) \
                and not _names_document(self.lx, text, item_start, item_end):
            # "Mengampanyekan calon lewat grup, termasuk memberi tanda suka ...": an example
            # act after a marker is an act of its own (patterns.md 6)
            head = None
            parts = _example_acts(self.lx, text, item_start, item_end, src.get("kind"))
            mixed = len({first_word(text[a:b]) in self.lx.negators for a, b, own in parts if own}) > 1
            for a, b, own in parts:
                d = self._inherited(src, lst, a, b, marker, pi, level2)
                if mixed and own and d.kind in ("obligation", "prohibition"):
                    # a point that changes polarity: its own negator decides its kind
                    neg = first_word(text[a:b]) in self.lx.negators
                    d.kind = "prohibition" if neg else "obligation" if src.get("kind") == "obligation" else d.kind
                else:
                    d.kind = head.kind if head else d.kind   # "Tidak A, termasuk B": B is forbidden too
                head = head or d
                st.drafts.append(d)
        elif lst.lead.get("source") == "circular" and (_negated_act(self.lx, text, item_start, item_end)
                                                       or _negated_predicate(self.lx, text, item_start, item_end)):
            # "4. Tidak menggunakan kewenangan ...", "4. Dana kampung tidak dipakai untuk ..." in a
            # list of rules without a kind
            st.drafts.append(self._inherited({"kind": "prohibition", "force": "mandatory", "cue": "tidak",
                                              "cue_canonical": "tidak"}, lst, item_start, item_end, marker, pi, level2))
            if not level2 and not src.get("kind"):
                lst.negated += 1
                self._circular_duties(lst)   # verb items read before it are the circular's duties
        elif not level2 and not src.get("kind") and lst.negated and lst.lead.get("source") == "circular" \
                and _active_act(self.lx, text, item_start, item_end) \
                and not states_sanction(self.lx, text, item_start, item_end):
            # "* Tidak menggunakan ruang kelas ...", then "* Menolak pemberian ...": in a list of a
            # circular's points that forbids by "tidak", a point that is a bare act is a duty
            st.drafts.append(self._duty(lst, item_start, item_end, marker, pi))
        elif not level2 and not src.get("kind") and item_end > item_start \
                and not states_sanction(self.lx, text, item_start, item_end):
            lst.pending.append((item_start, item_end, marker, lst.items + 1, pi))
        if not level2 and len(st.drafts) > start_index:
            lst.last_top = start_index
        if not level2:
            lst.last_top_text = para.text
            lst.last_marker = marker or ""
        lst.items += 1

    def _circular_duties(self, lst: ListState) -> None:
        """Pending verb items of a circular's kind-less list that forbids by "tidak": duties."""
        keep = []
        for start, end, marker, number, pi in lst.pending:
            if _active_act(self.lx, self.text, start, end):
                self.state.drafts.append(self._duty(lst, start, end, marker, pi))
            else:
                keep.append((start, end, marker, number, pi))
        lst.pending = keep

    def _preamble(self, para: Paragraph) -> bool:
        """Whether a paragraph belongs to a legal instrument's preamble: it opens with a
        preamble label and a colon ("Menimbang :", "Mengingat :"), or it is a marked item
        after one, before the operative part ("MENGINSTRUKSIKAN:", "Untuk :")."""
        head = para.text[:PREAMBLE_LABEL_CHARS]
        colon = head.find(":")
        labels = self.preamble_labels
        if (head[:colon] if colon > 0 else para.text).strip(" :").lower() in labels:
            self.state.preamble = True       # "Menimbang :", or "Menimbang" with its colon on the next line
            return True
        if self.state.preamble and (para.list_marker or para.text.strip() == ":" or para.text[:1].islower()
                                    or self._prev_runs_on(para)):
            return True                      # an item, the label's colon, or a wrapped line of one
        self.state.preamble = False
        return False

    def _prev_runs_on(self, para: Paragraph) -> bool:
        """Whether the text before a paragraph stops mid-sentence (no . ; : at its end)."""
        before = self.text[max(0, para.start - PREAMBLE_LABEL_CHARS * 10):para.start].rstrip()
        return bool(before) and before[-1] not in ".;:!?"

    def _label_missing(self, lst: ListState, para: Paragraph, sidx: list[int]) -> bool:
        """Whether a list whose unmarked items all carried a label ("KESATU: ...", "KEDUA:
        ...") meets a paragraph without one: the list has ended ("Dikonfirmasi Lensa, ...")."""
        if lst.labelled < MIN_LABELLED_ITEMS or lst.labelled < lst.items:
            return False
        start = self.sentences[sidx[0]].start if sidx else para.start
        return _skip_label(self.lx, self.text, start, self.sentences[sidx[0]].end if sidx else para.end) == start

    def _interrupts(self, pi: int, para: Paragraph, sidx: list[int]) -> bool:
        """A short paragraph between two items of one marked list ("Baca juga: ...", a photo
        caption): the item after it has the list's marker style and the next number or
        letter (or the same bullet), so the list goes on after it."""
        lst = self.state.lst
        nxt = self.paragraphs[pi + 1] if pi + 1 < len(self.paragraphs) else None
        if lst is None or not lst.items or not lst.last_marker or nxt is None or not nxt.list_marker \
                or para.list_marker or para.text.rstrip().endswith(":") or len(sidx) > MAX_INTERRUPTION_SENTENCES \
                or len(para.text) > MAX_INTERRUPTION_CHARS:
            return False
        toks = tokenize(para.text, para.start)
        if any(t.low in self.lx.back_nouns for t in toks) and any(t.low in self.lx.forward_words for t in toks):
            return False                 # "Sementara empat butir berikutnya ditujukan kepada ...": the text
            #                              speaks of the items after it, a new list opens
        return _follows(lst.last_marker, nxt.list_marker, lst.top_style)

    def _sub_lead_item(self, pi: int, para: Paragraph, sidx: list[int]) -> bool:
        """A top-level item that is itself a lead-in ("1. Larangan bagi ASN:", "2. Pegawai
        wajib:") or a section heading ("B. Larangan bagi ASN" above "1. ...") over sub-items
        of another marker style: the sub-items are the acts and take its kind and actor; the
        item is no clause. With no kind of its own, sub-items that are acts take the list's
        ("A. Dasar:" above "1. Undang-Undang ..." gives nothing). Whether it was one."""
        st, lst, text = self.state, self.state.lst, self.text
        nxt = self.paragraphs[pi + 1] if pi + 1 < len(self.paragraphs) else None
        first = self.sentences[sidx[0]]
        if _opens_act(self.lx, text, first.start, first.end):
            return False                 # "1. Memberikan dukungan ..., dalam bentuk:": an act with its forms
        if para.text.rstrip().endswith(":"):
            li = lead_in(self.lx, text, self.sentences[sidx[-1]])
        elif nxt is not None and nxt.list_marker and len(sidx) == 1 and para.list_marker and not is_headline(nxt.text) \
                and marker_style(nxt.list_marker, lst.top_style) != marker_style(para.list_marker, lst.top_style) \
                and not _opens_act(self.lx, text, self.sentences[sidx[0]].start, self.sentences[sidx[0]].end):
            head = self.sentences[sidx[0]]
            li = heading_lead(self.lx, text, Paragraph(start=head.start, end=head.end, text=head.text), nxt) \
                if not head.text.rstrip()[-1:] in ".;!?" else None
            if li is None and (head.text.rstrip()[-1:] in ".;!?" or len(head.text.split()) > MAX_SECTION_WORDS
                               or sentence_drafts(self.lx, text, head, in_item=True)):
                return False
            li = li or {"kind": None}
        else:
            return False
        if li is None:
            return False
        if not li.get("kind"):
            li.update({k: lst.lead.get(k) for k in ("kind", "force", "cue", "cue_canonical")})
            li["acts_only"] = True
        li["actor"] = li.get("actor") or lst.lead.get("actor")
        li["source"], li["speaker"] = lst.lead.get("source", "statement"), lst.lead.get("speaker")
        for si in sidx[:-1]:
            self.tracker.see(text, self.sentences[si])
            st.drafts += sentence_drafts(self.lx, text, self.sentences[si], in_item=True)
        lst.sub = li
        lst.last_top = None
        lst.last_top_text = para.text
        lst.items += 1
        return True

    def _table_header(self, pi: int, para: Paragraph) -> None:
        """A header cell of a table of rules ("Larangan bagi Pegawai ASN") gives the open
        list its kind when its lead-in named none."""
        lst = self.state.lst
        nxt = next((p for p in self.paragraphs[pi + 1:] if p.list_marker), None)
        if lst is None or lst.lead.get("kind") or nxt is None:
            return
        li = None
        at = para.start
        for cell in para.text.split(ROW_SEP):       # a joined header row: each cell a heading
            li = li or heading_lead(self.lx, self.text, replace(para, start=at, end=at + len(cell), text=cell), nxt)
            at += len(cell) + len(ROW_SEP)
        if li is not None:
            lst.lead.update(kind=li["kind"], force=li["force"], cue=li["cue"], cue_canonical=li["cue_canonical"])

    def _back_reference(self, lst: ListState, si: int) -> bool:
        """Items of a kind-less list that a sentence after it names the kind of (see
        :func:`lists.back_reference`): one clause each; whether the sentence was one."""
        ref = back_reference(self.lx, self.text, self.sentences[si])
        if ref is None:
            return False
        items = [p for p in lst.pending if ref["numbers"] is None or p[3] in ref["numbers"]]
        lst.pending = []
        for start, end, marker, _, pi in items:
            self.state.drafts.append(self._inherited(ref, lst, start, end, marker, pi, False))
        return bool(items)

    def _duty(self, lst: ListState, start: int, end: int, marker, pi: int) -> Draft:
        """A bare act of a circular's kind-less list that forbids by "tidak": a duty, its
        verb the cue."""
        verb = self.text[start:end].split()[0].strip(".,;:").lower()
        return self._inherited({"kind": "obligation", "force": "mandatory", "cue": verb, "cue_canonical": verb},
                               lst, start, end, marker, pi, False)

    def _inherited(self, src: dict, lst: ListState, start: int, end: int, marker, pi: int, level2: bool) -> Draft:
        kind = src["kind"]
        if kind == "obligation" and (self.text[start:start + 7].lower().startswith(("tidak ", "jangan ", "tak "))
                                     or _negated_predicate(self.lx, self.text, start, end)):
            kind = "prohibition"    # "Pos ronda tidak dijadikan posko" under "diminta meneruskan ...:"
        d = Draft(start=start, end=end, kind=kind, force=src["force"], cue=src["cue"],
                  cue_canonical=src["cue_canonical"], actor=src.get("actor") or lst.lead.get("actor"),
                  list_marker=marker, paragraph=pi, source=lst.lead.get("source", "statement"),
                  speaker=lst.lead.get("speaker"))
        if level2 and lst.last_top is not None:
            d.parent_key = lst.last_top
        return d

    # -- 2. lead-ins -------------------------------------------------------------------------
    def _lead_in(self, pi: int, sidx: list[int], li: dict, mentions: bool) -> None:
        st, text = self.state, self.text
        for si in sidx:
            self.tracker.see(text, self.sentences[si])
        li["source"] = "circular" if (mentions or st.context_open) else "statement"
        li["speaker"] = self.tracker.current if li.get("speaker_span") else None
        # a lead-in without a kind takes the kind of the sentence before it in the same
        # paragraph or of the paragraph before ("... flyer larangan ... Isinya sebagai berikut:")
        if not li.get("kind"):
            prior = [d for si in sidx[:-1] for d in sentence_drafts(self.lx, text, self.sentences[si])]
            if not prior and st.drafts and st.drafts[-1].paragraph == pi - 1 and st.lst is None:
                prior = [st.drafts[-1]]       # "... isinya melarang pegawai terlibat ...\n\nIsi pengumuman itu:"
            if not prior:
                prior = self._nominal_context(pi, sidx)
            if prior:
                p = prior[-1]
                li.update(kind=p.kind, force=p.force, cue=p.cue, cue_canonical=p.cue_canonical,
                          actor=li.get("actor") or p.actor)
        lst = st.lst
        if lst is not None and lst.last_top is not None and not mentions and self.paragraphs[pi - 1].list_marker \
                and is_sub_lead(self.paragraphs, pi, lst.top_style):
            parent = st.drafts[lst.last_top]
            li["actor"] = li.get("actor") or parent.actor
            if not li["kind"]:           # "... itu meliputi:": the sub-items share the item's kind
                li.update(kind=parent.kind, force=parent.force, cue=parent.cue, cue_canonical=parent.cue_canonical)
            lst.sub = li
        else:
            if lst is not None and not li.get("actor"):
                li["actor"] = lst.lead.get("actor")       # "Selain itu, edaran juga memuat larangan ...:" goes on
            st.lst = ListState(lead=li)
        if li["source"] == "circular":
            st.context_open = True
        st.prev_para_had_clause = False
        for si in sidx[:-1]:
            st.drafts += sentence_drafts(self.lx, text, self.sentences[si])

    def _nominal_context(self, pi: int, sidx: list[int]) -> list[Draft]:
        """The kind a noun of rule in the sentence before a kind-less lead-in names
        ("Bupati menerbitkan flyer larangan bagi ASN. Isinya sebagai berikut:")."""
        cands = [self.sentences[si] for si in sidx[:-1]]
        if not cands:
            # the nearest sentences before the lead-in, across paragraphs: a sentence of
            # background may stand between the noun and the lead-in ("... flyer larangan
            # bagi ASN. Menurut dia, flyer itu merangkum SKB. Isinya sebagai berikut:")
            first = sidx[0] if sidx else 0
            cands = self.sentences[max(0, first - NOMINAL_CONTEXT_SENTENCES):first]
        out = []
        for s in cands:
            toks = tokenize(s.text, s.start)
            for k, t in enumerate(toks):
                e = self.lx.nominal_kind(t.low)
                if e:
                    out.append(Draft(start=s.start, end=s.end, kind=e["kind"], force=e["force"], cue=t.text,
                                     cue_canonical=e["cue"], actor=None))
                    break
            else:
                # "Ada sejumlah kegiatan yang disebut terlarang bagi pegawai. Berikut daftarnya:"
                ann = announcement(self.lx, self.text, toks)
                # "... poin yang harus diperhatikan pegawai": a duty to heed items names no kind of theirs
                if ann is not None and not any(t.low in self.lx.compliance_verbs for t in toks):
                    out.append(Draft(start=s.start, end=s.end, kind=ann["kind"], force=ann["force"],
                                     cue=ann["cue"], cue_canonical=ann["cue_canonical"], actor=ann["actor"]))
        return out

    def _heads_paragraph(self, sidx: list[int]) -> bool:
        """Whether the paragraph's short first sentence is a heading: the next sentence
        states its own rule with its own actor."""
        nxt = sentence_drafts(self.lx, self.text, self.sentences[sidx[1]])
        return bool(nxt) and _heading_sentence(self.lx, self.sentences, sidx, nxt[0])

    def _rule_noun_before(self, si: int, pi: int) -> Optional[Draft]:
        """A noun of rule ("larangan", "kewajiban") in the sentence right before
        sentence ``si`` (in this paragraph or at the end of the one before), as the base
        of an enumeration that opens the next sentence; None without one."""
        if si == 0 or self.sentences[si - 1].paragraph < pi - 1:
            return None
        prev = self.sentences[si - 1]
        toks = tokenize(prev.text, prev.start)
        for k, t in enumerate(toks):
            e = self.lx.nominal_kind(t.low)
            if e is None or e["role"] != "lead" or (k > 0 and toks[k - 1].low in self.lx.negators):
                continue
            actor = next((toks[a].text if hit[0] == 1 else self.text[toks[a].start:toks[a + hit[0] - 1].end]
                          for a in range(k + 1, len(toks)) for hit in [self.lx.actor_term_at(toks, a)] if hit), None)
            return Draft(start=prev.start, end=prev.end, kind=e["kind"], force=e["force"], cue=t.text,
                         cue_canonical=e["cue"], actor=actor, paragraph=pi)
        return None

    def _rule_noun_covers(self, sent: Sentence, pi: int) -> list[Draft]:
        """A sentence whose subject is a noun of rule named before ("Larangan tersebut
        meliputi pula A dan B", "Kewajiban itu juga mencakup A"): the acts after the
        enumeration marker are clauses of the noun's kind, with the last clause's actor."""
        lx = self.lx
        toks = unquoted_tokens(sent.text, sent.start)
        if len(toks) < 4:
            return []
        e = lx.nominal_kind(toks[0].low)
        if e is None or e["role"] != "lead":
            return []
        hit = first_seq_at(toks, 1, lx.back_demonstratives)
        if hit is None:
            return []
        k = skip(toks, 1 + len(hit[0]), lx.adverbs)
        marker = first_seq_at(toks, k, lx.enumerators) if k < len(toks) else None
        if marker is None:
            return []
        k = skip(toks, k + len(marker[0]), lx.adverbs)
        if k < len(toks) and toks[k].text in (",", ":"):
            k += 1                       # "Instruksi tersebut di antaranya, mengupayakan ...": a comma after the marker
        # "... meliputi banyak bentuk, mulai dari A, B, hingga C": the acts start after "mulai dari",
        # however long the filler before its comma ("kegiatan di dunia nyata maupun maya, mulai dari")
        comma = next((j for j in range(k, len(toks)) if toks[j].text in (",", ";")), len(toks))
        k = next((j + 2 for j in range(k, min(len(toks) - 2, max(k + RANGE_OPENER_GAP, comma + 1)))
                  if seq_at(toks, j, ("mulai", "dari"))), k)
        if k >= len(toks) or not (lx.is_verb(toks[k]) or lx.act_noun_re.match(toks[k].low)):
            return []                    # "Larangan tersebut meliputi wilayah kecamatan, ...": places, no act
        start = toks[k].start
        prev = self.state.drafts[-1] if self.state.drafts else None
        base = Draft(start=sent.start, end=sent.end, kind=e["kind"], force=e["force"], cue=toks[0].text,
                     cue_canonical=e["cue"], actor=prev.actor if prev is not None and prev.kind == e["kind"] else None,
                     paragraph=pi)
        return continuation(lx, self.text, sent, base, pi, start=start)

    def _rule_noun_subject(self, toks: list[Tok]) -> Optional[int]:
        """Where the noun of rule that is the sentence's subject stands: its first word, or the
        first word after a reporting frame of a few words with a verb and no cue, closed by a
        comma ("Camat merinci, larangan dalam edaran itu antara lain ...")."""
        lx = self.lx
        def noun_at(k: int) -> Optional[int]:
            # past "Adapun", "bentuk / contoh" ("Adapun contoh pelanggaran netralitas yakni ...")
            k = skip(toks, k, lx.list_noun_openers)
            k = skip(toks, k, lx.content_nouns)      # "Isi ikrar itu antara lain ..."
            return k if k < len(toks) and lx.listing_noun(toks[k].low) is not None else None
        if (h := noun_at(0)) is not None:
            return h
        reach = SOURCE_FRAME_WORDS if toks[0].low in lx.source_frames else RULE_NOUN_FRAME_WORDS
        comma = next((j for j in range(1, min(len(toks), reach + 1)) if toks[j].text == ","), None)
        if comma is None or (h := noun_at(comma + 1)) is None:
            # "Inspektur menyebut bentuk ketidaknetralan pegawai, antara lain ...", "Menurutnya, ada
            # beberapa pelanggaran kode etik antara lain ...": a noun of kind or a quantity before the
            # noun of rule makes it the object of a short reporting frame
            kind = next((j for j in range(1, min(len(toks), RULE_NOUN_FRAME_WORDS + 1))
                         if toks[j].low in lx.kind_nouns or toks[j].low in lx.list_noun_openers), None)
            if kind is None or (h := noun_at(kind)) is None or not toks[kind - 1].text[0].isalnum():
                return None
            frame = toks[:kind]
        else:
            frame = toks[:comma]
        if (any(lx.is_verb(t) or t.low in lx.existentials for t in frame)
            or frame[0].low.removesuffix("nya") in lx.source_frames) \
                and not any(t.low in lx.cue_first_words for t in frame):
            return h                               # ("Menurut Kepala Kesbangpol, larangan itu berupa ...",
            #                                            "Ada beberapa pelanggaran, antara lain ...")
        return None

    def _rule_noun_acts(self, sent: Sentence, pi: int) -> list[Draft]:
        """A sentence whose subject is a noun of rule and whose predicate lists the acts
        ("Larangan tersebut meliputi pemasangan stiker ..., pembagian ..., serta penggunaan
        ...", "Larangan itu mencakup banyak hal, mulai dari memasang ..., hingga membuat
        ..."): one clause per act, of the noun's kind. Every comma-separated part must open
        with a verb or an act noun ("Larangan itu berlaku bagi ASN, TNI dan Polri" lists
        parties: none)."""
        lx, text = self.lx, self.text
        head = sent.text[:RULE_NOUN_HEAD_CHARS].lower()
        sourced = head.split(None, 1)[0].strip('"“') in lx.source_frames if head.strip() else False
        if sourced:                      # "Menurut Kepala Badan ... Provinsi Sunda Raya Budi Hartanto, larangan itu ..."
            head = sent.text[:RULE_NOUN_HEAD_CHARS * 2].lower()
        reach = 2 + (SOURCE_FRAME_WORDS if sourced else RULE_NOUN_FRAME_WORDS)
        if not any(lx.listing_noun(w.strip(',.:;"“‘\'(')) for w in head.split()[:reach]):
            return []                    # the cheap test first: most sentences open otherwise
        toks = tokenize(sent.text, sent.start)
        if len(toks) < 4:
            return []
        h = self._rule_noun_subject(toks)
        e = lx.listing_noun(toks[h].low) if h is not None else None
        if e is None or e["role"] != "lead":
            return []
        def marker(j):
            if toks[j].low in lx.rule_list_verbs:
                return (toks[j].low,), None
            return first_seq_at(toks, j, lx.enumerators)
        k, reach = h + 1, h + 1 + RULE_NOUN_GAP
        while k < min(len(toks), reach) and marker(k) is None:
            if toks[k].low in lx.coordinators and k + 1 < len(toks) and lx.listing_noun(toks[k + 1].low):
                reach = k + 2 + RULE_NOUN_GAP    # "larangan bagi guru dan larangan bagi kepala sekolah antara lain"
            k += 1
        if k < len(toks) and marker(k) is None:
            # "imbauan bagi guru agar santun dalam berselancar daring mencakup antara lain ...": a longer
            # description of the noun before a verb of listing that an enumeration marker follows
            k = next((j for j in range(h + 1, min(len(toks) - 1, h + 1 + RULE_LIST_VERB_GAP))
                      if toks[j].low in lx.rule_list_verbs and first_seq_at(toks, j + 1, lx.enumerators)
                      and all(t.text[0].isalnum() for t in toks[h + 1:j])), k)
        hit = marker(k) if k < len(toks) else None
        if hit is None:
            return []
        if e.get("lead_only") and (h > 0 and toks[h - 1].low not in lx.list_noun_openers
                                   and toks[h - 1].low not in lx.content_nouns
                                   or any(t.low in lx.violation_findings for t in toks[h + 1:k])):
            return []        # "Pelanggaran yang ditemukan Bawaslu meliputi ...": violations found, no rule
        end = sentence_end(sent, text)
        a = k + len(hit[0])
        while a < len(toks) and (nxt := marker(a)) is not None:
            a += len(nxt[0])                      # "Larangan itu antara lain meliputi A, B": two markers
        if a < len(toks) and toks[a].text == ":":
            a += 1                                # "Isi ikrar itu antara lain: A, B, dan C"
        parts = []
        body = [t for t in toks if t.end <= end]
        for j in range(a, len(body) + 1):
            if j == len(body) or body[j].text in (",", ";") or (
                    body[j].low in lx.list_range_joiners and j > a and body[j - 1].text[0].isalnum()
                    and j + 1 < len(body) and lx.is_verb(body[j + 1])):
                if j > a:                         # ("menyukai unggahan hingga berkomentar ...": a range of acts)
                    parts.append((a, j))
                a = j + 1 if j == len(body) or body[j].text in (",", ";") else j
        acts, opens_negated, own_kind = [], [], None
        for n, (x, y) in enumerate(parts):
            if n == 0 and len(parts) > 1 and seq_at(body, parts[1][0], ("mulai", "dari")):
                continue     # "mencakup perbuatan di kantor dan di luar jam dinas, mulai dari A, ...": a filler
            while x < y and (body[x].low in lx.act_joiners or body[x].low in lx.rule_list_openers
                             or (n and body[x].low in lx.examples)):
                x += 1                            # ("..., termasuk komitmen untuk ...": the marker stays out)
            if x + 2 < y and body[x].low in lx.commitment_nouns and body[x + 1].low in lx.complementizers:
                x += 2                            # "termasuk komitmen untuk tidak membuat keputusan ...": the act
            if x >= y:
                continue
            if not acts and body[x].low.startswith("di") and lx.is_verb(body[x]):
                return []    # "Ketidaknetralan itu antara lain dipicu oleh ...": its causes, no acts
            if lx.is_verb(body[x]) or lx.act_noun_re.match(body[x].low):
                # "..., meneruskan pesan berantai serta memberi tanda suka ...": a last part may join
                # two acts, cut like a sentence's content
                if n == 0 and (cue := first_seq_at(body, x, lx.entries_by_first)) is not None \
                        and cue[1]["role"] == "directive" and cue[1]["kind"] in ("prohibition", "permission"):
                    own_kind = cue[1]["kind"]       # "Imbauan itu antara lain melarang guru A atau pun B":
                    #                                 the act's own cue decides its kind, not the noun's
                cuts = [x] + [p for p in split_points(lx, body, x, y, own_kind or e["kind"]) if x < p < y] + [y]
                for s0, s1 in zip(cuts, cuts[1:]):
                    while s1 - 1 > s0 and (body[s1 - 1].low in lx.act_joiners or not body[s1 - 1].text[0].isalnum()):
                        s1 -= 1
                    while s0 + 1 < s1 and body[s0].low in lx.additive_adverbs:
                        s0 += 1                     # "atau pun memberikan ...": the particle of the joiner
                    acts.append((body[s0].start, body[s1 - 1].end))
                    opens_negated.append(body[s0].low in lx.negators)
            elif n == 0 and y - x <= RULE_LIST_FILLER_WORDS:
                continue                          # "banyak hal, mulai dari ...": a filler before the acts
            else:
                return []
        if len(acts) < 2:
            return []
        kind = own_kind or e["kind"]
        # under a noun of duty a negated act is a prohibition ("Isi ikrar itu: ..., tidak memihak
        # calon"), and under one negator every act is ("Imbauan itu mencakup tidak A, B, serta C")
        one_negator = opens_negated[0] and not any(opens_negated[1:])
        return [Draft(start=a, end=b, kind="prohibition" if kind == "obligation" and (neg or one_negator) else kind,
                      force=e["force"], cue=toks[0].text, cue_canonical=e["cue"], actor=None, paragraph=pi)
                for (a, b), neg in zip(acts, opens_negated)]

    def _announced_examples(self, sent: Sentence, base: Draft, pi: int) -> list[Draft]:
        """The acts of a sentence that opens with an enumeration marker (and a copula) right
        after a sentence that announced items ("... berbagai hal yang dilarang dilakukan
        pegawai. Di antaranya adalah menggunakan seragam dinas ..."): they take its kind."""
        lx = self.lx
        toks = unquoted_tokens(sent.text, sent.start)
        hit = enumerator_at_open(lx, toks)
        if hit is None:
            return []
        k = hit[1]
        while k < len(toks) and (toks[k].text in (",", ":") or toks[k].low in lx.copulas):
            k += 1
        if k >= len(toks) or not (lx.is_verb(toks[k]) and not toks[k].low.startswith("di")
                                  or toks[k].low in lx.modal_act_nouns):
            return []                         # ("Yakni kampanye lewat media sosial ...": a noun said as the act)
        return continuation(lx, self.text, sent, base, pi, start=toks[k].start)

    def _announced_inline(self, sent: Sentence, base: Draft, pi: int) -> list[Draft]:
        """The acts after a comma and an enumeration marker in the sentence that announces
        them ("... jenis pelanggaran yang kerap dilakukan pegawai, mulai dari A, B"): they
        take its kind, as in the sentence after it (:meth:`_announced_examples`)."""
        lx = self.lx
        toks = tokenize(sent.text, sent.start)
        if "pledge_items" in base.extra:
            # "... membacakan 4 poin pernyataan sikap yaitu 1) Mendukung ...": the first item in the
            # announcing sentence, from its number or ordinal
            for k in range(base.extra["pledge_items"], len(toks) - 2):
                if (toks[k].text.isdigit() and toks[k + 1].text == ")") or first_seq_at(toks, k, lx.ordinals):
                    item = Sentence(start=toks[k].start, end=sent.end, text=self.text[toks[k].start:sent.end],
                                    paragraph=sent.paragraph)
                    return ordinal_item(lx, self.text, item, base, pi)
            return []
        for k in range(1, len(toks)):
            if toks[k - 1].text != "," or (hit := first_seq_at(toks, k, lx.enumerators)) is None:
                continue
            a = k + len(hit[0])
            while a < len(toks) and (toks[a].text in (",", ":") or toks[a].low in lx.copulas):
                a += 1
            if a < len(toks) and ((lx.is_verb(toks[a]) and not toks[a].low.startswith(lx.passive_prefixes))
                                  or noun_act_run(lx, toks, a)):
                return continuation(lx, self.text, sent, base, pi, start=toks[a].start)
            return []
        # "Beberapa contoh keterlibatan ... yang tidak boleh dilakukan adalah, A, B, C": the acts
        # after the copula that follows the announcing relative
        yang = next((k for k, t in enumerate(toks) if t.low == "yang"), None)
        cop = next((k for k in range(yang + 1, len(toks) - 1) if toks[k].low in lx.defining_copulas), None) \
            if yang is not None else None
        if cop is not None and all(t.text[0].isalnum() for t in toks[yang:cop]):
            a = cop + 1 + (toks[cop + 1].text in (",", ":"))
            if a < len(toks) and lx.is_verb(toks[a]) and not toks[a].low.startswith(lx.passive_prefixes):
                return continuation(lx, self.text, sent, base, pi, start=toks[a].start)
        return []

    def _headlines_between(self, a: int, b: int) -> int:
        """Paragraphs strictly between paragraphs a and b that are headlines of other
        stories ("- Panglima Pastikan ..."), which interrupt a list without ending it."""
        return sum(1 for j in range(a + 1, min(b, len(self.paragraphs))) if is_headline(self.paragraphs[j].text))

    def _announce(self, sent: Sentence, pi: int) -> None:
        """Remember a sentence that announces items without a colon (see
        :func:`lists.announcement`): the ordinal paragraphs after it take its kind."""
        toks = tokenize(sent.text, sent.start)
        li = pledge_announcement(self.lx, self.text, toks) or announcement(self.lx, self.text, toks) \
            or self._rule_noun_announcement(toks)
        if li is not None:
            base = Draft(start=sent.start, end=sent.end, kind=li["kind"], force=li["force"], cue=li["cue"],
                         cue_canonical=li["cue_canonical"], actor=li["actor"], paragraph=pi,
                         source="circular" if self.state.context_open else "statement",
                         speaker=self.tracker.current)
            if "item_at" in li:
                base.extra["pledge_items"] = li["item_at"]
            self.state.announced = (len(self.state.drafts), base)

    def _rule_noun_announcement(self, toks: list[Tok]) -> Optional[dict]:
        """A sentence that states no rule but names a noun of rule as the object of a verb
        ("Surat edaran itu menginstruksikan larangan setiap pegawai di lingkungan Pemkab.",
        "SE itu memuat larangan bagi ASN."): the ordinal paragraphs right after it
        ("Pertama, memberikan dukungan ...") are its items. Not a question, nor a rule
        spread or judged (rule_talk_verbs)."""
        lx = self.lx
        if any(t.text == "?" for t in toks):
            return None
        for k, t in enumerate(toks):
            e = lx.nominal_kind(t.low)
            if e is None and t.low in lx.kind_nouns and k + 1 < len(toks) \
                    and (v := lx.listing_noun(toks[k + 1].low)) is not None and v["kind"] == "prohibition" \
                    and any(lx.is_verb(u) for u in toks[:k]) \
                    and not any(u.low in lx.violation_findings for u in toks):
                # "Kepala BKPSDM menyebutkan jenis-jenis pelanggaran netralitas pegawai ...": the
                # kinds of violation named, the acts listed after it are forbidden
                return {"kind": "prohibition", "force": v["force"], "cue": toks[k + 1].text,
                        "cue_canonical": v["cue"], "actor": None, "speaker_span": None}
            if e is None or e["role"] != "lead" or (k and toks[k - 1].low in lx.negators):
                continue
            if any(toks[x].low in lx.rule_talk_verbs for x in range(max(0, k - 2), k)):
                return None                           # "menyosialisasikan larangan itu": talk about a rule
            if not any(lx.is_verb(u) or u.low in lx.entries_by_first for u in toks[:k]):
                continue                              # "Larangan itu ...", "Instruksi wali kota memuat ...": a subject
            return nominal_lead(lx, self.text, toks[k:])
        return None

    def _denied_licence(self, sent: Sentence, pi: int) -> list[Draft]:
        """A sentence that opens with a contrast and a negating frame before a bare act ("Namun
        bukan berarti boleh ikut berkampanye, misal menyebar selebaran ...", "Tapi tidak berarti
        pegawai bebas memasang baliho"): what the duty or permission before it does not license,
        a prohibition from the act (or its actor) on (cues.json negating_frames)."""
        lx, text = self.lx, self.text
        head = sent.text[:NEGATING_FRAME_CHARS].lower()
        if not any(f[-1] in head for f in lx.licence_denying_frames):
            return []                    # (the cheap test first: a frame's last word in the sentence's head)
        toks = unquoted_tokens(text[sent.start:sentence_end(sent, text)], sent.start)
        k = _past_connectives(lx, toks, 0, len(toks))
        if k == 0 or not (toks[k - 1].low in lx.contrasts or toks[k - 1].text == ","):
            return []                    # no contrast first: the frame says something else
        frame = next((f for f in lx.licence_denying_frames if seq_at(toks, k, f)), None)
        if frame is None:
            return []
        a = k + len(frame)
        hit = lx.actor_term_at(toks, a) if a < len(toks) else None
        v = skip(toks, a + (hit[0] if hit else 0), lx.adverbs)
        if v + 1 >= len(toks) or not lx.is_verb(toks[v]) or toks[v].low.startswith("di") \
                or lx.is_cue_token(toks[v].low) or toks[v].low in lx.negators:
            return []
        base = Draft(start=toks[a].start, end=toks[-1].end, kind="prohibition", force="mandatory",
                     cue=" ".join(frame), cue_canonical=" ".join(frame),
                     actor=text[toks[a].start:toks[a + hit[0] - 1].end] if hit else None, paragraph=pi)
        return continuation(lx, text, sent, base, pi, start=toks[a].start)

    def _pledge_acts(self, sent: Sentence, pi: int) -> list[Draft]:
        """The acts of a pledge told in prose (see :func:`lists.pledge_content_acts`) or after a
        marker of its content (:func:`lists.pledge_marked_acts`)."""
        end = sentence_end(sent, self.text)
        lows = frozenset(map(token_low, tokenize(self.text[sent.start:end], sent.start)))
        if self.lx.pledge_nouns.keys().isdisjoint(lows) and self.lx.pledge_item_nouns.isdisjoint(lows):
            return []                   # (each reading needs a pledge noun or a point noun)
        acts = pledge_content_acts(self.lx, self.text, sent, end) or pledge_marked_acts(self.lx, self.text, sent, end)
        if not acts and (point := pledge_point_act(self.lx, self.text, sent, end)):
            acts = [(point[0], point[1], "obligation", "poin")]   # "A, menjadi poin pertama dalam ikrar ..."
        return [Draft(start=a, end=b, kind=kind, force="mandatory", cue=cue, cue_canonical=cue, actor=None, paragraph=pi)
                for a, b, kind, cue in acts]

    def _content_acts(self, sent: Sentence, pi: int) -> list[Draft]:
        """The rules a sentence reports as a document's content without a cue (see
        :func:`lists.content_acts`): a negated act forbids, its cue the negator; a bare act
        beside one is a duty, its verb the cue."""
        return [Draft(start=a, end=b, kind=kind, force="mandatory", cue=cue, cue_canonical=cue, actor=actor, paragraph=pi)
                for a, b, kind, actor, cue in content_acts(self.lx, self.text, sent, sentence_end(sent, self.text))]

    def _standing_negation(self, sent: Sentence, pi: int) -> list[Draft]:
        """An actor, an adverb of time from now on (cues.json standing_time_adverbs) and a
        negated act ("Prajurit dan PNS mulai sekarang tidak berfoto dengan ...", "Para kades
        ke depan tidak memasang ..."): a standing prohibition of the actor, not a report."""
        lx, text = self.lx, self.text
        toks = unquoted_tokens(text[sent.start:sentence_end(sent, text)], sent.start)
        j, size = skip(toks, 0, lx.determiners), 0
        while j < len(toks):
            hit = lx.actor_term_at(toks, j)
            if hit is not None:
                if hit[1] in lx.public_roles:
                    return []          # "Warga mulai sekarang tidak membuang sampah ...": civic news
                j, size = j + hit[0], size + hit[0]
            elif size and toks[j].low in lx.coordinators:
                j = skip(toks, j + 1, lx.determiners)
            else:
                break
        actor_end = j
        if size and j < len(toks) and toks[j].low == "di":
            # "Para kepala desa di Kabupaten Sigi ke depan ...": the actor's place
            j = next((k for k in range(j + 1, min(len(toks), j + 1 + STANDING_PLACE_WORDS))
                      if first_seq_at(toks, k, lx.standing_time_adverbs)), j)
        if not size or (hit := first_seq_at(toks, j, lx.standing_time_adverbs)) is None:
            return []
        v = j + len(hit[0])
        v = skip(toks, v, lx.adverbs)
        if not (v + 1 < len(toks) and toks[v].low in lx.negators and lx.is_verb(toks[v + 1])
                and not _descriptive_negation(lx, toks, v) and toks[v + 1].low not in lx.negators):
            return []
        base = Draft(start=toks[0].start, end=toks[-1].end, kind="prohibition", force="mandatory",
                     cue=toks[v].text, cue_canonical="tidak", actor=text[toks[0].start:toks[actor_end - 1].end],
                     paragraph=pi)
        out = continuation(lx, text, sent, base, pi, start=toks[0].start)
        for d in out:                  # "..., karena bisa dianggap dukungan": the reason stays outside
            r = next((k for k in range(1, len(toks)) if toks[k - 1].text == "," and toks[k].low in lx.reason_openers
                      and d.start < toks[k].start < d.end), None)
            if r is not None:
                d.end = toks[r - 1].start
        return out

    def _defined_norm_acts(self, sent: Sentence, pi: int, cut: Optional[list] = None) -> list[Draft]:
        """A principle or a rule stated by what an actor does not do: after a definition
        marker ("berarti", "artinya", "dalam artian", cues.json norm_definition_markers) or
        after "bahwa" with a rule's topic or source before it ("asas netralitas ... berarti
        bahwa setiap pegawai ASN tidak berpihak ... dan tidak memihak ...", "Berdasarkan UU
        ..., bahwa setiap pegawai ASN tidak ..."), each negated act is a prohibition of the
        actor; with no actor, after a definition marker only ("pedoman bagi personel yaitu
        tidak memihak ..."), the act opens with an active verb. ``cut`` gets where the text
        before the definition ends ("wajib memegang asas netralitas, yang berarti ...")."""
        lx, text = self.lx, self.text
        low = sent.text.lower()
        if "tidak" not in low and "tak" not in low:
            return []
        toks = tokenize(text[sent.start:sentence_end(sent, text)], sent.start)
        framed, source_at = False, None
        for k, t in enumerate(toks):
            if t.low in lx.rule_topics or t.low in lx.rule_sources:
                framed = True
                source_at = k if t.low in lx.rule_sources else source_at
                continue
            defining = t.low in lx.norm_definition_markers
            # "UU itu menyebut pegawai ASN tidak A dan tidak B": the law said to say it, its subject
            said = source_at is not None and k - source_at <= SOURCE_SAYS_REACH and t.low in lx.saying_that_verbs
            if not (framed and (defining or said or t.low in lx.content_complementizers)):
                continue
            j = k + 1
            if j < len(toks) and toks[j].low in lx.content_complementizers:
                j += 1
            a = j
            j = skip(toks, j, lx.determiners)
            size = 0
            while j < len(toks) and (hit := lx.actor_term_at(toks, j)) is not None:
                j, size = j + hit[0], size + hit[0]
            if not (j + 1 < len(toks) and toks[j].low in lx.negators and lx.is_verb(toks[j + 1])
                    and not _descriptive_negation(lx, toks, j) and toks[j + 1].low not in lx.negators):
                continue
            if size == 0 and not (defining and toks[j + 1].low.startswith(("me", "ber"))):
                continue
            if cut is not None:
                b = k - 1
                while b > 0 and (toks[b].low in DEFINITION_LINKS or toks[b].text == ","):
                    b -= 1
                cut.append(toks[b].end)
            actor = text[toks[a].start:toks[j - 1].end] if size else None
            base = Draft(start=toks[a].start, end=toks[-1].end, kind="prohibition", force="mandatory",
                         cue=toks[j].text, cue_canonical="tidak", actor=actor, paragraph=pi)
            return continuation(lx, text, sent, base, pi, start=toks[a].start if size else toks[j].start)
        return []

    def _inline(self, pi: int, sent: Sentence, head_end: int, items: list[tuple[int, int, str]]) -> list[Draft]:
        """A list inside one sentence ("..., yakni (1) tidak A; (2) B; serta (3) C",
        "Pertama, A, kedua B, dan ketiga C"): each item's own cue decides its kind; a
        cue-less item takes the kind of the head ("... wajib ..., yakni"), else of the item
        before it (a negated item under a duty is a prohibition)."""
        lx, text = self.lx, self.text
        out: list[Draft] = []
        base = None
        if head_end > sent.start:
            head = Sentence(start=sent.start, end=head_end, text=text[sent.start:head_end], paragraph=sent.paragraph)
            htoks = tokenize(head.text, head.start)
            li = announcement(lx, text, htoks) or lead_in(lx, text, head, colon=False)
            if not (li and li.get("kind")):
                li = nominal_lead(lx, text, htoks)   # "Camat menyebut tiga larangan, pertama ..."
            if li and li.get("kind"):
                base = Draft(start=head.start, end=head.end, kind=li["kind"], force=li["force"], cue=li["cue"],
                             cue_canonical=li["cue_canonical"], actor=li.get("actor"), paragraph=pi)
            else:
                out += [d for d in sentence_drafts(lx, text, head) if d.end <= head_end]
        head_base = base
        for a, b, marker in items:
            item = Sentence(start=a, end=b, text=text[a:b], paragraph=sent.paragraph)
            own = sentence_drafts(lx, text, item, in_item=True)
            for d in own:
                d.list_marker = marker
                d.actor = d.actor or (base.actor if base else None)
            itoks = tokenize(text[a:b], a)
            if not own and base is not None and itoks and (itoks[0].low in lx.negators or any(
                    lx.is_verb(t) for t in itoks[:INLINE_VERB_WINDOW])):     # ("siap membantu ...": an act)
                kind = base.kind
                if text[a:b].split()[0].lower() in lx.negators and kind in ("obligation", "permission"):
                    kind = "prohibition"
                own = [Draft(start=a, end=sentence_end(item, text), kind=kind, force=base.force, cue=base.cue,
                             cue_canonical=base.cue_canonical, actor=base.actor, list_marker=marker, paragraph=pi)]
            if own and head_base is None:
                base = own[-1]           # "Pertama, ASN dilarang A, kedua B": B is one more prohibition
            out += own
        return out

    def _question(self, pi: int, sidx: list[int]) -> None:
        """A paragraph of a question block: no rule, but the act it asks about (see
        :mod:`.qa`); the block ends with the paragraph that asks."""
        st = self.state
        st.lst = None
        for si in sidx:
            self.tracker.see(self.text, self.sentences[si])
            act = question_act(self.lx, self.text, self.sentences[si])
            if act is not None:
                st.question = (pi, act)
            if asks(tokenize(self.sentences[si].text, self.sentences[si].start)):
                st.qa = None
        st.prev_para_had_clause = False

    def _verdict(self, pi: int, sidx: list[int], n: int, own: list[Draft]) -> list[Draft]:
        """A bare ruling that opens an answer ("Jawabannya tidak boleh.") gives no clause of
        its own: the answer's later rule restates it; without one, the question's act takes
        the ruling's kind ("boleh tidak kami ikut pawai?" / "Tidak boleh." -> P "ikut pawai")."""
        st = self.state
        if st.question is not None and st.question[0] == pi and n and st.question[1].get("sent") == sidx[n - 1]:
            return self._answered_here(pi, sidx[n], own)
        if st.question is None or n >= VERDICT_SENTENCES or not 0 < pi - st.question[0] <= MAX_QUESTION_GAP:
            return own
        sent = self.sentences[sidx[n]]
        v = verdict(self.lx, self.text, sent)
        if v is None:
            for d in own:
                if d.actor is None:
                    d.actor = st.question[1].get("party")   # "Apa yang mesti dilakukan pegawai ...?" / "Catat dan laporkan ..."
            return own
        q_pi, act = st.question
        st.question = None
        if v["imperative"]:
            # "Apa yang harus dilakukan ASN ...?" / "Laporkan.": a bare order is the answer's
            # own act (the verb needs no object: the question names what it is about)
            return [Draft(start=v["start"], end=v["end"], kind=v["kind"], force=v["force"], cue=v["cue"],
                          cue_canonical=v["cue_canonical"], actor=act.get("party"), paragraph=pi,
                          source="circular" if st.context_open else "statement")] + [d for d in own if d.start >= v["end"]]
        if v["conditions"]:
            # "Boleh, sepanjang hanya mendengarkan ...": the answer as it stands is the rule
            end = sentence_end(sent, self.text)
            return [Draft(start=v["start"], end=end, kind=v["kind"], force=v["force"], cue=v["cue"],
                          cue_canonical=v["cue_canonical"], actor=act["actor"], paragraph=pi,
                          source="circular" if st.context_open else "statement")] + [d for d in own if d.start >= end]
        own = [d for d in own if d.start >= v["end"]]
        if any(sentence_drafts(self.lx, self.text, self.sentences[si]) for si in sidx[n + 1:]):
            return own
        return [Draft(start=act["start"], end=act["end"], kind=v["kind"], force=v["force"], cue=v["cue"],
                      cue_canonical=v["cue_canonical"], actor=act["actor"], paragraph=pi,
                      source="circular" if st.context_open else "statement")] + own

    def _answered_here(self, pi: int, si: int, own: list[Draft]) -> list[Draft]:
        """A verdict right after the question it answers, in the same paragraph ("Boleh atau
        tidak hadir dalam kampanye calon? Tidak!", "Apakah lurah boleh ...? Tidak boleh."):
        one clause from the question's act to the verdict, of the verdict's kind. A
        sentence after a question that is no verdict keeps its own clauses."""
        st = self.state
        sent = self.sentences[si]
        _, act = st.question
        v = verdict(self.lx, self.text, sent) or bare_answer(self.lx, self.text, sent, act)
        if v is None or v["imperative"]:
            return own
        st.question = None
        end = sentence_end(sent, self.text) if v["conditions"] else v["end"]
        return [Draft(start=act["start"], end=end, kind=v["kind"], force=v["force"], cue=v["cue"],
                      cue_canonical=v["cue_canonical"], actor=act["actor"], paragraph=pi,
                      source="circular" if st.context_open else "statement")] + [d for d in own if d.start >= end]

    def _judged_line(self, pi: int, sidx: list[int]) -> bool:
        """A short line that names an act, with no cue and no full stop, over a paragraph that
        opens with a bare ruling ("Menjadi juru kampanye pasangan" / "Dilarang.", "Menonton
        debat di rumah" / "Boleh, di luar jam kerja."): an infographic's or a definition list's
        pair, one clause from the act to the ruling. Whether it was one."""
        lx, text = self.lx, self.text
        nxt = self.by_para.get(pi + 1, [])
        if len(sidx) != 1 or not nxt:
            return False
        sent = self.sentences[sidx[0]]
        words = sent.text.split()
        if not words or len(words) > JUDGED_LINE_MAX_WORDS or sent.text.rstrip()[-1:] in ".!?:;,\"”":
            return False
        toks = tokenize(sent.text, sent.start)
        if not toks or not (lx.is_verb(toks[0]) or lx.act_noun_re.match(toks[0].low)) or toks[0].low.startswith("di"):
            return False
        # the ruling under it first: most short lines have none, and the walk reads their cues anyway
        v = verdict(lx, text, self.sentences[nxt[0]])
        if v is None or self._heads_acts(pi + 1) or sentence_drafts(lx, text, sent, in_item=True):
            return False
        end = v["end"]
        if v["conditions"] and text[end:end + 1] != ",":
            # "Diperbolehkan setelah mengambil cuti ...; tanpa cuti ...": the condition is the ruling's
            ruling = self.sentences[nxt[0]]
            stop = sentence_end(ruling, text)
            semi = text.find(";", end, stop)
            end = semi if semi >= 0 else stop
        lst = self.state.lst
        self.state.drafts.append(Draft(start=toks[0].start, end=end, kind=v["kind"], force=v["force"],
                                       cue=v["cue"], cue_canonical=v["cue_canonical"],
                                       actor=lst.lead.get("actor") if lst is not None else None, paragraph=pi,
                                       source="circular" if self.state.context_open else "statement"))
        self.judged.add(pi + 1)
        self.state.prev_para_had_clause = True
        return True

    def _heads_acts(self, pi: int) -> bool:
        """A bare cue with no full stop over a line that opens with a verb ("Diwajibkan" /
        "Melaporkan kepada atasan ..."): the heading of the acts under it, not a ruling of
        the line above it."""
        para = self.paragraphs[pi]
        if para.text.rstrip()[-1:] in ".!;," or pi + 1 >= len(self.paragraphs):
            return False
        nxt = self.paragraphs[pi + 1]
        if nxt.list_marker:
            return True                  # "WAJIB ✅" / "▶ Menjaga netralitas ...": a list's heading
        toks = tokenize(nxt.text[:60], nxt.start)
        return bool(toks) and (self.lx.is_verb(toks[0]) or toks[0].low in self.lx.negators)

    # -- 3. running text ---------------------------------------------------------------------
    def _ordinal_before_rule(self, pi: int, sent: Sentence, later: list[int]) -> list[Draft]:
        """'Ketiga, tidak mengunggah ... Keempat, ... Kelima, pegawai ... wajib ...'
        with no list before it (an excerpt that opens mid-list): a cue-less ordinal item that
        negates its act is a prohibition when a later ordinal item of its paragraph states a
        rule of its own."""
        lx, text = self.lx, self.text
        for si in later:
            nxt = self.sentences[si]
            toks = tokenize(nxt.text, nxt.start)
            o = skip(toks, 0, lx.ordinal_lead_words | frozenset(QUOTE_MARKS))
            if first_seq_at(toks, o, lx.ordinals) is None:
                continue
            base = next(iter(sentence_drafts(lx, text, nxt)), None)
            if base is None:
                continue
            own = ordinal_item(lx, text, sent, replace(base, paragraph=pi, actor=None), pi)
            return [d for d in own if first_word(text[d.start:d.end]).lower() in lx.negators]
        return []

    def _later_ordinals(self, pi: int, sent: Sentence) -> list[int]:
        """The first sentences of the next EXCERPT_ITEM_PARAGRAPHS paragraphs when ``sent`` is
        an ordinal item that closes its paragraph ("Pertama, tidak A." on its own line, then
        "Kedua, ...", a quote, a "Baca Juga" line, ... "Keenam, X harus ..."): the later items
        of an excerpt's list that may state the rule that tells its kind."""
        lx = self.lx
        sidx = self.by_para.get(pi, [])
        if not sidx or self.sentences[sidx[-1]] is not sent:
            return []
        toks = tokenize(sent.text[:40], sent.start)
        o = skip(toks, 0, lx.ordinal_lead_words | frozenset(QUOTE_MARKS))
        if first_seq_at(toks, o, lx.ordinals) is None:
            return []
        return [self.by_para[pj][0] for pj in range(pi + 1, min(len(self.paragraphs), pi + 1 + EXCERPT_ITEM_PARAGRAPHS))
                if self.by_para.get(pj)]

    def _violation_item(self, pi: int, sent: Sentence, start: int, e: dict, noun: str) -> Optional[list[Draft]]:
        """The act of an item of a list of violations ("Pelanggaran keempat menjadi pengurus
        partai", "Pelanggaran yang ketiga, yang harus dijaga pegawai, yakni ikut ..."), from
        ``start``: a prohibition whatever cue frames the item before it (see
        :func:`lists.violation_ordinal`); an act with a cue of its own keeps that cue's kind.
        The party is the one of the list announced before or of the clause before; with
        neither within MAX_ORDINAL_GAP paragraphs the sentence tells of a case ("Pelanggaran
        pertama terjadi di ..."): None, read as any sentence."""
        lx, text, st = self.lx, self.text, self.state
        near = [d for d in (st.announced[1] if st.announced is not None else None,
                            st.drafts[-1] if st.drafts else None) if d is not None]
        prev = max(near, key=lambda d: d.paragraph, default=None)
        if prev is None or pi - prev.paragraph > MAX_ORDINAL_GAP:
            return None
        end = sentence_end(sent, text)
        if find_cues(lx, tokenize(text[start:end], start)):
            return [d for d in sentence_drafts(lx, text, sent) if d.start >= start]
        actor = prev.actor
        base = Draft(start=start, end=end, kind=e["kind"], force=e["force"], cue=noun, cue_canonical=e["cue"],
                     actor=actor, paragraph=pi, source="circular" if st.context_open else "statement",
                     speaker=self.tracker.current)
        return continuation(lx, text, sent, base, pi, start=start)

    def _running(self, pi: int, para: Paragraph, sidx: list[int]) -> None:
        st, text, lx = self.state, self.text, self.lx
        found = [self.tracker.see(text, self.sentences[si]) for si in sidx]
        # a quote paragraph's attribution ("..., jelasnya") covers all of its sentences
        para_speaker = None
        if para.quote:
            for si, f in zip(sidx, found):
                para_speaker = para_speaker or attribution_speaker(text, self.sentences[si], self.tracker, f)
        chain = st.prev_para_had_clause
        for n, si in enumerate(sidx):
            sent = self.sentences[si]
            if self.voices.get(si) == OTHER:
                chain = False                 # '"Pemerintah harus tegas," kata Dedi, warga ...': an opinion
                continue
            inline = inline_items(lx, text, sent.start, sentence_end(sent, text))
            own = self._inline(pi, sent, *inline) if inline else sentence_drafts(lx, text, sent,
                                                                                 speech=self.spoken.get(si, False))
            violation = violation_ordinal(lx, text, sent)
            if violation is not None and (items := self._violation_item(pi, sent, *violation)) is not None:
                own = items                   # "Pelanggaran keempat menjadi pengurus ..."
            if len(own) == 1 and lx.listing_noun(own[0].cue.lower()) is not None:
                # "Larangan bagi kepala sekolah mencakup A, B, serta C": the acts the noun lists
                own = self._rule_noun_acts(sent, pi) or own
            stoks = tokenize(sent.text, sent.start)
            if "?" in sent.text and asks(stoks):
                own = []                      # "... boleh ikut pawai? (Nurhayati, Peudada)": a question
                act = question_act(lx, text, sent)
                if act is not None:
                    st.question = (pi, dict(act, sent=si))
            else:
                own = self._verdict(pi, sidx, n, own)
            if len(own) == 1 and n + 1 < len(sidx) and _bare_cue(text, own[0]) \
                    and sentence_drafts(lx, text, self.sentences[sidx[n + 1]]):
                own = []                      # "Tidak boleh. Pegawai ... wajib menolaknya.": the next sentence's rule
            if len(own) > 1 and own[0].kind == own[1].kind and _verdict_before_comma(text, own[0]) \
                    and own[0].cue.lower() in text[own[1].start:own[1].end].lower():
                own = own[1:]                 # "Tidak boleh, tim sukses tidak boleh masuk ...": the verdict said
                #                               first, then the rule that says its cue again
            speaker = attribution_speaker(text, sent, self.tracker, found[n]) or para_speaker
            if not own and st.announced is not None and st.announced[0] == len(st.drafts):
                own = ordinal_item(lx, text, sent, st.announced[1], pi,   # "... tujuh hal yang tidak boleh ... Pertama, ..."
                                   self._headlines_between(st.announced[1].paragraph, pi))
                if own:                          # the next cue-less ordinal takes the announced kind too,
                    #                                  its gap counted from this item, not from the lead-in
                    st.announced = (len(st.drafts) + len(own), replace(st.announced[1], paragraph=pi))
            elif not own and st.drafts:
                own = ordinal_item(lx, text, sent, st.drafts[-1], pi,
                                   self._headlines_between(st.drafts[-1].paragraph, pi),
                                   marked=n == 0 and bool(para.list_marker)
                                   and bracket_marker_at(tokenize(para.list_marker), 0))
            if not own and (not st.drafts or st.drafts[-1].paragraph < pi - 1):
                own = self._ordinal_before_rule(pi, sent, sidx[n + 1:] + self._later_ordinals(pi, sent))
            if not own:
                own = self._rule_noun_acts(sent, pi)   # "Larangan tersebut meliputi A, B, serta C."
            elif own[0].start <= sent.start + len(sent.text) - len(sent.text.lstrip()) \
                    and (listed := self._rule_noun_acts(sent, pi)):
                own = listed                  # "Larangan keberpihakan itu antara lain meliputi A, B, dan C":
                #                               the noun and its markers are no act of their own
            if not own:
                self._announce(sent, pi)
                if st.announced is not None and st.announced[1].start == sent.start:
                    own = self._announced_inline(sent, st.announced[1], pi)
            if not own:
                own = self._rule_noun_covers(sent, pi)   # "Larangan tersebut meliputi pula A dan B."
            if not own:
                own = self._content_acts(sent, pi)       # "Isi edaran itu antara lain pegawai tidak A dan tidak B."
            if not own:
                own = self._pledge_acts(sent, pi)        # "Ikrar itu juga menegaskan A dan tidak B."
            if not own:
                own = self._denied_licence(sent, pi)     # "Namun bukan berarti boleh ikut berkampanye ..."
            if not own:
                own = self._standing_negation(sent, pi)  # "Prajurit mulai sekarang tidak berfoto dengan ..."
            if not own:
                own = self._defined_norm_acts(sent, pi)  # "asas netralitas, yang berarti bahwa setiap ASN tidak A"
            elif (defined := self._defined_norm_acts(sent, pi, cut := [])) \
                    and (i := next((i for i, d in enumerate(own) if d.kind == "obligation"
                                    and d.start < cut[0] < d.end), None)) is not None:
                # "wajib memegang asas netralitas, yang berarti bahwa setiap ASN tidak A dan tidak B":
                # the duty ends before its definition, whose acts are rules of their own
                own = own[:i] + [replace(own[i], end=cut[0])] + defined
            if not own and st.announced is not None and st.announced[0] == len(st.drafts) \
                    and opens_with_enumerator(lx, text, sent):
                # "... mengatur berbagai hal yang dilarang dilakukan pegawai. Di antaranya adalah A."
                own = self._announced_examples(sent, st.announced[1], pi)
            if not own and not chain and opens_with_enumerator(lx, text, sent):
                # "Ada beberapa larangan yang sering dilanggar. Misalnya, A, B, atau C."
                base = self._rule_noun_before(si, pi)
                if base is not None:
                    own = continuation(lx, text, sent, base, pi)
            if not own and chain and n == 0 and len(sidx) > 1 and self._heads_paragraph(sidx):
                chain = False                  # "Memakai jabatan. Pejabat struktural tidak boleh ...": a heading
            negated_open = _opens_negated_act(lx, text, sent)
            if not own and chain and st.drafts and (n > 0 or para.quote or has_juga(text, sent)
                                                    or _continues(lx, text, sent)
                                                    or opens_with_active_verb(lx, text, sent)
                                                    or negated_open
                                                    or first_word(sent.text) in lx.connective_heads):
                own = continuation(lx, text, sent, st.drafts[-1], pi)
            if not own and negated_open:
                # "Tidak memberikan arahan kepada keluarga. Dandim mengingatkan agar prajurit tidak ...":
                # a subjectless negated act in a paragraph whose next sentence states a rule
                base = next((d for si2 in sidx[n + 1:n + 1 + NEGATED_OPEN_LOOKAHEAD]
                             for d in sentence_drafts(lx, text, self.sentences[si2])[:1]
                             if self.voices.get(si2) != OTHER), None)
                if base is not None:
                    own = continuation(lx, text, sent, base, pi)
            elif own and negated_open and own[0].start > sent.start:
                own = _opening_negated_act(lx, text, sent, own[0], pi) + own
            # end of the sentence's first circular term: found once, not once per clause
            mention_end = first_mention_end(stoks, lx.circular_terms_by_first)
            prev_actor = None
            for d in own:
                if d.actor is None and prev_actor and not d.extra.get("continuation"):
                    d.actor = prev_actor          # "ASN tidak boleh A dan tidak boleh B"
                prev_actor = d.actor or prev_actor
                if d.extra.get("continuation"):
                    d.speaker = speaker or d.speaker
                    continue
                before = (mention_end is not None and mention_end <= d.start) \
                    or _mentions(tokenize(d.cue), lx.circular_terms_by_first)
                d.source = "circular" if (st.context_open or before) else "statement"
                d.speaker = speaker
                if d.extra.get("speaker_span") and not speaker:
                    d.speaker = self.tracker.current
            st.drafts += own
            chain = bool(own) or (chain and _cites_source(lx, stoks))   # "... Hal ini sesuai Pasal 11 PP
            #                                       42/2004. Menghadiri deklarasi ...": a citation keeps the list
            if mention_end is not None and _mentions(stoks, lx.circular_intro_by_first):
                st.context_open = True
        st.prev_para_had_clause = bool(st.drafts) and st.drafts[-1].paragraph == pi


# A line runs on into the next (a hard-wrapped scan pasted into a web page) when it stops
# without sentence punctuation and has at least this many words, and the next opens in
# lower case. Whether a line runs on into a next line that opens with a capital
# ("... kepada seluruh ASN di lingkungan" / "Pemerintah Kabupaten ... sebagai berikut :")
# is decided line by line from the line's length: it is a full line of a wrapped passage
# (at least WRAP_FULL_SHARE of the longest line among the WRAP_WINDOW lines on each side,
# which is at most WRAP_MAX_WIDTH characters: a page of paragraphs has longer ones, and
# WRAP_OPEN_LINES other lines among them stop mid-sentence and go on in lower case), it has
# WRAP_CAPITAL_MIN_WORDS words, and the next line does not open as an item (a verb, a
# negator, an ordinal) or a headline.
WRAP_MIN_WORDS = 3
WRAP_CAPITAL_MIN_WORDS = 6
WRAP_WINDOW = 3
WRAP_MAX_WIDTH = 100
WRAP_FULL_SHARE = 0.75
WRAP_OPEN_LINES = 1
# ... and a short last line that closes the item or sentence ("BKPSDM;") runs on too.
WRAP_TAIL_MAX_WORDS = 3
WRAP_TERMINAL = ".;:!?\"”')]"


def _example_acts(lx: Lexicon, text: str, start: int, end: int, kind: str = "obligation") -> list[tuple[int, int, bool]]:
    """The acts of a cue-less item: the head act, and each example act after an enumeration
    marker that follows a comma or opens the item's next sentence and opens with a verb
    ("..., termasuk memberi tanda suka ...", "... secara daring. Termasuk memberi komentar
    ..."), each example with its own verb after the marker one act; a positive act then a
    negated one joined by "dan" ("A dan tidak B") two points; the act before the marker ends
    at its comma or full stop. Each (start, end, own):
    ``own`` when the act's own negator decides its kind (the head, a point after a turn of
    polarity), not when it is an example of the act before it."""
    toks = tokenize(text[start:end], start)
    out, a = [], start
    negated, turned = bool(toks) and toks[0].low in lx.negators, True
    # "Mencegah benturan kepentingan, tidak melakukan tekanan ..., serta tidak berpihak ...":
    # points that change kind at a comma are one clause each, a negated point after a negated
    # one too; an item of one polarity stays whole (the writer's unit)
    mixed = any(toks[k].text == "," and _polarity_turn(lx, toks, k, negated) is not None
                for k in range(1, len(toks) - 2))
    for k in range(1, len(toks) - 2):
        if mixed and toks[k].text == "," and ((turn := _polarity_turn(lx, toks, k, negated)) is not None
                                              or (negated and (turn := _polarity_turn(lx, toks, k, False)) is not None)):
            out.append((a, toks[k - 1].end, turned))
            a, negated, turned = toks[turn].start, toks[turn].low in lx.negators, True
            continue
        if not negated and toks[k].low in lx.relative_act_joiners and toks[k - 1].text[0].isalnum() \
                and toks[k + 1].low in lx.negators and lx.is_verb(toks[k + 2]) \
                and toks[k + 2].low not in lx.negators and not _descriptive_negation(lx, toks, k + 1) \
                and any(lx.is_verb(t) for t in toks[:k - 1]) and toks[k - 2].low not in lx.manner_heads \
                and not any(toks[x].low in lx.negators for x in range(k)):
            # "Memakai akun pribadi secara santun dan tidak menyebarkan fitnah": a
            # positive act, then a negated one joined by "dan": two points, as after a cue
            out.append((a, toks[k - 1].end, turned))
            a, negated, turned = toks[k + 1].start, True, True
            continue
        if toks[k].text not in (",", ".") or toks[k + 1].low not in lx.enumerators:
            continue
        hit = first_seq_at(toks, k + 1, lx.enumerators)
        v = k + 1 + len(hit[0]) if hit else None
        if v is not None and v < len(toks) and lx.is_verb(toks[v]) and any(
                lx.is_verb(t) and not t.low.startswith(("di", "ter")) for t in toks[:k]):
            out.append((a, toks[k - 1].end, turned))
            a, turned = toks[v].start, False
            # "..., seperti memberi tanda suka, memberi komentar, maupun membagikan ...": each
            # example with its own verb is an act, as after a cue's marker (acts.split_points);
            # a part without its own verb ("memberi tanda suka, komentar, dan membagikan ...")
            # makes the run one act
            own_verbs = all(lx.opens_act(toks[n]) for c in range(v, len(toks) - 1) if toks[c].text == ","
                            and (n := skip(toks, c + 1, lx.coordinators)) < len(toks))
            for p in (split_points(lx, toks, v, len(toks), kind, and_verbs=False) if own_verbs else ()):
                e = p - 1
                while e > v and (not toks[e].text[0].isalnum() or toks[e].low in lx.coordinators):
                    e -= 1
                if toks[e].start > a:
                    out.append((a, toks[e].end, False))
                    a = toks[p].start
            break
    return out + [(a, end, turned)]


def _polarity_turn(lx: Lexicon, toks: list[Tok], k: int, negated: bool) -> Optional[int]:
    """Index of the act after the comma at k (past "dan" / "serta") when it turns the item's
    polarity: a negated act after a positive one ("A, tidak B") or an active verb after a
    negated one ("tidak A, dan menghindari B"); None otherwise."""
    n = skip(toks, k + 1, lx.coordinators)
    if n + 1 >= len(toks):
        return None
    if not negated:
        ok = toks[n].low in lx.negators and lx.is_verb(toks[n + 1]) and toks[n + 1].low not in lx.negators \
            and not _descriptive_negation(lx, toks, n)
    else:
        neg = next((j for j in range(k - 1, -1, -1) if toks[j].low in lx.negators), None)
        ok = lx.is_verb(toks[n]) and toks[n].low.startswith(("me", "ber")) and toks[n].low not in lx.negators \
            and toks[n].low not in lx.item_non_heads and neg is not None \
            and any(not lx.is_verb(t) and t.text[0].isalnum() and t.low not in lx.coordinators
                    for t in toks[neg + 1:k]) \
            and toks[n + 1].text != "," and toks[n + 1].low not in lx.coordinators
        # ("tidak mengunggah, membagikan, atau mengomentari konten ...": verbs under one negator
        #  that share their object are one act, not a turn)
    return n if ok else None


def _full_line(paragraphs: list[Paragraph], pi: int) -> bool:
    """Whether paragraph ``pi`` is a full line of a hard-wrapped passage (see WRAP_*)."""
    lo = max(0, pi - WRAP_WINDOW)
    near = [p.text.strip() for p in paragraphs[lo:pi + WRAP_WINDOW + 2]]
    width = max(len(t) for t in near[:-1])
    if width > WRAP_MAX_WIDTH or len(near[pi - lo]) < WRAP_FULL_SHARE * width:
        return False
    # other lines nearby that stop mid-sentence and go on in lower case on the next line
    wrapped = sum(bool(t) and t[-1] not in WRAP_TERMINAL and near[k + 1][:1].islower()
                  for k, t in enumerate(near[:-1]) if k != pi - lo)
    return wrapped >= WRAP_OPEN_LINES


def _runs_on(lx: Lexicon, a: Paragraph, b: Paragraph, full) -> bool:
    """Whether line ``a`` runs on into line ``b`` (``full()``: whether ``a`` is a full line
    of a wrapped passage, asked only when it decides)."""
    head = a.text.rstrip()
    if b.list_marker or b.quote or not head or head[-1] in WRAP_TERMINAL:
        return False
    first = b.text.lstrip()[:1]
    words = head.split()
    if not (first.islower() or first.isupper()) or len(words) < WRAP_MIN_WORDS:
        return False
    if first.islower():
        # two lines that each open with a verb are items of a list in lower case
        # ("ikut dalam arak-arakan calon" / "menempel stiker calon")
        btoks, atoks = tokenize(b.text[:40]), tokenize(a.text[:40])
        last = words[-1].lower()
        if btoks and atoks and lx.is_verb(btoks[0]) and lx.is_verb(atoks[0]) \
                and last not in lx.coordinators and last not in lx.prepositions and last != "yang":
            return False                 # (a line cut after "dan", "di", "yang" runs on)
        return True
    tail = b.text.split()
    if len(tail) <= WRAP_TAIL_MAX_WORDS and b.text.rstrip()[-1:] in ".;":
        if verdict(lx, b.text, Sentence(start=0, end=len(b.text), text=b.text, paragraph=0)) is not None:
            return False                 # "Menjadi juru kampanye" / "Dilarang.": a ruling of the line above
        return True                      # "... melalui Kepala" / "BKPSDM;": the item's last words
    atoks = tokenize(head[:40])
    if atoks and atoks[0].text[:1].islower() and lx.is_verb(atoks[0]) and not words[-1][0].isupper():
        return False                     # "menempel stiker calon" / "Menurutnya, ...": an item in lower case ends
    if tail[0].isupper() or len(words) < WRAP_CAPITAL_MIN_WORDS or not words[-1].isalpha() \
            or is_headline(a.text) or is_headline(b.text) or not full():
        return False
    if words[-1][0].isupper():
        return True                      # "... di Kantor Desa" / "Mekarsari ...": one name across the break
    btoks = tokenize(b.text[:40])
    return bool(btoks) and not lx.is_verb(btoks[0]) and btoks[0].low not in lx.negators \
        and ordinal_opener(lx, btoks) == 0


def join_wrapped(text: str, paragraphs: list[Paragraph], sentences: list[Sentence], lx: Optional[Lexicon] = None
                 ) -> tuple[list[Paragraph], list[Sentence]]:
    """Rejoin the lines of a hard-wrapped passage that the cleaner left one paragraph a
    line (an OCR'd circular pasted into a web page: "1. Tidak memasang spanduk ... bakal"
    / "calon di kantor ...;"): a line that stops mid-sentence runs on into the next line
    that opens in lower case, and, when it is a full line of a wrapped passage, into a
    next line that opens with a capital and not as an item (a per-line decision, see
    WRAP_*). The sentence cut at the line break is one sentence again; offsets stay
    those of the text."""
    if lx is None:
        from ..settings import resolve
        lx = resolve(None).component("clauses.lexicon")
    target = list(range(len(paragraphs)))
    out: list[Paragraph] = []
    for pi, p in enumerate(paragraphs):
        if out and _runs_on(lx, out[-1], p, lambda: _full_line(paragraphs, pi - 1)):
            a = out[-1]
            out[-1] = replace(a, end=p.end, text=text[a.start:p.end])
        else:
            out.append(p)
        target[pi] = len(out) - 1
    if len(out) == len(paragraphs):
        return paragraphs, sentences
    sents: list[Sentence] = []
    last_src = -1                        # original paragraph of the last sentence kept
    for s in sentences:
        new_pi = target[s.paragraph]
        if sents and sents[-1].paragraph == new_pi and s.paragraph != last_src:
            prev = sents[-1]             # the sentence the line break cut: one again
            sents[-1] = Sentence(start=prev.start, end=s.end, text=text[prev.start:s.end], paragraph=new_pi)
        else:
            sents.append(Sentence(start=s.start, end=s.end, text=s.text, paragraph=new_pi))
        last_src = s.paragraph
    return out, sents


# a verb of listing with an enumeration marker after it ("... mencakup antara lain") may stand
# this many words after the noun of rule, with no punctuation between
RULE_LIST_VERB_GAP = 10
# "Larangan tersebut meliputi ...": the enumeration marker stands within this many words of
# the noun of rule; a first part of at most RULE_LIST_FILLER_WORDS words without an act
# ("banyak hal") is a filler; cues.json rule_list_openers open a range of acts ("mulai dari A, hingga B").
RULE_NOUN_GAP = 4
# A line judged by a bare ruling on the next line names its act in at most this many words.
JUDGED_LINE_MAX_WORDS = 16
# A reporting frame before a sentence's noun of rule ("Ia merinci, larangan ...") has at most
# this many words; the cheap test reads this many characters of a sentence's head.
RULE_NOUN_FRAME_WORDS = 4
# ... or this many when it opens with a word of source ("Menurut <title and name>, larangan ...").
SOURCE_FRAME_WORDS = 16
RULE_NOUN_HEAD_CHARS = 80

RULE_LIST_FILLER_WORDS = 3
# An ordinal item of an excerpt that opens mid-list looks this many paragraphs ahead for a
# later ordinal item stating a rule (items on lines of their own, a quote or a "Baca Juga"
# line between them).
EXCERPT_ITEM_PARAGRAPHS = 8


# A heading that names a kind by a noun of rule above a marked list ("12 Poin Larangan bagi
# Pegawai dalam Pilkada 2024") is at most this many words.
MAX_LIST_HEADING_WORDS = 12
# A section heading item ("B. Larangan bagi ASN") above sub-items is at most this many words.
MAX_SECTION_WORDS = 8
# A cue-less inline item is an act when a verb stands among its first this many words.
INLINE_VERB_WINDOW = 3
# A preamble label ("Menimbang", "Memperhatikan") and its colon stand within this many characters.
PREAMBLE_LABEL_CHARS = 20
# A list of this many unmarked items, each with a label, ends at an item without one.
MIN_LABELLED_ITEMS = 2
# A paragraph that interrupts a list (a "Baca juga" line, a photo caption) is at most this long.
MAX_INTERRUPTION_SENTENCES = 4
MAX_INTERRUPTION_CHARS = 300


def _follows(last: str, nxt: str, top_style: Optional[str]) -> bool:
    """Whether marker ``nxt`` is the one after ``last`` in a list of ``top_style``: the next
    number ("2." -> "3."), the next letter ("b)" -> "c)") or the same bullet."""
    styles = {marker_style(nxt, top_style), marker_style(last, top_style)}
    if styles != {top_style} and not (top_style in LETTER_STYLES and styles <= set(LETTER_STYLES)):
        return False                     # "b)" then "c." of one writer are one list too
    a, b = last.strip("().: "), nxt.strip("().: ")
    if top_style == "num":
        a = "1" if a in ("l", "I") else a
        return a.isdigit() and b.isdigit() and int(b) == int(a) + 1
    if top_style in ("alpha", "alpha)"):
        if len(b) > 1 or (a.lower() == "i" and b.lower() == "ii"):   # "(i)" / "(ii)", "iv." / "v.": roman
            ra, rb = roman_value(a), roman_value(b)
            return ra is not None and rb == ra + 1
        return len(a) == len(b) == 1 and ord(b.lower()) == ord(a.lower()) + 1
    return a == b


# A subheading is at most this many words, each capitalised, with no sentence punctuation.
MAX_SUBHEADING_WORDS = 6


def _read_also(lx: Lexicon):
    """The "Baca juga: ..." line patterns of boilerplate.json (the cleaner removes such
    lines; one that reaches the walk links another story and states no rule here),
    compiled once per lexicon (so per Settings)."""
    if not hasattr(lx, "_read_also"):
        pats = lx.settings.data("boilerplate.json").get("line", {}).get("read-also", [])
        lx._read_also = re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None
    return lx._read_also


def _trim_joiner(lx: Lexicon, text: str, start: int, end: int) -> int:
    """End of a clause without the word that joins it to the next item ("Memasang baliho
    calon; serta" / "..., dan"): a coordinator after a comma or semicolon at its end
    belongs to neither item."""
    tail = text[max(start, end - 8):end].lower()
    if not any(tail.endswith(w) for w in lx.coordinators):
        return end                       # the cheap test first
    toks = tokenize(text[max(start, end - 12):end], max(start, end - 12))
    if len(toks) >= 2 and toks[-1].low in lx.coordinators and toks[-2].text in (",", ";") \
            and toks[-2].start > start:
        end = toks[-2].start
        while end > start and text[end - 1] == " ":
            end -= 1
    return end


# A row of a tally under a lead-in ("- Berfoto dengan pose jari: 4 kasus", "Kecamatan Hulu: 12
# orang"): a label and a count after its colon report how often, no act to forbid or require.
COUNT_ROW_RE = re.compile(r":\s*\d[\d.,]*\s*(?:%|[^\W\d]+)?\s*[.;]?\s*$")


def _subheading(lx: Lexicon, text: str) -> bool:
    """A short title-case line between paragraphs ("Dilarang Ikut Kampanye", "Larangan Dukungan
    kepada Calon": small words in lower case, cues.json headline_small_words): a heading."""
    body = text.strip()
    if not body or body[-1] in ".!?:;,\"”'’)" or body[0] in "\"“'‘(":
        return False
    words = body.split()
    return 2 <= len(words) <= MAX_SUBHEADING_WORDS and words[-1][0].isupper() \
        and all(w[0].isupper() or not w[0].isalpha() or (k and w.lower() in lx.headline_small_words)
                for k, w in enumerate(words))


def _bare_cue(text: str, d: Draft) -> bool:
    """A clause that is nothing but its cue ("Tidak boleh." answering a question)."""
    return text[d.start:d.end].strip(" .,!").lower() == d.cue.lower()


def _verdict_before_comma(text: str, d: Draft) -> bool:
    """A clause that is its cue alone before a comma ("Tidak boleh, (timses) ...",
    "Dilarang, pokoknya ..."): a verdict said ahead of the rule it stresses."""
    span = text[d.start:d.end]
    head = span.split(",", 1)[0]
    after = text[d.start + len(head):d.end + 2].lstrip()
    return head.strip(" .!").lower() == d.cue.lower() and after.startswith(",")


def _continues(lx: Lexicon, text: str, sent: Sentence) -> bool:
    """A sentence that opens with a negated continuer ("Kemudian tidak ...", "Apalagi ...")."""
    if first_word(sent.text) not in lx.continuers:
        return False
    toks = unquoted_tokens(sent.text, sent.start)
    return bool(toks) and bool(lx.continuers.get(toks[0].low)) and any(
        seq_at(toks, 0, seq) for seq, _ in lx.continuers[toks[0].low])


def _negated_predicate(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """An item whose main predicate is negated ("Balai desa tidak dipakai untuk ..."): a
    negator before a verb ahead of any relative, purpose or condition clause ("... yang
    tidak hadir", "... apabila tidak dapat ..." describe, they do not forbid)."""
    toks = tokenize(text[start:end], start)
    for k, t in enumerate(toks[:-1]):
        if t.text == "," and k > 0 and not any(lx.is_verb(x) for x in toks[:k]) and lx.actor_term_at(toks, 0):
            continue                   # "Kepala desa, perangkat desa dan anggota BPD tidak menjadi ...": the subjects
        if t.low == "yang" or t.low in lx.complementizers or t.low in lx.conditionals or t.low in lx.manner_heads \
                or t.text in (",", ";", ":"):
            return False
        if t.low.startswith("me") and lx.is_verb(t) and t.low not in lx.verb_starters:
            return False               # "memastikan fasilitas kantor tidak digunakan ...": a duty to ensure,
            #                            the negator is inside its active verb's object
        if t.low in lx.negators:
            nxt = toks[k + 1]
            return lx.is_verb(nxt) and nxt.low not in lx.descriptive_after_negation and nxt.low not in lx.negators
    return False


# An actor's place before an adverb of time from now on has at most this many words.
STANDING_PLACE_WORDS = 5

# A contrast and a negating frame open their sentence within this many characters.
NEGATING_FRAME_CHARS = 60

# A law said to state a rule ("UU itu menyebut ...") names its verb of saying within this many
# words after the law's noun.
SOURCE_SAYS_REACH = 3

# words between a principle and its definition marker ("..., yang berarti", "mengandung arti")
DEFINITION_LINKS = frozenset({"yang", "dalam", "mengandung", "memiliki", "punya"})


# A subjectless negated act that opens a paragraph is a rule when one of the next this many
# sentences of its paragraph states one.
NEGATED_OPEN_LOOKAHEAD = 2


def _opens_negated_act(lx: Lexicon, text: str, sent: Sentence) -> bool:
    """A sentence with no subject that opens with a capitalised negator and an act verb
    ("Tidak memberikan fasilitas kantor kepada ..."), not a description ("Tidak hadir ...",
    "Tidak ada ...") or a reach ("Tidak hanya ...")."""
    toks = unquoted_tokens(sent.text[:160], sent.start)
    if not (len(toks) > 2 and toks[0].text[0].isupper() and toks[0].low in lx.negators
            and lx.is_verb(toks[1]) and toks[1].low not in lx.descriptive_after_negation
            and toks[1].low not in lx.negators and toks[1].low not in lx.not_only_words
            and toks[1].low not in lx.negated_asides and toks[2].text != ","):
        return False
    c = next((k for k, t in enumerate(toks) if t.text == ","), None)
    if c is None:
        return True
    k = skip(toks, c + 1, lx.coordinators)
    if k >= len(toks) or lx.is_verb(toks[k]) or toks[k].low in lx.negators or toks[k].low in lx.act_openers \
            or toks[k].low in lx.examples:
        return True                    # "..., dilarang memberikan arahan", "..., termasuk meminjamkan ..."
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j].text in (",", ".", ";") or toks[j].low == "yang":
            return True
        if lx.is_verb(toks[j]) and toks[j].low not in lx.negators:
            return False               # "Tidak menemukan pelanggaran, Panwascam menutup ...": a fronted
            #                            clause before its own subject and verb
    return True


def _opening_negated_act(lx: Lexicon, text: str, sent: Sentence, first: Draft, pi: int) -> list[Draft]:
    """'"Tidak memberikan fasilitas kantor kepada calon, dilarang memberikan arahan ...":
    the negated act before the comma that opens the sentence's rule is a prohibition too."""
    toks = unquoted_tokens(text[sent.start:first.start], sent.start)
    if not toks or toks[-1].text != "," or any(t.text in (";", ":", ".") for t in toks):
        return []
    end = toks[-1].start
    return [replace(first, start=toks[0].start, end=end, kind="prohibition", paragraph=pi,
                    extra={"continuation": True})]


def _cites_source(lx: Lexicon, toks: list[Tok]) -> bool:
    """A sentence that only cites where the rule before it stands ("Hal ini sesuai Pasal 9 PP
    94/2021.", "(Pasal 5 huruf n PP 94/2021)", "Sesuai UU ASN."): a
    reference head or a bracket first, then a source named, no verb of its own."""
    words = [t for t in toks if t.text[0].isalnum()]
    if not words or not toks[0].text[0].isalnum() and toks[0].text != "(":
        return False
    subject = next((q for q in lx.citation_subjects if len(words) > len(q) and seq_at(words, 0, q)), ())
    k = len(subject)                                  # ("Hal ini sesuai ...": the rule before, referred to)
    opened = toks[0].text == "(" or words[k].low in lx.reference_heads
    rest = words[k + 1:] if words[k].low in lx.reference_heads else words[k:]
    return opened and source_within(lx, rest, 0, len(rest)) \
        and not any(lx.is_verb(t) and t.low not in lx.reference_heads and not t.low.startswith("di")
                    for t in rest)


def _names_document(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """An item about the document itself ("Instruksi ini mulai berlaku pada tanggal
    ditetapkan", "Surat edaran ini berlaku sejak ..."): a closing provision, no rule."""
    toks = tokenize(text[start:end], start)
    hit = first_seq_at(toks, 0, lx.circular_terms_by_first) if toks else None
    size = len(hit[0]) if hit else 1 if toks and toks[0].low in lx.document_nouns else 0
    return size > 0 and any(first_seq_at(toks, k, lx.back_demonstratives) for k in range(1, min(len(toks), size + 2)))


def _opens_act(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """An item that opens with a verb or a negator ("Memasang ...", "Tidak ..."), not a
    name or a citation ("Undang-Undang Nomor 5 ...")."""
    toks = tokenize(text[start:end], start)
    return bool(toks) and (lx.is_verb(toks[0]) or toks[0].low in lx.negators)


def _active_act(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """An item that opens with an active transitive verb ("Menolak pemberian ...",
    "Melaporkan ..."), not a passive ("Dilaksanakan ..."), a state ("Berusia paling rendah
    17 tahun", "Memiliki KTP": conditions of a list of requirements) or a noun."""
    toks = tokenize(text[start:min(end, start + 40)], start)
    return len(toks) > 1 and lx.is_verb(toks[0]) and toks[0].low.startswith("me") \
        and toks[0].low not in lx.item_non_heads and toks[0].low not in lx.requirement_verbs


def _negated_act(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """An item that is a negated verb phrase ("Tidak menggunakan ..."), not a description."""
    toks = tokenize(text[start:end], start)
    return len(toks) > 2 and toks[0].low in lx.negators and lx.is_verb(toks[1]) \
        and toks[1].low not in lx.descriptive_after_negation and toks[1].low not in lx.negators


# A sentence of at most this many words that opens a list item and is followed by a
# sentence with its own cue and actor is the item's heading ("Memakai jabatan. Pejabat
# struktural tidak boleh ...").
MAX_HEADING_WORDS = 4


def _heading_sentence(lx: Lexicon, sentences: list[Sentence], sidx: list[int], first: Draft) -> bool:
    if len(sidx) < 2 or first.start < sentences[sidx[1]].start or not first.actor:
        return False
    words = [t for t in tokenize(sentences[sidx[0]].text) if t.text[0].isalnum()]
    return len(words) <= MAX_HEADING_WORDS


def _skip_label(lx: Lexicon, text: str, start: int, end: int) -> int:
    """Past a label before a colon at an item's start ("Foto bersama: ...",
    "Pasal 5 huruf n angka 5: ...") or an ordinal ("Kedua, ..."): a heading, not content."""
    toks = tokenize(text[start:min(end, start + 40)], start)
    k = ordinal_opener(lx, toks)
    if k and k < len(toks):
        return toks[k].start
    head = text[start:end]
    colon = head.find(":")
    if 0 < colon <= lx.max_label_chars and head[colon + 1:colon + 2] == " ":
        label = tokenize(head[:colon])
        if label and not any(lx.is_cue_token(t.low) for t in label):
            k = start + colon + 1
            while k < end and text[k] == " ":
                k += 1
            return k
    return start


def _head_end(lx: Lexicon, text: str, start: int, cue_start: int) -> int:
    """End of an act before an item's first cue, or ``start`` when the words before the
    cue are only its actor ("Mereka tidak boleh ...")."""
    toks = tokenize(text[start:cue_start], start)
    while toks and (toks[-1].text in (",", ";") or toks[-1].low in lx.coordinators or toks[-1].low in lx.contrasts):
        toks.pop()
    if len(toks) < 2 or not any(t.text in (",", ";") for t in tokenize(text[start:cue_start], start)):
        return start
    if lx.actor_term_at(toks, 0) and not any(lx.is_verb(t) for t in toks):
        return start                  # "Guru, pelatih ekskul dan kepala desa dilarang ...": a list of actors
    return toks[-1].end


# A frame set off by a comma before such a subject ("Apa pun bentuknya, itu ...") has at most this many words.
MAX_BACK_REFERENCE_FRAME = 4
# A subject that only refers back ("hal itu", "kegiatan tersebut") has at most this many words.
MAX_BACK_REFERENCE_WORDS = 4
# ... so the sentence's start lies within this many characters before the cue.
BACK_REFERENCE_WINDOW = 80


def _past_back_reference(lx: Lexicon, before: str) -> str:
    """The text before a cue without a subject that only refers back at the sentence's head
    ("Pastinya, hal itu | diperbolehkan.", "Hal tersebut | dilarang."): the judgement of an
    act named elsewhere, which gives no clause; ``before`` as it is otherwise."""
    tail = before[-BACK_REFERENCE_WINDOW:]            # (a window: no scan of a long sentence per draft)
    cut = max(tail.rfind(c) for c in '.!?"“”\n')
    if cut < 0 and len(before) > len(tail):
        return before
    toks = tokenize(tail[cut + 1:])
    inference = first_seq_at(toks, 0, lx.inference_openers) if toks else None
    k = len(inference[0]) if inference else int(bool(toks) and (toks[0].low in lx.discourse_openers
                                                                 or toks[0].low in lx.contrasts))
    if k < len(toks) and toks[k].text == ",":
        k += 1                                        # "Pastinya, hal itu ...", "Makanya hal ini ..."
    elif k == 0 and (comma := next((x for x in range(1, min(len(toks), MAX_BACK_REFERENCE_FRAME + 1))
                                    if toks[x].text == ","), None)) is not None \
            and not any(lx.is_cue_token(t.low) or t.low in lx.conditionals for t in toks[:comma]):
        k = comma + 1                                 # "Menurutnya, itu ...", "Apa pun bentuknya, itu ...": a frame
        #                                               ("Kalau hadir saja, itu boleh": the condition is the act)
    words = toks[k:]
    if not words or len(words) > MAX_BACK_REFERENCE_WORDS or not any(t.low in lx.clause_anaphors or t.low == "tersebut"
                                                                     for t in words) \
            or not all(t.low in lx.anaphors or t.low in lx.adverbs for t in words):
        return before
    return before[:len(before) - len(tail) + cut + 1].rstrip()


def _cue_alone(lx: Lexicon, text: str, d: Draft) -> bool:
    """Whether a draft is a sentence of its cue and nothing else but adverbs and negators
    ("Dilarang,\" ujarnya", "Tidak boleh.", "Dilarang keras."): it names no act and no actor,
    so it states no rule of its own (the verdict on an act said before, or an answer to a
    question)."""
    if d.actor or d.list_marker:
        return False
    cs = text.find(d.cue, d.start, d.end) if d.cue else -1
    if cs > d.start:                  # "Makanya hal ini dilarang": the draft opens on the back reference
        before = _past_back_reference(lx, text[:cs].rstrip())
        if len(before) > d.start:
            return False
    else:
        cs = d.start
        before = _past_back_reference(lx, text[:d.start].rstrip())
    after = text[d.end:].lstrip()
    if (before and before[-1] not in '.!?"“”') or (after and after[0] not in '.,!?"”'):
        return False                  # "..., sudah sangat jelas tidak diperbolehkan": the verdict on the act
        #                               before it in its sentence
    ctoks = tokenize(d.cue or "")
    a = skip(ctoks, 0, lx.negators)
    hit = first_seq_at(ctoks, a, lx.entries_by_first) if a < len(ctoks) else None
    if hit is None or hit[1]["role"] != "modal" or hit[1].get("imperative") or a + len(hit[0]) < len(ctoks):
        return False                  # "tegur langsung", "tolak wae": the order is its verb;
        #                               "itu yang tidak boleh": a judgement of the act before
    cue = {t.low for t in ctoks}
    dtoks = tokenize(text[cs:d.end], cs)
    reason = next((k for k in range(1, len(dtoks) - 1) if dtoks[k].text == "," and dtoks[k + 1].low in lx.reason_openers),
                  len(dtoks))
    return all(t.low in cue or t.low in lx.adverbs or t.low in lx.negators or not t.text[0].isalnum()
               for t in dtoks[:reason])   # "hal itu tidak diperbolehkan, karena ...": a reason after the verdict


def _dangling(lx: Lexicon, text: str, d: Draft) -> Optional[int]:
    """A draft that ends on a word that needs more after it (cues.json dangling_ends: a
    complementizer, an agent marker, a connective): None when it does not; the end of the
    act before a comma when the word follows one (", sehingga"); else 0, a fragment."""
    toks = tokenize(text[d.start:d.end], d.start)
    if len(toks) < 2 or toks[-1].low not in lx.dangling_ends:
        return None
    if toks[-1].low in lx.verb_particles and lx.is_verb(toks[-2]):
        return None                   # "dilarang ikut serta": the particle is the verb's
    return toks[-3].end if len(toks) > 2 and toks[-2].text == "," else 0


# A campaign call names its candidate within this many words of its verb ("mendukung Caleg DPR RI",
# "memilih pasangan nomor urut 2", "memenangkan pasangan calon X").
CAMPAIGN_OBJECT_REACH = 3


def _campaign_call(lx: Lexicon, text: str, d: Draft) -> bool:
    """Whether an obligation's act supports or elects a candidate (cues.json
    campaign_support_verbs, candidate_nouns): a campaign call, no rule. Only a duty: a ban on
    the same act is the neutrality rule itself."""
    if d.kind != "obligation":
        return False
    start = d.extra.get("content", d.start)
    toks = tokenize(text[start:d.end], start)
    v = skip(toks, skip(toks, 0, lx.complementizers), lx.adverbs)
    if v >= len(toks) or toks[v].low not in lx.campaign_support_verbs \
            or any(t.low in lx.complementizers for t in toks[v + 1:]):
        return False                  # ("... untuk memilih calon tertentu agar segera melapor": the act is later)
    return any(t.low in lx.candidate_nouns and toks[k - 1].low not in lx.universal_determiners
               for k, t in enumerate(toks[v + 1:v + 1 + CAMPAIGN_OBJECT_REACH], v + 1))
    #                                   ("harus mendukung seluruh kandidat": no candidate favoured)


def _ends_at_cue(lx: Lexicon, text: str, d: Draft) -> bool:
    """Whether a draft ends on its own cue word (adverbs and stacked modals after it) while
    another cue follows it at once ("keluarga harus | dipersilakan ...", "ASN ... harus | harus
    mengajukan ...", "guru semestinya memang wajib | dilarang mengunggah ..."): the act went to the
    next cue's clause, so the draft is a fragment with an empty act. A filler
    after the cue ("Kampanye tidak boleh | diikuti.") leaves the judged act as it is."""
    if not d.cue:
        return False
    head = max(d.start, d.end - 60)
    ctoks, toks = tokenize(d.cue), tokenize(text[head:d.end], head)
    n = len(ctoks)
    own = {t.low for t in ctoks}
    while len(toks) > n and (toks[-1].low in lx.adverbs or (lx.is_cue_token(toks[-1].low) and toks[-1].low not in own)):
        toks = toks[:-1]                          # "ASN semestinya memang (wajib) | dilarang ...": adverbs and
        #                                           modals stacked after the cue, no act
    if len(toks) <= n or [t.low for t in toks[-n:]] != [t.low for t in ctoks]:
        return False
    nxt = tokenize(text[d.end:text.find("\n", d.end) if "\n" in text[d.end:d.end + 200] else d.end + 200], d.end)
    neg = skip(nxt, 0, lx.negators)               # "Lurah wajib | tidak boleh memihak"
    if neg >= len(nxt) or not nxt[neg].text[0].isalpha() or not lx.is_cue_token(nxt[neg].low):
        return False
    hit = first_seq_at(nxt, neg, lx.entries_by_first)
    # (a modal with its act after it; not "boleh | aja, dia punya hak pilih": a Javanese order word
    # said as a filler)
    return hit is not None and ([t.low for t in nxt[neg:neg + len(hit[0])]] == [t.low for t in ctoks]
                                or hit[1]["role"] == "passive"
                                or (hit[1]["role"] == "modal" and not hit[1].get("imperative")
                                    and (a := neg + len(hit[0])) < len(nxt) and nxt[a].text[0].isalnum()))


def finalise(lx: Lexicon, doc_id: str, text: str, drafts: list[Draft]) -> list[Clause]:
    """Order, de-duplicate identical spans, assign ids, resolve pronoun actors and parents."""
    order = sorted(range(len(drafts)), key=lambda k: (drafts[k].start, drafts[k].end))
    seen, ids, clauses = set(), {}, []
    prev_role = None
    for k in order:
        d = drafts[k]
        if (d.start, d.end) in seen or d.end <= d.start:   # an item of nothing but punctuation has no span
            continue
        if _cue_alone(lx, text, d):
            continue                  # "Dilarang," / "Tidak boleh." alone: a verdict repeated or an answer, no act
        if _ends_at_cue(lx, text, d):
            continue                  # "Menurut dia, keluarga harus" before a verb: the cue cut from its act
        if _campaign_call(lx, text, d):
            continue                  # "meminta masyarakat mendukung Caleg X": campaigning, no rule
        cut = _dangling(lx, text, d)
        if cut == 0:
            continue                  # "berpesan kepada siswa agar": cut at a complementizer, no whole act
        if cut is not None:
            d = replace(d, end=cut)   # "harus steril dari kegiatan politik, sehingga": the act before the comma
        seen.add((d.start, d.end))
        cid = f"{doc_id}:{len(clauses) + 1:03d}"
        ids[k] = cid
        role = lx.actor_role(d.actor)
        if d.actor and role is None and d.actor.lower().split()[0] in lx.pronouns:
            role = prev_role
        prev_role = role or prev_role
        clauses.append(Clause(doc_id=doc_id, clause_id=cid, kind=d.kind, force=d.force, text="", start=d.start,
                              end=d.end, cue=d.cue, cue_canonical=d.cue_canonical, actor=d.actor,
                              actor_normalized=role, parent=None, source=d.source, speaker=d.speaker,
                              list_marker=d.list_marker, circular=None,
                              normalized=normalize_text(strip_lead(text[d.extra.get("content", d.start):d.end],
                                                                    negated=d.kind == "prohibition", settings=lx.settings),
                                                         settings=lx.settings)))
        clauses[-1].parent = d.parent_key  # type: ignore[assignment]  (draft index, mapped below)
    for c in clauses:
        if c.parent is not None:
            c.parent = ids.get(c.parent)  # type: ignore[arg-type]
    return clauses


def extract_clauses(doc_id: str, text: str, paragraphs: list[Paragraph], sentences: list[Sentence], *,
                    settings: Optional[Settings] = None, title: Optional[str] = None) -> list[Clause]:
    """All deontic clauses of a cleaned article, in text order (see the package doc);
    ``title``, the headline, is read only by the document gate."""
    from ..settings import resolve
    settings = resolve(settings)
    lx = settings.component("clauses.lexicon")
    clear_token_cache()      # token reuse is within a document: keep memory flat
    read, paragraphs, sentences = fold_doubled_quotes(lx, text, paragraphs, sentences)
    with document_tokens(read):     # one scan of the text; its spans' tokens are slices of it
        drafts = DocumentWalk(lx, read, paragraphs, sentences).run()
        return gate(lx, read, finalise(lx, doc_id, text, drafts), settings, title)


def fold_doubled_quotes(lx: Lexicon, text: str, paragraphs: list[Paragraph], sentences: list[Sentence]):
    """The text as the walk reads it: two single marks used as one double quote mark
    ("‘’ASN dilarang ...,’’ katanya", "''...''") become the double mark plus a space on the
    outer side, so that offsets are kept and quotes and speech are read as with “…”.
    Paragraphs and sentences are re-cut from the copy, past the added spaces."""
    if lx.doubled_quote_re is None or not lx.doubled_quote_re.search(text):
        return text, paragraphs, sentences
    out = list(text)
    for m in lx.doubled_quote_re.finditer(text):
        a, b = m.start(), m.end()
        opening = (a == 0 or text[a - 1].isspace() or text[a - 1] in "([") and b < len(text) and not text[b].isspace()
        mark = lx.doubled_quotes[m.group()][0 if opening else 1]
        out[a:b] = [" ", mark] if opening else [mark, " "]
    read = "".join(out)

    def cut(start: int, end: int) -> tuple[int, int]:
        while start < end and read[start].isspace() and not text[start].isspace():
            start += 1
        while end > start and read[end - 1].isspace() and not text[end - 1].isspace():
            end -= 1
        return start, end

    paras = []
    for p in paragraphs:
        s, e = cut(p.start, p.end)
        paras.append(replace(p, start=s, end=e, text=read[s:e]))
    sents = []
    for t in sentences:
        s, e = cut(t.start, t.end)
        sents.append(replace(t, start=s, end=e, text=read[s:e]))
    return read, paras, sents
