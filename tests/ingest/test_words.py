"""Which closed-class list holds which words (graphkit/ingest/data/words/)."""
import pytest

from graphkit.ingest.events.certainty import MODALS
from graphkit.ingest.words import list_names, word_list


def test_modals_are_the_modal_verbs_and_only_them():
    assert word_list("modals") == {"may", "might", "could", "can", "should", "must", "ought"}
    assert MODALS is word_list("modals")  # the stage uses the one list, not a copy


def test_every_list_is_lower_case_and_non_empty():
    for name in list_names():
        words = word_list(name)
        assert words, name
        assert all(w == w.lower().strip() for w in words), name


def test_unknown_list_is_an_error():
    with pytest.raises(KeyError):
        word_list("nonexistent")


# ---------------------------------------------------------------- the time stage (graphkit.ingest.time.detect)


def test_future_auxiliaries_are_will_shall_would_and_their_contractions():
    from graphkit.ingest.time import detect

    assert word_list("future_auxiliaries") == {"will", "shall", "would", "'ll", "wo"}
    assert detect._FUTURE_WORDS is word_list("future_auxiliaries")


def test_reporting_verbs_hold_the_verbs_of_saying_the_time_stage_needs():
    from graphkit.ingest.time import detect

    words = word_list("reporting_verbs")
    assert {"say", "tell", "announce", "report", "state", "add", "note", "claim", "insist", "warn", "confirm",
            "deny", "write", "argue", "acknowledge", "admit", "explain", "show", "indicate", "suggest"} <= words
    assert not words & {"be", "have", "meet", "plan"}  # auxiliaries and acts are no reporting verbs
    assert detect._REPORTING == words | {"be", "have"}


def test_planning_verbs_set_a_date_and_are_intent_words_too():
    assert word_list("planning_verbs") == {"plan", "schedule", "slate"}
    assert word_list("planning_verbs") <= word_list("intent_words")


def test_intent_words_take_an_infinitive_that_lies_ahead():
    assert word_list("intent_words") == {"plan", "expect", "schedule", "hope", "intend", "aim", "set", "due",
                                         "propose", "arrange", "prepare", "seek", "try", "want", "going", "slate",
                                         "promise", "agree", "threaten", "vow"}


def test_before_duration_are_the_words_making_a_year_a_span_not_a_rate():
    words = word_list("before_duration")
    assert {"for", "in", "within", "over", "once", "twice", "nearly", "almost", "least"} <= words
    assert len(words) == 20 and not words & {"a", "per", "million", "flights"}


def test_before_year_are_prepositions_and_qualifiers_of_a_bare_year():
    words = word_list("before_year")
    assert {"in", "since", "until", "during", "fiscal", "calendar", "early", "late", "mid", "spring", "-"} <= words
    assert len(words) == 33 and not words & {"shares", "dollars", "$", "about"}


# ---------------------------------------------------------------- the language guard (graphkit.ingest.prepare.guard)


def test_function_words_exist_for_every_language_the_guard_names():
    from graphkit.ingest.prepare.guard import LANGUAGE_NAMES

    names = {n for n in list_names() if n.startswith("function_words_")}
    assert names == {f"function_words_{code}" for code in LANGUAGE_NAMES}
    assert {"the", "and", "of", "said", "which"} <= word_list("function_words_en")
    assert {"der", "die", "und", "nicht", "über"} <= word_list("function_words_de")
    assert {"le", "la", "et", "selon"} <= word_list("function_words_fr")
    assert {"ve", "için", "çok"} <= word_list("function_words_tr")


def test_english_common_are_short_english_words_other_languages_use_as_function_words():
    words = word_list("english_common")
    assert {"die", "war", "also", "art", "hat", "a", "i"} <= words and len(words) == 40
    assert "die" in word_list("function_words_de") and "as" in word_list("function_words_pt")


def test_the_guard_scores_no_english_word_for_another_language():
    from graphkit.ingest.prepare.guard import _lexicon

    lexicon = _lexicon()
    assert lexicon["the"] == ("en",) and lexicon["und"] == ("de",)
    assert "die" not in lexicon and "war" not in lexicon  # English too: no evidence of German
    assert lexicon["det"] == ("sv", "da")  # shared by two languages, in the guard's order


def test_quarter_qualifiers_name_the_latest_quarter_or_the_one_a_year_back():
    from graphkit.ingest.time import values

    assert word_list("quarter_latest") == {"latest", "last", "past", "recent", "previous", "most recent"}
    assert word_list("quarter_year_back") == {"year earlier", "year ago", "last year's", "same", "comparable",
                                              "year before", "prior year"}
    assert values._QUAL_LAST is word_list("quarter_latest") and values._QUAL_YEARBACK is word_list("quarter_year_back")


def test_vague_quantities_are_the_numberless_amounts():
    from graphkit.ingest.time.lexicon import parse_number

    words = word_list("vague_quantities")
    assert words == {"a few", "few", "several", "some", "many", "a number of", "numerous", "hundreds", "dozens"}
    assert [parse_number(w) for w in sorted(words)] == [None] * len(words)
    assert parse_number("a couple of") == 2.0 and parse_number("twelve") == 12.0  # counted, not vague


# ---------------------------------------------------------------- references to actors (graphkit.ingest.actors)


def test_pair_nouns_are_the_nouns_for_two_people_taken_together():
    assert word_list("pair_nouns") == {"couple", "pair", "duo", "twosome"}


def test_title_synonyms_pair_titles_of_one_wordnet_sense_both_ways():
    lines = word_list("title_synonyms")
    assert {"premier = prime minister", "prime minister = premier", "emir = amir"} <= lines
    assert not any(line.startswith("chancellor =") for line in lines)  # first sense: of the Exchequer
    pairs = {tuple(x.strip() for x in line.split("=")) for line in lines}
    assert all((b, a) in pairs for a, b in pairs if " " not in a and " " not in b)


def test_monarch_titles_are_single_word_titles_of_hereditary_rulers():
    words = word_list("monarch_titles")
    assert {"king", "queen", "emperor", "empress", "tsar", "monarch"} <= words
    assert not words & {"president", "prince", "prime", "duke", "pope"}


def test_body_and_organisation_nouns_name_bodies_not_everyone():
    bodies, orgs = word_list("body_nouns"), word_list("organisation_nouns")
    assert {"council", "committee", "union", "agency", "group", "community", "party"} <= bodies
    assert orgs < bodies and "committee" in orgs and "community" not in orgs
    assert not bodies & {"people", "public", "population", "tax", "cia"}  # no everyone, things or acronyms
    assert {"court", "parliament", "crowd", "authorities", "troops", "leaders"} <= bodies
    # first read as things, forms of government, art movements, occasions, passing gatherings
    assert not bodies & {"reserves", "strings", "dictatorship", "cubism", "banquet", "seminar", "audience", "grade"}


def test_office_bodies_and_body_offices_are_institutions_and_the_offices_held_in_them():
    from graphkit.ingest.actors import nearby

    bodies, offices = word_list("office_bodies"), word_list("body_offices")
    assert {"committee", "trust", "party", "company", "council", "union", "board", "commission"} <= bodies
    assert not bodies & {"people", "community", "public", "country", "city", "government"}  # no one's officers
    assert {"chairman", "chairwoman", "head", "chief", "director", "spokesman", "leader"} <= offices
    assert not offices & {"minister", "secretary", "mp", "professor", "king", "judge"}  # offices of states, or none
    assert nearby.office_body_head("Transport Select Committee") == "committee"


def test_presenting_verbs_put_out_a_bodys_work_and_do_not_judge_it():
    words = word_list("presenting_verbs")
    assert {"launch", "unveil", "publish", "present", "announce"} <= words
    assert not words & {"attack", "criticise", "welcome", "say", "reject"}


def test_person_nouns_have_a_person_as_first_sense():
    words = word_list("person_nouns")
    assert {"campaigner", "taxpayer", "guerrilla", "guerilla", "voter"} <= words and len(words) > 5000
    assert not words & {"council", "tax", "bank", "school"}


def test_agent_nouns_are_doers_of_verbs_of_acting_with_others_that_wordnet_lacks():
    words = word_list("agent_nouns")
    assert {"carer", "lobbier", "fosterer"} <= words and len(words) > 1000
    assert not words & {"shorter", "looser", "busier"}  # comparatives of head adjectives
    assert not words & word_list("person_nouns")  # WordNet's own nouns keep their first sense
    assert not words & {"printer", "campaigner", "organiser", "protester"}
    assert all(w.endswith(("er", "or")) for w in words)


def test_spelling_variants_map_a_one_letter_variant_to_wordnets_first_form():
    lines = word_list("spelling_variants")
    assert "guerilla = guerrilla" in lines and "organisation = organization" in lines
    assert all(len(line.split(" = ")) == 2 for line in lines)


def test_relational_adjectives_classify_and_descriptive_ones_are_absent():
    words = word_list("relational_adjectives")
    assert {"local", "national", "regional", "political"} <= words
    assert not words & {"angry", "many", "big", "other", "several"}


def test_company_name_ends_are_legal_forms_of_companies():
    words = word_list("company_name_ends")
    assert {"co", "corp", "inc", "ltd", "plc", "ag", "ab", "company"} <= words
    assert not words & {"party", "agency", "bank", "union"}


def test_class_aggrieved_holds_wordnet_adjectives_of_anger_shame_and_disgust():
    words = word_list("class_aggrieved")
    assert {"angry", "ashamed", "outraged", "disgusted", "dismayed"} <= words
    assert not words & {"sad", "afraid", "happy", "glad"}


def test_class_plan_holds_wordnet_nouns_of_plans_and_proposals():
    words = word_list("class_plan")
    assert {"plan", "policy", "proposal", "scheme", "strategy", "program"} <= words
    assert not words & {"constitution", "staff", "trading", "law", "party"}


def test_body_synonyms_join_body_nouns_of_one_first_sense_or_a_direct_hypernym():
    lines = word_list("body_synonyms")
    forms = dict(line.split(" = ") for line in lines)
    assert forms["firm"] == "business" and forms["corporation"] == "corp"
    assert set(forms) <= word_list("body_nouns") and set(forms.values()) <= word_list("body_nouns")
    assert not set(forms.values()) & {"organization", "institution", "enterprise"}  # too general kinds
    assert "party" not in forms and "union" not in forms
