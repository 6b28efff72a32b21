"""CAMEO sectors of titles and group nouns, and CAMEO actor codes (country + sector).

A sector says what part of a country an actor acts for (CAMEO's GOV government, MIL armed forces,
COP police, JUD judiciary, LEG legislature, OPP opposition, REB rebels, BUS business, MED media,
EDU education, CVL civilians, REF refugees, LAB labour). Each sector's words are one closed word
list (``data/words/sector_<code>.txt``), and ``sector_wordnet.txt`` adds the nouns WordNet files
under each sector's senses (``tools/grow_sectors.py``: "gendarmes" COP, "conscripts" MIL). A title
takes the sector of its longest known phrase, else of its head (its last word); "opposition" or
"shadow" in a title make it OPP. A group takes the sector of its head noun ("U.S. companies" BUS);
an organisation whose name is that of a body of states is IGO (:func:`is_intergovernmental`).

Examples
--------
>>> title_sector("Prime Minister"), title_sector("shadow home secretary"), title_sector("police chief")
('GOV', 'OPP', 'COP')
>>> title_sector("political editor"), title_sector("Labour spokesman"), title_sector("leader")
('MED', 'GOV', None)
>>> title_sector("Minister for Children, Young People and Families")
'GOV'
>>> noun_sector("troops"), noun_sector("students"), noun_sector("Police"), noun_sector("gendarmes")
('MIL', 'EDU', 'COP', 'COP')
>>> actor_code("GBR", "GOV"), actor_code("USA", None), actor_code(None, "MIL")
('GBRGOV', None, None)
"""
from __future__ import annotations

import re
from functools import lru_cache

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.gazetteer import expand_abbreviation
from graphkit.ingest.words import word_list, word_pairs

__all__ = ["SECTORS", "title_sector", "noun_sector", "plural_of", "sector_nouns", "actor_code", "is_group_noun",
           "is_intergovernmental"]

#: The CAMEO sectors graphkit assigns, each with its word list ``sector_<code lower>``.
SECTORS: tuple[str, ...] = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "BUS", "MED", "EDU", "CVL", "REF",
                            "LAB")
_OPPOSITION = frozenset({"opposition", "shadow"})


@lru_cache(maxsize=1)
def _by_phrase() -> dict[str, str]:
    out: dict[str, str] = {}
    for sector in SECTORS:
        for phrase in word_list(f"sector_{sector.lower()}"):
            out.setdefault(phrase, sector)
    for noun, sector in word_pairs("sector_wordnet").items():  # grown from WordNet; the hand lists win
        if sector.upper() in SECTORS:
            out.setdefault(noun, sector.upper())
    return out


@lru_cache(maxsize=4096)
def title_sector(title: str) -> str | None:
    """The CAMEO sector of a title ("Home Secretary" -> GOV), else None."""
    words = title.lower().replace("-", " - ").replace(" - ", "-").split()
    if not words:
        return None
    if _OPPOSITION.intersection(words):
        return "OPP"
    while len(words) > 1 and words[-1] in _TO_BE:  # "Prime Minister designate": the office to be held
        words.pop()
    table = _by_phrase()
    if "for" in words[1:] and table.get(" ".join(words)) is None:  # "Minister for X": the office
        words = words[:words.index("for", 1)]
    sector = _ending_sector(words, table)
    if sector is None and "of" in words[1:]:  # "Chancellor of the Exchequer": its head's, when the end has none
        sector = _ending_sector(words[:words.index("of", 1)], table)
    if sector is None and any("-" in w for w in words):  # "Vice-Premier" is a "Vice Premier"
        return title_sector(" ".join(words).replace("-", " "))
    return sector


def _ending_sector(words: list[str], table: dict[str, str]) -> str | None:
    """The sector of the longest phrase of ``table`` ending ``words`` ("prime minister"), else None."""
    for n in range(len(words), 0, -1):
        if n == 1 and len(words) > 1 and words[-1] == _POSTPOSITIVE and table.get(words[-2]) != "MIL" \
                and not words[-2].endswith("."):  # "Lt. General": a rank, abbreviated
            return _ending_sector(words[:-1], table)  # "Secretary General": a secretary, no general
        sector = table.get(" ".join(words[-n:]))
        if sector:
            return sector
    return None


#: Adjectives English writes after an office noun for its holder to be ("Prime Minister designate", "President elect").
_TO_BE = frozenset({"designate", "elect"})
#: An adjective English writes after an office noun ("Secretary General", "Director General"), which is also
#: the noun of a military rank: after a word that is no rank ("Major", "Lt.") it names no general.
_POSTPOSITIVE = "general"


def sector_nouns() -> frozenset[str]:
    """Every word or phrase with a sector, singular and plural ("troops", "gendarme", "prime minister").

    >>> {"gendarmes", "students", "prime minister"} <= sector_nouns()
    True
    """
    return frozenset(_by_phrase())


def noun_sector(noun: str) -> str | None:
    """The CAMEO sector of a noun for people or an institution ("police" -> COP), else None; a
    singular takes the sector of its plural ("gunman" as "gunmen").

    >>> noun_sector("police"), noun_sector("gunman"), noun_sector("tax")
    ('COP', 'REB', None)
    """
    table = _by_phrase()
    low = noun.lower()
    return table.get(low) or table.get(plural_of(low))


def is_group_noun(noun: str) -> bool:
    """Whether ``noun`` is a plural naming a group actor ("students", "police", "troops").

    >>> is_group_noun("students"), is_group_noun("children")
    (True, False)
    """
    return noun.lower() in word_list("group_nouns")


#: How English names a body whose members are states (CAMEO's IGO): the United Nations and its organs; an
#: "International/World/European/African/..." fund, bank, agency, organisation, court, union, community,
#: commission, parliament, council, league, office or programme; an "Organisation of/for", "Association of"
#: or "League of" states, nations or countries (or of a continent's unity); a "Group of" N; a "Treaty
#: Organisation"; a "Co-operation Council", a "Council for Mutual ..." assistance; a place's pact ("Warsaw Pact").
_IGO = re.compile(
    r"^(?:the\s+)?(?:United\s+Nations\b|U\.N\.|UN\s)|(?<!National\s)\bSecurity\s+Council\b|"
    r"^(?:the\s+)?(?:International|World|European|African|Arab|Asian|Inter-?American|Pan-American|Islamic|Caribbean|"
    r"Nordic|Andean|Commonwealth)\b.*\b(?:Fund|Bank|Agency|Organi[sz]ation|Court|Union|Community|Commission|"
    r"Parliament|Council|League|Office|Programme|Program)\b|"
    r"^(?:the\s+)?(?:Organi[sz]ation|Association|League|Conference|Council)\s+(?:of|for)\b.*"
    r"\b(?:States|Nations|Countries|Co-?operation|Europe|Unity)\b|^(?:the\s+)?Group\s+of\s+\w+$|"
    r"\bTreaty\s+Organi[sz]ation$|^(?:the\s+)?Commonwealth(?:\s+of\s+Nations)?$|"
    r"\bCo-?operation\s+Council$|^(?:the\s+)?Council\s+for\s+Mutual\b|^(?:the\s+)?[A-Z][a-z]+\s+Pact$")


def is_intergovernmental(name: str) -> bool:
    """Whether an organisation's name is that of a body whose members are states (CAMEO sector IGO).

    >>> [is_intergovernmental(n) for n in ("United Nations", "International Monetary Fund", "European Union",
    ...  "Organization of the Petroleum Exporting Countries", "North Atlantic Treaty Organization", "Group of Seven")]
    [True, True, True, True, True, True]
    >>> [is_intergovernmental(n) for n in ("International Monetary Exchange", "Labour Party", "Arab Bank Plc")]
    [False, False, False]

    A body of such a body, named with its abbreviation first, is one too ("EC Commission", "IMF team"):

    >>> [is_intergovernmental(n) for n in ("EC Executive Commission", "IMF team", "FBI agents", "EC")]
    [True, True, False, True]

    A council of co-operation or mutual assistance, a pact named after a place, an organisation of a continent's
    unity:

    >>> [is_intergovernmental(n) for n in ("Gulf Cooperation Council", "Council for Mutual Economic Assistance",
    ...  "Warsaw Pact", "Andean Pact", "Organization of African Unity", "Labour Pact Committee")]
    [True, True, True, True, True, False]

    A nation's own council, and a union whose members are people, are no bodies of states:

    >>> [is_intergovernmental(n) for n in ("National Security Council", "International Union of Electronic Workers")]
    [False, False]
    """
    words = name.strip().split()
    if not words or _of_people(words):
        return False
    last = words[-1].rstrip(".").lower()
    full = expand_abbreviation(words[0]) if words[0].isupper() else None
    if full and last not in word_list("company_name_ends") and _IGO.search(full):
        return True  # "EC Commission": the European Community's
    return bool(_IGO.search(name)) and last not in word_list("company_name_ends")  # "Arab Bank Plc": a firm


def _of_people(words: list[str]) -> bool:
    """Whether a name ends in an "of" phrase naming people: its members ("International Union of Electronic
    Workers", "World Federation of Journalists") are people, not states.

    >>> _of_people("International Union of Electronic Workers".split()), _of_people("Organization of States".split())
    (True, False)
    """
    return "of" in words[1:-1] and is_person_noun(words[-1].rstrip(".,"))


def actor_code(country: str | None, sector: str | None) -> str | None:
    """The CAMEO code of an actor of ``country`` (ISO-3) in ``sector``: both, or None."""
    return f"{country}{sector}" if country and sector else None


def plural_of(noun: str) -> str:
    """The regular plural of an English noun for people ("gunman" -> "gunmen").

    >>> plural_of("gunman"), plural_of("soldier"), plural_of("enemy"), plural_of("bus")
    ('gunmen', 'soldiers', 'enemies', 'buses')
    """
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh", "z")):
        return noun + "es"
    return noun + "s"
