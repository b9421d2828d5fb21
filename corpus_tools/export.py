"""Flat tables of an extraction, and `corpus-tools export OUT_DIR --format csv|xlsx|parquet|sqlite`.

Three tables, each row carrying the URL of the article it comes from:

``documents``   one row per article: URL, outlet, title, published date, issuer, region name
                and official code, the circular's number and date, duplicate cluster, text
``clauses``     one row per clause (docs/contract.md fields) with the document's URL, outlet,
                published date, region, issuer, circular and cluster joined in
``alignments``  one row per circular x baseline clause (status identical / modified /
                covered / omitted, score, changes), plus one row per regional clause the
                baseline lacks (status ``added``), with the circular's region, issuer, date,
                witnesses, the clusters they form and their URLs

Writers come from the ecosystem and are optional (``pip install 'corpus_tools[export]'``):
pandas + openpyxl (xlsx), pyarrow (parquet), sqlite-utils (sqlite: typed columns, foreign
keys, a full-text index on clause text, and ``corpus.metadata.json`` with facets for
``datasette corpus.db -m corpus.metadata.json``). CSV cells that a
spreadsheet would run as a formula (starting with = + - @ tab or CR) are prefixed with ``'``
unless ``neutralise=False``; parquet and sqlite keep values exact.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Optional

from . import outputs
from .io import InputError, atomic_write

FORMATS = ("csv", "xlsx", "parquet", "sqlite")
TABLES = ("documents", "clauses", "alignments")
EXPORT_DIR = "export"                    # default destination inside OUT_DIR
XLSX_FILE, SQLITE_FILE = "corpus.xlsx", "corpus.db"
XLSX_MAX_CELL = 32767                    # Excel's cell limit (characters)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SEP = "; "                               # lists inside one cell
XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# extra each format needs, for the one-line message when it is missing
NEEDS = {"xlsx": ("openpyxl", "openpyxl"), "parquet": ("pyarrow", "pyarrow"), "sqlite": ("sqlite_utils", "sqlite-utils")}

DOCUMENT_COLUMNS = ("doc_id", "url", "final_url", "fetched_at", "provenance", "outlet", "title", "author",
                    "published", "region", "region_code", "issuer", "circular_number", "circular_key",
                    "circular_date", "n_circulars", "n_clauses", "cluster_id", "cluster_size", "format",
                    "encoding", "path", "sha256", "text")
CLAUSE_COLUMNS = ("clause_id", "doc_id", "url", "outlet", "published", "region", "region_code", "issuer",
                  "circular", "circular_date", "cluster_id", "kind", "force", "source", "speaker", "actor",
                  "actor_normalized", "cue", "cue_canonical", "list_marker", "parent", "start", "end",
                  "text", "normalized", "title")
ALIGNMENT_COLUMNS = ("circular", "circular_number", "issuer", "region", "region_code", "circular_date",
                     "baseline_id", "family", "baseline_kind", "instrument", "article", "reconstructed", "status",
                     "score", "confidence", "changes", "reordered", "how", "family_evidence", "list_check",
                     "omission_basis", "family_addressee", "matched", "regional_text", "baseline_text", "n_witnesses", "n_clusters",
                     "witnesses", "clusters", "url", "urls", "outlets", "published")
COLUMNS = {"documents": DOCUMENT_COLUMNS, "clauses": CLAUSE_COLUMNS, "alignments": ALIGNMENT_COLUMNS}
INTEGER_COLUMNS = {"n_circulars", "n_clauses", "cluster_size", "start", "end", "n_witnesses", "n_clusters"}
FLOAT_COLUMNS = {"score"}
BOOLEAN_COLUMNS = {"reconstructed", "reordered"}
DATASETTE_FACETS = (("documents", ("region", "outlet", "cluster_id"), "title"),
                    ("clauses", ("kind", "region", "actor_normalized", "outlet"), "text"),
                    ("alignments", ("status", "region", "baseline_id"), "baseline_id"))


class MissingExtra(RuntimeError):
    """A writer's library is not installed; the message says what to install."""


# ---------------------------------------------------------------- tables

def _doc_row(doc: dict, clusters: dict[str, str], sizes: dict[str, int]) -> dict:
    src = doc.get("source") or {}
    circ = (doc.get("circulars") or [None])[0] or {}
    cid = clusters.get(doc["doc_id"], doc["doc_id"])
    return {"doc_id": doc["doc_id"], "url": src.get("url"), "final_url": src.get("final_url"),
            "fetched_at": src.get("fetched_at"), "provenance": src.get("provenance"),
            "outlet": doc.get("outlet"), "title": doc.get("title"), "author": doc.get("author"),
            "published": doc.get("published"), "region": doc.get("region"), "region_code": doc.get("region_code"),
            "issuer": doc.get("issuer"), "circular_number": circ.get("number"), "circular_key": circ.get("key"),
            "circular_date": circ.get("date"), "n_circulars": len(doc.get("circulars") or []),
            "n_clauses": len(doc.get("clauses") or []), "cluster_id": cid, "cluster_size": sizes.get(cid, 1),
            "format": src.get("format"), "encoding": src.get("encoding"), "path": src.get("path"),
            "sha256": src.get("sha256"), "text": doc.get("text")}


def _cluster_sizes(clusters: dict[str, str]) -> dict[str, int]:
    sizes: dict[str, int] = {}
    for c in clusters.values():
        sizes[c] = sizes.get(c, 0) + 1
    return sizes


def tables(out_dir: str | os.PathLike, comparison: Optional[str | os.PathLike] = None,
           need: Iterable[str] = TABLES) -> dict[str, list[dict]]:
    """The flat tables of an extraction (lists of dicts, columns as in ``COLUMNS``).
    ``alignments`` is empty when there is no ``comparison.json`` (run compare first)."""
    from .duplicates import load_clusters
    need = set(need)
    layout = outputs.Layout(out_dir)
    if not layout.documents.is_dir():
        raise InputError(layout.documents, "no extraction here: run `corpus-tools extract` first")
    clusters = load_clusters(out_dir)
    sizes = _cluster_sizes(clusters)
    docs, clauses = [], []
    for doc in outputs.iter_documents(out_dir):
        row = _doc_row(doc, clusters, sizes)
        if "documents" not in need:
            row["text"] = None             # only the documents table shows it: memory stays flat
        if "clauses" in need:
            join = {k: row[k] for k in ("url", "outlet", "published", "region", "region_code", "issuer",
                                        "circular_date", "cluster_id", "title")}
            for c in doc.get("clauses") or []:
                clauses.append({col: c.get(col) for col in CLAUSE_COLUMNS} | join)
        docs.append(row)
    out = {"documents": docs, "clauses": clauses, "alignments": []}
    if "alignments" in need:
        path = Path(comparison) if comparison else layout.comparison / outputs.COMPARISON_JSON
        if path.is_file():
            out["alignments"] = alignment_table(_read_json(path), docs)
    return out


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(path, f"unreadable ({exc}); run `corpus-tools compare` again") from exc


def alignment_rows(comparison: dict) -> list[dict]:
    """Tidy rows of comparison.json, one per circular x baseline clause, plus one per added
    regional clause. The compare stage's own ``alignment_rows`` is used when it has one;
    this adapter reads the nested file meanwhile (the one place to switch)."""
    try:
        from .compare import alignment_rows as from_compare     # provided by the compare stage
    except ImportError:
        from_compare = None
    if from_compare is not None:
        return from_compare(comparison)
    base = {b["id"]: b for b in comparison.get("baseline_clauses", [])}
    rows = []
    for circ in comparison.get("circulars", []):
        head = {"circular": circ.get("key"), "circular_number": circ.get("number"), "issuer": circ.get("issuer"),
                "region": circ.get("region"), "region_code": circ.get("region_code"),
                "circular_date": circ.get("date"), "witnesses": list(circ.get("witnesses") or [])}
        reg = {c["id"]: c for c in circ.get("clauses", [])}
        for a in circ.get("alignment", []):
            b = base.get(a.get("baseline_id"), {})
            rows.append({**head, "baseline_id": a.get("baseline_id"), "family": a.get("family"),
                         "baseline_kind": b.get("kind"), "instrument": b.get("instrument"), "article": b.get("article"),
                         "status": a.get("status"), "score": a.get("score"), "changes": list(a.get("changes") or []),
                         "matched": list(a.get("matched") or []),
                         "regional_text": SEP.join(reg[m]["text"] for m in a.get("matched") or [] if m in reg) or None,
                         "baseline_text": b.get("text")})
        for cid in circ.get("added", []):
            c = reg.get(cid, {})
            rows.append({**head, "baseline_id": None, "family": None, "baseline_kind": c.get("kind"),
                         "instrument": None, "article": None, "status": "added", "score": None, "changes": [],
                         "matched": [cid], "regional_text": c.get("text"), "baseline_text": None})
    return rows


def alignment_table(comparison: dict, documents: list[dict]) -> list[dict]:
    """alignment_rows with the witnesses' URLs, outlets, clusters and earliest date joined in."""
    by_id = {d["doc_id"]: d for d in documents}
    out = []
    for r in alignment_rows(comparison):
        wit = [by_id[w] for w in r.get("witnesses") or [] if w in by_id]
        urls = [w["url"] for w in wit if w["url"]]
        clusters = list(dict.fromkeys(w["cluster_id"] for w in wit))
        dates = sorted(w["published"] for w in wit if w["published"])
        row = {**r, "n_witnesses": len(wit), "n_clusters": len(clusters),
               "witnesses": SEP.join(r.get("witnesses") or []), "clusters": SEP.join(clusters),
               "url": urls[0] if urls else None, "urls": SEP.join(urls),
               "outlets": SEP.join(dict.fromkeys(w["outlet"] for w in wit if w["outlet"])),
               "published": dates[0] if dates else None,
               "changes": SEP.join(r.get("changes") or []), "matched": SEP.join(r.get("matched") or [])}
        out.append({c: row.get(c) for c in ALIGNMENT_COLUMNS})
    return out


# ---------------------------------------------------------------- writers

def _need(fmt: str):
    module, package = NEEDS[fmt]
    try:
        return __import__(module)
    except ImportError:
        raise MissingExtra(f"--format {fmt} needs {package}: pip install 'corpus_tools[export]'") from None


def neutralise(value):
    """A CSV cell a spreadsheet will not run as a formula.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("- ASN dilarang"), neutralise(3)
    ('\\'=HYPERLINK("http://x")', "'- ASN dilarang", 3)
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: list[dict], columns: Iterable[str], path: Path, neutral: bool = True) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        r = {k: ("true" if v else "false") if isinstance(v, bool) else v for k, v in r.items()}
        w.writerow({k: (neutralise(v) if neutral else v) for k, v in r.items()})
    atomic_write(path, buf.getvalue())


DATE_COLUMNS = {"published", "circular_date"}
DATETIME_COLUMNS = {"fetched_at"}


def column_type(c: str) -> str:
    """A column's Table Schema type (Frictionless Data)."""
    return ("integer" if c in INTEGER_COLUMNS else "number" if c in FLOAT_COLUMNS else
            "boolean" if c in BOOLEAN_COLUMNS else "date" if c in DATE_COLUMNS else "string")


def datapackage() -> str:
    """datapackage.json beside the CSV tables: each column's type, so that text stays text
    (``region_code`` "36.10" is no number) in ``corpus_tools.compare.read_table``, the R
    package ``frictionless`` or frictionless-py. Dates are ISO strings (YYYY-MM-DD), the
    fetch time an ISO timestamp, booleans true/false, lists joined with "; "."""
    resources = [{"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
                  "encoding": "utf-8",
                  "schema": {"missingValues": [""], "fields": [
                      {"name": c, "type": column_type(c),
                       **({"trueValues": ["true"], "falseValues": ["false"]} if c in BOOLEAN_COLUMNS else {})}
                      for c in COLUMNS[name]]}} for name in TABLES]
    return json.dumps({"profile": "tabular-data-package", "name": "corpus-tools-export", "resources": resources},
                      indent=1, ensure_ascii=False) + "\n"


def frame(rows: list[dict], columns: Iterable[str]):
    """Rows -> a pandas DataFrame with the table's columns and nullable integer columns."""
    import pandas as pd
    columns = list(columns)
    df = pd.DataFrame(rows, columns=columns)
    for c in columns:
        if c in INTEGER_COLUMNS:
            df[c] = df[c].astype("Int64")
        elif c in FLOAT_COLUMNS:
            df[c] = df[c].astype("Float64")
        elif c in BOOLEAN_COLUMNS:
            df[c] = df[c].astype("boolean")
    return df


def _extract_result_class():
    import pandas as pd

    class ExtractResult(pd.DataFrame):
        """The documents of an extraction (a DataFrame) that also answers for the run that
        made them: ``ok``, ``errors``, ``processed``, ``skipped``, ``interrupted``
        (corpus_tools.batch.RunReport). Frames derived from it are plain DataFrames."""
        _metadata = ["report"]

        @property
        def _constructor(self):
            return pd.DataFrame

        @classmethod
        def of(cls, df, report):
            out = cls(df)
            out.report = report
            return out

        ok = property(lambda self: self.report.ok)
        errors = property(lambda self: self.report.errors)
        processed = property(lambda self: self.report.processed)
        skipped = property(lambda self: self.report.skipped)
        interrupted = property(lambda self: self.report.interrupted)

    return ExtractResult


def __getattr__(name):      # ExtractResult is built on first use: pandas is imported lazily
    if name == "ExtractResult":
        cls = _extract_result_class()
        globals()["ExtractResult"] = cls
        return cls
    raise AttributeError(name)


def _xlsx_cell(v):
    if isinstance(v, str):
        v = XLSX_ILLEGAL.sub("", v)
        if len(v) > XLSX_MAX_CELL:
            v = v[:XLSX_MAX_CELL - 1] + "…"
        return neutralise(v)
    return v


def write_xlsx(data: dict[str, list[dict]], path: Path) -> None:
    _need("xlsx")
    import pandas as pd
    tmp = path.with_name(f".{path.name}.tmp")
    with pd.ExcelWriter(tmp, engine="openpyxl") as xw:
        for name in TABLES:
            df = frame([{k: _xlsx_cell(v) for k, v in r.items()} for r in data[name]], COLUMNS[name])
            df.to_excel(xw, sheet_name=name, index=False)
    os.replace(tmp, path)


def write_parquet(rows: list[dict], columns: Iterable[str], path: Path) -> None:
    _need("parquet")
    tmp = path.with_name(f".{path.name}.tmp")
    frame(rows, columns).to_parquet(tmp, engine="pyarrow", index=False)
    os.replace(tmp, path)


def write_sqlite(data: dict[str, list[dict]], path: Path) -> None:
    """One SQLite file for datasette: typed columns, primary and foreign keys, indexes on
    the columns researchers group by, and a full-text index on clause text."""
    sqlite_utils = _need("sqlite")
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite_utils.Database(tmp)
    types = {name: {c: (int if c in INTEGER_COLUMNS | BOOLEAN_COLUMNS else float if c in FLOAT_COLUMNS else str)
                    for c in COLUMNS[name]} for name in TABLES}
    db["documents"].create(types["documents"], pk="doc_id")
    db["documents"].insert_all(data["documents"])
    db["clauses"].create(types["clauses"], pk="clause_id", foreign_keys=[("doc_id", "documents", "doc_id")])
    db["clauses"].insert_all(data["clauses"])
    db["alignments"].create({"id": int, **types["alignments"]}, pk="id")
    db["alignments"].insert_all(data["alignments"])
    for table, cols in (("documents", ["region_code"]), ("documents", ["cluster_id"]), ("clauses", ["doc_id"]),
                        ("clauses", ["region_code"]), ("clauses", ["kind"]), ("alignments", ["region_code"]),
                        ("alignments", ["status"]), ("alignments", ["baseline_id"])):
        db[table].create_index(cols, if_not_exists=True)
    db["clauses"].enable_fts(["text", "normalized"], create_triggers=True)
    db["documents"].enable_fts(["title", "text"], create_triggers=True)
    db.close()
    os.replace(tmp, path)
    # `datasette corpus.db -m corpus.metadata.json`: facets researchers start from
    meta = {"title": "corpus_tools export", "databases": {path.stem: {"tables": {
        name: {"facets": list(facets), "label_column": label} for name, facets, label in DATASETTE_FACETS}}}}
    atomic_write(path.with_name(path.stem + ".metadata.json"), json.dumps(meta, indent=2) + "\n")


def export(out_dir: str | os.PathLike, formats: Iterable[str] = ("csv",), dest: Optional[str | os.PathLike] = None,
           comparison: Optional[str | os.PathLike] = None, neutral: bool = True) -> list[Path]:
    """Write the tables in each format under ``dest`` (default ``OUT_DIR/export``); returns
    the files written. Raises MissingExtra (before writing anything) or InputError."""
    formats = list(dict.fromkeys(formats))
    for fmt in formats:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
        if fmt in NEEDS:
            _need(fmt)
    with outputs.lock(out_dir, exclusive=False):  # never a corpus that extract is writing
        data = tables(out_dir, comparison)
    dest = Path(dest) if dest else outputs.Layout(out_dir).root / EXPORT_DIR
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        if fmt == "csv":
            for name in TABLES:
                write_csv(data[name], COLUMNS[name], dest / f"{name}.csv", neutral)
                written.append(dest / f"{name}.csv")
            atomic_write(dest / "datapackage.json", datapackage())
            written.append(dest / "datapackage.json")
        elif fmt == "parquet":
            for name in TABLES:
                write_parquet(data[name], COLUMNS[name], dest / f"{name}.parquet")
                written.append(dest / f"{name}.parquet")
        elif fmt == "xlsx":
            write_xlsx(data, dest / XLSX_FILE)
            written.append(dest / XLSX_FILE)
        else:
            write_sqlite(data, dest / SQLITE_FILE)
            written.append(dest / SQLITE_FILE)
    return written


# ---------------------------------------------------------------- CLI

def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("extracted", nargs="?", default="extracted", type=Path)
    p.add_argument("-f", "--format", action="append", default=None,
                   help="csv | xlsx | parquet | sqlite (repeatable or comma-separated; default csv)")
    p.add_argument("--to", type=Path, default=None, help="destination folder (default EXTRACTED/export)")
    p.add_argument("--comparison", type=Path, default=None,
                   help="comparison.json to read (default EXTRACTED/comparison/comparison.json)")
    p.add_argument("--no-neutralise", action="store_true",
                   help="write CSV cells as they are (no ' before a leading = + - @)")


def export_cli(args: argparse.Namespace) -> int:
    formats = [f.strip().lower() for spec in (args.format or ["csv"]) for f in spec.split(",") if f.strip()]
    try:
        files = export(args.extracted, formats, args.to, args.comparison, neutral=not args.no_neutralise)
    except (MissingExtra, ValueError, InputError) as exc:
        print(f"corpus-tools export: {exc}", file=sys.stderr)
        return 2
    cmp_path = args.comparison or outputs.Layout(args.extracted).comparison / outputs.COMPARISON_JSON
    if not Path(cmp_path).is_file():
        print(f"corpus-tools export: no {cmp_path}: the alignments table is empty (run `corpus-tools compare`)",
              file=sys.stderr)
    for f in files:
        print(f, file=sys.stderr)
    return 0
