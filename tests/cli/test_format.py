"""Terminal output of ``query`` and ``timeline`` (issue 19 items 12, 19): whatever a graph.json holds,
nothing reaches the terminal raw that could drive it (ESC, OSC, CR, C1, U+202E) or fail to encode
(lone surrogates); JSON output stays valid JSON and gives the names back exactly."""
import json
import re

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from graphkit.cli.format import cell, format_rows
from graphkit.cli.main import cli

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                    "\ud800-\udfff]")
HOSTILE = ["\x1b[31m", "\x1b]0;owned\x07", "\r", "\u202e", "\ud800", "\udfff", "\x9b2J", "\x7f", "\x00", "\u2066",
           "\u2028", "Kerry", " ", "é", "\\", '"', ",", "\n", "\t"]
names = st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6).map("".join)


def _graph_json(tmp_path, name, sentence):
    """A graph.json as another program (or a hand) may write it: JSON escapes for any character."""
    data = {"format": "graphkit/1", "metadata": {"problems": []},
            "articles": [{"id": "a", "text": "x", "published": "2014-07-24"}],
            "actors": [{"id": "x1", "name": name, "kind": "person"}, {"id": "q", "name": "Qatar", "kind": "country"}],
            "events": [{"id": "a#e0", "type": "CONSULT", "label": name, "actors": ["x1"], "recipients": ["q"],
                        "article": "a", "sentence": sentence, "start": 0, "end": 1, "date": "2014-07-24"}]}
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(data, ensure_ascii=True))
    return str(path)


def _run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@given(name=names, sentence=names)
@example(name="\ud800\udfff", sentence="Kerry")  # two lone surrogates: JSON reads them back as one pair
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_query_and_timeline_never_print_raw_control_or_bidi_characters(tmp_path_factory, name, sentence):
    path = _graph_json(tmp_path_factory.mktemp("g"), name, sentence)
    for args in (["query", path, "actors"], ["query", path, "actors", "--csv"], ["query", path, "events"],
                 ["query", path, "events", "--csv"], ["timeline", path], ["timeline", path, "--csv"],
                 ["query", path, "actors", "--json"], ["timeline", path, "--json"]):
        r = _run(*args)
        assert r.exit_code == 0, (args, r.output)
        out = r.stdout
        assert not UNSAFE.search(out.replace("\n", "").replace("\t", "")), (args, out)
    got = json.loads(_run("query", path, "actors", "--json").stdout)
    # JSON escapes, not losses: the name as JSON gives it back (JSON joins an escaped high and low
    # surrogate, "\\ud800\\udfff", into one character, whatever wrote them)
    assert {a["id"]: a["name"] for a in got}["x1"] == json.loads(json.dumps(name))


def test_terminal_safe_keeps_plain_text_and_escapes_the_rest():
    from graphkit.cli.format import terminal_safe

    assert terminal_safe("John Kerry, 2014\n\tok") == "John Kerry, 2014\n\tok"
    assert terminal_safe("\x1b]8;;http://x\x07click\x1b]8;;\x07") == "\\x1b]8;;http://x\\x07click\\x1b]8;;\\x07"
    assert terminal_safe("a\u202eb") == "a\\u202eb"


def test_table_cells_are_escaped_before_they_are_measured():
    out = format_rows([{"name": "\x1b[2J" + "x" * 60}], "table")
    assert "\x1b" not in out and len(out.splitlines()[2]) <= 48
    assert cell(["a\rb"]) == "a\rb"  # values stay as they are until printed
