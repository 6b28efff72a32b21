"""Members of a legislature (graphkit.ingest.actors.chambers): group actors of their chamber's country, read
from their own context and never from the country the article names most or their counterpart."""
from graphkit.ingest.actors.groups import common_at, member_words
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _rows(*sentences):
    """Rows of several sentences, each given with heads relative to its own first token."""
    rows, base = [], 0
    for sentence in sentences:
        rows += [(w, h + base, d, p, tg, e) for w, h, d, p, tg, e in sentence]
        base += len(sentence)
    return rows


_DOLE = [("U.S.", 2, "compound", "PROPN", "NNP", "B-GPE"), ("Senator", 2, "compound", "PROPN", "NNP", "O"),
         ("Dole", 3, "nsubj", "PROPN", "NNP", "B-PERSON"), ("spoke", 3, "ROOT", "VERB", "VBD", "O"),
         (".", 3, "punct", "PUNCT", ".", "O")]
_JAPAN = [("Japan", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("warned", 1, "ROOT", "VERB", "VBD", "O"),
          ("Japanese", 3, "amod", "ADJ", "JJ", "B-NORP"), ("exporters", 1, "dobj", "NOUN", "NNS", "O"),
          (".", 1, "punct", "PUNCT", ".", "O")]
_REJECT = [("Senators", 1, "nsubj", "NOUN", "NNS", "O"), ("rejected", 1, "ROOT", "VERB", "VBD", "O"),
           ("the", 3, "det", "DET", "DT", "O"), ("bill", 1, "dobj", "NOUN", "NN", "O"),
           (".", 1, "punct", "PUNCT", ".", "O")]


def test_members_take_the_country_of_the_nearest_legislator_not_of_the_country_named_most(vocab):
    # U.S. Senator Dole spoke . Japan warned Japanese exporters . Senators rejected the bill .
    layer, by = run(make_doc(vocab, rows=_rows(_DOLE, _JAPAN, _REJECT)))
    senators = by["senators"]
    assert layer.at(10) == senators.id and senators.kind == "group"
    assert senators.code == "USALEG" and senators.affiliations == [by["United States"].id]


def test_the_country_their_clause_names_as_counterpart_is_never_theirs(vocab):
    # Japan warned Japanese exporters . Senators urged Japan .
    urge = [("Senators", 1, "nsubj", "NOUN", "NNS", "O"), ("urged", 1, "ROOT", "VERB", "VBD", "O"),
            ("Japan", 1, "dobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=_rows(_JAPAN, urge)))
    assert layer.at(5) is None and "senators" not in by  # no evidence: no actor, not Japan's
    # with a legislator of the article, they are his chamber's
    layer, by = run(make_doc(vocab, rows=_rows(_DOLE, _JAPAN, urge)))
    assert layer.at(10) == by["senators"].id and by["senators"].code == "USALEG"


def test_in_x_on_the_members_gives_their_country(vocab):
    # Legislators in Brazil rejected the plan .
    rows = [("Legislators", 3, "nsubj", "NOUN", "NNS", "O"), ("in", 0, "prep", "ADP", "IN", "O"),
            ("Brazil", 1, "pobj", "PROPN", "NNP", "B-GPE"), ("rejected", 3, "ROOT", "VERB", "VBD", "O"),
            ("the", 5, "det", "DET", "DT", "O"), ("plan", 3, "dobj", "NOUN", "NN", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(0) == by["legislators"].id and by["legislators"].code == "BRALEG"


def test_members_only_cited_as_a_source_are_no_actor(vocab):
    # U.S. Senator Dole spoke . Senators said .
    said = [("Senators", 1, "nsubj", "NOUN", "NNS", "O"), ("said", 1, "ROOT", "VERB", "VBD", "O"),
            (".", 1, "punct", "PUNCT", ".", "O")]
    doc = make_doc(vocab, rows=_rows(_DOLE, said))
    for t in doc:
        t.lemma_ = "say" if t.text == "said" else t.text.lower()
    layer, by = run(doc)
    assert layer.at(5) is None and "senators" not in by


def test_acronym_plurals_of_members_are_common_nouns(vocab):
    doc = make_doc(vocab, ["Labour", "MPs", "and", "NGOs", "left"])
    t = token_table(doc)
    assert common_at(t, 1) and not common_at(t, 3)
    assert {"mps", "deputies", "senators", "legislators", "congressmen"} <= member_words()
    assert not {"peers", "representatives", "ministers", "delegates"} & member_words()
