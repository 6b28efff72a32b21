"""Hard-wrapped wire copy is joined into running lines (same length); prose with one paragraph a line is not."""
import spacy

from graphkit.ingest.prepare.layout import dateline_ends, datelines, is_hard_wrapped, unwrap
from graphkit.ingest.prepare.sentences import tokenize

WIRE = ("Iran's top war spokesman Ali Akbar\nHashemi Rafsanjani on Tuesday called the U.S. attacks on two of\n"
        "its Gulf oil platforms an escalation and promised retaliation.\n"
        "    The Tehran leadership have been quick to threaten vengeance\nafter the raids.\n")


def test_wrapped_wire_text_is_joined_and_keeps_its_offsets():
    out = unwrap(WIRE)
    assert len(out) == len(WIRE)
    assert "Ali Akbar Hashemi Rafsanjani" in out and "two of its Gulf" in out
    assert "retaliation.\n    The Tehran" in out  # a paragraph's break stays
    assert [i for i, c in enumerate(WIRE) if c != out[i]] == [i for i, c in enumerate(WIRE)
                                                              if c == "\n" and out[i] == " "]


def test_blank_lines_stay():
    text = "talks on the\nborder were held\n\nand went on\nuntil late\n"
    assert unwrap(text) == "talks on the border were held\n\nand went on until late\n"


def test_prose_with_a_line_a_paragraph_is_left_alone():
    prose = "Ministers met on Monday.\nThe talks went on.\nNo deal was made.\n"
    assert not is_hard_wrapped(prose) and unwrap(prose) == prose
    long = ("Welsh councils should set their taxes at reasonable levels after being given an average "
            "funding increase, says the assembly government\nFinance Minister Sue Essex said it was a good deal\n"
            "But opposition parties said rebanding of council taxes would mean steep rises for many\n")
    assert unwrap(long) == long


def test_two_lines_are_too_few_to_tell():
    assert unwrap("a wrapped\nline") == "a wrapped\nline"


def test_tokenize_keeps_only_the_paragraph_break_as_a_space_token():
    doc = tokenize(spacy.blank("en"), WIRE)
    assert [t.text for t in doc if t.is_space] == ["\n    ", "\n"]  # the indented break and the final one
    assert [t.text for t in doc if t.is_sent_start] == ["Iran", "The"]
    assert len(doc.text) == len(WIRE)


def test_paragraph_datelines_end_where_the_item_starts():
    text = ("World News Highlights\nRescue workers planned to go.\n    MANILA - Communist rebels said so.\n"
            "    FREETOWN, Sierra Leone - A coup failed.\n    BUENOS AIRES (Reuter) - Pope John Paul spoke.")
    assert [text[k:k + 4] for k in dateline_ends(text)] == ["Comm", "A co", "Pope"]
    assert [p for _, _, p in datelines(text)] == ["MANILA", "FREETOWN, Sierra Leone", "BUENOS AIRES"]
    assert [text[s:e] for s, e, _ in datelines(text)][0] == "MANILA - "


def test_a_dateline_may_carry_the_day_which_is_no_part_of_the_place():
    text = "TOKYO, March 3 (Reuters) - Japan protested.\n    FREETOWN, Sierra Leone, Sept. 14 - A coup failed."
    assert [text[k:k + 5] for k in dateline_ends(text)] == ["Japan", "A cou"]
    assert [p for _, _, p in datelines(text)] == ["TOKYO", "FREETOWN, Sierra Leone"]
    assert dateline_ends("He said on March 3 - a Tuesday - that it was over.") == []


def test_no_dateline_in_running_text_nor_from_a_country_abbreviation():
    assert dateline_ends("Kuwait - the biggest buyer - said so.\n    U.S. - Japan talks began.") == []
    assert dateline_ends("Talks went on. ROME - it said.") == []
