"""A start with nothing to parse (the launcher's, or one folder) opens the viewer without building the parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from readout_viewer import cli
from readout_viewer.app.startup import main as startup_main
from readout_viewer.core.system import logfile


@pytest.mark.parametrize("argv", [[], ["some folder"], [""]])
def test_a_plain_start_reads_as_the_parser_would(argv):
    assert cli._plain_start(argv) == cli._gui_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [["--screenshot", "a.png"], ["-h"], ["a", "b"], ["--no-cache"], ["-"]])
def test_options_and_more_words_go_to_the_parser(argv):
    assert cli._plain_start(argv) is None


def _started(monkeypatch) -> list[dict]:
    """The keyword arguments run_gui was called with, the log left alone."""
    calls: list[dict] = []
    monkeypatch.setattr(startup_main, "run_gui", lambda **kwargs: calls.append(kwargs) or 0)
    monkeypatch.setattr(logfile, "setup", lambda command: None)
    return calls


@pytest.mark.parametrize("argv", [[], ["events"]])
def test_the_launchers_start_builds_no_parser(monkeypatch, argv):
    calls = _started(monkeypatch)

    def no_parser():
        raise AssertionError("the parser was built for a start with nothing to parse")
    monkeypatch.setattr(cli, "_gui_parser", no_parser)
    assert cli.main(argv) == 0
    assert calls[0]["folder"] == (Path(argv[0]) if argv else None)
    assert calls[0]["screenshot"] is None and calls[0]["screenshot_size"] is None
    assert not calls[0]["install_desktop"]


def test_options_are_still_parsed_and_checked(monkeypatch, tmp_path):
    calls = _started(monkeypatch)
    assert cli.main(["--screenshot", str(tmp_path / "a.png"), "--size", "800x600", "f"]) == 0
    assert calls[0]["screenshot_size"] == (800, 600) and calls[0]["folder"] == Path("f")
    with pytest.raises(SystemExit):
        cli.main(["--size", "800x600"])  # --size goes with --screenshot
