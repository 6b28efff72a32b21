"""Pydantic records: what graphkit reads and what it finds.

The records carry no spaCy and no networkx objects; they are what ``graph.json`` stores
(see ``graph-json.md``), what the cache keeps, and what crosses process boundaries.

Examples
--------
>>> a = Article(id="a1", text="Kerry met Netanyahu.", published="2014-07-24")
>>> a.published
'2014-07-24'
>>> Event(id="a1#e0", type="CONSULT", label="met", actors=["kerry"], recipients=["netanyahu"],
...       article="a1", sentence="Kerry met Netanyahu.", start=6, end=9).certainty
'asserted'
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Kind", "Certainty", "TimexType", "PLOVER_TYPES", "PLOVER_SCORES", "KINDS",
    "Problem", "Mention", "Quote", "TimeExpression", "Article", "Actor", "Event", "ArticleRecords",
]

Kind = Literal["person", "organization", "country", "location", "group"]
Certainty = Literal["asserted", "possible", "negated"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
KINDS: tuple[str, ...] = ("person", "organization", "country", "location", "group")

#: PLOVER categories and their conflict-cooperation scores (taxonomy.md).
PLOVER_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -2.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}
PLOVER_TYPES: tuple[str, ...] = tuple(PLOVER_SCORES)
#: The categories of acts done by saying them (a promise, a demand, a threat, a refusal, an accusation,
#: praise, an apology): what is said of them has addressees, places and certainty of its own.
VERBAL_TYPES: frozenset[str] = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE"})
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Problem(_Frozen):
    """An input that could not be built (or was built with a caveat), and why."""

    source: str
    reason: str
    fatal: bool = True


class Mention(_Frozen):
    """Where an actor is named: character offsets into an article's text."""

    article: str
    start: int
    end: int
    text: str = ""


class Quote(_Frozen):
    """Words attributed to an actor ("X said ...")."""

    article: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    date: str | None = None


class TimeExpression(_Frozen):
    """A time expression with its TIMEX3 type and value (value None when unresolvable)."""

    start: int
    end: int
    text: str
    type: TimexType = "DATE"
    value: str | None = None
    #: For values that need an unknown publication date: offset in days from publication.
    offset_days: int | None = None


class Article(_Record):
    """One news article as read, with the time expressions found in it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    timexes: list[TimeExpression] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class Actor(_Record):
    """A person, organisation, country, location or group, merged over its mentions."""

    id: str
    name: str
    kind: Kind
    #: CAMEO actor code: a country's ISO-3 code ("GBR"), else country + sector ("GBRGOV", "USAMIL").
    code: str | None = None
    #: CAMEO sector of a person, group or organisation ("GOV", "MIL", "COP", "OPP", "MED"...).
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    affiliations: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    #: A body named by one common word ("the Senate", "Treasury"): one such body in every country, so the
    #: merge across articles joins it only with a body of its story's countries.
    generic_name: bool = False


class Event(_Record):
    """Who did what to whom, typed with a PLOVER category."""

    id: str
    type: PloverType
    mode: str | None = None
    label: str
    actors: list[str] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    location: str | None = None
    date: str | None = None
    date_text: str | None = None
    #: Days from publication when the publication date is unknown (timeline ordering).
    date_offset_days: int | None = None
    reported: str | None = None
    certainty: Certainty = "asserted"
    article: str
    sentence: str
    start: int
    end: int
    score: float = 0.0


class ArticleRecords(_Record):
    """Everything found in one article, with article-local actor ids.

    The graph stage merges actors across articles and maps these ids to global ones.
    """

    article: Article
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
