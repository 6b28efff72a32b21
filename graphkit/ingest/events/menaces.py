"""Menaces: a warning that a party will suffer a hostile act threatens that party (PLOVER THREATEN).

A warning whose clause tells what its speaker will do is a threat by the lexicon's ``warn`` entries
("warned it would retaliate"), and one whose clause tells what another party will do is a criticism or a
forecast (:mod:`graphkit.ingest.events.forewarnings`). A third kind tells what will *befall* a party:
"Yeutter warned that Japan would face retaliation if it did not open its markets". The clause's verb is one
of undergoing (face, suffer, risk, incur) and its object a hostile act: the warning menaces the clause's
subject with that act, the speaker's threat to it (CAMEO 13, "threaten"), whatever the undergoing verb. A
hostile act is an event noun the lexicon files under PLOVER SANCTION, ASSAULT or COERCE (by its own
modifiers and phrases: "sanctions", "a trade war"), a retaliation noun (``data/words/hostile_objects.txt``),
or a noun a "retaliatory"/"punitive" modifier makes one. When the act is told as a named party's ("retaliation
by Iraq", "Iraqi attacks"), the warning foretells that party's act and is left to the forewarning rules, unless
that party is the speaker's side ("the EC warned that Japan would face EC retaliation": its own threat).

Refusing or declining to rule out a hostile act ("refused to rule out retaliation against the U.S.") is not
ruling it out: the lexicon's threat sense of "did not rule out" holds (:func:`menaces`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> words = ["Yeutter", "warned", "that", "Japan", "would", "face", "sanctions"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 5],
...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj"],
...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "NOUN"],
...           lemmas=["Yeutter", "warn", "that", "Japan", "would", "face", "sanction"])
>>> [(c.trig.type, c.head.text) for c in menaces([], doc, ActorLayer(token_actor={0: "y", 3: "jpn"}))]
[('THREATEN', 'warned')]
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.facts import lemma_of, noun_facts, verb_facts
from graphkit.ingest.events.lexicon import Trigger, lookup_noun, lookup_verb
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.words import word_list

__all__ = ["HOSTILE_TYPES", "hostile_noun", "menaced_party", "menaces"]

#: PLOVER categories of material conflict one party does to another: a warning that a party will
#: undergo one of them threatens it.
HOSTILE_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE"})
#: Verbs of warning (WordNet 3.0 warn.v.01 "notify of danger", caution.v.01).
_WARNING = frozenset({"warn", "caution"})
#: Verbs of refusing whose infinitive is not done (the lexicon's REJECT "refused"; WordNet decline.v.02).
_REFUSING = frozenset({"refuse", "decline"})
#: Modifiers that make an act a retaliation ("retaliatory measures", "punitive tariffs").
_HOSTILE_MODIFIERS = frozenset({"retaliatory", "punitive"})
#: Prepositions naming whom a hostile act is aimed at.
_AIMED = frozenset({"against", "on", "upon"})
_WARNED = Trigger("THREATEN", None, "warned")


def hostile_noun(noun) -> bool:
    """Whether ``noun`` names a hostile act one party does to another: an event noun of PLOVER SANCTION,
    ASSAULT or COERCE by the lexicon (with its modifiers and phrases), a retaliation noun
    (``data/words/hostile_objects.txt``) or a noun modified by "retaliatory"/"punitive".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["punitive", "tariffs", "and", "retaliation", "and", "criticism"],
    ...           heads=[1, 1, 1, 1, 3, 3], deps=["amod", "ROOT", "cc", "conj", "cc", "conj"],
    ...           lemmas=["punitive", "tariff", "and", "retaliation", "and", "criticism"])
    >>> hostile_noun(doc[1]), hostile_noun(doc[3]), hostile_noun(doc[5])
    (True, True, False)
    """
    if noun.pos_ not in ("NOUN", "PROPN", ""):
        return False
    lemma = lemma_of(noun)
    if lemma in word_list("hostile_objects") or lemma.rstrip("s") in word_list("hostile_objects"):
        return True
    if any(m.dep_ == "amod" and m.text.lower() in _HOSTILE_MODIFIERS for m in noun.children):
        return True
    trig = lookup_noun(lemma, **noun_facts(noun))
    return trig is not None and trig.type in HOSTILE_TYPES


def _acts_of(verb) -> list:
    """The nouns clause verb ``verb`` takes as what befalls its subject: its objects and their conjuncts, the
    objects of its prepositions ("faced with sanctions") and the agent of a passive ("be hit by sanctions")."""
    out = []
    for c in verb.children:
        if c.dep_ in ("dobj", "attr"):
            out.append(c)
        elif c.dep_ in ("prep", "agent"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
    return out + [k for n in out for k in n.conjuncts]


def _by_another(noun, layer, side: set[str]) -> bool:
    """Whether hostile act ``noun`` is told as the act of an actor outside the speaker's ``side``: a "by"
    phrase, a possessive or a modifier naming one ("retaliation by Iraq", "Iraq's reprisals", "Iraqi
    attacks"); the speaker's own ("would face EC retaliation", said by the EC) is its threat."""
    codes = {layer.actors[a].code for a in side if a in layer.actors}
    for c in noun.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod"):
            if (aid := layer.at(c.i)) and aid not in side:
                return True  # "Iraq's reprisals", "Iraqi retaliation"
            if not aid and (code := demonym_code(c.text)) and code not in codes:
                return True  # "Iraqi attacks"
        if c.dep_ == "prep" and c.text.lower() == "by" and any(
                (aid := layer.at(t.i)) and aid not in side for t in c.subtree):
            return True
    return False


def menaced_party(verb, layer):
    """The subject of the content clause of warning ``verb`` when that clause says the subject will
    suffer a hostile act (:func:`hostile_noun`) no named party is told to do; else None.

    Parameters
    ----------
    verb : Token
        A verb.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    Token or None
        The clause's subject, an actor.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> words = ["Yeutter", "warned", "that", "Japan", "would", "face", "criticism"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj"],
    ...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "NOUN"],
    ...           lemmas=["Yeutter", "warn", "that", "Japan", "would", "face", "criticism"])
    >>> menaced_party(doc[1], ActorLayer(token_actor={0: "y", 3: "jpn"})) is None  # no hostile act
    True
    """
    if lemma_of(verb) not in _WARNING:
        return None
    side = own_side(subject_actors(verb, layer), layer)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subj = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not layer.at(subj.i):
            continue
        if any(hostile_noun(n) and not _by_another(n, layer, side) for n in _acts_of(clause)):
            return subj
    return None


def _ruled_out_refused(c: Candidate, layer) -> Trigger | None:
    """The sense "rule out" has negated, when candidate ``c`` is a "rule out" refused or declined
    ("refused to rule out retaliation": not ruling it out)."""
    verb = c.head
    if c.kind != "verb" or lemma_of(verb) != "rule" or verb.dep_ != "xcomp" or lemma_of(verb.head) not in _REFUSING:
        return None
    facts = verb_facts(verb, layer, need=frozenset({"prt", "obj"}))
    trig = lookup_verb("rule", prt=facts.get("prt"), obj=facts.get("obj"), neg=True)
    return trig if trig is not None and trig.type == "THREATEN" else None


def menaces(cands: list[Candidate], doc, layer) -> list[Candidate]:
    """The candidates, with a threat for each warning that a party will suffer a hostile act (see the
    module) that gave none, to that party, and a refused "rule out" of a hostile act read as a threat by
    the refusing party to whom the act is aimed at (the refusal's verb heads it, so its negation is not
    the act's). Both are read as judgements are (kind ``"appraisal"``): the subject's, to the parties named.

    Parameters
    ----------
    cands : list of Candidate
        The trigger candidates of a document.
    doc : Doc
        The parsed article.
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of Candidate
        The candidates, the new ones after them.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> words = ["Iran", "warned", "that", "Kuwait", "would", "suffer", "reprisals"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj"],
    ...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "NOUN"],
    ...           lemmas=["Iran", "warn", "that", "Kuwait", "would", "suffer", "reprisal"])
    >>> [(c.kind, c.extra["recipients"]) for c in menaces([], doc, ActorLayer(token_actor={0: "irn", 3: "kwt"}))]
    [('appraisal', ['kwt'])]
    """
    heads = {c.head.i for c in cands if c.kind in ("verb", "light")}
    out = []
    for c in cands:
        if (trig := _ruled_out_refused(c, layer)) is not None:
            refusal, targets = c.head.head, _targets(c.head, layer)
            c = Candidate(trig, refusal, min(refusal, c.start, key=lambda t: t.i), c.end, "appraisal",
                          extra={"recipients": targets})
        out.append(c)
    for tok in doc:
        if tok.pos_ in ("VERB", "") and tok.i not in heads and (party := menaced_party(tok, layer)) is not None:
            out.append(Candidate(_WARNED, tok, tok, tok, "appraisal", extra={"recipients": np_actors(party, layer)}))
    return out


def _targets(verb, layer) -> list[str]:
    """The actors a hostile object of ``verb`` is aimed at ("retaliation against the U.S.")."""
    return [a for o in _acts_of(verb) for p in o.children if p.dep_ == "prep" and p.text.lower() in _AIMED
            for q in p.children if q.dep_ == "pobj" for a in np_actors(q, layer)]
