"""What the lexicon's conditions test about a trigger word: the facts of a verb (particles,
prepositions, objects, subject, clausal complements, negation) and of an event noun (modifiers,
"of" object, other prepositions' objects), read from the dependency parse for
:mod:`graphkit.ingest.events.triggers`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["suspension", "of", "interest", "payments"], heads=[0, 0, 3, 1],
...           deps=["ROOT", "prep", "compound", "pobj"], lemmas=["suspension", "of", "interest", "payment"])
>>> sorted(noun_facts(doc[0])["obj"])
['interest', 'payment']
"""
from __future__ import annotations

from graphkit.ingest.events.double_objects import fused_theme
from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.money import money_amount, money_sum
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.voice import passive_head, patient_noun
from graphkit.ingest.words import word_list

__all__ = ["ALL_FACTS", "lemma_of", "mass_use", "noun_facts", "objects_of", "state_owned", "verb_facts"]

#: Adverbial particles the parser may attach as a preposition when another follows ("out of").
_PARTICLES = frozenset({"out", "off", "up", "down", "back", "away"})


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
    elif (theme := fused_theme(verb)) is not None:  # "granted Turkey aid": "aid" labelled the dative
        objs.append((theme, verb))
    out = []
    for o, v in objs:
        if v.dep_ == "relcl" and o.text.lower() in _RELATIVES and v.head.i != v.i:
            o = v.head  # "a helicopter that was captured": the relative pronoun stands for its noun
        out += [o, *[c for c in o.conjuncts if c.i > o.i]]
    return out


_RELATIVES = frozenset({"that", "which", "who", "whom"})


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


ALL_FACTS = frozenset({"prt", "prep", "obj", "with", "neg", "comp", "subj", "pobj", "*actor"})


def _object_facts(verb, layer, kids, objs, need) -> set[str]:
    """The object facts of ``verb`` (:func:`verb_facts`): the lemmas of its objects and their compounds,
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
        if mass_use(o):
            obj.add("*mass")  # "to meet demand": a quantity, no act
        if o.like_num or o.ent_type_ == "MONEY" or money_amount(o) or money_sum(o):
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


def verb_facts(verb, layer, kids=None, objs=None, need=ALL_FACTS):
    """What the lexicon conditions test about ``verb``: particles, prepositions, object
    lemmas, "with" objects, negation and clausal complements (only the keys in ``need``).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "spoke", "to", "Iraq"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["Iran", "speak", "to", "Iraq"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return None
    >>> facts = verb_facts(doc[1], Layer())
    >>> facts["prep"], facts["subj"], facts["neg"]
    ({'to'}, {'iran'}, False)
    """
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
        if subj is not None and subj.ent_type_ == "GPE":
            facts["subj"].add("*state")  # "Norway boycotted South African goods": a state acts
    if "pobj" in need:
        pobjs = [o for c in kids if c.dep_ in ("prep", "dative", "agent") for o in c.children if o.dep_ == "pobj"]
        # "left for Tokyo": pobj=*actor; so is a bare indirect object, "granted Argentina a loan" (to Argentina)
        datives = [c for c in kids if c.dep_ == "dative" and not any(o.dep_ == "pobj" for o in c.children)]
        named = layer is not None and any(layer.at(o.i) for o in (*pobjs, *datives))
        facts["pobj"] = {lemma_of(o) for o in pobjs} | ({"*actor"} if named else set())
    if "comp" in need:
        facts["comp"] = _comp_facts(kids)
        # a clause whose subject is itself an actor that acts: "wants Japan to open", not "recommended that X be
        # charged", "wanted the Paris communique to imply" (a thing named after one) or "wanted it shifted"
        if layer is not None and any(s.pos_ in ("PROPN", "NOUN") and layer.at(s.i) for c in kids if c.dep_ == "ccomp"
                                     for s in c.children if s.dep_ == "nsubj"):
            facts["comp"].add("*actor")
    return facts


def _comp_facts(kids) -> set[str]:
    """The verb lemmas of a verb's clausal complements, "*clause" for a finite one with a subject of
    its own ("vowed that Egypt would ..."), "*not" for a negated one ("vowed not to return") and "*to" for
    an infinitive without a subject of its own ("told Japan to open"); :func:`verb_facts` adds "*actor"
    for a clause whose active subject is an actor ("wants Japan to open its markets")."""
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


#: Adverbs the parser gives phrasal verbs instead of particles ("walked out", "stepped down").
_ADVERB_PARTICLES = frozenset({"out", "down", "off", "back", "away", "up", "over"})
def _of_object(noun) -> set[str]:
    """Lemmas of the object of ``noun``'s "of" phrase and its compounds ("of interest payments")."""
    return {lemma_of(x) for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
            for q in p.children if q.dep_ == "pobj" for x in (q, *q.children) if x.dep_ in ("pobj", "compound")}


#: What makes a singular noun a count noun, one act: a determiner, a possessor, a number ("a demand",
#: "Brazil's demand", "two demands").
_COUNTING = frozenset({"det", "poss", "predet", "nummod"})


def mass_use(noun) -> bool:
    """Whether ``noun`` is a singular noun used as a mass noun: no determiner, possessor or number, nor a
    proper-noun compound, before it ("demand from the Middle East", "to meet demand").

    English counts acts ("a demand", "his demands") and measures quantities with mass nouns ("demand
    for oil rose"): WordNet demand.n.01 "the ability and desire to purchase goods" against demand.n.02
    "an urgent or peremptory request". The lexicon reads "*mass" among a noun's modifiers and its verb's
    object facts.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["meet", "demand"], heads=[0, 0], deps=["ROOT", "dobj"], tags=["VB", "NN"])
    >>> mass_use(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["his", "demand"], heads=[1, 1], deps=["poss", "ROOT"], tags=["PRP$", "NN"])
    >>> mass_use(doc[1])
    False
    """
    if noun.tag_ != "NN":
        return False
    return not any(c.dep_ in _COUNTING or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)


def state_owned(noun) -> bool:
    """Whether ``noun`` is owned by a state: a possessor or compound that names a country, city or state
    (a GPE: "Norway's boycott", "the U.S. boycott"); the lexicon reads "*state" among its modifiers.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Norway", "boycott"], heads=[1, 1], deps=["poss", "ROOT"], ents=["B-GPE", "O"])
    >>> state_owned(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["consumer", "boycott"], heads=[1, 1], deps=["compound", "ROOT"])
    >>> state_owned(doc[1])
    False
    """
    return any(c.dep_ in ("poss", "compound") and c.ent_type_ == "GPE" for c in noun.children)


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
    if mass_use(noun):
        mods.add("*mass")  # "demand from the Middle East": a quantity, no act
    if state_owned(noun):
        mods.add("*state")  # "Norway's boycott": a state's act
    pobj = {lemma_of(q) for p in noun.children if p.dep_ == "prep" and p.text.lower() != "of"
            for q in p.children if q.dep_ == "pobj"}
    return {"mod": mods, "obj": _of_object(noun), "pobj": pobj}
