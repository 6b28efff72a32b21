"""The output formats: one registry from which saving, ``graphkit build --format`` and its help derive.

Each :class:`OutputFormat` names the file it writes, says what it is for, whether a build writes
it by default, and the module holding its ``write_<name>(kg, path, **options)``. The module is
imported on use only (the map's module pulls in pyvis and IPython, which a json-only save skips).
Adding a format is one entry in :data:`OUTPUTS` plus its module; :func:`graphkit.render.write_outputs`,
:meth:`graphkit.knowledge.KnowledgeGraph.save` and the CLI's ``--format`` choices, default and help
all read this table.

Examples
--------
>>> OUTPUTS["gexf"].filename, OUTPUTS["gexf"].module
('graph.gexf', 'graphkit.render.gexf')
>>> FORMATS["json"]
'graph.json'
>>> ",".join(DEFAULT_FORMATS)
'json,graphml,gexf,html,timeline,sqlite'
>>> parse_formats("json, html")
['json', 'html']
>>> parse_formats("json,pdf")
Traceback (most recent call last):
...
graphkit.errors.OptionError: --format 'json,pdf': choose from json, graphml, gexf, html, timeline, sqlite
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from graphkit.errors import OptionError

__all__ = ["OutputFormat", "OUTPUTS", "FORMATS", "DEFAULT_FORMATS", "parse_formats", "formats_help"]


@dataclass(frozen=True)
class OutputFormat:
    """One output: ``name`` (as given to ``--format``), the ``filename`` written into the output folder,
    a one-line ``description``, whether a build writes it when no format is chosen (``default``),
    and the ``module`` defining ``write_<name>`` (default ``graphkit.render.<name>``)."""

    name: str
    filename: str
    description: str
    default: bool = True
    module: str = ""

    def __post_init__(self) -> None:
        if not self.module:
            object.__setattr__(self, "module", f"graphkit.render.{self.name}")

    def writer(self) -> Callable[..., None]:
        """The ``write_<name>(kg, path, **options)`` function, its module imported now."""
        writer: Callable[..., None] = getattr(importlib.import_module(self.module), f"write_{self.name}")
        return writer


#: Every output format by name, in the order they are written and listed.
OUTPUTS: dict[str, OutputFormat] = {f.name: f for f in (
    OutputFormat("json", "graph.json", "the records (graphkit/1), read back by load, query and timeline"),
    OutputFormat("graphml", "graph.graphml", "the graph for yEd, Cytoscape, networkx"),
    OutputFormat("gexf", "graph.gexf", "the graph with colours, sizes and dates for Gephi"),
    OutputFormat("html", "graph.html", "the interactive map"),
    OutputFormat("timeline", "timeline.html", "the interactive timeline"),
    OutputFormat("sqlite", "graph.sqlite", "the records as indexed SQLite tables with full-text search, for query, "
                 "Datasette, DuckDB"),
)}

#: Format name -> file name (the registry's short form, as imported from :mod:`graphkit.render`).
FORMATS: dict[str, str] = {name: f.filename for name, f in OUTPUTS.items()}

#: The formats written when none are chosen (by ``kg.save()`` and ``graphkit build`` alike).
DEFAULT_FORMATS: tuple[str, ...] = tuple(name for name, f in OUTPUTS.items() if f.default)


def parse_formats(text: str) -> list[str]:
    """The format names of a comma-separated ``--format`` value; an unknown or empty one is an OptionError."""
    chosen = [f.strip() for f in text.split(",") if f.strip()]
    if not chosen or any(f not in OUTPUTS for f in chosen):
        raise OptionError(f"--format {text!r}: choose from {', '.join(OUTPUTS)}")
    return chosen


def formats_help(lead: str = "Comma-separated outputs to write") -> str:
    """The ``--format`` help text: ``lead``, then each format with its file and purpose.

    >>> print(formats_help("Outputs")[:60])
    Outputs: json (graph.json: the records (graphkit/1), read ba
    """
    return f"{lead}: " + "; ".join(f"{f.name} ({f.filename}: {f.description})" for f in OUTPUTS.values()) + "."
