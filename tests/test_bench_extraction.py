"""bench/extraction.py: the cue-grep baseline and the article file discovery."""
from pathlib import Path

from bench.extraction import article_inputs, cue_pattern, grep_clauses

ARTICLES = Path(__file__).parent / "articles"


def test_grep_baseline_predicts_one_clause_per_sentence_with_a_cue():
    pattern, kinds = cue_pattern()
    text = ("Bupati menerbitkan edaran.\n\nASN dilarang memasang baliho. Pegawai wajib melapor!\n\n"
            "ASN tidak boleh ikut bersorak. Pegawai boleh hadir sebagai penonton.")
    got = [(text[c["start"]:c["end"]], c["kind"]) for c in grep_clauses(text, pattern, kinds)]
    assert got == [("ASN dilarang memasang baliho.", "prohibition"), ("Pegawai wajib melapor!", "obligation"),
                   ("ASN tidak boleh ikut bersorak.", "prohibition"), ("Pegawai boleh hadir sebagai penonton.", "permission")]


def test_article_inputs_are_the_pages_with_gold_not_their_sidecars():
    inputs = article_inputs([ARTICLES])
    names = {p.name for p in inputs}
    assert names and all(p.suffix in (".txt", ".html") for p in inputs)
    assert not any(n.endswith(".body.txt") for n in names)
    assert len(inputs) == len(list(ARTICLES.glob("*.gold.jsonl")))
