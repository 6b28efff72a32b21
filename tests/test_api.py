"""graphkit.build and the build command: globs, the cache, progress, options."""
import gzip
import itertools
import json

import pytest
from click.testing import CliRunner
from conftest import shared_path

import graphkit
from graphkit.api import expand_globs
from graphkit.cli.main import cli
from graphkit.progress import build_progress, estimate_total


def reuters(n):
    path = shared_path("corpora", "reuters-21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, n)]


def write_shards(folder, recs, per=4):
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(recs), per):
        with gzip.open(folder / f"part-{i // per:03d}.jsonl.gz", "wt", encoding="utf-8") as fh:
            for r in recs[i:i + per]:
                fh.write(json.dumps(r) + "\n")


def test_expand_globs_keeps_plain_paths_and_unmatched_patterns(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    got = expand_globs([str(tmp_path / "*.txt"), "-", str(tmp_path / "none-*.txt")])
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-", str(tmp_path / "none-*.txt")]


@pytest.mark.model
def test_glob_over_shards_equals_the_records(tmp_path):
    recs = reuters(10)
    write_shards(tmp_path / "corpus", recs)
    kg = graphkit.build([str(tmp_path / "corpus" / "*.jsonl.gz")])
    assert [a.id for a in kg.articles] == [r["id"] for r in recs]
    direct = graphkit.build(recs)
    assert [(a.id, len(a.mentions)) for a in kg.actors] == [(a.id, len(a.mentions)) for a in direct.actors]
    assert [e.model_dump() for e in kg.events] == [e.model_dump() for e in direct.events]
    assert estimate_total([str(tmp_path / "corpus" / "*.jsonl.gz")]) == 10


@pytest.mark.model
def test_progress_is_called_once_per_article():
    seen = []
    recs = [{"id": f"r{i}", "text": f"Kerry met Abbas in Cairo on day {i}."} for i in range(5)]
    graphkit.build(recs, progress=lambda r: seen.append(r.article.id))
    assert seen == [f"r{i}" for i in range(5)]


def test_progress_is_silent_off_a_terminal():
    import io

    out = io.StringIO()
    with build_progress(total=2, stream=out) as tick:
        tick(None)
        tick(None)
    assert out.getvalue() == "" and tick.done == 2


def test_progress_draws_on_a_terminal():
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    out = Tty()
    with build_progress(total=16, stream=out) as tick:
        for _ in range(16):
            tick(None)
    assert tick.done == 16
    assert "articles/s" in out.getvalue() and "ETA" in out.getvalue()


@pytest.mark.model
def test_cli_build_caches_in_the_output_folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n")
    out = tmp_path / "out"
    args = ["build", str(src), "-o", str(out), "--format", "json", "--published", "2014-07-24"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert (out / ".graphkit-cache.sqlite").exists()
    first = (out / "graph.json").read_bytes()
    (src / "b.txt").write_text("More\nMahmoud Abbas spoke to John Kerry in Ramallah on Thursday.\n")
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    assert "1 articles from the cache, 1 parsed" in r.output
    (src / "b.txt").unlink()
    r = CliRunner().invoke(cli, args)
    assert "1 articles from the cache, 0 parsed" in r.output
    assert (out / "graph.json").read_bytes() == first


@pytest.mark.model
def test_cli_no_cache_and_cache_path(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "o1"), "--format", "json", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert not (tmp_path / "o1" / ".graphkit-cache.sqlite").exists()
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "o2"), "--format", "json",
                                 "--cache", str(tmp_path / "elsewhere.sqlite"), "-j", "2"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "elsewhere.sqlite").exists()
    assert not (tmp_path / "o2" / ".graphkit-cache.sqlite").exists()


def test_cli_dask_and_scheduler_together_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("T\nText.")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--dask", "local:2",
                                 "--scheduler", "tcp://127.0.0.1:8786", "-o", str(tmp_path / "o")])
    assert r.exit_code == 2 and "not both" in r.output


def test_cli_bad_dask_spec_is_one_line_error(tmp_path):
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text("T\nKerry met Abbas.")
    for spec in ("cluster9", "local:0", "remote", "local:x"):
        r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--dask", spec, "-o", str(tmp_path / "o")])
        assert r.exit_code == 2 and "local:N" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("address", ["notaurl", "zmq://127.0.0.1:8786", "tcp://host", "tcp://h:99999", ""])
def test_cli_bad_scheduler_address_is_a_usage_error(tmp_path, address):
    pytest.importorskip("distributed")
    (tmp_path / "a.txt").write_text("T\nKerry met Abbas.")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--scheduler", address, "-o", str(tmp_path / "o")])
    if address:
        assert r.exit_code == 2 and "not a Dask scheduler address" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("reply", [b"HTTP/1.0 400 Bad Request\r\n\r\n", b""])
def test_a_scheduler_that_never_answers_is_an_error_not_a_hang(reply):
    import socket
    import threading
    import time

    from graphkit.errors import DistributedError
    from graphkit.ingest.run.dask import connect

    pytest.importorskip("distributed")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    port = server.getsockname()[1]
    stop = threading.Event()

    def http_like():  # answers like a web server and keeps the connection open
        server.settimeout(0.2)
        conns = []
        while not stop.is_set():
            try:
                c, _ = server.accept()
            except OSError:
                continue
            c.sendall(reply)
            conns.append(c)
        for c in conns:
            c.close()

    t = threading.Thread(target=http_like, daemon=True)
    t.start()
    start = time.monotonic()
    try:
        with pytest.raises(DistributedError, match="no Dask scheduler answered|did not answer as Dask does"):
            connect(scheduler=f"tcp://127.0.0.1:{port}", wait=6)
        assert time.monotonic() - start < 20
    finally:
        stop.set()
        t.join()
        server.close()


# -- issue 19: the Python API refuses what it cannot use, and never mixes two articles -----------------
from graphkit.errors import OptionError, QueryError  # noqa: E402
from graphkit.models import Article  # noqa: E402

KERRY = "John Kerry met Benjamin Netanyahu in Jerusalem on Friday. Hamas fired rockets at Israel."


@pytest.mark.model
def test_records_with_the_same_id_are_renamed_and_keep_their_events_apart():
    kg = graphkit.build([{"id": "a", "text": KERRY}, {"id": "a", "text": KERRY},
                         Article(id="a", text=KERRY)], published="2014-07-25")
    assert [a.id for a in kg.articles] == ["a", "a~2", "a~3"]
    ids = [e.id for e in kg.events]
    assert len(ids) == len(set(ids)) and {e.article for e in kg.events} == {"a", "a~2", "a~3"}
    assert [p.reason for p in kg.problems] == ["article id 'a' already used; renamed 'a~2'",
                                               "article id 'a' already used; renamed 'a~3'"]


@pytest.mark.model
def test_records_and_files_share_one_id_space(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n" + KERRY)
    kg = graphkit.build([{"id": "a", "text": KERRY}, tmp_path / "a.txt"])
    assert [a.id for a in kg.articles] == ["a", "a~2"]


@pytest.mark.model
@pytest.mark.parametrize("one", [{"id": "solo", "text": KERRY}, Article(id="solo", text=KERRY)])
def test_one_record_or_one_article_alone(one):
    kg = graphkit.build(one)
    assert [a.id for a in kg.articles] == ["solo"] and kg.events


@pytest.mark.model
def test_a_one_line_article_gives_actors_and_events(tmp_path):
    (tmp_path / "one.txt").write_text(KERRY.split(". ")[0] + ".")  # no line break at all
    kg = graphkit.build(tmp_path / "one.txt")
    assert {a.name for a in kg.actors} >= {"John Kerry", "Benjamin Netanyahu"} and kg.events


@pytest.mark.parametrize("kw", [{"batch_size": 0}, {"batch_size": -3}, {"batch_size": "8"}, {"jobs": 0},
                                {"published": "yesterday"}, {"published": 20140724}])
def test_unusable_build_options_are_option_errors(kw):
    with pytest.raises(OptionError):
        graphkit.build([{"id": "a", "text": KERRY}], **kw)


def test_build_from_something_that_is_not_an_input_is_an_option_error():
    with pytest.raises(OptionError, match="cannot build from int"):
        graphkit.build([5])


def _small():
    from query_data import small_kg

    return small_kg()


@pytest.mark.parametrize("call, match", [
    (lambda kg: kg.top_actors(n=-1), "n must be"), (lambda kg: kg.top_actors(n="3"), "n must be"),
    (lambda kg: kg.events(type=5), "event type must be"),
    (lambda kg: kg.events(type=["CONSULT", 5]), "unknown event type 5"),
    (lambda kg: kg.merge(None), "merge takes KnowledgeGraph"), (lambda kg: kg.actors(kind=3), "must be a string"),
])
def test_query_misuse_is_a_query_error(call, match):
    with pytest.raises(QueryError, match=match):
        call(_small())


def test_top_actors_n_zero_and_none():
    kg = _small()
    assert kg.top_actors(n=0) == [] and len(kg.top_actors(n=None)) == len(kg.actors)


def test_save_takes_a_comma_separated_string(tmp_path):
    written = _small().save(tmp_path / "o", formats="json,timeline")
    assert sorted(written) == ["json", "timeline"]
    with pytest.raises(OptionError, match="unknown format 'jsn'"):
        _small().save(tmp_path / "o", formats="jsn")


@pytest.mark.model
@pytest.mark.parametrize("mark", ["\u202e", "\u2066", "\u200f", "\x1b"])
def test_names_never_keep_bidi_or_control_characters(mark, tmp_path):
    text = f"Benjamin Netanyahu{mark} met John Kerry{mark} in Jerusalem on Friday."
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "b", "text": text}) + "\n")
    for kg in (graphkit.build([Article(id="a", text=text)]), graphkit.build(tmp_path / "b.jsonl")):
        names = [n for a in kg.actors for n in (a.name, *a.aliases)]
        assert "Benjamin Netanyahu" in names and not any(mark in n for n in names)
