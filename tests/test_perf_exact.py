"""Speed shortcuts of session 6 give what the plain computation gives.

Each test runs the shortcut and a plain version of the same computation (written out here,
as the code stood before the shortcut) over real inputs (seeds, development articles, dumps)
and random texts built to hit the shortcut's edges, and asserts equal results.
"""
from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import pytest

from corpus_tools import metadata, normalise, pipeline, regions
from corpus_tools.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _real_texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace")
            for pattern in ("raw/*.txt", "tests/articles/*.txt", "tests/dumps/*.txt")
            for p in sorted(ROOT.glob(pattern))]


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


# --- pipeline.may_hold_clauses: the text's head first ------------------------------------------

def test_prefilter_head_first_answers_as_the_whole_text(settings):
    triggers = settings.component("pipeline.clause_triggers")
    multi = sorted({" ".join(seq) for seqs in triggers.values() for seq in seqs if len(seq) > 1})
    single = sorted({seq[0] for seqs in triggers.values() for seq in seqs if len(seq) == 1})
    assert multi and single
    filler = "Warga memadati alun-alun kota sejak pagi untuk menyaksikan pawai budaya tahunan. "
    rng = random.Random(3)
    texts = _real_texts()
    for _ in range(400):
        # a trigger placed around the head's end (cut through, split by a newline, noised)
        head = filler * rng.randint(3, 22) + rng.choice(["", " ", "x", "A5"])
        word = rng.choice(multi + single)
        if rng.random() < 0.3:
            word = word.replace("s", "$", 1).replace("a", "4", 1)     # OCR noise the tokens repair
        if rng.random() < 0.3 and " " in word:
            word = word.replace(" ", rng.choice(["\n", "  ", " \n "]), 1)
        texts.append(head + word + rng.choice(["", " ", ".", "nya"]) + filler * rng.randint(0, 3))
        texts.append(head + filler * rng.randint(0, 3))                       # no trigger at all
    seen = {True: 0, False: 0}
    for text in texts:
        got = pipeline.may_hold_clauses(text, settings=settings)
        assert got == pipeline._holds_trigger(text, triggers), text[-300:]
        seen[got] += 1
    assert seen[True] > 100 and seen[False] > 100


def test_head_end_is_after_a_whitespace_character():
    text = "a" * 10 + " bb\ncc"
    assert pipeline._head_end(text, 5) == 11            # through the space at 10
    assert pipeline._head_end(text, 12) == 14           # through the newline at 13
    assert pipeline._head_end("abc", 5) == 3
    assert pipeline._head_end("a" * 20, 5) == 20        # no whitespace after the head: the whole text


# --- normalise: the cue trie, the variant and word passes ---------------------------------------

def _plain_alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in set(words)), key=len, reverse=True))


def test_longest_first_trie_matches_as_the_sorted_alternation():
    rng = random.Random(5)
    letters = "dilarngwjbkes -"
    for _ in range(300):
        base = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 12))]
        words = set(base) | {b + "".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for b in base}
        words |= {w.upper() for w in list(words)[:3]}
        trie, plain = normalise._longest_first(words), _plain_alternation(words)
        # the alternation inside a pattern that backtracks into it, as lead_re does
        a = re.compile(rf"^(?:[^,]{{0,20}}?\s)?(?:{plain})\b(?:\s+k)?", re.IGNORECASE)
        b = re.compile(rf"^(?:[^,]{{0,20}}?\s)?(?:{trie})\b(?:\s+k)?", re.IGNORECASE)
        for _ in range(40):
            text = "".join(rng.choice(letters + "DLK,") for _ in range(rng.randint(0, 30)))
            ma, mb = a.match(text), b.match(text)
            assert (ma and ma.span()) == (mb and mb.span()), (sorted(words), text)


def test_longest_first_keeps_non_ascii_words_as_an_alternation():
    words = {"dilarang", "İzin"}
    assert normalise._longest_first(words) == _plain_alternation(words)
    assert normalise._longest_first({"dilarang", "dilarang keras"}) == r"dilarang(?:\ keras)?"


def _plain_normalize(text: str, norm) -> str:
    """normalize_text as a sub per variant and a sub with a call per word."""
    def fold(t):
        for _, pattern, repl in norm.variants:
            t = pattern.sub(repl, t)
        return t

    def word(m):
        w = m.group(0)
        return norm.abbreviations[w] if w in norm.abbreviations else normalise.correct_word(w, settings=norm.settings)
    t = unicodedata_nfkc(text).translate(normalise.QUOTES)
    t = re.sub(r"[\u00ad\u200b-\u200f\ufeff]", "", t)
    words = norm.words

    def join(m):
        left, right = m.group(1), m.group(2)
        hyphenated = f"{left}-{right}"
        if hyphenated.lower() in words or left.lower() == right.lower() or right.lower().startswith(left.lower()[:4]):
            return hyphenated
        return left + right if (left + right).lower() in words else hyphenated
    t = normalise.BROKEN_HYPHEN_RE.sub(join, t)
    t = re.sub(r"\s+", " ", normalise.SLASH_SPACE_RE.sub("/", t)).strip()
    t = normalise._drop_redundant_parenthesis(t, norm.abbreviations)
    t = fold(normalise.WORD_RE.sub(word, fold(t.lower())))
    t = re.sub(r"\s+([,.;:])", r"\1", t)
    return re.sub(r"\s+", " ", t).strip(" .;:,")


def unicodedata_nfkc(text: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKC", text)


def test_normalize_text_gives_the_plain_passes_result(settings):
    norm = normalise._n(settings)
    variants = [k for k, _, _ in norm.variants]
    abbrs = sorted(norm.abbreviations)[:40]
    rng = random.Random(9)
    clauses = [s.strip() for t in _real_texts() for s in re.split(r"(?<=[.;:])\s+", t) if 20 < len(s) < 300][:1500]
    texts = list(clauses)
    for c in clauses[:600]:
        words = c.split()
        for _ in range(rng.randint(1, 3)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(variants + abbrs + ["peraturan- perundangan",
                                                                                      "dan / atau", "(ASN)", "A$N"]))
        texts.append(" ".join(words) if rng.random() < 0.7 else " ".join(words).upper())
    changed = 0
    for text in texts:
        got = normalise.normalize_text(text, settings=settings)
        assert got == _plain_normalize(text, norm), text
        changed += got != text.lower()
    assert changed > len(texts) // 2


# --- metadata: date_mismatch, the longer-name check; regions: the mention scan -----------------

def _plain_date_mismatch(text, published, margin_days=metadata.DATE_MARGIN_DAYS):
    page = dt.date.fromisoformat(published[:10])
    own = [dt.date.fromisoformat(iso) for _, _, iso in metadata.find_dates(text)]
    years = [int(m.group(1)) for m in metadata.rules().election_year.finditer(text)]
    if not own and not years:
        return None
    if years and max(years) > page.year + metadata.EVENT_YEAR_LEAD:
        return True
    years_fit = any(page.year - metadata.EVENT_YEAR_LAG <= y <= page.year + metadata.EVENT_YEAR_LEAD for y in years)
    if own:
        return not years_fit and min(abs((d - page).days) for d in own) > margin_days
    return not years_fit


def test_date_mismatch_decided_by_years_first_gives_the_full_answer():
    rng = random.Random(13)
    texts = _real_texts()
    for _ in range(300):
        texts.append(" ".join(rng.choice(["Pilkada 2024", "Pemilu serentak tahun 2019", "pada 3 Januari 2023",
                                          "tanggal 17/08/2021", "kata", "ASN", "Pemilu 2029", "12 Mei 2016"])
                              for _ in range(rng.randint(0, 12))))
    results = set()
    for text in texts:
        for year in (2016, 2019, 2021, 2023, 2024, 2027):
            published = f"{year}-{rng.randint(1, 12):02d}-15"
            got = metadata.date_mismatch(text, published)
            assert got == _plain_date_mismatch(text, published), (text[:200], published)
            results.add(got)
    assert results == {None, True, False}


def test_issuer_skips_the_longer_name_read_only_where_it_cannot_apply(monkeypatch):
    texts = _real_texts() + [
        "SUKAMAJU - Wali Kota Batu Ampar menerbitkan Surat Edaran Nomor 800/12/2024. Pemerintah Kota "
        "Batu Ampar meminta ASN netral. Kota Batu Ampar siap.",
        "Bupati Garut menerbitkan Surat Edaran Nomor 1/2024 tentang netralitas. Pemkab Garut meminta ASN netral.",
        "Surat Edaran Wali Kota Batu Nomor 5/2023 melarang ASN berkampanye di Kota Batu.",
    ]
    fast = [metadata.document_metadata(t, "2024-01-10") for t in texts]
    monkeypatch.setattr(metadata, "_may_name_longer", lambda text, name: True)
    assert fast == [metadata.document_metadata(t, "2024-01-10") for t in texts]
    assert any(m["issuer_source"] == "text" for m in fast) and any(m["issuer_source"] == "gazetteer" for m in fast)


def test_may_name_longer_needs_the_name_then_a_capital():
    assert metadata._may_name_longer("Pemerintah Kota Batu Ampar meminta", "Batu")
    assert metadata._may_name_longer("di Tangerang Selatan\nBudi berkata", "Tangerang Selatan")
    assert not metadata._may_name_longer("Kota Batu meminta ASN netral.", "Batu")
    assert not metadata._may_name_longer("Kota Batu-Ampar meminta", "Batu")


def _plain_find_regions(text):
    g = regions._gaz(None)
    gov, out, pos = g.government_words, [], 0
    while True:
        m = g.mention_re.search(text, pos)
        if not m:
            return out
        r = g.resolve(m.group("level"), m.group("name"))
        if not r:
            nxt = text.find(" ", m.start() + 1)
            pos = nxt + 1 if 0 < nxt < m.end() else m.end()
            continue
        lead = (m.group("level") or "").lower()
        before = text[max(0, m.start() - 40):m.start()].lower()
        is_gov = lead in gov or before.rstrip().endswith(gov) or "lingkungan" in before[-25:]
        out.append((m.start(), m.end(), r, is_gov))
        pos = m.end()


def test_region_mentions_found_at_their_possible_starts_as_by_search():
    rng = random.Random(17)
    pieces = ["Kota", "kota", "KOTA", "Kabupaten", "kab.", "Kab", "Pemkot", "Bupati", "Wali Kota", "walikota",
              "Serang", "Banten", "Bandung", "Barat", "Tangsel", "Garut", "Pemerintah Provinsi", "Provinsi", "Jawa",
              "Tengah", "Batu", "ASN", "dan", "di", ",", ".", "\n", "Bawaslu", "Gubernur", "İ", "ſ"]
    texts = _real_texts() + [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 150))) for _ in range(1500)]
    found = 0
    for text in texts:
        got = regions.find_regions(text)
        assert got == _plain_find_regions(text), text[:200]
        found += bool(got)
    assert found > len(texts) // 2


# --- clauses.lexicon: spans of a document read their tokens from one scan of it ------------------

def _token_texts() -> list[str]:
    rng = random.Random(11)
    # the characters around which the token pattern decides: digits with "." / "," (numbers
    # and their lookahead), "/", "-", "'", "_", OCR noise between letters ("A$N", "p0to"),
    # "rn" at a word's start, non-ASCII letters and spaces
    pieces = ["ASN", "A$N", "p0to", "1.500", "2,5", "1.5/", "3.", ".4", "/", "-", "'", "_", "rnenjadi", "RNelarang",
              "kata", "dilarang", "Gubemur", "ber-", "-nya", "TNI/Polri", "’", "“", "»", "é", "ß", "İ", "Σ", "ΟΔΟΣ",
              "12.30", ",", ".", ";", ":", "(1)", "@", "$", "\u00a0", "\u2009"]
    seps = [" ", "", "", "\n", "  ", "\n\n", "\t"]
    texts = []
    for _ in range(300):
        texts.append("".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 40))))
    return texts


def test_document_token_slices_equal_a_scan_of_the_span():
    from corpus_tools.clauses import lexicon
    rng = random.Random(7)
    served = 0
    for text in _real_texts()[:40] + _token_texts():
        table = lexicon.DocumentTokens(text)
        assert table.toks == lexicon._tokenize_plain(text, 0)
        spaces = [m.end() for m in re.finditer(r"\s+", text)] + [0]
        cuts = [m.start() for m in re.finditer(r"\s", text)] + [len(text)]
        spans = [(rng.randint(0, len(text)), rng.randint(0, len(text))) for _ in range(60)]
        spans += [(rng.choice(spaces), rng.choice(cuts)) for _ in range(60)]     # whitespace-bounded, as sentences
        for a, b in spans:
            a, b = min(a, b), max(a, b)
            got = table.span(text[a:b], a)
            if got is not None:
                served += 1
                assert got == lexicon._tokenize_plain(text[a:b], a), (text[max(0, a - 5):b + 5], a, b)
        assert table.span("not in the text \u0000", 0) is None
    assert served > 2000          # the shortcut is taken, not only its fall-back


def test_tokenize_inside_a_document_block_gives_the_plain_tokens():
    from corpus_tools.clauses import lexicon
    rng = random.Random(8)
    for text in _real_texts()[:20] + _token_texts()[:150]:
        spans = [(rng.randint(0, len(text)), rng.randint(0, len(text))) for _ in range(40)]
        spans = [(min(a, b), max(a, b)) for a, b in spans]
        lexicon.clear_token_cache()
        plain = [lexicon.tokenize(text[a:b], a) for a, b in spans]
        lexicon.clear_token_cache()
        with lexicon.document_tokens(text):
            assert [lexicon.tokenize(text[a:b], a) for a, b in spans] == plain
        lexicon.clear_token_cache()


def _plain_first_seq_at(toks, i, index):
    from corpus_tools.clauses.lexicon import seq_at
    for seq, value in index.get(toks[i].low, ()):
        if seq_at(toks, i, seq):
            return seq, value
    return None


def _random_sentences(lx, rng, count):
    """Token lists mixing the lexicon's own sequences (cue forms, actor terms, question
    words) with filler words, cut at random places."""
    from corpus_tools.clauses.lexicon import tokenize
    phrases = [" ".join(seq) for seqs in lx.entries_by_first.values() for seq, _ in seqs]
    phrases += [" ".join(seq) for seqs in lx.actor_by_first.values() for seq, _ in seqs]
    phrases += [" ".join(q) for q in lx.question_words] + ["di", "tidak", "yang", "warga", "kampanye", ",", "."]
    out = []
    for _ in range(count):
        words = " ".join(rng.choice(phrases) for _ in range(rng.randint(1, 8)))
        toks = tokenize(words)
        cut = rng.randint(0, len(toks))
        out.append((toks[cut:] if rng.random() < 0.3 else toks[:cut]) or toks)
    return out


def test_first_seq_at_and_cue_word_test_answer_as_the_plain_scan(settings):
    from corpus_tools.clauses.lexicon import first_mention_end, first_seq_at
    from corpus_tools.clauses.cues import _question_word_before
    from corpus_tools.clauses.lexicon import seq_at
    lx = settings.component("clauses.lexicon")
    rng = random.Random(12)
    indexes = [lx.entries_by_first, lx.modal_by_first, lx.actor_by_first, lx.enumerators, lx.circular_terms_by_first]
    hits = 0
    for toks in _random_sentences(lx, rng, 1500):
        for i in range(-1, len(toks)):
            for index in indexes:
                got = first_seq_at(toks, i, index)
                assert got == _plain_first_seq_at(toks, i, index)
                hits += got is not None
        for first in range(-1, len(toks) + 2):
            assert _question_word_before(lx, toks, first) == any(seq_at(toks, first - len(q), q) for q in lx.question_words)
        assert lx.holds_cue_word(toks) == any(t.low in lx.entries_by_first for t in toks)
        plain_end = None
        for k in range(len(toks)):
            for seq, _ in lx.circular_terms_by_first.get(toks[k].low, ()):
                if seq_at(toks, k, seq) and not (seq == ("se",) and toks[k].text != "SE"):
                    plain_end = toks[k + len(seq) - 1].end
                    break
            if plain_end is not None:
                break
        assert first_mention_end(toks, lx.circular_terms_by_first) == plain_end
    assert hits > 1000
