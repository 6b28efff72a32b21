"""Office holders' countries from their sentence (graphkit.ingest.actors.holders)."""
from graphkit.ingest.actors.holders import subject_demonyms
from graphkit.ingest.prepare.tokentable import token_table
from tests.ingest.actors.test_find import make_doc, run


def _told(vocab, subject_dep):
    # Trade Minister Hajime Tamura said Japanese exports fell .   (exports: subject, or object of "cut")
    rows = [("Trade", 1, "compound", "PROPN", "NNP", "O"), ("Minister", 3, "compound", "PROPN", "NNP", "O"),
            ("Hajime", 3, "compound", "PROPN", "NNP", "B-PERSON"), ("Tamura", 4, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("said", 4, "ROOT", "VERB", "VBD", "O"), ("Japanese", 6, "amod", "ADJ", "JJ", "B-NORP"),
            ("exports", 7, subject_dep, "NOUN", "NNS", "O"), ("fell", 4, "ccomp", "VERB", "VBD", "O"),
            (".", 4, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_a_demonym_on_a_subject_noun_is_the_country_of_a_minister_who_tells_it(vocab):
    doc = _told(vocab, "nsubj")
    assert subject_demonyms(token_table(doc), 0, len(doc)) == {"JPN"}
    layer, by = run(doc)
    assert [layer.actors[x].code for x in by["Hajime Tamura"].affiliations] == ["JPN"]


def test_a_demonym_on_no_subject_gives_no_country(vocab):
    doc = _told(vocab, "dobj")
    assert subject_demonyms(token_table(doc), 0, len(doc)) == set()


def test_a_minister_who_is_the_other_party_takes_no_demonym_of_the_subject(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = "The Saudi leader will hold talks with Prime Minister Margaret Thatcher."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    thatcher = next(a for a in layer.actors.values() if a.name == "Margaret Thatcher")
    assert "SAU" not in [layer.actors[x].code for x in thatcher.affiliations]
