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
             for o in p.children if o.dep_ == "pobj" and _lemma(o) not in _ANSWERS]  # not "in retaliation for"
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
                    out += answered_act_doers(o, layer)
                    for p in o.children:
                        if p.dep_ == "prep" and p.text.lower() in ("against", "of", "at", "over", "to",
                                                                   "with", "by", "from") and not (
                                _lemma(o) in _ANSWERS and out):
                            out += [a for q in p.children if q.dep_ == "pobj" for a in arg_actors(q, layer)]
    return out


#: Nouns of answering an act: "in retaliation for X", "in response to X" aim at X's doer.
_ANSWERS = frozenset({"retaliation", "response", "reprisal", "revenge", "reply", "answer"})


def answered_act_doers(noun, layer) -> list[str]:
    """The doers of the act a noun of answering answers: "struck ... in retaliation for an Iranian missile
    attack on a Kuwaiti ship" is aimed at Iran, who did the attack, never at those it was done to; "tariffs
    ... in retaliation for Japan's failure to ..." at Japan.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["retaliation", "for", "U.S.", "raids", "on", "Iran"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 3, 1, 3, 4],
    ...           deps=["ROOT", "prep", "compound", "pobj", "prep", "pobj"],
    ...           pos=["NOUN", "ADP", "PROPN", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["retaliation", "for", "U.S.", "raid", "on", "Iran"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {2: "usa", 5: "irn"}.get(i)
    >>> answered_act_doers(doc[0], Layer())
    ['usa']
    """
    if _lemma(noun) not in _ANSWERS:
        return []
    from graphkit.ingest.events.nominal import named_doers

    acts = [q for p in noun.children if p.dep_ == "prep" and p.text.lower() in ("for", "to", "against")
            for q in p.children if q.dep_ == "pobj" and q.pos_ == "NOUN"]
    return [a for q in acts for a in named_doers(q, layer) or _country_of_demonym(q, layer)]


#: Types of act a threat or a retaliation answers or holds out: force, pressure, penalties, charges.
_HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "ACCUSE", "PROTEST", "REJECT"})
#: Nouns that name some act without saying which ("the U.S. action", "the Soviet move").
_ACTS = frozenset({"action", "move", "act", "operation"})
#: Nouns of taking up again or widening an act ("a resumption of air raids"): the act is their "of" phrase.
_RESUMING = frozenset({"resumption", "renewal", "escalation", "continuation", "extension", "expansion",
                       "intensification", "repetition", "wave", "series", "campaign"})


def _hostile_verb(tok) -> bool:
    """Whether ``tok`` is a verb whose bare sense is hostile (see ``_HOSTILE``): "attacked", "seized", not
    "spoke" (hostile only in "spoke out against")."""
    from graphkit.ingest.events.lexicon import load_lexicon

    return tok.pos_ == "VERB" and any(not e.conditions and e.trigger.type in _HOSTILE
                                      for e in load_lexicon()["V"].get(_lemma(tok), ()))


def _hostile_noun(tok) -> bool:
    """Whether ``tok`` is a noun that names a hostile act in its bare sense (see ``_HOSTILE``).

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["raids", "talks"], pos=["NOUN", "NOUN"], lemmas=["raid", "talk"])
    >>> [_hostile_noun(t) for t in doc]
    [True, False]
    """
    from graphkit.ingest.events.lexicon import load_lexicon

    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    senses = load_lexicon()["N"].get(_lemma(tok), ())
    return any(e.trigger.type in _HOSTILE for e in senses) and not any(
        not e.conditions and e.trigger.type not in _HOSTILE for e in senses)


def _act_doers(noun, layer) -> list[str]:
    """The doers a hostile or generic act noun's own words name: "the U.S. raids", "the U.S. action"."""
    from graphkit.ingest.events.nominal import named_doers

    if not (_hostile_noun(noun) or _lemma(noun) in _ACTS):
        return []
    return named_doers(noun, layer)


def answered_doers(head, layer) -> list[str]:
    """The doers of the act a retaliation answers when no "for" phrase names it: the subject of an
    "after" clause ("vowed revenge after Japanese troops attacked the village"), else the doers of the
    nearest act named before it in the sentence ("called the U.S. attacks an escalation and promised
    retaliation").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["China", "vowed", "revenge", "after", "Japan", "attacked"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"],
    ...           pos=["PROPN", "VERB", "NOUN", "SCONJ", "PROPN", "VERB"],
    ...           lemmas=["China", "vow", "revenge", "after", "Japan", "attack"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "chn", 4: "jpn"}.get(i)
    >>> answered_doers(doc[1], Layer())
    ['jpn']
    """
    from graphkit.ingest.events.nominal import is_revenge

    if not is_revenge(head):
        return []
    out = [a for cl in head.children if cl.dep_ == "advcl" and _hostile_verb(cl) and any(
        m.dep_ == "mark" and m.text.lower() in ("after", "following", "because") for m in cl.children)
           for s in cl.children if s.dep_ in ("nsubj", "nsubjpass") for a in arg_actors(s, layer)]
    # "vowed retaliation for the Indian shelling": the country of the act's demonym
    args = [head, *(o for o in head.children if o.dep_ == "dobj")]
    out += [a for x in args for p in x.children if p.dep_ == "prep" and p.text.lower() in ("for", "after", "over")
            for o in p.children if o.dep_ == "pobj" and _hostile_noun(o) for a in _country_of_demonym(o, layer)]
    if out:
        return out
    for tok in reversed(head.doc[head.sent.start:head.i]):
        if doers := _act_doers(tok, layer) or (_hostile_noun(tok) and _country_of_demonym(tok, layer)):
            return doers
    return []


def threatened_targets(head, layer) -> list[str]:
    """The targets of the act a threat holds out: "threatened a resumption of air raids on Iranian
    towns" (Iran), "threatened strikes against Syria" (Syria).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Israel", "threatened", "raids", "on", "Syria"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"], lemmas=["Israel", "threaten", "raid", "on", "Syria"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "isr", 4: "syr"}.get(i)
    >>> threatened_targets(doc[1], Layer())
    ['syr']
    """
    # the act held out, or the object of the verb that holds it out ("threatened to resume air raids on X")
    verbs = [head, *(x for x in head.children if x.dep_ == "xcomp" and x.pos_ == "VERB")]
    acts = [o for v in verbs for o in _objects(v) if o.pos_ in ("NOUN", "PROPN")]
    acts += [o for p in head.children if p.dep_ == "prep" and p.text.lower() == "of" for o in p.children
             if o.dep_ == "pobj"]  # "warned of retaliation against X"
    acts += [o for a in acts if _lemma(a) in _RESUMING for p in a.children if p.dep_ == "prep"
             and p.text.lower() == "of" for o in p.children if o.dep_ == "pobj"]
    from graphkit.ingest.events.nominal import is_revenge

    targets = [o for a in acts if _hostile_noun(a) or is_revenge(a) for p in a.children if p.dep_ == "prep"
               and p.text.lower() in ("on", "against", "upon", "at", "into") for o in p.children if o.dep_ == "pobj"]
    return [x for t in targets for x in arg_actors(t, layer) or _country_of_demonym(t, layer)]


def _country_of_demonym(noun, layer) -> list[str]:
    """The country actor of the article a demonym modifying ``noun`` names: "Iranian towns" are Iran's.

    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iranian", "towns"], heads=[1, 1], deps=["amod", "ROOT"])
    >>> class Actor:
    ...     kind, code = "country", "IRN"
    >>> class Layer:
    ...     actors = {"iran": Actor()}
    >>> _country_of_demonym(doc[1], Layer())
    ['iran']
    """
    from graphkit.ingest.actors.gazetteer import demonym_code

    codes = {code for m in noun.children if m.dep_ == "amod" and (code := demonym_code(m.text))}
    if not codes:
        return []
    return [aid for aid, a in layer.actors.items() if a.kind == "country" and a.code in codes]


def governing_conditions(noun, layer) -> list[str]:
    """The party of an "if"/"unless" clause of the verb that governs event noun ``noun`` (or of verb
    ``noun`` itself): "will take trade reprisals if the EC proceeds with the ban" (the EC), "would
    retaliate if Taiwan declared independence" (Taiwan)."""
    out: list[str] = []
    verb = noun if noun.pos_ == "VERB" else noun.head if noun.dep_ in ("dobj", "nsubjpass", "attr") else None
    for cl in (verb.children if verb is not None and verb.pos_ in ("VERB", "AUX") else ()):
        if cl.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless") for m in cl.children):
            # "if the EC proceeds ... and if European countries do not cut back": each condition's party
            out += [a for v in (cl, *cl.conjuncts) for s in v.children if s.dep_ == "nsubj"
                    for a in arg_actors(s, layer)]
    return out


def threat_recipients(c: Candidate, layer, actors: list[str], recips: list[str]) -> list[str]:
    """The recipients of a threat or retaliation ``c`` once whom it aims at is read, when its own words
    name no party but places (other candidates keep ``recips``): the doer of the act a retaliation
    answers (:func:`answered_doers`, and a "for" phrase, see
    :func:`graphkit.ingest.events.nominal.avenged_doers`), the target of the act it holds out
    (:func:`threatened_targets`), the party of its condition (:func:`governing_conditions`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> words = ["Iran", "would", "retaliate", "for", "U.S.", "attacks", "on", "Gulf", "platforms"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 5, 3, 5, 8, 6],
    ...           deps=["nsubj", "aux", "ROOT", "prep", "compound", "pobj", "prep", "compound", "pobj"],
    ...           pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "NOUN", "ADP", "PROPN", "NOUN"],
    ...           lemmas=["Iran", "would", "retaliate", "for", "U.S.", "attack", "on", "Gulf", "platform"])
    >>> class Actor:
    ...     def __init__(self, kind):
    ...         self.kind = kind
    >>> class Layer:
    ...     actors = {"gulf": Actor("location"), "usa": Actor("country"), "irn": Actor("country")}
    ...     def at(self, i):
    ...         return {0: "irn", 4: "usa", 7: "gulf"}.get(i)
    >>> c = Candidate(Trigger("THREATEN", None, "threatened"), doc[2], doc[2], doc[2], "verb")
    >>> threat_recipients(c, Layer(), ["irn"], ["gulf"])
    ['usa']
    """
    from graphkit.ingest.events.nominal import avenged_doers, is_revenge

    heads = [c.head] if c.noun is None else [c.head, c.noun]
    if c.trig.type != "THREATEN" and not any(is_revenge(h) for h in heads):
        return recips

    def place(r: str) -> bool:  # "attacks on Gulf oil platforms": where, not whom (a country is a party)
        return (a := layer.actors.get(r)) is not None and a.kind == "location"

    if any(r not in actors and not place(r) for r in recips):
        return recips
    found = [a for h in heads for a in avenged_doers(h, layer) + answered_doers(h, layer)]
    found = found or [a for h in heads for a in threatened_targets(h, layer)]
    found = found or [a for h in heads if h.pos_ in ("NOUN", "PROPN") or c.trig.type != "THREATEN"
                      for a in governing_conditions(h, layer)]
    found = [a for a in dict.fromkeys(found) if a not in actors]
    return found or recips
