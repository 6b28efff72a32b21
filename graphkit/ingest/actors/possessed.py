"""Groups a country owns by the possessive: "Brazil's 40,000 seamen", "Britain's miners".

English ties people to their country with the possessive as it does with a demonym: "Brazil's seamen"
are the Brazilian seamen, "Britain's farmers" the British farmers. Such people are a group of the
country (its labour, its business, its farmers), not the state acting: when Brazil's seamen strike,
Brazil does not. Only the state's own people act for it: its officials, envoys and forces
(``SOURCE_NOUNS``, and nouns of a government, military, police, legislative or judicial sector), so
"Japan's negotiators" stay Japan. A plural noun for people or bodies
(:func:`~graphkit.ingest.actors.bodies.is_group_head`) owned by a country the article names, with no other
modifier than a number or a quantity ("40,000"), is a group of that country named by the phrase; a
classifying modifier ("Japan's opposition parties", "Britain's coal miners") is left to
:func:`~graphkit.ingest.actors.bodies.find_body`. The same holds for a demonym alone before such a noun
("Spanish farmers": a group of Spain, not Spain), unless a people is named by it ("Palestinian
civilians" are Palestinians) or the noun is the state's ("Israeli troops").

Examples
--------
>>> is_owned_people("seamen", "seaman"), is_owned_people("officials", "official")
(True, False)
>>> is_owned_people("troops", "troop"), is_owned_people("countries", "country")
(False, False)
"""
from __future__ import annotations

from collections.abc import Sequence

from graphkit.ingest.actors.bodies import country_at, is_group_head
from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.actors.sectors import noun_sector
from graphkit.ingest.actors.titles import SOURCE_NOUNS

__all__ = ["is_owned_people", "possessed_group"]

#: Sectors of the state's own people: they act for the country that owns them.
_STATE = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
#: Dependents a possessed group may have besides its owner: determiners, numbers, quantities.
_QUANTITY_DEPS = frozenset({"nummod", "quantmod", "predet", "advmod", "case", "punct"})


def is_owned_people(word: str, lemma: str) -> bool:
    """Whether the plural ``word`` (lemma ``lemma``) names people or bodies who, owned by a country,
    are a group of it rather than the state's own agents.

    Examples
    --------
    >>> is_owned_people("farmers", "farmer"), is_owned_people("diplomats", "diplomat")
    (True, False)
    """
    low = word.lower()
    if low in SOURCE_NOUNS or noun_sector(low) in _STATE or noun_sector(lemma.lower()) in _STATE:
        return False
    return is_group_head(low, lemma.lower())


def possessed_group(b, i: int, lemma: str, demonyms: Sequence[int] = ()) -> bool:
    """Map the plural noun at ``i`` (lemma ``lemma``) owned by a country ("Brazil's seamen"), or named with
    the one demonym at ``demonyms`` ("Spanish farmers"), to a group of that country in builder ``b``; True
    when it did.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.actors.find import find_actors
    >>> from graphkit.models import Article
    >>> doc = Doc(Vocab(), words=["Brazil", "'s", "seamen", "struck"], heads=[2, 0, 3, 3],
    ...           deps=["poss", "case", "nsubj", "ROOT"], pos=["PROPN", "PART", "NOUN", "VERB"],
    ...           tags=["NNP", "POS", "NNS", "VBD"], ents=["B-GPE", "O", "O", "O"],
    ...           lemmas=["Brazil", "'s", "seaman", "strike"])
    >>> layer = find_actors(doc, Article(id="a", text=doc.text))
    >>> [(a.name, a.affiliations) for a in layer.actors.values() if a.kind == "group"]
    [("Brazil's seamen", ['brazil'])]
    """
    t = b.table
    if t.tag[i] not in ("NNS", "NNPS") or not t.text[i].islower() or not is_owned_people(
            t.text[i], lemma or t.lower[i]):
        return False
    owners = [c for c in t.children(i) if t.dep[c] == "poss"]
    if not owners and len(demonyms) == 1:
        return _demonym_group(b, i, demonyms[0])
    if len(owners) != 1 or demonyms or any(t.dep[c] not in _QUANTITY_DEPS and c not in owners and c < i
                                           for c in t.children(i)):
        return False
    x = b.tok_cluster.get(owners[0])
    if x is None or x.kind != "country" or not x.code:
        return False
    start = owners[0]
    while start > 0 and b.tok_cluster.get(start - 1) is x:
        start -= 1
    _group(b, i, start, f"{t.span_text(start, owners[0] + 1)}'s {t.text[i]}", x)
    return True


def _demonym_group(b, i: int, d: int) -> bool:
    """"Spanish farmers": the demonym at ``d`` (with the rest of its name) and the noun at ``i`` alone."""
    t = b.table
    end = d + 1
    while end < i and t.ent_iob[end] == "I":
        end += 1
    if any(t.dep[c] not in _QUANTITY_DEPS and not d <= c < end and c < i for c in t.children(i)) or end != i:
        return False
    code = demonym_code(t.span_text(d, end))
    if not code:
        return False
    _group(b, i, d, " ".join(t.span_text(d, i + 1).split()), country_at(b, code, d, end))
    return True


def _group(b, i: int, start: int, name: str, country) -> None:
    """The group ``name`` of ``country`` for the noun at ``i``, mentioned from token ``start``."""
    t = b.table
    g = b.group(name, None, "group", f"{t.lower[i]}@{country.code}")
    g.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = g.id
    b.tie(g, country)
    b.ensure_id(country)
