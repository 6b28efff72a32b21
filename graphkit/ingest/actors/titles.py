"""Titles of people ("Prime Minister", "Secretary of State", "chief", "spokeswoman").

A title is a run of title words ending in a title head noun ("Foreign Minister", "junior foreign
minister"); "of" may join title words ("Secretary of State"). These word lists are general
English vocabulary of office, not names. Gendered heads give a person's grammatical gender
for pronoun resolution.

Examples
--------
>>> is_title_head("Minister"), is_title_head("spokeswoman"), is_title_head("Kerry")
(True, True, False)
>>> is_title_word("Prime"), is_title_word("foreign"), is_title_word("Gaza")
(True, True, False)
>>> title_gender("spokeswoman"), title_gender("Prime Minister"), title_gender("Mr.")
('f', None, 'm')
>>> clean_title(["Secretary", "of", "State"])
'Secretary of State'
"""
from __future__ import annotations

from graphkit.ingest.words import word_pairs

__all__ = [
    "full_title", "TITLE_HEADS", "TITLE_MODIFIERS", "HONORIFICS", "SOURCE_NOUNS", "is_title_head",
    "is_title_word", "is_honorific", "title_gender", "clean_title",
]

#: Nouns that end a title ("... Minister", "... chief").
TITLE_HEADS: frozenset[str] = frozenset("""
president vice-president premier chancellor minister secretary secretary-general undersecretary
under-secretary chief head leader chairman chairwoman chairperson chair spokesman spokeswoman
spokesperson ambassador envoy emissary negotiator diplomat consul governor mayor senator congressman
congresswoman representative lawmaker legislator deputy speaker king queen prince princess emir amir
sheikh sultan monarch pope cardinal archbishop bishop ayatollah imam rabbi commander general colonel
lieutenant major captain admiral marshal sergeant brigadier officer director executive ceo cfo coo
chairman-designate president-elect founder co-founder owner partner adviser advisor counsellor
counselor aide attorney prosecutor judge justice magistrate inspector commissioner administrator
coordinator official economist analyst strategist professor researcher scientist correspondent
editor reporter journalist treasurer comptroller auditor superintendent governor-general
premier-designate prime-minister dictator strongman warlord militant rapporteur manager
mp msp mep mla delegate backbencher frontbencher peer councillor councilor alderman candidate whip consort
""".split())

#: Words that may precede a title head inside a title ("Prime", "Foreign", "junior").
TITLE_MODIFIERS: frozenset[str] = frozenset("""
prime foreign defense defence interior home local finance economy economic trade justice health education
energy oil agriculture labor labour transport information culture environment security intelligence
military political religious spiritual supreme national state federal provincial regional district
deputy vice acting interim former ex junior senior chief top general assistant associate executive
managing principal first second head lead special permanent high grand crown opposition party ruling
majority minority house senate parliamentary presidential ministry foreign-ministry government shadow
army navy air naval police border central public press media communications treasury commerce
industry development planning tourism immigration water housing sports youth women affairs
international relations external internal ex- co- lieutenant major rear brigadier attorney
under undersecretary-general designate elect
""".split())

#: Honorifics: part of neither name nor title.
HONORIFICS: frozenset[str] = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness baron".split())

#: Nouns for unnamed people who act or speak for an organisation or country.
SOURCE_NOUNS: frozenset[str] = frozenset("""
official officials source sources spokesman spokeswoman spokesperson diplomat diplomats minister
ministers aide aides leader leaders negotiator negotiators envoy envoys officer officers troops
forces soldiers police army military government authorities ministry delegation embassy navy
warplanes jets aircraft planes tanks artillery shell shells rocket rockets missile missiles
drone drones president lawmakers parliament court prosecutors militants fighters gunmen
rebels militia militias regime administration cabinet representatives representative
ambassador negotiating team investigators agents agency officials' commanders commander
""".split())

_FEMALE = frozenset("""
spokeswoman chairwoman congresswoman queen princess mrs mrs. ms ms. miss dame lady businesswoman baroness
""".split())
_MALE = frozenset("spokesman chairman congressman king prince mr mr. sir lord emir sultan sheikh businessman baron"
                  .split())

#: Title words always written lower case, which never start a title on their own.
_JOINERS = frozenset({"of", "for", "on"})


def full_title(word: str) -> str:
    """The title an abbreviated title word stands for ("Sen." -> "senator"), else ``word`` in lower case.

    >>> full_title("Sen."), full_title("Gen."), full_title("Minister")
    ('senator', 'general', 'minister')
    """
    w = word.lower()
    return word_pairs("title_abbreviations").get(w, w)


def is_title_head(word: str) -> bool:
    """Whether ``word`` can end a title (an abbreviated one too: "Sen.", "Gov.")."""
    return full_title(word) in TITLE_HEADS


def is_title_word(word: str) -> bool:
    """Whether ``word`` can be part of a title (a head or a modifier)."""
    w = full_title(word)
    return w in TITLE_HEADS or w in TITLE_MODIFIERS


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific such as "Mr." or "Dr."."""
    return word.lower() in HONORIFICS


def title_gender(title: str) -> str | None:
    """``'f'``, ``'m'`` or None: the gender a title (or honorific) implies."""
    words = title.lower().split()
    if any(w in _FEMALE for w in words):
        return "f"
    if any(w in _MALE for w in words):
        return "m"
    return None


def clean_title(words: list[str]) -> str:
    """The title text from its words, without leading joiners or trailing punctuation."""
    while words and (words[0].lower() in _JOINERS or not words[0][:1].isalnum()):
        words = words[1:]
    while words and (words[-1].lower() in _JOINERS or not words[-1][:1].isalnum()):
        words = words[:-1]
    words = [full_title(w).capitalize() if w.lower() in word_pairs("title_abbreviations") else w for w in words]
    text = " ".join(words)
    return text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
