"""Whom an act is won from: "Washington extracted promises from West Germany and Japan".

An act named by a noun whose maker is its "from" phrase, and which the subject of a verb of obtaining
gets ("extracted promises from X", "obtained assurances from X", "won concessions from X", "secured a
pledge from X"), is made by X to that subject: X promised Washington. The parser hangs the "from"
phrase on the noun or on the verb; either names the maker. (Acts the subject undergoes,
"faced criticism from X", are read by :func:`graphkit.ingest.events.reception.undergoer`.)

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Washington", "extracted", "promises", "from", "Japan"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
...           lemmas=["Washington", "extract", "promise", "from", "Japan"])
>>> class Layer:
...     def at(self, i):
...         return {0: "usa", 4: "jpn"}.get(i)
>>> obtainer(doc[2], Layer())
['usa']
"""
from __future__ import annotations

from graphkit.ingest.events.roles import prep_actors, subject_actors
from graphkit.ingest.events.triggers import lemma_of

__all__ = ["obtainer", "OBTAIN_VERBS"]

#: Verbs of getting something from another party (WordNet's "obtain" and "extort" senses, and "win").
OBTAIN_VERBS = frozenset({"obtain", "get", "win", "secure", "extract", "wring", "wrest", "elicit", "extort",
                          "exact", "gain", "procure", "squeeze", "coax", "glean"})


def obtainer(noun, layer) -> list[str]:
    """The party that gets the act of event noun ``noun`` from its maker: the subject of the verb of
    obtaining whose object ``noun`` is, when the noun names its maker by "from" (see the module); else
    nobody.

    Parameters
    ----------
    noun : Token
        An event noun.
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of str
        Actor ids, not the makers themselves.
    """
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in OBTAIN_VERBS:
        return []
    makers = prep_actors(noun, layer, {"from"}) or prep_actors(verb, layer, {"from"})  # either may carry it
    return [a for a in subject_actors(verb, layer) if a not in makers] if makers else []
