"""Benchmarks for corpus_tools, run as ``python -m bench [NAME [ARGS...]]``.

Each benchmark is a module of this package with ``main(argv) -> int``; register
it in ``BENCHMARKS`` so that ``python -m bench`` (no name) runs them all. Every
benchmark accepts the common flags ``--quick`` (smoke run, minutes) and
``--full`` (the issue-size run, the default), so ``python -m bench --quick``
passes them to each.
"""
from __future__ import annotations

BENCHMARKS: dict[str, str] = {
    "html": "bench.html",   # body-text P/R/F1 and pages/s of the HTML cleaners
    "dumps": "bench.dumps",  # the same for plain-text page dumps (line classifier vs jusText)
    "extraction": "bench.extraction",  # clause P/R/F1 on tests/articles vs gold, and a cue-grep baseline
    "throughput": "bench.throughput",  # docs/s, peak memory, extract/compare scaling, cost vs trafilatura
    "stages": "bench.stages",  # ms per page of each extract stage, this code vs another checkout
    "identical": "bench.identical",  # snapshots of extract's outputs before/after a speed change, diffed
    "corpus": "bench.corpus",  # generator of the synthetic corpus the throughput bench uses (a tool)
}

# Registered names that ``python -m bench`` without a name does not run (tools, not measurements).
NOT_IN_ALL: frozenset[str] = frozenset({"corpus", "stages", "identical"})

# Flags every benchmark accepts (and may ignore).
COMMON_FLAGS: frozenset[str] = frozenset({"--quick", "--full"})
