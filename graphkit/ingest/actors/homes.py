"""Home countries: the countries an article's actors belong to, kept as actors even unnamed.

An actor whose country the text does not name still belongs to it, and the graph says so with an
affiliation to the country's actor, kept without mentions when the article never names it:

- a people ("Nigerians protested": Nigeria) and an unnamed group ("demonstrators in Baghdad": Iraq);
- a capital named as a party (news names a government by its capital: "Berlin rejected the calls");
- an actor whose CAMEO code names a country its ties do not: WordNet knows "Bill Clinton" as a US
  statesman (USAGOV, :mod:`graphkit.ingest.actors.known`), so he is tied to the United States, as
  the dictionaries' coded people are (:meth:`graphkit.ingest.actors.dictionaries.ActorDictionary.apply`);
- a person the text ties to no country, whose name's romanisation tells one ("Kiichi Miyazawa" is Hepburn
  Japanese, :mod:`graphkit.ingest.actors.romanisations`).

Each function takes the actor builder of :mod:`graphkit.ingest.actors.find` (its clusters, ties and
token table) and returns the ids of the country clusters to keep.

Examples
--------
>>> from graphkit.ingest.actors.clusters import Cluster
>>> class Builder:  # the builder's interface used here
...     def __init__(self):
...         self.clusters, self.affil, self.by_code = [], {}, {}
...     def country(self, code):
...         c = self.by_code.setdefault(code, Cluster())
...         c.code, c.kinds["country"] = code, 3
...         return c
...     def ensure_id(self, c):
...         return c.id
...     def tie(self, c, t):
...         self.affil.setdefault(id(c), []).append(t)
>>> b, clinton = Builder(), Cluster()
>>> clinton.kinds["person"] += 3
>>> clinton.names.append("Bill Clinton")
>>> clinton.extra.append((0, 12, "Bill Clinton"))
>>> b.clusters.append(clinton)
>>> homes = coded_homes(b)
>>> [x.code for x in b.affil[id(clinton)]], homes == {id(b.by_code["USA"])}
(['USA'], True)
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.clusters import Cluster
from graphkit.ingest.actors.codes import cluster_code
from graphkit.ingest.actors.counterparts import outvoted
from graphkit.ingest.actors.eras import period_code
from graphkit.ingest.actors.gazetteer import country_name, demonym_code
from graphkit.ingest.actors.known import short_body
from graphkit.ingest.actors.places import capital_country, place_country
from graphkit.ingest.actors.regimes import GOVERNMENT_NOUNS
from graphkit.ingest.actors.romanisations import name_country

__all__ = ["coded_homes", "principals_of", "short_bodies", "sole_country", "named_countries", "unnamed_homes",
           "own_country"]

#: Prepositions whose object is a party to the clause, not its setting ("to", not "in"): the recipient of
#: pressure or sanctions ("on Tokyo"), each side of a relation ("between Bonn and Paris").
_PARTY_PREPS = frozenset({"to", "with", "against", "by", "from", "on", "between", "toward", "towards"})


def unnamed_homes(b) -> set[int]:
    """Countries of peoples, unnamed groups and capitals named as parties (see the module)."""
    homes = set()
    for c in list(b.clusters):
        if c.kind == "group" and c.pcode and country_name(c.pcode) != c.pcode:
            home = b.country(c.pcode)
            b.ensure_id(home)
            b.tie(c, home)
            homes.add(id(home))
        elif c.kind == "location" and (cap := capital_country(c.name())) and acts(b.table, c):
            cap = period_code(cap, b.article.published) or cap  # "Moscow" in 1987: the Soviet Union's capital
            homes.update(id(x) for x in b.affil.get(id(c), []) if x.code == cap)
        elif c.kind in ("group", "organization") and c.extra and c.name().islower():
            homes.update(id(x) for x in b.affil.get(id(c), []) if x.kind == "country" and x.code)
    return homes


def principals_of(b, c: Cluster) -> list[Cluster]:
    """Whom ``c`` speaks for through its ties: a spokeswoman's principal's country, a person's
    body's country, and the country of the state, province or city a person holds office in or
    represents ("Alberta Premier Don Getty", "George Mitchell of Maine") -- unless the place's name
    is also a noun for people ("Liberal leader John Turner": a party, not the town in Kansas)."""
    ties = b.affil.get(id(c), [])
    principals = [u for x in ties if x.kind == "person" for u in b.affil.get(id(x), []) if u is not c]
    principals += [u for x in ties if c.kind == "person" and (x.kind == "organization" or _place(x))
                   for u in b.affil.get(id(x), []) if u.kind == "country" and u not in principals]
    return principals


def _place(c: Cluster) -> bool:
    """Whether ``c`` is a place whose name is no noun for people ("Alberta", not "Liberal").

    >>> alberta, liberal = Cluster(), Cluster()
    >>> alberta.names, liberal.names = ["Alberta"], ["Liberal"]
    >>> alberta.kinds["location"] = liberal.kinds["location"] = 1
    >>> _place(alberta), _place(liberal)
    (True, False)
    """
    return c.kind == "location" and not is_person_noun(c.name().lower())


def short_bodies(b) -> None:
    """Tie a national body named by its short name, with no country of its own in the text ("Congress", "the
    Senate", :func:`~graphkit.ingest.actors.known.short_body`), to the country WordNet gives it, when the
    article stands there: no other country is named more often where it stands
    (:func:`~graphkit.ingest.actors.counterparts.outvoted`). A U.S. report on arms sold to Iran that names
    Reagan and the White House is about the U.S. Senate; "a new Congress" of a report on the Philippines is
    the Philippines' own, and stays untied."""
    for c in list(b.clusters):
        if c.kind != "organization" or c.code or b.affil.get(id(c)):
            continue
        known = short_body(c.names)
        if known is not None and known.country and not outvoted(b, known.country, ties=False):
            home = b.country(known.country)
            b.kept.add(id(home))
            b.tie(c, home)


def coded_homes(b) -> set[int]:
    """Countries of actors whose code names a country their ties do not (see the module), and the countries
    of their principals (:func:`principals_of`: "Alberta Premier Don Getty" in a report that names no Canada)."""
    homes: set[int] = set()
    named: set[str] | None = None
    for c in list(b.clusters):
        if c.kind == "country" or not (c.mentions or c.extra):
            continue
        principals = principals_of(b, c)
        homes.update(id(x) for x in principals if x.kind == "country" and x.id)
        ties = [*b.affil.get(id(c), []), *principals]
        code = cluster_code(c, ties)[1] or ""
        if not code and c.kind == "person" and not any(x.code for x in ties):
            named = named_countries(b) if named is None else named
            # "Kiichi Miyazawa", "Gerasimov": the country its name's writing tells
            code = name_country(c.names, named, b.article.published) or ""
        prefix = code[:3]
        if (len(code) > 3 or len(code) == 3 and c.kind == "person") and country_name(prefix) != prefix \
                and not any(x.kind == "country" and x.code == prefix for x in ties):
            home = b.country(prefix)
            b.ensure_id(home)
            b.tie(c, home)
            homes.add(id(home))
    return homes


def acts(t, c: Cluster) -> bool:
    """Whether a place is named as a party rather than as a setting: a subject, object or owner, the
    object of a preposition that marks a party ("to", "with", "against", "by", "from", "on", "between"),
    not of "in"/"at" ("met in Cairo"), or the modifier of a government noun ("the Bonn government"); a
    conjunct as the first ("accused Moscow and Havana")."""
    for m in c.mentions:
        k = next((j for j in range(m.start, m.end) if not m.start <= t.head[j] < m.end), m.end - 1)
        while t.dep[k] == "conj" and t.head[k] != k:  # "accused Moscow and Havana": the first conjunct's role
            k = t.head[k]
        if t.dep[k] in ("nsubj", "nsubjpass", "dobj", "dative", "poss"):
            return True
        if t.dep[k] == "compound" and t.lower[t.head[k]] in GOVERNMENT_NOUNS:
            return True
        if t.dep[k] == "pobj" and t.text[t.head[k]].lower() in _PARTY_PREPS:
            return True
    return False


def sole_country(b) -> str | None:
    """The one country the article names (by name, demonym, people, or a place of it), if it names
    only one: a short report's country, though named only once ("..., Nigerian officials said")."""
    codes = named_countries(b)
    return codes.pop() if len(codes) == 1 else None


def named_countries(b) -> set[str]:
    """The countries the article names, by name, demonym, people, or a place of them."""
    codes = set()
    for c in b.clusters:
        if not (c.mentions or c.extra):
            continue
        if c.code:
            codes.add(c.code)
        elif c.kind == "group" and c.pcode:
            codes.add(c.pcode)
        elif c.kind == "location" and (home := place_country(c.name())):
            codes.add(home)
    codes.update(_demonym_codes(b))
    return codes


def _demonym_codes(b) -> set[str]:
    """The codes of the demonyms of the body of builder ``b``'s article, two words first ("South African" is
    no "African"), not inside the name of an organisation ("Anglo American Corp" names no American)."""
    text, codes = b.table.text, set()
    k = b.body
    while k < len(text):
        x = b.tok_cluster.get(k)
        if not text[k][:1].isupper() or (x is not None and x.kind == "organization"):
            k += 1
            continue
        two = demonym_code(f"{text[k]} {text[k + 1]}") if k + 1 < len(text) and text[k + 1][:1].isupper() else None
        code = two or demonym_code(text[k])
        if code:
            codes.add(code)
        k += 2 if two else 1
    return codes


#: Nouns a speaker uses for the state they serve ("his country would retaliate").
_HOMELAND = frozenset({"country", "nation", "state", "government", "homeland"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})


def own_country(b, i: int) -> bool:
    """Map "his country", "their nation" at ``i`` to the one country the possessor serves: the
    subject of the nearest clause above it that is a person or group tied to exactly one country
    ("Iranian Premier Mousavi reiterated his country would retaliate": Iran); True when it did."""
    t = b.table
    if t.lower[i] not in _HOMELAND or not any(t.dep[c] == "poss" and t.lower[c] in _POSSESSIVES
                                              for c in t.children(i)):
        return False
    k = i
    for _ in range(4):
        k = t.head[k]
        subj = next((c for c in t.children(k) if t.dep[c] == "nsubj" and c != i), None)
        who = b.tok_cluster.get(subj) if subj is not None else None
        if who is not None and who.kind in ("person", "group"):
            codes = {x.code for x in b.affil.get(id(who), []) if x.code}
            if len(codes) != 1:
                return False
            c = b.country(codes.pop())
            c.extra.append((t.idx[i], t.idx[i] + len(t.text[i]), t.text[i]))
            b.layer.token_actor[i] = b.ensure_id(c)
            return True
        if t.head[k] == k:
            break
    return False
