"""Organisations a country owns by the possessive: "Japan's Export-Import Bank", "Norway's Labour government".

English ties a body to its country with the possessive as it does with a demonym: "Japan's Export-Import
Bank" is the Japanese one, "Britain's Conservative Party" the British one. The possessor may own the name
itself or the noun the name modifies ("Norway's minority Labour government": Norway's Labour). So an
organisation with no country of its own (no code, no coded tie, no body of states) whose mention is owned,
so, by a country the article names is tied to that country.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Japan", "'s", "Export-Import", "Bank", "agreed"], heads=[3, 0, 3, 4, 4],
...           deps=["poss", "case", "compound", "nsubj", "ROOT"])
>>> owner_tokens(token_table(doc), 2, 4)
[0]
"""
from __future__ import annotations

from graphkit.ingest.actors.sectors import is_intergovernmental

__all__ = ["owner_tokens", "owned_bodies"]

#: Dependencies of a name that modifies a noun ("Labour" in "Labour government").
_MODIFIER = frozenset({"compound", "amod", "nmod"})


def owner_tokens(t, start: int, end: int) -> list[int]:
    """The possessors of the name at tokens ``start:end``: of its head, or of the noun the name modifies."""
    h = next((k for k in range(start, end) if not start <= t.head[k] < end), end - 1)
    nouns = [h, t.head[h]] if t.dep[h] in _MODIFIER and t.head[h] >= end else [h]
    return [c for x in nouns for c in t.children(x) if t.dep[c] == "poss" and not start <= c < end]


def owned_bodies(b) -> None:
    """Tie each uncoded organisation of builder ``b``'s article that a named country owns to it (see the module)."""
    for c in b.clusters:
        if c.kind != "organization" or c.code or any(x.code for x in b.affil[id(c)]) \
                or any(is_intergovernmental(n) for n in c.names):
            continue
        owners = {id(x): x for m in c.mentions for k in owner_tokens(b.table, m.start, m.end)
                  if (x := b.tok_cluster.get(k)) is not None and x.kind == "country" and x.code}
        if len(owners) == 1:
            b.tie(c, next(iter(owners.values())))
