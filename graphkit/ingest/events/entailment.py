"""What a governing word or a subject entails about an act: it did not happen, or it is only asked for.

Facts of English that decide whether a clause reports an act, read by
:func:`graphkit.ingest.events.certainty.assess` on its walk up from the trigger:

- a negative subject denies its verb: "neither Sarney nor Funaro accepted the proposals" (also when
  the parser attaches "neither" to a name instead of the coordination), "none of the rebels attacked",
  "nobody has accused Iran", "no country recognised the regime" (:func:`negative_subject`);
- the object of a verb of preventing did not happen: "averted a clash", "a face-off was averted",
  "forestalled an Israeli attack", "to preempt any move by the strikers to occupy the banks"
  (:func:`prevented`, WordNet's prevent.v.01 and debar.v.02, ``preventing_verbs``);
- an infinitive whose doer is the object of a verb that is not one of causing is what was asked or
  advised, not an act: "directed U.S. oil companies to end their operations", "persuaded Japan to open
  its market", while "forced Hamas to release the prisoners" says they were released (Karttunen's
  implicative verbs, ``implicative_verbs``; :func:`asked_of_object`). The certainty walk reads it
  for acts other than speech: "contacted the ambassador to complain" is the complaint itself;
- the clause a claim noun carries is held, not told as fact: "claims that Iran had supplied
  weapons" (:func:`claim_content`), and an adjunct with "no" denies its verb ("in no way attacked",
  :func:`none_said`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["None", "of", "the", "rebels", "attacked"], heads=[4, 0, 3, 1, 4],
...           deps=["nsubj", "prep", "det", "pobj", "ROOT"], lemmas=["none", "of", "the", "rebel", "attack"])
>>> negative_subject(doc[0])
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.ingest.actors.bodies import is_group_head, is_person_noun
from graphkit.ingest.words import word_list

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["asked_of_object", "claim_content", "negative_subject", "none_said", "prevented", "CLAIM_NOUNS",
           "DENYING_VERBS", "IMPLICATIVE_VERBS", "PREVENTING_VERBS"]

#: Nouns of unverified claims (WordNet: claims, allegations, accusations, rumours, reports, guesses):
#: the clause they carry ("claims that Iran had supplied weapons") is what someone holds, no fact.
CLAIM_NOUNS = word_list("claim_nouns")
#: Verbs that declare a claim untrue (WordNet's deny/refute/dismiss senses): "denied claims that ...".
DENYING_VERBS = word_list("denying_verbs")
#: Verbs of causing: their infinitive complement happened ("forced Hamas to release").
IMPLICATIVE_VERBS = word_list("implicative_verbs")
#: Verbs of keeping an act from happening ("averted a clash").
PREVENTING_VERBS = word_list("preventing_verbs")
#: Subject words that deny the verb ("none of the rebels", "nobody").
_NONE_WORDS = frozenset({"none", "nobody", "neither", "nothing", "noone"})
#: Named-entity labels of parties that can be asked to act.
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


#: Adjuncts that negate with "no" ("in no way"); not "in no time" (quickly) or "with no warning".
_NO_ADJUNCTS = frozenset({("in", "way"), ("at", "time"), ("by", "means"), ("under", "circumstance"),
                          ("under", "circumstances"), ("on", "account"), ("at", "point"), ("at", "stage"),
                          ("in", "sense")})


def none_said(c: Token) -> bool:
    """Whether the dependent ``c`` of a verb negates it: an adjunct with "no" ("in no way", "at no
    time", "by no means", "under no circumstances") or a negative subject (:func:`negative_subject`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["in", "no", "way", "attacked"], heads=[3, 2, 0, 3],
    ...           deps=["prep", "det", "pobj", "ROOT"], lemmas=["in", "no", "way", "attack"])
    >>> none_said(doc[0]), none_said(doc[2])
    (True, False)
    """
    if c.dep_ == "prep":
        return any(o.dep_ == "pobj" and (c.text.lower(), o.lemma_.lower() or o.text.lower()) in _NO_ADJUNCTS
                   and any(d.dep_ == "det" and d.text.lower() == "no" for d in o.children) for o in c.children)
    return negative_subject(c)


def claim_content(cur: Token, dep: str | None = None) -> str | None:
    """The certainty of clause ``cur`` when it is the content of a claim noun, else None.

    "claims that Iran had supplied weapons" is ``possible``; under a denying verb ("Iran denied
    claims that it had supplied weapons") it is ``negated``, unless the denial is itself negated
    ("did not deny reports that ...": still ``possible``). Only a finite content clause counts
    (a "that" complementiser or its own subject): "a report released on Monday" is no content.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "denied", "claims", "that", "it", "supplied", "arms"],
    ...           heads=[1, 1, 1, 5, 5, 2, 5], deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "acl", "dobj"],
    ...           lemmas=["Iran", "deny", "claim", "that", "it", "supply", "arm"],
    ...           pos=["PROPN", "VERB", "NOUN", "SCONJ", "PRON", "VERB", "NOUN"])
    >>> claim_content(doc[5]), claim_content(doc[6])
    ('negated', None)
    """
    dep = dep or cur.dep_
    head = cur.head
    if dep not in ("acl", "ccomp", "relcl", "appos") or head.pos_ not in ("NOUN", "PROPN") or head.i == cur.i:
        return None
    if not {(head.lemma_ or "").lower(), head.text.lower()} & CLAIM_NOUNS:
        return None
    kids = list(cur.children)
    if not any(c.dep_ == "mark" and c.text.lower() == "that" for c in kids) and (
            dep == "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() not in ("that", "which")
                                      for c in kids)):
        return None
    gov = head.head
    denied = (head.dep_ in ("dobj", "nsubjpass") and gov.i != head.i
              and (gov.lemma_ or gov.text).lower() in DENYING_VERBS
              and not any(c.dep_ == "neg" for c in gov.children))
    return "negated" if denied else "possible"


def negative_subject(c: Token) -> bool:
    """Whether ``c``, a subject, denies its verb: "neither X nor Y", "none of", "nobody", "no country"; not
    "no fewer than 20 states", which bounds an amount.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Neither", "Sarney", "nor", "Funaro", "accepted"], heads=[3, 3, 1, 4, 4],
    ...           deps=["det", "nmod", "cc", "nsubj", "ROOT"])
    >>> negative_subject(doc[3]), negative_subject(doc[4])
    (True, False)
    """
    if c.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if c.text.lower() in _NONE_WORDS or c.left_edge.text.lower() == "neither":
        return True  # "neither" opens the subject however the parser attached it
    if c.text.lower() == "one" and c.i > 0 and c.doc[c.i - 1].text.lower() == "no":
        return True  # "no one"
    return any((d.dep_ == "preconj" and d.text.lower() == "neither")
               or (d.dep_ == "det" and d.text.lower() == "no" and not _bounds_an_amount(d)) for d in c.children)


#: Comparatives that "no" bounds an amount with: "no fewer than 20 states", "no more than three", "no less than".
_COMPARATIVES = frozenset({"fewer", "more", "less", "later", "earlier", "sooner"})


def _bounds_an_amount(no: Token) -> bool:
    """Whether "no" ``no`` opens a bound on an amount ("no fewer than 20 states condemned": 20 or more did),
    which denies nothing: a comparative follows it."""
    nxt = no.nbor() if no.i + 1 < len(no.doc) else None
    return nxt is not None and (nxt.tag_ in ("JJR", "RBR") or nxt.text.lower() in _COMPARATIVES)


def _phrase_lemma(verb: Token) -> str:
    """The verb's lemma with its particle ("head off", "stave off")."""
    lemma = (verb.lemma_ or verb.text).lower()
    prt = next((c.text.lower() for c in verb.children if c.dep_ == "prt"), None)
    return f"{lemma} {prt}" if prt else lemma


def _in_a_phrase(act: Token, cur: Token) -> bool:
    """Whether ``act`` is named in a prepositional phrase of ``cur`` (or deeper): "the talks" in "a collapse
    of the talks"."""
    t = act
    while t.i != cur.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            return True
        t = t.head
    return False


def prevented(cur: Token, act: Token | None = None) -> bool:
    """Whether ``cur`` is what a verb of preventing keeps from happening: its object, or its
    subject in the passive ("a face-off was averted"); with ``act``, an act in ``cur`` or its clause
    ("to preempt any move by the strikers to occupy the banks"), not one named in a phrase of it,
    which happened ("averted a collapse of the talks", "avoided a repeat of the attack").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Turkey", "averted", "a", "clash"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj"], lemmas=["Turkey", "avert", "a", "clash"])
    >>> prevented(doc[3]), prevented(doc[0])
    (True, False)
    >>> doc = Doc(Vocab(), words=["Japan", "averted", "a", "collapse", "of", "talks"], heads=[1, 1, 3, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
    ...           lemmas=["Japan", "avert", "a", "collapse", "of", "talk"])
    >>> prevented(doc[3], doc[3]), prevented(doc[3], doc[5])
    (True, False)
    """
    if cur.dep_ not in ("dobj", "nsubjpass") or cur.head.i == cur.i:
        return False
    if act is not None and _in_a_phrase(act, cur):
        return False
    return _phrase_lemma(cur.head) in PREVENTING_VERBS


def _party(tok: Token) -> bool:
    """Whether ``tok`` can name a party that is asked to act: a name, a pronoun, people or a body."""
    if tok.ent_type_ in _PARTY_ENTS or tok.pos_ in ("PROPN", "PRON") or tok.tag_ in ("NNP", "NNPS", "PRP"):
        return True
    return is_group_head(tok.text, tok.lemma_ or tok.text) or is_person_noun(tok.text)


def asked_of_object(cur: Token) -> bool:
    """Whether ``cur``, an infinitive complement, is an act its governor only asks of its object:
    "directed U.S. oil companies to end", "persuaded Japan to open" (the governor has a party for
    object before the infinitive and is no verb of causing: "forced Hamas to release" is a fact).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Washington", "directed", "companies", "to", "end", "operations"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
    ...           lemmas=["Washington", "direct", "company", "to", "end", "operation"])
    >>> asked_of_object(doc[4])
    True
    >>> doc = Doc(Vocab(), words=["Israel", "forced", "Hamas", "to", "withdraw"], heads=[1, 1, 1, 4, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp"], lemmas=["Israel", "force", "Hamas", "to", "withdraw"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "VERB"])
    >>> asked_of_object(doc[4])
    False
    """
    head = cur.head
    if cur.dep_ not in ("xcomp", "ccomp") or head.i == cur.i or head.pos_ == "AUX":
        return False
    if not any(c.dep_ == "aux" and c.text.lower() == "to" for c in cur.children):
        return False
    if (head.lemma_ or head.text).lower() in IMPLICATIVE_VERBS | {"be", "have"}:
        return False
    return any(c.dep_ == "dobj" and c.i < cur.i and _party(c) for c in head.children)
