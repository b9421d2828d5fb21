"""Lists: lead-ins ("... sebagai berikut:"), the kind and actor they pass to cue-less
items, and the shape that tells an item from the sentence that ends the list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..models import Paragraph, Sentence
from .acts import states_sanction
from .cues import find_cues, actor_before, negated_kind
from .lexicon import Lexicon, first_seq_at, is_lead_in, seq_at, skip, tokenize, unquoted_tokens

# An unmarked item is at most this long (a paragraph of prose ends the list).
MAX_ITEM_SENTENCES = 2
MAX_ITEM_CHARS = 400
# A label before a colon at an item's start is at most this many tokens ("Pasal 5 huruf n angka 5").
MAX_LABEL_TOKENS = 8


def _names_sanction(lx: Lexicon, toks: list, a: int, b: int) -> bool:
    """A sanction term outside the lead's own noun toks[a:b]: a lead-only noun then heads a
    list of penalties ("Adapun hukuman ... sesuai tingkat pelanggaran, yaitu:"), not of acts."""
    return any(t.low in lx.sanction_terms for k, t in enumerate(toks) if not a <= k < b)


def lead_in(lx: Lexicon, text: str, sent: Sentence, colon: bool = True) -> Optional[dict]:
    """Kind, cue and actor a lead-in ("... sebagai berikut:") passes to its list items
    (``colon=False``: the head of an inline list, "..., yakni (1) ...")."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    if colon and not is_lead_in(toks):
        return None
    cues = find_cues(lx, toks)
    if not cues:
        return {"kind": None}
    order = {"lead": 0, "modal": 1, "passive": 1, "directive": 2}
    # "Selain larangan tersebut, edaran juga memuat kewajiban ..., yaitu:": a cue after
    # "selain" names what the list is not
    cues = [c for c in cues if not _set_aside(lx, toks, c.first)] or cues
    if _mixed_kinds(lx, toks, cues):
        return {"kind": None}       # "hal yang boleh dan tidak boleh dilakukan:", "Larangan dan kewajiban ASN:"
    # a noun that names a list only in lead-ins ("tugas", "pelanggaran") yields to any other cue
    m = sorted(cues, key=lambda c: (bool(c.entry.get("lead_only")), order[c.entry["role"]], c.first))[0]
    if m.entry.get("lead_only") and _names_sanction(lx, toks, m.first, m.last):
        return {"kind": None}       # "Adapun hukuman ... sesuai tingkat pelanggaran, yaitu:": a list of sanctions
    actor = m.actor
    if actor is not None and (toks[actor[0]].low in lx.lead_tail or _names_items(lx, toks, *actor)):
        actor = None                # "Berikut hal-hal yang dilarang dilakukan ASN ...:": the party follows
    if actor is None or m.entry["role"] == "lead":
        # the bound party usually follows the cue: "larangan setiap pegawai di X, sebagai berikut:"
        for k in range(m.last, len(toks)):
            if lx.starts_actor(toks, k):
                d = k
                while d > m.last and toks[d - 1].low in lx.determiners:
                    d -= 1
                e = k + 1
                while e < len(toks) and toks[e].text not in (",", ":") and toks[e].low not in lx.complementizers \
                        and toks[e].low not in lx.lead_tail and toks[e].low not in lx.announce_nouns \
                        and toks[e].low not in lx.time_openers \
                        and not seq_at(toks, e, ("sebagai", "berikut")):
                    e += 1
                actor = (d, e)
                break
        else:
            actor = actor or actor_before(lx, toks, m.first)
    if actor and m.entry["role"] == "directive" and not any(lx.starts_actor(toks, k) for k in range(*actor)):
        actor = None                 # "Surat Edaran itu memuat:": no party named after the cue
    if actor:
        # "... kepada seluruh ASN di lingkungan Pemkab hal-hal sebagai berikut": the party
        # ends before the noun of the items
        cut = next((e for e in range(actor[0] + 1, actor[1]) if toks[e].low in lx.announce_nouns
                    or seq_at(toks, e, ("sebagai", "berikut"))), actor[1])
        actor = (actor[0], cut)
    return {"kind": m.kind, "force": m.force,
            "cue": text[toks[m.first].start:toks[m.last - 1].end],
            "cue_canonical": (("tidak " if m.negated else "") + m.entry["cue"]).strip(),
            "actor": " ".join(text[toks[actor[0]].start:toks[actor[1] - 1].end].split()) if actor else None,
            "speaker_span": (toks[0].start, toks[m.first - 1].end) if m.entry["role"] == "directive" and m.first > 0 else None}


# Words that close a lead-in written without a colon ("..., antara lain;", "... yakni",
# "... sebagai berikut."), besides the enumeration markers of cues.json.
OPEN_LEAD_ENDS = (("berikut",), ("berikut", "ini"), ("sebagai", "berikut"))


def _mixed_kinds(lx: Lexicon, toks: list, cues: list) -> bool:
    """Whether two cues of different kinds are joined in the lead-in ("yang boleh dan (yang)
    tidak boleh", "larangan serta kewajiban"): its list holds both, so it passes neither."""
    for a, b in zip(cues, cues[1:]):
        if a.kind != b.kind and b.first > a.last - 1 and all(
                toks[k].low in lx.coordinators or toks[k].low == "yang" for k in range(a.last, b.first)) \
                and any(toks[k].low in lx.coordinators for k in range(a.last, b.first)):
            return True
    return False


def open_lead_in(lx: Lexicon, text: str, sent: Sentence) -> Optional[dict]:
    """A lead-in whose colon is missing or a semicolon ("ada tujuh larangan ..., antara
    lain;", "Beberapa larangan bagi pegawai yakni") above a marked list: it ends with an
    enumeration marker or "berikut", or with a semicolon. As :func:`lead_in`; None when
    the sentence does not end so."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    semicolon = bool(toks) and toks[-1].text == ";"
    while toks and toks[-1].text in (";", ",", "."):
        toks.pop()
    if not toks:
        return None
    ends = semicolon or any(len(toks) >= len(seq) and seq_at(toks, len(toks) - len(seq), seq)
                            for seq in [q for q, _ in sum(lx.enumerators.values(), [])] + list(OPEN_LEAD_ENDS))
    if not ends:
        return None
    li = lead_in(lx, text, sent, colon=False)
    # "Adapun hal yang dilarang dilakukan X antara lain": the cue is in a relative clause
    # a noun that names a list only in lead-ins ("Ragam pelanggaran yang dicatat sebagai
    # berikut;") counts here too: the sentence ends as a lead-in and a marked list follows
    return li if li and li.get("kind") else (nominal_lead(lx, text, toks) or announcement(lx, text, toks)
                                             or nominal_lead(lx, text, toks, lead_only=True) or li)


def nominal_lead(lx: Lexicon, text: str, toks: list, lead_only: bool = False) -> Optional[dict]:
    """The kind a noun of rule names in a lead without a colon ("Beberapa larangan bagi
    pegawai yakni", "tiga larangan, pertama ..."), with the party after it; None without one.
    ``lead_only``: also the nouns that name a rule only in a lead-in ("pelanggaran",
    "tugas"), unless the lead names a sanction (a list of penalties)."""
    for k, t in enumerate(toks):
        e = lx.listing_noun(t.low) if lead_only else lx.nominal_kind(t.low)
        if e is None or e["role"] != "lead" or (k and toks[k - 1].low in lx.negators):
            continue
        if lead_only and _names_sanction(lx, toks, k, k + 1):
            return None
        actor = None
        for a in range(k + 1, min(len(toks), k + 4)):
            hit = lx.actor_term_at(toks, a)
            if hit:
                actor = text[toks[a].start:toks[a + hit[0] - 1].end]
                break
        return {"kind": e["kind"], "force": e["force"], "cue": t.text, "cue_canonical": e["cue"], "actor": actor,
                "speaker_span": None}
    return None


def _names_items(lx: Lexicon, toks: list, a: int, b: int) -> bool:
    """The phrase toks[a:b] before a lead-in's cue is headed by the noun of the items, not
    a party ("Ada beberapa hal yang dilarang bagi ...": "hal" before its "yang")."""
    for k in range(a, b):
        if toks[k].low == "yang":
            return False
        if toks[k].low in lx.announce_nouns:
            return True
    return False


def _set_aside(lx: Lexicon, toks: list, k: int) -> bool:
    """Token k stands in a phrase opened by "selain"/"di samping" before the next comma."""
    for j in range(k - 1, -1, -1):
        if toks[j].text in (",", ";", ":"):
            return False
        if any(seq_at(toks, j, seq) for seq in lx.set_aside):
            return True
    return False


# A heading that names a kind ("Yang dilarang", "Yang boleh dilakukan ASN") is at most this many words.
MAX_HEADING_WORDS = 5
# At most this many words stand between the noun of items and its "yang".
ANNOUNCE_NOUN_GAP = 4


def announcement(lx: Lexicon, text: str, toks: list) -> Optional[dict]:
    """A sentence or heading that announces the items after it by a noun of items and a
    relative cue, with no colon ("ada tujuh hal yang tidak boleh dilakukan prajurit",
    "5 Hal yang Haram Dilakukan Anggota KPPS", "poin-poin yang wajib dilakukan camat"):
    the kind, cue and actor it passes to the items (a duty to follow the items, "hal yang
    wajib dipatuhi", makes each a duty); None when it is no such sentence."""
    if not any(t.low == "yang" for t in toks):
        return None
    asked = _asked_items(lx, toks)
    for k in range(len(toks) - 2):
        # a noun of items, or any noun after a count ("sepuluh pose yang dilarang", "5 hal yang ..."),
        # or the question word of a question heading ("Apa saja yang dilarang bagi ASN?")
        if toks[k].low not in lx.announce_nouns and k + 1 != asked and not (
                k and (toks[k - 1].low.isdigit() or toks[k - 1].low in lx.number_words) and toks[k].text[0].isalpha()):
            continue
        # "hal yang", "penekanan pimpinan TNI yang": a few words may name whose items they are
        y = next((j for j in range(k + 1, min(len(toks), k + 2 + ANNOUNCE_NOUN_GAP))
                  if toks[j].low == "yang" or not toks[j].text[0].isalnum()), None)
        if y is None or toks[y].low != "yang":
            continue
        c = skip(toks, y + 1, lx.adverbs)
        if (v := _framed_violation(lx, toks, c)) is not None:
            # "berbagai tindakan yang dianggap sebagai pelanggaran netralitas", "perbuatan yang
            # termasuk jenis pelanggaran disiplin": the acts listed next are forbidden
            return {"kind": "prohibition", "force": "mandatory", "cue": toks[v].text,
                    "cue_canonical": lx.listing_noun(toks[v].low)["cue"], "actor": None, "speaker_span": None}
        c = skip(toks, c, lx.announce_framers)         # "kegiatan yang disebut terlarang"
        c = skip(toks, c, lx.adverbs)
        negated = c < len(toks) and toks[c].low in lx.negators
        if negated:
            c += 1
        hit = first_seq_at(toks, c, lx.entries_by_first) if c < len(toks) else None
        if (hit is None or hit[1]["role"] not in ("modal", "passive")) and not negated \
                and toks[k].low in lx.kind_nouns and _names_violations(lx, toks, k) \
                and (e := lx.listing_noun(toks[k + 1].low)) is not None:
            # "setiap jenis pelanggaran yang bisa saja diperbuat bidan": kinds of violation
            # name forbidden acts, whatever the relative says of them
            actor = next((text[toks[a].start:toks[a + hit_a[0] - 1].end] for a in range(y + 1, min(len(toks), y + 6))
                          if (hit_a := lx.actor_term_at(toks, a))), None)
            return {"kind": "prohibition", "force": e["force"], "cue": toks[k + 1].text,
                    "cue_canonical": e["cue"], "actor": actor, "speaker_span": None}
        if hit is None or hit[1]["role"] not in ("modal", "passive"):
            continue                                  # "hal yang diminta dilakukan": passives too
        seq, e = hit
        after = skip(toks, c + len(seq), lx.adverbs)
        kind = negated_kind(e, e["kind"]) if negated else e["kind"]
        if after < len(toks) and toks[after].low in lx.compliance_verbs:
            # "lima penekanan yang wajib dipatuhi, yakni (1) tidak A; (2) B": each item is a
            # duty (a negated one a prohibition)
            if kind != "obligation":
                return None
        elif kind == "obligation" and after < len(toks) and toks[after].low in lx.avoid_verbs:
            kind = "prohibition"                      # "hal-hal yang harus dihindari ASN"
        elif negated and kind == "prohibition" and after < len(toks) and _litotes_passive(lx, toks[after].low):
            kind = "obligation"                       # "dua hal yang tidak boleh dilupakan warga"
        if kind != "none" and _names_violations(lx, toks, k):
            # "sembilan pelanggaran yang harus dijaga pegawai. Pertama, ...": the items are
            # violations whatever duty the relative cue puts on them (guard against, watch)
            kind = "prohibition"
        if kind == "none" or (asked is not None and _second_cue(lx, toks, c + len(seq))):
            return None                               # "Apa saja yang boleh dan tidak boleh ...?": mixed
        # the bound party after the act verb ("... dilakukan prajurit", "... bagi ASN")
        actor = None
        for a in range(c + len(seq), min(len(toks), c + len(seq) + 4)):
            hit_a = lx.actor_term_at(toks, a)
            if hit_a:
                actor = text[toks[a].start:toks[a + hit_a[0] - 1].end]
                break
        first = c - 1 if negated else c
        return {"kind": kind, "force": e["force"], "cue": text[toks[first].start:toks[c + len(seq) - 1].end],
                "cue_canonical": (("tidak " if negated else "") + e["cue"]).strip(), "actor": actor,
                "speaker_span": None}
    return None


def pledge_announcement(lx: Lexicon, text: str, toks: list) -> Optional[dict]:
    """A sentence that counts the points of a pledge ("Ada lima butir ikrar.", "Ikrar itu berisi
    tiga poin.", "Para guru membacakan 4 poin pernyataan sikap yaitu 1) ..."): a lead of
    obligation for the ordinal and numbered items after it, so each item's own negator decides
    its kind ("menolak A" is a duty), not the rule stated before the pledge (cues.json
    pledge_nouns, pledge_item_nouns). ``item_at``: the token after the pledge noun, where
    items inside the sentence may begin. None without a pledge noun and a point noun."""
    if not any(t.low in lx.pledge_item_nouns for t in toks):
        return None
    for k in range(len(toks)):
        hit = first_seq_at(toks, k, lx.pledge_nouns)
        if hit is None or (k and toks[k - 1].low in lx.negators):
            continue
        end = k + len(hit[0])
        return {"kind": "obligation", "force": "mandatory", "cue": text[toks[k].start:toks[end - 1].end],
                "cue_canonical": "ikrar", "actor": None, "speaker_span": None, "item_at": end}
    return None


def _asked_items(lx: Lexicon, toks: list) -> Optional[int]:
    """Index after the question word of a question that asks for items ("Apa saja yang
    dilarang ...?", "Lantas, hal apa yang boleh ...?"), or None: the sentence ends with "?"
    and the word stands right before its "yang"."""
    if not toks or toks[-1].text != "?":
        return None
    for k in range(len(toks)):
        if toks[k].low == "yang":
            for q in lx.question_words + [("apa",)]:
                if k >= len(q) and seq_at(toks, k - len(q), q) and q[0] in ("apa", "mana"):
                    return k
            return None
    return None


def _second_cue(lx: Lexicon, toks: list, k: int) -> bool:
    """A coordinated second cue right after the first ("boleh dan tidak boleh")."""
    if k >= len(toks) or toks[k].low not in lx.coordinators:
        return False
    j = k + 1 + (k + 1 < len(toks) and toks[k + 1].low in lx.negators)
    return j < len(toks) and first_seq_at(toks, j, lx.modal_by_first) is not None


def heading_lead(lx: Lexicon, text: str, para: Paragraph, nxt: Optional[Paragraph]) -> Optional[dict]:
    """A short heading with a cue and no sentence end ("Yang dilarang", "Yang wajib",
    "Diwajibkan") before a list, marked or of plain lines that open with a verb (a
    ``<dt>`` above its ``<dd>`` items): a lead-in of the cue's kind for the items under it."""
    if para.list_marker or para.text.rstrip()[-1:] in ".:;,!?\"”" or len(para.text.split()) > MAX_HEADING_WORDS \
            or not opens_item(lx, nxt):
        return None
    toks = tokenize(para.text, para.start)
    if not toks or len(toks) > MAX_HEADING_WORDS:
        return None
    for k in range(len(toks)):
        hit = first_seq_at(toks, k, lx.entries_by_first)
        if hit is None or hit[1]["role"] == "directive" or toks[k].low in lx.negators:
            continue
        e = hit[1]
        negated = k > 0 and toks[k - 1].low in lx.negators
        kind = (e.get("negated_kind") or {"permission": "prohibition", "prohibition": "permission",
                                          "obligation": "permission"}[e["kind"]]) if negated else e["kind"]
        if kind == "none":
            return None
        first = k - 1 if negated else k
        actor = None                 # "Larangan bagi ASN", "Yang wajib dilakukan camat"
        for a in range(k + len(hit[0]), len(toks)):
            term = lx.actor_term_at(toks, a)
            if term:
                actor = text[toks[a].start:toks[a + term[0] - 1].end]
                break
        return {"kind": kind, "force": e["force"], "cue": text[toks[first].start:toks[k + len(hit[0]) - 1].end],
                "cue_canonical": (("tidak " if negated else "") + e["cue"]).strip(), "actor": actor,
                "speaker_span": None}
    return None


# Marker letters OCR reads for the digit one ("l." for "1." in a scanned circular).
OCR_ONE = frozenset("l")


def marker_style(marker: str, top_style: Optional[str] = None) -> str:
    """"num" (1. 2) (3)), "alpha" (a. (c)), "alpha)" (b) g): the sub-items of "a." in a
    letter citing a law's letters) or "bullet" (- • *). "l." is a misread "1." ("num")
    unless it is an item of an open lettered list (``top_style``)."""
    head = marker.lstrip("(")
    if head[:1].isdigit() or (head[:1] in OCR_ONE and not head[1:2].isalpha()
                              and top_style not in ("alpha", "alpha)")):
        return "num"
    if head[:1].isalpha():
        return "alpha)" if marker.rstrip().endswith(")") and not marker.startswith("(") else "alpha"
    return "bullet"


LETTER_STYLES = ("alpha", "alpha)")


def item_style(marker: str, lst: "ListState") -> str:
    """The style of an item's marker within the open list: a letter that follows the last
    top-level letter ("a." then "b)", "b)" then "c.") is the top level whatever its
    punctuation, as one writer mixes them; "a)" after "a. ...:" stays a sub-item."""
    style = marker_style(marker, lst.top_style)
    if style != lst.top_style and style in LETTER_STYLES and lst.top_style in LETTER_STYLES and lst.sub is None \
            and not lst.last_top_text.rstrip().endswith(":"):
        a, b = lst.last_marker.strip("().: "), marker.strip("().: ")
        if len(a) == len(b) == 1 and ord(b.lower()) == ord(a.lower()) + 1:
            return lst.top_style
    return style


def is_sub_lead(paragraphs: list[Paragraph], pi: int, top_style: Optional[str]) -> bool:
    """A lead-in between two items of a list introduces sub-items (a different marker)."""
    nxt = paragraphs[pi + 1] if pi + 1 < len(paragraphs) else None
    return bool(nxt and nxt.list_marker and top_style and marker_style(nxt.list_marker) != top_style)


@dataclass
class ListState:
    """An open list: its lead-in, an open sub-list, the marker style of its top level
    ("plain" for unmarked items) and the draft index of its last top-level item."""
    lead: dict
    sub: Optional[dict] = None
    top_style: Optional[str] = None
    last_top: Optional[int] = None
    last_top_text: str = ""
    last_marker: str = ""                # marker of the last top-level item
    labelled: int = 0                    # unmarked items that opened with a label ("KESATU: ...")
    negated: int = 0                     # cue-less items read as prohibitions by their "tidak"
    items: int = 0
    # cue-less items of a kind-less list, (start, end, marker, number, paragraph): a
    # sentence after the list may name their kind ("Hal-hal tersebut dilarang")
    pending: list = field(default_factory=list)


def continues_list(lx: Lexicon, para: Paragraph, lst: ListState) -> bool:
    """Whether a marked paragraph is an item of the open list: of the list's marker style,
    or of another style under a sub-lead (or under an item ending in ":"); and not a
    headline ("• Debit Sungai Meningkat, Warga Diminta Waspada" after a list is another story)."""
    if is_headline(para.text):
        return False
    style = item_style(para.list_marker or "", lst)
    if lst.top_style in (None, style):
        return True
    return lst.sub is not None or lst.last_top_text.rstrip().endswith(":")


# A line of at least this many words, nearly all capitalised, is a headline.
HEADLINE_MIN_WORDS = 4
HEADLINE_CAPITALISED_SHARE = 0.8


def is_headline(text: str) -> bool:
    if text.rstrip().endswith((".", ":", ";", ",")):
        return False
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= HEADLINE_CAPITALISED_SHARE


def is_item_shaped(lx: Lexicon, text: str, para: Paragraph, sidx: list[int], sentences: list[Sentence],
                   lst: ListState, nxt: Optional[Paragraph] = None) -> bool:
    """Whether an unmarked paragraph continues an open list as one more item (pattern 1).

    An item is short, opens with a capitalised verb, a negated verb, an ordinal ("Kedua,
    ..."), or a label before a colon ("Foto bersama: ...") with an act after it, and is not
    a quote. Under a lead-in that named a kind, an act noun without a verb ("Pemasangan
    alat peraga di kantor") is an item too, and so is a line with its own party and cue
    ("Pegawai boleh ...") when the line after it opens as an item. A list whose items were marked ends at
    the first unmarked paragraph; any list ends at a sentence with its own subject, a
    quote or a sign-off."""
    if lst.top_style not in (None, "plain") or para.quote or not sidx:
        return False
    if len(sidx) > MAX_ITEM_SENTENCES or len(para.text) > MAX_ITEM_CHARS:
        return False
    toks = tokenize(para.text, para.start)
    if not toks or is_headline(para.text):
        return False
    if not toks[0].text[:1].isupper():
        # "ikut dalam arak-arakan calon" under "... tidak diperbolehkan:": an item may open in
        # lower case, as the lead-in's sentence goes on; only with a verb or a negator
        return _lower_item(lx, toks)
    k = ordinal_opener(lx, toks)
    if k and k < len(toks) and (toks[k].low in lx.negators or lx.is_verb(toks[k]) or _own_actor_act(lx, toks, k)
                                  or _noun_act(lx, toks, k, lst)):
        return True                    # "Kedua, menghadiri deklarasi ...": an ordinal paragraph is an item
    head = toks[0]
    if head.low in lx.negators or (lx.is_verb(head) and head.low not in lx.item_non_heads):
        return True
    if lst.lead.get("kind") and (act_noun_item(lx, toks) or _subject_item(lx, toks, nxt)):
        return True
    return labelled_act(lx, toks)


def _lower_item(lx: Lexicon, toks: list) -> bool:
    """Whether a line in lower case can be an item: it opens with a negator or an active
    verb ("ikut dalam arak-arakan ...", "tidak memasang ..."), not with a passive (di-)."""
    head = toks[0]
    return head.low in lx.negators or (lx.is_verb(head) and head.low not in lx.item_non_heads
                                       and not head.low.startswith("di"))


def labelled_act(lx: Lexicon, toks: list) -> bool:
    """A label before a colon and an act after it ("Foto bersama: ASN boleh ...", "Pasal 5
    huruf n angka 5: membuat ..."); "Editor: Sinta Maharani", a byline, states no act."""
    colon = next((k for k, t in enumerate(toks[:MAX_LABEL_TOKENS + 1]) if t.text == ":"), None)
    return colon is not None and 0 < colon < len(toks) - 1 and any(
        t.low in lx.negators or lx.is_verb(t) or lx.is_cue_token(t.low) for t in toks[colon + 1:])


# An act-noun item ("Pemasangan alat peraga kampanye di fasilitas pemerintah") is at most
# this many words.
MAX_NOUN_ITEM_WORDS = 12


def act_noun_item(lx: Lexicon, toks: list) -> bool:
    """A short line that names an act by its noun and says nothing of it: an act noun
    ("pemasangan", "keikutsertaan") first and no verb before a relative "yang"
    ("Penyerahan hadiah dilakukan Jumat" is a statement)."""
    if not toks or not lx.act_noun_re.match(toks[0].low):
        return False
    # the item ends at a closing quote ("...,” kata X")
    end = next((k for k, t in enumerate(toks) if t.text in ("”", '"')), len(toks))
    if end > MAX_NOUN_ITEM_WORDS + 2:
        return False
    for k in range(1, end):
        t = toks[k]
        if t.low == "yang":
            break                      # a relative clause describes the act
        if lx.is_verb(t) or t.low in lx.negators or (t.text in (",", ";", ":") and k < end - 1):
            return False
    return True


def opens_list(lx: Lexicon, paragraphs: list[Paragraph], i: int) -> bool:
    """Whether the paragraphs from ``i`` on read as the items of a list announced above
    them: a marked first item, two item-shaped paragraphs, or a line with its own party
    and cue ("ASN boleh ...") before two item-shaped ones."""
    def at(j):
        return paragraphs[j] if j < len(paragraphs) else None
    first = at(i)
    if not opens_item(lx, first):
        if first is None or first.list_marker or first.quote:
            return False
        toks = tokenize(first.text, first.start)
        return bool(toks) and toks[0].text[:1].isupper() and _subject_item(lx, toks, at(i + 1)) \
            and opens_item(lx, at(i + 2))
    if first.list_marker or opens_item(lx, at(i + 1)):
        return True
    second = at(i + 1)
    return second is not None and not second.list_marker and not second.quote \
        and _subject_item(lx, tokenize(second.text, second.start), at(i + 2))


def _subject_item(lx: Lexicon, toks: list, nxt: Optional[Paragraph]) -> bool:
    """A line with its own party and cue ("Pegawai diizinkan memakai ...") between lines
    that open as items: the list goes on through it."""
    if nxt is None or nxt.list_marker or not opens_item(lx, nxt):
        return False
    k = skip(toks, 0, lx.determiners)
    hit = lx.actor_term_at(toks, k)
    if not hit:
        return False
    cues = find_cues(lx, toks)
    return bool(cues) and cues[0].first <= k + hit[0] + 2 and cues[0].entry["role"] in ("modal", "passive")


def ordinal_opener(lx: Lexicon, toks: list) -> int:
    """Tokens of an ordinal that opens an item ("Pertama,", "Kedua:", "Dan keempat,"),
    with its comma or colon; 0 when the text opens otherwise."""
    k = 1 if toks and toks[0].low in ("dan", "lalu", "kemudian") else 0
    hit = first_seq_at(toks, k, lx.ordinals) if k < len(toks) else None
    if hit is None:
        return 0
    k += len(hit[0])
    return k + 1 if k < len(toks) and toks[k].text in (",", ":") else 0


def _own_actor_act(lx: Lexicon, toks: list, k: int) -> bool:
    """An ordinal item that names its own party and cue ("Kedua, pegawai dilarang ...")."""
    return bool(find_cues(lx, toks[k:]))


def _noun_act(lx: Lexicon, toks: list, k: int, lst: "ListState") -> bool:
    """An ordinal item written as a noun phrase of an act ("Ketiga, pemasangan alat
    peraga ...") under a lead-in that named the items' kind."""
    return bool(lst.lead.get("kind")) and toks[k].text[:1].isalpha()


def _litotes_passive(lx: Lexicon, low: str) -> bool:
    """A passive of forgetting or neglecting ("dilupakan", "dilalaikan"): its root is one of
    the litotes of cues.json ("lupa", "lalai")."""
    return low.startswith("di") and low.endswith("kan") and low[2:-3] in lx.litotes


def opens_item(lx: Lexicon, para: Optional[Paragraph]) -> bool:
    """Whether a paragraph could be the first item of a list announced above it: marked,
    or short and opening with a capitalised verb or negator ("Menjadi pengurus ...",
    "Tidak memasang ...")."""
    if para is None:
        return False
    if para.list_marker:
        return not is_headline(para.text)
    if para.quote or len(para.text) > MAX_ITEM_CHARS or is_headline(para.text):
        return False
    toks = tokenize(para.text, para.start)
    if not toks:
        return False
    if not toks[0].text[:1].isupper():
        return _lower_item(lx, toks)
    if ordinal_opener(lx, toks) or act_noun_item(lx, toks) or labelled_act(lx, toks):
        return True                   # "Pertama, pemasangan ..." / "Pemasangan ..." / "Media sosial: mengunggah ..."
    head = toks[0]
    return head.low in lx.negators or (lx.is_verb(head) and head.low not in lx.item_non_heads)


# The noun or total that refers back to a list stands within this many words of the
# sentence's start ("Poin pertama hingga kelima, kata Ramlan, merupakan larangan").
BACK_REFERENCE_WINDOW = 4
# A demonstrative follows its noun within this many words ("hal-hal yang disebut di atas").
BACK_DEMONSTRATIVE_GAP = 3


def back_reference(lx: Lexicon, text: str, sent: Sentence) -> Optional[dict]:
    """A sentence right after a list that names the kind of its cue-less items
    ("Hal-hal tersebut dilarang", "Semua itu tidak boleh dilakukan", "Poin pertama hingga
    kelima merupakan larangan"): the kind, its cue, and the item numbers it names (None
    for all items); None when the sentence is no such reference."""
    toks = tokenize(text[sent.start:sent.end], sent.start)
    k = 0
    while k < len(toks) and not toks[k].text[0].isalnum():
        k += 1
    ref = None
    for r in range(k, min(len(toks), k + BACK_REFERENCE_WINDOW)):
        low = toks[r].low
        if low in lx.back_totals:
            # "Semua itu", "Semuanya": a total, not a determiner ("Semua ASN wajib ...")
            if low != "semua" or (r + 1 < len(toks) and first_seq_at(toks, r + 1, lx.back_demonstratives)):
                ref = r + 1
            break
        if low in lx.back_nouns:
            ref = r + 1
            break
    if ref is None:
        return None
    numbers, last_num, ranged, named = set(), None, False, False
    c = ref
    while c < len(toks):
        t = toks[c]
        num = int(t.low) if t.low.isdigit() and len(t.low) <= 2 else lx.number_words.get(t.low)
        if num is not None:
            if ranged and last_num is not None:
                numbers |= set(range(min(last_num, num), max(last_num, num) + 1))
            numbers.add(num)
            last_num, ranged = num, False
        elif t.low in lx.range_connectors and last_num is not None:
            ranged = True
        elif first_seq_at(toks, c, lx.back_demonstratives) and c - ref <= BACK_DEMONSTRATIVE_GAP:
            named = True
        elif t.text == "," or t.low in lx.coordinators:
            pass
        else:
            break
        c += 1
    if not (named or numbers or toks[ref - 1].low in lx.back_totals):
        return None                                   # "Poin penting lain ...": no reference to the list
    kind = _kind_named(lx, toks, c)
    if kind is None:
        return None
    kind["numbers"] = numbers or None
    return kind


def _kind_named(lx: Lexicon, toks: list, k: int) -> Optional[dict]:
    """The kind a back reference's predicate names: a noun of rule ("merupakan larangan")
    or a modal cue ("dilarang", "tidak boleh dilakukan"), not a call to follow the items
    ("wajib dipatuhi")."""
    for c in range(k, len(toks)):
        low = toks[c].low
        negated = c > 0 and toks[c - 1].low in lx.negators
        e = lx.nominal_kind(low)
        if e is not None and e["role"] == "lead":
            return None if negated else {"kind": e["kind"], "force": e["force"], "cue": toks[c].text,
                                         "cue_canonical": e["cue"]}
        hit = first_seq_at(toks, c, lx.modal_by_first) if low in lx.modal_by_first else None
        if hit is None:
            continue
        seq, e = hit
        after = skip(toks, c + len(seq), lx.adverbs)
        if after < len(toks) and toks[after].low in lx.compliance_verbs:
            return None
        kind = negated_kind(e, e["kind"]) if negated else e["kind"]
        if kind == "obligation" and after < len(toks) and toks[after].low in lx.avoid_verbs:
            kind = "prohibition"                      # "Hal-hal itu harus dihindari"
        if kind == "none":
            return None
        first = c - 1 if negated else c
        return {"kind": kind, "force": e["force"], "cue": " ".join(t.text for t in toks[first:c + len(seq)]),
                "cue_canonical": (("tidak " if negated else "") + e["cue"]).strip()}
    return None


# A group label inside a flattened nested list ("- Di media sosial" above its items) is at
# most this many words.
MAX_GROUP_LABEL_WORDS = 5


def is_group_label(lx: Lexicon, text: str, start: int, end: int) -> bool:
    """A cue-less list item that only labels the items after it: a short phrase that
    opens with a preposition, holds no verb and ends with no sentence punctuation
    ("Di media sosial", "Pada masa tenang"), not an act of the list's kind."""
    body = text[start:end].rstrip()
    if not body or body[-1] in ".;!?":
        return False
    toks = tokenize(body, start)
    words = [t for t in toks if t.text[0].isalnum()]
    return 0 < len(words) <= MAX_GROUP_LABEL_WORDS and words[0].low in lx.prepositions \
        and not any(lx.is_verb(t) for t in words)


# A table the HTML stage gave cell by cell ("No" / "Larangan" / "1" / "Memasang ..." /
# "2" / ...): its cells other than the act are short lines without sentence punctuation.
MAX_CELL_WORDS = 8
MAX_ROW_NUMBER = 99


def _bare_number(text: str) -> Optional[int]:
    body = text.strip().rstrip(".")
    return int(body) if body.isdigit() and int(body) <= MAX_ROW_NUMBER else None


def _short_cell(p: Paragraph) -> bool:
    body = p.text.strip()
    return bool(body) and not p.list_marker and body[-1] not in ".:;!?\"”" and len(body.split()) <= MAX_CELL_WORDS


def table_cells(paragraphs: list[Paragraph]) -> dict[int, tuple[str, Optional[str]]]:
    """Paragraphs that are cells of a numbered table flattened one cell per line: the row
    numbers ("row"), the cell after each number, read as a list item numbered so ("item",
    "1."), the short cells after it in the same row ("cell", a sanction column) and the
    short header cells before the first row ("header"). A table needs at least two rows
    numbered 1, 2, ... in order; anything else is left alone."""
    numbers = [(pi, n) for pi, p in enumerate(paragraphs) if not p.list_marker
               for n in [_bare_number(p.text)] if n is not None]
    out: dict[int, tuple[str, Optional[str]]] = {}
    k = 0
    while k < len(numbers):
        # a run of row numbers 1, 2, 3 ... each followed by a cell
        run = [numbers[k]]
        while k + len(run) < len(numbers) and numbers[k + len(run)][1] == run[-1][1] + 1:
            run.append(numbers[k + len(run)])
        k += len(run)
        if run[0][1] != 1 or len(run) < 2:
            continue
        for r, (pi, n) in enumerate(run):
            item = pi + 1
            if item >= len(paragraphs) or _bare_number(paragraphs[item].text) is not None:
                break
            out[pi] = ("row", None)
            out[item] = ("item", f"{n}.")
            stop = run[r + 1][0] if r + 1 < len(run) else item + 1
            for c in range(item + 1, stop):
                if _short_cell(paragraphs[c]):
                    out[c] = ("cell", None)
        h = run[0][0] - 1
        while h >= 0 and _short_cell(paragraphs[h]) and h not in out:
            out[h] = ("header", None)
            h -= 1
    _joined_rows(paragraphs, out)
    return out


ROW_SEPARATOR = " | "


def _joined_rows(paragraphs: list[Paragraph], out: dict) -> None:
    """A table the HTML stage gave row by row, cells joined by " | " ("No | Larangan |
    Sanksi" / "1. Memasang ... | Hukuman disiplin berat"): the header row is a "header"
    above marked rows; a row's first cell is the item ("item", its marker). A table of
    one text column gives its rows as plain items ("No | Larangan" / "1. Memasang ...")."""
    for pi, p in enumerate(paragraphs[:-1]):
        nxt = paragraphs[pi + 1]
        if p.list_marker or ROW_SEPARATOR not in p.text:
            continue
        if not nxt.list_marker:
            _numbered_rows(paragraphs, pi, out)
            continue
        cells = [c.strip() for c in p.text.split(ROW_SEPARATOR)]
        if all(c and (c[-1] not in ".:;!?" or len(c.split()) == 1) and len(c.split()) <= MAX_CELL_WORDS
               for c in cells):                    # ("No." is a header cell too)
            out.setdefault(pi, ("header", None))
            for q in range(pi + 1, len(paragraphs)):     # ("1. Memasang ..." when a row has one cell)
                if not paragraphs[q].list_marker:
                    break
                out.setdefault(q, ("item", paragraphs[q].list_marker))


def row_number_cell(text: str) -> Optional[int]:
    """The row number of a joined row whose first cell is the number ("3 | Memasang ... |
    PP 94/2021"), else None."""
    head, sep, _ = text.partition(ROW_SEPARATOR)
    return _bare_number(head) if sep else None


def _numbered_rows(paragraphs: list[Paragraph], pi: int, out: dict) -> None:
    """A joined header row above rows whose first cell is the row number ("No | Larangan |
    Dasar" / "1 | Memasang ... | UU 5/2014" / "2 | ..."): each row is an item numbered so.
    Needs two rows numbered 1, 2, ... in order; the number cell is cut off the item later."""
    cells = [c.strip() for c in paragraphs[pi].text.split(ROW_SEPARATOR)]
    if not all(c and len(c.split()) <= MAX_CELL_WORDS and c[-1] not in ":;!?" for c in cells):
        return
    rows = []
    for q in range(pi + 1, len(paragraphs)):
        if row_number_cell(paragraphs[q].text) != len(rows) + 1:
            break
        rows.append(q)
    if len(rows) < 2:
        return
    out.setdefault(pi, ("header", None))
    for n, q in enumerate(rows, 1):
        out.setdefault(q, ("item", f"{n}."))


# Inline item markers inside one sentence: "(1) ... (2) ...", "1) ... 2) ...", "(a) ... (b) ...".
INLINE_MARKER_RE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[:;,]))\(?(\d{1,2}|[a-z])\)(?=\s)")
# An inline ordinal list starts with one of these words.
FIRST_ORDINAL_RE = re.compile(r"pertama|kesatu", re.IGNORECASE)
# A sentence holds an inline list when it has at least this many markers in sequence.
MIN_INLINE_ITEMS = 2


def _in_sequence(labels: list[str]) -> bool:
    if labels[0] not in ("1", "a"):
        return False
    if labels[0] == "1":
        return all(x.isdigit() and int(x) == n for n, x in enumerate(labels, 1))
    return all(len(x) == 1 and ord(x) == ord("a") + n for n, x in enumerate(labels))


def inline_items(lx: Lexicon, text: str, start: int, end: int) -> Optional[tuple[int, list[tuple[int, int, str]]]]:
    """The items of a list written inside one sentence: "..., yakni (1) tidak A; (2) B;
    serta (3) C." or "Pertama, A, kedua B, dan ketiga C." -> [(start, end, marker)] of
    each item's words (without the joining "; serta", ", dan"), after where the sentence's
    head ends (its first marker). None when the sentence has no such list."""
    body = text[start:end]
    if ")" not in body and not FIRST_ORDINAL_RE.search(body):
        return None                  # (most sentences: no marker and no "pertama")
    found = [(m.start(), m.end(), m.group(1)) for m in INLINE_MARKER_RE.finditer(body)]
    marks: list[tuple[int, int, str]] = []
    if len(found) >= MIN_INLINE_ITEMS and _in_sequence([f[2] for f in found]):
        marks = [(start + a, start + b, body[a:b]) for a, b, _ in found]
    else:
        # ordinal words at the sentence start or after a comma / semicolon (+ "dan")
        toks = tokenize(body, start)
        n = 0
        for k, t in enumerate(toks):
            hit = first_seq_at(toks, k, lx.ordinals)
            if hit is None or lx.number_words.get(hit[0][-1]) != n + 1 and _ordinal_rank(lx, hit[0][-1]) != n + 1:
                continue
            j = k - 1
            while j >= 0 and toks[j].low in lx.coordinators:
                j -= 1
            if j >= 0 and toks[j].text not in (",", ";"):
                continue
            e = k + len(hit[0])
            if e < len(toks) and toks[e].text == ",":
                e += 1
            marks.append((t.start, toks[e - 1].end, " ".join(hit[0])))
            n += 1
        if n < MIN_INLINE_ITEMS:
            return None
    out = []
    for i, (a, b, mk) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else end
        seg = tokenize(text[b:stop], b)
        while seg and (seg[-1].text in (",", ";", ".", ":") or seg[-1].low in lx.coordinators):
            seg.pop()
        if seg:
            out.append((seg[0].start, seg[-1].end, mk))
    return (marks[0][0], out) if len(out) >= MIN_INLINE_ITEMS else None


def _ordinal_rank(lx: Lexicon, word: str) -> Optional[int]:
    """1 for "pertama", 2 for "kedua" ...: the number word after the "ke-" prefix."""
    if word == "pertama":
        return 1
    if word.startswith("ke") and len(word) > 2:
        return lx.number_words.get(word[2:])
    return None


# A frame that names a document's content ("Beberapa poin dalam surat edaran tersebut,")
# spans at most this many words; the subject of the acts after it at most this many.
CONTENT_FRAME_MAX_TOKENS = 30
CONTENT_SUBJECT_MAX_TOKENS = 10
_QUOTE_MARKS = ('"', "“", "”", "'", "‘", "’")


def _content_frame_end(lx: Lexicon, toks: list) -> Optional[int]:
    """Where the acts begin in a sentence that opens by naming a document's content: a
    content noun before a circular or document noun ("Isi edaran itu antara lain ...",
    "Sejumlah butir dalam edaran itu, misalnya ..."), or "dalam" before one and a
    comma ("Dalam maklumat itu, ..."). The document is one named: a circular's name, or a
    document noun with a determiner or a number ("maklumat itu", "instruksi Nomor 2").
    None when the sentence opens otherwise."""
    k = 0
    while k < len(toks) and (toks[k].text in _QUOTE_MARKS or toks[k].low in lx.list_noun_openers):
        k += 1                          # "Beberapa poin ...", "Adapun isi ..."
    content = k < len(toks) and toks[k].low in lx.content_nouns
    if content:
        k += 1
        if k < len(toks) and toks[k].low in ("dari", "dalam"):
            k += 1
        elif seq_at(toks, k, ("di", "dalam")):
            k += 2
    elif k < len(toks) and toks[k].low == "dalam":
        k += 1
    elif seq_at(toks, k, ("di", "dalam")):
        k += 2
    else:
        return None
    hit = first_seq_at(toks, k, lx.circular_terms_by_first) if k < len(toks) else None
    if hit is None and not (k < len(toks) and toks[k].low in lx.document_nouns):
        return None
    named = hit is not None
    for j in range(k + 1, min(len(toks), k + CONTENT_FRAME_MAX_TOKENS)):
        t = toks[j]
        if t.low in lx.circular_determiners or t.low in lx.circular_number_words:
            named = True                # "maklumat itu", "instruksi Nomor 2", not "dalam surat kabar"
        if t.low in lx.speech_verbs or t.low in lx.attribution or t.low in lx.topic_verbs \
                or first_seq_at(toks, j, lx.circular_intro_by_first) and lx.is_verb(t):
            return None                 # "Dalam edaran itu bupati menegaskan ...", "Isi edaran itu mengatur ..."
        at_marker = first_seq_at(toks, j, lx.enumerators) is not None or (content and t.low in lx.copulas)
        if t.text == "," or (content and at_marker):
            if not named:
                return None
            e = j
            while e < len(toks) and (toks[e].text == "," or toks[e].low in lx.copulas):
                e += 1
            m = first_seq_at(toks, e, lx.enumerators) if e < len(toks) else None
            if m is not None:
                e += len(m[0])
                while e < len(toks) and (toks[e].text in (",", ":") or toks[e].low in lx.copulas):
                    e += 1
            return e
    return None


# A directive's content marker ("perintah atasan sudah tegas, yakni ...") stands at most
# this many words after the directive's noun.
DIRECTIVE_CONTENT_GAP = 8


def _directive_content_end(lx: Lexicon, toks: list) -> Optional[int]:
    """Where the content of a directive begins when a noun of directive_content_nouns
    announces it with a marker of directive_content_markers: "perintah atasan sudah
    tegas, yakni netral ...", "Arahan bupati kepada para camat yaitu menjaga ...". Between
    the noun and the marker only a few verb-free, cue-free words (its giver, its addressee,
    a comment like "sudah jelas") and a comma. None when no such frame."""
    for k, t in enumerate(toks):
        if t.low not in lx.directive_content_nouns or (k and toks[k - 1].low in lx.negators):
            continue
        for j in range(k + 1, min(len(toks) - 1, k + 1 + DIRECTIVE_CONTENT_GAP)):
            u = toks[j]
            if u.low in lx.directive_content_markers:
                e = j + 1
                while e < len(toks) and toks[e].text in (",", ":"):
                    e += 1
                return e
            if u.text in (".", ";", ":", "!", "?", "(", ")") or lx.is_verb(u) or u.low in lx.negators \
                    or first_seq_at(toks, j, lx.entries_by_first) or u.low == "yang" or u.low in lx.complementizers:
                break
    return None


def _content_act_at(lx: Lexicon, toks: list, p: int, states: bool = False) -> Optional[str]:
    """The kind of an act opening at p under a content frame: a negated verb forbids,
    an active verb states a duty; None for anything else (a passive, a report; a state
    too, except a state of positive_states under a directive with ``states``)."""
    if p >= len(toks):
        return None
    t = toks[p]
    if states and t.low in lx.positive_states:
        return "obligation"             # "yakni netral dan tidak memihak ..."
    if states and (t.low in lx.announce_nouns or t.low in lx.list_noun_openers):
        return None                     # "Instruksi itu adalah bentuk komitmen ...": what it is, not what it says
    if t.low in lx.negators:
        if p + 1 >= len(toks):
            return None
        v = toks[p + 1]
        if lx.is_verb(v) and v.low not in lx.descriptive_after_negation and v.low not in lx.negators \
                and v.low not in lx.aspect_markers and v.low not in lx.auxiliaries \
                and v.low not in lx.speech_verbs and v.low not in lx.saying_that_verbs:
            return "prohibition"                       # ("Wali Kota tidak menyebutkan sanksi": a report)
        return None
    if lx.is_verb(t) and not t.low.startswith("di") and t.low not in lx.speech_verbs \
            and t.low not in lx.attribution and t.low not in lx.topic_verbs and t.low not in lx.state_verbs \
            and t.low not in lx.requirement_verbs and t.low not in lx.item_non_heads \
            and t.low not in lx.aspect_markers and t.low not in lx.auxiliaries:
        return "obligation"
    return None


def content_acts(lx: Lexicon, text: str, sent: Sentence, end: int) -> list[tuple[int, int, str, Optional[str], str]]:
    """The rules a sentence reports as the content of a circular, decree or instruction in
    prose, with no cue of their own: after a content frame (see :func:`_content_frame_end`),
    an optional addressee and a run of acts joined by commas and coordinators ("Isi edaran
    itu antara lain ASN menjaga netralitas, tidak menghadiri deklarasi calon, dan tidak
    memasang atribut partai"). A negated act is a prohibition (an act after it joined by
    "atau" too); an act before the first negated one is a duty. The run must hold a negated
    act: a frame over bare acts is as often a description of the document as its rule.
    (start, end, kind, actor, cue) per act, the cue the negator of a prohibition ("tidak") or
    the verb of a duty; empty when the sentence is not so shaped."""
    toks = [t for t in tokenize(text[sent.start:end], sent.start) if t.text not in _QUOTE_MARKS]
    b = _content_frame_end(lx, toks)
    directive = False
    if b is None:
        b = _directive_content_end(lx, toks)     # "perintah atasan sudah tegas, yakni netral ..."
        directive = b is not None
    if b is None or b >= len(toks) or any(t.text == "?" for t in toks):
        return []
    actor = None
    a = b
    if lx.actor_term_at(toks, b):
        role = lx.actor_role(" ".join(t.text for t in toks[b:b + 4]))
        if role in lx.public_roles:
            return []
        s = b
        while s < len(toks) and s - b < CONTENT_SUBJECT_MAX_TOKENS and toks[s].low not in lx.negators \
                and not (s > b and lx.is_verb(toks[s])):
            if toks[s].low == "yang" or toks[s].low in lx.aspect_markers or toks[s].low in lx.complementizers:
                return []               # "ASN yang melanggar ...", "pegawai sudah ...": no rule's addressee
            s += 1
        if s == b:
            return []
        actor = " ".join(text[toks[b].start:toks[s - 1].end].split())
        a = skip(toks, s, lx.adverbs)
    kind = _content_act_at(lx, toks, skip(toks, a, lx.adverbs) if directive else a, directive)
    if kind is None:
        return []
    starts = [(a, kind)]
    negated = kind == "prohibition"
    q = a + 1
    while q < len(toks):
        if toks[q].text in (",", ";") or toks[q].low in lx.coordinators:
            r = q
            joiner = None
            while r < len(toks) and (toks[r].text in (",", ";") or toks[r].low in lx.coordinators):
                joiner = toks[r].low if toks[r].low in lx.coordinators else joiner
                r += 1
            k = _content_act_at(lx, toks, skip(toks, r, lx.adverbs) if directive else r, directive)
            if k == "obligation" and negated and not (directive and toks[q].text in (",", ";")):
                k = "prohibition" if joiner in ("atau", "maupun") else None   # "tidak A atau B": B is forbidden too
            if k is not None:
                starts.append((r, k))
                negated = negated or k == "prohibition"
                q = r + 1
                continue
            q = r
            continue
        q += 1
    if not (negated or directive) or states_sanction(lx, text, toks[a].start, end):
        return []       # (a directive's content is its order, negated or not)
    out = []
    for n, (p, k) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(toks)
        e = stop - 1
        while e > p and (toks[e].text in (",", ";", ".", "!") or toks[e].low in lx.coordinators):
            e -= 1
        first = toks[b].start if n == 0 and actor else toks[p].start
        out.append((first, toks[e].end, k, actor, "tidak" if k == "prohibition" else toks[p].low))
    return out


# the pledge noun's own words ("Ikrar netralitas ASN itu") before its predicate are at most this many
PLEDGE_SUBJECT_MAX_TOKENS = 4


# between the pledgers and the act they pledge ("para aparatur di jajaran Pemkot X") at most this many words
PLEDGERS_MAX_TOKENS = 7


def _pledgers_act(lx: Lexicon, toks: list, k: int) -> Optional[int]:
    """After a passive verb of uttering a pledge: the index of the pledged act when the
    pledgers (an actor term, after an optional agent marker) and then an active verb or a
    negated one follow ("diucapkan para pegawai Kecamatan X menjaga ..."); else None."""
    k = skip(toks, skip(toks, k, lx.agent_markers), lx.determiners)
    term = lx.actor_term_at(toks, k) if k < len(toks) else None
    if not term:
        return None
    for v in range(k + term[0], min(len(toks), k + term[0] + PLEDGERS_MAX_TOKENS)):
        t = toks[v]
        if t.low in lx.negators or (lx.is_verb(t) and not t.low.startswith(lx.passive_prefixes)):
            return v
        if not t.text[0].isalnum() or t.low == "yang":
            return None
    return None


def pledge_content_acts(lx: Lexicon, text: str, sent: Sentence, end: int) -> list[tuple[int, int, str, str]]:
    """The acts of a pledge told in prose: a sentence that opens with the pledge noun as its
    subject and a predicate of content ("Ikrar itu juga menegaskan A dan tidak B", "Selanjutnya,
    ikrar tersebut bertujuan A, agar tidak B", "Janji netralitas itu merupakan tekad untuk
    selalu A"; cues.json pledge_content_predicates), then a run of acts joined by commas and
    coordinators: each act an obligation, a prohibition when negated (an act after a negated
    one joined by "atau" too). (start, end, kind, cue) per act; empty otherwise."""
    toks = [t for t in tokenize(text[sent.start:end], sent.start) if t.text not in _QUOTE_MARKS]
    k = 0
    while k < len(toks) and toks[k].low not in lx.pledge_nouns and (
            toks[k].text == "," or toks[k].low in lx.list_noun_openers or toks[k].low in lx.ordinal_lead_words):
        k += 1                                        # "Adapun ...", "Selanjutnya, ..."
    hit = first_seq_at(toks, k, lx.pledge_nouns) if k < len(toks) else None
    if hit is None or any(t.text == "?" for t in toks):
        return []
    k += len(hit[0])
    pred = None
    for j in range(k, min(len(toks), k + PLEDGE_SUBJECT_MAX_TOKENS + 1)):
        j2 = skip(toks, j, lx.adverbs)                # "Ikrar tersebut juga menegaskan"
        if j2 < len(toks) and (ph := first_seq_at(toks, j2, lx.pledge_content_predicates)):
            pred = j2 + len(ph[0])
            break
        if toks[j].low in lx.pledge_utterance_verbs:
            pred = _pledgers_act(lx, toks, j + 1)     # "ikrar diucapkan para pegawai di X menjaga ..."
            break
        if not toks[j].text[0].isalnum() or toks[j].low == "yang" or lx.is_verb(toks[j]):
            return []                                 # "Ikrar yang dibacakan ...", "Ikrar itu diikuti ...": no content
    if pred is None:
        return []
    return _pledge_run(lx, toks, pred)


# between a pledge noun and the marker of its content ("Dalam ikrar yang diucapkan pegawai ini
# ada empat poin, yaitu ...") at most this many words
PLEDGE_MARKER_REACH = 12


def pledge_marked_acts(lx: Lexicon, text: str, sent: Sentence, end: int) -> list[tuple[int, int, str, str]]:
    """The acts of a pledge named anywhere in the sentence and followed, within
    PLEDGE_MARKER_REACH words, by a marker of its content (cues.json pledge_run_markers: "yaitu",
    "yakni", "antara lain", ":") or a predicate of content ("ikrar yang diucapkan bertujuan
    untuk ..."), then a run of acts: one clause per act as in :func:`pledge_content_acts`. The
    words between name the pledge, its points or its pledgers: a verb other than one of
    uttering it ("ikrar itu diikuti ...", "apel yang bertujuan ...") breaks the link, as does a
    sentence mark. Empty when no act follows the marker."""
    toks = [t for t in tokenize(text[sent.start:end], sent.start) if t.text not in _QUOTE_MARKS]
    if any(t.text == "?" for t in toks):
        return []
    for k in range(len(toks)):
        hit = first_seq_at(toks, k, lx.pledge_nouns)
        if hit is None or (k and toks[k - 1].low in lx.negators):
            continue
        for j in range(k + len(hit[0]), min(len(toks), k + len(hit[0]) + PLEDGE_MARKER_REACH + 1)):
            mk = first_seq_at(toks, j, lx.pledge_run_markers) or first_seq_at(toks, j, lx.pledge_content_predicates)
            if mk is not None:
                a = j + len(mk[0])
                while a < len(toks) and toks[a].text in (":", ","):
                    a += 1                            # "yakni: A, B"
                run = _pledge_run(lx, toks, a)
                if run:
                    return run
                continue                              # "memuat lima hal, antara lain: A, B": the marker after
            t = toks[j]
            if t.text in (".", ";", "!", "(", ")") or (lx.is_verb(t) and t.low not in lx.pledge_utterance_verbs) \
                    or first_seq_at(toks, j, lx.pledge_nouns):
                break
    return []


# the copula naming an act a pledge's point ("A, demi B, menjadi poin pertama dalam ikrar ...")
POINT_COPULAS = ("menjadi", "merupakan", "adalah", "ialah")


def pledge_point_act(lx: Lexicon, text: str, sent: Sentence, end: int) -> Optional[tuple[int, int]]:
    """An act told as a pledge's point: a sentence that opens with an active verb and names it
    a numbered point (a copula, a point noun of pledge_item_nouns and an
    ordinal: "Menjaga netralitas di kantor, menjadi butir kedua ikrar pegawai itu"). The act
    runs to the comma before the copula, a purpose after a comma ("..., demi terwujudnya ...")
    cut off. (start, end) or None."""
    toks = [t for t in tokenize(text[sent.start:end], sent.start) if t.text not in _QUOTE_MARKS]
    if len(toks) < 5 or _content_act_at(lx, toks, 0) != "obligation":
        return None
    for c in range(2, len(toks) - 2):
        if toks[c].low in POINT_COPULAS and toks[c + 1].low in lx.pledge_item_nouns \
                and first_seq_at(toks, c + 2, lx.ordinals):
            e = c - 2 if toks[c - 1].text == "," else c - 1
            for d in range(1, c - 1):
                if toks[d - 1].text == "," and toks[d].low == "demi":
                    e = d - 2
                    break
            return (toks[0].start, toks[e].end) if e > 0 else None
    return None


def _pledge_run(lx: Lexicon, toks: list, pred: int) -> list[tuple[int, int, str, str]]:
    """The run of pledged acts from ``pred``: (start, end, kind, cue) per act (see
    :func:`pledge_content_acts`); empty when no act opens the run."""
    starts: list[tuple[int, str]] = []
    r, first, joiner = pred, True, None
    while r < len(toks):
        a0 = skip(toks, skip(toks, r, lx.adverbs), lx.complementizers | lx.purpose_links)   # ", agar tidak B"
        a = skip(toks, a0, lx.adverbs)
        kind = _content_act_at(lx, toks, a)
        if kind is None and a < len(toks) and toks[a].low in lx.positive_states and joiner is None:
            kind, a = "obligation", a0                # "bertujuan untuk tetap netral ...": a pledged state
        if kind is None and first and a + 1 < len(toks) and toks[a].text.isalpha() \
                and (kind := _content_act_at(lx, toks, a + 1)) is not None:
            pass                                      # "menegaskan bijak menggunakan media sosial": a manner word first
        if kind == "obligation" and starts and starts[-1][1] == "prohibition" and joiner in ("atau", "maupun"):
            kind = "prohibition"                      # "tidak A atau B": B is forbidden too
        if kind is not None and starts and a - starts[-1][0] == 2 and toks[a - 1].low in lx.coordinators \
                and lx.is_verb(toks[a - 2]):
            kind = None                               # "menjaga dan menegakkan prinsip ...": verbs sharing one object
        elif kind is not None:
            starts.append((a, kind))
        elif first:
            return []
        first = False
        q = a + 1
        while q < len(toks) and not (toks[q].text in (",", ";") or toks[q].low in lx.coordinators):
            q += 1
        joiner = None
        while q < len(toks) and (toks[q].text in (",", ";") or toks[q].low in lx.coordinators):
            joiner = toks[q].low if toks[q].low in lx.coordinators else joiner
            q += 1
        r = q
    out = []
    for n, (p, kind) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(toks)
        e = stop - 1
        while e > p and (toks[e].text in (",", ";", ".", "!") or toks[e].low in lx.coordinators
                         or toks[e].low in lx.complementizers or toks[e].low in lx.purpose_links):
            e -= 1
        v = p + 1 if toks[p].low in lx.negators else p
        out.append((toks[p].start, toks[e].end, kind, "tidak" if kind == "prohibition" else toks[v].low))
    return out


def _framed_violation(lx: Lexicon, toks: list, c: int) -> Optional[int]:
    """Index of a noun of violation that a relative's framing verb or link (cues.json
    announce_framers, announce_links) puts its head in, from c right after "yang" ("yang
    dianggap sebagai pelanggaran", "yang tergolong pelanggaran", "yang masuk kategori
    pelanggaran"); None otherwise."""
    v = skip(toks, c, lx.announce_framers)
    framed = v > c
    while v < len(toks) and toks[v].low in lx.announce_links:
        v, framed = v + 1, True
    if not framed:
        return None
    v = skip(toks, v, lx.kind_nouns)
    e = lx.listing_noun(toks[v].low) if v < len(toks) else None
    return v if e is not None and e["kind"] == "prohibition" else None


def _names_violations(lx: Lexicon, toks: list, k: int) -> bool:
    """The noun of items at k is a noun of prohibition ("pelanggaran", "larangan"), or a
    noun of kind before one ("bentuk / jenis pelanggaran"): what it announces is forbidden."""
    for j in (k, k + 1):
        e = lx.listing_noun(toks[j].low) if j < len(toks) else None
        if e is not None and e["kind"] == "prohibition":
            return True
        if j == k and toks[k].low not in lx.announce_nouns:
            return False
    return False


# A violation item's doer or topic ("pelanggaran pegawai yang ...", "pelanggaran tentang ASN
# yang ...") stands within this many words between the noun and the "yang" of its act.
MAX_VIOLATION_TOPIC = 6


def violation_ordinal(lx: Lexicon, text: str, sent: Sentence) -> Optional[tuple[int, dict, str]]:
    """A sentence that opens as one item of a list of violations: a noun of prohibition with
    an ordinal ("Pelanggaran keempat menjadi pengurus partai", "Larangan yang kedua, yang
    wajib diingat pegawai, yakni ...") or after a sequence word ("Selanjutnya pelanggaran
    memasang ..."), or an ordinal before the noun of a violation told by its act
    ("Pertama, pelanggaran tentang pegawai yang ikut ..."). The act starts right after the
    noun and its ordinal when a verb or a negator opens it there, else after the first of
    item_frame_markers (the words before it frame the item: "yang harus dijaga pegawai"); a
    violation told by a relative act starts at its noun. Returns (offset where the act starts,
    the noun's cue entry, the noun), or None (also for a breach's sanction)."""
    toks = unquoted_tokens(sent.text, sent.start)
    if any(t.low in lx.sanction_terms and lx.listing_noun(t.low) is None for t in toks):
        return None                                  # "Pelanggaran kedua akan dikenai sanksi ..."
    o = skip(toks, 0, lx.ordinal_lead_words)
    led = o > 0
    ordinal = first_seq_at(toks, o, lx.ordinals) if o < len(toks) else None
    if ordinal is not None:                          # "Pertama, pelanggaran ..."
        o += len(ordinal[0])
        if o < len(toks) and toks[o].text in (",", ":"):
            o += 1
    if o >= len(toks):
        return None
    e = lx.listing_noun(toks[o].low)
    if e is None or e["kind"] != "prohibition":
        return None
    noun_at, noun = o, toks[o].text
    o += 1
    if ordinal is None:
        if o < len(toks) and toks[o].low == "yang" and o + 1 < len(toks) and toks[o + 1].low in lx.ordinal_words:
            o += 1                                   # "Pelanggaran yang ketujuh, ..."
        ordinal = first_seq_at(toks, o, lx.ordinals) if o < len(toks) else None
        if ordinal is not None:
            o += len(ordinal[0])
        elif not led:
            return None                              # "Pelanggaran itu ...": no item
    k = o
    if k < len(toks) and toks[k].text in (",", ":"):
        k += 1

    def act(j: int) -> bool:
        return j < len(toks) and (toks[j].low in lx.negators
                                  or (lx.is_verb(toks[j]) and not toks[j].low.startswith(lx.passive_prefixes)))

    if act(k):
        return toks[k].start, e, noun
    # "pelanggaran pegawai yang membuat ...", "pelanggaran tentang ASN yang masuk ...": the act in a relative
    for j in range(k, min(len(toks), k + MAX_VIOLATION_TOPIC + 1)):
        if toks[j].text in (",", ";", ":", "."):
            break
        if toks[j].low == "yang":
            if act(j + 1) and j > k:
                return toks[noun_at].start, e, noun
            break
    for j in range(k, len(toks) - 1):
        if toks[j].low in lx.item_frame_markers:
            a = j + 1
            while a < len(toks) and toks[a].text in (",", ":"):
                a += 1
            if a < len(toks) and toks[a].text[:1].isalnum():
                return toks[a].start, e, noun
            return None
    return None
