"""Demands without a demanding verb: "X said Y must/should/has to ...".

A reporting verb whose clause says what another party must or should do reports a demand on
that party ("said the US must allocate more funds"): :mod:`graphkit.ingest.events.triggers`
makes it a REQUEST candidate. Not every such clause demands: "earnings should rise" forecasts,
"X will have to ..." is a forecast too, and "Y needs 120 mln dlrs" is a need of a thing. The
clause's subject must be a party that can be asked to act.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["X", "said", "Israel", "must", "withdraw"], heads=[1, 1, 4, 4, 1],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["X", "say", "Israel", "must", "withdraw"])
>>> class Layer:
...     def at(self, i):
...         return "isr" if i == 2 else None
>>> demand_modal(doc[4], Layer()).text
'must'
"""
from __future__ import annotations

from spacy.tokens import Token

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.words import word_list

__all__ = ["DEMAND_SPEECH", "demand_modal", "forecast"]

#: Verbs after which "X must/should ..." is a demand on X ("said the US must allocate ...").
DEMAND_SPEECH = word_list("reporting_verbs")
#: What "X should ..." forecasts rather than demands: "earnings should rise" (without an
#: object), "it should post a profit".
_FORECAST_CHANGE = frozenset({"be", "rise", "fall", "increase", "decrease", "decline", "grow", "gain", "drop",
                              "improve", "recover", "rebound", "climb", "slip", "soar", "plunge", "jump"})
_FORECAST = frozenset({"post", "report", "earn", "see", "experience", "exceed", "total", "top", "average",
                       "benefit", "record", "achieve", "generate", "produce", "result", "prove", "mean",
                       "contribute", "affect"})
#: Auxiliaries that make "X (will) have to ..." a forecast rather than a demand.
_HEDGES = frozenset({"will", "would", "'ll", "may", "might", "could", "can", "wo"})


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def demand_modal(clause: Token, layer) -> Token | None:
    """The token that makes the reported ``clause`` a demand on its subject ("must", "should", "ought
    to", or the verb of "has to"/"needs to"), or None: a forecast ("earnings should rise", "X will have
    to ..."), a need of a thing ("Y needs 120 mln dlrs to repair the pipeline", "Y has the right
    to ...": the verb's own object is what Y needs or has), or a subject no one can ask.

    Parameters
    ----------
    clause : spacy.tokens.Token
        The head of the clausal complement of a reporting verb.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    spacy.tokens.Token or None
        The modal (or the "have"/"need" verb); None when the clause demands nothing.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["earnings", "should", "rise"], heads=[2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT"], lemmas=["earning", "should", "rise"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return None
    >>> demand_modal(doc[2], Layer()) is None
    True
    """
    modal: Token | None = next((a for a in clause.children if a.dep_ == "aux"
                                and a.text.lower() in ("must", "should", "ought")), None)
    # "X ought to ...": the parser makes "ought" the clause's head, as it makes "has" of "has to"
    if modal is None and (_lemma(clause) in ("have", "need") or clause.text.lower() == "ought") and any(
            x.dep_ == "xcomp" for x in clause.children) and not any(
            x.dep_ == "dobj" for x in clause.children) and not any(
            (a.dep_ == "aux" and a.text.lower() in _HEDGES) or (
                a.dep_ == "advmod" and a.text.lower() == "yet") for a in clause.children):
        modal = clause  # "X must/has to ...", but "X will/may have to ..." is a forecast
    content = next((x for x in clause.children if x.dep_ == "xcomp"), clause) if modal is clause else clause
    if forecast(content):
        return None  # "earnings should rise": a forecast, not a demand
    if modal is not None and any(s.dep_ == "nsubj" and _agent_subject(s, layer) for s in clause.children):
        return modal
    return None


def forecast(verb: Token) -> bool:
    """Whether "should/must ``verb``" forecasts rather than demands: a change without an object
    ("earnings should rise", "it should be"), or a result ("it should post a profit").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["profits", "should", "rise"], heads=[2, 2, 2], deps=["nsubj", "aux", "ROOT"],
    ...           lemmas=["profit", "should", "rise"])
    >>> forecast(doc[2])
    True
    """
    return _lemma(verb) in _FORECAST or (_lemma(verb) in _FORECAST_CHANGE and not any(
        x.dep_ == "dobj" for x in verb.children))


def _agent_subject(subj: Token, layer) -> bool:
    """Whether a subject names an actor that can be asked to act: an actor itself ("Israel",
    "Israel and Hamas"), or people or a body of an actor ("Non-OPEC countries", "Israeli troops");
    not a thing of an actor's ("Australia's economy", "U.S. commodity markets")."""
    if any(layer.at(x.i) for x in (subj, *subj.conjuncts)):
        return True
    head = _lemma(subj)
    return bool(np_actors(subj, layer)) and (is_person_noun(head) or head in word_list("organisation_nouns"))
