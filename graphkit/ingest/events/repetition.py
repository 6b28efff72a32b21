"""An act said to be done "also" or "too" repeats an act just reported, and its addressee.

English marks an act that another party has just done with "also", "too", "as well" or
"likewise" and does not name its addressee again: after "Blair offered his congratulations to
the couple", "Australia's John Howard also offered his congratulations" congratulates the couple
too. A speech act (PLOVER's verbal categories) marked so, with a doer and no addressee of its
own (no actor, nor a name, pronoun or people for object), takes the addressee of the nearest
earlier act of the same category told with the same words (the verb and its event noun or common-noun object:
"congratulations", "condolences") by other
doers, in its sentence or the three before. Without such an act nothing is added: "also" may
add an act of the same doer ("X met Y and also praised Z's plan").

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> from graphkit.ingest.events.lexicon import Trigger
>>> from graphkit.ingest.events.triggers import Candidate
>>> words = ["X", "praised", "Y", ".", "Z", "also", "praised", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 6, 6, 6, 6], sent_starts=[1, 0, 0, 0, 1, 0, 0, 0],
...           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "advmod", "ROOT", "punct"],
...           lemmas=["X", "praise", "Y", ".", "Z", "also", "praise", "."])
>>> praise = Trigger("SUPPORT", None, "praised")
>>> cands = [Candidate(praise, doc[1], doc[1], doc[1], "verb"), Candidate(praise, doc[6], doc[6], doc[6], "verb")]
>>> roles = [(["x"], ["y"]), (["z"], [])]
>>> repeated_acts(cands, roles)
>>> roles[1]
(['z'], ['y'])
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.models import VERBAL_TYPES

__all__ = ["repeated_acts", "says_again", "recent_sentences", "borrow_addressee"]

#: Adverbs by which an act repeats another's ("also", "too", "as well", "likewise").
_AGAIN = frozenset({"also", "too", "likewise", "similarly"})
#: How many sentences before its own the repeated act may be reported.
_REACH = 3


def says_again(verb) -> bool:
    """Whether ``verb`` is marked as repeating an act: "also offered", "offered ... too",
    "offered ... as well".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Z", "praised", "them", "as", "well"], heads=[1, 1, 1, 4, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "advmod", "advmod"])
    >>> says_again(doc[1]), says_again(doc[0])
    (True, False)
    """
    return any(c.dep_ == "advmod" and (c.text.lower() in _AGAIN or (
        c.text.lower() == "well" and c.i > 0 and c.doc[c.i - 1].text.lower() == "as")) for c in verb.children)


def _word(c: Candidate) -> tuple[str, str]:
    """The words an act is told with: its verb, and its event noun or common-noun object
    ("offered his congratulations", "offered his condolences" are two acts)."""
    noun = c.noun if c.kind == "light" else next(
        (o for o in c.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN"), None)
    return lemma_of(c.head), lemma_of(noun) if noun is not None else ""


def _addressed(c: Candidate) -> bool:
    """Whether ``c`` names an addressee of its own, actor or not: an object that is a name, a
    pronoun or people ("also urged Secretary Lyng to ...", but not "also offered his congratulations")."""
    return any(o.dep_ in ("dobj", "dative", "iobj") and (c.noun is None or o.i != c.noun.i)
               and (o.pos_ in ("PROPN", "PRON") or is_person_noun(o.text)) for o in c.head.children)


def recent_sentences(tok, reach: int = _REACH) -> list:
    """The sentence of ``tok`` and the ``reach`` before it, in text order (the whole text as one
    sentence when it has no sentence boundaries).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["A", ".", "B", ".", "C", "."], sent_starts=[1, 0, 1, 0, 1, 0])
    >>> [s.text for s in recent_sentences(doc[4], reach=1)]
    ['B .', 'C .']
    """
    try:
        sents = list(tok.doc.sents)
    except ValueError:
        return [tok.doc[:]]
    here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    return sents[max(0, here - reach):here + 1]


def borrow_addressee(cands: list[Candidate], roles: list, n: int, same_words: bool = False) -> None:
    """Give candidate ``n`` the addressees of the nearest earlier act of its type by other doers in
    its sentence or the three before (told with the same words if ``same_words``), if any;
    ``roles`` is updated in place."""
    c, role = cands[n], roles[n]
    first = recent_sentences(c.head)[0].start
    earlier = sorted((m for m in range(len(cands)) if first <= cands[m].head.i < c.head.i),
                     key=lambda m: -cands[m].head.i)
    for m in earlier:
        other, theirs = cands[m], roles[m]
        if (theirs is None or other.trig.type != c.trig.type or set(theirs[0]) & set(role[0])
                or (same_words and _word(other) != _word(c))):
            continue
        shared = [r for r in theirs[1] if r not in role[0] and r not in theirs[0]]
        if shared:
            roles[n] = (role[0], shared)
            return


def repeated_acts(cands: list[Candidate], roles: list) -> None:
    """Give speech acts marked "also"/"too" with no addressee the addressee of the act they repeat
    (see the module); ``roles`` (``(actors, recipients)`` or None per candidate) is updated in place."""
    for n in sorted(range(len(cands)), key=lambda n: cands[n].head.i):
        c, role = cands[n], roles[n]
        if (role is None or not role[0] or [r for r in role[1] if r not in role[0]]
                or c.kind not in ("verb", "light") or c.trig.type not in VERBAL_TYPES or not says_again(c.head)
                or _addressed(c)):
            continue
        borrow_addressee(cands, roles, n, same_words=True)
