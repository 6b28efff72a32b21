"""Meetings one takes part in: who meets when a meeting noun names no doer of its own.

One takes part in the meeting that is the occasion of what one does or says ("After a day of
meetings with Bush, Clark said ...", "At a meeting with Nakasone, Abe made the recommendation",
"said at the end of a brief visit here"), and in the meeting one goes or leads a party to ("Bedregal
led a team of officials to the talks"). Used by :mod:`graphkit.ingest.events.nominal`.

See :func:`occasion_doers` for a worked example.
"""
from __future__ import annotations

from graphkit.ingest.events.roles import is_passive, np_actors, subject_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.venues import venue_parties
from graphkit.ingest.words import word_list

__all__ = ["occasion_doers", "attending_doers", "reporting_side", "aside_doers", "held_before", "OCCASION", "GOING"]

#: Prepositions of the occasion of a clause ("after talks with X", "during a meeting with Y").
OCCASION = frozenset({"after", "during", "before", "following", "throughout"})
#: Prepositions of a meeting one takes part in while doing the clause's act ("At talks with X, Y said",
#: "in a telephone conversation with X", "at the end of a visit to Y"): the occasions and "at", "in".
_TAKING_PART = OCCASION | {"at", "in"}
#: Auxiliaries of a clause not (yet) done: a meeting that is its occasion has not taken place either.
_NOT_YET = frozenset({"will", "would", "shall", "may", "might", "could", "should", "must", "to", "'ll", "wo"})
#: Prepositions of a meeting going on while the clause's act is done ("at talks here", "during a session").
_WHILE_THERE = frozenset({"at", "in", "during"})
#: Verbs of going to a meeting or leading a party to it: their subject takes part ("led a team to the
#: talks", "came to the negotiations", "went to the summit"); one invited, asked or sent to it is another.
_ATTENDING = frozenset({"lead", "come", "go", "return", "travel", "fly", "head", "arrive"})
#: Nouns of meeting, which their occasion's subject takes part in (a "press conference" is no meeting
#: with anyone, so it is not here).
_MEETINGS = frozenset({"meeting", "talk", "negotiation", "consultation", "discussion", "visit", "summit",
                       "session", "round", "encounter", "conversation"})
#: Verbs of reporting: their subject tells of its own talks ("said talks with Japan failed").
_REPORTING = word_list("reporting_verbs")
#: Nouns of going to another party: one's visit needs no named host.
GOING = frozenset({"visit", "trip", "tour", "mission"})


def occasion_doers(noun, layer) -> list[str]:
    """The subject of the clause a meeting noun is the occasion of: "After a day of meetings with
    Bush, Clark told ...", "presented the treaty during a meeting with the Soviet team".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["After", "meetings", "with", "Bush", ",", "Clark", "spoke"]
    >>> doc = Doc(Vocab(), words=words, heads=[6, 0, 1, 2, 6, 6, 6],
    ...           deps=["prep", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT"],
    ...           pos=["ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"],
    ...           lemmas=["after", "meeting", "with", "Bush", ",", "Clark", "speak"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {3: "bush", 5: "clark"}.get(i)
    >>> occasion_doers(doc[1], Layer())
    ['clark']
    """
    going = _lemma(noun) in GOING
    parties = ("with", "between", "to") if going else ("with", "between")
    # a visit "here" is to the place the report is filed from: the subject is the visitor
    named = any(p.dep_ == "prep" and p.text.lower() in parties for p in noun.children) or bool(
        venue_parties(noun)) or (going and any(m.dep_ == "advmod" and m.text.lower() == "here" for m in noun.children))
    if _lemma(noun) not in _MEETINGS or noun.dep_ != "pobj":
        return []
    prep = noun.head
    if prep.text.lower() == "of" and prep.head.dep_ == "pobj":  # "after a day of meetings", "at the end of"
        noun, prep = prep.head, prep.head.head
    if prep.dep_ != "prep" or prep.text.lower() not in _TAKING_PART or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    # "at a public meeting": no party to meet ("a meeting at the mission with X" has one), unless the
    # clause acts on one there ("At meetings here, Bank officials pressed their Japanese counterparts");
    # a meeting named by its body or owner is that body's gathering ("At today's Cabinet meeting, ...")
    if not named and not (prep.text.lower() in _WHILE_THERE and _acts_on_party(prep.head, layer) and not any(
            m.dep_ in ("compound", "poss", "nmod") for m in noun.children)):
        return []
    if any(c.dep_ == "aux" and c.text.lower() in _NOT_YET for c in prep.head.children):
        return []  # "will make proposals at a meeting with Reagan": the meeting is still to come
    if is_passive(prep.head):  # "During a visit to the U.S., Kondo was asked by Volcker": Kondo visited
        return [a for s in prep.head.children if s.dep_ == "nsubjpass" for a in np_actors(s, layer)]
    return subject_actors(prep.head, layer)


def held_before(noun) -> bool:
    """Whether ``noun`` is a meeting with a named party, which the clause it is the occasion of ("after",
    "following") goes on from: "After talks with Shultz, Peres accused Syria" -- Peres held the talks,
    then accused. Unlike another's act told as a clause's background ("ordered patrols after protests
    by X"), one's own meeting with a party is an act of one's own, reported with what follows it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["After", "talks", "with", "Shultz", ",", "Peres", "accused", "Syria"]
    >>> doc = Doc(Vocab(), words=words, heads=[6, 0, 1, 2, 6, 6, 6, 6],
    ...           deps=["prep", "pobj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj"],
    ...           lemmas=["after", "talk", "with", "Shultz", ",", "Peres", "accuse", "Syria"])
    >>> held_before(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["After", "talks", ",", "Peres", "accused", "Syria"], heads=[4, 0, 4, 4, 4, 4],
    ...           deps=["prep", "pobj", "punct", "nsubj", "ROOT", "dobj"],
    ...           lemmas=["after", "talk", ",", "Peres", "accuse", "Syria"])
    >>> held_before(doc[1])
    False
    """
    parties = ("with", "between", "to") if _lemma(noun) in GOING else ("with", "between")
    return _lemma(noun) in _MEETINGS and any(p.dep_ == "prep" and p.text.lower() in parties for p in noun.children)


def _acts_on_party(verb, layer) -> bool:
    """Whether ``verb`` acts on an actor other than its subject: its object, its dative or the object of
    its "to" or "with" phrase ("gave the message to Abe", "pressed their Japanese counterparts")."""
    subjects = {layer.at(c.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    args = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    args += [o for p in verb.children if p.dep_ in ("prep", "dative") and p.text.lower() in ("to", "with")
             for o in p.children if o.dep_ == "pobj"]
    return any(a not in subjects for x in args for a in np_actors(x, layer))


def attending_doers(noun, layer) -> list[str]:
    """The subject of a verb of going or leading a party to a meeting noun, or of coming back from it:
    "Bedregal led a team of officials to the talks", "the minister came to the negotiations", "Soares, who
    returns from a visit to Brazil" (see ``_ATTENDING``); not what one goes "for", which is still to come
    ("flying to Japan for talks").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Bedregal", "led", "a", "team", "to", "the", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 6, 4],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
    ...           lemmas=["Bedregal", "lead", "a", "team", "to", "the", "talk"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "bedregal" if i == 0 else None
    >>> attending_doers(doc[6], Layer())
    ['bedregal']
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 6, 4],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"],
    ...           lemmas=["Bedregal", "invite", "a", "team", "to", "the", "talk"])
    >>> attending_doers(doc[6], Layer())
    []
    """
    prep = noun.head
    if (_lemma(noun) not in _MEETINGS or noun.dep_ != "pobj" or prep.dep_ != "prep"
            or prep.text.lower() not in ("to", "at", "from") or _lemma(prep.head) not in _ATTENDING):
        return []
    if _lemma(prep.head) == "lead" and not any(c.dep_ == "dobj" for c in prep.head.children):
        return []  # "processes leading to the summit": what leads to it brings no one there
    return subject_actors(prep.head, layer)


def reporting_side(noun, layer) -> list[str]:
    """The speaker who reports talks "with" a party in the clause they say, when nothing else names who
    held them: "White House officials said no progress had been made in talks with Japan" -- one side
    tells of its own talks with the other (not of talks "between" others, which name their parties).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Washington", "said", "talks", "with", "Tokyo", "failed"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 2, 3, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "prep", "pobj", "ccomp"],
    ...           lemmas=["Washington", "say", "talk", "with", "Tokyo", "fail"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "usa", 4: "jpn"}.get(i)
    >>> reporting_side(doc[2], Layer())
    ['usa']
    """
    if _lemma(noun) not in _MEETINGS - GOING or (noun.dep_ == "pobj" and noun.head.text.lower() == "for"):
        return []  # "sending Shultz to Moscow for talks with X": talks one goes for are to come
    if any(c.dep_ == "poss" for c in noun.children):
        return []  # "my discussions with X": the possessor says whose they are, resolved or not
    partners = [a for p in noun.children if p.dep_ == "prep" and p.text.lower() == "with"
                for o in p.children if o.dep_ == "pobj" for a in np_actors(o, layer)]
    if not partners:
        return []
    clause = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") or a.dep_ == "ccomp"), None)
    if (clause is None or clause.dep_ != "ccomp" or _lemma(clause.head) not in _REPORTING
            or any(c.dep_ == "aux" and c.text.lower() in _NOT_YET for c in clause.children)):
        return []  # "said talks with X would resume": talks still to come
    return [a for a in subject_actors(clause.head, layer) if a not in partners]


#: Prepositions of a phrase set beside a subject that tells where or when it is ("X, in a speech on the
#: first day of a visit to Y, said", "X, here on a visit, said").
_ASIDE = frozenset({"in", "on", "during", "of", "at"})


def aside_doers(noun, layer) -> list[str]:
    """The subject a visit is told of in a phrase set beside it: "Duffy, here on a three-day visit, said
    ...", "Weizsaecker, in a speech on the first day of an official visit to Argentina, said ..." -- the
    phrase hangs on the subject (or on "here" by the verb), so the subject is the visitor.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Duffy", ",", "here", "on", "a", "visit", ",", "said"]
    >>> doc = Doc(Vocab(), words=words, heads=[7, 7, 7, 2, 5, 3, 7, 7],
    ...           deps=["nsubj", "punct", "advmod", "prep", "det", "pobj", "punct", "ROOT"],
    ...           pos=["PROPN", "PUNCT", "ADV", "ADP", "DET", "NOUN", "PUNCT", "VERB"],
    ...           lemmas=["Duffy", ",", "here", "on", "a", "visit", ",", "say"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "duffy" if i == 0 else None
    >>> aside_doers(doc[5], Layer())
    ['duffy']
    """
    if _lemma(noun) not in GOING or noun.dep_ != "pobj":
        return []
    prep = noun.head
    for _ in range(3):  # "on the first day of", "in a speech during": up to the phrase's anchor
        up = prep.head
        if up.dep_ != "pobj" or up.head.dep_ != "prep" or up.head.text.lower() not in _ASIDE:
            break
        prep = up.head
    if prep.dep_ != "prep" or prep.text.lower() not in _ASIDE:
        return []
    anchor = prep.head
    if anchor.dep_ == "nsubj" and anchor.head.pos_ in ("VERB", "AUX"):
        return np_actors(anchor, layer)
    if anchor.dep_ == "advmod" and anchor.text.lower() in ("here", "there") and prep.text.lower() == "on":
        return subject_actors(anchor.head, layer)
    return []
