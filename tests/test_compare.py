"""Compare: baseline file, grouping by circular, alignment on hand-made circulars,
word diffs and their classification, the outputs and the report."""
import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from jsonschema import Draft202012Validator

from corpus_tools import config
from corpus_tools.circulars import group_documents
from corpus_tools.compare import compare_dir, compare_group, load_baseline, word_diff
from corpus_tools.io import InputError, dumps
from corpus_tools.normalise import normalize_text, strip_lead

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "raw" / "baseline" / "national_2022.json"


def schema(name):
    return Draft202012Validator(json.loads((config.DATA_DIR / "schemas" / f"{name}.schema.json").read_text()))


# --- hand-made extractions -------------------------------------------------------------

def clause(doc_id, n, text, kind="prohibition", source="circular", force="mandatory", cue="dilarang", parent=None):
    return {"doc_id": doc_id, "clause_id": f"{doc_id}:{n:03d}", "kind": kind, "force": force, "text": text,
            "start": 0, "end": len(text), "cue": cue, "cue_canonical": cue, "actor": "ASN", "actor_normalized": "ASN",
            "parent": parent, "source": source, "speaker": None, "list_marker": None, "circular": None,
            "normalized": normalize_text(strip_lead(text))}


def document(doc_id, clauses, number=None, issuer="Pemerintah Kabupaten Lebak"):
    return {"doc_id": doc_id, "issuer": issuer, "region": "Kabupaten Lebak", "region_code": "36.02",
            "published": None, "circulars": [{"number": number, "key": number.replace(" ", "."), "date": "2023-11-01",
                                              "start": 0, "end": 1}] if number else [],
            "clauses": clauses}


def write_extraction(tmp_path, docs):
    out = tmp_path / "extracted"
    (out / "documents").mkdir(parents=True)
    for d in docs:
        full = {"text": "", "removed": [], **d}
        (out / "documents" / f"{d['doc_id']}.json").write_text(dumps(full))
    return out


@pytest.fixture(scope="module")
def baseline():
    return load_baseline(BASELINE)[1]


def test_baseline_file_is_valid_and_keeps_provenance(baseline):
    data = json.loads(BASELINE.read_text())
    assert not list(schema("baseline").iter_errors(data))
    ids = [c["id"] for c in data["clauses"]]
    assert len(ids) == len(set(ids))
    pp = [c for c in data["clauses"] if c["family"] == "PP94-5n"]
    assert [c["id"] for c in pp] == ["PP94-5n"] + [f"PP94-5n{i}" for i in range(1, 8)]
    assert "Ralryat" in pp[0]["text_original"] and "Rakyat" in pp[0]["text"] and "Ralryat" not in pp[0]["text"]
    assert all(c["secondary"] and c["confidence"] != "high" for c in data["clauses"] if c["family"] in ("SKB", "DUTY"))
    for c in data["clauses"]:   # every primary text really is in the shared source file
        if not c["secondary"] and c["source_file"].endswith(".txt"):
            src = (ROOT.parent / "shared" / "baseline" / c["source_file"])
            if src.exists():
                assert c["text_original"].split("[...]")[-1].strip()[:40] in src.read_text(encoding="utf-8"), c["id"]


def test_word_diff_is_word_level():
    ops = word_diff("menjadi peserta kampanye dengan atribut pns", "menjadi peserta kampanye dengan atribut pegawai pemerintah")
    assert ops == [[0, "menjadi peserta kampanye dengan atribut"], [-1, "pns"], [1, "pegawai pemerintah"]]
    assert word_diff("selama, dan sesudah", "selama dan sesudah") == [[0, "selama dan sesudah"]]


def statuses(result_circular):
    return {r["baseline_id"]: r for r in result_circular["alignment"]}


def test_reordered_merged_omitted_and_added(tmp_path, baseline):
    # a circular that lists PP 94 acts out of order, merges two into one item, omits two, adds one
    acts = [
        clause("a", 1, "Memberikan surat dukungan disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk"),   # n7 first
        clause("a", 2, "Ikut kampanye"),                                                                         # n1
        clause("a", 3, "Sebagai peserta kampanye dengan mengerahkan PNS lain dan sebagai peserta kampanye dengan menggunakan fasilitas negara"),  # n3+n4
        clause("a", 4, "Membuat keputusan dan/atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon sebelum, selama, dan sesudah masa kampanye"),
        clause("a", 5, "Memasang foto profil bergambar partai di aplikasi pesan"),                               # added
        clause("a", 6, "Menyampaikan laporan netralitas setiap bulan kepada Bupati", kind="obligation", cue="wajib"),
    ]
    out = write_extraction(tmp_path, [document("a", acts, number="800/99/BKPSDM/2023")])
    result = compare_dir(out, tmp_path / "cmp", baselines=[BASELINE])
    (circ,) = result["circulars"]
    st = statuses(circ)
    assert st["PP94-5n7"]["status"] == "identical" and st["PP94-5n7"]["matched"] == ["800/99/BKPSDM/2023#1"]
    assert st["PP94-5n1"]["status"] == "identical"
    merged = {st["PP94-5n3"]["matched"][0], st["PP94-5n4"]["matched"][0]}
    assert merged == {"800/99/BKPSDM/2023#3"}
    assert {st["PP94-5n3"]["status"], st["PP94-5n4"]["status"]} == {"modified", "covered"}
    assert st["PP94-5n2"]["status"] == st["PP94-5n6"]["status"] == "omitted"
    assert set(circ["added"]) == {"800/99/BKPSDM/2023#5", "800/99/BKPSDM/2023#6"}
    assert not list(schema("comparison").iter_errors(result))


def test_modality_and_actor_changes_are_named(tmp_path):
    acts = [
        clause("b", 1, "ASN diimbau agar tidak ikut kampanye", force="advisory", cue="diimbau"),
        clause("b", 2, "Menjadi peserta kampanye dengan menggunakan atribut partai atau atribut pegawai Pemerintah Kabupaten Lebak"),
        clause("b", 3, "Wajib menjadi peserta kampanye dengan mengerahkan PNS lain", kind="obligation", cue="wajib"),
    ]
    out = write_extraction(tmp_path, [document("b", acts, number="100/1/2023")])
    st = statuses(compare_dir(out, tmp_path / "cmp", baselines=[BASELINE])["circulars"][0])
    assert any(c.startswith("modality changed: mandatory -> advisory") for c in st["PP94-5n1"]["changes"])
    assert st["PP94-5n1"]["status"] == "modified"
    assert "actor substituted" in st["PP94-5n2"]["changes"]
    assert "modality changed: prohibition -> obligation" in st["PP94-5n3"]["changes"]


def test_witnesses_are_merged_and_disagreement_flagged(tmp_path):
    one = document("w1", [clause("w1", 1, "Ikut kampanye"), clause("w1", 2, "Memasang spanduk bakal calon peserta pemilu")],
                   number="800 5/7/BKD/2023")
    two = document("w2", [clause("w2", 1, "Ikut kampanye", kind="obligation", cue="wajib"),
                          clause("w2", 2, "Memasang spanduk bakal calon peserta pemilu dan pemilihan"),
                          clause("w2", 3, "Pj Bupati meminta ASN menjaga netralitas", kind="obligation", source="statement")],
                   number="800.5/7/BKD/2023")
    out = write_extraction(tmp_path, [one, two])
    groups = group_documents(json.loads(p.read_text()) for p in sorted((out / "documents").glob("*.json")))
    (g,) = groups
    assert g.key == "800.5/7/BKD/2023" and g.witnesses == ["w1", "w2"]
    ikut = next(c for c in g.clauses if c.text == "Ikut kampanye")
    assert ikut.attested_by == ["w1:001", "w2:001"] and ikut.disagreement == ["kind"]
    spanduk = next(c for c in g.clauses if c.text.startswith("Memasang spanduk"))
    assert len(spanduk.attested_by) == 2 and spanduk.disagreement == ["wording"]
    assert [s["clause_id"] for s in g.statements] == ["w2:003"]       # statements stay apart


def test_unnumbered_circular_grouped_by_issuer_and_statement_only_articles_listed(tmp_path):
    docs = [document("s1", [clause("s1", 1, "ASN dilarang ikut kampanye")], issuer="Pemerintah Kota Serang"),
            document("s2", [clause("s2", 1, "ASN harus netral", kind="obligation", source="statement")], issuer="Pemerintah Kota Serang")]
    out = write_extraction(tmp_path, docs)
    result = compare_dir(out, tmp_path / "cmp", baselines=[BASELINE])
    assert [c["key"] for c in result["circulars"]] == ["Pemerintah Kota Serang (unnumbered)"]
    assert result["circulars"][0]["number"] is None
    assert result["documents_without_circular"] == ["s2"]


def test_extra_baseline_file_by_flag(tmp_path):
    extra = tmp_path / "local.json"
    extra.write_text(json.dumps({"name": "perbup-lebak", "clauses": [
        {"id": "LBK-1", "family": "LBK", "kind": "prohibition", "text": "memasang foto profil bergambar partai",
         "text_original": "memasang foto profil bergambar partai", "instrument": "Perbup", "article": "1",
         "source_file": "local", "confidence": "high", "secondary": False}]}))
    out = write_extraction(tmp_path, [document("c", [clause("c", 1, "Memasang foto profil bergambar partai di aplikasi pesan")], number="1/2/2023")])
    result = compare_dir(out, tmp_path / "cmp", baselines=[extra])
    assert [b["id"] for b in result["baseline_clauses"]] == ["LBK-1"]
    assert statuses(result["circulars"][0])["LBK-1"]["status"] == "modified"
    with pytest.raises(InputError, match="missing.json: baseline file not found"):
        compare_dir(out, tmp_path / "cmp", baselines=[tmp_path / "missing.json"])


def test_report_escapes_article_text_and_has_structure(tmp_path):
    hostile = clause("h", 1, "Ikut kampanye <script>alert(1)</script> <img src=x onerror=alert(2)>")
    out = write_extraction(tmp_path, [document("h", [hostile, clause("h", 2, "Memasang <b>baliho</b> calon di kantor")],
                                               number="9/9/2023")])
    result = compare_dir(out, tmp_path / "cmp", baselines=[BASELINE])
    page = (tmp_path / "cmp" / "report.html").read_text()
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None and soup.find("b", string="baliho") is None
    assert "&lt;script&gt;" in page
    heat = soup.find("table", id="heatmap")
    assert len(heat.find("tbody").find_all("tr")) == len(result["circulars"])
    assert len(heat.find("thead").find_all("th", class_="col")) == len(result["baseline_clauses"])
    assert "http" not in page.replace("http-equiv", "")          # self-contained: loads nothing


@pytest.fixture(scope="module")
def seed_comparison(seeds_extracted, tmp_path_factory):
    out = tmp_path_factory.mktemp("cmp")
    return out, compare_dir(seeds_extracted, out)


def test_seeds_banten_and_tangsel_align_with_pp94_and_duties(seed_comparison):
    _, result = seed_comparison
    by_key = {c["key"]: c for c in result["circulars"]}
    banten, tangsel = by_key["800.1.6.1/4063-BKD/2023"], by_key["100.3.4.4/4811/BKPSDM/2023"]
    for circ in (banten, tangsel):
        st = statuses(circ)
        assert all(st[f"PP94-5n{i}"]["status"] in ("identical", "modified") for i in range(1, 8))
        assert st["PP94-5n"]["status"] == "identical"
        assert sum(st[d]["status"] != "omitted" for d in ("DUTY-1", "DUTY-2", "DUTY-3", "DUTY-4")) >= 3
    st = statuses(banten)
    assert "actor substituted" in st["PP94-5n2"]["changes"]
    assert [-1, "pns"] in st["PP94-5n2"]["diff"] and [1, "pegawai pemerintah provinsi banten"] in st["PP94-5n2"]["diff"]
    duty2 = statuses(tangsel)["DUTY-2"]
    assert any(op == 1 and "penjatuhan sanksi" in text for op, text in duty2["diff"])
    assert "content added" in duty2["changes"]
    serang = by_key["Pemerintah Kota Serang (unnumbered)"]
    assert serang["number"] is None and serang["statements"]
    assert set(result["documents_without_circular"]) == {"003_1f0b94f7012afe32", "004_6f2f737e2d51c9d9"}


def test_seed_outputs_valid_deterministic_and_readable(seed_comparison, seeds_extracted, tmp_path):
    out, result = seed_comparison
    assert not list(schema("comparison").iter_errors(json.loads((out / "comparison.json").read_text())))
    rows = list(csv.DictReader(io.StringIO((out / "matrix.csv").read_text())))
    assert len(rows) == len(result["circulars"]) and set(rows[0]) >= {"circular", "PP94-5n1", "DUTY-2"}
    again = tmp_path / "again"
    compare_dir(seeds_extracted, again)
    for name in ("comparison.json", "matrix.csv", "report.md", "report.html"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    md = (out / "report.md").read_text()
    assert "actor substituted" in md and "**pegawai pemerintah provinsi banten**" in md and "penjatuhan sanksi" in md
    assert "No circular number is reported" in md


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no chromium installed")
def test_report_renders_in_a_real_browser(seed_comparison, tmp_path):
    out, _ = seed_comparison
    shot = tmp_path / "report.png"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'prof'}",
                    "--window-size=1400,1000", f"--screenshot={shot}", (out / "report.html").as_uri()],
                   check=True, timeout=120, capture_output=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
