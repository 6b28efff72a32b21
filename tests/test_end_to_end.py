"""The seed article, built end to end with the real model."""
import json

from conftest import SEED_ID


def test_seed_build_outputs(seed_out):
    for name in ("graph.json", "graph.graphml", "graph.gexf", "graph.html", "timeline.html"):
        assert (seed_out / name).stat().st_size > 0
    data = json.loads((seed_out / "graph.json").read_text(encoding="utf-8"))
    [art] = data["articles"]
    assert art["id"] == SEED_ID and art["published"] == "2014-07-24"
    names = {a["name"] for a in data["actors"]}
    assert {"John Kerry", "Qatar", "Turkey", "Israel", "Hamas"} <= names


def test_seed_mentions_point_at_their_names(seed_kg):
    text = seed_kg.articles[0].text
    for actor in seed_kg.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
