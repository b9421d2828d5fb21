"""Build unlabelled matching pairs from the GOLD clauses of hold-out articles (not from what
extraction returned), so that the matcher is measured apart from extraction's misses.

    .venv/bin/python -m tests.circulars.gold_pairs OUT_DIR PREFIX... > pairs.jsonl

``OUT_DIR`` is ``corpus-tools extract`` run on the hold-out articles of those prefixes. Each
gold clause becomes one line: its text and kind are the gold's; the fields extraction adds
(force, cue, list marker, lead-in, circular) come from the extracted clause that the
evaluator pairs with it, else from the gold text itself (normalised as extraction does;
the list marker read off the article's line). Every gold clause is a circular clause
(``source`` = circular). An extracted list lead-in that is the parent of a paired clause is
kept as an unscored line (no ``gold`` key), so lists keep their lead-ins. An article that
names neither a circular nor an issuer gets the issuer "Penerbit <doc_id>": each article is
then its own circular and every clause is compared. Labels (``gold``, ``none_ok``) are
added by hand afterwards (see ``tests/circulars/matching.py``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HOLDOUT = Path(__file__).resolve().parents[1] / "holdout"


def build(out_dir: str, prefixes: list[str]) -> list[dict]:
    from corpus_tools.evaluate import load_gold, locate, pair
    from corpus_tools.normalise import normalize_text, strip_lead
    from corpus_tools.settings import resolve
    settings = resolve(None)
    lx = settings.component("clauses.lexicon")
    marker = settings.component("lang.rules").list_marker
    gold = load_gold(HOLDOUT)
    lines = []
    for doc_id in sorted(gold):
        if not any(doc_id.startswith(p) for p in prefixes) or not gold[doc_id]:
            continue
        doc = json.loads((Path(out_dir) / "documents" / f"{doc_id}.json").read_text(encoding="utf-8"))
        golds = gold[doc_id]
        locate(golds, doc["text"])
        preds = doc.get("clauses") or []
        paired = dict(pair(golds, preds))
        meta = {"doc_id": doc_id, "issuer": doc.get("issuer") or (None if doc.get("circulars") else f"Penerbit {doc_id}"),
                "region": doc.get("region"), "region_code": doc.get("region_code"),
                "published": doc.get("published"),
                "circulars": [{"number": c.get("number"), "key": c["key"], "date": c.get("date")}
                              for c in doc.get("circulars") or []]}
        first = True
        ids = {}
        for gi, g in enumerate(golds):
            p = preds[paired[gi]] if gi in paired else None
            if p:
                ids[p["clause_id"]] = f"{doc_id}:g{gi + 1:03d}"
        parents = {}
        for gi, g in enumerate(golds):
            p = preds[paired[gi]] if gi in paired else None
            if p and p.get("parent") and p["parent"] not in ids and p["parent"] not in parents:
                lead = next((x for x in preds if x["clause_id"] == p["parent"]), None)
                if lead:
                    parents[p["parent"]] = f"{doc_id}:lead{len(parents) + 1}"
                    lines.append({"doc": meta if first else {"doc_id": doc_id}, "clause_id": parents[p["parent"]],
                                  **{k: lead.get(k) for k in ("kind", "force", "text", "cue", "cue_canonical", "actor",
                                                              "actor_normalized")},
                                  "parent": None, "source": "circular", "list_marker": lead.get("list_marker"),
                                  "circular": lead.get("circular"), "normalized": lead.get("normalized")})
                    first = False
            if p:
                force, cue, canon, marker_ = p["force"], p.get("cue"), p.get("cue_canonical"), p.get("list_marker")
                parent = (ids.get(p["parent"]) or parents.get(p["parent"])) if p.get("parent") else None
                circular = p.get("circular")
            else:
                force, cue, canon, parent, circular = "mandatory", None, None, None, None
                marker_ = None
                if g.start >= 0 and marker is not None:
                    line_start = doc["text"].rfind("\n", 0, g.start) + 1
                    m = marker.match(doc["text"][line_start:g.start + 1].lstrip())
                    marker_ = m.group("marker") if m else None
            lines.append({"doc": meta if first else {"doc_id": doc_id}, "clause_id": f"{doc_id}:g{gi + 1:03d}",
                          "kind": g.kind, "force": force, "text": g.text, "cue": cue, "cue_canonical": canon,
                          "actor": g.actor, "actor_normalized": (p or {}).get("actor_normalized") or lx.actor_role(g.actor),
                          "parent": parent, "source": "circular", "list_marker": marker_, "circular": circular,
                          "normalized": normalize_text(strip_lead(g.text, negated=g.kind == "prohibition",
                                                                  settings=settings), settings=settings),
                          "optional_in_gold": g.optional, "extracted": p["clause_id"] if p else None})
            first = False
    return lines


if __name__ == "__main__":
    for line in build(sys.argv[1], sys.argv[2:]):
        print(json.dumps(line, ensure_ascii=False))
