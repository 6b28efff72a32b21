"""Where a command's graph comes from: graph.sqlite, graph.json, or articles built first.

``graphkit query`` and ``graphkit timeline`` take the same inputs: a build's folder (answered from
its graph.sqlite when that is there and not older than graph.json), a graph.sqlite or graph.json
file, or articles (files, folders) that are built first.

Examples
--------
>>> graph_file(["no/such/folder"]) is None
True
"""
from __future__ import annotations

import gc
from pathlib import Path

import click

__all__ = ["open_graph", "load_or_build", "graph_file", "warn_undated"]


def graph_file(paths) -> Path | None:
    """The graph.json named by ``paths`` (a graph.json file or a folder holding one), else None."""
    if len(paths) != 1:
        return None
    p = Path(paths[0])
    if p.is_dir():
        return p / "graph.json" if (p / "graph.json").is_file() else None
    if p.is_file() and p.suffix == ".json":
        with open(p, encoding="utf-8", errors="replace") as fh:
            head = fh.read(400)
        if '"graphkit/' in head and '"format"' in head:
            return p
    return None


def load_or_build(paths, published=None, model=None):
    """A :class:`KnowledgeGraph` from a graph.json (or its folder), or built from article paths."""
    from graphkit.knowledge import KnowledgeGraph

    graph = graph_file(paths)
    if graph is not None:
        return KnowledgeGraph.load(graph)
    from graphkit.api import build

    return build(list(paths), published=published, model=model)


def open_graph(path, published=None, model=None):
    """The graph named by ``path``: graph.sqlite when it is there and up to date, else graph.json,
    else the articles at ``path``, built first (as ``graphkit timeline`` does)."""
    p = Path(path)
    store = p / "graph.sqlite" if p.is_dir() else p if p.suffix == ".sqlite" else None
    if store is not None and store.is_file():
        data = store.with_name("graph.json")
        if p.suffix == ".sqlite" or not data.is_file() or store.stat().st_mtime >= data.stat().st_mtime:
            from graphkit.graph.store import GraphStore

            gc.freeze()  # a short-lived command: garbage collection passes need not walk the modules' objects
            return GraphStore(store)
    kg = load_or_build([path], published=published, model=model)
    if len(kg.actors) + len(kg.events) > 10_000:
        # A short-lived command: a big graph's records (millions of objects, no cycles) need no more
        # garbage collection passes; without this each full pass over them costs half a second.
        gc.freeze()
    if not kg.articles and graph_file([path]) is None:
        from graphkit.errors import GraphFormatError

        raise GraphFormatError(f"not a graph.json file (nor graph.sqlite), and no articles to build in {path}")
    return kg


def warn_undated(src) -> None:
    """One warning on stderr when the graph has articles and none has a publication date."""
    dated, total = src.dated_articles() if hasattr(src, "dated_articles") else (
        sum(1 for a in src.articles if a.published), len(src.articles))
    if total and not dated:
        click.echo(f"warning: none of the {total} articles has a publication date: relative dates "
                   "(\"yesterday\") stay unresolved and report dates are unknown "
                   "(give --published when building)", err=True)
