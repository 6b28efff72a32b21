"""Verbs spelt with a hyphenated "re-" prefix, made one word before spaCy reads them.

English writes a repeated act with the prefix "re-", often hyphenated: "re-imposed sanctions",
"re-affirmed its commitment", "re-opened the border". The tokenizer splits the hyphen (``re``,
``-``, ``imposed``) and the parser then takes "re" for the verb and the real verb for a modifier,
so the act never reaches the event lexicon. To re-do an act is to do it (again), so
:func:`join_re_prefix` makes "re-" and a following verb form one token whose lemma is that verb's
("re-imposed": "impose"), before the parser runs; the text is not changed. Only words whose
regular inflection leads to a verb of the model's lemma index are joined ("re-election" stays).

Examples
--------
>>> import spacy
>>> doc = join_re_prefix(spacy.blank("en").make_doc("Iraq re-opened the border."), frozenset({"open"}))
>>> [(t.text, t.lemma_) for t in doc][:2]
[('Iraq', ''), ('re-opened', 'open')]
"""
from __future__ import annotations

from collections.abc import Collection

__all__ = ["join_re_prefix", "verb_base"]

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def verb_base(word: str, verbs: Collection[str]) -> str | None:
    """The base form of ``word`` when it is a regular form (base, -s, -ed, -ing) of a verb in ``verbs``.

    Examples
    --------
    >>> verbs = {"impose", "open", "submit", "affirm"}
    >>> verb_base("imposed", verbs), verb_base("opens", verbs), verb_base("submitted", verbs)
    ('impose', 'open', 'submit')
    >>> verb_base("election", verbs) is None
    True
    """
    low = word.lower()
    cands = [low]
    for suffix in ("ed", "ing"):
        if low.endswith(suffix):
            stem = low[: -len(suffix)]
            cands += [stem, stem + "e"] + ([stem[:-1]] if len(stem) > 2 and stem[-1] == stem[-2] else [])
    if low.endswith("s"):
        cands += [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
    return next((c for c in cands if c in verbs), None)


def join_re_prefix(doc, verbs: Collection[str]):
    """``doc`` (tokenized, not yet parsed) with each "re" + hyphen + verb form made one token, its lemma set
    to the verb's base form (``verbs``: the verb base forms known).

    Examples
    --------
    >>> import spacy
    >>> doc = join_re_prefix(spacy.blank("en").make_doc("a re-election"), frozenset({"elect"}))
    >>> [t.text for t in doc]
    ['a', 're', '-', 'election']
    """
    low = doc.text.lower()
    if not any(f"re{h}" in low for h in _HYPHENS):
        return doc  # most articles have none: no walk over their tokens
    spans = []
    i = 0
    while i + 2 < len(doc):
        re_, hyphen, word = doc[i], doc[i + 1], doc[i + 2]
        if (re_.lower_ == "re" and not re_.whitespace_ and hyphen.text in _HYPHENS and not hyphen.whitespace_
                and (i == 0 or doc[i - 1].text not in _HYPHENS)
                and (base := verb_base(word.text, verbs)) is not None):
            spans.append((doc[i:i + 3], base))
            i += 3
        else:
            i += 1
    if spans:
        with doc.retokenize() as retok:
            for span, base in spans:
                retok.merge(span, attrs={"LEMMA": base})
    return doc
