"""What a reported clause judges: a party or a party's act, and a merit denied.

A speaker's said-clause judges another party when its subject is that party ("X said Y was
...") or that party's act, plan, policy or statement ("X said Y's proposals were ...",
"the plan by Y"). Two facts of English are read here for :mod:`graphkit.ingest.events.appraisal`:

* an act feels nothing, so a word of strong valence said of it ("Y's claims were false",
  "the U.S. proposals are flawed") can only judge it; said of a party it may be the party's
  feeling or state ("Y was angry"), so there only WordNet's judging classes count;
* a merit denied by a plain "not" is the fault its WordNet antonym names: "Y's proposals were
  not acceptable" condemns them as "unacceptable" would (``data/words/negated_condemn.txt``,
  grown by ``tools/grow_speech_words.py``); "not responsible for" is a denial of a deed, and
  a modal or a condition ("would not be acceptable if ...") makes it no verdict;
* truth denied to what a party said ("Y's charges were unfounded", "Chinese figures were inaccurate":
  ``falsity_adjectives``, said of its statements, claims or figures) rebuts the party: a charge called
  false is rejected (REJECT, as "denied Y's charges"), another claim criticized (ACCUSE).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Ottawa", "said", "Tokyo", "'s", "plan", "was", "not", "acceptable"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 2, 5, 1, 5, 5],
...           deps=["nsubj", "ROOT", "poss", "case", "nsubj", "ccomp", "neg", "acomp"],
...           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "AUX", "PART", "ADJ"],
...           lemmas=["Ottawa", "say", "Tokyo", "'s", "plan", "be", "not", "acceptable"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "can", 2: "jpn"}.get(i)
>>> c = denied_merit(doc[1], doc[5], Layer())
>>> c.trig.type, c.extra["recipients"]
('ACCUSE', ['jpn'])
"""
from __future__ import annotations

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import np_actors, prep_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.words import word_list

__all__ = ["ACT_NOUNS", "ACT_CLASSES", "SITUATION", "hedged", "party", "party_act", "denied_merit"]

#: Nouns of acts and decisions: "a disgraceful decision by Y" judges Y.
ACT_NOUNS = frozenset({"decision", "act", "action", "move", "step", "choice", "policy", "plan", "proposal",
                       "behaviour", "behavior", "conduct", "attack", "attempt", "remark", "comment", "statement",
                       "response", "reaction", "intervention", "u-turn", "betrayal", "failure", "blunder"})
#: Word lists of nouns naming a party's plans, policies and statements (WordNet-grown).
ACT_CLASSES = ("class_plan", "class_policy", "statement_nouns", "accusation_nouns", "claim_nouns")
#: Subjects of a reported judgement that stand for a situation: "said it was unacceptable".
SITUATION = frozenset({"it", "this", "that"})
#: Nouns that name a party itself rather than a thing of the party's.
_PARTY_NOUNS = ("body_nouns", "person_nouns")
_ACCUSE = Trigger("ACCUSE", None, "criticized")
_REJECT = Trigger("REJECT", None, "rejected")


def hedged(tok) -> bool:
    """Whether ``tok``'s clause is only forecast or conditional: a modal ("would be good"), an
    if-clause ("was mistaken if it ..."), "no" reason ("was no reason to panic").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["it", "would", "be", "good"], heads=[2, 2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT", "acomp"], tags=["PRP", "MD", "VB", "JJ"])
    >>> hedged(doc[2])
    True
    """
    return any((c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.text.lower() in ("if", "unless") for m in c.children)) or (
        c.dep_ == "attr" and any(d.dep_ == "det" and d.text.lower() == "no" for d in c.children))
        for c in tok.children)


def party(target, layer) -> bool:
    """Whether ``target`` names a party itself: a name or pronoun of an actor, or a body or person
    noun ("the government"), not a thing of the party's ("the Japanese economy").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japanese", "economy", "Tokyo"], pos=["ADJ", "NOUN", "PROPN"],
    ...           lemmas=["japanese", "economy", "Tokyo"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return "jpn"
    >>> party(doc[1], Layer()), party(doc[2], Layer())
    (False, True)
    """
    lem = lemma_of(target)
    return bool(layer.at(target.i)) and (target.pos_ in ("PROPN", "PRON") or any(
        lem in word_list(n) for n in _PARTY_NOUNS))


def party_act(target, layer, deeds: bool = True) -> bool:
    """Whether ``target`` is a party's act, plan, policy or statement ("Iran's claims", "the U.S.
    proposals", "the plan by Japan"); without ``deeds`` only a plan, policy or statement (the
    WordNet classes). A plan or statement feels nothing and has no outcome yet, so a word of
    strong valence said of it ("were false", "are flawed") can only judge it; said of a deed it
    may tell the outcome ("Y's attack was successful").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "'s", "proposals"], heads=[2, 0, 2], deps=["poss", "case", "ROOT"],
    ...           pos=["PROPN", "PART", "NOUN"], lemmas=["Iran", "'s", "proposal"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "irn" if i == 0 else None
    >>> party_act(doc[2], Layer()), party_act(doc[0], Layer())
    (True, False)
    >>> doc = Doc(Vocab(), words=["Iran", "'s", "attack"], heads=[2, 0, 2], deps=["poss", "case", "ROOT"],
    ...           pos=["PROPN", "PART", "NOUN"], lemmas=["Iran", "'s", "attack"])
    >>> party_act(doc[2], Layer()), party_act(doc[2], Layer(), deeds=False)
    (True, False)
    """
    if target is None or target.pos_ != "NOUN":
        return False
    lem = lemma_of(target)
    if not ((deeds and lem in ACT_NOUNS) or any(lem in word_list(n) for n in ACT_CLASSES)):
        return False
    return bool(np_actors(target, layer) or prep_actors(target, layer, {"by", "of"}))


def denied_merit(verb, clause, layer) -> Candidate | None:
    """The ACCUSE of "X said Y (or Y's act) was not ACCEPTABLE/FAIR/...", ``clause`` being the
    copula reported by ``verb``: a merit denied by a plain "not" is the fault its WordNet antonym
    names; None without a plain negation, a party judged, or with "for" ("not responsible for").
    See the module docstring for an example."""
    if hedged(clause):
        return None
    if not any(c.dep_ == "neg" for c in clause.children):
        return _denied_truth(verb, clause, layer)
    target = next((s for s in clause.children if s.dep_ == "nsubj"), None)
    if target is None or target.text.lower() in SITUATION or not (party(target, layer) or party_act(target, layer)):
        return None  # "the Japanese economy was not good" is no judgement of Japan
    for pred in (c for c in clause.children if c.dep_ == "acomp" and lemma_of(c) in word_list("negated_condemn")):
        if any(p.dep_ == "prep" and p.text.lower() == "for" for p in pred.children):
            continue
        speakers = own_side(subject_actors(verb, layer), layer)
        recips = [r for r in dict.fromkeys(np_actors(target, layer)) if r not in speakers]
        if recips and speakers:
            return Candidate(_ACCUSE, verb, pred, pred, "appraisal", extra={"recipients": recips})
    return None


def _denied_truth(verb, clause, layer) -> Candidate | None:
    """The rebuttal of "X said Y's charges (claims, figures) were false", ``clause`` being the copula
    reported by ``verb``: REJECT of a charge, ACCUSE of another statement (see the module)."""
    target = next((s for s in clause.children if s.dep_ == "nsubj"), None)
    if target is None or target.pos_ != "NOUN":
        return None
    lem = lemma_of(target)
    if not any(lem in word_list(n) for n in ("statement_nouns", "claim_nouns", "figure_nouns")):
        return None
    pred = next((c for c in clause.children if c.dep_ == "acomp" and lemma_of(c) in word_list("falsity_adjectives")),
                None)
    if pred is None:
        return None
    speakers = own_side(subject_actors(verb, layer), layer)
    recips = [r for r in dict.fromkeys(np_actors(target, layer) + prep_actors(target, layer, {"by", "of", "from"}))
              if r not in speakers]
    if not (recips and speakers):
        return None
    trig = _REJECT if lem in word_list("accusation_nouns") else _ACCUSE
    return Candidate(trig, verb, pred, pred, "appraisal", extra={"recipients": recips})
