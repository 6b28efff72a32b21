"""Hyphenated "re-" verbs made one word (graphkit.ingest.prepare.prefixes)."""
from __future__ import annotations

import spacy

from graphkit.ingest.prepare.prefixes import join_re_prefix, verb_base

VERBS = frozenset({"impose", "open", "submit", "affirm", "establish"})


def test_a_re_verb_is_one_token_with_the_verbs_lemma():
    doc = join_re_prefix(spacy.blank("en").make_doc("The U.S. re-imposed sanctions and re-affirmed it."), VERBS)
    words = [t.text for t in doc]
    assert "re-imposed" in words and "re-affirmed" in words
    assert doc[words.index("re-imposed")].lemma_ == "impose"
    assert doc[words.index("re-affirmed")].lemma_ == "affirm"
    assert doc.text == "The U.S. re-imposed sanctions and re-affirmed it."


def test_a_re_noun_and_a_spaced_hyphen_stay_apart():
    doc = join_re_prefix(spacy.blank("en").make_doc("his re-election and re - open"), VERBS)
    assert [t.text for t in doc] == ["his", "re", "-", "election", "and", "re", "-", "open"]


def test_regular_forms_lead_to_the_base():
    assert [verb_base(w, VERBS) for w in ("re", "opening", "submitting", "establishes", "imposes")] == [
        None, "open", "submit", "establish", "impose"]


def test_the_parser_reads_the_joined_verb(nlp):
    from graphkit.ingest.prepare.sentences import tokenize

    doc = nlp(tokenize(nlp, "Iraq re-opened the border with Iran."))
    verb = next(t for t in doc if t.text == "re-opened")
    assert verb.lemma_ == "open" and verb.pos_ == "VERB"
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["Iraq"]
