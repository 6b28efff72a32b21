"""The parties of a speech act told by a participle of a message: "sent a message to Kuwait warning ...".

News reports what a letter, note or message says by a participle after it: "Iran sent a message to
Kuwait warning against cooperation with Iraq", "Britain sent a note to Argentina protesting the
incursion", "Gorbachev wrote to Reagan asking for a summit". The act the participle names (a warning, a
protest, a request) is the sender's and is addressed to whom the message goes: the "to" phrase of the
message noun or of the verb of sending, or the object of a verb of saying ("told Congress, urging ...").
The parser hangs such a participle on the message noun (``acl``), on the verb (``advcl``) or on the
addressee's name (``acl``, "to Reagan calling for a summit": then the addressee would seem to act).
A message is a noun of communication (``data/words/class_idea.txt``, WordNet communication.n.02) or
what a reporting verb (``data/words/reporting_verbs.txt``: "write", "tell") sends. When the participle
names no party of its own, :func:`message_roles` gives the act its sender and addressee.

Examples
--------
>>> from spacy.vocab import Vocab
>>> from spacy.tokens import Doc
>>> words = ["Iran", "sent", "a", "message", "to", "Kuwait", "warning", "Iraq"]
>>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 4, 3, 6],
...           deps=["nsubj", "ROOT", "det", "dobj", "dative", "pobj", "acl", "dobj"],
...           tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "VBG", "NNP"],
...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "VERB", "PROPN"],
...           lemmas=["Iran", "send", "a", "message", "to", "Kuwait", "warn", "Iraq"])
>>> verb, addressees = message_shape(doc[6])
>>> verb.text, [t.text for t in addressees]
('sent', ['Kuwait'])
"""
from __future__ import annotations

from graphkit.ingest.events.phrases import np_actors
from graphkit.ingest.events.roles import SENDING, subject_actors
from graphkit.ingest.words import word_list
from graphkit.models import VERBAL_TYPES

__all__ = ["message_shape", "message_roles"]

_TO_DEPS = frozenset({"prep", "dative"})


def _lemma(t) -> str:
    return (t.lemma_ or t.text).lower()


def _to_objects(tok) -> list:
    """The objects of ``tok``'s "to" phrases."""
    return [o for p in tok.children if p.dep_ in _TO_DEPS and p.text.lower() == "to"
            for o in p.children if o.dep_ == "pobj"]


def _message(tok) -> bool:
    return tok.pos_ == "NOUN" and _lemma(tok) in word_list("class_idea")


def _sends_message(verb) -> bool:
    """Whether ``verb`` sends or says a message: a reporting verb ("wrote to Reagan", "told Congress"), or
    a verb of sending or giving (``SENDING``, WordNet's two-object verbs) whose object is a noun of
    communication ("sent a note", "handed a letter"); not one that answers a message ("rejected a note")."""
    lemma = _lemma(verb)
    if lemma in word_list("reporting_verbs"):
        return True
    return (lemma in SENDING or lemma in word_list("ditransitive_verbs")) and any(
        o.dep_ == "dobj" and _message(o) for o in verb.children)


def _addressees(verb) -> list:
    """Whom ``verb``'s message goes to: its "to" phrase, the "to" phrase of its message, or, for a
    verb of saying, its object ("told Congress")."""
    out = _to_objects(verb) + [t for o in verb.children if o.dep_ == "dobj" and _message(o) for t in _to_objects(o)]
    if not out and _lemma(verb) in word_list("reporting_verbs"):
        out = [o for o in verb.children if o.dep_ in ("dobj", "dative") and not _message(o)]
    return out


def message_shape(verb):
    """The verb that sends the message participle ``verb`` tells, and the message's addressees.

    Parameters
    ----------
    verb : spacy.tokens.Token
        A verb.

    Returns
    -------
    tuple of (spacy.tokens.Token, list of spacy.tokens.Token) or None
        ``(sender_verb, addressees)`` when ``verb`` is an "-ing" participle hung on a message noun
        ("a message to X warning"), on a verb that sends or says one ("wrote to X asking"), or on the
        name in that message's "to" phrase ("a letter to X calling for"); None otherwise.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Gorbachev", "sent", "a", "letter", "to", "Reagan", "calling", "for", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 4, 5, 6, 7],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "dative", "pobj", "acl", "prep", "pobj"],
    ...           tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "VBG", "IN", "NNS"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "VERB", "ADP", "NOUN"],
    ...           lemmas=["Gorbachev", "send", "a", "letter", "to", "Reagan", "call", "for", "talk"])
    >>> verb, addressees = message_shape(doc[6])
    >>> verb.text, [t.text for t in addressees]
    ('sent', ['Reagan'])
    >>> words = ["troops", "sent", "to", "Kuwait", "fighting", "Iran"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 1, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "advcl", "dobj"],
    ...           tags=["NNS", "VBD", "IN", "NNP", "VBG", "NNP"],
    ...           lemmas=["troop", "send", "to", "Kuwait", "fight", "Iran"])
    >>> message_shape(doc[4]) is None  # no message is sent
    True
    """
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None  # "as Abe was holding meetings", "although they are pushing": a clause, no participle
    head = verb.head
    if verb.dep_ == "acl" and _message(head) and head.dep_ == "dobj" and _sends_message(head.head):  # "sent a note"
        return head.head, _to_objects(head) or _to_objects(head.head)
    if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and _sends_message(head):  # "wrote to X asking"
        return head, _addressees(head)
    prep = head.head
    if (verb.dep_ == "acl" and head.dep_ == "pobj" and prep.dep_ in _TO_DEPS and prep.text.lower() == "to"
            and prep.head.pos_ in ("VERB", "AUX") and _sends_message(prep.head)):
        return prep.head, [head]  # "sent a letter to Reagan calling for": the parser hung it on Reagan
    return None


def message_roles(kind: str, type_: str, verb, layer, actors: list[str], recips: list[str]):
    """The sender and addressee of a speech act told by a message participle, when the participle names
    no party of its own; otherwise ``(actors, recips)`` unchanged.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Gorbachev", "wrote", "to", "Reagan", "asking", "for", "talks"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 1, 4, 5],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "advcl", "prep", "pobj"],
    ...           tags=["NNP", "VBD", "IN", "NNP", "VBG", "IN", "NNS"],
    ...           pos=["PROPN", "VERB", "ADP", "PROPN", "VERB", "ADP", "NOUN"],
    ...           lemmas=["Gorbachev", "write", "to", "Reagan", "ask", "for", "talk"])
    >>> class Layer:
    ...     actors = {}
    ...     def at(self, i):
    ...         return {0: "gorbachev", 3: "reagan"}.get(i)
    >>> message_roles("verb", "REQUEST", doc[4], Layer(), ["gorbachev"], [])
    (['gorbachev'], ['reagan'])
    """
    if kind != "verb" or type_ not in VERBAL_TYPES or (shape := message_shape(verb)) is None:
        return actors, recips
    if any(np_actors(o, layer) for o in verb.children if o.dep_ in ("dobj", "dative")):
        return actors, recips  # "a message to Kuwait warning Iran": Iran is warned
    sent_by, addressees = shape
    to = [a for t in addressees for a in np_actors(t, layer)]
    if not to:
        return actors, recips
    senders = subject_actors(sent_by, layer) or actors
    return senders, [a for a in dict.fromkeys(to) if a not in senders]
