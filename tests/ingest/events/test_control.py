"""Who does a clause without its own subject: object control from WordNet's frames, finite conjuncts."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors import ActorLayer
from graphkit.ingest.events.control import by_agents, finite_partner, innermost, object_controllers, reported_partner
from graphkit.ingest.events.roles import subject_actors
from graphkit.ingest.words import word_list
from graphkit.models import Actor


def _doc(vocab, rows, actors):
    """A Doc from ``(word, head, dep, tag, pos, lemma)`` rows, and a layer from ``{index: id}``."""
    doc = Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              tags=[r[3] for r in rows], pos=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              sent_starts=[1] + [0] * (len(rows) - 1))
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.actors.setdefault(aid, Actor(id=aid, name=aid.title(), kind="country"))
        layer.token_actor[i] = aid
    return doc, layer


def _control_rows(verb: str, obj_pos: str = "PROPN", obj: str = "Japan"):
    # USA <verb> Japan to impose sanctions
    return [("USA", 1, "nsubj", "NNP", "PROPN", "USA"), (verb + "d", 1, "ROOT", "VBD", "VERB", verb),
            (obj, 1, "dobj", "NNP" if obj_pos == "PROPN" else "NNS", obj_pos, obj.lower()),
            ("to", 4, "aux", "TO", "PART", "to"), ("impose", 1, "xcomp", "VB", "VERB", "impose"),
            ("sanctions", 4, "dobj", "NNS", "NOUN", "sanction")]


def test_wordnet_frame_verbs_hand_the_infinitive_to_their_object(vocab):
    for verb in ("induce", "prompt", "advise", "compel"):
        assert verb in word_list("object_control_verbs"), verb
        doc, layer = _doc(vocab, _control_rows(verb), {0: "usa", 2: "japan"})
        assert object_controllers(doc[4], layer) == ["japan"], verb
        assert subject_actors(doc[4], layer) == ["japan"], verb


def test_subject_control_and_objects_naming_no_actor_keep_the_subject(vocab):
    # "USA agreed ... to impose": no frame-24 verb; "used missiles to impose": no actor named
    for verb, obj in (("agree", "Japan"), ("decide", "Japan"), ("use", "missiles"), ("promise", "Japan")):
        doc, layer = _doc(vocab, _control_rows(verb, "NOUN" if obj == "missiles" else "PROPN", obj),
                          {0: "usa", 2: "japan"} if obj == "Japan" else {0: "usa"})
        assert object_controllers(doc[4], layer) == [], verb
        assert subject_actors(doc[4], layer) == ["usa"], verb


def _allowed_rows(aux: str = "to", tag: str = "VB", conj_tag: str = "VBD"):
    # Egypt allowed soldiers <aux> stay and flew them
    return [("Egypt", 1, "nsubj", "NNP", "PROPN", "Egypt"), ("allowed", 1, "ROOT", "VBD", "VERB", "allow"),
            ("soldiers", 4, "nsubj", "NNS", "NOUN", "soldier"),
            (aux, 4, "aux", "TO" if aux == "to" else "MD", "PART" if aux == "to" else "AUX", aux),
            ("stay", 1, "ccomp", tag, "VERB", "stay"), ("and", 4, "cc", "CC", "CCONJ", "and"),
            ("flew", 4, "conj", conj_tag, "VERB", "fly"), ("them", 6, "dobj", "PRP", "PRON", "they")]


def test_finite_conjunct_of_an_infinitive_belongs_to_the_clause_above(vocab):
    doc, layer = _doc(vocab, _allowed_rows(), {0: "egypt", 2: "libya"})
    assert finite_partner(doc[6]).text == "allowed"
    assert subject_actors(doc[6], layer) == ["egypt"]


def test_conjunct_sharing_a_modal_or_a_bare_form_keeps_the_parse(vocab):
    # "soldiers would stay and flew": coordinated finite verb phrases share the subject
    doc, layer = _doc(vocab, _allowed_rows(aux="would"), {0: "egypt", 2: "libya"})
    assert finite_partner(doc[6]) is None
    assert subject_actors(doc[6], layer) == ["libya"]
    # "to stay and fly": an infinitive shares the "to"
    doc, layer = _doc(vocab, _allowed_rows(conj_tag="VB"), {0: "egypt", 2: "libya"})
    assert finite_partner(doc[6]) is None


def test_real_parse_prompted_and_allowed(nlp):
    from graphkit.api import build

    texts = ["The ruling prompted Japan to impose sanctions on Iran.",
             "Egypt allowed five Libyan soldiers to stay and expelled three Sudanese diplomats."]
    kg = build([{"id": f"s{i}", "text": t, "published": "1987-03-10"} for i, t in enumerate(texts)])
    names = {a.id: a.name for a in kg.actors}
    got = {(e.article, e.type, tuple(names[a] for a in e.actors)) for e in kg.events}
    assert ("s0", "SANCTION", ("Japan",)) in got
    assert ("s1", "SANCTION", ("Egypt",)) in got


def _ruled_rows(subj: str, subj_pos: str, aux_tag: str, verb_tag: str):
    # agency ruled <subj> <aux> causing injury and supported duty
    return [("agency", 1, "nsubj", "NN", "NOUN", "agency"), ("ruled", 1, "ROOT", "VBD", "VERB", "rule"),
            (subj, 4, "nsubj", "NNS" if subj_pos == "NOUN" else "NNP", subj_pos, subj.lower()),
            ("are", 4, "aux", aux_tag, "AUX", "be"), ("causing", 1, "ccomp", verb_tag, "VERB", "cause"),
            ("injury", 4, "dobj", "NN", "NOUN", "injury"), ("and", 4, "cc", "CC", "CCONJ", "and"),
            ("supported", 4, "conj", "VBD", "VERB", "support"), ("duty", 7, "dobj", "NN", "NOUN", "duty")]


def test_conjunct_of_a_reported_thing_goes_with_the_reporter(vocab):
    doc, layer = _doc(vocab, _ruled_rows("policies", "NOUN", "VBP", "VBG"), {0: "canada", 2: "usa"})
    assert reported_partner(doc[7]).text == "ruled"
    assert subject_actors(doc[7], layer) == ["canada"]


def test_conjunct_of_a_reported_party_or_of_the_same_tense_keeps_the_parse(vocab):
    # "ruled that Washington is causing injury and supported": Washington can act
    doc, layer = _doc(vocab, _ruled_rows("Washington", "PROPN", "VBZ", "VBG"), {0: "canada", 2: "usa"})
    assert reported_partner(doc[7]) is None
    assert subject_actors(doc[7], layer) == ["usa"]
    # "ruled that the policies caused injury and supported ...": one tense, the parse may be right
    rows = _ruled_rows("policies", "NOUN", "VBD", "VBD")
    rows[3] = ("had", 4, "aux", "VBD", "AUX", "have")
    doc, layer = _doc(vocab, rows, {0: "canada", 2: "usa"})
    assert reported_partner(doc[7]) is None


def _decision_rows(prep: str = "by"):
    # decision by Iran to expel diplomats angered London  /  pressure on Iran to expel diplomats ...
    return [("decision", 6, "nsubj", "NN", "NOUN", "decision"), (prep, 0, "prep", "IN", "ADP", prep),
            ("Iran", 1, "pobj", "NNP", "PROPN", "Iran"), ("to", 4, "aux", "TO", "PART", "to"),
            ("expel", 0, "acl", "VB", "VERB", "expel"), ("diplomats", 4, "dobj", "NNS", "NOUN", "diplomat"),
            ("angered", 6, "ROOT", "VBD", "VERB", "anger"), ("London", 6, "dobj", "NNP", "PROPN", "London")]


def test_the_by_phrase_of_a_noun_does_its_infinitive(vocab):
    doc, layer = _doc(vocab, _decision_rows(), {2: "iran", 7: "uk"})
    assert by_agents(doc[4], layer) == ["iran"]
    assert subject_actors(doc[4], layer) == ["iran"]


def test_a_noun_aimed_at_a_party_names_no_doer_of_its_infinitive(vocab):
    doc, layer = _doc(vocab, _decision_rows("on"), {2: "iran", 7: "uk"})
    assert by_agents(doc[4], layer) == []
    assert subject_actors(doc[4], layer) == []


def test_an_infinitive_framing_another_passes_on_its_party(vocab):
    # Japan agreed to try to open markets to America
    rows = [("Japan", 1, "nsubj", "NNP", "PROPN", "Japan"), ("agreed", 1, "ROOT", "VBD", "VERB", "agree"),
            ("to", 3, "aux", "TO", "PART", "to"), ("try", 1, "xcomp", "VB", "VERB", "try"),
            ("to", 5, "aux", "TO", "PART", "to"), ("open", 3, "xcomp", "VB", "VERB", "open"),
            ("markets", 5, "dobj", "NNS", "NOUN", "market"), ("to", 5, "prep", "IN", "ADP", "to"),
            ("America", 7, "pobj", "NNP", "PROPN", "America")]
    doc, _ = _doc(vocab, rows, {})
    assert innermost(doc[3]).text == "open"
    assert innermost(doc[5]).text == "open"
    assert innermost(None) is None


def test_real_parse_promise_to_try(nlp):
    from graphkit.api import build

    kg = build([{"id": "s0", "text": "Japan agreed to try to open its markets to American goods.",
                 "published": "1987-03-10"}])
    names = {a.id: a.name for a in kg.actors}
    got = {(e.type, tuple(names[a] for a in e.actors), tuple(names[a] for a in e.recipients)) for e in kg.events}
    assert ("AGREE", ("Japan",), ("United States",)) in got
