"""graph.sqlite: the records in tables, with keys, indexes and full-text search, byte-stable."""
from __future__ import annotations

import sqlite3

import pytest
from query_data import small_kg

from graphkit.knowledge import KnowledgeGraph
from graphkit.render import FORMATS
from graphkit.render.sqlite import generate_sqlite, write_sqlite


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "graph.sqlite"
    write_sqlite(small_kg(), path)
    con = sqlite3.connect(path)
    yield con
    con.close()


def test_sqlite_is_an_output_format():
    assert FORMATS["sqlite"] == "graph.sqlite"


def test_the_same_graph_gives_the_same_bytes():
    assert generate_sqlite(small_kg()) == generate_sqlite(small_kg())


def test_tables_hold_every_record_in_graph_order(db):
    kg = small_kg()
    assert [r[0] for r in db.execute("SELECT id FROM events ORDER BY seq")] == [e.id for e in kg.events]
    assert [r[0] for r in db.execute("SELECT id FROM actors ORDER BY seq")] == [a.id for a in kg.actors]
    assert [r[0] for r in db.execute("SELECT id FROM articles ORDER BY seq")] == [a.id for a in kg.articles]
    n_mentions = sum(len(a.mentions) for a in kg.actors)
    assert db.execute("SELECT count(*) FROM mentions").fetchone()[0] == n_mentions
    roles = db.execute("SELECT actor FROM event_roles WHERE event = ? AND role = 'recipient' ORDER BY pos",
                       [kg.events[6].id]).fetchall()
    assert [r[0] for r in roles] == kg.events[6].recipients == ["israel", "hamas"]
    assert db.execute("SELECT actor FROM event_roles WHERE role = 'location'").fetchall() == [("gaza",)]


def test_foreign_keys_hold_and_filter_columns_are_indexed(db):
    db.execute("PRAGMA foreign_keys = ON")
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table, column in [("events", "type"), ("events", "certainty"), ("events", "article"), ("events", "label"),
                          ("events", "first_day"), ("actors", "kind"), ("actors", "code"),
                          ("event_roles", "actor"), ("actor_keys", "key"), ("mentions", "article")]:
        plan = " ".join(r[3] for r in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE {column} = 'x'"))
        assert "USING" in plan and "INDEX" in plan, (table, column, plan)


def test_event_days_give_date_ranges_in_sql(db):
    # events of August 2014: a date overlapping the month (a week, a day) counts
    rows = db.execute("SELECT id FROM events WHERE first_day <= '2014-08-31' AND last_day >= '2014-08-01' "
                      "ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == [e.id for e in small_kg().events(since="2014-08", until="2014-08")]


def test_full_text_search_over_sentences_and_actor_names(db):
    kg = small_kg()
    word = kg.events[1].sentence.split()[-1].strip(".")
    hits = db.execute("SELECT e.id FROM events_fts JOIN events e ON e.seq = events_fts.rowid "
                      "WHERE events_fts MATCH ?", [f'"{word}"']).fetchall()
    assert kg.events[1].id in {h[0] for h in hits}
    names = db.execute("SELECT a.id FROM actors_fts JOIN actors a ON a.seq = actors_fts.rowid "
                       "WHERE actors_fts MATCH 'netanyahu'").fetchall()
    assert sorted(names) == [("benjamin-netanyahu",), ("sara-netanyahu",)]


def test_written_atomically_and_read_back_whole(tmp_path):
    kg = small_kg()
    written = kg.save(tmp_path, formats=["sqlite"])
    assert written == {"sqlite": tmp_path / "graph.sqlite"}
    assert not list(tmp_path.glob(".*.tmp"))
    assert KnowledgeGraph.load(tmp_path / "graph.sqlite").to_json() == kg.to_json()
