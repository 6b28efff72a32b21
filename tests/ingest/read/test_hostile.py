"""Hostile inputs at the readers (issue 19): repeated ids, one-line articles, NUL bytes and UTF-16
JSON Lines, closed stdin, bidirectional controls in names, and inputs over the size limits."""
import gzip
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.errors import ReaderError
from graphkit.ingest.read.readers import read_articles, read_path

LINE = "John Kerry met Benjamin Netanyahu in Jerusalem on Friday."


def _read(*paths, **kw):
    problems = []
    arts = list(read_articles(list(paths), problems=problems, **kw))
    return arts, problems


# -- item 1/2: one renaming rule over all inputs ---------------------------------------------------
ids = st.lists(st.sampled_from(["dup", "x1", "dup~2", "a", "a~2~2", "b"]), min_size=1, max_size=12)


@given(first=ids, second=ids)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_ids_are_unique_across_files_and_keep_their_order(tmp_path_factory, first, second):
    d = tmp_path_factory.mktemp("ids")
    for name, chunk in (("1.jsonl", first), ("2.jsonl", second)):
        (d / name).write_text("".join(json.dumps({"id": i, "text": LINE}) + "\n" for i in chunk))
    arts, problems = _read(d / "1.jsonl", d / "2.jsonl")
    got = [a.id for a in arts]
    assert len(got) == len(set(got)) == len(first) + len(second)
    wanted = first + second
    assert [g.split("~")[0] for g in got] == [w.split("~")[0] for w in wanted]
    renamed = [(w, g) for w, g in zip(wanted, got, strict=True) if w != g]
    assert len([p for p in problems if "renamed" in p.reason]) == len(renamed)


def test_local_ids_match_the_issue_example(tmp_path):
    (tmp_path / "1.jsonl").write_text("".join(json.dumps({"id": i, "text": LINE}) + "\n" for i in ("dup", "x1")))
    (tmp_path / "2.jsonl").write_text("".join(json.dumps({"id": i, "text": LINE}) + "\n" for i in ("dup", "dup")))
    assert [a.id for a in _read(tmp_path / "1.jsonl", tmp_path / "2.jsonl")[0]] == ["dup", "x1", "dup~2", "dup~3"]
    # a Dask worker reads one shard without renaming: the driver renames over all shards
    assert [a.id for a in _read(tmp_path / "2.jsonl", rename=False)[0]] == ["dup", "dup"]


# -- item 3: a one-line article is body, not a headline ---------------------------------------------
def test_one_line_stdin_is_the_body(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO((LINE + "\n").encode())))
    [art] = read_articles(["-"])
    assert art.title is None and art.text.strip() == LINE


def test_one_line_file_without_line_break_is_the_body(tmp_path):
    (tmp_path / "one.txt").write_text(LINE)
    [art] = read_path(tmp_path / "one.txt")
    assert art.title is None
    (tmp_path / "two.txt").write_text("Headline\n" + LINE)
    [art] = read_path(tmp_path / "two.txt")
    assert art.title == "Headline"


# -- item 4: NUL bytes and UTF-16 JSON Lines ---------------------------------------------------------
@pytest.mark.parametrize("where", [0, 1, 40])
def test_a_nul_byte_drops_its_line_wherever_it_is(tmp_path, where):
    lines = [json.dumps({"id": f"r{i}", "text": LINE}) for i in range(50)]
    lines[where] = lines[where][:-2] + "\x00" + lines[where][-2:]
    (tmp_path / "n.jsonl").write_bytes(("\n".join(lines) + "\n").encode())
    arts, problems = _read(tmp_path / "n.jsonl")
    assert len(arts) == 49 and f"r{where}" not in {a.id for a in arts}
    assert [p.source for p in problems] == [f"{tmp_path / 'n.jsonl'}:{where + 1}"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("gz", [False, True])
def test_utf16_and_utf32_jsonl_with_bom_keep_every_record(tmp_path, codec, gz):
    text = "".join(json.dumps({"id": f"r{i}", "text": f"Café {i}. " + LINE}, ensure_ascii=False) + "\r\n"
                   for i in range(5))
    data = ("\ufeff" + text).encode(codec) if codec.endswith("-be") else text.encode(codec)
    name = "u.jsonl.gz" if gz else "u.jsonl"
    (tmp_path / name).write_bytes(gzip.compress(data) if gz else data)
    arts, problems = _read(tmp_path / name)
    assert [a.id for a in arts] == [f"r{i}" for i in range(5)] and problems == []
    assert arts[3].text.startswith("Café 3.")


@given(st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=6),
       st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-8-sig"]))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_jsonl_in_any_unicode_encoding_reads_every_record(tmp_path_factory, texts, codec):
    d = tmp_path_factory.mktemp("enc")
    text = "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    (d / "x.jsonl").write_bytes(text.encode(codec))
    problems = []
    got = list(read_articles([d / "x.jsonl"], problems=problems))
    kept = {a.id for a in got}
    assert kept == {f"r{i}" for i, t in enumerate(texts) if t.strip()}
    assert all(p.reason == "record has no text ('text' is empty)" for p in problems if p.fatal)


# -- item 16: closed stdin -------------------------------------------------------------------------------
def test_closed_stdin_is_a_reader_error(monkeypatch):
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(ReaderError, match="standard input is closed"):
        list(read_articles(["-"]))


# -- item 19: bidirectional controls never reach names ---------------------------------------------------
@given(st.sampled_from(["\u202e", "\u202a", "\u2066", "\u200f", "\u061c", "\x1b", "\x07"]))
@settings(max_examples=20, deadline=None)
def test_bidi_and_control_characters_become_spaces(ch):
    [art] = list(_records([{"id": "a" + ch, "text": "Kerry" + ch + " left."}]))
    assert art.text == "Kerry  left." and art.id == "a"


def _records(recs):
    from graphkit.ingest.read.readers import parse_records

    return parse_records("\n".join(json.dumps(r) for r in recs))


# -- item 15: limits ---------------------------------------------------------------------------------------
def test_a_line_over_the_byte_limit_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    monkeypatch.setattr("graphkit.ingest.read.readers.MAX_ARTICLE_BYTES", 1000)
    big = json.dumps({"id": "big", "text": "word " * 1000})
    (tmp_path / "b.jsonl").write_text("\n".join([json.dumps({"id": "a", "text": LINE}), big,
                                                 json.dumps({"id": "c", "text": LINE})]) + "\n")
    arts, problems = _read(tmp_path / "b.jsonl")
    assert [a.id for a in arts] == ["a", "c"]
    [p] = problems
    assert p.source.endswith(":2") and p.fatal and "longer than 1,000 bytes" in p.reason


def test_a_text_file_over_the_byte_limit_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr("graphkit.ingest.read.readers.MAX_ARTICLE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("Head\n" + "word " * 1000)
    (tmp_path / "ok.txt").write_text("Head\n" + LINE)
    arts, problems = _read(tmp_path)
    assert [a.id for a in arts] == ["ok"]
    assert [(p.reason, p.fatal) for p in problems] == [("too large: 5,005 bytes (the limit is 1,000); skipped", True)]


def test_iter_lines_keeps_line_numbers_in_step():
    from graphkit.ingest.read import limits

    data = b"a\n" + b"x" * 5000 + b"\nb\n" + b"y" * 10 + b"\n"
    assert list(limits.iter_lines(io.BytesIO(data), 8)) == [b"a\n", None, b"b\n", None]
    assert list(limits.iter_lines(io.StringIO("12345678\n9"), 8)) == ["12345678\n", "9"]
