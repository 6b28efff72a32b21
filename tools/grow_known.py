"""Grow the known actors from WordNet 3.0: ``python tools/grow_known.py``.

WordNet names people and organisations as *instances* ("Putin" is an instance of statesman, "Hamas" of
terrorist organisation) and glosses each with its nationality ("Russian statesman ...", "a Palestinian
political and military organization ..."). This tool reads those synsets and writes, for every name WordNet
knows in one sense only, its country (ISO-3) and CAMEO sector to ``graphkit/ingest/data/known_wordnet.tsv``
(``name<TAB>kind<TAB>country<TAB>sector<TAB>synset``), so that an actor an article names without a title
still gets a code (the Phoenix/GDELT convention: country + sector).

The rules, each a fact of WordNet's gloss style:

- **kind**: person if ``person.n.01`` is among the instance's hypernyms, organisation if
  ``organization.n.01`` or ``social_group.n.01`` is (places are left out: the gazetteers code them);
- **country**: a demonym or country name in the gloss's leading noun phrase (the words before
  ``who``/``that``/``with``/``;``... : "Russian statesman", "43rd President of the United States"),
  else, for an organisation, the country of a place phrase "in (eastern...) <country>" or "<country>-based"
  in its first two clauses ("... state in Lebanon"). A country named elsewhere ("opposes peace with Israel",
  "ties to Iran") is the actor's adversary or ally, not its home, and is not read;
- **sector**: of the nearest hypernym with one: the project's sector nouns (``sectors.noun_sector``:
  president GOV, general MIL), else :data:`SECTOR_SENSES` (statesman GOV, terrorist organisation REB);
- **people without a sector** (writers, singers, scientists) are left out: their country alone would only
  complete an actor whose title gives the sector, and a titled "Chief executive William James" is a namesake;
- **ambiguity**: a name is kept only if WordNet has one sense of it at all (any part of speech): "Bush"
  (a shrub, two presidents) and "Base" (al-Qaeda, and a common noun) are left out; a person's one-word
  name only if it is their surname and no other instance's name holds it ("Putin"; not "Salim", a given
  name, nor "Carlos", shared with Juan Carlos and Carlos Fuentes);
- **date**: a person is kept only if the gloss dates their birth in 1900 or later ("(born in 1952)",
  "(1929-2004)"): someone born earlier had died or left office before the news graphkit reads (1980s on),
  and their name in that news is most often another person's ("William James", a 1987 mining chief, is
  not the philosopher of 1842-1910); or, undated, if they are a head of state or government (a hypernym in
  :data:`HEADS`); historic figures ("Napoleon", "(1769-1821)") do not give codes to modern news.

Government bodies (:func:`body_rows`) are common nouns, not instances: a capitalised name WordNet files under a
legislature, a department, an agency, a bureaucracy or the armed forces, with the country of its gloss ("the
United States military establishment" the Pentagon, "the British civil service" Whitehall), and a building
whose gloss calls it the seat of one ("citadel of Moscow, housing the offices of the Russian government").

The output is sorted, so diffs are readable. Run it again after changing the rules.
"""
from __future__ import annotations

import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from grow_lexicon import open_wordnet  # noqa: E402
from grow_sectors import SEEDS  # noqa: E402

from graphkit.ingest.actors.gazetteer import country_code, demonym_code  # noqa: E402

_SEED_SECTOR = {synset: sector for sector, seeds in SEEDS.items() for synset in seeds}

OUT = ROOT / "graphkit" / "ingest" / "data" / "known_wordnet.tsv"

#: WordNet senses whose CAMEO sector ``grow_sectors.SEEDS`` does not give, or gives less exactly (CAMEO's
#: definitions: a statesman or head of state acts for a government; a terrorist organisation is an armed
#: rebel group). They win over the seeds: a vice president of the United States is no business executive.
SECTOR_SENSES: dict[str, str] = {
    "statesman.n.01": "GOV", "head_of_state.n.01": "GOV", "president_of_the_united_states.n.01": "GOV",
    "vice_president_of_the_united_states.n.01": "GOV", "prime_minister.n.01": "GOV", "politician.n.02": "GOV",
    "terrorist_organization.n.01": "REB", "terrorist.n.01": "REB", "labor_leader.n.01": "LAB",
}
#: Senses whose direct instances act for a part of their country though no sector word says which: a bare
#: "leader" with a nationality ("Libyan leader who seized power", "Iraqi leader who waged war") leads its
#: government. (A religious leader would be CAMEO's REL, which graphkit does not assign.)
INSTANCE_SECTORS: dict[str, str] = {"leader.n.01": "GOV"}
#: Heads of state or government: kept undated (unless the gloss names a year before 1900, a century, BC or
#: antiquity: "king of France from 1589 to 1610", "king of ancient Macedonia").
HEADS = frozenset({"head_of_state.n.01", "prime_minister.n.01"})
#: The words before "in <country>" that say where a body is ("a terrorist group in Peru", "formed in
#: Ecuador", "a state in Lebanon"), not where it acts ("attacks in Israel").
_WHERE = frozenset({"group", "organization", "organisation", "movement", "party", "network", "faction",
                    "militia", "state", "homeland", "nation", "formed", "founded", "organized",
                    "organised", "based", "active", "operates", "originated", "established", "government"})
KINDS = {"person.n.01": "person", "organization.n.01": "organization", "social_group.n.01": "organization"}
#: Words ending a gloss's leading noun phrase ("Russian statesman | who ...").
_PHRASE_END = frozenset({"who", "whom", "whose", "that", "which", "with", "and", "chosen", "known", "noted",
                         "remembered", "famous", "formed", "founded", "organized", "active", "responsible",
                         "in", "from", "during", "for", "after", "since", "to", "by", "as"})
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                      "central", "northeastern", "northwestern", "southeastern", "southwestern"})
_YEARS = re.compile(r"\((?:born in |born |died in |died |flourished |circa |c\. )?(\d{1,4})(?:\s*-\s*(\d{1,4}))?( BC)?")
_ANCIENT = re.compile(r"\b(?:century|centuries|BC|B\.C\.|biblical|Old Testament|legendary|mythology|ancient)\b")
_ANY_YEAR = re.compile(r"\b\d{3,4}\b")
MODERN = 1900
#: How alike (difflib's ratio) two one-word names of one person, of lengths one letter apart at most, must be
#: to be spellings of one name ("Khadafy" and "Qaddafi" 0.57; not "Dubyuh" and "Bush").
_SPELLING = 0.55
#: The Arabic article written before a surname ("al-Qaddafi", "el-Sadat"), which news leaves out.
_ARTICLE = re.compile(r"^(?:al|el|as|ash|at|ad|an|ar|az)-", re.I)


def _country_at(words: list[str], i: int, demonyms: bool = True) -> tuple[str | None, int]:
    """(country, length) of the longest country name (or demonym) starting at ``words[i]``."""
    for n in range(min(5, len(words) - i), 0, -1):
        phrase = " ".join(words[i:i + n])
        code = country_code(phrase) or (demonym_code(phrase) if demonyms and n <= 2 else None)
        if code and phrase[:1].isupper():
            return code, n
    return None, 1


def _words(clause: str) -> list[str]:
    return [w.strip(",.:'\"()") for w in clause.split()]


def leading_country(gloss: str) -> str | None:
    """The country of the gloss's leading noun phrase, before ``who``, ``that``, ``;``...

    >>> leading_country("Russian statesman chosen as president of the Russian Federation in 2000")
    'RUS'
    >>> leading_country("43rd President of the United States; son of George Herbert Walker Bush")
    'USA'
    >>> leading_country("a militant Islamic movement that opposes peace with Israel") is None
    True
    """
    words = _words(gloss.split(";")[0])
    i = 0
    while i < len(words):
        if words[i].lower() in _PHRASE_END and i > 0:
            return None
        code, n = _country_at(words, i)
        if code:
            return code
        i += n
    return None


def place_country(gloss: str) -> str | None:
    """The country of a place phrase ("in Lebanon", "in eastern Turkey", "Yemen-based") in the first
    two clauses of an organisation's gloss, else None.

    >>> place_country("a Shiite organization with ties to Iran; seeks an Islamic state in Lebanon")
    'LBN'
    >>> place_country("a movement that opposes peace with Israel; seeks a state in place of Israel") is None
    True
    """
    for clause in gloss.split(";")[:2]:
        words = _words(clause)
        for i, w in enumerate(words):
            if w.endswith("-based"):
                code = country_code(w[:-6])
                if code:
                    return code
            if w != "in" or i == 0 or words[i - 1].lower() not in _WHERE:
                continue
            j = i + 1
            while j < len(words) and words[j] in _COMPASS | {"the"}:  # "eastern Turkey"; "Northern Ireland" is a name
                j += 1
            code = _country_at(words, j, demonyms=False)[0] if j < len(words) else None
            if code:
                return code
    return None


def first_year(gloss: str) -> int | None:
    """The first year of a gloss's life dates ("(born in 1952)" 1952, "(1769-1821)" 1769), else None.

    >>> first_year("French general (1769-1821)"), first_year("statesman (born in 1952)"), first_year("x")
    (1769, 1952, None)
    >>> first_year("early ruler of Egypt (died in 1358 BC)")
    -1358
    """
    years = [-int(y) if m.group(3) else int(y) for m in _YEARS.finditer(gloss) for y in m.groups()[:2] if y]
    return years[0] if years else None


def _levels(synset) -> list[list]:
    """The instance's hypernyms level by level, nearest first, each level sorted by name (nltk keeps
    pointers in sets, so their order changes from run to run)."""
    seen: set = set()
    out, frontier = [], sorted(synset.instance_hypernyms(), key=lambda x: x.name())
    while frontier:
        level = [x for x in frontier if x not in seen]
        seen.update(level)
        if level:
            out.append(level)
        frontier = sorted({h for x in level for h in x.hypernyms() + x.instance_hypernyms()}, key=lambda x: x.name())
    return out


def sector_of(levels: list[list]) -> str | None:
    """The CAMEO sector of an instance: of a hypernym in :data:`SECTOR_SENSES`, else of the nearest level
    of hypernyms that holds senses ``grow_sectors.SEEDS`` names (statesman GOV; general MIL; businessman
    BUS), when they name one sector only (a financier and diplomat names none). Senses, not words:
    "principal" (a criminal's sense of it) is no school head."""
    names = [[x.name() for x in level] for level in levels]
    own = next((SECTOR_SENSES[n] for level in names for n in level if n in SECTOR_SENSES), None)
    if own:
        return own
    for level in names:
        sectors = {_SEED_SECTOR[n] for n in level if n in _SEED_SECTOR}
        if sectors:
            return sectors.pop() if len(sectors) == 1 else None
    return None


def entry(synset) -> tuple[str, str | None, str | None] | None:
    """(kind, country, sector) of an instance synset, or None when it is no actor or not modern."""
    levels = _levels(synset)
    names = {x.name() for level in levels for x in level}
    kind = next((k for s, k in KINDS.items() if s in names), None)
    if kind is None or (kind == "organization" and "physical_entity.n.01" in names):
        return None  # "Gibraltar", a colony and a promontory: a place, which the gazetteers code
    gloss = synset.definition()
    country = leading_country(gloss)
    if kind == "organization" and country is None:
        country = place_country(gloss)
    if kind == "person":
        year = first_year(gloss)
        undated_head = year is None and bool(names & HEADS) and not _ANCIENT.search(gloss) and all(
            int(y) >= MODERN for y in _ANY_YEAR.findall(gloss))  # "king of France from 1589 to 1610"
        if not undated_head and (year is None or year < MODERN):
            return None
    own = [INSTANCE_SECTORS[x.name()] for x in synset.instance_hypernyms() if x.name() in INSTANCE_SECTORS]
    sector = sector_of(levels) or (own[0] if own else None)
    if (country is None and sector is None) or (kind == "person" and sector is None):
        return None  # a writer's or singer's country alone would only fill the country of a titled namesake
    return kind, country, sector


def _name_parts(wn) -> dict[str, set[str]]:
    """The instance synsets each word of an instance name is part of ("carlos": Juan Carlos, Carlos Fuentes...)."""
    parts: dict[str, set[str]] = {}
    for synset in wn.all_synsets("n"):
        if synset.instance_hypernyms():
            for lemma in synset.lemma_names():
                for word in lemma.lower().split("_"):
                    parts.setdefault(word, set()).add(synset.name())
    return parts


def _one_word_ok(lemma: str, synset, parts: dict[str, set[str]]) -> bool:
    """Whether a person's one-word name may stand for them: it is their surname (the last word of a full
    name of theirs: "Putin", not a given name as "Salim" or a nickname as "Dubya") and no other
    instance's name holds it ("Carlos": Carlos the Jackal, Juan Carlos, Carlos Fuentes). The Arabic article
    of a surname is no part of it ("al-Qaddafi" is Qaddafi); a person WordNet names by one word only is
    named so ("Suharto"); and a one-word lemma that spells like a one-word surname lemma of its synset
    (:data:`_SPELLING`) is another spelling of it ("Qaddafi", "Qadhafi", "Gaddafi", "Khadafy"), not an alias
    ("Salim", a nom de guerre of Sanchez)."""
    names = synset.lemma_names()
    surnames = {_ARTICLE.sub("", n.split("_")[-1]) for n in names if "_" in n}  # "al-Qaddafi": Qaddafi
    spelt = not surnames or any(  # "Suharto"; "Gaddafi" and "Khadafy" spell "Qaddafi", "Salim" no surname
        n in surnames and abs(len(n) - len(lemma)) <= 1
        and SequenceMatcher(None, n.lower(), lemma.lower()).ratio() >= _SPELLING for n in names if "_" not in n)
    return (lemma in surnames or spelt) and parts.get(lemma.lower(), set()) == {synset.name()}


def _one_actor(wn, lemma: str, e: tuple[str, str | None, str | None]) -> bool:
    """Whether every WordNet sense of ``lemma`` names an actor like entry ``e``: one sense, or a person's full
    name whose senses are all people of one sector and of ``e``'s country where their gloss names one
    ("George Bush", the 41st and the 43rd President of the United States, both American statesmen; not
    "Bush", also a shrub, nor two organisations of one name)."""
    senses = wn.synsets(lemma)
    if len(senses) == 1:
        return True
    kind, country, sector = e
    if kind != "person" or country is None or "_" not in lemma:
        return False
    others = [entry(s) if s.instance_hypernyms() else None for s in senses]
    return all(o is not None and o[0] == kind and o[2] == sector and o[1] in (None, country) for o in others)


def rows(wn) -> list[tuple[str, str, str, str, str]]:
    """(name, kind, country, sector, synset) of every unambiguous modern actor name WordNet knows."""
    out, parts = [], _name_parts(wn)
    for synset in wn.all_synsets("n"):
        if not synset.instance_hypernyms():
            continue
        e = entry(synset)
        if e is None:
            continue
        kind, country, sector = e
        for lemma in synset.lemma_names():
            if not lemma[:1].isupper() or not _one_actor(wn, lemma, e):
                continue  # "Bush": a shrub and two presidents; "Base": al-Qaeda and a common noun
            if kind == "person" and "_" not in lemma and not _one_word_ok(lemma, synset, parts):
                continue
            out.append((lemma.replace("_", " "), kind, country or "", sector or "", synset.name()))
    return sorted(set(out), key=lambda r: (r[0].lower(), r))


#: The kinds of body a government is made of (WordNet senses): a name WordNet files under one of them names
#: a part of a country's state ("the British civil service" Whitehall, "the United States military
#: establishment" the Pentagon), with the sector of the nearest one listed first in :data:`BODY_SECTORS`.
BODY_SECTORS: dict[str, str] = {
    "legislature.n.01": "LEG", "military.n.01": "MIL", "armed_forces.n.01": "MIL", "police.n.01": "COP",
    "court.n.01": "JUD", "judiciary.n.01": "JUD", "government.n.01": "GOV", "government_department.n.01": "GOV",
    "bureaucracy.n.01": "GOV", "civil_service.n.01": "GOV", "agency.n.01": "GOV", "central_bank.n.01": "GOV"}
#: A gloss naming a body as the armed forces ("the United States military establishment").
_MILITARY = re.compile(r"\b(?:military|army|navy|air ?force|armed forces|Department of Defense)\b", re.I)
#: A building's gloss naming whose seat it is ("housing the offices of the Russian government",
#: "the headquarters of the United States Department of Defense"): the seat stands for its occupant.
_SEAT = re.compile(r"\b(?:offices?|residence|headquarters|seat) of the (.*)")


#: What a seat of government is (a building, a citadel, a street): not a city or a country ("Sucre",
#: Bolivia's seat of government, and "USA" are places of their own, not bodies).
_SITES = frozenset({"structure.n.01", "way.n.06"})


def _first_country(text: str) -> str | None:
    """The first country (or demonym) named in ``text`` ("President of the United States" USA)."""
    words = _words(text)
    return next((code for i in range(len(words)) if (code := _country_at(words, i)[0])), None)


def body_entry(synset) -> tuple[str, str] | None:
    """(country, sector) of a capitalised common noun WordNet files under a body of government, or of a
    building its gloss calls the seat of one, else None.

    The country is the gloss's leading one ("the British government"), or the first one named in its
    first clause for a department ("the federal department in the United States that ...").
    """
    gloss = synset.definition()
    if synset.instance_hypernyms():  # a building or citadel: a body only as the seat of one
        seat = _SEAT.search(gloss.split(";")[0])
        country = _first_country(seat.group(1)) if seat else None
        return (country, "MIL" if _MILITARY.search(seat.group(1)) else "GOV") if seat and country else None
    closure = [x.name() for x in synset.closure(lambda x: x.hypernyms())]
    sectors = [BODY_SECTORS[n] for n in closure if n in BODY_SECTORS]
    country = leading_country(gloss) or _first_country(gloss.split(";")[0]) or _kind_country(synset)
    if not sectors or country is None:
        return None
    return country, "MIL" if _MILITARY.search(_leading_phrase(gloss)) else sectors[0]


def _kind_country(synset) -> str | None:
    """The country the gloss of a body's kind names, when every body of that kind is of one country: "the
    federal department that administers programs ... to farmers" (the Department of Agriculture) is an
    executive department, "a federal department in the executive branch of the government of the United
    States"; a central bank is "a government monetary authority" of no country named."""
    return next((c for h in synset.hypernyms() if (c := _first_country(h.definition().split(";")[0]))), None)


def _cut_short(lemma: str, synset) -> bool:
    """Whether a name is a longer name of the same body cut short: a one-word name that is a word of it
    ("Senate" of "United States Senate", "Commerce" of "Department of Commerce"), or a name that is the
    rest of it after its country ("House of Commons" of "British House of Commons", "Supreme Court" of
    "Supreme Court of the United States"). Many countries have a senate, a supreme court and a house of
    commons: the short name is this one only beside its country, which the text then gives."""
    words = lemma.split("_")
    for other in synset.lemma_names():
        rest = other.split("_")
        if other == lemma or len(rest) <= len(words):
            continue
        if len(words) == 1 and lemma in rest:
            return True
        for i in range(len(rest) - len(words) + 1):
            if rest[i:i + len(words)] == words and _first_country(" ".join(rest[:i] + rest[i + len(words):])):
                return True
    return False


def _leading_phrase(gloss: str) -> str:
    """The words of the gloss before its leading noun phrase ends (see :func:`leading_country`)."""
    words = _words(gloss.split(";")[0])
    end = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _PHRASE_END), len(words))
    return " ".join(words[:end])


def body_rows(wn) -> list[tuple[str, str, str, str, str]]:
    """(name, "organization", country, sector, synset) of the names of government bodies and their seats
    ("White House", "Pentagon", "Downing Street", "Whitehall", "Kremlin", "Quai d'Orsay", "Knesset").

    A name is kept when it is capitalised and every WordNet sense spelt the same way is the same country's
    body or its seat ("White House", the department and the building; "Pentagon" the polygon is spelt
    lower-case; "Justice" the body is also a judge's title). A name cut short (:func:`_cut_short`: "Senate",
    "Congress") is of the kind "organization short": the country's body only in a report that stands in it.
    """
    entries: dict[str, tuple[str, str]] = {}
    places: set[str] = set()  # buildings and streets, which a body's name may be named after
    for synset in wn.all_synsets("n"):
        place = bool(synset.instance_hypernyms()) and bool(_SITES & {
            x.name() for level in _levels(synset) for x in level})
        places.update([synset.name()] if place else [])
        e = body_entry(synset) if place or not synset.instance_hypernyms() else None
        if e is not None:
            entries[synset.name()] = e
    out: dict[str, tuple[str, str, str, str, str]] = {}
    for name in sorted(entries):
        synset, (country, sector) = wn.synset(name), entries[name]
        for lemma in synset.lemma_names():
            if not lemma[:1].isupper():
                continue
            kind = "organization short" if _cut_short(lemma, synset) else "organization"
            same = [s.name() for s in wn.synsets(lemma) if lemma in s.lemma_names()]
            if all(entries.get(s, (country,))[0] == country and (s in entries or s in places) for s in same):
                out.setdefault(lemma, (lemma.replace("_", " "), kind, country, sector, name))
    return list(out.values())


def table_rows(wn) -> list[tuple[str, str, str, str, str]]:
    """The known actors' table: :func:`rows` and :func:`body_rows`, sorted by name (a name both give is
    read as the body: "Pentagon")."""
    bodies = body_rows(wn)
    names = {r[0] for r in bodies}
    return sorted([r for r in rows(wn) if r[0] not in names] + bodies, key=lambda r: (r[0].lower(), r))


def main() -> None:
    wn = open_wordnet()
    table = table_rows(wn)
    head = ("# Named people and organisations WordNet 3.0 knows as instances, with country and CAMEO sector\n"
            "# (tools/grow_known.py: country from the gloss's nationality, sector from the hypernym; only\n"
            "# names with one WordNet sense; people only if born in 1900 or later, or undated heads of state),\n"
            "# and the names of government bodies and their seats (\"White House\", \"Kremlin\", \"Whitehall\");\n"
            "# kind \"organization short\": a body's name cut short (\"Senate\"), its country's only where a\n"
            "# report stands there.\n"
            "# name<TAB>kind<TAB>country<TAB>sector<TAB>synset\n")
    OUT.write_text(head + "".join("\t".join(r) + "\n" for r in table), encoding="utf-8")
    print(f"{len(table)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
