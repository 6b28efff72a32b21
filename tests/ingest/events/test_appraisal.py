"""Rule tests for judgements passed by a speaker (praise, criticism, gladness) on hand-built Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.appraisal import find_appraisals
from graphkit.ingest.events.find import find_events
from graphkit.ingest.words import word_list
from graphkit.models import Actor, Article


def parse(vocab, rows, actors):
    """A Doc from ``(word, head, dep, pos, lemma[, tag])`` rows and a layer from ``{index: id}``."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], tags=[r[5] if len(r) > 5 else "" for r in rows],
              sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="person"))
        layer.token_actor[i] = aid
    return doc, layer


def events_of(vocab, rows, actors):
    doc, layer = parse(vocab, rows, actors)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.label, e.actors, e.recipients, e.certainty) for e in events]


# "Lord Janner branded Harry 's actions stupid"
BRANDED = [("Janner", 1, "nsubj", "PROPN", "Janner"), ("branded", 1, "ROOT", "VERB", "brand"),
           ("Harry", 4, "poss", "PROPN", "Harry"), ("'s", 2, "case", "PART", "'s"),
           ("actions", 1, "dobj", "NOUN", "action"), ("stupid", 1, "oprd", "ADJ", "stupid")]


def test_the_adjective_classes_come_from_wordnet():
    assert {"disgraceful", "irresponsible", "disappointing", "stupid", "guilty"} <= word_list("class_condemn")
    assert {"admirable", "excellent", "good"} <= word_list("class_praise")
    assert {"delighted", "pleased", "happy"} <= word_list("class_glad")
    assert not word_list("class_condemn") & word_list("class_praise")


def test_political_and_legal_wrongs_and_constructive_acts_are_judgements():
    # illegal, undemocratic, unconstitutional, discriminatory, harmful (WordNet heads of the class)
    assert {"illegal", "undemocratic", "unconstitutional", "discriminatory", "counterproductive"} <= word_list(
        "class_condemn")
    assert {"constructive", "encouraging", "fair"} <= word_list("class_praise")
    assert "legal" not in word_list("class_condemn") and "banned" not in word_list("class_condemn")


def test_calling_an_actors_act_undemocratic_criticises_the_actor(vocab):
    rows = list(BRANDED)
    rows[5] = ("undemocratic", 1, "oprd", "ADJ", "undemocratic")
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == [
        ("ACCUSE", "criticized", ["janner"], ["harry"], "asserted")]


def test_calling_an_actors_act_constructive_praises_the_actor(vocab):
    rows = list(BRANDED)
    rows[5] = ("constructive", 1, "oprd", "ADJ", "constructive")
    assert [e[:2] for e in events_of(vocab, rows, {0: "janner", 2: "harry"})] == [("SUPPORT", "praised")]


def test_calling_an_actors_act_bad_criticises_the_actor(vocab):
    assert events_of(vocab, BRANDED, {0: "janner", 2: "harry"}) == [
        ("ACCUSE", "criticized", ["janner"], ["harry"], "asserted")]


def test_a_judgement_of_nobody_is_no_event(vocab):
    rows = list(BRANDED)
    rows[2] = ("the", 4, "det", "DET", "the")
    rows[3] = ("new", 4, "amod", "ADJ", "new")
    doc, layer = parse(vocab, rows, {0: "janner"})
    assert find_appraisals(doc, layer) == []


def test_a_neutral_predicate_is_no_judgement(vocab):
    rows = list(BRANDED)
    rows[5] = ("unusual", 1, "oprd", "ADJ", "unusual")
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == []


def test_saying_an_actor_is_good_praises_it(vocab):
    # "Butler-Sloss said Scarman was an excellent judge"
    rows = [("Butler-Sloss", 1, "nsubj", "PROPN", "Butler-Sloss"), ("said", 1, "ROOT", "VERB", "say"),
            ("Scarman", 3, "nsubj", "PROPN", "Scarman"), ("was", 1, "ccomp", "AUX", "be"),
            ("an", 6, "det", "DET", "an"), ("excellent", 6, "amod", "ADJ", "excellent"),
            ("judge", 3, "attr", "NOUN", "judge")]
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == [
        ("SUPPORT", "praised", ["butler-sloss"], ["scarman"], "asserted")]
    # a forecast is no judgement: "said Scarman would be an excellent judge"
    rows = [("Butler-Sloss", 1, "nsubj", "PROPN", "Butler-Sloss"), ("said", 1, "ROOT", "VERB", "say"),
            ("Scarman", 4, "nsubj", "PROPN", "Scarman"), ("would", 4, "aux", "AUX", "would", "MD"),
            ("be", 1, "ccomp", "AUX", "be"), ("an", 7, "det", "DET", "an"),
            ("excellent", 7, "amod", "ADJ", "excellent"), ("judge", 4, "attr", "NOUN", "judge")]
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == []
    rows[3] = ("not", 4, "neg", "PART", "not")  # nor is a negated one
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == []
    rows[3] = ("surely", 4, "advmod", "ADV", "surely")
    assert events_of(vocab, rows, {0: "butler-sloss", 2: "scarman"}) == [
        ("SUPPORT", "praised", ["butler-sloss"], ["scarman"], "asserted")]


def test_the_speakers_gladness_supports_whom_it_is_for(vocab):
    # "Blair said he was delighted for Charles"
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 3, "nsubj", "PRON", "he", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
            ("delighted", 3, "acomp", "ADJ", "delighted"), ("for", 4, "prep", "ADP", "for"),
            ("Charles", 5, "pobj", "PROPN", "Charles")]
    assert events_of(vocab, rows, {0: "blair", 2: "blair", 6: "charles"}) == [
        ("SUPPORT", "supported", ["blair"], ["charles"], "asserted")]
    # someone else's gladness is no act of the speaker: "Blair said Howard was delighted for Charles"
    rows[2] = ("Howard", 3, "nsubj", "PROPN", "Howard")
    assert events_of(vocab, rows, {0: "blair", 2: "howard", 6: "charles"}) == []


def test_the_aggrieved_class_holds_the_speakers_grievances_from_wordnet():
    words = word_list("class_aggrieved")
    assert {"angry", "ashamed", "disgusted", "outraged", "appalled"} <= words
    assert not words & (word_list("class_glad") | {"sad", "worried", "afraid"})  # sorrow and fear accuse nobody


def test_the_speakers_shame_at_belonging_to_a_party_criticises_it(vocab):
    # "Kilroy said he was ashamed to be a member of UKIP"
    rows = [("Kilroy", 1, "nsubj", "PROPN", "Kilroy"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 3, "nsubj", "PRON", "he", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
            ("ashamed", 3, "acomp", "ADJ", "ashamed"), ("to", 6, "aux", "PART", "to"),
            ("be", 4, "xcomp", "AUX", "be"), ("a", 8, "det", "DET", "a"), ("member", 6, "attr", "NOUN", "member"),
            ("of", 8, "prep", "ADP", "of"), ("UKIP", 9, "pobj", "PROPN", "UKIP")]
    assert events_of(vocab, rows, {0: "kilroy", 2: "kilroy", 10: "ukip"}) == [
        ("ACCUSE", "complained", ["kilroy"], ["ukip"], "asserted")]
    # an act the speaker is glad to do is no stance on its object: "glad to see the back of X"
    rows[4] = ("glad", 3, "acomp", "ADJ", "glad")
    rows[6] = ("see", 4, "xcomp", "VERB", "see")
    rows[8] = ("back", 6, "dobj", "NOUN", "back")
    assert events_of(vocab, rows, {0: "kilroy", 2: "kilroy", 10: "ukip"}) == []


def test_anger_with_an_actor_criticises_it_but_only_the_speakers_own(vocab):
    # "Howard said he was angry with Brown"
    rows = [("Howard", 1, "nsubj", "PROPN", "Howard"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 3, "nsubj", "PRON", "he", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
            ("angry", 3, "acomp", "ADJ", "angry"), ("with", 4, "prep", "ADP", "with"),
            ("Brown", 5, "pobj", "PROPN", "Brown")]
    assert events_of(vocab, rows, {0: "howard", 2: "howard", 6: "brown"}) == [
        ("ACCUSE", "complained", ["howard"], ["brown"], "asserted")]
    rows[2] = ("Kennedy", 3, "nsubj", "PROPN", "Kennedy")  # "said Kennedy was angry with Brown"
    # no act of Howard's: the attitude reported is Kennedy's own (events.predicates)
    assert events_of(vocab, rows, {0: "howard", 2: "kennedy", 6: "brown"}) == [
        ("ACCUSE", "criticized", ["kennedy"], ["brown"], "asserted")]


def test_a_body_speaking_of_itself_as_it_feels_aggrieved(vocab):
    # "Britain said it was angry at Washington": a feeling needs someone to feel it, so "it" is the speaker
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 3, "nsubj", "PRON", "it", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
            ("angry", 3, "acomp", "ADJ", "angry"), ("at", 4, "prep", "ADP", "at"),
            ("Washington", 5, "pobj", "PROPN", "Washington")]
    assert events_of(vocab, rows, {0: "gbr", 6: "usa"}) == [("ACCUSE", "complained", ["gbr"], ["usa"], "asserted")]
    rows[4] = ("disgraceful", 3, "acomp", "ADJ", "disgraceful")  # "said it was disgraceful": the situation
    rows[5:] = []
    assert events_of(vocab, rows, {0: "gbr"}) == []


def test_a_naming_verbs_predicate_of_strong_valence_is_a_judgement(vocab):
    # "Lloyd called Essex 's plan chaotic": not in the WordNet classes, strongly negative in VADER
    rows = list(BRANDED)
    rows[5] = ("chaotic", 1, "oprd", "ADJ", "chaotic")
    assert "chaotic" not in word_list("class_condemn")
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == [
        ("ACCUSE", "criticized", ["janner"], ["harry"], "asserted")]
    rows[5] = ("brilliant", 1, "oprd", "ADJ", "brilliant")
    assert events_of(vocab, rows, {0: "janner", 2: "harry"})[0][:2] == ("SUPPORT", "praised")
    rows[5] = ("appalling", 1, "oprd", "ADJ", "appalling")  # VADER -1.5: not strong enough
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == []


def test_an_adjective_after_the_object_of_a_naming_verb_is_its_predicate(vocab):
    # the parser's "branded [Harry 's actions stupid]" with "stupid" as amod of "actions"
    rows = list(BRANDED)
    rows[5] = ("stupid", 4, "amod", "ADJ", "stupid")
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == [
        ("ACCUSE", "criticized", ["janner"], ["harry"], "asserted")]
    # before the noun it is attributive and names the object: "branded Harry 's stupid actions"
    rows = [rows[0], rows[1], rows[2], rows[3], ("stupid", 5, "amod", "ADJ", "stupid"),
            ("actions", 1, "dobj", "NOUN", "action")]
    assert events_of(vocab, rows, {0: "janner", 2: "harry"}) == []


def _said_was(pred_rows, quoted):
    """ "Falconer said Scarman was <pred>", the predicate optionally in quotation marks."""
    rows = [("Falconer", 1, "nsubj", "PROPN", "Falconer"), ("said", 1, "ROOT", "VERB", "say"),
            ("Scarman", 3, "nsubj", "PROPN", "Scarman"), ("was", 1, "ccomp", "AUX", "be")]
    if quoted:
        rows.append(('"', 3, "punct", "PUNCT", '"'))
    shift = len(rows)
    rows += [(w, h + shift if h >= 0 else 3, d, p, lem) for w, h, d, p, lem in pred_rows]
    if quoted:
        rows.append(('"', 3, "punct", "PUNCT", '"'))
    return rows


def test_quoted_words_of_strong_valence_judge_the_subject_unquoted_need_wordnet(vocab):
    # "said Scarman was one of the 'great advocates'"
    pred = [("one", -1, "attr", "NUM", "one"), ("of", 0, "prep", "ADP", "of"), ("the", 4, "det", "DET", "the"),
            ("great", 4, "amod", "ADJ", "great"), ("advocates", 1, "pobj", "NOUN", "advocate")]
    assert events_of(vocab, _said_was(pred, True), {0: "falconer", 2: "scarman"}) == [
        ("SUPPORT", "praised", ["falconer"], ["scarman"], "asserted")]
    assert events_of(vocab, _said_was(pred, False), {0: "falconer", 2: "scarman"}) == []


def test_a_reported_judgement_of_it_judges_a_situation_not_a_party(vocab):
    # "Miller said it was unacceptable", whatever the actor stage guessed "it" to be
    rows = [("Miller", 1, "nsubj", "PROPN", "Miller"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 3, "nsubj", "PRON", "it", "PRP"), ("was", 1, "ccomp", "AUX", "be"),
            ("disgraceful", 3, "acomp", "ADJ", "disgraceful")]
    assert events_of(vocab, rows, {0: "miller", 2: "house"}) == []
    rows[2] = ("Brown", 3, "nsubj", "PROPN", "Brown")
    assert events_of(vocab, rows, {0: "miller", 2: "brown"})[0][:4] == ("ACCUSE", "criticized", ["miller"], ["brown"])


def test_a_speaker_does_not_judge_their_own_body(vocab):
    # "Bigelow said Time was excellent", Bigelow being of Time
    rows = [("Bigelow", 1, "nsubj", "PROPN", "Bigelow"), ("said", 1, "ROOT", "VERB", "say"),
            ("Time", 3, "nsubj", "PROPN", "Time"), ("was", 1, "ccomp", "AUX", "be"),
            ("excellent", 3, "acomp", "ADJ", "excellent")]
    doc, layer = parse(vocab, rows, {0: "bigelow", 2: "time"})
    assert find_appraisals(doc, layer)  # judged by an outsider it would be praise
    layer.actors["bigelow"] = layer.actors["bigelow"].model_copy(update={"affiliations": ["time"]})
    assert find_appraisals(doc, layer) == []


def test_a_conditional_judgement_is_no_judgement(vocab):
    # "Smith said London was mistaken if it linked them" (a judgement only under a condition)
    rows = [("Smith", 1, "nsubj", "PROPN", "Smith"), ("said", 1, "ROOT", "VERB", "say"),
            ("London", 3, "nsubj", "PROPN", "London"), ("was", 1, "ccomp", "AUX", "be"),
            ("stupid", 3, "acomp", "ADJ", "stupid"), ("if", 7, "mark", "SCONJ", "if"),
            ("it", 7, "nsubj", "PRON", "it"), ("linked", 3, "advcl", "VERB", "link")]
    assert events_of(vocab, rows, {0: "smith", 2: "london"}) == []
    assert events_of(vocab, rows[:5], {0: "smith", 2: "london"})[0][:4] == (
        "ACCUSE", "criticized", ["smith"], ["london"])


def test_a_judged_act_of_y_is_a_judgement_of_y(nlp):
    from graphkit.ingest.pipeline import extract_doc

    def got(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        names = {a.id: a.name for a in recs.actors}
        return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
                for e in recs.events}

    assert ("ACCUSE", ("George Osborne",), ("Gordon Brown",)) in got(
        "George Osborne said it was a disgraceful decision by Gordon Brown.")
    assert ("SUPPORT", ("Michael Howard",), ("Tony Blair",)) in got(
        "Michael Howard said it was a brave move by Tony Blair.")
    assert got("George Osborne said it was a decision by Gordon Brown.") == set()  # no judgement


def _proposed_then_judged(vocab, first=("proposed", "propose"), modal=None, neg=False, pred="disgusting"):
    # "Howard <first> a plan . Taylor said it [would] was <pred> [not] to propose it ."
    rows = [("Howard", 1, "nsubj", "PROPN", "Howard"), (first[0], 1, "ROOT", "VERB", first[1]),
            ("a", 3, "det", "DET", "a"), ("plan", 1, "dobj", "NOUN", "plan"), (".", 1, "punct", "PUNCT", ".")]
    b = len(rows)  # "Taylor"
    be = b + 3 + (1 if modal else 0)
    inf = be + 3 + (1 if neg else 0)
    rows += [("Taylor", b + 1, "nsubj", "PROPN", "Taylor"), ("said", b + 1, "ROOT", "VERB", "say"),
             ("it", be, "nsubj", "PRON", "it")]
    rows += [(modal, be, "aux", "AUX", modal, "MD")] if modal else []
    rows += [("was", b + 1, "ccomp", "AUX", "be"), (pred, be, "acomp", "ADJ", pred)]
    rows += [("not", inf, "neg", "PART", "not")] if neg else []
    rows += [("to", inf, "aux", "PART", "to"), ("propose", be, "xcomp", "VERB", "propose"),
             ("it", inf, "dobj", "PRON", "it"), (".", b + 1, "punct", "PUNCT", ".")]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], tags=[r[5] if len(r) > 5 else "" for r in rows],
              sent_starts=[1 if i in (0, b) else 0 for i in range(len(rows))])
    layer = ActorLayer()
    for i, aid in ((0, "howard"), (b, "taylor")):
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="person")
        layer.token_actor[i] = aid
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.recipients) for e in events if e.type == "ACCUSE"]


def test_judging_an_act_without_a_doer_judges_who_did_it_just_before(vocab):
    # "Howard proposed a plan. Taylor said it was disgusting to propose it."
    assert _proposed_then_judged(vocab) == [("ACCUSE", ["taylor"], ["howard"])]


def test_no_earlier_doer_a_forecast_or_a_negated_act_judges_nobody(vocab):
    assert _proposed_then_judged(vocab, first=("slept", "sleep")) == []  # no act of proposing before
    assert _proposed_then_judged(vocab, modal="would") == []  # "it would be disgusting": hypothetical
    assert _proposed_then_judged(vocab, neg=True) == []  # "disgusting not to propose it"


def test_the_speakers_irritation_at_an_actors_failure_criticises_it(vocab):
    # "Miller said he was irritated by the Senate 's failure"
    rows = [("Miller", 1, "nsubj", "PROPN", "Miller", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("he", 4, "nsubjpass", "PRON", "he", "PRP"), ("was", 4, "auxpass", "AUX", "be", "VBD"),
            ("irritated", 1, "ccomp", "VERB", "irritate", "VBN"), ("by", 4, "agent", "ADP", "by", "IN"),
            ("Senate", 8, "poss", "PROPN", "Senate", "NNP"), ("'s", 6, "case", "PART", "'s", "POS"),
            ("failure", 5, "pobj", "NOUN", "failure", "NN")]
    assert events_of(vocab, rows, {0: "miller", 2: "miller", 6: "senate"}) == [
        ("ACCUSE", "complained", ["miller"], ["senate"], "asserted")]
    rows[2] = ("Kennedy", 4, "nsubjpass", "PROPN", "Kennedy", "NNP")  # another's irritation: no act of Miller's
    assert events_of(vocab, rows, {0: "miller", 2: "kennedy", 6: "senate"}) == []


def _regretted(obj_rows):
    return [("Holland", 1, "nsubj", "PROPN", "Holland"), ("regretted", 1, "ROOT", "VERB", "regret"), *obj_rows]


def test_regretting_another_partys_act_criticises_it_not_ones_own(vocab):
    # "Holland regretted German opposition" / "Holland regretted its mistake"
    rows = _regretted([("German", 3, "amod", "ADJ", "german"), ("opposition", 1, "dobj", "NOUN", "opposition")])
    assert events_of(vocab, rows, {0: "nld", 2: "deu"}) == [("ACCUSE", "criticized", ["nld"], ["deu"], "asserted")]
    rows = _regretted([("its", 3, "poss", "PRON", "its"), ("mistake", 1, "dobj", "NOUN", "mistake")])
    assert events_of(vocab, rows, {0: "nld", 2: "nld"}) == []
    rows = _regretted([("the", 3, "det", "DET", "the"), ("loss", 1, "dobj", "NOUN", "loss")])
    assert events_of(vocab, rows, {0: "nld"}) == []


def test_the_wrong_class_holds_acts_one_is_blamed_for_from_wordnet():
    words = word_list("class_wrong")
    assert {"mistake", "miscalculation", "blunder", "provocation", "violation", "crime", "escalation"} <= words
    assert not words & {"success", "achievement", "plan", "attack", "policy", "gambling"}


def test_saying_an_actors_act_was_a_wrong_criticises_the_actor(vocab):
    # "Keating said Labour 's policy was a miscalculation"
    rows = [("Keating", 1, "nsubj", "PROPN", "Keating"), ("said", 1, "ROOT", "VERB", "say"),
            ("Labour", 4, "poss", "PROPN", "Labour"), ("'s", 2, "case", "PART", "'s"),
            ("policy", 5, "nsubj", "NOUN", "policy"), ("was", 1, "ccomp", "AUX", "be"),
            ("a", 7, "det", "DET", "a"), ("miscalculation", 5, "attr", "NOUN", "miscalculation")]
    assert events_of(vocab, rows, {0: "keating", 2: "labour"}) == [
        ("ACCUSE", "criticized", ["keating"], ["labour"], "asserted")]
    rows[7] = ("priority", 5, "attr", "NOUN", "priority")  # a neutral noun judges nothing
    assert events_of(vocab, rows, {0: "keating", 2: "labour"}) == []


# "Rafsanjani called the U.S. attacks an escalation", as the small model parses it: "attacks" a
# verb of its own and "escalation" its object
CALLED = [("Rafsanjani", 1, "nsubj", "PROPN", "Rafsanjani"), ("called", 1, "ROOT", "VERB", "call"),
          ("the", 3, "det", "DET", "the"), ("U.S.", 1, "dobj", "PROPN", "U.S."),
          ("attacks", 1, "ccomp", "VERB", "attack", "VBZ"), ("an", 6, "det", "DET", "an"),
          ("escalation", 4, "dobj", "NOUN", "escalation")]


def test_calling_an_act_a_wrong_is_read_by_word_order_when_the_parse_fails(vocab):
    doc, layer = parse(vocab, CALLED, {0: "iran", 3: "usa"})
    assert [(c.trig.type, c.start.text, c.extra["recipients"]) for c in find_appraisals(doc, layer)] == [
        ("ACCUSE", "escalation", ["usa"])]


def test_an_indefinite_object_is_no_predicate(vocab):
    # "Rafsanjani called a meeting an escalation" has no object before the predicate
    rows = list(CALLED)
    rows[2] = ("a", 3, "det", "DET", "a")
    rows[3] = ("meeting", 1, "dobj", "NOUN", "meeting")
    doc, layer = parse(vocab, rows, {0: "iran"})
    assert find_appraisals(doc, layer) == []
    rows = list(CALLED)
    rows[6] = ("increase", 4, "dobj", "NOUN", "increase")  # no judging word: no judgement
    doc, layer = parse(vocab, rows, {0: "iran", 3: "usa"})
    assert find_appraisals(doc, layer) == []


def test_understanding_why_an_actor_acted_supports_it(vocab):
    # "Japan understood why Washington attacked"
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("understood", 1, "ROOT", "VERB", "understand"),
            ("why", 4, "advmod", "ADV", "why"), ("Washington", 4, "nsubj", "PROPN", "Washington"),
            ("attacked", 1, "ccomp", "VERB", "attack")]
    doc, layer = parse(vocab, rows, {0: "jpn", 3: "usa"})
    assert [(c.trig.type, c.extra["recipients"]) for c in find_appraisals(doc, layer)] == [("SUPPORT", ["usa"])]
    rows[2] = ("that", 4, "mark", "SCONJ", "that")  # "understood that Washington attacked": only knowing
    doc, layer = parse(vocab, rows, {0: "jpn", 3: "usa"})
    assert find_appraisals(doc, layer) == []


def test_a_comma_spliced_run_of_quoted_clauses_is_all_said(vocab):
    # 'Abshire said: "He is honest, he tells the truth"', the parser hanging "is" on "tells"
    rows = [("Abshire", 1, "nsubj", "PROPN", "Abshire"), ("said", 1, "ROOT", "VERB", "say"),
            ("He", 3, "nsubj", "PRON", "he", "PRP"), ("is", 7, "ccomp", "AUX", "be"),
            ("honest", 3, "acomp", "ADJ", "honest"), (",", 7, "punct", "PUNCT", ","),
            ("he", 7, "nsubj", "PRON", "he", "PRP"), ("tells", 1, "ccomp", "VERB", "tell"),
            ("truth", 7, "dobj", "NOUN", "truth")]
    assert events_of(vocab, rows, {0: "abshire", 2: "reagan", 6: "reagan"}) == [
        ("SUPPORT", "praised", ["abshire"], ["reagan"], "asserted")]
    rows[5] = ("and", 7, "cc", "CCONJ", "and")  # no comma: the parser's clause is not a run of said clauses
    assert events_of(vocab, rows, {0: "abshire", 2: "reagan", 6: "reagan"}) == []


def test_an_act_of_a_wrong_criticises_its_doer(vocab):
    # "Syria said Israel 's move was an act of aggression"
    rows = [("Syria", 1, "nsubj", "PROPN", "Syria"), ("said", 1, "ROOT", "VERB", "say"),
            ("Israel", 4, "poss", "PROPN", "Israel"), ("'s", 2, "case", "PART", "'s"),
            ("move", 5, "nsubj", "NOUN", "move"), ("was", 1, "ccomp", "AUX", "be"),
            ("an", 7, "det", "DET", "an"), ("act", 5, "attr", "NOUN", "act"), ("of", 7, "prep", "ADP", "of"),
            ("aggression", 8, "pobj", "NOUN", "aggression")]
    assert events_of(vocab, rows, {0: "syria", 2: "israel"}) == [
        ("ACCUSE", "criticized", ["syria"], ["israel"], "asserted")]
    rows[9] = ("retaliation", 8, "pobj", "NOUN", "retaliation")  # an act of another kind judges nothing
    assert events_of(vocab, rows, {0: "syria", 2: "israel"}) == []


def test_a_clause_after_the_object_is_no_predicate_by_word_order(vocab):
    # "Baker called Miyazawa to warn him talks would be a success": a telephone call, no naming
    rows = [("Baker", 1, "nsubj", "PROPN", "Baker"), ("called", 1, "ROOT", "VERB", "call"),
            ("Miyazawa", 1, "dobj", "PROPN", "Miyazawa"), ("to", 4, "aux", "PART", "to", "TO"),
            ("warn", 1, "advcl", "VERB", "warn"), ("him", 4, "dobj", "PRON", "he", "PRP"),
            ("talks", 8, "nsubj", "NOUN", "talk"), ("would", 8, "aux", "AUX", "would", "MD"),
            ("be", 4, "ccomp", "AUX", "be"), ("a", 10, "det", "DET", "a"), ("success", 8, "attr", "NOUN", "success")]
    doc, layer = parse(vocab, rows, {0: "usa", 2: "jpn", 5: "jpn"})
    assert find_appraisals(doc, layer) == []


def test_a_word_of_strong_valence_said_of_a_partys_act_judges_the_party(vocab):
    # "Ottawa said Washington 's proposals were flawed": "flawed" is strong in VADER, not in WordNet's class
    assert "flawed" not in word_list("class_condemn")
    rows = [("Ottawa", 1, "nsubj", "PROPN", "Ottawa"), ("said", 1, "ROOT", "VERB", "say"),
            ("Washington", 4, "poss", "PROPN", "Washington"), ("'s", 2, "case", "PART", "'s"),
            ("proposals", 5, "nsubj", "NOUN", "proposal"), ("were", 1, "ccomp", "AUX", "be"),
            ("flawed", 5, "acomp", "ADJ", "flawed", "JJ")]
    assert ("ACCUSE", "criticized", ["can"], ["usa"], "asserted") in events_of(vocab, rows, {0: "can", 2: "usa"})
    # said of the party itself it needs WordNet's class: "said Washington was flawed" feels or is, not judged
    party = [rows[0], rows[1], ("Washington", 3, "nsubj", "PROPN", "Washington"), ("was", 1, "ccomp", "AUX", "be"),
             ("flawed", 3, "acomp", "ADJ", "flawed", "JJ")]
    assert events_of(vocab, party, {0: "can", 2: "usa"}) == []
    # a deed's outcome is no judgement: "said Washington's attack was successful"
    deed = rows[:4] + [("attack", 5, "nsubj", "NOUN", "attack"), rows[5],
                       ("successful", 5, "acomp", "ADJ", "successful")]
    doc, layer = parse(vocab, deed, {0: "can", 2: "usa"})
    assert find_appraisals(doc, layer) == []
    # a noun that is no act ("Washington's economy") is not judged by valence either
    rows[4] = ("economy", 5, "nsubj", "NOUN", "economy")
    doc, layer = parse(vocab, rows, {0: "can", 2: "usa"})
    assert find_appraisals(doc, layer) == []
