"""The clause a gerund adjunct belongs to, through a complex preposition.

A gerund after a preposition ("after meeting China, Japan said") has no subject of its own: in
English its doer is the subject of the clause the prepositional phrase modifies. The parser hangs
a complex preposition ("prior to", "ahead of", "in addition to", "apart from", "because of") on its
first word, an adverb or preposition that modifies the main verb: the gerund's clause
is that word's head. A gerund after "instead of" or "rather than" says what was not done.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Prior", "to", "meeting", "Seoul", ",", "Japan", "sold", "plants"]
>>> doc = Doc(Vocab(), words=words, heads=[6, 0, 1, 2, 6, 6, 6, 6],
...           deps=["advmod", "prep", "pcomp", "dobj", "punct", "nsubj", "ROOT", "dobj"],
...           pos=["ADV", "ADP", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "NOUN"])
>>> gerund_clause(doc[2]).text
'sold'
"""
from __future__ import annotations

__all__ = ["gerund_clause"]

#: First words of complex prepositions that say an act did not happen ("instead of", "rather than").
_COUNTERFACTUAL = frozenset({"instead", "rather"})


def gerund_clause(verb):
    """The verb of the clause whose subject does ``verb``, a gerund after a complex preposition.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A gerund, the object (``pcomp``) of a preposition.

    Returns
    -------
    spacy.tokens.Token or None
        The main verb when the preposition hangs on an adverb or preposition that modifies it
        ("prior to negotiating ..., Chrysler sold": "sold"); None for a simple preposition (the
        caller's own case), a counterfactual ("instead of meeting"), an adjective ("guilty of
        violating", "capable of deploying": a state or capacity, no act) or no verb above.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Instead", "of", "meeting", "Seoul", ",", "Japan", "left"]
    >>> doc = Doc(Vocab(), words=words, heads=[6, 0, 1, 2, 6, 6, 6],
    ...           deps=["advmod", "prep", "pcomp", "dobj", "punct", "nsubj", "ROOT"],
    ...           pos=["ADV", "ADP", "VERB", "PROPN", "PUNCT", "PROPN", "VERB"])
    >>> gerund_clause(doc[2]) is None
    True
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    first = prep.head
    if first.pos_ in ("VERB", "AUX") or first.text.lower() in _COUNTERFACTUAL:
        return None
    if first.dep_ not in ("advmod", "prep") or first.pos_ == "ADJ" or first.head.i == first.i:
        return None
    main = first.head
    return main if main.pos_ in ("VERB", "AUX") else None
