"""Conditions: which adverbial clause is a condition, and whose commitment a conditional is.

"If Iran attacks, the US will defend Israel" is the writer's hypothesis, no fact; "Nigeria
announced it will withdraw unless ..." is Nigeria's threat. :mod:`graphkit.ingest.events.certainty`
reads both with these helpers.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["US", "will", "act", "unless", "Iran", "stops"],
...           heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"])
>>> condition_of(doc[5])
'unless'
"""
from __future__ import annotations

__all__ = ["condition_of", "conditioned", "in_condition", "own_commitment", "subject"]

#: Words opening a condition clause without an "if": "in case", "provided (that)", "as long as".
_CONDITION_OPENERS = (("in", "case"), ("provided",), ("providing",), ("as", "long", "as"), ("so", "long", "as"),
                      ("on", "condition"))
#: Auxiliaries that open an inverted condition: "Should Iran attack, ...", "Had they known, ...".
_INVERTING_AUX = frozenset({"should", "had", "were"})


def condition_of(clause) -> str | None:
    """The conditional conjunction opening adverbial clause ``clause``, if any.

    "if" and "unless" are read from the clause's marker; "in case", "provided", "as long as"
    and an inverted auxiliary ("Should Iran attack", "Had they known") count as "if".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Should", "Iran", "attack", ",", "we", "retaliate"],
    ...           heads=[2, 2, 5, 5, 5, 5], deps=["aux", "nsubj", "advcl", "punct", "nsubj", "ROOT"])
    >>> condition_of(doc[2])
    'if'
    """
    kids = list(clause.children)
    marks = [c.text.lower() for c in kids if c.dep_ in ("mark", "advmod") and c.i < clause.i]
    for m in marks:
        if m in ("if", "unless"):
            if m == "if" and any(c.text.lower() in ("as", "even") and c.i < clause.i and c.dep_ in ("mark", "advmod")
                                 for c in kids):
                return None  # "as if" is a manner, "even if" a concession
            return m
    doc = clause.doc
    first = clause.left_edge.i
    words = tuple(t.text.lower() for t in doc[first:min(first + 3, clause.i + 1)])
    if any(words[:len(o)] == o for o in _CONDITION_OPENERS):
        return "if"
    before = tuple(t.text.lower() for t in doc[max(first - 3, 0):first])
    if any(len(o) > 1 and before[-len(o):] == o for o in _CONDITION_OPENERS):
        return "if"  # the parser hangs "in case" on the main verb: "will retaliate in case the US imposes ..."
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (not marks and subj is not None and first < subj.i and doc[first].head.i == clause.i
            and doc[first].dep_ in ("aux", "auxpass", "ROOT", "advcl") and doc[first].text.lower() in _INVERTING_AUX):
        return "if"
    return None


def conditioned(tok, modal: bool) -> str | None:
    """The condition ``tok``'s clause is under ("will defend ... if Iran attacks"), or None.

    The clause is then no fact, unless it is a plain past ("had attacked if ..." is rare);
    ``modal`` says whether the clause has a modal or future auxiliary.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["US", "will", "act", "unless", "Iran", "stops"],
    ...           heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"])
    >>> conditioned(doc[2], modal=True)
    'unless'
    """
    for c in tok.children:
        if c.dep_ == "advcl":
            cond = condition_of(c)
            if cond and (modal or tok.tag_ in ("VB", "VBZ", "VBP", "")):
                return cond
    return None


def subject(tok):
    """The subject of verb ``tok``, or None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "attacked"], heads=[1, 1], deps=["nsubj", "ROOT"])
    >>> subject(doc[1]).text
    'Iran'
    """
    return next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def own_commitment(clause, reporter) -> bool:
    """Whether conditional ``clause`` is the commitment of its reporting verb ``reporter``.

    "Nigeria announced that it will withdraw unless ..." is (a pronoun, the reporter's subject
    or a plain "will"); the backshifted guess "X said miners would press ... if" is not.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "said", "miners", "would", "press"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"])
    >>> own_commitment(doc[4], doc[1])
    False
    """
    if reporter is None:
        return False
    subj = subject(clause)
    while subj is None and clause.dep_ in ("xcomp", "conj", "advcl") and clause.head.i != clause.i:
        clause = clause.head  # "said it will move to defend": the subject of the chain
        subj = subject(clause)
    if subj is None:
        return False
    if subj.pos_ == "PRON" or subj.tag_ == "PRP":
        return True
    if any(c.dep_ == "aux" and c.text.lower() in ("will", "shall", "'ll") for c in clause.children):
        return True  # "said Petrobras will negotiate elsewhere if ...": a stated commitment, not a guess
    said_by = subject(reporter)
    return said_by is not None and (said_by.lemma_ or said_by.text).lower() == (subj.lemma_ or subj.text).lower()


def in_condition(verb) -> bool:
    """Whether ``verb``, or the verb whose infinitive it is, heads a condition ("if it fails to",
    "unless they continue to refuse to").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["talks", "end", "if", "they", "fail", "to", "agree"], heads=[1, 1, 4, 4, 1, 6, 4],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "advcl", "aux", "xcomp"])
    >>> in_condition(doc[4]), in_condition(doc[1])
    (True, False)
    """
    tok = verb
    for _ in range(3):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.text.lower() in ("if", "unless") for c in tok.children):
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
