"""Grow the event lexicon from WordNet 3.0: see ``main``."""
from __future__ import annotations

import shutil
import tempfile
import warnings
from functools import lru_cache
from pathlib import Path

from grow_classes import ADJ_CLASSES, CLASSES, adjective_words, class_words, write_classes
from lexicon_channels import Proposals, curated, propose_more, read_curation, seed_index
from lexicon_seeds import ARG_SEEDS, CLASS_SEEDS, DOMINANT_ACCEPT, EXCLUDE, LABELS, NO_BACKOFF, NOUN_SEEDS, SEEDS

__all__ = ["ADJ_CLASSES", "ARG_SEEDS", "CLASSES", "CLASS_SEEDS", "DOMINANT_ACCEPT", "EXCLUDE", "LABELS",
           "NOUN_SEEDS", "NO_BACKOFF", "SEEDS", "adjective_words", "class_words", "dominant", "gerund", "main",
           "open_wordnet", "propose", "sense_share", "usage_counts"]

WORDNET = Path("/usr/share/wordnet")
#: The lexicographer file names of WordNet 3.0 (its ``lexnames`` file, which Debian's
#: wordnet-base does not ship; nltk's reader needs it).
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive
noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation
noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication
verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
verb.possession verb.social verb.stative verb.weather adj.ppl""".split()


def open_wordnet(path: Path = WORDNET):
    """nltk's WordNet reader on a WordNet 3.0 database directory (Debian: /usr/share/wordnet),
    with its sense tag counts (``cntlist.rev``: how often each sense was seen in tagged text)."""
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    root = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for f in path.iterdir():  # copied: nltk refuses files that resolve outside its root
        if f.is_file() and f.name.split(".")[0] in ("data", "index", "adj", "adv", "noun", "verb", "cntlist"):
            shutil.copyfile(f, root / f.name)
    pos_no = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
    lexnames = "".join(f"{i:02d}\t{n}\t{pos_no[n.split('.')[0]]}\n" for i, n in enumerate(LEXNAMES))
    (root / "lexnames").write_text(lexnames)
    nltk.data.path.append(str(root))

    class Reader(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):  # no mapping to nltk's own download: this is 3.0
            return None

    with warnings.catch_warnings():  # "multilingual functions are not available": not used here
        warnings.simplefilter("ignore", UserWarning)
        return Reader(str(root), None)

#: Particles of phrasal verbs ("step_down" -> step + prt=down).
PARTICLES = frozenset({"up", "down", "out", "off", "back", "in", "away", "over", "on", "aside", "together"})
#: Prepositions of prepositional verbs ("side_with" -> side + prep=with, "confer_with", "call_on").
PREPOSITIONS = frozenset({"with", "to", "against", "for", "into", "at", "upon"})
#: Noun lexicographer files of event nouns (acts, speech acts, events, and states of
#: conflict or confinement: "a truce", "detention").
EVENT_NOUN_FILES = frozenset({"noun.act", "noun.communication", "noun.event"})
SEED_NOUN_FILES = EVENT_NOUN_FILES | {"noun.state", "noun.group"}
#: How far down a lemma's sense list the seeded sense may be: senses are ordered by
#: frequency, so a lemma whose seeded sense is rare is more often something else.
MAX_RANK = 3
#: The least share of a lemma's tagged uses (WordNet's sense tag counts, add-one smoothed
#: over its senses) its seeded sense must have, below the first sense: "attack" as "criticise"
#: (share 0.20) is kept, "free" as "exempt" (0.07) is not.
MIN_SHARE = 0.1


def sense_share(wn, lemma: str, synset, pos: str) -> float:
    """The share of ``lemma``'s tagged uses that are ``synset`` (add-one smoothed): 1.0 for
    a lemma with one sense, 0.0 when ``synset`` is not a sense of it.

    Examples
    --------
    >>> wn = open_wordnet()  # doctest: +SKIP
    >>> round(sense_share(wn, "attack", wn.synset("attack.v.02"), "v"), 2)  # doctest: +SKIP
    0.2
    """
    senses = wn.synsets(lemma, pos)
    if synset not in senses:
        return 0.0
    name = lemma.lower()

    def count(syn) -> int:
        return sum(lem.count() for lem in syn.lemmas() if lem.name().lower() == name)

    counts = [count(x) + 1 for x in senses]
    return counts[senses.index(synset)] / sum(counts)


def _sense_ok(wn, lemma: str, synset, pos: str) -> bool:
    """Whether ``synset`` is a common enough sense of ``lemma`` to stand for it: its first
    sense, or one among the first ``MAX_RANK + 1`` with at least ``MIN_SHARE`` of its uses."""
    senses = wn.synsets(lemma, pos)
    rank = senses.index(synset) if synset in senses else 99
    return rank == 0 or (rank <= MAX_RANK and sense_share(wn, lemma, synset, pos) >= MIN_SHARE)


def _entry(name: str) -> tuple[str, str] | None:
    """(lemma, conditions) of a WordNet verb lemma name: a word, or a phrasal verb
    ("step_down", "side_with", "stick_up_for", "join_forces": a verb and its object)."""
    parts = name.lower().split("_")
    if not all(p.isalpha() for p in parts):
        return None
    if len(parts) == 1:
        return parts[0], "."
    if len(parts) == 2 and parts[1] in PARTICLES:
        return parts[0], f"prt={parts[1]}"
    if len(parts) == 2 and parts[1] in PREPOSITIONS:
        return parts[0], f"prep={parts[1]}"
    if len(parts) == 3 and parts[1] in PARTICLES and parts[2] in PREPOSITIONS:
        return parts[0], f"prt={parts[1]};prep={parts[2]}"
    if len(parts) == 2 and parts[1].endswith("s") and len(parts[1]) > 3 and parts[1] not in PARTICLES:
        return parts[0], f"obj={parts[1][:-1]}"  # "join_forces", "exchange_blows": a plural object
    return None


def _noun_entry(name: str) -> tuple[str, str] | None:
    """(lemma, conditions) of a WordNet noun lemma name: a word, or a compound whose last
    word is modified by the first ("hunger_strike" -> strike with mod=hunger)."""
    parts = name.lower().split("_")
    if not all(p.isalpha() for p in parts):  # "cease-fire": the tokenizer splits it
        return None
    if len(parts) == 1:
        return parts[0], "."
    if len(parts) == 2 and parts[1] not in PARTICLES and not parts[0].endswith("ing"):
        return parts[1], f"mod={parts[0]}"
    return None


def _derived_nouns(wn, lem) -> list[tuple[str, str]]:
    """(noun, synset name) of the event nouns derived from verb lemma ``lem`` ("resign" ->
    "resignation"): acts, speech acts and events that are a common sense of the noun."""
    out = []
    for d_lem in sorted(lem.derivationally_related_forms(), key=lambda x: x.synset().name()):
        nsyn = d_lem.synset()
        word = d_lem.name().lower()
        if (nsyn.pos() == "n" and nsyn.lexname() in EVENT_NOUN_FILES and word.isalpha()
                and _sense_ok(wn, word, nsyn, "n")):
            out.append((word, nsyn.name()))
    return out


def _walk(wn, seeds: dict[str, int]):
    """Each synset under ``seeds`` (to its depth of hyponyms), with its provenance, and the
    verb groups and "also see" synsets of each seed (same sense, other wording: "second"
    beside "back"), not followed further."""
    for seed, depth in seeds.items():
        level = [(wn.synset(seed), f"wn:{seed}")]
        for d in range(depth + 1):
            nxt = []
            for syn, source in level:
                yield syn, source
                for rel, kin in (("group", syn.verb_groups()), ("also", syn.also_sees())) if d == 0 else ():
                    for k in sorted(kin, key=lambda x: x.name()):
                        if k.pos() == syn.pos():
                            yield k, f"{source}>{rel}:{k.name()}"
                if d < depth:
                    nxt += [(h, f"{source}>hypo:{h.name()}") for h in sorted(syn.hyponyms(), key=lambda x: x.name())]
            level = nxt


#: Categories of material acts, whose verbs' "-ing" nominals name the act itself ("the
#: shelling of the town", "the jailing of", "the airlifting of supplies").
GERUND_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def gerund(wn, verb: str) -> str:
    """The "-ing" form of ``verb``: from WordNet's exception list where it has one
    ("admitting", "banning"), else by the regular rule.

    Examples
    --------
    >>> wn = open_wordnet()  # doctest: +SKIP
    >>> gerund(wn, "ban"), gerund(wn, "shell"), gerund(wn, "seize"), gerund(wn, "tie")  # doctest: +SKIP
    ('banning', 'shelling', 'seizing', 'tying')
    """
    forms = _ing_forms(wn).get(verb)
    if forms:
        return sorted(forms)[0]
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


@lru_cache(maxsize=2)
def _ing_forms(wn) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for form, lemmas in wn._exception_map["v"].items():
        if form.endswith("ing"):
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out


def _gerund_ok(wn, word: str) -> bool:
    """A gerund is an event noun unless WordNet gives it a first sense that is no act
    ("building", "housing")."""
    senses = wn.synsets(word, "n")
    return word.isalpha() and (not senses or senses[0].lexname() in EVENT_NOUN_FILES)


def _add_gerunds(wn, out: dict, hand_verbs: dict[str, str], add) -> None:
    """The "-ing" nominals of the bare verbs of the material categories, proposed and hand-written,
    save those of refused verbs (their gerunds share their other senses)."""
    verbs = [(lemma, typ, src) for (pos, lemma, cond), (typ, src) in sorted(out.items()) if pos == "V" and cond == "."]
    verbs += [(verb, typ, f"hand:{verb}") for verb, typ in sorted(hand_verbs.items())]
    for verb, typ, src in verbs:
        word = gerund(wn, verb)
        refused = verb in EXCLUDE or f"{verb} ." in EXCLUDE or verb in NO_BACKOFF
        if typ in GERUND_TYPES and not refused and ("N", word, ".") not in out and _gerund_ok(wn, word):
            add(("N", word, "."), typ, f"{src}>ing:{verb}")


def dominant(wn, max_up: int = 3):
    """``(pos, lemma, conditions, category, provenance)`` of every WordNet verb and event noun
    whose dominant sense (its first, with at least half its tagged uses) lies at most
    ``max_up`` hypernym steps under a seed of exactly one category."""
    seeds: dict = {}
    for table in (SEEDS, NOUN_SEEDS):
        for typ, chosen in table.items():
            for name in chosen:
                seeds.setdefault(wn.synset(name), set()).add(typ)
    for pos, tag, entry in (("V", "v", _entry), ("N", "n", _noun_entry)):
        for name in sorted(wn.all_lemma_names(tag)):
            got = entry(name)
            senses = wn.synsets(name, tag)
            if got is None or not senses or (tag == "n" and senses[0].lexname() not in SEED_NOUN_FILES):
                continue
            if len(senses) > 1 and sense_share(wn, name, senses[0], tag) < 0.5:
                continue
            found = seed_above(senses[0], seeds, max_up)
            if found is not None and len(seeds[found[0]]) == 1:
                yield pos, got[0], got[1], next(iter(seeds[found[0]])), f"dom:{found[1]}"


def seed_above(sense, seeds, max_up: int):
    """The nearest seed (a key of ``seeds``) at most ``max_up`` hypernym steps above ``sense``, with
    the path to it ("seed<...<sense"), breadth first; None when there is none."""
    level, path = [sense], {sense: sense.name()}
    for _ in range(max_up + 1):
        hit = next((s for s in level if s in seeds), None)
        if hit is not None:
            return hit, path[hit]
        nxt = []
        for s in level:
            for h in s.hypernyms():
                if h not in path:
                    path[h] = f"{h.name()}<{path[s]}"
                    nxt.append(h)
        level = nxt
    return None


def _from_seeds(wn, add) -> None:
    """The verbs of the verb seeds (a lemma only where the seed is a common sense of it), the
    event nouns derived from them, and the nouns of the noun seeds, passed to ``add``."""
    for typ, seeds in SEEDS.items():
        for syn, source in _walk(wn, seeds):
            for lem in syn.lemmas():
                got = _entry(lem.name())
                if got is not None and _sense_ok(wn, lem.name(), syn, "v"):
                    add(("V", got[0], got[1]), typ, source)
                for word, nsyn in _derived_nouns(wn, lem):  # judged by the noun's own senses
                    add(("N", word, "."), typ, f"{source}>deriv:{nsyn}")
    for typ, seeds in NOUN_SEEDS.items():
        for syn, source in _walk(wn, seeds):
            if syn.lexname() not in SEED_NOUN_FILES:
                continue
            for lem in syn.lemmas():
                got = _noun_entry(lem.name())
                if got is not None and (_sense_ok(wn, lem.name(), syn, "n") if got[1] == "." else
                                        wn.morphy(got[0], "n") == got[0]):  # a singular head
                    add(("N", got[0], got[1]), typ, source)


def _from_class_seeds(wn, add) -> None:
    """The verbs of :data:`CLASS_SEEDS` with their object class, and the event nouns derived from
    them with the class as "of" object and as modifier ("the transfer of arms", "arms shipments")."""
    for seed, (typ, classes, depth) in CLASS_SEEDS.items():
        for syn, source in _walk(wn, {seed: depth}):
            for lem in syn.lemmas():
                got = _entry(lem.name())
                if got is not None and "prep=" not in got[1] and "obj=" not in got[1]:
                    add(("V", got[0], f"obj={classes}" if got[1] == "." else f"{got[1]};obj={classes}"), typ,
                        f"{source}[{classes}]")
                    # money names a quantity beside a noun ("money supply", "budget provision"), no aid
                    nclasses = "|".join(c for c in classes.split("|") if c != "@money")
                    for word, nsyn in _derived_nouns(wn, lem) if nclasses else ():
                        for key in ("obj", "mod"):
                            add(("N", word, f"{key}={nclasses}"), typ, f"{source}>deriv:{nsyn}[{nclasses}]")


@lru_cache(maxsize=2)
def _dominant_list(wn) -> tuple:
    return tuple(dominant(wn))


def propose(wn, hand_verbs: dict[str, str] | None = None) -> dict[tuple[str, str, str], tuple[str, str]]:
    """Every proposal: ``(pos, lemma, conditions) -> (category, provenance)``; a proposal made
    for two categories is dropped (ambiguous).

    Verb seeds give their verbs (a lemma only when the seed is a common sense of it, see
    :func:`sense_share`) and the event nouns derived from them; noun seeds give their nouns.
    ``hand_verbs`` (lemma -> category of its bare entry in ``lexicon.tsv``) adds the event
    nouns derived from the first WordNet sense of each hand-written verb ("criticise" ->
    "criticism"), with the verb's category, unless a seed sense proposed the noun already.
    """
    found = Proposals()
    add, out = found.add, found.out
    _from_seeds(wn, add)
    for pos, lemma, cond, typ, source in _dominant_list(wn):
        if f"{pos} {lemma} {cond}" in DOMINANT_ACCEPT:
            add((pos, lemma, cond), typ, source)
    for seed, (typ, cond) in ARG_SEEDS.items():
        for lem in wn.synset(seed).lemmas():
            got = _entry(lem.name())
            if got is not None and ("prep=" not in got[1] or "prep=" not in cond):
                add(("V", got[0], cond if got[1] == "." else f"{got[1]};{cond}"), typ, f"wn:{seed}[{cond}]")
    _from_class_seeds(wn, add)
    _add_gerunds(wn, dict(out), hand_verbs or {}, add)
    for verb, typ in sorted((hand_verbs or {}).items()):
        senses = wn.synsets(verb, "v")
        for lem in (senses[0].lemmas() if senses else ()):
            if lem.name().lower() == verb:
                for word, nsyn in _derived_nouns(wn, lem):
                    if ("N", word, ".") not in out:  # a noun of a seed sense keeps its category
                        add(("N", word, "."), typ, f"hand:{verb}>wn:{senses[0].name()}>deriv:{nsyn}")
    return found.kept()


#: The Reuters-21578 corpus of the shared data, for the usage filter; its first ``HELD_OUT``
#: articles are left out (they are kept for checking what the lexicon finds).
REUTERS = next((p / "shared" for p in Path(__file__).resolve().parents[1:4] if (p / "shared").is_dir()),
               Path("shared")) / "corpora" / "reuters-21578.jsonl.gz"  # ../shared, or ../../shared from a worktree
HELD_OUT = 300
#: The most uses in the corpus (about one in a hundred articles) a bare entry may expect in
#: senses other than its seeded one (its uses times one minus :func:`sense_share`): a frequent
#: word whose event sense is a minor one ("opposition": mostly the parties) is wrong more often
#: than a rare one is right.
MAX_WRONG_USES = 200


def usage_counts(wn, path: Path = REUTERS, skip: int = HELD_OUT) -> dict[tuple[str, str], int]:
    """How often each WordNet (part of speech, lemma) is written in the articles of ``path``
    after the first ``skip`` (every lemma a word form may be: "charges" counts for the noun
    and the verb "charge"); empty when the corpus is absent."""
    import gzip
    import json
    import re
    from collections import Counter

    if not path.exists():
        return {}
    words: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= skip:
                words.update(re.findall(r"\b[a-z]+\b", json.loads(line)["text"]))  # no names, no "March"
    out: Counter[tuple[str, str]] = Counter()
    for word, k in words.items():
        for pos, tag in (("V", "v"), ("N", "n")):
            for lemma in set(wn._morphy(word, tag)):
                out[(pos, lemma)] += k
    return dict(out)


def _last_synset(wn, source: str):
    """The synset a provenance ends in ("wn:a.v.01>hypo:b.v.01" -> b.v.01; "dom:a.n.01<b.n.01" -> b.n.01;
    "cur:b.n.01<-PATH" -> b.n.01)."""
    if source.startswith("cur:"):
        return wn.synset(source[4:].split("<-", 1)[0])
    name = source.split(">")[-1].split(":", 1)[-1].split("[")[0].split("<")[-1]
    return wn.synset(name)


def expected_wrong(wn, pos: str, lemma: str, source: str, uses: dict[tuple[str, str], int]) -> float:
    """The uses of ``lemma`` in the usage corpus expected in other senses than the one its
    provenance ends in."""
    if ">ing:" in source:  # a gerund: wrong in as far as WordNet knows it in other senses than its first
        senses = wn.synsets(lemma, "n")
        share = sense_share(wn, lemma, senses[0], "n") if senses else 1.0
    else:
        share = sense_share(wn, lemma, _last_synset(wn, source), pos.lower())
    return uses.get((pos, lemma), 0) * (1 - share)


HAND = Path(__file__).resolve().parents[1] / "graphkit/ingest/data/lexicon.tsv"


def hand_lines(path: Path = HAND) -> list[list[str]]:
    """The entries of the hand-written lexicon, as lists of columns."""
    return [c for c in (line.split("\t") for line in path.read_text().splitlines())
            if len(c) >= 6 and not c[0].startswith("#")]


def select(wn, proposals: dict, lines: list[list[str]], uses: dict) -> tuple[list[str], int]:
    """The lexicon rows of ``proposals`` that the hand lexicon (``lines``) leaves open and the
    curation keeps, sorted by category, and how many were refused by their expected wrong uses."""
    # a hand-written lemma with a bare entry is decided by hand; one with conditional entries
    # only backs off to the grown bare sense when none of its conditions holds
    bare = {(c[0], c[1]) for c in lines if c[2] == "."}
    no_event = {c[1] for c in lines if c[0] == "V" and c[3] == "-"}  # verbs with senses that are no event
    conditional = {(c[0], c[1], c[2]) for c in lines}
    rows, refused = [], 0
    for (pos, lemma, when), (typ, source) in sorted(proposals.items(), key=lambda kv: (kv[1][0], kv[0])):
        if (pos, lemma) in bare or (pos, lemma, when) in conditional:
            continue
        read = source.startswith("cur:")  # a curated row: its uses were read
        # a refused lemma keeps the rows whose condition selects another sense: argument conditions,
        # and conditions a reader chose in the curation record ("legal action" of refused "action")
        if lemma in EXCLUDE and not (read and when != ".") and not any(
                c in when for c in ("*actor", "*org", "prep=to", "=@")):
            continue
        if f"{lemma} {when}" in EXCLUDE or (when == "." and lemma in NO_BACKOFF):
            continue
        if ">ing:" in source and source.rsplit(">ing:", 1)[1] in no_event:
            continue  # "releasing": the gerund cannot carry the conditions that tell the senses apart
        if when == "." and not read and expected_wrong(wn, pos, lemma, source, uses) > MAX_WRONG_USES:
            refused += 1
            continue
        rows.append("\t".join((pos, lemma, when, typ, ".", LABELS[typ], source)))
    return rows, refused


#: The curation record: proposals read and judged one by one (``tools/lexicon_propose.py``).
CURATION = Path(__file__).with_name("lexicon_curation.tsv")


def grow(wn, lines: list[list[str]], uses: dict, curation: Path = CURATION) -> tuple[list[str], int]:
    """The rows of the grown lexicon and how many were refused by their expected wrong uses: the
    first round (:func:`propose`), then the second (``lexicon_channels.propose_more``: derivations
    and synonyms of what the first round and the hand lexicon ``lines`` accepted), whose proposals
    count only where the first round made none for the same entry, then the rows a reader accepted
    in the ``curation`` record (``cur:``; not filtered by usage: the reader read their uses). A
    proposal the record refuses is left out whatever channel makes it."""
    hand_verbs = {c[1]: c[3] for c in lines if c[0] == "V" and c[2] == "." and c[3] != "-"}
    accepted, refused = curated(read_curation(curation))
    first = propose(wn, hand_verbs)
    rows, _ = select(wn, first, lines, uses)
    more = propose_more(wn, rows, lines, seed_index(wn, (SEEDS, NOUN_SEEDS)), sense_ok=_sense_ok, entry=_entry,
                        noun_entry=_noun_entry, last_synset=_last_synset)
    merged = {k: v for k, v in {**accepted, **more, **first}.items() if k not in refused}
    return select(wn, merged, lines, uses)


def main(argv: list[str] | None = None) -> int:
    """Write ``graphkit/ingest/data/lexicon_wordnet.tsv`` from WordNet and the seeds above.

    Entries for lemmas the hand-written lexicon (``lexicon.tsv``) already has are left out:
    there the hand entry decides. Run: ``python tools/grow_lexicon.py [--wordnet DIR]``.
    """
    import argparse

    ap = argparse.ArgumentParser(description="Grow the event lexicon from WordNet 3.0.")
    ap.add_argument("--wordnet", type=Path, default=WORDNET)
    ap.add_argument("--reuters", type=Path, default=REUTERS, help="usage corpus (JSON lines, gzip)")
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parents[1] / "graphkit/ingest/data/lexicon_wordnet.tsv")
    args = ap.parse_args(argv)
    wn = open_wordnet(args.wordnet)
    lines = hand_lines()
    uses = usage_counts(wn, args.reuters)
    rows, refused = grow(wn, lines, uses)
    header = ("# graphkit event lexicon grown from WordNet 3.0 (Princeton University; WordNet licence) by\n"
              "# tools/grow_lexicon.py: synonyms, hyponyms, phrasal and prepositional verbs and derived event\n"
              "# nouns of the verb and noun seed senses of each PLOVER category (tools/lexicon_seeds.py), a\n"
              "# lemma only where the seed is a common sense of it (WordNet tag counts); read-and-accepted\n"
              "# lemmas whose dominant sense lies under a seed (DOMINANT_ACCEPT); the event nouns derived from\n"
              "# the first sense of each verb of lexicon.tsv; verb groups of the seeds (>group:); the -ing nouns\n"
              "# of the material categories' verbs (>ing:VERB); verbs and derived nouns that are events only with\n"
              "# an object of an argument class (CLASS_SEEDS, [@class]); entries a reader accepted one by one in\n"
              "# tools/lexicon_curation.tsv (cur:SENSE<-proposal path). Refused: EXCLUDE and NO_BACKOFF (each\n"
              "# with its reason), the rows the curation refuses, and (but for curated rows) words frequent in\n"
              "# Reuters-21578 (articles after the first 300) in other senses.\n"
              "# An entry counts for a lemma lexicon.tsv gives no bare sense (there it is the back-off of the\n"
              "# hand conditions). Do not edit by hand: change the seeds and re-run.\n"
              "# Columns as in lexicon.tsv, then the provenance: seed synset (wn:) or hand verb (hand:) >\n"
              "# hyponym/derivation steps, or dom:SEED<hyponym<...<dominant sense, or cur:SENSE<-proposal path.\n")
    args.out.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} entries -> {args.out} ({refused} refused by their expected wrong uses in {args.reuters})")
    write_classes(wn, args.out.parent / "words", lambda noun: uses.get(("N", noun), 0) * (
        1 - sense_share(wn, noun, wn.synsets(noun, "n")[0], "n")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
