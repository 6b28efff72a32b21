"""Tests for graphkit.ingest.events.intentions: what a party says its own side will do is its promise."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.intentions import future_acts
from graphkit.models import Actor
from tests.ingest.events.test_find import events_of, parse


def _said(subject, aux, verb, lemma, neg=False):
    # <subject> said it <aux> [not] <verb> the railways
    mod = ("not", 5, "neg", "PART", "not") if neg else ("soon", 5, "advmod", "ADV", "soon")
    return [(subject, 1, "nsubj", "PROPN", subject), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 5, "nsubj", "PRON", "it"), (aux, 5, "aux", "AUX", aux), mod,
            (verb, 1, "ccomp", "VERB", lemma), ("the", 7, "det", "DET", "the"),
            ("railways", 5, "dobj", "NOUN", "railway")]


def test_a_party_saying_it_will_do_something_promises_it(vocab):
    actors = {0: ("japan", "country"), 2: ("japan", "country")}
    got = events_of(vocab, _said("Japan", "would", "privatise", "privatise"), actors)
    assert got == [("AGREE", "promised", ["japan"], [], "asserted")]


def test_a_refusal_a_state_or_another_party_s_future_is_no_promise(vocab):
    actors = {0: ("japan", "country"), 2: ("japan", "country")}
    assert events_of(vocab, _said("Japan", "would", "privatise", "privatise", neg=True), actors) == []
    assert events_of(vocab, _said("Japan", "would", "remain", "remain"), actors) == []
    other = {0: ("usa", "country"), 2: ("japan", "country")}  # the U.S. said Japan would: a forecast
    assert events_of(vocab, _said("Washington", "would", "privatise", "privatise"), other) == []


def test_a_minister_speaks_for_the_country_he_belongs_to(vocab):
    doc, layer = parse(vocab, _said("Funaro", "will", "privatise", "privatise"),
                       {0: ("funaro", "person"), 2: ("brazil", "country")})
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    layer.actors["funaro"] = Actor(id="funaro", name="Funaro", kind="person", affiliations=["brazil"])
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.certainty) for e in events] == [("AGREE", ["brazil"], "asserted")]
    layer.actors["funaro"] = Actor(id="funaro", name="Funaro", kind="person", affiliations=["usa"])
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert events == []  # a speaker of another side promises nothing for Brazil
    layer.actors["funaro"] = Actor(id="funaro", name="Funaro", kind="person", affiliations=[])
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors) for e in events] == [("AGREE", ["brazil"])]  # one of no known side speaks for it


def test_a_quoted_or_conditional_would_is_no_future():
    words = ['"', "I", "would", "send", "him", '"', ",", "he", "said"]
    doc = Doc(Vocab(), words=words, heads=[8, 3, 3, 8, 3, 8, 8, 8, 8],
              deps=["punct", "nsubj", "aux", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT"],
              pos=["PUNCT", "PRON", "AUX", "VERB", "PRON", "PUNCT", "PUNCT", "PRON", "VERB"],
              lemmas=['"', "I", "would", "send", "he", '"', ",", "he", "say"])
    assert future_acts(doc) == []
    doc = Doc(Vocab(), words=["he", "said", "he", "would", "act", "if", "asked"], heads=[1, 1, 4, 4, 1, 6, 4],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "advcl"],
              pos=["PRON", "VERB", "PRON", "AUX", "VERB", "SCONJ", "VERB"],
              lemmas=["he", "say", "he", "would", "act", "if", "ask"])
    assert future_acts(doc) == []
    doc = Doc(Vocab(), words=["he", "said", "he", "will", "act", "if", "asked"], heads=[1, 1, 4, 4, 1, 6, 4],
              deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "advcl"],
              pos=["PRON", "VERB", "PRON", "AUX", "VERB", "SCONJ", "VERB"],
              lemmas=["he", "say", "he", "will", "act", "if", "ask"])
    assert [t.text for t in future_acts(doc)] == ["act"]


def _plans(verb_words, lemma, to_have=False):
    # Japan <plans|is> to [have] privatise railways
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb_words, 1, "ROOT", "VERB" if lemma != "be" else "AUX", lemma),
            ("to", 4, "aux", "PART", "to")]
    rows += [("have", 4, "aux", "AUX", "have")] if to_have else [("soon", 4, "advmod", "ADV", "soon")]
    rows += [("privatise", 1, "xcomp", "VERB", "privatise"), ("railways", 4, "dobj", "NOUN", "railway")]
    return rows


def test_a_plan_or_decision_of_ones_own_is_a_promise(vocab):
    actors = {0: ("japan", "country")}
    assert events_of(vocab, _plans("plans", "plan"), actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, _plans("is", "be"), actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, _plans("was", "be", to_have=True), actors) == []  # "was to have left": it did not
    assert events_of(vocab, _plans("hopes", "hope"), actors) == []  # a hope is no commitment


def test_a_plan_in_the_past_perfect_was_given_up_no_promise(vocab):
    # Japan had planned to [soon] privatise railways: an intention not carried out
    actors = {0: ("japan", "country")}
    rows = _plans("planned", "plan")
    rows = [("Japan", 2, "nsubj", "PROPN", "Japan"), ("had", 2, "aux", "AUX", "have")] + [
        (w, h + 1, d, p, lem) for w, h, d, p, lem in rows[1:]]
    assert events_of(vocab, rows, actors) == []
    rows[1] = ("has", 2, "aux", "AUX", "have")  # "has planned to": still its plan
    assert events_of(vocab, rows, actors) == [("AGREE", "promised", ["japan"], [], "asserted")]


def test_a_hedged_act_of_one_s_own_is_a_forecast_no_promise(vocab):
    # Japan said it would probably privatise the railways
    actors = {0: ("japan", "country"), 2: ("japan", "country")}
    rows = _said("Japan", "would", "privatise", "privatise")
    rows[4] = ("probably", 5, "advmod", "ADV", "probably")
    assert events_of(vocab, rows, actors) == []


def _ready(adj, neg=False, relcl=False):
    # Japan is [not] <adj> to privatise railways
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("is", 1, "relcl" if relcl else "ROOT", "AUX", "be"),
            ("not", 1, "neg", "PART", "not") if neg else ("now", 1, "advmod", "ADV", "now"),
            (adj, 1, "acomp", "ADJ", adj), ("to", 5, "aux", "PART", "to"),
            ("privatise", 3, "xcomp", "VERB", "privatise"), ("railways", 5, "dobj", "NOUN", "railway")]
    return rows


def test_a_readiness_of_one_s_own_to_act_is_a_promise(vocab):
    actors = {0: ("japan", "country")}
    assert events_of(vocab, _ready("willing"), actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, _ready("ready"), actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, _ready("ready", neg=True), actors) == []  # "is not ready to": no promise
    assert events_of(vocab, _ready("happy"), actors) == []  # a feeling, no readiness
    assert events_of(vocab, _ready("willing", relcl=True), actors) == []  # "a price X is willing to pay"


def test_announced_plans_to_act_are_the_announcer_s_promise(vocab):
    # Japan <announced|has> [no] plans to sell railways
    def rows(verb, lemma, no=False):
        return [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", lemma),
                ("no" if no else "new", 3, "det" if no else "amod", "DET" if no else "ADJ", "no" if no else "new"),
                ("plans", 1, "dobj", "NOUN", "plan"), ("to", 5, "aux", "PART", "to"),
                ("sell", 3, "acl", "VERB", "sell"), ("railways", 5, "dobj", "NOUN", "railway")]
    actors = {0: ("japan", "country")}
    assert events_of(vocab, rows("announced", "announce"), actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, rows("has", "have"), actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, rows("has", "have", no=True), actors) == []  # "has no plans to"
    assert events_of(vocab, rows("criticised", "criticise"), actors) != [
        ("AGREE", "promised", ["japan"], [], "asserted")]  # another's plan, criticised


def test_the_government_a_minister_speaks_of_is_his_country_s(vocab):
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    # Huayta said the government would maintain the freeze
    rows = [("Huayta", 1, "nsubj", "PROPN", "Huayta"), ("said", 1, "ROOT", "VERB", "say"),
            ("the", 3, "det", "DET", "the"), ("government", 5, "nsubj", "NOUN", "government"),
            ("would", 5, "aux", "AUX", "would"), ("maintain", 1, "ccomp", "VERB", "maintain"),
            ("the", 7, "det", "DET", "the"), ("freeze", 5, "dobj", "NOUN", "freeze")]
    doc, layer = parse(vocab, rows, {0: ("huayta", "person")})
    layer.actors["peru"] = Actor(id="peru", name="Peru", kind="country", code="PER")
    layer.actors["huayta"] = Actor(id="huayta", name="Huayta", kind="person", affiliations=["peru"])
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors) for e in events] == [("AGREE", ["peru"])]
    layer.actors["huayta"] = Actor(id="huayta", name="Huayta", kind="person", affiliations=[])
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert events == []  # a speaker of no known country names none


def test_a_refusal_coordinated_with_a_promise_does_not_hide_it(vocab):
    # Japan said it would give aid but not agree to demands
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"),
            ("grant", 1, "ccomp", "VERB", "grant"), ("loans", 4, "dobj", "NOUN", "loan"),
            ("but", 4, "cc", "CCONJ", "but"), ("not", 8, "neg", "PART", "not"), ("agree", 4, "conj", "VERB", "agree"),
            ("to", 8, "prep", "ADP", "to"), ("demands", 9, "pobj", "NOUN", "demand")]
    got = events_of(vocab, rows, {0: ("japan", "country"), 2: ("japan", "country")}, asserted_only=True)
    assert ("AGREE", "promised", ["japan"], [], "asserted") in got


def test_a_promised_act_is_aimed_at_its_object_and_its_purpose_trigger_does_not_hide_it(vocab):
    # Japan is willing to send an envoy to Cairo to settle the dispute
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("is", 1, "ROOT", "AUX", "be"),
            ("willing", 1, "acomp", "ADJ", "willing"), ("to", 4, "aux", "PART", "to"),
            ("send", 2, "xcomp", "VERB", "send"), ("an", 6, "det", "DET", "an"), ("envoy", 4, "dobj", "NOUN", "envoy"),
            ("to", 4, "prep", "ADP", "to"), ("Cairo", 7, "pobj", "PROPN", "Cairo"),
            ("to", 10, "aux", "PART", "to"), ("settle", 4, "advcl", "VERB", "settle"),
            ("the", 12, "det", "DET", "the"), ("dispute", 10, "dobj", "NOUN", "dispute")]
    got = events_of(vocab, rows, {0: ("japan", "country"), 8: ("egypt", "country")}, asserted_only=True)
    assert ("AGREE", "promised", ["japan"], ["egypt"], "asserted") in got


def test_what_is_said_under_a_condition_is_no_promise(vocab):
    # if asked, Japan said it would privatise the railways
    rows = [("if", 1, "mark", "SCONJ", "if"), ("asked", 4, "advcl", "VERB", "ask"), (",", 4, "punct", "PUNCT", ","),
            *[(w, h + 3, d, p, lem) for (w, h, d, p, lem) in _said("Japan", "would", "privatise", "privatise")]]
    got = events_of(vocab, rows, {3: ("japan", "country"), 5: ("japan", "country")})
    assert got == []
    assert events_of(vocab, _said("Japan", "would", "privatise", "privatise"),
                     {0: ("japan", "country"), 2: ("japan", "country")}) != []


def test_a_business_decision_on_a_price_or_rate_is_no_promise_and_a_trade_measure_is_aimed_at_its_country(vocab):
    # Japan said it would lower its rate / cut tariffs on Korea
    def rows(verb, lemma, obj, obj_lemma, on=False):
        out = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("said", 1, "ROOT", "VERB", "say"),
               ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"),
               (verb, 1, "ccomp", "VERB", lemma), (obj, 4, "dobj", "NOUN", obj_lemma)]
        return out + ([("on", 5, "prep", "ADP", "on"), ("Korea", 6, "pobj", "PROPN", "Korea")] if on else [])
    actors = {0: ("japan", "country"), 2: ("japan", "country")}
    assert events_of(vocab, rows("lower", "lower", "rates", "rate"), actors) == []
    assert events_of(vocab, rows("cut", "cut", "tariffs", "tariff", on=True), {**actors, 7: ("korea", "country")}) == [
        ("AGREE", "promised", ["japan"], ["korea"], "asserted")]


def test_an_announced_promise_is_made_when_it_is_said(vocab):
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    doc, layer = parse(vocab, _said("Japan", "would", "privatise", "privatise"),
                       {0: ("japan", "country"), 2: ("japan", "country")})
    (event,), _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert doc.text[event.start:event.end] == "said"  # its date is the saying's, not the act's ("next month")


def test_going_on_with_an_act_promises_it_though_going_on_alone_is_a_state(vocab):
    # Japan said it would continue to buy grain / Japan said it would continue
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"),
            ("continue", 1, "ccomp", "VERB", "continue"), ("to", 6, "aux", "PART", "to"),
            ("buy", 4, "xcomp", "VERB", "buy"), ("grain", 6, "dobj", "NOUN", "grain")]
    actors = {0: ("japan", "country"), 2: ("japan", "country")}
    assert events_of(vocab, rows, actors) == [("AGREE", "promised", ["japan"], [], "asserted")]
    assert events_of(vocab, rows[:5], actors) == []
