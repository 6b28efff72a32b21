"""One-word names the model labels a firm, a place or a people that their own sentence shows are a person's.

The small model labels many lone surnames it has never seen an organisation ("Volcker", "Nakasone",
"Poehl") or a place ("Gros", "Bavadra"). Read alone, such a name is a firm's as often as a person's
("Bally said", "Amoco agreed"), so the label stands unless the sentence itself tells a person, by a fact of
English:

- its clause refers back to it with a personal pronoun: a name heading the subject of a verb whose own
  clause or complement has "he", "she" or "his"/"her" as a subject or possessor ("Poehl told a symposium he
  feared", "Baldrige said he had agreed"): English refers to a firm with "it" (see
  :func:`graphkit.ingest.actors.bare_names.bare_label`), to a person with "he" or "she", and a speaker who
  says "I" is a person (a firm's statement says "we"); or a relative
  clause on it opens with "who" or "whose" ("Conable, who was present"), where a thing takes "which";
- it and a person's name are a list of two ("Funaro and Gros", "talks between Reagan and Nakasone"): a list
  joins names of one kind (not a list that modifies a noun: "Phillips and Drew economist X", a firm named
  after its partners);
- it stands in apposition to a noun for a person ("Porter, a key member of ...", "Craxi, Italy's prime
  minister"; WordNet's person nouns, :func:`graphkit.ingest.actors.bodies.is_person_noun`), or to an age
  ("Lechin, 83,");
- it owns what a firm does not: a remark or a charge, a visit or a journey, a government
  ("Weizsaecker's visit", "Botha's charges").

Only one capitalised word alone counts (longer names have the model's reading), never a word the gazetteer
knows as a country, people, party or known organisation, a calendar or title word, or a word the article
writes inside an organisation's name ("Cable and Wireless"); a place the gazetteer knows takes only the
pronoun's evidence when the model too reads it as a place or it is a capital ("Washington's claims" are its
government's), not when the model reads it as a body ("Howard's trip", "Tamura's remark").
Used by :mod:`graphkit.ingest.actors.entities`.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Poehl", "said", "he", "feared", "a", "rise"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 5, 3], deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj"],
...           ents=["B-ORG", "O", "O", "O", "O", "O"])
>>> personal_name(token_table(doc), 0)
True
"""
from __future__ import annotations

from graphkit.ingest.actors.bare_names import bare_label, bare_name, named_thing
from graphkit.ingest.actors.bodies import is_person_noun, singular
from graphkit.ingest.actors.executives import EXECUTIVES
from graphkit.ingest.actors.places import capital_country, is_place
from graphkit.ingest.words import word_list

__all__ = ["personal_name"]

#: Labels of one-word entities that may be a person's name the model did not know (places, peoples, bodies).
_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
#: Personal pronouns and possessives, and the dependencies that make them a clause's subject or a possessor.
_PERSONAL = frozenset({"he", "she", "his", "her", "i", "my"})
_PRONOUN_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Lists of the nouns a person owns and a firm does not (:func:`_personal_possession`).
_POSSESSIONS = ("statement_nouns", "accusation_nouns", "journey_nouns")
#: Relative pronouns of persons.
_WHO = frozenset({"who", "whom", "whose"})
#: Dependencies of a noun's modifiers.
_MODIFIERS = frozenset({"compound", "nmod", "amod", "poss"})
#: Labels of entities whose words make a name an organisation's where the article writes them.
_ORG_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


def _lone(t, i: int) -> bool:
    """Whether token ``i`` is a one-word entity of a place, people or organisation label, written as one
    capitalised word with no article or modifier."""
    w, n = t.text[i], len(t.text)
    if t.ent_iob[i] != "B" or t.ent_type[i] not in _LABELS or (i + 1 < n and t.ent_iob[i + 1] == "I"):
        return False
    if len(w) < 3 or not w.isalpha() or not w[0].isupper() or not w[1:].islower():
        return False
    return not any(t.dep[c] in ("det", "amod", "compound", "nummod") for c in t.children(i))


def _pronoun_back(t, i: int) -> bool:
    """Whether subject ``i``'s clause refers back to it with "he", "she", "his" or "her" (as a subject or a
    possessor, in the verb's own clause or one it governs), and no other name or noun is the subject there
    ("Reagan told Nakasone he ..." is still about a person)."""
    if t.dep[i] not in _SUBJECTS:
        return False
    verb = t.head[i]
    near = [c for c in t.children(verb) if c != i]
    near += [g for c in near for g in t.children(c)]
    return any(t.lower[k] in _PERSONAL and t.dep[k] in _PRONOUN_DEPS for k in near)


def _listed_with_person(t, i: int) -> bool:
    """Whether ``i`` and a person's name are a list of two ("Funaro and Gros"): a name the model labels a
    person's, or a bare name it left unlabelled that is a person's
    (:func:`~graphkit.ingest.actors.bare_names.bare_name`). A longer list ("Gammara, Santo Antonio and
    Diamazon") may hold a place the model took for a person, and a list that modifies a noun or follows "of" is
    the name of a firm named after its partners ("Phillips and Drew economist X", "X of Phillips and Drew")."""
    items = sorted([i, *t.conjuncts(i)])
    first = items[0]
    if len(items) != 2:
        return False
    if t.dep[first] in _MODIFIERS or (t.dep[first] == "pobj" and t.lower[t.head[first]] == "of"):
        return False  # "Phillips and Drew economist X", "X of Phillips and Drew": a firm named after its partners
    if any(t.dep[k] == "case" or t.lower[k] in ("'s", "\u2019s") for k in range(items[0], items[1])):
        return False  # "Phillips and Drew's Reid": the parser joined a firm and its employee
    return any(t.ent_type[k] == "PERSON" or (bare_name(t, k) and bare_label(t, k) == "PERSON") for k in items if k != i)


def _personal_possession(t, i: int) -> bool:
    """Whether ``i`` owns ("X's") what only a person has among the actors a lone name may be: a remark or a
    charge (``statement_nouns``, ``accusation_nouns``: a firm speaks through its spokesman, "the company said"),
    a visit or a journey (``journey_nouns``), or a government or administration (its leader's: "Nakasone's
    government"; a country's is the gazetteer's)."""
    if t.dep[i] != "poss":
        return False
    head = singular(t.lower[t.head[i]])
    return head in EXECUTIVES or any(head in word_list(n) for n in _POSSESSIONS)


def _relative_who(t, i: int) -> bool:
    """Whether a relative clause on ``i`` refers back to it with "who", "whom" or "whose" ("Conable, who was
    present", "in support of Bavadra, whose government was overthrown"): English refers to a thing with "which".
    Not after "of" a person noun, whom the clause is as often about ("deputy director of Comecon, who heads
    the delegation")."""
    if t.dep[i] == "pobj" and t.lower[t.head[i]] == "of" and is_person_noun(t.text[t.head[t.head[i]]]):
        return False
    for c in t.children(i):
        if t.dep[c] == "relcl":
            near = [*t.children(c), *(g for k in t.children(c) for g in t.children(k))]
            if any(t.lower[k] in _WHO for k in near if k < c):
                return True
    return False


def _age(t, i: int) -> bool:
    """Whether ``i`` is followed by an age between commas ("Lechin, 83, joined"): news gives a person's age so."""
    n = len(t.text)
    return i + 3 < n and t.text[i + 1] == "," and t.text[i + 2].isdigit() and 18 <= int(t.text[i + 2]) < 110 \
        and t.text[i + 3] in (",", ".")


def _person_apposition(t, i: int) -> bool:
    """Whether ``i`` has an apposition headed by a singular common noun for a person ("Craxi, Italy's prime
    minister"), not a count of people ("Wentsville, Mo. (4,900 workers)")."""
    return any(t.dep[c] == "appos" and t.pos[c] == "NOUN" and t.tag[c] in ("NN", "") and is_person_noun(t.text[c])
               and not any(t.dep[g] == "nummod" for g in t.children(c)) for c in t.children(i))


def personal_name(t, i: int) -> bool:
    """Whether the one-word entity at token ``i`` of token table ``t`` is a person's name by its sentence's
    evidence (see the module docstring).

    Parameters
    ----------
    t : TokenTable
        The document's token table.
    i : int
        The first token of an entity.

    Returns
    -------
    bool
        True for a lone capitalised word the model labels an organisation, place or people that its clause
        refers back to with "he"/"she", that is listed with a person's name, or that a person noun stands in
        apposition to; False for anything the gazetteer names or the article writes inside a firm's name.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> words = ["Funaro", "and", "Gros", "met", "Lawson", ".", "Dome", "said", "it", "agreed"]
    >>> doc = Doc(Vocab(), words=words, heads=[3, 0, 0, 3, 3, 3, 7, 7, 9, 7],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp"],
    ...           ents=["B-PERSON", "O", "B-GPE", "O", "B-PERSON", "O", "B-ORG", "O", "O", "O"])
    >>> t = token_table(doc)
    >>> personal_name(t, 2), personal_name(t, 6)
    (True, False)
    """
    if not _lone(t, i):
        return False
    w = t.text[i]
    if named_thing(w, places=False):
        return False
    if any(t.text[k] == w and t.ent_type[k] in _ORG_LABELS and (t.ent_iob[k] == "I" or (
            k + 1 < len(t.text) and t.ent_iob[k + 1] == "I")) for k in range(len(t.text))):
        return False  # "Cable and Wireless", "Western Digital": a word of a firm's name
    if _pronoun_back(t, i):
        return True
    if is_place(w) and (t.ent_type[i] in ("GPE", "LOC") or capital_country(w)):
        return False  # a place the model reads as one, or a capital ("Washington's claims": its government)
    return _listed_with_person(t, i) or _person_apposition(t, i) or _personal_possession(t, i) \
        or _relative_who(t, i) or _age(t, i)
