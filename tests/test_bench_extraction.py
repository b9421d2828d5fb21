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


def test_groups_sum_the_documents_of_each_format_and_pattern(tmp_path):
    from bench.extraction import group_rows, index_groups
    (tmp_path / "index.csv").write_text("doc_id,format,region,outlet,outlet_style,patterns,no_rule\n"
                                        "a,text,R,O,s,1 6,0\nb,html,R,O,s,6,0\n", encoding="utf-8")
    groups = index_groups([tmp_path])
    assert groups == {"format": {"text": ["a"], "html": ["b"]}, "pattern": {"1": ["a"], "6": ["a", "b"]}}
    result = {"per_document": {"a": {"tp": 2, "fp": 0, "fn": 2}, "b": {"tp": 1, "fp": 1, "fn": 0}}}
    rows = {r.split()[0] + " " + r.split()[1]: r for r in group_rows(result, groups)}
    assert "P 0.750  R 0.600" in rows["pattern 6"] and "(tp 3, fp 1, fn 2)" in rows["pattern 6"]
    assert "P 1.000  R 0.500" in rows["pattern 1"]
