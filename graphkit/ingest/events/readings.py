"""How one event candidate reads: none, the act, or a commitment with the act as ``possible``.

:func:`readings` takes a trigger candidate of :mod:`graphkit.ingest.events.find` with its roles and
decides what it asserts: an agentless material act ("three civilians were killed"), a hypothesis
("Had Israel attacked ..."), a schedule told by the writer ("Lyng will visit Tokyo"), a plan told to
no one ("plans to acknowledge"), or a stated intention, recorded as the commitment PLOVER codes
(AGREE, or THREATEN for a hostile act) beside the act itself as ``possible``.
:func:`retype_promises` and :func:`aim_commitments` settle what a promise is and whom it is made to.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Had", "Israel", "attacked", "Gaza", ",", "war", "would", "follow"],
...           heads=[2, 2, 7, 2, 7, 7, 7, 7], deps=["aux", "nsubj", "advcl", "dobj", "punct", "nsubj", "aux", "ROOT"])
>>> inverted_condition(doc[2])
True
"""

from __future__ import annotations

from dataclasses import replace as copy
from typing import NamedTuple

from graphkit.ingest.events.arguments import people_object
from graphkit.ingest.events.assailants import fought_pairs
from graphkit.ingest.events.certainty import FUTURE_AUX, Assessment, assess, is_question
from graphkit.ingest.events.frames import forecast_modal, unreal_frame
from graphkit.ingest.events.intentions import foretold
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.locatives import PLACE_ONLY, place_only
from graphkit.ingest.events.mutuality import by_doer, mutual_pairs, mutual_senses, outside_party
from graphkit.ingest.events.noun_frames import done_by_clause, scheduled
from graphkit.ingest.events.prospects import ADDRESSED_TYPES, continued, party_named
from graphkit.ingest.events.refusals import negation_refuses, not_yet, supposed_refusal
from graphkit.ingest.events.roles import is_passive, location_of, subject_actors
from graphkit.ingest.events.topics import topic_places
from graphkit.ingest.events.triggers import Candidate as _Cand
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import objects_of as _objects
from graphkit.ingest.events.triggers import verb_lemma as _verb_lemma
from graphkit.ingest.events.verbal import spoken_attack
from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_SCORES

__all__ = ["Found", "readings", "event_location", "retype_promises", "aim_commitments", "inverted_condition"]


#: Commitments: a hostile act promised is a threat ("vowed to destroy ...").
_PROMISES = frozenset({"promise", "pledge", "vow", "swear", "commit", "undertake"})
_AGREE = Trigger("AGREE", None, "promised")
_THREATEN = Trigger("THREATEN", None, "threatened")
_MOBILIZE = Trigger("MOBILIZE", None, "mobilised against")
_NEG_TYPES = {"AGREE", "CONCEDE"}
#: The plain future: said by the writer, not by the actor, a peaceful act is what is expected (a
#: visit, a resignation), no commitment; a hostile one stays a threat, which news reports only when
#: it is made ("Iran will shell Iraq"). An act put on a timetable ("is due to visit", "is set to hold
#: talks": events.prospects.schedules) is told the same way.
_NARRATED = frozenset({"will", "shall", "'ll", "scheduled"})
_TOLD_AHEAD = FUTURE_AUX | _NARRATED
#: Speech acts that stay what they are when announced ("will demand" is no promise).
_NO_PROMISE = frozenset({"AGREE", "THREATEN", "REJECT", "REQUEST", "ACCUSE"})
#: Intentions that are plans, told to no one: "plans to acknowledge", "intends to defend itself" schedule
#: a peaceful act without committing the doer to anyone; only a promise, an offer, an agreement, a
#: readiness or wish of its own ("is willing to", "wants to") or the doer's announcement ("said it will
#: give") is the commitment PLOVER codes AGREE. A planned meeting stays one (PLOVER: "plan a future
#: meeting" is AGREE): it is planned with the other party; with none named, it is promised to no one.
_PLANS = frozenset({"plan", "intend"})
_PLANNED_ALONE = frozenset(set(PLOVER_SCORES) - _NO_PROMISE - {"CONSULT"})
_REJECTED = Trigger("REJECT", None, "rejected")


#: Causes that are no actor: "a roadside bombing killed one soldier".
_CAUSES = frozenset({"bomb", "bombing", "blast", "explosion", "shell", "shelling", "rocket", "mine", "missile",
                     "grenade", "fire", "gunfire", "attack", "ambush", "raid", "strike", "airstrike", "clash",
                     "fighting", "violence", "crossfire", "landmine", "mortar", "artillery", "device", "car"})


#: Material acts reported without their doer ("were killed", "was arrested"); words ("was
#: criticised") need a speaker.
_MATERIAL = frozenset({"ASSAULT", "COERCE"})


#: Verbs of legal accusation (WordNet 3.0 indict.v.01, charge.v.02, prosecute.v.02, arraign.v.01,
#: impeach.v.02): acts of prosecutors, grand juries and courts, which news reports in the passive
#: without their doer, as it reports arrests ("were charged with espionage", "was indicted by a
#: grand jury").
_LEGAL_ACCUSE = frozenset({"indict", "charge", "prosecute", "arraign", "impeach"})
#: Verbs of a court's judgement (WordNet 3.0 sentence.v.01, convict.v.01, domain law): "was sentenced
#: to 30 years", "were convicted of spying".
_LEGAL_SANCTION = frozenset({"sentence", "convict"})


_LEGAL = {("ACCUSE", v) for v in _LEGAL_ACCUSE} | {("SANCTION", v) for v in _LEGAL_SANCTION}


class Found(NamedTuple):
    """One event read from a candidate, before it is made an :class:`Event`."""

    cand: _Cand
    trig: Trigger
    actors: list[str]
    recips: list[str]
    location: str | None
    certainty: str



def _agentless(c) -> bool:
    """Whether ``c`` is an act whose doer is not said: an agentless passive ("three civilians
    were killed", "were charged with espionage", "was sentenced to 30 years": a legal act, whatever
    body its agent names) or a cause for subject ("a roadside bombing killed one soldier")."""
    if c.kind == "verb" and (c.trig.type, _lemma(c.head)) in _LEGAL:
        return is_passive(c.head)
    if c.kind != "verb" or c.trig.type not in _MATERIAL:
        return False
    if is_passive(c.head):  # no agent, or a cause for agent ("killed by a roadside bomb")
        return all(p.dep_ != "pobj" or _lemma(p) in _CAUSES
                   for x in c.head.children if x.dep_ == "agent" for p in x.children)
    return any(x.dep_ == "nsubj" and _lemma(x) in _CAUSES for x in c.head.children)


def event_location(c, layer, kind_of):
    """Where the event of candidate ``c`` happened: "met in Tel Aviv", "talks ... resumed in Cairo"."""
    where = [c.head] + ([c.noun] if c.noun is not None else [])
    where += [o for o in _objects(c.head)] if c.kind == "verb" else []
    if c.kind == "noun" and c.head.dep_ in ("nsubj", "nsubjpass"):
        where.append(c.head.head)  # "talks ... resumed in Cairo"
    location = location_of(where, layer, kind_of)
    if location is None and c.head.dep_ == "conj" and c.head.head.pos_ == "VERB":
        location = location_of([c.head.head], layer, kind_of)  # "met in Sharm and promised"
    return location


def _refused(act, by_head: dict[int, _Cand]) -> bool:
    """Whether promising not to do ``act`` refuses another party something: the act is one of a
    peaceful category ("vowed not to return the Golan Heights", "pledged never to recognize Israel"), or
    an act that is no event but names a party ("not to return Sinai to Egypt"); promising not to raise
    taxes or not to attack is a promise of one's own restraint."""
    content = by_head.get(act.i)
    if content is not None:
        return PLOVER_SCORES[content.trig.type] >= 0
    return any(t.pos_ == "PROPN" for t in act.subtree)


def retype_promises(cands: list[_Cand], by_head: dict[int, _Cand]) -> None:
    """A promise not to grant a party something is a refusal (:func:`_refused`); a promise of a hostile
    act is a threat."""
    for c in cands:
        if c.kind != "verb" or c.trig.type != "AGREE" or _verb_lemma(c.head) not in _PROMISES | {"swear"}:
            continue
        denied = [x for x in c.head.children if x.dep_ == "xcomp" and any(n.dep_ == "neg" for n in x.children)]
        if denied:
            if any(_refused(x, by_head) for x in denied):
                c.trig = _REJECTED  # "vowed not to return the Golan Heights", "pledged never to recognize"
            continue  # "promised not to raise taxes", "vowed not to attack": a promise still
        if _verb_lemma(c.head) in _PROMISES:
            content = next((by_head[x.i] for x in c.head.children if x.dep_ in ("xcomp", "advcl")
                            and x.i in by_head), None)
            if content is not None and PLOVER_SCORES[content.trig.type] < 0:
                c.trig = _THREATEN


def aim_commitments(cands: list[_Cand], roles: list, layer, kind_of) -> None:
    """A threat or promise is aimed at whom the act threatened or promised is aimed at:
    "threatened to launch an offensive in its war with Iraq unless Baghdad accepted"."""
    by_head_n = {c.head.i: n for n, c in enumerate(cands) if c.kind in ("verb", "light")}
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or c.kind != "verb" or c.trig.type not in ("THREATEN", "AGREE"):
            continue
        actors, recips = role
        for x in c.head.children:
            k = by_head_n.get(x.i) if x.dep_ in ("xcomp", "ccomp") else None
            inner_role = roles[k] if k is not None else None
            if k is None or inner_role is None:
                continue
            inner = [r for r in inner_role[1] if r not in actors and r not in recips]
            if not inner and not inner_role[1] and cands[k].trig.type not in PLACE_ONLY:
                # the place the act is aimed at: "threatened to impose a curfew in Algiers"
                place = event_location(cands[k], layer, kind_of)
                inner = [place] if place and place not in actors and place not in recips else []
            roles[n] = (actors, inner + recips)
            break



_INVERTING = frozenset({"had", "were", "should"})
#: Conjunctions of a time clause whose present tense tells what is still to come.
_BEFORE = frozenset({"before", "until", "till", "unless"})


def _yet_to_come(verb) -> bool:
    """Whether ``verb`` heads a time clause in the present tense after "before" or "until": English
    tells what is still to come so ("two weeks before the U.S. imposes tariffs"), and the past what
    happened ("before the U.S. imposed tariffs")."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "mark" and c.text.lower() in _BEFORE for c in verb.children)


def inverted_condition(verb) -> bool:
    """Whether ``verb`` is in a condition said by inversion ("Had Israel attacked ...", "Were it
    to attack ...", "Should they attack ..."): a clause before its main clause, opened by the
    auxiliary, with its subject after it -- a hypothesis, no fact."""
    tok = verb
    for _ in range(2):
        first = tok.doc[tok.left_edge.i]
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (tok.dep_ in ("advcl", "ccomp") and tok.head.i > tok.i and first.text.lower() in _INVERTING
                and subj is not None and first.i < subj.i and not any(c.dep_ == "mark" for c in tok.children)):
            return True
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False



def _others_intention(verb, intent: str | None, actors: list[str], layer) -> bool:
    """Whether the intention an act is announced by is another party's: in "Howard wants Blair to
    apologise" the wish is Howard's, so it is no commitment of Blair's."""
    if intent is None:
        return False
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("xcomp", "ccomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if intent in (tok.text.lower(), _lemma(tok)):
            wanters = subject_actors(tok, layer)
            return bool(wanters) and not set(wanters) & set(actors)
    return False


def _will(verb) -> bool:
    """Whether ``verb`` has a future auxiliary of its own ("will not accept", "would not agree")."""
    return any(c.dep_ == "aux" and c.text.lower() in FUTURE_AUX for c in verb.children)


def _expected(verb) -> bool:
    """Whether the clause of ``verb`` is what someone feels sure or unsure of ("was pessimistic that Congress
    will approve", "is confident the talks will succeed"): the content of an adjective is an expectation,
    no commitment."""
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "conj") or tok.head.i == tok.i:
            return False
        link, tok = tok.dep_, tok.head
        if tok.pos_ == "ADJ" or (link == "ccomp" and _lemma(tok) == "be" and any(
                k.dep_ == "acomp" and k.pos_ == "ADJ" for k in tok.children)):  # the parser's "was [sure] that"
            return True
    return False


def _commitment_span(c: _Cand) -> _Cand:
    """``c`` with its trigger span moved to the words that make the commitment of its future act: the
    reporting verb that tells it ("will visit Kenya tomorrow, sources said"), else its future auxiliary.
    The promise is made when it is told; the act's own date ("tomorrow", "next month") is the act's,
    and would make the promise seem still to come."""
    reporting = word_list("reporting_verbs")
    tok = c.head
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "parataxis") or tok.head.i == tok.i:
            break
        tok = tok.head
        if _lemma(tok) in reporting:
            return copy(c, start=tok, end=tok)
    for head in (c.head, *c.head.ancestors):
        after = next((k for k in head.children if k.dep_ in ("conj", "parataxis") and k.i > c.head.i
                      and _lemma(k) in reporting), None)
        if after is not None:
            return copy(c, start=after, end=after)  # "The UN will provide aid, the WFP said"
    aux = next((k for k in c.head.children if k.dep_ == "aux" and k.text.lower() in FUTURE_AUX), None)
    return copy(c, start=aux, end=aux) if aux is not None else c


def _said_after(tok) -> bool:
    """Whether the clause of ``tok`` is attributed by a reporting clause after it that the parser joined to it
    ("The UN will provide aid, the WFP said"); one with a content of its own ("but X said they ...") does not."""
    for head in (tok, *tok.ancestors):
        if any(c.dep_ in ("conj", "parataxis") and c.i > tok.i and c.lemma_.lower() in word_list("reporting_verbs")
               and not any(k.dep_ == "ccomp" for k in c.children) for c in head.children):
            return True
    return False


def _parties(c: _Cand, recips: list[str], layer, kind_of) -> list[str]:
    """The recipients of candidate ``c`` less the places its act is about ("reached agreement on Taba"),
    for the categories whose places are never parties (:mod:`graphkit.ingest.events.topics`)."""
    if c.trig.type not in PLACE_ONLY or not recips:
        return recips
    topics = topic_places([c.head, c.noun, *(_objects(c.head) if c.kind == "verb" else [])], layer, kind_of)
    return [r for r in recips if r not in topics]


def readings(c: _Cand, role: tuple[list[str], list[str]], layer, kind_of, trigger_idx) -> list[Found]:
    """The events candidate ``c`` gives with its roles: none, the act, or a commitment
    (AGREE/THREATEN/MOBILIZE) with the act as ``possible``."""
    actors, recips = role
    if (not actors and not (recips and _agentless(c))) or (c.kind == "demand" and forecast_modal(c.content)) or (
            c.neg_consumed and c.trig.type == "REJECT" and not_yet(c.head)):
        return []  # "should have used": no demand (events.frames); "has not yet attended": no refusal (refusals)
    if c.kind == "speech":  # the act is the saying: as certain as its reporting verb, if any
        anchor = c.extra.get("anchor")
        verdict = assess(anchor, trigger_idx) if anchor is not None else Assessment()
    elif c.extra.get("presupposed") or (c.kind == "noun" and done_by_clause(c.head)):
        # "backed Reagan's strike on Iran", "to enforce the embargo the UN has imposed": the act is a fact
        verdict = Assessment()
    else:
        verdict = assess(c.head, trigger_idx, consumed_neg=c.neg_consumed, noun=c.noun if c.kind == "light" else None)
    if not actors and (verdict.future or verdict.certainty != "asserted"):
        return []  # no doer: only a reported fact ("were killed"), never an intention
    location, recips = event_location(c, layer, kind_of), _parties(c, recips, layer, kind_of)  # "agreed on Taba"
    if location in recips and kind_of(location) == "country":
        location = None  # "fired rockets at Israel": the target, not the place
    trig, certainty = spoken_attack(c, c.trig, actors, recips, layer), verdict.certainty
    if certainty == "asserted" and (inverted_condition(c.head) or _yet_to_come(c.head) or (
            c.kind == "noun" and scheduled(c.head))):  # "a visit to Tokyo next week": events.noun_frames
        certainty = "possible"  # "Had Israel attacked Gaza, ...": a hypothesis; "before X imposes": to come
    if certainty == "asserted" and c.kind != "speech" and unreal_frame(c.head):
        certainty = "possible"  # "no question of agreeing", "after meeting X" under "would": see events.frames
    if certainty == "asserted" and (is_question(c.head) or (verdict.intent == "would" and not verdict.reported)):
        return [Found(c, trig, actors, recips, location, "possible")]  # "would it ...?", "X would have to"
    if not recips and location and location not in actors and not place_only(trig.type, kind_of(location)) and (
            not people_object(c)):
        recips = [location]  # "shelled Juba", "blocked roads in Algiers": the place is the target
    if certainty == "negated" and trig.type in _NEG_TYPES and c.kind == "verb" and negation_refuses(c.head, verdict):
        # "failed to reach agreement", "will not accept"; "if they fail to agree": a refusal supposed
        trig, certainty = _REJECTED, "possible" if supposed_refusal(c.head, verdict, actors, layer) or (
            unreal_frame(c.head) or _will(c.head) and foretold(c.head, actors, layer)) else "asserted"  # "Y will not"
    fought = fought_pairs(c.head, trig.type, actors, recips) if c.trig.mode != "third-party" else []
    if not recips and len(actors) > 1 and (pairs := fought or (
            [] if outside_party(c.head, c.noun, topical=" with" in trig.label, addressed=trig.type == "CONSULT") else
            mutual_pairs(trig.type, c.trig.mode, trig.label, actors))):
        # "X and Y met", "talks between X and Y": each with the others, one event per doer; "will meet": also AGREE
        return [Found(c if t is trig else _commitment_span(c), t, a, b, location, k) for t, k in mutual_senses(c, trig,
                certainty, verdict, foretold(c.head, actors, layer) or _expected(c.head), pairs) for a, b in by_doer(
                pairs)]
    events: list[tuple[Trigger, str]] = []
    if verdict.future and certainty == "asserted" and (
            c.kind == "speech" or foretold(c.head, actors, layer) or _expected(c.head)
            or _others_intention(c.head, verdict.intent, actors, layer)):
        # "Conrad said the EC will not accept it": a forecast; "Howard wants Blair to apologise": no promise of
        # Blair's; "Canada will argue that the U.S. lied": a speech act not yet made
        events.append((trig, "possible"))
    elif verdict.future and verdict.purpose and certainty == "asserted":
        events.append((trig, "possible"))  # the aim of an announced act
    elif (verdict.future and certainty == "asserted" and not verdict.reported and verdict.intent in _NARRATED
            and c.kind in ("verb", "light") and PLOVER_SCORES[trig.type] >= 0 and not _said_after(c.head)
            and not (trig.type == "CONSULT" and recips)):  # a meeting planned with a party: AGREE (taxonomy)
        events.append((trig, "possible"))  # "Lyng will visit Tokyo": the writer's schedule, no one's promise
    elif verdict.future and certainty == "asserted" and ((verdict.intent in _PLANS and verdict.matrix is None and (
            trig.type in _PLANNED_ALONE and PLOVER_SCORES[trig.type] >= 0)) or (trig.type == "CONSULT" and not recips
            and verdict.intent in _TOLD_AHEAD and not party_named(c.head, c.noun, topical=" with" in trig.label))):
        events.append((trig, "possible"))  # "Reagan plans to acknowledge", "ministers will meet": promised to no one
    elif (verdict.future and certainty == "asserted" and verdict.matrix is None
            and trig.type not in _NO_PROMISE):
        hostile = PLOVER_SCORES[trig.type] < 0 or verdict.condition == "unless"
        if verdict.intent in ("prepare", "prepared", "ready") and trig.type == "ASSAULT":
            events.append((_MOBILIZE, "asserted"))
        elif verdict.intent in ("prepare", "prepared", "ready") and trig.type == "MOBILIZE":
            pass  # "preparing to send troops": readying a deployment threatens no one by itself
        else:
            events.append((_THREATEN if hostile else _AGREE, "asserted"))
        events.append((trig, "possible"))
    elif (verdict.future and certainty == "asserted" and trig.type in _NO_PROMISE and trig is c.trig
            and not c.neg_consumed and c.kind in ("verb", "light")
            and (not verdict.reported or verdict.conditional
                 or (trig.type in ADDRESSED_TYPES and not continued(c.head)))):
        events.append((trig, "possible"))  # "will investigate", "if elected, will seek", "said it would seek loans"
    else:
        events.append((trig, certainty))
    said = _commitment_span(c) if any(t in (_AGREE, _THREATEN, _MOBILIZE) and t is not c.trig for t, _ in events) else c
    return [Found(said if t in (_AGREE, _THREATEN, _MOBILIZE) and t is not c.trig else c, t, actors, recips, location,
                  cert) for t, cert in events]
