"""A state's agency named by its kind and remit alone (graphkit.ingest.actors.agencies)."""

from graphkit.ingest.actors.agencies import is_state_agency
from tests.ingest.actors.test_find import run
from tests.ingest.actors.test_institutions import _chamber, _report


def test_the_names_of_a_state_agency():
    assert is_state_agency("the State Council") and is_state_agency("Council of Economic Advisers")
    assert is_state_agency("Congressional Budget Office") and is_state_agency("Superintendency of Banks")
    assert is_state_agency("Lower House Budget Committee") and is_state_agency("National Statistics Institute")


def test_a_name_with_a_word_of_its_own_is_no_agencys():
    assert not is_state_agency("Canadian Wheat Board")  # its country is its own word
    assert not is_state_agency("EC Commission") and not is_state_agency("ICCO Council")  # another body's initials
    assert not is_state_agency("Mitsubishi Research Institute")  # a proper word
    assert not is_state_agency("State Council Said")  # no head at the end


def test_a_body_of_states_or_a_bare_kind_is_no_agency():
    assert not is_state_agency("Gulf Cooperation Council") and not is_state_agency("Joint Commission")
    assert not is_state_agency("Council") and not is_state_agency("the Commission")
    assert not is_state_agency("state council")  # lower case: no name


def test_an_agency_and_its_chairman_are_of_the_reports_country(vocab):
    layer, by = run(_report(vocab, "Economic Planning Board"))
    bolivia = by["Bolivia"].id
    assert bolivia in by["Economic Planning Board"].affiliations
    assert bolivia in by["Javier Nogales"].affiliations


def test_a_bare_kind_is_left_to_other_rules(vocab):
    layer, by = run(_chamber(vocab, "Superintendency"))  # one word: the kind alone, no agency
    assert by["Ecuador"].id not in by["Superintendency"].affiliations


def test_a_place_that_is_no_adjective_is_a_word_of_the_names_own():
    assert not is_state_agency("Massachusetts Institute of Technology")  # a state's, not the nation's
    assert is_state_agency("Federal Criminal Office")  # "federal" is an adjective
    assert is_state_agency("Presidential Commission on Good Government")  # the head before its remit
