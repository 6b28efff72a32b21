"""Members named as examples of a group: "banks like the World Bank", "allies such as Japan".

A noun phrase followed by "like" or "such as" and names ("major debtors such as Brazil and Mexico")
refers to the group through the members it names: they are its parties when the group itself has no
actor (used by :func:`graphkit.ingest.events.roles.np_actors`).
"""
from __future__ import annotations

__all__ = ["names_examples"]


def names_examples(prep) -> bool:
    """Whether preposition ``prep`` names members standing for its head's group ("like", "such as").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["allies", "such", "as", "Japan"], heads=[0, 2, 0, 2],
    ...           deps=["ROOT", "amod", "prep", "pobj"])
    >>> names_examples(doc[2]), names_examples(doc[0])
    (True, False)
    """
    low = prep.text.lower()
    return low == "like" or low == "as" and any(x.text.lower() == "such" for x in prep.children)
