"""Counterparts: the countries a person's own clause names as the other party, never the person's own.

A person acts on, travels to, meets or is acted on by another party; news writing names that party
in the clause of the person's verb: "King Fahd may ask **Britain**", "During a visit to **the U.S.**,
Minister X was asked by **U.S.** Federal Reserve chairman Paul Volcker", "X met **Soviet** officials".
A country so named (the object, the recipient, the object of a preposition of a party or a
destination, or the demonym or possessor of such an object when it is an actor) is the person's
counterpart, not their country: a guess of the person's country from the setting of the article
(:func:`graphkit.ingest.actors.holders.office_holders`) must not give it. Nor may it give the
country of the side that meets or visits the person (:mod:`graphkit.ingest.actors.hosts`).

Not counterparts: a country in the person's own phrase ("Minister X of Japan"), in a clause the
verb reports ("X said Britain would ..."), in a place of the act ("X said in Tokyo"), owning a
thing ("X defended Britain's policy"), or the place one returns to ("X returned to Britain").

The other party of an act the person reports is a counterpart too ("New Zealand has imposed sanctions
against **Fiji**, acting prime minister Palmer said": an official tells what their own side did to
another), though the reported clause's subject is not, nor the country of that subject, its owner or
modifier ("Brazil's plan will enable Brazil to renew talks, Finance Minister X said": one side only).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["King", "Fahd", "may", "ask", "Britain", "to", "restore", "ties", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 3, 3, 3, 3, 6, 3, 6, 3],
...           deps=["compound", "nsubj", "aux", "ROOT", "dobj", "aux", "xcomp", "dobj", "punct"],
...           pos=["PROPN", "PROPN", "AUX", "VERB", "PROPN", "PART", "VERB", "NOUN", "PUNCT"])
>>> counterpart_tokens(token_table(doc), 1, {4})
{4}
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Collection

from graphkit.ingest.actors.gazetteer import party
from graphkit.ingest.actors.hosts import host_codes
from graphkit.ingest.actors.known import known_actor
from graphkit.ingest.actors.market_words import is_money_word
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.titles import SOURCE_NOUNS

__all__ = ["counterpart_tokens", "counterpart_codes", "country_votes", "outvoted"]

#: Dependencies of a clause's other parties: objects, recipients, the objects of prepositions.
_ARGS = frozenset({"dobj", "dative", "pobj", "iobj"})
#: Prepositions whose object is another party or a destination ("to", "with", "by"), not a place
#: of the act ("in", "at") nor an owner ("of").
_PARTY_PREPS = frozenset({"to", "with", "by", "against", "toward", "towards", "on", "upon", "into"})
#: Dependencies that open a clause of its own: what it names is no party of the person's verb.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "conj", "xcomp", "pcomp"})
#: Dependencies of a modifier inside a noun phrase ("U.S. officials", "Britain's envoy").
_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
#: Verbs of saying (their forms): their subject reports the clause they take.
_REPORTING = frozenset({"said", "says", "say", "told", "tells", "announced", "announces", "stated", "reported",
                        "added", "disclosed", "confirmed"})
#: Verbs and nouns of going home: their destination is the person's own country.
_RETURNS = ("return", "back", "home")


def _clause_verb(t, h: int) -> int | None:
    """The verb of the clause token ``h`` takes part in (its head chain's first verb), else None."""
    k, seen = h, 0
    while seen < 8:
        if t.pos[k] in ("VERB", "AUX"):
            return k
        if t.head[k] == k:
            return None
        k, seen = t.head[k], seen + 1
    return None


def _shares_subject(t, k: int) -> bool:
    """Whether the clause at ``k`` is an infinitive whose doer is the subject of the verb above: "X is to meet
    Y" ("xcomp" with no object above it: "X asked Britain to restore ties" is Britain's doing)."""
    return t.dep[k] == "xcomp" and not any(t.dep[c] in ("dobj", "dative") for c in t.children(t.head[k]))


def _party_path(t, k: int, verb: int, actor: Callable[[int], bool]) -> bool:
    """Whether token ``k`` is a party of ``verb``'s clause: an argument (or the modifier of an argument
    that is an actor) reached through objects and the phrases that hold them ("a visit to the U.S.")."""
    j = k
    while t.dep[j] in _MODIFIERS and t.head[j] != j:  # "U.S." in "U.S. Federal Reserve chairman Volcker"
        j = t.head[j]
    if j != k and not actor(j):
        return False  # "Britain's policy": an owner, not a party
    if t.dep[j] == "pobj" and t.lower[t.head[j]] == "of" and actor(t.head[t.head[j]]):
        j = t.head[t.head[j]]  # "representatives of the Soviet Union"
    if t.dep[j] not in _ARGS or (t.dep[j] == "pobj" and t.lower[t.head[j]] not in _PARTY_PREPS):
        return False
    seen = 0
    while j != verb and seen < 8:
        dep, up = t.dep[j], t.head[j]
        if (dep in _CLAUSES and not _shares_subject(t, j)) or up == j:
            return False
        if t.lower[up].startswith(_RETURNS):
            return False
        j, seen = up, seen + 1
    return j == verb and not t.lower[verb].startswith(_RETURNS)


def counterpart_tokens(t, h: int, candidates: Collection[int], actor: Callable[[int], bool] | None = None) -> set[int]:
    """The tokens among ``candidates`` (tokens naming countries) that the clause of the person named at head
    token ``h`` names as the other party (see the module); ``actor`` tells whether a token heads an actor's
    phrase (by default a proper noun)."""
    verb = _clause_verb(t, h)
    if verb is None:
        return set()
    own = {h}
    k = h
    while k != verb:  # the person's own phrase: the branch of the verb that holds the name
        own.add(k)
        if t.head[k] == verb:
            break
        k = t.head[k]
    is_actor = actor or (lambda j: t.pos[j] == "PROPN")
    out = set()
    for c in candidates:
        j, inside = c, False
        for _ in range(12):  # in the person's own branch ("Minister X of Japan"): not a counterpart
            if j in own:
                inside = True
                break
            if t.head[j] == j:
                break
            j = t.head[j]
        if not inside and _party_path(t, c, verb, is_actor):
            out.add(c)
    return out


def counterpart_codes(b, c) -> set[str]:
    """The codes of the countries the clauses of the mentions of person ``c`` name as its counterparts;
    ``b`` is the actor builder of :mod:`graphkit.ingest.actors.find` (its token table, sentence bounds
    and token clusters)."""
    t = b.table
    out: set[str] = set()

    def actor(j: int) -> bool:
        return t.pos[j] == "PROPN" or j in b.tok_cluster or t.lower[j] in SOURCE_NOUNS

    for m in c.mentions:
        h = next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
        lo, hi = b.bounds[m.start]
        coded = {k: x.code for k in range(lo, hi) if (x := b.tok_cluster.get(k)) is not None and x.code}
        for x in b.clusters:  # countries written as demonyms or affiliations ("Soviet officials")
            for s, _, _ in x.extra if x.code else ():
                if lo <= (k := bisect_left(t.idx, s)) < hi:
                    coded.setdefault(k, x.code)
        out.update(coded[k] for k in counterpart_tokens(t, h, set(coded), actor))
        for d in _reported_doers(t, h):  # "Brazil's plan will enable Brazil to ...": no other party
            own = {coded[k] for k in (d, *t.children(d)) if k in coded and (k == d or t.dep[k] in _MODIFIERS)}
            out.update(code for k in counterpart_tokens(t, d, set(coded), actor) if (code := coded[k]) not in own)
        out.update(host_codes(t, h, coded))
    return out


def _reported_doers(t, h: int) -> list[int]:
    """The subjects of the clauses that the person at head token ``h`` reports as its verb's subject: "New
    Zealand" in "New Zealand has imposed sanctions against Fiji, Palmer said". The party of an act a person
    reports is the reporter's counterpart too: an official tells what their own side did to another."""
    verb = t.head[h]
    if t.dep[h] != "nsubj" or t.lower[verb] not in _REPORTING:
        return []
    clauses = [k for k in t.children(verb) if t.dep[k] in ("ccomp", "parataxis")]
    return [k for c in clauses for k in t.children(c) if t.dep[k] == "nsubj"]


def _is_destination(t, k: int) -> bool:
    """Whether the name at head token ``k`` is where something goes or whom it is done with ("arms to Iran",
    "talks with Japan"), or modifies such a noun ("U.S. arms" is not; "Iranian officials" in "met with
    Iranian officials" is); a country's currency ("U.S. Dlrs") names no place either."""
    if t.dep[k] in _MODIFIERS and is_money_word(t.text[t.head[k]]):
        return True  # "357 mln U.S. Dlrs": a currency, not where the report stands
    while t.dep[k] in _MODIFIERS and t.head[k] != k:
        k = t.head[k]
    return t.dep[k] == "pobj" and t.lower[t.head[k]] in _PARTY_PREPS - {"by", "on", "upon"}


def country_votes(b, setting: bool = False) -> Counter:
    """How often builder ``b``'s article names each country: by name or demonym, by its places, peoples and
    parties. With ``setting``, only where the article stands: not the names of where things go or whom they
    are done with ("arms to Iran", :func:`_is_destination`), and with the countries WordNet knows of the people
    and bodies the article names ("Reagan", "the White House": a U.S. report about Iran)."""
    t = b.table
    votes: Counter = Counter()
    for c in b.clusters:
        heads = [next((k for k in range(m.start, m.end) if not m.start <= t.head[k] < m.end), m.end - 1)
                 for m in c.mentions] + [bisect_left(t.idx, s) for s, _, _ in c.extra]
        n = sum(not _is_destination(t, k) for k in heads if k < len(t.text)) if setting else len(heads)
        if c.code:
            votes[c.code] += n
        elif c.kind == "location" and (home := place_country(c.name())):
            votes[home] += n
        elif c.kind == "group" and c.pcode:
            votes[c.pcode] += n
        elif c.kind == "organization" and (pty := party(c.name())):
            votes[pty[1]] += n if not setting or pty[1] in b.by_code else 0  # a party: of a country named
        elif setting and c.kind in ("person", "organization") and (known := known_actor(c.names, c.kind)) \
                and known.country:
            votes[known.country] += n
    return votes


def outvoted(b, code: str, ties: bool = True) -> bool:
    """Whether where builder ``b``'s article stands (:func:`country_votes` with ``setting``) names another
    country at least as often as ``code`` (more often, without ``ties``), or none at all: the country named
    most is then no setting to guess from. A U.S. report on arms sold to Iran names Iran more often than the
    United States, but its Reagan, White House and Michigan stand in the United States: its "Democratic
    leaders" are not Iran's."""
    votes = country_votes(b, setting=True)
    own = votes.get(code, 0)
    return not own or any(n > own - ties for other, n in votes.items() if other != code)
