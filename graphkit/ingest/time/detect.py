"""Finding time expressions in a parsed Doc, with TimeML (TimeBank) extents.

Two sources: the grammar of :mod:`graphkit.ingest.time.rules` run over the text, and spaCy's
DATE/TIME entities it does not cover (kept when they look like time, dropped when they are ages,
plain numbers or money). Overlaps are resolved longest first.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Kerry", "met", "him", "late", "Wednesday", "for", "two", "hours", "."])
>>> [(c.text, c.rule) for c in detect(doc)]
[('late Wednesday', 'weekday'), ('two hours', 'duration')]
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from graphkit.ingest.time.rules import RULES, Ctx, apply_rule, keywords_in
from graphkit.ingest.words import word_list

__all__ = ["Candidate", "detect", "clause_tense"]


@dataclass(frozen=True)
class Candidate:
    """A time expression found in the text: offsets, the rule that found it (or ``spacy``)."""

    start: int
    end: int
    text: str
    rule: str
    match: re.Match | None = None


_AGE = re.compile(r"(?:\d+|\w+)[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old|"
                  r"\baged?\s+\d+|\bages?\s+(?:of\s+)?\d+", re.I)
_TIMEWORD = re.compile(
    r"\b(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|years?|months?|weeks?|days?|hours?|minutes?|decades?|centur(?:y|ies)|"
    r"quarters?|today|tomorrow|yesterday|tonight|now|morning|evening|afternoon|night|noon|midnight|season|"
    r"spring|summer|fall|autumn|winter|period|time|ago|(?-i:[A-Z][a-z]+day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\b", re.I)
_YEAR_ONLY = re.compile(r"(?:1[6-9]|20)\d\d")
_RATE = re.compile(r"an?\s+(?:year|month|week|day|hour|minute|quarter)", re.I)
_RATE_PREPS = word_list("before_duration")  # "for a year": a span, not a rate
_NUMBERISH = re.compile(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|"
                        r"hundred|thousand|million|billion|dozen|percent|times)$", re.I)
_LEAD = re.compile(r"^(?:on|in|at|by|since|until|till|from|for|during|of|over|within|through|about)\s+", re.I)
_YEAR_CONTEXT = word_list("before_year")  # "in 1990", "fiscal 1988"
_NOT_TIME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "FAC", "MONEY"}


def _ent_labels(doc) -> dict[int, str]:
    """Character offset -> entity label for the non-time entities (names like "May" or "Easter Island")."""
    out = {}
    for ent in doc.ents:
        if ent.label_ in _NOT_TIME_ENTS:
            for i in range(ent.start_char, ent.end_char):
                out[i] = ent.label_
    return out


#: words that are names when capitalised inside a sentence ("60 Minutes", "This Week", "USA Today", "High Noon")
_NAME_WORDS = re.compile(r"(?-i:\b(?:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Decades?|Centur(?:y|ies)|"
                         r"Today|Tonight|Tomorrow|Yesterday|Noon|Midnight|Now|Morning|Evening|Night|Weekend)\b)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"'`(\[{]|--|_)\s*$")


def _is_name(cand: Candidate, full: str) -> bool:
    """A time word capitalised inside a sentence is part of a name; so is anything after the first word."""
    if cand.text.isupper() or cand.rule in ("month", "month_day", "day_month", "weekday", "holiday", "iso"):
        return False
    for m in _NAME_WORDS.finditer(cand.text):
        if m.start() > 0 or not _SENTENCE_START.search(full[max(0, cand.start - 4):cand.start]):
            return True
    return False


def _ok(cand: Candidate, doc, labels: dict[int, str], full: str) -> bool:
    text = cand.text
    if cand.rule in ("month", "holiday", "weekday", "month_day") and cand.start in labels and \
            labels[cand.start] in ("PERSON", "ORG", "FAC", "WORK_OF_ART"):
        return False
    if cand.rule == "duration" and _RATE.fullmatch(text):
        before = full[max(0, cand.start - 30):cand.start].split()
        prev = before[-1].lower() if before else ""
        if prev not in _RATE_PREPS and any(_NUMBERISH.search(w) for w in before[-3:]):
            return False  # a rate: "$2 million a year", "four flights a week", "24 hours a day"
    if cand.rule == "year" and _YEAR_ONLY.fullmatch(text):
        if cand.start in labels and labels[cand.start] in ("MONEY", "ORG", "PRODUCT", "LAW"):
            return False
        before = full[max(0, cand.start - 12):cand.start].split()
        prev = before[-1].lower() if before else ""
        after = full[cand.end:cand.end + 12].split()
        nxt = after[0].lower() if after else ""
        if nxt.isalpha() and nxt.islower() and nxt.endswith("s") and len(nxt) > 3 and nxt not in ("was", "has", "does"):
            return False  # "2000 shares", "1990 dollars"
        if prev in _YEAR_CONTEXT or prev.endswith(("(", ",")) or nxt.startswith(("'s", ",", ".", ")", ";", ":")) \
                or not nxt or prev.endswith("-"):
            return True
        return _spacy_date_at(doc, cand.start)
    return True


def _spacy_date_at(doc, start: int) -> bool:
    return any(e.label_ in ("DATE", "TIME") and e.start_char <= start < e.end_char for e in doc.ents)


def _trim_ent(full: str, ent) -> tuple[int, int]:
    text = ent.text
    s, e = ent.start_char, ent.end_char
    m = _LEAD.match(text)
    if m:
        s += m.end()
    while e > s and full[e - 1] in " ,.;:'\"":
        e -= 1
    return s, e


_PROBE = Ctx(_dt.date(2000, 6, 15), None)


#: a blank line, or a line break before an indented line: no time expression runs across one
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[ \t]{2,})")


def _paragraphs(text: str) -> list[tuple[int, int, str, frozenset]]:
    r"""``(start, end, paragraph, its gate keywords)`` for each paragraph of ``text``.

    Each rule scans only the paragraphs holding its keywords (most hold none).

    >>> [p[2] for p in _paragraphs("One.\n\nTwo\nlines.\n    Three.")]
    ['One.', 'Two\nlines.', '    Three.']
    """
    bounds = []
    start = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.start() > start:
            bounds.append((start, m.start()))
        start = m.end()
    if len(text) > start:
        bounds.append((start, len(text)))
    in_text = keywords_in(text, text.lower())
    if len(bounds) == 1 and bounds[0] == (0, len(text)):
        return [(0, len(text), text, in_text)]
    lower_keys = [k for k in in_text if k[0] != "="]
    cased_keys = [k for k in in_text if k[0] == "="]
    out = []
    for s, e in bounds:
        para = text[s:e]
        lowered = para.lower()
        present = frozenset([k for k in lower_keys if k in lowered] + [k for k in cased_keys if k[1:] in para])
        out.append((s, e, para, present))
    return out


def detect(doc, text: str | None = None) -> list[Candidate]:
    """Time expressions of ``doc``, non-overlapping, in text order.

    Grammar matches are taken longest first; a match its rule rejects (an age such as
    "6-year-old", a bare "half") still blocks the shorter matches inside it. spaCy's DATE/TIME
    entities then fill the gaps.
    """
    text = doc.text if text is None else text
    paras = _paragraphs(text)
    found: list[Candidate] = []
    for rule in RULES:
        first, *more = rule.gate_sets  # Rule.may_match, inlined: it runs for every rule and paragraph
        regex, gate_re = rule.regex, rule.gate_re
        for start, end, para, present in paras:
            if first.isdisjoint(present) or (more and any(g.isdisjoint(present) for g in more)) \
                    or (gate_re is not None and gate_re.search(para) is None):
                continue
            for m in regex.finditer(text, start, end):
                if m.end() > m.start():
                    found.append(Candidate(m.start(), m.end(), m[0], rule.name, m))
    labels = _ent_labels(doc) if found else {}
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    occupied = bytearray(len(text) + 1)
    taken: list[Candidate] = []
    for c in found:
        if any(occupied[c.start:c.end]):
            continue
        if _is_name(c, text):  # nor may spaCy's entity there be
            occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
            continue
        if not _ok(c, doc, labels, text):
            continue
        occupied[c.start:c.end] = b"\x01" * (c.end - c.start)
        if c.match is not None and apply_rule(c.rule, c.match, _PROBE.anchor) is not None:
            taken.append(c)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        s, e = _trim_ent(text, ent)
        t = text[s:e]
        if e <= s or any(occupied[s:e]) or _AGE.search(t) or not _TIMEWORD.search(t):
            continue
        occupied[s:e] = b"\x01" * (e - s)
        taken.append(Candidate(s, e, t, "spacy"))
    taken.sort(key=lambda c: c.start)
    return taken


_PAST_TAGS = {"VBD"}


def _is_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")


_FUTURE_WORDS = word_list("future_auxiliaries")
_FUTURE_HEADS = word_list("intent_words")  # "plans to", "is due to": the infinitive lies ahead


def clause_tense(doc, start: int, end: int, text: str | None = None, scheduled: bool = False) -> str | None:
    """"past", "present", "future" or None: the tense of the verb governing the span ``start:end``.

    Wording just before the span that points ahead ("until", "as early as") makes it future; an
    expression modifying a noun ("Wednesday's ruling") has no clause tense. With ``scheduled``
    (weekdays), the simple present of a non-reporting verb is a schedule, hence future.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if _AHEAD.search((doc.text if text is None else text)[max(0, start - 16):start]):
        verb = next((t for t in span.root.ancestors if _is_verb(t)), None)
        if verb is None or not any(c.text.lower() == "had" for c in verb.children):  # "had been due Friday"
            return "future"
    tok = span.root
    if tok.dep_ in ("poss", "compound", "nmod", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
        return None
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            tense = _verb_tense(tok, 0)
            if scheduled and tok.lemma_.lower() in _PLANNING and tok.dep_ not in ("acl", "amod", "relcl") \
                    and any(c.dep_ == "dobj" for c in tok.children) \
                    and not any(c.text.lower() == "had" for c in tok.children):
                return "future"  # "planned a rally on Saturday", "has scheduled a news conference Thursday"
            if tense == "present" and scheduled and tok.tag_ in ("VBP", "VBZ") \
                    and tok.lemma_.lower() not in _REPORTING and not any(c.dep_ == "aux" for c in tok.children):
                return "future"  # news present of a schedule: "leaders meet Monday"
            return tense
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


_PLANNING = word_list("planning_verbs")
# "says Monday", "is Monday", "has Monday": the simple present of these is no schedule
_REPORTING = word_list("reporting_verbs") | {"be", "have"}


_AHEAD = re.compile(r"\b(?:until|till|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|in\s+time\s+for|scheduled\s+for|"
                    r"planned\s+for|set\s+for|due)\s+(?:on\s+)?$", re.I)


def _verb_tense(tok, depth: int) -> str | None:
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    words = {a.text.lower() for a in auxes}
    if words & _FUTURE_WORDS or "going" in words:
        return "future"
    if tok.tag_ == "MD" and tok.text.lower() in _FUTURE_WORDS:
        return "future"
    if words & {"has", "have", "had", "'s", "'ve", "'d"} and tok.tag_ in ("VBN", "VBG"):
        return "past"
    if any(a.tag_ == "VBD" for a in auxes) or tok.tag_ == "VBD":
        return "past"
    if tok.tag_ == "VB" and any(a.text.lower() == "to" for a in auxes):
        head = tok.head
        if head.i != tok.i and head.lemma_.lower() == "be" and head.tag_ in ("VBZ", "VBP"):
            return "future"  # "is to resume trading Tuesday"
        if head.i == tok.i or head.lemma_.lower() in _FUTURE_HEADS or depth > 3:
            return "future"
        return _verb_tense(head, depth + 1) if head.pos_ in ("VERB", "AUX") else "future"
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "relcl"):
        return "past"
    if tok.tag_ in ("VBP", "VBZ", "VBG", "VB"):
        if tok.tag_ == "VBG" and tok.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "acl", "conj", "pcomp") and tok.head.i != tok.i \
                and depth < 3 and tok.head.pos_ in ("VERB", "AUX"):
            return _verb_tense(tok.head, depth + 1)
        return "present"
    return None
