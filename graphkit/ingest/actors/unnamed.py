"""Unnamed actors: sources, instruments, peoples and groups that no name gives.

- a people: a demonym with a noun for people ("Palestinian civilians" -> Palestinians);
- a source or instrument acting for a named actor ("a senior Hamas official", "an Israeli shell",
  "US and British forces"): the token refers to that actor; so does an organised group noun
  premodified by a named organisation ("Hezbollah guerrillas" are Hezbollah acting);
- "the official" after "a U.S. official": the same actor;
- a country's armed forces or police, or those who fight or oppose its government, by demonym
  ("Israeli troops", "Iraqi police", "Syrian rebels"): a group of the country with the noun's
  sector (ISRMIL, IRQCOP, SYRREB), never the country itself;
- people whom an event of the lexicon is done to ("released 15 hostages", "killed three civilians",
  "the release of the prisoners": WordNet's nouns for captives, civilians, refugees, dissidents,
  ``class_people``), as a group tied to its country like the group nouns below;
- a group noun (:mod:`graphkit.ingest.actors.groups`: "students", "police", "troops", "gunmen",
  "kidnappers"; capitalised too when it opens the sentence) that acts or is acted on (also "fired
  at students", "a crackdown on protesters") with no named principal: a group actor (police and
  the army are institutions), tied to its country: of "in X" on the noun, else of the place of
  its clause for people who act where they are ("Police arrested protesters in Cairo"; not
  diplomats meeting in Geneva), else the country the article names most, or the only one it names;
  one group per name and country ("police" in Cairo and in Tehran are two), with its CAMEO sector;
- an unnamed state source is of the country of its seat or its office's ("a spokesman in Tokyo", "an
  official of the Finance Ministry in Tokyo": :mod:`graphkit.ingest.actors.stations`), and a country's forces
  or institutions in the words of a speaker of one country are his country's ("..., Israeli army officials
  said": :func:`graphkit.ingest.actors.speakers.speaker_country`), before the place of their clause;
- people cited for what they know or trade (``commentator_nouns``: "Japanese analysts", "Tokyo dealers")
  are no actor, named or not; sources speak for their principal ("Iranian sources");
- except a generic group only cited as a source ("analysts said": :mod:`graphkit.ingest.actors.generic`),
  a group only described ("officers were racist"), a group someone owns ("its forces": the owner
  acts) and a country's own forces moved by it ("Britain mobilized reservists": its instrument).

Used by :func:`graphkit.ingest.actors.find.find_actors` (its builder holds the clusters).
"""
from __future__ import annotations

from graphkit.ingest.actors.blocs import find_blocs
from graphkit.ingest.actors.bodies import country_at, find_body, place_of, standard_spelling
from graphkit.ingest.actors.chambers import chamber_group, member_home, party_members, tie_named_members
from graphkit.ingest.actors.collectives import find_collectives
from graphkit.ingest.actors.datelines import AT_HOME, item_country
from graphkit.ingest.actors.descriptions import find_descriptions
from graphkit.ingest.actors.executives import setting_executive
from graphkit.ingest.actors.gazetteer import demonym_code, people_name
from graphkit.ingest.actors.generic import drop_cited_groups, is_generic
from graphkit.ingest.actors.groups import (
    branch_at,
    common_at,
    is_group_word,
    is_member_word,
    is_plural_at,
    lone_agent_at,
)
from graphkit.ingest.actors.heads import HELD_NOUNS, group_modifier_at, hit_at, member_group_word, owned_at
from graphkit.ingest.actors.homes import own_country, sole_country
from graphkit.ingest.actors.inner_demonyms import inside_other_name
from graphkit.ingest.actors.institutions import find_central_bank
from graphkit.ingest.actors.modifiers import modifier_words
from graphkit.ingest.actors.offices import home_country, is_office_name, national_office
from graphkit.ingest.actors.participants import (
    AIMED,
    GROUP_PREPS,
    acted_on,
    event_noun,
    forceful_verb,
    in_role,
    undergoing,
)
from graphkit.ingest.actors.possessed import possessed_group
from graphkit.ingest.actors.quantities import quantity_head_at
from graphkit.ingest.actors.regions import regional
from graphkit.ingest.actors.sectors import is_group_noun, noun_sector, plural_of
from graphkit.ingest.actors.speakers import speaker_country, speaker_office
from graphkit.ingest.actors.stations import party_codes, station_country
from graphkit.ingest.actors.titles import SOURCE_NOUNS
from graphkit.ingest.actors.workplaces import workplace_country, works_for_a_living
from graphkit.ingest.prepare.tokentable import TokenTable
from graphkit.ingest.words import word_list
from graphkit.names import name_key

__all__ = ["find_unnamed", "PEOPLE_NOUNS", "GROUP_NOUNS"]

#: Nouns for people as a collective; with a demonym they name the people ("Palestinian civilians").
PEOPLE_NOUNS = frozenset("""
civilians people residents citizens villagers protesters demonstrators refugees students workers
children women men voters farmers migrants settlers pilgrims worshippers prisoners detainees families
population nationals immigrants youths
""".split())

#: Plural nouns that become ``group`` actors when they act (subject of a verb) with no affiliation.
GROUP_NOUNS = frozenset("""
donors protesters demonstrators rebels insurgents militants settlers refugees strikers rioters
activists creditors investors voters workers students farmers residents villagers unions
""".split())

#: Group nouns that name an institution rather than a number of people.
_INSTITUTION_NOUNS = frozenset({"police", "army", "military", "navy", "government", "judiciary"})

#: Sectors of a country's armed forces and police, and of those who fight or oppose its government, whose
#: groups keep their own actor ("Israeli troops", "Syrian rebels": not Syria itself).
_ARMED = frozenset({"MIL", "COP", "REB", "OPP"})


#: Sectors of people who act away from home (diplomats, ministers, officials, reporters meet and report
#: abroad): the place of their act is not their country.
_TRAVELLING = frozenset({"GOV", "LEG", "MED", "BUS"})

#: Sectors of a state's agents who act on other countries ("officials criticised the United States").
_AWAY = _TRAVELLING | {"MIL"}

#: Sectors of people who live and act where they are ("villagers", "residents", "workers", "refugees").
_LOCAL = frozenset({"CVL", "LAB", "REF", "EDU", "OPP"})

#: Singular institutions that are a country's armed forces or police ("the army shelled", "the police said").
_FORCES = frozenset({"army", "military", "navy", "police", "militia"})


def _ent_end(t: TokenTable, i: int) -> int:
    """End of the entity starting at token ``i``."""
    iob, e, n = t.ent_iob, i + 1, len(t.ent_iob)
    while e < n and iob[e] == "I":
        e += 1
    return e



def _grouped(low: str) -> bool:
    """Whether a noun names a group actor, or the members of a chamber (:mod:`graphkit.ingest.actors.groups`)."""
    return is_group_noun(low) or is_group_word(low) or is_member_word(low)


_MOD_DEPS = frozenset({"amod", "compound", "nmod", "poss", "npadvmod"})
#: Sources who speak or act "for" a body ("a spokesman for UKIP", "a lawyer for the family"): the
#: body acts through them, as through "a UKIP spokesman".
_SPEAK_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "official",
                        "officials", "source", "sources", "representative", "representatives", "lawyer",
                        "lawyers", "negotiator", "negotiators", "envoy", "envoys"})


def _source_affiliation(doc, t: TokenTable, i: int, token_actor, kinds) -> tuple[list[str], list[int]]:
    """Actors, and demonym tokens, that the noun at ``i`` acts for ("a senior Hamas official",
    "US and British forces", "the foreign ministers of Qatar and Turkey", "a spokesman for UKIP")."""
    actors: list[str] = []
    demonyms: list[int] = []
    text, dep = t.text, t.dep
    for c in t.children(i):
        d = dep[c]
        if d in _MOD_DEPS:
            for k in modifier_words(t, c):  # "U.S.-led forces", "Soviet Foreign Ministry officials"
                aid = token_actor.get(k)
                if aid and kinds.get(aid) != "person":
                    actors.append(aid)
                elif not aid and text[k][:1].isupper():
                    s = k
                    while s > 0 and t.ent_iob[s] == "I":  # "African" of "South African": the whole name
                        s -= 1
                    word = doc[s:_ent_end(t, s)].text if t.ent_iob[s] == "B" else text[k]
                    if demonym_code(word) and not inside_other_name(doc, t, s):  # not "Latin American"
                        demonyms.append(s)
        elif d == "prep" and (t.lower[c] in ("of", "from") or (t.lower[c] == "for" and t.lower[i] in _SPEAK_FOR)):
            for o in (g for g in t.children(c) if dep[g] == "pobj"):
                for k in [o, *t.conjuncts(o)]:
                    aid = token_actor.get(k)
                    if aid and kinds.get(aid) in ("country", "organization"):
                        actors.append(aid)
    return actors, demonyms


def find_unnamed(b) -> None:
    """Map the tokens of unnamed sources, peoples and groups of builder ``b`` to actors."""
    doc, table, layer = b.doc, b.table, b.layer
    idx, text, lower, dep, span_text = table.idx, table.text, table.lower, table.dep, table.span_text
    last_source: dict[str, str] = {}
    token_actor, pos = layer.token_actor, table.pos
    main = b.main_country()
    generic: dict[str, list[int]] = {}  # unnamed groups with no name in their phrase
    find_descriptions(b, titles=True)  # "the prime minister", "the Conservative leader"
    find_blocs(b)  # "the Group of Seven", "G-7", "the seven major industrial nations"
    for i in range(b.body, len(text)):
        if i in token_actor or pos[i] not in ("NOUN", "PROPN"):
            continue
        office = is_office_name(table, i)  # "the Foreign Ministry": an office, read as a common noun
        if not office and not common_at(table, i):
            continue
        low = standard_spelling(lower[i])  # "guerillas" is "guerrillas"
        if _unread(b, i, low, office):
            continue
        actors, demonyms = _affiliation(b, i)
        if low in PEOPLE_NOUNS and len(demonyms) == 1 and people_name(text[demonyms[0]]):
            d = demonyms[0]
            g = b.group(people_name(text[d]), demonym_code(text[d]))
            g.extra.append((idx[d], idx[i] + len(text[i]), span_text(d, i + 1)))
            token_actor[i] = g.id
            continue
        if (not actors and len(demonyms) == 1 and _armed_group(b, i, demonyms[0])) or (
                not demonyms and _member_group(b, i, main)) or possessed_group(b, i, doc[i].lemma_, demonyms):
            continue  # "Israeli troops"; "rebel leaders": the rebels; "Brazil's seamen": a group of Brazil
        human = _human(b, low, actors)
        if not (human and (actors or demonyms)) and not (low in GROUP_NOUNS or is_group_noun(low)) and (
                find_body(b, i, doc[i].lemma_, member_home(b, i, low, main))):  # "Welsh councils"
            if table.tag[i] in ("NNS", "") and is_generic(b, i):
                generic.setdefault(token_actor[i], []).append(i)
            continue
        if (actors and human) or (demonyms and (human or in_role(table, i))):
            targets = list(actors) if human else []  # "an Iraqi withdrawal from Kuwait" is Iraq's
            for k in demonyms:
                end = _ent_end(table, k) if table.ent_iob[k] == "B" else k + 1
                code = demonym_code(span_text(k, end))
                if code:
                    targets.append(b.ensure_id(country_at(b, code, k, end)))
            targets = list(dict.fromkeys(targets))
            if targets:
                token_actor[i] = last_source[low] = targets[0]
                if len(targets) > 1:
                    layer.plural[i] = targets
                continue
        if low in SOURCE_NOUNS and low in last_source and any(
                dep[c] == "det" and lower[c] == "the" for c in table.children(i)):
            token_actor[i] = last_source[low]  # "the official" after "a U.S. official"
            continue
        acts = dep[_counted_at(table, i)] in ("nsubj", "nsubjpass") or _demoted_subject(table, i)
        if (not actors and not demonyms and (_home_office(b, i) or speaker_office(b, i) or setting_executive(
                b, i) or find_central_bank(b, i))) or _branch_group(
                b, i, low, acts, main, generic) or (
                own_country(b, i)) or _members(b, i, low, acts, generic):
            continue  # "the Foreign Ministry said" in a Moscow story; "congressional leaders"; "his country"; "MPs"
        lone = lone_agent_at(table, i, low)  # "a gunman", "the attacker"
        # collectives ("donors") only when they act
        if ((low in GROUP_NOUNS and acts) or ((lone or _grouped(low)) and in_role(table, i, GROUP_PREPS))
                or (low in undergoing() and acted_on(table, i))) and (
                lone or is_plural_at(table, i, low) or low in _INSTITUTION_NOUNS) and not _described(b, i) and (
                not owned_at(table, i)):
            if _own_forces(b, i, low) is not None:
                continue  # "Britain mobilized army reservists": Britain's instrument, not a party
            _group_noun(b, i, main)
            if low not in _INSTITUTION_NOUNS and is_generic(b, i):
                generic.setdefault(token_actor[i], []).append(i)
        elif low in _FORCES and in_role(table, i, GROUP_PREPS) and not owned_at(table, i) and any(
                dep[c] == "det" and lower[c] == "the" for c in table.children(i)):
            _group_noun(b, i, main)  # "the army shelled": a country's forces, named by the institution
    drop_cited_groups(b, generic)  # "analysts said": a cited source, not an actor
    tie_named_members(b)  # "the MPs" the model took for a name
    find_collectives(b)  # "dockworkers in Antwerp", "the opposition", "union leaders" in a story from Bolivia
    find_descriptions(b, titles=False)  # "the agency", "the committee"


def _unread(b, i: int, low: str, office: bool) -> bool:
    """Whether the noun ``low`` at ``i`` names no unnamed actor: people cited for what they know ("Japanese
    analysts", "currency dealers": ``commentator_nouns``, but sources speak for their principal), or a
    capital opening the sentence that is no noun for people or groups. Commentators with a name read in
    their phrase ("Hong Kong commodity traders") stay a group: else the name would stand for them."""
    t = b.table
    if low in word_list("commentator_nouns") and low not in SOURCE_NOUNS and not any(
            k in b.layer.token_actor for c in t.children(i) if c < i for k in range(b.doc[c].left_edge.i, c + 1)):
        return True
    return not t.text[i].islower() and not (office or _grouped(low) or low in SOURCE_NOUNS or low in PEOPLE_NOUNS
                                            or low in GROUP_NOUNS)


def _affiliation(b, i: int) -> tuple[list[str], list[int]]:
    """The actors and demonym tokens the noun at ``i`` acts for (:func:`_source_affiliation`), else the
    country of its seat (:func:`~graphkit.ingest.actors.stations.station_country`: "a spokesman in Tokyo")."""
    actors, demonyms = _source_affiliation(b.doc, b.table, i, b.layer.token_actor, b.kinds)
    if not actors and not demonyms and (seat := station_country(b, i)):
        actors = [_station_actor(b, i, seat)]
    return actors, demonyms


def _station_actor(b, i: int, code: str) -> str:
    """The id of the country ``code`` that the source at ``i`` serves by its seat, with the source as a mention."""
    t = b.table
    start = next((c for c in t.children(i) if t.dep[c] == "det"), i)
    c = b.country(code)
    c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    return b.ensure_id(c)


def _human(b, low: str, actors: list[str]) -> bool:
    """Whether the noun ``low`` names people who act for ``actors``, the actors of its phrase, or are a
    people: sources, peoples, collectives; a group noun or a chamber's members with a named principal
    ("Hezbollah guerrillas", "Labour MPs": the body acting)."""
    return low in SOURCE_NOUNS or low in PEOPLE_NOUNS or low in GROUP_NOUNS or bool(actors) and (
        is_group_noun(low) or party_members(b, low, actors))


def _members(b, i: int, low: str, acts: bool, generic: dict[str, list[int]]) -> bool:
    """Map the plural at ``i`` that names a chamber's members ("deputies", "MPs"), when they act or take
    part, to a group of their chamber's country (:func:`~graphkit.ingest.actors.chambers.chamber_group`),
    noted in ``generic`` (only cited, "senators said", it is dropped); whether ``low`` names members
    (then no other rule reads it)."""
    t = b.table
    if not is_member_word(low):
        return False
    if is_plural_at(t, i, low) and (acts or in_role(t, i, GROUP_PREPS)) and not _described(b, i) and (
            not owned_at(t, i)):
        gid = chamber_group(b, i, low)
        if gid is not None and is_generic(b, i):
            generic.setdefault(gid, []).append(i)
    return True


def _demoted_subject(t: TokenTable, i: int) -> bool:
    """Whether the noun at ``i`` is the subject of a sentence whose verb the parser demoted to a
    modifier of it ("The rebels disarmed under a peace deal": "rebels" the root, "disarmed" its
    acl): a root noun, with no verb above it, that a verb modifies."""
    return t.dep[i] == "ROOT" and any(t.dep[c] == "acl" and t.tag[c] in ("VBD", "VBN", "VBZ", "VBP")
                                      for c in t.children(i))


def _home_office(b, i: int) -> bool:
    """Map a national office at ``i`` ("the president", "the Foreign Ministry") to the article's home
    country, if it has one; True when it did."""
    t = b.table
    if not national_office(t, i) or not (code := home_country(b)):
        return False
    start = next((c for c in t.children(i) if t.dep[c] == "det"), i)
    c = b.country(code)
    c.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = b.ensure_id(c)
    return True


def _armed_group(b, i: int, d: int) -> bool:
    """A country's armed forces or police named by demonym and noun ("Israeli troops", "Iraqi
    police", "Liberian riot police"): a group actor of the country with the noun's sector (ISRMIL),
    tied to the country."""
    t = b.table
    low = standard_spelling(t.lower[i])
    sector = noun_sector(low)
    if sector not in _ARMED or not _grouped(low) or d >= i:
        return False
    end = _ent_end(t, d) if t.ent_iob[d] == "B" else d + 1
    code = demonym_code(t.span_text(d, end))
    # "Liberian riot police", "Egyptian security forces": lower-case modifiers between demonym and noun
    if not code or end > i or not all(t.text[k].islower() and t.dep[k] in ("compound", "amod") and t.head[k] == i
                                      for k in range(end, i)):
        return False
    g = b.group(" ".join([t.span_text(d, end), *(t.lower[k] for k in range(end, i)), low]), code)
    g.extra.append((t.idx[d], t.idx[i] + len(t.text[i]), t.span_text(d, i + 1)))
    b.layer.token_actor[i] = g.id
    b.tie(g, country_at(b, code, d, end))
    return True


def _group_noun(b, i: int, main, low: str | None = None, start: int | None = None) -> None:
    """A group actor for the group noun at ``i`` ("students", "police"), tied to its country; or for
    the group noun ``low`` that the modifier at ``start`` names ("rebel leaders": the rebels)."""
    t = b.table
    low = low or standard_spelling(t.lower[i])
    start = i if start is None else start
    national = _grouped(low) or _grouped(plural_of(low)) or low in _FORCES or noun_sector(low) in _LOCAL
    local = national and noun_sector(low) not in _TRAVELLING
    armed = low in _FORCES or low in _INSTITUTION_NOUNS or noun_sector(low) in ("MIL", "COP")
    # "Security forces killed three in Lebanon, Israeli army officials said": the speaker's own forces
    own = (workplace_country(b, i) if works_for_a_living(low) else place_of(b, i)) or (speaker_country(
        b, i) if armed else None) or (_clause_place(b, i) if local else None) or (
        item_country(b, i) if noun_sector(low) in AT_HOME else None)  # "MANILA - Communist rebels said"
    code = own or (None if regional(t, i) else main.code if main is not None else sole_country(b))
    if not own and main is None and noun_sector(low) in _AWAY and code in party_codes(b, i):
        code = None  # "officials met Japanese bankers": the one country named is the other party's
    kind = "organization" if low in _INSTITUTION_NOUNS else "group"
    plain = b.groups.get(name_key(low))
    homes = {x.code for x in b.affil.get(id(plain), []) if x.code} if plain is not None else set()
    key = f"{name_key(low)}@{own}" if own and homes and own not in homes else None  # police of two countries
    g = b.group(low, None, kind, key)
    g.extra.append((t.idx[start], t.idx[i] + len(t.text[i]), t.span_text(start, i + 1)))
    b.layer.token_actor[i] = g.id
    if code and national:  # not "donors" or "investors": a collective of anywhere
        b.tie(g, b.country(code))


def _member_group(b, i: int, main) -> bool:
    """Map the leaders or units of a group at ``i`` that take part in an act, or the places it holds that
    are hit, to the group (:mod:`graphkit.ingest.actors.heads`); True when it did."""
    t = b.table
    k = group_modifier_at(t, i)
    if k is None or k in b.layer.token_actor or not in_role(t, i, GROUP_PREPS) or _described(b, i) or (
            t.lower[i] in HELD_NOUNS and not hit_at(t, i, lambda h: forceful_verb(t, h, AIMED) or event_noun(
                t, h, AIMED))):  # "rebel positions" only where they are hit, not visited
        return False
    _group_noun(b, i, main, member_group_word(t.text[k]), k)
    return True


def _branch_group(b, i: int, low: str, acts: bool, main, generic: dict[str, list[int]]) -> bool:
    """Map the holders of a branch of a state named by its adjective ("congressional leaders" at
    ``i``), when they act or take part, to a group of the article's country, or of the only country
    it names, noted in ``generic`` (only cited, "parliamentary sources said", it is dropped); True
    when it did."""
    t = b.table
    k = branch_at(t, i)
    if k is None or low not in SOURCE_NOUNS or not is_plural_at(t, i, low) or _described(b, i) or not (
            acts or in_role(t, i, GROUP_PREPS)):
        return False
    code = main.code if main is not None else sole_country(b)
    g = b.group(f"{t.lower[k]} {t.lower[i]}", None)
    g.extra.append((t.idx[k], t.idx[i] + len(t.text[i]), t.span_text(k, i + 1)))
    b.layer.token_actor[i] = g.id
    if code:
        b.tie(g, b.country(code))
    generic.setdefault(g.id, []).append(i)
    return True


def _clause_place(b, i: int) -> str | None:
    """The country of the place where the clause of the participant at ``i`` happens: "in X" on its
    verb or on the verb's object ("Police arrested 20 protesters in Cairo": Egypt's police). Unnamed
    police, troops or students acting somewhere are, unless a demonym says otherwise, of that place."""
    t = b.table
    k = _counted_at(t, i)  # "arrested dozens of students in Cairo"
    while t.dep[k] == "conj" and t.head[k] != k:
        k = t.head[k]
    if t.dep[k] == "pobj":
        k = t.head[k]  # the preposition
    verb = t.head[k]
    if verb == k or t.pos[verb] not in ("VERB", "AUX"):
        return None
    nouns = [verb, *(c for c in t.children(verb) if t.dep[c] in ("dobj", "nsubjpass") and c != i)]
    for n in nouns:
        code = place_of(b, n)
        if code:
            return code
    return None


def _counted_at(t: TokenTable, i: int) -> int:
    """The quantity head that counts the noun at ``i`` ("dozens" in "dozens of students"), which
    stands where the group does in its clause; else ``i`` itself."""
    q = quantity_head_at(t, i)
    return i if q is None else q


def _described(b, i: int) -> bool:
    """Whether the noun at ``i`` is only the subject of a description ("a few police officers were
    racist", "students are angry"): a state of the group, not an act it takes part in."""
    t = b.table
    i = _counted_at(t, i)  # "many of the students are angry"
    h = t.head[i]
    return t.dep[i] == "nsubj" and h != i and b.doc[h].lemma_ == "be" and any(
        t.dep[c] in ("acomp", "attr") for c in t.children(h))


def _own_forces(b, i: int, low: str) -> str | None:
    """The country whose own forces the object at ``i`` are: troops or police that a country moves
    ("Britain mobilized army reservists", "Pakistan refused to send peacekeepers") are its instrument,
    not a party the act is aimed at (the target is where they go: "against Iraq", "in Iraq"); the id
    of that country (the subject of the verb), else None."""
    t = b.table
    i = _counted_at(t, i)  # "deployed thousands of troops"
    if t.dep[i] != "dobj" or noun_sector(low) not in ("MIL", "COP"):
        return None
    verb = t.head[i]
    while True:
        subjects = [c for c in t.children(verb) if t.dep[c] == "nsubj"]
        if subjects or t.dep[verb] != "xcomp" or t.head[verb] == verb:
            break
        verb = t.head[verb]  # "refused to send": the subject of "refused"
    for s in subjects:
        aid = b.layer.token_actor.get(s)
        if aid and b.kinds.get(aid) == "country":
            return aid
    return None
