"""Agency short names that begin like a passive verb ("Disdikbud", "Diskominfo", "Dinkes")
are names, not acts: a sentence they open does not continue the rule before it (session 11,
real probe). Invented wordings only."""
import pytest

from clause_helpers import kinds


@pytest.mark.parametrize("text", [
    "Guru honorer dilarang berkampanye di kelas. Dispora juga sudah menyurati semua sekolah.",
    "Kepala desa dilarang ikut tim sukses. Diskominfo akan memantau akun media sosial perangkat desa.",
    "Tenaga kesehatan diminta menjaga netralitas. Dinkes telah menggelar sosialisasi di tiap puskesmas.",
])
def test_a_sentence_opened_by_an_agency_name_is_no_act(text):
    out = kinds(text)
    assert len(out) == 1 and out[0][1] in text.split(". ")[0]


@pytest.mark.parametrize("word,verb", [
    ("Disdikbud", False), ("Diskominfo", False), ("Dinkes", False),
    ("disosialisasikan", True), ("diskors", True), ("dinilai", True),
])
def test_agency_names_are_no_verbs_but_passives_still_are(word, verb):
    from corpus_tools.clauses import tokenize
    from corpus_tools.settings import resolve
    lx = resolve(None).component("clauses.lexicon")
    assert lx.is_verb(tokenize(word, 0)[0]) is verb
