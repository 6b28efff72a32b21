import pytest

from graphkit.ingest.actors.gazetteer import (
    country_code,
    country_name,
    demonym_code,
    expand_abbreviation,
    is_country_word,
    people_code,
    people_name,
)


@pytest.mark.parametrize("name,code", [
    ("U.S.", "USA"), ("US", "USA"), ("the United States", "USA"), ("United States of America", "USA"),
    ("Britain", "GBR"), ("UK", "GBR"), ("United Kingdom", "GBR"), ("Burma", "MMR"), ("Myanmar", "MMR"),
    ("Russia", "RUS"), ("Turkey", "TUR"), ("Iran", "IRN"), ("South Korea", "KOR"), ("Ivory Coast", "CIV"),
    ("Soviet Union", "SUN"), ("Norway", "NOR"), ("Qatar", "QAT"), ("Palestine", "PSE"),
])
def test_country_codes_from_pycountry_and_short_forms(name, code):
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Gaza", "Cairo", "Tel Aviv", "Hamas", "State", "Islamist", ""])
def test_not_countries(name):
    assert country_code(name) is None


def test_country_names_are_the_usual_english_ones():
    assert country_name("USA") == "United States"
    assert country_name("GBR") == "United Kingdom"
    assert country_name("NOR") == "Norway"
    assert country_name("IRN") == "Iran"


def test_demonyms_resolve_to_their_country_and_religions_do_not():
    assert demonym_code("Israeli") == "ISR"
    assert demonym_code("British") == "GBR"
    assert demonym_code("Egyptian") == "EGY"
    assert demonym_code("Nigerian") == "NGA"
    for word in ("Islamist", "Jewish", "Western", "Muslim"):
        assert demonym_code(word) is None
    assert is_country_word("Turkish") and is_country_word("Turkey") and not is_country_word("Oslo")


def test_peoples_plural_names():
    assert people_code("Palestinians") == "PSE"
    assert people_code("the Israelis") == "ISR"
    assert people_name("Palestinian") == "Palestinians"
    assert people_name("Briton") == "Britons"
    assert people_name("Swiss") is None


def test_abbreviations():
    assert expand_abbreviation("U.N.") == expand_abbreviation("UN") == "United Nations"
    assert expand_abbreviation("Hamas") is None


def test_older_spellings_and_variant_demonyms_wordnet_lists():
    from graphkit.ingest.actors.gazetteer import country_code, country_name, demonym_code

    assert country_code("Surinam") == "SUR" and country_code("Rumania") == "ROU"
    assert country_name("SUR") == "Suriname"  # the usual name stays
    assert demonym_code("Yugoslavian") == "YUG" and demonym_code("Czechoslovakian") == "CSK"
    assert demonym_code("Salvadorean") == "SLV" and demonym_code("Zairean") == "ZAR"


def test_the_wire_spelling_of_a_demonym_is_its_country():
    from graphkit.ingest.actors.gazetteer import demonym_code

    assert demonym_code("Ecuadorean") == demonym_code("Ecuadorian") == "ECU"  # Reuters' and AP's spelling
