"""What a speaker's judgement says: praise or criticism of an actor, gladness for one.

A speaker who calls an actor (or an actor's act) something bad criticises it (PLOVER ACCUSE);
one who calls it something good praises it, and one who says they are glad for an actor, or
pleased that an actor did something, supports it (SUPPORT). Two constructions are read:

* naming verbs with an object and a predicate: "X called Y's plan 'disgraceful'", "branded
  Y's actions stupid and evil", "Y's comments were described as irresponsible by X";
* a reported copular clause: "X said Y was a good and humane judge", "X said: 'I am pleased
  that Y have decided ...'", "X said he was delighted for Y".

The adjectives come from WordNet 3.0 (``data/words/class_condemn.txt``, ``class_praise.txt``,
``class_glad.txt``, ``class_aggrieved.txt``, grown by ``tools/grow_lexicon.py``), never from the
gold. Where the grammar makes a word the speaker's own characterisation -- the predicate of a
naming verb ("called X hugely disappointing") or words the reporter puts in quotation marks
("said Y was one of the 'great advocates of our generation'") -- any word of strong valence in
VADER's human ratings counts too (:mod:`graphkit.ingest.events.speech_valence`).

A speaker's feeling is theirs to report only about themself: "I am delighted for them" and
"he was ashamed to be a member of Y" are the speaker's support of, and complaint against, the
cause of the feeling (SUPPORT / ACCUSE); another's feelings are no act of the speaker.

A judgement needs an actor it is about: "said it was a good deal" names none and gives no
event. A negated or forecast judgement ("said the plans were not racist", "would be good for
him") gives none either.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Lloyd", "called", "Essex", "'s", "plan", "disgraceful"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 2, 1, 1],
...           deps=["nsubj", "ROOT", "poss", "case", "dobj", "oprd"],
...           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADJ"],
...           lemmas=["Lloyd", "call", "Essex", "'s", "plan", "disgraceful"])
>>> class Layer:
...     def at(self, i):
...         return {0: "lloyd", 2: "essex"}.get(i)
>>> [(c.trig.type, c.head.text, c.start.text, c.extra["recipients"]) for c in find_appraisals(doc, Layer())]
[('ACCUSE', 'called', 'disgraceful', ['essex'])]
"""
from __future__ import annotations

from graphkit.ingest.events.anaphora import act_doers, act_makers, own_side
from graphkit.ingest.events.answerability import held_to_blame
from graphkit.ingest.events.judgements import ACT_NOUNS, SITUATION, denied_merit, hedged, party_act
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.quotes import verbs_among
from graphkit.ingest.events.roles import np_actors, prep_actors, subject_actors
from graphkit.ingest.events.speech_valence import polarity
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.words import word_list

__all__ = ["find_appraisals", "NAMING_VERBS", "own_side"]

#: Verbs that name what their object is ("called X a liar", "described X as irresponsible").
NAMING_VERBS = frozenset({"call", "brand", "label", "describe", "term", "dub", "condemn", "denounce"})
_REPORTING = word_list("reporting_verbs")
#: Verbs of displeasure at a thing (WordNet regret.v.04 "be sorry about", resent.v.01, lament.v.01,
#: bemoan): aimed at another party's act ("regretted West German opposition") they criticise it.
DISPLEASED_VERBS = frozenset({"regret", "resent", "lament", "bemoan", "rue"})
#: Verbs of sympathy with another's reasons (WordNet understand.v.03 "sympathize with"): "said it
#: understood why the U.S. attacked" supports the doer of the act understood.
SYMPATHY_VERBS = frozenset({"understand", "sympathize", "sympathise"})
_SPEECH = NAMING_VERBS | _REPORTING | DISPLEASED_VERBS | SYMPATHY_VERBS
_ACCUSE = Trigger("ACCUSE", None, "criticized")
_PRAISE = Trigger("SUPPORT", None, "praised")
_GLAD = Trigger("SUPPORT", None, "supported")
_AGGRIEVED = Trigger("ACCUSE", None, "complained")
#: Feelings of the speaker (WordNet classes) and the act their report is.
_FEELINGS = {"glad": _GLAD, "aggrieved": _AGGRIEVED}
_QUOTE_MARKS = frozenset({'"', "'", "``", "''", "“", "”", "‘", "’"})
#: Prepositions that name whom a speaker is glad for ("delighted for the couple").
_GLAD_PREPS = frozenset({"for", "with", "about", "at", "by"})
#: Pronouns that, as the subject of a feeling in a speaker's clause, are the speaker: a body speaks of
#: itself as "it" ("Japan said it was angry at ..."; a feeling needs someone to feel it, so "it" is no
#: expletive there).
_SELF = frozenset({"i", "we", "he", "she", "they", "it"})


def _class(tok, own_words: bool = False) -> str | None:
    """The class of a predicate word: a WordNet class (a noun of an act one is blamed for,
    ``class_wrong``, condemns), else (when the grammar makes it the speaker's ``own_words``) the
    sign of its strong VADER valence."""
    word = lemma_of(tok)
    if tok.pos_ == "NOUN" and (word in word_list("class_wrong") or tok.text.lower() in word_list("class_wrong")):
        return "condemn"  # an act one is blamed for: "a miscalculation", "an escalation", "a betrayal"
    for name in ("condemn", "praise", "glad", "aggrieved"):
        if word in word_list(f"class_{name}") or tok.text.lower() in word_list(f"class_{name}"):
            return name
    if own_words and tok.pos_ in ("ADJ", "VERB", "NOUN"):  # "a failing organisation", "a disgrace"
        sign = polarity(tok.text.lower()) or polarity(word)
        return "condemn" if sign < 0 else "praise" if sign > 0 else None
    return None


def in_quotes(tok) -> bool:
    """Whether ``tok`` is inside quotation marks: an odd number of marks before it in its sentence.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["it", "was", '"', "evil", '"'], sent_starts=[1, 0, 0, 0, 0])
    >>> in_quotes(doc[3]), in_quotes(doc[1])
    (True, False)
    """
    try:
        start = tok.sent.start
    except ValueError:  # no sentence boundaries
        start = 0
    return sum(t.text in _QUOTE_MARKS for t in tok.doc[start:tok.i]) % 2 == 1


#: Predicate nouns that name a member of the class their "of" phrase names.
_OF_KIND = frozenset({"one", "act", "case", "form", "kind"})


def _judgements(pred) -> list:
    """The adjectives a predicate says: itself and its coordinated adjectives, or the
    adjectives of a predicate noun ("a good and humane judge", "an irresponsible move")."""
    heads = [pred, *pred.conjuncts]
    if pred.tag_ == "VBN":  # a participle of feeling: "was irritated by", "was angered at"
        return [h for h in heads if h.tag_ == "VBN"]
    if pred.pos_ == "ADJ":
        return [h for h in heads if h.pos_ == "ADJ"]
    if lemma_of(pred) in _OF_KIND:  # "one of the great advocates", "an act of aggression": the class named
        heads = [o for p in pred.children if p.dep_ == "prep" and p.text.lower() == "of"
                 for o in p.children if o.dep_ == "pobj"]
        heads += [c for h in heads for c in h.conjuncts]
    return [a for h in heads for m in h.children if m.dep_ == "amod" for a in (m, *m.conjuncts)] + [
        h for h in heads if h.pos_ == "NOUN"]  # a predicate noun of its own valence: "a disgrace"


def _negated(tok) -> bool:
    """Negated, only forecast or conditional: "were not racist", "would probably be good for
    him", "was mistaken if it linked ...", "was no reason to panic"."""
    return any(c.dep_ == "neg" for c in tok.children) or hedged(tok)


def _cause_recipients(adj, layer) -> list[str]:
    """Whom a speaker's feeling is about: "delighted for the couple", "pleased that X have
    decided", "angry with X", "ashamed to be a member of X"."""
    out: list[str] = []
    for c in adj.children:
        if c.dep_ in ("prep", "agent") and c.text.lower() in _GLAD_PREPS:  # "irritated by X's failure"
            out += [a for p in c.children if p.dep_ == "pobj" for a in np_actors(p, layer)]
        elif c.dep_ == "ccomp":
            out += [a for s in c.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)]
        elif c.dep_ == "xcomp" and lemma_of(c) == "be":
            # "ashamed to be a member of X": a feeling about belonging to X is about X; other
            # infinitives are acts whose stance varies ("glad to see the back of X")
            for o in c.children:
                if o.dep_ in ("attr", "dobj"):
                    out += np_actors(o, layer) or prep_actors(o, layer, {"of"})
    return out


def _is_speaker(target, verb, layer) -> bool:
    """Whether ``target`` is the speaker of ``verb`` ("he said he was ...", "I am ...")."""
    return target is not None and (target.text.lower() in _SELF or bool(
        set(np_actors(target, layer)) & set(subject_actors(verb, layer))))


def _candidate(verb, target, pred, layer, own_words: bool = False, act=None) -> Candidate | None:
    """The judgement ``verb``'s speaker passes on ``target`` by the predicate ``pred``;
    ``own_words``: the grammar makes the predicate the speaker's own characterisation; ``act``:
    the subjectless infinitive judged when there is no target ("it was wrong to propose ...")."""
    for adj in _judgements(pred):
        kind = _class(adj, own_words or in_quotes(adj))
        if kind is None:
            continue
        if kind in _FEELINGS:
            if not _is_speaker(target, verb, layer):
                continue  # only the speaker's own feelings
            recips, trig = _cause_recipients(adj, layer), _FEELINGS[kind]
        elif any(c.dep_ == "prep" and c.text.lower() == "for" for c in adj.children):
            continue  # "good for X", "bad for X": what helps or harms X, no judgement of X
        else:
            recips = np_actors(target, layer) if target is not None else []
            if not recips and target is not None:  # "called the announcement disappointing": its maker
                recips = act_makers(target, layer, subject_actors(verb, layer))
            if target is None and act is not None:  # "it was wrong to propose ...": who proposed
                recips = act_doers(act, layer, own_side(subject_actors(verb, layer), layer))
            trig = _ACCUSE if kind == "condemn" else _PRAISE
        speakers = own_side(subject_actors(verb, layer), layer)
        recips = [r for r in dict.fromkeys(recips) if r not in speakers]  # judging oneself or one's own body is none
        if recips:
            return Candidate(trig, verb, adj, adj, "appraisal", extra={"recipients": recips})
    return None


def _postposed(obj) -> list:
    """Adjectives after the object of a naming verb: the predicate the parser attached to the
    object ("branded X's actions 'stupid and evil'"); English attributive adjectives precede."""
    return [a for a in obj.children if a.dep_ == "amod" and a.i > obj.i and a.pos_ == "ADJ"]


def _naming(verb, layer) -> Candidate | None:
    """"X called Y Z", "X described Y as Z", "Y was described as Z by X"."""
    kids = list(verb.children)
    target = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    preds = [c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "prep")]
    if target is not None:
        preds += _postposed(target)
    for c in preds:
        if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "amod") and c.pos_ in ("ADJ", "NOUN"):
            own = next((s for s in c.children if s.dep_ == "nsubj"), None)
            found = _candidate(verb, target if own is None else own, c, layer, own_words=True)
        elif c.dep_ == "prep" and c.text.lower() == "as":
            found = next((f for p in c.children if p.dep_ in ("pobj", "amod", "acomp")
                          if (f := _candidate(verb, target, p, layer, own_words=True)) is not None), None)
        else:
            continue
        if found is not None and not _negated(c):
            return found
    return None


#: Naming verbs whose object and predicate are two bare noun phrases ("called X a Y").
_TWO_NPS = frozenset({"call", "brand", "label", "dub", "term"})
#: Where a clause ends for a reading by word order.
_CLAUSE_END = frozenset({",", ";", ":", "--", "(", ")", "."})


def _first_np(toks: list) -> list:
    """The words of the first noun phrase of ``toks``: up to its first preposition, verb or
    conjunction ("the U.S. attacks" of "the U.S. attacks on two platforms")."""
    out: list = []
    for t in toks:
        if out and (t.pos_ in ("ADP", "VERB", "AUX", "CCONJ", "SCONJ") or t.tag_ in ("VBN", "VBG", "WDT")):
            break
        out.append(t)
    return out


def _word_order_naming(verb, layer) -> Candidate | None:
    """"X called Y a Z" read by word order where the parser lost the two noun phrases (it often
    takes "Y" for a clause or hangs "a Z" on a word inside "Y"): the first indefinite noun phrase
    after the object is the predicate, and it must hold a judging word ("called the U.S. attacks
    an escalation"). The judged are the actors of the object's first noun phrase or its maker."""
    if lemma_of(verb) not in _TWO_NPS or _negated(verb) or any(
            c.dep_ in ("prep", "prt") and c.i == verb.i + 1 for c in verb.children):
        return None  # "called on X", "called for X", "called off"
    end = next((t.i for t in verb.doc[verb.i + 1:] if t.text in _CLAUSE_END or t.is_sent_start), len(verb.doc))
    words = list(verb.doc[verb.i + 1:end])
    k = next((n for n, t in enumerate(words) if n and t.text.lower() in ("a", "an")), None)
    if k is None or not any(t.pos_ in ("NOUN", "PROPN") for t in words[:k]) or any(
            t.tag_ in ("TO", "MD", "WDT", "WP", "PRP") or t.pos_ in ("AUX", "SCONJ") for t in words[:k]):
        return None  # "called a meeting": the object itself is indefinite; "called X to warn him ...": a clause
    pred = []
    for t in words[k + 1:]:
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "ADV", "PUNCT") or t.tag_ in (",", "."):
            break
        pred.append(t)
    obj = _first_np(words[:k])
    speakers = own_side(subject_actors(verb, layer), layer)
    recips = [a for t in obj for a in layer.all_at(t.i)]
    heads = [t for t in obj if t.pos_ == "NOUN" and t.head not in obj]
    if not recips and heads:
        recips = act_makers(heads[0], layer, list(speakers))
    recips = [r for r in dict.fromkeys(recips) if r not in speakers]
    for t in pred:
        kind = _class(t, own_words=True) if t.pos_ in ("NOUN", "ADJ") else None
        if kind in ("condemn", "praise") and recips and speakers:
            return Candidate(_ACCUSE if kind == "condemn" else _PRAISE, verb, t, t, "appraisal",
                             extra={"recipients": recips})
    return None


def _extraposed(clause, subj):
    """The real subject when ``subj`` is the expletive "it" of an extraposed clause: in "it was
    misleading for the bank to split ..." the judged one is the bank; with no subject of its own
    ("it was disgusting to propose ...") nothing is judged. Other subjects stand."""
    if subj is None or subj.text.lower() != "it":
        return subj
    for c in clause.children:
        for k in ([c] if c.dep_ in ("xcomp", "ccomp", "advcl", "csubj") else []):
            if any(m.dep_ == "aux" and m.text.lower() == "to" for m in k.children) or any(
                    m.dep_ == "mark" and m.text.lower() == "that" for m in k.children):
                return next((x for x in k.children if x.dep_ == "nsubj"), None)
        if c.dep_ in ("acomp", "attr"):  # the clause may hang from the predicate
            for k in c.children:
                if k.dep_ in ("xcomp", "ccomp", "advcl") and any(
                        m.dep_ == "aux" and m.text.lower() == "to" or m.dep_ == "mark" and m.text.lower() == "that"
                        for m in k.children):
                    return next((x for x in k.children if x.dep_ == "nsubj"), None)
    return subj


def _extraposed_act(clause):
    """The infinitive an extraposed "it" stands for when it has no subject of its own and is
    not negated: "it was disgusting to propose a system" -> "propose"; else None."""
    for c in (clause, *[p for p in clause.children if p.dep_ in ("acomp", "attr")]):
        for k in c.children:
            if (k.dep_ in ("xcomp", "ccomp", "advcl", "csubj") and k.pos_ == "VERB"
                    and any(m.dep_ == "aux" and m.text.lower() == "to" for m in k.children)
                    and not any(m.dep_ in ("nsubj", "mark", "neg") for m in k.children)):
                return k
    return None


def _act_agent(clause):
    """The doer of the act a predicate noun names ("it was a disgraceful decision by Y", "this is
    Y's betrayal"), when the judged subject is only "it" or "this"; else None."""
    for pred in clause.children:
        if pred.dep_ != "attr" or pred.pos_ != "NOUN" or lemma_of(pred) not in ACT_NOUNS:
            continue
        for c in pred.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.text.lower() == "by":
                return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def _said_clauses(verb) -> list:
    """The clauses ``verb`` reports: its complements, and the clauses of a comma-spliced run the
    parser hangs on the last one ("said: 'He is honest, he is dedicated, he tells the truth'")."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    return out + [k for c in out for k in c.children if k.dep_ == "ccomp" and k.i < c.i and any(
        p.text == "," and k.i < p.i < c.i for p in c.children)]


def _reported(verb, layer) -> Candidate | None:
    """"X said Y was Z", "X said: 'I am pleased that ...'"."""
    for clause in _said_clauses(verb):
        if clause.dep_ == "ccomp" and clause.tag_ == "VBN" and _class(clause) in _FEELINGS and not _negated(
                clause) and any(c.dep_ == "auxpass" for c in clause.children):  # "said he was irritated by Y's failure"
            target = next((s for s in clause.children if s.dep_ == "nsubjpass"), None)
            if (found := _candidate(verb, target, clause, layer)) is not None:
                return found
        if clause.dep_ == "ccomp" and lemma_of(clause) == "be" and (found := denied_merit(verb, clause, layer)):
            return found
        if clause.dep_ != "ccomp" or lemma_of(clause) != "be" or _negated(clause):
            continue
        subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
        target = _extraposed(clause, subj)
        act = _extraposed_act(clause) if target is None and subj is not None else None
        feels = any(p.dep_ == "acomp" and _class(p) in _FEELINGS for p in clause.children)
        if target is not None and target.text.lower() in SITUATION and not feels:  # "it was angry": a body feels
            target = _act_agent(clause)  # "said it was a disgraceful decision by Y": Y's act is judged
            if target is None:
                continue  # "said it was unacceptable": "it" is the situation, not a party
        # "Y's proposals were flawed" judges; "Y's attack was successful" tells an outcome
        own_words = party_act(target, layer, deeds=False)
        for pred in clause.children:
            if pred.dep_ in ("acomp", "attr") and (found := _candidate(
                    verb, target, pred, layer, own_words=own_words, act=act)) is not None:
                return found
    return None


def _displeased(verb, layer) -> Candidate | None:
    """"X regretted Y's opposition", "resents the decision by Y": criticism of the act's doer,
    never of the speaker's own side ("regretted its mistake") and not when negated or forecast.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Holland", "regretted", "German", "opposition"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "amod", "dobj"], pos=["PROPN", "VERB", "ADJ", "NOUN"],
    ...           lemmas=["Holland", "regret", "german", "opposition"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "nld", 2: "deu"}.get(i)
    >>> _displeased(doc[1], Layer()).extra["recipients"]
    ['deu']
    """
    if _negated(verb):
        return None
    speakers = own_side(subject_actors(verb, layer), layer)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        recips = np_actors(obj, layer) or act_makers(obj, layer, list(speakers))
        recips = [r for r in dict.fromkeys(recips) if r not in speakers]
        if recips and speakers:
            return Candidate(_ACCUSE, verb, verb, verb, "appraisal", extra={"recipients": recips})
    return None


def _sympathy(verb, layer) -> Candidate | None:
    """"X understood why Y attacked": support of Y, the doer of the act whose reasons the speaker
    understands (a clause opened by "why"); not when negated or forecast ("does not understand why").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "understood", "why", "Washington", "attacked"], heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "advmod", "nsubj", "ccomp"], pos=["PROPN", "VERB", "ADV", "PROPN", "VERB"],
    ...           lemmas=["Japan", "understand", "why", "Washington", "attack"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "jpn", 3: "usa"}.get(i)
    >>> _sympathy(doc[1], Layer()).extra["recipients"]
    ['usa']
    """
    if _negated(verb):
        return None
    speakers = own_side(subject_actors(verb, layer), layer)
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(m.text.lower() == "why" and m.i < clause.i for m in clause.children):
            continue
        doers = [a for s in clause.children if s.dep_ == "nsubj" for a in np_actors(s, layer) if a not in speakers]
        if doers and speakers:
            return Candidate(_PRAISE._replace(label="supported"), verb, verb, verb, "appraisal",
                             extra={"recipients": doers})
    return None


def find_appraisals(doc, layer) -> list[Candidate]:
    """The judgements passed in ``doc``: candidates of kind ``"appraisal"`` whose head is the
    speech verb (its subject is the speaker) and whose ``extra["recipients"]`` are the
    actors judged.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).

    Returns
    -------
    list of Candidate
        See the module docstring for an example.
    """
    out = []
    for i in verbs_among(doc, _SPEECH):
        tok = doc[i]
        lem = lemma_of(tok)
        found = _naming(tok, layer) if lem in NAMING_VERBS else None
        if found is None and lem in _TWO_NPS:
            found = _word_order_naming(tok, layer)
        if found is None and lem in _REPORTING:
            found = _reported(tok, layer)
        if found is None and lem in DISPLEASED_VERBS:
            found = _displeased(tok, layer)
        if found is None and lem in SYMPATHY_VERBS:
            found = _sympathy(tok, layer)
        if found is not None:
            out.append(found)
    return out + [c for i in verbs_among(doc, {"hold"}) if (c := held_to_blame(doc[i], layer)) is not None]
