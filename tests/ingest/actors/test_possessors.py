"""Organisations a country owns by the possessive (graphkit.ingest.actors.possessors)."""

from graphkit.ingest.actors.possessors import owner_tokens
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run

# Japan 's Export-Import Bank agreed .
BANK = [("Japan", 3, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O"),
        ("Export-Import", 3, "compound", "PROPN", "NNP", "B-ORG"), ("Bank", 4, "nsubj", "PROPN", "NNP", "I-ORG"),
        ("agreed", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]
# Norway 's Labour government agreed .
GOVERNMENT = [("Norway", 3, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O"),
              ("Labour", 3, "compound", "PROPN", "NNP", "B-ORG"), ("government", 4, "nsubj", "NOUN", "NN", "O"),
              ("agreed", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O")]


def test_the_owner_of_a_name_or_of_the_noun_it_modifies(vocab):
    assert owner_tokens(token_table(make_doc(vocab, rows=BANK)), 2, 4) == [0]
    assert owner_tokens(token_table(make_doc(vocab, rows=GOVERNMENT)), 2, 3) == [0]


def test_a_bank_a_country_owns_is_tied_to_it(vocab):
    _, by = run(make_doc(vocab, rows=BANK))
    assert by["Export-Import Bank"].affiliations == [by["Japan"].id]


def test_a_party_a_country_owns_is_tied_to_it(vocab):
    _, by = run(make_doc(vocab, rows=GOVERNMENT))
    labour = next(a for name, a in by.items() if name.startswith("Labour"))
    assert labour.affiliations == [by["Norway"].id]


def test_a_body_of_states_owns_no_country(vocab):
    # Japan 's International Monetary Fund quota rose . -- the IMF is no one country's
    rows = [("Japan", 5, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 0, "case", "PART", "POS", "O"),
            ("International", 4, "compound", "PROPN", "NNP", "B-ORG"), ("Monetary", 4, "compound", "PROPN", "NNP",
                                                                         "I-ORG"),
            ("Fund", 5, "compound", "PROPN", "NNP", "I-ORG"), ("quota", 6, "nsubj", "NOUN", "NN", "O"),
            ("rose", 6, "ROOT", "VERB", "VBD", "O"), (".", 6, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["International Monetary Fund"].code == "IGO" and not by["International Monetary Fund"].affiliations
