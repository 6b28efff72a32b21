"""The second round of ``tools/grow_lexicon.py``: WordNet's derivational and synonym links of the
entries already accepted, each a general fact of English word formation.

The first round (``grow_lexicon.propose``) grows every PLOVER category from seed senses. This
round starts from what that round and the hand-written lexicon accepted, each entry in one
WordNet sense (the sense its provenance ends in; for a hand-written lemma, its sense that lies
under a seed of its category), and proposes with the same category:

* the event nouns derived from each accepted verb, also those that name what is given
  (``noun.possession``: "donate" -> "donation"): ``>deriv:`` of a verb;
* the verbs derived from each accepted event noun ("ambush" -> "ambuscade", "conscription" ->
  "conscript", "brawl" -> "brawl"): ``>deriv:`` of a noun, only verbs of acts between parties;
* the synonyms (phrasal verbs included: "overthrow" -> "bring_down", "subvert") of the seeded
  sense of each hand-written lemma: ``hand:LEMMA>wn:SENSE``.

A word enters only where the sense it was reached in is a common sense of it (the first
round's ``_sense_ok``); a proposal made for two categories is dropped.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["CURATION_COLUMNS", "NOUN_FILES", "VERB_FILES", "MAX_UP", "curated", "propose_more", "read_curation",
           "seed_index", "seeded_sense"]

#: Lexicographer files of event nouns reached by derivation: acts, speech acts, events, and what
#: is given or taken ("donation", "grant", "confiscation").
NOUN_FILES = frozenset({"noun.act", "noun.communication", "noun.event", "noun.possession"})
#: Lexicographer files of verbs reached from an event noun: acts between parties (fighting, touching,
#: social acts, speech, giving and taking, moving); no verbs of feeling, thought or being.
VERB_FILES = frozenset({"verb.competition", "verb.contact", "verb.social", "verb.communication",
                        "verb.possession", "verb.motion"})
#: How many hypernym steps a hand-written lemma's sense may lie under a seed of its category.
MAX_UP = 3

Add = Callable[[tuple[str, str, str], str, str], None]


def seed_index(wn, tables: Iterable[dict[str, dict[str, int]]]) -> dict:
    """``synset -> categories`` of the seed senses of ``tables`` (``SEEDS``, ``NOUN_SEEDS``)."""
    out: dict = {}
    for table in tables:
        for typ, chosen in table.items():
            for name in chosen:
                out.setdefault(wn.synset(name), set()).add(typ)
    return out


def seeded_sense(wn, lemma: str, typ: str, tag: str, seeds: dict, max_rank: int = 3):
    """The first of ``lemma``'s ``max_rank + 1`` most frequent senses that is, or lies at most
    :data:`MAX_UP` hypernym steps under, a seed of category ``typ``; None if none does.

    Examples
    --------
    >>> wn = open_wordnet()  # doctest: +SKIP
    >>> seeds = seed_index(wn, (SEEDS, NOUN_SEEDS))  # doctest: +SKIP
    >>> seeded_sense(wn, "overthrow", "COERCE", "v", seeds).name()  # doctest: +SKIP
    'overthrow.v.01'
    """
    for sense in wn.synsets(lemma, tag)[:max_rank + 1]:
        level, seen = [sense], {sense}
        for _ in range(MAX_UP + 1):
            if any(typ in seeds.get(s, ()) for s in level):
                return sense
            level = [h for s in level for h in s.hypernyms() if h not in seen]
            seen.update(level)
    return None


def _derived(wn, lem, sense_ok) -> list[tuple[str, str, object]]:
    """(part of speech, word, synset) of the words derived from WordNet lemma ``lem`` that name
    an event: nouns of :data:`NOUN_FILES` for a verb, verbs of :data:`VERB_FILES` for a noun, each
    only where that synset is a common sense of the word."""
    out = []
    want = ("n", NOUN_FILES) if lem.synset().pos() == "v" else ("v", VERB_FILES)
    for d in sorted(lem.derivationally_related_forms(), key=lambda x: (x.synset().name(), x.name())):
        syn, word = d.synset(), d.name().lower()
        if syn.pos() == want[0] and syn.lexname() in want[1] and word.isalpha() and sense_ok(wn, word, syn, want[0]):
            out.append(("N" if want[0] == "n" else "V", word, syn))
    return out


def _accepted(wn, rows: list[str], lines: list[list[str]], seeds: dict, last_synset) -> list[tuple]:
    """(part of speech, lemma, category, synset, provenance) of each bare entry accepted so far:
    the grown rows in the sense their provenance ends in (no gerunds: their sense is the verb's),
    the hand-written lines in their seeded sense (:func:`seeded_sense`), if any."""
    out = []
    for row in rows:
        pos, lemma, when, typ, _, _, source = row.split("\t")
        if when == "." and ">ing:" not in source:
            out.append((pos, lemma, typ, last_synset(wn, source), source))
    for pos, lemma, when, typ, *_ in lines:
        if when == "." and typ != "-":
            sense = seeded_sense(wn, lemma, typ, pos.lower(), seeds)
            if sense is not None:
                out.append((pos, lemma, typ, sense, f"hand:{lemma}>wn:{sense.name()}"))
    return out


def propose_more(wn, rows: list[str], lines: list[list[str]], seeds: dict, *, sense_ok, entry, noun_entry,
                 last_synset) -> dict[tuple[str, str, str], tuple[str, str]]:
    """The second round's proposals, ``(pos, lemma, conditions) -> (category, provenance)``, from
    the grown ``rows`` and the hand-written ``lines`` (see the module); the first round's helpers
    (``_sense_ok``, ``_entry``, ``_noun_entry``, ``_last_synset``) are passed in."""
    found = Proposals()
    add = found.add
    for pos, lemma, typ, sense, source in _accepted(wn, rows, lines, seeds, last_synset):
        tag = pos.lower()
        for lem in sense.lemmas():
            if source.startswith("hand:"):  # the synonyms of a hand-written lemma's seeded sense
                got = (entry if tag == "v" else noun_entry)(lem.name())
                if got is not None and lem.name().lower() != lemma and sense_ok(wn, lem.name(), sense, tag):
                    add((pos, got[0], got[1]), typ, source)
            if lem.name().lower() == lemma:
                for dpos, word, dsyn in _derived(wn, lem, sense_ok):
                    add((dpos, word, "."), typ, f"{source}>deriv:{dsyn.name()}")
    return found.kept()


class Proposals:
    """Lexicon proposals ``(pos, lemma, conditions) -> (category, provenance)``; the first
    provenance of a key is kept, and a key proposed for two categories is dropped (ambiguous).

    >>> p = Proposals()
    >>> p.add(("V", "shell", "."), "ASSAULT", "a"); p.add(("V", "shell", "."), "ASSAULT", "b")
    >>> p.add(("V", "charge", "."), "ACCUSE", "c"); p.add(("V", "charge", "."), "ASSAULT", "d")
    >>> p.kept()
    {('V', 'shell', '.'): ('ASSAULT', 'a')}
    """

    def __init__(self) -> None:
        self.out: dict[tuple[str, str, str], tuple[str, str]] = {}
        self.clash: set[tuple[str, str, str]] = set()

    def add(self, key: tuple[str, str, str], typ: str, source: str) -> None:
        """Propose ``key`` for category ``typ`` from ``source``."""
        if key in self.out and self.out[key][0] != typ:
            self.clash.add(key)
        self.out.setdefault(key, (typ, source))

    def kept(self) -> dict[tuple[str, str, str], tuple[str, str]]:
        """The proposals made for one category only."""
        return {k: v for k, v in self.out.items() if k not in self.clash}


#: The columns of ``tools/lexicon_curation.tsv``, one row per judged proposal.
CURATION_COLUMNS = ("pos", "lemma", "when", "synset", "category", "verdict", "reason", "path")


def read_curation(path) -> list[dict[str, str]]:
    """The judged proposals of the curation record ``path`` (see its header), as dicts of
    :data:`CURATION_COLUMNS`; empty when it does not exist. A malformed row raises ValueError.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "c.tsv"
    >>> _ = p.write_text("# note\\nV\\tstrafe\\t.\\tstrafe.v.01\\tASSAULT\\taccept\\tthe gloss is the act\\twn:x\\n")
    >>> [(r["lemma"], r["verdict"]) for r in read_curation(p)]
    [('strafe', 'accept')]
    """
    from pathlib import Path

    path = Path(path)
    if not path.exists():
        return []
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != len(CURATION_COLUMNS) or cols[5] not in ("accept", "reject") or not cols[6].strip():
            raise ValueError(f"{path} line {n}: expected {len(CURATION_COLUMNS)} columns, a verdict "
                             f"accept/reject and a reason: {line!r}")
        out.append(dict(zip(CURATION_COLUMNS, cols, strict=True)))
    return out


def curated(rows: list[dict[str, str]]) -> tuple[dict[tuple[str, str, str], tuple[str, str]], set]:
    """The accepted rows of a curation record as proposals ``(pos, lemma, conditions) ->
    (category, "cur:SYNSET<-PATH")``, and the (pos, lemma, conditions) refused.

    >>> rows = [dict(zip(CURATION_COLUMNS, ("N", "bomb", "mod=car", "car_bomb.n.01", "ASSAULT", "accept",
    ...                                     "a bomb in a car", "wn:bombing.n.01"), strict=True)),
    ...         dict(zip(CURATION_COLUMNS, ("N", "round", ".", "round.n.05", "ASSAULT", "reject",
    ...                                     "ammunition sense rare in news", "wn:x"), strict=True))]
    >>> acc, rej = curated(rows)
    >>> acc
    {('N', 'bomb', 'mod=car'): ('ASSAULT', 'cur:car_bomb.n.01<-wn:bombing.n.01')}
    >>> rej
    {('N', 'round', '.')}
    """
    accepted, refused = {}, set()
    for r in rows:
        key = (r["pos"], r["lemma"], r["when"])
        if r["verdict"] == "accept":
            accepted[key] = (r["category"], f"cur:{r['synset']}<-{r['path']}")
        else:
            refused.add(key)
    return accepted, refused
