"""Denials: saying a party's charge or claim is false rejects it (PLOVER REJECT).

"Japan said the U.S. charges were unfounded", "Iran called the American accusations a fabrication",
"Kuwait described Iran's claims as baseless": a speaker who calls the charge, claim or report of another
party false answers that party and turns it down, as denying or dismissing it does (the lexicon's "denied
U.S. charges"). The charge is a noun of ``data/words/claim_nouns.txt`` whose owner is an actor (a possessive,
a compound, a country adjective, or a "by"/"from" phrase: "charges by Iran"); the falsity is said by a word of
``data/words/falsity_words.txt`` (WordNet 3.0: false, untrue, baseless, unfounded; lie, fabrication) as the
predicate of the charge in a reported clause ("said ... were baseless", "... are lies, X said") or as what a
verb of naming makes of it ("called ... a lie", "described ... as groundless"). A charge nobody owns ("rumours
were baseless") rejects no one, and a party denying its own side's claims answers no other party. A claim
or report that is no charge ("U.S. claims were false") is criticized (ACCUSE), as the said-clause judgements
of :mod:`graphkit.ingest.events.judgements` code it.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.actors.find import ActorLayer
>>> words = ["Japan", "said", "U.S.", "charges", "were", "unfounded"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 4, 1, 4],
...           deps=["nsubj", "ROOT", "compound", "nsubj", "ccomp", "acomp"],
...           pos=["PROPN", "VERB", "PROPN", "NOUN", "AUX", "ADJ"],
...           lemmas=["Japan", "say", "U.S.", "charge", "be", "unfounded"])
>>> layer = ActorLayer(token_actor={0: "jpn", 2: "usa"})
>>> [(c.trig.type, c.head.text, c.extra["recipients"]) for c in denials(doc, layer)]
[('REJECT', 'said', ['usa'])]
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.implied import country_actor
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.words import word_list

__all__ = ["charge_owners", "denials"]

#: Verbs of naming that say what their object is ("called the charges a lie", "described them as baseless";
#: WordNet 3.0 call.v.01 "assign a specified name to", describe.v.02, term, label.v.01, brand.v.02).
_NAMING = frozenset({"call", "describe", "term", "label", "brand", "characterize", "characterise"})
#: Prepositions that name a charge's author.
_AUTHOR_PREPS = frozenset({"by", "from"})
_DENIED = Trigger("REJECT", None, "rejected")
#: Another claim or report called false is criticized, as :mod:`graphkit.ingest.events.judgements` codes it
#: ("said Y's figures were inaccurate": ACCUSE), so that one clause gives one event.
_REBUTTED = Trigger("ACCUSE", None, "criticized")


def charge_owners(noun, layer) -> list[str]:
    """The actors whose charge, claim or report ``noun`` is: an actor in its possessive or compound, the
    country of its country adjective ("Iranian charges"), or an actor of its "by"/"from" phrase.

    Parameters
    ----------
    noun : Token
        A noun of ``claim_nouns``.
    layer : ActorLayer
        The actor stage's result; a country actor is added when a country adjective names one it lacks.

    Returns
    -------
    list of str
        Actor ids; empty when the noun is not a charge or names no author.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> doc = Doc(Vocab(), words=["Iranian", "charges"], heads=[1, 1], deps=["amod", "ROOT"],
    ...           lemmas=["Iranian", "charge"])
    >>> layer = ActorLayer()
    >>> [layer.actors[a].code for a in charge_owners(doc[1], layer)]
    ['IRN']
    """
    if lemma_of(noun) not in word_list("claim_nouns"):
        return []
    out: list[str] = []
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod"):
            if layer.at(c.i):
                out += [a for a in np_actors(c, layer) if a not in out]
            elif c.dep_ == "amod" and (code := demonym_code(c.text)):
                out.append(country_actor(code, None, layer))
        elif c.dep_ == "prep" and c.text.lower() in _AUTHOR_PREPS:
            out += [a for p in c.children if p.dep_ == "pobj" for a in np_actors(p, layer) if a not in out]
    return out


def _false(tok) -> bool:
    return lemma_of(tok) in word_list("falsity_words") or tok.text.lower() in word_list("falsity_words")


def _reporter(copula):
    """The reporting verb whose clause copula ``copula`` is ("said the charges were false"), or that
    reports it after it ("the charges are lies, Iran said"); None when none reports it."""
    reporting = word_list("reporting_verbs")
    if copula.dep_ == "ccomp" and lemma_of(copula.head) in reporting:
        return copula.head
    return next((c for c in copula.children if c.dep_ in ("parataxis", "ccomp") and lemma_of(c) in reporting
                 and c.i > copula.i), None)


def _denied(tok):
    """The (speaking verb, charge noun) pair that ``tok`` heads when it calls a charge false, else None."""
    if lemma_of(tok) == "be":
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        pred = [c for c in tok.children if c.dep_ in ("acomp", "attr")]
        speaker = _reporter(tok)
        if subj is not None and speaker is not None and any(_false(p) for p in pred):
            return speaker, subj
    elif lemma_of(tok) in _NAMING:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        said = [c for c in tok.children if c.dep_ in ("oprd", "xcomp")]
        said += [p for c in tok.children if c.dep_ == "prep" and c.text.lower() == "as"
                 for p in c.children if p.dep_ in ("pobj", "amod", "acomp")]
        if obj is not None and any(_false(p) for p in said):
            return tok, obj
    return None


def denials(doc, layer) -> list[Candidate]:
    """A rejection (kind ``"appraisal"``: the speaker's act, aimed at the charge's owners) for each clause
    that calls another party's charge false (see the module).

    Parameters
    ----------
    doc : Doc
        The parsed article.
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of Candidate

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> words = ["Iran", "called", "Iraq", "'s", "claims", "lies"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 2, 1, 1],
    ...           deps=["nsubj", "ROOT", "poss", "case", "dobj", "oprd"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "NOUN"],
    ...           lemmas=["Iran", "call", "Iraq", "'s", "claim", "lie"])
    >>> [c.extra["recipients"] for c in denials(doc, ActorLayer(token_actor={0: "irn", 2: "irq"}))]
    [['irq']]
    """
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX", "") or (found := _denied(tok)) is None:
            continue
        speaker, charge = found
        owners = charge_owners(charge, layer)
        speakers = subject_actors(speaker, layer)
        if owners and speakers and not set(owners) & own_side(speakers, layer):
            trig = _DENIED if lemma_of(charge) in word_list("accusation_nouns") else _REBUTTED
            out.append(Candidate(trig, speaker, min(speaker, tok, key=lambda t: t.i),
                                 max(speaker, tok, key=lambda t: t.i), "appraisal", extra={"recipients": owners}))
    return out
