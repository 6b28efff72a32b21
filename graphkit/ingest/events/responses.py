"""An act named as what another act responds to was made before the response.

"Peru has yet to reply to a Brazilian invitation", "Iran did not accept the offer", "may reject the
proposal": the invitation, the offer and the proposal were made; only the reply, the acceptance or
the rejection is negated or possible. The certainty walk stops at a verb of responding
(``response_verbs``) when it reaches it from its object, so the noun keeps its own certainty.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Peru", "did", "not", "reply", "to", "the", "invitation"],
...           heads=[3, 3, 3, 3, 3, 6, 4], deps=["nsubj", "aux", "neg", "ROOT", "prep", "det", "pobj"],
...           pos=["PROPN", "AUX", "PART", "VERB", "ADP", "DET", "NOUN"],
...           lemmas=["Peru", "do", "not", "reply", "to", "the", "invitation"])
>>> responded_to(doc[4], doc[6])
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.ingest.words import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["responded_to", "RESPONSE_VERBS"]

#: Verbs of responding to an act: "reply to", "accept", "reject", "ignore" (WordNet 3.0).
RESPONSE_VERBS = word_list("response_verbs")
#: Prepositions by which a verb of responding takes what it responds to.
_RESPONSE_PREPS = frozenset({"to"})


def responded_to(cur: Token, tok: Token) -> bool:
    """Whether ``cur``, on the walk up from the event noun ``tok``, is the object by which a verb of
    responding takes ``tok``: ``tok`` itself as direct object ("rejected the offer") or the
    preposition "to" whose object ``tok`` is ("replied to the invitation").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "did", "not", "launch", "the", "attack"], heads=[3, 3, 3, 3, 5, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "det", "dobj"],
    ...           pos=["PROPN", "AUX", "PART", "VERB", "DET", "NOUN"],
    ...           lemmas=["Iran", "do", "not", "launch", "the", "attack"])
    >>> responded_to(doc[5], doc[5])
    False
    """
    if tok.pos_ != "NOUN" or cur.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = (cur.head.lemma_ or cur.head.text).lower()
    if verb not in RESPONSE_VERBS:
        return False
    if cur.i == tok.i:
        return cur.dep_ == "dobj"
    return cur.dep_ == "prep" and cur.text.lower() in _RESPONSE_PREPS and tok.head.i == cur.i and tok.dep_ == "pobj"
