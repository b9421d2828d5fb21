"""Who says a clause: named officials ("tegas Kepala BKPSDM Ani"), pronoun
attributions ("ujarnya", "Menurutnya") carried through the article.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..models import Sentence
from .lexicon import Lexicon, first_seq_at, skip, token_low, tokenize

# "..." , kata Bupati Ani | "...", ujarnya
PRONOUN_ATTRIBUTION_RE = re.compile(r"[”\"]\s*,?\s*[a-z]+nya\b")
# "Hal itu disampaikan oleh X": the passive speech verb whose agent is the speaker
PASSIVE_SAID = "disampaikan"
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
            lows = tuple(map(token_low, toks))
            # most sentences hold no speech verb: two tests in C instead of the loop's per token
            said = not lx.speech_verbs.isdisjoint(lows) or PASSIVE_SAID in lows
            for k, t in enumerate(toks if said else ()):
                if t.low in lx.speech_verbs or (t.low == PASSIVE_SAID and k + 1 < len(toks) and toks[k + 1].low == "oleh"):
                    if t.low == PASSIVE_SAID:
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
            for pattern, literal in zip(lx.alias_res, lx.alias_literals):
                a = pattern.search(stext) if literal in stext else None
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


# A standalone inverted attribution ("Tegas Danramil 05/Bola.", "Ucap Kapolres Budi saat apel.")
# names its speaker in at most this many words after its verb.
MAX_INVERTED_WORDS = 12
CLOSING_PUNCT = (".", "!", '"', "”", "’", "»", "'")


def inverted_attribution(lx: Lexicon, toks) -> Optional[int]:
    """Where the speaker phrase of a standalone inverted attribution starts (an index into
    ``toks``, ``len(toks)`` for a verb with "-nya"), or None: a sentence that is only an
    attribution verb and its speaker ("Tegas Danramil 05/Bola.", "Ucap Kapolres.", "Jelas
    dia.", "Pungkasnya."), maybe with an adjunct opened by a phrase stop ("Kata Camat saat
    apel di kantornya."). It attributes the unattributed sentences before it in its paragraph."""
    words = list(toks)
    while words and words[-1].text in CLOSING_PUNCT:
        words.pop()
    if not words or not words[0].text[0].isupper():
        return None
    verb = words[0].low
    nya = verb.endswith("nya") and verb[:-3] in lx.attribution
    if verb not in lx.attribution and not nya:
        return None
    rest = words[1:]
    # the speaker: capitalised words, titles, pronouns, unit numbers ("05/Bola"), commas, brackets
    k = 0
    while k < len(rest) and not nya and (rest[k].text[0].isupper() or rest[k].text[0].isdigit()
                                         or rest[k].low in lx.titles or rest[k].low in lx.voice_pronouns
                                         or rest[k].text in (",", "(", ")")):
        k += 1
    if not nya and (k == 0 or not (rest[0].text[0].isupper() or rest[0].low in lx.voice_pronouns)):
        return None
    if k > MAX_INVERTED_WORDS or any(first_seq_at(rest, j, lx.entries_by_first) for j in range(len(rest))):
        return None
    tail = rest[k:]
    while tail and tail[0].text == ",":
        tail = tail[1:]
    if tail and tail[0].low not in lx.voice_stops:
        return None                        # "Kata dia, ASN dilarang ...": a frame opening its own content
    return len(toks) if nya else 1


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


# -- who speaks: an official, or someone else ----------------------------------------------
OFFICIAL, OTHER = "official", "other"


# An actor named right after a passive verb of saying ("disebutkan ASN dilarang ...") is
# followed by its cue within this many tokens.
MAX_REPORTED_ACTOR = 6


def _reports_rule(lx: Lexicon, said: str) -> bool:
    """Whether a passive verb of saying (opening ``said``) is followed, past reporting
    fillers and negators, by a cue: "ditegaskan tidak boleh ...", "diingatkan juga wajib ..."."""
    toks = tokenize(said)
    if not toks or toks[0].low not in lx.reporting_passives:
        return False
    k = skip(toks, 1, lx.reporting_fillers)
    if k < len(toks) and toks[k].low in lx.content_complementizers:
        k = skip(toks, k + 1, lx.reporting_fillers)   # "dijelaskan bahwa pegawai tidak boleh ...": what is said
    if k < len(toks) and lx.starts_actor(toks, k) and toks[k].low not in lx.pronouns:
        # "Dalam UU ... disebutkan ASN dilarang ...": an actor and its cue after the verb are
        # the rule the source states; the phrase is no speaker
        return any((hit := first_seq_at(toks, j, lx.entries_by_first)) is not None
                   and hit[1]["role"] in ("modal", "passive")
                   for j in range(k + 1, min(len(toks), k + 1 + MAX_REPORTED_ACTOR)))
    if k < len(toks) and toks[k].low in lx.complementizers:
        return False
    k = skip(toks, k, lx.negators)
    return first_seq_at(toks, k, lx.entries_by_first) is not None
# A name labelling turns of a dialogue ("Lestari:", "Yohanes Ruma:") has at most this many words.
MAX_NAME_LABEL_WORDS = 3
# A speaker phrase ("Dedi, warga Desa Sukamulya", "pengamat politik dari Universitas X")
# is read over at most this many tokens.
MAX_SPEAKER_PHRASE = 16
# A person introduced in narration ("Calon bupati X, Hendra, berjanji ...") is looked for in at
# most this many narrated sentences before the quote or pronoun that needs a speaker.
RECENT_NARRATION = 2
# An embedded post's byline ("— Bawaslu X (@bawaslux) 3 Maret 2024") has at most this many words.
MAX_BYLINE_WORDS = 14
# ... under a post of at most this many characters (a tweet, a caption), not the article's own
# paragraph left above a byline whose post was cleaned away.
MAX_POST_CHARS = 600


def _segments(lx: Lexicon, toks) -> list[list]:
    """The parts of a speaker phrase between commas that belong to the speaker: a part
    that opens with a stop word ("saat ditemui di kantor bupati", "kepada warga") is left
    out, and a part ends at a stop word ("Bupati Ani di sela apel")."""
    out, cur, skipping = [], [], False
    for t in toks:
        if t.text in (",", "(", ")"):
            if cur:
                out.append(cur)
            cur, skipping = [], False
        elif t.low in lx.voice_stops or t.text in ('"', "“", "”", ".", ";", ":", "!", "?"):
            skipping = True
        elif not skipping:
            cur.append(t)
    if cur:
        out.append(cur)
    return out


def phrase_voice(lx: Lexicon, toks) -> tuple[Optional[str], bool]:
    """(voice, named) of a speaker phrase: OFFICIAL or OTHER by its first role word, None
    when it names none; ``named``: a role, a pronoun or a capitalised name stands in it."""
    segs = _segments(lx, toks[:MAX_SPEAKER_PHRASE])
    named = False
    for seg in segs:
        for k, t in enumerate(seg):
            hit = first_seq_at(seg, k, lx.voice_roles)
            if hit and hit[1] == OTHER and k > 0 and seg[k - 1].text[:1].isupper() \
                    and seg[k - 1].low in lx.voice_office_words:
                continue                    # "Biro Penerangan Masyarakat", "Dinas Pemberdayaan Masyarakat": an office's name
            if hit:
                return hit[1], True
            named = named or t.text[0].isupper() or t.low in lx.voice_pronouns
    return None, named


def _is_name(lx: Lexicon, t) -> bool:
    """A word of a person's name: capitalised, no title, role or pronoun, no acronym ("PNS")."""
    return t.text[0].isupper() and not (t.text.isupper() and len(t.text) > 1) and t.low not in lx.titles \
        and t.low not in lx.voice_pronouns and t.low not in lx.voice_roles


def _speaker_run(segs: list[list], lx: Optional[Lexicon] = None) -> list[list]:
    """The parts of a speaker phrase that name one person: the first, and the next ones
    while either side is only a name ("Dedi, warga Desa X", "Calon bupati X, Hendra"), up
    to a part that holds a cue: the sentence going on after a speaker set in its middle
    ("..., lanjut Budi, partai politik tidak diperkenankan ...")."""
    run: list[list] = []
    for seg in segs:
        if run and not (all(t.text[0].isupper() for t in run[-1]) or all(t.text[0].isupper() for t in seg)):
            break
        if run and lx is not None and any(lx.is_cue_token(t.low) for t in seg):
            break
        run.append(seg)
    return run


class SpeechTracker:
    """Which sentences are spoken, not narrated, and by whom. Spoken: inside a quote
    (straight or curly marks, tracked through a paragraph and on into the next paragraph
    that opens with a mark while the quote is still open), with an attribution ("...,
    kata Bupati", "ujarnya", "Menurutnya"), in a transcript turn ("SEKDA: ..."), in an
    answer (the paragraph after one that ends with a question, or an "JAWAB:" block), or
    an official account's embedded post. A bare imperative there gives an order (see
    ``cues.speech_heads``).

    By whom (``voices``, see speakers.json ``voices``): a quote takes the voice its
    attribution names, wherever in the quote it stands (the last paragraph's
    '"...," kata Dedi, warga Desa X' covers the paragraphs before), or the last speaker's
    when it names none; a reported statement ("Pengamat X menilai ...", "Menurut warga,
    ...", "..., kata X") its own. OTHER (a resident, a candidate, an observer) says no rule."""

    def __init__(self, lx: Lexicon, text: str, paragraphs) -> None:
        self.lx, self.text = lx, text
        self.quote_open = False
        self.prev_asked = False
        self._attribution: dict[tuple[int, int], bool] = {}   # _attributed per sentence span (asked twice or more)
        # a label in capitals counts as a turn only when the document has two of them (a
        # dialogue), or when it names an office ("Bupati:", "Kepala BKD Rina:")
        self.labels = {p.start: _turn_label(lx, p.text) for p in paragraphs}
        capitals = [b for b in self.labels.values() if b and b.isupper()]
        self.dialogue = len(capitals) >= 2
        # in a dialogue, a name that labels two turns or more ("Lestari: ...", after "SW: ...")
        # is the other party's label
        named = Counter(b for b in self.labels.values() if b and not b.isupper()
                        and len(b.split()) <= MAX_NAME_LABEL_WORDS and all(w[:1].isupper() for w in b.split())) \
            if self.dialogue else Counter()
        self.name_turns = {b for b, n in named.items() if n >= 2}
        self.current: Optional[str] = None         # the voice of the last speaker named
        self.names: dict[str, str] = {}            # a name said with a role -> its voice
        self.group: Optional[list] = None          # the quote being read: [voice, named]
        self.refs: list = []                       # (sentence start, voice or its quote's [voice, named])
        self.pending: list[Sentence] = []          # narrated sentences since a speaker was last named
        self.posts = self._posts(paragraphs)       # paragraph start -> voice of an embedded post

    # -- embedded posts ------------------------------------------------------------------
    def _account_voice(self, name: str, handle: str) -> Optional[str]:
        voice, _ = phrase_voice(self.lx, tokenize(name)) if name else (None, False)
        if voice is None:
            handle = handle.lower()
            voice = next((v for v in (OFFICIAL, OTHER) if any(stem in handle for stem in self.lx.voice_handle_stems[v])),
                         OTHER)                   # a personal account ("@dedi_kurnia"): no office speaks
        return voice

    def _posts(self, paragraphs) -> dict[int, Optional[str]]:
        """An embedded post's voice, by its paragraph: the paragraph above a byline
        ("— Bawaslu X (@bawaslux) 3 Maret 2024"), or one that opens with its account
        ("@pemkabx: ASN wajib ..."); named by the byline's role words or the handle's stems."""
        out: dict[int, Optional[str]] = {}
        if "@" not in self.text:
            return out
        for k, p in enumerate(paragraphs):
            if "@" not in p.text:
                continue
            m = self.lx.embed_account_re.match(p.text)
            if m:
                out[p.start] = self._account_voice("", m.group("handle"))
                continue
            m = self.lx.embed_byline_re.match(p.text)
            if m and k > 0 and len(p.text.split()) <= MAX_BYLINE_WORDS and len(paragraphs[k - 1].text) <= MAX_POST_CHARS:
                out[paragraphs[k - 1].start] = self._account_voice(m.group("name"), m.group("handle"))
        return out

    # -- who says a sentence -------------------------------------------------------------
    def _phrase(self, sent: Sentence, start: int, end: int, subject: bool = False) -> tuple[Optional[str], bool]:
        """(voice, named) of the speaker phrase text[start:end]: its role word, else a name
        said before with a role, else a pronoun's (the last speaker's). An attribution's
        phrase is its first part and the parts after a name ("kata Dedi, warga Desa X"); a
        subject's (``subject``: the words before a speech verb) its last part and the parts
        before a name ("Pengamat politik X, Arif Santoso, menilai"); a subject with a verb
        or a cue of its own is none ("Pegawai wajib melaporkan warga yang mengajak ...")."""
        lx = self.lx
        # the sentence's own tokens (tokenised once, read again by the walk)
        toks = [t for t in tokenize(sent.text, sent.start) if start <= t.start and t.end <= end]
        toks = toks[-MAX_SPEAKER_PHRASE:] if subject else toks[:MAX_SPEAKER_PHRASE]
        segs = _segments(lx, toks)
        if not subject and segs and (v := next((x for x, t in enumerate(segs[0]) if x and not t.text[0].isupper()
                                                  and (lx.is_verb(t) or lx.is_cue_token(t.low))), None)):
            segs = [segs[0][:v]]                       # "Selain itu, kata Rusdi guru juga menemui pengurus partai ...":
            #                                            no comma after the name, the sentence goes on after it
        if subject:
            segs.reverse()
        run = _speaker_run(segs, lx)
        if subject and run and any(lx.is_verb(t) or lx.is_cue_token(t.low) for t in run[0]):
            return None, False
        voice, named = phrase_voice(lx, [t for seg in run for t in seg])
        if voice is not None:
            self._learn(run, voice)
            return voice, True
        words = [t for seg in run for t in seg]
        if any(t.low in lx.voice_pronouns for t in words):
            return self._speaker(), True
        self._speaker()                                # the names of whoever was introduced
        known = next((self.names[t.low] for t in words if t.text[0].isupper() and t.low in self.names), None)
        return known, named

    def _learn(self, run, voice: str) -> None:
        """Remembers the names in a speaker's phrase ("Dedi, warga Desa X": Dedi is a
        resident), not the names of places after a place word ("Desa Sukamulya")."""
        lx = self.lx
        for seg in run:
            for t in seg:
                if t.low in lx.voice_places:
                    break
                if _is_name(lx, t):
                    self.names[t.low] = voice

    def _speaker(self) -> Optional[str]:
        """The last speaker's voice, once the last RECENT_NARRATION narrated sentences since
        it was named are read (latest first: the first that introduces someone speaks now)."""
        for sent in reversed(self.pending[-RECENT_NARRATION:]):
            if self._introduce(sent):
                break
        self.pending.clear()
        return self.current

    def _introduce(self, sent: Sentence) -> bool:
        """A narrated sentence, no rule in it, whose subject names a person: the speaker
        from here on ("Calon bupati nomor urut 2, Hendra Saputra, berjanji ...": a
        candidate; "Rusdiansyah memahami dilema itu": whoever Rusdiansyah was; "Yulius
        merasa ...", never named with a role: unknown). A role without a name ("Calon bupati
        dilarang ...") and the actor of a rule ("Dosen PNS tidak boleh ...") are no speaker."""
        lx = self.lx
        full = tokenize(sent.text, sent.start)
        toks = full[:MAX_SPEAKER_PHRASE]
        head = next((k for k, t in enumerate(toks) if k > 0 and lx.is_verb(t)), None)
        if head is None or not (toks[0].low in self.names or any(t.text[0].isupper() for t in toks[1:head])):
            return False                               # no name before the verb
        run = _speaker_run(_segments(lx, toks[:head]))
        words = [t for seg in run for t in seg]
        # a capitalised first word is a name when it is known or a second name word follows
        # ("Hendra Saputra berjanji"), not a noun opening the sentence ("Pengurus RT tidak ...")
        names = [t for t in words if _is_name(lx, t) and (t is not toks[0] or t.low in self.names
                                                          or (len(toks) > 1 and _is_name(lx, toks[1])))]
        if not names or any(lx.is_cue_token(t.low) and first_seq_at(full, j, lx.entries_by_first)
                            for j, t in enumerate(full)):   # ("berjanji" alone is no "berjanji untuk")
            return False
        voice, _ = phrase_voice(lx, words)
        if voice is not None:
            self._learn(run, voice)
        else:
            voice = next((self.names[t.low] for t in names if t.low in self.names), None)
        self.current = voice
        return True

    def _own_voice(self, sent: Sentence, quoted: bool, carried: bool) -> Optional[tuple[Optional[str], bool]]:
        """(voice, named) of the speaker a sentence names itself, or None when it names none:
        after a closing mark ('"...," kata X', "ujarnya"), after a comma at its end ("...,
        kata X"), "Menurut X, ...", a speech verb's subject ("Pengamat X menilai ...",
        'Bupati berpesan, "..."'), a passive speech verb's agent ("Hal itu disampaikan Dedi,
        warga ..."). Only the closing attribution counts inside a quote."""
        lx, stext = self.lx, sent.text
        if lx.voice_triggers.isdisjoint(map(token_low, tokenize(stext, sent.start))):
            return None                                # (tokens the walk reads again, from the cache)
        m = lx.voice_quote_re.search(stext)
        mark = MARK_RE.search(stext)
        if m is None and mark is None:
            m = lx.voice_tail_re.search(stext)
        if m is not None:
            if m.group(2) or m.group(1).endswith("nya"):
                return self._speaker(), True                   # "ujarnya", "katanya"
            end = next((q.start() for q in MARK_RE.finditer(stext, m.end())), len(stext))
            return self._phrase(sent, sent.start + m.end(), sent.start + end)
        if quoted and carried:
            return None
        before = mark.start() if mark else len(stext)         # the frame before a quote it opens
        m = lx.voice_frame_re.search(stext, 0, before)
        if m is not None and m.start() < MAX_SPEAKER_PHRASE * 8:
            if m.group(1):
                return self._speaker(), True                   # "Menurutnya, ..."
            comma = stext.find(",", m.end(), before)
            if comma > 0:
                return self._phrase(sent, sent.start + m.end(), sent.start + comma)
        m = lx.voice_verb_re.search(stext, 0, before)
        if m is not None and m.start() > 0:
            if lx.voice_break_re.search(stext, m.end()):
                return None                            # "Warga mengaku heran, padahal ASN dilarang ...": the narrator's
            return self._phrase(sent, sent.start, sent.start + m.start(), subject=True)
        m = lx.voice_passive_re.search(stext, 0, before)
        if m is not None and _reports_rule(lx, stext[m.start():before]):
            return None                                # "ASN ditegaskan tidak boleh menjadi pengurus partai": the
            #                                            rule reported follows the verb, no speaker
        if m is not None:
            return self._phrase(sent, sent.start + m.end(), sent.start + before)
        return None

    def _is_turn(self, para) -> bool:
        label = self.labels[para.start] if para.start in self.labels else _turn_label(self.lx, para.text)
        if label is None or self.lx.is_cue_token(label.split()[0].lower()):
            return False
        words = [w.lower().strip(".") for w in label.split()]
        return any(w in self.lx.titles for w in words) or (label.isupper() and self.dialogue) \
            or label in self.name_turns

    def _attributed(self, sent: Sentence) -> bool:
        """The sentence names its speaker ("..., kata Bupati", "ujarnya", "Menurutnya")."""
        key = (sent.start, sent.end)
        if key not in self._attribution:
            stext = self.text[sent.start:sent.end]
            self._attribution[key] = bool(PRONOUN_ATTRIBUTION_RE.search(stext)
                                          or self.lx.pronoun_attribution_re.search(stext)
                                          or attribution_tail(self.lx, self.text, sent.start, sent.end) < sent.end
                                          or QUOTE_ATTRIBUTION_RE.search(stext)
                                          or self._inverted(sent) is not None)
        return self._attribution[key]

    def _inverted(self, sent: Sentence) -> Optional[int]:
        """See :func:`inverted_attribution`."""
        return inverted_attribution(self.lx, tokenize(sent.text, sent.start))

    def paragraph(self, para, sentences: list[Sentence], answer: bool = False) -> list[bool]:
        """Whether each sentence of a paragraph is speech; carries the quote state on."""
        text = self.text
        turn = self._is_turn(para)
        post = self.posts.get(para.start, False) if self.posts else False
        spoken_para = turn or answer or self.prev_asked or post == OFFICIAL
        label_voice = phrase_voice(self.lx, tokenize(self.labels[para.start]))[0] \
            if turn and para.start in self.labels else None
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
        if not state:
            self.group = None
        out = []
        # a standalone inverted attribution ("... . Tegas Danramil.") says the sentences before it
        # in the paragraph, back to one with an attribution of its own
        covered: dict[int, int] = {}
        for i, sent in enumerate(sentences):
            if i and self._inverted(sent) is not None:
                j = i - 1
                while j >= 0 and j not in covered and not self._attributed(sentences[j]):
                    covered[j] = i
                    j -= 1
        for i, sent in enumerate(sentences):
            # the marks up to the sentence's end, in order; ``inside``: the state at its
            # first letter or digit (regex scans, not a loop over every character)
            carried = state
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
            spoken = spoken_para or inside or opened or state or self._attributed(sent) or i in covered
            out.append(spoken)
            self._voice(sent, carried, inside or opened or state, spoken, post, label_voice)
            if i in covered.values() and post is False:
                self._inverted_voice(sent, [sentences[j] for j, a in covered.items() if a == i])
        self.quote_open = state
        if not state:
            self.group = None
        stripped = para.text.rstrip(" \"”’'»")
        self.prev_asked = stripped.endswith("?")
        return out

    def _inverted_voice(self, sent: Sentence, said: list[Sentence]) -> None:
        """The voice a standalone inverted attribution names ("Tegas Danramil.": its role;
        "Pungkasnya.", "Jelas dia.": the last speaker's), given to the sentences it says."""
        toks = tokenize(sent.text, sent.start)
        k = self._inverted(sent)
        if k is None:
            return
        if k >= len(toks):
            voice = self._speaker()
        else:
            voice, named = self._phrase(sent, toks[k].start, sent.end)
            if named:
                self.current = voice
        self.refs.extend((s.start, voice) for s in said)
        self.refs.append((sent.start, voice))

    def _voice(self, sent: Sentence, carried: bool, quoted: bool, spoken: bool, post, label_voice) -> None:
        """Records who says the sentence: its quote's speaker, its own, the last one."""
        if post is not False:
            self.refs.append((sent.start, post))
            return
        if not quoted:
            self.group = None
        elif not carried or self.group is None:
            self.group = [self._speaker(), False]  # a new quote: the last speaker's until it names one
        own = self._own_voice(sent, quoted, carried)
        if own is None and not quoted:
            self.pending.append(sent)              # read only if a later sentence needs its speaker
        if own is not None and own[1]:
            self.current = own[0]
            self.pending.clear()
            if self.group is not None and not self.group[1]:
                self.group[0], self.group[1] = own[0], True
        if self.group is not None:
            self.refs.append((sent.start, self.group))
        elif own is not None and own[1]:
            self.refs.append((sent.start, own[0]))
        elif spoken and label_voice is not None:
            self.refs.append((sent.start, label_voice))     # a transcript turn: "WARGA: ..." 

    def voices(self) -> dict[int, Optional[str]]:
        """Sentence start -> OFFICIAL, OTHER or None (unknown), for the sentences read."""
        return {start: ref[0] if isinstance(ref, list) else ref for start, ref in self.refs}


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
