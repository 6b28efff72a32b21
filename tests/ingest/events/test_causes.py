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
