"""Proposals for the curated channel of the grown event lexicon (``tools/lexicon_curation.tsv``).

The automatic channels of ``tools/grow_lexicon.py`` stop where WordNet's links stop being right
most of the time. This tool proposes further, for a reader to judge row by row; only the rows a
reader accepts enter the lexicon (``lexicon_channels.curated``). Its channels, each a WordNet link:

* ``deep``: verb and noun hyponyms one or two levels under the seeds' own depth;
* ``dom``: lemmas whose dominant sense lies up to four hypernym steps under a seed;
* ``mwe``: two-word event nouns (a modifier and a head: "car bomb", "peace talks") anywhere under
  a noun seed, or derived from a verb seed, whose head alone is no event of that category;
* ``deriv``: the event nouns and verbs derived from the grown entries, in their grown sense;
* ``group``: the verb groups and "also see" senses of the grown entries;
* ``roots``: the verbs (phrasal ones too) and derived event nouns of :data:`ROOTS`, and the nouns
  and compounds of :data:`NOUN_ROOTS`, more senses read from each category's definition, with two
  levels of hyponyms: proposals only, never seeds;
* ``class``: the verbs of :data:`CLASS_ROOTS`, events only with an object of an argument class;
* ``freq``: words written at least :data:`MIN_USES` times in Reuters-21578 one of whose four most
  frequent senses lies up to four hypernym steps under a seed (their uses decide: read them).

Each proposal is printed with its gloss, the rank and share of its sense, its uses in Reuters-21578
and a few concordance lines (``python tools/lexicon_propose.py --channel dom --out FILE``).
"""
from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import grow_lexicon as gl
from lexicon_channels import read_curation

__all__ = ["CHANNELS", "Proposal", "concordance", "known_entries", "new_proposals", "proposals"]

#: A proposal: (pos, lemma, conditions, synset name, category, proposal path).
Proposal = tuple[str, str, str, str, str, str]
#: The channels, in the order they are offered.
CHANNELS = ("dom", "mwe", "deep", "deriv", "group", "freq", "roots", "class")


def _below(syn, depth: int, path: str) -> Iterator[tuple[object, str, int]]:
    """Each hyponym of ``syn`` down to ``depth`` levels, with its path and level.

    >>> wn = gl.open_wordnet()  # doctest: +SKIP
    >>> next(_below(wn.synset("stab.v.01"), 1, "root:stab.v.01"))  # doctest: +SKIP
    (Synset('bayonet.v.01'), 'root:stab.v.01>hypo:bayonet.v.01', 1)
    """
    level = [(syn, path)]
    for d in range(1, depth + 1):
        level = [(h, f"{p}>hypo:{h.name()}") for s, p in level for h in sorted(s.hyponyms(), key=lambda x: x.name())]
        for h, p in level:
            yield h, p, d


def _deep(wn, extra: int = 2) -> Iterator[Proposal]:
    for tag, table in (("v", gl.SEEDS), ("n", gl.NOUN_SEEDS)):
        for typ, seeds in table.items():
            for seed, depth in seeds.items():
                for syn, path, d in _below(wn.synset(seed), depth + extra, f"wn:{seed}"):
                    if d <= depth or (tag == "n" and syn.lexname() not in gl.SEED_NOUN_FILES):
                        continue
                    for lem in syn.lemmas():
                        got = (gl._entry if tag == "v" else gl._noun_entry)(lem.name())
                        if got is not None and gl._sense_ok(wn, lem.name(), syn, tag):
                            yield tag.upper(), got[0], got[1], syn.name(), typ, path


def _dom(wn) -> Iterator[Proposal]:
    for pos, lemma, cond, typ, source in gl.dominant(wn, max_up=4):
        yield pos, lemma, cond, gl._last_synset(wn, source).name(), typ, source


def _mwe(wn) -> Iterator[Proposal]:
    roots: list[tuple[object, str, str]] = []
    for typ, seeds in gl.NOUN_SEEDS.items():
        roots += [(wn.synset(s), typ, f"wn:{s}") for s in seeds]
    for typ, seeds in gl.SEEDS.items():
        for s in seeds:
            for lem in wn.synset(s).lemmas():
                for _word, nsyn in gl._derived_nouns(wn, lem):
                    roots.append((wn.synset(nsyn), typ, f"wn:{s}>deriv:{nsyn}"))
    for root, typ, path in roots:
        for syn, p, _ in [(root, path, 0), *_below(root, 4, path)]:
            for lem in syn.lemmas():
                if "_" in lem.name():
                    got = gl._noun_entry(lem.name())
                    if got is not None and got[1] != ".":
                        yield "N", got[0], got[1], syn.name(), typ, p


#: More senses of each PLOVER category's definition (docs/taxonomy.md), proposed for reading:
#: unlike the seeds of ``lexicon_seeds``, whose lemmas enter without reading, each lemma under
#: these enters only where a reader accepts it.
ROOTS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("bomb.v.01", "stab.v.01", "beat.v.02", "massacre.v.01", "assassinate.v.01", "ambush.v.01",
                "hijack.v.01", "loot.v.01", "besiege.v.01", "shell.v.01", "strafe.v.01", "fight.v.02",
                "batter.v.01", "assault.v.01", "mug.v.01", "lynch.v.01", "behead.v.01", "abduct.v.01"),
    "COERCE": ("arrest.v.01", "detain.v.01", "deport.v.01", "confiscate.v.01", "nationalize.v.01",
               "expropriate.v.01", "suppress.v.04", "crack_down.v.01", "intern.v.01", "quarantine.v.01",
               "occupy.v.05", "annex.v.01", "jail.v.01", "requisition.v.02", "disband.v.01", "outlaw.v.01"),
    "PROTEST": ("picket.v.01", "march.v.04", "boycott.v.01", "mutiny.v.01"),
    "THREATEN": ("warn.v.01", "threaten.v.01", "bully.v.01", "coerce.v.01"),
    "SANCTION": ("break_off.v.02", "recall.v.04", "penalize.v.01", "fine.v.01", "ostracize.v.01"),
    "REQUEST": ("call_on.v.01", "plead.v.02", "implore.v.01", "solicit.v.01", "summon.v.01", "petition.v.01"),
    "AGREE": ("consent.v.01", "approve.v.01", "ratify.v.01", "vow.v.01", "offer.v.01", "endorse.v.02"),
    "COOPERATE": ("cooperate.v.01", "coordinate.v.01", "team_up.v.01", "join_forces.v.01"),
    "AID": ("aid.v.01", "fund.v.01", "subsidize.v.01", "lend.v.01", "relieve.v.03", "shelter.v.01",
            "evacuate.v.01"),
    "RETREAT": ("resign.v.01", "release.v.01", "pull_out.v.02", "demobilize.v.01", "withdraw.v.02", "pardon.v.01",
                "amnesty.v.01", "repeal.v.01", "abdicate.v.01", "capitulate.v.01"),
    "CONCEDE": ("relent.v.01", "back_down.v.01", "recant.v.01", "confess.v.01", "repent.v.01"),
    "CONSULT": ("discuss.v.01", "mediate.v.01", "converse.v.01", "telephone.v.01", "brief.v.01"),
    "SUPPORT": ("endorse.v.01", "applaud.v.01", "hail.v.01", "laud.v.01", "thank.v.01", "sympathize.v.01"),
    "REJECT": ("deny.v.01", "refuse.v.01", "spurn.v.01", "rebuff.v.01", "repudiate.v.01", "disobey.v.01",
               "resist.v.02", "balk.v.01"),
    "ACCUSE": ("criticize.v.01", "denounce.v.01", "sue.v.01", "indict.v.01", "allege.v.01", "probe.v.01",
               "deplore.v.01", "slander.v.01", "ridicule.v.01", "scold.v.01", "rebuke.v.01"),
    "MOBILIZE": ("alert.v.01", "station.v.01", "mass.v.01", "reinforce.v.01", "recruit.v.01", "conscript.v.01",
                 "rearm.v.01"),
}


#: A second reading of the definitions: more senses, proposed the same way.
ROOTS_MORE: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("torpedo.v.01", "raze.v.01", "stone.v.01", "overrun.v.01", "shoot_down.v.01", "behead.v.01",
                "decapitate.v.01", "garrote.v.01", "strangle.v.01", "hack.v.02", "gun_down.v.01", "pistol-whip.v.01",
                "dynamite.v.01", "firebomb.v.01", "blow_up.v.01", "destroy.v.02", "wound.v.01"),
    "COERCE": ("exile.v.01", "banish.v.01", "harass.v.01", "incarcerate.v.01", "gag.v.02", "muzzle.v.01",
               "suppress.v.01", "quell.v.01", "crush.v.04", "disperse.v.04", "impound.v.01", "dissolve.v.02"),
    "SUPPORT": ("salute.v.02", "honor.v.02", "recognize.v.05", "acclaim.v.01", "extol.v.01", "glorify.v.02",
                "bless.v.01"),
    "REQUEST": ("invite.v.01", "beseech.v.01", "entreat.v.01", "exhort.v.01", "lobby.v.01", "ask.v.04",
                "require.v.02"),
    "THREATEN": ("menace.v.01", "intimidate.v.01", "warn.v.02", "blackmail.v.01", "extort.v.01"),
    "PROTEST": ("demonstrate.v.02", "rally.v.01", "strike.v.02", "riot.v.01", "revolt.v.01", "march.v.01"),
    "COOPERATE": ("collaborate.v.02", "unite.v.01", "federate.v.01", "merge.v.01", "pool.v.01", "share.v.02"),
    "CONSULT": ("negotiate.v.02", "consult.v.02", "parley.v.01", "call.v.05", "meet.v.01", "receive.v.08",
                "entertain.v.02"),
}
for _typ, _names in ROOTS_MORE.items():
    ROOTS[_typ] = ROOTS[_typ] + _names

#: Event noun senses of the definitions, proposed with their hyponyms and compounds for reading.
NOUN_ROOTS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("attack.n.01", "bombing.n.01", "assassination.n.01", "kidnapping.n.01", "massacre.n.01",
                "ambush.n.01", "hijacking.n.01", "execution.n.01", "shooting.n.01", "fighting.n.01", "battle.n.01",
                "invasion.n.01"),
    "COERCE": ("arrest.n.01", "detention.n.01", "deportation.n.01", "confiscation.n.01", "raid.n.01"),
    "SANCTION": ("expulsion.n.01", "embargo.n.01"),
    "PROTEST": ("protest.n.01", "riot.n.01", "boycott.n.01"),
    "THREATEN": ("warning.n.01",), "REQUEST": ("request.n.01",),
    "REJECT": ("denial.n.01", "rejection.n.01", "refusal.n.01"),
    "AID": ("aid.n.02", "donation.n.01"), "SUPPORT": ("praise.n.01",), "COOPERATE": ("cooperation.n.01",),
    "MOBILIZE": ("mobilization.n.01",),
}


def _noun_roots(wn) -> Iterator[Proposal]:
    for typ, names in NOUN_ROOTS.items():
        for name in names:
            root = wn.synset(name)
            for syn, path, _ in [(root, f"root:{name}", 0), *_below(root, 2, f"root:{name}")]:
                for lem in syn.lemmas():
                    got = gl._noun_entry(lem.name())
                    if got is not None and (got[1] != "." or gl._sense_ok(wn, lem.name(), syn, "n")):
                        yield "N", got[0], got[1], syn.name(), typ, path


def _roots(wn) -> Iterator[Proposal]:
    for typ, names in ROOTS.items():
        for name in names:
            root = wn.synset(name)
            for syn, path, _ in [(root, f"root:{name}", 0), *_below(root, 2, f"root:{name}")]:
                for lem in syn.lemmas():
                    got = gl._entry(lem.name())
                    if got is not None and gl._sense_ok(wn, lem.name(), syn, "v"):
                        yield "V", got[0], got[1], syn.name(), typ, path
                    for word, nsyn in gl._derived_nouns(wn, lem):
                        yield "N", word, ".", nsyn, typ, f"{path}>deriv:{nsyn}"
    yield from _noun_roots(wn)


#: Senses that are material acts only with an object of an argument class (as ``CLASS_SEEDS``,
#: but proposed for reading): ``synset: (category, classes)``: troops stationed, massed or flown,
#: weapons thrown, dropped or planted, arms delivered or channelled, people held.
CLASS_ROOTS: dict[str, tuple[str, str]] = {
    "station.v.01": ("MOBILIZE", "@force"), "post.v.03": ("MOBILIZE", "@force"),
    "position.v.01": ("MOBILIZE", "@force"), "mass.v.01": ("MOBILIZE", "@force"), "fly.v.04": ("MOBILIZE", "@force"),
    "race.v.04": ("MOBILIZE", "@force"), "concentrate.v.05": ("MOBILIZE", "@force"),
    "throw.v.01": ("ASSAULT", "@weapon"), "drop.v.01": ("ASSAULT", "@weapon"), "plant.v.05": ("ASSAULT", "@weapon"),
    "deliver.v.02": ("AID", "@weapon"), "transmit.v.04": ("AID", "@weapon"), "smuggle.v.01": ("AID", "@weapon"),
    "restrain.v.03": ("COERCE", "@people"), "catch.v.04": ("COERCE", "@people"),
}


def _class(wn) -> Iterator[Proposal]:
    for name, (typ, classes) in CLASS_ROOTS.items():
        for lem in wn.synset(name).lemmas():
            got = gl._entry(lem.name())
            if got is not None and "obj=" not in got[1]:
                when = f"obj={classes}" if got[1] == "." else f"{got[1]};obj={classes}"
                yield "V", got[0], when, name, typ, f"class:{name}[{classes}]"


#: The fewest uses in Reuters-21578 of a word the ``freq`` channel proposes.
MIN_USES = 5


def _freq(wn) -> Iterator[Proposal]:
    from lexicon_channels import seed_index

    seeds = seed_index(wn, (gl.SEEDS, gl.NOUN_SEEDS))
    uses = gl.usage_counts(wn, gl.REUTERS, skip=0)
    for (pos, lemma), k in sorted(uses.items()):
        tag = pos.lower()
        if k < MIN_USES or not lemma.isalpha():
            continue
        for sense in wn.synsets(lemma, tag)[:4]:
            if tag == "n" and sense.lexname() not in gl.SEED_NOUN_FILES:
                continue
            found = gl.seed_above(sense, seeds, 4)
            if found is not None and len(seeds[found[0]]) == 1:
                yield pos, lemma, ".", sense.name(), next(iter(seeds[found[0]])), f"freq:{found[1]}"
                break


def _accepted_senses(wn, rows: list[str]) -> Iterator[tuple[str, str, str, object, str]]:
    for row in rows:
        pos, lemma, when, typ, _, _, source = row.split("\t")
        if when == "." and ">ing:" not in source:
            yield pos, lemma, typ, gl._last_synset(wn, source), source


def _deriv(wn, rows: list[str]) -> Iterator[Proposal]:
    from lexicon_channels import _derived

    for _pos, lemma, typ, syn, source in _accepted_senses(wn, rows):
        for lem in syn.lemmas():
            if lem.name().lower() == lemma:
                for dpos, word, dsyn in _derived(wn, lem, lambda *a: True):
                    yield dpos, word, ".", dsyn.name(), typ, f"{source}>deriv:{dsyn.name()}"


def _group(wn, rows: list[str]) -> Iterator[Proposal]:
    for pos, _lemma, typ, syn, source in _accepted_senses(wn, rows):
        kin = [("group", k) for k in syn.verb_groups()] + [("also", k) for k in syn.also_sees()]
        for rel, k in kin:
            for lem in k.lemmas():
                got = (gl._entry if k.pos() == "v" else gl._noun_entry)(lem.name())
                if got is not None and k.pos() == syn.pos():
                    yield pos, got[0], got[1], k.name(), typ, f"{source}>{rel}:{k.name()}"


def known_entries(lines: list[list[str]], rows: list[str]) -> tuple[set, dict]:
    """The (pos, lemma, conditions) of the lexicon (a list of alternatives counts as each of them),
    and (pos, lemma) -> category of its bare entries.

    Examples
    --------
    >>> have, bare = known_entries([["V", "back", "prt=down|off", "CONCEDE", ".", "backed down"]], [])
    >>> sorted(have), bare
    ([('V', 'back', 'prt=down'), ('V', 'back', 'prt=down|off'), ('V', 'back', 'prt=off')], {})
    """
    have, bare = set(), {}
    for c in [*lines, *(r.split("\t") for r in rows)]:
        have.add((c[0], c[1], c[2]))
        key, _, values = c[2].partition("=")
        if ";" not in c[2] and "|" in values:  # "prt=down|off|away" has "prt=off"
            have.update((c[0], c[1], f"{key}={v}") for v in values.split("|"))
        if c[2] == ".":
            bare[(c[0], c[1])] = c[3]
    return have, bare


def proposals(wn, channel: str, lines: list[list[str]], rows: list[str], curation: Path) -> list[Proposal]:
    """The new proposals of ``channel``: not in the lexicon (hand ``lines``, grown ``rows``),
    not refused in ``lexicon_seeds.EXCLUDE``, not yet judged in ``curation``, one category only,
    no lemma whose bare sense ``lexicon.tsv`` gives (there the hand entries decide), and for a
    compound no repetition of its head's bare sense."""
    make = {"deep": lambda: _deep(wn), "dom": lambda: _dom(wn), "mwe": lambda: _mwe(wn),
            "deriv": lambda: _deriv(wn, rows), "group": lambda: _group(wn, rows), "freq": lambda: _freq(wn),
            "roots": lambda: _roots(wn), "class": lambda: _class(wn)}[channel]
    return new_proposals(make(), lines, rows, curation)


def new_proposals(made, lines: list[list[str]], rows: list[str], curation: Path) -> list[Proposal]:
    """The proposals of ``made`` that :func:`proposals` keeps (see there)."""
    have, bare = known_entries(lines, rows)
    judged = {(r["pos"], r["lemma"], r["when"]) for r in read_curation(curation)}
    hand_lemmas = {(c[0], c[1]) for c in lines}
    hand_bare = {(c[0], c[1]) for c in lines if c[2] == "."}  # there the hand entries decide
    cats: dict = defaultdict(set)
    first: dict = {}
    for p in made:
        key = p[:3]
        if key in have or key in judged or (p[0], p[1]) in hand_bare or (p[0], p[1]) in hand_lemmas and p[2] == ".":
            continue
        if p[1] in gl.EXCLUDE or f"{p[1]} {p[2]}" in gl.EXCLUDE or p[1] in gl.NO_BACKOFF:
            continue
        if p[2] != "." and bare.get((p[0], p[1])) == p[4]:
            continue  # "car bomb": the head alone says it
        cats[key].add(p[4])
        first.setdefault(key, p)
    return [p for k, p in sorted(first.items()) if len(cats[k]) == 1]


def concordance(path: Path, lemmas: set[str], wn, per: int = 3, width: int = 70) -> dict[str, list[str]]:
    """Up to ``per`` lines of Reuters-21578 text around each form of ``lemmas`` (any part of
    speech), and the count of its uses under the key ``"#LEMMA"``."""
    out: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, set[str]] = defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for m in re.finditer(r"\b[a-z]+\b", text):
            w = m.group()
            if w not in forms:
                forms[w] = {x for t in ("n", "v") for x in wn._morphy(w, t)} & lemmas or set()
            for lem in forms[w]:
                counts[lem] += 1
                if len(out[lem]) < per:
                    a, b = max(0, m.start() - width // 2), m.end() + width // 2
                    out[lem].append(" ".join(text[a:b].split()))
    for lem in lemmas:
        out[f"#{lem}"] = [str(counts.get(lem, 0))]
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the new proposals of one channel, each with gloss, sense rank and share, uses and
    concordance lines, as a TSV to be judged."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--channel", choices=CHANNELS, required=True)
    ap.add_argument("--curation", type=Path, default=Path(__file__).with_name("lexicon_curation.tsv"))
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    wn = gl.open_wordnet()
    lines = gl.hand_lines()
    grown = Path(gl.HAND).with_name("lexicon_wordnet.tsv").read_text().splitlines()
    rows = [r for r in grown if r and not r.startswith("#")]
    props = proposals(wn, args.channel, lines, rows, args.curation)
    conc = concordance(gl.REUTERS, {p[1] for p in props}, wn)
    with args.out.open("w") as f:
        for pos, lemma, when, syn, typ, path in props:
            s = wn.synset(syn)
            senses = wn.synsets(lemma, pos.lower())
            rank = senses.index(s) if s in senses else -1
            share = gl.sense_share(wn, lemma, s, pos.lower()) if rank >= 0 else 0.0
            f.write("\t".join((pos, lemma, when, syn, typ, path, f"r{rank}/{len(senses)} s{share:.2f}",
                               conc[f"#{lemma}"][0], s.definition(), " | ".join(conc.get(lemma, [])))) + "\n")
    print(f"{len(props)} proposals -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
