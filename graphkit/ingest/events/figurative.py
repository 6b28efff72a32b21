"""Acts named only in a comparison, or by a verb used in a figurative sense, are no events.

"Making him responsible was a little like killing the messenger", "they acted as if they had
won the war", "it was like a war": what "like", "as if" or "as though" brings in is a likeness
the writer draws, nothing that happened. :func:`in_comparison` tells a trigger so placed.

An attack hits people, places or things, and a meeting or a visit is with people: a verb of those
senses whose object names an abstraction (an idea, a feeling, a state, an amount, a holding:
``data/words/abstract_nouns.txt``, grown from WordNet) is used in another sense: "the desire has been
met" (satisfied), "targeted a surplus" (aimed at). :func:`abstract_patient` tells such a verb, unless
its object is itself an act ("attended the talks") or the lexicon gives the verb a sense for that
object ("attacked the policy": criticised). Nor does one attack a happening that is no fight (an act,
event, state or abstraction: ``data/words/happening_nouns.txt``, grown from WordNet): "fought off a
takeover bid", "targeted tax changes", "fight the election"; an attack on a march, a strike or a
rebellion is one on the people who do it, and stays.

An attack, or an act of force, is done by people, or by the weapons and forces they use: such a verb
whose doer (its subject, or the "by" phrase of its passive) is a happening that is no attack is used in
the sense "affect": "GM was hit by a six-day national strike", "the recession hit exporters", "fires
destroyed 13,000 hectares of forest". :func:`happening_doer` tells such a verb, unless the lexicon
reads the doer, with its modifiers, as an attack or an act of force ("hit by an air strike") or the
doer is a number of attacks ("a wave of attacks").
A protest march goes to a place ("marched to the parliament building", "towards the embassy"); a
march whose goal is a happening or a state ("West Germany's stubborn march toward higher interest
rates", "Labour's march to victory", "the march towards war") is progress, no protest:
:func:`march_to_a_state` tells it. :func:`figurative` tells any of these.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["it", "was", "like", "killing", "the", "messenger"],
...           heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "prep", "pcomp", "det", "dobj"])
>>> in_comparison(doc[3])
True
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.words import word_list

__all__ = ["in_comparison", "abstract_patient", "happening_doer", "march_to_a_state", "figurative"]

#: Prepositions of likeness: their object is a comparison ("like killing the messenger").
_LIKENESS = frozenset({"like"})
#: Subordinators that, after "as", bring in an unreal likeness ("as if", "as though").
_UNREAL_AFTER_AS = frozenset({"if", "though"})
#: Verbs of meeting whose object is the party met ("met the minister", "visited Japan"), as against
#: those whose object is the topic ("discussed the proposal", "renegotiated the debt").
_MEETING_VERBS = frozenset({"meet", "visit", "host", "consult", "receive", "greet", "see"})
#: Objects of a verb: the direct object, or the subject of its passive ("the desire has been met").
_PATIENTS = ("dobj", "nsubjpass")
#: Acts done by force: an act of these done by a happening ("fires destroyed the forest") is done by none.
_FORCIBLE = frozenset({"ASSAULT", "COERCE"})
#: Acts people in conflict do: an attack on one of these is one on its doers ("police attacked the march").
_FOUGHT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST"})
#: Prepositions of the goal of a march ("marched to", "the march towards").
_GOAL_PREPS = frozenset({"to", "toward", "towards"})
#: Dependents of a noun that modify what it names ("a national strike", "falling prices").
_MODIFIERS = ("amod", "compound", "nmod")


def in_comparison(tok) -> bool:
    """Whether ``tok`` is the object of "like" or the verb of an "as if/as though" clause.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A trigger: a verb or an event noun.

    Returns
    -------
    bool
        True when the trigger names only a likeness.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["they", "acted", "as", "if", "they", "won"],
    ...           heads=[1, 1, 5, 5, 5, 1], deps=["nsubj", "ROOT", "mark", "mark", "nsubj", "advcl"])
    >>> in_comparison(doc[5]), in_comparison(doc[1])
    (True, False)
    >>> doc = Doc(Vocab(), words=["rebels", "killed", "like", "soldiers"],
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"])
    >>> in_comparison(doc[1])
    False
    """
    if tok.dep_ in ("pcomp", "pobj") and tok.head.dep_ == "prep" and tok.head.text.lower() in _LIKENESS:
        return True
    if tok.dep_ != "advcl":
        return False
    marks = [c.text.lower() for c in tok.children if c.dep_ == "mark"]
    return "as" in marks and any(m in _UNREAL_AFTER_AS for m in marks)


def abstract_patient(c, layer=None) -> bool:
    """Whether candidate ``c`` is a verb of attacking, or of meeting a party, whose object names an
    abstraction ("targeted a surplus", "the desire has been met": see the module).

    Parameters
    ----------
    c : object
        A trigger candidate with ``kind`` ("verb", ...), ``head`` (the verb token) and ``trig``
        (its :class:`~graphkit.ingest.events.lexicon.Trigger`).
    layer : ActorLayer, optional
        The actor stage's result: an object an actor stands for is a party.

    Returns
    -------
    bool
        True when the verb is used in a sense that is no act between parties.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["Korea", "targeted", "a", "surplus"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Korea", "target", "a", "surplus"])
    >>> abstract_patient(SimpleNamespace(kind="verb", head=doc[1], trig=Trigger("ASSAULT", None, "attacked")))
    True
    >>> doc = Doc(Vocab(), words=["Iraq", "targeted", "a", "tanker"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Iraq", "target", "a", "tanker"])
    >>> abstract_patient(SimpleNamespace(kind="verb", head=doc[1], trig=Trigger("ASSAULT", None, "attacked")))
    False
    """
    if c.kind != "verb" or not (c.trig.type == "ASSAULT" or (
            c.trig.type == "CONSULT" and lemma_of(c.head) in _MEETING_VERBS)):
        return False
    obj = next((t for t in c.head.children if t.dep_ in _PATIENTS), None)
    if obj is None or obj.ent_type_ or obj.pos_ == "PROPN" or (layer is not None and layer.at(obj.i)):
        return False  # a name, or a noun an actor stands for ("pushed Iranian forces out")
    noun = lemma_of(obj)
    if lookup_verb(lemma_of(c.head), obj={noun}, bare=False) is not None:
        return False  # the lexicon's own sense for this object ("attacked the policy": criticised)
    if noun in word_list("abstract_nouns") and lookup_noun(noun) is None:
        return True
    return (c.trig.type == "ASSAULT" and lemma_of(_content(obj)) in word_list("happening_nouns")
            and not _conflict_noun(obj, _FOUGHT))


def _doer_noun(verb):
    """The noun that does what ``verb`` tells: the object of its passive's "by" phrase, else its subject."""
    agent = next((t for t in verb.children if t.dep_ == "agent"), None)
    if agent is not None:
        return next((t for t in agent.children if t.dep_ == "pobj"), None)
    return next((t for t in verb.children if t.dep_ == "nsubj"), None)


def _of_objects(noun) -> list:
    """The objects of the "of" phrases of ``noun``."""
    return [g for t in noun.children if t.dep_ == "prep" and t.text.lower() == "of"
            for g in t.children if g.dep_ == "pobj"]


def _content(noun):
    """What ``noun`` counts or measures: the object of its "of" phrase, followed down ("scores of refugees",
    "a wave of selling"), else the noun itself."""
    of = _of_objects(noun)
    return _content(of[0]) if of else noun


def _conflict_noun(noun, types) -> bool:
    """Whether the lexicon reads ``noun``, with its modifiers and "of" object, as an act of one of ``types``."""
    mods = {lemma_of(t) for t in noun.children if t.dep_ in _MODIFIERS}
    of = _of_objects(noun)
    trig = lookup_noun(lemma_of(noun), mod=mods, obj={lemma_of(g) for g in of})
    return (trig is not None and trig.type in types) or any(_conflict_noun(g, types) for g in of)


def happening_doer(c, layer=None) -> bool:
    """Whether candidate ``c`` is a verb of attacking whose doer is a happening that is no attack
    ("GM was hit by a strike": see the module).

    Parameters
    ----------
    c : object
        A trigger candidate with ``kind``, ``head`` (the verb token) and ``trig``.
    layer : ActorLayer, optional
        The actor stage's result: a doer an actor stands for is a party.

    Returns
    -------
    bool
        True when the verb says only that something affected its object.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["GM", "was", "hit", "by", "a", "strike"], heads=[2, 2, 2, 2, 5, 3],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "agent", "det", "pobj"],
    ...           lemmas=["GM", "be", "hit", "by", "a", "strike"])
    >>> happening_doer(SimpleNamespace(kind="verb", head=doc[2], trig=Trigger("ASSAULT", None, "attacked")))
    True
    >>> doc = Doc(Vocab(), words=["GM", "was", "hit", "by", "rebels"], heads=[2, 2, 2, 2, 3],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"], lemmas=["GM", "be", "hit", "by", "rebel"])
    >>> happening_doer(SimpleNamespace(kind="verb", head=doc[2], trig=Trigger("ASSAULT", None, "attacked")))
    False
    """
    if c.kind != "verb" or c.trig.type not in _FORCIBLE:
        return False
    doer = _doer_noun(c.head)
    if doer is None or doer.ent_type_ or doer.pos_ == "PROPN" or (layer is not None and layer.at(doer.i)):
        return False  # a name, or a noun an actor stands for
    return lemma_of(_content(doer)) in word_list("happening_nouns") and not _conflict_noun(doer, _FORCIBLE)


def march_to_a_state(c, layer=None) -> bool:
    """Whether candidate ``c`` is a protest march whose goal is a happening or a state, not a place
    ("the march toward higher interest rates": see the module).

    Parameters
    ----------
    c : object
        A trigger candidate with ``kind``, ``head`` (the verb or noun token) and ``trig``.
    layer : ActorLayer, optional
        The actor stage's result: a goal an actor stands for is a place or a party.

    Returns
    -------
    bool
        True when the march is figurative.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["their", "march", "to", "victory"], heads=[1, 1, 1, 2],
    ...           deps=["poss", "ROOT", "prep", "pobj"], lemmas=["their", "march", "to", "victory"])
    >>> march_to_a_state(SimpleNamespace(kind="noun", head=doc[1], trig=Trigger("PROTEST", None, "protested")))
    True
    """
    if c.trig.type != "PROTEST" or lemma_of(c.head) != "march":
        return False
    goals = [o for p in c.head.children if p.dep_ == "prep" and p.text.lower() in _GOAL_PREPS
             for o in p.children if o.dep_ == "pobj"]
    return bool(goals) and all(
        not (g.ent_type_ or g.pos_ == "PROPN" or (layer is not None and layer.at(g.i)))
        and (lemma_of(g) in word_list("happening_nouns") or lemma_of(g) in word_list("abstract_nouns")
             or lookup_noun(lemma_of(g)) is not None) for g in goals)


def figurative(c, layer=None) -> bool:
    """Whether candidate ``c`` names an act only in a comparison (:func:`in_comparison`) or by a verb
    in a figurative sense (:func:`abstract_patient`, :func:`happening_doer`).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["it", "was", "like", "killing", "the", "messenger"],
    ...           heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "prep", "pcomp", "det", "dobj"])
    >>> figurative(SimpleNamespace(kind="verb", head=doc[3], trig=Trigger("ASSAULT", None, "killed")))
    True
    """
    return ((c.kind in ("verb", "light", "noun") and in_comparison(c.head)) or abstract_patient(c, layer)
            or happening_doer(c, layer) or march_to_a_state(c, layer))
