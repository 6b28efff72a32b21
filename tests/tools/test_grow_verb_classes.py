"""tools/grow_verb_classes.py: verb classes of the event lexicon from WordNet (skipped without it)."""
from __future__ import annotations

from importlib import resources

from tests.tools.conftest import load_tool

grow = load_tool("grow_verb_classes")


def test_expressing_takes_verbs_of_affirming_and_repeating_not_of_reporting(wn):
    words = set(grow.verb_class_words(wn, grow.VERB_CLASSES["expressing"]))
    assert {"express", "voice", "reaffirm", "reiterate", "restate", "stress", "underline"} <= words
    assert not words & {"say", "tell", "state", "claim", "report"}  # a report or an argument takes no stance


def test_an_own_sense_root_gives_no_hyponyms(wn):
    assert grow.verb_class_words(wn, ("declare.v.01!",)) == ["declare"]
    assert "decree" in grow.verb_class_words(wn, ("declare.v.01",))


def test_the_packaged_class_is_what_the_tool_grows(wn):
    text = resources.files("graphkit.ingest").joinpath("data/words/class_expressing.txt").read_text()
    packaged = [w for w in text.splitlines() if w and not w.startswith("#")]
    assert packaged == grow.verb_class_words(wn, grow.VERB_CLASSES["expressing"])

