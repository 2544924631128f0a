"""The log file: in the user's log directory, rotating, and never in the way when it cannot be written."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from readout_viewer.core.system import logfile, paths


@pytest.fixture(autouse=True)
def _fresh_log():
    logfile.close()
    yield
    logfile.close()


def test_setup_writes_a_header_into_the_log_directory():
    path = logfile.setup("viewer")
    assert path == paths.log_dir() / "readout-viewer.log" and path.parent.is_dir()
    logging.getLogger("readout_viewer.some.module").warning("a thing happened")
    text = path.read_text(encoding="utf-8")
    assert "readout-viewer 0." in text and "viewer on Python" in text
    assert "WARNING readout_viewer.some.module: a thing happened" in text
    assert logfile.setup("again") == path and logfile.current() == path  # once per process


def test_the_log_rotates_and_keeps_three_old_files(monkeypatch):
    monkeypatch.setattr(logfile, "MAX_BYTES", 2000)
    path = logfile.setup("viewer")
    for i in range(200):
        logging.getLogger("readout_viewer").info("line %d %s", i, "x" * 50)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["readout-viewer.log", "readout-viewer.log.1", "readout-viewer.log.2", "readout-viewer.log.3"]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())


def test_an_unwritable_log_directory_leaves_the_program_running(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(paths, "log_dir", lambda: Path(blocker) / "log")
    assert logfile.setup("viewer") is None and logfile.current() is None


def test_version_and_help_open_no_log(capsys):
    from readout_viewer.cli import main
    for argv in (["--version"], ["analyze", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
    assert logfile.current() is None
    assert main(["analyze", "/nonexistent-folder"]) == 2
    assert logfile.current() is not None and "analyze" in logfile.current().read_text(encoding="utf-8")
