"""Pronouns in reported speech (graphkit.ingest.actors.reported) and their use by coref, on
hand-built Docs, plus one test on the real model."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.coref import resolve_references
from graphkit.ingest.actors.reported import in_quotation, quoted_speakers, reported_names, speech_topic
from graphkit.models import Article


def make(vocab, rows):
    """A one-sentence Doc from ``(word, head, dep, pos, lemma)`` rows."""
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], lemmas=[r[4] for r in rows], sent_starts=[1] + [0] * (len(rows) - 1))


# Kennedy said Harry erred and said he should apologise .
TOPIC = [("Kennedy", 1, "nsubj", "PROPN", "Kennedy"), ("said", 1, "ROOT", "VERB", "say"),
         ("Harry", 3, "nsubj", "PROPN", "Harry"), ("erred", 1, "ccomp", "VERB", "err"),
         ("and", 1, "cc", "CCONJ", "and"), ("said", 1, "conj", "VERB", "say"),
         ("he", 8, "nsubj", "PRON", "he"), ("should", 8, "aux", "AUX", "should"),
         ("apologise", 5, "ccomp", "VERB", "apologise"), (".", 1, "punct", "PUNCT", ".")]
# Janner told ITV : " The time has come for him to apologise .
QUOTED = [("Janner", 1, "nsubj", "PROPN", "Janner"), ("told", 1, "ROOT", "VERB", "tell"),
          ("ITV", 1, "dobj", "PROPN", "ITV"), (":", 1, "punct", "PUNCT", ":"), ('"', 1, "punct", "PUNCT", '"'),
          ("The", 6, "det", "DET", "the"), ("time", 8, "nsubj", "NOUN", "time"), ("has", 8, "aux", "AUX", "have"),
          ("come", 1, "ccomp", "VERB", "come"), ("for", 12, "mark", "SCONJ", "for"),
          ("him", 12, "nsubj", "PRON", "he"), ("to", 12, "aux", "PART", "to"),
          ("apologise", 6, "relcl", "VERB", "apologise"), (".", 1, "punct", "PUNCT", ".")]
# Blair must defend it , he said .
PARENTHETICAL = [("Blair", 2, "nsubj", "PROPN", "Blair"), ("must", 2, "aux", "AUX", "must"),
                 ("defend", 6, "ccomp", "VERB", "defend"), ("it", 2, "dobj", "PRON", "it"),
                 (",", 6, "punct", "PUNCT", ","), ("he", 6, "nsubj", "PRON", "he"), ("said", 6, "ROOT", "VERB", "say"),
                 (".", 6, "punct", "PUNCT", ".")]
PEOPLE = {"kennedy": "person", "harry": "person", "janner": "person", "blair": "person", "howard": "person"}


def test_a_later_subject_of_the_same_speech_is_its_topic_not_its_speaker(vocab):
    doc = make(vocab, TOPIC)
    assert speech_topic(doc[6], {0: "kennedy", 2: "harry"}) == "harry"
    token_actor = {0: "kennedy", 2: "harry"}
    resolve_references(doc, token_actor, PEOPLE, genders={"kennedy": "m", "harry": "m"})
    assert token_actor[6] == "harry"


def test_with_no_earlier_topic_a_said_complement_pronoun_may_be_the_speaker(vocab):
    rows = [("Kennedy", 1, "nsubj", "PROPN", "Kennedy"), ("said", 1, "ROOT", "VERB", "say"),
            ("he", 4, "nsubj", "PRON", "he"), ("would", 4, "aux", "AUX", "would"),
            ("resign", 1, "ccomp", "VERB", "resign")]
    doc = make(vocab, rows)
    assert speech_topic(doc[2], {0: "kennedy"}) is None
    token_actor = {0: "kennedy"}
    resolve_references(doc, token_actor, PEOPLE)
    assert token_actor[2] == "kennedy"


def test_a_reported_intention_is_no_demand_and_may_be_the_speakers_own(vocab):
    rows = list(TOPIC)
    rows[7] = ("would", 8, "aux", "AUX", "would")  # Kennedy said Harry erred and said he would apologise
    doc = make(vocab, rows)
    assert speech_topic(doc[6], {0: "kennedy", 2: "harry"}) is None
    token_actor = {0: "kennedy", 2: "harry"}
    resolve_references(doc, token_actor, PEOPLE, genders={"kennedy": "m", "harry": "m"})
    assert token_actor[6] == "kennedy"


def test_a_topic_of_the_wrong_gender_is_not_taken(vocab):
    doc = make(vocab, TOPIC)
    token_actor = {0: "kennedy", 2: "harry"}
    resolve_references(doc, token_actor, PEOPLE, genders={"kennedy": "m", "harry": "f"})
    assert token_actor[6] == "kennedy"


def test_a_pronoun_between_quotation_marks_is_not_the_speaker(vocab):
    doc = make(vocab, QUOTED)
    assert in_quotation(doc[10]) and not in_quotation(doc[0])
    assert quoted_speakers(doc[10], {0: "janner"}) == ["janner"]
    token_actor = {0: "janner"}
    resolve_references(doc, token_actor, PEOPLE)
    assert 10 not in token_actor  # nobody else to refer to
    both = Doc(vocab, words=["Harry", "erred", ".", *[r[0] for r in QUOTED]],
               heads=[1, 1, 1, *[r[1] + 3 for r in QUOTED]], deps=["nsubj", "ROOT", "punct", *[r[2] for r in QUOTED]],
               pos=["PROPN", "VERB", "PUNCT", *[r[3] for r in QUOTED]],
               lemmas=["Harry", "err", ".", *[r[4] for r in QUOTED]],
               sent_starts=[1, 0, 0, 1] + [0] * (len(QUOTED) - 1))
    token_actor = {0: "harry", 3: "janner"}
    resolve_references(both, token_actor, PEOPLE)
    assert token_actor[13] == "harry"


def test_a_reporting_subject_is_no_party_its_words_name(vocab):
    doc = make(vocab, PARENTHETICAL)
    assert reported_names(doc[5], {0: "blair"}) == ["blair"]
    assert reported_names(doc[0], {0: "blair"}) == []  # not the subject of a reporting verb
    token_actor = {0: "blair"}
    resolve_references(doc, token_actor, PEOPLE)
    assert 5 not in token_actor


def test_real_model_resolves_he_in_reported_speech_to_the_person_spoken_of(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = ("Prince Harry wore a Nazi uniform. But Lib Dem leader Charles Kennedy said Harry was in a "
            "privileged position and said he should apologise in person.")
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    names = {a.id: a.name for a in recs.actors}
    got = {(e.type, tuple(names[a] for a in e.actors), tuple(names[r] for r in e.recipients))
           for e in recs.events}
    assert ("REQUEST", ("Charles Kennedy",), ("Harry",)) in got
    assert ("CONCEDE", ("Charles Kennedy",), ()) not in got  # the apology asked for is Harry's
