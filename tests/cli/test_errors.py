"""The CLI with bad inputs and wrong invocations: exit codes, one-line errors, the end-of-run summary."""
import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from graphkit.cli.main import cli
from graphkit.errors import InputNotFoundError

GOOD = "Talks\nJohn Kerry met Benjamin Netanyahu in Tel Aviv on Wednesday.\n"
GERMAN = ("Die Regierung hat am Dienstag erklärt, dass sie die Verhandlungen mit der Opposition "
          "fortsetzen wird. Der Minister sagte, es gebe noch keine Einigung über den Haushalt.")


def run(*args, **kw):
    return CliRunner().invoke(cli, [str(a) for a in args], **kw)


def _one_line_error(r, code):
    assert r.exit_code == code, r.output
    assert "Traceback" not in r.output
    errors = [line for line in r.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, r.stderr
    return errors[0]


def test_missing_input_is_exit_1_one_line(tmp_path):
    r = run("build", tmp_path / "nope.txt", "-o", tmp_path / "o")
    assert _one_line_error(r, 1) == f"Error: input not found: {tmp_path / 'nope.txt'}"
    assert r.stderr.count("\n") == 1


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_shows_the_exception(tmp_path, where):
    args = ["build", tmp_path / "nope.txt", "-o", tmp_path / "o"]
    args = ["--debug", *args] if where == "before" else [*args, "--debug"]
    r = run(*args)
    assert isinstance(r.exception, InputNotFoundError)  # raised, so the console shows the traceback


def test_debug_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("GRAPHKIT_DEBUG", "1")
    r = run("build", tmp_path / "nope.txt")
    assert isinstance(r.exception, InputNotFoundError)


def test_debug_after_double_dash_is_an_input_name(tmp_path):
    r = run("build", "-o", tmp_path / "o", "--", "--debug")
    assert _one_line_error(r, 1) == "Error: input not found: --debug"


@pytest.mark.parametrize("args, message", [
    (["--published", "yesterday"], "Error: --published 'yesterday' is not a date (use YYYY-MM-DD)"),
    (["--published", "2014-13-45"], "Error: --published '2014-13-45' is not a date (use YYYY-MM-DD)"),
    (["--format", "json,pdf"], "Error: --format 'json,pdf': choose from json, graphml, gexf, html, timeline, sqlite"),
    (["--format", ","], "Error: --format ',': choose from json, graphml, gexf, html, timeline, sqlite"),
])
def test_wrong_option_values_are_usage_errors(tmp_path, args, message):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "o", "--no-cache", *args)
    assert _one_line_error(r, 2) == message


def test_click_usage_errors_stay_exit_2():
    assert run("build").exit_code == 2
    assert run("build", "x", "--jobs", "0").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_output_path_that_is_a_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "a.txt")
    assert _one_line_error(r, 1) == f"Error: output path {tmp_path / 'a.txt'} is a file, not a folder"
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == GOOD


def test_output_folder_inside_a_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "a.txt" / "out")
    assert _one_line_error(r, 1).startswith(f"Error: cannot create output folder {tmp_path / 'a.txt' / 'out'}: ")


def test_output_folder_not_writable(tmp_path, monkeypatch):
    # tests run as root, where chmod does not stop writes: simulate the refusal
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "ro").mkdir()
    import graphkit.render.files as files

    monkeypatch.setattr(files.os, "access", lambda path, mode: False)
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "ro")
    assert _one_line_error(r, 1) == f"Error: output folder {tmp_path / 'ro'} is not writable"


def test_nothing_built_lists_why_and_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03" * 50)
    (tmp_path / "r.jsonl").write_text('{"id": "x"}\n{oops\n', encoding="utf-8")
    r = run("build", tmp_path, "-o", tmp_path / "o", "--no-cache")
    assert _one_line_error(r, 1) == "Error: no articles were built (4 inputs skipped, listed above)"
    assert "4 inputs skipped:" in r.stderr
    for line in [f"{tmp_path / 'bin.txt'}: binary file, not text", f"{tmp_path / 'empty.txt'}: empty file",
                 f"{tmp_path / 'r.jsonl'}:1: record has no text",
                 f"{tmp_path / 'r.jsonl'}:2: malformed JSON on line 2: "]:
        assert line in r.stderr
    assert not (tmp_path / "o" / "graph.json").exists()


def test_folder_without_readable_files(tmp_path):
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    r = run("build", tmp_path, "-o", tmp_path / "o", "--no-cache")
    assert _one_line_error(r, 1).startswith("Error: no articles were built: no input with text found")


def test_mixed_folder_builds_the_good_and_reports_the_bad(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "b.txt").write_bytes(b"")
    (src / "c.txt").write_bytes("Caf\xe9\nKerry met Abbas at the caf\xe9 in Ramallah.".encode("cp1252"))
    (src / "d.txt").write_text(GERMAN, encoding="utf-8")
    (src / "e.jsonl").write_text(json.dumps({"id": "e1", "text": GOOD, "published": "2014-13-45"}) + "\n{bad\n",
                                 encoding="utf-8")
    r = run("build", src, "-o", tmp_path / "out", "--no-cache")
    assert r.exit_code == 0, r.output
    assert "Traceback" not in r.output
    assert r.stdout.startswith("3 articles, ")
    assert "3 inputs skipped:" in r.stderr and "2 warnings:" in r.stderr
    assert f"{src / 'd.txt'} (d): not English (looks like German); skipped" in r.stderr
    assert f"All problems are listed in {tmp_path / 'out' / 'graph.json'} (metadata.problems)." in r.stderr
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert sorted(a["id"] for a in data["articles"]) == ["a", "c", "e1"]
    problems = {(p["source"], p["reason"], p["fatal"]) for p in data["metadata"]["problems"]}
    assert problems == {
        (str(src / "b.txt"), "empty file", True),
        (str(src / "c.txt"), "not valid UTF-8 (bad byte at offset 3); decoded as Windows-1252", False),
        (f"{src / 'd.txt'} (d)", "not English (looks like German); skipped", True),
        (f"{src / 'e.jsonl'}:1", "published date '2014-13-45' is not a date; ignored", False),
        (f"{src / 'e.jsonl'}:2",
         "malformed JSON on line 2: Expecting property name enclosed in double quotes (column 2)", True),
    }


def test_internal_error_is_one_line_without_traceback(tmp_path, monkeypatch):
    import graphkit.api

    def broken(*args, **kwargs):
        raise RuntimeError("something broke\nsecond line")

    monkeypatch.setattr(graphkit.api, "build", broken)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "o", "--no-cache")
    assert _one_line_error(r, 1) == ("Error: internal error: RuntimeError: something broke "
                                     "(run 'graphkit --debug ...' for the traceback)")
    r = run("--debug", "build", tmp_path / "a.txt", "-o", tmp_path / "o", "--no-cache")
    assert isinstance(r.exception, RuntimeError)


def test_os_error_is_one_line(tmp_path, monkeypatch):
    import graphkit.api

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device", str(tmp_path / "x"))

    monkeypatch.setattr(graphkit.api, "build", full)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "o", "--no-cache")
    assert _one_line_error(r, 1) == f"Error: cannot access {tmp_path / 'x'}: No space left on device"


def test_ctrl_c_is_aborted_without_traceback(tmp_path, monkeypatch):
    import graphkit.api

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(graphkit.api, "build", interrupted)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "o", "--no-cache")
    assert r.exit_code == 1 and "Aborted!" in r.output and "Traceback" not in r.output


def test_real_process_exit_codes_and_no_traceback(tmp_path):
    """The installed entry point, not CliRunner: stderr is one line, exit codes as documented."""
    cmd = [sys.executable, "-m", "graphkit.cli"]
    p = subprocess.run([*cmd, "build", str(tmp_path / "missing")], capture_output=True, text=True)
    assert (p.returncode, p.stdout, p.stderr) == (1, "", f"Error: input not found: {tmp_path / 'missing'}\n")
    p = subprocess.run([*cmd, "build", str(tmp_path), "--published", "soon"], capture_output=True, text=True)
    assert (p.returncode, p.stderr) == (2, "Error: --published 'soon' is not a date (use YYYY-MM-DD)\n")
    p = subprocess.run([*cmd, "build", str(tmp_path / "missing"), "--debug"], capture_output=True, text=True,
                       env={**os.environ, "GRAPHKIT_DEBUG": ""})
    assert p.returncode == 1 and "Traceback (most recent call last)" in p.stderr


def test_closed_pipe_ends_quietly(tmp_path, monkeypatch):
    import errno

    import graphkit.api

    def closed(*args, **kwargs):
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(graphkit.api, "build", closed)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", tmp_path / "a.txt", "-o", tmp_path / "o", "--no-cache")
    assert r.exit_code == 1 and "Error" not in r.output and "Traceback" not in r.output


# -- issue 19: hostile conditions at the command line ---------------------------------------------------
import textwrap  # noqa: E402

ONE_LINE = "John Kerry met Benjamin Netanyahu in Jerusalem on Friday."


def _gk(*args, **kw):
    return subprocess.run([sys.executable, "-m", "graphkit.cli", *args], capture_output=True, text=True,
                          timeout=300, **kw)


@pytest.mark.model
def test_one_line_from_stdin_builds_actors_and_events(tmp_path):
    r = CliRunner().invoke(cli, ["build", "-", "-o", str(tmp_path / "o"), "-q", "--no-cache"], input=ONE_LINE + "\n")
    assert r.exit_code == 0, r.output
    first = r.output.splitlines()[0]
    assert first.startswith("1 articles,") and " 0 actors" not in first and " 0 events" not in first


def test_closed_stdin_is_one_line_error(tmp_path):
    r = subprocess.run(f"{sys.executable} -m graphkit.cli build - -o {tmp_path / 'o'} <&-", shell=True,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and r.stderr.strip() == "Error: cannot read '-': standard input is closed"


def test_a_cache_that_is_not_a_database_suggests_no_cache(tmp_path):
    (tmp_path / "a.txt").write_text("T\nKerry met Abbas.")
    (tmp_path / "notes.txt").write_text("my notes")
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"),
                                 "--cache", str(tmp_path / "notes.txt")])
    assert r.exit_code == 1 and "--no-cache" in r.output and "Traceback" not in r.output
    assert (tmp_path / "notes.txt").read_text() == "my notes"


@pytest.mark.model
def test_a_damaged_default_cache_is_set_aside_and_the_build_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text("T\n" + ONE_LINE)
    out = tmp_path / "o"
    out.mkdir()
    (out / ".graphkit-cache.sqlite").write_bytes(b"garbage" * 100)
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out), "-q"])
    assert r.exit_code == 0, r.output
    assert "cache damaged (not an SQLite database); set aside" in r.output
    assert (out / ".graphkit-cache.sqlite.damaged").exists() and (out / "graph.json").exists()


HOLD = textwrap.dedent("""
    import sys, time
    from graphkit.render.files import output_lock
    with output_lock(sys.argv[1]):
        print("locked", flush=True)
        time.sleep(120)
""")


def test_a_second_build_into_the_same_folder_fails_clearly(tmp_path):
    out = tmp_path / "o"
    out.mkdir()
    (tmp_path / "a.txt").write_text("T\nKerry met Abbas.")
    first = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "locked"
        r = CliRunner().invoke(cli, ["build", str(tmp_path / "a.txt"), "-o", str(out), "-q"])
        assert r.exit_code == 1 and "another graphkit build is writing into" in r.output
        assert sorted(p.name for p in out.iterdir()) == [".graphkit.lock"]  # nothing of the second build
    finally:
        first.kill()
        first.wait()
        first.stdout.close()
