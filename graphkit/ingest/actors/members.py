"""Who a plural description lists: "Other countries opposing the tax include Britain, West Germany
and Denmark".

A plural noun that is the subject of "include" (or "are", "were" before a list: "the countries
concerned are Britain and France") with named actors for object refers to the actors listed:
the sentence says who they are. The noun must name parties -- polities, bodies, groups or people
("countries", "critics", "members") -- not things ("candidacies to take over CGCT include Siemens":
a bid stands for its bidder, but the list is of bids). Events told of the description ("countries opposing the tax") are
then events of each actor listed. Only when the first object of the list is an actor, so "exports
include cars and Japan" (a thing first) lists nothing.
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.words import word_list

__all__ = ["listed_members"]

#: Nouns of polities (the plural descriptions coreference reads: "the two countries").
_POLITIES = frozenset({"country", "countries", "nation", "nations", "state", "states", "government", "governments"})

#: Verbs that list the members of their subject.
_LISTING = frozenset({"include", "includes", "included", "including", "are", "were"})


def _names_parties(tok) -> bool:
    """Whether the plural noun ``tok`` names parties: polities, bodies, organised groups or people."""
    low, lemma = tok.text.lower(), (tok.lemma_ or tok.text).lower()
    return (low in _POLITIES or lemma in _POLITIES or lemma in word_list("organisation_nouns")
            or lemma in word_list("group_nouns") or low in word_list("group_nouns") or is_person_noun(low))


def listed_members(tok, names: dict[int, str]) -> list[str] | None:
    """The actors a plural noun ``tok`` is said to be, or None.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A common noun.
    names : dict
        Token index -> actor id of the names found in the document.

    Returns
    -------
    list of str or None
        The actor ids listed as the object of ``tok``'s listing verb, in order, when ``tok`` is its
        plural subject and the list opens with an actor; else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Critics", "include", "Britain", "and", "France"],
    ...           heads=[1, 1, 1, 2, 2], deps=["nsubj", "ROOT", "dobj", "cc", "conj"],
    ...           tags=["NNS", "VBP", "NNP", "CC", "NNP"])
    >>> listed_members(doc[0], {2: "gbr", 4: "fra"})
    ['gbr', 'fra']
    >>> listed_members(doc[0], {4: "fra"}) is None
    True
    >>> doc = Doc(Vocab(), words=["Bids", "include", "Britain", "and", "France"],
    ...           heads=[1, 1, 1, 2, 2], deps=["nsubj", "ROOT", "dobj", "cc", "conj"],
    ...           tags=["NNS", "VBP", "NNP", "CC", "NNP"])
    >>> listed_members(doc[0], {2: "gbr", 4: "fra"}) is None
    True
    """
    verb = tok.head
    if tok.dep_ != "nsubj" or tok.tag_ != "NNS" or verb.text.lower() not in _LISTING or not _names_parties(tok):
        return None
    obj_dep = "attr" if verb.text.lower() in ("are", "were") else "dobj"
    obj = next((c for c in verb.children if c.dep_ == obj_dep), None)
    if obj is None or obj.i not in names:
        return None
    out: list[str] = []
    for x in (obj, *obj.conjuncts):
        aid = names.get(x.i)
        if aid is not None and aid not in out:
            out.append(aid)
    return out
