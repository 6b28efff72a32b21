"""Which organisations of an article are firms, beyond those named with a legal form or a ticker.

:mod:`graphkit.ingest.events.commerce` drops events between firms (and a firm's acts towards no party:
"Merrill Lynch said it would continue operating Borg-Warner as a subsidiary" is a business plan, no
promise). It knows a firm by its name's legal form ("Inc", "Corp") or a ticker; news names a firm
fully once and then shortens it, and describes many firms in words. So an organisation of the
article is a firm too when

* its name is the start of a firm's name in the same article ("Merrill Lynch" after "Merrill Lynch
  and Co Inc", "American Telephone" of "American Telephone and Telegraph Co"): a firm shortened; or
  begins with the same word as a firm's name when that word is no common English word ("Amoco
  Canada" beside "Amoco Corp": the firm's unit; "General Motors" beside "General Electric Co" is not);
* its name ends with a noun that names a company (``data/words/firm_nouns.txt``: "British Airways",
  "the Philadelphia Stock Exchange"); or
* a mention of it is in apposition with, or modified by, a noun that describes a company
  (``data/words/firm_nouns.txt``, WordNet 3.0: "FECSA, the Spanish electricity company", "car maker
  Nissan", "its subsidiary Amoco Canada"); names coordinated under one such noun share it ("its Nuton
  and Yale security subsidiaries").

A person the article ties to firms only (every affiliation of his a firm: "Fiat chairman Giovanni
Agnelli", "BZW chairman Sir Martin Jacombe") acts for business: an act of his towards firms or towards
no one is business too (:func:`business_event`); towards a state or a party it stays.

Firms found so are handed to the commerce test as organisations of the business sector.

Examples
--------
>>> from graphkit.models import Actor, Event
>>> firm = Actor(id="a", name="Merrill Lynch and Co Inc", kind="organization")
>>> short = Actor(id="b", name="Merrill Lynch", kind="organization")
>>> sorted(shortened_firms({"a": firm, "b": short}, {"a"}))
['b']
"""
from __future__ import annotations

from collections.abc import Mapping

from graphkit.ingest.actors.common_names import generic_body
from graphkit.ingest.actors.places import is_place
from graphkit.ingest.events.commerce import between_firms, is_business
from graphkit.ingest.events.companies import firms_referred
from graphkit.ingest.events.holdings import owned_firms
from graphkit.ingest.events.premises import firm_seats
from graphkit.ingest.words import word_list
from graphkit.models import Actor, Event
from graphkit.names import LEGAL_FORMS

__all__ = ["FIRM_NOUNS", "business_actors", "business_event", "described_firms", "firm_named", "firm_person",
           "shortened_firms"]

#: Nouns that describe an organisation as a company ("the Spanish electricity company").
FIRM_NOUNS = word_list("firm_nouns")
#: Dependencies that tie a describing noun to a name: "FECSA, the ... company" (appos), "car maker
#: Nissan" (compound: the noun modifies the name).
_DESCRIBING = frozenset({"appos", "compound"})
#: Kinds of actor a company noun can describe: the model takes many a firm's name for a person's or a
#: place's ("Malaysia's state oil company Petronas"); a country never is one.
_DESCRIBABLE = frozenset({"organization", "person", "location"})
#: Dependencies of a name that modifies a noun phrase, up to the phrase's head ("its Nuton security subsidiaries").
_MODIFYING = frozenset({"compound", "nmod"})


def _words(name: str) -> list[str]:
    return name.replace(",", " ").replace(".", " ").lower().split()


#: Words a name's initials leave out ("Bank of America": "BA").
_UNINITIALLED = frozenset({"of", "and", "the", "&", "de", "et"})


def _initials(words: list[str]) -> set[str]:
    """The initials of a name's words (lower case), with and without its legal forms, of two letters or more.

    >>> sorted(_initials(["general", "motors", "corp"]))
    ['gm', 'gmc']
    """
    kept = [w for w in words if w not in _UNINITIALLED]
    bare = [w for w in kept if w not in LEGAL_FORMS]
    return {"".join(w[0] for w in ws) for ws in (kept, bare) if len(ws) > 1}


def _unknown_place(actor: Actor) -> bool:
    """Whether ``actor`` is a place of two words or more that no gazetteer knows ("Gulf States"): the model's
    reading of a firm's shortened name, where "New York" of "New York Times Co" is a known place.

    >>> _unknown_place(Actor(id="a", name="Gulf States", kind="location"))
    True
    >>> _unknown_place(Actor(id="b", name="New York", kind="location"))
    False
    """
    return actor.kind == "location" and not actor.code and len(actor.name.split()) > 1 and not is_place(actor.name)


def shortened_firms(actors: Mapping[str, Actor], firms: set[str]) -> set[str]:
    """The organisations of ``actors`` (id -> actor) whose name is the start of the name of one of the
    ``firms`` (ids), word by word, and not a body named by one common word ("the Bank"); and the places no
    gazetteer knows so named (:func:`_unknown_place`).

    Examples
    --------
    >>> from graphkit.models import Actor, Event
    >>> firm = Actor(id="a", name="Bank of Boston Corp", kind="organization")
    >>> bank = Actor(id="b", name="Bank", kind="organization", generic_name=True)
    >>> shortened_firms({"a": firm, "b": bank}, {"a"})
    set()
    """
    out = set()
    names = [_words(actors[f].name) for f in firms if f in actors]
    for aid, actor in actors.items():
        if aid not in firms and _unknown_place(actor) and any(
                len(n) > len(w) and n[:len(w)] == w for w in [_words(actor.name)] for n in names):
            out.add(aid)  # "Gulf States" of "Gulf States Utilities Co": the model's place, no gazetteer's
        if aid in firms or actor.kind != "organization" or actor.generic_name:
            continue
        words = _words(actor.name)
        if words and any(len(n) > len(words) and n[:len(words)] == words for n in names):
            out.add(aid)
        elif actor.name.isupper() and not actor.code and any(actor.name.lower() in _initials(n) for n in names):
            out.add(aid)  # "GM" of "General Motors Corp": the firm's initials
        elif words and len(words[0]) > 2 and not generic_body(words[0]) and any(
                n[0] == words[0] for n in names if n):
            out.add(aid)  # "Amoco Canada" beside "Amoco Corp": a unit of the firm
    return out


def firm_named(actor: Actor) -> bool:
    """Whether the organisation ``actor``'s name ends with a noun of :data:`FIRM_NOUNS` (or its plural):
    "British Airways", "the Philadelphia Stock Exchange"; or has a legal form before "of" and the place
    the firm is in ("Fashionport Private Ltd of India").

    Examples
    --------
    >>> from graphkit.models import Actor, Event
    >>> firm_named(Actor(id="a", name="Philadelphia Stock Exchange", kind="organization"))
    True
    >>> firm_named(Actor(id="b", name="Export-Import Bank", kind="organization"))
    False
    """
    words = _words(actor.name)
    if actor.kind != "organization" or len(words) < 2:
        return False
    last = words[-1]
    if any(w in LEGAL_FORMS and words[k + 1] == "of" for k, w in enumerate(words[1:-1], 1)):
        return True  # "Fashionport Private Ltd of India", "Victoria Exploration Ltd of Perth": the firm, placed
    return last in FIRM_NOUNS or (last.endswith("s") and last[:-1] in FIRM_NOUNS)


def described_firms(doc, token_actor: Mapping[int, str], actors: Mapping[str, Actor]) -> set[str]:
    """The organisations (or persons and places the model took a firm for) a mention of which is described
    as a company: in apposition with a noun of :data:`FIRM_NOUNS` ("FECSA, the Spanish electricity
    company"), or with such a noun as its compound modifier or head ("car maker Nissan").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.models import Actor, Event
    >>> doc = Doc(Vocab(), words=["FECSA", ",", "the", "electricity", "company"], heads=[0, 0, 4, 4, 0],
    ...           deps=["ROOT", "punct", "det", "compound", "appos"],
    ...           lemmas=["FECSA", ",", "the", "electricity", "company"])
    >>> sorted(described_firms(doc, {0: "f"}, {"f": Actor(id="f", name="FECSA", kind="organization")}))
    ['f']
    """
    out = set()
    for i, aid in token_actor.items():
        actor = actors.get(aid)
        if actor is None or actor.kind not in _DESCRIBABLE or actor.code or i >= len(doc):
            continue
        tok = doc[i]
        while tok.dep_ == "conj" and tok.head.i != tok.i:  # "its Nuton and Yale subsidiaries": one description
            tok = tok.head
        near = [c for c in tok.children if c.dep_ in _DESCRIBING]
        if tok.dep_ in _DESCRIBING:
            near.append(tok.head)
        up = tok
        while up.dep_ in _MODIFYING and up.head.i != up.i:  # "its Nuton security subsidiaries": the phrase's head
            up = up.head
            near.append(up)
        if any((t.lemma_ or t.text).lower() in FIRM_NOUNS and t.i not in token_actor for t in near):
            out.add(aid)
    return out


def business_actors(doc, layer, text: str = "") -> dict[str, Actor]:
    """The actors of ``layer`` (``layer.actors``, ``layer.token_actor``) with the organisations found
    to be firms (:func:`firm_named`, :func:`shortened_firms`, :func:`described_firms`) given the business sector, for
    :func:`graphkit.ingest.events.commerce.between_firms`; the other actors as they are.
    """
    actors: dict[str, Actor] = dict(layer.actors)
    known = {aid for aid, a in actors.items() if is_business(a, text)}
    firms = known | {aid for aid, a in actors.items() if firm_named(a)}
    found = (firms | shortened_firms(actors, firms) | described_firms(doc, layer.token_actor, actors)
             | firms_referred(doc, layer.token_actor, actors)) - known  # "the company": events.companies
    found |= owned_firms(doc, layer.token_actor, actors, known | firms | found)  # "its X unit": events.holdings
    found |= firm_seats(doc, layer.token_actor, actors, firms | found)  # "its U.K. unit": events.premises
    for aid in found:  # a person or a place described as a company is one: "state oil company Petronas"
        actors[aid] = actors[aid].model_copy(update={"sector": "BUS", "kind": "organization"})
    return actors


def firm_person(actor: Actor, actors: Mapping[str, Actor], text: str = "") -> bool:
    """Whether ``actor`` is a person whose affiliations (ids in ``actors``) are all firms or business
    groups (:func:`~graphkit.ingest.events.commerce.is_business`), and there is one.

    Examples
    --------
    >>> from graphkit.models import Actor
    >>> fiat = Actor(id="f", name="Fiat SpA", kind="organization")
    >>> italy = Actor(id="i", name="Italy", kind="country", code="ITA")
    >>> agnelli = Actor(id="a", name="Giovanni Agnelli", kind="person", affiliations=["f"])
    >>> firm_person(agnelli, {"f": fiat, "i": italy})
    True
    >>> firm_person(agnelli.model_copy(update={"affiliations": ["f", "i"]}), {"f": fiat, "i": italy})
    False
    """
    if actor.kind != "person" or not actor.affiliations:
        return False
    return all((a := actors.get(aid)) is not None and is_business(a, text) for aid in actor.affiliations)


def business_event(event: Event, actors: Mapping[str, Actor], text: str = "") -> bool:
    """Whether ``event`` is business (:func:`~graphkit.ingest.events.commerce.between_firms`), counting a
    person tied to firms only (:func:`firm_person`) as one of the business: his act towards firms or no
    one ("Jacombe said BZW must ...", "Mettler said he disciplined those culpable") is no political event.

    Examples
    --------
    >>> from graphkit.models import Actor, Event
    >>> firm = Actor(id="f", name="Fiat SpA", kind="organization")
    >>> boss = Actor(id="b", name="Giovanni Agnelli", kind="person", affiliations=["f"])
    >>> italy = Actor(id="i", name="Italy", kind="country", code="ITA")
    >>> actors = {a.id: a for a in (firm, boss, italy)}
    >>> ev = Event(id="e", type="REQUEST", label="asked", actors=["b"], recipients=["f"], article="x",
    ...            sentence="", start=0, end=1)
    >>> business_event(ev, actors)
    True
    >>> business_event(ev.model_copy(update={"recipients": ["i"]}), actors)
    False
    """
    if between_firms(event, actors, text):
        return True
    parties = [actors.get(a) for a in (*event.actors, *event.recipients)]
    return bool(event.actors) and any(p is not None and p.kind == "person" for p in parties) and all(
        p is not None and (is_business(p, text) or firm_person(p, actors, text)) for p in parties)
