"""Frames that keep a wire story's clause from asserting its event, read from the parse.

The later paragraphs of a news story tell what is wanted, what is not happening and what others
expect, in frames the event's own clause does not show:

* a mandative clause: "it was important that Brazil presented a credible program", "it is vital
  that X withdraw" says what should be, not what was (the mandative subjunctive's licensors);
* a prospect denied: "there is no question of Brazil agreeing", "made little progress in
  agreeing a scheme", "no sign of talks", "no evidence that Iran attacked": nothing was agreed,
  held or shown;
* an adjunct of an act to come: "Funaro would leave tomorrow after meeting Stoltenberg", "Brazil
  might adopt a new approach, involving separate discussions": a participle or a temporal
  gerund shares the time and the modality of the verb it hangs on; so does a state entered
  "on" an act ("it will likely go on strike");
* the content of a charge: "Vietnam charged that the bank had cut off its aid" is Vietnam's
  accusation, not a cut-off the writer reports; so are the grounds of a reproach ("blamed Y for
  refusing to compromise": :mod:`graphkit.ingest.events.grounds`);
* what a power allows: "Reagan's authority to negotiate a GATT agreement";
* an act approached: "both sides are moving towards starting discussions", "France is preparing
  for talks", "paved the way for a visit": what one prepares for or moves towards lies ahead;
* a passive opener with no agent: "Asked what form retaliation might take, Fluegel said": the
  subject was asked, by someone the story does not name;
* a judgement in the form of a demand: "the Tories should have used the money" (a reproach),
  "the parties should have about 1.3 mln votes" (a forecast).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["it", "was", "important", "that", "Brazil", "presented", "a", "program"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 5, 1, 7, 5],
...           deps=["nsubj", "ROOT", "acomp", "mark", "nsubj", "ccomp", "det", "dobj"],
...           tags=["PRP", "VBD", "JJ", "IN", "NNP", "VBD", "DT", "NN"],
...           lemmas=["it", "be", "important", "that", "Brazil", "present", "a", "program"])
>>> unreal_frame(doc[5])
'mandative'
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphkit.ingest.events.certainty import FUTURE_AUX, MODALS, assess
from graphkit.ingest.events.grounds import reproach_grounds
from graphkit.ingest.events.views import shared_view
from graphkit.ingest.words import word_pairs

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["unreal_frame", "forecast_modal"]

#: Adjectives that license the mandative subjunctive ("it is essential that he resign"):
#: necessity and importance (Quirk et al. 1985, 16.32), not evaluation ("significant", "odd").
MANDATIVE_ADJECTIVES = frozenset({"important", "necessary", "essential", "vital", "imperative", "crucial",
                                  "urgent", "desirable", "advisable", "preferable", "critical"})
#: Nouns of a prospect or of its evidence: "no question of", "little progress in", "no sign of".
PROSPECT_NOUNS = frozenset({"question", "chance", "prospect", "hope", "possibility", "likelihood", "sign",
                            "evidence", "progress", "headway", "success", "breakthrough", "movement"})
#: Prospect nouns whose denial asserts the content: "there is no question that Iran attacked".
_ASSERTING_NOUNS = frozenset({"question"})
#: Prepositions that take a prospect's content ("question of agreeing", "progress in/towards talks").
_CONTENT_PREPS = frozenset({"of", "in", "on", "towards", "toward"})
#: Prepositions of time whose gerund tells when the verb it hangs on happens ("after meeting X").
_TIME_PREPS = frozenset({"after", "before", "until", "upon", "on"})
#: Verbs of charging: what they claim is the accuser's allegation, not a reported fact.
CHARGING_VERBS = frozenset({"allege", "charge"})
#: Verbs that charge someone with an act ("accused X of", "charged X with", "suspected of"): the act
#: is the charge's content. The charge itself is the event (ACCUSE).
ACCUSING_VERBS = frozenset({"accuse", "charge", "suspect", "allege"})
_CHARGE_PREPS = frozenset({"of", "with"})
#: Prospect nouns of advance: their setting ("progress in the talks held in Geneva") is no content; only a
#: gerund ("progress in agreeing") or "towards" phrase is.
_ADVANCE_NOUNS = frozenset({"progress", "headway", "success", "breakthrough", "movement"})
#: Verbs a state is entered with "on" + a bare act noun ("go on strike", "remain on alert").
_STATE_VERBS = frozenset({"go", "be", "stay", "remain"})
#: Verbs of asking and telling: a passive opener of one ("Asked what form ..., X said") is put to the subject.
_ASKING_VERBS = frozenset({"ask", "question", "press", "tell"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def _mandated(tok) -> bool:
    """Whether the clause of ``tok`` is the content of "it is important/necessary that ..."."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "ccomp":
            head = cur.head
            if _lemma(head) in MANDATIVE_ADJECTIVES or (_lemma(head) == "be" and any(
                    c.dep_ in ("acomp", "attr") and _lemma(c) in MANDATIVE_ADJECTIVES for c in head.children)):
                return True
            return False
        if cur.dep_ in ("dobj", "pobj", "prep", "xcomp", "conj", "compound") and cur.head.i != cur.i:
            cur = cur.head
            continue
        return False
    return False


def _denied(noun) -> bool:
    """Whether ``noun`` is held to nothing: "no", "little" or "without" before it."""
    words = {c.text.lower() for c in noun.children if c.dep_ in ("det", "amod", "neg")}
    if "no" in words or ("little" in words and "a" not in words):  # "a little progress" is some
        return True
    return noun.dep_ == "pobj" and noun.head.text.lower() == "without"


def _denied_prospect(tok) -> bool:
    """Whether ``tok`` is what a denied prospect is of: "no question of Brazil agreeing",
    "made little progress in agreeing" (the parser hangs "in" on the verb)."""
    if tok.dep_ not in ("pcomp", "pobj") or tok.head.text.lower() not in _CONTENT_PREPS:
        return False
    prep = tok.head
    gov = prep.head
    content = tok.tag_ == "VBG" or prep.text.lower() in ("towards", "toward")

    def denied(noun) -> bool:
        return _lemma(noun) in PROSPECT_NOUNS and _denied(noun) and (content or _lemma(noun) not in _ADVANCE_NOUNS)
    if gov.pos_ in ("NOUN", "PROPN") or gov.tag_.startswith("NN"):
        return denied(gov)
    return any(c.dep_ == "dobj" and denied(c) and c.i < prep.i for c in gov.children)


def _denied_content(tok) -> bool:
    """Whether ``tok``'s clause is the content of a denied prospect or evidence: "there is no evidence that
    Iran attacked", "saw little sign that Iraq would withdraw" ("no question that" asserts: left out)."""
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.i != tok.i else tok
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.i == verb.i or not (noun.pos_ == "NOUN" or noun.tag_.startswith("NN")):
        return False
    if not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in verb.children):
        return False  # a finite content clause, not "no chance to visit" (read by the certainty walk)
    return _lemma(noun) in PROSPECT_NOUNS - _ASSERTING_NOUNS and _denied(noun)


def _not_real(verb) -> bool:
    """Whether ``verb`` tells an act to come or only possible: its own future or modal, or its frame."""
    if any(c.dep_ in ("aux", "auxpass") and c.text.lower() in FUTURE_AUX | MODALS for c in verb.children):
        return True
    verdict = assess(verb)
    if verdict.certainty == "possible" or verdict.future:  # "did not comment after meeting X": it was held
        return True
    if _lemma(verb) == "be":  # "was due to hold talks ..., before travelling": the copula's predicate tells
        return any(x.dep_ == "xcomp" and _not_real(x) for a in verb.children if a.dep_ in ("acomp", "attr")
                   for x in a.children)
    return False


def _governing_verb(tok) -> Token | None:
    """The verb an adjunct ``tok`` hangs on: a participle ("..., involving talks"), a temporal
    gerund ("after meeting X") or an act a state is entered on ("go on strike")."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and not any(
            c.dep_ in ("mark", "nsubj", "nsubjpass") for c in tok.children):
        return tok.head
    if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.text.lower() in _TIME_PREPS:
        return tok.head.head
    if tok.dep_ == "pobj" and tok.pos_ == "NOUN" and tok.head.text.lower() == "on" and (
            _lemma(tok.head.head) in _STATE_VERBS and not any(c.dep_ in ("det", "poss") for c in tok.children)):
        return tok.head.head  # "will go on strike": the bare act noun is a state entered
    return None


def _adjunct_of_unreal(tok) -> bool:
    """Whether ``tok`` (or the act noun it is the object of) is an adjunct of an act to come."""
    cur = tok
    for _ in range(3):
        verb = _governing_verb(cur)
        if verb is not None:
            return verb.pos_ in ("VERB", "AUX") and _not_real(verb)
        if cur.dep_ == "dobj" and cur.head.tag_ == "VBG":
            cur = cur.head  # "involving separate discussions": the noun's verb
            continue
        return False
    return False


def _approached(tok) -> bool:
    """Whether ``tok`` is an act prepared for or moved towards ("preparing for talks", "moving towards
    starting discussions", "paved the way for a visit"), which lies ahead (list ``approach_words``)."""
    cur = tok
    if cur.dep_ == "dobj" and cur.head.dep_ == "pcomp" and cur.head.tag_ == "VBG":
        cur = cur.head  # "towards starting discussions": the gerund's object
    if cur.dep_ not in ("pobj", "pcomp") or cur.head.dep_ != "prep":
        return False
    prep, gov = cur.head.text.lower(), cur.head.head
    return prep in word_pairs("approach_words").get(_lemma(gov), "").split()


def _charged(tok) -> bool:
    """Whether ``tok`` is what a charge says: "charged that the bank had cut ...", "accused Tokyo of
    failing to meet the terms", "suspected of supplying arms"."""
    cur = tok
    for _ in range(5):
        head = cur.head
        if cur.dep_ == "ccomp":
            return _lemma(head) in CHARGING_VERBS
        if cur.dep_ == "prep" and cur.text.lower() in _CHARGE_PREPS:
            return _lemma(head) in ACCUSING_VERBS
        if cur.dep_ in ("dobj", "pobj", "pcomp", "prep", "xcomp") and head.i != cur.i:
            cur = head
            continue
        return False
    return False


def _unnamed_doer(tok) -> bool:
    """Whether ``tok`` is a passive participle opening a clause with no agent ("Asked what form
    retaliation might take, Fluegel said ..."): the subject it is told of is the one acted on."""
    opener = tok.tag_ in ("VBN", "VBD") and tok.i < tok.head.i  # the tagger's "Asked/VBD ..., X said" too
    return tok.dep_ == "advcl" and opener and _lemma(tok) in _ASKING_VERBS and not any(
        c.dep_ in ("agent", "auxpass", "aux", "nsubj", "nsubjpass", "mark") for c in tok.children)


def forecast_modal(clause) -> bool:
    """Whether "X must/should ..." in ``clause`` judges rather than demands: a perfect ("the Tories
    should have used the money": a reproach of the past; "must have known": an inference),
    "should have" a quantity or none ("should have about 1.3 mln votes", "should have no problems"),
    or "should" before its subject, which opens a condition ("should Seoul revalue the won, Korea
    would run a deficit": if it did).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Tories", "should", "have", "used", "money"], heads=[3, 3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "aux", "ROOT", "dobj"], tags=["NNPS", "MD", "VB", "VBN", "NN"],
    ...           lemmas=["Tory", "should", "have", "use", "money"])
    >>> forecast_modal(doc[3])
    True
    >>> doc = Doc(Vocab(), words=["should", "Seoul", "revalue", "the", "won"], heads=[2, 2, 2, 4, 2],
    ...           deps=["aux", "nsubj", "ROOT", "det", "dobj"], tags=["MD", "NNP", "VB", "DT", "NN"])
    >>> forecast_modal(doc[2])
    True
    """
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if not any(a.text.lower() in ("must", "should", "ought") for a in auxes):
        return False
    if any(a.text.lower() == "should" and any(c.dep_ in ("nsubj", "nsubjpass") and a.i < c.i for c in clause.children)
           for a in auxes):
        return True  # "should Seoul revalue the won, Korea would ...": an inverted condition, no demand
    if clause.tag_ == "VBN" and any(a.text.lower() == "have" for a in auxes):
        return True
    return _lemma(clause) == "have" and any(
        c.dep_ == "dobj" and any(d.dep_ in ("nummod", "quantmod") or (d.dep_ == "det" and d.text.lower() == "no")
                                 for d in c.children) for c in clause.children)


def unreal_frame(tok) -> str | None:
    """The frame that keeps the event of trigger ``tok`` from being asserted, or None.

    One of ``"mandative"``, ``"denied prospect"``, ``"adjunct"`` (of an act to come),
    ``"approached"`` (an act prepared for or moved towards), ``"charge"``, ``"unnamed doer"``
    (a passive opener of asking) and ``"view"`` ("agreed that the surplus would persist":
    :mod:`graphkit.ingest.events.views`). What a power allows ("Reagan's
    authority to negotiate") is read by :mod:`~graphkit.ingest.events.certainty` (its hypothetical heads).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["there", "is", "no", "question", "of", "Brazil", "agreeing"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 6, 4],
    ...           deps=["expl", "ROOT", "det", "attr", "prep", "nsubj", "pcomp"],
    ...           tags=["EX", "VBZ", "DT", "NN", "IN", "NNP", "VBG"], pos=["PRON", "VERB", "DET", "NOUN", "ADP",
    ...           "PROPN", "VERB"], lemmas=["there", "be", "no", "question", "of", "Brazil", "agree"])
    >>> unreal_frame(doc[6])
    'denied prospect'
    """
    if _mandated(tok):
        return "mandative"
    if _denied_prospect(tok) or _denied_content(tok):
        return "denied prospect"
    if _adjunct_of_unreal(tok):
        return "adjunct"
    if _approached(tok):
        return "approached"
    if _charged(tok) or reproach_grounds(tok) is not None:  # "blamed X for refusing": events.grounds
        return "charge"
    if _unnamed_doer(tok):
        return "unnamed doer"
    if shared_view(tok):
        return "view"
    return None
