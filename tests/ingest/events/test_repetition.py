"""An act done "also" repeats an act just reported, with its addressee (graphkit.ingest.events.repetition)."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.models import Actor, Article


def _events(vocab, second_subject="Howard", adverb="also", noun="congratulations"):
    # "Blair offered his congratulations to Charles . <subject> [<adverb>] offered his <noun> ."
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("offered", 1, "ROOT", "VERB", "offer"),
            ("his", 3, "poss", "PRON", "his"), ("congratulations", 1, "dobj", "NOUN", "congratulation"),
            ("to", 1, "dative", "ADP", "to"), ("Charles", 4, "pobj", "PROPN", "Charles"),
            (".", 1, "punct", "PUNCT", ".")]
    base = len(rows)
    verb = base + (2 if adverb else 1)
    rows.append((second_subject, verb, "nsubj", "PROPN", second_subject))
    rows += [(adverb, verb, "advmod", "ADV", adverb)] if adverb else []
    rows += [("offered", verb, "ROOT", "VERB", "offer"), ("his", verb + 2, "poss", "PRON", "his"),
             (noun, verb, "dobj", "NOUN", noun.rstrip("s")), (".", verb, "punct", "PUNCT", ".")]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[1 if i in (0, base) else 0 for i in range(len(rows))])
    layer = ActorLayer()
    for i, aid in ((0, "blair"), (5, "charles"), (base, second_subject.lower())):
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="person"))
        layer.token_actor[i] = aid
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.recipients) for e in events]


def test_also_offered_congratulations_congratulates_whom_the_last_did(vocab):
    assert _events(vocab) == [("SUPPORT", ["blair"], ["charles"]), ("SUPPORT", ["howard"], ["charles"])]
    assert _events(vocab, adverb="likewise")[1] == ("SUPPORT", ["howard"], ["charles"])


def test_without_also_or_with_another_word_or_doer_nothing_is_repeated(vocab):
    assert _events(vocab, adverb="")[1] == ("SUPPORT", ["howard"], [])
    assert _events(vocab, noun="condolences")[1] == ("SUPPORT", ["howard"], [])  # another act
    assert _events(vocab, second_subject="Blair")[1:] in ([], [("SUPPORT", ["blair"], [])])  # the same doer again


def test_an_addressee_of_its_own_that_is_no_actor_is_kept(vocab):
    # "Blair urged Charles . Howard also urged Lyng ." (Lyng, no actor here, is the one urged)
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("Charles", 1, "dobj", "PROPN", "Charles"), (".", 1, "punct", "PUNCT", "."),
            ("Howard", 6, "nsubj", "PROPN", "Howard"), ("also", 6, "advmod", "ADV", "also"),
            ("urged", 6, "ROOT", "VERB", "urge"), ("Lyng", 6, "dobj", "PROPN", "Lyng"), (".", 6, "punct", "PUNCT", ".")]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              sent_starts=[1 if i in (0, 4) else 0 for i in range(len(rows))])
    layer = ActorLayer()
    for i, aid in ((0, "blair"), (2, "charles"), (4, "howard")):
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="person")
        layer.token_actor[i] = aid
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.actors, e.recipients) for e in events] == [(["blair"], ["charles"]), (["howard"], [])]


def test_real_model_repeats_the_addressee_of_an_act_done_also(nlp):
    from graphkit.ingest.pipeline import extract_doc

    def got(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        names = {a.id: a.name for a in recs.actors}
        return [(tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients)) for e in recs.events
                if e.type == "SUPPORT"]

    first = "Tony Blair offered his congratulations to Prince Charles. "
    assert got(first + "John Howard also offered his congratulations.")[1] == (("John Howard",), ("Charles",))
    assert got(first + "John Howard offered his congratulations.")[1] == (("John Howard",), ())
