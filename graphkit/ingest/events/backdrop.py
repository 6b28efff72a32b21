"""Acts a sentence names as the backdrop of another: ended or wanted, not done in it.

An event noun that is the object of a verb of ending ("China lifted its ban on Japanese cars", "the
U.S. ended its embargo", "the ban was repealed") names a measure that was in force before: the
sentence reports its end (the verb's own event), not a new ban. One that is the object of a verb of
wanting ("Japan wanted a ban on imports", "hoped for talks") names what is wished for, not an act done.
Either way the noun is no event of its own in that sentence. So is one that a noun of ending takes
through "of" or "to" ("the lifting of sanctions", "an end to the blockade": ``data/words/ending_nouns.txt``,
the act and event nouns WordNet derives from the verbs of ending, and their gerunds).

An event noun dated by a year before the article's ("the 1979 agreement between Egypt and Israel",
"the 1982 invasion of Lebanon"), or an accord named by the city where it was made ("the Paris
agreement", "the Louvre accord"), recalls an act done before as the setting of the news: it is
not the news (:func:`recalled_act`). A clause that such an accord governs tells what the accord
said, not a new act: the relative clause of the accord noun ("breaching the 1976 Berne Agreement,
under which both sides agreed to preserve the status quo") or a clause placed "under" it ("Under the
Paris accords, the United States, Britain and Japan agreed to stabilize exchange rates")
(:func:`under_recalled_accord`; :func:`recalled` tells either).

An act that a period is counted from ("the first review since the accord last month", "the coup attempts
faced since she toppled Marcos a year ago", "has spoken to him three times since he arrived on April 6")
is past by the grammar of "since": the object of the preposition, or the verb of a "since" clause that is
temporal -- its governing verb is in a perfect tense, or the clause carries a date (a "since" clause with
neither is often causal: "since it did not back the plan") -- sets the time of the news, it is not the
news (:func:`since_act`).

The verbs are WordNet 3.0 senses (``data/words/ending_verbs.txt``, ``data/words/wanting_verbs.txt``);
the noun is their direct object, their passive subject, or the object of their "for" ("hoped for
talks").

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["China", "lifted", "its", "ban"], heads=[1, 1, 3, 1],
...           deps=["nsubj", "ROOT", "poss", "dobj"], lemmas=["China", "lift", "its", "ban"])
>>> backdrop_act(doc[3])
True
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.restatements import restated
from graphkit.ingest.events.statutes import standing_rule
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.words import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ENDING_VERBS", "ENDING_NOUNS", "WANTING_VERBS", "ACCORD_TYPES", "backdrop_act", "backdrop_of",
           "recalled_act", "under_recalled_accord", "recalled", "place_finder", "since_act"]

#: Verbs of ending an act or measure in force ("lifted its ban").
ENDING_VERBS = word_list("ending_verbs")
#: Nouns of ending ("the lifting of sanctions", "an end to the blockade").
ENDING_NOUNS = word_list("ending_nouns")
#: The prepositions by which a noun of ending takes what ends ("lifting of", "end to").
_ENDED_BY = frozenset({"of", "to"})
#: Prepositions of a point in time: "at the end of a visit" dates the visit, it does not end it.
_AT_A_POINT = frozenset({"at", "by", "until", "till", "toward", "towards", "near", "around"})
#: Verbs of wanting ("wanted a ban").
WANTING_VERBS = word_list("wanting_verbs")
#: The categories of an accord noun ("agreement", "pact", "treaty"), which news names by a city.
ACCORD_TYPES = frozenset({"AGREE", "COOPERATE"})
#: The preposition and subordinator that count a period from an act ("since the accord").
_SINCE = "since"
#: Dependencies of the words that date or name an event noun ("the 1979 agreement", "Paris accord").
_MODIFIERS = frozenset({"nummod", "compound", "amod", "npadvmod", "poss", "nmod"})
#: The preposition that places a clause within the terms of an accord ("under the Paris accords").
_UNDER = "under"


def _governing_verb(noun: Token) -> Token | None:
    """The verb ``noun`` is the object of: its head for a direct object or passive subject, the head of
    its "for" for the object of that preposition ("hoped for talks")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.text.lower() == "for":
        return noun.head.head
    return None


def _ended_by_noun(noun: Token) -> bool:
    """Whether ``noun`` is the object of the "of" or "to" of a noun of ending ("the lifting of sanctions");
    a noun of ending placed as a point in time ("at the end of a visit", "by the end of the talks") names
    when, not an ending: what it takes took place."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.lower() not in _ENDED_BY:
        return False
    ender = prep.head
    if ender.pos_ not in ("NOUN", "") or _lemma(ender) not in ENDING_NOUNS:
        return False
    return not (ender.dep_ == "pobj" and ender.head.text.lower() in _AT_A_POINT)


def backdrop_act(noun: Token | None) -> bool:
    """Whether the event noun ``noun`` is the object of a verb of ending ("lifted its ban": in force
    before) or of wanting ("wanted a ban": not done), or of a noun of ending ("the lifting of the ban");
    a verb of ending takes it as direct object or passive subject, a verb of wanting also through "for",
    a noun of ending through "of" or "to".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "wanted", "a", "ban"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Japan", "want", "a", "ban"])
    >>> backdrop_act(doc[3])
    True
    >>> doc = Doc(Vocab(), words=["Japan", "imposed", "a", "ban"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Japan", "impose", "a", "ban"])
    >>> backdrop_act(doc[3])
    False
    >>> doc = Doc(Vocab(), words=["the", "lifting", "of", "sanctions"], heads=[1, 1, 1, 2],
    ...           deps=["det", "ROOT", "prep", "pobj"], lemmas=["the", "lifting", "of", "sanction"])
    >>> backdrop_act(doc[3])
    True
    """
    if noun is not None and _ended_by_noun(noun):
        return True  # "the lifting of sanctions", "an end to the blockade"
    verb = _governing_verb(noun) if noun is not None else None
    if noun is None or verb is None or verb.pos_ not in ("VERB", "AUX", ""):
        return False
    lemma = _lemma(verb)
    if lemma in WANTING_VERBS:
        return True
    return lemma in ENDING_VERBS and noun.dep_ in ("dobj", "nsubjpass")


def since_act(tok: Token | None) -> bool:
    """Whether the trigger ``tok`` names the act a period is counted from: the object of "since" (or a
    conjunct of it: "since the invasion and the blockade"), or the verb of a "since" clause whose governing
    verb has a perfect auxiliary or which carries a date; a noun phrase right after "since" is its object
    whatever the parse.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["the", "first", "review", "since", "the", "accord"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 5, 3], deps=["det", "amod", "ROOT", "prep", "det", "pobj"])
    >>> since_act(doc[5]), since_act(doc[2])
    (True, False)
    >>> words = ["they", "have", "met", "since", "he", "arrived"]
    >>> deps = ["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 5, 5, 2], deps=deps,
    ...           lemmas=["they", "have", "meet", "since", "he", "arrive"])
    >>> since_act(doc[5])
    True
    >>> words = ["they", "will", "protest", "since", "he", "arrived"]
    >>> deps = ["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 5, 5, 2], deps=deps,
    ...           lemmas=["they", "will", "protest", "since", "he", "arrive"])
    >>> since_act(doc[5])
    False
    """
    if tok is None:
        return False
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ in ("pobj", "pcomp") and noun.head.dep_ == "prep" and noun.head.text.lower() == _SINCE:
        return True  # "since the accord", "since announcing their engagement"
    left = noun.left_edge.i
    if noun.pos_ in ("NOUN", "PROPN") and left > 0 and noun.doc[left - 1].text.lower() == _SINCE:
        return True  # "since the accord last month reached by ...", the preposition parsed as a clause's mark
    if not any(c.dep_ == "mark" and c.text.lower() == _SINCE for c in tok.children) or tok.head.i == tok.i:
        return False
    perfect = any(c.dep_ in ("aux", "auxpass") and _lemma(c) == "have" for c in tok.head.children)
    return perfect or any(t.ent_type_ == "DATE" for t in tok.subtree)


def backdrop_of(c) -> bool:
    """Whether the trigger candidate ``c`` (``c.kind``, ``c.head``, ``c.noun``: a
    :class:`~graphkit.ingest.events.triggers.Candidate`) is named as a backdrop: its event noun by
    :func:`backdrop_act`, its head by :func:`since_act`, or a rule in force
    (:func:`graphkit.ingest.events.statutes.standing_rule`: "investors are restricted to 20 pct").

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["China", "lifted", "its", "ban"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "poss", "dobj"], lemmas=["China", "lift", "its", "ban"])
    >>> backdrop_of(SimpleNamespace(kind="noun", head=doc[3], noun=None))
    True
    >>> backdrop_of(SimpleNamespace(kind="verb", head=doc[1], noun=None))
    False
    """
    noun = c.head if c.kind == "noun" else c.noun if c.kind == "light" else None
    return backdrop_act(noun) or since_act(c.head) or standing_rule(c)


def _year(tok: Token) -> int | None:
    """The year ``tok`` writes ("1979"), or None."""
    text = tok.text.strip("'")
    return int(text) if len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2099 else None


def recalled_act(noun: Token | None, kind: str, published: str | None, place_at=None) -> bool:
    """Whether the event noun ``noun`` (of PLOVER category ``kind``) recalls an act done before the
    news: a year modifies it that is before the year of ``published`` (ISO date; any year without one),
    or it is an accord (:data:`ACCORD_TYPES`) named by a city (``place_at(i)`` true for a token that
    names a place that is no country: "the Paris agreement").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["the", "1979", "agreement"], heads=[2, 2, 2], deps=["det", "nummod", "ROOT"])
    >>> recalled_act(doc[2], "AGREE", "1987-03-10")
    True
    >>> recalled_act(doc[2], "AGREE", "1979-03-10")
    False
    >>> doc = Doc(Vocab(), words=["the", "Paris", "accord"], heads=[2, 2, 2], deps=["det", "compound", "ROOT"])
    >>> recalled_act(doc[2], "AGREE", "1987-03-10", place_at=lambda i: i == 1)
    True
    """
    if noun is None:
        return False
    mods = [c for c in noun.children if c.dep_ in _MODIFIERS]
    this_year = _year_of(published)
    if any((y := _year(m)) is not None and (this_year is None or y < this_year) for m in mods):
        return True
    return kind in ACCORD_TYPES and place_at is not None and any(
        m.dep_ == "compound" and m.i < noun.i and place_at(m.i) for m in mods)


def _recalled_accord(noun: Token, published: str | None, place_at) -> bool:
    """Whether ``noun`` is an accord noun of the lexicon (:data:`ACCORD_TYPES`) that recalls an act done
    before the news (:func:`recalled_act`)."""
    trig = lookup_noun(_lemma(noun))
    return trig is not None and trig.type in ACCORD_TYPES and recalled_act(noun, trig.type, published, place_at)


def under_recalled_accord(verb: Token | None, published: str | None, place_at=None) -> bool:
    """Whether the clause of ``verb`` tells the terms of an accord recalled from before the news: it is
    the relative clause of such an accord noun, or has an "under" phrase whose object is one (see
    :func:`recalled_act` for ``published`` and ``place_at``).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["under", "the", "1976", "agreement", "they", "agreed"]
    >>> deps = ["prep", "det", "nummod", "pobj", "nsubj", "ROOT"]
    >>> doc = Doc(Vocab(), words=words, heads=[5, 3, 3, 0, 5, 5], deps=deps,
    ...           lemmas=["under", "the", "1976", "agreement", "they", "agree"])
    >>> under_recalled_accord(doc[5], "1987-03-10"), under_recalled_accord(doc[5], "1976-05-01")
    (True, False)
    """
    if verb is None:
        return False
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", ""):
        return _recalled_accord(verb.head, published, place_at)
    return any(p.dep_ == "prep" and p.text.lower() == _UNDER and any(
        o.dep_ == "pobj" and _recalled_accord(o, published, place_at) for o in p.children) for p in verb.children)


def recalled(c, published: str | None, place_at=None) -> bool:
    """Whether trigger candidate ``c`` recalls an act from before the news: an event noun by
    :func:`recalled_act`, a verb by :func:`under_recalled_accord` or as a restatement ("as agreed in Paris":
    :func:`graphkit.ingest.events.restatements.restated`).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> doc = Doc(Vocab(), words=["the", "1979", "agreement"], heads=[2, 2, 2], deps=["det", "nummod", "ROOT"])
    >>> recalled(SimpleNamespace(kind="noun", head=doc[2], trig=Trigger("AGREE", None, "agreed with")), "1987-03-10")
    True
    """
    if c.kind == "noun":
        return recalled_act(c.head, c.trig.type, published, place_at)
    return c.kind in ("verb", "light") and (under_recalled_accord(c.head, published, place_at) or restated(c.head))


def _year_of(published: str | None) -> int | None:
    """The year of an ISO date, or None."""
    return int(published[:4]) if published and published[:4].isdigit() else None


def place_finder(layer) -> Callable[[int], bool]:
    """A test of whether a token names a place that is no country, by the actor stage's ``layer``
    (``layer.at(i)``: the actor id of token ``i``; ``layer.actors``: id -> actor with a ``kind``).

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> layer = ActorLayer(actors={"paris": Actor(id="paris", name="Paris", kind="location")}, token_actor={1: "paris"})
    >>> [place_finder(layer)(i) for i in (0, 1)]
    [False, True]
    """
    def place_at(i: int) -> bool:
        actor = layer.actors.get(layer.at(i) or "")
        return actor is not None and actor.kind == "location"
    return place_at
