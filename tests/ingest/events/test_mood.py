"""A verb of demanding or asserting ("insist") demands with a subjunctive, asserts with an indicative."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.mood import admits_a_fact, asserts_a_fact, shares_a_view


def insisted(vocab, content):
    """ "Japan insisted (that) Washington <content...> sanctions" with the content's (word, tag, dep) rows."""
    words = ["Japan", "insisted", "that", "Washington"] + [w for w, _, _ in content] + ["sanctions"]
    verb = 4 + next(k for k, (_, _, d) in enumerate(content) if d == "ccomp")
    heads = [1, 1, verb, verb] + [1 if d == "ccomp" else verb for _, _, d in content] + [verb]
    deps = ["nsubj", "ROOT", "mark", "nsubj"] + [d for _, _, d in content] + ["dobj"]
    tags = ["NNP", "VBD", "IN", "NNP"] + [t for _, t, _ in content] + ["NNS"]
    lemmas = ["Japan", "insist", "that", "Washington"] + [w for w, _, _ in content] + ["sanction"]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize("content,expected", [
    ([("lift", "VB", "ccomp")], False),                         # subjunctive: a demand
    ([("should", "MD", "aux"), ("lift", "VB", "ccomp")], False),  # "should": a demand
    ([("lifted", "VBD", "ccomp")], True),                       # a past: a claim
    ([("has", "VBZ", "aux"), ("lifted", "VBN", "ccomp")], True),  # a perfect: a claim
    ([("would", "MD", "aux"), ("lift", "VB", "ccomp")], True),   # a reported future: a claim
])
def test_insist_demands_with_a_subjunctive_and_asserts_with_an_indicative(vocab, content, expected):
    doc = insisted(vocab, content)
    assert asserts_a_fact(doc[1]) is expected


def test_insist_on_and_other_verbs_demand(vocab):
    # Japan insisted on talks  /  Japan demanded that Washington lifted sanctions
    doc = Doc(vocab, words=["Japan", "insisted", "on", "talks"], heads=[1, 1, 1, 2],
              deps=["nsubj", "ROOT", "prep", "pobj"], tags=["NNP", "VBD", "IN", "NNS"],
              lemmas=["Japan", "insist", "on", "talk"])
    assert not asserts_a_fact(doc[1])
    doc = insisted(vocab, [("lifted", "VBD", "ccomp")])
    doc[1].lemma_ = "demand"
    assert not asserts_a_fact(doc[1])


def _admitted(vocab, verb, lemma, content):
    """ "Iraq <verb> (that) it <content...>" with the content's (word, dep) rows; the content verb is "ccomp"."""
    words = ["Iraq", verb, "that", "it"] + [w for w, _ in content]
    head = 4 + next(k for k, (_, d) in enumerate(content) if d == "ccomp")
    heads = [1, 1, head, head] + [1 if d == "ccomp" else head for _, d in content]
    deps = ["nsubj", "ROOT", "mark", "nsubj"] + [d for _, d in content]
    lemmas = ["Iraq", lemma, "that", "it"] + [w for w, _ in content]
    return Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


@pytest.mark.parametrize("verb,lemma,content,expected", [
    ("admitted", "admit", [("lost", "ccomp"), ("ground", "dobj")], True),                   # a fact: a statement
    ("conceded", "concede", [("will", "aux"), ("not", "neg"), ("meet", "ccomp")], True),    # nothing promised
    ("conceded", "concede", [("would", "aux"), ("withdraw", "ccomp")], False),              # a yielding
    ("insisted", "insist", [("lost", "ccomp"), ("ground", "dobj")], False),                 # no verb of admitting
])
def test_admitting_a_fact_is_a_statement(vocab, verb, lemma, content, expected):
    assert admits_a_fact(_admitted(vocab, verb, lemma, content)[1]) is expected


def test_admitting_with_an_object_yields(vocab):
    # Iraq conceded defeat
    doc = Doc(vocab, words=["Iraq", "conceded", "defeat"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              lemmas=["Iraq", "concede", "defeat"])
    assert not admits_a_fact(doc[1])


def agreed(vocab, content, lemma="agree"):
    """ "they agreed that talks <content...>" with the content's (word, tag, dep, lemma) rows."""
    words = ["they", "agreed", "that", "talks"] + [w for w, _, _, _ in content]
    verb = 4 + next(k for k, (_, _, d, _) in enumerate(content) if d == "ccomp")
    heads = [1, 1, verb, verb] + [1 if d == "ccomp" else verb for _, _, d, _ in content]
    deps = ["nsubj", "ROOT", "mark", "nsubj"] + [d for _, _, d, _ in content]
    tags = ["PRP", "VBD", "IN", "NNS"] + [t for _, t, _, _ in content]
    lemmas = ["they", lemma, "that", "talk"] + [m for _, _, _, m in content]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


@pytest.mark.parametrize("content,expected", [
    ([("were", "VBD", "ccomp", "be"), ("useful", "JJ", "acomp", "useful")], True),   # a view
    ([("would", "MD", "aux", "would"), ("be", "VB", "ccomp", "be"), ("useful", "JJ", "acomp", "useful")], True),
    ([("had", "VBD", "aux", "have"), ("failed", "VBN", "ccomp", "fail")], True),     # a view of the past
    ([("would", "MD", "aux", "would"), ("resume", "VB", "ccomp", "resume")], False),  # a decision
    ([("should", "MD", "aux", "should"), ("be", "VB", "auxpass", "be"), ("held", "VBN", "ccomp", "hold")], False),
    ([("be", "VB", "auxpass", "be"), ("held", "VBN", "ccomp", "hold")], False),      # a subjunctive: decided
])
def test_agreeing_on_a_view_is_no_agreement_to_act(vocab, content, expected):
    assert shares_a_view(agreed(vocab, content)[1]) is expected


def test_only_verbs_of_agreeing_and_only_with_a_finite_clause_share_a_view(vocab):
    content = [("were", "VBD", "ccomp", "be"), ("useful", "JJ", "acomp", "useful")]
    assert not shares_a_view(agreed(vocab, content, lemma="decide")[1])
    # "they agreed to talk": an infinitive, no clause
    doc = Doc(vocab, words=["they", "agreed", "to", "talk"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "aux", "xcomp"],
              lemmas=["they", "agree", "to", "talk"])
    assert not shares_a_view(doc[1])


def test_agreeing_on_a_view_and_agreeing_to_act_on_the_real_model(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    def types(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        return {e.type for e in recs.events if e.certainty == "asserted"}

    assert "AGREE" not in types("Japan and the United States agreed that the situation was serious.")
    assert "AGREE" in types("The Soviet Union agreed with the United States that talks should resume.")
