"""The object of a verb before a bare infinitive (graphkit.ingest.events.small_clauses), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.roles import object_actors
from graphkit.ingest.events.small_clauses import small_clause_subjects
from graphkit.models import Actor, Article


def _doc(vocab, rows):
    """A Doc from ``(word, head, dep, pos, tag, lemma)`` rows."""
    words = [r[0] for r in rows]
    return Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in rows],
               deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
               lemmas=[r[5] for r in rows], sent_starts=[1] + [0] * (len(words) - 1))


def _layer(actors):
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="country"))
        layer.token_actor[i] = aid
    return layer


# Japan agreed to help the United States strengthen defences
_HELP = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
         ("to", 3, "aux", "PART", "TO", "to"), ("help", 1, "xcomp", "VERB", "VB", "help"),
         ("the", 6, "det", "DET", "DT", "the"), ("United", 6, "compound", "PROPN", "NNP", "United"),
         ("States", 7, "nsubj", "PROPN", "NNP", "States"), ("strengthen", 3, "ccomp", "VERB", "VBP", "strengthen"),
         ("defences", 7, "dobj", "NOUN", "NNS", "defence")]


def test_the_subject_of_a_bare_infinitive_is_the_object_of_the_verb_above(vocab):
    doc = _doc(vocab, _HELP)
    assert [t.i for t in small_clause_subjects(doc[3])] == [6]
    assert object_actors(doc[3], _layer({0: "jpn", 5: "usa", 6: "usa"})) == ["usa"]


def test_an_agreement_to_help_a_country_has_that_country_as_recipient(vocab):
    doc = _doc(vocab, _HELP)
    events, _ = find_events(doc, Article(id="a", text=doc.text), _layer({0: "jpn", 5: "usa", 6: "usa"}), [])
    assert [(e.type, e.actors, e.recipients) for e in events if e.type == "AGREE"] == [("AGREE", ["jpn"], ["usa"])]


def test_a_finite_complement_gives_no_object(vocab):
    # Japan found the allies need time: a plural subject leaves "need" finite
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("found", 1, "ROOT", "VERB", "VBD", "find"),
            ("the", 3, "det", "DET", "DT", "the"), ("allies", 4, "nsubj", "NOUN", "NNS", "ally"),
            ("need", 1, "ccomp", "VERB", "VBP", "need"), ("time", 4, "dobj", "NOUN", "NN", "time")]
    assert small_clause_subjects(_doc(vocab, rows)[1]) == []
    # Japan said the government need not act: a verb of saying reports a clause, it acts on no object
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"), ("government", 4, "nsubj", "NOUN", "NN", "government"),
            ("need", 1, "ccomp", "VERB", "VBP", "need")]
    assert small_clause_subjects(_doc(vocab, rows)[1]) == []
    # Japan said Iran had attacked: an inflected verb is finite
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("Iran", 3, "nsubj", "PROPN", "NNP", "Iran"), ("attacked", 1, "ccomp", "VERB", "VBD", "attack")]
    assert small_clause_subjects(_doc(vocab, rows)[1]) == []
    # Japan said that Iran attack: "that" marks a finite (here subjunctive) clause, read elsewhere
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("urged", 1, "ROOT", "VERB", "VBD", "urge"),
            ("that", 4, "mark", "SCONJ", "IN", "that"), ("Iran", 4, "nsubj", "PROPN", "NNP", "Iran"),
            ("withdraw", 1, "ccomp", "VERB", "VB", "withdraw")]
    assert small_clause_subjects(_doc(vocab, rows)[1]) == []
    # Japan said they need time: "they" is the subject of a finite clause
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("they", 3, "nsubj", "PRON", "PRP", "they"), ("need", 1, "ccomp", "VERB", "VBP", "need"),
            ("time", 3, "dobj", "NOUN", "NN", "time")]
    assert small_clause_subjects(_doc(vocab, rows)[1]) == []


def test_no_object_when_the_subject_is_not_next_to_the_verb_or_has_a_clause(vocab):
    # asked on the clash: "clash" misread as a verb, its "subject" is not the object of "asked"
    rows = [("asked", 0, "ROOT", "VERB", "VBD", "ask"), ("on", 0, "prep", "ADP", "IN", "on"),
            ("the", 3, "det", "DET", "DT", "the"), ("row", 4, "nsubj", "NOUN", "NN", "row"),
            ("clash", 0, "ccomp", "VERB", "VB", "clash")]
    assert small_clause_subjects(_doc(vocab, rows)[0]) == []
    # pledged support to help Kenya adjust: "support" has a clause of its own
    rows = [("pledged", 0, "ROOT", "VERB", "VBD", "pledge"), ("support", 5, "nsubj", "NOUN", "NN", "support"),
            ("to", 3, "aux", "PART", "TO", "to"), ("help", 1, "acl", "VERB", "VB", "help"),
            ("Kenya", 3, "dobj", "PROPN", "NNP", "Kenya"), ("adjust", 0, "ccomp", "VERB", "VB", "adjust")]
    assert small_clause_subjects(_doc(vocab, rows)[0]) == []
