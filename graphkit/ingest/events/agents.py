"""Who does the act an event noun names: its own phrase, or the clause it stands in.

The possessor and the "by" agent ("Israel's assault", "an attack by rebels"), the "of" phrase of an act
without an object ("the resignation of Blunkett"), the parties "between" whom a mutual act is ("talks
between Israel and Hamas", "a meeting of X, Y and Z"), the owner of an act ("claimed responsibility for
the bombing"), the subject who gathers for it ("negotiators return to Geneva for talks"); else the
clause around it (:func:`graphkit.ingest.events.nominal.nominal_doers`), and who attends a meeting by
going to it (:mod:`graphkit.ingest.events.attendance`). Used by
:mod:`graphkit.ingest.events.arguments`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["talks", "between", "Israel", "and", "Hamas"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 2, 2], deps=["ROOT", "prep", "pobj", "cc", "conj"],
...           lemmas=["talk", "between", "Israel", "and", "Hamas"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {2: "isr", 4: "hamas"}.get(i)
>>> noun_agents(doc[0], Layer())
['isr', 'hamas']
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import country_code, demonym_code
from graphkit.ingest.events.attendance import attendance_doers
from graphkit.ingest.events.encounters import MEETINGS
from graphkit.ingest.events.implied import country_actor
from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.nominal import nominal_doers
from graphkit.ingest.events.nominal_roles import INTRANSITIVE_ACTS, undergone_authors
from graphkit.ingest.events.roles import is_passive, np_actors, prep_actors, subject_actors
from graphkit.ingest.events.triggers import lemma_of as _lemma

__all__ = ["noun_agents", "passive_parties"]

#: Event nouns whose "between" parties are all actors ("clashes between X and Y").
_MUTUAL_NOUNS = frozenset({"talk", "negotiation", "meeting", "summit", "consultation", "clash", "fighting",
                           "battle", "war", "agreement", "accord", "cooperation", "dialogue", "truce",
                           "ceasefire", "gunbattle", "skirmish", "conflict", "discussion", "conversation",
                           "pact", "treaty"})

#: Verbs of going and gathering: the event noun they are "for" is their subject's ("came for talks").
_GATHER = frozenset({"come", "go", "return", "arrive", "travel", "fly", "head", "gather", "converge", "assemble",
                     "meet", "sit", "convene", "leave", "set", "prepare", "rally", "turn", "take", "march"})


def noun_agents(noun, layer) -> list[str]:
    """The doers event noun ``noun`` names itself or by its place in the clause (see the module)."""
    out: list[str] = []
    for c in noun.children:
        if c.dep_ == "poss":
            out += [a for a in np_actors(c, layer) if a not in out]
    # "the resignation of Y": Y resigns; "the withdrawal of troops from X": X is left, not the doer
    doer_of = _lemma(noun) in INTRANSITIVE_ACTS
    out += [a for a in prep_actors(noun, layer, {"by", "of"} if doer_of else {"by", "from"}) if a not in out]
    out += [a for a in undergone_authors(noun, layer) if a not in out]  # "drew criticism from X"
    if not out and _lemma(noun) in _MUTUAL_NOUNS:  # "talks between Israel and Hamas"
        out += [a for a in prep_actors(noun, layer, {"between", "among"}) if a not in out]
        out += [a for a in _members(noun, layer) if a not in out]
        out += [a for a in _hyphened_pair(noun, layer) if a not in out]  # "the U.S.-Japan talks"
    if not out and (owner := _responsible(noun)) is not None:
        # "the Taliban claimed responsibility for the bombing": who owns an act did it
        out += [a for a in subject_actors(owner, layer) if a not in out]
    if (not out and noun.dep_ == "pobj" and noun.head.text.lower() == "for"
            and (noun.head.head.pos_ in ("VERB", "") and _lemma(noun.head.head) in _GATHER or _there(noun.head.head))):
        # "negotiators return to Geneva for talks", "converged on Lagos for a rally", "was in Bonn for talks"
        out += [a for a in subject_actors(noun.head.head, layer) if a not in out]
    # "a strike called by workers", "were on strike"; "drove to a meeting with X", "began two days of talks"
    return out or nominal_doers(noun, layer) or attendance_doers(noun, layer)


#: Verbs by which one owns an act ("claimed responsibility for", "took responsibility for"). A
#: denial ("denied responsibility for") names no doer.
_OWNING = frozenset({"claim", "accept", "admit", "take", "assume", "acknowledge"})


def _responsible(noun):
    """The verb whose subject owns the act ``noun``: "claimed responsibility for the bombing",
    "said it was responsible for the attack"; else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Hamas", "claimed", "responsibility", "for", "the", "attack"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 5, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"],
    ...           lemmas=["Hamas", "claim", "responsibility", "for", "the", "attack"])
    >>> _responsible(doc[5]).text
    'claimed'
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.text.lower() != "for":
        return None
    owned, verb = prep.head, prep.head.head
    if _lemma(owned) == "responsibility" and owned.dep_ == "dobj" and _lemma(verb) in _OWNING:
        return verb
    if _lemma(owned) == "responsible" and owned.dep_ == "acomp" and _lemma(verb) == "be":
        return verb
    return None


#: Adverbs of where one is: "was here for talks".
_PLACE_ADVERBS = frozenset({"here", "there", "abroad"})


def _there(verb) -> bool:
    """Whether ``verb`` is "be" said of where its subject is ("was in Bonn for talks", "is here for talks"):
    one who is at a place for a meeting takes part in it; one who "will be" there does not yet.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "was", "in", "Bonn", "for", "talks"], heads=[1, 1, 1, 2, 1, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
    ...           lemmas=["X", "be", "in", "Bonn", "for", "talk"])
    >>> _there(doc[1])
    True
    """
    if _lemma(verb) != "be" or verb.pos_ not in ("AUX", "VERB", ""):
        return False
    if any(c.dep_ == "aux" for c in verb.children):  # "will be in Bonn for talks": not there yet
        return False
    return any((c.dep_ == "prep" and c.text.lower() in ("in", "at") and any(o.dep_ == "pobj" for o in c.children))
               or (c.dep_ == "advmod" and c.text.lower() in _PLACE_ADVERBS) for c in verb.children)


#: Kinds of mutual act a hyphened pair of countries before the noun takes part in when a verb tells it ("the
#: U.S.-Japanese accord was signed"); by the noun alone only talks, since news names a standing accord or
#: relation by its pair long after it was made ("under the U.S.-Greek bases accord", "U.S.-Japanese
#: cooperation") and a war long after it began ("the Iran-Iraq war").
_PAIRED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def _hyphened_pair(noun, layer, types=frozenset({"CONSULT"})) -> list[str]:
    """The countries a hyphened pair of names or nationalities before mutual act ``noun`` (of one of
    ``types``) names: "the U.S.-Japan talks", "Soviet-Afghan talks", "U.S.-Japanese trade talks" (every
    part a country).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> doc = Doc(Vocab(), words=["the", "U.S.-Japanese", "talks"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
    ...           lemmas=["the", "U.S.-Japanese", "talk"])
    >>> layer = ActorLayer()
    >>> [layer.actors[a].code for a in _hyphened_pair(doc[2], layer)]
    ['USA', 'JPN']
    """
    trig = lookup_noun(_lemma(noun))
    if trig is None or trig.type not in types or noun.left_edge.i >= noun.i:
        return []
    chunk = next((w for w in noun.doc[noun.left_edge.i:noun.i].text.split() if "-" in w.strip("-")), None)
    parts = [p for p in (chunk or "").split("-") if p]
    codes = [country_code(p) or demonym_code(p) for p in parts]
    if len(parts) < 2 or not all(codes) or len(set(codes)) < len(codes):
        return []
    return [country_actor(code, None, layer) for code in codes if code]


def _members(noun, layer) -> list[str]:
    """The parties coordinated in the "of" phrase of a meeting: "a meeting of X and Y", "a meeting
    of the ministers of X, Y and Z" (one name, or names in apposition, are no parties to it)."""
    for p in noun.children:
        if p.dep_ != "prep" or p.text.lower() != "of":
            continue
        for o in p.children:
            if o.dep_ != "pobj":
                continue
            if not o.conjuncts:  # "the ministers of X, Y and Z": one level down
                o = next((q for pp in o.children if pp.dep_ == "prep" and pp.text.lower() == "of"
                          for q in pp.children if q.dep_ == "pobj"), o)
            heads = [o, *[c for c in o.conjuncts if c.i > o.i]]
            members = [a for h in heads if (a := next(iter(np_actors(h, layer)), None))]
            if len(heads) > 1 and len(set(members)) == len(heads):
                return list(dict.fromkeys(members))
            if len(nations := _nations(o, layer)) > 1:  # "a meeting of British and French ministers"
                return nations
    return []


def _nation(adj, layer) -> str | None:
    """The actor a modifier names, or the article's one country actor its adjective of nationality names."""
    if (aid := layer.at(adj.i)) is not None:
        return aid
    found = [aid for aid, a in layer.actors.items() if (code := demonym_code(adj.text)) and a.kind == "country"
             and a.code == code]
    return found[0] if len(found) == 1 else None


def _nations(noun, layer) -> list[str]:
    """The countries of coordinated modifiers of ``noun`` that each name one ("British and French
    ministers", "U.S. and Japanese officials": the United Kingdom and France; the United States and Japan),
    when every one of them names a different party; else none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["U.S.", "and", "Japanese", "officials"], heads=[3, 0, 0, 3],
    ...           deps=["compound", "cc", "conj", "ROOT"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "usa", 2: "japan"}.get(i)
    >>> _nations(doc[3], Layer())
    ['usa', 'japan']
    """
    for m in noun.children:
        if m.dep_ in ("amod", "compound") and m.i < noun.i and m.conjuncts:
            heads = [m, *m.conjuncts]
            if any(h.n_lefts or h.n_rights > len([c for c in h.children if c.dep_ in ("cc", "conj", "punct")])
                   for h in heads):
                continue  # "Latin American and Caribbean exporters": a modifier of many words names no country
            found = [a for h in heads if (a := _nation(h, layer)) is not None]
            if len(set(found)) == len(heads) > 1:
                return found
    return []


def _sides(holder, layer) -> list[str]:
    """The parties of the "between" or "among" phrase of ``holder``: its coordinated actors, or the
    countries its object's coordinated modifiers name ("between British and French negotiators")."""
    objs = [o for p in holder.children if p.dep_ == "prep" and p.text.lower() in ("between", "among")
            for o in p.children if o.dep_ == "pobj"]
    if any(o.conjuncts for o in objs):  # two parties or more, not all of them actors ("X and the banks")
        return prep_actors(holder, layer, {"between", "among"})
    return [a for o in objs for a in _nations(o, layer)]


#: Prepositions of the meeting an act is done in or at ("reached in talks between X and Y").
_OCCASION_PREPS = frozenset({"in", "at", "during"})


def _occasions(verb) -> list:
    """The meetings ``verb``'s "in", "at" or "during" phrase names: a mutual act reached in talks between
    parties is theirs ("an agreement was reached at a meeting between Iran and the Soviet Union")."""
    return [o for p in verb.children if p.dep_ == "prep" and p.text.lower() in _OCCASION_PREPS
            for o in p.children if o.dep_ == "pobj" and _lemma(o) in MEETINGS]


def passive_parties(verb, layer) -> list[str]:
    """The parties of a mutual act a passive verb with no agent tells: "an agreement was reached between
    X and Y", "agreement was reached on Tuesday between British and French negotiators" -- the "between"
    phrase, on the act's noun or on the verb, names those who reached it; so do the act's owner and the one
    it is with ("Japan's agreement with the United States was signed"); none when a "by" phrase names the
    doer or the subject names no mutual act.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["agreement", "was", "reached", "between", "Britain", "and", "France"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 0, 3, 4, 4],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj"],
    ...           lemmas=["agreement", "be", "reach", "between", "Britain", "and", "France"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {4: "gbr", 6: "fra"}.get(i)
    >>> passive_parties(doc[2], Layer())
    ['gbr', 'fra']
    """
    if not is_passive(verb) or any(c.dep_ == "agent" or (c.dep_ == "prep" and c.text.lower() == "by")
                                   for c in verb.children):
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or _lemma(subj) not in _MUTUAL_NOUNS:
        return []
    for holder in (subj, verb, *_occasions(verb)):  # "was reached in talks between X and Y"
        if sides := _sides(holder, layer):
            return list(dict.fromkeys(sides))
    if pair := _hyphened_pair(subj, layer, _PAIRED_TYPES):  # "the U.S.-Japanese agreement was signed"
        return pair
    # "Japan's agreement with the United States was signed": its owner and the one it is with
    owners = [a for c in subj.children if c.dep_ == "poss" for a in np_actors(c, layer)]
    return list(dict.fromkeys(owners + prep_actors(subj, layer, {"with"}))) if owners else []

