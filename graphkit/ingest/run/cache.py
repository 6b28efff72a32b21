"""The incremental cache: per-article records in SQLite, keyed by content and pipeline.

A key is the SHA-256 of the pipeline fingerprint (graphkit's ``PIPELINE_VERSION``, the spaCy
model name and version, and the source of the extraction code) and of the article as read
(id, text, title, date, source, url). A record is the article's :class:`ArticleRecords` as
JSON, zlib-compressed. Re-running a build after adding articles parses only the new ones;
changing the model or the extraction code misses the cache instead of reusing stale records.

The database runs in WAL mode and commits after every batch, so an interrupted build keeps
everything written before the interruption. A damaged cache is set aside and rebuilt (see
:class:`RecordCache`); another program's SQLite file is refused and left as it was.

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
import os
import sqlite3
import zlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from graphkit.errors import CacheError
from graphkit.ingest.run.codec import compress, decode_records, decompress
from graphkit.models import Article, Problem

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


#: ``PRAGMA application_id`` of a graphkit cache ("gkrc"): set on every cache graphkit creates.
APPLICATION_ID = 0x676B7263
_SQLITE_MAGIC = b"SQLite format 3\x00"
_COLUMNS = [("key", "BLOB"), ("data", "BLOB")]
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


class _Damaged(Exception):
    """The cache file is a damaged graphkit cache (why in the message): set it aside."""


class RecordCache:
    """Per-article records in one SQLite file (see the module docstring).

    A damaged cache (bad pages, rows that do not decode, a file that is not a database where
    graphkit's own cache should be, a ``records`` table of another shape) never stops a
    build: the file is set aside as ``NAME.damaged`` and a new cache is started, or the bad
    rows are skipped and rebuilt, and each is reported in :attr:`problems`. A file that is
    some other program's SQLite database is never changed: :class:`CacheError`.

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
        #: What went wrong with the cache and was repaired (non-fatal problems of the build).
        self.problems: list[Problem] = []
        self.hits = 0
        self.misses = 0
        self._bad_rows = 0
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise CacheError(f"cannot open cache {self.path}: {err.strerror or err}") from err
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            try:
                return self._connect()
            except _Damaged as why:
                self._set_aside(str(why))
                return self._connect()
        except _Damaged as why:  # pragma: no cover - a fresh file cannot be damaged
            raise CacheError(f"cannot open cache {self.path}: {why}") from None
        except (OSError, sqlite3.Error) as err:
            raise CacheError(f"cannot open cache {self.path}: {err}") from err

    def _connect(self) -> sqlite3.Connection:
        """A connection to a graphkit cache at ``self.path`` (new, or checked to be one)."""
        head = b""
        if self.path.is_file():
            with open(self.path, "rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        if head and head != _SQLITE_MAGIC:
            if self.path.name != CACHE_NAME:  # not graphkit's file: never move it
                raise CacheError(f"cache {self.path} is not a graphkit cache (not an SQLite database); "
                                 "delete it, give another --cache path, or build with --no-cache")
            raise _Damaged("not an SQLite database")
        db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        try:
            self._check(db)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            db.close()
            raise
        return db

    def _check(self, db: sqlite3.Connection) -> None:
        """Make ``db`` a graphkit cache if it is empty; refuse another program's database."""
        try:
            app = db.execute("PRAGMA application_id").fetchone()[0]
            tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
            shape = [(r[1], r[2].upper()) for r in db.execute("PRAGMA table_info(records)")]
        except sqlite3.DatabaseError as err:
            if _is_damage(err):
                raise _Damaged(str(err)) from None
            raise
        if app not in (0, APPLICATION_ID) or (app == 0 and set(tables) - {"records"}):
            raise CacheError(f"{self.path} is not a graphkit cache (another program's SQLite database, "
                             f"tables: {', '.join(tables[:5]) or 'none'}); give another --cache path or --no-cache")
        if tables and shape != _COLUMNS:
            raise _Damaged("its records table has another shape")
        db.execute(f"PRAGMA application_id={APPLICATION_ID}")
        db.execute("CREATE TABLE IF NOT EXISTS records (key BLOB PRIMARY KEY, data BLOB NOT NULL)")

    def _set_aside(self, why: str) -> None:
        """Move the damaged file (and its WAL files) to ``NAME.damaged``; report it."""
        aside = self.path.with_name(self.path.name + ".damaged")
        try:
            os.replace(self.path, aside)
            for extra in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + extra)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + extra))
        except OSError as err:
            raise CacheError(f"cache {self.path} is damaged ({why}) and cannot be set aside: "
                             f"{err.strerror or err}; delete it or build with --no-cache") from err
        self.problems.append(Problem(source=str(self.path), fatal=False,
                                     reason=f"cache damaged ({why}); set aside as {aside.name}, rebuilt"))

    def _recover(self, err: sqlite3.DatabaseError) -> None:
        """Damage found while reading or writing: set the file aside and go on with a new one."""
        if not _is_damage(err):
            raise CacheError(f"cannot use cache {self.path}: {err}") from err
        self._db.close()
        self._set_aside(str(err))
        self._db = self._open()

    def key(self, article: Article) -> bytes:
        """The cache key of ``article`` under this cache's pipeline fingerprint."""
        return content_key(article, self.prefix)

    def get_many(self, keys: Iterable[bytes]) -> dict[bytes, bytes]:
        """Serialised records (decompressed) of the keys present in the cache.

        A row that does not decompress or decode is a miss (rebuilt by this run); a damaged
        file is set aside and every key a miss.
        """
        keys = list(keys)
        try:
            out = self._get(keys)
        except sqlite3.DatabaseError as err:
            self._recover(err)
            out = {}
        self.hits += len(out)
        self.misses += len(keys) - len(out)
        return out

    def _get(self, keys: list[bytes]) -> dict[bytes, bytes]:
        out: dict[bytes, bytes] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self._db.execute(
                f"SELECT key, data FROM records WHERE key IN ({','.join('?' * len(part))})", part).fetchall()
            for k, data in rows:
                try:
                    blob = decompress(data)
                    decode_records(blob)
                except (zlib.error, TypeError, ValueError):  # a damaged row is a miss, rewritten by this run
                    self._bad_row()
                    continue
                out[k] = blob
        return out

    def _bad_row(self) -> None:
        self._bad_rows += 1
        if self._bad_rows == 1:
            self.problems.append(Problem(source=str(self.path), fatal=False,
                                         reason="damaged cache entries skipped and rebuilt"))

    def put_many(self, items: Iterable[tuple[bytes, bytes]]) -> None:
        """Store serialised records and commit (one transaction per call)."""
        rows = [(k, compress(v)) for k, v in items]
        if not rows:
            return
        for attempt in (1, 2):
            try:
                with self._db:
                    self._db.execute("BEGIN")
                    self._db.executemany("INSERT OR REPLACE INTO records (key, data) VALUES (?, ?)", rows)
                return
            except sqlite3.DatabaseError as err:
                if attempt == 2 or not _is_damage(err):
                    raise CacheError(f"cannot write cache {self.path}: {err}") from err
                self._recover(err)

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_damage(err: sqlite3.Error) -> bool:
    """Whether ``err`` says the file is corrupt or not a database (not: locked, full, read-only)."""
    name = getattr(err, "sqlite_errorname", "")
    if name:
        return name in _DAMAGE
    text = str(err)
    return "malformed" in text or "not a database" in text
