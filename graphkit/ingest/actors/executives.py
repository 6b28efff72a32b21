"""The executive of an unnamed setting: "the administration" in a U.S. report that names no United States.

A report set in a country it never names (a U.S. report names Washington, Congress and Reagan, not the
United States: :meth:`graphkit.ingest.actors.find._Builder.main_country` with ``clear``, which keeps that
country as the builder's ``unnamed_home``) speaks of that country's executive as "the government" or
"the administration", as a report that names its country does (:func:`graphkit.ingest.actors.offices.home_country`).
Only the whole executive, with no owner: a single office ("the premier", "ministers") may be another
country's in a report that does not say which.

Examples
--------
>>> sorted(EXECUTIVES)
['administration', 'government']
"""
from __future__ import annotations

from graphkit.ingest.actors.offices import home_country, national_office

__all__ = ["EXECUTIVES", "setting_executive"]

#: Head nouns of a country's whole executive.
EXECUTIVES = frozenset({"government", "administration"})


def setting_executive(b, i: int) -> bool:
    """Map "the government" or "the administration" at ``i`` to the country of an unnamed setting of
    builder ``b``'s article (see the module); True when it did.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Builder:  # only the table is read for a single office
    ...     def __init__(self, doc):
    ...         self.table = token_table(doc)
    >>> doc = Doc(Vocab(), words=["the", "president", "said"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    >>> setting_executive(Builder(doc), 1)
    False
    """
    t = b.table
    if t.lower[i] not in EXECUTIVES or not national_office(t, i):
        return False
    if b.main_country(clear=True) is not None or home_country(b) is not None:
        return False  # a named setting: :func:`graphkit.ingest.actors.unnamed._home_office` has it
    code = b.unnamed_home
    if not code:
        return False
    start = next((c for c in t.children(i) if t.dep[c] == "det"), i)
    c = b.country(code)
    c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = b.ensure_id(c)
    return True
