"""The event stage: who did what to whom, from the dependency parse and the actor layer.

One pass over the tokens finds the triggers (:mod:`graphkit.ingest.events.triggers`, with the
senses of :mod:`graphkit.ingest.events.lexicon`):

* verbs, with their particles, prepositions and objects ("spoke to", "worked the phones",
  "drafted a proposal", "showered Israel with rockets", "slammed into");
* light verbs with an event noun ("held talks", "lodged a protest", "declared a ceasefire");
* event nouns with an agent of their own ("Israel's assault on Gaza", "an attack by rebels")
  that are not the argument of another event;
* "X said Y must ..." (a demand on Y).

Roles come from :mod:`graphkit.ingest.events.arguments` (on :mod:`graphkit.ingest.events.roles`),
certainty from :mod:`graphkit.ingest.events.certainty`, quotes from
:mod:`graphkit.ingest.events.quotes`; speech acts that share an addressee are joined by
:mod:`graphkit.ingest.events.coordination`. What a speaker says is the speaker's act when it
names one: judgements (:mod:`graphkit.ingest.events.appraisal`), claims of wrongdoing, verdicts and
demands (:mod:`graphkit.ingest.events.speech`). A stated intention ("will give", "said they would
boycott") is recorded as the commitment PLOVER codes (AGREE, or THREATEN for a hostile act),
with the act itself as a ``possible`` event; a plan ("plans to", "intends to") is promised to no one,
so only its act is recorded, as ``possible``.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> from graphkit.models import Actor, Article
>>> words = ["Kerry", "met", "Netanyahu", "in", "Tel", "Aviv", "."]
>>> doc = Doc(Vocab(), words=words, spaces=[True, True, True, True, True, False, False],
...           heads=[1, 1, 1, 1, 5, 3, 1], deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj", "punct"],
...           pos=["PROPN", "VERB", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT"],
...           lemmas=["Kerry", "meet", "Netanyahu", "in", "Tel", "Aviv", "."], sent_starts=[1, 0, 0, 0, 0, 0, 0])
>>> layer = ActorLayer(actors={"kerry": Actor(id="kerry", name="Kerry", kind="person"),
...                            "netanyahu": Actor(id="netanyahu", name="Netanyahu", kind="person"),
...                            "tel-aviv": Actor(id="tel-aviv", name="Tel Aviv", kind="location")},
...                    token_actor={0: "kerry", 2: "netanyahu", 4: "tel-aviv", 5: "tel-aviv"})
>>> events, quotes = find_events(doc, Article(id="a", text=doc.text), layer, [])
>>> [(e.id, e.type, e.label, e.actors, e.recipients, e.location) for e in events]
[('a#e0', 'CONSULT', 'met', ['kerry'], ['netanyahu'], 'tel-aviv')]
"""
from __future__ import annotations

from typing import NamedTuple, cast

from graphkit.ingest.actors.mentions import headline_end
from graphkit.ingest.events import speech as _speech
from graphkit.ingest.events.anaphora import definite_acts, own_side
from graphkit.ingest.events.appraisal import find_appraisals
from graphkit.ingest.events.arguments import event_roles, people_object
from graphkit.ingest.events.assailants import fought_pairs
from graphkit.ingest.events.certainty import FUTURE_AUX, Assessment, assess, is_question
from graphkit.ingest.events.commerce import between_firms
from graphkit.ingest.events.coordination import share_addressees
from graphkit.ingest.events.doers import fill_doers
from graphkit.ingest.events.domestic import policy_stance
from graphkit.ingest.events.figurative import in_comparison
from graphkit.ingest.events.frames import forecast_modal, unreal_frame
from graphkit.ingest.events.implied import imply_state_doers
from graphkit.ingest.events.intentions import announced_intentions
from graphkit.ingest.events.lexicon import Trigger, lookup_noun, lookup_verb
from graphkit.ingest.events.locatives import PLACE_ONLY, place_only
from graphkit.ingest.events.market import market_subject as _market_subject
from graphkit.ingest.events.mood import asserts_a_fact
from graphkit.ingest.events.mutuality import mutual_pairs, outside_party
from graphkit.ingest.events.nominal import amount_nouns, held_support, modifier_only, nested_nouns
from graphkit.ingest.events.noun_frames import done_by_clause, scheduled, untold
from graphkit.ingest.events.obligation import own_demand
from graphkit.ingest.events.openers import leading_speakers
from graphkit.ingest.events.partners import answer_partners, answers_a_move
from graphkit.ingest.events.presupposed import with_requests
from graphkit.ingest.events.prospects import ADDRESSED_TYPES, continued, party_named
from graphkit.ingest.events.quotes import doc_text, find_quotes
from graphkit.ingest.events.reception import answered_charges, demanded_content, faced_demands
from graphkit.ingest.events.refusals import negation_refuses
from graphkit.ingest.events.repetition import repeated_acts
from graphkit.ingest.events.roles import is_passive, location_of, subject_actors
from graphkit.ingest.events.triggers import LIGHT_VERBS, noun_facts
from graphkit.ingest.events.triggers import Candidate as _Cand
from graphkit.ingest.events.triggers import find_candidates as _find_candidates
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import objects_of as _objects
from graphkit.ingest.events.triggers import verb_lemma as _verb_lemma
from graphkit.ingest.events.unrest import imply_protesters
from graphkit.ingest.events.verbal import spoken_attack
from graphkit.ingest.events.vetoes import announce_vetoes
from graphkit.ingest.events.voice import asks_a_question, notes_another_party, only_cautions, without_speaker_pronouns
from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_SCORES, VERBAL_TYPES, Article, Certainty, Event, PloverType, Quote, TimeExpression

__all__ = ["find_events", "LIGHT_VERBS"]

#: Commitments: a hostile act promised is a threat ("vowed to destroy ...").
_PROMISES = frozenset({"promise", "pledge", "vow", "swear", "commit", "undertake"})
_AGREE = Trigger("AGREE", None, "promised")
_THREATEN = Trigger("THREATEN", None, "threatened")
_MOBILIZE = Trigger("MOBILIZE", None, "mobilised against")
_NEG_TYPES = {"AGREE", "CONCEDE"}
#: The plain future: said by the writer, not by the actor, a peaceful act is what is expected (a
#: visit, a resignation), no commitment; a hostile one stays a threat, which news reports only when
#: it is made ("Iran will shell Iraq").
_NARRATED = frozenset({"will", "shall", "'ll"})
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


def _location(c, layer, kind_of):
    """Where the event of candidate ``c`` happened: "met in Tel Aviv", "talks ... resumed in Cairo"."""
    where = [c.head] + ([c.noun] if c.noun is not None else [])
    where += [o for o in _objects(c.head)] if c.kind == "verb" else []
    if c.kind == "noun" and c.head.dep_ in ("nsubj", "nsubjpass"):
        where.append(c.head.head)  # "talks ... resumed in Cairo"
    location = location_of(where, layer, kind_of)
    if location is None and c.head.dep_ == "conj" and c.head.head.pos_ == "VERB":
        location = location_of([c.head.head], layer, kind_of)  # "met in Sharm and promised"
    return location


def _protest_purpose(c, by_head) -> bool:
    """Whether ``c`` is a demand or accusation that says what a protest is for: "blocked roads
    demanding that he be reinstated", "began a hunger strike to protest X's failure"."""
    if c.kind != "verb" or c.trig.type not in ("REQUEST", "ACCUSE") or c.head.dep_ not in ("advcl", "xcomp"):
        return False
    gov = by_head.get(c.head.head.i)
    return gov is not None and gov.trig.type == "PROTEST"


def _sentence_start(tok) -> int:
    try:
        return tok.sent.start
    except ValueError:  # a Doc without sentence boundaries
        return 0


def _make(article: Article, found: _Found, text: str, eid: str = "") -> Event:
    c, trig = found.cand, found.trig
    start, end = c.start.idx, c.end.idx + len(c.end.text)
    try:
        span = c.head.sent
        sent = text[span.start_char:span.end_char].strip()
    except ValueError:  # no sentence boundaries
        sent = text.strip()
    return Event(id=eid, type=cast(PloverType, trig.type), mode=trig.mode, label=trig.label,
                 actors=list(found.actors), recipients=list(found.recips), location=found.location,
                 certainty=cast(Certainty, found.certainty), article=article.id, sentence=sent, start=start,
                 end=end, score=PLOVER_SCORES[trig.type], reported=article.published)


class _Found(NamedTuple):
    """One event read from a candidate, before it is made an :class:`Event`."""

    cand: _Cand
    trig: Trigger
    actors: list[str]
    recips: list[str]
    location: str | None
    certainty: str


def _retype_promises(cands: list[_Cand], by_head: dict[int, _Cand]) -> None:
    """A promise not to act is a refusal; a promise of a hostile act is a threat."""
    for c in cands:
        if c.kind != "verb" or c.trig.type != "AGREE" or _verb_lemma(c.head) not in _PROMISES | {"swear"}:
            continue
        if any(x.dep_ == "xcomp" and any(n.dep_ == "neg" for n in x.children) for x in c.head.children):
            c.trig = _REJECTED  # "vowed not to return the Golan Heights", "pledged never to recognize"
            continue
        if _verb_lemma(c.head) in _PROMISES:
            content = next((by_head[x.i] for x in c.head.children if x.dep_ in ("xcomp", "advcl")
                            and x.i in by_head), None)
            if content is not None and PLOVER_SCORES[content.trig.type] < 0:
                c.trig = _THREATEN


def _aim_commitments(cands: list[_Cand], roles: list, layer, kind_of) -> None:
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
                place = _location(cands[k], layer, kind_of)
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


def _inverted_condition(verb) -> bool:
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


def _same_clause(tok, others: set[int]) -> bool:
    """Whether ``tok`` and one of the tokens ``others`` are one act told twice: one is the purpose,
    manner or complement clause of the other ("began a hunger strike to protest", "held talks,
    discussing ...")."""
    def part(a, b) -> bool:
        return a.head.i == b.i and a.dep_ in ("advcl", "xcomp", "acl")
    return any(part(tok, tok.doc[o]) or part(tok.doc[o], tok) for o in others)


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


def _said_after(tok) -> bool:
    """Whether the clause of ``tok`` is attributed by a reporting clause after it that the parser joined to it
    ("The UN will provide aid, the WFP said"); one with a content of its own ("but X said they ...") does not."""
    for head in (tok, *tok.ancestors):
        if any(c.dep_ in ("conj", "parataxis") and c.i > tok.i and c.lemma_.lower() in word_list("reporting_verbs")
               and not any(k.dep_ == "ccomp" for k in c.children) for c in head.children):
            return True
    return False


def _readings(c: _Cand, role: tuple[list[str], list[str]], layer, kind_of, trigger_idx) -> list[_Found]:
    """The events candidate ``c`` gives with its roles: none, the act, or a commitment
    (AGREE/THREATEN/MOBILIZE) with the act as ``possible``."""
    actors, recips = role
    if (not actors and not (recips and _agentless(c))) or (c.kind == "demand" and forecast_modal(c.content)):
        return []  # "should have used": a reproach, no demand (events.frames)
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
    location = _location(c, layer, kind_of)
    if location in recips and kind_of(location) == "country":
        location = None  # "fired rockets at Israel": the target, not the place
    trig, certainty = spoken_attack(c, c.trig, actors, recips, layer), verdict.certainty
    if certainty == "asserted" and (_inverted_condition(c.head) or _yet_to_come(c.head) or (
            c.kind == "noun" and scheduled(c.head))):  # "a visit to Tokyo next week": events.noun_frames
        certainty = "possible"  # "Had Israel attacked Gaza, ...": a hypothesis; "before X imposes": to come
    if certainty == "asserted" and c.kind != "speech" and unreal_frame(c.head):
        certainty = "possible"  # "no question of agreeing", "after meeting X" under "would": see events.frames
    if certainty == "asserted" and (is_question(c.head) or (verdict.intent == "would" and not verdict.reported)):
        return [_Found(c, trig, actors, recips, location, "possible")]  # "would it ...?", "X would have to"
    if not recips and location and location not in actors and not place_only(trig.type, kind_of(location)) and (
            not people_object(c)):
        recips = [location]  # "shelled Juba", "blocked roads in Algiers": the place is the target
    if certainty == "negated" and trig.type in _NEG_TYPES and c.kind == "verb" and negation_refuses(c.head, verdict):
        # "failed to reach agreement", "will not accept"; "if they fail to agree": a refusal supposed
        trig, certainty = _REJECTED, "possible" if verdict.hypothetical or unreal_frame(c.head) else "asserted"
    fought = fought_pairs(c.head, trig.type, actors, recips) if c.trig.mode != "third-party" else []
    if not recips and len(actors) > 1 and (pairs := fought or (
            [] if outside_party(c.head, c.noun, topical=" with" in trig.label, addressed=trig.type == "CONSULT") else
            mutual_pairs(trig.type, c.trig.mode, trig.label, actors))):
        # "clashes between X and Y", "X and Y met", "talks between X and Y": each with the other, both ways
        certainty = "possible" if verdict.future and certainty == "asserted" else certainty  # "will meet"
        return [_Found(c, trig, [a], [b], location, certainty) for a, b in pairs]
    events: list[tuple[Trigger, str]] = []
    if verdict.future and certainty == "asserted" and _others_intention(c.head, verdict.intent, actors, layer):
        events.append((trig, "possible"))  # "Howard wants Blair to apologise": no promise of Blair's
    elif verdict.future and verdict.purpose and certainty == "asserted":
        events.append((trig, "possible"))  # the aim of an announced act
    elif (verdict.future and certainty == "asserted" and not verdict.reported and verdict.intent in _NARRATED
            and c.kind in ("verb", "light") and PLOVER_SCORES[trig.type] >= 0 and not _said_after(c.head)
            and not (trig.type == "CONSULT" and recips)):  # a meeting planned with a party: AGREE (taxonomy)
        events.append((trig, "possible"))  # "Lyng will visit Tokyo": the writer's schedule, no one's promise
    elif verdict.future and certainty == "asserted" and ((verdict.intent in _PLANS and verdict.matrix is None and (
            trig.type in _PLANNED_ALONE and PLOVER_SCORES[trig.type] >= 0)) or (trig.type == "CONSULT" and not recips
            and verdict.intent in FUTURE_AUX and not party_named(c.head, c.noun, topical=" with" in trig.label))):
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
    return [_Found(c, t, actors, recips, location, cert) for t, cert in events]


def _own_sense(verb, noun) -> Trigger | None:
    """The sense of ``verb`` by itself when it has one and the sense its event noun object gave it does
    not name it: "backed Reagan's retaliatory strike" is a backing (SUPPORT), the strike's own sense
    ("retaliatory" makes it an attack) says nothing of "back"; "launched a retaliatory strike" has no sense
    of "launch" but the strike's, and "lodged a protest" is named by the noun's entry."""
    vl, lemma = _verb_lemma(verb), _lemma(noun)
    own = lookup_verb(vl)
    if own is None:
        return None
    facts = noun_facts(noun)  # "opposed the imposition of sanctions": the sense is the "of" object's, not the verb's
    named = lookup_noun(lemma, gov=vl, bare=False, **facts)
    return own if named is not None and named == lookup_noun(lemma, gov="", bare=False, **facts) else None


def _with_amounts(cands: list[_Cand], doc, layer) -> list[_Cand]:
    """The candidates, a verb whose object is an amount "in" an event noun taking that noun's sense
    ("imposed 300 mln dlrs in sanctions", "pledged 3 billion dlrs in fresh funds to Jakarta"), without
    the light verbs whose event noun only modifies a thing ("called a compromise budget ..."), and a
    verb with a sense of its own keeping it (:func:`_own_sense`)."""
    cands = [c for c in cands if not (c.kind == "light" and c.noun is not None and modifier_only(c.noun))]
    for c in cands:
        if c.kind == "light" and c.noun is not None and (own := _own_sense(c.head, c.noun)) is not None:
            c.trig, c.kind, c.noun, c.end = own, "verb", None, c.head  # "backed Reagan's retaliatory strike"
    by_head = {c.head.i: c for c in cands if c.kind in ("verb", "light")}
    for verb, noun, trig in amount_nouns(doc, layer):
        told = by_head.get(verb.i)
        if told is None:
            cands.append(_Cand(trig, verb, verb, noun, "light", noun=noun))
        else:
            told.trig, told.kind, told.noun, told.neg_consumed = trig, "light", noun, False
            told.end = max(told.end, noun, key=lambda t: t.i)
    return cands


def find_events(doc, article: Article, layer,
                timexes: list[TimeExpression]) -> tuple[list[Event], list[Quote]]:
    """Events and quotes of one parsed article; actor ids are the layer's local ids.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article text.
    article : Article
        The article (its id prefixes the event ids).
    layer : ActorLayer
        The actor stage's result: ``layer.at(i)`` is the local actor id of token ``i``.
    timexes : list of TimeExpression
        The time expressions (dating is done by the dating stage).

    Returns
    -------
    (list of Event, list of Quote)
        Events in text order with ids ``f"{article.id}#e{n}"``; quotes with their speakers.
    """
    text = doc_text(doc, article)
    quotes = find_quotes(doc, article, layer, text=text)
    speakers = {**leading_speakers(doc, text, quotes), **_speech.continued_speakers(doc, text, quotes)}
    layer = without_speaker_pronouns(doc, layer, quotes, speakers)  # in quoted words a speaker is "I"
    cands = with_requests(_with_amounts(_find_candidates(doc, layer), doc, layer), doc, layer)
    cands = (untold(cands + nested_nouns(doc, cands, layer)) + held_support(doc, layer)
             + find_appraisals(doc, layer) + _speech.find_speech_acts(doc, layer, speakers)
             + faced_demands(doc, layer) + answered_charges(doc, layer))
    cands += announced_intentions(doc, layer, cands)  # "X said it would privatise the bank": X's promise
    trigger_idx = {c.head.i: c.trig.type in VERBAL_TYPES for c in cands
                   if c.kind not in ("noun", "appraisal", "speech")}
    by_head = {c.head.i: c for c in cands if c.kind in ("verb", "light")}
    _retype_promises(cands, by_head)

    def kind_of(aid):
        a = layer.actors.get(aid)
        return a.kind if a is not None else None

    roles = [None if _market_subject(c) or _protest_purpose(c, by_head) or (
        c.kind in ("verb", "light") and (_speech.arbitrary_doer(c.head) or demanded_content(c.head))) or (
        c.kind == "verb" and c.trig.type == "REQUEST" and (asks_a_question(c.head) or asserts_a_fact(c.head))) or (
        c.trig.type == "CONCEDE" and notes_another_party(c.head, layer.token_actor)) or (
        c.kind in ("verb", "light", "noun") and in_comparison(c.head)) else event_roles(c, layer)
        for c in cands]
    fill_doers(cands, roles, layer, quotes, speakers)  # "Y is to blame, X said", "I", "an attack by rebels"
    _aim_commitments(cands, roles, layer, kind_of)
    share_addressees(cands, roles, layer)
    definite_acts(cands, roles, layer)
    repeated_acts(cands, roles)
    announce_vetoes(cands, roles, layer, trigger_idx)  # "vowed to veto the bill": a threat, no domestic stance
    for n, c in enumerate(cands):
        if c.trig.type == "REQUEST" and c.kind in ("demand", "speech") and own_demand(roles[n], layer):
            roles[n] = None
        elif c.kind in ("verb", "light", "noun") and policy_stance(c.head, c.trig.type, roles[n], layer.token_actor,
                                                                   c.noun, layer.actors):
            roles[n] = None  # "the cabinet approved the budget": domestic policy, no act between parties
    for n, c in enumerate(cands):
        if (c.kind == "verb" and c.trig.type == "THREATEN" and (role := roles[n]) is not None
                and only_cautions(c.head, sorted(own_side(role[0], layer)), role[1], layer.token_actor)):
            roles[n] = None  # "GATT warned there was a risk of inflation": no threat to anyone; the
            # speaker's side is its body too ("the minister warned Argentina may break off talks")
    body = doc[k].idx if (k := headline_end(doc, article)) < len(doc) else 0  # the dateline opens the body
    imply_state_doers(text, body, cands, roles, layer, kind_of, trigger_idx)  # "were arrested in Manila"
    imply_protesters(text, body, cands, roles, layer, trigger_idx)  # "strikes broke out in Brazil"
    out: list[tuple[int, int, _Found]] = []
    seen: set = set()
    heads: dict[tuple, set[int]] = {}  # act -> the trigger heads that gave it
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None:
            continue
        for k, found in enumerate(_readings(c, role, layer, kind_of, trigger_idx)):
            act = (found.trig.type, tuple(found.actors), tuple(found.recips), found.certainty, _sentence_start(c.head))
            key = (found.trig.label, *act)
            # what a speaker says adds no twin of an act the sentence's own words already give, and
            # a clause saying what an act is for adds none of it ("began a strike to protest")
            if key not in seen and not (c.kind in ("speech", "appraisal") and act in seen) and not (
                    act in heads and _same_clause(c.head, heads[act])):
                seen.update((key, act))
                heads.setdefault(act, set()).add(c.head.i)
                out.append((c.start.idx, n * 2 + k, found))
    out.sort(key=lambda x: (x[0], x[1]))
    events = [_make(article, found, text, eid=f"{article.id}#e{i}") for i, (_, _, found) in enumerate(out)]
    events = answer_partners(events, kind_of, [answers_a_move(found.cand.head) for _, _, found in out])
    return [e for e in events if not between_firms(e, layer.actors, text)], quotes
