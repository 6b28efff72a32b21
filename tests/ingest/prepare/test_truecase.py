"""prepare.truecase: capitals given back to the names of a sentence a wire wrote in lower case."""
from __future__ import annotations

from graphkit.ingest.prepare.sentences import tokenize
from graphkit.ingest.prepare.truecase import pos_lemmas, restore_capitals

LEMMAS = {"verb": frozenset({"inform", "nationalise", "say", "met", "visit"}),
          "adj": frozenset({"official", "major", "foreign", "diplomatic"}),
          "adv": frozenset({"here", "then", "today"}),
          "stop": frozenset({"because", "us", "on", "the", "in", "of", "a"})}


def restore(text: str) -> str:
    return restore_capitals(text, LEMMAS)


def test_places_demonyms_days_titles_and_holders_get_their_capitals():
    text = "iranian foreign minister ali akbar velayati, here on a visit, informed cuban officials on monday."
    assert restore(text) == ("Iranian Foreign Minister Ali Akbar Velayati, here on a visit, informed Cuban "
                             "officials on Monday.")
    assert restore("Then president jose lopez portillo nationalised the banks in 1982.") == \
        "Then President Jose Lopez Portillo nationalised the banks in 1982."
    assert restore("the talks with the soviet union and west germany went on today.") == \
        "the talks with the Soviet Union and West Germany went on today."
    assert restore("the south american country met cuban officials today.") == \
        "the south american country met Cuban officials today."  # no American: a compass word before it


def test_sentences_written_with_capitals_stay_as_written():
    text = "The Iranian Foreign Minister met officials of the Cuban government in Havana on Monday."
    assert restore(text) == text
    assert restore("He said the president met the chief of staff on Monday.") == \
        "He said the president met the chief of staff on Monday."  # no name in lower case


def test_common_words_and_adjective_titles_are_no_names():
    text = "the price of turkey rose in polish shops, and major currencies fell because of us."
    assert restore(text) == text  # WordNet's common words, an adjective, a stop word
    text = "the official news agency said the prices rose again today."
    assert restore(text) == text


def test_one_word_after_a_title_is_too_little_evidence_alone():
    text = "the chairman smith said the prices rose again today."
    assert restore(text) == text
    assert restore("the chairman smith said iranian prices rose today.") == \
        "the Chairman Smith said Iranian prices rose today."


def test_offsets_are_kept_and_only_the_mostly_lower_case_sentence_changes():
    text = "Cuba said so. iranian foreign minister ali akbar velayati, here on a visit, informed cuban officials."
    out = restore(text)
    assert len(out) == len(text) and out.lower() == text.lower() and out.startswith("Cuba said so. Iranian")


def test_the_model_reads_the_restored_text(nlp):
    assert "met" in pos_lemmas(nlp)["verb"] and "because" in pos_lemmas(nlp)["stop"]
    doc = nlp(tokenize(nlp, "Then president jose lopez portillo nationalised the banks in 1982."))
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"] == [("Jose Lopez Portillo", "PERSON")]
