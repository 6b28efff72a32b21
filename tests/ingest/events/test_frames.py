"""Frames that keep a clause from asserting its event: mandative, denied prospect, adjunct of an act to come,
the content of a charge."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.frames import forecast_modal, unreal_frame


def doc_of(vocab, rows):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows."""
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])


@pytest.mark.parametrize("adjective,expected", [("important", "mandative"), ("vital", "mandative"),
                                                ("surprising", None), ("clear", None)])
def test_a_clause_after_an_adjective_of_necessity_is_mandative(vocab, adjective, expected):
    # it was important that Brazil presented a program  /  it was clear that Brazil presented a program
    doc = doc_of(vocab, [("it", 1, "nsubj", "PRP", "PRON", "it"), ("was", 1, "ROOT", "VBD", "AUX", "be"),
                         (adjective, 1, "acomp", "JJ", "ADJ", adjective), ("that", 5, "mark", "IN", "SCONJ", "that"),
                         ("Brazil", 5, "nsubj", "NNP", "PROPN", "Brazil"),
                         ("presented", 1, "ccomp", "VBD", "VERB", "present"),
                         ("program", 5, "dobj", "NN", "NOUN", "program")])
    assert unreal_frame(doc[5]) == expected


@pytest.mark.parametrize("det,expected", [("no", "denied prospect"), ("some", None)])
def test_what_no_question_is_of_did_not_happen(vocab, det, expected):
    # there is no question of Brazil agreeing  /  there is some question of Brazil agreeing (no denial)
    doc = doc_of(vocab, [("there", 1, "expl", "EX", "PRON", "there"), ("is", 1, "ROOT", "VBZ", "AUX", "be"),
                         (det, 3, "det", "DT", "DET", det), ("question", 1, "attr", "NN", "NOUN", "question"),
                         ("of", 3, "prep", "IN", "ADP", "of"), ("Brazil", 6, "nsubj", "NNP", "PROPN", "Brazil"),
                         ("agreeing", 4, "pcomp", "VBG", "VERB", "agree")])
    assert unreal_frame(doc[6]) == expected


@pytest.mark.parametrize("amount,noun,expected", [("little", "progress", "denied prospect"),
                                                  ("good", "progress", None), ("little", "money", None)])
def test_little_progress_in_an_act_hung_on_the_verb(vocab, amount, noun, expected):
    # the ministers made little progress in agreeing a scheme
    doc = doc_of(vocab, [("ministers", 1, "nsubj", "NNS", "NOUN", "minister"),
                         ("made", 1, "ROOT", "VBD", "VERB", "make"),
                         (amount, 3, "amod", "JJ", "ADJ", amount), (noun, 1, "dobj", "NN", "NOUN", noun),
                         ("in", 1, "prep", "IN", "ADP", "in"), ("agreeing", 4, "pcomp", "VBG", "VERB", "agree"),
                         ("scheme", 5, "dobj", "NN", "NOUN", "scheme")])
    assert unreal_frame(doc[5]) == expected


def test_a_little_progress_is_some(vocab):
    # the ministers made a little progress in agreeing a scheme
    doc = doc_of(vocab, [("made", 0, "ROOT", "VBD", "VERB", "make"), ("a", 3, "det", "DT", "DET", "a"),
                         ("little", 3, "amod", "JJ", "ADJ", "little"),
                         ("progress", 0, "dobj", "NN", "NOUN", "progress"),
                         ("in", 0, "prep", "IN", "ADP", "in"), ("agreeing", 4, "pcomp", "VBG", "VERB", "agree")])
    assert unreal_frame(doc[5]) is None


@pytest.mark.parametrize("tag,pos,expected", [("VBG", "VERB", "denied prospect"), ("NNS", "NOUN", None)])
def test_the_setting_of_progress_is_no_content(vocab, tag, pos, expected):
    # little progress in agreeing  /  little progress in the talks (held in Geneva): the talks were held
    doc = doc_of(vocab, [("little", 1, "amod", "JJ", "ADJ", "little"),
                         ("progress", 1, "ROOT", "NN", "NOUN", "progress"),
                         ("in", 1, "prep", "IN", "ADP", "in"),
                         ("talks", 2, "pobj" if pos == "NOUN" else "pcomp", tag, pos, "talk")])
    assert unreal_frame(doc[3]) == expected


@pytest.mark.parametrize("verb,lemma,expected", [("go", "go", "adjunct"), ("comment", "comment", None)])
def test_only_a_state_is_entered_on_a_bare_act_noun(vocab, verb, lemma, expected):
    # the union will go on strike  /  Iraq will comment on attacks by Iran (the attacks happened)
    doc = doc_of(vocab, [("union", 2, "nsubj", "NN", "NOUN", "union"), ("will", 2, "aux", "MD", "AUX", "will"),
                         (verb, 2, "ROOT", "VB", "VERB", lemma), ("on", 2, "prep", "IN", "ADP", "on"),
                         ("strike", 3, "pobj", "NN", "NOUN", "strike")])
    assert unreal_frame(doc[4]) == expected


def test_a_gerund_after_a_negated_act_keeps_its_own_certainty(vocab):
    # Shultz did not comment after meeting Shevardnadze: the meeting was held
    doc = doc_of(vocab, [("Shultz", 3, "nsubj", "NNP", "PROPN", "Shultz"), ("did", 3, "aux", "VBD", "AUX", "do"),
                         ("not", 3, "neg", "RB", "PART", "not"), ("comment", 3, "ROOT", "VB", "VERB", "comment"),
                         ("after", 3, "prep", "IN", "ADP", "after"), ("meeting", 4, "pcomp", "VBG", "VERB", "meet"),
                         ("Shevardnadze", 5, "dobj", "NNP", "PROPN", "Shevardnadze")])
    assert unreal_frame(doc[5]) is None


@pytest.mark.parametrize("aux,expected", [("would", "adjunct"), (None, None)])
def test_a_gerund_after_an_act_to_come_is_to_come(vocab, aux, expected):
    # Funaro would leave after meeting Stoltenberg  /  Funaro left after meeting Stoltenberg
    rows = [("Funaro", 2 if aux else 1, "nsubj", "NNP", "PROPN", "Funaro")]
    if aux:
        rows += [(aux, 2, "aux", "MD", "AUX", aux), ("leave", 2, "ROOT", "VB", "VERB", "leave")]
    else:
        rows += [("left", 1, "ROOT", "VBD", "VERB", "leave")]
    v = len(rows) - 1
    rows += [("after", v, "prep", "IN", "ADP", "after"), ("meeting", v + 1, "pcomp", "VBG", "VERB", "meet"),
             ("Stoltenberg", v + 2, "dobj", "NNP", "PROPN", "Stoltenberg")]
    doc = doc_of(vocab, rows)
    assert unreal_frame(doc[v + 2]) == expected


@pytest.mark.parametrize("aux,expected", [("might", "adjunct"), (None, None)])
def test_a_participle_shares_the_modality_of_its_verb(vocab, aux, expected):
    # Brazil might adopt an approach, involving discussions  /  Brazil adopted an approach, involving discussions
    rows = [("Brazil", 2 if aux else 1, "nsubj", "NNP", "PROPN", "Brazil")]
    if aux:
        rows += [(aux, 2, "aux", "MD", "AUX", aux), ("adopt", 2, "ROOT", "VB", "VERB", "adopt")]
    else:
        rows += [("adopted", 1, "ROOT", "VBD", "VERB", "adopt")]
    v = len(rows) - 1
    rows += [("approach", v, "dobj", "NN", "NOUN", "approach"), ("involving", v, "advcl", "VBG", "VERB", "involve"),
             ("discussions", v + 2, "dobj", "NNS", "NOUN", "discussion")]
    doc = doc_of(vocab, rows)
    assert unreal_frame(doc[v + 3]) == expected


@pytest.mark.parametrize("advmod,expected", [("likely", "adjunct"), ("now", None)])
def test_going_on_strike_is_as_certain_as_the_going(vocab, advmod, expected):
    # the union will likely go on strike  /  the union will now go on strike ... (a future: no fact either)
    doc = doc_of(vocab, [("union", 3, "nsubj", "NN", "NOUN", "union"), ("has", 3, "aux", "VBZ", "AUX", "have"),
                         (advmod, 3, "advmod", "RB", "ADV", advmod), ("gone", 3, "ROOT", "VBN", "VERB", "go"),
                         ("on", 3, "prep", "IN", "ADP", "on"), ("strike", 4, "pobj", "NN", "NOUN", "strike")])
    assert unreal_frame(doc[5]) == expected


@pytest.mark.parametrize("verb,lemma,expected", [("charged", "charge", "charge"), ("reported", "report", None)])
def test_what_a_charge_says_is_the_accusers(vocab, verb, lemma, expected):
    # Vietnam charged that the bank had cut off its aid  /  Vietnam reported that ...
    doc = doc_of(vocab, [("Vietnam", 1, "nsubj", "NNP", "PROPN", "Vietnam"),
                         (verb, 1, "ROOT", "VBD", "VERB", lemma),
                         ("that", 5, "mark", "IN", "SCONJ", "that"), ("bank", 5, "nsubj", "NN", "NOUN", "bank"),
                         ("had", 5, "aux", "VBD", "AUX", "have"), ("cut", 1, "ccomp", "VBN", "VERB", "cut"),
                         ("aid", 5, "dobj", "NN", "NOUN", "aid")])
    assert unreal_frame(doc[5]) == expected


@pytest.mark.parametrize("tag,by,expected", [("VBN", False, "unnamed doer"), ("VBD", False, "unnamed doer"),
                                             ("VBN", True, None)])
def test_a_passive_opener_without_agent_names_no_doer(vocab, tag, by, expected):
    # Asked about the plan, Fluegel said ...  /  Asked by reporters about the plan, Fluegel said ...
    rows = [("Asked", 6 if by else 4, "advcl", tag, "VERB", "ask")]
    if by:
        rows += [("by", 0, "agent", "IN", "ADP", "by"), ("reporters", 1, "pobj", "NNS", "NOUN", "reporter")]
    k = len(rows)
    rows += [("about", 0, "prep", "IN", "ADP", "about"), ("plan", k, "pobj", "NN", "NOUN", "plan"),
             ("Fluegel", k + 3, "nsubj", "NNP", "PROPN", "Fluegel"), ("said", k + 3, "ROOT", "VBD", "VERB", "say")]
    doc = doc_of(vocab, rows)
    assert unreal_frame(doc[0]) == expected


def test_a_passive_opener_of_another_verb_happened(vocab):
    # Arrested last week, the diplomat was released: the arrest is no question put to him
    doc = doc_of(vocab, [("Arrested", 4, "advcl", "VBN", "VERB", "arrest"),
                         ("week", 0, "npadvmod", "NN", "NOUN", "week"),
                         ("diplomat", 4, "nsubjpass", "NN", "NOUN", "diplomat"),
                         ("was", 4, "auxpass", "VBD", "AUX", "be"),
                         ("released", 4, "ROOT", "VBN", "VERB", "release")])
    assert unreal_frame(doc[0]) is None


def test_a_participle_after_its_verb_is_no_opener(vocab):
    # governors met last night, called on Sarney (the parser's advcl after its head): the doer is the subject
    doc = doc_of(vocab, [("governors", 1, "nsubj", "NNS", "NOUN", "governor"),
                         ("met", 1, "ROOT", "VBD", "VERB", "meet"), ("called", 1, "advcl", "VBN", "VERB", "call"),
                         ("on", 2, "prep", "IN", "ADP", "on"),
                         ("Sarney", 3, "pobj", "NNP", "PROPN", "Sarney")])
    assert unreal_frame(doc[2]) is None


@pytest.mark.parametrize("words,tags,deps,heads,expected", [
    (["Tories", "should", "have", "used", "money"], ["NNPS", "MD", "VB", "VBN", "NN"],
     ["nsubj", "aux", "aux", "ROOT", "dobj"], [3, 3, 3, 3, 3], True),                     # a reproach
    (["Tories", "should", "use", "the", "money"], ["NNPS", "MD", "VB", "DT", "NN"],
     ["nsubj", "aux", "ROOT", "det", "dobj"], [2, 2, 2, 4, 2], False),                    # a demand
    (["Venezuela", "should", "have", "no", "problems"], ["NNP", "MD", "VB", "DT", "NNS"],
     ["nsubj", "aux", "ROOT", "det", "dobj"], [2, 2, 2, 4, 2], True),                     # a forecast
    (["Japan", "should", "have", "open", "markets"], ["NNP", "MD", "VB", "JJ", "NNS"],
     ["nsubj", "aux", "ROOT", "amod", "dobj"], [2, 2, 2, 4, 2], False),                   # a demand
    (["Japan", "will", "have", "used", "money"], ["NNP", "MD", "VB", "VBN", "NN"],
     ["nsubj", "aux", "aux", "ROOT", "dobj"], [3, 3, 3, 3, 3], False),                    # no must/should
])
def test_a_perfect_or_a_quantity_after_should_is_no_demand(vocab, words, tags, deps, heads, expected):
    lemmas = [{"used": "use", "problems": "problem", "markets": "market"}.get(w, w.lower()) for w in words]
    doc = Doc(vocab, words=words, tags=tags, deps=deps, heads=heads, lemmas=lemmas)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert forecast_modal(root) is expected


@pytest.mark.parametrize("predicate,expected", [("due", "adjunct"), ("happy", None)])
def test_a_gerund_after_a_scheduled_act_is_to_come(vocab, predicate, expected):
    # Funaro was due to hold talks, before travelling to Washington  /  was happy to hold talks, before travelling
    doc = doc_of(vocab, [("Funaro", 1, "nsubj", "NNP", "PROPN", "Funaro"), ("was", 1, "ROOT", "VBD", "AUX", "be"),
                         (predicate, 1, "acomp", "JJ", "ADJ", predicate), ("to", 4, "aux", "TO", "PART", "to"),
                         ("hold", 2, "xcomp", "VB", "VERB", "hold"), ("talks", 4, "dobj", "NNS", "NOUN", "talk"),
                         ("before", 1, "prep", "IN", "ADP", "before"),
                         ("travelling", 6, "pcomp", "VBG", "VERB", "travel")])
    assert unreal_frame(doc[7]) == expected


@pytest.mark.parametrize("words,heads,deps,tags,expected", [
    # should Seoul revalue the won (an inverted condition)
    (["should", "Seoul", "revalue", "the", "won"], [2, 2, 2, 4, 2], ["aux", "nsubj", "ROOT", "det", "dobj"],
     ["MD", "NNP", "VB", "DT", "NN"], True),
    # Seoul should revalue the won (a demand)
    (["Seoul", "should", "revalue", "the", "won"], [2, 2, 2, 4, 2], ["nsubj", "aux", "ROOT", "det", "dobj"],
     ["NNP", "MD", "VB", "DT", "NN"], False),
])
def test_should_before_its_subject_is_a_condition(vocab, words, heads, deps, tags, expected):
    doc = Doc(vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert forecast_modal(doc[2]) is expected


@pytest.mark.parametrize("verb,lemma,prep,expected", [("preparing", "prepare", "for", "approached"),
                                                      ("moving", "move", "towards", "approached"),
                                                      ("preparing", "prepare", "after", None),
                                                      ("waiting", "wait", "for", None)])
def test_an_act_prepared_for_or_moved_towards_lies_ahead(vocab, verb, lemma, prep, expected):
    # France is preparing for talks  /  moving towards talks  /  preparing after talks  /  waiting for talks
    doc = doc_of(vocab, [("France", 2, "nsubj", "NNP", "PROPN", "France"), ("is", 2, "aux", "VBZ", "AUX", "be"),
                         (verb, 2, "ROOT", "VBG", "VERB", lemma), (prep, 2, "prep", "IN", "ADP", prep),
                         ("talks", 3, "pobj", "NNS", "NOUN", "talk")])
    assert unreal_frame(doc[4]) == expected


def test_the_object_of_a_gerund_moved_towards_lies_ahead(vocab):
    # sides are moving towards starting discussions
    doc = doc_of(vocab, [("sides", 2, "nsubj", "NNS", "NOUN", "side"), ("are", 2, "aux", "VBP", "AUX", "be"),
                         ("moving", 2, "ROOT", "VBG", "VERB", "move"), ("towards", 2, "prep", "IN", "ADP", "towards"),
                         ("starting", 3, "pcomp", "VBG", "VERB", "start"),
                         ("discussions", 4, "dobj", "NNS", "NOUN", "discussion")])
    assert unreal_frame(doc[5]) == "approached"


@pytest.mark.parametrize("det,noun,expected", [("no", "evidence", "denied prospect"),
                                               ("little", "sign", "denied prospect"),
                                               ("some", "evidence", None), ("no", "question", None)])
def test_the_content_clause_of_denied_evidence_did_not_happen(vocab, det, noun, expected):
    # there is no evidence that Iran attacked the tanker  /  no question that ...: asserted
    doc = doc_of(vocab, [("there", 1, "expl", "EX", "PRON", "there"), ("is", 1, "ROOT", "VBZ", "AUX", "be"),
                         (det, 3, "det", "DT", "DET", det), (noun, 1, "attr", "NN", "NOUN", noun),
                         ("that", 6, "mark", "IN", "SCONJ", "that"), ("Iran", 6, "nsubj", "NNP", "PROPN", "Iran"),
                         ("attacked", 3, "acl", "VBD", "VERB", "attack"),
                         ("tanker", 6, "dobj", "NN", "NOUN", "tanker")])
    assert unreal_frame(doc[6]) == expected
    assert unreal_frame(doc[7]) == expected  # an event noun of the clause: "no evidence that talks took place"
