"""actors/regimes.py: governments named after their leader."""
from __future__ import annotations

from collections import defaultdict

from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.regimes import leader_name, leaders_governments


class _Builder:
    """The parts of the actor builder the rule uses: clusters, ties, country clusters."""

    def __init__(self, clusters):
        self.clusters, self.affil, self.kept, self.by_code = clusters, defaultdict(list), set(), {}

    def country(self, code):
        if code not in self.by_code:
            c = self.by_code[code] = Cluster()
            c.code = code
        return self.by_code[code]

    def tie(self, c, t):
        self.affil[id(c)].append(t)


def _cluster(kind, *names):
    c = Cluster()
    c.kinds[kind] += 1
    c.names = list(names)
    return c


def test_leader_name_needs_a_capitalised_name_before_a_government_noun():
    assert leader_name("the Nakasone government") == "Nakasone"
    assert leader_name("Reagan Administration") == "Reagan"
    assert leader_name("Labour government") == "Labour"  # a party's government: no person, see below
    assert leader_name("the government") is None and leader_name("Government Printing Office") is None


def test_the_government_of_a_leader_the_article_ties_to_a_country_is_that_country_s():
    leader, gov = _cluster("person", "Yasuhiro Nakasone", "Nakasone"), _cluster("organization", "Nakasone government")
    b = _Builder([leader, gov])
    b.tie(leader, b.country("JPN"))
    leaders_governments(b)
    assert [x.code for x in b.affil[id(gov)]] == ["JPN"]


def test_a_leader_wordnet_knows_gives_the_country_and_an_unknown_one_none():
    reagan, labour = _cluster("organization", "Reagan Administration"), _cluster("organization", "Labour government")
    b = _Builder([reagan, labour])
    leaders_governments(b)
    assert [x.code for x in b.affil[id(reagan)]] == ["USA"]
    assert b.affil[id(labour)] == []


def test_a_surname_two_countries_share_in_the_article_ties_nothing():
    a, c = _cluster("person", "Kim Dae-jung", "Kim"), _cluster("person", "Kim Il-sung", "Kim")
    gov = _cluster("organization", "Kim government")
    b = _Builder([a, c, gov])
    b.tie(a, b.country("KOR"))
    b.tie(c, b.country("PRK"))
    leaders_governments(b)
    assert b.affil[id(gov)] == []


def test_a_country_made_after_the_ids_were_given_gets_one():
    gov = _cluster("organization", "Mitterrand government")
    b = _Builder([gov])
    b.ensure_id = lambda c: setattr(c, "id", c.id or c.code.lower())
    leaders_governments(b, late=True)
    assert [(x.code, x.id) for x in b.affil[id(gov)]] == [("FRA", "fra")]


def test_a_surname_of_one_statesman_wordnet_knows_gives_his_country_though_it_is_also_a_noun():
    gov = _cluster("organization", "the Thatcher government")  # WordNet's "thatcher" is also a roofer
    b = _Builder([gov])
    leaders_governments(b)
    assert [x.code for x in b.affil[id(gov)]] == ["GBR"]


def test_a_leader_read_as_an_organisation_owning_a_government_is_of_the_leader_s_country(vocab):
    from tests.ingest.actors.test_find import make_doc, run

    rows = [("Mitterrand", 2, "poss", "PROPN", "NNP", "B-ORG"), ("'s", 0, "case", "PART", "POS", "O"),
            ("government", 3, "nsubj", "NOUN", "NN", "O"), ("condemned", 3, "ROOT", "VERB", "VBD", "O"),
            ("Iran", 3, "dobj", "PROPN", "NNP", "B-GPE"), (".", 3, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    france = by["France"]
    assert france.id in by["Mitterrand"].affiliations
    # not a possessor: an organisation of that name acts itself
    rows = [("Mitterrand", 1, "nsubj", "PROPN", "NNP", "B-ORG"), ("condemned", 1, "ROOT", "VERB", "VBD", "O"),
            ("Iran", 1, "dobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert "France" not in by or by["France"].id not in by["Mitterrand"].affiliations
