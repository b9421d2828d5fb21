"""Tokens and the lexicon every clause step reads.

``Lexicon`` is built once per :class:`~corpus_tools.settings.Settings` from
``cues.json``, ``actors.json`` and ``speakers.json`` (registered as the component
``clauses.lexicon``): cue forms and actor terms indexed by their first token, word
sets (negators, complementizers, ...) and a verb test. Nothing in this package keeps
Indonesian words in code; they are all read here.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from operator import attrgetter
from typing import Iterator, NamedTuple, Optional

from ..settings import Settings, register
from ..lang import rules as lang_rules

# Marks that open a quotation (a straight '"' opens one after a space or a comma).
OPEN_QUOTES = ("“", "‘", "«", '"')
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)+(?![\w/]|[.,]\d)|[^\W_]+(?:[-/'][^\W_]+)*|[^\w\s]", re.UNICODE)
# Distinct (text, offset) tokenisations kept: a document tokenises each sentence several
# times (cues, lead-ins, speakers, continuations). The walk empties it per document.
TOKEN_CACHE_SIZE = 1024
# Verb tests remembered per lexicon (a news corpus has a few tens of thousands of words).
VERB_CACHE_SIZE = 65536
# Roles of actor phrases remembered per lexicon (a corpus names its parties in a few thousand ways).
ROLE_CACHE_SIZE = 16384
# Noise inside words that OCR and hurried typing leave (pattern 17): a symbol or digit
# between letters stands for a letter ("A$N", "A5N" -> "asn" for matching; the text and
# offsets stay as written).
# (the noise character first and the letter before it in a lookbehind: the same matches
# as "(?<=[^\W\d_])[$@0-9](?=...)", found by a scan for the character, several times faster)
NOISE_RE = re.compile(r"[$@0-9](?<=[^\W\d_][$@0-9])(?=[^\W\d_])")
NOISE_CHARS = {"$": "s", "@": "a", "5": "s", "0": "o", "1": "i", "4": "a", "3": "e"}
# A label before a colon at a list item's start is at most this long ("Foto bersama:").
MAX_LABEL_CHARS = 60
# Tokens of an actor term read with misread words repaired (the longest term is shorter).
OCR_WINDOW = 8
# Words of actor terms this long also match with two inner letters swapped ("Wakli").
SWAP_MIN_LEN = 5


class Tok(NamedTuple):
    """A word or punctuation token; a tuple, so that making ~400 a page is cheap."""
    text: str
    low: str
    start: int
    end: int


_new_tok = tuple.__new__     # Tok's own __new__ is a Python function; this is the C one
token_low = attrgetter("low")      # a token's lower-cased word, for set tests over a sentence (map, in C)


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    # Toks are immutable and shared between calls; the list is the caller's own
    return list(_tokenize(text, offset))


# Quote marks a sentence's readers pass over, so that words inside and outside a quote line up.
QUOTE_MARKS = ('"', "“", "'", "‘")


def unquoted_tokens(text: str, offset: int = 0) -> list[Tok]:
    """:func:`tokenize` without the quote marks (QUOTE_MARKS)."""
    return [t for t in _tokenize(text, offset) if t.text not in QUOTE_MARKS]


# OCR reads "m" as "rn" ("rnenjadi", "rnelarang"); no Indonesian word starts with "rn", so a
# word that does is matched as the "m" word (its text and offsets stay as written).
OCR_WORD_START = ("rn", "m")


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _tokenize(text: str, offset: int) -> tuple[Tok, ...]:
    table = _DOCUMENT_TOKENS.get()
    plain = table.span(text, offset) if table is not None else None
    if plain is None:
        plain = _tokenize_plain(text, offset)
    if OCR_WORD_START[0] in text:
        # (read per requested text, not per document: whether "rn" occurs decides it)
        bad, good = OCR_WORD_START
        return tuple(t._replace(low=good + t.low[len(bad):]) if t.low.startswith(bad) and t.low[len(bad):len(bad) + 1]
                     in "aeiou" and len(t.low) > len(bad) else t for t in plain)
    return plain


def _tokenize_plain(text: str, offset: int) -> tuple[Tok, ...]:
    out = []
    if NOISE_RE.search(text):
        scan = NOISE_RE.sub(lambda m: NOISE_CHARS.get(m.group(), m.group()), text)
        for m in TOKEN_RE.finditer(scan):
            start, end = m.span()
            out.append(_new_tok(Tok, (text[start:end], m.group().lower(), offset + start, offset + end)))
        return tuple(out)
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(_new_tok(Tok, (word, word.lower(), offset + start, offset + end)))
    return tuple(out)


def clear_token_cache() -> None:
    """Token reuse is within a document: the walk calls this to keep memory flat."""
    _tokenize.cache_clear()


# What follows a span's last token and could have changed it in the whole text: a word
# character or "/" (the number token's lookahead, a word going on), "." or "," before a digit.
_END_JOINS = re.compile(r"[\w/]|[.,]\d")


class DocumentTokens:
    """The plain tokens (no "rn" repair) of one document's whole text, scanned once.

    The walk tokenises each paragraph, then its sentences and many of their parts again
    (cues, lead-ins, speakers, continuations): ~40 new spans a document. Tokens never
    cross whitespace and their pattern looks back at nothing (the noise pattern looks one
    character each way), so a span of the text whose ends cut no token of the whole text,
    and whose next character cannot extend or reject its last token (``_END_JOINS``),
    scans to exactly the whole text's tokens inside it: those are returned as a slice; a
    span cut mid-word at its end (callers read a sentence's first 40 or 160 characters)
    takes the slice up to its last whitespace and scans only the word after it. Any other
    text (not a span of this document, or cut mid-token at its start) returns None and is
    scanned as before. ``tests/test_perf_exact.py`` checks the slice against the scan."""

    __slots__ = ("text", "toks", "starts", "ends")

    def __init__(self, text: str):
        self.text = text
        self.toks = _tokenize_plain(text, 0)
        self.starts = [t.start for t in self.toks]
        self.ends = [t.end for t in self.toks]

    def span(self, text: str, offset: int) -> Optional[tuple[Tok, ...]]:
        """The plain tokens of ``text`` standing at ``offset`` of the document, or None."""
        if not text or offset < 0 or not self.text.startswith(text, offset):
            return None
        end = offset + len(text)
        i = bisect_right(self.ends, offset)         # the first token ending after the span's start
        if i < len(self.toks) and self.starts[i] < offset:
            return None                             # the span starts inside a token
        j = bisect_left(self.starts, end, i)        # the first token starting at or after its end
        if (j > 0 and self.ends[j - 1] > end) or (end < len(self.text) and _END_JOINS.match(self.text, end)):
            # The span's end cuts its last word ("Pasal 5 huruf n ang"): the pattern reads no
            # further than the first whitespace after a token's start, so the whole text's
            # tokens before the span's last whitespace are the span's; the rest is scanned.
            w = len(text) - 1
            while w >= 0 and not text[w].isspace():
                w -= 1
            if w < 0:
                return None
            k = bisect_left(self.starts, offset + w, i)
            return self.toks[i:k] + _tokenize_plain(text[w + 1:], offset + w + 1)
        return self.toks[i:j]


_DOCUMENT_TOKENS: ContextVar[Optional[DocumentTokens]] = ContextVar("document_tokens", default=None)


@contextmanager
def document_tokens(text: str) -> Iterator[DocumentTokens]:
    """``with document_tokens(doc_text): ...``: spans of ``doc_text`` tokenised inside the
    block are read from one scan of the whole text (see :class:`DocumentTokens`); a context
    variable, so that threads walking other documents each keep their own."""
    table = DocumentTokens(text)
    token = _DOCUMENT_TOKENS.set(table)
    try:
        yield table
    finally:
        _DOCUMENT_TOKENS.reset(token)


def _by_first(pairs: list[tuple[tuple[str, ...], object]]) -> dict[str, list]:
    """Index (token sequence, value) pairs by their first token, keeping list order."""
    out: dict[str, list] = {}
    for seq, value in pairs:
        if not seq:
            raise ValueError("empty lexicon entry")
        out.setdefault(seq[0], []).append((seq, value))
    return out


def seq_at(toks: list[Tok], i: int, seq: tuple[str, ...]) -> bool:
    n = len(seq)
    if i < 0 or i + n > len(toks):
        return False
    for k in range(n):          # (a loop, not all() over a generator: called ~200 times a page)
        if toks[i + k].low != seq[k]:
            return False
    return True


def first_mention_end(toks: list[Tok], index: dict[str, list]) -> Optional[int]:
    """Character end of the first occurrence of any sequence of ``index``; the bare
    abbreviation "se" counts only as upper-case "SE"."""
    if index.keys().isdisjoint(map(token_low, toks)):
        return None                 # no token starts a sequence (one set test; most paragraphs)
    for k in range(len(toks)):
        for seq, _ in index.get(toks[k].low, ()):
            if seq_at(toks, k, seq) and not (seq == ("se",) and toks[k].text != "SE"):
                return toks[k + len(seq) - 1].end
    return None


def first_seq_at(toks: list[Tok], i: int, index: dict[str, list]):
    """The first (seq, value) of ``index`` whose sequence starts at token i, or None (also
    when i lies outside the tokens: a caller past the last word asks of nothing)."""
    if not 0 <= i < len(toks):
        return None
    candidates = index.get(toks[i].low)
    if candidates is None:
        return None
    # (seq_at inlined: called at every token of every sentence. Each candidate's first word
    # is this token's, so a one-word candidate matches; a longer one is tested at its
    # second word first: common first words ("di", "tidak") carry a dozen candidates)
    left = len(toks) - i
    for seq, value in candidates:
        n = len(seq)
        if n == 1:
            return seq, value
        if n > left or toks[i + 1].low != seq[1]:
            continue
        k = 2
        while k < n and toks[i + k].low == seq[k]:
            k += 1
        if k == n:
            return seq, value
    return None


def skip(toks: list[Tok], i: int, words, step: int = 1) -> int:
    while 0 <= i < len(toks) and toks[i].low in words:
        i += step
    return i


def matching_bracket(toks: list[Tok], i: int, inside: int, stops=(), end: Optional[int] = None) -> Optional[int]:
    """Index of the ")" that closes the "(" at i, or of the "(" that opens the ")" at i, with at
    most ``inside`` tokens between them and none of ``stops`` (token texts) before it; None
    otherwise. A forward search ends before ``end``."""
    if toks[i].text == "(":
        want, span = ")", range(i + 1, min(len(toks) if end is None else end, i + inside + 2))
    elif toks[i].text == ")":
        want, span = "(", range(i - 1, max(-1, i - inside - 2), -1)
    else:
        return None
    for j in span:
        if toks[j].text == want:
            return j
        if toks[j].text in stops:
            return None
    return None


def is_lead_in(toks: list[Tok]) -> bool:
    return bool(toks) and toks[-1].text == ":"


def _seqs(phrases) -> list[tuple[str, ...]]:
    return [tuple(TOKEN_RE.findall(p.lower())) for p in phrases]


# Word lists of cues.json that the lexicon reads as plain sets under their own names: those
# every data file must have, and those a user's data file may leave out (read as empty).
REQUIRED_WORD_SETS = (
    "negators", "complementizers", "conditionals", "skip_after", "adverbs", "boundaries", "coordinators",
    "contrasts", "prepositions", "verb_starters", "non_verbs", "descriptive_after_negation", "speech_verbs",
    "lead_tail", "item_non_heads", "act_openers", "copulas", "post_fillers", "anaphors", "concessives",
    "attribution_fillers", "sanction_terms", "act_joiners", "subject_pronouns", "avoid_verbs", "manner_heads",
    "verb_particles", "appositive_openers", "non_act_openers", "avoid_heads",
)
WORD_SETS = (
    "elided_negators", "imperative_non_verbs", "loan_verbs", "aggravators", "time_openers", "clause_anaphors",
    "contrast_time_frames",
    "anaphor_predicates", "topic_openers", "outcome_verbs", "report_frames", "forwarding_verbs",
    "past_markers", "litotes", "discourse_openers", "actor_segment_stops", "manner_nouns", "use_passives",
    "decision_law_agents", "auxiliaries", "volition_verbs", "manner_adverbs", "reason_openers",
    "purpose_openers", "negation_bridges", "light_verbs", "outcome_joiners", "imperative_blockers",
    "warning_modals", "sanction_list_heads", "sanction_list_markers", "existentials", "exception_markers",
    "rule_talk_verbs", "topic_verbs", "aspect_markers", "source_frames", "judged_condition_openers",
    "doer_verbs", "copular_verbs", "exhortation_roles", "answer_frames", "motion_verbs", "circumstance_verbs",
    "restrictive_adverbs", "obeying_verbs", "consequence_openers", "answer_particles", "cleft_anaphors",
    "alternative_openers", "rule_talk_predicates", "rule_talk_prepositions", "rule_talk_closers", "knowing_verbs",
    "defining_copulas", "discourse_passives", "subject_fillers", "judgement_hedges",
    "wish_verbs", "headline_small_words", "address_terms", "addressee_modifiers", "state_verbs",
    "requirement_verbs", "content_nouns", "narrated_order_stops", "directive_content_nouns", "directive_content_markers", "document_nouns", "rule_list_openers", "rule_list_verbs", "point_content_verbs", "duty_after_negation_verbs", "negation_reason_nouns", "named_rule_sources", "source_number_words", "act_set_nouns", "breach_verbs", "service_verbs",
    "consequence_verbs", "correction_verbs", "abstract_objects", "abstract_object_openers", "denial_verbs",
    "attribution_adjuncts", "consequence_adverbs", "result_links", "purpose_links", "topic_attribution_frames", "passive_agents", "means_links", "means_heads", "claim_nouns",
    "possession_verbs", "sequence_words", "forced_markers", "concessive_tails", "past_time_closers",
    "past_time_heads", "narrative_outcomes", "sanction_acceptance", "forward_words", "violation_findings",
    "announce_framers", "relative_act_joiners", "positive_turns", "positive_states", "not_only_words", "gloss_joiners", "use_purpose_words", "nobody_heads",
    "compliance_verbs", "agent_markers", "ordinal_lead_words", "ordinal_actor_joiners", "stress_openers",
    "speech_imperatives", "speech_imperative_non_verbs", "speech_imperative_openers", "opener_subjects",
    "speaker_pronouns", "speaker_objects", "favour_verbs", "closing_comments", "doubt_boundaries",
    "interjections", "outlet_nouns", "act_prepositions", "negated_disjunctions", "disjunction_negators",
    "modal_act_nouns", "predicate_links", "rule_sources", "reference_heads", "evident_words", "saying_that_verbs", "state_links",
    "closed_relative_adjectives", "additive_adverbs", "reporting_passives", "reporting_fillers", "content_complementizers",
    "judged_example_markers", "a_fortiori_openers", "restating_joiners", "item_frame_markers", "kind_nouns",
    "opinion_verbs", "sanctioning_verbs", "sanction_nouns", "order_addressee_pronouns", "group_determiners",
    "object_voice_agents",
    "sanction_condition_joiners", "consequence_links", "classifying_verbs", "constancy_adverbs",
    "information_nouns", "dangling_ends", "imposed_sanctions", "doubt_nouns", "occasion_tails", "occasion_tail_fillers", "negated_asides", "norm_definition_markers",
    "event_verbs", "announce_links", "commitment_nouns", "citation_verbs", "citation_fillers",
    "citation_prepositions", "degree_words", "activity_nouns", "campaign_support_verbs", "candidate_nouns",
    "universal_determiners", "citation_heads", "event_settings",
    "not_yet_words", "capacity_reporters", "noun_adjunct_heads", "heeding_words", "post_verbs",
    "directive_manners", "directive_manner_openers", "reason_rule_verbs",
)


class Lexicon:
    """The word lists of cues.json / actors.json / speakers.json, indexed for the scans."""

    def __init__(self, settings: Settings):
        self.settings = settings
        cues = settings.data("cues.json")
        actors = settings.data("actors.json")
        speakers = settings.data("speakers.json")
        entries = []
        particles = cues.get("cue_particles", [])
        self.cue_particles = tuple(particles)
        self.cue_roles = {e["cue"].lower(): e["role"] for e in cues["cues"]}   # canonical cue -> role
        self.cue_kinds = {e["cue"].lower(): e["kind"] for e in cues["cues"]}   # canonical cue -> kind
        self.rule_topics = frozenset(cues.get("rule_topics", []))          # words that name the rule's topic
        self.election_words = tuple(cues.get("election_words", []))        # a rule-stating text names one
        for e in cues["cues"]:
            for form in [e["cue"]] + e.get("variants", []):
                seq = tuple(TOKEN_RE.findall(form.lower()))
                entries.append((seq, e))
                if e["role"] == "modal" and len(seq) == 1:
                    # "bolehlah", "haruslah", "janganlah": the cue with an emphatic particle
                    entries += [((seq[0] + p,), e) for p in particles]
        # a noun of rule also names a list in its reduplicated plural ("larangan-larangan",
        # "kewajiban-kewajiban"): Indonesian plural reduplication, made for every such noun
        entries += [((reduplicated(seq[0]),), e) for seq, e in entries
                    if e["role"] == "lead" and len(seq) == 1 and "-" not in seq[0]]
        entries.sort(key=lambda fe: -len(fe[0]))
        terms = []
        for role, words in {**actors["roles"], **actors.get("other_addressees", {})}.items():
            for w in words:
                terms.append((tuple(TOKEN_RE.findall(w.lower())), role))
        terms.sort(key=lambda tr: -len(tr[0]))
        # misread words of actor terms -> the word ("gubemur" -> "gubernur"), looked up only
        # when a token starts no term as written (an index of every variant of every term
        # made each common first word carry dozens of candidates)
        words = {w for seq, _ in terms for w in seq}
        self.ocr_words = {v: w for w in sorted(words) for v in _ocr_variants(w) if v not in words}
        # first token -> candidates in lexicon order (longest first): a token that starts
        # no entry costs one dict lookup instead of a pass over every cue form
        self.entries_by_first = _by_first(entries)
        self.modal_by_first = _by_first([(s, e) for s, e in entries if e["role"] == "modal"])
        self.actor_by_first = _by_first(terms)
        # the plain word sets of cues.json, each under its own name (what each is for: cues.json "_doc")
        for name in REQUIRED_WORD_SETS:
            setattr(self, name, frozenset(cues[name]))
        for name in WORD_SETS:
            setattr(self, name, frozenset(cues.get(name, [])))
        self.negating_frames = _seqs(cues["negating_frames"])
        self.relative_time_words = sorted(_seqs(cues.get("relative_time_words", [])), key=lambda q: -len(q))
        self.examples = frozenset(cues["example_markers"])
        self.enumerators = _by_first([(s, None) for s in _seqs(cues["enumeration_markers"])])
        self.manner_markers = frozenset(_seqs(cues.get("manner_markers", [])))
        self.licence_denying_frames = _seqs(cues.get("licence_denying_frames", []))
        self.citation_subjects = _seqs(cues.get("citation_subjects", []))
        self.enumeration_quantifiers = _by_first([(s, None) for s in _seqs(cues.get("enumeration_quantifiers", []))])
        self.verb_re = re.compile(cues["verb_prefix_re"])
        self.act_noun_re = re.compile(cues.get("act_noun_re", r"(?!)"))
        self.imperative_verb_re = re.compile(cues.get("imperative_verb_re", r"(?!)"))
        self.loan_verb_prefix_re = re.compile(cues.get("loan_verb_prefix_re", r"(?!)"))
        self.noun_verb_homographs = {w: frozenset(after) for w, after in cues.get("noun_verb_homographs", {}).items()}
        self.connectives = _seqs(cues["continuation_connectives"])
        self.connective_heads = frozenset(seq[0] for seq in self.connectives)
        self.ordinals = _by_first([(s, None) for s in _seqs(cues["ordinals"])])
        # a pledge named by its noun, its counted points and the formula that closes it (lists.pledge_announcement)
        self.pledge_nouns = _by_first([(s, None) for s in _seqs(cues.get("pledge_nouns", []))])
        self.pledge_item_nouns = frozenset(cues.get("pledge_item_nouns", []))
        self.pledge_aspects = frozenset(cues.get("pledge_aspects", []))
        self.pledge_utterance_verbs = frozenset(cues.get("pledge_utterance_verbs", []))
        self.pledge_signing_verbs = frozenset(cues.get("pledge_signing_verbs", []))
        self.pledge_content_predicates = _by_first([(s, None) for s in _seqs(cues.get("pledge_content_predicates", []))])
        self.pledge_run_markers = _by_first([(s, None) for s in _seqs(cues.get("pledge_run_markers", []))])
        self.pledge_closings = _by_first([(s, None) for s in _seqs(cues.get("pledge_closings", []))])
        self.continuers = _by_first([(s, None) for s in _seqs(cues["negated_continuers"])])
        self.reader_calls = _by_first([(s, None) for s in _seqs(cues["reader_calls"])])
        self.order_idioms = _by_first([(s, None) for s in _seqs(cues.get("order_idioms", []))])
        self.chain_imperatives = frozenset(cues.get("chain_imperatives", []))
        self.person_nouns = frozenset(cues.get("person_nouns", []))
        # a document named by a determiner or a number word ("maklumat itu", "instruksi Nomor 2")
        self.circular_determiners = frozenset(cues["circular_anaphor_determiners"])
        self.circular_number_words = frozenset(w.lower() for w in settings.data("lang.json")["circulars"]["number_words"])
        self.attribution = frozenset(cues["attribution_verbs"])
        self.circular_terms_by_first = _by_first([(s, None) for s in _seqs(_circular_mentions(settings, cues))])
        self.circular_intro_by_first = _by_first([(s, None) for s in _seqs(cues["circular_intro"])])
        self.addressee_preps = frozenset(cues["addressee_prepositions"])
        self.determiners = frozenset(actors["determiners"])
        self.group_determiners = frozenset(actors.get("group_determiners", []))
        self.generic_group_heads = frozenset(actors.get("generic_group_heads", []))
        self.pronouns = frozenset(actors["pronouns"])
        self.qualifier_stop = frozenset(actors["qualifier_stop"])
        self.member_heads = frozenset(actors.get("member_heads", []))
        self.status_verbs = frozenset(actors.get("status_verbs", []))
        self.role_pronouns = frozenset(actors.get("role_pronouns", []))
        self.list_range_joiners = frozenset(actors.get("list_range_joiners", []))
        self.reciprocals = frozenset(cues.get("reciprocals", []))
        self.topic_questions = frozenset(cues.get("topic_questions", []))
        self.spoken_particles = frozenset(cues.get("spoken_particles", []))
        self.public_roles = frozenset(actors["public_roles"])
        self.general_public_roles = frozenset(actors.get("general_public_roles", []))
        self.titles = frozenset(speakers["titles"]) | _region_words(settings)
        self.self_pronouns = frozenset(speakers["self_pronouns"])
        self.office_pronouns = frozenset(speakers.get("office_pronouns", []))
        self.speaker_fillers = frozenset(speakers["fillers_before_speech_verb"])
        self.alias_res = tuple(re.compile(rf"\b{cue}\s+((?:[A-Z][\w'-]*\s?)+)") for cue in speakers["alias_cues"])
        # the text each alias pattern's match holds ("disapa"): a sentence without it is not
        # searched (SpeakerTracker.see, every sentence); "" (always searched) for a cue
        # written with pattern syntax
        self.alias_literals = tuple(cue if all(c.isalnum() or c == " " for c in cue) else ""
                                    for cue in speakers["alias_cues"])
        self.pronoun_attribution_re = re.compile(speakers["pronoun_attribution_re"], re.I)
        # two single marks written as one double quote mark -> (opening, closing) mark
        self.doubled_quotes = {k: tuple(v) for k, v in speakers.get("doubled_quote_marks", {}).items() if k != "_doc"}
        self.doubled_quote_re = re.compile("|".join(map(re.escape, sorted(self.doubled_quotes, key=len, reverse=True)))) \
            if self.doubled_quotes else None
        # who speaks (speakers.SpeechTracker): role words of officials and others, longest first
        voices = speakers.get("voices", {})
        roles = [(seq, v) for v in ("official", "other") for seq in _seqs(voices.get(v, []))]
        self.voice_roles = _by_first(sorted(roles, key=lambda r: -len(r[0])))
        self.voice_stops = frozenset(voices.get("phrase_stops", []))
        self.voice_pronouns = frozenset(voices.get("pronouns", []))
        self.voice_places = frozenset(voices.get("place_words", []))
        self.voice_office_words = frozenset(voices.get("office_words", []))
        self.voice_handle_stems = {v: tuple(voices.get("handle_stems", {}).get(v, [])) for v in ("official", "other")}
        said = sorted(set(cues["attribution_verbs"]), key=len, reverse=True)
        # '"...," kata X', '"...", ujarnya': the verb after a closing mark
        self.voice_quote_re = re.compile(r'[”"]\s*,?\s*(%s)(nya)?\b' % "|".join(map(re.escape, said)))
        # '..., kata X' at the end of a sentence without marks
        self.voice_tail_re = re.compile(r',\s*(%s)(nya)?\b' % "|".join(map(re.escape, said)))
        # "Menurut X, ...", "Menurutnya, ..."
        frames = [f for w in voices.get("frames", []) for f in (w, w.capitalize())]
        self.voice_frame_re = re.compile(r'(?:^|[,;]\s*)(?:%s)(nya\b)?' % "|".join(map(re.escape, frames)))
        verbs = sorted(set(cues["speech_verbs"]), key=len, reverse=True)
        self.voice_verb_re = re.compile(r'\b(%s)\b' % "|".join(map(re.escape, verbs)))
        self.voice_passive_re = re.compile(r'\b(%s)\b(?:\s+oleh\b)?'
                                           % "|".join(map(re.escape, voices.get("passive_speech_verbs", []))))
        openers = "|".join(map(re.escape, voices.get("embed_openers", [])))
        # an embedded post's byline: "— Bawaslu Sukamaju (@bawaslusukamaju) 3 Maret 2024",
        # "Sebuah kiriman dibagikan oleh Pemkab X (@pemkabx)"; a post opened by its account "@pemkabx: ..."
        self.embed_byline_re = re.compile(r'\s*(?:[—–-]+\s*)?(?:(?:%s)\s+)?(?P<name>[^()@\n]{0,60}?)\s*\(@(?P<handle>\w+)\)'
                                          % openers, re.I) if openers else re.compile(r'(?!)')
        # a reported statement ends at a contrast or a consequence ("Warga mengaku heran, padahal ASN dilarang ...")
        self.voice_break_re = re.compile(r'\b(%s)\b' % "|".join(map(re.escape, sorted(
            set(cues["contrasts"]) | set(cues.get("doubt_boundaries", [])), key=len, reverse=True))))
        # any of the words above: a sentence without one names no speaker
        self.voice_triggers = frozenset(set(said) | {w + "nya" for w in said} | set(verbs) | set(voices.get("frames", []))
                                        | {w + "nya" for w in voices.get("frames", [])}
                                        | set(voices.get("passive_speech_verbs", [])))
        self.embed_account_re = re.compile(r'\s*@(?P<handle>\w+)\s*:\s+\S')
        self.closing_scopes = _by_first([(s, None) for s in _seqs(cues.get("closing_scopes", []))])
        self.intransitive_prefixes = tuple(cues.get("intransitive_prefixes", []))
        self.passive_prefixes = tuple(cues.get("passive_prefixes", []))
        self.active_prefixes = tuple(cues.get("active_prefixes", []))
        self.set_aside = _seqs(cues.get("set_aside", []))
        self.refrain_frames = _seqs(cues.get("refrain_frames", []))
        self.likewise_openers = _by_first([(q, None) for q in _seqs(cues.get("likewise_openers", []))])
        self.standing_time_adverbs = _by_first([(s, None) for s in _seqs(cues.get("standing_time_adverbs", []))])
        self.result_openers = _by_first([(s, None) for s in _seqs(cues.get("result_openers", []))])
        self.restatement_openers = _by_first([(s, None) for s in _seqs(cues.get("restatement_openers", []))])
        self.provisos = frozenset(w for w in cues["provisos"] if " " not in w)
        self.proviso_seqs = _by_first([(s, None) for s in _seqs(cues["provisos"])])
        self.question_words = _seqs(cues["question_words"])
        # by their last word: a question word ending right before a cue is looked up, not
        # each one tried (_question_vetoed, at every cue); an empty one would end anywhere
        self.question_words_by_last: dict[str, list] = {}
        for q in self.question_words:
            self.question_words_by_last.setdefault(q[-1] if q else "", []).append(q)
        self.perplexity_frames = _seqs(cues.get("perplexity_frames", []))
        self.past_openers = _seqs(cues.get("past_openers", []))
        self.past_opener_words = frozenset(p[0] for p in self.past_openers)
        # question words and doubt frames ending right before a cue, by their last word
        self.doubt_frames_by_last: dict[str, list] = {}
        for q in self.question_words + self.perplexity_frames:
            self.doubt_frames_by_last.setdefault(q[-1], []).append(q)
        self.cue_first_words = frozenset(self.entries_by_first)
        self.opening_interrogatives = tuple(_seqs(cues.get("opening_interrogatives", [])))
        self.opening_interrogative_words = frozenset(q[0] for q in self.opening_interrogatives)
        self.outcome_words = self.consequence_verbs | frozenset(cues.get("outcome_words", []))
        self.consequence_phrases = _seqs(cues.get("consequence_phrases", []))
        self.sequence_seqs = _by_first([(s, None) for s in _seqs(cues.get("sequence_words", []))])
        # acts that are a positive duty ("menjaga netralitas"): never forbidden through coordination
        self.positive_duty_acts = _by_first([(s, None) for s in _seqs(cues.get("positive_duty_acts", []))])
        self.hearsay_frames = _by_first([(s, None) for s in _seqs(cues["hearsay_frames"])])
        self.non_cues = _by_first([(s, None) for s in _seqs(cues["non_cues"])])
        self.ordinal_words = frozenset(seq[-1] for seq in _seqs(cues["ordinals"]))
        # a sentence after a list that names its cue-less items' kind ("Hal-hal tersebut dilarang")
        self.back_nouns = with_plurals(cues.get("back_reference_nouns", []))
        self.announce_nouns = self.back_nouns | with_plurals(cues.get("announce_nouns", []))
        self.list_noun_openers = with_plurals(cues.get("list_noun_openers", []))
        self.sequence_adverbs = _by_first([(s, None) for s in _seqs(cues.get("sequence_adverbs", []))])
        self.back_totals = frozenset(cues.get("back_reference_totals", []))
        self.demonstratives = frozenset(w for seq in _seqs(cues.get("back_reference_demonstratives", [])) for w in seq
                                        if len(seq) == 1)
        self.back_demonstratives = _by_first([(s, None) for s in _seqs(cues.get("back_reference_demonstratives", []))])
        self.range_connectors = frozenset(w for seq in _seqs(cues.get("range_connectors", [])) for w in seq)
        # longest first: "mulai dari" before "dari"
        self.actor_range_openers = tuple(sorted(_seqs(cues.get("actor_range_openers", [])), key=len, reverse=True))
        # one-word cardinals and ordinals ("tiga", "ketiga"), from lang.json (their one home)
        lang = lang_rules(settings)
        self.number_words = {w: n for w, n in [*lang.cardinals.items(), *lang.ordinals.items()] if " " not in w}
        # an official's speech (quotes, attributed sentences, transcript turns, answers)
        self.speech_imperative_prefix_stops = tuple(cues.get("speech_imperative_prefix_stops", []))
        self.particle_order_prefix_stops = tuple(cues.get("particle_order_prefix_stops", []))
        self.particle_order_stems = frozenset(cues.get("particle_order_stems", []))
        self.particle_order_stops_before = frozenset(cues.get("particle_order_stops_before", []))
        self.hortatives = frozenset(cues.get("hortatives", []))
        self.hortative_fillers = frozenset(cues.get("hortative_fillers", []))
        self.inference_openers = _by_first([(s, None) for s in _seqs(cues.get("inference_openers", []))])
        self.discourse_opener_phrases = _by_first([(s, None) for s in _seqs(cues.get("discourse_opener_phrases", []))])
        self.stative_prefixes = tuple(cues.get("stative_prefixes", []))
        # read once here, not at each call of is_speech_imperative / is_order_verb (hot in every
        # speech sentence): words that are no bare order, and first words of imperative cues
        self.order_blockers = frozenset().union(self.adverbs, self.act_openers, self.aggravators, self.boundaries,
                                                self.time_openers, self.reason_openers, self.concessives,
                                                self.prepositions, self.conditionals, self.negators)
        self.imperative_firsts = frozenset(w for w, hits in self.entries_by_first.items()
                                           if any(e.get("imperative") for _, e in hits))
        registration = cues.get("registration", {})
        self.registration_verbs = frozenset(registration.get("verbs", []))
        self.registration_documents = frozenset(registration.get("documents", []))
        self.registration_words = frozenset(registration.get("words", []))
        self.registration_roles = frozenset(registration.get("roles", []))
        self.registration_states = frozenset(registration.get("states", []))
        self.free_relatives = _by_first([(seq, None) for seq in _seqs(cues.get("free_relatives", []))])
        self.free_relatives_first = frozenset(self.free_relatives)
        # Q&A labels of a word or more ("Jawab:", "TANYA:"): skipped at a sentence's head
        self.answer_labels = frozenset(w.lower() for w in cues.get("qa", {}).get("labels", {}).get("answer", []) if len(w) > 1)
        self.doubt_frames = _by_first([(s, None) for s in _seqs(cues.get("doubt_frames", []))])
        self.option_openers = _by_first([(s, None) for s in _seqs(cues.get("option_openers", []))])
        self.max_label_chars = MAX_LABEL_CHARS
        # nouns of rule and command verbs that give a kind-less lead-in its kind
        self._nominal = {seq[0]: e for seq, e in entries if len(seq) == 1
                         and (not e.get("lead_only") or e.get("names_context")) and (
            e["role"] == "lead" or (e["role"] == "directive" and e["force"] == "mandatory"))}
        # with the nouns that name a rule only in a lead-in ("pelanggaran", "tugas"): a noun
        # whose predicate lists acts ("Bentuk pelanggaran netralitas antara lain A, B")
        self._listing = {seq[0]: e for seq, e in entries if len(seq) == 1 and e["role"] == "lead"}
        self._verbs: dict[str, bool] = {}
        self._roles: dict[str, Optional[str]] = {}

    def listing_noun(self, low: str) -> Optional[dict]:
        """The cue entry of a noun of rule that may head a sentence listing acts, or None."""
        return self._listing.get(low)

    def nominal_kind(self, low: str) -> Optional[dict]:
        """The cue entry of a noun of rule ("larangan", "kewajiban"), or None."""
        return self._nominal.get(low)

    def is_bare_imperative(self, tok: Tok) -> bool:
        """A bare verb with the imperative suffix ("dokumentasikan", "sampaikan"), not a noun
        of an act ("kebijakan", "pendidikan") or one of imperative_non_verbs ("tindakan")."""
        low = tok.low
        return bool(self.imperative_verb_re.match(low)) and not self.act_noun_re.match(low) \
            and low not in self.imperative_non_verbs and low not in self.non_verbs

    def is_speech_imperative(self, tok: Tok) -> bool:
        """A bare verb that gives an order when an official speaks: one of speech_imperatives
        ("simpan", "copot"), or a bare -kan / -kanlah verb without a prefix of the indicative
        ("sertakan", but not "mengingatkan", "dikatakan", "berdasarkan")."""
        low = tok.low
        if low in self.speech_imperatives:
            return True
        if any(low.endswith(p) and low[:-len(p)] in self.speech_imperatives for p in self.cue_particles):
            return True                                 # "hormatilah", "patuhilah": the order with its emphatic
            #                                             particle (cues.json "cue_particles")
        if self.is_particle_order(tok):
            return True                                 # "Bekerjalah secara profesional"
        return self.is_bare_imperative(tok) and not low.startswith(self.speech_imperative_prefix_stops) \
            and low not in self.speech_imperative_non_verbs and low not in self.order_blockers

    def is_order_verb(self, tok: Tok) -> bool:
        """A bare imperative: a speech imperative or the first word of an imperative cue."""
        return self.is_speech_imperative(tok) or tok.low in self.imperative_firsts

    def is_particle_order(self, tok: Tok) -> bool:
        """An intransitive or active verb with the emphatic imperative particle ("Bekerjalah",
        "Bersikaplah"): an order, whatever its prefix, but a passive or accidental one
        (particle_order_prefix_stops: "ditegaskanlah") or a word ending alike
        (speech_imperative_non_verbs: "bermasalah")."""
        low = tok.low
        for p in self.cue_particles:
            if low.endswith(p) and len(low) > len(p) + 3 and low not in self.speech_imperative_non_verbs:
                stem = low[:-len(p)]
                if stem in self.particle_order_stems:
                    return True                         # "Bijaklah bermedsos", "fokuslah bekerja"
                if not stem.startswith(self.particle_order_prefix_stops) and stem not in self.negators \
                        and self.is_verb(tok._replace(text=stem, low=stem)):
                    return True
        return False

    def holds_cue_word(self, toks: list[Tok]) -> bool:
        """Whether any token starts a cue form (one set test over the words): a sentence
        without one has no cue. (Common words such as "di" and "yang" start cue forms, so
        most sentences pass; it saves the per-token scan of those that do not.)"""
        return not self.cue_first_words.isdisjoint(map(token_low, toks))

    def is_cue_token(self, low: str) -> bool:
        """Whether a cue form starts with this word."""
        return low in self.entries_by_first and low not in self.negators

    def is_verb(self, tok: Tok) -> bool:
        low = tok.low
        hit = self._verbs.get(low)
        if hit is None:
            hit = low in self.verb_starters or (low not in self.non_verbs and (
                bool(self.verb_re.match(low)) or self.is_prefixed_loan_verb(low)))
            if len(self._verbs) < VERB_CACHE_SIZE:
                self._verbs[low] = hit
        return hit

    def is_loan_verb(self, low: str) -> bool:
        """A verb borrowed from English, bare ("like", "share") or with a prefix ("men-share")."""
        return low in self.loan_verbs or self.is_prefixed_loan_verb(low)

    def opens_act(self, tok: Tok) -> bool:
        """A verb where an act must open (right after a cue's addressee, after a joiner that
        follows an act with its object): a bare borrowed verb counts here ("melarang ASN
        like, komen ...", "... atau posting foto calon"); elsewhere it is mostly a noun
        ("memberikan like", "seperti like, komentar") and :meth:`is_verb` leaves it out."""
        return self.is_verb(tok) or tok.low in self.loan_verbs

    def is_prefixed_loan_verb(self, low: str) -> bool:
        """A borrowed verb with a colloquial or hyphenated Indonesian prefix ("ngelike",
        "men-share", "di-upload"): a verb wherever it stands."""
        m = self.loan_verb_prefix_re.match(low)
        return m is not None and m.end() > 0 and low[m.end():] in self.loan_verbs

    def homograph_noun_at(self, toks: list[Tok], i: int) -> bool:
        """Whether the word at i is a noun-verb homograph read as a thing: no word that makes
        it an act ("foto bersama", "foto dengan calon") follows it."""
        after = self.noun_verb_homographs.get(toks[i].low)
        return after is not None and (i + 1 >= len(toks) or toks[i + 1].low not in after)

    def actor_term_at(self, toks: list[Tok], i: int) -> Optional[tuple[int, str]]:
        """(length, role) of the longest actor term starting at token i; a misread
        first word ("Gubemur", "Wakli") is read as the word it stands for."""
        hit = first_seq_at(toks, i, self.actor_by_first)
        if hit is None and i >= len(toks):
            return None                              # (asked past the last word: a text cut there)
        if hit is None and "/" in toks[i].low:
            # "TNI/Polri", "guru/dosen": alternatives joined by a slash, read by their first part
            part = toks[i]._replace(low=toks[i].low.split("/", 1)[0])
            hit = first_seq_at([part], 0, self.actor_by_first)
        if hit is None and toks[i].low in self.ocr_words:
            fix = self.ocr_words
            window = [t._replace(low=fix.get(t.low, t.low)) for t in toks[i:i + OCR_WINDOW]]
            hit = first_seq_at(window, 0, self.actor_by_first)
        return (len(hit[0]), hit[1]) if hit else None

    def starts_actor(self, toks: list[Tok], i: int) -> bool:
        """Whether an actor term or a pronoun starts at token i."""
        return bool(self.actor_term_at(toks, i)) or toks[i].low in self.pronouns

    def actor_role(self, text: Optional[str]) -> Optional[str]:
        """Canonical role of an actor phrase: the role of its first actor term."""
        if not text:
            return None
        if text in self._roles:
            return self._roles[text]       # (asked of every draft's actor; actors repeat)
        toks = tokenize(text)
        role = next((hit[1] for i in range(len(toks)) if (hit := self.actor_term_at(toks, i))), None)
        if len(self._roles) < ROLE_CACHE_SIZE:
            self._roles[text] = role
        return role


def reduplicated(word: str) -> str:
    """The plural of an Indonesian noun by reduplication: "hal" -> "hal-hal"."""
    return f"{word}-{word}"


def with_plurals(words) -> frozenset[str]:
    """A set of nouns with the reduplicated plural of each one-word noun ("aturan" ->
    "aturan-aturan"), so that a lead-in or back reference in the plural reads as the singular."""
    words = [w.lower() for w in words]
    return frozenset(words) | {reduplicated(w) for w in words if w.isalpha()}


def _ocr_variants(word: str) -> set[str]:
    """Misreadings of a word (pattern 17): "rn" read as "m" ("Gubemur") and two inner
    letters swapped ("Wakli")."""
    forms = {word.replace("rn", "m")} if "rn" in word else set()
    if len(word) >= SWAP_MIN_LEN and word.isalpha():
        forms |= {word[:j] + word[j + 1] + word[j] + word[j + 2:] for j in range(1, len(word) - 1)}
    return forms - {word}


def _circular_mentions(settings: Settings, cues: dict) -> list[str]:
    """How articles name a circular, from lang.json (the one home of circular mentions):
    its heads ("surat edaran", "SE") and an anaphor with a determiner ("surat tersebut")."""
    circ = settings.data("lang.json")["circulars"]
    heads = [h.lower() for h in circ["heads"]]
    return heads + [f"{a.lower()} {d}" for a in circ["anaphors"] if a.lower() not in heads
                    for d in cues["circular_anaphor_determiners"]]


def _region_words(settings: Settings) -> frozenset[str]:
    from ..regions import region_words
    return frozenset(region_words())


@register("clauses.lexicon")
def build_lexicon(settings: Settings) -> Lexicon:
    return Lexicon(settings)
