"""The datelines of a roundup: each item of a news roundup is set where its own dateline says.

A wire roundup ("World News Highlights") strings items from many places in one text, each opened by
its dateline: "DHAKA - President Hossain Mohammad Ershad said ...", "LONDON - ... Prime Minister
Thatcher's Conservative party ...". The article as a whole is set nowhere, and the country it names
most is not that of every item: an office holder an item gives no country of their own ("President
Ershad") is of the country of the item's dateline, as a wire story's office holders are of its
dateline's country (:func:`graphkit.ingest.actors.offices.home_country`); so are the unnamed groups
that act where they live (:data:`AT_HOME`: "MANILA - Communist rebels said"). The item is the
paragraph the dateline opens (:func:`graphkit.ingest.prepare.layout.datelines` finds the datelines);
a story's own dateline sets its first paragraph so, whatever country the rest of the story names most.
The country of a dateline's place (:func:`place_code`) is read here for every reader of datelines, the
story's own (:func:`graphkit.ingest.actors.offices.dateline_country`) as well.

Examples
--------
>>> place_code("NEW DELHI, India"), place_code("MANILA"), place_code("ZEEBRUGGE, Belgium")
('IND', 'PHL', 'BEL')
>>> text = "Highlights\\n    DHAKA - Ershad said.\\n    LONDON - Thatcher said.\\nShe left."
>>> [(text[a:b], code) for a, b, code in _items(text)]
[('DHAKA - Ershad said.', 'BGD'), ('LONDON - Thatcher said.\\nShe left.', 'GBR')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from graphkit.ingest.actors.gazetteer import country_code
from graphkit.ingest.actors.places import capital_country, place_country
from graphkit.ingest.prepare.layout import datelines

__all__ = ["AT_HOME", "item_country", "place_code"]

#: Sectors of the unnamed groups that act where they live, so of a roundup item's country ("MANILA -
#: Communist rebels said", "DHAKA - Students marched"): civilians, workers, refugees, students, the
#: opposition, rebels and police; not troops, officials, reporters or traders, who travel.
AT_HOME = frozenset({"CVL", "LAB", "REF", "EDU", "OPP", "REB", "COP"})

#: A paragraph's end: a blank line, or a line break then indentation.
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]+")


def place_code(place: str) -> str | None:
    """The country of a dateline's place: the country it adds ("FREETOWN, Sierra Leone"), else the city's."""
    city, _, rest = place.partition(", ")
    return (country_code(rest) if rest else None) or country_code(city) or place_country(city) \
        or capital_country(city)


@lru_cache(maxsize=8)
def _items(text: str) -> tuple[tuple[int, int, str], ...]:
    """The items of ``text`` opened by a dateline whose country is known: start, end (the paragraph's end)
    and the country's code (read once per article text)."""
    out = []
    for start, end, place in datelines(text):
        code = place_code(place)
        if code:
            stop = _PARAGRAPH.search(text, end)
            out.append((start, stop.start() if stop else len(text), code))
    return tuple(out)


def item_country(b, k: int) -> str | None:
    """The country of the dateline opening the roundup item (paragraph) that holds token ``k`` of builder
    ``b``'s article, else None."""
    items = _items(b.table.doc_text)
    if not items:
        return None
    at = b.table.idx[k]
    i = bisect_right([s for s, _, _ in items], at) - 1
    return items[i][2] if i >= 0 and items[i][0] <= at < items[i][1] else None
