"""The incremental cache: per-article records in SQLite, keyed by content and pipeline.

A key is the SHA-256 of the pipeline fingerprint (graphkit's ``PIPELINE_VERSION``, the spaCy
model name and version, and the source of the extraction code) and of the article as read
(id, text, title, date, source, url). A record is the article's :class:`ArticleRecords` as
JSON, zlib-compressed. Re-running a build after adding articles parses only the new ones;
changing the model or the extraction code misses the cache instead of reusing stale records.

The database runs in WAL mode and commits after every batch, so an interrupted build keeps
everything written before the interruption.

Examples
--------
>>> import tempfile, pathlib
>>> from graphkit.ingest.run.codec import decode_records, encode_records
>>> from graphkit.models import Article, ArticleRecords
>>> path = pathlib.Path(tempfile.mkdtemp()) / "cache.sqlite"
>>> art = Article(id="a", text="Kerry met Netanyahu.")
>>> with RecordCache(path, fingerprint="test") as cache:
...     key = cache.key(art)
...     cache.get_many([key])
...     cache.put_many([(key, encode_records(ArticleRecords(article=art)))])
...     decode_records(cache.get_many([key])[key]).article.id
{}
'a'
>>> with RecordCache(path, fingerprint="test") as cache:
...     len(cache)
1
"""
from __future__ import annotations

import hashlib
import sqlite3
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from graphkit.errors import CacheError
from graphkit.ingest.run.codec import compress, decompress
from graphkit.models import Article

__all__ = ["RecordCache", "CACHE_NAME", "content_key", "pipeline_fingerprint"]

#: The cache file's name inside the output folder.
CACHE_NAME = ".graphkit-cache.sqlite"
def _source_digest() -> str:
    """A digest of graphkit's extraction code and data files (ingest/ and models.py)."""
    root = Path(__file__).parent.parent.parent  # graphkit/ (not "import graphkit": ingest sits below the top)
    files = sorted(p for p in (root / "ingest").rglob("*") if p.is_file() and p.suffix != ".pyc")
    files.append(root / "models.py")
    h = hashlib.sha256()
    for p in files:
        h.update(str(p.relative_to(root)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=8)
def pipeline_fingerprint(model: str | None = None) -> str:
    """What the records depend on besides the article: pipeline version, model, code.

    >>> pipeline_fingerprint() == pipeline_fingerprint()
    True
    """
    import spacy

    from graphkit.ingest.pipeline import PIPELINE_VERSION
    from graphkit.ingest.prepare.model import default_model_name

    name = model or default_model_name()
    try:
        from importlib.metadata import version

        model_version = version(name.replace("_", "-"))
    except Exception:  # a model loaded from a path has no distribution
        model_version = "?"
    return "|".join([PIPELINE_VERSION, name, model_version, spacy.__version__, _source_digest()])


def content_key(article: Article, prefix: bytes) -> bytes:
    """The key of ``article``: SHA-256 of ``prefix`` (the fingerprint's digest) and its content.

    >>> a = Article(id="a", text="Kerry met Netanyahu.")
    >>> content_key(a, b"v1") == content_key(a.model_copy(), b"v1") != content_key(a, b"v2")
    True
    """
    h = hashlib.sha256(prefix)
    h.update(article.model_dump_json(include=_KEYED).encode("utf-8"))
    return h.digest()


_KEYED = {"id", "text", "title", "published", "source", "url", "warnings"}


class RecordCache:
    """Per-article records in one SQLite file (see the module docstring).

    Parameters
    ----------
    path : str or Path
        The database file; its folder is created if needed.
    fingerprint : str, optional
        The pipeline fingerprint; default :func:`pipeline_fingerprint` of ``model``.
    model : str, optional
        spaCy model name, used for the default fingerprint.
    """

    def __init__(self, path, fingerprint: str | None = None, model: str | None = None) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint if fingerprint is not None else pipeline_fingerprint(model)
        #: The fingerprint's digest, which starts every key (see :func:`content_key`).
        self.prefix = hashlib.sha256(self.fingerprint.encode("utf-8")).digest()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS records (key BLOB PRIMARY KEY, data BLOB NOT NULL)")
        except (OSError, sqlite3.Error) as err:
            raise CacheError(f"cannot open cache {self.path}: {err}") from err
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> bytes:
        """The cache key of ``article`` under this cache's pipeline fingerprint."""
        return content_key(article, self.prefix)

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """Serialised records (decompressed) of the keys present in the cache."""
        keys = list(keys)
        out: dict[bytes, bytes] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self._db.execute(
                f"SELECT key, data FROM records WHERE key IN ({','.join('?' * len(part))})", part)
            for k, data in rows:
                try:
                    out[k] = decompress(data)
                except zlib.error:  # a damaged row is a miss, rewritten by this run
                    continue
        self.hits += len(out)
        self.misses += len(keys) - len(out)
        return out

    def put_many(self, items: Iterable[tuple[bytes, bytes]]) -> None:
        """Store serialised records and commit (one transaction per call)."""
        rows = [(k, compress(v)) for k, v in items]
        if not rows:
            return
        try:
            with self._db:
                self._db.execute("BEGIN")
                self._db.executemany("INSERT OR REPLACE INTO records (key, data) VALUES (?, ?)", rows)
        except sqlite3.Error as err:
            raise CacheError(f"cannot write cache {self.path}: {err}") from err

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
