"""The side an act was aimed at, when that side met it with an act of the same kind.

"Iraqi forces repulsed an Iranian attack": Iran attacked and Iraq fought it off, two acts
(:func:`graphkit.ingest.events.authors.opposed`). The act the object names was aimed at the one who
met it: Iran attacked Iraq. So the subject of a verb whose object is an act of the same PLOVER category,
done by another side, is that act's recipient (:func:`resisted_party`): "its troops repelled an overnight
attack by Iranian Revolutionary Guards" -- the Guards attacked Iraq.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Iraq", "repelled", "an", "attack", "by", "Iran"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
...           lemmas=["Iraq", "repel", "an", "attack", "by", "Iran"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "irq", 5: "irn"}.get(i)
>>> resisted_party(doc[3], "ASSAULT", Layer())
['irq']
"""
from __future__ import annotations

from graphkit.ingest.events.authors import opposed
from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.ingest.events.nominal import own_doers
from graphkit.ingest.events.roles import subject_actors

__all__ = ["resisted_party"]


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def resisted_party(noun, type_: str, layer) -> list[str]:
    """The actors an act named by ``noun`` was aimed at, when they met it with an act of the same kind.

    Parameters
    ----------
    noun : spacy.tokens.Token
        An event noun of PLOVER category ``type_``.
    type_ : str
        The category of the act ``noun`` names.
    layer : ActorLayer
        The actors of the article.

    Returns
    -------
    list of str
        The subject's actors when ``noun`` is the direct object of a verb that the lexicon reads, with
        that object, as an act of the same category, and the noun's own words name doers the subject is
        not ("Iraq repelled an attack by Iran": Iraq); else empty ("Iraq condemned an attack by Iran":
        a condemnation is no attack; "Iran launched an attack": no act of the same kind).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iraq", "condemned", "an", "attack", "by", "Iran"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Iraq", "condemn", "an", "attack", "by", "Iran"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irq", 5: "irn"}.get(i)
    >>> resisted_party(doc[3], "ASSAULT", Layer())
    []
    """
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", ""):
        return []
    verb = noun.head
    sense = lookup_verb(_lemma(verb), obj=[_lemma(noun)])
    if sense is None or sense.type != type_ or not opposed(noun, own_doers(noun, layer), layer):
        return []
    return subject_actors(verb, layer)
