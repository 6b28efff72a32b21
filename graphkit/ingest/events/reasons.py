"""The doer of a deed given as the reason for an act done to someone.

In "V someone for V-ing" English makes the one the act is done to the doer of the deed:
"punished Japan for violating the pact", "praised Egypt for hosting the talks", "imposed
sanctions against Japan for breaking its agreement", "retaliated against Japan for violating the accord"
-- Japan violated, Egypt hosted. The
subject of the act ("the US punished") only answers the deed. So with verbs of charging someone with a
deed in their "of" or "with" phrase: "accused Iraq of attacking", "charged Nicaragua with helping the
rebels", "convicted him of spying" -- Iraq attacked, Nicaragua helped.
"""
from __future__ import annotations

from graphkit.ingest.events.lexicon import load_lexicon

__all__ = ["reason_targets"]

#: Event categories of verbs that charge someone with a deed ("accuse X of", "charge X with", "convict X of").
_CHARGING = frozenset({"ACCUSE", "SANCTION"})

#: Prepositions that name whom an act noun is aimed at ("sanctions against Japan", "a ban on Iran").
_AIMED = frozenset({"against", "on"})


def reason_targets(verb) -> list:
    """The noun phrases naming whom the act is done to, when ``verb`` is a gerund in its "for"
    phrase: the act's direct object, then the "against"/"on" phrase of that object, else the act's own
    "against" phrase; none otherwise.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["US", "punished", "Japan", "for", "violating", "pacts"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN"], tags=["NNP", "VBD", "NNP", "IN", "VBG", "NNS"])
    >>> [t.text for t in reason_targets(doc[4])], reason_targets(doc[1])
    (['Japan'], [])
    >>> doc = Doc(Vocab(), words=["imposed", "sanctions", "against", "Japan", "for", "violating", "pacts"],
    ...           heads=[0, 0, 1, 2, 0, 4, 5], deps=["ROOT", "dobj", "prep", "pobj", "prep", "pcomp", "dobj"],
    ...           pos=["VERB", "NOUN", "ADP", "PROPN", "ADP", "VERB", "NOUN"],
    ...           tags=["VBD", "NNS", "IN", "NNP", "IN", "VBG", "NNS"])
    >>> [t.text for t in reason_targets(doc[5])]
    ['sanctions', 'Japan']
    >>> doc = Doc(Vocab(), words=["Iran", "accused", "Iraq", "of", "attacking"], heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp"], lemmas=["Iran", "accuse", "Iraq", "of", "attack"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "VERB"], tags=["NNP", "VBD", "NNP", "IN", "VBG"])
    >>> [t.text for t in reason_targets(doc[4])]
    ['Iraq']
    """
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.text.lower() not in ("for", "of", "with"):
        return []
    act = prep.head
    if act.pos_ != "VERB" or (prep.text.lower() != "for" and not _charging(act)):
        return []
    out = []
    for obj in (c for c in act.children if c.dep_ == "dobj"):
        out.append(obj)
        out += [p for x in obj.children if x.dep_ == "prep" and x.text.lower() in _AIMED
                for p in x.children if p.dep_ == "pobj"]
    if not out:  # "retaliated against Japan for violating the accord": the one acted against
        out = [p for x in act.children if x.dep_ == "prep" and x.text.lower() == "against"
               for p in x.children if p.dep_ == "pobj"]
    return out


def _charging(verb) -> bool:
    """Whether ``verb`` charges someone with a deed: one of its lexicon senses is an accusation or a
    sanction ("accuse", "charge", "convict"), not a verb of telling ("informed Japan of", "provided
    Iran with")."""
    entries = load_lexicon()["V"].get((verb.lemma_ or verb.text).lower(), [])
    return any(e.trigger.type in _CHARGING for e in entries)
