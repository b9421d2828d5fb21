"""discover -> scrape -> extract -> compare -> export end to end on invented outlets served
on 127.0.0.1, with the README's commands; then what each export format holds."""
from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from news_site import three_outlets  # noqa: E402

import corpus_tools as ct  # noqa: E402
from corpus_tools import export as ex  # noqa: E402
from corpus_tools.cli import main  # noqa: E402

RELEASE_SLUGS = ("bupati-sukamaju-terbitkan", "pemkab-sukamaju-keluarkan", "asn-sukamaju-dilarang-pasang")
SUKAMAJU = "800.1.4/217/BKPSDM/2024"


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The whole chain once; yields (out_dir, export_dir)."""
    tmp = tmp_path_factory.mktemp("e2e")
    urls, raw, out, dest = tmp / "urls.csv", tmp / "raw", tmp / "extracted", tmp / "export"
    a, b, c = three_outlets()
    with a, b, c:
        assert main(["discover", a.base, b.base, c.base, "--since", "2024-01-01", "--delay", "0",
                     "--out", str(urls), "-q"]) == 0
        assert main(["scrape", str(urls), "--raw", str(raw), "--delay", "0", "-q"]) == 0
    assert main(["extract", str(raw), "--out", str(out), "-j", "1", "-q"]) == 0
    assert main(["compare", str(out)]) == 0
    assert main(["export", str(out), "-f", "csv,parquet,sqlite", "-f", "xlsx", "--to", str(dest)]) == 0
    return out, dest


def test_discovered_articles_are_the_on_topic_2024_ones(run):
    out, _ = run
    docs = ct.load_documents(out)
    assert len(docs) == 6                      # off-topic and 2019 articles were not discovered
    assert not docs["title"].str.contains("Cabai").any()


def test_every_row_of_every_table_leads_back_to_a_url(run):
    _, dest = run
    for name in ex.TABLES:
        df = pd.read_csv(dest / f"{name}.csv")
        assert len(df) > 0, name
        assert df["url"].notna().all() and df["url"].str.startswith("http://127.0.0.1:").all(), name


def test_documents_record_fetch_provenance(run):
    out, _ = run
    docs = ct.load_documents(out)
    assert (docs["provenance"] == "fetch.json").all()
    assert docs["fetched_at"].str.match(r"\d{4}-\d\d-\d\dT").all()
    assert (docs["encoding"] == "utf-8").all()


def test_republished_release_is_one_cluster(run):
    out, _ = run
    docs = ct.load_documents(out)
    release = docs[docs["url"].apply(lambda u: any(s in u for s in RELEASE_SLUGS))]
    assert len(release) == 3 and release["cluster_id"].nunique() == 1
    assert (release["cluster_size"] == 3).all()
    others = docs[~docs.index.isin(release.index)]
    assert (others["cluster_size"] == 1).all()


def test_alignments_count_witnesses_and_clusters(run):
    out, _ = run
    al = ct.load_alignments(out)
    suk = al[al["circular"] == SUKAMAJU]
    assert len(suk) > 0
    assert set(suk["n_witnesses"]) == {5} and set(suk["n_clusters"]) == {3}
    assert "added" in set(al["status"]) and "omitted" in set(al["status"])
    assert suk["urls"].str.count("http://").eq(5).all()


def test_clause_rows_have_document_fields_joined(run):
    out, _ = run
    cl = ct.load_clauses(out)
    assert {"url", "outlet", "published", "region", "region_code", "issuer", "cluster_id"} <= set(cl.columns)
    baliho = cl[cl["text"].str.contains("baliho", case=False)]
    assert len(baliho) >= 3                    # the release's item, once per outlet
    assert baliho["url"].nunique() == len(baliho["doc_id"].unique())


def test_parquet_keeps_types(run):
    _, dest = run
    cl = pd.read_parquet(dest / "clauses.parquet")
    assert str(cl["start"].dtype) == "Int64" and (cl["end"] > cl["start"]).all()
    al = pd.read_parquet(dest / "alignments.parquet")
    assert str(al["score"].dtype) == "Float64"


def test_csv_tables_have_one_type_per_column_and_a_datapackage(run):
    from corpus_tools.compare import read_table
    _, dest = run
    package = (dest / "datapackage.json")
    assert package.is_file()
    for name in ex.TABLES:
        naive = pd.read_csv(dest / f"{name}.csv")
        for col in naive.columns:
            assert len({type(x) for x in naive[col].dropna()}) <= 1, (name, col)
        typed = read_table(dest / f"{name}.csv")
        assert list(typed.columns) == list(ex.COLUMNS[name])
        assert str(typed["region_code"].dtype) == "string"
        for col in set(typed.columns) & ex.DATE_COLUMNS:
            assert typed[col].dropna().str.match(r"^\d{4}-\d{2}-\d{2}$").all(), (name, col)
        for col in set(typed.columns) & ex.INTEGER_COLUMNS:
            assert str(typed[col].dtype) == "Int64", (name, col)
    al = read_table(dest / "alignments.csv")
    assert str(al["reordered"].dtype) == "boolean" and str(al["reconstructed"].dtype) == "boolean"
    assert set((dest / "alignments.csv").read_text().split("\n")[1].split(",")) & {"true", "false"}


def test_xlsx_has_three_sheets(run):
    _, dest = run
    sheets = pd.read_excel(dest / ex.XLSX_FILE, sheet_name=None)
    assert list(sheets) == list(ex.TABLES)
    assert len(sheets["clauses"]) == len(pd.read_csv(dest / "clauses.csv"))


def test_sqlite_for_datasette(run):
    _, dest = run
    db = sqlite3.connect(dest / ex.SQLITE_FILE)
    types = {r[1]: r[2] for r in db.execute("PRAGMA table_info(clauses)")}
    assert (types["start"], types["text"]) == ("INTEGER", "TEXT")
    assert {r[2] for r in db.execute("PRAGMA foreign_key_list(clauses)")} == {"documents"}
    hits = db.execute("SELECT c.url FROM clauses_fts f JOIN clauses c ON c.rowid = f.rowid "
                      "WHERE clauses_fts MATCH 'baliho'").fetchall()
    assert len(hits) >= 3 and all(u.startswith("http://") for (u,) in hits)
    n = db.execute("SELECT COUNT(*) FROM alignments WHERE status = 'added'").fetchone()[0]
    assert n > 0
    import json
    meta = json.loads((dest / "corpus.metadata.json").read_text(encoding="utf-8"))["databases"]["corpus"]["tables"]
    for table, spec in meta.items():            # every facet is a column of its table
        cols = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        assert set(spec["facets"]) | {spec["label_column"]} <= cols, table


def test_csv_cells_are_neutralised(tmp_path):
    rows = [{"doc_id": "a", "title": "=HYPERLINK(\"http://evil.test\",\"klik\")", "url": "http://x.test/a"},
            {"doc_id": "b", "title": "@SUM(A1)", "url": "http://x.test/b"},
            {"doc_id": "c", "title": "ASN = netral", "url": "http://x.test/c"}]
    ex.write_csv(rows, ("doc_id", "title", "url"), tmp_path / "d.csv")
    got = list(csv.DictReader(open(tmp_path / "d.csv", encoding="utf-8")))
    assert [r["title"] for r in got] == ["'=HYPERLINK(\"http://evil.test\",\"klik\")", "'@SUM(A1)", "ASN = netral"]
    ex.write_csv(rows, ("doc_id", "title", "url"), tmp_path / "raw.csv", neutral=False)
    assert list(csv.DictReader(open(tmp_path / "raw.csv", encoding="utf-8")))[0]["title"].startswith("=")


def test_missing_extra_is_one_line_and_writes_nothing(run, tmp_path, monkeypatch, capsys):
    out, _ = run
    monkeypatch.setitem(sys.modules, "openpyxl", None)        # as if not installed
    dest = tmp_path / "x"
    assert main(["export", str(out), "-f", "csv,xlsx", "--to", str(dest)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "openpyxl" in err and "corpus_tools[export]" in err
    assert not dest.exists()


def test_bad_format_and_missing_comparison(run, tmp_path, capsys):
    out, _ = run
    assert main(["export", str(out), "-f", "json", "--to", str(tmp_path / "y")]) == 2
    assert "unknown format" in capsys.readouterr().err
    assert main(["export", str(out), "--comparison", str(tmp_path / "none.json"), "--to", str(tmp_path / "z")]) == 0
    assert "alignments table is empty" in capsys.readouterr().err
    assert pd.read_csv(tmp_path / "z" / "alignments.csv").empty


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R not installed (apt-get install r-base-core)")
def test_r_reads_the_csv_exports(run):
    _, dest = run
    script = (f'd <- read.csv("{dest / "clauses.csv"}", colClasses = c(region_code = "character"), encoding = "UTF-8");'
              f'a <- read.csv("{dest / "alignments.csv"}", encoding = "UTF-8");'
              'cat(nrow(d), sum(startsWith(d$url, "http://")), nrow(a), sum(startsWith(a$url, "http://")), class(d$start))')
    out = subprocess.run(["Rscript", "-e", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    n, n_url, m, m_url, start_type = out.stdout.split()
    assert n == n_url == str(len(pd.read_csv(dest / "clauses.csv")))
    assert m == m_url and int(m) > 0 and start_type == "integer"
