"""actors/eras.py: the state a place belonged to on the article's date."""
from __future__ import annotations

from graphkit.ingest.actors.eras import period_code


def test_soviet_places_and_bodies_are_the_soviet_union_s_before_its_end_only():
    assert period_code("RUS", "1991-12-25") == "SUN"
    assert period_code("RUSGOV", "1987-03-10T12:00:00") == "SUNGOV"
    assert period_code("LTU", "1987-03-10") == "SUN"
    assert period_code("RUS", "1991-12-26") == "RUS"


def test_yugoslav_and_czechoslovak_successors_and_other_states():
    assert period_code("SRB", "1987-03-10") == "YUG" and period_code("SRB", "1995-01-01") == "SRB"
    assert period_code("CZE", "1992-06-01") == "CSK" and period_code("CZE", "1993-01-01") == "CZE"
    assert period_code("DEU", "1987-03-10") == "DEU"  # which cities were East German is not known
    assert period_code("IGO", "1987-03-10") == "IGO" and period_code("RUS", None) == "RUS"


def test_a_1987_report_puts_moscow_and_the_kremlin_in_the_soviet_union(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = "The Kremlin protested to Washington. Moscow said it would respond."
    layer = find_actors(nlp(text), Article(id="a", text=text, published="1987-03-10"))
    codes = {a.name: a.code for a in layer.actors.values()}
    affil = {a.name: a.affiliations for a in layer.actors.values()}
    assert codes["Kremlin"] == "SUNGOV" and affil["Moscow"] == ["soviet-union"]
    layer = find_actors(nlp(text), Article(id="a", text=text, published="2014-07-24"))
    assert {a.name: a.code for a in layer.actors.values()}["Kremlin"] == "RUSGOV"
