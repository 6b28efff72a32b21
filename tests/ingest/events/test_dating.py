"""Dating events on hand-built parses: clause, climbing, chained references, sentence, none."""
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graphkit.ingest.events.dating import date_events
from graphkit.models import Event, TimeExpression

PUB = "2014-07-24"


def parse(rows):
    """rows: (word, head index, dep, pos, tag)."""
    words, heads, deps, pos, tags = zip(*rows, strict=False)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), tags=list(tags),
               sent_starts=[1] + [0] * (len(rows) - 1))


def tx(doc, text, value, ttype="DATE", offset=None):
    start = doc.text.index(text)
    return TimeExpression(start=start, end=start + len(text), text=text, type=ttype, value=value, offset_days=offset)


def ev(doc, word, n=0):
    start = doc.text.index(word)
    return Event(id=f"a#e{n}", type="CONSULT", label=word, actors=["x"], article="a", sentence=doc.text,
                 start=start, end=start + len(word))


SAID = [("Psaki", 1, "nsubj", "PROPN", "NNP"), ("said", 1, "ROOT", "VERB", "VBD"), ("on", 1, "prep", "ADP", "IN"),
        ("Wednesday", 2, "pobj", "PROPN", "NNP"), ("that", 6, "mark", "SCONJ", "IN"),
        ("Hamas", 6, "nsubj", "PROPN", "NNP"),
        ("attacked", 1, "ccomp", "VERB", "VBD"), ("Israel", 6, "dobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]
CONJ = [("Kerry", 1, "nsubj", "PROPN", "NNP"), ("flew", 1, "ROOT", "VERB", "VBD"), ("to", 1, "prep", "ADP", "IN"),
        ("Cairo", 2, "pobj", "PROPN", "NNP"), ("on", 1, "prep", "ADP", "IN"), ("Monday", 4, "pobj", "PROPN", "NNP"),
        ("and", 1, "cc", "CCONJ", "CC"), ("met", 1, "conj", "VERB", "VBD"), ("Sisi", 7, "dobj", "PROPN", "NNP"),
        (".", 1, "punct", "PUNCT", ".")]
CHAIN = [("A", 1, "det", "DET", "DT"), ("day", 4, "npadvmod", "NOUN", "NN"), ("after", 4, "mark", "SCONJ", "IN"),
         ("he", 4, "nsubj", "PRON", "PRP"), ("flew", 9, "advcl", "VERB", "VBD"), ("into", 4, "prep", "ADP", "IN"),
         ("Israel", 5, "pobj", "PROPN", "NNP"), (",", 9, "punct", "PUNCT", ","), ("Kerry", 9, "nsubj", "PROPN", "NNP"),
         ("was", 9, "ROOT", "AUX", "VBD"), ("in", 9, "prep", "ADP", "IN"), ("Egypt", 10, "pobj", "PROPN", "NNP"),
         (".", 9, "punct", "PUNCT", ".")]
RELCL = [("The", 1, "det", "DET", "DT"), ("attack", 7, "nsubj", "NOUN", "NN"), (",", 1, "punct", "PUNCT", ","),
         ("which", 4, "nsubj", "PRON", "WDT"), ("came", 1, "relcl", "VERB", "VBD"),
         ("Monday", 4, "npadvmod", "PROPN", "NNP"),
         (",", 1, "punct", "PUNCT", ","), ("killed", 7, "ROOT", "VERB", "VBD"), ("five", 7, "dobj", "NUM", "CD"),
         (".", 7, "punct", "PUNCT", ".")]
SINCE = [("Kerry", 2, "nsubj", "PROPN", "NNP"), ("has", 2, "aux", "AUX", "VBZ"), ("been", 2, "ROOT", "AUX", "VBN"),
         ("here", 2, "advmod", "ADV", "RB"), ("since", 2, "prep", "ADP", "IN"), ("Monday", 4, "pobj", "PROPN", "NNP"),
         (".", 2, "punct", "PUNCT", ".")]


def test_expression_of_the_events_own_clause():
    doc = parse(SAID)
    out = date_events(doc, [ev(doc, "said")], [tx(doc, "Wednesday", "2014-07-23")], PUB)
    assert (out[0].date, out[0].date_text, out[0].reported) == ("2014-07-23", "Wednesday", PUB)


def test_reported_speech_does_not_take_the_date_of_saying():
    doc = parse(SAID)
    out = date_events(doc, [ev(doc, "attacked")], [tx(doc, "Wednesday", "2014-07-23")], PUB)
    assert out[0].date is None and out[0].reported == PUB


def test_coordinated_verb_shares_the_date():
    doc = parse(CONJ)
    out = date_events(doc, [ev(doc, "met")], [tx(doc, "Monday", "2014-07-21")], PUB)
    assert out[0].date == "2014-07-21"


def test_chained_reference_a_day_after():
    doc = parse(CHAIN)
    out = date_events(doc, [ev(doc, "flew")], [tx(doc, "A day", "P1D", "DURATION")], PUB)
    assert (out[0].date, out[0].date_text) == ("2014-07-23", "A day after")


def test_chained_reference_without_publication_date_keeps_an_offset():
    doc = parse(CHAIN)
    out = date_events(doc, [ev(doc, "flew")], [tx(doc, "A day", "P1D", "DURATION")], None)
    assert (out[0].date, out[0].date_offset_days, out[0].reported) == (None, -1, None)


def test_sentence_fallback():
    doc = parse(RELCL)
    out = date_events(doc, [ev(doc, "attack")], [tx(doc, "Monday", "2014-07-21")], PUB)
    assert out[0].date == "2014-07-21"


def test_since_bound_is_not_an_event_date():
    doc = parse(SINCE)
    out = date_events(doc, [ev(doc, "been")], [tx(doc, "Monday", "2014-07-21")], PUB)
    assert out[0].date is None


@pytest.mark.parametrize("ttype,value", [("DURATION", "PT2H"), ("SET", "P1D"), ("DATE", "PRESENT_REF")])
def test_durations_sets_and_vague_references_do_not_date(ttype, value):
    doc = parse(SAID)
    out = date_events(doc, [ev(doc, "said")], [tx(doc, "Wednesday", value, ttype)], PUB)
    assert out[0].date is None and out[0].date_text is None


def test_unknown_publication_date_keeps_offset_not_a_date():
    doc = parse(SAID)
    out = date_events(doc, [ev(doc, "said")], [tx(doc, "Wednesday", None, offset=-1)], None)
    assert (out[0].date, out[0].date_offset_days, out[0].reported) == (None, -1, None)


def test_input_events_are_not_mutated():
    doc = parse(SAID)
    e = ev(doc, "said")
    date_events(doc, [e], [tx(doc, "Wednesday", "2014-07-23")], PUB)
    assert e.date is None and e.reported is None


def test_seed_dates_on_the_real_model(seed_kg):
    by_text = {}
    for e in seed_kg.events:
        if e.date_text:
            by_text.setdefault(e.date_text, set()).add(e.date)
    assert by_text.get("late Wednesday") == {"2014-07-23"}
    assert by_text.get("10 days ago") == {"2014-07-14"}
    assert by_text.get("September") == {"2014-09"}
    assert all(e.reported == "2014-07-24" for e in seed_kg.events)


AGREED = [("They", 1, "nsubj", "PRON", "PRP"), ("agreed", 1, "ROOT", "VERB", "VBD"), ("to", 3, "aux", "PART", "TO"),
          ("meet", 1, "xcomp", "VERB", "VB"), ("today", 3, "npadvmod", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]


def test_a_clause_the_event_governs_does_not_date_it():
    doc = parse(AGREED)
    out = date_events(doc, [ev(doc, "agreed"), ev(doc, "meet", 1)], [tx(doc, "today", "2014-07-24")], PUB)
    assert [e.date for e in out] == [None, "2014-07-24"]


KILLED = [("Iran", 1, "nsubj", "PROPN", "NNP"), ("killed", 1, "ROOT", "VERB", "VBD"), ("or", 1, "cc", "CCONJ", "CC"),
          ("wounded", 1, "conj", "VERB", "VBD"), ("Iraqis", 1, "dobj", "PROPN", "NNPS"),
          ("today", 1, "npadvmod", "NOUN", "NN"), (".", 1, "punct", "PUNCT", ".")]


def test_coordinated_triggers_of_one_act_are_one_event():
    doc = parse(KILLED)
    out = date_events(doc, [ev(doc, "killed"), ev(doc, "wounded", 1)], [tx(doc, "today", "2014-07-24")], PUB)
    assert [(e.id, e.label, e.date) for e in out] == [("a#e0", "killed", "2014-07-24")]
    other = ev(doc, "wounded", 1).model_copy(update={"recipients": ["y"]})  # another recipient: another event
    assert len(date_events(doc, [ev(doc, "killed"), other], [], PUB)) == 2


VISIT = [("He", 2, "nsubj", "PRON", "PRP"), ("will", 2, "aux", "AUX", "MD"), ("visit", 2, "ROOT", "VERB", "VB"),
         ("Tokyo", 2, "dobj", "PROPN", "NNP"), ("on", 2, "prep", "ADP", "IN"), ("Friday", 4, "pobj", "PROPN", "NNP"),
         (".", 2, "punct", "PUNCT", ".")]
PROPOSED = [("Seoul", 1, "nsubj", "PROPN", "NNP"), ("proposed", 1, "ROOT", "VERB", "VBD"),
            ("talks", 1, "dobj", "NOUN", "NNS"), ("on", 1, "prep", "ADP", "IN"), ("Friday", 3, "pobj", "PROPN", "NNP"),
            (".", 1, "punct", "PUNCT", ".")]
MET_TO = [("They", 1, "nsubj", "PRON", "PRP"), ("met", 1, "ROOT", "VERB", "VBD"), ("to", 3, "aux", "PART", "TO"),
          ("discuss", 1, "advcl", "VERB", "VB"), ("it", 3, "dobj", "PRON", "PRP"), ("on", 3, "prep", "ADP", "IN"),
          ("Friday", 5, "pobj", "PROPN", "NNP"), (".", 1, "punct", "PUNCT", ".")]


@pytest.mark.parametrize("rows, word, value, certainty", [
    (VISIT, "visit", "2014-07-25", "possible"),  # set for a later day: to come
    (VISIT, "visit", "2014-07-23", "asserted"),  # a day already past
    (MET_TO, "discuss", "2014-07-25", "asserted"),  # an infinitive is no future
])
def test_an_act_set_for_a_day_after_publication_has_not_happened(rows, word, value, certainty):
    doc = parse(rows)
    out = date_events(doc, [ev(doc, word)], [tx(doc, "Friday", value)], PUB)
    assert (out[0].date, out[0].certainty) == (value, certainty)


def test_a_later_date_elsewhere_in_the_sentence_keeps_the_event():
    doc = parse(SAID)
    out = date_events(doc, [ev(doc, "attacked")], [tx(doc, "Wednesday", "2014-07-30")], PUB)
    assert out[0].certainty == "asserted"


def test_an_act_told_as_done_is_not_dated_after_its_report():
    doc = parse(PROPOSED)  # "Seoul proposed talks on Friday": Friday is the talks' day, not the proposal's
    later = date_events(doc, [ev(doc, "proposed")], [tx(doc, "Friday", "2014-07-25")], PUB)[0]
    assert (later.date, later.date_text, later.certainty) == (None, None, "asserted")
    earlier = date_events(doc, [ev(doc, "proposed")], [tx(doc, "Friday", "2014-07-18")], PUB)[0]
    assert (earlier.date, earlier.date_text) == ("2014-07-18", "Friday")


def test_a_later_date_elsewhere_in_the_sentence_does_not_date_a_past_act():
    # "Iran, whose talks open Friday, said it attacked ships": Friday is the talks' day
    doc = parse([("Iran", 6, "nsubj", "PROPN", "NNP"), (",", 0, "punct", "PUNCT", ","),
                 ("whose", 3, "poss", "PRON", "WP$"), ("talks", 4, "nsubj", "NOUN", "NNS"),
                 ("open", 0, "relcl", "VERB", "VBP"), ("Friday", 4, "npadvmod", "PROPN", "NNP"),
                 ("said", 6, "ROOT", "VERB", "VBD"), ("it", 8, "nsubj", "PRON", "PRP"),
                 ("attacked", 6, "ccomp", "VERB", "VBD"), ("ships", 8, "dobj", "NOUN", "NNS"),
                 (".", 6, "punct", "PUNCT", ".")])
    later = date_events(doc, [ev(doc, "attacked")], [tx(doc, "Friday", "2014-07-30")], PUB)[0]
    assert (later.date, later.certainty) == (None, "asserted")
    earlier = date_events(doc, [ev(doc, "attacked")], [tx(doc, "Friday", "2014-07-18")], PUB)[0]
    assert earlier.date == "2014-07-18"


def _expelled_after(own_date: bool):
    # Moscow expelled them on Tuesday after the expulsion (last week)
    rows = [("Moscow", 1, "nsubj", "PROPN", "NNP"), ("expelled", 1, "ROOT", "VERB", "VBD"),
            ("them", 1, "dobj", "PRON", "PRP"), ("on", 1, "prep", "ADP", "IN"), ("Tuesday", 3, "pobj", "PROPN", "NNP"),
            ("after", 1, "prep", "ADP", "IN"), ("the", 7, "det", "DET", "DT"), ("expulsion", 5, "pobj", "NOUN", "NN")]
    if own_date:
        rows += [("last", 9, "amod", "ADJ", "JJ"), ("week", 7, "npadvmod", "NOUN", "NN")]
    return parse(rows)


def _other(e):
    return e.model_copy(update={"actors": ["y"]})


def test_an_act_a_clause_follows_takes_only_its_own_phrases_date():
    doc = _expelled_after(False)
    times = [tx(doc, "Tuesday", "2014-07-22")]
    main, before = date_events(doc, [ev(doc, "expelled", 0), _other(ev(doc, "expulsion", 1))], times, PUB)
    assert (main.date, before.date) == ("2014-07-22", None)  # not the day of the act that followed it
    doc = _expelled_after(True)
    times = [tx(doc, "Tuesday", "2014-07-22"), tx(doc, "last week", "2014-W29")]
    main, before = date_events(doc, [ev(doc, "expelled", 0), _other(ev(doc, "expulsion", 1))], times, PUB)
    assert (main.date, before.date) == ("2014-07-22", "2014-W29")
