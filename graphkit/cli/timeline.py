"""``graphkit timeline``: the events of a graph (or of articles, built first) in date order.

Examples
--------
>>> from click.testing import CliRunner
>>> r = CliRunner().invoke(timeline, ["-h"])
>>> r.exit_code, "Example:" in r.output
(0, True)
"""
from __future__ import annotations

import click

from graphkit.cli.format import emit, output_options, safe_rows
from graphkit.cli.source import load_or_build, open_graph, warn_undated

__all__ = ["timeline", "load_or_build"]

CONTEXT = {"help_option_names": ["-h", "--help"]}

#: Table / CSV columns (JSON prints every field).
COLUMNS = {
    "happened": lambda r: r["happened"] or "",
    "reported": lambda r: r["reported"] or r["relative"] or "",
    "actor": "actors", "event": "label", "recipient": "recipients", "type": "type",
    "certainty": "certainty", "article": "article", "evidence": "sentence",
}


def _rich_table(rows) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold", expand=False)
    for name, width in (("happened", 26), ("reported", 12), ("who", 22), ("event", 18), ("whom", 22),
                        ("type", 9), ("certainty", 9), ("evidence", 56)):
        table.add_column(name, max_width=width, overflow="fold" if name == "evidence" else "ellipsis")
    for r in rows:
        happened = r["happened"] or ""
        if r["happened_text"] and r["happened"]:
            happened += f" ({r['happened_text']})"
        reported = r["reported"] or r["relative"] or ""
        evidence = r["sentence"] if len(r["sentence"]) <= 160 else r["sentence"][:157] + "..."
        table.add_row(happened, reported, ", ".join(r["actors"]), r["label"], ", ".join(r["recipients"]),
                      r["type"], r["certainty"], evidence, style="dim" if not r["happened"] else None)
    console = Console(width=170, highlight=False, markup=False, emoji=False)
    with console.capture() as cap:
        console.print(table)
    return cap.get().rstrip("\n")


@click.command(context_settings=CONTEXT)
@click.argument("graph_or_paths", nargs=-1, required=True)
@click.option("--actor", help="Only events this actor takes part in (name, alias or id).")
@click.option("--type", "types", help="PLOVER categories to keep, comma-separated (CONSULT,AID).")
@click.option("--from", "since", metavar="DATE",
              help="Events dated from DATE on (YYYY, YYYY-MM or YYYY-MM-DD): by the event's own date, else the "
                   "date it was reported (the article's publication date); --date-by picks one.")
@click.option("--to", "until", metavar="DATE", help="Events dated up to DATE (the same date as --from).")
@click.option("--date-by", type=click.Choice(["either", "event", "report"]), default="either", show_default=True,
              help="The date --from/--to look at: either (the event's, else the report's), event (when it happened; "
                   "as graphkit query events --since), report (when it was reported).")
@click.option("--published", help="When building from articles: publication date for those that give none.")
@click.option("--model", help="When building from articles: spaCy model name.")
@click.option("--html", "html", type=click.Path(dir_okay=False), help="Also write the filtered timeline.html here.")
@output_options
def timeline(graph_or_paths, actor, types, since, until, date_by, published, model, html, fmt):
    """Print the events in date order: happened-on date, reported-on date, who did what to whom.

    GRAPH_OR_PATHS is a graph.json (or the folder holding one), or articles to build first.
    Events the articles do not date are placed by their publication date ("reported");
    without one, by their offset from it ("1 day before publication").

    \b
    Example:
        graphkit timeline output/graph.json --actor Kerry
        graphkit timeline output/ --type CONSULT,ASSAULT --from 2014-07 --to 2014-07-31 --csv
        graphkit timeline output/ --from 2014-07-24 --date-by event
        graphkit timeline seeds/ --json
    """
    from graphkit.errors import QueryError
    from graphkit.graph.timeline import parse_bound

    for name, value in (("--from", since), ("--to", until)):
        try:
            parse_bound(value, name)
        except QueryError as err:
            raise click.BadParameter(str(err).split("; ")[-1], param_hint=name) from None
    if len(graph_or_paths) == 1 and not html:  # a build's folder or file: graph.sqlite answers when there
        kg = open_graph(graph_or_paths[0], published=published, model=model)
    else:
        kg = load_or_build(graph_or_paths, published=published, model=model)
    warn_undated(kg)
    entries = kg.timeline(actor=actor, type=types, since=since, until=until, date_by=date_by)
    rows = [e.as_dict() for e in entries]
    if html:
        from graphkit.render.timeline import write_timeline

        write_timeline(kg, html, actor=actor, type=types, since=since, until=until)
    if fmt == "table":
        if not rows:
            click.echo("(no events)", err=True)
            return
        click.echo(_rich_table(safe_rows(rows)))
        return
    emit(rows, fmt, COLUMNS)
