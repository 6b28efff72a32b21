"""Affiliations a sentence states around a personal name without a title phrase next to it.

Used by :mod:`graphkit.ingest.actors.find`. Each is a construction of English, read on the parse:

- a role in apposition: "one of UKIP's two London Assembly members, Damien Hockney" -- the name
  is in apposition to a role noun whose possessor and compounds are the bodies it is a role in; a
  party's member is such a role, in the place it represents ("David Bonior, a Michigan Democrat");
- a role in a relative clause: "Damien Hockney, who is now Veritas' deputy leader" -- "who is"
  with a role noun whose possessor is the body;
- a party's short name before a title: "Green MSP Mark Ballard" -- a capitalised word before the
  title that starts the name of one organisation of the article ("Green Party").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Hockney", ",", "who", "is", "Veritas", "'", "leader", ",", "spoke"]
>>> doc = Doc(Vocab(), words=words, heads=[8, 0, 3, 0, 6, 4, 3, 0, 8],
...           deps=["nsubj", "punct", "nsubj", "relcl", "poss", "case", "attr", "punct", "ROOT"])
>>> role_owners(token_table(doc), 0)
[4]
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import country_code, demonym_code, party
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.titles import is_title_head, is_title_word
from graphkit.ingest.words import word_list
from graphkit.names import name_key

__all__ = ["role_owners", "party_before_title", "appositive_title", "of_country", "peers_and_chamber"]

#: Nouns of membership: with a possessor they name the body ("UKIP's members").
_MEMBER_NOUNS = frozenset({"member", "members", "councillors", "mps", "meps", "msps", "peers"})
_COPULAS = frozenset({"is", "was", "'s", "becomes", "became", "remains", "remained"})
_OWNER_DEPS = frozenset({"poss", "compound"})


def _role(t, k: int) -> bool:
    """Whether the noun at ``k`` names a role in a body: a title's head, a noun of membership, or a party's
    member ("a Michigan Democrat", "a New York Republican": a party of the place's politics)."""
    return is_title_head(t.text[k]) or t.lower[k] in _MEMBER_NOUNS or (t.text[k][:1].isupper() and bool(
        party(t.text[k])))


def _owners(t, k: int) -> list[int]:
    """Capitalised possessors and compounds of the role noun at ``k`` ("UKIP", "Assembly"), and of
    the body in its "of" phrase, or the body itself when capitalised ("a member of the Syrian
    parliament": "Syrian"; "a member of Parliament")."""
    out = [c for c in t.children(k) if t.dep[c] in _OWNER_DEPS | {"amod"} and t.text[c][:1].isupper()]
    for p in t.children(k):
        if t.dep[p] == "prep" and t.lower[p] == "of":
            for o in t.children(p):
                if t.dep[o] == "pobj":
                    out += [o] if t.text[o][:1].isupper() else []
                    seat = _seat(t, o)
                    out += seat or [c for c in t.children(o) if t.dep[c] in _OWNER_DEPS | {"amod"}
                                    and t.text[c][:1].isupper()]
    return out


def _seat(t, o: int) -> list[int]:
    """The capitalised body a lower-case unit at ``o`` is "at": "head of the Gulf desk at the Soviet Foreign
    Ministry" is the Ministry's, and "Gulf" only the desk's subject."""
    if t.text[o][:1].isupper():
        return []
    return [b for p in t.children(o) if t.dep[p] == "prep" and t.lower[p] == "at"
            for b in t.children(p) if t.dep[b] == "pobj" and t.text[b][:1].isupper()]


def role_owners(t, h: int) -> list[int]:
    """Tokens of the bodies a sentence makes the person named at head token ``h`` a member of, by
    apposition to a role ("one of UKIP's members, X") or by "who is" + role ("X, who is Veritas'
    leader")."""
    out: list[int] = []
    roles = [g for g in t.children(h) if t.dep[g] == "appos"]  # "X, president of Costa Rica's central bank"
    if t.dep[h] == "appos":
        roles.append(t.head[h])
    for g in roles:
        if t.lower[g] == "one":  # "one of UKIP's two London Assembly members"
            g = next((o for p in t.children(g) if t.lower[p] == "of" for o in t.children(p) if t.dep[o] == "pobj"), g)
        if _role(t, g):
            out += _owners(t, g)
    for r in t.children(h):
        if t.dep[r] == "relcl" and t.lower[r] in _COPULAS:
            for a in t.children(r):
                if t.dep[a] == "attr" and _role(t, a):
                    out += _owners(t, a)
    return out


def party_before_title(t, prefix_start: int, org_names: dict[str, list]) -> list:
    """The organisation a capitalised word right before a person's title names: the one of the
    article (``org_names``: first word -> clusters) whose name starts with it ("Green MSP" ->
    "Green Party"). Empty when there is none or more than one."""
    k = prefix_start - 1
    if k < 0 or not t.text[k][:1].isupper() or not t.text[k].isalpha() or t.ent_type[k] not in ("", "NORP", "ORG"):
        return []
    if demonym_code(t.text[k]) or country_code(t.text[k]):
        return []  # "Israeli Prime Minister X" is Israel's, not the "Israeli Defense Forces"
    found = {id(c): c for c in org_names.get(t.lower[k], [])}
    return list(found.values()) if len(found) == 1 else []


def appositive_title(t, h: int) -> str | None:
    """The office of "the" + title in apposition to the person named at head token ``h`` ("the
    Archbishop of Canterbury, Rowan Williams"; "Rowan Williams, the Archbishop of Canterbury"),
    with its "of" phrase when that is one capitalised name; else None.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> words = ["The", "Archbishop", "of", "Canterbury", ",", "Rowan", "Williams", ",", "spoke"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 8, 1, 2, 1, 6, 1, 1, 8],
    ...           deps=["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"])
    >>> appositive_title(token_table(doc), 6)
    'Archbishop of Canterbury'
    """
    if t.dep[h] == "appos":
        g = t.head[h]
    else:
        g = next((c for c in t.children(h) if t.dep[c] == "appos"), None)
        if g is None:
            return None
    if not is_title_head(t.text[g]) or not any(t.dep[c] == "det" and t.lower[c] == "the" for c in t.children(g)):
        return None
    start = g
    while start - 1 >= 0 and t.head[start - 1] == g and t.dep[start - 1] in ("amod", "compound") \
            and is_title_word(t.text[start - 1]):
        start -= 1
    words = [t.text[k] for k in range(start, g + 1)]
    for p in t.children(g):
        if t.dep[p] == "prep" and t.lower[p] == "of":
            objs = [o for o in t.children(p) if t.dep[o] == "pobj"]
            if len(objs) == 1 and p + 1 == objs[0] and t.text[objs[0]][:1].isupper() and not t.children(objs[0]):
                words += ["of", t.text[objs[0]]]
    return " ".join(words)


def of_country(t, start: int, end: int) -> tuple[str, int, bool] | None:
    """(code, start token, whether a place) of the country an organisation's name at ``start:end``
    ends with after "of" ("Ministry of Defence of Israel", "Central Bank of Nigeria"), or of the
    country of the place it ends with ("Bank of England"); else None.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> t = token_table(Doc(Vocab(), words=["Central", "Bank", "of", "Nigeria"]))
    >>> of_country(t, 0, 4)
    ('NGA', 3, False)

    A company's legal form after the country is no part of it ("Industrial Bank of Japan Ltd"):

    >>> of_country(token_table(Doc(Vocab(), words=["Industrial", "Bank", "of", "Japan", "Ltd"])), 0, 5)
    ('JPN', 3, False)
    """
    ends = word_list("company_name_ends")
    while end - 1 > start and t.lower[end - 1] in ends:
        end -= 1
    k = next((k for k in range(end - 2, start, -1) if t.lower[k] == "of"), None)
    if k is None or k + 1 >= end:
        return None
    s = k + 1 + (t.lower[k + 1] == "the")
    name = t.span_text(s, end) if s < end else ""
    if not name:
        return None
    if code := country_code(name):
        return code, s, False
    if code := place_country(name):
        return code, s, True
    return None


#: Honorifics of the peerage, and the names of the chamber peers sit in.
_PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "marquess"})
_UPPER_CHAMBERS = frozenset({name_key("House of Lords"), name_key("Lords")})


def peers_and_chamber(clusters) -> list:
    """(peer, chamber) pairs: a peer ("Lord Scarman", "Baroness Boothroyd") sits in the upper chamber
    the article names ("the House of Lords", "the Lords"); none when it names none."""
    chamber = next((c for c in clusters if c.kind == "organization"
                    and any(name_key(n) in _UPPER_CHAMBERS for n in c.names)), None)
    if chamber is None:
        return []
    return [(c, chamber) for c in clusters
            if c.kind == "person" and any(n.split()[0].lower() in _PEERAGE for n in c.names if " " in n)]
