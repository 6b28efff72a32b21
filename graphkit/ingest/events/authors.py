"""Acts named by nouns whose modifier can only be their doer, and acts one side opposes with its own.

A name or nationality before an event noun is its doer or its patient: "U.S. attacks" may be attacks by
the United States or on it, so :func:`graphkit.ingest.events.nominal.modifier_doers` asks for the
patient's own phrase first ("U.S. attacks on Iranian platforms"). Two kinds of act have no patient a
modifier could name (:func:`authored`):

* acts without an object ("the Soviet withdrawal from Afghanistan", "the Iranian retreat"): whoever
  the modifier names withdraws; not acts of going, whose modifier may name where one goes ("his Soviet
  visit"), nor one with an "of" object ("the U.S. withdrawal of the sanctions": a measure taken back);
* acts of saying ("a Philippine request for aid", "the Brazilian demands", "the U.S. criticism"): what is
  said is no party, and the one it is addressed to takes "to" or "on" ("a U.S. request to Japan"); the
  modifier names the speaker, when the noun counts acts ("U.S. demand for imports" measures a quantity).
  Threats are left out: "the Soviet threat" is mostly a danger, no act; so is an act another answers
  ("Beirut rejected a United Nations appeal"): the report is of the answer.

An act one side meets with an act of the same kind is the other side's (:func:`opposed`): in "Iraqi
forces repulsed an Iranian attack" Iran attacked and Iraq fought it off -- two acts, not one told twice
as in "Iran launched an attack".

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["the", "Soviet", "withdrawal"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
...           lemmas=["the", "soviet", "withdrawal"])
>>> authored(doc[2])
True
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.nominal_roles import INTRANSITIVE_ACTS
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["authored", "opposed"]

#: Acts of going somewhere, whose modifier may name where one goes ("his Soviet visit", "a Moscow arrival").
_GOING = frozenset({"visit", "arrival", "return", "departure", "trip", "tour"})
#: Kinds of act whose words are said, not done to anyone: a modifier names who says them.
#: Agreements are left out: an accord is a standing thing a place or party names long after it was made
#: ("the Paris accord", "the Mexican accord").
_SAID = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "CONCEDE"})


def authored(noun) -> bool:
    """Whether event noun ``noun`` names an act without a patient its modifier could name: an act
    without an object, or one of saying (see the module).

    Parameters
    ----------
    noun : Token
        An event noun.

    Returns
    -------
    bool
        True when a name or nationality modifying it can only name its doer.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["requests", "attacks", "threats"], lemmas=["request", "attack", "threat"],
    ...           tags=["NNS", "NNS", "NNS"])
    >>> [authored(t) for t in doc]
    [True, False, False]
    """
    lemma = _lemma(noun)
    if lemma in INTRANSITIVE_ACTS and lemma not in _GOING:  # used without an object ("withdrawal of sanctions")
        return not any(p.dep_ == "prep" and p.text.lower() == "of" for p in noun.children)
    trig = lookup_noun(lemma)
    return trig is not None and trig.type in _SAID and _counted(noun)


def _counted(noun) -> bool:
    """Whether ``noun`` is counted, so names acts: plural, or with a determiner or number ("a Philippine
    request", "the U.S. demand"); a bare singular measures a quantity ("U.S. demand for imports fell").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "demand", "demand"], heads=[1, 1, 2], deps=["det", "ROOT", "ROOT"],
    ...           tags=["DT", "NN", "NN"])
    >>> _counted(doc[1]), _counted(doc[2])
    (True, False)
    """
    return noun.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def opposed(noun, doers: list[str], layer) -> bool:
    """Whether ``noun``, the object of a verb of the same kind of act, is another side's act that the
    verb's subject meets with its own ("Iraq repulsed an Iranian attack"): the noun names doers
    (``doers``) and the verb's subject is none of them.

    Parameters
    ----------
    noun : Token
        An event noun that is the direct object of a verb of the same PLOVER category.
    doers : list of str
        The actors the noun's own words name as its doers.
    layer : ActorLayer
        The actors of the article.

    Returns
    -------
    bool
        True when the verb's subject names actors and none of them does the noun's act.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iraq", "repulsed", "an", "Iranian", "attack"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "det", "amod", "dobj"],
    ...           lemmas=["Iraq", "repulse", "an", "iranian", "attack"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irq", 3: "irn"}.get(i)
    >>> opposed(doc[4], ["irn"], Layer()), opposed(doc[4], ["irq"], Layer())
    (True, False)
    """
    if noun.dep_ != "dobj" or not doers:
        return False
    subjects = subject_actors(noun.head, layer)
    return bool(subjects) and not set(subjects) & set(doers)
