"""`corpus-tools validate`: every output against its JSON Schema, every offset against its text."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from . import config


@lru_cache(maxsize=1)
def validators():
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
    schemas = {n: json.loads((config.DATA_DIR / "schemas" / f"{n}.schema.json").read_text(encoding="utf-8"))
               for n in ("clause", "document")}
    registry = Registry().with_resources(
        [(f"corpus_tools/{n}.schema.json", Resource.from_contents(s)) for n, s in schemas.items()]
        + [(f"{n}.schema.json", Resource.from_contents(s)) for n, s in schemas.items()])
    return {n: Draft202012Validator(s, registry=registry) for n, s in schemas.items()}


def validate_document(doc: dict, where: str) -> list[str]:
    problems = [f"{where}: {e.json_path}: {e.message}" for e in validators()["document"].iter_errors(doc)]
    text = doc.get("text", "")
    ids = {c.get("clause_id") for c in doc.get("clauses", [])}
    for c in doc.get("clauses", []):
        if text[c.get("start", 0):c.get("end", 0)] != c.get("text"):
            problems.append(f"{where}: {c.get('clause_id')}: text does not match document.text[start:end]")
        if c.get("parent") and c["parent"] not in ids:
            problems.append(f"{where}: {c.get('clause_id')}: parent {c['parent']} is not a clause of this document")
    return problems


def validate_dir(extracted: str | Path) -> list[str]:
    """All problems found in an extraction directory (empty list = valid)."""
    extracted = Path(extracted)
    problems: list[str] = []
    docs_dir = extracted / "documents"
    if not docs_dir.is_dir():
        return [f"{docs_dir}: missing"]
    by_id = {}
    for path in sorted(docs_dir.glob("*.json")):
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            problems.append(f"{path}: not JSON ({exc})")
            continue
        by_id[doc.get("doc_id")] = doc
        problems += validate_document(doc, str(path))
    jsonl = extracted / "clauses.jsonl"
    if not jsonl.exists():
        return problems + [f"{jsonl}: missing"]
    for n, line in enumerate(jsonl.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{jsonl}:{n}"
        try:
            c = json.loads(line)
        except ValueError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        problems += [f"{where}: {e.json_path}: {e.message}" for e in validators()["clause"].iter_errors(c)]
        doc = by_id.get(c.get("doc_id"))
        if doc is None:
            problems.append(f"{where}: unknown doc_id {c.get('doc_id')}")
        elif doc["text"][c["start"]:c["end"]] != c["text"]:
            problems.append(f"{where}: text does not match document text at offsets")
    return problems
