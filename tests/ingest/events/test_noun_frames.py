"""What an event noun's own phrase says of its act (graphkit.ingest.events.noun_frames), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.noun_frames import (
    answered_request,
    clause_doers,
    clause_sense,
    done_by_clause,
    framed_sense,
    scheduled,
)
from graphkit.models import Actor, Article


def _parse(vocab, rows, actors):
    """A Doc from ``(word, head, dep, pos, tag, lemma)`` rows and a layer from ``{index: (id, kind)}``."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              tags=[r[4] for r in rows], lemmas=[r[5] for r in rows], sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, (aid, kind) in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind=kind))
        layer.token_actor[i] = aid
    return doc, layer


def _events(vocab, rows, actors):
    doc, layer = _parse(vocab, rows, actors)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.recipients, e.certainty) for e in events]


def _aid_rows(verb="totalled"):
    # West German aid to Bolivia <verb> 50 marks
    return [("German", 1, "amod", "ADJ", "JJ", "german"), ("aid", 4, "nsubj", "NOUN", "NN", "aid"),
            ("to", 1, "prep", "ADP", "IN", "to"), ("Bolivia", 2, "pobj", "PROPN", "NNP", "Bolivia"),
            (verb, 4, "ROOT", "VERB", "VBD", verb), ("marks", 4, "dobj", "NOUN", "NNS", "mark")]


def test_a_noun_whose_senses_need_a_verb_names_its_act_when_addressed_to_a_party(vocab):
    actors = {0: ("germany", "country"), 3: ("bolivia", "country")}
    assert _events(vocab, _aid_rows(), actors) == [("AID", ["germany"], ["bolivia"], "asserted")]
    doc, layer = _parse(vocab, _aid_rows(), actors)
    assert framed_sense(doc[1], layer).type == "AID"
    # addressed to no party ("aid to farmers"): no sense without its verb
    doc, layer = _parse(vocab, _aid_rows(), {0: ("germany", "country")})
    assert framed_sense(doc[1], layer) is None


def test_a_call_for_something_is_a_request(vocab):
    # a call by OPEC for restraint
    rows = [("a", 1, "det", "DET", "DT", "a"), ("call", 1, "ROOT", "NOUN", "NN", "call"),
            ("by", 1, "prep", "ADP", "IN", "by"), ("OPEC", 2, "pobj", "PROPN", "NNP", "OPEC"),
            ("for", 1, "prep", "ADP", "IN", "for"), ("restraint", 4, "pobj", "NOUN", "NN", "restraint")]
    doc, layer = _parse(vocab, rows, {3: ("opec", "organization")})
    assert framed_sense(doc[1], layer).type == "REQUEST"
    rows[4:] = []  # "a call by OPEC": a phone call or a request, no telling
    doc, layer = _parse(vocab, rows, {3: ("opec", "organization")})
    assert framed_sense(doc[1], layer) is None


def _tariff_rows(verb, tag, lemma, aux=None):
    # officials said the tariffs Reagan (<aux>) <verb> will hurt Japan
    rows = [("officials", 1, "nsubj", "NOUN", "NNS", "official"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
            ("the", 3, "det", "DET", "DT", "the"), ("tariffs", 7, "nsubj", "NOUN", "NNS", "tariff"),
            ("Reagan", 5, "nsubj", "PROPN", "NNP", "Reagan"), (verb, 3, "relcl", "VERB", tag, lemma),
            ("will", 7, "aux", "AUX", "MD", "will"), ("hurt", 1, "ccomp", "VERB", "VB", "hurt"),
            ("Japan", 7, "dobj", "PROPN", "NNP", "Japan")]
    if aux:  # "the tariffs Reagan may order": one more word before the verb
        rows = [(w, h + 1 if h >= 4 else h, d, p, t, lm) for w, h, d, p, t, lm in rows]
        rows.insert(5, (aux, 6, "aux", "AUX", "MD", aux))
    return rows


def test_a_relative_clause_of_doing_tells_the_act_done_and_its_doer(vocab):
    actors = {4: ("reagan", "person"), 8: ("japan", "country")}
    doc, layer = _parse(vocab, _tariff_rows("ordered", "VBD", "order"), actors)
    assert clause_sense(doc[3]).type == "SANCTION"
    assert clause_doers(doc[3], layer) == ["reagan"]
    assert done_by_clause(doc[3])
    got = _events(vocab, _tariff_rows("ordered", "VBD", "order"), actors)
    assert ("SANCTION", ["reagan"], [], "asserted") in got
    # a clause that does not tell it done: "the tariffs Reagan may order"
    rows = _tariff_rows("order", "VB", "order", aux="may")
    doc, layer = _parse(vocab, rows, {4: ("reagan", "person"), 9: ("japan", "country")})
    assert not done_by_clause(doc[3]) and clause_doers(doc[3], layer) == []


def test_a_participle_of_doing_names_the_modifier_as_doer_but_not_of_a_meeting(vocab):
    rows = [("U.S.", 1, "compound", "PROPN", "NNP", "U.S."), ("sanctions", 1, "ROOT", "NOUN", "NNS", "sanction"),
            ("imposed", 1, "acl", "VERB", "VBN", "impose")]
    doc, layer = _parse(vocab, rows, {0: ("usa", "country")})
    assert clause_doers(doc[1], layer) == ["usa"]
    rows[1] = ("meeting", 1, "ROOT", "NOUN", "NN", "meeting")
    rows[2] = ("held", 1, "acl", "VERB", "VBN", "hold")
    doc, layer = _parse(vocab, rows, {0: ("usa", "country")})
    assert clause_doers(doc[1], layer) == []


def test_a_prevented_act_is_not_done_by_its_clause(vocab):
    rows = [("police", 1, "nsubj", "NOUN", "NNS", "police"), ("prevented", 1, "ROOT", "VERB", "VBD", "prevent"),
            ("a", 3, "det", "DET", "DT", "a"), ("rally", 1, "dobj", "NOUN", "NN", "rally"),
            ("staged", 3, "acl", "VERB", "VBN", "stage")]
    doc, _ = _parse(vocab, rows, {})
    assert not done_by_clause(doc[3])
    rows[1] = ("backed", 1, "ROOT", "VERB", "VBD", "back")
    doc, _ = _parse(vocab, rows, {})
    assert done_by_clause(doc[3])


def test_a_refused_request_was_made(vocab):
    # Sayad refused Sarney 's request
    rows = [("Sayad", 1, "nsubj", "PROPN", "NNP", "Sayad"), ("refused", 1, "ROOT", "VERB", "VBD", "refuse"),
            ("Sarney", 4, "poss", "PROPN", "NNP", "Sarney"), ("'s", 2, "case", "PART", "POS", "'s"),
            ("request", 1, "dobj", "NOUN", "NN", "request")]
    doc, _ = _parse(vocab, rows, {})
    request = Trigger("REQUEST", None, "asked")
    assert answered_request(doc[4], request, {1})
    assert not answered_request(doc[4], request, set())  # no refusal
    assert not answered_request(doc[4], Trigger("ASSAULT", None, "attacked"), {1})  # a denied attack


def test_a_request_refused_as_passive_subject_was_made(vocab):
    # Brazil 's request was rejected
    rows = [("Brazil", 2, "poss", "PROPN", "NNP", "Brazil"), ("'s", 0, "case", "PART", "POS", "'s"),
            ("request", 4, "nsubjpass", "NOUN", "NN", "request"), ("was", 4, "auxpass", "AUX", "VBD", "be"),
            ("rejected", 4, "ROOT", "VERB", "VBN", "reject")]
    doc, _ = _parse(vocab, rows, {})
    assert answered_request(doc[2], Trigger("REQUEST", None, "asked"), {4})
    assert not answered_request(doc[2], Trigger("ASSAULT", None, "attacked"), {4})  # "the attack was denied"


def test_an_act_dated_ahead_or_pending_is_not_done(vocab):
    # a visit to Tokyo next week / last week
    rows = [("a", 1, "det", "DET", "DT", "a"), ("visit", 1, "ROOT", "NOUN", "NN", "visit"),
            ("next", 3, "amod", "ADJ", "JJ", "next"), ("week", 1, "npadvmod", "NOUN", "NN", "week")]
    doc, _ = _parse(vocab, rows, {})
    assert scheduled(doc[1])
    rows[2] = ("last", 3, "amod", "ADJ", "JJ", "last")
    doc, _ = _parse(vocab, rows, {})
    assert not scheduled(doc[1])
    rows = [("pending", 1, "amod", "ADJ", "JJ", "pending"), ("sanctions", 1, "ROOT", "NOUN", "NNS", "sanction")]
    doc, _ = _parse(vocab, rows, {})
    assert scheduled(doc[1])
    # the meeting was set for Wednesday
    rows = [("the", 1, "det", "DET", "DT", "the"), ("meeting", 3, "nsubjpass", "NOUN", "NN", "meeting"),
            ("was", 3, "auxpass", "AUX", "VBD", "be"), ("set", 3, "ROOT", "VERB", "VBN", "set")]
    doc, _ = _parse(vocab, rows, {})
    assert scheduled(doc[1])


def test_an_act_told_done_by_its_own_clause_is_a_fact_under_a_request(vocab):
    # Kuwait asked Washington to enforce the embargo the UN imposed
    rows = [("Kuwait", 1, "nsubj", "PROPN", "NNP", "Kuwait"), ("asked", 1, "ROOT", "VERB", "VBD", "ask"),
            ("Washington", 1, "dobj", "PROPN", "NNP", "Washington"), ("to", 4, "aux", "PART", "TO", "to"),
            ("enforce", 1, "xcomp", "VERB", "VB", "enforce"), ("the", 6, "det", "DET", "DT", "the"),
            ("embargo", 4, "dobj", "NOUN", "NN", "embargo"), ("the", 8, "det", "DET", "DT", "the"),
            ("UN", 9, "nsubj", "PROPN", "NNP", "UN"), ("imposed", 6, "relcl", "VERB", "VBD", "impose")]
    actors = {0: ("kuwait", "country"), 2: ("usa", "country"), 8: ("un", "organization")}
    got = _events(vocab, rows, actors)
    assert [e for e in got if e[0] == "SANCTION"] == [("SANCTION", ["un"], [], "asserted")]
    # "the embargo the UN may impose": no fact
    rows[8] = ("UN", 10, "nsubj", "PROPN", "NNP", "UN")
    rows[9:] = [("may", 10, "aux", "AUX", "MD", "may"), ("impose", 6, "relcl", "VERB", "VB", "impose")]
    got = _events(vocab, rows, actors)
    assert all(e[3] != "asserted" for e in got if e[0] == "SANCTION")


def test_a_meeting_that_will_start_or_take_place_is_still_to_come(vocab):
    from graphkit.ingest.events.noun_frames import dated_ahead
    from tests.ingest.events.test_find import parse
    # talks <aux> <verb> [place]
    for aux, verb, lemma, ahead in (("will", "begin", "begin", True), ("will", "focus", "focus", False),
                                     ("did", "begin", "begin", False)):
        rows = [("talks", 2, "nsubj", "NOUN", "talk"), (aux, 2, "aux", "AUX", aux), (verb, 2, "ROOT", "VERB", lemma)]
        doc, _ = parse(vocab, rows, {})
        assert dated_ahead(doc[0]) is ahead, verb
    rows = [("talks", 2, "nsubj", "NOUN", "talk"), ("will", 2, "aux", "AUX", "will"),
            ("take", 2, "ROOT", "VERB", "take"), ("place", 2, "dobj", "NOUN", "place")]
    doc, _ = parse(vocab, rows, {})
    assert dated_ahead(doc[0])
    rows[3] = ("weeks", 2, "dobj", "NOUN", "week")  # "the talks will take weeks"
    doc, _ = parse(vocab, rows, {})
    assert not dated_ahead(doc[0])



def test_an_act_told_as_halted_is_no_new_act(vocab):
    from tests.ingest.events.test_find import events_of
    # Iran <halted|launched> its attacks on Iraq
    for verb, lemma, kinds in (("suspended", "suspend", ["RETREAT"]), ("launched", "launch", ["ASSAULT"])):
        rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), (verb, 1, "ROOT", "VERB", lemma),
                ("its", 3, "poss", "PRON", "its"), ("attacks", 1, "dobj", "NOUN", "attack"),
                ("on", 3, "prep", "ADP", "on"), ("Iraq", 4, "pobj", "PROPN", "Iraq")]
        got = events_of(vocab, rows, {0: ("iran", "country"), 5: ("iraq", "country")})
        assert [t for t, _, _, _, _ in got] == kinds, verb
