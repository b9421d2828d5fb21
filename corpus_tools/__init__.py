"""corpus_tools: how Indonesian regional circulars restate national rules on ASN neutrality.

The notebook API: every function returns a pandas DataFrame (``records=True``: a list of
dicts), and every row carries the URL of the article it comes from.

    extract_dir(raw, out)       articles -> documents and clauses; returns the documents
    compare_dir(out)            circulars vs the national baseline; returns the alignments
    load_documents(out)         one row per article (URL, outlet, region, issuer, circular, cluster)
    load_clauses(out)           one row per clause, document fields joined in
    load_alignments(out)        one row per circular x baseline clause (+ added clauses)
    discover(outlets)           candidate article URLs (sitemaps, feeds, crawl)
    export(out, ["sqlite"])     the three tables as csv / xlsx / parquet / sqlite files

    >>> import corpus_tools as ct
    >>> ct.__version__                                                # doctest: +SKIP
    '0.1.0'
    >>> [name for name in ("extract_dir", "load_clauses", "load_alignments") if name in dir(ct)]
    ['extract_dir', 'load_clauses', 'load_alignments']
    >>> docs = ct.extract_dir("raw", "extracted")                  # doctest: +SKIP
    >>> clauses = ct.load_clauses("extracted")                      # doctest: +SKIP
    >>> clauses.groupby("region")["clause_id"].count()               # doctest: +SKIP

Importing the package loads nothing heavy: spaCy and pandas are imported on first use.
"""
from __future__ import annotations

import os
from typing import Optional

def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("corpus_tools")          # one source: pyproject.toml
    except PackageNotFoundError:                # run from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

__all__ = ["__version__", "extract_dir", "compare_dir", "load_documents", "load_clauses", "load_alignments",
           "iter_documents", "extract_file", "discover", "export", "Settings"]


def extract_dir(raw_dir: str | os.PathLike = "raw", out_dir: str | os.PathLike = "extracted", *,
                records: bool = False, **options):
    """Extract every article of ``raw_dir`` into ``out_dir`` (incremental: unchanged inputs
    are skipped) and return its documents as :func:`load_documents` does. ``options`` are
    :func:`corpus_tools.batch.extract_dir`'s (``jobs``, ``force``, ``timeout``, ...). The
    frame also answers for the run: ``.ok``, ``.errors``, ``.processed``, ``.skipped``.

    >>> import corpus_tools as ct
    >>> docs = ct.extract_dir("raw", "extracted", jobs=1)           # doctest: +SKIP
    >>> docs.ok, docs.errors                                         # doctest: +SKIP
    (True, [])
    """
    from .batch import extract_dir as run
    from .outputs import load_documents
    report = run(raw_dir, out_dir, **options)
    if records:
        return load_documents(out_dir, records=True)
    from .export import ExtractResult
    return ExtractResult.of(load_documents(out_dir), report)


def compare_dir(out_dir: str | os.PathLike = "extracted", comparison_dir: Optional[str | os.PathLike] = None, *,
                baselines: Optional[list] = None, threshold: Optional[float] = None, records: bool = False):
    """Compare every circular of an extraction with the national baseline (writes
    ``OUT_DIR/comparison/``) and return the alignments as :func:`load_alignments` does.

    >>> al = ct.compare_dir("extracted")                             # doctest: +SKIP
    >>> al.pivot_table(index="region", columns="status", values="score", aggfunc="count")  # doctest: +SKIP
    """
    from pathlib import Path
    from .compare import compare_dir as run
    from .outputs import COMPARISON_JSON, load_alignments
    target = Path(comparison_dir) if comparison_dir else Path(out_dir) / "comparison"
    run(out_dir, target, baselines=baselines, threshold=threshold)
    return load_alignments(out_dir, comparison=target / COMPARISON_JSON, records=records)


_LAZY = {
    "load_documents": ("outputs", "load_documents"), "load_clauses": ("outputs", "load_clauses"),
    "load_alignments": ("outputs", "load_alignments"), "iter_documents": ("outputs", "iter_documents"),
    "extract_file": ("pipeline", "extract_file"), "discover": ("discover", "discover"),
    "export": ("export", "export"), "Settings": ("settings", "Settings"),
}


def __getattr__(name):  # lazy: importing the package must not load spaCy
    if name in _LAZY:
        import importlib
        module, attr = _LAZY[name]
        return getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    raise AttributeError(f"module 'corpus_tools' has no attribute {name!r}")


def __dir__():
    return sorted(__all__)
