"""Report stage: comparison result -> report.md (terminals, git) and report.html
(one self-contained page: coverage heat map + side-by-side diffs). Every string from
articles or baselines is escaped; the page has no script and loads nothing."""
from __future__ import annotations

from collections import Counter
from html import escape

STATUSES = ("identical", "modified", "covered", "omitted")
COLOURS = {"identical": "#1a9850", "modified": "#fee08b", "covered": "#91cf60", "omitted": "#d9d9d9"}

CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:90rem}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
table.heat td{width:1.6rem;height:1.6rem;padding:0;text-align:center;font-size:.7rem}
table.heat th.col{writing-mode:vertical-rl;transform:rotate(180deg);font-weight:normal;font-size:.75rem}
td.identical{background:#1a9850}td.modified{background:#fee08b}td.covered{background:#91cf60}td.omitted{background:#d9d9d9}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.side td{width:45%}.meta{color:#666;font-size:.85rem}.legend span{display:inline-block;padding:.1rem .5rem;margin-right:.5rem}
"""


def _counts(circ: dict) -> Counter:
    return Counter(r["status"] for r in circ["alignment"])


def _title(circ: dict) -> str:
    return circ["number"] or circ["key"]


def render_markdown(result: dict) -> str:
    lines = ["# Circulars compared with the national baseline", "",
             f"Baselines: {', '.join(b['name'] + ' (' + str(b['clauses']) + ' clauses)' for b in result['baselines'])}; "
             f"alignment threshold {result['threshold']}.", "",
             "| circular | issuer | witnesses | " + " | ".join(STATUSES) + " | added |",
             "|---|---|---|" + "---|" * (len(STATUSES) + 1)]
    for c in result["circulars"]:
        n = _counts(c)
        lines.append(f"| {_title(c)} | {c['issuer'] or '-'} | {len(c['witnesses'])} | "
                     + " | ".join(str(n[s]) for s in STATUSES) + f" | {len(c['added'])} |")
    for c in result["circulars"]:
        lines += ["", f"## {_title(c)}", "",
                  f"Issuer: {c['issuer'] or 'unknown'}; date: {c['date'] or 'unknown'}; witnesses: {', '.join(c['witnesses'])}."]
        if not c["number"]:
            lines.append("No circular number is reported: the group is the issuer's unnumbered circular.")
        lines.append("")
        for r in c["alignment"]:
            if r["status"] == "omitted":
                continue
            diff = " ".join(text if op == 0 else (f"~~{text}~~" if op < 0 else f"**{text}**") for op, text in r["diff"])
            lines.append(f"- **{r['baseline_id']}** {r['status']} (score {r['score']}"
                         + (f"; {', '.join(r['changes'])}" if r["changes"] else "") + f"): {diff}")
        omitted = [r["baseline_id"] for r in c["alignment"] if r["status"] == "omitted"]
        lines.append(f"- omitted: {', '.join(omitted) if omitted else 'none'}")
        by_id = {x["id"]: x for x in c["clauses"]}
        for a in c["added"]:
            lines.append(f"- added ({by_id[a]['kind']}): {by_id[a]['text']}")
        if c["statements"]:
            lines.append(f"- officials' statements (not part of the circular): {len(c['statements'])}")
    if result["documents_without_circular"]:
        lines += ["", "Articles reporting no circular: " + ", ".join(result["documents_without_circular"])]
    return "\n".join(lines) + "\n"


def _diff_html(ops: list) -> tuple[str, str]:
    left, right = [], []
    for op, text in ops:
        t = escape(text)
        if op == 0:
            left.append(t)
            right.append(t)
        elif op < 0:
            left.append(f"<del>{t}</del>")
        else:
            right.append(f"<ins>{t}</ins>")
    return " ".join(left), " ".join(right)


def render_html(result: dict) -> str:
    base = result["baseline_clauses"]
    out = ["<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">",
           "<title>Circulars vs national baseline</title>", f"<style>{CSS}</style></head><body>",
           "<h1>Circulars compared with the national baseline</h1>",
           f"<p class=\"meta\">Alignment threshold {escape(str(result['threshold']))}; baselines: "
           + ", ".join(escape(f"{b['name']} ({b['clauses']} clauses)") for b in result["baselines"]) + "</p>",
           "<p class=\"legend\">" + "".join(f"<span style=\"background:{COLOURS[s]}\">{s}</span>" for s in STATUSES) + "</p>",
           "<h2>Coverage</h2><div style=\"overflow-x:auto\"><table class=\"heat\" id=\"heatmap\"><thead><tr><th>circular</th>"]
    out += [f"<th class=\"col\" title=\"{escape(b['text'])}\">{escape(b['id'])}</th>" for b in base]
    out.append("</tr></thead><tbody>")
    for c in result["circulars"]:
        status = {r["baseline_id"]: r for r in c["alignment"]}
        out.append(f"<tr><th><a href=\"#c{result['circulars'].index(c)}\">{escape(_title(c))}</a></th>")
        for b in base:
            r = status[b["id"]]
            out.append(f"<td class=\"{escape(str(r['status']))}\" "
                       f"title=\"{escape(b['id'])}: {escape(str(r['status']))} ({escape(str(r['score']))})\"></td>")
        out.append("</tr>")
    out.append("</tbody></table></div>")
    for i, c in enumerate(result["circulars"]):
        n = _counts(c)
        out.append(f"<section class=\"circular\" id=\"c{i}\"><h2>{escape(_title(c))}</h2>")
        out.append(f"<p class=\"meta\">Issuer: {escape(c['issuer'] or 'unknown')}; date: {escape(c['date'] or 'unknown')}; "
                   f"witnesses: {escape(', '.join(c['witnesses']))}; "
                   + ", ".join(f"{n[s]} {s}" for s in STATUSES) + f", {len(c['added'])} added</p>")
        if not c["number"]:
            out.append("<p class=\"meta\">No circular number is reported: this is the issuer's unnumbered circular, "
                       "known only through what the articles attribute to it.</p>")
        verbatim = {x["id"]: x["text"] for x in c["clauses"]}
        out.append("<table class=\"side\"><thead><tr><th>baseline</th><th>circular</th><th>status</th></tr></thead><tbody>")
        for r in c["alignment"]:
            if r["status"] == "omitted":
                continue
            left, right = _diff_html(r["diff"])
            said = "".join(f"<div class=\"meta\">“{escape(verbatim[m])}”</div>" for m in r["matched"])
            out.append(f"<tr><td><b>{escape(r['baseline_id'])}</b> {left}</td><td>{right}{said}</td>"
                       f"<td>{escape(r['status'])} ({escape(str(r['score']))})<br>{escape('; '.join(r['changes']))}</td></tr>")
        out.append("</tbody></table>")
        omitted = [r["baseline_id"] for r in c["alignment"] if r["status"] == "omitted"]
        out.append(f"<p><b>Omitted:</b> {escape(', '.join(omitted) or 'none')}</p>")
        by_id = {x["id"]: x for x in c["clauses"]}
        if c["added"]:
            out.append("<p><b>Added by the circular:</b></p><ul class=\"added\">")
            out += [f"<li>{escape(by_id[a]['kind'])}: {escape(by_id[a]['text'])}</li>" for a in c["added"]]
            out.append("</ul>")
        disputed = [x for x in c["clauses"] if x["disagreement"]]
        if disputed:
            out.append("<p><b>Witnesses disagree on:</b></p><ul>")
            out += [f"<li>{escape(x['text'])} ({escape(', '.join(x['disagreement']))})</li>" for x in disputed]
            out.append("</ul>")
        if c["statements"]:
            out.append("<details><summary>Officials' statements (not part of the circular)</summary><ul>")
            out += [f"<li>{escape(s['kind'])} — {escape(s['speaker'] or 'unattributed')}: {escape(s['text'])}</li>"
                    for s in c["statements"]]
            out.append("</ul></details>")
        out.append("</section>")
    if result["documents_without_circular"]:
        out.append("<p class=\"meta\">Articles reporting no circular: "
                   + escape(", ".join(result["documents_without_circular"])) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
