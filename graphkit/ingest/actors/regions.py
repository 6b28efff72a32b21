"""The adjectives of regions whose peoples and states news names together ("Western governments", "Arab states").

A noun named by a region's adjective ("European bankers", "Latin American debtors") names people or states of
many countries: of no one country, and not of the country the article is set in.
"""
from __future__ import annotations

__all__ = ["REGIONS", "regional"]

#: Adjectives of the regions whose states news names together ("Western governments", "Arab states").
REGIONS = frozenset({"western", "arab", "african", "european", "asian", "latin american", "gulf", "nordic",
                     "scandinavian", "caribbean", "andean", "baltic", "balkan", "pacific"})


def regional(t, i: int) -> bool:
    """Whether the noun at ``i`` is named by a region's adjective ("European bankers", "Latin American debtors"):
    people of many countries, so of no one country and not the article's.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> t = token_table(Doc(Vocab(), words=["European", "bankers", "and", "Brazilian", "bankers"],
    ...                     heads=[1, 1, 1, 4, 1], deps=["amod", "ROOT", "cc", "amod", "conj"]))
    >>> regional(t, 1), regional(t, 4)
    (True, False)
    """
    return any(t.dep[c] in ("amod", "compound") and t.text[c][:1].isupper() and (
        t.lower[c] in REGIONS or (c > 0 and f"{t.lower[c - 1]} {t.lower[c]}" in REGIONS)) for c in t.children(i))
