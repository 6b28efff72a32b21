"""Finding actors by id, name, alias, country code or surname.

An :class:`ActorIndex` is built once per graph; each lookup is then a few dict reads.
Names are compared after :func:`graphkit.names.name_key` (case, dots, a leading "the").
The tiers are tried in order and the first that matches decides:

1. the actor id;
2. the actor's name;
3. one of its aliases;
4. the actor id in any case;
5. a country's ISO 3166-1 alpha-3 code (``"USA"``) -- tried first, right after the id, when
   the name is written as a code (three capital letters) and one actor has that code, so that
   ``"GBR"`` finds the country even when an organisation or a person is also called GBR;
6. a person's surname (the last word of the name or of an alias).

A tier with several actors raises :class:`~graphkit.errors.AmbiguousActorError`, no match
raises :class:`~graphkit.errors.ActorNotFoundError`; both messages list the candidates,
and the exception carries them as ``.candidates`` (a list of actors).

Examples
--------
>>> from graphkit.models import Actor
>>> actors = [Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Kerry"]),
...           Actor(id="qatar", name="Qatar", kind="country", code="QAT")]
>>> find_actor(actors, "kerry").id
'john-kerry'
>>> find_actor(actors, "QAT").name
'Qatar'
>>> find_actor(actors + [Actor(id="qat", name="QAT", kind="organization")], "QAT").name
'Qatar'
>>> find_actor(actors + [Actor(id="qataris", name="Qataris", kind="group", code="QAT")], "QAT").name
'Qatar'
>>> find_actor(actors, "Katar")
Traceback (most recent call last):
...
graphkit.errors.ActorNotFoundError: no actor named 'Katar'; did you mean: Qatar (qatar)
"""
from __future__ import annotations

import difflib
from collections import defaultdict

from graphkit.errors import ActorNotFoundError, AmbiguousActorError, QueryError
from graphkit.models import KINDS
from graphkit.names import name_key

__all__ = ["find_actor", "ActorIndex"]

_MAX_LISTED = 10




def _looks_like_code(name: str) -> bool:
    """Whether ``name`` is written as an ISO 3166-1 alpha-3 code: three capital letters.

    >>> _looks_like_code("GBR"), _looks_like_code("Gbr"), _looks_like_code("UK")
    (True, False, False)
    """
    return len(name) == 3 and name.isalpha() and name.isupper()


def _listing(actors) -> str:
    shown = ", ".join(f"{a.name} ({a.id})" for a in actors[:_MAX_LISTED])
    more = len(actors) - _MAX_LISTED
    return shown + (f" and {more} more" if more > 0 else "")


class ActorIndex:
    """Lookup tables over a list of actors, built once.

    Parameters
    ----------
    actors : iterable of Actor

    Examples
    --------
    >>> from graphkit.models import Actor
    >>> idx = ActorIndex([Actor(id="benjamin-netanyahu", name="Benjamin Netanyahu", kind="person"),
    ...                   Actor(id="sara-netanyahu", name="Sara Netanyahu", kind="person")])
    >>> idx.find("Benjamin Netanyahu").id
    'benjamin-netanyahu'
    >>> idx.find("Netanyahu")
    Traceback (most recent call last):
    ...
    graphkit.errors.AmbiguousActorError: 'Netanyahu' matches 2 actors: Benjamin Netanyahu (benjamin-netanyahu),
    Sara Netanyahu (sara-netanyahu); use an id or a fuller name
    >>> idx = ActorIndex([Actor(id="georgia", name="Georgia", kind="country", code="GEO"),
    ...                   Actor(id="georgia-2", name="Georgia", kind="location")])
    >>> idx.find("Georgia", kind="location").id
    'georgia-2'
    """

    def __init__(self, actors) -> None:
        self.actors = list(actors)
        self._by_id = {a.id: a for a in self.actors}
        self._by_id_lower: dict[str, list] = defaultdict(list)
        self._tiers: tuple[dict[str, list], ...] = tuple(defaultdict(list) for _ in range(4))
        by_name, by_alias, by_code, by_surname = self._tiers
        for a in self.actors:
            self._by_id_lower[a.id.lower()].append(a)
            by_name[name_key(a.name)].append(a)
            for alias in a.aliases:
                key = name_key(alias)
                if a not in by_alias[key]:
                    by_alias[key].append(a)
            if a.code:
                by_code[a.code.lower()].append(a)
            if a.kind == "person":
                for n in {name_key(x).rsplit(" ", 1)[-1] for x in [a.name, *a.aliases]} - {""}:
                    by_surname[n].append(a)
        self._names = sorted({k for tier in (by_name, by_alias, by_surname) for k in tier if k})

    def find(self, name: str, kind: str | None = None):
        """The one actor called ``name`` (optionally only actors of ``kind``).

        Raises
        ------
        ActorNotFoundError
            No actor matches; the message suggests close names.
        AmbiguousActorError
            Several actors match in the first tier that matches.
        """
        if kind is not None and kind not in KINDS:
            raise QueryError(f"unknown actor kind {kind!r}; choose from {', '.join(KINDS)}")
        name = str(name)

        def ok(hits):
            return [a for a in hits if kind is None or a.kind == kind]

        if name in self._by_id and ok([self._by_id[name]]):
            return self._by_id[name]
        key = name_key(name)
        by_name, by_alias, by_code, by_surname = self._tiers
        tiers = [by_name.get(key, []), by_alias.get(key, []), self._by_id_lower.get(name.lower(), []),
                 by_code.get(key, []), by_surname.get(key, [])]
        if _looks_like_code(name):  # "GBR": the country before an organisation that calls itself GBR
            coded = ok(tiers[3])
            countries = [a for a in coded if a.kind == "country"]
            if len(coded) == 1 or len(countries) == 1:  # a group of nationals may carry the code too
                return countries[0] if countries else coded[0]
        for hits in tiers:
            hits = ok(hits)
            if len(hits) == 1:
                return hits[0]
            if hits:
                raise AmbiguousActorError(f"{name!r} matches {len(hits)} actors: {_listing(hits)}; "
                                          "use an id or a fuller name", candidates=hits)
        close = self._close(key, kind)
        hint = f"; did you mean: {_listing(close)}" if close else ""
        raise ActorNotFoundError(f"no actor named {name!r}" + (f" of kind {kind}" if kind else "") + hint,
                                 candidates=close)

    def _close(self, key: str, kind: str | None) -> list:
        """Actors whose name or alias contains ``key`` or is spelled like it."""
        if not key:
            return []
        names = [n for n in self._names if key in n]
        names += [n for n in difflib.get_close_matches(key, self._names, n=5, cutoff=0.75) if n not in names]
        out: list = []
        for n in names:
            for a in self._tiers[0].get(n, []) + self._tiers[1].get(n, []) + self._tiers[3].get(n, []):
                if a not in out and (kind is None or a.kind == kind):
                    out.append(a)
        return out


def find_actor(actors, name: str, kind: str | None = None):
    """The one actor whose id, name, alias, code or surname is ``name``.

    Parameters
    ----------
    actors : iterable of Actor or ActorIndex
        The actors to search (pass an :class:`ActorIndex` to look up many names cheaply).
    name : str
    kind : str, optional
        Only actors of this kind (``person``, ``organization``, ``country``, ``location``, ``group``).

    Raises
    ------
    ActorNotFoundError, AmbiguousActorError
        With the candidates in the message and in ``.candidates``.

    Examples
    --------
    >>> from graphkit.models import Actor
    >>> actors = [Actor(id="gaza", name="Gaza", kind="location"),
    ...           Actor(id="gaza-strip", name="Gaza Strip", kind="location")]
    >>> find_actor(actors, "the Gaza Strip").id
    'gaza-strip'
    >>> find_actor(actors, "GAZA").id
    'gaza'
    """
    index = actors if isinstance(actors, ActorIndex) else ActorIndex(actors)
    return index.find(name, kind=kind)
