"""Within-article merging of name mentions into clusters, one per actor.

Mentions are grouped by their matching key (one country per ISO code, organisation
abbreviations expanded, legal forms ignored), then joined: a surname to the one full personal
name that ends with it ("Kerry" -> "John Kerry"), an acronym to the organisation it abbreviates
("AHLC"), a place name to its longer form with a geographic word ("Gaza" -> "Gaza Strip"),
a surname with a particle ("de Clercq"), the last words of one full personal name, also where the model
took them for an organisation ("Bresser Pereira" -> "Luiz Carlos Bresser Pereira"), the first words of the
one company written with its legal form ("Hitech" -> "Hitech Engineering Co", also when the model took "Westpac" for a
person), the head noun alone of one organisation name ("the Exchange" -> "American Stock
Exchange"; not generic or institution words: "House" is not "White House"), a chamber's short
name ("the Lords" -> "House of Lords"), and a one-word
"place" that acts as a subject and is the surname of one person ("Alfonsin said"), or any one-word
"people" or "place" that is no people, party or place the gazetteer knows ("Bomani said", "an aide to
Nakasone": :mod:`graphkit.ingest.actors.surnames`); its mentions then vote for a person. Bodies named
after one chair are one ("the Tower commission", "the Tower inquiry"). Two people's
surnames joined by a hyphen ("the Yeutter-de Clercq meeting") are no actor of their own.
Names already found are then looked for where the model missed them (:func:`propagate`).

Examples
--------
>>> from graphkit.ingest.actors.mentions import NameMention
>>> ms = [NameMention(0, 2, "John Kerry", "person", key="john kerry"),
...       NameMention(5, 6, "Kerry", "person", key="kerry")]
>>> [(c.name(), c.names) for c in cluster_mentions(ms)]
[('John Kerry', ['John Kerry', 'Kerry'])]
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import cast

from graphkit.ingest.actors.gazetteer import country_name, party
from graphkit.ingest.actors.mentions import _INSTITUTIONS, _ORG_WORDS, _PARTICLES, NameMention
from graphkit.ingest.actors.noise import other_name_after_party
from graphkit.ingest.actors.places import is_place
from graphkit.ingest.actors.shapes import CALENDAR, EPONYM_BODIES, MONTH_NAMES
from graphkit.ingest.actors.surnames import given_name_style, surname_of_bearer
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.models import Kind
from graphkit.names import LEGAL_FORMS, name_key, org_key, strip_honorific

__all__ = ["Cluster", "cluster_mentions", "propagate", "head_word"]

_GEO_SUFFIX = frozenset("""
strip peninsula valley region province island islands territory territories governorate district
county heights desert mountains basin coast delta plateau republic oblast state
""".split())
_GENERIC = _ORG_WORDS | _INSTITUTIONS
#: Chambers and courts that parliamentary and legal writing names in full once, then by their first
#: word alone ("the House of Lords ... the House", "the Court of Appeal ... the Court").
_BACK_REFERENCES = frozenset({"house", "chamber", "court"})
_STOP = frozenset({"of", "and", "the", "for", "on", "in", "&", "de", "la", "le", "del"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_STRENGTH = {"country": 3, "person": 2, "group": 2, "organization": 1, "location": 1}


class Cluster:
    """The mentions, kind votes, titles and names of one actor of an article."""

    __slots__ = ("mentions", "kinds", "code", "titles", "gender", "names", "id", "extra", "pcode")

    def __init__(self) -> None:
        self.mentions: list[NameMention] = []
        self.kinds: Counter = Counter()
        self.code: str | None = None
        self.pcode: str | None = None  # the country of a people ("Palestinians" -> PSE)
        self.titles: list[str] = []
        self.gender: str | None = None
        self.names: list[str] = []
        self.id = ""
        self.extra: list[tuple[int, int, str]] = []  # (start_char, end_char, text) of non-name mentions

    def add(self, m: NameMention) -> None:
        self.mentions.append(m)
        self.kinds[m.kind] += 3 if m.strong else 1
        if m.code and m.kind == "group":
            self.pcode = m.code
        elif m.code:
            self.code = m.code
        for t in m.titles:
            if t not in self.titles:
                self.titles.append(t)
        self.gender = self.gender or m.gender
        for n in [m.text, *m.aliases]:
            if n not in self.names:
                self.names.append(n)

    @property
    def kind(self) -> Kind:
        if self.code:
            return "country"
        if not self.titles and len(self.kinds) == 1:  # the common case: one kind voted, no title
            return cast(Kind, next(iter(self.kinds)))
        if not self.titles and "organization" in self.kinds and any(_legal_form(m.text) for m in self.mentions):
            return "organization"  # "Rank Xerox Ltd" ... "Rank Xerox said": no person has a legal form
        votes = list(self.kinds.items())  # in first-vote order, as max() over the Counter
        if self.titles:
            if "person" in self.kinds:
                votes = [(k, v + 3 if k == "person" else v) for k, v in votes]
            else:
                votes.append(("person", 3))
        return cast(Kind, max(votes, key=lambda kv: (kv[1], _STRENGTH[kv[0]]))[0])

    def name(self) -> str:
        if self.code:
            return country_name(self.code)
        proper = [n for n in self.names if n[:1].isupper() and strip_honorific(n) == n] or [
            n for n in self.names if _has_upper(n)] or self.names  # "Diana" over "princess of Wales"
        return max(proper, key=lambda n: (len(n.split()), len(n), -proper.index(n)))


def _legal_form(name: str) -> bool:
    """Whether ``name`` ends with a company's legal form after a name ("Cyacq Corp"; not "Co" alone).

    >>> _legal_form("Cyacq Corp"), _legal_form("Rank Xerox"), _legal_form("Co")
    (True, False, False)
    """
    words = name.replace(",", " ").split()
    return len(words) > 1 and name_key(words[-1].rstrip(".")) in LEGAL_FORMS


@lru_cache(maxsize=1 << 14)
def _has_upper(name: str) -> bool:
    return any(ch.isupper() for ch in name)


def _only(cands: list[Cluster], c: Cluster) -> Cluster | None:
    """The one cluster of ``cands`` other than ``c``, else None."""
    found = {id(t): t for t in cands if t is not c}
    return next(iter(found.values())) if len(found) == 1 else None


def _short_org_form(c: Cluster) -> bool:
    """Whether ``c`` may be a short form of an organisation name: an organisation, or a bare
    one-word "person" (no title, honorific or full name: "Westpac" said)."""
    if any(org_key(n) != name_key(n) for n in c.names):
        return False  # a name with its legal form is a full name ("Stelco Inc")
    if c.kind == "organization":
        return True
    return (c.kind == "person" and not c.titles and not c.gender and len(c.name().split()) == 1
            and not any(m.strong for m in c.mentions))


def head_word(name: str) -> str | None:
    """The head noun of a several-word organisation name ("exchange" in "American Stock
    Exchange", "institute" in "Melbourne University Institute of Applied Research")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and name_key(words[-1]) in LEGAL_FORMS:
        words.pop()
    for k, w in enumerate(words):
        if k > 0 and w in ("of", "for"):
            words = words[:k]
            break
    return name_key(words[-1]) if len(words) > 1 and words[-1][:1].isupper() else None


def _initials(name: str) -> str:
    """The initials of a personal name, each part of a double-barrelled name counted ("RKS")."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _acronym(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _STOP]
    return "".join(w[0] for w in words if w[:1].isupper()) if len(words) > 1 else ""


class _Index:
    """Where each cluster could be a short form of another: surnames, acronyms, place names,
    the first words and head nouns of organisation names."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.persons: dict[str, list[Cluster]] = defaultdict(list)
        self.acronyms: dict[str, list[Cluster]] = defaultdict(list)
        self.places: dict[str, list[Cluster]] = defaultdict(list)
        self.org_prefix: dict[str, list[Cluster]] = defaultdict(list)
        self.org_head: dict[str, list[Cluster]] = defaultdict(list)
        self.given: dict[str, list[Cluster]] = defaultdict(list)
        self.org_first: dict[str, list[Cluster]] = defaultdict(list)
        self.eponyms: dict[str, Cluster] = {}  # "tower" -> the first "Tower commission"
        for c in clusters:
            words = c.name().split()
            if c.kind == "person" and len(words) > 1:
                self.persons[name_key(words[-1])].append(c)
                for k in range(1, len(words) - 1):  # "Parker Bowles"; "Bresser Pereira" of "Luiz Carlos B. P."
                    self.persons[name_key(" ".join(words[k:]))].append(c)
                parts = words[-1].split("-")
                for part in {parts[0], parts[-1]} if len(parts) > 1 else ():
                    self.persons[name_key(part)].append(c)  # "Kilroy" of a double-barrelled "Kilroy-Silk"
                self.given[name_key(words[0])].append(c)
                if len(code := _initials(c.name())) >= 3:
                    self.acronyms[code.lower()].append(c)  # "RKS" for "Robert Kilroy-Silk"
            if c.kind == "organization":
                for n in c.names:
                    if _acronym(n):
                        self.acronyms[_acronym(n).lower()].append(c)
            if c.kind in ("location", "country") and len(words) > 1 and (words[-1].lower() in _GEO_SUFFIX or (
                    words[-1] == "City" and not is_place(c.name()))):  # not "Kansas City", a city of its own
                self.places[name_key(" ".join(words[:-1]))].append(c)
            if c.kind == "organization" and not c.code:
                self._org(c)
                if len(words) == 2 and words[1] in EPONYM_BODIES:
                    self.eponyms.setdefault(name_key(words[0]), c)

    def _org(self, c: Cluster) -> None:
        # the first words of a company's name ("Hitech" for "Hitech Engineering Co"), or the head
        # noun alone ("the Exchange" for "American Stock Exchange")
        for n in c.names:
            words = org_key(n).split()
            company = org_key(n) != name_key(n)  # written with its legal form
            for k in range(1, len(words) + 1):
                if company or k == len(words):  # a full name makes a shorter one ambiguous
                    self.org_prefix[" ".join(words[:k])].append(c)
            head = head_word(n)
            if head:
                self.org_head[head].append(c)
            if len(words) > 2 and words[0] == "house" and words[1] == "of":  # "the Lords", "the Commons"
                self.org_prefix[" ".join(words[2:])].append(c)
            if len(words) > 2 and words[1] == "of" and words[0] in _BACK_REFERENCES:
                self.org_first[words[0]].append(c)  # "the House" when one "House of ..." is named

    def pair_of_people(self, c: Cluster) -> bool:
        """Whether ``c`` is only two people's surnames joined by a hyphen ("the Yeutter-de Clercq
        meeting"), each the surname of another person named in full: two actors, not a third."""
        for n in c.names:
            parts = n.split("-")
            if len(parts) != 2 or not all(parts):
                return False
            owners = [{id(t) for t in self.persons.get(name_key(p), []) if t is not c} for p in parts]
            if len(owners[0]) != 1 or len(owners[1]) != 1 or owners[0] == owners[1]:
                return False
        return bool(c.names)

    def target(self, c: Cluster) -> Cluster | None:
        """The cluster ``c`` is a short form of, else None."""
        key = name_key(c.name())
        target = None
        cands = [t for t in self.persons.get(key, []) if t is not c]
        words = c.name().split()
        surname = len(words) == 1 or (len(words) == 2 and words[0].lower() in _PARTICLES) or (
            c.kind == "person" and not c.titles and bool(cands) and all(
                len(n.split()) < len(cands[0].name().split()) for n in c.names if strip_honorific(n) == n)) or (
            c.kind == "organization" and bool(cands) and not any(m.strong for m in c.mentions))  # "Bresser Pereira"
        if surname and len({id(t) for t in cands}) == 1 and (c.kind in ("person", "organization") or (
                c.kind == "location" and _no_place_evidence(c)) or surname_of_bearer(
                c.name(), c.kind, [m.label for m in c.mentions])):
            target = cands[0]  # "Kerry", "de Clercq", "Parker Bowles", "Kilroy" -> the one full name ending so
        elif c.kind in ("organization", "location") or (c.kind == "group" and c.name().isupper()):
            target = _only(self.acronyms.get(key.replace(" ", ""), []), c)
        if target is None and not cands and _short_org_form(c):
            if not (len(words) == 1 and words[0].lower() in _GENERIC):  # "Group" of Six, "Senate"
                target = _only(self.org_prefix.get(org_key(c.name()), []), c)
            if target is None and len(words) == 1 and c.kind == "organization" and key not in _INSTITUTIONS:
                target = _only(self.org_head.get(key, []), c)  # not "House" for "White House"
            if target is None and len(words) == 1 and c.kind == "organization":
                target = _only(self.org_first.get(key, []), c)  # "the House" -> the one "House of Lords"
        if target is None and c.kind == "location" and len(words) == 1 and len({id(t) for t in cands}) == 1 \
                and not any(m.placed or m.label in ("LOC", "FAC") for m in c.mentions) \
                and any(m.subject for m in c.mentions):
            target = cands[0]  # the model's place "Alfonsin" is the surname of "Raul Alfonsin"
        if target is None and c.kind in ("location", "country"):
            target = _only(self.places.get(key, []), c)
        if target is None and not cands and c.kind == "person" and len(words) == 1 and (
                not c.titles or given_name_style(c.titles)):
            target = _only(self.given.get(key, []), c)  # "David" for the one "David Blunkett"; "Sheikh Ali"
        if target is None and c.kind == "organization" and len(words) == 2 and words[1] in EPONYM_BODIES:
            first = self.eponyms.get(name_key(words[0]))
            target = first if first is not c else None  # "the Tower inquiry" is the "Tower commission"
        if target is not None and c.gender and target.gender and c.gender != target.gender:
            return None  # "Mrs Howard" is not "Michael Howard, Mr Howard"
        return target


def _no_place_evidence(c: Cluster) -> bool:
    """Whether a "place" has only the model's vote: never after "in"/"at", never labelled LOC or
    FAC, and unknown to the place gazetteer ("Kilroy", a surname the model took for a place)."""
    return not any(m.placed or m.label in ("LOC", "FAC") for m in c.mentions) and not is_place(c.name())


def _key(m: NameMention) -> str:
    """The matching key of a mention: a people's singular and plural are one ("Muslim", "Muslims")."""
    if m.kind == "group" and m.label == "NORP" and m.key.endswith("s") and " " not in m.key:
        return m.key[:-1]
    return m.key


def cluster_mentions(mentions: list[NameMention]) -> list[Cluster]:
    """Group mentions into one cluster per actor (see the module docstring)."""
    by_key: dict[str, Cluster] = {}
    clusters: list[Cluster] = []
    for m in mentions:
        c = by_key.get(_key(m))
        if c is None:
            c = by_key[_key(m)] = Cluster()
            clusters.append(c)
        c.add(m)
    index = _Index(clusters)
    merged: dict[int, Cluster] = {}
    for c in clusters:
        target = None if c.code else index.target(c)
        if target is not None:
            merged[id(c)] = target
            target.gender = target.gender or c.gender
    out = []
    for c in clusters:
        t = merged.get(id(c))
        if t is None:
            if not index.pair_of_people(c):
                out.append(c)
            continue
        while id(t) in merged:
            t = merged[id(t)]
        short = c.name().isupper() and t.kind in ("organization", "person")  # an acronym takes its name's kind
        short = short or (t.kind == "person" and c.kind in ("group", "location"))  # "Bomani" of "Paul Bomani"
        for m in c.mentions:
            if short:
                m.kind = t.kind
            t.add(m)
    return out


#: Labels of things the model gives a person's name it has seen whole before ("Lyng" after "Richard
#: Lyng" taken for a product); never the labels of dates, figures and peoples ("May", "German").
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def propagate(doc, clusters: list[Cluster], body_start: int,
              covered: set[int], table=None) -> list[tuple[Cluster, int, int]]:
    """Further mentions of names already found: tokens spelling a known name the model missed.

    Returns ``(cluster, start, end)`` token spans not in ``covered`` (which is updated); in the
    headline (before ``body_start``) any capitalised spelling of a known name counts; in the body,
    tokens the model labels as a figure, a date or a people do not, nor those it labels as a thing
    unless the name is a person's (:data:`_THING_LABELS`); a person's surname the model took for a date or a
    figure counts unless it is a month's or a day's name (:func:`_dated_surname`).
    ``table`` is the :class:`~graphkit.ingest.prepare.tokentable.TokenTable` of ``doc`` if at hand.
    """
    index: dict[str, list[tuple[list[str], Cluster]]] = defaultdict(list)
    for c in clusters:
        names = set(c.names)
        if c.kind == "person":
            names |= {n.split()[-1] for n in c.names}
        if c.kind == "organization":  # "IHRC" for "Islamic Human Rights Commission"
            names |= {a for n in c.names if len(a := _acronym(n)) > 2}
        for n in names:
            words = [w.lower() for w in _words(n)]
            if words and words[0][:1].isalpha():
                index[words[0]].append((words, c))
    for v in index.values():
        v.sort(key=lambda x: -len(x[0]))
    found = []
    if table is None:
        table = token_table(doc)
    text, lower, ent_type = table.text, table.lower, table.ent_type
    i, size = 0, len(doc)
    while i < size:
        if i in covered or not text[i][:1].isupper():
            i += 1
            continue
        hit = None
        for words, c in index.get(lower[i], ()):
            j = i + len(words)
            if j <= size and all(lower[i + k] == w for k, w in enumerate(words)) and not any(
                    k in covered for k in range(i, j)):
                if i >= body_start and ent_type[i] and ent_type[i] not in _NAME_LABELS and not (
                        c.kind == "person" and (ent_type[i] in _THING_LABELS or _dated_surname(words))):
                    continue  # "Lyng urged Japan", the model's product: still Richard Lyng
                if len(words) == 1 and party(text[i]) and other_name_after_party(table, j, _GENERIC):
                    continue  # "Labour Day" is no mention of Labour
                hit = (c, i, j)
                break
        if hit:
            found.append(hit)
            covered.update(range(hit[1], hit[2]))
            i = hit[2]
        else:
            i += 1
    return found


def _dated_surname(words: list[str]) -> bool:
    """Whether a person's one-word surname the model labelled as a date or figure is still the person
    ("said Okamoto", a DATE): any word but a month's or a day's name ("May", "Friday") and a figure."""
    return len(words) == 1 and words[0] not in CALENDAR and words[0] not in MONTH_NAMES and words[0].isalpha()


def _words(name: str) -> list[str]:
    out: list[str] = []
    for w in name.split():
        parts = w.replace("-", " - ").split()
        out.extend(parts)
    return out
