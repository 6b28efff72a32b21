"""The rows of graph.sqlite's tables, made from a graph's records."""
from __future__ import annotations

import json
import sqlite3

from query_data import small_kg

from graphkit.graph.lookup import ActorIndex
from graphkit.graph.schema import SCHEMA, STORE_FORMAT, TABLES, actor_keys, rows
from graphkit.models import Actor
from graphkit.names import name_key


def test_every_table_of_the_schema_gets_rows_of_its_width():
    kg = small_kg()
    tables = rows(kg.articles, kg.actors, kg.events, info={"metadata": "{}"})
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    for table in TABLES:
        width = len(db.execute(f"SELECT * FROM {table} LIMIT 0").description)
        assert all(len(r) == width for r in tables[table]), table
    assert tables["graph_info"][0] == ("format", STORE_FORMAT)
    assert len(tables["events"]) == len(kg.events) and len(tables["actors"]) == len(kg.actors)


def test_list_fields_are_kept_as_json_in_order():
    kg = small_kg()
    tables = rows(kg.articles, kg.actors, kg.events)
    e = tables["events"][6]
    assert json.loads(e[-1]) == kg.events[6].recipients and json.loads(e[-2]) == kg.events[6].actors
    assert (e[-6], e[-5]) == ("2014-08-04", "2014-08-10")  # the days of 2014-W32
    assert (e[-4], e[-3]) == ("2014-08-10", "2014-08-10")  # and of its report: the article's publication date
    undated = tables["events"][5]
    assert (undated[-6], undated[-5]) == (None, None)  # no date of its own
    assert (undated[-4], undated[-3]) == ("2014-08-10", "2014-08-10")


def test_actor_keys_select_every_actor_a_name_can_find():
    people = [Actor(id="john-kerry", name="John Kerry", kind="person", aliases=["Secretary Kerry"]),
              Actor(id="UK", name="United Kingdom", kind="country", code="GBR", aliases=["Britain"])]
    index = ActorIndex(people)
    for name in ("john-kerry", "Kerry", "John Kerry", "the United Kingdom", "gbr", "GBR", "uk", "Britain"):
        found = index.find(name)
        keys = {name, name.lower(), name_key(name)}
        assert keys & set(actor_keys(found)), name
    assert actor_keys(people[1]) == ["UK", "uk", "united kingdom", "britain", "gbr"]
