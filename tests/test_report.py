"""report.html escapes every string that comes from articles, extraction or baselines:
hostile clause texts, titles, outlets, circular numbers, actors, issuers, speakers,
document ids and baseline entries never become markup."""
import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from corpus_tools.compare import compare_dir
from corpus_tools.io import dumps
from corpus_tools.normalise import normalize_text, strip_lead
from corpus_tools.report import render_html

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(2)>'
SVG = "'><svg onload=alert(3)>"
AMP = 'Tom & "Jerry" \'quoted\' &amp; &lt;b&gt;'
HOSTILE = (SCRIPT, IMG, SVG, AMP)
DOC_ID = "w1'><b onmouseover=alert(4)>"       # a file stem may hold all of this


def clause(doc_id, n, text, kind="prohibition", source="circular", actor=SCRIPT, speaker=None, parent=None):
    return {"doc_id": doc_id, "clause_id": f"{doc_id}:{n:03d}", "kind": kind, "force": "mandatory", "text": text,
            "start": 0, "end": len(text), "cue": "dilarang", "cue_canonical": "dilarang", "actor": actor,
            "actor_normalized": "ASN", "parent": parent, "source": source, "speaker": speaker,
            "list_marker": None, "circular": None, "normalized": normalize_text(strip_lead(text))}


def document(doc_id, clauses, number, issuer):
    return {"doc_id": doc_id, "title": SCRIPT + IMG, "outlet": IMG + AMP, "author": SVG, "editor": None,
            "issuer": issuer, "region": SCRIPT, "region_code": "36", "published": None, "text": "", "removed": [],
            "circulars": [{"number": number, "key": number, "date": "2023-11-01", "start": 0, "end": 1}],
            "clauses": clauses}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    out = tmp / "extracted"
    (out / "documents").mkdir(parents=True)
    number = f"800/{SCRIPT}/{IMG}/2023"
    one = document(DOC_ID, [
        clause(DOC_ID, 1, f"Ikut kampanye {SCRIPT}"),                         # aligned with PP94-5n1
        clause(DOC_ID, 2, f"Memasang {IMG} baliho {SVG} di kantor {AMP}"),      # added by the circular
        clause(DOC_ID, 3, f"ASN harus {SCRIPT} netral", kind="obligation", source="statement", speaker=IMG),
    ], number, issuer=f"Pemerintah {SCRIPT} {AMP}")
    two = document("w2", [clause("w2", 1, f"Ikut kampanye {SCRIPT}", kind="obligation")],   # disagreement
                   number, issuer=f"Pemerintah {SCRIPT} {AMP}")
    three = document("w3", [clause("w3", 1, f"Memasang spanduk {SVG}")], "x", issuer=IMG)
    three["circulars"] = []                                                  # an issuer's unnumbered circular
    for d in (one, two, three):
        (out / "documents" / f"{d['doc_id']}.json").write_text(dumps(d), encoding="utf-8")
    extra = tmp / "hostile_baseline.json"
    extra.write_text(json.dumps({"name": f"local {SCRIPT}", "clauses": [
        {"id": f"X-{IMG}", "family": SVG, "kind": "prohibition", "text": f"memasang spanduk {SCRIPT} {AMP}",
         "text_original": SCRIPT, "instrument": IMG, "article": SVG, "source_file": AMP,
         "confidence": "high", "secondary": False}]}), encoding="utf-8")
    result = compare_dir(out, tmp / "cmp", baselines=[extra])        # added to the shipped baselines
    page = (tmp / "cmp" / "report.html").read_text(encoding="utf-8")
    return result, page


def test_the_hostile_data_reaches_the_report(report):
    result, page = report
    keys = {c["key"] for c in result["circulars"]}
    assert any(SCRIPT in k for k in keys) and any(IMG in k for k in keys)
    soup = BeautifulSoup(page, "html.parser")
    text = soup.get_text()
    # every hostile string is shown to the reader as text, verbatim
    for s in HOSTILE + (DOC_ID,):
        assert s in text or any(s in (v if isinstance(v, str) else " ".join(v))
                                for el in soup.find_all(True) for v in el.attrs.values()), s


def test_no_markup_comes_from_the_data(report):
    _, page = report
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("script") is None
    assert soup.find(["img", "svg", "iframe", "object", "embed"]) is None
    assert soup.find("b", attrs={"onmouseover": True}) is None
    handlers = [(el.name, a) for el in soup.find_all(True) for a in el.attrs if a.lower().startswith("on")]
    assert handlers == []
    # the only tags are the report's own
    allowed = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "span", "div", "table", "thead",
               "tbody", "tr", "th", "td", "a", "section", "b", "br", "del", "ins", "ul", "li", "details", "summary"}
    assert {el.name for el in soup.find_all(True)} <= allowed
    # raw forms never appear unescaped anywhere in the page source
    for s in (SCRIPT, "<img", "<svg", "<b onmouseover"):
        assert s not in page, s
    # a bare & from the data is always escaped (every & in the page starts an entity)
    import re
    assert not re.search(r"&(?!(?:amp|lt|gt|quot|#x27|#39);)", page.split("</style>", 1)[1])


def test_attribute_values_cannot_be_broken_out_of(report):
    _, page = report
    soup = BeautifulSoup(page, "html.parser")
    titles = [el["title"] for el in soup.find_all(True) if el.has_attr("title")]
    assert any(t.startswith(f"X-{IMG}:") for t in titles)                        # the baseline id, whole
    assert f"memasang spanduk {SCRIPT} {AMP}" in soup.get_text()                 # the baseline text, as text


def test_render_html_escapes_status_and_score_too():
    """Even fields the comparison computes (status, score) are escaped if a result is tampered with."""
    circ = {"key": "k", "number": "k", "issuer": None, "region": None, "region_code": None, "date": None,
            "witnesses": ["a"], "clauses": [],
            "statements": [], "added": [],
            "alignment": [{"baseline_id": "B", "status": f'omitted"{SCRIPT}', "score": f"1{IMG}", "matched": [],
                           "changes": [], "diff": []}]}
    result = {"threshold": 70, "baselines": [], "baseline_clauses": [{"id": "B", "text": "t"}],
              "circulars": [circ], "documents_without_circular": []}
    page = render_html(result)
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None
    assert SCRIPT not in page and "<img" not in page


def test_bidi_controls_are_shown_not_obeyed():
    from corpus_tools.report import escape, md
    assert escape("abc\u202edef") == "abc&lt;U+202E&gt;def" and "\u2066" not in md("x\u2066y")


# --- layout in a real browser (skipped where Chromium is not installed, as in CI) ---------

def _browser():
    import shutil
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _layout(page: Path, width: int, tmp: Path) -> dict:
    """Document and viewport widths of ``page`` shown in a frame ``width`` px wide (a headless
    window has a minimum width), measured by a probe page and read back from its dumped DOM;
    the report itself has no script."""
    import subprocess
    probe = tmp / f"probe{width}.html"
    probe.write_text(
        f"<!DOCTYPE html><html><body style='margin:0'><iframe id=f src='{page.name}' "
        f"style='width:{width}px;height:900px;border:0'></iframe><script>"
        "document.getElementById('f').addEventListener('load',function(){var d=this.contentDocument.documentElement;"
        "document.body.setAttribute('data-layout',JSON.stringify({scroll:d.scrollWidth,client:d.clientWidth}))})"
        "</script></body></html>", encoding="utf-8")
    r = subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--no-first-run", "--allow-file-access-from-files", f"--user-data-dir={tmp / 'profile'}",
                        "--window-size=1600,1000", "--virtual-time-budget=5000", "--dump-dom", probe.as_uri()],
                       capture_output=True, text=True, timeout=120)
    soup = BeautifulSoup(r.stdout, "html.parser")
    return json.loads(soup.body["data-layout"])


@pytest.mark.skipif(not _browser(), reason="no chromium installed")
@pytest.mark.parametrize("width", [400, 1400])
def test_report_fits_the_window_with_40_baseline_clauses(report, tmp_path, width):
    import subprocess
    result, _ = report
    assert len(result["baseline_clauses"]) >= 40
    page = tmp_path / "report.html"
    page.write_text(render_html(result), encoding="utf-8")
    layout = _layout(page, width, tmp_path)
    assert layout["scroll"] <= layout["client"] <= width, layout          # no horizontal scrolling
    shot = tmp_path / f"report{width}.png"
    subprocess.run([_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={width},1000", f"--screenshot={shot}",
                    page.as_uri()], check=True, timeout=120, capture_output=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
