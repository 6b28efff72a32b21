"""tools/grow_known.py: known people and organisations from WordNet (WordNet tests skipped without it)."""
from __future__ import annotations

from importlib import resources

from tests.tools.conftest import load_tool

grow = load_tool("grow_known")


def test_leading_country_reads_the_leading_noun_phrase_only():
    assert grow.leading_country("British statesman who became prime minister in 1997") == "GBR"
    assert grow.leading_country("South African statesman who was released from prison") == "ZAF"
    assert grow.leading_country("43rd President of the United States; son of George Bush") == "USA"
    assert grow.leading_country("a terrorist network intensely opposed to the United States") is None
    assert grow.leading_country("German-born physicist") is None  # born there is no nationality


def test_place_country_is_where_a_body_is_not_where_it_acts():
    assert grow.place_country("a terrorist group formed in Peru in the late 1960s") == "PER"
    assert grow.place_country("a group of Kurds trying to establish a state in eastern Turkey") == "TUR"
    assert grow.place_country("a paramilitary group in Northern Ireland") != "IRL"  # a name, not "northern"
    assert grow.place_country("Yemen-based terrorist group that supports al-Qaeda's goals") == "YEM"
    assert grow.place_country("a faction active in the West Bank; responsible for attacks in Israel") is None
    assert grow.place_country("a; b; a terrorist group formed in Peru") is None  # only the first two clauses


def test_first_year_of_life_dates():
    assert grow.first_year("Palestinian statesman (1929-2004)") == 1929
    assert grow.first_year("pharaoh (died in 1358 BC)") == -1358
    assert grow.first_year("chosen as president in 2000") is None  # a date in the text is no life date


def test_entries_of_modern_people_and_armed_groups(wn):
    assert grow.entry(wn.synset("putin.n.01")) == ("person", "RUS", "GOV")
    assert grow.entry(wn.synset("hizballah.n.01")) == ("organization", "LBN", "REB")
    assert grow.entry(wn.synset("hamas.n.01")) == ("organization", None, "REB")
    assert grow.entry(wn.synset("gore.n.01"))[2] == "GOV"  # no business executive
    capone = wn.synset("capone.n.01")
    assert grow.sector_of(grow._levels(capone)) is None  # "principal" (of a crime) is no school head
    assert grow.entry(capone) is None  # a person without a sector
    assert grow.sector_of(grow._levels(wn.synset("harriman.n.01"))) is None  # financier and diplomat: no one sector
    assert grow.entry(wn.synset("napoleon.n.01")) is None  # historic
    assert grow.entry(wn.synset("james.n.05")) is None  # born in 1842
    assert grow.entry(wn.synset("ahab.n.01")) is None  # a king, but of the Old Testament
    assert grow.entry(wn.synset("henry_iv.n.01")) is None  # undated, but "king of France from 1589 to 1610"
    assert grow.entry(wn.synset("paris.n.01")) is None  # a place, no actor
    assert grow.entry(wn.synset("gibraltar.n.01")) is None  # a colony, but on a promontory: a place


def test_grown_table_is_what_is_shipped(wn):
    shipped = resources.files("graphkit.ingest").joinpath("data", "known_wordnet.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in shipped.splitlines() if line and not line.startswith("#")]
    grown = grow.table_rows(wn)
    assert rows == grown
    names = {r[0] for r in grown}
    assert "Bush" not in names and "Base" not in names and {"Putin", "Hamas", "Tony Blair"} <= names
    assert not {"Salim", "Carlos", "Dubya", "Blair"} & names  # a given name, shared names, a nickname


def test_a_bare_national_leader_leads_a_government_and_a_labour_leader_a_union(wn):
    assert grow.entry(wn.synset("qaddafi.n.01")) == ("person", "LBY", "GOV")  # "Libyan leader who seized power"
    assert grow.entry(wn.synset("hoffa.n.01")) == ("person", "USA", "LAB")
    assert grow.entry(wn.synset("king.n.07")) is None  # a civil rights leader: under "leader", not directly


def test_bodies_of_government_and_their_seats(wn):
    assert grow.body_entry(wn.synset("white_house.n.01")) == ("USA", "GOV")
    assert grow.body_entry(wn.synset("pentagon.n.02")) == ("USA", "MIL")  # "the United States military establishment"
    assert grow.body_entry(wn.synset("downing_street.n.02")) == ("GBR", "GOV")
    assert grow.body_entry(wn.synset("knesset.n.01")) == ("ISR", "LEG")
    assert grow.body_entry(wn.synset("kremlin.n.01")) == ("RUS", "GOV")  # "housing the offices of the Russian ..."
    assert grow.body_entry(wn.synset("paris.n.01")) is None
    assert grow.body_entry(wn.synset("senate.n.01")) is None  # no country: any senate


def test_body_names_are_whole_and_unambiguous(wn):
    by_name = {r[0]: r for r in grow.body_rows(wn)}
    assert by_name["Whitehall"][2:4] == ("GBR", "GOV") and by_name["Kremlin"][2] == "RUS"
    assert by_name["Quai d'Orsay"][2] == "FRA" and by_name["Downing Street"][2] == "GBR"
    # cut short from a name with its country: every country has a senate, a house of commons, an air force;
    # such a name is its country's only where a report stands there
    short = {"Senate", "Congress", "House of Commons", "Supreme Court", "Air Force", "Navy"}
    assert {by_name[n][1] for n in short} == {"organization short"}
    assert by_name["Senate"][2] == "USA" and by_name["House of Commons"][2] == "GBR"
    assert by_name["Whitehall"][1] == "organization"
    assert "USA" not in by_name  # the Army's abbreviation is also the country
    assert "Sucre" not in by_name  # a city that is a seat of government is a place of its own


def test_a_body_whose_gloss_names_no_country_takes_the_country_of_its_kind(wn):
    by_name = {r[0]: r for r in grow.body_rows(wn)}
    assert by_name["USDA"][2:4] == ("USA", "GOV")  # "the federal department ...": an executive department of the U.S.
    assert by_name["Bundesbank"][2:4] == ("DEU", "GOV")  # a central bank, "the central bank of Germany"
    assert "Treasury" not in by_name  # also Treasury bills and a British minister


def test_a_full_name_of_several_people_of_one_country_and_sector_is_kept(wn):
    names = {r[0]: r for r in grow.rows(wn)}
    assert names["George Bush"][1:4] == ("person", "USA", "GOV")
    assert "Bush" not in names  # a shrub too


def test_spellings_of_a_surname_and_a_one_word_name_stand_for_their_person(wn):
    parts = grow._name_parts(wn)
    qaddafi, suharto, bush = wn.synset("qaddafi.n.01"), wn.synset("suharto.n.01"), wn.synset("bush.n.04")
    assert all(grow._one_word_ok(n, qaddafi, parts) for n in ("Qaddafi", "Gaddafi", "Qadhafi", "Khadafy"))
    assert grow._one_word_ok("Suharto", suharto, parts)  # WordNet names him by one word only
    assert not grow._one_word_ok("Dubyuh", bush, parts)  # a nickname, no spelling of "Bush"
