import json

import pytest
from click.testing import CliRunner

from graphkit.cli.main import cli

COMMANDS = sorted(cli.commands)


def test_help_has_example():
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0 and "Example:" in r.output


@pytest.mark.parametrize("cmd", COMMANDS)
def test_every_command_has_example_and_is_in_readme(cmd):
    from conftest import ROOT

    r = CliRunner().invoke(cli, [cmd, "-h"])
    assert r.exit_code == 0 and "Example:" in r.output
    assert f"graphkit {cmd}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_build_writes_all_outputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "out"), "--published", "2014-07-24"])
    assert r.exit_code == 0, r.output
    names = sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith("."))
    assert names == ["graph.gexf", "graph.graphml", "graph.html", "graph.json", "graph.sqlite", "timeline.html"]
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert data["articles"][0]["published"] == "2014-07-24"


def test_build_warns_once_when_no_article_has_a_date(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("a", "b"):
        (src / f"{name}.txt").write_text("Talks\nJohn Kerry met Benjamin Netanyahu on Wednesday.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "out"), "--format", "json", "-q"])
    assert r.exit_code == 0, r.output
    assert r.stderr.count("warning: none of the 2 articles has a publication date") == 1
    dated = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "out2"), "--format", "json", "-q",
                                     "--published", "2014-07-24"])
    assert dated.exit_code == 0 and "publication date" not in dated.stderr


def test_build_with_an_actor_dictionary_codes_its_actors(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n",
                               encoding="utf-8")
    actors = tmp_path / "my.actors.txt"  # a dictionary in the Phoenix format, written here
    actors.write_text("JOHN_KERRY_\n\t[USAGOV 130201-170120]\n\t[USALEG 850102-130201]\n"
                      "BENJAMIN_NETANYAHU_ [ISRGOV]\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--published", "2014-07-24", "--format", "json",
                                 "--actors", str(actors)])
    assert r.exit_code == 0, r.output
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    codes = {a["name"]: (a["code"], a["sector"]) for a in data["actors"] if a["kind"] == "person"}
    assert codes == {"John Kerry": ("USAGOV", "GOV"), "Benjamin Netanyahu": ("ISRGOV", "GOV")}
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--actors", str(tmp_path / "none.txt")])
    assert r.exit_code == 2 and "none.txt" in r.output  # a missing dictionary is a usage error


def test_build_missing_input_is_one_line_error(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "Error: input not found" in r.output
    assert "Traceback" not in r.output


def test_build_no_args_is_usage_error():
    r = CliRunner().invoke(cli, ["build"])
    assert r.exit_code == 2


def test_build_nothing_built_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "no articles were built" in r.output


def test_unknown_model_names_what_to_install(tmp_path):
    (tmp_path / "a.txt").write_text("T\nText.", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "--model", "no_such_model", "-o",
                                 str(tmp_path / "o")])
    assert r.exit_code == 1
    assert "pip install" in r.output and "Traceback" not in r.output
