"""The plural nouns that name an unnamed group actor, and where a sentence writes one.

News names many doers and targets by a plural with no name: "police arrested 20 protesters",
"troops opened fire", "gunmen killed a policeman", "students attacked the embassy". A plural names
a group actor (:mod:`graphkit.ingest.actors.unnamed` ties it to its country) when it is

- a hand-listed group noun (``group_nouns``: "police", "troops", "officials", "protesters");
- a noun for people with a CAMEO sector (``sector_<code>`` and ``sector_wordnet``, grown from
  WordNet by ``tools/grow_sectors.py``: "soldiers" MIL, "teachers" EDU, "lawmakers" LEG), whose
  first WordNet sense is a person (``person_nouns``: not "companies" or "courts", which are
  bodies), except the civilian and business nouns, which name anyone in a role of everyday life
  ("parents", "owners"), and the government and legislature nouns, whose holders speak for their
  body ("ministers", "peers"; only the hand list's "villagers", "investors", "officials" and
  "lawmakers" are groups);
- a noun for people who act on others by force or crime (``group_wordnet``, grown from WordNet by
  ``tools/grow_groups.py``: "attackers", "kidnappers", "rioters", "fighters").

A word that starts a sentence is capitalised without being a name: "Police arrested ..." is
the group noun "police" (:func:`common_at`), unless the model found a name there; so is the plural
of an acronym for the members of a legislature ("MPs": :func:`member_words`, the plurals of the sector
LEG that name people; :mod:`graphkit.ingest.actors.chambers` ties them to their chamber's country).

Examples
--------
>>> is_group_word("soldiers"), is_group_word("kidnappers"), is_group_word("police")
(True, True, True)
>>> is_group_word("people"), is_group_word("companies"), is_group_word("members"), is_group_word("soldier")
(False, False, False, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.sectors import noun_sector, plural_of, sector_nouns
from graphkit.ingest.words import word_list, word_pairs

__all__ = ["is_group_word", "group_words", "member_words", "is_member_word", "is_acronym_member", "common_at",
           "is_plural_at", "lone_agent_at", "branch_sector", "branch_at"]

#: Singular nouns that name a number of people ("the police", "the military").
_COLLECTIVE = frozenset({"police", "military", "militia", "clergy", "gendarmerie"})

#: Sectors whose nouns name anyone in a role of everyday life ("parents", "owners", "traders"), or office
#: holders who speak for a government or a chamber ("ministers", "envoys", "peers": the body is the actor,
#: see :mod:`graphkit.ingest.actors.unnamed`): only the hand-listed ones ("villagers", "investors",
#: "officials", "lawmakers") name a group.
_ANYONE = frozenset({"CVL", "BUS", "GOV", "LEG"})

#: Tokens that may open a sentence before its first word (quotes, brackets, dashes).
_OPENERS = frozenset({'"', "'", "``", "`", "(", "[", "-", "--", "\u201c", "\u2018"})


def _plural_form(word: str) -> bool:
    """Whether a one-word noun is written as a plural ("soldiers", "policemen", "police")."""
    if word in _COLLECTIVE:
        return True
    if word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


@cache
def group_words() -> frozenset[str]:
    """Every plural noun that names a group actor (see the module)."""
    listed = word_list("group_nouns") | word_list("group_wordnet")
    people = {w for w in sector_nouns() if " " not in w and _plural_form(w) and is_person_noun(w)
              and noun_sector(w) not in _ANYONE}
    return frozenset(listed | people)


#: Plurals of the sector LEG that name people of any standing or an act, not members of a chamber:
#: "peers" are first one's equals, "representatives" anyone's agents; "filibusters" are acts.
_NOT_MEMBERS = frozenset({"peers", "representatives", "filibusters", "filibusterers", "whips"})


def _singular_person(word: str) -> bool:
    """Whether a plural's singular names a person ("congressmen" -> congressman) or is itself a
    title of the sector LEG ("mps" -> "mp": an acronym WordNet does not know as one)."""
    one = word[:-3] + "man" if word.endswith("men") else word[:-1]
    return is_person_noun(word) or is_person_noun(one) or (
        word.endswith("s") and noun_sector(one) == "LEG" and one.isalpha() and len(one) <= 3)


@cache
def member_words() -> frozenset[str]:
    """The plurals of the sector LEG that name the members of a chamber, as people: "deputies",
    "senators", "congressmen", "MPs" (not "peers", first one's equals, nor "representatives").

    >>> sorted(member_words() & {"deputies", "senators", "congressmen", "mps", "peers", "representatives"})
    ['congressmen', 'deputies', 'mps', 'senators']
    """
    return frozenset(w for w in sector_nouns() if " " not in w and "-" not in w and noun_sector(w) == "LEG"
                     and w.endswith(("s", "men")) and w not in _NOT_MEMBERS and _singular_person(w))


def is_member_word(word: str) -> bool:
    """Whether ``word`` (any case) is a plural naming members of a legislature."""
    return word.lower() in member_words()


def is_acronym_member(word: str) -> bool:
    """Whether ``word`` is the plural of an acronym for a chamber's members ("MPs", "MEPs"): a common
    noun, though written in capitals.

    >>> is_acronym_member("MPs"), is_acronym_member("MPS"), is_acronym_member("NGOs")
    (True, False, False)
    """
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper() and is_member_word(word)


def is_group_word(word: str) -> bool:
    """Whether ``word`` (any case) is a plural noun naming a group actor."""
    return word.lower() in group_words()


def common_at(t, i: int) -> bool:
    """Whether the word at ``i`` is written in lower case, or capitalised only because it opens its
    sentence ("Police" in '"Police fired," he said'), as a common noun is.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Troops", "fired", "at", "Rebels", "."], sent_starts=[1, 0, 0, 0, 0])
    >>> t = token_table(doc)
    >>> common_at(t, 0), common_at(t, 1), common_at(t, 3)
    (True, True, False)
    """
    word = t.text[i]
    if word.islower() or is_acronym_member(word):  # "MPs"
        return True
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    k = i
    while k > 0 and not t.sent_start[k] and t.text[k - 1] in _OPENERS:
        k -= 1
    return k == 0 or t.sent_start[k]


def is_plural_at(t, i: int, word: str) -> bool:
    """Whether the noun at ``i`` is a plural: tagged so, or a listed group noun that opens its
    sentence (where the tagger often takes it for a name: "Troops" NNP).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Troops", "met", "a", "student"], tags=["NNP", "VBD", "DT", "NN"])
    >>> t = token_table(doc)
    >>> is_plural_at(t, 0, "troops"), is_plural_at(t, 3, "student")
    (True, False)
    """
    tag = t.tag[i]
    if tag in ("NNS", "NNPS", ""):
        return True
    return tag == "NNP" and not t.text[i].islower() and is_group_word(word)


#: Sectors of the one-person doers a news report names by a singular noun ("a gunman", "a soldier", "a
#: policeman", "a militant"): armed forces, police, and those who fight a government (the hand lists
#: only: WordNet's rarer senses make "a host" an army).
_LONE_SECTORS = frozenset({"MIL", "COP", "REB"})


def lone_agent_at(t, i: int, word: str) -> bool:
    """Whether the singular noun at ``i`` names one unnamed doer of force or crime, or one member of a
    country's forces or police, or of those who fight it ("a gunman", "the attacker", "a Turkish
    soldier", "a suspected militant"): news reports their acts as it reports those of "gunmen" and
    "soldiers". The noun is a count noun with an article or a demonym, and its plural names a group of
    those people (``group_wordnet``, or the hand list of a sector of forces, police or rebels); not "student" or
    "official", whose one holder is no actor of an event.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["A", "gunman", "shot", "a", "student", "and", "soldiers"],
    ...           tags=["DT", "NN", "VBD", "DT", "NN", "CC", "NNS"], heads=[1, 2, 2, 4, 2, 4, 4],
    ...           deps=["det", "nsubj", "ROOT", "det", "dobj", "cc", "conj"])
    >>> t = token_table(doc)
    >>> lone_agent_at(t, 1, "gunman"), lone_agent_at(t, 4, "student"), lone_agent_at(t, 6, "soldiers")
    (True, False, False)
    """
    if t.tag[i] != "NN" or not is_person_noun(word):  # not "a jet", though "jets" are forces
        return False
    plural = plural_of(word)
    if not (plural in word_list("group_wordnet")
            or any(plural in word_list(f"sector_{s.lower()}") for s in _LONE_SECTORS)):
        return False
    return any(t.dep[c] == "det" and t.lower[c] in ("a", "an", "the") or t.dep[c] == "amod" and t.text[c][:1].isupper()
               for c in t.children(i))


@cache
def _branches() -> dict[str, str]:
    """Relational adjective -> the sector of the branch of a state it names (``sector_adjectives``,
    grown from WordNet by ``tools/grow_pertainyms.py``: "congressional" LEG, "ministerial" GOV)."""
    return {adj: sector.upper() for adj, sector in word_pairs("sector_adjectives").items()}


def branch_sector(name: str) -> str | None:
    """The sector of a group named by a branch adjective and a noun ("congressional leaders" LEG).

    >>> branch_sector("congressional leaders"), branch_sector("ministerial sources"), branch_sector("angry leaders")
    ('LEG', 'GOV', None)
    """
    first = name.lower().split()[:1]
    return _branches().get(first[0]) if first and len(name.split()) == 2 else None


def branch_at(t, i: int) -> int | None:
    """The branch adjective modifying the noun at ``i`` ("congressional" in "congressional
    leaders"), right before it, else None."""
    k = i - 1
    if k >= 0 and t.head[k] == i and t.dep[k] == "amod" and t.lower[k] in _branches():
        return k
    return None
