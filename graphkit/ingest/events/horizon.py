"""Time clauses whose event is yet to come: "until Saddam is toppled", "once Turkey withdraws".

English tells a later event in a clause of time by the present tense: "will fight until Saddam is
toppled", "will act once Turkey has withdrawn". After "until" or "till" a present tense is never a
past fact, whatever the main clause; after the other conjunctions of time ("when", "after", "once")
it is a future only under a future, modal or negated main clause ("will not negotiate until ...").

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Iran", "vowed", "to", "fight", "until", "Saddam", "is", "toppled"],
...           heads=[1, 1, 3, 1, 7, 7, 7, 3],
...           deps=["nsubj", "ROOT", "aux", "xcomp", "mark", "nsubjpass", "auxpass", "advcl"],
...           tags=["NNP", "VBD", "TO", "VB", "IN", "NNP", "VBZ", "VBN"])
>>> future_time_clause(doc[7], {"until"})
True
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["future_time_clause", "present_clause", "past_clause", "TEMPORAL_MARKS", "OPEN_MARKS", "BACKSHIFT_MARKS"]

_MODALS = word_list("modals")
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})
#: Conjunctions of time: a present after them under a future or modal clause is a future.
TEMPORAL_MARKS = frozenset({"until", "till", "before", "after", "once", "when", "whenever", "as"})
#: Conjunctions of time whose present clause is never a past fact ("until Iraq withdraws").
OPEN_MARKS = frozenset({"until", "till"})
#: Conjunctions of time whose past clause under a "would" is a future told in the past ("said it would not
#: negotiate until the Democrats agreed"); "as" is left out, as it so often gives a cause.
BACKSHIFT_MARKS = frozenset({"until", "till", "before", "after", "once", "when", "whenever"})
_PRESENT_TAGS = ("VBZ", "VBP")


def present_clause(verb) -> bool:
    """Whether the clause of ``verb`` is in the present tense (simple, passive or perfect) with no modal.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Saddam", "was", "toppled"], heads=[2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT"], tags=["NNP", "VBD", "VBN"])
    >>> present_clause(doc[2])
    False
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in _PRESENT_TAGS
    if any(a.tag_ == "MD" or a.text.lower() in _MODALS | _FUTURE_AUX for a in auxes):
        return False
    return auxes[0].tag_ in _PRESENT_TAGS and not any(a.tag_ == "VBD" for a in auxes)


def past_clause(verb) -> bool:
    """Whether the clause of ``verb`` is in the simple past or past perfect (active or passive) with no modal.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["he", "had", "held", "talks"], heads=[2, 2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT", "dobj"], tags=["PRP", "VBD", "VBN", "NNS"])
    >>> past_clause(doc[2])
    True
    """
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.text.lower() in _MODALS | _FUTURE_AUX for a in auxes):
        return False
    if not auxes:
        return verb.tag_ == "VBD"
    return auxes[0].tag_ == "VBD"


def _backshifted(cur, marks: set[str]) -> bool:
    """Whether ``cur`` is a past clause of time under a "would" that is no perfect: the future of a past
    moment, as reported speech shifts tenses back ("said it would not negotiate until they agreed")."""
    if not marks & BACKSHIFT_MARKS or not past_clause(cur):
        return False
    auxes = {c.text.lower() for c in cur.head.children if c.dep_ in ("aux", "auxpass") and c.i < cur.head.i}
    return bool(auxes & {"would", "'d"}) and "have" not in auxes  # "would have" is a counterfactual


def future_time_clause(cur, marks: set[str]) -> bool:
    """Whether adverbial clause ``cur`` is a present of time that tells a later event, no fact:
    any present after "until" ("vowed to fight until Saddam is toppled"), or a present after another
    conjunction of time under a future, modal or negated clause ("will act once Turkey withdraws").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Greece", "will", "act", "once", "Turkey", "withdraws"],
    ...           heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"],
    ...           tags=["NNP", "MD", "VB", "IN", "NNP", "VBZ"])
    >>> future_time_clause(doc[5], {"once"}), future_time_clause(doc[5], {"because"})
    (True, False)
    >>> doc = Doc(Vocab(), words=["Bonn", "would", "act", "once", "Paris", "withdrew"],
    ...           heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"],
    ...           tags=["NNP", "MD", "VB", "IN", "NNP", "VBD"])
    >>> future_time_clause(doc[5], {"once"})
    True
    """
    if _backshifted(cur, marks):  # "said it would act once Paris withdrew": a future seen from the past
        return True
    if not marks & TEMPORAL_MARKS or not present_clause(cur):
        return False
    if marks & OPEN_MARKS:
        return True
    return any(c.dep_ in ("aux", "neg") and (c.text.lower() in _MODALS or c.text.lower() in _FUTURE_AUX
                                             or c.dep_ == "neg") for c in cur.head.children)
