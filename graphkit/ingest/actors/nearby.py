"""Affiliations the text gives a person without writing the body next to the name.

Used by :mod:`graphkit.ingest.actors.find` (after the affiliations written around names, before the
fallback to the article's country). Conventions of news writing:

- **a bare office of the body under discussion**: once a report names a body, it gives the body's
  officers a bare title ("The AA Motoring Trust said ... Road safety head Andrew Howard said";
  "A report by the Commons committee ... Chairman Sir X said"). A person whose only title is an office
  held inside a body (``body_offices``) and who has no affiliation is tied to the last organisation
  named as (part of) a clause subject before the name in the same sentence or in the sentence before,
  whose head noun names a body that has officers (``office_bodies``) or that is a political party.
  Limits: no earlier than the previous sentence; only subjects of a sentence's main clause (the body
  the text is about, not one it mentions in passing); nothing when the title phrase writes its own body
  as a common noun ("central bank general manager X").
- **the article's government**: a government office holder ("Finance Minister X") with no
  affiliation belongs to the article's government when the article names exactly one organisation
  whose head noun is "government" ("the Labour Assembly Government"), unless the sentence that
  introduces the person names a country (the office is then that country's: "the UK Treasury ...
  Chancellor X") or the title is a former one; the country fallback applies otherwise.
- **acting for a body in one's own clause**: the subject of a verb of putting out a body's work
  (``presenting_verbs``: launch, unveil, publish...), or of a participle clause of it ("Launching the
  Department for Constitutional Affairs' plan, Lord X said"), whose object is possessed by an
  organisation or country, acts on that body's behalf;
- **the lead's unnamed speaker, named next**: a report opens with "..., a Home Office minister has
  said." and names the speaker as the subject of the next sentence ("Hazel Blears said ..."); a
  person first named so, with no title of their own, takes the body of that indefinite description
  (the one organisation written in it);
- **doing a body's work**: the agent of a definite work noun ("The research, carried out by
  professor X") did it for the one organisation the text named right before the same noun, or as
  its owner, in that sentence or the three before ("University College London research claims...").

Examples
--------
>>> office_body_head("Commons work and pensions committee"), office_body_head("AA Motoring Trust")
('committee', 'trust')
>>> office_body_head("Department for Constitutional Affairs"), office_body_head("Tony Blair")
('department', None)
>>> is_body_office("Road safety head"), is_body_office("Chairman"), is_body_office("Home Secretary")
(True, True, False)
>>> is_presenting_verb("Launching"), is_presenting_verb("unveiled"), is_presenting_verb("attacked")
(True, True, False)
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graphkit.ingest.actors.gazetteer import country_code, party
from graphkit.ingest.actors.sectors import title_sector
from graphkit.ingest.actors.titles import is_title_head
from graphkit.ingest.words import word_list

if TYPE_CHECKING:
    from graphkit.ingest.actors.clusters import Cluster

__all__ = ["is_government", "office_body_head", "is_body_office", "is_presenting_verb", "nearby_ties", "body_ties"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Words of a title held no longer: a former minister is in no government.
_FORMER = frozenset({"former", "ex", "ex-", "then"})


def _head(name: str) -> str:
    """The head noun of a name: its last word before "of", "for" or "on" ("Commission on Good Government")."""
    words = name.replace(",", " ").split()
    for k, w in enumerate(words):
        if k > 0 and w.lower() in ("of", "for", "on"):
            words = words[:k]
            break
    return words[-1].lower() if words else ""


def is_government(name: str) -> bool:
    """Whether an organisation's name is that of a government ("the Labour Assembly Government"), not of
    a body about one ("Presidential Commission on Good Government").

    >>> is_government("Labour Assembly Government"), is_government("Presidential Commission on Good Government")
    (True, False)
    """
    return len(name.split()) > 1 and _head(name) == "government"


def office_body_head(name: str) -> str | None:
    """The head noun of an organisation's name if it names a body that has officers, else None."""
    head = _head(name)
    return head if head in word_list("office_bodies") else None


def is_body_office(title: str) -> bool:
    """Whether a title's head (its last word) is an office held inside a body ("Chairman", "head")."""
    words = title.lower().split()
    return bool(words) and words[-1] in word_list("body_offices") and title_sector(title) != "GOV"


def is_presenting_verb(word: str) -> bool:
    """Whether ``word`` is a form of a verb of putting out a body's work ("launching", "unveiled")."""
    w = word.lower()
    verbs = word_list("presenting_verbs")
    stems = [w, w[:-1], w[:-2], w[:-3]]  # launch-es, unveil-ed, publish-ing, introduc-ed/-ing (+e)
    return any(s in verbs or s + "e" in verbs for s in stems if s)


def _in_subject(t, k: int) -> bool:
    """Whether token ``k`` is in the subject phrase of its sentence ("A report by the committee called")."""
    seen = 0
    while seen < 12:
        if t.dep[k] in _SUBJECTS:  # of the main clause, not of a clause inside it
            return t.head[t.head[k]] == t.head[k]
        if t.head[k] == k:  # a sentence the parser roots in a noun ("A report by the committee called...")
            return t.pos[k] in ("NOUN", "PROPN")
        if t.pos[t.head[k]] in ("VERB", "AUX"):
            return False
        k, seen = t.head[k], seen + 1
    return False


def _is_body(c: Cluster) -> bool:
    return c.kind == "organization" and not c.code and any(office_body_head(n) or party(n) for n in c.names)


def _body_under_discussion(b: Any, start: int, by_id: dict[str, Cluster]) -> Cluster | None:
    """The last body named as a sentence subject before token ``start``, in its sentence or the one before."""
    t, token_actor = b.table, b.layer.token_actor
    lo, _ = b.bounds[start]
    first = b.bounds[lo - 1][0] if lo > 0 else lo
    for k in range(start - 1, first - 1, -1):
        x = b.tok_cluster.get(k) or by_id.get(token_actor.get(k, ""))
        if x is not None and _is_body(x) and _in_subject(t, k):
            return x
    return None


def _acted_for(b: Any, h: int) -> list[Cluster]:
    """Bodies the person at head token ``h`` acts for in their own clause (see the module notes)."""
    t = b.table
    if t.dep[h] not in _SUBJECTS:
        return []
    v = t.head[h]
    verbs = [v, *(x for x in t.children(v) if t.dep[x] in ("advcl", "xcomp")
                  and not any(t.dep[y] in _SUBJECTS for y in t.children(x)))]
    out: list[Cluster] = []
    for verb in verbs:
        if not is_presenting_verb(t.text[verb]):
            continue
        for obj in t.children(verb):
            for p in (_phrase(t, obj) if t.dep[obj] == "dobj" else []):
                x = b.tok_cluster.get(p)
                if t.dep[p] == "poss" and x is not None and x.kind in ("organization", "country"):
                    out.append(x)
    return out


def _phrase(t, k: int, depth: int = 3) -> list[int]:
    """Token ``k`` and its dependents down to ``depth`` levels (the object's noun phrase)."""
    out = [k]
    if depth:
        for x in t.children(k):
            out += _phrase(t, x, depth - 1)
    return out


def _current_gov(title: str) -> bool:
    """Whether a title is a government office held now ("Finance Minister", not "former President")."""
    return title_sector(title) == "GOV" and not _FORMER.intersection(title.lower().split())


def _body_written(b: Any, start: int, end: int) -> bool:
    """Whether a common noun of a body is written in a person's title phrase (tokens ``start:end``, and the
    one before): "central bank general manager X" is the bank's, whichever body was named before."""
    t, bodies, span = b.table, word_list("office_bodies"), range(max(0, start - 1), end)
    if any((x := b.tok_cluster.get(k)) is not None and x.kind == "organization" for k in span):
        return False  # "CBI economic situation committee chairman": the body is named there
    return any(t.lower[k] in bodies and t.text[k].islower() for k in span)


def _country_near(b: Any, c: Cluster, countries: set[int]) -> bool:
    """Whether the sentence of the first mention of ``c`` names a country: the office is then that
    country's ("the UK Treasury ... Chancellor X"), not the article's government's."""
    first = min(c.mentions, key=lambda m: m.start, default=None)
    if first is None:
        return False
    lo, hi = b.bounds[first.start]
    return any(k in countries or country_code(b.table.text[k]) for k in range(lo, hi))


def _body_before(b: Any, k: int) -> Cluster | None:
    """The organisation named right before token ``k`` ("University College London research") or owning it
    ("the committee's report")."""
    j = k - 1
    if j >= 0 and b.table.text[j] in ("'s", "\u2019s", "'", "\u2019"):
        j -= 1
    x = b.tok_cluster.get(j) if j >= 0 else None
    return x if x is not None and x.kind == "organization" else None


def _work_by(b: Any, h: int) -> Cluster | None:
    """The body whose work the person at head token ``h`` did: "The research, carried out by professor X"
    after "University College London research" in the three sentences before (see the module notes)."""
    t = b.table
    if t.dep[h] != "pobj" or t.dep[t.head[h]] != "agent" or t.dep[t.head[t.head[h]]] != "acl":
        return None
    noun = t.head[t.head[t.head[h]]]
    if t.pos[noun] != "NOUN" or not any(t.lower[d] in ("the", "this", "that") for d in t.children(noun)):
        return None
    lo = b.bounds[noun][0]
    for _ in range(3):
        lo = b.bounds[lo - 1][0] if lo > 0 else lo
    found = {id(x): x for k in range(lo, noun + 1)
             if t.lower[k] == t.lower[noun] and (x := _body_before(b, k)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _unnamed_then_named(b: Any, c: Cluster) -> Cluster | None:
    """The body of the unnamed speaker of the sentence before a person is first named as a subject: "...,
    a Home Office minister has said. Hazel Blears said ..." (see the module notes)."""
    t = b.table
    first = min(c.mentions, key=lambda m: m.start, default=None)
    if first is None or c.titles or first.prefix_start is not None:
        return None
    h = next((k for k in range(first.start, first.end) if not first.start <= t.head[k] < first.end), first.end - 1)
    lo = b.bounds[first.start][0]
    if t.dep[h] != "nsubj" or lo == 0:
        return None
    for k in range(b.bounds[lo - 1][0], lo):
        if t.dep[k] == "nsubj" and is_title_head(t.text[k]) and t.text[k].islower() and any(
                t.lower[d] in ("a", "an") for d in t.children(k)):
            owners = {id(x): x for d in t.children(k) if (x := b.tok_cluster.get(d)) is not None
                      and x.kind == "organization" and t.dep[d] in ("compound", "poss", "nmod")}
            return next(iter(owners.values())) if len(owners) == 1 else None
    return None


def nearby_ties(b: Any) -> None:
    """Tie people to the body of the lead's unnamed speaker and to the article's government (module notes;
    ``b``: the actor builder of :mod:`graphkit.ingest.actors.find`)."""
    countries = {k for k, x in b.tok_cluster.items() if x.code}
    governments = [c for c in b.clusters
                   if c.kind == "organization" and not c.code and any(map(is_government, c.names))]
    for c in b.clusters:
        if c.kind != "person" or b.affil[id(c)]:
            continue
        if (lead := _unnamed_then_named(b, c)) is not None:
            b.tie(c, lead)
        elif len(governments) == 1 and any(_current_gov(x) for x in c.titles) and not _country_near(b, c, countries):
            b.tie(c, governments[0])
            for x in b.affil[id(governments[0])]:
                if x.code:  # the government's country gives the office holder's code ("GBRGOV")
                    b.tie(c, x)


def body_ties(b: Any) -> None:
    """Tie people to bodies they act for or whose work they did, and people with only a bare office
    ("Chairman X") to the body under discussion (module notes); run once the unnamed bodies ("the Commons
    work and pensions committee") are actors and the office holders have their country."""
    t = b.table
    by_id = {c.id: c for c in b.clusters if c.id}
    for c in b.clusters:
        if c.kind != "person":
            continue
        for m in c.mentions:  # after the country fallback, which a body acted for does not replace
            h = next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
            for x in _acted_for(b, h):
                b.tie(c, x)
            if (work := _work_by(b, h)) is not None:
                b.tie(c, work)
        if b.affil[id(c)] or not c.titles or not all(is_body_office(x) for x in c.titles):
            continue
        first = min(c.mentions, key=lambda m: m.start, default=None)
        if first is None:
            continue
        start = first.start if first.prefix_start is None else first.prefix_start
        if not _body_written(b, start, first.start) and (body := _body_under_discussion(b, first.start, by_id)):
            b.tie(c, body)
