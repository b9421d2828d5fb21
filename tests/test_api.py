"""The notebook API: what `import corpus_tools` offers, what it returns, and its doctests."""
from __future__ import annotations

import doctest
import importlib
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pandas as pd
import pytest

import corpus_tools as ct
from corpus_tools.cli import main
from corpus_tools.io import InputError

ROOT = Path(__file__).resolve().parent.parent
API = ["extract_dir", "compare_dir", "load_documents", "load_clauses", "load_alignments", "discover", "export"]
# modules whose docstring examples are part of the documentation (run here, so CI runs them)
DOCTEST_MODULES = ["corpus_tools", "corpus_tools.outputs", "corpus_tools.provenance", "corpus_tools.duplicates",
                   "corpus_tools.discover", "corpus_tools.export"]


def test_dir_lists_the_api_and_version():
    assert set(API) <= set(dir(ct)) and set(API) <= set(ct.__all__)
    assert ct.__version__ == version("corpus_tools")
    for name in API:
        assert getattr(ct, name).__doc__, name


def test_cli_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.strip() == f"corpus-tools {ct.__version__}"


def test_import_loads_neither_spacy_nor_pandas():
    code = "import sys, corpus_tools; print('spacy' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("module", DOCTEST_MODULES)
def test_doctests(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_loaders_return_frames_or_records(seeds_extracted):
    docs = ct.load_documents(seeds_extracted)
    assert isinstance(docs, pd.DataFrame) and docs["doc_id"].is_unique
    assert {"url", "region", "region_code", "issuer", "circular_number", "circular_date", "cluster_id"} <= set(docs.columns)
    recs = ct.load_documents(seeds_extracted, records=True)
    assert isinstance(recs, list) and recs[0]["clauses"]            # the stored documents themselves
    clauses = ct.load_clauses(seeds_extracted)
    assert isinstance(clauses, pd.DataFrame) and clauses["clause_id"].is_unique
    assert len(ct.load_clauses(seeds_extracted, records=True)) == len(clauses)
    # the seeds were saved by hand without URLs: the column is there and empty
    assert "url" in clauses.columns and clauses["url"].isna().all()


def test_extract_and_compare_return_frames(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "tests" / "republished", raw)
    (raw / "sources.csv").write_text("file,url\n" + "".join(
        f"{p.name},https://arsip.test/{p.stem}\n" for p in sorted(raw.glob("*.txt"))), encoding="utf-8")
    docs = ct.extract_dir(raw, tmp_path / "out", jobs=1)
    assert isinstance(docs, pd.DataFrame) and docs.ok and docs.errors == [] and len(docs.processed) == len(docs)
    assert docs["url"].str.startswith("https://arsip.test/").all()
    assert type(docs[["doc_id"]]) is pd.DataFrame                     # derived frames are plain
    al = ct.compare_dir(tmp_path / "out")
    assert isinstance(al, pd.DataFrame) and al["url"].notna().all()
    assert {"identical", "modified", "covered", "omitted", "added"} & set(al["status"])
    assert ct.compare_dir(tmp_path / "out", records=True)[0].keys() == set(al.columns)
    again = ct.extract_dir(raw, tmp_path / "out", jobs=1)               # nothing changed
    assert again.processed == [] and len(again.skipped) == len(docs)


def test_load_alignments_without_comparison_names_the_file(seeds_extracted, tmp_path):
    with pytest.raises(InputError, match="comparison.json.*run `corpus-tools compare`"):
        ct.load_alignments(tmp_path)
    with pytest.raises(InputError, match="documents.*run `corpus-tools extract`"):
        ct.load_clauses(tmp_path)


def test_tutorial_python_blocks_run(tmp_path, monkeypatch, capsys):
    """docs/tutorial.md's Python blocks, in order, on the invented republished corpus."""
    import re
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "tests" / "republished", raw)
    (raw / "sources.csv").write_text("file,url\n" + "".join(
        f"{p.name},https://arsip.test/{p.stem}\n" for p in sorted(raw.glob("*.txt"))), encoding="utf-8")
    assert main(["extract", str(raw), "--out", str(tmp_path / "extracted"), "-j", "1", "-q"]) == 0
    assert main(["compare", str(tmp_path / "extracted")]) == 0
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 6
    monkeypatch.chdir(tmp_path)
    ns: dict = {}
    for block in blocks:
        exec(compile(block, "docs/tutorial.md", "exec"), ns)
    assert (tmp_path / "clauses_per_region.png").stat().st_size > 1000
    assert ns["dropped"].iloc[0] >= 1 and not ns["matrix"].empty
    assert ns["docs"]["cluster_id"].nunique() == len(ns["docs"]) - 2     # one release on three outlets
    assert "https://arsip.test/" in capsys.readouterr().out
