"""Gazetteers for the actor stage: countries, demonyms and organisation abbreviations.

Countries come from pycountry (ISO 3166-1 names, common and official names, historic
countries) plus the short and old forms newswire uses (``data/country_aliases.tsv``: U.S.,
UK, Britain, Burma...). Demonyms (``data/demonyms.tsv``) resolve to their country, and their
plurals ("Palestinians") name the people as a group. Everything is built once per process.

Examples
--------
>>> country_code("U.S.")
'USA'
>>> country_code("the United States")
'USA'
>>> country_code("Britain"), country_code("Burma"), country_code("Norway")
('GBR', 'MMR', 'NOR')
>>> country_code("Gaza") is None
True
>>> country_name("GBR")
'United Kingdom'
>>> demonym_code("Israeli"), demonym_code("British"), demonym_code("Islamist")
('ISR', 'GBR', None)
>>> people_code("Palestinians")
'PSE'
>>> expand_abbreviation("U.N.")
'United Nations'
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from graphkit.names import name_key

__all__ = [
    "country_code", "country_name", "demonym_code", "people_code", "people_name",
    "expand_abbreviation", "is_country_word", "party",
]





def _rows(filename: str):
    text = resources.files("graphkit.ingest").joinpath("data", filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    import pycountry

    by_name: dict[str, str] = {}
    names: dict[str, str] = {}
    for c in pycountry.historic_countries:
        by_name.setdefault(name_key(c.name), c.alpha_3)
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        names[c.alpha_3] = common or c.name.split(",")[0]
        for n in (c.name, common, getattr(c, "official_name", None)):
            if n:
                by_name[name_key(n)] = c.alpha_3
        if "," in c.name and not common:
            by_name.setdefault(name_key(c.name.split(",")[0]), c.alpha_3)
    for alias, code in _rows("country_aliases.tsv"):
        by_name[name_key(alias)] = code.strip()
        names.setdefault(code.strip(), alias)
    names.update({"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "PSE": "Palestine",
                  "SUN": "Soviet Union", "KOR": "South Korea", "PRK": "North Korea", "TUR": "Turkey"})
    return by_name, names


@lru_cache(maxsize=1)
def _demonyms() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    adj: dict[str, str] = {}
    plural: dict[str, str] = {}
    plural_name: dict[str, str] = {}
    for row in _rows("demonyms.tsv"):
        word, many, code = row[0], row[1], row[2].strip()
        adj[word.lower()] = code
        if many:
            plural[many.lower()] = code
            plural_name[many.lower()] = many
            plural_name.setdefault(word.lower(), many)
    return adj, plural, plural_name


@lru_cache(maxsize=1)
def _orgs() -> dict[str, str]:
    return {name_key(abbr): full for abbr, full in _rows("organizations.tsv")}


@lru_cache(maxsize=1)
def _parties() -> dict[str, tuple[str, str]]:
    return {name_key(form): (name, code.strip()) for form, name, code in _rows("parties.tsv")}


def party(name: str) -> tuple[str, str] | None:
    """The (party name, country code) of a capitalised party name or short form, else None.

    Examples
    --------
    >>> party("Tories"), party("Lib Dem"), party("labour")
    (('Conservative Party', 'GBR'), ('Liberal Democrats', 'GBR'), None)
    """
    if not name[:1].isupper():
        return None
    return _parties().get(name_key(name))


def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-3 code of a country name or common short form, else None."""
    return _countries()[0].get(name_key(name))


def country_name(code: str) -> str:
    """The usual English name of the country with alpha-3 ``code``."""
    return _countries()[1].get(code, code)


def is_country_word(word: str) -> bool:
    """Whether ``word`` names a country or is a demonym of one.

    Examples
    --------
    >>> is_country_word("Egyptian"), is_country_word("Egypt"), is_country_word("Cairo")
    (True, True, False)
    """
    return country_code(word) is not None or demonym_code(word) is not None


def demonym_code(word: str) -> str | None:
    """Country code of a demonym or adjective of nationality ("Israeli", "British"), else None."""
    return _demonyms()[0].get(word.strip().lower())


def people_code(word: str) -> str | None:
    """Country code of a plural people name ("Palestinians", "Israelis"), else None."""
    return _demonyms()[1].get(name_key(word))


def people_name(word: str) -> str | None:
    """The plural people name of a demonym or plural ("Palestinian" -> "Palestinians").

    Examples
    --------
    >>> people_name("Palestinian"), people_name("the Palestinians"), people_name("French")
    ('Palestinians', 'Palestinians', None)
    """
    return _demonyms()[2].get(name_key(word))


def expand_abbreviation(name: str) -> str | None:
    """Full name of a well-known organisation abbreviation ("U.N." -> "United Nations"), else None."""
    return _orgs().get(name_key(name))
