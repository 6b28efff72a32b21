"""Output formats shared by CLI commands: ``--json``, ``--csv``, ``--table`` (the default), and
``--format`` for the files a graph is written as (:func:`graph_formats_option`).

A command decorates itself with :func:`output_options`, gets a ``fmt`` argument, builds its
rows as JSON-ready dicts and hands them to :func:`emit` with the columns the table and CSV
show. JSON prints the rows whole; CSV and the table print the chosen columns, lists joined
with ``"; "``; the table cuts long cells so that each row stays on one line.

Examples
--------
>>> rows = [{"id": "john-kerry", "name": "John Kerry", "aliases": ["Kerry"]},
...         {"id": "qatar", "name": "Qatar", "aliases": []}]
>>> print(format_rows(rows, "table"))
id          name        aliases
----------  ----------  -------
john-kerry  John Kerry  Kerry
qatar       Qatar
>>> print(format_rows(rows, "csv", columns={"name": "name", "n": lambda r: len(r["aliases"])}))
name,n
John Kerry,1
Qatar,0
>>> print(format_rows(rows[:1], "json"))
[
  {
    "id": "john-kerry",
    "name": "John Kerry",
    "aliases": [
      "Kerry"
    ]
  }
]
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Mapping

import click

from graphkit.render.formats import DEFAULT_FORMATS, formats_help

__all__ = ["FORMATS", "output_options", "graph_formats_option", "format_rows", "emit", "cell", "terminal_safe",
           "safe_rows"]

FORMATS = ("table", "csv", "json")
#: Widest table cell, in characters, before it is cut with an ellipsis.
MAX_CELL = 48

Column = str | Callable[[dict], object]

#: What a terminal must never receive raw from a graph: C0 and C1 controls (ESC starts colour,
#: cursor and OSC title/hyperlink sequences; CR overwrites the line), DEL, line separators,
#: bidirectional controls (U+202E shows text reversed) and lone surrogates (not encodable).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_SHORT = {"\r": "\\r", "\x0b": "\\v", "\x0c": "\\f", "\x1b": "\\x1b"}


def terminal_safe(text: str, json_escapes: bool = False) -> str:
    """``text`` with every character a terminal must not receive raw written as an escape.

    Line breaks and tabs stay; ESC, CR and other controls become ``\\x1b``, ``\\r`` ...,
    bidirectional controls and lone surrogates ``\\u202e`` ... With ``json_escapes`` every
    escape is a JSON ``\\uXXXX`` one, so JSON output stays valid JSON.

    >>> terminal_safe("Kerry\\x1b]0;owned\\x07 \\u202eudsipt\\rX")
    'Kerry\\\\x1b]0;owned\\\\x07 \\\\u202eudsipt\\\\rX'
    >>> terminal_safe('"\\x9b\\ud800"', json_escapes=True)
    '"\\\\u009b\\\\ud800"'
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: _escape(m.group(), json_escapes), text)


def _escape(ch: str, json_escapes: bool) -> str:
    code = ord(ch)
    if json_escapes or code > 0xFF:
        return f"\\u{code:04x}"
    return _SHORT.get(ch, f"\\x{code:02x}")


def safe_rows(rows: Iterable[dict]) -> list[dict]:
    """``rows`` with every string (in lists too) made :func:`terminal_safe`, for printing."""
    def clean(v):
        if isinstance(v, str):
            return terminal_safe(v)
        if isinstance(v, (list, tuple)):
            return [clean(x) for x in v]
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        return v

    return [clean(r) for r in rows]


def output_options(func):
    """Add ``--json`` / ``--csv`` / ``--table`` to a click command, as its ``fmt`` argument."""
    func = click.option("--table", "fmt", flag_value="table", default=True,
                        help="Print an aligned table (default).")(func)
    func = click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row.")(func)
    func = click.option("--json", "fmt", flag_value="json", help="Print JSON (every field).")(func)
    return func


def graph_formats_option(lead: str = "Comma-separated outputs to write"):
    """``--format`` (as the ``formats`` argument): the graph files to write, choices, default and help
    from the registry :mod:`graphkit.render.formats`; parse with :func:`graphkit.render.formats.parse_formats`."""
    return click.option("--format", "formats", default=",".join(DEFAULT_FORMATS), show_default=True,
                        help=formats_help(lead))


def cell(value) -> str:
    """One value as text: None empty, lists joined with ``"; "``, floats without noise.

    >>> cell(None), cell(["a", "b"]), cell(2.50), cell(0.1234567)
    ('', 'a; b', '2.5', '0.123457')
    """
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, float):
        text = f"{value:.6f}".rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    return str(value)


def _table(rows: list[list[str]], header: list[str]) -> str:
    rows = [[c if len(c) <= MAX_CELL else c[: MAX_CELL - 1] + "…"
             for c in (terminal_safe(x.replace("\n", " ").replace("\t", " ")) for x in r)] for r in rows]
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in rows]
    return "\n".join(lines)


def format_rows(rows: Iterable[dict], fmt: str = "table",
                columns: Mapping[str, Column] | None = None) -> str:
    """The text of ``rows`` in ``fmt``.

    Parameters
    ----------
    rows : iterable of dict
        JSON-ready records.
    fmt : {"table", "csv", "json"}
    columns : mapping, optional
        Header → key of the row or function of the row, for the table and CSV
        (default: every key of the first row).
    """
    rows = list(rows)
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if columns is None:
        columns = {k: k for k in (rows[0] if rows else {})}
    header = list(columns)
    getters = [(lambda r, k=c: r.get(k)) if isinstance(c, str) else c for c in columns.values()]
    cells = [[cell(g(r)) for g in getters] for r in rows]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(cells)
        return buf.getvalue().rstrip("\n")
    return _table(cells, header)


def emit(rows: Iterable[dict], fmt: str = "table", columns: Mapping[str, Column] | None = None) -> None:
    """Print :func:`format_rows` to stdout (an empty table prints ``(no results)`` to stderr).

    What a graph holds reaches the terminal escaped (:func:`terminal_safe`): a name cannot
    set the terminal's title, move the cursor or reverse the text, and a lone surrogate
    prints as ``\\udXXX`` instead of failing.
    """
    rows = list(rows)
    if fmt == "table" and not rows:
        click.echo("(no results)", err=True)
        return
    click.echo(terminal_safe(format_rows(rows, fmt, columns), json_escapes=fmt == "json"))
