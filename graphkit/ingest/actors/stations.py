"""Stations: the country an unnamed official serves, read from where he or his office sits.

News places an unnamed government source by its seat rather than its demonym: "a spokesman in
Tokyo", "officials in Manila", "an official of the Finance Ministry in Tokyo", "officials at the
Trade Ministry in Seoul", "an official at the Japanese embassy". A source of the state (a noun of
sector GOV: "official", "spokesman", "ministry") is of the country of its seat, "in X" on the noun,
or of the office it speaks "of", "at", "from" or "for", by that office's demonym, possessor or seat
("the Japanese embassy", "Japan's Finance Ministry", "the Finance Ministry in Tokyo"), unless a noun
other than a state's classifies it ("a company spokesman in Tokyo", "union officials"). People and
offices a state keeps abroad (``posted_nouns``: diplomats, envoys, embassies) sit in the country
they are posted to: "in X" on them settles nothing ("diplomats in Peking" are foreign), though a
demonym does ("the Japanese embassy in Washington" is Japan's).

Used by :func:`graphkit.ingest.actors.unnamed.find_unnamed` for sources with no name in their phrase.

Examples
--------
>>> from graphkit.ingest.words import word_list
>>> "diplomats" in word_list("posted_nouns"), "officials" in word_list("posted_nouns")
(True, False)
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.sectors import noun_sector
from graphkit.ingest.words import word_list

__all__ = ["station_country", "demonym_country", "party_codes"]

#: Prepositions from a source to the office it speaks for ("an official of / at / from / for the ministry").
_OFFICE_PREPS = frozenset({"of", "at", "from", "for", "with"})
_MOD_DEPS = frozenset({"amod", "compound", "nmod"})


def station_country(b, i: int) -> str | None:
    """The code of the country that the unnamed state source at token ``i`` serves, by its seat or its
    office's (see the module), in builder ``b``; else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Builder:  # no place read: no seat
    ...     def __init__(self, doc):
    ...         self.doc, self.table, self.tok_cluster = doc, token_table(doc), {}
    >>> doc = Doc(Vocab(), words=["a", "spokesman", "said"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"])
    >>> station_country(Builder(doc), 1) is None
    True
    """
    t = b.table
    if noun_sector(t.lower[i]) != "GOV" or any(
            t.dep[c] == "compound" and t.pos[c] == "NOUN" and noun_sector(t.lower[c]) != "GOV" for c in t.children(i)):
        return None  # "a company spokesman in Tokyo", "union officials": not the state's
    own = _seat(b, i)
    if own:
        return own
    for c in t.children(i):
        if t.dep[c] == "prep" and t.lower[c] in _OFFICE_PREPS:
            for o in t.children(c):
                if t.dep[o] == "pobj" and noun_sector(t.lower[o]) == "GOV":
                    code = demonym_country(b, o) or _seat(b, o)
                    if code:
                        return code
    return None


def _seat(b, i: int) -> str | None:
    """The country of "in X" or of a possessor on the noun at ``i`` (not for those posted abroad)."""
    t = b.table
    posted = t.lower[i] in word_list("posted_nouns")
    for c in t.children(i):
        if t.dep[c] == "poss":
            x = b.tok_cluster.get(c)
            if x is not None and x.code:
                return x.code  # "Japan's Finance Ministry"
        if posted or t.dep[c] != "prep" or t.lower[c] != "in":
            continue
        for o in t.children(c):
            x = b.tok_cluster.get(o) if t.dep[o] == "pobj" else None
            if x is not None and x.code:
                return x.code
            if x is not None and x.kind == "location":
                code = place_country(x.name())
                if code:
                    return code
    return None


def demonym_country(b, i: int) -> str | None:
    """The code of the country of a demonym or country name premodifying the noun at ``i`` ("the Japanese
    embassy", "Israeli army officials"), in builder ``b``; else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Builder:
    ...     def __init__(self, doc):
    ...         self.doc, self.table, self.tok_cluster = doc, token_table(doc), {}
    >>> doc = Doc(Vocab(), words=["Israeli", "army", "officials"], heads=[2, 2, 2], deps=["amod", "compound", "ROOT"])
    >>> demonym_country(Builder(doc), 2)
    'ISR'
    """
    t = b.table
    for c in t.children(i):
        if t.dep[c] not in _MOD_DEPS or c > i:
            continue
        x = b.tok_cluster.get(c)
        if x is not None and x.code:
            return x.code
        if t.text[c][:1].isupper():
            code = demonym_code(t.text[c])
            if code:
                return code
    return None


_PARTY_DEPS = frozenset({"dobj", "dative", "iobj", "attr"})


def party_codes(b, i: int) -> set[str]:
    """The codes of the countries of the other parties of the clause whose subject is the noun at ``i``
    ("officials criticised the United States", "met Japanese bankers"): its verb's objects, and the objects
    of its prepositions and of the infinitives it governs, by name or demonym. A doer of no country of
    its own is not of the country it acts on.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Builder:
    ...     def __init__(self, doc):
    ...         self.doc, self.table, self.tok_cluster = doc, token_table(doc), {}
    >>> doc = Doc(Vocab(), words=["officials", "met", "Japanese", "bankers"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "amod", "dobj"])
    >>> party_codes(Builder(doc), 0)
    {'JPN'}
    """
    t = b.table
    while t.dep[i] == "conj" and t.head[i] != i:
        i = t.head[i]
    if t.dep[i] not in ("nsubj", "nsubjpass") or t.head[i] == i:
        return set()
    verbs, parties = [t.head[i]], []
    for v in verbs:
        for c in t.children(v):
            if t.dep[c] in _PARTY_DEPS:
                parties.append(c)
            elif t.dep[c] == "prep":
                parties += [o for o in t.children(c) if t.dep[o] == "pobj"]
            elif len(verbs) < 4 and (t.dep[c] == "xcomp" or (t.dep[c] == "ccomp" and any(
                    t.dep[k] == "nsubj" and t.lower[k] in ("they", "we") for k in t.children(c)))):
                verbs.append(c)  # "agreed to meet Japanese bankers", "said they would meet ..."
    codes = set()
    for k in parties:
        if noun_sector(t.lower[k]) in _SAME_SIDE:
            continue  # "troops killed Tamil rebels": rebels and civilians are of the country they are in
        x = b.tok_cluster.get(k)
        code = x.code if x is not None and x.code else demonym_country(b, k)
        if code:
            codes.add(code)
    return codes


#: Sectors of people who are of the country where its state's agents act on them.
_SAME_SIDE = frozenset({"REB", "OPP", "CVL", "EDU", "LAB", "REF", "MED"})
