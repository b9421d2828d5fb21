"""Bad input gets a clear error naming the file; the run goes on; outputs are atomic and
byte-identical across runs."""
import json
import shutil

import pytest

from corpus_tools import extract_dir, load_clauses
from corpus_tools.cli import main
from corpus_tools.io import InputError, atomic_write, read_input
from corpus_tools.validate import validate_dir, validate_document

from pathlib import Path

RAW = Path(__file__).resolve().parent.parent / "raw"


@pytest.fixture()
def mixed_raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "000_d05cc496c8d60e42.txt", raw / "good.txt")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 40)
    cp1252 = ("JAKARTA, CONTOH.ID – Pegawai ASN dilarang memasang spanduk calon di kantor dinas "
              "menurut surat edaran caf\u00e9 terbaru dari pemerintah daerah setempat.")
    (raw / "legacy.txt").write_bytes(cp1252.encode("windows-1252"))
    with open(raw / "huge.txt", "wb") as fh:      # sparse 50 MB file: refused by size, never read
        fh.truncate(50 * 1024 * 1024)
    (raw / "notes.md").write_text("ignored: not an input suffix")
    return raw


def test_bad_inputs_are_reported_by_name_and_the_run_goes_on(mixed_raw, tmp_path):
    out = tmp_path / "out"
    report = extract_dir(mixed_raw, out, jobs=2)
    errors = {e["path"].split("/")[-1]: e["error"] for e in report.errors}
    assert set(errors) == {"empty.txt", "binary.txt", "huge.txt"}
    assert "empty.txt: empty file" in errors["empty.txt"]
    assert "binary" in errors["binary.txt"]
    assert "too large" in errors["huge.txt"]
    assert json.loads((out / "errors.json").read_text()) == sorted(report.errors, key=lambda e: e["path"])
    docs = {p.stem for p in (out / "documents").glob("*.json")}
    assert docs == {"good", "legacy"}
    legacy = json.loads((out / "documents" / "legacy.json").read_text())
    assert "café" in legacy["text"] and legacy["source"]["encoding"].replace("_", "-").lower() in ("windows-1252", "cp1252")
    assert [c["kind"] for c in legacy["clauses"]] == ["prohibition"]
    assert validate_dir(out) == []


def test_missing_file_and_dir_errors_name_the_path(tmp_path):
    with pytest.raises(InputError, match="nope.txt: file not found"):
        read_input(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="missing_dir: input directory not found"):
        extract_dir(tmp_path / "missing_dir", tmp_path / "out")


def test_malformed_html_page_is_handled(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "broken.html").write_text("<html><body><div><p>SERANG, KABAR.ID – ASN dilarang berkampanye "
                                     "di kantor pemerintah daerah menurut surat edaran terbaru.<div><b>")
    (raw / "nobody.html").write_text("<html><head><title>x</title></head><body></body></html>")
    report = extract_dir(raw, tmp_path / "out", jobs=1)
    errors = {e["path"].split("/")[-1]: e["error"] for e in report.errors}
    assert "nobody.html" in errors and "nobody.html" in errors["nobody.html"]
    assert "broken.html" not in errors


def test_two_runs_are_byte_identical_and_incremental(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw, ignore=shutil.ignore_patterns("baseline", "*.csv"))
    a, b = tmp_path / "a", tmp_path / "b"
    extract_dir(raw, a, jobs=2)
    extract_dir(raw, b, jobs=1)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    again = extract_dir(raw, a, jobs=1)
    assert again.processed == [] and len(again.skipped) == 5
    (raw / "000_d05cc496c8d60e42.txt").write_text("SERANG, X.ID – Pegawai ASN dilarang berkampanye di kantor dinas setempat.\n")
    third = extract_dir(raw, a, jobs=1)
    assert [p.split("/")[-1] for p in third.processed] == ["000_d05cc496c8d60e42.txt"]


def test_atomic_write_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "x.json"
    atomic_write(target, "old")

    class Boom(str):
        def encode(self, *a, **k):
            raise RuntimeError("disk full")
    with pytest.raises(RuntimeError):
        atomic_write(target, Boom("new"))
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_cli_and_load_clauses_frame(seeds_extracted, tmp_path):
    out = tmp_path / "cli"
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "003_1f0b94f7012afe32.txt", raw)
    assert main(["extract", str(raw), "--out", str(out), "-j", "1", "-q"]) == 0
    assert main(["validate", str(out)]) == 0
    df = load_clauses(seeds_extracted)
    assert {"doc_id", "clause_id", "kind", "text", "start", "end", "normalized", "cue", "actor", "parent",
            "source", "speaker"} <= set(df.columns)
    assert set(df["kind"]) == {"prohibition", "obligation", "permission"}
    assert df["clause_id"].is_unique


# --- regressions found by tests/test_properties.py ----------------------------------------

CUE_RUN = "SERANG, KABAR.ID – Pegawai ASN dilarang berkampanye di kantor pemerintah daerah. "


def test_long_sentence_full_of_cues_is_linear(tmp_path):
    """One 40k-character sentence with 4,000 cues and no boundary: the actor look-back and
    the per-clause circular-term scan were quadratic (minutes); now a few seconds."""
    import time
    from corpus_tools.pipeline import extract_file
    p = tmp_path / "cues.html"
    p.write_text("<html><body><p>" + CUE_RUN + "Surat edaran " + "kata dilarang wajib " * 2000 + "</p></body></html>")
    t = time.perf_counter()
    doc = extract_file(p)
    assert time.perf_counter() - t < 20
    assert len(doc["clauses"]) > 3000
    assert validate_document(doc, str(p)) == []
    # the circular term opens the sentence, so every clause after it reports the circular
    assert {c["source"] for c in doc["clauses"][1:]} == {"circular"}


def test_paragraph_over_a_million_characters_is_segmented(tmp_path):
    """spaCy refuses texts over nlp.max_length (1,000,000) by default: a page whose <br>-joined
    paragraph is longer failed with ValueError E088."""
    from corpus_tools.pipeline import extract_file
    line = ("x" * 59 + " ") * 3400      # 204k characters: cut to html.MAX_SEGMENT_CHARS, six joined
    p = tmp_path / "long.html"
    p.write_text("<html><body><p>" + CUE_RUN + "</p><p>" + "<br>".join([line] * 6)
                 + "ASN dilarang ikut kampanye.</p></body></html>")
    doc = extract_file(p)
    assert max(len(par) for par in doc["text"].split("\n\n")) > 1_000_000
    assert validate_document(doc, str(p)) == []


def test_multi_megabyte_line_in_a_text_dump_is_cut_not_choked_on(tmp_path):
    """A text dump with one 1.2 MB prose line (no newline): cut at clean.MAX_LINE_CHARS like
    HTML segments instead of going whole through spaCy and the clause finder."""
    import time
    from corpus_tools.clean import MAX_LINE_CHARS
    from corpus_tools.pipeline import extract_file
    p = tmp_path / "blob.txt"
    p.write_text(CUE_RUN + "para pegawai yang bekerja di kantor dan " * 30_000 + "\nASN dilarang ikut kampanye.\n")
    t = time.perf_counter()
    doc = extract_file(p)
    assert time.perf_counter() - t < 30
    assert [len(par) for par in doc["text"].split("\n\n")] == [MAX_LINE_CHARS, len("ASN dilarang ikut kampanye.")]
    assert validate_document(doc, str(p)) == []


def test_list_item_that_is_only_a_cue_word(tmp_path):
    """'1. dilarang' under a lead-in: the negating-frame check looked at a negative token
    index (IndexError, or a wrap-around match at the end of the sentence)."""
    from corpus_tools.pipeline import extract_file
    p = tmp_path / "item.txt"
    p.write_text("SERANG, KABAR.ID – Pemerintah daerah menerbitkan Surat Edaran pilkada. ASN dilarang sebagai berikut:"
                 "\n\n1. dilarang")
    doc = extract_file(p)
    assert [(c["kind"], c["text"]) for c in doc["clauses"]] == [("prohibition", "dilarang")]
    assert validate_document(doc, str(p)) == []


def test_html_refused_as_binary_is_a_plain_input_error(tmp_path):
    """html.clean_html refuses control characters more strictly than io.decode; its documented
    ValueError surfaced as 'ValueError: <doc_id>: ...' wrapped around an internal exception."""
    from corpus_tools.pipeline import extract_file
    p = tmp_path / "ctl.html"
    p.write_bytes(b"<p>\x01</p>")
    with pytest.raises(InputError) as exc:
        extract_file(p)
    assert str(exc.value) == f"{p}: input looks like binary data, not HTML (control characters)"
    assert exc.value.__cause__ is None


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_decoded_not_refused_as_binary(tmp_path, codec):
    from corpus_tools.pipeline import extract_file
    text = (RAW / "000_d05cc496c8d60e42.txt").read_text(encoding="utf-8")
    p = tmp_path / "u16.txt"
    p.write_bytes(text.replace("\n", "\r\n").encode(codec))
    doc = extract_file(p)
    assert doc["source"]["encoding"] == codec
    utf8 = tmp_path / "u8.txt"
    utf8.write_text(text, encoding="utf-8")
    assert doc["clauses"] == [dict(c, doc_id="u16", clause_id=c["clause_id"].replace("u8", "u16"),
                                   parent=c["parent"] and c["parent"].replace("u8", "u16"))
                              for c in extract_file(utf8)["clauses"]]


def test_bom_files_get_the_same_binary_check_and_newlines_as_others(tmp_path):
    import codecs
    from corpus_tools.io import decode
    junk = tmp_path / "junk.txt"
    junk.write_bytes(codecs.BOM_UTF8 + bytes(range(1, 32)) * 50)
    with pytest.raises(InputError, match="junk.txt: binary content"):
        decode(read_input(junk))
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes("a\r\nb\rc".encode("utf-16"))
    assert decode(read_input(crlf)) == ("a\nb\nc", "utf-16")


def test_inputs_sharing_a_doc_id_are_both_reported_not_merged(tmp_path):
    """a.txt and a.html both wrote documents/a.json: one output silently replaced the other
    and clauses.jsonl listed its clauses twice."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "000_d05cc496c8d60e42.txt", raw / "a.txt")
    (raw / "a.html").write_text("<html><body><p>SERANG, KABAR.ID – Pegawai ASN dilarang berkampanye di kantor "
                                "pemerintah daerah menurut surat edaran terbaru.</p></body></html>")
    shutil.copy(RAW / "003_1f0b94f7012afe32.txt", raw / "b.txt")
    out = tmp_path / "out"
    report = extract_dir(raw, out, jobs=1)
    errors = {Path(e["path"]).name: e["error"] for e in report.errors}
    assert errors == {"a.html": f"{raw / 'a.html'}: doc_id 'a' is also that of a.txt: rename one",
                      "a.txt": f"{raw / 'a.txt'}: doc_id 'a' is also that of a.html: rename one"}
    assert [p.name for p in (out / "documents").glob("*.json")] == ["b.json"]
    assert validate_dir(out) == []


@pytest.mark.parametrize("item", ["”", '"', "."])
def test_list_item_of_only_punctuation_gives_no_empty_clause(tmp_path, item):
    """'1. ”' under a lead-in: its span shrank to nothing once closing punctuation was cut,
    and an empty clause broke the schema (text must be non-empty)."""
    from corpus_tools.pipeline import extract_file
    p = tmp_path / "punct.txt"
    p.write_text("SERANG, KABAR.ID – Pemerintah daerah menerbitkan Surat Edaran. ASN dilarang sebagai berikut:"
                 f"\n\n1. {item}\n\n2. Ikut kampanye")
    doc = extract_file(p)
    assert validate_document(doc, str(p)) == []
    assert [c["text"] for c in doc["clauses"]] == ["Ikut kampanye"]
