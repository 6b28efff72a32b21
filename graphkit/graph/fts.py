"""Full-text search of event sentences with SQLite FTS5, the same on graph.sqlite and in memory.

graph.sqlite carries an FTS5 index (``events_fts``); a graph read from graph.json gets the same
index built in memory by :func:`match_events`, so both faces of ``search`` match alike.

Examples
--------
>>> fts_query("Gaza ceasefire")
'"Gaza" "ceasefire"'
"""
from __future__ import annotations

import sqlite3

from graphkit.errors import QueryError

__all__ = ["fts_query", "match_events"]


def fts_query(text: str) -> str:
    """FTS5 query text for words typed by a user: each word a quoted term, all required.

    FTS5 syntax (``OR``, ``NEAR``, ``prefix*``, ``"a phrase"``) passes unchanged when the text uses it.

    >>> fts_query("cease-fire talks"), fts_query('"peace talks" OR truce')
    ('"cease-fire" "talks"', '"peace talks" OR truce')
    """
    if any(c in text for c in '"*()') or any(w in ("OR", "AND", "NOT", "NEAR") for w in text.split()):
        return text
    return " ".join('"' + w.replace('"', '""') + '"' for w in text.split())


def match_events(events, text: str) -> list[int]:
    """Positions of the events whose sentence or label matches ``text``, with SQLite FTS5 as in graph.sqlite.

    >>> from graphkit.models import Event
    >>> evs = [Event(id=f"e{i}", type="AGREE", label="agreed", article="a", sentence=s, start=0, end=1)
    ...        for i, s in enumerate(["They agreed a ceasefire.", "Talks failed."])]
    >>> match_events(evs, "ceasefire"), match_events(evs, "talk*")
    ([0], [1])
    """
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE f USING fts5(sentence, label)")
        db.executemany("INSERT INTO f(rowid, sentence, label) VALUES (?, ?, ?)",
                       [(i, e.sentence, e.label) for i, e in enumerate(events)])
        try:
            return sorted(i for (i,) in db.execute("SELECT rowid FROM f WHERE f MATCH ?", [fts_query(text)]))
        except sqlite3.OperationalError as err:
            raise QueryError(f"cannot search for {text!r}: {err}") from err
    finally:
        db.close()
