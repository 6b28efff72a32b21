"""Tables built once and read back from the data cache; a changed input or a bad file rebuilds."""
import pytest

from graphkit.ingest.prepare.datacache import DATA_CACHE_ENV, cached_table, data_cache_dir


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(DATA_CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def builder(table):
    calls = []

    def build():
        calls.append(1)
        return dict(table)
    return build, calls


def test_built_once_then_read(folder):
    build, calls = builder({"kent": "GBR", "texas": "USA"})
    assert cached_table("t", build, versions=("p 1",)) == {"kent": "GBR", "texas": "USA"}
    assert cached_table("t", build, versions=("p 1",)) == {"kent": "GBR", "texas": "USA"}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["t"]


def test_a_new_version_or_source_builds_again(folder, tmp_path):
    src = tmp_path / "code.py"
    src.write_text("A = 1\n")
    build, calls = builder({"kent": "GBR"})
    cached_table("t", build, versions=("p 1",), sources=[src])
    cached_table("t", build, versions=("p 2",), sources=[src])
    assert len(calls) == 2
    src.write_text("A = 2\n")
    cached_table("t", build, versions=("p 2",), sources=[src])
    assert len(calls) == 3
    cached_table("t", build, versions=("p 2",), sources=[src])
    assert len(calls) == 3


def test_a_corrupt_file_is_rebuilt(folder):
    build, calls = builder({"kent": "GBR"})
    cached_table("t", build)
    path, = folder.iterdir()
    for bad in ['{"kent": ', '["kent"]', '{"kent": 1}']:
        path.write_text(bad)
        assert cached_table("t", build) == {"kent": "GBR"}
    assert len(calls) == 4
    assert cached_table("t", build) == {"kent": "GBR"} and len(calls) == 4  # the rebuilt file is good


def test_off_and_unwritable(tmp_path, monkeypatch):
    build, calls = builder({"kent": "GBR"})
    monkeypatch.setenv(DATA_CACHE_ENV, "off")
    assert data_cache_dir() is None
    assert cached_table("t", build) == cached_table("t", build) == {"kent": "GBR"}
    assert len(calls) == 2
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(DATA_CACHE_ENV, str(blocker / "cache"))  # a folder that cannot be made
    assert cached_table("t", build) == {"kent": "GBR"}
    assert len(calls) == 3


def test_default_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(DATA_CACHE_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert data_cache_dir() == tmp_path / ".cache" / "graphkit"
