"""The map's first view: which actors, where, and labels that do not overlap."""
from __future__ import annotations

import itertools

import networkx as nx

from graphkit.render.focus import (
    event_positions,
    focus_actors,
    focus_tier,
    label_box,
    label_overlaps,
    relation_strength,
)


def _star(n: int = 60) -> nx.MultiDiGraph:
    """A hub related to ``n`` spokes (spoke i with i + 1 events), plus a strong pair far away."""
    A = nx.MultiDiGraph()
    for i in range(n):
        A.add_edge("hub", f"s{i:02d}", count=i + 1)
    A.add_edge("p", "q", count=1)
    return A


def test_strength_counts_events_with_another_actor_in_both_directions():
    A = nx.MultiDiGraph([("a", "b", {"count": 2}), ("b", "a", {"count": 1}), ("a", "a", {"count": 9})])
    assert relation_strength(A) == {"a": 3, "b": 3}


def test_focus_drops_actors_unrelated_within_the_view_and_fills_their_places():
    A = nx.MultiDiGraph([("a", "b", {"count": 5}), ("c", "d", {"count": 4}), ("a", "e", {"count": 1})])
    strength = relation_strength(A)  # a 6, b 5, c 4, d 4, e 1
    # the top 3 are a, b, c; c is related to none of them, so it goes and e (related to a) comes in
    assert focus_actors(A, 3, strength) == ["a", "b", "e"]
    assert focus_actors(A, 10, strength) == ["a", "b", "c", "d", "e"]


def test_top_labels_never_overlap_even_around_a_crowded_hub():
    A = _star()
    strength = relation_strength(A)
    names = {v: f"The Very Long Name Of Actor {v}" for v in A}
    ids = focus_actors(A, 62, strength)
    tier = focus_tier(A, ids, strength, names, labels=40)
    assert len(tier["labels"]) == 40 and set(tier["pos"]) == set(ids)
    assert label_overlaps(tier["pos"], tier["labels"], tier["sizes"], names) == []
    # the labelled shapes are clear of the labels too
    for a, b in itertools.permutations(tier["labels"], 2):
        x, y = tier["pos"][a]
        s = tier["sizes"][a]
        lab = label_box(*tier["pos"][b], names[b], tier["labels"][b], tier["sizes"][b])
        assert not (x - s < lab[2] and lab[0] < x + s and y - s < lab[3] and lab[1] < y + s)
    assert tier == focus_tier(A, ids, strength, names, labels=40)  # deterministic
    assert tier["labels"]["hub"] == max(tier["labels"].values()) and tier["sizes"]["hub"] == 24.0


def test_the_view_fits_a_screen_at_about_one_to_one():
    A = nx.MultiDiGraph()
    for i in range(150):
        A.add_edge(f"n{i:03d}", f"n{(i * 7 + 1) % 150:03d}", count=1 + i % 5)
    strength = relation_strength(A)
    ids = focus_actors(A, 150, strength)
    tier = focus_tier(A, ids, strength, {v: v for v in ids})
    xs = [p[0] for p in tier["pos"].values()]
    ys = [p[1] for p in tier["pos"].values()]
    assert 500 < max(xs) - min(xs) < 2000 and 350 < max(ys) - min(ys) < 1500


def test_event_nodes_sit_near_their_participants_without_piling_up():
    pos = {"a": (0, 0), "b": (200, 0)}
    places = event_positions([(f"e{i}", ["a", "b"]) for i in range(50)] + [("solo", ["a"])], pos)
    assert len(set(places.values())) == 51
    assert all(abs(x - 100) < 100 and abs(y) < 100 for k, (x, y) in places.items() if k != "solo")
