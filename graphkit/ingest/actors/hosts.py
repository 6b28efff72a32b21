"""Hosts and guests: the people one country's envoys meet or visit are not of that country.

News of diplomacy sends the people of one country to meet those of another: "Brazilian ministers
are meeting British Chancellor Nigel Lawson, Foreign Secretary Geoffrey Howe and bankers", "Kuwait's
oil minister visited Minister Hisham Nazer". The person met, visited, received or talked with is the
other side of the meeting; when the text gives that person no country of their own ("Foreign
Secretary Geoffrey Howe"), the country of the side that comes to the meeting is the one thing the
person is not. :func:`host_tokens` gives the tokens naming that country (the subject itself, its
demonym or possessor, or the country in its "of" phrase), and :func:`host_codes` their codes, for
:func:`graphkit.ingest.actors.counterparts.counterpart_codes`: a guess of the person's country from
the setting of the article must not give it. The text still says so when it does ("met Brazilian
bankers": the person's own phrase gives the country, and a guess is never made).

Only verbs of meeting (``_MEETS``): "Reagan fired Secretary X" or "Brazil named Minister X" speak of
one's own people.

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> words = ["Brazilian", "ministers", "met", "Secretary", "Howe", "."]
>>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 4, 2, 2],
...           deps=["amod", "nsubj", "ROOT", "compound", "dobj", "punct"],
...           pos=["ADJ", "NOUN", "VERB", "PROPN", "PROPN", "PUNCT"])
>>> host_tokens(token_table(doc), 4, {0})
{0}
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from graphkit.ingest.actors.gazetteer import country_code, demonym_code

__all__ = ["host_tokens", "host_codes"]

#: The forms of the verbs of meeting someone, whose object or "with" party is the other side (the token
#: table keeps no lemmas).
_MEETS = re.compile(r"(meet(s|ing)?|met|visit(s|ed|ing)?|receiv(e|es|ed|ing)|host(s|ed|ing)?|welcom(e|es|ed|ing)"
                    r"|greet(s|ed|ing)?|confer(s|red|ring)?|talk(s|ed|ing)?)")
#: Verbs whose object is met only in a "with" phrase ("confer with", "talk with").
_WITH_ONLY = ("confer", "talk")
#: Dependencies that join names in a list under the first ("Lawson, Howe and bankers").
_LIST = frozenset({"conj", "appos"})
#: Dependencies of a modifier of the subject that may name its country ("Brazilian ministers", "Kuwait's").
_SUBJECT_MODS = frozenset({"amod", "compound", "poss", "nmod"})


def _meeting_verb(t, h: int) -> int | None:
    """The verb of meeting whose other side is the name at head token ``h`` (its object, or the object of
    its "with"), through the names listed with it, else None."""
    k, seen = h, 0
    while t.dep[k] in _LIST and t.head[k] != k and seen < 8:
        k, seen = t.head[k], seen + 1
    if t.dep[k] == "dobj":
        verb = t.head[k]
        return verb if _meets(t, verb) and not t.lower[verb].startswith(_WITH_ONLY) else None
    if t.dep[k] == "pobj" and t.lower[t.head[k]] == "with":
        verb = t.head[t.head[k]]
        return verb if _meets(t, verb) else None
    return None


def _meets(t, k: int) -> bool:
    """Whether token ``k`` is a verb of meeting ("met", "are meeting", "visited"; not "metals", "hostile")."""
    return t.pos[k] == "VERB" and _MEETS.fullmatch(t.lower[k]) is not None


def _subject(t, verb: int) -> int | None:
    """The active subject of ``verb``, or of the verb it completes ("Brazil is to meet", "wants to meet")."""
    for k in (verb, t.head[verb] if t.dep[verb] == "xcomp" else verb):
        subj = next((c for c in t.children(k) if t.dep[c] == "nsubj"), None)
        if subj is not None:
            return subj
    return None


def host_codes(t, h: int, coded: Mapping[int, str]) -> set[str]:
    """The codes of the country of the side meeting the person named at head token ``h`` (see the module):
    of the tokens :func:`host_tokens` gives, by ``coded`` (token: code of the actor named there), else by
    a demonym or a country's name ("Brazilian ministers", before such a phrase is an actor).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> doc = Doc(Vocab(), words=["Brazilian", "ministers", "met", "Howe"], heads=[1, 2, 2, 2],
    ...           deps=["amod", "nsubj", "ROOT", "dobj"], pos=["ADJ", "NOUN", "VERB", "PROPN"])
    >>> host_codes(token_table(doc), 3, {})
    {'BRA'}
    """
    out = set()
    for k in host_tokens(t, h):
        code = coded.get(k) or demonym_code(t.text[k]) or country_code(t.text[k])
        if code:
            out.add(code)
    return out


def host_tokens(t, h: int, candidates: Collection[int] | None = None) -> set[int]:
    """The tokens (among ``candidates``, when given) that may name the country of the side meeting the
    person named at head token ``h`` (see the module): the subject of the verb of meeting, a modifier
    of it ("Brazilian", "Kuwait 's") or the object of its "of" ("ministers of Brazil")."""
    verb = _meeting_verb(t, h)
    subj = _subject(t, verb) if verb is not None else None
    if subj is None:
        return set()
    side, todo = {subj}, [subj]
    while todo and len(side) < 16:  # "U.S. Trade Representative Yeutter": modifiers of modifiers
        for c in t.children(todo.pop()):
            if t.dep[c] in _SUBJECT_MODS:
                side.add(c)
                todo.append(c)
            elif t.dep[c] == "prep" and t.lower[c] == "of":
                side.update(g for g in t.children(c) if t.dep[g] == "pobj")
    return side if candidates is None else side.intersection(candidates)
