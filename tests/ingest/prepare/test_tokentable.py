"""The token table holds exactly what the Token objects of a parsed Doc would give."""
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.prepare.tokentable import token_table


def test_table_matches_every_token_attribute_of_a_parsed_doc(nlp):
    doc = nlp("U.S. Secretary of State John Kerry met Israeli and Palestinian leaders in Cairo on "
              "Tuesday.\n\nHe said they and their aides, who arrived late, would return.  Hamas rejected it.")
    t = token_table(doc)
    assert t.doc_text == doc.text
    for tok in doc:
        i = tok.i
        assert (t.text[i], t.lower[i], t.pos[i], t.tag[i], t.dep[i]) == (
            tok.text, tok.text.lower(), tok.pos_, tok.tag_, tok.dep_)
        assert (t.ent_iob[i], t.ent_type[i], t.head[i], t.idx[i]) == (
            tok.ent_iob_, tok.ent_type_, tok.head.i, tok.idx)
        assert t.sent_start[i] == bool(tok.is_sent_start)
        assert t.children(i) == [c.i for c in tok.children]
        assert t.conjuncts(i) == [c.i for c in tok.conjuncts]
    for s in range(len(doc)):
        assert t.span_text(s, min(len(doc), s + 3)) == doc[s:s + 3].text


def test_hand_built_doc_without_parse_and_empty_doc():
    doc = Doc(Vocab(), words=["Hamas", "said", "no"], spaces=[True, False, False])
    t = token_table(doc)
    assert t.text == ["Hamas", "said", "no"] and t.dep == ["", "", ""] and t.head == [0, 1, 2]
    assert t.children(0) == [] and t.doc_text == "Hamas saidno" and t.ent_iob == ["", "", ""]
    empty = token_table(Doc(Vocab(), words=[]))
    assert empty.text == [] and empty.doc_text == ""
