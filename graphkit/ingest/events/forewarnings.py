"""Warnings of what another party will do: a criticism of that party or a forecast, not a threat.

A warning threatens when the speaker is the one who will act ("warned that it would retaliate") or
when it is addressed to the party it menaces ("warned Japan that ..."). When the clause of a warning
says what *another* party will do and no one is addressed, the speaker does nothing to anyone:

* foretelling that the other party will use force or coercion ("Iran warned that Iraq would attack
  Kuwait", an act of PLOVER ASSAULT, COERCE, SANCTION or MOBILIZE) or do harm (a verb of strong negative
  valence in VADER's human ratings: "warned the Tories would ruin the economy") reproaches that party
  for it: the speaker's criticism (PLOVER ACCUSE), whose recipient the roles read as the clause's subject;
* foretelling anything else ("warned that European trading partners may resist the turn") is a
  forecast, no act (:func:`warned_of_others`), as a warning that foretells what a thing will do is
  (:func:`graphkit.ingest.events.voice.only_cautions`).

A passive clause ("warned the army could be called in") names whom the act befalls, not who acts,
and is left to the threat reading.

A warning addressed to a party whose clause says what must be done ("warned Tokyo its promised package
must be significant", "warned Japan that it had to open its markets") demands it of that party (PLOVER
REQUEST), as "X said Y must ..." does (:mod:`graphkit.ingest.events.demands`); it threatens only when the
clause names a hostile act ("must open its markets or face sanctions", :func:`admonished`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.ingest.events.lexicon import Trigger
>>> from graphkit.ingest.events.triggers import Candidate
>>> words = ["Iran", "warned", "that", "Iraq", "would", "attack", "Kuwait"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 5],
...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj"],
...           lemmas=["Iran", "warn", "that", "Iraq", "would", "attack", "Kuwait"])
>>> layer = ActorLayer(token_actor={0: "irn", 3: "irq", 6: "kwt"})
>>> warning = Candidate(Trigger("THREATEN", None, "threatened"), doc[1], doc[1], doc[1], "verb")
>>> attack = Candidate(Trigger("ASSAULT", None, "attacked"), doc[5], doc[5], doc[5], "verb")
>>> [c.trig.type for c in warned_of_others([warning, attack], layer)]
['ACCUSE', 'ASSAULT']
>>> words = ["Iran", "warned", "that", "Iraq", "would", "resist", "it"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 5],
...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj"],
...           lemmas=["Iran", "warn", "that", "Iraq", "would", "resist", "it"])
>>> warning = Candidate(Trigger("THREATEN", None, "threatened"), doc[1], doc[1], doc[1], "verb")
>>> rejection = Candidate(Trigger("REJECT", None, "rejected"), doc[5], doc[5], doc[5], "verb")
>>> [c.trig.type for c in warned_of_others([warning, rejection], layer)]  # a forecast of Iraq's conduct
['REJECT']
"""
from __future__ import annotations

import dataclasses

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.demands import forecast
from graphkit.ingest.events.lexicon import Trigger, lookup_verb
from graphkit.ingest.events.menaces import HOSTILE_TYPES, hostile_noun
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.speech_valence import polarity
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.events.verbal import CRITICISED

__all__ = ["warned_of_others", "other_doers", "admonished"]

#: Verbs of warning (WordNet warn.v.01 "notify of danger", caution.v.01).
_WARNING = frozenset({"warn", "caution"})
#: Pronouns that stand for the speaker in a warning's clause ("warned that we would act").
_SPEAKER = frozenset({"i", "we"})
#: Material conflict (PLOVER): foretold of another party, the act reproaches it.
_FORCE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
#: Dependencies of an addressee of a warning ("warned Japan that ...", "warned the U.S. against ...").
_ADDRESSEE = frozenset({"dobj", "dative", "iobj"})
#: Modals of obligation ("must", "ought to"); "should" may forecast ("the package should be ready").
_OBLIGING = frozenset({"must", "ought"})
_URGED = Trigger("REQUEST", None, "urged")


def other_doers(verb, layer) -> list[str]:
    """The actors that the content clause of warning ``verb`` says will act, when they are not the
    speaker's side and the warning is addressed to no one; else an empty list.

    Parameters
    ----------
    verb : Token
        A verb of warning.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    list of str
        Actor ids of the clause's subject.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> doc = Doc(Vocab(), words=["Iran", "warned", "it", "would", "retaliate"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["Iran", "warn", "it", "would", "retaliate"])
    >>> other_doers(doc[1], ActorLayer(token_actor={0: "irn"}))
    []
    """
    if lemma_of(verb) not in _WARNING:
        return []
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    objs = [c for c in verb.children if c.dep_ in _ADDRESSEE]
    if clause is None or objs and not (len(objs) == 1 and _lost_subject(objs[0], clause)):
        return []  # "warned Japan that ...": addressed to the party menaced
    speakers = subject_actors(verb, layer)
    if not speakers:
        return []
    subj = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None) or (objs or [None])[0]
    if subj is None or subj.pos_ == "PRON" or subj.text.lower() in _SPEAKER or any(
            c.dep_ == "auxpass" for c in clause.children):
        return []  # "warned that it would retaliate": the speaker's own act, a threat
    doers = np_actors(subj, layer) if layer.at(subj.i) else []  # a party, not "U.S. rates"
    return doers if doers and not set(doers) & own_side(speakers, layer) else []


def _lost_subject(obj, clause) -> bool:
    """Whether object ``obj`` of a warning is the subject of its complement ``clause`` that the parser took
    for the warning's object ("warned the Tories would wreck the economy"): a finite clause needs a subject,
    so a clause with a modal or a tense but no subject of its own, right after the object, has lost it."""
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ == "aux" for a in clause.children)
    return (finite and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children)
            and obj.right_edge.i + 1 == clause.left_edge.i)


def _obliges(clause) -> bool:
    """Whether content ``clause`` states an obligation: "must"/"ought to", "has to"/"needs to" (its head
    "have"/"need" with an infinitive), or a "should" that forecasts nothing (:func:`demands.forecast`)."""
    auxes = {a.text.lower() for a in clause.children if a.dep_ == "aux"}
    if auxes & _OBLIGING or (lemma_of(clause) in ("have", "need") and not auxes and any(
            x.dep_ == "xcomp" for x in clause.children) and not any(x.dep_ == "dobj" for x in clause.children)):
        return True
    return "should" in auxes and not forecast(clause)


def _hostile_clause(clause) -> bool:
    """Whether ``clause`` names a hostile act: a hostile noun (:func:`menaces.hostile_noun`) or a verb of
    PLOVER SANCTION, ASSAULT, COERCE or THREATEN ("must open its markets or face sanctions")."""
    for t in clause.subtree:
        if t.pos_ == "VERB" and (trig := lookup_verb(lemma_of(t))) is not None and (
                trig.type in HOSTILE_TYPES | {"THREATEN"}):
            return True
        if hostile_noun(t):
            return True
    return False


def admonished(verb, layer) -> bool:
    """Whether warning ``verb`` is addressed to a party (an actor object) and its content clause says what
    must be done, naming no hostile act: a demand on that party, no threat (see the module).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> words = ["US", "warned", "Tokyo", "it", "must", "open", "markets"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "dobj"],
    ...           lemmas=["US", "warn", "Tokyo", "it", "must", "open", "market"])
    >>> admonished(doc[1], ActorLayer(token_actor={0: "usa", 2: "jpn"}))
    True
    >>> admonished(doc[1], ActorLayer(token_actor={0: "usa"}))  # addressed to no party
    False
    """
    if lemma_of(verb) not in _WARNING:
        return False
    objs = [c for c in verb.children if c.dep_ in _ADDRESSEE]
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(layer.at(t.i) for o in objs for t in o.subtree) or any(
            _lost_subject(o, clause) for o in objs):
        return False
    return _obliges(clause) and not _hostile_clause(clause)


def warned_of_others(cands: list, layer) -> list:
    """The candidates, a threat read from a warning of what another party will do (see the module)
    retyped as the speaker's criticism when that party's act is one of force or coercion, and dropped
    when it is not; a warning that admonishes its addressee (:func:`admonished`) retyped as a demand on
    it, without its "X said Y must" twin; other candidates unchanged.

    Parameters
    ----------
    cands : list of Candidate
        The trigger candidates of a document.
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of Candidate
        The candidates, in order.
    """
    types = {c.head.i: c.trig.type for c in cands if c.kind in ("verb", "light")}
    urged = {c.head.i for c in cands if c.kind == "verb" and c.trig.type == "THREATEN" and admonished(c.head, layer)}
    out = []
    for c in cands:
        if c.head.i in urged:  # "warned Tokyo its package must be significant": a demand on Tokyo
            if c.kind == "verb":
                out.append(dataclasses.replace(c, trig=_URGED))
            continue  # its "X said Y must" reading is this demand
        if c.kind == "verb" and c.trig.type == "THREATEN" and other_doers(c.head, layer):
            clause = next(k for k in c.head.children if k.dep_ == "ccomp")
            if types.get(clause.i) not in _FORCE and polarity(lemma_of(clause)) >= 0:
                continue  # "warned that partners may resist": a forecast of another's conduct
            c = dataclasses.replace(c, trig=CRITICISED)
        out.append(c)
    return out
