"""Body-text quality and speed on plain-text page dumps (no markup).

``python -m bench dumps [DIR ...] [--repeat N] [--per-page]``

A dump is ``NAME.txt`` with ``NAME.gold.txt`` beside it (one body paragraph per
line); a gold file whose dump is not beside it is looked up in ``raw/`` (the
seeds). ``tests/dumps`` is always included. Compared, on the same dumps:
corpus_tools' line classifier, jusText with the Indonesian stop list wrapped
over lines (each line a <p>), and trafilatura on the same wrapped page. Scores
and timing are those of ``bench.html``, plus two line-level rates (the targets of
issue 9): *removed*, the share of the dump's boilerplate lines (lines not in the
gold body) missing from the output, and *kept*, the share of gold body lines
present in the output (a line of a hard-wrapped page is present when it stands inside an output
paragraph). Rates are pooled over all lines of all dumps.

Article bodies written for clause evaluation (``tests/articles/NAME.txt`` with
``NAME.body.txt``) are read too when a directory holds them.
"""
from __future__ import annotations

import argparse
import re
import html as htmllib
import statistics
import sys
from pathlib import Path
from typing import Callable

from .html import Page, measure_speed, score

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "tests" / "dumps"
RAW_DIR = ROOT / "raw"


def load_dumps(dirs: list[Path]) -> list[Page]:
    pages = []
    for d in dirs:
        if not d.is_dir():
            raise SystemExit(f"bench dumps: {d} is not a directory")
        for suffix in (".gold.txt", ".body.txt"):
            for gold in sorted(d.glob(f"*{suffix}")):
                stem = gold.name[:-len(suffix)]
                dump = next((p for p in (d / f"{stem}.txt", RAW_DIR / f"{stem}.txt") if p.exists()), None)
                if dump:
                    pages.append(Page(f"{d.name}/{stem}", dump.read_text(encoding="utf-8"),
                                      gold.read_text(encoding="utf-8")))
    return pages


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


# A line of a hard-wrapped page comes out joined with its neighbours into a paragraph (a word
# broken with a hyphen mended): it is in the output when its text, a closing break hyphen
# dropped, stands inside an output paragraph and has at least this many words, or when it
# stands there joined to the line above or below it (a short fragment: "partai politik.").
JOINED_MIN_WORDS = 3
_BREAK_RE = re.compile(r"(?<=[^\W\d_])-$")


def _join(a: str, b: str) -> str:
    """Two wrapped lines as the cleaner joins them: a word broken with a hyphen mended."""
    return a[:-1] + b if _BREAK_RE.search(a) and b[:1].islower() else f"{a} {b}"


def line_counts(dump: str, gold: str, output: str) -> tuple[int, int, int, int]:
    """(boilerplate lines, of them removed, body lines, of them kept) for one dump: a dump
    line is body when it is a line of the gold body; it is kept when it is a line of the output
    or, joined into a paragraph, part of one."""
    # the cleaner mends mojibake before it reads a line: a line is compared as mended
    from corpus_tools.clean import repair_mojibake
    dump, gold = repair_mojibake(dump), repair_mojibake(gold)
    body = {_norm(ln) for ln in gold.splitlines() if _norm(ln)}
    out = {_norm(ln) for ln in output.splitlines() if _norm(ln)}
    lines = {_norm(ln) for ln in dump.splitlines()}
    joined = "\n".join(o for o in out if o not in lines)     # paragraphs the cleaner joined

    seq = [ln for ln in (_norm(x) for x in dump.splitlines()) if ln]

    def present(i: int) -> bool:
        ln = seq[i]
        core = _BREAK_RE.sub("", ln)
        if ln in out or (len(core.split()) >= JOINED_MIN_WORDS and core in joined):
            return True
        return bool(joined) and ((i > 0 and _join(seq[i - 1], ln) in joined)
                                 or (i + 1 < len(seq) and _join(ln, seq[i + 1]) in joined))
    bp = removed = bd = kept = 0
    for i, ln in enumerate(seq):
        if ln in body:
            bd += 1
            kept += present(i)
        else:
            bp += 1
            removed += not present(i)
    return bp, removed, bd, kept


def as_html(dump: str) -> str:
    """A text dump as the simplest page: every line a paragraph."""
    lines = (htmllib.escape(line.strip()) for line in dump.splitlines() if line.strip())
    return "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"


def extractors() -> dict[str, Callable[[str], str]]:
    import justext
    import trafilatura
    from corpus_tools.clean import clean_text_dump
    stoplist = justext.get_stoplist("Indonesian")

    def jt(dump: str, **knobs) -> str:
        return "\n".join(p.text for p in justext.justext(as_html(dump), stoplist, **knobs) if not p.is_boilerplate)
    return {
        "corpus_tools(lines)": lambda dump: clean_text_dump(dump, "bench").text,
        "justext(id, lines)": jt,
        # jusText's defaults want paragraphs of 200+ characters; news dumps have one
        # sentence a line, so a fairer run halves its length thresholds
        "justext(id, short)": lambda dump: jt(dump, length_low=35, length_high=100),
        "trafilatura(lines)": lambda dump: trafilatura.extract(as_html(dump)) or "",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench dumps", description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 timed rounds")
    ap.add_argument("--full", action="store_true", help="the default run (accepted for `python -m bench --full`)")
    args = ap.parse_args(argv)
    if args.quick and not args.full:
        args.repeat = min(args.repeat, 2)
    pages = load_dumps([DEFAULT_DIR] + args.dirs)
    funcs = extractors()
    print(f"{len(pages)} dumps; speed = best of {args.repeat} rounds")
    rates = measure_speed(funcs, pages, args.repeat)
    print(f"{'extractor':24} {'precision':>9} {'recall':>7} {'F1':>7} {'removed':>8} {'kept':>6} {'pages/s':>9}")
    for name, f in funcs.items():
        outputs = [f(p.html) for p in pages]
        scores = [score(o, p.gold) for o, p in zip(outputs, pages)]
        counts = [line_counts(p.html, p.gold, o) for o, p in zip(outputs, pages)]
        if args.per_page:
            for p, s, c in zip(pages, scores, counts):
                print(f"  {name:22} {p.name:36} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f} "
                      f"removed {c[1]}/{c[0]} kept {c[3]}/{c[2]}")
        mean = lambda xs: statistics.fmean(xs) if xs else 0.0  # noqa: E731
        bp, removed, bd, kept = (sum(c[i] for c in counts) for i in range(4))
        print(f"{name:24} {mean([s.precision for s in scores]):9.3f} {mean([s.recall for s in scores]):7.3f} "
              f"{mean([s.f1 for s in scores]):7.3f} {removed / max(bp, 1):8.3f} {kept / max(bd, 1):6.3f} "
              f"{max(rates[name]):9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
