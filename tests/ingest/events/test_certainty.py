"""Certainty of event mentions: negation, modality, hypotheticals, content of other events."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess


def doc_of(vocab, rows):
    words = [r[0] for r in rows]
    return Doc(vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows])


def test_plain_past_is_asserted(vocab):
    doc = doc_of(vocab, [("Israel", 1, "nsubj", "PROPN", "Israel"), ("attacked", 1, "ROOT", "VERB", "attack")])
    assert assess(doc[1]).certainty == "asserted"


def test_modal_is_possible(vocab):
    doc = doc_of(vocab, [("agreement", 2, "nsubj", "NOUN", "agreement"), ("may", 2, "aux", "AUX", "may"),
                         ("include", 2, "ROOT", "VERB", "include")])
    assert assess(doc[2]).certainty == "possible"


def test_no_determiner_negates_a_noun(vocab):
    # no final decision has been made
    doc = doc_of(vocab, [("no", 2, "det", "DET", "no"), ("final", 2, "amod", "ADJ", "final"),
                         ("decision", 5, "nsubjpass", "NOUN", "decision"), ("has", 5, "aux", "AUX", "have"),
                         ("been", 5, "auxpass", "AUX", "be"), ("made", 5, "ROOT", "VERB", "make")])
    assert assess(doc[2]).certainty == "negated"


def test_refuse_negates_its_complement(vocab):
    doc = doc_of(vocab, [("Pakistan", 1, "nsubj", "PROPN", "Pakistan"), ("refused", 1, "ROOT", "VERB", "refuse"),
                         ("to", 3, "aux", "PART", "to"), ("deploy", 1, "xcomp", "VERB", "deploy")])
    verdict = assess(doc[3])
    assert verdict.certainty == "negated"
    assert verdict.matrix.i == 1


def test_content_of_another_event_is_possible(vocab):
    # urged Hamas to accept
    doc = doc_of(vocab, [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("urged", 1, "ROOT", "VERB", "urge"),
                         ("Hamas", 1, "dobj", "PROPN", "Hamas"), ("to", 4, "aux", "PART", "to"),
                         ("accept", 1, "xcomp", "VERB", "accept")])
    verdict = assess(doc[4], triggers={1})
    assert verdict.certainty == "possible" and verdict.matrix.i == 1
    assert assess(doc[4]).certainty == "asserted"  # without knowing that "urged" is an event


def test_hope_clause_is_possible(vocab):
    # in the hope that they would use their influence
    doc = doc_of(vocab, [("in", 0, "ROOT", "ADP", "in"), ("the", 2, "det", "DET", "the"),
                         ("hope", 0, "pobj", "NOUN", "hope"), ("that", 6, "mark", "SCONJ", "that"),
                         ("they", 6, "nsubj", "PRON", "they"), ("would", 6, "aux", "AUX", "would"),
                         ("use", 2, "acl", "VERB", "use")])
    assert assess(doc[6]).certainty == "possible"


def test_conditional_clause_is_possible(vocab):
    # Israel withdraws if Hamas accepts
    doc = doc_of(vocab, [("Israel", 1, "nsubj", "PROPN", "Israel"), ("withdraws", 1, "ROOT", "VERB", "withdraw"),
                         ("if", 4, "mark", "SCONJ", "if"), ("Hamas", 4, "nsubj", "PROPN", "Hamas"),
                         ("accepts", 1, "advcl", "VERB", "accept")])
    assert assess(doc[4]).certainty == "possible"
    assert assess(doc[1]).condition == "if"


def test_future_is_flagged_not_asserted_as_done(vocab):
    doc = doc_of(vocab, [("Finland", 2, "nsubj", "PROPN", "Finland"), ("will", 2, "aux", "AUX", "will"),
                         ("give", 2, "ROOT", "VERB", "give")])
    verdict = assess(doc[2])
    assert verdict.future and verdict.intent == "will"


def test_plans_to_is_an_intention(vocab):
    doc = doc_of(vocab, [("Norway", 1, "nsubj", "PROPN", "Norway"), ("plans", 1, "ROOT", "VERB", "plan"),
                         ("to", 3, "aux", "PART", "to"), ("host", 1, "xcomp", "VERB", "host")])
    verdict = assess(doc[3])
    assert verdict.future and verdict.intent == "plan"


def test_temporal_clause_is_its_own_fact(vocab):
    # spoke with him after meeting him
    doc = doc_of(vocab, [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("spoke", 1, "ROOT", "VERB", "speak"),
                         ("after", 1, "prep", "ADP", "after"), ("meeting", 2, "pcomp", "VERB", "meet"),
                         ("him", 3, "dobj", "PRON", "he")])
    assert assess(doc[3], triggers={1}).certainty == "asserted"


def test_has_yet_to_is_negated(vocab):
    # Israel has yet to accept / Israel has to accept
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("has", 1, "ROOT", "VERB", "have"),
            ("yet", 1, "advmod", "ADV", "yet"), ("to", 4, "aux", "PART", "to"),
            ("accept", 1, "xcomp", "VERB", "accept")]
    assert assess(doc_of(vocab, rows)[4]).certainty == "negated"
    rows[2] = ("now", 1, "advmod", "ADV", "now")
    assert assess(doc_of(vocab, rows)[4]).certainty == "possible"  # an obligation


def test_due_to_is_not_yet_a_fact(vocab):
    # Mexico is due to sign a loan
    rows = [("Mexico", 1, "nsubj", "PROPN", "Mexico"), ("is", 1, "ROOT", "AUX", "be"),
            ("due", 1, "acomp", "ADJ", "due"), ("to", 4, "aux", "PART", "to"),
            ("sign", 2, "xcomp", "VERB", "sign")]
    got = assess(doc_of(vocab, rows)[4])  # still to come, as "will sign": events.readings reads it possible
    assert (got.future, got.intent) == (True, "scheduled")


def test_has_to_is_an_obligation_not_a_fact(vocab):
    # The cabinet has to resign
    rows = [("cabinet", 1, "nsubj", "NOUN", "cabinet"), ("has", 1, "ROOT", "VERB", "have"),
            ("to", 3, "aux", "PART", "to"), ("resign", 1, "xcomp", "VERB", "resign")]
    assert assess(doc_of(vocab, rows)[3]).certainty == "possible"


def test_what_is_allowed_has_not_happened(vocab):
    # Serbs allowed convoys to feed civilians
    rows = [("Serbs", 1, "nsubj", "PROPN", "Serbs"), ("allowed", 1, "ROOT", "VERB", "allow"),
            ("convoys", 1, "dobj", "NOUN", "convoy"), ("to", 4, "aux", "PART", "to"),
            ("feed", 1, "xcomp", "VERB", "feed"), ("civilians", 4, "dobj", "NOUN", "civilian")]
    assert assess(doc_of(vocab, rows)[4]).certainty == "possible"


def test_content_of_a_perception_is_not_a_fact(vocab):
    # the perception that the U.S. attacked Iraq
    rows = [("the", 1, "det", "DET", "the"), ("perception", 1, "ROOT", "NOUN", "perception"),
            ("that", 4, "mark", "SCONJ", "that"), ("US", 4, "nsubj", "PROPN", "US"),
            ("attacked", 1, "acl", "VERB", "attack"), ("Iraq", 4, "dobj", "PROPN", "Iraq")]
    assert assess(doc_of(vocab, rows)[4]).certainty == "possible"


def test_efforts_to_end_are_no_fact(vocab):
    # pressed efforts to end the bloodshed
    doc = doc_of(vocab, [("pressed", 0, "ROOT", "VERB", "press"), ("efforts", 0, "dobj", "NOUN", "effort"),
                         ("to", 3, "aux", "PART", "to"), ("end", 1, "acl", "VERB", "end"),
                         ("the", 5, "det", "DET", "the"), ("bloodshed", 3, "dobj", "NOUN", "bloodshed")])
    assert assess(doc[3]).certainty == "possible"


def test_reluctance_is_no_refusal(vocab):
    # Japan was reluctant to offer aid
    doc = doc_of(vocab, [("Japan", 1, "nsubj", "PROPN", "Japan"), ("was", 1, "ROOT", "AUX", "be"),
                         ("reluctant", 1, "acomp", "ADJ", "reluctant"), ("to", 4, "aux", "PART", "to"),
                         ("offer", 2, "xcomp", "VERB", "offer"), ("aid", 4, "dobj", "NOUN", "aid")])
    assert assess(doc[4]).certainty == "possible"


def test_failing_negates_without_refusing(vocab):
    # failed to conclude an agreement / refused to conclude an agreement
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("failed", 1, "ROOT", "VERB", "fail"),
            ("to", 3, "aux", "PART", "to"), ("conclude", 1, "xcomp", "VERB", "conclude")]
    verdict = assess(doc_of(vocab, rows)[3])
    assert verdict.certainty == "negated" and verdict.failed
    rows[1] = ("refused", 1, "ROOT", "VERB", "refuse")
    verdict = assess(doc_of(vocab, rows)[3])
    assert verdict.certainty == "negated" and not verdict.failed


def test_planned_and_proposed_acts_are_prospects(vocab):
    for mod in ("planned", "proposed"):
        doc = doc_of(vocab, [("the", 2, "det", "DET", "the"), (mod, 2, "amod", "VERB", mod),
                             ("withdrawal", 2, "ROOT", "NOUN", "withdrawal")])
        assert assess(doc[2]).certainty == "possible"
    doc = doc_of(vocab, [("the", 2, "det", "DET", "the"), ("sudden", 2, "amod", "ADJ", "sudden"),
                         ("withdrawal", 2, "ROOT", "NOUN", "withdrawal")])
    assert assess(doc[2]).certainty == "asserted"


def test_simple_present_relative_clause_is_a_trait(vocab):
    # Hamas, which attacks Israel, ... / Hamas, which attacked Israel, ...
    def rel(word, tag):
        words = ["Hamas", ",", "which", word, "Israel", "said"]
        return Doc(vocab, words=words, heads=[5, 0, 3, 0, 3, 5], deps=["nsubj", "punct", "nsubj", "relcl", "dobj",
                                                                         "ROOT"],
                   tags=["NNP", ",", "WDT", tag, "NNP", "VBD"], lemmas=["Hamas", ",", "which", "attack", "Israel",
                                                                         "say"])
    assert assess(rel("attacks", "VBZ")[3]).certainty == "possible"
    assert assess(rel("attacked", "VBD")[3]).certainty == "asserted"


def test_would_have_to_is_no_intention(vocab):
    # Israel would have to withdraw
    doc = doc_of(vocab, [("Israel", 2, "nsubj", "PROPN", "Israel"), ("would", 2, "aux", "AUX", "would"),
                         ("have", 2, "ROOT", "VERB", "have"), ("to", 4, "aux", "PART", "to"),
                         ("withdraw", 2, "xcomp", "VERB", "withdraw")])
    verdict = assess(doc[4])
    assert verdict.certainty == "possible" and not verdict.future and verdict.intent is None


def test_content_of_a_negated_saying_is_not_asserted(vocab):
    # it did not mean he would oppose the bill
    doc = doc_of(vocab, [("it", 3, "nsubj", "PRON", "it"), ("did", 3, "aux", "AUX", "do"),
                         ("not", 3, "neg", "PART", "not"), ("mean", 3, "ROOT", "VERB", "mean"),
                         ("he", 6, "nsubj", "PRON", "he"), ("would", 6, "aux", "AUX", "would"),
                         ("oppose", 3, "ccomp", "VERB", "oppose")])
    assert assess(doc[6]).certainty == "possible"
    doc = doc_of(vocab, [("it", 1, "nsubj", "PRON", "it"), ("meant", 1, "ROOT", "VERB", "mean"),
                         ("he", 4, "nsubj", "PRON", "he"), ("would", 4, "aux", "AUX", "would"),
                         ("oppose", 1, "ccomp", "VERB", "oppose")])
    assert assess(doc[4]).certainty == "asserted"


def test_main_clause_of_a_condition_is_no_fact(vocab):
    # the US will defend Israel if Iran attacks / the US defended Israel when Iran attacked
    def sent(aux, verb, mark, tag):
        words = ["US", aux, verb, "Israel", mark, "Iran", "attacks"]
        return Doc(vocab, words=words, heads=[2, 2, 2, 2, 6, 6, 2],
                   deps=["nsubj", "aux", "ROOT", "dobj", "mark", "nsubj", "advcl"],
                   tags=["NNP", "MD", tag, "NNP", "IN", "NNP", "VBZ"],
                   lemmas=["US", aux, "defend", "Israel", mark, "Iran", "attack"])
    verdict = assess(sent("will", "defend", "if", "VB")[2])
    assert verdict.certainty == "possible" and verdict.condition == "if"
    assert assess(sent("will", "defend", "unless", "VB")[2]).certainty == "possible"
    assert assess(sent("will", "defend", "if", "VB")[6]).certainty == "possible"
    assert assess(sent("did", "defend", "when", "VB")[2]).certainty == "asserted"


def test_a_plain_past_under_if_stays_a_fact(vocab):
    # he asked ... : "X attacked Israel, even if ..." is a concession; a past main clause stays asserted
    doc = Doc(vocab, words=["Iran", "attacked", "Israel", "even", "if", "damage", "was", "small"],
              heads=[1, 1, 1, 6, 6, 6, 1, 6], deps=["nsubj", "ROOT", "dobj", "advmod", "mark", "nsubj", "advcl",
                                                    "acomp"],
              tags=["NNP", "VBD", "NNP", "RB", "IN", "NN", "VBD", "JJ"])
    assert assess(doc[1]).certainty == "asserted"


def test_real_conditionals_are_possible(nlp):
    for text, verb in [("If Iran attacks, the US will defend Israel.", "defend"),
                       ("The union would strike unless the offer is raised.", "strike"),
                       ("Should Iran attack Israel, the US will retaliate.", "retaliate")]:
        tok = next(t for t in nlp(text) if t.text == verb)
        assert assess(tok).certainty == "possible", text
    # a reported conditional is the speaker's commitment (a threat or promise): the event stage reads it
    tok = next(t for t in nlp("The party said it will boycott the vote unless the president resigns.")
               if t.text == "boycott")
    verdict = assess(tok)
    assert verdict.certainty == "asserted" and verdict.future and verdict.reported and verdict.condition == "unless"
    # ... but a prediction about others ("said miners would press ... if") is no one's commitment
    tok = next(t for t in nlp("The minister said Thai miners would press for new mines if prices rose.")
               if t.text == "press")
    assert assess(tok).certainty == "possible"


def test_be_to_reads_only_its_own_complement(nlp):
    # the request is a fact even though the hearing "was to" happen
    doc = nlp("Bankers were to hear a presentation on Argentina's request for new loans.")
    assert assess(next(t for t in doc if t.text == "hear")).certainty == "possible"
    assert assess(next(t for t in doc if t.text == "request")).certainty == "asserted"
    tok = next(t for t in nlp("The US defended Israel when Iran attacked.") if t.text == "defended")
    assert assess(tok).certainty == "asserted"


def test_an_option_or_a_to_be_plan_is_no_fact(vocab):
    # one option is to impose sanctions / the president is to visit China / the president agreed to visit
    def sent(subj, verb, lemma):
        return doc_of(vocab, [(subj, 1, "nsubj", "NOUN", subj), (verb, 1, "ROOT", "VERB", lemma),
                              ("to", 3, "aux", "PART", "to"), ("impose", 1, "xcomp", "VERB", "impose")])
    assert assess(sent("option", "is", "be")[3]).certainty == "possible"
    assert assess(sent("president", "is", "be")[3]).certainty == "possible"
    assert assess(sent("president", "began", "begin")[3]).certainty == "asserted"
    assert assess(sent("policy", "is", "be")[3]).certainty == "asserted"  # a standing practice
    # "his action was to penalize Japan" says what the act did; "the first step is to ..." is a plan
    doc = Doc(vocab, words=["action", "was", "to", "penalize"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "aux", "xcomp"], tags=["NN", "VBD", "TO", "VB"],
              lemmas=["action", "be", "to", "penalize"])
    assert assess(doc[3]).certainty == "asserted"
    doc = Doc(vocab, words=["step", "is", "to", "penalize"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "aux", "xcomp"], tags=["NN", "VBZ", "TO", "VB"],
              lemmas=["step", "be", "to", "penalize"])
    assert assess(doc[3]).certainty == "possible"
    # the aim is a ceasefire
    doc = doc_of(vocab, [("aim", 1, "nsubj", "NOUN", "aim"), ("is", 1, "ROOT", "AUX", "be"),
                         ("ceasefire", 1, "attr", "NOUN", "ceasefire")])
    assert assess(doc[2]).certainty == "possible"


def test_another_doers_act_in_a_wish_is_not_an_intention(vocab):
    # Washington wants Israel to withdraw / Washington wants to withdraw
    doc = doc_of(vocab, [("Washington", 1, "nsubj", "PROPN", "Washington"), ("wants", 1, "ROOT", "VERB", "want"),
                         ("Israel", 4, "nsubj", "PROPN", "Israel"), ("to", 4, "aux", "PART", "to"),
                         ("withdraw", 1, "ccomp", "VERB", "withdraw")])
    verdict = assess(doc[4])
    assert verdict.certainty == "possible" and not verdict.future
    doc = doc_of(vocab, [("Washington", 1, "nsubj", "PROPN", "Washington"), ("wants", 1, "ROOT", "VERB", "want"),
                         ("to", 3, "aux", "PART", "to"), ("withdraw", 1, "xcomp", "VERB", "withdraw")])
    verdict = assess(doc[3])
    assert verdict.certainty == "asserted" and verdict.future and verdict.intent == "want"


def test_hopes_is_read_despite_the_lemmatizer(vocab):
    # Washington hopes Israel will withdraw (the lemmatizer gives "hop")
    doc = doc_of(vocab, [("Washington", 1, "nsubj", "PROPN", "Washington"), ("hopes", 1, "ROOT", "VERB", "hop"),
                         ("Israel", 4, "nsubj", "PROPN", "Israel"), ("will", 4, "aux", "AUX", "will"),
                         ("withdraw", 1, "ccomp", "VERB", "withdraw")])
    assert assess(doc[4]).certainty == "possible"


def test_a_root_hypothetical_verb_is_itself_a_fact(vocab):
    # Israel allowed convoys: the allowing happened
    doc = doc_of(vocab, [("Israel", 1, "nsubj", "PROPN", "Israel"), ("allowed", 1, "ROOT", "VERB", "allow"),
                         ("convoys", 1, "dobj", "NOUN", "convoy")])
    assert assess(doc[1]).certainty == "asserted"


def test_a_stated_intention_under_a_condition_stays_one(vocab):
    # HBJ intends to withdraw its bid if ... / HBJ will withdraw its bid if ...
    def sent(verb, lemma, dep, aux):
        words = ["HBJ", verb, aux, "withdraw", "if", "talks", "fail"]
        return Doc(vocab, words=words, heads=[1, 1, 3, 1, 6, 6, 3],
                   deps=["nsubj", "ROOT", "aux", dep, "mark", "nsubj", "advcl"],
                   tags=["NNP", "VBZ", "TO" if aux == "to" else "MD", "VB", "IN", "NNS", "VBP"],
                   lemmas=["HBJ", lemma, aux, "withdraw", "if", "talk", "fail"])
    verdict = assess(sent("intends", "intend", "xcomp", "to")[3])
    assert verdict.certainty == "asserted" and verdict.intent == "intend" and verdict.condition == "if"


def _claim_doc(vocab, verb, verb_lemma, noun, noun_lemma, neg=False):
    # Iran [did not] <verb> <noun> that it supplied arms
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran")]
    off = 0
    if neg:
        rows += [("did", 3, "aux", "AUX", "do"), ("not", 3, "neg", "PART", "not")]
        off = 2
        rows[0] = ("Iran", 3, "nsubj", "PROPN", "Iran")
    v = 1 + off
    rows += [(verb, v, "ROOT", "VERB", verb_lemma), (noun, v, "dobj", "NOUN", noun_lemma),
             ("that", v + 4, "mark", "SCONJ", "that"), ("it", v + 4, "nsubj", "PRON", "it"),
             ("supplied", v + 1, "acl", "VERB", "supply"), ("arms", v + 4, "dobj", "NOUN", "arm")]
    return doc_of(vocab, rows), v + 4


def test_content_of_a_claim_noun_is_possible(vocab):
    doc, i = _claim_doc(vocab, "repeated", "repeat", "reports", "report")
    assert assess(doc[i]).certainty == "possible"


def test_content_of_a_denied_claim_is_negated(vocab):
    doc, i = _claim_doc(vocab, "denied", "deny", "claims", "claim")
    assert assess(doc[i]).certainty == "negated"
    doc, i = _claim_doc(vocab, "dismissed", "dismiss", "rumours", "rumour")
    assert assess(doc[i]).certainty == "negated"


def test_content_of_a_claim_not_denied_is_possible(vocab):
    doc, i = _claim_doc(vocab, "deny", "deny", "reports", "report", neg=True)
    assert assess(doc[i]).certainty == "possible"


def test_clause_of_a_plain_noun_is_not_a_claim(vocab):
    # "denied the fact that it supplied arms": "fact" is no claim noun, the walk goes on to "deny"
    doc, i = _claim_doc(vocab, "repeated", "repeat", "fact", "fact")
    assert assess(doc[i]).certainty == "asserted"


def test_past_modal_perfect_is_counterfactual(vocab):
    # Kohl would have offered the post
    doc = Doc(vocab, words=["Kohl", "would", "have", "offered", "post"], heads=[3, 3, 3, 3, 3],
              deps=["nsubj", "aux", "aux", "ROOT", "dobj"], tags=["NNP", "MD", "VB", "VBN", "NN"],
              lemmas=["Kohl", "would", "have", "offer", "post"])
    assert assess(doc[3]).certainty == "possible"
    # Kohl will have offered the post (future perfect): an intention, not a counterfactual
    doc = Doc(vocab, words=["Kohl", "will", "have", "offered", "post"], heads=[3, 3, 3, 3, 3],
              deps=["nsubj", "aux", "aux", "ROOT", "dobj"], tags=["NNP", "MD", "VB", "VBN", "NN"],
              lemmas=["Kohl", "will", "have", "offer", "post"])
    verdict = assess(doc[3])
    assert (verdict.certainty, verdict.future) == ("asserted", True)


def _until_doc(vocab, aux, tag):
    # Greece <aux> negotiate until Turkey withdraws / withdrew
    return Doc(vocab, words=["Greece", aux, "negotiate", "until", "Turkey", "withdraws"],
               heads=[2, 2, 2, 5, 5, 2], deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"],
               tags=["NNP", "MD" if aux != "did" else "VBD", "VB", "IN", "NNP", tag],
               lemmas=["Greece", aux, "negotiate", "until", "Turkey", "withdraw"])


def test_present_time_clause_under_a_future_is_no_fact(vocab):
    assert assess(_until_doc(vocab, "will", "VBZ")[5]).certainty == "possible"
    assert assess(_until_doc(vocab, "could", "VBZ")[5]).certainty == "possible"


def test_past_time_clause_is_a_fact(vocab):
    assert assess(_until_doc(vocab, "did", "VBD")[5]).certainty == "asserted"
    assert assess(_until_doc(vocab, "will", "VBD")[5]).certainty == "asserted"


def test_conditional_consequence_is_flagged(vocab):
    # the US will act if Iran attacks
    doc = Doc(vocab, words=["US", "will", "act", "if", "Iran", "attacks"], heads=[2, 2, 2, 5, 5, 2],
              deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"], tags=["NNP", "MD", "VB", "IN", "NNP", "VBZ"],
              lemmas=["US", "will", "act", "if", "Iran", "attack"])
    assert assess(doc[2]).conditional
    assert not assess(doc[5]).conditional


def _with_adjunct(vocab, prep, noun):
    """"Israel <prep> no <noun> attacked Gaza"."""
    return doc_of(vocab, [("Israel", 4, "nsubj", "PROPN", "Israel"), (prep, 4, "prep", "ADP", prep),
                          ("no", 3, "det", "DET", "no"), (noun, 1, "pobj", "NOUN", noun),
                          ("attacked", 4, "ROOT", "VERB", "attack"), ("Gaza", 4, "dobj", "PROPN", "Gaza")])


def test_an_adjunct_of_no_way_or_no_time_negates(vocab):
    assert assess(_with_adjunct(vocab, "in", "way")[4]).certainty == "negated"
    assert assess(_with_adjunct(vocab, "at", "time")[4]).certainty == "negated"


def test_no_time_and_no_warning_are_manner_not_negation(vocab):
    assert assess(_with_adjunct(vocab, "in", "time")[4]).certainty == "asserted"
    assert assess(_with_adjunct(vocab, "with", "warning")[4]).certainty == "asserted"


def test_neither_nor_subjects_negate(vocab):
    doc = doc_of(vocab, [("Neither", 1, "preconj", "CCONJ", "neither"), ("Israel", 4, "nsubj", "PROPN", "Israel"),
                         ("nor", 1, "cc", "CCONJ", "nor"), ("Hamas", 1, "conj", "PROPN", "Hamas"),
                         ("accepted", 4, "ROOT", "VERB", "accept")])
    assert assess(doc[4]).certainty == "negated"


# troops patrolled the town to prevent riots / leaders met to discuss the crisis
def _purpose(vocab, verb, lemma, obj, olemma):
    return doc_of(vocab, [("troops", 1, "nsubj", "NOUN", "troop"), ("patrolled", 1, "ROOT", "VERB", "patrol"),
                          ("to", 3, "aux", "PART", "to"), (verb, 1, "advcl", "VERB", lemma),
                          (obj, 3, "dobj", "NOUN", olemma)])


def test_a_material_act_in_a_purpose_clause_is_an_aim_not_a_fact(vocab):
    doc = _purpose(vocab, "prevent", "prevent", "riots", "riot")
    assert assess(doc[3], {1: False, 3: False}).certainty == "possible"
    assert assess(doc[1], {1: False, 3: False}).certainty == "asserted"


def test_a_meeting_or_a_speech_act_in_a_purpose_clause_is_done_by_the_act(vocab):
    doc = _purpose(vocab, "discuss", "discuss", "crisis", "crisis")
    assert assess(doc[3], {1: False, 3: False}).certainty == "asserted"
    doc = _purpose(vocab, "demand", "demand", "reforms", "reform")
    assert assess(doc[3], {1: False, 3: True}).certainty == "asserted"


def test_what_is_said_to_be_likely_is_no_fact(vocab):
    # it was likely that Japan would ease controls  /  it was clear that Japan would ease controls
    rows = [("it", 1, "nsubj", "PRON", "it"), ("was", 1, "ROOT", "AUX", "be"), ("likely", 1, "acomp", "ADJ", "likely"),
            ("that", 6, "mark", "SCONJ", "that"), ("Japan", 6, "nsubj", "PROPN", "Japan"),
            ("would", 6, "aux", "AUX", "would"), ("ease", 1, "ccomp", "VERB", "ease"),
            ("controls", 6, "dobj", "NOUN", "control")]
    assert assess(doc_of(vocab, rows)[6]).certainty == "possible"
    rows[2] = ("clear", 1, "acomp", "ADJ", "clear")
    assert assess(doc_of(vocab, rows)[6]).certainty == "asserted"


def test_what_will_likely_happen_is_a_forecast(vocab):
    # the Fed will likely raise rates  /  the Fed will raise rates
    rows = [("Fed", 3, "nsubj", "PROPN", "Fed"), ("will", 3, "aux", "AUX", "will"),
            ("likely", 3, "advmod", "ADV", "likely"), ("raise", 3, "ROOT", "VERB", "raise"),
            ("rates", 3, "dobj", "NOUN", "rate")]
    assert assess(doc_of(vocab, rows)[3]).certainty == "possible"
    rows[2] = ("soon", 3, "advmod", "ADV", "soon")
    assert assess(doc_of(vocab, rows)[3]).certainty == "asserted"


def test_a_tensed_conjunct_escapes_the_negation_of_the_first(vocab):
    from spacy.tokens import Doc

    from graphkit.ingest.events.certainty import assess

    # "X did not comment but said ...": "said" is asserted; "did not comment or say": both negated
    doc = Doc(vocab, words=["X", "did", "not", "comment", "but", "said"], heads=[3, 3, 3, 3, 3, 3],
              deps=["nsubj", "aux", "neg", "ROOT", "cc", "conj"], tags=["NNP", "VBD", "RB", "VB", "CC", "VBD"])
    assert assess(doc[5]).certainty == "asserted"
    doc = Doc(vocab, words=["X", "did", "not", "comment", "or", "say"], heads=[3, 3, 3, 3, 3, 3],
              deps=["nsubj", "aux", "neg", "ROOT", "cc", "conj"], tags=["NNP", "VBD", "RB", "VB", "CC", "VB"])
    assert assess(doc[5]).certainty == "negated"


def test_what_is_hard_to_do_is_not_done(vocab):
    # there are difficulties to reach an agreement
    doc = doc_of(vocab, [("there", 1, "expl", "PRON", "there"), ("are", 1, "ROOT", "AUX", "be"),
                         ("difficulties", 1, "attr", "NOUN", "difficulty"), ("to", 4, "aux", "PART", "to"),
                         ("reach", 2, "acl", "VERB", "reach"), ("an", 6, "det", "DET", "an"),
                         ("agreement", 4, "dobj", "NOUN", "agreement")])
    assert assess(doc[4]).certainty == "possible"


def test_no_before_a_light_verbs_noun_negates_the_act(vocab):
    # Japan made no concessions  /  Japan made concessions
    for det, expected in (("no", "negated"), ("some", "asserted")):
        doc = doc_of(vocab, [("Japan", 1, "nsubj", "PROPN", "Japan"), ("made", 1, "ROOT", "VERB", "make"),
                             (det, 3, "det", "DET", det), ("concessions", 1, "dobj", "NOUN", "concession")])
        assert assess(doc[1], noun=doc[3]).certainty == expected
        assert assess(doc[1]).certainty == "asserted"  # without its noun the verb says nothing of it


def test_what_is_tried_is_not_done_but_an_attempted_attack_is_an_attack(vocab):
    # Israel tried to negotiate  /  Israel tried to kill Abbas
    for verb, expected in (("negotiate", "possible"), ("kill", "asserted")):
        doc = doc_of(vocab, [("Israel", 1, "nsubj", "PROPN", "Israel"), ("tried", 1, "ROOT", "VERB", "try"),
                             ("to", 3, "aux", "PART", "to"), (verb, 1, "xcomp", "VERB", verb)])
        assert assess(doc[3]).certainty == expected


def test_what_seems_done_is_not_said_done_but_what_it_is_about_is(vocab):
    # Israel appeared to accept  /  Israel appeared to counter Egypt's offer
    doc = doc_of(vocab, [("Israel", 1, "nsubj", "PROPN", "Israel"), ("appeared", 1, "ROOT", "VERB", "appear"),
                         ("to", 3, "aux", "PART", "to"), ("accept", 1, "xcomp", "VERB", "accept")])
    assert assess(doc[3]).certainty == "possible"
    doc = doc_of(vocab, [("Israel", 1, "nsubj", "PROPN", "Israel"), ("appeared", 1, "ROOT", "VERB", "appear"),
                         ("to", 3, "aux", "PART", "to"), ("counter", 1, "xcomp", "VERB", "counter"),
                         ("Egypt", 6, "poss", "PROPN", "Egypt"), ("'s", 4, "case", "PART", "'s"),
                         ("offer", 3, "dobj", "NOUN", "offer")])
    assert assess(doc[6]).certainty == "asserted"


def test_might_not_is_a_possibility_and_refraining_negates(vocab):
    from spacy.tokens import Doc

    from graphkit.ingest.events.certainty import assess

    # Congress might not approve it  /  Congress could not approve it
    for aux, expected in (("might", "possible"), ("could", "negated")):
        doc = Doc(vocab, words=["Congress", aux, "not", "approve", "it"], heads=[3, 3, 3, 3, 3],
                  deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Congress", aux, "not", "approve", "it"])
        assert assess(doc[3]).certainty == expected
    # he refrained from making any commitment
    doc = Doc(vocab, words=["he", "refrained", "from", "making", "any", "commitment"], heads=[1, 1, 1, 2, 5, 3],
              deps=["nsubj", "ROOT", "prep", "pcomp", "det", "dobj"],
              lemmas=["he", "refrain", "from", "make", "any", "commitment"])
    assert assess(doc[5]).certainty == "negated"


def test_a_capacity_to_act_is_no_act(vocab):
    # Reagan's ability to veto bills
    doc = Doc(vocab, words=["Reagan", "'s", "ability", "to", "veto", "bills"], heads=[2, 0, 2, 4, 2, 4],
              deps=["poss", "case", "ROOT", "aux", "acl", "dobj"],
              lemmas=["Reagan", "'s", "ability", "to", "veto", "bill"])
    assert assess(doc[4], {4: True}).certainty == "possible"


@pytest.mark.parametrize("noun,expected", [("authority", "possible"), ("right", "possible"),
                                           ("decision", "asserted")])
def test_what_a_power_allows_is_no_act(vocab, noun, expected):
    # the bill extends Reagan's authority to negotiate an agreement  /  Reagan's decision to negotiate
    doc = doc_of(vocab, [("bill", 1, "nsubj", "NOUN", "bill"), ("extends", 1, "ROOT", "VERB", "extend"),
                         ("Reagan", 3, "poss", "PROPN", "Reagan"), (noun, 1, "dobj", "NOUN", noun),
                         ("to", 5, "aux", "PART", "to"), ("negotiate", 3, "acl", "VERB", "negotiate"),
                         ("agreement", 5, "dobj", "NOUN", "agreement")])
    assert assess(doc[5]).certainty == expected


def test_none_of_subject_negates(vocab):
    doc = doc_of(vocab, [("None", 4, "nsubj", "NOUN", "none"), ("of", 0, "prep", "ADP", "of"),
                         ("the", 3, "det", "DET", "the"), ("rebels", 1, "pobj", "NOUN", "rebel"),
                         ("attacked", 4, "ROOT", "VERB", "attack")])
    assert assess(doc[4]).certainty == "negated"


def test_prevented_act_is_negated(vocab):
    # the UN forestalled an attack
    doc = doc_of(vocab, [("UN", 1, "nsubj", "PROPN", "UN"), ("forestalled", 1, "ROOT", "VERB", "forestall"),
                         ("an", 3, "det", "DET", "an"), ("attack", 1, "dobj", "NOUN", "attack")])
    assert assess(doc[3]).certainty == "negated"


def test_an_act_named_in_a_phrase_of_what_was_prevented_happened(vocab):
    # Japan averted a collapse of the talks: the talks were held
    doc = doc_of(vocab, [("Japan", 1, "nsubj", "PROPN", "Japan"), ("averted", 1, "ROOT", "VERB", "avert"),
                         ("a", 3, "det", "DET", "a"), ("collapse", 1, "dobj", "NOUN", "collapse"),
                         ("of", 3, "prep", "ADP", "of"), ("the", 6, "det", "DET", "the"),
                         ("talks", 4, "pobj", "NOUN", "talk")])
    assert assess(doc[6]).certainty == "asserted"
    assert assess(doc[3]).certainty == "negated"  # the collapse did not happen


def _asked(vocab, verb, lemma, act, alemma):
    # Washington directed the army to attack / Oniya contacted the ambassador to complain
    return doc_of(vocab, [("Washington", 1, "nsubj", "PROPN", "Washington"), (verb, 1, "ROOT", "VERB", lemma),
                          ("the", 3, "det", "DET", "the"), ("army", 1, "dobj", "NOUN", "army"),
                          ("to", 5, "aux", "PART", "to"), (act, 1, "xcomp", "VERB", alemma)])


def test_material_act_asked_of_an_object_is_possible(vocab):
    doc = _asked(vocab, "directed", "direct", "attack", "attack")
    verdict = assess(doc[5], triggers={5: False})
    assert verdict.certainty == "possible" and verdict.matrix.i == 1
    assert assess(_asked(vocab, "forced", "force", "attack", "attack")[5], triggers={5: False}).certainty == "asserted"


def test_said_act_after_an_object_is_done_by_the_matrix_act(vocab):
    doc = _asked(vocab, "contacted", "contact", "complain", "complain")
    assert assess(doc[5], triggers={5: True}).certainty == "asserted"


def _able(vocab, be, tag, aux=None):
    # the U.S. (will) be / was able to lift the duties
    rows = [("U.S.", 2 if aux else 1, "nsubj", "PROPN", "U.S.")]
    if aux:
        rows.append((aux, 2, "aux", "AUX", aux))
    k = len(rows)
    rows += [(be, k, "ROOT", "AUX", "be"), ("able", k, "acomp", "ADJ", "able"), ("to", k + 3, "aux", "PART", "to"),
             ("lift", k + 1, "xcomp", "VERB", "lift")]
    tags = ["NNP"] + (["MD"] if aux else []) + [tag, "JJ", "TO", "VB"]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], tags=tags)
    return doc[len(rows) - 1]


def test_being_able_is_a_capacity_unless_past(vocab):
    assert assess(_able(vocab, "be", "VB", aux="will")).certainty == "possible"
    assert assess(_able(vocab, "is", "VBZ")).certainty == "possible"
    assert assess(_able(vocab, "was", "VBD")).certainty == "asserted"  # "was able to lift": it lifted


def test_what_remains_to_be_done_is_possible(vocab):
    # it remains for the negotiators to propose
    doc = doc_of(vocab, [("it", 1, "nsubj", "PRON", "it"), ("remains", 1, "ROOT", "VERB", "remain"),
                         ("to", 3, "aux", "PART", "to"), ("propose", 1, "xcomp", "VERB", "propose")])
    assert assess(doc[3]).certainty == "possible"


def test_act_forced_in_an_aim_is_possible(vocab):
    # its focus is to force Reagan to retaliate
    doc = doc_of(vocab, [("focus", 1, "nsubj", "NOUN", "focus"), ("is", 1, "ROOT", "AUX", "be"),
                         ("to", 3, "aux", "PART", "to"), ("force", 1, "xcomp", "VERB", "force"),
                         ("Reagan", 3, "dobj", "PROPN", "Reagan"), ("to", 6, "aux", "PART", "to"),
                         ("retaliate", 3, "xcomp", "VERB", "retaliate")])
    assert assess(doc[6]).certainty == "possible"


def _have_been_able(vocab, auxes):
    # the U.S. [would] have been able to lift the duties
    rows = [("U.S.", len(auxes) + 1, "nsubj", "PROPN", "U.S.", "NNP")]
    rows += [(a, len(auxes) + 1, "aux", "AUX", a, "MD" if a == "would" else "VBP") for a in auxes]
    k = len(rows)
    rows += [("been", k, "ROOT", "AUX", "be", "VBN"), ("able", k, "acomp", "ADJ", "able", "JJ"),
             ("to", k + 3, "aux", "PART", "to", "TO"), ("lift", k + 1, "xcomp", "VERB", "lift", "VB")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], tags=[r[5] for r in rows])
    return doc[len(rows) - 1]


def test_a_perfect_of_being_able_says_it_was_done(vocab):
    assert assess(_have_been_able(vocab, ["have"])).certainty == "asserted"  # "have been able to lift": lifted
    assert assess(_have_been_able(vocab, ["would", "have"])).certainty == "possible"  # a counterfactual


def test_a_readiness_that_only_appears_is_a_look_not_an_intention(vocab):
    # Japan appears ready to compromise  /  Japan is ready to compromise
    for verb, lemma, expected in (("appears", "appear", "possible"), ("is", "be", "asserted")):
        doc = doc_of(vocab, [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", lemma),
                             ("ready", 1, "oprd" if lemma == "appear" else "acomp", "ADJ", "ready"),
                             ("to", 4, "aux", "PART", "to"), ("compromise", 2, "xcomp", "VERB", "compromise")])
        got = assess(doc[4])
        assert (got.certainty, got.intent) == (expected, "ready")


def test_what_is_sought_is_tried_but_what_will_be_sought_is_intended(vocab):
    # Iran sought to block the strait  /  Iran will seek to block the strait
    doc = doc_of(vocab, [("Iran", 1, "nsubj", "PROPN", "Iran"), ("sought", 1, "ROOT", "VERB", "seek"),
                         ("to", 3, "aux", "PART", "to"), ("block", 1, "xcomp", "VERB", "block")])
    assert assess(doc[3]).certainty == "possible"
    doc = doc_of(vocab, [("Iran", 2, "nsubj", "PROPN", "Iran"), ("will", 2, "aux", "AUX", "will"),
                         ("seek", 2, "ROOT", "VERB", "seek"), ("to", 4, "aux", "PART", "to"),
                         ("block", 2, "xcomp", "VERB", "block")])
    got = assess(doc[4])
    assert (got.certainty, got.future, got.intent) == ("asserted", True, "will")


def test_an_act_on_a_timetable_is_still_to_come_as_with_will(vocab):
    # Shultz is due to meet Gorbachev  /  Shultz is set to meet Gorbachev
    due = doc_of(vocab, [("Shultz", 1, "nsubj", "PROPN", "Shultz"), ("is", 1, "ROOT", "AUX", "be"),
                         ("due", 1, "acomp", "ADJ", "due"), ("to", 4, "aux", "PART", "to"),
                         ("meet", 2, "xcomp", "VERB", "meet"), ("Gorbachev", 4, "dobj", "PROPN", "Gorbachev")])
    set_ = doc_of(vocab, [("Shultz", 2, "nsubjpass", "PROPN", "Shultz"), ("is", 2, "auxpass", "AUX", "be"),
                          ("set", 2, "ROOT", "VERB", "set"), ("to", 4, "aux", "PART", "to"),
                          ("meet", 2, "xcomp", "VERB", "meet"), ("Gorbachev", 4, "dobj", "PROPN", "Gorbachev")])
    for doc in (due, set_):
        got = assess(doc[4])
        assert (got.certainty, got.future, got.intent) == ("asserted", True, "scheduled")


def test_not_going_to_a_meeting_holds_none(vocab):
    # Shultz did not go to the talks  /  Shultz went to the talks
    neg = doc_of(vocab, [("Shultz", 3, "nsubj", "PROPN", "Shultz"), ("did", 3, "aux", "AUX", "do"),
                         ("not", 3, "neg", "PART", "not"), ("go", 3, "ROOT", "VERB", "go"),
                         ("to", 3, "prep", "ADP", "to"), ("the", 6, "det", "DET", "the"),
                         ("talks", 4, "pobj", "NOUN", "talk")])
    pos = doc_of(vocab, [("Shultz", 1, "nsubj", "PROPN", "Shultz"), ("went", 1, "ROOT", "VERB", "go"),
                         ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"),
                         ("talks", 2, "pobj", "NOUN", "talk")])
    assert assess(neg[6]).certainty == "negated"
    assert assess(pos[4]).certainty == "asserted"


def test_what_a_sought_thing_would_do_is_not_done(vocab):
    # Texaco sought an order to block Pennzoil / Texaco got an order to block Pennzoil
    def doc(verb, lemma):
        return doc_of(vocab, [("Texaco", 1, "nsubj", "PROPN", "Texaco"), (verb, 1, "ROOT", "VERB", lemma),
                              ("an", 3, "det", "DET", "an"), ("order", 1, "dobj", "NOUN", "order"),
                              ("to", 5, "aux", "PART", "to"), ("block", 3, "acl", "VERB", "block"),
                              ("Pennzoil", 5, "dobj", "PROPN", "Pennzoil")])
    assert assess(doc("sought", "seek")[5]).certainty == "possible"
    assert assess(doc("got", "get")[5]).certainty == "asserted"


def test_prospect_of_an_act_is_no_act(vocab):
    # prospects for an agreement improved / reports of an agreement appeared
    def doc(noun, lemma):
        return doc_of(vocab, [(noun, 4, "nsubj", "NOUN", lemma), ("for", 0, "prep", "ADP", "for"),
                              ("an", 3, "det", "DET", "an"), ("agreement", 1, "pobj", "NOUN", "agreement"),
                              ("improved", 4, "ROOT", "VERB", "improve")])
    assert assess(doc("prospects", "prospect")[3]).certainty == "possible"
    assert assess(doc("reports", "report")[3]).certainty == "asserted"


@pytest.mark.parametrize("noun,future", [("readiness", True), ("willingness", True), ("anger", False)])
def test_an_expressed_readiness_is_an_intention_not_the_act(vocab, noun, future):
    # Japan expressed <noun> to hold talks
    doc = doc_of(vocab, [("Japan", 1, "nsubj", "PROPN", "Japan"), ("expressed", 1, "ROOT", "VERB", "express"),
                         (noun, 1, "dobj", "NOUN", noun), ("to", 4, "aux", "PART", "to"),
                         ("hold", 2, "acl", "VERB", "hold"), ("talks", 4, "dobj", "NOUN", "talk")])
    assert assess(doc[4]).future is future
