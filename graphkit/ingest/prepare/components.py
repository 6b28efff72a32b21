"""Faster drop-in versions of two spaCy components, with the same output.

In ``en_core_web_sm`` the ``attribute_ruler`` and the rule ``lemmatizer`` take about a fifth
of the parse, and both do per token what depends only on a few attributes of the token:

- the attribute ruler runs a :class:`spacy.matcher.Matcher` of ~180 patterns over every token,
  though each pattern is a fixed-length sequence of tests of single tokens (tag, lower form,
  dependency label; a handful span two tokens). :class:`FastAttributeRuler` finds which pattern
  steps a token passes from a memo keyed by the attributes the patterns read, joins the steps of
  the longer patterns over neighbouring tokens, and applies the matches as
  :class:`spacy.pipeline.AttributeRuler` does (same order; the token of a match without a Span);
- the rule lemmatizer computes ``lemmatize(token)[0]``, a function of the token's text, part
  of speech and morphology (spaCy's own cache key). :class:`FastLemmatizer` memoises that per
  ``(orth, pos, morph)`` and writes the lemmas with one ``Doc.from_array``.

:func:`speed_up` swaps the class of those components of a loaded pipeline (nothing else
changes: names, config, patterns, tables). A component whose patterns or mode fall outside
what the fast path understands is left as it is. Annotations are identical to spaCy's;
``tests/ingest/prepare/test_components.py`` compares every token attribute.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": "kerry"}]], {"POS": "PROPN"})
>>> ruler.add([[{"LOWER": "met"}, {"LOWER": "abbas"}]], {"LEMMA": "meet"})
>>> speed_up(nlp)
['attribute_ruler']
>>> [(t.pos_, t.lemma_) for t in nlp("Kerry met Abbas")]
[('PROPN', ''), ('', 'meet'), ('', '')]
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Table
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["speed_up", "FastAttributeRuler", "FastLemmatizer", "FastEnglishLemmatizer"]

#: Token attributes a pattern step may test for the memo to answer it.
_KEYS = frozenset({"ORTH", "LOWER", "TAG", "POS", "DEP", "IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA"})
#: Memo entries kept before a memo is emptied (bounds memory on endless streams).
MEMO_LIMIT = 500_000


_Test = tuple[Callable[[int], bool], "frozenset[int] | None"]


def _test(key: str, value, strings) -> _Test | None:
    """The test one pattern entry makes of the attribute's int value, as the Matcher makes it, with
    the values it accepts when they are a finite set; None when the fast path does not understand
    the entry (the ruler then stays as it is)."""
    if key.startswith("IS_"):
        return (int(value).__eq__, None) if isinstance(value, bool) else None
    if isinstance(value, str):
        want = get_string_id(value)
        return want.__eq__, frozenset({want})
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "REGEX" and isinstance(arg, str):
        return (lambda v, rx=re.compile(arg): bool(rx.search(strings[v]))), None
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        values = frozenset(get_string_id(a) for a in arg)
        return (values.__contains__, values) if op == "IN" else ((lambda v: v not in values), None)
    return None


class _Plan:
    """The attribute ruler's patterns as per-position token tests, answered per token from a memo.

    Every pattern the fast path accepts is a fixed-length sequence of token tests (no ``OP``), so
    a pattern of length L matches at token i when token i + j passes its test j for each j < L;
    whether a token passes a test depends only on the attributes in :attr:`columns`. A step that
    accepts a finite set of values of some attribute is indexed under those values, so a token
    new to the memo is tried only against the steps that can match it.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.ok = True
        self.n_attrs = len(ruler.attrs)
        #: (attr id, match id, length) of every pattern
        self.patterns: list[tuple[int, int, int]] = []
        steps: list[tuple[int, int, dict[str, _Test]]] = []  # (pattern, position, tests)
        for i in range(len(ruler.attrs)):
            match_id = strings[str(i)]
            registered = ruler.matcher.get(match_id)
            if registered is None:  # a key without patterns: not the layout AttributeRuler.add makes
                self.ok = False
                return
            for pattern in registered[1]:
                if not pattern:
                    self.ok = False
                    return
                for j, token in enumerate(pattern):
                    step = {}
                    for key, value in token.items():
                        test = _test(key, value, strings) if key in _KEYS else None
                        if test is None:
                            self.ok = False
                            return
                        step[key] = test
                    steps.append((len(self.patterns), j, step))
                self.patterns.append((i, match_id, len(pattern)))
        self.attrs = sorted({k for _, _, step in steps for k in step})
        self.columns = [IDS[k] for k in self.attrs]
        # each step under the finite values of its most selective attribute, else in `general`
        self.index: dict[tuple[int, int], list[tuple[int, int, list[Callable[[int], bool]], list[int]]]] = {}
        self.general: list[tuple[int, int, list[Callable[[int], bool]], list[int]]] = []
        for k, j, step in steps:
            entry = (k, j, [t for t, _ in step.values()], [self.attrs.index(key) for key in step])
            finite = [(len(vals), key, vals) for key, (_, vals) in step.items() if vals is not None]
            if finite:
                _, key, vals = min(finite)
                col = self.attrs.index(key)
                for v in vals:
                    self.index.setdefault((col, v), []).append(entry)
            else:
                self.general.append(entry)
        self.memo: dict[tuple, tuple[tuple[tuple[int, int], ...], frozenset[tuple[int, int]]]] = {}

    def passes(self, values: tuple) -> tuple[tuple[tuple[int, int], ...], frozenset[tuple[int, int]]]:
        """For a token with ``values``: (attr id, match id) of the one-token patterns it matches,
        and the (pattern, position) steps of longer patterns it passes."""
        got = self.memo.get(values)
        if got is None:
            candidates = [*self.general]
            for col, v in enumerate(values):
                candidates.extend(self.index.get((col, v), ()))
            single: dict[tuple[int, int], None] = {}  # one match per key and token, as the Matcher
            steps = set()
            for k, j, tests, cols in sorted(candidates, key=lambda c: (c[0], c[1])):
                if all(test(values[c]) for test, c in zip(tests, cols, strict=True)):
                    attr_id, match_id, length = self.patterns[k]
                    if length == 1:
                        single[(attr_id, match_id)] = None
                    else:
                        steps.add((k, j))
            if len(self.memo) >= MEMO_LIMIT:
                self.memo.clear()
            got = self.memo[values] = (tuple(single), frozenset(steps))
        return got


class FastAttributeRuler(AttributeRuler):
    """:class:`spacy.pipeline.AttributeRuler` whose patterns are answered per token from a memo."""

    _graphkit_plan: _Plan

    def _plan(self) -> _Plan:
        plan = self.__dict__.get("_graphkit_plan")
        if plan is None or plan.n_attrs != len(self.attrs):  # patterns added since: plan again
            plan = self._graphkit_plan = _Plan(self)
        return plan

    def match(self, doc: Doc):
        plan = self._plan()
        if not plan.ok or len(doc) == 0:
            return super().match(doc)
        passes = plan.passes
        found: set[tuple[int, int, int, int]] = set()
        started: list[tuple[int, frozenset]] = []  # tokens passing some step of a longer pattern
        steps_at: dict[int, frozenset] = {}
        table = doc.to_array(plan.columns)
        for i, row in enumerate(table.reshape(len(doc), len(plan.columns)).tolist()):
            single, steps = passes(tuple(row))
            for attr_id, match_id in single:
                found.add((attr_id, match_id, i, i + 1))
            if steps:
                steps_at[i] = steps
                started.append((i, steps))
        n = len(doc)
        empty: frozenset = frozenset()
        for i, steps in started:
            for k, j in steps:
                attr_id, match_id, length = plan.patterns[k]
                if j == 0 and i + length <= n and all((k, jj) in steps_at.get(i + jj, empty)
                                                      for jj in range(1, length)):
                    found.add((attr_id, match_id, i, i + length))
        return sorted(found)

    def set_annotations(self, doc, matches):
        """As spaCy's, without a Span per match (the token is ``doc[start + index]``, or
        ``doc[end + index]`` for a negative index)."""
        attrs, indices = self.attrs, self.indices
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:  # spaCy's error for an index outside the match
                return super().set_annotations(doc, [(attr_id, match_id, start, end)])
            set_token_attrs(doc[at], attrs[attr_id])


class FastLemmatizer(Lemmatizer):
    """:class:`spacy.pipeline.Lemmatizer` (rule mode) memoising each ``(orth, pos, morph)``'s lemma."""

    def __call__(self, doc: Doc) -> Doc:
        if self.mode != "rule" or len(doc) == 0:
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            memo = self.__dict__.setdefault("_graphkit_memo", {})
            arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
            rows = arr.tolist()
            add = self.vocab.strings.add
            changed = False
            for i, (orth, pos, morph, lemma) in enumerate(rows):
                if self.overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    value = memo.get(key)
                    if value is None:
                        if len(memo) >= MEMO_LIMIT:
                            memo.clear()
                        value = memo[key] = add(self.rule_lemmatize(doc[i])[0])
                    arr[i, 3] = value
                    changed = True
            if changed:
                doc.from_array([LEMMA], cast(Any, arr[:, 3:4]))
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)
            return doc

    def rule_lemmatize(self, token) -> list[str]:
        """spaCy's rule lemmatisation, with the ``lemma_index`` word lists read as sets.

        spaCy tests ``form in index`` on lists of thousands of words (~170 µs a token); the same
        test on a set gives the same answer.
        """
        lookups = self.lookups
        fast = self.__dict__.get("_graphkit_lookups")
        if fast is None or fast.source is not lookups:
            fast = self._graphkit_lookups = _SetIndexLookups(lookups)
        self.lookups = fast  # type: ignore[assignment]  # read only through get_table
        try:
            return super().rule_lemmatize(token)
        finally:
            self.lookups = lookups


class _SetIndexLookups:
    """The tables of a :class:`spacy.lookups.Lookups`, with ``lemma_index`` values as frozensets."""

    def __init__(self, source) -> None:
        self.source = source
        table = source.get_table("lemma_index", {})
        self.index = Table(name="lemma_index", data={pos: frozenset(words) for pos, words in table.items()})

    def get_table(self, name: str, default=None):
        return self.index if name == "lemma_index" else self.source.get_table(name, default)


class FastEnglishLemmatizer(FastLemmatizer, EnglishLemmatizer):
    """:class:`FastLemmatizer` over spaCy's English lemmatizer (its ``is_base_form``)."""


def speed_up(nlp) -> list[str]:
    """Swap the attribute ruler and rule lemmatizer of ``nlp`` for their fast versions, in place.

    Returns the names of the components swapped. Only components of exactly spaCy's classes are
    swapped, and an attribute ruler only when all its patterns are ones the memo
    answers; anything else is left alone.
    """
    swapped = []
    for name, proc in nlp.pipeline:
        if type(proc) is AttributeRuler:
            plan = _Plan(proc)
            if not plan.ok:
                continue
            proc.__class__ = FastAttributeRuler
            proc.__dict__["_graphkit_plan"] = plan
        elif type(proc) is EnglishLemmatizer and proc.mode == "rule":
            proc.__class__ = FastEnglishLemmatizer
        elif type(proc) is Lemmatizer and proc.mode == "rule":
            proc.__class__ = FastLemmatizer
        else:
            continue
        swapped.append(name)
    return swapped
