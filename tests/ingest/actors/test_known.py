"""Known actors: WordNet's named people and organisations give a code the text leaves open."""
import pytest

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.codes import cluster_code
from graphkit.ingest.actors.gazetteer import country_name
from graphkit.ingest.actors.known import _table, known_actor, short_body
from graphkit.ingest.actors.sectors import SECTORS
from tests.ingest.actors.test_find import make_doc, run


def cluster(kind, *names, titles=(), code=None):
    c = Cluster()
    c.names, c.titles, c.code = list(names), list(titles), code
    c.kinds[kind] += 3
    return c


@pytest.mark.parametrize("names, kind, code", [
    (["Vladimir Putin", "Putin"], "person", ("RUS", "GOV")),
    (["Putin"], "person", ("RUS", "GOV")),
    (["Hizbollah"], "organization", ("LBN", "REB")),
    (["Kurdistan Workers Party"], "group", ("TUR", "REB")),
    (["Gaddafi"], "person", ("LBY", "GOV")),  # a spelling WordNet gives of "Qaddafi"
    (["Suharto"], "person", ("IDN", "GOV")),  # named by one word only
])
def test_known_names(names, kind, code):
    k = known_actor(names, kind)
    assert k is not None and (k.country, k.sector) == code


@pytest.mark.parametrize("names, kind", [
    (["Dennis Blair", "Blair"], "person"),  # another Blair: the full name decides
    (["John M. Huston", "Huston"], "person"),  # a known surname alone does not match a full name
    (["Putin"], "organization"),  # the kind must agree
    (["Hamas"], "location"),
    (["Bush"], "person"),  # a shrub and two presidents: ambiguous in WordNet
    (["Napoleon"], "person"),  # dated before 1900: a historic figure
    ([], "person"),
])
def test_unknown_or_ambiguous_names(names, kind):
    assert known_actor(names, kind) is None


def test_table_rows_are_well_formed():
    rows = list(_table().items())
    assert len(rows) > 300
    for (kind, _), k in rows:
        assert kind in ("person", "organization", "organization short")
        assert k.synset.count(".") >= 2 or (k.country and k.sector in ("MED", "MIL"))  # a WordNet sense, or state media
        assert k.sector is None or k.sector in SECTORS
        assert k.country is None or country_name(k.country) != k.country or k.country == "SUN"


@pytest.mark.parametrize("name, code", [
    ("Tass", ("SUN", "MED")),
    ("Radio Tehran", ("IRN", "MED")),
    ("the official Tanjug news agency", ("YUG", "MED")),  # the outlet called by its kind as well
    ("PAP news agency", ("POL", "MED")),
])
def test_state_media_speak_for_their_state(name, code):
    k = known_actor([name], "organization")
    assert k is not None and (k.country, k.sector) == code


@pytest.mark.parametrize("name", ["Reuters news agency", "Agence France-Presse", "Hezbollah radio"])
def test_other_media_or_outlets_of_non_media_are_no_state_voice(name):
    k = known_actor([name], "organization")
    assert k is None or k.sector != "MED"


def test_known_actor_fills_what_the_text_leaves_open():
    assert cluster_code(cluster("person", "Vladimir Putin"), []) == ("GOV", "RUSGOV")
    assert cluster_code(cluster("organization", "Hezbollah"), []) == ("REB", "LBNREB")
    assert cluster_code(cluster("organization", "Hamas"), []) == ("REB", None)  # WordNet gives no country


def test_text_evidence_wins():
    assert cluster_code(cluster("person", "Putin", titles=["editor"]), []) == ("MED", "RUSMED")
    ukraine = cluster("country", "Ukraine", code="UKR")
    assert cluster_code(cluster("person", "Putin"), [ukraine]) == ("GOV", "UKRGOV")
    assert cluster_code(cluster("person", "Alan Smith"), []) == (None, None)


def test_named_person_without_title_gets_known_code(vocab):
    doc = make_doc(vocab, ["Yasser", "Arafat", "met", "Hezbollah", "leaders", "."],
                   ["B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O"])
    _, by = run(doc)
    assert by["Yasser Arafat"].code == "PSEGOV" and by["Yasser Arafat"].sector == "GOV"


def test_a_full_name_whose_senses_all_agree_is_known():
    k = known_actor(["George Bush", "Bush"], "person")  # the 41st and the 43rd President: both American statesmen
    assert k is not None and (k.country, k.sector) == ("USA", "GOV")


@pytest.mark.parametrize("names, code", [
    (["Bundesbank"], "DEU"),  # a central bank, "the central bank of Germany"
    (["Federal Reserve", "Fed"], "USA"),
    (["Securities and Exchange Commission", "SEC"], "USA"),  # its kind, an independent agency, is American
    (["USDA"], "USA"),
])
def test_known_bodies_of_a_country(names, code):
    k = known_actor(names, "organization")
    assert k is not None and k.country == code


def test_an_acronym_decides_no_known_body_once_the_full_name_is_written():
    assert known_actor(["ICC"], "organization").country == "USA"  # the Interstate Commerce Commission
    assert known_actor(["International Chamber of Commerce", "ICC"], "organization") is None


def test_a_body_named_short_is_no_known_actor_by_itself():
    assert known_actor(["Senate"], "organization") is None and known_actor(["Congress"], "organization") is None
    assert short_body(["Senate"]).country == "USA" and short_body(["Senate of Italy"]) is None


def test_a_state_news_agency_an_article_names_gets_its_state(nlp):
    text = "Radio Tehran accused Iraq of using chemical weapons."
    _, by = run(nlp(text))
    assert by["Radio Tehran"].code == "IRNMED"
