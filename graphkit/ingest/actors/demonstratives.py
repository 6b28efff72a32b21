"""Distal descriptions: "that country" is the one named last, not the one the text is about.

A definite description ("the country") takes the most salient actor of its kind: the one named often
and lately (:mod:`graphkit.ingest.actors.coref`). The demonstrative "that" points away from the topic,
to the latest actor of the kind named before it ("Yugoslavia is unlikely to follow Brazil's lead ...
'but we have understanding for what that country did'": Brazil), never to one named inside the phrase
it belongs to ("U.S. exports to that country" are not to the U.S.). Only names count, not pronouns
resolved to an actor: the pronoun in between ("suspend its debt repayments") is the topic again.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Japan", "buys", "U.S.", "exports", "to", "that", "country"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 6, 4],
...           deps=["nsubj", "ROOT", "compound", "dobj", "prep", "det", "pobj"],
...           pos=["PROPN", "VERB", "PROPN", "NOUN", "ADP", "DET", "NOUN"])
>>> distal(doc[6], {0: "japan", 2: "usa"}, {"japan": "country", "usa": "country"}, "country")
'japan'
"""
from __future__ import annotations

__all__ = ["distal"]

#: How many tokens back "that X" may look for its actor (about three sentences).
_REACH = 120


def _own_phrase(tok) -> range:
    """The tokens of the noun phrase that "that X" completes ("U.S. exports to that country"), else none."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head.head
        return range(noun.left_edge.i, noun.right_edge.i + 1)
    return range(0)


def distal(tok, names: dict[int, str], kinds: dict[str, str], kind: str) -> str | None:
    """The actor "that X" at ``tok`` points to: the latest name (``names``: token -> actor id) of an
    actor of ``kind`` before it, outside its own phrase; None when ``tok`` has no "that" or none is named,
    and for kinds other than countries ("that company" as often means the one the text is about).

    Parameters
    ----------
    tok : spacy.tokens.Token
        The head noun of the description ("country").
    names : dict
        Token index -> actor id, for names only.
    kinds : dict
        Actor id -> kind.
    kind : str
        The kind the noun names (``'country'`` for "country").
    """
    if kind != "country" or not any(c.dep_ == "det" and c.text.lower() == "that" for c in tok.children):
        return None
    own = _own_phrase(tok)
    for k in range(tok.i - 1, max(-1, tok.i - _REACH), -1):
        aid = names.get(k)
        if aid is not None and kinds.get(aid) == kind and k not in own:
            return aid
    return None
