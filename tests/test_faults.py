"""Fault injection for `extract`, `validate` and `compare`: misuse, concurrency, kills, full
disks and hostile file names (issue 12). Each test is one probe of the issue: nothing
written is lost, every input ends with one document or one error, one input never stops
a run, and every refusal is one line naming the path. Bounded: small invented corpora,
timeouts on every subprocess and wait."""
from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_tools import batch, io as cio, outputs, pipeline
from corpus_tools.batch import extract_dir
from corpus_tools.cli import main
from corpus_tools.io import InputError, OutputError
from corpus_tools.outputs import OutputLocked, lock
from corpus_tools.validate import validate_dir
from faults_util import doc_ids, error_paths, manifest_ids, slow_analysis, snapshot, write_corpus

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


@pytest.fixture
def done(tmp_path):
    """A complete extraction of 6 invented articles: (raw, out, snapshot)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 6)
    report = extract_dir(raw, out, jobs=1)
    assert report.ok and len(report.processed) == 6
    return raw, out, snapshot(out)


def every_input_accounted(raw: Path, out: Path) -> None:
    """Every input of ``raw`` has exactly one document or one errors.json entry."""
    ids, errs = doc_ids(out), set(error_paths(out))
    for p in batch.find_inputs(raw):
        assert (p.stem in ids) != (cio.display_path(p) in errs), p


# ------------------------------------------------------------------ misuse: empty and mistaken RAW_DIRs

def test_empty_raw_dir_is_refused_and_deletes_nothing(done, tmp_path, capsys):
    raw, out, before = done
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not an input")
    with pytest.raises(InputError, match="no inputs"):
        extract_dir(empty, out, jobs=1)
    assert snapshot(out) == before
    assert main(["extract", str(empty), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(empty) in err and "--prune" in err
    assert snapshot(out) == before and validate_dir(out) == []
    # on purpose: --prune empties the corpus, and validate agrees with it
    report = extract_dir(empty, out, jobs=1, prune=True)
    assert sorted(report.removed) == sorted(p.stem for p in raw.iterdir())
    assert doc_ids(out) == set() and (out / "clauses.jsonl").read_text() == "" and validate_dir(out) == []


def test_mistaken_raw_dir_that_would_remove_most_documents_is_refused(done, tmp_path):
    raw, out, before = done
    other = tmp_path / "other"
    write_corpus(other, 3, start=50, prefix="lain")     # a different corpus, same OUT_DIR
    with pytest.raises(InputError, match=r"would remove 6 of the 6 documents"):
        extract_dir(other, out, jobs=1)
    assert snapshot(out) == before
    # a few inputs gone (fewer than half) is an ordinary incremental run
    (raw / "art000.txt").unlink()
    (raw / "art001.txt").unlink()
    report = extract_dir(raw, out, jobs=1)
    assert report.removed == ["art000", "art001"] and validate_dir(out) == []
    every_input_accounted(raw, out)


# ------------------------------------------------------------------ concurrency: the OUT_DIR lock

def test_extract_is_refused_while_another_run_holds_the_folder(done, capsys):
    raw, out, before = done
    with lock(out, exclusive=True):
        with pytest.raises(OutputLocked, match="another corpus-tools run is using it"):
            extract_dir(raw, out, jobs=1, force=True)
        assert main(["compare", str(out)]) == 1
        assert "corpus-tools extract is writing it" in capsys.readouterr().err
        assert main(["validate", str(out)]) == 2
        assert "lock .lock held" in capsys.readouterr().err
        assert main(["export", str(out)]) == 2
        assert "corpus-tools extract is writing it" in capsys.readouterr().err
    assert snapshot(out) == before
    with lock(out, exclusive=False), lock(out, exclusive=False):    # readers share
        assert validate_dir(out) == []
        with pytest.raises(OutputLocked):
            extract_dir(raw, out, jobs=1)


def test_two_concurrent_extracts_of_different_raw_dirs_lose_nothing(tmp_path):
    """Two processes into one OUT_DIR: one runs, the other is refused with one line; then
    every input of the run that ran has its document and nothing else was deleted."""
    a, b, out = tmp_path / "a", tmp_path / "b", tmp_path / "out"
    write_corpus(a, 8, prefix="a")
    write_corpus(b, 8, start=20, prefix="b")
    cmds = [[PY, "-m", "corpus_tools.cli", "extract", str(d), "--out", str(out), "-j", "1", "-q"] for d in (a, b)]
    procs = [subprocess.Popen(c, stderr=subprocess.PIPE, text=True) for c in cmds]
    results = [(p.wait(timeout=300), p.stderr.read()) for p in procs]
    codes = sorted(r[0] for r in results)
    for code, err in results:
        assert "Traceback" not in err, err
        if code:
            assert err.count("\n") == 1 and str(out) in err, err
    # either both ran in turn (the second one refused as a mistaken RAW_DIR) or one was locked out
    assert codes == [0, 2], results
    winner = a if any(p.stem.startswith("a") for p in (out / "documents").glob("*.json")) else b
    assert doc_ids(out) == {p.stem for p in winner.iterdir()}
    assert validate_dir(out) == []
    every_input_accounted(winner, out)


# ------------------------------------------------------------------ transient failures keep the last good document

@pytest.mark.parametrize("jobs", [1, 2])
def test_timeout_during_force_keeps_the_previous_document(done, monkeypatch, jobs):
    raw, out, before = done
    real = slow_analysis(monkeypatch, "art005", 30)     # forked workers inherit it
    started = time.monotonic()
    report = extract_dir(raw, out, jobs=jobs, force=True, timeout=1.5)
    assert time.monotonic() - started < 25
    # one document or one error, never both: the kept document counts, its row says why
    assert report.errors == [] and not report.ok
    [k] = report.kept
    assert k["path"].endswith("art005.txt") and "timed out after 1.5 s" in k["error"]
    assert batch.KEPT_NOTE in k["error"]
    after = snapshot(out)
    assert after["documents/art005.json"] == before["documents/art005.json"]
    assert after["clauses.jsonl"] == before["clauses.jsonl"]
    assert json.loads(after["errors.json"]) == []
    rows = {r["doc_id"]: r for r in json.loads(after["manifest.json"])["inputs"]}
    assert "timed out after 1.5 s" in rows["art005"]["kept"] and "kept" not in rows["art004"]
    every_input_accounted(raw, out)
    assert validate_dir(out) == []
    monkeypatch.setattr(pipeline, "analyse", real)
    again = extract_dir(raw, out, jobs=1)     # transient: not remembered; the kept document is current
    assert again.ok and again.processed == [] and len(again.skipped) == 6
    assert snapshot(out) == before


def test_dead_worker_during_force_keeps_the_previous_document(done, monkeypatch):
    raw, out, before = done
    real = pipeline.analyse

    def crash(doc_id, cleaned, **kw):
        if doc_id == "art002":
            os._exit(9)
        return real(doc_id, cleaned, **kw)

    monkeypatch.setattr(pipeline, "analyse", crash)
    report = extract_dir(raw, out, jobs=2, force=True)
    [k] = report.kept
    assert "worker died" in k["error"] and batch.KEPT_NOTE in k["error"] and report.errors == []
    assert snapshot(out)["documents/art002.json"] == before["documents/art002.json"]
    assert "art002" in manifest_ids(out) and error_paths(out) == [] and validate_dir(out) == []
    every_input_accounted(raw, out)


def test_a_transient_failure_without_an_earlier_document_is_one_error(tmp_path, monkeypatch):
    """No earlier document to keep: the input is an errors.json entry and has no row."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 3)
    slow_analysis(monkeypatch, "art001", 30)
    report = extract_dir(raw, out, jobs=1, timeout=1.5)
    [e] = report.errors
    assert e["path"].endswith("art001.txt") and report.kept == []
    assert "art001" not in manifest_ids(out) and len(error_paths(out)) == 1
    every_input_accounted(raw, out)
    assert validate_dir(out) == []


def test_validate_catches_an_input_that_is_both_a_document_and_an_error(done):
    raw, out, _ = done
    errors = [{"path": json.loads((out / "manifest.json").read_text())["inputs"][0]["path"], "error": "x"}]
    (out / "errors.json").write_text(json.dumps(errors))
    assert any("both an error and a document" in p for p in validate_dir(out))


def test_validate_catches_a_document_that_is_not_the_one_its_row_names(done):
    raw, out, _ = done
    path = out / "documents" / "art001.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["source"]["sha256"] = "0" * 64            # what a re-extraction of an edited input leaves
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    [problem] = [p for p in validate_dir(out) if "art001" in p]
    assert "not the document manifest.json names" in problem and f"corpus-tools extract {raw} --out {out}" in problem


# ------------------------------------------------------------------ an interrupted run, then its resume

@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupted_run_is_flagged_with_the_command_and_resume_leaves_nothing_to_report(done, monkeypatch, jobs):
    """Ctrl-C in the middle of a run that adds inputs and re-extracts an edited one:
    validate names every document the index does not know yet and says the command to run;
    that command adopts them, and validate then reports 0 problems."""
    raw, out, _ = done
    write_corpus(raw, 4, start=6)                                  # art006 .. art009: new
    (raw / "art002.txt").write_text((raw / "art002.txt").read_text() + "\nASN wajib netral.\n")
    real_write = cio.atomic_write
    written = []

    def interrupt_after_two(path, data, **kw):
        if Path(path).parent.name == "documents":
            if len(written) == 2:
                raise KeyboardInterrupt
            written.append(Path(path).stem)
        return real_write(path, data, **kw)

    monkeypatch.setattr(batch, "atomic_write", interrupt_after_two)
    with pytest.raises(KeyboardInterrupt):
        extract_dir(raw, out, jobs=jobs)
    monkeypatch.setattr(batch, "atomic_write", real_write)
    assert len(written) == 2
    problems = validate_dir(out)
    assert problems
    for stem in written:
        assert any(stem in p for p in problems), stem
    hint = f"run `corpus-tools extract {raw} --out {out}` again"
    assert all(hint in p for p in problems if "manifest.json" in p or "written by a run" in p)
    assert main(["validate", str(out)]) == 1
    report = extract_dir(raw, out, jobs=jobs)                     # the command validate named
    assert report.ok and set(written) <= set(map(lambda p: Path(p).stem, report.skipped))
    assert validate_dir(out) == []
    assert doc_ids(out) == {f"art{i:03d}" for i in range(10)}
    every_input_accounted(raw, out)


def test_an_interrupted_first_run_is_flagged_with_the_command_too(tmp_path, monkeypatch):
    """No run has finished yet (no manifest): validate says so in one line with the command,
    the input folder taken from the documents already written."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 4)
    real_write = cio.atomic_write
    written = []

    def interrupt_after_one(path, data, **kw):
        if Path(path).parent.name == "documents":
            if written:
                raise KeyboardInterrupt
            written.append(Path(path).stem)
        return real_write(path, data, **kw)

    monkeypatch.setattr(batch, "atomic_write", interrupt_after_one)
    with pytest.raises(KeyboardInterrupt):
        extract_dir(raw, out, jobs=1)
    monkeypatch.setattr(batch, "atomic_write", real_write)
    [problem] = validate_dir(out)
    assert "no extract run has finished" in problem and f"corpus-tools extract {raw} --out {out}" in problem
    assert extract_dir(raw, out, jobs=1).ok and validate_dir(out) == []


# ------------------------------------------------------------------ the per-document deadline from a thread

def test_timeout_works_when_extract_runs_in_a_thread(tmp_path, monkeypatch):
    """SIGALRM only reaches the main thread: from another thread (a notebook's executor, a
    web app) a one-process run falls back to one worker process the pool can stop."""
    import threading
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 3)
    slow_analysis(monkeypatch, "art002", 60)
    result = {}

    def run():
        try:
            result["report"] = extract_dir(raw, out, jobs=1, timeout=2)
        except BaseException as exc:       # noqa: BLE001 - reported below
            result["error"] = exc

    started = time.monotonic()
    t = threading.Thread(target=run)
    t.start()
    t.join(90)
    assert not t.is_alive() and "error" not in result, result.get("error")
    assert time.monotonic() - started < 45
    report = result["report"]
    [e] = report.errors
    assert e["path"].endswith("art002.txt") and "timed out after 2 s" in e["error"]
    assert sorted(Path(p).stem for p in report.processed) == ["art000", "art001"]
    every_input_accounted(raw, out)


def test_without_a_timeout_a_thread_still_runs_in_process(tmp_path):
    import threading
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 2)
    box = {}
    t = threading.Thread(target=lambda: box.setdefault("r", extract_dir(raw, out, jobs=1, timeout=None)))
    t.start()
    t.join(120)
    assert box["r"].ok and len(box["r"].processed) == 2 and validate_dir(out) == []


def test_cli_timeout_is_honoured_in_process_and_the_message_says_its_value(tmp_path, monkeypatch, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 2)
    slow_analysis(monkeypatch, "art001", 30)
    started = time.monotonic()
    assert main(["extract", str(raw), "--out", str(out), "-j", "1", "--timeout", "0.7"]) == 0
    assert time.monotonic() - started < 20
    err = capsys.readouterr().err
    # the message names the value given, not the default (the temporary path may hold "120")
    assert "art001.txt: timed out after 0.7 s" in err and "after 120" not in err
    assert doc_ids(out) == {"art000"}


# ------------------------------------------------------------------ the index step

def test_index_files_are_written_before_stale_documents_are_removed(done, monkeypatch, capsys):
    """A full disk while the manifest is written: no document is removed yet, the error is
    one line, and validate sees the cut-short index instead of reporting 0 problems."""
    raw, out, before = done
    (raw / "art000.txt").unlink()
    real = outputs.atomic_write

    def full_at_manifest(path, data, **kw):
        if Path(path).name == "manifest.json":
            raise OutputError(path, OSError(errno.ENOSPC, "No space left on device"))
        return real(path, data, **kw)

    monkeypatch.setattr(outputs, "atomic_write", full_at_manifest)
    assert main(["extract", str(raw), "--out", str(out), "-j", "1", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "manifest.json: cannot write (No space left on device)" in err
    assert (out / "documents" / "art000.json").exists()       # not removed before the index
    problems = validate_dir(out)
    assert any("not the file manifest.json names" in p for p in problems), problems
    monkeypatch.setattr(outputs, "atomic_write", real)
    report = extract_dir(raw, out, jobs=1)
    assert report.removed == ["art000"] and validate_dir(out) == []


def test_kill_9_during_the_index_step_then_validate_and_resume(done, tmp_path):
    raw, out, before = done
    (raw / "art003.txt").unlink()
    for name in ("clauses.jsonl", "manifest.json"):
        probe = f"""
import os, signal
from pathlib import Path
from corpus_tools import outputs
from corpus_tools.batch import extract_dir
real = outputs.atomic_write
def killed(path, data, **kw):
    if Path(path).name == {name!r}:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(path, data, **kw)
outputs.atomic_write = killed
extract_dir({str(raw)!r}, {str(out)!r}, jobs=1, force=True)
"""
        res = subprocess.run([PY, "-c", probe], capture_output=True, text=True, timeout=300)
        assert res.returncode == -signal.SIGKILL, res.stderr
        assert (out / "documents" / "art003.json").exists()    # removed only after the manifest
        if name == "manifest.json":
            problems = validate_dir(out)   # clauses.jsonl was replaced, the manifest was not
            assert any("not the file manifest.json names" in p for p in problems), problems
    report = extract_dir(raw, out, jobs=1)
    assert report.removed == ["art003"] and validate_dir(out) == []
    assert not list(out.rglob("*.tmp"))


def test_validate_catches_an_index_naming_missing_documents(done):
    raw, out, _ = done
    (out / "documents" / "art004.json").unlink()
    problems = validate_dir(out)
    assert any("names documents/art004.json, which is missing" in p for p in problems), problems
    assert any("art004" in p and "clauses.jsonl" in p for p in problems)
    assert main(["validate", str(out)]) == 1


# ------------------------------------------------------------------ the cache pairs a hash with the read it came from

def test_file_edited_while_being_processed_is_extracted_again_next_run(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    paths = write_corpus(raw, 3)
    real = pipeline.clean_stage
    edited = []

    def edit_after_read(raw_doc, **kw):     # the user saves the file just after it was read
        if raw_doc.doc_id == "art001" and not edited:
            p = paths[1]
            p.write_text(p.read_text(encoding="utf-8") + "\nPegawai juga dilarang menjadi juru kampanye.\n",
                         encoding="utf-8")
            os.utime(p, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
            edited.append(p)
        return real(raw_doc, **kw)

    monkeypatch.setattr(pipeline, "clean_stage", edit_after_read)
    extract_dir(raw, out, jobs=1)
    monkeypatch.setattr(pipeline, "clean_stage", real)
    old = json.loads((out / "documents" / "art001.json").read_text(encoding="utf-8"))
    again = extract_dir(raw, out, jobs=1)
    assert [Path(p).name for p in again.processed] == ["art001.txt"]
    new = json.loads((out / "documents" / "art001.json").read_text(encoding="utf-8"))
    assert new["source"]["sha256"] != old["source"]["sha256"] and "juru kampanye" in new["text"]
    assert extract_dir(raw, out, jobs=1).processed == []


def test_file_changing_during_the_read_is_not_cached(tmp_path):
    """read_stable compares fstat before and after: a file growing under it is re-read."""
    p = tmp_path / "growing.txt"
    p.write_bytes(b"a" * 1000)
    data, st = cio.read_stable(p, 10_000)
    assert data == b"a" * 1000 and cio.stat_key(st) == cio.stat_key(p.stat())


# ------------------------------------------------------------------ hostile file names and RAW_DIR entries

def test_hostile_file_names_become_errors_and_the_run_completes(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 2)
    text = (raw / "art000.txt").read_bytes()
    bad_utf8 = os.fsencode(raw) + b"/berita-\xff\xfe.txt"
    with open(bad_utf8, "wb") as fh:
        fh.write(text)
    (raw / "baris\nbaru.txt").write_bytes(text)
    long_ok = raw / ("panjang-" + "x" * 240 + ".txt")         # 248-character stem: a valid doc_id
    long_ok.write_bytes(text)
    long_bad = raw / ("é" * 125 + "x.txt")                     # 251-byte stem: too long for documents/<id>.json
    long_bad.write_bytes(text)
    for _ in range(2):                                         # and every rerun completes the same way
        report = extract_dir(raw, out, jobs=1)
        errs = {e["path"]: e["error"] for e in report.errors}
        assert len(errs) == 3, errs
        assert any("not valid UTF-8" in e and "\ufffd" in p for p, e in errs.items())
        assert any("control characters" in e and "\\n" in p for p, e in errs.items())
        assert any("too long" in e for e in errs.values())
        assert (out / "documents" / f"{long_ok.stem}.json").exists()
        json.loads((out / "errors.json").read_text(encoding="utf-8"))
        assert validate_dir(out) == []
    assert not list(out.rglob("*.tmp"))


def test_folders_fifos_and_link_loops_in_raw_dir_are_reported_not_hung_on(tmp_path, capsys):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 2)
    (raw / "arsip").mkdir()
    write_corpus(raw / "arsip", 1, start=9)
    os.mkfifo(raw / "pipa.html")
    os.mkfifo(raw / "pipa-lain")
    os.symlink(raw / "putar.txt", raw / "putar.txt")             # a link to itself
    os.symlink(raw / "tidak-ada.txt", raw / "patah.txt")         # dangling
    started = time.monotonic()
    report = extract_dir(raw, out, jobs=1, progress=True)
    assert time.monotonic() - started < 60
    errs = {Path(e["path"]).name: e["error"] for e in report.errors}
    assert set(errs) == {"pipa.html", "putar.txt", "patah.txt"}
    assert "a FIFO" in errs["pipa.html"]
    assert any(w.startswith(str(raw / "arsip")) and "a folder" in w for w in report.warnings)
    assert any("pipa-lain" in w and "FIFO" in w for w in report.warnings)
    assert "warning: " in capsys.readouterr().err
    assert doc_ids(out) == {"art000", "art001"} and validate_dir(out) == []


def test_a_fifo_given_as_an_input_never_blocks_the_reader(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        cio.read_input(fifo)


# ------------------------------------------------------------------ outputs: paths, disks, signals, modes

def test_impossible_and_unwritable_out_dirs_give_one_line(tmp_path, capsys):
    raw = tmp_path / "raw"
    write_corpus(raw, 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert main(["extract", str(raw), "--out", str(blocker / "out"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(blocker / "out") in err and "Traceback" not in err
    if os.geteuid() == 0:
        pytest.skip("running as root: a read-only folder is writable")
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        assert main(["extract", str(raw), "--out", str(ro / "out"), "-q"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and str(ro / "out") in err and "Permission denied" in err
    finally:
        ro.chmod(0o755)


def test_disk_full_while_writing_documents_stops_cleanly_and_resumes(done, monkeypatch, capsys):
    raw, out, before = done
    write_corpus(raw, 3, start=10)
    real = batch.atomic_write
    writes = []

    def fills_up(path, data, **kw):
        if Path(path).parent.name == "documents":
            writes.append(path)
            if len(writes) > 1:
                raise OutputError(path, OSError(errno.ENOSPC, "No space left on device"))
        return real(path, data, **kw)

    monkeypatch.setattr(batch, "atomic_write", fills_up)
    assert main(["extract", str(raw), "--out", str(out), "-j", "1", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device" in err and "documents" in err
    after = snapshot(out)
    for name in ("clauses.jsonl", "manifest.json", "errors.json"):
        assert after[name] == before[name]                   # the last complete index stays
    assert [k for k in after if k not in before] == ["documents/art010.json"]   # written before the disk filled
    problems = validate_dir(out)                             # a new document the index does not name yet
    assert problems and all("art010" in p for p in problems), problems
    assert any("not in manifest.json" in p for p in problems)
    monkeypatch.setattr(batch, "atomic_write", real)
    report = extract_dir(raw, out, jobs=1)
    assert report.ok and len(report.processed) == 2 and validate_dir(out) == []


def test_a_really_full_small_file_system(tmp_path):
    """On a 1 MB tmpfs (needs mount rights; skipped elsewhere)."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if res.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({res.stderr.decode(errors='replace').strip()[:80]})")
    try:
        raw = tmp_path / "raw"
        write_corpus(raw, 40)
        filler = mnt / "filler"
        filler.write_bytes(b"\0" * (1024 * 1024 - 200 * 1024))     # leave ~200 KB
        res = subprocess.run([PY, "-m", "corpus_tools.cli", "extract", str(raw), "--out", str(mnt / "out"),
                              "-j", "1", "-q"], capture_output=True, text=True, timeout=300)
        assert res.returncode == 1 and "Traceback" not in res.stderr
        assert res.stderr.count("\n") == 1 and "No space left on device" in res.stderr
        for p in (mnt / "out" / "documents").glob("*.json"):
            json.loads(p.read_text(encoding="utf-8"))                # every document is whole
        filler.unlink()
        res = subprocess.run([PY, "-m", "corpus_tools.cli", "extract", str(raw), "--out", str(mnt / "out"),
                              "-j", "1", "-q"], capture_output=True, text=True, timeout=300)
        assert res.returncode == 0, res.stderr
        assert validate_dir(mnt / "out") == [] and len(doc_ids(mnt / "out")) == 40
    finally:
        subprocess.run(["umount", str(mnt)], capture_output=True)


def test_sigterm_is_handled_like_ctrl_c(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 300)
    for p in sorted(raw.iterdir()):                  # long enough that the run cannot finish first
        p.write_text(p.read_text(encoding="utf-8") * 15, encoding="utf-8")
    cmd = [PY, "-m", "corpus_tools.cli", "extract", str(raw), "--out", str(out), "-j", "2", "-q"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 240
    while time.time() < deadline and not list((out / "documents").glob("*.json")) and proc.poll() is None:
        time.sleep(0.02)
    assert proc.poll() is None, "finished before the signal"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143 and "Traceback" not in err, err
    assert (out / ".state.json").exists() and not list(out.rglob("*.tmp"))
    written = len(doc_ids(out))
    assert 0 < written < 300
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    assert len(doc_ids(out)) == 300 and validate_dir(out) == []


@pytest.mark.parametrize("mask", [0o022, 0o002])
def test_outputs_follow_the_users_umask(tmp_path, mask):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 1)
    old = os.umask(mask)
    try:
        extract_dir(raw, out, jobs=1)
    finally:
        os.umask(old)
    for name in ("documents/art000.json", "clauses.jsonl", "errors.json", "manifest.json"):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o666 & ~mask, name


# ------------------------------------------------------------------ decoding

@pytest.mark.parametrize("text", ["“Banten” café: ASN dilarang berpihak — kata Sekda.",
                                  "Pj. Bupati Sukamaju menegaskan ‘netralitas’ itu wajib… résumé"])
def test_mostly_valid_utf8_is_decoded_as_utf8_with_a_warning(tmp_path, text):
    data = text.encode("utf-8")
    data = data[:5] + b"\x81" + data[5:20] + b"\xff\xfe" + data[20:]   # three invalid bytes
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    raw_doc = cio.read_input(p)
    with pytest.warns(cio.DecodeWarning, match="3 invalid UTF-8 byte"):
        decoded, enc = cio.decode(raw_doc)
    assert enc == "utf-8" and decoded.count("\ufffd") == 3
    assert decoded.replace("\ufffd", "") == text


def test_a_real_legacy_page_is_still_read_as_windows_1252(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Surat “edaran” Bupati – pegawai tidak boleh berpihak… café".encode("cp1252"))
    decoded, enc = cio.decode(cio.read_input(p))
    assert enc == "windows-1252" and "“edaran”" in decoded and "café" in decoded


# ------------------------------------------------------------------ settings passed down

def test_config_file_reaches_every_stage_and_versions_follow_it(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    write_corpus(raw, 2)
    extract_dir(raw, out, jobs=1)
    cues = tmp_path / "cues.json"
    data = json.loads((Path(cio.__file__).parent / "data" / "cues.json").read_text(encoding="utf-8"))
    cues.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")   # same content, other bytes
    cfg = tmp_path / "settings.json"
    cfg.write_text(json.dumps({"data": {"cues.json": "cues.json"}, "doc_timeout": 30}), encoding="utf-8")
    assert main(["extract", str(raw), "--out", str(out), "-j", "2", "-q", "--config", str(cfg)]) == 0
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "documents").glob("*.json")]
    from corpus_tools import config
    from corpus_tools.settings import Settings
    user = Settings.from_file(cfg)
    assert all(d["stages"] == config.stage_versions("text", user) for d in docs)
    assert config.stage_versions("text", user)["analysis"] != config.stage_versions("text")["analysis"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stages"]["text"] == config.stage_versions("text", user)
    again = extract_dir(raw, out, jobs=1, settings=user)          # current under the same settings
    assert again.processed == [] and len(again.skipped) == 2
    bad = tmp_path / "bad.json"
    bad.write_text('{"data": {"cues.json": "missing.json"}}')
    assert main(["extract", str(raw), "--out", str(out), "-q", "--config", str(bad)]) == 2


def test_python_compare_and_export_refuse_a_corpus_extract_is_writing(tmp_path):
    """The shared lock is taken by the API functions themselves, not only by the CLI."""
    from corpus_tools.compare import compare_dir
    from corpus_tools.export import export
    from corpus_tools.outputs import OutputLocked, lock
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    with lock(out, exclusive=True):
        with pytest.raises(OutputLocked):
            compare_dir(out)
        with pytest.raises(OutputLocked):
            export(out, ["csv"])
    assert not (out / "comparison").exists() and not (out / "export").exists()
