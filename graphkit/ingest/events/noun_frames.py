"""What an event noun's own phrase says of its act: its sense, its doer, and whether it was done.

:mod:`graphkit.ingest.events.nominal` reads event nouns nested in other phrases ("backed Reagan's
strike on Iran"). Three general facts of English news writing are read here:

* a noun whose lexicon senses all need a governing verb ("gave aid", "granted a loan", "issued a
  call") still names its act when its own phrase names the party it is addressed to: "West German aid
  to Bolivia", "a World Bank loan to Manila", "a call by OPEC to boost prices", "calls for his
  resignation" -- the sense of its entries, when they agree on one category (:func:`framed_sense`);
* a relative clause or participle of doing that modifies an event noun tells that the act was done
  and by whom: "the tariffs Reagan ordered on Japanese goods" (Reagan), "U.S. sanctions imposed in
  1982" (the U.S.) (:func:`clause_doers`, :func:`done_by_clause`);
* an act named with a time still to come ("a visit to Tokyo next week", "a meeting set for next
  Wednesday") is scheduled, not done (:func:`scheduled`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["aid", "to", "Bolivia"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"], lemmas=["aid", "to", "Bolivia"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return "bolivia" if i == 2 else None
>>> framed_sense(doc[0], Layer()).type
'AID'
"""
from __future__ import annotations

from graphkit.ingest.events.agenda import topical
from graphkit.ingest.events.lexicon import Trigger, load_lexicon, lookup_noun
from graphkit.ingest.events.nominal_roles import modifier_actor, patient_objects
from graphkit.ingest.events.roles import np_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.events.triggers import verb_lemma

__all__ = ["untold", "framed_sense", "clause_sense", "clause_doers", "done_by_clause", "answered_request", "scheduled",
           "dated_ahead", "ADDRESSEE_PREPS"]

#: Prepositions naming the party an act is addressed to, given to or done to ("aid to Bolivia",
#: "credits for Poland", "sanctions on Japan", "talks with Iran").
ADDRESSEE_PREPS = frozenset({"to", "for", "on", "against", "with", "toward", "towards"})
#: Verbs by which an act named by a noun is done, besides the noun's own governing verbs: "the
#: sanctions imposed in 1982", "the offensive Iran launched". Not verbs that also make things that are no
#: act ("a release he issued" is a document, "the access it has" a right).
_DOING = frozenset({"impose", "order", "stage", "carry", "launch", "mount", "conduct", "wage", "perpetrate",
                    "commit", "slap", "levy", "sign", "unleash", "make", "mastermind", "announce", "unveil",
                    "begin", "start", "open", "hold", "resume", "submit", "table", "present"})
#: Categories a frame may give: acts given or addressed by their doer, named by a possessor or modifier
#: ("Japan's aid to X", "U.S. duties on Y", "OPEC's call for Z", "Iran's warning to W"); not acts
#: whose owner receives them ("Poland's access to NATO", "compensation to X") or things that may be no act at
#: all ("Soviet gas to Europe", "U.S. missiles in Europe", "a conference on X").
_FRAMED = frozenset({"AID", "REQUEST", "SANCTION", "SUPPORT", "THREATEN", "ACCUSE"})
#: Verbs of stopping an act before it is done: their object did not happen, whatever its clause says.
_STOPPED = frozenset({"prevent", "avert", "avoid", "block", "stop", "forbid", "foil", "thwart", "ban", "prohibit"})
#: Words of a time still to come that date an act ("next week", "tomorrow", "later this month").
_AHEAD = frozenset({"next", "tomorrow", "upcoming", "forthcoming", "coming", "later"})
#: Participles and adjectives of an act set for a later time ("talks scheduled for April", "due").
_SET = frozenset({"schedule", "set", "due", "slate", "plan", "expect", "fix"})
#: Adjectives of an act not yet done: "pending sanctions", "the proposed boycott", "a possible attack".
_UNDONE = frozenset({"pending", "proposed", "planned", "possible", "potential", "prospective", "mooted",
                     "contemplated", "envisaged", "intended", "projected"})
#: Auxiliaries of an act still to come.
_MODAL_AHEAD = frozenset({"will", "shall", "'ll", "should", "would"})
#: Verbs of an act's starting or taking place (WordNet 3.0 begin.v.02, start.v.05 "begin or set in motion", open.v.04,
#: resume.v.01, convene.v.01, commence, occur.v.01 "take place", hold.v.03 "organize"): an act that will start or
#: take place ("the talks will open on Monday", "a meeting will be held") has not yet taken place.
_STARTING = frozenset({"begin", "start", "open", "resume", "convene", "reconvene", "commence", "occur", "happen",
                       "hold", "take"})
#: Prepositions of a date ("talks in coming weeks", "a meeting on Monday next week").
_WHEN = frozenset({"in", "on", "at", "for"})


def _addressee(noun, layer) -> bool:
    """Whether ``noun``'s own phrase names a party it is addressed or done to ("aid to Bolivia")."""
    return any(p.dep_ == "prep" and p.text.lower() in ADDRESSEE_PREPS and any(
        o.dep_ == "pobj" and np_actors(o, layer) for o in p.children) for p in noun.children)


def _asks(noun) -> bool:
    """Whether ``noun`` has the complement of a request: "a call for restraint", "calls to boost prices"."""
    return any((p.dep_ == "prep" and p.text.lower() == "for") or (
        p.dep_ == "acl" and any(x.dep_ == "aux" and x.text.lower() == "to" for x in p.children))
        for p in noun.children)


def framed_sense(noun, layer) -> Trigger | None:
    """The sense of event noun ``noun`` whose lexicon entries all need a condition (see the module)
    when its phrase addresses the act to a party, or asks for something (REQUEST): the one category
    its event entries agree on, else None. A noun with a bare sense is read by its lexicon entry.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "call", "for", "restraint"], heads=[1, 1, 1, 2],
    ...           deps=["det", "ROOT", "prep", "pobj"], lemmas=["a", "call", "for", "restraint"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return None
    >>> framed_sense(doc[1], Layer()).type
    'REQUEST'
    >>> doc = Doc(Vocab(), words=["aid", "to", "farmers"], heads=[0, 0, 1],
    ...           deps=["ROOT", "prep", "pobj"], lemmas=["aid", "to", "farmer"])
    >>> framed_sense(doc[0], Layer()) is None  # addressed to no party
    True
    """
    entries = load_lexicon()["N"].get(_lemma(noun), [])
    if not entries or any(not e.conditions for e in entries):
        return None
    # the senses that need only a governing verb: a frame stands for the verb, not for a modifier ("legal action")
    senses = {e.trigger.type: e.trigger for e in entries
              if e.trigger.type in _FRAMED and {k for k, _ in e.conditions} == {"gov"}}
    if "REQUEST" in senses and _asks(noun):
        return senses["REQUEST"]
    if len(senses) == 1 and _addressee(noun, layer):
        return next(iter(senses.values()))
    return None


def _doing_clauses(noun):
    """The relative clauses and participles of ``noun`` that tell it done: a verb of doing it (its own
    governing verb or one of ``_DOING``) in the past, neither negated nor under a modal."""
    for v in noun.children:
        if v.dep_ not in ("relcl", "acl") or v.tag_ not in ("VBD", "VBN"):
            continue
        lemma = verb_lemma(v)
        if lemma not in _DOING and lookup_noun(_lemma(noun), gov=lemma, bare=False) is None:
            continue
        if any(x.dep_ in ("neg", "aux") and x.tag_ != "VBZ" and x.lemma_.lower() not in ("have", "be")
               for x in v.children):
            continue
        yield v


def done_by_clause(noun) -> bool:
    """Whether a relative clause or participle of doing tells ``noun``'s act done: "the tariffs Reagan
    ordered", "the sanctions imposed in 1982" -- whatever the clause around the noun says of it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["sanctions", "imposed", "in", "1982"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "acl", "prep", "pobj"], tags=["NNS", "VBN", "IN", "CD"],
    ...           lemmas=["sanction", "impose", "in", "1982"])
    >>> done_by_clause(doc[0])
    True
    >>> doc = Doc(Vocab(), words=["sanctions", "proposed"], heads=[0, 0], deps=["ROOT", "acl"],
    ...           tags=["NNS", "VBN"], lemmas=["sanction", "propose"])
    >>> done_by_clause(doc[0])
    False
    >>> doc = Doc(Vocab(), words=["prevented", "rally", "staged"], heads=[0, 0, 1], deps=["ROOT", "dobj", "acl"],
    ...           tags=["VBD", "NN", "VBN"], lemmas=["prevent", "rally", "stage"])
    >>> done_by_clause(doc[1])
    False
    """
    if noun.dep_ in ("dobj", "nsubjpass") and verb_lemma(noun.head) in _STOPPED:
        return False  # "police prevented the demonstration staged by students": it did not take place
    return next(_doing_clauses(noun), None) is not None


def _gathering(noun) -> bool:
    """Whether ``noun`` names a meeting, whose modifier names whose meeting it is ("a UMOA meeting held
    in Yamoussoukro": the union met, with no party to consult)."""
    trig = lookup_noun(_lemma(noun))
    return trig is not None and trig.type == "CONSULT"


def clause_sense(noun) -> Trigger | None:
    """The sense event noun ``noun`` has with the verb of a relative clause or participle of doing
    it: "the tariffs Reagan ordered" (SANCTION), "the loan granted to Manila" (AID).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["tariffs", "Reagan", "ordered"], heads=[0, 2, 0], deps=["ROOT", "nsubj", "relcl"],
    ...           tags=["NNS", "NNP", "VBD"], lemmas=["tariff", "Reagan", "order"])
    >>> clause_sense(doc[0]).type
    'SANCTION'
    """
    for v in _doing_clauses(noun):
        if (trig := lookup_noun(_lemma(noun), gov=verb_lemma(v), bare=False)) is not None:
            return trig
    return None


def answered_request(noun, trig, refusals: set[int]) -> bool:
    """Whether request ``noun`` (of sense ``trig``) is the object or the passive subject of a refusal (a
    verb among ``refusals``, the heads of REJECT acts): "Sayad refused Sarney's request", "Brazil's request
    was rejected" -- one refuses a request that was made, where one rejecting an attack or a plan says
    nothing of it having been done (a refused charge is read by ``events.speech``).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["refused", "request"], heads=[0, 0], deps=["ROOT", "dobj"])
    >>> answered_request(doc[1], Trigger("REQUEST", None, "asked"), {0})
    True
    >>> answered_request(doc[1], Trigger("ASSAULT", None, "attacked"), {0})
    False
    """
    return trig.type == "REQUEST" and noun.dep_ in ("dobj", "nsubjpass") and noun.head.i in refusals


def clause_doers(noun, layer) -> list[str]:
    """The doers of ``noun``'s act that a relative clause or participle of doing names: the subject of
    the clause ("the tariffs Reagan ordered"), else, for a participle with no agent, the actors of the
    noun's modifiers that are not its patient ("U.S. sanctions imposed in 1982").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["the", "tariffs", "Reagan", "ordered"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1], deps=["det", "ROOT", "nsubj", "relcl"],
    ...           tags=["DT", "NNS", "NNP", "VBD"], lemmas=["the", "tariff", "Reagan", "order"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "reagan" if i == 2 else None
    >>> clause_doers(doc[1], Layer())
    ['reagan']
    >>> doc = Doc(Vocab(), words=["U.S.", "sanctions", "imposed"], heads=[1, 1, 1], deps=["compound", "ROOT", "acl"],
    ...           tags=["NNP", "NNS", "VBN"], lemmas=["U.S.", "sanction", "impose"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return "usa" if i == 0 else None
    >>> clause_doers(doc[1], Layer())
    ['usa']
    >>> doc = Doc(Vocab(), words=["UMOA", "meeting", "held"], heads=[1, 1, 1], deps=["compound", "ROOT", "acl"],
    ...           tags=["NNP", "NN", "VBN"], lemmas=["UMOA", "meeting", "hold"])
    >>> clause_doers(doc[1], Layer())  # a body's own meeting: no doer of a consultation
    []
    """
    out: list[str] = []
    for v in _doing_clauses(noun):
        subj = [a for s in v.children if s.dep_ == "nsubj" for a in np_actors(s, layer)]
        agent = [a for g in v.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                 for a in np_actors(o, layer)]
        out += subj or agent
        if not subj and not agent and v.dep_ == "acl" and not _gathering(noun):
            patients = {a for o in patient_objects(noun) for a in np_actors(o, layer)}
            out += [a for m in noun.children if m.dep_ in ("amod", "compound", "nmod")
                    if (a := modifier_actor(m, noun, layer)) and a not in patients]
    return list(dict.fromkeys(out))


def _date_words(mod) -> list:
    """The words of a date phrase ``mod`` of a noun: the modifier and its own modifiers ("next week",
    "tomorrow"), or the object of a preposition and its modifiers ("in coming weeks"); not a whole
    phrase that may hold another act ("ahead of her visit next week")."""
    heads = [o for o in mod.children if o.dep_ == "pobj"] if mod.dep_ == "prep" else [mod]
    return [x for h in heads for x in (h, *h.children) if x.dep_ != "prep"]


def scheduled(noun) -> bool:
    """Whether ``noun``'s act is dated to a time still to come by its own phrase ("a visit to Tokyo
    next week", "talks later this month"), set for one ("a meeting set for next Wednesday"), the
    occasion of an act to come ("will say during his visit"), or told as not yet done ("pending
    sanctions").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["a", "visit", "next", "week"], heads=[1, 1, 3, 1],
    ...           deps=["det", "ROOT", "amod", "npadvmod"], lemmas=["a", "visit", "next", "week"])
    >>> scheduled(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["a", "visit", "last", "week"], heads=[1, 1, 3, 1],
    ...           deps=["det", "ROOT", "amod", "npadvmod"], lemmas=["a", "visit", "last", "week"])
    >>> scheduled(doc[1])
    False
    >>> words = ["talks", "ahead", "of", "a", "visit", "next", "week"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 4, 2, 6, 4],
    ...           deps=["ROOT", "advmod", "prep", "det", "pobj", "amod", "npadvmod"])
    >>> scheduled(doc[0]), scheduled(doc[4])  # the visit is ahead, not the talks
    (False, True)
    >>> words = ["He", "will", "speak", "during", "his", "visit"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 5, 3], deps=["nsubj", "aux", "ROOT", "prep", "poss", "pobj"],
    ...           pos=["PRON", "AUX", "VERB", "ADP", "PRON", "NOUN"])
    >>> scheduled(doc[5])
    True
    >>> doc = Doc(Vocab(), words=["pending", "sanctions"], heads=[1, 1], deps=["amod", "ROOT"])
    >>> scheduled(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["talks", "will", "begin"], heads=[2, 2, 2], deps=["nsubj", "aux", "ROOT"],
    ...           pos=["NOUN", "AUX", "VERB"], lemmas=["talk", "will", "begin"])
    >>> scheduled(doc[0])
    True
    """
    if any(c.dep_ == "amod" and c.text.lower() in _UNDONE for c in noun.children):
        return True  # "news of pending U.S. trade sanctions against Japan"
    return dated_ahead(noun)


def dated_ahead(noun) -> bool:
    """Whether ``noun``'s act is set for a time still to come (:func:`scheduled`, less the acts only told as
    not yet done: "a possible visit" is no visit set for a date).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["talks", "next", "week"], heads=[0, 2, 0], deps=["ROOT", "amod", "npadvmod"])
    >>> dated_ahead(doc[0])
    True
    >>> doc = Doc(Vocab(), words=["possible", "talks"], heads=[1, 1], deps=["amod", "ROOT"])
    >>> dated_ahead(doc[1]), scheduled(doc[1])
    (False, True)
    """
    for c in noun.children:
        if c.dep_ in ("npadvmod", "advmod", "amod", "acl") or (c.dep_ == "prep" and c.text.lower() in _WHEN):
            if {x.text.lower() for x in _date_words(c)} & _AHEAD or (c.dep_ == "acl" and c.tag_ in ("VBN", "JJ")
                                                                      and verb_lemma(c) in _SET):
                return True
    head = noun.head  # "the meeting ... was set for Wednesday": the noun the subject of a verb of setting
    return (noun.dep_ == "nsubjpass" and verb_lemma(head) in _SET) or _future_occasion(noun) or _starts_ahead(noun)


def _starts_ahead(noun) -> bool:
    """Whether ``noun`` is the subject of a verb of starting or taking place (:data:`_STARTING`) with an
    auxiliary of the future: "talks between X and Y will begin next week", "a meeting will be held", "the
    summit will take place in Geneva"."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb_lemma(verb) not in _STARTING:
        return False
    if verb_lemma(verb) == "take" and not any(c.dep_ == "dobj" and c.text.lower() == "place" for c in verb.children):
        return False  # "take place", not "the talks will take a week"
    return any(x.dep_ == "aux" and x.text.lower() in _MODAL_AHEAD - {"should", "would"} for x in verb.children)


def _future_occasion(noun) -> bool:
    """Whether ``noun`` is the occasion of an act still to come: "Chirac is expected to canvass support
    during his visit to Washington", "Del Mazo should be in Lima on a visit" -- the occasion of what will
    be done is itself ahead."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.text.lower() not in ("during", "on", "at"):
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and (
        any(x.dep_ == "aux" and x.text.lower() in _MODAL_AHEAD for x in verb.children)
        or (verb.dep_ == "xcomp" and verb_lemma(verb.head) in _SET | {"hope", "intend", "want"}))


def untold(cands: list) -> list:
    """The candidates without the event nouns whose own relative clause or participle tells the same act
    as a trigger of its own ("the embargo the UN imposed": "imposed" tells the sanction; one act, not two),
    nor those that are only the topic of talks, a plan or an accord (:mod:`graphkit.ingest.events.agenda`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.triggers import Candidate
    >>> doc = Doc(Vocab(), words=["embargo", "UN", "imposed"], heads=[0, 2, 0], deps=["ROOT", "nsubj", "relcl"],
    ...           tags=["NN", "NNP", "VBD"])
    >>> sanction = Trigger("SANCTION", None, "sanctioned")
    >>> noun = Candidate(sanction, doc[0], doc[0], doc[0], "noun")
    >>> verb = Candidate(sanction, doc[2], doc[2], doc[2], "verb")
    >>> [c.kind for c in untold([noun, verb])]
    ['verb']
    """
    told = {(c.head.head.i, c.trig.type) for c in cands
            if c.kind in ("verb", "light") and c.head.dep_ in ("relcl", "acl") and c.head.tag_ in ("VBD", "VBN")
            and c.head.head.i != c.head.i}  # not the act an offer or a call is for ("an offer to proceed")
    halted = _halted(cands)  # nor acts told as halted ("suspended its attacks on Iraqi cities": the halt is the news)
    # nor deeds only talked over or planned ("held talks on a Soviet withdrawal": events.agenda)
    return [c for c in cands if c.kind != "noun" or ((c.head.i, c.trig.type) not in told and c.head.i not in halted
                                                      and not topical(c.head, c.trig.type))]


#: The relations of halting or ending an act of force (the lexicon's RETREAT "halted", "ended": "halted its
#: attacks", "a halt to air raids", "suspension of the shelling").
_HALTING = frozenset({"halted", "ended"})


def _halted(cands: list) -> set[int]:
    """The token indices of the acts the RETREAT candidates ``cands`` halt or end: the object of the verb
    ("suspended its attacks"), or of the halting noun's "to" or "of" ("a halt to air raids"), conjuncts
    included. Such an act was going on before the sentence; it tells its halt, not a new attack."""
    out: set[int] = set()
    for c in cands:
        if c.trig.type != "RETREAT" or c.trig.label not in _HALTING:
            continue
        noun = c.noun if c.kind == "light" else c.head if c.kind == "noun" else None
        kids = list(noun.children) if noun is not None else []
        preps = [p for p in kids if p.dep_ == "prep" and p.text.lower() in ("to", "of")]
        objs = [o for o in c.head.children if o.dep_ in ("dobj", "nsubjpass")] if c.kind == "verb" else [
            o for p in preps for o in p.children if o.dep_ == "pobj"]
        out.update(t.i for o in objs for t in (o, *o.conjuncts))
    return out
