"""CAMEO sectors of titles and nouns, and codes built country + sector."""
from graphkit.ingest.actors.sectors import (
    SECTORS,
    actor_code,
    is_group_noun,
    is_intergovernmental,
    noun_sector,
    title_sector,
)
from graphkit.ingest.words import word_list


def test_titles_take_the_sector_of_their_longest_known_ending():
    assert title_sector("Home Secretary") == "GOV" and title_sector("Prime Minister") == "GOV"
    assert title_sector("US commander") == "MIL" and title_sector("chief judge") == "JUD"
    assert title_sector("shadow chancellor") == "OPP" and title_sector("opposition leader") == "OPP"
    assert title_sector("leader") is None and title_sector("") is None


def test_an_office_after_of_takes_the_sector_of_the_head_before_it():
    assert title_sector("Minister of the Interior") == "GOV" and title_sector("Chancellor of the Exchequer") == "GOV"
    assert title_sector("Leader of the Opposition") == "OPP" and title_sector("Head of State") is None


def test_a_body_or_title_whose_ending_has_a_sector_keeps_it_through_of():
    # "of" gives the head's sector only when the name's ending has none
    assert [title_sector(n) for n in ("House of Representatives", "House of Commons", "Chamber of Deputies",
                                      "Member of Congress", "Member of the European Parliament")] == ["LEG"] * 5
    assert title_sector("President of the Supreme Court") == "JUD" and title_sector("Chief of the Army") == "MIL"


def test_group_nouns_and_their_sectors():
    assert [noun_sector(n) for n in ("police", "troops", "students", "rebels", "refugees")] == \
        ["COP", "MIL", "EDU", "REB", "REF"]
    assert is_group_noun("protesters") and not is_group_noun("children")


def test_codes_need_both_country_and_sector():
    assert actor_code("ISR", "COP") == "ISRCOP" and actor_code(None, "COP") is None and actor_code("ISR", None) is None


def test_every_sector_has_its_word_list():
    assert all(word_list(f"sector_{s.lower()}") for s in SECTORS)


def test_wordnet_nouns_of_a_sector_extend_the_hand_lists_which_win():
    assert [noun_sector(n) for n in ("gendarmes", "conscripts", "insurgents", "legislators", "reporters")] == \
        ["COP", "MIL", "REB", "LEG", "MED"]
    assert noun_sector("donors") is None and noun_sector("analysts") is None  # no one sector
    grown = dict(line.split(" = ") for line in word_list("sector_wordnet"))
    assert grown["companies"] == "bus" and all(s.upper() in SECTORS for s in grown.values())


def test_a_group_takes_the_sector_of_its_head_noun():
    assert title_sector("U.S. companies") == "BUS" and title_sector("Iranian troops") == "MIL"
    assert title_sector("opposition parties") == "OPP" and title_sector("share analysts") is None


def test_bodies_of_states_are_intergovernmental_by_their_name():
    assert all(is_intergovernmental(n) for n in (
        "United Nations", "U.N. Security Council", "World Bank", "International Coffee Organization",
        "Association of Southeast Asian Nations", "Organisation for Economic Co-operation and Development",
        "European Community", "Group of Seven", "North Atlantic Treaty Organization"))
    assert not any(is_intergovernmental(n) for n in (
        "International Monetary Exchange", "Labour Party", "Arab Bank Plc", "International Business Machines",
        "Amnesty International", "Bank of England"))


def test_a_body_named_after_a_body_of_states_abbreviation_is_one_too():
    assert all(is_intergovernmental(n) for n in (
        "EC Commission", "EC Executive Commission", "IMF team", "OPEC secretariat", "InterAmerican Development Bank"))
    assert not any(is_intergovernmental(n) for n in (
        "FBI agents", "CIA", "SEC Commission", "EC Holdings Plc", "ECB"))  # a national body; a firm; no known one


def test_general_after_an_office_noun_is_no_rank_and_a_hyphen_joins_two_title_words():
    assert title_sector("Secretary General") == title_sector("secretary-general") == "GOV"  # not MIL
    assert title_sector("Major General") == title_sector("Lt. General") == title_sector("General") == "MIL"
    assert title_sector("Vice-Premier") == title_sector("Vice Premier") == "GOV"


def test_an_office_to_be_held_has_the_sector_of_the_office():
    assert title_sector("Prime Minister designate") == title_sector("Prime Minister") == "GOV"
    assert title_sector("President elect") == "GOV" and title_sector("designate") is None
