"""Colours and shapes shared by the map, the timeline and the Gephi export.

Examples
--------
>>> kind_color("person")
'#4e79a7'
>>> score_color(-9.0)
'#d62728'
>>> score_color(2.5)
'#2ca02c'
"""
from __future__ import annotations

from graphkit.models import PLOVER_SCORES

__all__ = ["KIND_COLORS", "KIND_SHAPES", "kind_color", "type_color", "score_color"]

KIND_COLORS = {"person": "#4e79a7", "organization": "#f28e2b", "country": "#59a14f",
               "location": "#76b7b2", "group": "#b07aa1"}
KIND_SHAPES = {"person": "dot", "organization": "square", "country": "diamond",
               "location": "triangle", "group": "star"}


def kind_color(kind: str | None) -> str:
    """Colour of an actor kind."""
    return KIND_COLORS.get(kind or "", "#9c9c9c")


def score_color(score: float | None) -> str:
    """Green for cooperation, red for conflict, grey for neutral (PLOVER score)."""
    if score is None or abs(score) < 0.5:
        return "#7f7f7f"
    return "#2ca02c" if score > 0 else "#d62728"


def type_color(event_type: str | None) -> str:
    """Colour of a PLOVER category, by its score."""
    return score_color(PLOVER_SCORES.get(event_type or ""))
