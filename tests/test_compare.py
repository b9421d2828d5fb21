"""Compare: shipped baselines and their validation, roles, alignment within families,
change types on hand-made circulars with planted changes, statuses with evidence,
grouping by number and issuer, duplicates, outputs, and the seeds."""
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from corpus_tools.circulars import group_documents
from corpus_tools.compare import (CompareSettings, alignment_rows, compare_dir, compare_documents, load_baseline,
                                  safe_cell, shipped_baselines, word_diff)
from corpus_tools.io import InputError, dumps
from corpus_tools.normalise import normalize_text, strip_lead
from corpus_tools.settings import DATA_DIR, Settings


def _load_planted():
    """tests/circulars/planted.py (the hand-made circulars), imported by path."""
    import importlib.util
    path = Path(__file__).resolve().parent / "circulars" / "planted.py"
    spec = importlib.util.spec_from_file_location("planted_circulars", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


planted = _load_planted()

ROOT = Path(__file__).resolve().parent.parent
NATIONAL = DATA_DIR / "baselines" / "national_2022.json"


def schema(name):
    return Draft202012Validator(json.loads((DATA_DIR / "schemas" / f"{name}.schema.json").read_text()))


# --- hand-made extractions -------------------------------------------------------------

def clause(doc_id, n, text, kind="prohibition", source="circular", force="mandatory", cue="dilarang", parent=None,
           actor="ASN", marker=None):
    return {"doc_id": doc_id, "clause_id": f"{doc_id}:{n:03d}", "kind": kind, "force": force, "text": text,
            "start": 0, "end": len(text), "cue": cue, "cue_canonical": cue, "actor": actor, "actor_normalized": None,
            "parent": parent, "source": source, "speaker": None, "list_marker": marker, "circular": None,
            "normalized": normalize_text(strip_lead(text, negated=kind == "prohibition"))}


def document(doc_id, clauses, number=None, issuer="Pemerintah Kabupaten Sukamaju", region="Kabupaten Sukamaju",
             code="99.01", **extra):
    return {"doc_id": doc_id, "issuer": issuer, "region": region, "region_code": code, "published": None,
            "circulars": [{"number": number, "key": number.replace(" ", "."), "date": "2023-11-01", "start": 0, "end": 1}]
            if number else [], "clauses": clauses, **extra}


def write_extraction(tmp_path, docs, name="extracted"):
    out = tmp_path / name
    (out / "documents").mkdir(parents=True)
    for d in docs:
        (out / "documents" / f"{d['doc_id']}.json").write_text(dumps({"text": "", "removed": [], **d}))
    return out


def rows_of(circ):
    return {r["baseline_id"]: r for r in circ["alignment"]}


# --- baselines -------------------------------------------------------------------------

def test_shipped_baselines_are_valid_and_keep_provenance():
    paths = shipped_baselines()
    assert {p.name for p in paths} == {"national_2022.json", "se_menpanrb_18_2023.json"}
    ids = []
    for p in paths:
        data = json.loads(p.read_text())
        assert not list(schema("baseline").iter_errors(data)), p
        ids += [c["id"] for c in data["clauses"]]
    assert len(ids) == len(set(ids))
    data = json.loads(NATIONAL.read_text())
    pp = [c for c in data["clauses"] if c["family"] == "PP94-5n"]
    assert [c["id"] for c in pp] == ["PP94-5n"] + [f"PP94-5n{i}" for i in range(1, 8)]
    assert "Ralryat" in pp[0]["text_original"] and "Rakyat" in pp[0]["text"]
    assert all(c["secondary"] and c["confidence"] != "high" for c in data["clauses"] if c["family"] in ("SKB", "DUTY"))
    assert not any(c["id"].startswith("PERM-18") for c in data["clauses"])   # guidance circular is its own baseline
    for c in data["clauses"]:   # every primary text really is in the shared source file
        if not c["secondary"] and c["source_file"].endswith(".txt"):
            src = ROOT.parent / "shared" / "baseline" / c["source_file"]
            if src.exists():
                assert c["text_original"].split("[...]")[-1].strip()[:40] in src.read_text(encoding="utf-8"), c["id"]


def test_variants_from_regional_circulars_are_never_used():
    by_id = {c.id: c for c in load_baseline(NATIONAL).clauses}
    # regional rendering: provenance only (the parts are pieces of the national text itself)
    assert [f[0] for f in by_id["DUTY-1"].forms if not f[0].startswith("part ")] == ["text"]
    assert [f[0] for f in by_id["DUTY-3"].forms] == ["text"]
    assert by_id["DUTY-2"].forms[1][0].startswith("variant 1 (Surat MenPANRB")   # national: used, and named


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["clauses"][2].update(kind="forbidden"), "clauses[2].kind"),
    (lambda d: d["clauses"][0].pop("family"), "clauses[0].family: missing"),
    (lambda d: d["clauses"][1].update(parts="ikut kampanye"), "clauses[1].parts"),
    (lambda d: d["clauses"][1].update(parts=[""]), "clauses[1].parts[0]"),
    (lambda d: d["clauses"][1].update(id=d["clauses"][0]["id"]), "is used twice"),
    (lambda d: d["clauses"][3].update(parent="NOPE"), "clauses[3].parent"),
    (lambda d: d.pop("name"), "name: missing"),
])
def test_a_malformed_baseline_is_one_line_naming_the_field(tmp_path, mutate, field):
    data = json.loads(NATIONAL.read_text())
    mutate(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data))
    with pytest.raises(InputError) as exc:
        load_baseline(bad)
    msg = str(exc.value)
    assert "\n" not in msg and "bad.json" in msg and field in msg, msg


def test_a_malformed_baseline_leaves_the_previous_comparison_intact(tmp_path):
    out = write_extraction(tmp_path, [document("a", [clause("a", 1, "Ikut kampanye", actor="PNS")], number="1/2/2023")])
    cmp_dir = tmp_path / "cmp"
    compare_dir(out, cmp_dir)
    before = {p.name: p.read_bytes() for p in cmp_dir.iterdir()}
    assert set(before) == {"comparison.json", "matrix.csv", "alignments.csv", "added.csv", "datapackage.json",
                           "report.md", "report.html"}
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x", "clauses": [{"id": "X"}]}')
    r = subprocess.run([sys.executable, "-m", "corpus_tools.cli", "compare", str(out), "--out", str(cmp_dir),
                        "--baseline", str(bad)], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "bad.json" in r.stderr and "clauses[0]" in r.stderr
    assert {p.name: p.read_bytes() for p in cmp_dir.iterdir()} == before


def test_compare_runs_from_any_directory_with_several_baselines_and_without_spacy(tmp_path):
    out = write_extraction(tmp_path, [document("c", [clause("c", 1, "Memasang foto profil bergambar partai di aplikasi pesan"),
                                                     clause("c", 2, "ASN dilarang ikut kampanye")], number="1/2/2023")])
    extra = []
    for n, text in enumerate(("memasang foto profil bergambar partai", "mengunggah video dukungan calon")):
        p = tmp_path / f"local{n}.json"
        p.write_text(json.dumps({"name": f"perbup-{n}", "clauses": [
            {"id": f"LOC{n}-1", "family": f"LOC{n}", "kind": "prohibition", "text": text, "text_original": text,
             "instrument": "Perbup", "article": "1", "source_file": "local", "confidence": "high", "secondary": False}]}))
        extra += ["--baseline", str(p)]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = ("import sys; from corpus_tools.cli import main; rc = main(sys.argv[1:]); "
            "assert not any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules), 'spacy imported'; sys.exit(rc)")
    r = subprocess.run([sys.executable, "-c", code, "compare", str(out), "--out", "cmp"] + extra,
                       cwd=elsewhere, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 0, r.stderr
    result = json.loads((elsewhere / "cmp" / "comparison.json").read_text())
    assert [b["name"] for b in result["baselines"]] == ["national-2022", "se-menpanrb-18-2023", "perbup-0", "perbup-1"]
    assert rows_of(result["circulars"][0])["LOC0-1"]["status"] == "modified"
    assert rows_of(result["circulars"][0])["PP94-5n1"]["status"] == "modified"     # ASN for PNS


# --- diffs, roles, alignment -------------------------------------------------------------

def test_word_diff_is_word_level_and_folds_morphology():
    ops = word_diff("menjadi peserta kampanye dengan atribut pns", "menjadi peserta kampanye dengan atribut pegawai pemerintah")
    assert ops == [[0, "menjadi peserta kampanye dengan atribut"], [-1, "pns"], [1, "pegawai pemerintah"]]
    assert word_diff("selama, dan sesudah", "selama dan sesudah") == [[0, "selama dan sesudah"]]
    assert word_diff("dalam lingkungan unit kerjanya", "dalam lingkungan unit kerja") == [[0, "dalam lingkungan unit kerjanya"]]


def _one(tmp_path, clauses, name="x"):
    out = write_extraction(tmp_path, [document("d", clauses, number="5/5/2024")], name=name)
    return rows_of(compare_dir(out, tmp_path / f"cmp-{name}")["circulars"][0])


@pytest.mark.parametrize("actor, pp, skb", [
    ("ASN", "addressee widened", None),                                   # PP 94 binds PNS, ASN = PNS + PPPK
    ("seluruh pegawai Pemerintah Kabupaten Sukamaju", "addressee widened", "addressee widened"),
    ("Kepala Perangkat Daerah", "addressee narrowed", "addressee narrowed"),
    ("para tenaga honorer", "addressee changed", "addressee changed"),
    ("PNS dan PPPK", "addressee widened", None),                          # = ASN
])
def test_addressee_is_compared_with_the_roles(tmp_path, actor, pp, skb):
    lead = actor[0].upper() + actor[1:] + " dilarang"
    rows = _one(tmp_path, [clause("d", 1, f"{lead} ikut kampanye", actor=actor),
                           clause("d", 2, f"{lead} menjadi anggota dan/atau pengurus partai politik", actor=actor)])
    addressee = lambda r: [c for c in r["changes"] if c.startswith("addressee")]  # noqa: E731
    assert addressee(rows["PP94-5n1"]) == [pp]
    assert addressee(rows["SKB-5"]) == ([skb] if skb else [])
    detail = next(d for d in rows["PP94-5n1"]["change_details"] if d["type"] == pp)
    assert detail["baseline"] == "PNS" and detail["phrase"] == actor
    assert rows["PP94-5n1"]["diff"] == [[0, "ikut kampanye"]]             # the actor is no content change


@pytest.mark.parametrize("text", ["sebagai peserta kampanye dengan menggunakan fasilitas daerah",
                                  "sebagai peserta kampanye dengan menggunakan fasilitas milik pemerintah daerah"])
def test_fasilitas_negara_to_daerah_is_no_actor_substitution(tmp_path, text):
    rows = _one(tmp_path, [clause("d", 1, text, actor="PNS", cue="dilarang")])
    ch = rows["PP94-5n4"]["changes"]
    assert rows["PP94-5n4"]["status"] == "modified" and "actor substituted" not in ch
    assert {"content replaced", "substantive addition", "content removed"} & set(ch)


@pytest.mark.parametrize("text", ["PNS dilarang menghadiri kampanye di lapangan terbuka",
                                  "PNS dilarang mengunggah materi kampanye ke media sosial"])
def test_ikut_is_content_so_kampanye_alone_does_not_cover_ikut_kampanye(tmp_path, text):
    rows = _one(tmp_path, [clause("d", 1, text, actor="PNS")])
    assert rows["PP94-5n1"]["status"] == "not reported"


def test_covered_only_within_the_family(tmp_path):
    # a PP 94 merged item never covers the SKB or UU 10/2016 items it resembles
    rows = _one(tmp_path, [clause("d", 1, "membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu "
                                          "pasangan calon sebelum, selama, dan sesudah masa kampanye", actor="PNS", marker="1."),
                           clause("d", 2, "ikut kampanye", actor="PNS", marker="2.")])
    assert rows["PP94-5n5"]["status"] == "identical"
    assert rows["SKB-11"]["status"] == "not reported" and rows["SKB-8"]["status"] == "not reported"
    assert rows["UU10-71(1)"]["status"] in ("not reported", "modified")
    assert all(r["status"] != "covered" for r in rows.values() if not r["baseline_id"].startswith("PP94"))


@pytest.mark.parametrize("text, cue, actor", [
    ("Pasal 5 huruf n angka 1: PNS dilarang ikut kampanye", "dilarang", "PNS"),       # a legal label
    ("Pertama, PNS dilarang ikut kampanye.", "dilarang", "PNS"),                       # an ordinal
    ("larangan bagi seluruh PNS untuk ikut kampanye", "larangan", "seluruh PNS"),      # a nominal cue
    ("Bupati melarang PNS untuk ikut kampanye", "melarang", "PNS"),                    # a verb of command
])
def test_lead_words_are_not_content(tmp_path, text, cue, actor):
    rows = _one(tmp_path, [clause("d", 1, text, cue=cue, actor=actor)])
    assert rows["PP94-5n1"]["status"] == "identical", rows["PP94-5n1"]["change_details"]


def test_a_bare_lead_in_implies_the_umbrella_and_adds_nothing(tmp_path):
    out = write_extraction(tmp_path, [document("d", [
        clause("d", 1, "Pegawai Negeri Sipil di lingkungan Pemerintah Kota Tirtajaya dilarang:",
               actor="Pegawai Negeri Sipil di lingkungan Pemerintah Kota Tirtajaya"),
        clause("d", 2, "Ikut kampanye", actor="PNS", parent="d:001", marker="a."),
        clause("d", 3, "Sebagai peserta kampanye dengan mengerahkan PNS lain", actor="PNS", parent="d:001",
               marker="b.")],
        number="SE/5/2023")])
    circ = compare_dir(out, tmp_path / "cmp")["circulars"][0]
    rows = rows_of(circ)
    assert rows["PP94-5n"]["status"] == "covered" and rows["PP94-5n"]["how"] == "implied by its items"
    assert rows["PP94-5n2"]["status"] == "omitted" and circ["added"] == []


# --- the planted test set ----------------------------------------------------------------

@pytest.fixture(scope="module")
def planted_result():
    circs = planted.load_circulars()
    return circs, compare_documents(planted.documents(circs))


def test_planted_changes_are_found_with_their_type(planted_result):
    circs, result = planted_result
    assert len(circs) >= 12
    s = planted.score(result, circs)
    assert s["planted"] >= 40
    assert s["found"] / s["planted"] >= 0.95, s["misses"]
    assert s["spurious"] == [], s["spurious"]          # nothing reported on unchanged or unreported items
    assert not list(schema("comparison").iter_errors(result))


def test_planted_set_plants_every_change_type(planted_result):
    man = planted.manifest()
    kinds = {t for spec in man.values() for e in spec["expected"].values() for t in e.get("changes", [])}
    kinds |= {e["status"] for spec in man.values() for e in spec["expected"].values()}
    kinds |= {a["type"] for spec in man.values() for a in spec.get("added", [])}
    assert {"substantive addition", "citation expansion", "orthographic variation", "content removed", "content replaced",
            "actor substituted", "addressee widened", "addressee narrowed", "addressee changed", "modality weakened",
            "modality changed", "reordered", "merged", "split", "omitted", "covered", "sanction", "new act",
            "new duty"} <= kinds


def test_changes_carry_their_evidence(planted_result):
    _, result = planted_result
    for c in result["circulars"]:
        for r in c["alignment"]:
            for d in r["change_details"]:
                if d["type"] in ("substantive addition", "citation expansion", "content removed", "actor substituted"):
                    assert d["ops"] and all(op in (-1, 0, 1) for op, _ in d["ops"]), d
                if d["type"] == "modality weakened":
                    assert d["baseline"] == "mandatory" and d["regional"] == "advisory" and d["cue"]


def test_a_paraphrase_is_not_reported_not_omitted(planted_result):
    _, result = planted_result
    muara = next(c for c in result["circulars"] if c["issuer"] == "Pemerintah Kota Muara Indah")
    assert muara["number"] is None
    assert not [r for r in muara["alignment"] if r["status"] == "omitted"]
    assert {f["family"]: f["evidence"] for f in muara["families"]}["PP94-5n"] == "mention"


def test_a_shared_number_with_two_issuers_is_two_circulars(planted_result):
    _, result = planted_result
    wangi = [c for c in result["circulars"] if c["key"] == "800/10/BKPSDM/2023"]
    assert sorted(c["issuer"] for c in wangi) == ["Pemerintah Kabupaten Padang Wangi", "Pemerintah Kota Padang Wangi"]
    assert len({c["id"] for c in wangi}) == 2
    assert any("800/10/BKPSDM/2023" in w and "2 issuers" in w for w in result["warnings"])


def test_republished_copies_count_as_one_witness(planted_result):
    circs, result = planted_result
    telaga = next(c for c in result["circulars"] if c["issuer"] == "Pemerintah Kabupaten Telaga Biru")
    assert telaga["witnesses"] == ["telagabiru_harian"]
    assert telaga["duplicates"] == {"telagabiru_harian_copy": "telagabiru_harian"}
    docs = [d for d in planted.documents(circs) if d["doc_id"].startswith("telagabiru")]
    for d in docs:
        d.pop("duplicate_cluster")
    mapping = {"telagabiru_harian": "k", "telagabiru_harian_copy": "k"}
    assert group_documents(docs, clusters=mapping)[0].witnesses == ["telagabiru_harian"]
    assert group_documents(docs, clusters=mapping, count_duplicates=True)[0].witnesses == [
        "telagabiru_harian", "telagabiru_harian_copy"]


def test_witnesses_in_another_word_order_merge_and_disagreements_show(planted_result, tmp_path):
    _, result = planted_result
    karang = next(c for c in result["circulars"] if c["issuer"] == "Pemerintah Kota Karang Jaya")
    assert karang["witnesses"] == ["karangjaya_a", "karangjaya_b"] and karang["added"] == []
    multi = [c for c in karang["clauses"] if len(c["attested_by"]) == 2]
    assert len(multi) == 3
    assert [c["text"][:12] for c in multi if "wording" in c["disagreement"]] == ["sebagai pese", "memberikan s"]
    from corpus_tools.report import render_html, render_markdown
    sub = {**result, "circulars": [karang]}
    assert "Witnesses disagree" in render_markdown(sub) and "Witnesses disagree" in render_html(sub)


def test_thresholds_come_from_the_settings(planted_result):
    circs, _ = planted_result
    strict = Settings(sections={"compare": {"threshold": 99.5, "contain_share": 1.0}})
    assert CompareSettings.from_settings(strict).align_threshold == 99.5
    result = compare_documents(planted.documents(circs), settings=strict)
    pasir = next(c for c in result["circulars"] if c["issuer"] == "Pemerintah Kota Pasir Putih")
    assert rows_of(pasir)["PP94-5n4"]["status"] == "not reported"     # "fasilitas daerah" no longer aligns
    with pytest.raises(ValueError, match="unknown"):
        CompareSettings.from_settings(Settings(sections={"compare": {"thresold": 1}}))


# --- outputs -------------------------------------------------------------------------------

def test_tables_researchers_load(tmp_path, planted_result):
    circs, _ = planted_result
    out = write_extraction(tmp_path, planted.documents(circs))
    result = compare_dir(out, tmp_path / "cmp")
    matrix = list(csv.DictReader(io.StringIO((tmp_path / "cmp" / "matrix.csv").read_text())))
    assert len(matrix) == len(result["circulars"])
    assert {"region", "region_code", "issuer", "date", "PP94-5n1", "SKB-13", "PERM-18b"} <= set(matrix[0])
    tidy = list(csv.DictReader(io.StringIO((tmp_path / "cmp" / "alignments.csv").read_text())))
    assert len(tidy) == len(result["circulars"]) * len(result["baseline_clauses"])
    rows = alignment_rows(result, include_added=False)
    assert [r["baseline_id"] for r in tidy] == [r["baseline_id"] for r in rows]
    assert [r["status"] for r in tidy] == [r["status"] for r in rows]
    added = [r for r in alignment_rows(result) if r["status"] == "added"]       # what export also gets
    assert len(added) == sum(len(c["added"]) for c in result["circulars"]) and added[0]["regional_text"]
    row = next(r for r in tidy if r["region"] == "Kabupaten Sukamaju" and r["baseline_id"] == "PP94-5n7")
    assert row["status"] == "modified" and "substantive addition" in row["change_types"]
    assert row["article_urls"] == "https://warta-sukamaju.example/asn-netral" and row["matched_clause_ids"]
    assert row["family_evidence"] == "list" and row["confidence"] in ("high", "medium", "low")


def test_csv_cells_and_markdown_are_neutralised(tmp_path):
    evil = "=HYPERLINK(\"http://x\")"
    docs = [document("e", [clause("e", 1, "Ikut kampanye <img src=x onerror=alert(1)> \u202egnp.exe", actor="PNS"),
                           clause("e", 2, "@SUM(A1) menerima <b>uang</b> dari calon", actor="PNS")],
                     number="9/9/2023", issuer=evil, region="+Kabupaten Sukamaju")]
    out = write_extraction(tmp_path, docs)
    compare_dir(out, tmp_path / "cmp")
    for name in ("matrix.csv", "alignments.csv", "added.csv"):
        for row in csv.reader(io.StringIO((tmp_path / "cmp" / name).read_text())):
            assert not any(cell[:1] in ("=", "+", "-", "@") for cell in row), (name, row)
    assert safe_cell("-1") == "'-1" and safe_cell("Kota") == "Kota"
    md = (tmp_path / "cmp" / "report.md").read_text()
    assert "<img" not in md and "<b>" not in md and "&lt;b&gt;uang" in md and "\u202e" not in md
    html = (tmp_path / "cmp" / "report.html").read_text()
    assert "\u202e" not in html and "&lt;U+202E&gt;" in html


# --- the seeds -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_comparison(seeds_extracted, tmp_path_factory):
    out = tmp_path_factory.mktemp("cmp")
    return out, compare_dir(seeds_extracted, out)


def test_seeds_banten_addressee_and_actor(seed_comparison):
    _, result = seed_comparison
    banten = rows_of(next(c for c in result["circulars"] if c["key"] == "800.1.6.1/4063-BKD/2023"))
    assert all(banten[f"PP94-5n{i}"]["status"] == "modified" for i in range(1, 8))
    for i in range(1, 8):                       # PNS -> every employee of the province
        d = next(x for x in banten[f"PP94-5n{i}"]["change_details"] if x["type"].startswith("addressee"))
        assert d["type"] == "addressee widened" and d["baseline_roles"] == ["PNS"]
        assert d["regional_roles"] == ["pegawai pemerintah daerah"]
    assert "actor substituted" in banten["PP94-5n2"]["changes"]
    assert [-1, "pns"] in banten["PP94-5n2"]["diff"] and [1, "pegawai pemerintah provinsi banten"] in banten["PP94-5n2"]["diff"]
    assert "actor substituted" not in banten["PP94-5n4"]["changes"]      # fasilitas negara stays
    assert sum(banten[d]["status"] != "not reported" for d in ("DUTY-1", "DUTY-2", "DUTY-3", "DUTY-4")) >= 3


def test_seeds_tangsel_adds_a_sanction_and_widens_to_asn(seed_comparison):
    _, result = seed_comparison
    tangsel = rows_of(next(c for c in result["circulars"] if c["key"] == "100.3.4.4/4811/BKPSDM/2023"))
    duty2 = tangsel["DUTY-2"]
    sanction = [d for d in duty2["change_details"] if d["type"] == "substantive addition" and d.get("detail") == "sanction"]
    assert sanction and any(op == 1 and "penjatuhan sanksi" in t for op, t in sanction[0]["ops"])
    assert "citation expansion" not in duty2["changes"]
    assert all("addressee widened" in tangsel[f"PP94-5n{i}"]["changes"] for i in range(1, 8))
    # its heads of units' socialisation and supervision duties, stated in prose, are the SKB's
    for duty in ("DUTY-1", "DUTY-3"):
        assert tangsel[duty]["status"] == "modified" and tangsel[duty]["how"] == "same act", tangsel[duty]
    circ = next(c for c in result["circulars"] if c["key"] == "100.3.4.4/4811/BKPSDM/2023")
    assert not [a for a in circ["added_details"] if "Kepala Perangkat Daerah" in a["text"] or "pengawasan" in a["text"]]


def test_seeds_kota_serang_is_not_reported(seed_comparison):
    _, result = seed_comparison
    serang = next(c for c in result["circulars"] if c["key"] == "Pemerintah Kota Serang (unnumbered)")
    assert serang["number"] is None and serang["statements"]
    # its paraphrase restates no list item ("ASN harus bersikap netral" is the statutory duty
    # to keep neutral, a principle): every list item is unknown, none omitted
    assert {r["status"] for r in serang["alignment"] if r["family"] != "PRINCIPLE"} == {"not reported"}
    assert {r["baseline_id"] for r in serang["alignment"] if r["status"] != "not reported"} <= {"UU20-24(1)d"}
    assert set(result["documents_without_circular"]) == {"003_1f0b94f7012afe32", "004_6f2f737e2d51c9d9"}


def test_seed_outputs_valid_deterministic_and_readable(seed_comparison, seeds_extracted, tmp_path):
    out, result = seed_comparison
    assert not list(schema("comparison").iter_errors(json.loads((out / "comparison.json").read_text())))
    again = tmp_path / "again"
    compare_dir(seeds_extracted, again)
    for name in ("comparison.json", "matrix.csv", "alignments.csv", "added.csv", "report.md", "report.html"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    md = (out / "report.md").read_text()
    assert "actor substituted" in md and "**pegawai pemerintah provinsi banten**" in md and "penjatuhan sanksi" in md
    assert "No circular number is reported" in md and "not reported" in md and "Provinsi Banten" in md
    assert result["not_compared"]["statements"] >= 1 and "Not compared: " in md and "Not compared: " in (
        out / "report.html").read_text()


def test_the_documented_baseline_example_loads(tmp_path):
    import re
    doc = (ROOT / "docs" / "compare.md").read_text(encoding="utf-8")
    example = next(b for b in re.findall(r"```json\n(.*?)```", doc, re.S) if '"clauses"' in b)
    p = tmp_path / "perbup.json"
    p.write_text(example)
    b = load_baseline(p)
    assert [c.id for c in b.clauses] == ["PERBUP-1"] and b.families["PERBUP"]["ordered"] is True
    assert [f[0] for f in b.clauses[0].forms] == ["text", "variant 1 (...)",
                                                  "part 1: memasang bingkai foto bergambar partai politik"]


def test_a_parent_cycle_in_a_damaged_document_ends(tmp_path):
    # clause parents pointing at each other (or at themselves) must not hang the addressee walk
    a = clause("d", 1, "ikut kampanye", actor=None, parent="d:002", marker="1.")
    b = clause("d", 2, "sebagai peserta kampanye dengan mengerahkan PNS lain", actor=None, parent="d:001", marker="2.")
    c = clause("d", 3, "sebagai peserta kampanye dengan menggunakan fasilitas negara", actor=None, parent="d:003")
    rows = rows_of(compare_documents([document("d", [a, b, c], number="1/1/2024")])["circulars"][0])
    assert rows["PP94-5n1"]["status"] == "identical" and rows["PP94-5n4"]["status"] == "identical"


def test_an_article_naming_no_issuer_joins_the_circular_of_its_number():
    named = document("n1", [clause("n1", 1, "PNS dilarang ikut kampanye", actor="PNS")], number="800/7/BKD/2024")
    anonymous = document("n2", [clause("n2", 1, "PNS juga dilarang ikut kampanye", actor="PNS")], number="800/7/BKD/2024",
                         issuer=None, region=None, code=None)
    warnings = []
    (g,) = group_documents([named, anonymous], warnings=warnings)
    assert g.witnesses == ["n1", "n2"] and g.issuer == "Pemerintah Kabupaten Sukamaju" and warnings == []
    assert len(g.clauses) == 1 and g.clauses[0].attested_by == ["n1:001", "n2:001"]


# --- matching keys (stems) ----------------------------------------------------------------

@pytest.mark.parametrize("forms", [
    ("pengawasan", "mengawasi", "diawasi", "pengawas"),
    ("sosialisasi", "mensosialisasikan", "menyosialisasikan", "disosialisasikan"),
    ("keberpihakan", "memihak", "berpihak", "pihak"),
    ("dukungan", "mendukung", "didukung"),
    ("pemasangan", "memasang", "dipasang", "pasang"),
    ("tindakan", "tindak"),
    ("menggunakan", "penggunaan", "guna") [:2] + ("digunakan",),
    ("netralitas", "netral"),
    ("penjatuhan", "menjatuhkan", "dijatuhi"),
    ("pemberian", "memberikan", "diberikan", "memberi"),
    ("kehadiran", "menghadiri", "hadir"),
])
def test_forms_of_one_root_share_a_key(forms):
    from corpus_tools.circulars import stem
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


@pytest.mark.parametrize("a, b", [("kampanye", "kegiatan"), ("pasangan", "pasang"), ("tim", "sim"),
                                  ("pengawasan", "pembinaan"), ("partai", "politik")])
def test_different_words_keep_different_keys(a, b):
    from corpus_tools.circulars import stem
    assert stem(a) != stem(b)


# --- duties stated in prose ---------------------------------------------------------------

HEAD = "Kepala Perangkat Daerah"


@pytest.mark.parametrize("text, actor, duty", [
    ("Setiap Kepala Perangkat Daerah wajib melakukan pengawasan terhadap bawahannya selama tahapan pemilu agar "
     "tidak terlibat politik praktis", "setiap Kepala Perangkat Daerah", "DUTY-3"),
    ("Para kepala OPD juga wajib mengawasi pegawai di unit kerja masing-masing sepanjang masa kampanye",
     "Para kepala OPD", "DUTY-3"),
    ("Kepala dinas dan kepala badan wajib menyosialisasikan aturan netralitas kepada seluruh staf lewat apel pagi",
     "Kepala dinas dan kepala badan", "DUTY-1"),
    ("Camat diwajibkan mensosialisasikan larangan politik praktis kepada pegawai kecamatan dan kelurahan",
     "Camat", "DUTY-1"),
])
def test_a_duty_in_prose_aligns_by_its_act_and_addressee(text, actor, duty):
    cue = "diwajibkan" if "diwajibkan" in text else "wajib"
    doc = document("p", [clause("p", 1, text, kind="obligation", cue=cue, actor=actor)], number="800/3/BKD/2024")
    circ = compare_documents([doc])["circulars"][0]
    row = rows_of(circ)[duty]
    assert row["status"] == "modified", row
    # "sosialisasi asas netralitas" is a part of DUTY-1: a clause that restates it aligns with it
    # (against the part, diffed against the whole text); else the shared act aligns it, weakly
    if row["how"] == "aligned":
        assert row["against"].startswith("part ") and duty == "DUTY-1", row
    else:
        assert row["how"] == "same act" and row["confidence"] == "low", row
    assert circ["added"] == []


@pytest.mark.parametrize("text, actor", [
    # the same act for other people is another rule
    ("Seluruh ASN wajib melakukan pengawasan terhadap tetangganya selama masa kampanye", "Seluruh ASN"),
    ("Kepala desa wajib mengawasi perangkat desa selama tahapan pilkada", "Kepala desa"),
    # an act no single duty names stays an addition
    ("Kepala Perangkat Daerah wajib melaporkan daftar hadir apel setiap pekan", HEAD),
])
def test_a_prose_duty_for_other_people_or_acts_stays_added(text, actor):
    doc = document("q", [clause("q", 1, text, kind="obligation", cue="wajib", actor=actor)], number="800/4/BKD/2024")
    circ = compare_documents([doc])["circulars"][0]
    assert len(circ["added"]) == 1
    assert all(r["status"] == "not reported" for r in circ["alignment"] if r["family"] == "DUTY")


# --- omissions need a list quoted whole ---------------------------------------------------

def _planted_without(name, marker):
    circs = planted.load_circulars()
    circ = json.loads(json.dumps(circs[name]))
    art = circ["articles"][0]
    art["clauses"] = [c for c in art["clauses"] if c.get("list_marker") != marker]
    docs = planted.documents({name: circ})
    return rows_of(compare_documents(docs)["circulars"][0]), compare_documents(docs)["circulars"][0]


@pytest.mark.parametrize("name, marker, lost, family", [
    ("kab_tanjung_sari", "c.", "SKB-6", "SKB"),          # a lettered list: its item c. missed by extraction
    ("kota_lembah_hijau", "3.", "PP94-5n2", "PP94-5n"),  # a numbered list: its item 3. missed
])
def test_a_missed_list_item_is_not_reported_not_omitted(planted_result, name, marker, lost, family):
    circs, result = planted_result
    full = next(c for c in result["circulars"] if c["witnesses"] == [circs[name]["articles"][0]["doc_id"]])
    fam = {f["family"]: f for f in full["families"]}[family]
    assert fam["list_complete"] is True and fam["omission_basis"] == "complete list"
    assert rows_of(full)[lost]["status"] in ("identical", "modified")
    rows, circ = _planted_without(name, marker)
    fam = {f["family"]: f for f in circ["families"]}[family]
    assert fam["list_complete"] is False and fam["omission_basis"] is None
    assert list(fam["gaps"].values()) == [[marker.rstrip(".")]]
    assert rows[lost]["status"] == "not reported"
    # and the items the circular itself leaves out are no longer called omitted either
    assert not [r for r in circ["alignment"] if r["status"] == "omitted"]


def test_an_unnumbered_list_needs_two_witnesses_to_omit():
    items = ["Ikut kampanye", "Sebagai peserta kampanye dengan menggunakan fasilitas negara",
             "Memberikan surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk"]

    def article(doc_id, bullet):
        return document(doc_id, [clause(doc_id, 1, "PNS dilarang:", actor="PNS")]
                        + [clause(doc_id, n, t, actor="PNS", parent=f"{doc_id}:001", marker=bullet)
                           for n, t in enumerate(items, 2)], number="800/9/BKD/2024")
    one = compare_documents([article("u1", "-")])["circulars"][0]
    fam = {f["family"]: f for f in one["families"]}["PP94-5n"]
    assert fam["evidence"] == "list" and fam["list_complete"] is None and fam["omission_basis"] is None
    assert rows_of(one)["PP94-5n3"]["status"] == "not reported"
    two = compare_documents([article("u1", "-"), article("u2", "•")])["circulars"][0]
    fam = {f["family"]: f for f in two["families"]}["PP94-5n"]
    assert fam["omission_basis"] == "witnesses agree" and fam["witnesses_whole"] == ["u1", "u2"]
    row = rows_of(two)["PP94-5n3"]
    assert row["status"] == "omitted" and row["confidence"] == "medium" and row["articles"] == ["u1", "u2"]


# --- order is not content -------------------------------------------------------------------

@pytest.mark.parametrize("order", [(7, 1, 2, 3, 4, 5, 6), (1, 2, 4, 3, 5, 6, 7)])
def test_a_moved_item_keeps_its_status_and_says_where_it_stands(order):
    texts = {1: "ikut kampanye", 2: "menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS",
             3: "sebagai peserta kampanye dengan mengerahkan PNS lain",
             4: "sebagai peserta kampanye dengan menggunakan fasilitas negara",
             5: "membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon "
                "sebelum, selama, dan sesudah masa kampanye",
             6: "mengadakan kegiatan yang mengarah kepada keberpihakan terhadap pasangan calon yang menjadi peserta "
                "pemilu sebelum, selama, dan sesudah masa kampanye meliputi pertemuan, ajakan, imbauan, seruan, atau "
                "pemberian barang kepada PNS dalam lingkungan unit kerjanya, anggota keluarga, dan masyarakat",
             7: "memberikan surat dukungan disertai fotokopi Kartu Tanda Penduduk atau Surat Keterangan Tanda Penduduk"}
    doc = document("o", [clause("o", n, texts[k], actor="PNS", marker=f"{n}.") for n, k in enumerate(order, 1)],
                   number="800/5/BKD/2024")
    rows = rows_of(compare_documents([doc])["circulars"][0])
    moved = {bid for bid, r in rows.items() if r["reordered"]}
    assert moved and moved <= {f"PP94-5n{k}" for k in (3, 4, 7)}
    for bid in moved:
        r = rows[bid]
        assert r["status"] == "identical" and r["changes"] == [] and r["position"]["circular"] != r["position"]["baseline"]
    assert all(not r["reordered"] for bid, r in rows.items() if bid not in moved)


# --- tables a paper can cite --------------------------------------------------------------

ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def test_comparison_tables_load_with_one_type_per_column(tmp_path, planted_result):
    import pandas as pd
    from corpus_tools.compare import TABLE_COLUMNS, read_table
    circs, _ = planted_result
    docs = planted.documents(circs)
    for d in docs:                                    # codes that a float would mangle
        d["region_code"] = {"99.01": "36.10"}.get(d["region_code"], d["region_code"])
    out = write_extraction(tmp_path, docs)
    result = compare_dir(out, tmp_path / "cmp")
    package = json.loads((tmp_path / "cmp" / "datapackage.json").read_text())
    for name in ("alignments.csv", "matrix.csv", "added.csv"):
        naive = pd.read_csv(tmp_path / "cmp" / name)
        for col in naive.columns:                     # no column mixes types
            assert len({type(x) for x in naive[col].dropna()}) <= 1, (name, col)
        typed = read_table(tmp_path / "cmp" / name)
        fields = next(r for r in package["resources"] if r["path"] == name)["schema"]["fields"]
        assert [f["name"] for f in fields] == list(typed.columns) == list(naive.columns)
        documented = {c for c, _, _ in TABLE_COLUMNS[name]}
        assert set(typed.columns) - documented <= {b["id"] for b in result["baseline_clauses"]}
        assert str(typed["region_code"].dtype) == "string"
        assert name == "added.csv" or "36.10" in set(typed["region_code"].dropna())
        assert typed["date"].dropna().str.match(ISO_DATE).all()
    tidy = read_table(tmp_path / "cmp" / "alignments.csv")
    assert str(tidy["reordered"].dtype) == "boolean" and str(tidy["reconstructed"].dtype) == "boolean"
    assert str(tidy["n_witnesses"].dtype) == "Int64" and str(tidy["position_in_circular"].dtype) == "Int64"
    raw = (tmp_path / "cmp" / "alignments.csv").read_text()
    assert ",true," in raw and ",false," in raw and ",True," not in raw
    # every row that rests on articles names them and, where known, their URLs
    attested = tidy[tidy["status"].isin(["identical", "modified", "covered", "omitted"])]
    assert len(attested) and attested["articles"].notna().all()
    with_urls = {c["id"] for c in result["circulars"] if c["urls"]}       # two planted articles have none
    assert attested[attested["circular"].isin(with_urls)]["article_urls"].notna().all()
    omitted = tidy[tidy["status"] == "omitted"]
    assert omitted["omission_basis"].notna().all() and (omitted["family_witnesses"] >= 1).all()
    assert set(tidy["list_check"]) <= {"complete", "gap", "unordered", "none"}
    added = read_table(tmp_path / "cmp" / "added.csv")
    assert added[added["circular"].isin(with_urls)]["article_urls"].notna().all() and len(added)
    matrix = read_table(tmp_path / "cmp" / "matrix.csv")
    assert str(matrix["n_witnesses"].dtype) == "Int64"
    assert matrix[matrix["circular"].isin(with_urls)]["article_urls"].notna().all()


def test_the_column_dictionary_is_documented():
    from corpus_tools.compare import TABLE_COLUMNS
    doc = (ROOT / "docs" / "compare.md").read_text(encoding="utf-8")
    for name, cols in TABLE_COLUMNS.items():
        section = doc.split(f"### `{name}`", 1)[1].split("###", 1)[0]
        for col, typ, _ in cols:
            assert f"| `{col}` | {typ} |" in section, (name, col)


# --- lists quoted in part; words in two languages; short restatements -----------------------

LIST_ITEMS = ["Ikut kampanye", "Menjadi peserta kampanye dengan menggunakan atribut partai atau atribut PNS",
              "Sebagai peserta kampanye dengan menggunakan fasilitas negara"]


@pytest.mark.parametrize("lead", ["Larangan bagi PNS antara lain:", "PNS dilarang melakukan beberapa hal, di antaranya:"])
def test_a_lead_in_quoting_part_of_a_list_omits_nothing(lead):
    items = [clause("l", 1, lead, actor="PNS")] + [clause("l", n, t, actor="PNS", parent="l:001", marker=f"{m}.")
                                                   for n, (m, t) in enumerate(zip("abc", LIST_ITEMS), 2)]
    circ = compare_documents([document("l", items, number="800/11/BKD/2024")])["circulars"][0]
    fam = {f["family"]: f for f in circ["families"]}["PP94-5n"]
    assert fam["evidence"] == "list" and fam["list_complete"] is False and fam["gaps"] == {"l": ["…"]}
    assert rows_of(circ)["PP94-5n7"]["status"] == "not reported"


@pytest.mark.parametrize("last", ["; dan", ", serta", "; dan/atau"])
def test_a_last_item_still_ending_in_a_conjunction_leaves_the_list_open(last):
    items = [clause("k", n, t + (last if n == 3 else ";"), actor="PNS", marker=f"{n}.")
             for n, t in enumerate(LIST_ITEMS[:2], 2)]
    items = [clause("k", 1, "PNS dilarang:", actor="PNS")] + [dict(c, parent="k:001") for c in items]
    items[1]["list_marker"], items[2]["list_marker"] = "1.", "2."
    circ = compare_documents([document("k", items, number="800/12/BKD/2024")])["circulars"][0]
    fam = {f["family"]: f for f in circ["families"]}["PP94-5n"]
    assert fam["gaps"] == {"k": ["3"]} and fam["omission_basis"] is None
    assert rows_of(circ)["PP94-5n4"]["status"] == "not reported"
    closed = [dict(c) for c in items]
    closed[2]["text"] = LIST_ITEMS[1] + "."
    circ = compare_documents([document("k", closed, number="800/12/BKD/2024")])["circulars"][0]
    assert rows_of(circ)["PP94-5n4"]["status"] == "omitted"


@pytest.mark.parametrize("text, item", [
    ("ASN dilarang mengikuti atau menyukai akun pemenangan bakal calon", "SKB-6"),
    ("Pegawai tidak boleh memberi like, komen, atau share unggahan grup pemenangan bakal calon", "SKB-6"),
    ("ASN dilarang berswafoto bersama bakal calon atau tim sukses sambil memperagakan simbol keberpihakan",
     "SKB-7"),
])
def test_social_media_acts_align_in_either_language(text, item):
    doc = document("s", [clause("s", 1, text)], number="800/13/BKD/2024")
    rows = rows_of(compare_documents([doc])["circulars"][0])
    assert rows[item]["status"] == "modified", {k: r["status"] for k, r in rows.items() if r["status"] != "not reported"}


@pytest.mark.parametrize("text", [
    "dilarang berfoto bersama bakal calon atau tim sukses sambil memperagakan simbol dukungan",
    "ASN tidak boleh berfoto bersama bakal calon dan tim sukses dengan memperagakan simbol keberpihakan",
])
def test_a_short_restatement_inside_a_long_item_aligns(text):
    doc = document("f", [clause("f", 1, text)], number="800/14/BKD/2024")
    circ = compare_documents([doc])["circulars"][0]
    assert rows_of(circ)["SKB-7"]["status"] == "modified" and circ["added"] == []


@pytest.mark.parametrize("text, cue, item", [
    ("PNS dilarang turut serta dalam kampanye pasangan calon", "dilarang", "PP94-5n1"),
    ("Pegawai tidak boleh turut serta kampanye", "tidak boleh", "PP94-5n1"),
    ("ASN dilarang memobilisasi PNS lain", "dilarang", "PP94-5n3"),
    ("ASN tidak boleh menggerakkan PNS lain", "tidak boleh", "PP94-5n3"),
])
def test_near_synonyms_of_the_baseline_acts(text, cue, item):
    doc = document("y", [clause("y", 1, text, cue=cue, actor="PNS")], number="800/15/BKD/2024")
    rows = rows_of(compare_documents([doc])["circulars"][0])
    assert rows[item]["status"] in ("identical", "modified"), {k: r["status"] for k, r in rows.items()
                                                               if r["status"] != "not reported"}
