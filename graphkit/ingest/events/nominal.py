"""Who does an act named by a noun, when the noun's own phrase does not say it.

News names many acts by nouns and puts their doer somewhere else in the clause:

* the agent of a participle by which the act is done: "a general strike called by workers",
  "the demonstration staged by students", "an attack carried out by rebels"
  (:func:`participle_agents`);
* the subject of a state the act is: "the seamen were still on strike", "X is on a visit to Y"
  (:func:`state_doers`);
* the subject of the clause a meeting is the occasion of: "After a day of meetings with Bush,
  Clark said ...", "Glitman presented the treaty during a meeting with the Soviet team" -- one takes
  part in the meeting one speaks or acts at (:func:`occasion_doers`);
* the subject of a verb of going or leading a party to a meeting: "Bedregal led a team to the talks"
  (:func:`attending_doers`);
* a nationality or name modifying the noun when a preposition names its patient ("U.S. attacks on Iranian
  oil platforms") or it has none (:mod:`graphkit.ingest.events.authors`) (:func:`modifier_doers`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["a", "strike", "called", "by", "workers"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3], deps=["det", "ROOT", "acl", "agent", "pobj"],
...           pos=["DET", "NOUN", "VERB", "ADP", "NOUN"], lemmas=["a", "strike", "call", "by", "worker"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return "workers" if i == 4 else None
>>> participle_agents(doc[1], Layer())
['workers']
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events import noun_frames as _frames
from graphkit.ingest.events.amounts import DOING as _DOING
from graphkit.ingest.events.amounts import amount_nouns
from graphkit.ingest.events.antecedents import told_interaction
from graphkit.ingest.events.authors import authored, opposed
from graphkit.ingest.events.backing import lent_backing
from graphkit.ingest.events.encounters import met_parties, occasion_preps
from graphkit.ingest.events.facts import mass_use, state_owned
from graphkit.ingest.events.implied import country_actor
from graphkit.ingest.events.lexicon import Trigger, load_lexicon, lookup_noun, lookup_verb
from graphkit.ingest.events.meetings import (
    GOING,
    aside_doers,
    attending_doers,
    held_before,
    occasion_doers,
    reporting_side,
)
from graphkit.ingest.events.nominal_roles import hypothetical, misplaced_agents, modifier_actor, patient_objects
from graphkit.ingest.events.reprisals import FOR_ACT, is_revenge
from graphkit.ingest.events.roles import np_actors, subject_actors
from graphkit.ingest.events.scan import predicate, tokens_where
from graphkit.ingest.events.triggers import Candidate, verb_lemma
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["own_doers", "named_doers", "is_revenge", "modifier_only", "nested_nouns", "cause_doers", "avenged_doers",
           "amount_nouns", "held_support", "attending_doers", "source_doers",
           "participle_agents", "state_doers", "occasion_doers", "modifier_doers", "nominal_doers",
           "PATIENT_PREPS"]

#: Verbs of being in a state: "were on strike", "went on strike", "is on a visit to".
_BEING = frozenset({"be", "go", "remain", "stay", "come", "continue"})
#: Prepositions that name the patient of an act ("attacks on X", "sanctions against Y").
PATIENT_PREPS = frozenset({"on", "against", "upon", "into"})


def participle_agents(noun, layer) -> list[str]:
    """The agent of a passive participle of doing that modifies ``noun``: "a strike called by
    workers" (see the module); a participle of judging ("the strike condemned by X") names no doer."""
    return [a for v in noun.children if v.dep_ == "acl" and verb_lemma(v) in _DOING
            for g in v.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
            for a in np_actors(o, layer)]


def state_doers(noun, layer) -> list[str]:
    """The subject of "be/go on <noun>": "the seamen were still on strike".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["seamen", "were", "on", "strike"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["seaman", "be", "on", "strike"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "seamen" if i == 0 else None
    >>> state_doers(doc[3], Layer())
    ['seamen']
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.text.lower() != "on" or prep.dep_ != "prep" or _lemma(prep.head) not in _BEING:
        return []
    return subject_actors(prep.head, layer)


def modifier_doers(noun, layer) -> list[str]:
    """The actors named by the modifiers of ``noun`` when a preposition names its patient: "U.S.
    attacks on Iranian oil platforms" (the U.S.), or the party it is addressed to ("West German aid to
    Bolivia"), but not "Iranian attacks" alone, nor an actor that is the patient itself. An adjective of
    nationality names its country even when the article names it nowhere else ("the Iraqi attack on the
    tanker": Iraq, added to the layer)."""
    # "on", "against", or "of" of an act done to something; else "to" naming the party it is addressed
    # or given to ("West German aid to Bolivia", "the Japanese visit to Washington")
    objs = patient_objects(noun) or [o for p in noun.children if p.dep_ == "prep" and p.text.lower() == "to"
                                     for o in p.children if o.dep_ == "pobj" and np_actors(o, layer)]
    if not (objs or authored(noun) and not _answered(noun)) or hypothetical(noun, _UNREAL_MODS):  # "any attack"
        return []
    patients = {a for o in objs for a in np_actors(o, layer)}
    out: list[str] = []
    for m in noun.children:
        # "U.S. attacks", "the Soviet invasion of Afghanistan" -- an adjective of nationality names its
        # country even when the article names it nowhere else ("after the Iraqi attack on the tanker")
        a = modifier_actor(m, noun, layer) or (
            country_actor(code, None, layer) if m.dep_ == "amod" and (code := demonym_code(m.text)) else None)
        if m.dep_ in ("amod", "compound", "nmod") and a and a not in patients and a not in out:
            out.append(a)
    return out


def named_doers(noun, layer) -> list[str]:
    """The doers event noun ``noun``'s words name (:func:`own_doers`), else the actors its modifiers
    name ("the U.S. raids", "Iranian attacks"), other than the one the noun itself stands for."""
    return own_doers(noun, layer) or [x for m in noun.children if m.dep_ in ("amod", "compound", "nmod")
                                      if (x := layer.at(m.i)) and x != layer.at(noun.i)]


#: Categories whose "from" phrase names the doer: what is said or given comes from its author ("threats
#: of retaliation from the EC", "aid from Japan"); a withdrawal, an expulsion or fire "from" a place
#: leaves or starts there.
_FROM_AUTHOR = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                          "AID"})


def _answered(noun) -> bool:
    """Whether ``noun`` is what another act answers: the object of an event verb, or of its preposition
    ("conceded to demands from UNITA", "rejected threats from X"): the report is of the answer."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    return noun.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and lookup_verb(verb_lemma(verb)) is not None


def source_doers(noun, layer) -> list[str]:
    """The actors of the "from" phrase of event noun ``noun`` when its sense is something said or given
    (see ``_FROM_AUTHOR``): "the recent threats of trade retaliation from the European Community".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["threats", "from", "Brussels"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], lemmas=["threat", "from", "Brussels"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "ec" if i == 2 else None
    >>> source_doers(doc[0], Layer())
    ['ec']
    >>> doc = Doc(Vocab(), words=["withdrawal", "from", "Chad"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], lemmas=["withdrawal", "from", "Chad"])
    >>> source_doers(doc[0], Layer())
    []
    """
    trig = lookup_noun(_lemma(noun))
    if trig is None or trig.type not in _FROM_AUTHOR or _answered(noun):
        return []
    # the parser may hang "from" on the "of" object: "threats of retaliation from the EC"
    heads = [noun, *(q for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
                     for q in p.children if q.dep_ == "pobj" and not layer.at(q.i))]
    return list(dict.fromkeys(a for h in heads for p in h.children if p.dep_ == "prep" and p.text.lower() == "from"
                              for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)))


def nominal_doers(noun, layer) -> list[str]:
    """The doer of the act ``noun`` names from the clause around it (see the module), else nobody."""
    for how in (participle_agents, _frames.clause_doers, state_doers, occasion_doers, attending_doers, modifier_doers,
                misplaced_agents, reporting_side, aside_doers, source_doers):
        if out := how(noun, layer):
            return list(dict.fromkeys(out))
    return []


#: Verbs whose object is no act that happened: what is asked, promised, feared or planned
#: ("demanded Israel's withdrawal", "feared an Iranian attack on Kuwait").
_UNREAL = frozenset({"demand", "urge", "call", "seek", "want", "ask", "request", "plan", "propose", "discuss",
                     "consider", "fear", "expect", "anticipate", "predict", "oppose", "prevent", "avert", "avoid",
                     "block", "threaten", "warn", "promise", "pledge", "vow", "deny", "reject", "rule", "await",
                     "prepare", "risk", "need", "require", "favour", "favor", "suggest", "recommend", "advocate"})
#: Modifiers of an act not (yet) done: "a possible attack", "the planned withdrawal".
_UNREAL_MODS = frozenset({"possible", "planned", "proposed", "expected", "potential", "future", "threatened",
                          "promised", "prospective", "likely", "feared", "imminent", "alleged", "rumoured",
                          "rumored", "hypothetical", "further", "any"})
_HEDGED_TYPES = frozenset({"REQUEST", "AGREE", "THREATEN", "REJECT"})


def own_doers(noun, layer) -> list[str]:
    """The doers ``noun``'s own words name: its possessor, its "by" agent, or those of
    :func:`nominal_doers`."""
    out = [a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, layer)]
    out += [a for p in noun.children if p.dep_ == "prep" and p.text.lower() == "by"
            for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)]
    return out or nominal_doers(noun, layer)


def _unreal(noun, hedged_heads: set[int]) -> bool:
    """Whether ``noun`` names an act not said to have happened: one modified as possible or planned,
    or the argument of a verb of asking, fearing or planning (see ``_UNREAL``), or of a commitment."""
    if any(m.dep_ in ("amod", "compound", "det") and (_lemma(m) in _UNREAL_MODS or m.text.lower() in _UNREAL_MODS)
           for m in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.text.lower() == "for" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return True  # what a thing is "for" is still to come ("rehearsals for a visit by X", "calls for"),
    # unlike what one acts "for" ("praised X for its cooperation", "punished for its attack")
    below = noun
    for a in noun.ancestors:
        if a.pos_ in ("VERB", "AUX"):
            if below.dep_ == "prep" and below.text.lower() in occasion_preps(noun):
                return False  # the occasion of what is asked is no part of it ("During a visit to X, Y was asked")
            # the doer of a verb of asking or threatening is no content of it ("the tariffs threaten X")
            return (below.dep_ != "nsubj" and (_lemma(a) in _UNREAL or a.i in hedged_heads)) or any(
                x.dep_ == "aux" and x.text.lower() in ("will", "would", "could", "might", "may", "should", "to")
                for x in a.children) and noun.head.i == a.i
        below = a
    return False


def _sense(noun):
    """The sense of event noun ``noun``, its governing verb being the verb it is the object of, the
    participle of doing that modifies it ("a strike called by ...") or "go" ("were on strike")."""
    mods = {_lemma(m) for m in noun.children if m.dep_ in ("amod", "compound")}
    mods |= ({"*mass"} if mass_use(noun) else set()) | ({"*state"} if state_owned(noun) else set())
    obj = {_lemma(x) for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
           for q in p.children if q.dep_ == "pobj" for x in (q, *q.children) if x.dep_ in ("pobj", "compound")}
    pobj = {_lemma(q) for p in noun.children if p.dep_ == "prep" and p.text.lower() != "of"
            for q in p.children if q.dep_ == "pobj"}
    govs = [_lemma(noun.head)] if noun.dep_ in ("dobj", "nsubjpass") else []
    govs += [verb_lemma(v) for v in noun.children if v.dep_ == "acl" and verb_lemma(v) in _DOING]
    govs += ["go"] if noun.dep_ == "pobj" and noun.head.text.lower() == "on" else []
    for gov in [*govs, None]:
        trig = lookup_noun(_lemma(noun), gov=gov, mod=mods, obj=obj, pobj=pobj, pred=predicate(noun), bare=gov is None)
        if trig is not None:
            return trig
    return None


def _background(noun, layer) -> bool:
    """Whether ``noun`` is an earlier act told as the occasion of the clause ("ordered patrols after
    violent protests by X") and no done act between parties (``antecedents.told_interaction``: not "after the
    U.S. expulsion of Soviet diplomats"): the report is of the clause's act."""
    return noun.dep_ == "pobj" and noun.head.text.lower() in ("after", "following") and noun.head.head.pos_ == "VERB" \
        and not told_interaction(noun, layer)


def _addressed(noun, layer) -> bool:
    """Whether ``noun`` names the party it is made to ("France's proposals to the Paris Club", "an offer to
    Iran"): a proposal to another party is an act between the two, one without is a plan judged."""
    return any(p.dep_ == "prep" and p.text.lower() in ("to", "with") and np_actors(o, layer)
               for p in noun.children for o in p.children if o.dep_ == "pobj")


def _alone(noun, trig) -> bool:
    """Whether a meeting noun names no party besides its owner: "at its annual meeting", "the Bundesbank's
    council meeting" are gatherings of one body, no consultation with anyone."""
    return trig.type == "CONSULT" and _lemma(noun) not in GOING and not any(
        p.dep_ == "prep" and p.text.lower() in ("with", "between", "among") for p in noun.children)


def nested_nouns(doc, cands: list[Candidate], layer) -> list[Candidate]:
    """Event nouns inside the phrases of other acts that are acts of their own because their words
    name their doer: "backed President Reagan's retaliatory strike against Iranian targets",
    "after U.S. attacks on Iranian oil platforms", "in clashes during a general strike called by
    workers", "were still on strike". Not an act that is only asked for, feared or planned
    ("demanded Israel's withdrawal"), nor an offer or proposal made to no named party (what is judged:
    "criticised a proposal by X to ..."; "welcomed France's proposals to the Paris Club" is France's), nor
    the noun a light verb or a verb of the same type already tells ("launched an attack", "Israel's attack
    killed ten").

    Returns
    -------
    list of Candidate
        Noun candidates (kind ``"noun"``) marked ``extra["presupposed"]``: a noun phrase naming a
        done act presents it as a fact.
    """
    taken = {c.head.i for c in cands} | {c.noun.i for c in cands if c.noun is not None}
    same = {(c.head.i, c.trig.type) for c in cands if c.kind in ("verb", "light")}
    hedged = {c.head.i for c in cands if c.kind in ("verb", "light") and c.trig.type in _HEDGED_TYPES}
    refused = {c.head.i for c in cands if c.kind in ("verb", "light") and c.trig.type == "REJECT"}
    out = []
    for tok in tokens_where(doc, "NOUN", load_lexicon()["N"]):
        if tok.i in taken or not (own_doers(tok, layer) or met_parties(tok, layer)) or (  # "a meeting between X and Y"
                _background(tok, layer) and not held_before(tok)) or _frames.scheduled(tok):
            continue
        trig = _sense(tok) or _frames.clause_sense(tok) or _frames.framed_sense(tok, layer)  # "aid to Bolivia"
        done = trig is not None and (_frames.done_by_clause(tok) or _frames.answered_request(tok, trig, refused))
        if trig is None or (_unreal(tok, hedged) and not done):  # "the tariffs Reagan ordered", "refused X's request"
            continue
        told = (tok.head.i, trig.type) in same and tok.dep_ in ("nsubj", "dobj") and not opposed(
            tok, own_doers(tok, layer), layer)  # "Iraq repulsed an Iranian attack": Iran's act and Iraq's
        if (trig.type == "AGREE" and not _addressed(tok, layer)) or _alone(tok, trig) or told:
            continue
        out.append(Candidate(trig, tok, tok, tok, "noun", extra={"presupposed": True}))
    return out


def cause_doers(verb, layer) -> list[str]:
    """The doers of an act that is the subject of ``verb``, as its words name them: "an attack
    carried out by rebels killed ten soldiers" (the rebels killed them).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Israel", "'s", "attack", "killed", "ten"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 0, 3, 3, 3], deps=["poss", "case", "nsubj", "ROOT", "dobj"],
    ...           pos=["PROPN", "PART", "NOUN", "VERB", "NUM"], lemmas=["Israel", "'s", "attack", "kill", "ten"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "israel" if i == 0 else None
    >>> cause_doers(doc[3], Layer())
    ['israel']
    """
    nouns = load_lexicon()["N"]
    return [a for s in verb.children if s.dep_ == "nsubj" and s.pos_ == "NOUN" and _lemma(s) in nouns
            and not hypothetical(s, _UNREAL_MODS) for a in own_doers(s, layer)]  # "any attack will bring"


#: Verbs of having a party's backing: "X has the full support of Y", "won the backing of Y".
_HAVING = frozenset({"have", "enjoy", "win", "gain", "receive", "get", "secure", "obtain", "retain", "keep",
                     "command", "count", "earn"})
#: Nouns of backing given by a party.
_BACKING = frozenset({"support", "backing", "blessing", "endorsement"})
_SUPPORTED = Trigger("SUPPORT", None, "supported")


def held_support(doc, layer) -> list[Candidate]:
    """SUPPORT candidates (kind ``"speech"``) from "X has/enjoys/won the support of Y" (or "Y's
    support", "support from Y"): Y supports X, the subject of the verb of having receives it; and the help
    or backing a clause is done with (:func:`graphkit.ingest.events.backing.lent_backing`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Kuwait", "has", "the", "support", "of", "Riyadh"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Kuwait", "have", "the", "support", "of", "Riyadh"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "kuwait", 5: "saudi"}.get(i)
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in held_support(doc, Layer())]
    [(['saudi'], ['kuwait'])]
    """
    out = []
    for noun in tokens_where(doc, "NOUN", _BACKING):
        verb = noun.head
        if noun.dep_ != "dobj" or _lemma(verb) not in _HAVING:
            continue
        givers = [a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, layer)]
        givers += [a for p in noun.children if p.dep_ == "prep" and p.text.lower() in ("of", "from")
                   for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)]
        takers = [a for a in subject_actors(verb, layer) if a not in givers]
        if givers and takers:
            out.append(Candidate(_SUPPORTED, verb, noun, noun, "speech",
                                 extra={"actors": list(dict.fromkeys(givers)), "recipients": takers, "anchor": verb}))
    return out + lent_backing(doc, layer)  # "built it with the help of China": events.backing


def avenged_doers(head, layer) -> list[str]:
    """The doers of the act a retaliation pays back, when ``head`` (a trigger) or its object is a word
    of revenge: "would retaliate for U.S. Navy attacks on Gulf oil platforms" (the U.S.), "threatened
    vengeance after the U.S. raids" (the U.S.). A modifier of the avenged act names its doer: the one
    who avenges it is whom it was done to.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Tehran", "threatened", "vengeance", "after", "U.S.", "raids"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "NOUN"],
    ...           lemmas=["Tehran", "threaten", "vengeance", "after", "U.S.", "raid"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "iran", 4: "usa"}.get(i)
    >>> avenged_doers(doc[1], Layer())
    ['usa']
    """
    if not is_revenge(head):
        return []
    args = [head, *(c for c in head.children if c.dep_ in ("dobj", "xcomp", "ccomp"))]
    nouns = load_lexicon()["N"]
    out: list[str] = []
    for a in args:
        for p in a.children:
            if p.dep_ != "prep" or p.text.lower() not in FOR_ACT:
                continue
            for o in p.children:
                if o.dep_ == "pobj" and _lemma(o) in nouns:
                    out += named_doers(o, layer)
    return list(dict.fromkeys(out))


#: Nouns of a thing that carries out or embodies the act its modifier names: an "aid package" is aid, a
#: "protest note" a protest, "strike action" a strike; a "compromise budget" is a budget.
_VEHICLES = frozenset({"package", "programme", "program", "note", "letter", "action", "effort", "campaign",
                       "operation", "mission", "drive", "move", "step", "measure", "initiative", "bid", "attempt",
                       "deal", "accord", "pact", "agreement", "talk", "offer", "call", "threat", "order", "ban",
                       "facility", "line"})


def modifier_only(noun) -> bool:
    """Whether event noun ``noun`` only modifies another noun that is no act ("a compromise budget",
    "attack helicopters"), so that it names no event; not when that noun carries the act out ("an aid
    package", "a protest note").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "compromise", "budget"], heads=[2, 2, 2],
    ...           deps=["det", "compound", "ROOT"], lemmas=["a", "compromise", "budget"])
    >>> modifier_only(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["an", "aid", "package"], heads=[2, 2, 2],
    ...           deps=["det", "compound", "ROOT"], lemmas=["an", "aid", "package"])
    >>> modifier_only(doc[1])
    False
    """
    head = _lemma(noun.head)
    return noun.dep_ == "compound" and head not in _VEHICLES and head not in load_lexicon()["N"]
