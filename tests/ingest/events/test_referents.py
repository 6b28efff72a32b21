"""What a pronoun object stands for (graphkit.ingest.events.referents), on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.facts import objects_of, verb_facts
from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.ingest.events.referents import antecedent, antecedent_facts


class Layer:
    def __init__(self, ids):
        self.ids = ids

    def at(self, i):
        return self.ids.get(i)


def _doc(rows):
    words, heads, deps, pos, tags, lemmas = zip(*rows, strict=True)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               lemmas=list(lemmas))


# Japan set export quotas . Japan said it would lift them
QUOTAS = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("set", 1, "ROOT", "VERB", "VBD", "set"),
          ("export", 3, "compound", "NOUN", "NN", "export"), ("quotas", 1, "dobj", "NOUN", "NNS", "quota"),
          (".", 1, "punct", "PUNCT", ".", "."),
          ("Japan", 6, "nsubj", "PROPN", "NNP", "Japan"), ("said", 6, "ROOT", "VERB", "VBD", "say"),
          ("it", 9, "nsubj", "PRON", "PRP", "it"), ("would", 9, "aux", "AUX", "MD", "would"),
          ("lift", 6, "ccomp", "VERB", "VB", "lift"), ("them", 9, "dobj", "PRON", "PRP", "they")]


def _quotas():
    doc = _doc(QUOTAS)
    return doc


def test_plural_pronoun_stands_for_the_nearest_plural_noun_of_the_sentence_before():
    doc = _quotas()
    assert antecedent(doc[10], Layer({0: "japan", 5: "japan"})).text == "quotas"


def test_lifting_quotas_named_by_a_pronoun_is_no_concession():
    doc = _quotas()
    layer = Layer({0: "japan", 5: "japan"})
    objs = objects_of(doc[9])
    facts = verb_facts(doc[9], layer, objs=objs)
    assert lookup_verb("lift", **facts).type == "CONCEDE"  # "them" alone tells nothing
    facts["obj"] |= antecedent_facts(objs, layer)
    assert {"quota", "export"} <= facts["obj"]
    assert lookup_verb("lift", **facts) is None  # a "-" entry: no event


def test_singular_pronoun_skips_plurals_and_actors():
    # the tariffs Japan lifted it
    doc = _doc([("the", 1, "det", "DET", "DT", "the"), ("tariffs", 3, "nsubj", "NOUN", "NNS", "tariff"),
                ("Japan", 3, "nsubj", "PROPN", "NNP", "Japan"), ("lifted", 3, "ROOT", "VERB", "VBD", "lift"),
                ("it", 3, "dobj", "PRON", "PRP", "it")])
    assert antecedent(doc[4], Layer({})) is None
    assert antecedent_facts([doc[4]], Layer({})) == set()


def test_an_actor_noun_is_no_antecedent():
    # the rebels . Peru freed them
    doc = _doc([("the", 1, "det", "DET", "DT", "the"), ("rebels", 1, "ROOT", "NOUN", "NNS", "rebel"),
                ("Peru", 3, "nsubj", "PROPN", "NNP", "Peru"), ("freed", 3, "ROOT", "VERB", "VBD", "free"),
                ("them", 3, "dobj", "PRON", "PRP", "they")])
    assert antecedent(doc[4], Layer({1: "rebels"})) is None
    assert antecedent(doc[4], Layer({})).text == "rebels"


def test_an_object_pronoun_never_stands_for_its_own_verbs_subject():
    # the proposal . dollar support pushed it
    doc = _doc([("the", 1, "det", "DET", "DT", "the"), ("proposal", 1, "ROOT", "NOUN", "NN", "proposal"),
                ("the", 3, "det", "DET", "DT", "the"), ("support", 4, "nsubj", "NOUN", "NN", "support"),
                ("pushed", 4, "ROOT", "VERB", "VBD", "push"), ("it", 4, "dobj", "PRON", "PRP", "it")])
    assert antecedent(doc[5], Layer({})).text == "proposal"


def test_no_phrase_holds_its_own_antecedent_but_a_participles_noun_may():
    # the step of pumping it
    doc = _doc([("the", 1, "det", "DET", "DT", "the"), ("step", 1, "ROOT", "NOUN", "NN", "step"),
                ("of", 1, "prep", "ADP", "IN", "of"), ("pumping", 2, "pcomp", "VERB", "VBG", "pump"),
                ("it", 3, "dobj", "PRON", "PRP", "it")])
    assert antecedent(doc[4], Layer({})) is None
    # the creditors bound by rules banning them
    doc = _doc([("the", 1, "det", "DET", "DT", "the"), ("creditors", 1, "ROOT", "NOUN", "NNS", "creditor"),
                ("bound", 1, "acl", "VERB", "VBN", "bind"), ("by", 2, "agent", "ADP", "IN", "by"),
                ("rules", 3, "pobj", "NOUN", "NNS", "rule"), ("banning", 4, "acl", "VERB", "VBG", "ban"),
                ("them", 5, "dobj", "PRON", "PRP", "they")])
    assert antecedent(doc[6], Layer({})).text == "creditors"


def test_a_bare_singular_is_no_antecedent_of_it():
    # of course we will hinder it
    doc = _doc([("of", 4, "prep", "ADP", "IN", "of"), ("course", 0, "pobj", "NOUN", "NN", "course"),
                ("we", 4, "nsubj", "PRON", "PRP", "we"), ("will", 4, "aux", "AUX", "MD", "will"),
                ("hinder", 4, "ROOT", "VERB", "VB", "hinder"), ("it", 4, "dobj", "PRON", "PRP", "it")])
    assert antecedent(doc[5], Layer({})) is None
