"""Workplaces: people named by their work who act where they work are a group of that place's country.

News names many doers by their trade and the place they work, not by name: "dockworkers in Antwerp
struck", "employers in Bonn rejected the demand", "workers at the Renault plant in Le Mans walked out",
"coffee growers of Colombia". People who work somewhere are of that country: the doer is a group of
the country (Belgium's dockworkers, with the noun's CAMEO sector), not the city, which is only where
they act. A plural noun for people who work for a living (``worker_nouns`` and ``trader_nouns``, grown
from WordNet by ``tools/grow_workers.py``, and the nouns of the home sectors: business, labour, civilians, education)
that does or undergoes the act of its clause (its subject, its agent "by", the object of an
event) and is placed by "in X", "of X" or "from X", or works "at" or "in" a site
that is in X, names such a group. Not those cited for what they know or trade (``commentator_nouns``:
"dealers in Tokyo"), those a state keeps abroad (``posted_nouns``), those acts are done to
(``class_people``: "hostages in Lebanon" are foreign) and state agents, whose seat is read by
:mod:`graphkit.ingest.actors.stations`; nor a noun already read as an actor, or only described
("workers in Bonn are angry"), nor those who act for a named principal ("executives of Dome
Petroleum in Calgary": the company). People named by the work they do (``worker_nouns``) who do an act
with no place said ("the seamen rejected the offer") are of the story's setting
(:func:`~graphkit.ingest.actors.settings.setting_code`); not those who trade or make goods
(``trader_nouns``: "producers", "exporters" are countries as often as people in commodity news), nor
words for anyone ("people").

Examples
--------
>>> works_for_a_living("dockworkers"), works_for_a_living("employers"), works_for_a_living("farmers")
(True, True, True)
>>> works_for_a_living("dealers"), works_for_a_living("hostages"), works_for_a_living("troops")
(False, False, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.bodies import place_of
from graphkit.ingest.actors.groups import common_at
from graphkit.ingest.actors.participants import acted_on, undergoing
from graphkit.ingest.actors.quantities import quantity_head_at
from graphkit.ingest.actors.sectors import noun_sector
from graphkit.ingest.actors.settings import home_sector, setting_code
from graphkit.ingest.words import word_list
from graphkit.names import name_key

__all__ = ["works_for_a_living", "workplace_country", "find_workers"]

#: Sectors of people who live and work where they are (business, labour, civilians, education).
_HOME_SECTORS = frozenset({"BUS", "LAB", "CVL", "EDU"})
#: Prepositions from people to the site they work at ("workers at the plant in Le Mans").
_SITE_PREPS = frozenset({"at", "in"})


@cache
def _not_local() -> frozenset[str]:
    """Nouns of people who are not of where they are (see the module)."""
    return word_list("commentator_nouns") | word_list("posted_nouns") | undergoing()


def works_for_a_living(noun: str) -> bool:
    """Whether the plural ``noun`` names people by the work they do, who are of where they work."""
    low = noun.lower()
    if low in _not_local():
        return False
    sector = noun_sector(low)
    if sector is not None and sector not in _HOME_SECTORS:
        return False  # troops, police, officials, refugees: read by the rules of their sector
    return low in word_list("worker_nouns") or low in word_list("trader_nouns") or sector in _HOME_SECTORS


def workplace_country(b, i: int) -> str | None:
    """The code of the country where the people at token ``i`` work: of "in X", "of X" or "from X" on the
    noun, else of the site they work "at" or "in" ("workers at the Renault plant in Le Mans"); else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Builder:  # no place read: no country
    ...     def __init__(self, doc):
    ...         self.doc, self.table, self.tok_cluster = doc, token_table(doc), {}
    >>> doc = Doc(Vocab(), words=["workers", "struck"], heads=[1, 1], deps=["nsubj", "ROOT"])
    >>> workplace_country(Builder(doc), 0) is None
    True
    """
    code = place_of(b, i)
    if code:
        return code
    t = b.table
    for c in t.children(i):
        if t.dep[c] == "prep" and t.lower[c] in _SITE_PREPS:
            for o in t.children(c):
                if t.dep[o] == "pobj" and (code := place_of(b, o)):
                    return code
    return None


def _doer(t, i: int) -> bool:
    """Whether the noun at ``i`` (or the quantity that counts it, or the first of its conjuncts) is the
    subject of its clause or the agent "by" of a passive or an act ("a strike by dockworkers")."""
    q = quantity_head_at(t, i)
    k = i if q is None else q
    while t.dep[k] == "conj" and t.head[k] != k:
        k = t.head[k]
    return t.dep[k] in ("nsubj", "nsubjpass") or (t.dep[k] == "pobj" and t.lower[t.head[k]] == "by")


def _principal(b, i: int) -> bool:
    """Whether the people at ``i`` act for a principal: an actor modifies them ("Renault workers") or is
    their "of" or "for" phrase ("executives of Dome Petroleum"), not a place they are in; or a possessive
    pronoun owns them ("its employees": the owner, whoever the pronoun stands for)."""
    t, token_actor = b.table, b.layer.token_actor
    for c in t.children(i):
        if t.dep[c] in ("compound", "amod", "nmod", "poss") and c < i and token_actor.get(c) or (
                t.dep[c] == "poss" and t.pos[c] == "PRON"):
            return True  # "Renault workers"; "its employees": the owner's
        if t.dep[c] == "prep" and t.lower[c] in ("of", "for"):
            if any(b.kinds.get(token_actor.get(o, "")) in ("organization", "person")
                   for o in t.children(c) if t.dep[o] == "pobj"):
                return True
    return False


def _described(t, doc, i: int) -> bool:
    """Whether the noun at ``i`` is only the subject of a description ("workers are angry")."""
    h = t.head[i]
    return t.dep[i] == "nsubj" and h != i and doc[h].lemma_ == "be" and any(
        t.dep[c] in ("acomp", "attr") for c in t.children(h))


def find_workers(b) -> None:
    """Map each plural of builder ``b`` that names people who work where the sentence places them
    ("dockworkers in Antwerp") to a group of that place's country (see the module).

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    """
    t, token_actor = b.table, b.layer.token_actor
    for i in range(b.body, len(t.text)):
        if i in token_actor or t.pos[i] != "NOUN" or t.tag[i] != "NNS" or not common_at(t, i):
            continue
        low = t.lower[i]
        if not works_for_a_living(low) or not (_doer(t, i) or acted_on(t, i)) or _described(t, b.doc, i):
            continue
        if _principal(b, i):
            continue  # "senior executives of Dome Petroleum": the company acts through them
        code = workplace_country(b, i) or (setting_code(b) if _doer(t, i) and low in word_list(
            "worker_nouns") and home_sector([low]) else None)  # "the seamen rejected": not "people"
        if not code:
            continue
        home = b.country(code)
        plain = b.groups.get(name_key(low))
        homes = {x.code for x in b.affil.get(id(plain), []) if x.code} if plain is not None else set()
        key = f"{name_key(low)}@{code}" if plain is not None and homes != {code} else None  # of two countries
        g = b.group(low, None, "group", key)
        g.extra.append((t.idx[i], t.idx[i] + len(t.text[i]), t.text[i]))
        token_actor[i] = g.id
        b.tie(g, home)
        b.ensure_id(home)
