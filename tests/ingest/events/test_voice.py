"""Whose act a reported sentence states (graphkit.ingest.events.voice), on hand-built Docs and the real model."""
from __future__ import annotations

from types import SimpleNamespace

from graphkit.ingest.events.voice import (
    asks_a_question,
    asks_object,
    notes_another_party,
    passive_head,
    patient_counts,
    patient_noun,
    reduced_passive,
    without_speaker_pronouns,
)
from graphkit.models import Article
from tests.ingest.events.test_speech import events_of, parse

# Howard acknowledged the prince 's apology
NOTED = [("Howard", 1, "nsubj", "PROPN", "Howard"), ("acknowledged", 1, "ROOT", "VERB", "acknowledge"),
         ("the", 3, "det", "DET", "the"), ("prince", 5, "poss", "NOUN", "prince"), ("'s", 3, "case", "PART", "'s"),
         ("apology", 1, "dobj", "NOUN", "apology")]
# Howard acknowledged his mistake
OWN = [("Howard", 1, "nsubj", "PROPN", "Howard"), ("acknowledged", 1, "ROOT", "VERB", "acknowledge"),
       ("his", 3, "poss", "PRON", "his"), ("mistake", 1, "dobj", "NOUN", "mistake")]
# the spokesman urged people to put Blears ' comments into context
URGED = [("Spokesman", 1, "nsubj", "PROPN", "Spokesman"), ("urged", 1, "ROOT", "VERB", "urge"),
         ("people", 1, "dobj", "NOUN", "people"), ("to", 4, "aux", "PART", "to"), ("put", 1, "xcomp", "VERB", "put"),
         ("Blears", 7, "poss", "PROPN", "Blears"), ("'", 5, "case", "PART", "'"),
         ("comments", 4, "dobj", "NOUN", "comment")]


def test_acknowledging_another_partys_apology_is_no_concession(vocab):
    doc, layer = parse(vocab, NOTED, {0: "howard"})
    assert notes_another_party(doc[1], layer.token_actor)
    assert [e for e in events_of(vocab, NOTED, {0: "howard"}) if e[0] == "CONCEDE"] == []


def test_acknowledging_ones_own_mistake_is_a_concession(vocab):
    doc, layer = parse(vocab, OWN, {0: "howard", 2: "howard"})
    assert not notes_another_party(doc[1], layer.token_actor)
    assert ("CONCEDE", "acknowledged", ["howard"], [], "asserted") in events_of(vocab, OWN, {0: "howard", 2: "howard"})


def test_the_object_urged_is_the_addressee_not_a_possessor_in_the_complement(vocab):
    doc, _ = parse(vocab, URGED, {})
    assert asks_object(doc[1], doc[4])
    got = events_of(vocab, URGED, {0: "spokesman", 5: "blears"})
    assert ("REQUEST", "urged", ["spokesman"], [], "asserted") in got


def test_a_third_person_pronoun_in_a_quotation_is_not_its_speaker(vocab):
    rows = [('"', 2, "punct", "PUNCT", '"'), ("His", 2, "poss", "PRON", "his"), ("work", 3, "nsubj", "NOUN", "work"),
            ("was", 3, "ROOT", "AUX", "be"), ('"', 3, "punct", "PUNCT", '"'), ("Kerry", 6, "nsubj", "PROPN", "Kerry"),
            ("said", 3, "parataxis", "VERB", "say")]
    doc, layer = parse(vocab, rows, {1: "kerry", 5: "kerry"})
    quote = SimpleNamespace(start=0, end=doc[4].idx + 1, speaker="kerry")
    assert without_speaker_pronouns(doc, layer, [quote], {}).token_actor == {5: "kerry"}
    assert layer.token_actor == {1: "kerry", 5: "kerry"}  # the caller's layer is unchanged
    assert without_speaker_pronouns(doc, layer, [], {0: "kerry"}).token_actor == {5: "kerry"}  # a continued quotation
    assert without_speaker_pronouns(doc, layer, [], {}) is layer


def test_reported_speech_without_quotation_marks_keeps_a_pronoun_for_its_speaker(vocab):
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 3, "nsubj", "PRON", "he"), ("erred", 1, "ccomp", "VERB", "err")]
    doc, layer = parse(vocab, rows, {0: "kerry", 2: "kerry"})
    quote = SimpleNamespace(start=0, end=len(doc.text), speaker="kerry")  # "X said ..." is an attributed quote too
    assert without_speaker_pronouns(doc, layer, [quote], {}) is layer


def test_real_model_drops_a_concession_of_another_partys_apology(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = ("Prince Harry apologised for wearing a Nazi uniform. Michael Howard acknowledged the prince's apology. "
            "Charles Clarke said he recognised people's concerns about the costume.")
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    conceders = {names[a] for e in recs.events if e.type == "CONCEDE" for a in e.actors}
    assert "Michael Howard" not in conceders and "Charles Clarke" not in conceders
    assert any("Harry" in n for n in conceders)


def test_a_question_is_no_request(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    def types(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        return {e.type for e in recs.events if e.certainty == "asserted"}

    assert "REQUEST" not in types("Michael Howard asked whether Tony Blair would apologise.")
    assert "REQUEST" not in types("Who will pay for the asylum system, Michael Howard asked.")
    assert "REQUEST" in types("Michael Howard asked Tony Blair to apologise.")
    assert "REQUEST" in types("Michael Howard asked Tony Blair for an apology.")


def test_a_warning_aimed_at_nobody_is_no_threat(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    def types(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        return {e.type for e in recs.events if e.certainty == "asserted"}

    assert "THREATEN" not in types("GATT warned there was a risk of a sizeable increase in the inflation rate.")
    assert "THREATEN" not in types("The World Bank warned that unemployment could cause severe strains.")
    assert "THREATEN" in types("Hamas warned that it would retaliate.")
    assert "THREATEN" not in types("Gustavo Petricioli warned against complacency.")
    assert "THREATEN" in types("Iran warned the United States against any attack.")


# Hasenfus was captured , tried and sentenced
CAPTURED = [("Hasenfus", 2, "nsubjpass", "PROPN", "Hasenfus", "NNP"), ("was", 2, "auxpass", "AUX", "be", "VBD"),
            ("captured", 2, "ROOT", "VERB", "capture", "VBN"), (",", 2, "punct", "PUNCT", ",", ","),
            ("tried", 2, "conj", "VERB", "try", "VBD"), ("and", 4, "cc", "CCONJ", "and", "CC"),
            ("sentenced", 4, "conj", "VERB", "sentence", "VBN")]


def test_conjoined_participles_share_the_passive_and_its_subject_is_the_patient(vocab):
    doc, _ = parse(vocab, CAPTURED, {0: "hasenfus"})
    assert passive_head(doc[6]).i == 2 and passive_head(doc[2]) is None
    got = events_of(vocab, CAPTURED, {0: "hasenfus"})
    assert [e for e in got if "hasenfus" in e[2]] == []  # he did not sentence anyone
    assert ("COERCE", "seized", [], ["hasenfus"], "asserted") in got  # capturing a person is an arrest


def test_a_conjunct_with_an_auxiliary_of_its_own_is_active(vocab):
    # Hasenfus was captured and will resign
    rows = CAPTURED[:3] + [("and", 2, "cc", "CCONJ", "and", "CC"), ("will", 5, "aux", "AUX", "will", "MD"),
                           ("resigned", 2, "conj", "VERB", "resign", "VBN")]
    doc, _ = parse(vocab, rows, {0: "hasenfus"})
    assert passive_head(doc[5]) is None


def test_a_warning_of_reprisals_is_the_speakers_threat(vocab):
    from spacy.tokens import Doc

    from graphkit.ingest.events.voice import only_cautions

    def warned(noun, lemma):
        doc = Doc(vocab, words=["Japan", "warned", "of", noun], heads=[1, 1, 1, 2],
                  deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["Japan", "warn", "of", lemma])
        return only_cautions(doc[1], ["jpn"], [], {0: "jpn"})

    assert not warned("retaliation", "retaliation")
    assert warned("inflation", "inflation")  # a caution, no threat


def _warned_that(vocab, subj_rows, aux="might"):
    """"US warned that SUBJECT AUX force Fed": ``subj_rows`` are (word, dep, tag, pos, lemma) of the subject
    phrase, its head last; the head is token ``2 + len(subj_rows)``."""
    from spacy.tokens import Doc

    k = 2 + len(subj_rows)  # the subject's head
    rows = [("US", 1, "nsubj", "NNP", "PROPN", "US"), ("warned", 1, "ROOT", "VBD", "VERB", "warn"),
            ("that", k + 2, "mark", "IN", "SCONJ", "that")]
    rows += [(w, k, d, t, p, lem) for w, d, t, p, lem in subj_rows[:-1]]
    w, _, t, p, lem = subj_rows[-1]
    rows += [(w, k + 2, "nsubj", t, p, lem), (aux, k + 2, "aux", "MD", "AUX", aux),
             ("force", 1, "ccomp", "VB", "VERB", "force"), ("Fed", k + 2, "dobj", "NNP", "PROPN", "Fed")]
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def test_a_warning_of_what_a_thing_will_do_is_no_threat(vocab):
    from graphkit.ingest.events.voice import only_cautions

    # the US warned that a dollar fall might force the Fed to ...
    doc = _warned_that(vocab, [("a", "det", "DT", "DET", "a"), ("dollar", "compound", "NN", "NOUN", "dollar"),
                               ("fall", "nsubj", "NN", "NOUN", "fall")])
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["US", "fall"] and doc[5].head.text == "force"
    assert only_cautions(doc[1], ["usa"], ["fed"], {0: "usa", 7: "fed"})


def test_a_warning_of_what_a_party_or_its_act_will_do_stays_a_threat(vocab):
    from graphkit.ingest.events.voice import only_cautions

    # ... that Iran might force the Fed; ... that its move might force the Fed; ... that sanctions might ...
    iran = _warned_that(vocab, [("Iran", "nsubj", "NNP", "PROPN", "Iran")])
    assert not only_cautions(iran[1], ["usa"], ["fed"], {0: "usa", 3: "irn", 6: "fed"})
    its = _warned_that(vocab, [("its", "poss", "PRP$", "PRON", "its"), ("move", "nsubj", "NN", "NOUN", "move")])
    assert not only_cautions(its[1], ["usa"], ["fed"], {0: "usa", 7: "fed"})
    sanctions = _warned_that(vocab, [("sanctions", "nsubj", "NNS", "NOUN", "sanction")])
    assert not only_cautions(sanctions[1], ["usa"], ["fed"], {0: "usa", 6: "fed"})
    told = _warned_that(vocab, [("a", "det", "DT", "DET", "a"), ("fall", "nsubj", "NN", "NOUN", "fall")], aux="did")
    assert not only_cautions(told[1], ["usa"], ["fed"], {0: "usa", 7: "fed"})  # no modal: no forecast


# Britain , backed by France , opposed the tax
BACKED = [("Britain", 5, "nsubj", "PROPN", "Britain", "NNP"), (",", 0, "punct", "PUNCT", ",", ","),
          ("backed", 0, "acl", "VERB", "back", "VBN"), ("by", 2, "agent", "ADP", "by", "IN"),
          ("France", 3, "pobj", "PROPN", "France", "NNP"), ("opposed", 5, "ROOT", "VERB", "oppose", "VBD"),
          ("the", 7, "det", "DET", "the", "DT"), ("tax", 5, "dobj", "NOUN", "tax", "NN")]


def test_a_participle_with_a_by_agent_is_a_passive_whose_noun_is_the_patient(vocab):
    doc, _ = parse(vocab, BACKED, {})
    assert reduced_passive(doc[2]) and patient_noun(doc[2]).text == "Britain"
    assert not reduced_passive(doc[5]) and patient_noun(doc[5]) is None
    got = events_of(vocab, BACKED, {0: "britain", 4: "france"})
    assert ("SUPPORT", "supported", ["france"], ["britain"], "asserted") in got


def test_a_by_phrase_naming_a_cause_is_no_doer(vocab):
    rows = [*BACKED[:4], ("collapse", 3, "pobj", "NOUN", "collapse", "NN"), *BACKED[5:]]
    doc, _ = parse(vocab, rows, {})
    assert not reduced_passive(doc[2]) and patient_noun(doc[2]) is None


def test_a_things_history_told_by_a_participle_is_no_act_between_parties(vocab):
    # Kerry attended a lunch hosted by France
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry", "NNP"), ("attended", 1, "ROOT", "VERB", "attend", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"), ("lunch", 1, "dobj", "NOUN", "lunch", "NN"),
            ("hosted", 3, "acl", "VERB", "host", "VBN"), ("by", 4, "agent", "ADP", "by", "IN"),
            ("France", 5, "pobj", "PROPN", "France", "NNP")]
    doc, layer = parse(vocab, rows, {0: "kerry", 6: "france"})
    assert reduced_passive(doc[4]) and not patient_counts(doc[4], layer)
    assert not [e for e in events_of(vocab, rows, {0: "kerry", 6: "france"}) if e[2] == ["france"]]
    doc, layer = parse(vocab, BACKED, {0: "britain", 4: "france"})
    assert patient_counts(doc[2], layer)


def test_a_participle_opening_the_sentence_describes_its_subject(vocab):
    # Backed by France , Britain opposed the tax
    rows = [("Backed", 5, "advcl", "VERB", "back", "VBN"), ("by", 0, "agent", "ADP", "by", "IN"),
            ("France", 1, "pobj", "PROPN", "France", "NNP"), (",", 5, "punct", "PUNCT", ",", ","),
            ("Britain", 5, "nsubj", "PROPN", "Britain", "NNP"), ("opposed", 5, "ROOT", "VERB", "oppose", "VBD"),
            ("the", 7, "det", "DET", "the", "DT"), ("tax", 5, "dobj", "NOUN", "tax", "NN")]
    doc, _ = parse(vocab, rows, {})
    assert reduced_passive(doc[0]) and patient_noun(doc[0]).text == "Britain"
    got = events_of(vocab, rows, {2: "france", 4: "britain"})
    assert ("SUPPORT", "supported", ["france"], ["britain"], "asserted") in got


def test_an_active_verb_joined_to_a_reduced_passive_is_not_done_by_its_agent(vocab):
    # Kerry met an envoy sent by France and assist ...: the parser's conjunct of "sent" is no act of France's
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry", "NNP"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
            ("an", 3, "det", "DET", "an", "DT"), ("envoy", 1, "dobj", "NOUN", "envoy", "NN"),
            ("sent", 3, "acl", "VERB", "send", "VBN"), ("by", 4, "agent", "ADP", "by", "IN"),
            ("France", 5, "pobj", "PROPN", "France", "NNP"), ("and", 4, "cc", "CCONJ", "and", "CC"),
            ("assist", 4, "conj", "VERB", "assist", "VB"), ("Iraq", 8, "dobj", "PROPN", "Iraq", "NNP")]
    got = events_of(vocab, rows, {0: "kerry", 6: "france", 9: "iraq"})
    assert not [e for e in got if e[2] == ["france"] and e[3] == ["iraq"]]


def _threats(nlp, text):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return [(tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events if e.type == "THREATEN"]


def test_a_warning_to_a_party_that_an_act_would_meet_an_answer_is_a_threat(nlp):
    assert _threats(nlp, "Iran warned the United States that any interference would meet a strong response.") == [
        (("Iran",), ("United States",))]
    assert _threats(nlp, "Iran warned that any interference would meet a strong response.") == []  # nobody warned
    assert _threats(nlp, "The IMF warned Brazil that a weaker currency would bring a strong response "
                         "from markets.") == []  # the markets' answer: a forecast



def _asked_for(vocab, mark):
    # Britain asked <mark> the talks to be postponed
    from tests.ingest.events.test_find import parse as parse_doc
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("asked", 1, "ROOT", "VERB", "ask"),
            (mark, 7, "mark", "SCONJ", mark), ("the", 4, "det", "DET", "the"),
            ("talks", 7, "nsubjpass", "NOUN", "talk"), ("to", 7, "aux", "PART", "to"),
            ("be", 7, "auxpass", "AUX", "be"), ("postponed", 1, "advcl", "VERB", "postpone")]
    doc, _ = parse_doc(vocab, rows, {0: ("gbr", "country")})
    return doc


def test_a_for_to_clause_is_what_is_asked_for_and_no_question(vocab):
    assert asks_a_question(_asked_for(vocab, "for")[1]) is False
    assert asks_a_question(_asked_for(vocab, "so")[1]) is True  # "asked, so the talks were put off": no request


# Japan , urged by Washington to cut rates , refused
_PARENTHETICAL = [("Japan", 10, "nsubj", "PROPN", "Japan", "NNP"), (",", 0, "punct", "PUNCT", ",", ","),
                  ("urged", 10, "advcl", "VERB", "urge", "VBN"), ("by", 2, "agent", "ADP", "by", "IN"),
                  ("Washington", 3, "pobj", "PROPN", "Washington", "NNP"), ("to", 6, "aux", "PART", "to", "TO"),
                  ("cut", 2, "xcomp", "VERB", "cut", "VB"), ("rates", 6, "dobj", "NOUN", "rate", "NNS"),
                  (",", 10, "punct", "PUNCT", ",", ","), ("then", 10, "advmod", "ADV", "then", "RB"),
                  ("refused", 10, "ROOT", "VERB", "refuse", "VBD")]


def test_a_participle_between_commas_after_the_subject_is_a_reduced_passive_of_it(vocab):
    doc, layer = parse(vocab, _PARENTHETICAL, {0: "japan", 4: "washington"})
    assert reduced_passive(doc[2]) and patient_noun(doc[2]).text == "Japan"
    got = [e for e in events_of(vocab, _PARENTHETICAL, {0: "japan", 4: "washington"}) if e[0] == "REQUEST"]
    assert [(e[2], e[3]) for e in got] == [(["washington"], ["japan"])]


def test_a_participle_right_after_the_subject_without_a_comma_is_not_read_so(vocab):
    rows = [r for k, r in enumerate(_PARENTHETICAL) if k != 1]
    rows = [(w, h - 1 if h > 1 else h, *rest) for w, h, *rest in rows]
    doc, _ = parse(vocab, rows, {0: "japan", 3: "washington"})
    assert patient_noun(doc[1]) is None


def _arrested_and(word, lemma):
    # Weirick was arrested and <word>, tagged a past tense
    return [("Weirick", 2, "nsubjpass", "PROPN", "Weirick", "NNP"), ("was", 2, "auxpass", "AUX", "be", "VBD"),
            ("arrested", 2, "ROOT", "VERB", "arrest", "VBN"), ("and", 2, "cc", "CCONJ", "and", "CC"),
            (word, 2, "conj", "VERB", lemma, "VBD")]


def test_a_past_tense_of_a_verb_that_always_takes_an_object_is_a_misread_participle(vocab):
    doc, _ = parse(vocab, _arrested_and("jailed", "jail"), {})
    assert passive_head(doc[4]).text == "arrested"


def test_a_past_tense_of_a_verb_that_may_go_without_an_object_stays_active(vocab):
    doc, _ = parse(vocab, _arrested_and("escaped", "escape"), {})
    assert passive_head(doc[4]) is None
