"""Assent won: a party persuaded to act has agreed to act (PLOVER AGREE), besides being asked.

"Persuade" and its kin (data/words/persuading_verbs.txt) are implicative: "the IMF persuaded Zambia to lift
its ceiling" and "Zambia was persuaded by the IMF to lift its ceiling" both tell that Zambia was won over,
that is, it agreed to the course the infinitive names. The lexicon reads the persuader's asking (REQUEST);
:func:`won_over` adds the persuaded party's agreement to the persuader when the persuasion is asserted and
done (not tried or failed: :mod:`graphkit.ingest.events.persuasion`) and names a course of action (an
infinitive: "persuaded Japan that the plan was sound" wins a belief, no commitment).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["X", "persuaded", "Y", "to", "act"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1], deps=["nsubj", "ROOT", "dobj", "aux", "xcomp"],
...           lemmas=["X", "persuade", "Y", "to", "act"])
>>> persuaded_course(doc[1]).text
'act'
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.persuasion import attempt_head
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.words import word_list

__all__ = ["persuaded_course", "won_over"]

_AGREED = Trigger("AGREE", None, "agreed to")


def persuaded_course(verb):
    """The infinitive naming the course a persuading ``verb`` won its party over to ("persuaded Y to act",
    "was persuaded by X to act"), when the persuasion is not negated; else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "did", "not", "persuade", "Y", "to", "act"], heads=[3, 3, 3, 3, 3, 6, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj", "aux", "xcomp"],
    ...           lemmas=["X", "do", "not", "persuade", "Y", "to", "act"])
    >>> persuaded_course(doc[3]) is None
    True
    """
    if lemma_of(verb) not in word_list("persuading_verbs") or any(c.dep_ == "neg" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and any(
        a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)), None)


def won_over(c, found: list[Found]) -> list[Found]:
    """``found`` (the events read from candidate ``c``), with the persuaded party's agreement to the persuader
    added after an asserted asking by a persuading verb that names a course (:func:`persuaded_course`) and
    is not merely tried or failed.

    Examples
    --------
    >>> won_over(None, [])
    []
    """
    if len(found) != 1 or c.kind != "verb":
        return found
    asked = found[0]
    if (asked.trig.type != "REQUEST" or asked.certainty != "asserted" or not asked.actors or not asked.recips
            or persuaded_course(c.head) is None or attempt_head(c.head) is not None):
        return found
    parties = [r for r in asked.recips if r not in asked.actors]
    if not parties:
        return found
    return [asked, Found(c, _AGREED, parties, list(asked.actors), asked.location, "asserted")]
