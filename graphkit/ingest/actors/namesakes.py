"""Whose description: "the union" is the actor of the article named "... Union".

A definite description whose head noun is the head word of a name in the same article refers to
that name's bearer: "the union" is the Letter Carriers Union, "the agency" the Environmental
Protection Agency, "the bank" the Asian Development Bank -- whether the name comes before it or
only later in the article (news leads often say "the union" and name it in a later paragraph).
The bearer must be of the description's kind (so "the union" is never the Soviet Union, a
country). The nearest such name before the description wins, else the first one after it; with no
namesake the description is resolved by kind and salience as before
(:mod:`graphkit.ingest.actors.coref`).
"""
from __future__ import annotations

__all__ = ["bearer"]


def bearer(i: int, lower, names: dict[int, str], kinds: dict[str, str], desc: tuple[str, int]) -> str | None:
    """The actor whose name ends in the head word of the description at token ``i``, or None.

    Parameters
    ----------
    i : int
        Index of the description's head noun ("union").
    lower : sequence of str
        The lowercased words of the document.
    names : dict
        Token index -> actor id for every token of the names found in the document.
    kinds : dict
        Actor id -> kind.
    desc : tuple of (str, int)
        The kind the description refers to ("organization") and its number: only a singular
        description ("the union", not "the two unions") has a namesake.

    Returns
    -------
    str or None
        The nearest earlier bearer of a name ending in ``lower[i]`` of kind ``kind``, else the first
        later one, else None.

    Examples
    --------
    >>> lower = ["the", "union", "rejected", "it", ".", "the", "letter", "carriers", "union", "said"]
    >>> names = {6: "lcu", 7: "lcu", 8: "lcu"}
    >>> bearer(1, lower, names, {"lcu": "organization"}, ("organization", 1))
    'lcu'
    >>> bearer(1, lower, names, {"lcu": "country"}, ("organization", 1)) is None
    True
    """
    kind, number = desc
    if number != 1:
        return None
    word = lower[i]
    found = [j for j, aid in names.items() if j != i and lower[j] == word and kinds.get(aid) == kind
             and names.get(j + 1) != aid]  # the last word of the name: its head
    before = [j for j in found if j < i]
    if before:
        return names[max(before)]
    after = [j for j in found if j > i]
    return names[min(after)] if after else None
