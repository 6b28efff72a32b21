from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event, TimeExpression


def _kg():
    return KnowledgeGraph(
        articles=[Article(id="a", text="Kerry spoke to Qatar on Thursday.", published="2014-07-24",
                          timexes=[TimeExpression(start=23, end=31, text="Thursday", value="2014-07-24")])],
        actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country",
                                                                      code="QAT")],
        events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
                      date="2014-07-24", article="a", sentence="Kerry spoke to Qatar on Thursday.", start=6, end=11)])


def test_save_load_save_identical(tmp_path):
    kg = _kg()
    kg.save(tmp_path / "one", formats=["json"])
    again = KnowledgeGraph.load(tmp_path / "one" / "graph.json")
    again.save(tmp_path / "two", formats=["json"])
    assert (tmp_path / "one" / "graph.json").read_bytes() == (tmp_path / "two" / "graph.json").read_bytes()
    assert again.events[0].recipients == ["qatar"]


def test_contract_fields(tmp_path):
    import json

    kg = _kg()
    data = json.loads(kg.to_json())
    assert data["format"] == "graphkit/1"
    assert set(data["articles"][0]) >= {"id", "title", "published", "source", "text", "timexes"}
    assert set(data["actors"][0]) >= {"id", "name", "kind", "aliases", "code", "titles", "affiliations", "mentions"}
    assert set(data["events"][0]) >= {"id", "type", "mode", "label", "actors", "recipients", "location", "date",
                                      "date_text", "certainty", "article", "sentence", "start", "end"}
