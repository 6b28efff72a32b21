"""Home groups tied to the country a story is set in (graphkit.ingest.actors.settings)."""

from graphkit.ingest.actors.settings import home_sector
from tests.ingest.actors.test_find import make_doc, run


def _story(vocab, noun):
    # Bolivian miners struck . The <noun> met Bolivia 's ministers .  (Bolivia named twice: the setting)
    rows = [("Bolivian", 1, "amod", "ADJ", "JJ", "B-NORP"), ("miners", 2, "nsubj", "NOUN", "NNS", "O"),
            ("struck", 2, "ROOT", "VERB", "VBD", "O"), (".", 2, "punct", "PUNCT", ".", "O"),
            ("The", 6, "det", "DET", "DT", "O"), ("union", 6, "compound", "NOUN", "NN", "O"),
            (noun, 7, "nsubj", "NOUN", "NNS", "O"), ("met", 7, "ROOT", "VERB", "VBD", "O"),
            ("Bolivia", 10, "poss", "PROPN", "NNP", "B-GPE"), ("'s", 8, "case", "PART", "POS", "O"),
            ("ministers", 7, "dobj", "NOUN", "NNS", "O"), (".", 7, "punct", "PUNCT", ".", "O")]
    doc = make_doc(vocab, rows=rows)
    return run(doc)


def test_union_leaders_with_no_country_of_their_own_are_of_the_storys_country(vocab):
    layer, by = _story(vocab, "leaders")
    group = next(a for a in by.values() if a.id == layer.at(6))
    assert group.kind == "group" and by["Bolivia"].id in group.affiliations


def test_home_sectors_are_of_people_at_home_not_of_forces_firms_or_commentators():
    assert home_sector(["striking workers"]) == "CVL" and home_sector(["dockworkers"]) == "LAB"
    assert home_sector(["union officials"]) is None  # an official of the state's sector: stations decide
    assert home_sector(["bank creditors"]) is None and home_sector(["farm analysts"]) is None
