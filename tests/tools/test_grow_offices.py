"""tools/grow_offices.py: national offices from WordNet (skipped without WordNet)."""
from __future__ import annotations

from importlib import resources

from tests.tools.conftest import load_tool

grow = load_tool("grow_offices")


def test_offices_take_the_country_of_the_cabinet_they_sit_in(wn):
    assert grow.office_body(wn.synset("secretary_of_agriculture.n.02")) == ("USA", "united_states_cabinet.n.01")
    assert grow.office_body(wn.synset("home_secretary.n.01")) == ("GBR", "british_cabinet.n.01")
    assert grow.office_body(wn.synset("congressman.n.01")) == ("USA", "")  # from its own gloss
    assert grow.office_country(wn.synset("foreign_minister.n.01")) is None  # a generic office
    assert grow.office_country(wn.synset("kennan.n.01")) is None  # a person (1904-2005), filed as a noun
    assert grow.office_country(wn.synset("american_bison.n.01")) is None  # no office


def test_grown_table_is_what_is_shipped(wn):
    shipped = resources.files("graphkit.ingest").joinpath("data", "offices_wordnet.tsv").read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in shipped.splitlines() if line and not line.startswith("#")]
    assert rows == grow.rows(wn)
    titles = {r[0] for r in rows}
    assert {"Treasury Secretary", "Chancellor of the Exchequer", "Prime Minister"} <= titles
    assert "Foreign Minister" not in titles


def test_a_sole_office_is_every_sense_of_its_title(wn):
    assert grow.is_sole(wn, "Treasury_Secretary", "USA")  # the position and its holder, one Treasury Department
    assert grow.is_sole(wn, "Chancellor_of_the_Exchequer", "GBR")
    assert not grow.is_sole(wn, "Prime_Minister", "GBR")  # also head of government "in several countries"
    assert not grow.is_sole(wn, "Secretary_of_State", "USA")  # also "a government minister for foreign relations"
    assert not grow.is_sole(wn, "Attorney_General", "USA")  # also "the chief law officer of a country or state"
