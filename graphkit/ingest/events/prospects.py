"""Prospects: acts a sentence tells as still to come, though no modal or "will" says so.

English tells a scheduled act in the simple present with a time to come ("U.S. and Japanese
officials meet tomorrow", "the committee meets next week", "King Fahd begins a visit on Tuesday")
and names one by an event noun dated ahead ("Nakasone's visit next month"); neither is a fact yet.
A hedged forecast ("will almost certainly step down") is no commitment, and a past modal perfect
("would have offered") no fact. And an act done
by addressing someone (a request, a criticism) is done only when it is addressed: "Brazil would
seek new loans from Japan, officials said" announces a request that has not been made, while
announcing a stance ("said it would not accept", "said it would agree") takes it, now. An act
someone continues ("would continue to insist") is under way.

:mod:`graphkit.ingest.events.certainty` and :mod:`graphkit.ingest.events.find` read these.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["officials", "meet", "tomorrow"], heads=[1, 1, 1],
...           deps=["nsubj", "ROOT", "npadvmod"], tags=["NNS", "VBP", "NN"])
>>> scheduled(doc[1])
True
"""
from __future__ import annotations

from graphkit.ingest.events.bare_infinitives import bare_future

__all__ = ["ADDRESSED_TYPES", "continued", "counterfactual", "hedged", "party_named", "scheduled", "schedules",
           "unfulfilled", "unrealised", "verb_chain"]

#: Acts done by addressing another party (PLOVER REQUEST, ACCUSE): announced, they are yet to be done.
ADDRESSED_TYPES = frozenset({"REQUEST", "ACCUSE"})
#: Verbs whose infinitive is an act under way: "would continue to insist", "will keep pressing".
_CONTINUING = frozenset({"continue", "keep", "persist"})
#: Words that alone name a time to come.
_AHEAD_WORDS = frozenset({"tomorrow", "tonight"})
#: Modifiers that put a time ahead: "next week", "the coming month", "later this week".
_AHEAD_MODS = frozenset({"next", "coming", "upcoming", "following", "later"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                     "sept", "oct", "nov", "dec"})
#: Adverbs that hedge a certainty word: "almost certainly", "nearly certain".
_HEDGES = frozenset({"almost", "nearly", "virtually", "probably", "most"})
_CERTAINTY_WORDS = frozenset({"certainly", "surely", "definitely", "inevitably"})
_TIME_DEPS = frozenset({"npadvmod", "advmod", "tmod", "obl"})
_COUNTERFACTUAL_AUX = frozenset({"would", "could", "should", "might", "'d"})
#: Words that put an act on a timetable (WordNet 3.0 due.s.02 "scheduled to arrive", scheduled.a.01,
#: slated, set.s.? "ready and set to go"): "is due to meet", "is scheduled to visit", "is set to hold talks".
_SCHEDULING = frozenset({"due", "scheduled", "slated", "set"})


def _ahead(time, weekday: bool) -> bool:
    """Whether the time word ``time`` names a time to come: "tomorrow", "next week", "later this
    month", and (when ``weekday``, for a present tense) a day of the week or of a month ("on April 29")."""
    low = time.text.lower().rstrip(".")
    if low in _AHEAD_WORDS or (weekday and low in _WEEKDAYS):
        return True
    if weekday and low in _MONTHS and any(c.like_num or c.text.isdigit() for c in time.children):
        return True
    mods = [c for c in time.children if c.dep_ in ("amod", "advmod", "det", "poss", "compound")]
    if any(m.text.lower() in _AHEAD_MODS for m in mods):
        return True
    return low == "later" and any(c.dep_ == "npadvmod" for c in time.children)


def _times(tok):
    """The time words attached to ``tok``: bare ("tomorrow", "next week") or after "on"/"in"/"at"."""
    for c in tok.children:
        if c.dep_ in _TIME_DEPS:
            yield c
        elif c.dep_ == "prep" and c.text.lower() in ("on", "in", "at", "during", "by"):
            yield from (o for o in c.children if o.dep_ == "pobj")
        elif c.dep_ == "poss":  # "next week's talks"
            yield c


def scheduled(tok) -> bool:
    """Whether ``tok`` is an act told as scheduled: a simple present verb, or an event noun, with a
    time to come ("meet tomorrow", "meets next week", "begins a visit on Tuesday", "his visit next
    month", "next week's talks").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["committee", "meets", "next", "week"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "amod", "npadvmod"], tags=["NN", "VBZ", "JJ", "NN"])
    >>> scheduled(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["committee", "met", "last", "week"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "amod", "npadvmod"], tags=["NN", "VBD", "JJ", "NN"])
    >>> scheduled(doc[1])
    False
    """
    if tok.tag_ in ("VBZ", "VBP"):
        if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return False  # "has met", "is meeting": told in its own tense
        return any(_ahead(t, weekday=True) for t in _times(tok))
    if tok.pos_ == "NOUN" or tok.tag_ in ("NN", "NNS"):
        return any(_ahead(t, weekday=False) for t in _times(tok))
    return False


def schedules(head, verb) -> bool:
    """Whether ``head`` puts its to-infinitive ``verb`` on a timetable: "due" predicated by "be", or the
    passive "scheduled", "slated", "set" ("Shultz is due to meet Gorbachev", "talks are set to open"). The
    writer tells the act as arranged, as with "will"; "is expected to" is a forecast, not an arrangement.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Shultz", "is", "set", "to", "meet", "him"], heads=[2, 2, 2, 4, 2, 4],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj"])
    >>> schedules(doc[2], doc[4]), schedules(doc[4], doc[5])
    (True, False)
    """
    low = head.text.lower()
    return (verb.dep_ == "xcomp" and verb.head.i == head.i and low in _SCHEDULING
            and any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
            and (low == "due" or any(c.dep_ == "auxpass" for c in head.children)))


def counterfactual(tok) -> bool:
    """Whether ``tok`` is a past modal perfect ("would have offered", "could have won"): no fact.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Kohl", "would", "have", "offered", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "aux", "ROOT", "dobj"], tags=["NNP", "MD", "VB", "VBN", "PRP"])
    >>> counterfactual(doc[3]), counterfactual(doc[0])
    (True, False)
    """
    auxes = [c.text.lower() for c in tok.children if c.dep_ == "aux" and c.i < tok.i]
    return tok.tag_ == "VBN" and "have" in auxes and bool(_COUNTERFACTUAL_AUX & set(auxes))


#: Verbs of intending whose past perfect tells an intention not carried out: "had planned to meet them in
#: Tokyo" (but did not), "contracts it had intended to award to domestic firms" (and now will not); English
#: grammars' hypothetical use of the past perfect ("I had hoped to see you"). A decision taken stays one:
#: "had decided to cut tariffs".
_UNFULFILLED = frozenset({"plan", "intend", "mean", "hope", "want", "expect", "wish"})


def unfulfilled(head) -> bool:
    """Whether ``head`` is a verb of intending in the past perfect ("had planned to", "had intended to"):
    what it was meant to do has not been done, nor is it promised.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "had", "planned", "to", "meet"], heads=[2, 2, 2, 4, 2],
    ...           deps=["nsubj", "aux", "ROOT", "aux", "xcomp"], lemmas=["Japan", "have", "plan", "to", "meet"])
    >>> unfulfilled(doc[2]), unfulfilled(doc[4])
    (True, False)
    """
    return (head.lemma_ or head.text).lower() in _UNFULFILLED and any(
        c.dep_ == "aux" and c.text.lower() == "had" for c in head.children)


def unrealised(head, clause) -> bool:
    """Whether ``clause``, a complement of ``head``, tells an act not done: an intention given up
    (:func:`unfulfilled`: "had planned to meet") or a bare infinitive under a future or modal verb
    (:func:`graphkit.ingest.events.bare_infinitives.bare_future`: "will help the Board investigate").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["helped", "Iraq", "attack"], heads=[0, 2, 0], deps=["ROOT", "nsubj", "ccomp"],
    ...           tags=["VBD", "NNP", "VB"])
    >>> unrealised(doc[0], doc[2])  # "helped Iraq attack": done
    False
    """
    return unfulfilled(head) or bare_future(clause)


def hedged(tok) -> bool:
    """Whether ``tok`` carries a hedged certainty ("will almost certainly step down"): a forecast.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["he", "will", "almost", "certainly", "resign"], heads=[4, 4, 3, 4, 4],
    ...           deps=["nsubj", "aux", "advmod", "advmod", "ROOT"])
    >>> hedged(doc[4]), hedged(doc[0])
    (True, False)
    """
    return any(c.dep_ == "advmod" and c.text.lower() in _CERTAINTY_WORDS
               and any(h.dep_ == "advmod" and h.text.lower() in _HEDGES for h in c.children)
               for c in tok.children)


def continued(verb) -> bool:
    """Whether ``verb`` is the act of a "continue to"/"keep" phrase: an act under way.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["EC", "would", "continue", "to", "insist"], heads=[2, 2, 2, 4, 2],
    ...           deps=["nsubj", "aux", "ROOT", "aux", "xcomp"], lemmas=["EC", "would", "continue", "to", "insist"])
    >>> continued(doc[4]), continued(doc[2])
    (True, False)
    """
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and (head.lemma_ or head.text).lower() in _CONTINUING


def party_named(*tokens, topical: bool = False, preps=("with", "to", "between"), named=None) -> bool:
    """Whether a party is named with an act ``tokens`` (its verb, its noun or None): an object or a phrase
    with "with", "to", "between" ("will meet aid donors", "talks with the banks"), actor or not, other
    than "each other" or "one another" (the doers themselves). A
    meeting told without one ("ministers will meet next Tuesday") is promised to no one. The act's own
    noun ("hold a news conference") is no party, nor is the object of a verb of topic (``topical``:
    "discuss the situation").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["they", "will", "meet", "donors"], heads=[2, 2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT", "dobj"])
    >>> party_named(doc[2]), party_named(doc[0]), party_named(doc[2], topical=True)
    (True, False, False)
    """
    tokens = tuple(t for t in tokens if t is not None)
    for tok in tokens:
        for c in tok.children:
            if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ != "ADP" and c not in tokens and not (
                    topical and c.dep_ == "dobj") and (named is None or named(c)):
                return True
            if c.dep_ == "prep" and c.text.lower() in preps and any(
                    p.dep_ == "pobj" and not _reciprocal(p) for p in c.children):
                return True
    return False


def _reciprocal(tok) -> bool:
    """Whether ``tok`` heads "each other" or "one another", which names the doers themselves ("held
    talks with each other"), no other party."""
    words = {tok.text.lower(), *(c.text.lower() for c in tok.children)}
    return words >= {"each", "other"} or words >= {"one", "another"}


def verb_chain(tok, top) -> bool:
    """Whether ``tok`` reaches ``top`` through verbs' complements only ("accept" in "appeared to be ready
    to accept"), not through an argument noun ("contradict statements by X ruling out ...").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "appeared", "to", "accept", "Y"], heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"])
    >>> verb_chain(doc[3], doc[3]), verb_chain(doc[4], doc[3])
    (True, False)
    """
    t = tok
    while t.i != top.i:
        if t.dep_ not in ("xcomp", "acomp") or t.head.i == t.i:
            return False
        t = t.head
    return True
