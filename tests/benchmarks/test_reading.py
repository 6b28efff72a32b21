"""benchmarks/reading.py: the fold split and the parsing of the scorer's lines."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("reading", ROOT / "benchmarks" / "reading.py")
assert _spec is not None and _spec.loader is not None
reading = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(reading)


def test_plover_folds_by_id_parity():
    assert reading.plover_fold("PLOVER-GSR01-DISAPPROVE-0001") == "odd"
    assert reading.plover_fold("PLOVER-GSR01-AID-0012") == "even"


def test_bbc_folds_by_article_number():
    assert reading.bbc_fold("bbc-politics-110.json") == "101-110"
    assert reading.bbc_fold("bbc-politics-111.txt") == "111-120"


def test_scorer_lines_are_read():
    line = ("plover: type 0.89 | actor 0.80 | recipient 0.75 | full 0.74 | precision 0.92 (163 events) | n=163")
    assert reading._plover(line) == "type 0.89  full 0.74  precision 0.92  (n=163)"
    art = "articles (10): actors P 0.78 R 0.80 F1 0.79 kind 0.86 | events P 0.55 R 0.13 F1 0.21 (22 found)"
    assert reading._nums(art, "events P", r"events P [0-9.]+ R") == ["0.55", "0.13"]
    assert reading._nums("nothing here", "value F1") == ["?"]


def test_skips_without_shared(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(reading, "SCORE", tmp_path / "missing.py")
    assert reading.main(["--out", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
