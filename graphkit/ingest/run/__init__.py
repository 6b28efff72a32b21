"""Running the pipeline over many articles: in this process, in worker processes or on Dask.

:mod:`.local` holds the local and process runners, :mod:`.dask` the Dask runner,
:mod:`.cache` the incremental record cache and :mod:`.codec` the records' byte form.
"""
from graphkit.ingest.run.cache import CACHE_NAME, RecordCache
from graphkit.ingest.run.local import LocalRunner, ProcessRunner, extract_articles, extract_blobs

__all__ = ["extract_articles", "extract_blobs", "LocalRunner", "ProcessRunner", "RecordCache", "CACHE_NAME"]
