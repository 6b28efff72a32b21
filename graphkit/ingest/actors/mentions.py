"""Name mentions of one parsed article: spaCy's entities, repaired, with titles and affiliations.

Used by :mod:`graphkit.ingest.actors.find`. A mention is a token span naming an actor, with the kind
the evidence at that place votes for, and the titles and affiliation spans written around it:

- ``U.S. Secretary of State John Kerry``: name "John Kerry", title "Secretary of State",
  affiliation span "U.S.";
- ``Turkey's Islamist-oriented Prime Minister Recep Tayyip Erdogan``: affiliation "Turkey";
- ``Foreign Minister Boerge Brende of Norway, the chair of the ... Committee``;
- ``Kerry's spokeswoman, Jen Psaki``: affiliation "Kerry" (a person);
- ``Israeli Prime Minister ...``: affiliation by demonym (country code ``ISR``).

Title words inside titles ("State" in "Secretary of State") are not mentions; neither are
demonyms used as adjectives, lower-case "organisations" ("foreign ministry") or religions and
movements used as adjectives ("Islamist").

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Israeli", "Prime", "Minister", "Benjamin", "Netanyahu", "spoke", "."]
>>> doc = Doc(Vocab(), words=words, ents=["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
>>> [(m.text, m.kind, m.titles, m.affil_codes) for m in find_mentions(doc)]
[('Benjamin Netanyahu', 'person', ['Prime Minister'], ['ISR'])]
"""
from __future__ import annotations

from bisect import bisect_left

from graphkit.ingest.actors.around import DETS, NameMention, _low, is_party_word, title_left, title_right
from graphkit.ingest.actors.entities import LABEL_KIND, ORG_WORDS, name_ents, outside_parties, portfolio_cut
from graphkit.ingest.actors.gazetteer import (
    country_code,
    demonym_code,
    expand_abbreviation,
    party,
    people_code,
    people_name,
)
from graphkit.ingest.actors.links import link_declared
from graphkit.ingest.actors.market_words import CODE as _CODE
from graphkit.ingest.actors.market_words import CURRENCIES as _CURRENCIES
from graphkit.ingest.actors.market_words import TICKER as _TICKER
from graphkit.ingest.actors.market_words import UNITS as _UNITS
from graphkit.ingest.actors.market_words import WIRE_AGENCIES as _WIRE_AGENCIES
from graphkit.ingest.actors.market_words import only_figures as _figures
from graphkit.ingest.actors.noise import (
    acronym_in_text,
    common_acronyms,
    is_bare_description,
    is_cut_compass,
    is_initial_group_noun,
    is_opinion_plural,
    not_an_agent,
    other_name_after_party,
)
from graphkit.ingest.actors.places import is_place
from graphkit.ingest.actors.shapes import CALENDAR as _CALENDAR
from graphkit.ingest.actors.shapes import styled_person
from graphkit.ingest.actors.surnames import carve_surnames
from graphkit.ingest.actors.titles import clean_title, is_honorific, is_title_head, is_title_word, title_gender
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.names import LEGAL_FORMS, name_key, org_key

__all__ = ["NameMention", "find_mentions", "sentence_bounds", "LABEL_KIND", "headline_end"]

_DETS = DETS
_ORG_WORDS = ORG_WORDS
#: Heads of "<name> peninsula" (places) and "<name> militia" (organisations).
_GEO_HEADS = frozenset("""
peninsula strip valley region province island islands city town village district county area coast
border river lake mountains desert camp airport port enclave
""".split())
_ORG_HEADS = frozenset("militia movement party faction rebels guerrillas fighters militants brigade".split())
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la",
                        "le", "del", "dos", "das", "y", "abu", "ben", "st", "mc"})
_INSTITUTIONS = frozenset({"army", "navy", "police", "senate", "parliament", "treasury", "house", "cabinet",
                           "congress", "military", "government"})


_PLACE_PREPS = frozenset({"in", "at", "near", "from", "to", "into", "outside", "across"})


def sentence_bounds(doc, table=None) -> list[tuple[int, int]]:
    """For each token, the (start, end) token indices of its sentence (one sentence if unparsed).

    ``table``, the :class:`~graphkit.ingest.prepare.tokentable.TokenTable` of ``doc``, saves walking
    ``doc.sents``.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> sentence_bounds(Doc(Vocab(), words=["Hi", "."]))
    [(0, 2), (0, 2)]
    """
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return [(0, len(doc))] * len(doc)
    out: list[tuple[int, int]] = []
    if table is not None and doc.has_annotation("SENT_START"):  # as doc.sents splits
        starts = [i for i, v in enumerate(table.sent_start) if v and i > 0]
        for s, e in zip([0, *starts], [*starts, len(doc)], strict=False):
            out.extend([(s, e)] * (e - s))
        return out
    for sent in doc.sents:
        out.extend([(sent.start, sent.end)] * (sent.end - sent.start))
    return out


def _strip(tt, s, e, label) -> tuple[int, int, list[int]]:
    """Trim determiners, possessives, punctuation and (for people) leading titles from an entity."""
    leading: list[int] = []
    if e - s == 1 and tt.text[s].endswith(('"s', "'s", "\u2019s")) and len(tt.text[s]) > 2:
        return s, s, []  # "Kuwait"s": a tokenisation the name cannot be cut from
    for k in range(s + 1, e):
        if tt.text[k] in ("(", "[", "<"):  # "... Management (NAPM", a ticker: "Sears, Roebuck and Co <S"
            e = k
            break
    while s < e and (tt.lower[s] in _DETS or not any(ch.isalnum() for ch in tt.text[s])):
        s += 1
    while e > s and (tt.tag[e - 1] == "POS" or tt.text[e - 1] in ("'s", "\u2019s", "'")
                     or not any(ch.isalnum() for ch in tt.text[e - 1])):
        e -= 1
    if label == "PERSON":
        while e - s > 1 and (is_title_word(tt.text[s]) or is_honorific(tt.text[s]) or tt.lower[s] in ("of", "-")):
            leading.append(s)
            s += 1
    if label == "ORG":
        e = portfolio_cut(tt, s, e)  # "[EC] Farm Commissioner", "[Venezuelan Energy] and Mines Minister"
    return s, e, leading


def _person_shaped(tt, s, e) -> bool:
    """Whether tokens ``s:e`` look like a personal name (capitalised words, particles, initials)."""
    for k in range(s, e):
        w = tt.text[k]
        if w in ("-", "'", ".") or not w.strip() or w.lower() in _PARTICLES or (k > s and tt.text[k - 1] == "-"):
            continue  # a hyphen, a particle, the line break of a name wrapped over two lines
        if w.lower().rstrip(".") in _CALENDAR or w.lower().rstrip(".") in _UNITS:
            return False
        if not w[:1].isupper() or any(ch.isdigit() for ch in w):
            return False
    return True


def _mention_from_span(tt, s, e, label) -> NameMention | None:
    text = " ".join(tt.span_text(s, e).split())
    if not text or not any(ch.isupper() for ch in text):
        return None
    if label in ("PERSON", "GPE", "LOC") and not _person_shaped(tt, s, e) and not (
            label == "GPE" and country_code(text)):  # "the People's Republic of China" is a country
        return None
    if _figures(tt, s, e) or any(_TICKER.fullmatch(tt.text[k]) for k in range(s, e)):
        return None  # "Dlrs", "Div 7.0p", "Shr 1.53", "TIGL.L"
    if name_key(text) in _WIRE_AGENCIES or (label != "PERSON" and _CODE.fullmatch(tt.text[e - 1])):
        return None
    if label != "PERSON" and (not_an_agent(tt, s, e) or is_bare_description(text) or is_opinion_plural(text)
                              or is_cut_compass(tt, s, e) or is_initial_group_noun(tt, s, e)):
        return None  # "Road Safety Bill", "Islam", "Islamophobia", "the Government", "Europhiles", "East"
    if label in ("ORG", "GPE") and tt.lower[e - 1] in _CURRENCIES and all(
            country_code(tt.text[k]) or demonym_code(tt.text[k]) for k in range(s, e - 1)):
        return None  # "U.S. Dollar", "Sterling"
    if label == "PERSON" and name_key(tt.text[e - 1]) in LEGAL_FORMS and e - s > 1:
        label = "ORG"
    kind = LABEL_KIND[label]
    code = country_code(text)
    m = NameMention(start=s, end=e, text=text, kind=kind, label=label)
    if label == "NORP":
        return None
    if code:  # a country even when the model took it for a person ("Sri Lanka")
        m.kind, m.code, m.strong, m.key = "country", code, True, "c:" + code
        return m
    if label == "GPE":
        m.kind = "location"
    full = expand_abbreviation(text) if label in ("ORG", "GPE") else None
    if full:
        m.kind, m.strong = "organization", True
        m.key = name_key(full)
        m.text = full if len(full) > len(text) else text
        m.aliases = [text]
        return m
    m.key = org_key(text) if label in ("ORG", "PERSON") else name_key(text)
    if label == "ORG" and org_key(text) != name_key(text):
        m.strong = True
    return m


def _party_mention(tt, s, e) -> NameMention | None:
    """A political party named by its name or a short or adjectival form ("the Tories", "Labour's",
    "Welsh Liberal Democrats": the party, with the demonym as its affiliation)."""
    s, e, _ = _strip(tt, s, e, "ORG")
    if s >= e:
        return None
    text = " ".join(tt.span_text(s, e).split())
    found = party(text)
    if found is None and e - s > 2 and demonym_code(tt.text[s]):  # not "English Democrats", a party of its own
        text = " ".join(tt.span_text(s + 1, e).split())  # "Welsh Liberal Democrats": the party's own name
        found = party(text)
    if found is None:
        return None
    return NameMention(start=s, end=e, text=found[0], kind="organization", key=name_key(found[0]), label="ORG",
                       strong=True, aliases=[text] if text != found[0] else [])


def _entity_party(tt, s, e) -> NameMention | None:
    """The party an entity names, also when the model cut its name short ("Liberal [Democrat]")."""
    n = len(tt.text)
    for start in (s - 2, s - 1, s):
        if start < 0 or any(not tt.text[k][:1].isupper() or tt.ent_iob[k] in ("B", "I") for k in range(start, s)):
            continue
        for end in (e + 2, e + 1, e):
            if end > n or any(not tt.text[k][:1].isupper() for k in range(e, end)):
                continue
            m = _party_mention(tt, start, end)
            if m is not None:
                return None if _name_goes_on(tt, start - 1) else m
    return None


def _name_goes_on(tt, k: int) -> bool:
    """Whether token ``k`` (before a party's name) is a word of a longer name ("English Democrats"),
    not a determiner or a capitalised first word of the sentence."""
    if k < 0 or not tt.text[k][:1].isupper() or not tt.text[k].isalpha() or tt.lower[k] in DETS:
        return False
    return not (tt.sent_start[k] or k == 0) or tt.pos[k] == "PROPN"


def _unlabelled_parties(doc, tt, start: int, taken: set[int]) -> list[NameMention]:
    """Party names the model left without a label ("Labour spokesman", "a Lib Dem peer")."""
    out: list[NameMention] = []
    i, n = start, len(tt.text)
    while i < n:
        if i in taken or tt.ent_iob[i] in ("B", "I") or not tt.text[i][:1].isupper() or _name_goes_on(tt, i - 1):
            i += 1  # not the last word of a longer name ("Liberal Democrat", "New Labour")
            continue
        for width in (3, 2, 1):
            j = i + width
            if j <= n and not any(k in taken or tt.ent_iob[k] in ("B", "I") for k in range(i, j)) \
                    and is_party_word(doc, j - 1) and party(" ".join(tt.span_text(i, j).split())) \
                    and not other_name_after_party(tt, j, _ORG_WORDS | _INSTITUTIONS):
                m = _party_mention(tt, i, j)
                if m is not None:
                    out.append(m)
                    i = j - 1
                    break
        i += 1
    return out


def _people_word(text: str) -> bool:
    """Whether ``text`` is a demonym (not a country's name) or a people's name ("Kurds")."""
    return bool((demonym_code(text) and not country_code(text)) or people_code(text))


def _group_from_norp(doc, tt, s, e) -> NameMention | None:
    """A people ("the Palestinians", "Kurds") named by a nationality/religious entity used as a noun."""
    while s < e and _low(doc[s]) in _DETS:
        s += 1
    if 0 < s == e - 1 and party(tt.text[s]) and demonym_code(tt.text[s - 1]) and tt.text[s - 1][:1].isupper():
        text = tt.span_text(s - 1, e)  # "the English Democrats": a party of its own, not a people
        return NameMention(start=s - 1, end=e, text=text, kind="organization", key=name_key(text), label="ORG",
                           strong=True)
    if s >= e or _figures(tt, s, e):
        return None
    root = doc[s:e].root
    if root.dep_ in ("amod", "compound", "npadvmod", "nmod", "poss", "conj") and root.tag_ not in ("NNPS", "NNS"):
        return None
    if root.tag_ not in ("NNPS", "NNS") and root.pos_ not in ("NOUN", "PROPN"):
        return None
    if (s > 0 and doc[s - 1].dep_ == "amod" and doc[s - 1].head.i == root.i and tt.text[s - 1][:1].isupper()
            and demonym_code(tt.text[s - 1]) and not people_code(doc[s:e].text)):
        s -= 1  # "Iraqi Kurds": a people without a state of its own, of the country its demonym names
    text = " ".join(doc[s:e].text.split())
    name = people_name(text) or text
    code = people_code(name) or demonym_code(text) or demonym_code(doc[s].text)
    return NameMention(start=s, end=e, text=name, kind="group", code=code, key=name_key(name), label="NORP",
                       strong=True)


def _after_honorific(tt, k: int) -> bool:
    """Whether token ``k`` follows a capitalised honorific ("Mr", "Mrs", "Lord")."""
    return k > 0 and tt.text[k - 1][:1].isupper() and is_honorific(tt.text[k - 1])


def _relabel(doc, tt, ent) -> str:
    """The entity label corrected by the shape of the name and the words around it.

    "Former Yugoslav Republic" is no person (ORG), "Bosnian Serbs" a people (NORP), "the Jaffna
    peninsula" a place, "the Amal militia" an organisation, "in Sivas" a place, and an ORG
    right after a capitalised title ("Vice-President Moody Awori") a person.
    """
    label = ent.label_
    if label != "PERSON" and len(ent) > 1 and is_honorific(ent[0].text) and _person_shaped(tt, ent.start + 1, ent.end):
        return "PERSON"  # "Ms Blears", whatever the model said
    if label != "PERSON" and _after_honorific(tt, ent.start) and _person_shaped(tt, ent.start, ent.end):
        return "PERSON"  # "Mr German": after an honorific any word is a surname
    if label in ("NORP", "GPE", "LOC") and len(ent) > 1 and name_key(ent[-1].text) in LEGAL_FORMS:
        return "ORG"  # "Vulcan Corp", "Marine Midland Banks Inc"
    if label == "NORP" and (named := " ".join(t.text for t in ent if any(ch.isalnum() for ch in t.text))) \
            and not (demonym_code(named) or people_code(named)) and (is_place(named) or country_code(named)):
        return "GPE"  # "BAHRAIN -": a roundup item's dateline the model took for a people
    if label == "PERSON":
        words = [_low(t) for t in ent]
        if any(w in _ORG_WORDS for w in words):
            return "ORG"
        if len(ent) > 1 and demonym_code(ent[0].text) and ent[-1].text.endswith("s"):
            return "NORP"
        if len(ent) == 1 and acronym_in_text(doc, ent.start):
            return "ORG"  # "STET said": people are not written in capitals in running text
        if len(ent) == 1:
            root = ent.root
            head = _low(root.head)
            if root.dep_ == "compound" and root.head.text.islower():
                if head in _GEO_HEADS:
                    return "LOC"
                if head in _ORG_HEADS:
                    return "ORG"
            if root.dep_ == "pobj" and head in ("in", "near"):
                return "GPE"
    elif label == "ORG" and 1 < len(ent) <= 3 and ent.start > 0:
        prev = doc[ent.start - 1]
        if is_title_head(prev.text) and not prev.ent_type_ \
                and _person_shaped(tt, ent.start, ent.end) and not any(_low(t) in _ORG_WORDS for t in ent) \
                and not any(_low(t) in LEGAL_FORMS for t in ent):
            return "PERSON"
    return label


def _person_mention(doc, table, ent, bounds, body_start: int, consumed: set[int]) -> NameMention | None:
    """The mention of a PERSON entity, with the titles, honorifics and affiliations around it."""
    s, e, leading = _strip(table, ent.start, ent.end, "PERSON")
    if all(is_title_word(w) or is_honorific(w) for w in table.text[s:e]):
        return None  # "Princess Consort", "the Queen": a title names no one by itself
    m = _mention_from_span(table, s, e, "PERSON")
    if m is None:
        return None
    if leading:
        words = [doc[k].text for k in leading if not is_honorific(doc[k].text)]
        if words and any(is_title_head(w) for w in words):
            m.titles.append(clean_title(words))
            m.gender = title_gender(m.titles[-1])
        elif leading and is_honorific(doc[leading[0]].text):
            m.gender = title_gender(doc[leading[0]].text)
        if is_honorific(doc[leading[0]].text):  # "Mrs Howard" is kept as a name: it carries her gender
            m.aliases.append(f"{doc[leading[0]].text} {m.text}")
        consumed.update(leading)
    sent_start, sent_end = bounds[s]
    if m.kind == "person":
        if not m.titles:
            title_left(doc, (leading[0] if leading else s), max(sent_start, body_start), m, consumed)
        m.strong = bool(m.titles) or e - s > 1  # a title, or a full personal name
        title_right(doc, e, sent_end, m, consumed)
    if m.gender and m.aliases and e - s == 1:
        m.key += "#" + m.gender  # "Mr Howard" and "Mrs Howard" are two people until shown otherwise
    return m


def _unlabelled_organisations(tt, people: list[NameMention], out: list[NameMention]) -> list[NameMention]:
    """Organisations named after a person's title that the model left unlabelled ("Trevor Phillips,
    chair of the Commission for Racial Equality"): a capitalised name with an organisation's noun
    in it, tied to the person."""
    taken = {k for m in out for k in range(m.start, m.end)}
    made: list[NameMention] = []
    for p in people:
        for s, e in p.org_spans:
            if taken.intersection(range(s, e)) or not any(tt.lower[k] in _ORG_WORDS for k in range(s, e)):
                continue
            m = _mention_from_span(tt, s, e, "ORG")
            if m is None:
                continue
            m.strong = True
            made.append(m)
            taken.update(range(s, e))
            p.affil_spans.append((s, e))
    return made


def find_mentions(doc, body_start: int = 0, bounds: list[tuple[int, int]] | None = None,
                  table=None) -> list[NameMention]:
    """Name mentions in ``doc`` from token ``body_start`` on (tokens before are a headline).

    ``bounds`` are the :func:`sentence_bounds` of ``doc`` and ``table`` its
    :class:`~graphkit.ingest.prepare.tokentable.TokenTable` when the caller has them.

    Returns the mentions in text order; title tokens ("State" in "Secretary of State") are not
    mentions. Each mention's ``affil_spans`` are token spans of the actors it is affiliated to.
    """
    consumed: set[int] = set()
    if table is None:
        table = token_table(doc)
    ents = name_ents(doc, body_start, table)
    people: dict[int, NameMention] = {}
    none: set[int] = set()
    if bounds is None:
        bounds = sentence_bounds(doc) if ents else []
    # people first: their titles consume tokens that spaCy may have tagged ("State")
    labels = {ent.start: _relabel(doc, table, ent) for ent in ents}
    parties = {ent.start: pm for ent in ents if (pm := _entity_party(table, ent.start, ent.end)) is not None}
    styles = {ent.start: sm for ent in ents if (sm := styled_person(table, ent.start, ent.end)) is not None}
    in_style = {k for sm in styles.values() for k in range(sm.start, sm.end)}
    ents = [ent for ent in ents if ent.start in styles or not in_style.intersection(range(ent.start, ent.end))]
    ents = outside_parties(ents, parties)  # "[Christian] [Democrats]": one party, not "Democrats"
    for ent in ents:
        if ent.start in parties or ent.start in styles or labels[ent.start] != "PERSON" or (
                not _after_honorific(table, ent.start)
                and (people_code(ent.text) or (demonym_code(ent.text) and not country_code(ent.text)))):
            continue
        m = _person_mention(doc, table, ent, bounds, body_start, consumed)
        if m is None:
            none.add(ent.start)  # no name ("Princess Consort"), nor any other actor
            continue
        people[ent.start] = m
    out: list[NameMention] = []
    for ent in ents:
        if ent.start in none:
            continue
        if ent.start in people:
            pm = people[ent.start]
            if not all(k in consumed for k in range(pm.start, pm.end)):  # not a later title's portfolio
                out.append(pm)
            continue
        if ent.start in parties:
            out.append(parties[ent.start])
            continue
        if ent.start in styles:
            out.append(styles[ent.start])
            continue
        if all(k in consumed for k in range(ent.start, ent.end)):
            continue
        if (label := labels[ent.start]) == "NORP" or _people_word(" ".join(ent.text.split())):  # "North\nAmerican"
            g = _group_from_norp(doc, table, ent.start, ent.end)
            if g is not None:
                out.append(g)
            continue
        s, e, _ = _strip(table, ent.start, ent.end, label)
        if s >= e:
            continue
        m = _mention_from_span(table, s, e, label)
        if m is None:
            continue
        if m.kind == "organization" and all(is_title_word(doc[k].text) for k in range(s, e)) and not (
                e - s == 1 and doc[s].text[:1].isupper() and _low(doc[s]) in _INSTITUTIONS):
            continue  # "State", "Foreign Ministry" on their own are offices, not actors
        if m.kind == "location":
            root = doc[s:e].root
            m.placed = root.dep_ == "pobj" and _low(root.head) in _PLACE_PREPS
            m.subject = root.dep_ in ("nsubj", "nsubjpass", "poss")
        out.append(m)
    out += _unlabelled_organisations(table, list(people.values()), out)
    common = common_acronyms(table)
    if common:  # "information and communication technology (ICT)": a thing, not a name
        out = [m for m in out if m.text not in common]
    taken = consumed | {k for m in out for k in range(m.start, m.end)}
    out = sorted(out + _unlabelled_parties(doc, table, body_start, taken), key=lambda m: m.start)
    out = carve_surnames(table, out)  # "[Nakasone after Takeshita]": two people named before in full
    link_declared(table, out)  # "... Services (ADSS)", "Diana, princess of Wales"
    return out


def headline_end(doc, article, table=None) -> int:
    """Token index where the body starts (0 when the text does not start with the title)."""
    title = (article.title or "").strip()
    if not title:
        return 0
    text = article.text  # the text that was parsed (doc.text would rebuild it)
    if not text[:len(title) + 64].lstrip().startswith(title):
        return 0
    end_char = len(text) - len(text.lstrip()) + len(title)
    if table is not None:
        return bisect_left(table.idx, end_char)  # offsets never decrease
    for tok in doc:
        if tok.idx >= end_char:
            return tok.i
    return len(doc)
