"""Organisations the article calls a company are firms: their plans are business."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.companies import firms_referred
from graphkit.models import Actor


def _doc(vocab, det, noun):
    # <det> <noun> said it will grow
    return Doc(vocab, words=[det, noun, "said", "it", "will", "grow"], heads=[1, 2, 2, 5, 5, 2],
               deps=["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp"],
               pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB"],
               lemmas=[det.lower(), noun, "say", "it", "will", "grow"])


def test_the_company_tied_to_an_organisation_makes_it_a_firm(vocab):
    actors = {"sas": Actor(id="sas", name="Scandinavian Airlines Systems", kind="organization")}
    assert firms_referred(_doc(vocab, "The", "company"), {1: "sas"}, actors) == {"sas"}
    assert firms_referred(_doc(vocab, "The", "airline"), {1: "sas"}, actors) == {"sas"}


def test_other_descriptions_and_coded_bodies_are_left_alone(vocab):
    org = Actor(id="x", name="X", kind="organization")
    assert firms_referred(_doc(vocab, "The", "committee"), {1: "x"}, {"x": org}) == set()  # no company noun
    assert firms_referred(_doc(vocab, "A", "company"), {1: "x"}, {"x": org}) == set()  # no definite description
    coded = Actor(id="g", name="Ministry", kind="organization", code="JPNGOV")
    assert firms_referred(_doc(vocab, "The", "company"), {1: "g"}, {"g": coded}) == set()
    person = Actor(id="p", name="Smith", kind="person")
    assert firms_referred(_doc(vocab, "The", "company"), {1: "p"}, {"p": person}) == set()


def test_a_company_s_promise_to_no_one_is_business_on_the_real_model(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = ("Scandinavian Airlines Systems, SAS, said it will improve cabin service next week. "
            "The company also said it will simplify timetables.")
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    assert [e for e in recs.events if e.certainty == "asserted"] == []
