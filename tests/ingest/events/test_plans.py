"""Plans made public are commitments (events.plans), on hand-built Docs and the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.plans import announced_plan
from graphkit.models import Article


def _plan(vocab, verb="announced", lemma="announce", noun="plans", noun_lemma="plan"):
    words = ["X", verb, noun, "to", "impose", "tariffs"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 2, 4], deps=["nsubj", "ROOT", "dobj", "aux", "acl", "dobj"],
              lemmas=["X", lemma, noun_lemma, "to", "impose", "tariff"])
    return announced_plan(doc[4])


def test_a_plan_put_out_in_public_is_announced_by_its_verb(vocab):
    assert _plan(vocab).text == "announced"
    assert _plan(vocab, verb="unveiled", lemma="unveil", noun="proposal", noun_lemma="proposal").text == "unveiled"
    assert _plan(vocab, noun="intention", noun_lemma="intention").text == "announced"


def test_plans_discussed_and_other_nouns_announce_nothing(vocab):
    assert _plan(vocab, verb="discussed", lemma="discuss") is None
    assert _plan(vocab, noun="moves", noun_lemma="move") is None


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, e.certainty, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events}


def test_announced_hostile_plans_threaten_and_peaceful_ones_promise(nlp):
    got = _events(nlp, "The United States announced plans to impose tariffs on Japanese goods.")
    assert ("THREATEN", "asserted", ("United States",), ("Japan",)) in got
    assert ("SANCTION", "possible", ("United States",), ("Japan",)) in got
    got = _events(nlp, "The United States announced plans to give aid to Bolivia.")
    assert ("AGREE", "asserted", ("United States",), ("Bolivia",)) in got


def test_a_plan_to_be_announced_commits_no_one_yet(nlp):
    got = _events(nlp, "Japan will announce plans to give aid to Bolivia.")
    assert not any(e[0] == "AGREE" for e in got)
