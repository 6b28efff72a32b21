"""Whom an act or a threat is aimed at (graphkit.ingest.events.aims), on hand-built spaCy Docs."""
from __future__ import annotations

from graphkit.ingest.events.aims import answered_doers, governing_conditions, threatened_targets
from tests.ingest.events.test_find import events_of, parse


def _promised(noun, lemma):
    # Iraq called the U.S. attacks an escalation and promised <noun>
    return [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("called", 1, "ROOT", "VERB", "call"),
            ("the", 4, "det", "DET", "the"), ("U.S.", 4, "compound", "PROPN", "U.S."),
            ("attacks", 1, "dobj", "NOUN", "attack"), ("an", 6, "det", "DET", "an"),
            ("escalation", 1, "oprd", "NOUN", "escalation"), ("and", 1, "cc", "CCONJ", "and"),
            ("promised", 1, "conj", "VERB", "promise"), (noun, 8, "dobj", "NOUN", lemma)]


def test_a_retaliation_answers_the_doer_of_the_act_named_before_it(vocab):
    actors = {0: ("irq", "country"), 3: ("usa", "country")}
    doc, layer = parse(vocab, _promised("retaliation", "retaliation"), actors)
    assert answered_doers(doc[8], layer) == ["usa"]
    assert ("THREATEN", "threatened", ["irq"], ["usa"], "asserted") in events_of(
        vocab, _promised("retaliation", "retaliation"), actors)
    # "promised aid": no revenge, so no act is answered
    doc, layer = parse(vocab, _promised("aid", "aid"), actors)
    assert answered_doers(doc[8], layer) == []


def _vowed_revenge_after(verb, lemma):
    # China vowed revenge after Japan <verb>
    return [("China", 1, "nsubj", "PROPN", "China"), ("vowed", 1, "ROOT", "VERB", "vow"),
            ("revenge", 1, "dobj", "NOUN", "revenge"), ("after", 5, "mark", "SCONJ", "after"),
            ("Japan", 5, "nsubj", "PROPN", "Japan"), (verb, 1, "advcl", "VERB", lemma)]


def test_an_after_clause_names_the_answered_act_only_when_it_is_hostile(vocab):
    actors = {0: ("chn", "country"), 4: ("jpn", "country")}
    doc, layer = parse(vocab, _vowed_revenge_after("attacked", "attack"), actors)
    assert answered_doers(doc[1], layer) == ["jpn"]
    doc, layer = parse(vocab, _vowed_revenge_after("spoke", "speak"), actors)
    assert answered_doers(doc[1], layer) == []


def _threatened(noun, lemma):
    # Iraq threatened a resumption of <noun> on Iranian towns
    return [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("a", 3, "det", "DET", "a"), ("resumption", 1, "dobj", "NOUN", "resumption"),
            ("of", 3, "prep", "ADP", "of"), (noun, 4, "pobj", "NOUN", lemma), ("on", 5, "prep", "ADP", "on"),
            ("Iranian", 8, "amod", "ADJ", "iranian"), ("towns", 6, "pobj", "NOUN", "town")]


def test_a_threatened_act_is_aimed_at_its_target_and_a_demonym_names_the_country(vocab):
    actors = {0: ("irq", "country")}
    doc, layer = parse(vocab, _threatened("raids", "raid"), actors)
    assert threatened_targets(doc[1], layer) == []  # no actor Iran in the article
    layer.actors["irn"] = layer.actors["irq"].model_copy(update={"id": "irn", "code": "IRN"})
    assert threatened_targets(doc[1], layer) == ["irn"]
    # "a resumption of talks on Iranian towns": no hostile act, no target
    doc, layer = parse(vocab, _threatened("talks", "talk"), actors)
    layer.actors["irn"] = layer.actors["irq"].model_copy(update={"id": "irn", "code": "IRN"})
    assert threatened_targets(doc[1], layer) == []


def test_the_party_of_each_condition_is_the_recipient_of_a_conditional_threat(vocab):
    # US will take reprisals if the EC proceeds and if Japan refuses
    rows = [("US", 2, "nsubj", "PROPN", "US"), ("will", 2, "aux", "AUX", "will"), ("take", 2, "ROOT", "VERB", "take"),
            ("reprisals", 2, "dobj", "NOUN", "reprisal"), ("if", 6, "mark", "SCONJ", "if"),
            ("EC", 6, "nsubj", "PROPN", "EC"), ("proceeds", 2, "advcl", "VERB", "proceed"),
            ("and", 6, "cc", "CCONJ", "and"), ("if", 10, "mark", "SCONJ", "if"),
            ("Japan", 10, "nsubj", "PROPN", "Japan"), ("refuses", 6, "conj", "VERB", "refuse")]
    actors = {0: ("usa", "country"), 5: ("ec", "organization"), 9: ("jpn", "country")}
    doc, layer = parse(vocab, rows, actors)
    assert governing_conditions(doc[3], layer) == ["ec", "jpn"]
    rows[4] = ("when", 6, "advmod", "SCONJ", "when")  # "when the EC proceeds": no condition
    rows[8] = ("when", 10, "advmod", "SCONJ", "when")
    doc, layer = parse(vocab, rows, actors)
    assert governing_conditions(doc[3], layer) == []


def _retaliate(obj):
    # Iran would retaliate against <obj> for U.S. attacks
    return [("Iran", 2, "nsubj", "PROPN", "Iran"), ("would", 2, "aux", "AUX", "would"),
            ("retaliate", 2, "ROOT", "VERB", "retaliate"), ("against", 2, "prep", "ADP", "against"),
            (obj, 3, "pobj", "PROPN", obj), ("for", 2, "prep", "ADP", "for"),
            ("U.S.", 7, "compound", "PROPN", "U.S."), ("attacks", 5, "pobj", "NOUN", "attack")]


def test_a_named_party_stays_and_a_place_gives_way_to_the_answered_acts_doer(vocab):
    from graphkit.ingest.events.aims import threat_recipients
    from graphkit.ingest.events.lexicon import Trigger
    from graphkit.ingest.events.triggers import Candidate

    for obj, kind, want in (("Gulf", "location", ["usa"]), ("Kuwait", "organization", ["kuwait"])):
        actors = {0: ("irn", "country"), 4: (obj.lower(), kind), 6: ("usa", "country")}
        doc, layer = parse(vocab, _retaliate(obj), actors)
        c = Candidate(Trigger("THREATEN", None, "threatened"), doc[2], doc[2], doc[2], "verb")
        assert threat_recipients(c, layer, ["irn"], [obj.lower()]) == want, obj


def test_a_demonym_names_the_doer_of_the_answered_act_when_its_country_is_an_actor(vocab):
    # Pakistan vowed retaliation for the Indian shelling
    rows = [("Pakistan", 1, "nsubj", "PROPN", "Pakistan"), ("vowed", 1, "ROOT", "VERB", "vow"),
            ("retaliation", 1, "dobj", "NOUN", "retaliation"), ("for", 2, "prep", "ADP", "for"),
            ("the", 6, "det", "DET", "the"), ("Indian", 6, "amod", "ADJ", "indian"),
            ("shelling", 3, "pobj", "NOUN", "shelling")]
    doc, layer = parse(vocab, rows, {0: ("pak", "country")})
    assert answered_doers(doc[1], layer) == []
    layer.actors["ind"] = layer.actors["pak"].model_copy(update={"id": "ind", "code": "IND"})
    assert answered_doers(doc[1], layer) == ["ind"]


def test_a_conditional_retaliation_is_aimed_at_the_conditions_party(vocab):
    # China would retaliate if Taiwan declared independence
    rows = [("China", 2, "nsubj", "PROPN", "China"), ("would", 2, "aux", "AUX", "would"),
            ("retaliate", 2, "ROOT", "VERB", "retaliate"), ("if", 5, "mark", "SCONJ", "if"),
            ("Taiwan", 5, "nsubj", "PROPN", "Taiwan"), ("declared", 2, "advcl", "VERB", "declare"),
            ("independence", 5, "dobj", "NOUN", "independence")]
    doc, layer = parse(vocab, rows, {0: ("chn", "country"), 4: ("twn", "country")})
    assert governing_conditions(doc[2], layer) == ["twn"]
    got = events_of(vocab, rows, {0: ("chn", "country"), 4: ("twn", "country")})
    assert got and all(e[3] == ["twn"] for e in got)


def test_the_act_a_threatened_verb_holds_out_has_the_target(vocab):
    # Iraq threatened to resume raids on Iran  /  Iraq threatened to resume talks on Iran
    for noun, lemma, want in (("raids", "raid", ["irn"]), ("talks", "talk", [])):
        rows = [("Iraq", 1, "nsubj", "PROPN", "Iraq"), ("threatened", 1, "ROOT", "VERB", "threaten"),
                ("to", 3, "aux", "PART", "to"), ("resume", 1, "xcomp", "VERB", "resume"),
                (noun, 3, "dobj", "NOUN", lemma), ("on", 4, "prep", "ADP", "on"), ("Iran", 5, "pobj", "PROPN", "Iran")]
        doc, layer = parse(vocab, rows, {0: ("irq", "country"), 6: ("irn", "country")})
        assert threatened_targets(doc[1], layer) == want, noun


def test_an_act_in_retaliation_is_aimed_at_the_doer_of_the_act_it_answers(vocab):
    # Israel struck in retaliation for a Hezbollah attack on Kuwaiti ships: Hezbollah, not Kuwait
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("struck", 1, "ROOT", "VERB", "strike"),
            ("in", 1, "prep", "ADP", "in"), ("retaliation", 2, "pobj", "NOUN", "retaliation"),
            ("for", 3, "prep", "ADP", "for"), ("Hezbollah", 6, "compound", "PROPN", "Hezbollah"),
            ("attack", 4, "pobj", "NOUN", "attack"), ("on", 6, "prep", "ADP", "on"),
            ("ships", 7, "pobj", "NOUN", "ship")]
    actors = {0: ("israel", "country"), 5: ("hezbollah", "organization"), 8: ("kuwait", "country")}
    got = events_of(vocab, rows, actors)
    assert ("ASSAULT", "attacked", ["israel"], ["hezbollah"], "asserted") in got


def test_warning_of_retaliation_against_a_party_threatens_that_party(vocab):
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("warned", 1, "ROOT", "VERB", "warn"),
            ("of", 1, "prep", "ADP", "of"), ("retaliation", 2, "pobj", "NOUN", "retaliation"),
            ("against", 3, "prep", "ADP", "against"), ("Kuwait", 4, "pobj", "PROPN", "Kuwait")]
    got = events_of(vocab, rows, {0: ("iran", "country"), 5: ("kuwait", "country")})
    assert [(t, a, r) for t, _, a, r, _ in got] == [("THREATEN", ["iran"], ["kuwait"])]
