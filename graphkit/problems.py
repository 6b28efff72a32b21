"""Summaries of the input problems of a build: how many, which, why.

The same text ends a ``graphkit build`` run (on stderr); the records themselves are in
``graph.json`` under ``metadata.problems``.

Examples
--------
>>> from graphkit.models import Problem
>>> print(summarize_problems([
...     Problem(source="in/a.txt", reason="empty file"),
...     Problem(source="in/b.txt", reason="not valid UTF-8 (bad byte at offset 3); decoded as Windows-1252",
...             fatal=False),
... ]))
1 input skipped:
  in/a.txt: empty file
1 warning:
  in/b.txt: not valid UTF-8 (bad byte at offset 3); decoded as Windows-1252
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from graphkit.models import Problem

__all__ = ["summarize_problems", "split_problems", "reason_kind"]

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
_NUMBER = re.compile(r"\d+")


def split_problems(problems: Iterable[Problem]) -> tuple[list[Problem], list[Problem]]:
    """``(skipped, warnings)``: fatal problems (input not built) and caveats.

    >>> split_problems([Problem(source="a", reason="x"), Problem(source="b", reason="y", fatal=False)])[1][0].source
    'b'
    """
    skipped: list[Problem] = []
    warnings: list[Problem] = []
    for p in problems:
        (skipped if p.fatal else warnings).append(p)
    return skipped, warnings


def reason_kind(reason: str) -> str:
    """A reason without its particulars (numbers, quoted values, detail after a colon).

    >>> reason_kind("malformed JSON on line 12: Expecting value (column 1)")
    'malformed JSON on line N'
    >>> reason_kind("published date '2014-13-45' is not a date; ignored")
    'published date … is not a date; ignored'
    """
    head = reason.split(": ", 1)[0]
    return _NUMBER.sub("N", _QUOTED.sub("…", head))


def _section(title: str, items: list[Problem], limit: int) -> list[str]:
    if not items:
        return []
    noun = title if len(items) == 1 else title.replace("input", "inputs").replace("warning", "warnings")
    lines = [f"{len(items)} {noun}:"] + [f"  {p.source}: {p.reason}" for p in items[:limit]]
    rest = items[limit:]
    if rest:
        kinds = Counter(reason_kind(p.reason) for p in rest).most_common(3)
        shown = "; ".join(f"{k} ({n})" for k, n in kinds)
        lines.append(f"  ... and {len(rest)} more: {shown}")
    return lines


def summarize_problems(problems: Iterable[Problem], limit: int = 10, where: str | None = None) -> str:
    """A short report: skipped inputs then warnings, ``limit`` of each, the rest counted by kind.

    Parameters
    ----------
    problems : iterable of Problem
        The problems of a build (``KnowledgeGraph.problems``).
    limit : int
        How many of each section to list one by one.
    where : str, optional
        Where the full list is (e.g. ``"out/graph.json"``), named in a last line.

    Returns
    -------
    str
        Empty when there are no problems.
    """
    skipped, warnings = split_problems(problems)
    lines = _section("input skipped", skipped, limit) + _section("warning", warnings, limit)
    if lines and where:
        lines.append(f"All problems are listed in {where} (metadata.problems).")
    return "\n".join(lines)
