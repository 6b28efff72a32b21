"""Restrictions told as standing rules (graphkit.ingest.events.statutes) on hand-built Docs."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.statutes import standing_rule

_RESTRICTED = Trigger("COERCE", "restrict", "restricted")


def _cand(vocab, rows, head=2, trig=_RESTRICTED):
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              tags=[r[3] for r in rows])
    return SimpleNamespace(kind="verb", head=doc[head], trig=trig)


def _are_restricted(aux="are", tag="VBP"):
    # investors <aux> restricted
    return [("investors", 2, "nsubjpass", "NNS"), (aux, 2, "auxpass", tag), ("restricted", 2, "ROOT", "VBN")]


def test_a_present_agentless_passive_restriction_is_a_rule_in_force(vocab):
    assert standing_rule(_cand(vocab, _are_restricted()))
    assert standing_rule(_cand(vocab, _are_restricted("is", "VBZ")))


def test_the_past_a_doer_or_an_auxiliary_tell_an_act(vocab):
    assert not standing_rule(_cand(vocab, _are_restricted("were", "VBD")))
    rows = _are_restricted() + [("by", 2, "agent", "IN"), ("France", 3, "pobj", "NNP")]
    assert not standing_rule(_cand(vocab, rows))
    rows = [("investors", 3, "nsubjpass", "NNS"), ("have", 3, "aux", "VBP"), ("been", 3, "auxpass", "VBN"),
            ("restricted", 3, "ROOT", "VBN")]
    assert not standing_rule(_cand(vocab, rows, head=3))


def test_only_restrictions_are_rules(vocab):
    # troops are attacked: not a restriction, left to the other stages
    assert not standing_rule(_cand(vocab, _are_restricted(), trig=Trigger("ASSAULT", None, "attacked")))
    assert not standing_rule(SimpleNamespace(kind="noun", head=None, trig=_RESTRICTED))


def test_a_standing_restriction_gives_no_event_end_to_end(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "Under French law, foreign investors are restricted to a 20 pct direct stake in privatised companies."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    assert not [e for e in recs.events if e.type == "COERCE"]
