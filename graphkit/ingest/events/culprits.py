"""The accused of a charge told in a content clause: the doer of the charged act, not its victim.

A verb of accusing that takes a clause instead of a person ("Tass charged that Pakistan had violated
Afghan airspace", "Iran alleged that Iraqi jets had bombed Basra", "X complained that the bank had
cut off its aid") accuses the one who, the clause says, did the wrong: the clause's subject, or for
a passive clause its "by" agent ("charged that the embassy had been penetrated by Soviet agents").
The parties the clause's act was done to (Afghanistan, Basra) are its victims, never the accused. A
subject that is a common noun names its doer by its words ("Iraqi jets", "its troops"); see
:func:`act_doers`. A verb that names the accused as its object
("accused Japan of dumping") is left to its object.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Tass", "charged", "that", "Pakistan", "violated", "Afghan", "airspace"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 6, 4],
...           deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp", "amod", "dobj"],
...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "ADJ", "NOUN"])
>>> class Layer:
...     actors = {}
...     def at(self, i):
...         return {0: "tass", 3: "pak", 5: "afg"}.get(i)
>>> content_culprits([doc[1]], ["tass"], ["afg"], Layer())
['pak']
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.events.implied import country_actor
from graphkit.ingest.events.nominal_roles import modifier_actor
from graphkit.ingest.events.roles import is_passive, np_actors, prep_actors

__all__ = ["act_doers", "claim_authors", "clause_doers", "content_culprits", "culprits_complained_of"]

#: Prepositions of the matter of a complaint: after a verb ("complained about X", "of X's inaction",
#: "protested over X's raids") and after a noun ("anger at X", "dissatisfaction with X's plan"; "the
#: complaint of X" names its author, "protested at the embassy" a place).
_VERB_MATTER = frozenset({"about", "over", "of"})
_NOUN_MATTER = frozenset({"about", "over", "at", "with"})
#: Dependencies by which a verb names the party it acts on ("accused Japan", "gave Japan").
_OBJECT_DEPS = frozenset({"dobj", "dative"})


def act_doers(act, layer) -> list[str]:
    """The parties the words of a noun name as the doer of what it names: its possessor and its
    modifiers of nationality or name ("Turkish violations", "the U.S. tariffs", "Israel's raids").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Israel", "'s", "raids"], heads=[2, 0, 2], deps=["poss", "case", "ROOT"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "isr"}.get(i)
    >>> act_doers(doc[2], Layer())
    ['isr']
    """
    out = [a for m in act.children if m.dep_ == "poss" for a in np_actors(m, layer)]
    out += [a for m in act.children if m.dep_ in ("amod", "compound", "nmod")
            if (a := modifier_actor(m, act, layer) or (
                country_actor(code, None, layer) if m.dep_ == "amod" and (code := demonym_code(m.text)) else None))]
    return out


def claim_authors(noun, layer) -> list[str]:
    """Who makes a claim a noun names: "claims by/from X", "X's allegations", "Iranian charges".

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["charges", "by", "Iran"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {2: "irn"}.get(i)
    >>> claim_authors(doc[0], Layer())
    ['irn']
    """
    out = act_doers(noun, layer)
    return out + [a for a in prep_actors(noun, layer, {"by", "from", "of"}) if a not in out]


def clause_doers(clause, layer) -> list[str]:
    """The actors a finite clause names as the doer of its act: its subject (or its passive
    verb's "by" agent), by name or by the words of a common noun ("Iraqi jets", "its troops").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iraqi", "jets", "bombed", "Basra"], heads=[1, 2, 2, 2],
    ...           deps=["amod", "nsubj", "ROOT", "dobj"], pos=["ADJ", "NOUN", "VERB", "PROPN"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irq", 3: "basra"}.get(i)
    >>> clause_doers(doc[2], Layer())
    ['irq']
    """
    if is_passive(clause):
        heads = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        heads = [s for s in clause.children if s.dep_ == "nsubj"]
    out: list[str] = []
    for h in heads:
        for a in np_actors(h, layer) or act_doers(h, layer):
            if a not in out:
                out.append(a)
    return out


def content_culprits(heads, actors: list[str], recips: list[str], layer) -> list[str]:
    """``recips`` of an accusation whose verb among ``heads`` takes a finite content clause and no
    object: the clause's doers (see the module) in place of the parties inside the clause;
    ``recips`` unchanged when the clause names no doer other than the ``actors``.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "accused", "Iraq", "of", "bombing", "Basra"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "irn", 2: "irq", 5: "basra"}.get(i)
    >>> content_culprits([doc[1]], ["irn"], ["irq"], Layer())
    ['irq']
    """
    for head in heads:
        if head.pos_ not in ("VERB", "AUX") or any(c.dep_ in _OBJECT_DEPS for c in head.children):
            continue
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        if clause is None:
            continue
        doers = [a for a in clause_doers(clause, layer) if a not in actors]
        if not doers:
            continue
        inside = {a for t in clause.subtree if (a := layer.at(t.i))}
        return doers + [r for r in recips if r not in inside and r not in doers]
    return recips


def culprits_complained_of(heads, actors: list[str], recips: list[str], layer) -> list[str]:
    """``recips`` of an accusation that names no party other than its ``actors``: the party its
    matter is ("complained about Niger") or the doer of the act its matter is ("complained of Niger's
    inaction", "voiced anger over the American arms sales"); the victims of that act never.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Nigeria", "complained", "of", "Niger", "'s", "inaction"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 5, 3, 2],
    ...           deps=["nsubj", "ROOT", "prep", "poss", "case", "pobj"], pos=["PROPN", "VERB", "ADP",
    ...           "PROPN", "PART", "NOUN"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "nga", 3: "ner"}.get(i)
    >>> culprits_complained_of([doc[1]], ["nga"], [], Layer())
    ['ner']
    """
    if [r for r in recips if r not in actors]:
        return recips
    found: list[str] = []
    for head in heads:
        verb = head.pos_ in ("VERB", "AUX")
        if verb and any(c.dep_ in _OBJECT_DEPS for c in head.children):
            continue  # "accused Japan of dumping": the object is the accused
        preps = _VERB_MATTER if verb else _NOUN_MATTER
        for p in head.children:
            if p.dep_ != "prep" or p.text.lower() not in preps:
                continue
            for o in p.children:
                if o.dep_ == "pobj":
                    named = [a] if (a := layer.at(o.i)) else act_doers(o, layer)  # never its "of" phrase
                    found += [a for a in named if a not in actors and a not in found]
    return recips + found
