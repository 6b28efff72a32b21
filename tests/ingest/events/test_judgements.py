"""Rule tests for what a reported clause judges (graphkit.ingest.events.judgements) on hand-built Docs."""
from __future__ import annotations

from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.judgements import denied_merit, party, party_act
from graphkit.ingest.words import word_list
from graphkit.models import Article
from tests.ingest.events.test_appraisal import parse
from tests.ingest.events.test_find import events_of

# "Ottawa said Tokyo 's plan was not acceptable"
NOT_ACCEPTABLE = [("Ottawa", 1, "nsubj", "PROPN", "Ottawa"), ("said", 1, "ROOT", "VERB", "say"),
                  ("Tokyo", 4, "poss", "PROPN", "Tokyo"), ("'s", 2, "case", "PART", "'s"),
                  ("plan", 5, "nsubj", "NOUN", "plan"), ("was", 1, "ccomp", "AUX", "be"),
                  ("not", 5, "neg", "PART", "not"), ("acceptable", 5, "acomp", "ADJ", "acceptable", "JJ")]


def test_negated_merits_are_the_antonyms_of_wordnets_condemn_class():
    assert {"acceptable", "fair", "good", "honest", "innocent"} <= word_list("negated_condemn")
    assert not word_list("negated_condemn") & word_list("class_condemn")


def test_denying_a_partys_act_a_merit_criticises_the_party(vocab):
    doc, layer = parse(vocab, NOT_ACCEPTABLE, {0: "can", 2: "jpn"})
    assert denied_merit(doc[1], doc[5], layer).extra["recipients"] == ["jpn"]
    events = find_events(doc, Article(id="a", text=doc.text), layer, [])[0]
    assert [(e.type, e.actors, e.recipients) for e in events if e.type == "ACCUSE"] == [("ACCUSE", ["can"], ["jpn"])]


def test_an_affirmed_forecast_or_deed_denying_merit_is_no_criticism(vocab):
    rows = list(NOT_ACCEPTABLE)
    rows[6] = ("fully", 7, "advmod", "ADV", "fully")  # "was fully acceptable": no fault
    doc, layer = parse(vocab, rows, {0: "can", 2: "jpn"})
    assert denied_merit(doc[1], doc[5], layer) is None
    rows = NOT_ACCEPTABLE[:5] + [("would", 6, "aux", "AUX", "would", "MD"), ("be", 1, "ccomp", "AUX", "be"),
                                 ("not", 6, "neg", "PART", "not"), ("acceptable", 6, "acomp", "ADJ", "acceptable")]
    rows[4] = ("plan", 6, "nsubj", "NOUN", "plan")
    doc, layer = parse(vocab, rows, {0: "can", 2: "jpn"})
    assert denied_merit(doc[1], doc[6], layer) is None  # a forecast
    # "said Tokyo was not responsible for the attack": a deed denied, no fault
    rows = [("Ottawa", 1, "nsubj", "PROPN", "Ottawa"), ("said", 1, "ROOT", "VERB", "say"),
            ("Tokyo", 3, "nsubj", "PROPN", "Tokyo"), ("was", 1, "ccomp", "AUX", "be"), ("not", 3, "neg", "PART", "not"),
            ("responsible", 3, "acomp", "ADJ", "responsible"), ("for", 5, "prep", "ADP", "for"),
            ("it", 6, "pobj", "PRON", "it")]
    doc, layer = parse(vocab, rows, {0: "can", 2: "jpn"})
    assert denied_merit(doc[1], doc[3], layer) is None
    rows = rows[:6]  # "said Tokyo was not responsible": an irresponsible party
    doc, layer = parse(vocab, rows, {0: "can", 2: "jpn"})
    assert denied_merit(doc[1], doc[3], layer).extra["recipients"] == ["jpn"]


def test_a_thing_of_a_party_is_neither_the_party_nor_its_act(vocab):
    # "the Japanese economy was not good" judges no party
    rows = [("Ottawa", 1, "nsubj", "PROPN", "Ottawa"), ("said", 1, "ROOT", "VERB", "say"),
            ("Japanese", 3, "amod", "ADJ", "japanese"), ("economy", 4, "nsubj", "NOUN", "economy"),
            ("was", 1, "ccomp", "AUX", "be"), ("not", 4, "neg", "PART", "not"), ("good", 4, "acomp", "ADJ", "good")]
    doc, layer = parse(vocab, rows, {0: "can", 2: "jpn", 3: "jpn"})
    assert not party(doc[3], layer) and not party_act(doc[3], layer)
    assert denied_merit(doc[1], doc[4], layer) is None
    rows[3] = ("government", 4, "nsubj", "NOUN", "government")  # "the Japanese government": a body
    doc, layer = parse(vocab, rows, {0: "can", 2: "jpn", 3: "jpn"})
    assert party(doc[3], layer)
    assert denied_merit(doc[1], doc[4], layer).extra["recipients"] == ["jpn"]


def _falsity(vocab, noun, lemma, pred="unfounded", owner="China", speaker_owns=False):
    # Washington said <owner>'s <noun> were <pred>
    rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), ("said", 1, "ROOT", "VERB", "say"),
            (owner, 4, "poss", "PROPN", owner), ("'s", 2, "case", "PART", "'s"), (noun, 5, "nsubj", "NOUN", lemma),
            ("were", 1, "ccomp", "AUX", "be"), (pred, 5, "acomp", "ADJ", pred)]
    doc, layer = parse(vocab, rows, {0: "usa", 2: "usa" if speaker_owns else "chn"})
    return denied_merit(doc[1], doc[5], layer)


def test_a_party_s_charges_called_unfounded_are_rejected_and_its_figures_called_false_criticized(vocab):
    c = _falsity(vocab, "charges", "charge")
    assert (c.trig.type, c.extra["recipients"]) == ("REJECT", ["chn"])
    c = _falsity(vocab, "figures", "figure", pred="inaccurate")
    assert (c.trig.type, c.extra["recipients"]) == ("ACCUSE", ["chn"])


def test_answering_is_saying(vocab):
    # "Washington replied that China's figures were inaccurate": WordNet reply.v.01 (answer, reply, respond)
    for verb in (("replied", "reply"), ("responded", "respond"), ("answered", "answer")):
        rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), (verb[0], 1, "ROOT", "VERB", verb[1]),
                ("that", 6, "mark", "SCONJ", "that"), ("China", 5, "poss", "PROPN", "China"),
                ("'s", 3, "case", "PART", "'s"), ("figures", 6, "nsubj", "NOUN", "figure"),
                ("were", 1, "ccomp", "AUX", "be"), ("inaccurate", 6, "acomp", "ADJ", "inaccurate")]
        got = events_of(vocab, rows, {0: ("usa", "country"), 3: ("chn", "country")}, asserted_only=True)
        assert [(e[0], e[2], e[3]) for e in got] == [("ACCUSE", ["usa"], ["chn"])], verb


def test_own_statements_things_and_other_predicates_are_no_rebuttal(vocab):
    assert _falsity(vocab, "charges", "charge", speaker_owns=True) is None
    assert _falsity(vocab, "economy", "economy", pred="false") is None
    assert _falsity(vocab, "charges", "charge", pred="serious") is None
