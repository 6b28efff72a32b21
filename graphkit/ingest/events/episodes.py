"""Acts measured out by a noun of runs or stretches: "a wave of air strikes", "a second day of strikes".

English names a run of acts, or a stretch of one, with a measuring noun whose "of" phrase names the
act: "launched a wave of air strikes on Gaza", "began a second day of strikes", "staged a series of
protests". What is done to the measure is done to the act, so a light verb whose object is such a
noun takes the sense of the event noun in its "of" phrase (:func:`measured_acts`, used by
:func:`graphkit.ingest.events.triggers.find_candidates`). The measuring nouns are WordNet 3.0 senses
of series, bursts and periods (``data/words/episode_nouns.txt``); the "of" noun still has to be an
event noun of the lexicon, so "launched a series of measures" or "a round of price cuts" stay as they
are read.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["launched", "a", "wave", "of", "strikes"], heads=[0, 2, 0, 2, 3],
...           deps=["ROOT", "det", "dobj", "prep", "pobj"], lemmas=["launch", "a", "wave", "of", "strike"])
>>> [t.text for t in measured_acts(doc[2])]
['strikes']
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["measured_acts"]


def measured_acts(noun) -> list:
    """The nouns of the acts ``noun`` measures out: the object of its "of" phrase and that object's
    conjuncts when ``noun`` is a measuring noun ("a wave of strikes and bombings"), else none.

    Parameters
    ----------
    noun : Token
        The object of a verb.

    Returns
    -------
    list of Token
        The measured nouns, in text order.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "box", "of", "strikes"], heads=[1, 1, 1, 2],
    ...           deps=["det", "ROOT", "prep", "pobj"], lemmas=["a", "box", "of", "strike"])
    >>> measured_acts(doc[1])
    []
    """
    if (noun.lemma_ or noun.text).lower() not in word_list("episode_nouns"):
        return []
    objs = [o for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
            for o in p.children if o.dep_ == "pobj"]
    return [t for o in objs for t in (o, *o.conjuncts) if t.pos_ in ("NOUN", "PROPN", "")]
