"""Wider proposals for the curated channel of the grown event lexicon (``tools/lexicon_curation.tsv``).

``tools/lexicon_propose.py`` proposes from the seeds and from the rows grown so far; its channels
are read to the end. This tool proposes from every sense the lexicon accepted (the seeds and
roots of both tools, the sense each grown row ends in, the seeded sense of each hand-written
lemma: the *anchors*), each channel a WordNet link that is a general fact of English:

* ``phrasal``: phrasal and prepositional verbs ("walk_out", "crack_down", "hand_over") one of
  whose two most frequent senses lies up to three hypernym steps under an anchor;
* ``compound``: two-word event nouns (a modifier and a head: "hunger_strike", "arms_embargo")
  whose first sense lies up to four steps under an anchor;
* ``deriv``: the event nouns derived from the verbs of every anchor and the verbs derived from its
  nouns ("resign" -> "resignation"), in one of the word's four most frequent senses;
* ``hypo``: hyponyms of the anchors down to three levels whose gloss names the category (a word of
  :data:`GLOSS_WORDS`): the gloss test that keeps the deep hyponyms that are still the act;
* ``group``: the verb groups and "also see" senses of the anchors;
* ``minor``: the lemmas of the seeds' senses (to their depth) and of the anchors whose sense is a
  minor one of theirs (``grow_lexicon._sense_ok`` fails): read to accept the few whose news use is
  the act anyway, or to accept them with a condition that selects the sense.

A proposal made for two categories is dropped. Each is printed with its gloss, the rank and share
of its sense, its uses in the political articles of Reuters-21578 (:data:`POLITICAL`) and a few
concordance lines from them, most used first (``python tools/lexicon_wide.py --channel phrasal
--out FILE``); a reader judges each row into the curation record.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import grow_lexicon as gl
import lexicon_propose as lp
from lexicon_channels import NOUN_FILES, VERB_FILES, seed_index, seeded_sense

__all__ = ["CHANNELS", "GLOSS_WORDS", "POLITICAL", "anchors", "idiom_entry", "nearest", "political_uses", "wide"]

CHANNELS = ("phrasal", "compound", "deriv", "hypo", "group", "minor")
#: An article of Reuters-21578 is political when it writes one of these words.
POLITICAL = re.compile(r"\b(government|minister|president|troops|police|army|rebels?|guerrillas?|war|"
                       r"parliament|embassy|sanctions?|opposition|diplomats?|protesters?|soldiers?)\b")
#: Words of each category's definition (docs/taxonomy.md) a deep hyponym's gloss must name.
GLOSS_WORDS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("kill", "attack", "bomb", "shoot", "shot", "wound", "violen", "murder", "weapon", "explosi",
                "fight", "battle", "assault", "injur", "destroy", "massacre", "hijack", "kidnap", "abduct",
                "torture", "gun", "fire", "military", "combat", "beat", "assassin", "terror", "hostage"),
    "COERCE": ("arrest", "prison", "jail", "custody", "detain", "seiz", "confiscat", "expel", "deport", "force",
               "suppress", "censor", "occup", "imprison", "captiv", "exile", "banish", "raid", "crush", "ban"),
    "PROTEST": ("protest", "demonstrat", "strike", "riot", "rebel", "boycott", "march", "dissent", "revolt"),
    "SANCTION": ("sanction", "embargo", "penal", "punish", "boycott", "expel", "sever", "ban", "restrict"),
    "THREATEN": ("threat", "warn", "intimidat", "menac", "ultimatum", "coerc"),
    "REQUEST": ("ask", "request", "appeal", "demand", "call on", "urge", "plead", "petition", "invit", "entreat"),
    "REJECT": ("reject", "refus", "deny", "denial", "oppos", "veto", "resist", "decline", "defy", "disobey"),
    "ACCUSE": ("accus", "charg", "blame", "criticiz", "condemn", "denounc", "censur", "investigat", "sue",
               "indict", "allegation", "reproach", "disapprov", "complain"),
    "AGREE": ("agree", "accept", "approv", "promis", "pledge", "sign", "treaty", "accord", "ratif", "consent"),
    "CONSULT": ("meet", "talk", "discuss", "negotiat", "confer", "consult", "visit", "mediat", "convers"),
    "SUPPORT": ("support", "prais", "endors", "approv", "commend", "back", "applau", "defend", "advoca"),
    "COOPERATE": ("cooperat", "collaborat", "ally", "alliance", "together", "jointly", "partner"),
    "AID": ("aid", "help", "assist", "relief", "donat", "give", "supply", "provid", "rescue", "shelter"),
    "RETREAT": ("withdraw", "retreat", "release", "free", "resign", "yield", "surrender", "abandon", "lift",
                "evacuat", "pardon", "repeal", "cede"),
    "CONCEDE": ("admit", "concede", "concession", "apolog", "yield", "give in", "back down", "confess"),
    "MOBILIZE": ("mobiliz", "troops", "deploy", "military", "arm", "recruit", "alert", "forces", "station"),
}


def anchors(wn, lines: list[list[str]], rows: list[str]) -> dict:
    """``synset -> categories`` of the senses the lexicon accepted: seeds, the roots of
    ``lexicon_propose``, the sense each grown bare row ends in, each hand lemma's seeded sense."""
    out = seed_index(wn, (gl.SEEDS, gl.NOUN_SEEDS))
    for table in (lp.ROOTS, lp.NOUN_ROOTS):
        for typ, names in table.items():
            for name in names:
                out.setdefault(wn.synset(name), set()).add(typ)
    seeds = dict(out)
    for row in rows:
        pos, lemma, when, typ, _, _, source = row.split("\t")
        if when == "." and ">ing:" not in source:
            out.setdefault(gl._last_synset(wn, source), set()).add(typ)
    for pos, lemma, when, typ, *_ in lines:
        if when == "." and typ != "-":
            sense = seeded_sense(wn, lemma, typ, pos.lower(), seeds)
            if sense is not None:
                out.setdefault(sense, set()).add(typ)
    return out


def nearest(sense, table: dict, max_up: int) -> tuple[str, str] | None:
    """(category, "anchor<...<sense") of the nearest anchor of one category at most ``max_up``
    hypernym steps above ``sense``; None when there is none or it has two categories."""
    found = gl.seed_above(sense, table, max_up)
    if found is None or len(table[found[0]]) != 1:
        return None
    return next(iter(table[found[0]])), found[1]


def idiom_entry(wn, name: str) -> tuple[str, str] | None:
    """(lemma, conditions) of a WordNet verb lemma name: as ``grow_lexicon._entry``, and a verb
    with its object noun ("open_fire" -> open with obj=fire, "lay_siege", "take_hostage").

    >>> idiom_entry(None, "step_down")
    ('step', 'prt=down')
    """
    got = gl._entry(name)
    parts = name.lower().split("_")
    if got is None and len(parts) == 2 and parts[1].isalpha() and parts[1] not in gl.PARTICLES | gl.PREPOSITIONS \
            and wn.synsets(parts[1], "n"):
        return parts[0], f"obj={wn.morphy(parts[1], 'n') or parts[1]}"
    return got


def _phrasal(wn, table) -> Iterator[lp.Proposal]:
    for name in sorted(wn.all_lemma_names("v")):
        got = idiom_entry(wn, name) if "_" in name else None
        if got is None or got[1] == ".":
            continue
        for sense in wn.synsets(name, "v")[:3]:
            hit = nearest(sense, table, 4) if gl._sense_ok(wn, name, sense, "v") else None
            if hit is not None:
                yield "V", got[0], got[1], sense.name(), hit[0], f"wide:{hit[1]}"
                break


def _compound(wn, table) -> Iterator[lp.Proposal]:
    for name in sorted(wn.all_lemma_names("n")):
        got = gl._noun_entry(name) if "_" in name else None
        senses = wn.synsets(name, "n")
        if got is None or got[1] == "." or senses[0].lexname() not in gl.SEED_NOUN_FILES:
            continue
        if wn.morphy(got[0], "n") != got[0]:
            continue  # a plural head: "peace_talks" is matched on "talk"
        hit = nearest(senses[0], table, 6)
        if hit is not None:
            yield "N", got[0], got[1], senses[0].name(), hit[0], f"wide:{hit[1]}"


def _ranked(wn, word: str, syn, tag: str) -> bool:
    return syn in wn.synsets(word, tag)[:4]


def _deriv(wn, table) -> Iterator[lp.Proposal]:
    for syn, cats in sorted(table.items(), key=lambda kv: kv[0].name()):
        if len(cats) != 1:
            continue
        typ = next(iter(cats))
        want = ("n", NOUN_FILES) if syn.pos() == "v" else ("v", VERB_FILES)
        for lem in syn.lemmas():
            for d in lem.derivationally_related_forms():
                dsyn, word = d.synset(), d.name().lower()
                if dsyn.pos() == want[0] and dsyn.lexname() in want[1] and word.isalpha() and _ranked(
                        wn, word, dsyn, want[0]):
                    yield want[0].upper(), word, ".", dsyn.name(), typ, f"wide:{syn.name()}>deriv:{dsyn.name()}"


def _hypo(wn, table) -> Iterator[lp.Proposal]:
    for syn, cats in sorted(table.items(), key=lambda kv: kv[0].name()):
        if len(cats) != 1:
            continue
        typ: str = next(iter(cats))
        below: list[tuple[Any, str, int]] = list(lp._below(syn, 5, f"wide:{syn.name()}"))
        for h, path, _ in below:
            if not any(w in h.definition().lower() for w in GLOSS_WORDS[typ]):
                continue
            if h.pos() == "n" and h.lexname() not in gl.SEED_NOUN_FILES:
                continue
            for lem in h.lemmas():
                got = (gl._entry if h.pos() == "v" else gl._noun_entry)(lem.name())
                if got is not None and (got[1] != "." or gl._sense_ok(wn, lem.name(), h, h.pos())):
                    yield h.pos().upper(), got[0], got[1], h.name(), typ, path


def _group(wn, table) -> Iterator[lp.Proposal]:
    for syn, cats in sorted(table.items(), key=lambda kv: kv[0].name()):
        if len(cats) != 1:
            continue
        for rel, kin in (("group", syn.verb_groups()), ("also", syn.also_sees())):
            for k in kin:
                for lem in k.lemmas() if k.pos() == syn.pos() else ():
                    got = (gl._entry if k.pos() == "v" else gl._noun_entry)(lem.name())
                    if got is not None and gl._sense_ok(wn, lem.name(), k, k.pos()):
                        yield k.pos().upper(), got[0], got[1], k.name(), next(iter(cats)), f"wide:{syn.name()}>{rel}"


def _minor(wn, table) -> Iterator[lp.Proposal]:
    walks = [(typ, syn, src) for tab in (gl.SEEDS, gl.NOUN_SEEDS) for typ, seeds in tab.items()
             for syn, src in gl._walk(wn, seeds)]
    walks += [(next(iter(cats)), syn, f"wide:{syn.name()}") for syn, cats in sorted(
        table.items(), key=lambda kv: kv[0].name()) if len(cats) == 1]
    for typ, syn, src in walks:
        tag = syn.pos()
        for lem in syn.lemmas():
            got = (gl._entry if tag == "v" else gl._noun_entry)(lem.name())
            if got is not None and (tag == "v" or got[1] == ".") and not gl._sense_ok(wn, lem.name(), syn, tag):
                yield tag.upper(), got[0], got[1], syn.name(), typ, f"{src}|minor"


def wide(wn, channel: str, lines: list[list[str]], rows: list[str], curation: Path) -> list[lp.Proposal]:
    """The new proposals of ``channel`` (see the module), filtered as ``lexicon_propose.proposals``."""
    table = anchors(wn, lines, rows)
    make = {"phrasal": _phrasal, "compound": _compound, "deriv": _deriv, "hypo": _hypo, "group": _group,
            "minor": _minor}[channel]
    return lp.new_proposals(make(wn, table), lines, rows, curation)


def political_uses(wn, lemmas: set[str], path: Path = gl.REUTERS, per: int = 3,
                   width: int = 80) -> tuple[Counter, dict[str, list[str]]]:
    """Uses of each of ``lemmas`` (any form, noun or verb) in the political articles of ``path``
    (:data:`POLITICAL`), and up to ``per`` concordance lines of each."""
    uses: Counter = Counter()
    lines: dict[str, list[str]] = defaultdict(list)
    forms: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            if not POLITICAL.search(text):
                continue
            for m in re.finditer(r"\b[a-z]+\b", text):
                w = m.group()
                if w not in forms:
                    forms[w] = {x for t in ("n", "v") for x in wn._morphy(w, t)} & lemmas
                for lem in forms[w]:
                    uses[lem] += 1
                    if len(lines[lem]) < per:
                        a, b = max(0, m.start() - width // 2), m.end() + width // 2
                        lines[lem].append(" ".join(text[a:b].split()))
    return uses, lines


def main(argv: list[str] | None = None) -> int:
    """Print the new proposals of one channel as a TSV to be judged, most used in political news first."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--channel", choices=CHANNELS, required=True)
    ap.add_argument("--curation", type=Path, default=gl.CURATION)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    wn = gl.open_wordnet()
    grown = Path(gl.HAND).with_name("lexicon_wordnet.tsv").read_text().splitlines()
    props = wide(wn, args.channel, gl.hand_lines(), [r for r in grown if r and not r.startswith("#")],
                 args.curation)
    uses, conc = political_uses(wn, {p[1] for p in props})
    with args.out.open("w") as f:
        for pos, lemma, when, syn, typ, path in sorted(props, key=lambda p: (-uses[p[1]], p[4], p[1])):
            s = wn.synset(syn)
            senses = wn.synsets(lemma, pos.lower())
            rank = senses.index(s) if s in senses else -1
            share = gl.sense_share(wn, lemma, s, pos.lower()) if rank >= 0 else 0.0
            f.write("\t".join((pos, lemma, when, syn, typ, path, f"r{rank}/{len(senses)} s{share:.2f}",
                               str(uses[lemma]), s.definition(), " | ".join(conc.get(lemma, [])))) + "\n")
    print(f"{len(props)} proposals -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
