"""Actors named together, and the later references to them as two: "both", "the two sides", "the couple".

Coreference (:mod:`graphkit.ingest.actors.coref`) reads these references with a :class:`Pairing`
built once per document:

- :func:`coordinations` finds the actors named together ("Charles and Camilla Parker Bowles"); a
  plural pronoun ("they", "them") may stand for such a group (resolved in coref);
- descriptions of two people ("the couple", "the pair", "the two men", "both men") take the two
  people the previous such description took, else those named together most often (the latest on a
  tie), never the subject of their own clause (:func:`is_pair`);
- "the two sides", "both sides", "the two parties" take the two parties last named together, of any
  kind ("Japan and the United States held talks ... The two sides agreed"), never the subject of
  their own clause (:func:`is_sides`);
- "both" and "both of them" take the two actors last named together in this or the previous
  sentence, else the only two actors of one kind the previous sentence names ("Blair met Chirac.
  Both ...").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Japan", "and", "America", "met", ".", "The", "two", "sides", "agreed", "."]
>>> doc = Doc(Vocab(), words=words, heads=[3, 0, 0, 3, 3, 7, 7, 8, 8, 8],
...           deps=["nsubj", "cc", "conj", "ROOT", "punct", "det", "nummod", "nsubj", "ROOT", "punct"],
...           pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "NUM", "NOUN", "VERB", "PUNCT"],
...           tags=["NNP", "CC", "NNP", "VBD", ".", "DT", "CD", "NNS", "VBD", "."])
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> names = {0: "jpn", 2: "usa"}
>>> Pairing(token_table(doc), names, {"jpn": "country", "usa": "country"}).refer(doc[7], 1, [], {}, names)
['jpn', 'usa']
"""
from __future__ import annotations

from collections import Counter

from graphkit.ingest.actors.binding import OBJECT_DEPS, SUBJECT_DEPS, clause_subjects
from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.pairs import named_pair, sentence_starts
from graphkit.ingest.words import word_list

__all__ = ["BOTH_WORDS", "Pairing", "both", "coordinations", "is_pair", "is_sides"]

#: Nouns that name the two parties of a dispute or a negotiation ("the two sides", "both parties").
_SIDES = frozenset({"sides", "parties"})

#: The words :func:`both` reads as "both of them" ("both", "both of them", "both of us").
BOTH_WORDS = frozenset({"both", "them", "us"})


def coordinations(t, names: dict[int, str]) -> dict[int, list[str]]:
    """Last token of each coordination of named actors ("Charles and Camilla Parker Bowles") -> the
    actors, in text order.

    Parameters
    ----------
    t : TokenTable
        The :func:`~graphkit.ingest.prepare.tokentable.token_table` of the document.
    names : dict
        Token index -> actor id, for names.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Japan", "and", "America", "met"], heads=[3, 0, 0, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT"])
    >>> coordinations(token_table(doc), {0: "jpn", 2: "usa"})
    {2: ['jpn', 'usa']}
    """
    groups: dict[int, list[str]] = {}
    last: dict[int, int] = {}
    head, dep = t.head, t.dep
    for k in sorted(names):
        if dep[k] != "conj":
            continue
        r = k
        for _ in range(8):
            if dep[r] != "conj" or head[r] == r:
                break
            r = head[r]
        if r not in names or names[r] == names[k]:
            continue
        grp = groups.setdefault(r, [names[r]])
        if names[k] not in grp:
            grp.append(names[k])
        last[r] = max(last.get(r, r), k)
    out: dict[int, list[str]] = {}
    for r, g in groups.items():
        k = last[r]
        while names.get(k + 1) == names[k]:  # the last token of the last name ("Duke of Edinburgh")
            k += 1
        if len(g) >= 2:
            out[k] = g
    return out


def is_pair(t, i: int) -> bool:
    """Whether token ``i`` of table ``t`` heads a description of two people ("the couple", "the two
    men", "both men").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["the", "two", "men"], heads=[2, 2, 2], deps=["det", "nummod", "ROOT"],
    ...           tags=["DT", "CD", "NNS"])
    >>> is_pair(token_table(doc), 2)
    True
    """
    low, kids = t.lower[i], t.children(i)
    if low in word_list("pair_nouns"):
        return any(t.dep[c] == "det" and t.lower[c] == "the" for c in kids)
    if t.tag[i] not in ("NNS", "") or not (low in ("men", "women") or is_person_noun(low)):
        return False
    return any((t.dep[c] == "nummod" and t.lower[c] == "two") or t.lower[c] == "both" for c in kids)


def is_sides(t, i: int) -> bool:
    """Whether token ``i`` of table ``t`` heads "the two sides", "both sides" (or "parties").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["both", "sides"], heads=[1, 1], deps=["det", "ROOT"], tags=["DT", "NNS"])
    >>> is_sides(token_table(doc), 1), is_sides(token_table(doc), 0)
    (True, False)
    """
    if t.lower[i] not in _SIDES or t.tag[i] not in ("NNS", ""):
        return False
    return any((t.dep[c] == "nummod" and t.lower[c] == "two") or t.lower[c] == "both" for c in t.children(i))


def _bound(tok, token_actor: dict[int, str]) -> set[str]:
    """The subjects of an object's own clause, which it cannot refer to (none for a subject)."""
    return set(clause_subjects(tok, token_actor)) if tok.dep_ in OBJECT_DEPS else set()


def _pair(tok, last: list[str] | None, coords, token_actor, kinds) -> list[str] | None:
    """The two people a description of two people ``tok`` refers to (see the module): the pair the
    previous such description took (``last``: a repeated description keeps its referent), else the two
    people named together most often before it, the latest on a tie."""
    banned = _bound(tok, token_actor)
    if last is not None and not banned & set(last):
        return last
    seen: Counter = Counter()
    best, best_key = None, None
    for k in sorted(coords):
        if k >= tok.i:
            break
        grp = coords[k]
        if len(grp) != 2 or any(kinds.get(a) != "person" for a in grp) or banned & set(grp):
            continue
        seen[frozenset(grp)] += 1
        key = (seen[frozenset(grp)], k)
        if best_key is None or key > best_key:
            best, best_key = grp, key
    return best


def _sides(tok, groups, token_actor) -> list[str] | None:
    """The two parties "the two sides" ``tok`` refers to: the last two actors named together before
    it, none of them the subject of its own clause."""
    banned = _bound(tok, token_actor)
    pairs = [g for k, g in sorted(groups.items()) if k < tok.i and len(g) == 2 and not banned & set(g)]
    return list(pairs[-1]) if pairs else None


def both(tok, sent: int, history, groups: dict[int, list[str]], kinds: dict[str, str]) -> list[str] | None:
    """The two parties a pronoun "both" (or "both of them") ``tok`` refers to (see the module); None
    when that is not clear or ``tok`` is no such pronoun.

    Parameters
    ----------
    tok : spacy.tokens.Token
    sent : int
        The sentence number of ``tok``.
    history : list
        The references so far, in text order, with ``i`` (token), ``sent`` and ``actor``.
    groups : dict
        Last token -> the actors of each group named together or referred to as several.
    kinds : dict
        Actor id -> kind.

    Examples
    --------
    >>> from types import SimpleNamespace as Ref
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Blair", "met", "Chirac", ".", "Both", "left"], heads=[1, 1, 1, 1, 5, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT"])
    >>> history = [Ref(i=0, sent=0, actor="blair"), Ref(i=2, sent=0, actor="chirac")]
    >>> both(doc[4], 1, history, {}, {"blair": "person", "chirac": "person"})
    ['blair', 'chirac']
    """
    low, i, head = tok.text.lower(), tok.i, tok.head
    if tok.dep_ not in SUBJECT_DEPS | OBJECT_DEPS or not (
            low == "both" or low in ("them", "us") and head.text.lower() == "of"
            and head.head.text.lower() == "both"):
        return None
    recent = [r for r in history if sent - r.sent <= 1 and r.i < i]
    if not recent:
        return None
    lo = recent[0].i
    pairs = [g for k, g in sorted(groups.items()) if lo <= k < i and len(g) == 2]
    if pairs:
        return list(pairs[-1])
    last = [r for r in recent if r.sent == max(x.sent for x in recent if x.sent < sent)] if any(
        x.sent < sent for x in recent) else []
    by_kind: dict[str, list[str]] = {}
    for r in last:
        group = by_kind.setdefault(kinds.get(r.actor, ""), [])
        if r.actor not in group:
            group.append(r.actor)
    twos = [g for k, g in by_kind.items() if k in ("person", "country", "organization") and len(g) == 2]
    return twos[0] if len(twos) == 1 else None


class Pairing:
    """The references to two or more actors in one document, read left to right.

    Parameters
    ----------
    t : TokenTable
        The token table of the document.
    names : dict
        Token index -> actor id, for names.
    kinds : dict
        Actor id -> kind.

    Attributes
    ----------
    coords : dict
        :func:`coordinations` of the document.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Japan", "and", "America", "met"], heads=[3, 0, 0, 3],
    ...           deps=["nsubj", "cc", "conj", "ROOT"])
    >>> Pairing(token_table(doc), {0: "jpn", 2: "usa"}, {}).coords
    {2: ['jpn', 'usa']}
    """

    def __init__(self, t, names: dict[int, str], kinds: dict[str, str]) -> None:
        self.t, self.kinds = t, kinds
        self.coords = coordinations(t, names)
        self._last_pair: list[str] | None = None
        self._starts = sentence_starts(t)

    def refer(self, tok, sent: int, history, plural: dict[int, list[str]],
              token_actor: dict[int, str]) -> list[str] | None:
        """The actors ``tok`` refers to as two ("both", "the two sides", "the couple"): a list of them,
        ``[]`` when ``tok`` is such a description but its actors are unclear, None when it is none.

        Parameters
        ----------
        tok : spacy.tokens.Token
        sent : int
            The sentence number of ``tok``.
        history : list
            The references so far (see :func:`both`).
        plural : dict
            Token index -> several actor ids, for the references resolved so far.
        token_actor : dict
            Token index -> actor id.

        Examples
        --------
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> from graphkit.ingest.prepare.tokentable import token_table
        >>> doc = Doc(Vocab(), words=["Blair", "met", "the", "couple"], heads=[1, 1, 3, 1],
        ...           deps=["nsubj", "ROOT", "det", "dobj"], pos=["PROPN", "VERB", "DET", "NOUN"])
        >>> Pairing(token_table(doc), {0: "blair"}, {"blair": "person"}).refer(doc[3], 0, [], {}, {0: "blair"})
        []
        """
        t, i = self.t, tok.i
        if t.lower[i] in BOTH_WORDS:
            return both(tok, sent, history, {**self.coords, **plural}, self.kinds)
        if t.pos[i] != "NOUN":
            return None
        if is_sides(t, i) and (sides := self.named(i, token_actor, plural) or _sides(
                tok, {**self.coords, **plural}, token_actor)) is not None:
            return sides
        if is_pair(t, i):
            self._last_pair = _pair(tok, self._last_pair, self.coords, token_actor, self.kinds)
            return list(self._last_pair) if self._last_pair is not None else []
        return None

    def named(self, i: int, token_actor: dict[int, str], plural: dict[int, list[str]]) -> list[str] | None:
        """The pair a "the two X" / "both X" phrase at ``i`` refers to: the two parties named together or
        the doer and the partner of one act before it (:func:`~graphkit.ingest.actors.pairs.named_pair`),
        else None.

        Examples
        --------
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> from graphkit.ingest.prepare.tokentable import token_table
        >>> doc = Doc(Vocab(), words=["Shultz", "met", "Shevardnadze", ".", "Both", "men", "agreed"],
        ...           heads=[1, 1, 1, 1, 5, 6, 6], deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT"],
        ...           tags=["NNP", "VBD", "NNP", ".", "DT", "NNS", "VBD"],
        ...           pos=["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB"],
        ...           sent_starts=[True, False, False, False, True, False, False])
        >>> names, kinds = {0: "shultz", 2: "shev"}, {"shultz": "person", "shev": "person"}
        >>> Pairing(token_table(doc), names, kinds).named(5, names, {})
        ['shultz', 'shev']
        """
        if self.t.pos[i] not in ("NOUN", ""):
            return None
        return named_pair(self.t, i, token_actor, self.kinds, plural, self._starts)
