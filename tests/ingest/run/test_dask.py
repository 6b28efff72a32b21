"""Builds on a Dask cluster equal local builds, also when a worker dies; the cache is honoured."""
import gzip
import itertools
import json
import os
import signal

import pytest

distributed = pytest.importorskip("distributed")

from conftest import shared_path  # noqa: E402

import graphkit  # noqa: E402
from graphkit.ingest.run.dask import DaskRunner  # noqa: E402

pytestmark = pytest.mark.model
USER_TRIM = os.environ.get("MALLOC_TRIM_THRESHOLD_")  # before any nanny writes Dask's value here


def reuters(n, skip=0):
    path = shared_path("corpora", "reuters-21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, skip, skip + n)]


@pytest.fixture(scope="module")
def fifty():
    return reuters(50)


@pytest.fixture(scope="module")
def local_json(fifty):
    return graphkit.build(fifty, batch_size=4).to_json()


@pytest.fixture(scope="module")
def client():
    from graphkit.ingest.run.dask import connect

    c, cluster = connect(dask="local:2")  # the cluster --dask local:2 starts
    with cluster, c:
        yield c


def test_local_workers_keep_glibc_malloc_defaults_and_no_profiler(client):
    """Dask's nanny pins MALLOC_TRIM_THRESHOLD_ (~25% slower parsing); graphkit's local cluster does not."""
    assert set(client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_").values()) == {USER_TRIM}
    profiling = client.run(lambda: __import__("dask").config.get("distributed.worker.profile.enabled"))
    assert set(profiling.values()) == {False}


def test_two_worker_cluster_equals_local_build(client, fifty, local_json):
    stats = {}
    kg = graphkit.build(fifty, client=client, batch_size=4, stats=stats)
    assert stats["parsed"] == 50
    assert kg.to_json() == local_json


def test_cached_articles_are_not_sent_to_workers(client, fifty, local_json, tmp_path, monkeypatch):
    cache = tmp_path / "c.sqlite"
    graphkit.build(fifty[:30], cache=cache, batch_size=4)
    sent = []
    real = DaskRunner.submit
    monkeypatch.setattr(DaskRunner, "submit", lambda self, arts: sent.extend(a.id for a in arts) or real(self, arts))
    stats = {}
    kg = graphkit.build(fifty, client=client, cache=cache, batch_size=4, stats=stats)
    assert (stats["cached"], stats["parsed"]) == (30, 20)
    assert sorted(sent) == sorted(r["id"] for r in fifty[30:])
    assert kg.to_json() == local_json


def test_killed_worker_loses_no_article(client, fifty, local_json):
    before = client.run(os.getpid)
    killed = []

    def kill_one(records):
        if not killed:
            pid = sorted(before.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    stats = {}
    kg = graphkit.build(fifty, client=client, batch_size=2, progress=kill_one, stats=stats)
    assert killed
    assert stats["parsed"] == 50 and len(kg.articles) == 50
    assert kg.to_json() == local_json
    client.wait_for_workers(2, timeout=60)
    assert killed[0] not in client.run(os.getpid).values()


def test_cli_dask_local(tmp_path):
    from click.testing import CliRunner

    from graphkit.cli.main import cli

    recs = reuters(6, skip=100)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "d"), "--format", "json",
                                 "--dask", "local:1", "--no-cache"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "l"), "--format", "json", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "d" / "graph.json").read_bytes() == (tmp_path / "l" / "graph.json").read_bytes()


def test_glob_of_shards_reads_on_workers_and_equals_local(client, fifty, tmp_path, monkeypatch):
    import graphkit.ingest.run.dask as dist

    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(0, 24, 6):
        with gzip.open(folder / f"part-{i:03d}.jsonl.gz", "wt", encoding="utf-8") as fh:
            fh.write("".join(json.dumps(r) + "\n" for r in fifty[i:i + 6]))
    (folder / "part-999.jsonl.gz").write_bytes(gzip.compress(b'{"id": "broken"\n'))
    pattern = str(folder / "*.jsonl.gz")
    local = graphkit.build([pattern], batch_size=4)
    assert len(local.articles) == 24 and local.problems
    used = []
    real = dist.extract_shards
    monkeypatch.setattr(dist, "extract_shards", lambda files, *a, **k: used.append(files) or real(files, *a, **k))
    cache = tmp_path / "c.sqlite"
    graphkit.build([str(folder / "part-006.jsonl.gz"), str(folder / "part-012.jsonl.gz")], cache=cache)
    stats = {}
    kg = graphkit.build([pattern], client=client, batch_size=4, cache=cache, stats=stats)
    assert len(used) == 1 and len(used[0]) == 5  # the local priming build does not use the bag
    assert (stats["cached"], stats["parsed"]) == (12, 12)
    assert kg.to_json() == local.to_json()


def test_cli_scheduler_uses_a_running_cluster(client, tmp_path):
    from click.testing import CliRunner

    from graphkit.cli.main import cli

    recs = reuters(6, skip=200)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    seen = set(client.run(lambda dask_worker: len(dask_worker.state.log)).values())
    address = client.scheduler.address
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "d"), "--format", "json",
                                 "--scheduler", address, "--no-cache"])
    assert r.exit_code == 0, r.output
    assert set(client.run(lambda dask_worker: len(dask_worker.state.log)).values()) != seen  # work ran there
    assert client.scheduler_info()["workers"]  # the cluster outlives the build
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "l"), "--format", "json", "--no-cache"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "d" / "graph.json").read_bytes() == (tmp_path / "l" / "graph.json").read_bytes()


def test_a_model_missing_on_the_workers_fails_before_any_task(client, fifty, monkeypatch):
    from graphkit.errors import ModelNotFoundError

    sent = []
    monkeypatch.setattr(DaskRunner, "submit", lambda self, arts: sent.append(arts))
    with pytest.raises(ModelNotFoundError, match="on the Dask workers: spaCy model 'no_such_model'"):
        graphkit.build(fifty[:2], client=client, model="no_such_model")
    assert sent == []


def test_repeated_ids_across_shards_are_renamed_as_in_a_local_build(client, tmp_path):
    """Issue 19 item 1: [dup, x1] + [dup, dup] gives dup, x1, dup~2, dup~3 with Dask too, and the same graph."""
    text = "John Kerry met Benjamin Netanyahu in Jerusalem on Friday."
    german = ("Der Minister sagte am Montag, dass die Gespräche mit den Rebellen auch nach dem Ende der Woche "
              "weitergehen.")
    shards = {"1.jsonl": [("dup", text), ("x1", text)], "2.jsonl": [("dup", german), ("dup", text + " Again.")],
              "3.jsonl": [("dup", "Hamas fired rockets at Israel."), ("x1", text)]}
    for name, recs in shards.items():
        (tmp_path / name).write_text("".join(json.dumps({"id": i, "text": t, "published": "2014-07-25"}) + "\n"
                                             for i, t in recs))
    files = [str(tmp_path / n) for n in shards]
    local = graphkit.build(files, batch_size=2)
    remote = graphkit.build(files, client=client, batch_size=2)
    assert [a.id for a in local.articles] == ["dup", "x1", "dup~3", "dup~4", "x1~2"]  # dup~2: the German one, skipped
    assert remote.to_json() == local.to_json()
    event_ids = [e.id for e in remote.events]
    assert len(event_ids) == len(set(event_ids))


def test_local_workers_ignore_ctrl_c_so_only_the_driver_reports_it(client):
    """Issue 19 item 14: Ctrl-C reaches every process of the terminal's group; the workers of
    --dask local ignore it (the driver closes them) instead of printing their tracebacks."""
    ignored = client.run(lambda: signal.getsignal(signal.SIGINT) is signal.SIG_IGN)  # a bool travels back
    assert set(ignored.values()) == {True}
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the driver's is restored
