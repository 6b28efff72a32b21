"""Actors a noun phrase names (:mod:`graphkit.ingest.events.phrases`) on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.phrases import add_new, antecedent, arg_actors, np_actors, prep_actors
from tests.ingest.events.test_find import parse


def test_plural_reference_gives_every_actor(vocab):
    doc = Doc(vocab, words=["the", "two", "countries"], heads=[2, 2, 2], deps=["det", "nummod", "ROOT"])
    layer = ActorLayer(token_actor={2: "qatar"}, plural={2: ["qatar", "turkey"]})
    assert np_actors(doc[2], layer) == ["qatar", "turkey"]


def test_agent_of_a_participle_inside_the_object(vocab):
    # (prevented) the demonstration staged by students
    doc = Doc(vocab, words=["demonstration", "staged", "by", "students"], heads=[0, 0, 1, 2],
              deps=["ROOT", "acl", "agent", "pobj"])
    layer = ActorLayer(token_actor={3: "students"})
    assert arg_actors(doc[0], layer) == ["students"]


def test_an_act_with_a_party_of_its_own_is_not_the_place_it_is_done_in(vocab):
    # (signed) an agreement with France in Paris: France; an agreement in Paris: Paris
    doc = Doc(vocab, words=["agreement", "with", "France", "in", "Paris"], heads=[0, 0, 1, 0, 3],
              deps=["ROOT", "prep", "pobj", "prep", "pobj"],
              lemmas=["agreement", "with", "France", "in", "Paris"])
    layer = ActorLayer(token_actor={2: "fra", 4: "paris"})
    assert arg_actors(doc[0], layer) == ["fra"]
    doc = Doc(vocab, words=["agreement", "in", "Paris"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
              lemmas=["agreement", "in", "Paris"])
    assert arg_actors(doc[0], ActorLayer(token_actor={2: "paris"})) == ["paris"]


def test_allegiance_adjective_gives_the_actor_acted_for(vocab):
    # militants loyal to Zarqawi
    doc = Doc(vocab, words=["militants", "loyal", "to", "Zarqawi"], heads=[0, 0, 1, 2],
              deps=["ROOT", "amod", "prep", "pobj"])
    layer = ActorLayer(token_actor={3: "zarqawi"})
    assert np_actors(doc[0], layer) == ["zarqawi"]
    doc = Doc(vocab, words=["militants", "angry", "at", "Zarqawi"], heads=[0, 0, 1, 2],
              deps=["ROOT", "amod", "prep", "pobj"])
    assert np_actors(doc[0], layer) == []


def test_of_phrase_countries_and_a_with_phrase_recipient(vocab):
    # talks with the ministers of Qatar and Turkey
    doc = Doc(vocab, words=["talks", "with", "ministers", "of", "Qatar", "and", "Turkey"],
              heads=[0, 0, 1, 2, 3, 4, 4], deps=["ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj"])
    layer = ActorLayer(token_actor={4: "qatar", 6: "turkey"})
    assert prep_actors(doc[0], layer) == ["qatar", "turkey"]
    assert prep_actors(doc[0], layer, {"against"}) == []


def test_a_relative_pronoun_stands_for_the_noun_its_clause_modifies(vocab):
    # Egypt, which drafted the plan
    doc = Doc(vocab, words=["Egypt", ",", "which", "drafted", "plan"], heads=[0, 0, 3, 0, 3],
              deps=["ROOT", "punct", "nsubj", "relcl", "dobj"], tags=["NNP", ",", "WDT", "VBD", "NN"])
    assert antecedent(doc[2]).text == "Egypt"
    layer = ActorLayer(token_actor={0: "egypt"})
    assert np_actors(doc[2], layer) == ["egypt"]


def test_add_new_keeps_order_and_skips_repeats():
    out = ["a"]
    add_new(out, ["b", "", "a", "b", "c"])
    assert out == ["a", "b", "c"]


def _who_met(verb="met", tag="VBD"):
    # Kohl and Mitterrand , who <verb> , agreed
    rows = [("Kohl", 7, "nsubj", "PROPN", "Kohl"), ("and", 0, "cc", "CCONJ", "and"),
            ("Mitterrand", 0, "conj", "PROPN", "Mitterrand"), (",", 0, "punct", "PUNCT", ","),
            ("who", 5, "nsubj", "PRON", "who"), (verb, 0, "relcl", "VERB", verb), (",", 0, "punct", "PUNCT", ","),
            ("agreed", 7, "ROOT", "VERB", "agree")]
    return rows, tag


def test_a_relative_clause_after_a_coordination_stands_for_all_of_it(vocab):
    rows, tag = _who_met()
    doc, layer = parse(vocab, rows, {0: ("kohl", "person"), 2: ("mitterrand", "person")})
    doc[4].tag_, doc[5].tag_ = "WP", tag
    assert np_actors(doc[4], layer) == ["kohl", "mitterrand"]


def test_a_singular_relative_clause_stands_for_one_name(vocab):
    rows, tag = _who_met("is", "VBZ")
    doc, layer = parse(vocab, rows, {0: ("kohl", "person"), 2: ("mitterrand", "person")})
    doc[4].tag_, doc[5].tag_ = "WP", tag
    assert np_actors(doc[4], layer) == ["kohl"]


def test_a_body_led_by_someone_acts_for_its_leader(vocab):
    # "a delegation led by Kuranari"
    rows = [("a", 1, "det", "DET", "a"), ("delegation", 1, "ROOT", "NOUN", "delegation"),
            ("led", 1, "acl", "VERB", "lead"), ("by", 2, "agent", "ADP", "by"),
            ("Kuranari", 3, "pobj", "PROPN", "Kuranari")]
    doc, layer = parse(vocab, rows, {4: ("kuranari", "person")})
    assert np_actors(doc[1], layer) == ["kuranari"]
    rows[2] = ("sent", 1, "acl", "VERB", "send")  # "a delegation sent by X" is no body X leads
    doc, layer = parse(vocab, rows, {4: ("kuranari", "person")})
    assert np_actors(doc[1], layer) == []


def test_every_member_named_for_a_set_does_what_the_set_did(vocab):
    # "The countries that criticised Iran included Britain and France"
    rows = [("The", 1, "det", "DET", "the"), ("countries", 5, "nsubj", "NOUN", "country"),
            ("that", 3, "nsubj", "PRON", "that"), ("criticised", 1, "relcl", "VERB", "criticise"),
            ("Iran", 3, "dobj", "PROPN", "Iran"), ("included", 5, "ROOT", "VERB", "include"),
            ("Britain", 5, "dobj", "PROPN", "Britain"), ("and", 6, "cc", "CCONJ", "and"),
            ("France", 6, "conj", "PROPN", "France")]
    doc, layer = parse(vocab, rows, {4: ("irn", "country"), 6: ("gbr", "country"), 8: ("fra", "country")})
    doc[2].tag_ = "WDT"
    assert np_actors(doc[2], layer) == ["gbr", "fra"]


def test_a_statement_subject_speaks_for_its_author(vocab):
    # "A statement issued by Japan criticised Iran"
    rows = [("A", 1, "det", "DET", "a"), ("statement", 5, "nsubj", "NOUN", "statement"),
            ("issued", 1, "acl", "VERB", "issue"), ("by", 2, "agent", "ADP", "by"),
            ("Japan", 3, "pobj", "PROPN", "Japan"),
            ("criticised", 5, "ROOT", "VERB", "criticise"), ("Iran", 5, "dobj", "PROPN", "Iran")]
    doc, layer = parse(vocab, rows, {4: ("jpn", "country"), 6: ("irn", "country")})
    doc[2].tag_ = "VBN"
    assert np_actors(doc[1], layer) == ["jpn"]
    doc[1].dep_ = "dobj"  # an object statement is not the author speaking ("Iran rejected a statement by Japan")
    assert np_actors(doc[1], layer) == []


def test_negated_set_membership_names_no_member():
    from spacy.vocab import Vocab

    from graphkit.ingest.events.phrases import _set_member
    words = ["Britain", "was", "not", "among", "the", "countries"]
    kw = dict(heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "neg", "prep", "det", "pobj"],
              lemmas=["Britain", "be", "not", "among", "the", "country"])
    assert _set_member(Doc(Vocab(), words=words, **kw)[5]) is None
    pos = Doc(Vocab(), words=["Britain", "was", "among", "the", "countries"], heads=[1, 1, 1, 4, 2],
              deps=["nsubj", "ROOT", "prep", "det", "pobj"], lemmas=["Britain", "be", "among", "the", "country"])
    assert _set_member(pos[4]).text == "Britain"


def test_a_coordinated_phrase_of_the_same_preposition_names_recipients_too(vocab):
    # talks with Britain and with France
    rows = [("talks", 0, "ROOT", "NOUN", "talk"), ("with", 0, "prep", "ADP", "with"),
            ("Britain", 1, "pobj", "PROPN", "Britain"), ("and", 1, "cc", "CCONJ", "and"),
            ("with", 1, "conj", "ADP", "with"), ("France", 4, "pobj", "PROPN", "France")]
    doc, layer = parse(vocab, rows, {2: ("gbr", "country"), 5: ("fra", "country")})
    assert prep_actors(doc[0], layer, {"with"}) == ["gbr", "fra"]
    assert prep_actors(doc[0], layer, {"on"}) == []
