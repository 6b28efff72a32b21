"""Organisations the article itself calls a company.

News names a firm once and then refers to it by what it is: "Scandinavian Airlines Systems, SAS, said it
will improve cabin service ... The company also said it will simplify timetables". When the actor stage ties
such a definite description ("the company", "the firm", "the airline": a noun of
``data/words/firm_nouns.txt``, WordNet 3.0 company.n.01 and its kind) to an organisation, the writer has
said that the organisation is a firm, as an apposition ("FECSA, the electricity company") does
(:func:`graphkit.ingest.events.enterprise.described_firms`). Its plans and dealings are then business: what
it says it will do for its customers is no promise to a party, and its offers for shares are no political
offer. Organisations with an actor code (a state's bodies, bodies of states) are never turned into firms.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.models import Actor
>>> doc = Doc(Vocab(), words=["The", "company", "said", "it", "will", "grow"], heads=[1, 2, 2, 5, 5, 2],
...           deps=["det", "nsubj", "ROOT", "nsubj", "aux", "ccomp"],
...           pos=["DET", "NOUN", "VERB", "PRON", "AUX", "VERB"],
...           lemmas=["the", "company", "say", "it", "will", "grow"])
>>> sorted(firms_referred(doc, {1: "sas"}, {"sas": Actor(id="sas", name="SAS", kind="organization")}))
['sas']
"""
from __future__ import annotations

from collections.abc import Mapping

from graphkit.ingest.words import word_list
from graphkit.models import Actor

__all__ = ["firms_referred"]

#: Determiners of a definite description that refers back to a party named before.
_DEFINITE = frozenset({"the", "this", "that"})


def firms_referred(doc, token_actor: Mapping[int, str], actors: Mapping[str, Actor]) -> set[str]:
    """The organisations of ``actors`` (without an actor code) that a definite description headed by a
    company noun stands for in ``doc`` ("the company", tied to its organisation in ``token_actor``).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article.
    token_actor : Mapping of int to str
        The actor each token stands for (the actor stage's result, after coreference).
    actors : Mapping of str to Actor
        The article's actors by id.

    Returns
    -------
    set of str
        The ids of the organisations so described.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "company", "said"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
    ...           pos=["DET", "NOUN", "VERB"], lemmas=["a", "company", "say"])
    >>> firms_referred(doc, {1: "x"}, {"x": Actor(id="x", name="X", kind="organization")})  # no description
    set()
    """
    nouns = word_list("firm_nouns")
    out = set()
    for i, aid in token_actor.items():
        actor = actors.get(aid)
        if actor is None or actor.kind != "organization" or actor.code or i >= len(doc):
            continue
        tok = doc[i]
        if tok.pos_ != "NOUN" or (tok.lemma_ or tok.text).lower() not in nouns or tok.dep_ == "compound":
            continue
        if any(c.dep_ == "det" and c.text.lower() in _DEFINITE for c in tok.children) and not any(
                c.pos_ == "PROPN" for c in tok.children):
            out.add(aid)
    return out
