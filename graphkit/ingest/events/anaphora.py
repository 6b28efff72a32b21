"""Definite acts: "the announcement", "the decision" is the act the text has just reported.

A reaction with no one to react to ("Dai Lloyd criticised the decision", "called the announcement
hugely disappointing", "welcomed the move") is aimed at whoever made the act its object names,
when that object is a definite noun phrase with no owner of its own ("the decision", not "Blair's
decision" nor "the decision of the court") and the act is reported just before: a verb with an
actor for subject, in the same sentence or the three before, that is the noun's verb
("decided" -> "the decision", "announced" -> "the announcement", "moved" -> "the move"), whose
object is that noun ("announced an increase" -> "the increase"), or, for something said ("the
announcement", "the remarks": nouns of statement and of reporting verbs), a reporting verb ("Ms
Essex said: ..."). The nearest such act wins; its doers become the recipients.

Examples
--------
>>> stem_matches("decide", "decision"), stem_matches("announce", "announcement")
(True, True)
>>> stem_matches("propose", "proposal"), stem_matches("sign", "signal"), stem_matches("plan", "plan")
(True, False, True)
"""
from __future__ import annotations

from functools import lru_cache

from graphkit.ingest.words import word_list

__all__ = ["act_makers", "definite_acts", "is_definite", "stem_matches", "REACTIONS"]

#: Reactions that are aimed at someone: criticism, praise, refusal, concession.
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "CONCEDE"})
#: Suffixes that make an event noun of a verb ("announce-ment", "propos-al", "deci-sion").
_SUFFIXES = ("ment", "al", "ion", "tion", "ation", "sion", "ision", "ure", "ance", "ence", "s", "")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: How many sentences before the reaction's own an act may be reported.
_REACH = 3


def stem_matches(verb: str, noun: str) -> bool:
    """Whether ``noun`` is the event noun of ``verb`` (same lemma, or the verb's stem and a
    nominal suffix: "decide" -> "decision", "move" -> "move")."""
    if verb == noun:
        return True
    stems = {verb, verb[:-1] if verb.endswith("e") else verb}
    if verb.endswith(("de", "te")):  # decide -> decis-ion, ...
        stems.add(verb[:-2])
    # a short suffix needs a longer stem: "propos-al", "arriv-al", but not "sign-al"
    return any(noun.startswith(s) and noun[len(s):] in _SUFFIXES and len(s) >= (5 if len(noun) - len(s) < 3 else 4)
               for s in stems)


def is_definite(noun) -> bool:
    """Whether ``noun`` heads a definite phrase with no owner: "the decision", not "Blair's
    decision", "the Blair decision" nor "the decision of the court"."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    kids = list(noun.children)
    if not any(k.dep_ == "det" and k.text.lower() in _DETERMINERS for k in kids):
        return False
    return not any(k.dep_ in ("poss", "compound") or (k.dep_ == "prep" and k.text.lower() in ("of", "by"))
                   for k in kids)


def act_makers(noun, layer, own: list[str]) -> list[str]:
    """Who made the act the definite ``noun`` names, other than ``own`` (see the module), else []."""
    return _maker(noun, noun.doc, layer, own) if is_definite(noun) else []


@lru_cache(maxsize=4096)
def _is_saying(lemma: str) -> bool:
    """Whether a noun names something said ("the statement", "the announcement", "the remarks"):
    a noun of statement, or the noun of a reporting verb."""
    return lemma in word_list("statement_nouns") or any(
        stem_matches(v, lemma) for v in word_list("reporting_verbs") if v != lemma)


def _maker(noun, doc, layer, own: list[str]) -> list[str]:
    """The doers of the nearest act before ``noun`` that it names (see the module)."""
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
    lemma = noun.lemma_.lower()
    said = _is_saying(lemma)
    for s in reversed(sents[max(0, here - _REACH):here + 1]):
        for v in reversed(list(s)):
            if v.i >= noun.i or v.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            doers = [a for a in (layer.all_at(subj.i) if subj is not None else []) if a not in own]
            if not doers:
                continue
            objs = [c.lemma_.lower() for c in v.children if c.dep_ == "dobj"]
            verb = v.lemma_.lower()
            if stem_matches(verb, lemma) or lemma in objs or (said and verb in word_list("reporting_verbs")):
                return doers
    return []


def definite_acts(cands: list, roles: list, layer) -> None:
    """Give reactions with no recipient the maker of the definite act they react to (see the
    module); ``roles`` (``(actors, recipients)`` or None per candidate) is updated in place."""
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or role[1] or not role[0] or c.trig.type not in REACTIONS:
            continue
        if c.kind not in ("verb", "light", "appraisal"):
            continue
        noun = next((x for x in c.head.children if x.dep_ in ("dobj", "nsubjpass")), None)
        makers = act_makers(noun, layer, role[0]) if noun is not None else []
        if makers:
            roles[n] = (role[0], makers)
