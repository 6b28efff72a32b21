"""Semantic roles of an event trigger from the dependency parse: doer, recipients, location.

Everything here reads spaCy tokens and the actor stage's :class:`ActorLayer` (``layer.at(i)``
maps name tokens, resolved pronouns, titles, demonyms and anonymous sources to local actor
ids). The actors a noun phrase names are read by :mod:`graphkit.ingest.events.phrases` (its
``np_actors``, ``prep_actors``, ``arg_actors`` and ``antecedent`` are re-exported here); this module
finds which phrases are the doer and the recipients of a verb.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["Kerry", "met", "Netanyahu"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
>>> class Layer:
...     def at(self, i):
...         return {0: "kerry", 2: "netanyahu"}.get(i)
>>> subject_actors(doc[1], Layer()), object_actors(doc[1], Layer())
(['kerry'], ['netanyahu'])
"""
from __future__ import annotations

from graphkit.ingest.actors.quotations import QUOTE_MARKS
from graphkit.ingest.events.control import by_agents, finite_partner, object_controllers, reported_partner
from graphkit.ingest.events.ellipsis import elided_verb
from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.parallels import parallel_clause
from graphkit.ingest.events.participles import gerund_clause
from graphkit.ingest.events.phrases import RECIPIENT_PREPS, WH_WORDS, antecedent, arg_actors, np_actors, prep_actors
from graphkit.ingest.events.phrases import add_new as _add
from graphkit.ingest.events.places import location_of
from graphkit.ingest.events.reasons import reason_targets
from graphkit.ingest.events.reporters import reporting_verb
from graphkit.ingest.events.small_clauses import small_clause_subjects
from graphkit.ingest.events.voice import bare_passive, passive_head, patient_noun, reduced_passive
from graphkit.ingest.words import word_list

__all__ = [
    "WH_WORDS", "RECIPIENT_PREPS", "np_actors", "arg_actors", "subject_actors", "object_actors",
    "prep_actors", "location_of", "antecedent", "is_passive", "OBJECT_CONTROL", "SENDING", "comitative_actors",
]

#: Nouns for people: what they do in a participle clause is theirs, not the governing verb's subject's.
_PEOPLE = frozenset("""
people person man woman child demonstrator protester protestor student worker villager resident civilian
refugee soldier troop fighter rebel militant official leader member supporter activist farmer crowd
youth prisoner detainee hostage citizen voter group family settler pilgrim migrant immigrant
""".split())
#: Verbs whose object does what their complement says ("urged Hamas to accept").
OBJECT_CONTROL = frozenset({"urge", "press", "ask", "encourage", "order", "force", "persuade", "invite",
                             "call", "tell", "allow", "help", "pressure", "push", "lobby", "exhort",
                             "implore", "beg", "require", "request", "authorize", "permit", "appeal"})
#: Verbs of sending someone somewhere: the one sent does what their purpose clause says
#: ("sent its trade minister to Washington to discuss the dispute").
SENDING = frozenset({"send", "dispatch", "despatch"})



def is_passive(verb) -> bool:
    """Whether ``verb`` is a passive ("was shelled", "were killed", "was captured and tried", "X, backed by Y")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or bare_passive(verb)


def _split_by_dash(head, verb) -> bool:
    """A dash or bracket closes ``head``'s clause before its conjunct ``verb`` starts."""
    return any(t.text in ("--", "—", "–", ")") for t in head.doc[head.i + 1:verb.i])


#: Verbs whose agentless passive describes what the subject does ("were engaged in").
_STATIVE_PASSIVE = frozenset({"engage", "involve", "commit"})
#: Verbs whose subject speaks: the reporting verbs, and "vow" ("he vowed the army would ...").
_SPEECH = word_list("reporting_verbs") | {"vow"}


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


_FIRST_PERSON = frozenset({"i", "we"})


def _in_direct_speech(tok) -> bool:
    """Whether ``tok`` is inside quotation marks (an odd number of them before it in its sentence)."""
    try:
        start = tok.sent.start
    except ValueError:  # no sentence boundaries
        start = 0
    return sum(t.text in QUOTE_MARKS for t in tok.doc[start:tok.i]) % 2 == 1


def _speaker_of(verb, layer, pronoun=None) -> list[str]:
    """The speaker a pronoun subject of reported speech refers to ("X said they would ..."); not
    a third person inside quotation marks (X said: "He has apologised")."""
    if (pronoun is not None and pronoun.text.lower() not in _FIRST_PERSON
            and _in_direct_speech(verb)):
        return []
    cur = verb
    for _ in range(3):
        if cur.dep_ not in ("ccomp", "conj") or cur.head.i == cur.i:
            return []
        cur = cur.head
        if _lemma(cur) in _SPEECH:
            return [a for c in cur.children if c.dep_ == "nsubj" for a in np_actors(c, layer)
                    if _agrees(pronoun, layer.actors.get(a) if hasattr(layer, "actors") else None)]
    return []


#: Pronouns for a thing or body: "Steeg said it would violate GATT" is no act of Steeg's (a person is never
#: "it"). The converse is not read: the actor stage may take a person for a body ("Baldrige said he ...").
_IMPERSONAL = frozenset({"it", "its"})


def _agrees(pronoun, actor) -> bool:
    """Whether ``pronoun`` may stand for ``actor``: "it" never for a person; any pronoun when either is
    unknown."""
    if pronoun is None or actor is None:
        return True
    return not (pronoun.text.lower() in _IMPERSONAL and actor.kind == "person")


def _sent_one(anchor, verb, layer) -> list[str]:
    """The one sent, who does the infinitive of purpose of a verb of sending ("Japan sent
    Tamura to Washington to discuss ...": Tamura discusses), or nothing."""
    if _lemma(anchor) not in SENDING or not any(a.dep_ == "aux" and a.text.lower() == "to" for a in verb.children):
        return []
    return [a for o in anchor.children if o.dep_ == "dobj" for a in np_actors(o, layer)]


def _controller(verb, layer, passive: bool, _seen: int) -> list[str]:
    """The doer of an infinitive ("pressed Hamas to accept", "agreed to share") or of a
    coordinated verb ("has been indicted ... and will resign")."""
    out: list[str] = []
    head, dep = verb.head, verb.dep_
    if dep == "xcomp":
        if head.lemma_ in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
            objs += [p for c in head.children if c.dep_ == "prep" and c.text.lower() in ("on", "upon")
                     for p in c.children if p.dep_ == "pobj"]
            for o in objs:
                _add(out, np_actors(o, layer))
            if out or any(o.pos_ in ("NOUN", "PROPN", "PRON") for o in objs):
                return out  # "called on both sides to end the fighting": the sides, never the caller
        if found := object_controllers(verb, layer):  # "prompted Greyhound to threaten": WordNet's frame
            return found
        if head.pos_ in ("ADJ",) and head.head.i != head.i:  # "is willing to withdraw"
            return subject_actors(head.head, layer, _seen + 1)
        if is_passive(head) and _lemma(head) != "use":  # not "dollars are used to finance"
            # "the rebels are believed to have attacked", "Hamas was pressed to accept": the
            # passive's subject is the one who does what the infinitive says
            _add(out, [a for c in head.children if c.dep_ == "nsubjpass" for a in np_actors(c, layer)])
            if out:
                return out
        return subject_actors(head, layer, _seen + 1)
    if dep == "conj":
        if (partner := finite_partner(verb) or reported_partner(verb)) is not None:  # "allowed them to stay
            # and flew them": allowed; "ruled that U.S. policies are causing injury and supported": ruled
            return subject_actors(partner, layer, _seen + 1)
        if is_passive(head) and not passive:  # "has been indicted ... and will resign"
            _add(out, [a for c in head.children if c.dep_ == "nsubjpass" for a in np_actors(c, layer)])
            if out or reduced_passive(head):  # "an appeal filed by X and assist ...": X files, no more
                return out
        if _split_by_dash(head, verb) and head.head.i != head.i and any(
                c.text.lower() in WH_WORDS for c in head.children if c.dep_ == "nsubj"):
            return subject_actors(head.head, layer, _seen + 1)
        found = subject_actors(head, layer, _seen + 1)
        if not found and (report := reporting_verb(verb)) is not None:  # "said the reports were
            return subject_actors(report, layer, _seen + 1)  # baseless and warned": the sayer warned
        return found
    return out


def subject_actors(verb, layer, _seen: int = 0) -> list[str]:
    """The actors who do what ``verb`` says.

    The subject (active) or the "by" agent (passive); for a verb without its own subject,
    the controller (object of "pressed Hamas to accept", subject of "agreed to share"), the
    subject of the verb it is coordinated with or subordinated to, or the antecedent of a
    relative clause.
    """
    if _seen > 6:
        return []
    out: list[str] = []
    passive = is_passive(verb) and not (_lemma(verb) in _STATIVE_PASSIVE
                                        and not any(c.dep_ == "agent" for c in verb.children))
    for c in verb.children:
        if not passive and c.dep_ == "nsubjpass":  # "were engaged in fighting"
            _add(out, np_actors(c, layer))
        if passive and c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    _add(out, np_actors(p, layer))
        elif not passive and c.dep_ in ("nsubj", "csubj", "expl"):
            if c.tag_ == "PRP" and layer.at(c.i) is None and any(k.dep_ == "conj" for k in c.children):
                _add(out, _speaker_of(verb, layer, c))  # "X said he and Y discussed ...": X and Y
            _add(out, np_actors(c, layer))
            if c.tag_ in ("VBG", "VBN") and c.dep_ == "nsubj":
                # "The Red Cross operating in Iraq said": the parser makes a reduced relative the
                # subject, and the noun it modifies that participle's subject
                _add(out, [a for s in c.children if s.dep_ == "nsubj" for a in np_actors(s, layer)])
    fellows = [] if passive else comitative_actors(verb, layer)
    if out or any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not out and subj is not None and subj.tag_ == "PRP":
            # "X said they would ...": an unresolved pronoun subject of reported speech; "the president
            # praised X, but he criticised Y": the subject of the clause coordinated with
            found = _speaker_of(verb, layer, subj)
            if not found and (first := parallel_clause(verb)) is not None:
                found = subject_actors(first, layer, _seen + 1)
            return found + [a for a in fellows if a not in found]
        _add(out, fellows)
        return out
    if passive:
        return _passive_doer(verb, layer)
    _add(out, fellows)
    _add(out, _inherited_subject(verb, layer, passive, _seen))
    return out


#: Prepositions of company: "along with X", "together with X", "alongside X" name co-doers.
_COMITATIVE = frozenset({"along", "together", "alongside"})


def comitative_actors(verb, layer) -> list[str]:
    """Actors who do what ``verb`` says together with its subject: in English a comitative
    adjunct ("Along with the GMB, the TGWU worked ...", "X, together with Y, attacked ...",
    "fought alongside Y", also hung on the subject: "Britain, along with France, criticised") names
    co-doers, and so does the object of "join" for the act one joins it in ("Britain joined France in
    criticising Iran"). (The parser often swallows the subject that follows
    such a phrase into its coordination: its conjuncts then come back here too.)

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Along", "with", "Unison", "Amicus", "worked"],
    ...           heads=[4, 0, 1, 4, 4], deps=["prep", "prep", "pobj", "nsubj", "ROOT"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {2: "unison", 3: "amicus"}.get(i)
    >>> comitative_actors(doc[4], Layer())
    ['unison']
    """
    out: list[str] = []
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.text.lower() == "in" and _lemma(prep.head) == "join":
        # "Britain joined France in criticising Iran": France criticises too
        _add(out, [a for o in prep.head.children if o.dep_ == "dobj" for a in np_actors(o, layer)])
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # "Britain, along with France, criticised"
    for c in [*verb.children, *(p for s in subjects for p in s.children if p.dep_ == "prep")]:
        if c.dep_ not in ("prep", "advmod") or c.text.lower() not in _COMITATIVE:
            continue
        if c.text.lower() == "alongside":
            _add(out, [a for p in c.children if p.dep_ == "pobj" for a in np_actors(p, layer)])
        else:
            _add(out, [a for w in c.children if w.dep_ == "prep" and w.text.lower() == "with"
                       for p in w.children if p.dep_ == "pobj" for a in np_actors(p, layer)])
    return out


def _passive_doer(verb, layer) -> list[str]:
    """"were killed when an Israeli shell slammed into ...", "killed in a Taliban ambush": the
    doer of the clause that says how; otherwise nobody is named."""
    out: list[str] = []
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.text.lower() in ("when", "as")
                                     for m in c.children):
            _add(out, [a for x in c.children if x.dep_ == "nsubj" for a in np_actors(x, layer)])
        elif c.dep_ == "prep" and c.text.lower() == "in" and not out:
            _add(out, [a for p in c.children if p.dep_ == "pobj" and _lemma(p) in load_lexicon()["N"]
                       for a in np_actors(p, layer, place_ok=False)])
    return out


def _inherited_subject(verb, layer, passive: bool, _seen: int) -> list[str]:
    """The doer of a verb without a subject of its own: the controller, the subject of the
    verb it is coordinated with or subordinated to, or the antecedent of a relative clause."""
    out: list[str] = []
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return out
    if dep in ("amod", "appos") and verb.tag_ == "VBG":  # "the visiting Secretary": the noun does it; so
        return np_actors(head, layer)  # does the one a participle is set beside ("X and Y, meeting in Z, ...")
    if dep in ("xcomp", "conj"):
        return _controller(verb, layer, passive, _seen)
    for target in reason_targets(verb):  # "punished Japan for violating the pact": Japan violated it
        if found := np_actors(target, layer):
            return found
    if found := _kept_from(verb, layer):  # "prevented Iraq from attacking Kuwait": Iraq would attack
        return found
    if dep in ("advcl", "pcomp", "acomp", "ccomp"):
        anchor = head.head if head.dep_ == "prep" and dep == "pcomp" else head
        anchor = gerund_clause(verb) or anchor  # "prior to negotiating ..., X sold": X negotiated
        if anchor.pos_ in ("VERB", "AUX"):
            if is_passive(anchor) and (dep == "pcomp" or not any(c.dep_ == "agent" for c in anchor.children)):
                # "the US was saddened ... without blaming Israel", "Hamas was accused by Israel of
                # firing rockets": the passive's subject does it (not in "Gaza was shelled by
                # Israel, killing 20": the agent kills)
                return [a for c in anchor.children if c.dep_ == "nsubjpass" for a in np_actors(c, layer)]
            if dep == "advcl" and (sent := _sent_one(anchor, verb, layer)):
                return sent
            return subject_actors(anchor, layer, _seen + 1)
        return out
    if (dep == "acl" and head.dep_ == "nsubj" and head.head.i > verb.i and _lemma(head.head) in _SPEECH
            and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
            and any(t.text == "," for t in verb.doc[verb.i:head.head.i])):
        # "Palestinian youths resorted to throwing stones ..., officials said": the parser made
        # the reported clause a modifier of the speaker's subject
        return np_actors(head, layer)
    if dep == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ != "ROOT":
        # "West Africans ordered out": the noun is the patient. (When the noun is the root of
        # the sentence, the parser has demoted the main verb: "Palestinian youths resorted to")
        if not any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children):
            return out
        # with an object of its own it is active: a verb coordinated with the one whose object
        # the noun is ("forces smashed four brigades, killed 1,500 soldiers"), or the main
        # verb of a sentence the parser left without one ("doctors from two groups donated goods")
        gov = head.head
        if head.dep_ in ("dobj", "attr") and gov.pos_ in ("VERB", "AUX"):
            return subject_actors(gov, layer, _seen + 1)
        if any(t.pos_ in ("VERB", "AUX") for t in head.ancestors):
            return out
    if dep in ("acl", "relcl"):
        _add(out, np_actors(head, layer, place_ok=False) or by_agents(verb, layer))  # "a rally in Lagos to
        # protest": not Lagos; "the decision by Iran to expel": Iran
        if out:
            return out
        gov = head.head
        if (head.dep_ in ("dobj", "attr") and gov.pos_ in ("VERB", "AUX") and _lemma(head) not in _PEOPLE
                and _lemma(gov) not in word_list("distancing_verbs")):  # "issued a declaration demanding" (but
            return subject_actors(gov, layer, _seen + 1)  # not "dispersed demonstrators protesting",
            # "defeated an attempt to cut aid")
    return out


def _kept_from(verb, layer) -> list[str]:
    """The doer of a gerund after "from" that hangs on a verb with an object: the object ("prevented Iraq
    from attacking Kuwait", "barred firms from selling arms", "stopped Argentina from seizing the islands")
    -- one kept from an act is who would do it, not who keeps him from it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["USA", "prevented", "Iraq", "from", "attacking", "Kuwait"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "usa", 2: "iraq", 5: "kuwait"}.get(i)
    >>> _kept_from(doc[4], Layer())
    ['iraq']
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.text.lower() != "from" or prep.head.pos_ not in ("VERB", ""):
        return []
    return [a for o in prep.head.children if o.dep_ == "dobj" for a in np_actors(o, layer)]


def _stray_conjuncts(obj, layer) -> list[str]:
    """Possessors of nouns the parser coordinated with a name inside ``obj``'s phrase.

    "criticized Israel's assault on Gaza as well as Egypt's role": "role" hangs off "Gaza" but
    is a second object of "criticized".
    """
    out: list[str] = []
    for t in obj.subtree:
        if (t.dep_ == "conj" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and t.head.dep_ == "pobj"
                and any(c.dep_ == "poss" for c in t.children)):
            _add(out, [a for c in t.children if c.dep_ == "poss" for a in np_actors(c, layer)])
    return out


def object_actors(verb, layer, preps=RECIPIENT_PREPS) -> list[str]:
    """Recipients of ``verb``: objects, passive subjects, datives, prepositional objects (of "as did X"'s verb)."""
    if (elided := elided_verb(verb)) is not None:  # not the first doers: "his congratulations"
        first = subject_actors(elided, layer)
        return [a for a in object_actors(elided, layer, preps) if a not in first]
    out: list[str] = []
    passive, shared = is_passive(verb), passive_head(verb)  # "was captured and tried": the shared subject
    for c in [*verb.children, *[s for s in (shared.children if shared else ()) if s.dep_ == "nsubjpass"]]:
        if c.dep_ in ("dobj", "dative", "iobj") or (passive and c.dep_ == "nsubjpass"):
            if c.dep_ == "dative" and c.pos_ == "ADP":
                continue
            _add(out, arg_actors(c, layer))
            _add(out, _stray_conjuncts(c, layer))
    if (noun := patient_noun(verb)) is not None:  # "X, backed by Y": X; not Y, the agent arg_actors finds again
        agents = {a for c in verb.children if c.dep_ == "agent" for p in c.children for a in np_actors(p, layer)}
        _add(out, [a for a in arg_actors(noun, layer) if a not in agents])
    for subj in small_clause_subjects(verb):  # "helped the United States strengthen its defences"
        _add(out, arg_actors(subj, layer))
    for c in verb.children:
        if c.dep_ == "prt":  # "hand over to", "pulled out of"
            _add(out, prep_actors(c, layer, preps | {"of"}))
        elif (c.dep_ == "prep" and c.i == verb.i + 1  # "fought off X": WordNet's "fight off", a particle
              and f"{_lemma(verb)} {c.text.lower()}" in word_list("particle_verbs")):
            _add(out, [a for o in c.children if o.dep_ == "pobj" for a in arg_actors(o, layer)])
    _add(out, prep_actors(verb, layer, preps))
    return out
