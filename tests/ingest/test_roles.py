"""Role rules of the event stage (recipients and actors) on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors import ActorLayer
from graphkit.ingest.roles import arg_actors, np_actors, subject_actors
from tests.ingest.test_events import events_of, parse


def test_agentless_hostile_passive_is_an_event_without_actor(vocab):
    # Three Iraqi civilians were killed ("civilians" maps to the Iraqis)
    rows = [("Three", 2, "nummod", "NUM", "three"), ("Iraqi", 2, "amod", "ADJ", "iraqi"),
            ("civilians", 4, "nsubjpass", "NOUN", "civilian"), ("were", 4, "auxpass", "AUX", "be"),
            ("killed", 4, "ROOT", "VERB", "kill")]
    got = events_of(vocab, rows, {2: ("iraqis", "group")})
    assert got == [("ASSAULT", "killed", [], ["iraqis"], "asserted")]


def test_agentless_friendly_passive_stays_without_event(vocab):
    # The Iraqis were praised: no doer, and no hostile act
    rows = [("Iraqis", 2, "nsubjpass", "PROPN", "Iraqis"), ("were", 2, "auxpass", "AUX", "be"),
            ("praised", 2, "ROOT", "VERB", "praise")]
    assert events_of(vocab, rows, {0: ("iraqis", "group")}) == []


def test_passive_doer_from_when_clause(vocab):
    # People were killed when an Israeli shell slammed into the shelter
    rows = [("People", 2, "nsubjpass", "NOUN", "people"), ("were", 2, "auxpass", "AUX", "be"),
            ("killed", 2, "ROOT", "VERB", "kill"), ("when", 6, "advmod", "SCONJ", "when"),
            ("an", 5, "det", "DET", "an"), ("shell", 6, "nsubj", "NOUN", "shell"),
            ("slammed", 2, "advcl", "VERB", "slam")]
    doc, layer = parse(vocab, rows, {0: ("palestinians", "group"), 5: ("israel", "country")})
    assert subject_actors(doc[2], layer) == ["israel"]
    assert ("ASSAULT", "killed", ["israel"], ["palestinians"], "asserted") in events_of(
        vocab, rows, {0: ("palestinians", "group"), 5: ("israel", "country")})


def test_purpose_act_is_addressed_to_the_object_of_its_verb(vocab):
    # Oniya summoned the ambassador to complain
    rows = [("Oniya", 1, "nsubj", "PROPN", "Oniya"), ("summoned", 1, "ROOT", "VERB", "summon"),
            ("the", 3, "det", "DET", "the"), ("ambassador", 1, "dobj", "NOUN", "ambassador"),
            ("to", 5, "aux", "PART", "to"), ("complain", 1, "xcomp", "VERB", "complain")]
    got = events_of(vocab, rows, {0: ("oniya", "person"), 3: ("mohamane", "person")})
    assert [(g[0], g[2], g[3]) for g in got] == [("ACCUSE", ["oniya"], ["mohamane"])]


def test_object_control_verb_gives_no_addressee(vocab):
    # Oniya urged the ambassador to complain: the ambassador complains, to nobody named
    rows = [("Oniya", 1, "nsubj", "PROPN", "Oniya"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("the", 3, "det", "DET", "the"), ("ambassador", 1, "dobj", "NOUN", "ambassador"),
            ("to", 5, "aux", "PART", "to"), ("complain", 1, "xcomp", "VERB", "complain")]
    got = events_of(vocab, rows, {0: ("oniya", "person"), 3: ("mohamane", "person")})
    assert ("ACCUSE", "complained about", ["mohamane"], [], "possible") in got


def test_shown_disapproval_names_the_recipient(vocab):
    # Demonstrators blocked a road to show their disapproval of Washington's policies
    rows = [("Demonstrators", 1, "nsubj", "NOUN", "demonstrator"), ("blocked", 1, "ROOT", "VERB", "block"),
            ("a", 3, "det", "DET", "a"), ("road", 1, "dobj", "NOUN", "road"),
            ("to", 5, "aux", "PART", "to"), ("show", 1, "advcl", "VERB", "show"),
            ("their", 7, "poss", "PRON", "their"), ("disapproval", 5, "dobj", "NOUN", "disapproval"),
            ("of", 7, "prep", "ADP", "of"), ("Washington", 10, "poss", "PROPN", "Washington"),
            ("policies", 8, "pobj", "NOUN", "policy")]
    got = events_of(vocab, rows, {0: ("demonstrators", "group"), 9: ("usa", "country")})
    assert [(g[0], g[3]) for g in got] == [("PROTEST", ["usa"])]


def test_threat_is_aimed_at_the_target_of_the_threatened_act(vocab):
    # Iran threatened to attack Iraq unless Baghdad accepted
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("attack", 1, "xcomp", "VERB", "attack"),
            ("Iraq", 3, "dobj", "PROPN", "Iraq"), ("unless", 7, "mark", "SCONJ", "unless"),
            ("Baghdad", 7, "nsubj", "PROPN", "Baghdad"), ("accepted", 3, "advcl", "VERB", "accept")]
    got = events_of(vocab, rows, {0: ("iran", "country"), 4: ("iraq", "country"), 6: ("baghdad", "location")})
    threat = [g for g in got if g[0] == "THREATEN"]
    assert threat and threat[0][3][0] == "iraq"


def test_plural_reference_gives_every_actor(vocab):
    doc = Doc(vocab, words=["the", "two", "countries"], heads=[2, 2, 2], deps=["det", "nummod", "ROOT"])
    layer = ActorLayer(token_actor={2: "qatar"}, plural={2: ["qatar", "turkey"]})
    assert np_actors(doc[2], layer) == ["qatar", "turkey"]


def test_agent_of_a_participle_inside_the_object(vocab):
    # (prevented) the demonstration staged by students
    doc = Doc(vocab, words=["demonstration", "staged", "by", "students"], heads=[0, 0, 1, 2],
              deps=["ROOT", "acl", "agent", "pobj"])
    layer = ActorLayer(token_actor={3: "students"})
    assert arg_actors(doc[0], layer) == ["students"]


def test_allegiance_adjective_gives_the_actor_acted_for(vocab):
    # militants loyal to Zarqawi
    doc = Doc(vocab, words=["militants", "loyal", "to", "Zarqawi"], heads=[0, 0, 1, 2],
              deps=["ROOT", "amod", "prep", "pobj"])
    layer = ActorLayer(token_actor={3: "zarqawi"})
    assert np_actors(doc[0], layer) == ["zarqawi"]
    doc = Doc(vocab, words=["militants", "angry", "at", "Zarqawi"], heads=[0, 0, 1, 2],
              deps=["ROOT", "amod", "prep", "pobj"])
    assert np_actors(doc[0], layer) == []


def test_demoted_participle_with_an_object_is_active(vocab):
    # Doctors from American groups donated goods to the school (the parser made "Doctors" the root)
    rows = [("Doctors", 0, "ROOT", "NOUN", "doctor"), ("from", 0, "prep", "ADP", "from"),
            ("groups", 1, "pobj", "NOUN", "group"), ("donated", 2, "acl", "VERB", "donate"),
            ("goods", 3, "dobj", "NOUN", "good"), ("to", 3, "prep", "ADP", "to"),
            ("school", 5, "pobj", "NOUN", "school")]
    doc, layer = parse(vocab, rows, {2: ("usa", "country"), 6: ("school", "organization")})
    doc[3].tag_ = "VBN"
    assert subject_actors(doc[3], layer) == ["usa"]
    # without an object it is a passive participle: "the goods donated to the school"
    rows = [("goods", 0, "ROOT", "NOUN", "good"), ("from", 0, "prep", "ADP", "from"),
            ("groups", 1, "pobj", "NOUN", "group"), ("donated", 2, "acl", "VERB", "donate"),
            ("to", 3, "prep", "ADP", "to"), ("school", 4, "pobj", "NOUN", "school")]
    doc, layer = parse(vocab, rows, {2: ("usa", "country"), 5: ("school", "organization")})
    doc[3].tag_ = "VBN"
    assert subject_actors(doc[3], layer) == []
