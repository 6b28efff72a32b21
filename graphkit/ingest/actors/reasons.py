"""Whose reason: a possessive in the "for" phrase of a verb that acts on a party is that party's.

One thanks, blames, praises or punishes a party for what that party did or has: "Iran thanked
Syria for its support", "the opposition criticised the government for its handling of the crisis",
"it would be foolish for Japan to strike back against the United States for its sanctions". The
possessive pronoun of the noun in the verb's "for" phrase names the verb's object -- a direct
object, or the object of "against", "on", "with" or "at" -- not its subject, which a possessive
in a clause otherwise prefers ("Israel must end its siege").
"""
from __future__ import annotations

__all__ = ["reason_object"]

#: Prepositions by which a verb names the party it acts on ("retaliate against", "crack down on").
_AIMED = frozenset({"against", "on", "with", "at"})


def reason_object(tok, token_actor) -> str | None:
    """The party a verb acts on when the possessive ``tok`` owns its reason: "thanked Syria for its
    support", "criticised the government for its handling", "strike back against the United States
    for its sanctions". One thanks, blames or punishes a party for what that party did, so a
    possessive in a "for" phrase of the verb is its object (``dobj``, or the ``pobj`` of "against",
    "on", "with" or "at"), not its subject; None when the verb has no actor for object.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Iran", "thanked", "Syria", "for", "its", "support", "."],
    ...           heads=[1, 1, 1, 1, 5, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "punct"])
    >>> reason_object(doc[4], {0: "iran", 2: "syria"})
    'syria'
    >>> reason_object(doc[4], {0: "iran"}) is None
    True
    """
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.text.lower() != "for" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    for c in verb.children:
        if c.dep_ == "dobj" and c.i in token_actor:
            return token_actor[c.i]
        if c.dep_ == "prep" and c.text.lower() in _AIMED:
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.i in token_actor), None)
            if obj is not None:
                return token_actor[obj.i]
    return None
