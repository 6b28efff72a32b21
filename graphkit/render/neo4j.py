"""Neo4j bulk-import CSVs of a knowledge graph, for ``neo4j-admin database import full``.

When the graph outgrows memory on the query side, load it into Neo4j. Files written:

=====================  ==========================================================================
``actors.csv``         actor nodes: ``id:ID``, their attributes, ``:LABEL`` = ``Actor;<Kind>``
``events.csv``         event nodes: ``id:ID``, their attributes, ``:LABEL`` = ``Event;<PLOVER type>``
``articles.csv``       article nodes: ``id:ID(Article)``, title, date, source, url, ``:LABEL`` = ``Article``
``roles.csv``          the graph's edges: ``:START_ID,:END_ID,:TYPE`` with ``ACTOR`` (actor → event),
                       ``RECIPIENT`` (event → actor), ``LOCATION`` (event → place)
``affiliations.csv``   ``AFFILIATED_WITH`` (actor → actor it belongs to or speaks for)
``reported_in.csv``    ``REPORTED_IN`` (event → article)
``mentioned_in.csv``   ``MENTIONED_IN`` (actor → article, with the number of ``mentions``)
=====================  ==========================================================================

Actor and event rows are the graph's nodes and ``roles.csv`` rows its edges, one for one.
Node attributes are typed in the header (``:int``, ``:float``, ``:boolean``, ``:string[]``
for lists, joined with ``;``). Files are RFC 4180 CSV (CRLF line ends: a field holding a
line break or a bare carriage return is quoted). Text fields may span lines: import with
``--multiline-fields=true`` (:func:`import_command` gives the whole command).

Examples
--------
>>> from graphkit.models import Actor, Article, Event
>>> from graphkit.knowledge import KnowledgeGraph
>>> kg = KnowledgeGraph(
...     articles=[Article(id="a", text="Kerry spoke to Qatar.", published="2014-07-24")],
...     actors=[Actor(id="kerry", name="Kerry", kind="person"),
...             Actor(id="qatar", name="Qatar", kind="country", code="QAT")],
...     events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
...                   article="a", sentence="Kerry spoke to Qatar.", start=6, end=11, score=2.5)])
>>> files = generate_neo4j(kg)
>>> files["roles.csv"].splitlines()
[':START_ID,:END_ID,:TYPE', 'kerry,a#e0,ACTOR', 'a#e0,qatar,RECIPIENT']
>>> header, kerry, qatar = files["actors.csv"].splitlines()
>>> header.split(",")[0], header.split(",")[-1], kerry.split(",")[-1], qatar.split(",")[-1]
('id:ID', ':LABEL', 'Actor;Person', 'Actor;Country')
"""
from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from graphkit.render.files import atomic_write_text, commit, ensure_dir, new_stage, output_lock, recover

__all__ = ["generate_neo4j", "write_neo4j", "import_command", "FILES"]

#: The files written, nodes first.
FILES = ("actors.csv", "events.csv", "articles.csv", "roles.csv", "affiliations.csv",
         "reported_in.csv", "mentioned_in.csv")
_NODE_FILES = FILES[:3]
_SKIP = {"type"}  # the node type is the label


def _csv(header: list[str], rows) -> str:
    """RFC 4180 CSV: rows end with CRLF, so a field holding a bare CR or LF is quoted and reads back whole."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _neo_type(values) -> str:
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return "string"
    if kinds <= {list, tuple, set}:
        return "string[]"
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "int"
    if kinds <= {int, float}:
        return "float"
    return "string"


def _cell(value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "string[]":
        return ";".join(str(v).replace(";", ",") for v in value if v is not None)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "string" and isinstance(value, (list, tuple, set)):
        return "; ".join(map(str, value))
    return str(value)


def _node_table(nodes: list[tuple[str, dict]], label) -> str:
    keys: list[str] = []
    for _, d in nodes:
        for k in d:
            if k not in _SKIP and k not in keys:
                keys.append(k)
    kinds = {k: _neo_type([d.get(k) for _, d in nodes]) for k in keys}
    header = ["id:ID"] + [k if kinds[k] == "string" else f"{k}:{kinds[k]}" for k in keys] + [":LABEL"]
    rows = ([n] + [_cell(d.get(k), kinds[k]) for k in keys] + [label(d)] for n, d in nodes)
    return _csv(header, rows)


def _label_word(text: str) -> str:
    return "".join(part.capitalize() for part in str(text).replace("-", "_").split("_") if part)


def generate_neo4j(kg) -> dict[str, str]:
    """The CSV text of every import file (see the module docstring), by file name."""
    G = kg.graph
    actors = [(n, d) for n, d in G.nodes(data=True) if d.get("type") == "actor"]
    events = [(n, d) for n, d in G.nodes(data=True) if d.get("type") == "event"]
    others = [(n, d) for n, d in G.nodes(data=True) if d.get("type") not in ("actor", "event")]
    per_article: dict[str, int] = {}
    for e in kg.events:
        per_article[e.article] = per_article.get(e.article, 0) + 1
    out = {
        "actors.csv": _node_table(actors, lambda d: f"Actor;{_label_word(d.get('kind', 'actor'))}"),
        "events.csv": _node_table(events + others,
                                  lambda d: f"Event;{d['event_type']}" if d.get("event_type") else "Event"),
        "articles.csv": _csv(
            ["id:ID(Article)", "title", "published", "source", "url", "events:int", ":LABEL"],
            ([a.id, a.title or "", a.published or "", a.source or "", a.url or "",
              per_article.get(a.id, 0), "Article"] for a in kg.articles)),
        "roles.csv": _csv([":START_ID", ":END_ID", ":TYPE"],
                          ([u, v, str(d.get("role", k)).upper()] for u, v, k, d in G.edges(keys=True, data=True))),
    }
    ids = set(G.nodes)
    out["affiliations.csv"] = _csv([":START_ID", ":END_ID", ":TYPE"], (
        [a.id, f, "AFFILIATED_WITH"] for a in kg.actors if a.id in ids for f in a.affiliations if f in ids))
    articles = {a.id for a in kg.articles}
    out["reported_in.csv"] = _csv([":START_ID", ":END_ID(Article)", ":TYPE"], (
        [e.id, e.article, "REPORTED_IN"] for e in kg.events if e.id in ids and e.article in articles))
    out["mentioned_in.csv"] = _csv([":START_ID", ":END_ID(Article)", "mentions:int", ":TYPE"], (
        [a.id, art, n, "MENTIONED_IN"] for a in kg.actors if a.id in ids
        for art, n in _mention_counts(a).items() if art in articles))
    return out


def _mention_counts(actor) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in actor.mentions:
        counts[m.article] = counts.get(m.article, 0) + 1
    return counts


def write_neo4j(kg, directory) -> dict[str, Path]:
    """Write the import CSVs into ``directory`` (created if needed); returns file name → path.

    The files change together or not at all, under the folder's lock (as a build's outputs:
    :func:`graphkit.render.files.commit`).
    """
    out = ensure_dir(directory)
    tables = generate_neo4j(kg)
    with output_lock(out):
        recover(out)
        stage = new_stage(out)
        try:
            for name, text in tables.items():
                atomic_write_text(stage / name, text)
            commit(stage, out, list(tables))
        finally:
            shutil.rmtree(stage, ignore_errors=True)
    return {name: out / name for name in tables}


def import_command(written: dict, database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command that imports the files of :func:`write_neo4j`.

    >>> import_command({"actors.csv": "d/actors.csv", "roles.csv": "d/roles.csv"})
    'neo4j-admin database import full --multiline-fields=true --nodes=d/actors.csv --relationships=d/roles.csv neo4j'
    """
    parts = ["neo4j-admin database import full", "--multiline-fields=true"]
    for name, path in written.items():
        kind = "nodes" if name in _NODE_FILES else "relationships"
        parts.append(f"--{kind}={path}")
    parts.append(database)
    return " ".join(parts)
