"""Definite acts: "the announcement", "the decision" is the act the text has just reported.

A reaction with no one to react to ("Dai Lloyd criticised the decision", "called the announcement
hugely disappointing", "welcomed the move") is aimed at whoever made the act its object names,
when that object is a definite noun phrase with no owner of its own ("the decision", not "Blair's
decision" nor "the decision of the court") and the act is reported just before: a verb with an
actor for subject, in the same sentence or the three before, that is the noun's verb
("decided" -> "the decision", "announced" -> "the announcement", "moved" -> "the move"), whose
object is that noun ("announced an increase" -> "the increase"), or, for something said ("the
announcement", "the remarks": nouns of statement and of reporting verbs), a reporting verb ("Ms
Essex said: ..."). The nearest such act wins; its doers become the recipients.

A definite noun that is not the reported verb's own noun still names the act when it names an act of
the same kind: "the charge" (a noun of accusation, WordNet ``accusation_nouns``) is the accusation
just reported, whatever its verb ("The United States accused Japan of dumping ... Tokyo rejected
the charge": the United States), "the raid" the attack, "the offer" the proposal (the event
lexicon's type of the noun, :func:`noun_type`). The nearest earlier event of that type with a doer
in the noun's sentence or the three before wins (:func:`same_kind_makers`).

An act judged without a doer ("it was disgusting to propose a system ...": an infinitive after
"it is ADJ" with no subject of its own) is the act the text has reported just before, and so is
aimed at its doer (:func:`act_doers`): the same verb with an actor for subject ("Howard proposed
..."), or its event noun with an owner ("Howard's proposal", "the Tory proposals", "a proposal by
Howard"); to propose or plan is to make a plan, so any plan noun (WordNet ``class_plan``: plan,
policy, proposal, scheme) stands for it ("the Tory plans").

Whose act is judged: in "Blair praised his handling of the economy" the possessive pronoun of the
object of a verb of judging another (praise, criticise, accuse, thank: WordNet ``judging_verbs``)
names someone other than the judge -- one does not praise one's own handling, save with "own"
("his own record"). When the pronoun was bound to the judge's side, it is bound again to the
nearest earlier actor outside it that agrees with it (the latest subject of the nearest sentence
that has one, else its latest mention): "his"/"her" a person not known to be of the
other gender (the pronouns and titles of the actor elsewhere in the article), "their" anything
but a single person; not when a noun that is no actor and agrees (people for "his", a plural for
"their") comes after that actor ("blamed their speculation" after "the operators"). "Its" is left
alone: a thing is as often its antecedent as a party. A possessed person or body ("praised his
colleagues", "criticised his party") is the judge's own and stays so.

An act said to be like another ("Australia made similar criticisms", "Britain made the same
appeal") with no addressee is aimed where the nearest earlier act of its type by other doers was
(:func:`similar_acts`). A reaction in a relative clause is aimed at the noun it modifies ("an offer
Moscow spurned"), and an appositive restates what it follows (:func:`reacted_noun`).

Examples
--------
>>> stem_matches("decide", "decision"), stem_matches("announce", "announcement")
(True, True)
>>> stem_matches("propose", "proposal"), stem_matches("sign", "signal"), stem_matches("plan", "plan")
(True, False, True)
"""
from __future__ import annotations

from functools import lru_cache

from graphkit.ingest.actors.bodies import is_group_head, is_person_noun
from graphkit.ingest.events.lexicon import lookup_noun
from graphkit.ingest.events.repetition import borrow_addressee, recent_sentences
from graphkit.ingest.words import word_list

__all__ = ["act_doers", "act_makers", "act_owners", "definite_acts", "is_definite", "judged_owner", "noun_type",
           "planned_makers", "reacted_noun", "own_side", "similar_acts", "same_kind_makers", "stem_matches",
           "REACTIONS"]

#: Reactions that are aimed at someone: criticism, praise, refusal, concession.
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "CONCEDE"})
#: Suffixes that make an event noun of a verb ("announce-ment", "propos-al", "deci-sion").
_SUFFIXES = ("ment", "al", "ion", "tion", "ation", "sion", "ision", "ure", "ance", "ence", "s", "")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
#: Participles by which a noun is said to be planned ("the planned sale", "the proposed levy").
_PLANNED = frozenset({"planned", "proposed", "projected", "intended", "envisaged", "suggested"})
#: Relative pronouns that stand for the noun a relative clause modifies.
_RELATIVES = frozenset({"which", "that", "whom"})
#: How many sentences before the reaction's own an act may be reported.
_REACH = 3
#: Possessive pronouns -> the agreement they ask for ("m", "f", "p": plural).
_POSSESSIVES = {"his": "m", "her": "f", "their": "p"}
#: Words by which an article shows an actor's gender: pronouns bound to it, titles before its name.
_GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m", "mr": "m", "she": "f", "her": "f",
                 "herself": "f", "mrs": "f", "ms": "f", "miss": "f"}


def stem_matches(verb: str, noun: str) -> bool:
    """Whether ``noun`` is the event noun of ``verb`` (same lemma, or the verb's stem and a
    nominal suffix: "decide" -> "decision", "move" -> "move")."""
    if verb == noun:
        return True
    stems = {verb, verb[:-1] if verb.endswith("e") else verb}
    if verb.endswith(("de", "te")):  # decide -> decis-ion, ...
        stems.add(verb[:-2])
    # a short suffix needs a longer stem: "propos-al", "arriv-al", but not "sign-al"
    return any(noun.startswith(s) and noun[len(s):] in _SUFFIXES and len(s) >= (5 if len(noun) - len(s) < 3 else 4)
               for s in stems)


def is_definite(noun) -> bool:
    """Whether ``noun`` heads a definite phrase with no owner: "the decision", not "Blair's
    decision", "the Blair decision" nor "the decision of the court". An appositive restates what
    it follows, so it is definite whatever its determiner ("Reagan's decision to offer wheat --
    an offer Moscow spurned"), and so does a noun summing up the clause before it ("Reagan
    offered wheat, an offer Moscow spurned": parsed ``npadvmod`` with a relative clause)."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    kids = list(noun.children)
    if not _restating(noun) and not any(k.dep_ == "det" and k.text.lower() in _DETERMINERS for k in kids):
        return False
    return not any(k.dep_ in ("poss", "compound") or (k.dep_ == "prep" and k.text.lower() in ("of", "by"))
                   for k in kids)


def _restating(noun) -> bool:
    """Whether ``noun`` restates what it follows: an appositive, or a summative noun with a
    relative clause after a clause ("..., a move Moscow spurned")."""
    return noun.dep_ == "appos" or (noun.dep_ == "npadvmod" and any(k.dep_ == "relcl" for k in noun.children))


def act_makers(noun, layer, own: list[str]) -> list[str]:
    """Who made the act the definite ``noun`` names, other than ``own`` (see the module), else []."""
    return _maker(noun, noun.doc, layer, own) if is_definite(noun) else []


@lru_cache(maxsize=4096)
def _is_saying(lemma: str) -> bool:
    """Whether a noun names something said ("the statement", "the announcement", "the remarks"):
    a noun of statement, or the noun of a reporting verb."""
    return lemma in word_list("statement_nouns") or any(
        stem_matches(v, lemma) for v in word_list("reporting_verbs") if v != lemma)


def _maker(noun, doc, layer, own: list[str]) -> list[str]:
    """The doers of the nearest act before ``noun`` that it names (see the module)."""
    lemma = noun.lemma_.lower()
    said = _is_saying(lemma)
    for s in reversed(recent_sentences(noun, _REACH)):
        for v in reversed(list(s)):
            if v.i >= noun.i or v.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            doers = [a for a in (layer.all_at(subj.i) if subj is not None else []) if a not in own]
            if not doers:
                continue
            objs = [c.lemma_.lower() for c in v.children if c.dep_ == "dobj"]
            verb = v.lemma_.lower()
            if stem_matches(verb, lemma) or lemma in objs or (said and verb in word_list("reporting_verbs")):
                return doers
    return []


def _gender(aid: str, doc, layer) -> set[str]:
    """The genders the article shows for actor ``aid``: pronouns bound to it, titles before its name."""
    out = set()
    for i, a in layer.token_actor.items():
        if a == aid:
            out |= {g for k in (i - 1, i) if k >= 0 and (g := _GENDER_WORDS.get(doc[k].text.lower().rstrip(".")))}
    return out


def _agrees(aid: str, want: str, doc, layer) -> bool:
    """Whether actor ``aid`` may be what a possessive of agreement ``want`` refers to."""
    actor = layer.actors.get(aid)
    kind = actor.kind if actor is not None else None
    if want in ("m", "f"):
        return kind == "person" and _gender(aid, doc, layer) <= {want}
    return kind != "person" and kind != "location"


def judged_owner(verb, layer, own: set[str]) -> list[str]:
    """Whose act ``verb``, a verb of judging another, judges through a possessive pronoun bound
    to the judge's side ``own`` (see the module): the nearest earlier agreeing actor outside it.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> words = ["Brown", "spoke", ".", "Blair", "praised", "his", "handling"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 4, 6, 4], sent_starts=[1, 0, 0, 1, 0, 0, 0],
    ...           deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "poss", "dobj"],
    ...           pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "NOUN"],
    ...           lemmas=["Brown", "speak", ".", "Blair", "praise", "his", "handling"])
    >>> layer = ActorLayer(actors={"brown": Actor(id="brown", name="Brown", kind="person"),
    ...                            "blair": Actor(id="blair", name="Blair", kind="person")},
    ...                    token_actor={0: "brown", 3: "blair", 5: "blair"})
    >>> judged_owner(doc[4], layer, {"blair"})
    ['brown']
    """
    if verb.lemma_.lower() not in word_list("judging_verbs"):
        return []
    doc = verb.doc
    for obj in (o for x in verb.children if x.dep_ == "dobj" for o in (x, *x.conjuncts)):
        pron = next((p for p in obj.children if p.dep_ == "poss" and p.text.lower() in _POSSESSIVES), None)
        if (pron is None or layer.at(obj.i) or is_group_head(obj.text.lower(), obj.lemma_.lower())
                or any(m.text.lower() == "own" for m in obj.children)
                or not set(layer.all_at(pron.i)) <= own):
            continue  # "praised his colleagues", "his own record", or bound to another already
        want = _POSSESSIVES[pron.text.lower()]
        sents = list(doc.sents)
        here = next(k for k, s in enumerate(sents) if s.start <= pron.i < s.end)
        for sent in reversed(sents[max(0, here - 2):here + 1]):
            end = min(sent.end, pron.i)
            found = [(_is_subject(doc[i]), i, a) for i in range(sent.start, end)
                     for a in layer.all_at(i) if a not in own and _agrees(a, want, doc, layer)]
            blocker = max((i for i in range(sent.start, end) if _likelier(doc[i], want, layer)), default=-1)
            if blocker > max((i for _, i, _ in found), default=-1):
                return []  # "suspended the licences of the operators, blaming their speculation"
            if found:  # the sentence's latest subject, else its latest mention
                return [max(found)[2]]
    return []


def _likelier(tok, want: str, layer) -> bool:
    """Whether ``tok`` is a noun that is no actor and agrees with a possessive of agreement
    ``want`` -- people for "his"/"her", a plural for "their": a likelier antecedent than any
    actor before it."""
    if tok.pos_ != "NOUN" or layer.at(tok.i):
        return False
    if want == "p":
        return tok.tag_ == "NNS"
    return is_person_noun(tok.text)


def _is_subject(tok) -> bool:
    """Whether ``tok`` is in the subject of its clause ("U.S. Secretary of State John Kerry")."""
    for _ in range(3):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return True
        if tok.dep_ not in ("compound", "appos", "poss", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def own_side(ids: list[str], layer) -> set[str]:
    """The speakers and the bodies they belong to (a spokesman does not judge their own firm).

    Examples
    --------
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> layer = ActorLayer(actors={"lyng": Actor(id="lyng", name="Lyng", kind="person", affiliations=["usa"])})
    >>> sorted(own_side(["lyng"], layer))
    ['lyng', 'usa']
    """
    actors = getattr(layer, "actors", {})
    return set(ids) | {f for a in ids if a in actors for f in actors[a].affiliations}


def act_owners(noun, layer, own: set[str]) -> list[str]:
    """The actors that own the act ``noun`` names: "Howard's", "the Tory", "by/of Howard"."""
    heads = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")]
    heads += [o for p in noun.children if p.dep_ == "prep" and p.text.lower() in ("by", "of", "from")
              for o in p.children if o.dep_ == "pobj"]
    return [a for h in heads for a in layer.all_at(h.i) if a not in own]


def act_doers(verb, layer, own: set[str]) -> list[str]:
    """Who did the act the subjectless infinitive ``verb`` names, other than ``own``: the nearest
    earlier report of it in its sentence or the three before (see the module), else [].

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> words = ["Tory", "plans", "exist", ".", "it", "is", "wrong", "to", "propose", "it"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 5, 5, 8, 5, 8],
    ...           sent_starts=[1, 0, 0, 0, 1, 0, 0, 0, 0, 0],
    ...           deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"],
    ...           pos=["PROPN", "NOUN", "VERB", "PUNCT", "PRON", "AUX", "ADJ", "PART", "VERB", "PRON"],
    ...           lemmas=["Tory", "plan", "exist", ".", "it", "be", "wrong", "to", "propose", "it"])
    >>> layer = ActorLayer(actors={"tories": Actor(id="tories", name="Tories", kind="organization")},
    ...                    token_actor={0: "tories"})
    >>> act_doers(doc[8], layer, set())
    ['tories']
    """
    lemma = verb.lemma_.lower()
    plans = word_list("class_plan")
    planning = any(stem_matches(lemma, n) for n in plans)
    for s in reversed(recent_sentences(verb, _REACH)):
        for t in reversed(list(s)):
            if t.i >= verb.i:
                continue
            low = t.lemma_.lower()
            if t.pos_ == "VERB" and stem_matches(lemma, low):
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                doers = [a for a in (layer.all_at(subj.i) if subj is not None else []) if a not in own]
            elif t.pos_ == "NOUN" and (stem_matches(lemma, low) or (planning and low in plans)):
                doers = act_owners(t, layer, own)
            else:
                continue
            if doers:
                return list(dict.fromkeys(doers))
    return []


def noun_type(lemma: str) -> str | None:
    """The PLOVER type of the act a noun names: ACCUSE for a noun of accusation, else the event
    lexicon's bare sense of the noun.

    Examples
    --------
    >>> noun_type("charge"), noun_type("raid"), noun_type("table")
    ('ACCUSE', 'ASSAULT', None)
    """
    if lemma in word_list("accusation_nouns"):
        return "ACCUSE"
    trig = lookup_noun(lemma)
    return trig.type if trig is not None else None


def same_kind_makers(noun, cands: list, roles: list, own: list[str]) -> list[str]:
    """The doers, other than ``own``, of the nearest event before the definite ``noun`` of the
    type it names (:func:`noun_type`), in its sentence or the three before, else []."""
    kind = noun_type(noun.lemma_.lower()) if is_definite(noun) else None
    if kind is None:
        return []
    first = recent_sentences(noun, _REACH)[0].start
    for c, role in sorted(zip(cands, roles, strict=True), key=lambda x: -x[0].head.i):
        if not first <= c.head.i < noun.i or c.trig.type != kind or role is None or c.head is noun:
            continue
        doers = [a for a in role[0] if a not in own]
        if doers:
            return doers
    return []


def _is_plan(noun) -> bool:
    """Whether ``noun`` names a plan: a plan noun (WordNet ``class_plan``: plan, proposal, scheme),
    "idea", or a noun said to be planned or proposed ("the planned sale", "the proposed levy")."""
    lemma = noun.lemma_.lower()
    return lemma in word_list("class_plan") or lemma == "idea" or any(
        m.dep_ == "amod" and m.text.lower() in _PLANNED for m in noun.children)


def planned_makers(noun, cands: list, roles: list, layer, own: list[str]) -> list[str]:
    """Who made the plan the definite ``noun`` names ("supported this idea", "opposed the planned
    sale"), other than ``own``: the doers of the nearest earlier proposal (an AGREE act) in its
    sentence or the three before, or the owners of the nearest earlier plan noun there ("Fujitsu's
    plan to buy Fairchild"), whichever is nearer; else []. To propose or plan is to make a plan, so
    a plan referred to again is the proposer's.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> from graphkit.models import Actor
    >>> words = ["Fujitsu", "'s", "plan", "failed", ".", "Baldrige", "opposed", "the", "planned", "sale"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 0, 3, 3, 3, 6, 6, 9, 9, 6],
    ...           sent_starts=[1, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    ...           deps=["poss", "case", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "amod", "dobj"],
    ...           pos=["PROPN", "PART", "NOUN", "VERB", "PUNCT", "PROPN", "VERB", "DET", "VERB", "NOUN"],
    ...           lemmas=["Fujitsu", "'s", "plan", "fail", ".", "Baldrige", "oppose", "the", "plan", "sale"])
    >>> layer = ActorLayer(actors={"f": Actor(id="f", name="Fujitsu", kind="organization"),
    ...                            "b": Actor(id="b", name="Baldrige", kind="person")},
    ...                    token_actor={0: "f", 5: "b"})
    >>> planned_makers(doc[9], [], [], layer, ["b"])
    ['f']
    """
    if not is_definite(noun) or not _is_plan(noun):
        return []
    first = recent_sentences(noun, _REACH)[0].start
    found: list[tuple[int, list[str]]] = []
    for c, role in zip(cands, roles, strict=True):
        if first <= c.head.i < noun.i and c.trig.type == "AGREE" and role is not None:
            if doers := [a for a in role[0] if a not in own]:
                found.append((c.head.i, doers))
    for t in noun.doc[first:noun.i]:
        if t.pos_ == "NOUN" and _is_plan(t) and (owners := act_owners(t, layer, set(own))):
            found.append((t.i, owners))
    return list(dict.fromkeys(max(found, key=lambda x: x[0])[1])) if found else []


def reacted_noun(verb):
    """The noun a reaction ``verb`` is aimed at: its object, or, in a relative clause with a
    subject of its own or whose object is the relative pronoun, the noun the clause modifies ("an
    offer Moscow spurned", "the plan which Iraq rejected", "the plan which was rejected by Iraq");
    None when it has none.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["an", "offer", "Moscow", "spurned"], heads=[1, 1, 3, 1],
    ...           deps=["det", "ROOT", "nsubj", "relcl"], pos=["DET", "NOUN", "PROPN", "VERB"])
    >>> reacted_noun(doc[3]).text
    'offer'
    >>> doc = Doc(Vocab(), words=["states", "that", "spurned", "it"], heads=[0, 2, 0, 2],
    ...           deps=["ROOT", "nsubj", "relcl", "dobj"], pos=["NOUN", "PRON", "VERB", "PRON"])
    >>> reacted_noun(doc[2]).text
    'it'
    """
    obj = next((x for x in verb.children if x.dep_ in ("dobj", "nsubjpass")), None)
    if verb.dep_ != "relcl" or (obj is not None and obj.text.lower() not in _RELATIVES):
        return obj
    if obj is not None:  # "the plan which Iraq rejected", "the plan which was rejected by Iraq"
        return verb.head
    own_subject = any(x.dep_ == "nsubj" and x.text.lower() not in _RELATIVES for x in verb.children)
    return verb.head if own_subject else None


def definite_acts(cands: list, roles: list, layer) -> None:
    """Give reactions with no recipient the maker of the definite act they react to (see the
    module), then acts said to be like another their addressee (:func:`similar_acts`); ``roles``
    (``(actors, recipients)`` or None per candidate) is updated in place."""
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or role[1] or not role[0] or c.trig.type not in REACTIONS:
            continue
        if c.kind not in ("verb", "light", "appraisal"):
            continue
        noun = reacted_noun(c.head)
        makers = act_makers(noun, layer, role[0]) if noun is not None else []
        if not makers and noun is not None:
            makers = same_kind_makers(noun, cands, roles, role[0])
        if not makers and noun is not None:
            makers = planned_makers(noun, cands, roles, layer, role[0])
        if not makers and c.kind == "verb":
            makers = judged_owner(c.head, layer, own_side(role[0], layer))
        if makers:
            roles[n] = (role[0], makers)
    similar_acts(cands, roles)


#: Adjectives by which an act's noun says it is like an act just reported ("similar criticisms").
_LIKE = frozenset({"similar", "same", "identical"})


def _likened(c) -> bool:
    """Whether candidate ``c``'s event noun (or its verb's object) is said to be like another's:
    "made similar criticisms", "voiced the same demand", "a similar appeal". A verb's object is
    the target, not the act: only "the same" target is the other act's ("attacked the same
    tanker"); "attacked a similar ship" is another ship."""
    if c.kind in ("light", "noun"):
        noun, like = (c.noun if c.kind == "light" else c.head), _LIKE
    else:
        noun = next((o for o in c.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN"), None)
        like = _LIKE - {"similar"}
    return noun is not None and any(m.dep_ == "amod" and m.text.lower() in like for m in noun.children)


def similar_acts(cands: list, roles: list) -> None:
    """Give an act said to be like another ("Australia made similar criticisms") with no addressee
    the addressee of the nearest earlier act of the same type by other doers, in its sentence or
    the three before: "similar" and "the same" point back to that act, and English does not name
    its addressee again. ``roles`` is updated in place.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> from graphkit.ingest.events.lexicon import Trigger
    >>> from graphkit.ingest.events.triggers import Candidate
    >>> words = ["X", "criticised", "Y", ".", "Z", "made", "similar", "criticisms"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 5, 5, 7, 5], sent_starts=[1, 0, 0, 0, 1, 0, 0, 0],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "amod", "dobj"])
    >>> accuse = Trigger("ACCUSE", None, "criticized")
    >>> cands = [Candidate(accuse, doc[1], doc[1], doc[1], "verb"),
    ...          Candidate(accuse, doc[5], doc[5], doc[7], "light", noun=doc[7])]
    >>> roles = [(["x"], ["y"]), (["z"], [])]
    >>> similar_acts(cands, roles)
    >>> roles[1]
    (['z'], ['y'])
    """
    for n, c in enumerate(cands):
        role = roles[n]
        if role is None or not role[0] or [r for r in role[1] if r not in role[0]] or not _likened(c):
            continue
        borrow_addressee(cands, roles, n)
