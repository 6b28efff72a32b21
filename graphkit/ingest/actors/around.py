"""What is written around a name: titles, honorifics and affiliations (the :class:`NameMention`).

Used by :mod:`graphkit.ingest.actors.mentions`, which finds the names. Left of a name, a title run
("U.S. Secretary of State", "Turkey's Islamist-oriented Prime Minister") and the affiliation before it
(an entity, a demonym, a possessor); right of it, "of Norway" and an appositive title
(", the chair of the ... Committee").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Ms", "Essex", "spoke"], ents=["O", "B-PERSON", "O"])
>>> m = NameMention(1, 2, "Essex", "person")
>>> title_left(doc, 1, 0, m, set())
>>> m.gender
'f'
"""
from __future__ import annotations

from dataclasses import dataclass, field

from graphkit.ingest.actors.gazetteer import country_code, demonym_code, party
from graphkit.ingest.actors.titles import clean_title, is_honorific, is_title_head, is_title_word, title_gender

__all__ = ["NameMention", "title_left", "title_right", "ent_span", "is_party_word", "DETS"]

DETS = frozenset({"the", "a", "an"})
_NAME_JOINERS = frozenset({"of", "for", "and", "on"})
_AFFIL_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"})  # FAC: "Buckingham Palace spokesman"
_DASHES = frozenset({"-", "--", "---", "\u2013", "\u2014"})
_MODIFIER_DEPS = frozenset({"amod", "npadvmod", "advmod", "compound", "nmod", "punct"})


@dataclass
class NameMention:
    """A token span naming an actor, with the evidence found around it."""

    start: int
    end: int
    text: str
    kind: str
    code: str | None = None
    key: str = ""
    titles: list[str] = field(default_factory=list)
    affil_spans: list[tuple[int, int]] = field(default_factory=list)
    affil_codes: list[str] = field(default_factory=list)
    affil_code_tokens: list[int] = field(default_factory=list)  # where each demonym is written
    gender: str | None = None
    label: str = ""
    strong: bool = False  # kind from a gazetteer or a title, not only a model vote
    prefix_start: int | None = None  # first token of the title/affiliation phrase before the name
    aliases: list[str] = field(default_factory=list)
    placed: bool = False  # object of a preposition of place ("in Sivas"): a place, not a person
    subject: bool = False  # subject or possessor ("Alfonsin said", "Alfonsin's plan")
    #: (token, noun) of a definite description owning the title: "the agency's chief executive X"
    described_by: tuple[int, str] | None = None
    #: token spans of capitalised names after "<title> of the" that the model left unlabelled
    org_spans: list[tuple[int, int]] = field(default_factory=list)


def _low(tok) -> str:
    return tok.text.lower()


def ent_span(doc, i) -> tuple[int, int]:
    """The entity span containing token ``i`` (or the token alone)."""
    tok = doc[i]
    if not tok.ent_type_:
        return i, i + 1
    s = i
    while s > 0 and doc[s].ent_iob_ == "I":
        s -= 1
    e = i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return s, e


#: Words after which a capitalised party name is a portfolio ("Labour Minister" of Japan).
_PORTFOLIO = frozenset({"minister", "ministry", "secretary", "department", "office"})


def is_party_word(doc, i) -> bool:
    """Whether token ``i`` ends the name of a political party ("Labour spokesman", "Plaid Cymru
    leader"), not a portfolio ("Labour Minister")."""
    if not any(doc[k].text[:1].isupper() and party(doc[k:i + 1].text)  # party() wants a capital: no span else
               for k in range(max(0, i - 2), i + 1)):
        return False
    return not (i + 1 < len(doc) and _low(doc[i + 1]) in _PORTFOLIO)


def _is_affil_token(tok) -> bool:
    if is_party_word(tok.doc, tok.i):
        return True
    w = tok.text
    if not tok.ent_type_ and w.isupper() and w.isalpha() and 2 < len(w) <= 6:
        return True  # an organisation's acronym ("IHRC chairman")
    if tok.ent_type_ == "NORP":
        return demonym_code(tok.text) is not None
    if tok.ent_type_ in _AFFIL_LABELS:
        return True
    return tok.text[:1].isupper() and (country_code(tok.text) is not None or demonym_code(tok.text) is not None)


def _title_run_left(doc, i, lo) -> tuple[list[int], int]:
    """Title tokens ending at ``i`` going left; returns (token indices, next index to look at)."""
    run: list[int] = []
    while i >= lo:
        t = doc[i]
        if not t.text.strip():  # a line break of hard-wrapped wire text: "Relations\nCommissioner"
            i -= 1
            continue
        low = _low(t)
        multi_org = t.ent_type_ == "ORG" and not t.text.islower() and not _demonym_office(doc, i)
        if is_party_word(doc, i):
            break  # "Labour spokesman": the party is the affiliation, not part of the title
        if is_title_word(low) and not multi_org and t.ent_type_ not in ("GPE", "PERSON", "NORP"):
            run.append(i)
            i -= 1
            continue
        if run and (low in ("of", "for") or low == "-") and i - 1 >= lo and is_title_word(_low(doc[i - 1])):
            run.append(i)
            i -= 1
            continue
        if run and i - 1 >= lo and ((_portfolio_word(t) and _low(doc[i - 1]) in ("and", "&")) or (
                low in ("and", "&") and (is_title_word(_low(doc[i - 1])) or _portfolio_word(doc[i - 1])))):
            run.append(i)  # "Energy and Mines Minister", "Trade and Industry Minister": one office
            i -= 1
            continue
        break
    run.sort()
    while run and _low(doc[run[0]]) in ("and", "&"):  # "[Ecuadorean Energy] and Mines Minister": a body
        i = run.pop(0)  # cut the coordination off, not a title of its own
    return _last_office(doc, run), i


def _demonym_office(doc, i) -> bool:
    """Whether token ``i`` is in an entity that is a demonym plus title words ("British Defence")
    or a one-word entity."""
    s, e = ent_span(doc, i)
    if e - s == 1:
        return True
    first = doc[s].text
    return bool(demonym_code(first) or country_code(first)) and all(is_title_word(doc[k].text) for k in range(s + 1, e))


def _last_office(doc, run: list[int]) -> list[int]:
    """Drop words before an "of" that hold no title head ("military government of President")."""
    cut = 0
    for n, k in enumerate(run):
        if _low(doc[k]) == "of" and not any(is_title_head(doc[x].text) for x in run[cut:n]):
            cut = n + 1
    return run[cut:]


def _owner_noun(doc, k) -> bool:
    """Whether token ``k`` is the lower-case noun of a definite description that owns what follows
    ("the agency's", "the organisation's")."""
    t = doc[k]
    return (t.text.isalpha() and t.text.islower() and t.pos_ in ("NOUN", "PROPN") and k + 1 < len(doc)
            and doc[k + 1].text in ("'s", "\u2019s") and k > 0 and _low(doc[k - 1]) == "the")


def _portfolio_word(tok) -> bool:
    """Whether ``tok`` is a capitalised portfolio word of a title that is no name ("Budget" in "White House
    Budget Chief"): a noun compound inside the title phrase, outside any entity, not opening a sentence.
    The body named before it is still the office's."""
    return (tok.dep_ == "compound" and tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_ and tok.text.isalpha()
            and tok.text[:1].isupper() and not tok.is_sent_start)


def _affiliation_left(doc, i, lo, m: NameMention, consumed: set[int]) -> int:
    """Look left of a title (from token ``i``) for an affiliation; returns the leftmost token used."""
    steps = 0
    first = i + 1
    while i >= lo and steps < 6:
        t = doc[i]
        if not t.text.strip():  # "EC\nExternal Relations Commissioner": a line break inside the phrase
            i -= 1
            continue
        if i - 1 >= lo and t.text in ("'s", "\u2019s") and _owner_noun(doc, i - 1):
            m.described_by = (i - 1, _low(doc[i - 1]))  # "the agency's chief executive X"
            return i - 1
        if t.tag_ == "POS" or t.text in ("'s", "\u2019s", "'"):
            i -= 1
            steps += 1
            continue
        if _is_affil_token(t):
            s, e = ent_span(doc, i)
            own = demonym_code(t.text) or country_code(t.text)
            if e > i + 1 and own:  # "British Defence Secretary"
                m.affil_codes.append(own)
                m.affil_code_tokens.append(i)
                consumed.add(i)
                return i
            whole = demonym_code(doc[s:e].text)
            word = demonym_code(t.text)
            if whole and (t.ent_type_ in ("NORP", "") or country_code(doc[s:e].text) is None):
                # "Kyrgyz Prime Minister X": a demonym the model calls a place is still a demonym
                m.affil_codes.append(whole)
                m.affil_code_tokens.append(s)
            elif word and (t.ent_type_ == "" or any(doc[k].text in _DASHES for k in range(s, i))):
                # "WASHINGTON - Japanese Finance Minister": the model ran a dateline into the demonym
                m.affil_codes.append(word)
                m.affil_code_tokens.append(i)
            else:
                m.affil_spans.append((s, e))
                return _demonym_before(doc, s, lo, m)  # "Finnish Social Democrat Prime Minister": its country too
            return s
        if t.ent_type_ == "NORP" or t.pos_ in ("ADJ", "ADV") or t.text == "-" or (
                t.dep_ == "amod" and t.text.isalpha()) or (
                t.dep_ in _MODIFIER_DEPS and t.pos_ not in ("VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "PUNCT")
                and t.text[:1].islower()) or _portfolio_word(t):
            i -= 1
            steps += 1
            continue
        break
    return first


def _demonym_before(doc, s: int, lo: int, m: NameMention) -> int:
    """A demonym or country written before the body of a title phrase ("West German Christian Democrat
    leader", "East German Communist Party chief", "Finnish Social Democrat Prime Minister"): a party or
    body is named with its country, and the model may run the demonym into its name ("Finnish Social").
    Records the country on ``m``; returns the leftmost token used (``s`` when there is none).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["West", "German", "Christian", "Democrat", "leader", "Helmut", "Kohl"])
    >>> m = NameMention(5, 7, "Helmut Kohl", "person")
    >>> _demonym_before(doc, 2, 0, m), m.affil_codes
    (0, ['DEU'])
    """
    for k in range(s - 1, max(lo, s - 4) - 1, -1):
        if not doc[k].text[:1].isupper():
            break
        for j in (k - 1, k):  # "West German" before "German"
            words = doc[max(j, lo):k + 1].text
            if j >= lo and (own := demonym_code(words) or country_code(words)):
                m.affil_codes.append(own)
                m.affil_code_tokens.append(j)
                return j
    return s


def _of_affiliation_left(doc, i, lo) -> tuple[int, tuple[int, int]] | None:
    """For "<title> of [the] <ENTITY>[,] <name>" ending at ``i``: (index of "of", entity span)."""
    if i >= lo and doc[i].text == ",":
        i -= 1
    if i < lo or doc[i].ent_type_ not in ("ORG", "GPE"):
        return None
    s, e = ent_span(doc, i)
    if all(is_title_word(doc[x].text) for x in range(s, e)):
        return None  # "Secretary of State"
    k = s - 1
    if k >= lo and _low(doc[k]) == "the":
        k -= 1
    if k - 1 >= lo and _low(doc[k]) == "of" and is_title_head(doc[k - 1].text):
        return k, (s, e)
    return None


def _of_the_office(doc, i: int, lo: int) -> list[int]:
    """The tokens "of the <Office>" ending at ``i`` after a title's head, when <Office> is one capitalised
    word the model names nothing ("Chancellor of the Exchequer", "Minister of the Interior"): the office is
    part of the title (a named body, "of the World Bank", is an affiliation instead). Else empty."""
    if i - 3 < lo:
        return []
    t = doc[i]
    word = t.text
    if t.ent_type_ or not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return []
    if _low(doc[i - 1]) != "the" or _low(doc[i - 2]) != "of" or not is_title_head(doc[i - 3].text):
        return []
    return [i - 2, i - 1, i]


def _portfolio_title_left(doc, i, lo, m: NameMention, consumed: set[int]) -> bool:
    """A title with a capitalised portfolio ending at token ``i`` ("Minister for Children, Young People
    and Families Margaret Hodge"): the portfolio is part of the title, and its words no actor."""
    k = i
    while k >= lo and i - k < 10 and (doc[k].text in (",", "and", "&") or (
            doc[k].text[:1].isupper() and doc[k].text.isalpha())):
        k -= 1
    if k == i or k - 1 < lo or _low(doc[k]) != "for" or not doc[k + 1].text[:1].isupper():
        return False
    run, j = _title_run_left(doc, k - 1, lo)
    if not run or not is_title_head(doc[run[-1]].text) or not doc[run[-1]].text[:1].isupper():
        return False
    title = clean_title([doc[x].text for x in run] + [doc[x].text for x in range(k, i + 1)])
    m.titles.append(title.replace(" ,", ","))
    m.gender = m.gender or title_gender(title)
    consumed.update([*run, *range(k, i + 1)])
    m.prefix_start = _affiliation_left(doc, j, lo, m, consumed) if j >= lo else run[0]
    m.prefix_start = min(m.prefix_start, run[0])
    return True


def title_left(doc, start, lo, m: NameMention, consumed: set[int]) -> None:
    i = start - 1
    while i >= lo and is_honorific(doc[i].text):
        m.gender = m.gender or title_gender(doc[i].text)
        if i == start - 1:  # "Mrs Howard" is kept as a name: it carries her gender
            m.aliases.append(f"{doc[i].text} {m.text}")
        i -= 1
    if i - 1 >= lo and doc[i].text == "," and is_title_head(doc[i - 1].text) and doc[i - 1].text.islower():
        i -= 1  # "Kerry's spokeswoman, Jen Psaki"
    elif i >= lo and doc[i].text == "," and _office_in_apposition(doc, i, lo, m, consumed):
        return  # "the US commander in Iraq, George Casey"
    i = _posted_to(doc, i, lo)  # "Portuguese Ambassador to Peking Octavio Valerio"
    if _portfolio_title_left(doc, i, lo, m, consumed):
        return
    of_affil = _of_affiliation_left(doc, i, lo)
    if of_affil is not None:  # "the leader of Hamas, Khaled Meshaal"
        i = of_affil[0] - 1
    office = _of_the_office(doc, i, lo)
    run, j = _title_run_left(doc, office[0] - 1 if office else i, lo)
    run += office if run else []
    if of_affil is not None and run and any(is_title_head(doc[k].text) for k in run):
        m.affil_spans.append(of_affil[1])
    if not run or not any(is_title_head(doc[k].text) for k in run):
        return
    title = clean_title([doc[k].text for k in run])
    if title:
        m.titles.append(title)
        m.gender = m.gender or title_gender(title)
        consumed.update(run)
        m.prefix_start = _affiliation_left(doc, j, lo, m, consumed) if j >= lo else run[0]
        m.prefix_start = min(m.prefix_start, run[0])
        if j >= lo and doc[j].text == "," and not (m.affil_spans or m.affil_codes):
            _office_in_apposition(doc, j, lo, m, consumed)


#: Titles of those sent to a country: "to X" after them names the host, not the sender.
_ENVOYS = frozenset({"ambassador", "envoy", "emissary", "consul", "consul-general", "representative"})


def _posted_to(doc, i: int, lo: int) -> int:
    """Index before "to <place>" when the place at ``i`` follows an envoy's title ("Ambassador to
    Peking"): the title and the sender's demonym lie before it. Else ``i``."""
    if i < lo or not doc[i].text[:1].isupper():
        return i
    if doc[i].ent_type_ in ("GPE", "LOC"):
        s, _ = ent_span(doc, i)
    elif not doc[i].ent_type_:
        s = i  # "Peking", which the model may not label: after an envoy's "to", a place
    else:
        return i
    if s - 2 >= lo and _low(doc[s - 1]) == "to" and _low(doc[s - 2]) in _ENVOYS:
        return s - 2
    return i


def _office_in_apposition(doc, j: int, lo: int, m: NameMention, consumed: set[int]) -> bool:
    """An office written before a name and its own title, with the place of the office ("the US
    commander in Iraq, General George Casey"): its title and affiliation are the person's."""
    k = j - 1
    if k - 1 >= lo and doc[k].ent_type_ in ("GPE", "LOC", "ORG"):
        s, _ = ent_span(doc, k)
        if s - 1 >= lo and _low(doc[s - 1]) in ("in", "to", "at"):
            k = s - 2
    if k < lo or not (is_title_head(doc[k].text) and doc[k].text.islower()):
        return False
    run, i = _title_run_left(doc, k, lo)
    if not run:
        return False
    m.titles.append(clean_title([doc[x].text for x in run]))
    m.gender = m.gender or title_gender(m.titles[-1])
    if i >= lo:
        _affiliation_left(doc, i, lo, m, consumed)
    return True


def _next_word(doc, k: int, hi: int) -> int:
    """The first token from ``k`` on that is no line break of hard-wrapped text (``hi`` if none)."""
    while k < hi and not doc[k].text.strip():
        k += 1
    return k


def title_right(doc, end, hi, m: NameMention, consumed: set[int]) -> None:
    j = end
    if j + 1 < hi and _low(doc[j]) in ("of", "from"):
        k = _next_word(doc, j + 1, hi)
        if k < hi and _low(doc[k]) == "the":
            k = _next_word(doc, k + 1, hi)
        if k < hi and doc[k].ent_type_ in ("GPE", "ORG"):
            m.affil_spans.append(ent_span(doc, k))
            j = ent_span(doc, k)[1]
    if not (j + 2 < hi and doc[j].text in (",", "--", "\u2014")):
        return
    k = j + 1
    if _low(doc[k]) in DETS:
        k += 1
    run: list[int] = []
    affil_before = None
    while k < hi and k < j + 10:
        t = doc[k]
        if not t.text.strip():  # a line break: "the parliamentary\nspeaker"
            k += 1
            continue
        if not run and _owner_noun(doc, k):  # "X, the organisation's president"
            m.described_by = (k, _low(t))
            k += 2
            continue
        if _is_affil_token(t) and not run:
            affil_before = ent_span(doc, k)
            k = affil_before[1]
            if k < hi and doc[k].tag_ == "POS":
                k += 1
            continue
        if is_title_word(t.text) and t.ent_type_ not in ("GPE", "PERSON"):
            run.append(k)
        elif run and _low(t) in ("-",) :
            run.append(k)
        elif not run and (t.pos_ == "ADJ" or t.text == "-"):
            pass
        elif run and t.text.islower() and t.text.isalpha() and t.pos_ in ("NOUN", "CCONJ") and not t.ent_type_:
            run.append(k)  # an office's portfolio: "shadow work and pensions secretary"
        else:
            break
        k += 1
    while run and not is_title_head(doc[run[-1]].text):  # the title ends at its head
        k = run.pop()
    if not run:
        return
    if k < hi and (doc[k].ent_type_ == "PERSON" or is_honorific(doc[k].text)):
        return  # "Baker, Fed chairman Paul Volcker": the title of the next name
    m.titles.append(clean_title([doc[r].text for r in run]))
    m.gender = m.gender or title_gender(m.titles[-1])
    _after_title(doc, k, hi, m, affil_before)


def _after_title(doc, k: int, hi: int, m: NameMention, affil_before: tuple[int, int] | None) -> None:
    """The affiliation of a title after a name: written before it ("Tory spokesman") or after it
    ("chair of the Commission for Racial Equality")."""
    if affil_before is not None:
        s, e = affil_before
        code = demonym_code(doc[s:e].text)
        if code:
            m.affil_codes.append(code)
            m.affil_code_tokens.append(s)
        else:
            m.affil_spans.append(affil_before)
        return
    if k < hi and _low(doc[k]) in ("of", "for", "at", "to"):
        k += 1
        after = k + (k < hi and _low(doc[k]) == "the")
        limit = k + 5
        while k < hi and k < limit and not _is_affil_token(doc[k]) and doc[k].text not in (",", ".", ";"):
            k += 1
        if k < hi and _is_affil_token(doc[k]) and doc[k].ent_type_ != "NORP":
            m.affil_spans.append(ent_span(doc, k))
        elif (span := capitalised_run(doc, after, hi)) is not None:
            m.org_spans.append(span)


def capitalised_run(doc, k: int, hi: int) -> tuple[int, int] | None:
    """The span of an unlabelled capitalised name starting at token ``k`` ("Commission for Racial
    Equality"): capitalised words, joined by lower-case "of", "for", "and", "on"; at least two."""
    start, caps = k, 0
    while k < hi:
        t = doc[k]
        if t.text.isalpha() and t.text[:1].isupper() and not t.ent_type_ and not t.is_sent_start:
            caps += 1
            k += 1
        elif caps and t.text in _NAME_JOINERS and k + 1 < hi and doc[k + 1].text[:1].isupper():
            k += 1
        else:
            break
    return (start, k) if caps >= 2 and k > start else None
