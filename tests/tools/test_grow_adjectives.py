"""tools/grow_adjectives.py: predicate adjectives of attitude from WordNet (skipped without it)."""
from __future__ import annotations

from tests.tools.conftest import load_tool

grow = load_tool("grow_adjectives")


def test_seeds_and_their_common_similar_senses_are_grown(wn):
    rows = {(r[0], r[1]): r[2] for r in grow.grow(wn)}
    assert rows["critical", "prep=of"] == "ACCUSE"
    assert rows["furious", "prep=at|with|over|about|by|toward|towards"] == "ACCUSE"  # similar to angry
    assert rows["furious", "comp=*clause"] == "ACCUSE"
    assert rows["grateful", "prep=to"] == "SUPPORT"
    assert ("critical", "comp=*clause") not in rows  # a trait of judging, not a feeling about a fact
    words = {w for w, _ in rows}
    assert "black" not in words  # angry only in a rare sense
    assert "amused" not in words  # similar to pleased, but no approval


def test_the_script_regenerates_the_data_file(wn, tmp_path):
    out = tmp_path / "lexicon_adjectives.tsv"
    assert grow.main(["--out", str(out)]) == 0
    assert out.read_text() == grow.OUT.read_text()
