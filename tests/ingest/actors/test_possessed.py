"""Groups a country owns by the possessive (graphkit.ingest.actors.possessed)."""
from graphkit.ingest.actors.possessed import is_owned_people
from tests.ingest.actors.test_find import make_doc, run


def _doc(vocab, noun, lemma, number=None):
    rows = [("Brazil", 2 + bool(number), "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O")]
    if number:
        rows.append((number, 3, "nummod", "NUM", "CD", "O"))
    k = len(rows)
    rows += [(noun, k + 1, "nsubj", "NOUN", "NNS", "O"), ("struck", k + 1, "ROOT", "VERB", "VBD", "O")]
    doc = make_doc(vocab, rows=rows)
    doc[k].lemma_ = lemma
    return doc, k


def test_a_countrys_seamen_are_a_group_of_the_country_not_the_country(vocab):
    doc, k = _doc(vocab, "seamen", "seaman", "40,000")
    layer, by = run(doc)
    group = by["Brazil's seamen"]
    assert group.kind == "group" and group.affiliations == [by["Brazil"].id]
    assert layer.at(k) == group.id


def test_a_countrys_negotiators_act_for_it(vocab):
    doc, k = _doc(vocab, "negotiators", "negotiator")
    layer, by = run(doc)
    assert all(a.kind != "group" for a in by.values())


def test_owned_people_are_not_the_states_own():
    assert is_owned_people("farmers", "farmer") and is_owned_people("unions", "union")
    assert not is_owned_people("officials", "official") and not is_owned_people("troops", "troop")
    assert not is_owned_people("countries", "country")


def test_a_demonym_alone_before_farmers_names_a_group_of_the_country(vocab):
    rows = [("Spanish", 1, "amod", "ADJ", "JJ", "B-NORP"), ("farmers", 2, "nsubj", "NOUN", "NNS", "O"),
            ("blocked", 2, "ROOT", "VERB", "VBD", "O"), ("roads", 2, "dobj", "NOUN", "NNS", "O")]
    doc = make_doc(vocab, rows=rows)
    doc[1].lemma_ = "farmer"
    layer, by = run(doc)
    group = by["Spanish farmers"]
    assert group.affiliations == [by["Spain"].id] and layer.at(1) == group.id
