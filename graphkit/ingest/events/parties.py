"""The parties a verb's phrases only seem to name, and reciprocal acts.

"Blair clashed with Howard over Britain's future": Britain only owns the matter in dispute
(:func:`topic_owners`); "Israel and Hamas blamed each other": each is the other's recipient
(:func:`reciprocal_object`); "Reagan defended his decision to sell arms to Iran": judging one's own
act is addressed to no one its words name (:func:`own_acts_parties`); "attacked the trade act
introduced in the U.S. Congress": judging a measure is aimed at the body it was brought in
(:func:`measure_bodies`); "discussed his country's debt problems", "discussed the crisis in trade
relations with Japan": the object of a verb whose party "with" names is its topic, and the parties
named inside it are no party to the talks (:func:`with_parties`). Used by
:mod:`graphkit.ingest.events.arguments`.
"""
from __future__ import annotations

from graphkit.ingest.actors.quantities import quantified_group
from graphkit.ingest.events.roles import np_actors, prep_actors
from graphkit.ingest.words import word_list

__all__ = ["topic_owners", "reciprocal_object", "is_reciprocal", "own_acts_parties", "measure_bodies", "TOPIC_PREPS",
           "with_parties", "topic_objects"]

#: Prepositions that name the other party of a verb of dealing ("discussed X with Y", "talks between").
_PARTY_WITH = {"with", "between"}

#: Prepositions that name what a dispute or a statement is about ("clashed over the euro").
TOPIC_PREPS = frozenset({"over", "about"})
#: Prepositions that name what talks or an accord deal with ("an agreement on traffic rights").
_DEALT_WITH = TOPIC_PREPS | {"on", "concerning", "regarding"}


def topic_objects(noun) -> list:
    """The nouns that name what the act noun ``noun`` deals with ("an agreement on traffic rights", "the
    dispute over fishing"), less the nouns of a relation (data/words/relation_nouns.txt: "talks on relations
    with China"), whose "with" names the relation's other side. The parser often hangs the partner's "with"
    phrase on such a noun ("reached an agreement on traffic rights with Japan"), though it is the act's.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["an", "agreement", "on", "rights", "with", "Japan"], heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["det", "ROOT", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["an", "agreement", "on", "right", "with", "Japan"])
    >>> [t.text for t in topic_objects(doc[1])]
    ['rights']
    """
    return [q for p in noun.children if p.dep_ == "prep" and p.text.lower() in _DEALT_WITH
            for q in p.children if q.dep_ == "pobj" and (q.lemma_ or q.text).lower() not in word_list("relation_nouns")
            and q.text.lower() not in word_list("relation_nouns")]


def topic_owners(verb, layer) -> set[str]:
    """Actors named only as owners inside what ``verb`` is about: the possessor or modifier of
    the object of "over" or "about" when that object is no actor itself.

    A dispute's parties are its subject and its "with" partner; "over Britain's future" is the
    matter in dispute, and Britain no party to it. Where no party is named besides the doer, the
    caller keeps them: "Labour hit out over Tory plans" criticises the Tories.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["clashed", "over", "Britain", "'s", "future"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 4, 2, 1], deps=["ROOT", "prep", "poss", "case", "pobj"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "uk" if i == 2 else None
    >>> topic_owners(doc[0], Layer())
    {'uk'}
    """
    out: set[str] = set()
    for p in verb.children:
        if p.dep_ == "prep" and p.text.lower() in TOPIC_PREPS:
            for o in p.children:
                if o.dep_ == "pobj" and layer.at(o.i) is None and quantified_group(o) is None:
                    out.update(np_actors(o, layer))
    return out


def is_reciprocal(tok) -> bool:
    """Whether ``tok`` heads the reciprocal pronoun "each other" or "one another"."""
    low = tok.text.lower()
    kids = {k.text.lower() for k in tok.children}
    return (low == "other" and "each" in kids) or (low == "another" and "one" in kids) or (
        low == "one" and "another" in kids)


def reciprocal_object(verb) -> bool:
    """Whether the object of ``verb``, direct or prepositional, is reciprocal ("attacked each other",
    "fought with one another"): the doers act on one another.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["blamed", "each", "other"], heads=[0, 2, 0], deps=["ROOT", "det", "dobj"])
    >>> reciprocal_object(doc[0])
    True
    >>> doc = Doc(Vocab(), words=["blamed", "each", "side"], heads=[0, 2, 0], deps=["ROOT", "det", "dobj"])
    >>> reciprocal_object(doc[0])
    False
    """
    args = [x for x in verb.children if x.dep_ in ("dobj", "dative")]
    args += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(is_reciprocal(a) for a in args)


def own_acts_parties(objects, actors: list[str], layer) -> set[str]:
    """The actors named inside those of ``objects`` that are the doers' own ("his decision to sell arms
    to Iran", "its policy towards Syria"): an object whose possessor is one of ``actors``. Judging
    one's own act is not aimed at them.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["defended", "his", "decision", "to", "Iran"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 2, 0, 2, 3], deps=["ROOT", "poss", "dobj", "prep", "pobj"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {1: "reagan", 4: "iran"}.get(i)
    >>> own_acts_parties([doc[2]], ["reagan"], Layer()), own_acts_parties([doc[2]], ["dole"], Layer())
    ({'iran'}, set())
    """
    out: set[str] = set()
    for o in objects:
        if any(a not in actors for a in np_actors(o, layer)):
            continue  # the object names another party itself: "blaming its ally Israel"
        if any(c.dep_ == "poss" and layer.at(c.i) in actors for c in o.children):
            out.update(a for t in o.subtree if t.i != o.i and (a := layer.at(t.i)) and a not in actors)
    return out


def measure_bodies(objects, layer) -> list[str]:
    """The organisations in which the measures ``objects`` were brought in, passed or taken, by a
    participle after them ("the act introduced in the U.S. Congress", "a resolution adopted in the
    Senate"): they answer for it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["act", "introduced", "in", "Congress"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "acl", "prep", "pobj"], tags=["NN", "VBN", "IN", "NNP"])
    >>> class Actor:
    ...     kind = "organization"
    >>> class Layer:
    ...     actors = {"congress": Actor()}
    ...     def at(self, i):
    ...         return {3: "congress"}.get(i)
    >>> measure_bodies([doc[0]], Layer())
    ['congress']
    """
    out: list[str] = []
    for o in objects:
        for q in (q for v in o.children if v.dep_ == "acl" and v.tag_ == "VBN" for p in v.children
                  if p.dep_ == "prep" and p.text.lower() == "in" for q in p.children if q.dep_ == "pobj"):
            a = layer.at(q.i)
            if a and (actor := layer.actors.get(a)) is not None and actor.kind == "organization" and a not in out:
                out.append(a)
    return out


def with_parties(verb, objects, layer, recips: list[str], matter: bool = True) -> list[str]:
    """The recipients of ``verb``, a verb whose other party "with" names (discuss, negotiate, sign).

    Its parties are an actor that is its object itself ("discussed Iraq with..."), the
    object of its own "with" or "between" phrase, or of one on its object or on the noun of its object's
    "of" phrase ("discussed Syria's proposal with Egypt", "negotiating a package of reforms with the
    IMF": the parser hangs it on any of them). Failing those, the
    object is only the matter dealt with: the actors named inside it (its possessor, its modifiers,
    phrases further down, "discussed his country's debt problems", "discussed the crisis in trade
    relations with Japan") are no party, and ``recips`` is kept without them.

    Parameters
    ----------
    verb : Token
        The verb trigger.
    objects : list of Token
        Its direct objects.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).
    recips : list of str
        The recipients found so far.
    matter : bool
        Whether the object is only the matter dealt with (discussing, negotiating, agreeing, cooperating);
        what is cut or suspended ("suspended aid for Bosnia") is not, and its parties are kept.

    Returns
    -------
    list of str
        The recipients.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["discussed", "Brazil", "'s", "debt", "with", "Egypt"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 3, 1, 0, 3, 4],
    ...           deps=["ROOT", "poss", "case", "dobj", "prep", "pobj"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {1: "bra", 5: "egy"}.get(i)
    >>> with_parties(doc[0], [doc[3]], Layer(), ["bra"])
    ['egy']
    >>> doc = Doc(Vocab(), words=words[:4], heads=[0, 3, 1, 0], deps=["ROOT", "poss", "case", "dobj"])
    >>> with_parties(doc[0], [doc[3]], Layer(), ["bra"]), with_parties(doc[0], [doc[3]], Layer(), ["bra"], matter=False)
    ([], ['bra'])
    """
    # the object and the nouns of its "of" chain ("a package of reforms with the IMF"), not of other phrases
    chain = [*objects, *(q for o in objects for p in o.children if p.dep_ == "prep" and p.text.lower() == "of"
                         for q in p.children if q.dep_ == "pobj")]
    direct = [a for o in objects if (a := layer.at(o.i))]
    direct += prep_actors(verb, layer, _PARTY_WITH)
    direct += [a for o in chain for a in prep_actors(o, layer, _PARTY_WITH)]
    direct = direct or [a for o in objects for q in topic_objects(o) for a in prep_actors(q, layer, _PARTY_WITH)]
    if direct:
        return list(dict.fromkeys(direct))
    if not matter:
        return recips
    topics = {a for o in objects for t in o.subtree if t.i != o.i and (a := layer.at(t.i))}
    return [r for r in recips if r not in topics]
