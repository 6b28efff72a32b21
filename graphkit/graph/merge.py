"""Merging per-article records into one corpus with global actor ids.

Articles arrive one at a time (streaming); each article's local actors are matched to the
actors seen so far, and its events are rewritten to the global ids.

Examples
--------
>>> from graphkit.models import Actor, Article, ArticleRecords
>>> m = Corpus()
>>> m.add(ArticleRecords(article=Article(id="a", text="t"),
...                      actors=[Actor(id="kerry", name="John Kerry", kind="person")]))
>>> m.add(ArticleRecords(article=Article(id="b", text="t"),
...                      actors=[Actor(id="kerry", name="John Kerry", kind="person")]))
>>> [a.id for a in m.actors.values()]
['john-kerry']
"""
from __future__ import annotations

from graphkit.ids import slugify
from graphkit.models import Actor, Article, ArticleRecords, Event

__all__ = ["Corpus", "merge_records"]


def _key(actor: Actor) -> tuple[str, str]:
    return (actor.kind, actor.code or actor.name.lower())


class Corpus:
    """Articles, actors and events of a build, actors merged across articles."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.actors: dict[str, Actor] = {}
        self.events: list[Event] = []
        self._by_key: dict[tuple[str, str], str] = {}

    def _new_id(self, name: str) -> str:
        base = slugify(name)
        aid, n = base, 2
        while aid in self.actors:
            aid, n = f"{base}-{n}", n + 1
        return aid

    def add(self, records: ArticleRecords) -> None:
        """Merge one article's records into the corpus."""
        local: dict[str, str] = {}
        for actor in records.actors:
            gid = self._by_key.get(_key(actor))
            if gid is None:
                gid = self._new_id(actor.name)
                self._by_key[_key(actor)] = gid
                self.actors[gid] = actor.model_copy(update={"id": gid, "affiliations": []}, deep=True)
            else:
                _absorb(self.actors[gid], actor)
            local[actor.id] = gid
        for actor in records.actors:
            target = self.actors[local[actor.id]]
            for aff in actor.affiliations:
                g = local.get(aff)
                if g and g != target.id and g not in target.affiliations:
                    target.affiliations.append(g)
        self.articles.append(records.article)
        for ev in records.events:
            self.events.append(ev.model_copy(update={
                "actors": _dedupe(local.get(a, a) for a in ev.actors),
                "recipients": _dedupe(local.get(a, a) for a in ev.recipients),
                "location": local.get(ev.location, ev.location) if ev.location else None,
            }))


def _dedupe(ids) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


def _absorb(target: Actor, other: Actor) -> None:
    for alias in [other.name, *other.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)
    for t in other.titles:
        if t not in target.titles:
            target.titles.append(t)
    target.mentions.extend(other.mentions)
    target.quotes.extend(other.quotes)


def merge_records(records) -> Corpus:
    """Merge an iterable of :class:`ArticleRecords` into a :class:`Corpus`."""
    corpus = Corpus()
    for r in records:
        corpus.add(r)
    return corpus
