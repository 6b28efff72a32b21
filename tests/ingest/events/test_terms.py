"""Acts done under an agreement commit their doers (events.terms), on hand-built Docs and the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.terms import terms_verb
from graphkit.models import Article


def _under(vocab, prep="Under", noun="agreement", mod=None):
    # <prep> the [<mod>] <noun> , Iran will supply Syria
    words = [prep, "the", *([mod] if mod else []), noun, ",", "Iran", "will", "supply", "Syria"]
    n, verb = words.index(noun), words.index("supply")
    heads = [verb, n, *([n] if mod else []), 0, verb, verb, verb, verb, verb]
    deps = ["prep", "det", *(["amod"] if mod else []), "pobj", "punct", "nsubj", "aux", "ROOT", "dobj"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=[w.lower() for w in words])
    return terms_verb(doc[n])


def _terms_of(vocab):
    # Under the terms of the accord , Iran will supply Syria
    words = ["Under", "the", "terms", "of", "the", "accord", ",", "Iran", "will", "supply", "Syria"]
    heads = [9, 2, 0, 2, 5, 3, 9, 9, 9, 9, 9]
    deps = ["prep", "det", "pobj", "prep", "det", "pobj", "punct", "nsubj", "aux", "ROOT", "dobj"]
    lemmas = [{"terms": "term"}.get(w, w.lower()) for w in words]
    return terms_verb(Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)[5])


def test_an_act_under_an_agreement_is_its_terms(vocab):
    assert _under(vocab).text == "supply"
    assert _under(vocab, noun="pact").text == "supply"
    assert _terms_of(vocab).text == "supply"


def test_proposed_agreements_other_nouns_and_other_prepositions_are_no_terms(vocab):
    assert _under(vocab, mod="proposed") is None
    assert _under(vocab, noun="pressure") is None
    assert _under(vocab, prep="Despite") is None


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, e.certainty, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events}


def test_the_doer_under_an_agreement_agrees_with_those_its_act_is_aimed_at(nlp):
    got = _events(nlp, "Under the agreement, Iran will supply Syria with oil.")
    assert ("AGREE", "asserted", ("Iran",), ("Syria",)) in got
    got = _events(nlp, "Under the terms of the accord, the United States will give Pakistan 4 billion dlrs in aid.")
    assert ("AGREE", "asserted", ("United States",), ("Pakistan",)) in got
    assert ("AID", "possible", ("United States",), ("Pakistan",)) in got


def test_acting_under_pressure_or_a_proposed_accord_agrees_to_nothing(nlp):
    for text in ("Under pressure from Washington, Japan will open its markets.",
                 "Under the proposed agreement, Iran would supply Syria with oil."):
        assert not any(e[0] == "AGREE" for e in _events(nlp, text))
