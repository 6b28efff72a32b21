"""Affiliations from the text around a person (graphkit.ingest.actors.nearby), on hand-built parses."""
from graphkit.ingest.actors.nearby import is_body_office, is_presenting_verb, office_body_head
from tests.ingest.actors.test_find import make_doc, run


def _trust_then_head(subject: bool):
    """'The AA Motoring Trust said so . Road safety head Andrew Howard said .' (or the Trust as an object)."""
    if subject:
        first = [("The", 3, "det", "DET", "DT", "O"), ("AA", 3, "compound", "PROPN", "NNP", "B-ORG"),
                 ("Motoring", 3, "compound", "PROPN", "NNP", "I-ORG"), ("Trust", 4, "nsubj", "PROPN", "NNP", "I-ORG"),
                 ("said", 4, "ROOT", "VERB", "VBD", "O")]
    else:
        first = [("Ministers", 1, "nsubj", "NOUN", "NNS", "O"), ("met", 1, "ROOT", "VERB", "VBD", "O"),
                 ("AA", 4, "compound", "PROPN", "NNP", "B-ORG"), ("Motoring", 4, "compound", "PROPN", "NNP", "I-ORG"),
                 ("Trust", 1, "dobj", "PROPN", "NNP", "I-ORG")]
    second = [("so", 4, "advmod", "ADV", "RB", "O"), (".", 4, "punct", "PUNCT", ".", "O"),
              ("Road", 8, "compound", "NOUN", "NN", "O"), ("safety", 9, "compound", "NOUN", "NN", "O"),
              ("head", 11, "compound", "NOUN", "NN", "O"), ("Andrew", 11, "compound", "PROPN", "NNP", "B-PERSON"),
              ("Howard", 12, "nsubj", "PROPN", "NNP", "I-PERSON"), ("said", 12, "ROOT", "VERB", "VBD", "O"),
              (".", 12, "punct", "PUNCT", ".", "O")]
    return first + second


def test_a_bare_office_belongs_to_the_body_the_previous_sentence_is_about(vocab):
    _, by = run(make_doc(vocab, rows=_trust_then_head(subject=True)))
    howard = by["Andrew Howard"]
    assert howard.titles == ["head"]
    assert howard.affiliations == [by["AA Motoring Trust"].id]


def test_a_body_named_in_passing_is_not_the_one_under_discussion(vocab):
    _, by = run(make_doc(vocab, rows=_trust_then_head(subject=False)))
    assert by["Andrew Howard"].affiliations == []


def test_the_body_under_discussion_is_not_looked_for_two_sentences_back(vocab):
    rows = _trust_then_head(subject=True)
    rows = rows[:7] + [("Ministers", 8, "nsubj", "NOUN", "NNS", "O"), ("disagreed", 8, "ROOT", "VERB", "VBD", "O"),
                       (".", 8, "punct", "PUNCT", ".", "O")] + [
        (w, h + 3, d, p, tg, e) for w, h, d, p, tg, e in rows[7:]]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Andrew Howard"].affiliations == []


def _minister_and_government(country: bool):
    """'Finance Minister Sue Essex spoke [in the UK] . The Labour Assembly Government agreed .'"""
    rows = [("Finance", 2, "compound", "PROPN", "NNP", "O"), ("Minister", 3, "compound", "PROPN", "NNP", "O"),
            ("Sue", 3, "compound", "PROPN", "NNP", "B-PERSON"), ("Essex", 4, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("spoke", 4, "ROOT", "VERB", "VBD", "O")]
    if country:
        rows += [("in", 4, "prep", "ADP", "IN", "O"), ("Britain", 5, "pobj", "PROPN", "NNP", "B-GPE")]
    n = len(rows)
    rows += [(".", 4, "punct", "PUNCT", ".", "O"), ("The", n + 4, "det", "DET", "DT", "O"),
             ("Labour", n + 4, "compound", "PROPN", "NNP", "B-ORG"),
             ("Assembly", n + 4, "compound", "PROPN", "NNP", "I-ORG"),
             ("Government", n + 5, "nsubj", "PROPN", "NNP", "I-ORG"), ("agreed", n + 5, "ROOT", "VERB", "VBD", "O"),
             (".", n + 5, "punct", "PUNCT", ".", "O")]
    return rows


def test_a_government_office_holder_belongs_to_the_articles_government(vocab):
    _, by = run(make_doc(vocab, rows=_minister_and_government(country=False)))
    assert by["Sue Essex"].affiliations == [by["Labour Assembly Government"].id]


def test_a_country_in_the_office_holders_sentence_wins_over_the_articles_government(vocab):
    _, by = run(make_doc(vocab, rows=_minister_and_government(country=True)))
    assert by["Labour Assembly Government"].id not in by["Sue Essex"].affiliations


def _launching(verb: str):
    """'<verb> the Department for Constitutional Affairs ' plan , Lord Falconer said .' as the small model
    parses it (the possessor inside the object's phrase)."""
    return [(verb, 11, "advcl", "VERB", "VBG", "O"), ("the", 2, "det", "DET", "DT", "B-ORG"),
            ("Department", 0, "dobj", "PROPN", "NNP", "I-ORG"), ("for", 2, "prep", "ADP", "IN", "I-ORG"),
            ("Constitutional", 5, "compound", "PROPN", "NNP", "I-ORG"), ("Affairs", 7, "poss", "PROPN", "NNP", "I-ORG"),
            ("'", 5, "case", "PART", "POS", "I-ORG"), ("plan", 3, "pobj", "NOUN", "NN", "O"),
            (",", 11, "punct", "PUNCT", ",", "O"), ("Lord", 10, "compound", "PROPN", "NNP", "O"),
            ("Falconer", 11, "nsubj", "PROPN", "NNP", "B-PERSON"), ("said", 11, "ROOT", "VERB", "VBD", "O"),
            (".", 11, "punct", "PUNCT", ".", "O")]


def test_who_launches_a_bodys_plan_acts_for_the_body(vocab):
    _, by = run(make_doc(vocab, rows=_launching("Launching")))
    body = next(a for n, a in by.items() if n.startswith("Department"))
    assert body.id in by["Falconer"].affiliations


def test_who_attacks_a_bodys_plan_does_not_act_for_it(vocab):
    _, by = run(make_doc(vocab, rows=_launching("Attacking")))
    body = next(a for n, a in by.items() if n.startswith("Department"))
    assert body.id not in by["Falconer"].affiliations


def test_word_tests():
    assert office_body_head("Commons work and pensions committee") == "committee"
    assert office_body_head("Association of Directors of Social Services") == "association"
    assert office_body_head("Tony Blair") is None
    assert is_body_office("chairman") and is_body_office("Road safety head")
    assert not is_body_office("Home Secretary") and not is_body_office("Prime Minister")
    assert [is_presenting_verb(w) for w in ("launched", "publishes", "introducing", "unveil")] == [True] * 4
    assert not any(is_presenting_verb(w) for w in ("attacked", "criticised", "lunch", "presidents"))


def _research(first_noun: str):
    """'University College London <noun> appeared . The research , carried out by professor Richard Allsop ,
    says so .'"""
    return [("University", 2, "compound", "PROPN", "NNP", "B-ORG"), ("College", 2, "compound", "PROPN", "NNP", "I-ORG"),
            ("London", 3, "compound", "PROPN", "NNP", "I-ORG"), (first_noun, 4, "nsubj", "NOUN", "NN", "O"),
            ("appeared", 4, "ROOT", "VERB", "VBD", "O"), (".", 4, "punct", "PUNCT", ".", "O"),
            ("The", 7, "det", "DET", "DT", "O"), ("research", 16, "nsubj", "NOUN", "NN", "O"),
            (",", 7, "punct", "PUNCT", ",", "O"), ("carried", 7, "acl", "VERB", "VBN", "O"),
            ("out", 9, "prt", "ADP", "RP", "O"), ("by", 9, "agent", "ADP", "IN", "O"),
            ("professor", 14, "compound", "NOUN", "NN", "O"), ("Richard", 14, "compound", "PROPN", "NNP", "B-PERSON"),
            ("Allsop", 11, "pobj", "PROPN", "NNP", "I-PERSON"), (",", 7, "punct", "PUNCT", ",", "O"),
            ("says", 16, "ROOT", "VERB", "VBZ", "O"), ("so", 16, "advmod", "ADV", "RB", "O"),
            (".", 16, "punct", "PUNCT", ".", "O")]


def test_who_did_the_research_a_body_was_named_with_did_it_for_that_body(vocab):
    _, by = run(make_doc(vocab, rows=_research("research")))
    assert by["Richard Allsop"].affiliations == [by["University College London"].id]


def test_the_agent_of_a_work_no_body_was_named_with_is_no_ones(vocab):
    _, by = run(make_doc(vocab, rows=_research("team")))
    assert by["Richard Allsop"].affiliations == []


def _lede(det: str):
    """'Police will wait , <det> Home Office minister has said . Hazel Blears said so .'"""
    return [("Police", 2, "nsubj", "NOUN", "NNS", "O"), ("will", 2, "aux", "AUX", "MD", "O"),
            ("wait", 9, "ccomp", "VERB", "VB", "O"), (",", 9, "punct", "PUNCT", ",", "O"),
            (det, 7, "det", "DET", "DT", "O"), ("Home", 6, "compound", "PROPN", "NNP", "B-ORG"),
            ("Office", 7, "compound", "PROPN", "NNP", "I-ORG"), ("minister", 9, "nsubj", "NOUN", "NN", "O"),
            ("has", 9, "aux", "AUX", "VBZ", "O"), ("said", 9, "ROOT", "VERB", "VBN", "O"),
            (".", 9, "punct", "PUNCT", ".", "O"),
            ("Hazel", 12, "compound", "PROPN", "NNP", "B-PERSON"), ("Blears", 13, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("said", 13, "ROOT", "VERB", "VBD", "O"), ("so", 13, "advmod", "ADV", "RB", "O"),
            (".", 13, "punct", "PUNCT", ".", "O")]


def test_the_leads_unnamed_speaker_named_next_takes_the_body_of_the_description(vocab):
    _, by = run(make_doc(vocab, rows=_lede("a")))
    assert by["Hazel Blears"].affiliations == [by["Home Office"].id]


def test_a_definite_description_before_a_name_is_not_the_leads_unnamed_speaker(vocab):
    _, by = run(make_doc(vocab, rows=_lede("the")))
    assert by["Home Office"].id not in by["Hazel Blears"].affiliations


def test_a_minister_launching_a_bodys_plan_keeps_the_articles_country_and_its_code(vocab):
    rows = [("Home", 1, "compound", "PROPN", "NNP", "O"), ("Secretary", 3, "compound", "PROPN", "NNP", "O"),
            ("John", 3, "compound", "PROPN", "NNP", "B-PERSON"), ("Smith", 4, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("launched", 4, "ROOT", "VERB", "VBD", "O"), ("the", 7, "det", "DET", "DT", "O"),
            ("Home", 7, "compound", "PROPN", "NNP", "B-ORG"), ("Office", 9, "poss", "PROPN", "NNP", "I-ORG"),
            ("'s", 7, "case", "PART", "POS", "O"), ("plan", 4, "dobj", "NOUN", "NN", "O"),
            (".", 4, "punct", "PUNCT", ".", "O"), ("Britain", 12, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("agreed", 12, "ROOT", "VERB", "VBD", "O"), ("in", 12, "prep", "ADP", "IN", "O"),
            ("Britain", 13, "pobj", "PROPN", "NNP", "B-GPE"), (".", 12, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    smith = by["John Smith"]
    assert set(smith.affiliations) == {by["Home Office"].id, by["United Kingdom"].id}
    assert smith.code == "GBRGOV"
