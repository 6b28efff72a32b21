"""The PLOVER trigger lexicon: verbs and event nouns to (category, mode, label).

The entries live in ``data/lexicon.tsv`` (one per line: part of speech, lemma, conditions,
PLOVER category, mode, label) and are read once per process. An entry may require a
particle ("blow up"), a preposition ("speak to"), an object ("work the phones"), the object
of a "with" phrase ("shower X with rockets"), a governing verb for a noun ("lodge a
protest"), a modifier ("military campaign"), a clausal complement ("declined to comment")
or negation ("did not accept"). Conditional entries are tried first, in file order, then the
bare lemma; an entry of category "-" stops the search (a sense that is no event: "met the
deadline", "declined to comment").

Examples
--------
>>> lookup_verb("meet")
Trigger(type='CONSULT', mode=None, label='met')
>>> lookup_noun("ceasefire") is None  # only with a governing verb ("declared a ceasefire")
True
>>> lookup_noun("ceasefire", gov="declare").type
'RETREAT'
>>> lookup_verb("work", obj={"phone"}).label
'worked the phones'
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from graphkit.ingest.words import word_list
from graphkit.models import PLOVER_TYPES

__all__ = ["Trigger", "Entry", "load_lexicon", "lookup_adjective", "lookup_verb", "lookup_noun", "CONDITION_KEYS",
           "LEXICON_FILES"]

#: The lexicon files, in order: the hand-written one, then the one grown from WordNet by
#: ``tools/grow_lexicon.py`` (its entries only for lemmas the first has not), then the predicate
#: adjectives of attitude grown by ``tools/grow_adjectives.py`` (part of speech ``A``).
LEXICON_FILES = ("lexicon.tsv", "lexicon_wordnet.tsv", "lexicon_adjectives.tsv")
#: Condition keys a lexicon entry may use (see the header of ``data/lexicon.tsv``).
CONDITION_KEYS = ("prt", "prep", "obj", "with", "gov", "mod", "neg", "comp", "subj", "pobj", "pred")


class Trigger(NamedTuple):
    """What a trigger means: a PLOVER category, a mode (or None) and the edge label."""

    type: str
    mode: str | None
    label: str


class Entry(NamedTuple):
    """One lexicon line: a lemma, its conditions (key -> allowed lemmas) and its trigger."""

    pos: str
    lemma: str
    conditions: tuple[tuple[str, frozenset], ...]
    trigger: Trigger


def _argument_class(name: str, where: str) -> frozenset[str]:
    """The words of argument class ``name`` ("@weapon"): data/words/class_NAME.txt, or a word list the
    pipeline already reads (data/words/NAME.txt: "@body_offices", the heads of offices in a body).

    Examples
    --------
    >>> "chairman" in _argument_class("@body_offices", "x"), "rifle" in _argument_class("@weapon", "x")
    (True, True)
    """
    for file in (f"class_{name[1:]}", name[1:]):
        try:
            return frozenset(word_list(file))
        except KeyError:
            continue
    raise ValueError(f"{where}: unknown argument class {name!r}")


def _parse_conditions(text: str, where: str) -> tuple[tuple[str, frozenset], ...]:
    if text == ".":
        return ()
    out = []
    for part in text.split(";"):
        key, _, values = part.partition("=")
        if key not in CONDITION_KEYS:
            raise ValueError(f"{where}: unknown condition {key!r}; allowed: {', '.join(CONDITION_KEYS)}")
        words: set[str] = set()
        for v in values.split("|"):
            if v[:3] in ("@N:", "@V:"):  # the lexicon's own nouns or verbs of a category, filled in by load_lexicon
                if v[3:] not in PLOVER_TYPES:
                    raise ValueError(f"{where}: {v!r} names no PLOVER category")
                words.add(v)
            elif v.startswith("@"):  # an argument class, defined once in data/words/class_NAME.txt
                words |= _argument_class(v, where)
            elif v:
                words.add(v)
        out.append((key, frozenset(words)))
    return tuple(out)


def _parse_line(line: str, where: str) -> Entry:
    cols = line.split("\t")
    if len(cols) not in (6, 7) or cols[0] not in ("V", "N", "A"):
        raise ValueError(f"{where}: expected 6 or 7 tab-separated columns starting with V, N or A: {line!r}")
    pos, lemma, when, typ, mode, label = cols[:6]
    if typ not in PLOVER_TYPES and typ != "-":
        raise ValueError(f"{where}: {typ!r} is not a PLOVER category")
    return Entry(pos, lemma, _parse_conditions(when, where), Trigger(typ, None if mode == "." else mode, label))


def _fill_noun_classes(lex: dict[str, dict[str, list[Entry]]]) -> None:
    """Replace each ``@N:TYPE`` (``@V:TYPE``) in a condition by the lexicon's event nouns (verbs)
    of that category ("halted the shelling": ``obj=@N:ASSAULT``; "warned it would strike":
    ``comp=@V:ASSAULT``), so a list of acts is defined once. A noun that is an act only with a
    modifier ("retaliatory measures") enters as ``*N:TYPE``, the fact of an object that is one."""
    words: dict[str, set[str]] = {}
    for pos in ("N", "V"):
        for lemma, entries in lex[pos].items():
            for e in entries:
                if pos == "N" and e.conditions and all(key == "mod" for key, _ in e.conditions):
                    # an act only with its modifier ("retaliatory measures", "air strike"): the
                    # object fact "*N:TYPE" (events.triggers) stands for it, never the bare noun
                    words.setdefault(f"@N:{e.trigger.type}", set()).add(f"*N:{e.trigger.type}")
                    continue
                words.setdefault(f"@{pos}:{e.trigger.type}", set()).add(lemma)
    for table in lex.values():
        for entries in table.values():
            for k, e in enumerate(entries):
                if any(v[:3] in ("@N:", "@V:") for _, vals in e.conditions for v in vals):
                    conds = tuple((key, frozenset(w for v in vals
                                                  for w in (words.get(v, set()) if v[:3] in ("@N:", "@V:") else {v})))
                                  for key, vals in e.conditions)
                    entries[k] = e._replace(conditions=conds)


@lru_cache(maxsize=1)
def load_lexicon() -> dict[str, dict[str, list[Entry]]]:
    """The packaged lexicon, read once: ``{"V": {lemma: [entries]}, "N": {...}}``.

    Conditional entries come first for each lemma, then the bare one. The entries of
    ``lexicon_wordnet.tsv`` (7th column: their WordNet provenance) count only for lemmas
    ``lexicon.tsv`` gives no bare sense: there the grown bare sense is the back-off when
    none of the hand-written conditions holds ("his resignation": ``resignation`` has only
    conditional hand entries such as "handed in his resignation").

    Examples
    --------
    >>> lex = load_lexicon()
    >>> len(lex["V"]) > 400 and len(lex["N"]) > 150
    True
    >>> lex["V"]["upbraid"][0].trigger.type  # grown from WordNet
    'ACCUSE'
    """
    lex: dict[str, dict[str, list[Entry]]] = {"V": {}, "N": {}, "A": {}}
    hand: set[tuple[str, str]] = set()
    for name in LEXICON_FILES:
        text = resources.files("graphkit.ingest").joinpath(f"data/{name}").read_text(encoding="utf-8")
        grown = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                entry = _parse_line(line, f"{name} line {n}")
                if name == LEXICON_FILES[0]:
                    if not entry.conditions:
                        hand.add((entry.pos, entry.lemma))
                elif (entry.pos, entry.lemma) in hand:
                    continue  # a hand-written bare sense decides
                grown.append(entry)
        for entry in grown:
            lex[entry.pos].setdefault(entry.lemma, []).append(entry)
    _fill_noun_classes(lex)
    for table in lex.values():
        for entries in table.values():
            entries.sort(key=lambda e: not e.conditions)  # stable: file order within each group
    return lex


def _holds(entry: Entry, facts: dict[str, set]) -> bool:
    for key, allowed in entry.conditions:
        have = facts.get(key) or set()
        if key == "neg" or (key == "comp" and not allowed):
            if not have:
                return False
        elif not (have & allowed):
            return False
    return True


def _lookup(pos: str, lemma: str, facts: dict[str, set], bare: bool = True) -> Trigger | None:
    for entry in load_lexicon()[pos].get(lemma.lower(), ()):
        if (entry.conditions or bare) and _holds(entry, facts):
            return None if entry.trigger.type == "-" else entry.trigger
    return None


def _facts(**kw: Iterable[str] | bool | str | None) -> dict[str, set]:
    facts: dict[str, set] = {}
    for key, value in kw.items():
        if value is None or value is False:
            continue
        if value is True:
            facts[key] = {"yes"}
        elif isinstance(value, str):
            facts[key] = {value}
        else:
            facts[key] = set(value)
    return facts


def lookup_verb(lemma: str, *, prt=None, prep=None, obj=None, with_=None, neg: bool = False,
                comp: bool = False, subj=None, pobj=None, bare: bool = True) -> Trigger | None:
    """The trigger for a verb lemma in a context, or None.

    Parameters
    ----------
    lemma : str
        The verb's lemma.
    prt, prep, obj, with_ : iterable of str, optional
        Lemmas of the verb's particles, prepositions, object (with its compounds,
        ``*actor`` when the object is an actor, ``*org`` when an organisation) and the object of its "with" phrase.
    neg : bool
        The verb is negated.
    comp : bool or iterable of str
        The verb has a clausal complement ("declined to comment"); its verb lemmas when given.
    subj : iterable of str, optional
        Lemmas of the verb's subject head and its compounds ("union members struck the plant").
    pobj : iterable of str, optional
        Lemmas of the objects of the verb's prepositions ("called for redemption").
    bare : bool
        Whether an entry without conditions may answer.

    Examples
    --------
    >>> lookup_verb("speak") is None
    True
    >>> lookup_verb("speak", prep={"to"}).label
    'spoke to'
    >>> lookup_verb("accept", neg=True).type
    'REJECT'
    >>> lookup_verb("decline", comp={"comment"}) is None  # no comment is no event
    True
    >>> lookup_verb("strike", subj={"worker"}, obj={"*actor"}).type  # a labour strike
    'PROTEST'
    >>> lookup_verb("send", obj={"rifle"}).type, lookup_verb("send", obj={"battalion"}).type  # @weapon, @force
    ('AID', 'MOBILIZE')
    """
    facts = _facts(prt=prt, prep=prep, obj=obj, neg=neg, comp=comp, subj=subj, pobj=pobj)
    if with_:
        facts["with"] = set(with_)
    return _lookup("V", lemma, facts, bare)


def lookup_noun(lemma: str, *, gov: str | None = None, mod=None, obj=None, pobj=None, pred=None,
                bare: bool = True) -> Trigger | None:
    """The trigger for an event noun, given its governing verb, modifiers and "of" object.

    Parameters
    ----------
    lemma : str
        The noun's lemma.
    gov : str, optional
        The lemma of the verb it is the object of ("lodged a protest").
    mod, obj : iterable of str, optional
        Lemmas of its adjectival and compound modifiers, and of the object of its "of"
        phrase with that object's compounds ("a suspension of interest payments").
    pobj : iterable of str, optional
        Lemmas of the objects of its other prepositions ("an attack on the cost of ...").
    pred : iterable of str, optional
        When it is a subject: the lemma of its verb and of that verb's adjective complement
        ("the strike entered its third day", "the retaliation was swift").
    bare : bool
        Whether an entry without conditions may answer.

    Examples
    --------
    >>> lookup_noun("talk").label
    'held talks with'
    >>> lookup_noun("protest", gov="lodge").type
    'ACCUSE'
    >>> lookup_noun("protest").type
    'PROTEST'
    >>> lookup_noun("war", mod={"price"}) is None  # a price war is no attack
    True
    >>> lookup_noun("suspension", obj={"payment", "interest"}) is None
    True
    >>> lookup_noun("strike", pred={"enter"}, bare=False).type  # a strike said to go on
    'PROTEST'
    """
    return _lookup("N", lemma, _facts(gov=gov, mod=mod, obj=obj, pobj=pobj, pred=pred), bare)


def lookup_adjective(lemma: str, *, prep=None, comp=None, bare: bool = True) -> Trigger | None:
    """The trigger for a predicate adjective of attitude ("critical of", "angry at"), or None.

    Parameters
    ----------
    lemma : str
        The adjective's lemma.
    prep : iterable of str, optional
        Its prepositions ("of" in "critical of the plan").
    comp : iterable of str, optional
        ``{"*clause"}`` when it has a finite clause with a subject of its own ("angry that X ...").
    bare : bool
        Whether an entry without conditions may answer.

    Examples
    --------
    >>> lookup_adjective("critical", prep={"of"}).type
    'ACCUSE'
    >>> lookup_adjective("critical", prep={"to"}) is None  # "critical to the economy"
    True
    """
    return _lookup("A", lemma, _facts(prep=prep, comp=comp), bare)


def __getattr__(name: str):
    if name == "VERBS":
        return {lemma: es[-1].trigger for lemma, es in load_lexicon()["V"].items()}
    if name == "NOUNS":
        return {lemma: es[-1].trigger for lemma, es in load_lexicon()["N"].items()}
    raise AttributeError(name)
