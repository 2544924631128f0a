"""The first folder's analysis started in a child process at launch (app/startup/early.py): the window shows the
same analysis, texts first; cancelling or closing ends the child; any other folder is analysed as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout_viewer.app.settings import Settings
from readout_viewer.app.settings_file import last_folder
from readout_viewer.app.startup import early
from readout_viewer.app.window import default_job
from readout_viewer.core import analysis, jsonio, session
from readout_viewer.core.system import prestart
from tests.builders import corpus_folder, small_folder

ROOT = Path(__file__).resolve().parents[3]
# Long enough for a loaded machine to analyse the small folder in a child and show it (ms).
WAIT_MS = 60_000


def _gone(started: prestart.Prestart) -> bool:
    pid = started.process.pid
    return started.process.exitcode is not None and not Path(f"/proc/{pid}").exists()


def _first(folder: Path, use_cache: bool = True) -> tuple[early.FirstJob, prestart.Prestart]:
    started = prestart.start(folder, use_cache, "fork")
    return early.FirstJob(started, default_job), started


@pytest.mark.parametrize("path", ["plain", "with space", "comma, and; semicolon", "é ü 中", 'quote"d', "back\\slash",
                                  "@at", " leading"])
def test_the_last_folder_is_read_without_qt_as_qt_wrote_it(tmp_path, path):
    folder = tmp_path / path
    folder.mkdir()
    settings = Settings(tmp_path / "s.ini")
    settings.remember_folder(folder)
    settings.sync()
    assert last_folder(tmp_path / "s.ini") == settings.last_folder() == folder.resolve()


def test_the_window_shows_the_child_s_analysis_texts_first(qtbot, make_window, tmp_path):
    folder = small_folder(tmp_path / "f")
    job, started = _first(folder)
    window = make_window(job=job)
    with qtbot.waitSignal(window.texts_shown, timeout=WAIT_MS), qtbot.waitSignal(window.analysis_shown,
                                                                                 timeout=WAIT_MS):
        window.open_folder(folder)
    assert jsonio.dumps(window.base) == jsonio.dumps(analysis.drain(session.run_base(folder)))
    qtbot.waitUntil(lambda: _gone(started), timeout=WAIT_MS)


def test_another_folder_is_analysed_in_the_window_and_the_child_ended(qtbot, make_window, tmp_path):
    folder, other = small_folder(tmp_path / "f"), small_folder(tmp_path / "g")
    job, started = _first(folder)
    window = make_window(job=job)
    with qtbot.waitSignal(window.analysis_shown, timeout=WAIT_MS):
        window.open_folder(other)
    assert window.base.root == str(other)
    qtbot.waitUntil(lambda: _gone(started), timeout=WAIT_MS)


def test_cancel_ends_the_child(qtbot, make_window):
    job, started = _first(corpus_folder(), use_cache=False)
    window = make_window(job=job)
    window.open_folder(corpus_folder())
    with qtbot.waitSignal(window.runner.cancelled, timeout=WAIT_MS):
        window.runner.cancel()
    qtbot.waitUntil(lambda: _gone(started), timeout=WAIT_MS)


def test_closing_the_window_ends_the_child(qtbot, make_window):
    job, started = _first(corpus_folder(), use_cache=False)
    window = make_window(job=job)
    window.open_folder(corpus_folder())
    qtbot.waitUntil(lambda: window.runner.busy() and started.process.exitcode is None, timeout=WAIT_MS)
    window.close()
    qtbot.waitUntil(lambda: _gone(started), timeout=WAIT_MS)


def test_a_child_is_started_only_when_the_cache_cannot_answer(tmp_path, monkeypatch):
    folder = small_folder(tmp_path / "f")
    started = early.begin(folder, None)
    assert started is not None and started.matches(folder, True)
    analysis.drain(started.run())  # the child fills the cache
    assert early.begin(folder, None) is None  # the window's thread reads it
    monkeypatch.setenv("READOUT_VIEWER_NO_CACHE", "1")
    again = early.begin(folder, None)
    assert again is not None and again.matches(folder, False)
    again.stop()
    monkeypatch.setenv(early.PRESTART_ENV, "0")
    assert early.begin(folder, None) is None
    assert early.begin(None, None) is None


def test_a_first_job_not_for_the_folder_opened_is_stopped(tmp_path):
    folder = small_folder(tmp_path / "f")
    job, started = _first(folder)
    job.keep_for(folder)
    assert started.process.exitcode is None
    job.keep_for(tmp_path)
    assert _gone(started)


def test_a_cold_start_analyses_in_a_child_and_traces_its_paints(tmp_path):
    png, home = tmp_path / "shot.png", tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "READOUT_VIEWER_TRACE_STARTUP": "1",
           "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}
    folder = small_folder(tmp_path / "f")
    done = subprocess.run([sys.executable, "-m", "readout_viewer", "--no-cache", "--screenshot", str(png),
                           str(folder)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    events = [line.split()[2] for line in done.stderr.splitlines() if line.startswith("readout-viewer trace:")]
    # (a folder this small may be analysed before the window is up: its texts then come with the highlights)
    assert sorted(events) == ["analysis-answered", "highlights-painted", "settled", "texts-painted"]
    assert events.index("analysis-answered") < events.index("highlights-painted") < events.index("settled")
    text = "".join(p.read_text(encoding="utf-8") for p in (home / "state").rglob("*.log"))  # the viewer's log
    assert f"The analysis of {folder} runs in a child process" in text and "fork" in text
    assert "failed" not in text


def test_a_warm_start_walks_the_folder_for_its_cache_key_once(tmp_path, monkeypatch):
    from readout_viewer.core.system import cachekey
    folder = small_folder(tmp_path / "f")
    analysis.drain(session.run_base(folder))  # the cache holds the folder now
    walks = []
    real_key = cachekey.key
    monkeypatch.setattr(cachekey, "key", lambda root: walks.append(root) or real_key(root))
    job = early.first_job(folder, None, default_job)
    got = analysis.drain(job(folder))
    assert len(walks) == 1
    assert jsonio.dumps(got) == jsonio.dumps(analysis.drain(session.run_base(folder)))


def test_a_warm_start_shows_its_cached_analysis_before_any_paint_without_a_thread(qtbot, make_window, tmp_path):
    folder = small_folder(tmp_path / "f")
    analysis.drain(session.run_base(folder))  # the cache holds the folder now
    window = make_window(job=early.first_job(folder, None, default_job))
    with qtbot.waitSignal(window.analysis_shown, timeout=WAIT_MS):
        window.open_folder(folder)
        assert window.base is not None and window.analysis is not None  # shown before open_folder returned
        assert not window.runner.threads_running() and not window.runner.busy()
    assert jsonio.dumps(window.base) == jsonio.dumps(analysis.drain(session.run_base(folder)))


def test_a_large_cached_analysis_is_read_by_the_worker_while_the_window_waits(qtbot, make_window, tmp_path,
                                                                             monkeypatch):
    folder = small_folder(tmp_path / "f")
    analysis.drain(session.run_base(folder))
    monkeypatch.setattr(early, "READ_BEFORE_PAINT_MAX_BYTES", 0)
    window = make_window(job=early.first_job(folder, None, default_job))
    with qtbot.waitSignal(window.analysis_shown, timeout=WAIT_MS):
        window.open_folder(folder)
        assert window.base is None  # not yet: the worker reads it
    assert jsonio.dumps(window.base) == jsonio.dumps(analysis.drain(session.run_base(folder)))
