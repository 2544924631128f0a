"""A small folder's analysis with a lane forked beside it (stages.analyse's `beside`, core/system/lanes.forked): the
serial result byte for byte, a lane that fails or dies replaced by the main process's own work (logged, never
waited for), and the lane stopped with the analysis, in this process and in the viewer's child."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from readout_viewer.core import analysis, jsonio
from readout_viewer.core.attributions import spread as attributions_spread
from readout_viewer.core.system import lanes, pool, prestart
from tests.builders import corpus_folder, long_folder, small_folder

# Longest a stopped process may take to be gone (seconds): lanes.STOP_SECONDS and a margin for a loaded machine.
GONE_S = 3.0


def _forking(made: list[pool.Lane]):
    """A `beside` that forks the lane and keeps it in `made`, for the test to look at."""
    def fork() -> list[pool.Lane]:
        made.extend(lanes.forked())
        return made
    return fork


def _serial(folder: Path) -> str:
    return jsonio.dumps(analysis.analyze(folder))


def _ended(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except (FileNotFoundError, ProcessLookupError):
        return True


@pytest.fixture(autouse=True)
def _no_spawned_lanes(monkeypatch):
    monkeypatch.setenv(pool.WORKERS_ENV, "0")  # the folder's own lanes: none, whatever the machine's load


@pytest.mark.parametrize("folder", ["corpus", "small"])
def test_the_split_gives_the_serial_result(folder, tmp_path, caplog):
    root = corpus_folder() if folder == "corpus" else small_folder(tmp_path / "f")
    made: list[pool.Lane] = []
    with caplog.at_level(logging.WARNING):
        got = analysis.drain(analysis.run(root, beside=_forking(made)))
    assert len(made) == 1 and made[0].process.exitcode is not None  # it worked, and it was stopped at the end
    assert caplog.text == ""
    assert jsonio.dumps(got) == _serial(root)


def _broken(*args):
    raise RuntimeError("the lane's check broke")


def _dies(*args):
    os._exit(3)


@pytest.mark.parametrize("task", ["_lane_whole", "_lane_prime"])
@pytest.mark.parametrize("how", [_broken, _dies])
def test_a_lane_that_fails_is_replaced_and_its_failure_logged(task, how, monkeypatch, caplog):
    monkeypatch.setattr(attributions_spread, task, how)  # before the fork: the lane has it too
    with caplog.at_level(logging.WARNING, logger=pool.__name__):
        begun = time.monotonic()
        got = analysis.drain(analysis.run(corpus_folder(), beside=_forking([])))
    assert time.monotonic() - begun < 60  # done, not waiting for the lane
    assert "A lane failed" in caplog.text
    assert ("the lane's check broke" if how is _broken else "the lane ended") in caplog.text
    assert jsonio.dumps(got) == _serial(corpus_folder())


def test_no_lane_forked_is_the_serial_analysis(monkeypatch):
    got = analysis.drain(analysis.run(corpus_folder(), beside=list))  # as when no process can be started
    assert jsonio.dumps(got) == _serial(corpus_folder())


def test_closing_the_analysis_stops_the_lane(tmp_path):
    made: list[pool.Lane] = []
    run = analysis.run(long_folder(tmp_path / "long"), beside=_forking(made))
    while not made:
        next(run)
    next(run)
    assert made[0].process.is_alive()
    run.close()
    assert made[0].process.exitcode is not None


@pytest.mark.parametrize(("asked", "workers", "wanted"), [("1", "0", True), ("0", "", False), ("", "0", False)])
def test_when_a_lane_is_forked(asked, workers, wanted, monkeypatch):
    monkeypatch.setenv(pool.BESIDE_ENV, asked)
    monkeypatch.setenv(pool.WORKERS_ENV, workers)
    assert pool.beside_wanted() is wanted


@pytest.mark.parametrize(("load", "wanted"), [(0.3, True), (0.5, True), (0.9, False), (3.0, False)])
def test_a_lane_is_forked_only_beside_an_idle_core(load, wanted, monkeypatch):
    monkeypatch.setenv(pool.BESIDE_ENV, "")
    monkeypatch.setenv(pool.WORKERS_ENV, "")
    monkeypatch.setattr(pool.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(pool.os, "getloadavg", lambda: (load, load, load))
    assert pool.beside_wanted() is wanted


def _children(pid: int) -> list[int]:
    found = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(n) for n in found.read_text().split()] if found.exists() else []


def test_the_viewer_s_child_forks_the_lane_and_closing_the_run_stops_both(tmp_path, monkeypatch):
    monkeypatch.setenv(pool.BESIDE_ENV, "1")
    started = prestart.start(long_folder(tmp_path / "long"), False, "fork")
    run = started.run()
    deadline = time.monotonic() + 60
    while not _children(started.process.pid) and time.monotonic() < deadline:
        next(run)
    lane_pids = _children(started.process.pid)
    assert lane_pids  # the child's lane
    run.close()
    deadline = time.monotonic() + GONE_S
    while not all(_ended(p) for p in [started.process.pid, *lane_pids]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_ended(p) for p in [started.process.pid, *lane_pids])


def test_the_viewer_s_child_gives_the_serial_result_with_its_lane(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv(pool.BESIDE_ENV, "1")
    folder = small_folder(tmp_path / "f")
    with caplog.at_level(logging.WARNING):
        got = analysis.drain(prestart.start(folder, False, "fork").run())
    assert caplog.text == ""
    assert jsonio.dumps(got) == _serial(folder)
