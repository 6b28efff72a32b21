"""The executive of an unnamed setting (graphkit.ingest.actors.executives)."""
from graphkit.ingest.actors.find import find_actors
from graphkit.models import Article

_US = ("President Reagan met congressional leaders at the White House in Washington on Monday. "
       "Reagan said he would veto the bill. Congress passed the bill. ")


def _at(nlp, text, word):
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    k = max(t.i for t in doc if t.text == word)
    aid = layer.at(k)
    return layer.actors[aid].code if aid is not None else None


def test_the_administration_of_a_us_report_that_names_no_united_states(nlp):
    assert _at(nlp, _US + "The administration rejected the proposal.", "administration") == "USA"


def test_a_single_office_is_left_to_the_named_setting_only(nlp):
    assert _at(nlp, _US + "The premier rejected the proposal.", "premier") is None
