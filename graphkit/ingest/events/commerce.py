"""Dealings between firms are commerce, not political events.

PLOVER codes what states, their agents and political groups do to one another; a company agreeing to
buy another, suing a rival or refusing a bid is business news, whatever verb tells it ("Pennwalt Corp
agreed to acquire ...", "Texaco is appealing the ruling"). An event is dropped when every one of its
actors is a firm and every recipient is a firm too, or it has none. A firm's act towards a state or
its bodies stays ("USAir asked the Department of Transportation to dismiss the application"), and so
does any act a state or a person takes part in.

Firms named as a body of business people count as firms too: a group or organisation of the CAMEO
business sector ("U.S. firms have complained", "Japanese firms have asked for a lower base price",
"a joint proposal by steel employers"). A person's business sector is no such mark: it comes from titles
such as "chairman", which parties and pressure groups have as well.

A firm's or a commercial bank's loan is business too, whoever borrows: "Citibank extended a 50 mln dlr
loan to Mexico" is a credit, no aid (PLOVER AID is what states and aid bodies give). A commercial bank is
an organisation named as a bank ("Citibank", "Chase Manhattan Bank") that carries no actor code: the
World Bank and the regional development banks carry IGO, central banks their state's government.
A bank's help given to no named party is money lent to the money market, no aid either: "the Bank of
England provided the money market with 437 mln stg assistance", "the Bundesbank's help to the market"
(:func:`is_bank`: any organisation named as a bank or a central bank, but an aid body with its IGO code).
Funding or financing that goes to no party named is spending, not aid: "Stoltenberg has problems finding
the cash to finance tax cuts", "a loan to help Brazil finance the railway" (Brazil pays for its own railway);
"financed a dam in Zambia" funds Zambia.

An organisation is a firm when the name it is given ends with a legal form of a company ("Inc",
"Corp", "Ltd", "Plc", "AG": :data:`graphkit.names.LEGAL_FORMS`), or when a mention of it is followed by
a stock ticker in angle brackets, the financial wire's way of marking a listed company ("Fidata
Corp <FID>"), or when it is written inside angle brackets, as the wire marks other companies ("<Bond Corp
International Ltd>", "<Mr. Jax Fashions Inc> said").

Examples
--------
>>> from graphkit.models import Actor, Event, Mention
>>> firm = Actor(id="a", name="Kapok Corp", kind="organization")
>>> rival = Actor(id="b", name="Fidata", kind="organization",
...               mentions=[Mention(article="x", start=0, end=6, text="Fidata")])
>>> state = Actor(id="c", name="Japan", kind="country", code="JPN")
>>> actors = {a.id: a for a in (firm, rival, state)}
>>> ev = Event(id="e", type="AGREE", label="agreed with", actors=["a"], recipients=["b"],
...            article="x", sentence="", start=0, end=1)
>>> between_firms(ev, actors, "Fidata <FID> said")
True
>>> between_firms(ev.model_copy(update={"recipients": ["c"]}), actors, "Fidata <FID> said")
False
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from graphkit.models import Actor, Event
from graphkit.names import LEGAL_FORMS, name_key

__all__ = ["is_firm", "is_business", "is_lender", "is_bank", "between_firms"]

#: A stock ticker right after a name: "<FID>", "<VOWG.F>".
_TICKER = re.compile(r"\s*>?\s*<[A-Z][A-Z0-9.]*>")


def is_firm(actor: Actor, text: str = "") -> bool:
    """Whether ``actor`` is a company: an organisation named with a legal form or followed by a ticker.

    >>> is_firm(Actor(id="a", name="Royal Dutch Petroleum Co", kind="organization"))
    True
    >>> is_firm(Actor(id="b", name="World Bank", kind="organization"))
    False
    """
    if actor.kind != "organization":
        return False
    for name in (actor.name, *actor.aliases):
        words = name.replace(",", " ").split()
        if len(words) > 1 and name_key(words[-1].rstrip(".")) in LEGAL_FORMS:
            return True
    return any(_TICKER.match(text, m.end) or _bracketed(text, m.start, m.end)
               for m in actor.mentions if 0 < m.end <= len(text))


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether the span ``start:end`` of ``text`` lies inside angle brackets on one line, the wire's mark of
    a company without a ticker ("<Mr. Jax Fashions Inc> said", "<Ariadne Australia Ltd>").

    >>> _bracketed("<Mr. Jax Fashions Inc> said", 5, 8), _bracketed("Jax <JAX> said", 0, 3)
    (True, False)
    """
    opened, shut = text.rfind("<", 0, start), text.rfind(">", 0, start)
    closes = text.find(">", end)
    return opened > shut and closes >= 0 and "\n" not in text[opened:closes] and "<" not in text[end:closes]


def is_business(actor: Actor, text: str = "") -> bool:
    """Whether ``actor`` is a firm, or a group or organisation of the business sector ("U.S. firms").

    >>> is_business(Actor(id="a", name="U.S. firms", kind="group", sector="BUS"))
    True
    >>> is_business(Actor(id="b", name="Roh", kind="person", sector="BUS"))
    False
    """
    if actor.kind in ("group", "organization") and actor.sector == "BUS":
        return True
    return is_firm(actor, text)


def is_lender(actor: Actor, text: str = "") -> bool:
    """Whether ``actor`` lends for business: a firm, a business group or a commercial bank (an
    organisation named as a bank, with no actor code).

    >>> is_lender(Actor(id="a", name="Chase Manhattan Bank", kind="organization"))
    True
    >>> is_lender(Actor(id="b", name="World Bank", kind="organization", code="IGO"))
    False
    """
    if actor.kind == "organization" and not actor.code:
        last = actor.name.split()[-1].lower() if actor.name.split() else ""
        if last.endswith(("bank", "banks")):
            return True
    return is_business(actor, text)


#: Central banks named by a word other than "bank" ("Federal Reserve", "the Fed").
_RESERVES = frozenset({"federal reserve", "fed", "federal reserve board", "reserve board"})


def is_bank(actor: Actor) -> bool:
    """Whether ``actor`` is a bank, commercial or central: an organisation with "bank" in its name
    ("Bank of England", "Bundesbank") or a central bank named otherwise ("Federal Reserve"); an aid body
    with its IGO code ("World Bank") is none.

    >>> is_bank(Actor(id="a", name="Bank of England", kind="organization"))
    True
    >>> is_bank(Actor(id="b", name="World Bank", kind="organization", code="IGO"))
    False
    """
    if actor.kind != "organization" or actor.code == "IGO":
        return False
    names = [n.lower() for n in (actor.name, *actor.aliases)]
    return any("bank" in n for n in names) or any(n.removeprefix("the ") in _RESERVES for n in names)


def between_firms(event: Event, actors: Mapping[str, Actor], text: str = "") -> bool:
    """Whether every actor of ``event`` is a firm or a business group, and every recipient too (or it has
    none); or ``event`` is aid that only firms and commercial banks give (a loan: business, whoever borrows), or
    that only banks give to no one named (money lent to the market); or funding of no one named (spending)."""
    if not event.actors:
        return False
    if event.type == "AID" and all((p := actors.get(a)) is not None and is_lender(p, text) for a in event.actors):
        return True
    if event.type == "AID" and not event.recipients and all(
            (p := actors.get(a)) is not None and is_bank(p) for a in event.actors):
        return True  # "the Bank of England provided the money market with 437 mln stg assistance"
    if event.type == "AID" and event.label == "funded" and not event.recipients:
        return True  # "finding the cash to finance tax cuts", "to help Brazil finance the railway": spending
    parties = [actors.get(a) for a in (*event.actors, *event.recipients)]
    return all(p is not None and is_business(p, text) for p in parties)
