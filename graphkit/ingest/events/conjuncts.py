"""Which clause a coordinated verb belongs to, and what it shares with the verb it is coordinated with.

A to-infinitive has no tense of its own, so a verb in the past or present tense cannot be one of
its conjuncts: in "Iran refused to withdraw its troops but offered talks", "offered" is a clause
of its own, coordinated with "refused", though the parser makes it a conjunct of "withdraw". Read
as the parser has it, the refusal would reach the offer ("refused ... to offer talks"), and a
wish or plan ("wanted to expel them and arrested ten") would make a done act only intended.
:func:`outer_clause` gives the verb such a conjunct is really coordinated with: the word the
infinitive depends on.

A conjunct with an auxiliary of its own has its own tense and polarity: in "Iraq has not attacked
ships but has shelled towns" and "Japan would not lift the ban but would hold talks", the second verb
is not negated by the first one's "not" (:func:`own_auxiliary`); a bare conjunct shares them ("will not
attack or threaten Kuwait"). So does a finite conjunct with a subject of its own, a sentence of its own
joined by "and"/"but": in "payments were not due until 1990, but the Philippines agreed to pay early"
the agreement is not negated (:func:`own_clause`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Iran", "refused", "to", "withdraw", "but", "offered", "talks"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 3, 5],
...           deps=["nsubj", "ROOT", "aux", "xcomp", "cc", "conj", "dobj"],
...           tags=["NNP", "VBD", "TO", "VB", "CC", "VBD", "NNS"])
>>> outer_clause(doc[5]).text
'refused'
"""
from __future__ import annotations

__all__ = ["outer_clause", "own_auxiliary", "own_clause", "tensed_pair"]

#: Tags of a finite verb that shows its tense: past ("offered") and third-person present ("offers").
#: The base form (VB, VBP) is left out: the tagger gives it to infinitives and bare verbs alike.
_TENSED = frozenset({"VBD", "VBZ"})
#: Tags of a finite verb: a past or present tense, which a subject of its own makes a clause of its own.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Links of an infinitive to the word it completes or modifies.
_INFINITIVE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl"})


def outer_clause(verb):
    """The verb that the tensed conjunct ``verb`` is coordinated with when the parser made it a
    conjunct of a to-infinitive ("refused to withdraw but offered talks": "refused"); else None.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A token whose dependency is ``conj``.

    Returns
    -------
    spacy.tokens.Token or None
        The head of the infinitive, or None when ``verb`` is no tensed conjunct or its head no
        to-infinitive.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["refused", "to", "withdraw", "and", "offer", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 2, 0, 2, 2, 4],
    ...           deps=["ROOT", "aux", "xcomp", "cc", "conj", "dobj"],
    ...           tags=["VBD", "TO", "VB", "CC", "VB", "NNS"])
    >>> outer_clause(doc[4]) is None  # "to withdraw and offer": both are infinitives
    True
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _TENSED or head.i == verb.i:
        return None
    if head.tag_ != "VB" or head.dep_ not in _INFINITIVE_DEPS or head.head.i == head.i:
        return None
    if not any(c.dep_ == "aux" and c.text.lower() == "to" for c in head.children):
        return None
    return head.head


def own_auxiliary(verb) -> bool:
    """Whether the conjunct ``verb`` has an auxiliary of its own ("but has shelled", "but would hold"), so
    that the negation and modality of the verb it is coordinated with are not its own.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["has", "not", "attacked", "but", "has", "shelled", "or", "bombed"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 5, 2, 5, 5],
    ...           deps=["aux", "neg", "ROOT", "cc", "aux", "conj", "cc", "conj"])
    >>> own_auxiliary(doc[5]), own_auxiliary(doc[7])
    (True, False)
    """
    return verb.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.text.lower() != "to" for c in verb.children)


def own_clause(verb) -> bool:
    """Whether the conjunct ``verb`` is a clause of its own, whose polarity and modality are its own: it
    has an auxiliary of its own (:func:`own_auxiliary`), or it is finite (past or present tense) and has
    a subject of its own ("..., but the Philippines agreed").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Payments", "were", "not", "due", "but", "Manila", "agreed", "and", "paid"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 6, 1, 6, 6],
    ...           deps=["nsubj", "ROOT", "neg", "acomp", "cc", "nsubj", "conj", "cc", "conj"],
    ...           tags=["NNS", "VBD", "RB", "JJ", "CC", "NNP", "VBD", "CC", "VBD"])
    >>> own_clause(doc[6]), own_clause(doc[8])
    (True, False)
    """
    return own_auxiliary(verb) or (verb.dep_ == "conj" and verb.tag_ in _FINITE and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))


#: Coordinators that join two assertions; "or"/"nor" share a negation ("never met or spoke").
_ASSERTING = frozenset({"and", "but", "yet"})


def tensed_pair(verb) -> bool:
    """Whether the conjunct ``verb`` (simple past or present) is joined by "and", "but" or "yet" to a verb
    in a tense of its own: two assertions of one subject, each with its own polarity ("Washington was not
    satisfied and pressed for more": the pressing was done). A conjunct joined by "or" shares the
    negation ("never met or spoke"), and one joined to a bare verb shares its auxiliary.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Washington", "was", "not", "satisfied", "and", "pressed", "for", "more"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 1, 5, 6],
    ...           deps=["nsubj", "ROOT", "neg", "acomp", "cc", "conj", "prep", "pobj"],
    ...           tags=["NNP", "VBD", "RB", "JJ", "CC", "VBD", "IN", "JJR"])
    >>> tensed_pair(doc[5])
    True
    >>> doc = Doc(Vocab(), words=["He", "never", "met", "or", "spoke", "to", "them"], heads=[2, 2, 2, 2, 2, 4, 5],
    ...           deps=["nsubj", "neg", "ROOT", "cc", "conj", "prep", "pobj"],
    ...           tags=["PRP", "RB", "VBD", "CC", "VBD", "IN", "PRP"])
    >>> tensed_pair(doc[4])
    False
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ not in _FINITE:
        return False
    ccs = [c for c in (*head.children, *verb.children) if c.dep_ == "cc" and head.i < c.i < verb.i]
    return bool(ccs) and all(c.text.lower() in _ASSERTING for c in ccs)
