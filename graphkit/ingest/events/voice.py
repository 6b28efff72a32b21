"""Whose act a reported sentence states: two facts of reported speech the event stage uses.

- **A speaker is "I".** Quoted words name their own speaker "I" or "we", so a third-person
  pronoun in a quotation does not refer to the quotation's speaker. :func:`without_speaker_pronouns`
  drops such resolutions (``"His commitment to the vulnerable was second to none", said X`` is
  no commitment of X's), for quotations attributed in their sentence and for quotations continued
  over later sentences alike.
- **Noting another party's act is not yielding.** To acknowledge or recognise *another party's*
  act, feeling or claim ("acknowledged the prince's apology", "recognised people's concerns") is
  taking note of it; CONCEDE is the speaker's own yielding ("acknowledged his mistake", "admitted
  the plan had failed"). :func:`notes_another_party` finds the former.
- **A question is no request.** "X asked whether Y would resign", "'Who will pay?', X asked" report a
  question; only asking someone to act or for something ("asked Y to resign", "asked for an
  inquiry") is a demand (:func:`asks_a_question`).
- **A warning aimed at nobody is a caution.** "X warned there was a risk of inflation", "warned
  against complacency", "warned that companies might disobey": a warning is a threat when it has a
  party to threaten or says what the speaker's side will do (:func:`only_cautions`).
- **Conjoined participles share the passive.** In "Hasenfus was captured, tried and sentenced" the
  one auxiliary makes every participle passive: Hasenfus was sentenced, he did not sentence
  (:func:`passive_head`). A past participle that modifies a noun and names its doer with "by" is
  a passive with the noun as its patient: "the proposal, backed by France", "steps urged by the
  U.S." (:func:`reduced_passive`).
- **An object asked is the addressee.** In "urged voters to hold him to account" the voters are
  asked; the parties inside what they are asked to do (a possessor, an object) are not addressed
  (:func:`asks_object`).

Examples
--------
>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> words = ["Kerry", "acknowledged", "Lavrov", "'s", "apology"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 2, 1], deps=["nsubj", "ROOT", "poss", "case", "dobj"],
...           pos=["PROPN", "VERB", "PROPN", "PART", "NOUN"],
...           lemmas=["Kerry", "acknowledge", "Lavrov", "'s", "apology"])
>>> notes_another_party(doc[1], {0: "kerry", 2: "lavrov"})
True
"""
from __future__ import annotations

import dataclasses

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.actors.reported import in_quotation
from graphkit.ingest.events.lexicon import load_lexicon
from graphkit.ingest.events.relatives import gap_object
from graphkit.ingest.words import word_list

__all__ = ["THIRD_PERSON", "without_speaker_pronouns", "notes_another_party", "NOTING_VERBS", "asks_object",
           "asks_a_question", "only_cautions", "passive_head", "reduced_passive", "bare_passive", "patient_noun",
           "patient_counts"]

_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "csubj", "expl"})


def passive_head(verb):
    """The passive verb whose subject and auxiliary ``verb`` shares, or None: a bare past participle
    coordinated after a passive ("was captured, tried and sentenced"), with no subject, auxiliary or
    object of its own (every conjunct between them bare too). "was arrested and will resign",
    "was captured and escaped" (a past tense of its own) are active.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["X", "was", "captured", ",", "tried", "and", "sentenced"],
    ...           heads=[2, 2, 2, 2, 2, 4, 4], deps=["nsubjpass", "auxpass", "ROOT", "punct", "conj", "cc", "conj"],
    ...           tags=["NNP", "VBD", "VBN", ",", "VBD", "CC", "VBN"])
    >>> passive_head(doc[6]).text, passive_head(doc[4]), passive_head(doc[2])
    ('captured', None, None)
    """
    if verb.dep_ != "conj" or not (verb.tag_ == "VBN" or _misread_participle(verb)):
        return None
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        if any(c.dep_ in _OWN_CLAUSE for c in cur.children):
            return None
        cur = cur.head
    if cur.pos_ not in ("VERB", "AUX", "") or cur.tag_ != "VBN":
        return None
    return cur if any(c.dep_ == "auxpass" for c in cur.children) else None


def _misread_participle(verb) -> bool:
    """Whether ``verb``, tagged a past tense, is a participle the tagger misread: a regular "-ed" form (the
    same for both) of a verb every sense of which takes an object (data/words/transitive_verbs.txt, from
    WordNet's frames), with none ("was arrested in California and jailed": no one jailed anything)."""
    return (verb.tag_ == "VBD" and verb.text.lower().endswith("ed")
            and (verb.lemma_ or verb.text).lower() in word_list("transitive_verbs"))


def reduced_passive(verb) -> bool:
    """Whether ``verb`` is a reduced passive clause: a past participle modifying a noun (or opening
    the sentence whose subject it describes: "Backed by France, Britain ..."), with a "by" agent
    that names a doer ("the proposal, backed by France": France backs the proposal; not "countries
    chastened by the collapse of prices"). Without an agent the participle may be an adjective or an
    active verb the parser misread ("troops stationed there"), and is left alone.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["steps", "urged", "by", "Washington"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "acl", "agent", "pobj"], tags=["NNS", "VBN", "IN", "NNP"],
    ...           pos=["NOUN", "VERB", "ADP", "PROPN"])
    >>> reduced_passive(doc[1]), reduced_passive(doc[0])
    (True, False)
    """
    if verb.tag_ != "VBN" or verb.head.i == verb.i or not (verb.dep_ == "acl" or _fronted(verb)):
        return False
    return any(_names_a_doer(p) for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj")


def bare_passive(verb) -> bool:
    """Whether ``verb`` is passive with no auxiliary of its own: a participle sharing another's
    (:func:`passive_head`) or a reduced relative clause (:func:`reduced_passive`)."""
    return passive_head(verb) is not None or reduced_passive(verb)


def patient_noun(verb):
    """The noun ``verb`` modifies when that noun is what the verb acts on, else None: the noun of a
    reduced passive ("the proposal, backed by France") or of a relative clause whose object is
    its gap ("the tariffs he imposed", :func:`relatives.gap_object`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["steps", "urged", "by", "Washington"], heads=[0, 0, 1, 2],
    ...           deps=["ROOT", "acl", "agent", "pobj"], tags=["NNS", "VBN", "IN", "NNP"],
    ...           pos=["NOUN", "VERB", "ADP", "PROPN"])
    >>> patient_noun(doc[1]).text, patient_noun(doc[3])
    ('steps', None)
    """
    if reduced_passive(verb):
        return _fronted(verb) or verb.head
    return gap_object(verb)


def _fronted(verb):
    """The subject a participle clause before its verb describes ("Backed by France, Britain opposed
    ...", "Japan, urged by the U.S. to cut rates, refused": set off by commas after it), or None: a
    bare participle before its head verb, with no subject or auxiliary of its own ("Having attacked X,
    ..." is active)."""
    if verb.dep_ != "advcl" or verb.i > verb.head.i or any(c.dep_ in _OWN_CLAUSE for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and (
        c.i > verb.i or verb.doc[verb.i - 1].text == "," and c.i < verb.i)), None)


def patient_counts(verb, layer) -> bool:
    """Whether the noun a reduced passive ``verb`` modifies makes it an act between parties: the noun
    names a party (a country, body or person, or one's own: "its application, supported by X") in
    its own words (not in its phrases). An act's agent ("the tariffs announced by X") is read with
    the event noun (:mod:`nominal`); a thing's or a place's history ("a lunch hosted by X", "the
    channel, disputed by X and Y", "a budget hammered out by X") describes that thing, and is no act
    between parties.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Canada", ",", "backed", "by", "Australia"], heads=[0, 0, 0, 2, 3],
    ...           deps=["ROOT", "punct", "acl", "agent", "pobj"], tags=["NNP", ",", "VBN", "IN", "NNP"],
    ...           pos=["PROPN", "PUNCT", "VERB", "ADP", "PROPN"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "canada", 4: "australia"}.get(i)
    >>> patient_counts(doc[2], Layer())
    True
    """
    kinds, noun = getattr(layer, "actors", {}), patient_noun(verb)
    if noun is None:
        return False
    nouns = [noun, *noun.conjuncts]
    words = nouns + [c for n in nouns for c in n.children if c.dep_ in ("poss", "compound", "amod")]
    return any((aid := layer.at(t.i)) and getattr(kinds.get(aid), "kind", None) != "location" for t in words)


def _names_a_doer(noun) -> bool:
    """Whether a "by" phrase names who did it (a name, a pronoun, people or a body: "by France", "by
    other opposition parties") rather than what did it ("chastened by the collapse of the ITC")."""
    low = (noun.lemma_ or noun.text).lower()
    return (noun.pos_ in ("PROPN", "PRON") or is_person_noun(noun.text) or is_person_noun(low)
            or low in word_list("body_nouns"))


#: Third-person personal pronouns: never the speaker of the quoted words they stand in.
THIRD_PERSON = frozenset("he him his himself she her hers herself it its itself they them their theirs "
                         "themselves".split())
#: Verbs of taking note (lemmas): their CONCEDE sense is admitting the speaker's own fault or loss.
NOTING_VERBS = frozenset({"acknowledge", "recognise", "recognize"})


def _speaker_at(tok, quotes, speakers: dict[int, str]) -> str | None:
    """The speaker of the quoted words ``tok`` is in: between quotation marks of an attributed
    quotation (reported speech, "X said he ...", is no quotation: "he" may be X), or anywhere in
    the sentences a quotation continues over."""
    found = next((q.speaker for q in quotes if q.speaker and q.start <= tok.idx < q.end), None)
    if found is not None and in_quotation(tok):
        return found
    try:
        return speakers.get(tok.sent.start)  # a continued quotation runs to the end of its sentence
    except ValueError:  # no sentence boundaries
        return None


def without_speaker_pronouns(doc, layer, quotes, speakers: dict[int, str]):
    """``layer`` without the third-person pronouns resolved to the speaker of the quotation they are in.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed text.
    layer : ActorLayer
        The actor stage's result; it is not changed.
    quotes : list of Quote
        The attributed quotations (character offsets and speakers).
    speakers : dict of int to str
        Sentence start -> speaker of a continued quotation
        (:func:`graphkit.ingest.events.speech.continued_speakers`).

    Returns
    -------
    ActorLayer
        ``layer`` itself when nothing is dropped, else a copy without those pronouns.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> from graphkit.ingest.actors.find import ActorLayer
    >>> doc = Doc(Vocab(), words=['"', "His", "work", "was", "great", '"', ",", "Kerry", "said"],
    ...           sent_starts=[1, 0, 0, 0, 0, 0, 0, 0, 0])
    >>> layer = ActorLayer(token_actor={1: "kerry", 7: "kerry"})
    >>> quote = SimpleNamespace(start=0, end=doc[5].idx + 1, speaker="kerry")
    >>> without_speaker_pronouns(doc, layer, [quote], {}).token_actor
    {7: 'kerry'}
    """
    drop = {i for i, aid in layer.token_actor.items()
            if doc[i].text.lower() in THIRD_PERSON and _speaker_at(doc[i], quotes, speakers) == aid}
    if not drop:
        return layer
    return dataclasses.replace(layer, token_actor={i: a for i, a in layer.token_actor.items() if i not in drop})


def notes_another_party(verb, token_actor: dict[int, str]) -> bool:
    """Whether the noting verb ``verb`` has for object what belongs to a party other than its
    subject: a possessor that is a noun ("the prince's apology", "people's concerns"), or a
    possessive pronoun resolved to another actor.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb of :data:`NOTING_VERBS` (others give False).
    token_actor : dict of int to str
        Token index -> actor id.

    Returns
    -------
    bool

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Kerry", "acknowledged", "his", "mistake"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "poss", "dobj"], pos=["PROPN", "VERB", "PRON", "NOUN"],
    ...           lemmas=["Kerry", "acknowledge", "his", "mistake"])
    >>> notes_another_party(doc[1], {0: "kerry", 2: "kerry"})
    False
    """
    if (verb.lemma_ or verb.text).lower() not in NOTING_VERBS:
        return False
    subjects = {token_actor.get(s.i) for s in verb.children if s.dep_ == "nsubj"} - {None}
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        for p in obj.children:
            if p.dep_ != "poss":
                continue
            if p.pos_ != "PRON":
                return token_actor.get(p.i) not in subjects
            owner = token_actor.get(p.i)
            return owner is not None and bool(subjects) and owner not in subjects
    return False


def asks_object(verb, content) -> bool:
    """Whether ``verb`` asks its direct object to do ``content`` (object control: "urged voters to
    ...", "asked people to ..."), so that the object, not a party inside ``content``, is addressed.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["urged", "voters", "to", "go"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "dobj", "aux", "xcomp"])
    >>> asks_object(doc[0], doc[3]), asks_object(doc[0], None)
    (True, False)
    """
    return content is not None and content.dep_ == "xcomp" and any(o.dep_ == "dobj" for o in verb.children)


#: Verbs of asking: a demand with an infinitive or "for", a question with an interrogative clause.
_ASKING = frozenset({"ask", "inquire", "enquire", "query", "wonder"})
_WH = frozenset({"WDT", "WP", "WP$", "WRB"})


def asks_a_question(verb) -> bool:
    """Whether ``verb`` ("ask") reports a question rather than a request: its clause is
    interrogative ("whether", "if", a wh-word) or it has nothing asked for at all ("..., X asked"; a
    "for ... to" clause is asked for: "asked for the talks to be postponed").

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["X", "asked", "whether", "Y", "would", "go"], heads=[1, 1, 5, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp"], lemmas=["X", "ask", "whether", "Y",
    ...           "would", "go"])
    >>> asks_a_question(doc[1])
    True
    >>> doc = Doc(Vocab(), words=["X", "asked", "Y", "to", "go"], heads=[1, 1, 1, 4, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp"], lemmas=["X", "ask", "Y", "to", "go"])
    >>> asks_a_question(doc[1])
    False
    """
    if (verb.lemma_ or verb.text).lower() not in _ASKING:
        return False
    kids = list(verb.children)
    for c in kids:
        if c.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.text.lower() in ("whether", "if") for m in c.children)
                                  or any(t.tag_ in _WH for t in c.subtree if t.i < c.i)):
            return True
    return not any(c.dep_ in ("dobj", "dative", "iobj", "xcomp") or (c.dep_ == "prep" and c.text.lower() == "for")
                   or (c.dep_ == "ccomp" and c.i > verb.i) or _for_clause(c) for c in kids)


def _for_clause(clause) -> bool:
    """Whether ``clause`` is a "for ... to" clause: what one asks for ("asked for the talks to be put off")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() == "for" for m in clause.children)


_WARNING = frozenset({"warn", "caution"})
#: Nouns of paying back: a warning "of" them is the speaker's threat ("Japan warned of retaliation").
_REPRISALS = frozenset({"retaliation", "reprisal", "revenge", "vengeance", "countermeasure", "counter-measure",
                        "counteraction", "retribution"})
_SELF = frozenset({"i", "we"})
#: Auxiliaries of a forecast: "might force", "could hurt", "would lead to".
_FORECAST_AUX = frozenset({"might", "could", "may", "would", "will", "can", "'ll", "wo"})
#: Acts that are themselves hostile: a warning that they will come is a threat ("sanctions would follow").
_HOSTILE = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "REJECT", "ACCUSE", "PROTEST"})


def _foretells_a_thing(clause) -> bool:
    """Whether content clause ``clause`` of a warning foretells what a thing will do ("a dollar fall might
    force the Fed to raise rates", "the bill could hurt exports"): told with a modal, its subject is a thing
    -- no actor, pronoun, people, owner ("its move", "a U.S. move") or hostile act ("sanctions would
    follow") -- and no reprisal or answer of no other author is named ("any interference would meet a
    strong response": :func:`_unowned_answer`). Such a warning says what is to be feared, not what the speaker
    will do: no threat, whoever it names."""
    subj = next((s for s in clause.children if s.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or is_person_noun(subj.text.lower()) or is_person_noun(_lemma(subj)):
        return False
    if not any(c.dep_ == "aux" and c.text.lower() in _FORECAST_AUX for c in clause.children):
        return False
    if any(t.ent_type_ or t.pos_ in ("PROPN", "PRON") or t.tag_ in ("PRP$", "NNP", "NNPS") for t in subj.subtree):
        return False
    if any(e.trigger.type in _HOSTILE for e in load_lexicon()["N"].get(_lemma(subj), ())):
        return False
    return not any(_lemma(t) in _REPRISALS or _unowned_answer(t) for t in clause.subtree)


def _unowned_answer(tok) -> bool:
    """Whether ``tok`` is an answer (``data/words/answer_nouns.txt``) whose author is not named ("would meet a
    strong response"): the warner's own; "a response from markets", "their response" are another's."""
    return _lemma(tok) in word_list("answer_nouns") and not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.text.lower() in ("from", "by")) for c in tok.children)


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def only_cautions(verb, actors: list[str], recipients: list[str], token_actor: dict[int, str]) -> bool:
    """Whether the warning ``verb`` threatens nobody: it names no party other than its speakers
    (``actors``) and does not say what the speakers will do ("warned that it would retaliate").
    On newswire such warnings are mostly forecasts ("warned there was a risk of inflation",
    "warned against complacency"); the few threats without a target named ("warned of
    reprisals") are kept when what is warned of is a reprisal (``_REPRISALS``): that is the speaker's.

    Examples
    --------
    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["GATT", "warned", "there", "was", "a", "risk"], heads=[1, 1, 3, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "expl", "ccomp", "det", "attr"], lemmas=["GATT", "warn", "there", "be",
    ...           "a", "risk"])
    >>> only_cautions(doc[1], ["gatt"], [], {0: "gatt"})
    True
    >>> only_cautions(doc[1], ["gatt"], ["usa"], {0: "gatt"})
    False
    >>> doc = Doc(Vocab(), words=["Japan", "warned", "of", "reprisals"], heads=[1, 1, 1, 2],
    ...           deps=["nsubj", "ROOT", "prep", "pobj"], lemmas=["Japan", "warn", "of", "reprisal"])
    >>> only_cautions(doc[1], ["jpn"], [], {0: "jpn"})
    False
    """
    if (verb.lemma_ or verb.text).lower() not in _WARNING:
        return False
    if any(c.dep_ == "ccomp" and _foretells_a_thing(c) for c in verb.children):
        return True  # "warned that a dollar fall might force the Fed to ...": a forecast, whoever it names
    if [r for r in recipients if r not in actors]:
        return False
    if any(p.dep_ == "prep" and p.text.lower() == "of" and (o.lemma_ or o.text).lower() in _REPRISALS
           for p in verb.children for o in p.children if o.dep_ == "pobj"):
        return False  # "warned of retaliation": the speaker's own reprisal
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp"):
            for s in clause.children:
                if s.dep_ in ("nsubj", "nsubjpass") and (s.text.lower() in _SELF or token_actor.get(s.i) in actors):
                    return False  # "warned that it would retaliate": the speaker's own act
    return True
