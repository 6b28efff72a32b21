"""Colours, shapes and sizes shared by the map, the timeline and the Gephi export.

Examples
--------
>>> kind_color("person")
'#4e79a7'
>>> score_color(-9.0)
'#d62728'
>>> score_color(2.5)
'#2ca02c'
>>> hex_to_rgb("#2ca02c")
(44, 160, 44)
>>> actor_size(0), actor_size(9)
(12.0, 24.0)
"""
from __future__ import annotations

import math

from graphkit.models import PLOVER_SCORES

__all__ = ["KIND_COLORS", "KIND_SHAPES", "EVENT_COLOR", "EVENT_SHAPE", "TONES", "kind_color", "type_color",
           "score_color", "score_tone", "hex_to_rgb", "actor_size", "edge_width", "COMMUNITY_COLORS",
           "community_color"]

KIND_COLORS = {"person": "#4e79a7", "organization": "#f28e2b", "country": "#59a14f",
               "location": "#76b7b2", "group": "#b07aa1"}
KIND_SHAPES = {"person": "dot", "organization": "square", "country": "diamond",
               "location": "triangle", "group": "star"}
EVENT_COLOR = "#e0e0e0"
EVENT_SHAPE = "box"
#: Edge tones of the legend: (name, colour) from cooperation to conflict.
TONES = (("cooperation", "#2ca02c"), ("neutral", "#7f7f7f"), ("conflict", "#d62728"))
#: Colours of the ten largest communities (a qualitative palette); smaller ones are grey.
COMMUNITY_COLORS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79",
                    "#ad494a", "#637939")


def kind_color(kind: str | None) -> str:
    """Colour of an actor kind (grey for anything else)."""
    return KIND_COLORS.get(kind or "", "#9c9c9c")


def community_color(community: int | None) -> str:
    """Colour of a community number (0 the largest); light grey past the palette or for none.

    >>> community_color(0), community_color(10), community_color(None)
    ('#1f77b4', '#c7c7c7', '#c7c7c7')
    """
    if community is None or not 0 <= community < len(COMMUNITY_COLORS):
        return "#c7c7c7"
    return COMMUNITY_COLORS[community]


def score_tone(score: float | None) -> str:
    """``cooperation``, ``conflict`` or ``neutral`` for a PLOVER score.

    >>> score_tone(-2.0), score_tone(0.0), score_tone(None)
    ('conflict', 'neutral', 'neutral')
    """
    if score is None or abs(score) < 0.5:
        return "neutral"
    return "cooperation" if score > 0 else "conflict"


def score_color(score: float | None) -> str:
    """Green for cooperation, red for conflict, grey for neutral (PLOVER score)."""
    return dict(TONES)[score_tone(score)]


def type_color(event_type: str | None) -> str:
    """Colour of a PLOVER category, by its score."""
    return score_color(PLOVER_SCORES.get(event_type or ""))


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``(r, g, b)`` of a ``#rrggbb`` colour."""
    h = color.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def actor_size(importance: float) -> float:
    """Node size of an actor from its importance (number of events), growing as a square root."""
    return round(12.0 + 4.0 * min(math.sqrt(max(importance, 0.0)), 9.0), 2)


def edge_width(count: int) -> float:
    """Edge width from the number of events it stands for.

    >>> edge_width(1), edge_width(4), edge_width(1000)
    (1.0, 5.0, 8.0)
    """
    return round(min(1.0 + 2.0 * math.log2(max(count, 1)), 8.0), 2)
