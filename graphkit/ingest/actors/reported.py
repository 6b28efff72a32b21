"""Who a personal pronoun can be in reported speech (a helper of :mod:`graphkit.ingest.actors.coref`).

Two facts of English reporting:

- **Direct speech.** A speaker names themself "I", never "he": a third-person pronoun between
  quotation marks is not the speaker of the quoted words (``He told ITV: "The time has come for
  him to apologise"`` -- "him" is someone else). :func:`quoted_speakers` gives the actors that
  a pronoun therefore cannot be.
- **Reported demands.** ``X said Y was at fault and said he should apologise``: a demand
  ("should", "must", "ought to") is made of another party, so once a speech has made Y its topic
  (the subject of one of its complements), the subject pronoun of a later demand in the same
  speech that agrees with Y is Y, not the speaker (:func:`speech_topic`). With no such earlier
  complement, or no demand ("X said Y erred and said he would resign"), nothing is preferred,
  and "he" may be X.
- **Named parties.** A speaker does not name themself in the third person: in ``Mr Blair will
  have to defend it, he said`` "he" is not Blair (:func:`reported_names`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["He", "said", ":", '"', "Let", "him", "go", '"']
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 6, 4, 1],
...           deps=["nsubj", "ROOT", "punct", "punct", "ccomp", "nsubj", "ccomp", "punct"],
...           lemmas=["he", "say", ":", '"', "let", "he", "go", '"'])
>>> quoted_speakers(doc[5], {0: "kerry"})
['kerry']
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["in_quotation", "quoted_speakers", "speech_topic", "reported_names"]

_OPEN, _CLOSE, _BOTH = frozenset("“«"), frozenset("”»"), frozenset({'"', "''", "``"})
_SUBJ = ("nsubj", "nsubjpass")
#: Modals of obligation: a reported clause with one is a demand on its subject.
_DEMAND_MODALS = frozenset({"should", "must", "ought"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def _sent_start(tok) -> int:
    try:
        return tok.sent.start
    except ValueError:  # a Doc without sentence boundaries
        return 0


def in_quotation(tok) -> bool:
    """Whether ``tok`` stands between quotation marks opened earlier in its sentence.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["He", "said", '"', "he", "left", '"', "and", "he", "went"])
    >>> [in_quotation(doc[i]) for i in (0, 3, 7)]
    [False, True, False]
    """
    depth = False
    for k in range(_sent_start(tok), tok.i):
        text = tok.doc[k].text
        if text in _OPEN:
            depth = True
        elif text in _CLOSE:
            depth = False
        elif text in _BOTH:
            depth = not depth
    return depth


def _speaker_ids(verb, token_actor) -> list[str]:
    """The actors that are the subject of ``verb``, or of the verb it is conjoined to."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subj = [token_actor[s.i] for s in v.children if s.dep_ in _SUBJ and s.i in token_actor]
        if subj or any(s.dep_ in _SUBJ for s in v.children):
            return subj
    return []


def quoted_speakers(tok, token_actor) -> list[str]:
    """The speakers of the quoted words holding the pronoun ``tok``: the subjects of the reporting
    verbs above it, when ``tok`` is between quotation marks (a speaker is "I" there, not "he").

    Parameters
    ----------
    tok : spacy.tokens.Token
        A third-person pronoun.
    token_actor : dict of int to str
        Token index -> actor id of the references resolved so far.

    Returns
    -------
    list of str
        The actor ids ``tok`` cannot refer to (empty outside quotation marks).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["He", "said", "he", "left"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp"], lemmas=["he", "say", "he", "leave"])
    >>> quoted_speakers(doc[2], {0: "kerry"})
    []
    """
    if not in_quotation(tok):
        return []
    reporting = word_list("reporting_verbs")
    out: list[str] = []
    for v in tok.ancestors:
        if _lemma(v) in reporting:
            out += [a for a in _speaker_ids(v, token_actor) if a not in out]
    return out


def speech_topic(tok, token_actor) -> str | None:
    """The actor a subject pronoun ``tok`` of a reported demand refers to when the same speech has
    already made another party its topic: ``X said Y was ... and said he should apologise`` -> Y.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A subject pronoun.
    token_actor : dict of int to str
        Token index -> actor id of the references resolved so far.

    Returns
    -------
    str or None
        The actor id of the latest earlier complement subject of the same speech that is not its
        speaker, or None (the caller still checks agreement).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["Kerry", "said", "Lavrov", "erred", "and", "said", "he", "should", "go"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 1, 8, 8, 5],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "cc", "conj", "nsubj", "aux", "ccomp"],
    ...           lemmas=["Kerry", "say", "Lavrov", "err", "and", "say", "he", "should", "go"])
    >>> speech_topic(doc[6], {0: "kerry", 2: "lavrov"})
    'lavrov'
    >>> speech_topic(doc[2], {0: "kerry"}) is None
    True
    """
    clause = tok.head
    if tok.dep_ not in _SUBJ or clause.dep_ != "ccomp" or not any(
            a.dep_ == "aux" and a.text.lower() in _DEMAND_MODALS for a in clause.children):
        return None
    reporting = word_list("reporting_verbs")
    verb = clause.head
    if _lemma(verb) not in reporting:
        return None
    group = [verb] + ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
    speakers = set(_speaker_ids(verb, token_actor))
    if not speakers:
        return None
    best = None
    for v in group:
        if _lemma(v) not in reporting:
            continue
        for c in v.children:
            if c.dep_ != "ccomp" or c.i >= tok.i:
                continue
            for s in c.children:
                aid = token_actor.get(s.i)
                if s.dep_ in _SUBJ and aid and aid not in speakers and (best is None or s.i > best[0]):
                    best = (s.i, aid)
    return best[1] if best else None


def reported_names(tok, token_actor) -> list[str]:
    """The actors named (by a proper noun) in what the pronoun ``tok`` is reported to have said:
    the subject of a reporting verb is not a party its own words name in the third person
    (``Mr Blair will have to defend it, he said`` -- "he" is not Blair).

    Parameters
    ----------
    tok : spacy.tokens.Token
        A subject pronoun.
    token_actor : dict of int to str
        Token index -> actor id of the references resolved so far.

    Returns
    -------
    list of str
        The actor ids of proper nouns in the complements of the reporting verb ``tok`` is the subject of.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> words = ["Blair", "erred", ",", "he", "said"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 4, 4, 4, 4], deps=["nsubj", "ccomp", "punct", "nsubj", "ROOT"],
    ...           pos=["PROPN", "VERB", "PUNCT", "PRON", "VERB"], lemmas=["Blair", "err", ",", "he", "say"])
    >>> reported_names(doc[3], {0: "blair"})
    ['blair']
    """
    verb = tok.head
    if tok.dep_ not in _SUBJ or _lemma(verb) not in word_list("reporting_verbs"):
        return []
    out: list[str] = []
    for c in verb.children:
        if c.dep_ == "ccomp":
            out += [a for t in c.subtree if t.pos_ == "PROPN" and (a := token_actor.get(t.i)) and a not in out]
    return out
