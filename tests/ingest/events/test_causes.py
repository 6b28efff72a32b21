"""Blame laid on a thing tells a cause and reproaches no one."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.causes import blames_a_thing


class _Layer:
    def __init__(self, actors=()):
        self._at = set(actors)

    def at(self, i):
        return "a" if i in self._at else None


def _blamed_on(vocab, obj, obj_pos, on=None, poss=False):
    # He blamed [its] <obj> [on <on>]
    words, heads = ["He", "blamed"], [1, 1]
    deps, pos, lemmas = ["nsubj", "ROOT"], ["PRON", "VERB"], ["he", "blame"]
    if poss:
        words, heads, deps, pos, lemmas = (words + ["its"], heads + [3], deps + ["poss"], pos + ["PRON"],
                                           lemmas + ["its"])
    k = len(words)
    words, heads, deps, pos, lemmas = words + [obj], heads + [1], deps + ["dobj"], pos + [obj_pos], lemmas + [obj]
    if on:
        words += ["on", on]
        heads += [1, k + 1]
        deps += ["prep", "pobj"]
        pos += ["ADP", "NOUN"]
        lemmas += ["on", on]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("obj,pos,on,poss,want", [
    ("fall", "NOUN", "decline", False, True),     # blamed the fall on declines
    ("fears", "NOUN", None, False, True),         # blamed inflation fears
    ("fall", "NOUN", "minister", False, False),   # blamed the fall on the minister
    ("union", "NOUN", None, False, False),        # blamed the union
    ("Israel", "PROPN", None, False, False),      # blamed Israel
    ("speculation", "NOUN", None, True, False),   # blamed its speculation: a party's act
])
def test_what_the_blame_is_laid_on(vocab, obj, pos, on, poss, want):
    doc = _blamed_on(vocab, obj, pos, on, poss)
    assert blames_a_thing(doc[1], [], _Layer()) is want


def test_an_actor_in_the_blamed_phrase_or_a_recipient_keeps_the_reproach(vocab):
    doc = _blamed_on(vocab, "policy", "NOUN")
    assert blames_a_thing(doc[1], [], _Layer({2})) is False
    assert blames_a_thing(doc[1], ["x"], _Layer()) is False


def test_other_verbs_are_left_alone(vocab):
    doc = Doc(vocab, words=["He", "criticised", "fears"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              pos=["PRON", "VERB", "NOUN"], lemmas=["he", "criticise", "fear"])
    assert blames_a_thing(doc[1], [], _Layer()) is False


def _threatened(vocab, subj, subj_pos="NOUN", participle=False):
    # <subj> threatened shortages  /  the <subj> threatening to unravel it
    if participle:
        return Doc(vocab, words=["the", subj, "threatening", "to", "unravel", "it"], heads=[1, 1, 1, 4, 2, 4],
                   deps=["det", "ROOT", "acl", "aux", "xcomp", "dobj"], pos=["DET", subj_pos, "VERB", "PART", "VERB",
                                                                          "PRON"],
                   tags=["DT", "NN", "VBG", "TO", "VB", "PRP"], lemmas=["the", subj, "threaten", "to", "unravel", "it"])
    return Doc(vocab, words=[subj, "threatened", "shortages"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
               pos=[subj_pos, "VERB", "NOUN"], lemmas=[subj, "threaten", "shortage"])


@pytest.mark.parametrize("subj,pos,want", [("ban", "NOUN", True), ("imposition", "NOUN", True),
                                           ("union", "NOUN", False), ("rebels", "NOUN", False),
                                           ("Iraq", "PROPN", False), ("it", "PRON", False)])
def test_a_thing_that_threatens_endangers(vocab, subj, pos, want):
    from graphkit.ingest.events.causes import endangers

    doc = _threatened(vocab, subj, pos)
    assert endangers(doc[1], {}) is want


def test_a_participle_threatening_takes_the_noun_it_modifies_and_an_actor_threatens(vocab):
    from graphkit.ingest.events.causes import endangers

    doc = _threatened(vocab, "imposition", participle=True)
    assert endangers(doc[2], {}) is True
    doc = _threatened(vocab, "ban")
    assert endangers(doc[1], {0: "arab-league"}) is False


def test_a_noun_named_with_an_actor_may_be_the_actor_but_an_act_is_a_thing(vocab):
    from graphkit.ingest.events.causes import endangers

    # al-Qaeda network threatened shortages  /  U.S. imposition threatened shortages
    for head, want in (("network", False), ("imposition", True)):
        doc = Doc(vocab, words=["Qaeda", head, "threatened", "shortages"], heads=[1, 2, 2, 2],
                  deps=["compound", "nsubj", "ROOT", "dobj"], pos=["PROPN", "NOUN", "VERB", "NOUN"],
                  lemmas=["Qaeda", head, "threaten", "shortage"])
        assert endangers(doc[2], {0: "qaeda"}) is want


def test_a_condition_makes_a_things_threat_an_ultimatum(vocab):
    from graphkit.ingest.events.causes import endangers

    # the bill threatens sanctions [unless Japan yields]
    words = ["the", "bill", "threatens", "sanctions", "unless", "Japan", "yields"]
    for n, want in ((4, True), (7, False)):
        doc = Doc(vocab, words=words[:n], heads=[1, 2, 2, 2, 6, 6, 2][:n],
                  deps=["det", "nsubj", "ROOT", "dobj", "mark", "nsubj", "advcl"][:n],
                  pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "PROPN", "VERB"][:n],
                  lemmas=["the", "bill", "threaten", "sanction", "unless", "Japan", "yield"][:n])
        assert endangers(doc[2], {}) is want
