"""Acts that are only the topic of talks, plans or accords: "held talks on Moscow's withdrawal".

What talks are "on", what a plan or timetable is "for", what an accord is "about" is an act still being
discussed or planned, not one told as done: "Pakistan and Afghanistan held talks in Geneva on a Soviet
withdrawal", "presented a timetable for its withdrawal", "an agreement on the release of the hostages".
An event noun of a deed in such a phrase names no event of its own; the talks, the plan or the agreement
are the event the sentence tells (:func:`topical`). Words already said are another matter: "a discussion
on a Philippine request for loans" talks over a request that was made. What a document of terms provides
for ("the accord provides for cooperation between X and Y", "the plan calls for talks", "the pact
envisages a withdrawal") is a term it sets out (:mod:`graphkit.ingest.events.provisions`), of whatever
kind: no act done. Used by
:func:`graphkit.ingest.events.noun_frames.untold`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["talks", "on", "a", "withdrawal"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 1], deps=["ROOT", "prep", "det", "pobj"],
...           lemmas=["talk", "on", "a", "withdrawal"])
>>> topical(doc[3], "RETREAT")
True
"""
from __future__ import annotations

from graphkit.ingest.events.encounters import MEETINGS
from graphkit.ingest.events.provisions import sets_out_terms
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.models import VERBAL_TYPES

__all__ = ["topical", "set_out"]

#: Nouns of talking over, planning or settling an act to come: their topic is no act done.
_FRAMES = MEETINGS | frozenset({"discussion", "agreement", "accord", "deal", "pact", "treaty", "understanding",
                                "plan", "proposal", "timetable", "schedule", "framework", "formula", "blueprint"})
#: Verbs of talking over or settling an act to come ("agreed on a withdrawal", "negotiated over its release").
_FRAMING_VERBS = frozenset({"talk", "negotiate", "confer", "agree", "bargain", "haggle", "deliberate"})
#: Prepositions of a topic; "for" only of a plan or an accord ("a timetable for its withdrawal").
_TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})


def topical(noun, kind: str) -> bool:
    """Whether event noun ``noun`` of a deed (PLOVER category ``kind``, not one of saying) is the topic of
    talks, a plan or an accord (see the module): the object
    of "on", "about", "over" (or "for", after a noun) hung on a noun of talking, planning or settling, on a
    verb of talking over, or on a verb whose object is such a noun ("held talks in Geneva on X").

    Parameters
    ----------
    noun : Token
        An event noun.
    kind : str
        Its PLOVER category.

    Returns
    -------
    bool
        True when the act is a deed only talked over or planned.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["held", "talks", "on", "a", "withdrawal"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 0, 4, 2], deps=["ROOT", "dobj", "prep", "det", "pobj"],
    ...           lemmas=["hold", "talk", "on", "a", "withdrawal"])
    >>> topical(doc[4], "RETREAT"), topical(doc[4], "REQUEST")
    (True, False)
    >>> words = ["protested", "on", "the", "withdrawal"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 1], deps=["ROOT", "prep", "det", "pobj"],
    ...           lemmas=["protest", "on", "the", "withdrawal"])
    >>> topical(doc[3], "RETREAT")
    False
    """
    if set_out(noun):
        return True
    prep = noun.head
    if kind in VERBAL_TYPES or noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word, holder = prep.text.lower(), prep.head
    if holder.pos_ in ("NOUN", "PROPN"):
        return _lemma(holder) in _FRAMES and (word in _TOPIC_PREPS or word == "for")
    if word not in _TOPIC_PREPS:
        return False
    return _lemma(holder) in _FRAMING_VERBS or any(
        o.dep_ == "dobj" and _lemma(o) in _FRAMES for o in holder.children)


def set_out(noun) -> bool:
    """Whether event noun ``noun`` is a term a document sets out: the object of the verb, or of its "for",
    by which a plan, law or accord states what it provides ("the accord provides for cooperation", "the
    plan calls for talks": :func:`graphkit.ingest.events.provisions.sets_out_terms`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["the", "accord", "provides", "for", "cooperation"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 3], deps=["det", "nsubj", "ROOT", "prep", "pobj"],
    ...           pos=["DET", "NOUN", "VERB", "ADP", "NOUN"], lemmas=["the", "accord", "provide", "for", "cooperation"])
    >>> set_out(doc[4])
    True
    >>> words = ["Japan", "provides", "for", "cooperation"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "NOUN"], lemmas=["Japan", "provide", "for", "cooperation"])
    >>> set_out(doc[3])
    False
    """
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.text.lower() == "for":
        verb = noun.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and sets_out_terms(verb)
