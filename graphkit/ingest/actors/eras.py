"""The state a place belonged to on the article's date: Moscow was the Soviet Union's until 1991.

The gazetteers (GeoNames, ISO 3166, WordNet) place cities and seats of government in today's
states, but a report is about the states of its own day: "Moscow protested" in 1987 is the Soviet
Union's protest, "the Kremlin" its government; "Belgrade" was Yugoslavia's until the federation broke
up, "Bratislava" Czechoslovakia's until 1993. Event coders code those states (CAMEO ``SUN``, ``YUG``,
``CSK``). :func:`period_code` maps a country code the gazetteers give for a place, a seat or a known
body to the state it belonged to on the publication date; a country the text names itself keeps its
name. Germany is left alone: which cities were East German the gazetteers do not say, and West
Germany is coded ``DEU``.

Examples
--------
>>> period_code("RUS", "1987-03-10"), period_code("RUSGOV", "1987-03-10"), period_code("RUS", "2014-07-24")
('SUN', 'SUNGOV', 'RUS')
>>> period_code("HRV", "1990-05-01"), period_code("SVK", "1992-12-31"), period_code("USA", "1987-01-01")
('YUG', 'CSK', 'USA')
>>> period_code("SCG", "1987-03-10")  # Serbia and Montenegro, where WordNet puts Belgrade
'YUG'
>>> period_code("UKR", None), period_code(None, "1987-01-01")
('UKR', None)
"""
from __future__ import annotations

__all__ = ["period_code"]

#: (former state, the day it ended as the successors' state, the successors' ISO-3 codes).
_FORMER = (
    ("SUN", "1991-12-26", frozenset({"RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "GEO", "ARM", "AZE",
                                     "MDA", "LTU", "LVA", "EST"})),
    ("YUG", "1991-06-25", frozenset({"SVN", "HRV", "BIH", "SRB", "MNE", "MKD", "SCG"})),
    ("CSK", "1993-01-01", frozenset({"CZE", "SVK"})),
)


def period_code(code: str | None, published: str | None) -> str | None:
    """``code`` (a country's ISO-3 code, or a CAMEO code that starts with one) as of the date
    ``published`` (ISO, "YYYY-MM-DD..."): the former state's code before the day it ended, else ``code``."""
    if not code or not published or len(code) < 3:
        return code
    day = published[:10]
    for former, end, successors in _FORMER:
        if code[:3] in successors and day < end:
            return former + code[3:]
    return code
