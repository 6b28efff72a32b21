"""Predicate adjectives of attitude: "Japan is critical of the U.S.", "Greece was angry at Turkey".

An adjective of disapproval, approval or opposition that a copula ("be", "remain", "become",
"seem") predicates of a party, and whose preposition names another party, is the first party's
act toward the second: criticism (ACCUSE: "critical of", "angry at", "unhappy with"), backing
(SUPPORT: "pleased with", "grateful to", "supportive of") or rejection (REJECT: "hostile to").
The adjectives and the prepositions that name whom they are aimed at are the ``A`` entries of
the lexicon (``data/lexicon_adjectives.tsv``, grown from WordNet 3.0 by ``tools/grow_adjectives.py``).

An attitude is an act between parties only when it is aimed at one: "is happy with the results"
names none and gives no event. The party is an actor named in the prepositional object ("angry at
Washington", "critical of Japan's trade policy") or in the subject of a clause the feeling is
about ("upset that Japan had not kept the pact") or, for a definite act ("unhappy with the
decision"), whoever made it (:func:`anaphora.act_makers`). A negated approval is disapproval
("was not happy with Bonn": ACCUSE); a negated disapproval or rejection is no act.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Japan", "is", "critical", "of", "Washington"], heads=[1, 1, 1, 2, 3],
...           deps=["nsubj", "ROOT", "acomp", "prep", "pobj"], pos=["PROPN", "AUX", "ADJ", "ADP", "PROPN"],
...           lemmas=["Japan", "be", "critical", "of", "Washington"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "jpn", 4: "usa"}.get(i)
...     def all_at(self, i):
...         return [a] if (a := self.at(i)) else []
>>> [(c.trig.type, c.head.text, c.start.text, c.extra["recipients"]) for c in attitudes(doc, Layer())]
[('ACCUSE', 'is', 'critical', ['usa'])]
"""
from __future__ import annotations

from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id

from graphkit.ingest.events.anaphora import act_makers, own_side
from graphkit.ingest.events.facts import lemma_of
from graphkit.ingest.events.lexicon import Trigger, load_lexicon
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate

__all__ = ["COPULAS", "attitudes"]

#: Verbs that predicate an adjective of their subject ("is", "remained", "became", "seemed").
COPULAS = frozenset({"be", "remain", "become", "seem", "appear", "stay", "grow", "sound", "look", "feel", "get"})

_CRITICISED = Trigger("ACCUSE", None, "criticized")


@cache
def _adjective_hashes() -> frozenset[int]:
    """The string hashes of the lexicon's adjectives (made once: the lexicon does not change in a run)."""
    return frozenset(get_string_id(w) for w in load_lexicon()["A"])


def _clause(adj):
    """The finite clause a feeling ``adj`` is about ("angry that Japan had not kept the pact"): a
    complement with a subject of its own, on the adjective or on its copula after it."""
    cands = [*adj.children, *(c for c in adj.head.children if c.i > adj.i)]
    return next((c for c in cands if c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)),
                None)


def _entry(adj) -> tuple[Trigger, list] | None:
    """The sense of the predicate adjective ``adj`` and the phrases it is aimed at: the objects of
    the prepositions its entry names, or the subjects of its clause."""
    table = load_lexicon()["A"]
    for lemma in dict.fromkeys((lemma_of(adj), adj.text.lower())):
        for entry in table.get(lemma, ()):
            for key, vals in entry.conditions:
                if key == "prep":
                    aims = [o for p in adj.children if p.dep_ == "prep" and p.text.lower() in vals
                            for o in p.children if o.dep_ == "pobj"]
                elif key == "comp" and (clause := _clause(adj)) is not None:
                    aims = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
                else:
                    aims = []
                if aims:
                    return entry.trigger, aims
    return None


def _aimed_at(aims: list, layer, doers: list[str]) -> list[str]:
    """The actors the phrases ``aims`` name, or the makers of the definite act they name
    ("unhappy with the decision")."""
    out: list[str] = []
    for o in aims:
        for h in (o, *o.conjuncts):
            found = np_actors(h, layer) or act_makers(h, layer, doers)
            out += [a for a in found if a not in out]
    return out


def attitudes(doc, layer) -> list[Candidate]:
    """The attitudes toward a party that a copula predicates in ``doc``: candidates of kind
    ``"appraisal"`` whose head is the copula (its subject holds the attitude) and whose
    ``extra["recipients"]`` are the actors it is aimed at.

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
    words = _adjective_hashes()
    out = []
    for i, (lemma, lower) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        if lemma not in words and lower not in words:
            continue
        adj = doc[i]
        cop = adj.head
        if adj.dep_ != "acomp" or cop.i == adj.i or lemma_of(cop) not in COPULAS:
            continue
        found = _entry(adj)
        if found is None:
            continue
        trig, aims = found
        negated = any(c.dep_ == "neg" for c in (*cop.children, *adj.children))
        if negated:
            if trig.type != "SUPPORT":
                continue  # "was not hostile to": no act
            trig = _CRITICISED  # "was not happy with": disapproval, which has consumed the negation
        doers = subject_actors(cop, layer)
        own = own_side(doers, layer)
        recips = [r for r in _aimed_at(aims, layer, doers) if r not in own]
        if doers and recips:
            out.append(Candidate(trig, cop, adj, adj, "appraisal", neg_consumed=negated,
                                 extra={"recipients": recips}))
    return out
