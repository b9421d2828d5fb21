import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"


@pytest.fixture(scope="session")
def seeds_extracted(tmp_path_factory):
    """The seed articles of raw/ extracted once for the whole session."""
    from corpus_tools import extract_dir
    src = tmp_path_factory.mktemp("raw")
    for p in sorted(RAW.glob("*.txt")):
        shutil.copy(p, src / p.name)
    out = tmp_path_factory.mktemp("extracted")
    report = extract_dir(src, out, jobs=1)
    assert report.ok, report.errors
    return out


@pytest.fixture(scope="session")
def seed_docs(seeds_extracted):
    from corpus_tools import load_documents
    return {d["doc_id"][:3]: d for d in load_documents(seeds_extracted, records=True)}
