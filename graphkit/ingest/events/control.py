"""Control: who does what a clause without a subject of its own says, read from the verb above it.

Two facts of English grammar, each read from the parse:

- a verb that takes an object and an infinitive ("prompted Greyhound to threaten", "induced Japan to
  impose") hands the infinitive to its object when its argument structure says so: WordNet 3.0 gives
  such senses the sentence frame "Somebody ----s somebody to INFINITIVE" (``data/words/object_control_verbs.txt``,
  grown by ``tools/grow_control_verbs.py``) -- the object is the doer (:func:`object_controllers`);
- a finite verb ("flew", "welcomes") cannot share the "to" of an infinitive or the bare form of a
  subjunctive it is coordinated with: "Egypt allowed the soldiers to stay and flew them to Cairo" --
  "flew" is coordinated with "allowed", whatever the parser says (:func:`finite_partner`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Egypt", "allowed", "soldiers", "to", "stay", "and", "flew", "them"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4, 4, 6],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "conj", "dobj"],
...           tags=["NNP", "VBD", "NNS", "TO", "VB", "CC", "VBD", "PRP"],
...           pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "CCONJ", "VERB", "PRON"])
>>> finite_partner(doc[6]).text
'allowed'
"""
from __future__ import annotations

from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.words import word_list

__all__ = ["object_controllers", "finite_partner"]

#: Tags of finite verb forms that are never a bare infinitive (VBP is: "seek" after "to").
_FINITE = frozenset({"VBD", "VBZ"})
#: Tags of the verb forms that head a finite clause.
_FINITE_CLAUSE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def object_controllers(verb, layer) -> list[str]:
    """The actors the object of the verb above names, when that verb hands its infinitive complement
    ``verb`` to its object (WordNet's frame "Somebody ----s somebody to INFINITIVE"); else nothing.

    Only objects that name actors count: "used its veto to block" names none, and the caller keeps
    its own reading.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["USA", "induced", "Japan", "to", "impose", "sanctions"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
    ...           lemmas=["USA", "induce", "Japan", "to", "impose", "sanction"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "usa", 2: "japan"}.get(i)
    >>> object_controllers(doc[4], Layer())
    ['japan']
    >>> object_controllers(doc[1], Layer())  # no infinitive complement
    []
    """
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or _lemma(head) not in word_list("object_control_verbs"):
        return []
    if not any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children):
        return []
    return [a for o in head.children if o.dep_ in ("dobj", "dative") for a in np_actors(o, layer)]


def _nonfinite(verb) -> bool:
    """Whether ``verb`` is an infinitive ("to stay") or a bare subjunctive ("that Japan do more")."""
    if verb.tag_ != "VB":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.text.lower() == "to" for a in auxes) or not auxes


def finite_partner(verb):
    """The verb a finite conjunct without a subject of its own is coordinated with, when the parser has
    hung it on an infinitive or subjunctive it cannot share a form with ("allowed the soldiers to stay and
    flew them": "allowed"); None otherwise.

    The partner is the nearest verb above the infinitive that heads a finite clause (or the copula of a
    predicate adjective: "were concerned that Japan do more and welcomed ...": "were").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "will", "meet", "Iraq", "and", "signed", "it"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 2, 2, 5],
    ...           deps=["nsubj", "aux", "ROOT", "dobj", "cc", "conj", "dobj"],
    ...           tags=["NNP", "MD", "VB", "NNP", "CC", "VBD", "PRP"])
    >>> finite_partner(doc[5]) is None  # a modal's verb: finite verb phrases coordinated
    True
    """
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    cur = verb.head
    if not _nonfinite(cur):
        return None
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acomp"):
            return None
        cur = cur.head
        if cur.pos_ == "ADJ" and cur.dep_ == "acomp":  # "were concerned that ..."
            cur = cur.head
        if cur.tag_ in _FINITE_CLAUSE or any(c.dep_ == "aux" and c.tag_ in _FINITE_CLAUSE for c in cur.children):
            return cur if cur.pos_ in ("VERB", "AUX") else None
    return None
