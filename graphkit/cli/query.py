"""``graphkit query GRAPH ...``: each subcommand opens the graph, calls one API method, formats.

The Python face is :class:`~graphkit.knowledge.KnowledgeGraph` (``kg.events(...)``,
``kg.top_actors(...)``, ...); see :mod:`graphkit.graph.query` and :mod:`graphkit.graph.subgraph`.
"""
from __future__ import annotations

import click

from graphkit.cli.format import emit, graph_formats_option, output_options
from graphkit.cli.source import open_graph, warn_undated
from graphkit.models import KINDS, PLOVER_TYPES
from graphkit.render.formats import parse_formats

__all__ = ["query"]

CONTEXT = {"help_option_names": ["-h", "--help"]}
_CERTAINTY = click.Choice(["asserted", "possible", "negated"])


def _kg(ctx: click.Context):
    """The graph of the command line: a KnowledgeGraph or a GraphStore (the same query methods)."""
    if "source" not in ctx.obj:
        ctx.obj["source"] = open_graph(ctx.obj["graph"], ctx.obj.get("published"), ctx.obj.get("model"))
        warn_undated(ctx.obj["source"])
    return ctx.obj["source"]


def _or_none(values):
    return list(values) if values else None


def _actor_row(actor, full: bool, counts: dict | None = None) -> dict:
    """An actor as a JSON row: every field with ``full``, else mention and quote counts instead of lists."""
    if full:
        return actor.model_dump(mode="json")
    row = actor.model_dump(mode="json", exclude={"mentions", "quotes"})
    row["mentions"], row["quotes"] = counts[actor.id] if counts else (len(actor.mentions), len(actor.quotes))
    return row


def _actor_rows(src, found, full: bool) -> list[dict]:
    counts = src.counts() if hasattr(src, "counts") and not full else None
    return [_actor_row(a, full, counts) for a in found]


def _lean(src, full: bool) -> dict:
    """For a graph.sqlite source: read mentions and quotes only when they are printed (else they are counted)."""
    return {"full": full} if hasattr(src, "counts") else {}


def _texts(src, output, fmt) -> dict:
    """For a graph.sqlite source: read the articles' text only when a sub-graph is written or printed whole."""
    return {"text": bool(output) or fmt == "json"} if hasattr(src, "counts") else {}


def _actor_columns():
    return {"id": "id", "name": "name", "kind": "kind", "code": "code", "sector": "sector", "aliases": "aliases",
            "affiliations": "affiliations",
            "mentions": lambda r: r["mentions"] if isinstance(r["mentions"], int) else len(r["mentions"])}


def _names(src, evs) -> dict[str, str]:
    ids = {i for e in evs for i in (*e.actors, *e.recipients)}
    if hasattr(src, "actor_names"):
        return src.actor_names(ids)
    return {a.id: a.name for a in src.actors if a.id in ids}


_EVENT_COLUMNS = ("id", "date", "type", "label", "actors", "recipients", "certainty", "sentence")


def _event_row(e, names: dict) -> dict:
    """The table and CSV columns of an event, its actors and recipients by name (lists joined as cells are)."""
    row = {k: getattr(e, k) for k in _EVENT_COLUMNS}
    for key in ("actors", "recipients"):
        row[key] = "; ".join(names.get(i, i) for i in row[key])
    return row


def _emit_events(src, evs, fmt) -> None:
    """Events as JSON (every field) or as a table or CSV of :data:`_EVENT_COLUMNS`."""
    if fmt == "json":
        emit([e.model_dump(mode="json") for e in evs], fmt)
    else:
        names = _names(src, evs)
        emit([_event_row(e, names) for e in evs], fmt, {k: k for k in _EVENT_COLUMNS})


_FULL = click.option("--full", is_flag=True, help="JSON: every field of each actor, with its mentions and quotes.")
_SINCE_HELP = ("Events dated on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY) by the event's own date "
               "(when it happened, not when it was reported){}; events without that date are left out.")
_UNTIL_HELP = "Events dated on or before DATE (YYYY-MM includes the whole month){}."
_DATE_BY = click.option(
    "--date-by", type=click.Choice(["event", "report", "either"]), default="event", show_default=True,
    help="The date --since/--until look at: event (when it happened), report (when it was reported: the "
         "article's publication date), either (the event's, else the report's, as graphkit timeline).")


def _event_filters(func=None, *, dated: bool = False):
    """--type/--label/--since/--until/--certainty (and --date-by with ``dated``), for the event commands."""
    note = ", or as --date-by says" if dated else ""
    opts = [
        click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False),
                     metavar="CATEGORY", help="PLOVER category: CONSULT, ASSAULT, ... (repeatable)."),
        click.option("--label", "labels", multiple=True, help='Relation label, e.g. "spoke to" (repeatable).'),
        click.option("--since", metavar="DATE", help=_SINCE_HELP.format(note)),
        click.option("--until", metavar="DATE", help=_UNTIL_HELP.format(note)),
        *([_DATE_BY] if dated else []),
        click.option("--certainty", "certainty", multiple=True, type=_CERTAINTY, help="(repeatable)"),
    ]

    def decorate(f):
        for opt in reversed(opts):
            f = opt(f)
        return f

    return decorate(func) if func is not None else decorate


def _filters(types, labels, since, until, certainty, date_by=None) -> dict:
    out = {"type": _or_none(types), "label": _or_none(labels), "since": since, "until": until,
           "certainty": _or_none(certainty)}
    if date_by and date_by != "event":
        out["date_by"] = date_by
    return out


def _emit_graph(sub, output, formats, fmt) -> None:
    """Write a sub-graph's files to ``output``, or print its events (``--json``: its graph.json)."""
    if (output or fmt == "json") and not hasattr(sub, "save"):  # a view read from graph.sqlite, to be written
        from graphkit.knowledge import KnowledgeGraph  # (networkx: only when needed)

        sub = KnowledgeGraph(**vars(sub.parts()))
    if output:
        written = sub.save(output, formats=parse_formats(formats))
        click.echo(f"{len(sub.articles)} articles, {len(sub.actors)} actors, {len(sub.events)} events")
        for f, path in written.items():
            click.echo(f"  {f:9} {path}")
    elif fmt == "json":
        click.echo(sub.to_json(), nl=False)
    else:
        click.echo(f"{len(sub.articles)} articles, {len(sub.actors)} actors, {len(sub.events)} events", err=True)
        _emit_events(sub, sub.events, fmt)


_GENERIC = click.option("--generic/--no-generic", "generic", default=None,
                        help="--no-generic: leave out unnamed groups known by a common noun (\"police\", "
                             "\"students\"); --generic: only them. Default: all actors.")
_OUTPUT = click.option("-o", "--output", type=click.Path(file_okay=False),
                       help="Write the sub-graph's files (graph.json, graph.html, ...) into this folder.")
_FORMATS = graph_formats_option("Comma-separated outputs to write with -o")


@click.group(context_settings=CONTEXT)
@click.argument("graph", type=click.Path(exists=True))
@click.option("--published", help="When building from articles: publication date for those that give none.")
@click.option("--model", help="When building from articles: spaCy model name.")
@click.pass_context
def query(ctx, graph, published, model):
    """Ask a graph about actors and events.

    GRAPH is a build's folder, its graph.sqlite or graph.json, or articles to build first (as for
    graphkit timeline). A folder is answered from graph.sqlite when it is there (fast, without
    loading the graph), else from graph.json.

    \b
    Example:
        graphkit query output/ actors --kind country
        graphkit query output/ events --actor Kerry --since 2014-07
        graphkit query output/ between Israel Hamas --json
        graphkit query output/ search "ceasefire"
        graphkit query output/ top --by pagerank -n 5
        graphkit query output/ ego Kerry --radius 1 -o kerry/
        graphkit query seeds/ actor GBR
    """
    ctx.obj = {"graph": graph, "published": published, "model": model}


@query.command(context_settings=CONTEXT)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Actor kind (repeatable).")
@click.option("--name", help="Part of a name or alias.")
@click.option("--sector", "sectors", multiple=True, metavar="CODE",
              help="CAMEO sector: GOV, MIL, COP, JUD, LEG, OPP, REB, BUS, MED, EDU, CVL... (repeatable).")
@_GENERIC
@_FULL
@output_options
@click.pass_context
def actors(ctx, kinds, name, sectors, generic, full, fmt):
    """List actors, optionally of some kinds or sectors or with a name.

    \b
    Example:
        graphkit query output/graph.json actors --kind person --csv
        graphkit query output/ actors --sector MIL --sector COP
        graphkit query output/ actors --kind group --no-generic
    """
    src = _kg(ctx)
    found = src.actors(kind=_or_none(kinds), name=name, sector=_or_none(sectors), generic=generic, **_lean(src, full))
    emit(_actor_rows(src, found, full), fmt, _actor_columns())


@query.command(context_settings=CONTEXT)
@click.argument("name")
@_FULL
@output_options
@click.pass_context
def actor(ctx, name, full, fmt):
    """Find one actor by id, name, alias, country code or surname.

    \b
    Example:
        graphkit query output/ actor Kerry --json
    """
    emit([_actor_row(_kg(ctx).actor(name), full)], fmt, _actor_columns())


@query.command(context_settings=CONTEXT)
@click.option("--actor", help="Events this actor does.")
@click.option("--recipient", help="Events done to this actor.")
@click.option("--involving", help="Events with this actor in any role.")
@_event_filters(dated=True)
@output_options
@click.pass_context
def events(ctx, actor, recipient, involving, types, labels, since, until, date_by, certainty, fmt):
    """List events matching every filter given.

    \b
    Example:
        graphkit query output/ events --actor Kerry --type CONSULT
        graphkit query output/ events --since 2014-07-20 --until 2014-07-31 --csv
        graphkit query output/ events --since 2014-07-24 --date-by report
    """
    src = _kg(ctx)
    evs = src.events(actor=actor, recipient=recipient, involving=involving,
                     **_filters(types, labels, since, until, certainty, date_by))
    _emit_events(src, evs, fmt)


@query.command(context_settings=CONTEXT)
@click.argument("a")
@click.argument("b")
@_event_filters(dated=True)
@output_options
@click.pass_context
def between(ctx, a, b, types, labels, since, until, date_by, certainty, fmt):
    """List the events between two actors, in both directions.

    \b
    Example:
        graphkit query output/ between Israel Hamas --type ASSAULT
    """
    src = _kg(ctx)
    _emit_events(src, src.between(a, b, **_filters(types, labels, since, until, certainty, date_by)), fmt)


@query.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--relation", "relations", multiple=True, help="Relation label or PLOVER category (repeatable).")
@click.option("--direction", type=click.Choice(["both", "out", "in"]), default="both", show_default=True,
              help="out: actors it acts on; in: actors acting on it.")
@_FULL
@output_options
@click.pass_context
def neighbors(ctx, name, relations, direction, full, fmt):
    """List the actors linked to an actor by events, most events first.

    \b
    Example:
        graphkit query output/ neighbors Kerry --relation CONSULT
    """
    src = _kg(ctx)
    found = src.neighbors(name, relation=_or_none(relations), direction=direction, **_lean(src, full))
    emit(_actor_rows(src, found, full), fmt, _actor_columns())


@query.command(context_settings=CONTEXT)
@click.option("--by", type=click.Choice(["degree", "pagerank", "events"]), default="degree", show_default=True,
              help="degree: distinct partners; pagerank: PageRank of actor -> recipient; events: events taken part in.")
@click.option("-n", "n", type=click.IntRange(1, None), default=10, show_default=True, help="How many.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Actor kind (repeatable).")
@_GENERIC
@_FULL
@output_options
@click.pass_context
def top(ctx, by, n, kinds, generic, full, fmt):
    """Rank the most central actors.

    \b
    Example:
        graphkit query output/ top --by events -n 5
        graphkit query output/ top --by pagerank --no-generic
    """
    src = _kg(ctx)
    ranked = src.top_actors(by=by, n=n, kind=_or_none(kinds), generic=generic, **_lean(src, full))
    rows = [{"rank": i, by: v, **row} for i, ((_, v), row) in
            enumerate(zip(ranked, _actor_rows(src, [a for a, _ in ranked], full), strict=True), 1)]
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
    src = _kg(ctx)
    _emit_graph(src.ego(name, radius=radius, **_texts(src, output, fmt)), output, formats, fmt)


@query.command("filter", context_settings=CONTEXT)
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS), help="Keep actors of this kind (repeatable).")
@click.option("--actor", "names", multiple=True, help="Keep this actor (repeatable).")
@click.option("--article", "articles", multiple=True, help="Keep this article id (repeatable).")
@_GENERIC
@_event_filters(dated=True)
@_OUTPUT
@_FORMATS
@output_options
@click.pass_context
def filter_(ctx, kinds, names, articles, generic, types, labels, since, until, date_by, certainty, output, formats,
            fmt):
    """The part of the graph passing every filter: write its files with -o, or print its events.

    \b
    Example:
        graphkit query output/ filter --kind country --type ASSAULT -o conflict/
        graphkit query output/ filter --since 1987-03 --until 1987-03 --date-by report
        graphkit query output/ filter --no-generic -o named/
    """
    src = _kg(ctx)
    sub = src.filter(kind=_or_none(kinds), actors=_or_none(names), articles=_or_none(articles), generic=generic,
                     **_filters(types, labels, since, until, certainty, date_by), **_texts(src, output, fmt))
    _emit_graph(sub, output, formats, fmt)


@query.command(context_settings=CONTEXT)
@click.argument("text")
@click.option("--actor", help="Events this actor does.")
@click.option("--involving", help="Events with this actor in any role.")
@_event_filters(dated=True)
@output_options
@click.pass_context
def search(ctx, text, actor, involving, types, labels, since, until, date_by, certainty, fmt):
    """Events whose sentence (or label) holds these words: full-text search, with actors and dates.

    Words match in any case and order, all of them; "a phrase", prefix*, OR and NOT as SQLite FTS5
    reads them (graph.sqlite's index; for graph.json the same index is made in memory).

    \b
    Example:
        graphkit query output/ search ceasefire
        graphkit query output/ search '"interest rates" OR inflation' --since 1987-03 --csv
    """
    src = _kg(ctx)
    evs = src.search(text, actor=actor, involving=involving,
                     **_filters(types, labels, since, until, certainty, date_by))
    _emit_events(src, evs, fmt)
