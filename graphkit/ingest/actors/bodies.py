"""Unnamed bodies and groups named by a classifying modifier ("Welsh councils", "local authorities").

English names a kind of body or group with a plural noun and a modifier that classifies it rather
than describes it: a demonym or place ("Welsh councils", "north Wales councils"), a proper noun
("Muslim groups", "Labour councils"), a noun ("faith groups", "road safety campaigners") or a
relational adjective ("local authorities", "national newspapers"; WordNet's pertainyms, list
``relational_adjectives``). Such a phrase is a group actor when it takes part in a clause
(subject, object, agent, or the members in "a delegation of X"). Only a doer (subject, agent)
when the noun is for people ("Western colleagues" is relative to someone else) or its modifiers
are all common words: as an object "quality schools" and "sustainable communities" are things
wanted, while "met Welsh councils" names a body. A plural that lists named members ("colleagues
including X") leaves the actors to the names. Its head must be a noun for a body (``body_nouns``:
first WordNet sense an organisation or social group) or for people (``person_nouns``: first sense a
person; ``agent_nouns``: the doer of a verb, "foster carers"). Descriptive adjectives ("angry",
"many") classify nothing, and a plural with no modifier is no actor here (see :mod:`graphkit.ingest.actors.unnamed`
for the group nouns that act alone). A singular body with a capitalised modifier and "the" is an
organisation written in lower case ("the Commons work and pensions committee": a noun, not an
adjective, modifies it; "the Islamist group" is a description for coreference), or a group when its
noun is a community rather than an organisation (``organisation_nouns``: "the Jewish community").

A body whose modifiers are all the name of an organisation is that organisation ("the Labour
party"). Each group is tied to its country: of a demonym or place in the phrase, of "in X", of its
possessor ("Japan's opposition parties"), else the country the article is about; a country's opposition
("opposition parties", "opposition members": a word of sector OPP) is where the story is, so with no such
country it is of the one the article is set in (its dateline's, else the one it names most, else its
headline's); when nothing settles a country, none is guessed. A group is also tied to an organisation
named in the phrase ("Labour councils").

Examples
--------
>>> is_classifier("local", "ADJ"), is_classifier("angry", "ADJ"), is_classifier("faith", "NOUN")
(True, False, True)
>>> is_group_head("councils", "council"), is_group_head("campaigners", "campaigner")
(True, True)
>>> is_group_head("people", "people"), is_group_head("countries", "country"), is_group_head("taxes", "tax")
(False, False, False)
"""
from __future__ import annotations

from functools import cache, lru_cache

from graphkit.ingest.actors.datelines import item_country
from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.actors.kin import head_group, is_participle, kin_group
from graphkit.ingest.actors.offices import home_country
from graphkit.ingest.actors.places import place_country
from graphkit.ingest.actors.regions import regional
from graphkit.ingest.words import word_list, word_pairs

__all__ = ["find_body", "is_classifier", "is_group_head", "is_person_noun", "place_of", "standard_spelling",
           "country_at", "singular"]

_MOD_DEPS = frozenset({"amod", "compound", "nmod"})
_NOT_NAME_POS = frozenset({"DET", "NUM", "PUNCT", "PRON", "CCONJ"})
_NOT_NAME_DEPS = frozenset({"det", "nummod", "quantmod", "predet", "poss", "punct", "cc"})
_BREAKS = frozenset({"-", "--", ":", "\u2013", "\u2014"})
#: Words for anyone, and for countries and places, which are actors of their own ("donor countries").
_NOT_GROUPS = frozenset("""
people persons person someone anyone everyone country countries nation nations state states
kingdom kingdoms republic republics territory territories
""".split())
_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "iobj"})
_ROLE_PREPS = frozenset({"by", "to", "with", "against", "from", "toward", "towards", "between", "among"})
#: Prepositions of the parties to a mutual act named by a noun ("talks between X and Y").
_PARTY_PREPS = frozenset({"between", "among"})


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    return word_pairs("spelling_variants")


def standard_spelling(noun: str) -> str:
    """The spelling WordNet lists first for a noun for people or groups, singular or plural
    (``spelling_variants``).

    >>> standard_spelling("guerillas"), standard_spelling("guerrilla"), standard_spelling("councils")
    ('guerrillas', 'guerrilla', 'councils')
    """
    low = noun.lower()
    table = _variants()
    if low in table:
        return table[low]
    if low.endswith("s") and low[:-1] in table:
        return table[low[:-1]] + "s"
    return low


def is_classifier(word: str, pos: str) -> bool:
    """Whether a lower-case modifier classifies its noun: a noun, or a relational adjective."""
    if pos in ("NOUN", "PROPN"):
        return word.isalpha()
    return pos == "ADJ" and word.lower() in word_list("relational_adjectives")


def singular(word: str) -> str:
    """A regular plural's singular ("councils", "authorities"); other words as they are.

    >>> singular("councils"), singular("authorities"), singular("press"), singular("men")
    ('council', 'authority', 'press', 'men')
    """
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def is_person_noun(word: str) -> bool:
    """Whether a noun, singular or plural, names people: its first WordNet sense is a person
    (``person_nouns``), or English derives it from a verb of acting on or with others as the doer
    ("carers" from care, ``agent_nouns``: the -er/-or nouns WordNet lacks).

    >>> is_person_noun("campaigners"), is_person_noun("carers"), is_person_noun("taxes")
    (True, True, False)
    """
    low = word.lower()
    return bool({low, singular(low)} & _people_nouns())


@cache
def _people_nouns() -> frozenset[str]:
    """``person_nouns`` and ``agent_nouns`` as one set (made once: the union is a cost per call)."""
    return word_list("person_nouns") | word_list("agent_nouns")


@lru_cache(maxsize=1 << 15)
def is_group_head(word: str, lemma: str) -> bool:
    """Whether a noun can head a group actor: a body ("councils") or people ("campaigners", "carers").

    Memoised: it reads only fixed word lists, and runs for every noun of an article.

    >>> is_group_head("councils", "council"), is_group_head("taxes", "tax")
    (True, False)
    """
    forms = {word.lower(), lemma.lower(), singular(word.lower())}
    if forms & _NOT_GROUPS:
        return False
    return bool(forms & word_list("body_nouns")) or any(is_person_noun(f) for f in forms)


def _takes_part(t, i: int, depth: int = 0) -> bool:
    """Whether the noun at ``i`` is a participant of its clause."""
    dep = t.dep[i]
    if dep in _ROLE_DEPS:
        return True
    if dep == "conj" and depth < 3:
        return _takes_part(t, t.head[i], depth + 1)
    if dep != "pobj":
        return False
    p = t.head[i]
    if t.lower[p] in _ROLE_PREPS:
        return True
    # "a delegation of X visited": the members of a collective that takes part
    return t.lower[p] == "of" and t.pos[t.head[p]] == "NOUN" and _takes_part(t, t.head[p], depth + 1)


def _body_noun(lemma: str, word: str) -> bool:
    bodies = word_list("body_nouns")
    return bool({lemma.lower(), word.lower(), singular(word.lower())} & bodies)


def _acts(t, i: int) -> bool:
    """Whether the noun at ``i`` is the doer of its clause (subject, or agent of a passive)."""
    if t.dep[i] == "conj":
        return _acts(t, t.head[i])
    if t.dep[i] in ("nsubj", "nsubjpass"):  # not of an infinitive: "wants all courts to have" wants them
        return not any(t.dep[c] == "aux" and t.lower[c] == "to" for c in t.children(t.head[i]))
    if t.dep[i] != "pobj":
        return False
    p = t.head[i]  # "negotiations between mining companies and the union": each party acts
    return t.lower[p] == "by" or (t.lower[p] in _PARTY_PREPS and t.pos[t.head[p]] == "NOUN")


def _names_members(b, i: int) -> bool:
    """Whether the plural at ``i`` lists named members ("colleagues including X", "parties such as
    X", "groups, X and Y"): then the names are the actors, not the plural."""
    t = b.table
    for c in t.children(i):
        if t.dep[c] == "appos" or (t.dep[c] == "prep" and t.lower[c] in ("including", "like", "as")):
            tok = b.doc[c]
            if any(k.i in b.layer.token_actor for k in tok.subtree):
                return True
    return False


def _span_start(b, i: int, plural: bool) -> int | None:
    """Start of the classifying modifiers of the noun at ``i`` (None when it has none). A body's
    name may coordinate its remits ("the work and pensions committee"); a plural's may not."""
    t = b.table
    start = None
    for k in sorted((c for c in t.children(i) if c < i and t.dep[c] in _MOD_DEPS), reverse=True):
        lo = b.doc[k].left_edge.i
        if plural:  # "local government and council tax payers": a plural's name starts after a coordinator
            lo = max([lo, *(j + 1 for j in range(lo, i) if t.dep[j] == "cc")])
        # "TOKYO - U.S. senators": no name runs across a dash or a colon (a dateline, a heading)
        cut = max([lo, *(j + 1 for j in range(lo, i) if _break_at(t, j))])
        if cut > k:
            return start
        lo = cut
        while lo < k and (t.pos[lo] in _NOT_NAME_POS or t.dep[lo] in _NOT_NAME_DEPS):
            lo += 1  # "the", "some", "two", "Sixteen" begin no name
        if lo > 0 and t.text[lo - 1] == "-" and t.pos[lo - 1] == "PUNCT" and lo - 2 >= 0 and t.pos[lo - 2] == "NUM":
            return start  # "the three-man FCA board": a number-noun compound gives the size, not the kind
        capital = t.text[k][:1].isupper() and (not t.sent_start[k] or bool(t.ent_type[k]) or t.pos[k] == "PROPN")
        if lo > k or t.pos[k] in _NOT_NAME_POS or not (capital or is_classifier(t.text[k], t.pos[k])):
            return start  # a descriptive adjective ("angry councils", "the well-managed councils")
        start = lo
    return start


def _break_at(t, j: int) -> bool:
    """Whether token ``j`` is a colon, or a dash written apart ("TOKYO - U.S."; not "Labour-run")."""
    return t.pos[j] == "PUNCT" and (t.text[j] == ":" or (t.text[j] in _BREAKS and j > 0 and (
        t.idx[j] > t.idx[j - 1] + len(t.text[j - 1]))))


def place_of(b, i: int) -> str | None:
    """The country of "in X" (a country or a known place) attached to the noun at ``i``."""
    t = b.table
    for c in t.children(i):
        if t.dep[c] == "prep" and t.lower[c] in ("in", "from", "of"):
            for o in t.children(c):
                x = b.tok_cluster.get(o)
                if x is not None and x.code:
                    return x.code
                if x is not None and x.kind == "location":
                    return place_country(x.name())
    return None


def country_at(b, code: str, k: int, end: int):
    """The country cluster ``code`` of builder ``b``, with tokens ``k:end`` (a demonym) as a mention
    even when the cluster was made earlier without one (a place's country: "Kabul" -> Afghanistan)."""
    c = b.country(code, k, end)
    t = b.table
    span = (t.idx[k], t.idx[end - 1] + len(t.text[end - 1]), t.span_text(k, end))
    if span not in c.extra and not any(m.start <= k < m.end for m in c.mentions):
        c.extra.append(span)
    return c


def _country(b, start: int, i: int, main):
    """The country cluster of a demonym or place in tokens ``start:i`` (the one nearest the noun, which
    classifies it), of "in X" or of a possessor, else of the article (``main``); a country's opposition
    ("opposition parties", sector OPP) with no ``main`` is of the country the article is set in (its roundup
    item's dateline, else :func:`~graphkit.ingest.actors.offices.home_country`), none when not settled."""
    t = b.table
    for k in range(i - 1, start - 1, -1):
        for first in (k - 1, k):  # "Sri Lankan army", "Afghan guerrillas": the longest demonym ending at k
            words = " ".join(t.text[first:k + 1])  # ("North Korean", not "Korean", of "North Korean troops")
            code = demonym_code(words) if first >= start and words[:1].isupper() else None
            if code:
                return country_at(b, code, first, k + 1)  # a country named by its demonym
        x = b.tok_cluster.get(k)
        code = x and (x.code or (place_country(x.name()) if x.kind == "location" else None))
        if code:
            return b.country(code)
    code = place_of(b, i) or _possessor_country(b, i)  # "opposition parties in Japan", "Japan's opposition parties"
    if code:
        return b.country(code)
    if regional(t, i):
        return None  # "European bankers": not the article's
    if main is None and any(t.lower[k] in word_list("sector_opp") for k in range(start, i + 1)):
        code = item_country(b, i) or home_country(b)  # "opposition parties" in a Tokyo story: Japan's
        return b.country(code) if code else None
    return main


def _possessor_country(b, i: int) -> str | None:
    """The code of the country that owns the noun at ``i`` ("Japan's opposition parties"), else None."""
    t = b.table
    for c in t.children(i):
        x = b.tok_cluster.get(c) if t.dep[c] == "poss" else None
        if x is not None and x.kind == "country" and x.code:
            return x.code
    return None


def find_body(b, i: int, lemma: str, main) -> bool:
    """Map the noun at ``i`` to a group (or organisation) actor named with its classifying
    modifiers, if it is one (see the module); True when it did.

    Parameters
    ----------
    b : graphkit.ingest.actors.find._Builder
        The actor stage's builder of one article.
    i : int
        The token index of a noun.
    lemma : str
        Its lemma (may be empty on a hand-built Doc: a regular plural is undone then).
    main : Cluster or None
        The country the article is about, for groups with no country of their own.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.actors.find import find_actors
    >>> from graphkit.models import Article
    >>> doc = Doc(Vocab(), words=["Welsh", "councils", "set", "taxes"], heads=[1, 2, 2, 2],
    ...           deps=["amod", "nsubj", "ROOT", "dobj"], pos=["ADJ", "NOUN", "VERB", "NOUN"],
    ...           tags=["JJ", "NNS", "VBD", "NNS"], ents=["B-NORP", "O", "O", "O"])
    >>> layer = find_actors(doc, Article(id="a", text=doc.text))
    >>> [(a.name, a.kind) for a in layer.actors.values() if a.kind == "group"]
    [('Welsh councils', 'group')]
    """
    t = b.table
    plural = t.tag[i] in ("NNS", "NNPS")
    if not t.text[i].islower() or not is_group_head(t.text[i], lemma) or not _takes_part(t, i):
        return False
    start = _span_start(b, i, plural)
    if start is None or _names_members(b, i):
        return False
    proper = any(t.text[k][:1].isupper() for k in range(start, i))
    if not _acts(t, i) and (not proper or not _body_noun(lemma, t.text[i])):
        return False  # people ("Western colleagues"), and kinds ("wants quality schools"), only as doers
    if not plural:  # "the Commons work and pensions committee"
        named = any(t.text[k][:1].isupper() and t.pos[k] in ("NOUN", "PROPN") for k in range(start, i))
        the = any(t.dep[c] == "det" and t.lower[c] == "the" for c in t.children(i))
        if not (named and the and _body_noun(lemma, t.text[i])):
            return False
        own = b.tok_cluster.get(start)
        if own is not None and own.kind == "organization" and all(b.tok_cluster.get(k) is own for k in range(start, i)):
            b.layer.token_actor[i] = b.ensure_id(own)  # "the Labour party": the party named
            return True
    if plural and all(is_participle(t.lower[k]) for k in range(start, i)) and (
            kin := head_group(b.groups, t.text[i])) is not None:
        b.layer.token_actor[i] = b.ensure_id(kin)  # "neighbouring authorities" after "local authorities"
        return True
    name = " ".join(t.span_text(start, i + 1).split())
    kin = kin_group(b.groups, name)  # "UK businesses" after "UK firms"
    org = not plural and singular(lemma.lower() or t.lower[i]) in word_list("organisation_nouns")
    g = kin if kin is not None else b.group(name, None, "organization" if org else "group")
    g.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), name))
    b.layer.token_actor[i] = g.id
    home = _country(b, start, i, main)
    if home is not None:
        b.tie(g, home)
        b.ensure_id(home)
    for k in range(start, i):
        x = b.tok_cluster.get(k)
        if x is not None and x.kind == "organization":
            b.tie(g, x)
    return True
