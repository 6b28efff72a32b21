"""Speech acts sharing their addressee, on the real model and on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.coordination import share_addressees
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.triggers import Candidate
from graphkit.models import Article


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events if e.certainty == "asserted"}


def test_coordinated_and_elliptical_congratulations_share_the_addressee(nlp):
    got = _events(nlp, 'Gordon Brown said he was "delighted" for Tony Blair and offered his congratulations, '
                       'as did Conservative leader Michael Howard.')
    assert ("SUPPORT", ("Gordon Brown",), ("Tony Blair",)) in got
    assert ("SUPPORT", ("Michael Howard",), ("Tony Blair",)) in got


def test_a_speech_act_with_an_object_of_its_own_keeps_it(nlp):
    got = _events(nlp, "Pakistan has refused to deploy peacekeepers in Iraq and has urged its citizens "
                       "to avoid travelling there.")
    assert not any(t == "REQUEST" and r for t, _, r in got)


class _Layer:
    def __init__(self, ids):
        self.ids = ids

    def at(self, i):
        return self.ids.get(i)


def test_another_speakers_coordinated_act_shares_nothing(vocab):
    # Kerry praised Lavrov and Hague complained
    words = ["Kerry", "praised", "Lavrov", "and", "Hague", "complained"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 1, 5, 1],
              deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj"],
              pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB"],
              lemmas=["Kerry", "praise", "Lavrov", "and", "Hague", "complain"])
    praised = Candidate(Trigger("SUPPORT", None, "praised"), doc[1], doc[1], doc[1], "verb")
    criticised = Candidate(Trigger("ACCUSE", None, "criticized"), doc[5], doc[5], doc[5], "verb")
    roles = [(["kerry"], ["lavrov"]), (["hague"], [])]
    share_addressees([praised, criticised], roles, _Layer({0: "kerry", 2: "lavrov", 4: "hague"}))
    assert roles[1] == (["hague"], [])
    roles = [(["kerry"], ["lavrov"]), (["kerry"], [])]  # the same speaker: the addressee is shared
    share_addressees([praised, criticised], roles, _Layer({}))
    assert roles[1] == (["kerry"], ["lavrov"])


def test_a_place_is_shared_only_when_it_is_the_object_addressed(nlp):
    got = _events(nlp, "The Soviet Union supports the freedom of navigation in the Gulf and does not support "
                       "any act which would cause the deterioration of the situation.")
    assert not [e for e in got if e[0] == "REJECT" and e[2]]
    got = _events(nlp, "Senior U.S. officials have accused Tokyo of failing to live up to the accord and "
                       "have threatened retaliatory action.")
    assert ("THREATEN", ("United States",), ("Tokyo",)) in got
