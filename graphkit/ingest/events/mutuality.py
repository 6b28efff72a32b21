"""Acts done together: each party does the act with each other party, both ways.

Some acts take two sides by their meaning: a meeting, talks, negotiations, cooperation, a signed
agreement, and agreeing with someone. When such an act names several doers and no one else ("X and
Y met", "talks between X and Y", "X and Y signed an accord", "Canada and the United States agreed to
the charge"), no doer is only the actor: X met Y and Y met X, X agreed with Y and Y with X. Each
ordered pair of doers is one event, so the graph holds the act in both directions. An act of three
or more doers is multilateral (a round of talks, a coalition working together): each doer did it with
all the others, so each doer is told once, as the actor with the others as its recipients
(:func:`by_doer`), and a gathering of seven is seven events, not twenty-one pairs.

A party named outside the doers, actor or not, is the counterpart instead ("X and Y held talks with
the banks", "X and Y met aid donors", "X and Y spoke to reporters"): the doers did the act together,
not with each other (:func:`outside_party`).

Acts with a direction stay one way: a mediation is by a third party (no pairs at all), a visit goes
from its visitor to its host (the first named doer of a visit or a welcome is the actor, the others
its counterparts, one way only), and a promise or an offer ("X and Y offered aid") goes from its
makers to someone else; only agreeing with someone (the lexicon's relation "agreed with": "agreed",
"reached an accord", "concluded a treaty") and signing an agreement ("signed with": "X and Y signed
an accord"), whose doers agree with one another, are a mutual AGREE.

Examples
--------
>>> is_mutual("CONSULT", None, "met")
True
>>> is_mutual("CONSULT", "third-party", "mediated")
False
>>> is_mutual("AGREE", None, "agreed with"), is_mutual("AGREE", None, "offered")
(True, False)
>>> each_way(["canada", "usa"])
[('canada', 'usa'), ('usa', 'canada')]
>>> by_doer(each_way(["gmb", "unison", "amicus"]))
[(['gmb'], ['unison', 'amicus']), (['unison'], ['gmb', 'amicus']), (['amicus'], ['gmb', 'unison'])]
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.meetings import GOING
from graphkit.ingest.events.noun_frames import dated_ahead
from graphkit.ingest.events.prospects import party_named
from graphkit.ingest.events.triggers import lemma_of
from graphkit.ingest.words import word_list

__all__ = ["MUTUAL_TYPES", "is_mutual", "each_way", "by_doer", "mutual_pairs", "outside_party", "mutual_senses"]

#: Types of acts between parties: without a recipient, the doers are one another's partners.
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})
#: Modes of those acts done for others by a third party ("mediated between X and Y"): no pairs.
_ONE_WAY_MODES = frozenset({"third-party"})
#: Modes of those acts that go from one side to the other: a visit from its visitor to its host, a
#: host's welcome to its guest.
_DIRECTED_MODES = frozenset({"visit", "host"})
#: The relation of agreeing with someone, whose doers agree with one another ("X and Y agreed to ...",
#: "X and Y reached an accord"), as against offering or promising something to someone.
_AGREEING = "agreed with"
#: The relation of signing an agreement, which its signatories sign with one another ("X and Y signed an accord").
_SIGNING = "signed with"
#: The relation of setting a meeting (the lexicon's "arranged": "a meeting between X and Y is scheduled"),
#: which its parties agree on with one another, like "X and Y agreed to meet".
_ARRANGING = "arranged"
#: The agreement of parties who are to meet one another ("X and Y will meet next week"): PLOVER's "plan a
#: future meeting", the sense the lexicon gives scheduling one ("scheduled talks": "arranged").
_ARRANGED = Trigger("AGREE", None, _ARRANGING)


def is_mutual(kind: str, mode: str | None, label: str) -> bool:
    """Whether an act of PLOVER type ``kind``, ``mode`` and relation ``label`` (the lexicon's edge
    label) is done by its doers with one another.

    Examples
    --------
    >>> is_mutual("COOPERATE", None, "signed with")
    True
    >>> is_mutual("AGREE", None, "promised"), is_mutual("AGREE", None, "arranged")
    (False, True)
    >>> is_mutual("AGREE", None, "signed with")
    True
    """
    if kind in MUTUAL_TYPES:
        return mode not in _ONE_WAY_MODES
    return kind == "AGREE" and label in (_AGREEING, _ARRANGING, _SIGNING)


def mutual_pairs(kind: str, mode: str | None, label: str, doers: list[str]) -> list[tuple[str, str]]:
    """The (actor, recipient) pairs of an act of several ``doers`` and no recipient (see
    :func:`is_mutual` for the other arguments): both ways for a mutual act (:func:`each_way`), each
    pair once for a visit or a welcome, none for another act.

    Examples
    --------
    >>> mutual_pairs("CONSULT", None, "held talks with", ["usa", "jpn"])
    [('usa', 'jpn'), ('jpn', 'usa')]
    >>> mutual_pairs("CONSULT", "visit", "visited", ["irn", "cub"])
    [('irn', 'cub')]
    >>> mutual_pairs("AGREE", None, "offered", ["can", "mex"])
    []
    """
    if not is_mutual(kind, mode, label):
        return []
    if mode in _DIRECTED_MODES:
        return [(a, b) for k, a in enumerate(doers) for b in doers[k + 1:] if a != b]
    return each_way(doers)


def each_way(doers: list[str]) -> list[tuple[str, str]]:
    """The (actor, recipient) pairs of a mutual act of ``doers``: every doer with every other, each
    ordered pair once (:func:`by_doer` tells them as one event per doer).

    Examples
    --------
    >>> each_way(["israel", "hamas"])
    [('israel', 'hamas'), ('hamas', 'israel')]
    >>> each_way(["egypt", "israel", "hamas"])[:3]
    [('egypt', 'israel'), ('egypt', 'hamas'), ('israel', 'egypt')]
    >>> each_way(["egypt"])
    []
    """
    doers = list(dict.fromkeys(doers))
    return [(a, b) for a in doers for b in doers if a != b]


def by_doer(pairs: list[tuple[str, str]]) -> list[tuple[list[str], list[str]]]:
    """The (actor, recipient) ``pairs`` of one act told once per actor: each actor with all its
    recipients, in the order the actors come first ("X, Y and Z met": X met Y and Z, Y met X and Z,
    Z met X and Y; "X and Y met": X met Y, Y met X).

    Parameters
    ----------
    pairs : list of tuple of str
        Ordered (actor, recipient) pairs of one act.

    Returns
    -------
    list of tuple of (list of str, list of str)
        One ([actor], recipients) per actor.

    Examples
    --------
    >>> by_doer([("a", "b"), ("b", "a")])
    [(['a'], ['b']), (['b'], ['a'])]
    >>> by_doer([("a", "b"), ("a", "c"), ("b", "c")])
    [(['a'], ['b', 'c']), (['b'], ['c'])]
    """
    grouped: dict[str, list[str]] = {}
    for a, b in pairs:
        grouped.setdefault(a, [])
        if b not in grouped[a]:
            grouped[a].append(b)
    return [([a], bs) for a, bs in grouped.items()]


def _party_word(tok) -> bool:
    """Whether ``tok`` can head a party: a name, or a noun of persons or organisations (WordNet;
    "donors", "bankers", "the committee"), not a thing one hosts or holds ("a dinner")."""
    low = (tok.lemma_ or tok.text).lower()
    return tok.pos_ == "PROPN" or low in word_list("person_nouns") or low in word_list("organisation_nouns")


def outside_party(*tokens, topical: bool = False, addressed: bool = False) -> bool:
    """Whether a party other than the doers is named with an act ``tokens`` (its verb, its noun or
    None): a "with" phrase ("talks with the banks"; "between" names the doers themselves), a "to"
    phrase of an act of addressing someone (``addressed``: "spoke to reporters", as against "agreed to
    a ceasefire"), or an object naming persons or a body ("met donors"; not "hosted a dinner"), unless
    the verb takes its topic as object (``topical``: "signed an accord", "held talks"), whose own "with"
    phrase names one ("reached agreement with the banks"). The act's own noun is no party.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "and", "Y", "held", "talks", "with", "banks"],
    ...           heads=[3, 0, 0, 3, 3, 4, 5], deps=["nsubj", "cc", "conj", "ROOT", "dobj", "prep", "pobj"])
    >>> outside_party(doc[3], doc[4], topical=True)
    True
    >>> doc = Doc(Vocab(), words=["talks", "between", "X", "and", "Y"], heads=[0, 0, 1, 2, 2],
    ...           deps=["ROOT", "prep", "pobj", "cc", "conj"])
    >>> outside_party(doc[0], None)
    False
    >>> doc = Doc(Vocab(), words=["X", "and", "Y", "reached", "agreement", "with", "banks"],
    ...           heads=[3, 0, 0, 3, 3, 4, 5], deps=["nsubj", "cc", "conj", "ROOT", "dobj", "prep", "pobj"])
    >>> outside_party(doc[3], None, topical=True)
    True
    """
    # the topic's own "with" phrase names the party too: "reached agreement with commercial banks"
    topics = [c for t in tokens if t is not None for c in t.children if c.dep_ == "dobj"] if topical else []
    return party_named(*tokens, *topics, topical=topical, preps=("with", "to") if addressed else ("with",),
                       named=_party_word)


def mutual_senses(c, trig: Trigger, certainty: str, verdict, forecast: bool,
                  pairs: list[tuple[str, str]]) -> list[tuple[Trigger, str]]:
    """The senses and certainties of a mutual act of candidate ``c`` (its ``kind`` and ``head``) read as
    ``trig`` with ``certainty``: told ahead (``verdict.future``: "X and Y will sign", or a meeting noun dated ahead,
    "talks between X and Y next week", :func:`~graphkit.ingest.events.noun_frames.dated_ahead`), the act is
    ``possible``; a meeting so told (not a visit or trip, whose visitors do not meet one another), unless another
    party only forecasts it (``forecast``: "analysts expect X and Y will meet"), is also the parties'
    agreement to meet (:data:`_ARRANGED`), as "X will meet Y" is X's promise to Y; only between two parties
    (two ``pairs``, each way): a conference of many planned is a schedule, no agreement of each with each.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> c, ahead, now = SimpleNamespace(kind="verb", head=None), SimpleNamespace(future=True), SimpleNamespace()
    >>> now.future = False
    >>> met, two, three = Trigger("CONSULT", None, "met"), [("x", "y"), ("y", "x")], [("x", "y"), ("x", "z")]
    >>> [(t.type, k) for t, k in mutual_senses(c, met, "asserted", ahead, False, two)]
    [('AGREE', 'asserted'), ('CONSULT', 'possible')]
    >>> [(t.type, k) for t, k in mutual_senses(c, met, "asserted", ahead, True, two)]
    [('CONSULT', 'possible')]
    >>> [(t.type, k) for t, k in mutual_senses(c, met, "asserted", ahead, False, three)]
    [('CONSULT', 'possible')]
    >>> [(t.type, k) for t, k in mutual_senses(c, met, "asserted", now, False, two)]
    [('CONSULT', 'asserted')]
    >>> [(t.type, k) for t, k in mutual_senses(c, Trigger("AGREE", None, "signed with"), "asserted", ahead, False, two)]
    [('AGREE', 'possible')]
    """
    future, bilateral = verdict.future, len(pairs) == 2 and pairs[0] == pairs[1][::-1]
    ahead = future and certainty == "asserted"
    dated = c.kind == "noun" and certainty == "possible" and not future and dated_ahead(c.head)
    if not (ahead or dated):
        return [(trig, certainty)]
    noun = getattr(c, "noun", None) or (c.head if c.kind == "noun" else None)
    going = noun is not None and lemma_of(noun) in GOING  # "will extend their tour": no meeting of one another
    if (trig.type == "CONSULT" and trig.mode not in _ONE_WAY_MODES | _DIRECTED_MODES and not forecast and not going
            and bilateral):
        return [(_ARRANGED, "asserted"), (trig, "possible")]
    return [(trig, "possible")]
