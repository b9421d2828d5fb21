"""Body-text quality and speed of HTML cleaners on pages with gold bodies.

``python -m bench html [DIR ...] [--repeat N] [--per-page] [--check]``

A page is ``NAME.html`` next to ``NAME.gold.txt`` (the article body, one
paragraph per line). ``tests/pages`` is always included. Quality is the
token-level measure of the Zyte/ScrapingHub article-extraction benchmark: the
extracted and gold texts are bags of lower-cased word tokens, precision and
recall come from their multiset intersection, and page scores are averaged.
Speed is pages per second over the same page set, all extractors timed in the
same run, round-robin in a shuffled order per round, best of ``--repeat`` rounds
after a warm-up round (the best round is the least disturbed by other processes
on a shared machine; the spread across rounds is printed too).
"""
from __future__ import annotations

import argparse
import gc
import random
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "tests" / "pages"
DEFAULT_REPEAT = 7
MIN_ROUND_SECONDS = 0.2      # repeat the page set within a round until this long
MAX_SPEED_LOSS = 0.20        # the cleaner may be at most this much slower than trafilatura
_TOKEN = re.compile(r"\w+")


@dataclass
class Page:
    name: str
    html: str
    gold: str


@dataclass
class Score:
    precision: float
    recall: float
    f1: float


def load_pages(dirs: list[Path]) -> list[Page]:
    pages: list[Page] = []
    for d in dirs:
        if not d.is_dir():
            raise SystemExit(f"bench html: {d} is not a directory")
        for html_path in sorted(d.glob("*.html")):
            gold_path = html_path.with_name(html_path.stem + ".gold.txt")
            if not gold_path.exists():
                continue
            pages.append(Page(f"{d.name}/{html_path.stem}",
                              html_path.read_text(encoding="utf-8", errors="replace"),
                              gold_path.read_text(encoding="utf-8")))
    return pages


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(predicted: str, gold: str) -> Score:
    pred, ref = tokens(predicted), tokens(gold)
    tp = sum((pred & ref).values())
    p = tp / sum(pred.values()) if pred else (1.0 if not ref else 0.0)
    r = tp / sum(ref.values()) if ref else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f)


# --- extractors: html -> body text --------------------------------------------

def _cleaner(profiles: bool) -> Callable[[str], str]:
    from corpus_tools.html import HtmlSettings, clean_html
    settings = HtmlSettings(use_profiles=profiles)
    return lambda html: clean_html(html, "bench", settings=settings).text


def _trafilatura(html: str) -> str:
    import trafilatura
    return trafilatura.extract(html) or ""


def _justext() -> Callable[[str], str]:
    import justext
    stoplist = justext.get_stoplist("Indonesian")

    def run(html: str) -> str:
        paragraphs = justext.justext(html, stoplist)
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run


def extractors() -> dict[str, Callable[[str], str]]:
    return {
        "corpus_tools": _cleaner(profiles=False),
        "corpus_tools+profiles": _cleaner(profiles=True),
        "trafilatura": _trafilatura,
        "justext(id)": _justext(),
    }


# --- measurement ------------------------------------------------------------------

def measure_speed(funcs: dict[str, Callable[[str], str]], pages: list[Page],
                  repeat: int) -> dict[str, list[float]]:
    """Pages/second of every round per extractor (round-robin, shuffled, after a warm-up)."""
    htmls = [p.html for p in pages]
    inner = 1
    for name, f in funcs.items():             # warm-up, and size rounds to MIN_ROUND_SECONDS
        t0 = time.perf_counter()
        for h in htmls:
            f(h)
        elapsed = time.perf_counter() - t0
        inner = max(inner, int(MIN_ROUND_SECONDS / max(elapsed, 1e-6)) + 1)
    rates: dict[str, list[float]] = {name: [] for name in funcs}
    order = list(funcs)
    rng = random.Random(0)
    for _ in range(repeat):
        rng.shuffle(order)
        for name in order:
            f = funcs[name]
            gc.collect()
            t0 = time.perf_counter()
            for _ in range(inner):
                for h in htmls:
                    f(h)
            rates[name].append(inner * len(htmls) / (time.perf_counter() - t0))
    return rates


def run(dirs: list[Path], repeat: int = DEFAULT_REPEAT, per_page: bool = False,
        out=sys.stdout) -> dict[str, dict[str, float]]:
    pages = load_pages(dirs)
    if not pages:
        raise SystemExit("bench html: no NAME.html + NAME.gold.txt pairs found in "
                         + ", ".join(map(str, dirs)))
    funcs = extractors()
    results: dict[str, dict[str, float]] = {}
    page_rows: list[tuple[str, str, Score]] = []
    for name, f in funcs.items():
        scores = [score(f(p.html), p.gold) for p in pages]
        page_rows += [(p.name, name, s) for p, s in zip(pages, scores)]
        results[name] = {
            "precision": statistics.fmean(s.precision for s in scores),
            "recall": statistics.fmean(s.recall for s in scores),
            "f1": statistics.fmean(s.f1 for s in scores),
        }
    for name, rates in measure_speed(funcs, pages, repeat).items():
        results[name]["pages_per_s"] = max(rates)
        results[name]["pages_per_s_median"] = statistics.median(rates)

    print(f"{len(pages)} pages from {', '.join(str(d) for d in dirs)}; "
          f"pages/s = best (median) of {repeat} rounds", file=out)
    print(f"{'extractor':24s} {'precision':>9s} {'recall':>7s} {'F1':>7s} {'pages/s':>18s}", file=out)
    for name, r in results.items():
        print(f"{name:24s} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:7.3f} "
              f"{r['pages_per_s']:9.1f} ({r['pages_per_s_median']:6.1f})", file=out)
    if per_page:
        print(f"\n{'page':36s} {'extractor':24s} {'P':>6s} {'R':>6s} {'F1':>6s}", file=out)
        for page, name, s in sorted(page_rows):
            print(f"{page:36s} {name:24s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}", file=out)
    return results


def verdict(results: dict[str, dict[str, float]]) -> tuple[bool, str]:
    ours, base = results["corpus_tools"], results["trafilatura"]
    speed = ours["pages_per_s"] / base["pages_per_s"]
    ok = ours["f1"] > base["f1"] and speed >= 1 - MAX_SPEED_LOSS
    return ok, (f"corpus_tools vs trafilatura: F1 {ours['f1']:.3f} vs {base['f1']:.3f} "
                f"({ours['f1'] - base['f1']:+.3f}), speed {speed:.0%} of trafilatura's "
                f"(floor {1 - MAX_SPEED_LOSS:.0%}) -> {'OK' if ok else 'NOT MET'}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench html", description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more directories of NAME.html + NAME.gold.txt")
    ap.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="timed rounds (best is reported)")
    ap.add_argument("--per-page", action="store_true", help="also print per-page scores")
    ap.add_argument("--check", action="store_true", help="exit 1 when the cleaner misses its targets")
    ap.add_argument("--quick", action="store_true", help="smoke run: 3 timed rounds")
    ap.add_argument("--full", action="store_true", help="the default run (accepted for `python -m bench --full`)")
    args = ap.parse_args(argv)
    dirs = [DEFAULT_DIR] + [d for d in args.dirs if d.resolve() != DEFAULT_DIR]
    repeat = min(args.repeat, 3) if args.quick and not args.full else args.repeat
    results = run(dirs, repeat=max(1, repeat), per_page=args.per_page)
    ok, line = verdict(results)
    print(line)
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
