"""What a pronoun object stands for, so that a trigger's conditions on its object can be tested.

A lexicon entry that asks for an object ("impose" with ``obj=sanction``, "lift" with ``obj=quota``
as no event) cannot be tested when the object is a third-person pronoun: in "the sanctions ...
after they had been imposed by Congress" or "Japan said it would lift them" the object is "they",
"them". English refers back with such a pronoun to a noun phrase just said, agreeing in number:
"they"/"them" to a plural, "it" to a singular. :func:`antecedent_facts` gives the head noun of
that phrase (the nearest earlier noun in the pronoun's sentence or the one before that heads a
noun phrase, agrees in number and is no actor: actors are parties, not the things done), with its
compounds and its event category, as more object lemmas of the trigger.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Japan", "imposed", "quotas", "and", "lifted", "them"],
...           heads=[1, 1, 1, 1, 1, 4], deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"],
...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "VERB", "PRON"], tags=["NNP", "VBD", "NNS", "CC", "VBD", "PRP"],
...           lemmas=["Japan", "impose", "quota", "and", "lift", "they"])
>>> class Layer:
...     def at(self, i):
...         return "japan" if i == 0 else None
>>> sorted(antecedent_facts([doc[5]], Layer()))
['quota']
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun

__all__ = ["antecedent", "antecedent_facts"]

#: Third-person pronouns that stand for a thing, by number (tag of the nouns they agree with).
_NUMBER = {"they": ("NNS", "NNPS"), "them": ("NNS", "NNPS"), "it": ("NN", "NNP")}
#: Dependencies of a noun that is part of another's phrase, no head of its own.
_INSIDE = frozenset({"compound", "amod", "poss", "nmod"})
#: What makes a singular noun a phrase of its own: a determiner, a possessor, a number.
_COUNTING = frozenset({"det", "poss", "predet", "nummod"})


def antecedent(pron, layer):
    """The head noun ``pron`` (a third-person pronoun) stands for, or None.

    The nearest noun or name before ``pron``, in its sentence or the one before, that heads a noun phrase,
    agrees in number ("they"/"them": a plural; "it": a singular, with a determiner or possessor) and is not
    the subject of the pronoun's own verb; None when that is a name or an actor (a party, not a thing).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["the", "tariffs", "Japan", "lifted", "it"], heads=[1, 3, 3, 3, 3],
    ...           deps=["det", "nsubj", "nsubj", "ROOT", "dobj"], pos=["DET", "NOUN", "PROPN", "VERB", "PRON"],
    ...           tags=["DT", "NNS", "NNP", "VBD", "PRP"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return None
    >>> antecedent(doc[4], Layer()) is None  # "it" wants a singular
    True
    """
    tags = _NUMBER.get(pron.text.lower())
    if tags is None:
        return None
    start = pron.sent.start
    if start > 0:
        start = pron.doc[start - 1].sent.start
    own = _own_subjects(pron.head) | _holders(pron)
    for j in range(pron.i - 1, start - 1, -1):
        t = pron.doc[j]
        if t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in tags or _inside(t) or t.i in own:
            continue
        if t.tag_ == "NN" and not any(c.dep_ in _COUNTING for c in t.children):
            continue  # "of course", "in order": a bare singular is no phrase a pronoun takes up
        # the nearest agreeing phrase: a party (an actor, a name) is no thing done
        return None if t.pos_ == "PROPN" or layer.at(j) else t
    return None


def _inside(t) -> bool:
    """Whether noun ``t`` is part of another noun's phrase ("export quotas", "consumer and producer members")."""
    return t.dep_ in _INSIDE or (t.dep_ == "conj" and t.head.dep_ in _INSIDE)


def _own_subjects(verb) -> set[int]:
    """Token indices of the subject of ``verb``, of the verbs it completes ("employers are unable to pay
    them") and of the noun a participle or relative clause modifies ("regulations banning them"): an object
    pronoun never stands for its own verb's subject ("support had pushed it")."""
    out: set[int] = set()
    while True:
        out |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
            out.add(verb.head.i)
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return out
        verb = verb.head


def _holders(pron) -> set[int]:
    """Token indices of the phrases that hold ``pron`` ("the step of ... pumping it"): no phrase is its own
    antecedent. A relative clause or participle ends them: "creditors bound by rules banning them" may be."""
    out: set[int] = set()
    t = pron
    while t.head.i != t.i and t.dep_ not in ("acl", "relcl"):
        t = t.head
        out.add(t.i)
    return out


def antecedent_facts(objs, layer) -> set[str]:
    """More object facts for a trigger whose objects ``objs`` hold third-person pronouns: the lemma of
    each pronoun's :func:`antecedent`, of its compounds, and "*N:TYPE" when it is an event noun by its
    modifiers (as :func:`graphkit.ingest.events.facts.verb_facts` gives for a noun object).

    Examples
    --------
    >>> antecedent_facts([], None)
    set()
    """
    out: set[str] = set()
    for o in objs:
        if o.pos_ != "PRON" or (ante := antecedent(o, layer)) is None:
            continue
        lem = (ante.lemma_ or ante.text).lower()
        out.add(lem)
        out |= {(m.lemma_ or m.text).lower() for m in ante.children if m.dep_ == "compound"}
        mods = {(m.lemma_ or m.text).lower() for m in ante.children if m.dep_ in ("amod", "compound")}
        if (sense := lookup_noun(lem, bare=False, mod=mods)) is not None:
            out.add(f"*N:{sense.type}")
    return out
