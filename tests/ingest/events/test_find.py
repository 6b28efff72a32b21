"""Rule tests for the event stage on hand-built spaCy Docs (no statistical model)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.models import PLOVER_SCORES, Actor, Article


def parse(vocab, rows, actors):
    """A Doc from ``(word, head, dep, pos, lemma)`` rows and a layer from ``{index: (id, kind)}``."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, (aid, kind) in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind=kind))
        layer.token_actor[i] = aid
    return doc, layer


def events_of(vocab, rows, actors, asserted_only=False):
    doc, layer = parse(vocab, rows, actors)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    if asserted_only:
        events = [e for e in events if e.certainty == "asserted"]
    return [(e.type, e.label, e.actors, e.recipients, e.certainty) for e in events]


def test_subject_object_and_offsets(vocab):
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Netanyahu", 1, "dobj", "PROPN", "Netanyahu")]
    doc, layer = parse(vocab, rows, {0: ("kerry", "person"), 2: ("netanyahu", "person")})
    (ev,), quotes = find_events(doc, Article(id="art", text=doc.text), layer, [])
    assert (ev.id, ev.type, ev.label, ev.actors, ev.recipients) == (
        "art#e0", "CONSULT", "met", ["kerry"], ["netanyahu"])
    assert doc.text[ev.start:ev.end] == "met"
    assert ev.sentence == "Kerry met Netanyahu"
    assert ev.score == PLOVER_SCORES["CONSULT"]
    assert quotes == []


def test_passive_agent_is_actor_subject_is_recipient(vocab):
    rows = [("Gaza", 2, "nsubjpass", "PROPN", "Gaza"), ("was", 2, "auxpass", "AUX", "be"),
            ("shelled", 2, "ROOT", "VERB", "shell"), ("by", 2, "agent", "ADP", "by"),
            ("Israel", 3, "pobj", "PROPN", "Israel")]
    got = events_of(vocab, rows, {0: ("gaza", "location"), 4: ("israel", "country")})
    assert got == [("ASSAULT", "shelled", ["israel"], ["gaza"], "asserted")]


def test_agentless_passive_has_no_actor(vocab):
    rows = [("Fifteen", 1, "nummod", "NUM", "fifteen"), ("people", 3, "nsubjpass", "NOUN", "people"),
            ("were", 3, "auxpass", "AUX", "be"), ("killed", 3, "ROOT", "VERB", "kill")]
    assert events_of(vocab, rows, {}) == []


def test_conjoined_recipients_are_both_kept(vocab):
    # Kerry spoke to the ministers of Qatar and Turkey
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("spoke", 1, "ROOT", "VERB", "speak"),
            ("to", 1, "prep", "ADP", "to"), ("the", 4, "det", "DET", "the"),
            ("ministers", 2, "pobj", "NOUN", "minister"), ("of", 4, "prep", "ADP", "of"),
            ("Qatar", 5, "pobj", "PROPN", "Qatar"), ("and", 6, "cc", "CCONJ", "and"),
            ("Turkey", 6, "conj", "PROPN", "Turkey")]
    got = events_of(vocab, rows, {0: ("kerry", "person"), 6: ("qatar", "country"), 8: ("turkey", "country")})
    assert got == [("CONSULT", "spoke to", ["kerry"], ["qatar", "turkey"], "asserted")]


def test_speak_without_recipient_preposition_is_no_event(vocab):
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("spoke", 1, "ROOT", "VERB", "speak")]
    assert events_of(vocab, rows, {0: ("kerry", "person")}) == []


def test_possessive_noun_gives_recipient_of_outer_event(vocab):
    # Erdogan criticized Israel 's assault on Gaza
    rows = [("Erdogan", 1, "nsubj", "PROPN", "Erdogan"), ("criticized", 1, "ROOT", "VERB", "criticize"),
            ("Israel", 4, "poss", "PROPN", "Israel"), ("'s", 2, "case", "PART", "'s"),
            ("assault", 1, "dobj", "NOUN", "assault"), ("on", 4, "prep", "ADP", "on"),
            ("Gaza", 5, "pobj", "PROPN", "Gaza")]
    got = events_of(vocab, rows, {0: ("erdogan", "person"), 2: ("israel", "country"), 6: ("gaza", "location")})
    # the criticism is aimed at the assault's doer; the assault, which names its doer, is an act of its own
    assert got == [("ACCUSE", "criticized", ["erdogan"], ["israel"], "asserted"),
                   ("ASSAULT", "attacked", ["israel"], ["gaza"], "asserted")]


def test_possessive_noun_event_standing_alone(vocab):
    # Israel 's assault on Gaza continued
    rows = [("Israel", 2, "poss", "PROPN", "Israel"), ("'s", 0, "case", "PART", "'s"),
            ("assault", 5, "nsubj", "NOUN", "assault"), ("on", 2, "prep", "ADP", "on"),
            ("Gaza", 3, "pobj", "PROPN", "Gaza"), ("continued", 5, "ROOT", "VERB", "continue")]
    got = events_of(vocab, rows, {0: ("israel", "country"), 4: ("gaza", "location")})
    assert got == [("ASSAULT", "attacked", ["israel"], ["gaza"], "asserted")]


def test_negation_marks_event_negated(vocab):
    rows = [("Psaki", 3, "nsubj", "PROPN", "Psaki"), ("did", 3, "aux", "AUX", "do"),
            ("not", 3, "neg", "PART", "not"), ("blame", 3, "ROOT", "VERB", "blame"),
            ("Israel", 3, "dobj", "PROPN", "Israel")]
    got = events_of(vocab, rows, {0: ("psaki", "person"), 4: ("israel", "country")})
    assert got == [("ACCUSE", "blamed", ["psaki"], ["israel"], "negated")]


def test_without_marks_event_negated(vocab):
    # Psaki spoke without blaming Israel
    rows = [("Psaki", 1, "nsubj", "PROPN", "Psaki"), ("spoke", 1, "ROOT", "VERB", "speak"),
            ("without", 1, "prep", "ADP", "without"), ("blaming", 2, "pcomp", "VERB", "blame"),
            ("Israel", 3, "dobj", "PROPN", "Israel")]
    got = events_of(vocab, rows, {0: ("psaki", "person"), 4: ("israel", "country")})
    assert got == [("ACCUSE", "blamed", ["psaki"], ["israel"], "negated")]


def test_negated_acceptance_is_a_rejection(vocab):
    rows = [("Syria", 3, "nsubj", "PROPN", "Syria"), ("will", 3, "aux", "AUX", "will"),
            ("not", 3, "neg", "PART", "not"), ("accept", 3, "ROOT", "VERB", "accept"),
            ("refugees", 3, "dobj", "NOUN", "refugee")]
    assert events_of(vocab, rows, {0: ("syria", "country")}) == [("REJECT", "rejected", ["syria"], [], "asserted")]


def test_relative_clause_subject_is_the_antecedent(vocab):
    # Egypt , which drafted a proposal , ...
    rows = [("Egypt", 0, "ROOT", "PROPN", "Egypt"), (",", 0, "punct", "PUNCT", ","),
            ("which", 3, "nsubj", "PRON", "which"), ("drafted", 0, "relcl", "VERB", "draft"),
            ("a", 5, "det", "DET", "a"), ("proposal", 3, "dobj", "NOUN", "proposal")]
    doc, layer = parse(vocab, rows, {0: ("egypt", "country")})
    doc[2].tag_ = "WDT"
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.label, e.actors) for e in events] == [("CONSULT", "mediated", ["egypt"])]


def test_control_verb_object_is_recipient_and_content_not_asserted(vocab):
    # Kerry pressed Hamas to accept a ceasefire
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("pressed", 1, "ROOT", "VERB", "press"),
            ("Hamas", 1, "dobj", "PROPN", "Hamas"), ("to", 4, "aux", "PART", "to"),
            ("accept", 1, "xcomp", "VERB", "accept"), ("a", 6, "det", "DET", "a"),
            ("ceasefire", 4, "dobj", "NOUN", "ceasefire")]
    got = events_of(vocab, rows, {0: ("kerry", "person"), 2: ("hamas", "organization")})
    assert ("REQUEST", "pressed", ["kerry"], ["hamas"], "asserted") in got
    # the acceptance is Hamas's (object control), and it has not happened
    assert ("AGREE", "accepted", ["hamas"], [], "possible") in got
    assert not [g for g in got if g[0] == "AGREE" and g[4] == "asserted"]


def test_light_verb_with_event_noun(vocab):
    # Fabius held talks with Romania
    rows = [("Fabius", 1, "nsubj", "PROPN", "Fabius"), ("held", 1, "ROOT", "VERB", "hold"),
            ("talks", 1, "dobj", "NOUN", "talk"), ("with", 2, "prep", "ADP", "with"),
            ("Romania", 3, "pobj", "PROPN", "Romania")]
    doc, layer = parse(vocab, rows, {0: ("fabius", "person"), 4: ("romania", "country")})
    (ev,), _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert (ev.type, ev.label, ev.actors, ev.recipients) == ("CONSULT", "held talks with", ["fabius"], ["romania"])
    assert doc.text[ev.start:ev.end] == "held talks"


def test_governing_verb_changes_the_noun_category(vocab):
    # Serbia lodged a protest with Albania: a diplomatic complaint, not a demonstration
    rows = [("Serbia", 1, "nsubj", "PROPN", "Serbia"), ("lodged", 1, "ROOT", "VERB", "lodge"),
            ("a", 3, "det", "DET", "a"), ("protest", 1, "dobj", "NOUN", "protest"),
            ("with", 3, "prep", "ADP", "with"), ("Albania", 4, "pobj", "PROPN", "Albania")]
    got = events_of(vocab, rows, {0: ("serbia", "country"), 5: ("albania", "country")})
    assert got == [("ACCUSE", "protested to", ["serbia"], ["albania"], "asserted")]


def test_verb_particle_and_with_object(vocab):
    # Hamas showered Israel with rockets
    rows = [("Hamas", 1, "nsubj", "PROPN", "Hamas"), ("showered", 1, "ROOT", "VERB", "shower"),
            ("Israel", 1, "dobj", "PROPN", "Israel"), ("with", 1, "prep", "ADP", "with"),
            ("rockets", 3, "pobj", "NOUN", "rocket")]
    got = events_of(vocab, rows, {0: ("hamas", "organization"), 2: ("israel", "country")})
    assert got == [("ASSAULT", "fired rockets at", ["hamas"], ["israel"], "asserted")]
    rows[4] = ("flowers", 3, "pobj", "NOUN", "flower")
    assert events_of(vocab, rows, {0: ("hamas", "organization"), 2: ("israel", "country")}) == []


def test_demonym_modifier_acts_for_its_country(vocab):
    # an Israeli shell slammed into a shelter (the actor stage maps "Israeli" to Israel)
    rows = [("an", 2, "det", "DET", "an"), ("Israeli", 2, "amod", "ADJ", "israeli"),
            ("shell", 3, "nsubj", "NOUN", "shell"), ("slammed", 3, "ROOT", "VERB", "slam"),
            ("into", 3, "prep", "ADP", "into"), ("U.N.", 6, "compound", "PROPN", "U.N."),
            ("shelter", 4, "pobj", "NOUN", "shelter")]
    got = events_of(vocab, rows, {1: ("israel", "country"), 5: ("un", "organization")})
    assert got == [("ASSAULT", "attacked", ["israel"], ["un"], "asserted")]


def test_location_and_modal(vocab):
    # Kerry may meet Abbas in Cairo
    rows = [("Kerry", 2, "nsubj", "PROPN", "Kerry"), ("may", 2, "aux", "AUX", "may"),
            ("meet", 2, "ROOT", "VERB", "meet"), ("Abbas", 2, "dobj", "PROPN", "Abbas"),
            ("in", 2, "prep", "ADP", "in"), ("Cairo", 4, "pobj", "PROPN", "Cairo")]
    doc, layer = parse(vocab, rows, {0: ("kerry", "person"), 3: ("abbas", "person"), 5: ("cairo", "location")})
    (ev,), _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert (ev.location, ev.recipients, ev.certainty) == ("cairo", ["abbas"], "possible")


@pytest.mark.parametrize("word,typ", [("give", []), ("shell", ["THREATEN"])])
def test_a_narrated_future_is_expected_and_a_hostile_one_a_threat(vocab, word, typ):
    # Finland will give Tanzania aid (the writer's forecast: no promise) / Iran will shell Iraq (a threat)
    rows = [("X", 2, "nsubj", "PROPN", "X"), ("will", 2, "aux", "AUX", "will"),
            (word, 2, "ROOT", "VERB", word), ("Y", 2, "dobj", "PROPN", "Y"),
            ("aid", 2, "dobj" if word == "give" else "npadvmod", "NOUN", "aid")]
    got = events_of(vocab, rows, {0: ("x", "country"), 3: ("y", "country")})
    assert [g[0] for g in got if g[4] == "asserted"] == typ
    assert any(g[4] == "possible" for g in got)  # the act itself has not happened yet


def test_an_act_its_doer_says_it_will_do_is_a_commitment(vocab):
    # Finland said it will give Tanzania aid
    rows = [("Finland", 1, "nsubj", "PROPN", "Finland"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 4, "nsubj", "PRON", "it"), ("will", 4, "aux", "AUX", "will"), ("give", 1, "ccomp", "VERB", "give"),
            ("Tanzania", 4, "dative", "PROPN", "Tanzania"), ("aid", 4, "dobj", "NOUN", "aid")]
    got = events_of(vocab, rows, {0: ("fin", "country"), 2: ("fin", "country"), 5: ("tza", "country")})
    assert [g[0] for g in got if g[4] == "asserted"] == ["AGREE"]


def test_a_future_attributed_after_it_is_reported(vocab):
    # Finland will give Tanzania aid , the agency said  ("said" parsed as a conjunct of "give")
    rows = [("Finland", 2, "nsubj", "PROPN", "Finland"), ("will", 2, "aux", "AUX", "will"),
            ("give", 2, "ROOT", "VERB", "give"), ("Tanzania", 2, "dative", "PROPN", "Tanzania"),
            ("aid", 2, "dobj", "NOUN", "aid"), (",", 2, "punct", "PUNCT", ","), ("the", 7, "det", "DET", "the"),
            ("agency", 8, "nsubj", "NOUN", "agency"), ("said", 2, "conj", "VERB", "say")]
    got = events_of(vocab, rows, {0: ("fin", "country"), 3: ("tza", "country")})
    assert [g[0] for g in got if g[4] == "asserted"] == ["AGREE"]


@pytest.mark.parametrize("word,lemma,typ", [("plans", "plan", []), ("intends", "intend", []),
                                            ("promised", "promise", ["AGREE"]),
                                            ("offered", "offer", ["AGREE"])])
def test_a_plan_is_promised_to_no_one_a_promise_or_offer_is(vocab, word, lemma, typ):
    # Finland plans to give Tanzania aid (a plan: the gift stays possible) / Finland promised to give ...
    rows = [("Finland", 1, "nsubj", "PROPN", "Finland"), (word, 1, "ROOT", "VERB", lemma),
            ("to", 3, "aux", "PART", "to"), ("give", 1, "xcomp", "VERB", "give"),
            ("Tanzania", 3, "dative", "PROPN", "Tanzania"), ("aid", 3, "dobj", "NOUN", "aid")]
    got = events_of(vocab, rows, {0: ("fin", "country"), 4: ("tza", "country")})
    assert [g[0] for g in got if g[4] == "asserted"] == typ
    assert ("AID", "aided", ["fin"], ["tza"], "possible") in got  # the gift itself is not yet made


def test_a_planned_meeting_is_agreed_with_the_other_party(vocab):
    # Finland plans to meet Tanzania (PLOVER: "plan a future meeting" is AGREE)
    rows = [("Finland", 1, "nsubj", "PROPN", "Finland"), ("plans", 1, "ROOT", "VERB", "plan"),
            ("to", 3, "aux", "PART", "to"), ("meet", 1, "xcomp", "VERB", "meet"),
            ("Tanzania", 3, "dobj", "PROPN", "Tanzania")]
    got = events_of(vocab, rows, {0: ("fin", "country"), 4: ("tza", "country")})
    assert [g[0] for g in got if g[4] == "asserted"] == ["AGREE"]
    assert ("CONSULT", "met", ["fin"], ["tza"], "possible") in got


def test_no_actor_no_event(vocab):
    rows = [("Someone", 1, "nsubj", "NOUN", "someone"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("Gaza", 1, "dobj", "PROPN", "Gaza")]
    assert events_of(vocab, rows, {2: ("gaza", "location")}) == []


def test_event_ids_follow_text_order(vocab):
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Abbas", 1, "dobj", "PROPN", "Abbas"), ("and", 1, "cc", "CCONJ", "and"),
            ("praised", 1, "conj", "VERB", "praise"), ("Egypt", 4, "dobj", "PROPN", "Egypt")]
    doc, layer = parse(vocab, rows, {0: ("kerry", "person"), 2: ("abbas", "person"), 5: ("egypt", "country")})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.id, e.label, e.actors, e.recipients) for e in events] == [
        ("a#e0", "met", ["kerry"], ["abbas"]), ("a#e1", "praised", ["kerry"], ["egypt"])]
    assert events[0].start < events[1].start


def test_vow_to_attack_is_a_threat(vocab):
    # Hamas vowed to attack Israel
    rows = [("Hamas", 1, "nsubj", "PROPN", "Hamas"), ("vowed", 1, "ROOT", "VERB", "vow"),
            ("to", 3, "aux", "PART", "to"), ("attack", 1, "xcomp", "VERB", "attack"),
            ("Israel", 3, "dobj", "PROPN", "Israel")]
    got = events_of(vocab, rows, {0: ("hamas", "organization"), 4: ("israel", "country")})
    assert ("THREATEN", "threatened", ["hamas"], ["israel"], "asserted") in got
    assert ("ASSAULT", "attacked", ["hamas"], ["israel"], "possible") in got
    assert not [g for g in got if g[0] == "AGREE"]


def test_said_x_must_is_a_demand_on_x(vocab):
    # Russia said Sudan must return the helicopter
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("said", 1, "ROOT", "VERB", "say"),
            ("Sudan", 4, "nsubj", "PROPN", "Sudan"), ("must", 4, "aux", "AUX", "must"),
            ("return", 1, "ccomp", "VERB", "return"), ("the", 6, "det", "DET", "the"),
            ("helicopter", 4, "dobj", "NOUN", "helicopter")]
    got = events_of(vocab, rows, {0: ("russia", "country"), 2: ("sudan", "country")}, asserted_only=True)
    assert got == [("REQUEST", "demanded", ["russia"], ["sudan"], "asserted")]


def test_event_noun_after_engage_in(vocab):
    # Serb forces were engaged in ethnic cleansing
    rows = [("Serb", 1, "amod", "ADJ", "serb"), ("forces", 3, "nsubjpass", "NOUN", "force"),
            ("were", 3, "auxpass", "AUX", "be"), ("engaged", 3, "ROOT", "VERB", "engage"),
            ("in", 3, "prep", "ADP", "in"), ("ethnic", 6, "amod", "ADJ", "ethnic"),
            ("cleansing", 4, "pobj", "NOUN", "cleansing")]
    got = events_of(vocab, rows, {0: ("serbia", "country")})
    assert got == [("ASSAULT", "attacked", ["serbia"], [], "asserted")]


def test_without_actor_in_layer_the_demonym_is_not_guessed(vocab):
    # the event stage reads actors only from the layer: nothing mapped, nothing made up
    rows = [("Serb", 1, "amod", "ADJ", "serb"), ("forces", 2, "nsubj", "NOUN", "force"),
            ("shelled", 2, "ROOT", "VERB", "shell"), ("Gorazde", 2, "dobj", "PROPN", "Gorazde")]
    assert events_of(vocab, rows, {3: ("gorazde", "location")}) == []


def test_talks_between_two_parties(vocab):
    # Talks between Israel and Hamas resumed in Cairo
    rows = [("Talks", 5, "nsubj", "NOUN", "talk"), ("between", 0, "prep", "ADP", "between"),
            ("Israel", 1, "pobj", "PROPN", "Israel"), ("and", 2, "cc", "CCONJ", "and"),
            ("Hamas", 2, "conj", "PROPN", "Hamas"), ("resumed", 5, "ROOT", "VERB", "resume"),
            ("in", 5, "prep", "ADP", "in"), ("Cairo", 6, "pobj", "PROPN", "Cairo")]
    doc, layer = parse(vocab, rows, {2: ("israel", "country"), 4: ("hamas", "organization"), 7: ("cairo", "location")})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    # talks of two parties are each one's with the other: both ways
    assert [(ev.type, ev.actors, ev.recipients, ev.location) for ev in events] == [
        ("CONSULT", ["israel"], ["hamas"], "cairo"), ("CONSULT", ["hamas"], ["israel"], "cairo")]


def test_a_meeting_of_three_gives_each_party_once_with_the_others(vocab):
    # Egypt, Israel and Hamas met
    rows = [("Egypt", 5, "nsubj", "PROPN", "Egypt"), (",", 0, "punct", "PUNCT", ","),
            ("Israel", 0, "conj", "PROPN", "Israel"), ("and", 2, "cc", "CCONJ", "and"),
            ("Hamas", 2, "conj", "PROPN", "Hamas"), ("met", 5, "ROOT", "VERB", "meet")]
    got = events_of(vocab, rows, {0: ("egypt", "country"), 2: ("israel", "country"), 4: ("hamas", "organization")})
    assert sorted((a[0], sorted(r)) for _, _, a, r, _ in got) == [
        ("egypt", ["hamas", "israel"]), ("hamas", ["egypt", "israel"]), ("israel", ["egypt", "hamas"])]


def test_a_question_or_a_bare_would_is_no_fact(vocab):
    # Will Israel attack Gaza ?  /  Israel would attack Gaza
    q = [("Will", 2, "aux", "AUX", "will"), ("Israel", 2, "nsubj", "PROPN", "Israel"),
         ("attack", 2, "ROOT", "VERB", "attack"), ("Gaza", 2, "dobj", "PROPN", "Gaza"), ("?", 2, "punct", "PUNCT", "?")]
    actors = {1: ("israel", "country"), 3: ("gaza", "location")}
    assert events_of(vocab, q, actors) == [("ASSAULT", "attacked", ["israel"], ["gaza"], "possible")]
    w = [("Israel", 2, "nsubj", "PROPN", "Israel"), ("would", 2, "aux", "AUX", "would"),
         ("attack", 2, "ROOT", "VERB", "attack"), ("Gaza", 2, "dobj", "PROPN", "Gaza")]
    assert events_of(vocab, w, {0: ("israel", "country"), 3: ("gaza", "location")}) == [
        ("ASSAULT", "attacked", ["israel"], ["gaza"], "possible")]
    # but "Israel will attack Gaza" is announced: a threat, with the attack possible
    w[1] = ("will", 2, "aux", "AUX", "will")
    assert [e[0] for e in events_of(vocab, w, {0: ("israel", "country"), 3: ("gaza", "location")})] == [
        "THREATEN", "ASSAULT"]


def test_a_call_for_someone_to_act_is_a_request_and_the_act_only_possible(vocab):
    # Labour called for Howard to apologise to Blair  ("for" marks the clause, as spaCy parses it)
    rows = [("Labour", 1, "nsubj", "PROPN", "Labour"), ("called", 1, "ROOT", "VERB", "call"),
            ("for", 5, "mark", "SCONJ", "for"), ("Howard", 5, "nsubj", "PROPN", "Howard"),
            ("to", 5, "aux", "PART", "to"), ("apologise", 1, "advcl", "VERB", "apologise"),
            ("to", 5, "prep", "ADP", "to"), ("Blair", 6, "pobj", "PROPN", "Blair")]
    actors = {0: ("labour", "organization"), 3: ("howard", "person"), 7: ("blair", "person")}
    assert events_of(vocab, rows, actors) == [
        ("REQUEST", "called on", ["labour"], ["howard"], "asserted"),
        ("CONCEDE", "apologised to", ["howard"], ["blair"], "possible")]


def test_parties_that_work_together_cooperate_pairwise(vocab):
    rows = [("Amicus", 3, "nsubj", "PROPN", "Amicus"), ("and", 0, "cc", "CCONJ", "and"),
            ("Unison", 0, "conj", "PROPN", "Unison"), ("worked", 3, "ROOT", "VERB", "work"),
            ("together", 3, "advmod", "ADV", "together")]
    got = events_of(vocab, rows, {0: ("amicus", "organization"), 2: ("unison", "organization")})
    assert got == [("COOPERATE", "cooperated with", ["amicus"], ["unison"], "asserted"),
                   ("COOPERATE", "cooperated with", ["unison"], ["amicus"], "asserted")]
    rows[4] = ("hard", 3, "advmod", "ADV", "hard")
    assert events_of(vocab, rows, {0: ("amicus", "organization"), 2: ("unison", "organization")}) == []


def test_the_subject_of_an_accusation_nouns_content_is_its_recipient(vocab):
    # "Howard 's accusation that Blair lied" (standing alone, no recipient of its own)
    rows = [("Howard", 2, "poss", "PROPN", "Howard"), ("'s", 0, "case", "PART", "'s"),
            ("accusation", 2, "ROOT", "NOUN", "accusation"), ("that", 5, "mark", "SCONJ", "that"),
            ("Blair", 5, "nsubj", "PROPN", "Blair"), ("lied", 2, "acl", "VERB", "lie")]
    got = events_of(vocab, rows, {0: ("howard", "person"), 4: ("blair", "person")}, asserted_only=True)
    assert got == [("ACCUSE", "accused", ["howard"], ["blair"], "asserted")]


def test_anothers_wish_is_no_promise_of_the_doer(nlp):
    from graphkit.ingest.pipeline import extract_doc

    def got(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        return {(e.type, e.certainty) for e in recs.events}

    assert ("AGREE", "asserted") not in got("Howard wants Blair to apologise to the families.")
    assert ("CONCEDE", "possible") in got("Howard wants Blair to apologise to the families.")
    assert ("AGREE", "asserted") in got("Blair wants to apologise to the families.")  # his own intention


def test_a_meeting_of_several_parties_gives_each_party_once(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = "A meeting of the foreign ministers of France, Germany and Italy took place in Paris."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, names[e.actors[0]], tuple(sorted(names[r] for r in e.recipients))) for e in recs.events}
    assert got == {("CONSULT", "France", ("Germany", "Italy")), ("CONSULT", "Germany", ("France", "Italy")),
                   ("CONSULT", "Italy", ("France", "Germany"))}


def test_the_of_phrase_of_an_intransitive_act_noun_is_its_doer(nlp):
    from graphkit.ingest.pipeline import extract_doc

    def got(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        names = {a.id: a.name for a in recs.actors}
        return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
                for e in recs.events}

    assert ("RETREAT", ("Syrian troops",), ("Lebanon",)) in got(
        "The withdrawal of Syrian troops from Lebanon began on Monday.")
    assert ("RETREAT", ("Israel",), ("Gaza",)) in got("Israel's withdrawal from Gaza began on Monday.")


def test_acting_under_or_despite_pressure_from_x_answers_x(nlp):
    from graphkit.ingest.pipeline import extract_doc

    def got(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        names = {a.id: a.name for a in recs.actors}
        return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
                for e in recs.events if e.certainty == "asserted"}

    assert ("REJECT", ("David Blunkett",), ("Conservative Party",)) in got(
        "David Blunkett has refused to resign despite pressure from the Conservatives.")
    assert ("RETREAT", ("David Blunkett",), ("Conservative Party",)) in got(
        "David Blunkett resigned under pressure from the Conservatives.")


@pytest.mark.parametrize("text, certainty", [
    ("Had Israel attacked Gaza, Egypt would have condemned Israel.", "possible"),
    ("Were Israel to attack Gaza, Egypt would condemn Israel.", "possible"),
    ("Israel had attacked Gaza, Egypt said.", "asserted"),
])
def test_a_condition_by_inversion_is_a_hypothesis(nlp, text, certainty):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    assert [e.certainty for e in recs.events if e.type == "ASSAULT"] == [certainty]


def test_a_purpose_clause_repeating_the_act_adds_no_twin(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = "Up to 1,000 ethnic Turks began a hunger strike on Monday to protest against Sweden's decision."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    assert [e.type for e in recs.events] == ["PROTEST"]


def _demand_rows(aux):
    # Britain <aux> demand compensation from Iran
    rows = [("Britain", 2, "nsubj", "PROPN", "Britain")]
    rows += [(aux, 2, "aux", "AUX", aux)] if aux else [("has", 2, "aux", "AUX", "have")]
    rows += [("demanded" if not aux else "demand", 2, "ROOT", "VERB", "demand"),
             ("compensation", 2, "dobj", "NOUN", "compensation"), ("from", 2, "prep", "ADP", "from"),
             ("Iran", 4, "pobj", "PROPN", "Iran")]
    return rows


def test_narrated_future_speech_act_is_no_fact(vocab):
    actors = {0: ("britain", "country"), 5: ("iran", "country")}
    got = events_of(vocab, _demand_rows("will"), actors)
    assert [(t, c) for t, _, _, _, c in got] == [("REQUEST", "possible")]
    got = events_of(vocab, _demand_rows(None), actors)
    assert [(t, c) for t, _, _, _, c in got] == [("REQUEST", "asserted")]


def _meet_rows(aux):
    # Britain and France <aux> met / will meet
    rows = [("Britain", 4 if aux else 3, "nsubj", "PROPN", "Britain"), ("and", 0, "cc", "CCONJ", "and"),
            ("France", 0, "conj", "PROPN", "France")]
    rows += [(aux, 4, "aux", "AUX", aux), ("meet", 4, "ROOT", "VERB", "meet")] if aux else [
        ("met", 3, "ROOT", "VERB", "meet")]
    return rows


def test_future_meeting_of_two_parties_is_no_fact(vocab):
    actors = {0: ("britain", "country"), 2: ("france", "country")}
    got = events_of(vocab, _meet_rows("will"), actors)  # the meeting is possible; planning it is agreed (coop16)
    assert [e for e in got if e[0] == "CONSULT"] == [("CONSULT", "met", ["britain"], ["france"], "possible"),
                                                     ("CONSULT", "met", ["france"], ["britain"], "possible")]
    assert [e for e in got if e[0] != "CONSULT"] == [("AGREE", "arranged", ["britain"], ["france"], "asserted"),
                                                     ("AGREE", "arranged", ["france"], ["britain"], "asserted")]
    assert events_of(vocab, _meet_rows(None), actors) == [("CONSULT", "met", ["britain"], ["france"], "asserted"),
                                                          ("CONSULT", "met", ["france"], ["britain"], "asserted")]


def test_preparing_a_deployment_is_no_threat(vocab):
    # Iran is preparing to send troops
    rows = [("Iran", 2, "nsubj", "PROPN", "Iran"), ("is", 2, "aux", "AUX", "be"),
            ("preparing", 2, "ROOT", "VERB", "prepare"), ("to", 4, "aux", "PART", "to"),
            ("send", 2, "xcomp", "VERB", "send"), ("troops", 4, "dobj", "NOUN", "troop")]
    got = events_of(vocab, rows, {0: ("iran", "country")})
    assert [(t, cert) for t, _, _, _, cert in got] == [("MOBILIZE", "possible")]


def test_a_verb_with_a_sense_of_its_own_is_no_light_verb_of_a_modified_noun(vocab):
    # The Senate backed Reagan 's retaliatory strike: "backed" stays SUPPORT ("retaliatory strike" names no verb)
    rows = [("Senate", 1, "nsubj", "PROPN", "Senate"), ("backed", 1, "ROOT", "VERB", "back"),
            ("Reagan", 4, "poss", "PROPN", "Reagan"), ("'s", 2, "case", "PART", "'s"),
            ("strike", 1, "dobj", "NOUN", "strike")]
    rows.insert(4, ("retaliatory", 5, "amod", "ADJ", "retaliatory"))
    rows[2] = ("Reagan", 5, "poss", "PROPN", "Reagan")
    rows[5] = ("strike", 1, "dobj", "NOUN", "strike")
    got = events_of(vocab, rows, {0: ("senate", "organization"), 2: ("reagan", "person")})
    assert ("SUPPORT", "supported", ["senate"], ["reagan"], "asserted") in got


def test_a_verb_with_a_sense_of_its_own_is_no_light_verb_of_a_noun_sensed_by_its_of_object(vocab):
    # Britain opposed the imposition of sanctions on Pretoria: REJECT, not the imposition's SANCTION
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("opposed", 1, "ROOT", "VERB", "oppose"),
            ("the", 3, "det", "DET", "the"), ("imposition", 1, "dobj", "NOUN", "imposition"),
            ("of", 3, "prep", "ADP", "of"), ("sanctions", 4, "pobj", "NOUN", "sanction"),
            ("on", 5, "prep", "ADP", "on"), ("Pretoria", 6, "pobj", "PROPN", "Pretoria")]
    got = events_of(vocab, rows, {0: ("gbr", "country"), 7: ("zaf", "country")})
    assert [t for t, *_ in got] == ["REJECT"]
    rows[1] = ("announced", 1, "ROOT", "VERB", "announce")  # a verb of no sense: the imposition is the act
    assert [t for t, *_ in events_of(vocab, rows, {0: ("gbr", "country"), 7: ("zaf", "country")})] == ["SANCTION"]


def test_a_present_tense_after_before_or_until_is_still_to_come(vocab):
    # Japan met Korea before Israel shells / shelled Gaza
    for tag, want in (("VBZ", "possible"), ("VBD", "asserted")):
        words = ["Japan", "met", "Korea", "before", "Israel", "shells", "Gaza"]
        doc = Doc(vocab, words=words, heads=[1, 1, 1, 5, 5, 1, 5],
                  deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl", "dobj"],
                  pos=["PROPN", "VERB", "PROPN", "SCONJ", "PROPN", "VERB", "PROPN"],
                  tags=["NNP", "VBD", "NNP", "IN", "NNP", tag, "NNP"],
                  lemmas=["Japan", "meet", "Korea", "before", "Israel", "shell", "Gaza"])
        layer = ActorLayer()
        for i, aid in ((0, "japan"), (2, "korea"), (4, "israel"), (6, "gaza")):
            layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="country")
            layer.token_actor[i] = aid
        events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
        assert [(e.type, e.certainty) for e in events if e.type == "ASSAULT"] == [("ASSAULT", want)], tag


def test_a_legal_accusation_is_reported_without_its_doer(vocab):
    # "Deaver was indicted by a grand jury": the prosecuting body is no actor, the act is kept
    rows = [("Deaver", 2, "nsubjpass", "PROPN", "Deaver"), ("was", 2, "auxpass", "AUX", "be"),
            ("indicted", 2, "ROOT", "VERB", "indict"), ("by", 2, "agent", "ADP", "by"),
            ("a", 6, "det", "DET", "a"), ("grand", 6, "amod", "ADJ", "grand"), ("jury", 3, "pobj", "NOUN", "jury")]
    assert events_of(vocab, rows, {0: ("deaver", "person")}) == [
        ("ACCUSE", "accused", [], ["deaver"], "asserted")]
    # words need a speaker: "Deaver was criticised by a grand jury" is no event without one
    rows[2] = ("criticised", 2, "ROOT", "VERB", "criticise")
    assert events_of(vocab, rows, {0: ("deaver", "person")}) == []


def test_voting_against_rejects(vocab):
    rows = [("Deputies", 1, "nsubj", "PROPN", "Deputies"), ("voted", 1, "ROOT", "VERB", "vote"),
            ("against", 1, "prep", "ADP", "against"), ("Chirac", 2, "pobj", "PROPN", "Chirac")]
    actors = {0: ("deputies", "group"), 3: ("chirac", "person")}
    assert events_of(vocab, rows, actors) == [("REJECT", "voted against", ["deputies"], ["chirac"], "asserted")]
    rows[2] = ("for", 1, "prep", "ADP", "for")  # "voted for the budget", "for an unchanged policy": mostly no party
    assert events_of(vocab, rows, actors) == []
    rows[2] = ("on", 1, "prep", "ADP", "on")
    assert events_of(vocab, rows, actors) == []


def test_letting_ones_controls_lapse_is_a_retreat(vocab):
    rows = [("Washington", 1, "nsubj", "PROPN", "Washington"), ("allowed", 1, "ROOT", "VERB", "allow"),
            ("controls", 4, "nsubj", "NOUN", "control"), ("to", 4, "aux", "PART", "to"),
            ("lapse", 1, "ccomp", "VERB", "lapse")]
    assert events_of(vocab, rows, {0: ("usa", "country")}) == [("RETREAT", "let lapse", ["usa"], [], "asserted")]
    rows[4] = ("continue", 1, "ccomp", "VERB", "continue")
    assert events_of(vocab, rows, {0: ("usa", "country")}) == []


def test_a_court_sentence_is_reported_without_its_court(vocab):
    rows = [("Hasenfus", 2, "nsubjpass", "PROPN", "Hasenfus"), ("was", 2, "auxpass", "AUX", "be"),
            ("sentenced", 2, "ROOT", "VERB", "sentence"), ("to", 2, "prep", "ADP", "to"),
            ("jail", 3, "pobj", "NOUN", "jail")]
    assert events_of(vocab, rows, {0: ("hasenfus", "person")}) == [
        ("SANCTION", "sentenced", [], ["hasenfus"], "asserted")]


def test_going_ahead_with_an_act_is_the_act(vocab):
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("went", 1, "ROOT", "VERB", "go"),
            ("ahead", 1, "advmod", "ADV", "ahead"), ("with", 1, "prep", "ADP", "with"),
            ("its", 5, "poss", "PRON", "its"), ("offensive", 3, "pobj", "NOUN", "offensive")]
    assert [e[0] for e in events_of(vocab, rows, {0: ("isr", "country")})] == ["ASSAULT"]
    rows[2] = ("away", 1, "advmod", "ADV", "away")  # "went away with its offensive": no carrying out said
    assert events_of(vocab, rows, {0: ("isr", "country")}) == []


def test_a_warning_that_the_speakers_country_may_act_is_a_threat(vocab):
    # "Sourrouille warned Argentina may break off negotiations"
    rows = [("Sourrouille", 1, "nsubj", "PROPN", "Sourrouille"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("Argentina", 4, "nsubj", "PROPN", "Argentina"), ("may", 4, "aux", "AUX", "may"),
            ("break", 1, "ccomp", "VERB", "break"), ("off", 4, "prt", "ADP", "off"),
            ("negotiations", 4, "dobj", "NOUN", "negotiation")]
    doc, layer = parse(vocab, rows, {0: ("sourrouille", "person"), 2: ("arg", "country")})
    layer.actors["sourrouille"] = layer.actors["sourrouille"].model_copy(update={"affiliations": ["arg"]})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert ("THREATEN", ["sourrouille"]) in [(e.type, e.actors) for e in events]
    layer.actors["sourrouille"] = layer.actors["sourrouille"].model_copy(update={"affiliations": []})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert "THREATEN" not in [e.type for e in events]  # another's act foreseen: a caution


@pytest.mark.parametrize("verb,lemma,typ,certainty", [
    ("ask", "ask", "REQUEST", "possible"),       # a request announced is not yet made
    ("criticise", "criticise", "ACCUSE", "possible"),
    ("reject", "reject", "REJECT", "asserted"),  # a stance announced is taken
])
def test_a_reported_future_request_is_not_yet_made_a_stance_is_taken(vocab, verb, lemma, typ, certainty):
    # Brazil said it would ask Japan / criticise Japan / reject Japan('s plan)
    rows = [("Brazil", 1, "nsubj", "PROPN", "Brazil"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"), (verb, 1, "ccomp", "VERB", lemma),
            ("Japan", 4, "dobj", "PROPN", "Japan")]
    got = events_of(vocab, rows, {0: ("bra", "country"), 2: ("bra", "country"), 5: ("jpn", "country")})
    assert [(g[0], g[4]) for g in got] == [(typ, certainty)]


def test_a_request_continued_is_under_way(vocab):
    # Brazil said it would continue to urge Japan
    rows = [("Brazil", 1, "nsubj", "PROPN", "Brazil"), ("said", 1, "ROOT", "VERB", "say"),
            ("it", 4, "nsubj", "PRON", "it"), ("would", 4, "aux", "AUX", "would"),
            ("continue", 1, "ccomp", "VERB", "continue"), ("to", 6, "aux", "PART", "to"),
            ("urge", 4, "xcomp", "VERB", "urge"), ("Japan", 6, "dobj", "PROPN", "Japan")]
    got = events_of(vocab, rows, {0: ("bra", "country"), 2: ("bra", "country"), 7: ("jpn", "country")})
    assert ("REQUEST", "asserted") in [(g[0], g[4]) for g in got]


def test_a_reporting_conjunct_with_a_content_of_its_own_attributes_nothing(vocab):
    # Finland will give Tanzania aid , but diplomats said they doubted it : the writer's schedule
    rows = [("Finland", 2, "nsubj", "PROPN", "Finland"), ("will", 2, "aux", "AUX", "will"),
            ("give", 2, "ROOT", "VERB", "give"), ("Tanzania", 2, "dative", "PROPN", "Tanzania"),
            ("aid", 2, "dobj", "NOUN", "aid"), (",", 2, "punct", "PUNCT", ","), ("but", 2, "cc", "CCONJ", "but"),
            ("diplomats", 8, "nsubj", "NOUN", "diplomat"), ("said", 2, "conj", "VERB", "say"),
            ("they", 10, "nsubj", "PRON", "they"), ("doubted", 8, "ccomp", "VERB", "doubt"),
            ("it", 10, "dobj", "PRON", "it")]
    got = events_of(vocab, rows, {0: ("fin", "country"), 3: ("tza", "country")})
    assert [g[0] for g in got if g[4] == "asserted"] == []
    assert ("AID", "aided", ["fin"], ["tza"], "possible") in got


def test_a_meeting_announced_with_no_other_party_is_promised_to_no_one(vocab):
    # Finland said it will meet (Tanzania): only a meeting with another party is agreed with it
    for with_other in (False, True):
        rows = [("Finland", 1, "nsubj", "PROPN", "Finland"), ("said", 1, "ROOT", "VERB", "say"),
                ("it", 4, "nsubj", "PRON", "it"), ("will", 4, "aux", "AUX", "will"),
                ("meet", 1, "ccomp", "VERB", "meet")]
        rows += [("Tanzania", 4, "dobj", "PROPN", "Tanzania")] if with_other else []
        parties = {0: ("fin", "country"), 2: ("fin", "country"), **({5: ("tza", "country")} if with_other else {})}
        got = events_of(vocab, rows, parties)
        assert [g[0] for g in got if g[4] == "asserted"] == (["AGREE"] if with_other else [])
        assert any(g[0] == "CONSULT" and g[4] == "possible" for g in got)


def test_a_negated_offer_is_no_refusal(vocab):
    # Peru did not propose a truce: no offer was made, none was refused
    rows = [("Peru", 3, "nsubj", "PROPN", "Peru"), ("did", 3, "aux", "AUX", "do"),
            ("not", 3, "neg", "PART", "not"), ("propose", 3, "ROOT", "VERB", "propose"),
            ("a", 5, "det", "DET", "a"), ("truce", 3, "dobj", "NOUN", "truce")]
    got = events_of(vocab, rows, {0: ("peru", "country")})
    assert got and all(e[0] != "REJECT" and e[4] == "negated" for e in got)


def test_a_refusal_in_a_condition_is_only_possible(vocab):
    # Prices fall if Syria does not accept the plan
    rows = [("Prices", 1, "nsubj", "NOUN", "price"), ("fall", 1, "ROOT", "VERB", "fall"),
            ("if", 6, "mark", "SCONJ", "if"), ("Syria", 6, "nsubj", "PROPN", "Syria"),
            ("does", 6, "aux", "AUX", "do"), ("not", 6, "neg", "PART", "not"),
            ("accept", 1, "advcl", "VERB", "accept"), ("the", 8, "det", "DET", "the"),
            ("plan", 6, "dobj", "NOUN", "plan")]
    got = events_of(vocab, rows, {3: ("syria", "country")})
    assert got == [("REJECT", "rejected", ["syria"], [], "possible")]


def test_the_negated_purpose_of_an_act_is_no_refusal(vocab):
    # Israel did not act to accept the plan: the negation is the act's, the purpose refuses nothing
    rows = [("Israel", 3, "nsubj", "PROPN", "Israel"), ("did", 3, "aux", "AUX", "do"),
            ("not", 3, "neg", "PART", "not"), ("act", 3, "ROOT", "VERB", "act"),
            ("to", 5, "aux", "PART", "to"), ("accept", 3, "advcl", "VERB", "accept"),
            ("the", 7, "det", "DET", "the"), ("plan", 5, "dobj", "NOUN", "plan")]
    got = events_of(vocab, rows, {0: ("israel", "country")})
    assert not any(e[0] == "REJECT" for e in got)


def test_failing_to_agree_in_a_condition_is_only_possible(vocab):
    # Prices fall if Syria fails to accept the plan
    rows = [("Prices", 1, "nsubj", "NOUN", "price"), ("fall", 1, "ROOT", "VERB", "fall"),
            ("if", 4, "mark", "SCONJ", "if"), ("Syria", 4, "nsubj", "PROPN", "Syria"),
            ("fails", 1, "advcl", "VERB", "fail"), ("to", 6, "aux", "PART", "to"),
            ("accept", 4, "xcomp", "VERB", "accept"), ("the", 8, "det", "DET", "the"),
            ("plan", 6, "dobj", "NOUN", "plan")]
    got = events_of(vocab, rows, {3: ("syria", "country")})
    assert got == [("REJECT", "rejected", ["syria"], [], "possible")]


def test_a_meeting_the_writer_says_will_happen_is_a_planned_meeting(vocab):
    # Lyng will visit Tokyo: a future meeting with a named party is planned (AGREE), the visit to come
    rows = [("Lyng", 2, "nsubj", "PROPN", "Lyng"), ("will", 2, "aux", "AUX", "will"),
            ("visit", 2, "ROOT", "VERB", "visit"), ("Tokyo", 2, "dobj", "PROPN", "Tokyo")]
    got = events_of(vocab, rows, {0: ("lyng", "person"), 3: ("jpn", "country")})
    assert ("AGREE", ["lyng"], ["jpn"], "asserted") in [(g[0], g[2], g[3], g[4]) for g in got]
    assert any(g[0] == "CONSULT" and g[4] == "possible" for g in got)


def test_conceding_a_fact_is_no_concession(vocab):
    # officials concede that time is short / Israel conceded defeat
    rows = [("Brazil", 1, "nsubj", "PROPN", "Brazil"), ("concedes", 1, "ROOT", "VERB", "concede"),
            ("that", 4, "mark", "SCONJ", "that"), ("time", 4, "nsubj", "NOUN", "time"),
            ("is", 1, "ccomp", "AUX", "be"), ("short", 4, "acomp", "ADJ", "short")]
    assert events_of(vocab, rows, {0: ("brazil", "country")}) == []
    rows = [("Brazil", 1, "nsubj", "PROPN", "Brazil"), ("conceded", 1, "ROOT", "VERB", "concede"),
            ("defeat", 1, "dobj", "NOUN", "defeat")]
    assert [e[0] for e in events_of(vocab, rows, {0: ("brazil", "country")})] == ["CONCEDE"]
