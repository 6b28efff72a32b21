"""Views: "agree that" a state of affairs is to share an opinion, not to make an agreement.

English "agree" has two senses (WordNet 3.0 agree.v.01 "be in accord; be in agreement" and
agree.v.02 "consent or assent to a condition, or agree to do something"). With a "to"-infinitive
or an "on" object it commits the parties (PLOVER AGREE); with a finite clause it does so only
when the clause tells something to be done: a duty ("agreed that currencies should be
stabilised"), an act ("agreed that talks would resume", "agreed that Japan would open its market").
A clause that tells a state or a trend whose subject is no actor ("agreed that the surplus would
persist", "agreed that the dollar had fallen far enough") is a view they share, no event.

:func:`graphkit.ingest.events.frames.unreal_frame` reads :func:`shared_view`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["they", "agreed", "that", "the", "surplus", "would", "persist"],
...           heads=[1, 1, 6, 4, 6, 6, 1], deps=["nsubj", "ROOT", "mark", "det", "nsubj", "aux", "ccomp"],
...           tags=["PRP", "VBD", "IN", "DT", "NN", "MD", "VB"], pos=["PRON", "VERB", "SCONJ", "DET", "NOUN",
...           "AUX", "VERB"], lemmas=["they", "agree", "that", "the", "surplus", "would", "persist"])
>>> shared_view(doc[1])
True
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb

__all__ = ["OPINION_AGREEING", "shared_view"]

#: Verbs of agreeing that also mean sharing an opinion (WordNet 3.0 agree.v.01, concur.v.01).
OPINION_AGREEING = frozenset({"agree", "concur"})
#: Modals of duty and commitment: the clause says what is to be done.
_DEONTIC = frozenset({"should", "must", "shall", "ought"})
#: Dependents whose event noun makes the clause an act ("talks would resume", "hold a summit").
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def _tells_act(clause) -> bool:
    """Whether finite clause ``clause`` tells something to be done rather than a state of affairs."""
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.text.lower() in _DEONTIC for c in kids):
        return True
    if lookup_verb(_lemma(clause)) is not None:
        return True
    for c in kids:
        if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "") and lookup_verb(_lemma(c)) is not None:
            return True  # "would begin to cooperate", "would meet and cooperate"
        if c.dep_ in _ARGUMENT_DEPS and lookup_noun(_lemma(c)) is not None:
            return True  # "talks would resume", "would hold a summit"
        if c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ in ("PROPN", "PRON") or c.tag_ in ("NNP", "NNPS", "PRP")):
            return True  # an actor's doing: "that Japan would open its market", "that they would ..."
    return False


def shared_view(tok) -> bool:
    """Whether trigger ``tok`` is an "agree" whose only content is a finite clause that tells a state of
    affairs, no act: a shared opinion, not an agreement.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The trigger.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["they", "agreed", "that", "Japan", "would", "persist"],
    ...           heads=[1, 1, 5, 5, 5, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"],
    ...           tags=["PRP", "VBD", "IN", "NNP", "MD", "VB"], lemmas=["they", "agree", "that", "Japan", "would",
    ...           "persist"])
    >>> shared_view(doc[1])
    False
    """
    if _lemma(tok) not in OPINION_AGREEING:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("xcomp", "dobj") or (c.dep_ == "prep" and c.text.lower() in ("on", "to", "upon"))
           for c in kids):
        return False  # "agreed to meet", "agreed on a ceasefire", "agreed a deal": a commitment
    clauses = [c for c in kids if c.dep_ == "ccomp" and any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)]
    return bool(clauses) and not any(_tells_act(c) for c in clauses)
