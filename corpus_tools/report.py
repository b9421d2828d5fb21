"""Report stage: comparison result -> report.md (terminals, git) and report.html (one
self-contained page: a status overview per circular grouped by baseline family, then
side-by-side diffs).

Both reports show region names, family groups, each row's confidence, which baseline
wordings are reconstructed (†), which families the articles report as a whole list, and
where witnesses disagree; the legend is on the page, not in tooltips.

Every string from articles or baselines is neutralised: HTML-escaped in report.html
(the page has no script and loads nothing; Unicode bidi controls are shown as <U+202E>
instead of reordering the text), Markdown- and HTML-escaped in report.md.
"""
from __future__ import annotations

import re
from collections import Counter
from html import escape as _escape

STATUSES = ("identical", "modified", "covered", "omitted", "not reported")
SYMBOLS = {"identical": "=", "modified": "~", "covered": "c", "omitted": "×", "not reported": "?"}
COLOURS = {"identical": "#1a9850", "modified": "#fee08b", "covered": "#91cf60", "omitted": "#f4a582",
           "not reported": "#f0f0f0"}
MEANING = {
    "identical": "same wording as the baseline item (after normalisation), same addressee and force",
    "modified": "restated with changes (change types listed)",
    "covered": "contained in a regional item that merges it with another item of the same family, "
               "or an umbrella implied by its items",
    "omitted": "absent although the articles quote the circular's list for this family as a whole "
               "(a numbered or lettered list without a gap, or two witnesses)",
    "not reported": "absent, but the articles do not quote this family's list as a whole: unknown, not dropped",
}
RECONSTRUCTED = "†"
_BIDI = re.compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")

CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,sans-serif;margin:0 auto;padding:1rem;color:#222;max-width:84rem;line-height:1.4;
overflow-wrap:anywhere}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%;table-layout:fixed}
td,th{border:1px solid #ccc;padding:.3rem .4rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none}
.legend li{max-width:26rem}
.cell{display:inline-block;border:1px solid #999;border-radius:3px;padding:0 .25rem;margin:1px;font-size:.72rem;
white-space:nowrap;font-variant-numeric:tabular-nums}
.identical{background:#1a9850;color:#fff}.modified{background:#fee08b}.covered{background:#91cf60}
.omitted{background:#f4a582}.not-reported{background:#f0f0f0;color:#555;border-style:dashed}
.fam{margin:.15rem 0}.fam b{font-weight:600;font-size:.8rem;margin-right:.3rem}
.circ{border-top:1px solid #ddd;padding:.5rem 0}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.meta{color:#555;font-size:.85rem}.warn{color:#8a4b00}
@media (max-width:40rem){body{padding:.5rem}th.col-status{width:6.5rem}}
"""


def escape(value) -> str:
    """HTML-escaped text with bidi controls made visible (they could reorder the page)."""
    s = "" if value is None else str(value)
    s = _BIDI.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", s)
    return _escape(s, quote=True)


def md(value) -> str:
    """Text for a Markdown table or list: HTML and Markdown markup from the data never render."""
    s = "" if value is None else str(value)
    s = _BIDI.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"([\\`*_\[\]|#~!])", r"\\\1", s)
    return re.sub(r"\s+", " ", s).strip()


def _counts(circ: dict) -> Counter:
    return Counter(r["status"] for r in circ["alignment"])


def _unnumbered(circ: dict) -> str:
    """How a circular without a number is named: with its period when its issuer has several
    ("unnumbered, Pilkada 2024")."""
    m = re.search(r"\((unnumbered(?:, [^()]*)?)\)$", circ.get("id") or "")
    return m.group(1) if m else "unnumbered"


def _title(circ: dict) -> str:
    where = circ.get("region") or circ.get("issuer") or "region unknown"
    return f"{where} — {circ['number'] or _unnumbered(circ) + ' circular'}"


def _families(result: dict) -> list[dict]:
    fams = result.get("families") or [{"family": f, "label": f} for f in
                                      dict.fromkeys(b.get("family", "") for b in result["baseline_clauses"])]
    return fams


def _changes(row: dict) -> str:
    """The change types, then where a moved item stands (order is not a change of wording)."""
    parts = list(row.get("changes") or [])
    pos = row.get("position") or {}
    if row.get("reordered") and pos:
        parts.append(f"reordered: item {pos['circular']} in the circular, {pos['baseline']} in the baseline order")
    return ", ".join(parts)


def _evidence(circ: dict) -> dict:
    return {f["family"]: f for f in circ.get("families", [])}


def _evidence_text(ev: dict) -> str:
    if not ev or ev["evidence"] == "none":
        return "not reported by the articles"
    what = {"list": "quoted as a list", "enumeration": "enumerated item by item",
            "mention": "only some items mentioned"}[ev["evidence"]]
    whole = len(ev.get("witnesses_whole") or [])
    if ev["evidence"] not in ("list", "enumeration") or ev["matched"] >= ev["items"]:
        basis = ""                      # nothing absent: no omission to support
    elif ev.get("other_addressee"):
        basis = ("; the list binds other people than the baseline items do: a missing item is not reported, "
                 "not omitted")
    elif ev.get("omission_basis") == "complete list":
        basis = (f"; a numbered or lettered list without a gap in {len(ev.get('complete_in') or [])} of "
                 f"{whole} article(s) quoting it whole: an item it lacks is omitted")
    elif ev.get("omission_basis") == "witnesses agree":
        basis = f"; {whole} witnesses quote it whole: an item they all lack is omitted"
    elif ev.get("gaps"):
        gaps = "; ".join(f"{d} lacks {', '.join(g)}" for d, g in ev["gaps"].items())
        basis = f"; the list has gaps ({gaps}): a missing item is not reported, not omitted"
    else:
        basis = "; one witness, completeness not visible: a missing item is not reported, not omitted"
    return f"{what} ({ev['matched']}/{ev['items']} items; articles: {', '.join(ev['articles'])}{basis})"


# --- Markdown -------------------------------------------------------------------------------

def render_markdown(result: dict) -> str:
    base = {b["id"]: b for b in result["baseline_clauses"]}
    fams = _families(result)
    lines = ["# Circulars compared with the national baselines", "",
             "Baselines: " + ", ".join(f"{md(b['name'])} ({b['clauses']} clauses)" for b in result["baselines"])
             + f"; alignment threshold {md(result['threshold'])}.", "",
             "Statuses: " + "; ".join(f"`{SYMBOLS[s]}` **{s}**: {MEANING[s]}" for s in STATUSES) + ".",
             f"{RECONSTRUCTED} marks a baseline wording reconstructed from secondary sources.", ""]
    for w in result.get("warnings", []):
        lines.append(f"> warning: {md(w)}")
    lines += ["", "| circular | region (code) | issuer | date | witnesses | " + " | ".join(STATUSES) + " | added |",
              "|---|---|---|---|---|" + "---|" * (len(STATUSES) + 1)]
    for c in result["circulars"]:
        n = _counts(c)
        lines.append(f"| {md(c['number'] or _unnumbered(c))} | {md(c['region'] or '-')} ({md(c['region_code'] or '-')}) | "
                     f"{md(c['issuer'] or '-')} | {md(c['date'] or '-')} | {len(c['witnesses'])} | "
                     + " | ".join(str(n[s]) for s in STATUSES) + f" | {len(c['added'])} |")
    for c in result["circulars"]:
        lines += ["", f"## {md(_title(c))}", "",
                  f"Circular {md(c['number'] or _unnumbered(c))}; issuer: {md(c['issuer'] or 'unknown')}; "
                  f"date: {md(c['date'] or 'unknown')}; witnesses: {md(', '.join(c['witnesses']))}."]
        if c.get("duplicates"):
            lines.append("Republished copies not counted as witnesses: "
                         + md(", ".join(f"{d} (= {w})" for d, w in c["duplicates"].items())) + ".")
        if not c["number"]:
            lines.append("No circular number is reported: the group is the issuer's unnumbered circular.")
        ev = _evidence(c)
        text_of = {x["id"]: x["text"] for x in c["clauses"]}
        by_fam: dict[str, list] = {}
        for r in c["alignment"]:
            by_fam.setdefault(r["family"], []).append(r)
        for f in fams:
            rows = by_fam.get(f["family"])
            if not rows:
                continue
            lines += ["", f"### {md(f.get('label') or f['family'])}: {md(_evidence_text(ev.get(f['family'])))}", ""]
            silent = [r["baseline_id"] for r in rows if r["status"] == "not reported"]
            for r in rows:
                if r["status"] == "not reported":
                    continue
                mark = RECONSTRUCTED if base.get(r["baseline_id"], {}).get("secondary") else ""
                diff = " ".join(md(t) if op == 0 else (f"~~{md(t)}~~" if op < 0 else f"**{md(t)}**")
                                for op, t in r["diff"])
                extra = f"; {md(_changes(r))}" if r["changes"] else ""
                against = f"; against {md(r['against'])}" if r.get("against") and r["against"] != "text" else ""
                conf = f"; confidence {r['confidence']}" if r.get("confidence") else ""
                lines.append(f"- `{SYMBOLS.get(r['status'], '?')}` **{md(r['baseline_id'])}**{mark} {r['status']} "
                             f"(score {r['score']}{conf}{against}{extra})" + (f": {diff}" if diff else ""))
            if silent:
                lines.append(f"- `?` not reported: {md(', '.join(silent))}")
            lines += [f"- `?` {md(r['baseline_id'])} not reported, not omitted: the list's item "
                      + "; ".join(f"\"{md(text_of.get(x, x))}\"" for x in r["possibly_restated_by"])
                      + " names its act and may restate it" for r in rows if r.get("possibly_restated_by")]
        if c.get("added_details"):
            lines += ["", "### Added by the circular", ""]
            lines += [f"- {md(a['type'])} ({md(a['kind'])}): {md(a['text'])}" for a in c["added_details"]]
        disputed = [x for x in c["clauses"] if x["disagreement"]]
        if disputed:
            lines += ["", "### Witnesses disagree", ""]
            lines += [f"- {md(x['text'])} ({md(', '.join(x['disagreement']))}; attested by "
                      f"{md(', '.join(x['attested_by']))})" for x in disputed]
        if c["statements"]:
            lines.append(f"\nOfficials' statements (not part of the circular): {len(c['statements'])}")
    if result["documents_without_circular"]:
        lines += ["", "Articles reporting no circular: " + md(", ".join(result["documents_without_circular"]))]
    nc = result.get("not_compared") or {}
    if nc.get("statements") or nc.get("clauses_without_circular"):
        lines += ["", f"Not compared: {nc.get('statements', 0)} officials' statement(s) (what a speaker said, "
                      f"not the circular's text) and {nc.get('clauses_without_circular', 0)} circular clause(s) "
                      "in articles naming neither a circular number nor its issuer (republished copies "
                      "included)."]
    lines += ["", "## Baseline clauses", "", "| id | kind | addressee | text | source |", "|---|---|---|---|---|"]
    for b in result["baseline_clauses"]:
        mark = RECONSTRUCTED if b.get("secondary") else ""
        lines.append(f"| {md(b['id'])}{mark} | {md(b.get('kind'))} | {md(b.get('actor') or '-')} | {md(b['text'])} | "
                     f"{md(b.get('instrument'))}, {md(b.get('article'))} |")
    return "\n".join(lines) + "\n"


# --- HTML -----------------------------------------------------------------------------------

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


def _cls(status) -> str:
    return escape(str(status).replace(" ", "-"))


def render_html(result: dict) -> str:
    base = {b["id"]: b for b in result["baseline_clauses"]}
    fams = _families(result)
    out = ["<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">",
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
           "<title>Circulars vs national baselines</title>", f"<style>{CSS}</style></head><body>",
           "<h1>Circulars compared with the national baselines</h1>",
           f"<p class=\"meta\">Alignment threshold {escape(result['threshold'])}; baselines: "
           + ", ".join(escape(f"{b['name']} ({b['clauses']} clauses)") for b in result["baselines"]) + "</p>",
           "<ul class=\"legend\" id=\"legend\">"]
    out += [f"<li><span class=\"cell {_cls(s)}\">{escape(SYMBOLS[s])}</span> <b>{escape(s)}</b>: {escape(MEANING[s])}</li>"
            for s in STATUSES]
    out.append(f"<li><b>{RECONSTRUCTED}</b>: baseline wording reconstructed from secondary sources</li></ul>")
    for w in result.get("warnings", []):
        out.append(f"<p class=\"warn\">Warning: {escape(w)}</p>")
    out.append("<h2>Overview</h2><div id=\"heatmap\">")
    for i, c in enumerate(result["circulars"]):
        status = {r["baseline_id"]: r for r in c["alignment"]}
        ev = _evidence(c)
        out.append(f"<div class=\"circ\"><h3><a href=\"#c{i}\">{escape(_title(c))}</a></h3>"
                   f"<p class=\"meta\">{escape(c['issuer'] or 'issuer unknown')}; {escape(c['date'] or 'date unknown')}; "
                   f"{len(c['witnesses'])} witness(es)</p>")
        for f in fams:
            ids = [b for b in base if base[b].get("family") == f["family"]]
            if not ids:
                continue
            out.append(f"<div class=\"fam\"><b>{escape(f.get('label') or f['family'])}</b>"
                       f"<span class=\"meta\">{escape(_evidence_text(ev.get(f['family'])))}</span><br>")
            for b in ids:
                r = status.get(b, {"status": "not reported", "score": 0})
                mark = RECONSTRUCTED if base[b].get("secondary") else ""
                out.append(f"<span class=\"cell {_cls(r['status'])}\" title=\"{escape(b)}: {escape(r['status'])} "
                           f"({escape(r['score'])})\">{escape(b)}{mark} {escape(SYMBOLS.get(r['status'], '?'))}</span>")
            out.append("</div>")
        out.append("</div>")
    out.append("</div>")
    for i, c in enumerate(result["circulars"]):
        n = _counts(c)
        out.append(f"<section class=\"circular\" id=\"c{i}\"><h2>{escape(_title(c))}</h2>")
        out.append(f"<p class=\"meta\">Circular {escape(c['number'] or _unnumbered(c))}; issuer: "
                   f"{escape(c['issuer'] or 'unknown')}; region code: {escape(c['region_code'] or 'unknown')}; "
                   f"date: {escape(c['date'] or 'unknown')}; witnesses: {escape(', '.join(c['witnesses']))}; "
                   + ", ".join(f"{n[s]} {escape(s)}" for s in STATUSES) + f", {len(c['added'])} added</p>")
        if c.get("duplicates"):
            out.append("<p class=\"meta\">Republished copies not counted as witnesses: "
                       + escape(", ".join(f"{d} (= {w})" for d, w in c["duplicates"].items())) + "</p>")
        if not c["number"]:
            out.append("<p class=\"meta\">No circular number is reported: this is the issuer's unnumbered circular, "
                       "known only through what the articles attribute to it.</p>")
        verbatim = {x["id"]: x["text"] for x in c["clauses"]}
        out.append("<table class=\"side\"><thead><tr><th>baseline</th><th>circular</th>"
                   "<th class=\"col-status\">status</th></tr></thead><tbody>")
        for r in c["alignment"]:
            if r["status"] == "not reported":
                continue
            left, right = _diff_html(r["diff"])
            said = "".join(f"<div class=\"meta\">“{escape(verbatim.get(m, ''))}”</div>" for m in r["matched"])
            mark = RECONSTRUCTED if base.get(r["baseline_id"], {}).get("secondary") else ""
            against = f"<br>against {escape(r['against'])}" if r.get("against") and r["against"] != "text" else ""
            out.append(f"<tr><td><b>{escape(r['baseline_id'])}{mark}</b> {left}</td><td>{right}{said}</td>"
                       f"<td><span class=\"cell {_cls(r['status'])}\">{escape(r['status'])}</span> "
                       f"({escape(r['score'])}; {escape(r.get('confidence') or '-')}){against}<br>"
                       f"{escape(_changes(r))}</td></tr>")
        out.append("</tbody></table>")
        silent = [r["baseline_id"] for r in c["alignment"] if r["status"] == "not reported"]
        out.append(f"<p><b>Not reported by the articles:</b> {escape(', '.join(silent) or 'none')}</p>")
        texts = {x["id"]: x["text"] for x in c["clauses"]}
        for r in c["alignment"]:
            if r.get("possibly_restated_by"):
                out.append(f"<p>{escape(r['baseline_id'])} is not reported, not omitted: the list's item "
                           + "; ".join(f"&quot;{escape(texts.get(x, x))}&quot;" for x in r["possibly_restated_by"])
                           + " names its act and may restate it.</p>")
        by_id = {x["id"]: x for x in c["clauses"]}
        if c["added"]:
            out.append("<p><b>Added by the circular:</b></p><ul class=\"added\">")
            types = {a["id"]: a["type"] for a in c.get("added_details", [])}
            out += [f"<li>{escape(types.get(a, by_id[a]['kind']))} ({escape(by_id[a]['kind'])}): "
                    f"{escape(by_id[a]['text'])}</li>" for a in c["added"]]
            out.append("</ul>")
        disputed = [x for x in c["clauses"] if x["disagreement"]]
        if disputed:
            out.append("<p><b>Witnesses disagree on:</b></p><ul>")
            out += [f"<li>{escape(x['text'])} ({escape(', '.join(x['disagreement']))}; "
                    f"{escape(', '.join(x['attested_by']))})</li>" for x in disputed]
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
    nc = result.get("not_compared") or {}
    if nc.get("statements") or nc.get("clauses_without_circular"):
        out.append(f"<p class=\"meta\">Not compared: {escape(nc.get('statements', 0))} officials' statement(s) and "
                   f"{escape(nc.get('clauses_without_circular', 0))} circular clause(s) in articles naming neither "
                   "a circular number nor its issuer.</p>")
    out.append("<h2>Baseline clauses</h2><table class=\"base\"><thead><tr><th>id</th><th>baseline text</th>"
               "<th>source</th></tr></thead><tbody>")
    for b in result["baseline_clauses"]:
        mark = RECONSTRUCTED if b.get("secondary") else ""
        out.append(f"<tr><td><b>{escape(b['id'])}{mark}</b><br>{escape(b.get('kind'))}</td><td>{escape(b['text'])}</td>"
                   f"<td>{escape(b.get('instrument'))}, {escape(b.get('article'))} "
                   f"(addressee: {escape(b.get('actor') or '-')}; confidence {escape(b.get('confidence'))})</td></tr>")
    out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
