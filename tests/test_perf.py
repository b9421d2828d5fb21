"""Speed-ups must not change results: the fast paths are checked against the slow ones."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from spacy.symbols import ORTH

from corpus_tools import config
from corpus_tools.segment import LazyExceptionsTokenizer, get_nlp

ROOT = Path(__file__).resolve().parent.parent
AFFIXES = ["", "(", ")", '"', "“", "”", ",", ".", ":", "-", "'", "!", "?", "2.", "b)"]


def _full_tokenizer():
    """The tokenizer as built before: every exception added up front (~4 s)."""
    nlp = spacy.blank("id")
    for abbr in config.load_data("segment.json")["abbreviations"]:
        for form in {abbr, abbr.upper(), abbr.lower(), abbr.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp.tokenizer


def _texts(rules: dict, n_random: int = 1500) -> list[str]:
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for pattern in ("raw/*.txt", "tests/dumps/*.txt", "tests/pages/*.gold.txt")
             for p in sorted(ROOT.glob(pattern))]
    rng = random.Random(7)
    keys = sorted(rules)
    for _ in range(n_random):       # exception strings glued to affixes, split by spaces, run together
        parts = []
        for _ in range(rng.randint(1, 4)):
            k = rng.choice(keys)
            if rng.random() < 0.2 and len(k) > 2:
                i = rng.randint(1, len(k) - 1)
                k = k[:i] + rng.choice([" ", "\n", ""]) + k[i:]
            parts.append(rng.choice(AFFIXES) + k + rng.choice(AFFIXES))
        texts.append(rng.choice([" ", "", ". "]).join(parts))
    return texts


@pytest.mark.slow
def test_lazy_tokenizer_exceptions_give_the_full_tokenizers_tokens():
    lazy = get_nlp().tokenizer
    assert isinstance(lazy, LazyExceptionsTokenizer)
    full = _full_tokenizer()
    for text in _texts(lazy.rules):
        want = [(t.text, t.whitespace_) for t in full(text)]
        assert [(t.text, t.whitespace_) for t in lazy(text)] == want, text[:200]


def test_lazy_tokenizer_keeps_abbreviations_whole():
    nlp = get_nlp()
    assert [t.text for t in nlp("Bupati Kab. Lebak dan Sdr. Ali hadir.")][:6] == \
        ["Bupati", "Kab.", "Lebak", "dan", "Sdr.", "Ali"]
    assert len(list(nlp("Bupati Kab. Lebak hadir. Ia menyampaikan edaran.").sents)) == 2


def test_letter_set_filter_keeps_the_typo_repairs_of_a_full_scan():
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    from corpus_tools import normalise as N

    def full_scan(word, k):        # _nearest before the letter-set filter
        by_len = N._lexicon_by_len()
        cands = [w for n in range(len(word) - k, len(word) + k + 1) for w in by_len.get(n, ())]
        found = process.extract(word, cands, scorer=OSA.distance, score_cutoff=k, limit=10)
        if not found:
            return None
        best = [w for w, d, _ in found if d == found[0][1]]
        if len(best) > 1:
            best = [w for w in best if sorted(w) == sorted(word)] or [w for w in best if w in N._domain_words()]
        return best[0] if len(best) == 1 else None

    rng = random.Random(5)
    lex = sorted(w for w in N.lexicon() if len(w) >= 5)
    words = ["wakli", "ditintut", "netrallitas", "kampamye", "pemiluu", "bkpsdm"]
    for _ in range(150):
        w = rng.choice(lex)
        i = rng.randrange(len(w) - 1)
        words.append(rng.choice([w[:i] + w[i + 1] + w[i] + w[i + 2:], w[:i] + "x" + w[i + 1:],
                                 w[:i] + w[i + 1:], w[:i] + "ae"[i % 2] + w[i:]]))
    for w in words:
        for k in (1, 2):
            assert N._nearest(w, k) == full_scan(w, k), (w, k)


# --- dates: only the stretches before year tokens are searched -------------------------------

DATE_PIECES = ["7 Desember 2023", "December 7, 2023", "07/12/2023", "12 Des. 2024", "Mei 3 ,2024",
               "1 jan   2020", "3/4/20245", "x2023", "12 Maret 2024a", "Sept. 30, 2022", "2024", "13-13-2020",
               "31 Februari 2024", "05.06.2023", "Pilkada 2024", "pukul 09.15 WIB", "Rp2.500.000",
               "4\t\t\t\t\t\t\t\t\t\tAgustus 2021", "Oktober          5, 2020", "12" + " " * 30 + "Mei 2023",
               "٣ Mei ٢٠٢٤", "NOVEMBER 17, 2023", "2023/2024", "_2023", "2023_", "12 juni 1999"]


def _whole_text_dates(text, monkeypatch):
    from corpus_tools import dates
    with monkeypatch.context() as m:
        m.setattr(dates, "_window", lambda text, lang: None)
        return dates.find_dates(text)


def test_windowed_date_search_finds_what_the_whole_text_search_finds(monkeypatch):
    from corpus_tools import dates
    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for pattern in ("raw/*.txt", "tests/articles/*.txt", "tests/holdout/*.txt", "tests/dumps/*.txt")
             for p in sorted(ROOT.glob(pattern))]
    for _ in range(1500):
        texts.append("".join(rng.choice(DATE_PIECES) + rng.choice([" ", "", "\n", "  ", ", ", " kata ", "\n\n"])
                             for _ in range(rng.randint(20, 120))))
    windowed = 0
    for text in texts:
        got = dates.find_dates(text)
        assert got == _whole_text_dates(text, monkeypatch), text[:200]
        windowed += dates._window(text, dates.rules()) is not None
    assert windowed > len(texts) // 2          # the fast path is the one being checked


def test_a_date_after_a_long_whitespace_run_is_still_found():
    from corpus_tools import dates
    filler = "Pegawai diminta menjaga netralitas menjelang pemungutan suara. " * 10
    for gap in (" " * 40, "\n" * 25, "\t " * 30):
        text = filler + "Surat itu bertanggal 12" + gap + "Februari 2024 dan berlaku segera."
        assert [iso for _, _, iso in dates.find_dates(text)] == ["2024-02-12"]
        text = filler + "Diterbitkan Januari" + gap + "5, 2024 oleh bupati."
        assert [iso for _, _, iso in dates.find_dates(text)] == ["2024-01-05"]


# --- the OCR-noise pattern: the character first, the letter before it in a lookbehind ----------

def test_noise_pattern_matches_the_lookbehind_first_form():
    import re
    from corpus_tools.clauses.lexicon import NOISE_RE
    reference = re.compile(r"(?<=[^\W\d_])[$@0-9](?=[^\W\d_])")
    rng = random.Random(5)
    alphabet = "aB9$@0_ -é5\n1"
    for _ in range(50000):
        t = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in NOISE_RE.finditer(t)] == [m.span() for m in reference.finditer(t)], t
    assert NOISE_RE.sub("s", "A$N dan PN5 serta 2024") == reference.sub("s", "A$N dan PN5 serta 2024") \
        == "AsN dan PN5 serta 2024"


# --- fastscan: patterns that open with words run only where one of the words occurs ---------

SCAN_PIECES = ["Surat Edaran", "SURAT  EDARAN", "surat\nedaran", "SE", "se", "SE/12/BKPSDM/2024", "Se/3/2023",
               "edaran", "Nomor", "No.", "800.1/217/BKPSDM/2024", "1 Tahun 2024", "Bupati", "BUPATI", "Wali Kota",
               "walikota", "Pemerintah Kabupaten", "Pemkab", "Kabupaten", "kab.", "Kota", "Provinsi", "Pilkada",
               "PEMILU", "pemilihan umum", "serentak", "tahun", "2024", "1999", "tertanggal", "tanggal",
               "Sukamaju", "Tanjung Harapan", "Garut", "sebagai", "pegawai", "Keputusan Bersama", "itu", "yang",
               "\u212aota", "\u017furat", "\u0131tu", "\u0130NSTRUKSI", "é", "—", ".", ",", "\n\n"]


def _scan_patterns():
    from corpus_tools import metadata
    from corpus_tools.lang import rules
    lang = rules()
    pats = {name: getattr(lang, name) for name in (
        "circular_mention", "circular_number", "circular_bare", "issuer_re", "election_year",
        "circular_date_cue", "date_cue_word", "decree_words", "anaphor", "date_dmy", "date_mdy", "date_num")}
    pats["level_mention"] = metadata.LEVEL_MENTION_RE
    return pats


def test_fastscan_finds_what_finditer_finds():
    from corpus_tools import fastscan
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for pattern in ("raw/*.txt", "tests/articles/*.txt", "tests/holdout/*.txt")
             for p in sorted(ROOT.glob(pattern))]
    plain = [p for p in SCAN_PIECES if not any(ch in p for ch in "\u0130\u0131\u017f")]
    for k in range(1500):
        pieces = SCAN_PIECES if k % 3 == 0 else plain    # a third hold the characters that need the slow path
        texts.append("".join(rng.choice(pieces) + rng.choice([" ", "", "\n", "  ", " kata "])
                             for _ in range(rng.randint(30, 150))))
    pats = _scan_patterns()
    fast = 0
    for name, pat in pats.items():
        for text in texts:
            assert [(m.span(), m.groups()) for m in fastscan.finditer(pat, text)] == \
                [(m.span(), m.groups()) for m in pat.finditer(text)], (name, text[:200])
            fast += fastscan.prefix_scan(pat) is not None and fastscan.lowered(text) is not None
    assert fast > len(texts) * 5                 # most pairs ran the fast path


def test_fastscan_has_prefixes_for_the_metadata_patterns_only_where_it_can():
    import re
    from corpus_tools import fastscan
    pats = _scan_patterns()
    for name in ("circular_number", "circular_bare", "issuer_re", "election_year", "level_mention"):
        assert fastscan.prefix_scan(pats[name]) is not None, name
    # an alternative that opens with a class, an optional opening, or an empty match: none
    for p in (r"\b(?:Kota|[A-Z]\w+)", r"(?:kota\s+)?[A-Z]\w*", r"\b(?i:kota)?", r"x*"):
        assert fastscan.prefix_scan(re.compile(p)) is None, p
    scan = fastscan.prefix_scan(re.compile(r"\b(?i:wali kota|walikota|kota)\s+(?=[A-Z])"))
    assert [m.start() for m in scan.finditer("wali kota dan walikota")] == [0, 5, 14, 18]   # overlapping starts


def test_fastscan_matches_folded_letters_like_the_engine():
    from corpus_tools import fastscan, metadata
    pat = metadata.LEVEL_MENTION_RE
    filler = "Para pegawai diminta menjaga netralitas selama tahapan berlangsung. " * 4
    for word in ("\u212aota Batu", "KOTA Batu", "\u017furat kota Batu", "Provinsi Banten \u0131", "kab. Garut"):
        text = filler + word + " menerbitkan edaran."
        assert [m.span() for m in fastscan.finditer(pat, text)] == [m.span() for m in pat.finditer(text)], word
        assert list(fastscan.finditer(pat, text)), word


def _json_reference(obj) -> str:
    import json
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", ["raw", "tests/articles", "tests/pages"])
def test_document_json_is_what_json_dumps_writes(name):
    """io.dumps writes documents itself (json's indent path is pure Python): same text."""
    from corpus_tools.io import dumps
    from corpus_tools.pipeline import extract_file
    paths = sorted(p for p in (ROOT / name).iterdir() if p.suffix in (".txt", ".html"))[:6]
    assert paths
    for path in paths:
        doc = extract_file(path)
        assert dumps(doc) == _json_reference(doc), path.name


class _Str(str):
    pass


@pytest.mark.parametrize("obj", [
    {}, [], "", {"a": []}, {"a": {}}, [[], {}], (1, 2), {"a": (1,)}, 1.5, -0.0, 1e300, 10 ** 30, -5, 3.0,
    True, False, None, "\u2028 \"\\ \x00 ü \ud800", {"é\n": "\t"}, [1, [2, [3, {"z": [4.25, False]}]]],
    {"k": float("nan")}, {"k": float("-inf")}, {1: 2}, {"x": {1.5: "a"}}, {True: 1}, {None: 3},
    _Str("x"), {_Str("k"): _Str("v")}, {"a": 2 ** 63}])
def test_dumps_matches_json_on_odd_values(obj):
    from corpus_tools.io import dumps
    assert dumps(obj) == _json_reference(obj)


def test_dumps_matches_json_on_random_nesting_and_errors():
    from corpus_tools.io import dumps
    rng = random.Random(7)

    def value(depth=0):
        r = rng.random()
        if depth > 4 or r < 0.4:
            return rng.choice([rng.randint(-10 ** 6, 10 ** 6), rng.random() * 1e5, "s\u00e9\"\n" * rng.randint(0, 3),
                               None, True, False])
        if r < 0.7:
            return {f"k{i}": value(depth + 1) for i in range(rng.randint(0, 4))}
        return [value(depth + 1) for _ in range(rng.randint(0, 4))]

    for _ in range(500):
        obj = value()
        assert dumps(obj) == _json_reference(obj)
    with pytest.raises(TypeError):
        dumps({"a": {1, 2}})
    cycle: list = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="Circular"):
        dumps(cycle)
