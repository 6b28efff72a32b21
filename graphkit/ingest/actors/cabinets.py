"""Cabinet offices: a holder of an office only one country's cabinet has is that country's.

``data/offices_wordnet.tsv`` (grown by ``tools/grow_offices.py``) lists the offices WordNet 3.0 files under
a country's bodies, and marks as *sole* a title every noun sense of which is that office ("Treasury
Secretary": the position and its holder in the United States Cabinet; not "Prime Minister", also "the
person who is head of state (in several countries)", nor "Secretary of State", also "a government
minister for foreign relations"). News names a cabinet member by the office alone ("Treasury Secretary
James Baker", "Chancellor of the Exchequer Nigel Lawson") where the office tells the country, so a person
whose title is, or ends in, a sole office of a cabinet is that cabinet's country's, when the text writes no
country with them: the title is the text's own word, and it beats a guess from the sentence or the setting
("Treasury Secretary James Baker met Japanese officials in Tokyo" is no Japanese official).

Examples
--------
>>> cabinet_country("Treasury Secretary"), cabinet_country("Deputy Treasury Secretary")
('USA', 'USA')
>>> cabinet_country("Chancellor of the Exchequer"), cabinet_country("Prime Minister")
('GBR', None)
>>> cabinet_country("Secretary of State") is None, cabinet_country("Member of Parliament") is None
(True, True)
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["cabinet_country", "cabinet_offices"]


@lru_cache(maxsize=1)
def cabinet_offices() -> dict[str, str]:
    """Lower-case title of each sole office of a cabinet (a body named "... cabinet") to its country.

    >>> cabinet_offices()["home secretary"]
    'GBR'
    """
    text = resources.files("graphkit.ingest").joinpath("data", "offices_wordnet.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) >= 5 and fields[4] == "1" and fields[3].split(".")[0].endswith("cabinet"):
            out[fields[0].lower()] = fields[1]
    return out


def cabinet_country(title: str) -> str | None:
    """The country of a title that is, or ends in, a sole cabinet office ("Deputy Treasury Secretary"), else None.

    >>> cabinet_country("Energy Secretary"), cabinet_country("Energy Minister")
    ('USA', None)
    """
    words = title.lower().replace("-", " ").split()
    offices = cabinet_offices()
    for k in range(len(words)):
        code = offices.get(" ".join(words[k:]))
        if code:
            return code
    return None
