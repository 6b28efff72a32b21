"""Organisations a nationality modifies: "the French Treasury", "Soviet Foreign Ministry officials".

English writes an organisation's country before its name as an adjective, as it does with the possessive
(:mod:`graphkit.ingest.actors.possessors`): "French Treasury officials" are officials of the French Treasury,
"the Soviet Aeroflot" the Soviet airline. The entity recognizer often tags the demonym apart ("French"
NORP, "Treasury" ORG), so the name is read without its country. So an organisation with no country of its
own (no code, no coded tie, no body of states) whose name's head has, before the name, a modifier that is a
demonym ("French", "West German": the whole entity, not "American" of "Latin American") or a country the
article names ("U.S.") is tied to that country, when all such modifiers name one country.

A name in apposition to a common noun is described by it, and the description's owner or nationality is the
organisation's: "Mexico's state oil company Pemex", "Pemex, Mexico's state oil company", "Japan's largest
bank, Dai-Ichi Kangyo", "the French state-owned firm Elf Aquitaine" (:func:`described_tokens`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["French", "Treasury", "officials", "met"], heads=[1, 2, 3, 3],
...           deps=["compound", "compound", "nsubj", "ROOT"])
>>> modifier_tokens(token_table(doc), 1, 2)
[0]
>>> doc = Doc(Vocab(), words=["Japanese", "Treasury", "bills", "rose"], heads=[1, 2, 3, 3],
...           deps=["compound", "compound", "nsubj", "ROOT"])
>>> modifier_tokens(token_table(doc), 1, 2)
[]
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_group_head, is_person_noun, singular
from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.actors.sectors import is_intergovernmental

__all__ = ["modifier_tokens", "described_tokens", "national_modifier", "modified_bodies"]

#: Dependencies of a word that modifies a name's head ("French" in "French Treasury").
_MODIFIER = frozenset({"compound", "amod", "nmod"})


def modifier_tokens(t, start: int, end: int) -> list[int]:
    """The modifiers, before it, of the head of the name at tokens ``start:end``; none when the name itself
    modifies a noun for a thing ("Japanese Treasury bills": the bills are Japanese, no body is named)."""
    h = next((k for k in range(start, end) if not start <= t.head[k] < end), end - 1)
    noun = t.head[h]
    if t.dep[h] in _MODIFIER and noun >= end and not (is_person_noun(t.lower[noun])
                                                       or is_group_head(t.lower[noun], singular(t.lower[noun]))):
        return []
    return [c for c in t.children(h) if t.dep[c] in _MODIFIER and c < start]


def described_tokens(t, start: int, end: int) -> list[int]:
    """The possessors and modifiers of the common nouns in apposition to the name at tokens ``start:end``
    ("Mexico's state oil company Pemex": "Mexico", "state", "oil").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Mexico", "'s", "oil", "company", "Pemex", "agreed"], heads=[3, 0, 3, 5, 3, 5],
    ...           deps=["poss", "case", "compound", "nsubj", "appos", "ROOT"],
    ...           pos=["PROPN", "PART", "NOUN", "NOUN", "PROPN", "VERB"])
    >>> described_tokens(token_table(doc), 4, 5)
    [0, 2]
    """
    h = next((k for k in range(start, end) if not start <= t.head[k] < end), end - 1)
    nouns = [t.head[h]] if t.dep[h] == "appos" else []
    nouns += [c for c in t.children(h) if t.dep[c] == "appos"]
    return sorted(c for n in nouns if t.pos[n] == "NOUN" and not start <= n < end
                  for c in t.children(n) if t.dep[c] in (*_MODIFIER, "poss") and not start <= c < end)


def national_modifier(t, k: int) -> str | None:
    """The country code of the demonym at token ``k`` (its whole entity: "West German"), else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["West", "German", "Finance", "Ministry"], ents=["B-NORP", "I-NORP", "B-ORG", "I-ORG"])
    >>> t = token_table(doc)
    >>> national_modifier(t, 1), national_modifier(t, 2)
    ('DEU', None)
    """
    if not t.text[k][:1].isupper():
        return None
    s = k
    while s > 0 and t.ent_iob[s] == "I":
        s -= 1
    e = k + 1
    while e < len(t.text) and t.ent_iob[e] == "I":
        e += 1
    return demonym_code(t.span_text(s, e)) if t.ent_iob[s] == "B" else demonym_code(t.text[k])


def modified_bodies(b) -> None:
    """Tie each uncoded organisation of builder ``b``'s article that a nationality modifies to its country (see
    the module)."""
    t = b.table
    for c in b.clusters:
        if c.kind != "organization" or c.code or any(x.code for x in b.affil[id(c)]) \
                or any(is_intergovernmental(n) for n in c.names):
            continue
        codes: set[str] = set()
        for m in c.mentions:
            for k in [*modifier_tokens(t, m.start, m.end), *described_tokens(t, m.start, m.end)]:
                x = b.tok_cluster.get(k)
                code = x.code if x is not None and x.kind == "country" else national_modifier(t, k)
                if code:
                    codes.add(code)
        if len(codes) == 1:
            home = b.country(codes.pop())
            b.kept.add(id(home))
            b.tie(c, home)
