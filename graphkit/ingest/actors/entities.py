"""Entities of a parsed article that may name actors, cut where the model ran names together.

Used by :mod:`graphkit.ingest.actors.mentions`. spaCy's entity spans, from the body on, with the
repairs of :mod:`graphkit.ingest.actors.noise` and :mod:`graphkit.ingest.actors.shapes`: a person's
name ending in a month word ("Theresa May") is a name, not a date; a sentence-initial common word
("Foster carers") is none; a list of places ("Midlands, Merseyside"), a spaced dash ("Veritas -
Latin") and a party before a country ("Labour Britain") are cut; a name followed by its partners
and legal forms ("J.P. Morgan and Co Inc", "Lazard Freres et Cie") is one firm's; two person's names
with nothing but a wrapped line between them are one ("Ali Akbar" "Hashemi Rafsanjani"); capitalised
words after a title are a person's name also where the model is silent
(:mod:`graphkit.ingest.actors.titled`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.ingest.prepare.tokentable import token_table
>>> doc = Doc(Vocab(), words=["Bristol", ",", "Leeds", "and", "Kerry", "."],
...           ents=["B-GPE", "I-GPE", "I-GPE", "O", "B-PERSON", "O"])
>>> [(e.text, e.label_) for e in name_ents(doc, 0, token_table(doc))]
[('Bristol', 'GPE'), ('Leeds', 'GPE'), ('Kerry', 'PERSON')]
>>> doc = Doc(Vocab(), words=["Nigeria", "missed", "a", "payment", "to", "Michael", "Jordan"],
...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN"], deps=["nsubj", "ROOT", "det", "dobj",
...           "prep", "compound", "pobj"], heads=[1, 1, 3, 1, 1, 6, 4])
>>> [(e.text, e.label_) for e in name_ents(doc, 0, token_table(doc))]
[('Nigeria', 'GPE')]
"""
from __future__ import annotations

from graphkit.ingest.actors.bare_names import bare_label, bare_name
from graphkit.ingest.actors.gazetteer import country_code, demonym_code, expand_abbreviation
from graphkit.ingest.actors.noise import (
    capitalised_inside,
    initial_common_word,
    is_country_pair,
    is_cut_compass,
    is_generic_use,
    split_points,
    told_programme,
)
from graphkit.ingest.actors.personal_names import personal_name
from graphkit.ingest.actors.places import is_place
from graphkit.ingest.actors.shapes import (
    acronym_arm,
    eponym_body_end,
    facility_end,
    name_with_month,
    person_runs_on,
    sunday_edition,
)
from graphkit.ingest.actors.titled import titled_name_end
from graphkit.ingest.actors.titles import is_title_head, is_title_word
from graphkit.names import LEGAL_FORMS

__all__ = ["LABEL_KIND", "ORG_WORDS", "name_ents", "partners_end", "body_then_portfolio", "demonym_then_portfolio",
           "outside_parties", "portfolio_cut"]

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "location",
              "FAC": "location", "NORP": "group"}
#: Words that make a name an organisation's, not a person's.
ORG_WORDS = frozenset("""
republic kingdom union party front army council committee ministry government assembly parliament court
bank company corporation university institute agency authority organization organisation association
federation movement league commission brigade brigades militia foundation fund group network trust
""".split())


#: Words after "and"/"&"/"et" that end a firm's name: its partners ("Morgan and Co", "Lazard et Cie").
_PARTNERS = frozenset({"co", "co.", "cie", "cie.", "company", "sons", "partners"})


def partners_end(t, e: int) -> int:
    """End of a firm's name that goes on after the name ending at ``e`` with its partners and legal
    forms ("J.P. Morgan" + "and Co Inc", "Lazard Freres" + "et Cie"), else ``e``.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> t = token_table(Doc(Vocab(), words=["Morgan", "and", "Co", "Inc", "said", "and", "cooperation"]))
    >>> partners_end(t, 1), partners_end(t, 5)
    (4, 5)
    """
    n = len(t.text)
    if e + 1 >= n or t.lower[e] not in ("and", "&", "et") or t.lower[e + 1] not in _PARTNERS:
        return e
    if not t.text[e + 1][:1].isupper():
        return e
    k = e + 2
    while k < n and t.lower[k].rstrip(".") in LEGAL_FORMS and t.text[k][:1].isupper():
        k += 1
    return k


def name_ents(doc, body_start: int, table) -> list:
    """The entities of ``doc`` from ``body_start`` on whose label names actors, as ``doc.ents``
    would give them, without building a Span for every figure and date."""
    if table is None:
        return [e for e in doc.ents if e.start >= body_start and e.label_ in LABEL_KIND]
    from spacy.tokens import Span

    iob, etype, n = table.ent_iob, table.ent_type, len(table.ent_iob)
    out, named, skip = [], capitalised_inside(table), 0
    for i in range(body_start, n):
        if i < skip:
            continue
        if iob[i] == "B" and (end := told_programme(table, i)) > i:
            skip = end  # "told BBC1's Breakfast With Frost": a programme, no actor
            continue
        if (end := _unlabelled_person(table, i)) > i:  # "Premier Mir-Hossein Mousavi", "Theresa May"
            out.append(Span(doc, i, end, label=bare_label(table, i) if bare_name(table, i) else "PERSON"))
            skip = end
            continue
        if _unlabelled_country(table, i):
            out.append(Span(doc, i, i + 1, label="GPE"))
            continue
        if iob[i] == "B" and etype[i] in LABEL_KIND:
            e = i + 1
            while e < n and iob[e] == "I":
                e += 1
            if initial_common_word(table, i, e, named) or is_generic_use(table, i, e) or (
                    e == i + 1 and is_country_pair(table.text[i])):  # "the U.S.-Japan accord": two countries
                continue  # "Foster carers are ...": a capital only because the sentence starts
            if is_cut_compass(table, i, e):  # "East" of "East Midlands MEP": the whole place name
                while e < n and iob[e] != "B" and table.text[e].isalpha() and table.text[e][1:].islower() \
                        and table.text[e][:1].isupper() and not is_title_word(table.text[e]):
                    e += 1
            label = "PERSON" if e == i + 1 and personal_name(table, i) else etype[i]  # "Poehl said he"
            if (run_on := _runs_on(table, e, label)) != (e, label):
                (e, label), skip = run_on, run_on[0]
            cuts = split_points(table, i, e)
            if (thing := _named_thing(table, i, e, label))[0] > e:
                e, label = thing
            if label in ("GPE", "LOC") and (arm := acronym_arm(table, i)) < i:  # "HI Europe"
                out.append(Span(doc, arm, e, label="ORG"))
                continue
            commas = [k for k in range(i + 1, e - 1) if table.text[k] == "," and table.text[k + 1][:1].isupper()]
            parts = [table.span_text(a + 1, b) for a, b in zip([i - 1, *commas], [*commas, e], strict=True)]
            if commas and label == "ORG" and any(map(is_place, parts)) and not any(
                    w in ORG_WORDS or w in LEGAL_FORMS for p in parts for w in p.lower().split()):
                label = "GPE"  # "Midlands, Merseyside": a list of places the model took for one name
            if label in ("GPE", "LOC"):  # each place of a list its own
                cuts += [(k, k + 1) for k in commas]
            start = i
            for a, b in sorted(cuts):
                if a > start:
                    out.append(Span(doc, start, a, label=label))
                start = b
            if start < e:
                out.append(Span(doc, start, e, label=label))
            continue
    return out


def _unlabelled_person(table, i: int) -> int:
    """The end of a person's name starting at token ``i`` that the model did not label a person, else
    ``i``: capitalised words after a title ("Premier Mir-Hossein Mousavi"), a name ending in a month
    word ("Theresa May", taken for a date)."""
    iob = table.ent_iob[i]
    if iob in ("O", "") and (end := titled_name_end(table, i)) > i:
        return end
    if bare_name(table, i):  # "Shultz met Shevardnadze": a lone surname the model did not label
        return i + 1
    if table.ent_type[i] in ("DATE", "") and iob != "I" and name_with_month(table, i):
        return i + 2
    return i


def _unlabelled_country(table, i: int) -> bool:
    """Whether token ``i`` is a country's one-word name the model left unlabelled ("Nigeria missed the
    payment"), standing alone: no capitalised word of a longer name beside it ("Michael Jordan"), no
    modifier of a noun ("U.S. Economy")."""
    text, n = table.text, len(table.text)
    if table.ent_iob[i] not in ("O", "") or table.pos[i] != "PROPN" or not text[i].istitle():
        return False
    if table.dep[i] == "compound" or not country_code(text[i]):
        return False
    return not any(0 <= k < n and table.pos[k] == "PROPN" and text[k][:1].isupper() for k in (i - 1, i + 1))


def _named_thing(table, s: int, e: int, label: str) -> tuple[int, str]:
    """(end, label) of the name at ``s:e`` taken with the word that makes it a thing's: a paper's
    Sunday edition ("the Independent on Sunday"), a body named after its chair ("the Tower commission"),
    a facility ("King Cross station"; a city's, "Bangkok airport", stays the city)."""
    if (end := sunday_edition(table, s, e)) > e:
        return end, "ORG"
    if label in ("PERSON", "FAC") and (end := eponym_body_end(table, s, e)) > e:
        return end, "ORG"
    if label in ("ORG", "FAC") and (end := facility_end(table, s, e)) > e:
        return end, "FAC"
    return e, label


def _runs_on(table, e: int, label: str) -> tuple[int, str]:
    """(end, label) of an entity ending at ``e`` with what the model cut off it: the rest of a person's
    name ("Ali Akbar" + "Hashemi Rafsanjani"), a firm's partners and legal forms ("J.P. Morgan and Co
    Inc": a firm, not a person)."""
    if label == "PERSON":
        e = person_runs_on(table, e)
    if label in ("PERSON", "ORG") and (end := partners_end(table, e)) > e:
        return end, "ORG"
    return e, label


def body_then_portfolio(t, s: int, e: int) -> bool:
    """Whether an organisation entity ``s:e`` before a title is a known body's abbreviation and the
    title's portfolio ("EC Farm Commissioner", "EC External Relations Commissioner"): the words after the
    abbreviation name no body of their own ("UN Security Council President" is the council's)."""
    return (e - s > 1 and e < len(t.text) and t.text[s].isupper() and expand_abbreviation(t.text[s]) is not None
            and is_title_head(t.text[e]) and not any(t.lower[k] in ORG_WORDS for k in range(s + 1, e)))


def demonym_then_portfolio(t, s: int, e: int) -> bool:
    """Whether an organisation entity ``s:e`` is a demonym and the first words of a title's portfolio
    ("[Venezuelan Energy] and Mines Minister Arturo Hernandez", "[Saudi Oil] Minister"): the office of
    the person the title names, of that people's country, and no body of its own (a body's name has a
    word of bodies: "Venezuelan Energy Ministry", "Saudi Oil Company").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.prepare.tokentable import token_table
    >>> words = ["Venezuelan", "Energy", "and", "Mines", "Minister", "Arturo", "Hernandez"]
    >>> t = token_table(Doc(Vocab(), words=words))
    >>> demonym_then_portfolio(t, 0, 2), demonym_then_portfolio(t, 0, 1)
    (True, False)
    """
    if e - s < 2 or not demonym_code(t.text[s]) or any(t.lower[k] in ORG_WORDS for k in range(s, e)):
        return False
    k = e
    while k < len(t.text) and k < e + 4 and not is_title_head(t.text[k]):
        if not (t.text[k][:1].isupper() or t.lower[k] in ("and", "&")) or t.lower[k] in ORG_WORDS:
            return False
        k += 1
    return k < len(t.text) and is_title_head(t.text[k]) and k + 1 < len(t.text) and t.text[k + 1][:1].isupper()


def portfolio_cut(t, s: int, e: int) -> int:
    """The end of the name in an organisation entity ``s:e`` written before a title's portfolio: the
    body's abbreviation only ("[EC] Farm Commissioner": :func:`body_then_portfolio`), nothing for a
    demonym and a portfolio ("Venezuelan Energy and Mines Minister": :func:`demonym_then_portfolio`),
    else ``e``."""
    if body_then_portfolio(t, s, e):
        return s + 1
    return s if demonym_then_portfolio(t, s, e) else e


def outside_parties(ents: list, parties: dict) -> list:
    """The entities that are not a word inside the name of a party another entity starts
    (``parties``: entity start -> party mention): "[Christian] [Democrats]" is one party, and its
    "Democrats" no name of its own (not the Democratic Party)."""
    inside = {k: pm.start for pm in parties.values() for k in range(pm.start, pm.end)}
    return [ent for ent in ents if inside.get(ent.start, ent.start) == ent.start or ent.start in parties]
