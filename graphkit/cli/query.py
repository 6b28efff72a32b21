"""``graphkit query GRAPH ...``: each subcommand opens the graph, calls one API method, formats.

The Python face is :class:`~graphkit.knowledge.KnowledgeGraph` (``kg.events(...)``,
``kg.top_actors(...)``, ...); see :mod:`graphkit.graph.query` and :mod:`graphkit.graph.subgraph`.
"""
from __future__ import annotations

import click

from graphkit.cli.format import emit, graph_formats_option, output_options
from graphkit.models import KINDS, PLOVER_TYPES
from graphkit.render.formats import parse_formats

__all__ = ["query"]

CONTEXT = {"help_option_names": ["-h", "--help"]}
_CERTAINTY = click.Choice(["asserted", "possible", "negated"])


def _kg(ctx: click.Context):
    from graphkit.knowledge import KnowledgeGraph

    return KnowledgeGraph.load(ctx.obj["graph"])


def _or_none(values):
    return list(values) if values else None


def _actor_columns():
    return {"id": "id", "name": "name", "kind": "kind", "code": "code", "aliases": "aliases",
            "affiliations": "affiliations", "mentions": lambda r: len(r["mentions"])}


def _event_columns(kg):
    names = {a.id: a.name for a in kg.actors}

    def who(key):
        return lambda r: [names.get(i, i) for i in r[key]]

    return {"id": "id", "date": "date", "type": "type", "label": "label", "actors": who("actors"),
            "recipients": who("recipients"), "certainty": "certainty", "sentence": "sentence"}


def _event_filters(func):
    """--type/--label/--since/--until/--certainty, shared by events, between and filter."""
    for opt in reversed([
        click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False),
                     metavar="CATEGORY", help="PLOVER category: CONSULT, ASSAULT, ... (repeatable)."),
        click.option("--label", "labels", multiple=True, help='Relation label, e.g. "spoke to" (repeatable).'),
        click.option("--since", help="Events dated on or after (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY)."),
        click.option("--until", help="Events dated on or before (YYYY-MM includes the whole month)."),
        click.option("--certainty", "certainty", multiple=True, type=_CERTAINTY, help="(repeatable)"),
    ]):
        func = opt(func)
    return func


def _filters(types, labels, since, until, certainty) -> dict:
    return {"type": _or_none(types), "label": _or_none(labels), "since": since, "until": until,
            "certainty": _or_none(certainty)}


def _emit_graph(sub, output, formats, fmt) -> None:
    """Write a sub-graph's files to ``output``, or print its events (``--json``: its graph.json)."""
    if output:
        written = sub.save(output, formats=parse_formats(formats))
        click.echo(f"{len(sub.articles)} articles, {len(sub.actors)} actors, {len(sub.events)} events")
        for f, path in written.items():
            click.echo(f"  {f:9} {path}")
    elif fmt == "json":
        click.echo(sub.to_json(), nl=False)
    else:
        click.echo(f"{len(sub.articles)} articles, {len(sub.actors)} actors, {len(sub.events)} events", err=True)
        emit([e.model_dump(mode="json") for e in sub.events], fmt, _event_columns(sub))


_OUTPUT = click.option("-o", "--output", type=click.Path(file_okay=False),
                       help="Write the sub-graph's files (graph.json, graph.html, ...) into this folder.")
_FORMATS = graph_formats_option("Comma-separated outputs to write with -o")


@click.group(context_settings=CONTEXT)
@click.argument("graph", type=click.Path(exists=True))
@click.pass_context
def query(ctx, graph):
    """Ask a built graph (graph.json or its folder) about actors and events.

    \b
    Example:
        graphkit query output/ actors --kind country
        graphkit query output/ events --actor Kerry --since 2014-07
        graphkit query output/ between Israel Hamas --json
        graphkit query output/ top --by pagerank -n 5
        graphkit query output/ ego Kerry --radius 1 -o kerry/
    """
    ctx.obj = {"graph": graph}


@query.command(context_settings=CONTEXT)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Actor kind (repeatable).")
@click.option("--name", help="Part of a name or alias.")
@output_options
@click.pass_context
def actors(ctx, kinds, name, fmt):
    """List actors, optionally of some kinds or with a name.

    \b
    Example:
        graphkit query output/graph.json actors --kind person --csv
    """
    kg = _kg(ctx)
    emit([a.model_dump(mode="json") for a in kg.actors(kind=_or_none(kinds), name=name)], fmt, _actor_columns())


@query.command(context_settings=CONTEXT)
@click.argument("name")
@output_options
@click.pass_context
def actor(ctx, name, fmt):
    """Find one actor by id, name, alias, country code or surname.

    \b
    Example:
        graphkit query output/ actor Kerry --json
    """
    emit([_kg(ctx).actor(name).model_dump(mode="json")], fmt, _actor_columns())


@query.command(context_settings=CONTEXT)
@click.option("--actor", help="Events this actor does.")
@click.option("--recipient", help="Events done to this actor.")
@click.option("--involving", help="Events with this actor in any role.")
@_event_filters
@output_options
@click.pass_context
def events(ctx, actor, recipient, involving, types, labels, since, until, certainty, fmt):
    """List events matching every filter given.

    \b
    Example:
        graphkit query output/ events --actor Kerry --type CONSULT
        graphkit query output/ events --since 2014-07-20 --until 2014-07-31 --csv
    """
    kg = _kg(ctx)
    evs = kg.events(actor=actor, recipient=recipient, involving=involving,
                    **_filters(types, labels, since, until, certainty))
    emit([e.model_dump(mode="json") for e in evs], fmt, _event_columns(kg))


@query.command(context_settings=CONTEXT)
@click.argument("a")
@click.argument("b")
@_event_filters
@output_options
@click.pass_context
def between(ctx, a, b, types, labels, since, until, certainty, fmt):
    """List the events between two actors, in both directions.

    \b
    Example:
        graphkit query output/ between Israel Hamas --type ASSAULT
    """
    kg = _kg(ctx)
    evs = kg.between(a, b, **_filters(types, labels, since, until, certainty))
    emit([e.model_dump(mode="json") for e in evs], fmt, _event_columns(kg))


@query.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--relation", "relations", multiple=True, help="Relation label or PLOVER category (repeatable).")
@click.option("--direction", type=click.Choice(["both", "out", "in"]), default="both", show_default=True,
              help="out: actors it acts on; in: actors acting on it.")
@output_options
@click.pass_context
def neighbors(ctx, name, relations, direction, fmt):
    """List the actors linked to an actor by events, most events first.

    \b
    Example:
        graphkit query output/ neighbors Kerry --relation CONSULT
    """
    found = _kg(ctx).neighbors(name, relation=_or_none(relations), direction=direction)
    emit([a.model_dump(mode="json") for a in found], fmt, _actor_columns())


@query.command(context_settings=CONTEXT)
@click.option("--by", type=click.Choice(["degree", "pagerank", "events"]), default="degree", show_default=True,
              help="degree: distinct partners; pagerank: PageRank of actor -> recipient; events: events taken part in.")
@click.option("-n", "n", type=click.IntRange(1, None), default=10, show_default=True, help="How many.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Actor kind (repeatable).")
@output_options
@click.pass_context
def top(ctx, by, n, kinds, fmt):
    """Rank the most central actors.

    \b
    Example:
        graphkit query output/ top --by events -n 5
    """
    ranked = _kg(ctx).top_actors(by=by, n=n, kind=_or_none(kinds))
    rows = [{"rank": i, by: v, **a.model_dump(mode="json")} for i, (a, v) in enumerate(ranked, 1)]
    emit(rows, fmt, {"rank": "rank", by: by, "id": "id", "name": "name", "kind": "kind"})


@query.command(context_settings=CONTEXT)
@click.argument("a")
@click.argument("b")
@click.option("--freq", type=click.Choice(["D", "W", "M", "Y"], case_sensitive=False), default="M",
              show_default=True, help="Day, ISO week, month or year.")
@click.option("--directed", is_flag=True, help="Only events from A to B (default: both ways).")
@output_options
@click.pass_context
def series(ctx, a, b, freq, directed, fmt):
    """PLOVER conflict-cooperation score between two actors per period (asserted events).

    \b
    Example:
        graphkit query output/ series Israel Hamas --freq W --csv
    """
    points = _kg(ctx).dyad_series(a, b, freq=freq.upper(), directed=directed)
    emit([p._asdict() for p in points], fmt)


@query.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--radius", type=click.IntRange(0, None), default=1, show_default=True,
              help="How many event links away from the actor.")
@_OUTPUT
@_FORMATS
@output_options
@click.pass_context
def ego(ctx, name, radius, output, formats, fmt):
    """The graph around one actor: write its files with -o, or print its events.

    \b
    Example:
        graphkit query output/ ego Kerry --radius 2 -o kerry/
        graphkit query output/ ego Hamas --json > hamas.json
    """
    _emit_graph(_kg(ctx).ego(name, radius=radius), output, formats, fmt)


@query.command("filter", context_settings=CONTEXT)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Keep actors of this kind (repeatable).")
@click.option("--actor", "names", multiple=True, help="Keep this actor (repeatable).")
@click.option("--article", "articles", multiple=True, help="Keep this article id (repeatable).")
@_event_filters
@_OUTPUT
@_FORMATS
@output_options
@click.pass_context
def filter_(ctx, kinds, names, articles, types, labels, since, until, certainty, output, formats, fmt):
    """The part of the graph passing every filter: write its files with -o, or print its events.

    \b
    Example:
        graphkit query output/ filter --kind country --type ASSAULT -o conflict/
    """
    sub = _kg(ctx).filter(kind=_or_none(kinds), actors=_or_none(names), articles=_or_none(articles),
                          **_filters(types, labels, since, until, certainty))
    _emit_graph(sub, output, formats, fmt)
