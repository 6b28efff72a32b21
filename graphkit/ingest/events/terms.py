"""Terms of an agreement: a party said to act under an agreement is a party to it (PLOVER AGREE).

"Under the agreement, Iran will supply Syria with oil", "under a pact reached last July, Japan was to stop
dumping semiconductors", "under the terms of the accord, the United States will give Pakistan 4 billion
dlrs": the act is what the doer has agreed to do, so the agreement the "under" phrase names is the doer's
commitment to those the act is aimed at; when the act has a sense of its own, the agreement is added beside
it, held ``possible`` as a thing to be done. The noun alone names no party (it is neither owned nor "between"
anyone), so it gives no event by itself; :func:`agreement_terms` gives it the clause's parties: the subject
of the verb the phrase modifies as its doers, the verb's objects and recipients as the other side.
An agreement only proposed or drafted ("under the proposed accord") binds no one yet.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Under", "the", "agreement", ",", "Iran", "will", "supply", "Syria"]
>>> doc = Doc(Vocab(), words=words, heads=[6, 2, 0, 6, 6, 6, 6, 6],
...           deps=["prep", "det", "pobj", "punct", "nsubj", "aux", "ROOT", "dobj"],
...           lemmas=["under", "the", "agreement", ",", "Iran", "will", "supply", "Syria"])
>>> terms_verb(doc[2]).text
'supply'
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.readings import Found
from graphkit.ingest.events.roles import object_actors, subject_actors
from graphkit.ingest.events.triggers import lemma_of

__all__ = ["agreement_terms", "terms_verb"]

_AGREED = Trigger("AGREE", None, "agreed with")
#: Nouns of an agreement made (WordNet 3.0 agreement.n.01 and its hyponyms that bind their parties).
_AGREEMENTS = frozenset({"agreement", "accord", "pact", "deal", "treaty", "arrangement", "contract", "understanding",
                         "protocol", "compact", "settlement", "convention"})
#: Modifiers of an agreement not yet made.
_UNMADE = frozenset({"proposed", "draft", "planned", "possible", "tentative", "prospective", "future", "new-style"})


def terms_verb(noun):
    """The verb whose act ``noun``, an agreement, is said to be done under ("under the agreement, X will ...",
    "under the terms of the accord"), when the agreement is not only proposed; else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Under", "the", "proposed", "agreement", ",", "Iran", "will", "supply", "Syria"]
    >>> doc = Doc(Vocab(), words=words, heads=[7, 3, 3, 0, 7, 7, 7, 7, 7],
    ...           deps=["prep", "det", "amod", "pobj", "punct", "nsubj", "aux", "ROOT", "dobj"],
    ...           lemmas=["under", "the", "propose", "agreement", ",", "Iran", "will", "supply", "Syria"])
    >>> terms_verb(doc[3]) is None
    True
    """
    if lemma_of(noun) not in _AGREEMENTS or noun.dep_ != "pobj" or any(
            m.dep_ in ("amod", "compound") and m.text.lower() in _UNMADE for m in noun.children):
        return None
    prep = noun.head
    if prep.text.lower() == "of" and lemma_of(prep.head) == "term" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "under the terms of the accord"
    if prep.text.lower() != "under" or prep.dep_ != "prep" or prep.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
        return None
    return prep.head


def _under_terms(c, found: list[Found]) -> list[Found]:
    """``found``, with the doers' agreement added before an act held ``possible`` that the verb of candidate ``c``
    says is done under an agreement (a light verb's "under" phrase took the noun with it: "under the terms of
    the accord, the United States will give Pakistan aid")."""
    if len(found) != 1 or found[0].certainty != "possible" or not found[0].actors or found[0].trig.type == "AGREE":
        return found
    act = found[0]
    if not any(terms_verb(o) is not None and terms_verb(o).i == c.head.i for o in c.head.subtree if o.dep_ == "pobj"):
        return found
    return [Found(act.cand, _AGREED, act.actors, act.recips, act.location, "asserted"), act]


def agreement_terms(c, role, found: list[Found], layer) -> list[Found]:
    """``found`` (the events read from candidate ``c`` with ``role``), with an agreement noun that names no
    party of its own given the parties of the clause it is the terms of (see the module): its doers agree
    with the others.

    Examples
    --------
    >>> agreement_terms(None, None, [], None)
    []
    """
    if c is None:
        return found
    if c.kind in ("verb", "light"):
        return _under_terms(c, found)
    if found or role is None or role[0] or c.kind != "noun" or c.trig.type != "AGREE":
        return found
    verb = terms_verb(c.head)
    if verb is None:
        return found
    doers = subject_actors(verb, layer)
    if not doers:
        return found
    others = [a for a in object_actors(verb, layer) if a not in doers]
    return [Found(c, _AGREED, doers, others, None, "asserted")]
