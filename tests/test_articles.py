"""The development articles (tests/articles): their gold is sound, and the extractor's scores on them.

The articles are invented pages in the shapes of real Indonesian news (see
tests/articles/patterns.md); each has ``<doc_id>.gold.jsonl`` (docs/evaluate.md) and the
text dumps a ``<doc_id>.body.txt`` of the body lines a careful reader keeps.
"""
import csv
import html
import re
from pathlib import Path

import pytest

from corpus_tools.batch import extract_dir
from corpus_tools.evaluate import load_gold, score
from corpus_tools.outputs import load_documents

ARTICLES = Path(__file__).parent / "articles"
INDEX = ARTICLES / "index.csv"
CATALOGUE = ARTICLES / "patterns.md"

# The targets on these development articles (the extractor measures P 0.993 / R 0.987, no clause on a no-rule article).
MIN_PRECISION = 0.95
MIN_RECALL = 0.95
MAX_NO_RULE_CLAUSES = 0        # clauses found in articles that hold no rule at all

MIN_ARTICLES, MIN_NO_RULE, MIN_REGIONS, MIN_OUTLETS = 44, 8, 20, 15
MIN_VARIANTS_PER_PATTERN = 2


def index_rows():
    with open(INDEX, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def raw_path(doc_id: str) -> Path:
    found = [p for p in (ARTICLES / f"{doc_id}.txt", ARTICLES / f"{doc_id}.html") if p.exists()]
    assert len(found) == 1, f"{doc_id}: expected one article file, found {found}"
    return found[0]


def flat(text: str) -> str:
    return " ".join(text.split())


def page_text(path: Path) -> str:
    """The article's visible text with whitespace collapsed (tags dropped for HTML)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>", " ", raw)))
    return flat(raw)


@pytest.fixture(scope="session")
def extracted(tmp_path_factory):
    """tests/articles extracted once (only the article files: gold and body sidecars stay out)."""
    raw = tmp_path_factory.mktemp("articles_raw")
    for row in index_rows():
        src = raw_path(row["doc_id"])
        (raw / src.name).write_bytes(src.read_bytes())
    out = tmp_path_factory.mktemp("articles_out")
    extract_dir(raw, out, jobs=1)
    return load_documents(out, records=True)


@pytest.fixture(scope="session")
def result(extracted):
    return score(load_gold(ARTICLES), extracted)


# ---------------------------------------------------------------- the data set itself
def test_index_lists_every_article_and_the_set_is_varied():
    rows = index_rows()
    ids = {r["doc_id"] for r in rows}
    on_disk = {p.name[:-len(".gold.jsonl")] for p in ARTICLES.glob("*.gold.jsonl")}
    assert ids == on_disk
    assert len(rows) >= MIN_ARTICLES
    assert len({r["region"] for r in rows}) >= MIN_REGIONS
    assert len({r["outlet"] for r in rows}) >= MIN_OUTLETS
    formats = [r["format"] for r in rows]
    assert set(formats) == {"text", "html"} and min(formats.count("text"), formats.count("html")) >= len(rows) // 3
    for r in rows:
        assert raw_path(r["doc_id"]).suffix == (".txt" if r["format"] == "text" else ".html"), r["doc_id"]


def test_no_rule_flag_matches_an_empty_gold_file():
    gold = load_gold(ARTICLES)
    rows = index_rows()
    assert sum(r["no_rule"] == "1" for r in rows) >= MIN_NO_RULE
    for r in rows:
        assert (r["no_rule"] == "1") == (not gold[r["doc_id"]]), r["doc_id"]


def test_every_gold_text_and_actor_occurs_in_its_article():
    for doc_id, golds in load_gold(ARTICLES).items():
        page = page_text(raw_path(doc_id))
        for g in golds:
            assert flat(g.text) in page, f"{g.source}: gold text not in the article: {g.text!r}"
            if g.actor:
                assert flat(g.actor) in page, f"{g.source}: actor not in the article: {g.actor!r}"


def test_body_lines_of_text_dumps_are_lines_of_the_dump_and_hold_the_gold():
    gold = load_gold(ARTICLES)
    dumps = [r["doc_id"] for r in index_rows() if r["format"] == "text"]
    assert dumps
    for doc_id in dumps:
        body_file = ARTICLES / f"{doc_id}.body.txt"
        assert body_file.exists(), f"{doc_id}: no .body.txt"
        dump_lines = [line.strip() for line in raw_path(doc_id).read_text(encoding="utf-8").splitlines()]
        body_lines = [line.strip() for line in body_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert body_lines and len(body_lines) < len([x for x in dump_lines if x]), doc_id
        missing = [line for line in body_lines if line not in dump_lines]
        assert not missing, f"{doc_id}: body lines not in the dump: {missing[:2]}"
        body = flat(" ".join(body_lines))
        for g in gold[doc_id]:
            assert flat(g.text) in body, f"{g.source}: gold text outside the body lines"


def test_index_covers_every_catalogued_pattern_at_least_twice():
    catalogue = {int(n) for n in re.findall(r"^(\d+)\.\s", CATALOGUE.read_text(encoding="utf-8"), re.M)}
    assert catalogue == set(range(1, max(catalogue) + 1)) and len(catalogue) >= 18
    uses = {n: 0 for n in catalogue}
    for r in index_rows():
        for n in map(int, r["patterns"].split()):
            assert n in catalogue, f"{r['doc_id']}: pattern {n} is not in patterns.md"
            uses[n] += 1
    thin = {n: c for n, c in uses.items() if c < MIN_VARIANTS_PER_PATTERN}
    assert not thin, f"patterns with fewer than {MIN_VARIANTS_PER_PATTERN} articles: {thin}"


# ---------------------------------------------------------------- the extractor on them
def test_every_article_is_extracted_and_no_gold_is_lost_in_cleaning(extracted, result):
    assert {d["doc_id"] for d in extracted} == {r["doc_id"] for r in index_rows()}
    lost = [m for m in result["misses"] if m["reason"] == "lost in cleaning"]
    assert not lost, f"gold clauses the cleaner dropped: {[(m['doc_id'], m['text'][:60]) for m in lost[:5]]}"


def test_precision_and_recall_on_required_clauses(result):
    overall = result["overall"]
    assert overall["precision"] >= MIN_PRECISION, overall
    assert overall["recall"] >= MIN_RECALL, overall


def test_no_rule_articles_give_at_most_the_known_clauses(result):
    assert result["no_rule"]["documents"] >= MIN_NO_RULE
    assert result["no_rule"]["clauses"] <= MAX_NO_RULE_CLAUSES, result["no_rule"]
