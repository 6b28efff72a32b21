"""The output format registry: every consumer (save, write_outputs, the CLI) derives from it."""
import inspect

import pytest
from click.testing import CliRunner

from graphkit import render
from graphkit.cli.main import cli
from graphkit.errors import GraphkitError, OptionError
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Event
from graphkit.render import formats
from graphkit.render.formats import DEFAULT_FORMATS, FORMATS, OUTPUTS, OutputFormat, parse_formats


def _kg():
    return KnowledgeGraph(
        actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country")],
        events=[Event(id="a#e0", type="CONSULT", label="spoke to", actors=["kerry"], recipients=["qatar"],
                      date="2014-07-24", article="a", sentence="Kerry spoke to Qatar.", start=6, end=14, score=2.5)])


def test_every_format_has_a_writer_taking_the_graph_and_a_path():
    for fmt in OUTPUTS.values():
        writer = fmt.writer()
        assert writer.__name__ == f"write_{fmt.name}" and writer.__module__ == fmt.module
        assert list(inspect.signature(writer).parameters)[:2] == ["kg", "path"]


def test_file_names_are_distinct_and_the_short_forms_agree():
    assert len({f.filename for f in OUTPUTS.values()}) == len(OUTPUTS)
    assert render.FORMATS is FORMATS and FORMATS == {n: f.filename for n, f in OUTPUTS.items()}
    assert render.DEFAULT_FORMATS == DEFAULT_FORMATS == tuple(n for n, f in OUTPUTS.items() if f.default)


def test_save_writes_the_default_formats_and_only_those(tmp_path, monkeypatch):
    extra = OutputFormat("json2", "copy.json", "a planted format, off by default", default=False,
                         module="graphkit.render.json")
    monkeypatch.setitem(OUTPUTS, "json2", extra)
    monkeypatch.setattr(extra.__class__, "writer", lambda self: (lambda kg, path: path.write_text("x")))
    written = _kg().save(tmp_path / "out")
    assert list(written) == list(DEFAULT_FORMATS)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(FORMATS[n] for n in DEFAULT_FORMATS)
    assert _kg().save(tmp_path / "two", formats=["json2"]) == {"json2": tmp_path / "two" / "copy.json"}


def test_an_unknown_format_is_an_error_naming_the_choices(tmp_path):
    with pytest.raises(GraphkitError, match="unknown format 'pdf'; choose from json, graphml, gexf, html, timeline"):
        render.write_outputs(_kg(), tmp_path, formats=["json", "pdf"])
    assert not list(tmp_path.iterdir())  # checked before anything is written
    with pytest.raises(OptionError, match="--format ','"):
        parse_formats(",")


def test_cli_build_and_query_offer_the_registry():
    for args in (["build", "--help"], ["query", ".", "ego", "--help"], ["query", ".", "filter", "--help"]):
        r = CliRunner().invoke(cli, args)
        assert r.exit_code == 0, r.output
        text = " ".join(r.output.split())
        assert f"[default: {','.join(DEFAULT_FORMATS)}]" in text
        for fmt in OUTPUTS.values():
            assert f"{fmt.name} ({fmt.filename}: {fmt.description})" in text


def test_help_lists_every_format_once():
    text = formats.formats_help()
    assert [text.count(f"{n} (") for n in OUTPUTS] == [1] * len(OUTPUTS)
