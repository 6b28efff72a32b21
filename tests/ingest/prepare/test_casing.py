"""prepare.casing: words a wire capitalised after a country's abbreviation get their lower case back."""
from __future__ import annotations

from graphkit.ingest.prepare.casing import lemma_words, uncap_after_abbreviations, uncap_before_names
from graphkit.ingest.prepare.sentences import tokenize

LEMMAS = frozenset({"attack", "support", "secretary", "warship", "raid", "steel", "force", "senate", "join",
                    "industry"})


def restore(text: str) -> str:
    return uncap_after_abbreviations(text, LEMMAS, frozenset({"earlier"}))


def test_inflected_words_function_words_and_adverbs_are_lowered():
    assert restore("after U.S. Raids on the rigs") == "after U.S. raids on the rigs"
    assert restore("U.S. Warships shelled a platform") == "U.S. warships shelled a platform"
    assert restore("for a U.S.\nAttack on an Iranian\ntarget") == "for a U.S.\nattack on an Iranian\ntarget"
    assert restore("the U.S.\n\nAttacks on") == "the U.S.\n\nAttacks on"  # a new paragraph
    assert restore("the U.S.\n    Attacks on") == "the U.S.\n    Attacks on"  # a new paragraph, indented
    assert restore("visited the U.S. The sources said") == "visited the U.S. The sources said"  # a new sentence
    assert restore("the U.S. Attacked a platform") == "the U.S. attacked a platform"
    assert restore("that the U.K. Should join the EMS") == "that the U.K. should join the EMS"
    assert restore("a visit to the U.S. Earlier this month") == "a visit to the U.S. earlier this month"


def test_names_stay_as_written():
    assert restore("U.S. Steel said") == "U.S. Steel said"  # a singular noun may be a company
    assert restore("U.S. Support for the plan") == "U.S. support for the plan"  # before a function word
    assert restore("the U.S. Senate on Tuesday") == "the U.S. Senate on Tuesday"  # a body's head
    assert restore("U.S. Courts ruled") == "U.S. Courts ruled"  # a body's head, plural
    assert restore("U.S. Secretary of State") == "U.S. Secretary of State"  # a title
    assert restore("U.S. Forces attacked") == "U.S. forces attacked"  # no body noun: the group "U.S. forces"
    assert restore("U.S. Attacks Iran") == "U.S. Attacks Iran"  # a headline: the next word is capitalised
    assert restore("the S.A. Attacks on") == "the S.A. Attacks on"  # no country's abbreviation
    assert restore("U.S. Mondays are") == "U.S. Mondays are"  # no word the index knows


def test_offsets_are_kept():
    text = "Seoul fell after U.S. Attacks on Iranian oil platforms."
    assert len(restore(text)) == len(text) and restore(text).lower() == text.lower()


def test_the_model_reads_the_restored_text(nlp):
    lemmas, plain = lemma_words(nlp)
    assert "attack" in lemmas and "earlier" in plain
    doc = tokenize(nlp, "Investors worried after U.S. Attacks on Iranian oil platforms.")
    assert [t.text for t in doc][4] == "attacks"


def test_a_noun_of_an_act_after_the_abbreviation_and_a_determiner_is_lowered():
    lemmas = LEMMAS | {"action", "decision", "administration"}
    assert uncap_after_abbreviations("of the U.S. Action have all", lemmas) == "of the U.S. action have all"
    assert uncap_after_abbreviations("said the U.S.\nDecision was", lemmas) == "said the U.S.\ndecision was"
    assert uncap_after_abbreviations("U.S. Action said", lemmas) == "U.S. Action said"  # no determiner: a name
    assert uncap_after_abbreviations("the U.S. Administration said", lemmas) == "the U.S. Administration said"
    assert uncap_after_abbreviations("the U.S. Steel said", lemmas) == "the U.S. Steel said"  # no act noun


def test_a_coordinator_between_two_names_is_lowered():
    assert uncap_before_names("talks between the U.S. And Japan", LEMMAS) == "talks between the U.S. and Japan"
    assert uncap_before_names("the U.K. Or France", LEMMAS) == "the U.K. or France"
    assert uncap_before_names("the U.S. And", LEMMAS) == "the U.S. And"  # no name follows
    assert uncap_before_names("the S.A. And Co", LEMMAS) == "the S.A. And Co"  # no country's abbreviation


def test_an_inflected_word_before_a_country_or_punctuation_is_lowered():
    lemmas = LEMMAS | {"criticise", "want", "reprisal", "appeal", "holding"}
    assert uncap_before_names("the U.S. Criticised Japan's policy", lemmas) == "the U.S. criticised Japan's policy"
    assert uncap_before_names("U.S. Wants Japan to act", lemmas) == "U.S. wants Japan to act"
    assert uncap_before_names("threatened U.S. Reprisals. The", lemmas) == "threatened U.S. reprisals. The"
    assert uncap_before_names("the U.S. Appeals Court", lemmas) == "the U.S. Appeals Court"  # a name goes on
    assert uncap_before_names("U.S. Holdings Inc", lemmas) == "U.S. Holdings Inc"
    assert uncap_before_names("U.S. Courts, which", lemmas | {"court"}) == "U.S. Courts, which"  # a body


def test_the_tokenizer_reads_the_coordinator_in_lower_case(nlp):
    doc = tokenize(nlp, "Talks between the U.S. And Japan ended.")
    assert [t.text for t in doc][4] == "and"
