"""People named by their work, placed where they work (graphkit.ingest.actors.workplaces)."""

from graphkit.ingest.actors.workplaces import works_for_a_living
from tests.ingest.actors.test_find import make_doc, run


def _placed(vocab, noun, place="Antwerp", ent="B-GPE"):
    # <noun> in <place> struck .
    rows = [(noun, 3, "nsubj", "NOUN", "NNS", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
            (place, 1, "pobj", "PROPN", "NNP", ent), ("struck", 3, "ROOT", "VERB", "VBD", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    return run(make_doc(vocab, rows=rows))


def test_workers_in_a_city_are_a_group_of_its_country_not_the_city(vocab):
    layer, by = _placed(vocab, "dockworkers")
    group = next(a for a in by.values() if a.id == layer.at(0))
    assert group.kind == "group" and group.name == "dockworkers"
    assert group.affiliations == [by["Belgium"].id]


def test_those_cited_for_their_trade_and_those_held_stay_unread(vocab):
    layer, _ = _placed(vocab, "dealers", "Tokyo")
    assert layer.at(0) is None
    layer, _ = _placed(vocab, "hostages", "Lebanon")  # held there, not of there
    assert layer.at(0) is None


def test_workers_at_a_site_in_a_city_are_of_its_country(vocab):
    # workers at the plant in Antwerp struck .
    rows = [("workers", 6, "nsubj", "NOUN", "NNS", "O"), ("at", 0, "prep", "ADP", "IN", "O"),
            ("the", 3, "det", "DET", "DT", "O"), ("plant", 1, "pobj", "NOUN", "NN", "O"),
            ("in", 3, "prep", "ADP", "IN", "O"), ("Antwerp", 4, "pobj", "PROPN", "NNP", "B-GPE"),
            ("struck", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    group = next(a for a in by.values() if a.id == layer.at(0))
    assert by["Belgium"].id in group.affiliations


def test_work_nouns_are_those_of_a_trade_not_of_the_forces_or_the_state():
    assert works_for_a_living("miners") and works_for_a_living("growers")
    assert not works_for_a_living("troops") and not works_for_a_living("officials")
    assert not works_for_a_living("diplomats") and not works_for_a_living("refugees")


def _story(vocab, noun):
    # Bolivia named twice: Bolivia struck . Bolivia voted . The <noun> rejected the offer .
    rows = [("Bolivia", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("struck", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"), ("Bolivia", 4, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("voted", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O"),
            ("The", 7, "det", "DET", "DT", "O"), (noun, 8, "nsubj", "NOUN", "NNS", "O"),
            ("rejected", 8, "ROOT", "VERB", "VBD", "O"), ("the", 10, "det", "DET", "DT", "O"),
            ("offer", 8, "dobj", "NOUN", "NN", "O"), (".", 8, "punct", "PUNCT", ".", "O")]
    return run(make_doc(vocab, rows=rows))


def test_workers_acting_with_no_place_said_are_of_the_storys_country_but_traders_are_not(vocab):
    layer, by = _story(vocab, "seamen")
    group = next(a for a in by.values() if a.id == layer.at(7))
    assert group.affiliations == [by["Bolivia"].id]
    layer, _ = _story(vocab, "exporters")  # in commodity news, countries as often as people
    assert layer.at(7) is None


def test_people_of_a_named_company_act_for_it_not_for_the_city_they_are_in(vocab):
    # executives of Dome Petroleum Ltd in Calgary met .
    rows = [("executives", 7, "nsubj", "NOUN", "NNS", "O"), ("of", 0, "prep", "ADP", "IN", "O"),
            ("Dome", 4, "compound", "PROPN", "NNP", "B-ORG"), ("Petroleum", 4, "compound", "PROPN", "NNP", "I-ORG"),
            ("Ltd", 1, "pobj", "PROPN", "NNP", "I-ORG"), ("in", 0, "prep", "ADP", "IN", "O"),
            ("Calgary", 5, "pobj", "PROPN", "NNP", "B-GPE"), ("met", 7, "ROOT", "VERB", "VBD", "O"),
            (".", 7, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Dome Petroleum Ltd"].kind == "organization"
    assert layer.at(0) is None or layer.at(0) == by["Dome Petroleum Ltd"].id


def test_people_a_pronoun_owns_are_the_owners_not_the_storys_country(vocab):
    layer, by = _story(vocab, "seamen")
    assert layer.at(7) is not None
    # Bolivia struck . Bolivia voted . Its seamen rejected the offer .
    rows = [("Bolivia", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("struck", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"), ("Bolivia", 4, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("voted", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O"),
            ("Its", 7, "poss", "PRON", "PRP$", "O"), ("seamen", 8, "nsubj", "NOUN", "NNS", "O"),
            ("rejected", 8, "ROOT", "VERB", "VBD", "O"), ("the", 10, "det", "DET", "DT", "O"),
            ("offer", 8, "dobj", "NOUN", "NN", "O"), (".", 8, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(7) is None or layer.at(7) != next(
        (a.id for a in by.values() if a.name == "seamen"), None)
