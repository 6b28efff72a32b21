"""The opposition and the ruling party: the two sides of a story's country's politics, named by role.

English names the parties and politicians who oppose a government as one body, "the opposition": "the
party was forced to compromise with the opposition", "a system which the opposition says is stacked",
"an opposition boycott", "rejected opposition demands". It is the opposition of the country the story is
about, as "opposition parties" are (:mod:`graphkit.ingest.actors.bodies`): of "in X" or a possessor
("Japan's opposition"), else of the country the article is about, else of the one it is set in (its
roundup item's dateline, else :func:`~graphkit.ingest.actors.offices.home_country`); with none settled it is
left unread. The noun is that body when it takes part in an act -- "the opposition" as a subject, an
object or the object of a preposition that names a party -- or when it modifies an event noun ("an
opposition boycott": who boycotts). The same word also names an attitude, and then it is no actor:
"opposition to the plan" (its object follows), "strong opposition", "his opposition" (a descriptive
adjective or a possessive pronoun), "in opposition", "a lead over the opposition" (no party to an act).
"The opposition's demand" names the demand's doer, as "an opposition demand" does.

Likewise "the ruling party" (or "coalition": a party or coalition noun with "the" and the adjective
"ruling", and no name of its own) is the party in power in the story's country: "the ruling party rejected
the opposition's demand" in a story from Seoul is South Korea's governing party, a group of that country.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["compromise", "with", "the", "opposition", "and", "strong", "opposition", "to", "it"],
...           heads=[0, 0, 3, 1, 0, 6, 0, 6, 7],
...           deps=["ROOT", "prep", "det", "pobj", "cc", "amod", "conj", "prep", "pobj"],
...           tags=["VB", "IN", "DT", "NN", "CC", "JJ", "NN", "IN", "PRP"])
>>> t = token_table(doc)
>>> is_opposition_body(t, 3), is_opposition_body(t, 6)
(True, False)
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import place_of
from graphkit.ingest.actors.datelines import item_country
from graphkit.ingest.actors.offices import home_country
from graphkit.ingest.actors.participants import GROUP_PREPS, event_noun, in_role

__all__ = ["is_opposition_body", "is_ruling_party", "find_opposition"]

_WORD = "opposition"
#: Modifiers by which the word names an event's doer ("an opposition boycott").
_MOD_DEPS = frozenset({"compound", "nmod", "amod"})


def is_opposition_body(t, i: int) -> bool:
    """Whether the word "opposition" at ``i`` names the body of those opposing a government (see the module),
    as the head of a phrase that takes part in an act, or as the modifier of an event noun."""
    if t.lower[i] != _WORD or t.tag[i] not in ("NN", "NNP"):
        return False
    if (t.dep[i] in _MOD_DEPS or t.dep[i] == "poss") and t.head[i] != i:
        return event_noun(t, t.head[i])  # "an opposition boycott", "the opposition's demand"; not "the ... party"
    kids = list(t.children(i))
    if any(t.dep[c] == "prep" and t.lower[c] in ("to", "against") for c in kids):
        return False  # "opposition to the plan": an attitude
    if any(t.dep[c] == "amod" or (t.dep[c] == "poss" and t.pos[c] == "PRON") for c in kids):
        return False  # "strong opposition", "his opposition"
    if not any(t.dep[c] == "det" and t.lower[c] == "the" or t.dep[c] == "poss" for c in kids):
        return False  # "widespread opposition", "in opposition"
    return in_role(t, i, GROUP_PREPS | {"with"})


def is_ruling_party(t, i: int) -> bool:
    """Whether the noun at ``i`` is "the ruling party" (or coalition) with no name of its own, taking part in
    an act.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["the", "ruling", "party", "rejected", "it"], heads=[2, 2, 3, 3, 3],
    ...           deps=["det", "amod", "nsubj", "ROOT", "dobj"], tags=["DT", "JJ", "NN", "VBD", "PRP"])
    >>> is_ruling_party(token_table(doc), 2), is_ruling_party(token_table(doc), 4)
    (True, False)
    """
    if t.lower[i] not in _RULING_HEADS or t.tag[i] != "NN":
        return False
    kids = list(t.children(i))
    if not any(t.dep[c] == "amod" and t.lower[c] == "ruling" for c in kids) or not any(
            t.dep[c] == "det" and t.lower[c] == "the" for c in kids):
        return False
    return in_role(t, i, GROUP_PREPS | {"with"})


#: Nouns for the body that "ruling" makes the one in power.
_RULING_HEADS = frozenset({"party", "coalition"})


def _country(b, i: int) -> str | None:
    """The code of the country whose opposition the word at ``i`` names (see the module), else None."""
    t = b.table
    for c in t.children(i):
        x = b.tok_cluster.get(c) if t.dep[c] == "poss" else None
        if x is not None and x.kind == "country" and x.code:
            return x.code  # "Japan's opposition"
    code = place_of(b, i)
    if code:
        return code
    main = b.main_country()
    return main.code if main is not None else item_country(b, i) or home_country(b)


def find_opposition(b) -> None:
    """Map each unread "opposition" of builder ``b`` that names the body opposing a government, and each
    "the ruling party", to a group of its country (see the module).

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    """
    t, token_actor = b.table, b.layer.token_actor
    for i in range(b.body, len(t.text)):
        if i in token_actor:
            continue
        name = _WORD if is_opposition_body(t, i) else "ruling party" if is_ruling_party(t, i) else None
        if name is None or not (code := _country(b, i)):
            continue
        home = b.country(code)
        g = b.group(name, None, "group", f"{name}@{code}")
        start = next((c for c in t.children(i) if t.dep[c] == "det"), i)
        g.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
        token_actor[i] = g.id
        b.tie(g, home)
        b.ensure_id(home)
