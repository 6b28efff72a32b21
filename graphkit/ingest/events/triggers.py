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
from graphkit.ingest.events.lexicon import Trigger, load_lexicon, lookup_noun, lookup_verb
from graphkit.ingest.events.money import money_amount
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.scan import predicate
from graphkit.ingest.events.voice import passive_head, patient_counts, patient_noun, reduced_passive
from graphkit.ingest.words import word_list

__all__ = ["Candidate", "LIGHT_VERBS", "find_candidates", "lemma_of", "noun_facts", "objects_of", "verb_lemma"]

#: Verbs that take their meaning from an event noun object ("held talks", "staged a rally").
LIGHT_VERBS = frozenset({
    "hold", "have", "launch", "stage", "make", "issue", "lodge", "file", "conduct", "carry", "mount",
    "wage", "begin", "start", "open", "resume", "continue", "announce", "declare", "join", "lead",
    "organize", "organise", "renew", "reiterate", "step", "intensify", "escalate", "unleash",
    "undertake", "pursue", "take", "give", "deliver", "send", "extend", "express", "voice", "level",
    "register", "submit", "sign", "reach", "impose", "order", "call", "initiate", "complete",
    "repeat", "keep", "go", "accept", "attend", "speed", "accelerate", "hasten", "slap", "pay",
})

#: Verbs whose event noun follows "in" ("engaged in fighting", "participated in talks").
_IN_LIGHT = frozenset({"engage", "involve", "participate", "take", "join"})
#: Verbs of carrying out the act their "with" phrase names: "proceeded with the strike", and with
#: "ahead" or "forward": "would go ahead with sanctions", "pressed ahead with the offensive".
_WITH_LIGHT = frozenset({"proceed", "go", "press", "push", "forge", "move"})
_AHEAD = frozenset({"ahead", "forward"})
#: Adverbial particles the parser may attach as a preposition when another follows ("out of").
_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away"})

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


def lemma_of(t) -> str:
    """The lowercased lemma of ``t`` (its text when it has none).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> lemma_of(Doc(Vocab(), words=["Met"], lemmas=["Meet"])[0])
    'meet'
    """
    return (t.lemma_ or t.text).lower()


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


def objects_of(verb, kids=None) -> list:
    """The direct objects of ``verb`` (its subject too when passive), with their conjuncts.

    ``kids`` is ``list(verb.children)`` when the caller has it already.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["met", "Abbas", "and", "Kerry"], heads=[0, 0, 1, 1],
    ...           deps=["ROOT", "dobj", "cc", "conj"])
    >>> [t.text for t in objects_of(doc[0])]
    ['Abbas', 'Kerry']
    """
    kids = list(verb.children) if kids is None else kids
    objs = [(c, verb) for c in kids if c.dep_ in ("dobj", "attr", "oprd")]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):  # passive
        objs += [(c, verb) for c in kids if c.dep_ == "nsubjpass"]
    elif (shared := passive_head(verb)) is not None:  # "was captured, tried and sentenced"
        objs += [(c, shared) for c in shared.children if c.dep_ == "nsubjpass"]
    elif (noun := patient_noun(verb)) is not None:  # "the steps urged by X", "the tariffs he imposed"
        objs.append((noun, verb))
    out = []
    for o, v in objs:
        if v.dep_ == "relcl" and o.text.lower() in _RELATIVES and v.head.i != v.i:
            o = v.head  # "a helicopter that was captured": the relative pronoun stands for its noun
        out += [o, *[c for c in o.conjuncts if c.i > o.i]]
    return out


_RELATIVES = frozenset({"that", "which", "who", "whom"})


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


def _is_org(tok, layer) -> bool:
    """Whether ``tok`` names an organisation one joins or leaves as a member (a party, a
    body): "left UKIP". The organisation's troops are its members, not it ("leaving 100 UN
    troops"); a company ("Co", "Inc", "plc") is joined or left as an employee, no act
    between parties ("has joined American Express Co as managing director")."""
    if lemma_of(tok) in word_list("class_force"):
        return False
    actors = getattr(layer, "actors", None)
    aid = layer.at(tok.i)
    if actors is not None and aid in actors:
        actor = actors[aid]
        last = str(getattr(actor, "name", "")).lower().replace(".", "").split()[-1:]
        return getattr(actor, "kind", None) == "organization" and not set(last) & word_list("company_name_ends")
    return tok.ent_type_ == "ORG"


def _is_person(tok, layer) -> bool:
    """Whether ``tok`` names a person ("captured Hasenfus" is an arrest, "captured Juba" an assault)."""
    actors = getattr(layer, "actors", None)
    aid = layer.at(tok.i)
    if actors is not None and aid in actors:
        return getattr(actors[aid], "kind", None) == "person"
    return tok.ent_type_ == "PERSON"


_ALL_FACTS = frozenset({"prt", "prep", "obj", "with", "neg", "comp", "subj", "pobj", "*actor"})


def _object_facts(verb, layer, kids, objs, need) -> set[str]:
    """The object facts of ``verb`` (:func:`_verb_facts`): the lemmas of its objects and their compounds,
    "$" for an amount, "*actor"/"*org"/"*person" for an actor object, "*N:TYPE" for an event noun by its
    modifiers only, "*any" for any object, "*before" for an object before a preposition and "*oprd" for an
    object complement ("considered the sanctions a mistake")."""
    obj: set[str] = set()
    # "offered George Bush his congratulations": the parser hangs the object on the dative
    obj |= {lemma_of(m) for d in kids if d.dep_ == "dative" for m in d.children if m.dep_ == "appos"
            and m.pos_ == "NOUN" and any(x.dep_ in ("det", "predet", "poss") for x in m.children)}
    for o in objs:
        obj.add(lemma_of(o))
        obj |= {lemma_of(m) for m in o.children if m.dep_ in ("compound", "nummod", "quantmod")}
        # the second object of a two-object verb parsed as an apposition of the first:
        # "wish the couple all the luck", "gave them a veto"
        obj |= {lemma_of(m) for m in o.children if m.dep_ == "appos" and m.pos_ == "NOUN" and m.i > o.i + 1
                and any(d.dep_ in ("det", "predet", "poss") for d in m.children)}
        # "tons of food aid", "a state of siege", "thousands of refugees"
        obj |= _of_object(o)
        if o.pos_ == "NOUN" and (sense := lookup_noun(lemma_of(o), bare=False, **noun_facts(o))) is not None:
            obj.add(f"*N:{sense.type}")  # an act by its modifiers only: "retaliatory measures"
        if o.like_num or o.ent_type_ == "MONEY" or money_amount(o):
            obj.add("$")
        if "*actor" in need and (layer.at(o.i) or np_actors(o, layer)):
            obj.add("*actor")
            if _is_org(o, layer):
                obj.add("*org")
            if _is_person(o, layer):
                obj.add("*person")
    if objs:
        obj.add("*any")
    if any(o.dep_ == "dobj" and o.head.i == verb.i and any(p.dep_ == "prep" and p.i > o.i for p in kids)
           for o in objs):
        obj.add("*before")  # "called the attacks on X an escalation": "on" is no particle of "call"
    if any(c.dep_ == "oprd" for c in kids):
        obj.add("*oprd")  # "considered the sanctions a mistake": the object is judged, not weighed
    return obj


def _verb_facts(verb, layer, kids=None, objs=None, need=_ALL_FACTS):
    """What the lexicon conditions test about ``verb``: particles, prepositions, object
    lemmas, "with" objects, negation and clausal complements (only the keys in ``need``)."""
    kids = list(verb.children) if kids is None else kids
    objs = objects_of(verb, kids) if objs is None else objs
    facts: dict = {"neg": any(c.dep_ == "neg" for c in kids)}
    if "prt" in need:
        # "together", "aside" and "forward" count as particles: "worked together", "brushed aside",
        # "put the plan forward", and so do the adverbs of phrasal verbs right after them ("workers walked
        # out", "backed down", not "rise by 4.5 pct, up from"); a preposition with no object of its own
        # is a particle: "pulled out of Homs"
        facts["prt"] = {lemma_of(c) for c in kids if c.dep_ == "prt" or (
            c.dep_ == "advmod" and c.text.lower() in ("together", "aside", "forward")) or (
            c.dep_ == "advmod" and c.i == verb.i + 1 and c.text.lower() in _ADVERB_PARTICLES) or (
            c.dep_ == "prep" and c.text.lower() in _PARTICLES and not any(g.dep_ == "pobj" for g in c.children))}
    if "prep" in need:
        prep = {c.text.lower() for c in kids if c.dep_ in ("prep", "dative", "agent")}
        for c in kids:  # "spoke again with", "down in": particles and adverbs carrying a prep
            if c.dep_ in ("prt", "advmod"):
                prep |= {g.text.lower() for g in c.children if g.dep_ == "prep"}
            elif c.dep_ == "advcl":  # "called for him to resign": "for" marks the clause
                prep |= {g.text.lower() for g in c.children if g.dep_ == "mark" and g.text.lower() == "for"}
        facts["prep"] = prep
    if "obj" in need:
        facts["obj"] = _object_facts(verb, layer, kids, objs, need)
    if "with" in need:
        facts["with_"] = {lemma_of(p) for c in kids if c.dep_ == "prep" and c.text.lower() == "with"
                          for p in c.children if p.dep_ == "pobj"}
    if "subj" in need:  # the subject, or the controller's ("members voted to strike")
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        elif subj is None and verb.dep_ in ("amod", "acl") and verb.tag_ == "VBG":
            subj = verb.head  # "striking miners", "workers striking at the plant": the noun does it
        facts["subj"] = set() if subj is None else {
            lemma_of(x) for x in (subj, *subj.children) if x is subj or x.dep_ == "compound"} | _of_object(subj)
    if "pobj" in need:
        pobjs = [o for c in kids if c.dep_ in ("prep", "dative", "agent") for o in c.children if o.dep_ == "pobj"]
        named = layer is not None and any(layer.at(o.i) for o in pobjs)  # "left for Tokyo": pobj=*actor
        facts["pobj"] = {lemma_of(o) for o in pobjs} | ({"*actor"} if named else set())
    if "comp" in need:
        facts["comp"] = _comp_facts(kids)
    return facts


def _comp_facts(kids) -> set[str]:
    """The verb lemmas of a verb's clausal complements, "*clause" for a finite one with a subject of
    its own ("vowed that Egypt would ..."), "*not" for a negated one ("vowed not to return") and "*to" for
    an infinitive without a subject of its own ("told Japan to open")."""
    comp = {lemma_of(c) for c in kids if c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children))}
    if any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) for c in kids):
        comp.add("*clause")
    if any(c.dep_ in ("xcomp", "ccomp") and any(n.dep_ == "neg" for n in c.children) for c in kids):
        comp.add("*not")
    if any(c.dep_ in ("xcomp", "ccomp") and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
           and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children) for c in kids):
        comp.add("*to")  # an infinitive without a subject of its own: "told Japan to open its markets"
    return comp


_COMPASS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"})
#: Adverbs the parser gives phrasal verbs instead of particles ("walked out", "stepped down").
_ADVERB_PARTICLES = frozenset({"out", "down", "off", "back", "away", "up", "over"})
def _of_object(noun) -> set[str]:
    """Lemmas of the object of ``noun``'s "of" phrase and its compounds ("of interest payments")."""
    return {lemma_of(x) for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
            for q in p.children if q.dep_ == "pobj" for x in (q, *q.children) if x.dep_ in ("pobj", "compound")}


def noun_facts(noun) -> dict:  # name -> set of lemmas
    """The facts the conditional entries of event noun ``noun`` are tried on (:func:`lookup_noun`): the
    lemmas of its modifiers, of its "of" object and of its other prepositions' objects ("attack on the cost").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> noun_facts(Doc(Vocab(), words=["end", "of", "sanctions"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])[0])
    {'mod': set(), 'obj': {'sanctions'}, 'pobj': set()}
    """
    mods = {lemma_of(m) for m in noun.children if m.dep_ in ("amod", "compound")}
    pobj = {lemma_of(q) for p in noun.children if p.dep_ == "prep" and p.text.lower() != "of"
            for q in p.children if q.dep_ == "pobj"}
    return {"mod": mods, "obj": _of_object(noun), "pobj": pobj}


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
        for cand in [n, *[m for m in n.children if m.dep_ == "compound" or (m.dep_ == "amod" and compass)]]:
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
            facts = _verb_facts(tok, layer, kids, objs, needs.get(lem, frozenset()))
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
