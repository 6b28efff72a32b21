"""When the negation of a cooperative act is a refusal ("will not accept", "failed to reach agreement").

PLOVER's REJECT answers a proposal, request or demand. Not agreeing or not accepting is one; not
yet agreeing, acting without agreeing, an act not done for some purpose, not making an offer and
not signing are none: nothing was put to the doer, or nothing was answered yet ("the services have not
signed any contracts with Toshiba since April" tells an act not done; "refused to sign" is the refusal).

A party that says it cannot accept, agree or yield ("Japan cannot bow to U.S. pressure", "we cannot accept this
assessment", "said it could not accept a spread higher than 7/8 pct") refuses: "can" of a party's own answer
tells its stance, not a capacity, so the negated ability is a refusal told, unless a condition supposes it
("if Japan cannot accept", :func:`supposed_refusal`).

Refusing to give, provide or release information ("declined to give details", "refused to provide
figures", "declined to put a figure on it", "declined to make any comment") is declining comment, as
refusing to disclose is: no party's proposal is answered (:func:`declines_to_inform`; the nouns are
``data/words/information_nouns.txt``). Refusing it to a named party ("refused to provide information to
U.N. inspectors") answers that party's request and stays a REJECT.
"""
from __future__ import annotations

import dataclasses

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.conditions import in_condition
from graphkit.ingest.events.facts import verb_facts
from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.ingest.events.roles import is_passive, subject_actors
from graphkit.ingest.events.triggers import lemma_of, verb_lemma
from graphkit.ingest.words import word_list

__all__ = ["OFFERS", "INFORMING", "negation_refuses", "declines_to_inform", "not_yet", "supposed_refusal",
           "told_refusals"]

#: Verbs of making an offer (WordNet 3.0 offer.v.01 "present for acceptance or rejection", propose.v.01,
#: promise.v.01, guarantee.v.02, pledge.v.01, vow.v.01): the first move, not an answer to one, so their
#: negation ("is not offering new loans", "cannot guarantee a share") is no offer, not a refusal.
OFFERS = frozenset({"offer", "propose", "promise", "guarantee", "pledge", "vow"})
#: Verbs of signing an agreement (WordNet sign.v.01 "mark with one's signature; write one's name (on)",
#: initial.v.01): putting one's name to a text, whose negation ("has not signed the contract") is an act not
#: done, no answer to a proposal.
_SIGNING = frozenset({"sign", "initial"})
#: Verbs of refusing (the lexicon's REJECT "refused") and of handing information over (give, provide,
#: supply, offer; WordNet release.v.07 "make (information) available for publication", publish; "put a
#: figure on", "make a comment").
_REFUSING = frozenset({"refuse", "decline"})
INFORMING = frozenset({"give", "provide", "release", "offer", "supply", "put", "make", "publish"})


def not_yet(verb) -> bool:
    """Whether the negation of ``verb`` is only "not yet" ("has not yet agreed", "has yet to
    approve", "has not yet attended the talks"): it has not happened, which is no refusal.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "has", "not", "yet", "attended"], heads=[4, 4, 4, 4, 4],
    ...           deps=["nsubj", "aux", "neg", "advmod", "ROOT"])
    >>> not_yet(doc[4]), not_yet(doc[0])
    (True, False)
    """
    if any(c.dep_ == "advmod" and c.text.lower() == "yet" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ == "xcomp" and any(c.dep_ == "advmod" and c.text.lower() == "yet" for c in head.children)


def _under_without(tok) -> bool:
    return any(a.text.lower() == "without" for a in tok.ancestors if a.dep_ == "prep" or a.pos_ == "ADP")


def negation_refuses(verb, verdict) -> bool:
    """Whether the negated cooperative verb ``verb`` (AGREE, CONCEDE), assessed ``verdict``, tells a
    refusal: not in the passive, under "without", "not yet", a purpose clause, nor an offer.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.certainty import Assessment
    >>> doc = Doc(Vocab(), words=["Iran", "did", "not", "accept", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Iran", "do", "not", "accept", "it"])
    >>> negation_refuses(doc[3], Assessment("negated")), negation_refuses(doc[3], Assessment("negated", purpose=True))
    (True, False)
    >>> doc = Doc(Vocab(), words=["Iran", "did", "not", "offer", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Iran", "do", "not", "offer", "it"])
    >>> negation_refuses(doc[3], Assessment("negated"))
    False
    >>> doc = Doc(Vocab(), words=["Iran", "did", "not", "sign", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Iran", "do", "not", "sign", "it"])
    >>> negation_refuses(doc[3], Assessment("negated"))
    False
    """
    return not (verdict.purpose or is_passive(verb) or _under_without(verb) or not_yet(verb)
                or verb_lemma(verb) in OFFERS | _SIGNING)


def _receivers(act, objs) -> list:
    """The parties ``act`` would give its objects ``objs`` to: its indirect object, or a "to" phrase of the
    act or of an object ("provide information to the inspectors")."""
    out = [c for c in act.children if c.dep_ == "dative"]
    return out + [o for h in (act, *objs) for p in h.children if p.dep_ == "prep" and p.text.lower() == "to"
                  for o in p.children if o.dep_ == "pobj"]


def declines_to_inform(verb, layer=None) -> bool:
    """Whether refusing verb ``verb`` refuses to give information (see the module): its complement is a
    verb of :data:`INFORMING` whose object is a noun of ``information_nouns``, given to no party of
    ``layer`` (``layer.at(i)``, the actor at token ``i``): refusing information to a party that asks for it
    ("refused to provide information to U.N. inspectors", "refused to give the inspectors data") answers
    that party, a REJECT.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "declined", "to", "give", "details"], heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], lemmas=["X", "decline", "to", "give", "detail"])
    >>> declines_to_inform(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["X", "refused", "to", "give", "Y", "data"], heads=[1, 1, 3, 1, 3, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dative", "dobj"],
    ...           lemmas=["X", "refuse", "to", "give", "Y", "data"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "x", 4: "y"}.get(i)
    >>> declines_to_inform(doc[1]), declines_to_inform(doc[1], Layer())
    (True, False)
    >>> doc = Doc(Vocab(), words=["X", "refused", "to", "give", "aid"], heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], lemmas=["X", "refuse", "to", "give", "aid"])
    >>> declines_to_inform(doc[1])
    False
    """
    if verb_lemma(verb) not in _REFUSING:
        return False
    info = word_list("information_nouns")
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        acts = [comp, *(c for c in comp.children if c.dep_ == "conj")]
        for act in acts:
            if lemma_of(act) not in INFORMING:
                continue
            objs = [o for o in act.children if o.dep_ == "dobj"]
            objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
            if not any(lemma_of(o) in info or o.text.lower() in info for o in objs):
                continue
            if layer is not None and any(layer.at(t.i) for r in _receivers(act, objs) for t in r.subtree):
                return False  # "refused to provide information to the inspectors": their request refused
            return True
    return False


#: Modals of ability: "cannot accept", "could not agree" (the parser's "ca" of "can't").
_ABILITY = frozenset({"can", "could", "ca"})


def supposed_refusal(verb, verdict, actors=(), layer=None) -> bool:
    """Whether the negated cooperative act ``verb``, assessed ``verdict``, is a refusal only supposed
    (``verdict.hypothetical``: negated and only possible, "urged Iran not to accept"), not one told: a
    negated "can"/"could" of the verb itself outside any condition is the doer's refusal (see the module)
    when no one else says it; what a speaker outside the doers' side (``actors``, read in ``layer``) says
    they cannot do is the speaker's view ("he said Congress cannot back away from the goals").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.certainty import Assessment
    >>> doc = Doc(Vocab(), words=["Japan", "can", "not", "accept", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Japan", "can", "not", "accept", "it"])
    >>> supposed = Assessment("negated", hypothetical=True)
    >>> supposed_refusal(doc[3], supposed), supposed_refusal(doc[3], Assessment("negated"))
    (False, False)
    >>> doc = Doc(Vocab(), words=["Japan", "may", "not", "accept", "it"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj"], lemmas=["Japan", "may", "not", "accept", "it"])
    >>> supposed_refusal(doc[3], supposed)
    True
    """
    if not verdict.hypothetical:
        return False
    if not _cannot(verb):
        return True
    reporter = _reporter(verb)
    if reporter is None or layer is None:
        return False
    speakers = subject_actors(reporter, layer)
    return not (speakers and set(actors) & own_side(speakers, layer))


def _reporter(verb):
    """The reporting verb whose content clause ``verb`` is (through clausal complements), else None."""
    reporting = word_list("reporting_verbs")
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "parataxis", "conj") or tok.head.i == tok.i:
            return None
        tok = tok.head
        if verb_lemma(tok) in reporting:
            return tok
    return None


def _cannot(verb) -> bool:
    """Whether ``verb`` is negated with its own "can"/"could", outside any condition ("cannot accept")."""
    kids = list(verb.children)
    return (any(c.dep_ == "aux" and c.text.lower() in _ABILITY for c in kids)
            and any(c.dep_ == "neg" for c in kids) and not in_condition(verb))


#: Cooperative answers whose negation is a refusal (the readings' negated AGREE and CONCEDE).
_ANSWERS = frozenset({"AGREE", "CONCEDE"})


def told_refusals(cands: list, layer) -> list:
    """The candidates, a refusal the lexicon read from a negated cooperative verb under "can"/"could"
    ("cannot agree to the demands": REJECT by its ``neg`` entry) given back its cooperative sense with the
    negation unconsumed, so that the negated answer is read as the refusal told (:func:`supposed_refusal`)
    rather than a capacity ("can" would make the consumed refusal only possible).

    Examples
    --------
    >>> told_refusals([], None)
    []
    """
    out = []
    for c in cands:
        if c.kind == "verb" and c.neg_consumed and c.trig.type == "REJECT" and _cannot(c.head):
            facts = verb_facts(c.head, layer)
            facts.pop("neg", None)
            own = lookup_verb(verb_lemma(c.head), **{k: v for k, v in facts.items() if k in _LOOKUP_KEYS})
            if own is not None and own.type in _ANSWERS:
                c = dataclasses.replace(c, trig=own, neg_consumed=False)
        out.append(c)
    return out


#: The facts :func:`lookup_verb` takes.
_LOOKUP_KEYS = frozenset({"prt", "prep", "obj", "with_", "comp", "subj", "pobj"})
