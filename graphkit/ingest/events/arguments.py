"""The roles a candidate's own words give, and one level deeper: who did what to whom.

:func:`event_roles` reads the actors and recipients of one trigger candidate of
:mod:`graphkit.ingest.events.triggers`: the subject and objects of a verb, the agent and
prepositional parties of an event noun, the parties of a light verb's noun, and, when those
name no recipient, the parties one level deeper -- the content of a claim or a call, the target
of a purpose, the party a refusal answers, the governor of what is judged ("X under Y", see
:mod:`graphkit.ingest.events.governors`), the party that undergoes a criticism
(:mod:`graphkit.ingest.events.reception`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> from graphkit.ingest.events.triggers import Candidate
>>> words = ["the", "resignation", "of", "Blunkett"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
...           lemmas=["the", "resignation", "of", "Blunkett"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return "blunkett" if i == 3 else None
>>> c = Candidate(Trigger("RETREAT", None, "resigned"), doc[1], doc[1], doc[1], "noun")
>>> event_roles(c, Layer())
(['blunkett'], [])
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.quantities import quantified_group
from graphkit.ingest.events import speech as _speech
from graphkit.ingest.events.addressees import told_addressees
from graphkit.ingest.events.agents import noun_agents, passive_parties
from graphkit.ingest.events.aims import deep_recipients as _deep_recipients
from graphkit.ingest.events.aims import purpose_recipients as _purpose_recipients
from graphkit.ingest.events.aims import threat_recipients
from graphkit.ingest.events.asked_parties import asked_doers, move_addressees
from graphkit.ingest.events.assailants import sides_between
from graphkit.ingest.events.attendance import errand_partners, occasion_partners
from graphkit.ingest.events.attributive import attributive_roles
from graphkit.ingest.events.complements import complement_recipients
from graphkit.ingest.events.control import content_clause, innermost
from graphkit.ingest.events.double_objects import given_to
from graphkit.ingest.events.forums import accused_beyond_forum, asks_by_preposition
from graphkit.ingest.events.governors import governors
from graphkit.ingest.events.lexicon import load_lexicon, lookup_noun
from graphkit.ingest.events.locatives import venue_towns
from graphkit.ingest.events.messages import message_roles
from graphkit.ingest.events.nominal import avenged_doers
from graphkit.ingest.events.nominal_roles import INTRANSITIVE_ACTS, modifier_actor
from graphkit.ingest.events.parties import (
    TOPIC_PREPS,
    is_reciprocal,
    measure_bodies,
    own_acts_parties,
    reciprocal_object,
    topic_owners,
    with_parties,
)
from graphkit.ingest.events.patients import aid_takers, givers_of_given, patient_nations, result_targets
from graphkit.ingest.events.places import left_places
from graphkit.ingest.events.receipt import obtainer
from graphkit.ingest.events.reception import undergoer
from graphkit.ingest.events.resistance import resisted_party
from graphkit.ingest.events.roles import (
    OBJECT_CONTROL,
    RECIPIENT_PREPS,
    SENDING,
    arg_actors,
    np_actors,
    object_actors,
    prep_actors,
    subject_actors,
)
from graphkit.ingest.events.shared import shared_object_verb
from graphkit.ingest.events.triggers import Candidate as _Cand
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import objects_of as _objects
from graphkit.ingest.events.venues import venue_party_actors
from graphkit.ingest.events.voice import asks_object
from graphkit.models import VERBAL_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["event_roles", "content_clause", "people_object", "reciprocal_object",
           "topic_owners"]

#: Speech acts and meetings addressed to the object of the verb whose purpose they are.
_ADDRESSED = VERBAL_TYPES | {"CONSULT", "PROTEST"}
_PLACES = frozenset({"country", "location"})
#: Acts aimed at a party's goods, forces or people: the country owning their patient is their recipient.
_AIMED = frozenset({"SANCTION", "ASSAULT", "COERCE", "AID", "THREATEN", "MOBILIZE"})
#: Prepositions that name a party, not what a dispute or a statement is about ("clashed over the euro").
_PARTY_PREPS = RECIPIENT_PREPS - TOPIC_PREPS
#: Acts whose "at" phrase names where they happen, never a party ("met at the White House").
_VENUE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
#: Types of dealing with a party named by "with" ("discussed X with Y"), whose object is only the matter
#: dealt with; not cutting or suspending ("suspended aid for Bosnia": Bosnia loses it).
_DEALING = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
#: Nouns of acts without an object, whose "of" phrase names the doer ("the resignation of Y").
_DOER_OF = INTRANSITIVE_ACTS


def _subjects_of(clause, layer) -> list[str]:
    return [a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)]


def _of_parties(noun: Token, layer) -> list[str]:
    """The actors the "of" phrase of an event noun is itself ("the arrest of three journalists", "the
    release of dozens of prisoners"), not those of a thing it names ("an offer of Commission help")."""
    out: list[str] = []
    for p in noun.children:
        if p.dep_ == "prep" and p.text.lower() == "of":
            for o in p.children:
                for h in ([o, *o.conjuncts] if o.dep_ == "pobj" else []):
                    h = quantified_group(h) or h
                    if (a := layer.at(h.i)) and a not in out:
                        out.append(a)
    return out


def _own_doers(verb, noun, layer) -> list[str]:
    """The doers an event noun names itself when the verb that takes it is no way of doing it by that
    verb's subject: "accepted the resignation of Martens' coalition" (the coalition resigned), but "Kerry
    announced his resignation" stays Kerry's and "lodged a protest" (a sense of the verb with the noun)
    its subject's."""
    if lookup_noun(_lemma(noun), gov=_lemma(verb), bare=False) is not None:
        return []
    own = [a for c in noun.children if c.dep_ == "poss" for a in np_actors(c, layer)]
    own += prep_actors(noun, layer, {"by"})
    if _lemma(noun) in _DOER_OF:  # "the resignation of Martens' coalition", not "of forces from Panama"
        own += [a for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of" for o in p.children
                if o.dep_ == "pobj" for m in (o, *(m for m in o.children if m.dep_ == "poss"))
                if m.pos_ == "PROPN" or m.dep_ == "poss" if (a := layer.at(m.i))]
    return list(dict.fromkeys(own))


def _judged_owners(c: _Cand, noun: Token, layer) -> list[str]:
    """Whom a judgement told by a noun is aimed at when its "of" phrase names a party's act or thing, not
    the party: "voiced criticism of the U.S. decision" is aimed at the United States, as "criticised the
    U.S. decision" is."""
    if c.trig.type not in _JUDGING:
        return []
    return [a for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of" for o in p.children
            if o.dep_ == "pobj" for a in np_actors(o, layer)]


def _light_roles(c: _Cand, noun: Token, layer) -> tuple[list[str], list[str]]:
    """A light verb with its event noun: "held talks with X", "reiterated its demand that X ..."; a
    light verb with no doer of its own is the noun's parties' ("a meeting of X, Y and Z was held")."""
    actors = _own_doers(c.head, noun, layer) or subject_actors(c.head, layer) or noun_agents(noun, layer)
    recips = prep_actors(noun, layer)
    if _lemma(noun) not in _DOER_OF:  # "announced the arrest of three journalists": they are arrested
        recips += _of_parties(noun, layer) or _judged_owners(c, noun, layer)
    if noun.dep_ == "compound":  # "a mediation effort between ..."
        recips += prep_actors(noun.head, layer)
    if c.trig.type == "REQUEST":  # "reiterated its demand that Israel ease ..."
        content = content_clause(noun) or content_clause(c.head)
        if content is not None:
            recips += _subjects_of(content, layer)
    for o in c.head.children:
        if o.dep_ in ("dative", "iobj") or (o.dep_ == "dobj" and o.i != noun.i and o not in noun.ancestors):
            recips += arg_actors(o, layer)
    recips += prep_actors(c.head, layer)
    return actors, recips


#: Acts of giving, pledging or backing: whom the aid they take as object goes to is their recipient.
_GIVING = frozenset({"AID", "SUPPORT", "AGREE"})
#: Types of judging another's act ("condemned the attack", "welcomed the release"): whom it is aimed at is
#: the act's doer, never those the act was done to.
_JUDGING = frozenset({"ACCUSE", "SUPPORT"})


def judged_acts(verb, layer) -> tuple[list[str], set[str]]:
    """The doers of the acts a verb of judging is aimed at, and those the acts were done to.

    "condemned the attacks on Christians" is aimed at the attackers (unnamed), never at the
    Christians; "condemned the Israeli attack on Gaza" at Israel; "welcomed the release of the
    hostages by the rebels" at the rebels. An object that is an event noun of the lexicon is such an
    act; its doers are its possessor, its "by" agent and the actors its modifiers name.
    """
    nouns = load_lexicon()["N"]
    doers: list[str] = []
    done_to: set[str] = set()
    for o in _objects(verb):
        if o.pos_ != "NOUN" or _lemma(o) not in nouns:
            continue
        own = [a for m in [o, *(m for m in o.children if m.dep_ in ("compound", "amod", "nmod"))]
               if (a := layer.at(m.i))] + noun_agents(o, layer)
        doers += [a for a in own if a not in doers]
        preps = RECIPIENT_PREPS | {"of", "for", "in", "near"}
        done_to |= set(prep_actors(o, layer, preps))
        # "the assault on Gaza as well as Egypt's role": a possessed conjunct is another judged thing
        doers += [a for p in o.children if p.dep_ == "prep" and p.text.lower() in preps
                  for q in p.children if q.dep_ == "pobj" for x in q.conjuncts
                  for m in x.children if m.dep_ == "poss" for a in np_actors(m, layer) if a not in doers]
    return doers, done_to - set(doers)


def _verb_roles(c: _Cand, layer) -> tuple[list[str], list[str]]:
    """A verb trigger: its subject and object, or whom its content clause is about."""
    actors = subject_actors(c.head, layer)
    recips = object_actors(c.head, layer)
    if not recips and not any(x.dep_ == "dobj" for x in c.head.children):
        # a shared object: "killed or wounded 1,500 soldiers", "attacked, seized and sank an Iranian ship"
        nxt = next((x for x in c.head.children if x.dep_ == "conj" and x.i <= c.head.i + 2), None)
        nxt = shared_object_verb(c.head) or nxt
        if nxt is not None:
            recips = [a for o in nxt.children if o.dep_ == "dobj" for a in arg_actors(o, layer)]
    if c.trig.mode == "third-party" or c.trig.type in VERBAL_TYPES:
        if not [r for r in recips if r not in actors]:
            content = innermost(content_clause(c.head))  # "agreed to try to open its markets to X"
            if c.trig.type == "REQUEST" and (asks_object(c.head, content) or asks_by_preposition(c.head, content)):
                content = None  # "urged people to put X's comments into context": "people" are asked, not X
            if content is not None:
                subj = _subjects_of(content, layer)
                recips += subj if c.trig.type == "REQUEST" and subj else object_actors(content, layer)
            elif c.trig.type in VERBAL_TYPES:  # "approved a law recognizing victories by X"
                for o in _objects(c.head):
                    acl = content_clause(o)
                    if acl is not None and acl.dep_ == "acl":
                        recips += object_actors(acl, layer)
        if c.trig.mode == "third-party":
            for o in _objects(c.head):
                recips += arg_actors(o, layer)
    named = any(o.dep_ in ("dobj", "dative") and np_actors(o, layer) for o in c.head.children)
    asked = [a for a in asked_doers(c.head, layer) if a not in actors] if c.trig.type == "REQUEST" else []
    if asked and not named:
        recips = asked  # "called for an Israeli withdrawal from Lebanon": Israel is asked, not Lebanon
    return actors, recips


def _first_roles(c: _Cand, layer) -> tuple[list[str], list[str]]:
    """The roles the trigger's own arguments give, by kind of candidate."""
    if c.kind == "noun":
        preps = {"on", "against", "with", "to", "into", "at", "between", "of", "toward", "towards", "upon"}
        if _lemma(c.head) in _DOER_OF:  # "the withdrawal of troops from Lebanon": Lebanon is left
            preps = (preps - {"of"}) | {"from"}
        return noun_agents(c.head, layer), prep_actors(c.head, layer, preps)
    if c.kind == "appraisal":  # the speaker, and the actors judged
        return subject_actors(c.head, layer), list(c.extra["recipients"])
    if c.kind == "speech":  # read by graphkit.ingest.events.speech
        return list(c.extra["actors"]), list(c.extra["recipients"])
    if c.kind == "demand" and c.content is not None:
        return subject_actors(c.head, layer), _subjects_of(c.content, layer)
    if c.kind == "light" and c.noun is not None:
        return _light_roles(c, c.noun, layer)
    return _verb_roles(c, layer)


def _addressee(c: _Cand, layer, actors: list[str]) -> list[str]:
    """"summoned Niger's ambassador to complain", "visited Cairo to discuss": the one called in
    or visited is whom the act is addressed to; "told Gorbachev the U.S. would not accept the plan":
    the one told is whom the teller's side refuses (:func:`told_addressees`)."""
    if (c.kind == "verb" and c.trig.type in _ADDRESSED and c.head.dep_ in ("xcomp", "advcl")
            and _lemma(c.head.head) not in OBJECT_CONTROL | SENDING
            and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.head.children)):
        return [a for o in c.head.head.children if o.dep_ == "dobj" for a in np_actors(o, layer)]
    if c.kind in ("verb", "light") and c.trig.type in VERBAL_TYPES:
        return told_addressees(c.head, actors, layer)
    return []


def _condition_party(c: _Cand, layer) -> list[str]:
    """The party whose action is the condition of a threat: "threatened to ... unless Baghdad accepted"."""
    out: list[str] = []
    for t in (c.head, content_clause(c.head)):
        for a in (t.children if t is not None else ()):
            if a.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless")
                                         for m in a.children):
                out += [x for s in a.children if s.dep_ == "nsubj" for x in np_actors(s, layer)]
    return out


def _of_recipients(noun: Token, layer) -> list[str]:
    """"a suspension of air links with Serbia", "the withdrawal of forces from Panama"."""
    return [a for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
            for o in p.children if o.dep_ == "pobj" for a in prep_actors(o, layer)]


def _visited_or_backed(c: _Cand, layer, actors: list[str], recips: list[str]) -> list[str]:
    """The host of a visit by going ("left for Tokyo", "arrived in Moscow"; "left Tokyo for Seoul": Seoul; the
    party of the talks it is for)
    and whom one is behind ("rallied behind Reagan"), when the verb's other phrases name no recipient."""
    none_yet = not [r for r in recips if r not in actors]
    if c.kind == "noun" and c.trig.mode == "visit" and none_yet and any(m.dep_ == "poss" for m in c.head.children):
        # "her Soviet trip", "his Middle East tour": with its owner the visitor, a place names the host
        return recips + [a for m in c.head.children if m.dep_ in ("amod", "compound")
                         if (a := modifier_actor(m, c.head, layer)) and a not in actors]
    if c.kind != "verb":
        return recips
    # "arrived in Moscow for talks with Soviet leaders": the leaders host the visit, in Moscow
    if c.trig.mode == "visit" and (hosts := errand_partners(c.head, layer) + prep_actors(c.head, layer, {"for", "in"})):
        return hosts if none_yet or _lemma(c.head) == "leave" else recips
    if none_yet and c.trig.type == "SUPPORT":
        return recips + prep_actors(c.head, layer, {"behind"})
    return recips


def _left_or_accused(c: _Cand, layer, actors: list[str], recips: list[str]) -> list[str]:
    """The place a withdrawal leaves ("withdrew from positions in southern Lebanon": Lebanon), when no
    other recipient is named; the accused, not the forum, of a complaint ("protested to the UN over
    Turkish violations": Turkey)."""
    if c.kind == "verb" and c.trig.type == "RETREAT" and not [r for r in recips if r not in actors]:
        recips = recips + left_places(c.head, layer, lambda a: getattr(layer.actors.get(a), "kind", None))
    if c.trig.type == "ACCUSE" and c.kind in ("verb", "light", "noun"):
        heads = [c.head, *([c.noun] if c.kind == "light" and c.noun is not None else [])]
        recips = accused_beyond_forum(heads, actors, recips, layer)
    return recips


def _mutual_sides(c: _Cand, layer) -> list[str]:
    """The sides "between" whom a fight is ("fights between X and Y") or a mutual act told by a passive
    verb with no agent ("an agreement was reached between X and Y"): they are its doers."""
    sides = sides_between(c.head, layer) if c.trig.type == "ASSAULT" else []
    return sides or (passive_parties(c.head, layer) if c.kind in ("verb", "light") else [])


def event_roles(c: _Cand, layer) -> tuple[list[str], list[str]]:
    """The actors and recipients of candidate ``c`` (see the module)."""
    actors, recips = _first_roles(c, layer)
    actors, recips = message_roles(c.kind, c.trig.type, c.head, layer, actors, recips)  # "a note to X protesting"
    if not actors and (sides := _mutual_sides(c, layer)):  # "fights between X, Y"
        actors, recips = sides, [r for r in recips if r not in sides]

    def none_yet() -> bool:
        return not [r for r in recips if r not in actors]

    if none_yet() and c.trig.type == "ACCUSE" and c.kind in ("verb", "light", "noun"):
        # "an investigation into an allegation that Y ...": Y is investigated
        args = [c.head, *_objects(c.head), *([c.noun] if c.noun is not None else [])]
        args += [o for a in args for p in a.children if p.dep_ == "prep" and p.text.lower() in ("into", "of", "over")
                 for o in p.children if o.dep_ == "pobj"]
        recips += [a for o in args for a in _speech.claim_targets(o, layer)]
    noun = c.noun if c.kind == "light" else c.head if c.kind == "noun" else None
    if noun is not None and none_yet():
        recips += _of_recipients(noun, layer)
        recips += given_to(noun, layer)  # "offered Britain compensation": Britain receives it
    said = c.kind == "noun" and c.trig.type in VERBAL_TYPES or c.kind == "verb" and c.trig.type == "ACCUSE"
    if said and none_yet() and (cl := content_clause(c.head)) is not None:  # "charged that X lied" too
        recips += _subjects_of(cl, layer)  # "allegations that X lied", "calls for X to resign": X
    if none_yet() and c.kind == "noun":
        # "faced criticism from", "won pledges from"; "Iran ignored an appeal from the U.N.": to Iran
        recips += undergoer(c.head, layer) or obtainer(c.head, layer) or move_addressees(
            c.head, c.trig.type, layer) or resisted_party(c.head, c.trig.type, layer) or (  # "repelled an attack by X"
            complement_recipients(c.head, c.trig.type, layer))  # "a threat to impose tariffs on Japanese goods"
    if none_yet() and c.trig.type in _AIMED and c.kind in ("verb", "light", "noun"):
        # "attacks on Iranian shipping", "imposed tariffs on imports of Japanese goods": Iran, Japan
        heads = [noun] if c.kind == "noun" else [c.head, *([noun] if noun is not None else _objects(c.head))]
        recips += [a for h in heads for a in patient_nations(h, layer)] or (  # "..., killing 12 people"
            result_targets(c.head, layer) if c.kind == "verb" else [])
    if none_yet() and c.kind == "noun" and c.trig.type == "CONSULT":
        recips += venue_party_actors(c.head, layer)  # "a meeting at the mission with the Soviet team"
    recips = _visited_or_backed(c, layer, actors, recips)
    if none_yet() and c.kind in ("verb", "light"):
        recips += _purpose_recipients(c.head, layer)
    if none_yet() and c.kind == "verb" and c.trig.type in VERBAL_TYPES:
        # "declined to resign despite pressure by X": the refusal answers X
        recips += [a for x in c.head.children if x.dep_ == "xcomp" for a in _purpose_recipients(x, layer)]
    if none_yet() and c.kind == "verb" and c.trig.type == "REQUEST":
        recips += _speech.asked_party(c.head, layer)  # "called for X to resign"
    if none_yet():
        recips += _addressee(c, layer, actors)
    if none_yet() and c.kind in ("verb", "light"):
        recips += _deep_recipients(c, layer)
    if none_yet() and c.kind in ("verb", "light"):
        recips += avenged_doers(c.head, layer)  # "threatened vengeance after the U.S. raids"
    if c.trig.type == "THREATEN" and none_yet():
        recips += _condition_party(c, layer)
    recips = threat_recipients(c, layer, actors, recips)  # a threat's or a retaliation's aim, one level deeper
    recips = _left_or_accused(c, layer, actors, recips)
    if c.kind == "verb" and c.trig.label.endswith(" with"):
        # "discussed the sale of its plants with buyers": the object is a topic, not a party
        recips = with_parties(c.head, list(_objects(c.head)), layer, recips, matter=c.trig.type in _DEALING)
    if c.trig.type in VERBAL_TYPES and c.kind in ("verb", "light", "noun"):
        args = [c.head] if c.kind == "noun" else [c.noun] if c.kind == "light" and c.noun is not None else []
        gov = [g for g in governors(args + list(_objects(c.head)) * (c.kind == "verb"), layer) if g not in actors]
        if gov:  # "attacked the cost of Britain's asylum system under Blair": Blair answers for it
            recips = gov + [r for r in recips if (a := layer.actors.get(r)) is None or a.kind not in _PLACES]
    actors, recips = attributive_roles(c.kind, c.head, layer, actors, recips)  # "met visiting President X"
    actors = list(dict.fromkeys(actors))
    return _trimmed(c, layer, actors, recips)


def _trimmed(c: _Cand, layer, actors: list[str], recips: list[str]) -> tuple[list[str], list[str]]:
    """The roles of a verb once the parties its phrases only seem to name are dropped: the owner of a
    topic, a venue, the place force comes from, those a judged act was done to; and the recipients of
    a reciprocal act."""
    if c.kind == "verb" and (owners := topic_owners(c.head, layer)):
        # "Blair clashed with Howard over Britain's future": the parties are Blair and Howard
        others = object_actors(c.head, layer, _PARTY_PREPS)
        if others or len(actors) > 1:
            recips = [r for r in recips if r not in owners or r in others]
    if c.kind == "verb" and c.trig.type in _VENUE_TYPES and (venues := prep_actors(c.head, layer, {"at"})):
        # "met union leaders at Downing Street", "met Abbas at the White House": where, not whom
        others = object_actors(c.head, layer, RECIPIENT_PREPS - {"at"})
        recips = [r for r in recips if r not in venues or r in others]
    if c.kind == "verb" and reciprocal_object(c.head):
        # "Israel and Hamas blamed each other": each is the other's recipient, no place or third party
        return actors[:1], actors[1:]
    if c.kind in ("verb", "light") and c.trig.type == "ASSAULT" and (origins := prep_actors(c.head, layer, {"from"})):
        # "rockets were fired from Gaza at Israel": force comes from a place, and hits what it is aimed at
        others = object_actors(c.head, layer, RECIPIENT_PREPS - {"from"})
        recips = [r for r in recips if r not in origins or r in others or (
            (a := layer.actors.get(r)) is not None and a.kind not in _PLACES)]
    if c.kind == "verb" and c.trig.type == "MOBILIZE":
        # "sent Soviet troops into Afghanistan": the forces sent are the sender's, the place is aimed at;
        # never a place ("patrolled Baghdad") nor one its phrases name ("deployed peacekeepers in Iraq")
        forces = [a for o in c.head.children if o.dep_ == "dobj" for m in [o, *o.children]
                  if m.i == o.i or m.dep_ in ("compound", "amod", "poss", "nmod")
                  if (a := layer.at(m.i)) and (m.i != o.i or getattr(layer.actors.get(a), "kind", None) not in _PLACES)]
        recips = [r for r in recips if r not in forces]
    if c.kind == "verb" and c.trig.type in ("SANCTION", *_GIVING):
        # "cut U.S. aid to Mexico": the aid's giver is no recipient of the cut
        given = [a for o in _objects(c.head) for a in givers_of_given(o, layer)]
        recips = [r for r in recips if r not in given]
    takers = aid_takers(c.head, layer) if c.kind == "verb" and c.trig.type in _GIVING else []
    if not [r for r in recips if r not in actors]:
        recips += takers  # "would support a loan for Argentina": Argentina gets it
    if c.kind == "verb" and c.trig.type in _JUDGING:
        doers, done_to = judged_acts(c.head, layer)
        inside = own_acts_parties(_objects(c.head), actors, layer)  # "defended his decision to sell arms to Iran"
        recips = [r for r in recips if (r not in done_to or r in takers) and r not in inside] + doers
        recips = recips or measure_bodies(_objects(c.head), layer)  # "the act introduced in Congress"
    venues = venue_towns(c.trig.type, c.head, recips, layer)  # "called on X at the Venice summit": not Venice
    recips = [r for r in dict.fromkeys(recips) if r not in actors and r not in venues]
    # "offered a treaty at talks with the Soviet Union": a verbal act told at a meeting is the other party's
    verbal = c.kind in ("verb", "light") and c.trig.type in VERBAL_TYPES
    return actors, recips or (occasion_partners(c.head, layer) if verbal else [])


#: Plurals for people that WordNet's first sense or a regular singular misses.
_IRREGULAR_PEOPLE = frozenset({"people", "children", "women", "men"})


def _names_people(tok) -> bool:
    """Whether the noun phrase headed by ``tok`` names people ("civilians", "a man", "dozens of
    students", "them"), by WordNet's first sense (:func:`graphkit.ingest.actors.bodies.is_person_noun`)."""
    counted = quantified_group(tok)
    if counted is not None:
        tok = counted
    if tok.tag_ == "PRP" or is_reciprocal(tok):
        return tok.text.lower() not in ("it", "itself")
    low = tok.text.lower()
    return low in _IRREGULAR_PEOPLE or is_person_noun(low) or is_person_noun(_lemma(tok))


def people_object(c: _Cand) -> bool:
    """Whether the act of verb candidate ``c`` is done to people its words name but no actor stands
    for ("killed civilians in Homs", "arrested a man in Cairo"): its patient is those people, so the
    place of the act is where it happened, never whom it was done to (unlike "blocked roads in
    Algiers", "shelled the town's outskirts", where a thing of the place stands for it).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["killed", "civilians", "in", "Homs"], heads=[0, 0, 0, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"], tags=["VBD", "NNS", "IN", "NNP"],
    ...           lemmas=["kill", "civilian", "in", "Homs"])
    >>> people_object(_Cand(Trigger("ASSAULT", None, "killed"), doc[0], doc[0], doc[0], "verb"))
    True
    >>> doc = Doc(Vocab(), words=["blocked", "roads", "in", "Algiers"], heads=[0, 0, 0, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"], tags=["VBD", "NNS", "IN", "NNP"],
    ...           lemmas=["block", "road", "in", "Algiers"])
    >>> people_object(_Cand(Trigger("COERCE", None, "blocked"), doc[0], doc[0], doc[0], "verb"))
    False
    """
    if c.kind != "verb":
        return False
    deps = ("dobj", "nsubjpass") if any(x.dep_ == "auxpass" for x in c.head.children) else ("dobj",)
    return any(_names_people(x) for x in c.head.children if x.dep_ in deps)

