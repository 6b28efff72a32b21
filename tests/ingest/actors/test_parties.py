"""Namesake parties (graphkit.ingest.actors.parties)."""
from tests.ingest.actors.test_find import make_doc, run


def _democrats(vocab, demonym, ent):
    return make_doc(vocab, words=[demonym, "Christian", "Democrats", "demanded", "talks", "."],
                    ents=[ent, "B-NORP", "I-NORP", "O", "O", "O"])


def test_a_listed_partys_short_form_tied_to_another_country_keeps_the_texts_name(vocab):
    layer, by = run(_democrats(vocab, "Italian", "B-NORP"))
    party = next(a for a in layer.actors.values() if a.kind == "organization")
    assert party.name == "Christian Democrats"
    assert [layer.actors[x].code for x in party.affiliations] == ["ITA"]


def test_the_listed_partys_own_country_keeps_the_listed_name(vocab):
    layer, by = run(_democrats(vocab, "German", "B-NORP"))
    party = next(a for a in layer.actors.values() if a.kind == "organization")
    assert party.name == "Christian Democratic Union"
