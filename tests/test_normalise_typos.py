"""normalise.correct_word: typo repair only where a slip explains the word.

spaCy's Indonesian lookup table lacks many correct words of news, and one edit turns
them into other words; repairing them changed what clauses said ('siswa' -> 'sisa',
'massa' -> 'masa') and hid them from compare."""
import pytest

from corpus_tools import normalise as N
from corpus_tools.settings import Settings


@pytest.mark.parametrize("word", [
    # school, crowd, police, places, people: correct words the lookup table lacks
    "siswa", "massa", "polri", "polres", "dosen", "distrik", "halaman", "arena", "personel",
    "direktur", "disabilitas", "prasarana", "kursi", "viral", "sektor", "komite", "lansia",
    # loanwords of social media and campaign material
    "admin", "poster", "paket", "piket", "pakta", "pulsa", "studi", "april",
])
def test_correct_words_missing_from_the_lexicon_stay(word):
    assert N.correct_word(word) == word


@pytest.mark.parametrize("slip, word", [
    ("kampannye", "kampanye"),        # a doubled letter
    ("pemiluu", "pemilu"),
    ("kampnaye", "kampanye"),         # two letters swapped
    ("netralitsa", "netralitas"),
    ("kampamye", "kampanye"),         # one edit toward a domain word
    ("sosialisai", "sosialisasi"),
    ("berkampamye", "berkampanye"),   # the stem of a derived form
    ("dikampamye", "dikampanye"),
])
def test_slips_are_repaired(slip, word):
    assert N.correct_word(slip) == word


def test_short_words_are_repaired_only_by_a_swap_toward_a_domain_word():
    # a swap in a short word makes another word as often as it makes a typo
    for word in ("pakta", "pulsa", "pustu", "kirana"):
        assert N.correct_word(word) == word
    assert N.correct_word("wakli") == "wakil"          # 'wakil' is a word of the domain
    assert N.correct_word("calno") == "calon"


def test_slip_length_is_a_setting():
    # shorter slips allowed: a doubled letter in a five-letter word is undone
    assert N.correct_word("massa", settings=Settings(typo_slip_min_len=5)) == "masa"
    assert N.correct_word("kampanyee", settings=Settings(typo_slip_min_len=12)) == "kampanyee"
    assert N.correct_word("kampanyee") == "kampanye"


@pytest.mark.parametrize("text, kept", [
    ("Siswa dan massa pendukung dilarang ikut kampannye.", ["siswa", "massa", "kampanye"]),
    ("Admin grup wajib menghapus poster paket calon.", ["admin", "poster", "paket"]),
])
def test_normalised_clause_keeps_its_words(text, kept):
    out = N.normalize_text(text).split()
    for word in kept:
        assert word in " ".join(out)
