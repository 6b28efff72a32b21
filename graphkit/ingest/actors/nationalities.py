"""Nationalities written with a person: the countries the text names in the person's own title phrase.

News writes a person's country in the phrase that names them: before the name, among the title's words
("Japanese Prime Minister Yasuhiro Nakasone", "Japan's Prime Minister X", "U.S. Trade Representative X"), or
right after it, in an apposition or an "of" phrase ("Nakasone, Japan's prime minister", "Minister X of
Japan"). A country tied to the person any other way was inferred (from the sentence, the article's setting,
its dateline) and is weaker evidence than a dictionary of the field that knows the person
(:meth:`graphkit.ingest.actors.dictionaries.ActorDictionary.apply`); a written one is stronger: an entry of
another country is a namesake, or the entry's dates are not the article's ("Soviet Foreign Minister Eduard
Shevardnadze" in 1987, whom the dictionary knows as Georgia's).

Examples
--------
>>> from graphkit.models import Actor, Mention
>>> text = "Japanese Prime Minister Yasuhiro Nakasone met U.S. officials."
>>> japan = Actor(id="j", name="Japan", kind="country", code="JPN",
...               mentions=[Mention(article="a", start=0, end=8, text="Japanese")])
>>> usa = Actor(id="u", name="United States", kind="country", code="USA",
...             mentions=[Mention(article="a", start=46, end=50, text="U.S.")])
>>> man = Actor(id="n", name="Yasuhiro Nakasone", kind="person", affiliations=["j", "u"],
...             mentions=[Mention(article="a", start=24, end=41, text="Yasuhiro Nakasone")])
>>> written_countries(man, {"j": japan, "u": usa}, text)
{'JPN'}
"""
from __future__ import annotations

import re

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.actors.titles import is_title_word
from graphkit.models import Actor

__all__ = ["described_country", "written_countries"]

#: Function words inside a title phrase ("the", "of", "and", a possessive).
_GLUE = frozenset({"the", "of", "and", "-", "'s", "'"})
#: Longest stretch of text, in characters, read between a country and the name it is written with.
_SPAN = 60
_WORDS = re.compile(r"'s\b|[\w.]+|[^\w\s]")


def _title_words(gap: str) -> bool:
    """Whether ``gap`` holds title words and glue only ("Prime Minister", "'s Foreign Minister")."""
    return all(is_title_word(w) or w.lower() in _GLUE for w in _WORDS.findall(gap))


def _before(gap: str) -> bool:
    """Whether a country followed by ``gap`` and then the name is written in the name's title phrase."""
    return len(gap) <= _SPAN and "\n\n" not in gap and _title_words(gap)


def _after(gap: str) -> bool:
    """Whether a name followed by ``gap`` and then a country holds it in an apposition or an "of" phrase
    (", ", ", the", " of ", ", Japan's": nothing but a comma or "of" and title words)."""
    words = _WORDS.findall(gap)
    if len(gap) > _SPAN or not words or words[0] not in (",", "(", "of"):
        return False
    return all(is_title_word(w) or w.lower() in _GLUE for w in words[1:])


def written_countries(person: Actor, actors: dict[str, Actor], text: str) -> set[str]:
    """The codes of the countries among ``person``'s affiliations (ids into ``actors``) that ``text`` writes in
    the person's own title phrase (see the module)."""
    out = set()
    for aid in person.affiliations:
        x = actors.get(aid)
        if x is None or x.kind != "country" or not x.code:
            continue
        for m in person.mentions:
            if any((y.end <= m.start and _before(text[y.end:m.start]))
                   or (y.start >= m.end and _after(text[m.end:y.start])) for y in x.mentions):
                out.add(x.code)
                break
    return out


def described_country(caps: list[str]) -> str | None:
    """The country a description's capitalised modifiers name by demonym ("the Japanese minister": Japan), when
    they are all demonyms of one country; else None. News introduces a person by name and office, and may tell
    their nationality only later, in a description: "Trade Minister Hajime Tamura ... the Japanese minister".

    >>> described_country(["Japanese"]), described_country(["West", "German"]), described_country(["Tory"])
    ('JPN', 'DEU', None)
    """
    if not caps:
        return None
    return demonym_code(" ".join(caps)) or (codes.pop() if len(codes := {demonym_code(w) for w in caps}) == 1 else None)
