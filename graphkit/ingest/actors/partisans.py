"""Party-state tags: a member of the U.S. Congress is written with party and state after the name.

American news writes a member of Congress with a tag of party and state right after the name: "Sen. Rudy
Boschwitz (R-Minn.)", "Rep. Bill Emerson, R-Mo.,", "Dan Glickman, (D-Kans.)", "Sen. Jesse Helms (R-N.C.)".
The tag (D, R or I, a hyphen, a state written out or abbreviated) is used for nothing else, so it makes the
person a member of the United States' legislature, whatever the article's setting or other countries.
Used by :mod:`graphkit.ingest.actors.find` (after the ties written around names).

Examples
--------
>>> text = "Sen. Rudy Boschwitz (R-Minn.) and Rep. Bill Emerson, R-Mo., and Robert Dole (Kansas) spoke."
>>> [party_tag(text, end) for end in (19, 51, 75)]
[True, True, False]
"""
from __future__ import annotations

import re

__all__ = ["LEGISLATURE", "party_tag", "party_members"]

#: The country and sector a party-state tag makes its bearer: a member of the U.S. Congress.
LEGISLATURE = ("USA", "LEG")

#: "(D-Fla.)", ", R-Mo.,", ", (D-Kans.)", "(R-N.C.)", "(D-Texas)" right after a name: a party letter, a
#: hyphen, a state (a capitalised word, an abbreviation with its period, or initials "N.C."), then a closing
#: mark, or a space after the abbreviation's period ("Rep. Bill Emerson, R-Mo. and Sen. ...").
_TAG = re.compile(r"(?:\s*[,(]){1,2}\s*[DRI]\s?-\s?(?:[A-Z]\.[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+"
                  r"(?:\s[A-Z][a-z]+)?)(?:[ \t]*[),]|(?<=\.)(?=\s))")


def party_tag(text: str, end: int) -> bool:
    """Whether a party-state tag follows the name ending at character ``end`` of ``text``."""
    return _TAG.match(text, end) is not None


def party_members(b) -> None:
    """Tie each person of builder ``b`` (a :class:`graphkit.ingest.actors.find._Builder`) with no country whose
    name is followed by a party-state tag to the United States, and mark them legislators."""
    t, text = b.table, b.doc.text
    for c in b.clusters:
        if c.kind != "person" or any(x.code for x in b.affil[id(c)]):
            continue
        if any(party_tag(text, t.idx[m.end - 1] + len(t.text[m.end - 1])) for m in c.mentions):
            home = b.country(LEGISLATURE[0])
            b.kept.add(id(home))  # kept though the text may not name it
            b.tie(c, home)
            if not c.titles:
                c.titles.append("member of Congress")
