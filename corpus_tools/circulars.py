"""Circulars stage: group extracted articles by the circular they report and merge their
clauses (articles are witnesses of one circular).

Stages, in the order of the code below:

1. Comparable text. A clause's ``normalized`` text (from extraction) and a baseline's text
   go through the same light folding (spelling variants, abbreviations, list markers,
   trailing list conjunctions "; dan/atau", lead-in tails "dengan cara:"). Content words
   drop a curated legal stop list (``compare.json``: "ikut", "lain", "negara" and
   "anggota" carry meaning and stay); stems fold "kerja"/"kerjanya",
   "mensosialisasikan"/"sosialisasi". No spaCy: compare reads JSON only.
2. Grouping. One circular = one normalised number (``circulars[].key``) AND one issuer:
   two regencies citing the same number are two circulars (a warning says so). A clause
   goes to the circular it names (``clause.circular``), else to its article's first one;
   articles with circular content but no number form the issuer's "unnumbered" circular,
   one per period when they differ (the election an article names for its own time, else
   its publication year: "Pemilu 2024" and "Pilkada 2024" are two circulars, as are 2019
   and 2024).
   Republished copies (``duplicate_cluster`` on a document, or a mapping passed in) count
   as one witness unless asked otherwise.
3. Witness merging. Clauses of several articles about one circular merge when their
   content words agree regardless of word order (``witness_merge_score``); the merged
   clause keeps which articles attest it and what they disagree on (kind, force,
   wording). Statements by officials stay apart from the circular's content.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Mapping, Optional

from rapidfuzz import fuzz

from .lang import rules as lang_rules
from .normalise import DOUBLE_QUOTES
from .settings import Settings, register, resolve

WITNESS_MERGE_SCORE_DEFAULT = 85.0   # content-word similarity (0-100) at which two witnesses' clauses are one
MIN_STEM_LEN = 4                     # affix stripping never leaves a stem shorter than this


# --- 1. comparable text -------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")   # "spanduk/baliho" is two words
_PAREN = re.compile(r"\s*\(([^()]{2,60})\)")
_OCR_RN = re.compile(r"(?<![\w-])rn(?=[aeiou])")
_BIDI_AND_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


@dataclass(frozen=True)
class Vocabulary:
    """The word lists of compare.json and the folding tables of extraction, compiled once."""
    stop: frozenset
    lead_in_tails: tuple
    list_conjunctions: frozenset
    advisory: frozenset
    negators: frozenset
    sanction: tuple
    citation_heads: tuple
    citation_words: frozenset
    generic: frozenset               # domain words that say nothing distinctive ("pemilu", "2024")
    variants: tuple                  # (compiled pattern, replacement)
    abbreviations: Mapping[str, str]
    list_marker: re.Pattern          # lang.json's list markers (one home: corpus_tools.lang)
    partial_list_cues: tuple = ()    # a lead-in quoting a list in part ("antara lain")
    lead_cues: frozenset = frozenset()  # words of a rule's cue that may stand before its act ("dilarang")
    # a count an article announces for a circular's list ("memuat 12 poin larangan"): the
    # pattern (number, noun) and the number words' values ("dua belas" -> 12)
    announced_noun: Optional[re.Pattern] = None  # the nouns alone: where a count may end
    announced_number: Optional[re.Pattern] = None  # the number right before one (anchored at the end)
    numbers: Mapping[str, int] = field(default_factory=dict)
    # matching keys only (never the texts or their diffs): words that name no act (the
    # candidate offices a rule lists, its time frame) and phrases read as one concept
    # ("tim sukses" is a "tim pemenangan", "kendaraan dinas" a "fasilitas negara")
    key_stop: frozenset = frozenset()
    concepts: tuple = ()             # (compiled pattern, concept phrase)
    # text -> stemmed content words: a baseline form meets every clause of every circular
    memo: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def fold(self, text: str) -> str:
        """Lower-cased comparable text: spelling variants and abbreviations folded, a list
        marker, trailing list conjunction and lead-in tail dropped (memoised)."""
        key = ("fold", text)
        if key not in self.memo:
            if len(self.memo) > 200_000:
                self.memo.clear()
            self.memo[key] = self._fold(text)
        return self.memo[key]

    def _fold(self, text: str) -> str:
        text = unicodedata.normalize("NFKC", text or "")
        text = _BIDI_AND_INVISIBLE.sub("", text).lower()
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
        text = self.list_marker.sub("", text, count=1)
        text = re.sub(r"\s*/\s*", "/", text)
        text = re.sub(r"\s+", " ", text).strip()
        # OCR reads "m" as "rn" ("rnenjadi"): no Indonesian word opens with "rn" + vowel
        text = _OCR_RN.sub("m", text)
        text = _replace_phrases(text, self.variants)
        text = _PAREN.sub(self._redundant, text)    # "kartu tanda penduduk (ktp)": said twice
        text = _WORD.sub(lambda m: self.abbreviations.get(m.group(0), m.group(0)), text)
        text = re.sub(r"\s+([,.;:])", r"\1", text)
        text = text.strip(" .;:,\"'")
        # a list item's trailing "; dan" / "; dan/atau" / ", serta" is list punctuation
        conj = "|".join(re.escape(c) for c in sorted(self.list_conjunctions, key=len, reverse=True))
        text = re.sub(rf"[;,]?\s+(?:{conj})$", "", text).strip(" .;:,")
        tails = "|".join(re.escape(t) for t in sorted(self.lead_in_tails, key=len, reverse=True))
        text = re.sub(rf"\s+(?:{tails})\s*:?$", "", text).strip(" .;:,")
        return text

    def _redundant(self, m: re.Match) -> str:
        inner = m.group(1).strip()
        before = _WORD.findall(m.string[:m.start()])
        expanded = self.abbreviations.get(inner, inner).split()
        if (expanded and before[-len(expanded):] == expanded) or \
                (inner.isalpha() and len(inner) >= 2 and "".join(w[0] for w in before[-len(inner):]) == inner):
            return ""
        return m.group(0)

    def words(self, text: str) -> list[str]:
        return _WORD.findall(text)

    def content(self, text: str) -> tuple[str, ...]:
        """Content words of folded text, in order (the legal stop list dropped)."""
        return tuple(w for w in _WORD.findall(text) if w not in self.stop)

    def stems(self, text: str) -> tuple[str, ...]:
        """The matching key of folded text (memoised): stems of its content words, after
        concept phrases are read as their concept and without the ``key_stop`` words."""
        key = ("stems", text)
        if key not in self.memo:
            if len(self.memo) > 200_000:
                self.memo.clear()
            self.memo[key] = tuple(stem(w) for w in self.content(self.conceptual(text)) if w not in self.key_stop)
        return self.memo[key]

    def conceptual(self, text: str) -> str:
        """Folded text with each concept phrase replaced by its concept (``compare.json``)."""
        return _replace_phrases(text, self.concepts)


COMPLEMENTIZERS = ("agar", "untuk", "supaya", "bahwa")
VERB_OPENINGS = ("me", "ber", "di", "ter", "per")        # a word of an act, not of a name
COPULAS = ("adalah", "ialah", "yakni", "yaitu", "itu")   # "yang tidak boleh itu | bergaya ..."


def comparable(text: str, normalized: Optional[str], cue: Optional[str], vocab: Vocabulary, roles,
               actor: Optional[str] = None) -> str:
    """The folded content of a regional clause. Extraction's ``normalized`` (typos repaired)
    unless it lost content words: a modal inside the content ("yang dapat menguntungkan")
    or a passive cue late in the sentence can cut it short. Then the clause text itself,
    without a leading actor + cue (+ complementizer, negator)."""
    own = vocab.fold(text)
    folded_actor = vocab.fold(actor) if actor else ""

    def filler(words: list[str]) -> bool:
        # what may stand before a clause's content: actor, connectives, an ordinal, a legal label
        return all(w in vocab.stop or w in vocab.negators or w in vocab.citation_words or w.isdigit()
                   or len(w) == 1 or w in vocab.generic for w in words)

    def actorless(s: str) -> str:
        if folded_actor and folded_actor in s:
            s = s.replace(folded_actor, " ")
        s = roles.mask(s) if roles else s
        return s.rsplit(":", 1)[-1]            # "Foto bersama: ..." / "Pasal 5 huruf n angka 5: ..."

    norm = vocab.fold(normalized) if normalized else ""
    nw = _WORD.findall(norm)
    if not cue:
        # no cue recorded (a clause from another tool, a hand-made one): the first cue word
        # of the text's first words, when what stands before it is an actor or connectives
        cue = next((w for w in _WORD.findall(own)[:12] if w in vocab.lead_cues
                    and w not in COMPLEMENTIZERS and w not in COPULAS), None)
    if cue:
        c = vocab.fold(cue)
        m = re.search(rf"(?<!\w){re.escape(c)}(?!\w)", own) if c else None
        after = _WORD.findall(own[m.end():]) if m else []
        if m and nw and len(nw) >= len(after) - 2 and after[len(after) - len(nw):] == nw and (
                (roles and roles.find(own[:m.start()])) or (folded_actor and folded_actor.split()[0] in
                                                            _WORD.findall(own[:m.start()]))):
            # extraction cut the clause's lead at its own cue, and the lead names who is bound
            # ("Dosen serta tenaga kependidikan berstatus ASN dilarang | menjadi ..."); a thing
            # before a passive cue is the act's object ("Jaket almamater jangan dipakai ...")
            return norm
        lead = _WORD.findall(actorless(own[:m.start()])) if m else []
        if folded_actor and folded_actor.split()[0] in lead:
            # the actor named by its head word ("seluruh personel" for "personel Polri"); a
            # thing named in the actor phrase is not ("kendaraan dinas" of "pemegang kendaraan dinas")
            lead = [w for w in lead if w not in folded_actor.split()]
        # who is bound, named in words of the actor phrase or as a role ("seluruh personel harus
        # ...", "Sekretaris desa, kepala urusan, dan kepala dusun dilarang ..."): no verb in it
        named = m and roles and roles.find(own[:m.start()]) and not any(
            w.startswith(VERB_OPENINGS) for w in lead)
        if m and (filler(lead) or named):
            rest = own[m.end():].split()
            # "larangan bagi seluruh ASN untuk ...", "melarang ASN untuk ...": through the complementizer
            for k, w in enumerate(rest[:10]):
                if w in COMPLEMENTIZERS and filler(_WORD.findall(actorless(" ".join(rest[:k])))):
                    rest = rest[k + 1:]
                    break
            while rest and (rest[0] in COMPLEMENTIZERS or rest[0] in vocab.negators or rest[0] in COPULAS):
                rest = rest[1:]
            # "meminta mereka tidak ...", "melarang ASN untuk ...": the actor after the cue
            actor_words = folded_actor.split()
            if actor_words and rest[:len(actor_words)] == actor_words:
                rest = rest[len(actor_words):]
                while rest and (rest[0] in COMPLEMENTIZERS or rest[0] in vocab.negators):
                    rest = rest[1:]
            own = " ".join(rest)           # "" for a bare lead-in ("PNS dilarang:")
    ow = _WORD.findall(own)
    if not norm or (ow and nw[-len(ow):] == ow):
        return own                         # the same content, with its lead cut off here only
    if nw and len(nw) < len(ow) and ow[-len(nw):] == nw:
        # extraction's text is the clause's tail: what it cut is a lead when it names who is
        # bound or says nothing but a cue ("Dosen ASN tidak boleh | menjadi tim sukses", "Yang
        # tidak diperkenankan adalah | berfoto ..."); a verb it took for a cue is the act
        # ("Mengajak | rekan kerja ...": "mengajak" stays)
        cut = ow[:len(ow) - len(nw)]
        rest = _WORD.findall(actorless(" ".join(cut)))
        said = len(rest) < len(cut) or any(w in vocab.lead_cues or w in vocab.negators for w in rest)
        return norm if said and all(w in vocab.lead_cues or filler([w]) for w in rest) else own
    # extraction's text with its typos repaired, unless it lost words or kept a lead cut here
    return norm if len(ow) - 1 <= len(nw) <= len(ow) + 1 else own


PREFIXES = ("memper", "diper", "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "per", "pe",
            "ber", "ter", "di", "ke", "se")
SECOND_PREFIXES = ("ber", "per", "ter")          # "keberpihakan", "dipertahankan", "keterlibatan"
NASAL_PREFIXES = ("meng", "meny", "mem", "men", "peng", "peny", "pem", "pen")
VERBAL_PREFIXES = ("memper", "diper", "meng", "meny", "mem", "men", "me", "ber", "ter", "per", "di")
PARTICLES = ("lah", "kah")
SUFFIXES = ("nya",)                              # kept for callers that read the old names
# words whose affixes are part of another word: "pasangan calon" is no "memasang",
# "perangkat daerah" no "mengangkat", "kawasan" no "pengawasan"
LEXICALISED = frozenset({"pasangan", "perangkat", "kawasan", "pemilu", "peserta", "keluarga", "kepala"})
_LOST_INITIAL = re.compile(r"^(?:ny|ng|[ktpsmn])(?=[aeiou])")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """An Indonesian matching key (not a lemmatiser, no dictionary): one particle, "-nya",
    one derivational suffix ("-kan", "-an", "-itas"; "-i" after a verbal prefix), up to two prefixes.
    A nasal prefix drops the first consonant of its root ("memasang" < "pasang",
    "menolak" < "tolak", "mengirim" < "kirim") and no rule can tell which consonant it was,
    so every key drops an initial k t p s m n ny ng before a vowel: "pasang",
    "memasang" and "pemasangan" all give "asang". A final "k" is dropped too, so "-kan"
    and "-an" after a root in k agree ("tindakan", "tindak"). Keys of forms of one root
    agree: 'mensosialisasikan' / 'sosialisasi', 'pengawasan' / 'mengawasi',
    'keberpihakan' / 'memihak', 'dukungan' / 'mendukung', 'kerjanya' / 'kerja'."""
    w = word.lower()
    if "-" in w:
        a, _, b = w.partition("-")
        return stem(a) if a == b or stem(a) == stem(b) else w
    if not w.isalpha() or w in LEXICALISED:
        return w
    for s in PARTICLES:
        if w.endswith(s) and len(w) - len(s) >= MIN_STEM_LEN + 1:
            w = w[:-len(s)]
            break
    if w.endswith("nya") and len(w) - 3 >= MIN_STEM_LEN:
        w = w[:-3]
    if w.endswith("itas") and len(w) - 4 >= MIN_STEM_LEN:
        w = w[:-4]                                # "netralitas" / "netral", "integritas"
    elif w.endswith("an") and len(w) - 2 >= MIN_STEM_LEN + 1:
        w = w[:-2]                                # "-kan" leaves a k: dropped below with the root's own
    first = None
    for rnd in range(2):
        for p in (PREFIXES if rnd == 0 else SECOND_PREFIXES):
            rest = w[len(p):]
            # a nasal prefix before a vowel stands for a lost consonant: the root is one longer
            extra = 1 if p in NASAL_PREFIXES and rest[:1] in "aeiou" else 0
            if w.startswith(p) and len(rest) + extra >= MIN_STEM_LEN:
                w, first = rest, first or p
                break
        else:
            break
        if first not in ("ke", "di", "me", "pe", "se", "memper", "diper") or rnd:
            break
    if first in VERBAL_PREFIXES and w.endswith("i") and len(w) - 1 >= MIN_STEM_LEN and w[-2:-1] not in "aeiou":
        w = w[:-1]                                # "mengawasi", "menghadiri", "dimiliki"
    m = _LOST_INITIAL.match(w)
    if m and len(w) - m.end() >= 3:               # "tim" and "sim" stay apart
        w = w[m.end():]
    return w.rstrip("k") or w


@register("compare.vocabulary")
def build_vocabulary(settings: Settings) -> Vocabulary:
    data = settings.data("compare.json")
    kept = set(data.get("stop_words_kept", []))
    spelling = settings.data("spelling.json").get("variants", {})
    variants = tuple((re.compile(r"(?<![\w/])" + re.escape(k) + r"(?![\w/])"), v)
                     for k, v in sorted(spelling.items(), key=lambda kv: -len(kv[0])))
    # words a circular says in either language ("like" / "menyukai"): also between slashes
    equivalents = {k: v for k, v in data.get("equivalents", {}).items() if not k.startswith("_")}
    variants += tuple((re.compile(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])"), v)
                      for k, v in sorted(equivalents.items(), key=lambda kv: -len(kv[0])))
    abbr = {k: v for k, v in settings.data("abbreviations.json").items() if not k.startswith("_")}
    concepts = [(phrase, concept) for concept, phrases in data.get("concepts", {}).items()
                if not concept.startswith("_") for phrase in phrases]
    concepts = tuple((re.compile(r"(?<![\w-])" + re.escape(ph) + r"(?![\w-])"), c)
                     for ph, c in sorted(concepts, key=lambda pc: -len(pc[0])))
    counts = data.get("announced_counts") or {}
    numbers = dict(lang_rules(settings).cardinals)
    announced_noun = announced_number = None
    if counts.get("nouns"):
        num = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
        nouns = "|".join(re.escape(w) for w in sorted(counts["nouns"], key=len, reverse=True))
        announced_noun = re.compile(rf"(?<!\w)(?:{nouns})(?!\w)")
        announced_number = re.compile(rf"(?<![\w.,/])(\d{{1,2}}|{num})(?:\s*\(\s*\d{{1,2}}\s*\))?\s+$")
    return Vocabulary(
        stop=frozenset(w for w in data["stop_words"] if w not in kept),
        lead_in_tails=tuple(data["lead_in_tails"]), list_conjunctions=frozenset(data["list_conjunctions"]),
        advisory=frozenset(data["advisory_cues"]), negators=frozenset(data["negators"]),
        sanction=tuple(data["sanction_words"]), citation_heads=tuple(data["citation_heads"]),
        citation_words=frozenset(data["citation_words"]), generic=frozenset(data.get("generic_words", [])),
        variants=_phrase_table(variants), abbreviations=abbr, list_marker=lang_rules(settings).list_marker,
        partial_list_cues=tuple(data.get("partial_list_cues", ())),
        lead_cues=frozenset(data.get("lead_cues", ())),
        announced_noun=announced_noun, announced_number=announced_number, numbers=numbers,
        key_stop=frozenset(data.get("key_stop_words", ())), concepts=_phrase_table(concepts))


_RUN = re.compile(r"[^\W_]+")


def _phrase_table(pairs) -> tuple:
    """(pattern, replacement, first word run of the phrase or None) for ``_replace_phrases``."""
    out = []
    for pattern, repl in pairs:
        runs = _RUN.findall(pattern.pattern.replace("\\", " "))
        lead = re.match(r"\(\?<!\[[^\]]*\]\)", pattern.pattern)
        first = re.match(r"[^\W_]+", pattern.pattern[lead.end():] if lead else "")
        out.append((pattern, repl, first.group(0) if first and runs else None))
    return tuple(out)


def _replace_phrases(text: str, table: tuple) -> str:
    """Each phrase of ``table`` replaced in turn, as a loop over all of them would, but a
    phrase is tried only when its first word stands in the text as a whole word run (a
    phrase matches only there): most texts hold few of the hundreds of phrases."""
    words = set(_RUN.findall(text))
    for pattern, repl, first in table:
        if first is not None and first not in words:
            continue
        if pattern.search(text):
            text = pattern.sub(repl, text)
            words = set(_RUN.findall(text))
    return text


def similarity(a: str, b: str, vocab: Vocabulary) -> float:
    """0-100, inspectable: the mean of rapidfuzz's token_sort_ratio, token_set_ratio and
    100 x the Dice coefficient of the stemmed content words of two folded texts. The Dice
    term keeps a short clause ("menjaga netralitas") from matching every longer one that
    contains its words, which token_set_ratio alone would allow; all three ignore order."""
    ca, cb = vocab.stems(a), vocab.stems(b)
    if not ca or not cb:
        return 0.0
    A, B = set(ca), set(cb)
    dice = 2 * len(A & B) / (len(A) + len(B))
    sa, sb = " ".join(ca), " ".join(cb)
    return round((fuzz.token_sort_ratio(sa, sb) + fuzz.token_set_ratio(sa, sb) + 100 * dice) / 3, 1)


# --- 2. grouping ------------------------------------------------------------------------------

@dataclass
class RegionalClause:
    id: str                          # "<circular id>#<n>"
    kind: str
    force: str
    text: str                        # from the first witness
    normalized: str                  # folded comparable text
    cue_canonical: Optional[str]
    actor: Optional[str]
    actor_normalized: Optional[str]
    parent: Optional[str]            # id of the merged parent clause (a list's lead-in)
    list_marker: Optional[str]
    attested_by: list[str]           # clause_ids of the witnesses' clauses
    position: int = 0                # order in the first witness that attests it
    disagreement: list[str] = field(default_factory=list)   # "kind", "force", "wording"


@dataclass
class CircularGroup:
    id: str                          # unique: the key, or "key (issuer)" when issuers share a number
    key: str
    number: Optional[str]
    issuer: Optional[str]
    region: Optional[str]
    region_code: Optional[str]
    date: Optional[str]
    witnesses: list[str]             # doc_ids counted as witnesses (one per duplicate cluster)
    duplicates: dict                 # doc_id -> the witness it republishes
    urls: dict                       # doc_id -> source.url where known
    clauses: list[RegionalClause]
    statements: list[dict]           # statement clauses of the witnesses (not aligned)
    documents: dict                  # doc_id -> the document's circular clauses, in order
    contexts: dict = field(default_factory=dict)   # doc_id -> list_context(): counts announced, list intros


def _cluster_of(doc: dict, clusters: Optional[Mapping[str, str]]) -> Optional[str]:
    if clusters and doc["doc_id"] in clusters:
        return str(clusters[doc["doc_id"]])
    c = doc.get("duplicate_cluster")
    return str(c) if c not in (None, "") else None


def _url(doc: dict) -> Optional[str]:
    src = doc.get("source")
    if isinstance(src, dict) and src.get("url"):
        return src["url"]
    return doc.get("url") or None


def election_mentions(doc: dict, settings: Optional[Settings] = None) -> list[list]:
    """The elections an article names with their year ("Pilkada Serentak 2024" -> ["Pilkada",
    2024]), in order, from its title and text (``compare.json`` "elections")."""
    rx = _election_pattern(resolve(settings))
    text = f"{doc.get('title') or ''}\n{doc.get('text') or ''}"
    if not rx or not text.strip():
        return []
    out = []
    for m in rx.finditer(text.lower()):
        kind = next(k for k, g in m.groupdict().items() if g and not k.startswith("year"))
        out.append([kind, int(m.group("year"))])
    return out


def _election_pattern(settings: Settings) -> Optional[re.Pattern]:
    key = ("elections", id(settings))
    vocab = settings.component("compare.vocabulary")
    if key not in vocab.memo:
        names = settings.data("compare.json").get("elections") or {}
        alts = [f"(?P<{k}>" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + ")"
                for k, ws in names.items() if re.fullmatch(r"[A-Za-z]\w*", k) and ws]
        vocab.memo[key] = re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?:\s+serentak)?(?:\s+tahun)?\s+"
                                     r"(?P<year>(?:19|20)\d\d)(?!\d)") if alts else None
    return vocab.memo[key]


# who signed a circular, as an article says it: the office that issues it ("Wali Kota Tirtajaya
# meneken SE ...", "Sekretaris Daerah ... menerbitkan surat edaran") or whose circular it is
# ("SE Sekda Tirtajaya"); an acting head (Pj, Plt) signs as the head
_OFFICES = (("wakil gubernur", r"wakil\s+gubernur|wagub"), ("wakil bupati", r"wakil\s+bupati|wabup"),
            ("wakil wali kota", r"wakil\s+wali\s*kota|wawali"), ("gubernur", r"gubernur"),
            ("bupati", r"bupati"), ("wali kota", r"wali\s*kota"), ("sekda", r"sekretaris\s+daerah|sekda"))
_OFFICE = "|".join(f"(?P<o{k}>{rx})" for k, (_, rx) in enumerate(_OFFICES))
_CIRCULAR = r"(?:surat\s+edaran|edaran|se)(?!\w)"
_ISSUES = (r"(?:menerbitkan|terbitkan|meneken|teken|mengeluarkan|keluarkan|menandatangani|tandatangani"
           r"|meluncurkan)")
_SIGNER_ISSUES = re.compile(rf"(?<!\w)(?:(?:pj\.?|plt\.?|penjabat|pelaksana\s+tugas)\s+)?(?:{_OFFICE})(?!\w)"
                            rf"[^.\n]{{0,60}}?(?<!\w){_ISSUES}\s+(?:sebuah\s+|surat\s+)?{_CIRCULAR}")
_SIGNER_OWNS = re.compile(rf"(?<!\w){_CIRCULAR}\s+(?:(?:pj\.?|plt\.?|penjabat)\s+)?(?:{_OFFICE})(?!\w)")


def circular_signer(doc: dict) -> Optional[str]:
    """The office that signed the circular an article reports ("wali kota", "sekda", ...), from
    its title, else its first paragraphs; None when the article does not say."""
    title = (doc.get("title") or "").lower()
    text = (doc.get("text") or "")[:1500].lower()
    for source, patterns in ((title, (_SIGNER_OWNS, _SIGNER_ISSUES)), (text, (_SIGNER_ISSUES, _SIGNER_OWNS))):
        for rx in patterns:
            m = rx.search(source)
            if m:
                k = next(int(g[1:]) for g, v in m.groupdict().items() if v)
                return _OFFICES[k][0]
    return None


def _split_by_signer(docs: dict) -> list[tuple[Optional[str], dict]]:
    """One issuer's unnumbered articles of one period, split by the office that signed the
    circular when they name different ones (the mayor's circular of August and the Sekda's of
    November are two); an article that does not say joins the only one, else stays apart."""
    signers = {d: (e["doc"]["signer"] if "signer" in e["doc"] else circular_signer(e["doc"])) for d, e in docs.items()}
    known = sorted({s for s in signers.values() if s})
    if len(known) <= 1:
        return [(None, docs)]
    out = [(k.title(), {d: docs[d] for d in docs if signers[d] == k}) for k in known]
    unknown = {d: docs[d] for d in docs if not signers[d]}
    if unknown:
        out.append(("signer unknown", unknown))
    return out


def _period(doc: dict, settings: Settings) -> tuple[Optional[str], Optional[int]]:
    """An article's period: the election it names for its own time (year = publication year
    or the next), else its publication year; (None, None) when neither is known."""
    mentions = doc["election"] if "election" in doc else election_mentions(doc, settings)
    published = str(doc.get("published") or "")[:4]
    year = int(published) if published.isdigit() else None
    for kind, y in mentions or []:
        if year is None or year <= y <= year + 1:
            return kind, y
    return None, year


def _split_by_period(docs: dict, settings: Settings) -> list[tuple[Optional[str], dict]]:
    """One issuer's unnumbered articles, split into circulars by period: articles naming
    different elections, or whose years lie more than a year apart, report different
    circulars; an article whose period is unknown joins the only one, else stays apart."""
    periods = {d: _period(e["doc"], settings) for d, e in docs.items()}
    groups: list[dict] = []
    unknown = []
    for d in sorted(docs, key=lambda d: (periods[d][1] is None, periods[d][1] or 0, periods[d][0] or "", d)):
        kind, year = periods[d]
        if year is None:
            unknown.append(d)
            continue
        for g in groups:
            if abs(year - g["year"]) <= 1 and (kind is None or g["kind"] is None or kind == g["kind"]):
                g["docs"][d] = docs[d]
                g["kind"] = g["kind"] or kind
                break
        else:
            groups.append({"kind": kind, "year": year, "docs": {d: docs[d]}})
    if len(groups) <= 1:
        return [(None, docs)]
    out = [(f"{g['kind']} {g['year']}" if g["kind"] else str(g["year"]), g["docs"]) for g in groups]
    if unknown:
        out.append(("period unknown", {d: docs[d] for d in unknown}))
    return out


_GOVERNMENT = re.compile(r"^(?:pemerintah\s+)?(?:provinsi|kabupaten|kota|kab\.?|prov\.?)$", re.I)
_NOT_A_NAME = ("nomor", "no", "tahun", "tentang", "tanggal", "tgl")


_ISSUER_REGION = re.compile(r"^pemerintah\s+((?:provinsi|kabupaten|kota)\s+\S.*)$", re.I)


def _region_of(issuer: Optional[str]) -> Optional[str]:
    """The region an issuer names when metadata found none ("Pemerintah Kabupaten Gunung
    Kendeng" -> "Kabupaten Gunung Kendeng"); its code stays unknown."""
    m = _ISSUER_REGION.match(issuer or "")
    return m.group(1) if m else None


def _issuer_name(issuer: Optional[str], doc_id: str, warnings: Optional[list]) -> Optional[str]:
    """The issuer as metadata gives it, without a citation word read as part of the name
    ("Pemerintah Kabupaten Tahun" from "... Bupati Nomor 5 Tahun 2024"): a name that is only
    such words is no issuer (the article then groups by its region or itself), and a
    warning says so. Two regencies must never merge under a word of a circular number."""
    if not issuer:
        return None
    words = issuer.split()
    cut = len(words)
    while cut and words[cut - 1].lower().strip(".,") in _NOT_A_NAME:
        cut -= 1
    if cut == len(words):
        return issuer
    name = " ".join(words[:cut])
    fixed = None if not name or _GOVERNMENT.match(name) else name
    if warnings is not None:
        warnings.append(f"{doc_id}: issuer {issuer!r} ends in a word of a citation: "
                        + (f"read as {fixed!r}" if fixed else "issuer unknown"))
    return fixed


def list_context(doc: dict, settings: Optional[Settings] = None) -> dict:
    """What an article's text says of the size of its lists, kept so that the text itself can
    be dropped: ``counts``, [offset, n] of each count it announces ("memuat delapan poin",
    ``compare.json`` ``announced_counts``), and ``intros``, clause_id -> the sentence that leads
    into each list item (its last words before the item: "Ia menyebut beberapa poin ...:")."""
    text = doc.get("text") or ""
    if not text:
        return {"counts": [], "intros": {}}
    vocab = resolve(settings).component("compare.vocabulary")
    low = text.lower()
    counts = []
    if vocab.announced_noun is not None:
        # "<number> <noun>": the nouns first (a short alternation), then the number just before
        # each, instead of trying every number word at every offset
        for m in vocab.announced_noun.finditer(low):
            k = vocab.announced_number.search(low, max(0, m.start() - 40), m.start())
            if k is None:
                continue
            w = k.group(1)
            n = int(w) if w.isdigit() else vocab.numbers.get(w)
            if n:
                counts.append([m.end(), n])
    intros = {}
    for c in doc.get("clauses") or []:
        if (c.get("list_marker") or c.get("parent")) and c.get("start"):
            window = text[max(0, c["start"] - 300):c["start"]].strip()
            intros[c["clause_id"]] = re.split(r"(?<=[.!?])\s+", window)[-1].lower() if window else ""
    return {"counts": counts, "intros": intros, "follows": _follows(text, doc.get("clauses") or [], settings)}


def _follows(text: str, clauses: list[dict], settings: Optional[Settings]) -> dict:
    """Clauses whose sentence goes on with the circular's content, clause_id -> how:

    - ``runs on``: between it and the clause before stand at most ``follow_on.max_words``
      words once the previous sentence has ended ("... kampanye. Pegawai juga dilarang ..."),
      no quotation mark, no speech word ("kata", "menurut", ...) and no second sentence end:
      a journalist's or an official's sentence between them breaks the run;
    - ``introduced``: the sentence right before it names the circular (``follow_on.circular_words``: "Edaran yang sama juga menyasar tenaga
      kontrak. Meski bukan ASN, mereka diminta tidak ...") with no quotation mark or speech
      word, and at most ``max_words`` words of the clause's own sentence before it."""
    conf = resolve(settings).data("compare.json").get("follow_on") or {}
    if not conf:
        return {}
    speech = set(conf.get("speech_words", ()))
    circular = set(conf.get("circular_words", ()))
    most = int(conf.get("max_words", 6))
    quotes = DOUBLE_QUOTES
    end = re.compile(r"[.!?](?=\s|$)")
    words = lambda t: re.findall(r"[^\W\d_]+", t.lower())   # noqa: E731
    out = {}
    ordered = sorted((c for c in clauses if c.get("end")), key=lambda c: c.get("start") or 0)
    for prev, c in zip(ordered, ordered[1:]):
        if (c.get("start") or 0) < (prev.get("end") or 0):
            continue
        gap = text[prev["end"]:c["start"]]
        parts = end.split(gap)                 # the previous sentence's rest, sentences, the tail
        if len(words(parts[-1])) > most:
            continue
        if len(parts) <= 2:
            if not any(q in gap for q in quotes) and not speech & set(words(gap)):
                out[c["clause_id"]] = "runs on"
        else:
            between = parts[-2] + parts[-1]
            if circular & set(words(parts[-2])) and not any(q in between for q in quotes) \
                    and not speech & set(words(between)):
                out[c["clause_id"]] = "introduced"
    return out


def group_documents(docs, settings: Optional[Settings] = None, clusters: Optional[Mapping[str, str]] = None,
                    count_duplicates: bool = False, warnings: Optional[list] = None) -> list[CircularGroup]:
    """One CircularGroup per (number, issuer), sorted by id; witnesses merged."""
    settings = resolve(settings)
    national = set(lang_rules(settings).national_issuers.values())
    docs = sorted(docs, key=lambda d: d["doc_id"])
    # which article witnesses which circular, clause by clause
    buckets: dict[tuple, dict] = {}
    for doc in docs:
        issuer = _issuer_name(doc.get("issuer"), doc["doc_id"], warnings)
        numbered = {c["key"]: c for c in doc.get("circulars") or [] if c.get("key")}
        first = next(iter(numbered), None)
        # an article that cites a circular's number but whose every rule extraction read as a
        # statement reports the circular through them ("Surat Edaran Nomor ... Pertama, ASN
        # dilarang ..."): they are its account of the circular's content, said so in a warning
        as_content = bool(numbered) and not any(x.get("source") == "circular" for x in doc.get("clauses") or [])
        if as_content and doc.get("clauses") and warnings is not None:
            warnings.append(f"{doc['doc_id']}: cites circular {first} but all its rules were read as statements: "
                            f"compared as the circular's content")
        # items of a marked list that nobody is quoted as saying, in an article that cites the
        # circular's number, are the circular's list ("Berikut hal-hal yang dilarang: 1. ...") even
        # when a quote before the list made extraction read them as a statement
        unsaid = [c for c in doc.get("clauses") or [] if numbered and not as_content and c.get("source") == "statement"
                  and c.get("list_marker") and not c.get("speaker")]
        if unsaid and warnings is not None:
            warnings.append(f"{doc['doc_id']}: {len(unsaid)} list item(s) read as statements but said by no one: "
                            f"compared as circular {first}'s content")
        unsaid_ids = {c["clause_id"] for c in unsaid}
        # a sentence said by no one that runs on from the circular's content ("Dalam edaran itu,
        # ASN dilarang A. Pegawai juga dilarang B.") is the circular's too, however extraction
        # read it: the run goes on from clause to clause until something else stands between
        follows = (doc.get("list_context") or list_context(doc, settings)).get("follows") or {}
        if follows and any(x.get("source") == "circular" for x in doc.get("clauses") or []):
            prev_circular = False
            run_on = []
            for c in sorted(doc.get("clauses") or [], key=lambda c: c.get("start") or 0):
                how = follows.get(c["clause_id"])
                if c.get("source") == "statement" and not c.get("speaker") and c["clause_id"] not in unsaid_ids \
                        and (how == "introduced" or (how == "runs on" and prev_circular)):
                    run_on.append(c["clause_id"])
                prev_circular = c.get("source") == "circular" or c["clause_id"] in run_on \
                    or c["clause_id"] in unsaid_ids
            if run_on and warnings is not None:
                warnings.append(f"{doc['doc_id']}: {len(run_on)} sentence(s) said by no one run on from the "
                                f"circular's content: compared as its content")
            unsaid_ids |= set(run_on)
        for c in doc.get("clauses", []):
            if c.get("source") != "circular" and c.get("source") != "statement":
                continue
            if (as_content and c.get("source") == "statement") or c.get("clause_id") in unsaid_ids:
                c = {**c, "source": "circular"}
            key = c.get("circular") if c.get("circular") in numbered else first
            if key is None:
                if c.get("source") == "statement" and not any(x.get("source") == "circular" for x in doc["clauses"]):
                    continue
                key = f"{issuer or doc.get('region') or doc['doc_id']} (unnumbered)"
            # a national body's circular ("SE Komisi ASN Nomor ...") is that body's, not the
            # government the article is about
            b = buckets.setdefault((key, (numbered.get(key) or {}).get("issuer") or issuer),
                                   {"docs": {}, "number": None, "date": None})
            b["docs"].setdefault(doc["doc_id"], {"doc": doc, "clauses": []})["clauses"].append(c)
            if key in numbered:
                b["number"] = b["number"] or numbered[key].get("number")
                b["date"] = b["date"] or numbered[key].get("date")
    # one issuer's articles that cite no number: one circular per period (election, year)
    for (key, issuer) in [k for k in buckets if k[0].endswith(" (unnumbered)")]:
        parts = [(", ".join(x for x in (period, signer) if x) or None, docs_)
                 for period, by_period in _split_by_period(buckets[(key, issuer)]["docs"], settings)
                 for signer, docs_ in _split_by_signer(by_period)]
        if len(parts) > 1:
            b = buckets.pop((key, issuer))
            for label, docs_ in parts:
                buckets[(f"{key[:-1]}, {label})", issuer)] = {**b, "docs": docs_}
    # an article that names no issuer joins the one circular of that number that has one
    for (key, issuer) in [k for k in buckets if k[1] is None]:
        named = [k for k in buckets if k[0] == key and k[1] is not None]
        if len(named) == 1:
            into = buckets[named[0]]
            for doc_id, entry in buckets.pop((key, None))["docs"].items():
                into["docs"].setdefault(doc_id, entry)
    keys = {}
    for key, issuer in buckets:
        keys.setdefault(key, []).append(issuer)
    groups = []
    for (key, issuer), b in sorted(buckets.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        shared = len(keys[key]) > 1
        gid = f"{key} ({issuer or 'issuer unknown'})" if shared else key
        if shared and warnings is not None and issuer == keys[key][0]:
            warnings.append(f"circular number {key} is cited by {len(keys[key])} issuers "
                            f"({', '.join(i or 'unknown' for i in keys[key])}): compared as separate circulars")
        entries = [b["docs"][d] for d in sorted(b["docs"])]
        witnesses, duplicates, seen = [], {}, {}
        for e in entries:
            cl = _cluster_of(e["doc"], clusters)
            if cl is not None and cl in seen and not count_duplicates:
                duplicates[e["doc"]["doc_id"]] = seen[cl]
                continue
            if cl is not None:
                seen.setdefault(cl, e["doc"]["doc_id"])
            witnesses.append(e)
        if not any(c.get("source") == "circular" for e in witnesses for c in e["clauses"]):
            continue                                   # statements only: no circular content
        first = witnesses[0]["doc"]
        circ = [c for e in witnesses for c in e["clauses"] if c["source"] == "circular"]
        regional = issuer not in national
        groups.append(CircularGroup(
            id=gid, key=key, number=b["number"], issuer=issuer,
            region=(first.get("region") or _region_of(issuer)) if regional else None,
            region_code=first.get("region_code") if regional else None, date=b["date"] or None,
            witnesses=[e["doc"]["doc_id"] for e in witnesses], duplicates=duplicates,
            urls={e["doc"]["doc_id"]: _url(e["doc"]) for e in witnesses if _url(e["doc"])},
            clauses=merge_witnesses(gid, circ, settings),
            statements=[c for e in witnesses for c in e["clauses"] if c["source"] == "statement"],
            documents={e["doc"]["doc_id"]: [c for c in e["clauses"] if c["source"] == "circular"] for e in witnesses},
            contexts={e["doc"]["doc_id"]: e["doc"].get("list_context") or list_context(e["doc"], settings)
                      for e in witnesses}))
    return groups


# --- 3. witness merging --------------------------------------------------------------------

def merge_witnesses(gid: str, clauses: list[dict], settings: Optional[Settings] = None) -> list[RegionalClause]:
    """Merge the clauses of several articles about one circular (see module doc)."""
    settings = resolve(settings)
    vocab = settings.component("compare.vocabulary")
    same = float(settings.section("compare").get("witness_merge_score", WITNESS_MERGE_SCORE_DEFAULT))
    merged: list[RegionalClause] = []
    by_clause_id: dict[str, RegionalClause] = {}
    position: dict[str, int] = {}
    roles = settings.component("compare.roles")
    for c in clauses:
        folded = comparable(c["text"], c.get("normalized"), c.get("cue"), vocab, roles, c.get("actor"))
        doc_id = c["doc_id"]
        position[doc_id] = position.get(doc_id, 0) + 1
        match = None
        best = same
        for m in merged:
            if doc_id in {a.rsplit(":", 1)[0] for a in m.attested_by}:
                continue                      # one article never witnesses the same clause twice
            s = similarity(m.normalized, folded, vocab)
            if s >= best:
                match, best = m, s
        if match:
            match.attested_by.append(c["clause_id"])
            for name, mine, theirs in (("kind", match.kind, c["kind"]), ("force", match.force, c.get("force")),
                                       ("wording", match.normalized, folded)):
                if mine != theirs and name not in match.disagreement:
                    match.disagreement.append(name)
        else:
            match = RegionalClause(
                id=f"{gid}#{len(merged) + 1}", kind=c["kind"], force=c.get("force") or "mandatory", text=c["text"],
                normalized=folded, cue_canonical=c.get("cue_canonical"), actor=c.get("actor"),
                actor_normalized=c.get("actor_normalized"), parent=None, list_marker=c.get("list_marker"),
                attested_by=[c["clause_id"]], position=len(merged))
            merged.append(match)
        by_clause_id[c["clause_id"]] = match
    for c in clauses:
        if c.get("parent") and c["parent"] in by_clause_id and by_clause_id[c["clause_id"]].parent is None:
            by_clause_id[c["clause_id"]].parent = by_clause_id[c["parent"]].id
    return merged
