"""Batch extraction at scale: incremental, stage-aware, resumable, parallel (pool and Dask)."""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_tools import batch, config, pipeline
from corpus_tools.outputs import load_documents
from corpus_tools.batch import extract_dir
from corpus_tools.settings import Settings
from corpus_tools.validate import validate_dir

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "raw").glob("*.txt"))
PAGES = sorted((ROOT / "tests" / "pages").glob("*.html"))


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file (not the hidden state cache) -> its bytes."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


@pytest.fixture
def corpus(tmp_path):
    """Seed dumps + two saved HTML pages."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for p in SEEDS + PAGES[:2]:
        shutil.copy(p, raw / p.name)
    return raw


@pytest.fixture
def calls(monkeypatch):
    """Count the clean and analysis stages run in this process (jobs=1 runs in-process)."""
    seen = {"clean": [], "analyse": []}
    clean_stage, analyse = pipeline.clean_stage, pipeline.analyse

    def counting_clean(raw, **kw):
        seen["clean"].append(raw.doc_id)
        return clean_stage(raw, **kw)

    def counting_analyse(doc_id, cleaned, **kw):
        seen["analyse"].append(doc_id)
        return analyse(doc_id, cleaned, **kw)

    monkeypatch.setattr(pipeline, "clean_stage", counting_clean)
    monkeypatch.setattr(pipeline, "analyse", counting_analyse)
    return seen


def test_rerun_processes_nothing_and_changes_nothing(corpus, tmp_path, calls):
    out = tmp_path / "out"
    first = extract_dir(corpus, out, jobs=1)
    assert len(first.processed) == len(SEEDS) + 2 and first.ok
    before = outputs(out)
    calls["clean"].clear(), calls["analyse"].clear()
    again = extract_dir(corpus, out, jobs=1)
    assert again.processed == [] and len(again.skipped) == len(SEEDS) + 2
    assert calls == {"clean": [], "analyse": []}
    assert outputs(out) == before
    assert validate_dir(out) == []


def test_touched_file_is_rehashed_not_reprocessed_and_edited_file_is(corpus, tmp_path, calls):
    out = tmp_path / "out"
    extract_dir(corpus, out, jobs=1)
    before = outputs(out)
    touched, edited = SEEDS[0].name, SEEDS[1].name
    os.utime(corpus / touched, ns=(1, 1))                       # same bytes, new mtime
    (corpus / edited).write_text((corpus / edited).read_text(encoding="utf-8")
                                 + "\n\nPNS juga dilarang menjadi anggota partai politik.\n", encoding="utf-8")
    calls["clean"].clear()
    report = extract_dir(corpus, out, jobs=1)
    assert [Path(p).name for p in report.processed] == [edited]
    assert calls["clean"] == [Path(edited).stem]
    after = outputs(out)
    assert after[f"documents/{Path(touched).stem}.json"] == before[f"documents/{Path(touched).stem}.json"]
    assert after[f"documents/{Path(edited).stem}.json"] != before[f"documents/{Path(edited).stem}.json"]


def test_stale_analysis_reuses_cleaned_text_and_stale_html_rules_reclean_only_html(corpus, tmp_path, calls,
                                                                                     monkeypatch):
    out = tmp_path / "out"
    extract_dir(corpus, out, jobs=1)
    before = outputs(out)
    real = config.stage_version

    def bumped(*stages):
        def version(stage, settings=None):
            v = real(stage, settings)
            return ("f" + v[1:]) if v[0] != "f" and stage in stages else ("e" + v[1:]) if stage in stages else v
        return version

    # A cue lexicon changed: every document is analysed again, none is cleaned again.
    monkeypatch.setattr(config, "stage_version", bumped("analysis"))
    calls["clean"].clear(), calls["analyse"].clear()
    report = extract_dir(corpus, out, jobs=1)
    assert len(report.processed) == len(SEEDS) + 2
    assert calls["clean"] == [] and len(calls["analyse"]) == len(SEEDS) + 2
    # Same code in fact, so the documents differ only in their recorded versions.
    for name, data in outputs(out).items():
        if name.startswith("documents/"):
            old, new = json.loads(before[name]), json.loads(data)
            for doc in (old, new):
                doc.pop("stages"), doc.pop("pipeline_version")
            assert old == new, name
    # An HTML rule changed: HTML pages are cleaned again, text dumps are untouched.
    monkeypatch.setattr(config, "stage_version", bumped("analysis", "clean:html"))
    calls["clean"].clear(), calls["analyse"].clear()
    report = extract_dir(corpus, out, jobs=1)
    assert sorted(Path(p).suffix for p in report.processed) == [".html", ".html"]
    assert sorted(calls["clean"]) == sorted(p.stem for p in PAGES[:2])


def test_stage_versions_follow_the_data_files_they_read(tmp_path):
    """A user's replacement data file changes the versions of the stages that read it."""
    settings = Settings()
    before = {s: config.stage_version(s, settings) for s in config.STAGES}
    assert before == {s: config.stage_version(s) for s in config.STAGES}   # None = the shipped defaults

    def versions_after(edit_file):
        nonlocal settings
        path = tmp_path / edit_file
        path.write_bytes(settings.path(edit_file).read_bytes() + b" ")
        settings = settings.with_data(**{edit_file: path})
        return {s: config.stage_version(s, settings) for s in config.STAGES}

    cues = versions_after("cues.json")
    assert cues["analysis"] != before["analysis"]
    assert cues["clean:text"] == before["clean:text"] and cues["clean:html"] == before["clean:html"]
    rules = versions_after("html_rules.json")
    assert rules["clean:html"] != cues["clean:html"]
    assert rules["clean:text"] == cues["clean:text"] and rules["analysis"] == cues["analysis"]
    compare = versions_after("compare.json")     # compare settings never invalidate extraction
    assert compare == rules
    # knobs: a clause-stage section changes the analysis; compare's and the timeout do not
    knob = {s: config.stage_version(s, settings.replace(sections={"clauses": {"x": 1}})) for s in config.STAGES}
    assert knob["analysis"] != rules["analysis"] and knob["clean:text"] == rules["clean:text"]
    other = settings.replace(doc_timeout=5, sections={"compare": {"threshold": 70}})
    assert {s: config.stage_version(s, other) for s in config.STAGES} == rules


def test_every_module_and_data_file_extraction_reads_is_versioned(corpus, tmp_path):
    """A module or data file added to extraction but not to config.STAGES would let stale
    outputs survive an edit: find what extraction really loads, in a fresh interpreter."""
    probe = f"""
import sys, json
opened = set()
def hook(event, args):
    if event == "open" and isinstance(args[0], str):
        opened.add(args[0])
sys.addaudithook(hook)
from corpus_tools.pipeline import extract_file
for p in {json.dumps([str(p) for p in sorted(corpus.iterdir())])}:
    extract_file(p)
import corpus_tools.config as config
data = sorted(str(__import__("pathlib").Path(p).resolve().relative_to(config.DATA_DIR.resolve()))
              for p in opened if str(__import__("pathlib").Path(p).resolve()).startswith(str(config.DATA_DIR.resolve())))
mods = sorted(getattr(sys.modules[m], "__file__", "") or "" for m in sys.modules if m.startswith("corpus_tools."))
root = __import__("pathlib").Path(config.__file__).parent
mods = sorted(__import__("pathlib").Path(f).relative_to(root).as_posix() for f in mods if f)
print(json.dumps({{"data": data, "modules": mods}}))
"""
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert res.returncode == 0, res.stderr
    seen = json.loads(res.stdout.strip().splitlines()[-1])
    code = set().union(*(config.code_files(s) for s in config.STAGES))
    data = set().union(*(s["data"] for s in config.STAGES.values()))
    assert set(seen["modules"]) - {"batch.py", "outputs.py"} <= code, set(seen["modules"]) - code   # subpackage modules too
    assert set(seen["data"]) <= data, set(seen["data"]) - data
    assert "cues.json" in seen["data"] and "clauses/cues.py" in seen["modules"]   # the probe saw real work


def test_interrupted_run_keeps_finished_documents_and_resumes(corpus, tmp_path, monkeypatch):
    reference = tmp_path / "reference"
    extract_dir(corpus, reference, jobs=1)
    out = tmp_path / "out"
    real = pipeline.extract_file_stat
    done = []

    def interrupt_third(path, doc_id=None, reuse=None, **kw):
        if len(done) == 2:
            raise KeyboardInterrupt
        done.append(path)
        return real(path, doc_id, reuse=reuse, **kw)

    monkeypatch.setattr(pipeline, "extract_file_stat", interrupt_third)
    with pytest.raises(KeyboardInterrupt):
        extract_dir(corpus, out, jobs=1)
    written = sorted(p.stem for p in (out / "documents").glob("*.json"))
    assert written == sorted(Path(p).stem for p in done)
    assert not list(out.rglob("*.tmp"))
    assert not (out / "clauses.jsonl").exists()     # no half-made index of a partial run
    monkeypatch.setattr(pipeline, "extract_file_stat", real)
    resumed = extract_dir(corpus, out, jobs=1)
    assert len(resumed.skipped) == 2 and len(resumed.processed) == len(SEEDS)
    assert outputs(out) == outputs(reference)


def test_leftover_temp_files_of_a_killed_run_are_removed(corpus, tmp_path):
    out = tmp_path / "out"
    extract_dir(corpus, out, jobs=1)
    stray = [out / "documents" / ".x.json.k2j3.tmp", out / ".clauses.jsonl.abcd.tmp"]
    for p in stray:
        p.write_text("half a file")
    extract_dir(corpus, out, jobs=1)
    assert not any(p.exists() for p in stray)
    assert validate_dir(out) == []


def test_sigint_stops_a_pool_run_cleanly_and_the_next_run_completes(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    # Long articles (each seed 20 times over) so that seconds of work remain when the
    # first document is written and the signal is sent: the run cannot finish first.
    n = 12 * len(SEEDS)
    for i in range(12):
        for p in SEEDS:
            (raw / f"{i:03d}_{p.name}").write_text("\n".join([p.read_text(encoding="utf-8")] * 20), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "corpus_tools.cli", "extract", str(raw), "--out", str(out), "-j", "2", "-q"]
    # A shell that starts CI in the background makes its children ignore SIGINT, and Python
    # then installs no KeyboardInterrupt handler: give the run the default, as a terminal would.
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 240
    while time.time() < deadline and not list((out / "documents").glob("*.json")) and proc.poll() is None:
        time.sleep(0.02)
    finished_first = proc.poll()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    written = len(list((out / "documents").glob("*.json")))
    assert proc.returncode == 130, f"exit {finished_first} before the signal, {written}/{n} written: {err}"
    assert "Traceback" not in err
    partial = list((out / "documents").glob("*.json"))
    assert 0 < len(partial) < n
    assert not list(out.rglob("*.tmp"))
    assert not (out / "clauses.jsonl").exists()
    for p in partial:                          # every written document is whole
        json.loads(p.read_text(encoding="utf-8"))
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert len(list((out / "documents").glob("*.json"))) == n
    assert len(json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"]) == n
    assert validate_dir(out) == []


def test_pool_matches_in_process_and_isolates_hangs_and_dead_workers(corpus, tmp_path, monkeypatch):
    one = tmp_path / "one"
    extract_dir(corpus, one, jobs=1)
    hang, crash = corpus / "hang.txt", corpus / "crash.txt"
    shutil.copy(SEEDS[0], hang)
    shutil.copy(SEEDS[1], crash)
    real = pipeline.analyse

    def hostile(doc_id, cleaned):   # inherited by the forked workers
        if doc_id == "hang":
            time.sleep(60)
        if doc_id == "crash":
            os._exit(3)
        return real(doc_id, cleaned)

    monkeypatch.setattr(pipeline, "analyse", hostile)
    two = tmp_path / "two"
    report = extract_dir(corpus, two, jobs=2, timeout=3)
    errors = {Path(e["path"]).name: e["error"] for e in report.errors}
    assert set(errors) == {"hang.txt", "crash.txt"}
    assert "timed out" in errors["hang.txt"] and str(hang) in errors["hang.txt"]
    assert "worker died" in errors["crash.txt"] and str(crash) in errors["crash.txt"]
    produced = {k: v for k, v in outputs(two).items() if k.startswith("documents/")}
    assert produced == {k: v for k, v in outputs(one).items() if k.startswith("documents/")}
    assert outputs(two)["clauses.jsonl"] == outputs(one)["clauses.jsonl"]
    # Hangs and crashes may be transient: they are retried on the next run.
    monkeypatch.setattr(pipeline, "analyse", real)
    again = extract_dir(corpus, two, jobs=2)
    assert again.ok and sorted(Path(p).name for p in again.processed) == ["crash.txt", "hang.txt"]


def test_failures_are_remembered_while_input_and_code_are_unchanged(corpus, tmp_path, monkeypatch):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "out"
    first = extract_dir(corpus, out, jobs=1)
    assert sorted(Path(e["path"]).name for e in first.errors) == ["binary.txt", "empty.txt"]
    reads = []
    real = pipeline.read_input_stat
    monkeypatch.setattr(pipeline, "read_input_stat", lambda p, d=None, *a: reads.append(p) or real(p, d, *a))
    again = extract_dir(corpus, out, jobs=1)
    assert again.errors == first.errors
    assert [Path(p).name for p in reads] == ["empty.txt"]   # an empty file is not hashed; binary is remembered
    assert json.loads((out / "errors.json").read_text()) == first.errors


def test_doc_id_collision_removed_input_and_moved_raw_dir(corpus, tmp_path, calls):
    shutil.copy(PAGES[0], corpus / f"{SEEDS[0].stem}.html")     # same stem as a seed dump
    out = tmp_path / "out"
    report = extract_dir(corpus, out, jobs=1)
    assert sorted(Path(e["path"]).name for e in report.errors) == sorted([SEEDS[0].name, f"{SEEDS[0].stem}.html"])
    assert not (out / "documents" / f"{SEEDS[0].stem}.json").exists()
    (corpus / f"{SEEDS[0].stem}.html").unlink()
    (corpus / SEEDS[1].name).unlink()
    report = extract_dir(corpus, out, jobs=1)
    assert report.ok
    assert not (out / "documents" / f"{SEEDS[1].stem}.json").exists()
    assert SEEDS[1].stem not in (out / "clauses.jsonl").read_text(encoding="utf-8")
    moved = tmp_path / "moved"
    corpus.rename(moved)
    calls["clean"].clear(), calls["analyse"].clear()
    report = extract_dir(moved, out, jobs=1)
    assert report.processed == [] and calls == {"clean": [], "analyse": []}
    for doc in load_documents(out, records=True):
        assert doc["source"]["path"].startswith(str(moved))
    assert validate_dir(out) == []


def test_progress_summary_names_failed_files_and_caps_the_list(corpus, tmp_path, capsys):
    for i in range(batch.MAX_ERRORS_SHOWN + 3):
        (corpus / f"bad{i:02d}.txt").write_bytes(b"   \n")
    extract_dir(corpus, tmp_path / "out", jobs=1, progress=True)
    err = capsys.readouterr().err
    assert err.count("error: ") == batch.MAX_ERRORS_SHOWN
    assert "bad00.txt: file contains only whitespace" in err
    assert "... and 3 more in" in err
    assert f"extract: {len(SEEDS) + 2} processed, 0 unchanged, {batch.MAX_ERRORS_SHOWN + 3} failed" in err


@pytest.mark.slow
def test_dask_cluster_on_loopback_gives_the_same_outputs(corpus, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    local = tmp_path / "local"
    extract_dir(corpus, local, jobs=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        out = tmp_path / "dask"
        report = extract_dir(corpus, out, scheduler=cluster.scheduler_address)
    assert report.ok and len(report.processed) == len(SEEDS) + 2
    assert outputs(out) == outputs(local)


def test_cli_names_a_missing_input_directory(tmp_path, capsys):
    from corpus_tools.cli import main
    assert main(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert f"{tmp_path / 'nowhere'}: input directory not found" in capsys.readouterr().err


def test_state_is_written_in_pieces_as_one_json_dump(tmp_path):
    """The cache is written one input at a time (it holds every input's sketch), and the
    file is what one json.dumps of the whole state would give."""
    from corpus_tools.io import atomic_write
    states = [{}, {"inputs": {}}, {"inputs": {"raw/b.html": {"sha256": "ab", "sketch": "v1.4:AAAA", "st": [1, 2]},
                                              "raw/a\u00e9 \"q\".txt": {"failed": {"format": "text"}, "sha256": "cd"}},
                                   "version": 3, "zz": [1, {"b": 2, "a": None}]},
              {"inputs": [1, 2]}, {"inputs": {"x": 1}, "n": 3}]
    for state in states:
        want = json.dumps(state, sort_keys=True)
        assert "".join(batch._state_chunks(state)) == want
        atomic_write(tmp_path / "s.json", batch._state_chunks(state))
        assert (tmp_path / "s.json").read_text(encoding="utf-8") == want
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, body in enumerate(("Bupati Sukamaju melarang ASN memasang baliho calon.",
                              "Wali Kota Lembah Hijau meminta pegawai tidak menghadiri kampanye.")):
        (raw / f"n{i}.txt").write_text(body + "\n\n" + body.replace("ASN", "pegawai"), encoding="utf-8")
    extract_dir(raw, tmp_path / "out", jobs=1)
    text = (tmp_path / "out" / batch.STATE_FILE).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), sort_keys=True)
    assert len(json.loads(text)["inputs"]) == 2
