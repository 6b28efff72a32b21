"""A nation's central bank or legislature named by its kind alone: "the Central Bank", "Parliament".

Every country has one central bank, and its own news names it by the kind of bank alone, without the
country ("Central Bank President Javier Nogales told Reuters" in a report from Bolivia, "Reserve Bank
governor Gerhard de Kock" in one from South Africa), as it names its own ministries (:mod:`.offices`).
The field's agent dictionary (Phoenix ``agents``: ``CENTRAL_BANK``, ``RESERVE_BANK``, ``NATIONAL_BANK``
``[~GOVBUS]``) codes such a bank as an agent of a country's government. So:

- an organisation whose every name is such a kind of bank and nothing else (:func:`is_national_bank`: no
  proper word, no "of" phrase, no country: "Central Bank of Brazil" and "Bank of Japan" are tied by their
  own words) is of the country the article is set in: its roundup item's dateline, else the country it
  names most and stands in, else its dateline's or headline's (:func:`~.offices.home_country`);
- the people the text ties to that bank ("Central Bank President X") are of that country too.

Every country has one legislature too, and its news names it by its kind alone, capitalised as a name:
"Parliament approved the budget" in a report from Tokyo, "Congress rejected the plan" in one from Quito.
An organisation whose every name is one such word (:func:`is_national_chamber`: "Parliament", "the
Congress", "the Senate", "the Diet", "the Assembly"; a word of the sector LEG that names a body, not a
person) and that nothing else has tied to a country (the U.S. "Congress" of a U.S. report is tied by
:func:`~.homes.short_bodies` first) is of the country the article is set in, found as for the bank. When
no country is settled, the body stays untied.

A ministry is a national body as well, and a report names it by its portfolio alone ("the Public Works
Ministry", "the Ministry of Plantation Industries"): an organisation whose every name is "Ministry" with
portfolio words and no country or demonym among them (:func:`is_national_ministry`; "Japan's Finance
Ministry" is tied by its possessor) is of the country of its roundup item's dateline, else of the one the
article clearly stands in (named more than twice as often as any other); a report of several countries
leaves it untied (it may be any of theirs). A body's acronym is the body: a name that is the initials of another
of its names ("MITI" of "Ministry of International Trade and Industry") is passed over in these tests.

Written in lower case, "the central bank" (or "the reserve bank") with no owner, no "of" phrase and no
other modifier is the same national body (:func:`find_central_bank`): the country's named in an earlier
"the Philippine central bank" or "Ecuador's central bank" of the article, else that of the speaker who
reports its act ("a Brazilian official said the central bank ...", "Poehl said the central bank"), else that
of the article's setting (as for the capitalised bank); when none is settled it stays unread.

A legislature's committees are named after their chamber ("the Senate Finance Committee", "House Ways and
Means Committee"): an organisation whose every name is a committee opened by a legislature's kind
(:func:`is_chamber_committee`; "House" too, which alone may be a building) is a body of that national
legislature, of the country found as for the legislature.

A party is national too, and a report names its country's parties without the country ("the ruling
Revolutionary Institutional Party" in a report from Mexico): an organisation whose every name is a party's
with no country, demonym or place among its words (:func:`is_national_party`) is of the country the article
clearly stands in, as a ministry is; a party the gazetteer lists is settled by it first.

Examples
--------
>>> is_national_bank("Central Bank"), is_national_bank("the Reserve Bank"), is_national_bank("State Bank")
(True, True, True)
>>> is_national_bank("Arab Bank"), is_national_bank("Central Bank of Brazil"), is_national_bank("First National Bank")
(False, False, False)
>>> is_national_chamber("Parliament"), is_national_chamber("the Congress"), is_national_chamber("the Speaker")
(True, True, False)
>>> is_national_chamber("Philippine Congress"), is_national_chamber("General Assembly"), is_national_chamber("senate")
(False, False, False)
>>> is_national_ministry("Public Works Ministry"), is_national_ministry("Ministry of Plantation Industries")
(True, True)
>>> is_national_ministry("Bank of Japan and Finance Ministry"), is_national_ministry("Ministry")
(False, False)
>>> is_chamber_committee("Senate Finance Committee"), is_chamber_committee("the House Ways and Means Committee")
(True, True)
>>> is_chamber_committee("Senate"), is_chamber_committee("Olympic Committee"), is_chamber_committee("House Committee")
(False, False, False)
"""
from __future__ import annotations

from graphkit.ingest.actors.agencies import is_state_agency
from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.datelines import item_country
from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.actors.offices import home_country
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.sectors import noun_sector

__all__ = ["is_national_bank", "is_national_chamber", "is_national_ministry", "is_chamber_committee",
           "full_names", "national_bodies", "find_central_bank"]

#: Kinds of bank of which a country has one, its monetary authority (the Phoenix agents' central, reserve and
#: national bank; "State Bank" as Pakistan's and the Soviet Union's are named).
_KINDS = frozenset({"central", "reserve", "national", "state"})


def is_national_bank(name: str) -> bool:
    """Whether ``name`` is a kind of national bank and nothing else ("Central Bank", "the Reserve Bank")."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return len(words) == 2 and words[1].lower() == "bank" and words[0].lower() in _KINDS \
        and words[0][:1].isupper() and words[1][:1].isupper()


def is_national_chamber(name: str) -> bool:
    """Whether ``name`` is a legislature's kind and nothing else, capitalised ("Parliament", "the Senate")."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) != 1 or not words[0][:1].isupper() or not words[0][1:].islower():
        return False
    word = words[0].lower()
    return noun_sector(word) == "LEG" and not is_person_noun(word)


def is_national_ministry(name: str) -> bool:
    """Whether ``name`` is a ministry named by its portfolio alone ("Oil and Energy Ministry", "Ministry of
    Trade"), capitalised, with no country among its words."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() or w in ("of", "and", "for", "&") for w in words):
        return False
    if not (words[-1] == "Ministry" or (words[0] == "Ministry" and words[1] == "of")):
        return False
    return not any(country_code(w) or demonym_code(w) for w in words if w[:1].isupper())


def is_chamber_committee(name: str) -> bool:
    """Whether ``name`` is a legislature's committee named after its chamber ("Senate Finance Committee",
    "House Ways and Means Committee"), capitalised, with a remit and no country among its words."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or words[-1] not in ("Committee", "Subcommittee"):
        return False
    if not all(w[:1].isupper() or w in ("of", "and", "on", "for", "&") for w in words):
        return False
    if words[0] != "House" and not is_national_chamber(words[0]):
        return False
    return not any(country_code(w) or demonym_code(w) for w in words if w[:1].isupper())


def is_national_party(name: str) -> bool:
    """Whether ``name`` is a political party's name with no country among its words ("the Revolutionary
    Institutional Party", "Liberal Party"; not "Brazilian Democratic Movement Party", tied by its own word).

    >>> is_national_party("the Social Democratic Party"), is_national_party("Soviet Communist Party")
    (True, False)
    >>> is_national_party("Party"), is_national_party("Democratic party")
    (False, False)
    """
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1] != "Party" or not all(w[:1].isupper() or w in ("of", "and", "for") for w in words):
        return False
    return not any(country_code(w) or demonym_code(w) or place_country(w) for w in words if w[:1].isupper())


#: Tests of a national body's name: its central bank, its legislature and their committees, one of its ministries,
#: one of its agencies (:mod:`.agencies`), one of its parties.
_NATIONAL = (is_national_bank, is_national_chamber, is_chamber_committee, is_national_ministry, is_state_agency,
             is_national_party)
#: Tests of a body of which a report of several countries may mean any one's: it is tied only in a clear setting.
_CLEAR_ONLY = (is_national_ministry, is_national_party)


def full_names(names) -> list[str]:
    """The names of ``names`` that are not the initials of another of them ("MITI", "M.I.T.I." of "Ministry of
    International Trade and Industry").

    Examples
    --------
    >>> full_names(["MITI", "Ministry of International Trade and Industry"])
    ['Ministry of International Trade and Industry']
    >>> full_names(["NATO", "Finance Ministry"])
    ['NATO', 'Finance Ministry']
    """
    def initials(name: str) -> str:
        return "".join(w[0] for w in name.split() if w[:1].isupper())

    return [n for n in names if not any(m != n and n.replace(".", "") == initials(m) for m in names)]


def national_bodies(b) -> None:
    """Tie each uncoded national bank or legislature of builder ``b``'s article, and the people tied to it, to
    the country the article is set in (see the module)."""
    banks = [c for c in b.clusters if c.kind == "organization" and not c.code and c.names and c.mentions
             and any(all(test(n) for n in full_names(c.names)) for test in _NATIONAL)
             and not any(x.code for x in b.affil[id(c)])]
    if not banks:
        return
    for bank in banks:
        ministry = any(all(test(n) for n in full_names(bank.names)) for test in _CLEAR_ONLY)
        here = _setting(b, bank.mentions[0].start, clear_only=ministry)
        if here is None:
            continue
        b.kept.add(id(here))
        b.tie(bank, here)
        for c in b.clusters:
            if c.kind == "person" and bank in b.affil[id(c)] and not any(x.code for x in b.affil[id(c)]):
                b.tie(c, here)


def _setting(b, k: int, clear_only: bool = False):
    """The country cluster of the setting of token ``k`` of builder ``b``'s article, else None; with
    ``clear_only`` only a roundup item's dateline or a country the article clearly stands in."""
    code = item_country(b, k)
    if code is None:
        main = b.main_country(clear=True)
        if main is not None or clear_only:
            return main
        code = b.unnamed_home or home_country(b)
    return b.country(code) if code else None


#: Lower-case kinds of bank of which a country has one ("national" and "state" banks are also commercial).
_LOWER_KINDS = frozenset({"central", "reserve"})


def find_central_bank(b, i: int) -> bool:
    """Map a lower-case "the central bank" at token ``i`` of builder ``b`` to its country (see the module);
    True when it did.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Builder:  # only the phrase is read when it is no central bank
    ...     def __init__(self, doc):
    ...         self.table = token_table(doc)
    >>> doc = Doc(Vocab(), words=["the", "commercial", "bank", "lent"], heads=[2, 2, 3, 3],
    ...           deps=["det", "amod", "nsubj", "ROOT"])
    >>> find_central_bank(Builder(doc), 2)
    False
    """
    t = b.table
    if t.lower[i] != "bank" or not t.text[i].islower():
        return False
    kids = t.children(i)
    mods = [c for c in kids if c < i and t.dep[c] != "det"]
    if len(mods) != 1 or t.lower[mods[0]] not in _LOWER_KINDS or not t.text[mods[0]].islower() or not any(
            t.dep[c] == "det" and t.lower[c] == "the" for c in kids) or any(
            t.dep[c] == "prep" and t.lower[c] == "of" for c in kids):
        return False
    from graphkit.ingest.actors.speakers import speaker_country  # here: speakers reads the offices this reads

    code = _earlier_bank(b, i) or speaker_country(b, i)  # "Poehl said the central bank": his, in any setting
    if code is None:
        here = _setting(b, i)
        code = here.code if here is not None else None
    if not code:
        return False
    start = min(kids)
    c = b.country(code)
    c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = b.ensure_id(c)
    return True


def _earlier_bank(b, i: int) -> str | None:
    """The code of the country of the nearest earlier "central bank" that the article has read as one
    country's ("the Philippine central bank", "Ecuador's central bank")."""
    t, token_actor = b.table, b.layer.token_actor
    codes = {x.id: x.code for x in b.clusters if x.code and x.id}
    for j in range(i - 1, 0, -1):
        if t.lower[j] == "bank" and t.lower[j - 1] in _LOWER_KINDS and token_actor.get(j) in codes:
            return codes[token_actor[j]]
    return None
