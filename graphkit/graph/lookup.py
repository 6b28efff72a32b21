"""Finding actors by name or alias.

Examples
--------
>>> from graphkit.models import Actor
>>> actors = [Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Kerry"]),
...           Actor(id="qatar", name="Qatar", kind="country")]
>>> find_actor(actors, "kerry").id
'john-kerry'
>>> find_actor(actors, "qatar").name
'Qatar'
"""
from __future__ import annotations

import re

from graphkit.errors import ActorNotFoundError, AmbiguousActorError

__all__ = ["normalize_name", "find_actor"]


def normalize_name(name: str) -> str:
    """Lower case, no dots, no leading article, single spaces.

    >>> normalize_name("the U.S.")
    'us'
    """
    s = (name or "").lower().replace(".", "").replace("’", "'")
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"[\s\-]+", " ", s).strip()


def find_actor(actors, name: str):
    """The one actor whose id, name or alias is ``name``.

    Raises :class:`ActorNotFoundError` (with close candidates) or :class:`AmbiguousActorError`
    (listing the candidates).
    """
    actors = list(actors)
    for a in actors:
        if a.id == name:
            return a
    key = normalize_name(name)
    exact = [a for a in actors if normalize_name(a.name) == key]
    if len(exact) == 1:
        return exact[0]
    hits = exact or [a for a in actors if key in {normalize_name(x) for x in a.aliases}]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        listing = ", ".join(f"{a.name} ({a.id})" for a in hits[:10])
        raise AmbiguousActorError(f"{name!r} matches several actors: {listing}; use an id")
    close = [a for a in actors if key and (key in normalize_name(a.name) or any(key in normalize_name(x) for x in a.aliases))]
    hint = f"; did you mean: {', '.join(a.name for a in close[:8])}" if close else ""
    raise ActorNotFoundError(f"no actor named {name!r}{hint}")
