"""Whose request: a possessive on the proposal a party answers is another party's.

One rejects, accepts, grants or turns down what someone else asked or offered: "the U.S.
approved the sale while rejecting its request", "Moscow turned down their offer", "the
government granted his appeal". A possessive pronoun owning the object of a verb of answering
(:data:`ANSWERING_VERBS`) when that object is a noun of asking or offering
(:data:`PROPOSAL_NOUNS`) therefore does not name the verb's subject, which a possessive in a
clause otherwise prefers ("Israel must end its siege"); it names an earlier party. "Own" keeps
the subject ("rejected its own proposal"), and so does any other verb ("withdrew its request",
"renewed its offer": one withdraws or renews one's own). A possessed subject answers its owner's
own proposal ("Fujitsu's board approved its bid", "Iran's parliament rejected its offer"): the
board or parliament is its owner's organ, and the possessive names the owner.
"""
from __future__ import annotations

__all__ = ["ANSWERING_VERBS", "PROPOSAL_NOUNS", "answered_proposal"]

#: Verbs by which a party answers another's request or offer (refusing or granting it).
ANSWERING_VERBS = frozenset({
    "reject", "refuse", "spurn", "rebuff", "decline", "veto", "deny", "dismiss", "turn",
    "accept", "grant", "approve", "heed", "answer", "meet", "satisfy",
})
#: Nouns of something asked or offered by one party to another.
PROPOSAL_NOUNS = frozenset({
    "request", "demand", "offer", "proposal", "appeal", "plea", "call", "application", "bid",
    "invitation", "ultimatum", "suggestion", "overture", "petition", "requests", "demands",
    "offers", "proposals", "appeals", "pleas", "calls", "applications", "bids", "invitations",
    "suggestions", "overtures", "petitions",
})
_TURN_PARTICLES = frozenset({"down", "away"})


def _answering(verb) -> bool:
    lemma = (verb.lemma_ or verb.text).lower()
    if lemma == "turn":  # "turned down", "turned away"; not "turned to"
        return any(c.dep_ == "prt" and c.text.lower() in _TURN_PARTICLES for c in verb.children)
    return lemma in ANSWERING_VERBS


def answered_proposal(tok) -> bool:
    """Whether the possessive pronoun ``tok`` owns a request or offer its clause's verb answers.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A possessive pronoun ("its", "their", "his", "her").

    Returns
    -------
    bool
        True when ``tok`` is the ``poss`` of a noun of :data:`PROPOSAL_NOUNS` that is the direct
        object (or passive subject) of a verb of :data:`ANSWERING_VERBS`, with no "own" and no
        possessed subject ("Fujitsu's board").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Washington", "rejected", "its", "request", "."],
    ...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "poss", "dobj", "punct"],
    ...           lemmas=["Washington", "reject", "its", "request", "."])
    >>> answered_proposal(doc[2])
    True
    >>> doc = Doc(Vocab(), words=["Washington", "withdrew", "its", "request", "."],
    ...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "poss", "dobj", "punct"],
    ...           lemmas=["Washington", "withdraw", "its", "request", "."])
    >>> answered_proposal(doc[2])
    False
    """
    noun = tok.head
    if tok.dep_ != "poss" or noun.i == tok.i or noun.text.lower() not in PROPOSAL_NOUNS:
        return False
    if any(c.text.lower() == "own" for c in noun.children):
        return False
    if noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = noun.head
    if any(s.dep_ == "nsubj" and any(c.dep_ == "poss" for c in s.children) for s in verb.children):
        return False  # "Fujitsu's board approved its bid": a body answers its owner's own proposal
    return _answering(verb)
