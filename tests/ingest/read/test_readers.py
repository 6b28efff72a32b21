import gzip
import io
import json

import pytest

from graphkit.errors import InputNotFoundError
from graphkit.ingest.read.readers import parse_records, read_articles, read_txt


def test_txt_headline_and_sidecar(tmp_path):
    (tmp_path / "a.txt").write_text("Kerry Presses Truce\nKerry met Netanyahu.\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2014-07-24", "url": "http://x/a"}))
    [art] = list(read_articles([tmp_path]))
    assert art.id == "a"
    assert art.title == "Kerry Presses Truce"
    assert art.published == "2014-07-24"
    assert art.url == "http://x/a"
    assert art.text.startswith("Kerry Presses Truce\n")  # offsets index the whole file


def test_txt_without_date_stays_null(tmp_path):
    (tmp_path / "b.txt").write_text("Title\nBody.", encoding="utf-8")
    [art] = list(read_articles([tmp_path / "b.txt"]))
    assert art.published is None


def test_published_option_fills_only_missing(tmp_path):
    (tmp_path / "r.jsonl").write_text(
        json.dumps({"id": "x", "text": "A.", "published": "2001-02-03"}) + "\n"
        + json.dumps({"id": "y", "text": "B."}) + "\n", encoding="utf-8")
    arts = list(read_articles([tmp_path / "r.jsonl"], published="2014-07-24"))
    assert [(a.id, a.published) for a in arts] == [("x", "2001-02-03"), ("y", "2014-07-24")]


def test_jsonl_bad_line_reported_with_number_others_kept():
    problems = []
    text = '{"id": "a", "text": "One."}\n{not json\n{"id": "c", "title": "T"}\n{"id": "d", "text": "Four."}\n'
    arts = list(parse_records(text, source="f.jsonl", problems=problems))
    assert [a.id for a in arts] == ["a", "d"]
    reasons = {p.source: p.reason for p in problems}
    assert "line 2" in reasons["f.jsonl:2"]
    assert reasons["f.jsonl:3"] == "record has no text"


def test_json_list_and_single_record():
    arts = list(parse_records(json.dumps([{"id": 1, "text": "A."}, {"text": "B."}]), default_id="f"))
    assert [a.id for a in arts] == ["1", "f-2"]
    [one] = parse_records(json.dumps({"id": "z", "text": "Z.", "url": "u", "title": "T"}))
    assert (one.id, one.title, one.url) == ("z", "T", "u")


def test_gzip_jsonl(tmp_path):
    p = tmp_path / "c.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g", "text": "Gz.", "published": "1987-03-01"}) + "\n")
    [art] = list(read_articles([p]))
    assert (art.id, art.published) == ("g", "1987-03-01")


def test_html_page(tmp_path):
    body = " ".join(["Kerry met Netanyahu in Tel Aviv on Wednesday to discuss a truce."] * 5)
    page = f"""<html><head><title>Kerry meets Netanyahu</title>
    <meta property="article:published_time" content="2014-07-24T08:00:00Z"></head>
    <body><nav>Home | World</nav><article><h1>Kerry meets Netanyahu</h1><p>{body}</p>
    <p>{body}</p></article><footer>Copyright</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    [art] = list(read_articles([tmp_path]))
    assert art.id == "page"
    assert "Netanyahu" in art.title
    assert art.published == "2014-07-24"
    assert "Kerry met Netanyahu" in art.text
    assert "Copyright" not in art.text


def test_directory_recursive_and_several_paths(tmp_path):
    (tmp_path / "d1" / "sub").mkdir(parents=True)
    (tmp_path / "d1" / "sub" / "x.txt").write_text("T\nX.", encoding="utf-8")
    (tmp_path / "d1" / "notes.csv").write_text("ignored", encoding="utf-8")
    (tmp_path / "y.txt").write_text("T\nY.", encoding="utf-8")
    ids = [a.id for a in read_articles([tmp_path / "d1", tmp_path / "y.txt"])]
    assert ids == ["x", "y"]


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Head\nBody text.")))
    [art] = list(read_articles(["-"]))
    assert (art.id, art.title) == ("stdin", "Head")


def test_missing_path_is_error(tmp_path):
    with pytest.raises(InputNotFoundError, match="input not found"):
        list(read_articles([tmp_path / "nope.txt"]))


def test_empty_txt_is_problem():
    problems = []
    assert read_txt("  \n ", id="e", problems=problems) is None
    assert problems[0].reason == "empty article"
