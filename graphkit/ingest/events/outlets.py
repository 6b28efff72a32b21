"""News outlets: speaking to a newspaper, a broadcaster or a news agency is giving an interview.

"Mr Clarke was speaking to the BBC", "he told Sky News", "Kaczurba was talking to Reuters", "in
remarks to the Washington Post": a news outlet is the channel through which one speaks to the public,
not a party one consults (CAMEO's 04 is a meeting or talks between parties; an interview is a public
statement, CAMEO 01, which PLOVER does not code). The lexicon says so of the common nouns ("talked to
reporters", "spoke to the press"); :func:`to_an_outlet` says it of a named outlet: a verb of meeting
or speaking whose only party is a noun phrase that names an outlet -- a broadcaster, a news agency or a
programme anywhere in the name (``data/words/news_broadcasters.txt``: "BBC Radio Scotland", "Sky News",
"the Today programme"), or a proper name ending in a newspaper's title word
(``data/words/news_titles.txt``: "the Times", "the Sunday Telegraph").

Examples
--------
>>> from types import SimpleNamespace
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> doc = Doc(Vocab(), words=["Clarke", "spoke", "to", "the", "BBC"], heads=[1, 1, 1, 4, 2],
...           deps=["nsubj", "ROOT", "prep", "det", "pobj"], pos=["PROPN", "VERB", "ADP", "DET", "PROPN"])
>>> to_an_outlet(SimpleNamespace(kind="verb", head=doc[1], trig=Trigger("CONSULT", None, "spoke to")))
True
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["names_an_outlet", "to_an_outlet"]

#: Prepositions of the party one speaks or meets with ("spoke to", "talks with").
_PARTY_PREPS = frozenset({"to", "with"})
#: Dependents that make up a name with its head ("BBC Radio Scotland"); not a possessor: "the BBC's
#: director general" is a person one may meet, "the BBC's Today programme" an outlet by its own head.
_NAME_PARTS = frozenset({"compound", "nmod"})


def _words(tok) -> list:
    """``tok`` and the tokens of the name it heads (its compounds, followed down)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in _NAME_PARTS:
            out += _words(c)
    return out


def names_an_outlet(tok) -> bool:
    """Whether the noun phrase headed by ``tok`` names a news outlet (see the module).

    Parameters
    ----------
    tok : spacy.tokens.Token
        The head of a noun phrase.

    Returns
    -------
    bool
        True for a broadcaster, an agency or a programme ("Sky News", "Reuters") and for a proper name
        ending in a newspaper's title word ("the Times"); False for a common noun "post" or "observers".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["the", "Washington", "Post", "and", "UN", "observers"],
    ...           heads=[2, 2, 2, 2, 5, 2], deps=["det", "compound", "ROOT", "cc", "compound", "conj"],
    ...           pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "NOUN"])
    >>> names_an_outlet(doc[2]), names_an_outlet(doc[5])
    (True, False)
    """
    broadcasters = word_list("news_broadcasters")
    if any(w.text.lower() in broadcasters for w in _words(tok)):
        return True
    return tok.pos_ == "PROPN" and tok.text.lower() in word_list("news_titles")


def _parties(verb) -> list:
    """The noun phrases ``verb`` takes as the party met or spoken to: its object, or the object of its
    "to" or "with" phrase."""
    out = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return out + [o for p in verb.children if p.dep_ in ("prep", "dative") and p.text.lower() in _PARTY_PREPS
                  for o in p.children if o.dep_ == "pobj"]


def to_an_outlet(c) -> bool:
    """Whether candidate ``c`` is a verb of meeting or speaking whose every party names a news outlet
    ("spoke to the BBC", "was talking to Reuters": an interview, no event).

    Parameters
    ----------
    c : object
        A trigger candidate with ``kind``, ``head`` (the verb token) and ``trig``.

    Returns
    -------
    bool
        True when the verb is a CONSULT verb and each of its parties is a news outlet.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["Clarke", "met", "the", "Post", "Office", "union"], heads=[1, 1, 5, 4, 5, 1],
    ...           deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj"],
    ...           pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "NOUN"])
    >>> to_an_outlet(SimpleNamespace(kind="verb", head=doc[1], trig=Trigger("CONSULT", None, "met")))
    False
    """
    if c.kind != "verb" or c.trig.type != "CONSULT":
        return False
    parties = _parties(c.head)
    return bool(parties) and all(names_an_outlet(p) for p in parties)
