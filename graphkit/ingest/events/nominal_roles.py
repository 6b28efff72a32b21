"""Who does and who undergoes an act named by a noun, when the noun's own words say it in news style.

News tells many acts by nouns and names their doer by an adjective of nationality rather than by a
name: "the Soviet invasion of Afghanistan", "Iraqi attacks on Iranian shipping", "the Iraqi bombing of
the terminal". Two general facts of English are read here:

* a demonym modifying an event noun names the country that does the act when another phrase of
  the noun names its patient -- "on", "against" or, for an act done to something, "of" ("the Soviet
  invasion of Afghanistan": Afghanistan is invaded, so the Soviet Union invades); the country must be
  an actor of the article (:func:`modifier_actor`);
* "by" names the agent of an act even when the parser hangs it on the act's "of" object: in "the
  expulsion of two Soviet diplomats by Britain" Britain expels, it is no property of the diplomats
  (:func:`misplaced_agents`). Only when the "of" object is a party (people are not made "by" anyone,
  unlike "a report by the ministry").

The same adjective on the patient names whom the act is done to ("attacks on Iranian shipping",
:func:`graphkit.ingest.events.patients.patient_nations`); an act told as one that may come ("any
Iranian attack") has no doer (:func:`hypothetical`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Soviet", "invasion"], heads=[1, 1], deps=["amod", "ROOT"])
>>> class Actor:
...     kind, code = "country", "SUN"
>>> class Layer:
...     actors = {"ussr": Actor()}
...     def at(self, i):
...         return None
>>> modifier_actor(doc[0], doc[1], Layer())
'ussr'
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.receipt import OBTAIN_VERBS
from graphkit.ingest.events.reception import UNDERGO_VERBS
from graphkit.ingest.events.roles import np_actors, prep_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["modifier_actor", "patient_objects", "misplaced_agents", "hypothetical", "undergone_authors", "DOER_OF",
           "INTRANSITIVE_ACTS"]

#: Nouns of acts without an object: their "of" phrase names the doer ("the resignation of Y",
#: "the departure of the troops"), where that of a transitive act names its patient ("the arrest of Y").
INTRANSITIVE_ACTS = frozenset({"resignation", "departure", "visit", "surrender", "defection", "walkout",
                               "retirement", "abdication", "withdrawal", "arrival", "return", "retreat",
                               "pullout", "exit"})
#: Nouns of an act whose "of" phrase names its doer, not its patient: "the resignation of Nakasone",
#: "the visit of the Pope", "the withdrawal of troops"; also the gatherings, fights and protests one
#: takes part in ("the strike of the miners", "the summit of the seven").
DOER_OF = INTRANSITIVE_ACTS | frozenset({
    "strike", "protest", "demonstration", "march", "rally", "meeting", "talk", "trip", "tour", "mission",
    "campaign", "offensive", "war", "fight", "clash", "collapse", "victory", "uprising", "revolt", "rebellion",
    "mutiny", "riot", "summit", "conference", "session", "gathering", "congress", "convention", "assembly",
    "negotiation", "consultation"})
#: Verbs whose object act comes from the party of their "from"/"by" phrase: undergoing ("faced
#: criticism from X") and obtaining ("obtained promises from X").
_GETTING = UNDERGO_VERBS | OBTAIN_VERBS
#: Prepositions that name the patient of an act ("attacks on X", "sanctions against Y").
_PATIENT = frozenset({"on", "against", "upon", "into"})


def modifier_actor(mod, noun, layer) -> str | None:
    """The actor modifier ``mod`` of ``noun`` names: its own actor unless that actor spans the noun too
    (a misread name, "U.S. Raids"), else, for an adjective of nationality ("Soviet", "Iraqi"), the
    country actor of the article with that country's code (the actor stage may give "Iraqi attacks"
    to Iraq as a whole: the adjective names the country all the same).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iraqi", "attacks"], heads=[1, 1], deps=["amod", "ROOT"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return None
    >>> modifier_actor(doc[0], doc[1], Layer()) is None  # no Iraq in the article: nobody to name
    True
    """
    if (aid := layer.at(mod.i)) is not None:
        return aid if aid != layer.at(noun.i) else None
    if mod.dep_ not in ("amod", "compound") or not (code := demonym_code(mod.text)):
        return None
    found = [aid for aid, a in layer.actors.items() if a.kind == "country" and a.code == code]
    return found[0] if len(found) == 1 else None


def patient_objects(noun) -> list:
    """The objects of the prepositions of event noun ``noun`` that name its patient: "on", "against",
    and "of" unless the noun's "of" names its doer (see ``DOER_OF``).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["invasion", "of", "Afghanistan"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], lemmas=["invasion", "of", "Afghanistan"])
    >>> [t.text for t in patient_objects(doc[0])]
    ['Afghanistan']
    >>> doc = Doc(Vocab(), words=["resignation", "of", "Nakasone"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], lemmas=["resignation", "of", "Nakasone"])
    >>> patient_objects(doc[0])
    []
    """
    preps = _PATIENT if _lemma(noun) in DOER_OF else _PATIENT | {"of"}
    return [o for p in noun.children if p.dep_ == "prep" and p.text.lower() in preps
            for o in p.children if o.dep_ == "pobj"]


def misplaced_agents(noun, layer) -> list[str]:
    """The agent of event noun ``noun`` named by a "by" phrase the parser hung on the party of its
    "of" phrase: "the expulsion of two diplomats by Britain", "the arrest of students by police".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["expulsion", "of", "diplomats", "by", "Britain"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 3], deps=["ROOT", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["expulsion", "of", "diplomat", "by", "Britain"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {2: "soviet-diplomats", 4: "britain"}.get(i)
    >>> misplaced_agents(doc[0], Layer())
    ['britain']
    """
    if _lemma(noun) in DOER_OF:
        return []
    out: list[str] = []
    for o in (o for p in noun.children if p.dep_ == "prep" and p.text.lower() == "of"
              for o in p.children if o.dep_ == "pobj"):
        if not np_actors(o, layer):
            continue  # "a report by the ministry": a thing made by its author, no party acted upon
        out += [a for b in o.children if b.dep_ == "prep" and b.text.lower() == "by"
                for x in b.children if x.dep_ == "pobj" for a in np_actors(x, layer)]
    return list(dict.fromkeys(out))


def hypothetical(noun, words) -> bool:
    """Whether event noun ``noun`` is told as an act that may or may not come, by a determiner or
    adjective among ``words``: "any Iranian attack on Soviet ships will bring a response" names no
    attack, so no one does what it would cause.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["any", "attack"], heads=[1, 1], deps=["det", "ROOT"])
    >>> hypothetical(doc[1], {"any", "possible"})
    True
    >>> doc = Doc(Vocab(), words=["the", "attack"], heads=[1, 1], deps=["det", "ROOT"])
    >>> hypothetical(doc[1], {"any", "possible"})
    False
    """
    return any(m.dep_ in ("det", "amod") and m.text.lower() in words for m in noun.children)


#: Verbs that with "under" tell an act undergone ("came under fire from X", "is under pressure from X").
_UNDER_VERBS = frozenset({"come", "be", "remain", "fall"})


def undergone_authors(noun, layer) -> list[str]:
    """The authors of the act ``noun`` names when a verb of undergoing takes it and the parser hangs
    its "from" or "by" phrase on that verb: in "Blair faced criticism from Howard", "Japan drew
    criticism from the U.S.", "came under fire from MPs" the "from" phrase says whose act it is,
    whichever word it hangs on; so does that of a verb of obtaining ("obtained promises from Japan").

    Parameters
    ----------
    noun : Token
        An event noun ("criticism", "condemnation", "fire").
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of str
        Actor ids, none that the verb's subject (who undergoes the act) names.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "drew", "criticism", "from", "Washington"], heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Japan", "draw", "criticism", "from", "Washington"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "jpn", 4: "usa"}.get(i)
    >>> undergone_authors(doc[2], Layer())
    ['usa']
    """
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and _lemma(head) in _GETTING:
        verb = head
    elif (noun.dep_ == "pobj" and head.text.lower() == "under" and head.head.pos_ in ("VERB", "AUX")
          and _lemma(head.head) in _UNDER_VERBS):
        verb = head.head
    else:
        return []
    undergoers = {a for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)}
    return [a for a in prep_actors(verb, layer, {"from", "by"}) if a not in undergoers]
