"""Cross-article merging in Corpus: one id per actor, people kept apart on conflicting evidence."""
from graphkit.graph.merge import Corpus, merge_records
from graphkit.models import Actor, Article, ArticleRecords, Event, Mention


def rec(aid, *actors, events=()):
    return ArticleRecords(article=Article(id=aid, text="t"), actors=list(actors), events=list(events))


def actor(id, name, kind="person", **kw):
    return Actor(id=id, name=name, kind=kind, mentions=[Mention(article="x", start=0, end=1)], **kw)


def test_countries_merge_by_code_with_every_alias():
    c = merge_records([rec("a", actor("us", "United States", "country", code="USA")),
                       rec("b", actor("u", "U.S.", "country", code="USA", aliases=["US"]))])
    [us] = c.actors.values()
    assert us.id == "united-states" and us.aliases == ["U.S.", "US"] and len(us.mentions) == 2


def test_surname_joins_the_only_person_and_full_name_upgrades_a_bare_surname():
    c = merge_records([rec("a", actor("k", "John Kerry")), rec("b", actor("k", "Kerry"))])
    assert [(a.name, a.aliases) for a in c.actors.values()] == [("John Kerry", ["Kerry"])]
    c = merge_records([rec("a", actor("k", "Kerry")), rec("b", actor("k", "John Kerry"))])
    [k] = c.actors.values()
    assert k.name == "John Kerry" and k.aliases == ["Kerry"] and k.id == "kerry"


def test_people_sharing_a_surname_stay_apart_and_a_bare_surname_is_then_ambiguous():
    c = merge_records([rec("a", actor("k", "John Kerry")), rec("b", actor("k", "Cameron Kerry")),
                       rec("c", actor("k", "Kerry"))])
    assert sorted(a.name for a in c.actors.values()) == ["Cameron Kerry", "John Kerry", "Kerry"]


def test_conflicting_country_affiliations_keep_people_apart():
    us = actor("us", "United States", "country", code="USA")
    uk = actor("uk", "United Kingdom", "country", code="GBR")
    c = merge_records([rec("a", us, actor("s", "Smith", affiliations=["us"])),
                       rec("b", uk, actor("s", "Smith", affiliations=["uk"])),
                       rec("c", us, actor("s", "Smith", affiliations=["us"]))])
    smiths = [a for a in c.actors.values() if a.name == "Smith"]
    assert len(smiths) == 2
    assert sorted(len(a.mentions) for a in smiths) == [1, 2]
    assert {tuple(a.affiliations) for a in smiths} == {("united-states",), ("united-kingdom",)}


def test_people_and_organisations_do_not_merge_and_legal_forms_do():
    c = merge_records([rec("a", actor("j", "Jordan", "person"), actor("s", "Standard Oil Co", "organization")),
                       rec("b", actor("j", "Jordan", "organization"), actor("s", "Standard Oil", "organization"))])
    assert sorted((a.name, a.kind, a.aliases) for a in c.actors.values()) == [
        ("Jordan", "organization", []), ("Jordan", "person", []),
        ("Standard Oil Co", "organization", ["Standard Oil"])]
    c = merge_records([rec("a", actor("s", "Standard Oil", "organization")),
                       rec("b", actor("s", "Standard Oil Co", "organization"))])
    assert [(a.id, a.name, a.aliases) for a in c.actors.values()] == [
        ("standard-oil", "Standard Oil Co", ["Standard Oil"])]


def test_events_and_affiliations_are_rewritten_to_global_ids():
    ev = Event(id="b#e0", type="CONSULT", label="met", actors=["k1"], recipients=["n"], location="ta",
               article="b", sentence="s", start=0, end=1)
    c = Corpus()
    c.add(rec("a", actor("k", "John Kerry", affiliations=["us"]), actor("us", "United States", "country", code="USA")))
    c.add(rec("b", actor("k1", "Kerry"), actor("n", "Netanyahu"), actor("ta", "Tel Aviv", "location"), events=[ev]))
    [e] = c.events
    assert e.actors == ["john-kerry"] and e.recipients == ["netanyahu"] and e.location == "tel-aviv"
    assert c.actors["john-kerry"].affiliations == ["united-states"]
    assert [a.id for a in c.articles] == ["a", "b"]


def test_kind_follows_the_weight_of_evidence_across_articles():
    c = Corpus()
    c.add(rec("a", actor("g", "Gaza", "country")))
    c.add(rec("b", Actor(id="g", name="Gaza", kind="location",
                         mentions=[Mention(article="b", start=i, end=i + 1) for i in range(3)])))
    [g] = c.actors.values()
    assert g.kind == "location"


def test_peoples_with_a_country_code_merge_by_name():
    c = merge_records([rec("a", actor("p", "Palestinians", "group", code="PSE")),
                       rec("b", actor("p", "Palestinians", "group", code="PSE"), actor("s", "Palestine", "country",
                                                                                     code="PSE"))])
    assert sorted((a.name, a.kind, len(a.mentions)) for a in c.actors.values()) == [
        ("Palestine", "country", 1), ("Palestinians", "group", 2)]


def test_unnamed_collectives_stay_with_their_article():
    c = merge_records([rec("a", actor("d", "donors", "group")), rec("b", actor("d", "donors", "group"))])
    assert [a.id for a in c.actors.values()] == ["donors", "donors-2"]


def test_ids_of_actors_that_cannot_merge_count_up_like_unique_slug():
    # a person and an organisation never merge; lower-case collectives never merge
    c = merge_records([rec("a", actor("x", "Kim")), rec("b", actor("x", "Kim", "organization")),
                       rec("c", actor("x", "Kim 2", "organization")), rec("d", actor("x", "kim", "group")),
                       rec("e", actor("x", "Kim 3", "location")), rec("f", actor("x", "kim", "group"))])
    assert list(c.actors) == ["kim", "kim-2", "kim-2-2", "kim-3", "kim-3-2", "kim-4"]


def test_corpus_actors_own_their_lists_and_records_are_left_untouched():
    first = actor("k", "John Kerry", titles=["Secretary"], aliases=["Kerry"])
    second = actor("k", "John Kerry", titles=["envoy"], aliases=["J. Kerry"])
    c = merge_records([rec("a", first), rec("b", second)])
    [k] = c.actors.values()
    assert k.titles == ["Secretary", "envoy"] and k.aliases == ["Kerry", "J. Kerry"] and len(k.mentions) == 2
    assert first.titles == ["Secretary"] and first.aliases == ["Kerry"] and len(first.mentions) == 1


def test_honorifics_keep_a_woman_and_a_man_of_one_surname_apart():
    from graphkit.graph.merge import merge_records
    from graphkit.models import Actor, Article, ArticleRecords

    def rec(i, *actors):
        return ArticleRecords(article=Article(id=i, text="t"), actors=list(actors))

    corpus = merge_records([
        rec("a", Actor(id="h", name="Michael Howard", kind="person", aliases=["Howard", "Mr Howard"])),
        rec("b", Actor(id="h", name="Howard", kind="person", aliases=["Mrs Howard"])),
        rec("c", Actor(id="h", name="Howard", kind="person", aliases=["Mr Howard"], sector="OPP")),
    ])
    people = {a.name: a for a in corpus.actors.values()}
    assert set(people) == {"Michael Howard", "Howard"}
    assert "Mrs Howard" in people["Howard"].aliases and "Mrs Howard" not in people["Michael Howard"].aliases
    assert people["Michael Howard"].sector == "OPP"  # the sector joins with the man


def _bodies(*arts):
    """One article per (name, country or None): the body affiliated with that country."""
    out = []
    for i, (name, code) in enumerate(arts):
        land = [actor("c", code, "country", code=code)] if code else []
        out.append(rec(f"a{i}", *land, actor("b", name, "organization", affiliations=["c"] if code else [])))
    return merge_records(out)


def bodies_of(c, name):
    return sorted(sorted(c._aff_codes[a.id]) for a in c.actors.values() if a.name == name)


def test_a_generic_body_joins_only_a_body_of_its_country():
    c = _bodies(("Congress", "USA"), ("Congress", "PHL"), ("Congress", "USA"))
    assert bodies_of(c, "Congress") == [["PHL"], ["USA"]]


def test_an_untied_generic_body_takes_the_countries_of_its_story():
    it, us = actor("i", "Italy", "country", code="ITA"), actor("u", "U.S.", "country", code="USA")
    senate = actor("s", "Senate", "organization", generic_name=True)
    c = merge_records([rec("a", us, actor("s", "Senate", "organization", affiliations=["u"], generic_name=True)),
                       rec("b", it, senate), rec("c", senate), rec("d", it, senate), rec("e", us, senate)])
    sizes = sorted((sorted(c._aff_codes[a.id]), sorted(m.article for m in a.mentions))
                   for a in c.actors.values() if a.name == "Senate")
    assert sizes == [(["ITA"], ["x", "x"]), (["USA"], ["x", "x", "x"])]


def test_a_tied_generic_body_does_not_join_an_untied_one_seen_first():
    ch = actor("c", "Switzerland", "country", code="CHE")
    bank = actor("b", "Central Bank", "organization", generic_name=True)
    c = merge_records([rec("b", bank), rec("a", ch, bank)])
    assert bodies_of(c, "Central Bank") == [[], ["CHE"]]
    assert sorted(a.code or "" for a in c.actors.values() if a.name == "Central Bank") == ["", ""]
    c = merge_records([rec("a", bank), rec("b", bank)])  # two of no known country: one name, one actor
    assert bodies_of(c, "Central Bank") == [[]]


def test_a_body_the_actor_stage_did_not_mark_generic_joins_across_stories():
    it, us = actor("i", "Italy", "country", code="ITA"), actor("u", "U.S.", "country", code="USA")
    senate = actor("s", "Senate", "organization")
    c = merge_records([rec("a", us, senate), rec("b", it, senate)])
    assert [len(a.mentions) for a in c.actors.values() if a.name == "Senate"] == [2]


def test_a_named_organisation_joins_across_articles_unless_countries_conflict():
    c = _bodies(("Texaco", "USA"), ("Texaco", None))
    assert [len(a.mentions) for a in c.actors.values() if a.name == "Texaco"] == [2]
    c = _bodies(("Likud", "ISR"), ("Likud", "GBR"))
    assert bodies_of(c, "Likud") == [["GBR"], ["ISR"]]


def test_an_organisations_own_code_ties_it_to_a_country():
    fr, us = actor("f", "France", "country", code="FRA"), actor("u", "U.S.", "country", code="USA")
    c = merge_records([rec("a", fr, actor("b", "Foreign Ministry", "organization", code="FRAGOV")),
                       rec("b", us, actor("b", "Foreign Ministry", "organization", code="USAGOV")),
                       rec("c", actor("b", "Foreign Ministry", "organization", code="FRAGOV"))])
    bodies = [a for a in c.actors.values() if a.kind == "organization"]
    assert sorted((a.code, len(a.mentions)) for a in bodies) == [("FRAGOV", 2), ("USAGOV", 1)]


def test_a_body_named_in_small_letters_keeps_its_storys_country():
    ph, ar = actor("p", "Philippines", "country", code="PHL"), actor("a", "Argentina", "country", code="ARG")
    c = merge_records([rec("a", ph, actor("x", "army", "organization", generic_name=True)),
                       rec("b", ar, actor("x", "Army", "organization", generic_name=True))])
    assert bodies_of(c, "army") == [["PHL"]] and bodies_of(c, "Army") == [["ARG"]]


def test_a_bare_surname_read_as_a_body_joins_the_one_person_of_that_surname():
    jp = actor("jp", "Japan", "country", code="JPN")
    c = merge_records([rec("a", jp, actor("n", "Yasuhiro Nakasone", affiliations=["jp"])),
                       rec("b", actor("o", "Nakasone", "organization"), actor("o2", "Nakasone", "organization"))])
    [jpn, nakasone] = c.actors.values()
    assert nakasone.kind == "person" and nakasone.aliases == ["Nakasone"] and len(nakasone.mentions) == 3
    assert nakasone.affiliations == [jpn.id]


def test_a_body_with_a_bodys_evidence_or_of_an_ambiguous_surname_stays_a_body():
    people = [actor("f", "Gerald Ford"), actor("b", "James Baker"), actor("b2", "Howard Baker")]
    c = merge_records([rec("a", *people), rec("b", actor("f", "Ford", "organization", aliases=["Ford Motor Co"]),
                                              actor("b", "Baker", "organization"), actor("i", "IBM", "organization"))])
    assert sorted((a.name, a.kind) for a in c.actors.values() if a.kind == "organization") == [
        ("Baker", "organization"), ("Ford", "organization"), ("IBM", "organization")]


def test_a_bare_name_already_known_as_a_body_stays_that_body():
    c = merge_records([rec("a", actor("f", "Ford", "organization")), rec("b", actor("g", "Gerald Ford")),
                       rec("c", actor("f", "Ford", "organization"))])
    assert sorted((a.name, a.kind, len(a.mentions)) for a in c.actors.values()) == [
        ("Ford", "organization", 2), ("Gerald Ford", "person", 1)]


def test_a_bodys_short_form_ending_its_own_name_links_no_other_story():
    texas = actor("t", "Texas Railroad Commission", "organization", aliases=["Commission"])
    ec = actor("c", "Commission", "organization")
    european = actor("e", "European Commission", "organization", aliases=["Commission"])
    c = merge_records([rec("a", texas), rec("b", ec), rec("c", european), rec("d", actor("x", "European Commission",
                                                                                       "organization"))])
    assert sorted((a.name, len(a.mentions)) for a in c.actors.values()) == [
        ("Commission", 1), ("European Commission", 2), ("Texas Railroad Commission", 1)]


def test_a_bodys_other_names_still_link_stories():
    c = merge_records([rec("a", actor("w", "World Bank", "organization", aliases=["Bank", "IBRD"])),
                       rec("b", actor("i", "IBRD", "organization"))])
    [bank] = c.actors.values()
    assert bank.name == "World Bank" and len(bank.mentions) == 2
