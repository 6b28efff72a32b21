"""Later references to a pair named before: "the two presidents", "both countries", "the two sides".

A definite plural noun phrase "the two X" or "both X" refers to the two actors last named together
-- coordinated ("Garcia and de la Madrid met"), or the doer and the partner of one act ("Shultz met
Shevardnadze", "Alfonsin met with Camdessus", "rejected by the U.S.") -- in its own sentence before
it or in one of the few sentences before, of the kind its noun fits: people for person nouns ("men",
"ministers", "leaders"), countries for nouns of polities ("countries", "governments", "superpowers"),
any party for "sides" and "parties". For "the two sides" a list that acts towards a partner is one side,
the partner the other ("Nakasone and Kuranari met Shultz": Nakasone's side and Shultz, never the two
Japanese ministers); a list with no partner is the two ("Labour and the Tories clashed"). The partner of
an act may be that of its object noun ("held talks with X"). The nearest sentence with such a pair
decides; when it holds two different pairs, or the pair includes the subject of the phrase's own clause
("X met the two men"), nothing is guessed. Coreference (:mod:`graphkit.ingest.actors.coref`) asks for
the pair in its pass (so a later "they" can take it); :func:`pair_references` fills what it left
unresolved; the events told of the phrase then have both actors as doers.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Shultz", "met", "Shevardnadze", ".", "The", "two", "men", "agreed", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 6, 6, 7, 7, 7],
...           deps=["nsubj", "ROOT", "dobj", "punct", "det", "nummod", "nsubj", "ROOT", "punct"],
...           tags=["NNP", "VBD", "NNP", ".", "DT", "CD", "NNS", "VBD", "."],
...           pos=["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NUM", "NOUN", "VERB", "PUNCT"],
...           sent_starts=[True, False, False, False, True, False, False, False, False])
>>> token_actor, plural = {0: "shultz", 2: "shevardnadze"}, {}
>>> pair_references(doc, token_actor, {"shultz": "person", "shevardnadze": "person"}, plural)
>>> plural[6], token_actor[6]
(['shultz', 'shevardnadze'], 'shultz')
"""
from __future__ import annotations

from bisect import bisect_right

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.ingest.words import word_list

__all__ = ["pair_references", "pair_kind", "named_pair", "sentence_starts"]

#: Sentences back (besides the phrase's own) where the pair may have been named.
_WINDOW = 3

#: Nouns for the two parties of a dispute or a negotiation, of any kind.
_SIDES = frozenset({"sides", "parties"})

#: Kinds of actor each kind of noun may refer to.
_FITS = {"person": ("person",), "country": ("country",), "any": ("person", "country", "organization")}

_SUBJ = frozenset({"nsubj", "nsubjpass"})
_OBJ = frozenset({"dobj", "pobj", "dative", "iobj"})

#: Prepositions that name the partner of an act ("met with X", "talks between ... and", "rejected by X").
_PARTNER_PREPS = frozenset({"with", "by"})


def pair_kind(t, i: int) -> str | None:
    """The kind of pair a plural noun at ``i`` of table ``t`` names as "the two X" or "both X".

    ``'person'``, ``'country'`` or ``'any'`` (sides, parties); None when ``i`` heads no such phrase,
    or the phrase says whose it is ("the two countries of the bloc", "the two Gulf states").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["both", "countries", "agreed"], heads=[1, 2, 2],
    ...           deps=["det", "nsubj", "ROOT"], tags=["DT", "NNS", "VBD"])
    >>> pair_kind(token_table(doc), 1), pair_kind(token_table(doc), 2)
    ('country', None)
    """
    low = t.lower[i]
    if t.tag[i] not in ("NNS", ""):
        return None
    kids = t.children(i)
    two = any(t.dep[c] == "nummod" and t.lower[c] == "two" for c in kids) and any(
        t.dep[c] == "det" and t.lower[c] == "the" for c in kids)
    both = any(t.lower[c] == "both" and c < i and t.dep[c] in ("det", "predet", "preconj", "nummod") for c in kids)
    if not (two or both) or any(t.dep[c] in ("poss", "compound") or t.lower[c] == "of" for c in kids):
        return None
    if low in _SIDES:
        return "any"
    if low in word_list("polity_nouns"):
        return "country"
    return "person" if low in ("men", "women") or is_person_noun(low) else None


def _pairs_in(t, lo: int, hi: int, token_actor: dict[int, str], plural: dict[int, list[str]]) -> list[list[str]]:
    """The pairs of actors named together between tokens ``lo`` and ``hi``: coordinated, a plural
    reference to two already resolved, or the subject and the object or partner of one act, neither
    of them one of a list ("X urged Y and Z" names three)."""
    out: list[list[str]] = []
    for k in range(lo, hi):
        a = token_actor.get(k)
        if k in plural and len(set(plural[k])) == 2:
            out.append(list(dict.fromkeys(plural[k])))
        if a is None:
            continue
        h = t.head[k]
        if t.dep[k] == "conj" and lo <= h < hi and (b := token_actor.get(h)) and b != a:
            out.append([b, a])  # "Garcia and de la Madrid"
        if t.dep[k] in _SUBJ and not t.conjuncts(k):  # a subject or partner in a list makes no pair
            for p in (p for p in _partners(t, h) if not t.conjuncts(p)):
                if lo <= p < hi and (b := token_actor.get(p)) and b != a:
                    out.append([a, b])  # "Shultz met Shevardnadze", "Alfonsin met with Camdessus"
    return out


def _sides_in(t, lo: int, hi: int, token_actor: dict[int, str], plural: dict[int, list[str]]) -> list[list[str]]:
    """The two sides named between tokens ``lo`` and ``hi``: the doers and the partners of one act, either
    of them a list that stands as one side ("X and Y met Z": X's side and Z, the first of a list standing
    for it); else two parties named together with no partner ("X and Y held talks"), or a plural
    reference to two."""
    acts: list[list[str]] = []
    for k in range(lo, hi):
        if token_actor.get(k) is None or t.dep[k] not in _SUBJ:
            continue
        doers = sorted([k, *t.conjuncts(k)])
        for p in _partners(t, t.head[k]):
            ours = [token_actor[d] for d in doers if lo <= d < hi and d in token_actor]
            theirs = [token_actor[q] for q in sorted([p, *t.conjuncts(p)]) if lo <= q < hi and q in token_actor]
            if ours and theirs and not set(ours) & set(theirs):
                acts.append([ours[0], theirs[0]])
    out: list[list[str]] = []
    for k in range(lo, hi):
        if k in plural and len(set(plural[k])) == 2:
            out.append(list(dict.fromkeys(plural[k])))
        h = t.head[k]
        if t.dep[k] == "conj" and lo <= h < hi and (a := token_actor.get(k)) and (b := token_actor.get(h)) and b != a:
            side = next((j for act in acts for j in (0, 1) if act[j] in (a, b)), None)
            if side is None:
                out.append([b, a])
            else:  # a list with a doer or partner in it is that side, its first standing for it
                next(act for act in acts if act[side] in (a, b))[side] = b
    return acts + out


def _partners(t, v: int) -> list[int]:
    """The objects and partners ("with X", "by X") of the verb at ``v``, and the partner of its object noun
    ("held talks with X", "signed an accord with X")."""
    out = []
    for c in t.children(v):
        if t.dep[c] in ("dobj", "dative"):
            out.append(c)
            out.extend(p for w in t.children(c) if t.dep[w] == "prep" and t.lower[w] == "with"
                       for p in t.children(w) if t.dep[p] == "pobj")
        elif t.dep[c] in ("prep", "agent") and t.lower[c] in _PARTNER_PREPS:
            out.extend(p for p in t.children(c) if t.dep[p] == "pobj")
    return out


def pair_references(doc, token_actor: dict[int, str], kinds: dict[str, str],
                    plural: dict[int, list[str]], table=None) -> None:
    """Map each "the two X" / "both X" that names a pair named before to both actors (see the module).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    token_actor : dict
        Token index -> actor id; the phrase's head noun gets the first of the pair (updated in place).
    kinds : dict
        Actor id -> kind.
    plural : dict
        Token index -> several actor ids; the phrase's head noun gets the pair (updated in place).
    table : TokenTable, optional
        The :func:`~graphkit.ingest.prepare.tokentable.token_table` of ``doc`` if the caller has it.
    """
    t = table if table is not None else token_table(doc)
    starts = sentence_starts(t)
    for i in range(len(t.lower)):
        if i in token_actor or i in plural or t.pos[i] not in ("NOUN", ""):
            continue
        if (pair := named_pair(t, i, token_actor, kinds, plural, starts)) is not None:
            plural[i], token_actor[i] = list(pair), pair[0]


def sentence_starts(t) -> list[int]:
    """The first token of each sentence of table ``t``.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["A", "met", ".", "B", "left"], sent_starts=[True, False, False, True, False])
    >>> sentence_starts(token_table(doc))
    [0, 3]
    """
    return [k for k, s in enumerate(t.sent_start) if s or k == 0]


def named_pair(t, i: int, token_actor: dict[int, str], kinds: dict[str, str], plural: dict[int, list[str]],
               starts: list[int]) -> list[str] | None:
    """The pair a "the two X" / "both X" phrase headed at ``i`` refers to (see the module), else None.

    Parameters
    ----------
    t : TokenTable
    i : int
        The phrase's head noun.
    token_actor, kinds, plural : dict
        As for :func:`pair_references` (read only).
    starts : list of int
        :func:`sentence_starts` of ``t``.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Shultz", "met", "Shevardnadze", ".", "Both", "men", "agreed"],
    ...           heads=[1, 1, 1, 1, 5, 6, 6], deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT"],
    ...           tags=["NNP", "VBD", "NNP", ".", "DT", "NNS", "VBD"],
    ...           sent_starts=[True, False, False, False, True, False, False])
    >>> t = token_table(doc)
    >>> named_pair(t, 5, {0: "shultz", 2: "shev"}, {"shultz": "person", "shev": "person"}, {}, sentence_starts(t))
    ['shultz', 'shev']
    """
    if (kind := pair_kind(t, i)) is None:
        return None
    fits = _FITS[kind]
    banned = {token_actor.get(c) for c in t.children(t.head[i]) if t.dep[c] in _SUBJ} if t.dep[i] in _OBJ else set()
    here = bisect_right(starts, i) - 1
    for back in range(here, max(-1, here - _WINDOW - 1), -1):
        lo = starts[back]
        hi = i if back == here else (starts[back + 1] if back + 1 < len(starts) else len(t.lower))
        named = _sides_in if kind == "any" else _pairs_in  # sides: a list acting together is one side
        found = {frozenset(p): p for p in named(t, lo, hi, token_actor, plural)
                 if all(kinds.get(a) in fits for a in p)}
        if not found:
            continue
        if len(found) == 1 and not banned & set(pair := next(iter(found.values()))):
            return pair
        return None
    return None
