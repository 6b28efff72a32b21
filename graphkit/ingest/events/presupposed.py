"""Requests a clause's act is done at: "at the request of Kuwait, the U.S. sent warships".

"At the request (invitation, urging, insistence) of X" and "at X's request" tell that X asked for the
act of the clause they modify, and so asked its doer: a fact the sentence takes for granted, whatever
the clause's own mood ("will send warships at Kuwait's request": the asking is done). The noun must be
one whose lexicon sense is REQUEST; its doer is its possessor or its "of" phrase, its recipient the
subject of the verb the "at" phrase modifies.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["At", "the", "request", "of", "Kuwait", ",", "Washington", "sent", "ships"]
>>> doc = Doc(Vocab(), words=words, heads=[7, 2, 0, 2, 3, 7, 7, 7, 7],
...           deps=["prep", "det", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj"],
...           pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN"],
...           lemmas=["at", "the", "request", "of", "Kuwait", ",", "Washington", "send", "ship"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {4: "kwt", 6: "usa"}.get(i)
>>> [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in requested_acts(doc, Layer())]
[('REQUEST', ['kwt'], ['usa'])]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["requested_acts", "askers"]


def askers(noun, layer) -> list[str]:
    """The actors who made the request ``noun`` names: its possessor ("Kuwait's request") or the
    actors of its "of" phrase ("the request of Kuwait").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Kuwait", "'s", "request"], heads=[2, 0, 2], deps=["poss", "case", "ROOT"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "kwt" if i == 0 else None
    >>> askers(doc[2], Layer())
    ['kwt']
    """
    out = [a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, layer)]
    out += [a for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
            for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)]
    return list(dict.fromkeys(out))


def requested_acts(doc, layer) -> list[Candidate]:
    """REQUEST candidates (kind ``"speech"``, no anchor: asserted) from "at the request of X" / "at X's
    request" modifying a verb: X asks the verb's subject (see the module). An "at" phrase on a noun
    ("the meeting at the request of X") or with no asker names nobody and gives nothing.

    Returns
    -------
    list of Candidate
        One per such phrase, ``extra`` holding ``actors`` (the askers) and ``recipients`` (the
        verb's subject actors other than the askers, maybe none).
    """
    out = []
    for noun in doc:
        prep = noun.head
        if noun.dep_ != "pobj" or prep.text.lower() != "at" or prep.dep_ != "prep" or prep.head.pos_ not in (
                "VERB", "AUX"):
            continue
        trig = lookup_noun(_lemma(noun))
        if trig is None or trig.type != "REQUEST" or not (asked := askers(noun, layer)):
            continue
        takers = [a for a in subject_actors(prep.head, layer) if a not in asked]
        out.append(Candidate(trig, noun, noun, noun, "speech", extra={"actors": asked, "recipients": takers}))
    return out
