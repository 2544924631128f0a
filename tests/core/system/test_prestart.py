"""The first folder's analysis in a child process (core/system/prestart.py): this process's result byte for byte,
the cache kept as before, a child that dies or fails replaced, and no child left running or unreaped."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readout_viewer.core import analysis, jsonio, session
from readout_viewer.core.system import cache, pool, prestart
from tests.builders import long_folder, run_to_end, small_folder

# Longest a stopped child may take to be gone (seconds): prestart.STOP_S and a margin for a loaded machine.
GONE_S = 3.0


def _here(folder: Path, use_cache: bool = False) -> str:
    return jsonio.dumps(analysis.drain(session.run_base(folder, use_cache)))


def _gone(pid: int) -> bool:
    """The process has ended and been reaped (a zombie still has its /proc entry, in state Z)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("X",)


def _ended(pid: int) -> bool:
    """The process runs no more (ended, reaped or a zombie another process must reap)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError):
        return True


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_child_gives_this_process_s_analysis_and_the_texts_first(tmp_path, method):
    folder = small_folder(tmp_path / "f")
    started = prestart.start(folder, False, method)
    steps, got = run_to_end(started.run())
    assert jsonio.dumps(got) == _here(folder)
    texts = [s for s in steps if isinstance(s, prestart.TextsReady)]
    assert len(texts) == 1 and texts[0].documents == got.documents
    assert _gone(started.process.pid)


def test_the_child_keeps_its_analysis_in_the_cache_as_this_process_would(tmp_path):
    folder = small_folder(tmp_path / "f")
    assert not cache.holds(folder)
    got = analysis.drain(prestart.start(folder, True, "fork").run())
    assert cache.holds(folder)
    assert jsonio.dumps(got) == _here(folder, use_cache=True) == _here(folder)


def test_closing_the_run_ends_the_child_at_once(tmp_path):
    started = prestart.start(long_folder(tmp_path / "long"), False, "fork")
    run = started.run()
    next(run)
    assert started.process.exitcode is None  # still analysing
    begun = time.monotonic()
    run.close()
    assert time.monotonic() - begun < GONE_S and _gone(started.process.pid)


def test_closing_the_run_before_its_first_step_ends_the_child(tmp_path):
    started = prestart.start(small_folder(tmp_path / "f"), False, "fork")
    started.run().close()
    assert _gone(started.process.pid)


def test_a_killed_child_is_replaced_by_this_process_s_analysis(tmp_path, caplog):
    folder = small_folder(tmp_path / "f")
    started = prestart.start(folder, False, "fork")
    os.kill(started.process.pid, signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger=prestart.__name__):
        got = analysis.drain(started.run())
    assert jsonio.dumps(got) == _here(folder)
    assert "failed" in caplog.text and "exit code -9" in caplog.text
    assert _gone(started.process.pid)


def test_a_failing_child_is_replaced_and_its_failure_logged(tmp_path, caplog, monkeypatch):
    def broken(writer, folder, use_cache):
        raise RuntimeError("the child's engine broke")
    monkeypatch.setattr(prestart, "_analyse", broken)  # in the forked child only: this process analyses as before
    folder = small_folder(tmp_path / "f")
    with caplog.at_level(logging.WARNING, logger=prestart.__name__):
        got = analysis.drain(prestart.start(folder, False, "fork").run())
    assert jsonio.dumps(got) == _here(folder)
    assert "the child's engine broke" in caplog.text


def test_the_child_can_start_the_engine_s_lanes(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(pool.WORKERS_ENV, "1")  # a lane whatever the folder's size (a daemonic child could not)
    folder = small_folder(tmp_path / "f")
    with caplog.at_level(logging.WARNING, logger=prestart.__name__):
        got = analysis.drain(prestart.start(folder, False, "fork").run())
    assert caplog.text == ""
    monkeypatch.setenv(pool.WORKERS_ENV, "0")
    assert jsonio.dumps(got) == _here(folder)


def test_the_run_matches_only_its_folder_and_cache_use(tmp_path):
    folder = small_folder(tmp_path / "f")
    started = prestart.start(folder, True, "fork")
    try:
        assert started.matches(folder, True)
        assert not started.matches(folder, False) and not started.matches(folder / "ev", True)
    finally:
        started.stop()
    assert _gone(started.process.pid)


LEAVE = """
import atexit, os, sys, time
from pathlib import Path
atexit.register(lambda: print(started.process.exitcode, flush=True))  # runs last: after the child's end is known
from readout_viewer.core.system import prestart
started = prestart.start(Path(sys.argv[1]), False)
print(started.process.pid, prestart.start_method(), flush=True)
time.sleep(0.3)
if sys.argv[2] == "killed":
    os._exit(0)  # as if killed: no atexit
sys.exit(0)
"""


@pytest.mark.parametrize("how", ["exits", "killed"])
def test_no_child_outlives_its_parent(how, tmp_path):
    # a folder whose analysis lasts seconds: corpus/'s half second could end before a loaded machine ran the exit
    out = subprocess.run([sys.executable, "-c", LEAVE, str(long_folder(tmp_path / "long")), how], capture_output=True, text=True,
                         timeout=120, check=True, env={**os.environ, "READOUT_VIEWER_NO_CACHE": "1"})
    pid, method, *code = out.stdout.split()
    assert method == "fork"  # no thread, no Qt: what a viewer's start uses on Linux
    if how == "exits":  # stopped at exit (told to end), not awaited until its analysis is done
        assert code == [str(prestart.TERMINATED)] and _ended(int(pid))
    else:  # the pipe breaks at its next message: it ends by itself
        deadline = time.monotonic() + GONE_S
        while not _ended(int(pid)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _ended(int(pid))
