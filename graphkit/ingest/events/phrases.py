"""Actors a noun phrase names: its head, appositions, compounds, demonyms, possessives and "of" phrases.

Everything here reads spaCy tokens and the actor stage's :class:`ActorLayer` (``layer.at(i)``
maps name tokens, resolved pronouns, titles, demonyms and anonymous sources to local actor
ids). Noun phrases are searched in a fixed, shallow order (the head, appositions, compounds, demonyms,
possessives, "of"/"from"/"in" phrases), never through relative clauses: linear in the phrase.
The verb's roles (doer, recipients) built on these are in :mod:`graphkit.ingest.events.roles`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["ministers", "of", "Qatar", "and", "Turkey"],
...           heads=[0, 0, 1, 2, 2], deps=["ROOT", "prep", "pobj", "cc", "conj"])
>>> class Layer:
...     def at(self, i):
...         return {2: "qatar", 4: "turkey"}.get(i)
>>> np_actors(doc[0], Layer())
['qatar', 'turkey']
>>> prep_actors(doc[0], Layer(), {"of"})
['qatar', 'turkey']
"""
from __future__ import annotations

from graphkit.ingest.actors.heads import MEMBER_NOUNS
from graphkit.ingest.actors.quantities import quantified_group
from graphkit.ingest.events.belonging import of_where_they_are
from graphkit.ingest.events.exemplars import names_examples
from graphkit.ingest.events.instances import instance_owners
from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.owners import is_place, modifier_deps, only_its_seat, owner_over_place
from graphkit.ingest.words import word_list

__all__ = ["WH_WORDS", "RECIPIENT_PREPS", "np_actors", "arg_actors", "prep_actors", "antecedent", "add_new"]

WH_WORDS = frozenset({"which", "who", "whom", "that", "whose"})
#: Prepositions whose objects are an event's recipients ("spoke to", "fired on", "withdrew from").
RECIPIENT_PREPS = frozenset({"to", "with", "on", "upon", "against", "into", "at", "toward", "towards",
                             "from", "between", "over", "onto"})
_IDENTITY_PREPS = frozenset({"of", "from", "in", "including"})
_MOD_DEPS = ("appos", "compound", "amod", "nmod", "poss")
#: Adjectives of allegiance: "militants loyal to X" act for X.
_ALLEGIANCE = frozenset({"loyal", "close", "linked", "allied", "affiliated", "tied", "faithful", "answerable"})
#: Verbs of leading a body: "a delegation led by X", "a mission headed by X" acts for X.
_LEADING = frozenset({"lead", "head", "chair"})


def add_new(out: list[str], ids) -> None:
    """Append the ids not yet in ``out``, in order, skipping empty ones.

    >>> out = ["a"]
    >>> add_new(out, ["b", None, "a", "c"])
    >>> out
    ['a', 'b', 'c']
    """
    for i in ids:
        if i and i not in out:
            out.append(i)


def antecedent(tok):
    """The noun a relative pronoun ("which", "who") stands for, or None."""
    verb = tok.head
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        return verb.head
    # a relative clause the parser attached elsewhere ("Egypt -- which drafted ..."):
    # the nearest noun or name before the pronoun
    j = tok.i - 1
    while j >= max(tok.sent.start, tok.i - 4):
        t = tok.doc[j]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return t
        if t.pos_ not in ("PUNCT", "DET", "ADP"):
            break
        j -= 1
    return None


def _own(tok, layer, depth: int = 0) -> str | None:
    aid = layer.at(tok.i)
    if aid:
        return aid
    if depth < 2 and tok.text.lower() in WH_WORDS and tok.tag_ in ("WDT", "WP", "WP$"):
        ante = antecedent(tok)
        if ante is not None and ante.i != tok.i and ante.text.lower() not in WH_WORDS:
            member = _set_member(ante)  # "Britain was among the countries that criticised Israel"
            return layer.at(ante.i) or next(iter(_head_actors(ante, layer, depth + 1)), None) or (
                layer.at(member.i) if member is not None else None)
    return None


def _set_member(noun):
    """The subject of "X was one of the countries ...", "X was among the nations ...", the complement of
    "Among the countries ... were X", the object of "The countries ... included X": a member of the
    set ``noun`` names, so it does what a relative clause says the set did; else None."""
    prep = noun.head
    if noun.dep_ == "nsubj" and _lemma(prep) == "include":
        return next((o for o in prep.children if o.dep_ == "dobj"), None)
    if noun.dep_ != "pobj" or prep.text.lower() not in ("of", "among"):
        return None
    verb = prep.head
    if prep.text.lower() == "of":
        if verb.text.lower() != "one" or verb.dep_ not in ("attr", "acomp", "npadvmod"):
            return None
        verb = verb.head
    if _lemma(verb) != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None  # "Britain was not among the countries that ...": no member
    return next((s for s in verb.children if s.dep_ == "nsubj"), None) or next(
        (s for s in verb.children if s.dep_ == "attr" and prep.i < verb.i), None)


def _set_members(tok, own: str, layer) -> list[str]:
    """The other members named with the one a relative pronoun ``tok`` stands for through its set
    ("Britain and France were among the countries that criticised Iran": France too)."""
    ante = antecedent(tok) if tok.text.lower() in WH_WORDS and tok.tag_ in ("WDT", "WP") else None
    member = _set_member(ante) if ante is not None and ante.i != tok.i else None
    if member is None or layer.at(member.i) != own:
        return []
    return [a for c in member.conjuncts if (a := layer.at(c.i)) is not None]


def _own_group(tok, own: str, layer) -> list[str]:
    """A title the actor stage maps to its country ("the foreign ministers of Qatar and
    Turkey" -> Qatar) also stands for the coordinated countries; so do coordinated demonyms
    ("Hungarian and Romanian officials") and plural references ("the two countries")."""
    out = [own]
    all_at = getattr(layer, "all_at", None)
    if all_at is not None:
        add_new(out, all_at(tok.i))
    add_new(out, _coordinated_antecedents(tok, own, layer))
    add_new(out, _set_members(tok, own, layer))
    for c in tok.children:
        if c.dep_ == "prep" and c.text.lower() == "of":
            inner = [a for p in c.children if p.dep_ == "pobj" for a in np_actors(p, layer, 2)]
            if own in inner:
                add_new(out, inner)
        elif c.dep_ in ("amod", "compound") and layer.at(c.i) == own:
            add_new(out, [layer.at(x.i) for x in c.conjuncts])
        elif (c.dep_ == "appos" and layer.at(c.i) and layer.at(c.i) not in out and not is_place(layer.at(c.i), layer)
              and not any(d.dep_ == "det" and d.text.lower() in ("a", "an") for d in c.children)
              and (c.pos_ == "PROPN" or getattr(layer.actors.get(layer.at(c.i)), "kind", None) != "country")):
            out.insert(0, layer.at(c.i))  # "his counterpart, Vladimir Putin" (not "Miami, Fla.", "Jenkins, a Democrat",
            # nor the country of a title: "Howard, the British minister" is British, no second doer)
    return out


#: Singular verb forms: a relative clause with one stands for one name ("X and Y, who was elected ...").
_SINGULAR = frozenset({"is", "was", "has", "does"})


def _coordinated_antecedents(tok, own: str, layer) -> list[str]:
    """The other names of the coordination a relative pronoun ``tok`` follows as a whole: "Kohl and
    Mitterrand, who met in Paris" -- both met; not when the clause's verb is singular ("Kohl and
    Mitterrand, who was elected in 1981") nor when it follows one name only ("Kohl, who met X, and Y").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Kohl", "and", "Mitterrand", ",", "who", "met"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 0, 0, 5, 0],
    ...           deps=["ROOT", "cc", "conj", "punct", "nsubj", "relcl"], tags=["NNP", "CC", "NNP", ",", "WP", "VBD"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "kohl", 2: "mitterrand"}.get(i)
    >>> _coordinated_antecedents(doc[4], "kohl", Layer())
    ['mitterrand']
    """
    if tok.text.lower() not in ("who", "which", "that") or tok.tag_ not in ("WP", "WDT"):
        return []
    verb = tok.head
    if verb.dep_ != "relcl" or layer.at(verb.head.i) != own:
        return []
    if verb.tag_ == "VBZ" or any(t.text.lower() in _SINGULAR for t in (verb, *verb.children) if t.i > tok.i):
        return []
    return [a for c in verb.head.conjuncts if c.i < tok.i and (a := layer.at(c.i)) is not None]


def _head_actors(tok, layer, depth: int = 0, place_ok: bool = True) -> list[str]:
    """Actors a single noun-phrase head (no conjuncts) refers to."""
    own = _own(tok, layer, depth)
    out: list[str] = []
    if own:  # "the U.S. frigate Stark": a named thing is its owner's
        return instance_owners(tok, layer) or _own_group(tok, own, layer)
    counted = quantified_group(tok) if depth < 2 else None
    if counted is not None:  # "dozens of students", "many of the prisoners": the students, never "in X"
        return np_actors(counted, layer, depth + 1, place_ok)
    children = list(tok.children)
    if depth < 2:
        for c in children:  # "militants loyal to X", "a group linked to X": they act for X
            if c.dep_ == "amod" and _lemma(c) in _ALLEGIANCE:
                add_new(out, [a for p in c.children if p.dep_ == "prep" and p.text.lower() in ("to", "with")
                           for q in p.children if q.dep_ == "pobj" for a in np_actors(q, layer, depth + 1)])
        if out:
            return out
    for dep in modifier_deps(tok, _MOD_DEPS):  # "US dlrs": a currency, no party; "Israel's ally": not Israel
        for c in children:
            if c.dep_ == dep:
                aid = layer.at(c.i)
                if aid is None and dep in ("appos", "compound", "poss") and depth < 2:
                    add_new(out, [a for h in [c, *c.conjuncts] for a in _head_actors(h, layer, depth + 1)])
                elif aid:
                    add_new(out, [aid])
                    add_new(out, [layer.at(x.i) for x in c.conjuncts])
                    if dep == "compound":  # "the Israel-Hamas conflict"
                        add_new(out, [layer.at(x.i) for x in c.children if x.dep_ == "compound"])
        if out:
            owner = owner_over_place(tok, out, layer)  # "its Gulf oil platforms": its owner's
            return out if owner is None else owner
    if depth < 2:
        for c in children:
            # "officials in Cairo" are of Cairo, but "a rally in Lagos" is only held there
            # (the place is what it concerns, not who does it: ``place_ok`` False)
            if c.dep_ == "prep" and (names_examples(c) or c.text.lower() in _IDENTITY_PREPS and (
                    c.text.lower() not in ("in", "from") or (
                    of_where_they_are(tok) and (place_ok or _lemma(tok) not in load_lexicon()["N"])))
                    or (c.text.lower() == "for" and tok.text.lower() in MEMBER_NOUNS)):  # "a spokesman for X"
                for p in c.children:
                    if p.dep_ == "pobj":
                        add_new(out, np_actors(p, layer, depth + 1))
            if out:
                return [] if only_its_seat(tok, out, layer) else out  # "Inc of Pompano Beach, Fla."
    return out or (_leaders(tok, layer, depth) + _authors(tok, layer, depth) if depth < 2 else [])


def _leaders(tok, layer, depth: int) -> list[str]:
    """The leader a body acts for: "a delegation led by X", "a team headed by X"."""
    return [a for c in tok.children if c.dep_ == "acl" and _lemma(c) in _LEADING for g in c.children
            if g.dep_ == "agent" for q in g.children if q.dep_ == "pobj" for a in np_actors(q, layer, depth + 1)]


#: Nouns of statements and documents: one that says or urges something as a subject speaks for its author.
_WRITINGS = word_list("statement_nouns") | word_list("document_nouns")


def _authors(tok, layer, depth: int) -> list[str]:
    """The author a statement or document subject speaks for, named by "by" or by a participle with a "by"
    agent: "a statement issued by the State Department criticised Iran", "the joint statement by Japan and
    China urged Vietnam ...", "the resolution, sponsored by Britain, condemned Iran"."""
    if tok.dep_ != "nsubj" or _lemma(tok) not in _WRITINGS:
        return []
    holders = [tok, *(c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    return [a for h in holders for p in h.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.text.lower() == "by")
            for q in p.children if q.dep_ == "pobj" for a in np_actors(q, layer, depth + 1)]


def np_actors(tok, layer, depth: int = 0, place_ok: bool = True) -> list[str]:
    """Actors a noun phrase headed by ``tok`` refers to, conjuncts included.

    "the foreign ministers of Qatar and Turkey" gives both countries, "an Israeli shell" the
    country of the demonym (when the actor stage maps it), "its ally Israel" the apposition.
    """
    out: list[str] = []
    for h in [tok, *[c for c in tok.conjuncts if c.i > tok.i]]:
        add_new(out, _head_actors(h, layer, depth, place_ok))
    return out


def prep_actors(tok, layer, preps=RECIPIENT_PREPS) -> list[str]:
    """Actors in the objects of ``tok``'s prepositions (``preps``), e.g. "talks with Israel"."""
    out: list[str] = []
    for first in tok.children:
        if first.dep_ not in ("prep", "dative") or first.text.lower() not in preps:
            continue
        # "with its creditors and with France": a coordinated phrase of the same kind plays the same part
        for c in [first, *[x for x in first.children if x.dep_ == "conj" and x.text.lower() in preps]]:
            for p in c.children:
                if p.dep_ == "pobj":
                    add_new(out, np_actors(p, layer))
                elif p.dep_ == "prep" and p.text.lower() in ("of", "from"):  # "out of", "away from"
                    add_new(out, prep_actors(c, layer, {p.text.lower()}))
    return out


def arg_actors(tok, layer) -> list[str]:
    """Actors of an argument noun: itself, else its agent or its own recipients.

    "Israel's assault on Gaza" gives Israel; "sanctions on the Taliban" the Taliban; "a
    proposal to halt the Israel-Hamas conflict" the parties to the conflict. The place an act
    is done "in" is its actor only when the act names no party of its own: "signed an agreement
    with France in Paris" gives France, "condemned the bombing in Beirut" Lebanon.
    """
    act = _lemma(tok) in load_lexicon()["N"]
    out = np_actors(tok, layer, place_ok=not act)
    if out:
        return out
    add_new(out, prep_actors(tok, layer, {"by"}))
    if out:
        return out
    add_new(out, prep_actors(tok, layer))
    if out:
        return out
    for c in tok.children:
        if c.dep_ == "acl":
            for o in c.children:
                if o.dep_ in ("dobj", "nsubjpass"):
                    add_new(out, np_actors(o, layer))
                elif o.dep_ == "agent":  # "the demonstration staged by students"
                    add_new(out, [a for p in o.children if p.dep_ == "pobj" for a in np_actors(p, layer)])
    return out or (np_actors(tok, layer) if act else [])


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()
