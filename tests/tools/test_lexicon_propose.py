"""tools/lexicon_propose.py: proposals for the curated channel (skipped without nltk or WordNet)."""
from __future__ import annotations

import gzip
import json

from tests.tools.conftest import load_tool

grow = load_tool("grow_lexicon")
propose = load_tool("lexicon_propose")


def _grown_rows():
    text = (grow.HAND.parent / "lexicon_wordnet.tsv").read_text()
    return [r for r in text.splitlines() if r and not r.startswith("#")]


def test_an_alternative_list_counts_as_each_of_its_conditions():
    have, bare = propose.known_entries([["V", "back", "prt=down|off|away", "CONCEDE", ".", "x"],
                                        ["V", "hit", ".", "ASSAULT", ".", "x"]], [])
    assert ("V", "back", "prt=off") in have and ("V", "back", "prt=down|off|away") in have
    assert bare == {("V", "hit"): "ASSAULT"}


def test_judged_and_known_entries_are_not_proposed_again(wn, tmp_path):
    lines, rows = grow.hand_lines(), _grown_rows()
    fresh = propose.proposals(wn, "class", lines, rows, tmp_path / "none.tsv")
    keys = {p[:3] for p in fresh}
    assert ("V", "drop", "obj=@weapon") not in keys  # accepted before: in the grown lexicon now
    cur = tmp_path / "c.tsv"
    cur.write_text("V\tsmuggle\tobj=@weapon\tsmuggle.v.01\tAID\treject\ta crime, no aid\tclass:x\n")
    assert ("V", "smuggle", "obj=@weapon") in {p[:3] for p in propose.proposals(wn, "class", lines, [], tmp_path / "n")}
    assert ("V", "smuggle", "obj=@weapon") not in {p[:3] for p in propose.proposals(wn, "class", lines, [], cur)}


def test_root_proposals_carry_their_path_and_never_a_known_bare_sense(wn, tmp_path):
    lines, rows = grow.hand_lines(), _grown_rows()
    fresh = propose.proposals(wn, "roots", lines, rows, tmp_path / "none.tsv")
    have, bare = propose.known_entries(lines, rows)
    assert fresh and all(p[5].startswith("root:") for p in fresh)
    assert not any(p[2] == "." and (p[0], p[1]) in bare for p in fresh)


def test_concordance_counts_every_form_of_a_lemma(wn, tmp_path):
    path = tmp_path / "r.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for text in ("Rebels shelled the town.", "The army shells villages and shelling went on.", "No match."):
            f.write(json.dumps({"text": text}) + "\n")
    conc = propose.concordance(path, {"shell"}, wn, per=2)
    assert conc["#shell"] == ["3"]  # "shelled", "shells" and "shelling" (a form of the verb too)
    assert len(conc["shell"]) == 2 and "shelled" in conc["shell"][0]
