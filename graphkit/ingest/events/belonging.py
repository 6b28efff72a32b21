"""Whether a noun phrase belongs to the place it is "in" or comes "from".

"Officials in Cairo" and "a delegation from Iran" are of Egypt and Iran: people and bodies act for
where they are or come from, and a letter or a statement from X is X's. A building, a place or a
thing is only there or comes from there: "a market in Baghdad" is no actor of Baghdad, and "rockets
from Gaza" are not Gaza. Nor are those a state keeps abroad (``posted_nouns``: "diplomats in Peking" are
foreign) and those cited for their expertise or trade (``commentator_nouns``: "economists in Bonn",
"dealers in Tokyo" speak for no state). A gathering (a noun whose every event sense in the lexicon is a
meeting, CONSULT: "meeting", "conference", "talks", "summit", "session") is only held where it is: "the
meeting in Paris agreed" names its participants, not Paris, and "pledged aid at a conference in Kampala"
gives nothing to Kampala. Other event nouns are read by the caller ("a rally in Lagos" is only held there).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["officials", "letter", "market", "diplomats", "economists", "conference"],
...           lemmas=["official", "letter", "market", "diplomat", "economist", "conference"])
>>> [of_where_they_are(t) for t in doc]
[True, True, False, False, False, False]
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.bodies import is_group_head
from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.words import word_list

__all__ = ["is_gathering", "of_where_they_are"]

@cache
def _elsewhere() -> frozenset[str]:
    """Nouns for people of no state where they are: ``posted_nouns`` and ``commentator_nouns``."""
    return word_list("posted_nouns") | word_list("commentator_nouns")


@cache
def is_gathering(lemma: str) -> bool:
    """Whether every event sense of the noun ``lemma`` in the lexicon is a meeting (CONSULT; "-" senses,
    as "press conference", aside).

    Examples
    --------
    >>> is_gathering("conference"), is_gathering("summit"), is_gathering("protest"), is_gathering("market")
    (True, True, False, False)
    """
    kinds = {e.trigger.type for e in load_lexicon()["N"].get(lemma, [])} - {"-"}
    return kinds == {"CONSULT"}


#: Nouns of the messages one sends (with the statements and documents of the word lists).
_MESSAGES = frozenset({"letter", "message", "note", "telegram", "cable", "memo", "memorandum", "appeal"})


def of_where_they_are(tok) -> bool:
    """Whether the noun ``tok`` is of the place it is "in" or comes "from" (see the module)."""
    low = (tok.lemma_ or tok.text).lower()
    if tok.text.lower() in _elsewhere() or low in _elsewhere():
        return False  # "diplomats in Peking" serve abroad; "economists in Bonn" speak for no one there
    if is_gathering(low):
        return False  # "the meeting in Paris": held there, by its participants
    return low in load_lexicon()["N"] or is_group_head(tok.text, low) or low in _MESSAGES or (
        low in word_list("statement_nouns") or low in word_list("document_nouns"))
