"""`--install-desktop`: install the launcher (.desktop) and icons for this user, following the XDG layout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from readout_viewer.app.icon import ICON_NAME, ICON_SIZES, render, resources_dir

DESKTOP_FILE = f"{ICON_NAME}.desktop"
# Launchers tried in order: the windowed one first (no console window), then the console one.
LAUNCHERS = ("readout-viewer-gui", "readout-viewer")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_command() -> str:
    """The command the menu entry runs: the standalone build's own program, an installed launcher script, else
    this Python running the package."""
    if getattr(sys, "frozen", False):  # the standalone build (PyInstaller): its executable is the program
        return _quote(sys.executable)
    for name in LAUNCHERS:
        found = shutil.which(name) or _beside_python(name)
        if found:
            return _quote(found)
    return f"{_quote(sys.executable)} -m readout_viewer"


def _beside_python(name: str) -> str | None:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.is_file() and os.access(candidate, os.X_OK) else None


def _quote(path: str) -> str:
    """Quote a path for an Exec line when it holds spaces (Desktop Entry Specification rules)."""
    if not any(ch in path for ch in ' \t"\'\\$`'):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`")
    return f'"{escaped}"'


def desktop_entry(template: str, command: str) -> str:
    """The .desktop text with Exec and TryExec pointing to `command`."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command} %f"
        elif line.startswith("TryExec="):
            first = command.split(" -m ")[0].strip('"')
            line = f"TryExec={first}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install(target: Path | None = None) -> int:
    """Copy the launcher and icons under `target` (default: XDG data home); returns an exit code."""
    res = resources_dir()
    if res is None:
        print("readout-viewer: the icon and launcher files are missing from this installation", file=sys.stderr)
        return 1
    target = target or data_home()
    app = _gui()  # noqa: F841  (must outlive the painting below)
    try:
        apps = target / "applications"
        apps.mkdir(parents=True, exist_ok=True)
        entry = desktop_entry((res / DESKTOP_FILE).read_text(encoding="utf-8"), launcher_command())
        (apps / DESKTOP_FILE).write_text(entry, encoding="utf-8")
        icons = target / "icons" / "hicolor"
        scalable = icons / "scalable" / "apps"
        scalable.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(res / f"{ICON_NAME}.svg", scalable / f"{ICON_NAME}.svg")
        for size in ICON_SIZES:
            folder = icons / f"{size}x{size}" / "apps"
            folder.mkdir(parents=True, exist_ok=True)
            if not render(res / f"{ICON_NAME}.svg", size).save(str(folder / f"{ICON_NAME}.png"), "PNG"):
                raise OSError(f"cannot write {folder / ICON_NAME}.png")
    except OSError as exc:
        print(f"readout-viewer: cannot install the launcher: {exc}", file=sys.stderr)
        return 1
    _refresh_caches(target)
    print(f"Installed {apps / DESKTOP_FILE} and icons under {icons}")
    return 0


def _gui():
    """Painting needs a GUI application (headless when there is no display); returns the one there is."""
    from PySide6.QtGui import QGuiApplication
    if QGuiApplication.instance() is not None:
        return QGuiApplication.instance()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1])


def _refresh_caches(target: Path) -> None:
    """Tell the desktop about the new entry when the tools exist (harmless when they do not)."""
    for command in (["update-desktop-database", str(target / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(target / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)
