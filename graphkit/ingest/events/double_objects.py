"""Two objects the parser fused into one: "granted Turkey aid", "offered the United States compensation".

A verb of giving takes two objects, the recipient first ("gave Chad aid"), WordNet's frame "Somebody
----s somebody something" (``data/words/ditransitive_verbs.txt``, grown by
``tools/grow_ditransitive_verbs.py``). When the second object is a bare noun, the parser often reads a name
before it as the noun's compound ("Turkey aid", "the United States compensation") and labels the whole
either the object or the dative. Right after such a verb, a name that opens its single object (after
nothing, or after the "the" of the name) is the first object: the recipient (:func:`fused_recipient`), and
the noun it was fused with is the thing given, the verb's direct object (:func:`fused_theme`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["EC", "granted", "Turkey", "aid"], heads=[1, 1, 3, 1],
...           deps=["nsubj", "ROOT", "compound", "dative"], pos=["PROPN", "VERB", "PROPN", "NOUN"],
...           lemmas=["EC", "grant", "Turkey", "aid"])
>>> fused_recipient(doc[1]).text, fused_theme(doc[1]).text
('Turkey', 'aid')
"""
from __future__ import annotations

from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.words import word_list

__all__ = ["fused_recipient", "fused_theme", "given_to"]

_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _party_noun(noun) -> bool:
    """Whether ``noun`` names people or a body, who receive rather than are given ("the Edelman group")."""
    lemma = _lemma(noun)
    return lemma in word_list("person_nouns") or lemma in word_list("organisation_nouns") or noun.text.lower() in (
        word_list("group_nouns"))


def _fused(verb):
    """``(name, noun)`` when ``verb``'s single object ``noun`` opens with the name ``name`` (see the module)."""
    lemma = _lemma(verb)
    if verb.pos_ not in ("VERB", "") or lemma not in word_list("ditransitive_verbs") or lemma in word_list(
            "reporting_verbs"):  # "told the Chicago chapter": a verb of saying's object is its addressee
        return None
    objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if len(objs) != 1 or objs[0].pos_ != "NOUN" or _party_noun(objs[0]):
        return None
    noun = objs[0]
    names = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if not names or names[0].pos_ != "PROPN" or any(c.dep_ in ("poss", "nummod") for c in noun.children):
        return None
    name, start = names[0], names[0].left_edge.i
    det = verb.doc[start - 1] if start > 0 else None
    if start == verb.i + 1 or (start == verb.i + 2 and det is not None and det.head.i == noun.i
                                and det.dep_ == "det" and det.text.lower() == "the"):
        return name, noun
    return None


def fused_recipient(verb):
    """The name the parser fused into ``verb``'s object that is really its first object, the recipient.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb.

    Returns
    -------
    spacy.tokens.Token or None
        The head of the name ("Turkey" in "granted Turkey aid", "States" in "offered the United
        States compensation") when ``verb`` takes two objects (WordNet frame 14), has a single object,
        a common noun naming a thing (not people or a body), and that object opens right after the verb
        (or its "the") with a proper-name compound; None otherwise ("sold its Canada unit": a possessive;
        "granted Turkey a loan": two objects; "told the Chicago chapter": a verb of saying).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iraq", "offered", "the", "United", "States", "compensation"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 5, 4, 5, 1],
    ...           deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj"],
    ...           pos=["PROPN", "VERB", "DET", "PROPN", "PROPN", "NOUN"],
    ...           lemmas=["Iraq", "offer", "the", "United", "States", "compensation"])
    >>> fused_recipient(doc[1]).text
    'States'
    >>> doc = Doc(Vocab(), words=["Iraq", "sold", "its", "Canada", "unit"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "poss", "compound", "dobj"], pos=["PROPN", "VERB", "PRON", "PROPN", "NOUN"],
    ...           lemmas=["Iraq", "sell", "its", "Canada", "unit"])
    >>> fused_recipient(doc[1]) is None
    True
    """
    fused = _fused(verb)
    return fused[0] if fused else None


def fused_theme(verb):
    """The thing given when :func:`fused_recipient` finds a fused name and the parser labelled the noun
    a dative, not the object ("granted Turkey aid"); None otherwise.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["EC", "granted", "Turkey", "aid"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"], pos=["PROPN", "VERB", "PROPN", "NOUN"],
    ...           lemmas=["EC", "grant", "Turkey", "aid"])
    >>> fused_theme(doc[1]) is None  # labelled the object already
    True
    """
    fused = _fused(verb)
    return fused[1] if fused and fused[1].dep_ != "dobj" else None


def given_to(noun, layer) -> list[str]:
    """The actors of the name fused into event noun ``noun`` when ``noun`` is what a verb of giving gives:
    "offered Britain compensation" (the compensation is Britain's to receive).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "offered", "Britain", "compensation"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"], pos=["PROPN", "VERB", "PROPN", "NOUN"],
    ...           lemmas=["Japan", "offer", "Britain", "compensation"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "japan", 2: "britain"}.get(i)
    >>> given_to(doc[3], Layer())
    ['britain']
    """
    fused = _fused(noun.head) if noun.dep_ in _OBJECT_DEPS else None
    return np_actors(fused[0], layer) if fused is not None and fused[1].i == noun.i else []
