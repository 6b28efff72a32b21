"""The tables of ``graph.sqlite``: the graph's records in an embedded database.

One row per article, actor and event in graph order (``seq``), their lists in side tables
(aliases, affiliations, mentions, quotes, event roles, time expressions) with foreign keys,
indexes on the columns the query API filters by, and two SQLite FTS5 full-text indexes
(event sentences and labels; actor names and aliases). List fields are also kept as JSON
text on their row, so that a record is read back from one row.

:func:`rows` turns a graph into the rows of each table, :data:`SCHEMA` creates them; the
writer is :mod:`graphkit.render.sqlite`, the reader :mod:`graphkit.graph.store`.

Examples
--------
>>> from graphkit.models import Actor
>>> tables = rows([], [Actor(id="qatar", name="Qatar", kind="country", code="QAT")], [])
>>> tables["actors"][0][:5], sorted({k for k, _ in tables["actor_keys"]})
((1, 'qatar', 'Qatar', 'country', 'QAT'), ['qat', 'qatar'])
"""
from __future__ import annotations

import json
from collections.abc import Iterable

from graphkit.graph.periods import date_span
from graphkit.names import name_key

__all__ = ["STORE_FORMAT", "SCHEMA", "TABLES", "rows", "actor_keys", "dumps"]

#: The value of ``graph_info.format``; a reader refuses other values.
STORE_FORMAT = "graphkit-sqlite/1"

SCHEMA = """
CREATE TABLE graph_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, published TEXT, source TEXT, url TEXT,
  text TEXT NOT NULL, warnings TEXT NOT NULL DEFAULT '[]');
CREATE INDEX articles_published ON articles(published);
CREATE TABLE timexes (
  article TEXT NOT NULL REFERENCES articles(id), pos INTEGER NOT NULL, start INTEGER NOT NULL,
  "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, value TEXT, offset_days INTEGER,
  PRIMARY KEY (article, pos)) WITHOUT ROWID;
CREATE TABLE actors (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL, code TEXT,
  sector TEXT, aliases TEXT NOT NULL, titles TEXT NOT NULL, affiliations TEXT NOT NULL,
  mentions INTEGER NOT NULL, quotes INTEGER NOT NULL,
  events INTEGER NOT NULL, degree INTEGER NOT NULL, pagerank REAL NOT NULL,
  generic_name INTEGER NOT NULL DEFAULT 0);
CREATE INDEX actors_kind ON actors(kind);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX actors_sector ON actors(sector);
CREATE INDEX actors_name ON actors(name);
CREATE TABLE aliases (
  actor TEXT NOT NULL REFERENCES actors(id), pos INTEGER NOT NULL, alias TEXT NOT NULL,
  PRIMARY KEY (actor, pos)) WITHOUT ROWID;
CREATE INDEX aliases_alias ON aliases(alias);
CREATE TABLE actor_keys (key TEXT NOT NULL, actor TEXT NOT NULL REFERENCES actors(id));
CREATE INDEX actor_keys_key ON actor_keys(key);
CREATE TABLE affiliations (
  actor TEXT NOT NULL REFERENCES actors(id), pos INTEGER NOT NULL, member_of TEXT NOT NULL REFERENCES actors(id),
  PRIMARY KEY (actor, pos)) WITHOUT ROWID;
CREATE INDEX affiliations_member_of ON affiliations(member_of);
CREATE TABLE mentions (
  actor TEXT NOT NULL REFERENCES actors(id), pos INTEGER NOT NULL, article TEXT NOT NULL REFERENCES articles(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (actor, pos)) WITHOUT ROWID;
CREATE INDEX mentions_article ON mentions(article);
CREATE TABLE quotes (
  actor TEXT NOT NULL REFERENCES actors(id), pos INTEGER NOT NULL, article TEXT NOT NULL REFERENCES articles(id),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT, date TEXT,
  PRIMARY KEY (actor, pos)) WITHOUT ROWID;
CREATE INDEX quotes_article ON quotes(article);
CREATE TABLE events (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, mode TEXT, label TEXT NOT NULL,
  location TEXT REFERENCES actors(id), date TEXT, date_text TEXT, date_offset_days INTEGER, reported TEXT,
  certainty TEXT NOT NULL, article TEXT NOT NULL REFERENCES articles(id), sentence TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, score REAL NOT NULL, first_day TEXT, last_day TEXT,
  report_first_day TEXT, report_last_day TEXT, actors TEXT NOT NULL, recipients TEXT NOT NULL);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_label ON events(label);
CREATE INDEX events_certainty ON events(certainty);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_days ON events(first_day, last_day);
CREATE INDEX events_report_days ON events(report_first_day, report_last_day);
CREATE INDEX events_location ON events(location);
CREATE TABLE event_roles (
  event TEXT NOT NULL REFERENCES events(id), role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'location')),
  pos INTEGER NOT NULL, actor TEXT NOT NULL REFERENCES actors(id), PRIMARY KEY (event, role, pos)) WITHOUT ROWID;
CREATE INDEX event_roles_actor ON event_roles(actor, role);
CREATE VIRTUAL TABLE events_fts USING fts5(sentence, label, content='events', content_rowid='seq');
CREATE VIRTUAL TABLE actors_fts USING fts5(name, aliases, content='actors', content_rowid='seq');
"""

#: Tables filled by :func:`rows`, in the order they are written.
TABLES = ("graph_info", "articles", "timexes", "actors", "aliases", "actor_keys", "affiliations", "mentions",
          "quotes", "events", "event_roles")


def dumps(value) -> str:
    """Compact JSON text for a list or dict column (keys kept in order, non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def actor_keys(actor) -> list[str]:
    """The lookup keys of an actor: its id, the id in lower case, name, aliases, code and surnames.

    :class:`graphkit.graph.lookup.ActorIndex` decides between the actors a name's keys select.

    >>> from graphkit.models import Actor
    >>> actor_keys(Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Kerry"]))
    ['john-kerry', 'john kerry', 'kerry']
    """
    keys = [actor.id, actor.id.lower(), name_key(actor.name), *(name_key(x) for x in actor.aliases)]
    if actor.code:
        keys.append(actor.code.lower())
    if actor.kind == "person":
        keys += [name_key(x).rsplit(" ", 1)[-1] for x in [actor.name, *actor.aliases]]
    return list(dict.fromkeys(k for k in keys if k))


def _days(value) -> tuple[str | None, str | None]:
    span = date_span(value) if value else None
    return (span[0].isoformat(), span[1].isoformat()) if span else (None, None)


def _article_rows(articles, out: dict) -> None:
    for seq, a in enumerate(articles, 1):
        out["articles"].append((seq, a.id, a.title, a.published, a.source, a.url, a.text, dumps(a.warnings)))
        out["timexes"] += [(a.id, i, t.start, t.end, t.text, t.type, t.value, t.offset_days)
                           for i, t in enumerate(a.timexes)]


def _actor_rows(actors, ranks: dict, out: dict) -> None:
    for seq, a in enumerate(actors, 1):
        events, degree, pagerank = ranks.get(a.id, (0, 0, 0.0))
        out["actors"].append((seq, a.id, a.name, a.kind, a.code, getattr(a, "sector", None), dumps(a.aliases),
                              dumps(a.titles), dumps(a.affiliations), len(a.mentions), len(a.quotes),
                              events, degree, pagerank, int(getattr(a, "generic_name", False))))
        out["aliases"] += [(a.id, i, x) for i, x in enumerate(a.aliases)]
        out["actor_keys"] += [(k, a.id) for k in actor_keys(a)]
        out["affiliations"] += [(a.id, i, x) for i, x in enumerate(a.affiliations)]
        out["mentions"] += [(a.id, i, m.article, m.start, m.end, m.text) for i, m in enumerate(a.mentions)]
        out["quotes"] += [(a.id, i, q.article, q.start, q.end, q.text, q.speaker, q.date)
                          for i, q in enumerate(a.quotes)]


def _event_rows(events, published: dict, out: dict) -> None:
    for seq, e in enumerate(events, 1):
        # the days of the event's own date, and of its report's (its reported date, else its article's)
        days = (*_days(e.date), *_days(e.reported or published.get(e.article)))
        out["events"].append((seq, e.id, e.type, e.mode, e.label, e.location, e.date, e.date_text,
                              e.date_offset_days, e.reported, e.certainty, e.article, e.sentence, e.start, e.end,
                              e.score, *days, dumps(e.actors), dumps(e.recipients)))
        out["event_roles"] += [(e.id, "actor", i, x) for i, x in enumerate(e.actors)]
        out["event_roles"] += [(e.id, "recipient", i, x) for i, x in enumerate(e.recipients)]
        if e.location:
            out["event_roles"].append((e.id, "location", 0, e.location))


def rows(articles: Iterable, actors: Iterable, events: Iterable, ranks: dict | None = None,
         info: dict | None = None) -> dict[str, list[tuple]]:
    """The rows of every table for these records, in graph order.

    Parameters
    ----------
    articles, actors, events : iterables of records
    ranks : dict, optional
        Actor id → ``(events, degree, pagerank)``, the values of ``top_actors`` (default 0).
    info : dict, optional
        ``graph_info`` keys and values besides ``format``.
    """
    out: dict[str, list[tuple]] = {t: [] for t in TABLES}
    out["graph_info"] = [("format", STORE_FORMAT), *sorted((info or {}).items())]
    articles = list(articles)
    _article_rows(articles, out)
    _actor_rows(actors, ranks or {}, out)
    _event_rows(events, {a.id: a.published for a in articles}, out)
    return out
