"""Affiliations a sentence states around a personal name without a title phrase next to it.

Used by :mod:`graphkit.ingest.actors.find`. Each is a construction of English, read on the parse:

- a role in apposition: "one of UKIP's two London Assembly members, Damien Hockney" -- the name
  is in apposition to a role noun whose possessor and compounds are the bodies it is a role in;
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

from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.actors.titles import is_title_head

__all__ = ["role_owners", "party_before_title"]

#: Nouns of membership: with a possessor they name the body ("UKIP's members").
_MEMBER_NOUNS = frozenset({"member", "members", "councillors", "mps", "meps", "msps", "peers"})
_COPULAS = frozenset({"is", "was", "'s", "becomes", "became", "remains", "remained"})
_OWNER_DEPS = frozenset({"poss", "compound"})


def _role(t, k: int) -> bool:
    return is_title_head(t.text[k]) or t.lower[k] in _MEMBER_NOUNS


def _owners(t, k: int) -> list[int]:
    """Capitalised possessors and compounds of the role noun at ``k`` ("UKIP", "Assembly")."""
    return [c for c in t.children(k) if t.dep[c] in _OWNER_DEPS and t.text[c][:1].isupper()]


def role_owners(t, h: int) -> list[int]:
    """Tokens of the bodies a sentence makes the person named at head token ``h`` a member of, by
    apposition to a role ("one of UKIP's members, X") or by "who is" + role ("X, who is Veritas'
    leader")."""
    out: list[int] = []
    if t.dep[h] == "appos":
        g = t.head[h]
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
