"""Series and rankings, also offered by graphkit.graph.query."""
from __future__ import annotations

from query_data import small_kg

from graphkit.graph import query, rankings


def test_query_offers_the_same_functions():
    assert query.dyad_series is rankings.dyad_series and query.top_actors is rankings.top_actors
    assert query.SeriesPoint is rankings.SeriesPoint


def test_series_and_rankings_on_the_small_graph():
    kg = small_kg()
    points = rankings.dyad_series(kg, "Israel", "Hamas", freq="M")
    assert [p.period for p in points] == ["2014-07", "2014-08"]
    assert points[0].events == 2 and points[0].score == -18.0
    top = rankings.top_actors(kg, by="events", n=2)
    assert [(a.id, n) for a, n in top] == [("hamas", 5), ("israel", 5)]  # ties by name
