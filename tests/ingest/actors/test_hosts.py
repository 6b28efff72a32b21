"""The side meeting or visiting a person gives that person no country (graphkit.ingest.actors.hosts)."""
from graphkit.ingest.actors.hosts import host_codes, host_tokens
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc


def _table(vocab, rows):
    return token_table(make_doc(vocab, rows=[(*r, "XX", "O") for r in rows]))


def test_the_country_of_the_side_meeting_a_listed_person(vocab):
    # Brazilian ministers are meeting Lawson , Secretary Howe and bankers .
    rows = [("Brazilian", 1, "amod", "ADJ"), ("ministers", 3, "nsubj", "NOUN"), ("are", 3, "aux", "AUX"),
            ("meeting", 3, "ROOT", "VERB"), ("Lawson", 3, "dobj", "PROPN"), (",", 4, "punct", "PUNCT"),
            ("Secretary", 7, "compound", "PROPN"), ("Howe", 4, "conj", "PROPN"), ("and", 7, "cc", "CCONJ"),
            ("bankers", 7, "conj", "NOUN"), (".", 3, "punct", "PUNCT")]
    t = _table(vocab, rows)
    assert host_tokens(t, 7) == {0, 1}
    assert host_codes(t, 7, {}) == {"BRA"}
    assert host_codes(t, 4, {1: "BRA"}) == {"BRA"}


def test_a_visit_by_a_country_and_a_meeting_with_a_person(vocab):
    # Kuwait 's minister met with Minister Nazer .
    rows = [("Kuwait", 2, "poss", "PROPN"), ("'s", 0, "case", "PART"), ("minister", 3, "nsubj", "NOUN"),
            ("met", 3, "ROOT", "VERB"), ("with", 3, "prep", "ADP"), ("Minister", 6, "compound", "PROPN"),
            ("Nazer", 4, "pobj", "PROPN"), (".", 3, "punct", "PUNCT")]
    assert host_codes(_table(vocab, rows), 6, {0: "KWT"}) == {"KWT"}


def test_no_host_for_other_verbs_or_the_subject_itself(vocab):
    # Brazilian ministers fired Secretary Howe .
    rows = [("Brazilian", 1, "amod", "ADJ"), ("ministers", 2, "nsubj", "NOUN"), ("fired", 2, "ROOT", "VERB"),
            ("Secretary", 4, "compound", "PROPN"), ("Howe", 2, "dobj", "PROPN"), (".", 2, "punct", "PUNCT")]
    t = _table(vocab, rows)
    assert host_codes(t, 4, {}) == set()
    rows[2] = ("met", 2, "ROOT", "VERB")
    t = _table(vocab, rows)
    assert host_codes(t, 4, {}) == {"BRA"} and host_codes(t, 1, {}) == set()
