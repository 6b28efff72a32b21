"""Things told as the doers of verbal conflict: blame laid on a thing, a thing that threatens.

**Blame laid on a thing** tells a cause and reproaches no party.

"Blame" reproaches a party ("Palestinians blamed Israel for the bombing", "blamed the government's
policies"), but business and economic news uses it as often to give a cause: "Compass's Gallant
blames the falloff on declines in coffee quality", "He also blamed inflation fears, rising interest
rates and a lower dollar". What is blamed is the "on" object of "blame X on Y", else the direct
object; when that is a common noun of a thing -- no name, pronoun, person, body or group, no
possessor ("their speculation" is a party's act) and no actor in its phrase -- and the act has no
recipient, the speaker explains an outcome and reproaches
no one: there is no ACCUSE (CAMEO 01, a statement).

**A thing that threatens** endangers: "threaten" with a thing or an act as its subject ("the ban had
threatened food shortages", "the U.S. imposition of tariffs threatening to unravel this spirit of
cooperation", "a trade bill that threatens jobs") is WordNet's threaten.v.02/.03 "to be a menacing
indication of", "pose a threat to"; only a party utters a threat (threaten.v.01): no THREATEN
(:func:`endangers`); but a condition makes it an ultimatum, which only a party issues ("the Senate bill
threatens sanctions against Japan unless it opens its markets"). A thing is an act or a measure (an event
noun, a plan, a law), whoever's it is, or another common noun with no actor or name in its phrase
("al-Qaeda's terror network" may be the party).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["He", "blamed", "the", "fall", "on", "declines"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 4],
...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
...           pos=["PRON", "VERB", "DET", "NOUN", "ADP", "NOUN"],
...           lemmas=["he", "blame", "the", "fall", "on", "decline"])
>>> class Layer:
...     def at(self, i):
...         return None
>>> blames_a_thing(doc[1], [], Layer())
True
>>> blames_a_thing(doc[1], ["x"], Layer())
False
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.triggers import lemma_of, verb_lemma
from graphkit.ingest.words import word_list

__all__ = ["BLAMING_VERBS", "ENDANGERING_VERBS", "blames_a_thing", "endangers", "names_a_party"]

#: Verbs that lay blame on a cause as well as on a party (WordNet 3.0 blame.v.01 "put or pin the blame
#: on"; its "blame X on Y" frame names the cause).
BLAMING_VERBS = frozenset({"blame"})
#: Verbs of threatening that also mean to endanger when a thing is their subject (WordNet 3.0 threaten.v.02,
#: threaten.v.03; menace.v.02 "pose a threat to").
ENDANGERING_VERBS = frozenset({"threaten", "menace"})
#: Lists of common nouns that name parties, not things (WordNet-grown; see their headers).
_PARTY_LISTS = ("person_nouns", "organisation_nouns", "body_nouns", "group_nouns", "class_people")


def names_a_party(noun) -> bool:
    """Whether ``noun`` can name a party: a name, a pronoun, or a noun of persons, bodies or groups.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["union", "ban"], pos=["NOUN", "NOUN"], lemmas=["union", "ban"])
    >>> names_a_party(doc[0]), names_a_party(doc[1])
    (True, False)
    """
    if noun.pos_ in ("PROPN", "PRON") or noun.tag_ in ("NNP", "NNPS", "PRP"):
        return True
    low = lemma_of(noun)
    return any(low in word_list(name) or noun.text.lower() in word_list(name) for name in _PARTY_LISTS)


def _blamed(verb):
    """What ``verb`` lays the blame on: the object of its "on" phrase, else its direct object."""
    for p in verb.children:
        if p.dep_ == "prep" and p.text.lower() == "on":
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if objs:
                return objs[0]
    objs = [o for o in verb.children if o.dep_ == "dobj"]
    return objs[0] if objs else None


def blames_a_thing(verb, recipients: list[str], layer) -> bool:
    """Whether ``verb`` (a verb of :data:`BLAMING_VERBS` with ``recipients`` read by the roles) lays
    the blame on a thing and on no party (see the module); ``layer.at(i)`` is the actor at token ``i``.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["They", "blamed", "the", "minister"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], pos=["PRON", "VERB", "DET", "NOUN"],
    ...           lemmas=["they", "blame", "the", "minister"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return None
    >>> blames_a_thing(doc[1], [], Layer())
    False
    """
    if recipients or verb_lemma(verb) not in BLAMING_VERBS:
        return False
    if verb.dep_ == "relcl":
        return False  # "the workers that the union has blamed": the antecedent, which the parse may misplace
    blamed = _blamed(verb)
    if blamed is None or names_a_party(blamed) or any(c.dep_ == "poss" for c in blamed.children):
        return False  # "blaming their speculation": a party's act
    heads = [blamed, *(c for c in blamed.children if c.dep_ == "conj")]
    if any(names_a_party(h) for h in heads):
        return False
    return not any(layer.at(t.i) for t in blamed.subtree)


def _doer(verb):
    """The subject of ``verb``: its "by" agent in the passive, the noun a participle modifies, else its
    nominal subject; None when it has none."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)
    if subj is None and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        return verb.head  # "the imposition of tariffs threatening to unravel ..."
    return subj


def endangers(verb, token_actor: dict[int, str]) -> bool:
    """Whether ``verb`` (a verb of :data:`ENDANGERING_VERBS`) has a thing or an act as its subject, not a
    party (see the module); ``token_actor`` maps token indices to actor ids.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["The", "ban", "threatened", "shortages"], heads=[1, 2, 2, 2],
    ...           deps=["det", "nsubj", "ROOT", "dobj"], pos=["DET", "NOUN", "VERB", "NOUN"],
    ...           lemmas=["the", "ban", "threaten", "shortage"])
    >>> endangers(doc[2], {}), endangers(doc[2], {1: "ban-party"})
    (True, False)
    >>> doc = Doc(Vocab(), words=["The", "bill", "threatens", "sanctions", "unless", "Japan", "yields"],
    ...           heads=[1, 2, 2, 2, 6, 6, 2], deps=["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"],
    ...           pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "PROPN", "VERB"],
    ...           lemmas=["the", "bill", "threaten", "sanction", "unless", "Japan", "yield"])
    >>> endangers(doc[2], {})
    False
    """
    if verb_lemma(verb) not in ENDANGERING_VERBS or _ultimatum(verb):
        return False
    doer = _doer(verb)
    if doer is None or doer.pos_ != "NOUN" or names_a_party(doer) or token_actor.get(doer.i) or doer.ent_type_:
        return False
    if _act_or_measure(doer):
        return True  # "the U.S. imposition of tariffs threatening ...": an act, whoever did it
    # "al-Qaeda's terror network has threatened": a thing named with an actor may be the actor itself
    return not any(token_actor.get(t.i) or t.pos_ == "PROPN" for t in doer.subtree)


#: Conjunctions of the condition of an ultimatum: "threatens sanctions unless it opens its markets".
_CONDITIONS = frozenset({"unless", "if"})


def _ultimatum(verb) -> bool:
    """Whether ``verb`` sets a condition ("the Senate bill threatens sanctions against Japan unless it opens
    its markets"): only a party issues an ultimatum (threaten.v.01), so its subject speaks for its author."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in _CONDITIONS for m in c.children)
               for c in verb.children)


def _act_or_measure(noun) -> bool:
    """Whether ``noun`` names an act (an event noun of the lexicon) or a measure, plan or law
    (``class_policy``, ``class_plan``)."""
    low = lemma_of(noun)
    return low in load_lexicon()["N"] or low in word_list("class_policy") or low in word_list("class_plan")
