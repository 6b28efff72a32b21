"""Bare surnames the model took for a people or a place: "Bomani said", "an aide to Nakasone".

News writing names a person once in full ("Development Minister Paul Bomani") and then by surname
alone. The small model often labels such a surname as a nationality or religious group (NORP) or
as a place (GPE), so the surname becomes an actor of its own, untied to its bearer. Within one
article a capitalised word that is the surname of exactly one person named in full is that person,
whatever the model's label -- unless the gazetteer knows the word as a people ("Palestinians"), a
nationality, a party or a place, or the model itself called it a location or a facility. A surname
shared by two people named in full stays untied (the caller passes only unique bearers).

The model also draws one name over a known surname and the words around it: a sentence's first
verb ("[Echoing Gaviria]'s words", "[Replacing Greeniaus] as president"), a possessor ("[Nikko
Securities' Okamoto]"), or a second name joined by a function word or a comma ("[Nakasone after
Takeshita]", "[Nickles, Symms]", "[Gray --who]"). No personal name holds a function word (but its
particles), a comma or a possessive, while a body named after a person holds a noun ("the Maekawa
committee"), and a company written with its legal form may hold all three ("Bear, Stearns and Co"), so
such a surname is cut out as its own mention
(:func:`carve_surnames`); what remains of the span is kept when it still holds a capitalised word.
"""
from __future__ import annotations

from dataclasses import replace

from graphkit.ingest.actors.around import NameMention
from graphkit.ingest.actors.gazetteer import demonym_code, party, people_code
from graphkit.ingest.actors.places import is_place
from graphkit.names import LEGAL_FORMS, name_key, org_key

__all__ = ["surname_of_bearer", "carve_surnames", "given_name_style"]

#: Model labels that are evidence of a place, not of a person.
_PLACE_LABELS = frozenset({"LOC", "FAC"})


def surname_of_bearer(name: str, kind: str, labels: list[str]) -> bool:
    """Whether a one-word name of a people or place kind may be the surname of a person named in full.

    Parameters
    ----------
    name : str
        The cluster's name as written ("Bomani").
    kind : str
        The kind the model's labels voted for: only ``"group"`` and ``"location"`` are considered
        here (persons and organisations already join their bearer).
    labels : list of str
        The model's entity labels of the cluster's mentions.

    Returns
    -------
    bool
        True when the word is one capitalised token, names no people, party or known place, and the
        model never labelled it LOC or FAC.

    Examples
    --------
    >>> surname_of_bearer("Bomani", "group", ["NORP"])
    True
    >>> surname_of_bearer("Palestinians", "group", ["NORP"]), surname_of_bearer("Salford", "location", ["GPE"])
    (False, False)
    >>> surname_of_bearer("Nakasone", "location", ["GPE", "LOC"])
    False
    """
    if kind not in ("group", "location") or " " in name or not name[:1].isupper():
        return False
    if any(label in _PLACE_LABELS for label in labels):
        return False
    if demonym_code(name) or people_code(name) or party(name):
        return False
    return not is_place(name)


#: Words that may stand inside a personal name although written in lower case.
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le",
                        "del", "dos", "das", "y", "abu", "ben"})
#: Tags of the lower-case words that join two names ("after", "and", "who"); a lower-case noun does not
#: ("the Maekawa committee", "the Reagan administration": a body named after a person).
_FUNCTION_TAGS = frozenset({"IN", "CC", "WP", "WP$", "WDT", "TO", "DT"})
#: Lower-case words that stand inside names: a person's particles, and the "of" and "for" of bodies
#: ("House of Seagram", "Committee for Economic Development").
_INSIDE_NAMES = _PARTICLES | {"of", "for"}
#: Possessive markers as the tokenizer writes them.
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _unique_surnames(tt, mentions: list[NameMention]) -> dict[str, str]:
    """Surname key -> the key of the one person named in full with it (shared surnames left out)."""
    owners: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.label == "PERSON" and m.end - m.start > 1 and tt.text[m.end - 1][:1].isupper() \
                and not any(_apart(tt, k, m) for k in range(m.start, m.end)):  # not "Echoing Gaviria" itself
            owners.setdefault(name_key(tt.text[m.end - 1]), set()).add(m.key)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k}


def _apart(tt, k: int, m: NameMention) -> bool:
    """Whether nothing that could belong to a name touches token ``k`` inside mention ``m``."""
    def free(j: int) -> bool:
        w = tt.text[j]
        return w in _POSSESSIVE or tt.tag[j] == "POS" or not any(ch.isalnum() for ch in w) and w not in ("-", ".") \
            or (w[:1].islower() and w not in _INSIDE_NAMES and tt.tag[j] in _FUNCTION_TAGS) \
            or (not w[:1].isalnum() and w.lstrip("-").islower())  # "--who", one token
    left = k == m.start or free(k - 1) or (k - 1 == m.start and _opening_verb(tt, k - 1))
    return left and (k + 1 == m.end or free(k + 1)) and (k > m.start or k + 1 < m.end)


def _opening_verb(tt, j: int) -> bool:
    """Whether token ``j`` is a verb opening its sentence ("Replacing", or "Echoing" the model took for a
    name: a capitalised word of seven letters or more ending in "-ing")."""
    w = tt.text[j]
    return bool(tt.sent_start[j]) and (tt.tag[j].startswith("VB") or (len(w) >= 7 and w.endswith("ing")))


def _piece(tt, m: NameMention, s: int, e: int) -> NameMention | None:
    """What remains of ``m`` between ``s`` and ``e``: a mention of its kind if it holds a capitalised word."""
    while s < e and (tt.text[s][:1].islower() or not tt.text[s][:1].isalnum() or _opening_verb(tt, s)):
        s += 1
    while e > s and (tt.text[e - 1][:1].islower() or not tt.text[e - 1][:1].isalnum() or tt.tag[e - 1] == "POS"):
        e -= 1
    if s >= e:
        return None
    text = " ".join(tt.span_text(s, e).split())
    return replace(m, start=s, end=e, text=text, key=org_key(text) if m.label in ("ORG", "PERSON") else name_key(text),
                   titles=list(m.titles) if s == m.start else [], aliases=[], affil_spans=[], affil_codes=[],
                   affil_code_tokens=[], org_spans=[])


def carve_surnames(tt, mentions: list[NameMention]) -> list[NameMention]:
    """Cut the known surnames out of names the model drew over them and their neighbours.

    Parameters
    ----------
    tt : TokenTable
        The token table of the document.
    mentions : list of NameMention
        The document's name mentions in text order.

    Returns
    -------
    list of NameMention
        The mentions, each surname of one person named in full that stands apart inside a longer
        mention (see the module docstring) made a person mention of its own, in text order.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> words = ["Yasuhiro", "Nakasone", "spoke", ".", "Echoing", "Nakasone", ",", "Tokyo", "agreed"]
    >>> tt = SimpleNamespace(text=words, lower=[w.lower() for w in words], sent_start=[w in ("Yasuhiro", "Echoing")
    ...     for w in words], tag=["NNP", "NNP", "VBD", ".", "VBG", "NNP", ",", "NNP", "VBD"],
    ...     span_text=lambda s, e: " ".join(words[s:e]))
    >>> ms = [NameMention(0, 2, "Yasuhiro Nakasone", "person", key="yasuhiro nakasone", label="PERSON"),
    ...       NameMention(4, 6, "Echoing Nakasone", "person", key="echoing nakasone", label="PERSON")]
    >>> [(m.start, m.end, m.text, m.kind) for m in carve_surnames(tt, ms)]
    [(0, 2, 'Yasuhiro Nakasone', 'person'), (5, 6, 'Nakasone', 'person')]
    """
    bearers = _unique_surnames(tt, mentions)
    if not bearers:
        return mentions
    out: list[NameMention] = []
    for m in mentions:
        company = m.label == "ORG" and name_key(m.text).split()[-1] in LEGAL_FORMS  # "Bear, Stearns and Co"
        cuts = [k for k in range(m.start, m.end) if not company and m.code is None and m.key not in bearers.values()
                and bearers.get(name_key(tt.text[k])) and _apart(tt, k, m)]
        if not cuts:
            out.append(m)
            continue
        s = m.start
        for k in cuts:
            if (rest := _piece(tt, m, s, k)) is not None:
                out.append(rest)
            out.append(NameMention(start=k, end=k + 1, text=tt.text[k], kind="person", key=name_key(tt.text[k]),
                                   label="PERSON", gender=m.gender))
            s = k + 1
        if (rest := _piece(tt, m, s, m.end)) is not None:
            out.append(rest)
    return sorted(out, key=lambda m: m.start)


#: Styles English writes before a given name, not a surname ("Sheikh Ali", "Prince Charles", "Sir Geoffrey").
_GIVEN_NAME_STYLES = frozenset({"sheikh", "shaikh", "prince", "princess", "king", "queen", "emir", "amir", "sultan",
                                "sir", "dame"})


def given_name_style(titles: list[str]) -> bool:
    """Whether every title of a one-word name is a style that goes before a given name.

    Such a name is the first word of the person's full name ("Sheikh Ali" for "Sheikh Ali al-Khalifa
    al-Sabah", "Sir Geoffrey" for "Sir Geoffrey Howe"), where an office ("Minister Howe") goes before
    the surname.

    Examples
    --------
    >>> given_name_style(["Sheikh"]), given_name_style(["Crown Prince"]), given_name_style(["Minister"])
    (True, True, False)
    >>> given_name_style([])
    False
    """
    return bool(titles) and all(t.split()[-1].lower() in _GIVEN_NAME_STYLES for t in titles if t.split())
