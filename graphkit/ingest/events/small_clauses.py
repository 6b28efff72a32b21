"""The object of a verb followed by a bare infinitive, which the parser reads as a clause's subject.

English puts an object and a verb in its plain form after "help", "let", "make" and a few other
verbs: in "agreed to help the United States strengthen its defences" the United States is helped,
and in "demands the government charge the penalty" the government is asked. The parser hangs such
an object as the subject of a complement clause (``ccomp``), so the verb above seems to have no
object. A clause with a subject and no "that", no auxiliary and a verb in its plain form cannot be a
finite clause when the verb's tag or its subject says so: the tag is the base form (``VB``), or
the present (``VBP``) follows a singular subject, which would have taken ``-s``. Such a
subject is the object of the verb above (:func:`small_clause_subjects`), read as a recipient by
:func:`graphkit.ingest.events.roles.object_actors`; it still does what the clause's own verb says.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Japan", "helped", "Kenya", "build", "roads"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj"],
...           tags=["NNP", "VBD", "NNP", "VBP", "NNS"], lemmas=["Japan", "help", "Kenya", "build", "road"])
>>> [t.text for t in small_clause_subjects(doc[1])]
['Kenya']
"""
from __future__ import annotations

from graphkit.ingest.words import word_list

__all__ = ["small_clause_subjects"]

#: Dependents that make a complement a finite or "to" clause ("said that ...", "said it will ...").
_FINITE_MARKS = frozenset({"mark", "aux", "auxpass"})
#: Pronouns only a finite clause takes as subject ("said they need"); "them", "him", "it" may be objects.
_NOMINATIVE = frozenset({"i", "he", "she", "we", "they"})
#: Tags of a singular subject (a plural one leaves the plain present ambiguous: "said the allies need").
_SINGULAR = frozenset({"NN", "NNP"})


def _plain_form(verb) -> bool:
    """Whether ``verb`` is written in its plain form (its lemma), as a bare infinitive is."""
    return verb.text.lower() == verb.lemma_.lower()


def _bare_after_subject(clause, subj) -> bool:
    """Whether ``clause``'s verb is a bare infinitive after its subject ``subj`` by tag and agreement."""
    if clause.tag_ == "VB":
        return True
    return (clause.tag_ == "VBP" and subj.tag_ in _SINGULAR
            and not any(c.dep_ in ("conj", "cc") for c in subj.children))


def small_clause_subjects(verb) -> list:
    """The objects of ``verb`` that the parser took for the subject of a bare-infinitive complement.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb.

    Returns
    -------
    list of spacy.tokens.Token
        The subject of each ``ccomp`` of ``verb`` that opens right after ``verb`` (a plain noun phrase,
        no clause of its own), when the complement's verb is a bare infinitive: its plain form with no
        "that" and no auxiliary,
        tagged ``VB`` or, after a singular subject, ``VBP``. Empty when ``verb`` has an object of its own
        or is a verb of saying or of a state ("said the bid values X", "saw profits plunge").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["France", "demands", "the", "government", "charge", "him"]
    >>> deps = ["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 4, 1, 4], deps=deps,
    ...           tags=["NNP", "VBZ", "DT", "NN", "VB", "PRP"],
    ...           lemmas=["France", "demand", "the", "government", "charge", "he"])
    >>> [t.text for t in small_clause_subjects(doc[1])]
    ['government']
    >>> words = ["Japan", "found", "the", "allies", "need", "time"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 4, 1, 4], deps=deps,
    ...           tags=["NNP", "VBD", "DT", "NNS", "VBP", "NN"],
    ...           lemmas=["Japan", "find", "the", "ally", "need", "time"])
    >>> small_clause_subjects(doc[1])  # a plural subject: "need" may be finite
    []
    """
    lemma = (verb.lemma_ or verb.text).lower()
    if lemma in word_list("reporting_verbs") or lemma in word_list("state_verbs") or any(
            c.dep_ in ("dobj", "dative", "iobj") for c in verb.children):
        return []  # "said the bid values X", "saw profits plunge": a report or a perception, no object acted on
    out = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or not _plain_form(clause):
            continue
        kids = list(clause.children)
        if any(k.dep_ in _FINITE_MARKS for k in kids):
            continue
        out += [s for s in kids if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1 and s.i < clause.i
                and s.text.lower() not in _NOMINATIVE and _bare_after_subject(clause, s) and not any(
                    c.dep_ in ("acl", "relcl") for c in s.children)]
    return out
