"""Words of the markets and the wire that the model takes for names: units and figures ("Dlrs", "7.0p"),
currencies ("U.S. Dollar" is what is traded, not who acts), money aggregates and credit ratings ("M-1",
"Baa-3"), share codes ("TIGL.L") and the news agencies that report ("told Reuters").

Used by :mod:`graphkit.ingest.actors.mentions` to drop such names, and by the stages that must not take
a country written before a currency for the country acting (:func:`is_money_word`).

Examples
--------
>>> is_money_word("Dlrs"), bool(TICKER.fullmatch("AAPL.O")), "reuters" in WIRE_AGENCIES
(True, True, True)
"""
from __future__ import annotations

import re

__all__ = ["CODE", "CURRENCIES", "FIGURE", "TICKER", "UNITS", "WIRE_AGENCIES", "is_money_word", "only_figures"]

#: Newswire abbreviations of units and figures that the model takes for names ("Dlrs", "Avg").
UNITS = frozenset("dlrs dlr pct mln bln cts avg revs shr shrs qtr vs oper pence stg yen div".split())
#: A figure written with a decimal point or fraction ("7.0p", "1-1/2", "4.5"), never part of a name.
FIGURE = re.compile(r"\d+(?:[.,/-]\d+)+[a-z]{0,2}", re.I)
#: Currencies: "U.S. Dollar", "Sterling" are what is traded, not who acts.
CURRENCIES = frozenset("""
dollar dollars yen sterling franc francs lira lire peso pesos rupee rupees rouble roubles ruble rubles
guilder guilders krona kronor krone kroner mark marks deutschemark deutschemarks escudo escudos drachma
drachmas schilling schillings rand riyal riyals dinar dinars baht yuan ringgit rupiah shekel shekels
ecu ecus
""".split())


def is_money_word(word: str) -> bool:
    """Whether ``word`` names a currency or a newswire unit of money ("dollars", "Dlrs", "stg"):
    a country written before it ("U.S. Dlrs") names the currency, not the country acting.

    >>> is_money_word("Dlrs"), is_money_word("dollars"), is_money_word("troops")
    (True, True, False)
    """
    w = word.lower().rstrip(".")
    return w in CURRENCIES or w in UNITS


#: Money supply aggregates and credit ratings ("M-1", "Sterling M3", "PSL2", "Baa-3").
CODE = re.compile(r"(?:m|psl|l|aaa|aa|baa|ba|caa|ca)-?\d[a-z]?", re.I)
#: A Reuters instrument code of a share ("TIGL.L", "AAPL.O"), written after company names.
TICKER = re.compile(r"[A-Z]{3,5}\.[A-Z]{1,2}")
#: News agencies: in a wire story "Reuters" is who reports ("told Reuters"), not an actor.
WIRE_AGENCIES = frozenset({"reuters", "reuter", "associated press", "agence france presse", "afp",
                            "united press international", "upi"})

def only_figures(tt, s: int, e: int) -> bool:
    """Whether tokens ``s:e`` of token table ``tt`` are only figures and newswire units ("Div 7.0p",
    "Revs 24.9").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> tt = token_table(Doc(Vocab(), words=["Revs", "24.9", "Iran"]))
    >>> only_figures(tt, 0, 2), only_figures(tt, 0, 3)
    (True, False)
    """
    return all(not any(ch.isalpha() for ch in tt.text[k]) or tt.lower[k].rstrip(".") in UNITS
               or FIGURE.fullmatch(tt.text[k]) for k in range(s, e))
