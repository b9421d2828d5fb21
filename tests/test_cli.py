"""Command-line argument checks."""
import json

import pytest

from corpus_tools.cli import main


@pytest.mark.parametrize("value, message", [
    ("150", "outside 0-100"), ("-1", "outside 0-100"), ("100.5", "outside 0-100"),
    ("nan", "outside 0-100"), ("abc", "not a number")])
def test_compare_threshold_outside_0_100_is_rejected_by_argparse(value, message, seeds_extracted, tmp_path, capsys):
    out = tmp_path / "cmp"
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(seeds_extracted), "--out", str(out), "--threshold", value])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--threshold" in err and message in err and "Traceback" not in err
    assert not out.exists()                      # rejected before anything ran


@pytest.mark.parametrize("value", ["0", "100", "72.5"])
def test_compare_threshold_in_range_is_used(value, seeds_extracted, tmp_path):
    out = tmp_path / "cmp"
    assert main(["compare", str(seeds_extracted), "--out", str(out), "--threshold", value]) == 0
    assert json.loads((out / "comparison.json").read_text())["threshold"] == float(value)
