"""Whose thing a noun phrase names when its modifiers name several parties, or none.

A thing is the party that owns it, not the place it stands in: "two of its Gulf oil platforms" are
the possessor's ("its"), the Gulf only where they stand; "Iran's Gulf ports" are Iran's. A firm
"of" a place ("First Securities Transfer Systems Inc of Pompano Beach, Fla.") is only based there, and a
place in apposition ("Fla.") only where that is. A noun of relation names the other party: "Israel's
militia ally" is no Israeli; "the Iran scandal" is no act of Iran's. And a
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

from graphkit.ingest.actors.market_words import is_money_word

__all__ = ["owner_over_place", "names_money", "only_its_seat", "is_place", "modifier_deps"]

#: Nouns of a relation to another party: "Israel's militia ally", "its rivals", "his colleagues" are not the possessor.
_RELATIONS = frozenset({"ally", "partner", "neighbour", "neighbor", "rival", "enemy", "foe", "adversary", "opponent",
                        "counterpart", "competitor", "creditor", "debtor", "critic", "challenger", "colleague",
                        "friend", "successor", "predecessor"})
#: Nouns of a matter named after what it concerns: "the Iran scandal", "the Gulf crisis", "the Cyprus question"
#: are no acts of or on Iran, the Gulf or Cyprus.
_MATTERS = frozenset({"scandal", "affair", "crisis", "issue", "question", "controversy", "saga"})


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
        The actors of its possessive modifiers; an empty list when the places belong to no state
        ("Gulf oil platforms"); else None.
    """
    if not found or not all(is_place(x, layer) for x in found):
        return None
    owners = [aid for c in tok.children if c.dep_ == "poss" and (aid := layer.at(c.i)) and aid not in found]
    placed = {layer.at(c.i) for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    if not owners and all(_stateless(x, layer) and x in placed for x in found):
        return []  # "attacks on Gulf oil platforms": a sea or a region is where they stand, no party
    return owners or None


def names_money(tok) -> bool:
    """Whether the noun ``tok`` is a unit of money ("dlrs", "dollars", "marks"): a country before it
    ("US dlrs", "Japanese yen") names the currency, not a party."""
    return is_money_word(tok.text)


def only_its_seat(tok, found: list[str], layer) -> bool:
    """Whether the places ``found`` in the "of" phrase of the name ``tok`` are only where the
    organisation it names is based ("Gipharmex (Giuliani Group), of Milan, Italy"): a part of a name
    the actor stage did not resolve, whose "of" phrase names places only.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Transfer", "Inc", "of", "Fla."], ents=["B-ORG", "I-ORG", "O", "B-GPE"],
    ...           pos=["PROPN", "PROPN", "ADP", "PROPN"])
    >>> class Actor:
    ...     kind = "location"
    >>> class Layer:
    ...     actors = {"fla": Actor()}
    >>> only_its_seat(doc[1], ["fla"], Layer()), only_its_seat(doc[0], [], Layer())
    (True, False)
    """
    return bool(found) and tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and all(is_place(x, layer) for x in found)


def is_place(aid: str, layer) -> bool:
    """Whether actor ``aid`` of ``layer`` is a place that is no state (a city, a region, a sea)."""
    a = getattr(layer, "actors", {}).get(aid)
    return a is not None and a.kind == "location"


def modifier_deps(tok, deps: tuple[str, ...]) -> tuple[str, ...]:
    """The modifier dependencies ``deps`` whose actors the noun ``tok`` names: none for a unit of money
    ("US dlrs"), no possessor for a noun of relation ("Israel's militia ally", "its rivals"), no
    modifier naming what a matter concerns ("the Iran scandal").

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["allies", "dlrs", "troops", "scandal"], lemmas=["ally", "dlrs", "troop", "scandal"])
    >>> [modifier_deps(t, ("compound", "poss")) for t in doc]
    [('compound',), (), ('compound', 'poss'), ('poss',)]
    """
    if names_money(tok):
        return ()
    low = (tok.lemma_ or tok.text).lower()
    if low in _RELATIONS:
        return tuple(d for d in deps if d != "poss")
    if low in _MATTERS:
        return tuple(d for d in deps if d not in ("compound", "amod"))
    return deps


def _stateless(aid: str, layer) -> bool:
    """Whether actor ``aid`` is a place of no state: no country code, no country it belongs to (a sea,
    a region: "the Gulf")."""
    a = getattr(layer, "actors", {}).get(aid)
    return a is not None and a.kind == "location" and not getattr(a, "code", None) and not getattr(
        a, "affiliations", None)
