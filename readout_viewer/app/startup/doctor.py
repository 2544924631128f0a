"""`readout-viewer doctor`, the Qt part: which platform the window would use and whether it can open, and the
fonts Qt finds for the viewer's text."""

from __future__ import annotations

import os
import sys

from readout_viewer.app.startup import qtcheck

Row = tuple[str, str]
# A sample of the writing systems the corpora hold (English, Russian readouts, Chinese names in press texts).
WRITING_SYSTEMS = ("Latin", "Cyrillic", "SimplifiedChinese")


def platform_rows(found: qtcheck.Check) -> list[Row]:
    """The platform Qt would use, the display it would draw on, what is missing."""
    asked = os.environ.get("QT_QPA_PLATFORM")
    display = ", ".join(f"{k}={os.environ[k]}" for k in ("DISPLAY", "WAYLAND_DISPLAY") if os.environ.get(k))
    rows = [("Qt platform", f"{' then '.join(found.platforms)} "
                            f"({'asked by QT_QPA_PLATFORM' if asked else 'chosen as Qt would'}; "
                            f"{display or 'no display set'})")]
    rows.append(("Window", "can open" if found.problem is None else f"PROBLEM: {found.problem}"))
    if found.missing and found.problem is None:
        rows.append(("Libraries", f"missing for a later platform: {', '.join(found.missing)}"))
    return rows


def font_rows(usable: bool) -> list[Row]:
    """The fonts Qt finds, through the real platform when it can open, else drawn offscreen for this report."""
    try:
        from PySide6 import QtCore
        from PySide6.QtGui import QFontDatabase, QGuiApplication
    except ImportError as exc:
        return [("Qt", f"PROBLEM: {qtcheck.import_error_sentence(exc)}")]
    rows = [("Qt", f"{QtCore.qVersion()} (PySide6 {getattr(sys.modules.get('PySide6'), '__version__', '?')})")]
    app = QGuiApplication.instance()
    if app is None:
        argv = ["readout-viewer"] + ([] if usable else ["-platform", "offscreen"])
        app = QGuiApplication(argv)
    families = QFontDatabase.families()
    general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    rows.append(("Fonts", f"{len(families)} families found; the viewer's text font: {general}"
                          if families else "PROBLEM: Qt finds no font; install one (e.g. fonts-dejavu-core)"))
    covered = []
    for name in WRITING_SYSTEMS:
        system = getattr(QFontDatabase.WritingSystem, name)
        count = len(QFontDatabase.families(system))
        covered.append(f"{name} {count}")
    rows.append(("Fonts by script", ", ".join(covered)))
    rows.append(("Fonts seen through", app.platformName() + ("" if usable else " (for this report only)")))
    return rows


def report() -> tuple[list[Row], bool]:
    """The Qt rows, and whether the viewer can start here."""
    found = qtcheck.check()
    return platform_rows(found) + font_rows(found.problem is None), found.problem is None
