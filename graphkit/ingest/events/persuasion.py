"""Persuasion tried is asking done: "Egypt failed to persuade Washington to cut the rates", "Bonn is
trying to convince Tokyo to open its markets".

Verbs of persuading (data/words/persuading_verbs.txt) tell that the asking succeeded: the party was won
over. Under a verb of trying or failing ("tried to", "attempted to", "sought to", "failed to", "was
unable to") the success is denied or left open, but the asking the sentence reports was done: PLOVER
codes that REQUEST (as CAMEO codes an attempted attack an attack). The request is as certain as the
trying: "failed to persuade" and "is trying to persuade" assert it, "will try to persuade" only plans it.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Egypt", "failed", "to", "persuade", "Washington", "to", "cut", "rates"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 6, 3, 6],
...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "aux", "xcomp", "dobj"],
...           pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PART", "VERB", "NOUN"],
...           lemmas=["Egypt", "fail", "to", "persuade", "Washington", "to", "cut", "rate"])
>>> attempt_head(doc[3]).text
'failed'
"""
from __future__ import annotations

from spacy.tokens import Token

from graphkit.ingest.events.roles import object_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.words import word_list

__all__ = ["attempt_head", "tried_persuasion"]

#: Heads whose infinitive is tried or failed, not done: WordNet 3.0 try.v.01 ("make an effort or attempt":
#: try, seek, attempt, essay, assay), strive.v.01, fail.v.02 ("be unsuccessful"), and "unable".
_ATTEMPTS = frozenset({"try", "attempt", "seek", "strive", "endeavour", "endeavor", "struggle", "fail", "unable"})


def attempt_head(verb: Token) -> Token | None:
    """The verb (or "unable") of trying or failing whose infinitive ``verb`` is, when ``verb`` persuades
    ("failed to persuade", "was unable to convince"); else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "persuaded", "Korea"], heads=[1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj"], lemmas=["Japan", "persuade", "Korea"])
    >>> attempt_head(doc[1]) is None
    True
    """
    if lemma_of(verb) not in word_list("persuading_verbs") or verb.dep_ != "xcomp":
        return None
    head = verb.head
    return head if lemma_of(head) in _ATTEMPTS and head.pos_ in ("VERB", "ADJ", "AUX") else None


def tried_persuasion(cands: list[Candidate], layer) -> list[Candidate]:
    """``cands`` with each REQUEST of a persuading verb under a verb of trying or failing (see
    :func:`attempt_head`) read as the asking it reports: a candidate of kind ``"speech"`` on the same
    words, as certain as the trying (``extra["anchor"]``), the persuader asking the one to be persuaded.

    Parameters
    ----------
    cands : list of Candidate
        The event candidates.
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of Candidate
        The candidates, those tried persuasions replaced.

    Examples
    --------
    >>> tried_persuasion([], None)
    []
    """
    out = []
    for c in cands:
        head = attempt_head(c.head) if c.kind == "verb" and c.trig.type == "REQUEST" else None
        if head is None:
            out.append(c)
            continue
        actors = subject_actors(c.head, layer)
        recips = [a for a in object_actors(c.head, layer) if a not in actors]
        out.append(Candidate(c.trig, c.head, c.start, c.end, "speech",
                             extra={"actors": actors, "recipients": recips, "anchor": head}))
    return out
