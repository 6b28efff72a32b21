"""A source asking not to be named: a condition of reporting, no request to any party.

Wire reports say of a source "who requested anonymity", "who asked to remain anonymous", "who asked
that his name be withheld", "who asked not to be identified". The source asks the reporter to keep
its name out of the report: no party is asked to act (PLOVER REQUEST is between parties), so the
asking is no event (:func:`asks_anonymity`). The words of anonymity (the noun, the adjectives of having
no known name, a clause whose subject is one's name or identity) are WordNet 3.0 senses
(``data/words/anonymity_words.txt``); asking not to be named, identified or quoted is a lexicon sense
(``V ask comp=identify|name|quote|disclose``).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["official", "who", "requested", "anonymity"], heads=[0, 2, 0, 2],
...           deps=["ROOT", "nsubj", "relcl", "dobj"], lemmas=["official", "who", "request", "anonymity"])
>>> asks_anonymity(doc[2])
True
"""
from __future__ import annotations

from graphkit.ingest.events.voice import asks_a_question
from graphkit.ingest.words import word_list

__all__ = ["asks_anonymity", "asks_no_party"]

#: Verbs of asking (WordNet ask.v.02 "make a request or demand for something", request.v.01, seek.v.03).
_ASKING = frozenset({"ask", "request", "seek"})
#: Nouns of who one is (WordNet name.n.01, identity.n.01): kept out only by a withholding or negated verb.
_NAMES = frozenset({"name", "identity"})
#: Verbs of keeping back (WordNet withhold.v.01, hide.v.02 conceal, suppress.v.04).
_WITHHOLDING = frozenset({"withhold", "conceal", "hide", "suppress"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def _anonymous(clause) -> bool:
    """Whether ``clause`` keeps its subject nameless: a predicate of anonymity ("to remain anonymous"),
    or a name or identity as the subject of a negated or withholding verb ("that his name be withheld",
    "that his name not be used"; not "that his name be withdrawn from nomination")."""
    words = word_list("anonymity_words")
    kept_out = _lemma(clause) in _WITHHOLDING or any(c.dep_ == "neg" for c in clause.children)
    return any((c.dep_ in ("acomp", "oprd", "attr") and _lemma(c) in words)
               or (kept_out and c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _NAMES) for c in clause.children)


def asks_anonymity(verb) -> bool:
    """Whether asking verb ``verb`` asks only that the speaker not be named (see the module): its object
    is anonymity ("requested anonymity", "asked for anonymity") or its clause keeps a name out ("asked
    to remain anonymous", "asked that his name be withheld"), and no other party is asked.

    Parameters
    ----------
    verb : Token
        A verb.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "asked", "Y", "to", "remain", "anonymous"], heads=[1, 1, 1, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "acomp"],
    ...           lemmas=["X", "ask", "Y", "to", "remain", "anonymous"])
    >>> asks_anonymity(doc[1])  # Y is asked to stay unnamed: a request to Y
    False
    """
    if _lemma(verb) not in _ASKING:
        return False
    words = word_list("anonymity_words")
    kids = list(verb.children)
    objs = [c for c in kids if c.dep_ in ("dobj", "dative", "iobj")]
    objs += [o for p in kids if p.dep_ == "prep" and p.text.lower() == "for" for o in p.children if o.dep_ == "pobj"]
    if objs:  # "requested anonymity", not "asked Japan to ...", nor "asked for the names of banks"
        return all(_lemma(o) in words and _lemma(o) not in _NAMES for o in objs)
    return any(c.dep_ in ("xcomp", "ccomp") and _anonymous(c) for c in kids)


def asks_no_party(verb) -> bool:
    """Whether asking verb ``verb`` asks no party to act: it reports a question
    (:func:`graphkit.ingest.events.voice.asks_a_question`) or a source's wish not to be named
    (:func:`asks_anonymity`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "asked", "for", "anonymity"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["X", "ask", "for", "anonymity"])
    >>> asks_no_party(doc[1])
    True
    """
    return asks_a_question(verb) or asks_anonymity(verb)
