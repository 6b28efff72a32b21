"""Organisations named after their seat, a capital: "Tokyo Stock Exchange", "Tehran Times", "Peking Review".

News names many a body after the city it sits in, and a capital's body is of the capital's country: "the
Tokyo Stock Exchange called on Britain" is a Japanese body's request, "the Tehran Times accused Iraq" an
Iranian paper's accusation. So an organisation with no country of its own (no code, no coded tie, no body of
states) whose every name that opens with a place opens with a capital (:func:`seat_country`: one the
gazetteers agree on, WordNet's capital and the place gazetteer's: not "Victoria", Seychelles' capital and an
Australian state) is of the capital's country as of the report's date (:mod:`graphkit.ingest.actors.eras`).
Not a forum, pact or meeting named after where it was held (a word of ``data/words/forum_heads`` in the
name: "Paris Club", "Warsaw Pact", "Tokyo Round"): those are no one state's.

Examples
--------
>>> seat_country("Tokyo Stock Exchange"), seat_country("the Tehran Times"), seat_country("Mexico City Council")
('JPN', 'IRN', 'MEX')
>>> seat_country("Paris Club"), seat_country("Paris Club of Western Creditors"), seat_country("Victoria Bank")
(None, None, None)
>>> seat_country("Tokyo") is None
True
"""
from __future__ import annotations

from graphkit.ingest.actors.places import capital_country, place_country
from graphkit.ingest.actors.sectors import is_intergovernmental
from graphkit.ingest.words import word_list

__all__ = ["seat_country", "seat_bodies"]

#: Longest place name, in words, read at a name's opening ("Mexico City", "Rio de Janeiro").
_LONGEST = 3


def seat_country(name: str) -> str | None:
    """The country of the capital an organisation's name opens with, else None (see the module)."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    for n in range(min(_LONGEST, len(words) - 1), 0, -1):
        place, rest = " ".join(words[:n]), words[n:]
        code = capital_country(place)
        if code is None or code != place_country(place):
            continue
        if not all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in rest) \
                or any(w.lower() in word_list("forum_heads") for w in rest):
            return None
        return code
    return None


def seat_bodies(b) -> None:
    """Tie each uncoded organisation of builder ``b``'s article named after a capital to its country (see the
    module)."""
    for c in b.clusters:
        if c.kind != "organization" or c.code or any(x.code for x in b.affil[id(c)]) \
                or any(is_intergovernmental(n) for n in c.names):
            continue
        codes = {seat_country(n) for n in c.names if len(n.split()) > 1}
        if len(codes) == 1 and (code := codes.pop()):
            home = b.country(code)
            b.kept.add(id(home))
            b.tie(c, home)
