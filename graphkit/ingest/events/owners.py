"""Whose thing a noun phrase names when its modifiers name several parties, or none.

A thing is the party that owns it, not the place it stands in: "two of its Gulf oil platforms" are
the possessor's ("its"), the Gulf only where they stand; "Iran's Gulf ports" are Iran's. And a
country written before a unit of money names the currency, never a party: "54.9 mln US dlrs" is no
act of or on the United States.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["its", "Gulf", "platforms"], heads=[2, 2, 2], deps=["poss", "compound", "ROOT"])
>>> class Actor:
...     def __init__(self, kind):
...         self.kind = kind
>>> class Layer:
...     actors = {"iran": Actor("country"), "gulf": Actor("location")}
...     def at(self, i):
...         return {0: "iran", 1: "gulf"}.get(i)
>>> owner_over_place(doc[2], ["gulf"], Layer())
['iran']
>>> names_money(Doc(Vocab(), words=["US", "dlrs"])[1])
True
"""
from __future__ import annotations

from graphkit.ingest.actors.mentions import is_money_word

__all__ = ["owner_over_place", "names_money"]


def owner_over_place(tok, found: list[str], layer) -> list[str] | None:
    """The possessors of the noun ``tok`` when the actors its other modifiers gave (``found``) are
    all places ("its Gulf oil platforms": the owner, not the Gulf); None when that is not so.

    Parameters
    ----------
    tok : Token
        The head of a noun phrase.
    found : list of str
        The actor ids its compound, adjective or appositive modifiers name.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of str or None
        The actors of its possessive modifiers, or None.
    """
    actors = getattr(layer, "actors", {})
    if not found or not all((a := actors.get(x)) is not None and a.kind == "location" for x in found):
        return None
    owners = [aid for c in tok.children if c.dep_ == "poss" and (aid := layer.at(c.i)) and aid not in found]
    return owners or None


def names_money(tok) -> bool:
    """Whether the noun ``tok`` is a unit of money ("dlrs", "dollars", "marks"): a country before it
    ("US dlrs", "Japanese yen") names the currency, not a party."""
    return is_money_word(tok.text)
