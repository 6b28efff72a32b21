"""Blame told by a speaker: saying another party is responsible for a harm is accusing it.

"Iran said Iraq was responsible for the attack", "Y is to blame for the bombing, X said": a speaker
who says that another party is responsible for a violent or wrongful act (a noun the lexicon reads as
ASSAULT or COERCE, or a noun of the ``wrong`` class: crime, aggression, terrorism) accuses that party
(CAMEO 112, PLOVER ACCUSE). "Responsible for foreign affairs" names a portfolio, not a harm, and is
left alone. The blame must be said as a fact (not negated, hedged, forecast or asked), in the clause
of a speaker other than the blamed party's own side. Saying that another party committed or
perpetrated such a harm ("Y had committed atrocities", "Y committed war crimes"), or made an error
("Y had made a serious mistake"), blames it too.

Holding a party responsible is read in :mod:`graphkit.ingest.events.answerability`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Iran", "said", "Iraq", "was", "responsible", "for", "the", "attack"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4, 7, 5],
...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "prep", "det", "pobj"],
...           pos=["PROPN", "VERB", "PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
...           lemmas=["Iran", "say", "Iraq", "be", "responsible", "for", "the", "attack"])
>>> blamed_for(doc[3]) is not None
True
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.events.violations import reported_charges
from graphkit.ingest.words import word_list

__all__ = ["blamed_for", "committed_harm", "reported_blame"]

#: Verbs of doing a wrong: their object is the harm done ("committed atrocities").
_DOING = frozenset({"commit", "perpetrate"})
#: Verbs of doing by which one makes an error ("made a mistake"); only a noun of the ``wrong`` class
#: is the harm then ("made arrests", "made an attack" are no error of the doer).
_MAKING = frozenset({"make"})
#: The lexicon's types of a harmful act.
_HARMS = frozenset({"ASSAULT", "COERCE"})


def _harm(noun) -> bool:
    """Whether ``noun`` names a violent or wrongful act."""
    lemma = lemma_of(noun)
    trig = lookup_noun(lemma)
    return (trig is not None and trig.type in _HARMS) or lemma in word_list("class_wrong")


def blamed_for(copula):
    """The harm a copular clause says its subject is responsible or to blame for ("Y was responsible for
    the attack", "Y is to blame for the crime"), else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Smith", "is", "responsible", "for", "foreign", "affairs"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 5, 3],
    ...           deps=["nsubj", "ROOT", "acomp", "prep", "amod", "pobj"],
    ...           lemmas=["Smith", "be", "responsible", "for", "foreign", "affair"])
    >>> blamed_for(doc[1]) is None
    True
    """
    if lemma_of(copula) != "be":
        return None
    for pred in copula.children:
        if pred.dep_ == "acomp" and pred.text.lower() == "responsible":
            holder = pred
        elif pred.dep_ == "xcomp" and pred.text.lower() == "blame":
            holder = pred
        else:
            continue
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.text.lower() == "for":
                harm = next((o for o in prep.children if o.dep_ == "pobj" and _harm(o)), None)
                if harm is not None:
                    return harm
    return None


def committed_harm(verb) -> bool:
    """Whether ``verb`` says its subject committed or perpetrated a harm ("Y had committed
    atrocities"); "committed troops" and "committed funds" name no harm.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Y", "committed", "crimes"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN"], lemmas=["Y", "commit", "crime"])
    >>> committed_harm(doc[1])
    True
    """
    if verb.pos_ != "VERB":
        return False
    lemma = lemma_of(verb)
    if lemma in _MAKING:
        return any(o.dep_ == "dobj" and lemma_of(o) in word_list("class_wrong") for o in verb.children)
    return lemma in _DOING and any(o.dep_ == "dobj" and _harm(o) for o in verb.children)


def reported_blame(doc, layer, speaker_of) -> list[Candidate]:
    """The accusations of responsibility for a harm told by a speaker in ``doc`` (see the module):
    candidates of kind ``"speech"`` headed by the copula; ``speaker_of(tok)`` gives the speaker's actors
    and the reporting verb of the clause of ``tok`` (:func:`graphkit.ingest.events.speech.speaker_of`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "said", "Iraq", "was", "responsible", "for", "the", "attack"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4, 7, 5],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "acomp", "prep", "det", "pobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
    ...           lemmas=["Iran", "say", "Iraq", "be", "responsible", "for", "the", "attack"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irn", 2: "irq"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in reported_blame(doc, Layer(), lambda t: (["irn"], doc[1]))]
    [(['irn'], ['irq'])]
    """
    return reported_charges(doc, layer, speaker_of, lambda tok: blamed_for(tok) is not None or committed_harm(tok))
