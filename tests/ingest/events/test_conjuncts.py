"""A tensed verb the parser hangs on a to-infinitive is a clause of its own."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.events.certainty import assess
from graphkit.ingest.events.conjuncts import outer_clause, own_auxiliary, own_clause, tensed_pair
from graphkit.models import Article


def _doc(vocab, tags, head_of_conj=3):
    # Iran refused to withdraw troops but offered talks
    words = ["Iran", "refused", "to", "withdraw", "troops", "but", "offered", "talks"]
    return Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 3, head_of_conj, 6],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "cc", "conj", "dobj"], tags=tags,
               lemmas=["Iran", "refuse", "to", "withdraw", "troop", "but", "offer", "talk"])


_PAST = ["NNP", "VBD", "TO", "VB", "NNS", "CC", "VBD", "NNS"]


def test_a_past_conjunct_of_an_infinitive_belongs_to_the_infinitives_head(vocab):
    doc = _doc(vocab, _PAST)
    assert outer_clause(doc[6]).i == 1


def test_an_infinitive_conjunct_stays_in_the_infinitive(vocab):
    doc = _doc(vocab, ["NNP", "VBD", "TO", "VB", "NNS", "CC", "VB", "NNS"])  # "refused to withdraw and offer"
    assert outer_clause(doc[6]) is None
    assert assess(doc[6]).certainty == "negated"


def test_the_refusal_does_not_reach_the_offer(vocab):
    doc = _doc(vocab, _PAST)
    assert assess(doc[3]).certainty == "negated"
    assert assess(doc[6]).certainty == "asserted"


def test_a_conjunct_of_a_finite_verb_is_left_alone(vocab):
    # "Iran withdrew troops but offered talks": no infinitive
    doc = Doc(vocab, words=["Iran", "withdrew", "troops", "but", "offered", "talks"], heads=[1, 1, 1, 1, 1, 4],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "dobj"], tags=["NNP", "VBD", "NNS", "CC", "VBD", "NNS"])
    assert outer_clause(doc[4]) is None


def test_a_refusal_and_an_offer_on_the_real_model(nlp):
    from graphkit.ingest.pipeline import extract_doc

    text = "Iran refused to withdraw its troops but offered talks with Iraq."
    recs = extract_doc(nlp(text), Article(id="a", text=text))
    got = {(e.type, e.certainty) for e in recs.events}
    assert ("AGREE", "asserted") in got and ("REJECT", "asserted") in got


def _shelled(vocab, own_aux):
    # Iraq has not attacked ships but [has] shelled towns
    words = ["Iraq", "has", "not", "attacked", "ships", "but"] + (["has"] if own_aux else []) + ["shelled", "towns"]
    v = 7 if own_aux else 6
    heads = [3, 3, 3, 3, 3, 3] + ([v] if own_aux else []) + [3, v]
    deps = ["nsubj", "aux", "neg", "ROOT", "dobj", "cc"] + (["aux"] if own_aux else []) + ["conj", "dobj"]
    tags = ["NNP", "VBZ", "RB", "VBN", "NNS", "CC"] + (["VBZ"] if own_aux else []) + ["VBN", "NNS"]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags), v


def test_a_conjunct_with_its_own_auxiliary_keeps_its_own_polarity(vocab):
    doc, v = _shelled(vocab, own_aux=True)
    assert own_auxiliary(doc[v])
    assert assess(doc[3]).certainty == "negated"
    assert assess(doc[v]).certainty == "asserted"


def test_a_bare_conjunct_shares_the_negation(vocab):
    doc, v = _shelled(vocab, own_aux=False)  # "has not attacked ships or shelled towns"
    assert not own_auxiliary(doc[v])
    assert assess(doc[v]).certainty == "negated"


def _agreed(vocab, subject: bool):
    # "Payments were not due, but Manila agreed to pay" / "Manila was not ready but agreed to pay"
    words = ["Payments", "were", "not", "due", ",", "but"] + (["Manila"] if subject else []) + ["agreed", "to", "pay"]
    v = 7 if subject else 6
    heads = [1, 1, 1, 1, 1, 1] + ([v] if subject else []) + [1, v + 2, v]
    deps = ["nsubj", "ROOT", "neg", "acomp", "punct", "cc"] + (["nsubj"] if subject else []) + ["conj", "aux", "xcomp"]
    tags = ["NNS", "VBD", "RB", "JJ", ",", "CC"] + (["NNP"] if subject else []) + ["VBD", "TO", "VB"]
    return Doc(vocab, words=words, heads=heads, deps=deps, tags=tags), v


def test_a_finite_conjunct_with_its_own_subject_keeps_its_own_polarity(vocab):
    doc, v = _agreed(vocab, subject=True)
    assert own_clause(doc[v])
    assert assess(doc[v]).certainty == "asserted"


def test_a_tensed_conjunct_joined_by_but_to_a_tensed_verb_keeps_its_own_polarity(vocab):
    doc, v = _agreed(vocab, subject=False)  # "Manila was not ready but agreed to pay": it agreed
    assert not own_clause(doc[v]) and tensed_pair(doc[v])
    assert assess(doc[v]).certainty == "asserted"


def test_a_tensed_conjunct_joined_by_or_shares_the_negation(vocab):
    words = ["Manila", "never", "met", "or", "called", "them"]  # "Manila never met or called them"
    doc = Doc(vocab, words=words, heads=[2, 2, 2, 2, 2, 4], deps=["nsubj", "neg", "ROOT", "cc", "conj", "dobj"],
              tags=["NNP", "RB", "VBD", "CC", "VBD", "PRP"])
    assert not tensed_pair(doc[4])
    assert assess(doc[4]).certainty == "negated"
