"""A definite act ("the decision") is the act just reported (graphkit.ingest.events.anaphora)."""
import pytest
from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.anaphora import stem_matches
from graphkit.ingest.events.find import find_events
from graphkit.ingest.words import word_list
from graphkit.models import Actor, Article
from tests.ingest.events.test_find import events_of


@pytest.mark.parametrize("verb, noun, same", [
    ("decide", "decision", True), ("announce", "announcement", True), ("propose", "proposal", True),
    ("move", "move", True), ("suspend", "suspension", False),  # -d/-sion: not a suffix rule here
    ("sign", "signal", False), ("plan", "planet", False), ("say", "saying", False),
])
def test_stem_matches(verb, noun, same):
    assert stem_matches(verb, noun) is same


def _two_sentences(first_verb, first_lemma, obj, second_det, second_noun, second_lemma):
    # "Essex <first_verb> <obj> . Lloyd criticised <det> <noun>"
    return [("Essex", 1, "nsubj", "PROPN", "Essex"), (first_verb, 1, "ROOT", "VERB", first_lemma),
            (obj, 1, "dobj", "NOUN", obj), (".", 1, "punct", "PUNCT", "."),
            ("Lloyd", 5, "nsubj", "PROPN", "Lloyd"), ("criticised", 5, "ROOT", "VERB", "criticise"),
            (second_det, 7, "det", "DET", second_det.lower()), (second_noun, 5, "dobj", "NOUN", second_lemma)]


def _sents(vocab, rows):
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[1, 0, 0, 0, 1, 0, 0, 0])
    layer = ActorLayer()
    for i, aid in ((0, "essex"), (4, "lloyd")):
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="person")
        layer.token_actor[i] = aid
    return doc, layer


def _accuse(vocab, rows):
    doc, layer = _sents(vocab, rows)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.actors, e.recipients) for e in events if e.type == "ACCUSE"]


def test_the_decision_is_the_decision_just_reported(vocab):
    assert _accuse(vocab, _two_sentences("decided", "decide", "nothing", "the", "decision", "decision")) == [
        (["lloyd"], ["essex"])]


def test_the_increase_is_the_increase_just_announced(vocab):
    assert _accuse(vocab, _two_sentences("announced", "announce", "increase", "the", "increase", "increase")) == [
        (["lloyd"], ["essex"])]


def test_an_unrelated_or_indefinite_act_has_no_maker(vocab):
    assert _accuse(vocab, _two_sentences("announced", "announce", "increase", "the", "war", "war")) == [
        (["lloyd"], [])]
    assert _accuse(vocab, _two_sentences("decided", "decide", "nothing", "a", "decision", "decision")) == [
        (["lloyd"], [])]


def test_a_single_sentence_keeps_events_of(vocab):
    rows = [("Lloyd", 1, "nsubj", "PROPN", "Lloyd"), ("criticised", 1, "ROOT", "VERB", "criticise"),
            ("the", 3, "det", "DET", "the"), ("decision", 1, "dobj", "NOUN", "decision")]
    assert [(t, a, r) for t, _, a, r, _ in events_of(vocab, rows, {0: ("lloyd", "person")})] == [
        ("ACCUSE", ["lloyd"], [])]


def _judged(vocab, verb, lemma, obj, obj_lemma, mods=(), other_title="Mr", pron="his"):
    # "<title> Brown spoke . Blair <verb> <pron> [own] <obj>": whose <obj> Blair judges
    rows = [(other_title, 1, "compound", "PROPN", other_title), ("Brown", 2, "nsubj", "PROPN", "Brown"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("Blair", 5, "nsubj", "PROPN", "Blair"), (verb, 5, "ROOT", "VERB", lemma),
            (pron, 7 + len(mods), "poss", "PRON", pron)]
    rows += [(m, 7 + len(mods), "amod", "ADJ", m) for m in mods]
    rows += [(obj, 5, "dobj", "NOUN", obj_lemma)]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[1, 0, 0, 0, 1] + [0] * (len(rows) - 5))
    layer = ActorLayer()
    for aid in ("brown", "blair"):
        layer.actors[aid] = Actor(id=aid, name=aid.title(), kind="person")
    layer.token_actor.update({0: "brown", 1: "brown", 4: "blair", 6: "blair"})  # coref bound "his" to Blair
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.recipients) for e in events]


def test_a_possessive_in_the_object_of_praise_is_another_actors_act(vocab):
    assert _judged(vocab, "praised", "praise", "handling", "handling") == [("SUPPORT", ["blair"], ["brown"])]
    assert _judged(vocab, "criticised", "criticise", "record", "record") == [("ACCUSE", ["blair"], ["brown"])]


def test_own_people_bodies_and_other_genders_stay_the_judges(vocab):
    assert _judged(vocab, "praised", "praise", "record", "record", mods=("own",)) == [
        ("SUPPORT", ["blair"], [])]  # self-praise said as such
    assert _judged(vocab, "praised", "praise", "colleagues", "colleague") == [("SUPPORT", ["blair"], [])]
    assert _judged(vocab, "praised", "praise", "handling", "handling", other_title="Mrs") == [
        ("SUPPORT", ["blair"], [])]  # "his" is no woman's
    assert _judged(vocab, "praised", "praise", "handling", "handling", pron="its") == [
        ("SUPPORT", ["blair"], [])]  # "its" is no person's


def test_only_verbs_of_judging_another_rebind_the_possessive(vocab):
    assert _judged(vocab, "defended", "defend", "record", "record") == [("SUPPORT", ["blair"], [])]
    assert {"praise", "criticise", "accuse", "thank", "congratulate"} <= word_list("judging_verbs")
    assert "defend" not in word_list("judging_verbs")


def test_a_noun_that_is_no_actor_and_agrees_is_the_likelier_owner(vocab):
    # "Mr Brown spoke . Blair thanked workers and praised their handling": the workers' handling
    rows = [("Mr", 1, "compound", "PROPN", "Mr"), ("Brown", 2, "nsubj", "PROPN", "Brown"),
            ("spoke", 2, "ROOT", "VERB", "speak"), (".", 2, "punct", "PUNCT", "."),
            ("Blair", 5, "nsubj", "PROPN", "Blair"), ("thanked", 5, "ROOT", "VERB", "thank"),
            ("workers", 5, "dobj", "NOUN", "worker", "NNS"), ("and", 5, "cc", "CCONJ", "and"),
            ("praised", 5, "conj", "VERB", "praise"), ("their", 10, "poss", "PRON", "their"),
            ("handling", 8, "dobj", "NOUN", "handling")]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows], sent_starts=[1, 0, 0, 0, 1] + [0] * 6)
    layer = ActorLayer()
    layer.actors["brown"] = Actor(id="brown", name="Brown", kind="organization")
    layer.actors["blair"] = Actor(id="blair", name="Blair", kind="person")
    layer.token_actor.update({0: "brown", 1: "brown", 4: "blair", 9: "blair"})
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.actors, e.recipients) for e in events if e.label == "praised"] == [(["blair"], [])]
    rows[6] = ("worker", 5, "dobj", "NOUN", "worker", "NN")  # a singular noun does not agree with "their"
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              tags=[r[5] if len(r) > 5 else "" for r in rows], sent_starts=[1, 0, 0, 0, 1] + [0] * 6)
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert [(e.actors, e.recipients) for e in events if e.label == "praised"] == [(["blair"], ["brown"])]


def test_real_model_reads_whose_act_is_judged(nlp):
    from graphkit.ingest.pipeline import extract_doc

    def got(text):
        recs = extract_doc(nlp(text), Article(id="a", text=text))
        names = {a.id: a.name for a in recs.actors}
        return {(e.type, tuple(names[x] for x in e.actors), tuple(names[x] for x in e.recipients))
                for e in recs.events if e.type in ("SUPPORT", "ACCUSE")}

    assert got("Gordon Brown spoke on Monday. Tony Blair praised his handling of the economy.") == {
        ("SUPPORT", ("Tony Blair",), ("Gordon Brown",))}
    assert got("Gordon Brown spoke on Monday. Tony Blair praised his own record.") == {
        ("SUPPORT", ("Tony Blair",), ())}
    said = "Michael Howard proposed a new asylum system. Matthew Taylor said it was {} to propose such a system."
    assert ("ACCUSE", ("Matthew Taylor",), ("Michael Howard",)) in got(said.format("disgusting"))
    assert not {e for e in got(said.format("not disgusting")) if e[0] == "ACCUSE"}


def test_the_raid_is_the_attack_just_reported_whatever_its_verb(vocab):
    assert _accuse(vocab, _two_sentences("attacked", "attack", "town", "the", "raid", "raid")) == [
        (["lloyd"], ["essex"])]


def test_an_act_of_another_kind_is_not_what_the_noun_names(vocab):
    assert _accuse(vocab, _two_sentences("visited", "visit", "town", "the", "raid", "raid")) == [
        (["lloyd"], [])]


def _offer_spurned(vocab, relative_subject):
    # "Reagan offered wheat , an offer Moscow spurned" / "..., an offer that spurned" (no own subject)
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan"), ("offered", 1, "ROOT", "VERB", "offer"),
            ("wheat", 1, "dobj", "NOUN", "wheat"), (",", 1, "punct", "PUNCT", ","),
            ("an", 5, "det", "DET", "an"), ("offer", 1, "npadvmod", "NOUN", "offer"),
            (relative_subject, 7, "nsubj", "PROPN" if relative_subject == "Moscow" else "PRON", relative_subject),
            ("spurned", 5, "relcl", "VERB", "spurn")]
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], sent_starts=[1] + [0] * (len(words) - 1))
    layer = ActorLayer()
    for i, aid, name in ((0, "reagan", "Reagan"), (6, "rus", "Moscow")):
        if doc[i].text == name:
            layer.actors[aid] = Actor(id=aid, name=name, kind="person" if aid == "reagan" else "country")
            layer.token_actor[i] = aid
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.actors, e.recipients) for e in events if e.type == "REJECT"]


def test_an_offer_spurned_in_a_summing_relative_clause_is_aimed_at_its_maker(vocab):
    assert _offer_spurned(vocab, "Moscow") == [(["rus"], ["reagan"])]


def test_reacted_noun_of_a_relative_clause_without_its_own_subject_is_not_the_modified_noun(vocab):
    from graphkit.ingest.events.anaphora import reacted_noun
    rows = [("states", 0, "ROOT", "NOUN"), ("that", 2, "nsubj", "PRON"), ("spurned", 0, "relcl", "VERB"),
            ("offers", 2, "dobj", "NOUN")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows])
    assert reacted_noun(doc[2]).text == "offers"
    assert reacted_noun(doc[0]) is None


def _likened(vocab, adjective):
    # "Essex criticised Blair . Lloyd made <adjective> criticisms"
    rows = [("Essex", 1, "nsubj", "PROPN", "Essex"), ("criticised", 1, "ROOT", "VERB", "criticise"),
            ("Blair", 1, "dobj", "PROPN", "Blair"), (".", 1, "punct", "PUNCT", "."),
            ("Lloyd", 5, "nsubj", "PROPN", "Lloyd"), ("made", 5, "ROOT", "VERB", "make"),
            (adjective, 7, "amod", "ADJ", adjective), ("criticisms", 5, "dobj", "NOUN", "criticism")]
    doc, layer = _sents(vocab, rows)
    layer.actors["blair"] = Actor(id="blair", name="Blair", kind="person")
    layer.token_actor[2] = "blair"
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return sorted((e.actors, e.recipients) for e in events if e.type == "ACCUSE")


def test_similar_criticisms_are_aimed_where_the_criticism_just_reported_was(vocab):
    assert _likened(vocab, "similar") == [(["essex"], ["blair"]), (["lloyd"], ["blair"])]


def test_other_criticisms_take_no_addressee_from_before(vocab):
    assert _likened(vocab, "harsh") == [(["essex"], ["blair"]), (["lloyd"], [])]


def _plan_opposed(vocab, det, noun, lemma):
    # "Essex proposed cuts . Lloyd criticised <det> <noun>": a plan noun stands for the proposal
    rows = [("Essex", 1, "nsubj", "PROPN", "Essex"), ("proposed", 1, "ROOT", "VERB", "propose"),
            ("cuts", 1, "dobj", "NOUN", "cut"), (".", 1, "punct", "PUNCT", "."),
            ("Lloyd", 5, "nsubj", "PROPN", "Lloyd"), ("criticised", 5, "ROOT", "VERB", "criticise"),
            (det, 7, "det", "DET", det.lower()), (noun, 5, "dobj", "NOUN", lemma)]
    return _accuse(vocab, rows)


def test_this_idea_is_the_proposal_just_reported(vocab):
    assert _plan_opposed(vocab, "this", "idea", "idea") == [(["lloyd"], ["essex"])]


def test_an_idea_that_is_no_definite_reference_has_no_maker(vocab):
    assert _plan_opposed(vocab, "an", "idea", "idea") == [(["lloyd"], [])]


def test_reacted_noun_of_a_passive_relative_clause_is_the_modified_noun(vocab):
    # "the plan which was rejected by Iraq": the relative pronoun is the passive subject
    from graphkit.ingest.events.anaphora import reacted_noun
    rows = [("the", 1, "det", "DET"), ("plan", 1, "ROOT", "NOUN"), ("which", 4, "nsubjpass", "PRON"),
            ("was", 4, "auxpass", "AUX"), ("rejected", 1, "relcl", "VERB"), ("by", 4, "agent", "ADP"),
            ("Iraq", 5, "pobj", "PROPN")]
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows])
    assert reacted_noun(doc[4]).text == "plan"


def _likened_target(vocab, adjective):
    # "X attacked Y . Z attacked <adjective> tanker": the verb's object is a target, not the act
    from graphkit.ingest.events.anaphora import similar_acts
    from graphkit.ingest.events.lexicon import Trigger
    from graphkit.ingest.events.triggers import Candidate
    words = ["X", "attacked", "Y", ".", "Z", "attacked", "the", adjective, "tanker"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 1, 5, 5, 8, 8, 5], sent_starts=[1, 0, 0, 0, 1, 0, 0, 0, 0],
              deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "amod", "dobj"],
              pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "DET", "ADJ", "NOUN"])
    attack = Trigger("ASSAULT", None, "attacked")
    cands = [Candidate(attack, doc[1], doc[1], doc[1], "verb"), Candidate(attack, doc[5], doc[5], doc[5], "verb")]
    roles = [(["x"], ["y"]), (["z"], [])]
    similar_acts(cands, roles)
    return roles[1]


def test_the_same_target_is_the_one_just_attacked(vocab):
    assert _likened_target(vocab, "same") == (["z"], ["y"])


def test_a_similar_target_is_another_one(vocab):
    assert _likened_target(vocab, "similar") == (["z"], [])
