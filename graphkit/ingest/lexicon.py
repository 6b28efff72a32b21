"""The PLOVER trigger lexicon: verb and noun lemmas to (category, mode, label).

First version: a small verb list.

Examples
--------
>>> lookup_verb("meet")
Trigger(type='CONSULT', mode=None, label='met')
"""
from __future__ import annotations

from typing import NamedTuple, Optional

__all__ = ["Trigger", "VERBS", "lookup_verb"]


class Trigger(NamedTuple):
    type: str
    mode: Optional[str]
    label: str


VERBS: dict[str, Trigger] = {
    "meet": Trigger("CONSULT", None, "met"),
    "visit": Trigger("CONSULT", "visit", "visited"),
    "host": Trigger("CONSULT", "visit", "hosted"),
    "mediate": Trigger("CONSULT", "third-party", "mediated"),
    "agree": Trigger("AGREE", None, "agreed with"),
    "promise": Trigger("AGREE", None, "promised"),
    "praise": Trigger("SUPPORT", None, "praised"),
    "criticize": Trigger("ACCUSE", None, "criticized"),
    "condemn": Trigger("ACCUSE", None, "condemned"),
    "accuse": Trigger("ACCUSE", None, "accused"),
    "blame": Trigger("ACCUSE", None, "blamed"),
    "reject": Trigger("REJECT", None, "rejected"),
    "urge": Trigger("REQUEST", None, "urged"),
    "threaten": Trigger("THREATEN", None, "threatened"),
    "attack": Trigger("ASSAULT", None, "attacked"),
    "kill": Trigger("ASSAULT", None, "killed"),
    "arrest": Trigger("COERCE", "arrest", "arrested"),
}


def lookup_verb(lemma: str) -> Trigger | None:
    """The trigger for a verb lemma, or None."""
    return VERBS.get(lemma.lower())
