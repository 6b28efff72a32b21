"""Forecasters: what commentators say a party will do is their forecast, never the party's promise.

News cites analysts, economists, dealers and other experts (``data/words/commentator_nouns.txt``,
from WordNet 3.0 analyst.n.01, economist.n.01, dealer.n.01 ...) for what they expect: "analysts said
the Soviet Union would withdraw its troops next year", "economists said Bonn would cut rates". They
speak for no party, so the future act they tell is neither a promise (PLOVER AGREE) nor a threat of
the party that would do it. Sources are the exception: "sources said" speaks for the sources'
principal (:data:`graphkit.ingest.actors.titles.SOURCE_NOUNS`).

:func:`graphkit.ingest.events.intentions.foretold` reads :func:`commentator_said` for the reporting
verb above a future act.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["analysts", "said", "Moscow", "would", "withdraw"], heads=[1, 1, 4, 4, 1],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["analyst", "say", "Moscow", "would", "withdraw"])
>>> commentator_said(doc[1])
True
"""
from __future__ import annotations

from graphkit.ingest.actors.titles import SOURCE_NOUNS
from graphkit.ingest.words import word_list

__all__ = ["commentator_said"]


def commentator_said(report) -> bool:
    """Whether the subject of reporting verb ``report`` is a commentator, who speaks for no party:
    "analysts said", "one economist said"; not "sources said", nor "officials said".

    Parameters
    ----------
    report : spacy.tokens.Token
        The reporting verb.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["sources", "said", "Moscow", "would", "withdraw"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"])
    >>> commentator_said(doc[1])
    False
    """
    commentators = word_list("commentator_nouns") - SOURCE_NOUNS
    for subj in report.children:
        if subj.dep_ == "nsubj":
            names = {subj.text.lower(), (subj.lemma_ or subj.text).lower()}
            return bool(names & commentators)
    return False
