"""Known offices: which countries' cabinets have no ministers, from WordNet ("Prime Minister X" is no American).

``data/offices_wordnet.tsv`` (grown by ``tools/grow_offices.py``) lists the offices WordNet 3.0 files under a
country's bodies ("Secretary of Agriculture" is a member of the United States Cabinet, "Chancellor of the
Exchequer" of the British Cabinet). WordNet lists the whole United States Cabinet, and its offices are
secretaries and an attorney general, none headed "minister" (nor "premier", WordNet's prime minister): the
United States has no ministers.

A minister (a title headed "minister" or "premier": "Prime Minister", "Vice Minister") whom the article's
setting or sentence gave such a country ("Prime Minister Yasuhiro Nakasone" in a report from Washington,
"Agriculture Minister Mutsuki Kato" in one that names the U.S. most) is not that country's: the guess falls
to the one other country the article names, if it names one only (:func:`refuse_ministers`, run by
:func:`graphkit.ingest.actors.portfolios.department_homes` once the guesses are made). A country written
with the person ("U.S. trade minister X", "X, the U.S. minister") stays: the text's own word beats the table.

Examples
--------
>>> sorted(without_ministers()), is_minister("Deputy Prime Minister"), is_minister("Secretary of State")
(['USA'], True, False)
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from importlib import resources

from graphkit.ingest.actors.counterparts import country_votes
from graphkit.ingest.actors.titles import is_title_head

__all__ = ["is_minister", "without_ministers", "refuse_ministers"]

#: Heads of a minister's title: "minister", and "premier", WordNet's prime minister.
_MINISTERS = frozenset({"minister", "premier"})
#: Prepositions that end a title's head phrase ("Minister of Finance", "spokesman for the ...").
_PREPOSITIONS = frozenset({"of", "for", "to", "on", "at", "in", "with"})
#: Words of an apposition read after a person's name for a country written with it ("X, the U.S. minister,").
_NEAR = 6


@lru_cache(maxsize=1)
def _rows() -> list[tuple[str, str, str]]:
    """(lower-case title, country, body) of the table's rows."""
    text = resources.files("graphkit.ingest").joinpath("data", "offices_wordnet.tsv").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            title, country, _, body = line.split("\t")[:4]
            out.append((title.lower(), country, body))
    return out


def _head(title: str) -> str | None:
    """The head noun of a title: its last title head before a prepositional phrase ("Secretary of State":
    secretary; "spokesman for the Prime Minister": spokesman)."""
    words = title.lower().replace("-", " ").split()
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    words = words[:cut]
    return next((w for w in reversed(words) if is_title_head(w)), None)


def is_minister(title: str) -> bool:
    """Whether ``title`` is a minister's: headed "minister" or "premier".

    >>> is_minister("Vice Minister"), is_minister("Prime Minister"), is_minister("Treasury Secretary")
    (True, True, False)
    """
    return _head(title) in _MINISTERS


@lru_cache(maxsize=1)
def without_ministers() -> frozenset[str]:
    """The countries whose cabinet WordNet lists (a body named "... cabinet") with no minister among its offices.

    >>> sorted(without_ministers())
    ['USA']
    """
    cabinets: dict[str, set[str | None]] = {}
    for title, country, body in _rows():
        if body.split(".")[0].endswith("cabinet"):
            cabinets.setdefault(country, set()).add(_head(title))
    return frozenset(c for c, heads in cabinets.items() if not heads & _MINISTERS)


def _written_with(b, c, x) -> bool:
    """Whether country cluster ``x`` is written in the title phrase of a mention of person ``c``: before the
    name ("U.S. trade minister X") or in an apposition right after it ("X, the U.S. minister, said")."""
    t = b.table
    spans = []
    for m in c.mentions:
        spans.append((m.prefix_start if m.prefix_start is not None else m.start, m.end))
        hi = b.bounds[m.start][1]
        if m.end < hi and t.text[m.end] in (",", "("):
            end = m.end + 1
            while end < min(hi, m.end + 1 + _NEAR) and t.text[end] not in (",", ")", ";", "."):
                end += 1
            spans.append((m.end, end))
    heads = [y.start for y in x.mentions] + [bisect_left(t.idx, s) for s, _, _ in x.extra]
    return any(start <= k < end for start, end in spans for k in heads)


def _most_named(b, refused: frozenset[str]) -> str | None:
    """The one country the article names (:func:`~graphkit.ingest.actors.counterparts.country_votes`) among
    those not ``refused``, at least twice: where several are named (a minister's tour of Asia), none."""
    votes = Counter({code: n for code, n in country_votes(b).items() if code not in refused})
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1:  # a minister's tour of several: no guess
        return None
    return ranked[0][0]


def refuse_ministers(b) -> None:
    """Untie each minister of builder ``b`` (:mod:`graphkit.ingest.actors.find`) from a country without
    ministers that is not written with the person, and tie them to the one other country the article
    names, if it names only one (see the module)."""
    none = without_ministers()
    for c in b.clusters:
        if c.kind != "person" or not c.titles or not all(is_minister(title) for title in c.titles):
            continue
        ties = b.affil.get(id(c), [])
        wrong = [x for x in ties if x.kind == "country" and x.code in none and not _written_with(b, c, x)]
        if not wrong:
            continue
        for x in wrong:
            ties.remove(x)
        if not any(x.code for x in ties) and (code := _most_named(b, none)):
            home = b.country(code)
            b.kept.add(id(home))
            b.tie(c, home)
