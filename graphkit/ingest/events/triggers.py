"""Event triggers: the words of a parsed article that may start an event, with their sense.

One pass over attribute arrays picks the verbs and nouns whose lemma the lexicon knows (no
Token object is made for the other words); each such verb is then read for the facts its
lexicon entries test (particles, prepositions, object, subject, "with" and clausal
complements, negation), and may be a plain trigger, a light verb with an event noun object
("held talks", "lodged a protest"), or "X said Y must ..." (a demand on Y). Event nouns not
inside a verb trigger's arguments stand alone ("Israel's assault on Gaza").

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Fabius", "held", "talks"], heads=[1, 1, 1],
...           deps=["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "NOUN"],
...           lemmas=["Fabius", "hold", "talk"])
>>> class Layer:
...     def at(self, i):
...         return None
>>> [(c.kind, c.trig.type, c.head.text, c.noun.text) for c in find_candidates(doc, Layer())]
[('light', 'CONSULT', 'held', 'talks')]
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN as _NOUN
from spacy.symbols import VERB as _VERB
from spacy.tokens import Token

from graphkit.ingest.events.demands import DEMAND_SPEECH, demand_modal
from graphkit.ingest.events.ellipsis import elided_verb
from graphkit.ingest.events.episodes import measured_acts
from graphkit.ingest.events.facts import lemma_of, noun_facts, objects_of, verb_facts
from graphkit.ingest.events.lexicon import Trigger, load_lexicon, lookup_noun, lookup_verb
from graphkit.ingest.events.referents import antecedent_facts
from graphkit.ingest.events.scan import predicate
from graphkit.ingest.events.shared import shared_objects
from graphkit.ingest.events.voice import patient_counts, reduced_passive

__all__ = ["Candidate", "LIGHT_VERBS", "find_candidates", "lemma_of", "noun_facts", "objects_of", "verb_lemma"]

#: Verbs that take their meaning from an event noun object ("held talks", "staged a rally").
LIGHT_VERBS = frozenset({
    "hold", "have", "launch", "stage", "make", "issue", "lodge", "file", "conduct", "carry", "mount",
    "wage", "begin", "start", "open", "resume", "continue", "announce", "declare", "join", "lead",
    "organize", "organise", "renew", "reiterate", "step", "intensify", "escalate", "unleash",
    "undertake", "pursue", "take", "give", "deliver", "send", "extend", "express", "voice", "level",
    "register", "submit", "sign", "reach", "impose", "order", "call", "initiate", "complete",
    "repeat", "keep", "go", "accept", "attend", "speed", "accelerate", "hasten", "slap", "pay",
    "conclude", "wrap",  # bringing an act to its end did it: "concluded talks with", "wrapped up a visit"
})

#: Verbs whose event noun follows "in" ("engaged in fighting", "participated in talks").
_IN_LIGHT = frozenset({"engage", "involve", "participate", "take", "join"})
#: Verbs of carrying out the act their "with" phrase names: "proceeded with the strike", and with
#: "ahead" or "forward": "would go ahead with sanctions", "pressed ahead with the offensive".
_WITH_LIGHT = frozenset({"proceed", "go", "press", "push", "forge", "move"})
_AHEAD = frozenset({"ahead", "forward"})

_DEMAND = Trigger("REQUEST", None, "demanded")
#: Categories a verb may have by its negation alone ("did not accept": REJECT; "did not rule out
#: sanctions": THREATEN): such a sense has consumed the negation.
_NEGATED_SENSES = frozenset({"REJECT", "THREATEN"})

@dataclass
class Candidate:
    """A trigger found in the text, before its roles are read."""

    trig: Trigger
    head: Token                      # verb (or noun for a standalone noun event)
    start: Token                     # first and last trigger tokens
    end: Token
    kind: str                        # verb | light | noun | demand
    noun: Token | None = None        # the event noun of a light verb
    content: Token | None = None     # the clause of a "said X must" demand
    neg_consumed: bool = False
    extra: dict = field(default_factory=dict)


def verb_lemma(t) -> str:
    """The lemma, repaired when the lemmatizer mangles a regular past form ("staged" -> "stag").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> verb_lemma(Doc(Vocab(), words=["staged"], lemmas=["stag"])[0])
    'stage'
    """
    lem = lemma_of(t)
    lex = load_lexicon()["V"]
    if lem in lex or lem in LIGHT_VERBS:
        return lem
    low = t.text.lower()
    for cand in ((low[:-1], low[:-2]) if low.endswith("ed") else (low[:-1],) if low.endswith("s") else ()):
        if cand in lex or cand in LIGHT_VERBS:
            return cand
    return lem


@lru_cache(maxsize=1)
def _verb_needs() -> dict[str, frozenset]:
    """The condition keys the entries of each verb lemma test (and "*actor" when one asks
    for an actor object), so that only those facts are read."""
    out = {}
    for lemma, entries in load_lexicon()["V"].items():
        keys: set[str] = set()
        for e in entries:
            for key, vals in e.conditions:
                keys.add(key)
                if key == "obj" and vals & {"*actor", "*org", "*person"}:
                    keys.add("*actor")
        out[lemma] = frozenset(keys)
    return out


_COMPASS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"})
def _light(verb, layer, explicit: bool, objs=None) -> tuple[Trigger, Token] | None:
    """An event noun object of ``verb``: one whose entry names the verb (``explicit``), or
    any event noun when ``verb`` is a light verb."""
    vl = verb_lemma(verb)
    objects = list(objects_of(verb) if objs is None else objs)
    if vl in _IN_LIGHT:  # "engaged in ethnic cleansing", "took part in talks"
        objects += [o for p in verb.children if p.dep_ == "prep" and p.text.lower() == "in"
                    for o in p.children if o.dep_ == "pobj"]
    elif vl in _WITH_LIGHT and (vl == "proceed" or any(c.text.lower() in _AHEAD for c in verb.children)):
        objects += [o for p in verb.children if p.dep_ == "prep" and p.text.lower() == "with"
                    for o in p.children if o.dep_ == "pobj"]
    elif not explicit and vl not in LIGHT_VERBS:
        return None
    for n in objects:
        # "launched a new offensive east of Basra": the parser takes the act for an adjective of the compass word
        compass = n.text.lower() in _COMPASS
        for cand in [n, *[m for m in n.children if m.dep_ == "compound" or (m.dep_ == "amod" and compass)],
                     *measured_acts(n)]:  # "launched a wave of strikes": events.episodes
            if cand.pos_ not in ("NOUN", "PROPN", "") and cand.dep_ != "amod":
                continue
            trig = lookup_noun(lemma_of(cand), gov=vl if explicit else None, bare=not explicit, **noun_facts(cand))
            if trig is not None and (vl not in _CONVENING or trig.type in _CONVENING[vl]):
                return trig, cand
    return None


#: Light verbs that convene or proclaim, and the acts they can: one calls a strike, a meeting, a truce or
#: a halt, never an attack ("called the U.S. attacks an escalation" names them).
_CONVENING = {"call": frozenset({"PROTEST", "CONSULT", "RETREAT", "REQUEST", "CONCEDE", "REJECT", "MOBILIZE"})}


@lru_cache(maxsize=1)
def _trigger_words() -> tuple[frozenset, frozenset]:
    """Lemmas that may start a candidate: (verbs, including the governors named by noun
    entries, light verbs and speech verbs; event nouns)."""
    lex = load_lexicon()
    verbs = set(lex["V"]) | LIGHT_VERBS | _IN_LIGHT | _WITH_LIGHT | DEMAND_SPEECH
    for entries in lex["N"].values():
        for e in entries:
            verbs.update(v for key, vals in e.conditions if key == "gov" for v in vals)
    return frozenset(verbs), frozenset(lex["N"])


@lru_cache(maxsize=1)
def _trigger_hashes() -> tuple[frozenset, frozenset, frozenset]:
    """String hashes of the trigger lemmas (lower, Capitalized and UPPER case), of the regular
    inflected forms a mangled lemma is repaired from ("staged", "agreed", "holds"), and of the
    event nouns: the scan compares attribute hashes without reading strings."""
    verbs, nouns = _trigger_words()

    def cased(words):
        return frozenset(get_string_id(v) for w in words for v in {w, w.capitalize(), w.upper()})

    forms = frozenset(get_string_id(f) for w in verbs
                      for f in ((w + "d",) if w.endswith("e") else ()) + (w + "ed", w + "s"))
    return cased(verbs), forms, cased(nouns)


def _scan(doc) -> tuple[list[int], list[int]]:
    """Indices of the tokens that may be verb triggers and of those that may be event nouns,
    read from attribute arrays so that no Token is made for the other words."""
    verbs, forms, nouns = _trigger_hashes()
    strings = doc.vocab.strings
    vs: list[int] = []
    ns: list[int] = []
    for i, (pos, lemma, lower, orth) in enumerate(doc.to_array([POS, LEMMA, LOWER, ORTH]).tolist()):
        if pos != _VERB and pos != _NOUN and pos != 0:
            continue
        if not lower:  # a Doc made without lexical attributes
            lower = get_string_id(strings[orth].lower())
        lem = lemma or lower
        if pos != _NOUN and (lem in verbs or lower in forms):
            vs.append(i)
        if pos != _VERB and lem in nouns:
            ns.append(i)
    return vs, ns


def _demand(verb: Token, clause: Token, layer) -> Candidate | None:
    """"X said Y must/should/has to ...": a demand on Y (:func:`demands.demand_modal`)."""
    modal = demand_modal(clause, layer)
    return None if modal is None else Candidate(_DEMAND, verb, modal, modal, "demand", content=clause)


#: Lemma hashes of the auxiliaries an elliptical clause keeps ("as did X", "as have Y").
_ELLIPTIC_HASHES = frozenset(get_string_id(w) for w in ("do", "have", "will", "would"))


def _elliptic(doc, cands: list[Candidate]) -> list[Candidate]:
    """"..., as did X and Y": the act of the verb the clause repeats (:func:`roles.elided_verb`),
    headed by the auxiliary, whose subject are the new doers."""
    by_head = {c.head.i: c for c in cands if c.kind in ("verb", "light")}
    if not by_head:
        return []
    out = []
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):  # no Token for the other words
        if lemma not in _ELLIPTIC_HASHES:
            continue
        tok = doc[i]
        if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and (verb := elided_verb(tok)) is not None:
            c = by_head.get(verb.i)
            if c is not None:
                out.append(Candidate(c.trig, tok, tok, tok, "verb"))
    return out


def find_candidates(doc, layer) -> list[Candidate]:
    """The triggers of ``doc``: verbs in text order, then the standalone event nouns.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``), for the conditions on actor objects.

    Returns
    -------
    list of Candidate
        See the module docstring for an example.
    """
    cands: list[Candidate] = []
    consumed: set[int] = set()
    verb_idx, noun_idx = _scan(doc)
    needs = _verb_needs()
    for i in verb_idx:
        tok = doc[i]
        if reduced_passive(tok) and not patient_counts(tok, layer):
            continue  # "a lunch hosted by X": a thing's history, no act between parties
        if tok.pos_ == "VERB" or tok.dep_ in ("ROOT", "conj", "xcomp", "ccomp", "advcl", "relcl"):
            lem = verb_lemma(tok)
            kids = list(tok.children)
            objs = objects_of(tok, kids)
            facts = verb_facts(tok, layer, kids, objs or shared_objects(tok), needs.get(lem, frozenset()))
            if "obj" in facts:  # "lifted them": the conditions read what the pronoun stands for
                facts["obj"] |= antecedent_facts(objs, layer)
            trig = lookup_verb(lem, bare=False, **facts)
            kind, noun = "verb", None
            light = _light(tok, layer, True, objs) if trig is None else None
            if trig is None and light is None:
                trig = lookup_verb(lem, **{**facts, "neg": False})
            if trig is None and light is None:
                light = _light(tok, layer, False, objs)
            if light is not None:
                (trig, noun), kind = light, "light"
            if trig is not None:
                end = noun if noun is not None and noun.i > tok.i else tok
                cands.append(Candidate(trig, tok, tok, end, kind, noun=noun,
                                   neg_consumed=trig.type in _NEGATED_SENSES and facts["neg"]
                                   and lookup_verb(lem, **{**facts, "neg": False}) != trig))
                for c in kids:
                    if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "agent", "prep", "dative"):
                        consumed.update(t.i for t in c.subtree if t.pos_ in ("NOUN", "PROPN", ""))
            if lem in DEMAND_SPEECH:
                cands += [d for c in kids if c.dep_ == "ccomp" and (d := _demand(tok, c, layer)) is not None]
    cands += _elliptic(doc, cands)
    for i in noun_idx:
        if i in consumed:
            continue
        tok = doc[i]
        gov = lemma_of(tok.head) if tok.dep_ in ("dobj", "nsubjpass") else None
        trig = lookup_noun(lemma_of(tok), gov=gov, pred=predicate(tok), **noun_facts(tok))
        if trig is not None:
            cands.append(Candidate(trig, tok, tok, tok, "noun"))
    return cands
