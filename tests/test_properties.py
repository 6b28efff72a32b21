"""Property-based tests (hypothesis): readers never crash, exports round-trip any Unicode, HTML escapes it.

XML 1.0 cannot carry some characters (C0 controls other than tab/newline/CR, U+FFFE/U+FFFF,
lone surrogates); the exporters write them as U+FFFD (:func:`graphkit.render.files.xml_safe`),
so for GraphML and GEXF the expected value is ``xml_safe(value)``; every other character
comes back exactly. graph.json carries everything but lone surrogates, which UTF-8 cannot encode.
"""
import datetime as dt
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.ingest.prepare.guard import check_article, detect_language, split_text
from graphkit.ingest.read.decode import clean_text, decode_bytes
from graphkit.ingest.read.published import parse_published
from graphkit.ingest.read.readers import parse_records, read_articles, read_txt
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event, Quote
from graphkit.render.files import xml_safe
from graphkit.render.gexf import generate_gexf, parse_gexf
from graphkit.render.graphml import generate_graphml, parse_graphml
from graphkit.render.json import generate_json, write_json

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])
#: Any character, lone surrogates included (they reach the records through JSON escapes).
ANY = st.characters(codec=None, categories=None)
ANY_TEXT = st.text(ANY, min_size=1, max_size=40)
#: Text UTF-8 can encode (no lone surrogates): what a file or a Python str from a file holds.
TEXT = st.text(min_size=1, max_size=40)


def _kg(name, alias, title, quote, label, sentence, article_title, aid="k", article_id="a"):
    art = Article(id=article_id, text="Kerry met Netanyahu.", title=article_title)
    return KnowledgeGraph(
        articles=[art],
        actors=[Actor(id=aid, name=name, kind="person", aliases=[alias], titles=[title],
                      quotes=[Quote(article=article_id, start=0, end=5, text=quote, speaker=aid)]),
                Actor(id="other", name="Other", kind="country")],
        events=[Event(id=f"{article_id}#e0", type="CONSULT", label=label, actors=[aid], recipients=["other"],
                      article=article_id, sentence=sentence, start=0, end=5, date="2014-07-24")],
    )


# --- graph.json -------------------------------------------------------------------------------

@SETTINGS
@given(name=TEXT, alias=TEXT, title=TEXT, quote=TEXT, label=TEXT, sentence=TEXT, article_title=TEXT,
       aid=TEXT, article_id=TEXT)
def test_graph_json_round_trip_keeps_any_unicode(name, alias, title, quote, label, sentence, article_title,
                                                 aid, article_id):
    kg = _kg(name, alias, title, quote, label, sentence, article_title, aid, article_id)
    back = KnowledgeGraph.from_json(generate_json(kg))
    a = back.actor_index[aid]
    assert (a.name, a.aliases, a.titles, a.quotes[0].text) == (name, [alias], [title], quote)
    assert (back.events[0].label, back.events[0].sentence) == (label, sentence)
    assert back.articles[0].title == article_title and back.articles[0].id == article_id


@SETTINGS
@given(name=ANY_TEXT, quote=ANY_TEXT)
def test_graph_json_file_with_lone_surrogates_is_written_and_read(tmp_path_factory, name, quote):
    path = tmp_path_factory.mktemp("j") / "graph.json"
    write_json(_kg(name, "a", "t", quote, "met", "s", "T"), path)
    back = KnowledgeGraph.load(path)
    fix = re.compile("[\ud800-\udfff]")
    assert back.actors[0].name == fix.sub("\ufffd", name)
    assert back.actors[0].quotes[0].text == fix.sub("\ufffd", quote)


# --- GraphML and GEXF -------------------------------------------------------------------------

def _person(G):
    return next(d for n, d in G.nodes(data=True) if d.get("kind") == "person")


@SETTINGS
@given(name=ANY_TEXT, alias=ANY_TEXT, title=ANY_TEXT, label=ANY_TEXT, sentence=ANY_TEXT, aid=ANY_TEXT,
       article_id=ANY_TEXT)
def test_graphml_round_trip(name, alias, title, label, sentence, aid, article_id):
    kg = _kg(name, alias, title, "q", label, sentence, "T", aid, article_id)
    G = parse_graphml(generate_graphml(kg))
    d = _person(G)
    assert (d["label"], d["aliases"], d["titles"]) == (xml_safe(name), xml_safe(alias), xml_safe(title))
    ev = next(d for n, d in G.nodes(data=True) if d.get("kind") == "event")
    assert ev["label"] == xml_safe(label)
    assert ev.get("sentence", xml_safe(sentence)) == xml_safe(sentence)
    assert {xml_safe(aid), xml_safe(f"{article_id}#e0"), "other"} == set(G.nodes)


@SETTINGS
@given(name=ANY_TEXT, alias=ANY_TEXT, title=ANY_TEXT, label=ANY_TEXT, aid=ANY_TEXT, article_id=ANY_TEXT)
def test_gexf_round_trip(name, alias, title, label, aid, article_id):
    kg = _kg(name, alias, title, "q", label, "s", "T", aid, article_id)
    G = parse_gexf(generate_gexf(kg))
    d = _person(G)
    assert (d["label"], d["aliases"], d["titles"]) == (xml_safe(name), xml_safe(alias), xml_safe(title))
    ev = next(d for n, d in G.nodes(data=True) if d.get("kind") == "event")
    assert ev["label"] == xml_safe(label)
    assert {xml_safe(aid), xml_safe(f"{article_id}#e0"), "other"} == set(G.nodes)


# --- HTML -------------------------------------------------------------------------------------

MARK = "<zq"  # never in a template: any unescaped copy of the input shows up as this


def _html_outputs(kg):
    from graphkit.render.html import generate_html
    from graphkit.render.timeline import generate_timeline

    return {"map": generate_html(kg), "timeline": generate_timeline(kg)}


def _script_tags(html):
    low = html.lower()
    return low.count("<script"), low.count("</script"), low.count("<!--")


BASELINE = {k: _script_tags(v) for k, v in _html_outputs(_kg("K", "A", "T", "Q", "met", "S", "Title")).items()}


@SETTINGS
@given(parts=st.lists(TEXT, min_size=7, max_size=7),
       payload=st.sampled_from(["</script><script>alert(1)</script>", "<!--", "<img src=x onerror=alert(1)>",
                                "\" onmouseover=\"x", "' onfocus='x", "]]>", "&lt;script&gt;", "\u2028\u2029",
                                "</SCRIPT >", "<svg/onload=alert(1)>", "{{title}}", "${x}", "`x`"]))
def test_html_never_contains_unescaped_input(parts, payload):
    fields = [f"{MARK}{payload}{p}" for p in parts]
    outputs = _html_outputs(_kg(*fields))
    for kind, html in outputs.items():
        assert MARK not in html, kind
        assert _script_tags(html) == BASELINE[kind], kind
        for f in fields:
            assert f not in html


# --- readers and checks -----------------------------------------------------------------------

@SETTINGS
@given(text=st.text(ANY, max_size=300), title=st.one_of(st.none(), ANY_TEXT), rid=st.one_of(st.none(), ANY_TEXT,
                                                                                            st.integers()))
def test_records_keep_their_text_up_to_xml_cleaning(text, title, rid):
    line = json.dumps({"id": rid, "title": title, "text": text})
    problems = []
    arts = list(parse_records(line, "r.jsonl", problems))
    if not text.strip():
        assert arts == [] and problems[0].reason.startswith("record has no text")
        return
    [art] = arts
    assert art.text == clean_text(text)[0] and len(art.text) == len(text)
    assert xml_safe(art.text) == art.text
    art.model_dump_json()  # encodable: no lone surrogate survives


@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".json", ".jsonl", ".html", ".txt.gz"]))
def test_any_bytes_in_any_file_never_crash_a_read(tmp_path_factory, data, suffix):
    d = tmp_path_factory.mktemp("b")
    (d / f"x{suffix}").write_bytes(data)
    problems = []
    arts = list(read_articles([d], problems=problems))
    assert arts or problems  # either read, or said why not
    for a in arts:
        assert a.text.strip() and xml_safe(a.text) == a.text


@SETTINGS
@given(data=st.binary(max_size=500))
def test_decode_never_fails(data):
    text, warning = decode_bytes(data)
    assert isinstance(text, str)
    if warning is None and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        assert text.encode("utf-8") in (data, data.removeprefix(b"\xef\xbb\xbf"))


@SETTINGS
@given(text=st.text(ANY, max_size=200))
def test_read_txt_and_checks_never_crash(text):
    art = read_txt(text, id="x")
    if art is None:
        assert not clean_text(text)[0].strip()
        return
    assert len(art.text) == len(text)
    check_article(art)
    detect_language(art.text)


@SETTINGS
@given(value=st.one_of(st.text(max_size=60), st.integers(), st.floats(), st.none(), st.dates().map(str)))
def test_parse_published_is_none_or_a_real_date(value):
    out = parse_published(value)
    if out is not None:
        assert dt.date.fromisoformat(out).isoformat() == out


@SETTINGS
@given(day=st.dates(min_value=dt.date(1000, 1, 1)))
def test_parse_published_keeps_every_iso_date(day):
    assert parse_published(day.isoformat()) == day.isoformat()
    assert parse_published(f"{day.isoformat()}T12:00:00Z") == day.isoformat()


@SETTINGS
@given(text=st.text(alphabet=st.sampled_from("ab .!?\n\t\"')"), max_size=600), size=st.integers(1, 80))
def test_split_text_covers_the_text_in_bounded_chunks(text, size):
    chunks = split_text(text, size)
    assert "".join(c for _, c in chunks) == text
    for start, chunk in chunks:
        assert text[start:start + len(chunk)] == chunk
        assert len(chunk) <= size
    assert all(chunk for _, chunk in chunks) or text == ""


# -- issue 19 item 8: NaN and infinities never reach graph.json ------------------------------------------
from graphkit.errors import GraphFormatError  # noqa: E402


@SETTINGS
@given(bad=st.sampled_from([float("nan"), float("inf"), float("-inf")]))
def test_a_non_finite_score_is_refused_not_written_as_invalid_json(tmp_path_factory, bad):
    import pytest

    ev = Event(id="a#e0", type="CONSULT", label="met", actors=["k"], article="a", sentence="s", start=0, end=1,
               score=bad)
    kg = KnowledgeGraph(actors=[Actor(id="k", name="Kerry", kind="person")], events=[ev])
    with pytest.raises(GraphFormatError, match="not a finite number"):
        kg.to_json()
    out = tmp_path_factory.mktemp("nan")
    good = KnowledgeGraph(actors=[Actor(id="k", name="Kerry", kind="person")])
    good.save(out, formats=["json", "timeline"])
    before = (out / "graph.json").read_bytes(), (out / "timeline.html").read_bytes()
    with pytest.raises(GraphFormatError):
        kg.save(out, formats=["json", "timeline"])
    assert ((out / "graph.json").read_bytes(), (out / "timeline.html").read_bytes()) == before


@SETTINGS
@given(token=st.sampled_from(["NaN", "Infinity", "-Infinity"]))
def test_a_graph_json_holding_nan_is_a_format_error(token):
    import pytest

    text = '{"format": "graphkit/1", "events": [{"id": "e", "type": "CONSULT", "label": "x", "article": "a", ' \
           f'"sentence": "s", "start": 0, "end": 1, "score": {token}}}]}}'
    with pytest.raises(GraphFormatError, match=f"{token.lstrip('-')} is not a JSON number|-Infinity is not"):
        KnowledgeGraph.from_json(text)
