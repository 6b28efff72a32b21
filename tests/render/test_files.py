"""Atomic outputs: an interrupted write never leaves a truncated file, and every writer is atomic."""
import ast
import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from graphkit.errors import OutputError
from graphkit.render import files
from graphkit.render.files import atomic_write_bytes, atomic_write_text, ensure_dir, xml_safe

PACKAGE = Path(files.__file__).resolve().parents[1]


def _leftovers(directory):
    return sorted(p.name for p in Path(directory).iterdir() if p.name.endswith(files.TEMP_SUFFIX))


def test_write_replaces_content_and_leaves_no_temp(tmp_path):
    p = tmp_path / "graph.json"
    atomic_write_text(p, "old")
    atomic_write_text(p, "new ✓")
    assert p.read_text(encoding="utf-8") == "new ✓"
    assert _leftovers(tmp_path) == []
    assert oct(p.stat().st_mode & 0o777) == "0o644"


def test_exception_midway_keeps_previous_file(tmp_path, monkeypatch):
    p = tmp_path / "graph.json"
    atomic_write_text(p, "previous complete content")

    class Disk:
        """A file that writes half the bytes, then the disk is full."""

        def __init__(self, fd, mode):
            self.fh = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    real_fdopen = os.fdopen
    monkeypatch.setattr(files.os, "fdopen", lambda fd, mode: Disk(fd, mode) if "w" in mode else real_fdopen(fd, mode))
    with pytest.raises(OutputError, match=r"cannot write .*graph.json: No space left on device"):
        atomic_write_text(p, "new content that never lands " * 100)
    monkeypatch.undo()
    assert p.read_text() == "previous complete content"
    assert _leftovers(tmp_path) == []


def test_keyboard_interrupt_midway_keeps_previous_file(tmp_path, monkeypatch):
    p = tmp_path / "x.html"
    atomic_write_text(p, "before")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_text(p, "after")
    monkeypatch.undo()
    assert p.read_text() == "before" and _leftovers(tmp_path) == []


def test_failing_exporter_leaves_every_previous_output_whole(tmp_path, monkeypatch, seed_kg):
    out = tmp_path / "out"
    seed_kg.save(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    import graphkit.render.gexf as gexf

    def broken(kg):
        raise RuntimeError("exporter crashed")

    monkeypatch.setattr(gexf, "generate_gexf", broken)
    with pytest.raises(RuntimeError):
        seed_kg.save(out)
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before  # json and graphml rewritten with the same bytes, gexf untouched, no temp


def test_writing_a_folder_or_into_a_missing_folder_is_output_error(tmp_path):
    (tmp_path / "graph.json").mkdir()
    with pytest.raises(OutputError, match="it is a folder"):
        atomic_write_text(tmp_path / "graph.json", "x")
    with pytest.raises(OutputError, match="No such file or directory"):
        atomic_write_text(tmp_path / "missing" / "graph.json", "x")


def test_lone_surrogates_do_not_fail_the_write(tmp_path):
    atomic_write_text(tmp_path / "s.txt", "a\ud800b")
    assert (tmp_path / "s.txt").read_text(encoding="utf-8") == "a\ufffdb"


def test_ensure_dir_errors(tmp_path, monkeypatch):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        ensure_dir(f)
    with pytest.raises(OutputError, match="cannot create output folder .*Not a directory"):
        ensure_dir(f / "sub")
    assert ensure_dir(tmp_path / "a" / "b").is_dir()
    # tests run as root, where a read-only folder is still writable: simulate the refusal
    monkeypatch.setattr(files.os, "access", lambda path, mode: False)
    with pytest.raises(OutputError, match="is not writable"):
        ensure_dir(tmp_path / "a")


def test_xml_safe_keeps_legal_characters():
    legal = "tab\t nl\n cr\r é 中 \U0001F600 \x85 \u2028 \x7f"
    assert xml_safe(legal) == legal
    assert xml_safe("\x00\x08\x0b\x0c\x1f\ufffe\uffff\udc80") == "\ufffd" * 8
    assert xml_safe(5) == 5


def _write_calls(tree):
    """Calls in a module that write files without the atomic helpers."""
    bad = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        if name in ("write_text", "write_bytes"):
            bad.append((node.lineno, name))
        elif name == "open":
            mode = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "mode"),
                                                                None)
            if isinstance(mode, ast.Constant) and isinstance(mode.value, str) and set(mode.value) & set("wax+"):
                bad.append((node.lineno, f"open(..., {mode.value!r})"))
        elif name.startswith("write_") and isinstance(f, ast.Attribute) and getattr(f.value, "id", "") == "nx":
            target = node.args[1] if len(node.args) > 1 else None
            if not (isinstance(target, ast.Name) and target.id in ("buf", "buffer", "fh", "stream")):
                bad.append((node.lineno, f"nx.{name}"))
    return bad


def test_every_writer_in_the_package_is_atomic():
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "files.py" and path.parent.name == "render":
            continue
        found = _write_calls(ast.parse(path.read_text(encoding="utf-8")))
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}, "write through graphkit.render.files.atomic_write_* instead"


def test_the_scan_finds_direct_writes():
    code = "open(p, 'w').write(x)\nPath(p).write_text(x)\nnx.write_gexf(G, path)\nopen(p)\n"
    assert sorted(_write_calls(ast.parse(code))) == [(1, "open(..., 'w')"), (2, "write_text"), (3, "nx.write_gexf")]


CHILD = textwrap.dedent("""
    import os, sys, time
    marker = sys.argv[1]
    real_fdopen = os.fdopen

    class Slow:
        # writes half of the bytes, tells the parent, and waits to be killed
        def __init__(self, fd, mode):
            self.fh = real_fdopen(fd, mode)
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            self.fh.close()
        def write(self, data):
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            open(marker, "w").close()
            time.sleep(600)
        def flush(self):
            pass
        def fileno(self):
            return self.fh.fileno()

    import graphkit.render.files as files
    files.os.fdopen = lambda fd, mode: Slow(fd, mode) if "w" in mode else real_fdopen(fd, mode)
    from graphkit.cli.main import main
    main(sys.argv[2:])
""")


def test_kill_9_during_a_real_build_leaves_previous_outputs_intact(tmp_path):
    from conftest import SEEDS

    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "graphkit.cli", "build", str(SEEDS), "-o", str(out), "-q",
                    "--no-cache"], check=True, capture_output=True)
    before = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    json.loads(before["graph.json"])
    marker = tmp_path / "writing"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(marker), "build", str(SEEDS), "-o", str(out),
                              "-q", "--no-cache", "--format", "graphml,json,gexf"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(1200):  # wait (up to ten minutes) until the child is midway through a write
            if marker.exists() or child.poll() is not None:
                break
            try:
                child.wait(timeout=0.5)
            except subprocess.TimeoutExpired:
                pass
        assert marker.exists(), child.stderr.read().decode()[-2000:]
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait() == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stderr.close()
    after = {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}
    assert after == before  # nothing truncated: the killed write went to a hidden temporary file
    temps = _leftovers(out)
    assert len(temps) == 1 and temps[0].startswith(".graph.")
    assert (out / temps[0]).stat().st_size > 0
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
    killed_name = temps[0][1:].rsplit(".", 2)[0]  # ".graph.graphml.k3j_x.tmp" -> "graph.graphml"
    atomic_write_bytes(out / killed_name, before[killed_name])
    assert _leftovers(out) == []  # the next write of that file removes what the killed one left


def test_stale_temp_files_of_other_names_are_kept(tmp_path):
    (tmp_path / ".graph.json.abc.tmp").write_text("stale")
    (tmp_path / ".graph.html.abc.tmp").write_text("another file's")
    atomic_write_text(tmp_path / "graph.json", "{}")
    assert _leftovers(tmp_path) == [".graph.html.abc.tmp"]
