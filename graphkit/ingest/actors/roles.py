"""Titles a sentence gives a named person outside the name phrase.

English states an office predicatively with "as": "X quit as home secretary", "X served as
foreign minister", "he has done a great job, first as home secretary". The subject of the verb
(or of the clause the "as" phrase hangs from) holds the title. Only a title phrase counts: a
run of title words ending in a title head ("home secretary", "Foreign Minister"), read from the
parse, so "X worked as a nanny" or "X acted as if" give nothing.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Blunkett", "quit", "as", "home", "secretary", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 1],
...           deps=["nsubj", "ROOT", "prep", "compound", "pobj", "punct"])
>>> predicative_titles(token_table(doc))
[(0, 'home secretary')]
"""
from __future__ import annotations

from graphkit.ingest.actors.titles import clean_title, is_title_head, is_title_word

__all__ = ["predicative_titles"]

_SUBJECTS = ("nsubj", "nsubjpass")


def _title_at(t, p: int) -> str | None:
    """The title phrase whose head is token ``p`` ("home secretary"), else None."""
    if not is_title_head(t.text[p]):
        return None
    start = p
    while start > 0 and (is_title_word(t.text[start - 1]) or t.text[start - 1] == "-") and t.head[start - 1] == p:
        start -= 1
    title = clean_title(t.text[start:p + 1])
    return title or None


def predicative_titles(t) -> list[tuple[int, str]]:
    """(subject token, title) for each "<subject> <verb> as <title>" in a token table.

    Parameters
    ----------
    t : TokenTable
        The article's token table (:func:`graphkit.ingest.prepare.tokentable.token_table`).

    Returns
    -------
    list of (int, str)
        The subject's token index and the title text, in text order.
    """
    out: list[tuple[int, str]] = []
    for k, low in enumerate(t.lower):
        if low != "as" or t.dep[k] != "prep":
            continue
        objects = [p for p in t.children(k) if t.dep[p] == "pobj"]
        title = _title_at(t, objects[0]) if objects else None
        if not title:
            continue
        verb = t.head[k]
        for _ in range(3):  # "done a great job, first as home secretary": climb to the clause's verb
            subjects = [s for s in t.children(verb) if t.dep[s] in _SUBJECTS]
            if subjects or t.head[verb] == verb:
                break
            verb = t.head[verb]
        out.extend((s, title) for s in subjects[:1])
    return out
