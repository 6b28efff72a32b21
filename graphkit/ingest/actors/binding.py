"""Binding: the actors a reference cannot stand for because they are subjects of its own clause.

An object pronoun or description never refers to the subject of the clause it is in ("Kerry spoke
with Netanyahu after meeting him": not Kerry; "Harry and William wished the couple luck": not Harry
and William). :func:`clause_subjects` finds those subjects, climbing from the reference through the
clauses that share their subject (infinitives, adverbial and prepositional clauses, conjuncts). Nor
does an argument of a relative clause refer to the noun the clause modifies, which is the clause's
other argument ("German banks they now cooperate with": not the banks; :func:`relative_head`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Kerry", "met", "Netanyahu", "and", "praised", "him", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 1, 4, 1],
...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj", "punct"])
>>> clause_subjects(doc[5], {0: "kerry", 2: "netanyahu"})
['kerry']
"""
from __future__ import annotations

__all__ = ["clause_subjects", "relative_head", "SUBJECT_DEPS", "OBJECT_DEPS"]

#: Dependency labels of subjects.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Dependency labels of objects and predicate nouns.
OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "iobj", "attr", "oprd"})
#: Clauses (and phrases) whose subject is that of the clause above them.
_CLIMB = frozenset({"xcomp", "advcl", "pcomp", "conj", "prep", "pobj", "acl", "ccomp"})


def clause_subjects(tok, token_actor: dict[int, str], through_nouns: bool = False) -> list[str]:
    """Actors that are subjects of the clause(s) governing ``tok`` (binding: not its referents).

    Parameters
    ----------
    tok : spacy.tokens.Token
        The reference.
    token_actor : dict
        Token index -> actor id.
    through_nouns : bool
        Start the walk at the verb above the noun phrase holding ``tok`` ("Israel end [its siege]").

    Returns
    -------
    list of str
        The actor ids, in the order found (nearest clause first).

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Israel", "ended", "its", "siege"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "poss", "dobj"], pos=["PROPN", "VERB", "PRON", "NOUN"])
    >>> clause_subjects(doc[2], {0: "isr"}), clause_subjects(doc[2], {0: "isr"}, through_nouns=True)
    ([], ['isr'])
    """
    out: list[str] = []
    v = tok.head
    for _ in range(4):
        if not through_nouns or v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        if any(c.dep_ in SUBJECT_DEPS for c in v.children):
            break
        v = v.head
    for _ in range(6):
        subj = [c for c in v.children if c.dep_ in SUBJECT_DEPS]
        for s in subj:
            aid = token_actor.get(s.i)
            if aid and aid not in out:
                out.append(aid)
        if subj or v.dep_ not in _CLIMB or v.head.i == v.i:
            break
        v = v.head
    return out


def relative_head(tok, token_actor: dict[int, str]) -> str | None:
    """The actor of the noun modified by the relative clause whose verb takes ``tok`` as subject or object
    ("relations with German banks [they now cooperate with]": the banks), which ``tok`` cannot refer to;
    else None.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A pronoun.
    token_actor : dict
        Token index -> actor id.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["banks", "they", "cooperate", "with"], heads=[0, 2, 0, 2],
    ...           deps=["ROOT", "nsubj", "relcl", "prep"])
    >>> relative_head(doc[1], {0: "germany"}), relative_head(doc[0], {0: "germany"})
    ('germany', None)
    """
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS | OBJECT_DEPS or verb.dep_ != "relcl" or verb.i == tok.i:
        return None
    return token_actor.get(verb.head.i)
