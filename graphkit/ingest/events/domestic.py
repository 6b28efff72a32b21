"""A stance on a domestic policy taken before no other party is no event between parties.

"The cabinet approved the budget", "Democrats and Republicans joined to oppose the bill", "the
government rejected calls for higher taxes": a government, a party or a chamber approving, rejecting,
calling for or proposing a law, a tax, a budget, a price or a policy, with no recipient named, is
domestic legislation or an opinion with no target, which event data does not code as an act between
actors. Backing a policy is backing the party that proposed it (SUPPORT is kept). The same stance
taken towards another party is kept: it has a recipient ("urged Japan to cut taxes"), or the policy
names another actor ("opposed the bill imposing tariffs on Japan"), or the doer is a state or an
international body ("West Germany opposed the oils and fats tax": a stance in a forum of states); so
are promises ("pledged tax cuts", "is committed to opening up the economy"), which PLOVER codes as
commitments even when made to no one in particular.

Duties and tariffs put on goods of no named party are trade policy too, not a sanction: "Indonesia imposed
import duties on luxury goods" (no recipient, and no other actor named in the sentence); "imposed tariffs
on Japanese goods" names the party the sanction falls on and stays.

What the stance is on is the head noun of the verb's object or of a prepositional object ("called
for higher taxes", "pressed for passage of the amendment": a noun of act is read through its "of"
complement, a plan through the policy it is for: "the tax reform plan", "a proposal for a sales tax"), in
the class :data:`POLICY_NOUNS`.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> doc = Doc(Vocab(), words=["the", "cabinet", "approved", "the", "budget"],
...           heads=[1, 2, 2, 4, 2], deps=["det", "nsubj", "ROOT", "det", "dobj"],
...           lemmas=["the", "cabinet", "approve", "the", "budget"])
>>> policy_stance(doc[2], "CONCEDE", (["cabinet"], []), {1: "cabinet"})
True
>>> policy_stance(doc[2], "CONCEDE", (["cabinet"], ["eu"]), {1: "cabinet"})
False
"""
from __future__ import annotations

from graphkit.ingest.actors.gazetteer import demonym_code
from graphkit.ingest.words import word_list

__all__ = ["POLICY_NOUNS", "STANCE_TYPES", "policy_nouns_of", "policy_stance", "trade_policy"]

#: Laws, taxes, budgets, prices and policies: the argument class ``@policy`` grown from WordNet 3.0
#: (``data/words/class_policy.txt``; its roots are defined in ``tools/grow_classes.CLASSES``).
POLICY_NOUNS = word_list("class_policy")

#: The stances: rejecting, calling for, proposing and approving ("approved" is CONCEDE). Backing (SUPPORT)
#: is not one: what is backed is another's proposal, whose author is the party backed.
STANCE_TYPES = frozenset({"REJECT", "REQUEST", "AGREE", "CONCEDE"})

#: Measures on trade that are a sanction only when they fall on a named party's goods.
_TRADE_MEASURES = frozenset({"tariff", "duty", "levy", "surcharge", "quota", "tax", "excise"})

#: Commitments (:mod:`graphkit.ingest.events.find`): a promise is coded made to no one in particular.
_PROMISES = frozenset({"promise", "pledge", "vow", "swear", "commit", "undertake", "guarantee"})
#: Dependencies of what a verb or noun of stance is on.
_OBJECTS = frozenset({"dobj", "pobj", "attr", "nsubjpass"})
#: Parts of speech of a noun of stance, whose compound modifier names what it is on ("the budget proposal").
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
#: Prepositions that introduce a doer or a time or place, not what the stance is on.
_NOT_OBJECT_PREPS = frozenset({"by", "in", "at", "on", "since", "after", "before", "during", "with", "from"})


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _object_nouns(head) -> list:
    """The nouns a stance of ``head`` is on: its objects and prepositional objects ("called for
    taxes"), and for a noun its compound modifiers ("the budget proposal": the thing proposed, as English
    compounds name the theme of an act noun first), each with the chain of its "of" complements
    ("passage of the amendment")."""
    out = []
    for c in head.children:
        if c.dep_ in _OBJECTS and c.dep_ != "pobj":
            out.append(c)
        elif c.dep_ == "compound" and head.pos_ in _NOUN_TAGS:
            out.append(c)  # "the House committee's budget proposal": a noun of stance is on its compound
        elif c.dep_ == "prep" and _lemma(c) not in _NOT_OBJECT_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj"]
    chain = list(out)
    for noun in out:
        if _lemma(noun) in word_list("class_plan"):  # "the tax reform plan", "a proposal for a sales tax"
            chain += [c for c in noun.children if c.dep_ == "compound"]
            chain += [p for c in noun.children if c.dep_ == "prep" and _lemma(c) in ("for", "on")
                      for p in c.children if p.dep_ == "pobj"]
        tok = noun
        for _ in range(2):  # "passage of the amendment", "the use of unitary taxation"
            nxt = [p for c in tok.children if c.dep_ == "prep" and _lemma(c) == "of"
                   for p in c.children if p.dep_ == "pobj"]
            if not nxt:
                break
            tok = nxt[0]
            chain.append(tok)
    return chain


def policy_nouns_of(head) -> list:
    """The nouns of :data:`POLICY_NOUNS` a stance of ``head`` is on (:func:`_object_nouns`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["pressed", "for", "passage", "of", "the", "bill"],
    ...           heads=[0, 0, 1, 2, 5, 3], deps=["ROOT", "prep", "pobj", "prep", "det", "pobj"],
    ...           lemmas=["press", "for", "passage", "of", "the", "bill"])
    >>> [t.text for t in policy_nouns_of(doc[0])]
    ['bill']
    """
    return [n for n in _object_nouns(head) if _lemma(n) in POLICY_NOUNS]


def _international(actor) -> bool:
    """Whether ``actor`` is a state or an international body, which news names as a doer in relations
    between states: a domestic stance is a government's, a party's, a chamber's or a person's."""
    return actor is not None and (actor.kind == "country" or actor.sector == "IGO")


def trade_policy(head, kind: str, role: tuple[list[str], list[str]] | None, token_actor: dict[int, str],
                 noun=None) -> bool:
    """Whether the sanction ``kind`` of trigger ``head`` is a duty or tariff on no named party's goods:
    no recipient, a trade measure as the trigger or its object, and no actor but the doers (nor a
    demonym) named in the sentence (``token_actor``: token index -> actor id).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Indonesia", "imposed", "duties", "on", "cars"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           lemmas=["Indonesia", "impose", "duty", "on", "car"])
    >>> trade_policy(doc[1], "SANCTION", (["idn"], []), {0: "idn"})
    True
    >>> trade_policy(doc[1], "SANCTION", (["idn"], []), {0: "idn", 4: "jpn"})
    False
    >>> doc = Doc(Vocab(), words=["Reagan", "imposed", "duties", "on", "Japanese", "cars"], heads=[1, 1, 1, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "amod", "pobj"],
    ...           lemmas=["Reagan", "impose", "duty", "on", "japanese", "car"])
    >>> trade_policy(doc[1], "SANCTION", (["reagan"], []), {0: "reagan"})
    False
    """
    if kind != "SANCTION" or role is None or role[1] or not role[0]:
        return False
    measures = [t for t in (head, noun, *_object_nouns(head), *[c for c in head.children if c.dep_ == "dobj"])
                if t is not None and _lemma(t) in _TRADE_MEASURES]
    if not measures:
        return False
    sent = head.sent
    if any(demonym_code(t.text) or (t.i + 1 < sent.end and demonym_code(t.doc[t.i:t.i + 2].text)) for t in sent):
        return False  # "on 300 mln dlrs of Japanese electronics": a party's goods, though no recipient was found
    return not {token_actor[t.i] for t in sent if t.i in token_actor} - set(role[0])  # "will hurt Japan"


def policy_stance(head, kind: str, role: tuple[list[str], list[str]] | None, token_actor: dict[int, str],
                  noun=None, actors: dict | None = None) -> bool:
    """Whether the stance ``kind`` (a PLOVER type) of the trigger ``head`` with roles ``role`` (actors,
    recipients) is one on a domestic policy before no other party: no recipient, and a policy noun
    (:func:`policy_nouns_of`, of ``noun`` too for a light verb: "gave its backing to the budget") whose
    phrase names no actor but the doers (``token_actor``: token index -> actor id), none of whom is a state
    or an international body (``actors``: actor id -> :class:`~graphkit.models.Actor`).

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Japan", "pledged", "tax", "cuts"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"], lemmas=["Japan", "pledge", "tax", "cut"])
    >>> policy_stance(doc[1], "AGREE", (["jpn"], []), {0: "jpn"})
    False
    """
    if trade_policy(head, kind, role, token_actor, noun):
        return True
    if role is None or role[1] or not role[0] or kind not in STANCE_TYPES or _lemma(head) in _PROMISES:
        return False
    if any(_international((actors or {}).get(a)) for a in role[0]):
        return False  # "West Germany opposed the oils and fats tax": a state's stance in a forum of states
    nouns = policy_nouns_of(head) + (policy_nouns_of(noun) if noun is not None and noun is not head else [])
    if not nouns:
        return False
    doers = set(role[0])
    for n in nouns:
        named = {token_actor[t.i] for t in n.subtree if t.i in token_actor}
        if named - doers:
            return False  # "the bill imposing tariffs on Japan": a policy towards another party
    return True
