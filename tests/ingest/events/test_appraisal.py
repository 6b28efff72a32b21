"""Rule tests for judgements passed by a speaker (praise, criticism, gladness) on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.appraisal import find_appraisals
from graphkit.ingest.events.find import find_events
from graphkit.ingest.words import word_list
from graphkit.models import Actor, Article


def parse(vocab, rows, actors):
    """A Doc from ``(word, head, dep, pos, lemma[, tag])`` rows and a layer from ``{index: id}``."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], tags=[r[5] if len(r) > 5 else "" for r in rows],
              sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="person"))
        layer.token_actor[i] = aid
    return doc, layer


def events_of(vocab, rows, actors):
    doc, layer = parse(vocab, rows, actors)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.label, e.actors, e.recipients, e.certainty) for e in events]


# "Lord Janner branded Harry 's actions stupid"
BRANDED = [("Janner", 1, "nsubj", "PROPN", "Janner"), ("branded", 1, "ROOT", "VERB", "brand"),
           ("Harry", 4, "poss", "PROPN", "Harry"), ("'s", 2, "case", "PART", "'s"),
           ("actions", 1, "dobj", "NOUN", "action"), ("stupid", 1, "oprd", "ADJ", "stupid")]


def test_the_adjective_classes_come_from_wordnet():
    assert {"disgraceful", "irresponsible", "disappointing", "stupid"} <= word_list("class_condemn")
    assert {"admirable", "excellent", "good"} <= word_list("class_praise")
    assert {"delighted", "pleased", "happy"} <= word_list("class_glad")
    assert not word_list("class_condemn") & word_list("class_praise")


def test_calling_an_actors_act_bad_criticises_the_actor(vocab):
    assert events_of(vocab, BRANDED, {0: "janner", 2: "harry"}) == [
        ("ACCUSE", "criticized", ["janner"], ["harry"], "asserted")]


def test_a_judgement_of_nobody_is_no_event(vocab):
    rows = list(BRANDED)
    rows[2] = ("the", 4, "det", "DET", "the")
    rows[3] = ("new", 4, "amod", "ADJ", "new")
    doc, layer = parse(vocab, rows, {0: "janner"})
    assert find_appraisals(doc, layer) == []


def test_a_neutral_predicate_is_no_judgement(vocab):
    rows = list(BRANDED)
    rows[5] = ("unusual", 1, "oprd", "ADJ", "unusual")
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == []


def test_saying_an_actor_is_good_praises_it(vocab):
    # "Butler-Sloss said Scarman was an excellent judge"
    rows = [("Butler-Sloss", 1, "nsubj", "PROPN", "Butler-Sloss"), ("said", 1, "ROOT", "VERB", "say"),
            ("Scarman", 3, "nsubj", "PROPN", "Scarman"), ("was", 1, "ccomp", "AUX", "be"),
            ("an", 6, "det", "DET", "an"), ("excellent", 6, "amod", "ADJ", "excellent"),
            ("judge", 3, "attr", "NOUN", "judge")]
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == [
        ("SUPPORT", "praised", ["butler-sloss"], ["scarman"], "asserted")]
    # a forecast is no judgement: "said Scarman would be an excellent judge"
    rows = [("Butler-Sloss", 1, "nsubj", "PROPN", "Butler-Sloss"), ("said", 1, "ROOT", "VERB", "say"),
            ("Scarman", 4, "nsubj", "PROPN", "Scarman"), ("would", 4, "aux", "AUX", "would", "MD"),
            ("be", 1, "ccomp", "AUX", "be"), ("an", 7, "det", "DET", "an"),
            ("excellent", 7, "amod", "ADJ", "excellent"), ("judge", 4, "attr", "NOUN", "judge")]
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == []
    rows[3] = ("not", 4, "neg", "PART", "not")  # nor is a negated one
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == []
    rows[3] = ("surely", 4, "advmod", "ADV", "surely")
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == [
        ("SUPPORT", "praised", ["butler-sloss"], ["scarman"], "asserted")]


def test_the_speakers_gladness_supports_whom_it_is_for(vocab):
    # "Blair said he was delighted for Charles"
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 3, "nsubj", "PRON", "he", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
            ("delighted", 3, "acomp", "ADJ", "delighted"), ("for", 4, "prep", "ADP", "for"),
            ("Charles", 5, "pobj", "PROPN", "Charles")]
    assert events_of(vocab, rows, {0: "blair", 2: "blair", 6: "charles"}) == [
        ("SUPPORT", "supported", ["blair"], ["charles"], "asserted")]
    # someone else's gladness is no act of the speaker: "Blair said Howard was delighted for Charles"
    rows[2] = ("Howard", 3, "nsubj", "PROPN", "Howard")
    assert events_of(vocab, rows, {0: "blair", 2: "howard", 6: "charles"}) == []
