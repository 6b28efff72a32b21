"""Lexicon senses of trade measures, approved aid, telephone calls and urging (types10): barring imports and exports,
trade bans, approving aid, calling a person; on hand-built spaCy Docs."""
from __future__ import annotations

import pytest

from graphkit.ingest.events.lexicon import lookup_noun, lookup_verb
from tests.ingest.events.test_find import events_of


@pytest.mark.parametrize("lemma", ["ban", "prohibit", "forbid", "bar"])
def test_barring_imports_or_exports_is_a_sanction(lemma):
    assert lookup_verb(lemma, obj={"import"}).type == "SANCTION"
    assert lookup_verb(lemma, obj={"shipment", "oil"}).type == "SANCTION"
    assert lookup_verb(lemma, obj={"march"}).type == "COERCE"  # a domestic ban stays coercion


def test_a_trade_ban_is_a_sanction_and_a_ban_on_a_rally_is_not():
    assert lookup_noun("ban", mod={"trade"}).type == "SANCTION"
    assert lookup_noun("ban", pobj={"import"}).type == "SANCTION"
    assert lookup_noun("ban", gov="impose", pobj={"rally"}).type == "COERCE"
    assert lookup_noun("boycott", mod={"trade"}).type == "SANCTION"
    assert lookup_noun("boycott", mod={"consumer"}).type == "PROTEST"


def test_imposing_restrictions_on_imports_sanctions_and_on_the_press_coerces():
    assert lookup_verb("impose", obj={"restriction"}, pobj={"import"}).type == "SANCTION"
    assert lookup_verb("impose", obj={"restriction", "*N:SANCTION"}).type == "SANCTION"
    assert lookup_verb("impose", obj={"restriction"}, pobj={"press"}).type == "COERCE"
    assert lookup_verb("restrict", obj={"import"}).type == "SANCTION"
    assert lookup_verb("restrict", obj={"export"}).type == "COERCE"  # limiting one's own exports is no sanction


def test_a_trade_ban_imposed_on_a_country_sanctions_it(vocab):
    # Canada imposed a ban on imports from Chile
    rows = [("Canada", 1, "nsubj", "PROPN", "Canada"), ("imposed", 1, "ROOT", "VERB", "impose"),
            ("a", 3, "det", "DET", "a"), ("ban", 1, "dobj", "NOUN", "ban"), ("on", 3, "prep", "ADP", "on"),
            ("imports", 4, "pobj", "NOUN", "import"), ("from", 5, "prep", "ADP", "from"),
            ("Chile", 6, "pobj", "PROPN", "Chile")]
    actors = {0: ("canada", "country"), 7: ("chile", "country")}
    got = events_of(vocab, rows, actors, asserted_only=True)
    assert [(t, a) for t, _, a, _, _ in got] == [("SANCTION", ["canada"])]

def test_approving_aid_gives_it():
    assert lookup_verb("approve", obj={"aid"}).type == "AID"
    assert lookup_verb("approve", obj={"assistance"}).type == "AID"
    assert lookup_verb("approve", obj={"merger"}) is None


def test_calling_a_person_telephones_him_but_calling_him_something_does_not():
    assert lookup_verb("call", obj={"*actor", "*person"}).type == "CONSULT"
    assert lookup_verb("call", obj={"*actor", "*person"}).mode == "phone"
    assert lookup_verb("call", obj={"*actor", "*person", "*oprd"}) is None  # "called him a liar"
    assert lookup_verb("call", obj={"election"}) is None


def test_cutting_off_trade_or_raising_tariffs_sanctions_and_shutting_a_border_restricts():
    assert lookup_verb("cut", prt={"off"}, obj={"trade"}).type == "SANCTION"
    assert lookup_verb("cut", prt={"off"}, obj={"aid"}).type == "SANCTION"
    assert lookup_verb("raise", obj={"tariff"}).type == "SANCTION"
    assert lookup_verb("raise", obj={"price"}) is None
    assert lookup_verb("shut", obj={"border"}).type == "COERCE"


def test_signing_a_motion_or_a_letter_is_no_pact():
    assert lookup_verb("sign", obj={"motion"}) is None  # "signed a motion calling for sanctions"
    assert lookup_verb("sign", obj={"letter"}) is None
    assert lookup_verb("sign", obj={"treaty", "peace"}).type == "AGREE"
    assert lookup_verb("sign", obj={"letter", "intent"}).type == "AGREE"  # "a letter of intent with the IMF"


@pytest.mark.parametrize("lemma", ["push", "nudge", "coax", "persuade", "instruct"])
def test_impelling_a_party_to_act_asks_it_to(lemma):
    assert lookup_verb(lemma, obj={"*actor", "*any"}, comp={"*to"}).type == "REQUEST"
    assert lookup_verb(lemma, obj={"dollar", "*any"}) is None  # "pushed the dollar up"


def test_approving_yields_only_a_demand_or_an_act_of_yielding():
    assert lookup_verb("approve", obj={"demand"}).type == "CONCEDE"
    assert lookup_verb("approve", obj={"release"}).type == "RETREAT"  # "approved the release of prisoners"
    assert lookup_verb("approve", obj={"package"}) is None  # "approved financial packages"
    assert lookup_verb("approve", obj={"refinancing", "$"}) is None
    assert lookup_verb("sign", obj={"measure"}) is None  # "signed a measure lifting currency regulations"
    assert lookup_verb("approve", neg=True, obj={"contract"}).type == "REJECT"  # "not approving any new contracts"


@pytest.mark.parametrize("lemma", ["give", "grant", "extend", "provide", "contribute"])
def test_giving_an_amount_of_money_to_a_party_aids_it(lemma):
    assert lookup_verb(lemma, obj={"$", "dlrs", "*any"}, prep={"to"}, pobj={"bangladesh", "*actor"}).type == "AID"


@pytest.mark.parametrize("lemma", ["give", "extend", "contribute"])
def test_an_amount_given_to_no_party_is_no_aid(lemma):
    assert lookup_verb(lemma, obj={"$", "dlrs", "*any"}) is None  # "extended 50 mln dlrs" alone


def test_a_country_giving_money_to_a_country_aids_it(vocab):
    # Japan gave 10 mln dlrs to Bangladesh
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("gave", 1, "ROOT", "VERB", "give"),
            ("10", 4, "nummod", "NUM", "10"), ("mln", 4, "amod", "ADJ", "mln"), ("dlrs", 1, "dobj", "NOUN", "dlrs"),
            ("to", 1, "prep", "ADP", "to"), ("Bangladesh", 5, "pobj", "PROPN", "Bangladesh")]
    actors = {0: ("japan", "country"), 6: ("bangladesh", "country")}
    assert events_of(vocab, rows, actors) == [("AID", "aided", ["japan"], ["bangladesh"], "asserted")]


def test_tightening_sanctions_sanctions_and_cutting_a_partys_supplies_embargoes_it():
    assert lookup_verb("tighten", obj={"sanction"}).type == "SANCTION"  # "voted to tighten sanctions against Iran"
    assert lookup_verb("tighten", obj={"restriction"}).type == "COERCE"
    assert lookup_verb("tighten", obj={"credit"}) is None  # "the Fed tightened credit"
    assert lookup_verb("cut", obj={"supply", "gas"}, prep={"to"}, pobj={"ukraine", "*actor"}).type == "SANCTION"
    assert lookup_verb("cut", obj={"supply", "oil"}, prep={"to"}, pobj={"market"}) is None  # a market


def test_a_states_boycott_is_a_sanction_and_a_peoples_a_protest():
    assert lookup_noun("boycott", mod={"*state"}).type == "SANCTION"  # "Norway's boycott"
    assert lookup_noun("boycott").type == "PROTEST"
    assert lookup_verb("boycott", subj={"norway", "*state"}, obj={"good", "*any"}).type == "SANCTION"
    assert lookup_verb("boycott", subj={"consumer"}, obj={"good", "*any"}).type == "PROTEST"
    assert lookup_verb("boycott", subj={"opposition"}, obj={"election", "*any"}).type == "PROTEST"


def test_placing_a_party_under_arrest_arrests_it_and_returning_captives_releases_them():
    assert lookup_verb("place", prep={"under"}, pobj={"arrest"}).type == "COERCE"  # "under house arrest"
    assert lookup_verb("hold", prep={"in"}, pobj={"custody"}).type == "COERCE"
    assert lookup_verb("keep", prep={"under"}, pobj={"review"}) is None  # "kept rates under review"
    assert lookup_verb("return", obj={"pilot", "*any"}).type == "RETREAT"  # "returned the captured pilots"


def test_calling_up_reserves_mobilizes_and_calling_up_a_person_telephones():
    assert lookup_verb("call", prt={"up"}, obj={"reserve", "*actor", "*any"}).type == "MOBILIZE"
    assert lookup_verb("call", prt={"up"}, obj={"reservist", "*any"}).type == "MOBILIZE"
    assert lookup_verb("call", prt={"up"}, obj={"*actor", "*person", "*any"}).type == "CONSULT"


@pytest.mark.parametrize("lemma", ["impose", "place", "put"])
def test_imposing_or_placing_a_quota_is_a_sanction(lemma):
    assert lookup_verb(lemma, obj={"quota"}, prep={"on"}).type == "SANCTION"
    assert lookup_verb(lemma, obj={"embargo"}).type == "SANCTION"


def test_placing_shares_or_talks_is_no_sanction():
    assert lookup_verb("place", obj={"quota"}, prep={"with"}) is None  # "place its Fiat quota with investors"
    assert lookup_verb("place", obj={"discussion", "quota"}, pobj={"agenda"}) is None
    assert lookup_verb("put", obj={"talk", "tariff"}) is None  # "put tariff talks on hold"
    assert lookup_verb("place", obj={"order"}) is None


def test_taking_into_custody_arrests():
    assert lookup_verb("take", prep={"into"}, pobj={"custody"}).type == "COERCE"
    assert lookup_verb("take", prep={"into"}, pobj={"account"}) is None


def test_closing_a_university_restricts():
    assert lookup_verb("close", obj={"university"}).type == "COERCE"
    assert lookup_verb("close", obj={"plant"}) is None


@pytest.mark.parametrize("lemma", ["halt", "stop", "suspend", "freeze"])
def test_halting_exports_to_a_party_is_a_sanction(lemma):
    assert lookup_verb(lemma, obj={"export", "arm"}, prep={"to"}, pobj={"*actor"}).type == "SANCTION"
    assert lookup_verb(lemma, obj={"export"}, prep={"to"}, pobj={"plant"}) is None  # "halted shipments to its plant"


def test_freezing_or_suspending_loans_is_a_sanction():
    assert lookup_verb("freeze", obj={"loan"}).type == "SANCTION"
    assert lookup_verb("suspend", obj={"lending"}).type == "SANCTION"
    assert lookup_verb("suspend", obj={"payment", "interest"}) is None  # "suspended interest payments"


def test_putting_a_figure_at_an_amount_is_an_estimate():
    assert lookup_verb("put", obj={"impact", "tariff"}, prep={"at"}) is None


@pytest.mark.parametrize("lemma", ["place", "put"])
def test_placing_under_curfew_restricts(lemma):
    assert lookup_verb(lemma, prep={"under"}, pobj={"curfew"}).mode == "restrict"
    assert lookup_verb(lemma, prep={"under"}, pobj={"law"}) is None  # "put together under a new budget law"
    assert lookup_verb(lemma, prep={"under"}, pobj={"review"}) is None  # "placed under review"
