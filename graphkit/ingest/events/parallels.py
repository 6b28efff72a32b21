"""The subject a pronoun takes over from a clause it is coordinated with.

In "The OPEC president praised non-OPEC producers, but he criticised Britain" the second clause's
pronoun subject is the first clause's subject: English keeps the subject of coordinated clauses
(parallelism), and the pronoun must agree with it -- "he" or "she" a person ("the president", a
person's name), "it" one thing that is no person ("the bank"), "they" a plural. Only pronouns the
actor stage left unresolved are read here (its own reading comes first): the subject of the first
clause may name a body's officer ("the OPEC president") whose actor is the body.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["The", "president", "praised", "X", ",", "but", "he", "criticised", "Britain"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 2, 2, 7, 2, 7],
...           deps=["det", "nsubj", "ROOT", "dobj", "punct", "cc", "nsubj", "conj", "dobj"],
...           tags=["DT", "NN", "VBD", "NNP", ",", "CC", "PRP", "VBD", "NNP"],
...           lemmas=["the", "president", "praise", "X", ",", "but", "he", "criticise", "Britain"])
>>> parallel_clause(doc[7]).text
'praised'
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun

__all__ = ["parallel_clause"]

_PERSONAL = frozenset({"he", "she"})


def _agrees(pronoun: str, noun) -> bool:
    """Whether ``pronoun`` can stand for the noun phrase headed by ``noun``."""
    person = noun.pos_ == "PROPN" or noun.tag_ in ("NNP", "NNPS") or is_person_noun(noun.lemma_ or noun.text.lower())
    if pronoun in _PERSONAL:
        return noun.tag_ in ("NN", "NNP") and person
    if pronoun == "it":
        return noun.tag_ in ("NN", "NNP") and not is_person_noun(noun.lemma_ or noun.text.lower())
    return pronoun == "they" and noun.tag_ in ("NNS", "NNPS")


def parallel_clause(verb):
    """The verb of the clause ``verb`` is coordinated with whose subject ``verb``'s pronoun subject
    stands for (see the module), else None.
    """
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "conj" or subj is None or subj.tag_ != "PRP":
        return None
    head = verb.head
    first = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if first is None or first.tag_ == "PRP" or first.i > subj.i or not _agrees(subj.text.lower(), first):
        return None
    return head
