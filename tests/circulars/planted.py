"""Hand-made circulars with planted changes (tests/circulars/*.json + manifest.json) turned
into extracted documents, and the scoring of a comparison against the manifest.

Used by tests/test_compare.py and runnable alone for the numbers:
    .venv/bin/python -m tests.circulars.planted
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_circulars() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.json"))
            if p.name != "manifest.json"}


def manifest() -> dict:
    return json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))["circulars"]


def documents(circulars: dict[str, dict]) -> list[dict]:
    """Extracted documents (as docs/contract.md describes them) for the hand-made circulars;
    ``normalized`` is computed as extraction computes it."""
    from corpus_tools.normalise import normalize_text, strip_lead
    docs = []
    for name, circ in circulars.items():
        key = circ["number"].replace(" ", ".") if circ["number"] else None
        for art in circ["articles"]:
            doc_id = art["doc_id"]
            clauses = []
            for n, c in enumerate(art["clauses"], 1):
                cid = f"{doc_id}:{n:03d}"
                clauses.append({
                    "doc_id": doc_id, "clause_id": cid, "kind": c["kind"], "force": c.get("force", "mandatory"),
                    "text": c["text"], "start": 0, "end": len(c["text"]), "cue": c.get("cue", "dilarang"),
                    "cue_canonical": c.get("cue", "dilarang"), "actor": c.get("actor"),
                    "actor_normalized": None, "list_marker": c.get("list_marker"),
                    "parent": f"{doc_id}:{c['parent'] + 1:03d}" if c.get("parent") is not None else None,
                    "source": c.get("source", "circular"), "speaker": None,
                    "circular": key if c.get("source", "circular") == "circular" else None,
                    "normalized": normalize_text(strip_lead(c["text"], negated=c["kind"] == "prohibition"))})
            doc = {"doc_id": doc_id, "issuer": circ["issuer"], "region": circ["region"],
                   "region_code": circ["region_code"], "published": circ.get("date"), "title": f"SE {name}",
                   "source": {"url": art.get("url")},
                   "circulars": [{"number": circ["number"], "key": key, "date": circ.get("date"), "start": 0, "end": 1}]
                   if key else [], "clauses": clauses}
            if art.get("duplicate_cluster"):
                doc["duplicate_cluster"] = art["duplicate_cluster"]
            docs.append(doc)
    return docs


def score(result: dict, circulars: dict[str, dict]) -> dict:
    """Planted changes found with the right type, misses, spurious changes on unchanged items."""
    man = manifest()
    by_doc = {}
    for c in result["circulars"]:
        for w in c["witnesses"]:
            by_doc[w] = c
    planted = found = 0
    misses, spurious, extra = [], [], []
    for name, spec in man.items():
        circ = by_doc[circulars[name]["articles"][0]["doc_id"]]
        rows = {r["baseline_id"]: r for r in circ["alignment"]}
        for bid, row in rows.items():
            exp = spec["expected"].get(bid, {"status": "not reported"})
            statuses = exp["status"].split("|")
            want = set(exp.get("changes", []))
            got = set(row["changes"]) | ({"reordered"} if row.get("reordered") else set())
            if exp["status"] == "identical":
                if row["status"] != "identical" or got:
                    spurious.append((name, bid, row["status"], sorted(got)))
                continue
            if exp["status"] == "not reported":
                if row["status"] != "not reported":
                    spurious.append((name, bid, row["status"], sorted(got)))
                continue
            if exp["status"] in ("omitted", "covered") or "covered" in statuses:
                planted += 1
                if row["status"] in statuses:
                    found += 1
                else:
                    misses.append((name, bid, f"status {row['status']} (want {exp['status']})"))
            for t in want:
                planted += 1
                if t in got and row["status"] in statuses:
                    found += 1
                else:
                    misses.append((name, bid, f"{t} (got {row['status']} {sorted(got)})"))
            if got - want:
                extra.append((name, bid, sorted(got - want)))
        added = circ.get("added_details", [])
        for a in spec.get("added", []):
            planted += 1
            hit = [x for x in added if a["contains"].lower() in x["text"].lower()]
            if hit and hit[0]["type"] == a["type"]:
                found += 1
            else:
                misses.append((name, "added", f"{a['contains']} {a['type']} (got {[(x['text'][:30], x['type']) for x in added]})"))
        for x in added:
            if not any(a["contains"].lower() in x["text"].lower() for a in spec.get("added", [])):
                spurious.append((name, "added", x["type"], x["text"][:60]))
    return {"planted": planted, "found": found, "misses": misses, "spurious": spurious, "extra": extra}


def main() -> None:
    from corpus_tools.compare import compare_documents
    circs = load_circulars()
    result = compare_documents(documents(circs))
    s = score(result, circs)
    print(f"planted {s['planted']}, found with the right type {s['found']} ({100 * s['found'] / s['planted']:.1f}%)")
    for m in s["misses"]:
        print("  miss", m)
    for m in s["spurious"]:
        print("  spurious", m)
    for m in s["extra"]:
        print("  extra", m)


if __name__ == "__main__":
    main()
