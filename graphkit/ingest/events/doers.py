"""Doers a clause does not give as its subject, read from what surrounds it.

After the roles of each candidate act are read (:func:`~graphkit.ingest.events.arguments.event_roles`),
three general facts of news writing give a doer the clause itself lacks:

- "Y is to blame, X said": a verdict of blame is the speaker's accusation of the one blamed
  (:func:`~graphkit.ingest.events.attribution.blamed_party`);
- in quoted words the speaker is "I" and "we": an act with no doer in a quote is the speaker's
  (:func:`~graphkit.ingest.events.speech.first_person_speaker`);
- "an attack by rebels killed ten": an event noun as subject brings its own doer
  (:func:`~graphkit.ingest.events.nominal.cause_doers`), and, when the verb names no party it hit, the
  act's own target: "Israeli raids on Lebanon killed five people" hit Lebanon (:func:`cause_targets`);
  the same holds when the act is the noun a relative clause is about: "the Iraqi attack on the U.S.
  frigate Stark, which killed 37 seamen" hit the United States (:func:`relative_cause_targets`).
"""
from __future__ import annotations

from graphkit.ingest.events import speech as _speech
from graphkit.ingest.events.attribution import blamed_party
from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.nominal import cause_doers
from graphkit.ingest.events.nominal_roles import patient_objects
from graphkit.ingest.events.patients import patient_nations
from graphkit.ingest.events.phrases import np_actors

__all__ = ["fill_doers", "cause_targets", "relative_cause_targets"]

#: Relative pronouns that stand for the noun of their clause as its subject ("an attack which killed ten").
_RELATIVE_SUBJECTS = frozenset({"which", "that"})


def cause_targets(verb, layer) -> list[str]:
    """The parties the act that is the subject of ``verb`` is done to, as its words name them: "raids on
    Lebanon", "attacks on Iranian cities".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["raids", "on", "Lebanon", "killed", "five"]
    >>> doc = Doc(Vocab(), words=words, heads=[3, 0, 1, 3, 3], deps=["nsubj", "prep", "pobj", "ROOT", "dobj"],
    ...           pos=["NOUN", "ADP", "PROPN", "VERB", "NUM"], lemmas=["raid", "on", "Lebanon", "kill", "five"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "lebanon" if i == 2 else None
    >>> cause_targets(doc[3], Layer())
    ['lebanon']
    """
    out: list[str] = []
    for s in verb.children:
        if s.dep_ == "nsubj" and s.pos_ == "NOUN":
            out += [a for o in patient_objects(s) for a in np_actors(o, layer)] + patient_nations(s, layer)
    return list(dict.fromkeys(out))


def relative_cause_targets(verb, layer) -> list[str]:
    """The parties hit by the act a relative clause's subject stands for: in "the attack on the frigate
    Stark which killed 37 seamen" the killing was done by the attack, so to whom the attack was done.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["a", "raid", "on", "Lebanon", "which", "killed", "five"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 5, 1, 5],
    ...           deps=["det", "ROOT", "prep", "pobj", "nsubj", "relcl", "dobj"],
    ...           pos=["DET", "NOUN", "ADP", "PROPN", "PRON", "VERB", "NUM"],
    ...           lemmas=["a", "raid", "on", "Lebanon", "which", "kill", "five"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "lebanon" if i == 3 else None
    >>> relative_cause_targets(doc[5], Layer())
    ['lebanon']
    """
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.i > verb.i or not any(
            s.dep_ == "nsubj" and s.text.lower() in _RELATIVE_SUBJECTS for s in verb.children):
        return []
    if (noun.lemma_ or noun.text).lower() not in load_lexicon()["N"]:
        return []
    out = [a for o in patient_objects(noun) for a in np_actors(o, layer)] + patient_nations(noun, layer)
    return list(dict.fromkeys(out))


def fill_doers(cands: list, roles: list, layer, quotes: list, speakers: dict) -> None:
    """Give the acts of ``cands`` the doers their surroundings name (see the module); ``roles``
    (``(actors, recipients)`` or None per candidate) is updated in place, in the order above.

    Examples
    --------
    >>> fill_doers([], [], None, [], {})  # no candidate: nothing to do
    """
    for n, c in enumerate(cands):
        if c.kind == "verb" and (blamed := blamed_party(c.head, layer)) is not None:
            said_by = _speech.speaker_of(c.head, layer, speakers)[0]  # "Y is to blame, X said"
            roles[n] = (said_by, [b for b in blamed if b not in said_by]) if said_by and blamed else None
    for n, c in enumerate(cands):
        role = roles[n]
        if role is not None and not role[0] and (speaker := _speech.first_person_speaker(c, quotes, speakers)):
            roles[n] = ([speaker], [r for r in role[1] if r != speaker])
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or c.kind != "verb" or not (doers := cause_doers(c.head, layer)):
            continue
        actors = role[0] or doers  # "an attack by rebels killed ten"
        recips = [r for r in role[1] if r not in actors] or cause_targets(c.head, layer)  # "raids on Lebanon"
        roles[n] = (actors, [r for r in recips if r not in actors])
    for n, c in enumerate(cands):
        role = roles[n]
        if role is not None and c.kind == "verb" and role[0] and not role[1]:
            roles[n] = (role[0], [r for r in relative_cause_targets(c.head, layer) if r not in role[0]])
