"""Merging per-article records into one corpus with global actor ids.

Articles arrive one at a time (streaming); each article's local actors are matched to the
actors seen so far through indexes (country code, normalised names and aliases, surnames),
never by scanning every actor, and its events are rewritten to the global ids.

Matching rules:

- countries by ISO code; other actors by any shared normalised name or alias, people only
  with people (organisations ignore legal forms: "Standard Oil Co" = "Standard Oil");
- a surname alone ("Kerry") joins the one person with that surname, and a full name joins
  a person known only by the surname; when several people share the surname nothing is joined;
  so does a bare one-word name the model read as an organisation ("Nakasone said"), when nothing in
  it is a body's (:meth:`Corpus._surname_of`);
- two people with different first names, or whose countries of affiliation conflict, or whose
  honorifics give different genders ("Mrs Howard", "Mr Howard"), stay apart;
- unnamed collectives ("donors", "protesters") belong to their article and are not merged, and so does a
  body's short form that ends its own longer name ("the Commission" of "Texas Railroad Commission":
  :func:`_linking_names`);
- organisations and groups tied to countries (by affiliation or their CAMEO code, :func:`tie_codes`) that
  conflict stay apart; a body with a generic name ("Congress", "Parliament": ``Actor.generic_name``, which
  the actor stage marks) that the text ties to no country is tied to the countries its story mentions (if
  any), so that the Philippine "Congress" of one story does not take the country of the U.S. one of another;
  a generic body tied to some country does not join one of another story tied to none (that body keeps no
  code it was never given).

The canonical name is the fullest proper form seen; every other form is kept as an alias.

Examples
--------
>>> from graphkit.models import Actor, Article, ArticleRecords
>>> m = Corpus()
>>> m.add(ArticleRecords(article=Article(id="a", text="t"),
...                      actors=[Actor(id="kerry", name="John Kerry", kind="person")]))
>>> m.add(ArticleRecords(article=Article(id="b", text="t"),
...                      actors=[Actor(id="kerry", name="Kerry", kind="person")]))
>>> m.add(ArticleRecords(article=Article(id="c", text="t"),
...                      actors=[Actor(id="x", name="Cameron Kerry", kind="person")]))
>>> [(a.id, a.name, a.aliases) for a in m.actors.values()]
[('john-kerry', 'John Kerry', ['Kerry']), ('cameron-kerry', 'Cameron Kerry', [])]
"""
from __future__ import annotations

from collections import Counter, defaultdict

from graphkit.models import Actor, Article, ArticleRecords, Event
from graphkit.names import honorific_gender, name_key, org_key, strip_honorific, unique_slug

__all__ = ["Corpus", "merge_records"]

_BODIES = ("organization", "group")
_PRIORITY = {"country": 4, "person": 3, "group": 2, "organization": 1, "location": 0}


def _family(kind: str) -> str:
    return "person" if kind == "person" else "other"


def _key(name: str, kind: str) -> str:
    return name_key(name) if kind in ("person", "location", "country") else org_key(name)


def _names(actor: Actor) -> list[str]:
    return [actor.name, *actor.aliases]


def _linking_names(actor: Actor) -> list[str]:
    """The names of ``actor`` that may link it to another article's actors: a body's short form that is
    the end of its own longer name ("the Commission" of "Texas Railroad Commission", "the Bank" of "the
    World Bank") names it only in its own story (another story's "Commission" is another body).

    >>> _linking_names(Actor(id="t", name="Texas Railroad Commission", kind="organization",
    ...                      aliases=["Commission", "TRC"]))
    ['Texas Railroad Commission', 'TRC']
    >>> _linking_names(Actor(id="k", name="John Kerry", kind="person", aliases=["Kerry"]))
    ['John Kerry', 'Kerry']
    """
    names = _names(actor)
    if actor.kind not in _BODIES or len(names) < 2:
        return names
    keys = {n: org_key(n).split() for n in names}
    longest = max(keys.values(), key=len)
    return [n for n in names if not (0 < len(keys[n]) < len(longest) and longest[-len(keys[n]):] == keys[n])]


def _gender(actor: Actor) -> str | None:
    """The gender the honorific of one of the actor's names gives ("Mrs Howard" -> "f"), else None."""
    return next((g for n in _names(actor) if (g := honorific_gender(n))), None)


def _given(name: str) -> str | None:
    """The first name of a multi-word personal name, else None ("Mr Howard" has none)."""
    words = name_key(strip_honorific(name)).split()
    return words[0] if len(words) > 1 else None


def _same_given(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


class Corpus:
    """Articles, actors and events of a build, actors merged across articles.

    Attributes
    ----------
    articles : list of Article
    actors : dict
        Global actor id to :class:`Actor` (affiliations hold global ids).
    events : list of Event
        With actor ids rewritten to global ids.
    """

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.actors: dict[str, Actor] = {}
        self.events: list[Event] = []
        self._by_code: dict[str, str] = {}
        self._by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._aff_codes: dict[str, set[str]] = defaultdict(set)
        self._votes: dict[str, Counter] = defaultdict(Counter)
        self._indexed: set[tuple[str, str, str]] = set()  # (family, key, gid) in _by_name
        self._surnamed: set[tuple[str, str]] = set()  # (surname, gid) in _by_surname
        self._slug_next: dict[str, int] = {}  # slug -> the suffix to try next

    def _new_id(self, name: str) -> str:
        return unique_slug(name, self.actors, self._slug_next)

    # ------------------------------------------------------------------ matching
    def _compatible(self, gid: str, actor: Actor, codes: set[str]) -> bool:
        target = self.actors[gid]
        if target.kind == "person" or actor.kind == "person":
            if _family(target.kind) != _family(actor.kind):
                return False
            if not _same_given(_given(self._full(target)), _given(actor.name)):
                return False
            mine, theirs = _gender(actor), _gender(target)
            if mine and theirs and mine != theirs:
                return False
            known = self._aff_codes.get(gid)
            if known and codes and not known & codes:
                return False
            return True
        if actor.kind not in _BODIES or target.kind not in _BODIES:
            return True
        known = self._aff_codes.get(gid, set())
        if known and codes and not known & codes:
            return False  # the Labour Party of Britain and that of Israel
        if target.generic_name and codes and not known:
            return False  # the Swiss "Central Bank" does not join, and code, one of a story naming no country
        return True

    def _surname_of(self, actor: Actor) -> str | None:
        """The one person whose surname an organisation's bare one-word name is, else None: a person is
        named by the surname alone after the first mention, and the model often reads it as a body
        ("Nakasone told reporters" in a sentence of its own). Only a name with nothing of a body's (no
        legal form, acronym, code, tie or other name) and no body of that name met before, and only a person
        known by a full name."""
        name = actor.name
        if actor.kind != "organization" or len(name.split()) != 1 or not name[:1].isupper() or name.isupper() \
                or actor.aliases or actor.code or actor.affiliations or actor.generic_name:
            return None
        if self._by_name.get(("other", _key(name, actor.kind))):
            return None  # a body of that name is known already
        known = set(self._by_surname.get(name_key(name), ()))
        gid = next(iter(known)) if len(known) == 1 else None
        if gid is None or self.actors[gid].kind != "person" or len(self._full(self.actors[gid]).split()) < 2:
            return None
        return gid

    def _full(self, actor: Actor) -> str:
        return max((strip_honorific(n) for n in _names(actor)), key=lambda n: len(n.split()))

    def _match(self, actor: Actor, codes: set[str]) -> str | None:
        if actor.kind == "country" and actor.code:
            return self._by_code.get(actor.code)
        if actor.kind in ("group", "organization") and actor.name.islower():
            return None  # "protesters" or "police" of one article are not those of another
        fam = _family(actor.kind)
        if actor.kind == "person" and len(actor.name.split()) == 1 and not actor.aliases:
            known = self._by_surname.get(name_key(actor.name), ())
            if len(known) > 1:  # "Kerry" when two Kerrys are known: only affiliations can tell
                cands = [g for g in known if codes and codes & self._aff_codes.get(g, set())]
                return cands[0] if len(cands) == 1 else None
        seen: list[str] = []
        for n in _linking_names(actor):
            for gid in self._by_name.get((fam, _key(n, actor.kind)), ()):
                target = self.actors[gid]
                if gid not in seen and not (target.kind == "country" and target.code):
                    seen.append(gid)
        ok = [g for g in seen if self._compatible(g, actor, codes)]
        if ok:
            return ok[0]
        if actor.kind != "person":
            return None
        surname = name_key(actor.name).split()[-1] if actor.name.split() else ""
        cands = [g for g in self._by_surname.get(surname, ()) if self._compatible(g, actor, codes)]
        single = len(actor.name.split()) == 1
        if single:
            return cands[0] if len(self._by_surname.get(surname, ())) == 1 and cands else None
        # a full name joins a person known only by this surname, if that person is the only one
        bare = [g for g in cands if all(len(n.split()) == 1 for n in _names(self.actors[g]))]
        return bare[0] if len(self._by_surname.get(surname, ())) == 1 and bare else None

    def _index(self, gid: str, actor: Actor) -> None:
        target = self.actors[gid]
        if actor.kind == "country" and actor.code:
            self._by_code.setdefault(actor.code, gid)
        fam = _family(target.kind)
        for n in _linking_names(actor):
            key = _key(n, target.kind)
            if (fam, key, gid) not in self._indexed:
                self._indexed.add((fam, key, gid))
                self._by_name[(fam, key)].append(gid)
        if target.kind == "person":
            for n in _names(actor):
                words = name_key(n).split()
                if words and (words[-1], gid) not in self._surnamed:
                    self._surnamed.add((words[-1], gid))
                    self._by_surname[words[-1]].append(gid)

    # ------------------------------------------------------------------ adding
    def add(self, records: ArticleRecords) -> None:
        """Merge one article's records into the corpus."""
        by_local = {a.id: a for a in records.actors}
        local: dict[str, str] = {}
        story_codes = {a.code[:3] for a in records.actors if a.kind == "country" and a.code}
        countries = story_codes | self._by_code.keys()
        for actor in records.actors:
            codes = {c for x in actor.affiliations if x in by_local and (c := by_local[x].code)}
            if actor.kind in _BODIES:
                codes = tie_codes(actor.code, codes, countries)
            story = not codes and actor.generic_name
            if story:  # "the Senate" of a story about Italy is Italy's
                codes = story_codes
            gid = self._surname_of(actor) or self._match(actor, codes)
            if gid is None:
                gid = self._new_id(actor.name)
                self.actors[gid] = _fresh(actor, gid)
            else:
                _absorb(self.actors[gid], actor)
            kind = "person" if self.actors[gid].kind == "person" else actor.kind  # "Nakasone", read as a body
            self._votes[gid][kind] += max(1, len(actor.mentions))
            target = self.actors[gid]
            if target.kind != "country" or not target.code:
                votes = self._votes[gid]
                kind = max(votes, key=lambda k: (votes[k], _PRIORITY[k]))
                if kind != target.kind:  # a pydantic assignment costs; most votes change nothing
                    target.kind = kind
            if not story or gid not in self._aff_codes:  # the story's countries only seed a body
                self._aff_codes[gid] |= codes
            self._index(gid, actor)
            local[actor.id] = gid
        for actor in records.actors:
            target = self.actors[local[actor.id]]
            for aff in actor.affiliations:
                g = local.get(aff)
                if g and g != target.id and g not in target.affiliations:
                    target.affiliations.append(g)
        self.articles.append(records.article)
        for ev in records.events:
            self.events.append(ev.model_copy(update={
                "actors": _dedupe(local.get(a, a) for a in ev.actors),
                "recipients": _dedupe(local.get(a, a) for a in ev.recipients),
                "location": local.get(ev.location, ev.location) if ev.location else None,
            }))


def tie_codes(code: str | None, codes: set[str], countries) -> set[str]:
    """The countries of an actor: the country parts ("USAGOV" -> "USA") of ``codes`` (those of its
    affiliations) and of its own CAMEO ``code``, when they are the code of a country of ``countries``
    (the ISO codes of the countries the corpus has seen; not "IGO", "NGO").

    >>> sorted(tie_codes("USAGOV", {"USALEG", "GBR", "IGOUNO"}, {"USA", "GBR"}))
    ['GBR', 'USA']
    >>> sorted(tie_codes("PHLLEG", {"USA"}, {"PHL", "USA"})), sorted(tie_codes("IGOUNO", set(), {"USA"}))
    (['PHL', 'USA'], [])
    """
    heads = {c[:3] for c in (*codes, code or "") if len(c) >= 3}
    return {h for h in heads if h in countries}


def _fresh(actor: Actor, gid: str) -> Actor:
    """A corpus copy of ``actor`` under ``gid``: its own lists (the corpus extends them), the
    frozen mentions and quotes shared (no deep copy)."""
    return actor.model_copy(update={"id": gid, "affiliations": [], "aliases": list(actor.aliases),
                                     "titles": list(actor.titles), "mentions": list(actor.mentions),
                                     "quotes": list(actor.quotes)})


def _dedupe(ids) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


def _absorb(target: Actor, other: Actor) -> None:
    fuller = len(other.name.split()) > len(target.name.split())
    if fuller and (target.kind == "person" or (
            target.kind != "country" and org_key(other.name) == org_key(target.name))):
        target.aliases.insert(0, target.name)  # the fullest proper form becomes the name
        target.name = other.name
        if other.name in target.aliases:
            target.aliases.remove(other.name)
    for alias in [other.name, *other.aliases]:
        if alias != target.name and alias not in target.aliases:
            target.aliases.append(alias)
    for t in other.titles:
        if t not in target.titles:
            target.titles.append(t)
    if other.code and not target.code:
        target.code = other.code
    if other.sector and not target.sector:
        target.sector = other.sector
    target.mentions.extend(other.mentions)
    target.quotes.extend(other.quotes)


def merge_records(records) -> Corpus:
    """Merge an iterable of :class:`ArticleRecords` into a :class:`Corpus`.

    Examples
    --------
    >>> from graphkit.models import Actor, Article, ArticleRecords
    >>> recs = [ArticleRecords(article=Article(id=i, text="t"),
    ...                        actors=[Actor(id="us", name=n, kind="country", code="USA")])
    ...         for i, n in (("a", "United States"), ("b", "U.S."))]
    >>> [(a.name, a.aliases) for a in merge_records(recs).actors.values()]
    [('United States', ['U.S.'])]
    """
    corpus = Corpus()
    for r in records:
        corpus.add(r)
    return corpus
