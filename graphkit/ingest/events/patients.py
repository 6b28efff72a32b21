"""The country an act is aimed at when only an adjective of nationality names it, one phrase down.

A country's goods, exports, ships or positions are that country's: "imposed tariffs on Japanese
goods" and "tariffs on imports of Japanese electronic goods" are aimed at Japan, "sanctions against
South African exports" at South Africa. The adjective (or a country's name, "U.S. goods") modifies the
patient of the act noun ("on", "against", "upon", "into", "of") or the "of" phrase of that patient
("imports of ..."). Only country actors of the article, and none that does the act (see
:func:`graphkit.ingest.events.nominal_roles.modifier_actor`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["tariffs", "on", "imports", "of", "Japanese", "goods"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 5, 3],
...           deps=["ROOT", "prep", "pobj", "prep", "amod", "pobj"],
...           lemmas=["tariff", "on", "import", "of", "japanese", "good"])
>>> class Actor:
...     kind, code = "country", "JPN"
>>> class Layer:
...     actors = {"japan": Actor()}
...     def at(self, i):
...         return None
>>> patient_nations(doc[0], Layer())
['japan']
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.nominal_roles import modifier_actor, patient_objects
from graphkit.ingest.events.roles import object_actors, prep_actors
from graphkit.ingest.events.triggers import lemma_of

__all__ = ["patient_nations", "givers_of_given", "aid_takers", "origin_countries", "result_targets"]

#: Prepositions of a verb that name the patient of its act ("imposed tariffs on ...", "fired into ...").
_VERB_PATIENT = frozenset({"on", "against", "upon", "into"})


def _country(aid: str | None, layer) -> bool:
    return aid is not None and (a := layer.actors.get(aid)) is not None and a.kind == "country"


def patient_nations(noun, layer) -> list[str]:
    """The countries the modifiers of the patient of event noun ``noun``, or of that patient's "of"
    phrase, name (see the module).

    Parameters
    ----------
    noun : Token
        An event noun ("tariffs", "sanctions", "attack"), or the verb that takes one ("imposed").
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).

    Returns
    -------
    list of str
        Country actor ids, none that a modifier of ``noun`` itself names (its doer: "Iraqi attacks
        on Iranian towns" are not aimed at Iraq).
    """
    doers = {modifier_actor(m, noun, layer) for m in noun.children}
    if noun.pos_ in ("VERB", "AUX"):  # "imposed tariffs on imports of ...", never "warned of Iranian attacks"
        pats = [o for p in noun.children if p.dep_ == "prep" and p.text.lower() in _VERB_PATIENT
                for o in p.children if o.dep_ == "pobj"]
    else:
        pats = patient_objects(noun)
    pats += [o for p in pats for q in p.children if q.dep_ == "prep" and q.text.lower() == "of"
             for o in q.children if o.dep_ == "pobj"]
    named = [modifier_actor(m, o, layer) for o in pats for m in o.children if m.dep_ in ("amod", "compound")]
    named += [a for o in pats for a in origin_countries(o, layer)]
    return list(dict.fromkeys(a for a in named if a is not None and _country(a, layer) and a not in doers))


#: Prepositions of a good's origin, on the good itself or on a participle after it ("imported from",
#: "made in").
_ORIGIN_PREPS = frozenset({"from", "in"})


def origin_countries(good, layer) -> list[str]:
    """The countries a good comes from or is made in: "corn from the United States", "microchips
    imported from Japan", "goods made in Japan". A good is the country's it comes from, so a measure
    against it is aimed at that country.

    Parameters
    ----------
    good : Token
        The patient of an act ("microchips", "corn").
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of str
        Country actor ids of its "from" phrase, and of the "from" or "in" phrase of a past participle
        after it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["chips", "imported", "from", "Japan"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "acl", "prep", "pobj"], tags=["NNS", "VBN", "IN", "NNP"])
    >>> class Actor:
    ...     kind = "country"
    >>> class Layer:
    ...     actors = {"jpn": Actor()}
    ...     def at(self, i):
    ...         return {3: "jpn"}.get(i)
    >>> origin_countries(doc[0], Layer())
    ['jpn']
    """
    heads = [(good, {"from"})] + [(v, _ORIGIN_PREPS) for v in good.children if v.dep_ == "acl" and v.tag_ == "VBN"]
    out = [a for h, preps in heads for a in prep_actors(h, layer, preps)]
    return [a for a in dict.fromkeys(out) if _country(a, layer)]


def _is_aid(noun) -> bool:
    return any(e.trigger.type == "AID" for e in load_lexicon()["N"].get(lemma_of(noun), ()))


def aid_takers(verb, layer) -> list[str]:
    """Whom the aid a verb of giving, pledging or backing takes as its object is for: the "to" or
    "for" phrase of that noun of aid, or the "for" phrase of the verb ("would support a loan for
    Argentina", "offered a loan for Indonesia"). Whoever is given aid is the act's recipient.

    Parameters
    ----------
    verb : Token
        A verb ("offered", "supported") whose direct object may be a noun of aid ("loan", "credit").
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of str
        Actor ids, empty when no object is a noun of aid of the lexicon.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["backed", "a", "loan", "for", "Mexico"], heads=[0, 2, 0, 0, 3],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj"], lemmas=["back", "a", "loan", "for", "Mexico"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {4: "mex"}.get(i)
    >>> aid_takers(doc[0], Layer())
    ['mex']
    >>> doc = Doc(Vocab(), words=["backed", "a", "plan", "for", "Mexico"], heads=[0, 2, 0, 0, 3],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj"], lemmas=["back", "a", "plan", "for", "Mexico"])
    >>> aid_takers(doc[0], Layer())
    []
    """
    given = [o for o in verb.children if o.dep_ == "dobj" and _is_aid(o)]
    if not given:
        return []
    out = [a for o in given for a in prep_actors(o, layer, {"to", "for"})]
    out += prep_actors(verb, layer, {"for"})
    return list(dict.fromkeys(out))


def givers_of_given(obj, layer) -> list[str]:
    """The givers a noun of aid names by its own modifiers when a "to" or "for" phrase names whom it goes
    to: "cut U.S. aid to Mexico" withholds from Mexico what the United States gives, so the United
    States is no recipient of the cut; without such a phrase ("cut U.S. aid") nothing is said.

    Parameters
    ----------
    obj : Token
        The object of a verb ("aid", "loans", "credits").
    layer : ActorLayer
        The actor stage's result.

    Returns
    -------
    list of str
        Actor ids of its possessive, compound and adjectival modifiers, none its "to"/"for" phrase (or
        that of the verb taking it) names.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["cut", "U.S.", "aid", "to", "Mexico"], heads=[0, 2, 0, 0, 3],
    ...           deps=["ROOT", "compound", "dobj", "prep", "pobj"], lemmas=["cut", "U.S.", "aid", "to", "Mexico"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {1: "usa", 4: "mex"}.get(i)
    >>> givers_of_given(doc[2], Layer())
    ['usa']
    """
    if not _is_aid(obj):
        return []
    takers = prep_actors(obj, layer, {"to", "for"})
    if obj.dep_ == "dobj":
        takers += prep_actors(obj.head, layer, {"to", "for"})
    if not takers:
        return []
    own = [a for m in obj.children if m.dep_ in ("poss", "compound", "amod") and (a := layer.at(m.i))]
    return [a for a in dict.fromkeys(own) if a not in takers]


#: Prepositions of what an attack is aimed at ("raids on Lebanon", "an offensive against Iran").
_AIMED_AT = frozenset({"on", "against", "into"})


def result_targets(verb, layer) -> list[str]:
    """Whom a participle of result hits when its object names no party: the target of the act it follows
    ("Israel launched air raids on Lebanon, killing 12 people": those killed were in Lebanon; "Iraqi
    planes bombed Iranian towns, wounding 50"), the main verb's object or what its object act is aimed at.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Israel", "raided", "Lebanon", ",", "killing", "12", "people"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 6, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "advcl", "nummod", "dobj"], tags=["NNP", "VBD", "NNP", ",",
    ...           "VBG", "CD", "NNS"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "israel", 2: "lebanon"}.get(i)
    >>> result_targets(doc[4], Layer())
    ['lebanon']
    """
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.i < head.i or head.pos_ not in ("VERB", ""):
        return []
    if any(c.dep_ in ("nsubj", "mark", "aux") for c in verb.children):
        return []  # a clause of its own ("after killing", "while it was killing")
    if any(layer.at(t.i) for o in verb.children if o.dep_ == "dobj" for t in o.subtree):
        return []
    objs = [o for o in head.children if o.dep_ == "dobj"]
    return object_actors(head, layer) or [a for o in objs for a in prep_actors(o, layer, _AIMED_AT)]
