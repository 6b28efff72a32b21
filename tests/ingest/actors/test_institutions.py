"""A nation's central bank named by its kind alone (graphkit.ingest.actors.institutions)."""

from graphkit.ingest.actors.institutions import (
    is_chamber_committee,
    is_national_bank,
    is_national_chamber,
    is_national_ministry,
    is_national_party,
)
from tests.ingest.actors.test_find import make_doc, run


def _report(vocab, bank):
    # Bolivia agreed . Bolivia paid . <bank> President Javier Nogales said .
    rows = [("Bolivia", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("agreed", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
            ("Bolivia", 4, "nsubj", "PROPN", "NNP", "B-GPE"), ("paid", 4, "ROOT", "VERB", "VBD", "O"),
            (".", 4, "punct", "PUNCT", ".", "O")]
    n = len(rows)
    words = bank.split()
    rows += [(w, n + len(words) + 2, "compound", "PROPN", "NNP", ("B-ORG" if i == 0 else "I-ORG"))
             for i, w in enumerate(words)]
    m = len(rows)
    rows += [("President", m + 2, "compound", "PROPN", "NNP", "O"), ("Javier", m + 2, "compound", "PROPN", "NNP",
                                                                      "B-PERSON"),
             ("Nogales", m + 3, "nsubj", "PROPN", "NNP", "I-PERSON"), ("said", m + 3, "ROOT", "VERB", "VBD", "O"),
             (".", m + 3, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_the_names_of_a_national_bank():
    assert is_national_bank("Central Bank") and is_national_bank("the National Bank")
    assert not is_national_bank("central bank")  # no name: the unnamed sources read it
    assert not is_national_bank("Bank of Japan") and not is_national_bank("Arab Bank")


def test_a_central_bank_and_its_president_are_of_the_reports_country(vocab):
    layer, by = run(_report(vocab, "Central Bank"))
    bolivia = by["Bolivia"].id
    assert bolivia in by["Central Bank"].affiliations and by["Central Bank"].code == "BOLGOV"
    assert bolivia in by["Javier Nogales"].affiliations and by["Javier Nogales"].code == "BOLGOV"


def test_a_bank_named_by_more_than_its_kind_is_left_alone(vocab):
    layer, by = run(_report(vocab, "Commercial Bank"))
    assert by["Commercial Bank"].code is None and by["Bolivia"].id not in by["Commercial Bank"].affiliations


def test_the_names_of_a_national_legislature():
    assert is_national_chamber("Parliament") and is_national_chamber("the Senate") and is_national_chamber("Diet")
    assert not is_national_chamber("parliament")  # no name: the unnamed bodies read it
    assert not is_national_chamber("the Speaker") and not is_national_chamber("Senators")  # people, not a body
    assert not is_national_chamber("European Parliament") and not is_national_chamber("General Assembly")


def _chamber(vocab, name):
    # Ecuador agreed . Ecuador paid . <name> rejected the plan .
    rows = [("Ecuador", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("agreed", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
            ("Ecuador", 4, "nsubj", "PROPN", "NNP", "B-GPE"), ("paid", 4, "ROOT", "VERB", "VBD", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
            (name, 7, "nsubj", "PROPN", "NNP", "B-ORG"), ("rejected", 7, "ROOT", "VERB", "VBD", "O"),
            ("the", 9, "det", "DET", "DT", "O"), ("plan", 7, "dobj", "NOUN", "NN", "O"),
            (".", 7, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_a_legislature_named_by_its_kind_is_of_the_reports_country(vocab):
    layer, by = run(_chamber(vocab, "Parliament"))
    assert by["Ecuador"].id in by["Parliament"].affiliations and by["Parliament"].code == "ECULEG"
    layer, by = run(_chamber(vocab, "Pentagon"))  # not a legislature's kind: left to other rules
    assert by["Ecuador"].id not in by["Pentagon"].affiliations


def test_the_names_of_a_ministry_named_by_its_portfolio():
    assert is_national_ministry("Public Works Ministry") and is_national_ministry("the Ministry of Trade")
    assert not is_national_ministry("Japanese Finance Ministry") and not is_national_ministry("Ministry")
    assert not is_national_ministry("public works ministry")


def test_a_ministry_named_by_its_portfolio_is_of_the_country_the_report_clearly_stands_in(vocab):
    layer, by = run(_report(vocab, "Public Works Ministry"))
    assert by["Bolivia"].id in by["Public Works Ministry"].affiliations


def test_a_ministry_in_a_report_not_clearly_of_one_country_is_left_untied(vocab):
    # Peru agreed . Bolivia agreed . Bolivia paid . Public Works Ministry President Javier Nogales said .
    doc = _report(vocab, "Public Works Ministry")
    rows = [("Peru", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("agreed", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O")]
    rows += [(t.text, t.head.i + 3, t.dep_, t.pos_, t.tag_, f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O")
             for t in doc]
    layer, by = run(make_doc(vocab, rows=rows))
    assert by["Public Works Ministry"].affiliations == []  # Bolivia is named most, but not clearly


def test_the_names_of_a_legislatures_committee():
    assert is_chamber_committee("Senate Finance Committee") and is_chamber_committee("House Ways and Means Committee")
    assert is_chamber_committee("the Senate Armed Services Subcommittee")
    assert not is_chamber_committee("Senate") and not is_chamber_committee("House Committee")  # no remit
    assert not is_chamber_committee("International Olympic Committee")  # not opened by a chamber
    assert not is_chamber_committee("Senate Japan Committee") and not is_chamber_committee("senate finance committee")


def test_a_committee_named_after_its_chamber_is_of_the_reports_country(vocab):
    layer, by = run(_report(vocab, "Senate Finance Committee"))
    assert by["Bolivia"].id in by["Senate Finance Committee"].affiliations
    layer, by = run(_report(vocab, "Maekawa Sports Committee"))  # not a chamber's nor an agency's: left alone
    assert by["Bolivia"].id not in by["Maekawa Sports Committee"].affiliations


def test_a_bodys_acronym_is_passed_over_in_the_tests_of_its_kind():
    from graphkit.ingest.actors.institutions import full_names

    names = ["M.I.T.I.", "Ministry of International Trade and Industry"]
    assert full_names(names) == ["Ministry of International Trade and Industry"]
    assert all(is_national_ministry(n) for n in full_names(names))
    assert full_names(["NATO", "Finance Ministry"]) == ["NATO", "Finance Ministry"]  # initials of nothing here



def _central_bank(vocab, country):
    # <country> agreed . <country> paid . The central bank asked foreign banks .
    rows = [(country, 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("agreed", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O"),
            (country, 4, "nsubj", "PROPN", "NNP", "B-GPE"), ("paid", 4, "ROOT", "VERB", "VBD", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"),
            ("The", 8, "det", "DET", "DT", "O"), ("central", 8, "amod", "ADJ", "JJ", "O"),
            ("bank", 9, "nsubj", "NOUN", "NN", "O"), ("asked", 9, "ROOT", "VERB", "VBD", "O"),
            ("foreign", 11, "amod", "ADJ", "JJ", "O"), ("banks", 9, "dobj", "NOUN", "NNS", "O"),
            (".", 9, "punct", "PUNCT", ".", "O")]
    return run(make_doc(vocab, rows=rows))


def test_the_central_bank_in_lower_case_is_the_reports_countrys(vocab):
    layer, by = _central_bank(vocab, "Bolivia")
    assert layer.at(8) == by["Bolivia"].id


def test_the_central_bank_of_no_settled_country_stays_unread(vocab):
    layer, by = _central_bank(vocab, "Smith")
    assert layer.at(8) is None


def test_the_names_of_a_party_with_no_country():
    assert is_national_party("Social Democratic Party") and is_national_party("the Revolutionary Institutional Party")
    assert not is_national_party("Brazilian Democratic Movement Party") and not is_national_party("Party")
    assert not is_national_party("Democratic party")


def test_a_party_named_without_its_country_is_of_the_country_the_report_clearly_stands_in(vocab):
    layer, by = run(_report(vocab, "Social Democratic Party"))
    assert by["Bolivia"].id in by["Social Democratic Party"].affiliations
