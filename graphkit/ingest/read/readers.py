"""Readers: files, folders, JSON/JSONL records, saved HTML pages and stdin into :class:`Article` records.

A reader never stops the run for one bad input: it reports a :class:`Problem` through the
``problems`` list (``fatal`` when the input was skipped, not when it was read with a caveat)
and goes on with the next. Byte-level trouble (binary files, encodings, characters XML
cannot carry) is decided in :mod:`graphkit.ingest.read.decode`. JSON Lines files, gzipped or not,
are streamed line by line, so a large corpus is read in bounded memory.

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

import contextlib
import gzip
import io
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphkit.errors import GraphkitError, InputNotFoundError, OptionError, ReaderError
from graphkit.ingest.read.decode import GZIP_MAGIC, SNIFF_BYTES, decode_bytes, sniff_binary, text_codec
from graphkit.ingest.read.ids import IdRenamer, unique_articles
from graphkit.ingest.read.limits import MAX_ARTICLE_BYTES, iter_lines, read_limited, too_big
from graphkit.ingest.read.published import parse_published
from graphkit.ingest.read.records import TITLE_CHARS, _clean, _json_error, parse_records, read_txt
from graphkit.ingest.read.registry import SUFFIXES, Reader, reader_for, reads
from graphkit.models import Article, Problem

__all__ = ["read_articles", "read_path", "read_txt", "parse_records", "iter_files", "SUFFIXES",
           "TITLE_CHARS"]

_META = ".meta.json"


def read_articles(paths: Iterable, published: str | None = None,
                  problems: list[Problem] | None = None, renamer: IdRenamer | None = None,
                  rename: bool = True) -> Iterator[Article]:
    """Yield articles from paths (files, folders read recursively, ``-`` for stdin).

    Parameters
    ----------
    paths : iterable of str or Path
        Inputs; a missing path raises :class:`InputNotFoundError` before anything is read.
    published : str, optional
        Publication date for articles that carry none of their own (``--published``); a value
        that is not a date raises :class:`OptionError`.
    problems : list, optional
        Receives a :class:`Problem` for every input that was skipped or read with a caveat.
        A file that cannot be read, or fails midway, is a problem; the other files are read.
    renamer : IdRenamer, optional
        The ids seen so far in this build (shared with other inputs); default a new one.
    rename : bool
        False leaves repeated ids as they are (a Dask worker reading one shard: the driver
        renames over all shards, :func:`graphkit.ingest.run.dask.extract_shards`).

    Notes
    -----
    Article ids come from file names or records; when two inputs give the same id, the later
    one is renamed ``id~2`` (``~3``, ...) with a warning, so their records do not collide.
    """
    paths = [p if p == "-" else Path(p) for p in paths]
    for p in paths:
        if p != "-" and not os.path.lexists(p):
            raise InputNotFoundError(f"input not found: {p}")
    default = parse_published(published) if published else None
    if published and default is None:
        raise OptionError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    sink = problems if problems is not None else []
    ids = renamer if renamer is not None else IdRenamer()
    seen_files: set = set()
    for p in paths:
        if p == "-":
            arts = _with_default(_guarded(_read_stdin(sink), "<stdin>", sink), default)
            yield from unique_articles(arts, ids, sink) if rename else arts
            continue
        for f in iter_files(p, problems=sink):
            key = _file_key(f)
            if key in seen_files:
                continue
            seen_files.add(key)
            arts = _with_default(_guarded(read_path(f, sink), str(f), sink), default)
            yield from unique_articles(arts, ids, sink) if rename else arts


def _file_key(path: Path):
    try:
        st = path.stat()
        return (st.st_dev, st.st_ino) if st.st_ino else str(path.resolve())
    except OSError:
        return str(path)


def _guarded(articles: Iterable[Article], source: str, sink: list[Problem]) -> Iterator[Article]:
    """Articles of one input; an error while reading it becomes a problem, not a stopped run."""
    try:
        yield from articles
    except GraphkitError:
        raise
    except Exception as err:  # one bad file never stops the run
        sink.append(Problem(source=source, reason=f"cannot read: {_describe(err)}"))


def _describe(err: BaseException) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    text = str(err).strip() or type(err).__name__
    return text[:1].lower() + text[1:] if isinstance(err, (OSError, EOFError)) else f"{type(err).__name__}: {text}"


def _with_default(articles: Iterable[Article], default: str | None) -> Iterator[Article]:
    for a in articles:
        if default and not a.published:
            a = a.model_copy(update={"published": default})
        yield a


def iter_files(path: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Files under ``path`` that graphkit reads, in sorted order (sidecars excluded).

    A path named directly is read whatever it is (a file, a named pipe); inside a folder only
    regular files with a known ending are, and an unreadable sub-folder is a problem.
    """
    sink = problems if problems is not None else []
    path = Path(path)
    if not path.is_dir():
        yield path
        return

    def report(err: OSError) -> None:
        sink.append(Problem(source=str(err.filename or path), reason=f"cannot read folder: {_describe(err)}"))

    for root, dirs, files in os.walk(path, onerror=report):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(_META) or name.startswith(".") or not reads(name):
                continue
            f = Path(root) / name
            try:
                mode = f.stat().st_mode
            except OSError as err:
                sink.append(Problem(source=str(f), reason=f"cannot read: {_describe(err)}"))
                continue
            if not stat.S_ISREG(mode):
                sink.append(Problem(source=str(f), reason="not a regular file; skipped"))
                continue
            yield f


def _stem(path: Path) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0] or name


@contextlib.contextmanager
def _open(path: Path):
    """A binary handle on ``path``, gunzipped when the bytes are gzip (whatever the name)."""
    with open(path, "rb") as raw:
        if raw.peek(2)[:2] == GZIP_MAGIC:
            with gzip.GzipFile(fileobj=raw, mode="rb") as gz:
                yield gz
        else:
            yield raw


def _sidecar(path: Path, sink: list[Problem]) -> dict:
    meta = path.with_name(_stem(path) + _META)
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except OSError as err:
        sink.append(Problem(source=str(meta), reason=f"sidecar ignored: {_describe(err)}", fatal=False))
        return {}
    except ValueError as err:
        sink.append(Problem(source=str(meta), reason=f"sidecar ignored: not valid JSON: {_json_error(err)}",
                            fatal=False))
        return {}
    if not isinstance(data, dict):
        sink.append(Problem(source=str(meta), reason="sidecar ignored: not a JSON object", fatal=False))
        return {}
    return data


def read_path(path: Path, problems: list[Problem] | None = None) -> Iterator[Article]:
    """Yield the articles in one file, read as its ending's reader says (:mod:`.registry`).

    Problems (unreadable, empty, binary, not UTF-8, malformed records, too large) go to
    ``problems``; an empty or binary file yields nothing. A text or HTML file, or a JSON
    Lines line, over :data:`~graphkit.ingest.read.limits.MAX_ARTICLE_BYTES` is skipped
    without being read whole.
    """
    sink = problems if problems is not None else []
    path = Path(path)
    source = str(path)
    reader = reader_for(path.name)
    before = len(sink)
    count = 0
    try:
        with _open(path) as fh:
            head = fh.peek(SNIFF_BYTES)[:SNIFF_BYTES] if hasattr(fh, "peek") else b""
            binary = sniff_binary(head, lines=reader.layout == "lines")
            if binary:
                sink.append(Problem(source=source, reason=binary))
                return
            if reader.layout == "lines":
                arts = _stream_lines(fh, source, sink, _stem(path), reader.parse(), text_codec(head))
            else:
                arts = _read_whole(fh, path, reader, sink)
            for art in arts:
                count += 1
                yield art
    except OSError as err:
        sink.append(Problem(source=source, reason=f"cannot read: {_describe(err)}"))
        return
    if count == 0 and len(sink) == before:
        sink.append(Problem(source=source, reason="empty file"))


def _read_whole(fh, path: Path, reader: Reader, sink: list[Problem]) -> Iterator[Article]:
    """The articles of a file read whole (a file of JSON records is not limited; one article is)."""
    data = fh.read() if reader.layout == "records" else read_limited(fh, MAX_ARTICLE_BYTES)
    if data is None:
        sink.append(Problem(source=str(path), reason=too_big(_size(path), MAX_ARTICLE_BYTES, "bytes")))
        return
    binary = sniff_binary(data[:SNIFF_BYTES])
    if binary:
        sink.append(Problem(source=str(path), reason=binary))
        return
    yield from _read_document(data, path, reader, sink)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # pragma: no cover - it was just read
        return MAX_ARTICLE_BYTES + 1


def _read_document(data: bytes, path: Path, reader: Reader, sink: list[Problem]) -> Iterator[Article]:
    source = str(path)
    if not data.strip():
        sink.append(Problem(source=source, reason="empty file"))
        return
    text, warning = decode_bytes(data)
    if warning:
        sink.append(Problem(source=source, reason=warning, fatal=False))
    if reader.layout == "records":
        for record in reader.parse()(text, source=source, problems=sink, default_id=_stem(path)):
            yield _warn(record, warning)
        return
    page: Article | None = reader.parse()(text, id=_stem(path), source=source, problems=sink)
    if page is not None:
        yield _warn(_apply_sidecar(page, path, sink), warning)


def _stream_lines(fh, source: str, sink: list[Problem], default_id: str, parse_line,
                  codec: str | None = None) -> Iterator[Article]:
    """The records of a JSON Lines stream, one line at a time (UTF-16/32 with a BOM: ``codec``)."""
    lines = iter_lines(io.TextIOWrapper(fh, encoding=codec, errors="replace", newline=None), MAX_ARTICLE_BYTES) \
        if codec else iter_lines(fh, MAX_ARTICLE_BYTES)
    for n, raw in enumerate(lines, 1):
        where = f"{source}:{n}"
        if raw is None:
            sink.append(Problem(source=where, reason=f"line {n} is longer than {MAX_ARTICLE_BYTES:,} bytes "
                                                     "(the limit of one article); skipped"))
            continue
        if not raw.strip():
            continue
        if isinstance(raw, str):
            line, warning = raw.rstrip("\r\n").lstrip("\ufeff"), None
        else:
            line, warning = decode_bytes(raw.rstrip(b"\r\n"))
        if warning:
            sink.append(Problem(source=where, reason=warning, fatal=False))
        art = parse_line(line, n, where, sink, f"{default_id}-{n}", source)
        if art is not None:
            yield _warn(art, warning)


def _warn(art: Article, warning: str | None) -> Article:
    if not warning or warning in art.warnings:
        return art
    return art.model_copy(update={"warnings": [*art.warnings, warning]})


def _apply_sidecar(art: Article, path: Path, sink: list[Problem]) -> Article:
    meta = _sidecar(path, sink)
    if not meta:
        return art
    update: dict = {}
    if not art.published and meta.get("published"):
        update["published"] = parse_published(meta["published"])
        if update["published"] is None:
            msg = f"published date {meta['published']!r} in the sidecar is not a date; ignored"
            sink.append(Problem(source=str(path), reason=msg, fatal=False))
            update["warnings"] = [*art.warnings, msg]
    for key in ("title", "url"):
        if meta.get(key) and not getattr(art, key):
            update[key] = _clean(str(meta[key]))
    return art.model_copy(update=update) if update else art


def _read_stdin(sink: list[Problem]) -> Iterator[Article]:
    if sys.stdin is None or getattr(sys.stdin, "closed", False):
        raise ReaderError("cannot read '-': standard input is closed")
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    if data.startswith(GZIP_MAGIC):
        data = gzip.decompress(data)
    binary = sniff_binary(data[:SNIFF_BYTES])
    if binary:
        sink.append(Problem(source="<stdin>", reason=binary))
        return
    text, warning = decode_bytes(data)
    if warning:
        sink.append(Problem(source="<stdin>", reason=warning, fatal=False))
    start = text.lstrip()
    arts: Iterable[Article | None]
    if start.startswith(("{", "[")):
        arts = parse_records(text, source="<stdin>", problems=sink, default_id="stdin")
    elif len(data) > MAX_ARTICLE_BYTES:
        sink.append(Problem(source="<stdin>", reason=too_big(len(data), MAX_ARTICLE_BYTES, "bytes")))
        return
    elif start.lower().startswith(("<!doctype", "<html")):
        from graphkit.ingest.read.webpage import parse_html

        arts = [parse_html(text, id="stdin", source="<stdin>", problems=sink)]
    else:
        arts = [read_txt(text, id="stdin", source="<stdin>", problems=sink)]
    for art in arts:
        if art is not None:
            yield _warn(art, warning)

