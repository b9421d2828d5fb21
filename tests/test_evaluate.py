"""corpus_tools.evaluate: gold reading, span location, one-to-one matching and the metrics."""
import json

import pytest

from corpus_tools import evaluate as ev
from corpus_tools.cli import main as cli_main
from corpus_tools.io import InputError
from corpus_tools.outputs import Layout

TEXT = ("Bupati menerbitkan surat edaran netralitas.\n\n"
        "ASN dilarang memasang baliho calon di kantor.\n\n"
        "Pegawai wajib melaporkan ajakan dari tim sukses kepada atasan.\n\n"
        "ASN boleh hadir saat kampanye, tapi tidak boleh bersorak.")


def span(text, part):
    i = text.index(part)
    return i, i + len(part)


def pred(text, part, kind):
    s, e = span(text, part)
    return {"kind": kind, "start": s, "end": e}


def gold(kind, text, optional=False, doc_id="d1"):
    return ev.Gold(doc_id=doc_id, kind=kind, text=text, optional=optional, source="t:1")


def run(golds, preds, text=TEXT, doc_id="d1"):
    return ev.score({doc_id: golds}, [{"doc_id": doc_id, "text": text, "clauses": preds}])


def test_perfect_extraction_scores_one_per_kind_and_overall():
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor"),
         gold("obligation", "Pegawai wajib melaporkan ajakan dari tim sukses kepada atasan"),
         gold("permission", "ASN boleh hadir saat kampanye")]
    p = [pred(TEXT, x.text, x.kind) for x in g]
    r = run(g, p)
    assert r["overall"] == {"tp": 3, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert all(r["by_kind"][k]["tp"] == 1 for k in ("prohibition", "obligation", "permission"))
    assert r["misses"] == [] and r["spurious"] == []


def test_miss_and_spurious_give_precision_recall_and_f1():
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor"),
         gold("prohibition", "tidak boleh bersorak")]
    p = [pred(TEXT, "ASN dilarang memasang baliho calon di kantor.", "prohibition"),
         pred(TEXT, "Bupati menerbitkan surat edaran netralitas", "prohibition")]
    r = run(g, p)
    assert (r["overall"]["tp"], r["overall"]["fp"], r["overall"]["fn"]) == (1, 1, 1)
    assert r["overall"]["precision"] == 0.5 and r["overall"]["recall"] == 0.5 and r["overall"]["f1"] == 0.5
    assert [m["text"] for m in r["misses"]] == ["tidak boleh bersorak"]
    assert r["misses"][0]["reason"] == "no matching prediction"
    assert r["spurious"][0]["text"] == "Bupati menerbitkan surat edaran netralitas"


def test_kind_confusion_is_a_miss_and_a_spurious_and_a_matrix_cell():
    g = [gold("permission", "ASN boleh hadir saat kampanye")]
    r = run(g, [pred(TEXT, "ASN boleh hadir saat kampanye", "obligation")])
    assert r["by_kind"]["permission"]["fn"] == 1 and r["by_kind"]["obligation"]["fp"] == 1
    assert r["confusion"]["permission"]["obligation"] == 1
    assert r["confusion"]["permission"]["permission"] == 0
    assert "kind confusion" in r["misses"][0]["reason"] and "kind confusion" in r["spurious"][0]["reason"]


def test_matching_is_one_to_one_best_first():
    # one long prediction covering two gold acts can pay for only one of them
    g = [gold("permission", "ASN boleh hadir saat kampanye"), gold("prohibition", "tidak boleh bersorak")]
    whole = pred(TEXT, "ASN boleh hadir saat kampanye, tapi tidak boleh bersorak", "permission")
    r = run(g, [whole])
    assert r["overall"]["tp"] == 1 and r["overall"]["fn"] == 1 and r["overall"]["fp"] == 0
    assert r["misses"][0]["text"] == "tidak boleh bersorak"
    # two predictions on the same gold: one pairs, the other is spurious
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor")]
    p = [pred(TEXT, "ASN dilarang memasang baliho calon", "prohibition"),
         pred(TEXT, "ASN dilarang memasang baliho calon di kantor", "prohibition")]
    r = run(g, p)
    assert (r["overall"]["tp"], r["overall"]["fp"]) == (1, 1)
    assert r["spurious"][0]["text"] == "ASN dilarang memasang baliho calon"   # the better overlap won


def test_coverage_thresholds_decide_a_match():
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor")]
    short = pred(TEXT, "ASN dilarang", "prohibition")                # < GOLD_MIN_COVERAGE of the gold span
    assert run(g, [short])["overall"]["tp"] == 0
    wide = {"kind": "prohibition", "start": 0, "end": len(TEXT)}     # < PRED_MIN_COVERAGE of the prediction
    assert run(g, [wide])["overall"]["tp"] == 0
    loose = ev.score({"d1": g}, [{"doc_id": "d1", "text": TEXT, "clauses": [wide]}], gold_min=0.5, pred_min=0.1)
    assert loose["overall"]["tp"] == 1 and loose["matching"]["pred_min_coverage"] == 0.1


def test_optional_gold_is_never_a_miss_and_absorbs_its_prediction():
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor"),
         gold("obligation", "Pegawai wajib melaporkan ajakan dari tim sukses kepada atasan", optional=True)]
    r = run(g, [pred(TEXT, g[0].text, "prohibition")])
    assert r["overall"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    r = run(g, [pred(TEXT, g[0].text, "prohibition"), pred(TEXT, g[1].text, "permission")])
    assert r["overall"]["fp"] == 0 and r["optional_matched"] == 1


def test_gold_not_in_cleaned_text_is_lost_in_cleaning():
    g = [gold("prohibition", "Jangan lupa subscribe kanal kami")]
    r = run(g, [])
    assert r["lost_in_cleaning"] == 1 and r["misses"][0]["reason"] == ev.LOST


def test_location_ignores_whitespace_case_quotes_and_dashes():
    text = "Kata Bupati:  “ASN  dilarang\nmemasang baliho” – tegasnya."
    g = [gold("prohibition", '"asn dilarang memasang baliho" - tegasnya')]
    ev.locate(g, text)
    assert text[g[0].start:g[0].end] == "“ASN  dilarang\nmemasang baliho” – tegasnya"


def test_repeated_text_takes_the_next_free_occurrence():
    text = "ASN dilarang ikut kampanye. Lalu lagi: ASN dilarang ikut kampanye."
    g = [gold("prohibition", "ASN dilarang ikut kampanye"), gold("prohibition", "ASN dilarang ikut kampanye")]
    ev.locate(g, text)
    assert g[0].start == 0 and g[1].start == text.rindex("ASN")


def test_no_rule_documents_and_unscored_documents():
    docs = [{"doc_id": "empty", "text": "Harga cabai turun.", "clauses": [{"kind": "prohibition", "start": 0, "end": 5}]},
            {"doc_id": "other", "text": "x", "clauses": []}]
    r = ev.score({"empty": [], "gone": [gold("prohibition", "ASN dilarang", doc_id="gone")]}, docs)
    assert r["no_rule"] == {"documents": 1, "with_clauses": ["empty"], "clauses": 1}
    assert r["unscored_documents"] == ["other"]
    assert r["misses"][0]["reason"] == ev.NOT_EXTRACTED and r["per_document"]["gone"]["extracted"] is False


# ---------------------------------------------------------------- gold files and the CLI
def write_out(root, docs):
    lay = Layout(root)
    lay.documents.mkdir(parents=True)
    for d in docs:
        lay.document(d["doc_id"]).write_text(json.dumps(d), encoding="utf-8")
    return root


def test_gold_directory_and_single_file_agree(tmp_path):
    gdir = tmp_path / "gold"
    gdir.mkdir()
    line = {"kind": "prohibition", "text": "ASN dilarang memasang baliho calon di kantor"}
    (gdir / "d1.gold.jsonl").write_text(json.dumps(line) + "\n\n", encoding="utf-8")
    (gdir / "d2.gold.jsonl").write_text("", encoding="utf-8")
    one = tmp_path / "all.jsonl"
    one.write_text(json.dumps(dict(line, doc_id="d1")) + "\n", encoding="utf-8")
    out = write_out(tmp_path / "out", [{"doc_id": "d1", "text": TEXT, "clauses": [pred(TEXT, line["text"], "prohibition")]}])
    a, b = ev.evaluate(gdir, out), ev.evaluate(one, out)
    assert a["overall"] == b["overall"] and a["overall"]["tp"] == 1
    assert a["per_document"]["d2"]["extracted"] is False and "d2" not in b["per_document"]


@pytest.mark.parametrize("content, needle", [
    ('{"kind": "prohibition", "text": "x"}\n{"kind": "larangan", "text": "y"}\n', "line 2: kind"),
    ('{"kind": "prohibition"}\n', "line 1: 'text' is a required property"),
    ('{"kind": "prohibition", "text": "x", "optional": "yes"}\n', "line 1: optional"),
    ('{"kind": "prohibition", "text": "x",\n', "line 1: not JSON"),
    ('{"kind": "prohibition", "text": "x", "doc_id": "other"}\n', "differs from the file's"),
])
def test_malformed_gold_is_one_line_error_naming_file_and_line(tmp_path, content, needle):
    f = tmp_path / "d1.gold.jsonl"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        ev.load_gold(tmp_path)
    assert str(f) in str(exc.value) and needle in str(exc.value) and "\n" not in str(exc.value)


def test_single_file_lines_need_doc_id(tmp_path):
    f = tmp_path / "gold.jsonl"
    f.write_text('{"kind": "obligation", "text": "wajib"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1: 'doc_id' is required"):
        ev.load_gold(f)


def test_cli_prints_table_writes_json_and_reports_bad_input(tmp_path, capsys):
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "d1.gold.jsonl").write_text(json.dumps({"kind": "obligation", "text": "Pegawai wajib melaporkan ajakan"}) + "\n", encoding="utf-8")
    out = write_out(tmp_path / "out", [{"doc_id": "d1", "text": TEXT, "clauses": []}])
    assert cli_main(["evaluate", str(gdir), str(out), "--json", str(tmp_path / "r.json"), "--per-document"]) == 0
    printed = capsys.readouterr().out
    assert "overall" in printed and "d1" in printed and "Pegawai wajib melaporkan ajakan" in printed
    saved = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert saved["overall"]["fn"] == 1 and saved["misses"][0]["doc_id"] == "d1"
    assert cli_main(["evaluate", str(gdir), str(tmp_path / "nothing")]) == 2
    assert "run `corpus-tools extract` first" in capsys.readouterr().err


def test_cli_thresholds_change_the_match_and_bad_values_are_refused(tmp_path, capsys):
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "d1.gold.jsonl").write_text(json.dumps({"kind": "prohibition", "text": "ASN dilarang memasang baliho calon di kantor"}) + "\n",
                                        encoding="utf-8")
    out = write_out(tmp_path / "out", [{"doc_id": "d1", "text": TEXT, "clauses": [{"kind": "prohibition", "start": 0, "end": len(TEXT)}]}])
    js = tmp_path / "r.json"
    assert cli_main(["evaluate", str(gdir), str(out), "--json", str(js)]) == 0
    assert json.loads(js.read_text(encoding="utf-8"))["overall"]["tp"] == 0
    assert cli_main(["evaluate", str(gdir), str(out), "--json", str(js), "--pred-min", "0.1"]) == 0
    assert json.loads(js.read_text(encoding="utf-8"))["overall"]["tp"] == 1
    with pytest.raises(SystemExit):
        cli_main(["evaluate", str(gdir), str(out), "--gold-min", "1.5"])
    assert "outside (0, 1]" in capsys.readouterr().err


def test_thresholds_come_from_arguments_then_settings_then_constants(tmp_path):
    from corpus_tools.settings import Settings
    assert ev.thresholds() == (ev.GOLD_MIN_COVERAGE, ev.PRED_MIN_COVERAGE)
    s = Settings(sections={"evaluate": {"pred_min": 0.1}})
    assert ev.thresholds(s) == (ev.GOLD_MIN_COVERAGE, 0.1)
    assert ev.thresholds(s, gold_min=0.9, pred_min=0.8) == (0.9, 0.8)
    g = {"kind": "prohibition", "text": "ASN dilarang memasang baliho calon di kantor"}
    (tmp_path / "d1.gold.jsonl").write_text(json.dumps(g) + "\n", encoding="utf-8")
    out = write_out(tmp_path / "out", [{"doc_id": "d1", "text": TEXT, "clauses": [{"kind": "prohibition", "start": 0, "end": len(TEXT)}]}])
    assert ev.evaluate(tmp_path, out)["overall"]["tp"] == 0
    assert ev.evaluate(tmp_path, out, settings=s)["overall"]["tp"] == 1


def test_a_users_gold_schema_replaces_the_shipped_one(tmp_path):
    from corpus_tools.settings import Settings
    strict = json.loads((ev.resolve(None).path(ev.GOLD_SCHEMA)).read_text(encoding="utf-8"))
    strict["required"] = ["kind", "text", "actor"]
    schema = tmp_path / "gold.schema.json"
    schema.write_text(json.dumps(strict), encoding="utf-8")
    gdir = tmp_path / "gold"
    gdir.mkdir()
    (gdir / "d1.gold.jsonl").write_text('{"kind": "obligation", "text": "wajib"}\n', encoding="utf-8")
    assert ev.load_gold(gdir)["d1"][0].kind == "obligation"
    with pytest.raises(InputError, match="line 1: 'actor' is a required property"):
        ev.load_gold(gdir, settings=Settings(overrides={ev.GOLD_SCHEMA: schema}))


def test_span_disagreements_count_overlaps_below_the_thresholds():
    # the same rule read with other boundaries: a miss and a spurious clause that overlap
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor"),
         gold("obligation", "Pegawai wajib melaporkan ajakan dari tim sukses kepada atasan")]
    p = [pred(TEXT, "ASN dilarang", "prohibition"),
         pred(TEXT, "Bupati menerbitkan surat edaran netralitas", "obligation")]
    r = run(g, p)
    assert r["overall"]["fn"] == 2 and r["overall"]["fp"] == 2
    assert r["span_disagreements"] == {"misses": 1, "spurious": 1}
    assert "span disagreements" in ev.format_report(r) and "1 misses, 1 spurious" in ev.format_report(r)


def test_an_overlap_of_another_kind_is_no_span_disagreement():
    g = [gold("prohibition", "ASN dilarang memasang baliho calon di kantor")]
    r = run(g, [pred(TEXT, "ASN dilarang", "obligation")])
    assert r["span_disagreements"] == {"misses": 0, "spurious": 0}
