"""Known actors: WordNet's named people and organisations give a code the text leaves open."""
import pytest

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.codes import cluster_code
from graphkit.ingest.actors.gazetteer import country_name
from graphkit.ingest.actors.known import _table, known_actor
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
        assert kind in ("person", "organization") and k.synset.count(".") >= 2
        assert k.sector is None or k.sector in SECTORS
        assert k.country is None or country_name(k.country) != k.country or k.country == "SUN"


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
