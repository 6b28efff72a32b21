"""Reading ``graph.sqlite``: the whole graph, or just the records one question needs.

:class:`GraphStore` answers the query API (``actors``, ``actor``, ``events``, ``between``,
``neighbors``, ``timeline``, ``dyad_series``, ``top_actors``, ``ego``, ``filter``, ``search``)
from the database without loading the graph: SQL picks, through the indexes, the records that can
matter (a superset), and the functions of :mod:`graphkit.graph.query` and
:mod:`graphkit.graph.subgraph` run on that small graph, so both faces give the same answers.
Actor names are resolved against the whole graph (see :meth:`GraphStore.actor`).

Records are validated a list at a time by pydantic-core, and the database's
``graph_info.format`` is checked, so a foreign or damaged file gives a clear error.

Examples
--------
>>> import tempfile, pathlib
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Event
>>> kg = KnowledgeGraph(
...     actors=[Actor(id="john-kerry", name="John Kerry", kind="person"),
...             Actor(id="qatar", name="Qatar", kind="country", code="QAT")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["john-kerry"], recipients=["qatar"],
...                   date="2014-07-24", article="a", sentence="Kerry spoke to Qatar on a ceasefire.",
...                   start=6, end=11)])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.sqlite"
>>> kg.save(path.parent, formats=["sqlite"])["sqlite"] == path
True
>>> store = GraphStore(path)
>>> [e.id for e in store.events(actor="Kerry", since="2014-07")], store.actor("QAT").name
(['a#e0'], 'Qatar')
>>> [e.id for e in store.search("ceasefire")]
['a#e0']
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from pydantic import TypeAdapter

from graphkit.errors import ActorNotFoundError, GraphFormatError, QueryError
from graphkit.graph import query as _q
from graphkit.graph import subgraph as _sub
from graphkit.graph.codec import GraphParts, _no_gc
from graphkit.graph.fts import fts_query
from graphkit.graph.generic import generic_of
from graphkit.graph.lookup import ActorIndex
from graphkit.graph.schema import STORE_FORMAT
from graphkit.graph.view import Deferred, View
from graphkit.models import Actor, Article, Event, Problem
from graphkit.names import name_key

__all__ = ["GraphStore", "View", "Deferred", "read_sqlite"]

_HAS_SECTOR = "sector" in Actor.model_fields
_ACTOR_COLS = "seq, id, name, kind, code, sector, aliases, titles, affiliations, generic_name"
_EVENT_COLS = ("id, type, mode, label, location, date, date_text, date_offset_days, reported, certainty, article, "
               "sentence, start, \"end\", score, actors, recipients")
_EVENT_FIELDS = [c.strip().strip('"') for c in _EVENT_COLS.split(",")]
_JSON = "SELECT value FROM json_each(?)"
_IN_IDS = f"WHERE id IN ({_JSON})"
_AR = "('actor', 'recipient')"
#: The columns of the first and last day of an event's date, for each ``date_by``.
_DAYS = {"event": ("first_day", "last_day"), "report": ("report_first_day", "report_last_day"),
         "either": ("coalesce(first_day, report_first_day)", "coalesce(last_day, report_last_day)")}
_CHUNK = 900  # above this many actors, scan a side table rather than look each one up
_ACTORS = TypeAdapter(list[Actor])
_EVENTS = TypeAdapter(list[Event])
_ARTICLES = TypeAdapter(list[Article])


def _valid(adapter: TypeAdapter, rows: list) -> list:
    """Records from row dicts, validated a list at a time, with the garbage collector paused."""
    with _no_gc():
        return adapter.validate_python(rows)


def _json_columns(rows: list, columns: tuple[int, ...]) -> list:
    """The JSON text of these columns of every row, parsed in one call (one per cell costs far more).

    >>> _json_columns([("a", '["x"]', "[]"), ("b", "[]", '["y", "z"]')], (1, 2))
    [[['x'], []], [[], ['y', 'z']]]
    """
    return json.loads("[" + ",".join("[" + ",".join(r[c] for c in columns) + "]" for r in rows) + "]")


def _marks(values) -> str:
    return ",".join("?" * len(values))


class GraphStore:
    """A graph.sqlite file, opened read-only.

    Parameters
    ----------
    path : str or Path
    graph_class : type, optional
        The class of the graphs :meth:`ego`, :meth:`filter` and :meth:`load` return (called with
        ``articles=, actors=, events=, problems=, metadata=``); default :class:`View`.
    """

    def __init__(self, path, graph_class=View) -> None:
        self.path = Path(path)
        self.graph_class = graph_class
        if not self.path.is_file():
            raise GraphFormatError(f"cannot read graph file {self.path}: no such file")
        try:
            self.db = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True)
            info = dict(self.db.execute("SELECT key, value FROM graph_info"))
        except sqlite3.DatabaseError as err:
            raise GraphFormatError(f"not a graph.sqlite file: {self.path}: {err}") from err
        if info.get("format") != STORE_FORMAT:
            raise GraphFormatError(f"not a graph.sqlite file: format must be {STORE_FORMAT!r}")
        self.metadata: dict = json.loads(info.get("metadata") or "{}")
        # files written before report days were stored are read the same, their report dates filtered in Python
        self._report_days = "report_first_day" in {r[1] for r in self.db.execute("PRAGMA table_info(events)")}
        self.problems = TypeAdapter(list[Problem]).validate_python(json.loads(info.get("problems") or "[]"))

    def __repr__(self) -> str:
        n = [self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "actors", "events")]
        return f"<GraphStore {self.path}: {n[0]} articles, {n[1]} actors, {n[2]} events>"

    # ------------------------------------------------------------------ records
    # Rows become dicts, validated a list at a time by pydantic-core (much faster than one by one).
    def _actors(self, where: str = "", params=(), full: bool = True) -> list:
        """Actors in graph order; ``full=False`` leaves out their mentions and quotes."""
        rows = self.db.execute(f"SELECT {_ACTOR_COLS} FROM actors {where} ORDER BY seq", list(params)).fetchall()
        found = []
        for r, (aliases, titles, affiliations) in zip(rows, _json_columns(rows, (6, 7, 8)), strict=True):
            fields = {"id": r[1], "name": r[2], "kind": r[3], "code": r[4], "aliases": aliases,
                      "titles": titles, "affiliations": affiliations, "mentions": [], "quotes": []}
            if _HAS_SECTOR:
                fields["sector"] = r[5]
            if r[9]:
                fields["generic_name"] = True
            found.append(fields)
        if full and found:
            ids = {f["id"]: f for f in found}
            for key, cols in (("mentions", 'article, start, "end", text'),
                              ("quotes", 'article, start, "end", text, speaker, date')):
                for actor_id, row in self._side(list(ids), key, cols):
                    ids[actor_id][key].append(row)
        return _valid(_ACTORS, found)

    def _side(self, ids: list, table: str, cols: str) -> Iterable[tuple[str, dict]]:
        """(actor id, row dict) of a side table for these actors, in list order."""
        names = [c.strip().strip('"') for c in cols.split(",")]
        rows: Iterable[tuple]
        if len(ids) > _CHUNK:  # many actors: one scan beats many lookups
            wanted = set(ids)
            rows = (r for r in self.db.execute(f"SELECT actor, {cols} FROM {table} ORDER BY actor, pos")
                    if r[0] in wanted)
        else:
            rows = self.db.execute(f"SELECT actor, {cols} FROM {table} WHERE actor IN (SELECT value FROM json_each(?)) "
                                   "ORDER BY actor, pos", [json.dumps(ids)])
        for r in rows:
            yield r[0], dict(zip(names, r[1:], strict=True))

    def _events(self, where: str = "", params=()) -> list:
        found = []
        rows = self.db.execute(f"SELECT {_EVENT_COLS} FROM events {where} ORDER BY seq", list(params)).fetchall()
        n = len(_EVENT_FIELDS)
        for r, (actors, recipients) in zip(rows, _json_columns(rows, (n - 2, n - 1)), strict=True):
            fields = dict(zip(_EVENT_FIELDS, r, strict=True))
            fields["actors"], fields["recipients"] = actors, recipients
            found.append(fields)
        return _valid(_EVENTS, found)

    def _events_by_seq(self, seqs) -> list:
        return self._events("WHERE seq IN (SELECT value FROM json_each(?))", [json.dumps(sorted(seqs))])

    def _articles(self, ids: Iterable[str] | None = None, text: bool = True) -> list:
        where, params = "", []
        if ids is not None:
            where, params = "WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(sorted(set(ids)))]
        cols = "id, title, published, source, url, " + ("text" if text else "''") + ", warnings"
        rows = self.db.execute(f"SELECT {cols} FROM articles {where} ORDER BY seq", params).fetchall()
        found = [{"id": r[0], "title": r[1], "published": r[2], "source": r[3], "url": r[4], "text": r[5],
                  "warnings": warnings, "timexes": []}
                 for r, (warnings,) in zip(rows, _json_columns(rows, (6,)), strict=True)]
        if text and found:
            by_id = {f["id"]: f for f in found}
            tx_where = "" if ids is None else "WHERE article IN (SELECT value FROM json_each(?))"
            for r in self.db.execute(f'SELECT article, start, "end", text, type, value, offset_days FROM timexes '
                                     f"{tx_where} ORDER BY article, pos", params):
                by_id[r[0]]["timexes"].append({"start": r[1], "end": r[2], "text": r[3], "type": r[4], "value": r[5],
                                               "offset_days": r[6]})
        return _valid(_ARTICLES, found)

    def view(self, actors: Iterable[str | None] = (), events: Iterable = (), articles=None, full: bool = False,
             text: bool = False) -> View:
        """A :class:`View` of these actor ids, events, and articles (default: those of the events)."""
        events = list(events)
        ids = sorted({i for i in actors if i})
        found = self._actors("WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)], full=full) if ids \
            else []
        arts = self._articles({e.article for e in events} if articles is None else articles, text=text)
        return View(articles=arts, actors=found, events=events, problems=self.problems, metadata=self.metadata)

    def _graph(self, view: View):
        return view if self.graph_class is View else self.graph_class(**vars(view.parts()))

    # ------------------------------------------------------------------ the whole graph
    def load(self):
        """Every record, as a graph of ``graph_class``."""
        return self._graph(View(self._articles(), self._actors(), self._events(), self.problems, self.metadata))

    def counts(self) -> dict[str, tuple[int, int]]:
        """Actor id → (number of mentions, number of quotes), the columns of actors."""
        return {i: (m, q) for i, m, q in self.db.execute("SELECT id, mentions, quotes FROM actors")}

    def dated_articles(self) -> tuple[int, int]:
        """(articles with a publication date, all articles)."""
        return self.db.execute("SELECT count(published), count(*) FROM articles").fetchone()

    def actor_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Actor id → name, for these ids."""
        return dict(self.db.execute("SELECT id, name FROM actors WHERE id IN (SELECT value FROM json_each(?))",
                                    [json.dumps(sorted(set(ids)))]))

    # ------------------------------------------------------------------ queries
    def actor(self, name: str, kind: str | None = None, full: bool = True):
        """The one actor with this id, name, alias, code or surname, as :func:`graphkit.graph.query.actor`.

        The actors any key of ``name`` selects are ranked by :class:`ActorIndex`, exactly as in the
        whole graph; only a name that matches nothing loads every actor (for "did you mean").
        """
        name = str(name)
        keys = sorted({name, name.lower(), name_key(name)})
        ids = [i for (i,) in self.db.execute(f"SELECT DISTINCT actor FROM actor_keys WHERE key IN ({_marks(keys)})",
                                             keys)]
        found = self._actors(f"WHERE id IN ({_marks(ids)})", ids, full=full) if ids else []
        try:
            return ActorIndex(found).find(name, kind=kind)
        except ActorNotFoundError:
            return ActorIndex(self._actors(full=False)).find(name, kind=kind)

    def _id(self, name) -> str | None:
        return None if name is None else self._must(name)

    def _must(self, name) -> str:
        return self.actor(name, full=False).id

    def actors(self, kind=None, name: str | None = None, full: bool = False, **more) -> list:
        """As :func:`graphkit.graph.query.actors`; ``full=False`` leaves out mentions and quotes.

        Other filters of :func:`graphkit.graph.query.actors` (``more``, such as a ``sector``) pass on to it.
        """
        where, params = [], []
        if kind is not None:
            kinds = [kind] if isinstance(kind, str) else list(kind)
            where.append(f"kind IN ({_marks(kinds)})")
            params += kinds
        key = name_key(name) if name else ""
        if key:
            where.append("id IN (SELECT actor FROM actor_keys WHERE instr(key, ?) > 0)")
            params.append(key)
        found = self._actors("WHERE " + " AND ".join(where) if where else "", params, full=full)
        return _q.actors(View(actors=found), kind=kind, name=name, **more)

    def _candidates(self, ids=(), type=None, certainty=None, article=None, since=None, until=None,
                    among=None, within=None, date_by: str = "event") -> list:
        """Events that may pass these filters (a superset; the query functions decide).

        ``since``/``until`` look at the event's date, or its report's, as ``date_by`` says.

        ``ids``: (actor id, roles) pairs the event must all have; ``among``: actor ids one of which is an
        actor or recipient of the event; ``within``: actor ids outside which it has no actor or recipient.
        """
        where, params = [], []
        for actor_id, roles in ids:
            where.append(f"id IN (SELECT event FROM event_roles WHERE actor = ? AND role IN ({_marks(roles)}))")
            params += [actor_id, *roles]
        if among is not None:
            where.append(f"id IN (SELECT event FROM event_roles WHERE actor IN ({_JSON}) AND role IN {_AR})")
            params.append(json.dumps(sorted(among)))
        if within is not None:
            where.append(f"NOT EXISTS (SELECT 1 FROM event_roles r WHERE r.event = events.id AND r.role IN {_AR} "
                         f"AND r.actor NOT IN ({_JSON}))")
            params.append(json.dumps(sorted(within)))
        for column, value in (("type", type), ("certainty", certainty)):
            if value is not None:
                values = [value] if isinstance(value, str) else list(value)
                where.append(f"{column} IN ({_marks(values)})")
                params += values
        if article is not None:
            where.append("article = ?")
            params.append(article)
        lo, hi = _q._bound(since, "since", False), _q._bound(until, "until", True)
        first, last = _DAYS.get(date_by, (None, None)) if self._report_days or date_by == "event" else (None, None)
        if first is not None and (lo is not None or hi is not None):
            where.append(f"{first} IS NOT NULL")
            if lo is not None:
                where.append(f"{last} >= ?")
                params.append(lo.isoformat())
            if hi is not None:
                where.append(f"{first} <= ?")
                params.append(hi.isoformat())
        return self._events("WHERE " + " AND ".join(where) if where else "", params)

    def events(self, actor=None, recipient=None, type=None, label=None, since=None, until=None,
               certainty=None, involving=None, article=None, date_by: str = "event") -> list:
        """As :func:`graphkit.graph.query.events`."""
        aid, rid, inv = self._id(actor), self._id(recipient), self._id(involving)
        roles = [(aid, ("actor",)), (rid, ("recipient",)), (inv, ("actor", "recipient", "location"))]
        cands = self._candidates([(i, r) for i, r in roles if i], type=type, certainty=certainty, article=article,
                                 since=since, until=until, date_by=date_by)
        return _q.events(self.view([aid, rid, inv], cands), actor=aid, recipient=rid, type=type, label=label,
                         since=since, until=until, certainty=certainty, involving=inv, article=article,
                         date_by=date_by)

    def _pair_events(self, x: str, y: str) -> list:
        both = ("actor", "recipient")
        return self._candidates([(x, both), (y, both)])

    def between(self, a, b, **filters) -> list:
        """As :func:`graphkit.graph.query.between`."""
        x, y = self._must(a), self._must(b)
        return _q.between(self.view([x, y], self._pair_events(x, y)), x, y, **filters)

    def dyad_series(self, a, b, freq: str = "M", directed: bool = False, certainty="asserted", fill: bool = True):
        """As :func:`graphkit.graph.query.dyad_series`."""
        x, y = self._must(a), self._must(b)
        return _q.dyad_series(self.view([x, y], self._pair_events(x, y)), x, y, freq=freq, directed=directed,
                              certainty=certainty, fill=fill)

    def neighbors(self, actor, relation=None, direction: str = "both", certainty=None, full: bool = True) -> list:
        """As :func:`graphkit.graph.query.neighbors`; ``full=False`` leaves out mentions and quotes."""
        me = self._must(actor)
        cands = self._candidates([(me, ("actor", "recipient", "location"))])
        others = {i for e in cands for i in (*e.actors, *e.recipients)}
        return _q.neighbors(self.view({me, *others}, cands, full=full), me, relation=relation,
                            direction=direction, certainty=certainty)

    def timeline(self, actor=None, type=None, since=None, until=None, date_by: str = "either") -> list:
        """As :func:`graphkit.graph.query.timeline` (articles carry no text)."""
        who = self._id(actor)
        cands = self._candidates([(who, ("actor", "recipient"))] if who else [])
        names = {i for e in cands for i in (*e.actors, *e.recipients)}
        return _q.timeline(self.view({*names, *([who] if who else [])}, cands), actor=who, type=type,
                           since=since, until=until, date_by=date_by)

    def top_actors(self, by: str = "degree", n: int | None = 10, kind=None, certainty=None,
                   full: bool = True, generic: bool | None = None) -> list[tuple]:
        """As :func:`graphkit.graph.query.top_actors` (values stored at write time; ``certainty`` loads all).

        ``full=False`` leaves out mentions and quotes.
        """
        if certainty is not None:
            return _q.top_actors(self.load(), by=by, n=n, kind=kind, certainty=certainty, generic=generic)
        if by not in _q.RANKINGS:
            raise QueryError(f"unknown ranking {by!r}; choose from {', '.join(_q.RANKINGS)}")
        _q._choice(kind, _q.KINDS, "actor kind")
        kinds = None if kind is None else ([kind] if isinstance(kind, str) else list(kind))
        where = f"WHERE kind IN ({_marks(kinds)})" if kinds else ""
        found = self.db.execute(f"SELECT id, name, {by}, kind FROM actors {where}", kinds or [])  # by: a fixed name
        # ``generic`` is decided in Python by :func:`generic_of`, not by SQL (SQLite's lower() folds
        # ASCII only): the store and the loaded graph give the same answers.
        rows = [r[:3] for r in found if generic is None or generic_of(r[3], r[1]) == bool(generic)]
        ranked = sorted(rows, key=lambda r: (-r[2], r[1], r[0]))
        ranked = ranked if n is None else ranked[:n]
        index = {a.id: a for a in self.view([r[0] for r in ranked], full=full).actors}
        return [(index[i], v) for i, _, v in ranked]

    def _reach(self, start: str, radius: int, certainty) -> set[str]:
        """The actors within ``radius`` event links of ``start`` (as :func:`graphkit.graph.subgraph.ego`), in SQL."""
        certs = _q._choice(certainty, _q.CERTAINTIES, "certainty")
        only = "" if certs is None else f"AND event IN (SELECT id FROM events WHERE certainty IN ({_marks(certs)}))"
        step = ("SELECT DISTINCT actor FROM event_roles WHERE role IN ('actor', 'recipient') AND event IN "
                "(SELECT event FROM event_roles WHERE actor IN (SELECT value FROM json_each(?)) "
                f"AND role IN ('actor', 'recipient') {only})")
        seen, frontier = {start}, {start}
        for _ in range(radius):
            frontier = {i for (i,) in self.db.execute(step, [json.dumps(sorted(frontier)), *sorted(certs or ())])}
            frontier -= seen
            if not frontier:
                break
            seen |= frontier
        return seen

    def _stubs(self, where: str, params=()) -> list:
        """Light articles: id, title, published, source and url (no text, time expressions or warnings)."""
        rows = self.db.execute(f"SELECT id, title, published, source, url FROM articles {where} ORDER BY seq", params)
        return _valid(_ARTICLES, [{"id": i, "title": t, "published": p, "source": s, "url": u, "text": ""}
                                  for i, t, p, s, u in rows])

    def _with_articles(self, ids, events, articles=None, light: bool = False, dates: bool = False) -> View:
        """A view of these actors and events with the articles of both (without text).

        ``light``: actors without mentions and quotes, and (for report dates, with ``dates``) light articles
        of the events only; :meth:`_finish` gives the sub-graph its articles.
        """
        view = self.view(ids, events, full=not light, articles=[])
        if light:
            if dates:
                view.articles = self._stubs(_IN_IDS, [json.dumps(sorted({e.article for e in events}))])
            return view
        if articles is None:
            articles = {e.article for e in events} | {m.article for a in view.actors for m in (*a.mentions, *a.quotes)}
        view.articles = self._articles(articles, text=False)
        return view

    def _finish(self, sub: View, text: bool, light: bool = False):
        """The sub-graph as a ``graph_class`` graph, its articles read whole (with ``text``) or left without text.

        A ``light`` sub-graph (made without mentions) gets the articles :func:`graphkit.graph.subgraph.subset`
        keeps (of its events, and those its actors are named or quoted in) as light articles, read on first
        use (:class:`Deferred`: a command that only counts them does not read them).
        """
        if light:
            ids = json.dumps(sorted(a.id for a in sub.actors))
            where = (f"WHERE id IN ({_JSON} UNION SELECT article FROM mentions WHERE actor IN ({_JSON}) "
                     f"UNION SELECT article FROM quotes WHERE actor IN ({_JSON}))")
            params = [json.dumps(sorted({e.article for e in sub.events})), ids, ids]
            count = f"SELECT count(*) FROM articles {where}"
            sub.articles = Deferred(lambda: self.db.execute(count, params).fetchone()[0],
                                    lambda: self._stubs(where, params))
        if text:
            sub.articles = self._articles([a.id for a in sub.articles])
        return self._graph(sub)

    def ego(self, actor, radius: int = 1, certainty=None, text: bool = True):
        """As :func:`graphkit.graph.subgraph.ego`, a graph of ``graph_class``.

        ``text=False`` gives a light graph, enough to list the events and count the records: articles
        without text and time expressions, actors without mentions and quotes.
        """
        if not isinstance(radius, int) or radius < 0:
            raise QueryError(f"radius must be a whole number >= 0, not {radius!r}")
        start = self._must(actor)
        seen = self._reach(start, radius, certainty)
        view = self._with_articles(seen, self._candidates(among=seen, within=seen), light=not text)
        return self._finish(_sub.ego(view, start, radius=radius, certainty=certainty), text, light=not text)

    def filter(self, kind=None, actors=None, type=None, label=None, since=None, until=None,
               certainty=None, articles=None, date_by: str = "event", text: bool = True,
               generic: bool | None = None):
        """As :func:`graphkit.graph.subgraph.filter_graph`, a graph of ``graph_class`` (``text`` as in :meth:`ego`)."""
        names = None if actors is None else [self._id(a) for a in ([actors] if isinstance(actors, str) else actors)]
        kinds = sorted(_q._choice(kind, _q.KINDS, "actor kind") or ())
        keep = [i for (i, k, n) in self.db.execute(
            f"SELECT id, kind, name FROM actors {f'WHERE kind IN ({_marks(kinds)})' if kinds else ''} ORDER BY seq",
            kinds) if generic is None or generic_of(k, n) == bool(generic)]
        if names is not None:
            keep = [i for i in keep if i in set(names)]
        arts = None if articles is None else sorted({articles} if isinstance(articles, str) else set(articles))
        # An event with an actor or recipient outside ``keep`` cannot be kept (nor, without an article
        # filter, keep an actor), so SQL leaves it out when ``keep`` is narrower than all actors.
        within = keep if arts is None and (kinds or names is not None or generic is not None) else None
        cands = self._candidates(type=type, certainty=certainty, within=within, since=since, until=until,
                                 date_by=date_by)
        if arts is not None:
            cands = [e for e in cands if e.article in set(arts)]
        if any(v is not None for v in (type, label, since, until, certainty)):  # only actors of passing events stay
            members = {i for e in cands for i in (*e.actors, *e.recipients, e.location) if i}
            keep = [i for i in keep if i in members]
        light = not text and arts is None  # an article filter needs the mentions
        view = self._with_articles([*keep, *(names or [])], cands, articles=arts, light=light,
                                   dates=date_by != "event" and (since, until) != (None, None))
        return self._finish(_sub.filter_graph(view, kind=kind, actors=names, type=type, label=label, since=since,
                                              until=until, certainty=certainty, articles=arts, date_by=date_by,
                                              generic=generic),
                            text, light=light)

    def search(self, text: str, **filters) -> list:
        """Events whose sentence or label matches ``text`` (SQLite FTS5, see :func:`graphkit.graph.fts.fts_query`),
        in graph order.

        ``filters`` are those of :func:`graphkit.graph.query.events`.
        """
        try:
            seqs = [s for (s,) in self.db.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH ?",
                                                  [fts_query(text)])]
        except sqlite3.OperationalError as err:
            raise QueryError(f"cannot search for {text!r}: {err}") from err
        found = self._events_by_seq(seqs)
        if not any(v is not None for v in filters.values()):
            return found
        ids = {k: self._id(filters.get(k)) for k in ("actor", "recipient", "involving")}
        return _q.events(self.view(ids.values(), found), **{**filters, **ids})


def read_sqlite(path) -> GraphParts:
    """Every record of a graph.sqlite file (what :func:`graphkit.graph.codec.read_graph` gives for graph.json)."""
    store = GraphStore(path)
    try:
        return store.load().parts()
    finally:
        store.db.close()
