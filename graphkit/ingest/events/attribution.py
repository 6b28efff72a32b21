"""Whose words a sentence reports when no reporting verb governs them, and "Y is to blame".

* **"..., according to X"** attributes the whole sentence to X, as "X said" would: a judgement
  or a charge stated in it is X's (:func:`according_to`).
* **"Y is to blame (for Z)"** is said by someone: it is the speaker's ACCUSE of Y, never an act
  of Y's (:func:`blamed_party`). The speaker is the subject of the reporting verb above it, the
  speaker of a continued quotation, or the source of an "according to" phrase.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Y", "failed", ",", "according", "to", "X"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4], deps=["nsubj", "ROOT", "punct", "prep", "prep", "pobj"],
...           sent_starts=[1, 0, 0, 0, 0, 0])
>>> class Layer:
...     def at(self, i):
...         return {0: "y", 5: "x"}.get(i)
>>> according_to(doc[1], Layer())
['x']
"""
from __future__ import annotations

from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.triggers import lemma_of

__all__ = ["according_to", "blamed_party"]


def according_to(tok, layer) -> list[str]:
    """The sources of the sentence of ``tok`` given by "according to X" (or "in the words of X")."""
    try:
        sent = tok.sent
    except ValueError:  # no sentence boundaries
        sent = tok.doc[:]
    out: list[str] = []
    for t in sent:
        if t.text.lower() == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text.lower() == "to":
            to = t.doc[t.i + 1]
            for o in to.children:
                if o.dep_ == "pobj":
                    out += [a for a in np_actors(o, layer) if a not in out]
    return out


def blamed_party(verb, layer) -> list[str] | None:
    """The party "Y is to blame" blames, when ``verb`` is the "blame" of that construction
    (None otherwise): the subject of "be" (an empty list when it is no actor).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Y", "is", "to", "blame"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp"], lemmas=["Y", "be", "to", "blame"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return "y" if i == 0 else None
    >>> blamed_party(doc[3], Layer())
    ['y']
    """
    if lemma_of(verb) != "blame" or verb.dep_ != "xcomp" or lemma_of(verb.head) != "be":
        return None
    if any(c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return None  # "it is hard to blame them": an arbitrary doer blames someone
    # the subject itself, not a place inside it ("a lack of brokers in Japan is to blame" blames no Japan)
    return [a for s in verb.head.children if s.dep_ in ("nsubj", "nsubjpass")
            for a in (np_actors(s, layer) if layer.at(s.i) or s.pos_ == "PRON" else [])]
