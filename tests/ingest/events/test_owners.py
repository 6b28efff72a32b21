"""Whose thing a noun phrase names: the owner over the place, no party in a unit of money."""
from __future__ import annotations

from graphkit.ingest.events.roles import np_actors
from tests.ingest.events.test_find import events_of, parse


def test_a_possessor_owns_a_thing_its_place_modifier_only_locates(vocab):
    # attacked two of its Gulf oil platforms ("its" is Iran)
    rows = [("Navy", 1, "nsubj", "PROPN", "Navy"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("its", 4, "poss", "PRON", "its"), ("Gulf", 4, "compound", "PROPN", "Gulf"),
            ("platforms", 1, "dobj", "NOUN", "platform")]
    actors = {0: ("navy", "organization"), 2: ("iran", "country"), 3: ("gulf", "location")}
    doc, layer = parse(vocab, rows, actors)
    assert np_actors(doc[4], layer) == ["iran"]
    assert events_of(vocab, rows, actors) == [("ASSAULT", "attacked", ["navy"], ["iran"], "asserted")]


def test_a_possessor_does_not_replace_a_party_modifier(vocab):
    # criticized Israel's Hamas policy: the compound is a party, kept first as before
    rows = [("Israel", 2, "poss", "PROPN", "Israel"), ("Hamas", 2, "compound", "PROPN", "Hamas"),
            ("policy", 2, "ROOT", "NOUN", "policy")]
    doc, layer = parse(vocab, rows, {0: ("israel", "country"), 1: ("hamas", "organization")})
    assert np_actors(doc[2], layer) == ["hamas"]


def test_a_country_before_a_unit_of_money_is_no_party(vocab):
    # granted credits worth 54.9 mln US dlrs
    rows = [("US", 1, "compound", "PROPN", "US"), ("dlrs", 1, "ROOT", "NOUN", "dlrs")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country")})
    assert np_actors(doc[1], layer) == []
    rows = [("US", 1, "compound", "PROPN", "US"), ("firms", 1, "ROOT", "NOUN", "firm")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country")})
    assert np_actors(doc[1], layer) == ["usa"]


def test_a_place_in_apposition_to_a_name_is_only_where_it_is(vocab):
    # acquired Transfer Inc of Pompano Beach, Fla.: the firm, not Florida
    rows = [("Inc", 0, "ROOT", "PROPN", "Inc"), ("of", 0, "prep", "ADP", "of"),
            ("Beach", 1, "pobj", "PROPN", "Beach"), (",", 2, "punct", "PUNCT", ","),
            ("Fla.", 2, "appos", "PROPN", "Fla.")]
    doc, layer = parse(vocab, rows, {0: ("firm", "organization"), 2: ("firm", "organization"),
                                     4: ("fla", "location")})
    assert np_actors(doc[0], layer) == ["firm"]
    doc, layer = parse(vocab, rows, {0: ("firm", "organization"), 2: ("firm", "organization"),
                                     4: ("smith", "person")})  # "his counterpart, Smith": the person
    assert np_actors(doc[2], layer) == ["smith", "firm"]


def test_a_noun_of_relation_is_not_its_possessor(vocab):
    # attacked Israel's militia ally: the ally, not Israel; Israel's militia: Israel's
    rows = [("Israel", 2, "poss", "PROPN", "Israel"), ("militia", 2, "compound", "NOUN", "militia"),
            ("ally", 2, "ROOT", "NOUN", "ally")]
    doc, layer = parse(vocab, rows, {0: ("israel", "country")})
    assert np_actors(doc[2], layer) == []
    rows = [("Israel", 1, "poss", "PROPN", "Israel"), ("militia", 1, "ROOT", "NOUN", "militia")]
    doc, layer = parse(vocab, rows, {0: ("israel", "country")})
    assert np_actors(doc[1], layer) == ["israel"]


def test_a_matter_named_after_a_place_is_no_act_of_that_place(vocab):
    # investigating the Iran scandal: no act on Iran
    rows = [("Iran", 1, "compound", "PROPN", "Iran"), ("scandal", 1, "ROOT", "NOUN", "scandal")]
    doc, layer = parse(vocab, rows, {0: ("iran", "country")})
    assert np_actors(doc[1], layer) == []


def test_judging_ones_own_act_is_aimed_at_no_one_it_names(vocab):
    # Reagan defended his decision to sell arms to Iran; Dole criticised Reagan's decision to sell arms to Iran
    def rows(subject, owner):
        return [(subject, 1, "nsubj", "PROPN", subject), ("defended", 1, "ROOT", "VERB", "defend"),
                (owner, 3, "poss", "PRON" if owner == "his" else "PROPN", owner),
                ("decision", 1, "dobj", "NOUN", "decision"), ("to", 5, "aux", "PART", "to"),
                ("sell", 3, "acl", "VERB", "sell"), ("arms", 5, "dobj", "NOUN", "arm"),
                ("to", 5, "prep", "ADP", "to"), ("Iran", 7, "pobj", "PROPN", "Iran")]
    got = events_of(vocab, rows("Reagan", "his"), {0: ("reagan", "person"), 2: ("reagan", "person"),
                                                   8: ("iran", "country")})
    assert ("SUPPORT", "defended", ["reagan"], [], "asserted") in got
    got = events_of(vocab, rows("Dole", "Reagan"), {0: ("dole", "person"), 2: ("reagan", "person"),
                                                    8: ("iran", "country")})
    assert [e[3] for e in got if e[0] == "SUPPORT"] == [["reagan"]]


def test_a_sea_or_region_before_a_thing_is_only_where_it_is(vocab):
    # attacks on Gulf shipping: the Gulf (no state) is no party; Gaza border crossings: Gaza (of a state) is
    rows = [("Gulf", 1, "compound", "PROPN", "Gulf"), ("shipping", 1, "ROOT", "NOUN", "shipping")]
    doc, layer = parse(vocab, rows, {0: ("gulf", "location")})
    assert np_actors(doc[1], layer) == []
    layer.actors["gulf"] = layer.actors["gulf"].model_copy(update={"code": "PSE"})
    assert np_actors(doc[1], layer) == ["gulf"]
    rows = [("Gulf", 1, "poss", "PROPN", "Gulf"), ("ports", 1, "ROOT", "NOUN", "port")]  # the owner stays
    doc, layer = parse(vocab, rows, {0: ("gulf", "location")})
    assert np_actors(doc[1], layer) == ["gulf"]


def test_judging_a_party_of_ones_own_is_still_aimed_at_it(vocab):
    # the U.S. blamed its ally Israel: Israel, though "its"
    rows = [("U.S.", 1, "nsubj", "PROPN", "U.S."), ("blamed", 1, "ROOT", "VERB", "blame"),
            ("its", 3, "poss", "PRON", "its"), ("ally", 1, "dobj", "NOUN", "ally"),
            ("Israel", 3, "appos", "PROPN", "Israel")]
    got = events_of(vocab, rows, {0: ("usa", "country"), 2: ("usa", "country"), 4: ("israel", "country")})
    assert ("ACCUSE", "blamed", ["usa"], ["israel"], "asserted") in got


def test_judging_a_measure_is_aimed_at_the_body_it_was_brought_in(vocab):
    # Hong Kong attacked the act introduced in Congress
    rows = [("Kong", 1, "nsubj", "PROPN", "Kong"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("the", 3, "det", "DET", "the"), ("act", 1, "dobj", "NOUN", "act"),
            ("introduced", 3, "acl", "VERB", "introduce"), ("in", 4, "prep", "ADP", "in"),
            ("Congress", 5, "pobj", "PROPN", "Congress")]
    doc, layer = parse(vocab, rows, {0: ("hk", "country"), 6: ("congress", "organization")})
    doc[4].tag_ = "VBN"
    from graphkit.ingest.events.find import find_events
    from graphkit.models import Article
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.type, e.actors, e.recipients) for e in events] == [("ACCUSE", ["hk"], ["congress"])]


def test_a_possessor_of_colleagues_is_not_one_of_them(vocab):
    # Tamura 's colleagues agreed  /  Tamura 's ministry agreed
    for noun, lemma, expected in (("colleagues", "colleague", []), ("ministry", "ministry", ["tamura"])):
        rows = [("Tamura", 2, "poss", "PROPN", "Tamura"), ("'s", 0, "case", "PART", "'s"),
                (noun, 3, "nsubj", "NOUN", lemma), ("agreed", 3, "ROOT", "VERB", "agree")]
        doc, layer = parse(vocab, rows, {0: ("tamura", "person")})
        assert np_actors(doc[2], layer) == expected
