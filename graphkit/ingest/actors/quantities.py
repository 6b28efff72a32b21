"""Partitive and quantified groups: "dozens of students", "a group of protesters", "many of the prisoners".

English counts or collects the members of a group with a head noun or determiner and an "of" phrase:
the group is the "of" phrase, the head only says how many ("Police arrested dozens of students":
the students are arrested). The heads are a closed class:

- a number (tagged ``CD``: "20 of the protesters", "three of them");
- the number nouns, plural or singular ("dozens", "hundreds", "thousands", "millions", "scores",
  "a dozen", "a score": WordNet noun.quantity, the large indefinite quantities);
- the collective nouns of an unorganised number of people ("a group", "a crowd", "a band", "a
  handful", "a number", "a host": WordNet noun.group, the collections of people; not organised
  bodies such as "a unit" or "a party", which act as themselves);
- the quantifiers that take a partitive "of" ("many of", "some of", "most of", "several of", "all of",
  "few of", "none of", "each of", "both of", "the rest of", "the majority of").

A noun in the "of" phrase of such a head stands in the head's place in its clause: it is the
recipient the head is the object of, the actor the head is the subject of.

Examples
--------
>>> is_quantity_word("dozens", "NNS"), is_quantity_word("group", "NN"), is_quantity_word("20", "CD")
(True, True, True)
>>> is_quantity_word("houses", "NNS"), is_quantity_word("members", "NNS")
(False, False)
"""
from __future__ import annotations

__all__ = ["QUANTITY_WORDS", "is_quantity_word", "quantity_head", "quantity_head_at", "quantified_group"]

#: Heads that count or collect a group named by their "of" phrase (see the module).
QUANTITY_WORDS = frozenset("""
dozen dozens score scores hundred hundreds thousand thousands million millions billion billions tens
handful group groups crowd crowds band bands number numbers host bunch batch couple lot lots majority
minority rest
many some most several all few none each both any
""".split())


def is_quantity_word(lower: str, tag: str) -> bool:
    """Whether a word (lower case, fine-grained tag) heads a partitive: a number or a listed head."""
    return tag == "CD" or lower in QUANTITY_WORDS


def quantity_head(tok):
    """The quantity head whose "of" phrase the noun ``tok`` is ("dozens" for "students" in "dozens of
    students"), or None.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["dozens", "of", "students"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
    ...           tags=["NNS", "IN", "NNS"])
    >>> quantity_head(doc[2]).text, quantity_head(doc[0])
    ('dozens', None)
    """
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.lower() != "of" or prep.head.i == prep.i:
        return None
    head = prep.head
    return head if is_quantity_word(head.text.lower(), head.tag_) else None


def quantity_head_at(t, i: int) -> int | None:
    """:func:`quantity_head` on a token table: the index of the head, or None."""
    p = t.head[i]
    if t.dep[i] != "pobj" or p == i or t.dep[p] != "prep" or t.lower[p] != "of" or t.head[p] == p:
        return None
    h = t.head[p]
    return h if is_quantity_word(t.lower[h], t.tag[h]) else None


def quantified_group(tok):
    """The group noun a quantity head ``tok`` counts ("students" for "dozens" in "dozens of
    students"), or None when ``tok`` is no quantity head.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["many", "of", "the", "prisoners"], heads=[0, 0, 3, 1],
    ...           deps=["ROOT", "prep", "det", "pobj"], tags=["JJ", "IN", "DT", "NNS"])
    >>> quantified_group(doc[0]).text, quantified_group(doc[3])
    ('prisoners', None)
    """
    if not is_quantity_word(tok.text.lower(), tok.tag_):
        return None
    return next((o for p in tok.children if p.dep_ == "prep" and p.text.lower() == "of"
                 for o in p.children if o.dep_ == "pobj"), None)
