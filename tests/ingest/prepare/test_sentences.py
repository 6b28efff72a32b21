"""Layout breaks (headline line, blank lines, indented paragraphs) become sentence starts the parser keeps."""
import pytest
import spacy

from graphkit.ingest.prepare.sentences import tokenize


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def starts(doc):
    return [t.text for t in doc if t.is_sent_start]


def test_wrapped_lines_are_not_breaks(blank):
    doc = tokenize(blank, "Showers continued in\nthe cocoa zone, a review\nsaid.")
    assert starts(doc) == ["Showers"]


def test_blank_line_and_indented_line_start_sentences(blank):
    doc = tokenize(blank, "NAIROBI, Kenya (AP) _\n\nBombs exploded Friday\n    Dozens were killed\n\n\n  Police came")
    assert starts(doc) == ["NAIROBI", "Bombs", "Dozens", "Police"]


def test_title_line_only_when_the_text_begins_with_it(blank):
    text = "Kerry Presses Truce\nKerry worked the phones"
    assert starts(tokenize(blank, text, title="Kerry Presses Truce")) == ["Kerry", "Kerry"]
    assert starts(tokenize(blank, text, title="Another Headline")) == ["Kerry"]
    assert starts(tokenize(blank, text, title="Kerry Presses")) == ["Kerry"]  # not a whole line


@pytest.mark.model
def test_parser_keeps_the_breaks(nlp):
    text = "U.S. Says Gaps Remain as Kerry Presses Gaza Truce\nU.S. Secretary of State John Kerry worked the phones."
    doc = nlp(tokenize(nlp, text, title=text.split("\n")[0]))
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["U.S. Says Gaps Remain as Kerry Presses Gaza Truce",
                     "U.S. Secretary of State John Kerry worked the phones."]


def test_a_paragraph_dateline_is_no_part_of_its_first_sentence(blank):
    doc = tokenize(blank, "Highlights\n    BONN - West German Chancellor Kohl spoke.\n    MANILA - Rebels said so.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "West" in starts and "Rebels" in starts
    assert not doc[[t.text for t in doc].index("German")].is_sent_start  # no one-word sentence "West"
