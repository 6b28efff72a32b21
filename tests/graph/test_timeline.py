"""The timeline core: order, filters, happened-on vs reported-on, articles without a date."""
import pytest

from graphkit.errors import ActorNotFoundError, QueryError
from graphkit.graph.timeline import relative_label, timeline
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event


def ev(i, art="a", date=None, reported=None, typ="CONSULT", actors=("kerry",), recipients=(), off=None):
    return Event(id=f"{art}#e{i}", type=typ, label="met", actors=list(actors), recipients=list(recipients),
                 date=date, reported=reported, date_offset_days=off, article=art, sentence=f"s{i}", start=0, end=1)


@pytest.fixture()
def kg():
    return KnowledgeGraph(
        articles=[Article(id="a", text="...", published="2014-07-24", title="A"), Article(id="b", text="...")],
        actors=[Actor(id="kerry", name="John Kerry", kind="person", aliases=["Kerry"]),
                Actor(id="qatar", name="Qatar", kind="country"), Actor(id="hamas", name="Hamas", kind="organization")],
        events=[
            ev(0, date="2014-07-24", reported="2014-07-24", recipients=["qatar"]),
            ev(1, reported="2014-07-24", typ="ASSAULT", actors=["hamas"]),
            ev(2, date="2014-07-23", reported="2014-07-24"),
            ev(3, date="2009", reported="2014-07-24", typ="AID", actors=["qatar"]),
            ev(4, date="2014-07", reported="2014-07-24"),
            ev(5, art="b", off=-1),
            ev(6, art="b", off=None),
            ev(7, art="b", off=-3),
        ])


def test_chronological_order_with_undated_and_unpublished_last(kg):
    assert [e.id for e in timeline(kg)] == [
        "a#e3", "a#e4", "a#e2", "a#e0", "a#e1", "b#e7", "b#e5", "b#e6"]


def test_happened_on_and_reported_on_are_kept_apart(kg):
    by = {e.id: e for e in timeline(kg)}
    assert (by["a#e2"].when, by["a#e2"].reported, by["a#e2"].relative) == ("2014-07-23", "2014-07-24", None)
    assert (by["a#e1"].when, by["a#e1"].reported, by["a#e1"].relative) == (None, "2014-07-24", "reported 2014-07-24")


def test_without_publication_date_events_are_placed_relative_to_it(kg):
    by = {e.id: e for e in timeline(kg)}
    assert by["b#e5"].relative == "1 day before publication" and by["b#e5"].day is None
    assert by["b#e7"].relative == "3 days before publication"
    assert by["b#e6"].relative == "reported (date unknown)"


def test_filter_by_actor_name_alias_or_id(kg):
    assert [e.id for e in timeline(kg, actor="Qatar")] == ["a#e3", "a#e0"]
    assert [e.id for e in timeline(kg, actor="hamas")] == ["a#e1"]
    assert len(timeline(kg, actor="Kerry")) == 6


def test_unknown_actor_is_a_clear_error(kg):
    with pytest.raises(ActorNotFoundError):
        timeline(kg, actor="Nobody")


def test_filter_by_type(kg):
    assert [e.id for e in timeline(kg, type="aid,ASSAULT")] == ["a#e3", "a#e1"]
    with pytest.raises(QueryError, match="unknown event type"):
        timeline(kg, type="PARTY")


def test_since_until_overlap_by_happened_else_reported(kg):
    assert [e.id for e in timeline(kg, since="2014-07-24")] == ["a#e4", "a#e0", "a#e1"]
    assert [e.id for e in timeline(kg, until="2014-07-23")] == ["a#e3", "a#e4", "a#e2"]
    assert [e.id for e in timeline(kg, since="2014-07-23", until="2014-07-23")] == ["a#e4", "a#e2"]
    with pytest.raises(QueryError):
        timeline(kg, since="yesterday")


def test_entries_carry_names_and_flat_records(kg):
    rec = timeline(kg, actor="Qatar")[1].as_dict()
    assert rec["actors"] == ["John Kerry"] and rec["recipients"] == ["Qatar"] and rec["title"] == "A"
    assert rec["happened"] == "2014-07-24" and rec["reported"] == "2014-07-24"


def test_knowledge_graph_method_delegates_here(kg):
    assert [e.id for e in kg.timeline(actor="Qatar")] == ["a#e3", "a#e0"]


@pytest.mark.parametrize("off,label", [(-1, "1 day before publication"), (2, "2 days after publication"),
                                       (0, "on the day of publication")])
def test_relative_label(off, label):
    assert relative_label(off) == label
