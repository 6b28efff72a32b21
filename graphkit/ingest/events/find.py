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
demands (:mod:`graphkit.ingest.events.speech`). What each candidate asserts is read by
:mod:`graphkit.ingest.events.readings`: a stated intention ("will give", "said they would
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

from typing import cast

from graphkit.ingest.actors.mentions import headline_end
from graphkit.ingest.events import speech as _speech
from graphkit.ingest.events.anaphora import definite_acts, own_side
from graphkit.ingest.events.anonymity import asks_no_party
from graphkit.ingest.events.appraisal import find_appraisals
from graphkit.ingest.events.arguments import event_roles
from graphkit.ingest.events.assents import won_over
from graphkit.ingest.events.backdrop import backdrop_of, place_finder, recalled
from graphkit.ingest.events.borrowing import received_aid
from graphkit.ingest.events.causes import blames_a_thing, endangers
from graphkit.ingest.events.coordination import share_addressees
from graphkit.ingest.events.denials import denials
from graphkit.ingest.events.doers import fill_doers
from graphkit.ingest.events.domestic import policy_stance
from graphkit.ingest.events.enterprise import business_actors, business_event
from graphkit.ingest.events.expulsions import ordered_departures
from graphkit.ingest.events.figurative import figurative
from graphkit.ingest.events.forewarnings import warned_of_others
from graphkit.ingest.events.hosts import visit_host
from graphkit.ingest.events.implied import imply_state_doers
from graphkit.ingest.events.intentions import announced_intentions
from graphkit.ingest.events.lexicon import Trigger, lookup_noun, lookup_verb
from graphkit.ingest.events.market import market_subject as _market_subject
from graphkit.ingest.events.menaces import menaces
from graphkit.ingest.events.mood import admits_a_fact, asserts_a_fact, shares_a_view
from graphkit.ingest.events.nominal import amount_nouns, held_support, modifier_only, nested_nouns
from graphkit.ingest.events.noun_frames import untold
from graphkit.ingest.events.obligation import own_demand
from graphkit.ingest.events.openers import leading_speakers
from graphkit.ingest.events.outlets import to_an_outlet
from graphkit.ingest.events.partners import answer_partners, answers_a_move
from graphkit.ingest.events.penalties import held_out_penalty
from graphkit.ingest.events.persuasion import tried_persuasion
from graphkit.ingest.events.plans import made_public
from graphkit.ingest.events.predicates import attitudes
from graphkit.ingest.events.predictions import predicted_content
from graphkit.ingest.events.presupposed import with_requests
from graphkit.ingest.events.quotes import doc_text, find_quotes
from graphkit.ingest.events.readings import Found, aim_commitments, readings, retype_promises
from graphkit.ingest.events.reception import answered_charges, demanded_content, faced_demands, under_fire
from graphkit.ingest.events.reciprocals import both_ways
from graphkit.ingest.events.refusals import declines_to_inform, told_refusals
from graphkit.ingest.events.repetition import repeated_acts
from graphkit.ingest.events.sides import other_sides
from graphkit.ingest.events.terms import agreement_terms
from graphkit.ingest.events.triggers import LIGHT_VERBS, noun_facts
from graphkit.ingest.events.triggers import Candidate as _Cand
from graphkit.ingest.events.triggers import find_candidates as _find_candidates
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import verb_lemma as _verb_lemma
from graphkit.ingest.events.ultimatums import ultimatum
from graphkit.ingest.events.unrest import imply_protesters
from graphkit.ingest.events.vetoes import announce_vetoes
from graphkit.ingest.events.violations import alleged_heads
from graphkit.ingest.events.voice import notes_another_party, only_cautions, without_speaker_pronouns
from graphkit.models import PLOVER_SCORES, VERBAL_TYPES, Article, Certainty, Event, PloverType, Quote, TimeExpression

__all__ = ["find_events", "LIGHT_VERBS"]



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


def _make(article: Article, found: Found, text: str, eid: str = "") -> Event:
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



def _same_clause(tok, others: set[int]) -> bool:
    """Whether ``tok`` and one of the tokens ``others`` are one act told twice: one is the purpose,
    manner or complement clause of the other ("began a hunger strike to protest", "held talks,
    discussing ...")."""
    def part(a, b) -> bool:
        return a.head.i == b.i and a.dep_ in ("advcl", "xcomp", "acl")
    return any(part(tok, tok.doc[o]) or part(tok.doc[o], tok) for o in others)



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


def _read(c: _Cand, role, layer, kind_of, trigger_idx) -> list[Found]:
    """The events candidate ``c`` gives with ``role`` (:func:`readings`), with the threat of a conditional
    reprisal (:func:`ultimatum`) or of a penalty held out in the passive (:func:`held_out_penalty`), and the
    agreement of a party persuaded to act (:func:`won_over`); a visit told without its destination is to the
    story's country (:func:`visit_host`); a plan made public is a commitment (:func:`made_public`), and so is
    an act done under an agreement (:func:`agreement_terms`)."""
    found = made_public(c, ultimatum(c, readings(c, role, layer, kind_of, trigger_idx), layer), layer)
    found = agreement_terms(c, role, found, layer)
    return other_sides(visit_host(won_over(c, held_out_penalty(c, role, found, layer)), layer), layer)


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
    cands = tried_persuasion(with_requests(_with_amounts(_find_candidates(doc, layer), doc, layer), doc, layer), layer)
    cands = told_refusals(menaces(warned_of_others(ordered_departures(cands, doc, layer), layer), doc, layer), layer)
    cands = (untold(cands + nested_nouns(doc, cands, layer)) + held_support(doc, layer)
             + find_appraisals(doc, layer) + attitudes(doc, layer) + _speech.find_speech_acts(doc, layer, speakers)
             + faced_demands(doc, layer) + answered_charges(doc, layer) + under_fire(doc, layer) + denials(doc, layer)
             + received_aid(doc, layer))  # "received a loan from X": X's aid (events.borrowing)
    cands += announced_intentions(doc, layer, cands)  # "X said it would privatise the bank": X's promise
    trigger_idx = {c.head.i: c.trig.type in VERBAL_TYPES for c in cands
                   if c.kind not in ("noun", "appraisal", "speech")}
    by_head = {c.head.i: c for c in cands if c.kind in ("verb", "light")}
    retype_promises(cands, by_head)

    def kind_of(aid):
        a = layer.actors.get(aid)
        return a.kind if a is not None else None

    alleged, is_place = alleged_heads(cands), place_finder(layer)  # "X said Y violated the accord": X's charge
    roles = [None if _market_subject(c) or _protest_purpose(c, by_head) or (
        c.kind == "verb" and c.head.i in alleged) or (
        c.kind in ("verb", "light") and (_speech.arbitrary_doer(c.head) or demanded_content(c.head))) or (
        c.kind == "verb" and c.trig.type == "REQUEST" and (asks_no_party(c.head) or asserts_a_fact(c.head))) or (
        c.trig.type == "CONCEDE" and (notes_another_party(c.head, layer.token_actor) or admits_a_fact(c.head))) or (
        c.kind == "verb" and c.trig.type == "AGREE" and shares_a_view(c.head)) or (  # "agreed it was serious"
        figurative(c, layer) or to_an_outlet(c) or predicted_content(c, layer)) or (  # events.outlets, .predictions
        backdrop_of(c)) or (  # "lifted its ban", "since the accord": events.backdrop
        recalled(c, article.published, is_place))  # "the 1979 accord", "under which they agreed"
        else event_roles(c, layer)
        for c in cands]
    fill_doers(cands, roles, layer, quotes, speakers)  # "Y is to blame, X said", "I", "an attack by rebels"
    aim_commitments(cands, roles, layer, kind_of)
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
                and (only_cautions(c.head, sorted(own_side(role[0], layer)), role[1], layer.token_actor)
                     or endangers(c.head, layer.token_actor))):  # "the ban threatened shortages": events.causes
            roles[n] = None  # "GATT warned there was a risk of inflation": no threat to anyone; the
            # speaker's side is its body too ("the minister warned Argentina may break off talks")
        elif (c.kind == "verb" and c.trig.type == "ACCUSE" and (role := roles[n]) is not None
                and blames_a_thing(c.head, role[1], layer)):
            roles[n] = None  # "blamed the fall on lower prices": a cause told, no one reproached
        elif c.kind == "verb" and c.trig.type == "REJECT" and declines_to_inform(c.head, layer):
            roles[n] = None  # "declined to give details": declining comment, no party answered (events.refusals)
    body = doc[k].idx if (k := headline_end(doc, article)) < len(doc) else 0  # the dateline opens the body
    imply_state_doers(text, body, cands, roles, layer, kind_of, trigger_idx)  # "were arrested in Manila"
    imply_protesters(text, body, cands, roles, layer, trigger_idx)  # "strikes broke out in Brazil"
    out: list[tuple[int, int, Found]] = []
    seen: set = set()
    heads: dict[tuple, set[int]] = {}  # act -> the trigger heads that gave it
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None:
            continue
        for k, found in enumerate(both_ways(c, _read(c, role, layer, kind_of, trigger_idx))):
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
    firms = business_actors(doc, layer, text)  # "Merrill Lynch" of "Merrill Lynch and Co Inc": events.enterprise
    return [e for e in events if not business_event(e, firms, text)], quotes
