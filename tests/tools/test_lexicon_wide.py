"""tools/lexicon_wide.py: wider proposals for the curated channel (skipped without nltk or WordNet)."""
from __future__ import annotations

import gzip
import json

from tests.tools.conftest import load_tool

grow = load_tool("grow_lexicon")
wide = load_tool("lexicon_wide")


def _grown_rows():
    text = (grow.HAND.parent / "lexicon_wordnet.tsv").read_text()
    return [r for r in text.splitlines() if r and not r.startswith("#")]


def test_verb_object_idioms_become_object_conditions(wn):
    assert wide.idiom_entry(wn, "open_fire") == ("open", "obj=fire")
    assert wide.idiom_entry(wn, "shed_blood") == ("shed", "obj=blood")
    assert wide.idiom_entry(wn, "step_down") == ("step", "prt=down")  # a particle stays a particle
    assert wide.idiom_entry(wn, "take_the_floor") is None


def test_the_nearest_anchor_decides_the_category_and_two_categories_none(wn):
    table = {wn.synset("attack.v.01"): {"ASSAULT"}, wn.synset("criticize.v.01"): {"ACCUSE", "ASSAULT"}}
    cat, path = wide.nearest(wn.synset("bombard.v.02"), table, 3)
    assert cat == "ASSAULT" and path.startswith("attack.v.01<") and path.endswith("bombard.v.02")
    assert wide.nearest(wn.synset("criticize.v.01"), table, 3) is None
    assert wide.nearest(wn.synset("eat.v.01"), table, 3) is None


def test_anchors_hold_seeds_grown_senses_and_hand_senses(wn):
    table = wide.anchors(wn, grow.hand_lines(), _grown_rows())
    assert "ASSAULT" in table[wn.synset("bombing.n.01")]  # a noun root of lexicon_propose
    assert table[wn.synset("upbraid.v.01")] == {"ACCUSE"}  # the sense a grown row ends in


def test_deep_hyponyms_pass_only_when_their_gloss_names_the_category(wn):
    root = wn.synset("attack.v.01")
    got = {p[3] for p in wide._hypo(wn, {root: {"ASSAULT"}})}
    assert "strafe.v.01" in got  # "attack with machine guns or automatic fire"
    assert all(any(w in wn.synset(name).definition().lower() for w in wide.GLOSS_WORDS["ASSAULT"]) for name in got)
    below = {h.name() for h in root.closure(lambda s: s.hyponyms())}
    assert below - got  # some hyponyms fail the gloss test


def test_political_uses_count_only_political_articles(wn, tmp_path):
    path = tmp_path / "r.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for text in ("Rebels shelled the town, the army said.", "Profits shelled out to holders.",
                     "The government shells villages."):
            f.write(json.dumps({"text": text}) + "\n")
    uses, lines = wide.political_uses(wn, {"shell"}, path, per=1)
    assert uses["shell"] == 2 and len(lines["shell"]) == 1 and "shelled" in lines["shell"][0]
