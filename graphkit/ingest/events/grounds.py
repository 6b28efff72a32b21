"""The grounds of a reproach: what a party is blamed, accused or criticised for.

A verb of reproach (one whose sense in the lexicon is PLOVER ACCUSE: "blame", "accuse",
"criticise", "condemn") tells its grounds in a phrase of the verb or of its object with a gerund:
"blamed one another for sabotaging the talks", "accused the FNV of intransigence in refusing to
alter its stance", "accused the banks of coercion in threatening to refuse to sign", "criticised
Japan for failing to open its market". The act the gerund tells is the reproached party's act as the
reproacher sees it: the reproach is the event the writer reports, its grounds are the reproacher's
account (an allegation or a reason), not a further act the writer asserts, and never an act of the
reproacher, whom the parse makes the gerund's understood subject.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["X", "accused", "Y", "of", "intransigence", "in", "refusing", "to", "talk"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3, 1, 5, 8, 6],
...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pcomp", "aux", "xcomp"],
...           tags=["NNP", "VBD", "NNP", "IN", "NN", "IN", "VBG", "TO", "VB"],
...           lemmas=["X", "accuse", "Y", "of", "intransigence", "in", "refuse", "to", "talk"])
>>> reproach_grounds(doc[6]).text, reproach_grounds(doc[8]).text
('accused', 'accused')
>>> reproach_grounds(doc[1]) is None
True
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import lookup_verb
from graphkit.ingest.events.triggers import verb_lemma

__all__ = ["GROUND_PREPS", "reproach_grounds"]

#: Prepositions that give the grounds of a reproach with a gerund: "blamed X for failing", "accused X
#: of lying", "criticised X in/by refusing", "condemned X over handing ...".
GROUND_PREPS = frozenset({"for", "of", "in", "by", "over"})
#: Dependencies that lead from an act up to the gerund that heads the grounds ("in threatening to refuse
#: to sign": sign -> refuse -> threatening).
_CHAIN = frozenset({"xcomp", "conj"})


def _reproach(verb) -> bool:
    """Whether ``verb`` is a verb whose bare sense in the lexicon is a reproach (ACCUSE)."""
    if verb.pos_ not in ("VERB", "AUX") and not verb.tag_.startswith("VB"):
        return False
    trig = lookup_verb(verb_lemma(verb))
    return trig is not None and trig.type == "ACCUSE"


def _other_grounds(verb, by) -> bool:
    """Whether verb of reproach ``verb`` (or its object) has a phrase of grounds besides "by" phrase ``by``:
    then "by" + gerund tells how the grounds were made ("blamed Y for sabotaging the talks by refusing",
    however the parser hangs it); alone it is the reproacher's means ("condemned the attack by expelling
    three diplomats": the expulsion is done)."""
    hosts = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    return any(p.dep_ == "prep" and p.i != by.i and p.text.lower() in GROUND_PREPS - {"by"}
               for h in hosts for p in h.children)


def reproach_grounds(tok):
    """The verb of reproach whose grounds the act of ``tok`` belongs to, or None.

    ``tok`` is in the grounds when it is a gerund (or an infinitive or conjunct hanging on one)
    after a preposition of :data:`GROUND_PREPS` that belongs to a verb of reproach or to that
    verb's direct object ("accused the FNV of intransigence in refusing": the parser hangs "of" on
    the object and "in" on the verb), or a gerund of the manner of such a gerund ("for sabotaging
    the talks by refusing to compromise"). A "by" gerund of the verb of reproach with no other grounds
    is the reproacher's means, no grounds ("condemned the attack by expelling three diplomats").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["X", "blamed", "Y", "for", "sabotaging", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNS"],
    ...           lemmas=["X", "blame", "Y", "for", "sabotage", "talk"])
    >>> reproach_grounds(doc[4]).text
    'blamed'
    >>> words = ["X", "met", "Y", "after", "criticising", "Z"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNP"],
    ...           lemmas=["X", "meet", "Y", "after", "criticise", "Z"])
    >>> reproach_grounds(doc[1]) is None, reproach_grounds(doc[4]) is None
    (True, True)
    """
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG":
            prep = cur.head
            if prep.dep_ != "prep" or prep.text.lower() not in GROUND_PREPS:
                return None
            host = prep.head
            if host.dep_ == "dobj" and host.head.i != host.i:
                host = host.head  # "accused the FNV of ...": the parser hangs the phrase on the object
            if _reproach(host):
                return host if prep.text.lower() != "by" or _other_grounds(host, prep) else None
            if host.tag_ != "VBG":
                return None
            cur = host  # "blamed Y for sabotaging talks by refusing": the manner of the grounds is in them
            continue
        if cur.dep_ not in _CHAIN:
            return None
        cur = cur.head
    return None
