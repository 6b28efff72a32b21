"""Generic unnamed groups that are only cited as sources ("analysts said", "economists say").

News writing cites unnamed experts and market voices by their occupation to attribute a view:
"share analysts said", "investment managers say", "dealers said". Such a group of people states what
others do; it is a source, not a party to the story (a body that speaks, "opposition parties said",
acts: its statement is its own). An unnamed group (:mod:`graphkit.ingest.actors.bodies`,
:mod:`graphkit.ingest.actors.unnamed`) is dropped when it is *generic* -- no classifying proper
noun, entity or demonym in its phrase (a sentence-initial capital is no name: "Industry analysts")
and no "in X" -- and *every* mention of it is the subject of a reporting verb (list
``reporting_verbs``: "said", "added", "warned") that reports no act of its own ("officials said they had
arrested 20 rebels": the officials act, by their pronoun). A group that also acts or is acted on anywhere in
the article ("police arrested", "paying foster carers") stays, and so does any group with a name
in its phrase ("Japanese firms said", "Labour councils said").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["share", "analysts", "said", "."], heads=[1, 2, 2, 2],
...           deps=["compound", "nsubj", "ROOT", "punct"], lemmas=["share", "analyst", "say", "."])
>>> cited_only(token_table(doc), doc, 1)
True
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun, place_of, singular
from graphkit.ingest.words import word_list

__all__ = ["is_generic", "cited_only", "drop_cited_groups"]

_MOD_DEPS = frozenset({"amod", "compound", "nmod"})


def is_generic(b, i: int) -> bool:
    """Whether the group noun at ``i`` names people (not a body: a party's or a council's statement is
    its act) and carries no classifying name: no entity, demonym or proper noun among its modifiers
    (a capital that only starts the sentence is none) and no "in X"."""
    t = b.table
    forms = {t.lower[i], singular(t.lower[i]), b.doc[i].lemma_.lower()}  # "spokesmen": spokesman
    if not any(is_person_noun(f) for f in forms) or forms & word_list("body_nouns"):
        return False
    for k in t.children(i):
        if t.dep[k] not in _MOD_DEPS:
            continue
        for j in range(b.doc[k].left_edge.i, k + 1):
            if t.text[j][:1].isupper() and (not t.sent_start[j] or t.ent_type[j] or j in b.tok_cluster):
                return False
    return place_of(b, i) is None


def cited_only(t, doc, i: int) -> bool:
    """Whether the noun at ``i`` (or the first of the conjuncts it belongs to: "officials and
    seismologists said") is the subject of a reporting verb ("analysts said")."""
    while t.dep[i] == "conj":
        i = t.head[i]
    verb = t.head[i]
    return t.dep[i] == "nsubj" and doc[verb].lemma_.lower() in word_list("reporting_verbs") and not any(
        t.dep[c] == "ccomp" and _says_of_itself(t, c) for c in t.children(verb))


def _says_of_itself(t, c: int) -> bool:
    """Whether the reported clause at ``c`` has a plural personal pronoun for subject ("officials said they had
    arrested 20 rebels"): the speakers report their own act, and so take part in the story."""
    return any(t.dep[k] in ("nsubj", "nsubjpass") and t.lower[k] in _OWN_PRONOUNS for k in t.children(c))


#: Pronouns by which speakers report their own act.
_OWN_PRONOUNS = frozenset({"they", "we"})


def drop_cited_groups(b, generic: dict[str, list[int]]) -> None:
    """Unmap the generic groups of builder ``b`` whose every mention is only a cited source.

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    generic : dict
        Group actor id -> the token indexes of its generic mentions (see :func:`is_generic`).
    """
    token_actor = b.layer.token_actor
    for gid, tokens in generic.items():
        mine = [k for k, v in token_actor.items() if v == gid]
        if sorted(mine) != sorted(set(tokens)) or not all(cited_only(b.table, b.doc, k) for k in mine):
            continue  # named somewhere, or acting: an actor of the story
        for k in mine:
            del token_actor[k]
        for c in b.clusters:
            if c.id == gid and not c.mentions:
                c.extra.clear()  # no mention left: the records skip it
