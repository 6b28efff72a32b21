"""Detection on hand-built Docs: TimeML extents, what spaCy misses, what is not a time."""
import pytest
import spacy
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from graphkit.ingest.time.detect import clause_tense, detect

_NLP = spacy.blank("en")  # a tokenizer only: no statistical model


def _doc(text, ents=None):
    doc = _NLP(text)
    if ents:
        doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def spans(doc):
    return [c.text for c in detect(doc)]


@pytest.mark.parametrize("sentence,expected", [
    ("Kerry met him late Wednesday in Tel Aviv .", ["late Wednesday"]),
    ("Hamas fired rockets 10 days ago .", ["10 days ago"]),
    ("Sales rose in the past year .", ["the past year"]),
    ("They talked for two hours .", ["two hours"]),
    ("The eight-year siege goes on .", ["eight-year"]),
    ("Profit fell in the third quarter .", ["the third quarter"]),
    ("Third-quarter profit fell .", ["Third-quarter"]),
    ("He is now in Cairo .", ["now"]),
    ("The vote is set for Sept. 30, 1998.", ["Sept. 30, 1998"]),
    ("Talks resume next week and end in September .", ["next week", "September"]),
    ("The war began in 2009 and ended in the 1990s .", ["2009", "the 1990s"]),
    ("The blast occurred at about 10:35 a.m. Friday .", ["10:35 a.m. Friday"]),
    # a 24-hour clock time with a zone is a time, never a year
    ("The market closed at 1620 GMT and reopened in 1987 .", ["1620 GMT", "1987"]),
    ("Trading halted at 0930 local time .", ["0930 local time"]),
    ("They waited only six months , about two weeks more than planned .", ["six months", "two weeks"]),
    ("Earlier Friday , police said so .", ["Friday"]),
    ("Profit fell late Friday and in the winter of nineteen ninety-four .", ["late Friday",
                                                                             "the winter of nineteen ninety-four"]),
    ("Unemployment will fall by the year two thousand .", ["the year two thousand"]),
    ("Sales hit a high for the year and will rise by the end of the year .", ["the year", "the end of the year"]),
    ("Flights run daily from Bombay .", ["daily"]),
    ("The third-quarter loss and the year-ago profit differ .", ["third-quarter", "year-ago"]),
    ("Sales will rise in the current fiscal year .", ["the current fiscal year"]),
    ("Talks began a week or so ago .", ["a week or so ago"]),
])
def test_timeml_extents(sentence, expected):
    assert spans(_doc(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Gonzalez said on CBS 's 60 Minutes that he would stay .",
    "Baker said on This Week that talks failed .",
    "This is VOA Today .",
    "The film High Noon won .",
    "The quarter-to-quarter comparison improved .",
])
def test_time_words_in_names_are_not_time_expressions(sentence):
    assert spans(_doc(sentence)) == []


def test_capitalised_time_word_opening_a_sentence_is_still_time():
    assert spans(_doc("He left . Today he is back .")) == ["Today"]


def test_ages_are_not_time_expressions():
    assert spans(_doc("The 6-year-old boy and a 44-year-old man met.")) == []


def test_ages_from_spacy_entities_are_dropped():
    doc = _doc("He was 37 years old when he left.", ents=[(2, 5, "DATE")])
    assert spans(doc) == []


def test_modal_may_and_verb_march_are_not_months():
    assert spans(_doc("They may march on the capital.")) == []


def test_month_name_inside_a_person_name_is_not_a_month():
    doc = _doc("Prime Minister Theresa May spoke.", ents=[(2, 4, "PERSON")])
    assert spans(doc) == []


def test_money_and_counts_are_not_years():
    assert spans(_doc("They paid 1990 dollars for 2000 shares.")) == []


def test_possessive_is_outside_the_extent():
    assert spans(_doc("last month's discovery")) == ["last month"]


def test_spacy_entities_fill_what_the_grammar_misses():
    doc = _doc("It happened on the 17th day of the conflict.", ents=[(3, 9, "DATE")])
    assert spans(doc) == ["the 17th day of the conflict"]


def test_overlapping_spacy_entity_loses_to_the_grammar():
    doc = _doc("between 1994 and 1997.", ents=[(0, 4, "DATE")])
    assert spans(doc) == ["1994", "1997"]


def _parsed(words, heads, deps, tags, pos, lemmas=None):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)


def test_clause_tense_past_present_future():
    past = _parsed(["He", "left", "on", "Friday"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                   ["PRP", "VBD", "IN", "NNP"], ["PRON", "VERB", "ADP", "PROPN"])
    fut = _parsed(["He", "will", "leave", "on", "Friday"], [2, 2, 2, 2, 3], ["nsubj", "aux", "ROOT", "prep", "pobj"],
                  ["PRP", "MD", "VB", "IN", "NNP"], ["PRON", "AUX", "VERB", "ADP", "PROPN"])
    assert clause_tense(past, 11, 17) == "past"
    assert clause_tense(fut, 17, 23) == "future"


def test_wording_ahead_makes_future():
    doc = _doc("The deadline runs until Tuesday.")
    assert clause_tense(doc, doc.text.index("Tuesday"), doc.text.index("Tuesday") + 7) == "future"


def test_reuters_end_forms_are_found_by_the_grammar():
    doc = _doc("Reserves will rise by end-1987 from end-February , bankers said .", ents=[(4, 5, "DATE")])
    assert [(c.text, c.rule) for c in detect(doc)] == [("end-1987", "year"), ("end-February", "month")]


def test_a_spacy_entity_the_grammar_cannot_normalise_is_dropped():
    from graphkit.ingest.time.find import find_timexes

    doc = _doc("It happened on the 17th day of the conflict .", ents=[(3, 9, "DATE")])
    assert find_timexes(doc, "1998-02-13") == []


_PHRASES = ["late Wednesday", "10 days ago", "the past two years", "Sept. 30, 1998", "10:35 a.m. Friday",
            "noon Thursday", "5 P.M.", "6 o'clock", "2014-07-20", "the 1990s", "'80s", "the eighties",
            "the 20th century",
            "nineteen ninety-four", "the year two thousand", "the third quarter", "the first half", "this summer",
            "every Thursday", "biweekly", "Christmas Eve", "New Year's Day", "that same day", "a year earlier", "2009",
            "fiscal 1989", "this week", "the weekend", "recently", "these days", "tonight", "yesterday morning",
            "years", "the year", "the fiscal year", "mid-1987", "end-February", "12 March", "the 5th of May",
            "MONDAY", "JANUARY 5", "Dec. 7", "year-end", "the year's end", "on Mondays", "the previous Friday"]


@pytest.mark.parametrize("phrase", _PHRASES + [p.upper() for p in _PHRASES] + [f"It was {p} ." for p in _PHRASES])
def test_rule_gates_never_hide_a_match(phrase):
    from graphkit.ingest.time.rules import RULES

    for rule in RULES:
        if rule.regex.search(phrase):
            assert rule.may_match(phrase, phrase.lower()), (rule.name, phrase)


def test_each_paragraph_is_scanned_for_its_own_rules():
    doc = _NLP("Talks resumed on Monday .\n\nProfit fell 5% .\n    Sales rose in March 1999 , two years ago .")
    assert spans(doc) == ["Monday", "March 1999", "two years ago"]


def _planned(had):
    words = ["They"] + (["had"] if had else []) + ["planned", "a", "rally", "on", "Saturday"]
    k = 1 if had else 0
    v = 1 + k
    heads = [v] + ([v] if had else []) + [v, v + 2, v, v, v + 3]
    deps = ["nsubj"] + (["aux"] if had else []) + ["ROOT", "det", "dobj", "prep", "pobj"]
    tags = ["PRP"] + (["VBD"] if had else []) + ["VBD" if not had else "VBN", "DT", "NN", "IN", "NNP"]
    pos = ["PRON"] + (["AUX"] if had else []) + ["VERB", "DET", "NOUN", "ADP", "PROPN"]
    lemmas = ["they"] + (["have"] if had else []) + ["plan", "a", "rally", "on", "Saturday"]
    return _parsed(words, heads, deps, tags, pos, lemmas)


def test_planning_a_thing_for_a_weekday_points_ahead_unless_pluperfect():
    doc = _planned(False)
    at = doc.text.index("Saturday")
    assert clause_tense(doc, at, at + 8, scheduled=True) == "future"
    assert clause_tense(doc, at, at + 8) == "past"  # only weekdays and times are schedules
    doc = _planned(True)
    at = doc.text.index("Saturday")
    assert clause_tense(doc, at, at + 8, scheduled=True) == "past"


def test_is_to_infinitive_is_future():
    doc = _parsed(["Trading", "is", "to", "resume", "Tuesday"], [1, 1, 3, 1, 3],
                  ["nsubj", "ROOT", "aux", "xcomp", "npadvmod"], ["NN", "VBZ", "TO", "VB", "NNP"],
                  ["NOUN", "AUX", "PART", "VERB", "PROPN"], ["trading", "be", "to", "resume", "Tuesday"])
    at = doc.text.index("Tuesday")
    assert clause_tense(doc, at, at + 7, scheduled=True) == "future"
