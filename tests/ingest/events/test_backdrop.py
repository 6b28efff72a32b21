"""Acts named as the object of a verb of ending or wanting (graphkit.ingest.events.backdrop)."""
from __future__ import annotations

from types import SimpleNamespace

from spacy.tokens import Doc

from graphkit.ingest.events.backdrop import (
    backdrop_act,
    place_finder,
    recalled,
    recalled_act,
    since_act,
    under_recalled_accord,
)
from graphkit.ingest.events.lexicon import Trigger
from graphkit.models import Article


def _doc(vocab, rows):
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               lemmas=[r[3] for r in rows])


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    return {e.type for e in recs.events if e.certainty == "asserted"}


def test_the_object_of_a_verb_of_ending_was_in_force_before(vocab):
    # "China lifted its ban" / "the ban was repealed"
    doc = _doc(vocab, [("China", 1, "nsubj", "China"), ("lifted", 1, "ROOT", "lift"), ("its", 3, "poss", "its"),
                       ("ban", 1, "dobj", "ban")])
    assert backdrop_act(doc[3])
    doc = _doc(vocab, [("the", 1, "det", "the"), ("ban", 3, "nsubjpass", "ban"), ("was", 3, "auxpass", "be"),
                       ("repealed", 3, "ROOT", "repeal")])
    assert backdrop_act(doc[1])


def test_the_object_of_a_verb_of_wanting_is_not_done_also_through_for(vocab):
    doc = _doc(vocab, [("Japan", 1, "nsubj", "Japan"), ("wanted", 1, "ROOT", "want"), ("a", 3, "det", "a"),
                       ("ban", 1, "dobj", "ban")])
    assert backdrop_act(doc[3])
    doc = _doc(vocab, [("they", 1, "nsubj", "they"), ("hoped", 1, "ROOT", "hope"), ("for", 1, "prep", "for"),
                       ("talks", 2, "pobj", "talk")])
    assert backdrop_act(doc[3])


def test_other_verbs_and_other_positions_leave_the_act(vocab):
    doc = _doc(vocab, [("Japan", 1, "nsubj", "Japan"), ("imposed", 1, "ROOT", "impose"), ("a", 3, "det", "a"),
                       ("ban", 1, "dobj", "ban")])
    assert not backdrop_act(doc[3])
    # "the talks ended": the subject of an intransitive ending is no object
    doc = _doc(vocab, [("the", 1, "det", "the"), ("talks", 2, "nsubj", "talk"), ("ended", 2, "ROOT", "end")])
    assert not backdrop_act(doc[1])
    # "stopped for talks": "for" of a verb of ending is a purpose, not what ended
    doc = _doc(vocab, [("he", 1, "nsubj", "he"), ("stopped", 1, "ROOT", "stop"), ("for", 1, "prep", "for"),
                       ("talks", 2, "pobj", "talk")])
    assert not backdrop_act(doc[3])
    assert not backdrop_act(None)


def test_a_lifted_ban_and_a_wanted_ban_are_no_sanctions(nlp):
    assert "SANCTION" not in _events(nlp, "The United States ended its embargo on Nicaragua.")
    assert "SANCTION" not in _events(nlp, "Japan wanted a ban on imports of U.S. rice.")
    assert _events(nlp, "Iraq imposed a ban on Iranian goods.") & {"COERCE", "SANCTION"}


def test_a_year_before_the_news_recalls_the_act(vocab):
    # "the 1979 agreement", "the 1982 invasion": dated before the article's year
    doc = _doc(vocab, [("the", 2, "det", "the"), ("1979", 2, "nummod", "1979"), ("agreement", 2, "ROOT", "agreement")])
    assert recalled_act(doc[2], "AGREE", "1987-03-10")
    assert recalled_act(doc[2], "AGREE", None)
    assert not recalled_act(doc[2], "AGREE", "1979-06-01")  # this year's: may be the news
    doc = _doc(vocab, [("the", 2, "det", "the"), ("1982", 2, "compound", "1982"), ("invasion", 2, "ROOT", "invasion")])
    assert recalled_act(doc[2], "ASSAULT", "1987-03-10")
    # a number that is no year ("300 attacks") recalls nothing
    doc = _doc(vocab, [("300", 1, "nummod", "300"), ("attacks", 1, "ROOT", "attack")])
    assert not recalled_act(doc[1], "ASSAULT", "1987-03-10")


def test_an_accord_named_by_a_city_was_made_before(vocab):
    doc = _doc(vocab, [("the", 2, "det", "the"), ("Paris", 2, "compound", "Paris"), ("accord", 2, "ROOT", "accord")])
    assert recalled_act(doc[2], "AGREE", "1987-03-10", place_at=lambda i: i == 1)
    assert not recalled_act(doc[2], "AGREE", "1987-03-10", place_at=lambda i: False)  # "the U.S. accord": a party
    assert not recalled_act(doc[2], "ASSAULT", "1987-03-10", place_at=lambda i: i == 1)  # "the Beirut attack"
    assert not recalled_act(None, "AGREE", "1987-03-10")


def test_a_city_is_a_place_but_a_country_is_a_party():
    from graphkit.ingest.actors.find import ActorLayer
    from graphkit.models import Actor

    layer = ActorLayer(actors={"paris": Actor(id="paris", name="Paris", kind="location"),
                               "fra": Actor(id="fra", name="France", kind="country", code="FRA")},
                       token_actor={0: "paris", 1: "fra"})
    place_at = place_finder(layer)
    assert place_at(0) and not place_at(1) and not place_at(2)


def test_a_recalled_accord_is_no_agreement_but_a_new_one_is(nlp):
    assert "AGREE" not in _events(nlp, "The 1979 agreement between Egypt and Israel has worked well, Mubarak said.")
    assert _events(nlp, "Egypt and Israel signed an agreement on Monday.") & {"AGREE", "COOPERATE"}


def _of(vocab, ender, prep="of"):
    # the <ender> <prep> sanctions
    return _doc(vocab, [("the", 1, "det", "the"), (ender, 1, "ROOT", ender), (prep, 1, "prep", prep),
                        ("sanctions", 2, "pobj", "sanction")])


def test_the_object_of_a_noun_of_ending_was_in_force_before(vocab):
    assert backdrop_act(_of(vocab, "lifting")[3])
    assert backdrop_act(_of(vocab, "suspension")[3])
    assert backdrop_act(_of(vocab, "end", "to")[3])
    assert not backdrop_act(_of(vocab, "imposition")[3])  # no noun of ending
    assert not backdrop_act(_of(vocab, "lifting", "on")[3])


def test_a_noun_of_ending_at_a_point_in_time_names_when(vocab):
    # left at the end of a visit: the visit took place
    doc = _doc(vocab, [("left", 0, "ROOT", "leave"), ("at", 0, "prep", "at"), ("the", 3, "det", "the"),
                       ("end", 1, "pobj", "end"), ("of", 3, "prep", "of"), ("a", 6, "det", "a"),
                       ("visit", 4, "pobj", "visit")])
    assert not backdrop_act(doc[6])


def test_lifted_sanctions_and_suspended_attacks_are_no_new_acts(nlp):
    assert "SANCTION" not in _events(nlp, "Japan welcomed the lifting of U.S. sanctions on its electronics goods.")
    got = _events(nlp, "The rebels announced the suspension of their attacks on the army.")
    assert "ASSAULT" not in got and "SANCTION" not in got


def _under(vocab, year, noun="agreement"):
    # under the <year> <noun> they agreed
    return _doc(vocab, [("under", 5, "prep", "under"), ("the", 3, "det", "the"), (year, 3, "nummod", year),
                        (noun, 0, "pobj", noun), ("they", 5, "nsubj", "they"), ("agreed", 5, "ROOT", "agree")])


def test_a_clause_under_a_recalled_accord_tells_its_terms(vocab):
    assert under_recalled_accord(_under(vocab, "1976")[5], "1987-03-10")
    assert not under_recalled_accord(_under(vocab, "1987")[5], "1987-03-10")  # this year's accord may be the news
    assert not under_recalled_accord(_under(vocab, "1976", "pressure")[5], "1987-03-10")  # no accord
    assert not under_recalled_accord(None, "1987-03-10")


def test_the_relative_clause_of_a_recalled_accord_tells_its_terms(vocab):
    # breached the 1976 agreement under which both agreed
    doc = _doc(vocab, [("breached", 0, "ROOT", "breach"), ("the", 3, "det", "the"), ("1976", 3, "nummod", "1976"),
                       ("agreement", 0, "dobj", "agreement"), ("under", 7, "prep", "under"),
                       ("which", 4, "pobj", "which"), ("both", 7, "nsubj", "both"), ("agreed", 3, "relcl", "agree")])
    assert under_recalled_accord(doc[7], "1987-03-10")
    assert not under_recalled_accord(doc[0], "1987-03-10")
    verb = SimpleNamespace(kind="verb", head=doc[7], trig=Trigger("AGREE", None, "agreed with"))
    assert recalled(verb, "1987-03-10") and not recalled(verb, "1976-01-01")


def test_recalled_accord_terms_are_no_new_agreement_end_to_end(nlp):
    text = ("Under the 1976 agreement, Greece and Turkey agreed to preserve the status quo. "
            "Greece and Turkey agreed on Monday to preserve the status quo.")
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text, published="1987-03-10"))
    starts = {e.start for e in recs.events if e.type == "AGREE" and e.certainty == "asserted"}
    second = text.index("Greece and Turkey agreed on")
    assert starts and all(s > second for s in starts)


def test_the_object_of_since_is_the_act_a_period_is_counted_from(vocab):
    # "the first review since the accord" / "the first review of the accord"
    for prep, expected in (("since", True), ("of", False)):
        doc = _doc(vocab, [("the", 2, "det", "the"), ("first", 2, "amod", "first"), ("review", 2, "ROOT", "review"),
                           (prep, 2, "prep", prep), ("the", 5, "det", "the"), ("accord", 3, "pobj", "accord")])
        assert since_act(doc[5]) is expected
        assert not since_act(doc[2])


def test_a_noun_right_after_since_is_its_object_whatever_the_parse(vocab):
    # "since the accord reached by Japan, prices rose": "since" misparsed as the mark of "rose"
    rows = [("since", 7, "mark", "since"), ("the", 2, "det", "the"), ("accord", 7, "nsubj", "accord"),
            ("reached", 2, "acl", "reach"), ("by", 3, "agent", "by"), ("Japan", 4, "pobj", "Japan"),
            (",", 7, "punct", ","), ("rose", 7, "ROOT", "rise")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              lemmas=[r[3] for r in rows], pos=["SCONJ", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB"])
    assert since_act(doc[2])


def test_a_since_clause_is_temporal_under_a_perfect_or_with_a_date(vocab):
    # "they have met since he arrived" / "they will protest since he arrived" / "... since he arrived in May"
    def clause(aux, extra=()):
        rows = [("they", 2, "nsubj", "they"), (aux, 2, "aux", aux), ("met", 2, "ROOT", "meet"),
                ("since", 5, "mark", "since"), ("he", 5, "nsubj", "he"), ("arrived", 2, "advcl", "arrive"), *extra]
        doc = _doc(vocab, rows)
        return doc
    assert since_act(clause("have")[5])
    assert not since_act(clause("will")[5])  # causal "since": the clause's act is news
    doc = clause("will", [("in", 5, "prep", "in"), ("May", 6, "pobj", "May")])
    doc[7].ent_type_ = "DATE"
    assert since_act(doc[5])
