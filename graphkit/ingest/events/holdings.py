"""Organisations a firm owns: a firm's unit is a firm.

Business news names a firm's units by their own names with the owner as possessor: "Holiday Corp's
Holiday Inn Hotel Group said it will add 17 hotels", "Playboy Enterprises Inc said its Playboy
Licensing unit has entered into an agreement", "Altron Group's Fintech unit". What a firm owns is
business too: an organisation a mention of which is possessed by a firm, by its name ("Holiday
Corp's") or by a pronoun the actor stage ties to it ("its"), is a firm, and its plans and deals are no
political acts (:func:`graphkit.ingest.events.commerce.between_firms`). A body possessed by a country or
a party ("Britain's Labour Party", "Japan's Finance Ministry") is none.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.models import Actor
>>> doc = Doc(Vocab(), words=["Holiday", "Corp", "'s", "Inn", "Group", "said"], heads=[1, 4, 1, 4, 5, 5],
...           deps=["compound", "poss", "case", "compound", "nsubj", "ROOT"])
>>> owned_firms(doc, {0: "h", 1: "h", 3: "g", 4: "g"}, {"g": Actor(id="g", name="Inn Group", kind="organization")},
...             {"h"})
{'g'}
"""
from __future__ import annotations

from collections.abc import Mapping

from graphkit.models import Actor

__all__ = ["owned_firms", "owner_of"]

#: Dependencies from a name up to the head of the noun phrase it names or modifies ("its Playboy Licensing unit").
_UP = frozenset({"compound", "nmod", "amod", "appos"})


def owner_of(tok, token_actor: Mapping[int, str]) -> str | None:
    """The actor possessing the noun phrase that token ``tok`` names or modifies, or None.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A token of an organisation's name.
    token_actor : Mapping of int to str
        The actor each token stands for (pronouns included, after coreference).

    Returns
    -------
    str or None
        The actor of the phrase's possessor ("Holiday Corp's", "its"), if the actor stage tied one to it.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["its", "Playboy", "Licensing", "unit"], heads=[3, 2, 3, 3],
    ...           deps=["poss", "compound", "compound", "ROOT"])
    >>> owner_of(doc[1], {0: "p", 1: "l", 2: "l"}), owner_of(doc[1], {1: "l", 2: "l"})
    ('p', None)
    """
    own = token_actor.get(tok.i)
    seen = 0
    while seen < 8:
        for c in tok.children:
            if c.dep_ == "poss" and token_actor.get(c.i) not in (None, own):
                return token_actor[c.i]
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            return None
        tok, seen = tok.head, seen + 1
    return None


def owned_firms(doc, token_actor: Mapping[int, str], actors: Mapping[str, Actor], firms: set[str]) -> set[str]:
    """The organisations of ``actors`` without an actor code a mention of which is possessed by one of the
    ``firms`` (:func:`owner_of`): the firms' units.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    token_actor : Mapping of int to str
        The actor each token stands for.
    actors : Mapping of str to Actor
        The article's actors by id.
    firms : set of str
        The ids of the article's firms.

    Returns
    -------
    set of str
        The ids of the organisations so owned.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Britain", "'s", "Labour", "Party"], heads=[3, 0, 3, 3],
    ...           deps=["poss", "case", "compound", "ROOT"])
    >>> owned_firms(doc, {0: "gb", 2: "l", 3: "l"}, {"l": Actor(id="l", name="Labour Party", kind="organization")},
    ...             set())
    set()
    """
    out = set()
    for i, aid in token_actor.items():
        actor = actors.get(aid)
        if actor is None or actor.kind != "organization" or actor.code or aid in firms or i >= len(doc):
            continue
        if owner_of(doc[i], token_actor) in firms:
            out.add(aid)
    return out
