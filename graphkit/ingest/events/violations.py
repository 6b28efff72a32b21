"""A violation told by a speaker: the speaker's accusation of the violator.

Saying that another party violated, breached, broke or reneged on an agreement, a rule or a law
("Canada said the United States was violating the free trade agreement", "Japan has broken the
pact, U.S. officials said") is accusing that party (CAMEO 112, PLOVER ACCUSE), as saying that it
failed or deceived is (:func:`graphkit.ingest.events.speech.reported_faults`). The violation is the
speaker's charge, not an act the writer reports: the verb's own REJECT ("defied") gives way to the
accusation (:func:`alleged_heads`). The verbs are those whose sense in the lexicon is defying an
obligation (``REJECT`` with the relation "defied" or "reneged on"), with their objects as the
lexicon reads them ("broke the ceasefire" defies, "broke the record" does not). The violation must
be said as a fact (not negated, hedged, forecast or asked), in the clause of a speaker other than
the violator's own side.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Canada", "said", "Washington", "violated", "the", "accord"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 5, 3],
...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
...           pos=["PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN"],
...           lemmas=["Canada", "say", "Washington", "violate", "the", "accord"])
>>> defies(doc[3]), defies(doc[1])
(True, False)
"""
from __future__ import annotations

from graphkit.ingest.events.appraisal import own_side
from graphkit.ingest.events.certainty import assess, is_question
from graphkit.ingest.events.lexicon import Trigger, lookup_verb
from graphkit.ingest.events.roles import is_passive, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of, verb_lemma

__all__ = ["DEFYING", "defies", "reported_violations", "reported_charges", "alleged_heads"]

#: The lexicon's relations of defying an obligation.
DEFYING = frozenset({"defied", "reneged on"})
_ACCUSED = Trigger("ACCUSE", None, "accused")


def defies(verb) -> bool:
    """Whether ``verb`` with its objects is, in the lexicon, defying an obligation (see the module).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "broke", "the", "pact"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Japan", "break", "the", "pact"])
    >>> defies(doc[1])
    True
    """
    objs = {lemma_of(t) for o in verb.children if o.dep_ == "dobj"
            for t in (o, *(c for c in o.children if c.dep_ == "compound"))}
    preps = {p.text.lower() for p in verb.children if p.dep_ == "prep"}
    objs |= {lemma_of(o) for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"}
    prts = {p.text.lower() for p in verb.children if p.dep_ == "prt"}
    trig = lookup_verb(verb_lemma(verb), obj=objs, prep=preps, prt=prts)
    return trig is not None and trig.type == "REJECT" and trig.label in DEFYING


def reported_violations(doc, layer, speaker_of) -> list[Candidate]:
    """The accusations of violating told by a speaker in ``doc`` (see the module): candidates of kind
    ``"speech"`` headed by the violating verb, with ``extra["alleged"]`` set; ``speaker_of(tok)`` gives
    the speaker's actors and the reporting verb of the clause of ``tok``
    (:func:`graphkit.ingest.events.speech.speaker_of`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Canada", "said", "Washington", "violated", "the", "accord"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "VERB", "DET", "NOUN"],
    ...           lemmas=["Canada", "say", "Washington", "violate", "the", "accord"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "can", 2: "usa"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> found = reported_violations(doc, Layer(), lambda t: (["can"], doc[1]))
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in found]
    [(['can'], ['usa'])]
    """
    return reported_charges(doc, layer, speaker_of,
                            lambda tok: tok.pos_ == "VERB" and not is_passive(tok) and defies(tok))


def reported_charges(doc, layer, speaker_of, charged) -> list[Candidate]:
    """A speaker's ACCUSE of the subject of each asserted clause of ``doc`` that ``charged(head)`` says
    charges its subject with a wrong (a violation, a blame): candidates of kind ``"speech"`` with
    ``extra["alleged"]`` set, never against the speaker's own side, never in a question or a forecast.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Canada", "said", "Washington", "cheated"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp"], pos=["PROPN", "VERB", "PROPN", "VERB"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "can", 2: "usa"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> found = reported_charges(doc, Layer(), lambda t: (["can"], doc[1]), lambda t: t.text == "cheated")
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in found]
    [(['can'], ['usa'])]
    """
    out = []
    for i in sorted({t.head.i for t in doc if t.dep_ == "nsubj"}):  # the heads with a subject, in text order
        tok = doc[i]
        if not charged(tok):
            continue
        verdict = assess(tok)
        if verdict.certainty != "asserted" or verdict.future or is_question(tok):
            continue
        actors, reporting = speaker_of(tok)
        own = own_side(actors, layer)
        culprits = [a for a in subject_actors(tok, layer) if a not in own]
        if actors and culprits:
            out.append(Candidate(_ACCUSED, tok, tok, tok, "speech",
                                 extra={"actors": actors, "recipients": culprits, "anchor": reporting,
                                        "alleged": True}))
    return out


def alleged_heads(cands) -> set[int]:
    """The token indices of the acts that candidates ``cands`` tell as a speaker's charge
    (``extra["alleged"]``): their own event is the charge's content, not a reported act.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> c = SimpleNamespace(kind="speech", head=SimpleNamespace(i=3), extra={"alleged": True})
    >>> alleged_heads([c, SimpleNamespace(kind="verb", head=SimpleNamespace(i=5), extra={})])
    {3}
    """
    return {c.head.i for c in cands if c.kind == "speech" and c.extra.get("alleged")}
