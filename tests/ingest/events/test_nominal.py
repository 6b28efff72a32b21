"""Who does an act a noun names (graphkit.ingest.events.nominal), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.nominal import (
    amount_nouns,
    cause_doers,
    held_support,
    modifier_doers,
    nested_nouns,
    occasion_doers,
    participle_agents,
    source_doers,
    state_doers,
)
from graphkit.ingest.events.triggers import find_candidates
from tests.ingest.events.test_find import events_of, parse


def _strike_called_by(vocab, verb, lemma):
    # a strike <verb> by workers
    rows = [("a", 1, "det", "DET", "a"), ("strike", 1, "ROOT", "NOUN", "strike"), (verb, 1, "acl", "VERB", lemma),
            ("by", 2, "agent", "ADP", "by"), ("workers", 3, "pobj", "NOUN", "worker")]
    return parse(vocab, rows, {4: ("workers", "group")})


def test_the_agent_of_a_participle_of_doing_does_the_act(vocab):
    doc, layer = _strike_called_by(vocab, "called", "call")
    assert participle_agents(doc[1], layer) == ["workers"]
    doc, layer = _strike_called_by(vocab, "staged", "stag")  # a mangled lemma is repaired
    assert participle_agents(doc[1], layer) == ["workers"]
    doc, layer = _strike_called_by(vocab, "condemned", "condemn")  # judging it is not doing it
    assert participle_agents(doc[1], layer) == []


def test_being_on_strike_is_the_subjects_act(vocab):
    rows = [("seamen", 1, "nsubj", "NOUN", "seaman"), ("were", 1, "ROOT", "AUX", "be"),
            ("still", 1, "advmod", "ADV", "still"), ("on", 1, "prep", "ADP", "on"),
            ("strike", 3, "pobj", "NOUN", "strike")]
    doc, layer = parse(vocab, rows, {0: ("seamen", "group")})
    assert state_doers(doc[4], layer) == ["seamen"]
    assert events_of(vocab, rows, {0: ("seamen", "group")}) == [
        ("PROTEST", "struck against", ["seamen"], [], "asserted")]
    # "seamen were on the ship": no act
    rows[4] = ("ship", 3, "pobj", "NOUN", "ship")
    assert events_of(vocab, rows, {0: ("seamen", "group")}) == []


def _meeting_rows(prep, with_party=True):
    # <prep> meetings (with Bush) , Clark spoke
    rows = [(prep, 5, "prep", "ADP", prep.lower()), ("meetings", 0, "pobj", "NOUN", "meeting")]
    rows += [("with", 1, "prep", "ADP", "with"), ("Bush", 2, "pobj", "PROPN", "Bush")] if with_party else []
    n = len(rows)
    rows += [(",", n + 2, "punct", "PUNCT", ","), ("Clark", n + 2, "nsubj", "PROPN", "Clark"),
             ("spoke", n + 2, "ROOT", "VERB", "speak")]
    rows[0] = (prep, n + 2, "prep", "ADP", prep.lower())
    return rows


def test_a_meeting_is_the_occasions_subjects_with_its_party(vocab):
    rows = _meeting_rows("After")
    doc, layer = parse(vocab, rows, {3: ("bush", "person"), 5: ("clark", "person")})
    assert occasion_doers(doc[1], layer) == ["clark"]
    assert ("CONSULT", "met", ["clark"], ["bush"], "asserted") in events_of(
        vocab, rows, {3: ("bush", "person"), 5: ("clark", "person")})
    # "after meetings, Clark spoke": no party to meet
    rows = _meeting_rows("After", with_party=False)
    doc, layer = parse(vocab, rows, {3: ("clark", "person")})
    assert occasion_doers(doc[1], layer) == []
    # "At meetings with Bush, Clark spoke": one speaks at a meeting one takes part in
    rows = _meeting_rows("At")
    doc, layer = parse(vocab, rows, {3: ("bush", "person"), 5: ("clark", "person")})
    assert occasion_doers(doc[1], layer) == ["clark"]
    rows = _meeting_rows("At", with_party=False)
    doc, layer = parse(vocab, rows, {3: ("clark", "person")})
    assert occasion_doers(doc[1], layer) == []  # "at meetings" alone: a gathering, no party met
    # "Because of meetings with Bush, Clark spoke": no occasion the subject takes part in
    rows = _meeting_rows("Because")
    doc, layer = parse(vocab, rows, {3: ("bush", "person"), 5: ("clark", "person")})
    assert occasion_doers(doc[1], layer) == []


def _attacks(vocab, with_target=True, name_spans_noun=False):
    # U.S. attacks (on Iranian platforms)
    rows = [("U.S.", 1, "compound", "PROPN", "U.S."), ("attacks", 1, "ROOT", "NOUN", "attack")]
    if with_target:
        rows += [("on", 1, "prep", "ADP", "on"), ("Iranian", 4, "amod", "ADJ", "iranian"),
                 ("platforms", 2, "pobj", "NOUN", "platform")]
    actors = {0: ("usa", "country"), 1: ("usa", "country")} if name_spans_noun else {0: ("usa", "country")}
    if with_target:
        actors[3] = ("iran", "country")
    return parse(vocab, rows, actors)


def test_a_modifier_does_the_act_when_a_preposition_names_its_patient(vocab):
    doc, layer = _attacks(vocab)
    assert modifier_doers(doc[1], layer) == ["usa"]
    doc, layer = _attacks(vocab, with_target=False)  # "U.S. attacks" alone may be on the U.S.
    assert modifier_doers(doc[1], layer) == []
    doc, layer = _attacks(vocab, name_spans_noun=True)  # "U.S. Attacks" read as one name
    assert modifier_doers(doc[1], layer) == []


def _backed(vocab, verb, lemma, mod="retaliatory"):
    # The Senate <verb> Reagan 's <mod> strike against Iran
    rows = [("Senate", 1, "nsubj", "PROPN", "Senate"), (verb, 1, "ROOT", "VERB", lemma),
            ("Reagan", 5, "poss", "PROPN", "Reagan"), ("'s", 2, "case", "PART", "'s"),
            (mod, 5, "amod", "ADJ", mod), ("strike", 1, "dobj", "NOUN", "strike"),
            ("against", 5, "prep", "ADP", "against"), ("Iran", 6, "pobj", "PROPN", "Iran")]
    return rows, {0: ("senate", "organization"), 2: ("reagan", "person"), 7: ("iran", "country")}


def test_an_act_with_its_own_doer_inside_another_is_an_event(vocab):
    rows, actors = _backed(vocab, "backed", "back")
    got = events_of(vocab, rows, actors)
    assert ("SUPPORT", "supported", ["senate"], ["reagan"], "asserted") in got
    assert ("ASSAULT", "bombed", ["reagan"], ["iran"], "asserted") in got


def test_an_act_only_asked_for_or_planned_is_no_event(vocab):
    rows, actors = _backed(vocab, "demanded", "demand")
    assert not [e for e in events_of(vocab, rows, actors) if e[0] == "ASSAULT"]
    rows, actors = _backed(vocab, "backed", "back", mod="possible")
    doc, layer = parse(vocab, rows, actors)
    assert nested_nouns(doc, find_candidates(doc, layer), layer) == []


def test_an_act_told_as_the_occasion_is_background_unless_a_done_act_between_parties(vocab):
    # police patrolled after protests by groups: a one-party act told as the occasion
    rows = [("police", 1, "nsubj", "NOUN", "police"), ("patrolled", 1, "ROOT", "VERB", "patrol"),
            ("after", 1, "prep", "ADP", "after"), ("protests", 2, "pobj", "NOUN", "protest"),
            ("by", 3, "prep", "ADP", "by"), ("groups", 4, "pobj", "NOUN", "group")]
    doc, layer = parse(vocab, rows, {0: ("police", "group"), 5: ("groups", "group")})
    assert nested_nouns(doc, find_candidates(doc, layer), layer) == []
    # police patrolled after attacks by groups on villagers: an act between parties, done
    attacks = [("police", 1, "nsubj", "NOUN", "police"), ("patrolled", 1, "ROOT", "VERB", "patrol"),
               ("after", 1, "prep", "ADP", "after"), ("attacks", 2, "pobj", "NOUN", "attack"),
               ("by", 3, "prep", "ADP", "by"), ("groups", 4, "pobj", "NOUN", "group"),
               ("on", 3, "prep", "ADP", "on"), ("villagers", 6, "pobj", "NOUN", "villager")]
    actors = {0: ("police", "group"), 5: ("groups", "group"), 7: ("villagers", "group")}
    doc, layer = parse(vocab, attacks, actors)
    assert [c.head.text for c in nested_nouns(doc, find_candidates(doc, layer), layer)] == ["attacks"]
    # police will patrol after attacks by groups on villagers: the attacks are still to come
    rows_to_come = [attacks[0], ("will", 2, "aux", "AUX", "will"), ("patrol", 2, "ROOT", "VERB", "patrol")]
    rows_to_come += [(w, h + 1, d, p, lem) for w, h, d, p, lem in attacks[2:]]
    rows_to_come[0] = ("police", 2, "nsubj", "NOUN", "police")
    doc, layer = parse(vocab, rows_to_come, {0: ("police", "group"), 6: ("groups", "group"), 8: ("villagers", "group")})
    assert nested_nouns(doc, find_candidates(doc, layer), layer) == []
    rows[2], rows[1] = ("during", 1, "prep", "ADP", "during"), ("patrolled", 1, "ROOT", "VERB", "patrol")
    doc, layer = parse(vocab, rows, {0: ("police", "group"), 5: ("groups", "group")})
    assert [c.head.text for c in nested_nouns(doc, find_candidates(doc, layer), layer)] == ["protests"]


def test_the_doer_of_a_cause_subject_does_the_verbs_act(vocab):
    # an attack by rebels killed soldiers
    rows = [("an", 1, "det", "DET", "an"), ("attack", 5, "nsubj", "NOUN", "attack"), ("by", 1, "prep", "ADP", "by"),
            ("rebels", 2, "pobj", "NOUN", "rebel"), ("yesterday", 5, "npadvmod", "NOUN", "yesterday"),
            ("killed", 5, "ROOT", "VERB", "kill"), ("soldiers", 5, "dobj", "NOUN", "soldier")]
    actors = {3: ("rebels", "group"), 6: ("soldiers", "group")}
    doc, layer = parse(vocab, rows, actors)
    assert cause_doers(doc[5], layer) == ["rebels"]
    assert ("ASSAULT", "killed", ["rebels"], ["soldiers"], "asserted") in events_of(vocab, rows, actors)


def _amount(vocab, verb, lemma, noun, noun_lemma):
    # Reagan <verb> 300 dlrs in <noun> on Japan
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), (verb, 1, "ROOT", "VERB", lemma),
            ("300", 3, "nummod", "NUM", "300"), ("dlrs", 1, "dobj", "NOUN", "dlrs"),
            ("in", 3, "prep", "ADP", "in"), (noun, 4, "pobj", "NOUN", noun_lemma), ("on", 5, "prep", "ADP", "on"),
            ("Japan", 6, "pobj", "PROPN", "Japan")]
    return rows, {0: ("reagan", "person"), 7: ("japan", "country")}


def test_an_amount_in_an_event_noun_is_that_act(vocab):
    rows, actors = _amount(vocab, "imposed", "impose", "sanctions", "sanction")
    assert events_of(vocab, rows, actors) == [("SANCTION", "sanctioned", ["reagan"], ["japan"], "asserted")]
    rows, actors = _amount(vocab, "pledged", "pledge", "funds", "fund")
    doc, layer = parse(vocab, rows, actors)
    assert [(v.text, t.type) for v, _, t in amount_nouns(doc, layer)] == [("pledged", "AID")]
    rows, actors = _amount(vocab, "needs", "need", "assistance", "assistance")  # needing it is no giving
    doc, layer = parse(vocab, rows, actors)
    assert amount_nouns(doc, layer) == []


def _has_support(vocab, verb, lemma):
    # Kuwait <verb> the support of Riyadh
    rows = [("Kuwait", 1, "nsubj", "PROPN", "Kuwait"), (verb, 1, "ROOT", "VERB", lemma),
            ("the", 3, "det", "DET", "the"), ("support", 1, "dobj", "NOUN", "support"),
            ("of", 3, "prep", "ADP", "of"), ("Riyadh", 4, "pobj", "PROPN", "Riyadh")]
    return rows, {0: ("kuwait", "country"), 5: ("saudi-arabia", "country")}


def test_who_has_the_support_of_another_receives_it(vocab):
    rows, actors = _has_support(vocab, "has", "have")
    assert events_of(vocab, rows, actors) == [("SUPPORT", "supported", ["saudi-arabia"], ["kuwait"], "asserted")]
    rows, actors = _has_support(vocab, "lost", "lose")
    doc, layer = parse(vocab, rows, actors)
    assert held_support(doc, layer) == []


def test_an_event_noun_that_only_modifies_a_thing_is_no_event(vocab):
    # The union announced a strike committee  /  The union announced strike action
    for noun, want in (("committee", []), ("action", ["PROTEST"])):
        rows = [("union", 1, "nsubj", "NOUN", "union"), ("announced", 1, "ROOT", "VERB", "announce"),
                ("a", 4, "det", "DET", "a"), ("strike", 4, "compound", "NOUN", "strike"),
                (noun, 1, "dobj", "NOUN", noun)]
        got = events_of(vocab, rows, {0: ("union", "organization")})
        assert [e[0] for e in got] == want, noun


def test_one_visits_where_one_is_asked_during_a_visit(vocab):
    # During a visit to China , Kondo was asked by Volcker : the visitor is the passive subject
    rows = [("During", 8, "prep", "ADP", "during"), ("a", 2, "det", "DET", "a"), ("visit", 0, "pobj", "NOUN", "visit"),
            ("to", 2, "prep", "ADP", "to"), ("China", 3, "pobj", "PROPN", "China"), (",", 8, "punct", "PUNCT", ","),
            ("Kondo", 8, "nsubjpass", "PROPN", "Kondo"), ("was", 8, "auxpass", "AUX", "be"),
            ("asked", 8, "ROOT", "VERB", "ask"), ("by", 8, "agent", "ADP", "by"),
            ("Volcker", 9, "pobj", "PROPN", "Volcker")]
    actors = {4: ("china", "country"), 6: ("kondo", "person"), 10: ("volcker", "person")}
    doc, layer = parse(vocab, rows, actors)
    assert occasion_doers(doc[2], layer) == ["kondo"]
    assert ("CONSULT", "visited", ["kondo"], ["china"], "asserted") in events_of(vocab, rows, actors)


def test_an_act_recommended_is_not_done(vocab):
    # they recommended sanctions against Canada: the sanctions are only recommended
    from graphkit.ingest.events.nominal import _unreal

    rows = [("they", 1, "nsubj", "PRON", "they"), ("recommended", 1, "ROOT", "VERB", "recommend"),
            ("sanctions", 1, "dobj", "NOUN", "sanction")]
    doc, _ = parse(vocab, rows, {})
    assert _unreal(doc[2], set())
    rows[1] = ("announced", 1, "ROOT", "VERB", "announce")
    doc, _ = parse(vocab, rows, {})
    assert not _unreal(doc[2], set())


def test_what_is_said_or_given_from_a_party_is_its_act(vocab):
    # threats of retaliation from the EC: the parser hangs "from" on the "of" object
    rows = [("threats", 0, "ROOT", "NOUN", "threat"), ("of", 0, "prep", "ADP", "of"),
            ("retaliation", 1, "pobj", "NOUN", "retaliation"), ("from", 2, "prep", "ADP", "from"),
            ("Brussels", 3, "pobj", "PROPN", "Brussels")]
    doc, layer = parse(vocab, rows, {4: ("ec", "organization")})
    assert source_doers(doc[0], layer) == ["ec"]
    # a withdrawal "from" a place leaves it: the place does not withdraw
    rows = [("withdrawal", 0, "ROOT", "NOUN", "withdrawal"), ("from", 0, "prep", "ADP", "from"),
            ("Chad", 1, "pobj", "PROPN", "Chad")]
    doc, layer = parse(vocab, rows, {2: ("chad", "country")})
    assert source_doers(doc[0], layer) == []


def test_a_demonym_names_the_doer_when_to_names_the_party(vocab):
    rows = [("Japanese", 1, "amod", "ADJ", "japanese"), ("visit", 1, "ROOT", "NOUN", "visit"),
            ("to", 1, "prep", "ADP", "to"), ("Washington", 2, "pobj", "PROPN", "Washington")]
    doc, layer = parse(vocab, rows, {0: ("japan", "country"), 3: ("washington", "location")})
    assert modifier_doers(doc[1], layer) == ["japan"]
    # with no party named, the adjective may be whom the act is for: nobody is said to do it
    doc, layer = parse(vocab, rows[:2], {0: ("japan", "country")})
    assert modifier_doers(doc[1], layer) == []


def test_what_another_act_answers_is_no_act_of_its_author_here(vocab):
    # conceded to demands from UNITA: the report is of the concession
    rows = [("Santos", 1, "nsubj", "PROPN", "Santos"), ("conceded", 1, "ROOT", "VERB", "concede"),
            ("to", 1, "prep", "ADP", "to"), ("demands", 2, "pobj", "NOUN", "demand"),
            ("from", 3, "prep", "ADP", "from"), ("UNITA", 4, "pobj", "PROPN", "UNITA")]
    doc, layer = parse(vocab, rows, {0: ("santos", "person"), 5: ("unita", "organization")})
    assert source_doers(doc[3], layer) == []
    rows[1] = ("welcomed", 1, "ROOT", "ADJ", "welcome")  # no act of its own: the demands are UNITA's
    doc, layer = parse(vocab, rows, {0: ("santos", "person"), 5: ("unita", "organization")})
    assert source_doers(doc[3], layer) == ["unita"]


def test_a_possessed_trip_to_a_party_is_a_visit(vocab):
    rows = [("her", 1, "poss", "PRON", "her"), ("trip", 4, "nsubj", "NOUN", "trip"),
            ("to", 1, "prep", "ADP", "to"), ("Moscow", 2, "pobj", "PROPN", "Moscow"),
            ("helped", 4, "ROOT", "VERB", "help"), ("her", 4, "dobj", "PRON", "she")]
    got = events_of(vocab, rows, {0: ("thatcher", "person"), 3: ("moscow", "location"), 5: ("thatcher", "person")})
    assert ("CONSULT", "visited", ["thatcher"], ["moscow"], "asserted") in got


def test_an_adjective_of_nationality_names_its_country_even_unnamed_elsewhere(vocab):
    # the Iraqi attack on the tanker: no Iraq elsewhere in the article
    rows = [("the", 2, "det", "DET", "the"), ("Iraqi", 2, "amod", "ADJ", "iraqi"),
            ("attack", 2, "ROOT", "NOUN", "attack"),
            ("on", 2, "prep", "ADP", "on"), ("the", 5, "det", "DET", "the"), ("tanker", 3, "pobj", "NOUN", "tanker")]
    doc, layer = parse(vocab, rows, {})
    doers = modifier_doers(doc[2], layer)
    assert [layer.actors[a].code for a in doers] == ["IRQ"]
    # no patient named: "Iraqi attacks" alone may be attacks on Iraq
    doc, layer = parse(vocab, rows[:3], {})
    assert modifier_doers(doc[2], layer) == []


def test_a_passive_verb_of_the_same_type_acts_on_the_nouns_act_and_does_not_tell_it(vocab):
    # China 's support for Pakistan was welcomed: the welcome is another's act on China's support
    rows = [("China", 2, "poss", "PROPN", "China"), ("'s", 0, "case", "PART", "'s"),
            ("support", 6, "nsubjpass", "NOUN", "support"), ("for", 2, "prep", "ADP", "for"),
            ("Pakistan", 3, "pobj", "PROPN", "Pakistan"), ("was", 6, "auxpass", "AUX", "be"),
            ("welcomed", 6, "ROOT", "VERB", "welcome")]
    doc, layer = parse(vocab, rows, {0: ("china", "country"), 4: ("pakistan", "country")})
    assert [c.head.text for c in nested_nouns(doc, find_candidates(doc, layer), layer)] == ["support"]
    # China welcomed Pakistan 's support: the verb tells the noun's act
    rows = [("China", 1, "nsubj", "PROPN", "China"), ("welcomed", 1, "ROOT", "VERB", "welcome"),
            ("Pakistan", 4, "poss", "PROPN", "Pakistan"), ("'s", 2, "case", "PART", "'s"),
            ("support", 1, "dobj", "NOUN", "support")]
    doc, layer = parse(vocab, rows, {0: ("china", "country"), 2: ("pakistan", "country")})
    assert nested_nouns(doc, find_candidates(doc, layer), layer) == []


def test_a_proposal_made_to_a_named_party_is_an_act_between_them(vocab):
    # Japan welcomed France 's proposals (to Iran)
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("welcomed", 1, "ROOT", "VERB", "welcome"),
            ("France", 4, "poss", "PROPN", "France"), ("'s", 2, "case", "PART", "'s"),
            ("proposals", 1, "dobj", "NOUN", "proposal")]
    actors = {0: ("japan", "country"), 2: ("france", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert nested_nouns(doc, find_candidates(doc, layer), layer) == []  # a plan judged
    rows += [("to", 4, "prep", "ADP", "to"), ("Iran", 5, "pobj", "PROPN", "Iran")]
    doc, layer = parse(vocab, rows, {**actors, 6: ("iran", "country")})
    assert [c.head.text for c in nested_nouns(doc, find_candidates(doc, layer), layer)] == ["proposals"]
