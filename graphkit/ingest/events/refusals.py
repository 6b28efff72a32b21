"""When the negation of a cooperative act is a refusal ("will not accept", "failed to reach agreement").

PLOVER's REJECT answers a proposal, request or demand. Not agreeing or not accepting is one; not
yet agreeing, acting without agreeing, an act not done for some purpose, and not making an offer
are none: nothing was put to the doer, or nothing was answered yet.
"""
from __future__ import annotations

from graphkit.ingest.events.roles import is_passive
from graphkit.ingest.events.triggers import verb_lemma

__all__ = ["OFFERS", "negation_refuses"]

#: Verbs of making an offer (WordNet 3.0 offer.v.01 "present for acceptance or rejection", propose.v.01,
#: promise.v.01, guarantee.v.02, pledge.v.01, vow.v.01): the first move, not an answer to one, so their
#: negation ("is not offering new loans", "cannot guarantee a share") is no offer, not a refusal.
OFFERS = frozenset({"offer", "propose", "promise", "guarantee", "pledge", "vow"})


def _not_yet(verb) -> bool:
    """Whether the negation of ``verb`` is only "not yet" ("has not yet agreed", "has yet to
    approve"): it has not happened, which is no refusal."""
    if any(c.dep_ == "advmod" and c.text.lower() == "yet" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.text.lower() == "yet" for c in head.children)


def _under_without(tok) -> bool:
    return any(a.text.lower() == "without" for a in tok.ancestors if a.dep_ == "prep" or a.pos_ == "ADP")


def negation_refuses(verb, verdict) -> bool:
    """Whether the negated cooperative verb ``verb`` (AGREE, CONCEDE), assessed ``verdict``, tells a
    refusal: not in the passive, under "without", "not yet", a purpose clause, nor an offer.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.certainty import Assessment
    >>> doc = Doc(Vocab(), words=["Iran", "did", "not", "accept", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Iran", "do", "not", "accept", "it"])
    >>> negation_refuses(doc[3], Assessment("negated")), negation_refuses(doc[3], Assessment("negated", purpose=True))
    (True, False)
    >>> doc = Doc(Vocab(), words=["Iran", "did", "not", "offer", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Iran", "do", "not", "offer", "it"])
    >>> negation_refuses(doc[3], Assessment("negated"))
    False
    """
    return not (verdict.purpose or is_passive(verb) or _under_without(verb) or _not_yet(verb)
                or verb_lemma(verb) in OFFERS)
