"""Fonts for the PDF: find DejaVu Sans (bundled, else the system's), register it with Qt and build the styles."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from readout_viewer.core.system.paths import data_dir

# DejaVu Sans covers Latin, Cyrillic, typographic quotes and the marks the PDF uses (✓ ≠ ○ •).
FAMILY = "DejaVu Sans"
FAMILY_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
# OpenType features switched off: ligatures (fi, ffi) make copied and searched text read "oﬃcial", not "official".
NO_LIGATURES = ("liga", "clig")
# Point sizes of the text styles: body text readable on paper, tables a notch smaller (their headers the same
# size, in bold), headings clearly above. Nothing is set below 8 points: the smallest size print stays legible in.
SIZE_BODY = 10.0
SIZE_SMALL = 8.5
SIZE_TINY = 8.0
SIZE_H1 = 20.0
SIZE_H2 = 14.0
SIZE_H3 = 11.0


def _candidate_dirs() -> list[Path]:
    """The bundled fonts (source tree or install, as core.paths finds data), then the system's font folders."""
    bundled = data_dir("fonts")
    dirs = [bundled] if bundled is not None else []
    dirs += [Path(p) for p in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
                               "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts")]
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    return dirs


def font_files() -> list[Path]:
    """The DejaVu Sans files found, regular first; empty when none is installed or bundled."""
    for d in _candidate_dirs():
        if (d / FAMILY_FILES[0]).is_file():
            return [d / name for name in FAMILY_FILES if (d / name).is_file()]
    return []


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for headless export (Qt needs one to lay out text)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("the PDF export needs Qt's GUI module, but a console-only Qt application is running")
    # No window is ever shown: offscreen works with no display, and with a display that cannot be reached.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["readout-viewer-export"])


def register_family() -> str:
    """Register the DejaVu files with Qt and return the family name (Qt's default sans when none is found)."""
    if FAMILY in QFontDatabase.families():
        return FAMILY  # installed on the system or registered by an earlier export
    family = ""
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family or QFont().defaultFamily()


class Fonts(NamedTuple):
    """The text styles of the PDF, all of one family."""

    body: QFont
    bold: QFont
    italic: QFont
    small: QFont
    small_bold: QFont
    small_italic: QFont
    tiny: QFont
    h1: QFont
    h2: QFont
    h3: QFont


def _font(family: str, size: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(family)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    f.setKerning(True)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # exact advances: print, not screen
    for tag in NO_LIGATURES:
        f.setFeature(QFont.Tag(tag), 0)
    return f


def make_fonts(family: str) -> Fonts:
    return Fonts(
        body=_font(family, SIZE_BODY), bold=_font(family, SIZE_BODY, bold=True),
        italic=_font(family, SIZE_BODY, italic=True), small=_font(family, SIZE_SMALL),
        small_bold=_font(family, SIZE_SMALL, bold=True), small_italic=_font(family, SIZE_SMALL, italic=True),
        tiny=_font(family, SIZE_TINY), h1=_font(family, SIZE_H1, bold=True), h2=_font(family, SIZE_H2, bold=True),
        h3=_font(family, SIZE_H3, bold=True),
    )
