"""Starting the viewer from the command line: screenshot, launcher installation, folder choice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from readout_viewer.app.startup import desktop
from readout_viewer.app.startup.main import choose_folder
from tests.builders import corpus_folder

ROOT = Path(__file__).resolve().parents[2]


def test_screenshot_command_writes_a_png(tmp_path):
    png = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "readout_viewer", "--screenshot", str(png), str(corpus_folder())],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 1000)
    assert not (Path(env["HOME"]) / ".config" / "readout-viewer").exists()  # the user's settings are untouched


def test_install_desktop_puts_launcher_and_icons_under_xdg_data_home(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop.install() == 0
    entry = (tmp_path / "applications" / "readout-viewer.desktop").read_text(encoding="utf-8")
    assert "Icon=readout-viewer" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert "readout" in exec_line or sys.executable in exec_line
    for size in (16, 32, 48, 256):
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "readout-viewer.png").stat().st_size > 0
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "readout-viewer.svg").is_file()


def test_exec_line_quotes_paths_with_spaces():
    entry = desktop.desktop_entry("[Desktop Entry]\nExec=x\nTryExec=x\n", desktop._quote("/opt/my apps/rv"))
    assert 'Exec="/opt/my apps/rv" %f' in entry
    assert "TryExec=/opt/my apps/rv" in entry


def test_folder_choice_prefers_given_then_last_existing_then_default(tmp_path):
    given, missing = tmp_path / "given", tmp_path / "gone"
    assert choose_folder(given, tmp_path, None) == given
    assert choose_folder(None, tmp_path, given) == tmp_path
    assert choose_folder(None, missing, given) == given


def test_icon_found_where_a_regular_install_puts_resources(tmp_path, monkeypatch, qapp):
    from readout_viewer.app import icon
    from readout_viewer.core.system import paths
    share = tmp_path / "share" / "readout-viewer"
    (share / "resources").mkdir(parents=True)
    (share / "resources" / "readout-viewer.svg").write_bytes(
        (paths.data_dir("resources") / "readout-viewer.svg").read_bytes())
    monkeypatch.setattr(paths, "INSTALLED_SHARE", share)
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "site" / "readout_viewer" / "core" / "paths.py"))
    assert icon.resources_dir() == share / "resources"
    assert not icon.app_icon().isNull()
    (share / "resources" / "readout-viewer.svg").unlink()
    assert icon.resources_dir() is None


def test_settings_live_in_the_same_configuration_directory_as_decisions(tmp_path, monkeypatch):
    from readout_viewer.app.settings import default_path
    from readout_viewer.core.decisions.file import fallback_path
    from readout_viewer.core.system.paths import config_dir
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    assert default_path().parent == config_dir() == fallback_path(tmp_path).parents[2]


def test_screenshot_at_a_given_size(tmp_path):
    png = tmp_path / "laptop.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "readout_viewer", "--screenshot", str(png), "--size", "1280x800",
                           str(corpus_folder())], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_size_that_is_no_size_is_refused_in_a_sentence(tmp_path):
    from readout_viewer.cli import _size, main
    assert _size("1366x768") == (1366, 768) and _size("1920X1080") == (1920, 1080)
    for bad in ("big", "1280", "1280x", "10x10", "-5x800"):
        try:
            _size(bad)
        except Exception as exc:  # noqa: BLE001 - argparse's own error type
            assert "WIDTHxHEIGHT" in str(exc) or "pixels" in str(exc)
        else:
            raise AssertionError(bad)
    import pytest
    with pytest.raises(SystemExit) as stop:
        main(["--size", "1280x800"])  # without --screenshot
    assert stop.value.code == 2
