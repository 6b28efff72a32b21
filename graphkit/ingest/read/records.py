"""Article records from text: plain text (``read_txt``) and JSON / JSON Lines records (``parse_records``).

The readers in :mod:`graphkit.ingest.read.readers` turn files into text and call these. A record
without usable text, a malformed line or a date that is not a date is a :class:`Problem`
with the line number; the other records are read. Characters XML cannot carry are replaced
one for one (:func:`graphkit.ingest.read.decode.clean_text`), so offsets stay valid.

Examples
--------
>>> [a.id for a in parse_records('{"id": "r1", "text": "Hello."}\\n{"id": "r2", "text": "Hi."}')]
['r1', 'r2']
>>> read_txt("Big News\\nBody text.", id="x").title
'Big News'
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from graphkit.ingest.read.decode import clean_text
from graphkit.ingest.read.published import parse_published
from graphkit.models import Article, Problem

__all__ = ["read_txt", "parse_records", "TITLE_CHARS"]

#: Longest title kept from a text file's first line (a text of one line has no headline: it is all body).
TITLE_CHARS = 300


def _clean(value: str | None) -> str | None:
    return None if value is None else clean_text(value)[0]


def _clean_body(text: str, source: str, sink: list[Problem]) -> tuple[str, list[str]]:
    text, n = clean_text(text)
    if not n:
        return text, []
    msg = f"{n} control or invalid character(s) replaced"
    sink.append(Problem(source=source, reason=msg, fatal=False))
    return text, [msg]


def read_txt(text: str, id: str, source: str | None = None,
             problems: list[Problem] | None = None) -> Article | None:
    """An article from plain text: the first non-empty line is the headline.

    Offsets index the whole text, headline included. Control characters are replaced by
    spaces (one for one); a first line longer than :data:`TITLE_CHARS` is cut. A text of one
    line (``echo "..." | graphkit build -``) has no headline: the line is the article's body.

    >>> read_txt("Big News\\nBody text.", id="x").title
    'Big News'
    >>> read_txt("Kerry met Netanyahu in Jerusalem.\\n", id="x").title is None
    True
    >>> read_txt("   ", id="x") is None
    True
    """
    sink = problems if problems is not None else []
    src = source or id
    cleaned, n = clean_text(text)
    if not cleaned.strip():
        sink.append(Problem(source=src, reason="empty article"))
        return None
    text, warnings = _clean_body(text, src, sink)
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    title: str | None = lines[0] if len(lines) > 1 else None
    if title is not None and len(title) > TITLE_CHARS:
        title = title[:TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    return Article(id=_clean(id) or id, text=text, title=title, source=_clean(source), warnings=warnings)


def parse_records(text: str, source: str | None = None, problems: list[Problem] | None = None,
                  default_id: str = "record") -> Iterator[Article]:
    """Yield articles from JSON (one record or a list) or JSON Lines text.

    Records look like ``{id, title?, text, published?, source?, url?}``. A malformed line or
    a record without text is reported with its line number and skipped; the other records are
    read.

    >>> problems = []
    >>> [a.id for a in parse_records('{"id": "a", "text": "A."}\\n{oops\\n', "f.jsonl", problems)]
    ['a']
    >>> problems[0].source, problems[0].reason
    ('f.jsonl:2', 'malformed JSON on line 2: Expecting property name enclosed in double quotes (column 2)')
    """
    sink = problems if problems is not None else []
    src = source or default_id
    stripped = text.lstrip()
    if not stripped:
        return
    if stripped.startswith("["):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as err:
            sink.append(Problem(source=src, reason=f"malformed JSON: {_json_error(err)}"))
            return
        if not isinstance(data, list):  # pragma: no cover - a "[" text parses to a list
            data = [data]
        for n, rec in enumerate(data, 1):
            art = _record(rec, f"{src}[{n}]", sink, f"{default_id}-{n}", src)
            if art is not None:
                yield art
        return
    whole_err: ValueError | RecursionError | None = None
    try:
        whole = json.loads(text)
    except (ValueError, RecursionError) as err:
        whole, whole_err = None, err
    if isinstance(whole, dict):
        art = _record(whole, src, sink, default_id, src)
        if art is not None:
            yield art
        return
    lines = text.splitlines()
    if whole_err is not None and stripped.startswith("{") and _parses(lines[0]) is False \
            and len(lines) > 1 and not lines[0].rstrip().endswith("}"):
        # one pretty-printed JSON object with an error, not JSON Lines: one problem, not one per line
        sink.append(Problem(source=src, reason=f"malformed JSON: {_json_error(whole_err)}"))
        return
    for n, line in enumerate(lines, 1):
        if line.strip():
            art = _parse_line(line, n, f"{src}:{n}", sink, f"{default_id}-{n}", src)
            if art is not None:
                yield art


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def _json_error(err: BaseException) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg} (line {err.lineno}, column {err.colno})"
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err)


def _parse_line(line: str, n: int, where: str, sink: list[Problem], default_id: str,
                source: str) -> Article | None:
    try:
        rec = json.loads(line)
    except (ValueError, RecursionError) as err:
        detail = f"{err.msg} (column {err.colno})" if isinstance(err, json.JSONDecodeError) else _json_error(err)
        sink.append(Problem(source=where, reason=f"malformed JSON on line {n}: {detail}"))
        return None
    return _record(rec, where, sink, default_id, source)


def _record(rec, where: str, sink: list[Problem], default_id: str, source: str | None = None) -> Article | None:
    """An article from one JSON record, or None (with a problem) when it has no usable text."""
    if not isinstance(rec, dict):
        sink.append(Problem(source=where, reason=f"record is not a JSON object (got {_json_type(rec)})"))
        return None
    body = rec.get("text")
    if body is None:
        body = next((rec[k] for k in ("body", "content") if isinstance(rec.get(k), str)), None)
    if body is None:
        sink.append(Problem(source=where, reason="record has no text"))
        return None
    if not isinstance(body, str):
        sink.append(Problem(source=where, reason=f"record has no text ('text' is {_json_type(body)}, not a string)"))
        return None
    if not body.strip():
        sink.append(Problem(source=where, reason="record has no text ('text' is empty)"))
        return None
    body, warnings = _clean_body(body, where, sink)
    raw_id = rec.get("id")
    rid = clean_text(str(raw_id))[0].strip() if raw_id not in (None, "") and not isinstance(raw_id, (dict, list)) \
        else ""
    rid = rid or default_id
    raw_date = rec.get("published") or rec.get("date")
    published = parse_published(raw_date) if isinstance(raw_date, (str, int)) else None
    if raw_date and published is None:
        shown = raw_date if isinstance(raw_date, (str, int)) else _json_type(raw_date)
        warnings.append(f"published date {shown!r} is not a date; ignored")
        sink.append(Problem(source=where, reason=warnings[-1], fatal=False))
    return Article(
        id=rid, text=body, title=_field(rec, "title"), published=published,
        source=_field(rec, "source") or (source or where.rsplit(":", 1)[0]),
        url=_field(rec, "url"), warnings=warnings,
    )


def _field(rec: dict, key: str) -> str | None:
    value = rec.get(key)
    if value in (None, "") or isinstance(value, (dict, list, bool)):
        return None
    return _clean(str(value))


def _json_type(value) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
