"""Generic actors: unnamed groups known by a common noun only ("students", "riot police", "the army").

graphkit keeps unnamed groups as actors so that their events stay in the graph (``police`` arrested
``protesters``), but an analyst asking "who matters" or reading the map may want the named actors
only. An actor is *generic* when it is a group, or an institution such as "police" or "army", whose
name has no capital letter: a common noun phrase. A people or a country's forces named with a
proper adjective ("Palestinians", "Israeli troops"), a named organisation ("Hamas"), a person, a
country or a place is not generic.

Queries (:func:`graphkit.graph.query.actors`, :func:`graphkit.graph.rankings.top_actors`,
:func:`graphkit.graph.subgraph.filter_graph`, and the same on ``graph.sqlite``), the CLI
(``--no-generic``), the HTML map (its "unnamed groups" checkbox) and the GraphML/GEXF node
attribute ``generic`` all use this one definition.

Examples
--------
>>> from graphkit.models import Actor
>>> police = Actor(id="p", name="police", kind="organization")
>>> is_generic(police), is_generic(Actor(id="h", name="Hamas", kind="organization"))
(True, False)
>>> is_generic(Actor(id="t", name="Israeli troops", kind="group")), is_generic(Actor(id="u", name="un", kind="person"))
(False, False)
>>> keep_generic(police, False), keep_generic(police, True), keep_generic(police, None)
(False, True, True)
"""
from __future__ import annotations

__all__ = ["is_generic", "keep_generic", "generic_of"]

#: Kinds an unnamed actor has: a group ("students") or an institution ("police", "army").
_UNNAMED_KINDS = frozenset({"group", "organization"})


def generic_of(kind: str, name: str) -> bool:
    """Whether an actor of ``kind`` named ``name`` is generic (see the module)."""
    return kind in _UNNAMED_KINDS and not any(ch.isupper() for ch in name)


def is_generic(actor) -> bool:
    """Whether ``actor`` is an unnamed group known by a common noun only (see the module)."""
    return generic_of(actor.kind, actor.name)


def keep_generic(actor, generic: bool | None) -> bool:
    """Whether ``actor`` passes the filter ``generic``: None keeps every actor, False the named
    ones only, True the generic ones only."""
    return generic is None or is_generic(actor) == bool(generic)
