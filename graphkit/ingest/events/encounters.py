"""The parties a meeting noun names by its "between" phrase, wherever the noun stands.

"talks between X and Y", "a meeting between Iran and the Soviet Union": a meeting between parties is held
by all of them, so its "between" (or "among") phrase names its doers even when the noun is only the
occasion of another act ("an agreement was reached at a meeting between Iran and the Soviet Union").
Used by :mod:`graphkit.ingest.events.nominal` (nouns inside other acts' phrases) and
:mod:`graphkit.ingest.events.agents` (passive acts reached in talks).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["at", "a", "meeting", "between", "Iran", "and", "Iraq"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 2, 0, 2, 3, 4, 4],
...           deps=["ROOT", "det", "pobj", "prep", "pobj", "cc", "conj"],
...           lemmas=["at", "a", "meeting", "between", "Iran", "and", "Iraq"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {4: "irn", 6: "irq"}.get(i)
>>> met_parties(doc[2], Layer())
['irn', 'irq']
"""
from __future__ import annotations

from graphkit.ingest.events.meetings import OCCASION
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["MEETINGS", "met_parties", "occasion_preps"]

#: Nouns of meeting: a mutual act of all the parties its "between" phrase names.
MEETINGS = frozenset({"talk", "negotiation", "meeting", "summit", "consultation", "dialogue", "conference",
                      "discussion", "conversation"})
#: Prepositions of the meeting an act is done at, besides the occasions ("reached at a meeting between X
#: and Y", "agreed in talks with Y"): the meeting took place.
_SITES = frozenset({"at", "in"})


def occasion_preps(noun) -> frozenset[str]:
    """The prepositions that make ``noun`` the occasion of a clause's act, which took place whatever the
    act is (one asked or promised "during a visit", "at a meeting between X and Y"): those of time for
    any noun, and "at" and "in" for a meeting.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["talks", "visit"], lemmas=["talk", "visit"])
    >>> "at" in occasion_preps(doc[0]), "at" in occasion_preps(doc[1]), "during" in occasion_preps(doc[1])
    (True, False, True)
    """
    return OCCASION | _SITES if _lemma(noun) in MEETINGS else OCCASION


def met_parties(noun, layer) -> list[str]:
    """The actors coordinated in the "between" or "among" phrase of meeting noun ``noun`` (see
    ``MEETINGS``), when it names two parties or more: "talks between X and the banks" are X's with
    parties no actor stands for; a "between" phrase of one noun names no meeting of its own ("talks
    between delegations").

    Parameters
    ----------
    noun : Token
        A noun, of meeting or not.
    layer : ActorLayer
        The actors of the article.

    Returns
    -------
    list of str
        The parties' actor ids, in text order.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["talks", "between", "Iran", "and", "banks"], heads=[0, 0, 1, 2, 2],
    ...           deps=["ROOT", "prep", "pobj", "cc", "conj"], lemmas=["talk", "between", "Iran", "and", "bank"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {2: "irn"}.get(i)
    >>> met_parties(doc[0], Layer())
    ['irn']
    """
    if _lemma(noun) not in MEETINGS:
        return []
    out: list[str] = []
    for p in noun.children:
        if p.dep_ == "prep" and p.text.lower() in ("between", "among"):
            for o in p.children:
                if o.dep_ == "pobj" and o.conjuncts:
                    for h in (o, *o.conjuncts):
                        out += [a for a in np_actors(h, layer) if a not in out]
    return out
