"""Acts done to one another: a reciprocal object makes each doer the other's recipient.

"The U.S. and Brazil blamed one another", "Iran and Iraq accused each other of violating the
truce", "the two leaders praised each other": a reciprocal pronoun as the object of a directed act
says that each doer did the act to each other doer, so the act goes both ways. The roles read the
first doer as the actor and the others as its recipients (:mod:`graphkit.ingest.events.arguments`);
the reverse directions are added here, each doer once as the actor with all the others as its
recipients (:func:`graphkit.ingest.events.mutuality.by_doer`).

Examples
--------
>>> from types import SimpleNamespace
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> doc = Doc(Vocab(), words=["X", "and", "Y", "blamed", "each", "other"], heads=[3, 0, 0, 3, 5, 3],
...           deps=["nsubj", "cc", "conj", "ROOT", "det", "dobj"])
>>> cand = SimpleNamespace(kind="verb", head=doc[3])
>>> found = Found(cand, Trigger("ACCUSE", None, "blamed"), ["x"], ["y"], None, "asserted")
>>> [(f.actors, f.recips) for f in both_ways(cand, [found])]
[(['x'], ['y']), (['y'], ['x'])]
"""
from __future__ import annotations

from graphkit.ingest.events.mutuality import by_doer, each_way
from graphkit.ingest.events.parties import reciprocal_object
from graphkit.ingest.events.readings import Found

__all__ = ["both_ways"]


def both_ways(c, found: list[Found]) -> list[Found]:
    """The events ``found`` for candidate ``c``, with the other directions of an act whose verb has a
    reciprocal object (see the module); other events unchanged.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["X", "blamed", "Y"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> cand = SimpleNamespace(kind="verb", head=doc[1])
    >>> found = Found(cand, Trigger("ACCUSE", None, "blamed"), ["x"], ["y"], None, "asserted")
    >>> [(f.actors, f.recips) for f in both_ways(cand, [found])]
    [(['x'], ['y'])]
    """
    if getattr(c, "kind", None) != "verb" or not reciprocal_object(c.head):
        return found
    out: list[Found] = []
    for f in found:
        if len(f.actors) != 1 or not f.recips:
            out.append(f)
            continue
        out.extend(f._replace(actors=a, recips=b) for a, b in by_doer(each_way([*f.actors, *f.recips])))
    return out
