"""The README's screenshots: the viewer on corpus/ at a size and theme, as a journalist uses it.

Run: python docs/screenshots.py OUT_DIR [--sizes 1280x800,1920x1080] [--themes light,dark]
Writes OUT_DIR/<scene>-<W>x<H>-<theme>.png for the scenes: overview (the default panes, a pair selected), findings
(the Findings panel, the misattribution selected) and compare (the Compare panel: what the Kremlin said that the
White House left out). Offscreen; the user's settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from readout_viewer.app import theme  # noqa: E402
from readout_viewer.app.settings import Settings  # noqa: E402
from readout_viewer.app.window import MainWindow  # noqa: E402
from readout_viewer.core import findings  # noqa: E402

SCENES = ("overview", "findings", "compare")


def _settle(app, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def _window(app, size: tuple[int, int], look: str) -> MainWindow:
    window = MainWindow(Settings(Path(tempfile.mkdtemp()) / "shots.ini"))
    window.resize(*size)
    window.show()
    window.set_theme(look)
    window.open_folder(ROOT / "corpus")
    start = time.perf_counter()
    while not (window.base is not None and window.settled) and time.perf_counter() - start < 300:  # not the texts alone
        app.processEvents()
        time.sleep(0.01)
    _settle(app)
    return window


def overview(window: MainWindow) -> None:
    window.area.select_first_link()


def findings_scene(window: MainWindow) -> None:
    """Which outlet misattributed what: the Findings panel, misattributions only, the first one shown."""
    window.menu_actions.findings.trigger()
    panel = window.docks.findings
    panel.only(findings.MISATTRIBUTION)
    if panel.visible():
        panel.table.selectRow(0)


def compare_scene(window: MainWindow) -> None:
    """What the Kremlin said that the White House left out: Compare, A = White House, B = Kremlin."""
    white_house, kremlin = window.area.shown()[:2]  # the default panes: one readout of each side
    window.menu_actions.compare.trigger()
    panel = window.docks.compare
    panel.choose(white_house, kremlin)
    if panel.only_b.count():
        panel.only_b.setCurrentRow(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1280x800,1366x768,1600x1000,1920x1080")
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--scenes", default=",".join(SCENES))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    system = theme.original(app)
    args.out.mkdir(parents=True, exist_ok=True)
    scenes = {"overview": overview, "findings": findings_scene, "compare": compare_scene}
    for size in (tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")):
        for look in args.themes.split(","):
            for scene in args.scenes.split(","):
                window = _window(app, size, look)
                scenes[scene](window)
                _settle(app)
                png = args.out / f"{scene}-{size[0]}x{size[1]}-{look}.png"
                window.grab().save(str(png), "PNG")
                print(png)
                window.close()
                theme.apply(app, theme.SYSTEM, system)


if __name__ == "__main__":
    main()
