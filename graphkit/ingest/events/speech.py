"""Acts performed by speaking that no event word names: claims of wrongdoing and demands.

What a speaker says is the speaker's act when it names one (issue 15, item 4):

* **a claim of wrongdoing** -- an accusation noun with its author and content ("allegations by
  X that Y lied", "X's charge that Y ...") is an ACCUSE by X against Y. A neutral statement noun
  ("claims from X that Y led a corrupt government", "X's remarks that ...") is one only when its
  content judges with a strongly negative word (WordNet ``class_condemn`` or VADER; see
  :mod:`graphkit.ingest.events.speech_valence`). The claim is made whether or
  not the sentence accepts it ("rejected allegations by X that ..." still reports X's claim).
  A neutral claim its subject denies is a charge too ("Y shrugged off claims from X that he ...").
* **a demand without a demanding verb** -- "the time has come for Y to Z", "it is time for Y
  to Z", said by X, is X's REQUEST to Y.
* **a demand in continued quotation** -- news stories run a quotation over several sentences
  and paragraphs after one attribution ("X said: '... . Y should Z.'"); "Y should/must/ought to
  Z" inside it is the speaker's REQUEST to Y.

The nouns come from WordNet 3.0 (``data/words/accusation_nouns.txt``, ``statement_nouns.txt``,
grown by ``tools/grow_speech_words.py``). The candidates are of kind ``"speech"``: their
``extra`` holds the ``actors`` and ``recipients`` and the ``anchor`` token whose certainty is the
act's (None: the act is reported as made).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["allegations", "by", "Howard", "that", "Blair", "lied"]
>>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 5, 5, 0],
...           deps=["ROOT", "prep", "pobj", "mark", "nsubj", "acl"],
...           pos=["NOUN", "ADP", "PROPN", "SCONJ", "PROPN", "VERB"],
...           lemmas=["allegation", "by", "Howard", "that", "Blair", "lie"])
>>> class Layer:
...     def at(self, i):
...         return {2: "howard", 4: "blair"}.get(i)
>>> [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in claims_of_wrongdoing(doc, Layer())]
[('ACCUSE', ['howard'], ['blair'])]
"""
from __future__ import annotations

from graphkit.ingest.events.appraisal import in_quotes, own_side
from graphkit.ingest.events.attribution import according_to
from graphkit.ingest.events.blame import reported_blame
from graphkit.ingest.events.certainty import INTENT_HEADS, NEGATING_VERBS, assess, is_question
from graphkit.ingest.events.culprits import claim_authors as _authors
from graphkit.ingest.events.culprits import clause_doers
from graphkit.ingest.events.directives import told_demands
from graphkit.ingest.events.lexicon import Trigger
from graphkit.ingest.events.roles import is_passive, np_actors, subject_actors
from graphkit.ingest.events.scan import tokens_where, words
from graphkit.ingest.events.speech_valence import polarity
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.events.untruths import untruths
from graphkit.ingest.events.violations import reported_violations
from graphkit.ingest.words import word_list

__all__ = ["claim_targets", "speaker_of", "arbitrary_doer", "asked_party", "claims_of_wrongdoing", "findings_of_fault",
           "reported_faults", "time_for_demands", "quoted_demands", "continued_speakers", "find_speech_acts",
           "first_person_speaker"]

_ALLEGED = Trigger("ACCUSE", None, "accused")
_FOUND = Trigger("ACCUSE", None, "found fault with")
_FAULTED = Trigger("ACCUSE", None, "criticized")
_DEMANDED = Trigger("REQUEST", None, "demanded")
#: Adjectives whose subject does their infinitive ("X is willing/ready/unable to ..."), so their
#: "it" is a party, not the empty subject of an extraposed clause.
_CONTROL = INTENT_HEADS | NEGATING_VERBS | {"able", "keen", "anxious", "free", "quick", "slow", "set", "about"}
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
#: Pronouns by which a speaker names themself as the doer in their own words.
_SPEAKER_SELF = frozenset({"i", "we"})
_DEMAND_MODALS = frozenset({"must", "should", "ought"})
_QUOTE_CHARS = frozenset({'"', "“", "”", "``", "''"})


def _that_clause(tok, after: int):
    """A that-clause of ``tok`` beginning after token ``after``."""
    return next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.left_edge.i > after and any(
        m.dep_ == "mark" and m.text.lower() == "that" for m in c.children)), None)


def _content(noun):
    """The clause a statement noun reports: "claims that X ...", "allegations X had ...". The
    parser often hangs the that-clause of an object noun on the verb ("dismissed allegations by
    X that Y ..."): a that-clause of the verb right after the object's phrase is the noun's."""
    found = _that_clause(noun, noun.i) or next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(s.dep_ in ("nsubj", "nsubjpass")
                                                                          for s in c.children)), None)
    if found is None and noun.dep_ == "dobj":
        found = _that_clause(noun.head, noun.i)
        if found is not None and found.left_edge.i != noun.right_edge.i + 1:
            found = None
    return found


def claim_targets(noun, layer) -> list[str]:
    """Whom a claim of wrongdoing is about: the subject of its content ("an allegation that Y
    had taken over the city" -> Y); an investigation into such a claim investigates Y."""
    if noun.pos_ != "NOUN" or lemma_of(noun) not in word_list("accusation_nouns") | word_list("statement_nouns"):
        return []
    clause = _content(noun)
    if clause is None:
        return []
    authors = _authors(noun, layer)
    return [a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)
            if a not in authors]


def _active_fault(clause) -> bool:
    """Whether the verb of ``clause`` (or a verb it is coordinated with or continues into) is a
    strongly negative act its subject does: "Y had misled voters", "Y failed to act"; a passive
    ("Y was killed") makes the subject the victim, not the wrongdoer."""
    for v in (clause, *clause.conjuncts, *[x for x in clause.children if x.dep_ == "xcomp"]):
        if v.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            continue
        if lemma_of(v) == "fail" or polarity(lemma_of(v)) < 0 or polarity(v.text.lower()) < 0:
            return True
    return False


def _judges_badly(clause) -> bool:
    """Whether a reported clause judges with a strongly negative word: an adjective of the
    WordNet condemn class or of strong negative valence ("led a corrupt government"), or a
    quoted noun of strong negative valence ("was a 'disgrace'"). The content of a claim is the
    claimant's words, as a quotation is."""
    for t in clause.subtree:
        if t.pos_ == "ADJ" and (lemma_of(t) in word_list("class_condemn") or polarity(t.text.lower()) < 0):
            return True
        if t.pos_ == "NOUN" and in_quotes(t) and polarity(t.text.lower()) < 0:
            return True
    return False


#: Verbs of denying a claim ("denied claims that ...", "shrugged off claims", "dismissed suggestions").
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "shrug", "brush", "laugh", "deflect",
                      "dispute", "contest", "counter", "repudiate", "rubbish", "scorn"})


def _denied_by_subject(noun, clause, layer) -> bool:
    """Whether the claim ``noun`` is denied by the party it is about: a claim its subject has to
    deny ("Y shrugged off claims from X that he led a grubby government") is a charge against
    it, whatever its words."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in _DENYING:
        return False
    deniers = set(subject_actors(verb, layer))
    about = {a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)}
    return bool(deniers & about)


def claims_of_wrongdoing(doc, layer) -> list[Candidate]:
    """ACCUSE candidates from accusation nouns (and negative statement nouns) with an author and
    a content clause whose subject is an actor other than the author."""
    out = []
    accusing, stating = word_list("accusation_nouns"), word_list("statement_nouns")
    for tok in tokens_where(doc, "NOUN", accusing | stating):
        lem = lemma_of(tok)
        clause = _content(tok)
        if clause is None or (lem not in accusing and not _judges_badly(clause)
                              and not _denied_by_subject(tok, clause, layer)):
            continue
        authors = _authors(tok, layer)
        recips = [a for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for a in np_actors(s, layer)
                  ] or clause_doers(clause, layer)  # "charges that Iraqi jets bombed X": Iraq
        recips = [r for r in recips if r not in authors]
        if authors and recips:
            out.append(Candidate(_ALLEGED, tok, tok, tok, "speech",
                                 extra={"actors": authors, "recipients": recips, "anchor": None}))
    return out


def _fault_args(verb) -> bool:
    """A fault is done to something: "failed to act" (an infinitive), "misled voters" (an
    object). Without one, "the bank failed" and "in case it fails" are breakdowns, no fault."""
    if lemma_of(verb) == "fail":
        return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.text.lower() == "to" for a in c.children)
                   for c in verb.children)
    return any(c.dep_ == "dobj" for c in verb.children)


def reported_faults(doc, layer, speakers: dict[int, str]) -> list[Candidate]:
    """"X said Y had failed to tackle the problems", "Y misled voters, X claimed": saying that
    another party failed, deceived or misled (WordNet ``fault_verbs``) is criticising it. The
    fault must be said as a fact: not negated, hedged, forecast or asked."""
    out = []
    lied = untruths(doc)  # "lied", "was lying": a fault without object (events.untruths)
    for tok in sorted(tokens_where(doc, "VERB", word_list("fault_verbs")) + lied, key=lambda t: t.i):
        if (is_passive(tok) or not (_fault_args(tok) or tok in lied)
                or not any(c.dep_ == "nsubj" for c in tok.children)):
            continue  # its own subject: in "criticised X for failing to ..." the criticism is the act
        verdict = assess(tok)
        if verdict.certainty != "asserted" or verdict.future or is_question(tok):
            continue
        actors, reporting = speaker_of(tok, layer, speakers)
        own = own_side(actors, layer)  # "the USSR had failed", said by its premier: self-criticism
        culprits = [a for a in subject_actors(tok, layer) if a not in own]
        if actors and culprits:
            out.append(Candidate(_FAULTED, tok, tok, tok, "speech",
                                 extra={"actors": actors, "recipients": culprits, "anchor": reporting}))
    return out


#: Verbs of a verdict: their content is what an inquiry, a court or a report concluded.
_FINDING = frozenset({"find", "conclude", "rule", "judge", "determine", "establish"})


def findings_of_fault(doc, layer) -> list[Candidate]:
    """"X found that Y's account had been wrong", "the inquiry concluded Y had failed to act":
    a verdict that an actor did wrong is an ACCUSE by whoever reached it."""
    out = []
    for tok in tokens_where(doc, "VERB", _FINDING):
        if is_passive(tok):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ == "neg" or (c.dep_ == "mark" and c.text.lower() in ("whether", "if"))
                                 for c in clause.children):
            continue  # "found Y had not ...", "to find out whether Y ...": no verdict of fault
        verdict = assess(tok)
        if verdict.certainty != "asserted" or verdict.future:
            continue  # "will find", "may conclude", "tried to find"
        if not (_active_fault(clause) or _judges_badly(clause)):
            continue
        finders = subject_actors(tok, layer) or [  # "an inquiry by X found", "X's report concluded"
            a for s in tok.children if s.dep_ == "nsubj" for a in _authors(s, layer)]
        recips = [a for s in clause.children if s.dep_ in ("nsubj", "csubj") for a in np_actors(s, layer)]
        recips = [r for r in recips if r not in finders]
        if finders and recips:
            out.append(Candidate(_FOUND, tok, tok, tok, "speech",
                                 extra={"actors": finders, "recipients": recips, "anchor": tok}))
    return out


def speaker_of(tok, layer, speakers: dict[int, str]) -> tuple[list[str], object]:
    """The speaker of the clause of ``tok`` and the reporting verb that says so (None inside a
    continued quotation or an attribution): the nearest reporting verb above it, else the
    quotation's speaker, else the source of "according to X"."""
    reporting = word_list("reporting_verbs")
    for a in tok.ancestors:
        if a.pos_ in ("VERB", "AUX") and lemma_of(a) in reporting:
            return subject_actors(a, layer), a
    try:
        start = tok.sent.start
    except ValueError:  # no sentence boundaries
        start = 0
    speaker = speakers.get(start)
    return ([speaker] if speaker else according_to(tok, layer)), None


def time_for_demands(doc, layer, speakers: dict[int, str] | None = None) -> list[Candidate]:
    """"The time has come for Y to Z", "it is time for Y to Z", said by X: X's REQUEST to Y."""
    out = []
    w = words(doc)
    for tok in (doc[i] for i, (low, pos) in enumerate(zip(w.lower, w.pos, strict=True))
                if low == "time" and pos == "NOUN"):
        verb = tok.head
        if not (lemma_of(verb) in ("come", "be") and tok.dep_ in ("nsubj", "attr")):
            continue
        clause = next((c for c in tok.children if c.dep_ in ("relcl", "acl", "advcl") and _for_to(c)), None)
        if clause is None:
            clause = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp", "ccomp") and _for_to(c)), None)
        if clause is None:
            continue
        recips = [a for s in clause.children if s.dep_ == "nsubj" for a in np_actors(s, layer)]
        actors, reporting = speaker_of(verb, layer, speakers or {})
        recips = [r for r in recips if r not in actors]
        if actors and recips:
            out.append(Candidate(_DEMANDED, verb, tok, clause, "speech",
                                 extra={"actors": actors, "recipients": recips, "anchor": reporting}))
    return out


def _for_to(clause) -> bool:
    """Whether ``clause`` is a for-to infinitive with its own subject ("for Israel to withdraw")."""
    kids = list(clause.children)
    return (any(k.dep_ == "mark" and k.text.lower() == "for" for k in kids)
            and any(k.dep_ == "aux" and k.text.lower() == "to" for k in kids)
            and any(k.dep_ == "nsubj" for k in kids))


def continued_speakers(doc, text: str, quotes) -> dict[int, str]:
    """Sentence start index -> speaker, for the sentences of a quotation that runs on from an
    attributed sentence without an attribution of its own.

    A straight quotation mark opens a quotation when no letter or digit precedes it and closes
    one otherwise; a paragraph of a continued quotation opens with a mark whose predecessor was
    never closed (the news convention), so an opening mark keeps the quotation open.
    """
    attributed: dict[int, str] = {}
    for q in quotes:
        if q.speaker:
            try:
                attributed.setdefault(doc.char_span(q.start, q.end, alignment_mode="expand").sent.start, q.speaker)
            except (AttributeError, ValueError):
                continue
    out: dict[int, str] = {}
    current: str | None = None
    open_quote = False
    reporting = word_list("reporting_verbs")
    w = words(doc)  # token attributes as lists: no Token is made for the words of each sentence
    starts = [sent.start for sent in doc.sents]
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        starts_quoted = open_quote or (w.lower[start] in _QUOTE_CHARS and _opens(text, doc[start].idx))
        if start in attributed:
            current = attributed[start]
        elif starts_quoted and current is not None and not any(
                w.pos[k] == "VERB" and w.lemma[k] in reporting for k in range(start, end)):
            out[start] = current
        else:
            current = None
        for k in range(start, end):
            if w.lower[k] in _QUOTE_CHARS:  # marks have no case: their lowercase is their text
                open_quote = _opens(text, doc[k].idx)
    return out


def _opens(text: str, idx: int) -> bool:
    """Whether the quotation mark at ``text[idx]`` opens a quotation."""
    ch = text[idx] if 0 <= idx < len(text) else '"'
    if ch in "“`":
        return True
    if ch in "”'":
        return False
    return idx == 0 or not (text[idx - 1].isalnum() or text[idx - 1] in ".,!?;:%)")


def _epistemic(modal, verb) -> bool:
    """Whether the modal infers or regrets rather than demands: a perfect ("should have
    acted", "must have known"), "must" with a progressive ("GM must be challenging the union")
    or with the copula ("it must be true")."""
    aux = [c.text.lower() for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > modal.i]
    if modal.text.lower() == "must" and lemma_of(verb) == "be":
        return True  # "their morale must be zero": an inference ("must be held" is a passive, kept)
    return "have" in aux or (modal.text.lower() == "must" and "be" in aux and verb.tag_ == "VBG")


def _main_in_verbless(verb) -> bool:
    """Whether ``verb`` is the main clause of a sentence the parser gave no verbal root: after a
    fronted phrase ("Rather than alluding to false promises Y should be starting ...") it may hang
    the clause as a relative clause of the phrase's noun. A clause with a relative word or mark of
    its own ("promises that Y should keep"), or below a clause with a subject, is no main clause.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Rather", "than", "alluding", "to", "promises", "Y", "should", "apologise"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3, 7, 7, 4],
    ...           deps=["advmod", "ROOT", "pcomp", "prep", "pobj", "nsubj", "aux", "relcl"],
    ...           pos=["ADV", "ADP", "VERB", "ADP", "NOUN", "PROPN", "AUX", "VERB"])
    >>> _main_in_verbless(doc[7])
    True
    """
    root = next((a for a in verb.ancestors if a.dep_ == "ROOT"), verb)
    if root.pos_ in ("VERB", "AUX") or verb.dep_ not in ("relcl", "acl", "ccomp"):
        return False
    if any(c.dep_ == "mark" or c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.text.lower() == "that"
           for c in verb.children):
        return False
    return not any(a.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
                   for a in verb.ancestors)


def quoted_demands(doc, layer, speakers: dict[int, str]) -> list[Candidate]:
    """"Y should/must/ought to Z" in a continued quotation of X: X's REQUEST to Y. Not a first
    person ("we must": a resolve), a question, a condition or a negated forecast."""
    out = []
    for sent in doc.sents:
        speaker = speakers.get(sent.start)
        if speaker is None or any(t.text == "?" for t in sent[-3:]):
            continue
        for modal in sent:
            if (modal.dep_ != "aux" or modal.text.lower() not in _DEMAND_MODALS
                    or not (modal.head.dep_ in ("ROOT", "conj") or _main_in_verbless(modal.head))):
                continue  # a main clause: "the idea that Y should Z" demands nothing
            verb = modal.head
            if any(c.dep_ == "mark" and c.text.lower() in ("if", "unless", "whether") for c in verb.children):
                continue
            if _epistemic(modal, verb):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.text.lower() in _FIRST_PERSON or not (layer.at(subj.i) or subj.pos_ == "PRON"):
                continue  # the subject itself is the party asked: not "their morale must be ..."
            recips = [a for a in np_actors(subj, layer) if a != speaker]
            if recips:
                out.append(Candidate(_DEMANDED, verb, modal, modal, "speech",
                                     extra={"actors": [speaker], "recipients": recips, "anchor": None}))
    return out


def arbitrary_doer(verb) -> bool:
    """Whether ``verb`` is an infinitive extraposed after "it is ADJ" without a subject of its
    own: "it was disgusting to propose a system ..." judges proposing, by nobody named (the
    speaker least of all); nor has "it is time to act". "It is vital for X to act" has its own
    subject and is read as such.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["it", "was", "wrong", "to", "propose", "it"], heads=[1, 1, 1, 4, 2, 4],
    ...           deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj"], lemmas=["it", "be", "wrong", "to",
    ...           "propose", "it"])
    >>> arbitrary_doer(doc[4])
    True
    """
    kids = list(verb.children)
    if (verb.dep_ in ("relcl", "acl") and verb.head.text.lower() == "time" and not any(k.dep_ == "nsubj" for k in kids)
            and any(k.dep_ == "aux" and k.text.lower() == "to" for k in kids)):
        return True  # "it is time to act", "the time has come to act": a call, no act
    if verb.dep_ not in ("xcomp", "ccomp", "advcl", "csubj") or not any(
            k.dep_ == "aux" and k.text.lower() == "to" for k in kids) or any(
            k.dep_ in ("nsubj", "mark") for k in kids):
        return False
    pred = verb.head
    if lemma_of(pred) in _CONTROL:  # "it is willing to withdraw": "it" is a party, and the doer
        return False
    head = pred.head if pred.dep_ in ("acomp", "attr") else pred
    return lemma_of(head) == "be" and any(c.dep_ in ("nsubj", "expl") and c.text.lower() == "it"
                                          for c in head.children)


def asked_party(verb, layer) -> list[str]:
    """Whom a call is on in "called for X to resign", which the parser may read as "called [for
    X] [to resign]": the actor of a "for" phrase followed by an infinitive is the one asked.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["called", "for", "Blair", "to", "resign"], heads=[0, 0, 1, 0, 3],
    ...           deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return "blair" if i == 2 else None
    >>> asked_party(doc[0], Layer())
    ['blair']
    """
    out: list[str] = []
    for p in verb.children:
        if p.dep_ != "prep" or p.text.lower() != "for":
            continue
        for o in p.children:
            nxt = o.doc[o.right_edge.i + 1] if o.right_edge.i + 1 < len(o.doc) else None
            if o.dep_ == "pobj" and nxt is not None and nxt.text.lower() == "to":
                out += np_actors(o, layer)
    return out


def first_person_speaker(c: Candidate, quotes, speakers: dict[int, str]) -> str | None:
    """The speaker of the quotation a first-person act is in: ``"We will meet them," said X`` is
    X's, and so is "I have met them" in a quotation continued from X's attributed words."""
    if c.kind not in ("verb", "light"):
        return None
    subj = next((x for x in c.head.children if x.dep_ == "nsubj"), None)
    if subj is None or subj.text.lower() not in _SPEAKER_SELF:
        return None
    found = next((q.speaker for q in quotes if q.speaker and q.start <= c.head.idx < q.end), None)
    if found is None:  # a continued quotation is quoted from its start to the end of the sentence
        try:
            found = speakers.get(c.head.sent.start)
        except ValueError:  # no sentence boundaries
            return None
    return found


def find_speech_acts(doc, layer, speakers: dict[int, str]) -> list[Candidate]:
    """All speech-act candidates of ``doc``: claims of wrongdoing and demands.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result (``layer.at(i)``).
    speakers : dict of int to str
        The speakers of continued quotations by sentence start (:func:`continued_speakers`).

    Returns
    -------
    list of Candidate
        Candidates of kind ``"speech"`` (see the module docstring).
    """
    return (claims_of_wrongdoing(doc, layer) + findings_of_fault(doc, layer) + reported_faults(doc, layer, speakers)
            + reported_violations(doc, layer, lambda t: speaker_of(t, layer, speakers))
            + reported_blame(doc, layer, lambda t: speaker_of(t, layer, speakers))
            + time_for_demands(doc, layer, speakers) + quoted_demands(doc, layer, speakers) + told_demands(doc, layer))
