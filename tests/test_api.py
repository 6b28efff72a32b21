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
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--dask", "cluster9", "-o", str(tmp_path / "o")])
    assert r.exit_code == 1 and "local:N" in r.output and "Traceback" not in r.output
