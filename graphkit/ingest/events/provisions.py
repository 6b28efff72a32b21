"""What a plan, bill or contract "calls for" is a term it sets out, not a demand of anyone.

In news English a document that sets out terms "calls for", "requires" or "demands" what it provides:
"The U.S. plan calls for loans ... to be tied to economic reforms", "the bill called for transit projects
totalling 17.8 billion dlrs", "the contract called for the Uruguayans to deliver 70,000 tonnes". Its
owner proposed or signed it; the verb itself reports its content (WordNet 3.0 call_for.v.01 "require as
useful, just, or proper", whose subjects are things), which is no PLOVER REQUEST. Bodies that speak
through what they adopt ("the resolution calls for a ceasefire", "the communique demanded ...") are not
documents of terms here: their words are the body's demand.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["The", "plan", "calls", "for", "loans"], heads=[1, 2, 2, 2, 3],
...           deps=["det", "nsubj", "ROOT", "prep", "pobj"], lemmas=["the", "plan", "call", "for", "loan"])
>>> sets_out_terms(doc[2])
True
"""
from __future__ import annotations

__all__ = ["TERM_NOUNS", "sets_out_terms"]

#: Nouns of documents that set out terms (plans, laws, budgets, contracts and agreements).
TERM_NOUNS = frozenset({"plan", "scheme", "proposal", "program", "programme", "package", "bill", "budget", "law",
                        "legislation", "act", "amendment", "measure", "statute", "regulation", "rule", "code",
                        "charter", "constitution", "contract", "agreement", "accord", "deal", "pact", "treaty",
                        "protocol", "draft", "formula", "option", "version", "project", "strategy", "reform"})
#: Verbs by which a document states what it provides.
_PROVIDING = frozenset({"call", "require", "demand", "envisage", "envision", "stipulate", "provide"})


def sets_out_terms(verb) -> bool:
    """Whether ``verb`` ("calls for", "requires") has a document of terms for subject (see the module).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "called", "for", "talks"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["Iran", "call", "for", "talk"])
    >>> sets_out_terms(doc[1])
    False
    """
    if (verb.lemma_ or verb.text).lower() not in _PROVIDING:
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and (verb.head.lemma_ or verb.head.text).lower() in TERM_NOUNS:
        return True  # "an economic package calling for more spending"
    return any(c.dep_ == "nsubj" and (c.lemma_ or c.text).lower() in TERM_NOUNS for c in verb.children)
