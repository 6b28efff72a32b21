"""Speech acts told from the side of the party they are aimed at.

News often reports criticism, demands and pressure by what their target undergoes:

* "Blair faced criticism from Howard", "the plan drew condemnation from X", "the minister came
  under fire from MPs": the subject of the verb of undergoing ("face", "draw", "receive", "come
  under") is the recipient of the act the noun names (:func:`undergoer`);
* "the government came under fire from Washington over its exports", "drew fire from X": the
  nouns of an attack that also name intense criticism (WordNet fire.n.09 "intense adverse criticism",
  with attack, flak, flack, blast) are criticism when it has a reason ("over", "for", "about": force
  is not aimed over a matter) or passes between persons and unarmed bodies only
  (:func:`graphkit.ingest.events.verbal.in_words`); else they may be gunfire and are left alone
  (:func:`under_fire`);
* "Brown faced calls from the Tories to resign", "the government came under pressure from X to
  scrap the tax": nouns of asking that are no event words by themselves ("calls", "pressure")
  are a REQUEST of their author to that party (:func:`faced_demands`);
* what such a demand asks for ("to resign") is its content, not an act that happened
  (:func:`demanded_content`).

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Blair", "faced", "criticism", "from", "Howard"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"], lemmas=["Blair", "face", "criticism", "from", "Howard"])
>>> class Layer:
...     def at(self, i):
...         return {0: "blair", 4: "howard"}.get(i)
>>> undergoer(doc[2], Layer())
['blair']
"""
from __future__ import annotations

from functools import cache

from graphkit.ingest.events.lexicon import Trigger, load_lexicon, lookup_noun
from graphkit.ingest.events.responses import RESPONSE_VERBS
from graphkit.ingest.events.roles import np_actors, prep_actors, subject_actors
from graphkit.ingest.events.scan import tokens_where
from graphkit.ingest.events.triggers import Candidate, lemma_of
from graphkit.ingest.events.verbal import in_words

__all__ = ["answering_verb", "DEFENDING_VERBS", "undergoer", "faced_demands", "answered_charges", "under_fire",
           "FIRE_NOUNS", "demanded_content",
           "UNDERGO_VERBS", "ASKING_NOUNS"]

#: Verbs whose subject undergoes the act their object names ("faced criticism", "drew protests").
UNDERGO_VERBS = frozenset({"face", "receive", "draw", "attract", "incur", "suffer", "endure", "weather",
                           "encounter", "provoke", "spark", "prompt", "trigger", "earn", "invite"})
#: Nouns of asking: a demand of their author ("calls from X to ...", "pressure from X").
ASKING_NOUNS = frozenset({"call", "pressure", "demand", "appeal", "plea", "request", "urging", "entreaty"})
_ASKED = Trigger("REQUEST", None, "called on")


def _undergoing_verb(noun):
    """The verb of undergoing whose object ``noun`` is ("faced criticism", "came under pressure")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and lemma_of(head) in UNDERGO_VERBS:
        return head
    if (noun.dep_ == "pobj" and head.text.lower() == "under" and head.head.pos_ in ("VERB", "AUX")
            and lemma_of(head.head) in ("come", "be", "remain", "fall")):
        return head.head  # "came under pressure from X", "is under fire from X"
    return None


def undergoer(noun, layer) -> list[str]:
    """The party that undergoes the act of event noun ``noun``: the subject of the verb of
    undergoing it is the object of; else nobody."""
    verb = _undergoing_verb(noun)
    return subject_actors(verb, layer) if verb is not None else []


def faced_demands(doc, layer) -> list[Candidate]:
    """REQUEST candidates (kind ``"speech"``) from nouns of asking a party undergoes: "Y faced calls
    from X to resign" is X's REQUEST to Y. The noun needs its author ("from X", "by X", "X's")."""
    out = []
    for tok in tokens_where(doc, "NOUN", ASKING_NOUNS):
        verb = _undergoing_verb(tok)
        if verb is None or (lemma_of(tok) == "call" and not _asks_for(tok)):
            continue  # "received phone calls from X": no demand said
        authors = [a for c in tok.children if c.dep_ == "poss" for a in np_actors(c, layer)]
        authors += prep_actors(tok, layer, {"from", "by"})
        recips = [a for a in subject_actors(verb, layer) if a not in authors]
        if authors and recips:
            out.append(Candidate(_ASKED, verb, tok, tok, "speech",
                                 extra={"actors": authors, "recipients": recips, "anchor": verb}))
    return out


_CHARGED = Trigger("ACCUSE", None, "criticized")


@cache
def _answering_verbs() -> frozenset[str]:
    """Verbs of answering a charge: those the lexicon gives a REJECT or CONCEDE sense ("rejected",
    "dismissed", "brushed aside", "accepted")."""
    return frozenset(lemma for lemma, entries in load_lexicon()["V"].items()
                     if any(e.trigger.type in ("REJECT", "CONCEDE") for e in entries))


@cache
def _charge_nouns() -> frozenset[str]:
    """Event nouns the lexicon gives an ACCUSE sense ("criticism", "accusation", "charge")."""
    return frozenset(lemma for lemma, entries in load_lexicon()["N"].items()
                     if any(e.trigger.type == "ACCUSE" for e in entries))


#: Verbs of arguing for what is attacked (WordNet defend.v.01 "argue or speak in defense of", justify.v.01):
#: their "against" phrase names the attack ("defended the plan against German criticism").
DEFENDING_VERBS = frozenset({"defend", "justify"})


def answering_verb(noun):
    """The verb by which a party answers the act ``noun`` names: its object ("rejected criticism"), the
    object of its "to" ("responded to criticism", WordNet react.v.01, answer.v.01) or of its "against"
    when it defends ("defended the plan against criticism"); else None. The verb's subject is the one
    the act was aimed at.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["X", "defended", "it", "against", "criticism"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "PRON", "ADP", "NOUN"], lemmas=["X", "defend", "it", "against", "criticism"])
    >>> answering_verb(doc[4]).text
    'defended'
    """
    head = noun.head
    if noun.dep_ == "dobj":
        return head if lemma_of(head) in _answering_verbs() else None
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    verb, prep = head.head, head.text.lower()
    if prep == "against":  # the parser often hangs it on what is defended, or further down its phrase
        return next((v for v in head.ancestors if v.pos_ in ("VERB", "AUX") and lemma_of(v) in DEFENDING_VERBS),
                    None)
    return verb if prep == "to" and verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in RESPONSE_VERBS else None


def _answered(verb, layer) -> list[str]:
    """Whom the act a party answers by ``verb`` was aimed at: the party defended, or whose act or plan is
    ("defended Syria against ...", "defended the U.S. plan against ..."), else the verb's subject."""
    if lemma_of(verb) in DEFENDING_VERBS:
        defended = [a for o in verb.children if o.dep_ == "dobj" for a in np_actors(o, layer)]
        if defended:
            return defended
    return subject_actors(verb, layer)


def answered_charges(doc, layer) -> list[Candidate]:
    """ACCUSE candidates (kind ``"speech"``) from criticism a party answers: "Blair rejected
    criticism from Howard", "brushed aside Howard's accusations", "responded to criticism from Howard",
    "defended his plan against Howard's criticism" is Howard's criticism of Blair (:func:`answering_verb`).
    The noun is a criticism of the lexicon and needs its author ("from X", "by X", "X's", or a
    nationality or name before it: "rejected Afghan accusations").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Blair", "rejected", "criticism", "from", "Howard"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Blair", "reject", "criticism", "from", "Howard"])
    >>> class Layer:
    ...     def at(self, i):
    ...         return {0: "blair", 4: "howard"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in answered_charges(doc, Layer())]
    [(['howard'], ['blair'])]
    """
    out = []
    for tok in tokens_where(doc, "NOUN", _charge_nouns()):
        if (answerer := answering_verb(tok)) is None:
            continue
        trig = lookup_noun(lemma_of(tok))
        if trig is None or trig.type != "ACCUSE" or any(c.dep_ in ("acl", "ccomp") for c in tok.children):
            continue  # "allegations that Y lied" accuse Y, whoever answers them (graphkit.ingest.events.speech)
        authors = [a for c in tok.children if c.dep_ == "poss" for a in np_actors(c, layer)]
        authors += prep_actors(tok, layer, {"from", "by"})
        # a nationality or a name before the noun is its author too: "rejected Afghan accusations"
        if not authors and any(c.dep_ in ("amod", "compound") for c in tok.children):
            # the phrase's actors, which its modifiers name, less its "of" phrase's ("Western criticism of their arms")
            criticised = set(prep_actors(tok, layer, {"of"}))
            authors = [a for a in np_actors(tok, layer) if a not in criticised]
        recips = [a for a in _answered(answerer, layer) if a not in authors]
        if authors and recips:
            out.append(Candidate(_CHARGED, answerer, tok, tok, "speech",
                                 extra={"actors": authors, "recipients": recips, "anchor": answerer}))
    return out


def _asks_for(noun) -> bool:
    """Whether a call says what it asks for: "calls for X", "calls to resign", "calls that X ...";
    a bare "call" is a telephone call or a visit."""
    return any((c.dep_ == "prep" and c.text.lower() == "for") or (c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i)
               for c in noun.children) or any(c.dep_ in ("advcl", "xcomp") and c.i > noun.i for c in noun.head.children)


def demanded_content(verb) -> bool:
    """Whether ``verb`` is what a noun of asking asks for ("calls for him to resign", "pressure to
    scrap the tax", "a demand that troops withdraw"): the content of a demand, no act of its own.
    The parser hangs such an infinitive on the noun, on its "for" phrase, or on the verb whose
    object the noun is ("renewed his call for Blair [to resign]")."""
    head = verb.head
    if head.i == verb.i:
        return False
    infinitive = any(c.dep_ == "aux" and c.text.lower() == "to" for c in verb.children)
    if head.pos_ == "ADP" and head.text.lower() == "for" and verb.dep_ == "pcomp":
        head = head.head  # "calls for troops to withdraw", parsed [for [to withdraw]]
    if (infinitive and verb.dep_ in ("advcl", "xcomp") and head.pos_ in ("VERB", "AUX")
            and any(o.dep_ == "dobj" and lemma_of(o) in ASKING_NOUNS and o.i < verb.i for o in head.children)):
        return True
    dep_ok = verb.dep_ in ("acl", "ccomp", "xcomp", "pcomp", "advcl") or (verb.dep_ == "relcl" and infinitive)
    return dep_ok and head.pos_ == "NOUN" and lemma_of(head) in ASKING_NOUNS and verb.i > head.i


#: Nouns of an attack that also name intense criticism (WordNet 3.0 fire.n.09 and its synonyms).
FIRE_NOUNS = frozenset({"fire", "attack", "flak", "flack", "blast"})
#: Prepositions of a criticism's reason: "under fire over its exports", "for his handling".
_REASON_PREPS = frozenset({"over", "for", "about"})
_FIRED = Trigger("ACCUSE", None, "criticized")


#: Named-entity labels of a time, a place or a quantity: "over the weekend", "for two hours", "over the Gulf".
_SETTING_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "QUANTITY", "CARDINAL"})


def _reason(obj) -> bool:
    """Whether ``obj``, the object of a reason preposition, can be a matter: not a time, a place or an
    amount, which "over" and "for" also take ("over the weekend", "over the Gulf", "for two hours")."""
    return not (obj.ent_type_ in _SETTING_ENTS or obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children))


def _has_reason(*toks) -> bool:
    """Whether a phrase of ``toks`` gives a reason: "over its exports", "for his handling", "about the deal";
    not a time or a place ("over the weekend", "for two hours", "over the Gulf of Sidra").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> def came_over(noun, ent):
    ...     return Doc(Vocab(), words=["came", "over", "the", noun], heads=[0, 0, 3, 1],
    ...                deps=["ROOT", "prep", "det", "pobj"], lemmas=["come", "over", "the", noun],
    ...                pos=["VERB", "ADP", "DET", "NOUN"], ents=["O", "O", ent, ent.replace("B-", "I-")])
    >>> _has_reason(came_over("exports", "O")[0]), _has_reason(came_over("weekend", "B-DATE")[0])
    (True, False)
    """
    return any(c.dep_ == "prep" and c.text.lower() in _REASON_PREPS
               and any(o.dep_ in ("pobj", "pcomp") and _reason(o) for o in c.children)
               for t in toks for c in t.children)


def under_fire(doc, layer) -> list[Candidate]:
    """ACCUSE candidates (kind ``"speech"``) from an attack in words a party undergoes: "Y came under
    fire from X over Z" is X's criticism of Y (see the module). The noun needs its author ("from X",
    "by X", "X's").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Tokyo", "came", "under", "fire", "from", "Washington", "over", "exports"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3, 4, 1, 6],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "ADP", "NOUN"],
    ...           lemmas=["Tokyo", "come", "under", "fire", "from", "Washington", "over", "export"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "jpn", 5: "usa"}.get(i)
    ...     def all_at(self, i):
    ...         return [a] if (a := self.at(i)) else []
    >>> [(c.extra["actors"], c.extra["recipients"]) for c in under_fire(doc, Layer())]
    [(['usa'], ['jpn'])]
    """
    out = []
    for tok in tokens_where(doc, "NOUN", FIRE_NOUNS):
        verb = _undergoing_verb(tok)
        if verb is None:
            continue
        sources = [o for h in (tok, verb) for p in h.children  # the parser may hang "from X" on the verb
                   if p.dep_ in ("prep", "agent") and p.text.lower() in ("from", "by")
                   for o in p.children if o.dep_ == "pobj"]
        authors = [a for c in tok.children if c.dep_ == "poss" for a in np_actors(c, layer)]
        authors += [a for o in sources for a in np_actors(o, layer)]
        recips = [a for a in subject_actors(verb, layer) if a not in authors]
        if not (authors and recips):
            continue
        if _has_reason(verb, tok, *sources) or in_words(authors, recips, getattr(layer, "actors", None) or {}):
            out.append(Candidate(_FIRED, verb, tok, tok, "speech",
                                 extra={"actors": authors, "recipients": recips, "anchor": verb}))
    return out
