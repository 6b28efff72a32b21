"""Speech acts told by a participle of a message (graphkit.ingest.events.messages), on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.messages import message_shape
from graphkit.models import Actor, Article


def _events(vocab, rows, actors):
    """Events of a Doc from ``(word, head, dep, pos, tag, lemma)`` rows and ``{index: id}`` country actors."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows], sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="country"))
        layer.token_actor[i] = aid
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return doc, [(e.type, e.actors, e.recipients) for e in events]


# Iran sent a message to Kuwait warning against cooperation with Iraq
_WARNING = [("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("a", 3, "det", "DET", "DT", "a"), ("message", 1, "dobj", "NOUN", "NN", "message"),
            ("to", 1, "dative", "ADP", "IN", "to"), ("Kuwait", 4, "pobj", "PROPN", "NNP", "Kuwait"),
            ("warning", 3, "acl", "VERB", "VBG", "warn"), ("against", 6, "prep", "ADP", "IN", "against"),
            ("cooperation", 7, "pobj", "NOUN", "NN", "cooperation"), ("with", 8, "prep", "ADP", "IN", "with"),
            ("Iraq", 9, "pobj", "PROPN", "NNP", "Iraq")]


def test_a_warning_a_message_tells_is_addressed_to_whom_the_message_goes(vocab):
    doc, got = _events(vocab, _WARNING, {0: "iran", 5: "kuwait", 10: "iraq"})
    assert message_shape(doc[6])[0].i == 1
    assert [g for g in got if g[0] == "THREATEN"] == [("THREATEN", ["iran"], ["kuwait"])]


def test_a_participle_hung_on_the_addressee_is_the_senders_act(vocab):
    # Gorbachev sent a letter to Reagan calling for talks
    rows = [("Gorbachev", 1, "nsubj", "PROPN", "NNP", "Gorbachev"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("a", 3, "det", "DET", "DT", "a"), ("letter", 1, "dobj", "NOUN", "NN", "letter"),
            ("to", 1, "dative", "ADP", "IN", "to"), ("Reagan", 4, "pobj", "PROPN", "NNP", "Reagan"),
            ("calling", 5, "acl", "VERB", "VBG", "call"), ("for", 6, "prep", "ADP", "IN", "for"),
            ("talks", 7, "pobj", "NOUN", "NNS", "talk")]
    _, got = _events(vocab, rows, {0: "sun", 5: "usa"})
    assert [g for g in got if g[0] == "REQUEST"] == [("REQUEST", ["sun"], ["usa"])]


def test_a_participle_that_names_its_own_party_keeps_it(vocab):
    # Iran sent a message to Kuwait warning Iraq
    rows = _WARNING[:6] + [("warning", 3, "acl", "VERB", "VBG", "warn"), ("Iraq", 6, "dobj", "PROPN", "NNP", "Iraq")]
    _, got = _events(vocab, rows, {0: "iran", 5: "kuwait", 7: "iraq"})
    assert [g for g in got if g[0] == "THREATEN"] == [("THREATEN", ["iran"], ["iraq"])]


def test_no_message_no_addressee(vocab):
    # troops sent to Kuwait, fighting: nothing is said, and the participle is no speech act
    rows = [("Iran", 1, "nsubj", "PROPN", "NNP", "Iran"), ("sent", 1, "ROOT", "VERB", "VBD", "send"),
            ("troops", 1, "dobj", "NOUN", "NNS", "troop"), ("to", 1, "prep", "ADP", "IN", "to"),
            ("Kuwait", 3, "pobj", "PROPN", "NNP", "Kuwait"), ("warning", 1, "advcl", "VERB", "VBG", "warn")]
    doc, _ = _events(vocab, rows, {0: "iran", 4: "kuwait"})
    assert message_shape(doc[5]) is None


def test_a_message_answered_is_not_sent_by_who_answers_it(vocab):
    # Japan rejected a note to Kuwait warning Iraq: the note is not Japan's
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("rejected", 1, "ROOT", "VERB", "VBD", "reject"),
            ("a", 3, "det", "DET", "DT", "a"), ("note", 1, "dobj", "NOUN", "NN", "note"),
            ("to", 3, "prep", "ADP", "IN", "to"), ("Kuwait", 4, "pobj", "PROPN", "NNP", "Kuwait"),
            ("warning", 3, "acl", "VERB", "VBG", "warn")]
    doc, _ = _events(vocab, rows, {0: "japan", 5: "kuwait"})
    assert message_shape(doc[6]) is None


def test_a_progressive_clause_is_no_message_participle(vocab):
    # officials told correspondents although MPs are pushing for a line
    rows = [("officials", 1, "nsubj", "NOUN", "NNS", "official"), ("told", 1, "ROOT", "VERB", "VBD", "tell"),
            ("Japan", 1, "dobj", "PROPN", "NNP", "Japan"), ("although", 6, "mark", "SCONJ", "IN", "although"),
            ("MPs", 6, "nsubj", "NOUN", "NNS", "mp"), ("are", 6, "aux", "AUX", "VBP", "be"),
            ("pushing", 1, "advcl", "VERB", "VBG", "push")]
    doc, _ = _events(vocab, rows, {2: "japan"})
    assert message_shape(doc[6]) is None
