"""Lexicon senses read in unseen whole articles (recall16): labour strikes by workers, reaffirmed accords."""
from __future__ import annotations

from tests.ingest.events.test_find import events_of


def _strike(agent, lemma, kind="group"):
    # The port closed after a strike by <agent>
    rows = [("The", 1, "det", "DET", "the"), ("port", 2, "nsubj", "NOUN", "port"),
            ("closed", 2, "ROOT", "VERB", "close"),
            ("after", 2, "prep", "ADP", "after"), ("a", 5, "det", "DET", "a"), ("strike", 3, "pobj", "NOUN", "strike"),
            ("by", 5, "prep", "ADP", "by"), (agent, 6, "pobj", "NOUN", lemma)]
    return rows, {7: (agent.lower(), kind)}


def test_a_strike_by_workers_is_a_labour_strike(vocab):
    assert events_of(vocab, *_strike("dockworkers", "dockworker")) == [
        ("PROTEST", "struck against", ["dockworkers"], [], "asserted")]
    assert events_of(vocab, *_strike("miners", "miner")) == [("PROTEST", "struck against", ["miners"], [], "asserted")]


def test_a_strike_by_pilots_or_troops_is_not_read_as_a_labour_strike(vocab):
    assert events_of(vocab, *_strike("pilots", "pilot")) == []
    assert events_of(vocab, *_strike("troops", "troop")) == []


def _affirmed(verb, lemma, noun):
    # Japan <verb> the <noun>
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", lemma),
            ("the", 3, "det", "DET", "the"), (noun, 1, "dobj", "NOUN", noun)]
    return rows, {0: ("japan", "country")}


def test_reaffirming_or_renewing_an_agreement_commits_to_it_again(vocab):
    assert events_of(vocab, *_affirmed("reaffirmed", "reaffirm", "accord")) == [
        ("AGREE", "agreed with", ["japan"], [], "asserted")]
    assert events_of(vocab, *_affirmed("renewed", "renew", "pact")) == [
        ("AGREE", "agreed with", ["japan"], [], "asserted")]


def test_reaffirming_a_view_is_no_agreement(vocab):
    assert events_of(vocab, *_affirmed("reaffirmed", "reaffirm", "view")) == []
