"""A demonym inside a longer name ("Latin American") names no country."""
from spacy.tokens import Doc

from graphkit.ingest.actors.inner_demonyms import inside_other_name
from graphkit.ingest.prepare.tokentable import token_table


def test_a_demonym_ending_a_region_name_is_not_read_and_a_whole_demonym_is(vocab):
    doc = Doc(vocab, words=["Latin", "American", "and", "South", "African", "and", "American", "firms"],
              ents=["B-NORP", "I-NORP", "O", "B-NORP", "I-NORP", "O", "B-NORP", "O"])
    t = token_table(doc)
    assert inside_other_name(doc, t, 1)  # "Latin American"
    assert not inside_other_name(doc, t, 4)  # "South African" is a demonym of its own
    assert not inside_other_name(doc, t, 6)  # "American" alone


def test_real_model_latin_american_nations_are_not_the_united_states(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.ingest.prepare import tokenize
    from graphkit.models import Article

    def actors(text):
        art = Article(id="a", text=text)
        recs = extract_doc(nlp(tokenize(nlp, text, None)), art)
        return {a for e in recs.events for a in e.actors}

    assert "united-states" not in actors("A group of Latin American nations opposed the bill.")
    assert "united-states" in actors("American officials met Japanese officials.")
