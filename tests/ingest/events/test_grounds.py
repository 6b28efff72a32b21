"""The grounds of a reproach: the gerund a party is blamed, accused or criticised for is no act asserted."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from graphkit.ingest.events.frames import unreal_frame
from graphkit.ingest.events.grounds import reproach_grounds


def doc_of(vocab, rows):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows."""
    return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def _accused_in_refusing(vocab, verb):
    # X <verb> the FNV of intransigence in refusing to talk
    return doc_of(vocab, [("X", 1, "nsubj", "NNP", "PROPN", "X"), (verb, 1, "ROOT", "VBD", "VERB", verb),
                          ("FNV", 1, "dobj", "NNP", "PROPN", "FNV"), ("of", 2, "prep", "IN", "ADP", "of"),
                          ("intransigence", 3, "pobj", "NN", "NOUN", "intransigence"),
                          ("in", 1, "prep", "IN", "ADP", "in"), ("refusing", 5, "pcomp", "VBG", "VERB", "refuse"),
                          ("to", 8, "aux", "TO", "PART", "to"), ("talk", 6, "xcomp", "VB", "VERB", "talk")])


@pytest.mark.parametrize("verb,reproach", [("accuse", True), ("blame", True), ("criticize", True),
                                           ("praise", False), ("meet", False)])
def test_a_gerund_of_the_grounds_belongs_to_a_verb_of_reproach_only(vocab, verb, reproach):
    doc = _accused_in_refusing(vocab, verb)
    assert (reproach_grounds(doc[6]) is not None) == reproach
    assert (reproach_grounds(doc[8]) is not None) == reproach  # "to talk" hangs on the gerund
    assert (unreal_frame(doc[6]) == "charge") == reproach


def test_the_manner_of_the_grounds_is_in_them(vocab):
    # X and Y blamed one another for sabotaging talks by refusing
    doc = doc_of(vocab, [("X", 4, "nsubj", "NNP", "PROPN", "X"), ("and", 0, "cc", "CC", "CCONJ", "and"),
                         ("Y", 0, "conj", "NNP", "PROPN", "Y"), ("have", 4, "aux", "VBP", "AUX", "have"),
                         ("blamed", 4, "ROOT", "VBN", "VERB", "blame"), ("one", 4, "dobj", "CD", "NUM", "one"),
                         ("another", 5, "det", "DT", "DET", "another"), ("for", 4, "prep", "IN", "ADP", "for"),
                         ("sabotaging", 7, "pcomp", "VBG", "VERB", "sabotage"),
                         ("talks", 8, "dobj", "NNS", "NOUN", "talk"), ("by", 8, "prep", "IN", "ADP", "by"),
                         ("refusing", 10, "pcomp", "VBG", "VERB", "refuse")])
    assert reproach_grounds(doc[11]).text == "blamed"
    assert reproach_grounds(doc[8]).text == "blamed"


def test_a_time_phrase_or_a_noun_is_no_grounds(vocab):
    # X criticised Y after meeting Z in talks
    doc = doc_of(vocab, [("X", 1, "nsubj", "NNP", "PROPN", "X"), ("criticised", 1, "ROOT", "VBD", "VERB", "criticise"),
                         ("Y", 1, "dobj", "NNP", "PROPN", "Y"), ("after", 1, "prep", "IN", "ADP", "after"),
                         ("meeting", 3, "pcomp", "VBG", "VERB", "meet"), ("Z", 4, "dobj", "NNP", "PROPN", "Z"),
                         ("in", 1, "prep", "IN", "ADP", "in"), ("talks", 6, "pobj", "NNS", "NOUN", "talk")])
    assert reproach_grounds(doc[4]) is None
    assert reproach_grounds(doc[7]) is None


def test_a_reproach_with_its_grounds_read_by_the_model(nlp):
    from graphkit.ingest.pipeline import extract_doc
    from graphkit.models import Article

    text = "President Corazon Aquino accused the banks of coercion in threatening to refuse to sign the accord."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    asserted = {e.type for e in recs.events if e.certainty == "asserted"}
    assert "ACCUSE" in asserted
    assert not asserted & {"THREATEN", "REJECT"}


def _condemned_by_expelling(vocab, grounds):
    # X condemned Y [for lying] by expelling diplomats
    rows = [("X", 1, "nsubj", "NNP", "PROPN", "X"), ("condemned", 1, "ROOT", "VBD", "VERB", "condemn"),
            ("Y", 1, "dobj", "NNP", "PROPN", "Y")]
    if grounds:
        rows += [("for", 1, "prep", "IN", "ADP", "for"), ("lying", 3, "pcomp", "VBG", "VERB", "lie")]
    n = len(rows)
    rows += [("by", 1, "prep", "IN", "ADP", "by"), ("expelling", n, "pcomp", "VBG", "VERB", "expel"),
             ("diplomats", n + 1, "dobj", "NNS", "NOUN", "diplomat")]
    return doc_of(vocab, rows)


def test_a_by_gerund_of_the_reproach_alone_is_the_reproachers_means(vocab):
    doc = _condemned_by_expelling(vocab, grounds=False)  # "condemned Y by expelling diplomats": done
    assert reproach_grounds(doc[4]) is None
    doc = _condemned_by_expelling(vocab, grounds=True)  # "condemned Y for lying by expelling ...": in the grounds
    assert reproach_grounds(doc[6]).text == "condemned"
    assert reproach_grounds(doc[4]).text == "condemned"
