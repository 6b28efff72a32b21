"""The input readers: one registry of file endings, from which reading, progress estimates and CLI help derive.

Each :class:`Reader` names the endings it reads, says what they hold, how the file is laid out
and which function parses it. The layout tells :mod:`graphkit.ingest.read.readers` how to call
the parser and :mod:`graphkit.progress` how to count the articles:

``article``
    one article a file: ``parse(text, id=, source=, problems=)`` returns it (or None); a
    ``NAME.meta.json`` sidecar may add its date, title and URL.
``records``
    a JSON record or a list of them: ``parse(text, source=, problems=, default_id=)`` yields them.
``lines``
    one JSON record a line, streamed: ``parse(line, number, where, problems, default_id, source)``
    returns the line's article (or None).

Any ending may be followed by ``.gz`` (:data:`COMPRESSED`). The parser is named as
``module:function`` and imported on use. Adding an input format is one entry in :data:`READERS`
plus its parser.

Examples
--------
>>> reader_for("corpus/day1.JSONL.gz").name
'jsonl'
>>> reader_for("notes.md").name, reads("notes.md")   # a file named directly is read as text
('text', False)
>>> SUFFIXES
('.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm')
>>> suffix_list()
'.txt, .json, .jsonl, .ndjson, .html, .htm, .gz of them'
"""
from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["Reader", "READERS", "SUFFIXES", "COMPRESSED", "suffix_of", "reader_for", "reads", "is_compressed",
           "suffix_list", "input_help"]

Layout = Literal["article", "records", "lines"]


@dataclass(frozen=True)
class Reader:
    """One input format: its ``name``, the file ``suffixes`` (lower case, with the dot) it reads,
    a short ``description``, its ``layout`` (see the module docstring) and its ``parser``
    (``"module:function"``)."""

    name: str
    suffixes: tuple[str, ...]
    description: str
    layout: Layout
    parser: str

    def parse(self) -> Callable:
        """The parser function, its module imported now."""
        module, function = self.parser.split(":")
        parse: Callable = getattr(importlib.import_module(module), function)
        return parse


#: Every input format, in the order they are listed; the first is the fallback for unknown endings.
READERS: tuple[Reader, ...] = (
    Reader("text", (".txt",), "plain text, the first line its headline", "article",
           "graphkit.ingest.read.records:read_txt"),
    Reader("json", (".json",), "a JSON record or a list of records", "records",
           "graphkit.ingest.read.records:parse_records"),
    Reader("jsonl", (".jsonl", ".ndjson"), "JSON Lines, one record a line", "lines",
           "graphkit.ingest.read.records:_parse_line"),
    Reader("html", (".html", ".htm"), "a saved web page", "article",
           "graphkit.ingest.read.webpage:parse_html"),
)

#: The ending of gzip-compressed input; it may follow any reader's suffix.
COMPRESSED = ".gz"

#: Every file ending graphkit reads in a folder (``.gz`` may follow any of them).
SUFFIXES: tuple[str, ...] = tuple(s for r in READERS for s in r.suffixes)

_BY_SUFFIX = {s: r for r in READERS for s in r.suffixes}


def is_compressed(name: str) -> bool:
    """Whether a file name ends in ``.gz`` (any case)."""
    return name.lower().endswith(COMPRESSED)


def suffix_of(name: str) -> str:
    """The lower-case ending of a file name, a ``.gz`` after it dropped: ``A.JSONL.gz`` -> ``.jsonl``."""
    name = name.lower()
    if name.endswith(COMPRESSED):
        name = name[: -len(COMPRESSED)]
    return os.path.splitext(name)[1]


def reads(name: str) -> bool:
    """Whether a file of this name, found in a folder, is an input (its ending is registered)."""
    return suffix_of(name) in _BY_SUFFIX


def reader_for(name: str) -> Reader:
    """The reader of a file name; an unregistered ending gets the first reader (plain text)."""
    return _BY_SUFFIX.get(suffix_of(name), READERS[0])


def suffix_list() -> str:
    """The endings read, for messages: ``.txt, .json, ..., .gz of them``."""
    return ", ".join(SUFFIXES) + f", {COMPRESSED} of them"


def input_help() -> str:
    """One line per reader for the CLI's help: endings and what they hold.

    >>> print(input_help().splitlines()[0])
      .txt             plain text, the first line its headline
    """
    lines = [f"  {', '.join(r.suffixes):16} {r.description}" for r in READERS]
    lines.append(f"  {'+ ' + COMPRESSED:16} any of these gzip-compressed (corpus.jsonl{COMPRESSED})")
    return "\n".join(lines)
