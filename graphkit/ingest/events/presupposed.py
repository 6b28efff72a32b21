"""Requests the clause takes as made: "at the request of Kuwait, the U.S. sent warships", "the EC
ignored Manila's request".

"At the request (invitation, urging, insistence) of X" and "at X's request" tell that X asked for the
act of the clause they modify, and so asked its doer: a fact the sentence takes for granted, whatever
the clause's own mood ("will send warships at Kuwait's request": the asking is done). The noun must be
one whose lexicon sense is REQUEST; its doer is its possessor or its "of" phrase, its recipient the
subject of the verb the "at" phrase modifies.

A request that is answered was made, and made to the one who answers it: "the EC ignored Manila's
request for lower tariffs", "was responding to Nakasone's request", "Japan's appeal to the U.S. was
rejected" (:func:`answered_requests`).

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

from functools import cache

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.implied import country_actor
from graphkit.ingest.events.lexicon import load_lexicon, lookup_noun
from graphkit.ingest.events.nominal_roles import modifier_actor
from graphkit.ingest.events.roles import np_actors, prep_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["with_requests", "requested_acts", "answered_requests", "askers"]

#: Verbs of meeting a request, besides the lexicon's verbs of refusing or yielding: "granted X's request".
_GRANTING = frozenset({"grant", "heed", "meet", "honour", "honor", "fulfil", "fulfill", "satisfy", "approve",
                       "answer"})
#: Verbs of answering with "to": "responded to X's request", "acceded to X's appeal".
_ANSWER_TO = frozenset({"respond", "reply", "accede", "yield", "bow", "agree", "react"})


def askers(noun, layer, modifiers: bool = False) -> list[str]:
    """The actors who made the request ``noun`` names: its possessor ("Kuwait's request"), the
    actors of its "of" phrase ("the request of Kuwait"), and with ``modifiers`` a name or nationality
    before it ("at U.S. request"). A demand only answered ("Iraq rejected Iranian demands") is left to
    the answer, as the PLOVER records code it: REJECT alone.

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
    out += prep_actors(noun, layer, {"of", "by"})
    if modifiers:  # "at U.S. request": a name or an adjective of nationality before the noun
        out += [a for c in noun.children if c.dep_ in ("amod", "compound") and (a := modifier_actor(c, noun, layer) or (
            country_actor(code, None, layer) if (code := demonym_code(c.text)) else None))]
    return list(dict.fromkeys(out))


def _at_requests(doc) -> list:
    """The (noun, sense) pairs of "at the request of ..." phrases modifying a verb: the noun's lexicon
    sense is REQUEST."""
    out = []
    for noun in doc:
        prep = noun.head
        if noun.dep_ != "pobj" or prep.text.lower() != "at" or prep.dep_ != "prep" or prep.head.pos_ not in (
                "VERB", "AUX"):
            continue
        trig = lookup_noun(_lemma(noun))
        if trig is not None and trig.type == "REQUEST":
            out.append((noun, trig))
    return out


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
    for noun, trig in _at_requests(doc):
        prep = noun.head
        if not (asked := askers(noun, layer, modifiers=True)) or any(_lemma(m) == "own" for m in noun.children):
            continue  # "retired at his own request": a wish of one's own asks nobody
        subjects = subject_actors(prep.head, layer)
        if set(asked) & set(subjects):
            continue  # "retired at his own request": nobody else is asked
        # in a clause introduced by "that", "if", "because", a phrase set off by commas may belong to the main
        # clause the parser hung it under ("Fearing that X would ..., the banks, at the urging of Y, bowed")
        subordinate = any(c.dep_ == "mark" for c in prep.head.children)
        takers = [] if subordinate else [a for a in subjects if a not in asked]
        out.append(Candidate(trig, noun, noun, noun, "speech", extra={"actors": asked, "recipients": takers}))
    return out + answered_requests(doc, layer)


@cache
def _answering_verbs() -> frozenset[str]:
    """Verbs of answering a request: those the lexicon gives a REJECT or CONCEDE sense ("rejected",
    "ignored", "accepted"), and those of meeting it (``_GRANTING``)."""
    return _GRANTING | frozenset(lemma for lemma, entries in load_lexicon()["V"].items()
                                 if any(e.trigger.type in ("REJECT", "CONCEDE") for e in entries))


def _answering(noun):
    """The verb that answers request ``noun``: one the lexicon gives a REJECT or CONCEDE sense whose
    object or passive subject the noun is ("ignored X's request", "the appeal was rejected"), or a verb of
    answering "to" it ("responded to X's request"); else None."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and _lemma(head) in _answering_verbs():
        return head
    if (noun.dep_ == "pobj" and head.text.lower() == "to" and head.head.pos_ == "VERB"
            and _lemma(head.head) in _ANSWER_TO):
        return head.head
    return None


def answered_requests(doc, layer) -> list[Candidate]:
    """REQUEST candidates (kind ``"speech"``, no anchor: asserted) from a request a party answers: the
    asker (see :func:`askers`) asked the answering verb's subject, or its passive agent, and the party
    its "to" phrase names ("Japan's appeal to the U.S. was rejected"). A request its own askers give up
    ("Iran dropped its demand") answers no one: it was made before the news.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Tokyo", "rejected", "Manila", "'s", "request"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "poss", "case", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN"],
    ...           lemmas=["Tokyo", "reject", "Manila", "'s", "request"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "jpn", 2: "phl"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in answered_requests(doc, Layer())]
    [(['phl'], ['jpn'])]
    """
    out = []
    for noun in doc:
        if noun.pos_ != "NOUN" or (verb := _answering(noun)) is None:
            continue
        trig = lookup_noun(_lemma(noun))
        if trig is None or trig.type != "REQUEST" or not (asked := askers(noun, layer)):
            continue
        answerers = prep_actors(verb, layer, {"by"}) if noun.dep_ == "nsubjpass" else subject_actors(verb, layer)
        if answerers and set(answerers) <= set(asked):
            continue  # "Iran dropped its demand": its own request given up, made before the news
        takers = [a for a in [*prep_actors(noun, layer, {"to"}), *answerers] if a not in asked]
        out.append(Candidate(trig, noun, noun, noun, "speech",
                             extra={"actors": asked, "recipients": list(dict.fromkeys(takers))}))
    return out


def with_requests(cands: list[Candidate], doc, layer) -> list[Candidate]:
    """``cands`` with the requests of :func:`requested_acts`, each in place of a bare noun candidate on
    the same word (one request, now with its recipient)."""
    asked = requested_acts(doc, layer)
    # "retired at his own request": no request of anyone, so not the bare noun's either
    nouns = {c.head.i for c in asked} | {n.i for n, _ in _at_requests(doc)}
    return [c for c in cands if c.kind != "noun" or c.head.i not in nouns] + asked
