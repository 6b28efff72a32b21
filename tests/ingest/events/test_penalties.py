"""Penalties held out in the passive under a condition (events.penalties), on hand-built Docs and the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.penalties import penalty_report
from graphkit.models import Article


def _report(vocab, aux="could", mark="unless", said="said", agent=False, neg=False):
    words = ["X", said, "Y", aux, "be", "dismissed", mark, "they", "end", "it"]
    heads = [1, 1, 5, 5, 5, 1, 8, 8, 5, 8]
    deps = ["nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "mark", "nsubj", "advcl", "dobj"]
    if agent:  # "... dismissed by Z unless ..."
        words[6:6], heads[6:6], deps[6:6] = ["by", "Z"], [5, 6], ["agent", "pobj"]
        heads = [h + 2 if h > 5 and k not in (6, 7) else h for k, h in enumerate(heads)]
    if neg:  # "... could not be dismissed ..."
        words.insert(4, "not")
        heads = [h + (h >= 4) for h in heads]
        heads.insert(4, 6)
        deps.insert(4, "neg")
    lemmas = [{"said": "say", "dismissed": "dismiss", "hoped": "hope"}.get(w, w.lower()) for w in words]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    return penalty_report(doc[words.index("dismissed")])


def test_an_agentless_passive_held_out_under_a_condition_is_reported_by_its_speaker(vocab):
    assert _report(vocab).text == "said"
    assert _report(vocab, aux="would", mark="if").text == "said"


def test_obligation_agents_negation_other_clauses_and_wishes_hold_out_no_penalty(vocab):
    assert _report(vocab, aux="should") is None  # asks for a penalty
    assert _report(vocab, agent=True) is None  # another's act forecast
    assert _report(vocab, neg=True) is None
    assert _report(vocab, mark="because") is None
    assert _report(vocab, said="hoped") is None


def _events(nlp, text):
    from graphkit.ingest.pipeline import extract_doc

    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    return {(e.type, e.certainty, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
            for e in recs.events}


def test_a_government_saying_strikers_could_be_dismissed_unless_they_stop_threatens_them(nlp):
    got = _events(nlp, "The Bangladesh government said the strikers could be dismissed unless they end the strike.")
    assert ("THREATEN", "asserted", ("Bangladesh",), ("strikers",)) in got


def test_the_threat_goes_to_the_party_the_condition_sets(nlp):
    got = _events(nlp, "Japan said American firms would be barred from the project unless Washington "
                       "lifted the tariffs.")
    assert any(e[:3] == ("THREATEN", "asserted", ("Japan",)) and e[3] and e[3][0] in ("Washington", "United States")
               for e in got)


def test_a_warning_is_not_threatened_twice(nlp):
    got = _events(nlp, "Israel warned that Syria would be punished if it attacked.")
    assert sum(e[0] == "THREATEN" for e in got) == 1


def test_saying_a_party_would_face_a_penalty_under_a_condition_threatens_it(nlp):
    got = _events(nlp, "Washington said Japan would face sanctions if it did not open its markets.")
    assert any(e[:2] == ("THREATEN", "asserted") and e[3] == ("Japan",) for e in got)


def test_a_cost_a_party_would_face_is_no_threat(nlp):
    got = _events(nlp, "Analysts said Japan would face higher costs if the yen rose.")
    assert not any(e[0] == "THREATEN" for e in got)
