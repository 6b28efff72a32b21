"""Properties of sub-graphs and merges on random corpora (hypothesis): no dangling ids, nothing lost."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from query_data import assert_consistent

from graphkit.graph.merge import Corpus
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import PLOVER_TYPES, Actor, Article, ArticleRecords, Event, Mention

NAMES = [("John Kerry", "person", None), ("Kerry", "person", None), ("Ann Lee", "person", None),
         ("Israel", "country", "ISR"), ("Egypt", "country", "EGY"), ("Hamas", "organization", None),
         ("Gaza", "location", None), ("Palestinians", "group", None)]


@st.composite
def corpora(draw):
    """Per-article records as a build makes them: local actors with mentions, events among them."""
    records = []
    for i in range(draw(st.integers(1, 5))):
        art = f"a{i}"
        picks = draw(st.lists(st.sampled_from(range(len(NAMES))), min_size=1, max_size=4, unique=True))
        actors = [Actor(id=f"l{j}", name=NAMES[j][0], kind=NAMES[j][1], code=NAMES[j][2],
                        mentions=[Mention(article=art, start=10 * n, end=10 * n + 3)])
                  for n, j in enumerate(picks)]
        local = [a.id for a in actors]
        events = []
        for k in range(draw(st.integers(0, 4))):
            who = draw(st.lists(st.sampled_from(local), min_size=1, max_size=2, unique=True))
            whom = draw(st.lists(st.sampled_from(local), max_size=2, unique=True))
            events.append(Event(id=f"{art}#e{k}", type=draw(st.sampled_from(PLOVER_TYPES)), label="did",
                                actors=who, recipients=whom, date=draw(st.sampled_from([None, "2014-07-24",
                                                                                        "2014-07"])),
                                certainty=draw(st.sampled_from(["asserted", "negated"])),
                                location=draw(st.sampled_from([None, *local])),
                                article=art, sentence="s", start=k, end=k + 1))
        records.append(ArticleRecords(article=Article(id=art, text="x" * 80), actors=actors, events=events))
    return records


def _kg(records):
    c = Corpus()
    for r in records:
        c.add(r)
    return KnowledgeGraph(articles=c.articles, actors=list(c.actors.values()), events=c.events)


PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(corpora(), st.data())
def test_ego_and_filter_never_leave_dangling_ids(records, data):
    kg = _kg(records)
    center = data.draw(st.sampled_from([a.id for a in kg.actors]))
    sub = kg.ego(center, radius=data.draw(st.integers(0, 2)))
    assert_consistent(sub)
    assert center in {a.id for a in sub.actors}
    assert {e.id for e in sub.events} >= {e.id for e in kg.events
                                          if {*e.actors, *e.recipients} == {center}}
    kinds = data.draw(st.lists(st.sampled_from(["person", "country", "organization", "location", "group"]), max_size=3))
    flt = kg.filter(kind=kinds or None, type=data.draw(st.sampled_from([None, "ASSAULT", ["AGREE", "CONSULT"]])),
                    certainty=data.draw(st.sampled_from([None, "asserted"])))
    assert_consistent(flt)
    assert {e.id for e in flt.events} <= {e.id for e in kg.events}


@PROPS
@given(corpora(), st.data())
def test_merging_separate_builds_loses_nothing(records, data):
    k = data.draw(st.integers(0, len(records)))
    whole = _kg(records)
    merged = _kg(records[:k]).merge(_kg(records[k:]))
    assert_consistent(merged)
    assert [a.id for a in merged.articles] == [a.id for a in whole.articles]
    assert len(merged.events) == len(whole.events)
    assert sum(len(a.mentions) for a in merged.actors) == sum(len(a.mentions) for a in whole.actors)
    assert sorted((a.name, a.kind) for a in merged.actors) == sorted((a.name, a.kind) for a in whole.actors)
