"""Whether a noun phrase belongs to the place it is "in" or comes "from".

"Officials in Cairo" and "a delegation from Iran" are of Egypt and Iran: people and bodies act for
where they are or come from, and a letter or a statement from X is X's. A building, a place or a
thing is only there or comes from there: "a market in Baghdad" is no actor of Baghdad, and "rockets
from Gaza" are not Gaza. Event nouns are read by the caller ("a rally in Lagos" is only held there).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["officials", "letter", "market", "rockets"],
...           lemmas=["official", "letter", "market", "rocket"])
>>> [of_where_they_are(t) for t in doc[:3]]
[True, True, False]
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_group_head
from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.words import word_list

__all__ = ["of_where_they_are"]

#: Nouns of the messages one sends (with the statements and documents of the word lists).
_MESSAGES = frozenset({"letter", "message", "note", "telegram", "cable", "memo", "memorandum", "appeal"})


def of_where_they_are(tok) -> bool:
    """Whether the noun ``tok`` is of the place it is "in" or comes "from" (see the module)."""
    low = (tok.lemma_ or tok.text).lower()
    return low in load_lexicon()["N"] or is_group_head(tok.text, low) or low in _MESSAGES or (
        low in word_list("statement_nouns") or low in word_list("document_nouns"))
