"""Blame told by a speaker: saying another party is responsible for a harm is accusing it.

"Iran said Iraq was responsible for the attack", "Y is to blame for the bombing, X said": a speaker
who says that another party is responsible for a violent or wrongful act (a noun the lexicon reads as
ASSAULT or COERCE, or a noun of the ``wrong`` class: crime, aggression, terrorism) accuses that party
(CAMEO 112, PLOVER ACCUSE). "Responsible for foreign affairs" names a portfolio, not a harm, and is
left alone. The blame must be said as a fact (not negated, hedged, forecast or asked), in the clause
of a speaker other than the blamed party's own side. Saying that another party committed or
perpetrated such a harm ("Y had committed atrocities", "Y committed war crimes"), or made an error
("Y had made a serious mistake"), blames it too.

To hold a party responsible, accountable or answerable (for an act or none) is to blame it: "X held Y
responsible for the bombing", "X holds Y accountable" is X's ACCUSE of Y (:func:`held_to_blame`), read
whatever the parser made of the predicate adjective (an object complement, a clause or an adverbial).

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

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.judgements import hedged
from graphkit.ingest.events.lexicon import Trigger, lookup_noun
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.events.violations import reported_charges
from graphkit.ingest.words import word_list

__all__ = ["blamed_for", "committed_harm", "held_to_blame", "reported_blame", "ANSWERABLE"]

#: Verbs of doing a wrong: their object is the harm done ("committed atrocities").
_DOING = frozenset({"commit", "perpetrate"})
#: Verbs of doing by which one makes an error ("made a mistake"); only a noun of the ``wrong`` class
#: is the harm then ("made arrests", "made an attack" are no error of the doer).
_MAKING = frozenset({"make"})
#: Adjectives of answerability for an act (WordNet responsible.a.02 "being the agent or cause",
#: accountable.a.01, answerable, liable, culpable): to hold a party so is to blame it.
ANSWERABLE = frozenset({"responsible", "accountable", "answerable", "liable", "culpable", "guilty"})
#: Where the parser puts the adjective of "held Y responsible".
_PRED_DEPS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "advcl"})
_HELD = Trigger("ACCUSE", None, "blamed")
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


def held_to_blame(verb, layer) -> Candidate | None:
    """The ACCUSE of "X held Y responsible (for Z)", "Y was held accountable by X": a candidate of kind
    ``"appraisal"`` headed by ``verb`` whose ``extra["recipients"]`` are the actors of Y; None for any
    other use of "hold", for a negated or forecast one ("will hold"), or when Y is of the holder's own side.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "held", "Iraq", "responsible"], heads=[1, 1, 1, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "oprd"], pos=["PROPN", "VERB", "PROPN", "ADJ"],
    ...           lemmas=["Iran", "hold", "Iraq", "responsible"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irn", 2: "irq"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> held_to_blame(doc[1], Layer()).extra["recipients"]
    ['irq']
    """
    if lemma_of(verb) != "hold" or any(c.dep_ == "neg" for c in verb.children) or hedged(verb):
        return None  # "would hold Y responsible for any attack" warns; it blames nobody yet
    pred = next((c for c in verb.children if c.dep_ in _PRED_DEPS and c.text.lower() in ANSWERABLE
                 and not any(g.dep_ == "neg" for g in c.children)), None)
    if pred is None:
        return None
    target = next((c for c in pred.children if c.dep_ == "nsubj"), None)
    if target is None:
        target = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is None:
        return None
    speakers = own_side(subject_actors(verb, layer), layer)
    recips = [r for r in dict.fromkeys(np_actors(target, layer)) if r not in speakers]
    return Candidate(_HELD, verb, pred, pred, "appraisal", extra={"recipients": recips}) if recips else None


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
