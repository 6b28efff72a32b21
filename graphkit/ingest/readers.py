"""Readers: files, folders, JSON/JSONL records, saved HTML pages and stdin into :class:`Article` records.

A reader never stops the run for one bad input: it reports a :class:`Problem` through the
``problems`` list and goes on with the next.

Examples
--------
>>> import json, tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a1.txt").write_text("Headline here\\nKerry met Netanyahu.\\n")
>>> _ = (d / "a1.meta.json").write_text(json.dumps({"published": "2014-07-24"}))
>>> [(a.id, a.title, a.published) for a in read_articles([d])]
[('a1', 'Headline here', '2014-07-24')]
>>> [a.id for a in parse_records('{"id": "r1", "text": "Hello."}\\n{"id": "r2", "text": "Hi."}')]
['r1', 'r2']
"""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

from graphkit.errors import InputNotFoundError
from graphkit.ingest.dates_iso import parse_published
from graphkit.models import Article, Problem

__all__ = ["read_articles", "read_path", "read_txt", "parse_records", "iter_files", "SUFFIXES"]

#: File endings graphkit reads; ``.gz`` may follow ``.json``/``.jsonl``/``.txt``.
SUFFIXES = (".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm")
_META = ".meta.json"


def read_articles(paths: Iterable, published: str | None = None,
                  problems: list[Problem] | None = None) -> Iterator[Article]:
    """Yield articles from paths (files, folders read recursively, ``-`` for stdin).

    Parameters
    ----------
    paths : iterable of str or Path
        Inputs; a missing path raises :class:`InputNotFoundError` before anything is read.
    published : str, optional
        Publication date for articles that carry none of their own (``--published``).
    problems : list, optional
        Receives a :class:`Problem` for every input that was skipped or read with a caveat.
    """
    paths = [p if p == "-" else Path(p) for p in paths]
    for p in paths:
        if p != "-" and not p.exists():
            raise InputNotFoundError(f"input not found: {p}")
    default = parse_published(published) if published else None
    if published and default is None:
        raise InputNotFoundError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    sink = problems if problems is not None else []
    for p in paths:
        if p == "-":
            yield from _with_default(_read_stdin(sink), default)
            continue
        for f in iter_files(p):
            yield from _with_default(read_path(f, sink), default)


def _with_default(articles: Iterable[Article], default: str | None) -> Iterator[Article]:
    for a in articles:
        if default and not a.published:
            a = a.model_copy(update={"published": default})
        yield a


def iter_files(path: Path) -> Iterator[Path]:
    """Files under ``path`` that graphkit reads, in sorted order (sidecars excluded)."""
    if path.is_file():
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(_META) or name.startswith("."):
                continue
            if _suffix(name) in SUFFIXES:
                yield Path(root) / name


def _suffix(name: str) -> str:
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1]


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0]


def _read_bytes(path: Path) -> bytes:
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            return fh.read()
    return path.read_bytes()


def _decode(data: bytes, source: str, sink: list[Problem]) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        sink.append(Problem(source=source, reason="not valid UTF-8; decoded with replacement", fatal=False))
        return data.decode("utf-8", errors="replace")


def _sidecar(path: Path) -> dict:
    meta = path.with_name(_stem(path) + _META)
    if meta.exists():
        try:
            data = json.loads(meta.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}
    return {}


def read_path(path: Path, problems: list[Problem] | None = None) -> Iterator[Article]:
    """Yield the articles in one file, dispatching on its ending."""
    sink = problems if problems is not None else []
    source = str(path)
    try:
        data = _read_bytes(path)
    except OSError as err:
        sink.append(Problem(source=source, reason=f"cannot read: {err.strerror or err}"))
        return
    if b"\x00" in data[:8192]:
        sink.append(Problem(source=source, reason="binary file, not text"))
        return
    text = _decode(data, source, sink)
    suffix = _suffix(path.name)
    if suffix in (".json", ".jsonl", ".ndjson"):
        yield from parse_records(text, source=source, problems=sink, default_id=_stem(path))
    elif suffix in (".html", ".htm"):
        from graphkit.ingest.html import parse_html

        art = parse_html(text, id=_stem(path), source=source, problems=sink)
        if art is not None:
            yield _apply_sidecar(art, path)
    else:
        art = read_txt(text, id=_stem(path), source=source, problems=sink)
        if art is not None:
            yield _apply_sidecar(art, path)


def _apply_sidecar(art: Article, path: Path) -> Article:
    meta = _sidecar(path)
    if not meta:
        return art
    update = {}
    if not art.published and meta.get("published"):
        update["published"] = parse_published(meta["published"])
    for key in ("title", "url"):
        if meta.get(key) and not getattr(art, key):
            update[key] = str(meta[key])
    return art.model_copy(update=update) if update else art


def read_txt(text: str, id: str, source: str | None = None,
             problems: list[Problem] | None = None) -> Article | None:
    """An article from plain text: the first non-empty line is the headline.

    Offsets index the whole text, headline included.

    >>> read_txt("Big News\\nBody text.", id="x").title
    'Big News'
    >>> read_txt("   ", id="x") is None
    True
    """
    sink = problems if problems is not None else []
    if not text.strip():
        sink.append(Problem(source=source or id, reason="empty article"))
        return None
    title = text.strip().splitlines()[0].strip()
    return Article(id=id, text=text, title=title, source=source)


def parse_records(text: str, source: str | None = None, problems: list[Problem] | None = None,
                  default_id: str = "record") -> Iterator[Article]:
    """Yield articles from JSON (one record or a list) or JSON Lines text.

    Records look like ``{id, title?, text, published?, source?, url?}``. A malformed line or
    a record without text is reported with its line number and skipped.
    """
    sink = problems if problems is not None else []
    src = source or default_id
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except ValueError as err:
            sink.append(Problem(source=src, reason=f"malformed JSON: {err}"))
            return
        for n, rec in enumerate(data, 1):
            art = _record(rec, f"{src}[{n}]", sink, f"{default_id}-{n}")
            if art is not None:
                yield art
        return
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict):
        art = _record(whole, src, sink, default_id)
        if art is not None:
            yield art
        return
    for n, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as err:
            sink.append(Problem(source=f"{src}:{n}", reason=f"malformed JSON on line {n}: {err.msg}"))
            continue
        art = _record(rec, f"{src}:{n}", sink, f"{default_id}-{n}")
        if art is not None:
            yield art


def _record(rec, where: str, sink: list[Problem], default_id: str) -> Article | None:
    if not isinstance(rec, dict):
        sink.append(Problem(source=where, reason="record is not a JSON object"))
        return None
    body = rec.get("text")
    if not isinstance(body, str) or not body.strip():
        sink.append(Problem(source=where, reason="record has no text"))
        return None
    rid = rec.get("id")
    rid = str(rid) if rid not in (None, "") else default_id
    warnings = []
    published = parse_published(rec.get("published") or rec.get("date"))
    if (rec.get("published") or rec.get("date")) and published is None:
        warnings.append(f"published date {rec.get('published') or rec.get('date')!r} is not a date; ignored")
        sink.append(Problem(source=where, reason=warnings[-1], fatal=False))
    title = rec.get("title")
    return Article(
        id=rid, text=body, title=str(title) if title else None, published=published,
        source=str(rec.get("source")) if rec.get("source") else where.rsplit(":", 1)[0],
        url=str(rec.get("url")) if rec.get("url") else None, warnings=warnings,
    )


def _read_stdin(sink: list[Problem]) -> Iterator[Article]:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    text = _decode(data, "<stdin>", sink)
    if text.lstrip().startswith(("{", "[")):
        yield from parse_records(text, source="<stdin>", problems=sink, default_id="stdin")
    elif text.lstrip().lower().startswith(("<!doctype", "<html")):
        from graphkit.ingest.html import parse_html

        art = parse_html(text, id="stdin", source="<stdin>", problems=sink)
        if art is not None:
            yield art
    else:
        art = read_txt(text, id="stdin", source="<stdin>", problems=sink)
        if art is not None:
            yield art
