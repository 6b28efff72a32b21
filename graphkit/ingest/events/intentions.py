"""Announced intentions: what a party says it will do is its promise (PLOVER AGREE).

PLOVER's AGREE covers promises and offers, and news tells most of them by reporting a party's own
future act: "Brazil will suspend interest payments, Funaro said", "the government said it would
privatise the bank", "Blair said Labour would set out plans". The act itself may be no event of any
category (privatising, setting out plans); saying that one's own side will do it is the commitment.

A plan or decision of one's own is the same commitment, said or not: "Japan plans to privatise the
railways", "the government has decided to raise taxes", "Japan is to ease curbs" (:func:`planned_acts`;
a planned act that is an event, "plans to meet Gorbachev", is read as a commitment to it by
:mod:`graphkit.ingest.events.find`).

The reading of what is said needs all of:

* a clause in the future ("will", "would", "shall", "'ll"; not "would have", a counterfactual) whose
  verb is an act, not a state (``data/words/state_verbs.txt``: "would remain", "will need", "would
  like"), not negated (a refusal is no promise), not passive (its doer is not named) and not hedged
  ("would probably privatise": a forecast of one's own act);
* the clause is the content of a verb of stating (``_STATING``: "said", "announced", "told"), itself
  asserted and in the past or present: "may say", "will announce" promise nothing yet;
* the clause's own subject names the speaker or the speaker's own side (the minister's country, the
  spokesman's body): what a party says *another* will do is a forecast, not a promise; a person the
  text ties to no side may speak for the party ("Seaga said the government will ...");
* in quoted words only "will", "shall" and "'ll": a quoted "would" is the speaker's conditional
  ('"I would send him to the army"');
* no event trigger in the clause: "said it would impose sanctions" is already read, as a commitment
  to the act (:mod:`graphkit.ingest.events.find`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Japan", "said", "it", "would", "privatise", "the", "railways"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 6, 4],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "det", "dobj"],
...           pos=["PROPN", "VERB", "PRON", "AUX", "VERB", "DET", "NOUN"],
...           lemmas=["Japan", "say", "it", "would", "privatise", "the", "railway"])
>>> [t.text for t in future_acts(doc)]
['privatise']
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.events.anaphora import own_side
from graphkit.ingest.events.certainty import FUTURE_AUX, NEGATING_VERBS, assess, is_question
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import is_passive, np_actors, subject_actors
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.words import word_list

__all__ = ["future_acts", "planned_acts", "announced_intentions"]

#: Verbs of stating a fact or a decision: the content of "said", "announced" is what the speaker holds;
#: that of "denied", "warned", "suggested", "argued" is not a commitment of its own.
_STATING = frozenset({"say", "announce", "declare", "state", "tell", "add", "confirm", "reiterate", "stress",
                      "insist", "disclose", "reveal", "affirm", "assure", "repeat"})
_PROMISED = Trigger("AGREE", None, "promised")
#: Subjects that name the speaker: '"We will cut taxes," Thatcher said'.
_SPEAKER_SELF = frozenset({"i", "we"})


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


@cache
def _no_acts() -> frozenset[str]:
    """Verbs that promise nothing: states (``data/words/state_verbs.txt``), and refusing or failing
    ("said it would refuse/fail to"); made once, not per article."""
    return word_list("state_verbs") | NEGATING_VERBS


def _future(verb) -> bool:
    """Whether ``verb`` has a future auxiliary and no perfect after it ("would have" is counterfactual).
    In quoted words, or with a condition, "would" is a conditional ('"I would send him to the army"',
    "would do it differently given a second chance"), not the reported future of "said it would"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(_lemma(c) == "have" for c in aux):
        return False
    lo, hi = sorted((verb.left_edge.i, verb.head.i))
    quoted = any(t.text in _QUOTE_MARKS for t in verb.doc[max(lo - 1, 0):hi + 1])
    if any(c.text.lower() == "would" for c in aux) and (quoted or _conditional(verb)):
        return False
    return any(c.text.lower() in FUTURE_AUX for c in aux)


def _conditional(verb) -> bool:
    """Whether ``verb`` has a condition ("would do it differently if ...", "given a second chance")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() in ("if", "unless") for m in c.children)
               or (c.dep_ == "prep" and c.text.lower() == "given") for c in verb.children)


def _negated(verb) -> bool:
    """Whether ``verb`` is negated: "not", "never", "no longer"."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.text.lower() == "longer"
                                   and any(n.text.lower() == "no" for n in c.children)) for c in verb.children)


def future_acts(doc) -> list:
    """The verbs of ``doc`` that tell an act to come as the content of a verb of stating: the future
    act verbs (not states, not negated, not passive) whose head is a verb of stating.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "said", "it", "would", "not", "privatise", "railways"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 5, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "neg", "ccomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PRON", "AUX", "PART", "VERB", "NOUN"])
    >>> future_acts(doc)  # a refusal is no promise
    []
    """
    states = _no_acts()
    return [t for t in doc if t.pos_ == "VERB" and t.dep_ == "ccomp" and _lemma(t.head) in _STATING
            and _future(t) and _lemma(t) not in states and not is_passive(t)
            and not _negated(t)]


#: Verbs of planning or deciding one's own act: their to-infinitive is what the subject commits to.
_PLANNING = frozenset({"plan", "intend", "decide", "resolve"})


def _sideless(speakers: list[str], layer) -> bool:
    """Whether every speaker is a person the text ties to no side ("Nakasone said Japan would ..."
    in a sentence that names none): news quotes on a party's plans those who speak for it."""
    found = [layer.actors.get(a) for a in speakers]
    return all(a is not None and a.kind == "person" and not a.affiliations and not a.code for a in found)


def _spoken_for(doers: list[str], layer) -> bool:
    """Whether ``doers`` are parties one may speak for: countries, bodies, groups, not other persons."""
    return all((a := layer.actors.get(d)) is not None and a.kind != "person" for d in doers)


def planned_acts(doc) -> list:
    """The act verbs of ``doc`` (not states, not negated, not passive) that are the to-infinitive of an
    asserted verb of planning or deciding, or of "be" ("Japan is to ease curbs").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "plans", "to", "privatise", "railways"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PART", "VERB", "NOUN"], lemmas=["Japan", "plan", "to", "privatise", "railway"])
    >>> [t.text for t in planned_acts(doc)]
    ['privatise']
    """
    states = _no_acts()
    return [t for t in doc if t.pos_ == "VERB" and t.dep_ == "xcomp" and (
            _lemma(t.head) in _PLANNING or _is_to(t.head))
            and any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)
            and not any(c.dep_ == "aux" and _lemma(c) == "have" for c in t.children)  # "was to have left"
            and _lemma(t) not in states and not is_passive(t) and not _negated(t) and not _negated(t.head)]


def _is_to(verb) -> bool:
    """Whether ``verb`` is the "is/are/was/were" of "X is to V" (no "been", no adjective: "has been
    difficult to syndicate" tells no plan)."""
    return verb.text.lower() in ("is", "are", "was", "were") and not any(
        c.dep_ in ("acomp", "attr", "aux") for c in verb.children)


def announced_intentions(doc, layer, cands: list[Candidate]) -> list[Candidate]:
    """AGREE candidates (kind ``"speech"``) of the acts a party says its own side will do (see the
    module), for the clauses of ``doc`` in which none of ``cands`` (the triggers found) lies.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``, ``layer.actors``).
    cands : list of Candidate
        The trigger candidates already found.

    Returns
    -------
    list of Candidate
        One per announced act: its doers as ``extra["actors"]``, no recipient, and the verb of
        stating as ``extra["anchor"]`` (the promise is as certain as the saying).
    """
    told = {c.head.i for c in cands} | {c.noun.i for c in cands if c.noun is not None}
    out = []
    for verb in planned_acts(doc):
        plan = verb.head
        verdict = assess(plan)
        if (told & {t.i for t in verb.subtree} or is_question(plan) or verdict.certainty != "asserted"
                or verdict.future or verdict.hypothetical):
            continue
        doers = [a for c in plan.children if c.dep_ == "nsubj" and layer.at(c.i) for a in np_actors(c, layer)]
        if doers:
            out.append(Candidate(_PROMISED, verb, verb, verb, "speech",
                                 extra={"actors": doers, "recipients": [], "anchor": plan}))
    for verb in future_acts(doc):
        saying = verb.head
        if told & {t.i for t in verb.subtree} or is_question(saying):
            continue
        verdict = assess(saying)
        if verdict.certainty != "asserted" or verdict.future or verdict.hypothetical:
            continue
        if assess(verb).certainty != "asserted":
            continue  # "said it would probably privatise": a hedged act is a forecast, no commitment
        speakers = subject_actors(saying, layer)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        doers = [a for c in subjects for a in (  # '"We will ...," X said'; "their action would": no doer
            speakers if c.text.lower() in _SPEAKER_SELF else np_actors(c, layer) if layer.at(c.i) else [])]

        own = own_side(speakers, layer)
        if speakers and doers and (set(doers) <= own or (_sideless(speakers, layer) and _spoken_for(doers, layer))):
            out.append(Candidate(_PROMISED, verb, verb, verb, "speech",
                                 extra={"actors": doers, "recipients": [], "anchor": saying}))
    return out
