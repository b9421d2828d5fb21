"""Deontic cues in a sentence (cues.json): modal ("dilarang"), passive ("diimbau agar"),
directive ("melarang ASN untuk"), nominal ("larangan bagi ASN untuk"), lead ("larangan ...:"),
with the negation, conditions and relative clauses that change or cancel them, and the
actor each one binds (actors.json).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .lexicon import OPEN_QUOTES, Lexicon, Tok, first_seq_at, is_lead_in, matching_bracket, seq_at, skip
from .speakers import MAX_TURN_LABEL_WORDS, MAX_VOCATIVE_WORDS

# A hearsay frame ("ada yang bilang") this close before a cue makes it a claim reported, not a rule.
HEARSAY_WINDOW = 6
# A directive verb must meet its complementizer ("meminta ... agar") within this many tokens.
DIRECTIVE_WINDOW = 18
# A conditional word this close before a cue makes it a condition, not a rule.
CONDITIONAL_WINDOW = 4
# Addressee phrases longer than this are not actors but content.
MAX_ACTOR_TOKENS = 16
# a time back opens the sentence within this many tokens ("Pada pemilu 2019 lalu,")
PAST_TIME_OPENER_TOKENS = 6
YEAR_RE = re.compile(r"(19|20)\d\d")
# An actor phrase before a modal cue is looked for at most this many tokens back
# (unbounded, a long run of cues without a boundary made extraction quadratic).
ACTOR_LOOKBACK = 64
CLOSE_QUOTES = ('"', "”", "’", "'", "»")
# Marks that close a clause: a bare order after a condition may stand before one of them.
CLAUSE_ENDS = (",", ".", "!", ";") + CLOSE_QUOTES
@dataclass
class CueMatch:
    first: int                 # token index of the cue's first token (negator included)
    last: int                  # token index after the cue
    entry: dict
    kind: str
    force: str
    negated: bool
    content: int               # token index where the content starts
    actor: Optional[tuple[int, int]] = None      # token span of the actor
    speaker_span: Optional[tuple[int, int]] = None
    opens_at_content: bool = False                # the clause starts at its content, not at the cue
    nominal_acts: bool = False                    # the content lists acts named as nouns ("pemasangan ..., pembagian ...")
    given_in_act: bool = False                    # a noun of rule the act before gives ("... untuk memberikan surat
    #                                               imbauan kepada kades untuk tidak ..."): that act runs to the
    #                                               addressee, this clause opens at the content


def find_cues(lx: Lexicon, toks: list[Tok], speech: bool = False) -> list[CueMatch]:
    """Deontic cues in a sentence, left to right, non-overlapping, longest first. In an
    official's ``speech`` a bare imperative where an order can open is a cue too."""
    if not speech and not lx.holds_cue_word(toks):
        return []                                      # (speech_heads may find an order in any sentence)
    found: list[CueMatch] = []
    heads = (speech_heads(lx, toks) if speech else ()) + told_heads(lx, toks)
    i = 0
    rejected_end = -1                                  # token after a cue that states no rule here
    lead_in = is_lead_in(toks)
    while i < len(toks):
        hit = first_seq_at(toks, i, lx.entries_by_first)
        if not hit:
            i += 1
            continue
        seq, e = hit
        if e.get("after_subject_only") and (i == _sentence_head(lx, toks) or not toks[i - 1].text[0].isalnum()):
            # "Ingatkan keluarga untuk ...", "Kalau ..., ingatkan dan laporkan": no subject before
            # the root form, an imperative: the entry of the same words read as one, if any
            e = next((v for q, v in lx.entries_by_first.get(toks[i].low, []) if q == seq and v is not e), None)
            if e is None:
                i += len(seq)
                continue
        if rejected_end >= 0 and i == rejected_end + 2 and toks[rejected_end].low in lx.coordinators \
                and toks[i - 1].low in lx.negators:
            i += len(seq)                              # "apa yang harus dan tidak harus dikerjakan": one relative
            continue
        if i == rejected_end and e["role"] == "directive" and toks[i].low not in lx.speaker_pronouns:
            i += len(seq)                              # "Jika ..., petugas dapat meminta warga ...": the modal's act
            continue                                   # ("perlu saya ingatkan kepada ...": the speaker's own directive)
        if toks[i].low in lx.negation_bridges and i + len(seq) < len(toks) and i > 0 \
                and toks[skip(toks, i - 1, lx.adverbs, -1)].low in lx.negators \
                and first_seq_at(toks, i + len(seq), lx.entries_by_first):
            i += len(seq)                              # "tidak bisa mengizinkan ...": the next cue's rule, negated
            continue
        prev = found[-1] if found else None
        if prev is not None and prev.entry["role"] == "modal" and e["role"] == "modal" and (
                (prev.content == i - 1 and toks[i - 1].low in lx.coordinators and e["kind"] == prev.kind
                 and not prev.negated)
                or (prev.negated and prev.content == i - 2 and toks[i - 2].low in lx.coordinators
                    and toks[i - 1].low in lx.negators and negated_kind(e, e["kind"]) == prev.kind)):
            # "harus dan wajib menjunjung ...", "tidak diperbolehkan atau tidak diperkenankan untuk ...":
            # one cue said twice
            found[-1] = _qualify(lx, toks, i, i + len(seq), e, lead_in, None) or prev
            if found[-1] is not prev:
                found[-1].first, found[-1].actor = prev.first, prev.actor
            i = max(found[-1].content, i + len(seq))
            continue
        if prev is not None and prev.entry["role"] == "modal" and prev.kind == "obligation" and not prev.negated \
                and prev.content == i and e["kind"] == "permission" and e["role"] == "passive":
            i += len(seq)                              # "keluarga harus dipersilakan untuk memilih ...": a duty
            continue                                   # to let them act; the permission is the duty's act
        if toks[i].low in lx.reporting_passives and len(seq) == 1 and i > 0 and toks[i - 1].text[:1].isalnum() \
                and (nxt_hit := first_seq_at(toks, skip(toks, skip(toks, i + 1, lx.reporting_fillers), lx.negators),
                                        lx.entries_by_first)) \
                and nxt_hit[1]["role"] in ("modal", "passive") \
                and toks[skip(toks, i + 1, lx.reporting_fillers)].low not in lx.complementizers:
            i += 1                                     # "Para lurah diingatkan tidak boleh ...": the rule reported
            continue                                   # is the next cue's, its actor before the verb of saying
        m = _qualify(lx, toks, i, i + len(seq), e, lead_in, prev, heads)
        if m:
            found.append(m)
            i = i + len(seq) if e["role"] == "directive" else max(m.content, i + len(seq))
            if m.content > m.last:
                # "... termasuk pelanggaran, jadi wajib menghapusnya": a judgement closing its act
                # reaches the sentence's end, but what follows from it after a comma is a rule of its own
                i = next((c + 1 for c in range(m.last, m.content - 1) if toks[c].text == ","
                          and first_seq_at(toks, c + 1, lx.inference_openers)), i)
            if m.entry["role"] != "directive" and i < len(toks) and toks[i].low in lx.negators and i == m.content:
                i += 1                                 # "diimbau jangan golput": one rule, not two

        elif len(seq) > 1 and e["role"] == "modal" and first_seq_at(toks, i + 1, lx.entries_by_first):
            i += 1                                     # "Saya minta kepala OPD ...": no actor before "saya
            #                                            minta", so the directive "minta" binds its addressee
        elif len(seq) > 2 and e.get("closes_clause") and (
                inner := next((p for p in range(i + 1, i + len(seq)) if first_seq_at(toks, p, lx.entries_by_first)), None)):
            i = inner                                  # "tidak ada larangan bagi guru untuk ...": no closing
            #                                            judgement, the noun of rule inside it binds its act
        else:
            i += len(seq)
            # a noun of rule that names none here ("membawa surat tugas dan tidak boleh ...")
            # pairs with no negated cue after it
            rejected_end = -1 if e["role"] == "lead" else skip(toks, i, lx.adverbs)
    if heads:
        found = _speech_orders(lx, toks, heads, found)
        for m in found:
            if m.actor is not None and any(o is not m and o.entry.get("imperative") and m.actor[0] <= o.first < m.first
                                           for o in found):
                m.actor = None                         # "Para camat pahami aturan ini, jangan ...": the order
                #                                        before the cue is no part of its actor
    # A directive whose complementizer lies beyond a later directive yields to it
    # ("Surat Edaran ... untuk menghimbau agar ...").
    kept: list[CueMatch] = []
    for k, m in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if _directive_in_directive(lx, toks, m, nxt):
            # "meminta para Bhayangkari mengingatkan keluarga agar ...": the request is a duty of
            # its addressee to give the notice, to whom; the notice's content is the inner rule's
            m.kind, m.negated, m.actor, m.content = "obligation", False, (m.actor[0], nxt.first), nxt.first
            nxt.given_in_act = nxt.opens_at_content = True
            kept.append(m)
            continue
        if m.entry["role"] == "directive" and nxt and nxt.first < m.content and nxt.entry["role"] in ("directive", "lead"):
            continue                                   # "menegaskan kembali larangan kepada ... untuk ...": the noun's rule
        if m.entry["role"] == "directive" and kept and m.first == kept[-1].content and m.actor is not None \
                and kept[-1].entry.get("addressee_by_preposition") and kept[-1].actor is not None \
                and kept[-1].actor[1] == m.first and (a := kept[-1].actor[0]) > 0 and toks[a - 1].text == "," \
                and (term := lx.actor_term_at(toks, a)) is not None and a + term[0] == m.first:
            m.given_in_act = m.opens_at_content = False
            kept[-1] = m                               # "Dalam surat edaran itu, Bupati melarang seluruh ASN ...":
            continue                                   # the issuer before the command verb, no addressee
        if m.entry["role"] == "directive" and kept and m.first == kept[-1].content and not m.given_in_act:
            continue                                   # "tidak diperbolehkan mengajak keluarga untuk ...": the act's verb
        if m.entry["role"] == "directive" and not kept and nxt is not None and nxt.entry["role"] in ("modal", "passive") \
                and not any(t.text[0].isalnum() for t in toks[:m.first]) \
                and closes_sentence(lx, toks, nxt.content, next((q for q in range(nxt.content, len(toks))
                                                                 if toks[q].text in ('"', "”")), len(toks))):
            continue                                   # "Mengajak keluarga memilih calon juga dilarang": the act judged
        if m.entry["role"] == "directive" and kept and kept[-1].entry["role"] != "directive" \
                and kept[-1].content <= m.first and m.first > 0 \
                and (toks[m.first - 1].low in lx.complementizers or toks[m.first - 1].low in lx.coordinators
                     or toks[m.first - 1].low in lx.act_openers or toks[m.first - 1].text == ","):
            continue                                   # "dilarang memakai jabatan untuk / dan mengajak warga ...": its act
        if kept and m.kind == "permission" and m.entry["role"] in ("modal", "passive") and not m.negated \
                and kept[-1].entry["role"] == "modal" and kept[-1].kind in ("obligation", "prohibition") \
                and m.first == kept[-1].content:
            continue                                   # "harus mendapat izin tertulis dari kepala desa": the duty's act;
            #                                            "keluarga harus dipersilakan memilih ...": a duty to permit
        if kept and m.entry["role"] == "modal" and kept[-1].entry["role"] == "modal" and not m.negated \
                and not kept[-1].negated and m.first == kept[-1].content \
                and [t.low for t in toks[m.first:m.last]] == [t.low for t in toks[kept[-1].first:kept[-1].last]]:
            continue                                   # "pegawai harus harus mengajukan cuti": one cue typed twice
        if kept and m.kind == "permission" and not m.negated and toks[m.first].low in lx.auxiliaries \
                and (m.first == kept[-1].content - 1
                     or kept[-1].entry["role"] == "directive" and m.first == kept[-1].content
                     and toks[m.first - 1].low in lx.complementizers
                     or kept[-1].entry["role"] == "directive" and kept[-1].first < m.first < kept[-1].content):
            continue                                   # "mengajak pegawai dapat menggunakan hak pilih": the wish's auxiliary
        if (m.entry["role"] != "directive" or m.negated) and kept and kept[-1].entry["role"] == "directive" \
                and m.first == kept[-1].content and m.kind in ("prohibition", "obligation"):
            continue                                   # "mengingatkan warga jangan ...", "meminta kepala sekolah
            #                                            tidak mengizinkan ...": the directive's own content
        if kept and m.actor is not None and m.actor[0] > 0 and toks[m.actor[0] - 1].low in lx.passive_agents \
                and kept[-1].entry["role"] in ("modal", "passive") and kept[-1].content < m.actor[0]:
            continue                                   # "hanya boleh dihadiri oleh mereka yang boleh hadir": the
            #                                            agent's relative, part of the act
        if kept and _given_in_act(lx, toks, kept[-1], m):
            m.given_in_act = m.opens_at_content = True
        kept.append(m)
    return kept


def _directive_in_directive(lx: Lexicon, toks: list[Tok], m: CueMatch, nxt: Optional[CueMatch]) -> bool:
    """Whether directive ``m`` asks its addressee to give the directive right after it
    ("meminta para camat mengingatkan kepala desa agar ...", "menginstruksikan kepala
    sekolah mengimbau guru supaya ..."): the outer addressee is an actor term that ends at
    the inner cue, the inner directive names its own addressee and content after it."""
    if nxt is None or m.entry["role"] != "directive" or nxt.entry["role"] != "directive" or m.negated \
            or nxt.negated or m.actor is None or nxt.actor is None or not m.actor[0] < nxt.first < m.content \
            or nxt.actor[0] != nxt.last or nxt.content <= nxt.actor[1]:
        return False
    if not toks[nxt.first].low.startswith(tuple(lx.active_prefixes)):
        return False
    a = skip(toks, m.actor[0], lx.determiners)
    hit = lx.actor_term_at(toks, a) if a < nxt.first else None
    return hit is not None and a + hit[0] == nxt.first


# A light verb gives a noun of rule at most this many words before it ("memberikan surat imbauan").
MAX_GIVEN_RULE_GAP = 3


def _given_in_act(lx: Lexicon, toks: list[Tok], prev: CueMatch, m: CueMatch) -> bool:
    """Whether the noun of rule ``m`` is what the act of the cue before it gives ("meminta
    camat untuk memberikan surat imbauan kepada kepala desa untuk tidak ikut kampanye"):
    a light verb (cues.json light_verbs) in that act, a few words before the noun, and the
    noun's addressee then a complementizer after it. The act before is the giving, to the
    addressee; the noun's rule is its content, for the addressee."""
    if m.entry["role"] != "lead" or prev.entry["role"] == "lead" or m.actor is None or m.actor[0] < m.last \
            or m.actor[1] >= len(toks) or toks[m.actor[1]].low not in lx.complementizers or m.content <= m.actor[1]:
        return False
    return any(toks[g].low in lx.light_verbs and prev.content <= g
               and all(t.text[:1].isalnum() and not lx.is_verb(t) for t in toks[g + 1:m.first])
               for g in range(max(prev.content, m.first - 1 - MAX_GIVEN_RULE_GAP), m.first))


@dataclass
class _Site:
    """A cue found at toks[i:j] and what _qualify has learned of it so far, for its phases."""
    lx: Lexicon
    toks: list[Tok]
    i: int
    j: int
    e: dict
    lead_in: bool
    role: str
    kind: str
    force: str
    negated: bool = False
    first: int = 0                 # the cue's first token, its negator included
    before: int = -1               # the word before it, adverbs skipped
    allowed: Optional[tuple] = None  # (doer span, act start) of a condition after "silakan (saja), kalau ..."


def _qualify(lx: Lexicon, toks: list[Tok], i: int, j: int, e: dict, lead_in: bool,
             before_cue: Optional[CueMatch] = None, heads=()) -> Optional[CueMatch]:
    """The rule a cue at toks[i:j] states, or None. Phases, each a function below:
    1. the cue itself is no rule here (outlet calls, nouns, hearsay, doubt, a relative clause);
    2. its negator; 3. the words before it (reports, history, exceptions, provisos);
    4. cues that frame another shape (an act judged before, "yang dilarang adalah ...",
       imperatives, "yang penting tidak ...", duty nouns) hand over to their readers;
    5. conditions, questions and decisions; 6. an actor where the cue needs one;
    7. where the content starts; 8. duties with no act; 9. a directive's addressee and act;
    10. the kind the content turns it into; 11. a modal's actor and the frames around it."""
    s = _Site(lx, toks, i, j, e, lead_in, e["role"], e["kind"], e["force"])
    if _cue_vetoed(s):
        return None
    s.negated, s.first = _negation(s)
    s.before = skip(toks, s.first - 1, lx.adverbs, -1)      # "yang masih boleh ...": still a description
    if _context_vetoed(s):
        return None
    if e.get("judges_before"):
        return _judged_act(lx, toks, s.first, j, e, s.negated)
    if s.before >= 0 and toks[s.before].low in lx.skip_after and not lead_in \
            and not _rule_source_relative(s) and not _closed_relative(s):
        return _framed_rule(s)
    if _condition_vetoed(s) and not (e.get("imperative") and i in heads):
        return None                                   # (an order where speech opens one follows the condition)
    if e.get("imperative"):
        return _imperative(lx, toks, i, j, e, heads)
    if _question_vetoed(s):
        return None
    if e.get("negated_content_only"):
        return _content_negated_rule(s)
    if e.get("requires_actor") and _actor_missing(s, before_cue):
        return None
    if s.role == "lead" and not lead_in:
        if e.get("lead_only") and not (e.get("names_context") and _content_clause_at(lx, toks, j)):
            return None                               # "tugas pengamanan": a duty noun outside a lead-in
            #                                           ("instruksi dengan tegas agar ...": its content follows)
        return _nominal(lx, toks, s.first, j, e, s.negated)
    if s.negated and s.role == "directive" and s.kind == "obligation" and s.force == "advisory" \
            and not e.get("negated_kind"):
        return None                                   # "Bupati tidak meminta ASN hadir": no request made, no
        #                                               leave either (only "tidak mewajibkan" leaves it free)
    if s.negated and s.role in ("modal", "passive", "directive"):
        s.kind = negated_kind(e, s.kind)             # "tidak melarang pegawai mendengarkan ...": a permission
        if s.kind == "none":
            return None                               # "tidak perlu melapor ulang": no rule
    if e.get("wish") and j + 1 < len(toks) and toks[j].text == "," \
            and lx.starts_actor(toks, skip(toks, j + 1, lx.determiners)):
        s.j = j + 1                                   # "berharap, setiap ASN dapat tetap menjaga ...": the comma
    start = _content_start(s)
    if start is None or _no_act_duty(s, start[0]):
        return None
    content, passive_actor, addressed = start
    m = CueMatch(first=s.first, last=j, entry=e, kind=s.kind, force=s.force, negated=s.negated, content=content)
    if s.role == "directive" and not _bind_directive(s, m):
        return None
    if e.get("pledge") and m.kind == "obligation" and _pledged_negation(lx, toks, m.content):
        m.kind = "prohibition"                        # "berkomitmen untuk tidak mendukung ...": the pledged act negated
    if s.role == "directive" and m.actor is None and _outcome_content(lx, toks, m.content):
        return None                                   # "meminta agar pilkada tidak berujung pada kerusuhan": an
        #                                               outcome asked for, no one's conduct
    if s.role in ("directive", "passive") and m.actor is None \
            and (c := skip(toks, m.content, lx.negators)) > m.content and c < len(toks) and toks[c].low in lx.event_verbs:
        return None                                   # "ditegaskan agar tidak terjadi salah paham": an aim, no act
    if s.role == "directive" and (c := skip(toks, m.content, lx.adverbs)) < len(toks) \
            and toks[c].low in lx.sanction_terms and toks[c].low.startswith(lx.passive_prefixes):
        return None                                   # "merekomendasikan tiga ASN ke KASN agar dijatuhi sanksi":
        #                                               a sanction asked for, no rule of conduct
    if e.get("wish") and not _wished_conduct(lx, toks, m):
        return None                                   # "berharap pilkada berjalan damai": an outcome wished
    if e.get("wish") and toks[m.first].low in lx.speaker_pronouns and m.first + 1 < j:
        m.first += 1                                  # "Saya harap ASN ...": from the verb, like "berharap"
    _kind_from_content(s, m)
    if s.allowed is not None:
        m.actor, m.content = s.allowed
        return m
    if s.role in ("modal", "passive"):
        return _bind_modal_actor(s, m, passive_actor, addressed)
    return m


def _cue_vetoed(s: _Site) -> bool:
    """Phase 1: the cue words state no rule where they stand."""
    lx, toks, i, j, role = s.lx, s.toks, s.i, s.j, s.role
    if j + 1 < len(toks) and toks[j].text == ":" and _tells_before_colon(lx, toks, j) \
            and any(t.text[0].isalnum() for t in toks[j + 1:]):
        return True                                   # "Para camat diingatkan: jangan ...": a lead-in, the orders
        #                                               after its colon are the clauses
    if toks[i].low in lx.reader_calls and first_seq_at(toks, i, lx.reader_calls):
        return True                                   # "Jangan lupa subscribe ...": the outlet to its readers
    if toks[i].low in lx.non_cues and first_seq_at(toks, i, lx.non_cues) \
            and not (i > 0 and toks[i - 1].low in lx.negators):      # "tidak boleh jadi pendengung": a rule
        return True                                   # "Wajib pajak daerah ...": a noun, not a cue
    if any((h := first_seq_at(toks, k, lx.hearsay_frames)) and not any(lx.is_verb(t) for t in toks[k + len(h[0]):i])
           for k in range(max(0, i - HEARSAY_WINDOW), i) if toks[k].low in lx.hearsay_frames):
        return True                                   # "ada yang bilang boleh hadir asal diam": hearsay, not a rule;
        #                                               "yang ... merasa dirugikan wajib ...": the frame has its own verb
    if role == "directive" and (d := skip(toks, j, lx.determiners)) < len(toks) \
            and toks[d].low in lx.information_nouns:
        return True                                   # "meminta keterangan tiga kades ...": information asked, no order
    if role == "modal" and j == i + 1 and j < len(toks) and toks[j].low == "yang" and i > 0 \
            and toks[i - 1].text[:1].isalpha() and toks[i - 1].low not in lx.negators \
            and not lx.starts_actor(toks, i - 1) and not lx.is_cue_token(toks[i - 1].low):
        return True                                   # "urusan wajib yang ...": an adjective on the noun before it
    if role == "modal" and _sanction_imposed_before(lx, toks, i):
        return True                                   # "diturunkan pangkatnya atau dia tidak boleh ikut promosi":
        #                                               what a sanction does, no rule
    if role == "modal" and any(t.low in lx.doubt_nouns for t in toks[j:]):
        return True                                   # "soal guru swasta boleh masuk partai, masih terdapat
        #                                               ketidakjelasan": a rule in doubt, talk about the rule
    if (role == "lead" or s.e.get("needs_act")) and j < len(toks) and toks[j].low == "sebagai" \
            and not any(t.low in lx.complementizers or t.low in lx.forward_words or t.text == ":" for t in toks[j:]):
        return True                                   # "memiliki tanggung jawab sebagai pelayan publik": a role, no act
    if _in_title(lx, toks, i, j):
        return True                                   # "PP 53 tentang Disiplin PNS Larang Guru Berpolitik": a title
    if role != "lead" and _in_doubt(lx, toks, i):
        return True                                   # "warga mempertanyakan apakah ASN boleh ...": a doubt reported
    if role == "passive" and i > 1 and toks[i - 1].low in lx.relative_act_joiners and _inside_relative(lx, toks, i - 1) \
            and any(lx.is_cue_token(toks[k].low) and first_seq_at(toks, k, lx.modal_by_first)
                    for k in range(j, min(len(toks), j + MAX_JOINED_RELATIVE))):
        return True                                   # "Perangkat desa yang diancam dan diminta memilih calon
        #                                               tertentu wajib melapor": the relative clause's verb
    return False


def _outcome_content(lx: Lexicon, toks: list[Tok], c: int) -> bool:
    """Whether a directive's content with no addressee is an outcome: a subject that is no
    actor or pronoun, then (a negator and) a verb of outcome or consequence within a few
    words ("meminta agar pelaksanaan pilkada tidak berujung pada ...", "agar pilkada berjalan
    damai"); "agar balai desa tidak dijadikan posko" names an act done to it and stays."""
    if c >= len(toks) or lx.starts_actor(toks, c) or lx.is_verb(toks[c]) or toks[c].low in lx.negators \
            or lx.is_order_verb(toks[c]):
        return False
    for k in range(c + 1, min(len(toks), c + OUTCOME_SUBJECT_WORDS + 1)):
        if toks[k].low == "yang" or lx.is_order_verb(toks[k]):
            return False                              # "minta tolong catat setiap tamu yang membawa ...": an order
        if toks[k].low in lx.negators or not toks[k].text[0].isalnum():
            continue
        if toks[k].low in lx.outcome_verbs or toks[k].low in lx.consequence_verbs:
            return toks[k].low not in lx.copular_verbs and toks[k].low not in lx.auxiliaries
        if lx.is_verb(toks[k]):
            return False
    return False


# the subject of an outcome asked for has at most this many words
OUTCOME_SUBJECT_WORDS = 5


def _sanction_imposed_before(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Whether a cue goes on a list of what a sanction does: a passive verb of sanction
    (cues.json imposed_sanctions: "diturunkan", "ditunda", "dicopot") before it in its sentence,
    not in a relative clause ("yang dimutasi"), and a coordinator between them with no
    other cue ("ditunda pangkatnya atau dia tidak boleh ikut promosi")."""
    for k in range(i - 1, max(-1, i - SANCTION_REACH), -1):
        if toks[k].text in (".", ";", ":") or (k < i - 1 and lx.is_cue_token(toks[k].low)):
            return False
        if toks[k].low in lx.imposed_sanctions:
            return (k == 0 or toks[k - 1].low != "yang") and any(t.low in lx.coordinators for t in toks[k + 1:i])
    return False


# a verb of sanction stands at most this many tokens before the cue it lists
SANCTION_REACH = 12


def _in_title(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """Whether a cue word stands capitalised inside a title-case run in running text (a law's
    or another story's title quoted: "diatur dalam PP 53 tentang Disiplin PNS Larang Guru
    Berpolitik"): a capitalised word (not a short function word) right before and right after
    it, the cue itself capitalised and not where a sentence or quote opens."""
    if i < 2 or not toks[i].text[:1].isupper() or not toks[i - 1].text[:1].isalnum():
        return False
    def cap(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].text[:1].isupper() and toks[k].low not in lx.headline_small_words
    return cap(i - 1) and cap(j) and all(toks[k].text[:1].isupper() for k in range(i, j)
                                         if toks[k].text[:1].isalpha())


def _negation(s: _Site) -> tuple[bool, int]:
    """Phase 2: whether a negator before the cue turns it, and the cue's first token then."""
    lx, toks, i, role = s.lx, s.toks, s.i, s.role
    prev = skip(toks, i - 1, lx.adverbs, -1)
    bridged = prev
    while bridged > 0 and (toks[bridged].low in lx.negation_bridges or toks[bridged].low in lx.negation_reason_nouns
                           or (toks[bridged].low == "yang" and toks[bridged - 1].low in lx.negation_reason_nouns)
                           or (role == "lead" and toks[bridged].low in lx.light_verbs)):
        # "tidak akan mengizinkan", "tidak bisa mengizinkan", "tidak akan memberi izin bagi ...",
        # "tidak ada alasan yang membolehkan ..."
        bridged = skip(toks, bridged - 1, lx.adverbs, -1)
    if bridged != prev and bridged >= 0 and toks[bridged].low in lx.negators:
        prev = bridged
    elided = prev >= 1 and toks[prev].text in ("'", "’") and toks[prev - 1].low in lx.elided_negators \
        and toks[prev].start == toks[prev - 1].end      # Madurese "ta' olle": "ta" and its apostrophe
    if elided:
        prev -= 1
    not_yet = prev >= 0 and s.kind == "permission" and toks[prev].low in lx.not_yet_words
    #                                                  "belum boleh berkampanye": not allowed yet
    negated = prev >= 0 and (elided or not_yet or toks[prev].low in lx.negators) and toks[i].low not in lx.negators \
        and not _in_actor_term(lx, toks, prev)        # "Pegawai Tidak Tetap dilarang ...": a name, no negation
    if negated and 0 < prev < i - 1 and toks[prev - 1].low == toks[prev + 1].low and toks[prev - 1].text[0].isalpha():
        negated = False                                # "mau tidak mau harus memilih", "suka tidak suka": "whether
        #                                                or not", the cue after it stands
        prev = i
    return negated, (prev if negated else i)


# a citation's preposition is followed by its source within this many words ("dalam Surat Edaran",
# "di dalam UU", "pada Pasal 9")
CITATION_SOURCE_REACH = 3


def source_within(lx: Lexicon, toks: list[Tok], p: int, end: int) -> bool:
    """Whether a rule source (cues.json rule_sources: "UU", "Pasal", "surat" ...) stands within
    CITATION_SOURCE_REACH words from ``p`` (before ``end``)."""
    return any(toks[x].low in lx.rule_sources for x in range(p, min(end, p + CITATION_SOURCE_REACH)))


def cited_source_after(lx: Lexicon, toks: list[Tok], v: int, end: int) -> bool:
    """Whether a citing verb at v ("diatur", "dilarang") is followed by its preposition or
    agent and then a rule source ("... dalam UU Nomor 5", "... oleh undang-undang")."""
    p = skip(toks, v + 1, lx.citation_prepositions | lx.passive_agents)
    return p > v + 1 and source_within(lx, toks, p, end)


# The subject a negated quantifier opens ("tidak semua kegiatan itu") holds at most this many words.
MAX_NOT_ALL_SUBJECT = 8


def _not_all_subject(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the cue's subject opens with a negated universal ("tidak semua kegiatan itu
    dilarang", "Tidak semuanya dilarang"): it denies that the whole set is judged, so it
    names no act that is."""
    for q in range(first - 1, max(0, first - 1 - MAX_NOT_ALL_SUBJECT), -1):
        t = toks[q]
        if not t.text[0].isalnum() or (lx.is_verb(t) and t.low not in lx.negators):
            return False
        if (t.low in lx.universal_determiners or t.low in lx.back_totals) and q > 0 and toks[q - 1].low in lx.negators:
            return True
    return False


def _context_vetoed(s: _Site) -> bool:
    """Phase 3: the words before the cue make it a report, history, an exception or a proviso."""
    lx, toks, j, role, kind, first, before = s.lx, s.toks, s.j, s.role, s.kind, s.first, s.before
    negated = s.negated
    if s.e.get("opens_clause") and not _opens_clause(lx, toks, first):
        return True                                   # "Warga mohon agar ...": the asker, not a rule
    if before >= 0 and toks[before].low in lx.report_frames:
        return True                                   # "responden mengaku tidak diizinkan ...": an experience
    if before >= 0 and toks[before].low in lx.past_markers:
        return True                                   # "kegiatan itu sempat dilarang": history, not a rule
    if role in ("passive", "modal") and toks[first].low in lx.reason_rule_verbs and before >= 0 \
            and toks[before].low in lx.reason_openers and cited_source_after(lx, toks, j - 1, len(toks)):
        return True                                   # "..., karena dilarang oleh undang-undang": the rule cited
        #                                               as the reason for what the sentence said before
    if role == "lead" and before >= 0 and toks[before].low in lx.breach_verbs:
        return True                                   # "pegawai yang melanggar larangan berpolitik ...": the rule
        #                                               broken, no rule stated
    if role in ("passive", "modal") and _not_all_subject(lx, toks, first):
        return True                                   # "tidak semua kegiatan itu dilarang": not everything is, no rule
    if before >= 1 and toks[before].low in lx.subject_pronouns and toks[before - 1].low == "yang" and role == "modal":
        return True                                   # "Ada tiga hal yang saya larang": a relative naming the items
    if before >= 0 and toks[before].low in lx.exception_markers and role in ("passive", "directive"):
        return True                                   # "..., kecuali ditugaskan mengamankan": the exception's, no rule
    if before >= 0 and toks[before].low in lx.forced_markers:
        return True                                   # "terpaksa harus dipindahkan ke aula": circumstance, no rule
    if _denied_claim(lx, toks, first):
        return True                                   # "membantah bupati membolehkan ASN ikut ...": a claim denied
    if _tells_history(lx, toks, first):
        return True                                   # "Dulu, pegawai diwajibkan ikut apel pemenangan": history
    if role == "modal" and not negated and _narrated_outcome(lx, toks, j):
        return True                                   # "... harus menjalani pemeriksaan dan akhirnya dijatuhi ...": a story
    if before >= 1 and _not_needed(lx, toks, before):
        return True                                   # "tidak perlu dilarang, cukup diingatkan": not needed
    if before >= 0 and _proviso_ends_at(lx, toks, before) and role in ("modal", "passive") and kind == "permission":
        return True                                   # "..., sepanjang mendapat izin penanggung jawab": a condition
    if before >= 1 and toks[before].low in lx.existentials and _proviso_ends_at(lx, toks, before - 1) \
            and role == "lead" and kind == "permission":
        return True                                   # "... asalkan ada izin tertulis dari menteri": the condition's noun
    return False


# A denial verb stands at most this many words before the cue it denies.
DENIAL_REACH = 12


def _denied_claim(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the cue at ``first`` stands in the object of a denial verb (cues.json
    denial_verbs) with no other verb and no sentence break between ("Pemkab membantah
    bupati membolehkan ...", "menepis kabar bahwa guru boleh ...")."""
    for k in range(first - 1, max(-1, first - DENIAL_REACH - 1), -1):
        t = toks[k]
        if t.low in lx.denial_verbs:
            return True
        if t.text in (".", ";", ":", "?", "!") or t.low in lx.negators or lx.is_verb(t) \
                or first_seq_at(toks, k, lx.modal_by_first):
            return False
    return False


def _closed_relative(s: _Site) -> bool:
    """Whether "yang" before the cue opens a short adjectival relative that an additive
    adverb closes before it ("Edaran yang sama juga melarang ...", "Surat yang lain pun
    mewajibkan ..."): the cue is the sentence's own verb (cues.json closed_relative_adjectives)."""
    lx, toks, y = s.lx, s.toks, s.before
    k = y + 1
    if k >= s.first or toks[k].low not in lx.closed_relative_adjectives or y == 0 \
            or not toks[y - 1].text[0].isalpha():
        return False
    rest = toks[k + 1:s.first]
    return bool(rest) and all(t.low in lx.additive_adverbs for t in rest)


# The noun phrase a relative clause hangs on runs at most this many tokens before its "yang".
MAX_SOURCE_PHRASE = 16


def _rule_source_relative(s: _Site) -> bool:
    """Whether an active directive cue after "yang" states what a law, a letter or a policy
    orders ("mengingatkan PP Nomor 9 yang melarang guru PNS ikut kampanye", "sejalan dengan
    kebijakan Menteri X, yang juga melarang ..."): the phrase before "yang" names a rule
    source (cues.json rule_sources) and is the object of a verb or a preposition. On the
    sentence's subject ("Aturan yang melarang ... dinilai terlalu keras") or after a verb
    that talks about a rule ("menilai aturan yang melarang ...") it is no rule."""
    lx, toks, first = s.lx, s.toks, s.first
    if s.role != "directive" or s.negated or toks[s.before].low != "yang" \
            or not toks[first].low.startswith(tuple(lx.active_prefixes)):
        return False
    k = s.before - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1                                   # "kebijakan Menteri X, yang juga melarang ..."
    source = False
    for k in range(k, max(-1, k - MAX_SOURCE_PHRASE), -1):
        t = toks[k]
        opens = t.text[:1].islower() or k == 0 or not toks[k - 1].text[:1].isalnum()   # "Menteri Dalam Negeri": a name
        if opens and (t.low in lx.prepositions or t.low in lx.reference_heads or lx.is_verb(t)):
            g = skip(toks, skip(toks, k - 1, lx.past_markers, -1), lx.adverbs, -1)
            return source and t.low not in lx.rule_talk_verbs and t.low not in lx.doubt_frames \
                and not (g >= 0 and toks[g].low in lx.negators)   # "tidak pernah menerbitkan surat yang ...": denied
        if not t.text[:1].isalnum() and t.text not in ("(", ")", "/", "-", "."):
            return False                         # a clause before the phrase: its subject
        if t.low in lx.rule_sources:
            source = True
    return False


def _proviso_ends_at(lx: Lexicon, toks: list[Tok], b: int) -> bool:
    """Whether a proviso ends at token b ("asalkan", "dengan catatan")."""
    return toks[b].low in lx.provisos or any(
        seq_at(toks, b - len(seq) + 1, seq) for seqs in lx.proviso_seqs.values() for seq, _ in seqs if len(seq) > 1)


def _framed_rule(s: _Site) -> Optional[CueMatch]:
    """Phase 4: a cue in a free relative ("Yang dilarang adalah ...", "itu yang tidak boleh")."""
    lx, toks, j, e, kind, force, first = s.lx, s.toks, s.j, s.e, s.kind, s.force, s.first
    before, negated = s.before, s.negated
    nobody = _nobody_before(lx, toks, before)
    if nobody is not None and kind == "permission" and not negated and e["role"] == "modal" \
            and (_act_follows(lx, toks, a := skip(toks, j, lx.adverbs))
                 or (a + 1 < len(toks) and toks[a].low in lx.loan_verbs and toks[a + 1].text[0].isalnum())):
        # "tidak ada yang boleh ikut berpolitik", "tak seorang pun yang diizinkan ...", "tidak ada
        # yang boleh posting foto ...": no one may
        return CueMatch(first=nobody, last=j, entry=e, kind=negated_kind(e, kind), force=force, negated=True,
                        content=skip(toks, j, lx.adverbs))
    body = _free_relative_body(lx, toks, before, j)
    if body is None and before > 1 and toks[before - 1].low in lx.cleft_anaphors and e["role"] == "modal" \
            and _judges_condition(lx, toks, j):
        # "Tapi jadi juru kampanye, itu yang tidak boleh": a cleft judging the act before it
        return CueMatch(first=before - 1, last=j, entry=e, kind=negated_kind(e, kind) if negated else kind,
                        force=force, negated=negated, content=j)
    if body is None:
        return _relative_enumeration(lx, toks, first, j, e, negated)
    # "Yang dilarang adalah menjadi juru kampanye": the rule is what follows the copula
    # "Yang dilarang, lanjut dia, adalah ...": an attribution inside the frame is
    # no part of the clause, which then opens at the act
    aside = any(t.text == "," for t in toks[j:body]) and not (any(t.low in lx.examples for t in toks[j:body]) and all(
        t.text == "," or t.low in lx.examples or t.low in lx.copulas for t in toks[j:body]))
    #                                               ("Yang tidak boleh misalnya, hadir ...": an example marker, no aside)
    kind = negated_kind(e, kind) if negated else kind
    if kind == "obligation" and _negated_content(lx, toks, body):
        kind = "prohibition"                      # "Yang harus dijaga, kepala desa tidak memakai jabatannya ..."
    elif kind == "obligation" and not negated and any(t.low in lx.avoid_verbs for t in toks[j:body]):
        kind = "prohibition"                      # "Yang harus dihindari adalah menghadiri ...": the act forbidden
    return CueMatch(first=before, last=j, entry=e, kind=kind, force=force,
                    negated=negated, content=body, actor=None, opens_at_content=aside)


def _nobody_before(lx: Lexicon, toks: list[Tok], rel: int) -> Optional[int]:
    """The negator of "tidak ada (seorang pun) yang" ending at the relative word ``rel``
    (no one), or None."""
    k = rel - 1
    if k >= 1 and toks[k].low == "pun" and toks[k - 1].low in lx.nobody_heads:
        k -= 2                                     # "tidak ada seorang pun yang", "tak seorang pun yang"
    if k >= 0 and toks[k].low in lx.existentials:
        k -= 1
    return k if k >= 0 and toks[k].low in lx.negators and k < rel - 1 else None


def _condition_vetoed(s: _Site) -> bool:
    """Phase 5: the cue sits in a condition, a status, a claim or a circular sent on."""
    lx, toks, j, e, role, first, before = s.lx, s.toks, s.j, s.e, s.role, s.first, s.before
    negated = s.negated
    if role == "passive" and before >= 0 and toks[before].low in lx.conditionals \
            and closes_sentence(lx, toks, skip(toks, j, lx.adverbs), len(toks)):
        return True                                   # "... bila diminta", "jika diperlukan": a condition of the act
    lo = max(0, first - CONDITIONAL_WINDOW)
    window = [t.low for t in toks[lo:first]]
    if "," not in window and not e.get("main_clause_only") and any(_conditional_at(lx, toks, x) for x in range(lo, first)) \
            and not _judges_condition(lx, toks, j) \
            and not (role == "modal" and _wish_condition_closed(lx, toks, first)):
        return True                                   # "apabila tidak bisa ...": a condition
    if e.get("negated_only") and not negated and not (e["role"] == "modal" and _thing_put_to_use(lx, toks, first, j)):
        return True                                   # ("Aula desa bisa dipakai untuk ...": the thing's use allowed)
    if negated and e.get("negated_not_before") and j < len(toks) and toks[j].low in e["negated_not_before"]:
        return True                                   # "tidak memiliki hak pilih": a status, no act forbidden
    if not negated and e.get("status_before") and _states_status(lx, toks, j, e) \
            and not _conceded(toks, first, e.get("granted_after", ())) and not _contrast_follows(lx, toks, j):
        return True                                   # "Kades tetap memiliki hak pilih": a status, no act granted;
        #                                               "meskipun ASN memiliki hak pilih, namun ...": a concession
    if role == "directive" and _unknown_that(lx, toks, first):
        return True                                   # "menepis tudingan bahwa dirinya memerintahkan camat ...": a claim
    if role == "directive" and not e.get("complementizer_next") and _sends_circular(lx, toks, first):
        return True                                   # "Surat edaran itu disampaikan kepada camat untuk diteruskan
        #                                               ...": the circular is sent on, no one is bound
    return False


def _wish_condition_closed(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether a condition without a comma is a wish with its act ("Kalau mau berpolitik harus
    keluar dari ASN", "Jika ingin jadi tim sukses wajib mundur"): the conditional, at most a
    short subject, a volition verb and the act wished end right before the cue, which opens
    the rule that answers it."""
    c = next((k for k in range(first - 1, max(-1, first - 1 - CONDITIONAL_WINDOW), -1)
              if toks[k].low in lx.conditionals), None)
    if c is None:
        return False
    v = next((k for k in range(c + 1, min(first, c + 1 + MAX_WISH_SUBJECT + 1)) if toks[k].low in lx.volition_verbs), None)
    return v is not None and v + 1 < first and all(t.text[0].isalnum() and not lx.is_cue_token(t.low)
                                                   and t.low not in lx.negators for t in toks[v + 1:first])


# A wish set as a condition names at most this many words of subject before its volition verb.
MAX_WISH_SUBJECT = 3


def _question_word_before(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether one of cues.json "question_words" ends right before token ``first`` (only those
    ending in the word before it can: looked up by their last word)."""
    by_last = lx.question_words_by_last
    if "" in by_last and 0 <= first <= len(toks):
        return True                                   # (an empty entry, as seq_at reads it)
    if first < 1 or first > len(toks):
        return False
    return any(seq_at(toks, first - len(q), q) for q in by_last.get(toks[first - 1].low, ()))


def _question_vetoed(s: _Site) -> bool:
    """Phase 5: an embedded question, a decision reported, a procedure, or no act to allow."""
    lx, toks, j, e, role, first = s.lx, s.toks, s.j, s.e, s.role, s.first
    if _question_word_before(lx, toks, first):
        return True                                   # "tahu ke mana harus melapor": an embedded question
    if e["kind"] == "permission" and role == "modal" and j < len(toks) and toks[j].low == "oleh":
        return True                                   # "tidak diizinkan oleh pengelola": a decision reported
    if e["kind"] in ("permission", "prohibition") and role == "modal" and _decided_by_agent(lx, toks, j):
        return True                                   # "Terdakwa diperbolehkan menjalani tahanan kota oleh hakim"
    if e.get("not_after_condition") and _opens_with_condition(lx, toks, first):
        return True                                   # "Jika ... tidak tercatat, pegawai dapat ...": a procedure
    if e.get("noun_object") and j < len(toks) and toks[j].low == "yang":
        return True                                   # "ASN mendapat larangan yang lebih keras ...": the noun described
    if e.get("needs_act") and j < len(toks) and toks[j].low in lx.forwarding_verbs:
        return True                                   # "Mohon diteruskan ke grup masing-masing": a text sent on
    comma = first - 2 if first > 1 and toks[first - 1].low in lx.answer_particles else first - 1
    k = skip(toks, j, lx.adverbs)
    c = k + 1 if k < len(toks) and toks[k].low in lx.answer_particles | {"saja"} else k
    c += 1 if c < len(toks) and toks[c].text == "," else 0
    if e.get("warns") and (_warns_of_outcome(lx, toks, j) or _unnamed_passive_fear(lx, toks, first, j)):
        return True                                   # "Jangan sampai kena sanksi": a warning, no act forbidden
    if e.get("needs_act") and c + 1 < len(toks) and toks[c].low in lx.conditionals \
            and (allowed := _condition_act(lx, toks, c + 1)) is not None and allowed[1] < len(toks):
        s.allowed = allowed                           # "Silakan saja kalau guru mau menonton debat": that act
        return False
    if e.get("pledge") and k + 1 < len(toks) and toks[k].text in (",", ":") and lx.is_verb(toks[k + 1]):
        k += 1                                        # "kami berikrar, menjaga ...": the pledged acts after a pause
    if e.get("pledge") and k < len(toks) and toks[k].low in lx.pledge_aspects:
        k = skip(toks, k + 1, lx.adverbs)             # "berikrar akan menjaga ...": the pledge's future
    if e.get("pledge") and k < len(toks) and toks[k].low in lx.complementizers:
        k += 1                                        # "berikrar untuk netral ..."
    if e.get("pledge") and k < len(toks) and toks[k].low in lx.positive_states:
        return False                                  # "berikrar akan netral dalam pilkada": a pledged state
    if e.get("needs_act") and not _act_follows(lx, toks, k) \
            and not (c == k + 1 and toks[k].low == "saja"
                     and (_act_follows(lx, toks, c) or (c < len(toks) and toks[c].low in lx.doer_verbs))) \
            and not (comma >= 0 and toks[comma].text == "," and (_opens_with_condition(lx, toks, first)
                                                                or _opens_with_wish(lx, toks, comma))
                     and _judges_condition(lx, toks, j)) \
            and not (_act_condition_before(lx, toks, first) and _judges_condition(lx, toks, j)):
        #                                               ("Kalau ..., ya silakan," katanya"; "Kalau menyatakan
        #                                               dukungan silakan saja": no comma, the condition's act)
        return True                                   # "silakan cek ke bendahara": no act, no rule; but
        #                                               "Kalau dosen mau jadi tim sukses, silakan": the condition's act
    return False


def _act_condition_before(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the sentence opens with a condition that names an act (an active verb right
    after the conditional, past a resumptive "itu" and a restriction) and runs without a
    comma to the cue at ``first`` ("Kalau menyatakan dukungan silakan saja"); "Kalau ada
    pertanyaan silakan" names no act."""
    k = skip_discourse_opener(lx, toks, _sentence_head(lx, toks))
    if k >= first or toks[k].low not in lx.conditionals or any(t.text == "," for t in toks[k:first]):
        return False
    a = skip(toks, skip(toks, k + 1, lx.clause_anaphors), lx.restrictive_adverbs)
    return a < first and lx.is_verb(toks[a]) and not toks[a].low.startswith(("di", "ter")) \
        and toks[a].low not in lx.negators and not first_seq_at(toks, a, lx.entries_by_first)


def _unnamed_passive_fear(lx: Lexicon, toks: list[Tok], first: int, j: int) -> bool:
    """Whether "jangan sampai" opens its sentence or a purpose ("agar jangan sampai") and a
    passive verb follows at once ("Jangan sampai dimanfaatkan untuk kepentingan politik",
    "..., agar jangan sampai dijadikan alat ..."): a fear for a thing left unnamed, no doer
    and no act forbidden. A subject said before it in the sentence ("Mereka dekat dengan
    warga, jadi jangan sampai dipakai ...") keeps the rule."""
    if j >= len(toks) or not toks[j].low.startswith("di") or not lx.is_verb(toks[j]):
        return False
    k = first - 1
    while k >= 0 and not toks[k].text[0].isalnum() and toks[k].text not in ".!?":
        k -= 1
    return k < 0 or toks[k].text in ".!?" or toks[k].low in lx.complementizers


def _warns_of_outcome(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether "jangan sampai" at toks[:j] warns of what may befall the addressee, not of an
    act ("Jangan sampai ada pegawai yang dipanggil Bawaslu", "jangan sampai karier hancur"):
    one of outcome_words before the clause's first punctuation, an event pointed at ("itu
    terjadi"), nobody named ("ada yang ..."), a state feared or a thing's becoming."""
    a = skip(toks, j, lx.determiners)
    if a < len(toks) and (term := lx.actor_term_at(toks, a)) is not None and term[1] in lx.public_roles:
        return True                                   # "Jangan sampai masyarakat salah memilih": an outcome for the
        #                                               public wished, no rule of conduct
    h = skip(toks, j, lx.adverbs)
    if h < len(toks) and (toks[h].low in lx.clause_anaphors or toks[h].low in lx.reason_openers):
        return True                                   # "jangan sampai itu terjadi", "jangan sampai karena istri ...,
        #                                               suaminya kena teguran": an event feared, no act named
    if h < len(toks) and toks[h].low in lx.existentials \
            and (h + 1 >= len(toks) or not toks[h + 1].text[0].isalnum()
                 or (toks[h + 1].low == "yang" and not any(lx.opens_act(t) for t in toks[h + 2:h + 4]))):
        return True                                   # "jangan sampai ada yang viral", "... jangan sampai ada.":
        #                                               nobody named, no act ("ada yang ketahuan memakai ...": one)
    if h + 2 < len(toks) and toks[h].low in lx.subject_pronouns and toks[h + 1].low in lx.negators \
            and not lx.is_verb(toks[h + 2]):
        return True                                   # "Jangan sampai kita tidak rukun ...": a state feared
    c = next((c for c in range(h + 1, min(len(toks), h + 1 + FEARED_SUBJECT_WORDS)) if toks[c].low in lx.copular_verbs), None)
    if c is not None and all(t.text[0].isalpha() and not lx.is_verb(t) and t.low not in lx.subject_pronouns
                             and t.low not in lx.negators for t in toks[h:c]) \
            and not any(lx.actor_term_at(toks, x) for x in range(h, c)):
        return True                                   # "jangan sampai media menjadi sarana ...": what a thing
        #                                               may become ("jangan sampai ASN menjadi tim sukses": a rule)
    for k in range(j, min(len(toks), j + OUTCOME_REACH)):
        if not toks[k].text[0].isalnum() or toks[k].low in lx.result_links:
            return False                              # ("... jangan sampai vulgar sehingga hal itu tidak terjadi
            #                                           lagi": the result, not the feared thing)
        if toks[k].low in lx.outcome_words:
            return True
    return False


# An outcome word stands within this many words of "jangan sampai".
OUTCOME_REACH = 8
# A thing feared to become something is named in at most this many words ("grup kantor menjadi ...").
FEARED_SUBJECT_WORDS = 3


def _pledged_negation(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a pledged act opens with a negator past the pledge's future and its
    complementizer ("berikrar tidak akan ...", "berkomitmen untuk tidak mendukung ...")."""
    k = skip(toks, k, lx.adverbs)
    if k < len(toks) and toks[k].low in lx.pledge_aspects:
        k = skip(toks, k + 1, lx.adverbs)
    if k < len(toks) and toks[k].low in lx.complementizers:
        k = skip(toks, k + 1, lx.adverbs)
    return k < len(toks) and toks[k].low in lx.negators and not _litotes(lx, toks, k)


def _content_negated_rule(s: _Site) -> Optional[CueMatch]:
    """Phase 4: a cue that states a rule only over negated content ("yang penting tidak ...")."""
    lx, toks, j, e, kind, force, first = s.lx, s.toks, s.j, s.e, s.kind, s.force, s.first
    negated = s.negated
    k = j + 1 if j < len(toks) and toks[j].text == "," else j
    if negated or not _negated_content(lx, toks, k):
        return None                               # "yang penting sehat": no rule
    subject, after = _subject_after(lx, toks, k)
    neg = after if subject is not None else k
    if first_seq_at(toks, neg, lx.entries_by_first) or first_seq_at(toks, skip(toks, neg + 1, lx.adverbs),
                                                                    lx.entries_by_first):
        return None                               # "Intinya pegawai jangan / tidak boleh ...": that cue's rule
    return CueMatch(first=first, last=j, entry=e, kind=kind, force=force, negated=False, content=k,
                    actor=subject)


def _signed_pledge_start(lx: Lexicon, toks: list[Tok], first: int) -> Optional[int]:
    """The index of the signing verb when a commitment cue at ``first`` follows "menandatangani
    <pledge noun> (dan)" (cues.json pledge_signing_verbs, pledge_nouns), else None."""
    k = first - 1
    if k > 0 and toks[k].low in lx.coordinators:
        k -= 1
    for start in range(max(0, k - 3), k + 1):
        hit = first_seq_at(toks, start, lx.pledge_nouns)
        if hit and start + len(hit[0]) == k + 1 and start > 0 and toks[start - 1].low in lx.pledge_signing_verbs:
            return start - 1
    return None


# a restatement opener and its comment ("Jadi sangat jelas, ...") run at most this many words before the cue
MAX_RESTATEMENT_WORDS = 5


def _restates_rule(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the sentence opens with a word of restatement (cues.json restatement_openers:
    "dengan kata lain", "artinya", "jadi sangat jelas") and a short comment before the cue at
    ``first``, with no verb: the rule said before is said again, its actor understood."""
    opener = _head_opener(lx, toks, lx.restatement_openers, first)
    if opener is None or first - opener[1] > MAX_RESTATEMENT_WORDS:
        return False
    return not any(lx.is_verb(t) or lx.actor_term_at(toks, x) for x, t in enumerate(toks[opener[0]:first], opener[0]))


def _actor_missing(s: _Site, before_cue: Optional[CueMatch]) -> bool:
    """Phase 6: a cue that needs an actor has none, or one of the public, or states no rule for it."""
    lx, toks, i, j, e, kind, first, negated = s.lx, s.toks, s.i, s.j, s.e, s.kind, s.first, s.negated
    bound = actor_before(lx, toks, first)
    if bound is None and first > 2:
        signed = _signed_pledge_start(lx, toks, first)
        if signed is not None:
            bound = actor_before(lx, toks, signed)   # "Para lurah meneken pakta integritas dan berkomitmen untuk ..."
    if bound is None and first > 0 and toks[first - 1].low in lx.coordinators and before_cue is not None \
            and before_cue.actor is not None and before_cue.entry["role"] in ("modal", "passive") \
            and j < len(toks) and toks[j].text[0].isalnum():    # "secara profesional dan bertanggung jawab.": a manner
        bound = before_cue.actor                  # "Pegawai wajib menolak ... dan dapat melaporkannya ..."
    if bound is None and first > 1 and toks[first - 1].low in lx.coordinators:
        bound = _status_actor(lx, toks, first - 1)  # "PNS tetap memiliki hak pilih dan dapat menggunakannya"
    if bound is None and e.get("actor_in_condition") and first > 0 and toks[first - 1].text == "," \
            and _opens_with_condition(lx, toks, first) \
            and any(lx.actor_term_at(toks, a) for a in range(first - 1)):
        pass                                      # "Kalau ada guru yang diajak tim sukses, kami minta segera
        #                                           melapor": the addressee is in the condition, which stays outside
    elif bound is None and _thing_put_to_use(lx, toks, first, j):
        pass                                      # "Aula kantor tetap dapat disewa oleh pihak mana pun"
    elif bound is None and kind == "obligation" and not e.get("subject_only") and _passive_agent(lx, toks, j):
        return False                              # "netralitas perlu dijaga oleh seluruh pegawai": the duty's
        #                                           actor is the passive verb's agent
    elif bound is None and e.get("pronoun_pledgers") and first > 0 and toks[first - 1].low in lx.speaker_pronouns:
        pass                                      # '"Kami berikrar, menjaga ..."': the speakers who read the pledge
    elif bound is None and negated and _restates_rule(lx, toks, first):
        pass                                      # "Dengan kata lain tidak bisa ikut menyokong calon ...", "Jadi sangat
        #                                           jelas, tidak bisa mengunggah foto calon ...": the rule said again
    elif bound is None or lx.actor_role(" ".join(t.text for t in toks[bound[0]:bound[1]])) in lx.public_roles:
        return True                               # "Masyarakat dapat melapor ...": a possibility, not a rule
    if e.get("subject_only") and (bound is None or not _instruction_subject_at(lx, toks, bound[0])
                                  or any(first_seq_at(toks, x, lx.modal_by_first) for x in range(bound[0], first))):
        return True                               # "pelatihan bagi pegawai agar mampu ...", "Pegawai harus netral
        #                                           supaya pemilu berjalan jujur": a purpose (of the modal's act)
    nxt = skip(toks, skip(toks, j, lx.adverbs), lx.consequence_adverbs)
    if nxt < len(toks) and toks[nxt].low.startswith("di") and lx.is_verb(toks[nxt]) and bound is not None:
        return True                               # "tidak dapat diangkat kembali", "dapat sewaktu-waktu
        #                                           diberhentikan": a consequence, not a rule
    if toks[i].low in lx.auxiliaries and any(seq_at(toks, nxt, q) for q in lx.consequence_phrases):
        return True                               # "ASN yang diblokir tidak bisa naik pangkat": an outcome
    if not negated and kind == "permission" and toks[i].low in lx.auxiliaries and bound is not None \
            and _benefit_clause(lx, toks, bound[0]):
        return True                               # "dengan menjaga netralitas, maka ASN dapat fokus ...",
        #                                           "... sehingga pegawai bisa melayani ...": a benefit
    if not negated and kind == "permission" and nxt < len(toks) and (
            toks[nxt].low in lx.service_verbs or toks[nxt].low in lx.consequence_verbs
            or (toks[nxt].low in lx.copular_verbs and nxt + 1 < len(toks)
                and toks[nxt + 1].low in lx.exhortation_roles)):
        return True                               # "Pegawai yang ragu dapat berkonsultasi ke BKPSDM": a service;
        #                                           "ASN dapat kehilangan jabatannya": a consequence;
        #                                           "ASN dapat menjadi contoh": an exhortation
    if not negated and kind == "permission" and nxt < len(toks) and lx.is_verb(toks[nxt]) and (
            toks[nxt].low in lx.sanctioning_verbs
            or any(t.low in lx.sanction_nouns for t in toks[nxt + 1:nxt + 3])):
        return True                               # "Bupati dapat menjatuhkan sanksi ...": a power to punish
    return False


# A passive verb's agent ("oleh seluruh pegawai") follows it within this many words ("dipegang teguh oleh").
MAX_AGENT_REACH = 3


def _passive_agent(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether a passive verb right after a cue (ending at ``j``) names its agent, an actor
    term after one of passive_agents ("dipegang teguh oleh ASN", "dijaga oleh para guru")."""
    v = skip(toks, j, lx.adverbs)
    if v >= len(toks) or not (toks[v].low.startswith(lx.passive_prefixes) and lx.is_verb(toks[v])):
        return False
    for k in range(v + 1, min(len(toks) - 1, v + 1 + MAX_AGENT_REACH)):
        if not toks[k].text[0].isalnum():
            return False
        if toks[k].low in lx.passive_agents:
            return lx.starts_actor(toks, skip(toks, k + 1, lx.determiners))
    return False


def _benefit_clause(lx: Lexicon, toks: list[Tok], actor: int) -> bool:
    """Whether the actor of an ability opens a clause of result ("..., sehingga pegawai bisa
    ...") or the consequence of a means named before it ("dengan bersikap netral, maka ASN
    dapat ..."); a condition before "maka" ("Jika sudah cuti, maka ASN dapat ...") keeps its
    permission."""
    k = actor - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0:
        return False
    if toks[k].low in lx.result_links:
        return True
    if toks[k].low not in lx.means_links:
        return False
    return any(toks[x].low in lx.means_heads and lx.is_verb(toks[x + 1]) for x in range(k - 1))


def _content_start(s: _Site) -> Optional[tuple[int, Optional[tuple[int, int]], bool]]:
    """Phase 7: where the content starts, and an addressee named after a passive or modal cue
    ("dilarang bagi ASN untuk ...", "diminta semua guru tidak ...")."""
    lx, toks, j, role, first, negated, lead_in = s.lx, s.toks, s.j, s.role, s.first, s.negated, s.lead_in
    content = skip(toks, j, lx.adverbs)
    if role == "passive" and (r := skip(toks, content, lx.reporting_fillers)) > content and r < len(toks) \
            and toks[r].low in lx.complementizers:
        content = r                                    # "diingatkan kembali agar tidak ...": the call repeated
    if role == "passive" and content + 1 < len(toks) and toks[content].text == "," \
            and toks[content + 1].low in lx.complementizers:
        content += 1                                   # "Prajurit juga diingatkan, agar tidak ...": the comma
        #                                                before the complementizer
    passive_actor, addressed = None, False
    if role in ("passive", "modal") and content < len(toks) and toks[content].low in lx.addressee_preps:
        # "Diwajibkan kepada seluruh kepala perangkat daerah untuk memastikan ...",
        # "dilarang bagi pegawai (untuk) hadir secara aktif ..."
        comp = next((c for c in range(content + 1, min(len(toks), content + MAX_ACTOR_TOKENS + 2))
                     if toks[c].low in lx.complementizers), None)
        direct = _addressee_then_verb(lx, toks, content)
        if direct is not None and (comp is None or direct[1] < comp):
            passive_actor, content = direct
        elif comp is not None and comp + 1 < len(toks) and lx.is_verb(toks[comp + 1]):
            passive_actor = _trim_span(lx, toks, content, comp)
            content = comp
    if role == "modal" and passive_actor is not None and content < len(toks) and toks[content].low in lx.complementizers:
        content += 1                                   # "dilarang bagi ASN untuk memasang ..."
    if role == "modal" and not negated and content + 1 < len(toks) and toks[content].low in lx.auxiliaries \
            and lx.is_verb(toks[content + 1]):
        content += 1                                   # "seharusnya dapat bersikap adil", "wajib bisa ...": one rule
    if role == "passive" and passive_actor is None and content < len(toks) and not lx.is_verb(toks[content]) \
            and toks[content].low not in lx.complementizers:
        # "diminta (kepada) semua guru tidak melakukan kampanye terbuka": the addressee after
        # the passive directive, then its act
        a = content + 1 if toks[content].low in lx.addressee_preps else content
        subject, after = _subject_after(lx, toks, a)
        if subject is not None and after < len(toks) and toks[after].low in lx.complementizers:
            after += 1
        if subject is not None and after < len(toks) and (
                toks[after].low in lx.negators or (lx.is_verb(toks[after]) and not toks[after].low.startswith("di"))):
            passive_actor, content, addressed = subject, after, True
        elif subject is None and first == _sentence_head(lx, toks) and a == content:
            # "Diminta anggota tetap menjaga ...": a passive directive opening its sentence, then
            # an addressee outside the actor lexicon and its act
            bare, after = _bare_addressee(lx, toks, a)
            if bare is not None:
                passive_actor, content, addressed = bare, after, True
    if role == "passive":
        if content < len(toks) and toks[content].low in lx.complementizers:
            content += 1
        elif content + 1 < len(toks) and toks[content].low in lx.auxiliaries and lx.is_verb(toks[content + 1]):
            content += 1                               # "diharapkan dapat menjaga ...": the act after its auxiliary
        elif not (content < len(toks) and (lx.is_verb(toks[content]) or toks[content].text == ":"
                                           or toks[content].low in lx.positive_states
                                           or ((d := skip(toks, content, lx.degree_words)) > content and d < len(toks)
                                               and (lx.is_verb(toks[d]) or toks[d].low in lx.positive_states)))) \
                and not lead_in \
                and not (first > 0 and closes_sentence(lx, toks, content, len(toks))):
            return None
    return content, passive_actor, addressed


def _modal_after(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a modal cue stands from k on in the object clause of a verb of knowing: before
    a comma, a coordinator or the end of the sentence ("harus tahu aturan dan wajib ..." is two duties)."""
    for c in range(k, len(toks)):
        if toks[c].text in (".", ";", "!", "?", ",") or toks[c].low in lx.coordinators:
            return False
        if toks[c].low == "yang" and first_seq_at(toks, skip(toks, c + 1, lx.negators), lx.entries_by_first):
            return False                               # "harus mengetahui tempat yang dilarang untuk ...": the
            #                                            modal qualifies the object known; the duty is the act
        hit = first_seq_at(toks, c, lx.entries_by_first)
        if hit is not None and hit[1]["role"] == "modal" and not hit[1].get("imperative"):
            return True
    return False


def _no_act_duty(s: _Site, content: int) -> bool:
    """Phase 8: a duty to be something, or eligibility and sanctions: no act."""
    lx, toks, role, kind, first = s.lx, s.toks, s.role, s.kind, s.first
    if kind == "obligation" and content + 1 < len(toks) and toks[content].low in lx.copular_verbs \
            and (toks[content + 1].low in lx.exhortation_roles
                 or (role == "modal" and actor_before(lx, toks, first) is None and first > _sentence_head(lx, toks)
                     and not _opens_with_condition(lx, toks, first))):
        return True                                   # "ASN harus menjadi contoh", "Kampus harus jadi ruang bebas
        #                                               berpikir": an exhortation or a wish for a thing, no act
    if kind == "obligation" and content < len(toks) and toks[skip(toks, content, lx.adverbs)].low in lx.knowing_verbs \
            and _modal_after(lx, toks, skip(toks, content, lx.adverbs) + 1):
        return True                                   # "ibu harus paham lurah tidak boleh ...": the frame
        #                                               of the rule inside, which is the clause
    if kind == "obligation" and role in ("modal", "passive") and content < len(toks) \
            and (toks[content].low in lx.state_verbs or _accepts_sanction(lx, toks, content)):
        return True                                   # "wajib berusia paling rendah 17 tahun": eligibility;
        #                                               "harus siap menerima sanksi": a sanction stated
    if kind == "obligation" and role == "modal" and content < len(toks) \
            and toks[skip(toks, content, lx.adverbs)].low in lx.circumstance_verbs:
        return True                                   # "petugas harus menempuh perjalanan empat jam", "logistik
        #                                               harus diangkut dengan perahu": what the place demands
    if kind == "obligation" and role == "modal" and content < len(toks) \
            and toks[skip(toks, content, lx.adverbs)].low in lx.correction_verbs:
        return True                                   # "Harus diluruskan, supaya kita tidak salah paham": a
        #                                               statement set right, talk, no rule
    if kind == "obligation" and role in ("modal", "passive") and _registration_requirement(lx, toks, first, content):
        return True                                   # "Bakal calon wajib melampirkan fotokopi KTP": a
        #                                               candidate's registration requirement, no neutrality rule
    return False


# A registration document follows its verb or "ada" within this many words ("melampirkan
# salinan surat keputusan ...", "harus ada SK DPP").
REGISTRATION_DOCUMENT_REACH = 3


def _registration_requirement(lx: Lexicon, toks: list[Tok], first: int, content: int) -> bool:
    """Whether a duty is a requirement of a candidate's or party's registration: it binds
    only parties of the election (registration_roles) and hands in or has a document
    ("melampirkan fotokopi KTP", "harus ada SK DPP"), has or meets something (requirement
    verbs) or is a state ("harus sehat jasmani"); without an actor, it hands in a document
    in a sentence about registration ("Syarat pendaftaran, harus ada ..."). A duty of an
    official ("ASN yang mencalonkan diri wajib melampirkan surat pengunduran diri") stays."""
    if content >= len(toks):
        return False
    head = toks[content].low
    document = (head in lx.registration_verbs or head in lx.existentials) and any(
        t.low in lx.registration_documents for t in toks[content + 1:content + 1 + REGISTRATION_DOCUMENT_REACH])
    span = actor_before(lx, toks, first)
    if span is None:
        return document and any(t.low in lx.registration_words for t in toks[:first])
    roles = [lx.actor_term_at(toks, a) for a in range(span[0], span[1])]
    roles = [r[1] for r in roles if r]
    if not roles or not all(r in lx.registration_roles for r in roles):
        return False
    # a party's eligibility: "Bakal calon harus sehat jasmani", "... harus memenuhi syarat ..."
    return document or head in lx.requirement_verbs or head in lx.state_verbs or head in lx.registration_states


def _warned_consequence(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the words after a directive's addressee state what will happen to it, not
    an act: a consequence verb ("terancam", "berisiko"), a sanction word, or one of
    warning_modals over a passive verb or a sanction ("akan dikenai ...", "bisa dipecat")."""
    if k >= len(toks):
        return False
    w = toks[k].low
    if w in lx.consequence_verbs or w in lx.sanction_terms:
        return True
    if w in lx.warning_modals and k + 1 < len(toks):
        nxt = toks[k + 1].low
        return nxt in lx.sanction_terms or nxt in lx.consequence_verbs \
            or (nxt.startswith("di") and lx.is_verb(toks[k + 1]))
    return False


def _past_directive_manner(lx: Lexicon, toks: list[Tok], j: int) -> int:
    """The index after a manner word that follows a directive verb ("keras", "dengan tegas"),
    when an addressee or a complementizer comes next; else j."""
    k = j + 1 if j < len(toks) and toks[j].low in lx.directive_manner_openers else j
    if not (k < len(toks) and toks[k].low in lx.directive_manners):
        return j
    k += 1
    a = skip(toks, skip(toks, k, lx.addressee_preps), lx.determiners)
    if k < len(toks) and (toks[k].low in lx.complementizers or (a < len(toks) and lx.starts_actor(toks, a))):
        return k
    return j


def _bind_directive(s: _Site, m: CueMatch) -> bool:
    """Phase 9: a directive's addressee and act ("meminta camat untuk ...", "mewajibkan ASN
    melaporkan ..."); False when it binds none."""
    lx, toks, j, e, role, first, negated = s.lx, s.toks, s.j, s.e, s.role, s.first, s.negated
    lead_in = s.lead_in
    j = _past_directive_manner(lx, toks, j)            # "melarang keras ASN ...", "meminta dengan tegas camat ..."
    if j < len(toks) and toks[j].low in lx.speaker_objects and toks[j - 1].low in lx.favour_verbs:
        return False                                    # "ingatkan saya kalau ...": a favour asked of the speaker
    if e.get("binds_that_clause") and j + 1 < len(toks) and toks[j].low in lx.content_complementizers \
            and lx.starts_actor(toks, skip(toks, j + 1, lx.determiners)):
        j += 1                                          # "melarang bahwa setiap guru terlibat ...": a command
        #                                                 verb's that-clause names the addressee and the act
    if e.get("binds_without_complementizer") and j + 1 < len(toks) and toks[j].text == "," \
            and (sub := _subject_after(lx, toks, j + 1))[0] is not None and sub[1] < len(toks) \
            and toks[sub[1] - 1].text == "," and (toks[sub[1]].low in lx.negators or lx.opens_act(toks[sub[1]])):
        j += 1                                          # "meminta, seluruh bupati di X, tidak menggunakan ...":
        #                                                 the addressee set off by commas, then the act
    elif role == "directive" and e.get("binds_without_complementizer") and j + 2 < len(toks) and toks[j].text == "," \
            and (sub := _subject_after(lx, toks, j + 1))[0] is not None and sub[1] + 1 < len(toks) \
            and toks[sub[1]].low in lx.negators and lx.is_verb(toks[sub[1] + 1]) \
            and toks[sub[1] + 1].low not in lx.negators and toks[sub[1] + 1].low not in lx.possession_verbs \
            and not any(t.text == "," for t in toks[sub[0][0]:sub[0][1]]):
        j += 1                                          # "mengingatkan, seluruh camat tidak terlibat ...": the
        #                                                 addressee and its refusal after a comma ("..., prajurit
        #                                                 tidak mempunyai hak ...": a status recalled, no act)
    elif role == "directive" and e.get("binds_without_complementizer") and j + 2 < len(toks) and toks[j].text == "," \
            and (sub := _subject_after(lx, toks, j + 1))[0] is not None \
            and _kept_act_after(lx, toks, sub[0][1]) \
            and not any(t.text == "," for t in toks[sub[0][0]:sub[0][1]]):
        j += 1                                          # "mengingatkan, semua pegawai di X senantiasa menjaga ...":
        #                                                 the addressee and an act under an adverb of constancy
    if role == "directive" and e.get("addressee_first") and not (
            j < len(toks) and (k := skip(toks, skip(toks, skip(toks, j, lx.reporting_fillers), lx.addressee_preps),
                                         lx.determiners)) < len(toks)
            and lx.starts_actor(toks, k)) and not (
            j + 1 < len(toks) and toks[j].low in lx.complementizers and toks[j + 1].text[:1].isalpha()) and not (
            (p := skip(toks, j, lx.reporting_fillers)) < len(toks) and toks[p].low in lx.addressee_preps
            and (c := _find_complementizer(lx, toks, p + 1)) is not None and c + 1 < len(toks)
            and lx.is_verb(toks[c + 1])):
        # ("Saya instruksikan kepada seluruh pimpinan OPD untuk ...": a preposition names the addressee)
        # "Saya ingatkan (kembali) (kepada) seluruh ASN untuk ...", "Kami ingatkan agar (seluruh kades) ...":
        # an addressee, or a complementizer right after the cue, binds it
        return False                                    # "Saya ingatkan, gaji kita ...": no addressee bound
    if role == "directive" and m.kind == "obligation" and not negated \
            and (k := skip(toks, j, lx.abstract_object_openers)) < len(toks) and toks[k].low in lx.abstract_objects:
        return False                                    # "mengingatkan pentingnya menjaga netralitas", "mengingatkan
        #                                                 adanya sanksi apabila ...": a topic recalled, no addressee
    comp = _find_complementizer(lx, toks, j)
    if e.get("complementizer_next") and (comp != j or j + 1 >= len(toks) or toks[j].low == "untuk"):
        return False                                # "disebutkan bahwa ...", "dijelaskan untuk ...": no order
    if e.get("addressee_then_complementizer") and not (
            comp is not None and comp - j <= MAX_BARE_ADDRESSEE_TOKENS
            and (a := skip(toks, j, lx.determiners)) < comp and lx.starts_actor(toks, a)
            and all(t.text[0].isalnum() for t in toks[j:comp])):
        return False                                # "mengingat ASN agar tidak ...": only an actor, then agar/untuk;
        #                                            "mengingat pentingnya netralitas, ..." gives a reason
    if comp is None and e.get("binds_without_complementizer") and j < len(toks) and toks[j].low in lx.time_openers \
            and (comma := next((c for c in range(j + 1, min(len(toks), j + FRONTED_FRAME_TOKENS))
                                if toks[c].text == ","), None)) is not None \
            and not any(t.low in lx.complementizers or lx.is_verb(t) and t.low not in lx.time_openers
                        for t in toks[j + 1:comma]):
        # "menghimbau selama masa kampanye, ASN menjaga netralitas": a fronted time frame, then
        # the addressee and the act
        sub = _subject_after(lx, toks, comma + 1)
        if sub[0] is not None and sub[1] < len(toks) and (lx.opens_act(toks[sub[1]]) or toks[sub[1]].low in lx.negators):
            m.actor, m.content = sub
            m.speaker_span = (0, first)
            return True
    if comp is not None and m.kind == "obligation" and e.get("binds_without_complementizer") and first > 0 \
            and toks[first - 1].low in lx.speaker_pronouns and (asked := _speaker_request(lx, toks, j)) is not None \
            and asked[0] is None and asked[1] == j and not lx.is_verb(toks[j]):
        comp = None                                # "Saya minta sikap netral guru tetap dijaga supaya tidak ...":
        #                                            the kept thing is asked; "supaya" gives the purpose
    if comp is not None and e.get("binds_without_complementizer") and _act_before(lx, toks, j, comp):
        comp = None                                # "meminta para kades memastikan balai desa ... untuk PPS ...":
        #                                            the act follows its addressee; "untuk" is inside it
    if comp is not None and any(_sends_circular(lx, toks, k) for k in range(j, comp)):
        return False                                # "Surat edaran itu disampaikan kepada ... untuk ...": sent on
    if comp is not None and comp + 1 < len(toks) and toks[comp + 1].low in lx.forwarding_verbs:
        return False                                # "surat edaran kepada camat untuk diteruskan ...": sent on
    if m.kind == "permission" and e.get("binds_without_complementizer") and j < len(toks) \
            and not lx.is_verb(toks[j]) and not lx.actor_term_at(toks, j) and _act_follows(lx, toks, j):
        comp = None                                # "mengizinkan aula kecamatan dipakai untuk ...": no addressee
    direct = _subject_after(lx, toks, j) if comp is None and e.get("binds_without_complementizer") else (None, j)
    if comp is None and direct[0] is None and e.get("binds_without_complementizer") and role == "directive" \
            and j + 1 < len(toks) and toks[j].low in lx.addressee_preps \
            and (sub := _subject_after(lx, toks, j + 1))[0] is not None and sub[1] < len(toks) \
            and lx.starts_actor(toks, skip(toks, j + 1, lx.determiners)) \
            and (lx.opens_act(toks[sub[1]]) or toks[sub[1]].low in lx.negators) and toks[sub[1]].low != "sebagai" \
            and not any(toks[x].low in lx.modal_by_first and first_seq_at(toks, x, lx.modal_by_first)
                        for x in range(sub[1], next((c for c in range(sub[1], min(len(toks), sub[1] + DIRECTIVE_WINDOW))
                                                     if not toks[c].text[0].isalnum() and toks[c].text not in ("-", "(", ")")),
                                                    min(len(toks), sub[1] + DIRECTIVE_WINDOW)))):
        # ("mengingatkan pada rektor ... sebagai ASN harus netral": the modal's rule)
        direct = sub                               # "menghimbau bagi seluruh pegawai berhati-hati ...": the
        #                                            addressee after its preposition, then the act
    if comp is None and e.get("binds_negated_act") and not negated and not _campaign_speaker(lx, toks, first):
        sub = _subject_after(lx, toks, j)            # "mengajak seluruh ASN tidak golput"
        if sub[0] is not None and sub[1] + 1 < len(toks) and toks[sub[1]].low in lx.negators \
                and toks[sub[1] + 1].text[0].isalpha() and toks[sub[1] + 1].low not in lx.negators \
                and toks[sub[1] + 1].low not in lx.prepositions and toks[sub[1] + 1].low not in lx.boundaries:
            direct = sub
    if comp is None and direct[0] is None and e.get("binds_without_complementizer") \
            and (m.kind != "obligation" or _order_after(lx, toks, j) is None):   # "minta tolong catat ...": no addressee
        direct = _bare_addressee(lx, toks, j)
    if comp is None and direct[0] is not None and m.kind == "obligation" and not negated \
            and _warned_consequence(lx, toks, direct[1]):
        return False                                # "mengingatkan anggotanya terancam dikenai sanksi ...": a
        #                                            warning of what follows a breach, no act asked
    allowed = _condition_act(lx, toks, j + 1) if comp is None and m.kind == "permission" and j < len(toks) \
        and toks[j].low in lx.conditionals else False
    if allowed is None:
        return False                                # "tidak melarang bila hujan turun": no act allowed
    if allowed:
        # "Dinas tidak melarang jika ada guru yang mau mendaftar sebagai petugas PPS": the
        # condition names the act allowed, and who may do it
        m.actor, m.content = allowed
    elif comp is None and direct[0] is None and m.kind == "permission" and e.get("binds_without_complementizer") \
            and (_act_follows(lx, toks, j) or (j < len(toks) and toks[j].low in lx.loan_verbs)):
        m.content = j                              # "mengizinkan gedung milik perusahaan disewa ...": the object first;
        #                                            "membolehkan like kepada calon ...": a borrowed verb, the act
    elif comp is None and direct[0] is None and m.kind == "prohibition" and not negated and j < len(toks) \
            and e.get("binds_without_complementizer") \
            and (lx.act_noun_re.match(toks[j].low) or toks[j].low in lx.activity_nouns or toks[j].low in lx.modal_act_nouns) \
            and toks[j].low not in lx.imperative_non_verbs and lx.nominal_kind(toks[j].low) is None \
            and j + 1 < len(toks) and toks[j + 1].text[0].isalnum():      # ("melarang pemasangan.": no object)
        m.content = j                              # "melarang keterlibatan aktif pegawainya dalam kampanye",
        #                                            "melarang aktivitas kampanye di kampus": the act named as a
        #                                            noun is the object
    elif comp is None and direct[0] is not None and direct[1] < len(toks) \
            and (lx.opens_act(toks[direct[1]]) or (toks[direct[1] - 1].low == "tetap" and toks[direct[1]].text[:1].isalpha())
                 or toks[direct[1]].low in lx.positive_states or _bare_order_at(lx, toks, direct[1])) \
            and not any(t.low == "yang" and not (x + 1 < len(toks) and toks[x + 1].low in lx.post_verbs)
                        for x, t in enumerate(toks[direct[0][0]:direct[0][1]], direct[0][0])):
        # ("pegawai yang berniat maju ...": the relative's act; "ASN yang bertugas di X": the addressee's post)
        # ("meminta kepala desa tetap netral": a state kept is the act too)
        m.actor, m.content = direct                # "mewajibkan setiap ASN melaporkan ..."
    elif comp is None and direct[0] is None and m.kind == "obligation" and not negated \
            and toks[j - 1].low not in lx.speech_imperative_openers \
            and (order := _order_after(lx, toks, j)) is not None:
        # "saya minta awasi anggota masing-masing", "Kami minta tolong awasi ...": the
        # request is an order; an addressee fronted before the speaker is its actor
        m.content, m.actor = order, _fronted_addressee(lx, toks, first)
    elif comp is None and direct[0] is None and m.kind == "obligation" and not negated \
            and e.get("binds_without_complementizer") and first > 0 \
            and (asked := _speaker_request(lx, toks, j)) is not None \
            and (toks[first - 1].low in lx.speaker_pronouns or _kept_thing(lx, toks, asked, j)):
        # "Saya minta netralitas ASN tetap dijaga", "saya minta semuanya netral", "saya minta
        # mundur dari ASN": a speaker's own request binds a kept thing, a state or a bare act
        m.actor, m.content = asked
    elif comp is None and direct[0] is not None and m.kind == "permission" and negated \
            and (wish := _wished_act(lx, toks, direct[0])) is not None:
        # "tidak melarang tenaga honorer yang ingin menjadi anggota KPPS": not forbidding
        # those who want an act allows it; the relative clause names the act
        m.actor, m.content = wish
    elif comp is None and m.kind == "prohibition" and not negated and e.get("binds_without_complementizer") \
            and j < len(toks) and (toks[j].low.removesuffix("nya") in lx.existentials or _act_follows(lx, toks, j)
                                   or _act_noun_object(lx, toks, j)):
        # ("melarang pemasangan spanduk, baliho ...": an act named by its noun)
        m.content = j                              # "melarang berkampanye di sekolah", "melarang sekolah
        #                                            dijadikan tempat kampanye", "melarang adanya kampanye":
        #                                            no addressee, the act (or the thing forbidden) itself
    elif comp is None and m.kind == "obligation" and not negated and j < len(toks) and toks[j].low in lx.negators \
            and (nobody := nobody_acts(lx, toks, j + 1)) is not None:
        # "saya minta tidak ada lagi (ASN) yang memakai atribut calon": asking that no one does
        # the act forbids it; the clause opens at the negator, its doer named after the existential
        m.actor, m.content = nobody[0], j
        m.kind = "prohibition"
    elif comp is None:
        if not lead_in:
            return False
        m.content = len(toks)
        m.actor = _addressee(lx, toks, j, len(toks) - 1)
    else:
        if e.get("addressee_by_preposition") and _subject_after(lx, toks, comp + 1)[0] is None \
                and not any(toks[x].low in lx.addressee_preps or toks[x].low in lx.speech_verbs for x in range(j, comp)):
            return False                            # "surat edaran bupati Nomor 10 untuk menjaga netralitas": a purpose;
            #                                        "surat edaran yang mengingatkan ASN untuk ...": a rule
        m.actor = _addressee(lx, toks, j, comp)
        m.content = comp + 1
        if m.actor is None:                        # "agar seluruh ASN ... bersikap netral"
            m.actor, m.content = _subject_after(lx, toks, comp + 1)
    if e.get("addressee_required") and (m.actor is None or m.actor[0] >= m.content):
        return False                                # "mencegah terjadinya pelanggaran untuk ...": an aim, no party
    m.speaker_span = (0, first)
    return True


def _kept_act_after(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether an adverb of constancy (cues.json constancy_adverbs: "senantiasa", "tetap")
    and an active verb open at k ("senantiasa menjaga netralitas"): an act asked, not a
    statement reported ("..., seluruh camat sudah hadir")."""
    if k >= len(toks) or toks[k].low not in lx.constancy_adverbs:
        return False
    v = skip(toks, k, lx.adverbs)
    return v < len(toks) and not any(t.low in lx.aspect_markers for t in toks[k:v]) \
        and (lx.is_verb(toks[v]) or toks[v].low in lx.negators) and not toks[v].low.startswith("di")


def _wished_conduct(lx: Lexicon, toks: list[Tok], m: CueMatch) -> bool:
    """Whether an active wish ("Kami berharap semua perbekel menjaga netralitas", "Saya harap
    ASN tidak terlibat ...") asks a conduct of a human group: its addressee is an actor term, a
    pronoun or a named group ("para penyuluh"), not one of the public; and its act is an act,
    a refusal or a state kept, not an outcome (cues.json "outcome_verbs": "berharap pilkada
    berjalan damai"). A wish with no addressee ("berharap tidak ada ASN yang dilaporkan") is
    none."""
    if m.actor is None or m.content >= len(toks):
        return False
    a, b = m.actor
    a = skip(toks, a, lx.addressee_preps)
    if a >= b:
        return False
    d = skip(toks, a, lx.determiners)
    human = (d < b and lx.starts_actor(toks, d)) or (
        toks[a].low in lx.group_determiners and a + 1 < b and toks[a + 1].low not in lx.generic_group_heads)
    if not human or lx.actor_role(" ".join(t.text for t in toks[a:b])) in lx.public_roles:
        return False
    c = m.content
    if toks[c].low in lx.outcome_verbs:
        return False
    return lx.opens_act(toks[c]) or lx.is_order_verb(toks[c]) or toks[c].low in lx.negators \
        or toks[c].low in lx.positive_states or toks[c - 1].low == "tetap" and toks[c].text[:1].isalpha()


def _speaker_request(lx: Lexicon, toks: list[Tok], j: int) -> Optional[tuple[Optional[tuple[int, int]], int]]:
    """(addressee, act start) of a speaker's request with no complementizer and no plain
    addressee-and-verb: a short object and a passive verb ("netralitas ASN tetap dijaga"),
    a short addressee and a state of positive_states ("semuanya netral"), or a bare verb
    ("mundur dari ASN"); None otherwise."""
    if j >= len(toks) or first_seq_at(toks, j, lx.entries_by_first):
        return None                                     # "saya minta harus netral": the modal's own rule
    if lx.is_verb(toks[j]) and not toks[j].low.startswith(lx.passive_prefixes) \
            and toks[j].low not in lx.negators and toks[j].low not in lx.prepositions:
        return None, j
    for c in range(j, min(len(toks), j + MAX_OBJECT_BEFORE_PASSIVE + 1)):
        if not toks[c].text[0].isalnum() or toks[c].low in lx.boundaries or toks[c].low in lx.complementizers:
            return None
        if c > j and toks[c].low in lx.positive_states:
            return (j, c), c
        if c > j and toks[c].low.startswith(lx.passive_prefixes) and lx.is_verb(toks[c]):
            return None, j
    return None


def _kept_thing(lx: Lexicon, toks: list[Tok], asked, j: int) -> bool:
    """Whether a request read by :func:`_speaker_request` asks that a thing be kept under an
    adverb of constancy ("Bupati meminta netralitas ASN tetap dijaga"): such a request binds
    whoever asks it, not only the speaker's own "saya minta"."""
    if asked[0] is not None or asked[1] != j:
        return False
    v = next((c for c in range(j + 1, min(len(toks), j + MAX_OBJECT_BEFORE_PASSIVE + 1))
              if toks[c].low.startswith(lx.passive_prefixes) and lx.is_verb(toks[c])), None)
    return v is not None and toks[v - 1].low in lx.constancy_adverbs


def _kind_from_content(s: _Site, m: CueMatch) -> None:
    """Phase 10: the content turns the kind ("diminta agar tidak ...": a prohibition)."""
    lx, toks, role, force, negated = s.lx, s.toks, s.role, s.force, s.negated
    if m.kind == "obligation" and (role != "modal" or force == "advisory") and not negated \
            and _negated_content(lx, toks, m.content):
        m.kind = "prohibition"                         # "diminta agar tidak ...", "sebaiknya (ASN) tidak ..."
    if m.kind == "obligation" and role == "directive" and not negated and m.content < len(toks) \
            and toks[m.content].low in lx.modal_by_first:
        inner = first_seq_at(toks, m.content, lx.modal_by_first)
        if inner is not None and inner[1]["kind"] == "prohibition" and inner[1]["role"] in ("modal", "passive") \
                and not inner[1].get("judges_before"):
            m.kind = "prohibition"                     # "mengimbau para camat ... dilarang bepergian": the inner rule's kind
    if m.kind == "prohibition" and not negated and _none_who_fail(lx, toks, m.content):
        m.kind = "obligation"                          # "Jangan sampai ada pegawai yang tidak mencoblos"
    if m.kind == "obligation" and not negated and any(seq_at(toks, m.content, f) for f in lx.refrain_frames):
        m.kind = "prohibition"                         # "agar menahan diri dari mengunggah ...": the act is forbidden
    if m.kind == "obligation" and not negated and m.content < len(toks) and toks[m.content].low in lx.avoid_verbs:
        m.kind = "prohibition"                         # "... sebaiknya dihindari": the act before it is forbidden


def _bind_modal_actor(s: _Site, m: CueMatch, passive_actor, addressed: bool) -> Optional[CueMatch]:
    """Phase 11: a modal or passive cue's actor, and the frames that deny or question the rule."""
    lx, toks, i, j, e, role, first = s.lx, s.toks, s.i, s.j, s.e, s.role, s.first
    negated = s.negated
    m.actor = passive_actor if addressed else actor_before(lx, toks, first) or passive_actor
    if e.get("actor_in_condition") and m.actor is not None and m.actor[0] < first \
            and any(t.text == "," for t in toks[m.actor[0]:first]) and _opens_with_condition(lx, toks, first):
        m.actor = None                             # "Kalau ada guru yang diajak ..., kami minta melapor": the
        #                                            condition's subject, the condition stays outside
    after = skip(toks, j, lx.adverbs)
    if m.actor is not None and role == "modal" and after < len(toks) and toks[after].low.startswith("di") \
            and lx.is_verb(toks[after]) and _modifier_actor(lx, toks, m.actor[0]):
        m.actor = None                             # "pin pegawai dan sebagainya tidak boleh dipakai": the thing
    if e.get("wish_without_actor") and m.actor is None and after < len(toks) \
            and toks[after].low in lx.outcome_verbs:
        return None                                # "Rekomendasi itu diharapkan menjadi bahan ...": a wish
    if m.kind == "permission" and not negated and role == "modal" and toks[i].low in lx.auxiliaries \
            and j < len(toks) and toks[j].low in lx.degree_words and toks[j].low != "sangat":
        return None                                # "pegawai dapat lebih berhati-hati ...": a change hoped
        #                                            for, no act allowed
    judged = skip(toks, after + 1, lx.reciprocals) if after + 1 < len(toks) and toks[after].low in lx.auxiliaries \
        and (v := skip(toks, after + 1, lx.reciprocals)) < len(toks) and lx.is_verb(toks[v]) \
        else after                                 # "harus bisa (saling) menahan diri": the verb after the auxiliary
    if m.kind == "obligation" and role == "modal" and not negated and m.actor is None and judged < len(toks) \
            and toks[judged].low in lx.outcome_verbs and not toks[judged].low.startswith("me") \
            and first > _sentence_head(lx, toks) and not _opens_with_condition(lx, toks, first):
        return None                                # "Pemilu harus berjalan jujur dan adil": a wish for a thing
    if m.kind == "permission" and not negated and role == "modal" and toks[i].low in lx.auxiliaries \
            and m.actor is not None and m.actor[0] > 0 \
            and (toks[m.actor[0] - 1].low in lx.complementizers or toks[m.actor[0] - 1].low in lx.wish_verbs
                 or (m.actor[0] > 1 and toks[m.actor[0] - 1].text == "," and toks[m.actor[0] - 2].low in lx.wish_verbs)
                 or _wish_before_adjunct(lx, toks, m.actor[0]) or _result_opened(lx, toks, m.actor[0])):
        return None                                # "berharap agar pegawai dapat menjaga ...", "mengajak warga
        #                                            bisa memilih ...": the ability wished for, no permission;
        #                                            "Dengan demikian pegawai dapat ...": what follows from it
    if m.kind in ("permission", "prohibition") and role == "modal" and toks[i].low in lx.auxiliaries \
            and i > 0 and toks[i - 1].low in lx.not_yet_words and m.actor is not None \
            and toks[m.actor[0]].low in lx.capacity_reporters and m.actor[1] <= i:
        return None                                # "ia belum dapat memastikan ...": a capacity reported
    if m.actor is None and m.kind == "obligation" and role == "modal" and not negated \
            and _state_after(lx, toks, j):
        m.actor = _bare_state_subject(lx, toks, first)   # "Panitia harus netral": the one in the state
    there = after + 1 if after < len(toks) and toks[after].low in lx.conditionals else after
    if m.actor is None and m.kind in ("prohibition", "obligation") and there < len(toks) \
            and toks[there].low in lx.existentials:
        # "jangan ada ASN yang ikut ...", "tidak dibenarkan bila ada ASN yang ...": the doer is ASN
        m.actor = _existential_doer(lx, toks, there)
    frame_end = m.actor[0] if m.actor else first
    if _asked_or_unsure(lx, toks, frame_end) or _asked_or_unsure(lx, toks, first):
        return None                                # "sejauh mana kepala desa boleh terlibat", "warga bingung
        #                                            harus ikut siapa": a question asked or a doubt, no rule
    if m.kind == "permission" and m.actor is not None and _after_proviso(lx, toks, frame_end):
        return None                                # "..., asalkan semua calon diberi kesempatan yang sama":
        #                                            the condition a permission is granted under
    # the frame before the actor ("bukan berarti ASN boleh"), or between it and the cue
    # ("ASN yang cuti tidak otomatis boleh ...": then it is no part of the actor)
    inner = next((f for f in lx.negating_frames if first - len(f) > frame_end and seq_at(toks, first - len(f), f)),
                 None)
    if inner is not None and m.actor is not None:
        m.actor = (m.actor[0], first - len(inner)) if first - len(inner) > m.actor[0] else None
    outer = next((f for f in lx.negating_frames if seq_at(toks, frame_end - len(f), f)), None)
    framed = inner is not None or outer is not None
    if m.actor is None and outer is not None and not negated and m.kind == "permission" \
            and frame_end - len(outer) > 0:
        m.actor = actor_before(lx, toks, frame_end - len(outer))
        if m.actor is not None and m.actor[1] != frame_end - len(outer):
            m.actor = None                         # "guru honorer bukan berarti boleh ...": the frame's subject
    if negated and framed:
        return None                                # "Netral bukan berarti tidak boleh punya pilihan": a clarification
    if not negated and framed:
        if m.kind == "obligation":
            return None                            # "Netral bukan berarti guru harus bisu": a duty denied, no rule
        # "status cuti tidak membuat ASN boleh ikut berkampanye"
        m.kind = {"permission": "prohibition", "prohibition": "permission"}.get(m.kind, m.kind)
        m.negated = True
    return m


# A bare subject outside the lexicon before a duty of state ("Panitia harus netral") has at most
# this many words.
MAX_BARE_STATE_SUBJECT = 2


def _state_after(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether a modal cue ending before ``j`` judges a state of positive_states ("harus netral",
    "wajib bersikap independen", "harus tetap bersifat netral")."""
    k = skip(toks, j, lx.adverbs)
    if k < len(toks) and (toks[k].low in lx.predicate_links or toks[k].low in lx.state_links):
        k = skip(toks, k + 1, lx.adverbs)
    return k < len(toks) and toks[k].low in lx.positive_states


def _bare_state_subject(lx: Lexicon, toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """The subject of a duty of state that opens its sentence with a word or two outside the
    actor lexicon ("Panitia harus netral", "Wasit pertandingan wajib bersikap netral"): nouns
    only, no verb, function word or punctuation; else None."""
    h = _sentence_head(lx, toks)
    if not 0 < first - h <= MAX_BARE_STATE_SUBJECT:
        return None
    for t in toks[h:first]:
        if not t.text[0].isalpha() or lx.is_verb(t) or lx.is_cue_token(t.low) or t.low in lx.prepositions \
                or t.low in lx.conditionals or t.low in lx.boundaries or t.low in lx.complementizers \
                or t.low in lx.adverbs or t.low in lx.discourse_openers or t.low in lx.clause_anaphors \
                or t.low in lx.negators or t.low in lx.act_openers:
            return None
    return h, first


# An actor term that holds a negator ("pegawai tidak tetap") has at most this many words before it.
MAX_TERM_BEFORE_NEGATOR = 3


def _in_actor_term(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the word at k lies inside an actor term that starts before it."""
    return any((hit := lx.actor_term_at(toks, s)) is not None and s + hit[0] > k
               for s in range(max(0, k - MAX_TERM_BEFORE_NEGATOR), k))


def _status_actor(lx: Lexicon, toks: list[Tok], coord: int) -> Optional[tuple[int, int]]:
    """The actor of a status stated right before a coordinator ("PNS tetap memiliki hak
    pilih | dan dapat ..."), which binds the cue after the coordinator."""
    for k in range(coord - 2, max(-1, coord - 5), -1):
        hit = first_seq_at(toks, k, lx.entries_by_first) if toks[k].low in lx.entries_by_first else None
        if hit and hit[1].get("status_before") and k + len(hit[0]) == coord - 1 \
                and toks[coord - 1].low in hit[1]["status_before"]:
            return actor_before(lx, toks, k)
    return None


# "harus siap menerima sanksi": the sanction word stands at most this many tokens after the act's start.
SANCTION_ACCEPT_WINDOW = 4


def _accepts_sanction(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether an act is to accept a sanction ("siap menerima sanksi", "menanggung sanksi",
    "siap – siap menerima ganjarannya": a doubled word written with a spaced dash)."""
    if k + 2 < len(toks) and toks[k + 1].text in ("-", "–", "—") and toks[k + 2].low == toks[k].low:
        k += 2
    if toks[k].low not in lx.sanction_acceptance:
        return False
    return any(t.low in lx.sanction_terms for t in toks[k + 1:k + 1 + SANCTION_ACCEPT_WINDOW])


def _tells_history(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the sentence opens, before the cue at ``first``, with a time in the past
    ("Dulu, ...", "Pada era Orde Baru, ...")."""
    head = _sentence_head(lx, toks)
    head = skip_discourse_opener(lx, toks, head)
    if head >= first:
        return False
    for k in range(head + 1, min(first, head + PAST_TIME_OPENER_TOKENS)):
        if toks[k].text == ",":
            break
        if toks[k].low in lx.past_time_closers and (toks[k - 1].low in lx.past_time_heads or YEAR_RE.fullmatch(toks[k - 1].text)):
            return True               # "Pada 2019 lalu, ...", "Tahun lalu, ...": a year or an election back
    if toks[head].low not in lx.past_opener_words:
        return False
    return any(seq_at(toks, head, p) for p in lx.past_openers if head + len(p) <= first)


def _narrated_outcome(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether the act after a cue ending at ``j`` is joined to an outcome ("... harus menjalani
    pemeriksaan dan akhirnya dijatuhi hukuman"): a story told, not a rule."""
    return any(toks[k].low in lx.narrative_outcomes and (toks[k - 1].low in lx.coordinators
                                                        or toks[k - 1].low in lx.sequence_words
                                                        or toks[k - 1].low in lx.forced_markers)
               for k in range(j + 1, len(toks)))


def _not_needed(lx: Lexicon, toks: list[Tok], before: int) -> bool:
    """Whether the word before a cue closes a negated cue of kind none ("tidak perlu")."""
    k = before
    if toks[k].low not in lx.cue_first_words:
        return False
    hit = first_seq_at(toks, k, lx.entries_by_first)
    if hit is None or hit[1].get("negated_kind") != "none" or len(hit[0]) != 1:
        return False
    n = skip(toks, k - 1, lx.adverbs, -1)
    return n >= 0 and toks[n].low in lx.negators


def _states_status(lx: Lexicon, toks: list[Tok], j: int, e: dict) -> bool:
    """Whether the words after a cue of right name the right to vote: a word of the entry's
    status_before ("memiliki hak pilih"), after "untuk" too ("hak untuk dipilih"), or the verb
    of voting that ends its clause ("memiliki hak untuk memilih.", "hak memilih dan dipilih")."""
    w = j + 1 if j < len(toks) and toks[j].low == "untuk" else j
    if w >= len(toks):
        return False
    if toks[w].low in e["status_before"]:
        return True
    return toks[w].low in e.get("negated_not_before", ()) and \
        (w + 1 >= len(toks) or not toks[w + 1].text[0].isalnum() or toks[w + 1].low in lx.coordinators)


def _contrast_follows(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether the clause of the cue ending at ``j`` is followed by a comma and a contrast
    ("ASN memiliki hak pilih, namun harus netral"): a right conceded before a restriction."""
    for k in range(j, min(len(toks) - 1, j + CONCESSION_REACH)):
        if toks[k].text in (".", ";", "?", "!"):
            return False
        if toks[k].text == "," and toks[k + 1].low in lx.contrasts:
            return True
    return False


# A right is conceded when a contrast follows it within this many words ("hak pilih sebagai
# warga negara, tetapi ...").
CONCESSION_REACH = 10


def _conceded(toks: list[Tok], first: int, words) -> bool:
    """Whether a concessive word ("meskipun") opens the clause the cue at ``first`` is in,
    and a restriction follows it in the sentence ("meskipun ASN memiliki hak pilih, namun
    ..."); a concession that closes the sentence ("ASN dilarang berpolitik, meskipun tetap
    memiliki hak pilih") concedes a status after the rule: no permission."""
    for k in range(first - 1, max(-1, first - 1 - ACTOR_LOOKBACK), -1):
        if not toks[k].text[0].isalnum():
            return False
        if toks[k].low in words:
            return any(toks[x].text in (",", ";") and toks[x + 1].text[0].isalnum()
                       for x in range(first + 1, len(toks) - 1))
    return False


# -- doubt and questions before a cue -------------------------------------------------------
# Two reaches, one backward scan (:func:`_look_back`): what stands right before a cue or its
# actor (an interrogative opening its clause, a "bahwa" clause under a report frame, a doubt
# frame just before it) within QUESTION_WINDOW tokens, stopped by any punctuation; and a
# doubt reported further back (:func:`_in_doubt`) within DOUBT_REACH tokens, stopped only by
# a sentence's end, a contrast, a reason or a doubt boundary.

# An interrogative ("sejauh mana", "apakah") opens a question at most this many tokens before its cue.
QUESTION_WINDOW = 8
# A doubt frame ("mempertanyakan", "bingung") governs a cue at most this many tokens after it.
DOUBT_REACH = 12
# A report frame ("mengaku") governs a "bahwa" clause it stands at most this many tokens before.
REPORT_FRAME_REACH = 4


def _look_back(toks: list[Tok], start: int, floor: int, stop, hit) -> Optional[int]:
    """The first token from ``start`` back to (not including) ``floor`` where ``hit(b)``
    holds, or None when ``stop(t)`` holds first or none does."""
    for b in range(start, max(-1, floor), -1):
        if stop(toks[b]):
            return None
        if hit(b):
            return b
    return None


def _unknown_that(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the cue at ``k`` sits in a "bahwa" clause governed by a report frame ("mengaku
    tidak tahu bahwa unggahan seperti itu dilarang"): an experience reported, not a rule.
    Without the frame ("tidak tahu bahwa memakai mobil dinas dilarang") the rule stands."""
    b = _look_back(toks, k - 1, k - 1 - QUESTION_WINDOW, lambda t: not t.text[0].isalnum(),
                   lambda b: toks[b].low in lx.content_complementizers)
    return b is not None and any(toks[x].low in lx.report_frames or toks[x].low in lx.claim_nouns
                                 for x in range(max(0, b - REPORT_FRAME_REACH), b))


def _asked_or_unsure(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the words right before token ``k`` (a cue or its actor) ask a question or
    state a doubt: an interrogative ("apakah", "sejauh mana") or a perplexity frame
    ("bingung", "tidak tahu"); the modal after it is part of what is asked, not a rule."""
    k = skip(toks, k - 1, lx.adverbs, -1) + 1
    if k < 1:
        return False
    if _unknown_that(lx, toks, k):
        return True
    if any(seq_at(toks, k - len(q), q) for q in lx.doubt_frames_by_last.get(toks[k - 1].low, ())):
        return True
    # "ingin tahu seberapa jauh ASN boleh ...": an interrogative opening the actor's clause
    # ("di mana" may be a relative, so only the opening interrogatives count)
    return _look_back(toks, k - 1, k - 1 - QUESTION_WINDOW,
                      lambda t: not t.text[0].isalnum() or t.low in lx.boundaries,
                      lambda b: toks[b].low in lx.opening_interrogative_words
                      and any(seq_at(toks, b, q) for q in lx.opening_interrogatives)) is not None


def _in_doubt(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Whether the cue at ``i`` is inside a doubt or a question reported: a doubt frame at
    most DOUBT_REACH tokens before it ("Warga mempertanyakan apakah ASN boleh ...", "ia
    mengaku bingung, kepala desa dilarang atau tidak"), no full stop, semicolon, contrast
    or reason between; not a negated frame ("tidak ragu") nor one that describes a person
    in a relative clause ("Pegawai yang ragu wajib bertanya ke BKD")."""
    b = i - 1
    if b >= 0 and toks[b].low in lx.negators:
        b -= 1                                        # the cue's own negator

    def frame(k: int) -> bool:
        hit = toks[k].low in lx.doubt_frames and first_seq_at(toks, k, lx.doubt_frames)
        return bool(hit) and k + len(hit[0]) <= b + 1

    k = _look_back(toks, b, i - 1 - DOUBT_REACH,
                   lambda t: t.text in (".", ";", "!", "?") or t.low in lx.contrasts or t.low in lx.reason_openers
                   or t.low in lx.doubt_boundaries, frame)
    if k is None:
        return False
    if k > 0 and toks[k - 1].low in lx.negators:
        return False                                  # "tidak ragu": no doubt
    if any(toks[x].low == "yang" for x in range(max(0, k - 2), k)):
        return False                                  # "pegawai yang ragu": a description of the actor
    if any(toks[x].low in lx.conditionals for x in range(max(0, k - 2), k)):
        return False                                  # "Kalau ragu, jangan datang": a condition of the rule
    return True


def _after_proviso(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a proviso word ("asalkan", "sepanjang") stands right before token ``k``."""
    b = skip(toks, k - 1, lx.adverbs, -1)
    return b >= 0 and toks[b].low in lx.provisos


FLIP = {"permission": "prohibition", "prohibition": "permission", "obligation": "permission"}


def negated_kind(e: dict, kind: str) -> str:
    """The kind of a negated cue: the entry's own ("tidak dianjurkan" -> prohibition) or
    the flip ("tidak boleh" -> prohibition, "tidak harus" -> permission)."""
    return e.get("negated_kind") or FLIP[kind]


# An attribution set off by commas inside a sentence (", lanjut Kepala BKD Rudi Hartanto,")
# holds at most this many words.
MAX_INTERPOSED_ATTRIBUTION = 8


def _skip_interposed_attribution(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """The index after an attribution set off by commas at k ("Yang tidak boleh itu, lanjut
    Afif, yakni ..."), else k."""
    if not (k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].low in lx.attribution):
        return k
    close = next((c for c in range(k + 2, min(len(toks), k + 2 + MAX_INTERPOSED_ATTRIBUTION))
                  if not toks[c].text[0].isalnum()), None)
    return close + 1 if close is not None and toks[close].text == "," else k


def _free_relative_body(lx: Lexicon, toks: list[Tok], yang: int, j: int) -> Optional[int]:
    """'Yang dilarang adalah ...' / 'Yang tidak boleh itu menjadi ...': where the rule
    starts, when "yang" opens the sentence (or a clause after punctuation); else None."""
    q = next((yang - n for n in (1, 2) if yang - n >= 0 and (h := first_seq_at(toks, yang - n, lx.enumeration_quantifiers))
              and len(h[0]) == n), None)              # "Salah satu yang dilarang adalah ...": one of the rules
    head = yang if q is None else q
    if not (head == 0 or not toks[head - 1].text[0].isalnum() or _opening_words_only(lx, toks, head)):
        return None                                    # ("Justru yang dilarang adalah ...", "Jadi yang boleh ...")
    k = skip(toks, j, lx.adverbs)
    if k + 2 < len(toks) and lx.is_verb(toks[k]) and not toks[k].low.startswith("di") \
            and toks[k + 1].low in lx.restrictive_adverbs and toks[k + 2].text[0].isalnum() \
            and not lx.is_verb(toks[k + 2]):
        return k                                       # "yang boleh hadir hanya mahasiswa ...": who may do it
    if k < len(toks) and (toks[k].low in lx.post_fillers or toks[k].low in lx.avoid_verbs) and lx.is_verb(toks[k]):
        # "Yang tidak boleh dilakukan (oleh) pegawai adalah ...": the doer before the copula;
        # "Yang harus dihindari (pegawai) adalah ...": what is to be avoided (_framed_rule: forbidden)
        a = skip(toks, k + 1, lx.prepositions)
        a = skip(toks, a, lx.determiners)
        hit = lx.actor_term_at(toks, a) if a < len(toks) else None
        k = a + hit[0] if hit else k + 1
    k = _skip_parenthetical(lx, toks, k)
    if k < len(toks) and (toks[k].low in lx.time_openers or toks[k].low in lx.prepositions):
        # "Yang dilarang saat berfoto adalah ...", "Yang tidak boleh dilakukan guru di sekolah yaitu ...":
        # a time or place of the rule before the copula
        c = next((c for c in range(k + 1, min(len(toks), k + 1 + MAX_CLEFT_ADJUNCT + 1))
                  if toks[c].low in lx.copulas or not toks[c].text[0].isalnum()), None)
        if c is not None and toks[c].low in lx.copulas:
            k = c
    if k + 2 < len(toks) and toks[k + 1].text == "," and toks[k].low.startswith("di") and lx.is_verb(toks[k]) \
            and toks[k].low not in lx.avoid_verbs:
        k += 1                                         # "Yang harus dijaga, kepala desa tidak ...": the act after the comma
    if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low not in lx.negators \
            and (_act_follows(lx, toks, k + 1) or _negated_content(lx, toks, k + 1)):
        return k + 1                                   # "Yang masih dibolehkan, Bapak tetap memberikan suara ..."
    if k < len(toks) and toks[k].low in lx.anaphors:
        k += 1
        if k < len(toks) and lx.is_verb(toks[k]) and toks[k].low not in lx.copulas:
            return k
    k = _skip_interposed_attribution(lx, toks, k)
    if k < len(toks) and toks[k].low in lx.examples:
        x = k + 2 if k + 1 < len(toks) and toks[k + 1].text == "," else k + 1
        if x < len(toks) and (lx.is_verb(toks[x]) or toks[x].low in lx.negators) and not toks[x].low.startswith("di"):
            return x                                   # "Yang tidak boleh misalnya, hadir secara aktif": an example
    if k < len(toks) and toks[k].low in lx.copulas:
        return k + 1
    if k + 1 < len(toks) and toks[k].low in lx.restrictive_adverbs and lx.is_verb(toks[k + 1]):
        return k + 1                                   # "Yang diperbolehkan hanya hadir sebagai pendengar"
    return None


# a time or place between a free relative's cue (or doer) and its copula is at most this many words
MAX_CLEFT_ADJUNCT = 5


def _opening_words_only(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether only a contrast, a discourse opener or an adverb stand between the
    sentence's head and token k ("Justru yang dilarang ...", "Jadi, yang boleh ...")."""
    head = h = _sentence_head(lx, toks)
    while h < k and (toks[h].low in lx.contrasts or toks[h].low in lx.discourse_openers
                     or toks[h].low in lx.adverbs or toks[h].text == ","):
        h += 1
    return h == k and k > head


# A qualifier between a noun of rule and its act ("kewajiban yang tegas untuk ...") is at most this many words.
MAX_NOUN_QUALIFIER = 3
# a manner or time between a noun of rule and its complementizer is at most this many words
MAX_NOUN_ADJUNCT = 4
# "Larangan itu meliputi kegiatan di dunia nyata maupun maya, mulai dari A": at most this many
# words of filler between the enumeration marker and the second marker that opens the acts
MAX_RULE_FILLER = 10


def _in_sanction_list(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the noun of rule at ``first`` is one item of a list of sanctions: a word of
    sanction_list_heads ("sanksinya", "hukuman") and then a word of sanction_list_markers
    ("berupa", "yaitu") stand before it in the sentence, no full stop between."""
    marker = next((i for i in range(first - 1, -1, -1) if toks[i].low in lx.sanction_list_markers), None)
    return marker is not None and any(toks[i].low in lx.sanction_list_heads for i in range(marker))


def _complementizer_within(lx: Lexicon, toks: list[Tok], k: int, reach: int, marks: tuple[str, ...] = ()) -> int:
    """The complementizer within ``reach`` words after the word at k, when only words that are
    no verbs (and ``marks``) stand between; else k."""
    comp = next((c for c in range(k + 1, min(len(toks), k + 1 + reach + 1)) if toks[c].low in lx.complementizers),
                None)
    if comp is not None and not any(lx.is_verb(t) or not (t.text[0].isalnum() or t.text in marks)
                                    for t in toks[k + 1:comp]):
        return comp
    return k


def _past_noun_adjunct(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """The complementizer after a short manner or time that follows a noun of rule at k
    ("instruksi dengan tegas agar ...", "instruksi pada 25/9 agar ..."), else k."""
    if k < len(toks) and (toks[k].low in lx.manner_heads or toks[k].low in lx.time_openers
                          or toks[k].low in lx.noun_adjunct_heads):
        return _complementizer_within(lx, toks, k, MAX_NOUN_ADJUNCT, marks=("/",))
    return k


def _content_clause_at(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Whether a clause of content opens right after a noun of rule ending at j, its manner or
    time passed ("instruksi agar ...", "perintah dengan tegas supaya ...")."""
    k = _past_noun_adjunct(lx, toks, j)
    return k < len(toks) and toks[k].low in lx.purpose_links


def _nominal(lx: Lexicon, toks: list[Tok], first: int, j: int, e: dict, negated: bool) -> Optional[CueMatch]:
    """A noun of rule outside a lead-in (pattern 8): "larangan bagi seluruh ASN untuk
    memosting ...", "larangan berpihak ...", "kewajiban ASN untuk melapor ...". Without
    a verb after it ("larangan kampanye", "larangan dalam ...") it states no act."""
    kind = negated_kind(e, e["kind"]) if negated else e["kind"]
    talk = first - 1
    if talk > 0 and toks[talk].low in lx.determiners:
        talk -= 1
    if talk >= 0 and toks[talk].low in lx.rule_talk_verbs:
        return None                                    # "menyosialisasikan larangan ASN memberi like": talk about it
    if first > 0 and toks[first - 1].low in lx.rule_talk_prepositions \
            and (toks[first - 1].low != "adanya" or first > 1 and toks[first - 2].low in lx.rule_talk_prepositions):
        return None                                    # "Dengan larangan berfoto ini, ...", "Setelah larangan ...":
        #                                                the circumstance of another statement
    if not negated and e["kind"] == "obligation" and first > 0 and toks[first - 1].low in lx.heeding_words:
        return None                                    # "mendengar arahan memilih calon", "sesuai imbauan":
        #                                                the call heeded, another act's object
    if _in_sanction_list(lx, toks, first):
        return None                                    # "sanksinya dapat berupa teguran ..., kewajiban meminta maaf":
        #                                                one of the sanctions, no rule
    if not negated and e["kind"] == "permission" and first > 0 and lx.is_verb(toks[first - 1]) \
            and not toks[first - 1].low.startswith("di") \
            and toks[first - 1].low not in lx.light_verbs and toks[first - 1].low not in lx.negators \
            and toks[first - 1].low not in lx.verb_starters:
        return None                                    # "wajib mengantongi izin tertulis dari ...": the act's object;
        #                                                "menegaskan larangan bagi ASN untuk ..." keeps its rule
    k = skip(toks, j, lx.additive_adverbs)            # "ada larangan pula untuk ...", "larangan juga bagi guru ..."
    actor = None
    opens_at_content = False
    owner = None
    if not negated and first > 1 and toks[first - 1].low in lx.possession_verbs \
            and j < len(toks) and lx.is_verb(toks[j]) and toks[j].low not in lx.negators:
        owner = actor_before(lx, toks, first - 1)      # "guru yang berstatus ASN punya kewajiban menjaga ..."
    if k < len(toks) and toks[k].low == "yang":
        # "kewajiban yang tegas untuk tidak menyukai ...": a short qualifier before the act
        k = _complementizer_within(lx, toks, k, MAX_NOUN_QUALIFIER)
    k = _past_noun_adjunct(lx, toks, k)
    if k < len(toks) and toks[k].low in lx.negators:
        return None                                    # "izin tidak masuk kerja": a kind of leave, no rule
    if k < len(toks) and (toks[k].low in lx.addressee_preps or lx.actor_term_at(toks, k)
                          or toks[k].low in lx.determiners):
        found = _addressee_end(lx, toks, k)
        direct = _addressee_then_verb(lx, toks, k)
        if direct is not None and (found is None or direct[1] < found[0]):
            # "larangan bagi pegawai menghadiri deklarasi ...": the act follows its addressee
            actor, k = direct
            found = None
        elif found is None:
            return None
        else:
            comp, width, enumerated = found
            end = comp
            if enumerated:
                # "Larangan bagi ASN tersebut tetap berlaku ..., seperti A, B": the addressee
                # ends where its predicate starts, and the clauses are the examples
                end = next((c for c in range(k + 1, comp) if lx.is_verb(toks[c]) or toks[c].low in lx.adverbs), comp)
                opens_at_content = end < comp
            actor = _trim_span(lx, toks, k, end)
            k = comp + width
    elif k < len(toks) and (toks[k].low in lx.complementizers or toks[k].low in lx.copulas):
        if not negated and e["kind"] == "prohibition" and first_seq_at(toks, k, lx.enumerators) \
                and _nominal_act_at(lx, toks, k + 1):
            # "larangan yakni dukungan kepada calon ...": the acts named as nouns
            return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=False,
                            content=k + 1, actor=actor, opens_at_content=True, nominal_acts=True)
        k += 1
        if k < len(toks) and not lx.is_verb(toks[k]):
            subject, after = _subject_after(lx, toks, k)
            if subject is not None:
                actor, k = subject, after
            elif k + 1 < len(toks) and toks[k].text[0].isalpha() and toks[k].low not in lx.prepositions \
                    and toks[k].low not in lx.determiners and toks[k].low not in lx.negators \
                    and (lx.opens_act(toks[k + 1]) or toks[k + 1].low in lx.negators):
                actor, k = (k, k + 1), k + 1           # "instruksi agar anggota bersikap netral": a subject
                #                                        of one plain word, then its act
    else:
        # "Larangan tersebut meliputi (1) memasang ...": a list of acts after the noun
        d = skip(toks, k, lx.anaphors)
        qualified = _qualifier_before_marker(lx, toks, d)
        if qualified is not None and (a := skip(toks, qualified + len(first_seq_at(toks, qualified, lx.enumerators)[0]),
                                               lx.adverbs)) < len(toks) and lx.act_noun_re.match(toks[a].low):
            d = qualified - 1                          # "larangan khusus, yakni pemberian tanda suka, ...",
            #                                            "larangan tegas bagi ASN, antara lain keikutsertaan ..."
        if d < len(toks) and toks[d].text == "," and d + 1 < len(toks) and toks[d + 1].low in lx.enumerators:
            d += 1                                     # "mengatur larangan, yakni dukungan kepada ..."
        hit = first_seq_at(toks, d, lx.enumerators) if d < len(toks) else None
        if hit is not None or (d < len(toks) and toks[d].low in lx.copulas):
            k = skip(toks, d + (len(hit[0]) if hit else 1), lx.adverbs)
            k = skip_inline_marker(toks, k)
            again = next((c + 1 for c in range(k, min(len(toks) - 1, k + MAX_RULE_FILLER + 1))
                          if toks[c].text == "," and first_seq_at(toks, c + 1, lx.enumerators)), None) \
                if hit is not None and k < len(toks) and not lx.is_verb(toks[k]) else None
            if again is not None:
                # "Larangan tersebut meliputi banyak hal, mulai dari memasang ...": the second marker opens the acts
                k = skip(toks, again + len(first_seq_at(toks, again, lx.enumerators)[0]), lx.adverbs)
                opens_at_content = True
            if hit is not None and not negated and e["kind"] == "prohibition" and _nominal_act_at(lx, toks, k) \
                    and (toks[d - 1].text == "," or lx.act_noun_re.match(toks[k].low)):
                # "larangan, yakni dukungan kepada calon ...", "Larangan tersebut meliputi pemasangan
                # stiker ..., pembagian ...": the acts named as nouns
                return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=False,
                                content=k, actor=actor, opens_at_content=True, nominal_acts=True)
            if k < len(toks) and hit is not None and lx.act_noun_re.match(toks[k].low) \
                    and toks[k].low not in lx.imperative_non_verbs:
                # "Larangan tersebut meliputi pemasangan stiker ..., pembagian ...": acts named by nouns
                return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated,
                                content=k, opens_at_content=True)
        elif not negated and e["kind"] == "prohibition" and k < len(toks) and toks[k].low in lx.prepositions \
                and toks[k].low not in lx.addressee_preps and _verb_after_coordinator(lx, toks, k + 1):
            # "Larangan dalam acara deklarasi dan memakai kendaraan dinas": a place of
            # the forbidden act, then a second act
            return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=False, content=k)
    if k == j and not negated and e["kind"] == "prohibition" and k < len(toks) \
            and lx.act_noun_re.match(toks[k].low) and toks[k].low not in lx.imperative_non_verbs \
            and lx.nominal_kind(toks[k].low) is None and not _issued_after(lx, toks, k) \
            and not (k + 1 < len(toks) and toks[k + 1].low in lx.demonstratives) \
            and (first == 0 or not toks[first - 1].text[0].isalnum() or toks[first - 1].low in lx.adverbs
                 or toks[first - 1].low == "adanya" or toks[first - 1].low in lx.rule_list_verbs
                 or (lx.is_verb(toks[first - 1]) and first_seq_at(toks, first - 1, lx.circular_intro_by_first))):
        # (a verb of content before it, "memuat / mencakup larangan ...", states the rule; another
        # word may name what is done to it: "pelanggaran larangan pemasangan ...",
        # "menyampaikan larangan keterlibatan ...": the object of another act; "Larangan keberpihakan
        # ini berlaku ...": a rule told before)
        # "mencakup larangan penggunaan mobil dinas oleh camat": the act named as a noun right
        # after the noun of prohibition
        return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=False,
                        content=k, actor=actor)
    k = skip(toks, k, lx.adverbs)
    if k >= len(toks) or not lx.is_verb(toks[k]):
        return None
    if toks[k].low in lx.rule_talk_predicates and toks[k - 1].low not in lx.complementizers \
            and not _binds_after(lx, toks, k + 1):
        return None                                    # "Larangan ini bahkan diulang dua kali ...", "larangan bagi
        #                                                kepala desa bersumber dari UU Desa": talk about the rule
    if _closed_by_demonstrative(lx, toks, k):
        return None                                    # "Larangan bagi guru untuk ... calon ini, sebagai upaya
        #                                                ...": a sentence about the rule told before
    if not negated and (first == 0 or toks[first - 1].low in lx.adverbs or not toks[first - 1].text[0].isalnum()):
        if _issued_after(lx, toks, k):
            return None                                # "Larangan berfoto juga telah dikeluarkan oleh ...": the rule
            #                                            as the subject of a passive of issuing, talk about it
    if kind == "obligation" and not negated and _negated_content(lx, toks, k):
        kind = "prohibition"                           # "imbauan agar ASN tidak mengunggah ..."
    if owner is not None and actor is None and k == j:
        # the owner of a duty is its actor, and the clause starts with it, as with a modal
        return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated, content=k,
                        actor=owner, opens_at_content=False)
    return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated, content=k,
                    actor=actor, opens_at_content=opens_at_content)


# A passive of talk about a rule stands within this many words after the act of a noun of rule
# that is its subject ("Larangan berfoto dengan calon juga telah dikeluarkan ...").
RULE_SUBJECT_ACT_WORDS = 6


def _issued_after(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a passive of rule_talk_predicates ("dikeluarkan", "diterbitkan") follows the
    act at k within RULE_SUBJECT_ACT_WORDS words, past adverbs, with no punctuation and no
    "yang" before it: the noun of rule and its act are that verb's subject."""
    for c in range(k + 1, min(len(toks), k + 1 + RULE_SUBJECT_ACT_WORDS)):
        t = toks[c]
        if not t.text[0].isalnum() or t.low == "yang":
            return False
        if t.low in lx.rule_talk_predicates and t.low.startswith("di"):
            b = c - 1
            while b > k and toks[b].low in lx.adverbs:
                b -= 1
            return toks[b].low != "yang"
    return False


def _closed_by_demonstrative(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the act of a noun of rule from k is closed, before any full stop or other
    comma, by a demonstrative and then a predicate about the rule: ", sebagai upaya ...",
    ", menurut ...", "... itu berlaku sejak ..." (cues.json rule_talk_closers, rule_talk_predicates)."""
    for c in range(k + 1, len(toks) - 1):
        t = toks[c]
        if t.text in (".", ";", ":", "!", "?"):
            return False
        if t.low in lx.demonstratives:
            n = toks[c + 1]
            if n.low in lx.rule_talk_predicates:
                return True
            if n.text == "," and c + 2 < len(toks) and toks[c + 2].low in lx.rule_talk_closers:
                return True
        if t.text == ",":
            return False
    return False


def _binds_after(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether an addressee and an act follow ("berlaku bagi ASN untuk menjadi saksi"): a
    complementizer and a verb within an addressee's length, no comma between; or example
    acts after an enumeration marker ("berlaku di hari libur, misalnya menghadiri ...")."""
    for c in range(k, len(toks) - 1):
        if toks[c].low in lx.enumerators and (hit := first_seq_at(toks, c, lx.enumerators)) \
                and c + len(hit[0]) < len(toks) and lx.is_verb(toks[c + len(hit[0])]):
            return True
    for c in range(k, min(len(toks) - 1, k + MAX_ACTOR_TOKENS)):
        if not toks[c].text[0].isalnum():
            return False
        if toks[c].low in lx.complementizers:
            return lx.is_verb(toks[c + 1])


def _qualifier_before_marker(lx: Lexicon, toks: list[Tok], k: int) -> Optional[int]:
    """Index of the enumeration marker after a short qualifier of a noun of rule set off by a
    comma ("larangan khusus, yakni ...", "larangan tegas bagi ASN, antara lain ..."): at most
    MAX_NOUN_QUALIFIER + 2 words from k, none a verb or a cue; None when no such marker."""
    for c in range(k, min(len(toks) - 2, k + MAX_NOUN_QUALIFIER + 3)):
        t = toks[c]
        if t.text == ",":
            return c + 1 if c > k and first_seq_at(toks, c + 1, lx.enumerators) else None
        if not t.text[0].isalnum() or lx.is_verb(t) or lx.is_cue_token(t.low):
            return None
    return None


def _nominal_act_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """A word at k that names an act as a noun ("dukungan", "pemasangan"): a word that is no
    verb, determiner, actor or noun of rule."""
    return k < len(toks) and toks[k].text[0].isalpha() and not lx.is_verb(toks[k]) \
        and toks[k].low not in lx.determiners and not lx.starts_actor(toks, k) \
        and lx.nominal_kind(toks[k].low) is None


# A noun of rule's place phrase ("larangan dalam kegiatan kampanye") reaches its coordinator
# within this many words.
MAX_RULE_PLACE = 6


def _verb_after_coordinator(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """A short verb-free phrase from k, then a coordinator and an active verb."""
    for c in range(k, min(len(toks) - 1, k + MAX_RULE_PLACE + 1)):
        t = toks[c]
        if not t.text[0].isalnum() or lx.is_verb(t):
            return False
        if t.low in lx.coordinators and c > k:
            v = toks[c + 1]
            return lx.is_verb(v) and not v.low.startswith("di") and v.low not in lx.negators
    return False


# A bracketed gloss on an addressee ("pegawai negeri sipil (PNS)") holds at most this many tokens.
MAX_ADDRESSEE_GLOSS = 4


def _past_gloss(toks: list[Tok], v: int) -> int:
    """The token after a bracketed gloss that opens at v ("(ASN)"), or v without one."""
    close = matching_bracket(toks, v, MAX_ADDRESSEE_GLOSS) if v < len(toks) and toks[v].text == "(" else None
    return close + 1 if close is not None else v


def _addressee_then_verb(lx: Lexicon, toks: list[Tok], k: int) -> Optional[tuple[tuple[int, int], int]]:
    """After a nominal cue: "bagi (seluruh) pegawai <verb>" -> (actor span, verb index), the
    addressee an actor term (or actor terms joined by cues.json ordinal_actor_joiners:
    "kepada direksi dan komisaris BUMN") with its determiners and nothing else; else None."""
    a = k + 1 if toks[k].low in lx.addressee_preps else k
    a = skip(toks, a, lx.determiners)
    hit = lx.actor_term_at(toks, a) if a < len(toks) else None
    if hit is None:
        return None
    v = _past_gloss(toks, a + hit[0])
    while v + 1 < len(toks) and toks[v].low in lx.ordinal_actor_joiners and (more := lx.actor_term_at(toks, v + 1)):
        v = _past_gloss(toks, v + 1 + more[0])         # "larangan kepada pengurus dan pengawas BUMD ikut ..."
    if v < len(toks) and toks[v].low in lx.addressee_modifiers:
        return None                                    # "larangan bagi guru berstatus ASN ...": the addressee's kind
    if v < len(toks) and lx.is_verb(toks[v]) and toks[v].low not in lx.negators and toks[v].low != "yang" \
            and not lx.is_cue_token(toks[v].low):
        return (k + 1 if toks[k].low in lx.addressee_preps else k, v), v
    return None


# A directive's addressee outside the actor lexicon ("mengimbau pengurus RT dan RW tidak
# terlibat ...") is a short phrase of non-verbs directly followed by its act.
MAX_BARE_ADDRESSEE_TOKENS = 5
# an acronym glossed in brackets inside that addressee ("(KIP)") holds at most this many tokens
MAX_ADDRESSEE_GLOSS = 3


def _bare_addressee(lx: Lexicon, toks: list[Tok], j: int) -> tuple[Optional[tuple[int, int]], int]:
    """The addressee right after a directive with no complementizer and the act after it
    ("mewajibkan setiap lurah melapor ..."); (None, j) when none. A phrase opened by a
    preposition or a word of time ("mengingatkan dalam menjalankan tugasnya, prajurit harus
    ...", "mengingatkan saat bertugas ...") is an adjunct, no addressee."""
    s = skip(toks, j, lx.determiners)
    if s < len(toks) and (toks[s].low in lx.prepositions or toks[s].low in lx.time_openers):
        return None, j
    e, glossed = s, 0
    while e < len(toks) and e - s - glossed < MAX_BARE_ADDRESSEE_TOKENS:
        if toks[e].text == "(" and e > s and (c := matching_bracket(toks, e, MAX_ADDRESSEE_GLOSS)) is not None \
                and c + 1 < len(toks) and all(t.text[0].isalnum() for t in toks[e + 1:c]):
            glossed += c + 1 - e                   # "Komisi Independen Pemilihan (KIP) setempat ...": an
            e = c + 1                              # acronym glossed in brackets does not count
            continue
        if not (toks[e].text[0].isalnum()
                and not lx.is_verb(toks[e]) and toks[e].low not in lx.negators and toks[e].low not in lx.adverbs
                and toks[e].low not in lx.addressee_preps and toks[e].low not in lx.complementizers
                and (toks[e].low not in lx.boundaries or toks[e].low in lx.coordinators)
                and not (e > s and _bare_order_at(lx, toks, e))
                and not (toks[e].low in lx.modal_by_first and first_seq_at(toks, e, lx.modal_by_first))):
            break                                  # ("... (Satpol PP) harus bersikap netral": a modal of its own)
        e += 1
    if e == s or e >= len(toks) or toks[e - 1].low in lx.coordinators:
        return None, j
    if toks[e].low in lx.negators or (lx.is_verb(toks[e]) and not toks[e].low.startswith("di")) \
            or _bare_order_at(lx, toks, e):
        # ("meminta KPU setempat optimalkan sosialisasi ...": a bare -kan verb opens the act)
        return (j, e), e
    v = skip(toks, e, lx.adverbs)
    if v > e and v < len(toks) and not any(t.low in lx.aspect_markers for t in toks[e:v]) \
            and (toks[v].low in lx.negators or (lx.is_verb(toks[v]) and not toks[v].low.startswith("di"))):
        return (j, e), v                           # "meminta anggota tetap menjaga ...": an adverb before the act
    if toks[j].low in lx.group_determiners and toks[e].low == "tetap" and e + 1 < len(toks) \
            and toks[e + 1].low in lx.positive_states:
        return (j, e), e + 1                       # "meminta para penyuluh tetap netral": a state kept
    return None, j


def _act_noun_object(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """A noun of an act with its object right after a directive ("pemasangan spanduk calon")."""
    return j + 1 < len(toks) and bool(lx.act_noun_re.match(toks[j].low)) \
        and toks[j].low not in lx.imperative_non_verbs and toks[j + 1].text[0].isalpha() \
        and not lx.is_verb(toks[j + 1]) and toks[j + 1].low not in lx.complementizers


def _bare_order_at(lx: Lexicon, toks: list[Tok], e: int) -> bool:
    """A bare verb with the imperative suffix and its object at e ("optimalkan sosialisasi")."""
    return lx.is_speech_imperative(toks[e]) and e + 1 < len(toks) and toks[e + 1].text[0].isalpha() \
        and not lx.is_verb(toks[e + 1])


# "hal yang wajib dilakukan kepala OPD, di antaranya A, B, C": the enumeration marker
# stands at most this many tokens after the cue
RELATIVE_ENUMERATION_WINDOW = 12


def _rule_noun_before_yang(lx: Lexicon, toks: list[Tok], first: int) -> Optional[dict]:
    """The cue entry of a noun of rule that heads the relative clause of the cue at
    ``first`` ("larangan yang harus dipatuhi"): its kind is the enumeration's."""
    y = skip(toks, first - 1, lx.adverbs, -1)
    if y >= 0 and toks[y].low in lx.negators:
        y = skip(toks, y - 1, lx.adverbs, -1)
    if y < 1 or toks[y].low != "yang":
        return None
    e = lx.nominal_kind(toks[y - 1].low)
    return e if e is not None and e["role"] == "lead" else None


def _relative_enumeration(lx: Lexicon, toks: list[Tok], first: int, j: int, e: dict,
                          negated: bool) -> Optional[CueMatch]:
    """A cue in a relative clause that names a set of acts and then lists them
    ("beberapa hal yang wajib dilakukan kepala perangkat daerah, di antaranya mendata
    ..., memastikan ...", "hal-hal yang dilarang bagi ASN, antara lain memasang ...");
    else None: "... yang dapat diakses publik" is a description."""
    if e.get("requires_actor"):
        return None                                   # "hal-hal yang dapat menimbulkan ..., seperti ...": a description
    actor = None
    head = _relative_head(toks, first)
    act_set = head is not None and _names_act_set(lx, toks[head].low)
    for k in range(j, min(len(toks), j + RELATIVE_ENUMERATION_WINDOW)):
        if toks[k].text in (".", ";", "!", "?", ":"):
            return None
        hit = first_seq_at(toks, k, lx.enumerators)
        if hit is None and act_set and toks[k].low in lx.copulas and k + 1 < len(toks) \
                and lx.act_noun_re.match(toks[k + 1].low):
            hit = ((toks[k].low,), None)              # "Kegiatan yang boleh dilakukan calon adalah pemasangan ..."
        if hit is None:
            if actor is None and lx.actor_term_at(toks, k):
                actor = (k, k + lx.actor_term_at(toks, k)[0])
            continue
        n = k + len(hit[0])
        while n < len(toks) and toks[n].text in (":", ","):
            n += 1
        n = skip_inline_marker(toks, n)
        if n < len(toks) and (lx.is_verb(toks[n]) or _set_noun_repeated(lx, toks, head, n)
                              or (act_set and (toks[n].low in lx.modal_act_nouns
                                               or (lx.act_noun_re.match(toks[n].low) and _nominal_act_at(lx, toks, n)
                                                   and toks[n].low not in lx.sanction_terms)))):
            #                                           ("..., yakni kampanye lewat medsos, ...", "... yakni
            #                                           pemasangan spanduk, ...": acts said as nouns)
            kind = negated_kind(e, e["kind"]) if negated else e["kind"]
            force = e["force"]
            noun = _rule_noun_before_yang(lx, toks, first)
            if noun is not None and not negated:
                kind, force = noun["kind"], noun["force"]      # "larangan yang harus dipatuhi, di antaranya ..."
            if kind == "none":
                return None
            return CueMatch(first=first, last=j, entry=e, kind=kind, force=force, negated=negated,
                            content=n, actor=actor, opens_at_content=True)
        return None
    return None


def _relative_head(toks: list[Tok], first: int) -> Optional[int]:
    """Index of the word before the "yang" that opens the relative clause of the cue at
    ``first`` ("Kegiatan | yang boleh ...", "10 pose | yang dilarang ..."), else None."""
    y = next((k for k in range(first, max(-1, first - 3), -1) if toks[k].low == "yang"), None)
    return y - 1 if y is not None and y > 0 else None


def _names_act_set(lx: Lexicon, head: str) -> bool:
    """Whether a relative's head noun names a set of acts ("kegiatan", "perilaku-perilaku";
    cues.json act_set_nouns), its items then possibly acts said as nouns."""
    half = head.split("-")[0]
    return head in lx.act_set_nouns or (head == f"{half}-{half}" and half in lx.act_set_nouns)


def _set_noun_repeated(lx: Lexicon, toks: list[Tok], head: Optional[int], n: int) -> bool:
    """Whether the item at n opens with the relative's head noun that names the set (``head``,
    :func:`_relative_head`: "10 pose yang dilarang meliputi pose A, pose B": each item is one of
    the set, a noun phrase)."""
    return head is not None and toks[head].text[:1].isalpha() and toks[head].low not in lx.anaphors \
        and toks[n].low == toks[head].low and n + 1 < len(toks) and toks[n + 1].text[:1].isalnum()


# A circular named as the subject of a passive directive stands at most this many tokens before it.
CIRCULAR_SUBJECT_WINDOW = 8


def _sends_circular(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Token k opens a passive directive ("disampaikan", "diminta") whose subject is a circular."""
    if not toks[k].low.startswith("di"):
        return False
    hit = first_seq_at(toks, k, lx.entries_by_first)
    return hit is not None and hit[1]["role"] == "directive" and _circular_subject(lx, toks, k)


def _circular_subject(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """The clause before token ``first`` names a circular ("Surat edaran tersebut ...")."""
    for k in range(first - 1, max(-1, first - 1 - CIRCULAR_SUBJECT_WINDOW), -1):
        if toks[k].text in (",", ";", ":", ".", '"', "“", "”"):
            return False
        if first_seq_at(toks, k, lx.circular_terms_by_first):
            return True
    return False


# "jangan sampai ada <someone> yang tidak <verb>": the someone is at most this many tokens
MAX_EXISTENTIAL_SUBJECT = 6


def _none_who_fail(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """A forbidden state that is someone failing an act ("ada guru yang tidak datang ke TPS"):
    an existential, a short subject, then "yang" and a negated verb: a double negative
    that obliges the act."""
    if k >= len(toks) or toks[k].low not in lx.existentials:
        return False
    for y in range(k + 1, min(len(toks), k + 2 + MAX_EXISTENTIAL_SUBJECT)):
        if not toks[y].text[0].isalnum():
            return False
        if toks[y].low == "yang":
            n = skip(toks, y + 1, lx.adverbs)
            return n + 1 < len(toks) and toks[n].low in lx.negators and toks[n + 1].text[0].isalpha() \
                and toks[n + 1].low not in lx.negators
    return False


def _negated_content(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a rule's content opens with a negator, directly or after its subject
    ("agar tidak ...", "sebaiknya ASN tidak ...")."""
    if k < len(toks) and toks[k].low in lx.negators:
        return not _litotes(lx, toks, k)
    subject, after = _subject_after(lx, toks, k)
    if subject is not None and toks[subject[1] - 1].low == "yang":
        return _negated_after_relative(lx, toks, subject[1] - 1)   # "agar pegawai yang tidak hadir segera melapor"
    if subject is not None:
        return after < len(toks) and toks[after].low in lx.negators and not _litotes(lx, toks, after)
    # "supaya pelayanan di puskesmas tidak dibeda-bedakan": a short subject outside the lexicon
    if k >= len(toks) or not toks[k].text[0].isalpha() or lx.is_verb(toks[k]) or toks[k].low in lx.complementizers:
        return False
    for c in _outside_asides(toks, k + 1, MAX_NEGATED_SUBJECT):
        if toks[c].low in lx.negators and toks[c - 1].low in lx.coordinators and c - 1 > k:
            return False                               # "untuk tetap profesional dan tidak berpihak": a state, then
            #                                            a negated act of its own; the content is not negated
        if toks[c].low in lx.negators:
            return c + 1 < len(toks) and toks[c + 1].text[0].isalpha() and toks[c + 1].low not in lx.negators \
                and not _litotes(lx, toks, c)
        if toks[c].low == "yang" and c > k:
            return _negated_after_relative(lx, toks, c)
        if not toks[c].text[0].isalnum() or lx.is_verb(toks[c]) or toks[c].low == "yang" \
                or first_seq_at(toks, c, lx.entries_by_first):
            break
    return _negated_passive_content(lx, toks, k)


# A thing the content of a directive keeps from a use ("agar kampus di universitas negeri (UN)
# dan swasta tidak dijadikan ajang kampanye") is named in at most this many words, asides apart.
MAX_PASSIVE_SUBJECT = 9


def _negated_passive_content(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a directive's content is a thing named outside the actor lexicon, then a negator
    and a passive verb ("supaya balai desa di pelosok tidak dipakai untuk ..."): what may not be
    done to it is forbidden, as a negated act is. The thing's words hold no punctuation, no
    relative, no cue and no verb but an adjective-like ter- word ("terpencil")."""
    for c in _outside_asides(toks, k + 1, MAX_PASSIVE_SUBJECT):
        t = toks[c]
        if t.low in lx.negators:
            v = c + 1
            return v < len(toks) and toks[v].low.startswith(lx.passive_prefixes) and lx.is_verb(toks[v])
        if not t.text[0].isalnum() or t.low == "yang" or t.low in lx.complementizers \
                or (lx.is_verb(t) and not t.low.startswith(lx.stative_prefixes)) \
                or first_seq_at(toks, c, lx.entries_by_first):
            return False
    return False


# A bracketed aside inside a subject ("kampus negeri (PTN) dan swasta (PTS)") has at most this many words.
MAX_ASIDE_WORDS = 4


def _outside_asides(toks: list[Tok], k: int, n: int):
    """Up to ``n`` token indices from k on, past short bracketed asides ("(PTN)")."""
    c = k
    while c < len(toks) and n > 0:
        if toks[c].text == "(":
            close = next((x for x in range(c + 1, min(len(toks), c + MAX_ASIDE_WORDS + 2)) if toks[x].text == ")"), None)
            if close is not None:
                c = close + 1
                continue
        yield c
        c += 1
        n -= 1


# "agar kantor desa yang dipinjamkan sebagai sekretariat PPS tidak dipakai ...": a subject's
# relative clause runs at most this many tokens before the negated predicate.
MAX_RELATIVE_TOKENS = 10


def _negated_after_relative(lx: Lexicon, toks: list[Tok], yang: int) -> bool:
    """Whether a subject's relative clause ("yang dipinjamkan sebagai sekretariat PPS") is
    followed by a negated verb: the predicate of the subject, negated."""
    if yang + 1 < len(toks) and toks[yang + 1].low in lx.negators:
        return False                                   # "pegawai yang tidak hadir ...": the relative is negated
    for c in range(yang + 2, min(len(toks) - 1, yang + 2 + MAX_RELATIVE_TOKENS)):
        t = toks[c]
        if not t.text[0].isalnum() or t.low in lx.complementizers or t.low == "yang" \
                or first_seq_at(toks, c, lx.entries_by_first):
            return False
        if t.low in lx.negators:
            return lx.is_verb(toks[c + 1]) and toks[c + 1].low not in lx.negators \
                and toks[c + 1].low not in lx.descriptive_after_negation and not _litotes(lx, toks, c)
    return False


def _thing_put_to_use(lx: Lexicon, toks: list[Tok], first: int, j: int) -> bool:
    """A thing as the subject of a passive verb of use after the cue ("Aula kantor tetap
    dapat disewa oleh pihak mana pun", "Dana desa tidak dapat digunakan untuk membiayai
    kampanye"): a permission over the thing's use when a user or a purpose follows in the
    clause ("oleh", "untuk", "bagi", an actor); "dapat digunakan kembali setelah
    direnovasi" only describes (cues.json "use_passives")."""
    head = _sentence_head(lx, toks)
    if first <= head or not toks[head].text[0].isalpha() or lx.is_verb(toks[head]) \
            or toks[head].low in lx.conditionals:
        return False
    v = skip(toks, j, lx.adverbs)
    if v >= len(toks) or toks[v].low not in lx.use_passives:
        return False
    for k in range(v + 1, min(len(toks), v + 3)):
        t = toks[k]
        if not t.text[0].isalnum():
            return False
        if t.low in lx.use_purpose_words or t.low in lx.addressee_preps or lx.actor_term_at(toks, k):
            return True
    return False


def _litotes(lx: Lexicon, toks: list[Tok], neg: int) -> bool:
    """A negator before a word of hesitation ("tidak ragu menjatuhkan hukuman", "tidak
    lupa membawa KTP"): a double negative that asks for the act (cues.json "litotes")."""
    return neg + 1 < len(toks) and toks[neg + 1].low in lx.litotes


# A subject outside the actor lexicon before a negated content is at most this many words.
MAX_NEGATED_SUBJECT = 5


def _skip_parenthetical(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """Past an attribution set off by commas ("Yang dilarang, lanjut dia, adalah ...")."""
    if k < len(toks) and toks[k].text == ",":
        close = next((c for c in range(k + 1, min(len(toks), k + 6)) if toks[c].text == ","), None)
        if close is not None and any(t.low in lx.attribution or t.low in lx.attribution_fillers
                                     for t in toks[k + 1:close]):
            return close + 1
    return k


def _addressee_end(lx: Lexicon, toks: list[Tok], k: int) -> Optional[tuple[int, int, bool]]:
    """After a nominal cue's addressee starting at k: the first complementizer or copula
    (index, width 1) or enumeration marker (index, its width, enumerated=True)."""
    for c in range(k + 1, min(len(toks), k + MAX_ACTOR_TOKENS + 2)):
        if toks[c].low in lx.complementizers or toks[c].low in lx.copulas:
            return c, 1, False
        hit = first_seq_at(toks, c, lx.enumerators)
        if hit:
            return c, len(hit[0]), True
    return None


def skip_inline_marker(toks: list[Tok], k: int) -> int:
    """Past an inline list marker "(1)" / "(a)" / "1)" at token k."""
    if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" and len(toks[k + 1].text) <= 2:
        return k + 3
    if k + 1 < len(toks) and toks[k + 1].text == ")" and len(toks[k].text) <= 2 and toks[k].text[0].isalnum():
        return k + 2
    return k


# "Silakan hak pilihnya digunakan": an object of at most this many words before the passive verb.
MAX_OBJECT_BEFORE_PASSIVE = 5
# "menghimbau selama tahapan pemungutan suara berlangsung, para lurah ...": a fronted time frame is at most this long
FRONTED_FRAME_TOKENS = 10


def _imperative(lx: Lexicon, toks: list[Tok], i: int, j: int, e: dict, heads=()) -> Optional[CueMatch]:
    """A bare imperative ("Tolak politik uang", "..., laporkan ke atasan") at the start of
    its clause, followed by its object; the verb is part of the act. In an official's
    speech (``heads``: where an order can open) it needs no condition before it."""
    head = _sentence_head(lx, toks)
    condition = i > 0 and toks[i - 1].text == "," and _opens_with_condition(lx, toks, i)
    topic = i > 0 and toks[i - 1].text == "," and not condition and _fronted_topic(lx, toks, head, i - 1)
    addressee = i > 0 and toks[i - 1].text == "," and not condition and not topic \
        and _addressed_by_relative(lx, toks, head, i - 1)
    after_condition = condition or topic or addressee
    fronted_adverb = i > head and skip(toks, head, lx.adverbs) == i      # "Tetap jaga netralitas"
    # in speech an order may open at a head or after adverbs there ("..., tetap jaga netralitas")
    spoken_from = next((h for h in heads if h == i or (h < i and skip(toks, h, lx.adverbs) == i and not any(
        first_seq_at(toks, k, lx.entries_by_first) for k in range(h, i)))), None)   # ("segera" is a cue of its own)
    spoken = spoken_from is not None
    if not (i == head or after_condition or fronted_adverb or spoken):
        return None
    if (j >= len(toks) or not toks[j].text[0].isalnum()) \
            and not (condition and (j >= len(toks) or toks[j].text in CLAUSE_ENDS)) \
            and not (spoken and _order_follows(lx, toks, j)):
        return None                                   # an order needs its object, unless a condition
        #                                               names what it is about ("Kalau diajak, tolak saja.")
    if _favour_or_outlet(lx, toks, i, j):
        return None                                   # "Ingatkan saya kalau ...": a favour asked
    if e.get("needs_verb") and not (j < len(toks) and lx.is_verb(toks[j]) and not toks[j].low.startswith("di")):
        return None                                   # "aja" before no act: colloquial "saja", no order
    if e.get("after_condition_only") and not after_condition and not spoken:
        return None                                   # "Laporkan ke Bawaslu ...": news asks its readers
    if e.get("needs_bare_verb"):
        if toks[i].low != e["cue"] and toks[i].low.endswith(lx.cue_particles) and j + 1 < len(toks) \
                and toks[j].low in lx.complementizers and lx.is_verb(toks[j + 1]):
            j += 1                                    # "segeralah untuk mundur ...": the particle makes it an order
        if j >= len(toks):
            return None                               # "..., segera" where the text is cut: no instruction
        nxt = toks[j].low
        if nxt in lx.imperative_blockers or nxt in lx.prepositions or not toks[j].text[0].isalpha() \
                or (nxt.startswith(("di", "ter")) and lx.is_verb(toks[j])) or nxt in lx.negators:
            return None                               # "Segera setelah itu, ...", "segera diproses": no instruction
    # "Kalau melihat pelanggaran, laporkan ke atasan": the instruction is the clause, the
    # condition before it is not (docs/evaluate.md); a fronted topic names the addressee and
    # opens the clause ("yang sudah jadi caleg, segera urus ...")
    return CueMatch(first=i, last=j, entry=e, kind=e["kind"], force=e["force"], negated=False,
                    content=head if (topic or fronted_adverb) else (spoken_from if spoken else i), opens_at_content=True,
                    actor=(head, i - 1) if addressee else None)


def past_sequence_word(lx: Lexicon, toks: list[Tok], n: int) -> tuple[int, bool]:
    """Past the sequence word ("lalu", "kemudian") or the coordinators that join an order to
    the one before in a chain: (where the next order's verb stands, whether a sequence word
    stood before it)."""
    seq = first_seq_at(toks, n, lx.sequence_seqs) if n < len(toks) and toks[n].low in lx.sequence_seqs else None
    return (n + len(seq[0]), True) if seq else (skip(toks, n, lx.coordinators), False)


def _order_follows(lx: Lexicon, toks: list[Tok], c: int) -> bool:
    """Whether a comma at c opens a further order of a chain (", lalu laporkan ke ...",
    ", kemudian catat ..."): the order before needs no object of its own ("Tolak saja, lalu
    laporkan ...")."""
    if c >= len(toks) or toks[c].text != ",":
        return False
    n, _ = past_sequence_word(lx, toks, c + 1)
    return n + 1 < len(toks) and toks[n + 1].text[0].isalnum() and lx.is_order_verb(toks[n])


def _addressed_by_relative(lx: Lexicon, toks: list[Tok], head: int, comma: int) -> bool:
    """An addressee fronted before an order, named by an actor and a relative clause
    ("Pegawai yang tahu ada pelanggaran, laporkan ...", "Guru yang diajak ikut kampanye,
    tolak ..."): no other comma or cue between, at most MAX_ACTOR_TOKENS words."""
    a = skip(toks, head, lx.determiners)
    if not (a < comma and comma - head <= MAX_ACTOR_TOKENS and lx.starts_actor(toks, a)):
        return False
    yang = next((y for y in range(a + 1, min(comma, a + 2 + MAX_HEAD_BEFORE_YANG)) if toks[y].low == "yang"), None)
    return yang is not None and yang + 1 < comma and not any(
        t.text in (",", ";", ":") or first_seq_at(toks, k, lx.modal_by_first)
        for k, t in enumerate(toks[head + 1:comma], head + 1))


def _vocative_end(lx: Lexicon, toks: list[Tok], s: int) -> Optional[int]:
    """Where an addressee opening at ``s`` ends before an order: a comma or a polite word
    ("Bapak-Ibu, ...", "Pak Lurah mohon ...", "Para camat, ...") within MAX_VOCATIVE_WORDS
    words after its first, no verb and no other mark between; None when there is none."""
    c = next((c for c in range(s + 1, min(len(toks), s + 2 + MAX_VOCATIVE_WORDS))
              if not toks[c].text[0].isalnum() or toks[c].low in lx.speech_imperative_openers
              or lx.is_verb(toks[c]) or lx.is_order_verb(toks[c])), None)
    return c if c is not None and (toks[c].text == "," or toks[c].low in lx.speech_imperative_openers) else None


def _past_speech_openers(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """Past what may stand before an order in speech: a discourse opener and its comma
    ("Jadi, ..."), a vocative set off by a comma ("Bapak-Ibu kepala sekolah, ..."), the
    addressee named ("Para camat, pastikan ...", "Kapolsek tolong awasi ..."), a polite
    word ("tolong", "mohon")."""
    for _ in range(4):
        if k >= len(toks):
            break                                      # (a text cut after the opener)
        phrase = first_seq_at(toks, k, lx.discourse_opener_phrases)
        if phrase is not None and k + len(phrase[0]) < len(toks):
            k += len(phrase[0])                        # "Selain itu lepas dulu ...", "Yang penting, jaga ..."
            k += 1 if toks[k].text == "," else 0
            continue
        if k + 1 < len(toks) and (toks[k].low in lx.discourse_openers or toks[k].low in lx.contrasts) \
                and toks[k + 1].text == ",":
            k += 2                                     # "Jadi, ...", "Tapi, fokus bertugas ..."
            continue
        if k + 1 < len(toks) and toks[k].low in lx.examples and toks[k].text[0].isupper() \
                and lx.is_order_verb(toks[k + 1]):
            k += 1                                     # "Seperti hindari mengunggah ...": an example of what
            continue                                   # to do, said as an order
        if k + 1 < len(toks) and (toks[k].low in lx.discourse_openers or toks[k].low in lx.coordinators
                                  or toks[k].low in lx.sequence_seqs) \
                and (toks[k + 1].low in lx.speech_imperative_openers or lx.is_order_verb(toks[k + 1])):
            k += 1                                     # "Jadi lepas dulu ...", "Dan tolong, ...": no comma
            continue
        if 0 < k and toks[k - 1].text == "," and toks[k].low in lx.attribution:
            c = next((c for c in range(k + 1, min(len(toks), k + 1 + MAX_VOCATIVE_WORDS)) if not toks[c].text[0].isalnum()), None)
            if c is not None and toks[c].text == ",":
                k = c + 1                              # "Lurah, kata dia, tolong catat ...": an attribution set in
                continue
        if k < len(toks) and toks[k].low in lx.address_terms:
            s = k
        elif k < len(toks) and toks[k].low in lx.speech_imperative_openers:
            k += 2 if k + 1 < len(toks) and toks[k + 1].text == "," else 1
            if k + 1 < len(toks) and toks[k].low in lx.opener_subjects and lx.is_order_verb(toks[k + 1]):
                k += 1                                 # "Tolong kita optimalkan ...": the speaker joins the order
            continue
        elif (a := skip(toks, k, lx.determiners)) < len(toks) and lx.starts_actor(toks, a):
            s = a
        else:
            v = _addressee_before_order(lx, toks, k)
            return k if v is None else v
        c = _vocative_end(lx, toks, s)
        if c is None:
            v = _addressee_before_order(lx, toks, k)
            return k if v is None else v
        k = c + 1 if toks[c].text == "," else c
    return k


# "Para pendamping desa pahami ...": a group named by a determiner has at most this many words
MAX_GROUP_WORDS = 2


def _addressee_before_order(lx: Lexicon, toks: list[Tok], k: int) -> Optional[int]:
    """Where the order opens after an addressee named at k right before it with no comma
    ("Para Bhabinkamtibmas pahami betul aturan ...", "Seluruh perangkat desa pastikan ...",
    "Kalian catat ..."): the addressee is an actor term, one of order_addressee_pronouns, or
    one of group_determiners and a word or two of no verb; the order a speech imperative that
    opens no cue, with its object after it. None when there is none ("Kami pastikan ...": the
    speaker's own statement)."""
    a = skip(toks, k, lx.determiners)
    if a >= len(toks):
        return None
    term = lx.actor_term_at(toks, a)
    if term is not None:
        if term[1] in lx.public_roles:
            return None                                # "Warga ...": the public, no official's addressee
        ends = (a + term[0],)
    elif a == k and (toks[a].low in lx.order_addressee_pronouns or toks[a].low in lx.address_terms):
        ends = (a + 1,)
    elif a > k and toks[k].low in lx.group_determiners:
        ends = tuple(a + w for w in range(1, MAX_GROUP_WORDS + 1)
                     if all(toks[x].text.isalpha() and not lx.is_verb(toks[x]) and not lx.is_order_verb(toks[x])
                            and not lx.is_cue_token(toks[x].low) for x in range(a, min(len(toks), a + w))))
    else:
        return None
    for v in ends:
        if v + 1 < len(toks) and toks[v + 1].text[0].isalnum() and lx.is_speech_imperative(toks[v]) \
                and toks[v + 1].low not in lx.manner_heads and toks[v + 1].low not in lx.manner_adverbs \
                and not (toks[v].low.startswith(("ber", "ter")) and lx.act_noun_re.match(toks[v].low[3:])):
            #   ("ASN berkedudukan sebagai ...": "ber-" and a noun of an act, a statement)
            #   ("Pegawai gunakan dengan bijak ...": the fronted object's shape, left to _fronted_object)
            cue = first_seq_at(toks, v, lx.entries_by_first)
            if cue is None or (cue[1].get("imperative") and cue[1]["kind"] == "obligation"):
                return v                               # ("pastikan" is an order cue of its own)
    return None


def _tells_before_colon(lx: Lexicon, toks: list[Tok], colon: int) -> bool:
    """Whether a passive or directive cue of obligation ends right before the colon at
    ``colon`` ("para ASN diingatkan:", "Kepada guru dipesankan:"): a narrated lead-in."""
    return _told_cue_start(lx, toks, colon) is not None


def _told_cue_start(lx: Lexicon, toks: list[Tok], colon: int) -> Optional[int]:
    """Start of the cue of :func:`_tells_before_colon`, or None."""
    for n in range(1, min(colon, MAX_TOLD_CUE_TOKENS) + 1):
        hit = first_seq_at(toks, colon - n, lx.entries_by_first)
        if hit is not None and len(hit[0]) == n and hit[1]["role"] in ("passive", "directive") \
                and hit[1]["kind"] == "obligation" and not hit[1].get("complementizer_next"):
            return colon - n                           # ("disebutkan: ..." reports; only "disebutkan agar" orders)
    return None


# A cue of a narrated lead-in ("diingatkan", "di ingatkan") is at most this many tokens long.
MAX_TOLD_CUE_TOKENS = 3


def told_heads(lx: Lexicon, toks: list[Tok]) -> tuple[int, ...]:
    """Where an order opens after a narrated lead-in in the same sentence ("Para camat
    diingatkan: jangan ...", "Dalam surat itu dipesankan: Hapus unggahan ..."): the first
    word after the colon (and an opening quote), as in an official's speech."""
    out = []
    for c in range(1, len(toks) - 1):
        if toks[c].text == ":" and _tells_before_colon(lx, toks, c):
            k = c + 1
            while k < len(toks) and not toks[k].text[0].isalnum():
                k += 1
            if k < len(toks):
                out.append(_past_speech_openers(lx, toks, k))
    return tuple(out)


def speech_heads(lx: Lexicon, toks: list[Tok]) -> tuple[int, ...]:
    """Where an order can open in an official's speech: the sentence's head, and the first
    word of a quote opened inside it ('Bupati berpesan, "Sertakan ...'), each past a
    discourse opener, a vocative and a polite word (:func:`_past_speech_openers`)."""
    starts = [_sentence_head(lx, toks)]
    starts += [k + 1 for k in range(1, len(toks) - 1) if toks[k].text in ("“", '"') and toks[k - 1].text in (",", ":")]
    for h in list(starts):
        h = _past_speech_openers(lx, toks, h)          # "Dan tolong, kalau ada ..., laporkan ..."
        if h < len(toks) and (toks[h].low in lx.conditionals or free_relative_at(lx, toks, h)):
            comma = next((k for k in range(h + 1, len(toks) - 1) if toks[k].text == ","), None)
            # "Kalau menemukan pelanggaran laporkan ke Panwascam": without a comma, an order verb
            # after the condition's own verb and its object opens the order
            reach = comma if comma is not None else len(toks) - 1
            cond_verb = next((k for k in range(h + 1, reach) if lx.is_verb(toks[k])), None)
            order = next((k for k in range(cond_verb + 2, reach)
                          if lx.is_order_verb(toks[k]) and toks[k + 1].text[0].isalnum()), None) \
                if cond_verb is not None else None
            if order is not None and all(t.text[0].isalnum() for t in toks[h:order]):
                starts.append(order)
            elif comma is not None:
                starts.append(_after_addressee(lx, toks, comma + 1))   # "Jika masih bingung, tanyakan dulu ..."
    # "Lokasi yang dilarang itu, Bapak hafalkan tempatnya": an addressee and an order after a comma
    starts += [v for k in range(starts[0] + 1, len(toks) - 2) if toks[k].text == ","
               and toks[k + 1].text[0].isalpha() and (v := _addressee_before_order(lx, toks, k + 1)) is not None]
    # "Silakan datang, tapi lepas seragam ...": an order after a contrast
    starts += [h for h in range(starts[0] + 2, len(toks) - 1) if _order_after_contrast(lx, toks, h)]
    # "jangan satu calon, hadirkan semuanya": an order after a ban with an elliptic object
    starts += [h for h in range(starts[0] + 3, len(toks) - 1) if _order_after_elliptic_ban(lx, toks, h)]
    # "Ini nggak usah, sampaikan ke keluarga": an order after a ban that names no act
    starts += [h for h in range(starts[0] + 2, len(toks) - 1) if _order_after_bare_ban(lx, toks, h)]
    # "..., tahanlah diri tahanlah jari", "... segeralah mundur": a verb with the particle "-lah"
    # is an order wherever it stands in speech, one per verb; and a hortative word mid-sentence
    # ("Kepada seluruh ASN, mari bersama-sama jaga ...") opens one
    starts += [h for h in range(starts[0] + 1, len(toks) - 1)
               if toks[h + 1].text[0].isalnum() and toks[h - 1].low not in lx.particle_order_stops_before
               and not lx.is_verb(toks[h - 1]) and lx.is_particle_order(toks[h])]
    #   (not after a verb: "kelompok yang mengkampanyekan pilihlah nomor 1" reports a slogan)
    starts += [k for h in range(starts[0] + 1, len(toks) - 2) if toks[h].low in lx.hortatives
               and (k := skip(toks, h + 1, lx.hortative_fillers)) + 1 < len(toks) and lx.is_order_verb(toks[k])]
    colon = next((k for k in range(starts[0], min(len(toks), starts[0] + MAX_TURN_LABEL_WORDS + 1)) if toks[k].text == ":"), None)
    if colon is not None and colon > starts[0] and all(t.text[0].isupper() for t in toks[starts[0]:colon]):
        starts.append(colon + 1)                       # a transcript turn: "SEKDA: Kirimkan ..."
    return tuple(_past_speech_openers(lx, toks, h) for h in starts)


# A ban with an elliptic object ("jangan satu calon") names at most this many words.
MAX_ELLIPTIC_OBJECT = 4


def _order_after_elliptic_ban(lx: Lexicon, toks: list[Tok], h: int) -> bool:
    """Whether a bare imperative at h follows a comma after a ban ("jangan") and an object with no
    verb ("jangan satu calon, hadirkan semuanya", "jangan sebagian, undang seluruhnya"): the
    verb the ban leaves out is the order's, so the order is no act under the ban."""
    if toks[h - 1].text != "," or not lx.is_speech_imperative(toks[h]) or lx.is_verb(toks[h]) \
            or not toks[h + 1].text[0].isalnum():
        return False
    k = h - 2
    while k >= 0 and h - 1 - k <= MAX_ELLIPTIC_OBJECT and toks[k].text[0].isalnum() and not lx.is_verb(toks[k]):
        k -= 1
    if not 0 <= k < h - 2 or h - 2 - k > MAX_ELLIPTIC_OBJECT:
        return False
    for c in (k - 1, k):                               # "jangan ...", "tidak boleh ..."
        hit = first_seq_at(toks, c, lx.modal_by_first) if c >= 0 else None
        if hit is not None and c + len(hit[0]) == k + 1 and hit[1]["kind"] == "prohibition" \
                and not hit[1].get("warns"):
            return True
    return False


# A ban that ends right before a comma ("Ini nggak usah, ...") is at most this many words.
MAX_BARE_BAN_WORDS = 3


def _order_after_bare_ban(lx: Lexicon, toks: list[Tok], h: int) -> bool:
    """Whether a bare imperative at h follows a comma right after a ban that names no act
    ("Yang begitu nggak usah, sampaikan saja ke keluarga", "Itu jangan, laporkan ke
    atasan"): the ban's act was named before it; the order is no act under the ban."""
    if h < 2 or toks[h - 1].text != "," or h + 1 >= len(toks) or not toks[h + 1].text[0].isalnum() \
            or not lx.is_speech_imperative(toks[h]):
        return False
    for n in range(1, min(MAX_BARE_BAN_WORDS, h - 1) + 1):
        hit = first_seq_at(toks, h - 1 - n, lx.modal_by_first)
        if hit is not None and len(hit[0]) == n and hit[1]["kind"] == "prohibition" and not hit[1].get("warns"):
            return True
    return False


def _after_addressee(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """Where the order after a condition opens when its addressee is named before it without
    a comma ("Kalau ..., camat langsung tegur ...", "Jika ..., kepala sekolah segera copot
    ..."): at the adverbs or the order verb after the actor term; else k."""
    a = skip(toks, k, lx.determiners)
    term = lx.actor_term_at(toks, a) if a < len(toks) else None
    if term is None:
        return k
    v = a + term[0]
    w = skip(toks, v, lx.adverbs)
    if v < w + 1 < len(toks) and toks[w + 1].text[0].isalnum() and lx.is_order_verb(toks[w]) \
            or (w == v and w + 1 < len(toks) and toks[w + 1].text[0].isalnum() and lx.is_order_verb(toks[w])):
        return v
    return k


# An order names where it sends something ("Kirim ke redaksi ...") within this many words.
OUTLET_REACH = 4


def _order_after_contrast(lx: Lexicon, toks: list[Tok], h: int) -> bool:
    """An order verb at h right after a comma and a contrast ("Silakan datang, tapi lepas
    seragam ..."): in speech an order of its own, and the end of the judged act before it."""
    return 1 < h < len(toks) and toks[h - 2].text == "," and toks[h - 1].low in lx.contrasts \
        and (lx.is_order_verb(toks[h]) or _fronted_object(lx, toks, h))


def _stem_tok(t: Tok) -> Tok:
    """The token without its -nya ("bantuannya" -> "bantuan")."""
    return Tok(t.text[:-3], t.low[:-3], t.start, t.end - 3)


# A fronted object with no -nya ("media sosial gunakan dengan bijak") has at most this many words.
MAX_FRONTED_OBJECT_WORDS = 2


def _fronted_object(lx: Lexicon, toks: list[Tok], h: int) -> bool:
    """A possessed object fronted before a bare order in speech ("bantuannya arahkan ke
    pemerintah desa", "ponselnya simpan di loker"): a word in -nya that is no verb, then an
    order verb with its complement; or a short object with no -nya when the order takes
    no object after it, only its manner ("Medsos gunakan dengan bijak", "gawai pakai secara
    wajar")."""
    for w in range(1, MAX_FRONTED_OBJECT_WORDS + 1):
        k = h + w
        if k + 1 >= len(toks) or not toks[k - 1].text.isalpha() or lx.is_verb(toks[k - 1]) \
                or toks[k - 1].low in lx.anaphors or toks[k - 1].low in lx.subject_pronouns \
                or toks[k - 1].low in lx.person_nouns or toks[k - 1].low in lx.prepositions \
                or toks[k - 1].low in lx.determiners or toks[k - 1].low in lx.conditionals \
                or toks[k - 1].low in lx.coordinators or lx.is_cue_token(toks[k - 1].low):
            break
        if lx.is_order_verb(toks[k]) and (toks[k + 1].low in lx.manner_heads or toks[k + 1].low in lx.manner_adverbs) \
                and lx.actor_term_at(toks, h) is None:
            return True
    return h + 2 < len(toks) and toks[h].low.endswith("nya") and toks[h].text.isalpha() \
        and not lx.is_verb(toks[h]) and toks[h].low not in lx.anaphors and lx.is_order_verb(toks[h + 1]) \
        and toks[h + 2].text[0].isalnum() and lx.actor_term_at([_stem_tok(toks[h])], 0) is None \
        and toks[h].low[:-3] not in lx.subject_pronouns and toks[h].low[:-3] not in lx.person_nouns
    #                                                    ("Anaknya tolak ajakan itu": a doer)


def _favour_or_outlet(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """Whether the imperative at i asks the speaker a favour ("Ingatkan saya ...", "Doakan
    kami"), or is the outlet's call to its readers ("Kirimkan ke rubrik ...", "Tulis di
    kolom komentar"): no rule either way."""
    if j < len(toks) and toks[j].low in lx.speaker_objects and toks[i].low.removesuffix("lah") in lx.favour_verbs:
        return True
    return any(t.low in lx.outlet_nouns for t in toks[j:j + OUTLET_REACH])


def _order_names_act(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the words after a bare order up to the next punctuation name what to do,
    not only an anaphor, a demonstrative or an adverb ("Perhatikan hal ini sungguh-sungguh",
    "Laksanakan itu": the act was named before, if at all) nor a reduplicated manner
    ("Bicarakan baik-baik")."""
    while k < len(toks) and toks[k].text[0].isalnum():
        t = toks[k]
        if t.low not in lx.anaphors and t.low not in lx.adverbs and t.low not in lx.demonstratives \
                and not ("-" in t.low and t.low.split("-")[0] == t.low.split("-")[-1]):
            return True
        k += 1
    return False


SPEECH_ORDER = {"kind": "obligation", "force": "advisory", "role": "modal", "imperative": True}


def _speech_order(toks: list[Tok], h: int) -> CueMatch:
    """A bare order of speech opening at toks[h]: an advisory obligation whose act starts there."""
    return CueMatch(first=h, last=h + 1, entry={"cue": toks[h].low, **SPEECH_ORDER}, kind="obligation",
                    force="advisory", negated=False, content=h, opens_at_content=True)


def _speech_orders(lx: Lexicon, toks: list[Tok], heads: tuple[int, ...], found: list[CueMatch]) -> list[CueMatch]:
    """``found`` with the bare orders of speech added: a speech imperative at a head
    ("Sertakan surat tugas", "Simpan tangkapan layar") that no cue covers, followed by its
    object or complement (not the speaker: "Ingatkan saya ...")."""
    out = list(found)
    quote = next((q for q in range(len(toks)) if q > 0 and toks[q].text in ('"', "”")), len(toks))
    if any(m.entry["role"] in ("modal", "passive") and closes_sentence(lx, toks, m.content, quote) for m in found):
        # "Kirim staf untuk mencatat saja juga tidak boleh": the act judged; only an order after
        # a contrast stands on its own ("Datang silakan, tapi lepas seragam ...")
        heads = tuple(h for h in heads if _order_after_contrast(lx, toks, h))
    for h in heads:
        if _stay_order(lx, toks, h) and not any(m.first <= h < max(m.last, m.content + 1) for m in found):
            # "Tetap netral, tetap profesional", "Tetap layani warga": an order to stay so
            out.append(_speech_order(toks, h))
            continue
        if h + 2 < len(toks) and toks[h].low in lx.loan_verbs and toks[h + 1].text == "," \
                and lx.is_speech_imperative(toks[h + 2]) and not any(m.first <= h < max(m.last, m.content + 1) for m in found):
            # "Screenshot, catat lokasinya, lalu lapor ...": a borrowed verb opens a series of orders
            out.append(_speech_order(toks, h))
            continue
        if _fronted_object(lx, toks, h) and not any(m.first <= h + 1 < max(m.last, m.content + 1) for m in found):
            out.append(_speech_order(toks, h))         # "bantuannya arahkan ke ...": the object before the order
            continue
        if h + 1 >= len(toks) or not lx.is_speech_imperative(toks[h]) or not toks[h + 1].text[0].isalnum() \
                or _favour_or_outlet(lx, toks, h, h + 1) or first_seq_at(toks, h, lx.entries_by_first) \
                or (toks[h].low in lx.reader_calls and first_seq_at(toks, h, lx.reader_calls)) \
                or (toks[h].low in lx.order_idioms and first_seq_at(toks, h, lx.order_idioms)) or _after_closing_quote(toks, h) \
                or any(m.first <= h < max(m.last, m.content + 1) for m in found) \
                or not (_order_names_act(lx, toks, h + 1) or _order_after_elliptic_ban(lx, toks, h)
                        or _order_after_bare_ban(lx, toks, h)):
            continue
        out.append(_speech_order(toks, h))
    out.sort(key=lambda m: m.first)
    return out


def _after_closing_quote(toks: list[Tok], h: int) -> bool:
    """Whether toks[h] follows a closing quote mark, where an attribution stands
    ('"Bolehkah ...?" tanya seorang peserta'), or opens a sentence in lower case (the same
    attribution cut off by the sentence split): no order opens there. A straight mark closes
    when it is set against the word before it and apart from the word after."""
    if h == 0:
        return toks[h].text[0].islower()       # a sentence cut after '?"': its lower-case rest is the attribution
    if h < 2:
        return False
    q = toks[h - 1]
    return q.text == "”" or (q.text == '"' and q.start == toks[h - 2].end and q.end < toks[h].start)


def _stay_order(lx: Lexicon, toks: list[Tok], h: int) -> bool:
    """A head of speech that opens with one of positive_turns ("tetap") and an order verb or
    one of positive_states ("Tetap netral", "tetap layani ..."), or a passive verb right after a
    polite word ("Tolong dijaga netralitasnya", "Mohon dipatuhi"): an order, as "jaga netralitas"."""
    if 0 < h < len(toks) and toks[h - 1].low in lx.speech_imperative_openers and toks[h].low.startswith("di") \
            and lx.is_verb(toks[h]):
        return True
    return h + 1 < len(toks) and toks[h].low in lx.positive_turns \
        and (toks[h + 1].low in lx.positive_states or lx.is_speech_imperative(toks[h + 1])
             or (h + 2 < len(toks) and h == _past_speech_openers(lx, toks, _sentence_head(lx, toks))
                 and toks[h + 1].low.startswith(lx.active_prefixes) and toks[h + 1].low not in lx.possession_verbs
                 and lx.is_verb(toks[h + 1]) and toks[h + 2].text[0].isalnum()))
    #   "Tetap menjaga kekompakan, ...": at the head of the sentence an active verb with its object
    #   (not a possession: "..., tetap memiliki hak pilih" states a status)


def _condition_act(lx: Lexicon, toks: list[Tok], k: int) -> Optional[tuple[Optional[tuple[int, int]], int]]:
    """(doer span, act start) of a condition after a permitting directive: "(ada) guru
    (yang) (mau) mendaftar ...", "pegawai ingin menonton ...", "ada pihak yang memberikan
    ..."; None when no act follows."""
    exists = k < len(toks) and toks[k].low in lx.existentials
    if exists:
        k += 1
    d = skip(toks, k, lx.determiners)
    doer = lx.actor_term_at(toks, d) if d < len(toks) else None
    if doer is None and exists and d + 2 < len(toks) and toks[d].text[:1].isalpha() and not lx.is_verb(toks[d]) \
            and toks[d + 1].low == "yang" and toks[d + 2].low.startswith(lx.active_prefixes):
        doer = (1, "")                                # "jika ada pihak yang memberikan ...": any doer the
        #                                               existential names before an active verb
    if doer is None:
        k = skip(toks, k, lx.volition_verbs)          # "... kalau mau hadir di kampanye"
        return (None, k) if _act_follows(lx, toks, k) else None      # "... jika ikut menonton debat"
    v = d + doer[0]
    if v < len(toks) and toks[v].low == "yang":
        v += 1
    v = skip(toks, skip(toks, v, lx.adverbs), lx.volition_verbs)
    if v < len(toks) and _act_follows(lx, toks, v):
        return (k, d + doer[0]), v
    return None


def _modifier_actor(lx: Lexicon, toks: list[Tok], a: int) -> bool:
    """An actor term that modifies a noun before it ("pin pegawai", "mobil dinas camat"):
    a word that is no determiner, preposition or punctuation stands right before it."""
    if a == 0:
        return False
    t = toks[a - 1]
    return t.text[0].isalpha() and t.low not in lx.determiners and t.low not in lx.prepositions \
        and t.low not in lx.coordinators and not lx.is_verb(t) and t.low not in lx.adverbs \
        and t.low not in lx.conditionals and t.low not in lx.complementizers and t.low not in lx.skip_after


def _judged_act(lx: Lexicon, toks: list[Tok], first: int, j: int, e: dict, negated: bool) -> Optional[CueMatch]:
    """"Pemberian barang ... termasuk pelanggaran netralitas": the act before the cue, as
    the sentence's subject, is forbidden (cues.json "judges_before")."""
    if negated and first > 0 and toks[first - 1].low in lx.complementizers:
        return None                                   # "berhati-hati ... agar tidak melanggar aturan": the purpose
        #                                               of an act asked before, no judgement of it
    if first > 0 and toks[first - 1].low in lx.skip_after:
        # "tindakan yang dikategorikan pelanggaran ..., antara lain A, B, serta C"
        return _relative_enumeration(lx, toks, first - 1, j, e, negated)
    hedged = skip(toks, first - 1, lx.judgement_hedges, -1)
    if hedged < first - 1 and hedged >= 0 and toks[hedged].low in lx.skip_after:
        # "situasi yang berpotensi melanggar netralitas": a description inside a relative clause
        return _relative_enumeration(lx, toks, hedged, j, e, negated)
    stop = next((k for k in range(j, len(toks)) if toks[k].text in CLOSE_QUOTES), len(toks))
    if e.get("closes_clause") and not closes_sentence(lx, toks, j, stop):   # (up to a closing quote)
        return None                                   # "Mengedarkan barang terlarang dapat dipidana": a thing
    head = _judged_head(lx, toks, first)
    if head >= first:
        return None
    if not negated and e["kind"] == "permission" and _contrast_time_frame(lx, toks, head, first):
        # "Tapi pada hari libur seperti Sabtu, tidak apa-apa": the act of the rule before, allowed then
        return CueMatch(first=first, last=j, entry=e, kind=e["kind"], force=e["force"], negated=False, content=len(toks))
    if act_after_condition(lx, toks, head, first) is not None:
        # "kalau acaranya pertemuan keluarga, ya hadir saja, tidak masalah": the act between
        # the condition and the judgement is judged
        kind = negated_kind(e, e["kind"]) if negated else e["kind"]
        return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated, content=len(toks))
    if _condition_judged_whole(lx, toks, head, first):
        # "Kalau ada warga yang memotret petugas yang mengawal calon tidak masalah": no comma,
        # the condition runs up to the judgement and is the act it judges
        kind = negated_kind(e, e["kind"]) if negated else e["kind"]
        return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated, content=len(toks))
    if _condition_judged_by_anaphor(lx, toks, head, first):
        # "Kalau ASN ikut berswafoto dengan calon, itu sudah masuk kategori pelanggaran"
        kind = negated_kind(e, e["kind"]) if negated else e["kind"]
        return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated, content=len(toks))
    subject_end = skip(toks, skip(toks, first - 1, lx.judgement_hedges, -1), lx.adverbs, -1)
    if subject_end == head + 1 and (toks[subject_end].low in lx.clause_anaphors or toks[subject_end].low == "tersebut") \
            and not lx.is_verb(toks[head]):
        return None                                   # "Ketidaknetralan ini berpotensi melanggar aturan": the
        #                                               subject refers back to a case told before, no rule
    ti = head
    if toks[ti].low in lx.restrictive_adverbs and ti + 1 < first:
        ti += 1                                       # "sekadar berswafoto ...": the act after the restriction
    if toks[ti].low in lx.complementizers and ti + 1 < first:
        ti += 1                                       # "Untuk jadi anggota KPPS kami bolehkan": the act after "untuk"
    doer = lx.actor_term_at(toks, head)
    if doer is not None and head + doer[0] < first and toks[head + doer[0]].low not in lx.content_complementizers:
        ti = head + doer[0]                           # "Kades naik panggung kampanye itu terlarang": the act with its doer
        if toks[ti].low in lx.report_frames or toks[ti].low in lx.past_markers:
            return None
    t = toks[ti]
    # a speech verb opening the sentence's subject is the act ("Mengajak warga memilih calon termasuk
    # pelanggaran"), unless it reports ("Menegaskan bahwa ...") or follows a doer ("Camat menilai ...")
    own_speech = ti == head and t.low in lx.speech_verbs and ti + 1 < first \
        and toks[ti + 1].low not in lx.content_complementizers and toks[ti + 1].text != ","
    act = (lx.is_verb(t) and not t.low.startswith("di") and t.low not in lx.negators
           and (t.low not in lx.speech_verbs or own_speech)
           and t.low not in lx.item_non_heads) or bool(lx.act_noun_re.match(t.low)) \
        or (ti > head and toks[ti - 1].low in lx.complementizers and t.low in lx.doer_verbs)
    if not act or t.low in lx.anaphors or any(
            (k.low in lx.speech_verbs and not (c > head and toks[c - 1].low in lx.verb_starters)
             and not (own_speech and c == ti))
            or k.low in lx.content_complementizers for c, k in enumerate(toks[head:first], head)):   # "ikut mengajak warga ...": the act's own verb
        return None                                   # "Bawaslu menilai unggahan itu merupakan pelanggaran"
    kind = negated_kind(e, e["kind"]) if negated else e["kind"]
    return CueMatch(first=first, last=j, entry=e, kind=kind, force=e["force"], negated=negated, content=len(toks))


def _contrast_time_frame(lx: Lexicon, toks: list[Tok], head: int, first: int) -> bool:
    """Whether the words before a closing verdict are only a time frame after a contrast
    that opens the sentence, set off by one comma right before the verdict ("Tapi pada hari
    libur seperti Sabtu, tidak apa-apa"): the frame limits the rule before, no act of its own."""
    if head == 0 or toks[head - 1].low not in lx.contrasts or toks[head].low not in lx.contrast_time_frames:
        return False
    c = skip(toks, first - 1, lx.answer_particles, -1)
    return c > head + 1 and toks[c].text == "," and not any(t.text in (",", ";", ":") for t in toks[head:c]) \
        and not any((lx.is_verb(t) and t.low.startswith("me")) or (t.low in lx.anaphors and t.low not in lx.coordinators)
                    for t in toks[head + 1:c])
    # ("Namun saat ini, tidak masalah": a frame that refers back is a state of things, no rule)


def _condition_judged_whole(lx: Lexicon, toks: list[Tok], head: int, first: int) -> bool:
    """Whether a conditional opens the sentence and runs, with no comma, to a cue that judges
    the act before it, and names an act: an active verb, an existential doer ("ada warga yang
    memotret ...") or a doer and its verb."""
    if toks[head].low not in lx.conditionals or head + 2 >= first or any(t.text == "," for t in toks[head:first]):
        return False
    k = head + 1
    if toks[k].low in lx.existentials:
        return any(t.low == "yang" for t in toks[k:first]) and any(lx.is_verb(t) for t in toks[k:first])
    doer = lx.actor_term_at(toks, k)
    if doer is not None:
        k += doer[0]
    return k < first and lx.is_verb(toks[k]) and not toks[k].low.startswith("di") and toks[k].low not in lx.negators


# A source frame before a judged act ("Menurut dia, ...") ends at a comma within this many words.
MAX_SOURCE_FRAME = 6


def _judged_head(lx: Lexicon, toks: list[Tok], first: int) -> int:
    """Where the act a judges_before cue judges starts: the sentence's head, past a
    contrast ("Tapi ...") and a source frame set off by a comma ("Menurut dia, ...")."""
    head = _sentence_head(lx, toks)
    if head < first and toks[head].low in lx.contrasts:
        head += 1
    if head + 1 < first and toks[head].low in lx.discourse_openers and toks[head + 1].text == ",":
        head += 2                                      # "Pastinya, hal itu diperbolehkan": the subject after it
    if head + 1 < first and toks[head].low in lx.act_openers and toks[head + 1].text == ",":
        head += 2                                      # "Bahkan, sekadar berswafoto ... bisa dianggap pelanggaran"
    head = past_opening_quote(toks, head, first)
    that = max((k for k in range(head, first) if toks[k].low in lx.content_complementizers), default=None)
    if that is not None and any(t.low in lx.speech_verbs for t in toks[head:that]):
        head = that + 1                                # "Ia mengingatkan bahwa mengajak ... terhitung pelanggaran"
    return fronted_time_end(lx, toks, past_source_frame(lx, toks, head, first), first)


def past_source_frame(lx: Lexicon, toks: list[Tok], head: int, first: int) -> int:
    """After a source frame set off by a comma at ``head`` ("Menurut dia, ...", "Menurut Sekda,
    ..."), before ``first``; else head."""
    if head < first and toks[head].low in lx.source_frames:
        comma = _frame_comma(toks, head, first)
        if comma is not None:
            return comma + 1
    return head


def past_opening_quote(toks: list[Tok], head: int, first: int) -> int:
    """After the last quote opened by a comma or colon between head and first ('Guru
    menjawab, "Mengajak murid ... tidak boleh"': the quoted words hold the act judged); else head."""
    return max((k + 1 for k in range(max(head, 1), first) if toks[k].text in OPEN_QUOTES and toks[k - 1].text in (",", ":")),
               default=head)


def _frame_comma(toks: list[Tok], head: int, first: int) -> Optional[int]:
    """The comma that closes a frame opening at ``head`` (a source, a time) within
    MAX_SOURCE_FRAME words and before ``first``; None when there is none."""
    return next((k for k in range(head + 1, min(first, head + MAX_SOURCE_FRAME + 1)) if toks[k].text == ","), None)


def fronted_time_end(lx: Lexicon, toks: list[Tok], head: int, first: int) -> int:
    """Past a time phrase fronted before a comma ("Selama masa kampanye, ..."): at most
    MAX_SOURCE_FRAME words, no verb in it; ``head`` when there is none."""
    if head < first and toks[head].low in lx.time_openers:
        comma = _frame_comma(toks, head, first)
        if comma is not None and comma + 1 < first and not any(lx.is_verb(t) for t in toks[head + 1:comma]):
            return comma + 1
    return head


def skip_discourse_opener(lx: Lexicon, toks: list[Tok], k: int) -> int:
    """Past a word that links a sentence to the one before ("Jadi, kalau ...", "Nah, ...")."""
    if k < len(toks) and toks[k].low in lx.discourse_openers:
        k += 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
    return k


def _condition_judged_by_anaphor(lx: Lexicon, toks: list[Tok], head: int, first: int) -> bool:
    """A sentence that opens with a condition naming an act and judges it after the comma
    through an anaphor only ("Jika pegawai hadir di deklarasi calon, hal itu termasuk
    pelanggaran"): the condition's act is the one judged. A condition without an active
    verb ("Jika terbukti, ...", "Kalau laporan itu benar, ...") names no act."""
    head = skip_discourse_opener(lx, toks, head)
    if head >= first or (toks[head].low not in lx.conditionals and toks[head].low not in lx.judged_condition_openers):
        return False
    comma = next((k for k in range(first - 1, head, -1) if toks[k].text == ","), None)
    if comma is None or any(t.text == "," for t in toks[head + 1:comma]):
        return False
    between = toks[comma + 1:first]
    if not all(t.low in lx.anaphors or t.low in lx.adverbs or t.low in lx.answer_particles
               or t.low in lx.subject_pronouns for t in between):
        return False                                   # "Kalau sekadar hadir, ya (kita) tidak masalah"
    return any(lx.is_verb(t) and not t.low.startswith(("di", "ter")) and t.low not in lx.negators
               for t in toks[head + 1:comma])


def act_after_condition(lx: Lexicon, toks: list[Tok], head: int, first: int) -> Optional[int]:
    """Where the act starts that a closing judgement at ``first`` judges after a condition
    ("Kalau acaranya arisan keluarga, ya hadir saja, tidak masalah"): the sentence opens
    with a condition, and the part between the last two commas before the cue opens (past
    an answer particle) with an active verb; None otherwise ("Kalau sekadar hadir, ya tidak
    masalah": the condition is the act)."""
    head = skip_discourse_opener(lx, toks, head)
    if head >= first or toks[head].low not in lx.conditionals:
        return None
    c2 = skip(toks, first - 1, lx.answer_particles, -1)
    if c2 <= head or toks[c2].text != ",":
        return None
    c1 = next((k for k in range(c2 - 1, head, -1) if toks[k].text == ","), None)
    if c1 is None:
        return None
    a = skip(toks, skip(toks, c1 + 1, lx.answer_particles), lx.adverbs)
    r = a
    if a + 1 < c2 and toks[a].low in lx.restrictive_adverbs:
        a += 1                                     # "..., sekadar hadir, ya tidak masalah": the restriction is the act's
    if a >= c2 or not lx.is_verb(toks[a]) or toks[a].low.startswith(("di", "ter")) or toks[a].low in lx.negators \
            or first_seq_at(toks, a, lx.entries_by_first):
        return None
    return r


def _fronted_topic(lx: Lexicon, toks: list[Tok], head: int, comma: int) -> bool:
    """A topic fronted before a comma at the sentence's head ("yang sudah jadi caleg,",
    "Bagi pegawai yang diajak,"): it opens with a topic word and holds no other comma or cue."""
    return head < comma and toks[head].low in lx.topic_openers and not any(
        t.text in (",", ";", ":") or first_seq_at(toks, k, lx.modal_by_first)
        for k, t in enumerate(toks[head + 1:comma], head + 1))


def _opens_clause(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether token k opens its clause: the sentence's head, after a comma or colon, or
    after the speaker's own pronoun there ("Kami mohon ...", "..., saya mohon ...")."""
    head = _sentence_head(lx, toks)
    if k > head and toks[k - 1].low in lx.speaker_pronouns:
        k -= 1
    return k == head or (k > 0 and toks[k - 1].text in (",", ":", "“", '"'))


# A dateline before the first sentence of a story ("JAKARTA -", "TRIBUNNEWS.COM, JAKARTA -",
# "Merdeka.com -") has at most this many tokens before its dash.
DATELINE_MAX_TOKENS = 8
DATELINE_DASHES = ("-", "–", "—", "|")


def dateline_end(toks: list[Tok]) -> Optional[int]:
    """Where the sentence goes on after a dateline at its start: a dash (or bar) within
    DATELINE_MAX_TOKENS tokens, before it only capitalised words, numbers, punctuation and
    the parts of a web address ("Merdeka.com -"); None when there is none."""
    if not toks or not toks[0].text[:1].isupper():
        return None
    for k in range(1, min(len(toks) - 1, DATELINE_MAX_TOKENS + 1)):
        t = toks[k]
        if t.text in DATELINE_DASHES:
            return k + 1 if toks[k + 1].text[:1].isalnum() else None
        if t.text[:1].isalpha() and not t.text[:1].isupper() and toks[k - 1].text != ".":
            return None
    return None


# a fronted adjunct between a wish verb and its actor runs at most this many words
# ("mengharapkan, dengan adanya ikrar dan pakta integritas itu, ASN dapat ...")
MAX_WISH_ADJUNCT = 20


def _wish_before_adjunct(lx: Lexicon, toks: list[Tok], a: int) -> bool:
    """Whether the actor at ``a`` follows a wish verb and a fronted adjunct set off by commas
    ("berharap, dengan adanya pakta itu, pegawai dapat ..."): the ability wished for."""
    if a < 3 or toks[a - 1].text != ",":
        return False
    for c in range(a - 2, max(0, a - 2 - MAX_WISH_ADJUNCT), -1):
        if toks[c].text in (".", "!", "?", ";", ":") or toks[c].low in lx.wish_verbs:
            return False
        if toks[c].text == ",":
            return c > 0 and toks[c - 1].low in lx.wish_verbs
    return False


def _head_opener(lx: Lexicon, toks: list[Tok], seqs, before: int) -> Optional[tuple[int, int]]:
    """(start, end) of one of ``seqs`` (a lexicon's phrases by first word) opening the sentence
    at its head, when the head stands before token ``before``; else None."""
    h = _sentence_head(lx, toks)
    hit = first_seq_at(toks, h, seqs) if h < before else None
    return None if hit is None else (h, h + len(hit[0]))


def _result_opened(lx: Lexicon, toks: list[Tok], a: int) -> bool:
    """Whether the words before token ``a`` are the sentence's head and one of result_openers
    ("Dengan demikian, pegawai ...", "Alhasil guru ..."), its comma too."""
    opener = _head_opener(lx, toks, lx.result_openers, a)
    if opener is None:
        return False
    b = opener[1]
    return (b + 1 if b < a and toks[b].text == "," else b) == a


def _sentence_head(lx: Lexicon, toks: list[Tok]) -> int:
    """Index of a sentence's first word after quotes, an inline marker and an ordinal ("Keempat, ...")."""
    k = 0
    while k < len(toks) and not toks[k].text[0].isalnum():
        k += 1
    k = skip_inline_marker(toks, k)
    if k + 2 < len(toks) and toks[k].low in lx.answer_labels and toks[k + 1].text == ":":
        k += 2                                       # "Jawab: Kalau ..., datang saja, tidak apa-apa"
    if k + 1 < len(toks) and toks[k].text[:1].isalnum() and len(toks[k].text) <= 2 and toks[k + 1].text in (".", ")"):
        k += 2                                       # "4. Kepala OPD agar ..."
    hit = first_seq_at(toks, k, lx.ordinals) if k < len(toks) else None
    if hit is not None:
        k += len(hit[0])
        if k < len(toks) and toks[k].text in (",", ":"):
            k += 1
    return k


def _instruction_subject_at(lx: Lexicon, toks: list[Tok], a: int) -> bool:
    """Whether a subject at ``a`` opens its sentence's clause, as the instruction form of a
    circular needs ("Seluruh camat agar ..."): at the sentence's head or after a dateline, after
    an inference opener or connective ("Karenanya pegawai agar tidak ...", "Selain itu, ..."), or
    after a fronted frame with no verb set off by a comma ("Dalam surat edaran itu, seluruh camat
    agar memantau ...")."""
    h = _sentence_head(lx, toks)
    if a in (h, dateline_end(toks)):
        return True
    k = h
    while k < a and (hit := first_seq_at(toks, k, lx.inference_openers) or first_seq_at(toks, k, lx.discourse_opener_phrases)
                     or next(((q, None) for q in lx.connectives if seq_at(toks, k, q)), None)):
        k += len(hit[0])
        k += k < a and toks[k].text == ","
    if k == a:
        return True
    return toks[a - 1].text == "," and a - h <= FRONTED_FRAME_TOKENS \
        and not any(lx.is_verb(t) or not t.text[0].isalnum() for t in toks[h:a - 1])


def _opens_with_condition(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the clause of the cue at ``first`` follows a condition set off by a comma
    at the sentence's start ("Jika ..., pegawai dapat ...")."""
    k = 0
    while k < first and not toks[k].text[0].isalnum():
        k += 1
    return k < first and (toks[k].low in lx.conditionals or free_relative_at(lx, toks, k)) \
        and any(t.text == "," for t in toks[k:first])


def free_relative_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a free relative opens at k ("Siapa pun yang terpilih nanti, ...", "Apa pun
    yang terjadi, ..."): like a condition, it sets the case an order after its comma holds in."""
    hit = first_seq_at(toks, k, lx.free_relatives) if toks[k].low in lx.free_relatives_first else None
    return hit is not None and k + len(hit[0]) < len(toks) and toks[k + len(hit[0])].low == "yang"


def _place_name(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether the capitalised word at k inside an actor phrase is a name, though it reads
    like a prefixed verb ("RSUD Merauke", "di Mempawah", "Kodim Berau"): it follows a
    capitalised word or a preposition."""
    t = toks[k]
    return k > 0 and t.text[:1].isupper() and (toks[k - 1].text[:1].isupper() or toks[k - 1].text == ")"
                                               or toks[k - 1].low in lx.prepositions)


# A wish that a closing cue judges names its doer in at most this many words ("Pak RT mau ...").
WISH_DOER_WORDS = 3


def _opens_with_wish(lx: Lexicon, toks: list[Tok], comma: int) -> bool:
    """Whether the sentence opens, up to the comma before a closing cue, with a doer's wish
    and its act, a condition without its conditional ("Pak RT mau datang ke kampanye, silakan",
    "Guru ingin menonton debat, boleh saja")."""
    k = 0
    while k < comma and not toks[k].text[0].isalnum():
        k += 1
    v = next((x for x in range(k, min(comma, k + WISH_DOER_WORDS + 1)) if toks[x].low in lx.volition_verbs), None)
    return v is not None and not any(t.text == "," for t in toks[k:v]) and not any(lx.is_verb(t) for t in toks[k:v]) \
        and _act_follows(lx, toks, v + 1) and not any(t.text == "," for t in toks[v:comma])


def _act_follows(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """An active verb at k (after an optional "untuk"), or a short object and then a passive verb."""
    if k < len(toks) and (toks[k].low in lx.complementizers or toks[k].low in lx.act_prepositions):
        k += 1                                         # "kewajiban untuk / dalam menjaga ..."
    if k + 1 < len(toks) and toks[k].low in lx.negators and toks[k + 1].low not in lx.negators:
        k = skip(toks, k + 1, lx.adverbs)              # "Kepala desa kami minta tidak ikut mengarahkan ...": a negated act
    if k < len(toks) and lx.is_verb(toks[k]) and not toks[k].low.startswith("di") and toks[k].low not in lx.negators:
        return True
    if k < len(toks) and lx.is_bare_imperative(toks[k]):
        return True                                    # "silakan dokumentasikan untuk laporan ke pimpinan"
    d = skip(toks, k, lx.determiners)
    doer = (lx.actor_term_at(toks, d) or ((1, None) if toks[d].low in lx.pronouns else None)) if d < len(toks) else None
    if doer is None and d < len(toks) and toks[d].low in lx.address_terms:
        a = d                                          # "Silakan Ibu-ibu mencoblos ...", "Silakan Bapak/Ibu datang ...":
        while a < len(toks) and (toks[a].low in lx.address_terms or toks[a].text == "/" or toks[a].low == "dan"):
            a += 1                                     # the people addressed, then the act
        doer = (a - d, None)
    if doer is not None:
        v = skip(toks, d + doer[0], lx.adverbs)
        if v < len(toks) and ((lx.is_verb(toks[v]) and not toks[v].low.startswith("di")) or toks[v].low in lx.doer_verbs) \
                and toks[v].low not in lx.negators:
            return True                                # "Silakan dosen jadi narasumber ...": the addressee, then the act
    for c in range(k, min(len(toks), k + MAX_OBJECT_BEFORE_PASSIVE + 1)):
        if not toks[c].text[0].isalnum():
            return False
        if c > k and toks[c].low.startswith("di") and lx.is_verb(toks[c]):
            return True
    return False


def _decided_by_agent(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """A passive cue whose act is followed, in the same clause, by "oleh" and an agent
    that is no law ("dilarang hadir pada acara itu oleh atasannya", "diperbolehkan
    menjalani tahanan kota oleh majelis hakim"): one decision reported, not a rule. An
    "oleh" after a passive verb of the act is that verb's agent ("boleh dipakai oleh
    tim kampanye"); "oleh undang-undang" names the rule's source (decision_law_agents)."""
    if not (j - 1 >= 0 and toks[j - 1].low.startswith("di")):
        return False                                   # "boleh", "harus": not a passive cue
    for k in range(j, len(toks)):
        t = toks[k]
        if t.text in (",", ";", ":", ".", "!", "?") or t.low in lx.complementizers or t.low in lx.boundaries:
            return False
        if k > j and t.low.startswith("di") and lx.is_verb(t):
            return False                               # the act's own passive verb owns the agent
        if t.low == "oleh":
            return k + 1 < len(toks) and toks[k + 1].low not in lx.decision_law_agents
    return False


def _judges_condition(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """A cue that closes its clause after a conditional names the act in the condition
    and judges it ("kalau sekadar hadir boleh", "kalau ikut berkampanye jelas tidak
    boleh"): a rule, not a condition."""
    stop = next((k for k in range(j, len(toks)) if toks[k].text in CLOSE_QUOTES), len(toks))
    return j < len(toks) and closes_sentence(lx, toks, skip(toks, j, lx.adverbs), stop) or j >= len(toks)


def _past_marker(toks: list[Tok], k: int, stop: int, markers: frozenset[str]) -> Optional[int]:
    """The index after a marker of one or two words at k ("apalagi", "apa lagi", "antara
    lain"); None when none stands there."""
    if k < stop and toks[k].low in markers:
        return k + 1
    if k + 1 < stop and f"{toks[k].low} {toks[k + 1].low}" in markers:
        return k + 2
    return None


def _aggravated_verb(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> Optional[int]:
    """Index of the verb of a worse act after an aggravator at k ("apalagi terlibat
    langsung", "apa lagi ikut berkampanye", "apalagi sampai menjadi tim sukses"); None
    otherwise."""
    v = _past_marker(toks, k, stop, lx.aggravators)
    if v is None:
        return None
    if v < stop and toks[v].low in lx.forced_markers:
        v += 1                                        # "apalagi hingga menjadi tim sukses": as far as the worse act
    v = skip(toks, v, lx.adverbs)
    return v if v < stop and lx.is_verb(toks[v]) and toks[v].low not in lx.negators else None


def judged_example_verb(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> Optional[int]:
    """Index of the verb of an example act after a marker at k ("misalnya memberi like ...",
    "antara lain hadir di ...") that the judgement before it covers too; None otherwise."""
    v = _past_marker(toks, k, stop, lx.judged_example_markers)
    if v is None:
        return None
    v = skip(toks, v, lx.adverbs)
    return v if v < stop and (lx.is_verb(toks[v]) or toks[v].low in lx.loan_verbs) and toks[v].low not in lx.negators \
        and not first_seq_at(toks, v, lx.entries_by_first) else None


def denied_purpose(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> Optional[int]:
    """Index of the contrast that opens a denied purpose right after a verdict, a comma
    before it or not ("..., boleh saja tapi tidak untuk kampanye", "..., silakan, namun
    tidak untuk berkampanye"): a contrast, a negator, then "untuk" or a verb; None otherwise."""
    while k < stop and (toks[k].text == "," or toks[k].low in lx.post_fillers):
        k += 1                                         # ("boleh saja, tapi ...")
    if k + 2 < stop and toks[k].low in lx.contrasts and toks[k + 1].low in lx.negators \
            and (toks[k + 2].low in lx.complementizers or lx.is_verb(toks[k + 2])) \
            and toks[k + 2].low not in lx.negators and not first_seq_at(toks, k + 1, lx.entries_by_first):
        return k                                       # (not a cue of its own: "tapi jangan pakai ...")
    return None


def closes_sentence(lx: Lexicon, toks: list[Tok], content: int, stop: int) -> bool:
    """Nothing but fillers, an actor or punctuation after the cue: "..., itu semua tidak
    diperbolehkan", "... itu haram dilakukan ASN", "..., itu sah-sah saja dan boleh"."""
    if content > 0 and toks[content - 1].text[0].isalpha() and denied_purpose(lx, toks, content, stop) is not None:
        return True                                    # "Kalau diundang boleh saja tapi tidak untuk kampanye":
        #                                                the act before is allowed, the purpose after denied
    k = content
    while k < stop:
        t = toks[k]
        if t.text == "," and k + 1 < stop and (toks[k + 1].low in lx.concessives or toks[k + 1].low in lx.attribution
                                               or toks[k + 1].low in lx.attribution_fillers
                                               or toks[k + 1].low in lx.provisos):
            return True                                # "..., itu tidak boleh, kata dia": an attribution follows
        if t.text == "," and k + 2 < stop and toks[k + 1].low in lx.contrasts \
                and (opens_rule(lx, toks, k + 2) or _order_after_contrast(lx, toks, k + 2)):
            return True                                # "..., boleh saja, tapi jangan / lepas ...": the contrast
            #                                            is a rule of its own
        if t.text == "," and k == content and (_aggravated_verb(lx, toks, k + 1, stop) is not None
                                               or judged_example_verb(lx, toks, k + 1, stop) is not None):
            return True                                # "Menyapa saja jangan, apalagi ikut berkampanye":
            #                                            the judged act before, a worse one after the comma
        if t.text == "," and k == content and verdict_pair_after(lx, toks, k + 1, stop):
            return True                                # "mencoblos boleh, ikut berkampanye tidak boleh": the
            #                                            next act has its own closing verdict
        if t.text == "," and k == content and (a := skip(toks, skip(toks, k + 1, lx.adverbs), lx.time_openers)) < stop \
                and toks[a].low in lx.speaker_pronouns and a + 1 < stop and toks[a + 1].text[0].isalpha():
            return True                                # "berkampanye tidak boleh, nanti saya cek": the speaker's
            #                                            own words follow the verdict
        if t.text == "," and k == content and (a := skip(toks, k + 1, lx.coordinators)) < stop \
                and toks[a].low in lx.clause_anaphors:
            return True                                # "Mengajak murid memilih calon tidak boleh, itu aturan
            #                                            sekolah": a comment on the verdict follows
        if t.text == "," and _trailing_adjunct(lx, toks, k + 1, stop):
            return True                                # "... tetap terlarang, siang maupun malam": a time or scope
        if t.text == "," and k + 1 < stop and k > content - 1 and opens_rule(lx, toks, k + 1):
            return True                                # "kalau hadir boleh, yang tidak boleh adalah ...": a new rule
        if t.text == "," and _own_subject_statement(lx, toks, skip(toks, k + 1, lx.contrasts), stop) \
                and (toks[k + 1].low in lx.contrasts or not first_seq_at(toks, skip(toks, k + 2, lx.negators),
                                                                       lx.entries_by_first)):
            return True                                # "..., sah saja, dia punya hak pilih", "..., tapi dia harus
            #                                            berimbang": a statement with its own subject follows (a
            #                                            rule after it without a contrast may be the main clause:
            #                                            "Meski sudah diingatkan, pihaknya melarang ...")
        if k > content and (hit := first_seq_at(toks, k, lx.entries_by_first)) and hit[1].get("negated_content_only"):
            return True                                # "silakan saja yang penting tidak kampanye": the proviso
            #                                            is a rule of its own
        if t.low in lx.concessives and (k > content or (t.low in lx.reason_openers and content > 0
                                                        and toks[content - 1].text[:1].isalpha())) \
                and not (t.low in lx.provisos and toks[k - 1].text != ","):
            return True                                # "wajib hukumnya karena ...": a reason, not content                                # "..., walaupun cuma sehari": a concession, not content
        if (t.low in lx.reference_heads or t.low in lx.citation_prepositions or t.low in lx.passive_agents) \
                and source_within(lx, toks, k + 1, stop) and not _duty_cited(lx, toks, content):
            return True                                # "... itu dilarang sesuai aturan", "... dilarang oleh
            #                                            undang-undang": the verdict's source, not its act
        if not t.text[0].isalnum() or t.low in lx.post_fillers or t.low in lx.determiners:
            k += 1
            continue
        scope = first_seq_at(toks, k, lx.closing_scopes) if t.low in lx.closing_scopes else None
        if scope is not None:
            k += len(scope[0])                         # "... tidak dibenarkan apa pun alasannya": no act
            continue
        cue = first_seq_at(toks, k, lx.modal_by_first)
        if cue is not None:
            k += len(cue[0])
            continue
        hit = lx.actor_term_at(toks, k)
        if hit is None:
            return k > content and complement_before_pair(lx, toks, k, stop)
        k += hit[0]
    return True


def _duty_cited(lx: Lexicon, toks: list[Tok], content: int) -> bool:
    """Whether a duty's cue ends at ``content`` ("Netralitas itu diamanatkan | dalam UU ..."):
    the law cited for a duty describes it; a ban or leave with its source is a verdict."""
    return any((hit := first_seq_at(toks, c, lx.entries_by_first)) is not None and c + len(hit[0]) == content
               and hit[1]["kind"] == "obligation" for c in range(max(0, content - 3), content))


# The act judged by the second verdict of a pair ("mencoblos boleh, ikut berkampanye tidak boleh")
# runs at most this many words.
MAX_PAIR_ACT = 6


def verdict_pair_after(lx: Lexicon, toks: list[Tok], a: int, stop: int) -> bool:
    """Whether an act opening with a verb at ``a`` is closed by a verdict of its own ("...,
    berpolitik praktis tidak boleh"): the second half of a pair of verdicts."""
    if a >= stop or not lx.is_verb(toks[a]):
        return False
    for c in range(a + 1, min(stop, a + MAX_PAIR_ACT + 1)):
        if not toks[c].text[0].isalnum():
            return False
        m = skip(toks, c, lx.negators)
        if (hit := first_seq_at(toks, m, lx.modal_by_first)) is not None:
            e = m + len(hit[0])
            return e >= stop or not toks[e].text[0].isalnum()
    return False


# The words after a verdict that name whom or what it covers in a conditional pair ("boleh
# semua kubu, kalau cuma satu kubu dilarang") are at most this many.
MAX_PAIR_COMPLEMENT = 3


def complement_before_pair(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> bool:
    """Whether a few words without a verb or cue from k run to a comma that opens a
    conditional judged by a cue of its own ("Kalau mengundang calon boleh semua pasangan,
    kalau satu pasangan saja tidak boleh"): the complement of the verdict on the act
    before it, then the other half of the pair."""
    c = k
    while c < stop and toks[c].text[0].isalnum() and c - k < MAX_PAIR_COMPLEMENT:
        if lx.is_verb(toks[c]) or toks[c].low in lx.negators or lx.is_cue_token(toks[c].low):
            return False
        c += 1
    return c + 1 < stop and c > k and toks[c].text == "," and toks[c + 1].low in lx.conditionals \
        and opens_rule(lx, toks, c + 1)


def _own_subject_statement(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> bool:
    """Whether a subject pronoun and a word after it open a statement of its own at token k
    (cues.json subject_pronouns): "dia punya hak pilih", "kami akan menindak"."""
    return k + 1 < stop and toks[k].low in lx.subject_pronouns and toks[k + 1].text[0].isalnum()


# A phrase after a sentence-closing cue's last comma is an adjunct when it is at most
# this many words, none of them a verb ("..., siang maupun malam", "..., tanpa kecuali").
MAX_TRAILING_ADJUNCT = 4


def _trailing_adjunct(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> bool:
    words = [t for t in toks[k:stop] if t.text[0].isalnum()]
    if not words or len(words) > MAX_TRAILING_ADJUNCT:
        return False
    return not any(t.text in (",", ";", ":") or t.text in CLOSE_QUOTES or t.text in ("“", "‘") for t in toks[k:stop]) \
        and not any(lx.is_verb(t) or lx.is_cue_token(t.low) or t.low in lx.conditionals for t in words)


def opens_rule(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether a new rule starts at token k: a cue (after an optional "yang" and negator),
    or a condition whose act a later cue judges ("boleh, kalau ikut yel-yel tidak boleh")."""
    if k < len(toks) and toks[k].low in lx.conditionals:
        return any(first_seq_at(toks, c, lx.modal_by_first) for c in range(k + 1, len(toks))
                   if toks[c].low in lx.modal_by_first)
    if k < len(toks) and toks[k].low in lx.skip_after:
        k += 1
    if k < len(toks) and toks[k].low in lx.negators and first_seq_at(toks, k, lx.modal_by_first) is None:
        k += 1                                    # ("jangan" is a cue itself)
    return k < len(toks) and first_seq_at(toks, k, lx.modal_by_first) is not None


def _act_before(lx: Lexicon, toks: list[Tok], j: int, comp: int) -> bool:
    """Whether an actor term and then an active verb stand between a directive (ending at
    ``j``) and the complementizer at ``comp``: the act is the verb's, not after "untuk"."""
    subject, after = _subject_after(lx, toks, j)
    return subject is not None and after < comp and lx.is_verb(toks[after]) \
        and toks[after].low.startswith("me") and toks[after].low not in lx.speech_verbs \
        and (lx.actor_term_at(toks, skip(toks, j, lx.determiners)) is not None
             or toks[skip(toks, j, lx.determiners)].low in lx.pronouns)   # "meminta jajarannya menghindari ..."


def _find_complementizer(lx: Lexicon, toks: list[Tok], j: int) -> Optional[int]:
    for k in range(j, min(len(toks), j + DIRECTIVE_WINDOW)):
        low = toks[k].low
        if low in lx.content_complementizers or low in (".", ":"):
            return None
        if low in lx.complementizers:
            if k > j and toks[k - 1].low in lx.negators:
                return None                            # "bukan untuk menakut-nakuti": no instruction
            return k
        if k > j and low in lx.negators and toks[k - 1].low != "yang" and not _in_actor_term(lx, toks, k):
            return None                                # "meminta lurah tidak memakai mobil dinas untuk ...":
            #                                            the act comes first, "untuk" is its purpose
        if k > j and first_seq_at(toks, k, lx.modal_by_first) and toks[k - 1].low != "yang":
            return None                                # (not "kepada semua pihak, terutama yang dilarang ...,
            #                                            agar ...": a relative clause describing the addressee)
    return None


def _trim_span(lx: Lexicon, toks: list[Tok], s: int, e: int) -> Optional[tuple[int, int]]:
    while s < e and (toks[s].low in lx.addressee_preps or toks[s].text in (",", ")") or toks[s].text in CLOSE_QUOTES):
        s += 1
    while e > s and (toks[e - 1].low in lx.qualifier_stop or toks[e - 1].low in lx.adverbs
                     or toks[e - 1].text in (",", "(", "-", "–") or toks[e - 1].low in lx.negators):
        e -= 1
    return (s, e) if e > s else None


def _addressee(lx: Lexicon, toks: list[Tok], j: int, comp: int) -> Optional[tuple[int, int]]:
    """The actor between a directive verb and its complementizer ('mengimbau ASN untuk')."""
    span = _trim_span(lx, toks, j, comp)
    if not span:
        return None
    s, e = span
    for k in range(s, e):
        if lx.starts_actor(toks, k):
            d = k
            while d > s and toks[d - 1].low in lx.determiners:
                d -= 1
            return (d, e) if e - d <= MAX_ACTOR_TOKENS else None
    if toks[s].low in lx.group_determiners and e - s <= MAX_ACTOR_TOKENS and not lx.is_verb(toks[s + 1 if s + 1 < e else s]):
        return span                   # "para penyuluh pertanian lapangan (PPL)": a named group of any trade
    return span if e - s <= 6 and not lx.is_verb(toks[s]) else None


def _act_after_second_complementizer(lx: Lexicon, toks: list[Tok], c: int) -> bool:
    """Whether a negator or an act follows the complementizer at c, past adverbs and degree
    words ("... untuk tidak ...", "... agar lebih berhati-hati ...")."""
    v = skip(toks, skip(toks, c + 1, lx.adverbs), lx.degree_words)
    return v < len(toks) and (toks[v].low in lx.negators or lx.opens_act(toks[v]))


def _subject_after(lx: Lexicon, toks: list[Tok], k: int) -> tuple[Optional[tuple[int, int]], int]:
    """'agar seluruh ASN di lingkungan X bersikap netral' -> (actor span, content index)."""
    s = k
    d = skip(toks, s, lx.determiners)
    if d < len(toks) and lx.starts_actor(toks, d):
        e = d + 1
        while e < len(toks) and not lx.opens_act(toks[e]) and toks[e].low not in lx.adverbs and e - s < MAX_ACTOR_TOKENS \
                and toks[e].text != "," and not (toks[e].low in lx.modal_by_first and first_seq_at(toks, e, lx.modal_by_first)) \
                and _wished_after_auxiliary(lx, toks, e) is None \
                and not (toks[e].low in lx.complementizers and e + 1 < len(toks) and _act_after_second_complementizer(lx, toks, e)):
            e += 1                                     # "meminta seluruh pegawai harus ...": the actor ends at the modal
        e = _listed_actor_end(lx, toks, e, d)         # "meminta kepala OPD, camat, dan lurah mengawasi ..."
        if e < len(toks) and toks[e - 1].low == "yang":
            e = _relative_end(lx, toks, e)            # "agar pegawai yang tidak hadir segera melapor"
            if e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")":
                e += 3                                # "yang bekerja sebagai tenaga kesehatan (nakes) untuk ..."
        elif (y := next((y for y in range(d + 1, e) if toks[y].low == "yang"), None)) is not None \
                and any(seq_at(toks, y + 1, q) for q in lx.relative_time_words) \
                and (r := _relative_end(lx, toks, y + 1)) > e:
            e = r                                     # "seluruh camat yang kini menjabat untuk ...": a time word
            #                                           opens the relative clause
        content = skip(toks, e, lx.adverbs)
        if content + 1 < len(toks) and toks[content].low in lx.complementizers \
                and _act_after_second_complementizer(lx, toks, content):
            # "agar seluruh ASN untuk tidak terlibat ...", "agar guru agar lebih berhati-hati ...": a second
            # complementizer after the subject opens the same act
            content = skip(toks, content + 1, lx.degree_words)
        if content + 1 < len(toks) and toks[content].low in lx.auxiliaries and lx.is_verb(toks[content + 1]):
            content += 1                               # "diharapkan seluruh guru dapat menjaga ...": the wished act
        elif (wished := _wished_after_auxiliary(lx, toks, content)) is not None:
            content = wished                           # "... dapat tetap menjaga ...", "... dapat benar-benar netral"
        if content < len(toks) and toks[content].text == ",":
            nxt = content + 1
            if nxt < len(toks) and toks[nxt].low in lx.complementizers:
                nxt += 1                               # "agar seluruh ASN, agar tidak ..."
            if nxt < len(toks) and toks[nxt].low in lx.negators:
                content = nxt                          # "mengingatkan seluruh ASN, tidak boleh ..."
            elif nxt == content + 1 and _act_after_comma(lx, toks, nxt):
                content = nxt                          # "melarang para pegawai itu, mengacungkan jari ..."
            elif nxt < len(toks) and _appositive(lx, toks, nxt, nxt + 1):
                close = next((c for c in range(nxt + 1, min(len(toks), nxt + MAX_ACTOR_SEGMENT + 1))
                              if toks[c].text in (",", ";", ":")), None)
                after = skip(toks, close + 1, lx.adverbs) if close is not None and toks[close].text == "," else None
                if after is not None and after < len(toks) and (toks[after].low in lx.negators or lx.is_verb(toks[after])
                                                                 or first_seq_at(toks, after, lx.modal_by_first)):
                    content = after                    # "agar para pegawai, baik PNS maupun PPPK, tidak ikut ..."
        return (s, e), content
    return None, k


def _wished_after_auxiliary(lx: Lexicon, toks: list[Tok], k: int) -> Optional[int]:
    """The act after an auxiliary and adverbs at k ("dapat terus memantau", "bisa tetap
    menjaga", "dapat benar-benar netral"); None when no auxiliary stands at k, or no verb or
    state follows its adverbs."""
    if k >= len(toks) or toks[k].low not in lx.auxiliaries:
        return None
    a = skip(toks, k + 1, lx.adverbs)
    if a == k + 1 or a >= len(toks):
        return None
    return a if lx.is_verb(toks[a]) or toks[a].low in lx.positive_states else None


def _campaign_speaker(lx: Lexicon, toks: list[Tok], first: int) -> bool:
    """Whether the subject before a directive is a party to the contest (a candidate, a
    campaign team: public_roles that are not the general public): its call is campaigning,
    not a rule ("Tim pemenangan mengajak warga tidak memilih ...")."""
    span = actor_before(lx, toks, first)
    role = lx.actor_role(" ".join(t.text for t in toks[span[0]:span[1]])) if span else None
    return role in lx.public_roles and role not in lx.general_public_roles


def _order_after(lx: Lexicon, toks: list[Tok], k: int) -> Optional[int]:
    """Index of a bare order right after a request verb ("minta awasi ...", "minta tolong
    awasi ..."), past a polite word, when a word of its act follows; else None."""
    if k < len(toks) and toks[k].low in lx.speech_imperative_openers:
        k += 1
    if k + 1 < len(toks) and lx.is_order_verb(toks[k]) and toks[k + 1].text[0].isalnum() \
            and not (toks[k].low in lx.order_idioms and first_seq_at(toks, k, lx.order_idioms)):
        return k                                      # ("menyampaikan terima kasih kepada ...": thanks, no order)
    return None


def _fronted_addressee(lx: Lexicon, toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """The addressee fronted at the head of a sentence before its speaker ("Kepada para
    kepala ruangan, saya minta ..."): the actor after the preposition, up to the comma, when
    only a pronoun stands between the comma and the cue at ``first``."""
    h = _sentence_head(lx, toks)
    if h >= first or not (toks[h].low in lx.addressee_preps or toks[h].low in lx.topic_openers):
        return None                                   # "Kepada ...", "Untuk ...", "Bagi ..."
    c = next((c for c in range(h + 1, min(first, h + MAX_ACTOR_TOKENS + 2)) if toks[c].text == ","), None)
    if c is None or c == h + 1 or any(not t.text[0].isalnum() or lx.is_verb(t) for t in toks[h + 1:c]) \
            or any(t.low not in lx.subject_pronouns for t in toks[c + 1:first]):
        return None
    return h + 1, c


def nobody_acts(lx: Lexicon, toks: list[Tok], e: int, end: Optional[int] = None) \
        -> Optional[tuple[Optional[tuple[int, int]], int]]:
    """(doer span, verb) of "ada (lagi) (ASN) (yang) <verb> ..." with the existential at e:
    that someone does an act, which a negator before it makes a rule that no one does it
    ("tidak ada lagi ASN yang memakai atribut calon", "serta tidak ada yang menerima
    titipan"). A passive, a state or an outcome is no act ("yang dirugikan", "yang
    berusia", "yang tercecer"): a ter- verb counts only when the lexicon lists it as a verb
    of its own ("terlibat"). None when no act follows."""
    end = len(toks) if end is None else end
    if not (e + 1 < end and toks[e].low in lx.existentials):
        return None
    doer = _existential_doer(lx, toks, e)
    v = doer[1] if doer is not None else skip(toks, e + 1, lx.adverbs)
    if v < end and toks[v].low == "yang":
        v = skip(toks, v + 1, lx.adverbs)
    if v >= end or not lx.opens_act(toks[v]):
        return None
    low = toks[v].low
    if low in lx.negators or low.startswith(lx.passive_prefixes) or low in lx.state_verbs \
            or (low.startswith("ter") and low not in lx.verb_starters):
        return None
    return doer, v


def _existential_doer(lx: Lexicon, toks: list[Tok], k: int) -> Optional[tuple[int, int]]:
    """The doer of a rule said over an existential ("jangan (sampai) ada ASN yang ikut
    ...", "tidak boleh ada kepala desa yang ..."): the actor term after the existential at
    k (past adverbs and determiners) when a relative clause follows it; else None."""
    a = skip(toks, skip(toks, k + 1, lx.adverbs), lx.determiners)
    hit = lx.actor_term_at(toks, a) if a < len(toks) else None
    if hit is None or a + hit[0] >= len(toks) or toks[a + hit[0]].low != "yang":
        return None
    return a, a + hit[0]


def _wished_act(lx: Lexicon, toks: list[Tok], span: tuple[int, int]) -> Optional[tuple[tuple[int, int], int]]:
    """(doer span, act start) of an addressee named by what they want or do ("guru yang
    ingin / mau mendaftar sebagai KPPS", "pegawai yang mengikuti kampanye"): the doer before
    "yang", the act from the verb after it (past adverbs and a verb of volition); None when
    no verb follows the "yang"."""
    y = next((k for k in range(span[0] + 1, span[1]) if toks[k].low == "yang"), None)
    if y is None:
        return None
    v = skip(toks, skip(toks, skip(toks, y + 1, lx.adverbs), lx.volition_verbs), lx.adverbs)
    if v >= len(toks) or not lx.opens_act(toks[v]) or toks[v].low in lx.negators or toks[v].low.startswith("di") \
            or toks[v].low in lx.state_verbs:
        return None                                   # "siswa yang berusia 17 tahun": a state, no act
    return (span[0], y), v


def _relative_end(lx: Lexicon, toks: list[Tok], r: int) -> int:
    """The token after an actor's relative clause that starts at ``r`` (after "yang"): an
    optional negator and its verb, then the verb's object up to the next verb, negator,
    adverb or punctuation ("ASN yang sudah terdaftar sebagai pemilih | tidak golput"); words
    of time before the verb ("yang kini menjabat", "yang saat ini memimpin") are part of it."""
    k = skip(toks, r, lx.adverbs)
    while k < len(toks) and (q := next((q for q in lx.relative_time_words if seq_at(toks, k, q)), None)):
        k = skip(toks, k + len(q), lx.adverbs)
    if k < len(toks) and toks[k].low in lx.negators:
        k += 1
    if k >= len(toks) or not (lx.is_verb(toks[k]) or toks[k].low in lx.positive_states):
        return r                                       # (a state too: "kepala desa yang tidak netral selama ...")
    k += 1
    limit = min(len(toks), k + MAX_RELATIVE_TOKENS)
    while k < limit and toks[k].text[0].isalnum() and toks[k].low not in lx.negators \
            and toks[k].low not in lx.adverbs and toks[k].low not in lx.complementizers \
            and (toks[k].low in lx.prepositions or toks[k].low == "sebagai" or not lx.is_verb(toks[k])) \
            and not first_seq_at(toks, k, lx.modal_by_first):
        k += 1
    if k < limit and toks[k].low in lx.relative_act_joiners and k + 1 < len(toks) \
            and (lx.is_verb(toks[k + 1]) or toks[k + 1].low in lx.negators) \
            and not first_seq_at(toks, k + 1, lx.entries_by_first) \
            and not any(toks[k + x].low in lx.complementizers for x in (2, 3) if k + x < len(toks)):
        more = _relative_end(lx, toks, k + 1)      # "ASN yang akunnya diretas dan dipakai ...": one relative
        if more > k + 1:                           # clause on two verbs
            return more
    return k if k < limit else r


def _act_after_comma(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether an active verb at k, right after an addressee and a comma, opens the act
    asked of it ("melarang para pegawai itu, mengacungkan jari ..."): a lowercase verb that
    is no passive, time, reason or speech word and has a word after it."""
    if k + 1 >= len(toks):
        return False                                 # (a comma that ends the text: nothing after it)
    t = toks[k]
    return t.text[:1].islower() and lx.is_verb(t) and toks[k + 1].text[:1].isalnum() \
        and t.low.startswith(tuple(lx.active_prefixes) + tuple(lx.intransitive_prefixes)) \
        and t.low not in lx.time_openers and t.low not in lx.reason_openers and t.low not in lx.speech_verbs \
        and t.low not in lx.item_non_heads and t.low not in lx.attribution and t.low not in lx.boundaries \
        and t.low not in lx.contrasts                # "..., melainkan ...": a contrast, no verb


def _listed_actor_end(lx: Lexicon, toks: list[Tok], e: int, start: Optional[int] = None) -> int:
    """Past the other members of a list of actors after the one ending at e ("kepala OPD,
    camat, dan lurah", "pejabat pimpinan tinggi, administrator, dan pengawas"): short
    verb-free members, the last one after a coordinator, followed by an act (a verb or a
    negator); else e. A list opened by a range opener after its head at ``start``
    ("seluruh pegawai mulai dari kepala dinas, sekretaris hingga staf honorer") ends its
    last member after a range connector too."""
    ranged = start is not None and any(seq_at(toks, x, seq) for x in range(start + 1, e)
                                       for seq in lx.actor_range_openers)
    joiners = lx.coordinators | (lx.ordinal_actor_joiners if ranged else frozenset())
    k = e
    for _ in range(MAX_ACTOR_SEGMENTS):
        if k >= len(toks) or toks[k].text != ",":
            return e
        a = k + 1
        last = a < len(toks) and toks[a].low in joiners
        b = a + 1 if last else a
        while b < len(toks) and b - a < MAX_ACTOR_SEGMENT and toks[b].text[0].isalnum() \
                and _actor_segment_ok(lx, toks, a, b + 1) and toks[b].low not in joiners:
            b += 1
        if b == a + int(last) or b >= len(toks):
            return e
        if last or (toks[b].low in joiners and b + 1 < len(toks)):
            if not last:                                # "A, B dan C"
                c = b + 1
                while c < len(toks) and _actor_segment_ok(lx, toks, b + 1, c + 1):
                    c += 1
                b = c
            b = _past_bracketed_name(toks, b)           # "... dan petugas pelindung masyarakat (linmas) tidak ..."
            nxt = skip(toks, b, lx.adverbs)
            ok = nxt < len(toks) and (toks[nxt].low in lx.negators or (lx.is_verb(toks[nxt])
                                                                        and not toks[nxt].low.startswith("di"))
                                      or (toks[nxt].text == "," and nxt + 1 < len(toks) and _act_after_comma(lx, toks, nxt + 1)))
            return b if ok else e
        k = b
    return e


# A short name in brackets after a list's last member: its abbreviation ("(BPD)", "(P3K)").
MAX_BRACKETED_NAME = 4


def _past_bracketed_name(toks: list[Tok], b: int) -> int:
    """Past a bracketed short name at b ("(BPD)", "(Pegawai Kontrak)"): words only, at most
    MAX_BRACKETED_NAME of them; else b."""
    if b < len(toks) and toks[b].text == "(":
        close = matching_bracket(toks, b, MAX_BRACKETED_NAME)
        if close is not None and close > b + 1 and all(t.text[0].isalnum() for t in toks[b + 1:close]):
            return close + 1
    return b


def _appositive(lx: Lexicon, toks: list[Tok], s: int, e: int) -> bool:
    """Whether toks[s:e] is an aside, not the actor: it opens with an appositive word
    ("baik ... maupun ...", "tanpa terkecuali", "termasuk yang ..."), or an attribution set
    off by commas ("Kepala dinas, kata Sekda, diminta ...")."""
    return e > s and (toks[s].low in lx.appositive_openers
                      or (toks[s].low in lx.attribution and e - 1 > s and toks[e - 1].text == ","))


# A noun head outside the actor lexicon before its "yang" clause is at most this many words.
MAX_HEAD_BEFORE_YANG = 3


def _rule_before(lx: Lexicon, toks: list[Tok], comma: int) -> bool:
    """A clause with a modal cue of its own ends at this comma ("Kepala desa dilarang ikut
    sebagai pelaksana kampanye, harus netral ..."): the words before it are no actor."""
    for k in range(comma - 1, max(-1, comma - 1 - ACTOR_LOOKBACK), -1):
        if toks[k].text in (";", ":", '"', "“", "”"):
            return False
        if toks[k].low in lx.modal_by_first and first_seq_at(toks, k, lx.modal_by_first) \
                and not (k > 0 and toks[k - 1].low in lx.skip_after):
            return True
    return False


# An actor whose qualifier lists places between commas ("tenaga kesehatan di puskesmas,
# pustu, dan rumah sakit daerah dilarang ...") is looked for across at most this many commas.
MAX_ACTOR_LIST_COMMAS = 4


def actor_before(lx: Lexicon, toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """The actor phrase right before a modal cue: :func:`_actor_before`, widened over a list
    of actors or a long noun phrase set off by commas (``_listed_actor_start``), or else one
    whose qualifier lists nouns between commas (``_actor_over_a_noun_list``)."""
    span = _actor_widened(lx, toks, first)
    return span if span is not None else _actor_over_a_noun_list(lx, toks, first)



def _actor_over_a_noun_list(lx: Lexicon, toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """'seluruh tenaga kesehatan di puskesmas, pustu, dan rumah sakit daerah dilarang ...':
    the words before the cue back to an actor term are nouns between commas (no verb, no
    cue, the last part opened by a coordinator); the actor term opens its sentence part
    (after its determiners only)."""
    k = first - 1
    commas = 0
    last_part = True
    while k >= 0 and first - k <= 2 * MAX_ACTOR_TOKENS:
        t = toks[k]
        if t.text == ",":
            if last_part and toks[k + 1].low not in lx.coordinators:
                return None                        # "..., pegawai dilarang": no list before the cue
            last_part = False
            commas += 1
            if commas > MAX_ACTOR_LIST_COMMAS:
                return None
        elif not t.text[0].isalnum() or lx.is_verb(t) or t.low in lx.negators or t.low == "yang" \
                or t.low in lx.conditionals or (lx.is_cue_token(t.low) and first_seq_at(toks, k, lx.entries_by_first)):
            break
        k -= 1
    if commas == 0:
        return None
    part = k + 1                                   # where the current comma-separated part starts
    for a in range(k + 1, first):
        if toks[a].text == ",":
            part = a + 1
            continue
        if all(t.low in lx.determiners for t in toks[part:a]) and lx.actor_term_at(toks, a):
            return part, first                     # the first part that opens with an actor term
    return None


# A part of a list of nouns before "hingga" ("Direksi, komisaris, pengawas hingga karyawan
# BUMN dilarang ...") has at most this many words.
MAX_RANGE_LIST_PART = 4


def _range_list_start(lx: Lexicon, toks: list[Tok], s: int, e: int) -> Optional[int]:
    """Where a list of nouns between commas that opens its sentence starts, when its last
    part is joined by "hingga" / "sampai" (actors.json list_range_joiners) to the actor at
    ``s`` ("Direksi, komisaris, pengawas hingga karyawan BUMN") or the actor at ``s`` holds
    that joiner after a comma ("Camat, lurah hingga kepala lingkungan"); None otherwise."""
    if s < 2 or not (toks[s - 1].low in lx.list_range_joiners
                     or (toks[s - 1].text == "," and any(t.low in lx.list_range_joiners for t in toks[s:e]))):
        return None
    pos, commas = s - 1, 0
    if toks[pos].low in lx.list_range_joiners and toks[pos - 1].text == ",":
        pos -= 1                                       # "guru, sampai tenaga honorer"
    while True:
        a = pos
        while a > 0 and pos - a < MAX_RANGE_LIST_PART and toks[a - 1].text[:1].isalpha() \
                and not lx.is_verb(toks[a - 1]) and toks[a - 1].low not in lx.prepositions \
                and not lx.is_cue_token(toks[a - 1].low) and toks[a - 1].low not in lx.boundaries:
            a -= 1
        if a == pos or toks[a].low in lx.time_openers or toks[a].low in lx.connective_heads \
                or toks[a].low in lx.conditionals or toks[a].low in lx.source_frames:
            return None                                # ("Selama masa tenang, lurah hingga ...": a time)
        if a == 0 or toks[a - 1].text in ('"', "“", "(", "-", "–", "—"):   # ("JAKARTA - Direksi, ...": a dateline)
            return a if commas or toks[s - 1].text == "," else None
        if toks[a - 1].text != ",":
            return None
        commas += 1
        pos = a - 1


def _actor_widened(lx: Lexicon, toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """:func:`_actor_before`, widened over a list of actors or a long actor phrase set off by
    commas; None in a condition or after a source frame ("Menurut Sekda, dilarang ...")."""
    span = _actor_before(lx, toks, first)
    if span is not None and _in_condition(lx, toks, span[0]):
        return None                                    # "Kalau ada undangan ..., tidak usah datang": a condition
    if span is not None and (p := next((c + 1 for c in range(span[0], span[1] - 1) if toks[c].low in lx.coordinators
                                        and toks[c + 1].low in lx.subject_pronouns
                                        and skip(toks, c + 2, lx.adverbs) >= span[1]), None)) is not None:
        return p, span[1]                              # "membela satu kandidat bupati ... dan mereka
        #                                                tidak boleh ...": the pronoun opens a clause of its own
    if span is not None and span[0] > 0 and first > 0 and toks[first - 1].text == "," \
            and toks[span[0] - 1].low in lx.source_frames and toks[span[0] - 1].low not in lx.addressee_preps \
            and span[0] - 1 == _sentence_head(lx, toks):
        return None                                    # "Menurut Sekda, dilarang ...": the source, no actor
    if span is None:
        e = first
        while e > 0 and toks[e - 1].text == ",":
            e -= 1
        s = e
        while s > 0 and toks[s - 1].text != "," and e - s <= MAX_ACTOR_SEGMENT:
            s -= 1
        if s == 0 or s == e or not _actor_segment_ok(lx, toks, s, e):
            return None
        start = _listed_actor_start(lx, toks, s, require_actors=False)
        return (start, e) if start is not None else None
    s, e = span
    if (listed := _range_list_start(lx, toks, s, e)) is not None:
        return listed, e                               # "Direksi, komisaris, pengawas hingga karyawan BUMN"
    r = _actor_range_start(lx, toks, s, e)
    if r is not None:
        # "mulai dari kepala dinas hingga staf honorer": the actor is the whole range, with the
        # group it ranges over ("Seluruh aparatur mulai dari ...", "ASN, mulai dari ..., dilarang")
        s = r
        group = _actor_before(lx, toks, r) if r > 0 and toks[r - 1].text[0].isalnum() else None
        if group is not None and group[1] == r:
            return group[0], e
    listed = s > 1 and toks[s - 1].low in lx.coordinators
    aside = s > 1 and toks[s - 1].text == "," and first > 0 and toks[first - 1].text == ","
    if listed or aside or (s > 1 and toks[s - 1].text == "," and any(t.low in lx.coordinators for t in toks[s:e])):
        # "Semua petugas, dari PPS sampai KPPS, wajib ...": an aside inside the actor phrase
        start = _listed_actor_start(lx, toks, s - 1 if listed and toks[s - 2].text == "," else s,
                                    require_actors=not aside)
        if start is not None:
            return start, e
    return s, e


def _actor_range_start(lx: Lexicon, toks: list[Tok], s: int, e: int) -> Optional[int]:
    """Where a range of actors opens ("mulai dari", "dari") when the actor span s..e ends
    one ("... hingga staf honorer", "... sampai pegawai kontrak"), walking back over
    verb-free words and commas ("mulai dari sekda, kepala dinas, camat hingga lurah"); None
    when no range connector is in the span or no opener stands before it."""
    if not any(toks[k].low in lx.range_connectors and toks[k].text[0].isalpha() for k in range(s, e)):
        return None
    k = s
    while k > 0 and s - k <= 3 * MAX_ACTOR_TOKENS:
        hit = next((seq for seq in lx.actor_range_openers if k >= len(seq)
                    and tuple(t.low for t in toks[k - len(seq):k]) == seq), None)
        if hit is not None:
            return k - len(hit)
        t = toks[k - 1]
        if not (t.text == "," or (t.text[0].isalnum() and not lx.is_verb(t) and t.low not in lx.negators
                                  and t.low != "yang" and not first_seq_at(toks, k - 1, lx.entries_by_first))):
            return None
        k -= 1
    return None


def _in_condition(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether token k stands in a condition: a conditional opens its stretch of words
    ("Jika ada undangan dari tim sukses, tidak usah ...")."""
    while k >= 0 and toks[k].text not in (",", ";", ":", '"', "“", "”"):
        if _conditional_at(lx, toks, k):
            return True
        k -= 1
    return False


def _conditional_at(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Whether token k is a conditional word that opens a condition: not after a word of
    evidence, where it reads as 'bahwa' ("Sudah jelas jika ASN tidak diperbolehkan ..."), nor
    right after a verb of saying ("Sekda menyampaikan jika pegawai harus netral") unless a
    consequence ("maka") follows it in its stretch of words."""
    if toks[k].low not in lx.conditionals or k == 0:
        return toks[k].low in lx.conditionals
    if toks[k - 1].low in lx.evident_words:
        return False
    if toks[k - 1].low in lx.saying_that_verbs:
        for t in toks[k + 1:]:
            if t.low == "maka":
                return True
            if t.text in (",", ";", ".", "?", "!"):
                break
        return False
    return True


# A member of a list of actors, or a piece of a long actor phrase between commas
# ("guru dan tenaga kependidikan jenjang SMA, SMK, dan SLB di Kabupaten X"), has at most
# this many words; a list has at most this many members.
MAX_ACTOR_SEGMENT = 10
MAX_ACTOR_SEGMENTS = 6


def _actor_segment_ok(lx: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] can be one member of a list of actors: short, no verb, negator,
    cue, relative clause, clause boundary (a coordinator may open it) or attribution."""
    glossed = set()                                    # "Komando Distrik Militer (Kodim) 0722/Kudus": a
    for k in range(a + 1, b):                          # bracketed gloss and a slash between two words
        if toks[k].text == ")" and (o := bracket_open(toks, k)) is not None and o > a \
                and toks[o - 1].text[:1].isalnum():
            glossed.update(range(o, k + 1))
        elif toks[k].text == "/" and k + 1 < b and toks[k - 1].text[:1].isalnum() and toks[k + 1].text[:1].isalnum():
            glossed.add(k)
    if b <= a or b - a - len(glossed) > MAX_ACTOR_SEGMENT:
        return False
    for k in range(a, b):
        if k in glossed or _place_name(lx, toks, k):
            continue
        t = toks[k]
        if not t.text[0].isalnum() or lx.is_verb(t) or t.low in lx.negators or t.low in lx.adverbs \
                or (t.low in lx.modal_by_first and first_seq_at(toks, k, lx.modal_by_first)) or t.low == "yang" or t.low in lx.attribution \
                or t.low in lx.conditionals or (t.low in lx.boundaries and t.low not in lx.coordinators) \
                or t.low in lx.discourse_openers or t.low in lx.concessives or t.low in lx.contrasts \
                or t.low in lx.actor_segment_stops:
            return False
    return True


def _segment_actor(lx: Lexicon, toks: list[Tok], a: int, b: int) -> Optional[int]:
    """Where an actor phrase opens in the segment toks[a:b] (after any verb in it): its
    first actor term or determiner, with the determiners before it; else None."""
    p = b - 1
    while p >= a:
        if toks[p].text == ")" and (o := bracket_open(toks, p)) is not None and o > a \
                and _actor_segment_ok(lx, toks, o - 1, b):
            p = o - 2                                  # "... Militer (Kodim) Kudus": past the gloss
            continue
        if not _actor_segment_ok(lx, toks, p, b):
            break
        p -= 1
    p += 1                                             # toks[p:b]: the verb-free tail
    for q in range(p, b):
        if lx.actor_term_at(toks, q) or (toks[q].low in lx.determiners and toks[q].low != "sebagai"):
            if q > a and toks[q - 1].low in lx.prepositions:
                return None                            # "Untuk mengantar kotak suara ke PPK, petugas ...": an object
            while q > p and toks[q - 1].low in lx.determiners and toks[q - 1].low != "sebagai":
                q -= 1
            return q
    return None


def _listed_actor_start(lx: Lexicon, toks: list[Tok], s: int, require_actors: bool) -> Optional[int]:
    """Walking back from the segment that opens at s over segments set off by commas: the
    start of the earliest actor phrase ("Kepala desa, perangkat desa, dan anggota BPD
    dilarang", "meminta guru dan tenaga kependidikan jenjang SMA, SMK, dan SLB di ...
    dilarang"). With ``require_actors`` every segment must open an actor (a list of
    actors); else the walk passes verb-free pieces until a segment names an actor."""
    best = None
    b = s - 1                                          # the comma (or "dan") before the segment at s
    for n in range(MAX_ACTOR_SEGMENTS):
        if b <= 0 or not (toks[b].text == "," or (n == 0 and toks[b].low in lx.coordinators)):
            break
        a = b
        while a > 0 and b - a < 3 * MAX_ACTOR_SEGMENT:
            if toks[a - 1].text == ")" and (o := bracket_open(toks, a - 1)) is not None and o > 0 \
                    and toks[o - 1].text[:1].isalnum():
                a = o                                  # "Komando Distrik Militer (Kodim) Berau, Kalimantan
                continue                               # Timur,": a gloss inside the segment
            if toks[a - 1].text in (",", ";", ":", '"', "“", "”", "(", ")"):
                break
            a -= 1
        q = _segment_actor(lx, toks, a, b)
        whole = _actor_segment_ok(lx, toks, a, b) and toks[a].low not in lx.connective_heads
        if q is not None and (q == a or not whole):
            best = q
        elif require_actors or not whole:
            break
        if not whole or a == 0:
            break
        b = a - 1
    return best


# A relative clause on an actor that joins two predicates ("ASN yang akunnya diretas dan
# dipakai ...") reaches its "yang" at most this many tokens before the coordinator.
MAX_JOINED_RELATIVE = 10


def _inside_relative(lx: Lexicon, toks: list[Tok], c: int) -> bool:
    """Whether the coordinator at ``c`` joins two predicates of a relative clause on an
    actor ("ASN yang akun media sosialnya diretas dan dipakai untuk kampanye wajib ...",
    "guru yang diancam dan merasa tertekan diminta ..."): a "yang" shortly before it right
    after an actor phrase, and no cue, punctuation or clause boundary between them
    (a cue there ends the relative clause: "ASN yang hadir wajib mencatat dan ..."), or
    offers two predicates as alternatives ("PNS yang mencalonkan diri atau dicalonkan ...")."""
    if toks[c].low not in lx.relative_act_joiners and toks[c].low not in lx.coordinators:
        return False
    for y in range(c - 1, max(-1, c - 1 - MAX_JOINED_RELATIVE), -1):
        t = toks[y]
        hit = lx.is_cue_token(t.low) and first_seq_at(toks, y, lx.entries_by_first)
        if not t.text[0].isalnum() or t.low in lx.boundaries or t.low in lx.conditionals \
                or (hit and not hit[1].get("lead_only")):   # ("yang mengemban tugas pengawalan dan ...":
            return False                                     # a noun of duty in running text names no rule)
        if t.low == "yang":
            if y == 0 or y + 1 >= c:
                return False
            h = y - 1                                  # the head noun right before "yang": an actor term,
            while h >= 0 and h > y - 1 - MAX_HEAD_BEFORE_YANG and toks[h].text[0].isalnum() \
                    and not lx.is_verb(toks[h]) and toks[h].low not in lx.prepositions \
                    and not lx.starts_actor(toks, h):
                h -= 1
            if h >= 0 and toks[h].text[0].isalnum() and lx.starts_actor(toks, h):
                return True
            # or a short noun phrase outside the lexicon that opens its sentence part
            # ("Setiap anggota Satpol PP, khususnya bagi petugas yang ...": or one after a stressed aside)
            p = h - 1 if h >= 0 and toks[h].low in lx.prepositions else h
            aside = p > 0 and toks[p].low in lx.stress_openers and toks[p - 1].text == ","
            return h < y - 1 and (h < 0 or toks[h].text in (",", ";", ":", '"', "“") or aside) \
                and toks[h + 1].text[0].isalpha() and toks[h + 1].low not in lx.connective_heads
    return False


def reporting_passive_before(lx: Lexicon, toks: list[Tok], first: int) -> Optional[int]:
    """The index of a passive verb of saying right before the cue at ``first`` (past
    reporting_fillers) with a word before it: "ASN ditegaskan tidak boleh ...", "Kades juga
    diingatkan kembali wajib ..."; the subject before it is the cue's actor."""
    k = skip(toks, first - 1, lx.reporting_fillers, -1)
    while k > 0 and toks[k].low not in lx.reporting_passives and toks[k].low in lx.adverbs:
        k -= 1
    if k > 0 and toks[k].low in lx.reporting_passives and toks[k - 1].text[:1].isalnum() \
            and toks[k - 1].low not in lx.boundaries:
        return k
    return None


def opinion_hedge_start(lx: Lexicon, toks: list[Tok], first: int) -> int:
    """Start of a speaker's hedge right before token ``first`` ("saya pikir", "kami kira":
    cues.json opinion_verbs after a subject pronoun), or ``first`` when there is none."""
    if first >= 2 and toks[first - 1].low in lx.opinion_verbs and toks[first - 2].low in lx.subject_pronouns:
        return first - 2
    return first


# A bracketed gloss ("(kepala desa; dulu disebut lurah)") spans at most this many tokens, its
# opening bracket with them.
MAX_GLOSS_SPAN = 16


def bracket_open(toks: list[Tok], close: int) -> Optional[int]:
    """The "(" that the ")" at ``close`` closes, within MAX_GLOSS_SPAN and with no other
    bracket or sentence end between them; None when there is none."""
    return matching_bracket(toks, close, MAX_GLOSS_SPAN - 1, (")", ".", "!", "?", '"', "“") + CLOSE_QUOTES)


# A head noun before "yang <status verb>" ("sang suami yang berstatus polisi") has at most this
# many words.
MAX_STATUS_HEAD = 3


def _actor_head_before(lx: Lexicon, toks: list[Tok], s: int, d: int) -> int:
    """Where an actor phrase starts whose actor term (with its determiners) starts at ``d``:
    earlier at a noun of membership that the term possesses ("seluruh anggota personil Polri",
    "istri para pegawai"; actors.json "member_heads") with its determiners, or at a short head
    noun of a relative of status ("sang suami yang berstatus polisi"; "status_verbs");
    ``s`` is where the sentence part starts."""
    b = d
    while b > s and toks[b - 1].low in lx.member_heads:
        b -= 1
        while b > s and toks[b - 1].low in lx.determiners and toks[b - 1].low != "sebagai":
            b -= 1
    if b < d:
        return b
    if d - 2 > s and toks[d - 1].low in lx.status_verbs and toks[d - 2].low == "yang" \
            and d - 2 - s <= MAX_STATUS_HEAD \
            and all(t.text[:1].isalpha() and not lx.is_verb(t) and t.low not in lx.prepositions
                    for t in toks[s:d - 2]):
        return s
    return d


# An attribution inside a clause (", kata Rudi wajib ...") names its speaker in at most this
# many capitalised words.
MAX_INNER_SPEAKER_WORDS = 3


def _inner_attribution(lx: Lexicon, toks: list[Tok], first: int) -> Optional[int]:
    """The comma that opens an attribution right before a cue ("Pejabat yang ..., kata Rudi
    wajib ..."): a comma, a verb of saying and a name of at most three capitalised words."""
    k = first - 1
    while k > 0 and first - k <= MAX_INNER_SPEAKER_WORDS and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        k -= 1
    if k == first - 1 or k < 1 or toks[k].low not in lx.attribution or toks[k - 1].text != ",":
        return None
    return k - 1


def _actor_before(lx: Lexicon, toks: list[Tok], first: int) -> Optional[tuple[int, int]]:
    """The actor phrase right before a modal cue: from the first actor term (with its
    determiners) after the last clause boundary, up to the cue (or up to a passive verb of
    saying before it: "Para lurah diingatkan tidak boleh ..."); an attribution between the
    actor and the cue (", kata Rudi wajib ...") is passed."""
    if (comma := _inner_attribution(lx, toks, first)) is not None:
        span = _actor_before(lx, toks, comma)
        if span is not None and any(lx.actor_term_at(toks, x) for x in range(*span)):
            return span
    e = opinion_hedge_start(lx, toks, first)          # "Guru saya kira boleh hadir": the actor before the hedge
    rp = reporting_passive_before(lx, toks, first)
    if rp is not None:
        e = skip(toks, rp - 1, lx.reporting_fillers, -1) + 1     # "ASN juga ditegaskan ...": "ASN"
    if e > 2 and toks[e - 1].text == "," and toks[e - 2].low in lx.interjections and toks[e - 3].text == ",":
        e -= 2                                         # "para pegawai, sudahlah, jangan ...": the speaker's word
    # a comma right before the cue belongs to the actor's qualifier ("ASN yang ..., diimbau");
    # without a "yang" clause before it, the cue opens a clause of its own ("dilarang ikut
    # sebagai pelaksana kampanye, harus netral ...")
    k = e - 1
    if (b := skip(toks, k, lx.adverbs, -1)) >= 0 and b < k and toks[b].text == ",":
        k = b                                          # "ASN yang sedang cuti, tetap dilarang ...": the adverb
        #                                                after the qualifier's comma
    if k >= 0 and toks[k].text == ",":
        if _rule_before(lx, toks, k):
            return None
        k -= 1
    s = k
    glosses = []                                       # (open, close) of the brackets passed
    while s >= 0 and k - s < ACTOR_LOOKBACK:
        t = toks[s]
        if t.text == ")":
            o = bracket_open(toks, s)
            if o is not None and o > 0:
                glosses.append((o, s))                 # "Kades (kepala desa; dulu disebut lurah) dilarang
                s = o - 1                              # ...": a gloss, its punctuation and verbs
                continue                               # included, is part of the actor phrase
        if t.text in (",", ";", ":", "–", "—", "-", '"', "“", "”"):
            break
        if t.low in lx.means_links and s < k and lx.starts_actor(toks, s + 1):
            break                                      # "... membantu warga maka mereka harus ...": "mereka"
        if t.low in lx.boundaries and (t.low not in lx.coordinators or (
                s + 1 < len(toks) and (toks[s + 1].low in lx.negators or lx.is_verb(toks[s + 1])))) \
                and not _inside_relative(lx, toks, s):
            break
        if t.low in lx.modal_by_first and s > 0 and toks[s - 1].low != "yang" and k < len(toks) \
                and toks[k].low in lx.additive_adverbs and first_seq_at(toks, s, lx.modal_by_first):
            break                                      # "Pegawai harus netral juga tidak boleh ...": the rule
            #                                            before "juga" is another clause, not the actor's words
        s -= 1
    s += 1
    if s > 0 and toks[s - 1].text == "," and _appositive(lx, toks, s, e):
        # "seluruh ASN di lingkungan X, baik PNS maupun PPPK, tanpa terkecuali wajib ...":
        # the actor stands before the asides set off by commas
        before = _actor_before(lx, toks, s - 1)
        if before is not None:
            end = e
            while end > before[1] and not toks[end - 1].text[0].isalnum():
                end -= 1
            return before[0], end
    span = _trim_span(lx, toks, s, e)
    if not span:
        return None
    s, e = span
    a = s
    while a < e:
        if a == s + 2 and toks[a - 1].low == "sebagai" and toks[s].low in lx.role_pronouns:
            return s, e                                # "Kita sebagai ASN yang ada di X khususnya ... tidak boleh"
        if a > s and toks[a - 1].low == "sebagai" and toks[s].low != "sebagai" and lx.actor_term_at(toks, a):
            a += lx.actor_term_at(toks, a)[0]          # "petugas kesehatan yang ditunjuk sebagai anggota
            continue                                   # KPPS wajib ...": the role after "sebagai" is no head
        if a - 1 > s and toks[a - 1].low in lx.prepositions and lx.actor_term_at(toks, a) \
                and (p := next((x for x in range(s, a - 2) if toks[x].low in lx.determiners
                                and toks[x].low != "sebagai"), None)) is not None \
                and all(toks[x].text[:1].isalpha() and (x == p + 1 or not lx.is_verb(toks[x])) for x in range(p + 1, a - 1)) \
                and not any(lx.is_verb(t) or t.low == "yang" for t in toks[a:e]):
            return p, e                                # "setiap swafoto bersama calon wali kota dilarang": the
            #                                            term is the preposition's object, the phrase is the act named
        if lx.starts_actor(toks, a):
            # a verb after the head, outside a "yang" clause, means the head is the subject
            # of another predicate ("ASN juga mengatur hal-hal yang dilarang"); the actor
            # may still follow it ("Kapolres menegaskan seluruh personel wajib ...")
            verb = None
            for k in range(a + 1, e):
                if any(o < k < c for o, c in glosses):
                    continue
                if toks[k].low == "yang":
                    if k + 2 < e and toks[k + 2].low in lx.predicate_links \
                            and (lx.is_verb(toks[k + 1]) or toks[k + 1].low in lx.existentials):
                        verb = k + 2                   # "Guru sesuai aturan yang ada bersifat netral ...": a
                    break                              # short relative clause, then the subject's own predicate
                if _place_name(lx, toks, k):
                    continue                           # "Perawat di RSUD Merauke diminta ...": a name, no verb
                if (lx.is_verb(toks[k]) or toks[k].low in lx.predicate_links) and toks[k].low not in lx.negators \
                        and toks[k].low not in ("sebagai", "termasuk"):
                    verb = k                           # ("Guru itu bersifat netral, jangan ...": no actor)
                    break
            if verb is not None:
                later = next((b for b in range(verb + 1, e) if lx.starts_actor(toks, b)), None)
                if later is None:
                    return None
                s, a = verb + 1, later
                continue
            d = a
            while d > s and ((toks[d - 1].low in lx.determiners and toks[d - 1].low != "sebagai")
                             or toks[d - 1].low in lx.address_terms):     # "Teman-teman guru, jangan ..."
                d -= 1
            return _actor_head_before(lx, toks, s, d), e
        a += 1
    if toks[s].low == "yang" and e - s <= MAX_ACTOR_TOKENS and e - s > 1:
        return s, e              # "yang mendapatkan honor dari Pemkot itu harus ...": a headless relative
    # "anggota Satpol PP yang ditugaskan ... harus ...": a short noun head outside the lexicon
    # and its relative clause
    rel = next((y for y in range(s + 1, min(e, s + MAX_HEAD_BEFORE_YANG + 1)) if toks[y].low == "yang"), None)
    if rel is not None and e - s <= MAX_ACTOR_TOKENS and toks[s].text[0].isalpha() \
            and toks[s].low not in lx.connective_heads and toks[s].low not in lx.act_openers \
            and not (rel + 1 < e and toks[rel + 1].low in lx.ordinal_words) \
            and not any(lx.is_verb(t) or t.low in lx.prepositions or not t.text[0].isalnum() for t in toks[s:rel]):
        return s, e
    # "seluruh personel Polres X dan polsek jajaran wajib ...": a noun phrase led by a
    # determiner, with no verb in it, is the actor even when its head is not in the lexicon
    d = next((a for a in range(s, e) if toks[a].low in lx.determiners and toks[a].low != "sebagai"), None)
    if d is not None and e - d <= MAX_ACTOR_TOKENS and e - d > 1 \
            and not any(lx.is_verb(t) or not t.text[0].isalnum() for t in toks[d + 1:e]):
        return d, e
    return None


