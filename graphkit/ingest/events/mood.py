"""Mood: whether a verb that can both demand and assert ("insist") demands or asserts, and whether a
verb that can both yield and state ("concede") yields or states.

"Japan insisted that the U.S. lift its sanctions" demands (the content is a subjunctive, or says
what "should" be done; "insisted on ..." too), while "Reagan insisted he has told all he knows"
and "the official insisted that the country was living up to its pact" assert: their content is
an indicative clause with a tense of its own (WordNet 3.0 insist.v.01 "be emphatic or resolute
and refuse to budge" and insist.v.02 "assert to be true"). An assertion is no PLOVER event; nor is
what a document of terms "calls for" (:mod:`graphkit.ingest.events.provisions`).

Likewise "conceded defeat", "accepted the findings" and "conceded that it would hold elections" yield
(PLOVER CONCEDE), while "Brazilian officials concede that time is not on their side" and "Iraq admitted
the Iranians had occupied ground" state a fact: a verb of admitting (WordNet 3.0 admit.v.01,
concede.v.01-02, recognize.v.02: ``admitting_verbs``) whose content is a clause that commits its
subject to nothing (no "will", "would" or "shall" without a negation) is a statement, CAMEO's 013
"acknowledge", which PLOVER does not code (:func:`admits_a_fact`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Reagan", "insisted", "he", "had", "told", "all"], heads=[1, 1, 4, 4, 1, 4],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"], tags=["NNP", "VBD", "PRP", "VBD", "VBN", "DT"],
...           lemmas=["Reagan", "insist", "he", "have", "tell", "all"])
>>> asserts_a_fact(doc[1])
True
"""
from __future__ import annotations

from graphkit.ingest.events.provisions import sets_out_terms
from graphkit.ingest.words import word_list

__all__ = ["admits_a_fact", "asserts_a_fact", "is_question", "shares_a_view", "ADMITTING_VERBS", "CONCURRING_VERBS"]

#: Verbs of admitting a fact (WordNet 3.0 admit.v.01, concede.v.01-02, recognize.v.02).
ADMITTING_VERBS = word_list("admitting_verbs")
#: Verbs of agreeing (WordNet 3.0 agree.v.01 "be in accord; be in agreement", concur.v.01): with a
#: finite clause they share a view ("agreed that the situation was serious") unless it decides an act.
CONCURRING_VERBS = frozenset({"agree", "concur"})
#: Auxiliaries of a decision in what is agreed: "agreed that talks would resume", "should be studied".
_DECIDING_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "should", "must"})
#: Auxiliaries of a commitment: "conceded that it would hold elections" yields.
_COMMITTING_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})

#: Verbs of both demanding and asserting (WordNet 3.0: insist.v.01 and insist.v.02).
_DEMAND_OR_ASSERT = frozenset({"insist"})
#: Auxiliaries that give a clause a tense of its own: an indicative, a statement.
_TENSED_AUX = frozenset({"has", "have", "had", "was", "were", "is", "are", "'s", "will", "would", "'ll", "did", "does"})


def _indicative(clause) -> bool:
    """Whether ``clause`` is an indicative with a tense of its own: a past ("was living up to",
    "had told"), a perfect ("has told") or a future ("would keep"); never a bare or "should" form."""
    auxes = [c.text.lower() for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("should", "must") for a in auxes):
        return False
    return clause.tag_ == "VBD" or any(a in _TENSED_AUX for a in auxes)


def asserts_a_fact(verb) -> bool:
    """Whether ``verb``, a verb of demanding or asserting, asserts: its content clause is indicative.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "insisted", "that", "Washington", "lift", "sanctions"],
    ...           heads=[1, 1, 4, 4, 1, 4], deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "dobj"],
    ...           tags=["NNP", "VBD", "IN", "NNP", "VB", "NNS"], lemmas=["Japan", "insist", "that", "Washington",
    ...                                                             "lift", "sanction"])
    >>> asserts_a_fact(doc[1])
    False
    """
    if sets_out_terms(verb):
        return True  # "the plan calls for loans to be tied to reforms": a term it sets out
    if (verb.lemma_ or verb.text).lower() not in _DEMAND_OR_ASSERT:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_indicative(c) for c in clauses)


def admits_a_fact(verb) -> bool:
    """Whether ``verb``, a verb of admitting, states a fact rather than yields: its content is a
    finite clause (its own subject or "that") and none commits anyone to an act ("would hold
    elections"; "will not meet its goal" commits to nothing).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["officials", "concede", "that", "time", "is", "short"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "acomp"], lemmas=["official", "concede",
    ...           "that", "time", "be", "short"])
    >>> admits_a_fact(doc[1])
    True
    >>> words = ["Iraq", "conceded", "it", "would", "hold", "elections"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj"], lemmas=["Iraq", "concede", "it",
    ...           "would", "hold", "election"])
    >>> admits_a_fact(doc[1])
    False
    """
    if (verb.lemma_ or verb.text).lower() not in ADMITTING_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and any(
        d.dep_ in ("nsubj", "nsubjpass", "expl") or (d.dep_ == "mark" and d.text.lower() == "that")
        for d in c.children)]
    return bool(clauses) and not any(_commits(c) for c in clauses)


def shares_a_view(verb) -> bool:
    """Whether ``verb``, a verb of agreeing, shares a view rather than agrees to an act: it has a finite
    content clause (its own subject or "that") and no infinitive or object, and no clause it agrees on
    (nor one coordinated with it) decides an act: a future, "should" or "must" of a verb other than
    "be" ("agreed that the dollar was at the right level", "agreed a fall would be harmful"; not "agreed
    that talks would resume", "agreed that the matter should be studied", "agreed that no comment be made").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["they", "agreed", "that", "it", "was", "serious"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "acomp"], lemmas=["they", "agree", "that",
    ...           "it", "be", "serious"])
    >>> shares_a_view(doc[1])
    True
    >>> words = ["they", "agreed", "that", "talks", "would", "resume"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"], lemmas=["they", "agree", "that",
    ...           "talk", "would", "resume"])
    >>> shares_a_view(doc[1])
    False
    """
    if (verb.lemma_ or verb.text).lower() not in CONCURRING_VERBS or any(
            c.dep_ in ("xcomp", "dobj") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not any(d.dep_ in ("nsubj", "nsubjpass", "expl") or (d.dep_ == "mark" and d.text.lower() == "that")
               for c in clauses for d in c.children):
        return False
    clauses += [d for c in clauses for d in c.children if d.dep_ == "conj"]
    return not any(_decides(c) for c in clauses)


def _decides(clause) -> bool:
    """Whether ``clause`` decides an act: a future, "should" or "must" of a verb other than "be", or a
    subjunctive ("agreed that no comment be made": a bare verb or passive "be" with no auxiliary)."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not [a for a in auxes if a.dep_ == "aux"] and (clause.tag_ == "VB" or any(
            a.tag_ == "VB" and a.text.lower() == "be" for a in auxes)):
        return True
    return (clause.lemma_ or clause.text).lower() != "be" and any(a.text.lower() in _DECIDING_AUX for a in auxes)


def _commits(clause) -> bool:
    """Whether ``clause`` promises an act: a future or conditional auxiliary without a negation."""
    kids = list(clause.children)
    return any(c.dep_ == "aux" and c.text.lower() in _COMMITTING_AUX for c in kids) and not any(
        c.dep_ == "neg" for c in kids)


def is_question(tok) -> bool:
    """Whether ``tok`` is in a question ("Will they withdraw?"): asked, not said."""
    try:
        sent = tok.sent
    except ValueError:  # no sentence boundaries
        return False
    last = next((t for t in reversed(sent) if t.text not in ('"', "'", "''", "”", "’", ")")), None)
    return last is not None and last.text == "?"
