"""Word lists for references to actors that are not names, from WordNet 3.0: see ``main``.

Writes into ``graphkit/ingest/data/words/``:

- ``title_synonyms.txt``: "word = title" for a title phrase whose MOST FREQUENT WordNet noun sense
  has another lemma that is a title too ("premier = prime minister"). Only the first sense: in
  British news "the chancellor" is the Chancellor of the Exchequer (its first sense), not a premier;
- ``monarch_titles.txt``: single-word titles of a hereditary head of state (hyponyms of
  ``sovereign.n.01``, and senses with a lemma "..._monarch" such as queen regnant);
- ``body_nouns.txt``: single-word nouns for an organised body (first sense a group under ``organization.n.01``,
  ``social_group.n.01`` or ``unit.n.03``, the administrative unit), lower-case words only;
- ``organisation_nouns.txt``: those of them under ``organization.n.01`` or ``unit.n.03`` (a
  "committee" is an organisation, a "community" a group of people);
- ``person_nouns.txt``: single lower-case nouns whose most frequent sense is a person
  (lexicographer file ``noun.person``: "campaigners", "taxpayers", "guerrillas");
- ``spelling_variants.txt``: "variant = form" for two lemmas of one noun synset for people or
  groups that differ by one letter ("guerilla = guerrilla"), the form being the one WordNet lists first;
- ``relational_adjectives.txt``: adjectives with a sense in WordNet's pertainym file (``adj.pert``:
  "local" = of a locality, "national", "regional", "political"), which classify a noun ("local
  authorities") rather than describe it ("angry", "many").

Run: ``python tools/grow_refs.py`` (needs nltk and Debian's ``wordnet-base``).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from grow_lexicon import open_wordnet  # noqa: E402

WORDS = Path(__file__).resolve().parent.parent / "graphkit" / "ingest" / "data" / "words"


def _lemmas(synset) -> list[str]:
    return [x.replace("_", " ").lower() for x in synset.lemma_names()]


def title_synonyms(wn, titles: frozenset[str]) -> list[str]:
    """'word = title' lines for titles sharing their first noun sense with another title."""
    out = set()
    for t in sorted(titles):
        senses = wn.synsets(t.replace(" ", "_"), "n")
        if not senses:
            continue
        for other in _lemmas(senses[0]):
            if other != t and other in titles and other.split()[-1] != t.split()[-1]:
                first = wn.synsets(other.replace(" ", "_"), "n")
                if first and first[0] == senses[0]:  # the same first sense both ways
                    out.add(f"{t} = {other}")
    return sorted(out)


def monarch_titles(wn) -> list[str]:
    """Single-word titles of a monarch."""
    sov = wn.synset("sovereign.n.01")
    found = {sov, *sov.closure(lambda s: s.hyponyms())}
    found |= {s for s in wn.all_synsets("n") if any(x.endswith("_monarch") for x in s.lemma_names())}
    return sorted({x for s in found for x in s.lemma_names() if x.isalpha() and x.islower()})


#: Words for everyone rather than a body: never a group actor by themselves.
_NOT_BODIES = frozenset({"people", "public", "population", "world", "mankind", "humanity"})


def body_nouns(wn, names: tuple[str, ...] = ("organization.n.01", "social_group.n.01", "unit.n.03")) -> list[str]:
    """Single-word nouns whose most frequent sense is an organised body (under ``names``)."""
    roots = [wn.synset(n) for n in names]
    found = {s for r in roots for s in (r, *r.closure(lambda s: s.hyponyms())) if s.lexname() == "noun.group"}
    if "social_group.n.01" in names:
        found.add(wn.synset("group.n.01"))  # "groups" itself: any number of members taken as a unit
    out = set()
    for s in found:
        for x in s.lemma_names():  # lower-case words only: no acronyms ("CIA") or names
            first = wn.synsets(x, "n")
            if x.isalpha() and x.islower() and first and first[0] in found and x not in _NOT_BODIES:
                out.add(x)
    return sorted(out)


def person_nouns(wn) -> list[str]:
    """Single lower-case nouns whose most frequent sense is in ``noun.person``."""
    out = set()
    for s in wn.all_synsets("n"):
        if s.lexname() != "noun.person":
            continue
        for x in s.lemma_names():
            if x.isalpha() and x.islower() and wn.synsets(x, "n")[0].lexname() == "noun.person":
                out.add(x)
    return sorted(out)


def _one_letter(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1:] == short for k in range(len(long)))


def spelling_variants(wn) -> list[str]:
    """'variant = form' lines for the one-letter spelling variants among a noun synset's lemmas."""
    out = set()
    for s in wn.all_synsets("n"):
        if s.lexname() not in ("noun.person", "noun.group"):  # the nouns that can name actors
            continue
        names = [x for x in s.lemma_names() if x.isalpha() and x.islower() and len(x) >= 5]
        for k, form in enumerate(names):
            out.update(f"{v} = {form}" for v in names[k + 1:] if _one_letter(v, form))
    return sorted(out)


def relational_adjectives(wn) -> list[str]:
    """Single lower-case adjectives with a pertainym sense."""
    return sorted({x for s in wn.all_synsets("a") if s.lexname() == "adj.pert"
                   for x in s.lemma_names() if x.isalpha() and x.islower()})


def main() -> int:
    from graphkit.ingest.actors.titles import TITLE_HEADS, TITLE_MODIFIERS

    wn = open_wordnet()
    titles = frozenset(TITLE_HEADS) | {f"{m} {h}" for m in TITLE_MODIFIERS for h in TITLE_HEADS}
    head = "# Generated by tools/grow_refs.py from WordNet 3.0 ({}).\n"
    (WORDS / "title_synonyms.txt").write_text(
        head.format("titles sharing their most frequent noun sense") + "\n".join(title_synonyms(wn, titles)) + "\n")
    (WORDS / "monarch_titles.txt").write_text(
        head.format("hyponyms of sovereign.n.01 and *_monarch senses") + "\n".join(monarch_titles(wn)) + "\n")
    (WORDS / "body_nouns.txt").write_text(
        head.format("first sense a noun.group under organization.n.01, social_group.n.01 or unit.n.03")
        + "\n".join(body_nouns(wn)) + "\n")
    (WORDS / "organisation_nouns.txt").write_text(
        head.format("first sense under organization.n.01 or unit.n.03")
        + "\n".join(body_nouns(wn, ("organization.n.01", "unit.n.03"))) + "\n")
    (WORDS / "person_nouns.txt").write_text(
        head.format("first noun sense in noun.person") + "\n".join(person_nouns(wn)) + "\n")
    (WORDS / "spelling_variants.txt").write_text(
        head.format("one-letter variants among the lemmas of a noun.person or noun.group synset")
        + "\n".join(spelling_variants(wn)) + "\n")
    (WORDS / "relational_adjectives.txt").write_text(
        head.format("adjectives with a sense in adj.pert") + "\n".join(relational_adjectives(wn)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
