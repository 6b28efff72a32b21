"""A party persuaded to act agrees (events.assents), on hand-built Docs and the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.assents import persuaded_course
from graphkit.models import Article


def _course(vocab, verb="persuaded", lemma="persuade", that=False, neg=False):
    if that:  # "X persuaded Y that it failed": a belief
        words, heads = ["X", verb, "Y", "that", "it", "failed"], [1, 1, 1, 5, 5, 1]
        deps = ["nsubj", "ROOT", "dobj", "mark", "nsubj", "ccomp"]
    else:
        words, heads, deps = ["X", verb, "Y", "to", "act"], [1, 1, 1, 4, 1], ["nsubj", "ROOT", "dobj", "aux", "xcomp"]
    if neg:  # "X not persuaded Y to act"
        words.insert(1, "not")
        heads = [h + (h >= 1) for h in heads]
        heads.insert(1, 2)
        deps.insert(1, "neg")
    lemmas = [lemma if w == verb else w.lower() for w in words]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    return persuaded_course(doc[words.index(verb)])


def test_persuading_a_party_to_act_names_the_course_it_was_won_over_to(vocab):
    assert _course(vocab).text == "act"
    assert _course(vocab, verb="convinced", lemma="convince").text == "act"


def test_beliefs_negated_persuasion_and_other_verbs_name_no_course(vocab):
    assert _course(vocab, that=True) is None
    assert _course(vocab, neg=True) is None
    assert _course(vocab, verb="urged", lemma="urge") is None


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, e.certainty, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events}


def test_a_party_persuaded_in_the_passive_agrees_to_the_persuader(nlp):
    got = _events(nlp, "Zambia was persuaded by the IMF to devalue its currency.")
    assert ("REQUEST", "asserted", ("International Monetary Fund",), ("Zambia",)) in got
    assert ("AGREE", "asserted", ("Zambia",), ("International Monetary Fund",)) in got


def test_failed_or_planned_persuasion_wins_no_agreement(nlp):
    assert not any(e[0] == "AGREE" for e in _events(nlp, "France failed to persuade Britain to lift its ban."))
    assert not any(e[0] == "AGREE" for e in _events(nlp, "France will try to persuade Britain to lift the ban."))
