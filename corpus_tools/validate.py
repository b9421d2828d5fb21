"""`corpus-tools validate`: every output against its JSON Schema, every offset against its text.

Each problem is one line naming the file (and the line or clause); a damaged output
never raises: whatever is not JSON, not an object or not of the expected type is
reported and the check goes on with the next file.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from .settings import Settings, resolve
from .outputs import (CLAUSES, COMPARISON, COMPARISON_JSON, DOCUMENTS, ERRORS, MANIFEST, clause_line,
                      index_problems, lock, resume_command)

SCHEMAS = ("clause", "document", "comparison")


def validators(settings: Optional[Settings] = None):
    """The JSON Schema validators, built once per Settings (schemas are data files)."""
    settings = resolve(settings)
    return settings._cached(("validate.validators",), lambda: _validators(settings))


def _validators(settings: Settings):
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    schemas = {n: settings.data(f"schemas/{n}.schema.json") for n in SCHEMAS}
    registry = Registry().with_resources(
        [(f"corpus_tools/{n}.schema.json", Resource.from_contents(s)) for n, s in schemas.items()]
        + [(f"{n}.schema.json", Resource.from_contents(s)) for n, s in schemas.items()])
    return {n: Draft202012Validator(s, registry=registry) for n, s in schemas.items()}


def _schema_problems(name: str, obj: Any, where: str) -> list[str]:
    return [f"{where}: {e.json_path}: {e.message}" for e in validators()[name].iter_errors(obj)]


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _offset_problem(c: dict, text: Any) -> Optional[str]:
    """Why a clause's offsets do not reproduce its text from ``text`` (None when they do)."""
    start, end = c.get("start"), c.get("end")
    if not (_is_int(start) and _is_int(end)):
        return f"offsets are not integers (start={start!r}, end={end!r})"
    if not isinstance(text, str):
        return "document has no text to check offsets against"
    if not 0 <= start <= end <= len(text):
        return f"offsets {start}:{end} out of range (text has {len(text)} characters)"
    if text[start:end] != c.get("text"):
        return "text does not match document.text[start:end]"
    return None


def validate_document(doc: Any, where: str) -> list[str]:
    """Problems of one document dict: schema, offsets, clause ids and parents."""
    if not isinstance(doc, dict):
        return [f"{where}: not a JSON object (got {type(doc).__name__})"]
    problems = _schema_problems("document", doc, where)
    clauses = doc.get("clauses")
    if not isinstance(clauses, list):
        return problems                      # the schema has said what is wrong
    text = doc.get("text")
    ids: set = set()
    for n, c in enumerate(clauses):
        if not isinstance(c, dict):
            continue                         # reported by the schema
        cid = c.get("clause_id")
        label = f"{where}: {cid if isinstance(cid, str) else f'clauses[{n}]'}"
        if isinstance(cid, str):
            if cid in ids:
                problems.append(f"{label}: duplicate clause_id")
            ids.add(cid)
        why = _offset_problem(c, text)
        if why:
            problems.append(f"{label}: {why}")
        if "doc_id" in doc and c.get("doc_id") != doc["doc_id"]:
            problems.append(f"{label}: doc_id {c.get('doc_id')!r} is not the document's {doc['doc_id']!r}")
    for c in clauses:
        if isinstance(c, dict) and isinstance(c.get("parent"), str) and c["parent"] not in ids:
            problems.append(f"{where}: {c.get('clause_id')}: parent {c['parent']} is not a clause of this document")
    return problems


def _load_json(path: Path) -> tuple[Any, Optional[str]]:
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return None, f"{path}: not JSON ({exc})"


def validate_dir(extracted: str | Path) -> list[str]:
    """All problems found in an extraction directory (empty list = valid). Holds the
    folder's shared lock, so it never reads a corpus that `extract` is writing."""
    with lock(extracted, exclusive=False):
        return _validate_dir(Path(extracted))


def _validate_dir(extracted: Path) -> list[str]:
    problems: list[str] = []
    docs_dir = extracted / DOCUMENTS
    if not docs_dir.is_dir():
        return [f"{docs_dir}: missing"]
    by_id: dict[str, dict] = {}
    seen_ids: dict[str, Path] = {}
    for path in sorted(docs_dir.glob("*.json")):
        doc, err = _load_json(path)
        if err:
            problems.append(err)
            continue
        problems += validate_document(doc, str(path))
        if not isinstance(doc, dict):
            continue
        doc_id = doc.get("doc_id")
        if doc_id != path.stem:
            problems.append(f"{path}: doc_id {doc_id!r} does not match the file name {path.stem!r}")
        if isinstance(doc_id, str):
            by_id[doc_id] = doc
        for c in doc.get("clauses") if isinstance(doc.get("clauses"), list) else []:
            cid = c.get("clause_id") if isinstance(c, dict) else None
            if isinstance(cid, str):
                if cid in seen_ids and seen_ids[cid] != path:
                    problems.append(f"{path}: {cid}: duplicate clause_id (also in {seen_ids[cid]})")
                seen_ids.setdefault(cid, path)
    if not (extracted / CLAUSES).exists() and not (extracted / MANIFEST).exists():
        # no run has finished here yet (a first run was interrupted): one line, and what to run
        problems.append(f"{extracted / CLAUSES}: missing, as is {MANIFEST} (no extract run has finished "
                        f"here); run `{resume_command(extracted, None, by_id)}`")
    else:
        problems += _validate_jsonl(extracted / CLAUSES, by_id)
    problems += index_problems(extracted, by_id)
    for name, kind in ((ERRORS, list), (MANIFEST, dict)):
        path = extracted / name
        if path.exists():
            data, err = _load_json(path)
            if err:
                problems.append(err)
            elif not isinstance(data, kind):
                problems.append(f"{path}: expected a JSON {'array' if kind is list else 'object'}, "
                                f"got {type(data).__name__}")
            elif name == ERRORS:
                problems += [f"{path}: [{n}]: expected an object with 'path' and 'error'"
                             for n, e in enumerate(data)
                             if not (isinstance(e, dict) and isinstance(e.get("path"), str)
                                     and isinstance(e.get("error"), str))]
    comparison = extracted / COMPARISON / COMPARISON_JSON
    if comparison.exists():
        data, err = _load_json(comparison)
        problems += [err] if err else _schema_problems("comparison", data, str(comparison))
    return problems


def _validate_jsonl(jsonl: Path, by_id: dict[str, dict]) -> list[str]:
    """clauses.jsonl: each line a valid clause, the same as its document's clause plus the
    document's ``url``; every document clause present once."""
    if not jsonl.exists():
        return [f"{jsonl}: missing"]
    try:
        lines = jsonl.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{jsonl}: unreadable ({exc})"]
    problems: list[str] = []
    doc_clauses = {doc_id: {c["clause_id"]: c for c in doc.get("clauses") or []
                            if isinstance(c, dict) and isinstance(c.get("clause_id"), str)}
                   for doc_id, doc in by_id.items() if isinstance(doc.get("clauses"), list)}
    listed: set[str] = set()
    for n, line in enumerate(lines, 1):
        where = f"{jsonl}:{n}"
        if not line.strip():
            problems.append(f"{where}: empty line")
            continue
        try:
            c = json.loads(line)
        except ValueError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(c, dict):
            problems.append(f"{where}: not a JSON object (got {type(c).__name__})")
            continue
        problems += _schema_problems("clause", c, where)
        cid = c.get("clause_id")
        if isinstance(cid, str):
            if cid in listed:
                problems.append(f"{where}: duplicate clause_id {cid}")
            listed.add(cid)
        doc_id = c.get("doc_id")
        doc = by_id.get(doc_id) if isinstance(doc_id, str) else None
        if doc is None:
            problems.append(f"{where}: unknown doc_id {doc_id!r} (no documents/{doc_id}.json)")
            continue
        why = _offset_problem(c, doc.get("text"))
        if why:
            problems.append(f"{where}: {cid}: {why}")
        own = doc_clauses.get(doc_id, {}).get(cid) if isinstance(cid, str) else None
        if own is None:
            problems.append(f"{where}: clause {cid!r} is not in documents/{doc_id}.json")
            continue
        source = doc.get("source") if isinstance(doc.get("source"), dict) else {}
        expected = clause_line(own, source.get("url"))     # the document's clause plus its url
        if "url" not in c:
            problems.append(f"{where}: clause {cid}: url missing (the document's source.url, or null)")
        elif expected != c:
            fields = sorted(k for k in set(expected) | set(c) if expected.get(k) != c.get(k))
            problems.append(f"{where}: clause {cid} differs from documents/{doc_id}.json in {', '.join(fields)}")
    for doc_id, clauses in sorted(doc_clauses.items()):
        for cid in clauses:
            if cid not in listed:
                problems.append(f"{jsonl}: clause {cid} of documents/{doc_id}.json is missing")
    return problems
