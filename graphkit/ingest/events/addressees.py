"""The party one tells that one's own side will act: the addressee of a promise or refusal told.

A verb that takes a party as its object and a finite clause besides ("told Gorbachev the U.S. would
not accept the plan", "assured Moi that the IMF would go on helping Kenya", "informed Tokyo it would
retaliate") communicates that clause to the party (WordNet's frame 26, "Somebody ----s somebody that
CLAUSE"). A verbal act in the clause -- a promise, a refusal, a threat, a demand -- whose doer is the
teller or the teller's own side, and which names no recipient of its own, is made to the one told.
What one tells of a third party ("told Gorbachev that Japan would reject the plan") is that party's
act, not one addressed to the listener, and no one is the addressee of their own side's act. Only a
party with a CAMEO code of its own is one dealt with: telling a newspaper or reporters is giving an
interview.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Reagan", "told", "Gorbachev", "he", "would", "reject", "the", "plan"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 7, 5],
...           deps=["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "det", "dobj"],
...           pos=["PROPN", "VERB", "PROPN", "PRON", "AUX", "VERB", "DET", "NOUN"])
>>> class Actor:
...     def __init__(self, code):
...         self.code, self.sector = code, code[3:]
>>> class Layer:
...     actors = {"reagan": Actor("USAGOV"), "gorbachev": Actor("SUNGOV")}
...     def at(self, i):
...         return {0: "reagan", 2: "gorbachev", 3: "reagan"}.get(i)
>>> told_addressees(doc[5], ["reagan"], Layer())
['gorbachev']
"""
from __future__ import annotations

from graphkit.ingest.events.roles import np_actors, subject_actors

__all__ = ["told_addressees", "same_side"]

#: How far up from the trigger the clause told may start ("would not be able to accept": a few verbs).
_DEPTH = 4


def same_side(a: str, b: str, layer) -> bool:
    """Whether actors ``a`` and ``b`` are one party or of one country (the first three letters of
    their CAMEO codes: "USAGOV" and "USA").

    Examples
    --------
    >>> class Actor:
    ...     def __init__(self, code):
    ...         self.code = code
    >>> class Layer:
    ...     actors = {"reagan": Actor("USAGOV"), "us": Actor("USA"), "gorby": Actor("SUNGOV"), "x": Actor(None)}
    >>> same_side("reagan", "us", Layer()), same_side("reagan", "gorby", Layer()), same_side("x", "us", Layer())
    (True, False, False)
    """
    if a == b:
        return True
    codes = [(getattr(layer.actors.get(x), "code", None) or "")[:3] for x in (a, b)]
    return bool(codes[0]) and codes[0] == codes[1]


def _told_clause(head):
    """The verb that tells the clause ``head`` is in, with a party as its object, else None."""
    t = head
    for _ in range(_DEPTH):
        if t.dep_ == "ccomp":
            verb = t.head
            if any(o.dep_ in ("dobj", "dative", "iobj") for o in verb.children):
                return verb
            return None
        if t.dep_ not in ("xcomp", "conj") or t.head.i == t.i:
            return None
        t = t.head
    return None


def told_addressees(head, actors: list[str], layer) -> list[str]:
    """The parties told the clause of trigger ``head`` when its doers are the teller's side.

    Parameters
    ----------
    head : Token
        The trigger verb of a verbal act.
    actors : list of str
        Its doers.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors`` with their ``code``).

    Returns
    -------
    list of str
        The actors the telling verb's object names, none on the teller's side; empty when the act is
        not in a clause told to a party, or its doers are not the teller's.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Reagan", "told", "Gorbachev", "Japan", "would", "reject", "it"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "dobj"])
    >>> class Actor:
    ...     def __init__(self, code):
    ...         self.code = code
    >>> class Layer:
    ...     actors = {"reagan": Actor("USAGOV"), "gorbachev": Actor("SUNGOV"), "japan": Actor("JPN")}
    ...     def at(self, i):
    ...         return {0: "reagan", 2: "gorbachev", 3: "japan"}.get(i)
    >>> told_addressees(doc[5], ["japan"], Layer())
    []
    """
    verb = _told_clause(head) if actors else None
    if verb is None:
        return []
    tellers = subject_actors(verb, layer)
    if not tellers or not all(any(same_side(a, t, layer) for t in tellers) for a in actors):
        return []
    told = [a for o in verb.children if o.dep_ in ("dobj", "dative", "iobj") for a in np_actors(o, layer)]
    return [a for a in dict.fromkeys(told) if _party(a, layer) and not any(same_side(a, t, layer) for t in tellers)]


def _party(aid: str, layer) -> bool:
    """Whether actor ``aid`` is a party one's side deals with: one with a CAMEO code of its own, not a
    news outlet (sector MED: "told Reuters", "told the Washington Post" is giving an interview)."""
    actor = layer.actors.get(aid)
    return bool(getattr(actor, "code", None)) and getattr(actor, "sector", None) != "MED"
