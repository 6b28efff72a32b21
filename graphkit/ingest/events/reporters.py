"""The reporter's second act that the parser hangs on the reported clause.

In "Iran said the reports were baseless and warned the U.S.", the parser coordinates "warned"
with "were", the verb of what Iran said, so the warning would inherit "the reports" as its doer.
English reported speech in the past shifts its tenses back ("were", "was holding", "would
sign"): a bare simple past conjoined to such a backshifted clause is no part of what was said but
a second act of the one who said it, the subject of the reporting verb.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Iran", "said", "reports", "were", "baseless", "and", "warned", "Washington"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 3, 3, 6],
...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "cc", "conj", "dobj"],
...           tags=["NNP", "VBD", "NNS", "VBD", "JJ", "CC", "VBD", "NNP"],
...           lemmas=["Iran", "say", "report", "be", "baseless", "and", "warn", "Washington"])
>>> reporting_verb(doc[6]).text
'said'
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["reporting_verb"]

#: Auxiliaries of a backshifted reported clause: "was holding", "would sign". Not "had": a regular
#: verb's simple past is also its participle ("had decimated herds and wiped out crops" shares
#: "had"), nor a passive's "was" ("was hit and sunk").
_BACKSHIFT_AUX = frozenset({"was", "were", "would", "could", "might", "should"})


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _backshifted(verb) -> bool:
    """A reported clause in the past: the copula "was/were", a past progressive or a modal."""
    if verb.tag_ == "VBD" and _lemma(verb) == "be":
        return True
    return any(c.dep_ == "aux" and c.text.lower() in _BACKSHIFT_AUX for c in verb.children)


def reporting_verb(verb):
    """The reporting verb whose subject does ``verb``, a simple past conjoined to what it reports.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb without a subject of its own.

    Returns
    -------
    spacy.tokens.Token or None
        The reporting verb ("said") when ``verb`` is a bare simple past ("warned", no
        auxiliary) conjoined to the backshifted verb of that reporting verb's complement
        ("said the reports were baseless and warned"); otherwise None ("said the planes hit
        the ship and killed three": both simple pasts, both reported).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "said", "banks", "were", "stalling", "and", "urged", "Seoul"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4, 4, 6],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "conj", "dobj"],
    ...           tags=["NNP", "VBD", "NNS", "VBD", "VBG", "CC", "VBD", "NNP"],
    ...           lemmas=["Japan", "say", "bank", "be", "stall", "and", "urge", "Seoul"])
    >>> reporting_verb(doc[6]).text
    'said'
    >>> words = ["Iran", "said", "planes", "hit", "ships", "and", "killed", "sailors"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 3, 3, 6],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "cc", "conj", "dobj"],
    ...           tags=["NNP", "VBD", "NNS", "VBD", "NNS", "CC", "VBD", "NNS"],
    ...           lemmas=["Iran", "say", "plane", "hit", "ship", "and", "kill", "sailor"])
    >>> reporting_verb(doc[6]) is None  # "planes hit ships and killed": no backshift, both reported
    True
    """
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or first.dep_ != "ccomp" or first.head.i == first.i:
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    report = first.head
    if _lemma(report) not in word_list("reporting_verbs") or not _backshifted(first):
        return None
    if not any(c.dep_ == "nsubj" for c in report.children):
        return None
    return report
