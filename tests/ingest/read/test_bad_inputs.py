"""Every kind of bad input the readers meet: what is skipped, what is kept, and the message."""
import gzip
import io
import json
import os
import random

import pytest

from graphkit.errors import InputNotFoundError, OptionError
from graphkit.ingest.read.readers import parse_records, read_articles, read_path

GOOD = "Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n"


def _read(*paths, **kw):
    problems = []
    arts = list(read_articles(list(paths), problems=problems, **kw))
    return arts, {p.source: p for p in problems}


def test_empty_and_whitespace_files(tmp_path):
    for name, data in [("e.txt", b""), ("w.txt", b" \n\t\r\n"), ("e.jsonl", b""), ("w.jsonl", b"\n\n  \n"),
                       ("e.json", b"  "), ("e.html", b"")]:
        (tmp_path / name).write_bytes(data)
    arts, problems = _read(tmp_path)
    assert arts == []
    assert {os.path.basename(s): (p.reason, p.fatal) for s, p in problems.items()} == {
        n: ("empty file", True) for n in ("e.txt", "w.txt", "e.jsonl", "w.jsonl", "e.json", "e.html")}


def test_unicode_whitespace_only_text_is_empty_article(tmp_path):
    (tmp_path / "nbsp.txt").write_text("\u00a0\u3000\n\u2003", encoding="utf-8")
    arts, problems = _read(tmp_path / "nbsp.txt")
    assert arts == [] and [p.reason for p in problems.values()] == ["empty article"]


@pytest.mark.parametrize("data, reason", [
    (random.Random(7).randbytes(4000), "binary file, not text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document), not text"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive or Office document), not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image), not text"),
    (b"Kerry met\x00Netanyahu", "binary file, not text"),
    (b"\x01\x02\x03\x04\x05\x06 text with many control bytes \x07\x08\x0e\x0f\x10\x11\x12", "binary file, not text"),
], ids=["random", "pdf", "zip", "png", "nul", "controls"])
@pytest.mark.parametrize("name", ["x.txt", "x.jsonl", "x.json", "x.html"])
def test_binary_files_are_refused_with_a_reason(tmp_path, data, reason, name):
    if name == "x.jsonl" and data.startswith(b"Kerry"):
        reason = "malformed JSON on line 1: Expecting value (column 1)"  # JSON Lines: the NUL's line only
    (tmp_path / name).write_bytes(data)
    arts, problems = _read(tmp_path / name)
    assert arts == []
    assert [(p.reason, p.fatal) for p in problems.values()] == [(reason, True)]


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    (tmp_path / "u16.txt").write_bytes(GOOD.encode("utf-16"))
    [art], problems = _read(tmp_path / "u16.txt")
    assert art.text == GOOD and problems == {}


def test_invalid_utf8_legacy_encoding_falls_back_with_warning(tmp_path):
    (tmp_path / "l1.txt").write_bytes("Café\nLe café de la Paix a fermé.".encode("cp1252"))
    [art], problems = _read(tmp_path / "l1.txt")
    assert art.text == "Café\nLe café de la Paix a fermé."
    [p] = problems.values()
    assert p.reason == "not valid UTF-8 (bad byte at offset 3); decoded as Windows-1252" and not p.fatal
    assert art.warnings == [p.reason]


def test_invalid_utf8_in_utf8_text_replaces_bad_bytes(tmp_path):
    (tmp_path / "mix.txt").write_bytes("Zürich\nTalks in Zürich ".encode() + b"\xff\xfe end.")
    [art], problems = _read(tmp_path / "mix.txt")
    assert art.text.endswith("Zürich \ufffd\ufffd end.")
    assert "bad bytes replaced with U+FFFD" in problems[str(tmp_path / "mix.txt")].reason


def test_invalid_utf8_in_one_jsonl_line_warns_for_that_line(tmp_path):
    good = json.dumps({"id": "a", "text": "Kerry met Abbas."}).encode()
    bad = b'{"id": "b", "text": "Caf\xe9 talks."}'
    (tmp_path / "r.jsonl").write_bytes(good + b"\n" + bad + b"\n")
    arts, problems = _read(tmp_path / "r.jsonl")
    assert [(a.id, a.text) for a in arts] == [("a", "Kerry met Abbas."), ("b", "Café talks.")]
    assert list(problems) == [f"{tmp_path / 'r.jsonl'}:2"]
    assert arts[1].warnings and not arts[0].warnings


def test_control_characters_are_replaced_one_for_one(tmp_path):
    text = "Head\nKerry\x00 met\x0cNetanyahu\x1b."
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c", "text": text, "title": "T\x01"}), encoding="utf-8")
    [art], problems = _read(tmp_path / "c.jsonl")
    assert art.text == "Head\nKerry  met Netanyahu ." and len(art.text) == len(text)
    assert art.title == "T "
    assert "3 control or invalid character(s) replaced" in [p.reason for p in problems.values()]


def test_lone_surrogates_from_json_escapes_are_replaced():
    [art] = parse_records('{"id": "s\\ud800", "text": "a \\udc00 b \\ud83d\\ude00"}')
    assert art.text == "a \ufffd b \U0001F600" and art.id == "s\ufffd"
    art.model_dump_json()  # encodable


def test_malformed_jsonl_lines_have_line_numbers_and_others_are_read(tmp_path):
    lines = ['{"id": "a", "text": "One."}', '{broken', '', '"just a string"', '[1, 2]',
             '{"id": "f", "text": "Six."}', '{"id": "g", "text": "Seven."']
    (tmp_path / "r.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts, problems = _read(tmp_path / "r.jsonl")
    assert [a.id for a in arts] == ["a", "f"]
    src = str(tmp_path / "r.jsonl")
    assert {k[len(src):]: v.reason for k, v in problems.items()} == {
        ":2": "malformed JSON on line 2: Expecting property name enclosed in double quotes (column 2)",
        ":4": "record is not a JSON object (got a string)",
        ":5": "record is not a JSON object (got a list)",
        ":7": "malformed JSON on line 7: Expecting ',' delimiter (column 29)",
    }


def test_pretty_printed_malformed_json_is_one_problem(tmp_path):
    (tmp_path / "p.json").write_text('{\n  "id": "x",\n  "text": "T",\n  oops\n}\n', encoding="utf-8")
    arts, problems = _read(tmp_path / "p.json")
    assert arts == []
    [p] = problems.values()
    assert p.reason.startswith("malformed JSON: ") and "line 4" in p.reason


def test_malformed_json_list_and_deep_nesting():
    problems = []
    assert list(parse_records('[{"id": "a", "text": "A."}, oops]', "l.json", problems)) == []
    assert problems[0].reason.startswith("malformed JSON: ")
    problems = []
    assert list(parse_records("[" * 100_000 + "]" * 100_000, "deep.json", problems)) == []
    assert problems[0].reason == "malformed JSON: nested too deeply"


@pytest.mark.parametrize("record, reason", [
    ({"id": "a"}, "record has no text"),
    ({"id": "a", "text": None}, "record has no text"),
    ({"id": "a", "text": ""}, "record has no text ('text' is empty)"),
    ({"id": "a", "text": "  \n"}, "record has no text ('text' is empty)"),
    ({"id": "a", "text": 42}, "record has no text ('text' is a number, not a string)"),
    ({"id": "a", "text": ["A", "B"]}, "record has no text ('text' is a list, not a string)"),
])
def test_records_without_text(record, reason):
    problems = []
    assert list(parse_records(json.dumps(record), "r.json", problems)) == []
    assert [(p.source, p.reason, p.fatal) for p in problems] == [("r.json", reason, True)]


def test_record_text_aliases_and_odd_field_types():
    [art] = parse_records(json.dumps({"id": {"x": 1}, "body": "Body text.", "title": ["a"], "url": 5}),
                          default_id="f")
    assert (art.id, art.text, art.title, art.url) == ("f", "Body text.", None, "5")


@pytest.mark.parametrize("value", ["2014-13-45", "yesterday", "last Tuesday", "2014-02-30", "soon",
                                   "0000-00-00", "x" * 10_000, True, ["2014-07-24"], {"d": 1}])
def test_impossible_or_relative_published_dates_are_ignored_with_warning(value):
    problems = []
    [art] = parse_records(json.dumps({"id": "a", "text": "A.", "published": value}), "r.json", problems)
    assert art.published is None
    [p] = problems
    assert not p.fatal and p.reason.endswith("is not a date; ignored")
    assert art.warnings == [p.reason]


def test_non_iso_but_absolute_dates_are_read():
    arts = parse_records("\n".join(json.dumps({"id": str(i), "text": "A.", "published": v}) for i, v in
                                   enumerate(["24 July 2014", "July 24, 2014", "2014-07-24T23:30:00-05:00"])))
    assert [a.published for a in arts] == ["2014-07-24"] * 3


def test_bad_sidecar_is_a_warning_and_the_article_is_kept(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.meta.json").write_text('{"published": "2014-13-45"}', encoding="utf-8")
    arts, problems = _read(tmp_path)
    assert [(a.id, a.published) for a in arts] == [("a", None), ("b", None)]
    reasons = sorted(p.reason.split(":")[0] for p in problems.values())
    assert reasons == ["published date '2014-13-45' in the sidecar is not a date; ignored", "sidecar ignored"]
    assert not any(p.fatal for p in problems.values())


def test_folder_mixing_good_and_bad_files(tmp_path):
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "d_records.jsonl").write_text('{"id": "r1", "text": "Abbas spoke."}\n{bad\n', encoding="utf-8")
    (tmp_path / "e_latin1.txt").write_bytes("Caf\xe9\nThe caf\xe9 closed.".encode("latin-1"))
    (tmp_path / "f_page.html").write_text("<html><body></body></html>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not read", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "g_good.txt").write_text(GOOD, encoding="utf-8")
    arts, problems = _read(tmp_path)
    assert [a.id for a in arts] == ["a_good", "d_records-1", "e_latin1", "g_good"] or \
        [a.id for a in arts] == ["a_good", "r1", "e_latin1", "g_good"]
    fatal = sorted(os.path.basename(s) for s, p in problems.items() if p.fatal)
    assert fatal == ["b_empty.txt", "c_binary.txt", "d_records.jsonl:2", "f_page.html"]


def test_unreadable_file_is_a_problem_and_others_are_read(tmp_path, monkeypatch):
    # Tests run as root, where chmod 000 does not block reading: simulate the refusal at open().
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    locked = str(tmp_path / "a.txt")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == locked:
            raise PermissionError(13, "Permission denied", locked)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    arts, problems = _read(tmp_path)
    assert [a.id for a in arts] == ["b"]
    assert problems[locked].reason == "cannot read: Permission denied" and problems[locked].fatal


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_file_as_normal_user(tmp_path):  # pragma: no cover - CI runs as root
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    os.chmod(tmp_path / "a.txt", 0)
    arts, problems = _read(tmp_path)
    assert arts == [] and problems[str(tmp_path / "a.txt")].reason == "cannot read: Permission denied"


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def fake_scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    arts, problems = _read(tmp_path)
    assert [a.id for a in arts] == ["a"]
    assert problems[str(tmp_path / "locked")].reason == "cannot read folder: Permission denied"


def test_fifo_symlink_and_folder_named_like_files(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dir.txt").mkdir()
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    arts, problems = _read(tmp_path)  # must not block on the fifo
    assert [a.id for a in arts] == ["ok"]
    assert problems[str(tmp_path / "pipe.txt")].reason == "not a regular file; skipped"
    assert problems[str(tmp_path / "broken.txt")].reason == "cannot read: No such file or directory"


def test_gzip_detected_by_content_and_broken_gzip(tmp_path):
    (tmp_path / "plain.jsonl").write_bytes(gzip.compress(b'{"id": "z", "text": "Zipped."}\n'))
    (tmp_path / "notgz.txt.gz").write_text(GOOD, encoding="utf-8")
    lines = "".join(json.dumps({"id": f"t{i}", "text": f"Article {i} " + f"w{i} " * 50}) + "\n" for i in range(2000))
    data = gzip.compress(lines.encode())
    (tmp_path / "trunc.jsonl.gz").write_bytes(data[: len(data) // 2])
    arts, problems = _read(tmp_path)
    ids = [a.id for a in arts]
    assert ids[:1] == ["notgz"] and "z" in ids
    kept = [i for i in ids if i.startswith("t")]
    assert 0 < len(kept) < 2000 and kept == [f"t{i}" for i in range(len(kept))]  # lines before the cut are kept
    p = problems[str(tmp_path / "trunc.jsonl.gz")]
    assert p.fatal and p.reason.startswith("cannot read: compressed file ended")


def test_duplicate_ids_are_renamed(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "x.txt").write_text(GOOD, encoding="utf-8")
    arts, problems = _read(tmp_path, tmp_path / "a" / "x.txt")  # the same file twice is read once
    assert [a.id for a in arts] == ["x", "x~2"]
    assert arts[1].warnings == ["article id 'x' already used; renamed 'x~2'"]
    assert not any(p.fatal for p in problems.values())


def test_missing_input_path_fails_before_reading(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(InputNotFoundError, match="input not found: .*nope"):
        next(read_articles([tmp_path / "a.txt", tmp_path / "nope"]))


@pytest.mark.parametrize("value", ["yesterday", "2014-13-45", "24/07"])
def test_bad_published_option_is_an_option_error(tmp_path, value):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with pytest.raises(OptionError, match="is not a date"):
        next(read_articles([tmp_path], published=value))


def test_huge_first_line_gets_a_short_title(tmp_path):
    (tmp_path / "long.txt").write_text("word " * 300_000 + "\nBody.", encoding="utf-8")
    [art] = read_path(tmp_path / "long.txt")
    assert len(art.text) == 1_500_006 and len(art.title) <= 301 and art.title.endswith("…")


def test_stdin_binary_and_gzip(monkeypatch):
    problems = []
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\x00\x01binary")))
    assert list(read_articles(["-"], problems=problems)) == []
    assert problems[0].reason == "binary file, not text"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(GOOD.encode()))))
    [art] = read_articles(["-"])
    assert art.title == "Talks"


def test_an_unexpected_error_in_one_file_does_not_stop_the_others(tmp_path, monkeypatch):
    import graphkit.ingest.read.records as records  # the text reader's parser (see read/registry.py)

    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    real = records.read_txt

    def boom(text, id, **kw):
        if id == "a":
            raise RuntimeError("unexpected")
        return real(text, id, **kw)

    monkeypatch.setattr(records, "read_txt", boom)
    arts, problems = _read(tmp_path)
    assert [a.id for a in arts] == ["b"]
    assert problems[str(tmp_path / "a.txt")].reason == "cannot read: RuntimeError: unexpected"


@pytest.mark.model
def test_huge_article_end_to_end_is_parsed_in_chunks_with_valid_offsets():
    """A 45,000-character article goes through the real pipeline in chunks (guard.MAX_CHARS each).

    The full 1 MB run (182 s, 1.06 GB peak RSS on the 2-core CI box) is too slow for the suite;
    ``split_text`` on 1 MB is tested in test_guard.py.
    """
    from conftest import SEEDS

    import graphkit
    from graphkit.ingest.prepare.guard import MAX_CHARS, split_text

    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    paras = [p.strip() for p in seed.split("\n\n") if p.strip()]
    text = ""
    while len(text) < 45_000:
        text += paras[len(text) % len(paras)] + "\n\n"
    assert len(split_text(text, MAX_CHARS)) >= 4
    kg = graphkit.build([{"id": "huge", "text": text, "published": "2014-07-24"}])
    [art] = kg.articles
    assert art.text == text and kg.problems == []
    mentions = [m for a in kg.actors for m in a.mentions]
    assert mentions and all(text[m.start:m.end] == m.text for m in mentions)
    assert max(m.start for m in mentions) > len(text) - MAX_CHARS  # the last chunk was read too
    assert kg.events and all(0 <= e.start < e.end <= len(text) for e in kg.events)
    assert len({e.id for e in kg.events}) == len(kg.events)
    assert max(e.start for e in kg.events) > 3 * MAX_CHARS
