"""Directives told to their addressee: "X told Y (that) they must/should Z".

A clause of "tell" whose modal obliges ("must", "should", "ought to") and whose subject is a
pronoun ("the Pope told politicians they should defend human rights", "he told Japan you must
open your markets") reports a demand of the teller on the one told: PLOVER REQUEST by X to Y.
The pronoun is the told party, and agrees with it in number: "they" does not stand for one person
("Reagan told Gorbachev that they should meet again" is the two of them). A clause with a named
subject ("told Y that Japan must ...") is a demand on that subject, read by
:mod:`graphkit.ingest.events.demands`. "It" is left alone:
"Japan told the U.S. it must consult parliament first" may be Japan's own need. Not a forecast
("they should be able to ..."), a modal perfect ("should have acted"), a question or a
condition, nor a telling still to come ("will tell them they must"). A demand on the speaker's
own side is dropped later (:mod:`obligation`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Pope", "told", "Argentines", "they", "should", "defend", "rights"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 5],
...           deps=["nsubj", "ROOT", "dobj", "nsubj", "aux", "ccomp", "dobj"],
...           pos=["PROPN", "VERB", "PROPN", "PRON", "AUX", "VERB", "NOUN"],
...           lemmas=["Pope", "tell", "Argentines", "they", "should", "defend", "right"])
>>> class Layer:
...     def at(self, i):
...         return {0: "pope", 2: "arg"}.get(i)
>>> [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in told_demands(doc, Layer())]
[('REQUEST', ['pope'], ['arg'])]
"""
from __future__ import annotations

from graphkit.ingest.events.certainty import FUTURE_AUX, MODALS
from graphkit.ingest.events.demands import forecast
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of

__all__ = ["told_demands"]

_TOLD = Trigger("REQUEST", None, "demanded")
#: Verbs of telling someone something: their object is the one addressed.
_TELLING = frozenset({"tell", "remind"})
#: Pronouns that, as the subject of a told obligation, stand for the one told.
_ADDRESSEE = frozenset({"they", "you", "he", "she"})
_OBLIGING = frozenset({"must", "should", "ought"})
#: Auxiliaries of a telling not yet done or only supposed ("will tell", "may tell").
_UNDONE = FUTURE_AUX | MODALS


def _obliging_modal(clause):
    """The obliging modal of ``clause`` when it demands rather than forecasts or regrets."""
    kids = list(clause.children)
    modal = next((k for k in kids if k.dep_ == "aux" and k.text.lower() in _OBLIGING), None)
    if modal is None or forecast(clause) or lemma_of(clause) == "be":
        return None  # "they should be able to ...", "they should rise"
    if any(k.dep_ == "aux" and k.text.lower() == "have" and k.i > modal.i for k in kids):
        return None  # "they should have acted": a reproach
    if any(k.dep_ == "mark" and k.text.lower() in ("if", "unless", "whether") for k in kids):
        return None
    return modal


def _one_person(told_tokens, told: list[str], layer) -> bool:
    """Whether the one told is a single person ("told Gorbachev"), whom "they" cannot stand for: one
    actor, of kind person, named by no plural noun ("told Japanese officials" is many)."""
    actors = getattr(layer, "actors", None) or {}
    actor = actors.get(told[0]) if len(set(told)) == 1 else None
    return (actor is not None and actor.kind == "person"
            and not any(k.tag_ in ("NNS", "NNPS") for k in told_tokens))


def told_demands(doc, layer) -> list[Candidate]:
    """"X told Y (that) they must/should Z": X's REQUEST to Y (see the module docstring).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    list of Candidate
        Candidates of kind ``"speech"`` whose ``extra`` holds the ``actors`` (the teller), the
        ``recipients`` (the one told) and the ``anchor`` (the verb of telling).
    """
    out = []
    for verb in doc:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _TELLING:
            continue
        if any(t.text == "?" for t in verb.sent[-3:]) if doc.has_annotation("SENT_START") else False:
            continue
        kids = list(verb.children)
        if verb.dep_ in ("xcomp", "advcl", "relcl", "acl") or any(
                k.dep_ == "aux" and k.text.lower() in _UNDONE for k in kids):
            continue  # "will tell", "plans to tell", "to tell them": the telling is still to come
        told_tokens = [k for k in kids if k.dep_ in ("dobj", "dative", "iobj")]
        told = [a for k in told_tokens for a in np_actors(k, layer)]
        if not told:
            continue
        for clause in (k for k in kids if k.dep_ == "ccomp"):
            subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
            if subj is None or subj.text.lower() not in _ADDRESSEE or (
                    subj.text.lower() == "they" and _one_person(told_tokens, told, layer)):
                continue  # "told Gorbachev that they should meet": the two of them
            modal = _obliging_modal(clause)
            actors = subject_actors(verb, layer)
            recips = [a for a in told if a not in actors]
            if modal is not None and actors and recips:
                out.append(Candidate(_TOLD, clause, modal, modal, "speech",
                                     extra={"actors": actors, "recipients": recips, "anchor": verb}))
    return out
