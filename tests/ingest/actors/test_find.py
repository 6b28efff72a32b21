"""The actor stage on hand-built Docs: each rule exactly, no statistical model."""
from spacy.tokens import Doc

from graphkit.ingest.actors.find import find_actors
from graphkit.models import Article


def make_doc(vocab, words=None, ents=None, rows=None, **attrs):
    """A Doc from words (+ents, pos, tags) or from rows ``(word, head, dep, pos, tag, ent)``.

    Without a parse the whole text is one sentence for the actor stage.
    """
    if rows is not None:
        return Doc(vocab, words=[r[0] for r in rows], heads=[r[1] for r in rows], deps=[r[2] for r in rows],
                   pos=[r[3] for r in rows], tags=[r[4] for r in rows],
                   ents=[r[5] for r in rows])
    return Doc(vocab, words=words, ents=ents or ["O"] * len(words), **attrs)


def run(doc, title=None):
    layer = find_actors(doc, Article(id="a", text=doc.text, title=title))
    return layer, {a.name: a for a in layer.actors.values()}


# ---------------------------------------------------------------- titles and affiliations
def test_demonym_title_gives_country_affiliation_and_is_no_actor(vocab):
    doc = make_doc(vocab, ["Israeli", "Prime", "Minister", "Benjamin", "Netanyahu", "spoke", "."],
                   ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    layer, by = run(doc)
    assert set(by) == {"Benjamin Netanyahu", "Israel"}
    bibi = by["Benjamin Netanyahu"]
    assert bibi.kind == "person" and bibi.titles == ["Prime Minister"]
    assert bibi.affiliations == [by["Israel"].id]
    assert by["Israel"].code == "ISR" and by["Israel"].kind == "country"
    assert by["Israel"].mentions[0].text == "Israeli"
    assert layer.at(2) == layer.at(4) == bibi.id  # title words map to the person


def test_title_phrase_with_country_and_organisation(vocab):
    words = ["U.S.", "Secretary", "of", "State", "John", "Kerry", "met", "Hamas", "chief", "Khaled", "Meshaal", "."]
    ents = ["B-GPE", "O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"United States", "John Kerry", "Hamas", "Khaled Meshaal"}  # "State" is a title word
    assert by["John Kerry"].titles == ["Secretary of State"]
    assert by["John Kerry"].affiliations == [by["United States"].id]
    assert by["Khaled Meshaal"].titles == ["chief"] and by["Khaled Meshaal"].affiliations == [by["Hamas"].id]
    assert layer.at(0) == by["United States"].id  # the affiliation maps to its own actor


def test_possessive_affiliation_across_modifiers(vocab):
    words = ["Turkey", "'s", "Islamist", "-", "oriented", "Prime", "Minister", "Recep", "Tayyip", "Erdogan", "spoke"]
    ents = ["B-GPE", "O", "B-NORP", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"]
    pos = ["PROPN", "PART", "ADJ", "PUNCT", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    _, by = run(make_doc(vocab, words, ents, pos=pos))
    assert by["Recep Tayyip Erdogan"].affiliations == [by["Turkey"].id]
    assert "Islamist" not in by


def test_affiliation_after_the_name_and_in_an_apposition(vocab):
    words = ["Foreign", "Minister", "Boerge", "Brende", "of", "Norway", ",", "the", "chair", "of", "the", "Ad",
             "Hoc", "Liaison", "Committee", ",", "spoke", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG",
            "I-ORG", "O", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    brende = by["Boerge Brende"]
    assert brende.titles == ["Foreign Minister", "chair"]
    assert brende.affiliations == [by["Norway"].id, by["Ad Hoc Liaison Committee"].id]


def test_spokeswoman_of_a_person_gets_the_principal_and_its_country(vocab):
    words = ["U.S.", "Secretary", "of", "State", "John", "Kerry", "left", ".", "Kerry", "'s", "spokeswoman", ",",
             "Jen", "Psaki", ",", "said", "."]
    ents = ["B-GPE", "O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O",
            "B-PERSON", "I-PERSON", "O", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Jen Psaki"].titles == ["spokeswoman"]
    assert by["Jen Psaki"].affiliations == [by["John Kerry"].id, by["United States"].id]
    assert (by["Jen Psaki"].sector, by["Jen Psaki"].code) == ("GOV", "USAGOV")  # her principal's country
    assert (by["John Kerry"].sector, by["John Kerry"].code) == ("GOV", "USAGOV")


def test_office_holder_takes_the_country_that_is_subject_of_the_sentence(vocab):
    rows = [("Norway", 2, "nsubj", "PROPN", "NNP", "B-GPE"), ("is", 2, "aux", "AUX", "VBZ", "O"),
            ("working", 12, "ccomp", "VERB", "VBG", "O"), ("on", 2, "prep", "ADP", "IN", "O"),
            ("a", 5, "det", "DET", "DT", "O"), ("plan", 3, "pobj", "NOUN", "NN", "O"),
            (",", 12, "punct", "PUNCT", ",", "O"), ("foreign", 8, "compound", "ADJ", "JJ", "B-ORG"),
            ("ministry", 9, "compound", "PROPN", "NNP", "I-ORG"), ("spokesman", 11, "compound", "NOUN", "NN", "O"),
            ("Frode", 11, "compound", "PROPN", "NNP", "B-PERSON"), ("Andersen", 12, "nsubj", "PROPN", "NNP",
                                                                    "I-PERSON"),
            ("said", 12, "ROOT", "VERB", "VBD", "O"), (".", 12, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert set(by) == {"Norway", "Frode Andersen"}  # "foreign ministry" is part of a title
    assert by["Frode Andersen"].titles == ["foreign ministry spokesman"]
    assert by["Frode Andersen"].affiliations == [by["Norway"].id]


def test_country_in_a_modifier_is_not_an_office_holders_affiliation(vocab):
    rows = [("President", 1, "compound", "PROPN", "NNP", "O"), ("Halvorsen", 2, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("ignored", 2, "ROOT", "VERB", "VBD", "O"), ("the", 5, "det", "DET", "DT", "O"),
            ("Iran", 5, "compound", "PROPN", "NNP", "B-GPE"), ("deal", 2, "dobj", "NOUN", "NN", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Halvorsen"].titles == ["President"] and by["Halvorsen"].affiliations == []


# ---------------------------------------------------------------- headline, noise, kinds
def test_headline_names_count_only_when_the_body_confirms_them(vocab):
    words = ["Kerry", "Presses", "Gaza", "Truce", "\n", "John", "Kerry", "visited", "Gaza", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    layer, by = run(make_doc(vocab, words, ents), title="Kerry Presses Gaza Truce")
    assert set(by) == {"John Kerry", "Gaza"}
    assert by["John Kerry"].aliases == ["Kerry"]
    assert by["John Kerry"].mentions[0].start == 0 and by["John Kerry"].mentions[0].text == "Kerry"
    assert layer.at(2) == by["Gaza"].id and layer.at(1) is None


def test_kind_from_all_votes_and_shapes(vocab):
    words = ["Jen", "Psaki", "spoke", ".", "Psaki", "left", ".", "Psaki", "returned", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "B-ORG", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert list(by) == ["Jen Psaki"] and by["Jen Psaki"].kind == "person"
    words = ["Mar", "480", "and", "Woodco", "Inc", "rose", "in", "Cairo", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O"]
    _, by = run(make_doc(vocab, words, ents))
    named = {k: a for k, a in by.items() if a.mentions}
    assert named == {"Woodco Inc": by["Woodco Inc"], "Cairo": by["Cairo"]}
    assert by["Woodco Inc"].kind == "organization" and by["Cairo"].kind == "location"


def test_a_capital_named_as_a_party_keeps_its_unnamed_country_and_a_setting_does_not(vocab):
    rows = [("Berlin", 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("rejected", 1, "ROOT", "VERB", "VBD", "O"),
            ("calls", 1, "dobj", "NOUN", "NNS", "O"), ("from", 2, "prep", "ADP", "IN", "O"),
            ("Gaza", 3, "pobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Germany"].mentions == [] and by["Germany"].code == "DEU"  # kept: Berlin stands for it
    assert by["Berlin"].affiliations == [by["Germany"].id]
    assert set(by) == {"Berlin", "Gaza", "Germany"}  # Gaza is no capital: no unnamed country for it
    rows = [("Kerry", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "O"),
            ("in", 1, "prep", "ADP", "IN", "O"), ("Berlin", 2, "pobj", "PROPN", "NNP", "B-GPE"),
            (".", 1, "punct", "PUNCT", ".", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert set(by) == {"Kerry", "Berlin"}  # the setting of a meeting stands for no government


def test_lower_case_and_title_word_organisations_are_dropped(vocab):
    words = ["the", "foreign", "ministry", "and", "State", "and", "the", "Senate", "spoke"]
    ents = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "O", "O", "B-ORG", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"Senate"}


# ---------------------------------------------------------------- merging within the article
def test_country_forms_merge_into_one_actor_with_iso_code(vocab):
    words = ["the", "United", "States", "and", "U.S.", "and", "US", "."]
    ents = ["B-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "O", "B-GPE", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert list(by) == ["United States"]
    us = by["United States"]
    assert us.code == "USA" and us.id == "united-states" and set(us.aliases) == {"U.S.", "US"}
    assert len(us.mentions) == 3


def test_place_long_and_short_forms_and_acronyms_merge(vocab):
    words = ["Gaza", "and", "the", "Gaza", "Strip", "and", "Ad", "Hoc", "Liaison", "Committee", "and", "AHLC",
             "and", "U.N.", "and", "United", "Nations"]
    ents = ["B-GPE", "O", "O", "B-GPE", "I-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-ORG",
            "O", "B-ORG", "O", "B-ORG", "I-ORG"]
    _, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"Gaza Strip", "Ad Hoc Liaison Committee", "United Nations"}
    assert by["Gaza Strip"].aliases == ["Gaza"] and by["Gaza Strip"].kind == "location"
    assert by["Ad Hoc Liaison Committee"].aliases == ["AHLC"]
    assert by["United Nations"].aliases == ["U.N."]


def test_surname_joins_the_one_full_name_not_two(vocab):
    words = ["John", "Kerry", "and", "Kerry", "and", "Paul", "Smith", "and", "Anna", "Smith", "and", "Smith"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON",
            "O", "B-PERSON"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["John Kerry"].aliases == ["Kerry"]
    assert {"Paul Smith", "Anna Smith", "Smith"} <= set(by)  # ambiguous surname stays apart


def test_missed_mentions_of_known_names_are_found(vocab):
    words = ["Hamas", "attacked", ".", "The", "Israel", "-", "Hamas", "conflict", "."]
    ents = ["B-ORG", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert len(by["Hamas"].mentions) == 2 and layer.at(6) == by["Hamas"].id


def test_a_surname_the_model_took_for_a_thing_is_still_the_person_but_a_date_is_not(vocab):
    words = ["Richard", "Lyng", "spoke", ".", "Lyng", "left", "in", "May", ".", "Theresa", "May", "came", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PRODUCT", "O", "O", "B-DATE", "O", "B-PERSON", "I-PERSON",
            "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert layer.at(4) == by["Richard Lyng"].id  # a product label: still Richard Lyng
    assert layer.at(7) is None  # a date label: the month, not Theresa May


# ---------------------------------------------------------------- groups and unnamed sources
def test_peoples_are_groups_with_their_country_code_and_adjectives_are_not_actors(vocab):
    words = ["the", "Palestinians", "and", "Islamist", "groups"]
    ents = ["B-NORP", "I-NORP", "O", "B-NORP", "O"]
    tags = ["DT", "NNPS", "CC", "JJ", "NNS"]
    _, by = run(make_doc(vocab, words, ents, tags=tags))
    assert [k for k, a in by.items() if a.mentions] == ["Palestinians"]
    assert by["Palestinians"].kind == "group" and by["Palestinians"].code == "PSECVL"
    # a people keeps its country, which stays unmentioned when the text does not name it
    assert by["Palestinians"].affiliations == [by["Palestine"].id] and by["Palestine"].mentions == []


def test_unnamed_sources_act_for_their_affiliation(vocab):
    rows = [("A", 2, "det", "DET", "DT", "O"), ("U.S.", 2, "compound", "PROPN", "NNP", "B-GPE"),
            ("official", 3, "nsubj", "NOUN", "NN", "O"), ("said", 3, "ROOT", "VERB", "VBD", "O"),
            ("that", 7, "mark", "SCONJ", "IN", "O"), ("Israeli", 6, "amod", "ADJ", "JJ", "B-NORP"),
            ("officials", 7, "nsubj", "NOUN", "NNS", "O"), ("met", 3, "ccomp", "VERB", "VBD", "O"),
            ("Palestinian", 9, "amod", "ADJ", "JJ", "B-NORP"), ("civilians", 7, "dobj", "NOUN", "NNS", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert {k for k, a in by.items() if a.mentions} == {"United States", "Israel", "Palestinians"}
    assert layer.at(2) == by["United States"].id
    assert layer.at(6) == by["Israel"].id
    assert layer.at(9) == by["Palestinians"].id and by["Palestinians"].code == "PSECVL"
    assert by["Palestinians"].mentions[0].text == "Palestinian civilians"


def test_generic_plurals_become_groups_when_they_act_or_are_acted_on(vocab):
    rows = [("donors", 1, "nsubj", "NOUN", "NNS", "O"), ("met", 1, "ROOT", "VERB", "VBD", "O"),
            ("protesters", 1, "dobj", "NOUN", "NNS", "O"), ("in", 3, "prep", "ADP", "IN", "O"),
            ("rooms", 4, "pobj", "NOUN", "NNS", "O"), (".", 1, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert list(by) == ["donors", "protesters"] and by["donors"].kind == "group"
    assert layer.at(0) == by["donors"].id and layer.at(2) == by["protesters"].id
    assert by["protesters"].sector == "OPP" and by["donors"].sector is None
    assert layer.at(4) is None  # a place of the act, and no group noun


def test_group_nouns_take_the_articles_country_and_sector(vocab):
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "O"), ("arrested", 1, "ROOT", "VERB", "VBD", "O"),
            ("students", 1, "dobj", "NOUN", "NNS", "O"), ("in", 1, "prep", "ADP", "IN", "O"),
            ("Britain", 3, "pobj", "PROPN", "NNP", "B-GPE"), (".", 1, "punct", "PUNCT", ".", "O"),
            ("Britain", 7, "nsubj", "PROPN", "NNP", "B-GPE"), ("protested", 7, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    students = by["students"]
    assert students.kind == "group" and students.sector == "EDU" and students.code == "GBREDU"
    assert students.affiliations == [by["United Kingdom"].id]
    assert by["United Kingdom"].code == "GBR" and by["United Kingdom"].sector is None
    assert layer.at(0) == by["police"].id  # capitalised only because it opens the sentence
    assert by["police"].code == "GBRCOP" and by["police"].kind == "organization"


def test_plural_affiliations_map_to_every_country(vocab):
    rows = [("US", 3, "nmod", "PROPN", "NNP", "B-GPE"), ("and", 0, "cc", "CCONJ", "CC", "O"),
            ("British", 0, "conj", "ADJ", "JJ", "B-NORP"), ("forces", 4, "nsubj", "NOUN", "NNS", "O"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.all_at(3) == [by["United States"].id, by["United Kingdom"].id]
    assert layer.at(3) == by["United States"].id


def test_mentions_have_offsets_into_the_text(vocab):
    doc = make_doc(vocab, ["Kerry", "met", "Ban", "Ki", "-", "moon", "."],
                   ["B-PERSON", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"])
    _, by = run(doc)
    for actor in by.values():
        for m in actor.mentions:
            assert doc.text[m.start:m.end] == m.text
    assert "Ban Ki - moon" in by


def test_a_title_before_the_next_name_is_not_an_apposition(vocab):
    words = ["Treasury", "Secretary", "James", "Baker", ",", "Fed", "chairman", "Paul", "Volcker", "spoke"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["James Baker"].titles == ["Treasury Secretary"]
    assert [by_id.name for by_id in by.values() if by_id.id in by["James Baker"].affiliations] == ["United States"]
    assert by["Paul Volcker"].titles == ["chairman"]  # the Fed's, which WordNet knows as the U.S. central bank
    assert by["Paul Volcker"].affiliations == [by["Federal Reserve"].id, by["United States"].id]
    assert by["Paul Volcker"].code[:3] == "USA" and by["James Baker"].code == "USAGOV"


def test_led_and_multiword_demonyms_give_the_country(vocab):
    rows = [("The", 3, "det", "DET", "DT", "O"), ("Sri", 3, "compound", "PROPN", "NNP", "B-NORP"),
            ("Lankan", 3, "compound", "PROPN", "NNP", "I-NORP"), ("army", 4, "nsubj", "NOUN", "NN", "O"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "O"), ("Vietnamese", 7, "npadvmod", "PROPN", "NNP", "B-NORP"),
            ("-", 7, "punct", "PUNCT", "HYPH", "O"), ("led", 8, "amod", "VERB", "VBN", "O"),
            ("forces", 4, "dobj", "NOUN", "NNS", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert set(by) == {"Sri Lanka", "Vietnam"}
    assert layer.at(3) == by["Sri Lanka"].id and by["Sri Lanka"].code == "LKA"
    assert layer.at(8) == by["Vietnam"].id and by["Vietnam"].mentions[0].text == "Vietnamese"


def test_a_place_does_not_join_a_person_with_that_surname(vocab):
    words = ["George", "Washington", "visited", "Washington", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Washington"].kind == "location" and by["George Washington"].aliases == []


def test_a_demonym_on_a_thing_is_the_countrys_not_the_place_after_from(vocab):
    rows = [("an", 2, "det", "DET", "DT", "O"), ("Iraqi", 2, "amod", "ADJ", "JJ", "B-NORP"),
            ("withdrawal", 5, "nsubj", "NOUN", "NN", "O"), ("from", 2, "prep", "ADP", "IN", "O"),
            ("Kuwait", 3, "pobj", "PROPN", "NNP", "B-GPE"), ("began", 5, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert layer.at(2) == by["Iraq"].id and layer.at(4) == by["Kuwait"].id


def _aimed(verb, prep):
    """"Hamas <verb> rockets <prep> Israeli towns"."""
    return [("Hamas", 1, "nsubj", "PROPN", "NNP", "B-ORG"), (verb, 1, "ROOT", "VERB", "VBD", "O"),
            ("rockets", 1, "dobj", "NOUN", "NNS", "O"), (prep, 1, "prep", "ADP", "IN", "O"),
            ("Israeli", 5, "amod", "ADJ", "JJ", "B-NORP"), ("towns", 3, "pobj", "NOUN", "NNS", "O")]


def test_a_demonym_on_what_force_is_aimed_at_is_the_country(vocab):
    layer, by = run(make_doc(vocab, rows=_aimed("fired", "at")))
    assert layer.at(5) == by["Israel"].id
    layer, by = run(make_doc(vocab, rows=_aimed("sold", "to")))  # a party too, as before
    assert layer.at(5) == by["Israel"].id


def _aimed_noun(noun, prep):
    """"Reagan imposed <noun> <prep> Japanese goods"."""
    return [("Reagan", 1, "nsubj", "PROPN", "NNP", "B-PERSON"), ("imposed", 1, "ROOT", "VERB", "VBD", "O"),
            (noun, 1, "dobj", "NOUN", "NNS", "O"), (prep, 2, "prep", "ADP", "IN", "O"),
            ("Japanese", 5, "amod", "ADJ", "JJ", "B-NORP"), ("goods", 3, "pobj", "NOUN", "NNS", "O")]


def test_a_demonym_on_what_an_act_noun_is_aimed_at_is_the_country(vocab):
    for noun in ("sanctions", "attacks", "raids"):  # a penalty or force aimed "on" a state's things
        layer, by = run(make_doc(vocab, rows=_aimed_noun(noun, "on")))
        assert layer.at(5) == by["Japan"].id, noun
    layer, _ = run(make_doc(vocab, rows=_aimed_noun("talks", "on")))  # what talks are about: no party
    assert layer.at(5) is None


def test_a_demonym_on_a_place_where_one_only_is_stays_no_party(vocab):
    layer, _ = run(make_doc(vocab, rows=_aimed("kept", "at")))
    assert layer.at(5) is None


def test_figures_are_not_names_and_parenthesised_acronyms_are_cut(vocab):
    words = ["U.S.", "Dlrs", "and", "Avg", "rose", "at", "the", "National", "Association", "(", "NA", ")"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"National Association"}


def test_title_of_an_organisation_before_the_name(vocab):
    words = ["the", "leader", "of", "Hamas", ",", "Khaled", "Meshaal", ",", "spoke", "."]
    ents = ["O", "O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Khaled Meshaal"].titles == ["leader"] and by["Khaled Meshaal"].affiliations == [by["Hamas"].id]
    words = ["Hamas", "and", "Khaled", "Meshaal", "spoke", "."]
    _, by = run(make_doc(vocab, words, ["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"]))
    assert by["Khaled Meshaal"].titles == [] and by["Khaled Meshaal"].affiliations == []


def test_demonym_inside_an_office_entity_and_offices_of_governments(vocab):
    words = ["British", "Defence", "Secretary", "Tom", "King", "and", "the", "military", "government", "of",
             "President", "Prosper", "Avril", "and", "Ugandan", "spoke"]
    ents = ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON",
            "O", "B-PERSON", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"Tom King", "United Kingdom", "Prosper Avril"}
    assert by["Tom King"].titles == ["Defence Secretary"]
    assert by["Tom King"].affiliations == [by["United Kingdom"].id]
    assert by["Prosper Avril"].titles == ["President"]


def test_entity_labels_corrected_by_name_shape_and_context(vocab):
    rows = [("Vice", 2, "amod", "PROPN", "NNP", "O"), ("-", 2, "punct", "PUNCT", "HYPH", "O"),
            ("President", 4, "compound", "PROPN", "NNP", "O"), ("Moody", 4, "compound", "PROPN", "NNP", "B-ORG"),
            ("Awori", 5, "nsubj", "PROPN", "NNP", "I-ORG"), ("met", 5, "ROOT", "VERB", "VBD", "O"),
            ("Bosnian", 7, "compound", "PROPN", "NNP", "B-PERSON"), ("Serbs", 5, "dobj", "PROPN", "NNPS", "I-PERSON"),
            ("in", 5, "prep", "ADP", "IN", "O"), ("Sivas", 8, "pobj", "PROPN", "NNP", "B-PERSON"),
            ("and", 5, "cc", "CCONJ", "CC", "O"), ("the", 13, "det", "DET", "DT", "O"),
            ("Amal", 13, "compound", "PROPN", "NNP", "B-PERSON"), ("militia", 5, "conj", "NOUN", "NN", "O"),
            ("and", 13, "cc", "CCONJ", "CC", "O"), ("Yugoslav", 16, "compound", "PROPN", "NNP", "B-PERSON"),
            ("Republic", 13, "conj", "PROPN", "NNP", "I-PERSON")]
    _, by = run(make_doc(vocab, rows=rows))
    kinds = {name: a.kind for name, a in by.items() if a.mentions}
    assert kinds == {"Moody Awori": "person", "Bosnian Serbs": "group", "Sivas": "location",
                     "Amal": "organization", "Yugoslav Republic": "organization",
                     "Yugoslavia": "country"}  # an organisation named after its country
    assert by["Moody Awori"].titles == ["Vice-President"] and by["Bosnian Serbs"].code == "BIHCVL"


def test_upper_case_headline_confirms_names_without_new_aliases(vocab):
    words = ["KERRY", "PRESSES", "TRUCE", "\n", "John", "Kerry", "left", "."]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents), title="KERRY PRESSES TRUCE")
    assert set(by) == {"John Kerry"} and by["John Kerry"].aliases == []
    assert layer.at(0) == by["John Kerry"].id and len(by["John Kerry"].mentions) == 2


# ---------------------------------------------------------------- parties, honorifics, places, offices
def test_party_short_forms_are_one_organisation_and_an_affiliation(vocab):
    words = ["Tory", "leader", "Michael", "Howard", "attacked", "Labour", ".", "The", "Conservatives", "won", "."]
    ents = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "B-NORP", "O", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    # the report names no country: its parties' country is the leader's (officials.party_home)
    assert set(by) == {"Michael Howard", "Conservative Party", "Labour Party", "United Kingdom"}
    tories = by["Conservative Party"]
    assert tories.kind == "organization" and {"Tory", "Conservatives"} <= set(tories.aliases)
    assert by["Michael Howard"].affiliations == [tories.id, by["United Kingdom"].id]
    assert by["Michael Howard"].titles == ["leader"] and not by["United Kingdom"].mentions
    assert by["Labour Party"].kind == "organization" and layer.at(8) == tories.id


def test_party_word_before_a_portfolio_is_a_title(vocab):
    words = ["Labour", "Minister", "Takashi", "Sato", "spoke", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    # Japan: the country its Hepburn name tells (actors.romanisations), kept without mentions
    assert set(by) == {"Takashi Sato", "Japan"} and by["Takashi Sato"].titles == ["Labour Minister"]


def test_honorific_forms_are_kept_and_genders_keep_people_apart(vocab):
    words = ["Michael", "Howard", "and", "Mr", "Howard", "met", "Mrs", "Howard", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert "Mr Howard" in by["Michael Howard"].aliases
    assert by["Howard"].aliases == ["Mrs Howard"]  # she is not Michael Howard


def test_one_word_place_names_are_places_of_their_country(vocab):
    words = ["Manchester", "rejected", "the", "plan", ",", "and", "Britain", "agreed", ".", "Britain", "won", "."]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Manchester"].kind == "location"
    assert by["Manchester"].affiliations == [by["United Kingdom"].id]


def test_government_offices_take_the_country_the_article_names_most(vocab):
    words = ["Home", "Secretary", "David", "Blunkett", "said", "Britain", "and", "Britain", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-GPE", "O"]
    _, by = run(make_doc(vocab, words, ents))
    blunkett = by["David Blunkett"]
    assert blunkett.affiliations == [by["United Kingdom"].id]
    assert (blunkett.sector, blunkett.code) == ("GOV", "GBRGOV")
    assert by["United Kingdom"].code == "GBR" and by["United Kingdom"].sector is None


def test_a_first_name_alone_joins_the_one_full_name_with_it(vocab):
    words = ["David", "Blunkett", "resigned", ".", "David", "said", "so", "to", "Alan", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "O"]
    layer, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"David Blunkett", "Alan"} and layer.at(4) == by["David Blunkett"].id


def test_a_definite_description_owning_a_title_is_the_organisation_it_names(vocab):
    words = ["The", "Child", "Support", "Agency", "failed", ".", "The", "agency", "'s", "chief", "executive",
             "Doug", "Smith", "quit", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * 7 + ["B-PERSON", "I-PERSON", "O", "O"]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "PART", "ADJ", "NOUN",
           "PROPN", "PROPN", "VERB", "PUNCT"]
    _, by = run(make_doc(vocab, words, ents, pos=pos))
    assert by["Doug Smith"].titles == ["chief executive"]
    assert by["Doug Smith"].affiliations == [by["Child Support Agency"].id]


def test_peoples_are_tied_to_their_named_country_and_group_nouns_take_no_default_sector(vocab):
    rows = [("Britons", 1, "nsubj", "PROPN", "NNPS", "B-NORP"), ("back", 1, "ROOT", "VERB", "VBP", "O"),
            ("Britain", 1, "dobj", "PROPN", "NNP", "B-GPE"), ("and", 1, "cc", "CCONJ", "CC", "O"),
            ("settlers", 5, "nsubj", "NOUN", "NNS", "O"), ("agree", 1, "conj", "VERB", "VBP", "O"),
            ("in", 5, "prep", "ADP", "IN", "O"), ("Britain", 6, "pobj", "PROPN", "NNP", "B-GPE")]
    _, by = run(make_doc(vocab, rows=rows))
    uk = by["United Kingdom"].id
    assert by["Britons"].affiliations == [uk] and by["Britons"].code == "GBRCVL"
    assert by["settlers"].affiliations == [uk] and by["settlers"].sector is None and by["settlers"].code is None


def test_parties_of_a_country_make_it_the_article_country_for_office_holders(vocab):
    words = ["Prime", "Minister", "Tony", "Blair", "met", "the", "Tories", "and", "the", "Lib", "Dems", "in", "the",
             "UK", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-GPE", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Tony Blair"].affiliations == [by["United Kingdom"].id]  # one mention of the UK, two of its parties
    assert by["Tony Blair"].code == "GBRGOV"


def test_a_party_vote_needs_the_country_named_in_the_article(vocab):
    words = ["Prime", "Minister", "Tom", "Brakes", "met", "the", "Tories", "and", "the", "Lib", "Dems", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "O", "O", "B-ORG", "I-ORG", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Tom Brakes"].affiliations == [] and "United Kingdom" not in by


def test_a_title_stated_with_as_joins_the_subject_s_titles(vocab):
    rows = [("David", 1, "compound", "PROPN", "NNP", "B-PERSON"), ("Blunkett", 2, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("quit", 2, "ROOT", "VERB", "VBD", "O"), ("as", 2, "prep", "ADP", "IN", "O"),
            ("home", 5, "compound", "NOUN", "NN", "O"), ("secretary", 3, "pobj", "NOUN", "NN", "O"),
            ("in", 2, "prep", "ADP", "IN", "O"), ("Britain", 6, "pobj", "PROPN", "NNP", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"), ("Britain", 10, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("agreed", 10, "ROOT", "VERB", "VBD", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["David Blunkett"].titles == ["home secretary"]
    assert by["David Blunkett"].affiliations == [by["United Kingdom"].id]


def test_as_with_no_title_gives_no_title(vocab):
    rows = [("Leoncia", 1, "compound", "PROPN", "NNP", "B-PERSON"), ("Casalme", 2, "nsubj", "PROPN", "NNP", "I-PERSON"),
            ("worked", 2, "ROOT", "VERB", "VBD", "O"), ("as", 2, "prep", "ADP", "IN", "O"),
            ("a", 5, "det", "DET", "DT", "O"), ("nanny", 3, "pobj", "NOUN", "NN", "O")]
    _, by = run(make_doc(vocab, rows=rows))
    assert by["Leoncia Casalme"].titles == []


def test_peers_sit_in_the_upper_chamber_the_article_names(vocab):
    words = ["Lord", "Scarman", "and", "Mr", "Smith", "addressed", "the", "House", "of", "Lords", "."]
    ents = ["O", "B-PERSON", "O", "O", "B-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Scarman"].affiliations == [by["House of Lords"].id]
    assert by["Smith"].affiliations == []


def test_peers_are_tied_to_no_chamber_the_article_does_not_name(vocab):
    words = ["Lord", "Scarman", "spoke", "."]
    _, by = run(make_doc(vocab, words, ["O", "B-PERSON", "O", "O"]))
    assert by["Scarman"].affiliations == []


def test_an_unlabelled_organisation_after_a_title_is_an_actor_of_the_person(vocab):
    words = ["He", "met", "Trevor", "Phillips", ",", "chair", "of", "the", "Commission", "for", "Racial", "Equality",
             ",", "today", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 11
    _, by = run(make_doc(vocab, words, ents))
    cre = by["Commission for Racial Equality"]
    assert cre.kind == "organization"
    assert by["Trevor Phillips"].titles == ["chair"] and by["Trevor Phillips"].affiliations == [cre.id]


def test_a_capitalised_run_without_an_organisation_noun_is_no_organisation(vocab):
    words = ["He", "met", "Trevor", "Phillips", ",", "professor", "of", "Modern", "History", ",", "today", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 8
    _, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"Trevor Phillips"} and by["Trevor Phillips"].affiliations == []


def test_a_title_after_the_name_takes_its_portfolio_and_party(vocab):
    words = ["Theresa", "May", ",", "Tory", "shadow", "work", "and", "pensions", "secretary", ",", "said", "so", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "B-NORP"] + ["O"] * 9
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "NOUN", "NOUN", "CCONJ", "NOUN", "NOUN", "PUNCT", "VERB", "ADV",
           "PUNCT"]
    _, by = run(make_doc(vocab, words, ents, pos=pos))
    may = by["Theresa May"]
    assert may.titles == ["shadow work and pensions secretary"] and may.sector == "OPP"
    assert may.affiliations == [by["Conservative Party"].id, by["United Kingdom"].id]  # officials.party_home


def test_a_chamber_s_short_name_is_the_chamber_and_a_lady_sits_in_it(vocab):
    words = ["Lady", "Boothroyd", "said", "the", "House", "of", "Lords", "and", "the", "Lords", "agree", "."]
    ents = ["O", "B-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    lords = by["House of Lords"]
    assert "Lords" not in by and "Lords" in lords.aliases
    assert by["Boothroyd"].affiliations == [lords.id]


def test_a_capitalised_portfolio_is_part_of_the_title_and_no_actor(vocab):
    words = ["Minister", "for", "Children", ",", "Young", "People", "and", "Families", "Margaret", "Hodge", "said",
             "Britain", "and", "Britain", "agree", "."]
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-GPE",
            "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert set(by) == {"Margaret Hodge", "United Kingdom"}
    hodge = by["Margaret Hodge"]
    assert hodge.titles == ["Minister for Children, Young People and Families"]
    assert (hodge.sector, hodge.affiliations) == ("GOV", [by["United Kingdom"].id])


def test_a_country_s_troops_and_police_are_its_coded_groups(vocab):
    rows = [("Israeli", 1, "amod", "ADJ", "JJ", "B-NORP"), ("troops", 2, "nsubj", "NOUN", "NNS", "O"),
            ("shelled", 2, "ROOT", "VERB", "VBD", "O"), ("Gaza", 2, "dobj", "PROPN", "NNP", "B-GPE"),
            (".", 2, "punct", "PUNCT", ".", "O"), ("Israeli", 6, "amod", "ADJ", "JJ", "B-NORP"),
            ("officials", 7, "nsubj", "NOUN", "NNS", "O"), ("agreed", 7, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    troops, israel = by["Israeli troops"], by["Israel"]
    assert (troops.kind, troops.sector, troops.code, troops.affiliations) == ("group", "MIL", "ISRMIL", [israel.id])
    assert layer.at(1) == troops.id
    assert layer.at(6) == israel.id and "Israeli officials" not in by  # officials speak for the country


def test_an_institution_known_by_its_building_is_the_affiliation_of_a_title(vocab):
    words = ["Buckingham", "Palace", "spokesman", "Dicky", "Arbiter", "said", "so", "."]
    ents = ["B-FAC", "I-FAC", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["Dicky Arbiter"].titles == ["spokesman"]
    assert by["Dicky Arbiter"].affiliations == [by["Buckingham Palace"].id]


def test_an_office_in_apposition_with_its_place_gives_title_and_country(vocab):
    words = ["The", "US", "commander", "in", "Iraq", ",", "General", "George", "Casey", ",", "said", "so", "."]
    ents = ["O", "B-GPE", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    casey = by["George Casey"]
    assert casey.titles == ["General", "commander"]
    assert casey.affiliations == [by["United States"].id] and casey.code == "USAMIL"
    words = ["The", "US", "commander", "in", "Iraq", ",", "George", "Casey", ",", "said", "so", "."]
    _, by = run(make_doc(vocab, words, ents[:6] + ents[7:]))
    assert by["George Casey"].titles == ["commander"] and by["George Casey"].code == "USAMIL"


def test_a_list_before_a_name_is_no_office_in_apposition(vocab):
    words = ["Iraq", ",", "General", "George", "Casey", "said", "."]
    ents = ["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, by = run(make_doc(vocab, words, ents))
    assert by["George Casey"].titles == ["General"] and by["George Casey"].affiliations == []


def test_an_organisation_named_of_a_country_is_tied_to_it(vocab):
    # The Central Bank of Nigeria raised rates .
    rows = [("The", 4, "det", "DET", "DT", "B-ORG"), ("Central", 2, "compound", "PROPN", "NNP", "I-ORG"),
            ("Bank", 5, "nsubj", "PROPN", "NNP", "I-ORG"), ("of", 2, "prep", "ADP", "IN", "I-ORG"),
            ("Nigeria", 3, "pobj", "PROPN", "NNP", "I-ORG"), ("raised", 5, "ROOT", "VERB", "VBD", "O"),
            ("rates", 5, "dobj", "NOUN", "NNS", "O"), (".", 5, "punct", "PUNCT", ".", "O")]
    rows[0] = ("The", 2, "det", "DET", "DT", "B-ORG")
    layer, by = run(make_doc(vocab, rows=rows))
    bank = by["Central Bank of Nigeria"]
    assert [layer.actors[x].code for x in bank.affiliations] == ["NGA"]


def test_an_organisation_named_of_a_place_is_tied_to_its_country(nlp):
    text = "The Bank of England said it provided the market with assistance."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    bank = next(a for a in layer.actors.values() if a.name == "Bank of England")
    assert [layer.actors[x].code for x in bank.affiliations] == ["GBR"]


def test_a_root_noun_whose_verb_the_parser_demoted_acts(vocab):
    # "The rebels disarmed under a deal": the parser made "rebels" the root, "disarmed" its acl
    rows = [("The", 1, "det", "DET", "DT", "O"), ("rebels", 1, "ROOT", "NOUN", "NNS", "O"),
            ("disarmed", 1, "acl", "VERB", "VBN", "O")]
    layer, _ = run(make_doc(vocab, rows=rows))
    assert layer.at(1) is not None and layer.actors[layer.at(1)].kind == "group"
    rows[2] = ("armed", 1, "amod", "ADJ", "JJ", "O")  # "the rebels armed ...": no verb, no act
    layer, _ = run(make_doc(vocab, rows=rows))
    assert layer.at(1) is None


def _done_to(verb, lemma_tag="VBD"):
    """"Rebels <verb> 15 hostages"."""
    return [("Rebels", 1, "nsubj", "NOUN", "NNS", "O"), (verb, 1, "ROOT", "VERB", lemma_tag, "O"),
            ("15", 3, "nummod", "NUM", "CD", "O"), ("hostages", 1, "dobj", "NOUN", "NNS", "O")]


def test_people_an_event_is_done_to_are_a_group(vocab):
    layer, _ = run(make_doc(vocab, rows=_done_to("released")))
    assert layer.at(3) is not None and layer.actors[layer.at(3)].name.lower() == "hostages"


def test_people_a_non_event_is_done_to_are_no_actor(vocab):
    layer, _ = run(make_doc(vocab, rows=_done_to("protected")))
    assert layer.at(3) is None


def test_the_one_country_of_a_sentence_is_not_that_of_a_known_office_holder(vocab):
    # President Reagan said Japan has failed .
    rows = [("President", 1, "compound", "PROPN", "NNP", "O"), ("Reagan", 2, "nsubj", "PROPN", "NNP", "B-PERSON"),
            ("said", 2, "ROOT", "VERB", "VBD", "O"), ("Japan", 5, "nsubj", "PROPN", "NNP", "B-GPE"),
            ("has", 5, "aux", "AUX", "VBZ", "O"), ("failed", 2, "ccomp", "VERB", "VBN", "O"),
            (".", 2, "punct", "PUNCT", ".", "O")]
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Reagan"].affiliations] == ["USA"]  # WordNet's, not Japan
    rows[1] = ("Halvorsen", 2, "nsubj", "PROPN", "NNP", "B-PERSON")  # unknown: the sentence's one country
    layer, by = run(make_doc(vocab, rows=rows))
    assert [layer.actors[x].code for x in by["Halvorsen"].affiliations] == ["JPN"]


def test_an_organisation_named_after_a_two_word_demonym_is_of_its_country(vocab):
    doc = make_doc(vocab, ["The", "North", "Korean", "Central", "News", "Agency", "said", "."],
                   ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    layer, by = run(doc)
    agency = by["North Korean Central News Agency"]
    assert [layer.actors[x].code for x in agency.affiliations] == ["PRK"]


def test_a_companys_president_is_of_business_a_governments_of_government(vocab):
    # Boliden AB president Kjell Nilsson spoke .
    rows = [("Boliden", 1, "compound", "PROPN", "NNP", "B-ORG"), ("AB", 2, "compound", "PROPN", "NNP", "I-ORG"),
            ("president", 4, "compound", "NOUN", "NN", "O"), ("Kjell", 4, "compound", "PROPN", "NNP", "B-PERSON"),
            ("Nilsson", 5, "nsubj", "PROPN", "NNP", "I-PERSON"), ("spoke", 5, "ROOT", "VERB", "VBD", "O"),
            (".", 5, "punct", "PUNCT", ".", "O")]
    by = run(make_doc(vocab, rows=rows))[1]
    assert by["Kjell Nilsson"].sector == "BUS"
    rows[:2] = [("Swedish", 1, "amod", "ADJ", "JJ", "B-NORP"), ("government", 2, "compound", "NOUN", "NN", "O")]
    by = run(make_doc(vocab, rows=rows))[1]
    assert by["Kjell Nilsson"].sector == "GOV"
