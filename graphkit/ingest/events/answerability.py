"""Answerability: to hold a party responsible, accountable or answerable is to blame it.

"X held Y responsible for the bombing", "X holds Y accountable", "Y was held responsible by X" is X's
ACCUSE of Y (CAMEO 112), for an act named or none, read whatever the parser made of the predicate
adjective (an object complement, a clause or an adverbial). A forecast or conditional holding ("will hold
Y responsible for any attack") warns and blames nobody yet; a negated one blames nobody; nor does holding
one's own side responsible.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Iran", "held", "Iraq", "accountable"], heads=[1, 1, 1, 1],
...           deps=["nsubj", "ROOT", "dobj", "ccomp"], pos=["PROPN", "VERB", "PROPN", "ADJ"],
...           lemmas=["Iran", "hold", "Iraq", "accountable"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "irn", 2: "irq"}.get(i)
...     def all_at(self, i):
...         return [a] if (a := self.at(i)) else []
>>> held_to_blame(doc[1], Layer()).trig.type
'ACCUSE'
"""
from __future__ import annotations

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.judgements import hedged
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of

__all__ = ["ANSWERABLE", "held_to_blame"]

#: Adjectives of answerability for an act (WordNet responsible.a.02 "being the agent or cause",
#: accountable.a.01, answerable, liable, culpable): to hold a party so is to blame it.
ANSWERABLE = frozenset({"responsible", "accountable", "answerable", "liable", "culpable", "guilty"})
#: Where the parser puts the adjective of "held Y responsible".
_PRED_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "advcl"})
_HELD = Trigger("ACCUSE", None, "blamed")


def held_to_blame(verb, layer) -> Candidate | None:
    """The ACCUSE of "X held Y responsible (for Z)", "Y was held accountable by X": a candidate of kind
    ``"appraisal"`` headed by ``verb`` whose ``extra["recipients"]`` are the actors of Y; None for any
    other use of "hold", for a negated or forecast one ("will hold"), or when Y is of the holder's own side.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "held", "Iraq", "responsible"], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "oprd"], pos=["PROPN", "VERB", "PROPN", "ADJ"],
    ...           lemmas=["Iran", "hold", "Iraq", "responsible"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irn", 2: "irq"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> held_to_blame(doc[1], Layer()).extra["recipients"]
    ['irq']
    """
    if lemma_of(verb) != "hold" or any(c.dep_ == "neg" for c in verb.children) or hedged(verb):
        return None  # "would hold Y responsible for any attack" warns; it blames nobody yet
    pred = next((c for c in verb.children if c.dep_ in _PRED_DEPS and c.text.lower() in ANSWERABLE
                 and not any(g.dep_ == "neg" for g in c.children)), None)
    if pred is None:
        return None
    target = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if target is None:
        target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None:
        return None
    speakers = own_side(subject_actors(verb, layer), layer)
    recips = [r for r in dict.fromkeys(np_actors(target, layer)) if r not in speakers]
    return Candidate(_HELD, verb, pred, pred, "appraisal", extra={"recipients": recips}) if recips else None
