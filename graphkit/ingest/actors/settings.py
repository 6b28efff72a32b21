"""Settings: the country a story is set in, for the home groups it names with no country of their own.

A report set in one country names its people at home by their role alone: "union leaders began talks
with the government" in a story from Bolivia, "workers also complain" in one on Yugoslavia, "the
opposition" in one from Tokyo. Those who live and act where they are (labour, civilians, students, the
opposition, a chamber's members, people named by the work they do: ``worker_nouns``) are of that
country, as a careful coder codes them by the story's setting. A group with no tie after the other
rules is tied to the country the article is about (named most: ``main_country``), else the one it
names alone, else the one it is set in (its dateline, else the country named most, else its headline's:
:func:`~graphkit.ingest.actors.offices.home_country`); when none is settled, as in a story about several
countries, it stays untied. Forces, officials, firms and creditors are left alone: they act abroad as much
as at home ("troops", "banks" in a debt story are foreign as often as not).

Examples
--------
>>> home_sector(["Union leaders"]), home_sector(["miners"]), home_sector(["opposition"])
('LAB', 'LAB', 'OPP')
>>> home_sector(["Asian refiners"]) is None
True
>>> home_sector(["banks"]), home_sector(["troops"]), home_sector(["donors"]) is None
(None, None, True)
"""
from __future__ import annotations

from graphkit.ingest.actors.homes import sole_country
from graphkit.ingest.actors.offices import home_country
from graphkit.ingest.actors.sectors import noun_sector
from graphkit.ingest.words import word_list

__all__ = ["home_sector", "setting_code", "tie_to_setting"]

#: Sectors of people who live and act where they are.
_HOME = frozenset({"LAB", "CVL", "EDU", "OPP", "LEG"})
#: Sectors whose people act abroad as much as at home: a word of one of them settles the group's sector.
_AWAY = frozenset({"GOV", "MIL", "COP", "REB", "BUS", "MED", "REF", "JUD"})


def home_sector(names: list[str]) -> str | None:
    """The home sector of a group by the words of its first name (a modifier counts: "union leaders" are
    labour's), LAB for people named by the work they do ("miners"); None when a word names a sector of
    people who act abroad too ("bank", "troops"), when a capitalised word names none (a region or a name
    that gave no country: "Asian refiners"), or no word names one."""
    if not names:
        return None
    found = None
    for word in names[0].split():
        sector = noun_sector(word)
        if word[:1].isupper() and sector is None:
            return None  # "Asian refiners": a name classifies them, and gave no country
        word = word.lower()
        if sector in _AWAY or word in word_list("commentator_nouns") or word in word_list("posted_nouns"):
            return None
        if sector in _HOME:
            found = found or sector
        elif word in word_list("worker_nouns"):
            found = found or "LAB"
    return found


def setting_code(b) -> str | None:
    """The code of the country the article of builder ``b`` is about, else of the one it names alone,
    else of the one it is set in (see the module); None when none is settled."""
    main = b.main_country()
    return main.code if main is not None else sole_country(b) or home_country(b)


def tie_to_setting(b) -> None:
    """Tie each group of builder ``b`` with a home sector and no country to the article's setting (see the
    module).

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    """
    code: str | None = None
    settled = False
    for c in b.clusters:
        if "group" not in c.kinds or c.kind != "group" or c.pcode or b.affil.get(id(c)) or not (
                c.mentions or c.extra) or home_sector(c.names) is None:
            continue
        if not settled:
            code, settled = setting_code(b), True
        if not code:
            return
        home = b.country(code)
        b.tie(c, home)
        b.ensure_id(home)
