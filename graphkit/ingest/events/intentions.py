"""Announced intentions: what a party says it will do is its promise (PLOVER AGREE).

PLOVER's AGREE covers promises and offers, and news tells most of them by reporting a party's own
future act: "Brazil will suspend interest payments, Funaro said", "the government said it would
privatise the bank", "Blair said Labour would set out plans". The act itself may be no event of any
category (privatising, setting out plans); saying that one's own side will do it is the commitment.

A plan or decision of one's own is the same commitment, said or not: "Japan plans to privatise the
railways", "the government has decided to raise taxes", "Japan is to ease curbs" (:func:`planned_acts`;
a planned act that is an event, "plans to meet Gorbachev", is read as a commitment to it by
:mod:`graphkit.ingest.events.find`). So are a readiness of one's own ("Tokyo was willing to send an
official", :func:`ready_acts`) and plans one announces or has ("announced plans to", :func:`announced_plans`).
The promise is made when it is told: its trigger span is the saying or planning word, so the act's own
later date ("next month") does not make it seem still to come. It is aimed at the party the act is sent,
given or applied to (:func:`aimed_at`); a decision on a price or rate is business (:func:`market_act`).

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
from graphkit.ingest.events.forecasters import commentator_said
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.prospects import unfulfilled
from graphkit.ingest.events.roles import is_passive, np_actors, subject_actors
from graphkit.ingest.events.threats import hostile_act
from graphkit.ingest.events.triggers import Candidate
from graphkit.ingest.events.triggers import lemma_of as _lemma
from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_SCORES

__all__ = ["future_acts", "planned_acts", "ready_acts", "announced_plans", "announced_intentions", "clause_tokens",
           "own_polity", "foretold", "aimed_at", "market_act"]

#: Verbs of stating a fact or a decision: the content of "said", "announced" is what the speaker holds;
#: that of "denied", "warned", "suggested", "argued" is not a commitment of its own.
_STATING = frozenset({"say", "announce", "declare", "state", "tell", "add", "confirm", "reiterate", "stress",
                      "insist", "disclose", "reveal", "affirm", "assure", "repeat"})
_PROMISED = Trigger("AGREE", None, "promised")
_THREATENED = Trigger("THREATEN", None, "threatened")  # an act aimed against a party (events.threats)
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


def market_act(verb) -> bool:
    """Whether ``verb`` acts on a price, rate or security (``data/words/market_objects.txt``): "will lower
    its prime lending rate", "will raise its dividend" are business decisions, no promise to a party.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["lower", "its", "rate"], heads=[0, 2, 0], deps=["ROOT", "poss", "dobj"],
    ...           lemmas=["lower", "its", "rate"])
    >>> market_act(doc[0])
    True
    """
    return any(c.dep_ == "dobj" and _lemma(c) in word_list("market_objects") for c in verb.children)


def clause_tokens(verb) -> set[int]:
    """The token indices of the clause ``verb`` heads, without the clauses coordinated with it and its
    purpose clause: in "would give a fair deal but not agree to demands" the refusal is a clause of its own,
    and in "was willing to send an official to help settle the dispute" the settling is what the sending is
    for; their triggers do not tell the promise of the first.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["give", "a", "deal", "but", "agree"], heads=[0, 2, 0, 0, 0],
    ...           deps=["ROOT", "det", "dobj", "cc", "conj"], pos=["VERB", "DET", "NOUN", "CCONJ", "VERB"])
    >>> sorted(clause_tokens(doc[0]))
    [0, 1, 2, 3]
    """
    out = {t.i for t in verb.subtree}
    for c in verb.children:
        if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or (c.dep_ == "advcl" and any(
                a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)):
            out -= {t.i for t in c.subtree}
    return out


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
            and _future(t) and (_lemma(t) not in states or _going_on(t) is not None) and not is_passive(t)
            and not _negated(t)]


#: Verbs of going on with an act (WordNet 3.0 continue.v.01, keep.v.07 "continue a certain state, condition, or
#: activity"): "will continue to export" promises the act it goes on with, though "will continue" alone is a state.
_GOING_ON = frozenset({"continue", "keep"})


def _going_on(verb):
    """The act ``verb`` goes on with ("continue to export", "keep buying"), if it is such a verb, else None."""
    if _lemma(verb) not in _GOING_ON:
        return None
    return next((x for x in verb.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and _lemma(x) not in _no_acts()
                 and not is_passive(x)), None)


#: Verbs of planning or deciding one's own act: their to-infinitive is what the subject commits to.
_PLANNING = frozenset({"plan", "intend", "decide", "resolve"})


#: Nouns of a state or its government (WordNet 3.0 country.n.02, nation.n.02, government.n.01,
#: administration.n.02, cabinet.n.01, ministry.n.01, department.n.01): "his country", "the government",
#: "his department" said by a minister are the minister's.
_POLITY = frozenset({"country", "nation", "government", "administration", "cabinet", "ministry", "department"})
_OWNING = frozenset({"the", "his", "her", "its", "their", "our", "my"})


def own_polity(subject, speakers: list[str], layer) -> list[str]:
    """The speaker's country when ``subject`` is a bare noun of a state or its government with "the" or a
    possessive pronoun ("Huayta said the government would maintain its freeze", "Clark said his country
    will provide"): a speaker tied to one country speaks of it; else [].

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> doc = Doc(Vocab(), words=["the", "government"], heads=[1, 1], deps=["det", "ROOT"],
    ...           lemmas=["the", "government"])
    >>> layer = ActorLayer(actors={"x": Actor(id="x", name="X", kind="person", affiliations=["peru"]),
    ...                           "peru": Actor(id="peru", name="Peru", kind="country", code="PER")})
    >>> own_polity(doc[1], ["x"], layer)
    ['peru']
    """
    if _lemma(subject) not in _POLITY or any(layer.at(t.i) for t in subject.subtree):
        return []
    mods = [c for c in subject.children if c.dep_ not in ("punct",)]
    if len(mods) != 1 or mods[0].text.lower() not in _OWNING:
        return []
    countries = {a for a in own_side(speakers, layer) if (x := layer.actors.get(a)) is not None and x.kind == "country"}
    return sorted(countries) if len(countries) == 1 else []


def _sideless(speakers: list[str], layer) -> bool:
    """Whether every speaker is a person the text ties to no side ("Nakasone said Japan would ..."
    in a sentence that names none): news quotes on a party's plans those who speak for it."""
    found = [layer.actors.get(a) for a in speakers]
    return all(a is not None and a.kind == "person" and not a.affiliations and not a.code for a in found)


#: Links from a clause up to the verb whose content it is: "said the EC will not accept it", "said the
#: plan is doomed because the EC will not accept it".
_UP = frozenset({"ccomp", "advcl", "conj", "xcomp"})


def foretold(verb, doers: list[str], layer) -> bool:
    """Whether the future act ``verb`` of ``doers`` is told by a speaker of another side: the nearest
    reporting verb above its clause has a subject of its own whose side shares none with the doers'
    ("Senator Conrad said the EC will not accept it"): a forecast of another's act, neither its promise
    nor its refusal. A person the text ties to no side may speak for a party (see :func:`_sideless`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> doc = Doc(Vocab(), words=["Conrad", "said", "EC", "will", "refuse"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"], lemmas=["Conrad", "say", "EC", "will", "refuse"])
    >>> layer = ActorLayer(actors={"conrad": Actor(id="conrad", name="Conrad", kind="person", affiliations=["usa"]),
    ...                           "ec": Actor(id="ec", name="EC", kind="organization")},
    ...                    token_actor={0: "conrad", 2: "ec"})
    >>> foretold(doc[4], ["ec"], layer)
    True
    """
    tok = verb
    for _ in range(4):
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            return False
        tok = tok.head
        if _lemma(tok) in word_list("reporting_verbs"):  # "analysts said": commentators speak for no party
            speakers = subject_actors(tok, layer)
            return commentator_said(tok) or bool(speakers) and not own_side(doers, layer) & own_side(
                speakers, layer) and not (_sideless(speakers, layer) and _spoken_for(doers, layer))
    return False


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
            (_lemma(t.head) in _PLANNING and not unfulfilled(t.head)) or _is_to(t.head))
            and any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)
            and not any(c.dep_ == "aux" and _lemma(c) == "have" for c in t.children)  # "was to have left"
            and _lemma(t) not in states and not is_passive(t) and not _negated(t) and not _negated(t.head)]


#: Adjectives of one's readiness to act (WordNet 3.0 willing.a.01, ready.a.01/.02, prepared.a.01):
#: "said it was willing to send an envoy" commits the subject as "plans to" does.
_READY = frozenset({"willing", "ready", "prepared"})


def ready_acts(doc) -> list:
    """The act verbs of ``doc`` (not states, not negated, not passive, no condition) that are the
    to-infinitive of an adjective of readiness predicated by "be" of its subject ("Tokyo was willing to
    send an official"); "appears ready to" is a look, no readiness said, "is not ready to" refuses, and
    "a price producers are willing to pay" describes a thing, no act announced.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "is", "ready", "to", "send", "envoys"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 4],
    ...           deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"],
    ...           pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN"],
    ...           lemmas=["Japan", "be", "ready", "to", "send", "envoy"])
    >>> [t.text for t in ready_acts(doc)]
    ['send']
    """
    states = _no_acts()
    out = []
    for t in doc:
        adj = t.head
        if not (t.pos_ == "VERB" and t.dep_ == "xcomp" and adj.text.lower() in _READY and adj.dep_ == "acomp"
                and _lemma(adj.head) == "be" and adj.head.dep_ != "relcl"
                and any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)):
            continue
        if (_lemma(t) in states or is_passive(t) or _negated(t) or _negated(adj) or _negated(adj.head)
                or _conditional(t) or _conditional(adj.head)):
            continue
        out.append(t)
    return out


#: Nouns of a plan of one's own: "announced plans to privatise the railways" (WordNet 3.0 plan.n.01,
#: intention.n.01).
_PLAN_NOUNS = frozenset({"plan", "intention"})
#: Verbs that make a plan known or hold it: "announced / unveiled / outlined plans to", "has plans to".
_MAKING_KNOWN = _STATING | {"unveil", "outline", "detail", "have"}


def announced_plans(doc) -> list:
    """The act verbs of ``doc`` (not states, not negated, not passive) that are the to-infinitive of a
    plan noun that is the object of a verb making it known or holding it ("announced plans to", "has plans
    to"); "has no plans to" holds none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "announced", "plans", "to", "sell", "railways"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 2, 4], deps=["nsubj", "ROOT", "dobj", "aux", "acl", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "NOUN"],
    ...           lemmas=["Japan", "announce", "plan", "to", "sell", "railway"])
    >>> [t.text for t in announced_plans(doc)]
    ['sell']
    """
    states = _no_acts()
    return [t for t in doc if t.pos_ == "VERB" and t.dep_ in ("acl", "xcomp") and _lemma(t.head) in _PLAN_NOUNS
            and t.head.dep_ == "dobj" and _lemma(t.head.head) in _MAKING_KNOWN
            and any(c.dep_ == "aux" and c.text.lower() == "to" for c in t.children)
            and not any(c.dep_ == "det" and c.text.lower() == "no" for c in t.head.children)
            and _lemma(t) not in states and not is_passive(t) and not _negated(t) and not _negated(t.head.head)]


def _is_to(verb) -> bool:
    """Whether ``verb`` is the "is/are/was/were" of "X is to V" (no "been", no adjective: "has been
    difficult to syndicate" tells no plan)."""
    return verb.text.lower() in ("is", "are", "was", "were") and not any(
        c.dep_ in ("acomp", "attr", "aux") for c in verb.children)


_OWN_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my"})


def aimed_at(verb, doers: list[str], layer) -> list[str]:
    """The parties the promised act ``verb`` is aimed at, other than its doers: its object or the object of
    its "to", "with" or "from", or of the "on" of its object ("willing to send an official to Washington",
    "would buy more U.S. beef", "would buy wheat from Canada", "would cut tariffs on U.S. beef", "would
    cooperate with Egypt"); what the doer owns ("will merge its units") is no party, nor is a firm, nor a
    person who is the object ("decided to name Hoss prime minister").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> doc = Doc(Vocab(), words=["send", "envoys", "to", "Cairo"], heads=[0, 0, 0, 2],
    ...           deps=["ROOT", "dobj", "prep", "pobj"])
    >>> layer = ActorLayer(actors={"cairo": Actor(id="cairo", name="Cairo", kind="location")}, token_actor={3: "cairo"})
    >>> aimed_at(doc[0], ["japan"], layer)
    ['cairo']
    """
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [p for c in verb.children if c.dep_ in ("prep", "dative") and c.text.lower() in ("to", "with", "from")
              for p in c.children if p.dep_ == "pobj"]
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    heads += [p for o in ([verb] if objects else []) + objects for c in o.children  # "cut tariffs on U.S. beef"
              if c.dep_ == "prep" and c.text.lower() in ("on", "against") for p in c.children if p.dep_ == "pobj"]
    out: list[str] = []
    for h in heads:
        if any(c.dep_ == "poss" and c.text.lower() in _OWN_PRONOUNS for c in h.subtree):
            continue  # "will merge its units": the doer's own
        for a in np_actors(h, layer) if any(layer.at(t.i) for t in h.subtree) else []:
            actor = layer.actors.get(a)
            if a not in doers and a not in out and _political(actor) and not (
                    h.dep_ == "dobj" and actor is not None and actor.kind == "person"):
                out.append(a)  # "would name Hoss prime minister": a person named or hired is no party
    return out


def _political(actor) -> bool:
    """Whether ``actor`` can be the party of a promise: a state, place, person or group, or a body with a
    code (a government body, an IGO); a firm bought from or merged is a business partner."""
    return actor is not None and (actor.kind != "organization" or bool(actor.code))


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
        One per announced act: its doers as ``extra["actors"]``, the parties it is aimed at
        (:func:`aimed_at`) as ``extra["recipients"]``, and the verb of stating as ``extra["anchor"]``
        (the promise is as certain as the saying).
    """
    told = {c.head.i for c in cands} | {c.noun.i for c in cands if c.noun is not None}
    hostile = {c.head.i for c in cands if PLOVER_SCORES[c.trig.type] < 0}  # "would act to impose sanctions"
    out = []
    held = [(v, v.head) for v in planned_acts(doc)] + [(v, v.head.head) for v in ready_acts(doc)]
    held += [(v, v.head.head) for v in announced_plans(doc)]
    for verb, plan in held:
        verdict = assess(plan)
        if (told & clause_tokens(verb) or hostile & {t.i for t in verb.subtree} or is_question(plan) or market_act(verb)
                or verdict.certainty != "asserted"
                or verdict.future or verdict.hypothetical):
            continue
        doers = [a for c in plan.children if c.dep_ == "nsubj" and layer.at(c.i) for a in np_actors(c, layer)]
        owners = [a for c in verb.head.children if c.dep_ == "poss" for a in layer.all_at(c.i)]
        if doers and not set(owners) - own_side(doers, layer):  # "announced Japan's plans to": Japan's
            trig = _THREATENED if hostile_act(verb, layer) else _PROMISED
            out.append(Candidate(trig, verb, plan, plan, "speech", extra={  # told by the plan's words
                "actors": doers, "recipients": aimed_at(verb, doers, layer), "anchor": plan}))
    for verb in future_acts(doc):
        saying = verb.head
        if (told & clause_tokens(verb) or hostile & {t.i for t in verb.subtree} or is_question(saying)
                or _conditional(saying) or market_act(_going_on(verb) or verb)):  # "If the court ..., X has said"
            continue
        verdict = assess(saying)
        if verdict.certainty != "asserted" or verdict.future or verdict.hypothetical:
            continue
        if assess(verb).certainty != "asserted":
            continue  # "said it would probably privatise": a hedged act is a forecast, no commitment
        speakers = subject_actors(saying, layer)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        doers = [a for c in subjects for a in (  # '"We will ...," X said'; "their action would": no doer
            speakers if c.text.lower() in _SPEAKER_SELF else np_actors(c, layer) if layer.at(c.i)
            else own_polity(c, speakers, layer))]

        own = own_side(speakers, layer)
        if speakers and doers and (set(doers) <= own or (_sideless(speakers, layer) and _spoken_for(doers, layer))):
            act = _going_on(verb) or verb  # "will continue to buy U.S. grain": the buying is aimed at the U.S.
            trig = _THREATENED if hostile_act(act, layer) else _PROMISED
            out.append(Candidate(trig, verb, saying, saying, "speech", extra={  # made when said
                "actors": doers, "recipients": aimed_at(act, doers, layer), "anchor": saying}))
    return out
