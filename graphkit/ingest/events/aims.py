"""Recipients one level deeper than the trigger's own arguments, and the aims of an act.

When a trigger's arguments name no recipient, the party is often one phrase further down
("reneged on his commitment to the Zambian people") or in what the act is for ("began a
hunger strike to protest against Sweden's decision").
"""
from __future__ import annotations

from graphkit.ingest.events.roles import arg_actors, object_actors, prep_actors
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import objects_of as _objects

__all__ = ["deep_recipients", "purpose_recipients"]


#: Prepositions of a phrase whose own recipients are the act's: "in its war with Iraq",
#: "deployed troops along its border with Syria".
_ALONG = frozenset({"in", "of", "along", "near", "across", "inside", "outside"})
_DEEP_PREPS = frozenset({"to", "with", "on", "upon", "against", "into", "at", "toward", "towards",
                         "from", "between", "for"})


def deep_recipients(c: Candidate, layer) -> list[str]:
    """Recipients one phrase further down, when the arguments name none themselves:
    "reneged on his commitment to the Zambian people", "suspended part of an aid program for
    Bosnia", "blew up power lines leading into Kabul", "a strike that shut down Khatmandu"."""
    args = list(_objects(c.head))
    if c.noun is not None:
        args.append(c.noun)
    args += [o for p in c.head.children if p.dep_ == "prep" and p.text.lower() in _DEEP_PREPS | _ALONG
             for o in p.children if o.dep_ == "pobj"]
    out: list[str] = []
    for _depth in range(2):
        nxt = []
        for a in args:
            out += prep_actors(a, layer, _DEEP_PREPS)
            for ch in a.children:
                if ch.dep_ in ("acl", "relcl") and ch.pos_ == "VERB":
                    out += object_actors(ch, layer)
                elif ch.dep_ == "prep" and ch.text.lower() in ("of", "for", "in"):
                    nxt += [o for o in ch.children if o.dep_ == "pobj"]
        if out:
            break
        args = nxt
    return out


#: Protests during which an act is done against their target.
_DEMOS = frozenset({"demonstration", "protest", "rally", "march", "riot", "strike", "sit-in", "clash"})
#: Talks after which an act is done with the other party ("after talks with the government").
_TALKS = frozenset({"talk", "negotiation", "deliberation", "meeting", "consultation", "discussion", "dialogue",
                    "agreement", "deal", "contact", "mediation", "intervention"})
#: Attitudes shown by an act ("blocked a road to show their anger at ..."): their object is the recipient.
_ATTITUDES = frozenset({"disapproval", "anger", "opposition", "discontent", "displeasure", "outrage",
                        "frustration", "solidarity", "support", "protest", "dissatisfaction", "indignation",
                        "rejection", "resentment", "hostility", "fury", "objection", "condemnation"})
_SHOW = frozenset({"show", "express", "voice", "register", "demonstrate", "signal", "display", "vent"})


def purpose_recipients(verb, layer) -> list[str]:
    """Whom an act is aimed at, from its purpose: "began a hunger strike to protest against
    Sweden's decision", "staged a strike in protest of ...", "blocked a road to show their
    disapproval of the United States' policies"."""
    out: list[str] = []
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children):
            if _lemma(c) in ("protest", "demand", "denounce", "condemn", "oppose", "press", "pressure"):
                out += object_actors(c, layer)
            elif _lemma(c) in _SHOW:
                for o in c.children:
                    if o.dep_ == "dobj" and _lemma(o) in _ATTITUDES:
                        out += [a for p in o.children if p.dep_ == "prep" and p.text.lower() in (
                            "for", "of", "at", "with", "over", "against", "toward", "towards", "to")
                                for q in p.children if q.dep_ == "pobj" for a in arg_actors(q, layer)]
        elif c.dep_ == "prep" and c.text.lower() in ("during", "at"):
            # "threw stones during demonstrations against the occupation"
            out += [a for o in c.children if o.dep_ == "pobj" and _lemma(o) in _DEMOS
                    for p in o.children if p.dep_ == "prep" and p.text.lower() in ("against", "over")
                    for q in p.children if q.dep_ == "pobj" for a in arg_actors(q, layer)]
        elif c.dep_ == "prep" and c.text.lower() in ("after", "following"):
            # "called off the strike after deliberations with the government"
            out += [a for o in c.children if o.dep_ == "pobj" and _lemma(o) in _TALKS
                    for a in prep_actors(o, layer, {"with", "between"})]
        elif c.dep_ == "prep" and c.text.lower() in ("in", "despite", "under"):
            for o in c.children:
                if o.dep_ == "pobj" and _lemma(o) in ("protest", "opposition", "defiance", "response",
                                                      "retaliation", "solidarity", "support", "pressure",
                                                      "call", "appeal", "demand", "objection"):
                    for p in o.children:
                        if p.dep_ == "prep" and p.text.lower() in ("against", "of", "at", "over", "to",
                                                                   "with", "by", "from"):
                            out += [a for q in p.children if q.dep_ == "pobj" for a in arg_actors(q, layer)]
    return out
