"""Thin command-line layer over the Python API (one subcommand per stage)."""
from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path


def _cmd_extract(args: argparse.Namespace) -> int:
    from .batch import extract_dir
    from .io import InputError, OutputError
    from .settings import Settings, SettingsError
    try:
        settings = Settings.from_file(args.config) if args.config else None
        timeout = {} if args.timeout is None else {"timeout": args.timeout or None}
        report = extract_dir(args.raw_dir, args.out, jobs=args.jobs, force=args.force, prune=args.prune,
                             scheduler=args.scheduler, progress=not args.quiet, settings=settings, **timeout)
    except (InputError, SettingsError) as exc:
        print(f"corpus-tools extract: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:      # OutputError: one line naming the path (unwritable, disk full)
        msg = exc if isinstance(exc, OutputError) else f"{exc.filename or args.out}: {exc.strerror or exc}"
        print(f"corpus-tools extract: {msg}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 128 + _signalled.get("signum", signal.SIGINT)
    return 0 if report.ok or not args.strict else 1


def _cmd_compare(args: argparse.Namespace) -> int:
    from .compare import compare_dir
    from .io import InputError
    from .settings import SettingsError
    try:
        result = compare_dir(args.extracted, args.out, baselines=args.baseline or None, threshold=args.threshold,
                             shipped=not args.only_given_baselines, clusters=args.duplicates,
                             count_duplicates=args.count_duplicates)
    except (InputError, SettingsError) as exc:
        print(f"corpus-tools compare: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"corpus-tools compare: {exc.filename or args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"compare: {len(result['circulars'])} circular(s) against {len(result['baseline_clauses'])} baseline clauses "
          f"-> {args.out}", file=sys.stderr)
    return 0


def _cmd_scrape(args: argparse.Namespace) -> int:
    from .scrape import scrape_cli
    return scrape_cli(args)


def _cmd_discover(args: argparse.Namespace) -> int:
    from .discover import discover_cli
    return discover_cli(args)


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import export_cli
    return export_cli(args)          # export holds OUT_DIR's shared lock while it reads


def _cmd_validate(args: argparse.Namespace) -> int:
    from .io import InputError
    from .validate import validate_dir
    try:
        problems = validate_dir(args.extracted)
    except InputError as exc:
        print(f"corpus-tools validate: {exc}", file=sys.stderr)
        return 2
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def _cmd_evaluate(args: argparse.Namespace) -> int:
    import json
    from .evaluate import evaluate, format_report
    from .io import InputError, atomic_write
    try:
        result = evaluate(args.gold, args.extracted, gold_min=args.gold_min, pred_min=args.pred_min)
    except InputError as exc:
        print(f"corpus-tools evaluate: {exc}", file=sys.stderr)
        return 2
    print(format_report(result, per_document=args.per_document, show=args.show))
    if args.json:
        atomic_write(args.json, json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


def _threshold(value: str) -> float:
    """--threshold: a score on the 0-100 scale of the similarity (argparse type)."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number (a score from 0 to 100)") from None
    if not 0 <= x <= 100:    # also refuses nan
        raise argparse.ArgumentTypeError(f"{value} is outside 0-100 (scores are 0-100)")
    return x


def _share(value: str) -> float:
    """--gold-min/--pred-min: a share in (0, 1] (argparse type)."""
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number (a share from 0 to 1)") from None
    if not 0 < x <= 1:
        raise argparse.ArgumentTypeError(f"{value} is outside (0, 1]")
    return x


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corpus-tools", description=__doc__)
    from . import __version__
    p.add_argument("--version", action="version", version=f"corpus-tools {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="raw articles -> documents/*.json + clauses.jsonl")
    e.add_argument("raw_dir", nargs="?", default="raw", type=Path)
    e.add_argument("--out", default="extracted", type=Path)
    e.add_argument("-j", "--jobs", type=int, default=0, help="worker processes (0 = all cores)")
    e.add_argument("--scheduler", default=None, help="dask.distributed scheduler address, e.g. tcp://127.0.0.1:8786")
    e.add_argument("--force", action="store_true", help="reprocess unchanged inputs")
    e.add_argument("--prune", action="store_true",
                   help="allow removing most or all documents whose inputs are gone (else such a run is refused)")
    e.add_argument("--config", type=Path, default=None,
                   help="settings file (JSON or TOML): replacement data files and knobs")
    e.add_argument("--timeout", type=float, default=None,
                   help="seconds per document before it is reported as an error (default 120 or the "
                        "config's doc_timeout; 0 = none)")
    e.add_argument("--strict", action="store_true", help="exit 1 when any input failed")
    e.add_argument("-q", "--quiet", action="store_true")
    e.set_defaults(func=_cmd_extract)

    c = sub.add_parser("compare", help="circulars vs the national baselines")
    c.add_argument("extracted", nargs="?", default="extracted", type=Path)
    c.add_argument("--out", default=None, type=Path, help="default: EXTRACTED/comparison")
    c.add_argument("--baseline", action="append", type=Path,
                   help="a further baseline JSON file (repeatable), added to the shipped baselines")
    c.add_argument("--only-given-baselines", action="store_true",
                   help="compare with the --baseline files only, not the shipped ones")
    c.add_argument("--duplicates", type=Path, default=None,
                   help="JSON object or CSV (doc_id,cluster) of republished articles: one witness per cluster")
    c.add_argument("--count-duplicates", action="store_true", help="count every republished copy as a witness")
    c.add_argument("--threshold", type=_threshold, default=None, help="alignment score threshold (0-100)")
    c.set_defaults(func=_cmd_compare)

    s = sub.add_parser("scrape", help="fetch article URLs into raw/")
    s.add_argument("urls_file", type=Path)
    s.add_argument("--raw", default="raw", type=Path)
    from .scrape import add_arguments as _scrape_arguments
    _scrape_arguments(s)
    s.set_defaults(func=_cmd_scrape)

    d = sub.add_parser("discover", help="outlets -> candidate article URLs (sitemaps, feeds, crawl) for scrape")
    from .discover import add_arguments as _discover_arguments
    _discover_arguments(d)
    d.set_defaults(func=_cmd_discover)

    x = sub.add_parser("export", help="documents, clauses, alignments as csv / xlsx / parquet / sqlite tables")
    from .export import add_arguments as _export_arguments
    _export_arguments(x)
    x.set_defaults(func=_cmd_export)

    v = sub.add_parser("validate", help="check outputs against their JSON Schemas and offsets")
    v.add_argument("extracted", nargs="?", default="extracted", type=Path)
    v.set_defaults(func=_cmd_validate)

    ev = sub.add_parser("evaluate", help="precision/recall/F1 of an extraction against gold clauses")
    ev.add_argument("gold", type=Path, help="directory of <doc_id>.gold.jsonl, or one JSONL file with doc_id per line")
    ev.add_argument("extracted", nargs="?", default="extracted", type=Path)
    ev.add_argument("--json", type=Path, help="write the full result (per document, misses, spurious) here")
    ev.add_argument("--per-document", action="store_true", help="also print one row per document")
    ev.add_argument("--show", type=int, default=20, help="misses and spurious clauses to print (0 = none)")
    from .evaluate import GOLD_MIN_COVERAGE, PRED_MIN_COVERAGE
    ev.add_argument("--gold-min", type=_share, default=None,
                    help=f"share of the gold span the overlap must cover (default {GOLD_MIN_COVERAGE})")
    ev.add_argument("--pred-min", type=_share, default=None,
                    help=f"share of the predicted span the overlap must cover (default {PRED_MIN_COVERAGE})")
    ev.set_defaults(func=_cmd_evaluate)
    return p


_signalled: dict = {}


def _sigterm(signum, frame):
    _signalled["signum"] = signum
    raise KeyboardInterrupt     # like Ctrl-C: finished documents and the cache are kept (exit 143)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, _sigterm)
    if args.command == "compare" and args.out is None:
        args.out = args.extracted / "comparison"
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
