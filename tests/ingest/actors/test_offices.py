"""Unnamed offices of a national government (graphkit.ingest.actors.offices)."""

from graphkit.ingest.actors.find import find_actors
from graphkit.ingest.actors.offices import is_office_name, national_office
from graphkit.ingest.prepare.tokentable import token_table
from graphkit.models import Article
from tests.ingest.actors.test_find import make_doc, run

# The Foreign Ministry said .
MINISTRY = [("The", 2, "det", "DET", "DT", "O"), ("Foreign", 2, "compound", "PROPN", "NNP", "O"),
            ("Ministry", 3, "nsubj", "PROPN", "NNP", "O"), ("said", 3, "ROOT", "VERB", "VBD", "O"),
            (".", 3, "punct", "PUNCT", ".", "O")]


def test_an_office_of_title_words_is_no_name_and_a_bare_definite_office_is_national(vocab):
    t = token_table(make_doc(vocab, rows=MINISTRY))
    assert is_office_name(t, 2) and national_office(t, 2)
    # The Tory leader said . -- "leader" is no national office; a party modifier is no title word
    rows = [("The", 2, "det", "DET", "DT", "O"), ("Tory", 2, "compound", "PROPN", "NNP", "O"),
            ("president", 3, "nsubj", "NOUN", "NN", "O"), ("said", 3, "ROOT", "VERB", "VBD", "O")]
    t = token_table(make_doc(vocab, rows=rows))
    assert not national_office(t, 2)
    # The former president said . -- no longer the office
    rows[1] = ("former", 2, "amod", "ADJ", "JJ", "O")
    t = token_table(make_doc(vocab, rows=rows))
    assert not national_office(t, 2)


def _moscow(vocab, ministry):
    # MOSCOW - <ministry> said . Russia agreed .
    rows = [("MOSCOW", 2 + len(ministry), "npadvmod", "PROPN", "NNP", "B-GPE"),
            ("-", 0, "punct", "PUNCT", ":", "O")]
    rows += [(w, h + 2, d, p, tg, e) for w, h, d, p, tg, e in ministry]
    n = len(rows)
    rows += [("Russia", n + 1, "nsubj", "PROPN", "NNP", "B-GPE"), ("agreed", n + 1, "ROOT", "VERB", "VBD", "O"),
             (".", n + 1, "punct", "PUNCT", ".", "O")]
    return make_doc(vocab, rows=rows)


def test_the_foreign_ministry_in_a_moscow_story_is_russia(vocab):
    layer, by = run(_moscow(vocab, MINISTRY[:4]))
    assert layer.at(4) == by["Russia"].id
    assert "The Foreign Ministry" in [m.text for m in by["Russia"].mentions]


def test_an_owned_office_is_not_the_articles_country(vocab):
    # MOSCOW - The company 's president said . Russia agreed .
    rows = [("The", 1, "det", "DET", "DT", "O"), ("company", 3, "poss", "NOUN", "NN", "O"),
            ("'s", 1, "case", "PART", "POS", "O"), ("president", 4, "nsubj", "NOUN", "NN", "O"),
            ("said", 4, "ROOT", "VERB", "VBD", "O")]
    layer, by = run(_moscow(vocab, rows))
    assert layer.at(5) != by["Russia"].id


def test_a_ministry_with_a_possessive_country_acts_for_it(nlp):
    text = "Japan's Finance Ministry said it would intervene in currency markets."
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    ministry = next(t for t in doc if t.text == "Ministry")
    assert layer.actors[layer.at(ministry.i)].code == "JPN"


def _office_country(nlp, text, word):
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text))
    k = next(t.i for t in doc if t.text == word)
    return layer.actors[layer.at(k)].code if layer.at(k) else None


def test_a_dateline_sets_the_country_of_a_bare_office(nlp):
    assert _office_country(nlp, "MOSCOW - The Foreign Ministry said on Monday it would expel two diplomats.",
                           "Ministry") == "RUS"


def test_a_country_named_once_in_passing_is_not_the_home_of_the_government(nlp):
    # a British report names no Britain: its government is not that of the one foreign country it names
    text = "The government has suspended its plan to cut staff. An American study had praised the agency."
    assert _office_country(nlp, text, "government") is None


def test_a_headline_given_apart_sets_the_country_of_the_finance_ministry(nlp):
    text = "The Finance Ministry said it will allow more foreign brokers to bid at auctions."
    doc = nlp(text)
    layer = find_actors(doc, Article(id="a", text=text, title="Japan To Allow More Foreign Brokers"))
    k = next(t.i for t in doc if t.text == "Ministry")
    assert layer.actors[layer.at(k)].code == "JPN"
    layer = find_actors(doc, Article(id="a", text=text, title="Japan And Korea Allow More Brokers"))
    assert layer.at(k) is None  # two countries: no setting


def test_a_country_named_in_a_currency_does_not_set_the_government(nlp):
    text = ("Zimbabwe froze wages. The government announced the freeze as debt costs reached 357 mln U.S. "
            "Dlrs on an external debt of two billion U.S. Dlrs. Zimbabwe has no reserves.")
    assert _office_country(nlp, text, "government") == "ZWE"


def test_bare_ministers_are_the_home_government_but_not_ministers_from_elsewhere(nlp):
    text = "Britain will vote in May. Britain is divided. Ministers rejected a lower limit on Tuesday."
    assert _office_country(nlp, text, "Ministers") == "GBR"
    text = "Britain will vote in May. Britain is divided. Ministers from 13 countries met on Tuesday."
    assert _office_country(nlp, text, "Ministers") is None


def test_a_headline_possessive_names_the_country_of_the_story(vocab):
    words = ["Defense", "Minister", "Rafael", "Samudio", "spoke", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    for title, tied in (("Attacks Affect Colombia'S Oil Outlook", ["Colombia"]), ("Attacks Affect Oil Outlook", [])):
        _, by = run(make_doc(vocab, words, ents), title=title)
        assert [a.name for a in by.values() if a.id in by["Rafael Samudio"].affiliations] == tied


def test_the_headline_breaks_a_tie_between_the_countries_of_the_body(vocab):
    words, ents = [], []
    for name in ("France", "France", "Britain", "Britain"):
        words += [name, "spoke", ","]
        ents += ["B-GPE", "O", "O"]
    words += ["President", "Truong", "Chinh", "resigned", "."]
    ents += ["O", "B-PERSON", "I-PERSON", "O", "O"]
    for title, tied in (("Vietnam Parliament Fires President", ["Vietnam"]), ("Parliament Fires President", [])):
        _, by = run(make_doc(vocab, words, ents), title=title)
        assert [a.name for a in by.values() if a.id in by["Truong Chinh"].affiliations] == tied
