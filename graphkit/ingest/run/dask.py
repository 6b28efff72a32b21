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
graphkit.errors.DaskOptionError: --dask takes local or local:N (N workers), not 'tcp://10.0.0.1:8786'; use ...
>>> check_scheduler("zmq://host:1")
Traceback (most recent call last):
...
graphkit.errors.DaskOptionError: --scheduler 'zmq://host:1' is not a Dask scheduler address; use tcp://HOST:PORT
"""
from __future__ import annotations

import collections
import contextlib
import itertools
import logging
import signal
import threading
import uuid
from collections.abc import Iterator

from graphkit.errors import DaskOptionError, DistributedError
from graphkit.ingest.read.ids import IdRenamer

__all__ = ["DaskRunner", "connect", "prepare_workers", "parse_local_spec", "check_scheduler", "dask_available",
           "extract_shards", "CONNECT_SECONDS"]

#: How long graphkit waits for a scheduler to answer (Dask's own connect timeout is 20 s;
#: something that is not a Dask scheduler may never answer at all).
CONNECT_SECONDS = 30.0
_SCHEMES = ("tcp", "tls", "inproc", "ucx", "ws", "wss")

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
    if name != "local" or (n and not n.isdigit()) or (n and int(n) == 0):
        raise DaskOptionError(
            f"--dask takes local or local:N (N workers), not {spec!r}; use --scheduler for a running cluster")
    return int(n) if n else None


def _require_dask():
    if not dask_available():
        raise DistributedError("Dask is not installed; install it with: pip install 'graphkit[dask]'")


def check_scheduler(address: str) -> str:
    """``address`` when it is a Dask scheduler address (``tcp://HOST:PORT``, ``HOST:PORT`` ...)."""
    scheme, sep, rest = (address or "").partition("://")
    if not sep:
        scheme, rest = "tcp", address or ""
    host, _, port = rest.rpartition(":")
    if scheme not in _SCHEMES or (scheme != "inproc" and not (host and port.isdigit() and 0 < int(port) < 65536)):
        raise DaskOptionError(f"--scheduler {address!r} is not a Dask scheduler address; use tcp://HOST:PORT")
    return address


def connect(dask: str | None = None, scheduler: str | None = None, wait: float = CONNECT_SECONDS):
    """A ``(client, cluster)`` pair: a new local cluster (``dask``) or a running one (``scheduler``).

    ``cluster`` is None when connecting to a running scheduler; close both when done. A
    scheduler that does not answer as Dask does within ``wait`` seconds (a web server, a
    firewall that swallows packets) is a :class:`DistributedError`, never a hang.
    """
    if scheduler:
        check_scheduler(scheduler)
    else:
        parse_local_spec(dask or "local")
    _require_dask()
    from dask import config as dask_config
    from distributed import Client, LocalCluster

    try:
        if scheduler:
            try:
                return _within(wait, lambda: Client(scheduler, timeout=f"{max(1, int(wait) - 5)}s"), scheduler), None
            except (DistributedError, ValueError):
                raise
            except Exception as err:  # e.g. a web server's reply read as a Dask frame
                raise DistributedError(f"cannot reach the Dask scheduler {scheduler!r}: it did not answer as "
                                       f"Dask does ({type(err).__name__}: {str(err)[:80]})") from err
        n = parse_local_spec(dask or "local")
        with dask_config.set(LOCAL_CLUSTER_CONFIG), _interrupts_ignored():
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
        client.register_plugin(_IgnoreInterrupts())  # workers the nanny restarts later ignore Ctrl-C too
        return client, cluster
    except DistributedError:
        raise
    except ValueError as err:
        raise DaskOptionError(f"--scheduler {scheduler!r}: {err}") from err
    except (OSError, TimeoutError) as err:
        raise DistributedError(f"cannot reach the Dask scheduler {scheduler or dask!r}: {err}") from err


def _within(seconds: float, make, address: str):
    """``make()`` run in a daemon thread, or :class:`DistributedError` after ``seconds``."""
    box: dict = {}

    def run():
        try:
            box["value"] = make()
        except BaseException as err:  # handed to the caller's thread
            box["error"] = err

    thread = threading.Thread(target=run, name="graphkit-connect", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise DistributedError(f"no Dask scheduler answered at {address!r} within {seconds:g} s "
                               "(is it a Dask scheduler, and is it running?)")
    if "error" in box:
        raise box["error"]
    return box["value"]


try:  # Dask is an optional extra: without it no cluster starts and the plugin is never made
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover
    _PluginBase = object  # type: ignore[assignment,misc]


class _IgnoreInterrupts(_PluginBase):
    """Worker plugin: a worker ignores SIGINT from its start, restarted ones included (a nanny
    restarts a dead worker without the signal mask it was first started with)."""

    name = "graphkit-ignore-sigint"

    def setup(self, worker) -> None:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def _interrupts_ignored():
    """Start worker processes with SIGINT ignored: Ctrl-C stops the driver, which closes the
    cluster, instead of printing every worker's traceback (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


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
    for f in files:  # ids are made unique by the driver, over all partitions (extract_shards)
        for art in read_articles([Path(f)], published=published, problems=sink, rename=False):
            items.extend(("problem", p) for p in sink)
            sink.clear()
            items.append(("article", art))
        items.extend(("problem", p) for p in sink)
        sink.clear()
    return items


def _plan(items, prefix):
    """Per partition, on a worker: one row per item, ``("problem", Problem)`` for a reader's
    problem, else the guard's ``("guard", Problem)`` rows then ``("skipped", (id, source, None))``
    or ``("article", (id, source, cache key))``."""
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
            plan.append(("skipped", (obj.id, obj.source, None)))
        else:
            plan.append(("article", (obj.id, obj.source, content_key(obj, prefix) if prefix else None)))
    return plan


def _renames(plan, renamer) -> dict[int, str]:
    """Item position -> new id, for the articles of a partition whose id an earlier one took."""
    out, item = {}, 0
    for kind, info in plan:
        if kind in ("article", "skipped"):
            new = renamer.rename(info[0])
            if new is not None:
                out[item] = new
        if kind != "guard":
            item += 1
    return out


def _apply_renames(items, renames):
    """On a worker: the partition's items with the articles at ``renames`` renamed, each after
    its renaming problem (where the local reader reports it)."""
    from graphkit.ingest.read.ids import rename_article, renamed_message
    from graphkit.models import Problem

    out = []
    for i, (kind, obj) in enumerate(items):
        if i in renames:
            out.append(("problem", Problem(source=obj.source or obj.id, reason=renamed_message(obj.id, renames[i]),
                                           fatal=False)))
            obj = rename_article(obj, renames[i])
        out.append((kind, obj))
    return out


def _rename(client, part, plan, renamer, prefix, token):
    """``(part, plan)`` with the repeated ids of the partition renamed on its worker and planned again
    (the cache keys hold the ids); unchanged when no id repeats, the common case."""
    renames = _renames(plan, renamer)
    if not renames:
        return part, plan
    renamed = client.submit(_apply_renames, part, renames, key=f"graphkit-rename-{token}-{next(_ids)}")
    replanned = client.submit(_plan, renamed, prefix, key=f"graphkit-replan-{token}-{next(_ids)}")
    plan = replanned.result()
    replanned.release()
    part.release()
    return renamed, plan


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
    counts.update({k: counts.get(k, 0) for k in ("parsed", "cached", "failed", "skipped")})
    files = [str(f) for f in files]
    if not files:
        return
    bag = db.from_sequence(files, npartitions=len(files)).map_partitions(_read_partition, published)
    parts = bag.to_delayed()
    window = window or sum(client.nthreads().values()) + 1
    prefix = cache.prefix if cache is not None else None
    token, renamer = uuid.uuid4().hex[:12], IdRenamer()
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
        part, plan = _rename(client, part, plan, renamer, prefix, token)
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
