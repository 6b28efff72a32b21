"""Predictions: a "should" or "must" whose subject cannot act says what is to be expected, no demand.

English "should", "must" and "ought to" are deontic (a duty laid on the subject: "Japan should open its
market") or epistemic (what is likely: "that should support our business", "inflation should fall",
"it should not worsen the crisis"). A duty falls on one who can act; so "X said Y should ..." is a
demand on Y only when Y can act. :func:`predicted_content` tells a demand whose clause has no possible
doer for subject, and so does a quoted "Y should ...": the demonstratives "that" and "this" (whatever
they were taken to refer to), the dummy "there", a pronoun "it" that stands
for no actor, or a common noun of a happening or an abstraction (``data/words/happening_nouns.txt``,
``data/words/abstract_nouns.txt``) that no actor stands for.

Examples
--------
>>> from types import SimpleNamespace
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> doc = Doc(Vocab(), words=["he", "said", "inflation", "should", "fall"], heads=[1, 1, 4, 4, 1],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], pos=["PRON", "VERB", "NOUN", "AUX", "VERB"],
...           lemmas=["he", "say", "inflation", "should", "fall"])
>>> c = SimpleNamespace(kind="demand", head=doc[1], start=doc[3], content=doc[4], trig=Trigger("REQUEST", None, "d"))
>>> predicted_content(c)
True
"""
from __future__ import annotations

from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.words import word_list

__all__ = ["no_doer", "predicted_content"]

#: Subjects that name a situation, never a doer: "that should help", "there should be".
_SITUATION_PRONOUNS = frozenset({"that", "this", "there"})


def no_doer(subj, layer=None) -> bool:
    """Whether subject ``subj`` cannot act (see the module).

    Parameters
    ----------
    subj : spacy.tokens.Token
        The subject of a clause.
    layer : ActorLayer, optional
        The actor stage's result: a subject an actor stands for can act.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["that", "Japan", "inflation"], pos=["PRON", "PROPN", "NOUN"],
    ...           lemmas=["that", "Japan", "inflation"])
    >>> [no_doer(t) for t in doc]
    [True, False, True]
    """
    low = subj.text.lower()
    if low in _SITUATION_PRONOUNS:
        return True  # never a party, whatever it was resolved to
    if layer is not None and layer.at(subj.i):
        return False
    if low == "it":
        return True
    if subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    noun = lemma_of(subj)
    return noun in word_list("happening_nouns") or noun in word_list("abstract_nouns")


def predicted_content(c, layer=None) -> bool:
    """Whether candidate ``c`` is a "said Y should ..." demand, or a "Y should ..." in a quotation, whose
    clause's subject cannot act: a prediction (see the module).

    Parameters
    ----------
    c : object
        A trigger candidate with ``kind``, ``trig``, ``head``, ``start`` and, for a demand, ``content``
        (the verb of the clause).
    layer : ActorLayer, optional
        The actor stage's result.

    Returns
    -------
    bool
        True when the demand is a prediction, no event.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["he", "said", "Japan", "should", "open", "markets"], heads=[1, 1, 4, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"],
    ...           pos=["PRON", "VERB", "PROPN", "AUX", "VERB", "NOUN"])
    >>> c = SimpleNamespace(kind="demand", head=doc[1], start=doc[3], content=doc[4],
    ...                     trig=Trigger("REQUEST", None, "d"))
    >>> predicted_content(c)
    False
    """
    if c.trig.type != "REQUEST":
        return False
    clause = getattr(c, "content", None) if c.kind == "demand" else None
    if c.kind == "speech" and c.start.dep_ == "aux" and c.start.head.i == c.head.i:
        clause = c.head  # "Y should Z" in a continued quotation of X (events.speech)
    if clause is None:
        return False
    subj = next((t for t in clause.children if t.dep_ in ("nsubj", "expl")), None)
    return subj is not None and no_doer(subj, layer)
