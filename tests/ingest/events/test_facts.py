"""Tests for graphkit.ingest.events.facts: what the lexicon's conditions read off the parse."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.facts import noun_facts, objects_of, verb_facts


class _NoActors:
    def at(self, i):
        return None


def _doc(words, heads, deps, lemmas=None, pos=None):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, lemmas=lemmas or [w.lower() for w in words],
               pos=pos or ["X"] * len(words))


def test_a_passive_subject_is_an_object():
    doc = _doc(["talks", "were", "held"], [2, 2, 2], ["nsubjpass", "auxpass", "ROOT"], ["talk", "be", "hold"])
    assert [t.text for t in objects_of(doc[2])] == ["talks"]


def test_verb_facts_read_particles_prepositions_and_negation():
    doc = _doc(["Iran", "did", "not", "back", "down", "on", "Iraq"], [3, 3, 3, 3, 3, 3, 5],
               ["nsubj", "aux", "neg", "ROOT", "prt", "prep", "pobj"])
    facts = verb_facts(doc[3], _NoActors())
    assert facts["neg"] is True and facts["prt"] == {"down"} and facts["prep"] == {"on"}
    assert facts["pobj"] == {"iraq"} and facts["subj"] == {"iran"}


def test_an_infinitive_without_its_own_subject_is_a_to_complement():
    doc = _doc(["told", "Japan", "to", "open"], [0, 0, 3, 0], ["ROOT", "dobj", "aux", "xcomp"])
    assert verb_facts(doc[0], _NoActors())["comp"] == {"open", "*to"}


def test_noun_facts_split_modifiers_of_object_and_other_prepositions():
    doc = _doc(["fresh", "attack", "of", "rebels", "on", "Kabul"], [1, 1, 1, 2, 1, 4],
               ["amod", "ROOT", "prep", "pobj", "prep", "pobj"], ["fresh", "attack", "of", "rebel", "on", "kabul"])
    assert noun_facts(doc[1]) == {"mod": {"fresh"}, "obj": {"rebel"}, "pobj": {"kabul"}}


class _Layer:
    def __init__(self, actors):
        self._actors = actors
        self.actors = {}

    def at(self, i):
        return self._actors.get(i)

    def all_at(self, i):
        return [self._actors[i]] if i in self._actors else []


def test_a_clause_whose_active_subject_is_an_actor_is_marked():
    # "wants Japan to open" / "recommended that Japan be charged"
    pos = ["VERB", "PROPN", "PART", "VERB"]
    doc = _doc(["wants", "Japan", "to", "open"], [0, 3, 3, 0], ["ROOT", "nsubj", "aux", "ccomp"], pos=pos)
    assert "*actor" in verb_facts(doc[0], _Layer({1: "japan"}))["comp"]
    assert "*actor" not in verb_facts(doc[0], _Layer({}))["comp"]
    doc = _doc(["recommended", "Japan", "be", "charged"], [0, 3, 3, 0], ["ROOT", "nsubjpass", "auxpass", "ccomp"],
               pos=pos)
    assert "*actor" not in verb_facts(doc[0], _Layer({1: "japan"}))["comp"]
    # "wanted it to ...": a pronoun standing for an actor is no party asked
    doc = _doc(["wanted", "it", "to", "open"], [0, 3, 3, 0], ["ROOT", "nsubj", "aux", "ccomp"],
               pos=["VERB", "PRON", "PART", "VERB"])
    assert "*actor" not in verb_facts(doc[0], _Layer({1: "japan"}))["comp"]


def test_a_bare_singular_noun_is_a_mass_use_and_a_counted_one_is_not():
    from graphkit.ingest.events.facts import mass_use

    def tagged(words, heads, deps, tags, pos):
        return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)

    meet = tagged(["meet", "demand", "from", "investors"], [0, 0, 1, 2], ["ROOT", "dobj", "prep", "pobj"],
                  ["VB", "NN", "IN", "NNS"], ["VERB", "NOUN", "ADP", "NOUN"])
    assert mass_use(meet[1])
    assert "*mass" in noun_facts(meet[1])["mod"]
    assert "*mass" in verb_facts(meet[0], _NoActors())["obj"]
    their = tagged(["their", "demand"], [1, 1], ["poss", "ROOT"], ["PRP$", "NN"], ["PRON", "NOUN"])
    assert not mass_use(their[1])
    plural = tagged(["demands"], [0], ["ROOT"], ["NNS"], ["NOUN"])
    assert not mass_use(plural[0])
    named = tagged(["U.N.", "demand"], [1, 1], ["compound", "ROOT"], ["NNP", "NN"], ["PROPN", "NOUN"])
    assert not mass_use(named[1])  # a headline's "U.N. demand" is one act


def test_a_noun_a_country_owns_and_a_country_subject_are_a_states():
    from graphkit.ingest.events.facts import state_owned

    doc = Doc(Vocab(), words=["Norway", "'s", "boycott"], heads=[2, 0, 2], deps=["poss", "case", "ROOT"],
              ents=["B-GPE", "O", "O"])
    assert state_owned(doc[2]) and "*state" in noun_facts(doc[2])["mod"]
    doc = Doc(Vocab(), words=["Norway", "boycotted", "goods"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              ents=["B-GPE", "O", "O"])
    assert "*state" in verb_facts(doc[1], _NoActors())["subj"]
    doc = Doc(Vocab(), words=["consumers", "boycotted", "goods"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    assert "*state" not in verb_facts(doc[1], _NoActors())["subj"]


def test_a_bare_indirect_object_actor_counts_as_a_pobj_actor():
    # "granted Argentina 500 mln dlrs": Argentina is whom it was granted to, as in "granted 500 mln dlrs to Argentina"
    doc = _doc(["granted", "Argentina", "500", "mln", "dlrs"], [0, 0, 4, 4, 0],
               ["ROOT", "dative", "nummod", "amod", "dobj"])
    facts = verb_facts(doc[0], _Layer({1: "argentina"}))
    assert "*actor" in facts["pobj"] and "$" in facts["obj"]
    assert "*actor" not in verb_facts(doc[0], _Layer({}))["pobj"]
    # a "to" dative is a preposition whose own object is read, not the preposition
    doc = _doc(["granted", "dlrs", "to", "Argentina"], [0, 0, 0, 2], ["ROOT", "dobj", "dative", "pobj"])
    assert "*actor" not in verb_facts(doc[0], _Layer({2: "argentina"}))["pobj"]
    assert "*actor" in verb_facts(doc[0], _Layer({3: "argentina"}))["pobj"]


def test_an_object_a_money_amount_modifies_is_an_amount():
    doc = _doc(["gave", "a", "300", "mln", "dlr", "credit"], [0, 5, 3, 5, 5, 0],
               ["ROOT", "det", "nummod", "amod", "compound", "dobj"])
    assert "$" in verb_facts(doc[0], _NoActors())["obj"]
    doc = _doc(["gave", "a", "new", "credit"], [0, 3, 3, 0], ["ROOT", "det", "amod", "dobj"])
    assert "$" not in verb_facts(doc[0], _NoActors())["obj"]
