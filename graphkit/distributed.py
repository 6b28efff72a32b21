"""Running the per-article work on a Dask cluster (the optional ``graphkit[dask]`` extra).

The driver reads the articles, skips those the cache holds, and submits the rest in
batches; each task is :func:`graphkit.ingest.pipeline.extract_blobs` — the very function
the local and multi-process builds run — on a Dask worker, which loads the spaCy model once
(per worker process, cached). Results are reduced in the driver (actor merging, the graph)
as they arrive, in input order, so the graph is byte-identical to a local build. A worker
that dies mid-build is replaced by its nanny and Dask reruns its tasks; each batch's result
is consumed exactly once, so no article is lost or counted twice.

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

import itertools
import logging
import uuid

from graphkit.errors import DistributedError

__all__ = ["DaskRunner", "connect", "parse_local_spec", "dask_available"]

_ids = itertools.count()


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
    from distributed import Client, LocalCluster

    try:
        if scheduler:
            return Client(scheduler, timeout="20s"), None
        n = parse_local_spec(dask or "local")
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster), cluster
    except DistributedError:
        raise
    except (OSError, TimeoutError) as err:
        raise DistributedError(f"cannot reach the Dask scheduler {scheduler or dask!r}: {err}") from err


class DaskRunner:
    """A pipeline runner (see :func:`graphkit.ingest.pipeline.extract_articles`) on a Dask client.

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
        threads = sum(client.nthreads().values()) or 1
        self.window = window or 2 * threads + 2
        self._token = f"graphkit-extract-{uuid.uuid4().hex[:12]}"

    def submit(self, articles):
        from graphkit.ingest.pipeline import extract_blobs

        key = f"{self._token}-{next(_ids)}"
        return self.client.submit(extract_blobs, articles, self.model, self.batch_size, key=key, pure=False)

    def result(self, handle):
        try:
            return handle.result()
        finally:
            handle.release()

    def close(self) -> None:
        pass
