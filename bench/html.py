"""Body-text quality and speed of HTML cleaners on pages with gold bodies.

``python -m bench html [DIR ...] [--quick] [--limit N] [--per-page] [--check] [--json FILE]``

Page sets, each scored on its own:

* ``tests/pages`` (always): the project's Indonesian pages, ``NAME.html`` + ``NAME.gold.txt``
  (one paragraph per line);
* ``scrapinghub``: ``../shared/benchmarks/scrapinghub`` (181 English news pages,
  ``html/<id>.html.gz`` + ``ground-truth.json``), when present;
* ``wcxb``: ``../shared/benchmarks/wcxb-dev-article`` (791 article pages of the WCXB dev
  split, ``html/<id>.html.gz`` + ``ground-truth/<id>.json``), when present;
* any ``DIR`` given on the command line (``NAME.html`` + ``NAME.gold.txt``).

A missing public benchmark is skipped with a note (a fresh clone has none); the folder is
looked up in ``$CORPUS_TOOLS_BENCHMARKS``, then ``../shared/benchmarks`` beside the checkout.

Quality is word-bag precision/recall/F1 per page (lower-cased word tokens, multiset
intersection), averaged over pages, as in the ScrapingHub/WCXB evaluations. Also counted:
*lead kept* (pages whose first gold paragraph of 10+ words is at least 80% in the output),
*list items kept* (gold list items, from the gold's markers or markdown, at least 80% in
the output), *empty* outputs, and *lost* pages: trafilatura's recall is at least 0.8 and the
extractor's is below half of trafilatura's.

Speed: every page is run through every extractor in a shuffled order (one run, so the
machine's load hits all extractors alike; a set of fewer than 100 pages, whose summed times
are a fraction of a second, is timed over three passes); pages/s is pages over the summed time, and the
*ratio* is an extractor's time per page over bare ``trafilatura.extract``'s. The row
``corpus_tools extract_file`` times the whole pipeline on the same pages (clean, segment,
clauses, metadata; not scored). The targets of issue 11 (``--check``): corpus_tools F1
above trafilatura's on every set, >= 0.97 on ScrapingHub and >= 0.94 on WCXB, no lost
pages, cleaning at most 1.2x and extract_file at most 2x trafilatura's time per page.
"""
from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "tests" / "pages"
QUICK_SAMPLE = 15            # pages per public benchmark in --quick mode
LEAD_MIN_WORDS = 10          # the lead is the first gold paragraph this long
KEPT_SHARE = 0.8             # a lead / list item counts as kept when this share of its tokens is output
LOST_TRAF_RECALL = 0.8       # trafilatura "finds the article" at this recall ...
LOST_SHARE = 0.5             # ... and an extractor "loses" it below this share of trafilatura's recall
SMALL_SET_PAGES = 100        # a set smaller than this ...
SMALL_SET_ROUNDS = 3         # ... is timed over this many passes (scored on the first)
MAX_CLEAN_RATIO = 1.2        # targets of issue 11
MAX_EXTRACT_RATIO = 2.0
F1_TARGETS = {"scrapinghub": 0.97, "wcxb": 0.94}
BASELINE = "trafilatura"
_TOKEN = re.compile(r"\w+")
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)]|\(?[a-zA-Z][.)]|\(\d{1,3}\))\s+(.+)$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


@dataclass
class Page:
    name: str
    html: str
    gold: str
    lead: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Score:
    precision: float
    recall: float
    f1: float


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(predicted: str, gold: str) -> Score:
    return _score(tokens(predicted), tokens(gold))


def _score(pred: Counter, ref: Counter) -> Score:
    tp = sum((pred & ref).values())
    p = tp / sum(pred.values()) if pred else (1.0 if not ref else 0.0)
    r = tp / sum(ref.values()) if ref else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f)


def _contained(part: str, bag: Counter) -> bool:
    need = tokens(part)
    total = sum(need.values())
    return total > 0 and sum((need & bag).values()) >= KEPT_SHARE * total


def _lead(paragraphs: list[str]) -> str:
    return next((p for p in paragraphs if len(p.split()) >= LEAD_MIN_WORDS), "")


# --- page sets -----------------------------------------------------------------------

def load_pages(dirs: list[Path]) -> list[Page]:
    """NAME.html + NAME.gold.txt pairs (gold: one paragraph per line)."""
    pages: list[Page] = []
    for d in dirs:
        if not d.is_dir():
            raise SystemExit(f"bench html: {d} is not a directory")
        for html_path in sorted(d.glob("*.html")):
            gold_path = html_path.with_name(html_path.stem + ".gold.txt")
            if not gold_path.exists():
                continue
            gold = gold_path.read_text(encoding="utf-8")
            lines = [ln.strip() for ln in gold.splitlines() if ln.strip()]
            items = [m.group(1) for m in map(_LIST_LINE.match, lines) if m]
            pages.append(Page(f"{d.name}/{html_path.stem}",
                              html_path.read_text(encoding="utf-8", errors="replace"),
                              gold, _lead(lines), items))
    return pages


def _read_gz(path: Path) -> str:
    data = gzip.decompress(path.read_bytes())
    from charset_normalizer import from_bytes
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def load_scrapinghub(root: Path) -> list[Page]:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        path = root / "html" / f"{key}.html.gz"
        if not path.exists():
            continue
        body = truth[key].get("articleBody") or ""
        paras = [p.strip() for p in body.split("\n") if p.strip()]
        pages.append(Page(f"scrapinghub/{key[:12]}", _read_gz(path), body, _lead(paras)))
    return pages


def load_wcxb(root: Path) -> list[Page]:
    pages = []
    for path in sorted((root / "ground-truth").glob("*.json")):
        gt = json.loads(path.read_text(encoding="utf-8")).get("ground_truth") or {}
        if isinstance(gt, str):            # some files store it as a Python literal
            import ast
            gt = ast.literal_eval(gt)
        body = gt.get("main_content") or ""
        html_path = root / "html" / f"{path.stem}.html.gz"
        if not body.strip() or not html_path.exists():
            continue
        paras = [p.strip() for p in body.split("\n") if p.strip()]
        md = gt.get("main_content_markdown") or ""
        items = [_MD_LINK.sub(r"\1", m.group(1)) for m in map(_LIST_LINE.match, md.splitlines()) if m]
        pages.append(Page(f"wcxb/{path.stem}", _read_gz(html_path), body, _lead(paras), items))
    return pages


def benchmarks_root() -> Path:
    env = os.environ.get("CORPUS_TOOLS_BENCHMARKS")
    if env:
        return Path(env)
    for cand in (ROOT.parent / "shared" / "benchmarks", ROOT / "benchmarks"):
        if cand.is_dir():
            return cand
    return ROOT.parent / "shared" / "benchmarks"


def page_sets(extra_dirs: list[Path], quick: bool, limit: Optional[int],
              out=sys.stdout) -> dict[str, list[Page]]:
    sets: dict[str, list[Page]] = {"tests/pages": load_pages([DEFAULT_DIR])}
    for d in extra_dirs:
        if d.resolve() != DEFAULT_DIR:
            sets[str(d)] = load_pages([d])
    root = benchmarks_root()
    for name, folder, loader in (("scrapinghub", "scrapinghub", load_scrapinghub),
                                 ("wcxb", "wcxb-dev-article", load_wcxb)):
        path = root / folder
        if not path.is_dir():
            print(f"[skipped {name}: {path} not found (public benchmark not on this machine)]", file=out)
            continue
        pages = loader(path)
        n = QUICK_SAMPLE if quick else limit
        if n is not None and n < len(pages):
            pages = sorted(random.Random(0).sample(pages, n), key=lambda p: p.name)
        sets[name] = pages
    return sets


# --- extractors: html -> body text ------------------------------------------------------

def _cleaner() -> Callable[[str], str]:
    from corpus_tools.html import clean_html
    from corpus_tools.settings import Settings
    settings = Settings()
    return lambda html: clean_html(html, "bench", settings=settings).text


def _trafilatura(fast: bool) -> Callable[[str], str]:
    import trafilatura
    return lambda html: trafilatura.extract(html, fast=fast) or ""


def _readability() -> Optional[Callable[[str], str]]:
    try:
        from readability import Document
    except ImportError:
        return None
    import lxml.html

    def run(html: str) -> str:
        try:
            summary = Document(html).summary(html_partial=True)
            return lxml.html.fromstring(summary).text_content() if summary.strip() else ""
        except Exception:
            return ""
    return run


def _justext(language: str) -> Optional[Callable[[str], str]]:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist(language)

    def run(html: str) -> str:
        try:
            paragraphs = justext.justext(html.encode("utf-8"), stoplist, encoding="utf-8")
        except Exception:
            return ""
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return run


def extractors(out=sys.stdout) -> dict[str, Callable[[str], str]]:
    funcs: dict[str, Optional[Callable[[str], str]]] = {
        "corpus_tools": _cleaner(),
        "trafilatura": _trafilatura(fast=False),
        "trafilatura(fast)": _trafilatura(fast=True),
        "readability-lxml": _readability(),
        "justext(id)": _justext("Indonesian"),
        "justext(en)": _justext("English"),
    }
    missing = [name for name, f in funcs.items() if f is None]
    if missing:
        print(f"[skipped {', '.join(missing)}: not installed (pip install -e '.[bench]')]", file=out)
    return {name: f for name, f in funcs.items() if f is not None}


def _extract_file() -> Callable[[Path], object]:
    from corpus_tools.io import InputError
    from corpus_tools.pipeline import extract_file

    def run(path: Path):
        try:
            return extract_file(path)
        except InputError:
            return None
    return run


# --- measurement -----------------------------------------------------------------------

@dataclass
class Row:
    scores: list[Score] = field(default_factory=list)
    seconds: float = 0.0
    lead_kept: int = 0
    leads: int = 0
    items_kept: int = 0
    items: int = 0
    empty: int = 0
    lost: list[str] = field(default_factory=list)


def measure(pages: list[Page], funcs: dict[str, Callable[[str], str]], with_pipeline: bool,
            per_page: list | None = None, rounds: int = 1) -> dict[str, Row]:
    """Score every page with every extractor; time them over ``rounds`` passes (a small
    set's summed times are a fraction of a second: more passes steady the ratios; the
    scores come from the first pass)."""
    rows = {name: Row() for name in funcs}
    pipeline_row = Row()
    extract = _extract_file() if with_pipeline else None
    rng = random.Random(0)
    order = list(funcs)
    with tempfile.TemporaryDirectory(prefix="bench-html-") as tmp:
        # warm-up, not timed: first-call costs (imports, compiled rules, spaCy's model) would
        # land on whichever set runs first
        if pages:
            for name in order:
                funcs[name](pages[0].html)
            if extract is not None:
                warm = Path(tmp) / "warm-up.html"
                warm.write_text(pages[0].html, encoding="utf-8")
                extract(warm)
        for n, page in enumerate(pages * max(1, rounds)):
            scored = n < len(pages)
            ref = tokens(page.gold)
            path = Path(tmp) / f"p{n % len(pages):04d}.html"
            if extract is not None and scored:
                path.write_text(page.html, encoding="utf-8")
            rng.shuffle(order)
            texts: dict[str, str] = {}
            gc.collect()
            for name in order + (["extract_file"] if extract is not None else []):
                t0 = time.perf_counter()
                if name == "extract_file":
                    extract(path)
                    pipeline_row.seconds += time.perf_counter() - t0
                    continue
                texts[name] = funcs[name](page.html)
                rows[name].seconds += time.perf_counter() - t0
            if not scored:
                continue
            base = _score(tokens(texts[BASELINE]), ref) if BASELINE in texts else None
            for name, text in texts.items():
                row, bag = rows[name], tokens(text)
                s = _score(bag, ref)
                row.scores.append(s)
                row.empty += not text.strip()
                if page.lead:
                    row.leads += 1
                    row.lead_kept += _contained(page.lead, bag)
                row.items += len(page.items)
                row.items_kept += sum(_contained(item, bag) for item in page.items)
                if base is not None and base.recall >= LOST_TRAF_RECALL and s.recall < LOST_SHARE * base.recall:
                    row.lost.append(page.name)
                if per_page is not None:
                    per_page.append((page.name, name, s))
    if extract is not None:
        rows["corpus_tools extract_file"] = pipeline_row
    return rows


def measure_speed(funcs: dict[str, Callable[[str], str]], pages: list[Page],
                  repeat: int) -> dict[str, list[float]]:
    """Pages/second of every round per extractor (round-robin, shuffled, after a warm-up);
    kept for bench.dumps, which times its line classifiers this way."""
    htmls = [p.html for p in pages]
    for f in funcs.values():
        for h in htmls:
            f(h)
    rates: dict[str, list[float]] = {name: [] for name in funcs}
    order = list(funcs)
    rng = random.Random(0)
    for _ in range(max(1, repeat)):
        rng.shuffle(order)
        for name in order:
            gc.collect()
            t0 = time.perf_counter()
            for h in htmls:
                funcs[name](h)
            rates[name].append(len(htmls) / max(time.perf_counter() - t0, 1e-9))
    return rates


def summarise(rows: dict[str, Row], n_pages: int) -> dict[str, dict[str, float]]:
    base_t = rows[BASELINE].seconds if BASELINE in rows else 0.0
    out: dict[str, dict[str, float]] = {}
    for name, row in rows.items():
        r: dict[str, float] = {"pages_per_s": n_pages / row.seconds if row.seconds else 0.0,
                               "time_ratio": row.seconds / base_t if base_t else 0.0}
        if row.scores:
            r.update(precision=statistics.fmean(s.precision for s in row.scores),
                     recall=statistics.fmean(s.recall for s in row.scores),
                     f1=statistics.fmean(s.f1 for s in row.scores),
                     lead_kept=row.lead_kept / row.leads if row.leads else float("nan"),
                     items_kept=row.items_kept / row.items if row.items else float("nan"),
                     items=row.items, empty=row.empty, lost=len(row.lost))
        out[name] = r
    return out


def print_table(name: str, n_pages: int, results: dict[str, dict[str, float]], out=sys.stdout) -> None:
    print(f"\n## {name}: {n_pages} pages", file=out)
    print(f"{'extractor':26s} {'P':>6s} {'R':>6s} {'F1':>6s} {'pages/s':>8s} {'x traf':>7s} "
          f"{'lead':>6s} {'items':>6s} {'empty':>5s} {'lost':>5s}", file=out)
    for ext, r in results.items():
        if "f1" not in r:
            print(f"{ext:26s} {'':>6s} {'':>6s} {'':>6s} {r['pages_per_s']:8.1f} {r['time_ratio']:7.2f}",
                  file=out)
            continue
        items = f"{r['items_kept']:6.3f}" if r["items"] else f"{'-':>6s}"
        print(f"{ext:26s} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
              f"{r['pages_per_s']:8.1f} {r['time_ratio']:7.2f} {r['lead_kept']:6.3f} {items} "
              f"{r['empty']:5d} {r['lost']:5d}", file=out)


def verdict(all_results: dict[str, dict[str, dict[str, float]]]) -> tuple[bool, list[str]]:
    ok, lines = True, []
    for set_name, results in all_results.items():
        ours, base = results.get("corpus_tools"), results.get(BASELINE)
        if not ours or not base:
            continue
        checks = [("F1 above trafilatura", ours["f1"] > base["f1"]),
                  ("no lost pages", ours["lost"] == 0),
                  (f"cleaning <= {MAX_CLEAN_RATIO}x", ours["time_ratio"] <= MAX_CLEAN_RATIO)]
        if set_name in F1_TARGETS:
            checks.append((f"F1 >= {F1_TARGETS[set_name]}", ours["f1"] >= F1_TARGETS[set_name]))
        pipe = results.get("corpus_tools extract_file")
        if pipe:
            checks.append((f"extract_file <= {MAX_EXTRACT_RATIO}x", pipe["time_ratio"] <= MAX_EXTRACT_RATIO))
        failed = [c for c, good in checks if not good]
        ok &= not failed
        lines.append(f"{set_name}: corpus_tools F1 {ours['f1']:.3f} vs trafilatura {base['f1']:.3f} "
                     f"({ours['f1'] - base['f1']:+.3f}), time x{ours['time_ratio']:.2f}"
                     + (f", extract_file x{pipe['time_ratio']:.2f}" if pipe else "")
                     + f", lost {ours['lost']} -> " + ("OK" if not failed else "NOT MET: " + "; ".join(failed)))
    return ok, lines


def run(extra_dirs: list[Path], quick: bool = False, limit: Optional[int] = None,
        per_page: bool = False, with_pipeline: bool = True, out=sys.stdout):
    sets = page_sets(extra_dirs, quick, limit, out)
    funcs = extractors(out)
    for f in funcs.values():                 # warm-up: imports, models, caches
        f(sets["tests/pages"][0].html if sets["tests/pages"] else "<html></html>")
    if with_pipeline:
        _extract_file()(DEFAULT_DIR / "detik_style.html")
    all_results, page_rows, lost = {}, [], {}
    for set_name, pages in sets.items():
        if not pages:
            print(f"[skipped {set_name}: no pages]", file=out)
            continue
        rounds = SMALL_SET_ROUNDS if len(pages) < SMALL_SET_PAGES else 1
        rows = measure(pages, funcs, with_pipeline, page_rows if per_page else None, rounds)
        all_results[set_name] = summarise(rows, len(pages) * rounds)
        print_table(set_name, len(pages), all_results[set_name], out)
        lost[set_name] = rows["corpus_tools"].lost
        if lost[set_name]:
            print(f"corpus_tools lost: {' '.join(lost[set_name][:20])}", file=out)
        out.flush()
    if per_page:
        print(f"\n{'page':36s} {'extractor':24s} {'P':>6s} {'R':>6s} {'F1':>6s}", file=out)
        for page, name, s in sorted(page_rows, key=lambda r: (r[0], r[1])):
            print(f"{page:36s} {name:24s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}", file=out)
    return all_results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench html", description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, help="more directories of NAME.html + NAME.gold.txt")
    ap.add_argument("--quick", action="store_true", help=f"a sample of {QUICK_SAMPLE} pages per public benchmark")
    ap.add_argument("--full", action="store_true", help="every page (the default)")
    ap.add_argument("--limit", type=int, help="at most N pages per public benchmark (a fixed sample)")
    ap.add_argument("--no-pipeline", action="store_true", help="do not time extract_file")
    ap.add_argument("--per-page", action="store_true", help="also print per-page scores")
    ap.add_argument("--json", type=Path, help="write the results to this JSON file")
    ap.add_argument("--check", action="store_true", help="exit 1 when the cleaner misses its targets")
    ap.add_argument("--repeat", type=int, help=argparse.SUPPRESS)   # accepted for old callers
    args = ap.parse_args(argv)
    results = run(args.dirs, quick=args.quick and not args.full, limit=args.limit,
                  per_page=args.per_page, with_pipeline=not args.no_pipeline)
    ok, lines = verdict(results)
    print()
    for line in lines:
        print(line)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
