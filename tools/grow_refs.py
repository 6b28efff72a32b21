"""Word lists for references to actors that are not names, from WordNet 3.0: see ``main``.

Writes into ``graphkit/ingest/data/words/``:

- ``title_synonyms.txt``: "word = title" for a title phrase whose MOST FREQUENT WordNet noun sense
  has another lemma that is a title too ("premier = prime minister"). Only the first sense: in
  British news "the chancellor" is the Chancellor of the Exchequer (its first sense), not a premier;
- ``monarch_titles.txt``: single-word titles of a hereditary head of state (hyponyms of
  ``sovereign.n.01``, and senses with a lemma "..._monarch" such as queen regnant);
- ``body_nouns.txt``: single-word nouns for an organised body (first sense a group under ``organization.n.01``,
  ``social_group.n.01`` or ``unit.n.03``), lower-case words only. A noun makes a group actor only if its
  FIRST sense is a body of people that can act as one: not a form of government ("autocracy"), a
  movement in art or thought ("cubism"), a subculture, a lineage, an occasion ("banquet", "seminar")
  or a passing gathering ("audience", "class", "grade"); and not a plural read first as the plural of
  a thing, a place or an amount ("reserves" of "reserve", "strings": see ``plural_reads_as_thing``);
- ``organisation_nouns.txt``: those of them under ``organization.n.01`` or ``unit.n.03`` (a
  "committee" is an organisation, a "community" a group of people);
- ``person_nouns.txt``: single lower-case nouns whose most frequent sense is a person
  (lexicographer file ``noun.person``: "campaigners", "taxpayers", "guerrillas"), by the same plural rule;
- ``agent_nouns.txt``: the doers English derives from verbs with -er/-or ("carer" from care,
  "negotiator" from negotiate, British -iser beside -izer) that WordNet lacks as nouns, of verbs with
  a sense of acting on or with others (files ``verb.social``, ``verb.communication``,
  ``verb.competition``, ``verb.possession``): such a noun names people. Nouns WordNet has keep its
  first sense ("computer" is a machine first); verbs that are head adjectives too give comparatives
  ("shorter"), not doers. The -ist nouns are left out: their stems are mostly
  nouns ("activist", "economist"), and WordNet lists the common ones;
- ``spelling_variants.txt``: "variant = form" for two lemmas of one noun synset for people or
  groups that differ by one letter ("guerilla = guerrilla"), the form being the one WordNet lists first;
- ``relational_adjectives.txt``: adjectives with a sense in WordNet's pertainym file (``adj.pert``:
  "local" = of a locality, "national", "regional", "political"), which classify a noun ("local
  authorities") rather than describe it ("angry", "many").

Run: ``python tools/grow_refs.py`` (needs nltk and Debian's ``wordnet-base``).
"""
from __future__ import annotations

import re
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

#: Branches of ``social_group.n.01`` that are not bodies of people able to act as one: forms of
#: government ("autocracy"), movements in art and thought ("cubism"), youth subcultures ("punks"),
#: lineages ("pedigree") and occasions ("banquet", "seminar").
_NOT_BODY_BRANCHES = ("political_system.n.01", "movement.n.04", "subculture.n.01", "genealogy.n.01",
                      "social_gathering.n.01", "meeting.n.01")
#: A gathering (``gathering.n.01``: people together in one place, "an audience", "a class", "a
#: turnout") is a body only as a standing assembly ("court", "parliament"), a community or a crowd.
_STANDING_GATHERINGS = ("assembly.n.04", "community.n.01", "crowd.n.01")

#: Lexicographer files of things, places and amounts rather than people ("reserve": a store of money).
THING_FILES = frozenset(f"noun.{x}" for x in (
    "artifact possession quantity substance food object location plant animal body".split()))


def _under(wn, names) -> set:
    return {s for n in names for s in (wn.synset(n), *wn.synset(n).closure(lambda s: s.hyponyms()))}


def plural_reads_as_thing(wn, word: str, actor_files=("noun.person", "noun.group")) -> bool:
    """Whether ``word`` is first the plural of a noun for a thing, place or amount: it is the regular
    plural of another WordNet noun ("reserves" of "reserve") which has a sense in :data:`THING_FILES`
    before any sense in ``actor_files``. A reader takes a plural for the plural of its singular
    first, whatever sense WordNet gives the plural form itself ("reserves": militia); mass senses
    ("reserve" = modesty, "authority" = power) have no plural and do not count.
    """
    if word.endswith(("ss", "us", "is")):  # "boss", "census", "crisis": no plural
        return False
    for base in wn._morphy(word, "n"):
        if base == word:
            continue
        for s in wn.synsets(base, "n"):
            if s.lexname() in actor_files:
                break
            if s.lexname() in THING_FILES:
                return True
    return False


def body_nouns(wn, names: tuple[str, ...] = ("organization.n.01", "social_group.n.01", "unit.n.03")) -> list[str]:
    """Single-word nouns whose most frequent sense is an organised body (under ``names``, less
    :data:`_NOT_BODY_BRANCHES` and the passing gatherings), and whose plural is no thing's plural
    (:func:`plural_reads_as_thing`)."""
    roots = [wn.synset(n) for n in names]
    found = {s for r in roots for s in (r, *r.closure(lambda s: s.hyponyms())) if s.lexname() == "noun.group"}
    found -= _under(wn, _NOT_BODY_BRANCHES)
    found -= _under(wn, ["gathering.n.01"]) - _under(wn, _STANDING_GATHERINGS)
    if "social_group.n.01" in names:
        found.add(wn.synset("group.n.01"))  # "groups" itself: any number of members taken as a unit
    out = set()
    for s in found:
        for x in s.lemma_names():  # lower-case words only: no acronyms ("CIA") or names
            first = wn.synsets(x, "n")
            if (x.isalpha() and x.islower() and first and first[0] in found and x not in _NOT_BODIES
                    and not plural_reads_as_thing(wn, x)):
                out.add(x)
    return sorted(out)


def person_nouns(wn) -> list[str]:
    """Single lower-case nouns whose most frequent sense is in ``noun.person``, and whose plural
    is no thing's plural (:func:`plural_reads_as_thing`)."""
    out = set()
    for s in wn.all_synsets("n"):
        if s.lexname() != "noun.person":
            continue
        for x in s.lemma_names():
            if x.isalpha() and x.islower() and wn.synsets(x, "n")[0].lexname() == "noun.person" and (
                    not plural_reads_as_thing(wn, x)):
                out.add(x)
    return sorted(out)


#: Verbs of acting on or with others: their doers are people ("campaign", "care for", "protest", "lend").
AGENT_VERB_FILES = frozenset({"verb.social", "verb.communication", "verb.competition", "verb.possession"})


def agent_forms(verb: str) -> set[str]:
    """The agent nouns English derives from ``verb`` with -er/-or, British -ise spellings included.

    >>> sorted(agent_forms("care")), sorted(agent_forms("shop")), sorted(agent_forms("supply"))
    (['carer'], ['shopper'], ['supplier'])
    >>> sorted(agent_forms("negotiate")), sorted(agent_forms("organize"))
    (['negotiator'], ['organiser', 'organizer'])
    """
    if verb.endswith("ate"):  # negotiate -> negotiator
        out = {verb[:-1] + "or"}
    elif verb.endswith("e"):
        out = {verb + "r"}
    elif verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        out = {verb[:-1] + "ier"}
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):  # one syllable ending in a consonant: shopper
        out = {verb + verb[-1] + "er"}
    else:
        out = {verb + "er"}
    return out | {f.replace("ize", "ise") for f in out if "ize" in f}


def agent_nouns(wn) -> list[str]:
    """Agent nouns WordNet lacks ("carer") of verbs with a sense in :data:`AGENT_VERB_FILES`; not of
    verbs that are head adjectives too (WordNet's gradable core: "short", "loose"), whose -er form is
    the comparative ("shorter"); satellites such as "foster" keep their doer ("fosterer")."""
    verbs = {x for s in wn.all_synsets("v") if s.lexname() in AGENT_VERB_FILES
             for x in s.lemma_names() if x.isalpha() and x.islower()
             and not any(a.pos() == "a" for a in wn.synsets(x, "a"))}
    return sorted(f for v in verbs for f in agent_forms(v) if not wn.synsets(f, "n"))


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
    (WORDS / "agent_nouns.txt").write_text(
        head.format("-er/-or nouns WordNet lacks of verbs in verb.social, verb.communication, verb.competition "
                    "or verb.possession") + "\n".join(agent_nouns(wn)) + "\n")
    (WORDS / "spelling_variants.txt").write_text(
        head.format("one-letter variants among the lemmas of a noun.person or noun.group synset")
        + "\n".join(spelling_variants(wn)) + "\n")
    (WORDS / "relational_adjectives.txt").write_text(
        head.format("adjectives with a sense in adj.pert") + "\n".join(relational_adjectives(wn)) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
