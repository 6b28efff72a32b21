"""``graph.sqlite``: the graph in an embedded SQLite database (tables in :mod:`graphkit.graph.schema`).

Open it with ``sqlite3``, sqlite-utils, Datasette, DuckDB or pandas; ``graphkit query`` answers
from it when it sits next to graph.json. The database is built in memory and written in one
atomic rename; the same graph gives the same bytes (same SQLite version).

Examples
--------
>>> import sqlite3, tempfile, pathlib
>>> from graphkit.knowledge import KnowledgeGraph
>>> from graphkit.models import Actor, Article, Event
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="Kerry spoke to Qatar about a ceasefire.", published="2014-07-24")],
...     actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   article="a", sentence="Kerry spoke to Qatar about a ceasefire.", start=6, end=11)])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.sqlite"
>>> write_sqlite(kg, path)
>>> db = sqlite3.connect(path)
>>> db.execute("SELECT e.id, r.actor FROM events_fts f JOIN events e ON e.seq = f.rowid "
...            "JOIN event_roles r ON r.event = e.id AND r.role = 'recipient' "
...            "WHERE events_fts MATCH 'ceasefire'").fetchall()
[('a#e0', 'qatar')]
"""
from __future__ import annotations

import json
import sqlite3

from graphkit.graph import query
from graphkit.graph.schema import SCHEMA, TABLES, rows
from graphkit.render.files import atomic_write_bytes

__all__ = ["write_sqlite", "generate_sqlite"]


def _ranks(kg) -> dict[str, tuple[int, int, float]]:
    """Actor id → (events, degree, pagerank), the values ``top_actors`` ranks by (all certainties)."""
    ranked = {by: dict((a.id, v) for a, v in query.top_actors(kg, by=by, n=None))
              for by in ("events", "degree", "pagerank")}
    return {a.id: (ranked["events"][a.id], ranked["degree"][a.id], float(ranked["pagerank"][a.id]))
            for a in kg.actors}


def generate_sqlite(kg) -> bytes:
    """The bytes of the graph.sqlite database of ``kg``."""
    info = {"metadata": json.dumps(kg.metadata, ensure_ascii=False, sort_keys=False),
            "problems": json.dumps([p.model_dump(mode="json") for p in kg.problems], ensure_ascii=False)}
    tables = rows(kg.articles, kg.actors, kg.events, ranks=_ranks(kg), info=info)
    db = sqlite3.connect(":memory:")
    try:
        db.executescript(SCHEMA)
        with db:
            for table in TABLES:
                data = tables[table]
                if data:
                    marks = ",".join("?" * len(data[0]))
                    db.executemany(f"INSERT INTO {table} VALUES ({marks})", data)  # noqa: S608 (fixed names)
            db.execute("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
            db.execute("INSERT INTO actors_fts(actors_fts) VALUES ('rebuild')")
        db.execute("VACUUM")
        return db.serialize()
    finally:
        db.close()


def write_sqlite(kg, path) -> None:
    """Write graph.sqlite to ``path`` atomically (a temporary file, then a rename)."""
    atomic_write_bytes(path, generate_sqlite(kg))
