"""Conditional threats (events.ultimatums), on hand-built Docs and on the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.ultimatums import conditional_vow
from graphkit.models import Article

_DEPS = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "mark", "nsubj", "advcl"]


def _vow(vocab, aux="would", mark="if", said="said", neg=False):
    words = ["X", said, "Y", aux, "act", mark, "Z", "refused"]
    heads, deps = [1, 1, 4, 4, 1, 7, 7, 4], list(_DEPS)
    if neg:
        words.insert(4, "not")
        heads = [h + (h >= 4) for h in heads]
        heads.insert(4, 5)
        deps.insert(4, "neg")
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=[{"said": "say"}.get(w, w.lower()) for w in words])
    return conditional_vow(doc[words.index("act")])


def test_a_plain_future_act_under_a_condition_is_a_vow_of_its_reporter(vocab):
    assert _vow(vocab).text == "said"
    assert _vow(vocab, aux="will", mark="unless").text == "said"


def test_hedged_negated_unconditioned_or_unreported_acts_are_no_vows(vocab):
    assert _vow(vocab, aux="might") is None
    assert _vow(vocab, neg=True) is None
    assert _vow(vocab, mark="because") is None
    assert _vow(vocab, said="hoped") is None


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, e.certainty, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events}


def test_a_spokesman_holding_out_his_side_s_reprisal_under_a_condition_threatens(nlp):
    got = _events(nlp, "U.S. Trade Representative Clayton Yeutter said the United States would impose "
                       "sanctions on Japan if it did not open its markets.")
    assert ("THREATEN", "asserted", ("United States",), ("Japan",)) in got
    assert ("SANCTION", "possible", ("United States",), ("Japan",)) in got


def test_a_hedged_conditional_reprisal_is_no_threat(nlp):
    got = _events(nlp, "U.S. Trade Representative Clayton Yeutter said the United States might impose "
                       "sanctions on Japan if it did not open its markets.")
    assert not any(e[0] == "THREATEN" for e in got)


def test_the_threat_is_made_to_the_party_whose_conduct_the_condition_sets(nlp):
    # GATT is the forum of the complaint; the United States, whose tariffs are the condition, is threatened
    got = _events(nlp, "Japan said it would file a complaint with GATT if the United States imposed the tariffs.")
    assert ("THREATEN", "asserted", ("Japan",), ("United States",)) in got
    # a condition fronted in the reported clause, with no recipient of the act itself, is the same threat
    got = _events(nlp, "Japan has said that if the United States imposed the tariffs, it would file a complaint.")
    assert ("THREATEN", "asserted", ("Japan",), ("United States",)) in got


def test_a_condition_on_the_own_side_leaves_the_act_s_recipient(vocab):
    from graphkit.ingest.actors.find import ActorLayer
    from graphkit.ingest.events.ultimatums import conditioned_party
    from graphkit.models import Actor

    # Japan would complain if Tokyo acted: Tokyo is Japan's own side, no party threatened
    doc = Doc(vocab, words=["Japan", "would", "complain", "if", "Tokyo", "acted"], heads=[2, 2, 2, 5, 5, 2],
              deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"])
    layer = ActorLayer(actors={"jpn": Actor(id="jpn", name="Japan", kind="country", code="JPN"),
                               "tokyo": Actor(id="tokyo", name="Tokyo", kind="location", affiliations=["jpn"])},
                       token_actor={0: "jpn", 4: "tokyo"})
    assert conditioned_party(doc[2], ["jpn"], layer) == []


def test_a_peaceful_act_held_out_under_a_condition_is_an_offer_to_the_conditioned_party(nlp):
    got = _events(nlp, "Iraq said it would accept a ceasefire if Iran withdrew its troops.")
    assert ("AGREE", "asserted", ("Iraq",), ("Iran",)) in got
    # the writer's own hypothesis offers nothing
    got = _events(nlp, "If Iran withdrew its troops, Iraq would accept a ceasefire.")
    assert not any(e[0] == "AGREE" and e[1] == "asserted" for e in got)
