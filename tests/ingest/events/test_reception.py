"""Acts told from the side of their target: "faced criticism from X", "faced calls from X to ..."."""
from __future__ import annotations

import pytest

from graphkit.models import Article


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients), e.certainty)
            for e in recs.events}


@pytest.mark.parametrize("text, want", [
    ("Prime Minister Tony Blair faced fresh criticism from Michael Howard over the war.",
     ("ACCUSE", ("Michael Howard",), ("Tony Blair",), "asserted")),
    ("Gordon Brown has faced calls from the Conservatives to resign.",
     ("REQUEST", ("Conservative Party",), ("Gordon Brown",), "asserted")),
])
def test_the_subject_of_a_verb_of_undergoing_is_the_recipient(nlp, text, want):
    assert want in _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Gordon Brown has faced calls from the Conservatives to resign.",
    "Michael Howard renewed his call for Tony Blair to resign.",
])
def test_what_a_call_asks_for_is_no_act(nlp, text):
    assert not [e for e in _events(nlp, text) if e[0] == "RETREAT"]


class _Layer:
    """Actors at token indices (``{i: (id, kind)}``)."""

    def __init__(self, at):
        from graphkit.models import Actor

        self._at = {i: aid for i, (aid, _) in at.items()}
        self.actors = {aid: Actor(id=aid, name=aid, kind=kind) for aid, kind in at.values()}

    def at(self, i):
        return self._at.get(i)

    def all_at(self, i):
        return [a] if (a := self.at(i)) else []


def _under_fire(vocab, reason):
    from spacy.tokens import Doc

    # Y came under fire from X [over exports]
    words = ["Y", "came", "under", "fire", "from", "X"] + (["over", "exports"] if reason else [])
    heads = [1, 1, 1, 2, 1, 4] + ([1, 6] if reason else [])
    deps = ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"] + (["prep", "pobj"] if reason else [])
    pos = ["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN"] + (["ADP", "NOUN"] if reason else [])
    lemmas = ["Y", "come", "under", "fire", "from", "X"] + (["over", "export"] if reason else [])
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("kinds,reason,want", [
    (("country", "country"), True, True),                # Japan under fire from the U.S. over its exports
    (("country", "country"), False, False),              # troops' country under fire from a country: gunfire?
    (("person", "organization"), False, True),           # Thatcher under fire from Labour
])
def test_fire_a_party_comes_under_is_criticism_with_a_reason_or_between_unarmed_parties(vocab, kinds, reason, want):
    from graphkit.ingest.events.reception import under_fire

    doc = _under_fire(vocab, reason)
    got = under_fire(doc, _Layer({0: ("y", kinds[0]), 5: ("x", kinds[1])}))
    assert [(c.trig.type, c.extra["actors"], c.extra["recipients"]) for c in got] == (
        [("ACCUSE", ["x"], ["y"])] if want else [])


@pytest.mark.parametrize("words,ents,want", [
    (["over", "its", "exports"], ["O", "O", "O"], True),            # a matter: criticism
    (["over", "the", "weekend"], ["O", "B-DATE", "I-DATE"], False),  # a time: possibly gunfire
    (["for", "two", "hours"], ["O", "O", "O"], False),              # an amount of time
    (["over", "the", "Gulf"], ["O", "B-LOC", "I-LOC"], False),      # a place
])
def test_a_time_or_a_place_after_over_or_for_is_no_reason(vocab, words, ents, want):
    from spacy.tokens import Doc

    from graphkit.ingest.events.reception import under_fire

    # Y came under fire from X <prep> <det> <noun>: the phrase hangs on the verb
    deps3 = ["prep", "nummod" if words[1] == "two" else "det", "pobj"]
    second = "NUM" if words[1] == "two" else "DET"
    doc = Doc(vocab, words=["Y", "came", "under", "fire", "from", "X", *words], heads=[1, 1, 1, 2, 1, 4, 1, 8, 6],
              deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", *deps3],
              pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "ADP", second, "NOUN"],
              lemmas=["Y", "come", "under", "fire", "from", "X", *words], ents=["O"] * 6 + ents)
    got = under_fire(doc, _Layer({0: ("y", "country"), 5: ("x", "country")}))
    assert bool(got) == want


def _rejected(mod_dep, mod, mod_pos):
    # Pakistan rejected <mod> accusations
    return [("Pakistan", 1, "nsubj", "PROPN", "Pakistan"), ("rejected", 1, "ROOT", "VERB", "reject"),
            (mod, 3, mod_dep, mod_pos, mod.lower()), ("accusations", 1, "dobj", "NOUN", "accusation")]


def test_criticism_a_party_answers_is_its_authors_whom_a_nationality_names(vocab):
    from tests.ingest.events.test_find import events_of

    actors = {0: ("pak", "country"), 2: ("afg", "country")}
    got = [e for e in events_of(vocab, _rejected("amod", "Afghan", "ADJ"), actors) if e[0] == "ACCUSE"]
    assert [(e[2], e[3]) for e in got] == [(["afg"], ["pak"])]
    # a modifier that names no party names no author: no accusation
    got = [e for e in events_of(vocab, _rejected("amod", "new", "ADJ"), {0: ("pak", "country")}) if e[0] == "ACCUSE"]
    assert got == []


def _answered(vocab, verb, verb_lemma, prep, mod="Afghan", of_party=False):
    from spacy.tokens import Doc

    # Pakistan <verb> [India] <prep> Afghan criticism [of them]
    words = ["Pakistan", verb] + (["India"] if prep == "against" else []) + [prep, mod, "criticism"]
    n = len(words)
    heads = [1, 1] + ([1] if prep == "against" else []) + [1, n - 1, n - 3]
    deps = ["nsubj", "ROOT"] + (["dobj"] if prep == "against" else []) + ["prep", "amod", "pobj"]
    pos = ["PROPN", "VERB"] + (["PROPN"] if prep == "against" else []) + ["ADP", "ADJ", "NOUN"]
    lemmas = ["Pakistan", verb_lemma] + (["India"] if prep == "against" else []) + [prep, mod.lower(), "criticism"]
    if of_party:
        words, heads, deps = words + ["of", "them"], heads + [n - 1, n], deps + ["prep", "pobj"]
        pos, lemmas = pos + ["ADP", "PRON"], lemmas + ["of", "they"]
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize("verb, lemma, prep, want", [
    ("responded", "respond", "to", ["pak"]),      # the one who responds was criticised
    ("defended", "defend", "against", ["ind"]),   # the party defended was
    ("thought", "think", "about", None),          # no answering
])
def test_criticism_a_party_responds_to_or_defends_against_is_aimed_at_it(vocab, verb, lemma, prep, want):
    from graphkit.ingest.events.reception import answered_charges

    doc = _answered(vocab, verb, lemma, prep)
    afghan = next(t.i for t in doc if t.text == "Afghan")
    at = {0: ("pak", "country"), afghan: ("afg", "country")}
    if prep == "against":
        at[2] = ("ind", "country")
    got = answered_charges(doc, _Layer(at))
    assert [(c.extra["actors"], c.extra["recipients"]) for c in got] == ([(["afg"], want)] if want else [])


def test_the_party_an_of_phrase_names_is_no_author_of_criticism(vocab):
    from graphkit.ingest.events.reception import answered_charges

    # Pakistan defended India against Western criticism of them: "them" (here Nepal) is criticised, no author
    doc = _answered(vocab, "defended", "defend", "against", mod="Western", of_party=True)
    them = next(t.i for t in doc if t.text == "them")
    assert answered_charges(doc, _Layer({0: ("pak", "country"), 2: ("ind", "country"), them: ("npl", "country")})) == []
