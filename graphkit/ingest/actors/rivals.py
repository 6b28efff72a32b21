"""Rival antecedents: a noun no actor stands for that a pronoun may refer to instead of an actor.

Coreference (:mod:`graphkit.ingest.actors.coref`) takes an actor for "it" or "they" only when no
likelier antecedent that is no actor comes between them: for "they" an unmapped plural subject or
object ("urge all parties to ... their"), for "it" an unmapped singular subject ("the bond ... its par
price"). That rival (:func:`rival`) is weighed as follows.

- Within the pronoun's own sentence the rival is a wall: no actor before it is taken.
- From an earlier sentence it competes with the actors by the same measure (:func:`rank`: sentences
  back, subject or not, main clause or not). A subject pronoun continues the subject of the main
  clause before it, not what that subject was said to do ("Argentina has said this target is not
  negotiable. It has indicated ...": Argentina, not the target), nor an object named after a noun
  subject ("The paper identified these as conspiracy to defraud the government. It said ...": the
  paper, not the government).
- A person named by a common noun who says something ("a senior official said") is the one a later
  "he said" or "she added" refers to, not a person named before: a new one is brought in by an indefinite
  phrase or a noun of no office ("the banker"; "the ex-home secretary" describes a holder named before);
  not when the noun has a name in
  apposition ("the minister, Patricio Quevedo, said": that actor), nor for a pronoun in quoted words.
- A possessive never refers to the phrase it is in (:func:`phrase_of`).
- The subject of a verb of saying is someone who can speak (:func:`can_speak`: a body, a person, a
  statement or a document), so for "it said", "they added" only such a noun is a rival ("Real private
  consumption appeared buoyant, it noted": the OECD named before, not consumption).

Examples
--------
>>> can_speak("committee"), can_speak("statement"), can_speak("consumption")
(True, True, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.bodies import is_person_noun, singular
from graphkit.ingest.actors.reported import in_quotation
from graphkit.ingest.actors.titles import is_title_head
from graphkit.ingest.words import word_list

__all__ = ["can_speak", "is_speech_subject", "phrase_of", "rank", "reports", "rival"]

_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_SUBJ_OBJ = _SUBJ | frozenset({"dobj", "pobj", "dative", "iobj", "attr", "oprd"})


@cache
def _speaking_nouns() -> frozenset[str]:
    """Nouns of bodies, statements and documents (made once)."""
    return (word_list("body_nouns") | word_list("organisation_nouns") | word_list("firm_nouns")
            | word_list("statement_nouns") | word_list("document_nouns") | word_list("information_nouns"))


def can_speak(noun: str) -> bool:
    """Whether a common noun can be the subject of a verb of saying: a body ("the committee"), people
    ("officials"), a statement or a document ("the statement", "the paper").

    >>> can_speak("officials"), can_speak("paper"), can_speak("target")
    (True, True, False)
    """
    low = noun.lower()
    return bool({low, singular(low)} & _speaking_nouns()) or is_person_noun(low)


def is_speech_subject(tok) -> bool:
    """Whether ``tok`` is the subject of a verb of saying ("it said", "they added").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["it", "said"], heads=[1, 1], deps=["nsubj", "ROOT"], lemmas=["it", "say"])
    >>> is_speech_subject(doc[0])
    True
    """
    return tok.dep_ == "nsubj" and _says(tok.head)


def reports(tok) -> bool:
    """Whether ``tok`` is the subject of a verb of saying or of the clause said ("he added", "X said he
    would"): where a person named by a common noun ("a senior official said") is taken up again.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "said", "he", "left"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp"], lemmas=["X", "say", "he", "leave"])
    >>> reports(doc[2]), reports(doc[0])
    (True, True)
    """
    return is_speech_subject(tok) or (tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and _says(tok.head.head)
                                      and not in_quotation(tok))  # in quoted words the speaker is "I"


def _says(verb) -> bool:
    return (verb.lemma_ or verb.text).lower() in word_list("reporting_verbs")


def rival(t, i: int, token_actor: dict[int, str], cls: str, lo: int, speech: bool = False, doc=None) -> int:
    """Index of the nearest noun before the pronoun at ``i`` (down to ``lo``) that is a likelier
    antecedent than an actor: for "they" (``cls`` ``'p'``) an unmapped plural subject or object, for
    "it" (``'n'``) an unmapped singular subject, for "he" or "she" (``'m'``, ``'f'``) an unmapped person
    noun that is the subject of a verb of saying in ``doc`` ("a senior official said ... he added"), not
    in apposition with an actor; with ``speech`` (the pronoun says something) only a
    noun that :func:`can_speak`; else -1. ``t`` is the token table.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> words = ["The", "bond", "rose", "and", "its", "price", "fell"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 6, 2],
    ...           deps=["det", "nsubj", "ROOT", "cc", "poss", "nsubj", "conj"],
    ...           pos=["DET", "NOUN", "VERB", "CCONJ", "PRON", "NOUN", "VERB"],
    ...           tags=["DT", "NN", "VBD", "CC", "PRP$", "NN", "VBD"])
    >>> rival(token_table(doc), 4, {}, "n", 0)
    1
    """
    pos, tag, dep, ent_type, lower = t.pos, t.tag, t.dep, t.ent_type, t.lower
    for k in range(i - 1, lo - 1, -1):
        if k in token_actor or pos[k] not in ("NOUN", "PROPN"):
            continue
        if speech and (pos[k] != "NOUN" or not can_speak(lower[k])):
            continue
        if cls == "p" and tag[k] in ("NNS", "NNPS") and dep[k] in _SUBJ_OBJ:
            return k
        if cls == "n" and tag[k] in ("NN", "NNP") and dep[k] in _SUBJ and not ent_type[k]:
            return k
        if cls in ("m", "f") and tag[k] == "NN" and dep[k] == "nsubj" and not ent_type[k] and is_person_noun(
                lower[k]) and doc is not None and _says(doc[t.head[k]]) and _new_person(t, k, token_actor):
            return k  # "a senior official said ... he added"
    return -1


def _new_person(t, k: int, token_actor: dict[int, str]) -> bool:
    """Whether the person noun at ``k`` brings in someone unnamed: an indefinite phrase ("a senior official",
    "one broker"), or a definite one that is no title ("the banker"; "the ex-home secretary" is a named
    holder described), with no name in apposition."""
    indefinite = any(t.dep[j] in ("det", "nummod") and t.lower[j] in _INDEFINITE for j in t.children(k))
    return (indefinite or not is_title_head(t.lower[k])) and not _named(t, k, token_actor)


def _named(t, k: int, token_actor: dict[int, str]) -> bool:
    """Whether the noun at ``k`` is in apposition with an actor ("the exchange's president, Manuel Somoza",
    "the minister at the Presidency, Patricio Quevedo": the parser may hang the name on a noun after it)."""
    if t.dep[k] == "appos" and t.head[k] in token_actor:
        return True
    todo = list(t.children(k))
    while todo:
        j = todo.pop()
        if t.dep[j] == "appos" and j in token_actor:
            return True
        todo.extend(t.children(j))
    return False


def phrase_of(tok) -> range:
    """The token indices of the noun phrase a possessive ``tok`` is in ("His farm minister Ignaze Kiechle"),
    which it never refers to (nor to a name inside it: "its talks with Japan" are not Japan's).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["His", "minister", "Kiechle", "spoke"], heads=[1, 2, 3, 3],
    ...           deps=["poss", "compound", "nsubj", "ROOT"])
    >>> phrase_of(doc[0])
    range(0, 3)
    """
    head = tok.head
    while head.dep_ in ("compound", "appos") and head.head.i != head.i:
        head = head.head
    return range(head.left_edge.i, head.right_edge.i + 1)


def rank(back: int, subject: bool, main: bool) -> int:
    """How unlikely an antecedent is, ``back`` sentences before its pronoun (lower is likelier): the
    measure coreference weighs actors by, four a sentence, two for no subject, one for no main clause.

    >>> rank(1, True, True) < rank(1, True, False) < rank(1, False, True)
    True
    """
    return back * 4 + (0 if subject else 2) + (0 if main else 1)
