"""Tests for graphkit.ingest.events.readings: what a candidate asserts."""
from __future__ import annotations

from graphkit.models import Actor
from tests.ingest.events.test_find import parse


def _events(vocab, rows, actors, affiliations):
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    doc, layer = parse(vocab, rows, actors)
    for aid, aff in affiliations.items():
        old = layer.actors[aid]
        layer.actors[aid] = Actor(id=aid, name=old.name, kind=old.kind, affiliations=aff)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.certainty) for e in events]


def _will_not_accept(speaker):
    # <speaker> said the EC will not accept the plan
    return [(speaker, 1, "nsubj", "PROPN", speaker), ("said", 1, "ROOT", "VERB", "say"),
            ("EC", 5, "nsubj", "PROPN", "EC"), ("will", 5, "aux", "AUX", "will"), ("not", 5, "neg", "PART", "not"),
            ("accept", 1, "ccomp", "VERB", "accept"), ("the", 7, "det", "DET", "the"),
            ("plan", 5, "dobj", "NOUN", "plan")]


def test_another_side_s_future_refusal_is_a_forecast_not_a_refusal(vocab):
    actors = {0: ("conrad", "person"), 2: ("ec", "organization")}
    got = _events(vocab, _will_not_accept("Conrad"), actors, {"conrad": ["usa"]})
    assert got and all(cert == "possible" for _, _, cert in got)  # a U.S. senator foretells the EC's act
    got = _events(vocab, _will_not_accept("Delors"), {0: ("delors", "person"), 2: ("ec", "organization")},
                  {"delors": ["ec"]})
    assert ("REJECT", ["ec"], "asserted") in got  # the EC's own man tells its refusal


def _promised_not(verb, lemma, obj_rows):
    # Hawke promised not to <verb> <object>
    return [("Hawke", 1, "nsubj", "PROPN", "Hawke"), ("promised", 1, "ROOT", "VERB", "promise"),
            ("not", 4, "neg", "PART", "not"), ("to", 4, "aux", "PART", "to"), (verb, 1, "xcomp", "VERB", lemma),
            *obj_rows]


def test_a_promise_not_to_grant_a_party_something_refuses_but_restraint_is_promised(vocab):
    actors = {0: ("hawke", "person")}
    taxes = _promised_not("raise", "raise", [("taxes", 4, "dobj", "NOUN", "tax")])
    assert ("AGREE", ["hawke"], "asserted") in _events(vocab, taxes, actors, {})
    golan = _promised_not("return", "return", [("the", 6, "det", "DET", "the"), ("Golan", 4, "dobj", "PROPN", "Golan")])
    got = _events(vocab, golan, {**actors, 6: ("golan", "location")}, {})
    assert ("REJECT", ["hawke"], "asserted") in got and not any(t == "AGREE" for t, _, _ in got)


def _meet(prefix_rows, head):
    # ... Japan will meet Korea
    n = len(prefix_rows)
    return [*prefix_rows, ("Japan", n + 2, "nsubj", "PROPN", "Japan"), ("will", n + 2, "aux", "AUX", "will"),
            ("meet", head, "ccomp", "VERB", "meet"), ("Korea", n + 2, "dobj", "PROPN", "Korea")]


def test_a_planned_meeting_is_promised_by_the_words_that_tell_it(vocab):
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    # officials said Japan will meet Korea
    rows = _meet([("officials", 1, "nsubj", "NOUN", "official"), ("said", 1, "ROOT", "VERB", "say")], 1)
    doc, layer = parse(vocab, rows, {2: ("japan", "country"), 5: ("korea", "country")})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    agree = [e for e in events if e.type == "AGREE"]
    assert [(e.actors, e.recipients, e.certainty) for e in agree] == [(["japan"], ["korea"], "asserted")]
    assert doc.text[agree[0].start:agree[0].end] == "said"  # dated by the saying, not by the meeting's day


def test_what_a_speaker_is_sure_of_is_an_expectation_not_a_promise(vocab):
    # Kim was pessimistic that Japan will meet Korea
    rows = _meet([("Kim", 1, "nsubj", "PROPN", "Kim"), ("was", 1, "ROOT", "AUX", "be"),
                  ("pessimistic", 1, "acomp", "ADJ", "pessimistic"), ("that", 6, "mark", "SCONJ", "that")], 1)
    got = _events(vocab, rows, {0: ("kim", "person"), 4: ("japan", "country"), 7: ("korea", "country")}, {})
    assert not [g for g in got if g[2] == "asserted"]


def _due_to_meet(party_rows):
    # Shultz is due to meet <party>
    return [("Shultz", 1, "nsubj", "PROPN", "Shultz"), ("is", 1, "ROOT", "AUX", "be"),
            ("due", 1, "acomp", "ADJ", "due"), ("to", 4, "aux", "PART", "to"),
            ("meet", 2, "xcomp", "VERB", "meet"), *party_rows]


def test_a_meeting_on_the_timetable_with_a_party_is_a_planned_meeting_without_one_is_not(vocab):
    got = _events(vocab, _due_to_meet([("Gorbachev", 4, "dobj", "PROPN", "Gorbachev")]),
                  {0: ("shultz", "person"), 5: ("gorbachev", "person")}, {})
    assert sorted(got) == [("AGREE", ["shultz"], "asserted"), ("CONSULT", ["shultz"], "possible")]
    got = _events(vocab, _due_to_meet([("in", 4, "prep", "ADP", "in"), ("Brussels", 5, "pobj", "PROPN", "Brussels")]),
                  {0: ("shultz", "person"), 6: ("brussels", "location")}, {})
    assert all(t != "AGREE" for t, _, _ in got) and all(c == "possible" for _, _, c in got)


def test_not_yet_staying_away_is_no_refusal(vocab):
    # Japan has not yet attended the talks / Japan did not attend the talks
    rows = [("Japan", 4, "nsubj", "PROPN", "Japan"), ("has", 4, "aux", "AUX", "have"),
            ("not", 4, "neg", "PART", "not"), ("yet", 4, "advmod", "ADV", "yet"),
            ("attended", 4, "ROOT", "VERB", "attend"), ("the", 6, "det", "DET", "the"),
            ("talks", 4, "dobj", "NOUN", "talk")]
    assert _events(vocab, rows, {0: ("japan", "country")}, {}) == []
    rows[3] = ("really", 4, "advmod", "ADV", "really")
    assert _events(vocab, rows, {0: ("japan", "country")}, {}) == [("REJECT", ["japan"], "asserted")]


def test_a_speech_act_still_to_be_made_is_not_yet_made(vocab):
    # Canada will argue that Iraq lied / Canada argued that Iraq lied
    def rows(aux):
        head = 2 if aux else 1
        out = [("Canada", head, "nsubj", "PROPN", "Canada")]
        out += [("will", 2, "aux", "AUX", "will")] if aux else []
        k = len(out)
        out += [("argue" if aux else "argued", k, "ROOT", "VERB", "argue"), ("that", k + 3, "mark", "SCONJ", "that"),
                ("Iraq", k + 3, "nsubj", "PROPN", "Iraq"), ("lied", k, "ccomp", "VERB", "lie")]
        return out
    actors = {"future": {0: ("canada", "country"), 4: ("iraq", "country")},
              "past": {0: ("canada", "country"), 3: ("iraq", "country")}}
    future = _events(vocab, rows(True), actors["future"], {})
    past = _events(vocab, rows(False), actors["past"], {})
    assert ("ACCUSE", ["canada"], "asserted") in past
    assert future and all(cert == "possible" for _, _, cert in future)
