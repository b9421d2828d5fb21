"""Benchmarks for corpus_tools, run as ``python -m bench [NAME [ARGS...]]``.

Each benchmark is a module of this package with ``main(argv) -> int``; register
it in ``BENCHMARKS`` so that ``python -m bench`` (no name) runs them all.
"""
from __future__ import annotations

BENCHMARKS: dict[str, str] = {
    "html": "bench.html",   # body-text P/R/F1 and pages/s of the HTML cleaners
    "dumps": "bench.dumps",  # the same for plain-text page dumps (line classifier vs jusText)
}
