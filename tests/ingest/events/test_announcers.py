"""The state whose organ announces an agentless act of its own ("..., the British Foreign Ministry said")."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors import ActorLayer
from graphkit.ingest.events.announcers import announcing_state
from graphkit.models import Actor

_WORDS = ["Diplomats", "were", "expelled", ",", "the", "Foreign", "Ministry", "said"]
_HEADS = [2, 2, 7, 7, 6, 6, 7, 7]
_DEPS = ["nsubjpass", "auxpass", "ccomp", "punct", "det", "compound", "nsubj", "ROOT"]
_LEMMAS = ["diplomat", "be", "expel", ",", "the", "Foreign", "Ministry", "say"]


def _layer(speaker: Actor) -> ActorLayer:
    uk = Actor(id="uk", name="United Kingdom", kind="country", code="GBR")
    return ActorLayer(actors={"uk": uk, speaker.id: speaker}, token_actor={5: speaker.id, 6: speaker.id})


def test_a_state_organ_announces_its_state_act(vocab):
    doc = Doc(vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, lemmas=_LEMMAS)
    ministry = Actor(id="fm", name="Foreign Ministry", kind="organization", affiliations=["uk"])
    assert announcing_state(doc[2], _layer(ministry)) == "GBR"
    coded = Actor(id="fo", name="Foreign Office", kind="organization", code="GBRGOV", sector="GOV")
    assert announcing_state(doc[2], _layer(coded)) == "GBR"


def test_media_firms_and_unreported_acts_announce_no_state(vocab):
    doc = Doc(vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, lemmas=_LEMMAS)
    agency = Actor(id="tass", name="Tass", kind="organization", code="SUNMED", sector="MED")
    assert announcing_state(doc[2], _layer(agency)) is None
    firm = Actor(id="ici", name="ICI", kind="organization", affiliations=["uk"])
    assert announcing_state(doc[2], _layer(firm)) is None
    bare = Doc(vocab, words=_WORDS[:3], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"])
    assert announcing_state(bare[2], _layer(firm)) is None


def test_real_parse_expulsion_announced_by_a_ministry(nlp):
    from graphkit.api import build

    texts = ["Two Soviet diplomats were expelled on Monday, the British Foreign Ministry said.",
             "Two British diplomats were expelled on Monday, the British Foreign Ministry said."]
    kg = build([{"id": f"s{i}", "text": t, "published": "1987-03-10"} for i, t in enumerate(texts)])
    names = {a.id: a.name for a in kg.actors}
    got = {(e.article, e.type, tuple(names[a] for a in e.actors), tuple(names[a] for a in e.recipients))
           for e in kg.events}
    assert ("s0", "SANCTION", ("United Kingdom",), ("Soviet Union",)) in got
    assert not [g for g in got if g[0] == "s1"]  # no state expels its own diplomats
