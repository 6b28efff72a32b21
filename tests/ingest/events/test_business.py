"""Business-news senses of political triggers give no event (hand-built Docs, no model)."""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb
from tests.ingest.events.test_find import events_of


def _lift(obj_word, obj_lemma):
    return [("Texaco", 1, "nsubj", "PROPN", "Texaco"), ("lifted", 1, "ROOT", "VERB", "lift"),
            ("its", 3, "poss", "PRON", "its"), (obj_word, 1, "dobj", "NOUN", obj_lemma)]


def test_lifting_prices_is_no_concession_but_lifting_a_blockade_is(vocab):
    assert events_of(vocab, _lift("prices", "price"), {0: ("texaco", "organization")}) == []
    got = events_of(vocab, _lift("blockade", "blockade"), {0: ("texaco", "organization")})
    assert [g[0] for g in got] == ["CONCEDE"]


def _under_attack(subj_word, subj_lemma):
    # "The <subj> came under attack from speculators"
    return [("The", 1, "det", "DET", "the"), (subj_word, 2, "nsubj", "NOUN", subj_lemma),
            ("came", 2, "ROOT", "VERB", "come"), ("under", 2, "prep", "ADP", "under"),
            ("attack", 3, "pobj", "NOUN", "attack"), ("from", 4, "prep", "ADP", "from"),
            ("rebels", 5, "pobj", "NOUN", "rebel")]


def test_a_market_subject_under_attack_is_no_assault(vocab):
    actors = {6: ("rebels", "group")}
    assert events_of(vocab, _under_attack("dollar", "dollar"), actors) == []
    got = events_of(vocab, _under_attack("town", "town"), actors)
    assert [(g[0], g[2]) for g in got] == [("ASSAULT", ["rebels"])]


def test_shares_rallying_is_no_protest(vocab):
    rows = [("Shares", 1, "nsubj", "NOUN", "share"), ("rallied", 1, "ROOT", "VERB", "rally"),
            ("in", 1, "prep", "ADP", "in"), ("Tokyo", 2, "pobj", "PROPN", "Tokyo")]
    assert events_of(vocab, rows, {3: ("tokyo", "location")}) == []
    rows[0] = ("Students", 1, "nsubj", "NOUN", "student")
    assert [g[0] for g in events_of(vocab, rows, {0: ("students", "group"), 3: ("tokyo", "location")})] == ["PROTEST"]


def _suspension(of_word, of_lemma):
    # "Brazil announced a suspension of <x>"
    return [("Brazil", 1, "nsubj", "PROPN", "Brazil"), ("announced", 1, "ROOT", "VERB", "announce"),
            ("a", 3, "det", "DET", "a"), ("suspension", 1, "dobj", "NOUN", "suspension"),
            ("of", 3, "prep", "ADP", "of"), (of_word, 4, "pobj", "NOUN", of_lemma)]


def test_suspending_payments_is_no_sanction_but_suspending_aid_is(vocab):
    actors = {0: ("brazil", "country")}
    assert events_of(vocab, _suspension("payments", "payment"), actors) == []
    assert [g[0] for g in events_of(vocab, _suspension("aid", "aid"), actors)] == ["SANCTION"]


def test_lexicon_business_stop_entries():
    assert lookup_verb("offer", obj={"share"}) is None
    assert lookup_verb("offer").type == "AGREE"
    assert lookup_verb("fight", obj={"inflation"}) is None
    assert lookup_verb("fight", obj={"rebel"}).type == "ASSAULT"
    assert lookup_verb("release", obj={"figure"}) is None
    assert lookup_verb("release", obj={"prisoner"}).type == "RETREAT"
    assert lookup_noun("war", mod={"trade"}) is None
    assert lookup_noun("war", gov="wage").type == "ASSAULT"
    assert lookup_noun("release", mod={"press"}) is None
    assert lookup_noun("offer", mod={"tender"}) is None


def _struck(subj_word, subj_lemma):
    # "<subj> struck General Motors"
    return [(subj_word, 1, "nsubj", "NOUN", subj_lemma), ("struck", 1, "ROOT", "VERB", "strike"),
            ("Motors", 1, "dobj", "PROPN", "Motors")]


def test_workers_striking_a_company_protest_while_rebels_striking_attack(vocab):
    actors = {0: ("strikers", "group"), 2: ("gm", "organization")}
    assert [g[0] for g in events_of(vocab, _struck("workers", "worker"), actors)] == ["PROTEST"]
    assert [g[0] for g in events_of(vocab, _struck("rebels", "rebel"), actors)] == ["ASSAULT"]


def test_meeting_competition_and_yielding_grades_are_no_events(vocab):
    assert lookup_verb("meet", obj={"competition"}) is None
    assert lookup_verb("meet").type == "CONSULT"
    assert lookup_verb("yield", obj={"grade"}) is None
    assert lookup_verb("fight", obj={"sale"}) is None


def test_calls_for_redemption_and_anonymous_sources_are_no_requests():
    assert lookup_verb("call", prep={"for"}, pobj={"redemption"}) is None
    assert lookup_verb("call", prep={"for"}, pobj={"ceasefire"}).type == "REQUEST"
    assert lookup_verb("ask", comp={"identify"}) is None
    assert lookup_verb("ask", comp={"mediate"}).type == "REQUEST"


def test_an_economic_downturn_hitting_a_country_is_no_assault(vocab):
    rows = [("downturn", 1, "nsubj", "NOUN", "downturn"), ("hit", 1, "ROOT", "VERB", "hit"),
            ("Iraq", 1, "dobj", "PROPN", "Iraq")]
    assert events_of(vocab, rows, {2: ("iraq", "country")}) == []


def test_phrasal_senses():
    assert lookup_verb("back", prt={"down"}).type == "CONCEDE"
    assert lookup_verb("back", obj={"*actor"}).type == "SUPPORT"
    assert lookup_verb("take", prt={"over"}, obj={"town"}).type == "COERCE"
    assert lookup_verb("take", prt={"over"}, obj={"company"}) is None  # a takeover is business
    assert lookup_verb("open", obj={"fire"}).type == "ASSAULT"
    assert lookup_verb("break", prt={"off"}, obj={"talk"}).type == "REJECT"
    assert lookup_verb("rule", prt={"out"}).type == "REJECT"
    assert lookup_verb("rule") is None


def test_market_demand_weather_warnings_and_listings_are_no_events():
    assert lookup_noun("demand", mod={"consumer"}) is None
    assert lookup_noun("demand").type == "REQUEST"
    assert lookup_noun("warning", gov="issue", mod={"tidal-wave"}) is None
    assert lookup_noun("warning", gov="issue").type == "THREATEN"
    assert lookup_verb("seek", obj={"listing"}) is None
    assert lookup_verb("promise", comp={"be"}) is None  # "it promises to be a boring day"


def test_criticism_without_a_critic_is_no_event(vocab):
    # Kazakhstan has been criticised (an agentless passive of words, unlike "were killed")
    rows = [("Kazakhstan", 3, "nsubjpass", "PROPN", "Kazakhstan"), ("has", 3, "aux", "AUX", "have"),
            ("been", 3, "auxpass", "AUX", "be"), ("criticised", 3, "ROOT", "VERB", "criticize")]
    assert events_of(vocab, rows, {0: ("kazakhstan", "location")}) == []
    rows[3] = ("attacked", 3, "ROOT", "VERB", "attack")
    assert [g[0] for g in events_of(vocab, rows, {0: ("kazakhstan", "location")})] == ["ASSAULT"]
