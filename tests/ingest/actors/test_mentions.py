"""Name mentions on hand-built Docs: what is never an actor, and parties however the model cut them."""
from spacy.tokens import Doc

from graphkit.ingest.actors.mentions import find_mentions


def mentions(vocab, words, ents):
    return [(m.text, m.kind) for m in find_mentions(Doc(vocab, words=words, ents=ents))]


def test_documents_laws_budgets_religions_and_isms_are_no_actors(vocab):
    words = ["The", "Road", "Safety", "Bill", "and", "the", "Budget", "worried", "Islam", "and", "Amicus", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG", "O"]
    assert mentions(vocab, words, ents) == [("Amicus", "organization")]
    words = ["Islamophobia", "grew", "in", "the", "Human", "Rights", "Act", "."]
    assert mentions(vocab, words, ["B-ORG", "O", "O", "O", "B-LAW", "I-LAW", "I-LAW", "O"]) == []


def test_acronyms_of_lower_case_words_are_no_names(vocab):
    words = ["use", "of", "information", "and", "communication", "technology", "(", "ICT", ")", "by", "GMB", "."]
    ents = ["O"] * 7 + ["B-ORG", "O", "O", "B-ORG", "O"]
    assert mentions(vocab, words, ents) == [("GMB", "organization")]


def test_party_names_cut_short_or_unlabelled_are_found_whole(vocab):
    words = ["Liberal", "Democrat", "spokesman", "John", "Thurso", "met", "Labour", "and", "English", "Democrats", "."]
    ents = ["O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-NORP", "I-NORP", "O"]
    found = find_mentions(Doc(vocab, words=words, ents=ents))
    assert [(m.text, m.start, m.end) for m in found if m.kind == "organization"] == [
        ("Liberal Democrats", 0, 2), ("Labour Party", 6, 7)]  # "English Democrats" is not the Democratic Party
    thurso = next(m for m in found if m.text == "John Thurso")
    assert thurso.titles == ["spokesman"] and thurso.affil_spans == [(1, 2)]


def test_a_list_of_places_in_one_entity_is_split_at_commas(vocab):
    words = ["riots", "in", "Midlands", ",", "Merseyside", "and", "Bristol", "."]
    ents = ["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "O"]
    assert [m.text for m in find_mentions(Doc(vocab, words=words, ents=ents))] == ["Midlands", "Merseyside", "Bristol"]


def test_a_proper_noun_before_a_month_word_is_a_name_not_a_date(vocab):
    words = ["Theresa", "May", "said", "so", "in", "May", "and", "Since", "May", "2", "it", "rained", "."]
    pos = ["PROPN", "PROPN", "VERB", "ADV", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "NUM", "PRON", "VERB", "PUNCT"]
    ents = ["B-DATE", "I-DATE", "O", "O", "O", "B-DATE", "O", "O", "B-DATE", "I-DATE", "O", "O", "O"]
    found = find_mentions(Doc(vocab, words=words, pos=pos, ents=ents))
    assert [(m.text, m.kind) for m in found] == [("Theresa May", "person")]


def test_a_rank_of_a_place_is_a_person_s_style_and_the_place_no_actor(vocab):
    words = ["The", "Duke", "of", "Edinburgh", "met", "Diana", ",", "princess", "of", "Wales", ",", "in", "Paris", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"]
    found = find_mentions(Doc(vocab, words=words, ents=ents))
    assert [(m.text, m.kind) for m in found] == [("Duke of Edinburgh", "person"), ("Diana", "person"),
                                                 ("princess of Wales", "person"), ("Paris", "location")]


def test_a_demonym_before_a_stateless_people_names_its_country(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = "Syrian Kurds staged a protest in Qamishli on Friday."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    kurds = next(a for a in layer.actors.values() if a.kind == "group")
    assert kurds.name == "Syrian Kurds" and kurds.code.startswith("SYR")
    assert [layer.actors[x].code for x in kurds.affiliations] == ["SYR"]


def test_a_country_named_with_of_and_a_possessive_is_a_country(nlp):
    from graphkit.ingest.actors.find import find_actors
    from graphkit.models import Article

    text = "The People's Republic of China protested against the decision."
    layer = find_actors(nlp(text), Article(id="a", text=text))
    assert [a.code for a in layer.actors.values()] == ["CHN"]


def test_a_word_of_a_party_name_labelled_apart_is_no_name_of_its_own(vocab):
    words = ["The", "conservative", "Christian", "Democrats", "demanded", "a", "meeting", "."]
    ents = ["O", "O", "B-NORP", "B-NORP", "O", "O", "O", "O"]
    assert mentions(vocab, words, ents) == [("Christian Democratic Union", "organization")]  # no "Democrats"


def test_a_body_abbreviation_before_a_titles_portfolio_is_the_body_alone(vocab):
    words = ["EC", "Farm", "Commissioner", "Frans", "Andriessen", "spoke", "to", "UN", "Security", "Council",
             "President", "Joe", "Smith", "."]
    ents = ["B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON",
            "I-PERSON", "O"]
    found = {(m.text, m.start, m.end) for m in find_mentions(Doc(vocab, words=words, ents=ents))}
    assert ("European Community", 0, 1) in found and ("UN Security Council", 7, 10) in found  # a name stays whole
