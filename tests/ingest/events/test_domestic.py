"""A stance on a domestic policy before no other party is no event between parties."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.domestic import policy_nouns_of, policy_stance
from tests.ingest.events.test_find import events_of, parse


def _opposed(obj_rows):
    """Rows of "Labour opposed <object>": the object rows have heads relative to the sentence."""
    return [("Labour", 1, "nsubj", "PROPN", "Labour"), ("opposed", 1, "ROOT", "VERB", "oppose"), *obj_rows]


@pytest.mark.parametrize("noun,expected", [("budget", True), ("tax", True), ("legislation", True),
                                           ("resolution", False), ("treaty", False), ("talks", False)])
def test_a_stance_on_a_law_tax_or_budget_with_no_recipient_is_domestic(vocab, noun, expected):
    doc, layer = parse(vocab, _opposed([("the", 3, "det", "DET", "the"), (noun, 1, "dobj", "NOUN", noun)]),
                       {0: ("labour", "organization")})
    assert policy_stance(doc[1], "REJECT", (["labour"], []), layer.token_actor) is expected


def test_a_stance_with_a_recipient_a_backing_or_another_type_is_kept(vocab):
    doc, layer = parse(vocab, _opposed([("the", 3, "det", "DET", "the"), ("budget", 1, "dobj", "NOUN", "budget")]),
                       {0: ("labour", "organization")})
    assert not policy_stance(doc[1], "REJECT", (["labour"], ["government"]), layer.token_actor)
    assert not policy_stance(doc[1], "ACCUSE", (["labour"], []), layer.token_actor)
    assert not policy_stance(doc[1], "SUPPORT", (["labour"], []), layer.token_actor)  # backs the policy's author
    assert not policy_stance(doc[1], "REJECT", None, layer.token_actor)


def test_a_policy_naming_another_party_is_a_stance_towards_it(vocab):
    # Labour opposed the tax on Japan  /  Labour opposed the tax on imports
    for word, actor in (("Japan", {5: ("japan", "country")}), ("imports", {})):
        rows = _opposed([("the", 3, "det", "DET", "the"), ("tax", 1, "dobj", "NOUN", "tax"),
                         ("on", 3, "prep", "ADP", "on"), (word, 4, "pobj", "PROPN", word)])
        doc, layer = parse(vocab, rows, {0: ("labour", "organization"), **actor})
        assert policy_stance(doc[1], "REJECT", (["labour"], []), layer.token_actor) is (not actor)


def test_a_noun_of_act_and_a_plan_are_read_through_their_complement(vocab):
    # pressed for passage of the bill; proposed a plan for a sales tax; proposed a plan for peace
    doc, _ = parse(vocab, [("pressed", 0, "ROOT", "VERB", "press"), ("for", 0, "prep", "ADP", "for"),
                           ("passage", 1, "pobj", "NOUN", "passage"), ("of", 2, "prep", "ADP", "of"),
                           ("the", 5, "det", "DET", "the"), ("bill", 3, "pobj", "NOUN", "bill")], {})
    assert [t.text for t in policy_nouns_of(doc[0])] == ["bill"]
    for goal, found in (("tax", ["tax"]), ("peace", [])):
        doc, _ = parse(vocab, [("proposed", 0, "ROOT", "VERB", "propose"), ("a", 2, "det", "DET", "a"),
                               ("plan", 0, "dobj", "NOUN", "plan"), ("for", 2, "prep", "ADP", "for"),
                               (goal, 3, "pobj", "NOUN", goal)], {})
        assert [t.text for t in policy_nouns_of(doc[0])] == found


def test_a_promise_of_a_policy_is_still_a_commitment(vocab):
    doc, layer = parse(vocab, [("Japan", 1, "nsubj", "PROPN", "Japan"), ("pledged", 1, "ROOT", "VERB", "pledge"),
                               ("tax", 3, "compound", "NOUN", "tax"), ("reform", 1, "dobj", "NOUN", "reform")],
                       {0: ("japan", "country")})
    assert not policy_stance(doc[1], "AGREE", (["japan"], []), layer.token_actor)


def test_the_event_stage_drops_a_domestic_stance_and_keeps_one_towards_another_party(vocab):
    rows = _opposed([("the", 3, "det", "DET", "the"), ("budget", 1, "dobj", "NOUN", "budget")])
    assert events_of(vocab, rows, {0: ("labour", "organization")}) == []
    rows = _opposed([("Japan", 1, "dobj", "PROPN", "Japan")])
    assert events_of(vocab, rows, {0: ("labour", "organization"), 2: ("japan", "country")}) == [
        ("REJECT", "opposed", ["labour"], ["japan"], "asserted")]


def _imposed(goods_rows, actors):
    """Rows and actors of "Indonesia imposed duties on <goods>"."""
    rows = [("Indonesia", 1, "nsubj", "PROPN", "Indonesia"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("duties", 1, "dobj", "NOUN", "duty"), ("on", 1, "prep", "ADP", "on"), *goods_rows]
    return rows, {0: ("indonesia", "country"), **actors}


def test_duties_on_no_named_partys_goods_are_trade_policy(vocab):
    rows, actors = _imposed([("cars", 3, "pobj", "NOUN", "car")], {})
    assert events_of(vocab, rows, actors) == []


def test_duties_on_a_named_partys_goods_are_a_sanction(vocab):
    rows, actors = _imposed([("Japanese", 5, "amod", "ADJ", "japanese"), ("cars", 3, "pobj", "NOUN", "car")],
                            {4: ("japan", "country")})
    assert [e[0] for e in events_of(vocab, rows, actors)] == ["SANCTION"]


@pytest.mark.parametrize("modifier,expected", [("budget", True), ("tax", True), ("peace", False)])
def test_a_noun_of_stance_is_on_its_compound(vocab, modifier, expected):
    # Labour's budget proposal was published  /  Labour's peace proposal was published
    rows = [("Labour", 3, "poss", "PROPN", "Labour"), ("'s", 0, "case", "PART", "'s"),
            (modifier, 3, "compound", "NOUN", modifier), ("proposal", 5, "nsubjpass", "NOUN", "proposal"),
            ("was", 5, "auxpass", "AUX", "be"), ("published", 5, "ROOT", "VERB", "publish")]
    doc, layer = parse(vocab, rows, {0: ("labour", "organization")})
    assert [t.text for t in policy_nouns_of(doc[3])] == ([modifier] if expected else [])
    assert policy_stance(doc[3], "AGREE", (["labour"], []), layer.token_actor) is expected
