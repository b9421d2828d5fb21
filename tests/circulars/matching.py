"""Labelled (regional clause, baseline item or none) pairs and the matching precision/recall
of ``compare`` on them.

``matching/holdout_pairs.jsonl``: the circular clauses that ``corpus-tools extract`` returned
for the hold-out articles (tests/holdout sets h-r, invented text; labelled before the
session-5 matching work), and ``matching/holdout_s_pairs.jsonl`` for set s (labelled from
the extraction before compare ever ran on it; no rule was written from its misses), and
``matching/holdout_t_pairs.jsonl`` / ``holdout_u_pairs.jsonl`` for sets t and u (their GOLD
clauses, built by ``tests/circulars/gold_pairs.py`` and labelled blind in session 6; sets v
and w, ``holdout_v_pairs.jsonl`` / ``holdout_w_pairs.jsonl``, likewise in session 7), one
per line, each with its article's fields (``doc``, on the article's first line) and a hand
label:

- ``gold``: the baseline items the clause restates (any of them is right: "menjadi pengurus
  partai politik" is SKB-5 and UU20-52(3)j, which say the same);
- ``none_ok``: the clause may also stay unmatched (a loose paraphrase, another addressee);
- ``gold`` empty and ``none_ok`` false: the clause restates no baseline item.

Labelling rule: a clause restates an item when it binds the same act (verb and object,
allowing a narrower or wider circumstance: "kendaraan dinas" for "fasilitas negara"), of
any kind (a duty restating a prohibition is a modality change). Statements (``source`` =
statement) are kept as context and not scored.

Scores, per clause: precision = predicted items in ``gold`` / predicted items;
recall = clauses with a required match (``gold`` and not ``none_ok``) that get one of
them / such clauses; ``loose recall`` counts every clause with ``gold``.

    .venv/bin/python -m tests.circulars.matching [FILE ...]
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "matching"


def load_pairs(name: str = "holdout_pairs.jsonl") -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def documents(pairs: list[dict]) -> list[dict]:
    """The extracted documents the pairs come from (clauses in their order)."""
    docs: dict[str, dict] = {}
    for p in pairs:
        meta = p["doc"]
        doc = docs.setdefault(meta["doc_id"], {**meta, "clauses": []})
        doc.update({k: v for k, v in meta.items() if k != "doc_id"})
        doc["clauses"].append({"doc_id": meta["doc_id"], "start": 0, "end": 0, "speaker": None,
                               **{k: v for k, v in p.items() if k not in ("doc", "gold", "none_ok")}})
    return list(docs.values())


def predictions(result: dict) -> dict[str, set[str]]:
    """clause_id of an article -> the baseline items it was aligned with (any status)."""
    out: dict[str, set[str]] = {}
    for c in result["circulars"]:
        merged = {x["id"]: x["attested_by"] for x in c["clauses"]}
        for row in c["alignment"]:
            if row["status"] in ("omitted", "not reported") or row.get("how") == "implied by its items":
                continue
            for m in row["matched"]:
                for cid in merged.get(m, []):
                    out.setdefault(cid, set()).add(row["baseline_id"])
    return out


def score(pairs: list[dict], result: dict) -> dict:
    pred = predictions(result)
    n_pred = n_right = required = required_hit = loose = loose_hit = none_clean = nones = 0
    wrong, missed = [], []
    for p in pairs:
        if "gold" not in p:
            continue
        got = pred.get(p["clause_id"], set())
        gold = set(p["gold"])
        n_pred += len(got)
        n_right += len(got & gold)
        for g in sorted(got - gold):
            wrong.append((p["clause_id"], g, p["text"][:70]))
        if gold:
            loose += 1
            loose_hit += bool(got & gold)
            if not p["none_ok"]:
                required += 1
                required_hit += bool(got & gold)
                if not got & gold:
                    missed.append((p["clause_id"], sorted(gold), p["text"][:70]))
        elif not p["none_ok"]:
            nones += 1
            none_clean += not got
    return {"pairs": sum("gold" in p for p in pairs), "predicted": n_pred, "right": n_right,
            "precision": n_right / n_pred if n_pred else 1.0,
            "required": required, "recall": required_hit / required if required else 1.0,
            "loose_recall": loose_hit / loose if loose else 1.0,
            "none_pairs": nones, "none_clean": none_clean, "wrong": wrong, "missed": missed}


def run(pairs: list[dict] | None = None, settings=None) -> dict:
    from corpus_tools.compare import compare_documents
    pairs = pairs if pairs is not None else load_pairs()
    return score(pairs, compare_documents(documents(pairs), settings=settings, clusters={}))


FILES = ("holdout_pairs.jsonl", "holdout_s_pairs.jsonl", "holdout_t_pairs.jsonl", "holdout_u_pairs.jsonl",
         "holdout_v_pairs.jsonl", "holdout_w_pairs.jsonl")


def main() -> None:
    import sys
    for name in sys.argv[1:] or FILES:
        s = run(load_pairs(name))
        print(f"{name}: pairs {s['pairs']}: precision {s['precision']:.3f} ({s['right']}/{s['predicted']}), "
              f"recall {s['recall']:.3f} of {s['required']} required, loose recall {s['loose_recall']:.3f}, "
              f"unmatched as labelled {s['none_clean']}/{s['none_pairs']}")
        for w in s["wrong"]:
            print("  wrong ", *w)
        for m in s["missed"]:
            print("  missed", *m)


if __name__ == "__main__":
    main()
