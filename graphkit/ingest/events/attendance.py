"""Who attends a meeting its noun names no doer of: one goes to it, holds a stretch of it, or speaks after it.

Three facts of English give the party a meeting noun ("talks", "a meeting", "a visit") leaves unnamed:

* one who goes to a meeting attends it: the subject of a verb of motion (WordNet 3.0's ``verb.motion``,
  ``data/words/motion_verbs.txt``) whose "to" phrase it is ("Shultz drove to a meeting with
  Shevardnadze"), or whose "for" phrase it is when that is a journey's errand -- the journey has an end or
  the verb is one of arriving ("flew to Tokyo for talks", "arrived for talks"), else "for" names what is
  sought ("angled for a summit") --, or whose "on" or "from" phrase a journey is ("left on a
  trip to Japan", "returned from a visit to Brazil"); a verb with an object moves that object ("sent its
  foreign minister to the talks": the minister goes); a journey told in the present is scheduled, not
  made ("leaves on Saturday on a trip to China") (:func:`journey_doers`);
* a stretch of time of a meeting stands where the meeting would: "began two days of talks with X",
  "held a second round of talks" -- the subject of the light verb holds the talks, and one goes to a
  stretch of talks as to the talks (:func:`measured_doers`);
* the occasion of a phrase of the clause is the clause's: "In a press conference after talks with
  Korean leaders, Baldrige said ..." -- Baldrige held the talks (:func:`relayed_occasion_doers`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Shultz", "drove", "to", "a", "meeting", "with", "Shevardnadze"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 4, 5],
...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
...           lemmas=["Shultz", "drive", "to", "a", "meeting", "with", "Shevardnadze"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "shultz", 6: "shevardnadze"}.get(i)
>>> attendance_doers(doc[4], Layer())
['shultz']
"""
from __future__ import annotations

from graphkit.ingest.events.causes import names_a_party
from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.meetings import GOING, OCCASION, held_before
from graphkit.ingest.events.roles import is_passive, np_actors, prep_actors, subject_actors
from graphkit.ingest.events.triggers import LIGHT_VERBS, verb_lemma
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.words import word_list

__all__ = ["attendance_doers", "errand_partners", "journey_doers", "measured_doers", "occasion_partners",
           "relayed_occasion_doers"]

#: Prepositions of where one goes: "drove to a meeting", "flew to Tokyo for talks".
_BOUND = frozenset({"to", "for"})
#: Prepositions of setting out on or coming back from a journey: "left on a trip", "returned from a visit".
_JOURNEY = frozenset({"on", "from"})
#: Prepositions and adverbs of a journey's end: with one, a "for" phrase is the journey's errand ("flew to
#: Tokyo for talks", "flew here for talks"); without, it may be what is sought ("angled for a summit").
_DESTINATION = frozenset({"to", "into", "toward", "towards", "in", "at"})
_PLACE_ADVERBS = frozenset({"here", "there", "home", "back", "abroad"})
#: Verbs of arriving and coming back (WordNet 3.0 arrive.v.01 "reach a destination", return.v.01): their
#: "for" phrase is an errand with no destination named ("arrived for a second round of talks").
_ARRIVING = frozenset({"arrive", "come", "return"})
#: Present tenses: news tells a journey in the present when it is scheduled ("Baldrige leaves on Saturday on a
#: trip to China"), so the present attends no meeting yet.
_SCHEDULED = frozenset({"VBZ", "VBP"})
#: Prepositions of a phrase the occasion of which is the clause's ("in a press conference after talks").
_SETTING = frozenset({"in", "at", "during"})
#: Auxiliaries of a clause not (yet) done: what it is the occasion of has not taken place either.
_NOT_YET = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "to", "'ll", "wo"})


def _meeting(noun) -> bool:
    """Whether ``noun`` names a meeting or a visit (its lexicon sense is a consultation)."""
    trig = lookup_noun(_lemma(noun))
    return trig is not None and trig.type == "CONSULT"


def _goers(verb, layer) -> list[str]:
    """Who goes by ``verb``: its object when it moves one ("sent the minister"), its passive subject
    ("was sent"), else its subject -- a party, not a thing or an act that leads to a meeting ("Iran's attack
    led to a meeting of Arab ministers": Iran goes nowhere)."""
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if objs:
        return [a for o in objs for a in np_actors(o, layer)]
    if is_passive(verb):
        return [a for c in verb.children if c.dep_ == "nsubjpass" for a in np_actors(c, layer)]
    if any(c.dep_ == "nsubj" and not (layer.at(c.i) or names_a_party(c)) for c in verb.children):
        return []
    return subject_actors(verb, layer)


def _gone_to(place, journey: bool, layer) -> list[str]:
    """Who goes to the meeting phrase ``place`` (a meeting noun, or a stretch of one) by the verb of
    motion whose "to"/"for" object it is, or "on"/"from" object when ``journey``."""
    prep = place.head
    if place.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    word = prep.text.lower()
    if word not in _BOUND and not (journey and word in _JOURNEY):
        return []
    verb = prep.head
    if verb_lemma(verb) not in word_list("motion_verbs") or verb.tag_ in _SCHEDULED:
        return []
    if word == "for" and not _errand(verb):
        return []  # "angled for a summit", "scrambled for talks": sought, not gone to
    return _goers(verb, layer)


def _errand(verb) -> bool:
    """Whether a "for" phrase of verb of motion ``verb`` is the errand of a journey: the journey has an end
    ("flew to Tokyo for talks", "flew here for talks") or the verb is one of arriving ("arrived for a round
    of talks"); else "for" names what is sought ("angled for a summit", "jockeyed for a meeting").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "flew", "to", "Tokyo", "for", "talks"], heads=[1, 1, 1, 2, 1, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"], lemmas=["X", "fly", "to", "Tokyo", "for",
    ...           "talk"])
    >>> _errand(doc[1]), _errand(Doc(Vocab(), words=["angled"], lemmas=["angle"])[0])
    (True, False)
    """
    if verb_lemma(verb) in _ARRIVING:
        return True
    return any((c.dep_ == "prep" and c.text.lower() in _DESTINATION and any(o.dep_ == "pobj" for o in c.children))
               or (c.dep_ == "advmod" and c.text.lower() in _PLACE_ADVERBS) for c in verb.children)


def journey_doers(noun, layer) -> list[str]:
    """The party that goes to meeting ``noun``: "drove to a meeting with X", "left on a trip to Y".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Genscher", "left", "on", "a", "trip", "to", "Japan"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 4, 5],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Genscher", "leave", "on", "a", "trip", "to", "Japan"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "genscher", 6: "japan"}.get(i)
    >>> journey_doers(doc[4], Layer())
    ['genscher']
    """
    if not _meeting(noun):
        return []
    return _gone_to(noun, _lemma(noun) in GOING, layer)


def _stretch(noun):
    """The stretch of time ``noun`` is counted in ("two days of talks": days), else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.text.lower() != "of" or prep.dep_ != "prep":
        return None
    stretch = prep.head
    return stretch if stretch.pos_ == "NOUN" and _lemma(stretch) in word_list("time_nouns") else None


def measured_doers(noun, layer) -> list[str]:
    """Who holds or goes to a stretch of meeting ``noun``: "began two days of talks with X", "arrived
    for a third round of talks".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "began", "two", "days", "of", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NUM", "NOUN", "ADP", "NOUN"],
    ...           lemmas=["Japan", "begin", "two", "day", "of", "talk"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "japan"}.get(i)
    >>> measured_doers(doc[5], Layer())
    ['japan']
    """
    if not _meeting(noun) or (stretch := _stretch(noun)) is None:
        return []
    verb = stretch.head
    if stretch.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb_lemma(verb) in LIGHT_VERBS:
        return subject_actors(verb, layer)
    return _gone_to(stretch, False, layer)


def relayed_occasion_doers(noun, layer) -> list[str]:
    """The subject of the clause whose setting's occasion meeting ``noun`` is: "In a press conference after
    talks with Korean leaders, Baldrige said ..."; not a clause still to come ("will say at a dinner
    after talks with X").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["In", "a", "conference", "after", "talks", "with", "Chun", ",", "Baldrige", "spoke"]
    >>> doc = Doc(Vocab(), words=words, heads=[9, 2, 0, 2, 3, 4, 5, 9, 9, 9],
    ...           deps=["prep", "det", "pobj", "prep", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT"],
    ...           pos=["ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"],
    ...           lemmas=["in", "a", "conference", "after", "talk", "with", "Chun", ",", "Baldrige", "speak"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {6: "chun", 8: "baldrige"}.get(i)
    >>> relayed_occasion_doers(doc[4], Layer())
    ['baldrige']
    """
    if noun.dep_ != "pobj" or not held_before(noun):
        return []
    prep = noun.head
    setting = prep.head
    if prep.text.lower() not in OCCASION or setting.pos_ != "NOUN" or setting.dep_ != "pobj":
        return []
    outer = setting.head
    verb = outer.head
    if outer.text.lower() not in _SETTING or verb.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "aux" and c.text.lower() in _NOT_YET for c in verb.children):
        return []
    if is_passive(verb):
        return [a for c in verb.children if c.dep_ == "nsubjpass" for a in np_actors(c, layer)]
    partners = {a for p in noun.children for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)}
    return [a for a in subject_actors(verb, layer) if a not in partners]


def attendance_doers(noun, layer) -> list[str]:
    """Who attends meeting ``noun`` by going to it, holding a stretch of it or speaking after it (see the
    module), else nobody.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "held", "two", "days", "of", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NUM", "NOUN", "ADP", "NOUN"],
    ...           lemmas=["Japan", "hold", "two", "day", "of", "talk"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "japan"}.get(i)
    >>> attendance_doers(doc[5], Layer()), attendance_doers(doc[3], Layer())
    (['japan'], [])
    """
    for how in (journey_doers, measured_doers, relayed_occasion_doers):
        if out := how(noun, layer):
            return list(dict.fromkeys(out))
    return []


#: Prepositions of a meeting an act is done in ("offered a treaty at talks with X", "during a meeting with X").
_DONE_IN = frozenset({"at", "during", "in"})


def occasion_partners(verb, layer) -> list[str]:
    """Whom an act told at a meeting is addressed to: the other party of the meeting ("offered a draft
    treaty at talks with the Soviet Union", "made the proposal during a meeting with Shevardnadze"), not the
    subject's own side; none for a meeting before or after the act ("after talks with X, Y criticised Z").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["USA", "offered", "a", "treaty", "at", "talks", "with", "USSR"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 4, 5, 6],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["USA", "offer", "a", "treaty", "at", "talk", "with", "USSR"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "usa", 7: "ussr"}.get(i)
    >>> occasion_partners(doc[1], Layer())
    ['ussr']
    """
    own = set(subject_actors(verb, layer))
    meetings = [o for p in verb.children if p.dep_ == "prep" and p.text.lower() in _DONE_IN
                for o in p.children if o.dep_ == "pobj" and _meeting(o)]
    return list(dict.fromkeys(a for m in meetings for a in prep_actors(m, layer, {"with"}) if a not in own))


def errand_partners(verb, layer) -> list[str]:
    """The other party of the meeting a journey is for: "arrived in Moscow for talks with Soviet leaders",
    "flew to Tokyo for a meeting with Nakasone" -- the party met hosts the visit.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Shultz", "arrived", "for", "talks", "with", "Shevardnadze"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["Shultz", "arrive", "for", "talk", "with", "Shevardnadze"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "shultz", 5: "shevardnadze"}.get(i)
    >>> errand_partners(doc[1], Layer())
    ['shevardnadze']
    """
    own = set(subject_actors(verb, layer))
    meetings = [o for p in verb.children if p.dep_ == "prep" and p.text.lower() == "for"
                for o in p.children if o.dep_ == "pobj" and _meeting(o)]
    return list(dict.fromkeys(a for m in meetings for a in prep_actors(m, layer, {"with"}) if a not in own))
