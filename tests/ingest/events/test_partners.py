"""Whom a response answers (graphkit.ingest.events.partners)."""
from spacy.tokens import Doc

from graphkit.ingest.events.partners import answer_partners, answers_a_move
from graphkit.models import Event


def _doc(vocab, obj):
    # the union refused <obj>
    return Doc(vocab, words=["union", "refused", "a", obj], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
               lemmas=["union", "refuse", "a", obj])


def test_refusing_a_request_or_accepting_a_proposal_answers_a_move(vocab):
    assert answers_a_move(_doc(vocab, "request")[1]) and answers_a_move(_doc(vocab, "proposal")[1])
    assert not answers_a_move(_doc(vocab, "findings")[1]) and not answers_a_move(_doc(vocab, "policy")[1])


def _ev(n, kind, actors, recips=(), certainty="asserted"):
    return Event(id=f"a#e{n}", type=kind, label=kind.lower(), actors=list(actors), recipients=list(recips),
                 certainty=certainty, article="a", sentence="", start=n, end=n + 1)


def test_a_response_answers_the_one_party_its_doer_deals_with():
    kinds = {"firms": "group", "union": "organization", "state": "country", "Cairo": "location"}.get
    talks, refusal = _ev(0, "CONSULT", ["firms"], ["union"]), _ev(1, "REJECT", ["union"])
    assert answer_partners([talks, refusal], kinds, [False, True])[1].recipients == ["firms"]
    # two parties in play: no guess
    other = _ev(1, "REQUEST", ["state"], ["union"])
    got = answer_partners([talks, other, _ev(2, "REJECT", ["union"])], kinds, [False, False, True])
    assert got[2].recipients == []
    # a place is no party; a possible response is left alone
    shelled = _ev(0, "ASSAULT", ["union"], ["Cairo"])
    assert answer_partners([shelled, refusal], kinds, [False, True])[1].recipients == []
    maybe = _ev(1, "REJECT", ["union"], certainty="possible")
    assert answer_partners([talks, maybe], kinds, [False, True])[1].recipients == []


def test_a_move_that_names_its_maker_answers_that_maker(vocab):
    # the union refused a request by airlines
    doc = Doc(vocab, words=["union", "refused", "a", "request", "by", "airlines"], heads=[1, 1, 3, 1, 3, 4],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
              lemmas=["union", "refuse", "a", "request", "by", "airline"])
    assert not answers_a_move(doc[1])


def test_what_is_agreed_after_a_meeting_in_the_sentence_is_agreed_with_those_met():
    from graphkit.ingest.events.partners import met_partners

    met, agreed = _ev(0, "CONSULT", ["baker"], ["japan"]), _ev(5, "AGREE", ["baker"])
    assert met_partners([met, agreed])[1].recipients == ["japan"]
    # told before the meeting, in another sentence, or by another doer: addressed to no one met
    assert met_partners([_ev(5, "CONSULT", ["baker"], ["japan"]), _ev(0, "REJECT", ["baker"])])[1].recipients == []
    other = agreed.model_copy(update={"sentence": "Later, Baker agreed."})
    assert met_partners([met, other])[1].recipients == []
    assert met_partners([met, _ev(5, "AGREE", ["kohl"])])[1].recipients == []
    assert met_partners([met, _ev(5, "AGREE", ["baker"], certainty="possible")])[1].recipients == []


def test_calling_off_talks_answers_the_party_one_deals_with(vocab):
    doc = Doc(vocab, words=["union", "called", "off", "talks"], heads=[1, 1, 1, 1],
              deps=["nsubj", "ROOT", "prt", "dobj"], lemmas=["union", "call", "off", "talk"])
    assert answers_a_move(doc[1])
    doc = Doc(vocab, words=["union", "called", "off", "talks", "with", "firms"], heads=[1, 1, 1, 1, 3, 4],
              deps=["nsubj", "ROOT", "prt", "dobj", "prep", "pobj"],
              lemmas=["union", "call", "off", "talk", "with", "firm"])
    assert not answers_a_move(doc[1])  # the party is named
