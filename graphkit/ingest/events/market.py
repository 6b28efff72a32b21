"""Market moves are no acts: "the dollar came under attack", "exports rallied", "shares shot up".

A clause with no subject of its own ("After first extending the rally, the Dow Jones industrial average
skidded") is about the subject of the clause it hangs on, as English reads such participles; so is an
adjective's complement about the subject of its copula ("the French economy was ill-adapted to demand").
"""
from __future__ import annotations

from graphkit.ingest.events.antecedents import antecedent
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["market_subject"]

#: Subjects that are markets, prices and quantities: "the dollar came under attack", "exports
#: rallied", "shares shot up" describe market moves, not acts.
_MARKET_SUBJECTS = frozenset("""
dollar sterling yen mark franc lira peso rupee currency share stock price bond market index export
import sale earning earnings profit output rate yield future trading economy demand supply inflation
growth revenue deficit surplus reserve deposit crude oil gold silver copper commodity equity
dividend income cost spending production volume debenture gain loss average
effect impact downturn recession slump slowdown drought weather storm shortage glut uncertainty weakness
""".split())


#: Clauses that take their subject from the clause they hang on: "(after) extending the rally",
#: "continuing to advance"; an adjectival complement takes the subject of its copula ("the economy was
#: ill-adapted to demand ..."); how many such steps are climbed.
_SUBJECTLESS = frozenset({"advcl", "xcomp", "pcomp", "acomp"})
_CLIMB = 3


def market_subject(c) -> bool:
    """Whether the clause of candidate ``c`` is about a market quantity ("the dollar came under attack").

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["the", "dollar", "rallied"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
    ...           lemmas=["the", "dollar", "rally"])
    >>> market_subject(SimpleNamespace(kind="verb", head=doc[2]))
    True
    >>> words = ["after", "extending", "the", "rally", "the", "average", "fell"]
    >>> doc = Doc(Vocab(), words=words, heads=[6, 0, 3, 1, 5, 6, 6],
    ...           deps=["prep", "pcomp", "det", "dobj", "det", "nsubj", "ROOT"], lemmas=words)
    >>> market_subject(SimpleNamespace(kind="noun", head=doc[3]))
    True
    """
    verb = c.head
    if c.kind == "noun":
        if antecedent(verb):
            return False  # "the dollar fell after talks between X and Y": the act it follows is another's
        if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif verb.dep_ in ("dobj", "attr"):
            verb = verb.head
        else:
            return False
    for _ in range(_CLIMB):
        for s in verb.children:
            if s.dep_ in ("nsubj", "nsubjpass"):
                return _lemma(s) in _MARKET_SUBJECTS and s.ent_type_ not in ("ORG", "GPE", "PERSON", "NORP")
        if verb.dep_ not in _SUBJECTLESS:
            return False
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "after extending": over the preposition
    return False
