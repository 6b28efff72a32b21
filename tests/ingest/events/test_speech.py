"""Rule tests for acts performed by speaking (graphkit.ingest.events.speech) on hand-built Docs,
plus a few on the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.speech import arbitrary_doer, asked_party, continued_speakers, quoted_demands
from graphkit.ingest.events.speech_valence import polarity, valence
from graphkit.ingest.words import word_list
from graphkit.models import Actor, Article, Quote


def parse(vocab, rows, actors, starts=(0,), spaces=None):
    """A Doc from ``(word, head, dep, pos, lemma[, tag])`` rows and a layer from ``{index: id}``."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=spaces or [True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], tags=[r[5] if len(r) > 5 else "" for r in rows],
              sent_starts=[1 if i in starts else 0 for i in range(len(words))])
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="person"))
        layer.token_actor[i] = aid
    return doc, layer


def events_of(vocab, rows, actors, starts=(0,)):
    doc, layer = parse(vocab, rows, actors, starts)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.label, e.actors, e.recipients, e.certainty) for e in events]


# "Labour rejected allegations by Howard that Blair lied"
ALLEGATIONS = [("Labour", 1, "nsubj", "PROPN", "Labour"), ("rejected", 1, "ROOT", "VERB", "reject"),
               ("allegations", 1, "dobj", "NOUN", "allegation"), ("by", 2, "prep", "ADP", "by"),
               ("Howard", 3, "pobj", "PROPN", "Howard"), ("that", 7, "mark", "SCONJ", "that"),
               ("Blair", 7, "nsubj", "PROPN", "Blair"), ("lied", 2, "acl", "VERB", "lie")]


def test_the_word_lists_come_from_wordnet():
    assert {"allegation", "accusation", "charge", "insinuation"} <= word_list("accusation_nouns")
    assert {"claim", "statement", "remark", "assertion"} <= word_list("statement_nouns")
    assert not word_list("accusation_nouns") & word_list("statement_nouns")


def test_vader_valence_is_strong_and_agreed_only():
    assert valence("evil") == -3.4 and polarity("brilliant") == 1
    assert polarity("good") == 0  # +1.9: mild
    assert polarity("appalling") == 0  # -1.5: mild
    assert polarity("Evil") == -1  # case-insensitive


def test_an_allegation_by_x_that_y_did_is_xs_accusation_even_when_rejected(vocab):
    got = events_of(vocab, ALLEGATIONS, {0: "labour", 4: "howard", 6: "blair"})
    assert ("ACCUSE", "accused", ["howard"], ["blair"], "asserted") in got


def test_an_allegation_without_author_or_about_the_author_gives_nothing(vocab):
    rows = list(ALLEGATIONS)
    rows[4] = ("voters", 3, "pobj", "NOUN", "voter")
    assert not [e for e in events_of(vocab, rows, {0: "labour", 6: "blair"}) if e[0] == "ACCUSE"]
    # "allegations by Howard that he lied": the author's claim about himself accuses nobody
    assert not [e for e in events_of(vocab, ALLEGATIONS, {0: "labour", 4: "howard", 6: "howard"})
                if e[0] == "ACCUSE"]


def test_a_neutral_claim_accuses_only_when_its_content_judges_badly(vocab):
    # "Labour rejected claims by Howard that Blair led a (dishonest) government"
    rows = list(ALLEGATIONS)
    rows[2] = ("claims", 1, "dobj", "NOUN", "claim")
    rows[7] = ("led", 2, "acl", "VERB", "lead")
    rows += [("a", 9, "det", "DET", "a"), ("government", 7, "dobj", "NOUN", "government")]
    actors = {0: "labour", 4: "howard", 6: "blair"}
    assert not [e for e in events_of(vocab, rows, actors) if e[0] == "ACCUSE"]
    rows = rows[:9] + [("dishonest", 10, "amod", "ADJ", "dishonest"), ("government", 7, "dobj", "NOUN", "government")]
    rows[8] = ("a", 10, "det", "DET", "a")
    assert ("ACCUSE", "accused", ["howard"], ["blair"], "asserted") in events_of(vocab, rows, actors)


def test_a_neutral_claim_denied_by_the_party_it_is_about_is_a_charge(vocab):
    # "Blair rejected claims by Howard that he led a government": the claim's subject denies it
    rows = list(ALLEGATIONS)
    rows[2] = ("claims", 1, "dobj", "NOUN", "claim")
    rows[6] = ("he", 7, "nsubj", "PRON", "he")
    rows[7] = ("led", 2, "acl", "VERB", "lead")
    rows += [("a", 9, "det", "DET", "a"), ("government", 7, "dobj", "NOUN", "government")]
    got = events_of(vocab, rows, {0: "blair", 4: "howard", 6: "blair"})
    assert ("ACCUSE", "accused", ["howard"], ["blair"], "asserted") in got
    # denied by a third party ("Labour rejected claims ... that Blair led"), the claim stays neutral
    got = events_of(vocab, rows, {0: "labour", 4: "howard", 6: "blair"})
    assert not [e for e in got if e[0] == "ACCUSE"]


# "Obama said the time has come for Israel to withdraw"
TIME_FOR = [("Obama", 1, "nsubj", "PROPN", "Obama"), ("said", 1, "ROOT", "VERB", "say"),
            ("the", 3, "det", "DET", "the"), ("time", 5, "nsubj", "NOUN", "time"),
            ("has", 5, "aux", "AUX", "have"), ("come", 1, "ccomp", "VERB", "come"),
            ("for", 9, "mark", "SCONJ", "for"), ("Israel", 9, "nsubj", "PROPN", "Israel"),
            ("to", 9, "aux", "PART", "to"), ("withdraw", 3, "relcl", "VERB", "withdraw")]


def test_the_time_has_come_for_y_to_act_is_a_demand_on_y(vocab):
    got = events_of(vocab, TIME_FOR, {0: "obama", 7: "israel"})
    assert ("REQUEST", "demanded", ["obama"], ["israel"], "asserted") in got
    assert all(e[4] != "asserted" for e in got if e[0] != "REQUEST")  # the withdrawal is not a fact


def test_a_for_to_infinitive_is_never_a_fact(vocab):
    doc, _ = parse(vocab, TIME_FOR, {})
    assert assess(doc[9]).certainty == "possible"
    assert assess(doc[5]).certainty == "asserted"


def test_time_without_a_for_to_clause_is_no_demand(vocab):
    # "Obama said the time has come"
    rows = TIME_FOR[:6]
    assert events_of(vocab, rows, {0: "obama"}) == []


# 'Obama said : " We wait . Israel should withdraw . "'
QUOTED = [("Obama", 1, "nsubj", "PROPN", "Obama"), ("said", 1, "ROOT", "VERB", "say"),
          (":", 1, "punct", "PUNCT", ":"), ('"', 4, "punct", "PUNCT", '"'), ("We", 4, "nsubj", "PRON", "we"),
          ("wait", 1, "ccomp", "VERB", "wait"), (".", 1, "punct", "PUNCT", "."),
          ("Israel", 9, "nsubj", "PROPN", "Israel"), ("should", 9, "aux", "AUX", "should"),
          ("withdraw", 9, "ROOT", "VERB", "withdraw"), (".", 9, "punct", "PUNCT", "."),
          ('"', 9, "punct", "PUNCT", '"')]


def _quote(doc, speaker):
    return [Quote(article="a", start=doc[4].idx, end=doc[6].idx, text="We wait", speaker=speaker)]


def test_a_sentence_of_a_continued_quotation_is_the_speakers(vocab):
    # 'Obama said: "We wait. Israel should withdraw."'
    spaces = [True, False, True, False, True, False, True, True, True, False, False, False]
    doc, layer = parse(vocab, QUOTED, {0: "obama", 7: "israel"}, starts=(0, 7), spaces=spaces)
    assert doc.text == 'Obama said: "We wait. Israel should withdraw."'
    assert continued_speakers(doc, doc.text, _quote(doc, "obama")) == {7: "obama"}
    # 'Obama said: "We wait." Israel should withdraw.': after the closing mark, the reporter's
    rows = QUOTED[:6] + [('"', 5, "punct", "PUNCT", '"')] + QUOTED[7:11]
    spaces = [True, False, True, False, True, False, True, True, True, False, False]
    doc2, _ = parse(vocab, rows, {0: "obama", 7: "israel"}, starts=(0, 7), spaces=spaces)
    assert doc2.text == 'Obama said: "We wait" Israel should withdraw.'
    assert continued_speakers(doc2, doc2.text, _quote(doc2, "obama")) == {}


def test_y_should_act_in_a_continued_quotation_is_the_speakers_demand(vocab):
    doc, layer = parse(vocab, QUOTED, {0: "obama", 7: "israel"}, starts=(0, 7))
    cands = quoted_demands(doc, layer, {7: "obama"})
    assert [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in cands] == [
        ("REQUEST", ["obama"], ["israel"])]
    # an inference is no demand: "Israel must have withdrawn", "Israel must be withdrawing"
    for aux, form, tag in (("have", "withdrawn", "VBN"), ("be", "withdrawing", "VBG")):
        rows = QUOTED[:7] + [("Israel", 10, "nsubj", "PROPN", "Israel"), ("must", 10, "aux", "AUX", "must"),
                             (aux, 10, "aux", "AUX", aux), (form, 10, "ROOT", "VERB", "withdraw", tag),
                             (".", 10, "punct", "PUNCT", ".")]
        doc2, layer2 = parse(vocab, rows, {0: "obama", 7: "israel"}, starts=(0, 7))
        assert quoted_demands(doc2, layer2, {7: "obama"}) == [], aux
    # "we should ..." is the speaker's own resolve, and a question asks
    rows = list(QUOTED)
    rows[7] = ("We", 9, "nsubj", "PRON", "we")
    doc3, layer3 = parse(vocab, rows, {0: "obama"}, starts=(0, 7))
    assert quoted_demands(doc3, layer3, {7: "obama"}) == []


def test_real_model_reads_a_claim_of_wrongdoing_and_a_quoted_demand(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = ('The minister dismissed allegations by Amnesty International that Kenya tortured prisoners. '
            'Ban Ki-moon said: "We are patient. Russia must withdraw its troops from Georgia."')
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, tuple(names[a] for a in e.actors), tuple(names[r] for r in e.recipients))
           for e in recs.events if e.certainty == "asserted"}
    assert ("ACCUSE", ("Amnesty International",), ("Kenya",)) in got
    assert ("REQUEST", ("Ban Ki-moon",), ("Russia",)) in got


# "Taylor said it was disgusting to propose a system"
EXTRAPOSED = [("Taylor", 1, "nsubj", "PROPN", "Taylor"), ("said", 1, "ROOT", "VERB", "say"),
              ("it", 3, "nsubj", "PRON", "it", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
              ("disgusting", 3, "acomp", "ADJ", "disgusting"), ("to", 6, "aux", "PART", "to"),
              ("propose", 4, "xcomp", "VERB", "propose"), ("a", 8, "det", "DET", "a"),
              ("system", 6, "dobj", "NOUN", "system")]


def test_an_extraposed_infinitive_has_no_doer_and_gives_no_event(vocab):
    doc, _ = parse(vocab, EXTRAPOSED, {0: "taylor"})
    assert arbitrary_doer(doc[6])
    assert not [e for e in events_of(vocab, EXTRAPOSED, {0: "taylor"}) if e[0] == "AGREE"]
    # "it is willing to propose": a control adjective, "it" is the party that proposes
    rows = list(EXTRAPOSED)
    rows[4] = ("willing", 3, "acomp", "ADJ", "willing")
    doc2, _ = parse(vocab, rows, {0: "taylor"})
    assert not arbitrary_doer(doc2[6])


def test_a_call_for_x_to_act_is_addressed_to_x(vocab):
    # the parser's "Howard called [for Blair] [to apologise]"
    rows = [("Howard", 1, "nsubj", "PROPN", "Howard"), ("called", 1, "ROOT", "VERB", "call"),
            ("for", 1, "prep", "ADP", "for"), ("Blair", 2, "pobj", "PROPN", "Blair"),
            ("to", 1, "prep", "ADP", "to"), ("apologise", 4, "pobj", "NOUN", "apologise")]
    doc, layer = parse(vocab, rows, {0: "howard", 3: "blair"})
    assert asked_party(doc[1], layer) == ["blair"]
    # "called for Blair's resignation" asks nobody named: a thing is called for
    rows = rows[:2] + [("for", 1, "prep", "ADP", "for"), ("Blair", 5, "poss", "PROPN", "Blair"),
                       ("'s", 3, "case", "PART", "'s"), ("resignation", 2, "pobj", "NOUN", "resignation")]
    doc2, layer2 = parse(vocab, rows, {0: "howard", 3: "blair"})
    assert asked_party(doc2[1], layer2) == []


# "an inquiry by Budd found Blunkett had failed"
FOUND = [("an", 1, "det", "DET", "an"), ("inquiry", 4, "nsubj", "NOUN", "inquiry"), ("by", 1, "prep", "ADP", "by"),
         ("Budd", 2, "pobj", "PROPN", "Budd"), ("found", 4, "ROOT", "VERB", "find"),
         ("Blunkett", 7, "nsubj", "PROPN", "Blunkett"), ("had", 7, "aux", "AUX", "have"),
         ("failed", 4, "ccomp", "VERB", "fail")]


def test_a_verdict_that_an_actor_did_wrong_is_an_accusation_by_its_author(vocab):
    assert ("ACCUSE", "found fault with", ["budd"], ["blunkett"], "asserted") in events_of(
        vocab, FOUND, {3: "budd", 5: "blunkett"})
    # a neutral finding accuses nobody: "found Blunkett had travelled"
    rows = FOUND[:7] + [("travelled", 4, "ccomp", "VERB", "travel")]
    assert not [e for e in events_of(vocab, rows, {3: "budd", 5: "blunkett"}) if e[0] == "ACCUSE" and e[3]]
    # a victim is not at fault: "found Blunkett had been attacked"
    rows = FOUND[:5] + [("Blunkett", 8, "nsubjpass", "PROPN", "Blunkett"), ("had", 8, "aux", "AUX", "have"),
                        ("been", 8, "auxpass", "AUX", "be"), ("attacked", 4, "ccomp", "VERB", "attack")]
    assert not [e for e in events_of(vocab, rows, {3: "budd", 5: "blunkett"}) if e[0] == "ACCUSE" and e[3]]


# "Howard said Blair had failed to act"
FAILED = [("Howard", 1, "nsubj", "PROPN", "Howard"), ("said", 1, "ROOT", "VERB", "say"),
          ("Blair", 4, "nsubj", "PROPN", "Blair"), ("had", 4, "aux", "AUX", "have"),
          ("failed", 1, "ccomp", "VERB", "fail"), ("to", 6, "aux", "PART", "to"), ("act", 4, "xcomp", "VERB", "act")]


def test_saying_another_failed_or_misled_is_criticism(vocab):
    assert {"fail", "mislead", "deceive", "misinform"} <= word_list("fault_verbs")
    assert events_of(vocab, FAILED, {0: "howard", 2: "blair"}) == [
        ("ACCUSE", "criticized", ["howard"], ["blair"], "asserted")]
    # a breakdown is no fault: "said the bank had failed"
    assert events_of(vocab, FAILED[:5], {0: "howard", 2: "blair"}) == []
    # nor is a forecast or a denial: "said Blair would fail to act", "had not failed to act"
    rows = list(FAILED)
    rows[3] = ("would", 4, "aux", "AUX", "would", "MD")
    assert events_of(vocab, rows, {0: "howard", 2: "blair"}) == []
    rows[3] = ("not", 4, "neg", "PART", "not")
    assert events_of(vocab, rows, {0: "howard", 2: "blair"}) == []
    # a speaker's own failure accuses nobody: "Howard said he had failed to act"
    rows = list(FAILED)
    rows[2] = ("he", 4, "nsubj", "PRON", "he", "PRP")
    assert events_of(vocab, rows, {0: "howard", 2: "howard"}) == []


def test_saying_another_exaggerated_or_neglected_something_is_criticism(vocab):
    # WordNet overstate.v.01, neglect.v.01/.03, cheat.v.01/.03 are faults; their other senses' words are not
    assert {"exaggerate", "overstate", "neglect", "cheat"} <= word_list("fault_verbs")
    assert not {"amplify", "magnify", "omit", "miss", "betray"} & word_list("fault_verbs")
    # "Iraq said Iran had exaggerated its losses"
    rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("said", 1, "ROOT", "VERB", "say"),
            ("Iran", 4, "nsubj", "PROPN", "Iran"), ("had", 4, "aux", "AUX", "have"),
            ("exaggerated", 1, "ccomp", "VERB", "exaggerate", "VBN"), ("its", 6, "poss", "PRON", "its", "PRP$"),
            ("losses", 4, "dobj", "NOUN", "loss")]
    assert events_of(vocab, rows, {0: "irq", 2: "irn"}) == [("ACCUSE", "criticized", ["irq"], ["irn"], "asserted")]
    rows[3] = ("may", 4, "aux", "AUX", "may", "MD")  # a guess is no charge
    assert events_of(vocab, rows, {0: "irq", 2: "irn"}) == []


def test_must_with_the_copula_infers_and_demands_nothing(vocab):
    # '... "Israel must be weak."' in a continued quotation
    rows = QUOTED[:7] + [("Israel", 9, "nsubj", "PROPN", "Israel"), ("must", 9, "aux", "AUX", "must"),
                         ("be", 9, "ROOT", "AUX", "be"), ("weak", 9, "acomp", "ADJ", "weak"),
                         (".", 9, "punct", "PUNCT", ".")]
    doc, layer = parse(vocab, rows, {0: "obama", 7: "israel"}, starts=(0, 7))
    assert quoted_demands(doc, layer, {7: "obama"}) == []


def test_a_judgement_adds_no_twin_of_the_act_its_sentence_names(vocab):
    # "Kennedy condemned the BBC , calling it stupid"
    rows = [("Kennedy", 1, "nsubj", "PROPN", "Kennedy"), ("condemned", 1, "ROOT", "VERB", "condemn"),
            ("the", 3, "det", "DET", "the"), ("BBC", 1, "dobj", "PROPN", "BBC"), (",", 1, "punct", "PUNCT", ","),
            ("calling", 1, "advcl", "VERB", "call"), ("it", 5, "dobj", "PRON", "it"),
            ("stupid", 5, "oprd", "ADJ", "stupid")]
    got = events_of(vocab, rows, {0: "kennedy", 3: "bbc", 6: "bbc"})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["kennedy"], ["bbc"])]


def test_a_speakers_word_on_their_own_body_failing_accuses_nobody(vocab):
    doc, layer = parse(vocab, FAILED, {0: "howard", 2: "blair"})
    layer.actors["howard"] = layer.actors["howard"].model_copy(update={"affiliations": ["blair"]})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert not [e for e in events if e.type == "ACCUSE"]


def test_investigating_a_claim_that_y_did_wrong_investigates_y(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = "The police are investigating claims that Tony Blair misled parliament."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    assert [(e.type, [names[x] for x in e.recipients]) for e in recs.events] == [("ACCUSE", ["Tony Blair"])]


def _fronted(that: bool):
    # '... " We wait . Rather than promises [that] Israel should withdraw . "': the parser gave the
    # sentence no verbal root and hung the clause on "promises" as a relative clause
    rows = QUOTED[:7] + [("Rather", 8, "advmod", "ADV", "rather"), ("than", 8, "ROOT", "ADP", "than"),
                         ("promises", 8, "pobj", "NOUN", "promise")]
    k = len(rows) + (1 if that else 0)  # index of "Israel"
    rows += [("that", k + 2, "mark", "SCONJ", "that")] if that else []
    rows += [("Israel", k + 2, "nsubj", "PROPN", "Israel"), ("should", k + 2, "aux", "AUX", "should"),
             ("withdraw", 9, "relcl", "VERB", "withdraw"), (".", 8, "punct", "PUNCT", ".")]
    return rows, k


def test_y_should_act_after_a_fronted_phrase_is_a_demand_but_not_a_relative_clause(vocab):
    rows, k = _fronted(that=False)
    doc, layer = parse(vocab, rows, {0: "obama", k: "israel"}, starts=(0, 7))
    assert [(c.extra["actors"], c.extra["recipients"]) for c in quoted_demands(doc, layer, {7: "obama"})] == [
        (["obama"], ["israel"])]
    rows, k = _fronted(that=True)  # "promises that Israel should withdraw": what was promised
    doc, layer = parse(vocab, rows, {0: "obama", k: "israel"}, starts=(0, 7))
    assert quoted_demands(doc, layer, {7: "obama"}) == []


def _said_lied(word):
    """"Howard said Blair <word> about the war"."""
    return [("Howard", 1, "nsubj", "PROPN", "Howard"), ("said", 1, "ROOT", "VERB", "say"),
            ("Blair", 3, "nsubj", "PROPN", "Blair"), (word, 1, "ccomp", "VERB", "lie"),
            ("about", 3, "prep", "ADP", "about"), ("the", 6, "det", "DET", "the"), ("war", 4, "pobj", "NOUN", "war")]


def test_saying_another_lied_is_criticising_them(vocab):
    got = events_of(vocab, _said_lied("lied"), {0: "howard", 2: "blair"})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("ACCUSE", ["howard"], ["blair"])]


def test_lay_is_no_lie(vocab):
    assert events_of(vocab, _said_lied("lay"), {0: "howard", 2: "blair"}) == []


def test_brushing_aside_criticism_from_x_answers_xs_criticism(vocab):
    rows = [("Brown", 1, "nsubj", "PROPN", "Brown"), ("brushed", 1, "ROOT", "VERB", "brush"),
            ("aside", 1, "advmod", "ADV", "aside"), ("criticism", 1, "dobj", "NOUN", "criticism"),
            ("from", 3, "prep", "ADP", "from"), ("Cable", 4, "pobj", "PROPN", "Cable")]
    got = events_of(vocab, rows, {0: "brown", 5: "cable"})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("REJECT", ["brown"], ["cable"]), ("ACCUSE", ["cable"], ["brown"])]
    rows[5] = ("voters", 4, "pobj", "NOUN", "voter")  # criticism by no actor: no one accused
    assert [t for t, *_ in events_of(vocab, rows, {0: "brown"})] == ["REJECT"]
