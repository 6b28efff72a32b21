"""Control: who does what a clause without a subject of its own says, read from the verb above it.

Two facts of English grammar, each read from the parse:

- a verb that takes an object and an infinitive ("prompted Greyhound to threaten", "induced Japan to
  impose") hands the infinitive to its object when its argument structure says so: WordNet 3.0 gives
  such senses the sentence frame "Somebody ----s somebody to INFINITIVE" (``data/words/object_control_verbs.txt``,
  grown by ``tools/grow_control_verbs.py``) -- the object is the doer (:func:`object_controllers`);
- a finite verb ("flew", "welcomes") cannot share the "to" of an infinitive or the bare form of a
  subjunctive it is coordinated with: "Egypt allowed the soldiers to stay and flew them to Cairo" --
  "flew" is coordinated with "allowed", whatever the parser says (:func:`finite_partner`);
- a thing cannot act: when the parser hangs a verb without a subject on a reported clause whose subject
  names no doer (a policy, a decision) and that clause states a condition ("was long overdue") or is
  told in another tense ("are causing injury ... and supported"), the verb goes with the reporting
  clause: "the agency ruled that U.S. policies are causing injury and supported a duty" -- the agency
  supported it (:func:`reported_partner`);
- the "by" phrase of a noun names the doer of the act the noun stands for, and so of the infinitive that
  says what that act is: "the decision by Iran to expel two diplomats", "a move by Congress to block arms
  sales" -- Iran expels, Congress blocks (:func:`by_agents`). A noun aimed at another party ("pressure
  by Washington on Bonn to cut rates") hands its infinitive to that party, and names no doer here;
- an infinitive with no object of its own that takes an infinitive ("try to", "begin to", "seek to") only
  frames the act of that one: "Japan agreed to try to open its markets to American goods" is a promise
  aimed as "agreed to open" is (:func:`innermost`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Egypt", "allowed", "soldiers", "to", "stay", "and", "flew", "them"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4, 4, 6],
...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "cc", "conj", "dobj"],
...           tags=["NNP", "VBD", "NNS", "TO", "VB", "CC", "VBD", "PRP"],
...           pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "CCONJ", "VERB", "PRON"])
>>> finite_partner(doc[6]).text
'allowed'
"""
from __future__ import annotations

from graphkit.ingest.actors.bodies import is_person_noun
from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.words import word_list

__all__ = ["object_controllers", "finite_partner", "reported_partner", "by_agents", "innermost",
           "content_clause"]

#: Tags of finite verb forms that are never a bare infinitive (VBP is: "seek" after "to").
_FINITE = frozenset({"VBD", "VBZ"})
#: Tags of the verb forms that head a finite clause.
_FINITE_CLAUSE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.text).lower()


def object_controllers(verb, layer) -> list[str]:
    """The actors the object of the verb above names, when that verb hands its infinitive complement
    ``verb`` to its object (WordNet's frame "Somebody ----s somebody to INFINITIVE"); else nothing.

    Only objects that name actors count: "used its veto to block" names none, and the caller keeps
    its own reading.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["USA", "induced", "Japan", "to", "impose", "sanctions"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
    ...           lemmas=["USA", "induce", "Japan", "to", "impose", "sanction"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "usa", 2: "japan"}.get(i)
    >>> object_controllers(doc[4], Layer())
    ['japan']
    >>> object_controllers(doc[1], Layer())  # no infinitive complement
    []
    """
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or _lemma(head) not in word_list("object_control_verbs"):
        return []
    if not any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children):
        return []
    return [a for o in head.children if o.dep_ in ("dobj", "dative") for a in np_actors(o, layer)]


def _nonfinite(verb) -> bool:
    """Whether ``verb`` is an infinitive ("to stay") or a bare subjunctive ("that Japan do more")."""
    if verb.tag_ != "VB":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.text.lower() == "to" for a in auxes) or not auxes


def finite_partner(verb):
    """The verb a finite conjunct without a subject of its own is coordinated with, when the parser has
    hung it on an infinitive or subjunctive it cannot share a form with ("allowed the soldiers to stay and
    flew them": "allowed"); None otherwise.

    The partner is the nearest verb above the infinitive that heads a finite clause (or the copula of a
    predicate adjective: "were concerned that Japan do more and welcomed ...": "were").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "will", "meet", "Iraq", "and", "signed", "it"]
    >>> doc = Doc(Vocab(), words=words, heads=[2, 2, 2, 2, 2, 2, 5],
    ...           deps=["nsubj", "aux", "ROOT", "dobj", "cc", "conj", "dobj"],
    ...           tags=["NNP", "MD", "VB", "NNP", "CC", "VBD", "PRP"])
    >>> finite_partner(doc[5]) is None  # a modal's verb: finite verb phrases coordinated
    True
    """
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    cur = verb.head
    if not _nonfinite(cur):
        return None
    for _ in range(4):
        if cur.head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acomp"):
            return None
        cur = cur.head
        if cur.pos_ == "ADJ" and cur.dep_ == "acomp":  # "were concerned that ..."
            cur = cur.head
        if cur.tag_ in _FINITE_CLAUSE or any(c.dep_ == "aux" and c.tag_ in _FINITE_CLAUSE for c in cur.children):
            return cur if cur.pos_ in ("VERB", "AUX") else None
    return None


def _names_no_doer(noun) -> bool:
    """Whether ``noun`` heads a phrase for a thing ("policies", "decision"), not a name, a pronoun, people or a body."""
    low = (noun.lemma_ or noun.text).lower()
    return (noun.pos_ == "NOUN" and not is_person_noun(noun.text) and not is_person_noun(low)
            and low not in word_list("body_nouns") and low not in word_list("organisation_nouns"))


def _form(verb) -> str:
    """The tense a verb's clause is told in: its finite auxiliary's tag, else its own."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    return aux.tag_ if aux is not None else verb.tag_


def reported_partner(verb):
    """The reporting verb a conjunct without its own subject goes with, when the parser has hung it on the
    reported clause and that clause's subject names a thing that cannot act (see the module); else None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["agency", "ruled", "policies", "are", "causing", "injury", "and", "supported", "duty"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 4, 4, 1, 4, 4, 4, 7],
    ...           deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "cc", "conj", "dobj"],
    ...           tags=["NN", "VBD", "NNS", "VBP", "VBG", "NN", "CC", "VBD", "NN"],
    ...           pos=["NOUN", "VERB", "NOUN", "AUX", "VERB", "NOUN", "CCONJ", "VERB", "NOUN"],
    ...           lemmas=["agency", "rule", "policy", "be", "cause", "injury", "and", "support", "duty"])
    >>> reported_partner(doc[7]).text
    'ruled'
    """
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    clause = verb.head
    above = clause.head
    if clause.dep_ != "ccomp" or above.i == clause.i or above.pos_ != "VERB" or above.tag_ != verb.tag_:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or not _names_no_doer(subj) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in above.children):
        return None
    copular = _lemma(clause) == "be" and any(c.dep_ in ("acomp", "attr") for c in clause.children)
    return above if copular or _form(clause) != verb.tag_ else None


def by_agents(verb, layer) -> list[str]:
    """The actors the "by" phrase of the noun names whose infinitive ``verb`` is ("the decision by Iran to
    expel": Iran); nothing for a noun aimed "on" or "at" another party or without a "by" phrase.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["decision", "by", "Iran", "to", "expel", "diplomats"]
    >>> doc = Doc(Vocab(), words=words, heads=[0, 0, 1, 4, 0, 4], deps=["ROOT", "prep", "pobj", "aux", "acl", "dobj"],
    ...           pos=["NOUN", "ADP", "PROPN", "PART", "VERB", "NOUN"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return "iran" if i == 2 else None
    >>> by_agents(doc[4], Layer())
    ['iran']
    """
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or not any(
            c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children):
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.i < verb.i]
    if any(p.text.lower() in ("on", "upon", "at") for p in preps):
        return []
    return [a for p in preps if p.text.lower() == "by" for o in p.children if o.dep_ == "pobj"
            for a in np_actors(o, layer)]


def innermost(clause):
    """The last infinitive of a chain that starts at ``clause`` while each link names no party of its own
    ("to try to open its markets to X": "open"); ``clause`` itself otherwise, None for None.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Japan", "agreed", "to", "try", "to", "open", "markets"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 5, 3, 5],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "aux", "xcomp", "dobj"])
    >>> innermost(doc[3]).text, innermost(doc[5]).text
    ('open', 'open')
    """
    for _ in range(3):
        if clause is None or clause.dep_ != "xcomp" or any(
                c.dep_ in ("dobj", "dative", "prep", "ccomp") for c in clause.children):
            return clause
        inner = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if inner is None:
            return clause
        clause = inner
    return clause


def content_clause(tok):
    """What ``tok`` says or asks: its clausal complement ("urged X to ...", "called for X to ...").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["urged", "Iran", "to", "withdraw"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "dobj", "aux", "xcomp"], pos=["VERB", "PROPN", "PART", "VERB"])
    >>> content_clause(doc[0]).text
    'withdraw'
    """
    return next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.text.lower() == "for" for m in c.children))), None) or next(
        (c for c in tok.children if c.dep_ == "acl" and c.pos_ in ("VERB", "")), None)
