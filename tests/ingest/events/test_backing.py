"""Help or backing a clause is done with (graphkit.ingest.events.backing), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.backing import lent_backing
from graphkit.ingest.events.lexicon import lookup_verb
from tests.ingest.events.test_find import events_of, parse


def _built_with(noun, lemma, prep="of"):
    # Iran built it with the <noun> <prep> China
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("built", 1, "ROOT", "VERB", "build"),
            ("it", 1, "dobj", "PRON", "it"), ("with", 1, "prep", "ADP", "with"), ("the", 5, "det", "DET", "the"),
            (noun, 3, "pobj", "NOUN", lemma), (prep, 5, "prep", "ADP", prep), ("China", 6, "pobj", "PROPN", "China")]
    return rows, {0: ("iran", "country"), 7: ("china", "country")}


def test_help_a_clause_is_done_with_is_aid_from_its_giver_to_the_subject(vocab):
    rows, actors = _built_with("help", "help")
    assert ("AID", "aided", ["china"], ["iran"], "asserted") in events_of(vocab, rows, actors)
    rows, actors = _built_with("support", "support", prep="from")
    doc, layer = parse(vocab, rows, actors)
    assert [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in lent_backing(doc, layer)] == [
        ("SUPPORT", ["china"], ["iran"])]


def test_help_with_no_giver_or_not_in_a_with_phrase_gives_nothing(vocab):
    rows, actors = _built_with("help", "help")
    doc, layer = parse(vocab, rows, {0: ("iran", "country")})  # "with the help of computers"
    assert lent_backing(doc, layer) == []
    rows[3] = ("without", 1, "prep", "ADP", "without")
    doc, layer = parse(vocab, rows, actors)
    assert lent_backing(doc, layer) == []


def test_providing_a_party_with_aid_gives_it():
    assert lookup_verb("provide", with_={"loan"}).type == "AID"
    assert lookup_verb("furnish", with_={"credit"}).type == "AID"


def _had(noun, verb="had", verb_lemma="have", modifier=("World", "Bank")):
    # Argentina had World Bank <noun>
    rows = [("Argentina", 1, "nsubj", "PROPN", "Argentina"), (verb, 1, "ROOT", "VERB", verb_lemma),
            (modifier[0], 3, "compound", "PROPN", modifier[0]), (modifier[1], 4, "compound", "PROPN", modifier[1]),
            (noun, 1, "dobj", "NOUN", noun)]
    return rows, {0: ("argentina", "country"), 3: ("world-bank", "organization")}


def test_backing_a_modifier_names_is_given_to_whoever_has_it(vocab):
    from graphkit.ingest.events.backing import held_backing

    rows, actors = _had("support")
    doc, layer = parse(vocab, rows, actors)
    assert [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in held_backing(doc, layer)] == [
        ("SUPPORT", ["world-bank"], ["argentina"])]
    rows, actors = _had("help", "received", "receive")
    doc, layer = parse(vocab, rows, actors)
    assert [(c.trig.type, c.extra["actors"]) for c in held_backing(doc, layer)] == [("AID", ["world-bank"])]


def test_backing_had_with_no_party_in_its_modifier_or_not_had_gives_nothing(vocab):
    from graphkit.ingest.events.backing import held_backing

    rows, actors = _had("support")
    doc, layer = parse(vocab, rows, {0: ("argentina", "country")})  # "had strong public support"
    assert held_backing(doc, layer) == []
    rows, actors = _had("support", "discussed", "discuss")  # no verb of having or getting
    doc, layer = parse(vocab, rows, actors)
    assert held_backing(doc, layer) == []


def test_a_thing_that_has_a_partys_support_is_that_partys_support_of_no_party(vocab):
    from graphkit.ingest.events.backing import held_backing

    # the plan has the support of France / Kuwait has the support of France
    rows = [("the", 1, "det", "DET", "the"), ("plan", 2, "nsubj", "NOUN", "plan"), ("has", 2, "ROOT", "VERB", "have"),
            ("the", 4, "det", "DET", "the"), ("support", 2, "dobj", "NOUN", "support"), ("of", 4, "prep", "ADP", "of"),
            ("France", 5, "pobj", "PROPN", "France")]
    doc, layer = parse(vocab, rows, {6: ("fra", "country")})
    assert [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in held_backing(doc, layer)] == [
        ("SUPPORT", ["fra"], [])]
    rows[1] = ("Kuwait", 2, "nsubj", "PROPN", "Kuwait")  # a party has it: events.nominal reads it, not this
    doc, layer = parse(vocab, rows, {1: ("kwt", "country"), 6: ("fra", "country")})
    assert held_backing(doc, layer) == []
