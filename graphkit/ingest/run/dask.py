"""Running the per-article work on a Dask cluster (the optional ``graphkit[dask]`` extra).

The driver reads the articles, skips those the cache holds, and submits the rest in
batches; each task is :func:`graphkit.ingest.run.local.extract_blobs` — the very function
the local and multi-process builds run — on a Dask worker, which loads the spaCy model once
(per worker process, cached). Results are reduced in the driver (actor merging, the graph)
as they arrive, in input order, so the graph is byte-identical to a local build. A worker
that dies mid-build is replaced by its nanny and Dask reruns its tasks; each batch's result
is consumed exactly once, so no article is lost or counted twice.

Inputs given as many files (``'corpus/*.jsonl.gz'``) go through :func:`extract_shards`
instead: a ``dask.bag`` with one partition per file is read *on the workers*; the driver
only receives each article's cache key, and asks the workers to extract the articles the
cache lacks. Article texts then never pass through the driver.

``--dask local[:N]`` starts a :class:`distributed.LocalCluster` of N single-threaded worker
processes (default: the number of CPUs); ``--scheduler tcp://HOST:8786`` connects to a
running cluster whose workers have graphkit and the model installed.

Examples
--------
>>> parse_local_spec("local:2"), parse_local_spec("local")
(2, None)
>>> parse_local_spec("tcp://10.0.0.1:8786")
Traceback (most recent call last):
...
graphkit.errors.DistributedError: --dask takes local or local:N (N workers), not 'tcp://10.0.0.1:8786'; use --scheduler for a running cluster
"""
from __future__ import annotations

import collections
import itertools
import logging
import uuid
from collections.abc import Iterator

from graphkit.errors import DistributedError

__all__ = ["DaskRunner", "connect", "prepare_workers", "parse_local_spec", "dask_available", "extract_shards"]

_ids = itertools.count()

#: Dask settings for the workers of ``--dask local``. Dask's nanny pins glibc's
#: ``MALLOC_TRIM_THRESHOLD_`` in every worker; that also freezes glibc's adaptive mmap
#: threshold, so the parser's large arrays are mapped and unmapped on every batch and a
#: worker spends ~25% more CPU per article than a plain process (measured with
#: ``benchmarks/bench_build.py --dask``). ``None`` unsets the variable, leaving glibc's
#: defaults. The statistical profiler (a stack sample every 10 ms) is off too: nobody
#: watches a dashboard of a cluster that lives for one build.
LOCAL_CLUSTER_CONFIG = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
}


def dask_available() -> bool:
    """Whether ``dask`` and ``distributed`` are installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("dask", "distributed"))


def parse_local_spec(spec: str) -> int | None:
    """The worker count of ``local`` / ``local:N`` (None: one per CPU)."""
    name, _, n = (spec or "").partition(":")
    if name != "local" or (n and not n.isdigit()) or n == "0":
        raise DistributedError(
            f"--dask takes local or local:N (N workers), not {spec!r}; use --scheduler for a running cluster")
    return int(n) if n else None


def _require_dask():
    if not dask_available():
        raise DistributedError("Dask is not installed; install it with: pip install 'graphkit[dask]'")


def connect(dask: str | None = None, scheduler: str | None = None):
    """A ``(client, cluster)`` pair: a new local cluster (``dask``) or a running one (``scheduler``).

    ``cluster`` is None when connecting to a running scheduler; close both when done.
    """
    _require_dask()
    from dask import config as dask_config
    from distributed import Client, LocalCluster

    try:
        if scheduler:
            return Client(scheduler, timeout="20s"), None
        n = parse_local_spec(dask or "local")
        with dask_config.set(LOCAL_CLUSTER_CONFIG):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)
        return Client(cluster), cluster
    except DistributedError:
        raise
    except (OSError, TimeoutError) as err:
        raise DistributedError(f"cannot reach the Dask scheduler {scheduler or dask!r}: {err}") from err


def prepare_workers(client, model: str | None = None) -> None:
    """Load the spaCy model on every worker now (once per worker process, as tasks would).

    A worker without the model then fails the build at once, with graphkit's message, rather
    than in its first task; workers that join later load it in their first task.
    """
    from graphkit.errors import ModelNotFoundError
    from graphkit.ingest.prepare.model import load_model

    try:
        client.run(load_model, model)
    except ModelNotFoundError as err:
        raise ModelNotFoundError(f"on the Dask workers: {err}") from None


class DaskRunner:
    """A pipeline runner (see :func:`graphkit.ingest.run.local.extract_articles`) on a Dask client.

    Parameters
    ----------
    client : distributed.Client
        The cluster to run on.
    model : str, optional
        spaCy model name; every worker must have it installed.
    batch_size : int
        Articles per task.
    window : int, optional
        Tasks in flight; default two per worker thread plus two.
    """

    def __init__(self, client, model: str | None = None, batch_size: int = 32,
                 window: int | None = None) -> None:
        self.client, self.model, self.batch_size = client, model, batch_size
        prepare_workers(client, model)
        threads = sum(client.nthreads().values()) or 1
        self.window = window or 2 * threads + 2
        self._token = f"graphkit-extract-{uuid.uuid4().hex[:12]}"

    def submit(self, articles):
        from graphkit.ingest.run.local import extract_blobs

        key = f"{self._token}-{next(_ids)}"
        return self.client.submit(extract_blobs, articles, self.model, self.batch_size, key=key, pure=False)

    def result(self, handle):
        try:
            return handle.result()
        finally:
            handle.release()

    def close(self) -> None:
        pass


def _read_partition(files, published=None):
    """A bag partition: the items of its files in reading order, ``("problem", Problem)`` or
    ``("article", Article)``, problems placed where the reader reported them."""
    from pathlib import Path

    from graphkit.ingest.read.readers import read_articles

    items, sink = [], []
    for f in files:
        for art in read_articles([Path(f)], published=published, problems=sink):
            items.extend(("problem", p) for p in sink)
            sink.clear()
            items.append(("article", art))
        items.extend(("problem", p) for p in sink)
        sink.clear()
    return items


def _plan(items, prefix):
    """Per partition, on a worker: one row per item, ``("problem", Problem)`` for a reader's
    problem, else the guard's ``("guard", Problem)`` rows then ``("skipped", None)`` or
    ``("article", (id, source, cache key))``."""
    from graphkit.ingest.prepare.guard import check_article
    from graphkit.ingest.run.cache import content_key

    plan = []
    for kind, obj in items:
        if kind == "problem":
            plan.append(("problem", obj))
            continue
        found = check_article(obj)
        plan.extend(("guard", p) for p in found)
        if any(p.fatal for p in found):
            plan.append(("skipped", None))
        else:
            plan.append(("article", (obj.id, obj.source, content_key(obj, prefix) if prefix else None)))
    return plan


def _extract_part(items, positions, model, batch_size):
    """Extract the articles at ``positions`` of a partition (the unit of work: ``extract_blobs``)."""
    from graphkit.ingest.run.local import extract_blobs

    return extract_blobs([items[i][1] for i in positions], model, batch_size)


def extract_shards(files, client, model: str | None = None, batch_size: int = 32,
                   published: str | None = None, cache=None, problems: list | None = None,
                   stats: dict | None = None, window: int | None = None) -> Iterator:
    """Yield the records of the articles in ``files`` (JSONL shards...), read with ``dask.bag`` on the workers.

    One bag partition per file, in the order given; records come back in reading order, the
    same as a local build of the same files. The driver sees each article's cache key only;
    articles the ``cache`` holds are not extracted again.

    Parameters
    ----------
    files : list of str or Path
        The input files (already expanded from globs).
    client : distributed.Client
        The cluster; every worker must be able to read ``files`` (a shared file system).
    model, batch_size, published, cache, problems, stats
        As for :func:`graphkit.ingest.run.local.extract_articles`.
    window : int, optional
        Partitions being read or extracted at once; default the worker threads plus one.
    """
    import dask.bag as db

    from graphkit.ingest.run.codec import decode_records
    from graphkit.ingest.run.local import collect_blobs

    counts = stats if stats is not None else {}
    for k in ("parsed", "cached", "failed", "skipped"):
        counts.setdefault(k, 0)
    files = [str(f) for f in files]
    if not files:
        return
    bag = db.from_sequence(files, npartitions=len(files)).map_partitions(_read_partition, published)
    parts = bag.to_delayed()
    window = window or sum(client.nthreads().values()) + 1
    prefix = cache.prefix if cache is not None else None
    token = uuid.uuid4().hex[:12]
    todo = iter(range(len(parts)))
    reading: collections.deque = collections.deque()
    running: collections.deque = collections.deque()

    def read_next():
        while len(reading) < window:
            i = next(todo, None)
            if i is None:
                return
            part = client.compute(parts[i])
            reading.append((part, client.submit(_plan, part, prefix, key=f"graphkit-plan-{token}-{i}")))

    def start(part, planned):
        plan = planned.result()
        planned.release()
        rows, item = [], 0  # (item position, (id, source, key)) of the articles to build
        for kind, info in plan:
            if kind == "article":
                rows.append((item, info))
            if kind != "guard":
                item += 1
        keys = [info[2] for _, info in rows]
        hits = cache.get_many(k for k in keys if k is not None) if cache is not None else {}
        fresh = [pos for pos, info in rows if info[2] is None or info[2] not in hits]
        tasks = [client.submit(_extract_part, part, fresh[s:s + batch_size], model, batch_size,
                               key=f"graphkit-part-{token}-{next(_ids)}")
                 for s in range(0, len(fresh), batch_size)]
        return part, plan, rows, keys, hits, tasks

    def finish(entry):
        part, plan, rows, keys, hits, tasks = entry
        blobs = []
        for t in tasks:
            blobs.extend(t.result())
            t.release()
        part.release()
        for kind, info in plan:
            if kind in ("problem", "guard") and problems is not None:
                problems.append(info)
            elif kind == "skipped":
                counts["skipped"] += 1
        names = [info[:2] for _, info in rows]
        return [decode_records(b) for b in collect_blobs(names, keys, hits, blobs, cache, counts, problems)]

    read_next()
    while reading or running:
        while reading and sum(max(len(e[5]), 1) for e in running) < window:
            running.append(start(*reading.popleft()))
            read_next()
        yield from finish(running.popleft())
        read_next()
