"""Name shapes the model gets wrong, on hand-built Docs."""
from spacy.tokens import Doc

from graphkit.ingest.actors.shapes import name_with_month, styled_person
from graphkit.ingest.prepare.tokentable import token_table


def test_a_month_word_ends_a_name_only_after_a_proper_noun_and_before_no_figure(vocab):
    words = ["Theresa", "May", "left", "in", "May", "and", "Since", "May", "and", "Tony", "May", "5"]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "NUM"]
    t = token_table(Doc(vocab, words=words, pos=pos))
    assert [i for i in range(len(words) - 1) if name_with_month(t, i)] == [0]


def test_a_rank_styled_by_a_place_is_a_person_and_a_rank_alone_is_not(vocab):
    words = ["the", "Archbishop", "of", "Canterbury", "and", "the", "mayor", "of", "London"]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE"]
    t = token_table(Doc(vocab, words=words, ents=ents))
    m = styled_person(t, 3, 4)
    assert m is not None and (m.text, m.kind, m.start, m.end) == ("Archbishop of Canterbury", "person", 1, 4)
    assert styled_person(t, 8, 9) is None
