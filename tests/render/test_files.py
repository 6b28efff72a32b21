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
from graphkit.knowledge import KnowledgeGraph
from graphkit.models import Actor, Article, Event
from graphkit.render import files, write_outputs
from graphkit.render.files import atomic_write_text, ensure_dir, xml_safe

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
    assert after == before  # nothing truncated or mixed: the killed save wrote into a staging folder
    [stage] = [p for p in out.iterdir() if p.name.startswith(files.STAGE_PREFIX)]
    temps = _leftovers(stage)
    assert len(temps) == 1 and temps[0].startswith(".graph.") and (stage / temps[0]).stat().st_size > 0
    json.loads((out / "graph.json").read_text(encoding="utf-8"))
    write_outputs(KnowledgeGraph.load(out), out, formats=["json"])
    assert not stage.exists()  # the next save into the folder removes what the killed one left
    assert (out / "graph.json").read_bytes() == before["graph.json"]


def test_stale_temp_files_of_other_names_are_kept(tmp_path):
    (tmp_path / ".graph.json.abc.tmp").write_text("stale")
    (tmp_path / ".graph.html.abc.tmp").write_text("another file's")
    atomic_write_text(tmp_path / "graph.json", "{}")
    assert _leftovers(tmp_path) == [".graph.html.abc.tmp"]


# -- issue 19 item 5: the outputs change together or not at all ----------------------------------------
def _kg(label):
    return KnowledgeGraph(
        articles=[Article(id="a", text="Kerry spoke to Qatar.", published="2014-07-24")],
        actors=[Actor(id="kerry", name="Kerry", kind="person"), Actor(id="qatar", name="Qatar", kind="country")],
        events=[Event(id="a#e0", type="CONSULT", label=label, actors=["kerry"], recipients=["qatar"],
                      article="a", sentence="Kerry spoke to Qatar.", start=6, end=11, score=2.5)])


def _outputs(out):
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}


@pytest.fixture
def old_out(tmp_path):
    out = tmp_path / "out"
    write_outputs(_kg("old label"), out, formats=["json", "graphml", "gexf", "timeline"])
    return out


@pytest.mark.parametrize("fail_on", ["graphml", "gexf", "timeline"])
@pytest.mark.parametrize("error", [KeyboardInterrupt, lambda: OutputError("cannot write x: No space left on device")])
def test_an_interrupted_or_failed_save_leaves_every_old_output(old_out, monkeypatch, fail_on, error):
    import importlib

    before = _outputs(old_out)
    mod = importlib.import_module(f"graphkit.render.{fail_on}")

    def broken(kg, path, **kw):
        raise error()

    monkeypatch.setattr(mod, f"write_{fail_on}", broken)
    with pytest.raises((KeyboardInterrupt, OutputError)):
        write_outputs(_kg("new label"), old_out, formats=["json", "graphml", "gexf", "timeline"])
    assert _outputs(old_out) == before
    assert [p.name for p in old_out.iterdir() if p.name.startswith(files.STAGE_PREFIX)] == []


def test_a_full_disk_midway_leaves_every_old_output(old_out, monkeypatch):
    before = _outputs(old_out)
    real = files.os.fdopen
    calls = []

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

    def fdopen(fd, mode):
        calls.append(mode)
        return Full(real(fd, mode)) if len(calls) == 3 else real(fd, mode)  # the third file: gexf

    monkeypatch.setattr(files.os, "fdopen", fdopen)
    with pytest.raises(OutputError, match="No space left on device"):
        write_outputs(_kg("new label"), old_out, formats=["json", "graphml", "gexf", "timeline"])
    assert _outputs(old_out) == before


def test_a_signal_during_the_swap_is_held_until_every_file_is_in_place(old_out, monkeypatch):
    real = os.replace
    sent = []

    def replace(src, dst):
        if str(src).find(files.STAGE_PREFIX) >= 0 and not sent and Path(dst).parent == old_out:
            sent.append(1)
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C between the first and the second rename
        return real(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(_kg("new label"), old_out, formats=["json", "graphml", "gexf", "timeline"])
    assert sent
    after = _outputs(old_out)
    assert all(b"new label" in data for data in after.values()) and len(after) == 4


def test_a_complete_stage_left_by_kill_9_is_finished_by_the_next_save(old_out):
    stage = files.new_stage(old_out)
    write_outputs(_kg("new label"), stage, formats=["json", "graphml"])
    files.atomic_write_text(stage / ".complete", "graph.json\ngraph.graphml\n")
    os.replace(stage / "graph.json", old_out / "graph.json")  # killed after the first rename
    mixed = _outputs(old_out)
    assert b"new label" in mixed["graph.json"] and b"old label" in mixed["graph.graphml"]
    write_outputs(_kg("newer"), old_out, formats=["timeline"])
    after = _outputs(old_out)
    assert b"new label" in after["graph.graphml"] and not stage.exists()


def test_an_incomplete_stage_is_removed_and_the_old_outputs_stay(old_out):
    before = _outputs(old_out)
    stage = files.new_stage(old_out)
    files.atomic_write_text(stage / "graph.json", "{half")
    write_outputs(_kg("newer"), old_out, formats=["timeline"])
    assert not stage.exists() and _outputs(old_out)["graph.json"] == before["graph.json"]


HOLDER = textwrap.dedent("""
    import sys, time
    from graphkit.render.files import output_lock
    with output_lock(sys.argv[1]):
        print("locked", flush=True)
        time.sleep(60)
""")


def test_a_second_build_into_a_locked_folder_fails_clearly(old_out):
    before = _outputs(old_out)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(old_out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputError, match="another graphkit build is writing into"):
            write_outputs(_kg("new label"), old_out)
        assert _outputs(old_out) == before
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    write_outputs(_kg("new label"), old_out)  # the lock went with the process that held it
    assert b"new label" in _outputs(old_out)["graph.json"]


def test_the_lock_is_reentrant_in_its_thread(tmp_path):
    import threading

    with files.output_lock(tmp_path), files.output_lock(tmp_path):
        errors = []
        t = threading.Thread(target=lambda: errors.append(pytest.raises(OutputError, _enter, tmp_path)))
        t.start()
        t.join()
        assert errors
    with files.output_lock(tmp_path):  # released
        pass


def _enter(path):
    with files.output_lock(path):
        pass
