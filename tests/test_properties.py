"""Property-based tests over random and hostile text and HTML.

For every input, ``extract_file`` either returns a document that ``validate_document``
accepts (schema, offsets reproduce each clause's text) or raises ``InputError`` whose
message names the file and that is not a wrapped internal exception (``extract_file``
turns unexpected exceptions into ``InputError`` with ``__cause__`` set: a crash in
disguise). Hypothesis keeps examples small (bounded by a per-example deadline, so a
hang or quadratic blow-up fails); a few explicit huge cases run outside it.
"""
import codecs
import itertools
import json
import shutil
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_tools.io import InputError
from corpus_tools.batch import extract_dir
from corpus_tools.pipeline import extract_file
from corpus_tools.validate import validate_dir, validate_document

RAW = Path(__file__).resolve().parent.parent / "raw"

PROPS = settings(max_examples=150, deadline=timedelta(seconds=8), derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.function_scoped_fixture])

_counter = itertools.count()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    d = tmp_path_factory.mktemp("props")
    extract_file(RAW / "000_d05cc496c8d60e42.txt")      # load spaCy and the lexicons once, outside the deadline
    return d


def check(path: Path) -> dict | None:
    """The property: a valid document, or an InputError naming the file (no disguised crash)."""
    try:
        doc = extract_file(path)
    except InputError as exc:
        assert str(path) in str(exc), exc
        assert exc.__cause__ is None, f"internal error reported as bad input: {exc}"
        return None
    assert validate_document(doc, str(path)) == []
    assert doc["doc_id"] == path.stem
    return doc


def write(workdir: Path, data: bytes, suffix: str) -> Path:
    p = workdir / f"case{next(_counter):05d}{suffix}"
    p.write_bytes(data)
    return p


# --- building blocks ----------------------------------------------------------------

CUES = ["dilarang", "wajib", "harus", "tidak boleh", "diimbau agar", "diminta untuk", "sebagai berikut:",
        "Larangan bagi ASN sebagai berikut:", "ASN dilarang", "Pegawai wajib", "Surat Edaran Nomor 800/12/2023",
        "tidak diperbolehkan", "boleh", "agar", "mengimbau seluruh ASN agar", "SE", "yang dilarang:"]
MARKERS = ["1.", "2)", "a.", "(b)", "-", "–", "•", "*", "10.", "i.", "(1)", ""]
DATELINES = ["SERANG, KABAR.ID – ", "JAKARTA – ", "LEBAK, BANTENNEWS.CO.ID - ", ""]
WORDS = ["Pegawai", "ASN", "kampanye", "netral", "kantor", "calon", "Bupati", "menjaga", "netralitas", "Pemilu",
         "di", "dan", "yang", "untuk", "pada", "PNS", "PPPK", "honorer", "Kab.", "No.", "Sdr.", "“", "”", '"', ",", ".",
         ":", ";", "(", ")", "dll.", "dst", "tahun", "2024"]
CONTROL = st.sampled_from(["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
                           "\ufeff", "\u200b", "\u00a0", "\r", "\r\n", "\t", "\ufffd"])

any_text = st.text(max_size=300)
word = st.one_of(st.sampled_from(WORDS), st.sampled_from(CUES), st.text(min_size=1, max_size=12))
sentence = st.lists(word, min_size=1, max_size=25).map(" ".join)
line = st.one_of(
    sentence,
    st.tuples(st.sampled_from(MARKERS), sentence).map(lambda t: f"{t[0]} {t[1]}"),
    st.tuples(st.sampled_from(DATELINES), sentence).map("".join),
    st.tuples(sentence, CONTROL, sentence).map("".join),
    any_text,
)
dump = st.lists(st.tuples(line, st.sampled_from(["\n", "\n\n", "\r\n", "\r", " ", "\n\n\n"])),
                min_size=1, max_size=25).map(lambda xs: "".join(a + b for a, b in xs))

ENTITIES = ["&amp;", "&lt;", "&gt;", "&nbsp;", "&#0;", "&#x110000;", "&#xD800;", "&#99999999999;", "&bogus;", "&",
            "&#65", "&#x41;", "&quot", "&mdash;", "&#8211;", "&amp;lt;script&amp;gt;"]
TAGS = ["div", "p", "span", "b", "a", "li", "ul", "ol", "table", "td", "tr", "article", "section", "h1", "br",
        "script", "style", "noscript", "iframe", "svg", "blockquote", "figure", "figcaption", "main", "nav", "footer"]
ATTRS = ['', ' class="content"', ' class="read-also"', ' start="3"', ' type="a"', ' value="x"', ' href="/x"',
         ' id="article-body"', ' onclick="alert(1)"', ' type="I" start="-4"', ' value="99999999999999999999"']

html_text = st.one_of(sentence, any_text, st.sampled_from(ENTITIES), st.sampled_from(CUES),
                      st.lists(st.sampled_from(ENTITIES), max_size=10).map("".join))


def _element(children):
    return st.tuples(st.sampled_from(TAGS), st.sampled_from(ATTRS), st.lists(children, max_size=5),
                     st.booleans()).map(
        lambda t: f"<{t[0]}{t[1]}>" + "".join(t[2]) + (f"</{t[0]}>" if t[3] else ""))   # closed or not


html_fragment = st.recursive(html_text, _element, max_leaves=40)
html_page = st.tuples(
    st.sampled_from(["", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>', "<html>", "<html><head>"]),
    st.sampled_from(["", "<title>Judul &amp; berita</title>", "<meta charset='x-bogus'>",
                     '<meta property="og:site_name" content="KABAR.ID">', "<script>var x = '</p>';</script>"]),
    st.sampled_from(["", "<body>", "<body><article>", "</head><body>"]),
    st.lists(html_fragment, min_size=1, max_size=8),
    st.sampled_from(["", "</body></html>", "</article>", "<!--", "<![CDATA[", "<"]),
).map(lambda t: t[0] + t[1] + t[2] + "".join(t[3]) + t[4])


def encode(text: str, how: str) -> bytes:
    if how == "utf-8":
        return text.encode("utf-8", "surrogatepass")
    if how == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if how == "windows-1252":
        return text.encode("windows-1252", "replace")
    if how == "utf-16-bom":
        return text.encode("utf-16", "surrogatepass")
    if how == "utf-16-le":
        return text.encode("utf-16-le", "surrogatepass")
    if how == "utf-16-be":
        return text.encode("utf-16-be", "surrogatepass")
    if how == "mixed":       # UTF-8 first half, windows-1252 second half, in one file
        half = len(text) // 2
        return text[:half].encode("utf-8", "surrogatepass") + text[half:].encode("windows-1252", "replace")
    raise ValueError(how)


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "windows-1252", "utf-16-bom", "utf-16-le", "utf-16-be", "mixed"])


# --- properties ------------------------------------------------------------------------

@PROPS
@given(text=any_text)
def test_arbitrary_unicode_text(workdir, text):
    check(write(workdir, text.encode("utf-8", "surrogatepass"), ".txt"))


@PROPS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html"]))
def test_arbitrary_bytes(workdir, data, suffix):
    check(write(workdir, data, suffix))


@PROPS
@given(text=dump, how=ENCODINGS)
def test_text_dumps_with_cues_markers_controls_and_encodings(workdir, text, how):
    check(write(workdir, encode(text, how), ".txt"))


@PROPS
@given(page=html_page, how=ENCODINGS, suffix=st.sampled_from([".html", ".htm", ".txt"]))
def test_hostile_html(workdir, page, how, suffix):
    # a .txt holding HTML is sniffed as HTML when it looks like a page
    check(write(workdir, encode(page, how), suffix))


@PROPS
@given(lead=st.sampled_from(DATELINES[:3]), items=st.lists(st.tuples(st.sampled_from(MARKERS), sentence),
                                                           min_size=1, max_size=12),
       cue=st.sampled_from(CUES), wrap=st.sampled_from(["txt", "ol", "ul", "p", "br"]))
def test_lists_under_lead_ins_in_random_structures(workdir, lead, items, cue, wrap):
    head = f"{lead}Pemerintah daerah menerbitkan Surat Edaran. ASN {cue} sebagai berikut:"
    if wrap == "txt":
        data, suffix = "\n\n".join([head] + [f"{m} {s}" for m, s in items]), ".txt"
    elif wrap in ("ol", "ul"):
        data = f"<html><body><p>{head}</p><{wrap}>" + "".join(f"<li>{s}</li>" for _, s in items) + f"</{wrap}></body></html>"
        suffix = ".html"
    elif wrap == "p":
        data, suffix = f"<html><body><p>{head}</p>" + "".join(f"<p>{m} {s}</p>" for m, s in items) + "</body></html>", ".html"
    else:
        data, suffix = f"<html><body><p>{head}<br>" + "<br>".join(f"{m} {s}" for m, s in items) + "</p></body></html>", ".html"
    check(write(workdir, data.encode("utf-8", "surrogatepass"), suffix))


# --- explicit hostile cases (too big for hypothesis) ------------------------------------

BODY = ("SERANG, KABAR.ID – Pegawai ASN dilarang berkampanye di kantor pemerintah daerah menurut surat "
        "edaran terbaru yang diterbitkan bupati pekan ini.")
PROSE = "para pegawai yang bekerja di kantor dan "

HOSTILE = {
    "deep_div.html": lambda: "<html><body>" + "<div>" * 5000 + f"<p>{BODY}</p>" + "</div>" * 5000 + "</body></html>",
    "deep_unclosed.html": lambda: "<html><body>" + "<div><span>" * 2500 + BODY,
    "deep_lists.html": lambda: "<html><body>" + "<ol><li>" * 2000 + BODY,
    "huge_line.txt": lambda: BODY + " " + PROSE * 75_000 + " ASN wajib netral.",               # 3 MB, no newline
    "huge_line.html": lambda: f"<html><body><p>{BODY}</p><p>" + PROSE * 75_000 + "</p></body></html>",
    "no_body_tag.html": lambda: f"<div><p>{BODY}</p><ul><li>dilarang kampanye</li><li>wajib netral</li></ul></div>",
    "only_scripts.html": lambda: "<html><head><script>var s='dilarang';</script><style>p{}</style></head>"
                                 "<body><script>document.write('wajib')</script><noscript></noscript></body></html>",
    "entity_soup.html": lambda: "<html><body><p>" + "&amp;&lt;&#0;&#x110000;&#xD800;&nbsp;&bogus;&#99999999999;" * 500
                                + BODY + "</p></body></html>",
    "xml_prolog.html": lambda: f'<?xml version="1.0" encoding="utf-8"?><html><body><p>{BODY}</p></body></html>',
    "controls.txt": lambda: BODY + "\x0b\x0c\x7f\x85\u2028\u2029 dilarang\n\n1. wajib netral\x1b",
    "cr_only.txt": lambda: BODY + "\r\rPegawai dilarang sebagai berikut:\r1. ikut kampanye\r2. memasang spanduk",
    "markers_only.txt": lambda: "sebagai berikut:\n\n1.\n\n2.\n\n-\n\na.\n\ndilarang\n\nwajib\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_explicit_hostile_inputs(workdir, name):
    p = workdir / name
    p.write_text(HOSTILE[name](), encoding="utf-8")
    t = time.perf_counter()
    check(p)
    assert time.perf_counter() - t < 20, name


@pytest.mark.parametrize("how", ["utf-16-bom", "utf-16-le", "utf-16-be", "mixed", "nul-after-64k"])
def test_explicit_encodings_of_a_seed(workdir, how):
    text = (RAW / "000_d05cc496c8d60e42.txt").read_text(encoding="utf-8")
    data = text.encode("utf-8") + b"\x00" * 8 if how == "nul-after-64k" else encode(text, how)
    if how == "nul-after-64k":
        data = b" " * 70_000 + data
    doc = check(write(workdir, data, ".txt"))
    assert doc is not None and doc["clauses"]                  # all of these are read, not refused


def test_xml_prolog_does_not_hide_the_page(workdir):
    """An XHTML page opening with <?xml ... encoding=...?> lost its whole body (lxml refuses
    an encoding declaration in a str): the prolog is now dropped before parsing."""
    p = workdir / "xhtml.html"
    p.write_text(HOSTILE["xml_prolog.html"](), encoding="utf-8")
    doc = check(p)
    assert doc is not None and "dilarang berkampanye" in doc["text"]
    assert [c["kind"] for c in doc["clauses"]] == ["prohibition"]


# --- a directory mixing good and hostile files --------------------------------------------

def test_extract_dir_mixing_good_and_hostile_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = ["000_d05cc496c8d60e42.txt", "003_1f0b94f7012afe32.txt"]
    for name in good:
        shutil.copy(RAW / name, raw / name)
    (raw / "u16.txt").write_bytes(encode((RAW / good[0]).read_text(encoding="utf-8"), "utf-16-bom"))
    (raw / "page.html").write_text(f"<html><body><p>{BODY}</p></body></html>", encoding="utf-8")
    bad = {
        "empty.txt": b"",
        "blank.html": b" \n\t\n ",
        "binary.txt": bytes(range(256)) * 50,
        "nul.html": b"<html>\x00\x00\x00<body>dilarang</body></html>",
        "scripts.html": HOSTILE["only_scripts.html"]().encode(),
        "deep.html": HOSTILE["deep_div.html"]().encode(),
        "menu.txt": "Beranda\nNasional\nDaerah\nOlahraga\n".encode(),
    }
    for name, data in bad.items():
        (raw / name).write_bytes(data)
    out = tmp_path / "out"
    report = extract_dir(raw, out, jobs=2)
    errors = json.loads((out / "errors.json").read_text(encoding="utf-8"))
    by_name = {Path(e["path"]).name: e["error"] for e in errors}
    assert set(by_name) == set(bad)
    for name, message in by_name.items():
        assert message.startswith(str(raw / name) + ": "), message
    written = {p.stem for p in (out / "documents").glob("*.json")}
    assert written == {Path(n).stem for n in good} | {"u16", "page"}
    assert len(report.processed) == 4 and validate_dir(out) == []
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {i["doc_id"] for i in manifest["inputs"]} == written

    def snapshot(d):
        # outputs, not the hidden cache of input mtimes (.state.json)
        return {p.relative_to(d): p.read_bytes() for p in sorted(d.rglob("*"))
                if p.is_file() and not p.name.startswith(".")}
    first = snapshot(out)
    extract_dir(raw, out, jobs=1, force=True)              # a second run, reprocessing everything
    assert snapshot(out) == first
    other = tmp_path / "other"
    extract_dir(raw, other, jobs=1)
    assert snapshot(other) == first
