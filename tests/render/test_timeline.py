"""timeline.html: offline, article text escaped, the data the page filters on."""
import json
import re

from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event
from graphkit.render.timeline import generate_timeline, timeline_json, write_timeline

EVIL = "<script>alert(1)</script><img src=x onerror=alert(2)>&amp;\u2028"


def hostile():
    return KnowledgeGraph(
        articles=[Article(id="a1", text="...", published="2014-07-24", title=EVIL)],
        actors=[Actor(id="eve", name=f"Eve {EVIL}", kind="person"), Actor(id="bob", name="Bob", kind="person")],
        events=[Event(id="a1#e0", type="CONSULT", label=f"met {EVIL}", actors=["eve"], recipients=["bob"],
                      date="2014-07-23", date_text="Wednesday", reported="2014-07-24", article="a1",
                      sentence=f"Eve met Bob. {EVIL}", start=0, end=3),
                Event(id="a1#e1", type="ASSAULT", label="attacked", actors=["bob"], recipients=["eve"],
                      reported="2014-07-24", certainty="possible", article="a1", sentence="Bob may attack.",
                      start=4, end=9)])


def _data(page):
    block = re.search(r'<script type="application/json" id="timeline-data">(.*?)</script>', page, re.S).group(1)
    return block, json.loads(block)


def test_article_markup_never_reaches_the_page_as_markup():
    page = generate_timeline(hostile())
    block, rows = _data(page)
    for bad in ("<script>alert", "<img", "onerror=alert(2)>", "&amp;", "\u2028"):
        assert bad not in block
    assert page.count("<script") == 2  # the data block and the page's own script
    assert rows[0]["sentence"].endswith(EVIL)  # the text survives, as data
    assert "innerHTML" not in page


def test_page_is_self_contained():
    page = generate_timeline(hostile())
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "http://" not in page and "https://" not in page
    assert "default-src 'none'" in page


def test_rows_in_timeline_order_with_happened_and_reported():
    _, rows = _data(generate_timeline(hostile()))
    assert [(r["id"], r["happened"], r["reported"], r["certainty"]) for r in rows] == [
        ("a1#e0", "2014-07-23", "2014-07-24", "asserted"), ("a1#e1", None, "2014-07-24", "possible")]
    assert rows[0]["actor_ids"] == ["eve"] and rows[0]["recipients"] == ["Bob"]


def test_filters_are_applied_when_asked(tmp_path):
    path = tmp_path / "t.html"
    write_timeline(hostile(), path, type="ASSAULT")
    _, rows = _data(path.read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["a1#e1"]


def test_timeline_json_escapes_html_specials():
    assert timeline_json([{"x": "</script>&"}]) == '[{"x":"\\u003c/script\\u003e\\u0026"}]'


def test_seed_timeline_file(seed_out):
    page = (seed_out / "timeline.html").read_text(encoding="utf-8")
    _, rows = _data(page)
    assert rows and any(r["happened"] == "2014-07-23" for r in rows)
    days = [r["day"] for r in rows if r["day"]]
    assert days == sorted(days)
