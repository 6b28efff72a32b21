"""The input reader registry: folders, single files, progress estimates and the CLI read it alike."""
import gzip

from click.testing import CliRunner

from graphkit.cli.main import cli
from graphkit.ingest.read import registry
from graphkit.ingest.read.readers import iter_files, read_path
from graphkit.ingest.read.registry import READERS, SUFFIXES, reader_for, reads, suffix_list, suffix_of
from graphkit.progress import estimate_total


def test_every_reader_parser_imports_and_suffixes_are_unique():
    assert len(SUFFIXES) == len(set(SUFFIXES))
    for reader in READERS:
        assert callable(reader.parse())
        assert all(s.startswith(".") and s == s.lower() for s in reader.suffixes)
        assert reader.layout in ("article", "records", "lines")


def test_endings_are_matched_case_blind_through_gzip():
    assert suffix_of("A/B.v2/Day1.JSONL.GZ") == ".jsonl"
    assert [reader_for(n).name for n in ("x.txt", "x.json", "x.ndjson.gz", "x.HTM", "x.md")] == \
        ["text", "json", "jsonl", "html", "text"]
    assert reads("x.htm.gz") and not reads("x.md") and not reads("x.gz")


def test_a_folder_yields_exactly_the_registered_endings(tmp_path):
    for name in ("a.txt", "b.json", "c.jsonl", "d.ndjson", "e.html", "f.htm", "g.txt.gz", "h.md", "i.csv"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in iter_files(tmp_path)] == ["a.txt", "b.json", "c.jsonl", "d.ndjson", "e.html",
                                                      "f.htm", "g.txt.gz"]


def test_each_layout_reads_its_file(tmp_path):
    (tmp_path / "s.ndjson.gz").write_bytes(gzip.compress(b'{"id": "r1", "text": "One."}\n{"text": "Two."}\n'))
    (tmp_path / "p.htm").write_text("<html><head><title>T</title></head><body><p>Kerry met Netanyahu in "
                                    "Jerusalem on Wednesday to discuss a ceasefire.</p></body></html>")
    (tmp_path / "n.md").write_text("Head\nBody.\n")
    assert [a.id for a in read_path(tmp_path / "s.ndjson.gz")] == ["r1", "s-2"]
    assert "Kerry met Netanyahu" in next(iter(read_path(tmp_path / "p.htm"))).text
    assert next(iter(read_path(tmp_path / "n.md"))).title == "Head"  # named directly: read as text


def test_progress_counts_by_layout(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.ndjson").write_text('{"text": "y"}\n\n{"text": "z"}\n')
    assert estimate_total([tmp_path]) == 3
    (tmp_path / "c.json").write_text('[{"text": "y"}]')
    assert estimate_total([tmp_path]) is None  # a JSON list: not counted without parsing


def test_cli_help_and_empty_input_message_list_the_readers(tmp_path):
    text = CliRunner().invoke(cli, ["build", "--help"]).output
    for reader in READERS:
        assert f"{', '.join(reader.suffixes):16} {reader.description}" in text
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "skip.md").write_text("not read")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "o"), "-q", "--no-cache"])
    assert r.exit_code == 1 and f"graphkit reads {suffix_list()}" in r.output
    assert registry.COMPRESSED in suffix_list()
