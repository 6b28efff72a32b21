"""Bare names the model left unlabelled: "Shultz met Shevardnadze", "Nakasone and Reagan will hold talks".

News writing names a person by surname alone once it has named them, and a sentence read alone often
starts with such a surname. The small model tags no entity on many surnames it has never seen, above
all at the start of a sentence, although its parser takes them right: a proper noun heading the
subject or object of a verb or the object of a preposition. Such a word is a name when English has no
common word of that spelling: its lower-case form is in none of WordNet's indexes (noun, verb,
adjective, adverb, as the spaCy model's lemmatizer ships them), or WordNet knows it as a person's name
(:mod:`graphkit.ingest.actors.known`: "Thatcher" is also a roofer). A capital on a common word at the
start of a sentence ("Exports rose") thus makes no name.

One word alone, with no capitalised neighbour (longer names are the model's or a title's,
:mod:`graphkit.ingest.actors.titled`) and no article or modifier ("the Euromarket": English writes none
before a surname), that is no legal form ("Ltd"), no place, country, people, party, calendar or title word,
no known organisation, no word the article writes inside an organisation's name ("Texaco Inc" ...
"Texaco said"), and not all capitals (tickers, "REUTER"), is taken as a person's name. Used by
:mod:`graphkit.ingest.actors.entities`.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Shultz", "met", "Exports", "."], pos=["PROPN", "VERB", "PROPN", "PUNCT"],
...           tags=["NNP", "VBD", "NNP", "."], deps=["nsubj", "ROOT", "dobj", "punct"], heads=[1, 1, 1, 1])
>>> t = token_table(doc)
>>> bare_name(t, 0), bare_name(t, 2), bare_name(t, 1)
(True, False, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.gazetteer import country_code, demonym_code, party, people_code
from graphkit.ingest.actors.places import is_place
from graphkit.ingest.actors.shapes import CALENDAR
from graphkit.ingest.actors.titles import is_honorific, is_title_word
from graphkit.names import LEGAL_FORMS

__all__ = ["bare_name", "bare_label", "common_word", "named_thing"]

#: Dependencies of a noun phrase's head that is the subject or object of a verb or a preposition's
#: object; a conjunct shares its head's role ("Nakasone and Reagan").
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "dative", "agent"})
#: Dependents that make a proper noun a thing's name, not a person's: an article or a modifier.
_THING_MODIFIERS = frozenset({"det", "amod", "compound", "nummod"})
#: Labels of the model's entities that make a word an organisation's.
_ORG_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


@cache
def _common_words() -> frozenset[str]:
    from graphkit.ingest.prepare.model import package_lemma_index  # prepare imports the actors package

    index = package_lemma_index()
    return frozenset().union(*index.values())


def common_word(word: str) -> bool:
    """Whether English has a common word spelt ``word`` (in lower case) that is no known person's name.

    Examples
    --------
    >>> common_word("Exports"), common_word("Shultz")
    (True, False)
    """
    from graphkit.ingest.actors.known import known_actor  # known imports the actors package

    low = word.lower()
    if low not in _common_words() and not (low.endswith("s") and low[:-1] in _common_words()):
        return False
    return known_actor([word], "person") is None


def _shape(t, i: int) -> bool:
    """Whether token ``i`` is one capitalised proper noun heading a subject, object or a preposition's object,
    with no capitalised word beside it."""
    w, n = t.text[i], len(t.text)
    if not (t.ent_iob[i] in ("O", "") or _lone_place_subject(t, i)):
        return False
    if t.pos[i] != "PROPN" or t.tag[i] != "NNP" or t.dep[i] not in _ROLES:
        return False
    if len(w) < 3 or not w.isalpha() or not w[0].isupper() or not w[1:].islower():
        return False
    if t.dep[i] == "conj" and t.dep[t.head[i]] not in _ROLES:
        return False
    if any(t.dep[c] in _THING_MODIFIERS for c in t.children(i)):
        return False  # "the Euromarket", "a zero-coupon Euronote": English puts no article before a surname
    before = i > 0 and not t.sent_start[i] and t.text[i - 1][:1].isupper()
    return not before and not (i + 1 < n and t.text[i + 1][:1].isupper())


def _lone_place_subject(t, i: int) -> bool:
    """Whether token ``i`` is a one-word place entity (GPE) doing a verb's act: the model's label for many
    surnames it has never seen ("Yeutter urged Japan"); :func:`bare_name` keeps it only when no
    gazetteer knows the word as a place."""
    one = t.ent_iob[i] == "B" and t.ent_type[i] == "GPE" and (i + 1 == len(t.text) or t.ent_iob[i + 1] != "I")
    return one and t.dep[i] == "nsubj"


def named_thing(w: str, places: bool = True) -> bool:
    """Whether ``w`` names a country, people, party, date or office, a known organisation, or (``places``)
    a place the gazetteer knows.

    >>> named_thing("Japanese"), named_thing("Nakasone"), named_thing("Howard"), named_thing("Howard", places=False)
    (True, False, True, False)
    """
    from graphkit.ingest.actors.known import known_actor

    low = w.lower()
    if low in CALENDAR or low in LEGAL_FORMS or is_title_word(w) or is_honorific(w):
        return True
    if country_code(w) or demonym_code(w) or people_code(w) or party(w) or (places and is_place(w)):
        return True
    return known_actor([w], "organization") is not None


def bare_name(t, i: int) -> bool:
    """Whether token ``i`` of token table ``t`` is a person's bare name the model left unlabelled.

    Parameters
    ----------
    t : TokenTable
        The document's token table.
    i : int
        The token.

    Returns
    -------
    bool
        True for a lone capitalised proper noun heading a subject, object or a preposition's object that
        is no common English word, no place, people, calendar or title word, no known organisation, and
        no word of an organisation's name elsewhere in the article (see the module docstring).
    """
    if not _shape(t, i) or common_word(t.text[i]) or named_thing(t.text[i]):
        return False
    w = t.text[i]
    return not any(t.text[k] == w and t.ent_type[k] in _ORG_LABELS for k in range(len(t.text)))


#: Pronouns and possessives of a thing, and the dependencies that make them a clause's subject or a possessor.
_IT = frozenset({"it", "its"})
_IT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Forms of "be", whose subject "it" may stand for nothing.
_BE = frozenset({"be", "is", "was", "are", "were", "been", "being", "'s", "\u2019s"})


def bare_label(t, i: int) -> str:
    """The entity label of bare name ``i``: ``"ORG"`` when its own clause refers back to it as a thing
    ("Entwistle said it has met ...", "Modulaire raised its stake": news writing reports a firm's acts
    with "it" and "its"), else ``"PERSON"``.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Entwistle", "said", "it", "met", "Bird"], deps=["nsubj", "ROOT", "nsubj",
    ...           "ccomp", "dobj"], heads=[1, 1, 3, 1, 3])
    >>> bare_label(token_table(doc), 0), bare_label(token_table(doc), 4)
    ('ORG', 'PERSON')
    """
    if t.dep[i] not in ("nsubj", "nsubjpass"):
        return "PERSON"
    verb = t.head[i]
    near = [c for c in t.children(verb) if c != i]
    near += [g for c in near for g in t.children(c)]
    return "ORG" if any(_thing_pronoun(t, k) for k in near) else "PERSON"


def _thing_pronoun(t, k: int) -> bool:
    """Whether token ``k`` is "its", or "it" as the subject of a verb other than "be" (whose "it" is as
    often a dummy: "Hata said it is not constructive to ...")."""
    if t.lower[k] not in _IT or t.dep[k] not in _IT_DEPS:
        return False
    return t.lower[k] == "its" or t.lower[t.head[k]] not in _BE
