"""The speaker's government: "the government" in the words of a speaker who serves one country.

An official reporting what "the government" or "the ministry" does speaks of his own country's: in
``West German Economics Minister Bangemann said the government saw no reason ...`` the government is
West Germany's, as "his country" is (:func:`graphkit.ingest.actors.homes.own_country`). So a definite
national office with no owner (:func:`graphkit.ingest.actors.offices.national_office`) in a clause
reported by a speaker of exactly one country is that country's office, when the article has no
setting of its own to give (:func:`graphkit.ingest.actors.offices.home_country` settles it first). The
speaker is a person tied to one country, a country, or an unnamed source or body already read as one
country's ("an Egyptian official said the government ...", "the Iranian news agency said"); the same
holds for the country's forces ("Iraqi officials said the army ...": :mod:`graphkit.ingest.actors.unnamed`).
The speaker is the named subject of a reporting verb (``reporting_verbs``) above the office, within
four steps of the parse; a pronoun speaker ("he said") is not resolved yet at this stage and settles
nothing, nor does a speaker tied to no country or to several.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Bangemann", "said", "the", "government", "rejected", "it"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 4, 1, 4],
...           deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj"],
...           lemmas=["Bangemann", "say", "the", "government", "reject", "it"])
>>> speaker_at(doc, token_table(doc), 3)
0
"""
from __future__ import annotations

from graphkit.ingest.actors.offices import national_office
from graphkit.ingest.actors.stations import demonym_country
from graphkit.ingest.words import word_list

__all__ = ["speaker_at", "speaker_office", "speaker_country"]

_SUBJ = frozenset({"nsubj"})
#: Steps up the parse from the office to the reporting verb ("said [the government] would [ask] ...").
_STEPS = 4


def speaker_at(doc, t, i: int) -> int | None:
    """The token of the subject of the nearest reporting verb above token ``i`` of ``doc`` (table ``t``),
    within ``_STEPS`` heads, else None; none when ``i`` is itself that subject.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["the", "government", "said", "no"], heads=[1, 2, 2, 2],
    ...           deps=["det", "nsubj", "ROOT", "dobj"], lemmas=["the", "government", "say", "no"])
    >>> speaker_at(doc, token_table(doc), 1) is None
    True
    """
    reporting = word_list("reporting_verbs")
    k = i
    for _ in range(_STEPS):
        up = t.head[k]
        if up == k:
            return None
        if (doc[up].lemma_ or t.lower[up]).lower() in reporting and t.pos[up] in ("VERB", "AUX", ""):
            return next((c for c in t.children(up) if t.dep[c] in _SUBJ and c != k), None)
        k = up
    return None


def speaker_office(b, i: int) -> bool:
    """Map the national office at ``i`` ("the government") to the one country its speaker serves (see the
    module), in builder ``b``; True when it did.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Layer:
    ...     token_actor = {}
    >>> class Builder:  # an article with no person tied to a country
    ...     def __init__(self, doc):
    ...         self.doc, self.table, self.tok_cluster, self.affil, self.layer = doc, token_table(doc), {}, {}, Layer()
    >>> words = ["Bangemann", "said", "the", "government", "rejected", "it"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj"],
    ...           lemmas=["Bangemann", "say", "the", "government", "reject", "it"])
    >>> speaker_office(Builder(doc), 3)
    False
    """
    t = b.table
    if not national_office(t, i):
        return False
    code = speaker_country(b, i)
    if code is None:
        return False
    start = next((c for c in t.children(i) if t.dep[c] == "det"), i)
    c = b.country(code)
    c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = b.ensure_id(c)
    return True


def speaker_country(b, i: int) -> str | None:
    """The code of the one country that the speaker of the clause of token ``i`` serves, in builder ``b``:
    a named person tied to one country ("Bangemann said"), a country ("Egypt said"), or an unnamed source
    or a body the actor stage has already read as one country's ("an Egyptian official said", "the Iranian
    news agency said": the demonym is read before the clause it reports); else None.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> class Layer:
    ...     token_actor = {}
    >>> class Builder:  # no actor read yet: no speaker's country
    ...     def __init__(self, doc):
    ...         self.doc, self.table, self.tok_cluster, self.affil, self.layer = doc, token_table(doc), {}, {}, Layer()
    >>> doc = Doc(Vocab(), words=["officials", "said", "the", "army", "fired"], heads=[1, 1, 3, 4, 1],
    ...           deps=["nsubj", "ROOT", "det", "nsubj", "ccomp"], lemmas=["official", "say", "the", "army", "fire"])
    >>> speaker_country(Builder(doc), 3) is None
    True
    """
    s = speaker_at(b.doc, b.table, i)
    if s is None:
        return None
    who = b.tok_cluster.get(s)
    if who is None:
        aid = b.layer.token_actor.get(s)
        who = next((c for c in b.clusters if c.id == aid), None) if aid else None
    if who is None:  # "..., Israeli army officials said": a source after its clause is not read yet
        return demonym_country(b, s)
    if who.kind == "location":
        return None  # a place that speaks is a name the model mistook ("Evans told"), or a capital's figure of speech
    if who.code:
        return who.code
    codes = {x.code for x in b.affil.get(id(who), []) if x.code}
    return codes.pop() if len(codes) == 1 else None
