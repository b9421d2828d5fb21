"""`corpus-tools validate`: a good extraction gives no problem; each kind of damage to a copy
of it is reported as one clear line naming the file, never as a traceback."""
import json
import shutil

import pytest

from corpus_tools.cli import main
from corpus_tools.compare import compare_dir
from corpus_tools.io import dumps
from corpus_tools.validate import validate_dir, validate_document


@pytest.fixture(scope="module")
def good(seeds_extracted, tmp_path_factory):
    """The seed extraction plus its comparison, copied once for this module."""
    out = tmp_path_factory.mktemp("good") / "extracted"
    shutil.copytree(seeds_extracted, out)
    compare_dir(out)
    return out


@pytest.fixture()
def damaged(good, tmp_path):
    out = tmp_path / "extracted"
    shutil.copytree(good, out)
    return out


def docs(out):
    return sorted((out / "documents").glob("*.json"))


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def a_doc_with_clauses(out):
    """A document with at least two clauses, one of them a sub-item (has a parent)."""
    for p in docs(out):
        d = load(p)
        if len(d["clauses"]) >= 2 and any(c["parent"] for c in d["clauses"]):
            return p, d
    raise AssertionError("the seeds have no document with sub-items")


def rewrite_jsonl(out, edit):
    path = out / "clauses.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    return path


def test_untouched_extraction_has_no_problem(good):
    assert (good / "comparison" / "comparison.json").exists()
    assert len(docs(good)) == 5
    assert validate_dir(good) == []


def _set_start(d, value):
    d["clauses"][0]["start"] = value


def _missing_key(d):
    del d["text"]


CORRUPTIONS = {
    # name: (edit of the parsed document, words the problem line must contain)
    "not an object": (lambda d: ["a", "list"], ["not a JSON object"]),
    "missing key": (_missing_key, ["'text' is a required property"]),
    "string offset": (lambda d: _set_start(d, "12"), ["offsets are not integers"]),
    "float offset": (lambda d: _set_start(d, 1.5), ["offsets are not integers"]),
    "bool offset": (lambda d: _set_start(d, True), ["offsets are not integers"]),
    "negative offset": (lambda d: _set_start(d, -5), ["out of range"]),
    "offset past the text": (lambda d: d["clauses"][0].update(end=len(d["text"]) + 10), ["out of range"]),
    "shifted offsets": (lambda d: d["clauses"][0].update(start=d["clauses"][0]["start"] + 1), ["does not match"]),
    "edited clause text": (lambda d: d["clauses"][0].update(text=d["clauses"][0]["text"] + "x"), ["does not match"]),
    "duplicate clause_id": (lambda d: d["clauses"][1].update(clause_id=d["clauses"][0]["clause_id"]),
                            ["duplicate clause_id"]),
    "dangling parent": (lambda d: next(c for c in d["clauses"] if c["parent"]).update(parent="nope:999"),
                        ["parent nope:999"]),
    "clause of another doc": (lambda d: d["clauses"][0].update(doc_id="someone_else"), ["is not the document's"]),
    "clauses not a list": (lambda d: d.update(clauses={"0": 1}), ["is not of type 'array'"]),
    "clause not an object": (lambda d: d["clauses"].__setitem__(0, 42), ["42 is not of type 'object'"]),
    "bad kind": (lambda d: d["clauses"][0].update(kind="suggestion"), ["'suggestion' is not one of"]),
}


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_each_document_corruption_is_reported_naming_the_file(damaged, name):
    edit, words = CORRUPTIONS[name]
    path, doc = a_doc_with_clauses(damaged)
    new = edit(doc)
    path.write_text(dumps(doc if new is None else new), encoding="utf-8")
    problems = validate_dir(damaged)
    hits = [p for p in problems if p.startswith(str(path)) and all(w in p for w in words)]
    assert hits, problems
    assert all("Traceback" not in p for p in problems)


def test_document_file_that_is_not_json_or_not_utf8(damaged):
    a, b = docs(damaged)[:2]
    a.write_text('{"doc_id": "x", ', encoding="utf-8")
    b.write_bytes(b"\xff\xfe\x00garbage")
    problems = validate_dir(damaged)
    assert any(p.startswith(f"{a}: not JSON") for p in problems), problems
    assert any(p.startswith(f"{b}: not JSON") for p in problems), problems


def test_doc_id_that_does_not_match_the_file_name(damaged):
    path = docs(damaged)[0]
    renamed = path.with_name("renamed.json")
    path.rename(renamed)
    problems = validate_dir(damaged)
    assert any(p.startswith(str(renamed)) and "does not match the file name 'renamed'" in p for p in problems), problems


def test_jsonl_clause_that_differs_from_its_document(damaged):
    def edit(lines):
        c = json.loads(lines[0])
        c["actor"] = "Presiden"
        return [json.dumps(c, ensure_ascii=False)] + lines[1:]
    jsonl = rewrite_jsonl(damaged, edit)
    problems = validate_dir(damaged)
    assert any(p.startswith(f"{jsonl}:1: clause") and "differs" in p and "actor" in p for p in problems), problems


def test_jsonl_clause_missing_from_its_document(damaged):
    def edit(lines):
        c = json.loads(lines[0])
        c["clause_id"] = c["doc_id"] + ":999"
        return [json.dumps(c, ensure_ascii=False)] + lines[1:]
    jsonl = rewrite_jsonl(damaged, edit)
    problems = validate_dir(damaged)
    assert any(p.startswith(f"{jsonl}:1:") and ":999' is not in documents/" in p for p in problems), problems
    # ... and the document's clause that line replaced is now missing from clauses.jsonl
    assert any(p.startswith(f"{jsonl}: clause") and p.endswith("is missing") for p in problems), problems


def test_jsonl_damage_of_every_kind(damaged):
    def edit(lines):
        first = json.loads(lines[0])
        bad_offsets = dict(json.loads(lines[1]), start="0")
        return [lines[0], lines[0], "not json", "[1, 2]", "", json.dumps(dict(first, doc_id="ghost")),
                json.dumps(bad_offsets, ensure_ascii=False)] + lines[2:]
    jsonl = rewrite_jsonl(damaged, edit)
    problems = validate_dir(damaged)
    expect = {2: "duplicate clause_id", 3: "not JSON", 4: "not a JSON object", 5: "empty line",
              6: "unknown doc_id 'ghost'", 7: "offsets are not integers"}
    for n, words in expect.items():
        assert any(p.startswith(f"{jsonl}:{n}:") and words in p for p in problems), (n, problems)


def test_missing_or_unreadable_jsonl(damaged):
    jsonl = damaged / "clauses.jsonl"
    jsonl.unlink()
    assert f"{jsonl}: missing" in validate_dir(damaged)
    jsonl.write_bytes(b"\xff\xfe\xfa")
    assert any(p.startswith(f"{jsonl}: unreadable") for p in validate_dir(damaged))


@pytest.mark.parametrize("name, content, words", [
    ("errors.json", "[{", "not JSON"),
    ("errors.json", '{"path": "x"}', "expected a JSON array"),
    ("errors.json", '[{"path": 1}]', "expected an object with 'path' and 'error'"),
    ("manifest.json", "", "not JSON"),
    ("manifest.json", "[]", "expected a JSON object"),
])
def test_errors_and_manifest_must_be_json_of_their_shape(damaged, name, content, words):
    (damaged / name).write_text(content, encoding="utf-8")
    problems = validate_dir(damaged)
    assert any(p.startswith(str(damaged / name)) and words in p for p in problems), problems


def test_comparison_is_checked_against_its_schema(damaged):
    path = damaged / "comparison" / "comparison.json"
    data = load(path)
    data["circulars"][0]["alignment"][0]["status"] = "maybe"
    data["circulars"][0]["alignment"][0]["score"] = 150
    del data["threshold"]
    path.write_text(dumps(data), encoding="utf-8")
    problems = [p for p in validate_dir(damaged) if p.startswith(str(path))]
    assert any("'maybe' is not one of" in p for p in problems), problems
    assert any("150 is greater than the maximum of 100" in p for p in problems), problems
    assert any("'threshold' is a required property" in p for p in problems), problems
    path.write_text("{", encoding="utf-8")
    assert any(p.startswith(f"{path}: not JSON") for p in validate_dir(damaged))


def test_validate_document_on_non_objects():
    assert validate_document([1], "x.json") == ["x.json: not a JSON object (got list)"]
    assert validate_document(None, "x.json") == ["x.json: not a JSON object (got NoneType)"]


def test_cli_exit_codes(good, damaged, capsys):
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out.strip() == "0 problem(s)"
    doc = docs(damaged)[0]
    doc.write_text("[]", encoding="utf-8")
    assert main(["validate", str(damaged)]) == 1
    captured = capsys.readouterr()
    assert f"{doc}: not a JSON object" in captured.err and "Traceback" not in captured.err
    assert main(["validate", str(damaged / "nowhere")]) == 1


def test_every_clauses_jsonl_line_carries_its_documents_url(good):
    """clauses.jsonl can be cited without the documents: each line has the document's
    source.url (null when the page's origin is unknown), right after doc_id."""
    urls = {load(p)["doc_id"]: load(p)["source"]["url"] for p in docs(good)}
    lines = [json.loads(ln) for ln in (good / "clauses.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines and all(list(c)[:2] == ["doc_id", "url"] and c["url"] == urls[c["doc_id"]] for c in lines)


@pytest.mark.parametrize("edit, message", [
    (lambda c: {**c, "url": "https://salah.test/lain"}, "differs from documents/{doc_id}.json in url"),
    (lambda c: {k: v for k, v in c.items() if k != "url"}, "url missing"),
])
def test_a_wrong_or_missing_url_in_clauses_jsonl_is_reported(damaged, edit, message):
    first = json.loads((damaged / "clauses.jsonl").read_text(encoding="utf-8").splitlines()[0])
    rewrite_jsonl(damaged, lambda lines: [json.dumps(edit(json.loads(lines[0])), ensure_ascii=False)] + lines[1:])
    problems = validate_dir(damaged)
    assert any("clauses.jsonl:1" in p and message.format(doc_id=first["doc_id"]) in p for p in problems), problems
