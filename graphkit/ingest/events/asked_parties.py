"""Who is asked to act by a request that names the act, not the party: "called for an Israeli withdrawal"
(Israel is asked), "urged an end to attacks by Iraq" (Iraq is asked: who is to stop is who does what is
to stop); and whom a move is addressed to when the one it is addressed to answers it ("Iran ignored an
appeal from the United Nations": the appeal was to Iran). Used by :mod:`graphkit.ingest.events.arguments`.
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.implied import country_actor
from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.ingest.events.nominal_roles import modifier_actor
from graphkit.ingest.events.owners import modifier_deps
from graphkit.ingest.events.roles import np_actors, prep_actors, subject_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import verb_lemma
from graphkit.ingest.words import word_list

__all__ = ["asked_doers", "conformed_doers", "move_addressees"]

#: Documents and reports: their "by" phrase names an author, no doer of an act ("the report by the bank").
_DOCUMENTS = word_list("document_nouns") | word_list("information_nouns")


def asked_doers(verb, layer) -> list[str]:
    """Who is to do the act a request asks for: its noun's possessor, its actor modifiers and its "by"
    agent ("called for an Israeli withdrawal", "demanded stepped-up Bank of Japan intervention", "sought
    U.S. support"); an adjective of nationality names its country even when the text names it no other
    way; never a place ("a Gaza ceasefire" asks no one in Gaza). One asked by name ("asked Congress for")
    stays the one asked (see :func:`graphkit.ingest.events.arguments.event_roles`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["X", "urged", "an", "end", "to", "attacks", "by", "Iraq"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4, 5, 6],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["X", "urge", "an", "end", "to", "attack", "by", "Iraq"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "x", 7: "iraq"}.get(i)
    >>> asked_doers(doc[1], Layer())
    ['iraq']
    """
    acts = [o for p in verb.children if p.dep_ == "prep" and p.text.lower() == "for"
            for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    acts += [o for o in verb.children if o.dep_ == "dobj" and o.pos_ == "NOUN"]
    out: list[str] = []
    for o in acts:  # not the country of a currency ("asked for 2.5 billion U.S. dlrs")
        deps = modifier_deps(o, ("poss", "amod", "compound"))
        named = [a for m in o.children if m.dep_ == "poss" and "poss" in deps for a in np_actors(m, layer)]
        named += [a for m in o.children if m.dep_ in deps and m.dep_ != "poss" if (a := modifier_actor(m, o, layer) or (
            country_actor(code, None, layer) if m.dep_ == "amod" and (code := demonym_code(m.text)) else None))]
        named += prep_actors(o, layer, {"by"}) or _inner_doers(o, verb, layer)
        out += [a for a in named if a not in out and getattr(layer.actors.get(a), "kind", None) != "location"]
    return out + [a for a in conformed_doers(verb, layer) if a not in out]


def conformed_doers(verb, layer) -> list[str]:
    """Who does what a request in an "as" clause asked for: the doer of the clause it is attached to ("Japan
    cut its rates as the United States had demanded", "has not cut its deficit as Bonn urged", "as requested
    by X"): English leaves the act asked for to that clause, so the request has no object of its own.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "cut", "rates", "as", "Bonn", "urged"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"],
    ...           pos=["PROPN", "VERB", "NOUN", "SCONJ", "PROPN", "VERB"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "japan", 4: "bonn"}.get(i)
    >>> conformed_doers(doc[5], Layer())
    ['japan']
    """
    if verb.dep_ != "advcl" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX", ""):
        return []
    if not any(c.dep_ == "mark" and c.text.lower() == "as" for c in verb.children) or any(
            c.dep_ in _OWN_OBJECTS for c in verb.children):
        return []
    return subject_actors(verb.head, layer)


#: Dependents that give a verb a content of its own: an "as" clause with one says something else ("as X
#: demanded talks").
_OWN_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})


def _inner_doers(act, verb, layer) -> list[str]:
    """The doers an asked-for act's object act names, two phrases down at most: "urged an end to attacks by
    Iraq", "called for a halt to the talking down of the dollar by U.S. officials" -- who is to stop is who
    does what is to stop: its possessor or its "by" agent; not the author of a document ("asked for a copy
    of the report by the World Bank"). The parser may hang the "to" phrase of an object act on the verb
    ("urged a halt [to the sale of arms by Iran]")."""
    inner = [act]
    for depth in range(2):
        holders = inner + ([verb] if depth == 0 and act.dep_ == "dobj" else [])
        inner = [q for a in holders for p in a.children if p.dep_ == "prep" and p.text.lower() in ("to", "of", "on")
                 and (a is not verb or p.text.lower() == "to") for q in p.children
                 if q.dep_ == "pobj" and (q.pos_ == "NOUN" or q.tag_ == "VBG") and _lemma(q) not in _DOCUMENTS]
        if out := [a for q in inner for m in q.children if m.dep_ == "poss" for a in np_actors(m, layer)] + [
                a for q in inner for a in prep_actors(q, layer, {"by"})]:
            return out
    return []


#: Types of a move made to another party: a request, a proposal or offer, a threat, a charge.
_MOVES = frozenset({"REQUEST", "AGREE", "THREATEN", "ACCUSE"})
#: Types of answering a move: refusing it, accepting it, yielding to it.
_ANSWERS = frozenset({"REJECT", "AGREE", "CONCEDE"})


def move_addressees(noun, trig_type: str, layer) -> list[str]:
    """Whom the move ``noun`` (of PLOVER type ``trig_type``) is addressed to when its answer is told: the
    one who rejects, ignores, accepts or yields to a request, offer, threat or charge is the one it was
    made to ("Iran ignored an appeal from the United Nations", "Iraq rejected Iranian demands"); not one who
    only backs or studies another's proposal.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "rejected", "an", "appeal", "from", "UN"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "DET", "NOUN", "ADP",
    ...           "PROPN"], lemmas=["Iran", "reject", "an", "appeal", "from", "UN"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "iran", 5: "un"}.get(i)
    >>> move_addressees(doc[3], "REQUEST", Layer())
    ['iran']
    """
    verb = noun.head
    if trig_type not in _MOVES or noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return []
    neg = any(c.dep_ == "neg" for c in verb.children)
    answer = lookup_verb(verb_lemma(verb), obj=[_lemma(noun)], neg=neg)
    if answer is None or answer.type not in _ANSWERS:
        return []
    makers = {a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, layer)}
    makers |= set(prep_actors(noun, layer, {"by", "from"}))
    return [a for a in subject_actors(verb, layer) if a not in makers]
