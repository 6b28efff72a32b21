"""A state's agency named by its kind and remit alone: "the State Council", "Council of Economic Advisers".

A country's own news names its agencies, boards, councils and courts without the country, as it names its
ministries and its central bank (:mod:`graphkit.ingest.actors.institutions`): "the State Council has decided"
in a report from Peking, "the Congressional Budget Office" in one from Washington, "the Superintendency of
Banks" in one from Caracas. Such a name is made of a head noun for a public body (``data/words/agency_heads``:
the heads under which the Phoenix/CAMEO agents dictionary files government and judicial bodies) and common
English words for its remit; it has no word of its own. So an organisation whose every name
(:func:`is_state_agency`):

- has at least two words, each capitalised (or a link: "of", "and", "for", "on", "&"), none in capitals
  ("EC Commission", "ICCO Council" name another body) nor a country, demonym or place that is no adjective
  ("Canadian Wheat Board" is tied by its own word, "Massachusetts Institute of Technology" is a state's);
- ends in such a head ("National Statistics Institute") or has it before its first link word ("Council of
  State", "Presidential Commission on Good Government");
- has only common words (WordNet's nouns and adjectives: "Mitsubishi Research Institute", "Maekawa
  Committee" have a word of their own; WordNet as the spaCy model's lemmatizer ships it, as in
  :mod:`graphkit.ingest.actors.common_names`);
- is no body of states (:func:`graphkit.ingest.actors.sectors.is_intergovernmental`; a remit word for
  relations between states, ``data/words/interstate_words``: "Gulf Cooperation Council", "Joint Commission")

is a national body, tied to the country the article is set in, as the ministry is.

Examples
--------
>>> is_state_agency("the State Council"), is_state_agency("Council of Economic Advisers")
(True, True)
>>> is_state_agency("Canadian Wheat Board"), is_state_agency("EC Commission"), is_state_agency("Council")
(False, False, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.sectors import is_intergovernmental
from graphkit.ingest.words import word_list

__all__ = ["is_state_agency"]

_LINKS = frozenset({"of", "and", "for", "on", "&"})


@cache
def _common_words() -> frozenset[str]:
    """WordNet's nouns and adjectives (empty when the model package has no tables: no name is an agency's)."""
    from graphkit.ingest.prepare.model import package_lemma_index  # prepare imports the actor stage

    index = package_lemma_index()
    return index["noun"] | index["adj"]


@cache
def _adjectives() -> frozenset[str]:
    """WordNet's adjectives ("federal", "national"), as the model's lemmatizer ships them."""
    from graphkit.ingest.prepare.model import package_lemma_index

    return package_lemma_index()["adj"]


def _adjective(word: str) -> bool:
    """Whether ``word`` (lower case) is a WordNet adjective."""
    return word in _adjectives()


def _common(word: str) -> bool:
    """Whether ``word`` (lower case) or its singular is a common word ("advisers" -> "adviser")."""
    forms = {word, word[:-1] if word.endswith("s") and not word.endswith("ss") else word,
             word[:-3] + "y" if word.endswith("ies") else word}
    return bool(forms & _common_words())


def _own_word(word: str) -> bool:
    """Whether a capitalised ``word`` is a word of its own: in capitals, a country or demonym, or no common word."""
    if word.isupper():
        return True
    if country_code(word) or demonym_code(word):
        return True
    if place_country(word) and not _adjective(word.lower()):  # "Massachusetts Institute", not "Federal Office"
        return True
    parts = [p for p in word.replace("'s", "").replace("'", "").lower().split("-") if p]
    return not parts or not all(p.isalpha() and _common(p) for p in parts)


@cache
def is_state_agency(name: str) -> bool:
    """Whether ``name`` is a state agency's name of kind and remit alone (see the module).

    Examples
    --------
    >>> is_state_agency("Superintendency of Banks"), is_state_agency("Lower House Budget Committee")
    (True, True)
    >>> is_state_agency("Presidential Commission on Good Government"), is_state_agency("Commission of")
    (True, False)
    >>> is_state_agency("Mitsubishi Research Institute"), is_state_agency("Gulf Cooperation Council")
    (False, False)
    """
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() or w in _LINKS for w in words):
        return False
    heads = word_list("agency_heads")
    link = next((k for k, w in enumerate(words) if w in _LINKS), None)  # "Commission on Good Government"
    if not (words[-1].lower() in heads or (link and words[link - 1].lower() in heads and link + 1 < len(words))):
        return False
    remit = [w for w in words if w not in _LINKS and w.lower() not in heads]
    if any(_own_word(w) for w in remit) or any(w.lower() in word_list("interstate_words") for w in remit):
        return False
    return not is_intergovernmental(" ".join(words))
