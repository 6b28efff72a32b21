"""Styles a person is given: the name of a title, not another actor.

English gives a person a style or a title of nobility with a few frames, whose subject is the
person: "X will take the title HRH Duchess of Cornwall", "X is to be known as the Duchess of
Cornwall", "X will be styled Princess Consort", "X will become Baroness Smith". The name so given
is the person's (a title with a place: "of Cornwall"), which the model takes for an organisation or
a place. It is joined to the person when it starts with a style word: a royal style ("HRH"), a
rank of the peerage ("Duchess", "Earl"), an honorific or a title word
(:mod:`graphkit.ingest.actors.titles`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.actors.find import find_actors
>>> from graphkit.models import Article
>>> words = ["Jane", "Smith", "will", "take", "the", "title", "Duchess", "of", "Kent", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 3, 5, 3, 5, 6, 7, 3],
...           deps=["compound", "nsubj", "aux", "ROOT", "det", "dobj", "appos", "prep", "pobj", "punct"],
...           ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
>>> [(a.name, [m.text for m in a.mentions]) for a in find_actors(doc, Article(id="a", text=doc.text)).actors.values()]
[('Jane Smith', ['Jane Smith', 'Duchess of Kent'])]
"""
from __future__ import annotations

from graphkit.ingest.actors.shapes import STYLED_RANKS
from graphkit.ingest.actors.titles import is_honorific, is_title_word

__all__ = ["is_style", "styled_person"]

#: Royal styles and the ranks of the peerage (a closed class of English titles).
_STYLE_WORDS = STYLED_RANKS | {"hrh", "marquis", "baron", "baroness"}
#: Nouns for a style, in apposition to the name given ("the title HRH Duchess of Cornwall").
_STYLE_NOUNS = frozenset({"title", "style", "styling", "name", "rank"})
#: Verb forms that give a style with "as" ("known as"), or directly ("styled", "become").
_AS_VERBS = frozenset({"known", "styled", "addressed", "titled"})
_DIRECT_VERBS = frozenset({"become", "becomes", "became", "becoming", "styled", "titled", "created"})
_SUBJECTS = ("nsubj", "nsubjpass")


def is_style(words: list[str]) -> bool:
    """Whether a name starts with a style word (after "the"): "HRH Duchess of Cornwall", "Baroness Smith".

    >>> is_style(["HRH", "Duchess", "of", "Cornwall"]), is_style(["the", "Duchess"]), is_style(["Cornwall", "Council"])
    (True, True, False)
    """
    first = next((w for w in words if w.lower() != "the"), "")
    return first.lower() in _STYLE_WORDS or is_honorific(first) or is_title_word(first)


def _subject(t, verb: int) -> int | None:
    """The subject of ``verb``, or of the clause it is the complement of ("is to be known as")."""
    for _ in range(3):
        subjects = [s for s in t.children(verb) if t.dep[s] in _SUBJECTS]
        if subjects:
            return subjects[0]
        if t.head[verb] == verb or t.dep[verb] not in ("xcomp", "ccomp", "conj", "advcl"):
            return None
        verb = t.head[verb]
    return None


def styled_person(t, start: int, end: int) -> int | None:
    """The token of the subject the name at ``start:end`` is given to as a style, else None.

    Parameters
    ----------
    t : TokenTable
        The article's token table.
    start, end : int
        The name's tokens.

    Returns
    -------
    int or None
        The subject's token when the name starts with a style word (:func:`is_style`) and stands in
        a frame that gives a style: apposition to "the title", object of "as" after "known" or
        "styled", or complement of "become" or "styled".
    """
    if not is_style(t.text[start:end]):
        return None
    h = next((k for k in range(start, end) if not start <= t.head[k] < end), end - 1)
    up, dep = t.head[h], t.dep[h]
    if dep == "appos" and t.lower[up] in _STYLE_NOUNS and t.dep[up] in ("dobj", "attr", "nsubjpass"):
        return _subject(t, t.head[up])
    if dep == "pobj" and t.lower[up] == "as" and t.lower[t.head[up]] in _AS_VERBS:
        return _subject(t, t.head[up])
    if dep in ("attr", "oprd", "dobj") and t.lower[up] in _DIRECT_VERBS:
        return _subject(t, up)
    return None
