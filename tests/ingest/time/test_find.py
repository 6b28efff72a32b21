"""find_timexes on the real model: the seed's gold time expressions, no publication date, TimeBank."""
import json

from conftest import SEED_ID, SEEDS, shared_path

from graphkit.ingest.time.find import anchor_date, find_timexes


def _seed_text():
    return (SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8")


def test_every_seed_gold_time_expression(nlp):
    gold = json.loads(shared_path("gold", "seed-kerry-gaza.json").read_text(encoding="utf-8"))
    text = _seed_text()
    found = find_timexes(nlp(text), gold["published"])
    for t in gold["timexes"]:
        if t.get("optional"):
            continue
        start = text.index(t["near"]) + t["near"].index(t["text"])
        end = start + len(t["text"])
        hits = [x for x in found if x.start < end and start < x.end]
        assert any(x.value == t["value"] for x in hits), (t["text"], [(x.text, x.value) for x in hits])


def test_seed_values_by_hand(nlp):
    found = {(x.text, x.value) for x in find_timexes(nlp(_seed_text()), "2014-07-24")}
    assert {("late Wednesday", "2014-07-23"), ("10 days ago", "2014-07-14"), ("eight-year", "P8Y"),
            ("September", "2014-09"), ("2009", "2009"), ("two hours", "PT2H")} <= found


def test_no_publication_date_never_invents_one(nlp):
    doc = nlp("Kerry met Netanyahu yesterday and will fly to Cairo on Friday. The siege began in 2007.")
    by = {x.text: x for x in find_timexes(doc, None)}
    assert by["yesterday"].value is None and by["yesterday"].offset_days == -1
    assert by["Friday"].value is None
    assert by["2007"].value == "2007"


def test_future_tense_weekday_points_ahead(nlp):
    by = {x.text: x.value for x in find_timexes(nlp("Kerry will meet Abbas on Friday."), "2014-07-24")}
    assert by["Friday"] == "2014-07-25"


def test_anchor_date_accepts_timestamps():
    assert str(anchor_date("1998-02-12T14:11:00")) == "1998-02-12"
    assert anchor_date("not a date") is None


def test_timebank_sample(nlp):
    rows = [json.loads(line) for line in shared_path("data", "timebank-aquaint.jsonl").open(encoding="utf-8")][:25]
    n_gold = n_sys = relaxed = value = 0
    for r, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=False):
        sys_ = find_timexes(doc, r["published"])
        n_gold += len(r["timexes"])
        n_sys += len(sys_)
        used = set()
        for t in r["timexes"]:
            hit = next((k for k, s in enumerate(sys_) if k not in used and s.start < t["end"] and t["start"] < s.end),
                       None)
            if hit is not None:
                used.add(hit)
                relaxed += 1
                value += sys_[hit].value == t["value"]
    assert 2 * relaxed / (n_gold + n_sys) >= 0.85
    assert 2 * value / (n_gold + n_sys) >= 0.70


def test_simple_present_schedule_points_ahead_but_reporting_does_not(nlp):
    ahead = {x.text: x.value for x in find_timexes(nlp("Leaders meet Monday in Brussels."), "2014-07-24")}
    said = {x.text: x.value for x in find_timexes(nlp("Kerry says Monday that talks failed."), "2014-07-24")}
    assert ahead["Monday"] == "2014-07-28" and said["Monday"] == "2014-07-21"


def _blank(text):
    import spacy

    return spacy.blank("en")(text)


def test_year_back_compares_with_the_quarter_being_reported():
    doc = _blank("Net rose in the quarter , against a loss a year earlier . In the 1988 period sales fell ; "
                 "a year ago they rose .")
    by = [(t.text, t.value) for t in find_timexes(doc, "1989-10-26")]
    assert ("a year earlier", "1988-Q3") in by and ("a year ago", "1988-Q3") in by


def test_year_back_without_a_reported_quarter_is_a_year():
    doc = _blank("The 1987 period was weak . Sales rose from a year ago .")
    by = dict((t.text, t.value) for t in find_timexes(doc, "1989-10-26"))
    assert by["a year ago"] == "1988"


def test_the_previous_weekday_is_the_one_before_the_day_just_named():
    doc = _blank("The index fell Friday , down 4.5 % from the previous Friday ; it rose the following Monday .")
    by = [(t.text, t.value) for t in find_timexes(doc, "1989-10-30")]
    assert by == [("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20"),
                  ("the following Monday", "1989-10-23")]
