"""What a speaker's judgement says: praise or criticism of an actor, gladness for one.

A speaker who calls an actor (or an actor's act) something bad criticises it (PLOVER ACCUSE);
one who calls it something good praises it, and one who says they are glad for an actor, or
pleased that an actor did something, supports it (SUPPORT). Two constructions are read:

* naming verbs with an object and a predicate: "X called Y's plan 'disgraceful'", "branded
  Y's actions stupid and evil", "Y's comments were described as irresponsible by X";
* a reported copular clause: "X said Y was a good and humane judge", "X said: 'I am pleased
  that Y have decided ...'", "X said he was delighted for Y".

The adjectives come from WordNet 3.0 (``data/words/class_condemn.txt``, ``class_praise.txt``,
``class_glad.txt``, grown by ``tools/grow_lexicon.py``), never from the gold. A judgement
needs an actor it is about: "said it was a good deal" names none and gives no event. A
negated or forecast judgement ("said the plans were not racist", "would be good for him")
gives none either.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Lloyd", "called", "Essex", "'s", "plan", "disgraceful"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 2, 1, 1],
...           deps=["nsubj", "ROOT", "poss", "case", "dobj", "oprd"],
...           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADJ"],
...           lemmas=["Lloyd", "call", "Essex", "'s", "plan", "disgraceful"])
>>> class Layer:
...     def at(self, i):
...         return {0: "lloyd", 2: "essex"}.get(i)
>>> [(c.trig.type, c.head.text, c.start.text, c.extra["recipients"]) for c in find_appraisals(doc, Layer())]
[('ACCUSE', 'called', 'disgraceful', ['essex'])]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.quotes import verbs_among
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.words import word_list

__all__ = ["find_appraisals", "NAMING_VERBS"]

#: Verbs that name what their object is ("called X a liar", "described X as irresponsible").
NAMING_VERBS = frozenset({"call", "brand", "label", "describe", "term", "dub", "condemn", "denounce"})
_REPORTING = word_list("reporting_verbs")
_SPEECH = NAMING_VERBS | _REPORTING
_ACCUSE = Trigger("ACCUSE", None, "criticized")
_PRAISE = Trigger("SUPPORT", None, "praised")
_GLAD = Trigger("SUPPORT", None, "supported")
#: Prepositions that name whom a speaker is glad for ("delighted for the couple").
_GLAD_PREPS = frozenset({"for", "with", "about", "at", "by"})
_SELF = frozenset({"i", "we", "he", "she", "they"})


def _class(tok) -> str | None:
    word = lemma_of(tok)
    for name in ("condemn", "praise", "glad"):
        if word in word_list(f"class_{name}") or tok.text.lower() in word_list(f"class_{name}"):
            return name
    return None


def _judgements(pred) -> list:
    """The adjectives a predicate says: itself and its coordinated adjectives, or the
    adjectives of a predicate noun ("a good and humane judge", "an irresponsible move")."""
    heads = [pred, *pred.conjuncts]
    if pred.pos_ == "ADJ":
        return [h for h in heads if h.pos_ == "ADJ"]
    return [a for h in heads for m in h.children if m.dep_ == "amod" for a in (m, *m.conjuncts)]


def _negated(tok) -> bool:
    """Negated or only forecast: "were not racist", "would probably be good for him"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children)


def _glad_recipients(adj, layer) -> list[str]:
    """Whom a speaker is glad for: "delighted for the couple", "pleased that X have decided"."""
    out: list[str] = []
    for c in adj.children:
        if c.dep_ == "prep" and c.text.lower() in _GLAD_PREPS:
            out += [a for p in c.children if p.dep_ == "pobj" for a in np_actors(p, layer)]
        elif c.dep_ == "ccomp":
            out += [a for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)]
    return out


def _candidate(verb, target, pred, layer) -> Candidate | None:
    """The judgement ``verb``'s speaker passes on ``target`` by the predicate ``pred``."""
    for adj in _judgements(pred):
        kind = _class(adj)
        if kind is None:
            continue
        if kind == "glad":
            if target is None or target.text.lower() not in _SELF and not (
                    set(np_actors(target, layer)) & set(subject_actors(verb, layer))):
                continue  # only the speaker's own gladness
            recips = _glad_recipients(adj, layer)
            trig = _GLAD
        elif any(c.dep_ == "prep" and c.text.lower() == "for" for c in adj.children):
            continue  # "good for X", "bad for X": what helps or harms X, no judgement of X
        else:
            recips = np_actors(target, layer) if target is not None else []
            trig = _ACCUSE if kind == "condemn" else _PRAISE
        if recips:
            return Candidate(trig, verb, adj, adj, "appraisal", extra={"recipients": list(dict.fromkeys(recips))})
    return None


def _naming(verb, layer) -> Candidate | None:
    """"X called Y Z", "X described Y as Z", "Y was described as Z by X"."""
    kids = list(verb.children)
    target = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    for c in kids:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.pos_ in ("ADJ", "NOUN"):
            own = next((s for s in c.children if s.dep_ == "nsubj"), None)
            found = _candidate(verb, target if own is None else own, c, layer)
        elif c.dep_ == "prep" and c.text.lower() == "as":
            found = next((f for p in c.children if p.dep_ in ("pobj", "amod", "acomp")
                          if (f := _candidate(verb, target, p, layer)) is not None), None)
        else:
            continue
        if found is not None and not _negated(c):
            return found
    return None


def _reported(verb, layer) -> Candidate | None:
    """"X said Y was Z", "X said: 'I am pleased that ...'"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or lemma_of(clause) != "be" or _negated(clause):
            continue
        target = next((s for s in clause.children if s.dep_ == "nsubj"), None)
        for pred in clause.children:
            if pred.dep_ in ("acomp", "attr") and (found := _candidate(verb, target, pred, layer)) is not None:
                return found
    return None


def find_appraisals(doc, layer) -> list[Candidate]:
    """The judgements passed in ``doc``: candidates of kind ``"appraisal"`` whose head is the
    speech verb (its subject is the speaker) and whose ``extra["recipients"]`` are the
    actors judged.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    list of Candidate
        See the module docstring for an example.
    """
    out = []
    for i in verbs_among(doc, _SPEECH):
        tok = doc[i]
        lem = lemma_of(tok)
        found = _naming(tok, layer) if lem in NAMING_VERBS else None
        if found is None and lem in _REPORTING:
            found = _reported(tok, layer)
        if found is not None:
            out.append(found)
    return out
