"""Grow the national offices from WordNet 3.0: ``python tools/grow_offices.py``.

WordNet files a country's offices under the bodies that hold them: "Secretary of Agriculture" (the position)
is a member of the United States Cabinet, "Home Secretary" of the British Cabinet, a congressman "a member of
the United States House of Representatives". This tool writes every such office title with its country to
``graphkit/ingest/data/offices_wordnet.tsv`` (``title<TAB>country<TAB>synset<TAB>body<TAB>sole``), read by
:mod:`graphkit.ingest.actors.known_offices`: a country whose cabinet WordNet lists without a minister (the
United States: secretaries and an attorney general) has no ministers; and by
:mod:`graphkit.ingest.actors.cabinets`: a holder of a sole office of a cabinet is that country's.

The rules, each a fact of WordNet's structure or gloss style:

- **an office of a country**: a noun sense that is a member (or part) of a body, up to three holonym steps
  ("Secretary of Agriculture" -> United States Cabinet), whose name or gloss's leading noun phrase names a
  country ("united_states_cabinet", "the senior ministers of the British government"), or a person sense
  whose own gloss's leading noun phrase does ("a member of the United States House of Representatives");
  a named person WordNet files as a common noun ("Kennan ... (1904-2005)") holds no office;
- **a sole office** (``sole`` 1): every noun sense of the title is that office -- a sense of the country, or
  its holder or position written as a synset of the same name whose gloss shares a proper name with it
  ("the person who holds the secretaryship of the Treasury Department" beside "the position of the head of
  the Treasury Department"). "Prime Minister" (also "the person who is head of state (in several
  countries)"), "Attorney General" ("the chief law officer of a country or state") and "Secretary of State"
  (also "a government minister for foreign relations") are no sole offices.

The output is sorted, so diffs are readable. Run it again after changing the rules.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from grow_known import first_year, leading_country  # noqa: E402
from grow_lexicon import open_wordnet  # noqa: E402

from graphkit.ingest.actors.gazetteer import country_code, demonym_code  # noqa: E402

OUT = ROOT / "graphkit" / "ingest" / "data" / "offices_wordnet.tsv"
#: How many holonym steps lead from an office to the body that names its country.
STEPS = 3
#: Senses of offices and of their holders: a position ("secretaryship"), a leader, an official, an executive,
#: a representative. Plants, peoples and coins that WordNet also files under a country are none.
OFFICE_ROOTS = frozenset({"position.n.06", "leader.n.01", "official.n.01", "executive.n.01", "representative.n.01"})
#: Bodies: organisations and groups of people ("the United States Cabinet"), not places.
BODY_ROOTS = frozenset({"organization.n.01", "social_group.n.01", "gathering.n.01"})


def _under(synset, roots: frozenset[str]) -> bool:
    """Whether one of ``roots`` is among the hypernyms of ``synset`` (or is it)."""
    return any(h.name() in roots for path in synset.hypernym_paths() for h in path)


def _name_country(synset) -> str | None:
    """The country a body's own name starts with ("united_states_cabinet", "british_cabinet")."""
    words = synset.name().split(".")[0].split("_")
    for n in (3, 2, 1):
        phrase = " ".join(w.capitalize() for w in words[:n])
        code = country_code(phrase) or demonym_code(phrase)
        if code:
            return code
    return None


def body_country(synset) -> str | None:
    """The country of a body: of its name, else of its gloss's leading noun phrase."""
    return _name_country(synset) or leading_country(synset.definition())


def office_country(synset) -> str | None:
    """The country of an office sense (see the module), else None."""
    return office_body(synset)[0]


def office_body(synset) -> tuple[str | None, str]:
    """(country, body) of an office sense: the body is the synset of the country's body the office is a member
    of ("united_states_cabinet.n.01"), or "" when the country comes from the office's own gloss."""
    if synset.instance_hypernyms() or not _under(synset, OFFICE_ROOTS) or first_year(synset.definition()):
        return None, ""  # a named person WordNet files as a common noun ("Kennan ... (1904-2005)") holds no office
    frontier, seen = [synset], {synset}
    for _ in range(STEPS):
        nxt = []
        for s in frontier:
            for h in s.member_holonyms() + s.part_holonyms():
                if h in seen:
                    continue
                seen.add(h)
                code = body_country(h) if _under(h, BODY_ROOTS) else None
                if code:
                    return code, h.name()
                nxt.append(h)
        frontier = nxt
    code = leading_country(synset.definition()) if _under(synset, OFFICE_ROOTS - {"position.n.06"}) else None
    return code, ""


def _proper_words(gloss: str) -> set[str]:
    """The capitalised words of a gloss after its first ("Treasury", "Department")."""
    return {w.strip("(),;:") for w in gloss.split()[1:] if w[:1].isupper()}


def is_sole(wn, title: str, code: str) -> bool:
    """Whether every noun sense of ``title`` (a lemma, words joined by "_") is an office of country ``code``,
    or the same-named holder or position of one whose gloss shares a proper name with it (see the module)."""
    senses = wn.synsets(title, "n")
    mapped = [s for s in senses if office_body(s)[0] == code]
    if not mapped:
        return False
    for s in senses:
        if s in mapped:
            continue
        stem = s.name().split(".")[0]
        if not any(m.name().split(".")[0] == stem and _proper_words(m.definition()) & _proper_words(s.definition())
                   for m in mapped):
            return False
    return True


def rows(wn) -> list[tuple[str, str, str, str, str]]:
    """(title, country, synset, body, sole) of every office title WordNet gives a country (see the module)."""
    offices: dict[str, tuple[str, str, str]] = {}
    for s in wn.all_synsets("n"):
        code, body = office_body(s)
        if code:
            for lemma in s.lemmas():
                offices.setdefault(lemma.name(), (code, s.name(), body))
    return [(title.replace("_", " "), code, synset, body, "1" if is_sole(wn, title, code) else "0")
            for title, (code, synset, body) in sorted(offices.items())]


def main() -> None:
    wn = open_wordnet()
    lines = ["# National offices WordNet 3.0 files under a country's bodies (tools/grow_offices.py):",
             "# title, country (ISO-3), synset,",
             "# body (the country's body the office is a member of; empty: the country of the office's gloss),",
             "# sole (1: every noun sense of the title is this office)"]
    lines += ["\t".join(r) for r in rows(wn)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} offices -> {OUT}")


if __name__ == "__main__":
    main()
