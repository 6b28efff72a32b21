"""A holder of an office only one country's cabinet has is that country's (graphkit.ingest.actors.cabinets)."""
from graphkit.ingest.actors.cabinets import cabinet_country, cabinet_offices
from tests.ingest.actors.test_find import make_doc, run


def test_sole_cabinet_offices_name_their_country():
    assert cabinet_country("Treasury Secretary") == "USA" and cabinet_country("Secretary of the Treasury") == "USA"
    assert cabinet_country("Chancellor of the Exchequer") == "GBR" and cabinet_country("Home Secretary") == "GBR"
    assert cabinet_country("Deputy Agriculture Secretary") == "USA"  # a title that ends in one


def test_offices_of_several_countries_or_senses_name_none():
    # WordNet's prime minister is also "head of state (in several countries)"; a secretary of state also
    # "a government minister for foreign relations"; an attorney general "the chief law officer of a country"
    for title in ("Prime Minister", "Premier", "Chancellor", "President", "Secretary of State", "Attorney General",
                  "Treasury", "Finance Minister", "Foreign Secretary"):
        assert cabinet_country(title) is None, title


def test_only_cabinet_offices_are_read():
    offices = cabinet_offices()
    assert "member of parliament" not in offices and "congressman" not in offices  # a chamber, no cabinet
    assert "chief executive" not in offices  # the executive branch: a firm's chief executive is none


def _sentence(vocab, title, ent):
    words = [*title, "James", "Baker", "criticised", "Japan", "."]
    ents = ["O"] * len(title) + ["B-PERSON", "I-PERSON", "O", ent, "O"]
    return make_doc(vocab, words, ents)


def _countries(by, person):
    return [a.code for a in by.values() if a.id in by[person].affiliations and a.kind == "country"]


def test_a_cabinet_office_ties_its_holder_in_a_sentence_naming_another_country(vocab):
    _, by = run(_sentence(vocab, ["Treasury", "Secretary"], "B-GPE"))
    assert _countries(by, "James Baker") == ["USA"]
    assert by["James Baker"].code == "USAGOV"


def test_a_title_of_no_one_cabinet_ties_nothing_by_itself(vocab):
    _, by = run(_sentence(vocab, ["Finance", "Minister"], "O"))
    assert _countries(by, "James Baker") == []


def test_a_country_written_with_the_person_wins(vocab):
    words = ["British", "Treasury", "Secretary", "James", "Baker", "spoke", "."]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert _countries(by, "James Baker") == ["GBR"]
