"""A demonym inside a longer name is no demonym: "Latin American", "North American" are not American.

A word that is a country's demonym ("American") may end a longer name the model tags as one
entity ("Latin American", "North American", "Central American" nations, debtors, leaders): the
whole name, a region's adjective, is what modifies the noun, and it names no country. A token inside
an entity (tagged ``I``) whose whole text is no demonym is not read as one; an entity whose whole
text is one ("South African") keeps its country.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Latin", "American", "nations", "and", "American", "firms"],
...           ents=["B-NORP", "I-NORP", "O", "O", "B-NORP", "O"])
>>> t = token_table(doc)
>>> inside_other_name(doc, t, 1), inside_other_name(doc, t, 4)
(True, False)
>>> doc = Doc(Vocab(), words=["South", "American", "debtors", "and", "South", "Korean", "firms"],
...           ents=["O", "B-NORP", "O", "O", "O", "B-NORP", "O"])
>>> t = token_table(doc)
>>> inside_other_name(doc, t, 1), inside_other_name(doc, t, 5)
(True, False)
"""
from __future__ import annotations

from graphkit.ingest.actors.around import ent_span
from graphkit.ingest.actors.gazetteer import demonym_code

__all__ = ["inside_other_name"]

#: Demonyms that also name a continent or islands ("Latin American", "West Indian").
_CONTINENTAL = frozenset({"american", "indian"})
#: Words that name a part of a continent before its adjective.
_REGION = frozenset({"Latin", "Central", "North", "South", "East", "West"})


def inside_other_name(doc, table, k: int) -> bool:
    """Whether token ``k`` continues an entity begun before it whose whole text is no demonym."""
    if k and table.text[k - 1] in _REGION and table.lower[k] in _CONTINENTAL:
        return demonym_code(f"{table.text[k - 1]} {table.text[k]}") is None  # "South American", not "American"
    if table.ent_iob[k] != "I":
        return False
    s, e = ent_span(doc, k)
    return demonym_code(doc[s:e].text) is None
