"""Closed-class word lists, each defined once in ``data/words/NAME.txt``.

A list file holds one lower-case word or phrase a line; ``#`` starts a comment. Every
stage that needs "the reporting verbs" or "the modal verbs" reads the same list through
:func:`word_list`, so the stages cannot drift apart.

Examples
--------
>>> "must" in word_list("modals")
True
>>> word_list("no-such-list")
Traceback (most recent call last):
...
KeyError: "no word list named 'no-such-list'"
"""
from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["word_list", "word_pairs", "list_names"]


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of ``data/words/<name>.txt`` (lower case, comments and blank lines dropped)."""
    path = resources.files("graphkit.ingest").joinpath("data", "words", f"{name}.txt")
    if not path.is_file():
        raise KeyError(f"no word list named {name!r}")
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words)


@cache
def word_pairs(name: str) -> dict[str, str]:
    """The "word = value" lines of list ``name`` as a mapping (both sides stripped, lower case).

    >>> word_pairs("sector_adjectives")["congressional"]
    'leg'
    """
    return {a.strip(): b.strip() for a, _, b in (line.partition("=") for line in word_list(name))}


def list_names() -> list[str]:
    """The names of all word lists, sorted."""
    folder = resources.files("graphkit.ingest").joinpath("data", "words")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))
