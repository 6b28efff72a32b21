"""What a pronoun object stands for, so that a trigger's conditions on its object can be tested.

A lexicon entry that asks for an object ("impose" with ``obj=sanction``, "lift" with ``obj=quota``
as no event) cannot be tested when the object is a third-person pronoun: in "the sanctions ...
after they had been imposed by Congress" or "Japan said it would lift them" the object is "they",
"them". English refers back with such a pronoun to a noun phrase just said, agreeing in number:
"they"/"them" to a plural, "it" to a singular. :func:`antecedent_facts` gives the head noun of
that phrase (the nearest earlier noun in the pronoun's sentence or the one before that heads a
noun phrase, agrees in number and is no actor: actors are parties, not the things done), with its
compounds and its event category, as more object lemmas of the trigger.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Japan", "imposed", "quotas", "and", "lifted", "them"],
...           heads=[1, 1, 1, 1, 1, 4], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "VERB", "PRON"], tags=["NNP", "VBD", "NNS", "CC", "VBD", "PRP"],
...           lemmas=["Japan", "impose", "quota", "and", "lift", "they"])
>>> class Layer:
...     def at(self, i):
...         return "japan" if i == 0 else None
>>> sorted(antecedent_facts([doc[5]], Layer()))
['quota']
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun

__all__ = ["antecedent", "antecedent_facts"]

#: Third-person pronouns that stand for a thing, by number (tag of the nouns they agree with).
_NUMBER = {"they": ("NNS",), "them": ("NNS",), "it": ("NN",)}
#: Dependencies of a noun that is part of another's phrase, no head of its own.
_INSIDE = frozenset({"compound", "amod", "poss", "nmod"})


def antecedent(pron, layer):
    """The head noun ``pron`` (a third-person pronoun) stands for, or None.

    The nearest noun before ``pron``, in its sentence or the one before, that heads a noun phrase,
    agrees in number ("they"/"them": a plural; "it": a singular) and is no actor.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["the", "tariffs", "Japan", "lifted", "it"], heads=[1, 3, 3, 3, 3],
    ...           deps=["det", "nsubj", "nsubj", "ROOT", "dobj"], pos=["DET", "NOUN", "PROPN", "VERB", "PRON"],
    ...           tags=["DT", "NNS", "NNP", "VBD", "PRP"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return None
    >>> antecedent(doc[4], Layer()) is None  # "it" wants a singular
    True
    """
    tags = _NUMBER.get(pron.text.lower())
    if tags is None:
        return None
    sent = pron.sent
    start = sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    for j in range(pron.i - 1, start - 1, -1):
        t = pron.doc[j]
        if t.pos_ == "NOUN" and t.tag_ in tags and t.dep_ not in _INSIDE and not layer.at(j):
            return t
    return None


def antecedent_facts(objs, layer) -> set[str]:
    """More object facts for a trigger whose objects ``objs`` hold third-person pronouns: the lemma of
    each pronoun's :func:`antecedent`, of its compounds, and "*N:TYPE" when it is an event noun by its
    modifiers (as :func:`graphkit.ingest.events.facts.verb_facts` gives for a noun object).

    Examples
    --------
    >>> antecedent_facts([], None)
    set()
    """
    out: set[str] = set()
    for o in objs:
        if o.pos_ != "PRON" or (ante := antecedent(o, layer)) is None:
            continue
        lem = (ante.lemma_ or ante.text).lower()
        out.add(lem)
        out |= {(m.lemma_ or m.text).lower() for m in ante.children if m.dep_ == "compound"}
        mods = {(m.lemma_ or m.text).lower() for m in ante.children if m.dep_ in ("amod", "compound")}
        if (sense := lookup_noun(lem, bare=False, mod=mods)) is not None:
            out.add(f"*N:{sense.type}")
    return out
