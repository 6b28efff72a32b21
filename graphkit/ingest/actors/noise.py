"""Capitalised words that are no names: general classes, used by :mod:`graphkit.ingest.actors.mentions`.

Each rule is a fact of English spelling or of news writing, not a list of strings seen:

- a capital at the start of a sentence is no evidence of a name: a sentence-initial word that
  modifies the lower-case noun after it ("Foster carers are ...") and is never written with a
  capital elsewhere in the article is a common word (:func:`initial_common_word`), and so is a
  plural group noun alone ("Kidnappers seized ...": :func:`is_initial_group_noun`);
- the executive of any state is written "the Government" in British style: a description of
  the government, not its name (:func:`is_bare_description`);
- a one-word plural formed with -phile, -phobe or -sceptic names people of an opinion
  ("Europhiles", "Eurosceptics"), not a body (:func:`is_opinion_plural`);
- a compass word alone before another capitalised word ("East" of "East Midlands MEP") is a
  cut-off part of a longer name (:func:`is_cut_compass`), which
  :mod:`graphkit.ingest.actors.entities` takes whole;
- acronyms the text spells out in lower-case words ("information and communication technology
  (ICT)") abbreviate common nouns (:func:`common_acronyms`);
- names of documents, laws, religions and abstract nouns never act (:func:`not_an_agent`).

A party's short name before another capitalised word that is no title, body or place ("Labour Day")
is part of another name (:func:`other_name_after_party`); a word in capitals among lower-case words
names a body, not a person (:func:`acronym_in_text`).

The entity splits of :func:`split_points` cut what the model ran together: a spaced dash
("Veritas - Latin for truth") and a party before a country ("With Labour Britain is working").

Examples
--------
>>> is_bare_description("Government"), is_bare_description("Home Office")
(True, False)
>>> is_opinion_plural("Europhiles"), is_opinion_plural("Palestinians")
(True, False)
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.actors.gazetteer import country_code, demonym_code, party
from graphkit.ingest.actors.titles import is_honorific, is_title_word
from graphkit.ingest.words import word_list

__all__ = [
    "starts_clause", "capitalised_inside", "modifier_words", "initial_common_word", "is_initial_group_noun",
    "is_bare_description",
    "is_opinion_plural", "is_cut_compass", "told_programme", "is_generic_use", "common_acronyms", "not_an_agent",
    "split_points", "acronym_in_text", "other_name_after_party", "is_country_pair",
]

#: Nouns for the executive of any state: alone, even capitalised ("the Government's plans"), a
#: description the reference stage resolves, not the name of a body.
_BARE_EXECUTIVE = frozenset({"government", "administration", "regime"})
#: Word endings of people named by an opinion ("Europhiles", "Anglophobes", "Eurosceptics").
_OPINION_ENDINGS = ("philes", "phobes", "sceptics", "skeptics")
_DISTRIBUTIVES = frozenset({"either", "neither", "each", "every", "any"})
_TELL = frozenset({"told", "tells", "telling", "tell"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "north-east", "north-west", "south-east", "south-west", "central"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_OPENERS = frozenset({".", "!", "?", ":", '"', "'", "\u201c", "\u2018", "(", "["})


def starts_clause(tt, k: int) -> bool:
    """Whether token ``k`` is the first word of a sentence or of a quotation, where English writes a
    capital whatever the word: first in the text or the parsed sentence, or after a line break,
    sentence-final punctuation, a colon or an opening quote."""
    j = k - 1
    while j >= 0 and not tt.text[j].strip():
        if "\n" in tt.text[j]:
            return True
        j -= 1
    return j < 0 or tt.sent_start[k] or tt.text[j] in _OPENERS


def capitalised_inside(tt) -> frozenset[str]:
    """Lower-cased words the article writes with a capital inside a sentence (see
    :func:`starts_clause`): the words it treats as names."""
    return frozenset(tt.lower[k] for k in range(len(tt.text)) if tt.text[k][:1].isupper() and not starts_clause(tt, k))


def is_initial_group_noun(tt, s: int, e: int) -> bool:
    """Whether the one-word entity at ``s:e`` is a plural group noun written with a capital only because
    it starts a sentence ("Kidnappers seized ...", "Troops fired ..."): a common noun for a group, which
    :mod:`graphkit.ingest.actors.unnamed` makes a group actor, not a name.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> t = token_table(Doc(Vocab(), words=["Kidnappers", "seized", "Rebels", "Inc"]))
    >>> is_initial_group_noun(t, 0, 1), is_initial_group_noun(t, 2, 4)
    (True, False)
    """
    from graphkit.ingest.actors.groups import is_group_word

    w = tt.text[s]
    return e - s == 1 and w.isalpha() and w[1:].islower() and starts_clause(tt, s) and is_group_word(w)


def initial_common_word(tt, s: int, e: int, named: frozenset[str]) -> bool:
    """Whether the one-word entity at ``s:e`` is a common word written with a capital only because
    it starts a sentence (:func:`starts_clause`): a word in small letters after its capital, an
    English adjective or verb (:func:`modifier_words`), it modifies the lower-case common noun after it
    ("Foster carers") and the article never writes it with a capital inside a sentence (``named``,
    from :func:`capitalised_inside`)."""
    w = tt.text[s]
    if e - s != 1 or s + 1 >= len(tt.text) or not (w.isalpha() and w[1:].islower()) or not starts_clause(tt, s):
        return False  # "U.N. helicopters", "NATO jets": abbreviations are names wherever they stand
    nxt = s + 1
    return (tt.dep[s] in _MODIFIER_DEPS and tt.head[s] == nxt and tt.text[nxt].islower()
            and tt.tag[nxt] in _NOUN_TAGS and tt.lower[s] not in named and tt.lower[s] in modifier_words())


@cache
def modifier_words() -> frozenset[str]:
    """English adjectives and verbs (WordNet's, as the spaCy model's lemmatizer ships them): words
    that can modify a noun as common words ("foster", "radical"), unlike names WordNet lists only as
    nouns ("Hezbollah", "Blair"). Empty when the model's tables cannot be read."""
    from graphkit.ingest.prepare.model import package_lemma_index  # prepare imports this module

    index = package_lemma_index()
    return index["adj"] | index["verb"]


def is_bare_description(text: str) -> bool:
    """Whether a name is only a noun for a state's executive ("Government", "the Administration")."""
    return text.lower() in _BARE_EXECUTIVE


def is_opinion_plural(text: str) -> bool:
    """Whether a one-word name is a plural of people of an opinion ("Europhiles", "Eurosceptics")."""
    return " " not in text and text.lower().endswith(_OPINION_ENDINGS)


def is_cut_compass(tt, s: int, e: int) -> bool:
    """Whether the entity ``s:e`` is a compass word alone right before another capitalised word
    ("East" in "East Midlands MEP"): a part of a longer name the model cut off."""
    return (e - s == 1 and tt.lower[s] in _COMPASS and e < len(tt.text) and tt.text[e][:1].isupper()
            and tt.text[e].isalpha())


def common_acronyms(tt) -> set[str]:
    """Acronyms the text spells out in lower-case words: "information and communication technology
    (ICT)", "BAC [blood alcohol content]". They abbreviate common nouns, not names."""
    out: set[str] = set()
    text, n = tt.text, len(tt.text)
    for i in range(1, n - 1):
        w = text[i]
        if not (w.isupper() and w.isalpha() and 1 < len(w) <= 6):
            continue
        if text[i - 1] in ("(", "[") and i + 1 < n and text[i + 1] in (")", "]"):
            words = [x for x in text[max(0, i - 1 - 2 * len(w)):i - 1] if x.isalpha()]
        elif text[i + 1] in ("(", "["):
            words = [x for x in text[i + 2:i + 2 + 2 * len(w)] if x.isalpha()]
            words = words[:next((k for k, x in enumerate(text[i + 2:], 0) if x in (")", "]")), len(words))]
        else:
            continue
        initials = "".join(x[0] for x in words if x.lower() not in ("and", "of", "the", "for", "in"))
        if words and all(x.islower() for x in words) and w.lower() in initials.lower():
            out.add(w)
    return out


def not_an_agent(tt, s: int, e: int) -> bool:
    """Whether a name is of a document, law, policy or budget, a religion, or an abstract noun
    ("-ism", "-phobia"): things written with capitals that never act."""
    last = tt.lower[e - 1].split("-")[-1]
    if last in word_list("document_nouns"):
        return True
    return e - s == 1 and (last in word_list("religions") or last.endswith(("ism", "phobia")))


def told_programme(tt, s: int) -> int:
    """The end of a programme or publication named at token ``s`` as whom someone "told": a name
    possessed by an organisation after "told" ("told BBC1's Breakfast With Frost", "told the
    BBC's Today programme"). One speaks to an outlet's programme, which is no actor; the
    organisation and a person so named ("told the BBC's Nick Robinson") stay. Returns ``s`` when
    there is none; the name runs on over "with" and capitalised words ("with Frost")."""
    n = len(tt.text)
    if s < 3 or tt.ent_type[s] == "PERSON" or tt.lower[s - 1] not in ("'s", "'", "\u2019s") \
            or tt.ent_type[s - 2] != "ORG":
        return s
    k = s - 2
    while k > 0 and tt.ent_iob[k] == "I":
        k -= 1
    k -= 1 if k > 0 and tt.lower[k - 1] == "the" else 0
    if k < 1 or tt.lower[k - 1] not in _TELL:
        return s
    e = s + 1
    while e < n and (tt.ent_iob[e] == "I" or (tt.lower[e] == "with" and e + 1 < n and tt.text[e + 1][:1].isupper())
                     or (tt.lower[e - 1] == "with" and tt.text[e][:1].isupper())):
        e += 1
    return e


def is_generic_use(tt, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` is used as a common noun, after a distributive determiner ("either
    House of Parliament", "every Council"): it names a kind, not one actor. A name that only
    modifies the noun after it ("any Labour MP") is not affected."""
    return s > 0 and tt.lower[s - 1] in _DISTRIBUTIVES and tt.dep[e - 1] not in _MODIFIER_DEPS | {"poss"}


def split_points(tt, s: int, e: int) -> list[tuple[int, int]]:
    """(end, start) token indices inside the entity ``s:e`` where one name ends and the next starts: a dash
    written with spaces around it before a capitalised word ("Veritas - Latin": a parenthetical,
    never inside a name; the hyphen of "Kilroy-Silk" is written without spaces), and the end of a party's name right
    before a country's ("Labour Britain")."""
    out = []
    for k in range(s + 1, e - 1):
        if tt.text[k] in ("-", "\u2013", "\u2014") and tt.idx[k] > tt.idx[k - 1] + len(tt.text[k - 1]) \
                and tt.idx[k + 1] > tt.idx[k] + 1 and tt.text[k + 1][:1].isupper():
            out.append((k, e))  # the parenthetical after the dash is no part of this name
    for k in range(s + 1, e):
        if party(tt.span_text(s, k)) and country_code(tt.span_text(k, e)):
            out.append((k, k))
            break
    return out


def is_country_pair(word: str) -> bool:
    """Whether one token joins two or more countries' names or nationalities with a hyphen or a slash
    ("U.S.-Japan", "U.S.-Greek", "U.S./Japan"): the parties of a relation or of talks between them, no body of
    its own (the model labels such a word an organisation).

    >>> is_country_pair("U.S.-Japan"), is_country_pair("U.S./Japan"), is_country_pair("Hewlett-Packard")
    (True, True, False)
    """
    parts = [p for p in word.replace("/", "-").split("-") if p]
    codes = [country_code(p) or demonym_code(p) for p in parts]
    return len(parts) > 1 and all(codes) and len(set(codes)) == len(codes)


def acronym_in_text(doc, i: int) -> bool:
    """Whether token ``i`` is a word in capitals ("STET") among lower-case words."""
    w = doc[i].text
    return len(w) > 1 and w.isalpha() and w.isupper() and any(
        doc[k].text.islower() for k in range(max(0, i - 3), min(len(doc), i + 4)))


def other_name_after_party(tt, j: int, org_words: frozenset[str] = frozenset()) -> bool:
    """Whether the capitalised word at ``j``, right after a party's name, makes the two words another
    name ("Labour Day", a holiday): a word in small letters after its capital that is no title, office,
    body or organisation word ("Labour MP", "Labour Government"), no place or nationality ("Labour
    Britain", "Labour London Assembly member") and no name of its own the model found. ``org_words``
    are further words of organisations' names (the caller's)."""
    if j >= len(tt.text) or tt.ent_iob[j] == "B":
        return False
    w = tt.text[j]
    if not (w[:1].isupper() and w[1:].islower() and w.isalpha()) or is_title_word(w) or is_honorific(w):
        return False
    from graphkit.ingest.actors.places import is_place

    low = w.lower()
    return not (low in org_words or low in _body_words() or party(w) or country_code(w) or demonym_code(w)
                or is_place(w))


@cache
def _body_words() -> frozenset[str]:
    return frozenset(word_list("body_nouns") | word_list("organisation_nouns") | word_list("office_bodies"))
