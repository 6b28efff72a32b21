"""Acts told again by a definite event noun (hand-built parsed Docs)."""
from spacy.tokens import Doc

from graphkit.ingest.events.retold import merge_retold, refers_back
from graphkit.models import Event

# Fahd appealed . <det> plea came .
WORDS = ["Fahd", "appealed", ".", "His", "plea", "came", "."]
POS = ["PROPN", "VERB", "PUNCT", "PRON", "NOUN", "VERB", "PUNCT"]


def _doc(vocab, det: str, dep: str = "poss", noun_pos: str = "NOUN"):
    words = list(WORDS)
    words[3] = det
    pos = list(POS)
    pos[4] = noun_pos
    return Doc(vocab, words=words, heads=[1, 1, 1, 4, 5, 5, 5],
               deps=["nsubj", "ROOT", "punct", dep, "nsubj", "ROOT", "punct"], pos=pos)


def _ev(n, doc, tok, recips=(), date=None, certainty="asserted"):
    t = doc[tok]
    return Event(id=f"a#e{n}", type="REQUEST", label="asked", actors=["fahd"], recipients=list(recips),
                 article="a", sentence="", start=t.idx, end=t.idx + len(t), date=date, certainty=certainty)


def test_a_possessed_event_noun_is_the_act_reported_before(vocab):
    doc = _doc(vocab, "His")
    out = merge_retold(doc, [_ev(0, doc, 1, certainty="possible"), _ev(1, doc, 4, ["opec"], "1987-03-02")])
    assert [(e.id, e.recipients, e.date, e.certainty) for e in out] == [("a#e0", ["opec"], "1987-03-02", "possible")]


def test_the_earlier_report_takes_the_addressees_the_later_one_adds(vocab):
    doc = _doc(vocab, "His")
    out = merge_retold(doc, [_ev(0, doc, 1, ["opec"]), _ev(1, doc, 4, ["opec", "iran"])])
    assert [(e.id, e.recipients) for e in out] == [("a#e0", ["opec", "iran"])]


def test_a_definite_article_refers_back_and_an_indefinite_one_does_not(vocab):
    assert refers_back(_doc(vocab, "The", "det")[4])
    doc = _doc(vocab, "A", "det")
    assert not refers_back(doc[4])
    assert len(merge_retold(doc, [_ev(0, doc, 1), _ev(1, doc, 4)])) == 2


def test_a_verb_reports_an_act_of_its_own(vocab):
    doc = _doc(vocab, "His", noun_pos="VERB")
    assert len(merge_retold(doc, [_ev(0, doc, 1), _ev(1, doc, 4)])) == 2


def test_other_addressees_or_dates_are_another_act(vocab):
    doc = _doc(vocab, "His")
    assert len(merge_retold(doc, [_ev(0, doc, 1, ["iran"]), _ev(1, doc, 4, ["opec"])])) == 2
    assert len(merge_retold(doc, [_ev(0, doc, 1, date="1987-03-01"), _ev(1, doc, 4, date="1987-03-02")])) == 2


# NZ imposed sanctions on Fiji . The sanctions were approved by the cabinet .
SANCTION_WORDS = ["NZ", "imposed", "sanctions", "on", "Fiji", ".", "The", "sanctions", "were", "approved", "by", "it",
                  "."]


def _sanction_doc(vocab, det: str = "The", det_dep: str = "det"):
    words = list(SANCTION_WORDS)
    words[6] = det
    return Doc(vocab, words=words, heads=[1, 1, 1, 2, 3, 1, 7, 9, 9, 9, 9, 10, 9],
               deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", det_dep, "nsubjpass", "auxpass", "ROOT",
                     "agent", "pobj", "punct"],
               pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "ADP", "PRON",
                    "PUNCT"],
               lemmas=["NZ", "impose", "sanction", "on", "Fiji", ".", "the", "sanction", "be", "approve", "by", "it",
                       "."])


def _sanction(n, doc, tok, actors, recips=()):
    t = doc[tok]
    return Event(id=f"a#e{n}", type="SANCTION", label="sanctioned", actors=list(actors), recipients=list(recips),
                 article="a", sentence="", start=t.idx, end=t.idx + len(t))


def test_a_determined_act_given_the_earlier_acts_addressee_for_doer_is_that_act(vocab):
    doc = _sanction_doc(vocab)
    out = merge_retold(doc, [_sanction(0, doc, 1, ["nz"], ["fiji"]), _sanction(1, doc, 9, ["fiji"])])
    assert [(e.id, e.actors, e.recipients) for e in out] == [("a#e0", ["nz"], ["fiji"])]


def test_the_addressees_own_act_told_with_a_possessive_or_other_doers_stays(vocab):
    doc = _sanction_doc(vocab, "its", "poss")
    out = merge_retold(doc, [_sanction(0, doc, 1, ["nz"], ["fiji"]), _sanction(1, doc, 9, ["fiji"])])
    assert len(out) == 2  # "its sanctions": Fiji's own
    doc = _sanction_doc(vocab)
    out = merge_retold(doc, [_sanction(0, doc, 1, ["nz"], ["fiji"]), _sanction(1, doc, 9, ["australia"])])
    assert len(out) == 2  # another doer, not the earlier act's addressee
    out = merge_retold(doc, [_sanction(0, doc, 1, ["nz"], ["fiji"]), _sanction(1, doc, 9, ["fiji"], ["nz"])])
    assert len(out) == 2  # an addressee the earlier act has not: the act answered, another one


def test_a_verb_whose_passive_subject_is_a_possessed_event_noun_tells_the_act_again(vocab):
    # Fahd appealed . His plea was heard .  (the act is read off the verb "heard")
    words = ["Fahd", "appealed", ".", "His", "plea", "was", "heard", "."]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 6, 6, 6, 6],
              deps=["nsubj", "ROOT", "punct", "poss", "nsubjpass", "auxpass", "ROOT", "punct"],
              pos=["PROPN", "VERB", "PUNCT", "PRON", "NOUN", "AUX", "VERB", "PUNCT"],
              lemmas=["Fahd", "appeal", ".", "his", "plea", "be", "hear", "."])
    assert [e.id for e in merge_retold(doc, [_ev(0, doc, 1), _ev(1, doc, 6)])] == ["a#e0"]
    words[3] = "A"
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 6, 6, 6, 6],
              deps=["nsubj", "ROOT", "punct", "det", "nsubjpass", "auxpass", "ROOT", "punct"],
              pos=["PROPN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
              lemmas=["Fahd", "appeal", ".", "a", "plea", "be", "hear", "."])
    assert len(merge_retold(doc, [_ev(0, doc, 1), _ev(1, doc, 6)])) == 2  # "a plea" is another
