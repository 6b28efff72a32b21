"""The pipeline runners: same records for every ``jobs`` value, streaming, chunks, failures."""
import gzip
import itertools
import json

import pytest
from conftest import shared_path

import graphkit
from graphkit.ingest.run import local as pipeline
from graphkit.ingest.run.codec import decode_records
from graphkit.ingest.run.local import extract_articles, extract_blobs, merge_chunks
from graphkit.models import Actor, Article, ArticleRecords, Event, Mention, TimeExpression


def reuters(n, skip=0):
    path = shared_path("corpora", "reuters-21578.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in itertools.islice(fh, skip, skip + n)]


@pytest.fixture(scope="module")
def twenty():
    return reuters(20)


@pytest.mark.model
def test_records_come_back_in_input_order(twenty):
    arts = [Article(id=r["id"], text=r["text"]) for r in twenty]
    got = [r.article.id for r in extract_articles(reversed(arts), batch_size=3)]
    assert got == [a.id for a in reversed(arts)]


@pytest.mark.model
def test_jobs_2_gives_byte_identical_graph_json(twenty):
    one = graphkit.build(twenty, jobs=1, batch_size=4).to_json()
    two = graphkit.build(twenty, jobs=2, batch_size=4).to_json()
    assert one == two
    assert json.loads(one)["articles"][0]["id"] == twenty[0]["id"]


@pytest.mark.model
def test_records_do_not_depend_on_batch_neighbours(twenty):
    arts = [Article(id=r["id"], text=r["text"]) for r in twenty[:6]]
    together = [decode_records(b) for b in extract_blobs(arts, batch_size=6)]
    alone = [decode_records(extract_blobs([a])[0]) for a in arts]
    assert [r.model_dump() for r in together] == [r.model_dump() for r in alone]


def test_articles_are_read_lazily(monkeypatch):
    pulled = []

    def stream():
        for i in range(1000):
            pulled.append(i)
            yield Article(id=f"a{i}", text="Kerry met Netanyahu in Cairo.")

    monkeypatch.setattr(pipeline, "extract_blobs", _fake_blobs)
    it = extract_articles(stream(), batch_size=10)
    first = next(it)
    assert first.article.id == "a0"
    assert len(pulled) <= 20  # one batch (and the look-ahead of the next), not the corpus
    it.close()


def _fake_blobs(articles, model=None, batch_size=32, max_chars=None):
    from graphkit.ingest.run.codec import encode_records

    return [encode_records(ArticleRecords(article=a)) for a in articles]


@pytest.mark.model
def test_a_failing_article_is_a_problem_not_a_crash(monkeypatch):
    from graphkit.ingest import pipeline as stages

    real = stages.find_actors

    def flaky(doc, article):
        if "explode" in article.text:
            raise ValueError("boom")
        return real(doc, article)

    monkeypatch.setattr(stages, "find_actors", flaky)
    arts = [Article(id="ok1", text="Kerry met Netanyahu in Cairo on Monday."),
            Article(id="bad", text="This article will explode in the parser for sure."),
            Article(id="ok2", text="Abbas spoke to Kerry in Ramallah on Tuesday.")]
    problems, stats = [], {}
    got = [r.article.id for r in extract_articles(arts, problems=problems, stats=stats)]
    assert got == ["ok1", "ok2"]
    assert stats["failed"] == 1 and stats["parsed"] == 2
    assert len(problems) == 1 and "boom" in problems[0].reason and "bad" in problems[0].reason


@pytest.mark.model
def test_non_english_article_is_skipped_with_a_problem():
    arts = [Article(id="en", text="Kerry met Netanyahu in Cairo on Monday to discuss the truce with the leaders."),
            Article(id="es",
                    text="El ministro dijo el lunes que las negociaciones con los rebeldes seguirán en la capital.")]
    problems, stats = [], {}
    got = [r.article.id for r in extract_articles(arts, problems=problems, stats=stats)]
    assert got == ["en"]
    assert stats["skipped"] == 1
    assert any("Spanish" in p.reason for p in problems)


@pytest.mark.model
def test_huge_article_is_parsed_in_chunks_with_whole_text_offsets():
    text = "\n\n".join(r["text"] for r in reuters(15))
    art = Article(id="big", text=text, published="1987-03-01")
    rec = decode_records(extract_blobs([art], max_chars=2000)[0])
    whole = decode_records(extract_blobs([art])[0])
    assert rec.article.text == text
    mentions = [m for a in rec.actors for m in a.mentions]
    # a name over a wrapped line is read with a space for its line break (prepare/layout.py)
    assert mentions and all(text[m.start:m.end].split() == m.text.split() for m in mentions)
    assert rec.article.timexes and all(text[t.start:t.end] == t.text for t in rec.article.timexes)
    assert all(text[e.start:e.end] for e in rec.events)
    assert len({e.id for e in rec.events}) == len(rec.events)
    assert len({a.id for a in rec.actors}) == len(rec.actors)
    # chunking at paragraph breaks changes little: most actors are found either way
    names = {a.name for a in rec.actors}
    assert len(names & {a.name for a in whole.actors}) >= 0.8 * len(names)


def test_merge_chunks_joins_actors_and_renumbers_events():
    art = Article(id="a", text="Kerry met Abbas. Kerry met Abbas again.")

    def part(text):
        m = Mention(article="a", start=0, end=5, text="Kerry")
        ev = Event(id="a#e0", type="CONSULT", label="met", actors=["kerry"], recipients=["abbas"],
                   article="a", sentence=text.strip(), start=6, end=9)
        return ArticleRecords(
            article=Article(id="a", text=text, timexes=[TimeExpression(start=6, end=9, text="met")]),
            actors=[Actor(id="kerry", name="Kerry", kind="person", mentions=[m], titles=["Secretary"]),
                    Actor(id="abbas", name="Abbas", kind="person")],
            events=[ev])

    rec = merge_chunks(art, [(0, part("Kerry met Abbas. ")), (17, part("Kerry met Abbas again."))])
    assert [e.id for e in rec.events] == ["a#e0", "a#e1"]
    assert [(e.start, e.end) for e in rec.events] == [(6, 9), (23, 26)]
    assert [(t.start, t.text) for t in rec.article.timexes] == [(6, "met"), (23, "met")]
    kerry = next(a for a in rec.actors if a.id == "kerry")
    assert [m.start for m in kerry.mentions] == [0, 17] and kerry.titles == ["Secretary"]
    assert all(art.text[m.start:m.end] == "Kerry" for m in kerry.mentions)


# -- issue 19 item 9: workers exit when their parent dies --------------------------------------------------
ORPHAN = """
import os, signal, sys, time
import graphkit.ingest.run.local as local
local.WATCH_SECONDS = 0.2
if sys.argv[1] == "watchdog":
    local.sys.platform = "other"  # the portable fallback alone
parent = os.getpid()
pid = os.fork()
if pid == 0:
    local.die_with_parent(parent)
    time.sleep(60)
    os._exit(0)
print(pid, flush=True)
time.sleep(0.5)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _gone(pid, seconds=10.0):
    """Whether process ``pid`` has exited (a zombie not yet reaped by init counts as exited)."""
    import os
    import time

    end = time.monotonic() + seconds
    while True:
        try:
            os.kill(pid, 0)
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return True
        except (ProcessLookupError, FileNotFoundError):
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(0.1)


@pytest.mark.parametrize("how", ["prctl", "watchdog"])
def test_a_worker_exits_when_its_parent_is_killed(how):
    import os
    import signal
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", ORPHAN, how], capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL
    worker = int(child.stdout.split()[0])
    try:
        assert _gone(worker), "the orphaned worker is still alive"
    finally:
        if not _gone(worker, 0):
            os.kill(worker, signal.SIGKILL)


RUNNER = """
import os, signal
from graphkit.ingest.run.local import ProcessRunner
from graphkit.models import Article
r = ProcessRunner(2)
r.result(r.submit([Article(id="a", text="Kerry met Netanyahu.")]))
print(" ".join(map(str, r._pool._processes)), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.model
def test_kill_9_of_a_jobs_2_build_leaves_no_worker():
    import os
    import signal
    import subprocess
    import sys

    child = subprocess.run([sys.executable, "-c", RUNNER], capture_output=True, text=True, timeout=300)
    workers = [int(p) for p in child.stdout.split()]
    assert len(workers) == 2, child.stderr[-2000:]
    try:
        assert all(_gone(w) for w in workers)
    finally:
        for w in workers:
            if not _gone(w, 0):
                os.kill(w, signal.SIGKILL)


@pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
def test_batch_size_must_be_a_positive_whole_number(bad):
    from graphkit.errors import OptionError

    with pytest.raises(OptionError, match="batch_size"):
        list(extract_articles([Article(id="a", text="Kerry met Netanyahu.")], batch_size=bad))
