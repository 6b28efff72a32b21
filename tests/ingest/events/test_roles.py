"""Role rules of the event stage (recipients and actors) on hand-built spaCy Docs."""
from __future__ import annotations

from spacy.tokens import Doc

from graphkit.ingest.actors.find import ActorLayer
from graphkit.ingest.events.find import find_events
from graphkit.ingest.events.roles import np_actors, object_actors, subject_actors
from graphkit.models import Article
from tests.ingest.events.test_find import events_of, parse


def test_agentless_hostile_passive_is_an_event_without_actor(vocab):
    # Three Iraqi civilians were killed ("civilians" maps to the Iraqis)
    rows = [("Three", 2, "nummod", "NUM", "three"), ("Iraqi", 2, "amod", "ADJ", "iraqi"),
            ("civilians", 4, "nsubjpass", "NOUN", "civilian"), ("were", 4, "auxpass", "AUX", "be"),
            ("killed", 4, "ROOT", "VERB", "kill")]
    got = events_of(vocab, rows, {2: ("iraqis", "group")})
    assert got == [("ASSAULT", "killed", [], ["iraqis"], "asserted")]


def test_agentless_friendly_passive_stays_without_event(vocab):
    # The Iraqis were praised: no doer, and no hostile act
    rows = [("Iraqis", 2, "nsubjpass", "PROPN", "Iraqis"), ("were", 2, "auxpass", "AUX", "be"),
            ("praised", 2, "ROOT", "VERB", "praise")]
    assert events_of(vocab, rows, {0: ("iraqis", "group")}) == []


def test_passive_doer_from_when_clause(vocab):
    # People were killed when an Israeli shell slammed into the shelter
    rows = [("People", 2, "nsubjpass", "NOUN", "people"), ("were", 2, "auxpass", "AUX", "be"),
            ("killed", 2, "ROOT", "VERB", "kill"), ("when", 6, "advmod", "SCONJ", "when"),
            ("an", 5, "det", "DET", "an"), ("shell", 6, "nsubj", "NOUN", "shell"),
            ("slammed", 2, "advcl", "VERB", "slam")]
    doc, layer = parse(vocab, rows, {0: ("palestinians", "group"), 5: ("israel", "country")})
    assert subject_actors(doc[2], layer) == ["israel"]
    assert ("ASSAULT", "killed", ["israel"], ["palestinians"], "asserted") in events_of(
        vocab, rows, {0: ("palestinians", "group"), 5: ("israel", "country")})


def test_purpose_act_is_addressed_to_the_object_of_its_verb(vocab):
    # Oniya contacted the ambassador to complain
    rows = [("Oniya", 1, "nsubj", "PROPN", "Oniya"), ("contacted", 1, "ROOT", "VERB", "contact"),
            ("the", 3, "det", "DET", "the"), ("ambassador", 1, "dobj", "NOUN", "ambassador"),
            ("to", 5, "aux", "PART", "to"), ("complain", 1, "xcomp", "VERB", "complain")]
    got = events_of(vocab, rows, {0: ("oniya", "person"), 3: ("mohamane", "person")})
    assert ("ACCUSE", "complained about", ["oniya"], ["mohamane"], "asserted") in got


def test_object_control_verb_gives_no_addressee(vocab):
    # Oniya urged the ambassador to complain: the ambassador complains, to nobody named
    rows = [("Oniya", 1, "nsubj", "PROPN", "Oniya"), ("urged", 1, "ROOT", "VERB", "urge"),
            ("the", 3, "det", "DET", "the"), ("ambassador", 1, "dobj", "NOUN", "ambassador"),
            ("to", 5, "aux", "PART", "to"), ("complain", 1, "xcomp", "VERB", "complain")]
    got = events_of(vocab, rows, {0: ("oniya", "person"), 3: ("mohamane", "person")})
    assert ("ACCUSE", "complained about", ["mohamane"], [], "possible") in got


def test_shown_disapproval_names_the_recipient(vocab):
    # Demonstrators blocked a road to show their disapproval of Washington's policies
    rows = [("Demonstrators", 1, "nsubj", "NOUN", "demonstrator"), ("blocked", 1, "ROOT", "VERB", "block"),
            ("a", 3, "det", "DET", "a"), ("road", 1, "dobj", "NOUN", "road"),
            ("to", 5, "aux", "PART", "to"), ("show", 1, "advcl", "VERB", "show"),
            ("their", 7, "poss", "PRON", "their"), ("disapproval", 5, "dobj", "NOUN", "disapproval"),
            ("of", 7, "prep", "ADP", "of"), ("Washington", 10, "poss", "PROPN", "Washington"),
            ("policies", 8, "pobj", "NOUN", "policy")]
    got = events_of(vocab, rows, {0: ("demonstrators", "group"), 9: ("usa", "country")})
    assert [(g[0], g[3]) for g in got] == [("PROTEST", ["usa"])]


def test_threat_is_aimed_at_the_target_of_the_threatened_act(vocab):
    # Iran threatened to attack Iraq unless Baghdad accepted
    rows = [("Iran", 1, "nsubj", "PROPN", "Iran"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("attack", 1, "xcomp", "VERB", "attack"),
            ("Iraq", 3, "dobj", "PROPN", "Iraq"), ("unless", 7, "mark", "SCONJ", "unless"),
            ("Baghdad", 7, "nsubj", "PROPN", "Baghdad"), ("accepted", 3, "advcl", "VERB", "accept")]
    got = events_of(vocab, rows, {0: ("iran", "country"), 4: ("iraq", "country"), 6: ("baghdad", "location")})
    threat = [g for g in got if g[0] == "THREATEN"]
    assert threat and threat[0][3][0] == "iraq"


def test_demoted_participle_with_an_object_is_active(vocab):
    # Doctors from American groups donated goods to the school (the parser made "Doctors" the root)
    rows = [("Doctors", 0, "ROOT", "NOUN", "doctor"), ("from", 0, "prep", "ADP", "from"),
            ("groups", 1, "pobj", "NOUN", "group"), ("donated", 2, "acl", "VERB", "donate"),
            ("goods", 3, "dobj", "NOUN", "good"), ("to", 3, "prep", "ADP", "to"),
            ("school", 5, "pobj", "NOUN", "school")]
    doc, layer = parse(vocab, rows, {2: ("usa", "country"), 6: ("school", "organization")})
    doc[3].tag_ = "VBN"
    assert subject_actors(doc[3], layer) == ["usa"]
    # without an object it is a passive participle: "the goods donated to the school"
    rows = [("goods", 0, "ROOT", "NOUN", "good"), ("from", 0, "prep", "ADP", "from"),
            ("groups", 1, "pobj", "NOUN", "group"), ("donated", 2, "acl", "VERB", "donate"),
            ("to", 3, "prep", "ADP", "to"), ("school", 4, "pobj", "NOUN", "school")]
    doc, layer = parse(vocab, rows, {2: ("usa", "country"), 5: ("school", "organization")})
    doc[3].tag_ = "VBN"
    assert subject_actors(doc[3], layer) == []


def test_event_noun_after_for_belongs_to_the_subject_of_a_verb_of_going(vocab):
    # Negotiators returned to Geneva for talks
    rows = [("Negotiators", 1, "nsubj", "NOUN", "negotiator"), ("returned", 1, "ROOT", "VERB", "return"),
            ("to", 1, "prep", "ADP", "to"), ("Geneva", 2, "pobj", "PROPN", "Geneva"),
            ("for", 1, "prep", "ADP", "for"), ("talks", 4, "pobj", "NOUN", "talk")]
    got = events_of(vocab, rows, {0: ("usa", "country"), 3: ("geneva", "location")})
    assert [(g[0], g[2]) for g in got] == [("CONSULT", ["usa"])]
    # not for any verb: "Police fired for talks" is no meeting of the police
    rows[1] = ("fired", 1, "ROOT", "VERB", "fire")
    assert [g for g in events_of(vocab, rows, {0: ("usa", "country")}) if g[0] == "CONSULT"] == []


def test_demand_that_says_what_a_protest_is_for_is_part_of_it(vocab):
    # Supporters blocked roads demanding his return
    rows = [("Supporters", 1, "nsubj", "NOUN", "supporter"), ("blocked", 1, "ROOT", "VERB", "block"),
            ("roads", 1, "dobj", "NOUN", "road"), ("demanding", 1, "advcl", "VERB", "demand"),
            ("his", 5, "poss", "PRON", "his"), ("return", 3, "dobj", "NOUN", "return")]
    got = events_of(vocab, rows, {0: ("supporters", "group"), 4: ("ben-bella", "person")})
    assert [g[0] for g in got] == ["PROTEST"]


def test_vowing_not_to_act_is_a_rejection(vocab):
    # Sharon vowed not to return the Golan
    rows = [("Sharon", 1, "nsubj", "PROPN", "Sharon"), ("vowed", 1, "ROOT", "VERB", "vow"),
            ("not", 4, "neg", "PART", "not"), ("to", 4, "aux", "PART", "to"),
            ("return", 1, "xcomp", "VERB", "return"), ("the", 6, "det", "DET", "the"),
            ("Golan", 4, "dobj", "PROPN", "Golan")]
    got = events_of(vocab, rows, {0: ("sharon", "person"), 6: ("golan", "location")}, asserted_only=True)
    assert [g[0] for g in got] == ["REJECT"]


def _said_must(modal_rows, verb_word, verb_lemma, with_object):
    rows = [("Tanaka", 1, "nsubj", "PROPN", "Tanaka"), ("said", 1, "ROOT", "VERB", "say"),
            ("Japan", 2 + len(modal_rows) + 1, "nsubj", "PROPN", "Japan")]
    verb = 3 + len(modal_rows)
    rows += [(w, verb if dep == "aux" else h, dep, pos, lem) for (w, h, dep, pos, lem) in modal_rows]
    rows.append((verb_word, 1, "ccomp", "VERB", verb_lemma))
    if with_object:
        rows.append(("imports", verb, "dobj", "NOUN", "import"))
    return rows


def test_should_with_a_forecast_verb_is_no_demand(vocab):
    actors = {0: ("tanaka", "person"), 2: ("japan", "country")}
    should = [("should", 0, "aux", "AUX", "should")]
    assert [g[0] for g in events_of(vocab, _said_must(should, "increase", "increase", True), actors)] == ["REQUEST"]
    assert events_of(vocab, _said_must(should, "rise", "rise", False), actors) == []
    assert events_of(vocab, _said_must(should, "post", "post", True), actors) == []


def test_not_yet_is_no_refusal(vocab):
    # Israel has not yet accepted the proposal / Israel did not accept the proposal
    rows = [("Israel", 4, "nsubj", "PROPN", "Israel"), ("has", 4, "aux", "AUX", "have"),
            ("not", 4, "neg", "PART", "not"), ("yet", 4, "advmod", "ADV", "yet"),
            ("accepted", 4, "ROOT", "VERB", "accept"), ("the", 6, "det", "DET", "the"),
            ("proposal", 4, "dobj", "NOUN", "proposal")]
    got = events_of(vocab, rows, {0: ("israel", "country")})
    assert [(g[0], g[4]) for g in got] == [("AGREE", "negated")]
    rows[3] = ("really", 4, "advmod", "ADV", "really")
    assert [(g[0], g[4]) for g in events_of(vocab, rows, {0: ("israel", "country")})] == [("REJECT", "asserted")]


def test_will_have_to_is_a_forecast_but_has_to_a_demand(vocab):
    # Tanaka said Japan will have to cut taxes
    rows = [("Tanaka", 1, "nsubj", "PROPN", "Tanaka"), ("said", 1, "ROOT", "VERB", "say"),
            ("Japan", 4, "nsubj", "PROPN", "Japan"), ("will", 4, "aux", "AUX", "will"),
            ("have", 1, "ccomp", "VERB", "have"), ("to", 6, "aux", "PART", "to"),
            ("cut", 4, "xcomp", "VERB", "cut"), ("taxes", 6, "dobj", "NOUN", "tax")]
    actors = {0: ("tanaka", "person"), 2: ("japan", "country")}
    assert not [g for g in events_of(vocab, rows, actors) if g[0] == "REQUEST"]
    rows[3] = ("really", 4, "advmod", "ADV", "really")
    assert ("REQUEST", "demanded", ["tanaka"], ["japan"], "asserted") in events_of(vocab, rows, actors)


def test_may_have_to_and_has_yet_to_are_no_demands(vocab):
    base = [("Tanaka", 1, "nsubj", "PROPN", "Tanaka"), ("said", 1, "ROOT", "VERB", "say"),
            ("Japan", 4, "nsubj", "PROPN", "Japan"), None,
            ("have", 1, "ccomp", "VERB", "have"), ("to", 6, "aux", "PART", "to"),
            ("cut", 4, "xcomp", "VERB", "cut"), ("taxes", 6, "dobj", "NOUN", "tax")]
    actors = {0: ("tanaka", "person"), 2: ("japan", "country")}
    for word, dep in (("may", "aux"), ("yet", "advmod")):
        rows = list(base)
        rows[3] = (word, 4, dep, "AUX" if dep == "aux" else "ADV", word)
        assert not [g for g in events_of(vocab, rows, actors) if g[0] == "REQUEST"], word


def test_in_phrase_of_an_event_noun_is_a_place_not_an_identity(vocab):
    layer = ActorLayer(token_actor={2: "cairo"})
    doc = Doc(vocab, words=["officials", "in", "Cairo"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
              lemmas=["official", "in", "Cairo"])
    assert np_actors(doc[0], layer) == ["cairo"]
    doc = Doc(vocab, words=["rally", "in", "Cairo"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
              lemmas=["rally", "in", "Cairo"])
    assert np_actors(doc[0], layer, place_ok=False) == []
    assert np_actors(doc[0], layer) == ["cairo"]  # what it concerns ("a halt to the fighting in Yemen")


def test_act_after_talks_is_addressed_to_the_other_party(vocab):
    # The union called off the strike after talks with the government
    rows = [("union", 1, "nsubj", "NOUN", "union"), ("called", 1, "ROOT", "VERB", "call"),
            ("off", 1, "prt", "ADP", "off"), ("strike", 1, "dobj", "NOUN", "strike"),
            ("after", 1, "prep", "ADP", "after"), ("talks", 4, "pobj", "NOUN", "talk"),
            ("with", 5, "prep", "ADP", "with"), ("government", 6, "pobj", "NOUN", "government")]
    got = events_of(vocab, rows, {0: ("nut", "organization"), 7: ("nigeria", "country")})
    assert ("CONCEDE", "called off", ["nut"], ["nigeria"], "asserted") in got


def test_threat_to_act_in_a_place_is_aimed_at_the_place(vocab):
    # Bouteflika threatened to impose a curfew in Algiers
    rows = [("Bouteflika", 1, "nsubj", "PROPN", "Bouteflika"), ("threatened", 1, "ROOT", "VERB", "threaten"),
            ("to", 3, "aux", "PART", "to"), ("impose", 1, "xcomp", "VERB", "impose"),
            ("a", 5, "det", "DET", "a"), ("curfew", 3, "dobj", "NOUN", "curfew"),
            ("in", 5, "prep", "ADP", "in"), ("Algiers", 6, "pobj", "PROPN", "Algiers")]
    got = events_of(vocab, rows, {0: ("bouteflika", "person"), 7: ("algiers", "location")})
    assert ("THREATEN", "threatened", ["bouteflika"], ["algiers"], "asserted") in got


def test_recipient_of_the_place_along_which_troops_are_deployed(vocab):
    # Turkey deployed troops along its border with Syria
    rows = [("Turkey", 1, "nsubj", "PROPN", "Turkey"), ("deployed", 1, "ROOT", "VERB", "deploy"),
            ("troops", 1, "dobj", "NOUN", "troop"), ("along", 1, "prep", "ADP", "along"),
            ("its", 5, "poss", "PRON", "its"), ("border", 3, "pobj", "NOUN", "border"),
            ("with", 5, "prep", "ADP", "with"), ("Syria", 6, "pobj", "PROPN", "Syria")]
    got = events_of(vocab, rows, {0: ("turkey", "country"), 4: ("turkey", "country"), 7: ("syria", "country")})
    assert [(g[0], g[3]) for g in got] == [("MOBILIZE", ["syria"])]


def test_reduced_relative_tagged_as_past_tense_is_still_passive(vocab):
    # (released) workers kidnapped last month: the workers did not kidnap
    rows = [("rebels", 1, "nsubj", "NOUN", "rebel"), ("released", 1, "ROOT", "VERB", "release"),
            ("workers", 1, "dobj", "NOUN", "worker"), ("kidnapped", 2, "acl", "VERB", "kidnap")]
    doc, layer = parse(vocab, rows, {0: ("rebels", "group"), 2: ("red-cross", "organization")})
    doc[3].tag_ = "VBD"
    assert subject_actors(doc[3], layer) == []


def test_participle_misattached_to_an_object_shares_the_verb_subject(vocab):
    # forces smashed brigades, killed or wounded soldiers ("killed" hung off "brigades")
    rows = [("forces", 1, "nsubj", "NOUN", "force"), ("smashed", 1, "ROOT", "VERB", "smash"),
            ("brigades", 1, "dobj", "NOUN", "brigade"), ("killed", 2, "acl", "VERB", "kill"),
            ("or", 3, "cc", "CCONJ", "or"), ("wounded", 3, "conj", "VERB", "wound"),
            ("soldiers", 5, "dobj", "NOUN", "soldier")]
    doc, layer = parse(vocab, rows, {0: ("iran", "country"), 2: ("iraq", "country"), 6: ("iraq", "country")})
    doc[3].tag_ = "VBN"
    assert subject_actors(doc[3], layer) == ["iran"]
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    assert ("ASSAULT", "killed", ["iran"], ["iraq"]) in [(e.type, e.label, e.actors, e.recipients) for e in events]


def test_passive_doer_from_the_attack_it_happened_in(vocab):
    # Policemen were killed in a Taliban ambush
    rows = [("Policemen", 2, "nsubjpass", "NOUN", "policeman"), ("were", 2, "auxpass", "AUX", "be"),
            ("killed", 2, "ROOT", "VERB", "kill"), ("in", 2, "prep", "ADP", "in"),
            ("a", 6, "det", "DET", "a"), ("Taliban", 6, "compound", "PROPN", "Taliban"),
            ("ambush", 3, "pobj", "NOUN", "ambush")]
    got = events_of(vocab, rows, {0: ("afghanistan", "country"), 5: ("taliban", "organization")})
    assert got == [("ASSAULT", "killed", ["taliban"], ["afghanistan"], "asserted")]
    # "killed in Kabul": a place is no doer
    rows[4:] = [("Kabul", 3, "pobj", "PROPN", "Kabul")]
    got = events_of(vocab, rows, {0: ("afghanistan", "country"), 4: ("kabul", "location")})
    assert [(g[0], g[2]) for g in got] == [("ASSAULT", [])]


def test_killed_by_a_bomb_is_an_act_without_a_named_doer(vocab):
    rows = [("Soldiers", 2, "nsubjpass", "NOUN", "soldier"), ("were", 2, "auxpass", "AUX", "be"),
            ("killed", 2, "ROOT", "VERB", "kill"), ("by", 2, "agent", "ADP", "by"),
            ("a", 5, "det", "DET", "a"), ("bomb", 3, "pobj", "NOUN", "bomb")]
    assert events_of(vocab, rows, {0: ("usa", "country")}) == [("ASSAULT", "killed", [], ["usa"], "asserted")]


def test_people_in_a_participle_clause_do_its_act_themselves(vocab):
    # Police dispersed demonstrators protesting (the police do not protest)
    rows = [("Police", 1, "nsubj", "NOUN", "police"), ("dispersed", 1, "ROOT", "VERB", "disperse"),
            ("demonstrators", 1, "dobj", "NOUN", "demonstrator"), ("protesting", 2, "acl", "VERB", "protest")]
    doc, layer = parse(vocab, rows, {0: ("liberia", "country")})
    assert subject_actors(doc[3], layer) == []
    # but a declaration demanding something is its issuer's demand
    rows[1:3] = [("issued", 1, "ROOT", "VERB", "issue"), ("declaration", 1, "dobj", "NOUN", "declaration")]
    doc, layer = parse(vocab, rows, {0: ("liberia", "country")})
    assert subject_actors(doc[3], layer) == ["liberia"]


def test_reported_clause_parsed_as_a_modifier_of_the_speakers_subject(vocab):
    # Youths resorted to throwing stones during demonstrations against Israel , officials said
    # (the parser hung "resorted" off "Youths" and made "Youths" a subject of "said")
    rows = [("Youths", 11, "nsubj", "NOUN", "youth"), ("resorted", 0, "acl", "VERB", "resort"),
            ("to", 1, "prep", "ADP", "to"), ("throwing", 2, "pcomp", "VERB", "throw"),
            ("stones", 3, "dobj", "NOUN", "stone"), ("during", 3, "prep", "ADP", "during"),
            ("demonstrations", 5, "pobj", "NOUN", "demonstration"), ("against", 6, "prep", "ADP", "against"),
            ("Israel", 7, "pobj", "PROPN", "Israel"), (",", 11, "punct", "PUNCT", ","),
            ("officials", 11, "nsubj", "NOUN", "official"), ("said", 11, "ROOT", "VERB", "say")]
    got = events_of(vocab, rows, {0: ("palestinians", "group"), 8: ("israel", "country")})
    assert ("PROTEST", "rioted against", ["palestinians"], ["israel"], "asserted") in got


def _tagged(vocab, rows, actors):
    """Like ``parse`` with fine-grained tags: rows are (word, head, dep, pos, lemma, tag)."""
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, heads=[r[1] for r in rows], deps=[r[2] for r in rows], pos=[r[3] for r in rows],
              lemmas=[r[4] for r in rows], tags=[r[5] for r in rows], sent_starts=[1] + [0] * (len(rows) - 1))
    layer = ActorLayer()
    for i, aid in actors.items():
        layer.token_actor[i] = aid
    return doc, layer


def test_a_pronoun_of_reported_speech_is_the_speaker_but_not_a_third_person_in_quotes(vocab):
    # Clarke said he attacked Smith   /   Clarke said : " He attacked Smith "
    indirect = [("Clarke", 1, "nsubj", "PROPN", "Clarke", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
                ("he", 3, "nsubj", "PRON", "he", "PRP"), ("attacked", 1, "ccomp", "VERB", "attack", "VBD"),
                ("Smith", 3, "dobj", "PROPN", "Smith", "NNP")]
    doc, layer = _tagged(vocab, indirect, {0: "clarke", 4: "smith"})
    assert subject_actors(doc[3], layer) == ["clarke"]
    direct = [*indirect[:2], (":", 1, "punct", "PUNCT", ":", ":"), ('"', 4, "punct", "PUNCT", '"', "``"),
              ("He", 5, "nsubj", "PRON", "he", "PRP"), ("attacked", 1, "ccomp", "VERB", "attack", "VBD"),
              ("Smith", 5, "dobj", "PROPN", "Smith", "NNP"), ('"', 5, "punct", "PUNCT", '"', "''")]
    doc, layer = _tagged(vocab, direct, {0: "clarke", 6: "smith"})
    assert subject_actors(doc[5], layer) == []
    direct[4] = ("We", 5, "nsubj", "PRON", "we", "PRP")  # but "we" in the speaker's own words is the speaker
    doc, layer = _tagged(vocab, direct, {0: "clarke", 6: "smith"})
    assert subject_actors(doc[5], layer) == ["clarke"]


# ---------------------------------------------------------------- co-doers and ellipsis
def test_a_comitative_phrase_names_co_doers(vocab):
    # Along with the GMB, the TGWU and Amicus worked together: each cooperates with the others
    rows = [("Along", 7, "prep", "ADP", "along"), ("with", 0, "prep", "ADP", "with"),
            ("GMB", 1, "pobj", "PROPN", "GMB"), (",", 7, "punct", "PUNCT", ","),
            ("TGWU", 7, "nsubj", "PROPN", "TGWU"), ("and", 4, "cc", "CCONJ", "and"),
            ("Amicus", 4, "conj", "PROPN", "Amicus"), ("worked", 7, "ROOT", "VERB", "work"),
            ("together", 7, "advmod", "ADV", "together")]
    actors = {2: ("gmb", "organization"), 4: ("tgwu", "organization"), 6: ("amicus", "organization")}
    doc, layer = parse(vocab, rows, actors)
    assert subject_actors(doc[7], layer) == ["tgwu", "amicus", "gmb"]
    got = events_of(vocab, rows, actors)
    assert ("COOPERATE", "cooperated with", ["tgwu"], ["amicus", "gmb"], "asserted") in got
    assert ("COOPERATE", "cooperated with", ["amicus"], ["tgwu", "gmb"], "asserted") in got
    assert len(got) == 3


def test_a_comitative_phrase_is_no_co_doer_of_a_passive(vocab):
    # Amicus was criticised along with the GMB: the GMB is criticised too, it criticises no one
    rows = [("Amicus", 2, "nsubjpass", "PROPN", "Amicus"), ("was", 2, "auxpass", "AUX", "be"),
            ("criticised", 2, "ROOT", "VERB", "criticise"), ("along", 2, "prep", "ADP", "along"),
            ("with", 3, "prep", "ADP", "with"), ("GMB", 4, "pobj", "PROPN", "GMB")]
    doc, layer = parse(vocab, rows, {0: ("amicus", "organization"), 5: ("gmb", "organization")})
    assert subject_actors(doc[2], layer) == []


def test_as_did_repeats_the_act_with_new_doers(vocab):
    # Blair praised Brown, as did Howard and Kennedy
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("praised", 1, "ROOT", "VERB", "praise"),
            ("Brown", 1, "dobj", "PROPN", "Brown"), (",", 1, "punct", "PUNCT", ","),
            ("as", 5, "mark", "SCONJ", "as"), ("did", 1, "advcl", "VERB", "do"),
            ("Howard", 5, "nsubj", "PROPN", "Howard"), ("and", 6, "cc", "CCONJ", "and"),
            ("Kennedy", 6, "conj", "PROPN", "Kennedy")]
    actors = {0: ("blair", "person"), 2: ("brown", "person"), 6: ("howard", "person"), 8: ("kennedy", "person")}
    assert events_of(vocab, rows, actors) == [
        ("SUPPORT", "praised", ["blair"], ["brown"], "asserted"),
        ("SUPPORT", "praised", ["howard", "kennedy"], ["brown"], "asserted")]


def test_as_with_an_object_is_no_ellipsis(vocab):
    # Blair praised Brown, as Howard did his job: "did" has its own object
    rows = [("Blair", 1, "nsubj", "PROPN", "Blair"), ("praised", 1, "ROOT", "VERB", "praise"),
            ("Brown", 1, "dobj", "PROPN", "Brown"), (",", 1, "punct", "PUNCT", ","),
            ("as", 6, "mark", "SCONJ", "as"), ("Howard", 6, "nsubj", "PROPN", "Howard"),
            ("did", 1, "advcl", "VERB", "do"), ("his", 8, "poss", "PRON", "his"),
            ("job", 6, "dobj", "NOUN", "job")]
    actors = {0: ("blair", "person"), 2: ("brown", "person"), 5: ("howard", "person")}
    assert events_of(vocab, rows, actors) == [("SUPPORT", "praised", ["blair"], ["brown"], "asserted")]


# ---------------------------------------------------------------- partitives, places, event nouns
def test_a_quantity_head_stands_for_the_group_it_counts_never_for_the_place(vocab):
    # dozens of students in Cairo
    layer = ActorLayer(token_actor={2: "students", 4: "cairo"})
    doc = Doc(vocab, words=["dozens", "of", "students", "in", "Cairo"], heads=[0, 0, 1, 0, 3],
              deps=["ROOT", "prep", "pobj", "prep", "pobj"], tags=["NNS", "IN", "NNS", "IN", "NNP"])
    assert np_actors(doc[0], layer) == ["students"]
    assert np_actors(doc[0], ActorLayer(token_actor={4: "cairo"})) == []  # no group: not Cairo either
    doc = Doc(vocab, words=["leaders", "of", "students", "in", "Cairo"], heads=[0, 0, 1, 0, 3],
              deps=["ROOT", "prep", "pobj", "prep", "pobj"], tags=["NNS", "IN", "NNS", "IN", "NNP"])
    assert np_actors(doc[0], ActorLayer(token_actor={4: "cairo"})) == ["cairo"]  # "officials in Cairo"


def test_partitive_object_is_the_recipient_and_the_place_only_the_location(vocab):
    # Police arrested dozens of students in Cairo
    rows = [("Police", 1, "nsubj", "NOUN", "police"), ("arrested", 1, "ROOT", "VERB", "arrest"),
            ("dozens", 1, "dobj", "NOUN", "dozen"), ("of", 2, "prep", "ADP", "of"),
            ("students", 3, "pobj", "NOUN", "student"), ("in", 1, "prep", "ADP", "in"),
            ("Cairo", 5, "pobj", "PROPN", "Cairo")]
    got = events_of(vocab, rows, {0: ("police", "organization"), 4: ("students", "group"), 6: ("cairo", "location")})
    assert got == [("COERCE", "arrested", ["police"], ["students"], "asserted")]


def test_a_place_is_no_recipient_of_an_act_done_to_people(vocab):
    # Soldiers killed civilians in Homs / Soldiers blocked roads in Homs
    def rows(verb, lemma, obj, obj_lemma):
        return [("Soldiers", 1, "nsubj", "NOUN", "soldier"), (verb, 1, "ROOT", "VERB", lemma),
                (obj, 1, "dobj", "NOUN", obj_lemma), ("in", 1, "prep", "ADP", "in"),
                ("Homs", 3, "pobj", "PROPN", "Homs")]
    actors = {0: ("soldiers", "group"), 4: ("homs", "location")}
    assert events_of(vocab, rows("killed", "kill", "civilians", "civilian"), actors) == [
        ("ASSAULT", "killed", ["soldiers"], [], "asserted")]
    assert events_of(vocab, rows("shelled", "shell", "houses", "house"), actors) == [
        ("ASSAULT", "shelled", ["soldiers"], ["homs"], "asserted")]


def test_the_of_phrase_of_an_announced_act_is_its_patient(vocab):
    # Police announced the arrest of journalists / the withdrawal of troops (they withdraw)
    def rows(noun):
        return [("Police", 1, "nsubj", "NOUN", "police"), ("announced", 1, "ROOT", "VERB", "announce"),
                ("the", 3, "det", "DET", "the"), (noun, 1, "dobj", "NOUN", noun),
                ("of", 3, "prep", "ADP", "of"), ("journalists", 4, "pobj", "NOUN", "journalist")]
    actors = {0: ("police", "organization"), 5: ("journalists", "group")}
    got = events_of(vocab, rows("arrest"), actors)
    assert ("COERCE", "arrested", ["police"], ["journalists"], "asserted") in got
    assert not [g for g in events_of(vocab, rows("withdrawal"), actors) if "journalists" in g[3]]


def test_a_meeting_held_without_a_doer_is_of_its_members_each_with_the_others(vocab):
    # A meeting of Egypt, Israel and Jordan was held
    rows = [("A", 1, "det", "DET", "a"), ("meeting", 9, "nsubjpass", "NOUN", "meeting"),
            ("of", 1, "prep", "ADP", "of"), ("Egypt", 2, "pobj", "PROPN", "Egypt"),
            (",", 3, "punct", "PUNCT", ","), ("Israel", 3, "conj", "PROPN", "Israel"),
            ("and", 5, "cc", "CCONJ", "and"), ("Jordan", 5, "conj", "PROPN", "Jordan"),
            ("was", 9, "auxpass", "AUX", "be"), ("held", 9, "ROOT", "VERB", "hold")]
    actors = {3: ("egypt", "country"), 5: ("israel", "country"), 7: ("jordan", "country")}
    got = {(g[0], tuple(g[2]), tuple(g[3])) for g in events_of(vocab, rows, actors)}
    assert got == {("CONSULT", ("egypt",), ("israel", "jordan")), ("CONSULT", ("israel",), ("egypt", "jordan")),
                   ("CONSULT", ("jordan",), ("egypt", "israel"))}


def test_doers_who_act_on_each_other_are_each_others_recipients_never_the_place(vocab):
    # Israel and Hamas attacked each other in Gaza
    rows = [("Israel", 3, "nsubj", "PROPN", "Israel"), ("and", 0, "cc", "CCONJ", "and"),
            ("Hamas", 0, "conj", "PROPN", "Hamas"), ("attacked", 3, "ROOT", "VERB", "attack"),
            ("each", 5, "det", "DET", "each"), ("other", 3, "dobj", "ADJ", "other"),
            ("in", 3, "prep", "ADP", "in"), ("Gaza", 6, "pobj", "PROPN", "Gaza")]
    actors = {0: ("israel", "country"), 2: ("hamas", "organization"), 7: ("gaza", "location")}
    assert events_of(vocab, rows, actors) == [("ASSAULT", "attacked", ["israel"], ["hamas"], "asserted"),
                                              ("ASSAULT", "attacked", ["hamas"], ["israel"], "asserted")]  # both ways
    # one group acting on itself: no recipient, and the place is only where it happened
    actors = {0: ("workers", "group"), 7: ("gaza", "location")}
    rows[1:3] = [(",", 0, "punct", "PUNCT", ","), (",", 0, "punct", "PUNCT", ",")]
    assert events_of(vocab, rows, actors) == [("ASSAULT", "attacked", ["workers"], [], "asserted")]


def _raised(word, lemma):
    """"The rebels are <word> to have attacked the town"."""
    return [("The", 1, "det", "DET", "the"), ("rebels", 3, "nsubjpass", "NOUN", "rebel"),
            ("are", 3, "auxpass", "AUX", "be"), (word, 3, "ROOT", "VERB", lemma),
            ("to", 6, "aux", "PART", "to"), ("have", 6, "aux", "AUX", "have"),
            ("attacked", 3, "xcomp", "VERB", "attack"), ("the", 8, "det", "DET", "the"),
            ("town", 6, "dobj", "NOUN", "town")]


def test_the_subject_of_a_passive_does_what_its_infinitive_says(vocab):
    doc, layer = parse(vocab, _raised("reported", "report"), {1: ("rebels", "group")})
    assert subject_actors(doc[6], layer) == ["rebels"]


def test_what_something_is_used_to_do_is_not_done_by_it(vocab):
    doc, layer = parse(vocab, _raised("used", "use"), {1: ("rebels", "group")})
    assert subject_actors(doc[6], layer) == []


def test_a_named_object_of_a_call_does_what_is_called_for_never_the_caller(vocab):
    # The council called on both sides to end the fighting: "both sides" is no actor
    rows = [("Council", 1, "nsubj", "PROPN", "Council"), ("called", 1, "ROOT", "VERB", "call"),
            ("on", 1, "prep", "ADP", "on"), ("both", 4, "det", "DET", "both"), ("sides", 2, "pobj", "NOUN", "side"),
            ("to", 6, "aux", "PART", "to"), ("end", 1, "xcomp", "VERB", "end"),
            ("the", 8, "det", "DET", "the"), ("fighting", 6, "dobj", "NOUN", "fighting")]
    doc, layer = parse(vocab, rows, {0: ("council", "organization")})
    assert subject_actors(doc[6], layer) == []
    assert [t for t, *_ in events_of(vocab, rows, {0: ("council", "organization")})] == ["REQUEST"]


def _responsibility(verb, lemma):
    """"Hamas <verb> responsibility for the attack"."""
    return [("Hamas", 1, "nsubj", "PROPN", "Hamas"), (verb, 1, "ROOT", "VERB", lemma),
            ("responsibility", 1, "dobj", "NOUN", "responsibility"), ("for", 2, "prep", "ADP", "for"),
            ("the", 5, "det", "DET", "the"), ("attack", 3, "pobj", "NOUN", "attack")]


def test_who_claims_responsibility_for_an_act_did_it(vocab):
    got = events_of(vocab, _responsibility("claimed", "claim"), {0: ("hamas", "organization")})
    assert [(t, a) for t, _, a, _, _ in got] == [("ASSAULT", ["hamas"])]


def test_who_denies_responsibility_is_named_no_doer(vocab):
    assert events_of(vocab, _responsibility("denied", "deny"), {0: ("hamas", "organization")}) == []


def test_the_subject_of_a_passive_does_what_it_is_accused_of(vocab):
    # Hamas was accused by Israel of firing rockets
    rows = [("Hamas", 2, "nsubjpass", "PROPN", "Hamas"), ("was", 2, "auxpass", "AUX", "be"),
            ("accused", 2, "ROOT", "VERB", "accuse"), ("by", 2, "agent", "ADP", "by"),
            ("Israel", 3, "pobj", "PROPN", "Israel"), ("of", 2, "prep", "ADP", "of"),
            ("firing", 5, "pcomp", "VERB", "fire"), ("rockets", 6, "dobj", "NOUN", "rocket")]
    doc, layer = parse(vocab, rows, {0: ("hamas", "organization"), 4: ("israel", "country")})
    assert subject_actors(doc[6], layer) == ["hamas"]


def test_where_a_meeting_is_held_is_no_party_to_it(vocab):
    # Kerry met Abbas at the White House
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("met", 1, "ROOT", "VERB", "meet"),
            ("Abbas", 1, "dobj", "PROPN", "Abbas"), ("at", 1, "prep", "ADP", "at"),
            ("House", 3, "pobj", "PROPN", "House")]
    actors = {0: ("kerry", "person"), 2: ("abbas", "person"), 4: ("white house", "organization")}
    assert [(t, r) for t, _, _, r, _ in events_of(vocab, rows, actors)] == [("CONSULT", ["abbas"])]


def test_judging_an_act_is_aimed_at_its_doer_not_at_those_it_was_done_to(vocab):
    # Egypt condemned the attacks on Christians  /  Egypt condemned Israel 's attack on Gaza
    rows = [("Egypt", 1, "nsubj", "PROPN", "Egypt"), ("condemned", 1, "ROOT", "VERB", "condemn"),
            ("the", 3, "det", "DET", "the"), ("attacks", 1, "dobj", "NOUN", "attack"),
            ("on", 3, "prep", "ADP", "on"), ("Christians", 4, "pobj", "PROPN", "Christians")]
    got = events_of(vocab, rows, {0: ("egypt", "country"), 5: ("christians", "group")})
    assert got == [("ACCUSE", "condemned", ["egypt"], [], "asserted")]
    rows = [("Egypt", 1, "nsubj", "PROPN", "Egypt"), ("condemned", 1, "ROOT", "VERB", "condemn"),
            ("Israel", 4, "poss", "PROPN", "Israel"), ("'s", 2, "case", "PART", "'s"),
            ("attack", 1, "dobj", "NOUN", "attack"), ("on", 4, "prep", "ADP", "on"),
            ("Gaza", 5, "pobj", "PROPN", "Gaza")]
    got = events_of(vocab, rows, {0: ("egypt", "country"), 2: ("israel", "country"), 6: ("gaza", "location")})
    # the judged attack, which names its doer, is an event of its own (graphkit.ingest.events.nominal)
    assert got == [("ACCUSE", "condemned", ["egypt"], ["israel"], "asserted"),
                   ("ASSAULT", "attacked", ["israel"], ["gaza"], "asserted")]


def test_a_building_is_only_where_it_stands_but_people_are_of_their_place(vocab):
    # a market in Baghdad  /  officials in Baghdad
    for noun, lemma, want in (("market", "market", []), ("officials", "official", ["iraq"])):
        rows = [("a", 1, "det", "DET", "a"), (noun, 1, "ROOT", "NOUN", lemma), ("in", 1, "prep", "ADP", "in"),
                ("Baghdad", 2, "pobj", "PROPN", "Baghdad")]
        doc, layer = parse(vocab, rows, {3: ("iraq", "location")})
        assert np_actors(doc[1], layer) == want, noun


def test_the_noun_a_misparsed_reduced_relative_modifies_is_the_subject(vocab):
    # The Red Cross operating in Iraq said ...: the parser makes "operating" the subject of "said"
    rows = [("Cross", 1, "nsubj", "PROPN", "Cross"), ("operating", 4, "nsubj", "VERB", "operate"),
            ("in", 1, "prep", "ADP", "in"), ("Iraq", 2, "pobj", "PROPN", "Iraq"), ("said", 4, "ROOT", "VERB", "say")]
    doc, layer = parse(vocab, rows, {0: ("red-cross", "organization"), 3: ("iraq", "country")})
    doc[1].tag_ = "VBG"
    assert subject_actors(doc[4], layer) == ["red-cross"]


def test_force_comes_from_a_place_and_hits_what_it_is_aimed_at(vocab):
    # militants shelled Israel from Gaza  /  goods from Gaza : the thing comes from the place
    rows = [("militants", 1, "nsubj", "NOUN", "militant"), ("shelled", 1, "ROOT", "VERB", "shell"),
            ("Israel", 1, "dobj", "PROPN", "Israel"), ("from", 1, "prep", "ADP", "from"),
            ("Gaza", 3, "pobj", "PROPN", "Gaza")]
    got = events_of(vocab, rows, {0: ("militants", "group"), 2: ("israel", "country"), 4: ("gaza", "location")})
    assert got == [("ASSAULT", "shelled", ["militants"], ["israel"], "asserted")]
    rows = [("goods", 0, "ROOT", "NOUN", "goods"), ("from", 0, "prep", "ADP", "from"),
            ("Gaza", 1, "pobj", "PROPN", "Gaza")]
    doc, layer = parse(vocab, rows, {2: ("gaza", "location")})
    assert np_actors(doc[0], layer) == []


def test_a_light_verbs_noun_that_names_its_doer_is_that_doers_act(vocab):
    # King Baudouin accepted the resignation of Martens  /  Kerry announced his resignation
    rows = [("Baudouin", 1, "nsubj", "PROPN", "Baudouin"), ("accepted", 1, "ROOT", "VERB", "accept"),
            ("the", 3, "det", "DET", "the"), ("resignation", 1, "dobj", "NOUN", "resignation"),
            ("of", 3, "prep", "ADP", "of"), ("Martens", 4, "pobj", "PROPN", "Martens")]
    got = events_of(vocab, rows, {0: ("baudouin", "person"), 5: ("martens", "person")})
    assert [(e[0], e[2]) for e in got] == [("RETREAT", ["martens"])]
    rows = [("Kerry", 1, "nsubj", "PROPN", "Kerry"), ("announced", 1, "ROOT", "VERB", "announce"),
            ("his", 3, "poss", "PRON", "his"), ("resignation", 1, "dobj", "NOUN", "resignation")]
    got = events_of(vocab, rows, {0: ("kerry", "person")})
    assert [(e[0], e[2]) for e in got] == [("RETREAT", ["kerry"])]


def test_the_of_phrase_of_a_departure_names_its_doer_only_by_name(vocab):
    # The United States speeded up the withdrawal of forces from Panama: the forces are no name
    rows = [("States", 1, "nsubj", "PROPN", "States"), ("speeded", 1, "ROOT", "VERB", "speed"),
            ("up", 1, "prt", "ADP", "up"), ("the", 4, "det", "DET", "the"),
            ("withdrawal", 1, "dobj", "NOUN", "withdrawal"), ("of", 4, "prep", "ADP", "of"),
            ("forces", 5, "pobj", "NOUN", "force"), ("from", 6, "prep", "ADP", "from"),
            ("Panama", 7, "pobj", "PROPN", "Panama")]
    got = events_of(vocab, rows, {0: ("usa", "country"), 6: ("panama", "country"), 8: ("panama", "country")})
    assert [(e[0], e[2]) for e in got] == [("RETREAT", ["usa"])]


def test_an_indefinite_apposition_describes_the_doer_and_is_no_second_doer(vocab):
    # Jenkins , a Democrat , met Yeutter .  /  Jenkins , the Democrat , met Yeutter .
    def rows(det):
        return [("Jenkins", 5, "nsubj", "PROPN", "Jenkins"), (",", 0, "punct", "PUNCT", ","),
                (det, 3, "det", "DET", det.lower()), ("Democrat", 0, "appos", "PROPN", "Democrat"),
                (",", 0, "punct", "PUNCT", ","), ("met", 5, "ROOT", "VERB", "meet"),
                ("Yeutter", 5, "dobj", "PROPN", "Yeutter"), (".", 5, "punct", "PUNCT", ".")]
    people = {0: ("jenkins", "person"), 3: ("democrats", "organization"), 6: ("yeutter", "person")}
    got = [e[:4] for e in events_of(vocab, rows("a"), people) if e[0] == "CONSULT"]
    assert [e[2] for e in got] == [["jenkins"]]
    got = [e[:4] for e in events_of(vocab, rows("the"), people) if e[0] == "CONSULT"]
    assert [sorted(e[2]) for e in got] == [["democrats", "jenkins"]]


def test_a_titles_country_in_apposition_is_the_doers_own_and_no_second_doer(vocab):
    # Howard , the British minister , criticised Japan  /  his counterpart , Putin , criticised Japan
    rows = [("Howard", 5, "nsubj", "PROPN", "Howard"), (",", 0, "punct", "PUNCT", ","),
            ("the", 3, "det", "DET", "the"), ("minister", 0, "appos", "NOUN", "minister"),
            (",", 0, "punct", "PUNCT", ","), ("criticised", 5, "ROOT", "VERB", "criticise"),
            ("Japan", 5, "dobj", "PROPN", "Japan")]
    doc, layer = parse(vocab, rows, {0: ("howard", "person"), 3: ("gbr", "country"), 6: ("jpn", "country")})
    assert subject_actors(doc[5], layer) == ["howard"]
    named = [(w, h, d, "PROPN" if w == "minister" else p, lem) for w, h, d, p, lem in rows]
    doc, layer = parse(vocab, named, {0: ("howard", "person"), 3: ("putin", "person"), 6: ("jpn", "country")})
    assert subject_actors(doc[5], layer) == ["putin", "howard"]


def _among(copula_lemma):
    # Britain was among the countries that criticised Israel
    return [("Britain", 1, "nsubj", "PROPN", "Britain"), ("was", 1, "ROOT", "AUX", copula_lemma),
            ("among", 1, "prep", "ADP", "among"), ("the", 4, "det", "DET", "the"),
            ("countries", 2, "pobj", "NOUN", "country"), ("that", 6, "nsubj", "PRON", "that"),
            ("criticised", 4, "relcl", "VERB", "criticise"), ("Israel", 6, "dobj", "PROPN", "Israel")]


def _among_events(vocab, copula_lemma):
    doc, layer = parse(vocab, _among(copula_lemma), {0: ("gbr", "country"), 7: ("isr", "country")})
    doc[5].tag_ = "WDT"
    events, _ = find_events(doc, Article(id="a", text=doc.text), layer, [])
    return [(e.type, e.actors, e.recipients) for e in events]


def test_a_member_of_a_set_does_what_the_sets_relative_clause_says(vocab):
    assert _among_events(vocab, "be") == [("ACCUSE", ["gbr"], ["isr"])]


def test_the_subject_of_another_verb_is_no_member_of_the_set(vocab):
    # "Britain remained among the countries that ...": no copula of membership
    assert all(a != ["gbr"] for _, a, _ in _among_events(vocab, "remain"))


def _spokesman(prep):
    # a spokesman <prep> the government of Israel
    return [("a", 1, "det", "DET", "a"), ("spokesman", 1, "ROOT", "NOUN", "spokesman"),
            (prep, 1, "prep", "ADP", prep), ("the", 4, "det", "DET", "the"),
            ("government", 2, "pobj", "NOUN", "government"), ("of", 4, "prep", "ADP", "of"),
            ("Israel", 5, "pobj", "PROPN", "Israel")]


def test_who_speaks_for_a_party_stands_for_it(vocab):
    doc, layer = parse(vocab, _spokesman("for"), {6: ("isr", "country")})
    assert np_actors(doc[1], layer) == ["isr"]


def test_a_for_phrase_of_another_noun_names_no_party(vocab):
    rows = _spokesman("for")
    rows[1] = ("plan", 1, "ROOT", "NOUN", "plan")  # "a plan for the government of Israel": not Israel's
    doc, layer = parse(vocab, rows, {6: ("isr", "country")})
    assert np_actors(doc[1], layer) == []


def test_clause_on_the_object_of_a_distancing_verb_is_not_the_subjects_act(vocab):
    # Japan issued / received a letter praising Colombia
    def rows(verb, lemma):
        return [("Japan", 1, "nsubj", "PROPN", "Japan"), (verb, 1, "ROOT", "VERB", lemma),
                ("a", 3, "det", "DET", "a"), ("letter", 1, "dobj", "NOUN", "letter"),
                ("praising", 3, "acl", "VERB", "praise"), ("Colombia", 4, "dobj", "PROPN", "Colombia")]
    actors = {0: ("japan", "country"), 5: ("colombia", "country")}
    doc, layer = parse(vocab, rows("issued", "issue"), actors)
    assert subject_actors(doc[4], layer) == ["japan"]
    doc, layer = parse(vocab, rows("received", "receive"), actors)
    assert subject_actors(doc[4], layer) == []


def _kept_from(verb, lemma, obj="Iraq"):
    # USA <verb> <obj> from attacking Kuwait
    return [("USA", 1, "nsubj", "PROPN", "USA"), (verb, 1, "ROOT", "VERB", lemma), (obj, 1, "dobj", "PROPN", obj),
            ("from", 1, "prep", "ADP", "from"), ("attacking", 3, "pcomp", "VERB", "attack"),
            ("Kuwait", 4, "dobj", "PROPN", "Kuwait")]


def test_one_kept_from_an_act_is_its_doer(vocab):
    actors = {0: ("usa", "country"), 2: ("iraq", "country"), 5: ("kuwait", "country")}
    doc, layer = parse(vocab, _kept_from("prevented", "prevent"), actors)
    assert subject_actors(doc[4], layer) == ["iraq"]
    doc, layer = parse(vocab, _kept_from("stopped", "stop"), actors)
    assert subject_actors(doc[4], layer) == ["iraq"]


def test_a_gerund_after_from_without_an_object_is_the_subjects(vocab):
    # "Japan refrained from attacking Kuwait": Japan would attack
    rows = [("Japan", 1, "nsubj", "PROPN", "Japan"), ("refrained", 1, "ROOT", "VERB", "refrain"),
            ("from", 1, "prep", "ADP", "from"), ("attacking", 2, "pcomp", "VERB", "attack"),
            ("Kuwait", 3, "dobj", "PROPN", "Kuwait")]
    doc, layer = parse(vocab, rows, {0: ("japan", "country"), 4: ("kuwait", "country")})
    assert subject_actors(doc[3], layer) == ["japan"]


def test_a_participle_in_apposition_is_done_by_its_noun(vocab):
    # "The United States and Japan, meeting in Tokyo, agreed": both meet
    rows = [("Washington", 4, "nsubj", "PROPN", "Washington"), ("and", 0, "cc", "CCONJ", "and"),
            ("Tokyo", 0, "conj", "PROPN", "Tokyo"), ("meeting", 0, "appos", "VERB", "meet"),
            ("agreed", 4, "ROOT", "VERB", "agree")]
    doc, layer = parse(vocab, rows, {0: ("usa", "country"), 2: ("japan", "country")})
    doc[3].tag_ = "VBG"
    assert subject_actors(doc[3], layer) == ["usa", "japan"]


def test_one_joined_in_an_act_does_it_too(vocab):
    # "Britain joined France in criticising Iran"
    rows = [("Britain", 1, "nsubj", "PROPN", "Britain"), ("joined", 1, "ROOT", "VERB", "join"),
            ("France", 1, "dobj", "PROPN", "France"), ("in", 1, "prep", "ADP", "in"),
            ("criticising", 3, "pcomp", "VERB", "criticise"), ("Iran", 4, "dobj", "PROPN", "Iran")]
    doc, layer = parse(vocab, rows, {0: ("gbr", "country"), 2: ("fra", "country"), 5: ("irn", "country")})
    assert sorted(subject_actors(doc[4], layer)) == ["fra", "gbr"]


def test_a_comitative_phrase_on_the_subject_names_a_co_doer(vocab):
    # "Britain, along with France, criticised Iran"
    rows = [("Britain", 4, "nsubj", "PROPN", "Britain"), ("along", 0, "prep", "ADP", "along"),
            ("with", 1, "prep", "ADP", "with"), ("France", 2, "pobj", "PROPN", "France"),
            ("criticised", 4, "ROOT", "VERB", "criticise"), ("Iran", 4, "dobj", "PROPN", "Iran")]
    doc, layer = parse(vocab, rows, {0: ("gbr", "country"), 3: ("fra", "country"), 5: ("irn", "country")})
    assert subject_actors(doc[4], layer) == ["gbr", "fra"]


def test_the_one_sent_does_the_purpose_of_a_verb_of_sending(vocab):
    # Oniya sent the ambassador to complain: the ambassador complains, not to himself
    rows = [("Oniya", 1, "nsubj", "PROPN", "Oniya"), ("sent", 1, "ROOT", "VERB", "send"),
            ("the", 3, "det", "DET", "the"), ("ambassador", 1, "dobj", "NOUN", "ambassador"),
            ("to", 5, "aux", "PART", "to"), ("complain", 1, "advcl", "VERB", "complain")]
    got = events_of(vocab, rows, {0: ("oniya", "person"), 3: ("mohamane", "person")})
    assert [g for g in got if g[0] == "ACCUSE"] == [("ACCUSE", "complained about", ["mohamane"], [], "asserted")]


def test_the_object_of_a_particle_read_as_a_preposition_is_the_verbs(vocab):
    # Iraqi troops fought off the Iranians: WordNet's "fight off"
    rows = [("troops", 1, "nsubj", "NOUN", "troop"), ("fought", 1, "ROOT", "VERB", "fight"),
            ("off", 1, "prep", "ADP", "off"), ("Iranians", 2, "pobj", "PROPN", "Iranians")]
    doc, layer = parse(vocab, rows, {0: ("iraq", "country"), 3: ("iran", "country")})
    assert object_actors(doc[1], layer) == ["iran"]
    # Israel attacked off Lebanon: "attack off" is no verb of WordNet, "off" is a preposition of place
    rows = [("Israel", 1, "nsubj", "PROPN", "Israel"), ("attacked", 1, "ROOT", "VERB", "attack"),
            ("off", 1, "prep", "ADP", "off"), ("Lebanon", 2, "pobj", "PROPN", "Lebanon")]
    doc, layer = parse(vocab, rows, {0: ("israel", "country"), 3: ("lebanon", "country")})
    assert object_actors(doc[1], layer) == []


def _said_he_and(quoted=False):
    # Reagan said [ " ] he and Nakasone discussed trade
    rows = [("Reagan", 1, "nsubj", "PROPN", "Reagan", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD")]
    rows += [('"', 1, "punct", "PUNCT", '"', "``")] if quoted else []
    k = len(rows)
    rows += [("he", k + 3, "nsubj", "PRON", "he", "PRP"), ("and", k, "cc", "CCONJ", "and", "CC"),
             ("Nakasone", k, "conj", "PROPN", "Nakasone", "NNP"), ("discussed", 1, "ccomp", "VERB", "discuss", "VBD"),
             ("trade", k + 3, "dobj", "NOUN", "trade", "NN")]
    return rows


def test_an_unresolved_pronoun_joined_to_a_name_in_reported_speech_is_the_speaker(vocab):
    from tests.ingest.events.test_speech import parse as tagged

    doc, layer = tagged(vocab, _said_he_and(), {0: "reagan", 4: "nakasone"})
    assert subject_actors(doc[5], layer) == ["reagan", "nakasone"]


def test_a_third_person_pronoun_inside_quotation_marks_is_not_the_speaker(vocab):
    from tests.ingest.events.test_speech import parse as tagged

    doc, layer = tagged(vocab, _said_he_and(quoted=True), {0: "reagan", 5: "nakasone"})
    assert subject_actors(doc[6], layer) == ["nakasone"]


def _said_it(vocab, speaker_kind):
    # Steeg said it would violate GATT
    from tests.ingest.events.test_speech import parse as tagged

    rows = [("Steeg", 1, "nsubj", "PROPN", "Steeg", "NNP"), ("said", 1, "ROOT", "VERB", "say", "VBD"),
            ("it", 4, "nsubj", "PRON", "it", "PRP"), ("would", 4, "aux", "AUX", "would", "MD"),
            ("violate", 1, "ccomp", "VERB", "violate", "VB"), ("GATT", 4, "dobj", "PROPN", "GATT", "NNP")]
    doc, layer = tagged(vocab, rows, {0: "steeg", 5: "gatt"})
    layer.actors["steeg"] = layer.actors["steeg"].model_copy(update={"kind": speaker_kind})
    return doc, layer


def test_it_in_reported_speech_is_never_a_person_speaker(vocab):
    doc, layer = _said_it(vocab, "person")
    assert subject_actors(doc[4], layer) == []


def test_it_in_reported_speech_is_a_body_speaker(vocab):
    doc, layer = _said_it(vocab, "organization")
    assert subject_actors(doc[4], layer) == ["steeg"]


def test_the_agent_of_a_reduced_passive_is_no_patient_of_it(vocab):
    # a meeting organised by ECA: the meeting is organised, never ECA
    from tests.ingest.events.test_speech import parse as tagged

    rows = [("a", 1, "det", "DET", "a", "DT"), ("meeting", 1, "ROOT", "NOUN", "meeting", "NN"),
            ("organised", 1, "acl", "VERB", "organise", "VBN"), ("by", 2, "agent", "ADP", "by", "IN"),
            ("ECA", 3, "pobj", "PROPN", "ECA", "NNP")]
    doc, layer = tagged(vocab, rows, {4: "eca"})
    assert object_actors(doc[2], layer) == []
    assert subject_actors(doc[2], layer) == ["eca"]
