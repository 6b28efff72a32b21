"""A participle the parser reads as a verb's complement where news uses it as a name's modifier.

News puts a participle without article before a titled name: "Kohl met visiting French President
Mitterrand", "Reagan welcomed visiting Japanese Prime Minister Nakasone". The small parser often reads
"visiting" as a verb complement of the main verb ("met ... visiting Mitterrand"), leaving the main verb
without object and making the host the visitor. The reading is implausible when:

* the participle follows the main verb directly, with no subject, auxiliary or conjunction of its own;
* the main verb has no object and is no verb that takes a gerund ("kept visiting Bonn": WordNet 3.0's frame
  "Somebody ----s VERB-ing", ``data/words/gerund_verbs.txt``);
* the participle's object starts right after it and is a name with a modifier (a title or a nationality).

Then the name is the main verb's object and the participle's doer, and the main verb's subject is whom
the participle's act is aimed at: the visitor visits the host who meets him (:func:`attributive_roles`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Kohl", "met", "visiting", "French", "President", "Mitterrand"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 2], deps=["nsubj", "ROOT", "advcl", "amod", "compound",
...           "dobj"], tags=["NNP", "VBD", "VBG", "JJ", "NNP", "NNP"], pos=["PROPN", "VERB", "VERB", "ADJ", "PROPN",
...           "PROPN"], lemmas=["Kohl", "meet", "visit", "french", "President", "Mitterrand"])
>>> attributive_object(doc[2]).text
'Mitterrand'
"""
from __future__ import annotations

from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import verb_lemma
from graphkit.ingest.words import word_list

__all__ = ["attributive_object", "attributive_roles"]

#: Children that give a participle a clause of its own ("met, after visiting X", "met while visiting X").
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg"})


def attributive_object(participle):
    """The titled name participle ``participle`` modifies where the parser made it the participle's object
    (see the module), else None."""
    verb = participle.head
    if (participle.tag_ != "VBG" or participle.dep_ not in ("xcomp", "advcl") or participle.i != verb.i + 1
            or verb.pos_ not in ("VERB", "AUX") or verb_lemma(verb) in word_list("gerund_verbs")):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    if any(c.dep_ in _OWN_CLAUSE for c in participle.children):
        return None
    obj = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != participle.i + 1:
        return None
    if not any(m.dep_ in ("amod", "compound") and m.i < obj.i for m in obj.children):
        return None
    return obj


def attributive_roles(kind: str, head, layer, actors: list[str], recips: list[str]) -> tuple[list[str], list[str]]:
    """The roles of a verb candidate (``kind`` "verb" or "light", its trigger ``head``) mended for a
    participle misread as a complement (see the module): the participle's doer is the name it modifies
    and its act is aimed at the main verb's subject; the main verb takes that name as its object.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Kohl", "met", "visiting", "French", "President", "Mitterrand"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 2], deps=["nsubj", "ROOT", "advcl", "amod",
    ...           "compound", "dobj"], tags=["NNP", "VBD", "VBG", "JJ", "NNP", "NNP"], pos=["PROPN", "VERB", "VERB",
    ...           "ADJ", "PROPN", "PROPN"], lemmas=["Kohl", "meet", "visit", "french", "President", "Mitterrand"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "kohl", 5: "mitterrand"}.get(i)
    >>> attributive_roles("verb", doc[2], Layer(), ["kohl"], ["mitterrand"])
    (['mitterrand'], ['kohl'])
    >>> attributive_roles("verb", doc[1], Layer(), ["kohl"], [])
    (['kohl'], ['mitterrand'])
    """
    if kind != "verb" and kind != "light":
        return actors, recips
    if kind == "verb" and (obj := attributive_object(head)) is not None and (named := np_actors(obj, layer)):
        return named, [a for a in subject_actors(head.head, layer) if a not in named]
    if not [r for r in recips if r not in actors]:
        for c in head.children:
            if (obj := attributive_object(c)) is not None:
                return actors, recips + [a for a in np_actors(obj, layer) if a not in actors]
    return actors, recips
