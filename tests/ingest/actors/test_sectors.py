"""CAMEO sectors of titles and nouns, and codes built country + sector."""
from graphkit.ingest.actors.sectors import SECTORS, actor_code, is_group_noun, noun_sector, title_sector
from graphkit.ingest.words import word_list


def test_titles_take_the_sector_of_their_longest_known_ending():
    assert title_sector("Home Secretary") == "GOV" and title_sector("Prime Minister") == "GOV"
    assert title_sector("US commander") == "MIL" and title_sector("chief judge") == "JUD"
    assert title_sector("shadow chancellor") == "OPP" and title_sector("opposition leader") == "OPP"
    assert title_sector("leader") is None and title_sector("") is None


def test_group_nouns_and_their_sectors():
    assert [noun_sector(n) for n in ("police", "troops", "students", "rebels", "refugees")] == \
        ["COP", "MIL", "EDU", "REB", "REF"]
    assert is_group_noun("protesters") and not is_group_noun("children")


def test_codes_need_both_country_and_sector():
    assert actor_code("ISR", "COP") == "ISRCOP" and actor_code(None, "COP") is None and actor_code("ISR", None) is None


def test_every_sector_has_its_word_list():
    assert all(word_list(f"sector_{s.lower()}") for s in SECTORS)
