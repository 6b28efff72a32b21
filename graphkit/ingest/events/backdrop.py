"""Acts a sentence names as the backdrop of another: ended or wanted, not done in it.

An event noun that is the object of a verb of ending ("China lifted its ban on Japanese cars", "the
U.S. ended its embargo", "the ban was repealed") names a measure that was in force before: the
sentence reports its end (the verb's own event), not a new ban. One that is the object of a verb of
wanting ("Japan wanted a ban on imports", "hoped for talks") names what is wished for, not an act done.
Either way the noun is no event of its own in that sentence.

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

from typing import TYPE_CHECKING

from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.words import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ENDING_VERBS", "WANTING_VERBS", "backdrop_act"]

#: Verbs of ending an act or measure in force ("lifted its ban").
ENDING_VERBS = word_list("ending_verbs")
#: Verbs of wanting ("wanted a ban").
WANTING_VERBS = word_list("wanting_verbs")


def _governing_verb(noun: Token) -> Token | None:
    """The verb ``noun`` is the object of: its head for a direct object or passive subject, the head of
    its "for" for the object of that preposition ("hoped for talks")."""
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.text.lower() == "for":
        return noun.head.head
    return None


def backdrop_act(noun: Token | None) -> bool:
    """Whether the event noun ``noun`` is the object of a verb of ending ("lifted its ban": in force
    before) or of wanting ("wanted a ban": not done); a verb of ending takes it as direct object or
    passive subject, a verb of wanting also through "for".

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
    """
    verb = _governing_verb(noun) if noun is not None else None
    if noun is None or verb is None or verb.pos_ not in ("VERB", "AUX", ""):
        return False
    lemma = _lemma(verb)
    if lemma in WANTING_VERBS:
        return True
    return lemma in ENDING_VERBS and noun.dep_ in ("dobj", "nsubjpass")
