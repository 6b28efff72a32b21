"""Places the article names only as a firm's seat: where a firm or a part of it is, not a party.

Business news places its firms: "its U.K. subsidiary", "its South African company", "Victoria
Exploration N.L. of Perth, Australia", "its Salt Lake City Division". Such a place is not a party
to the firm's dealings, yet the actor stage finds a country or a place there, and an act between
firms then looks like one towards a state ("Rank Xerox agreed to sell its South African company to
Fintech": AGREE towards South Africa). A place every mention of which in the article is a firm's seat
is counted with the firms (:func:`graphkit.ingest.events.enterprise.business_actors`), so that the
firms' dealings stay business (:func:`graphkit.ingest.events.commerce.between_firms`). A mention is a
firm's seat when

* it modifies a noun that names a company or a part of one (``data/words/firm_nouns.txt``,
  ``data/words/firm_part_nouns.txt``: "its U.K. unit", "its South African company"); or
* it is the object of "of" or "in" after a firm's name, or stands in apposition to a firm's name or
  to such a seat ("N.L. of Perth, Australia"); or
* the place's own name ends with such a noun (the model's "Salt Lake City Division").

A place named anywhere else in the article as itself (a doer, a market, a destination) is never
counted with the firms.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.models import Actor
>>> doc = Doc(Vocab(), words=["its", "U.K.", "unit", "said"], heads=[2, 2, 3, 3],
...           deps=["poss", "compound", "nsubj", "ROOT"], lemmas=["its", "U.K.", "unit", "say"])
>>> firm_seats(doc, {1: "gb"}, {"gb": Actor(id="gb", name="United Kingdom", kind="country", code="GBR")}, set())
{'gb'}
"""
from __future__ import annotations

from collections.abc import Mapping

from graphkit.ingest.words import word_list
from graphkit.models import Actor

__all__ = ["FIRM_PARTS", "firm_seats", "is_seat"]

#: Nouns that name a company or a part of one ("company", "subsidiary", "unit", "division").
FIRM_PARTS = word_list("firm_nouns") | word_list("firm_part_nouns")
#: Dependencies of a word that modifies a noun ("U.K. unit", "South African company", "Perth's").
_MODIFIER = frozenset({"compound", "amod", "nmod"})
#: Prepositions that place a firm ("N.L. of Perth", "a bank in Tokyo").
_PLACING = frozenset({"of", "in"})
#: Kinds of actor that are places.
_PLACES = frozenset({"country", "location"})


def _word(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def is_seat(tok, token_actor: Mapping[int, str], firms: set[str]) -> bool:
    """Whether the place named at token ``tok`` is named as a firm's seat (see the module's rules).

    Parameters
    ----------
    tok : spacy.tokens.Token
        A token of the place's name.
    token_actor : Mapping of int to str
        The actor each token stands for.
    firms : set of str
        The ids of the article's firms.

    Returns
    -------
    bool
        True when the name modifies a company noun, follows "of"/"in" after a firm's name, or stands in
        apposition to a firm's name or to another seat.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Corp", "of", "Perth", "said"], heads=[3, 0, 1, 3],
    ...           deps=["nsubj", "prep", "pobj", "ROOT"])
    >>> is_seat(doc[2], {0: "f", 2: "p"}, {"f"}), is_seat(doc[2], {0: "f", 2: "p"}, set())
    (True, False)
    """
    aid = token_actor.get(tok.i)
    while tok.dep_ in _MODIFIER and token_actor.get(tok.head.i) == aid and tok.head.i != tok.i:
        tok = tok.head  # "South African", "Salt Lake City": to the name's last word
    head = tok.head
    if head.i == tok.i:
        return False
    if tok.dep_ in _MODIFIER and _word(head) in FIRM_PARTS:
        return True  # "its U.K. unit", "its South African company"
    if tok.dep_ == "pobj" and head.text.lower() in _PLACING and token_actor.get(head.head.i) in firms:
        return True  # "Victoria Exploration N.L. of Perth"
    if tok.dep_ == "appos" and token_actor.get(head.i) != aid:
        return token_actor.get(head.i) in firms or (head.i in token_actor and is_seat(head, token_actor, firms))
    return False


def firm_seats(doc, token_actor: Mapping[int, str], actors: Mapping[str, Actor], firms: set[str]) -> set[str]:
    """The places of ``actors`` every mention of which in ``doc`` is a firm's seat (:func:`is_seat`), or
    whose name ends with a noun naming a company or a part of one ("Salt Lake City Division").

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
        The ids of the places so named.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "U.K.", "said"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    >>> uk = Actor(id="gb", name="United Kingdom", kind="country", code="GBR")
    >>> firm_seats(doc, {1: "gb"}, {"gb": uk}, set())
    set()
    >>> firm_seats(doc, {}, {"d": Actor(id="d", name="Salt Lake City Division", kind="location")}, set())
    {'d'}
    """
    tokens: dict[str, list[int]] = {}
    for i, aid in token_actor.items():
        if i < len(doc) and aid in actors and actors[aid].kind in _PLACES:
            tokens.setdefault(aid, []).append(i)
    out = {aid for aid, found in tokens.items() if all(is_seat(doc[i], token_actor, firms) for i in found)}
    for aid, actor in actors.items():
        words = actor.name.lower().split()
        if actor.kind == "location" and len(words) > 1 and words[-1] in FIRM_PARTS:
            out.add(aid)
    return out
