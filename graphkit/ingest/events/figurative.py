"""Acts named only in a comparison are no events.

"Making him responsible was a little like killing the messenger", "they acted as if they had
won the war", "it was like a war": what "like", "as if" or "as though" brings in is a likeness
the writer draws, nothing that happened. :func:`in_comparison` tells a trigger so placed.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["it", "was", "like", "killing", "the", "messenger"],
...           heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "prep", "pcomp", "det", "dobj"])
>>> in_comparison(doc[3])
True
"""
from __future__ import annotations

__all__ = ["in_comparison"]

#: Prepositions of likeness: their object is a comparison ("like killing the messenger").
_LIKENESS = frozenset({"like"})
#: Subordinators that, after "as", bring in an unreal likeness ("as if", "as though").
_UNREAL_AFTER_AS = frozenset({"if", "though"})


def in_comparison(tok) -> bool:
    """Whether ``tok`` is the object of "like" or the verb of an "as if/as though" clause.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A trigger: a verb or an event noun.

    Returns
    -------
    bool
        True when the trigger names only a likeness.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["they", "acted", "as", "if", "they", "won"],
    ...           heads=[1, 1, 5, 5, 5, 1], deps=["nsubj", "ROOT", "mark", "mark", "nsubj", "advcl"])
    >>> in_comparison(doc[5]), in_comparison(doc[1])
    (True, False)
    >>> doc = Doc(Vocab(), words=["rebels", "killed", "like", "soldiers"],
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])
    >>> in_comparison(doc[1])
    False
    """
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and tok.head.text.lower() in _LIKENESS:
        return True
    if tok.dep_ != "advcl":
        return False
    marks = [c.text.lower() for c in tok.children if c.dep_ == "mark"]
    return "as" in marks and any(m in _UNREAL_AFTER_AS for m in marks)
