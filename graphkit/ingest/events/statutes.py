"""Restrictions told as standing rules are no acts.

"Under French law, foreign investors are restricted to a 20 pct direct stake", "Japanese banks, which are
largely barred from the securities industry": a coercion or a sanction told in the present tense of an
agentless passive ("are restricted", "is banned") names a rule in force, the setting of the news, not an
act done by anyone; the past ("were barred"), a doer ("are banned by the government") or an auxiliary
("will be restricted", "have been barred") tells an act and is left to the other stages.
:func:`standing_rule` tells such a trigger.

Examples
--------
>>> from types import SimpleNamespace
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> doc = Doc(Vocab(), words=["investors", "are", "restricted"], heads=[2, 2, 2],
...           deps=["nsubjpass", "auxpass", "ROOT"], tags=["NNS", "VBP", "VBN"])
>>> standing_rule(SimpleNamespace(kind="verb", head=doc[2], trig=Trigger("COERCE", "restrict", "restricted")))
True
"""
from __future__ import annotations

__all__ = ["RESTRICTION_TYPES", "standing_rule"]

#: The categories of restrictions, which a rule in force imposes.
RESTRICTION_TYPES = frozenset({"COERCE", "SANCTION"})
#: Penn tags of the present tense ("are", "is").
_PRESENT = frozenset({"VBP", "VBZ"})
#: Dependencies that tell an act rather than a rule: a doer ("by the government"), an auxiliary
#: ("will be", "have been").
_ACT_MARKS = frozenset({"agent", "aux"})


def standing_rule(c) -> bool:
    """Whether candidate ``c`` (``kind``, ``head``, ``trig``) is a restriction told in the present tense of
    an agentless passive (see the module).

    Parameters
    ----------
    c : object
        A trigger candidate: ``kind`` ("verb", ...), ``head`` (the trigger token) and ``trig``
        (its :class:`~graphkit.ingest.events.lexicon.Trigger`).

    Returns
    -------
    bool
        True for a rule in force, no act.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["investors", "were", "restricted"], heads=[2, 2, 2],
    ...           deps=["nsubjpass", "auxpass", "ROOT"], tags=["NNS", "VBD", "VBN"])
    >>> standing_rule(SimpleNamespace(kind="verb", head=doc[2], trig=Trigger("COERCE", "restrict", "restricted")))
    False
    """
    trig = getattr(c, "trig", None)
    if c.kind != "verb" or trig is None or trig.type not in RESTRICTION_TYPES or c.head.tag_ != "VBN":
        return False
    children = list(c.head.children)
    if any(t.dep_ in _ACT_MARKS for t in children):
        return False
    return any(t.dep_ == "auxpass" and t.tag_ in _PRESENT for t in children)
