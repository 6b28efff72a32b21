"""The accused of a charge told in a content clause (graphkit.ingest.events.culprits), on hand-built
spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.culprits import clause_doers, content_culprits, culprits_complained_of
from graphkit.ingest.events.find import find_events
from graphkit.models import Article
from tests.ingest.events.test_find import events_of, parse

# Tass charged that Pakistan violated Afghan airspace
_CHARGED = [("Tass", 1, "nsubj", "PROPN", "Tass"), ("charged", 1, "ROOT", "VERB", "charge"),
            ("that", 4, "mark", "SCONJ", "that"), ("Pakistan", 4, "nsubj", "PROPN", "Pakistan"),
            ("violated", 1, "ccomp", "VERB", "violate"), ("Afghan", 6, "amod", "ADJ", "afghan"),
            ("airspace", 4, "dobj", "NOUN", "airspace")]
_ACTORS = {0: ("tass", "organization"), 3: ("pakistan", "country"), 5: ("afghanistan", "country")}


def test_the_doer_of_the_charged_act_is_accused_not_its_victim(vocab):
    got = [e for e in events_of(vocab, _CHARGED, _ACTORS) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["tass"], ["pakistan"])]


def test_a_doer_named_by_its_adjective_is_accused(vocab):
    # Iran charged that Iraqi jets bombed Basra
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("charged", 1, "ROOT", "VERB", "charge"),
            ("that", 5, "mark", "SCONJ", "that"), ("Iraqi", 4, "amod", "ADJ", "iraqi"),
            ("jets", 5, "nsubj", "NOUN", "jet"), ("bombed", 1, "ccomp", "VERB", "bomb"),
            ("Basra", 5, "dobj", "PROPN", "Basra")]
    doc, layer = parse(vocab, rows, {0: ("iran", "country"), 6: ("basra", "location")})
    (verb,) = [t for t in doc if t.text == "charged"]
    got = content_culprits([verb], ["iran"], ["basra"], layer)
    assert [layer.actors[a].code for a in got] == ["IRQ"]


def test_a_passive_clause_accuses_its_agent(vocab):
    # Iran alleged that its tankers were attacked by Iraq
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("alleged", 1, "ROOT", "VERB", "allege"),
            ("that", 6, "mark", "SCONJ", "that"), ("its", 4, "poss", "PRON", "its"),
            ("tankers", 6, "nsubjpass", "NOUN", "tanker"), ("were", 6, "auxpass", "AUX", "be"),
            ("attacked", 1, "ccomp", "VERB", "attack"), ("by", 6, "agent", "ADP", "by"),
            ("Iraq", 7, "pobj", "PROPN", "Iraq")]
    doc, layer = parse(vocab, rows, {0: ("iran", "country"), 3: ("iran", "country"), 8: ("iraq", "country")})
    assert clause_doers(doc[6], layer) == ["iraq"]
    assert content_culprits([doc[1]], ["iran"], ["iran"], layer) == ["iraq"]


def test_an_accused_object_or_the_speakers_own_side_is_kept(vocab):
    doc, layer = parse(vocab, _CHARGED, _ACTORS)
    # the speaker is the clause's doer: nothing to replace
    assert content_culprits([doc[1]], ["pakistan"], ["afghanistan"], layer) == ["afghanistan"]
    # Iran accused Iraq of bombing Basra: the object is the accused
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("accused", 1, "ROOT", "VERB", "accuse"),
            ("Iraq", 1, "dobj", "PROPN", "Iraq"), ("of", 1, "prep", "ADP", "of"),
            ("bombing", 3, "pcomp", "VERB", "bomb"), ("Basra", 4, "dobj", "PROPN", "Basra")]
    doc, layer = parse(vocab, rows, {0: ("iran", "country"), 2: ("iraq", "country"), 5: ("basra", "location")})
    assert content_culprits([doc[1]], ["iran"], ["iraq", "basra"], layer) == ["iraq", "basra"]


def test_a_claim_named_by_its_authors_adjective_accuses_its_content_subject(vocab):
    # Iraq denied Iranian accusations that Iraq bombed villages
    rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("denied", 1, "ROOT", "VERB", "deny"),
            ("Iranian", 3, "amod", "ADJ", "iranian"), ("accusations", 1, "dobj", "NOUN", "accusation"),
            ("that", 6, "mark", "SCONJ", "that"), ("Iraq", 6, "nsubj", "PROPN", "Iraq"),
            ("bombed", 3, "acl", "VERB", "bomb"), ("villages", 6, "dobj", "NOUN", "village")]
    doc, layer = parse(vocab, rows, {0: ("iraq", "country"), 5: ("iraq", "country")})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    got = [(e.actors, e.recipients) for e in events if e.type == "ACCUSE"]
    assert [([layer.actors[a].code for a in x], y) for x, y in got] == [(["IRN"], ["iraq"])]


def _complained(prep, *tail):
    return [("Nigeria", 1, "nsubj", "PROPN", "Nigeria"), ("complained", 1, "ROOT", "VERB", "complain"),
            (prep, 1, "prep", "ADP", prep), *tail]


def test_a_complaint_about_a_party_or_its_act_accuses_the_party(vocab):
    rows = _complained("about", ("Niger", 2, "pobj", "PROPN", "Niger"))
    got = [e for e in events_of(vocab, rows, {0: ("nga", "country"), 3: ("ner", "country")}) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["nga"], ["ner"])]
    rows = _complained("of", ("Niger", 5, "poss", "PROPN", "Niger"), ("'s", 3, "case", "PART", "'s"),
                       ("inaction", 2, "pobj", "NOUN", "inaction"))
    got = [e for e in events_of(vocab, rows, {0: ("nga", "country"), 3: ("ner", "country")}) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["nga"], ["ner"])]


def test_the_victims_of_the_act_complained_of_are_not_accused(vocab):
    # Nigeria complained about the arrest of Ghanaians: the arresting party is unnamed
    rows = _complained("about", ("the", 4, "det", "DET", "the"), ("arrest", 2, "pobj", "NOUN", "arrest"),
                       ("of", 4, "prep", "ADP", "of"), ("Ghana", 5, "pobj", "PROPN", "Ghana"))
    doc, layer = parse(vocab, rows, {0: ("nga", "country"), 6: ("gha", "country")})
    assert culprits_complained_of([doc[1]], ["nga"], [], layer) == []
    # an accusation that already names its party keeps it
    assert culprits_complained_of([doc[1]], ["nga"], ["x"], layer) == ["x"]
